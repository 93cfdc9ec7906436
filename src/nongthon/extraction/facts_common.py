"""Helpers shared by the fact rules: years of a sentence, modality, clause bounds."""

from __future__ import annotations

import re
from bisect import bisect_right

from nongthon.extraction import patterns as P
from nongthon.extraction import words as W
from nongthon.extraction.numbers import years_in
from nongthon.extraction.records import Sentence
from nongthon.extraction.resolve import Context

# "có khoảng 7 xã đủ điều kiện nâng cấp lên chuẩn … trong năm 2026": eligible, not recognised yet
TARGET_CUES = (*W.TARGET_CUES, "đủ điều kiện")
_TARGET = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, TARGET_CUES)) + r")(?![^\W_])", re.I)
_ACHIEVED = re.compile("|".join(map(re.escape, W.ACHIEVED_CUES)), re.I)
# The same two over `Context.lowered` (the cues are lower case): the regex engine skips ahead to their first
# letters, which it cannot do under re.I, nor before a look-behind.
_TARGET_LOWER = P.AfterLookBehind(_TARGET.pattern)
_ACHIEVED_LOWER = re.compile(_ACHIEVED.pattern)
_BY_YEAR = re.compile(r"(?:đến|tới|vào) năm ((?:19|20)\d\d)")


def clause_of(ctx: Context, sentence: Sentence, pos: int) -> tuple[int, int]:
    """The semicolon clause of `sentence` that holds `pos`."""
    text = ctx.text
    start = text.rfind(";", sentence.start, pos)
    end = text.find(";", pos, sentence.end)
    return (sentence.start if start < 0 else start + 1), (sentence.end if end < 0 else end)


def year_for(ctx: Context, sentence: Sentence, start: int, end: int, single: bool = True):
    """The year (int) or period ("2019-2020", "2022-07") the sentence gives a statement at [start, end)."""
    found = ctx.memo.get(("years", sentence.start))
    if found is None:
        found = ctx.memo[("years", sentence.start)] = years_in(ctx.text, sentence.start, sentence.end)
    if single:
        found = [y for y in found if "-" not in y[2]]
    if found and ("chuẩn nghèo" in ctx.text[sentence.start:sentence.end] or "ộ tiêu chí" in ctx.text[sentence.start:sentence.end]):
        # "theo chuẩn nghèo đa chiều áp dụng cho giai đoạn 2021 - 2025", "Bộ tiêu chí … giai đoạn 2021-2025":
        # the period of a standard, not of the fact
        found = [y for y in found if not _OF_A_STANDARD.search(ctx.text, max(sentence.start, y[0] - 60), y[0])]
    if not found:
        return None
    inner = _parenthesis_around(ctx.text, sentence, start, end)
    if inner is not None:
        # "… thị xã A (7/7 xã đạt chuẩn NTM), …": a statement in parentheses takes only a year written there
        found = [y for y in found if inner[0] <= y[0] < inner[1]]
        if not found:
            return None
    # A year stated in a later clause of the sentence, or inside a parenthesis the statement is
    # not in, belongs to something else; "đến nay" in the statement's own clause means now.
    clause_lo, clause_hi = clause_of(ctx, sentence, start)
    own = [y for y in found if clause_lo <= y[0] < clause_hi and not _in_parenthesis(ctx.text, y[0], start, end)]
    if not own and _NOW.search(ctx.text, clause_lo, start):
        return None
    if not own:
        outside = [y for y in found if not _in_parenthesis(ctx.text, y[0], start, end)]
        # "đạt chuẩn nông thôn mới giai đoạn 2021-2025" names the period's set of criteria: it dates
        # no later clause ("…; có 5 xã được công nhận nâng cao")
        earlier = [y for y in outside if y[1] <= clause_lo
                   and not _STANDARD_OF_PERIOD.search(ctx.text, max(sentence.start, y[0] - 40), y[0] + 9)]
        if earlier and _NOW.search(ctx.text, earlier[-1][1], start):
            return None  # the nearest time phrase before the statement is "đến nay": now, not that year
        found = earlier[-1:] or [y for y in outside if y[0] >= clause_hi][:1]
    else:
        found = own
    if not found:
        return None
    chosen = None
    for y in found:
        # a year right after the statement dates it, unless a new clause ("…, ước năm 2017 đạt …") begins first
        if end <= y[0] <= end + 30 and not _NEW_CLAUSE.search(ctx.text, end, y[0]):
            chosen = y
            break
    if chosen is None:
        prior = [y for y in found if y[1] <= end]
        chosen = prior[-1] if prior else next((y for y in found if y[0] >= end and not _NEXT_ESTIMATE.search(
            ctx.text, end, y[0])), None)
    if chosen is None:
        return None
    if chosen[1] <= start and _NOW_SINCE.search(ctx.text, chosen[1], start):
        # "Kết quả … giai đoạn 2021-2025 trên địa bàn tỉnh tính đến nay, toàn tỉnh có 80 xã …": now, not that period
        return None
    expression = ctx.text[chosen[0]:chosen[1]]
    month = _MONTH_OF.match(expression)
    if month and not single:
        return f"{chosen[2]}-{int(month.group(1)):02d}"
    return int(chosen[2]) if "-" not in chosen[2] else chosen[2]


