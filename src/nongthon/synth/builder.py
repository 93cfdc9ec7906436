"""Build a synthetic dataset on the real registry: made-up, plausible, deterministic by seed.

Stages: check the database holds no real accepted data → remove an earlier synthetic dataset →
draw each commune's path (year of recognition, higher tiers, criteria met by year, income and
poverty) → write criteria statuses, counts, observations, recognitions, district recognitions,
province tallies, targets, documents and facts in batches → rebuild the roll-ups.

The curve follows the programme's published shape: about a quarter of communes recognised by
2016, about 79 % by 2025, 17.5 criteria on average in 2025; 2026 restarts on the merged communes
under 51/2025/QĐ-TTg. Nothing here is a real figure.
"""

from __future__ import annotations

import hashlib
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.db.models import Q

from nongthon.evaluation import load_set
from nongthon.monitoring.choices import ChildLevel, ReviewStatus, SourceKind, TargetKind, Tier
from nongthon.monitoring.models import (
    SOURCED_MODELS,
    CriteriaCount,
    CriterionStatus,
    Indicator,
    Observation,
    Recognition,
    Target,
    UnitTally,
)
from nongthon.registry import region_of
from nongthon.rollups.hierarchy import YearHierarchy, commune_set_for, hierarchy
from nongthon.synth import SYNTHETIC_PREFIX
from nongthon.synth.choices import Scale
from nongthon.synth.models import Dataset
from nongthon.synth.news import NewsItems
from nongthon.synth.writer import LabelledWriter
from nongthon.units.models import Unit

FIRST_YEAR, LAST_YEAR = 2016, 2026
#: Catalogue indicators observed for every commune; wards get the first two.
GENERAL = ("income_per_capita", "poverty_rate", "near_poverty_rate", "health_insurance_coverage",
           "clean_water_rural")
#: Region factors on income (2016, million VND per person per year).
INCOME_2016 = {"tdmnpb": 22, "dbsh": 38, "btb": 26, "dhntb": 30, "tn": 28, "dnb": 45, "dbscl": 32}
POVERTY_2016 = {"tdmnpb": 22, "dbsh": 4, "btb": 10, "dhntb": 8, "tn": 14, "dnb": 2, "dbscl": 7}


class RealDataPresent(Exception):
    """The database holds accepted data that is not synthetic; the message says how much."""


@dataclass
class Options:
    scale: str = Scale.NATIONAL
    province: str = ""
    seed: int = 1
    first_year: int = FIRST_YEAR
    last_year: int = LAST_YEAR
    force: bool = False


@dataclass
class Commune:
    """The drawn path of one programme commune."""

    uid: int
    region: str
    rec_year: int | None
    nc_year: int | None
    km_year: int | None
    revoked_year: int | None
    base: float
    growth: float
    step: float
    order: list[int]
    income: float
    poverty: float
    new_met: int = 0


@dataclass
class Report:
    label: str
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def _synthetic_import() -> Q:
    return Q(source_kind=SourceKind.IMPORT, source_file__startswith=SYNTHETIC_PREFIX)


def _from_synthetic_document() -> Q:
    """Rows written by accepting a fact of a synthetic document are synthetic too."""
    return Q(source_document__source__startswith=SYNTHETIC_PREFIX)


def real_data_count() -> int:
    """Accepted monitoring rows that are neither synthetic imports nor taken from synthetic documents."""
    synthetic = _synthetic_import() | _from_synthetic_document()
    return sum(m.objects.filter(status=ReviewStatus.ACCEPTED).exclude(synthetic).count() for m in SOURCED_MODELS)


def remove_synthetic() -> int:
    """Delete every synthetic row (monitoring rows, documents and their facts, datasets)."""
    from nongthon.documents.models import Document
    from nongthon.rollups.models import UnitYearSummary

    removed = 0
    for model in reversed(SOURCED_MODELS):
        removed += model.objects.filter(_synthetic_import())._raw_delete(model.objects.db)
        removed += model.objects.filter(_from_synthetic_document()).delete()[0]
    docs = Document.objects.filter(source__startswith=SYNTHETIC_PREFIX)
    removed += docs.count()
    docs.delete()
    Dataset.objects.all().delete()
    UnitYearSummary.objects.all().delete()
    return removed


