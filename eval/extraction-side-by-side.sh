#!/usr/bin/env bash
# Kronika and Mozilla Readability (0.6.0 with jsdom 29.1.1) side by side on the same Zyte and WCXB pages, in one run:
# main-text P, R, F1 by the Zyte benchmark's own measure, WCXB metadata accuracy, and pages per second of each (one
# thread / one node process each, warm: 5 s of untimed pages first; Readability timed by its own clock, jsdom parsing
# included). Prints Markdown tables on stdout. Not part of the tests. Needs node (20.19 or newer) and npm; installs the
# peer's pinned packages from eval/readability-peer/package-lock.json when they are missing.
#
#   eval/extraction-side-by-side.sh [--sets zyte,wcxb] [--systems readability,kronika] [--warmup SECONDS] [--limit N] [--data DIR]
#
# ARTIFACTS=/some/folder builds into that folder (dotnet --artifacts-path) instead of the projects' bin/ and obj/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v node >/dev/null 2>&1; then
    echo "extraction-side-by-side: node is required (apt-get install nodejs npm)" >&2
    exit 1
fi

peer=eval/readability-peer
installed() {
    node -e '
        const need = { "@mozilla/readability": "0.6.0", "jsdom": "29.1.1" };
        for (const [name, version] of Object.entries(need)) {
            const found = require(`./node_modules/${name}/package.json`).version;
            if (found !== version) process.exit(1);
        }' 2>/dev/null
}
if ! (cd "$peer" && installed); then
    echo "extraction-side-by-side: installing the Readability peer (npm ci)" >&2
    (cd "$peer" && npm ci --no-audit --no-fund >&2)
fi

build=(-c Release)
if [ -n "${ARTIFACTS:-}" ]; then
    build+=(--artifacts-path "$ARTIFACTS")
fi
dotnet build eval/peer/Kronika.ExtractionPeer "${build[@]}" -v quiet -nologo >&2
dotnet run --project eval/peer/Kronika.ExtractionPeer "${build[@]}" --no-build -- "$@"