_MONTH_OF = re.compile(r"[Tt]háng (\d{1,2})\s*/")
# A year after a statement, past one of these, dates the next statement ("…, ước năm 2017 đạt …").
# "…, phấn đấu về đích vào năm 2024": a goal clause after a result holds its own year
_NEW_CLAUSE = re.compile(r"[;]|\.\s|,\s*(?:ước|dự kiến|đến|tới|sang|và|phấn đấu|mục tiêu|hướng tới|để|nhằm)\b")
_NEXT_ESTIMATE = re.compile(r",\s*(?:ước|dự kiến|đến|tới|sang|nâng|đưa|phấn đấu|mục tiêu|hướng tới|để|nhằm)\b"
                            r"|\svà\s+(?:xã|huyện|thị xã|thành phố|tỉnh|thị trấn)\s+[A-ZĐ]")  # "… và thị xã X … năm 2020"
_STANDARD_OF_PERIOD = re.compile(r"(?:nông thôn mới|NTM)(?:\s+(?:nâng cao|kiểu mẫu))?\s+(?=giai đoạn)")
# "chuẩn nghèo đa chiều áp dụng cho giai đoạn 2021-2025", not "chuẩn nghèo đa chiều của xã A năm 2023"
_OF_A_STANDARD = re.compile(r"(?:[Bb]ộ tiêu chí[^,;.()]{0,50}|chuẩn nghèo(?: đa chiều| mới| quốc gia| tiếp cận đa chiều)*"
                            r"(?: áp dụng)?(?: cho| trong)?(?: giai đoạn| thời kỳ| năm)?\s*)$")
# Written out word by word ("Đến nay|đến nay", not "[Đđ]ến nay"), so that the regex engine skips ahead to
# the first letters: an alternation that opens with a class is tried at every position.
_NOW_SINCE = re.compile(r"Đến nay|đến nay|Tới nay|tới nay|Hiện nay|hiện nay|Đến thời điểm này|đến thời điểm này")
_NOW = re.compile(r"Đến nay|đến nay|Tới nay|tới nay|Hiện nay|hiện nay|Hiện có|hiện có|Hiện đã|hiện đã"
                  r"|Đến thời điểm này|đến thời điểm này")


_AFTER_FIGURE = re.compile(r"[\d%]\s*\(\s*(?:năm\s+)?$")
_YEAR_ALONE = re.compile(r"\(\s*năm\s+(?:19|20)\d\d\s*\)|.\(\s*năm\s+(?:19|20)\d\d\s*\)")


