#!/usr/bin/env bash
# `caravan analyze` on the embedded store and on PostgreSQL, side by side (alternating runs, fresh
# store each run, best of N), then `caravan migrate` of the embedded store into PostgreSQL.
# PostgreSQL is a throwaway cluster on 127.0.0.1 (as tests/Caravan.Tests/Storage/Postgres/PostgresServer.cs
# starts it: fsync off, as root through runuser). Usage:
#   bash benchmarks/storage-throughput.sh [RUNS] [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-2}
articles=${2:-1000}
dotnet build src/Caravan.Cli -c Release -v q -nologo >/dev/null
cli="dotnet src/Caravan.Cli/bin/Release/net10.0/caravan.dll"
work=$(mktemp -d)
chmod 777 "$work"
bin=$(dirname "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | tail -1)")
as=(); [ "$(id -u)" = 0 ] && as=(runuser -u "$(id -u postgres >/dev/null 2>&1 && echo postgres || echo nobody)" --)
port=$(python3 -c "import socket;s=socket.socket();s.bind(('127.0.0.1',0));print(s.getsockname()[1])")
"${as[@]}" "$bin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-c listen_addresses=127.0.0.1 -p $port -k $work -c fsync=off" start >/dev/null
trap '"${as[@]}" "$bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null; rm -rf "$work"' EXIT
psql() { command psql -h 127.0.0.1 -p "$port" -U postgres -Atq "$@"; }

dotnet run --project benchmarks/Caravan.Benchmarks -c Release -v q -- generate "$work/generated" "$articles" >/dev/null

best_sqlite=0; best_pg=0
for run in $(seq "$runs"); do
  rm -rf "$work/db"
  start=$(date +%s.%N); $cli analyze "$work/generated" --db "$work/db" --quiet 2>/dev/null; end=$(date +%s.%N)
  best_sqlite=$(python3 -c "print(max($best_sqlite, $articles/($end-$start)))")
  psql -d postgres -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench"
  start=$(date +%s.%N); $cli analyze "$work/generated" --db "postgres://postgres@127.0.0.1:$port/bench" --quiet 2>/dev/null; end=$(date +%s.%N)
  best_pg=$(python3 -c "print(max($best_pg, $articles/($end-$start)))")
done
stored=$(psql -d bench -c "select count(*) from articles")
printf 'analyze %d generated articles (best of %d, includes start-up): embedded %.1f articles/s, postgresql %.1f articles/s (%d stored), ratio %.2f\n' \
  "$articles" "$runs" "$best_sqlite" "$best_pg" "$stored" "$(python3 -c "print($best_pg/$best_sqlite)")"

psql -d postgres -c "CREATE DATABASE copy"
start=$(date +%s.%N); $cli migrate --from "$work/db" --to "postgres://postgres@127.0.0.1:$port/copy" >"$work/migrate.txt" 2>/dev/null; end=$(date +%s.%N)
printf 'migrate the embedded store into postgresql: %.1f s, %s\n' "$(python3 -c "print($end-$start)")" "$(tail -1 "$work/migrate.txt" | cut -c1-9)"
cat "$work/migrate.txt" | head -8
start=$(date +%s.%N); $cli migrate --from "$work/db" --to "postgres://postgres@127.0.0.1:$port/copy" >/dev/null 2>&1; end=$(date +%s.%N)
printf 'migrate again (nothing new to copy): %.1f s\n' "$(python3 -c "print($end-$start)")"
printf 'sizes: embedded %s, postgresql %s\n' "$(du -sh "$work/db" | cut -f1)" "$(psql -d bench -c "select pg_size_pretty(pg_database_size('bench'))")"
for q in Tokayev "talks pipeline"; do
  for db in "$work/db" "postgres://postgres@127.0.0.1:$port/bench"; do
    start=$(date +%s.%N); total=$($cli search "$q" --db "$db" --json 2>/dev/null | tail -1 | python3 -c "import json,sys;print(json.load(sys.stdin)['total'])"); end=$(date +%s.%N)
    printf 'search %-16s %-8s %5s hits, %.2f s including start-up\n' "\"$q\"" "$( [[ $db == postgres* ]] && echo postgres || echo lucene)" "$total" "$(python3 -c "print($end-$start)")"
  done
done
