"""Folding Vietnamese text for accent-insensitive search: "Nông thôn mới" → "nong thon moi"."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Lower-case, strip the diacritics (đ becomes d) and collapse runs of white space."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", bare.lower()).strip()


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text (without collapsing spaces) and, per folded character, its index in `text`.

    Lets a match found in the folded copy be highlighted in the original.
    """
    out: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        if ch in "đĐ":
            out.append("d")
            offsets.append(index)
            continue
        for part in unicodedata.normalize("NFD", ch):
            if unicodedata.category(part) == "Mn":
                continue
            for lowered in part.lower():
                out.append(lowered)
                offsets.append(index)
    return "".join(out), offsets


def find_folded(text: str, query: str) -> list[tuple[int, int]]:
    """Spans `[start, end)` of `text` where the folded `query` occurs, accent- and case-insensitively."""
    needle = fold(query)
    if not needle or not text:
        return []
    folded, offsets = fold_with_offsets(text)
    folded = re.sub(r"\s", " ", folded)
    pattern = re.compile(r"\s+".join(re.escape(word) for word in needle.split(" ")))
    spans = []
    for match in pattern.finditer(folded):
        start = offsets[match.start()]
        end = offsets[match.end() - 1] + 1
        spans.append((start, end))
    return spans