def _parenthesis_around(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """The parenthesis that holds the statement at [start, end), when there is one."""
    opening = text.rfind("(", max(sentence.start, start - 80), start + 1)
    if opening < 0 or text.find(")", opening, start) >= 0:
        return None
    closing = text.find(")", end, min(sentence.end, end + 40))
    return (opening, closing) if closing >= 0 else None


def _in_parenthesis(text: str, pos: int, start: int, end: int) -> bool:
    """Whether `pos` sits inside parentheses that do not also hold the statement at [start, end)."""
    if text[pos:pos + 1] == "(":
        return False  # a year standing alone in parentheses dates its sentence
    if _YEAR_ALONE.match(text, max(0, pos - 2)) and not _AFTER_FIGURE.search(text, max(0, pos - 30), pos):
        return False  # "5 năm sau (năm 2015), …" too, but not "18,22% (năm 2011)": that dates the figure
    opening = text.rfind("(", max(0, pos - 120), pos)
    if opening < 0 or text.find(")", opening, pos) >= 0:
        return False
    closing = text.find(")", pos, pos + 120)
    return closing >= 0 and not (opening <= start and end <= closing)


# "Chương trình mục tiêu quốc gia" is the programme's name; "sự cố gắng", "những nỗ lực" are nouns.
# "đã hoàn thành mục tiêu", "vượt mục tiêu": a goal met, no goal stated (but "để hoàn thành mục tiêu" is one).
_NOT_A_GOAL_BEFORE = ("chương trình ", "sự ", "những ", "các ", "đã hoàn thành ", "cơ bản hoàn thành ", "vượt ")


# "phấn đấu đến năm 2025, …", "mục tiêu đến hết năm 2020, …": a goal with its year governs the whole sentence.
_GOAL_WITH_YEAR = re.compile(r"(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|Mục tiêu|Chỉ tiêu|Kế hoạch)(?: là| đề ra| của [^,;.]{1,40}?)?"
                             r"(?:\s+(?:đến|tới|trong|vào)(?: hết| cuối)?)?\s+năm\s+(?:19|20)\d\d\s*[,:]")
# "Trong năm 2020, tỉnh phấn đấu …", "Năm 2024, huyện đặt mục tiêu …": the same, the year first
_YEAR_THEN_GOAL = re.compile(r"(?<![^\W_])(?:[Tt]rong|[Đđ]ến|[Tt]ới)?\s*(?:hết\s+|cuối\s+)?[Nn]ăm\s+(?:19|20)\d\d\s*,\s*"
                             r"[^,;.]{0,40}?(?:phấn đấu|đặt mục tiêu|đề ra mục tiêu)(?![^\W_])")
_STATED_RESULT = re.compile(r"\bđã\s+(?:được công nhận|đạt|hoàn thành|trở thành|có)")


def _achieved_in(window: str, pos: int = 0, lowered: str | None = None) -> bool:
    """_ACHIEVED.search(window, pos), skipped when the window holds neither "đã" nor "được" in any case;
    `lowered` is the window lower-cased (from `Context.lowered`), when there is one."""
    if lowered is not None:
        return ("ã" in lowered or "ợ" in lowered) and _ACHIEVED_LOWER.search(lowered, pos) is not None
    if "ã" not in window and "Ã" not in window and "ợ" not in window and "Ợ" not in window:
        return False
    return _ACHIEVED.search(window, pos) is not None


_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(r"(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s")
# A count word: where a count before a trigger may start (without one, COUNT_BEFORE cannot match).
_COUNT_WORD = re.compile(r"\d|(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s")


def first_count_word(ctx: Context, start: int, end: int) -> int | None:
    """Where `_COUNT_WORD` (a digit, or a number word and a space) first matches in ctx.text[start:end]; the
    words are looked for in the lower-cased text, which the regex engine scans much faster than under re.I."""
    if ctx.lowered is None:
        found = _COUNT_WORD.search(ctx.text, start, end)
        return None if found is None else found.start()
    digit = _DIGIT.search(ctx.text, start, end)
    word = _NUMBER_WORD.search(ctx.lowered, start, end if digit is None else digit.start())
    return word.start() if word is not None else digit.start() if digit is not None else None


def _target_cues(ctx: Context, start: int, end: int):
    """_TARGET.finditer(ctx.text, start, end), over the lower-cased text when there is one."""
    if ctx.lowered is None:
        return _TARGET.finditer(ctx.text, start, end)
    return _TARGET_LOWER.finditer(ctx.lowered, start, end)


def _sentence_info(ctx: Context, pos: int) -> tuple[int, int, int, list[int], list[int]]:
    """(index, start, end, goal ends, goal-cue starts) of the sentence holding `pos`, computed once."""
    starts = ctx.memo.get("sentence_starts")
    if starts is None:
        starts = ctx.memo["sentence_starts"] = [s.start for s in ctx.sentences]
    index = bisect_right(starts, pos) - 1
    info = ctx.memo.get(("sentence", index))
    if info is None:
        if index < 0 or not ctx.sentences:
            start, end = 0, len(ctx.text)
        else:
            start, end = ctx.sentences[index].start, ctx.sentences[index].end
        lowered = ctx.text[start:end].lower() if ctx.lowered is None else ctx.lowered[start:end]
        # the alternations below are slow to scan: most sentences hold none of their words
        goals = sorted([g.end() for g in _GOAL_WITH_YEAR.finditer(ctx.text, start, end)] +
                       [g.end() for g in _YEAR_THEN_GOAL.finditer(ctx.text, start, end)]) \
            if any(w in lowered for w in _GOAL_WORDS) else []
        # over the lower-cased text the search is a fast scan already; else it is spared where no cue is
        cues = [c.start() for c in _target_cues(ctx, start, end)] \
            if ctx.lowered is not None or any(cue in lowered for cue in TARGET_CUES) else []
        info = ctx.memo[("sentence", index)] = (index, start, end, goals, cues)
    return info


_GOAL_WORDS = ("phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch")


def year_of_goal_only(ctx: Context, sentence: Sentence, year, pos: int) -> bool:
    """Whether the mention of `year` nearest before `pos` (else the first after it) is the year of a goal
    ("Trong năm 2020, tỉnh phấn đấu …", "năm 2020 phấn đấu có thêm …"): it dates the goal, not a result
    stated under it."""
    if not isinstance(year, int):
        return False
    text = ctx.text
    places = []  # where the year is written in the sentence (str.find: no pattern to compile, no slice)
    written = str(year)
    found = text.find(written, sentence.start, sentence.end)
    while found >= 0:
        places.append(found)
        found = text.find(written, found + len(written), sentence.end)
    before = [p for p in places if p < pos]
    place = before[-1] if before else (places[0] if places else None)
    if place is None:
        return False
    return any(g.start() <= place < g.end() for g in _GOAL_YEAR.finditer(text, max(sentence.start, place - 60),
                                                                          min(sentence.end, place + 80)))


# "… năm 2015 và đang phấn đấu …": "và" opens another statement, whose goal the year is not
_GOAL_YEAR = re.compile(r"(?<![^\W_])[Nn]ăm\s+(?:19|20)\d\d\s*,?\s*(?:(?!và\s)[^,;.]){0,40}?(?:phấn đấu|đặt mục tiêu|đề ra mục tiêu)"
                        r"|(?:phấn đấu|mục tiêu|chỉ tiêu)[^,;.]{0,20}?(?:đến|tới|trong|vào)\s+(?:hết\s+|cuối\s+)?năm\s+"
                        r"(?:19|20)\d\d")
# searched from the words a match starts with, which the regex engine skips ahead to (not so the look-behind)
_GOAL_YEAR = P.StartsAt(_GOAL_YEAR, re.compile("Năm|năm|phấn đấu|mục tiêu|chỉ tiêu"))


def modality_for(ctx: Context, lo: int, pos: int) -> str:
    """'target' when a goal cue precedes `pos` in its clause and no result is stated, else 'achieved'."""
    index, start, sentence_end, goals, found = _sentence_info(ctx, pos)
    if ctx.text[max(start, pos - 3):pos] == "đã ":
        return "achieved"  # "… tiếp tục chỉ đạo 02 xã đã đạt chuẩn …" under a goal: a result
    goal_end = next((g for g in reversed(goals) if g <= pos), None)
    # "…; tiếp tục chỉ đạo 02 xã đã đạt chuẩn …": a result stated under the goal, its "đã" right before `pos`
    if goal_end is not None and not _STATED_RESULT.search(ctx.text, goal_end, min(sentence_end, pos + 12)):
        return "target"
    base = max(lo, pos - 160)
    window = ctx.text[base:pos]
    lowered = None if ctx.lowered is None else ctx.lowered[base:pos]
    # "Chương trình mục tiêu quốc gia" is the programme's name, not a goal.
    cues = [c for c in (_TARGET.finditer(window) if lowered is None else _TARGET_LOWER.finditer(lowered))
            if not ctx.text[max(0, base + c.start() - 20):base + c.start()].lower().endswith(_NOT_A_GOAL_BEFORE)] \
        if any(base <= c < pos for c in found) else []
    if not cues:
        by_year = _BY_YEAR.search(ctx.text, pos, min(sentence_end, pos + 60))  # "…: … đến năm 2025" of its own sentence
        if by_year and ctx.doc_date and int(by_year.group(1)) > ctx.doc_date.year:
            return "target"
        clause_start = max(start, ctx.text.rfind(",", start, pos) + 1, ctx.text.rfind(";", start, pos) + 1)
        by_year = _BY_YEAR.search(ctx.text, max(clause_start, pos - 60), pos)
        if by_year and ctx.doc_date and int(by_year.group(1)) > ctx.doc_date.year:
            return "target"  # "…, đến năm 2020 huyện đạt chuẩn nông thôn mới" written in 2018
        if _achieved_in(window, 0, lowered):
            return "achieved"
        if base > start:
            # "Tỉnh phấn đấu có thêm 22 xã …, nâng tổng số …; có thêm 4 xã …": the goal of the first
            # clause governs the later ones
            first_end = ctx.text.find(";", start, base)
            if first_end >= 0 and _goal_in(ctx, start, first_end):
                return "target"
        inner = _INNER_CONTINUATION.search(ctx.text, max(start, pos - 80), pos)
        if inner and _goal_in(ctx, start, inner.start()):
            # "phấn đấu có thêm 5 huyện …, trong đó có 1 huyện đạt chuẩn … kiểu mẫu": part of the goal
            return "target"
        if _CONTINUATION.match(ctx.text, start, pos) or _BARE_COUNT_START.match(ctx.text, start, pos):
            # "Trong đó, có 64 xã …" after a sentence that states a goal; "Có 7 huyện … đạt chuẩn …, trong đó có
            # ít nhất 1 huyện …" after one too; "Mục tiêu đến năm 2025, …. 50 xã trở lên đạt chuẩn …. 180/448 thôn
            # đạt chuẩn …": the goals listed one sentence each after it
            if index > 0 and (_goal_in(ctx, ctx.sentences[index - 1].start, ctx.sentences[index - 1].end) or
                              ctx.memo.get("goal_item_sentence") == index - 1):
                ctx.memo["goal_item_sentence"] = index
                return "target"
        return "achieved"
    if _AHEAD_OF_GOAL.match(ctx.text, pos, min(sentence_end, pos + 90)):
        return "achieved"  # "… đưa huyện về đích NTM trước 2 năm so với mục tiêu": the goal is beaten, so reached
    last = cues[-1]
    if last.group().lower() == "trở thành" and len(cues) == 1 and _ORDINAL_WORD.search(window, last.end()):
        return "achieved"  # "huyện A trở thành huyện đầu tiên của tỉnh có 9 xã …": what it became, with no goal word
    if last.group().lower() == "trở thành" and (window[:last.start()].rstrip().endswith(("đã", "sau khi")) or
                                                  len(cues) == 1 and _DONE_BEFORE_BECOMING.search(window, 0, last.start())):
        # "huyện A cũng đã cán đích với việc …, trở thành huyện thứ 2 …": what it became by doing so
        return "achieved"
    if _achieved_in(window, last.end(), lowered) and _result_after(window, last.end(), len(window), lowered):
        return "achieved"
    return "target"


def _result_after(text: str, start: int, end: int, lowered: str | None = None) -> bool:
    """Whether text[start:end], after a goal's word, states a result: "đã đạt", "đã có"; "được công nhận" only
    when "đến nay" says it is now ("sẽ được công nhận", "phấn đấu có thêm 31 xã được công nhận" are to come)."""
    results = _ACHIEVED.finditer(text, start, end) if lowered is None else _ACHIEVED_LOWER.finditer(lowered, start, end)
    for result in results:
        if not result.group().lower().startswith("được") or _NOW.search(text, start, result.start()):
            return True
    return False


_AHEAD_OF_GOAL = re.compile(r"[^,;.]{0,60}?\s(?:trước\s+(?:\d+|một|hai|ba)\s+năm\s+so với|vượt\s+(?:kế hoạch|chỉ tiêu|mục tiêu)"
                            r"|sớm hơn\s+(?:\d+|một|hai|ba)\s+năm)")
_ORDINAL_WORD = re.compile(r"(?<![^\W_])(?:đầu tiên|thứ\s+\d+)(?![^\W_])")
_DONE_BEFORE_BECOMING = re.compile(r"(?<![^\W_])(?:đã|tiếp tục|được) (?:cán đích|về đích|đạt chuẩn|hoàn thành|công nhận)"
                                   r"[^;]*(?:,|\svà)\s*$")  # "… được công nhận đạt chuẩn …, trở thành xã thứ 5 …"
_INNER_CONTINUATION = re.compile(r"[,;]\s*(?:trong đó|trong số đó)(?![^\W_])")
_BARE_COUNT_START = re.compile(r"\s*(?:Có\s+)?\d+(?:/\d+)?\s+(?:xã|huyện|thôn|bản|xóm|đơn vị)[^.;]*$")
_CONTINUATION = re.compile(r"\s*(?:Trong đó|Trong số đó|Trong số này|Bên cạnh đó|Đồng thời|Cùng với đó)\b")


def _goal_in(ctx: Context, start: int, end: int) -> bool:
    """Whether text[start:end] states a goal (a target cue, and no result after it)."""
    key = ("goal", start, end)
    if key not in ctx.memo:
        if ctx.lowered is None and not any(cue in ctx.text[start:end].lower() for cue in TARGET_CUES):
            cues = []  # spared the slow search (over the lower-cased text, the search is a fast scan already)
        else:
            cues = [c for c in _target_cues(ctx, start, end)
                    if not ctx.text[max(0, c.start() - 20):c.start()].lower().endswith(_NOT_A_GOAL_BEFORE)]
        ctx.memo[key] = bool(cues) and not _result_after(ctx.text, cues[-1].end(), end, ctx.lowered)
    return ctx.memo[key]


# "3 đô thị hoàn thành nhiệm vụ xây dựng NTM": the towns and cities of a province, district-level units
_CHILD_LEVEL = {**W.CHILD_LEVEL, "đô thị": "huyen"}


def child_level(noun: str) -> str:
    return _CHILD_LEVEL.get(noun.lower(), "xa")


NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                "mười": 10}
# "\d{1,3}(?:\.\d{3})+|\d+" with the digit first, which the regex engine skips ahead to: the same matches
_COUNT = r"\d(?:\d{0,2}(?:\.\d{3})+|\d*)|[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười"
NOUNS = (r"xã, phường, thị trấn|huyện, thị xã, thành phố|huyện, thành phố|đơn vị cấp huyện|đơn vị cấp xã|"
         r"thôn, bản|thôn/bản|thôn, tổ dân phố|xã|phường|thị trấn|huyện|thị xã|thành phố|"
         r"thôn|bản|ấp|xóm|làng|buôn|khu dân cư|khu phố|tổ dân phố|tỉnh, thành phố|tỉnh|đô thị")


