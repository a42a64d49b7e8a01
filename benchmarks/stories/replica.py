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
`--texts DOCS.jsonl` (the `cluster` input) gives the session 9 probes that read the text (years, leads, datelines).
`--set lost=1` (with GOLD.tsv) prints where pairs are lost: wrong pairs by the gold stories they join, missed pairs by
why each later fragment of a gold story was opened (session 16). `--set band_trace=1` (with GOLD.tsv) prints each near
join weighed (session 17): right or wrong, its margin and what the vetoes read.
"""
import collections
import datetime
import gzip
import json
import math
import os
import re
import sys
from math import comb


class Options:
    """StoryOptions defaults."""
    threshold = 0.27
    cross_language_threshold = 0.11
    same_language_agreement = (0.35, 0.5, 1.5)  # reference, min, max
    cross_language_agreement = (0.35, 0.5, 1.5)
    cross_language_numbers = (0.5, 0.9, 1.2)  # the same agreement on the numbers alone, other languages only (session 14)
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
    # Session 9 probes (none adopted; docs/benchmarks/stories.md). Those marked (text) need --texts.
    year_penalty = 1.0  # (text) margin factor when article and story both state years (1950-2039) that conflict
    year_mode = 'none'  # conflict: 'none' = no year shared, 'max' = neither's latest year in the other, 'gap' = latest years 2+ apart
    year_lines = 0  # (text) years read from the first N lines only; 0 = the whole text
    lead_scale = None  # (text) (reference, min, max): agreement factor on the terms of the first lead_lines lines, same language only
    lead_lines = 2
    dateline = 0  # (text) 1: an undated article takes the date its first 3 lines state ("May 3, 2013"; URL lines skipped)
    member_link = None  # (q, f): no join when more than a share f of the story's members score below q x threshold
    calendar_specific = 1  # 0: weekday and month names (en, de name skeletons) leave the agreement
    number_specific = 'all'  # numbers in the agreement: 'all', 'short' (< 5 characters), 'counts' (3-4 characters or > 31), 'none'
    # Session 15 (StoryOptions.ProvisionalBelow, ProvisionalMembers, SplitSide): a weak second join stays provisional;
    # (k, N, ratio, m): a story whose second article joined its one founding article below k x threshold keeps its
    # members while it has fewer than N; each later article sides with the founder it is `ratio` times more similar to
    # (else neither); once m later articles side with each founder, the second founder and its side leave as a new
    # story. split_labels 'future': earlier output stays as it was printed (as C#). None: main before session 15.
    split = (2.2, 8, 1.3, 1)
    split_rule = 'sides'  # 'groups': at N members, members go to the nearer founder; split when the mean similarity
    # across the two groups is under `ratio` x the mean within them and each group holds more than m articles
    split_same_language = 1  # 1: only a second article in the founding article's language makes the story provisional
    split_specific = 0  # 1: similarities between members on names and numbers only (each side renormalised)
    split_labels = 'future'  # 'revise': the leaving articles' labels change too (an upper bound; not an online output)
    lost = 0  # 1: with GOLD.tsv, also print where pairs are lost (session 16)
    # Session 16 probes (none adopted; docs/benchmarks/stories.md).
    # bridge (m, r, s): an article that joins one story and scores at least m, and r times its join's margin, against a
    # second story of at most s articles (neither provisional) merges the second into the first: centroid, postings and
    # members (for copies) move; printed labels stay.
    bridge = None
    bridge_keep = 'joined'  # which story's id goes on: 'joined' (the article's story) or 'larger' (more members)
    bridge_same_language = 1  # 1: both stories hold the article's language
    # second_chance (q, m, s): a story opened by an article whose best candidate A scored at least q of the threshold
    # merges into A when a later article scores at least m against both while it holds at most s articles.
    second_chance = None
    size_prior = 0.0  # among the stories over the threshold, the one with the largest margin x size^p
    grown = 1.0  # the threshold's factor against a story in the article's language holding 2+ articles
    linkage = 1.0  # StoryOptions.Linkage: the score is dot / (norm^(1 - linkage) x size^linkage)
    cohesion = None  # (reference, min, max) on the article's mean similarity over the story's own mean pairwise
    # similarity ((|centroid|^2 - n) / (n (n - 1))), same language, stories of 2+ articles
    # Session 17 (StoryOptions.NearJoin): an article whose best candidate scores at least `band` of the threshold (and
    # under 1) joins it when it is a story in the article's language (band_mono: that language alone) of at least
    # band_size articles and band_veto finds no conflict: 'tyears' (C#: years 1950-2039 among the number terms of both,
    # none shared), 'years' (text: --texts), 'names' (neither side's heaviest name in the other), 'anyname' (either),
    # 'gapD' (dated, more than D days apart), 'tyears+nums' (also: the article shares none of its numbers); 0 = off.
    # Off: the C# near join (0.8, 'tyears') was merged and reverted in session 17 (WMT 2021-2023 read once after the
    # merge: 0.8161 -> 0.8037; docs/benchmarks/stories.md).
    band = 0
    band_mono = 1
    band_veto = 'tyears'
    band_size = 1
    band_trace = 0  # 1: print each band decision's features (with GOLD.tsv: right or wrong)


def factor(scale, agreement):
    reference, low, high = scale
    return min(max(agreement / reference, low), high)


class Story:
    def __init__(self, index, first):
        self.index, self.first = index, first
        self.centroid, self.languages = {}, set()
        self.size, self.specific, self.last_seen, self.last_published = 0, 0.0, 0, None
        self.places = 0.0
        self.numbers = 0.0
        self.years, self.lead, self.members = set(), {}, []
        self.items = []  # (doc id, vector dict, lang, day, n) while the story may still split
        self.provisional = None  # [[founder A items], [founder B items], neutral items]
        self.near = None  # (margin, story index): the founding article's best candidate under the threshold


BACKGROUND = os.path.join(os.path.dirname(__file__), '..', '..', 'models', 'stories', 'background.tsv.gz')


def background_shares():
    """Share of general-language documents holding each term, as `caravan train background` wrote it."""
    with gzip.open(BACKGROUND, 'rt', encoding='utf-8') as f:
        return {term: float(share) for term, share in (line.rstrip('\n').split('\t') for line in f)}


def cluster(docs, o=Options()):
    """Story index per document id, in stream order."""
    ids, df, specific, general = {}, [], [], []
    global SPECIFIC
    SPECIFIC = specific
    global PLACE, NUMBER, MARGIN, DECISIONS, DIVIDED
    DECISIONS, DIVIDED = {}, set()
    PLACE = []
    NUMBER = []
    shares = background_shares() if o.background else {}

    stories, postings, story_of, member_of = [], collections.defaultdict(list), {}, {}
    global TERMS, MEMBER_OF
    TERMS, MEMBER_OF = [], member_of
    for n, d in enumerate(docs):
        vid, vw, lead = [], [], set()
        for term, weight in ((t['term'], t['weight']) for t in d['terms']):
            if term not in ids:
                ids[term] = len(df)
                df.append(0)
                TERMS.append(term)
                PLACE.append(term.startswith('p:'))
                NUMBER.append(term.startswith('#'))
                specific.append((term.startswith('n:') and (o.calendar_specific or term not in CALENDAR))
                                or (term.startswith('#') and number_specific(term[1:], o.number_specific))
                                or (o.place_specific and term.startswith('p:')))
                general.append(shares.get(term, 0.0))
            i = ids[term]
            if term in d.get('lead', ()):
                lead.add(i)
            vid.append(i)
            vw.append(weight * (o.place_weight if term.startswith('p:') else o.name_weight if term.startswith('n:') else 1.0) * max(math.log((n + o.background + 10.0) / (df[i] + o.background * general[i] + 1.0)), 0.05))
        norm = math.sqrt(sum(w * w for w in vw)) or 1.0
        vw = [w / norm for w in vw]
        date = d.get('date') or (o.dateline and d.get('dateline'))
        day = datetime.datetime.fromisoformat(date).timestamp() / 86400 if date else None
        d['lead_ids'] = lead
        original = d.get('duplicate_of')
        MARGIN = None
        global SCORED
        SCORED = []
        story = stories[member_of[original]] if original in member_of else best_story(d, vid, vw, day, n, stories, postings, specific, o)
        if o.lost:
            held = collections.defaultdict(list)
            for a, t in member_of.items():
                held[t].append(a)
            DECISIONS[d['id']] = ('follow' if original in member_of else 'join' if story else 'new',
                                  [(m, held[t]) for m, t, _ in SCORED])
        if story is None:
            story = Story(len(stories), d['id'])
            stories.append(story)
            if SCORED:
                story.near = max(SCORED)[:2]
        label = story.index
        item = (d['id'], dict(zip(vid, vw)), d['lang'], day, n)
        if o.split:
            label, divided = provisional(story, item, stories, postings, member_of, story_of, specific, o)
            if divided:  # the rebuilt stories hold the article already
                story_of[d['id']] = label
                member_of[d['id']] = label
                for i in vid:
                    df[i] += 1
                continue
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
        story.numbers = sum(w for i, w in story.centroid.items() if NUMBER[i])
        story.languages.add(d['lang'])
        story.years |= d.get('years', set())
        if o.member_link:
            story.members.append(dict(zip(vid, vw)))
        for i, w in zip(vid, vw):
            if i in lead:
                story.lead[i] = story.lead.get(i, 0.0) + w
        story.last_seen = n
        if day is not None and (story.last_published is None or day > story.last_published):
            story.last_published = day
        story.size += 1
        for i in vid:
            df[i] += 1
        story_of[d['id']] = label
        member_of[d['id']] = label
        if o.second_chance and MARGIN is not None:
            second_chance(story, stories, postings, member_of, specific, o)
        if o.bridge and MARGIN is not None:
            bridge(story, MARGIN, d['lang'], stories, postings, member_of, specific, o)
    return story_of


def second_chance(story, stories, postings, member_of, specific, o):
    """Session 16 probe: a story opened just under the threshold of another merges into it once an article bridges them."""
    q, least, size = o.second_chance
    scored = {t: m for m, t, same in SCORED if same}
    for young, old in ((story, None), (None, story)):
        pairs = [(y, stories[y.near[1]]) for y in ([young] if young else [stories[t] for t in scored])
                 if y.near and y.near[0] >= q and y.size <= size and (old is None or y.near[1] == old.index)]
        for y, a in pairs:
            if a.size == 0 or y.size == 0 or y.index == a.index:
                continue
            if scored.get(y.index, 1.0 if y is story else 0.0) >= least and scored.get(a.index, 1.0 if a is story else 0.0) >= least:
                merge(a, y, postings, member_of, specific, o)
                return


def merge(keep, gone, postings, member_of, specific, o, trim=False):
    """Merges story `gone` into `keep`; with `trim`, keep's centroid is cut back to its strongest terms (as Absorb does)."""
    keep.provisional, gone.provisional, keep.items, gone.items = None, None, [], []
    old = set(keep.centroid)
    for i, w in gone.centroid.items():
        keep.centroid[i] = keep.centroid.get(i, 0.0) + w
    if trim and len(keep.centroid) > 2 * o.max_centroid_terms:
        keep.centroid = dict(sorted(keep.centroid.items(), key=lambda kv: (-kv[1], kv[0]))[:o.max_centroid_terms])
    for i in gone.centroid:
        if gone.index in postings[i]:
            postings[i].remove(gone.index)
    for i in old - set(keep.centroid):
        postings[i].remove(keep.index)
    for i in set(keep.centroid) - old:
        postings[i].append(keep.index)
    keep.size += gone.size
    keep.languages |= gone.languages
    keep.last_seen = max(keep.last_seen, gone.last_seen)
    if gone.last_published is not None and (keep.last_published is None or gone.last_published > keep.last_published):
        keep.last_published = gone.last_published
    keep.specific = sum(w for i, w in keep.centroid.items() if specific[i])
    keep.places = sum(w for i, w in keep.centroid.items() if PLACE[i])
    keep.numbers = sum(w for i, w in keep.centroid.items() if NUMBER[i])
    gone.centroid, gone.size = {}, 0
    for a, t in member_of.items():
        if t == gone.index:
            member_of[a] = keep.index


