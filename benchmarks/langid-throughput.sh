#!/usr/bin/env bash
# Side-by-side language-identification throughput on one core (issue 4): Caravan's Release CLI,
# CLD2 (npm cld) and langdetect (Debian python3-langdetect, hence /usr/bin/python3), same input: every Lingua dev sentence.
# usage: [SKIP_LANGDETECT=1] benchmarks/langid-throughput.sh [DATA_DIR]   (run from the repository root after
#        `dotnet build -c Release src/Caravan.Cli` and `bash ../shared/bench/peers/setup.sh`)
set -euo pipefail
data=${1:-../shared/data/langid/lingua-dev}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat "$data"/sentences/*.txt | grep -v '^[[:space:]]*$' | tr '\t' ' ' > "$tmp/sentences.txt"
lines=$(wc -l < "$tmp/sentences.txt")
caravan="dotnet src/Caravan.Cli/bin/Release/net10.0/caravan.dll langid"
run() { # name command...: CPU seconds (user+sys) and wall seconds, pinned to core 0
  local name=$1; shift
  /usr/bin/time -f "%U %S %e" -o "$tmp/time" taskset -c 0 "$@" < "$tmp/sentences.txt" > "$tmp/$name.out" 2>/dev/null
  read -r user sys wall < "$tmp/time"
  awk -v n="$lines" -v u="$user" -v s="$sys" -v w="$wall" -v name="$name" \
    'BEGIN { printf "%-10s %6d texts  cpu %6.2f s  %8.0f texts/cpu-s   wall %6.2f s  %8.0f texts/s\n", name, n, u + s, n / (u + s), w, n / w }'
}
for round in 1 2; do
  echo "round $round"
  run caravan $caravan
  run cld2 node ../shared/bench/peers/langid.mjs cld
  if [ "$round" = 1 ] && [ -z "${SKIP_LANGDETECT:-}" ]; then
    run langdetect /usr/bin/python3 ../shared/bench/peers/langdetect_py.py
  fi
done
