#!/usr/bin/env python3
"""Wraps generated text articles (first line = headline) as HTML pages in a gzipped WARC 1.1 file,
one gzip member per record (the CC-NEWS layout), for the ingest throughput benchmark.
Usage: python3 make-warc.py TEXT_DIR OUT.warc.gz"""
import gzip, html, os, sys

src, out = sys.argv[1], sys.argv[2]
with open(out, "wb") as f:
    for name in sorted(os.listdir(src)):
        text = open(os.path.join(src, name), encoding="utf-8").read()
        title, _, body = text.partition("\n\n")
        lang = name.rsplit("-", 1)[-1].split(".")[0]
        paras = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n") if p.strip())
        page = (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
                f'<body><nav><a href="/">Home</a></nav><article><h1>{html.escape(title)}</h1>{paras}</article>'
                f'<footer>(c) Example News</footer></body></html>').encode("utf-8")
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(page) + page
        uri = f"https://news.example/{name[:-4]}"
        head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-04T10:00:00Z\r\n"
                f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
        f.write(gzip.compress(head + http + b"\r\n\r\n", compresslevel=6))
