"""Attaching the papers a dossier's steps need, as the server does, for tests that move dossiers along."""

from __future__ import annotations

from django.core.files.base import ContentFile

from nongthon.dossiers import operations as ops
from nongthon.dossiers.choices import REQUIRED_DOCUMENTS


def attach_papers(dossier, *steps) -> None:
    """Every paper `steps` (default: all steps) need, each a one-line PDF."""
    for step in steps or REQUIRED_DOCUMENTS:
        for kind in REQUIRED_DOCUMENTS.get(step, ()):
            ops.attach_document(None, dossier, kind, ContentFile(b"%PDF-1.4\n", name=f"{kind}.pdf"))
