"""Where the bytes of a store go (issue #8: store per article): for every table and index of caravan.db, its pages,
payload and unused space (SQLite's dbstat), and for every column the bytes of its values; all per article.
Usage: store_breakdown.py DB_DIR"""
import os
import sqlite3
import sys

db_dir = sys.argv[1]
con = sqlite3.connect(os.path.join(db_dir, "caravan.db"))
con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
articles = con.execute("select count(*) from articles").fetchone()[0]
page_size = con.execute("PRAGMA page_size").fetchone()[0]
file_bytes = os.path.getsize(os.path.join(db_dir, "caravan.db"))
print(f"articles={articles} page_size={page_size} file_b_per_article={file_bytes / articles:.0f}")
print(f"{'table or index':<28}{'pages B/art.':>14}{'payload':>10}{'unused':>10}{'overhead':>10}")
rows = con.execute("""select name, sum(pgsize), sum(payload), sum(unused) from dbstat group by name order by sum(pgsize) desc""").fetchall()
for name, pages, payload, unused in rows:
    print(f"{name:<28}{pages / articles:>14.0f}{payload / articles:>10.0f}{unused / articles:>10.0f}{(pages - payload - unused) / articles:>10.0f}")
free = con.execute("PRAGMA freelist_count").fetchone()[0] * page_size
print(f"{'(free pages)':<28}{free / articles:>14.0f}")
print()
print(f"{'column':<34}{'B/art.':>10}")
tables = [r[0] for r in con.execute("select name from sqlite_master where type='table' and name not like 'sqlite_%'")]
for table in tables:
    for column in [r[1] for r in con.execute(f"PRAGMA table_info({table})")]:
        total = con.execute(f'select coalesce(sum(length(cast("{column}" as blob))), 0) from {table}').fetchone()[0]
        if total:
            print(f"{table + '.' + column:<34}{total / articles:>10.1f}")
