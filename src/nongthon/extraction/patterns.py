"""Regular expressions of the reader and the fact rules, as data."""

from __future__ import annotations

import re


class StartsAt:
    """`pattern`'s `finditer`/`search`, sped up for a pattern the regex engine cannot skip through (one that opens
    with a look-behind, an optional group or a class inside an alternation is tried at every position): `head`,
    which matches wherever a match of `pattern` can start and opens with literal letters the engine skips ahead
    to, finds the places to try, and `pattern` is matched only there. Same matches as `pattern`'s own."""

    def __init__(self, pattern: re.Pattern, head: re.Pattern):
        self.whole, self.head = pattern, head
        self.pattern = pattern.pattern

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        end = len(text) if end is None else end
        pos = start
        while (candidate := self.head.search(text, pos, end)) is not None:
            found = self.whole.match(text, candidate.start(), end)
            if found is None:
                pos = candidate.start() + 1
            else:
                yield found
                pos = max(found.end(), found.start() + 1)

    def search(self, text: str, start: int = 0, end: int | None = None):
        end = len(text) if end is None else end
        while (candidate := self.head.search(text, start, end)) is not None:
            found = self.whole.match(text, candidate.start(), end)
            if found is not None:
                return found
            start = candidate.start() + 1
        return None


class AnyOf:
    """A test of whether any of several patterns occurs: `search` returns a match of the first pattern that
    occurs, not the leftmost match of all. One by one, each pattern can open with a literal or a class that the
    regex engine skips ahead to, which their alternation cannot (`đạt|là|\\d\\s` is tried at every position)."""

    def __init__(self, *patterns: re.Pattern):
        self.patterns = patterns

    def search(self, text: str, start: int = 0, end: int | None = None):
        end = len(text) if end is None else end
        for pattern in self.patterns:
            found = pattern.search(text, start, end)
            if found is not None:
                return found
        return None


class AfterLookBehind(StartsAt):
    """A pattern that opens with a look-behind, searched fast: its `head` is the same pattern without its
    leading look-behind, which matches wherever the whole one does."""

    def __init__(self, pattern: str, flags: int = 0):
        lookbehind = re.match(r"\(\?<!(?:\[[^\]]*\]|[^()])+\)", pattern)
        if lookbehind is None:
            raise ValueError(f"pattern does not open with a negative look-behind: {pattern[:40]!r}")
        super().__init__(re.compile(pattern, flags), re.compile(pattern[lookbehind.end():], flags))


_UPPER = "".join(
    c for c in map(chr, list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)))
    if c.isupper()
)
UP = f"[{_UPPER}]"
_W = r"[^\W_]"

# A proper name: capitalised syllables; a village may start with a number ("thôn 1A Nà Loạn").
_TOKEN = rf"{UP}{_W}*(?:['’]{_W}+)?"
NAME = rf"(?:{_TOKEN}|\d+[A-Za-z]?(?=\s{UP}))(?:[ ](?:{_TOKEN}|\d+[A-Z]?\b))*(?:\s-\s{_TOKEN}(?:[ ]{_TOKEN})*)?"

LEVEL_WORDS = (
    r"[Tt]hị trấn|[Tt]hị xã|[Tt]hành phố|[Tt]ổ dân phố|[Kk]hu phố|[Đđ]ặc khu|TP\.|TP|TX\.|TX|Tp\.|"
    r"[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hôn|[Bb]ản|[Ấấ]p|[Xx]óm|[Ll]àng|[Bb]uôn"
)
# No look-behind at the start, so that the regex engine can skip ahead on the first letter;
# the word boundary before a match is checked in code.
NAMED_UNIT = re.compile(rf"(?P<lw>{LEVEL_WORDS})\s?(?P<name>{NAME})")
BARE_UNIT = re.compile(r"(?P<lw>[Tt]ỉnh|[Hh]uyện|[Xx]ã|[Tt]hị xã|[Tt]hành phố|[Cc]ả nước)(?![^\W_])")
# "Nhất Tiến là xã ...", "Văn Quan là một trong những huyện ..."
NAME_IS_UNIT = re.compile(
    rf"(?m)(?:^|(?<=\. ))[^\S\n]*(?P<name>{UP}{_W}*(?: {UP}{_W}*){{0,3}}) là (?:một |1 )?(?:trong (?:những|các|số) )?"
    r"(?P<lw>xã|huyện|thị xã|thị trấn|phường|tỉnh|thôn|bản)\b"
)