def build(options: Options, log: Callable[[str], None] = lambda _m: None) -> Report:
    """Build the dataset all-or-nothing; raises RealDataPresent unless `options.force`."""
    started = time.perf_counter()
    if not Unit.objects.filter(from_registry=True).exists():
        from nongthon.units.operations import load_units

        log("Nạp danh mục đơn vị hành chính…")
        load_units()
    real = real_data_count()
    if real and not options.force:
        raise RealDataPresent(
            f"Cơ sở dữ liệu đã có {real} dòng số liệu thật đã duyệt; không trộn dữ liệu tổng hợp vào "
            "(dùng --force nếu thật sự muốn)."
        )
    label = f"{SYNTHETIC_PREFIX}{options.scale}"
    label += f"-{options.province}" if options.province else ""
    label += f":seed={options.seed}"
    with transaction.atomic():
        _roomy_cache()
        removed = remove_synthetic()
        if removed:
            log(f"Đã xóa {removed} dòng tổng hợp cũ.")
        writer = LabelledWriter(label, log)
        _Generator(options, writer, log).run()
        Dataset.objects.create(label=label, scale=options.scale, province=options.province, seed=options.seed,
                               first_year=options.first_year, last_year=options.last_year, rows=writer.counts,
                               seconds=time.perf_counter() - started)
        from nongthon.rollups.operations import all_data_years, rebuild_rollups

        t = time.perf_counter()
        # Real rows kept beside the dataset (--force) may speak of other years: summarise those too.
        years = {*range(options.first_year, options.last_year + 1), *(all_data_years() if real else ())}
        rollup = rebuild_rollups(years)
        writer.counts["rollups.UnitYearSummary"] = rollup.rows
        log(f"Tổng hợp theo đơn vị và năm: {rollup.rows} dòng trong {time.perf_counter() - t:.1f} giây.")
    _analyze()
    seconds = time.perf_counter() - started
    Dataset.objects.filter(label=label).update(rows=writer.counts, seconds=seconds)
    return Report(label, writer.counts, seconds)


