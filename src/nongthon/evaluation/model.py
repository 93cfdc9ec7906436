"""The shapes of a criteria set, of what is known about a unit, and of a verdict.

A criteria set is data (one YAML file per set, see `loader.py`); these frozen records are
what a file becomes once it is read and checked. `UnitAttributes` and `KnownData` are the
evaluator's inputs; `Evaluation` (in `results.py`) is its output.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Status(StrEnum):
    """The verdict on an indicator, a criterion, a condition or a tier."""

    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {Status.MET: "đạt", Status.NOT_MET: "chưa đạt", Status.UNKNOWN: "chưa xác định"}


class Scope(StrEnum):
    """The level of unit a set applies to."""

    XA = "xa"
    HUYEN = "huyen"
    THON = "thon"
    TINH = "tinh"

    @property
    def label(self) -> str:
        return {"xa": "xã", "huyen": "huyện", "thon": "thôn", "tinh": "tỉnh"}[self.value]


class Tier(StrEnum):
    """The level of achievement a set certifies, lowest first."""

    DAT_CHUAN = "dat_chuan"
    NANG_CAO = "nang_cao"
    KIEU_MAU = "kieu_mau"
    HIEN_DAI = "hien_dai"

    @property
    def label(self) -> str:
        return _TIER_LABELS[self]

    @property
    def rank(self) -> int:
        return _TIER_RANKS[self]


_TIER_RANKS = {tier: i for i, tier in enumerate(Tier)}
_TIER_LABELS = {
    Tier.DAT_CHUAN: "đạt chuẩn nông thôn mới",
    Tier.NANG_CAO: "nông thôn mới nâng cao",
    Tier.KIEU_MAU: "nông thôn mới kiểu mẫu",
    Tier.HIEN_DAI: "nông thôn mới hiện đại",
}


class Rule(StrEnum):
    """How an indicator's value is compared with its threshold."""

    GE = ">="
    LE = "<="
    EQ = "="
    BOOL = "bool"
    COUNT = "count"

    @property
    def needs_threshold(self) -> bool:
        return self is not Rule.BOOL


class Verification(StrEnum):
    """Whether a value in a set file was checked against the official text."""

    VERIFIED = "verified"
    PARTLY = "partly"
    UNVERIFIED = "unverified"


@dataclass(frozen=True)
class LegalBasis:
    number: str
    date: str  # ISO date of signature
    issuer: str
    source: str | None = None
    in_force: str | None = None


@dataclass(frozen=True)
class Threshold:
    """One required level, for the units its selectors match (None matches any unit).

    `value` None is an explicit gap: the official level is not known to the project.
    """

    value: float | None
    region: str | None = None
    group: int | None = None
    flag: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    verified: Verification = Verification.UNVERIFIED
    source: str | None = None
    note: str | None = None
    line: int = 0

    @property
    def is_gap(self) -> bool:
        return self.value is None

    @property
    def selector(self) -> tuple:
        return (self.region, self.group, self.flag, self.year_from, self.year_to)

    @property
    def specificity(self) -> int:
        return sum(x is not None for x in (self.region, self.group, self.flag)) + (
            self.year_from is not None or self.year_to is not None
        )

    def matches(self, region: str | None, group: int | None, flags: frozenset[str], year: int) -> bool:
        if self.region is not None and self.region != region:
            return False
        if self.group is not None and self.group != group:
            return False
        if self.flag is not None and self.flag not in flags:
            return False
        if self.year_from is not None and year < self.year_from:
            return False
        if self.year_to is not None and year > self.year_to:
            return False
        return True


@dataclass(frozen=True)
class RelativeTo:
    """A threshold defined as a multiple of another set's threshold (319: income ≥ 110% of nâng cao)."""

    set_id: str
    indicator_id: str
    factor: float
    label: str


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    rule: Rule
    unit: str = ""
    short_unit: str = ""
    thresholds: tuple[Threshold, ...] = ()
    relative_to: RelativeTo | None = None
    recognition_tier: Tier | None = None
    verified: Verification = Verification.UNVERIFIED
    source: str | None = None
    note: str | None = None
    line: int = 0


@dataclass(frozen=True)
class Criterion:
    id: str
    name: str
    indicators: tuple[Indicator, ...] = ()
    group: str | None = None
    # False when the official list of indicators is not known: then the listed indicators
    # can show the criterion is not met, but only an asserted status can show it is met.
    indicators_complete: bool = True
    note: str | None = None
    line: int = 0


@dataclass(frozen=True)
class CriteriaSet:
    id: str
    title: str
    legal_basis: LegalBasis
    period_from: int
    period_to: int
    scope: Scope
    tier: Tier
    criteria: tuple[Criterion, ...]
    conditions: tuple[Indicator, ...] = ()
    extends: str | None = None
    province: str | None = None
    criteria_complete: bool = True
    declared_criteria_count: int | None = None
    declared_indicator_count: int | None = None
    # Flags whose units use another region's thresholds (318: ĐBKK and ATK use tdmnpb).
    flag_regions: Mapping[str, str] = field(default_factory=dict)
    notes: str | None = None
    path: str | None = None
    _plans: dict = field(default_factory=dict, compare=False, repr=False, hash=False)

    @property
    def total(self) -> int | None:
        """The number of criteria a unit must meet, when known."""
        if self.criteria_complete:
            return len(self.criteria)
        return self.declared_criteria_count

    def criterion(self, criterion_id: str) -> Criterion:
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        raise KeyError(criterion_id)

    def indicator(self, indicator_id: str) -> Indicator:
        for criterion in self.criteria:
            for indicator in criterion.indicators:
                if indicator.id == indicator_id:
                    return indicator
        for indicator in self.conditions:
            if indicator.id == indicator_id:
                return indicator
        raise KeyError(indicator_id)

    def gaps(self) -> list[tuple[Indicator, Threshold | None]]:
        """Every threshold that is an explicit gap, and indicators that need one but list none."""
        out = []
        for indicator in [i for c in self.criteria for i in c.indicators] + list(self.conditions):
            if not indicator.rule.needs_threshold or indicator.relative_to is not None:
                continue
            if not indicator.thresholds:
                out.append((indicator, None))
            out.extend((indicator, t) for t in indicator.thresholds if t.is_gap)
        return out


@dataclass(frozen=True)
class UnitAttributes:
    """What the thresholds depend on, as valid for the unit on the date evaluated."""

    region: str | None = None
    commune_group: int | None = None
    flags: frozenset[str] = frozenset()
    name: str | None = None
    code: str | None = None


@dataclass(frozen=True)
class Recognition:
    """A decision recognising the unit at a tier (e.g. 1234/QĐ-UBND, đạt chuẩn, year 2020)."""

    tier: Tier
    decision: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class KnownData:
    """What is known about one unit for one year.

    `values`: measured indicator (and condition) values by id. `criterion_status`: statuses a
    report asserts without values ("đạt tiêu chí 10"). `asserted_count`: a reported count
    (19, 19) for "19/19". `source`: where the assertions come from, shown in reasons.
    """

    year: int
    values: Mapping[str, float | int | bool] = field(default_factory=dict)
    criterion_status: Mapping[str, bool] = field(default_factory=dict)
    asserted_count: tuple[int, int] | None = None
    recognition: Recognition | None = None
    source: str | None = None
