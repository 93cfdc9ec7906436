"""Database size of the synthetic country, by table, and how long building it took.

    .venv/bin/python bench/dbsize.py [--scale province] [--keep /tmp/nt-bench]
"""

from __future__ import annotations

from common import line, run, timed


def measure(args) -> None:
    from django.apps import apps
    from django.db import connection

    from nongthon.synth.models import Dataset

    dataset = Dataset.objects.get()
    print(f"built in {dataset.seconds:.0f} s")
    rows = {}
    for model in apps.get_models():
        n = model.objects.count()
        if n:
            rows[model._meta.db_table] = n
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_database_size(current_database())")
            total = cursor.fetchone()[0]
            sizes = {}
            for table in rows:
                cursor.execute("SELECT pg_total_relation_size(%s)", [table])
                sizes[table] = cursor.fetchone()[0]
        else:
            cursor.execute("PRAGMA page_count")
            pages = cursor.fetchone()[0]
            cursor.execute("PRAGMA page_size")
            total = pages * cursor.fetchone()[0]
            sizes = {}
            try:
                cursor.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name")
                sizes = dict(cursor.fetchall())
            except Exception:  # dbstat is an optional SQLite module
                sizes = {}
    print(f"database size: {total / 2**20:.0f} MB; {sum(rows.values()):,} rows")
    for table, n in sorted(rows.items(), key=lambda kv: -kv[1])[:10]:
        size = sizes.get(table)
        extra = f", {size / 2**20:.0f} MB" + (" with indexes" if connection.vendor == "postgresql" else "") if size else ""
        print(f"  {table}: {n:,} rows{extra}")
    count = timed(lambda: Dataset.objects.count(), 20)
    print(line("a trivial query (connection sanity)", count))


if __name__ == "__main__":
    run(__doc__.splitlines()[0], measure)
