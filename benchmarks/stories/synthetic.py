#!/usr/bin/env python3
"""A synthetic cross-language clustering set from NTREX-128, with a lexicon corpus that never saw it.

  python3 benchmarks/stories/synthetic.py [OUT=/tmp/stories-synth] [--per-doc K] [--seed N] [--fold 0|1]
  caravan train lexicon --data OUT/corpora --out OUT/models/stories/lexicon
  CARAVAN_MODELS=OUT/models caravan cluster OUT/docs.jsonl --out OUT/caravan.tsv --terms OUT/terms.jsonl
  python3 ../shared/bench/score/cluster.py OUT/gold.tsv OUT/caravan.tsv
  python3 benchmarks/stories/synthetic.py --pairs OUT OUT/caravan.tsv   # recall and wrong links per language pair

NTREX-128's 1,997 sentences belong to 123 news documents (DOCUMENT_IDS.tsv.gz, one id per line). The
documents are split in two halves by their order of first appearance (even / odd; --fold 1 swaps them, so
that the two folds together score every document once). OUT/corpora holds the
lexicon training data of half A: every NTREX-128 file cut to the lines of half A (so the files stay aligned
line by line) and SIB-200 as it is (FLORES sentences, not NTREX). OUT/docs.jsonl holds half B: each document
in K of WMT 2021-2023's languages (en ru de fr ja is hr uk zh, chosen at random per document; K = 9 takes
all), its first line as the title, the stream shuffled; OUT/gold.tsv gives each article its document.
OUT/models holds links to the repository's models with the lexicon folder left for the half-A lexicon.
Everything is written under OUT (outside the repository); no corpus text is committed.
"""
import gzip
import itertools
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..'))
CORPORA = os.path.normpath(os.path.join(REPO, '..', 'shared', 'data', 'corpora'))
LANGUAGES = {'en': 'newstest2019-src.eng', 'ru': 'newstest2019-ref.rus', 'de': 'newstest2019-ref.deu',
             'fr': 'newstest2019-ref.fra', 'ja': 'newstest2019-ref.jpn', 'is': 'newstest2019-ref.isl',
             'hr': 'newstest2019-ref.hrv', 'uk': 'newstest2019-ref.ukr', 'zh': 'newstest2019-ref.zho_Hans'}


def lines(path):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        text = f.read()
    rows = text.split('\n')
    return [r.rstrip('\r') for r in (rows[:-1] if text.endswith('\n') else rows)]


def halves(ntrex, fold):
    ids = lines(os.path.join(ntrex, 'DOCUMENT_IDS.tsv.gz'))
    order = list(dict.fromkeys(ids))
    half_a = set(order[fold::2])
    return ids, half_a, [d for d in order if d not in half_a]


def write_corpora(out, ntrex, ids, half_a):
    target = os.path.join(out, 'corpora', 'ntrex128')
    os.makedirs(target, exist_ok=True)
    keep = [i for i, d in enumerate(ids) if d in half_a]
    for name in sorted(os.listdir(ntrex)):
        if not name.startswith('newstest2019-'):
            continue
        text = lines(os.path.join(ntrex, name))
        with gzip.open(os.path.join(target, name), 'wt', encoding='utf-8', compresslevel=1) as f:
            for i in keep:
                f.write((text[i] if i < len(text) else '') + '\n')
    sib = os.path.join(out, 'corpora', 'sib200')
    if not os.path.exists(sib):
        os.symlink(os.path.join(CORPORA, 'sib200'), sib)
    return len(keep)


def write_models(out):
    models = os.path.join(out, 'models')
    stories = os.path.join(models, 'stories')
    os.makedirs(stories, exist_ok=True)
    for name in os.listdir(os.path.join(REPO, 'models')):
        if name != 'stories' and not os.path.exists(os.path.join(models, name)):
            os.symlink(os.path.join(REPO, 'models', name), os.path.join(models, name))
    for name in os.listdir(os.path.join(REPO, 'models', 'stories')):
        if name != 'lexicon' and not os.path.exists(os.path.join(stories, name)):
            os.symlink(os.path.join(REPO, 'models', 'stories', name), os.path.join(stories, name))


def write_set(out, ntrex, ids, half_b, per_doc, seed):
    rng = random.Random(seed)
    texts = {lang: lines(os.path.join(ntrex, base + '.txt.gz')) for lang, base in LANGUAGES.items()}
    by_doc = defaultdict(list)
    for i, d in enumerate(ids):
        by_doc[d].append(i)
    docs, gold = [], []
    for d in half_b:
        langs = sorted(LANGUAGES) if per_doc >= len(LANGUAGES) else rng.sample(sorted(LANGUAGES), per_doc)
        for lang in langs:
            rows = [texts[lang][i].strip() for i in by_doc[d]]
            aid = f'{d}:{lang}'
            docs.append({'id': aid, 'title': rows[0], 'text': '\n'.join(rows[1:]), 'lang': lang})
            gold.append((aid, d))
    rng.shuffle(docs)
    with open(os.path.join(out, 'docs.jsonl'), 'w', encoding='utf-8') as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + '\n')
    with open(os.path.join(out, 'gold.tsv'), 'w', encoding='utf-8') as f:
        for aid, d in gold:
            f.write(f'{aid}\t{d}\n')
    return len(docs)


def read_tsv(path):
    with open(path, encoding='utf-8') as f:
        return dict(line.rstrip('\n').split('\t')[:2] for line in f if '\t' in line)


def pairs_report(out, predicted_path):
    """Per language pair: gold pairs found / all gold pairs, and predicted pairs across gold stories."""
    gold = read_tsv(os.path.join(out, 'gold.tsv'))
    pred = read_tsv(predicted_path)
    found, total, wrong = Counter(), Counter(), Counter()
    for a, b in itertools.combinations(sorted(gold), 2):
        key = '-'.join(sorted((a.rsplit(':', 1)[1], b.rsplit(':', 1)[1])))
        same_gold, same_pred = gold[a] == gold[b], pred.get(a) == pred.get(b)
        if same_gold:
            total[key] += 1
            found[key] += same_pred
        elif same_pred:
            wrong[key] += 1
    for key in sorted(total, key=lambda k: found[k] / total[k]):
        print(f'{key}\t{found[key]}/{total[key]}\t{found[key] / total[key]:.2f}\twrong {wrong[key]}')
    print(f'all\t{sum(found.values())}/{sum(total.values())}\t{sum(found.values()) / sum(total.values()):.3f}'
          f'\twrong {sum(wrong.values())}')


def main(argv):
    if argv[:1] == ['--pairs']:
        pairs_report(argv[1], argv[2])
        return
    out, per_doc, seed, fold = '/tmp/stories-synth', 3, 1, 0
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == '--per-doc':
            per_doc = int(rest.pop(0))
        elif arg == '--seed':
            seed = int(rest.pop(0))
        elif arg == '--fold':
            fold = int(rest.pop(0))
        else:
            out = arg
    if os.path.realpath(out).startswith(REPO + os.sep):
        sys.exit('OUT must lie outside the repository')
    ntrex = os.path.join(CORPORA, 'ntrex128')
    ids, half_a, half_b = halves(ntrex, fold)
    os.makedirs(out, exist_ok=True)
    n = write_corpora(out, ntrex, ids, half_a)
    write_models(out)
    m = write_set(out, ntrex, ids, half_b, per_doc, seed)
    print(f'half A: {len(half_a)} documents, {n} lines -> {out}/corpora; half B: {len(half_b)} documents, '
          f'{m} articles -> {out}/docs.jsonl', file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1:])
