"""The rules' fast searches (a pattern searched from the words it starts with, cues over the lower-cased
text) find exactly what the patterns they stand for find."""

import re
from pathlib import Path

import pytest

from nongthon.extraction import facts_common as C
from nongthon.extraction import facts_status as S
from nongthon.extraction import facts_support as Sup
from nongthon.extraction import patterns as P
from nongthon.extraction.resolve import Context

SEEDS = Path(__file__).resolve().parents[2] / "data" / "extraction" / "seeds"
DEVELOPMENT = sorted(path for folder in (Path(__file__).resolve().parents[2] / "data").glob("devset*/docs")
                     for path in folder.glob("*.txt"))
FAST = [C.NTM_TRIGGER_FAST, C._GOAL_YEAR, S._PLURAL_SUBJECT, S._CRITERIA, S._COUNT_OF_STANDARD, S._PROCEDURE_DUE,
        P.LEGAL_CITE]
# Upper-case cues, and the dotless i that re.I reads as "i" and lower-casing does not.
EXTRA = ("PHẤN ĐẤU đến năm 2025 có 10 xã ĐẠT CHUẨN nông thôn mới; Tỉnh Đã Được Công Nhận 3 xã.",
         "Huyện phấn đấu có thêm 5 xã đạt chuẩn NTM; xã A Được phân công giúp đỡ xã B.",
         "Tỉnh phấn đấu, tıến tới có 5 xã đạt chuẩn nông thôn mới.",
         "Năm 2020, tỉnh phấn đấu có thêm 10 xã; mục tiêu đến năm 2025 có 80% số xã đạt chuẩn. Số xã đạt chuẩn "
         "nông thôn mới là 12 xã, xã dưới 10 tiêu chí; các xã này phải thực hiện thừa nhận đạt chuẩn.")


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + list(EXTRA)


def _windows(text: str):
    for start in range(0, len(text), 61):
        yield start, min(len(text), start + 300)
    for before in re.finditer(r"\s(?=đạt)", text):  # windows that end where a statement starts, as some rules search
        yield max(0, before.end() - 300), before.end()


@pytest.mark.parametrize("fast", FAST, ids=lambda fast: fast.pattern[:30])
def test_a_pattern_searched_from_its_first_words_finds_the_same_matches(fast):
    found = 0
    for text in _texts():
        for start, end in _windows(text):
            expected = [(m.span(), m.groupdict()) for m in fast.whole.finditer(text, start, end)]
            assert [(m.span(), m.groupdict()) for m in fast.finditer(text, start, end)] == expected
            first = fast.search(text, start, end)
            assert (first and (first.span(), first.groupdict())) == (expected[0] if expected else None)
            found += len(expected)
    assert found  # the texts hold matches of every pattern checked


@pytest.mark.parametrize("fast", FAST, ids=lambda fast: fast.pattern[:30])
def test_over_every_development_text_a_fast_search_finds_what_its_pattern_finds(fast):
    """Whole texts of every development set: a rule widened to start with a new word must widen its fast
    search's first words too, or the fast search silently misses the new matches."""
    for path in DEVELOPMENT:
        text = path.read_text(encoding="utf-8")
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in fast.whole.finditer(text)], path.name


def test_any_of_tells_whether_their_alternation_occurs():
    alternation = re.compile(r"đạt|Đạt|đích|thành|là|công nhận|lên chuẩn|\d\s")
    for text in _texts():
        for start, end in _windows(text):
            assert (S._TRIGGER_WORD.search(text, start, end) is None) == (alternation.search(text, start, end) is None)


@pytest.mark.parametrize("text", _texts(), ids=lambda text: text[:20])
def test_cues_over_the_lower_cased_text_are_the_cues_of_the_text(text):
    ctx = Context(text, [], [])
    assert (ctx.lowered is None) == ("ı" in text)
    for start, end in _windows(text):
        assert [m.span() for m in C._target_cues(ctx, start, end)] == \
            [m.span() for m in C._TARGET.finditer(text, start, end)]
        if ctx.lowered is not None:
            lowered = ctx.lowered
            assert [m.span() for m in C._ACHIEVED_LOWER.finditer(lowered, start, end)] == \
                [m.span() for m in C._ACHIEVED.finditer(text, start, end)]
            assert [m.span() for m in Sup._VERB_LOWER.finditer(lowered, start, end)] == \
                [m.span() for m in Sup._VERB.finditer(text, start, end)]
        hint = C.first_count_word(ctx, start, end)
        expected = C._COUNT_WORD.search(text, start, end)
        assert hint == (expected.start() if expected else None)
