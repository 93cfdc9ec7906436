"""Extraction of one invented sentence, as the tests of phrasing families run it: no registry, a fixed
dateline."""

import datetime as dt

from nongthon.extraction import ExtractOptions, extract

OPTIONS = ExtractOptions(use_registry=False)
DATELINE = dt.date(2023, 5, 2)


def facts(text, kind=None, doc_date=DATELINE):
    """The facts of `text` (of type `kind`, when given)."""
    found = extract(text, "t", doc_date=doc_date, registry=None, options=OPTIONS)
    return [f for f in found if kind is None or f["type"] == kind]
