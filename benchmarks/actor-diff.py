#!/usr/bin/env python3
"""Compares two `caravan analyze --json` outputs: which sections differ, then the actors one run merged and the other
kept apart. An actor of A counts as absorbed by an actor of B only when A's actor is gone from B (no actor of B has
its id with the same variants and documents) and B's actor holds all its variants and documents; an actor present in
both runs unchanged is never counted, so a file compared with itself lists nothing (a plain subset test lists every
lone surname whose documents and spelling also occur under a full name, such as "Polívka" under "Bolek Polívka",
in both directions and on identical files).

usage: python3 benchmarks/actor-diff.py A.json B.json
"""
import json, sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def shape(e):
    return (frozenset(e["variants"]), frozenset(e["documents"]), e["mentions"])


def absorbed(a, b):
    """Pairs (actor of B, actors of A it absorbed), biggest first."""
    b_by_id = {e["id"]: e for e in b["entities"]}
    gone = [e for e in a["entities"] if e["id"] not in b_by_id or shape(b_by_id[e["id"]]) != shape(e)]
    by_variant = {}
    for e in gone:
        for v in e["variants"]:
            by_variant.setdefault(v, []).append(e)
    found = []
    for e in b["entities"]:
        variants, documents = set(e["variants"]), set(e["documents"])
        candidates = {x["id"]: x for v in variants for x in by_variant.get(v, [])}
        parts = [x for x in candidates.values() if x["id"] != e["id"]
                 and set(x["variants"]) <= variants and set(x["documents"]) <= documents]
        if parts:
            found.append((e, sorted(parts, key=lambda x: (-x["mentions"], x["id"]))))
    return sorted(found, key=lambda p: (-p[0]["mentions"], p[0]["id"]))


def main():
    a, b = load(sys.argv[1]), load(sys.argv[2])
    for section in sorted(set(a) | set(b)):
        print(f"{section}: {'identical' if a.get(section) == b.get(section) else 'differs'}"
              f" ({len(a.get(section, []))} -> {len(b.get(section, []))})")
    for label, x, y in (("B absorbed A's", a, b), ("A absorbed B's", b, a)):
        pairs = absorbed(x, y)
        for e, parts in pairs:
            print(f"{label}: {e['type']} {e['name']} ({e['mentions']}) <= "
                  + " | ".join(f"{p['name']}({p['type']},{p['mentions']})" for p in parts))
        print(f"{label}: {len(pairs)} actors")


if __name__ == "__main__":
    main()
