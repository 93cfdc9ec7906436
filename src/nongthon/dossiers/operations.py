"""The recognition workflow, written once: every step checks `accounts.authz` and is recorded.

draft → submitted (the unit) → verified (the level above: huyện, or tỉnh where there is no huyện)
→ appraised (tỉnh) → recognised (decision number, date, signer); submitted/verified/appraised may
be returned with reasons and submitted again; a recognised dossier may be revoked by a decision.
Recognising writes the accepted `monitoring.Recognition` row; revoking marks it revoked.
The data of a recognised unit and year is locked (`locked_reason`, registered with authz).
Submitting, verifying and appraising need the papers `choices.REQUIRED_DOCUMENTS` lists for the step.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from nongthon.accounts.authz import can_write, require_write
from nongthon.accounts.choices import Action
from nongthon.dossiers.choices import REQUIRED_DOCUMENTS, DocumentKind, DossierState, StepKind, SurveyOutcome
from nongthon.dossiers.models import Dossier, DossierDocument, DossierStep
from nongthon.monitoring.choices import ReviewStatus, SourceKind, Tier

S = DossierState


class WorkflowError(Exception):
    """A step cannot be taken from the dossier's state; the message says why, in Vietnamese."""


@dataclass(frozen=True)
class Transition:
    action: str
    kind: str
    sources: frozenset
    target: str


TRANSITIONS: dict[str, Transition] = {
    StepKind.SUBMIT: Transition(Action.DOSSIER_SUBMIT, StepKind.SUBMIT, frozenset({S.DRAFT, S.RETURNED}), S.SUBMITTED),
    StepKind.VERIFY: Transition(Action.DOSSIER_VERIFY, StepKind.VERIFY, frozenset({S.SUBMITTED}), S.VERIFIED),
    StepKind.APPRAISE: Transition(Action.DOSSIER_APPRAISE, StepKind.APPRAISE, frozenset({S.VERIFIED}), S.APPRAISED),
    StepKind.RECOGNISE: Transition(Action.DOSSIER_RECOGNISE, StepKind.RECOGNISE, frozenset({S.APPRAISED}),
                                   S.RECOGNISED),
    StepKind.RETURN: Transition(Action.DOSSIER_RETURN, StepKind.RETURN,
                                frozenset({S.SUBMITTED, S.VERIFIED, S.APPRAISED}), S.RETURNED),
    StepKind.REVOKE: Transition(Action.DOSSIER_REVOKE, StepKind.REVOKE, frozenset({S.RECOGNISED}), S.REVOKED),
}


def dossier_date(unit, year: int) -> datetime.date:
    """The date a dossier's data is about: the end of its year, or the unit's last day if earlier."""
    end = datetime.date(year, 12, 31)
    if unit.valid_to is not None and unit.valid_to <= end:
        return unit.valid_to - datetime.timedelta(days=1)
    return end


def default_set_id(unit, year: int, tier: str) -> str:
    """The national set for the unit's level, tier and year, if one is shipped."""
    try:
        from nongthon.evaluation import list_sets
    except ImportError:
        return ""
    for criteria_set in list_sets():
        if (criteria_set.scope.value == unit.level and str(criteria_set.tier) == tier and not criteria_set.province
                and criteria_set.period_from <= year <= criteria_set.period_to):
            return criteria_set.id
    return ""


# --- creating and recording -------------------------------------------------------------------


@transaction.atomic
def create_dossier(user, unit, year: int, tier: str = Tier.DAT_CHUAN, criteria_set_id: str = "") -> Dossier:
    require_write(user, unit, dossier_date(unit, year), Action.DOSSIER_CREATE)
    tier = Tier(tier)
    if Dossier.objects.filter(unit=unit, year=year, tier=tier).exists():
        raise WorkflowError(_("%(unit)s đã có hồ sơ %(tier)s năm %(year)s.") % {"unit": unit, "tier": tier.label, "year": year})
    dossier = Dossier.objects.create(unit=unit, year=year, tier=tier, created_by=_person(user),
                                     criteria_set_id=criteria_set_id or default_set_id(unit, year, tier))
    _step(dossier, StepKind.CREATE, "", S.DRAFT, user)
    return dossier


