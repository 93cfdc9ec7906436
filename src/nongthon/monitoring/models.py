"""Monitoring data: what the documents, decisions, imports and users report about units.

Every row inherits `SourcedRecord`: it names its source (a document span, a legal decision, an
import file and row, or a user) and carries a review status; only accepted rows count.
Goals live in `Target`; the other models hold what was achieved.
"""

from __future__ import annotations

import re
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from nongthon.monitoring.choices import (
    ChildLevel,
    Direction,
    LegalKind,
    Measure,
    PeriodPrecision,
    Programme,
    ReviewStatus,
    SourceKind,
    TargetKind,
    Tier,
)

TALLY_STATE_RE = re.compile(r"^(dat_chuan|nang_cao|kieu_mau|hien_dai|criteria:(\d+)-(\d+))$")


class SourcedRecord(models.Model):
    """Source and review status shared by every monitoring row.

    The source is one of: a span of a stored document (`source_document`, `source_start`,
    `source_end`, `source_evidence`), a legal decision (`source_legal`), a row of an import
    file (`source_file`, `source_row`) or a named user (`source_user`, also set on rows written
    by accepting a fact: the person answerable for the row). `source_fact` links a
    row written by accepting an extracted fact back to that fact. `reviewed_by`/`reviewed_at` say
    who accepted or rejected the row, and when.
    """

    source_kind = models.CharField(_("loại nguồn"), max_length=10, choices=SourceKind.choices)
    source_document = models.ForeignKey(
        "documents.Document", verbose_name=_("tài liệu nguồn"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
    )
    source_start = models.PositiveIntegerField(_("vị trí bắt đầu"), null=True, blank=True)
    source_end = models.PositiveIntegerField(_("vị trí kết thúc"), null=True, blank=True)
    source_evidence = models.TextField(_("trích dẫn"), blank=True)
    source_fact = models.ForeignKey(
        "documents.Fact", verbose_name=_("dữ kiện nguồn"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    source_legal = models.ForeignKey(
        "monitoring.LegalDocument", verbose_name=_("văn bản pháp lý nguồn"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
    )
    source_file = models.CharField(_("tệp nhập"), max_length=500, blank=True)
    source_row = models.PositiveIntegerField(_("dòng trong tệp nhập"), null=True, blank=True)
    source_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người nhập"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
    )
    status = models.CharField(
        _("trạng thái duyệt"), max_length=10, choices=ReviewStatus.choices,
        default=ReviewStatus.PROPOSED, db_index=True,
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người duyệt"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
    )
    reviewed_at = models.DateTimeField(_("duyệt lúc"), null=True, blank=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        required = {
            SourceKind.DOCUMENT: ["source_document"],
            SourceKind.LEGAL: ["source_legal"],
            SourceKind.IMPORT: ["source_file", "source_row"],
            SourceKind.USER: ["source_user"],
        }.get(self.source_kind, [])
        missing = [name for name in required if getattr(self, name) in (None, "")]
        if missing:
            raise ValidationError({name: _("Nguồn loại này cần trường này.") for name in missing})
        if self.source_kind == SourceKind.DOCUMENT and self.source_start is not None:
            if self.source_end is None or self.source_end < self.source_start:
                raise ValidationError({"source_end": _("Vị trí kết thúc phải sau vị trí bắt đầu.")})

    @property
    def source_label(self) -> str:
        if self.source_kind == SourceKind.DOCUMENT and self.source_document_id:
            span = f" [{self.source_start}:{self.source_end}]" if self.source_start is not None else ""
            return f"{self.source_document}{span}"
        if self.source_kind == SourceKind.LEGAL and self.source_legal_id:
            return str(self.source_legal)
        if self.source_kind == SourceKind.IMPORT:
            return f"{self.source_file}:{self.source_row}"
        if self.source_kind == SourceKind.USER and self.source_user_id:
            return str(self.source_user)
        return self.get_source_kind_display()


class LegalDocument(SourcedRecord):
    """A legal or Party document, identified by its normalised number (`14-CT/HU`, `28/2022/NĐ-CP`)."""

    number = models.CharField(_("số, ký hiệu"), max_length=120, unique=True)
    kind = models.CharField(_("loại văn bản"), max_length=12, choices=LegalKind.choices, default=LegalKind.OTHER)
    date = models.DateField(_("ngày ban hành"), null=True, blank=True)
    issuer = models.CharField(_("cơ quan ban hành"), max_length=300, blank=True)
    title = models.TextField(_("trích yếu"), blank=True)

    class Meta:
        verbose_name = _("văn bản pháp lý")
        verbose_name_plural = _("văn bản pháp lý")
        ordering = ["-date", "number"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.number}"


class Indicator(models.Model):
    """A measured figure the programme follows (the closed list of spec/facts.md, and more).

    `criteria_set_id`/`criteria_indicator_id` tie it to an indicator of a criteria set (YAML
    files of `nongthon.evaluation`), so accepted observations can feed the evaluator.
    """

    key = models.SlugField(_("mã chỉ tiêu"), max_length=60, unique=True)
    name = models.CharField(_("tên"), max_length=300)
    measure = models.CharField(_("đơn vị đo"), max_length=24, choices=Measure.choices)
    direction = models.CharField(
        _("chiều tốt lên"), max_length=8, choices=Direction.choices, default=Direction.HIGHER,
    )
    description = models.TextField(_("mô tả"), blank=True)
    criteria_set_id = models.CharField(_("bộ tiêu chí"), max_length=60, blank=True)
    criteria_indicator_id = models.CharField(_("chỉ tiêu trong bộ tiêu chí"), max_length=60, blank=True)

    class Meta:
        verbose_name = _("chỉ tiêu theo dõi")
        verbose_name_plural = _("chỉ tiêu theo dõi")
        ordering = ["key"]

    def __str__(self) -> str:
        return self.name


class Observation(SourcedRecord):
    """The value of an indicator for a unit in a period.

    The period is a year (`year`), a span (`year_from`–`year`), or a date with its precision;
    `year` is the end of the period, used for ordering. Observations stay on the unit they were
    made about, even when that unit has since been merged (see `observations_for`).
    """

    unit = models.ForeignKey("units.Unit", verbose_name=_("đơn vị"), on_delete=models.PROTECT,
                             related_name="observations")
    indicator = models.ForeignKey(Indicator, verbose_name=_("chỉ tiêu"), on_delete=models.PROTECT,
                                  related_name="observations")
    year = models.PositiveSmallIntegerField(_("năm"), null=True, blank=True, db_index=True)
    year_from = models.PositiveSmallIntegerField(_("từ năm"), null=True, blank=True)
    date = models.DateField(_("ngày"), null=True, blank=True)
    precision = models.CharField(
        _("độ chính xác thời điểm"), max_length=10, choices=PeriodPrecision.choices,
        default=PeriodPrecision.YEAR,
    )
    value = models.DecimalField(_("giá trị"), max_digits=24, decimal_places=4)
    total = models.DecimalField(_("trên tổng số"), max_digits=24, decimal_places=4, null=True, blank=True)
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)
    standard = models.CharField(_("chuẩn áp dụng"), max_length=120, blank=True,
                                help_text=_("Ví dụ chuẩn nghèo 07/2021/NĐ-CP."))
    programme = models.CharField(_("chương trình"), max_length=20, choices=Programme.choices, blank=True)

    class Meta:
        verbose_name = _("số liệu quan sát")
        verbose_name_plural = _("số liệu quan sát")
        ordering = ["unit", "indicator", "-year", "-date"]
        indexes = [models.Index(fields=["unit", "indicator", "status"])]

    def __str__(self) -> str:
        return f"{self.indicator} – {self.unit}, {self.period_label}: {self.value_label}"

    @property
    def period_label(self) -> str:
        if self.precision == PeriodPrecision.SPAN and self.year_from:
            return f"{self.year_from}-{self.year}"
        if self.precision in (PeriodPrecision.DAY, PeriodPrecision.REPORTED) and self.date:
            return self.date.strftime("%d/%m/%Y")
        if self.precision == PeriodPrecision.MONTH and self.date:
            return self.date.strftime("%m/%Y")
        return str(self.year) if self.year else "?"

    @property
    def value_label(self) -> str:
        value = _plain(self.value)
        if self.total is not None:
            return f"{value}/{_plain(self.total)}"
        return f"{value}%" if self.indicator.measure == Measure.PERCENT else value


class CriterionStatus(SourcedRecord):
    """Whether a unit met one criterion of a criteria set in a year."""

    unit = models.ForeignKey("units.Unit", verbose_name=_("đơn vị"), on_delete=models.PROTECT,
                             related_name="criterion_statuses")
    criteria_set_id = models.CharField(_("bộ tiêu chí"), max_length=60)
    criterion_id = models.CharField(_("tiêu chí"), max_length=60)
    year = models.PositiveSmallIntegerField(_("năm"), null=True, blank=True)
    met = models.BooleanField(_("đạt"))

    class Meta:
        verbose_name = _("kết quả tiêu chí")
        verbose_name_plural = _("kết quả tiêu chí")
        ordering = ["unit", "criteria_set_id", "criterion_id", "-year"]
        # The heatmap reads one set and one year of a province's communes: by unit alone, SQLite
        # read every year of each commune (40,000 rows for 3,300 at national scale). The index also
        # holds every column the evaluation reads, so that re-evaluating the country
        # (`criteria.cases`) is one scan of it in (unit, set, year) order, without the table:
        # 0.7 s of CPU on SQLite for 1.6 million statuses, against 1.9 s through the table.
        indexes = [models.Index(fields=["unit", "criteria_set_id", "year", "status", "criterion_id", "met"],
                                name="monitoring_cs_covering")]

    def __str__(self) -> str:
        state = _("đạt") if self.met else _("chưa đạt")
        return f"{self.unit} – {self.criteria_set_id}/{self.criterion_id} ({self.year}): {state}"


class CriteriaCount(SourcedRecord):
    """A unit has met N criteria (of M): "hoàn thành 19/19 tiêu chí"."""

    unit = models.ForeignKey("units.Unit", verbose_name=_("đơn vị"), on_delete=models.PROTECT,
                             related_name="criteria_counts")
    achieved = models.PositiveSmallIntegerField(_("số tiêu chí đạt"))
    total = models.PositiveSmallIntegerField(_("tổng số tiêu chí"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(_("năm"), null=True, blank=True)

    class Meta:
        verbose_name = _("số tiêu chí đạt")
        verbose_name_plural = _("số tiêu chí đạt")
        ordering = ["unit", "-year"]

    def __str__(self) -> str:
        total = f"/{self.total}" if self.total else ""
        return f"{self.unit}: {self.achieved}{total} ({self.year or '?'})"


tally_state_validator = RegexValidator(
    TALLY_STATE_RE, _("Trạng thái là dat_chuan, nang_cao, kieu_mau, hien_dai hoặc criteria:A-B."),
)


class UnitTally(SourcedRecord):
    """How many units of a level inside a parent are in a state: "huyện có 3/13 xã đạt chuẩn".

    `state` is a tier (`dat_chuan` …) or `criteria:A-B` for "đạt từ A - B tiêu chí".
    Goals ("phấn đấu 155/194 xã đạt chuẩn") are `Target` rows of kind `tally`.
    """

    parent = models.ForeignKey("units.Unit", verbose_name=_("đơn vị cấp trên"), on_delete=models.PROTECT,
                               related_name="tallies")
    child_level = models.CharField(_("cấp được đếm"), max_length=8, choices=ChildLevel.choices)
    count = models.PositiveIntegerField(_("số đơn vị"))
    total = models.PositiveIntegerField(_("trên tổng số"), null=True, blank=True)
    state = models.CharField(_("trạng thái"), max_length=30, validators=[tally_state_validator])
    year = models.PositiveSmallIntegerField(_("năm"), null=True, blank=True)

    class Meta:
        verbose_name = _("số đơn vị đạt")
        verbose_name_plural = _("số đơn vị đạt")
        ordering = ["parent", "-year"]

    def __str__(self) -> str:
        total = f"/{self.total}" if self.total else ""
        return f"{self.parent}: {self.count}{total} {self.get_child_level_display()} {self.state_label}"

    @property
    def state_label(self) -> str:
        return tally_state_label(self.state)


def tally_state_label(state: str) -> str:
    match = TALLY_STATE_RE.match(state or "")
    if match and match.group(2):
        low, high = match.group(2), match.group(3)
        return str(_("đạt %(n)s tiêu chí") % {"n": low}) if low == high else str(
            _("đạt từ %(low)s đến %(high)s tiêu chí") % {"low": low, "high": high})
    try:
        return str(Tier(state).label)
    except ValueError:
        return state


class Recognition(SourcedRecord):
    """A unit recognised at an NTM tier, by a decision; possibly revoked later."""

    unit = models.ForeignKey("units.Unit", verbose_name=_("đơn vị"), on_delete=models.PROTECT,
                             related_name="recognitions")
    tier = models.CharField(_("mức"), max_length=10, choices=Tier.choices)
    year = models.PositiveSmallIntegerField(_("năm công nhận"), null=True, blank=True, db_index=True)
    decision = models.ForeignKey(
        LegalDocument, verbose_name=_("quyết định công nhận"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="recognitions",
    )
    decision_number = models.CharField(_("số quyết định"), max_length=120, blank=True)
    decision_date = models.DateField(_("ngày quyết định"), null=True, blank=True)
    issuer = models.CharField(_("cơ quan công nhận"), max_length=300, blank=True)
    revoked = models.BooleanField(_("đã thu hồi"), default=False)
    revoked_decision = models.ForeignKey(
        LegalDocument, verbose_name=_("quyết định thu hồi"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="revocations",
    )
    revoked_date = models.DateField(_("ngày thu hồi"), null=True, blank=True)

    class Meta:
        verbose_name = _("công nhận nông thôn mới")
        verbose_name_plural = _("công nhận nông thôn mới")
        ordering = ["unit", "-year"]

    def __str__(self) -> str:
        return f"{self.unit}: {self.get_tier_display()} ({self.year or '?'})"


class Target(SourcedRecord):
    """A goal set by a resolution or plan for a unit, with its deadline.

    - `indicator`: an indicator reaches `value` (`total` for counts) — "thu nhập bình quân đạt 45 triệu";
    - `status`: the unit reaches `tier` — "trở thành huyện NTM vào năm 2025";
    - `tally`: `value`(/`total`) units of `child_level` inside the unit are in `state`;
    - `text`: a goal stated only in words — "37 chỉ tiêu trên 4 lĩnh vực".
    Progress is computed against accepted rows (`progress()`), never stored.
    """

    unit = models.ForeignKey("units.Unit", verbose_name=_("đơn vị"), on_delete=models.PROTECT,
                             related_name="targets")
    kind = models.CharField(_("loại mục tiêu"), max_length=10, choices=TargetKind.choices)
    indicator = models.ForeignKey(Indicator, verbose_name=_("chỉ tiêu"), null=True, blank=True,
                                  on_delete=models.PROTECT, related_name="targets")
    tier = models.CharField(_("mức nông thôn mới"), max_length=10, choices=Tier.choices, blank=True)
    child_level = models.CharField(_("cấp được đếm"), max_length=8, choices=ChildLevel.choices, blank=True)
    state = models.CharField(_("trạng thái"), max_length=30, blank=True, validators=[tally_state_validator])
    value = models.DecimalField(_("giá trị mục tiêu"), max_digits=24, decimal_places=4, null=True, blank=True)
    total = models.DecimalField(_("trên tổng số"), max_digits=24, decimal_places=4, null=True, blank=True)
    deadline_year = models.PositiveSmallIntegerField(_("năm cần đạt"), null=True, blank=True)
    plan = models.ForeignKey(
        LegalDocument, verbose_name=_("nghị quyết, kế hoạch"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="targets",
    )
    description = models.TextField(_("mô tả"), blank=True)

    class Meta:
        verbose_name = _("mục tiêu")
        verbose_name_plural = _("mục tiêu")
        ordering = ["unit", "deadline_year"]

    def __str__(self) -> str:
        return f"{self.unit}: {self.what_label} ({self.deadline_year or '?'})"

    @property
    def what_label(self) -> str:
        if self.kind == TargetKind.STATUS:
            return self.get_tier_display()
        if self.kind == TargetKind.INDICATOR and self.indicator_id:
            total = f"/{_plain(self.total)}" if self.total is not None else ""
            return f"{self.indicator} {_plain(self.value)}{total}"
        if self.kind == TargetKind.TALLY:
            total = f"/{_plain(self.total)}" if self.total is not None else ""
            return f"{_plain(self.value)}{total} {self.get_child_level_display()} {tally_state_label(self.state)}"
        return self.description

    def clean(self):
        super().clean()
        needed = {
            TargetKind.INDICATOR: ["indicator", "value"],
            TargetKind.STATUS: ["tier"],
            TargetKind.TALLY: ["child_level", "state", "value"],
            TargetKind.TEXT: ["description"],
        }.get(self.kind, [])
        missing = [name for name in needed if getattr(self, name) in (None, "")]
        if missing:
            raise ValidationError({name: _("Mục tiêu loại này cần trường này.") for name in missing})

    def progress(self):
        """Where the unit stands against this target, from accepted rows (see monitoring.progress)."""
        from nongthon.monitoring.progress import progress_of

        return progress_of(self)


class SupportAssignment(SourcedRecord):
    """An organisation assigned to help a commune build NTM ("được phân công giúp đỡ xã …")."""

    helper = models.CharField(_("cơ quan, đơn vị giúp đỡ"), max_length=300)
    unit = models.ForeignKey("units.Unit", verbose_name=_("xã được giúp đỡ"), on_delete=models.PROTECT,
                             related_name="support_assignments")
    year = models.PositiveSmallIntegerField(_("năm"), null=True, blank=True)
    year_to = models.PositiveSmallIntegerField(_("đến năm"), null=True, blank=True)
    amount_vnd = models.DecimalField(_("kinh phí (đồng)"), max_digits=20, decimal_places=0, null=True, blank=True)
    activities = models.TextField(_("hoạt động"), blank=True)

    class Meta:
        verbose_name = _("phân công giúp đỡ xã")
        verbose_name_plural = _("phân công giúp đỡ xã")
        ordering = ["unit", "-year"]

    def __str__(self) -> str:
        return f"{self.helper} → {self.unit} ({self.year or '?'})"


class OcopProduct(SourcedRecord):
    """A product rated under the One Commune One Product programme."""

    name = models.CharField(_("tên sản phẩm"), max_length=300)
    owner = models.CharField(_("chủ thể"), max_length=300, blank=True)
    unit = models.ForeignKey("units.Unit", verbose_name=_("đơn vị"), on_delete=models.PROTECT,
                             related_name="ocop_products")
    stars = models.PositiveSmallIntegerField(
        _("số sao"), validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    year = models.PositiveSmallIntegerField(_("năm xếp hạng"), null=True, blank=True)

    class Meta:
        verbose_name = _("sản phẩm OCOP")
        verbose_name_plural = _("sản phẩm OCOP")
        ordering = ["unit", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.stars} sao)"


class Cooperative(SourcedRecord):
    """A cooperative (hợp tác xã) working in a unit."""

    unit = models.ForeignKey("units.Unit", verbose_name=_("đơn vị"), on_delete=models.PROTECT,
                             related_name="cooperatives")
    name = models.CharField(_("tên hợp tác xã"), max_length=300)
    members = models.PositiveIntegerField(_("số thành viên"), null=True, blank=True)
    capital_vnd = models.DecimalField(_("vốn điều lệ (đồng)"), max_digits=20, decimal_places=0,
                                      null=True, blank=True)
    effective = models.BooleanField(_("hoạt động hiệu quả"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(_("năm"), null=True, blank=True)

    class Meta:
        verbose_name = _("hợp tác xã")
        verbose_name_plural = _("hợp tác xã")
        ordering = ["unit", "name"]

    def __str__(self) -> str:
        return self.name


SOURCED_MODELS = [
    LegalDocument, Observation, CriterionStatus, CriteriaCount, UnitTally, Recognition, Target,
    SupportAssignment, OcopProduct, Cooperative,
]


def _plain(value: Decimal | int | str | None) -> str:
    """A decimal without trailing zeros, Vietnamese style: 11,65 and 3.600.000.000."""
    if value is None:
        return "?"
    text = f"{Decimal(str(value)).normalize():f}"
    whole, _sep, frac = text.partition(".")
    negative = whole.startswith("-")
    digits = whole.lstrip("-")
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    out = ("-" if negative else "") + ".".join(groups)
    return f"{out},{frac}" if frac else out