def bridge(story, margin, lang, stories, postings, member_of, specific, o):
    """Session 16: the article joined `story` at `margin`; a second story it scores high against merges into it."""
    least, ratio, size = o.bridge
    if story.provisional is not None:
        return
    others = [(m, s) for m, s, same in SCORED if s != story.index and m >= least and m >= ratio * margin
              and stories[s].size <= size and stories[s].provisional is None
              and (not o.bridge_same_language or (same and lang in story.languages))]
    if not others:
        return
    _, s = max(others, key=lambda x: (x[0], -x[1]))
    keep, gone = story, stories[s]
    if o.bridge_keep == 'larger' and gone.size > keep.size:
        keep, gone = gone, keep
    merge(keep, gone, postings, member_of, specific, o, trim=True)


def provisional(story, item, stories, postings, member_of, story_of, specific, o):
    """Session 15: records the article's side in a provisional story and splits it; returns the article's story index
    and whether it split (the rebuilt stories then hold the article)."""
    k, limit, ratio, m = o.split
    if story.size == 0:
        story.items = [item]
        return story.index, False
    if story.size == 1 and story.items:
        if MARGIN is not None and MARGIN < k and (not o.split_same_language or item[2] == story.items[0][2]):
            story.provisional = [[story.items[0]], [item], []]
        story.items = []
        return story.index, False
    if story.provisional is None:
        return story.index, False
    if story.size >= limit:
        story.provisional = None
        return story.index, False
    groups = story.provisional
    vector = item[1]
    if o.split_rule == 'groups':
        groups[2].append(item)
        if story.size + 1 < limit:
            return story.index, False
        story.provisional = None
        sim = lambda u, v: member_similarity(u[1], v[1], specific, o)
        founders = groups[0][0], groups[1][0]
        sides = [[founders[0]], [founders[1]], []]
        for x in groups[2]:
            sides[0 if sim(x, founders[0]) >= sim(x, founders[1]) else 1].append(x)
        within = [sim(x, y) for g in sides[:2] for j, x in enumerate(g) for y in g[j + 1:]]
        cross = [sim(x, y) for x in sides[0] for y in sides[1]]
        if len(sides[0]) <= m or len(sides[1]) <= m or sum(cross) / len(cross) >= ratio * sum(within) / len(within):
            return story.index, False
        groups = sides
        side = 0 if item in sides[0] else 1
    else:
        a = sum(w * groups[0][0][1].get(i, 0.0) for i, w in vector.items())
        b = sum(w * groups[1][0][1].get(i, 0.0) for i, w in vector.items())
        side = 0 if a >= ratio * b else 1 if b >= ratio * a else 2
        groups[side].append(item)
        if len(groups[0]) <= m or len(groups[1]) <= m:
            return story.index, False
    # The split: founder B and its side leave; founder A keeps the story, its side and the neutral articles.
    story.provisional = None
    new = Story(len(stories), groups[1][0][0])
    stories.append(new)
    DIVIDED.add(new.index)
    rebuild(story, groups[0] + groups[2], postings, specific, o)
    rebuild(new, groups[1], postings, specific, o)
    for x in groups[1]:
        member_of[x[0]] = new.index
        if o.split_labels == 'revise' and x[0] in story_of:
            story_of[x[0]] = new.index
    return (new.index if side == 1 else story.index), True


