"""A monitoring row's source as the pages show it, written once in Python.

The template partial `partials/source.html` and the unit page's long tables both use `source_html`:
a commune formed in 2025 lists several hundred rows of the communes it continues, and including a
partial per row cost more than reading the rows.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString
from django.utils.text import Truncator


def source_html(row) -> SafeString:
    """A link to the document passage a row was read from, else its legal decision, else its label."""
    from nongthon.monitoring.choices import SourceKind

    if row.source_kind == SourceKind.DOCUMENT and row.source_document_id:
        url = reverse("web:document-detail", args=[row.source_document_id])
        if row.source_fact_id:
            url += f"#fact-{row.source_fact_id}"
        elif row.source_start is not None:
            url += f"?start={row.source_start}&end={row.source_end}#evidence"
        document = row.source_document
        return format_html('<a href="{}" title="{}">{}</a>', url, Truncator(row.source_evidence or "").chars(200),
                           Truncator(document.title or document.doc_id).chars(60))
    if row.source_kind == SourceKind.LEGAL and row.source_legal_id:
        return conditional_escape(str(row.source_legal))
    return conditional_escape(row.source_label)
