"""What a serving process does once, after Django is set up and before its first request.

`prepare_to_serve()` loads the long-lived, read-only data every process ends up holding (the registry
of units, the shipped criteria sets, the URL patterns, the translation catalogues), then runs one full
garbage collection and moves every object that survives it to the interpreter's permanent generation
(`gc.freeze()`). Later collections no longer walk those objects: without it, a full collection in a
serving process (some 150,000 tracked objects once the registry is loaded) took 70–200 ms on a small
machine and landed, now and then, in the middle of a page's render. The Python documentation
recommends freezing for servers this way (see `gc.freeze`).

Nothing here touches the database, so a process can start before the database answers. The WSGI entry
point (`nongthon.wsgi`, used by gunicorn and by `runserver`) calls it; so does `bench/web.py`, so that
the benchmark times what a server does.
"""

from __future__ import annotations

import gc


def warm_caches() -> None:
    """Fill the process's read-only caches that do not need the database."""
    from django.conf import settings
    from django.urls import get_resolver
    from django.utils import translation

    from nongthon.evaluation.loader import list_sets
    from nongthon.registry import load_registry

    load_registry()
    list_sets()
    resolver = get_resolver()
    resolver.url_patterns  # noqa: B018 — imports every view module and builds the patterns
    resolver.reverse_dict  # noqa: B018 — reverse()'s lookup tables, otherwise built by the first request
    for code, _name in settings.LANGUAGES:
        with translation.override(code):  # activating a language loads its catalogue
            pass


def prepare_to_serve(*, warm: bool = True) -> int:
    """Warm the caches (unless `warm` is false), collect once and freeze what survives. Returns the
    number of objects frozen (`gc.get_freeze_count()`)."""
    if warm:
        warm_caches()
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