# Document numbers: "14-CT/HU", "28/2022/NĐ-CP", "855/NQ-UBTVQH14", "06-ĐA/TU", "1600/QĐ-TTg".
# "QÐ" is written by some editors with "Ð" (U+00D0) for "Đ"
_SYM = r"[A-ZĐÐ][A-ZĐÐƯa-z0-9]*"
# "46 /QĐ-UBND", "46/ QĐ-UBND" are written with stray spaces around the first slash.
# "1385/QĐ -TTg": a stray space before a dash, none after it; "26-NQ/TƯ", "12/QĐ–UBND" (an en dash)
# "2436/QĐ.UBND", "1234 /QĐ - UBND": a dot for the dash, spaces around it before an issuer's code
_ISSUER_CODE = r"(?:UBND|TTg|CP|HĐND|TU|HU|TW|BNNPTNT|BCĐ)(?![\w])"
SYMBOL = (rf"\d+[a-z]?(?:/\d{{4}})?(?: ?/ ?|[-–]){_SYM}"
          rf"(?:(?:[-–/]|\.(?=[A-ZĐ])| [-–](?! )| ?[-–] ?(?={_ISSUER_CODE})){_SYM})*")
DOC_KINDS = (
    r"Chỉ thị|Nghị định|Nghị quyết|Quyết định|Đề án|Thông tư liên tịch|Thông tư|Kế hoạch|Kết luận|"
    r"Công văn|Thông báo|Hướng dẫn|Quy định|Chương trình|Văn bản|Luật|Pháp lệnh|Chỉ thị số|Tờ trình"
)
LEGAL_CITE = AfterLookBehind(
    rf"(?<![^\W_])(?P<kind>{DOC_KINDS}|{DOC_KINDS.lower()}|{DOC_KINDS.title()})(?:\s+(?:số|Số))?\s*:?\s*"
    rf"(?P<nums>(?:\d+[a-z]?\s*(?:,|và)\s*)*)(?P<num>{SYMBOL}|\d+[a-z]?(?![\d/.,]\d))"
)
# "các Quyết định từ số 395 - 399", "từ số 2931 đến 2936": one document per number.
LEGAL_RANGE = AfterLookBehind(
    rf"(?<![^\W_])(?P<kind>{DOC_KINDS}|{DOC_KINDS.lower()}|{DOC_KINDS.title()})\s+(?:từ\s+)?(?:số\s+)?(?:từ\s+)?(?:số\s+)?"
    r"(?P<lo>\d{1,5})\s*(?:-|–|đến|tới)\s*(?:số\s+)?(?P<hi>\d{1,5})(?![\d/.,])")
# What every symbol holds, as a pattern that starts with a digit so that the engine scans fast:
# a sentence without it cannot hold a BARE_SYMBOL.
SYMBOL_HINT = re.compile(r"\d(?: ?/ ?|[-–])[A-ZĐÐ]|\d/\d{4}/")
# "…; s320/QĐ-TTg ngày …": "số" cut to its first letter and run into the number
BARE_SYMBOL = re.compile(rf"(?:(?<![\w/.-])|(?<=\s[Ss])|(?<=\s[Ss]ố))(?:[Ss]ố\s+)?(?P<num>{SYMBOL})(?![\w/])")
LAW_BY_NAME = AfterLookBehind(rf"(?<![^\W_])Luật (?P<name>(?:{UP}{_W}*|[a-zđ]{_W}*)(?: (?!năm\b)[^\W\d_]+){{0,5}}?)"
                         r"(?: năm| số \S+)? (?P<year>(?:19|20)\d\d)\b")
