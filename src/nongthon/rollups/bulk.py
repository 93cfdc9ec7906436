"""Writing many rows fast: COPY on PostgreSQL, one executemany on SQLite.

The ORM's bulk_create prepares every value of every row through the field classes; for millions
of synthetic rows and whole-country roll-ups that costs more than the database work. Here each
model's column defaults and value adapters are worked out once, and rows go in as tuples.
"""

from __future__ import annotations

import json

from django.db import connections, models, transaction
from django.utils import timezone


class RowInserter:
    """Insert rows of one model given as keyword dicts; fields left out take their defaults."""

    def __init__(self, model, using: str = "default"):
        self.model = model
        self.conn = connections[using]
        self.fields = [f for f in model._meta.concrete_fields if not f.primary_key]
        self.names = [f.attname for f in self.fields]
        now = timezone.now()
        self.defaults = {}
        self.adapt = {}
        for f in self.fields:
            if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
                self.defaults[f.attname] = self.conn.ops.adapt_datetimefield_value(now)
            elif f.has_default():
                self.defaults[f.attname] = f.get_default()
            elif f.null:
                self.defaults[f.attname] = None
            else:
                self.defaults[f.attname] = ""
            if isinstance(f, models.JSONField):
                self.adapt[f.attname] = json.dumps
        self.pending: list[tuple] = []
        self.written = 0

    def add(self, **values) -> None:
        d = self.defaults
        row = [values.get(n, d[n]) for n in self.names]
        if self.adapt:
            for i, n in enumerate(self.names):
                if n in self.adapt and row[i] is not None:
                    row[i] = self.adapt[n](row[i])
        self.pending.append(tuple(row))

    def flush(self) -> int:
        rows, self.pending = self.pending, []
        if not rows:
            return 0
        qn = self.conn.ops.quote_name
        table = qn(self.model._meta.db_table)
        columns = ", ".join(qn(f.column) for f in self.fields)
        with transaction.atomic(using=self.conn.alias), self.conn.cursor() as cursor:
            if self.conn.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                marks = ", ".join(["%s"] * len(self.fields))
                cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
        self.written += len(rows)
        return len(rows)
