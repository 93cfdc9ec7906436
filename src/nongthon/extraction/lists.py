"""Lists of units that spell out a count: "(xã Hà Linh và xã Điền Mỹ, huyện Hương Khê)",
"gồm: Định Hòa (huyện Lai Vung); Phú Ninh (huyện Tam Nông)", "là huyện Châu Thành, Tân Trụ".
"""

from __future__ import annotations

import re

from nongthon.extraction import patterns as P

# Level words a member may carry, by the level of the list's members.
MEMBER_WORDS = {
    "xa": r"(?:các xã|xã|phường|thị trấn)",
    "huyen": r"(?:các huyện|huyện|thị xã|thành phố|TP\.?|TX\.?|quận)",
    "thon": r"(?:thôn|bản|ấp|xóm|làng|buôn|khu phố|tổ dân phố)",
    "tinh": r"(?:tỉnh|thành phố)",
}
# Level words that mark a member's parent, not a member.
PARENT_WORDS = {
    "xa": r"(?:huyện|thị xã|thành phố|TP\.?|TX\.?|quận|tỉnh)",
    "huyen": r"(?:tỉnh)",
    "thon": r"(?:xã|phường|thị trấn|huyện)",
    "tinh": r"(?:vùng)",
}
OPENER = re.compile(r"\s*(?::\s*)?\((?=[^()]*[A-ZĐÀ-Ỹ])|[^.;()]{0,40}?(?:\bgồm\b|\bbao gồm\b|\bđó là\b|\blà\b|\bcụ thể\b"
                    r"|\bđối với\s+(?:\d+|các)\s+(?:xã|huyện|thôn)\b)\s*:?\s*"
                    # "gồm các xã: A, B": the members' level word before a colon
                    r"(?:(?:các|những)\s+(?:xã|huyện|thôn|bản)\s*:\s*)?|\s*:\s*")
_TAIL_LINK = re.compile(r"^(?:[-–,]|ở|thuộc)\s*")
_NAME_AT = re.compile(rf"(?P<name>{P.NAME})")
_GROUP = re.compile(rf"\d+\s+xã\s+thuộc\s+(?:huyện|thị xã|thành phố|TP\.?)\s+{P.NAME}\s*\((?P<inner>[^()]+)\)")
_GROUP_TAIL = re.compile(rf"thuộc (?:huyện|thị xã|thành phố|TP\.?) {P.NAME} là xã (?P<name>{P.NAME})")
_COUNTED_ITEM = re.compile(r"\(\s*\d+\s+(?:xã|thôn|huyện|bản|ấp)")
_PARENS = re.compile(r"\([^()]*\)")
# Bodies that open a clause: acronyms ("UBND", "HĐND", "BCĐ") and these words (many heads of
# organisations, "Trường", "Đoàn", are also the first syllable of place names)
_DOCUMENTS = ("Quyết định", "Nghị quyết", "Kế hoạch", "Chỉ thị", "Thông báo", "Công văn", "Tờ trình")
_BODIES = ("Ủy ban", "Uỷ ban", "Chủ tịch", "Sở ", "Bộ ", "Ban ")
_ANOTHER_COUNT = re.compile(r"(?<![\w/.,])\d+(?:\s*/\s*\d+)?\s+(?:xã|huyện|thôn|bản|thị xã|đơn vị)(?![^\W_])"
                            r"\s+(?:đã\s+)?(?:đạt|được công nhận|hoàn thành)")
_OWN_YEAR = re.compile(r"^năm (?:19|20)\d\d$")
_INNER_OPENER = re.compile(r"\s*(?:gồm|bao gồm|là)\s*:?\s*(?=[A-ZĐÀ-Ỹ])")
_PARENT_INSIDE = re.compile(r" (?:TP|TX|Tp|Q)\.?(?= )")
_SPLIT = re.compile(r"\s*(?:[,;]|\s(?:và|cùng)\s)\s*")


