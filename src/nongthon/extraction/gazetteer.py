"""Names of provinces and districts written without a level word ("Hà Tĩnh có 181/181 xã").

Built once per process from the registry when it is available; without it, only names the
text itself introduces with a level word are known.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from nongthon.extraction.words import PERSON_NOT_PLACE

_cache: dict[int, object] = {}


def _names(registry) -> dict[str, str]:
    names: dict[str, str] = {}
    for on in (dt.date(2021, 1, 1), dt.date(2025, 1, 1)):
        for level in ("huyen", "tinh"):  # provinces last: a name that is both is read as the province
            try:
                units = registry.valid_on(on, level=level)
            except Exception:  # the registry is optional
                return {}
            for unit in units:
                name = unicodedata.normalize("NFC", unit.name)
                if len(name) > 3 and " " in name and name not in PERSON_NOT_PLACE:
                    names[name] = level
    return names


def automaton(registry):
    """An Aho-Corasick automaton of (name, level), or None without a registry."""
    if registry is None:
        return None
    key = id(registry)
    if key not in _cache:
        import ahocorasick

        names = _names(registry)
        if not names:
            _cache[key] = None
        else:
            machine = ahocorasick.Automaton()
            for name, level in names.items():
                machine.add_word(name, (name, level))
            machine.make_automaton()
            _cache[key] = machine
    return _cache[key]


def find_bare_names(text: str, registry) -> list[tuple[int, int, str, str]]:
    """(start, end, name, level) of every whole-word province or district name in `text`."""
    machine = automaton(registry)
    if machine is None:
        return []
    out = []
    # one character past the text's end stands for its end: neither a letter, nor a space before one
    padded = text + "\n\n"
    for end_index, (name, level) in machine.iter(text):
        start = end_index - len(name) + 1
        end = end_index + 1
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        after = padded[end]
        if after.isalnum() or after == "_":
            continue
        if after == " " and padded[end + 1].isupper():
            continue  # part of a longer name ("Thanh Hóa" in "Thanh Hóa Bắc")
        out.append((start, end, name, level))
    return out
