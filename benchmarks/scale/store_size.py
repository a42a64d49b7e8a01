"""Prints one key=value line for a finished `caravan analyze` run: throughput, peak memory and the store's size
split into article text, raw documents and everything else (annotations, indexes, corpus tables, search index).
Usage: store_size.py DB_DIR ARTICLES WALL_SECONDS PEAK_RSS_KB LOAD CPU_SECONDS"""
import os
import sqlite3
import sys

db_dir, expected, wall, rss_kb, load, cpu = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5], float(sys.argv[6])
db = os.path.join(db_dir, "caravan.db")
con = sqlite3.connect(db)
con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
articles = con.execute("select count(*) from articles").fetchone()[0]
if articles != expected:
    sys.exit(f"stored {articles} articles, expected {expected}")
text = con.execute("select sum(length(cast(text as blob))) from articles").fetchone()[0]
raw = con.execute("select sum(length(bytes)) from raw_documents").fetchone()[0]
annotations = con.execute("select sum(length(cast(annotations as blob))) from articles").fetchone()[0]
corpus = sum(con.execute(f"select coalesce(sum(length(cast(json as blob))),0) from {t}").fetchone()[0]
             for t in ("stories", "actors", "relations"))
con.close()
db_bytes = sum(os.path.getsize(os.path.join(db_dir, f)) for f in os.listdir(db_dir) if f.startswith("caravan.db"))
total = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(db_dir) for f in fs)
print(f"articles={articles} wall_s={wall:.1f} articles_per_s={articles / wall:.1f} cpu_s={cpu:.1f} articles_per_cpu_s={articles / cpu:.1f} peak_rss_mb={rss_kb / 1024:.0f} "
      f"db_mb={db_bytes / 2**20:.1f} dir_mb={total / 2**20:.1f} text_b_per_article={text / articles:.0f} "
      f"raw_b_per_article={raw / articles:.0f} annotations_b_per_article={annotations / articles:.0f} "
      f"corpus_json_b_per_article={corpus / articles:.0f} "
      f"db_beyond_text_and_raw_b_per_article={(db_bytes - text - raw) / articles:.0f} "
      f"dir_beyond_text_and_raw_b_per_article={(total - text - raw) / articles:.0f} "
      f"db_beyond_text_b_per_article={(db_bytes - text) / articles:.0f} load_before='{load}'")
