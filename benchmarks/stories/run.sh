#!/usr/bin/env bash
# Story clustering benchmark: caravan cluster and the TF-IDF single-pass baseline on the dev sets.
# Usage (from the repository root): bash benchmarks/stories/run.sh [OUTDIR]
set -euo pipefail
out=${1:-/tmp/caravan-stories-bench}
mkdir -p "$out"
data=../shared/data/clustering
export CARAVAN_MODELS="$PWD/models"
dotnet publish src/Caravan.Cli -c Release -o "$out/bin" --nologo -v q >/dev/null
for set in basil-en ecbplus-en wmt-newstest-2008-2012 wmt-2021-2023; do
  n=$(wc -l < "$data/$set/docs.jsonl")
  /usr/bin/time -f "%e s wall, %U s user + %S s sys CPU" -o "$out/$set.time" \
    taskset -c 0 "$out/bin/caravan" cluster "$data/$set/docs.jsonl" --out "$out/$set.caravan.tsv"
  echo "== $set: caravan, $n docs, one core: $(cat "$out/$set.time")"
  python3 ../shared/bench/score/cluster.py "$data/$set/gold.tsv" "$out/$set.caravan.tsv" | tail -1
  if [ "${SKIP_BASELINE:-}" = "" ]; then
    /usr/bin/python3 ../shared/bench/peers/cluster_tfidf.py "$data/$set/docs.jsonl" > "$out/$set.tfidf.tsv" 2>/dev/null
    echo "   tfidf baseline: $(python3 ../shared/bench/score/cluster.py "$data/$set/gold.tsv" "$out/$set.tfidf.tsv" | tail -1)"
  fi
done
