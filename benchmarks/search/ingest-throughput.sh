#!/usr/bin/env bash
# End-to-end `caravan ingest` throughput (HTML pages in a .warc.gz -> every stage, store, aggregation,
# search index) on N generated articles, with the time of each step and the CPU time of the process,
# which on a shared machine says more than the wall time. Usage:
#   bash benchmarks/search/ingest-throughput.sh [N=50000] [WORK_DIR=/tmp/caravan-ingest-bench]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-50000}
work=${2:-/tmp/caravan-ingest-bench}
mkdir -p "$work"
dotnet build src/Caravan.Cli -c Release -v q -nologo -o "$work/cli" >/dev/null
dotnet build benchmarks/Caravan.Benchmarks -c Release -v q -nologo -o "$work/bench" >/dev/null
if [ ! -f "$work/gen$n.warc.gz" ]; then
  rm -rf "$work/gen$n"
  dotnet "$work/bench/Caravan.Benchmarks.dll" generate "$work/gen$n" "$n"
  python3 benchmarks/search/make-warc.py "$work/gen$n" "$work/gen$n.warc.gz"
  rm -rf "$work/gen$n"
fi
rm -rf "$work/db"
uptime
CARAVAN_MODELS="$PWD/models" /usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KB" \
  dotnet "$work/cli/caravan.dll" ingest "$work/gen$n.warc.gz" --db "$work/db" --timings
uptime
