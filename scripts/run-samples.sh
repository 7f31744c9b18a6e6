#!/usr/bin/env bash
# Sets up, then runs Kronika on the bundled samples (and the founding article from ../shared/seeds when present):
# prints the analysis, ingests the same texts into ./kronika.db and lists what the store holds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh

kronika() { dotnet src/Kronika.Cli/bin/Release/net10.0/kronika.dll "$@"; }

inputs=(samples)
for seed in ../shared/seeds/*.txt; do
    [ -f "$seed" ] && inputs+=("$seed")
done

echo "== kronika analyze ${inputs[*]}"
kronika analyze "${inputs[@]}"

echo "== kronika ingest ${inputs[*]} --db kronika.db"
kronika ingest "${inputs[@]}" --db kronika.db

echo "== kronika query articles --db kronika.db"
kronika query articles --db kronika.db