def member_similarity(u, v, specific, o):
    if o.split_specific:
        u = {i: w for i, w in u.items() if specific[i]}
        v = {i: w for i, w in v.items() if specific[i]}
        nu, nv = math.sqrt(sum(w * w for w in u.values())), math.sqrt(sum(w * w for w in v.values()))
        if nu == 0 or nv == 0:
            return 0.0
        return sum(w * v.get(i, 0.0) for i, w in u.items()) / nu / nv
    return sum(w * v.get(i, 0.0) for i, w in u.items())


def rebuild(story, items, postings, specific, o):
    """A story's state from its members, in arrival order."""
    items = sorted(items, key=lambda x: x[4])
    old = set(story.centroid)
    story.centroid, story.languages, story.size, story.last_published = {}, set(), 0, None
    for _, vector, lang, day, n in items:
        for i, w in vector.items():
            story.centroid[i] = story.centroid.get(i, 0.0) + w
        story.languages.add(lang)
        story.last_seen = n
        if day is not None and (story.last_published is None or day > story.last_published):
            story.last_published = day
        story.size += 1
    story.specific = sum(w for i, w in story.centroid.items() if specific[i])
    story.places = sum(w for i, w in story.centroid.items() if PLACE[i])
    story.numbers = sum(w for i, w in story.centroid.items() if NUMBER[i])
    for i in old - set(story.centroid):
        postings[i].remove(story.index)
    for i in set(story.centroid) - old:
        postings[i].append(story.index)


