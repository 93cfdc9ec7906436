"""Synthetic datasets: made-up monitoring data on the real registry, for benchmarks and demos.

Every synthetic row is labelled: monitoring rows have source kind `import` and a `source_file`
starting with `synthetic:`; documents have a `source` with the same label; and a `Dataset` row
records the build. `is_synthetic_database()` tells the pages to show a banner.
"""

SYNTHETIC_PREFIX = "synthetic:"


def is_synthetic_database(using: str = "default") -> bool:
    """True when the database holds a synthetic dataset (the pages show a banner)."""
    from django.db import DatabaseError

    from nongthon.synth.models import Dataset

    try:
        return Dataset.objects.using(using).exists()
    except DatabaseError:  # not migrated yet
        return False


def is_synthetic_source(source_file: str | None) -> bool:
    """Whether a monitoring row's `source_file` (or a document's `source`) marks it as synthetic."""
    return bool(source_file) and source_file.startswith(SYNTHETIC_PREFIX)
