#!/usr/bin/env python3
"""Offline replica of StorySession (src/Caravan.Pipeline/Stages/Stories) for exploring clustering changes.

  caravan cluster DOCS.jsonl --out /dev/null --terms TERMS.jsonl
  python3 benchmarks/stories/replica.py TERMS.jsonl [GOLD.tsv] [--set name=value ...]

Replays the documents in TERMS.jsonl (weighted terms, language, date, duplicate_of as `caravan cluster`
computed them) through the same online assignment as StorySession: idf over the stream so far, average-link
score against story centroids, time decay, thresholds per language relation, the agreement scale on names and
numbers, a copy following its original. Prints `id<TAB>story` lines, or with GOLD.tsv the pairwise and
BCubed F1 (as ../shared/bench/score/cluster.py). Computes in doubles where the C# code uses floats; on
BASIL, ECB+ dev and WMT 2008-2012 it reproduces the C# assignment exactly (2026-11-23). Keep it in step
with StorySession when that changes. Options: any field of Options below, e.g. --set threshold=0.25.
"""
import collections
import datetime
import gzip
import json
import math
import os
import sys
from math import comb


class Options:
    """StoryOptions defaults."""
    threshold = 0.27
    cross_language_threshold = 0.11
    same_language_agreement = (0.35, 0.5, 1.5)  # reference, min, max
    cross_language_agreement = (0.35, 0.5, 1.5)
    query_terms = 60
    candidates = 25
    max_postings = 500
    max_centroid_terms = 600
    decay_days = 7.0
    date_boost = 0.5
    max_gap_days = 30.0
    window = 20_000
    # B pseudo-documents of general language in the idf: idf = log((n + B + 10) / (df + B * share + 1)),
    # shares from models/stories/background.tsv.gz (background_shares).
    background = 200.0
    # Session 7 experiments: place terms ("p:") in the agreement on names and numbers.
    place_specific = 0
    place_scale = None  # (reference, min, max): a separate agreement factor on the p: terms alone (place_specific=0)
    name_weight = 1.0  # multiplies the n: terms' weights (session 7 experiment)
    place_weight = 1.0  # multiplies the p: terms' weights as `caravan cluster` wrote them


def factor(scale, agreement):
    reference, low, high = scale
    return min(max(agreement / reference, low), high)


class Story:
    def __init__(self, index, first):
        self.index, self.first = index, first
        self.centroid, self.languages = {}, set()
        self.size, self.specific, self.last_seen, self.last_published = 0, 0.0, 0, None
        self.places = 0.0


BACKGROUND = os.path.join(os.path.dirname(__file__), '..', '..', 'models', 'stories', 'background.tsv.gz')


def background_shares():
    """Share of general-language documents holding each term, as `caravan train background` wrote it."""
    with gzip.open(BACKGROUND, 'rt', encoding='utf-8') as f:
        return {term: float(share) for term, share in (line.rstrip('\n').split('\t') for line in f)}


def cluster(docs, o=Options()):
    """Story index per document id, in stream order."""
    ids, df, specific, general = {}, [], [], []
    global PLACE
    PLACE = []
    shares = background_shares() if o.background else {}

    stories, postings, story_of = [], collections.defaultdict(list), {}
    for n, d in enumerate(docs):
        vid, vw = [], []
        for term, weight in ((t['term'], t['weight']) for t in d['terms']):
            if term not in ids:
                ids[term] = len(df)
                df.append(0)
                PLACE.append(term.startswith('p:'))
                specific.append(term.startswith('n:') or term.startswith('#') or (o.place_specific and term.startswith('p:')))
                general.append(shares.get(term, 0.0))
            i = ids[term]
            vid.append(i)
            vw.append(weight * (o.place_weight if term.startswith('p:') else o.name_weight if term.startswith('n:') else 1.0) * max(math.log((n + o.background + 10.0) / (df[i] + o.background * general[i] + 1.0)), 0.05))
        norm = math.sqrt(sum(w * w for w in vw)) or 1.0
        vw = [w / norm for w in vw]
        day = datetime.datetime.fromisoformat(d['date']).timestamp() / 86400 if d.get('date') else None
        original = d.get('duplicate_of')
        story = stories[story_of[original]] if original in story_of else best_story(d, vid, vw, day, n, stories, postings, specific, o)
        if story is None:
            story = Story(len(stories), d['id'])
            stories.append(story)
        for i, w in zip(vid, vw):
            if i in story.centroid:
                story.centroid[i] += w
            else:
                story.centroid[i] = w
                postings[i].append(story.index)
        if len(story.centroid) > 2 * o.max_centroid_terms:
            story.centroid = dict(sorted(story.centroid.items(), key=lambda kv: (-kv[1], kv[0]))[:o.max_centroid_terms])
        story.specific = sum(w for i, w in story.centroid.items() if specific[i])
        story.places = sum(w for i, w in story.centroid.items() if PLACE[i])
        story.languages.add(d['lang'])
        story.last_seen = n
        if day is not None and (story.last_published is None or day > story.last_published):
            story.last_published = day
        story.size += 1
        for i in vid:
            df[i] += 1
        story_of[d['id']] = story.index
    return story_of