def best_story(d, vid, vw, day, n, stories, postings, specific, o):
    approximate = collections.defaultdict(float)
    for k in sorted(range(len(vid)), key=lambda k: (-vw[k], k))[:o.query_terms]:
        posting = postings.get(vid[k])
        if posting is not None and len(posting) <= o.max_postings:
            for s in posting:
                approximate[s] += vw[k]
    best, best_margin = None, 0.0
    global SCORED
    SCORED = []
    for s in sorted(approximate, key=lambda s: (-approximate[s], s))[:o.candidates]:
        story = stories[s]
        scored = margin_of(d, vid, vw, day, n, story, specific, o)
        if scored is None:
            continue
        margin, same = scored
        SCORED.append((margin, story.index, same))
        if margin >= 1 and margin * story.size ** o.size_prior > best_margin * (best.size ** o.size_prior if best else 1):
            best, best_margin = story, margin
    if best is None and o.band and SCORED:
        m, s, same = max(SCORED)
        if same and m >= o.band and (not o.band_mono or stories[s].languages == {d['lang']}) \
                and stories[s].size >= o.band_size:
            features = band_features(d, vid, vw, stories[s], specific)
            features['second'] = sorted((x[0] for x in SCORED), reverse=True)[1] / m if len(SCORED) > 1 else 0.0
            features['gap'] = abs(day - stories[s].last_published) if day is not None and stories[s].last_published is not None else None
            BAND.append((d['id'], [a for a, t in MEMBER_OF.items() if t == s], m, features))
            if not veto(features, o.band_veto):
                best, best_margin = stories[s], m
    global MARGIN
    MARGIN = best_margin if best is not None else None
    return best


