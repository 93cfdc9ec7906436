"""Strict parsers for settings read from the environment.

A bad value stops start-up with a sentence that names the variable, instead of a
stack trace from deep inside Django.
"""

from __future__ import annotations

import os
from pathlib import Path


class ImproperEnvironment(SystemExit):
    """Raised when an environment variable holds a value we cannot use."""


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperEnvironment(f"{name}={raw!r}: expected one of 1/0, true/false, yes/no, on/off.")


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def data_dir() -> Path:
    """Where the embedded database and uploads live (NONGTHON_DATA_DIR, default ./data)."""
    path = Path(os.environ.get("NONGTHON_DATA_DIR", "data")).expanduser().resolve()
    return path


def database_config(name: str, default_sqlite: Path) -> dict:
    """Parse DATABASE_URL (sqlite:///path or postgres://...) into Django's DATABASES entry."""
    import dj_database_url

    raw = os.environ.get(name)
    if not raw:
        default_sqlite.parent.mkdir(parents=True, exist_ok=True)
        raw = f"sqlite:///{default_sqlite}"
    try:
        config = dj_database_url.parse(raw, conn_max_age=60)
    except Exception as err:  # dj_database_url raises several types for unknown schemes
        raise ImproperEnvironment(f"{name}={raw!r}: not a database URL we understand ({err}).") from err
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = {"timeout": 20, "init_command": "PRAGMA journal_mode=WAL;"}
        config["CONN_MAX_AGE"] = 0
    elif "postgresql" in config["ENGINE"] and "PGOPTIONS" not in os.environ:
        # PostgreSQL's planner prices a random read at 4 (spinning disks); on the SSDs servers have now,
        # 1.1 lets it read the lineage links by index instead of hashing every unit of the country (the
        # province overview's slowest query, 26 → 10 ms; bench/README.md). PGOPTIONS, when set, wins.
        config.setdefault("OPTIONS", {})["options"] = "-c random_page_cost=1.1"
    return config
