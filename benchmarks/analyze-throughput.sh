#!/usr/bin/env bash
# Throughput of `caravan analyze` (articles per second, end to end: ingest, every stage, store,
# aggregation) on the seeds, the sample corpus and a generated corpus. Release build, fresh store
# per run, best of N runs (the machine is shared and noisy). Usage:
#   bash benchmarks/analyze-throughput.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
dotnet build src/Caravan.Cli -c Release -v q -nologo >/dev/null
cli="dotnet src/Caravan.Cli/bin/Release/net10.0/caravan.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A generated corpus of 1,000 multilingual articles (deterministic; see tests/Caravan.Testing/GeneratedCorpus.cs).
dotnet run --project benchmarks/Caravan.Benchmarks -c Release -v q -- generate "$work/generated" 1000 >/dev/null

measure() { # name path
  local best=0
  for _ in $(seq "$runs"); do
    rm -rf "$work/db"
    local start end n
    start=$(date +%s.%N)
    $cli analyze "$2" --db "$work/db" --quiet 2>/dev/null
    end=$(date +%s.%N)
    n=$(sqlite3 "$work/db/caravan.db" "select count(*) from articles" 2>/dev/null || python3 -c "import sqlite3,sys;print(sqlite3.connect(sys.argv[1]).execute('select count(*) from articles').fetchone()[0])" "$work/db/caravan.db")
    best=$(python3 -c "print(max($best, $n/($end-$start)))")
  done
  printf '%-12s %6d articles  %8.1f articles/s (best of %d, includes process start and model loading)\n' "$1" "$n" "$best" "$runs"
}

[ -d ../shared/data/seeds ] && measure seeds ../shared/data/seeds
measure samples samples/articles
measure generated "$work/generated"
