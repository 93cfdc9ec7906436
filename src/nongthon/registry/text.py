"""Spelling rules for unit names: level words, tone placement, y/i, accents.

Three keys are computed for every name, from strict to loose:

- `exact_key`: NFC, lower case, single spaces;
- `tone_key`: each syllable as its letters without the tone mark plus the tone as a digit, and a
  final *y* after a consonant written *i* — so Hoà/Hòa, Thuỷ/Thủy and Sỹ/Sĩ give one key;
- `plain_key`: no accents at all and *đ* as *d* (with the same y/i rule).
"""

from __future__ import annotations

import re
import unicodedata

# Combining marks that carry the tone (huyền, sắc, hỏi, ngã, nặng); the others (circumflex, breve,
# horn) change the vowel and stay in the tone key.
_TONE_MARKS = {"\u0300": "2", "\u0301": "1", "\u0309": "3", "\u0303": "4", "\u0323": "5"}


def _build_tables() -> tuple[dict[int, str], dict[int, str], dict[str, str]]:
    strip_tone: dict[int, str] = {}
    strip_all: dict[int, str] = {}
    tone_of: dict[str, str] = {}
    for cp in range(0x00C0, 0x1EFA):
        ch = chr(cp)
        decomposed = unicodedata.normalize("NFD", ch)
        if len(decomposed) == 1 or not decomposed[0].isascii():
            continue
        base = decomposed[0]
        marks = decomposed[1:]
        tones = [m for m in marks if m in _TONE_MARKS]
        if tones:
            tone_of[ch] = _TONE_MARKS[tones[0]]
            strip_tone[cp] = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in _TONE_MARKS))
        strip_all[cp] = base
    for ch, plain in (("đ", "d"), ("Đ", "D")):
        strip_all[ord(ch)] = plain
    return strip_tone, strip_all, tone_of


_STRIP_TONE, _STRIP_ALL, _TONE_OF = _build_tables()
_FINAL_Y = re.compile(r"^(qu|[bcdđghklmnprstvx]+)y$")
_SPACES = re.compile(r"\s+")
_PUNCT = re.compile(r"[\s.,;:()\"'’“”\-–]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def exact_key(name: str) -> str:
    if not unicodedata.is_normalized("NFC", name):
        name = unicodedata.normalize("NFC", name)
    return " ".join(name.lower().split())


def _syllable_tone_key(syllable: str) -> str:
    tone = ""
    for ch in syllable:
        t = _TONE_OF.get(ch)
        if t:
            tone = t
            break
    base = syllable.translate(_STRIP_TONE)
    if base.endswith("y") and _FINAL_Y.match(base):
        base = base[:-1] + "i"
    return base + tone


def tone_key(name: str) -> str:
    """Ignore where the tone mark sits and y/i after a consonant: Hoà = Hòa, Sỹ = Sĩ."""
    return tone_key_of_exact(exact_key(name))


def tone_key_of_exact(key: str) -> str:
    return " ".join(_syllable_tone_key(s) for s in _PUNCT.split(key) if s)


def plain_key(name: str) -> str:
    """No accents, no đ, y/i folded: the loosest key (Quân Hà = quan ha)."""
    return plain_key_of_exact(exact_key(name))


def plain_key_of_exact(key: str) -> str:
    out = []
    for s in _PUNCT.split(key.translate(_STRIP_ALL)):
        if not s:
            continue
        if s.endswith("y") and _FINAL_Y.match(s):
            s = s[:-1] + "i"
        out.append(s)
    return " ".join(out)


def squashed_key(name: str) -> str:
    """The plain key without spaces, the form aliases from the legacy package come in."""
    return plain_key(name).replace(" ", "")


# Level words as written before a name, longest first, with the kinds they may stand for.
LEVEL_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("thành phố trực thuộc trung ương", ("thanh_pho_tw",)),
    ("thành phố", ("thanh_pho_tw", "thanh_pho")),
    ("thanh pho", ("thanh_pho_tw", "thanh_pho")),
    ("tp.", ("thanh_pho_tw", "thanh_pho")),
    ("tp", ("thanh_pho_tw", "thanh_pho")),
    ("tx.", ("thi_xa",)),
    ("thị trấn", ("thi_tran",)),
    ("thi tran", ("thi_tran",)),
    ("tt.", ("thi_tran",)),
    ("thị xã", ("thi_xa",)),
    ("thi xa", ("thi_xa",)),
    ("đặc khu", ("dac_khu",)),
    ("dac khu", ("dac_khu",)),
    ("phường", ("phuong",)),
    ("phuong", ("phuong",)),
    ("p.", ("phuong",)),
    ("xã", ("xa",)),
    ("xa", ("xa",)),
    ("huyện", ("huyen",)),
    ("huyen", ("huyen",)),
    ("quận", ("quan",)),
    ("tỉnh", ("tinh",)),
    ("thôn", ("thon",)),
    ("ấp", ("thon",)),
    ("tổ dân phố", ("thon",)),
)

# The words the lists themselves put before a name, by kind.
KIND_WORDS: dict[str, str] = {
    "tinh": "tỉnh",
    "thanh_pho_tw": "thành phố",
    "huyen": "huyện",
    "quan": "quận",
    "thi_xa": "thị xã",
    "thanh_pho": "thành phố",
    "xa": "xã",
    "phuong": "phường",
    "thi_tran": "thị trấn",
    "dac_khu": "đặc khu",
    "thon": "thôn",
}

KIND_LEVEL: dict[str, str] = {
    "tinh": "tinh", "thanh_pho_tw": "tinh",
    "huyen": "huyen", "quan": "huyen", "thi_xa": "huyen", "thanh_pho": "huyen",
    "xa": "xa", "phuong": "xa", "thi_tran": "xa", "dac_khu": "xa",
    "thon": "thon",
}


_LEVEL_KINDS = dict(LEVEL_WORDS)
# Longest first; a word not ending in "." must be followed by a space ("Xã" alone is a name).
_LEVEL_RE = re.compile(
    "(" + "|".join(re.escape(w) + ("" if w.endswith(".") else "(?= )") for w, _ in LEVEL_WORDS) + ")",
    re.IGNORECASE,
)


def split_level_word(written: str) -> tuple[str | None, tuple[str, ...], str]:
    """Split "TP. Lạng Sơn" into ("tp.", kinds, "Lạng Sơn"); a bare name gives (None, (), name).

    Unaccented "quan", "tinh" and "bản" are not level words here: huyện Quan Hóa, xã Bản Phố.
    The resolver retries the whole text as a name when the rest matches nothing.
    """
    if not unicodedata.is_normalized("NFC", written):
        written = unicodedata.normalize("NFC", written)
    text = " ".join(written.split())
    m = _LEVEL_RE.match(text)
    if m is None:
        return None, (), text
    word = m.group(1).lower()
    rest = text[m.end():].strip(" .")
    if not rest:
        return None, (), text
    return word, _LEVEL_KINDS[word], rest


def title_name(name: str) -> str:
    """Names as the lists write them: each syllable capitalised (one post-reform name is not)."""
    return " ".join(w[:1].upper() + w[1:] for w in name.split(" "))
