#!/usr/bin/env bash
# Starts the PostgreSQL cluster the tests use and prints its connection string (the one line on stdout).
# Debian's cluster tools (postgresql-common): cluster "kronika" of the newest installed major version, on
# 127.0.0.1:$KRONIKA_TEST_POSTGRES_PORT (default 5439), created on first run with a UTF-8 locale, started when down,
# waited for with pg_isready. A login role with CREATEDB is made for the tests, which create a throwaway database
# per run and drop it. Run as root; safe to run again (a running cluster is left as it is).
set -euo pipefail

port=${KRONIKA_TEST_POSTGRES_PORT:-5439}
cluster=kronika
role=kronika_test
password=kronika_test

fail() {
    echo "postgres: $*" >&2
    exit 1
}

[ "$(id -u)" -eq 0 ] || fail "run as root (the cluster tools act as the postgres user)"
command -v pg_lsclusters >/dev/null 2>&1 || fail "pg_lsclusters not found; install Debian's postgresql package (scripts/setup.sh does)"

version=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -V | tail -n 1)
[ -n "$version" ] && [ -x "/usr/lib/postgresql/$version/bin/postgres" ] || fail "no server under /usr/lib/postgresql/NN/bin"

# -h: no header; columns are version, cluster, port, status, owner, data directory, log file.
existing=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c {print $3}')
if [ -z "$existing" ]; then
    # C.UTF-8 is built into glibc, so it exists on any Debian; lower() and the full-text parser then know Polish letters.
    # Tests connect over loopback and need no TLS; many parallel test classes need more than 100 connections.
    pg_createcluster --port "$port" --locale C.UTF-8 --encoding UTF8 \
        -o ssl=off -o max_connections=200 \
        "$version" "$cluster" >&2
elif [ "$existing" != "$port" ]; then
    fail "cluster $version/$cluster exists on port $existing, not $port; set KRONIKA_TEST_POSTGRES_PORT=$existing"
fi

if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c {print $4}' | grep -q online; then
    pg_ctlcluster "$version" "$cluster" start >&2
fi

ready=0
for _ in $(seq 1 60); do
    if pg_isready -q -h 127.0.0.1 -p "$port"; then
        ready=1
        break
    fi
    sleep 1
done
[ "$ready" -eq 1 ] || fail "cluster $version/$cluster did not accept connections on 127.0.0.1:$port within 60 s"

runuser -u postgres -- psql -q -X -v ON_ERROR_STOP=1 -p "$port" -d postgres >&2 <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
        CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
    END IF;
END
\$\$;
SQL

echo "Host=127.0.0.1;Port=$port;Username=$role;Password=$password;Database=postgres"