@transaction.atomic
def record_survey(user, dossier: Dossier, percent, note: str = "") -> SurveyOutcome:
    """Record the residents' satisfaction (%) and check it against the set's threshold."""
    dossier = _locked(dossier)
    require_write(user, dossier.unit, dossier_date(dossier.unit, dossier.year), Action.DOSSIER_SURVEY)
    if dossier.state not in (S.DRAFT, S.RETURNED, S.SUBMITTED):
        raise WorkflowError(_("Hồ sơ %(state)s: không ghi lại kết quả lấy ý kiến được.") % {
            "state": dossier.get_state_display().lower()})
    value = Decimal(str(percent))
    if not Decimal(0) <= value <= Decimal(100):
        raise WorkflowError(_("Tỷ lệ hài lòng phải từ 0 đến 100 (nhận %(value)s).") % {"value": percent})
    dossier.survey_percent, dossier.survey_note = value, note
    dossier.save(update_fields=["survey_percent", "survey_note", "updated_at"])
    outcome, message = survey_check(dossier)
    _step(dossier, StepKind.SURVEY, dossier.state, dossier.state, user, note=note, survey=message)
    return outcome


def survey_check(dossier: Dossier) -> tuple[SurveyOutcome, str]:
    """The survey against the `hai_long` condition of the dossier's set.

    Only a threshold marked verified counts (320/QĐ-TTg: ≥ 90% for a huyện); otherwise the value is
    recorded and the check says there is no official threshold.
    """
    if dossier.survey_percent is None:
        return SurveyOutcome.MISSING, "Chưa có kết quả lấy ý kiến sự hài lòng của người dân."
    shown = f"{dossier.survey_percent.normalize():f}".replace(".", ",")
    threshold = _survey_threshold(dossier.criteria_set_id)
    if threshold is None:
        return SurveyOutcome.NO_THRESHOLD, f"Tỷ lệ hài lòng {shown}%: chưa có ngưỡng chính thức."
    limit = Decimal(str(threshold))
    limit_shown = f"{limit.normalize():f}".replace(".", ",")
    if dossier.survey_percent >= limit:
        return SurveyOutcome.MET, f"Tỷ lệ hài lòng {shown}% ≥ {limit_shown}%: đạt."
    return SurveyOutcome.NOT_MET, f"Tỷ lệ hài lòng {shown}% < {limit_shown}%: chưa đạt."


def _survey_threshold(set_id: str) -> float | None:
    if not set_id:
        return None
    try:
        from nongthon.evaluation import Verification, load_set

        criteria_set = load_set(set_id)
    except (ImportError, KeyError):
        return None
    for condition in criteria_set.conditions:
        if condition.id != "hai_long":
            continue
        for threshold in condition.thresholds:
            if threshold.value is not None and threshold.verified == Verification.VERIFIED:
                return threshold.value
    return None


OPEN_STATES = frozenset({S.DRAFT, S.RETURNED, S.SUBMITTED, S.VERIFIED, S.APPRAISED})


@transaction.atomic
def attach_document(user, dossier: Dossier, kind: str, file, title: str = "") -> DossierDocument:
    """Attach a paper to an undecided dossier; officers who may open the unit's dossier may attach."""
    dossier = _locked(dossier)
    require_write(user, dossier.unit, dossier_date(dossier.unit, dossier.year), Action.DOSSIER_CREATE)
    if dossier.state not in OPEN_STATES:
        raise WorkflowError(_("Hồ sơ %(state)s: không đính kèm thêm giấy tờ được.") % {
            "state": dossier.get_state_display().lower()})
    document = DossierDocument(dossier=dossier, kind=DocumentKind(kind), title=title.strip(), file=file,
                               uploaded_by=_person(user))
    document.full_clean()
    document.save()
    return document


def documents_checklist(dossier: Dossier) -> list[tuple[str, str, list[DossierDocument]]]:
    """(step label, paper label, papers attached) for every paper a step needs, in order."""
    attached: dict[str, list] = {}
    for document in dossier.documents.all():
        attached.setdefault(document.kind, []).append(document)
    return [(StepKind(step).label, DocumentKind(kind).label, attached.get(kind, []))
            for step, kinds in REQUIRED_DOCUMENTS.items() for kind in kinds]


def missing_documents(dossier: Dossier, kind: str) -> list[str]:
    """The labels of the papers step `kind` needs that the dossier does not have yet."""
    attached = set(dossier.documents.values_list("kind", flat=True))
    return [str(DocumentKind(k).label) for k in REQUIRED_DOCUMENTS.get(kind, ()) if k not in attached]


