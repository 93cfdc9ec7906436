"""The registry: units by key and code, validity, hierarchy and lineage, loaded from the data file."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from nongthon.registry.model import LineageEvent, LineageLink, RegistryUnit, Resolution
from nongthon.registry.text import KIND_LEVEL, KIND_WORDS, exact_key, plain_key_of_exact, tone_key_of_exact

DATA_FILE = Path(__file__).resolve().parent / "data" / "registry.json.gz"
PROVENANCE_FILE = DATA_FILE.with_name("provenance.json")
LEVELS = ("tinh", "huyen", "xa", "thon")


@lru_cache(maxsize=256)
def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


class Registry:
    """Every province, district and commune as it was at any date since the first list, and today."""

    def __init__(self, units: list[RegistryUnit], events: list[LineageEvent],
                 first_list: dt.date, reform: dt.date):
        self.units: tuple[RegistryUnit, ...] = tuple(units)
        self.events: tuple[LineageEvent, ...] = tuple(events)
        self.first_list = first_list
        self.reform = reform
        self._by_key = {u.key: u for u in units}
        by_code: dict[str, list[RegistryUnit]] = defaultdict(list)
        children: dict[str, list[RegistryUnit]] = defaultdict(list)
        for u in units:
            by_code[u.code].append(u)
            if u.parent_key:
                children[u.parent_key].append(u)
        self._by_code = {c: tuple(sorted(vs, key=lambda u: u.valid_from or dt.date.min)) for c, vs in by_code.items()}
        self._children = {k: tuple(vs) for k, vs in children.items()}
        succ: dict[str, list[LineageLink]] = defaultdict(list)
        pred: dict[str, list[LineageLink]] = defaultdict(list)
        for ev in events:
            for link in ev.links:
                succ[link.predecessor].append(link)
                pred[link.successor].append(link)
        self._succ = {k: tuple(v) for k, v in succ.items()}
        self._pred = {k: tuple(v) for k, v in pred.items()}
        self._ended = {key: ev for ev in events for key in ev.ended}
        # name indexes, loose to strict; values are tuples of units
        self._exact: dict[str, list[RegistryUnit]] = defaultdict(list)
        self._tone: dict[str, list[RegistryUnit]] = defaultdict(list)
        self._plain: dict[str, list[RegistryUnit]] = defaultdict(list)
        self._squashed: dict[str, list[RegistryUnit]] = defaultdict(list)
        self._alias: dict[str, list[RegistryUnit]] = defaultdict(list)
        keys_of: dict[str, tuple[str, str, str, str]] = {}
        for u in units:
            keys = keys_of.get(u.name)
            if keys is None:
                ek = exact_key(u.name)
                plain = plain_key_of_exact(ek)
                keys = keys_of[u.name] = (ek, tone_key_of_exact(ek), plain, plain.replace(" ", ""))
            self._index_names(u, keys)
        self._scanner = None

    def _index_names(self, u: RegistryUnit, keys: tuple[str, str, str, str]) -> None:
        ek, tk, plain, squashed = keys
        self._exact[ek].append(u)
        self._tone[tk].append(u)
        self._plain[plain].append(u)
        self._squashed[squashed].append(u)
        for alias in u.aliases:
            self._alias[alias].append(u)

    # ---- units ----------------------------------------------------------------------------

    def get(self, key: str) -> RegistryUnit | None:
        return self._by_key.get(key)

    def __getitem__(self, key: str) -> RegistryUnit:
        return self._by_key[key]

    def __len__(self) -> int:
        return len(self.units)

    def versions(self, code: str) -> tuple[RegistryUnit, ...]:
        """Every unit that has had this code, oldest first (a code alone does not name a unit)."""
        return self._by_code.get(code, ())

    def by_code(self, code: str, on: dt.date | None = None) -> RegistryUnit | None:
        """The unit holding `code` on a date (default today); before the first list, the first holder."""
        on = on or dt.date.today()
        for u in self._by_code.get(code, ()):
            if u.valid_on(on):
                return u
        return None

    def valid_on(self, on: dt.date | None = None, level: str | None = None) -> list[RegistryUnit]:
        on = on or dt.date.today()
        return [u for u in self.units if (level is None or u.level == level) and u.valid_on(on)]

    def children(self, key: str, on: dt.date | None = None) -> list[RegistryUnit]:
        kids = self._children.get(key, ())
        return [u for u in kids if on is None or u.valid_on(on)]

    def parent(self, unit: RegistryUnit, on: dt.date | None = None) -> RegistryUnit | None:
        """The parent on a date within the unit's validity: a district renamed while its communes
        stayed is found by code at that date."""
        if not unit.parent_key:
            return None
        first = self._by_key.get(unit.parent_key)
        if on is None or first is None:
            return first
        return self.by_code(first.code, on) if first.code else first

    def ancestors(self, key: str, on: dt.date | None = None) -> list[RegistryUnit]:
        """Parents up to the province, nearest first."""
        unit = self._by_key[key]
        if on is None or not unit.valid_on(on):
            on = _last_day(unit)
        out = []
        p = self.parent(unit, on)
        while p is not None:
            out.append(p)
            p = self.parent(p, on) or (self._by_key.get(p.parent_key) if p.parent_key else None)
        return out

    def label(self, key: str, on: dt.date | None = None) -> str:
        """"xã Nhất Tiến, huyện Bắc Sơn, tỉnh Lạng Sơn" — the unit and its ancestors."""
        unit = self._by_key[key]
        return ", ".join(kind_name(u) for u in [unit, *self.ancestors(key, on)])

    # ---- lineage --------------------------------------------------------------------------

    def event(self, index: int) -> LineageEvent:
        return self.events[index]

    def successors(self, key: str) -> list[LineageLink]:
        return list(self._succ.get(key, ()))

    def predecessors(self, key: str) -> list[LineageLink]:
        return list(self._pred.get(key, ()))

    def ended_without_successor(self, key: str) -> LineageEvent | None:
        return self._ended.get(key)

    def today(self, key: str, on: dt.date | None = None) -> list[RegistryUnit]:
        """The units valid today (or on `on`) that took over this unit, following lineage forward."""
        return [u for u, _ in self.today_with_share(key, on)]

    def today_with_share(self, key: str, on: dt.date | None = None) -> list[tuple[RegistryUnit, str]]:
        """Like `today`, with whole when every step was a whole transfer, else part or unknown."""
        on = on or dt.date.today()
        out: dict[str, tuple[RegistryUnit, str]] = {}
        seen = {key}
        frontier = [(key, "whole")]
        while frontier:
            k, share = frontier.pop(0)
            unit = self._by_key[k]
            if unit.valid_on(on):
                prev = out.get(k)
                if prev is None or (prev[1] != "whole" and share == "whole"):
                    out[k] = (unit, share)
                continue
            if unit.valid_from is not None and unit.valid_from > on:
                continue
            for link in self._succ.get(k, ()):
                nxt = link.successor
                combined = share if link.share == "whole" else link.share if share == "whole" else share
                if nxt not in seen:
                    seen.add(nxt)
                    frontier.append((nxt, combined))
        return list(out.values())

    # ---- names ----------------------------------------------------------------------------

    def resolve(self, name: str, level: str | None = None, parent: str | None = None,
                on: dt.date | None = None) -> Resolution:
        return _resolver()(self, name, level, parent, on)

    def scanner(self):
        if self._scanner is None:
            from nongthon.registry.scanner import Scanner

            self._scanner = Scanner(self)
        return self._scanner

    def region_of(self, province_code: str, on: dt.date | None = None) -> str | None:
        from nongthon.registry.regions import region_of

        return region_of(province_code, on)

    def province_of(self, key: str, on: dt.date | None = None) -> RegistryUnit | None:
        unit = self._by_key[key]
        if unit.level == "tinh":
            return unit
        for a in self.ancestors(key, on):
            if a.level == "tinh":
                return a
        return None


@lru_cache(maxsize=1)
def _resolver():
    from nongthon.registry.resolver import resolve

    return resolve


def kind_name(unit: RegistryUnit) -> str:
    return f"{KIND_WORDS.get(unit.kind, '')} {unit.name}".strip()


def _last_day(unit: RegistryUnit) -> dt.date:
    if unit.valid_to is not None:
        return unit.valid_to - dt.timedelta(days=1)
    return max(dt.date.today(), unit.valid_from or dt.date.min)


def registry_from_data(data: dict) -> Registry:
    rows = data["units"]
    keys = [f"{r[0]}@{r[4] or '-'}" for r in rows]
    units = []
    for r, key in zip(rows, keys, strict=True):
        code, name, kind, parent, start, end, aliases = r
        units.append(RegistryUnit(
            key=key, code=code, name=name, kind=kind, level=KIND_LEVEL[kind],
            parent_key=keys[parent] if parent >= 0 else None,
            valid_from=_date(start), valid_to=_date(end), aliases=tuple(aliases),
        ))
    events = []
    for i, (kind, effective, earliest, latest, basis, inferred, note, links, ended) in enumerate(data["events"]):
        events.append(LineageEvent(
            index=i, kind=kind, effective=_date(effective), earliest=_date(earliest), latest=_date(latest),
            legal_basis=basis, inferred=bool(inferred), note=note,
            links=tuple(LineageLink(keys[p], keys[s], share, i) for p, s, share in links),
            ended=tuple(keys[p] for p in ended),
        ))
    return Registry(units, events, _date(data["first_list"]), _date(data["reform"]))


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    """The registry from the data file committed in the package (read once per process)."""
    with gzip.open(DATA_FILE, "rb") as fh:
        data = json.loads(fh.read().decode("utf-8"))
    return registry_from_data(data)


def provenance() -> dict:
    return json.loads(PROVENANCE_FILE.read_text(encoding="utf-8"))