def is_year(word: str) -> bool:
    """A four-digit number written without a thousands dot that reads as a year ("năm 2021 xã ...")."""
    return len(word) == 4 and word.isdigit() and 1945 <= int(word) <= 2100


def count_value(word: str) -> int:
    """A count of units, 0 when the word is no count (a year is never one)."""
    if is_year(word):
        return 0
    if word[:1].isdigit():
        return int(word.replace(".", "")) if word.replace(".", "").isdigit() else 0
    return NUMBER_WORDS.get(word.lower(), 0)


# The programme's name; "nông thôn kiểu mẫu" drops "mới" before the model grade.
# "Nông thông mới" is a common misspelling, "Nông Thôn Mới" a common capitalisation.
_NTM_NAME = r"(?:[Nn]ông [Tt]hôn(?:g)? [Mm]ới|NTM|[Nn]ông thôn(?= kiểu mẫu))(?:\s*\(NTM\))?"
_NTM = _NTM_NAME.replace("?P<", "?:")
# Level words a unit reaching the standard is named by ("đạt chuẩn “Xã nông thôn mới nâng cao”").
_LW = r"[Xx]ã|[Hh]uyện|thị xã|[Tt]hôn|bản|tỉnh|xóm|ấp|khu dân cư|thôn, xóm|thôn, bản|thôn, ấp"
NTM_TRIGGER = re.compile(
    r"(?P<neg>chưa |không |cơ bản |gần |Chưa |Không |Cơ bản |Gần )?"
    # "đạt chuẩn xây dựng nông thôn mới": the standard of the programme, named by its activity
    # "chạm đích" is "về đích"; a headline's predicate after its place opens with a capital ("A: Về đích …")
    r"(?:(?:(?:[Đđ]ạt chuẩn|[Vv]ề đích|[Cc]án đích|[Cc]hạm đích)(?: xây dựng)?|đạt|[Ll]ên chuẩn)\s+[“\"]?(?:(?P<lw1>" + _LW + r")\s+)?" + _NTM_NAME + P.STATUS_WORDS +
    r"|(?P<verb>trở thành|hoàn thành(?: xây dựng| nhiệm vụ xây dựng)?|xây dựng thành công|là|công nhận(?: là)?|đạt)\s+"
    r"[“\"]?(?P<lw2>" + _LW + r"|thành phố)\s+" + _NTM +
    r"(?:\s+(?P<grade2>n[âă]ng cao|kiểu mẫu))?"
    r"|(?<=\d\s)(?P<lw3>thôn, bản|thôn, xóm|thôn, ấp|xã|huyện|thôn|bản|xóm|ấp)\s+" + _NTM + r"(?:\s+(?P<grade3>n[âă]ng cao|kiểu mẫu))?"
    r"|hoàn thành (?:các |đủ |toàn bộ )?tiêu chí (?:xã |huyện )?" + _NTM +
    r"\s+(?P<grade4>n[âă]ng cao|kiểu mẫu)"
    # "Hòa Nhơn đã được công nhận nông thôn mới nâng cao": recognised, the standard named by the programme alone
    r"|(?<=được )công nhận\s+[“\"]?" + _NTM + r"(?:\s+(?P<grade5>n[âă]ng cao|kiểu mẫu))?"
    r"|hoàn thành nhiệm vụ\s*/\s*đạt chuẩn " + _NTM +
    r"|(?:đạt chuẩn\s*/\s*)?[Hh]oàn thành (?:nhiệm vụ |[Cc]hương trình (?:[Mm]ục tiêu quốc gia |MTQG )?(?:về )?)?(?:xây dựng )?"
    + _NTM + r"(?!\s*(?:nâng cao|kiểu mẫu))"
    r")"
)
# NTM_TRIGGER opens with an optional negation and look-behinds, so the regex engine tries it at every position;
# every match starts with one of these words, which the engine skips ahead to (3× faster over the windows searched).
NTM_TRIGGER_FAST = P.StartsAt(NTM_TRIGGER, re.compile(
    r"chưa |không |cơ bản |gần |Chưa |Không |Cơ bản |Gần |đạt|Đạt|về |Về |cán |Cán |chạm |Chạm |lên |Lên "
    r"|trở |hoàn |Hoàn |xây |là|công |xã|huyện|thôn|bản|xóm|ấp"))
