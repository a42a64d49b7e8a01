#!/usr/bin/env python3
"""Lists per-page snippet misses (FN) and false positives (FP) of a `caravan extract` run on trafilatura-dev.
usage: extraction-misses.py EVALDATA.json PRED.jsonl [HTML_DIR]
FN[before/after/inside]: where the missed snippet sits in the page relative to the extracted text;
FP[N%]: where the unwanted snippet sits in the extracted text."""
import gzip, json, os, re, sys, html as H
ev = json.load(open(sys.argv[1], encoding="utf-8"))
pred = {}
for l in open(sys.argv[2], encoding="utf-8"):
    if l.strip():
        r = json.loads(l); pred[r["id"]] = r
hd = sys.argv[3] if len(sys.argv) > 3 else None
norm = lambda s: re.sub(r"\s+", " ", str(s or "")).strip()
def strip(n):
    for e in (".gz", ".html", ".htm"):
        if n.endswith(e): n = n[:-len(e)]
    return n
tp=fp=fn=0
for url, v in ev.items():
    k = strip(v["file"]); r = pred.get(k) or {}
    t = norm(r.get("text"))
    page=[]
    pagetext=None
    if hd:
        try:
            raw = gzip.open(os.path.join(hd, v["file"]+".gz")).read().decode("utf-8","replace")
            pagetext = norm(H.unescape(re.sub(r"<[^>]+>", " ", raw)))
        except Exception: pass
    for w in v["with"]:
        if norm(w) in t: tp+=1
        else:
            fn+=1
            where=""
            if pagetext is not None:
                i = pagetext.find(norm(w))
                if i<0: where="notinpage"
                else:
                    # position relative to extracted text: find first/last 40 chars of text
                    a = pagetext.find(t[:40]) if t else -1
                    b = pagetext.rfind(t[-40:]) if t else -1
                    where = "before" if a>=0 and i<a else ("after" if b>=0 and i>b else ("inside" if a>=0 else "?"))
            page.append(f"  FN[{where}] {norm(w)[:150]}")
    for w in v["without"]:
        if norm(w) in t:
            fp+=1
            i=t.find(norm(w)); page.append(f"  FP[{100*i//max(1,len(t))}%] {norm(w)[:150]}")
    if page:
        print(f"== {k}  ({url})  len={len(t)}")
        print("\n".join(page))
print(f"tp {tp} fp {fp} fn {fn}  F1 {2*tp/(2*tp+fp+fn):.4f}", file=sys.stderr)
