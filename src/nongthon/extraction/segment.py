"""Segment stage: paragraphs (lines) and sentences, as offsets into the stored text."""

from __future__ import annotations

from nongthon.extraction import patterns as P
from nongthon.extraction.records import Sentence


def segment(text: str, skipped: list[tuple[int, int]] = ()) -> list[Sentence]:
    """Sentences of every non-skipped line; a line is a paragraph."""
    skip_starts = {start for start, _ in skipped}
    sentences: list[Sentence] = []
    pos = 0
    paragraph = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip() and pos not in skip_starts:
            for start, stop in _split_line(text, pos, end):
                sentences.append(Sentence(start, stop, paragraph, len(sentences)))
            paragraph += 1
        pos = end + 1
    return sentences


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    cursor = start
    for m in P.SENTENCE_END.finditer(text, start, end):
        stop = m.end()
        word_start = text.rfind(" ", start, m.start()) + 1
        # "(TP. Hà Tĩnh)": an abbreviation opening a parenthesis is one too
        if text[word_start:stop].strip().lstrip("(\"“") in P.ABBREVIATIONS:
            continue
        if text[cursor:stop].strip().rstrip(".)").isdigit():
            continue  # the number of a list item ("1. Sở Y tế …")
        out.append((cursor, stop))
        cursor = stop
    out.append((cursor, end))
    trimmed = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return trimmed


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of a sentence split at semicolons (items of a list of results)."""
    out = []
    cursor = start
    while True:
        semi = text.find(";", cursor, end)
        if semi < 0:
            out.append((cursor, end))
            return out
        out.append((cursor, semi))
        cursor = semi + 1