def best_story(d, vid, vw, day, n, stories, postings, specific, o):
    approximate = collections.defaultdict(float)
    for k in sorted(range(len(vid)), key=lambda k: (-vw[k], k))[:o.query_terms]:
        posting = postings.get(vid[k])
        if posting is not None and len(posting) <= o.max_postings:
            for s in posting:
                approximate[s] += vw[k]
    best, best_margin = None, 0.0
    for s in sorted(approximate, key=lambda s: (-approximate[s], s))[:o.candidates]:
        story = stories[s]
        decay = 1.0
        if n - story.last_seen > o.window:
            continue
        if day is not None and story.last_published is not None:
            gap = abs(day - story.last_published)
            if gap > o.max_gap_days:
                continue
            decay = (1 + o.date_boost) / (1 + gap / o.decay_days)
        dot = article_specific = article_shared = story_shared = 0.0
        article_places = article_places_shared = story_places_shared = 0.0
        for i, w in zip(vid, vw):
            c = story.centroid.get(i)
            if c is not None:
                dot += c * w
            if PLACE[i]:
                article_places += w
                if c is not None:
                    article_places_shared += w
                    story_places_shared += c
            if specific[i]:
                article_specific += w
                if c is not None:
                    article_shared += w
                    story_shared += c
        same = d['lang'] in story.languages
        margin = dot / story.size * decay / (o.threshold if same else o.cross_language_threshold)
        if article_specific > 0 and story.specific > 0:
            agreement = (article_shared / article_specific + story_shared / story.specific) / 2
            margin *= factor(o.same_language_agreement if same else o.cross_language_agreement, agreement)
        if o.place_scale and article_places > 0 and story.places > 0:
            margin *= factor(o.place_scale, (article_places_shared / article_places + story_places_shared / story.places) / 2)
        if margin >= 1 and margin > best_margin:
            best, best_margin = story, margin
    return best


def scores(gold, predicted):
    pred = {d: predicted.get(d, '__single__' + d) for d in gold}
    cells = collections.Counter((gold[d], pred[d]) for d in gold)
    gold_sizes, pred_sizes = collections.Counter(gold.values()), collections.Counter(pred.values())
    tp = sum(comb(c, 2) for c in cells.values())
    p = tp / sum(comb(c, 2) for c in pred_sizes.values()) if any(c > 1 for c in pred_sizes.values()) else 1.0
    r = tp / sum(comb(c, 2) for c in gold_sizes.values()) if any(c > 1 for c in gold_sizes.values()) else 1.0
    bp = sum(cells[(gold[d], pred[d])] / pred_sizes[pred[d]] for d in gold) / len(gold)
    br = sum(cells[(gold[d], pred[d])] / gold_sizes[gold[d]] for d in gold) / len(gold)
    return 2 * p * r / (p + r) if p + r else 0.0, p, r, 2 * bp * br / (bp + br) if bp + br else 0.0


def main(argv):
    o = Options()
    paths = []
    while argv:
        a = argv.pop(0)
        if a == '--set':
            name, value = argv.pop(0).split('=', 1)
            setattr(o, name, eval(value, {}))  # a number or a tuple, typed by the person running it
        else:
            paths.append(a)
    if not paths:
        sys.exit(__doc__)
    docs = [json.loads(line) for line in open(paths[0], encoding='utf-8')]
    assigned = cluster(docs, o)
    if len(paths) == 1:
        for d in docs:
            print(f"{d['id']}\tst{assigned[d['id']]}")
        return
    gold = {}
    for line in open(paths[1], encoding='utf-8'):
        parts = line.rstrip('\n').split('\t')
        if len(parts) >= 2 and parts[0]:
            gold[parts[0]] = parts[1]
    f1, p, r, b3 = scores(gold, {d: str(s) for d, s in assigned.items()})
    print(f"pairwise P {p:.4f} R {r:.4f} F1 {f1:.4f}  B3 {b3:.4f}")


if __name__ == '__main__':
    main(sys.argv[1:])