def next_steps(user, dossier: Dossier) -> list[str]:
    """The steps (`StepKind`) `user` may take on the dossier now: its state allows them and `authz` agrees."""
    on = dossier_date(dossier.unit, dossier.year)
    return [kind for kind, transition in TRANSITIONS.items()
            if dossier.state in transition.sources and can_write(user, dossier.unit, on, transition.action)]


# --- moving a dossier -------------------------------------------------------------------------


def submit(user, dossier: Dossier, note: str = "") -> Dossier:
    return _move(user, dossier, StepKind.SUBMIT, note)


def verify(user, dossier: Dossier, note: str = "") -> Dossier:
    return _move(user, dossier, StepKind.VERIFY, note)


def appraise(user, dossier: Dossier, note: str = "") -> Dossier:
    return _move(user, dossier, StepKind.APPRAISE, note)


def return_dossier(user, dossier: Dossier, reasons: str) -> Dossier:
    if not reasons.strip():
        raise WorkflowError(_("Trả lại hồ sơ cần ghi rõ lý do."))
    return _move(user, dossier, StepKind.RETURN, reasons)


def recognise(user, dossier: Dossier, *, number: str, date: datetime.date, signer: str, note: str = "") -> Dossier:
    if not (number.strip() and date and signer.strip()):
        raise WorkflowError(_("Công nhận cần số quyết định, ngày quyết định và người ký."))

    def record(d: Dossier) -> None:
        from nongthon.monitoring.models import Recognition

        d.decision_number, d.decision_date, d.decision_signer = number.strip(), date, signer.strip()
        d.recognition = Recognition.objects.create(
            unit=d.unit, tier=d.tier, year=d.year, decision_number=d.decision_number, decision_date=date,
            issuer=d.decision_signer, source_kind=SourceKind.USER, source_user=_person(user),
            status=ReviewStatus.ACCEPTED,
        )

    return _move(user, dossier, StepKind.RECOGNISE, note, record)


def revoke(user, dossier: Dossier, *, number: str, date: datetime.date, signer: str, reasons: str) -> Dossier:
    if not (number.strip() and date and signer.strip() and reasons.strip()):
        raise WorkflowError(_("Thu hồi cần số quyết định, ngày, người ký và lý do."))

    def record(d: Dossier) -> None:
        d.revocation_number, d.revocation_date, d.revocation_signer = number.strip(), date, signer.strip()
        if d.recognition_id:
            recognition = d.recognition
            recognition.revoked, recognition.revoked_date = True, date
            recognition.save(update_fields=["revoked", "revoked_date", "updated_at"])

    return _move(user, dossier, StepKind.REVOKE, reasons, record)


CORRECTABLE = ("decision_number", "decision_date", "decision_signer", "survey_percent", "survey_note")


@transaction.atomic
def correct_recognised(user, dossier: Dossier, note: str, **changes) -> Dossier:
    """Change a recognised dossier: the province role only, with a reason; auditlog keeps before/after."""
    dossier = _locked(dossier)
    require_write(user, dossier.unit, dossier_date(dossier.unit, dossier.year), Action.CHANGE_RECOGNISED)
    unknown = set(changes) - set(CORRECTABLE)
    if unknown:
        raise WorkflowError(_("Không sửa được trường: %(fields)s.") % {"fields": ", ".join(sorted(unknown))})
    if not note.strip():
        raise WorkflowError(_("Sửa hồ sơ đã công nhận cần ghi lý do."))
    for name, value in changes.items():
        setattr(dossier, name, value)
    dossier.save()
    _step(dossier, StepKind.CORRECT, dossier.state, dossier.state, user, note=note)
    return dossier


def _move(user, dossier: Dossier, kind: str, note: str = "", record=None) -> Dossier:
    transition = TRANSITIONS[kind]
    with transaction.atomic():
        dossier = _locked(dossier)
        require_write(user, dossier.unit, dossier_date(dossier.unit, dossier.year), transition.action)
        if dossier.state not in transition.sources:
            raise WorkflowError(_("Hồ sơ %(dossier)s đang ở trạng thái “%(state)s”: không thể %(step)s.") % {
                "dossier": dossier, "state": dossier.get_state_display(), "step": StepKind(kind).label.lower()})
        missing = missing_documents(dossier, kind)
        if missing:
            raise WorkflowError(_("Không thể %(step)s: hồ sơ còn thiếu %(papers)s.") % {
                "step": StepKind(kind).label.lower(), "papers": ", ".join(missing)})
        outcome, message = survey_check(dossier)
        if kind in (StepKind.VERIFY, StepKind.APPRAISE, StepKind.RECOGNISE) and outcome == SurveyOutcome.NOT_MET:
            raise WorkflowError(_("Không thể %(step)s: %(reason)s") % {"step": StepKind(kind).label.lower(), "reason": message})
        if kind == StepKind.RECOGNISE and outcome == SurveyOutcome.MISSING:
            raise WorkflowError(_("Không thể công nhận: %(reason)s") % {"reason": message})
        previous = dossier.state
        dossier.state = transition.target
        if record is not None:
            record(dossier)
        dossier.save()
        _step(dossier, kind, previous, dossier.state, user, note=note, survey=message, verdict=_verdict(dossier))
    return dossier