BAND = []  # (article id, the candidate's members, margin, features) of each near join weighed (session 17)
YEAR_TERM = re.compile(r'^#(?:19[5-9]\d|20[0-3]\d)$')


def band_features(d, vid, vw, story, specific):
    """What the session 17 vetoes read of an article and its near candidate: years (number terms, text), heaviest names, numbers shared."""
    names = [(w, i) for i, w in zip(vid, vw) if specific[i] and TERMS[i].startswith('n:') and TERMS[i] not in CALENDAR]
    top_article = max(names)[1] if names else None
    story_names = [(c, i) for i, c in story.centroid.items() if specific[i] and TERMS[i].startswith('n:') and TERMS[i] not in CALENDAR]
    top_story = max(story_names)[1] if story_names else None
    nums = [(i, w) for i, w in zip(vid, vw) if NUMBER[i]]
    num_shared = sum(w for i, w in nums if i in story.centroid) / max(sum(w for _, w in nums), 1e-9) if nums else None
    snums = sum(c for i, c in story.centroid.items() if NUMBER[i])
    vector = dict(zip(vid, vw))
    snum_shared = sum(c for i, c in story.centroid.items() if NUMBER[i] and i in vector) / snums if snums else None
    years = d.get('years', set())
    ty = {int(TERMS[i][1:]) for i in vid if YEAR_TERM.match(TERMS[i])}
    sty = {int(TERMS[i][1:]) for i in story.centroid if YEAR_TERM.match(TERMS[i])}
    return dict(tycon=bool(ty and sty and not ty & sty), ty=(sorted(ty), sorted(sty)),
                top_a_in=(top_article in story.centroid) if top_article is not None else None,
                top_s_in=(top_story in vector) if top_story is not None else None,
                ta=TERMS[top_article] if top_article is not None else '', ts=TERMS[top_story] if top_story is not None else '',
                num=num_shared, snum=snum_shared,
                years=(sorted(years), sorted(story.years)), ycon=bool(years and story.years and not years & story.years))


