#!/usr/bin/env python3
"""A held-out check of the language identifier (issue 4) on every trained language, core and secondary: the
SIB-200 test split is left out of a copy of the training corpora and cut, like the Lingua data, into sentences,
word pairs (consecutive words) and single words (every third word of 3+ letters), at most 400 of each short kind
per SIB-200 folder. The Lingua dev data holds only core languages, so it rewards any change that hurts the
secondary ones (a larger PriorScale); this check shows that cost. SIB-200 text is formal (FLORES-200), so its
figures are higher than Lingua's and do not replace them.

usage (repository root, after `dotnet build -c Release src/Caravan.Cli`):
  python3 benchmarks/langid-heldout.py --out /tmp/langid-heldout
      writes OUT/corpora (the corpora without SIB-200 test), OUT/data/<kind>/<lang>.txt, OUT/core.txt and
      OUT/secondary.txt (comma-separated codes, for the scorer's --langs), and prints the commands that train
      the held-out model and score it.
"""
import argparse, gzip, os, unicodedata

SOURCES = "src/Caravan.Core/Languages/xx/langid-sources.txt"
TRIM = " .,;:!?\"'()«»“”„‘’-–—、。，؟،।[]"


def tokens(line):
    for raw in line.split(" "):
        t = raw.strip(TRIM)
        if t and any(c.isalpha() for c in t) and not any(unicodedata.category(c) == "Nd" for c in t) and len(t) <= 25:
            yield t


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--corpora", default="../shared/data/corpora")
    args = parser.parse_args()
    corpora = os.path.abspath(args.corpora)
    out = os.path.abspath(args.out)
    held = os.path.join(out, "corpora")
    os.makedirs(os.path.join(held, "sib200"), exist_ok=True)
    for name in ("frequencywords", "ntrex128", "tatoeba", "ud"):
        link = os.path.join(held, name)
        if not os.path.islink(link):
            os.symlink(os.path.join(corpora, name), link)
    texts = {kind: {} for kind in ("sentences", "word-pairs", "single-words")}
    core, secondary = set(), set()
    for line in open(SOURCES, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split()
        lang = parts[0]
        (secondary if float(parts[1]) < 0 else core).add(lang)
        for corpus in parts[2:]:
            if not corpus.startswith("sib200:") or "@" in corpus:
                continue
            folder = corpus[len("sib200:"):]
            source = os.path.join(corpora, "sib200", folder)
            target = os.path.join(held, "sib200", folder)
            os.makedirs(target, exist_ok=True)
            for split in ("train", "dev"):
                link = os.path.join(target, split + ".tsv.gz")
                if not os.path.islink(link):
                    os.symlink(os.path.join(source, split + ".tsv.gz"), link)
            with gzip.open(os.path.join(source, "test.tsv.gz"), "rt", encoding="utf-8") as f:
                header, *rows = [r.rstrip("\n") for r in f if r.strip()]
            with gzip.open(os.path.join(target, "test.tsv.gz"), "wt", encoding="utf-8") as f:
                f.write(header + "\n")
            pairs = words = 0
            for row in rows:
                sentence = row[row.rfind("\t") + 1:]
                texts["sentences"].setdefault(lang, []).append(sentence)
                toks = list(tokens(sentence))
                for i in range(0, len(toks) - 1, 2):
                    if pairs < 400:
                        texts["word-pairs"].setdefault(lang, []).append(toks[i] + " " + toks[i + 1])
                        pairs += 1
                for i in range(0, len(toks), 3):
                    if words < 400 and len(toks[i]) >= 3:
                        texts["single-words"].setdefault(lang, []).append(toks[i])
                        words += 1
    for kind, by_lang in texts.items():
        os.makedirs(os.path.join(out, "data", kind), exist_ok=True)
        for lang, lines in by_lang.items():
            with open(os.path.join(out, "data", kind, lang + ".txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
    tested = set(texts["sentences"])
    for name, langs in (("core", core), ("secondary", secondary)):
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(",".join(sorted(langs & tested)) + "\n")
    cli = "dotnet src/Caravan.Cli/bin/Release/net10.0/caravan.dll"
    print(f"{len(tested & core)} core and {len(tested & secondary)} secondary languages written to {out}/data")
    print(f"{cli} train langid --corpus {held} --out {out}/models/langid --threads 2")
    for name in ("core", "secondary"):
        print(f"CARAVAN_MODELS={out}/models python3 ../shared/bench/score/langid.py {out}/data "
              f"--langs $(cat {out}/{name}.txt) -- {cli} langid")


if __name__ == "__main__":
    main()
