#!/usr/bin/env bash
# Load test of GET /api/events: seeds a SQLite store with synthetic analysed articles (10,000 by default, through the real
# store, so every layer row is written as ingest writes it), serves it with `kronika serve` on loopback, and drives it
# with wrk (Debian's package, installed when missing). Prints requests/s and latency percentiles; never run by CI.
# Usage: bash benchmarks/api-events.sh [ARTICLES] [SECONDS]   (PostgreSQL: KRONIKA_BENCH_DB=postgres://... for the store)
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-10000}"
seconds="${2:-20}"
work="$(mktemp -d /tmp/kronika-api-bench.XXXXXX)"
artifacts="$work/artifacts"
port=5099
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
    apt-get update -qq && apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

dotnet build benchmarks/Kronika.LoadTest -c Release --artifacts-path "$artifacts" -v quiet -nologo >/dev/null
dotnet build src/Kronika.Cli -c Release --artifacts-path "$artifacts" -v quiet -nologo >/dev/null
db="${KRONIKA_BENCH_DB:-$work/bench.db}"
dotnet "$artifacts/bin/Kronika.LoadTest/release/Kronika.LoadTest.dll" seed "$db" "$articles"

dotnet "$artifacts/bin/Kronika.Cli/release/kronika.dll" serve --db "$db" --urls "http://127.0.0.1:$port" 2>"$work/serve.log" &
server=$!
for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$port/api/events?limit=1" >/dev/null 2>&1 && break
    sleep 0.5
done
total="$(curl -fsS "http://127.0.0.1:$port/api/events?limit=1" | sed -E 's/^\{"total":([0-9]+).*/\1/')"
echo "store: $articles articles, $total events ($db)"

run() {
    local name="$1" path="$2"
    curl -fsS "http://127.0.0.1:$port$path" >/dev/null   # warm the caches and check the path answers 200
    local out
    out="$(wrk -t2 -c16 -d"${seconds}s" --latency "http://127.0.0.1:$port$path")"
    local rps p50 p99
    rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$out")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    printf '%-44s %10s req/s   p50 %8s   p99 %8s\n' "$name" "$rps" "$p50" "$p99"
}

echo "wrk: 2 threads, 16 connections, ${seconds}s per query, loopback"
run "GET /api/events?limit=20" "/api/events?limit=20"
run "GET /api/events?actor_country=POL&cameo=1&limit=20" "/api/events?actor_country=POL&cameo=1&limit=20"
run "GET /api/events?actor=...&from=2024-01-01" "/api/events?actor=new%3Aper%3Aaktor-7&from=2024-01-01&limit=20"