def _matching_paren(text: str, start: int, end: int) -> int:
    depth = 0
    for i in range(start, end):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def parse_list(text: str, start: int, end: int, level: str) -> tuple[list[tuple[str, int, int]], int]:
    """Members (name, start, end) of a list starting at `start`, and where the list ends."""
    member = re.compile(rf"^(?:{MEMBER_WORDS.get(level, 'xã')}\s*)?", re.I)
    parent = re.compile(rf"^(?:{PARENT_WORDS.get(level, 'huyện')})(?![^\W_])", re.I)
    body_start, body_end = start, end
    if text.startswith("(", start):
        close = _matching_paren(text, start, end)
        if close < 0:
            return [], start
        body_start, body_end = start + 1, close
        opened = _INNER_OPENER.match(text, body_start, body_end)  # "(gồm A, B và C)"
        if opened:
            body_start = opened.end()
    groups = list(_GROUP.finditer(text, body_start, body_end)) if "thuộc" in text[body_start:body_end] else []
    if groups:
        return _grouped_members(text, groups, body_end), body_end
    if _COUNTED_ITEM.search(text, body_start, body_end):
        return [], start
    masked = _PARENS.sub(lambda m: " " * len(m.group()), text[body_start:body_end])
    members: list[tuple[str, int, int]] = []
    pos = 0
    list_end = body_start
    for piece in _SPLIT.split(masked):
        offset = masked.find(piece, pos)
        pos = offset + len(piece)
        item = piece.strip()
        if not item:
            continue
        lead = len(piece) - len(piece.lstrip())
        if parent.match(item):
            list_end = body_start + offset + len(piece.rstrip())
            continue
        stripped = member.match(item)
        rest = item[stripped.end():]
        m = _NAME_AT.match(rest)
        if not m or not rest[:1].isupper():
            break
        if rest.startswith(_DOCUMENTS):
            break  # "công nhận xã A, huyện B và Quyết định số 12/QĐ-UBND …": a document opens a new clause
        name = m.group("name").strip()
        if not stripped.end() and (name.startswith(_BODIES) or name.split()[0].isupper() and len(name.split()[0]) > 2):
            # a level word before the name makes it a unit ("xã Ban Mê"), never a body
            break  # "Theo đó, UBND tỉnh chỉ đạo …": an organisation opens a clause, no list
        cut = _PARENT_INSIDE.search(name)
        if cut:
            # "Ia Kênh TP Pleiku": an abbreviated level word, capitalised, opens the parent inside the name
            name, rest = name[:cut.start()], rest[cut.start() + 1:]
            m = None
        tail = _TAIL_LINK.sub("", rest[m.end():].strip() if m else rest.strip()).rstrip(".…!?").strip()
        tail = _OWN_YEAR.sub("", tail)  # "xã A năm 2022": the member's own year is no break in the list
        if tail and not parent.match(tail) and not members and level != "huyen":
            break
        name_start = body_start + offset + lead + stripped.end()
        members.append((name, name_start, name_start + len(name)))
        list_end = body_start + offset + len(piece.rstrip())
        if tail and not parent.match(tail):
            break
    if text.startswith("(", start) and members:
        list_end = body_end + 1
    return (members if 0 < len(members) <= 40 else []), list_end


def _grouped_members(text: str, groups: list[re.Match], end: int) -> list[tuple[str, int, int]]:
    """Members of "08 xã thuộc huyện Gia Lộc (Nhật Tân, Quang Minh); … và 1 xã thuộc huyện X là xã Y"."""
    members = []
    for group in groups:
        inner_start = group.start("inner")
        for piece in re.finditer(r"[^,;]+", group["inner"]):
            item = re.sub(r"^\s*(?:và\s+)?(?:xã|phường|thị trấn)?\s*", "", piece.group(), flags=re.I).strip()
            for part in re.split(r"\s+và\s+", item):
                m = _NAME_AT.fullmatch(part.strip())
                if m:
                    offset = text.find(part.strip(), inner_start + piece.start())
                    members.append((part.strip(), offset, offset + len(part.strip())))
    for tail in _GROUP_TAIL.finditer(text, groups[0].start(), end):
        members.append((tail["name"], tail.start("name"), tail.end("name")))
    return members


def list_after(text: str, start: int, end: int, level: str) -> tuple[list[tuple[str, int, int]], int]:
    """A list that opens right after `start` ("(…)", ": …", "gồm …", "là …")."""
    m = OPENER.match(text, start, end)
    if not m:
        return [], start
    if _ANOTHER_COUNT.search(text, start, m.end()):
        return [], start  # "… 11/11 xã đạt chuẩn NTM, có 5 xã đạt chuẩn NTM nâng cao gồm: …": the list is the later count's
    return parse_list(text, m.end() if not m.group().rstrip().endswith("(") else m.end() - 1, end, level)
