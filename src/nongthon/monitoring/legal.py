"""Legal document numbers, normalised as spec/facts.md writes them (pure, no database)."""

from __future__ import annotations

import re
import unicodedata

_SO_PREFIX = re.compile(r"^\s*(số|so)\s*[:.]?\s*", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def normalise_legal_number(raw: str) -> str:
    """`Số 14 - CT/HU` → `14-CT/HU`; `28/2022/NĐ-CP` unchanged; a law's name keeps its spaces.

    NFC, the word `Số` and spaces removed, letters upper-cased in the symbol (Đ kept).
    """
    text = unicodedata.normalize("NFC", raw or "").strip()
    if text.lower().startswith("luật"):
        return _SPACES.sub(" ", text)
    text = _SO_PREFIX.sub("", text)
    text = _SPACES.sub("", text)
    head, slash, tail = text.partition("/")
    if slash:
        head_parts = head.split("-", 1)
        head = head_parts[0] + ("-" + head_parts[1].upper() if len(head_parts) > 1 else "")
        return f"{head}/{tail.upper()}"
    return text.upper() if "-" in text else text
