"""Writes the paths a load run cycles through, read from a running `caravan serve`.

Usage: python3 benchmarks/web/paths.py BASE_URL OUT_DIR [SEARCHES]
  OUT_DIR/stories.txt   /stories/{id} of every story
  OUT_DIR/searches.txt  SEARCHES distinct /search?q=... paths (default 600): words and word pairs of the
                        corpus (story titles and summaries) and actor names, pages 1 and 2, some with a
                        language filter; about one in six finds nothing (misspelt or absent words)
  OUT_DIR/api-searches.txt  the same queries on /api/search
"""
import json, random, re, sys, urllib.parse, urllib.request

base, out = sys.argv[1].rstrip("/"), sys.argv[2]
wanted = int(sys.argv[3]) if len(sys.argv) > 3 else 600


def get(path):
    with urllib.request.urlopen(base + path) as r:
        return json.load(r)


def every(path):
    page, items = 1, []
    while True:
        body = get(f"{path}?size=200&page={page}")
        items += body["items"]
        if page * body["size"] >= body["total"]:
            return items
        page += 1


stories = every("/api/stories")
actors = every("/api/actors")
languages = sorted({lang for s in stories for lang in s.get("languages", [])}) or ["en"]
words, pairs = set(), set()
for story in stories:
    tokens = re.findall(r"\w{4,}", f"{story.get('title') or ''} {story.get('summary') or ''}")
    words.update(t.lower() for t in tokens)
    pairs.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:]))
names = {a["name"] for a in actors}
rng = random.Random(42)
terms = sorted(words) + sorted(pairs) + sorted(names)
rng.shuffle(terms)
queries = []
for term in terms:
    if len(queries) >= wanted:
        break
    kind = len(queries) % 12
    if kind == 0:
        term = term[::-1]  # a word that is in no article: the cost of an empty answer
    if kind == 1:
        term = term + "x"
    q = {"q": term}
    if kind in (3, 7):
        q["lang"] = rng.choice(languages)
    if kind in (5, 9):
        q["page"] = "2"
    queries.append(urllib.parse.urlencode(q))

with open(f"{out}/stories.txt", "w") as f:
    f.writelines(f"/stories/{urllib.parse.quote(s['id'])}\n" for s in stories)
with open(f"{out}/searches.txt", "w") as f:
    f.writelines(f"/search?{q}\n" for q in queries)
with open(f"{out}/api-searches.txt", "w") as f:
    f.writelines(f"/api/search?{q}\n" for q in queries)
print(f"{len(stories)} stories, {len(queries)} searches ({len(words)} words, {len(pairs)} pairs, {len(names)} actor names)", file=sys.stderr)
