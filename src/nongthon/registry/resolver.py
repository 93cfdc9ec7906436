"""From a name as written to the units it may mean on a date.

Steps: split off a level word ("xã", "TP.") and any parents written after commas; look the name
up from the strictest key to the loosest (exact, tone placement and y/i, no accents, aliases);
keep the level and the kinds the level word allows; keep units valid on the date; prefer those
under the named parent; then say found only when one candidate is better than all others.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from nongthon.registry.model import Candidate, RegistryUnit, Resolution
from nongthon.registry.store import LEVELS, Registry, kind_name
from nongthon.registry.text import (
    KIND_LEVEL,
    exact_key,
    nfc,
    plain_key,
    split_level_word,
    tone_key,
)

SCORE_EXACT = 1.0
SCORE_TONE = 0.95
SCORE_PLAIN = 0.8
SCORE_SQUASHED = 0.75
SCORE_ALIAS = 0.6
PARENT_BONUS = 0.02  # ranks a match under the named parent above an equal one elsewhere

_WHY = {
    SCORE_EXACT: "tên khớp đúng",
    SCORE_TONE: "tên khớp khi bỏ qua vị trí dấu thanh và cách viết y/i (Hoà/Hòa, Sỹ/Sĩ)",
    SCORE_PLAIN: "tên khớp khi bỏ dấu",
    SCORE_SQUASHED: "tên khớp khi bỏ dấu và khoảng trắng",
    SCORE_ALIAS: "tên một đơn vị cũ đã nhập vào đơn vị này trước danh mục 25/02/2020 "
                 "(nguồn vietnamadminunits, không có ngày)",
}
LEVEL_LABEL = {"tinh": "cấp tỉnh", "huyen": "cấp huyện", "xa": "cấp xã", "thon": "cấp thôn"}


def lookup(registry: Registry, bare: str) -> dict[str, tuple[RegistryUnit, float]]:
    """Every unit of any date whose name matches, with the best score of the key that matched."""
    found: dict[str, tuple[RegistryUnit, float]] = {}
    ek = exact_key(bare)
    for u in registry._exact.get(ek, ()):
        found[u.key] = (u, SCORE_EXACT)
    for u in registry._tone.get(tone_key(ek), ()):
        found.setdefault(u.key, (u, SCORE_TONE))
    plain = plain_key(ek)
    for u in registry._plain.get(plain, ()):
        found.setdefault(u.key, (u, SCORE_PLAIN))
    squashed = plain.replace(" ", "")
    for u in registry._squashed.get(squashed, ()):
        found.setdefault(u.key, (u, SCORE_SQUASHED))
    for u in registry._alias.get(squashed, ()):
        found.setdefault(u.key, (u, SCORE_ALIAS))
    return found


@lru_cache(maxsize=4096)
def _hint_key(hint: str) -> str:
    _, _, bare = split_level_word(hint)
    return plain_key(bare).replace(" ", "")


def _context_names(registry: Registry, unit: RegistryUnit) -> frozenset[str]:
    """Squashed names of the unit's ancestors, and of its predecessors' and successors' ancestors:
    "Nhất Hòa, Bắc Sơn" still finds today's xã Nhất Hòa though huyện Bắc Sơn is gone."""
    cache = registry.__dict__.setdefault("_context_cache", {})
    names = cache.get(unit.key)
    if names is None:
        units = [unit]
        units += [registry[lk.predecessor] for lk in registry.predecessors(unit.key)]
        units += [registry[lk.successor] for lk in registry.successors(unit.key)]
        acc = set()
        for u in units:
            for a in registry.ancestors(u.key):
                acc.add(plain_key(a.name).replace(" ", ""))
        names = cache[unit.key] = frozenset(acc)
    return names


