#!/usr/bin/env bash
# Scores the shipped NER models on the dev splits with ../shared/bench/score/ner.py.
# Usage (from the repository root): bash benchmarks/ner/score.sh [OUTDIR]
# Needs a Release build: dotnet build -c Release src/Caravan.Cli
set -euo pipefail
data=../shared/data/ner
score=../shared/bench/score/ner.py
out=${1:-artifacts/ner-dev}
caravan="dotnet src/Caravan.Cli/bin/Release/net10.0/caravan.dll"
mkdir -p "$out"
row() { # corpus lang
  local gold=$data/$1/dev.conll pred=$out/$1.conll
  local speed; speed=$($caravan ner --conll "$gold" --lang "$2" --out "$pred" 2>&1 | tail -1)
  printf '%-14s %-4s %s   (%s)\n' "$1" "$2" "$(python3 $score "$gold" "$pred" | tail -1)" "${speed#caravan ner: }"
}
row conll2003-en en
row conll2003-de de
row wikiann-en en
row wikiann-de de
row wikiann-ru ru
row wikiann-es es
row wikiann-nl nl
row wikiann-pl pl
# Dev-only corpora: out-of-fold predictions written by `caravan train ner` (5-fold CV).
for c in germeval2014 ronec kaznerd; do
  if [ -f "artifacts/ner-cv/$c.conll" ]; then
    printf '%-14s CV   %s\n' "$c" "$(python3 $score "$data/$c/dev.conll" "artifacts/ner-cv/$c.conll" | tail -1)"
  fi
done
