"""Every mention of a unit in a text, with offsets: one Aho–Corasick pass over the lower-cased text.

Patterns are the registry's names (every date) in NFC lower case, with their tone-placement and
y/i variants (Hoà/Hòa, Sỹ/Sĩ), each bare and after the level words that fit its kinds ("xã",
"huyện", "TP.", "thành phố", "tỉnh"…). The patterns carry their case: a name must be written as
a name (each syllable capitalised, or all in capitals) and a bare name needs two syllables, so
"an toàn", "đoàn kết" or "xã biên giới" are not places; the level word may be in any of its
usual cases ("xã", "Xã", "XÃ"). A match must stand between word boundaries.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from typing import TYPE_CHECKING

import ahocorasick

from nongthon.registry.model import Mention
from nongthon.registry.text import exact_key, nfc, title_name

if TYPE_CHECKING:
    from nongthon.registry.store import Registry

# Level words the scanner recognises before a name, by kind.
SCAN_WORDS: dict[str, tuple[str, ...]] = {
    "tinh": ("tỉnh",),
    "thanh_pho_tw": ("thành phố", "tp.", "tp"),
    "huyen": ("huyện",),
    "quan": ("quận",),
    "thi_xa": ("thị xã", "tx."),
    "thanh_pho": ("thành phố", "tp.", "tp"),
    "xa": ("xã",),
    "phuong": ("phường",),
    "thi_tran": ("thị trấn", "tt."),
    "dac_khu": ("đặc khu",),
}

# Old and new tone placement in oa, oe, uy: hoà / hòa, thuỷ / thủy.
_PAIRS = {}
for _vowel_pair in ("oa", "oe", "uy"):
    for _mark in "\u0300\u0301\u0309\u0303\u0323":
        _old = unicodedata.normalize("NFC", _vowel_pair[0] + _vowel_pair[1] + _mark)
        _new = unicodedata.normalize("NFC", _vowel_pair[0] + _mark + _vowel_pair[1])
        _PAIRS[_old] = _new
        _PAIRS[_new] = _old
_YI = {}
for _mark in "\u0300\u0301\u0309\u0303\u0323":
    _y = unicodedata.normalize("NFC", "y" + _mark)
    _i = unicodedata.normalize("NFC", "i" + _mark)
    _YI[_y], _YI[_i] = _i, _y
_YI["y"], _YI["i"] = "i", "y"
_CONSONANTS = set("bcdđghklmnprstvx")


def spelling_variants(name: str) -> set[str]:
    """The name in lower case as written, plus each syllable's other tone placement / y-i spelling."""
    options = []
    for syl in name.split(" "):
        alts = {syl}
        for a, b in _PAIRS.items():
            if a in syl and not syl.endswith(a + "n") and not syl.endswith(a + "ng"):
                # only in open syllables: "hoà" / "hòa", not "hoàn"
                if syl.endswith(a):
                    alts.add(syl[: -len(a)] + b)
        if syl and syl[-1] in _YI and len(syl) >= 2 and syl[-2] in _CONSONANTS and all(
            c in _CONSONANTS for c in syl[:-1]
        ):
            alts.add(syl[:-1] + _YI[syl[-1]])
        options.append(sorted(alts))
    out = {""}
    for alts in options:
        out = {f"{o} {a}".strip() for o in out for a in alts}
        if len(out) > 16:
            break
    return out


class Scanner:
    """Built once per registry (`Registry.scanner()`); `find` is safe to call from many threads."""

    def __init__(self, registry: Registry):
        groups: dict[str, dict] = {}
        for u in registry.units:
            if u.level == "thon":
                continue
            ek = exact_key(u.name)
            g = groups.setdefault(ek, {"names": set(), "keys": defaultdict(list)})
            g["names"].add(u.name)
            g["keys"][u.kind].append(u.key)
        # entry: (length, length of the level word or 0, registry name, kinds, keys)
        self._entries: list[tuple[int, int, str, tuple[str, ...], tuple[str, ...]]] = []
        automaton = ahocorasick.Automaton()

        def add(pattern: str, word_len: int, name: str, kinds: tuple[str, ...], keys: tuple[str, ...]) -> None:
            idx = automaton.get(pattern, None)
            if idx is not None:  # the same text for two names (Hoà/Hòa): one entry, every key
                length, wl, n, ks, kk = self._entries[idx]
                self._entries[idx] = (length, wl, n, tuple(dict.fromkeys(ks + kinds)),
                                      tuple(dict.fromkeys(kk + keys)))
                return
            automaton.add_word(pattern, len(self._entries))
            self._entries.append((len(pattern), word_len, name, kinds, keys))

        for ek, g in groups.items():
            kinds_keys: dict[str, list[str]] = g["keys"]
            name = sorted(g["names"])[0]
            all_keys = tuple(k for ks in kinds_keys.values() for k in ks)
            words: dict[str, list[str]] = defaultdict(list)
            for kind in kinds_keys:
                for w in SCAN_WORDS.get(kind, ()):
                    words[w].append(kind)
            for var in spelling_variants(ek):
                title = title_name(var)
                upper = var.upper()
                as_written = {title} | ({n for n in g["names"] if exact_key(n) == var})
                if " " in var:
                    for form in (*as_written, upper):
                        add(form, 0, name, (), all_keys)
                for w, kinds in words.items():
                    keys = tuple(k for kind in kinds for k in kinds_keys[kind])
                    kinds_t = tuple(kinds)
                    for wc in {w, w.capitalize(), w.title(), w.upper()}:
                        forms = (*as_written, upper) if wc == w.upper() else as_written
                        for form in forms:
                            add(f"{wc} {form}", len(wc), name, kinds_t, keys)
                            if w.endswith("."):  # "TP.Lạng Sơn"
                                add(wc + form, len(wc), name, kinds_t, keys)
        automaton.make_automaton()
        self._automaton = automaton

    def __len__(self) -> int:
        return len(self._entries)

    def find(self, text: str) -> list[Mention]:
        """Every unit mention in `text`, left to right, longest first where two overlap."""
        if not text:
            return []
        starts = ends = None
        norm = text
        if not unicodedata.is_normalized("NFC", text):
            norm, starts, ends = _normalise_with_offsets(text)
        entries = self._entries
        out: list[Mention] = []
        append = out.append
        n = len(norm)
        for end, idx in self._automaton.iter_long(norm):
            length, word_len, name, kinds, keys = entries[idx]
            start = end - length + 1
            stop = end + 1
            if (start and norm[start - 1].isalnum()) or (stop < n and norm[stop].isalnum()):
                continue
            if starts is None:
                surface = norm[start:stop]
                append(Mention(start, stop, surface, surface[:word_len] if word_len else None, name, kinds, keys))
            else:
                o_start, o_stop = starts[start], ends[stop - 1]
                surface = text[o_start:o_stop]
                word = text[o_start:ends[start + word_len - 1]] if word_len else None
                append(Mention(o_start, o_stop, surface, word, name, kinds, keys))
        return out


def _normalise_with_offsets(text: str) -> tuple[str, list[int], list[int]]:
    """NFC text with, for each of its characters, where it starts and ends in the original."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = nfc(text[i:j])
        for ch in cluster:
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return "".join(out), starts, ends
