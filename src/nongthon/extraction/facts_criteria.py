"""Helpers of the `criteria_count` rule: the units a statement of criteria met is about."""

from __future__ import annotations

import re

from nongthon.extraction import patterns as P
from nongthon.extraction.lists import parse_list
from nongthon.extraction.records import Unit
from nongthon.extraction.resolve import Context

# The level word that opens a list of subjects ("xã A, B", "Các xã A, B và C", "xã A (huyện X) và xã B (huyện Y)")
_LIST_HEAD = re.compile(rf"(?<![^\W_])(?:(?:[Cc]ác|[Nn]hững)\s+)?(?P<lw>[Xx]ã|[Pp]hường|[Hh]uyện)\s+(?={P.UP})")
# Words between the last subject and the verb ("… đều đạt", "… đã hoàn thành")
_BEFORE_VERB = re.compile(r"(?:\s+(?:đã|đều|cũng|hiện|vẫn|mới|nay))*\s*$")
_LIST_TAIL = re.compile(r"\s*(?:\([^()]*\))?\s*")  # the last member's parent in parentheses
_LEVEL = {"xã": "xa", "phường": "xa", "huyện": "huyen"}
_REACH = 200


def subjects_listed(ctx: Context, lo: int, verb_start: int, parent: str | None) -> list[Unit]:
    """The units named as a list right before the verb of a criteria statement, when there are two or more:
    "xã A (huyện X) và xã B (huyện Y) đều đạt 16/19 tiêu chí", "xã A, B đạt 14 tiêu chí"."""
    text = ctx.text
    window_lo = max(lo, verb_start - _REACH)
    end = _BEFORE_VERB.search(text, window_lo, verb_start).start()
    for head in _LIST_HEAD.finditer(text, window_lo, end):
        level = _LEVEL[head["lw"].lower()]
        members, list_end = parse_list(text, head.end(), end, level)
        if len(members) >= 2 and _LIST_TAIL.fullmatch(text, list_end, end):
            return [Unit(name, level, parent if level == "xa" else None) for name in dict.fromkeys(n for n, _, _ in members)]
    return []
