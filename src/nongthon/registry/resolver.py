"""From a name as written to the units it may mean on a date.

Steps: split off a level word ("xã", "TP.") and any parents written after commas; look the name
up from the strictest key to the loosest (exact, tone placement and y/i, no accents, aliases);
keep the level and the kinds the level word allows; keep units valid on the date; prefer those
under the named parent; then say found only when one candidate is better than all others.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from nongthon.registry.model import Candidate, RegistryUnit, Resolution, span
from nongthon.registry.store import LEVELS, Registry, kind_name
from nongthon.registry.text import (
    KIND_LEVEL,
    exact_key,
    nfc,
    plain_key,
    plain_key_of_exact,
    split_level_word,
    tone_key_of_exact,
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
_REASONS = {(score, level): (why, label) for score, why in _WHY.items() for level, label in LEVEL_LABEL.items()}


# Short forms people write for a few cities ("TP.HCM", "TP. HN").
ABBREVIATIONS = {"hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "hn": "Hà Nội", "tphn": "Hà Nội",
                 "sàigòn": "Hồ Chí Minh", "saigon": "Hồ Chí Minh"}

_RANK_LEVEL = {level: i for i, level in enumerate(LEVELS)}
_CACHE_SIZE = 65536
_ANSWERS_SIZE = 16384  # per cache of `resolve`: a few MB at most in a long-running server
_FOREVER = 10**7


def ranked_lookup(registry: Registry, bare: str) -> tuple[tuple[RegistryUnit, float, int, int], ...]:
    """`lookup` ranked best first (score, then level from province down, then code); memoised
    per registry because the same names come back again and again in documents."""
    cache = registry.__dict__.setdefault("_lookup_cache", {})
    hit = cache.get(bare)
    if hit is None:
        found = lookup(registry, bare)
        ranked = sorted(found.values(), key=lambda us: (-us[1], _RANK_LEVEL[us[0].level], us[0].code))
        hit = tuple((u, s, u.valid_from.toordinal() if u.valid_from else 0,
                     u.valid_to.toordinal() if u.valid_to else _FOREVER) for u, s in ranked)
        if len(cache) >= _CACHE_SIZE:
            cache.clear()
        cache[bare] = hit
    return hit


def lookup(registry: Registry, bare: str) -> dict[str, tuple[RegistryUnit, float]]:
    """Every unit of any date whose name matches, with the best score of the key that matched."""
    found: dict[str, tuple[RegistryUnit, float]] = {}
    ek = exact_key(bare)
    for u in registry._exact.get(ek, ()):
        found[u.key] = (u, SCORE_EXACT)
    for u in registry._tone.get(tone_key_of_exact(ek), ()):
        if u.key not in found:
            found[u.key] = (u, SCORE_TONE)
    plain = plain_key_of_exact(ek)
    for u in registry._plain.get(plain, ()):
        if u.key not in found:
            found[u.key] = (u, SCORE_PLAIN)
    squashed = plain.replace(" ", "")
    for u in registry._squashed.get(squashed, ()):
        if u.key not in found:
            found[u.key] = (u, SCORE_SQUASHED)
    for u in registry._alias.get(squashed, ()):
        if u.key not in found:
            found[u.key] = (u, SCORE_ALIAS)
    return found


@lru_cache(maxsize=4096)
def _hint_key(hint: str) -> str:
    _, _, bare = split_level_word(hint)
    return plain_key(bare).replace(" ", "")


def _context_names(registry: Registry, unit: RegistryUnit) -> frozenset[str]:
    """Squashed names and keys of the unit's ancestors, and of its predecessors' and successors' ancestors:
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
                acc.add(a.key)
        names = cache[unit.key] = frozenset(acc)
    return names


@lru_cache(maxsize=1024)
def _before_first_list(on: dt.date, first: dt.date) -> str:
    return (f"Ngày {on.isoformat()} trước danh mục đầu tiên ({first.isoformat()}): "
            "coi như các đơn vị có trong danh mục đó đã tồn tại (giả định).")


