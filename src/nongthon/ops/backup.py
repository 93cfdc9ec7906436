"""Backup and restore through Django's serializers, so one file moves between SQLite and PostgreSQL.

`dump(path)` writes every app's rows (JSON, gzip when the name ends in .gz) with natural keys for
content types and permissions, which `migrate` recreates on the target; `load(path)` empties the
database and loads the file in one transaction. Sessions and login attempts are not kept.
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from django.core.management import call_command
from django.db import connection, transaction

EXCLUDED = ["contenttypes", "auth.permission", "sessions", "admin.logentry",
            "axes.accessattempt", "axes.accesslog", "axes.accessfailurelog"]


class BackupError(Exception):
    """A backup file cannot be written or read; the message names the file."""


def _open(path: Path, mode: str):
    if path.suffix == ".gz":
        return gzip.open(path, mode + "t", encoding="utf-8")
    return open(path, mode, encoding="utf-8")


def dump(path) -> None:
    path = Path(path)
    try:
        with _open(path, "w") as stream:
            call_command("dumpdata", exclude=EXCLUDED, natural_foreign=True, natural_primary=False,
                         indent=None, stdout=stream)
    except OSError as err:
        raise BackupError(f"{path}: không ghi được bản sao lưu ({err}).") from err


def load(path) -> int:
    """Replace the database's contents with the file's; returns the number of objects loaded."""
    from auditlog.context import disable_auditlog
    from django.core import serializers

    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path}: không có tệp sao lưu này.")
    try:
        with _open(path, "r") as stream:
            text = stream.read()
    except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile) as err:
        raise BackupError(f"{path}: không đọc được bản sao lưu ({err}).") from err
    try:
        objects = list(serializers.deserialize("json", io.StringIO(text), handle_forward_references=True))
    except Exception as err:  # DeserializationError and the JSON errors it wraps
        raise BackupError(f"{path}: không phải bản sao lưu hợp lệ ({err}).") from err
    del objects  # parsed once to refuse a broken file before the database is emptied
    with transaction.atomic(), disable_auditlog():  # a failed load leaves the database as it was
        # PostgreSQL refuses TRUNCATE while deferred foreign-key checks of this transaction are pending.
        connection.check_constraints()
        call_command("flush", interactive=False, verbosity=0)
        call_command("loaddata", str(path), verbosity=0)
    return text.count('"model":')