ISSUER_AFTER = re.compile(rf"\s*\)?\s*,?\s*(?:ngày [\d/]+\s*)?của (?P<issuer>{UP}[^,;.()“\"]*?)(?=\s+(?:ngày|về|v/v|quy định|ban hành|hướng dẫn|phê duyệt|và|nhằm|thực hiện|đối với|tại)\b|[,;.()“\"]|$)")
# "… ngày 5/1/2023", "(ký ngày …)", "được ký ngày …", "do UBND tỉnh ban hành ngày …"
LEGAL_DATE_AFTER = re.compile(r"\s*[,(]?\s*(?:(?:do\s+[^,;.()\d]{1,60}?\s+)?(?:được\s+)?(?:ban hành|ký)\s+)?ngày\s+(?P<date>\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\d{1,2} tháng \d{1,2} năm \d{4})")
SYMBOL_KIND = {
    "CT": "chi_thi", "NĐ": "nghi_dinh", "NQ": "nghi_quyet", "QĐ": "quyet_dinh", "ĐA": "de_an",
    "TT": "thong_tu", "TTLT": "thong_tu", "KH": "ke_hoach", "KL": "ket_luan", "L": "luat",
    "QH": "luat", "CTr": "other", "TTr": "other", "HD": "other", "TB": "other", "QĐi": "other",
}
KIND_OF_WORD = {
    "chỉ thị": "chi_thi", "nghị định": "nghi_dinh", "nghị quyết": "nghi_quyet", "quyết định": "quyet_dinh",
    "đề án": "de_an", "thông tư": "thong_tu", "thông tư liên tịch": "thong_tu", "kế hoạch": "ke_hoach",
    "kết luận": "ket_luan", "luật": "luat",
}

# Dates and years.
DATE_FULL = re.compile(r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})")
DATE_WORDS = re.compile(r"(?P<d>\d{1,2}) tháng (?P<m>\d{1,2}) năm (?P<y>\d{4})")
DATE_DAY_MONTH = re.compile(r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?![\d/])")
DATE_MONTH = re.compile(r"tháng\s+(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})")
# also with the time first, in parentheses: "(08:43 | 26/04/2019)"
DATELINE = re.compile(r"(?m)^[^\S\n]*(?:[^\d\n]{0,20}?,\s*)?(?:\(\s*\d{1,2}:\d{2}(?::\d{2})?\s*[-|,]?\s*)?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\(?(?:GMT|SA|CH|AM|PM)[^\s)]*\)?)?\)?[^\S\n]*$")
# The place and date line of an administrative document's header ("Tuyên Quang, ngày 11 tháng 3 năm 2019").
HEADER_DATE = re.compile(r"(?m)(?:^|\|)[^\S\n]*[^\d\n,|]{2,40},\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})")
# Here and below, each alternative opens with a literal letter ("Năm|năm", not "[Nn]ăm"), so that the
# regex engine skips ahead to those letters instead of trying every position.
YEAR_EXPR = AfterLookBehind(
    r"(?<![\d/.-])(?:(?:Năm|năm|Giai đoạn|giai đoạn|Tháng \d{1,2}\s*[/.-]\s*|tháng \d{1,2}\s*[/.-]\s*"
    # "Tính đến cuối 2020": the year of "cuối"/"đầu" written without "năm"
    r"|Quý (?:I{1,3}|IV|[1-4])\s*[/-]\s*|quý (?:I{1,3}|IV|[1-4])\s*[/-]\s*|cuối |Cuối |đầu |Đầu )\s*)(?P<y1>(?:19|20)\d\d)(?:\s*[-–]\s*(?P<y2>(?:19|20)\d\d))?(?![\d/])"
)
# "trong 2 năm 2014 và 2015", "hai năm 2024 - 2025": the two years as one period
YEAR_PAIR = re.compile(r"(?:2|hai)\s+năm\s+(?P<y1>(?:19|20)\d\d)\s+(?:và|-|–)\s+(?:năm\s+)?(?P<y2>(?:19|20)\d\d)(?!\d)")
YEAR_SPAN = re.compile(r"[Tt]ừ năm\s+(?P<y1>(?:19|20)\d\d)\s+(?:đến|tới)\s+(?:năm\s+)?(?P<y2>(?:19|20)\d\d)(?!\d)")
YEAR_OF_DATE = re.compile(r"(?:Đến|đến|Tới|tới|Tính đến|tính đến|Tính tới|tính tới)\s+(?:(?:hết|thời điểm|ngày)\s+)*"
                          r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?P<y1>(?:19|20)\d\d)(?!\d)")
