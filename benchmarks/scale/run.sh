#!/usr/bin/env bash
# Whole-run scaling of `caravan analyze` on generated multilingual corpora (tests/Caravan.Testing/GeneratedCorpus):
# wall time, articles/s end to end (per wall second and per CPU second: the machine is shared), peak resident memory (/usr/bin/time -v), store size and the store bytes per
# article beyond the article text and the raw document. One line of key=value per corpus size. Usage:
#   nice -n 10 bash benchmarks/scale/run.sh [SIZES...]        (default: 1000 10000 100000)
# Environment: CARAVAN_BENCH_DIR (work folder, default a temporary one, kept when set), CARAVAN_BENCH_BUILD
# (a folder with an already built Release caravan.dll and Caravan.Benchmarks.dll, to skip the build).
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARAVAN_MODELS=${CARAVAN_MODELS:-$PWD/models}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)
work=${CARAVAN_BENCH_DIR:-$(mktemp -d)}
[ -z "${CARAVAN_BENCH_DIR:-}" ] && trap 'rm -rf "$work"' EXIT
mkdir -p "$work"
build=${CARAVAN_BENCH_BUILD:-$work/build}
if [ -z "${CARAVAN_BENCH_BUILD:-}" ]; then
  dotnet build src/Caravan.Cli -c Release -v q -nologo -o "$build/cli" >/dev/null
  dotnet build benchmarks/Caravan.Benchmarks -c Release -v q -nologo -o "$build/bench" >/dev/null
fi

for n in "${sizes[@]}"; do
  corpus="$work/gen$n"
  [ -d "$corpus" ] || dotnet "$build/bench/Caravan.Benchmarks.dll" generate "$corpus" "$n" >/dev/null
  db="$work/db$n"
  rm -rf "$db"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -v -o "$work/time$n.txt" dotnet "$build/cli/caravan.dll" analyze "$corpus" --db "$db" --quiet 2>"$work/stderr$n.txt" || { tail -3 "$work/stderr$n.txt" >&2; exit 1; }
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$work/time$n.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time$n.txt")
  cpu=$(awk -F': ' '/(User|System) time/ {s+=$2} END {print s}' "$work/time$n.txt")
  python3 benchmarks/scale/store_size.py "$db" "$n" "$wall" "$rss" "$load" "$cpu"
done