def veto(f, kind):
    """True when the near join is refused."""
    if kind == 'none':
        return False
    if kind == 'names':
        return f['top_a_in'] is False and f['top_s_in'] is False
    if kind == 'anyname':
        return f['top_a_in'] is False or f['top_s_in'] is False
    if kind == 'years':
        return f['ycon']
    if kind == 'tyears':
        return f['tycon']
    if kind == 'tyears+nums':
        return f['tycon'] or f['num'] == 0.0
    if kind.startswith('gap'):
        limit = float(kind[3:].split('+')[0])
        return (f['gap'] is not None and f['gap'] > limit) or ('+years' in kind and f['ycon'])
    raise ValueError(kind)


def margin_of(d, vid, vw, day, n, story, specific, o):
    """The article's score against an open story as a multiple of its threshold, and whether the story has its
    language; None when the story is closed."""
    decay = 1.0
    if n - story.last_seen > o.window or story.size == 0:  # size 0: bridged into another story
        return None
    if day is not None and story.last_published is not None:
        gap = abs(day - story.last_published)
        if gap > o.max_gap_days:
            return None
        decay = (1 + o.date_boost) / (1 + gap / o.decay_days)
    dot = article_specific = article_shared = story_shared = 0.0
    article_places = article_places_shared = story_places_shared = 0.0
    article_numbers = article_numbers_shared = story_numbers_shared = 0.0
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
        if NUMBER[i]:
            article_numbers += w
            if c is not None:
                article_numbers_shared += w
                story_numbers_shared += c
    same = d['lang'] in story.languages
    scale = story.size if o.linkage == 1 else story.size ** o.linkage * math.sqrt(sum(c * c for c in story.centroid.values())) ** (1 - o.linkage)
    threshold = o.threshold * (o.grown if story.size >= 2 else 1.0) if same else o.cross_language_threshold
    margin = dot / scale * decay / threshold
    if article_specific > 0 and story.specific > 0:
        agreement = (article_shared / article_specific + story_shared / story.specific) / 2
        margin *= factor(o.same_language_agreement if same else o.cross_language_agreement, agreement)
    if o.cross_language_numbers and not same and article_numbers > 0 and story.numbers > 0:
        margin *= factor(o.cross_language_numbers, (article_numbers_shared / article_numbers + story_numbers_shared / story.numbers) / 2)
    if o.place_scale and article_places > 0 and story.places > 0:
        margin *= factor(o.place_scale, (article_places_shared / article_places + story_places_shared / story.places) / 2)
    if o.cohesion and same and story.size >= 2:
        internal = (sum(c * c for c in story.centroid.values()) - story.size) / (story.size * (story.size - 1))
        margin *= factor(o.cohesion, dot / story.size / max(internal, 1e-6))
    margin *= probes(d, vid, vw, story, same, o)
    return margin, same


