#!/usr/bin/env bash
# Sets up a fresh Debian machine for Kronika and builds it in Release. Run as root; safe to run again.
# Installs only what is missing (apt-get update at most once), checks the .NET SDK, builds Kronika.slnx.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Debian packages the project needs, in one list for later issues to extend (morfologik, postgresql, chromium):
#   ca-certificates  NuGet restore over HTTPS
#   sqlite3          the sqlite3 shell, to inspect kronika.db (the store itself ships its own SQLite)
#   libicuNN         ICU for .NET globalization (Polish casing and collation); the version the machine offers
#   libmorfologik-stemming2-java  the PoliMorf 2.1 Polish dictionary (morfologik-polish.jar), read in C# by Kronika.Nlp
#   wordnet-base     Princeton WordNet 3.0 (index and irregular-form lists), English lemmas in Kronika.Nlp
#   postgresql       the PostgreSQL server and Debian's cluster tools, for the PostgreSQL store's tests (scripts/postgres-for-tests.sh)
#   iso-codes        ISO 3166-1 codes with Polish names, checked against Kronika.Knowledge's generated countries.iso.tsv
#   libgeonames-common  GeoNames' localised city names (pl/geonames.mo), checked against Kronika.Knowledge's cities.tsv
#   chromium         the headless browser the web UI's tests drive through Playwright (tests/Kronika.Ui.Tests, /usr/bin/chromium)
DEBIAN_PACKAGES="ca-certificates sqlite3 libmorfologik-stemming2-java wordnet-base postgresql iso-codes libgeonames-common chromium"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

apt_updated=0
apt_update_once() {
    if [ "$apt_updated" -eq 0 ]; then
        apt-get update -qq
        apt_updated=1
    fi
}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

if command -v apt-get >/dev/null 2>&1; then
    # Any installed libicuNN will do; otherwise take the newest the archive offers (libicu72 on Debian 12).
    icu=$(dpkg-query -W -f='${Package} ${Status}\n' 'libicu[0-9]*' 2>/dev/null | awk '/install ok installed/ && $1 ~ /^libicu[0-9]+$/ {print $1}' | sort -V | tail -n 1 || true)
    if [ -z "$icu" ]; then
        apt_update_once
        icu=$(apt-cache search --names-only '^libicu[0-9]+$' | awk '{print $1}' | sort -V | tail -n 1)
        if [ -z "$icu" ]; then
            echo "setup: no libicuNN package found in the Debian archive" >&2
            exit 1
        fi
    fi

    missing=""
    for package in $DEBIAN_PACKAGES $icu; do
        installed "$package" || missing="$missing $package"
    done
    if [ -n "$missing" ]; then
        if [ "$(id -u)" -ne 0 ]; then
            echo "setup: missing Debian packages:$missing; run this script as root" >&2
            exit 1
        fi
        apt_update_once
        echo "setup: installing$missing"
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
    fi
else
    echo "setup: apt-get not found; install yourself: $DEBIAN_PACKAGES libicu" >&2
fi

if ! command -v dotnet >/dev/null 2>&1; then
    echo "setup: the .NET SDK 10 is required ('dotnet' is not on PATH); install dotnet-sdk-10.0 and run again" >&2
    exit 1
fi
sdk=$(dotnet --version)
if [ "${sdk%%.*}" -lt 10 ]; then
    echo "setup: the .NET SDK 10 or newer is required, found $sdk" >&2
    exit 1
fi

echo "setup: building Kronika.slnx in Release with .NET SDK $sdk"
dotnet build Kronika.slnx -c Release -nologo -clp:ErrorsOnly
