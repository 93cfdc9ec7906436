"""The extraction pipeline, one module per stage:

1. read      (`read.py`)        a file or a corpus row to text: txt, html, docx, pdf, JSONL, Parquet
2. decode    (`decode.py`)      bytes and legacy fonts (TCVN3, VNI, Windows-1258, UTF-16) to Unicode NFC
3. clean     (`clean.py`)       the article without navigation and boilerplate (marked, offsets kept);
                                lines in capitals in the ordinary case (offsets kept)
4. segment   (`segment.py`)     paragraphs and sentences as offsets
5. find units (`find_units.py`) every unit named or referred to ("xã Nhất Tiến", "toàn huyện")
6. find facts (`find_facts.py`) the rules of `facts_*.py` over each sentence
7. resolve   (`resolve.py`)     the unit a statement is about, from the discourse and the registry
8. emit      (`emit.py`)        facts in the contract's JSON form with `span`, `unit_key`, `confidence`

`extract(text, doc_id, doc_date=None, registry=None)` runs stages 3–8 on stored text;
`extract_path(path)` runs them all on a file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from nongthon.extraction.clean import recase_capitals, skipped_lines
from nongthon.extraction.emit import emit
from nongthon.extraction.find_facts import find_facts
from nongthon.extraction.find_units import find_units
from nongthon.extraction.numbers import find_dateline
from nongthon.extraction.read import read_path
from nongthon.extraction.records import ExtractOptions
from nongthon.extraction.resolve import Context
from nongthon.extraction.segment import segment

_NO_REGISTRY = object()
_registry_cache: list = []


def default_registry():
    """The project's registry when it can be loaded, else None (facts then carry no codes)."""
    if not _registry_cache:
        try:
            from nongthon.registry import load_registry

            _registry_cache.append(load_registry())
        except Exception:  # not built yet, or its data file is missing: extraction still works
            _registry_cache.append(None)
    return _registry_cache[0]


def extract(text: str, doc_id: str, doc_date: dt.date | None = None, registry=_NO_REGISTRY,
            options: ExtractOptions | None = None) -> list[dict]:
    """Facts stated in `text` (stored NFC text), each with its evidence and span in that text."""
    options = options or ExtractOptions()
    if registry is _NO_REGISTRY:
        registry = default_registry() if options.use_registry else None
    if not isinstance(text, str) or not text.strip():
        return []
    skipped = skipped_lines(text)
    doc_date = doc_date or find_dateline(text)
    # the rules read headlines in capitals in the ordinary case; evidence is cut from the stored text
    readable = recase_capitals(text)
    sentences = segment(readable, skipped)
    mentions = find_units(readable, skipped, registry)
    ctx = Context(readable, sentences, mentions, doc_date)
    candidates = find_facts(ctx)
    return emit(candidates, text, doc_id, options, registry, doc_date)


def doc_id_of(path: str | Path) -> str:
    return Path(path).stem


def extract_path(path: str | Path, options: ExtractOptions | None = None, registry=_NO_REGISTRY) -> list[dict]:
    """Read a file and extract its facts; raises ReadError naming the file when it cannot be read."""
    document = read_path(path)
    return extract(document.text, doc_id_of(path), document.date, registry, options)