CALENDAR = set()  # name skeletons of weekdays and months in English and German (the n: terms TermFolding.Skeleton gives)
for word in ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july '
             'august september october november december jan feb mar apr jun jul aug sep sept oct nov dec montag '
             'dienstag mittwoch donnerstag freitag samstag sonntag januar februar marz maerz mai juni juli oktober dezember').split():
    merged = [{'c': 'k', 'q': 'k', 'z': 's', 'x': 's', 'w': 'f', 'v': 'f', 'j': 'i', 'y': 'i'}.get(c, c) for c in word]
    skeleton = ''
    for k, c in enumerate(merged):
        if (k == 0 or c not in 'aeiouh') and (not skeleton or skeleton[-1] != c):
            skeleton += c
    skeleton = skeleton[:-1] if len(skeleton) >= 4 and skeleton[-1] == 's' else skeleton
    CALENDAR.add('n:' + (skeleton if len(skeleton) >= 3 else word))


def number_specific(digits, mode):
    if mode == 'short':
        return len(digits) < 5
    if mode == 'counts':
        return 2 < len(digits) < 5 or (digits.isdigit() and int(digits) > 31)
    return mode != 'none'


def probes(d, vid, vw, story, same, o):
    """Session 9's margin factors (1 unless switched on)."""
    f = 1.0
    years = d.get('years', set())
    if o.year_penalty != 1.0 and years and story.years:
        if o.year_mode == 'max':
            conflict = max(years) not in story.years and max(story.years) not in years
        elif o.year_mode == 'gap':
            conflict = abs(max(years) - max(story.years)) >= 2
        else:
            conflict = not (years & story.years)
        f *= o.year_penalty if conflict else 1.0
    if o.lead_scale and same:
        article = {i: w for i, w in zip(vid, vw) if i in d['lead_ids']}
        mine, theirs = sum(article.values()), sum(story.lead.values())
        if mine > 0 and theirs > 0:
            vector = set(vid)
            agreement = (sum(w for i, w in article.items() if i in story.centroid) / mine
                         + sum(w for i, w in story.lead.items() if i in vector) / theirs) / 2
            f *= factor(o.lead_scale, agreement)
    if o.member_link:
        q, share = o.member_link
        threshold = o.threshold if same else o.cross_language_threshold
        low = sum(1 for m in story.members if sum(w * m.get(i, 0.0) for i, w in zip(vid, vw)) / threshold < q)
        f *= 0.0 if low / len(story.members) > share else 1.0
    return f


YEAR = re.compile(r'(?<![\d.,])(?:19[5-9]\d|20[0-3]\d)(?![\d.,])')
MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split()
MONTH = r'(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*'
DATELINE = [re.compile(MONTH + r'\s*\.?\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*((?:19|20)\d\d)\b', re.I),
            re.compile(r'\b(\d{1,2})\s+' + MONTH + r'\s*,?\s*((?:19|20)\d\d)\b', re.I)]