def resolve(registry: Registry, name: str, level: str | None = None, parent: str | None = None,
            on: dt.date | None = None) -> Resolution:
    if level is not None and level not in LEVELS:
        raise ValueError(f"unknown level {level!r}: expected one of {', '.join(LEVELS)}")
    on = on or dt.date.today()
    # Documents ask for the same few names again and again, each on its own date: what the name
    # matches is worked out once per (name, level, parent), and the answer once per set of matches
    # valid on the date (the date itself is part of the key only where a note quotes it).
    plans = registry.__dict__.setdefault("_plan_cache", {})
    query = (name, level, parent)
    plan = plans.get(query)
    if plan is None:
        plan = _plan(registry, name, level, parent)
        if len(plans) >= _ANSWERS_SIZE:
            plans.clear()
        plans[query] = plan
    if isinstance(plan, Resolution):
        return plan
    notes, found, matches, hints = plan
    day = on.toordinal()
    valid = tuple(i for i, us in enumerate(matches) if us[2] <= day < us[3])
    quoted = on < registry.first_list or (matches and not valid)
    answers = registry.__dict__.setdefault("_answer_cache", {})
    key = (query, on if quoted else None, valid)
    answer = answers.get(key)
    if answer is None:
        answer = _answer(registry, name, on, list(notes), found, matches, [matches[i] for i in valid], hints)
        if len(answers) >= _ANSWERS_SIZE:
            answers.clear()
        answers[key] = answer
    return answer


def _plan(registry: Registry, name: str, level: str | None, parent: str | None):
    """What a name matches at any date: a Resolution when that alone decides, else
    (notes, found, matches, hints) for `_answer`."""
    notes: list[str] = []
    text = nfc(name or "")
    if "," in text:
        parts = [p.strip() for p in text.split(",") if p.strip()]
        if not parts:
            return Resolution(name, "not_found", notes=("Tên rỗng.",))
        hints = ([parent] if parent else []) + parts[1:]
    else:
        parts = [text]
        hints = [parent] if parent else []
    word, kinds, bare = split_level_word(parts[0])
    if not bare:
        return Resolution(name, "not_found", notes=("Tên rỗng.",))
    if level and kinds:
        kinds = tuple(k for k in kinds if KIND_LEVEL[k] == level)
        if not kinds:
            notes.append(f"Từ chỉ cấp «{word}» không khớp với cấp {level}; bỏ qua từ này.")
            word = None
    bare = ABBREVIATIONS.get(bare.lower().replace(".", "").replace(" ", ""), bare)
    found = ranked_lookup(registry, bare)
    if not found and word:
        found = ranked_lookup(registry, parts[0])
        word, kinds = None, ()
    if level or kinds:
        matches = tuple(us for us in found if (level is None or us[0].level == level) and (not kinds or us[0].kind in kinds))
    else:
        matches = found
    return tuple(notes), found, matches, tuple(hints)


def _answer(registry: Registry, name: str, on: dt.date, notes: list[str], found, matches, valid, hints) -> Resolution:
    """The resolution on date `on` given the plan of the name and its matches valid on that date."""
    if on < registry.first_list:
        notes.append(_before_first_list(on, registry.first_list))
    if not matches:
        if found:
            notes.append("Có đơn vị trùng tên nhưng khác cấp hoặc loại.")
        return Resolution(name, "not_found", notes=tuple(notes or ["Không có đơn vị nào mang tên này."]))
    if not valid:
        elsewhere = tuple(sorted((us[0] for us in matches), key=lambda u: (u.valid_from or dt.date.min, u.code)))
        spans = "; ".join(f"{kind_name(u)} ({u.code}) {span(u)}" for u in elsewhere[:5])
        notes.append(f"Không đơn vị nào tên này có hiệu lực ngày {on.isoformat()}; ở thời điểm khác: {spans}.")
        return Resolution(name, "not_found", notes=tuple(notes), elsewhere=elsewhere)
    if not hints:
        top = valid[0][1]
        n_best = sum(1 for us in valid if us[1] == top)
        if n_best > 1:
            notes.append(f"{n_best} đơn vị khớp như nhau; cần thêm đơn vị cấp trên hoặc cấp để chọn.")
        return Resolution(
            name, "found" if n_best == 1 else "ambiguous",
            candidates=tuple([Candidate(us[0], us[1], _REASONS[us[1], us[0].level]) for us in valid]),
            notes=tuple(notes),
        )
    candidates = [[u, s, list(_REASONS[s, u.level])] for u, s, _, _ in valid]
    status_if_parent_missing = None
    if hints:
        keys = [h if registry.get(h) is not None else _hint_key(h) for h in hints]
        hints = [kind_name(registry[h]) if registry.get(h) is not None else h for h in hints]
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
    top = candidates[0][1]
    best = [c for c in candidates if c[1] == top]
    status = status_if_parent_missing or ("found" if len(best) == 1 else "ambiguous")
    if status == "ambiguous":
        notes.append(f"{len(best)} đơn vị khớp như nhau; cần thêm đơn vị cấp trên hoặc cấp để chọn.")
    return Resolution(
        name, status,
        candidates=tuple(Candidate(u, round(s, 3), tuple(w)) for u, s, w in candidates),
        notes=tuple(notes),
    )
