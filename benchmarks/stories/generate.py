#!/usr/bin/env python3
"""Synthetic news stream for the story-clustering scaling run (no real text).
usage: generate.py N SEED > docs.jsonl
Stories of 1-8 documents; each document mixes Zipf-distributed common words with its story's own
names, numbers and rarer words, so the index sees realistic posting-list lengths. Documents arrive
roughly in date order, one story's documents within a few days."""
import json, random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
syll = ["ka", "lo", "mi", "ten", "ra", "su", "vor", "dan", "el", "ik", "po", "zu", "gar", "nes", "ti", "bo"]
def word(k): return "".join(rng.choice(syll) for _ in range(k))
common = [word(rng.randint(1, 3)) for _ in range(20000)]
weights = [1 / (i + 1) for i in range(len(common))]
docs, day, story = [], 0, 0
while len(docs) < n:
    story += 1
    names = [word(3).capitalize() for _ in range(3)]
    topic = [word(3) for _ in range(12)]
    nums = [str(rng.randint(10, 99999)) for _ in range(3)]
    for _ in range(rng.randint(1, 8)):
        body = rng.choices(common, weights, k=140) + rng.choices(topic, k=25) + rng.choices(names, k=8) + rng.choices(nums, k=3)
        rng.shuffle(body)
        sents = [" ".join(body[i:i + 15]) + "." for i in range(0, len(body), 15)]
        d = day + rng.randint(0, 3)
        docs.append({"id": f"g{len(docs)}", "text": " ".join(s.capitalize() for s in sents), "lang": "en",
                     "date": f"2024-{1 + (d // 28) % 12:02d}-{1 + d % 28:02d}", "story": story})
    if story % 40 == 0:
        day += 1
docs = docs[:n]
docs.sort(key=lambda x: x["date"])
for x in docs:
    print(json.dumps({k: v for k, v in x.items() if k != "story"}))