def read_texts(docs, path, o):
    """Adds the text probes' inputs to each document: years, lead terms and a dateline date."""
    texts = {}
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        texts[d['id']] = d['text']
    for d in docs:
        lines = texts[d['id']].split('\n')
        d['years'] = {int(y) for y in YEAR.findall('\n'.join(lines[:o.year_lines]) if o.year_lines else texts[d['id']])}
        # A term belongs to the lead when its surface (six-letter stems, name skeletons aside) starts a lead word.
        words = {w[:6] for w in re.findall(r'\w+', ' '.join(lines[:o.lead_lines]).lower())}
        d['lead'] = {t['term'] for t in d['terms'] if t['term'][:2] in ('s:', 'n:', 'p:') and t['term'][2:8] in words}
        for line in lines[:3]:
            if 'http' in line:
                continue
            m = DATELINE[0].search(line)
            parts = (m.group(3), m.group(1), m.group(2)) if m else None
            if not m:
                m = DATELINE[1].search(line)
                parts = (m.group(3), m.group(2), m.group(1)) if m else None
            if parts:
                try:
                    d['dateline'] = datetime.date(int(parts[0]), MONTHS.index(parts[1][:3].lower()) + 1, int(parts[2])).isoformat()
                    break
                except ValueError:
                    continue


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
    paths, texts = [], None
    while argv:
        a = argv.pop(0)
        if a == '--texts':
            texts = argv.pop(0)
        elif a == '--set':
            name, value = argv.pop(0).split('=', 1)
            setattr(o, name, eval(value, {}))  # a number or a tuple, typed by the person running it
        else:
            paths.append(a)
    if not paths:
        sys.exit(__doc__)
    docs = [json.loads(line) for line in open(paths[0], encoding='utf-8')]
    if texts:
        read_texts(docs, texts, o)
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
    if o.lost:
        lost(gold, docs, assigned)
    if o.band_trace:
        for doc, members, m, f in BAND:
            held = collections.Counter(gold.get(a) for a in members)
            right = 'RIGHT' if held.get(gold.get(doc), 0) * 2 > len(members) else 'wrong' if gold.get(doc) not in held else 'mixed'
            print(f"band {right} {doc} -> {members[0]} ({len(members)}) {m:.3f} " + ' '.join(f'{k}={v:.2f}' if isinstance(v, float) else f'{k}={v}' for k, v in f.items()))


def lost(gold, docs, assigned):
    """Session 16: the wrong pairs by the two gold stories they join, and the missed pairs by why each later
    fragment of a gold story was opened (its pairs with the gold story's earlier fragments are counted there)."""
    predicted = collections.defaultdict(collections.Counter)
    for d in docs:
        if d['id'] in gold:
            predicted[assigned[d['id']]][gold[d['id']]] += 1
    merged = collections.Counter()
    for held in predicted.values():
        events = sorted(held)
        for k, a in enumerate(events):
            for b in events[k + 1:]:
                merged[(a, b)] += held[a] * held[b]
    print(f"wrong pairs {sum(merged.values())}:")
    for (a, b), c in merged.most_common():
        print(f"  {c:5d}  {a} + {b}")
    fragments = collections.defaultdict(dict)  # gold story -> predicted story -> its articles, in stream order
    for d in docs:
        if d['id'] in gold:
            fragments[gold[d['id']]].setdefault(assigned[d['id']], []).append(d['id'])
    causes, rows = collections.Counter(), []
    for event, parts in fragments.items():
        earlier = 0
        for k, (label, members) in enumerate(parts.items()):
            if k:
                opener = members[0]
                kind, scored = DECISIONS[opener]
                own = [m for m, held in scored if any(gold.get(a) == event for a in held)]
                if label in DIVIDED:
                    cause = 'its fragment is a story made by a split'
                elif kind == 'follow':
                    cause = "a copy followed its original into another gold story's story"
                elif kind == 'join':
                    cause = "joined a story of another gold story"
                elif not own:
                    cause = 'new story: its gold story not among the candidates'
                else:
                    cause = 'new story, its gold story at 0.7-1 of the threshold' if max(own) >= 0.7 else \
                        'new story, its gold story under 0.7 of the threshold'
                causes[cause] += earlier * len(members)
                rows.append((earlier * len(members), event, opener, cause, max(own) if own else None))
            earlier += len(members)
    print(f"missed pairs {sum(causes.values())}:")
    for cause, c in causes.most_common():
        print(f"  {c:5d}  {cause}")
    for c, event, opener, cause, best in sorted(rows, key=lambda r: (-r[0], r[1])):
        print(f"    {c:5d}  {event}  opened by {opener}: {cause}" + (f" (best {best:.3f})" if best is not None else ''))


if __name__ == '__main__':
    main(sys.argv[1:])
