#!/usr/bin/env python3
"""Where the language identifier loses its points (issue 4): per kind of text (sentences, word pairs, single
words) the mean accuracy, the weakest languages and the confusions that cost the most, in points of the mean
accuracy over all languages (what ../shared/bench/score/langid.py reports), plus what telling apart each group
of close languages perfectly would add (an upper bound for any second pass over that group).

usage (repository root, after `dotnet build -c Release src/Caravan.Cli`):
  python3 benchmarks/langid-confusions.py [--data DIR] [--groups "ms id,bs hr sr sl,..."] [--top N]
"""
import argparse, collections, glob, importlib.util, os, subprocess

KINDS = ("sentences", "word-pairs", "single-words")
GROUPS = "ms id,bs hr sr sl,nb nn da sv,es pt gl ca,cs sk,zu xh,st tn,af nl,hi mr ne,ur fa,am ti,bg mk sr,be uk ru"


def scorer():
    # The shared scorer's code mapping (nb/no, ISO 639-3 answers ...), so that figures match it exactly.
    spec = importlib.util.spec_from_file_location("score", "../shared/bench/score/langid.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.canon


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../shared/data/langid/lingua-dev")
    parser.add_argument("--groups", default=GROUPS)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    canon = scorer()
    groups = [g.split() for g in args.groups.split(",")]
    means = []
    for kind in KINDS:
        gold, texts = [], []
        for path in sorted(glob.glob(os.path.join(args.data, kind, "*.txt"))):
            lang = os.path.basename(path)[:-4]
            for line in open(path, encoding="utf-8"):
                line = line.rstrip("\n")
                if line.strip():
                    gold.append(lang)
                    texts.append(line.replace("\t", " "))
        out = subprocess.run(["dotnet", "src/Caravan.Cli/bin/Release/net10.0/caravan.dll", "langid"],
                             input="\n".join(texts) + "\n", capture_output=True, text=True, check=True).stdout
        pred = [canon(p) for p in out.split("\n")[:len(gold)]]
        if len(pred) != len(gold):
            raise SystemExit(f"{kind}: {len(pred)} answers for {len(gold)} texts")
        total = collections.Counter(gold)
        right = collections.Counter(g for g, p in zip(gold, pred) if canon(g) == p)
        wrong = collections.Counter((g, p) for g, p in zip(gold, pred) if canon(g) != p)
        # One text of language g is worth 100 / (texts of g) / (languages) points of the mean.
        worth = {g: 100 / n / len(total) for g, n in total.items()}
        mean = sum(100 * right[g] / n for g, n in total.items()) / len(total)
        means.append(mean)
        print(f"== {kind}: mean {mean:.2f}")
        weakest = sorted(total, key=lambda g: right[g] / total[g])[:20]
        print("  weakest:", " ".join(f"{g} {100 * right[g] / total[g]:.1f}" for g in weakest))
        costly = sorted(wrong.items(), key=lambda item: -item[1] * worth[item[0][0]])[:args.top]
        print("  costliest confusions (gold>answer points):",
              " ".join(f"{g}>{p} {n * worth[g]:.3f}" for (g, p), n in costly))
        bound = collections.Counter()
        for (g, p), n in wrong.items():
            for group in groups:
                if g in group and p in group:
                    bound[" ".join(group)] += n * worth[g]
                    break
        print("  perfect within group would add:", " ".join(f"[{k}] {v:.2f}" for k, v in bound.most_common()),
              f"(all {sum(bound.values()):.2f})")
    print("mean-accuracy", " ".join(f"{m:.2f}" for m in means))


if __name__ == "__main__":
    main()
