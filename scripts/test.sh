#!/usr/bin/env bash
# Sets up, then runs every test project and the quality gates in eval/ (not the benchmarks) in Release.
# Ends with exactly one line "N passed, N failed, N skipped"; exits non-zero on any failed test or build error.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

passed=0
failed=0
skipped=0
status=0

finish() {
    echo "$passed passed, $failed failed, $skipped skipped"
    exit "$status"
}

if ! bash scripts/setup.sh; then
    echo "test: setup or build failed" >&2
    status=1
    finish
fi

# The PostgreSQL store's tests make a throwaway database on the cluster this starts; without one they skip, or fail under CI=true.
if [ -z "${KRONIKA_TEST_POSTGRES:-}" ]; then
    if connection=$(bash scripts/postgres-for-tests.sh); then
        export KRONIKA_TEST_POSTGRES="$connection"
    else
        echo "test: PostgreSQL did not start; its tests fail under CI=true and skip elsewhere" >&2
    fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

for project in tests/*/*.Tests.csproj eval/*/*.csproj; do
    [ -f "$project" ] || continue
    echo "== dotnet test $project"
    # Exit code 8 is "no test ran": a project without tests yet is reported, not failed.
    dotnet test --project "$project" -c Release --no-build --ignore-exit-code 8 2>&1 | tee "$log"
    code=${PIPESTATUS[0]}

    total=$(grep -E '^[[:space:]]+total: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || true)
    p_failed=$(grep -E '^[[:space:]]+failed: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || true)
    p_passed=$(grep -E '^[[:space:]]+succeeded: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || true)
    p_skipped=$(grep -E '^[[:space:]]+skipped: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || true)

    if [ -z "$total" ]; then
        echo "test: $project printed no test summary (exit code $code)" >&2
        failed=$((failed + 1))
        status=1
        continue
    fi

    passed=$((passed + ${p_passed:-0}))
    failed=$((failed + ${p_failed:-0}))
    skipped=$((skipped + ${p_skipped:-0}))
    if [ "$total" -eq 0 ]; then
        echo "test: note: $project ran no tests" >&2
    fi
    if [ "$code" -ne 0 ] || [ "${p_failed:-0}" -ne 0 ]; then
        status=1
    fi
done

finish
