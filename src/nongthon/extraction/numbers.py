"""Vietnamese numbers, amounts of money, dates and years.

"." separates thousands and "," marks decimals ("11.800" is 11800, "3,6" is 3.6).
"""

from __future__ import annotations

import datetime as dt
import re

from nongthon.extraction import patterns as P

_INSIDE_NAME = re.compile(r"(?:Luật|Pháp lệnh|Bộ luật)(?: [^\W\d_]+){1,8} $")
_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")


_ASCII_DIGITS = re.compile(r"[0-9]+")


def _isdigits(text: str) -> bool:
    return _ASCII_DIGITS.fullmatch(text) is not None


def parse_number(token: str) -> float | None:
    """The value of a written number, or None when it is not one."""
    token = token.strip().replace(" ", "")
    if not token or not _isdigits(token[0]):
        return None
    if "," in token:
        whole, _, frac = token.rpartition(",")
        whole = whole.replace(".", "")
        if not _isdigits(whole) or not _isdigits(frac):
            return None
        return float(f"{whole}.{frac}")
    if "." in token:
        if _THOUSANDS.match(token):
            return float(token.replace(".", ""))
        parts = token.split(".")
        if len(parts) == 2 and all(_isdigits(p) for p in parts):
            return float(token)
        return None
    return float(token) if _isdigits(token) else None


def as_int_if_whole(value: float) -> int | float:
    return int(value) if value == int(value) and abs(value) < 1e18 else round(value, 4)


def money_vnd(number: str, scale_word: str | None) -> float | None:
    """VND for "3,6" + "tỷ"; None if the number does not parse."""
    value = parse_number(number)
    if value is None:
        return None
    scale = P.MONEY_SCALE.get((scale_word or "").lower(), 1)
    return round(value * scale, 2)


def _valid(year: int, month: int, day: int | None = None) -> bool:
    if not (1900 <= year <= 2100 and 1 <= month <= 12):
        return False
    if day is None:
        return True
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def parse_date(text: str, default_year: int | None = None) -> str | None:
    """ISO date (or YYYY-MM) of the first date written at the start of `text`."""
    m = P.DATE_FULL.match(text)
    if m:
        day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
        return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None
    m = P.DATE_WORDS.match(text)
    if m:
        day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
        return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None
    m = P.DATE_DAY_MONTH.match(text)
    if m and default_year:
        day, month = int(m["d"]), int(m["m"])
        return f"{default_year:04d}-{month:02d}-{day:02d}" if _valid(default_year, month, day) else None
    m = P.DATE_MONTH.match(text)
    if m:
        month, year = int(m["m"]), int(m["y"])
        return f"{year:04d}-{month:02d}" if _valid(year, month) else None
    return None


def find_dateline(text: str, head: int = 400) -> dt.date | None:
    """The date a document carries on a line of its own near the top."""
    for m in P.DATELINE.finditer(text[:head]):
        day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
        if _valid(year, month, day):
            return dt.date(year, month, day)
    return None


_ANY_YEAR = re.compile(r"(?:19|20)\d\d")


def years_in(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Year expressions in text[start:end] as (offset, end, value) with value "2019" or "2019-2020".

    Years inside legal symbols, full dates and comparisons ("so với năm 2020") are left out.
    """
    if _ANY_YEAR.search(text, start, end) is None:
        return []  # one fast scan spares the four year patterns most sentences
    out = []
    for m in P.YEAR_SPAN.finditer(text, start, end):
        out.append((m.start(), m.end(), f"{m['y1']}-{m['y2']}"))
    for m in P.YEAR_PAIR.finditer(text, start, end):
        if int(m["y2"]) == int(m["y1"]) + 1:
            out.append((m.start(), m.end(), f"{m['y1']}-{m['y2']}"))
    for m in P.YEAR_OF_DATE.finditer(text, start, end):
        out.append((m.start(), m.end(), m["y1"]))
    for m in P.YEAR_IN_PARENTHESES.finditer(text, start, end):
        out.append((m.start(), m.end(), m["y1"]))
    for m in P.YEAR_AFTER_STANDARD.finditer(text, start, end):
        out.append((m.start("y1"), m.end(), m["y1"]))
    for m in P.YEAR_EXPR.finditer(text, start, end):
        if any(a <= m.start() < b for a, b, _ in out):
            continue
        before = text[max(start, m.start() - 20):m.start()].lower()
        if P.COMPARISON_BEFORE.search(before):
            continue
        if _INSIDE_NAME.search(text[max(start, m.start() - 60):m.start()]):
            continue
        if m["y2"]:
            if not re.search(r"tiêu chí[^,;.]{0,30}$", text[max(start, m.start() - 40):m.start()]):
                out.append((m.start(), m.end(), f"{m['y1']}-{m['y2']}"))
        else:
            out.append((m.start(), m.end(), m["y1"]))
    out.sort()
    return out