# "chỉ 10 năm sau (2020) huyện đã được công nhận": a year standing alone in parentheses.
YEAR_IN_PARENTHESES = re.compile(r"\((?P<y1>(?:19|20)\d\d)\)")
# "công nhận xã A đạt chuẩn xã nông thôn mới nâng cao 2020": the year written right after the standard's name
YEAR_AFTER_STANDARD = re.compile(r"(?:nông thôn mới|NTM|nâng cao|kiểu mẫu)\s+(?P<y1>(?:19|20)\d\d)(?![\d/%]|[.,]\d)(?!\s*(?:xã|huyện|tiêu chí|hộ|người|sản phẩm|thôn))")
COMPARISON_BEFORE = re.compile(r"(so với(?: cùng kỳ)?|so cùng kỳ|cùng kỳ|so|hơn|kể từ|từ|nhiệm kỳ|khóa|khoá)\s*"
                               r"(?:cuối|đầu|hết)?\s*(năm|giai đoạn)?\s*$")

# Numbers and amounts.
NUM = r"\d+(?:[.,]\d+)*"
PERCENT = re.compile(rf"(?P<num>{NUM})\s*%")
# "45,5 triệu/người/năm": a scale word right before a per-person unit is money without "đồng".
# "triêụ" (its tone mark misplaced) and "tiệu" (a letter dropped) are "triệu" as some editors type it.
MONEY = re.compile(rf"(?P<num>{NUM})\s*(?P<scale>nghìn tỷ|ngàn tỷ|tỷ|tỉ|triệu|triêụ|tiệu|nghìn|ngàn)?\s*"
                   r"(?:đồng|VNĐ|VND|đ\b|(?<=[ỷỉunụ])(?=\s*/\s*(?:người|năm|hộ|khẩu)))")
MONEY_SCALE = {"nghìn tỷ": 1e12, "ngàn tỷ": 1e12, "tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6, "triêụ": 1e6, "tiệu": 1e6,
               "nghìn": 1e3, "ngàn": 1e3}
AREA = re.compile(rf"(?P<num>{NUM})\s*(?P<scale>nghìn|ngàn)?\s*(?:ha|héc-ta|hécta|hec-ta)(?![\w])")

# Sentences.
ABBREVIATIONS = ("TP.", "TX.", "Tp.", "TS.", "ThS.", "PGS.", "GS.", "BS.", "Q.", "P.", "St.", "v.v.")
# An ellipsis may run straight into the next sentence ("…nước sạch...Với kết quả đạt được").
# Every branch starts with the punctuation class, so the engine can skip to those characters.
_NEXT = r"(?=\s+[\"“(]?[\d" + _UPPER + r"])"
SENTENCE_END = re.compile(r"[.!?…](?:[.!?…]*[”\"’)]*" + _NEXT + r"|/\." + _NEXT + r"|(?<=…)(?=[" + _UPPER + r"])"
                          r"|(?<=\.)\.\.(?=[" + _UPPER + r"]))")

# Phrases of NTM standing.
NTM = r"(?:[Nn]ông thôn mới|NTM)(?:\s*\(NTM\))?"
STATUS_WORDS = r"(?:\s+(?P<grade>n[âă]ng cao|kiểu mẫu))?"
