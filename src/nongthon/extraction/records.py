"""Typed records passed between the stages, and the one options object."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


class ReadError(Exception):
    """A file that cannot be read as a document; the message names the file."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class ReadResult:
    """A document as read: NFC text plus what the file said about itself."""

    text: str
    title: str | None = None
    date: dt.date | None = None
    format: str = "txt"
    encoding: str = "utf-8"


@dataclass(frozen=True)
class CorpusRow:
    """One document of a corpus file (JSONL or Parquet)."""

    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence of the stored text: offsets, its paragraph (line) and its position."""

    start: int
    end: int
    paragraph: int
    index: int


@dataclass(frozen=True)
class UnitMention:
    """A unit named or referred to in the text.

    `name` is None for a bare level word ("toàn huyện", "xã"), which the resolve stage
    ties to the unit the passage is about.
    """

    start: int
    end: int
    level: str
    name: str | None
    surface: str
    in_organisation: bool = False
    plural: bool = False


@dataclass
class Unit:
    """A unit as the contract writes it, plus where the registry placed it."""

    name: str | None
    level: str
    parent: str | None = None
    key: str | None = None
    code: str | None = None

    def as_contract(self) -> dict:
        return {"name": self.name, "level": self.level, "parent": self.parent}


@dataclass
class Candidate:
    """A fact found in one sentence, before units are resolved and it is emitted."""

    type: str
    fields: dict
    start: int
    end: int
    confidence: float = 0.8
    units: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ExtractOptions:
    """Everything that changes how extraction behaves, in one place.

    `min_confidence` drops candidates below it; `use_registry` lets tests and the bench
    run without the registry; `extra_fields` adds `span`, `unit_key`, `unit_code` and
    `confidence` to each fact.
    """

    min_confidence: float = 0.0
    use_registry: bool = True
    extra_fields: bool = True
