#!/usr/bin/env python3
"""The seed articles (../shared/data/seeds/*.txt) as `caravan cluster` input: 000-003 German, 004 Romanian.

  python3 benchmarks/stories/seeds.py > /tmp/seeds.jsonl
  caravan cluster /tmp/seeds.jsonl --lineage   # must give {000, 001, 004}, {002}, {003}; 001 duplicate_of 000
"""
import glob
import json
import os
import sys

SEEDS = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared', 'data', 'seeds')

paths = sorted(glob.glob(os.path.join(SEEDS, '*.txt')))
if not paths:
    sys.exit(f'no seed articles under {SEEDS}')
for path in paths:
    name = os.path.basename(path)[:3]
    with open(path, encoding='utf-8') as f:
        text = f.read()
    print(json.dumps({'id': name, 'text': text, 'lang': 'ro' if name == '004' else 'de'}, ensure_ascii=False))
