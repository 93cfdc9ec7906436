"""The records the registry hands out: units, lineage links, resolutions and mentions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class RegistryUnit:
    """An administrative unit during one period of validity (`valid_to` exclusive, None open)."""

    key: str
    code: str
    name: str
    kind: str
    level: str
    parent_key: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    aliases: tuple[str, ...] = ()  # unaccented names of units merged into this one before the first list

    def valid_on(self, on: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (self.valid_to is None or on < self.valid_to)

    def overlaps(self, start: dt.date | None, end: dt.date | None) -> bool:
        """Whether the unit's validity overlaps [start, end)."""
        return (self.valid_to is None or start is None or start < self.valid_to) and (
            self.valid_from is None or end is None or self.valid_from < end
        )


@dataclass(frozen=True, slots=True)
class LineageEvent:
    """A change between units: `kind` merge / split / rename / reparent / reclassify / dissolve.

    `effective` is the date the change took effect: the resolution's date when known, otherwise
    the first list that shows it (then `earliest`/`latest` bracket it and `inferred` may be set).
    `ended` holds keys of units that ended without a successor the lists could name.
    """

    index: int
    kind: str
    effective: dt.date
    earliest: dt.date | None
    latest: dt.date | None
    legal_basis: str
    inferred: bool
    note: str
    links: tuple[LineageLink, ...]
    ended: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LineageLink:
    """One predecessor → successor of an event; `share` is whole, part or unknown."""

    predecessor: str
    successor: str
    share: str
    event: int


class Candidate(NamedTuple):
    """A unit a name may mean; `why` says in words why it was chosen and ranked."""

    unit: RegistryUnit
    score: float
    reasons: tuple[str, ...]

    @property
    def why(self) -> str:
        return "; ".join((*self.reasons, "hiệu lực " + span(self.unit)))


def span(unit: RegistryUnit) -> str:
    start = unit.valid_from.isoformat() if unit.valid_from else "(không rõ)"
    end = unit.valid_to.isoformat() if unit.valid_to else "nay"
    return f"{start} → {end}"


class Resolution(NamedTuple):
    """`status` is found (one best candidate), ambiguous (several equally good) or not_found.

    `elsewhere`: when nothing of that name is valid on the date, the units of that name at other dates.
    """

    query: str
    status: str
    candidates: tuple[Candidate, ...] = ()
    notes: tuple[str, ...] = ()
    elsewhere: tuple[RegistryUnit, ...] = ()

    @property
    def unit(self) -> RegistryUnit | None:
        return self.candidates[0].unit if self.status == "found" else None


class Mention(NamedTuple):
    """A unit named in a text: `text[start:end] == surface`.

    `level_word` is the level word as written ("xã", "TP.") or None; `name` the registry's spelling;
    `kinds` the kinds the level word allows (empty when none was written); `keys` every unit of
    any date with that name and an allowed kind — resolve with context to choose.
    """

    start: int
    end: int
    surface: str
    level_word: str | None
    name: str
    kinds: tuple[str, ...]
    keys: tuple[str, ...]