def _locked(dossier: Dossier) -> Dossier:
    return Dossier.objects.select_for_update(of=("self",)).select_related("unit", "recognition").get(pk=dossier.pk)


def _person(user):
    return user if user is not None and getattr(user, "is_authenticated", False) else None


def _step(dossier, kind, from_state, to_state, user, note="", survey="", verdict=None) -> DossierStep:
    return DossierStep.objects.create(dossier=dossier, kind=kind, from_state=from_state, to_state=to_state,
                                      actor=_person(user), note=note, survey_check=survey, verdict=verdict)


def _verdict(dossier: Dossier) -> dict | None:
    """The evaluator's verdict on the unit's accepted data for the dossier's set and year, kept with the step."""
    if not dossier.criteria_set_id:
        return None
    try:
        from nongthon.web.evaluations import as_dict, evaluate_unit
    except ImportError:
        return None
    try:
        result = as_dict(evaluate_unit(dossier.unit, dossier.criteria_set_id, dossier.year))
    except Exception as err:  # the workflow records the evaluator's failure rather than stopping on it
        return {"error": str(err)}
    return {key: result[key] for key in ("set", "year", "status", "met_count", "not_met_count", "total",
                                         "eligibility", "missing") if key in result}


# --- reading ----------------------------------------------------------------------------------


def locked_reason(unit, on: datetime.date) -> str | None:
    """Why data of `unit` about `on` is locked: a recognised dossier of that unit and year."""
    dossier = (Dossier.objects.filter(unit=unit, year=on.year, state=S.RECOGNISED)
               .only("tier", "decision_number", "year").first())
    if dossier is None:
        return None
    return _("Dữ liệu năm %(year)s của %(unit)s đã được công nhận (%(tier)s, QĐ %(decision)s)") % {
        "year": dossier.year, "unit": unit, "tier": dossier.get_tier_display(),
        "decision": dossier.decision_number or "?"}


@dataclass(frozen=True)
class Waiting:
    dossier: Dossier
    role: str
    unit: object
    step: str

    def line(self) -> str:
        return _("#%(id)s %(dossier)s · %(state)s → chờ %(role)s %(unit)s %(step)s") % {
            "id": self.dossier.pk, "dossier": self.dossier, "state": self.dossier.get_state_display(),
            "role": self.role, "unit": self.unit, "step": self.step}


def pending() -> list[Waiting]:
    """Dossiers not yet decided, and whom each waits on."""
    from nongthon.units.choices import Level

    waiting = []
    open_states = [S.DRAFT, S.RETURNED, S.SUBMITTED, S.VERIFIED, S.APPRAISED]
    for dossier in (Dossier.objects.filter(state__in=open_states).select_related("unit__parent__parent")
                    .order_by("year", "unit__code", "tier")):
        unit = dossier.unit
        province = unit
        while province.parent is not None and province.level != Level.TINH:
            province = province.parent
        if dossier.state in (S.DRAFT, S.RETURNED):
            waiting.append(Waiting(dossier, _officer(unit), unit, _("hoàn thiện và trình")))
        elif dossier.state == S.SUBMITTED:
            above = unit.parent or unit
            waiting.append(Waiting(dossier, _officer(above), above, _("thẩm tra")))
        elif dossier.state == S.VERIFIED:
            waiting.append(Waiting(dossier, _("cán bộ tỉnh"), province, _("thẩm định")))
        else:
            waiting.append(Waiting(dossier, _("cán bộ tỉnh"), province, _("ghi quyết định công nhận")))
    return waiting


def _officer(unit) -> str:
    from nongthon.units.choices import Level

    return {Level.XA: _("cán bộ xã"), Level.HUYEN: _("cán bộ huyện"), Level.TINH: _("cán bộ tỉnh")}.get(
        unit.level, _("cán bộ"))