COUNT_BEFORE = re.compile(
    # "50 xã/97 xã": the noun written twice
    # "45 trên tổng số 120 xã", "45 xã trên tổng số 120 xã" too
    rf"(?P<count>{_COUNT})(?:(?:\s*/\s*|\s+(?:trên(?: tổng số)?|trong tổng số)\s+|\s+(?:xã|huyện|thôn)\s*/\s*(?=\d)"
    r"|\s+(?:xã|huyện|thôn)\s+(?:trên|trong)\s+tổng số\s+(?=\d))"
    rf"(?P<total>\d{{1,3}}(?:\.\d{{3}})+|\d+))?"
    # "103/184 số xã": a share written with "số" ("một số xã" is "some communes")
    rf"(?:\s+trong\s+(?:số\s+)?(?P<of>\d+))?\s+(?(total)(?:số\s+)?)(?P<noun>(?i:{NOUNS}))"
    # a parenthesis may hold figures ("5.775/8.227 xã (chiếm 70,2%) đạt chuẩn")
    # … or the criteria met on the way ("2 xã đã hoàn thành 19/19 tiêu chí và chính thức đạt chuẩn")
    # … or the communes they lie in ("100/189 thôn của 18 xã biên giới đạt chuẩn")
    r"(?![^\W_])(?P<between>(?:[^;\d(]|\([^();]{0,60}\)|chiếm (?:khoảng )?[\d.,]+\s?%|thuộc \d+|của \d+"
    r"|\d+\s*/\s*\d+ tiêu chí){0,90}?)$"
)
CHAIN_ITEM = re.compile(rf"(?P<count>{_COUNT})(?:\s*/\s*(?P<total>\d+))?\s+(?P<noun>{NOUNS})\s*(?:,|\svà)\s*$")
ORDINAL = re.compile(
    r"(?:thứ\s+(?P<count>\d+)(?:\s*/\s*(?P<total>\d+))?|(?P<first>đầu tiên))\s+(?:của|trong|tại|trên địa bàn)\s+"
    r"(?:toàn\s+)?(?:(?P<parent>tỉnh|huyện|thành phố|cả nước)(?:\s+(?P<name>" + P.NAME + r"))?"
    # "xã đầu tiên của Quảng Ninh đạt chuẩn": a province or district named without its level word
    r"|(?P<bare>" + P.UP + r"[^\W\d_]*(?: " + P.UP + r"[^\W\d_]*){0,3}))"
)
RAISED_TOTAL = re.compile(
    # "… nâng tổng số xã đạt chuẩn toàn tỉnh đạt 158 xã": "đạt" too, when the count and its noun follow
    rf"(?:[Nn]âng|[Đđ]ưa)\s+(?:tổng\s+)?số(?:\s+(?P<noun>{NOUNS})(?![^\W_]))?(?P<state>[^;.]{{0,70}}?)"
    rf"\s(?:lên|là|có|đạt(?=\s+\d+\s*(?:{NOUNS})(?![^\W_])))\s+"
    rf"(?P<count>\d+)(?:\s*/\s*(?P<total>\d+))?(?:\s*(?P<noun2>{NOUNS})(?![^\W_]))?"
)
REFERRING_OPENER = re.compile(r"\s*(?:Theo đó|Đó là|Cụ thể|Gồm|Bao gồm|Các xã (?:đó|này) là"
                              r"|Các (?:xã|địa phương|đơn vị) (?:này|trên|đó) (?:bao gồm|gồm|là))\b")


_CLOSING = set(".!?…:;\"”)")


def previous_statement(ctx, sentence):
    """The sentence a referring one ("Theo đó, …") refers to: the last one before it that is not a
    caption or a repeated headline (short lines without a verb of their own)."""
    index = sentence.index - 1
    while index >= 0 and sentence.index - index <= 4:
        prior = ctx.sentences[index]
        if prior.end - prior.start >= 90 and ctx.text[prior.start:prior.end].rstrip()[-1:] in _CLOSING:
            return prior
        index -= 1
    return None