def resolve(registry: Registry, name: str, level: str | None = None, parent: str | None = None,
            on: dt.date | None = None) -> Resolution:
    if level is not None and level not in LEVELS:
        raise ValueError(f"unknown level {level!r}: expected one of {', '.join(LEVELS)}")
    on = on or dt.date.today()
    notes: list[str] = []
    parts = [p.strip() for p in nfc(name or "").split(",") if p.strip()]
    if not parts:
        return Resolution(name, "not_found", notes=("Tên rỗng.",))
    hints = ([parent] if parent else []) + parts[1:]
    word, kinds, bare = split_level_word(parts[0])
    if level and kinds:
        kinds = tuple(k for k in kinds if KIND_LEVEL[k] == level)
        if not kinds:
            notes.append(f"Từ chỉ cấp «{word}» không khớp với cấp {level}; bỏ qua từ này.")
            word = None
    found = lookup(registry, bare)
    if not found and word:
        found = lookup(registry, parts[0])
        word, kinds = None, ()
    if on < registry.first_list:
        notes.append(f"Ngày {on.isoformat()} trước danh mục đầu tiên ({registry.first_list.isoformat()}): "
                     "coi như các đơn vị có trong danh mục đó đã tồn tại (giả định).")
    matches = [(u, s) for u, s in found.values()
               if (level is None or u.level == level) and (not kinds or u.kind in kinds)]
    if not matches:
        if found:
            notes.append("Có đơn vị trùng tên nhưng khác cấp hoặc loại.")
        return Resolution(name, "not_found", notes=tuple(notes or ["Không có đơn vị nào mang tên này."]))
    valid = [(u, s) for u, s in matches if u.valid_on(on)]
    elsewhere = tuple(sorted((u for u, _ in matches if not u.valid_on(on)),
                             key=lambda u: (u.valid_from or dt.date.min, u.code)))
    if not valid:
        spans = "; ".join(f"{kind_name(u)} ({u.code}) {_span(u)}" for u in elsewhere[:5])
        notes.append(f"Không đơn vị nào tên này có hiệu lực ngày {on.isoformat()}; ở thời điểm khác: {spans}.")
        return Resolution(name, "not_found", notes=tuple(notes), elsewhere=elsewhere)
    candidates = []
    for u, s in valid:
        why = [_WHY[s], LEVEL_LABEL.get(u.level, u.level), f"hiệu lực {_span(u)}"]
        candidates.append([u, s, why])
    status_if_parent_missing = None
    if hints:
        keys = [_hint_key(h) for h in hints]
        under = []
        for c in candidates:
            ctx = _context_names(registry, c[0])
            if all(k in ctx for k in keys):
                c[1] += PARENT_BONUS
                c[2].append("thuộc " + ", ".join(hints))
                under.append(c)
        if under:
            if len(under) < len(candidates):
                notes.append(f"Bỏ {len(candidates) - len(under)} đơn vị cùng tên không thuộc {', '.join(hints)}.")
            candidates = under
        else:
            notes.append(f"Không đơn vị nào tên này thuộc {', '.join(hints)}; các đơn vị cùng tên ở nơi khác được liệt kê.")
            status_if_parent_missing = "not_found"
    candidates.sort(key=lambda c: (-c[1], LEVELS.index(c[0].level), c[0].code))
    top = candidates[0][1]
    best = [c for c in candidates if c[1] == top]
    status = status_if_parent_missing or ("found" if len(best) == 1 else "ambiguous")
    if status == "ambiguous":
        notes.append(f"{len(best)} đơn vị khớp như nhau; cần thêm đơn vị cấp trên hoặc cấp để chọn.")
    if on < registry.first_list and status == "found":
        pass
    return Resolution(
        name, status,
        candidates=tuple(Candidate(u, round(s, 3), "; ".join(w)) for u, s, w in candidates),
        notes=tuple(notes), elsewhere=elsewhere,
    )


def _span(u: RegistryUnit) -> str:
    start = u.valid_from.isoformat() if u.valid_from else "trước 2020-02-25"
    end = u.valid_to.isoformat() if u.valid_to else "nay"
    return f"{start} → {end}"