def _analyze() -> None:
    """Fresh planner statistics after a bulk load: without them PostgreSQL picks slow plans for a while."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE")
        elif connection.vendor == "sqlite":
            cursor.execute("PRAGMA analysis_limit = 1000")
            cursor.execute("ANALYZE")


def _roomy_cache() -> None:
    """On SQLite, a page cache large enough for the indexes being filled (256 MB, this connection only)."""
    from django.db import connection

    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size = -262144")


class _Generator:
    def __init__(self, options: Options, writer: LabelledWriter, log):
        self.o = options
        self.w = writer
        self.log = log
        self.years = list(range(options.first_year, options.last_year + 1))
        self.h: dict[int, YearHierarchy] = {y: hierarchy(y) for y in self.years}
        self.units = {u[0]: u for u in Unit.objects.filter(level__in=("tinh", "huyen", "xa")).values_list(
            "id", "key", "code", "name", "level", "kind", "valid_from")}
        self.paths: dict[int, Commune] = {}
        self.indicators = self._indicators()

    # ---- scope --------------------------------------------------------------------------

    def _in_scope(self, province_id: int | None) -> bool:
        if not self.o.province:
            return True
        return province_id is not None and self.units[province_id][2] == self.o.province

    def _rng(self, *parts) -> random.Random:
        digest = hashlib.blake2b(f"{self.o.seed}:{':'.join(map(str, parts))}".encode(), digest_size=8).digest()
        return random.Random(int.from_bytes(digest, "big"))

    def _indicators(self) -> dict[str, int]:
        ids = dict(Indicator.objects.filter(key__in=GENERAL).values_list("key", "id"))
        missing = [k for k in GENERAL if k not in ids]
        for key in missing:  # the catalogue migration normally provides them
            ids[key] = Indicator.objects.create(key=key, name=key, measure="percent").id
        for set_id in {commune_set_for(y) for y in self.years} - {None}:
            for criterion in load_set(set_id).criteria:
                for ind in criterion.indicators:
                    key = f"{set_id}-{ind.id}".replace(".", "-")
                    obj, _ = Indicator.objects.get_or_create(key=key, defaults={
                        "name": ind.name, "measure": "percent" if ind.unit == "%" else "count",
                        "direction": "lower" if ind.rule.value == "<=" else "higher",
                        "criteria_set_id": set_id, "criteria_indicator_id": ind.id,
                        "description": f"Chỉ tiêu {ind.id} của bộ {set_id}."})
                    ids[f"{set_id}/{ind.id}"] = obj.id
        return ids

    # ---- paths --------------------------------------------------------------------------

    def _path(self, uid: int, province_id: int | None, post_reform: bool) -> Commune:
        found = self.paths.get(uid)
        if found:
            return found
        key = self.units[uid][1]
        rng = self._rng("commune", key)
        region = region_of(self.units[province_id][2]) if province_id else None
        region = region or "dbsh"
        u = rng.random()
        rec = nc = km = revoked = None
        if not post_reform:
            if u < 0.25:
                rec = rng.randint(2011, 2016)
            elif u < 0.79:
                rec = 2016 + math.ceil((u - 0.25) / 0.06)
            started = self.units[uid][6]
            if rec is not None and started is not None and rec < started.year:
                rec = max(started.year, FIRST_YEAR)
            if rec is not None and rng.random() < 0.4:
                nc = max(rec + 2, 2019) + rng.randint(0, 5)
                nc = nc if nc <= 2025 else None
                if nc is not None and rng.random() < 0.2:
                    km = nc + rng.randint(1, 3)
                    km = km if km <= 2025 else None
            if rec is not None and rng.random() < 0.005:
                revoked = rec + rng.randint(1, 4)
        order = list(range(19))
        rng.shuffle(order)
        path = Commune(
            uid=uid, region=region, rec_year=rec, nc_year=nc, km_year=km, revoked_year=revoked,
            base=rng.uniform(6, 12), growth=rng.uniform(0.2, 0.5), step=rng.uniform(0.8, 1.6), order=order,
            income=INCOME_2016[region] * rng.uniform(0.75, 1.3), poverty=POVERTY_2016[region] * rng.uniform(0.4, 1.8),
            new_met=rng.randint(3, 9) if post_reform else 0,
        )
        if post_reform and rng.random() < 0.06:
            path.new_met = 10
            path.rec_year = 2026
        self.paths[uid] = path
        return path

    def _met(self, p: Commune, year: int, total: int) -> int:
        if total != 19:
            return min(p.new_met, total)
        if p.rec_year is not None and p.rec_year <= year and not (p.revoked_year and p.revoked_year <= year):
            return 19
        if p.rec_year is not None:
            return max(3, min(18, 19 - math.ceil((p.rec_year - year) * p.step)))
        return max(3, min(18, round(p.base + (year - FIRST_YEAR) * p.growth)))

    # ---- run ----------------------------------------------------------------------------

    def run(self) -> None:
        for year in self.years:
            t = time.perf_counter()
            n = self._year(year)
            self.w.flush()
            self.log(f"Năm {year}: {n} xã trong {time.perf_counter() - t:.1f} giây.")
        self._recognitions()
        self._districts_and_provinces()
        self.w.flush()

    def _year(self, year: int) -> int:
        h = self.h[year]
        set_id = commune_set_for(year)
        cset = load_set(set_id)
        criteria = [c.id for c in cset.criteria]
        total = cset.total or len(criteria)
        post = year > 2025
        indicators = [(c.id, i) for c in cset.criteria for i in c.indicators]
        n = 0
        for uid, (_district, province) in h.communes.items():
            if not self._in_scope(province):
                continue
            n += 1
            p = self._path(uid, province, post)
            met = self._met(p, year, total)
            rng = self._rng("year", uid, year)
            order = [i for i in p.order if i < len(criteria)]
            met_ids = {criteria[i] for i in order[:met]}
            for cid in criteria:
                self.w.add(CriterionStatus, unit_id=uid, criteria_set_id=set_id, criterion_id=cid, year=year,
                           met=cid in met_ids)
            self.w.add(CriteriaCount, unit_id=uid, achieved=met, total=total, year=year)
            income, poverty = self._economy(p, year, rng)
            self._observe(uid, year, "income_per_capita", income)
            self._observe(uid, year, "poverty_rate", poverty)
            self._observe(uid, year, "near_poverty_rate", poverty * rng.uniform(0.5, 0.9))
            self._observe(uid, year, "health_insurance_coverage", min(100.0, 80 + (year - 2016) * 1.5 + rng.uniform(-3, 5)))
            self._observe(uid, year, "clean_water_rural", min(100.0, 75 + (year - 2016) * 2 + rng.uniform(-5, 5)))
            for criterion_id, ind in indicators:
                ident = self.indicators[f"{set_id}/{ind.id}"]
                criterion_met = criterion_id in met_ids
                if ind.id.startswith("10"):
                    value = income
                elif ind.id.startswith("11"):
                    value = poverty
                elif ind.rule.value == "bool":
                    value = 1.0 if criterion_met else float(rng.random() < 0.5)
                else:
                    value = rng.uniform(72, 98) if criterion_met else rng.uniform(40, 80)
                self._observe(uid, year, None, value, indicator_id=ident)
        for uid, (_district, province) in h.others.items():
            if not self._in_scope(province):
                continue
            p = self._path(uid, province, post)
            income, poverty = self._economy(p, year, self._rng("year", uid, year))
            self._observe(uid, year, "income_per_capita", income * 1.3)
            self._observe(uid, year, "poverty_rate", poverty * 0.3)
        return n

    def _economy(self, p: Commune, year: int, rng: random.Random) -> tuple[float, float]:
        income = p.income * 1.08 ** (year - FIRST_YEAR) * rng.uniform(0.97, 1.03)
        poverty = p.poverty * 0.86 ** (year - FIRST_YEAR) * rng.uniform(0.9, 1.1)
        if year >= 2022:  # the multidimensional standard of 07/2021/NĐ-CP counts more households
            poverty *= 1.6
        return income, poverty

    def _observe(self, uid: int, year: int, key: str | None, value: float, indicator_id: int | None = None) -> None:
        self.w.add(Observation, unit_id=uid, indicator_id=indicator_id or self.indicators[key], year=year,
                   value=Decimal(f"{value:.2f}"), programme="ntm")

    def _recognitions(self) -> None:
        last = self.years[-1]
        for uid, p in self.paths.items():
            steps = [(Tier.DAT_CHUAN, p.rec_year), (Tier.NANG_CAO, p.nc_year), (Tier.KIEU_MAU, p.km_year)]
            for tier, year in steps:
                if year is None or year > last:
                    continue
                revoked = tier == Tier.DAT_CHUAN and p.revoked_year is not None and p.revoked_year <= last
                number = f"{1000 + uid % 9000}/QĐ-UBND-{year}"
                self.w.add(Recognition, unit_id=uid, tier=tier, year=year, decision_number=number,
                           issuer="UBND tỉnh (tổng hợp)", revoked=revoked,
                           revoked_date=_date(p.revoked_year, 9, 1) if revoked else None)

    def _districts_and_provinces(self) -> None:
        """District recognitions a year after all their communes; province tallies; targets; documents."""
        done: set[int] = set()
        docs = NewsItems(self, _date)
        for year in self.years:
            h = self.h[year]
            by_district: dict[int, list[int]] = {}
            by_province: dict[int, list[int]] = {}
            for uid, (d, p) in h.communes.items():
                if not self._in_scope(p):
                    continue
                if d:
                    by_district.setdefault(d, []).append(uid)
                if p:
                    by_province.setdefault(p, []).append(uid)
            for did, communes in by_district.items():
                recognised = [c for c in communes if self._tier_rank(c, year) >= 0]
                if did not in done and year < 2025 and len(recognised) == len(communes):
                    done.add(did)
                    self.w.add(Recognition, unit_id=did, tier=Tier.DAT_CHUAN, year=year + 1,
                               decision_number=f"{did % 900 + 100}/QĐ-TTg-{year + 1}", issuer="Thủ tướng Chính phủ")
                docs.district_year(did, year, communes, recognised)
            for pid, communes in by_province.items():
                recognised = sum(self._tier_rank(c, year) >= 0 for c in communes)
                self.w.add(UnitTally, parent_id=pid, child_level=ChildLevel.XA, count=recognised,
                           total=len(communes), state="dat_chuan", year=year)
                if year in (2016, 2021):
                    self._targets(pid, year, len(communes), recognised)
        docs.flush()

    def _tier_rank(self, uid: int, year: int) -> int:
        p = self.paths[uid]
        if p.revoked_year is not None and p.revoked_year <= year:
            return -1
        rank = -1
        for i, y in enumerate((p.rec_year, p.nc_year, p.km_year)):
            if y is not None and y <= year:
                rank = i
        return rank

    def _targets(self, pid: int, year: int, communes: int, recognised: int) -> None:
        deadline = 2020 if year == 2016 else 2025
        share = 0.5 if year == 2016 else 0.8
        goal = max(recognised, round(communes * share))
        self.w.add(Target, unit_id=pid, kind=TargetKind.TALLY, child_level=ChildLevel.XA, state="dat_chuan",
                   value=Decimal(goal), total=Decimal(communes), deadline_year=deadline,
                   description=f"Phấn đấu {goal}/{communes} xã đạt chuẩn nông thôn mới (tổng hợp)")
        self.w.add(Target, unit_id=pid, kind=TargetKind.INDICATOR, indicator_id=self.indicators["income_per_capita"],
                   value=Decimal(45 if deadline == 2020 else 60), deadline_year=deadline,
                   description="Thu nhập bình quân khu vực nông thôn (tổng hợp)")


def _date(year: int, month: int, day: int):
    import datetime as dt

    return dt.date(year, month, day)
