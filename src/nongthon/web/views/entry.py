"""Entering a unit's data for a year: the indicators of a criteria set and the criterion statuses.

GET shows the cells with their current accepted value and its source; POST saves the changed
cells through `monitoring.operations.record_entries`, which asks `accounts.authz`, refuses a cell
that someone else changed after the page was read (409, nothing written) and refreshes the
roll-ups. The audit log records the change with origin `page` (`accounts.audit.AuditMiddleware`).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from nongthon.accounts.authz import require_write
from nongthon.accounts.choices import Action
from nongthon.monitoring import operations
from nongthon.monitoring.choices import ReviewStatus
from nongthon.monitoring.models import CriterionStatus, Indicator, Observation
from nongthon.units.models import Unit
from nongthon.web import queries
from nongthon.web.forms import (
    Cell,
    EntryPeriodForm,
    UnitYearEntryForm,
    applicable_sets,
    default_period,
    kind_of,
)


def cells_for(unit, criteria_set, year: int) -> list[Cell]:
    """The indicators of the set a person can measure (not those read from a recognition) and its
    criteria, each with the current accepted row of the year, in two queries."""
    tied = {i.criteria_indicator_id: i for i in Indicator.objects.filter(criteria_set_id=criteria_set.id)}
    values = {}
    for row in (Observation.objects.filter(unit=unit, year=year, status=ReviewStatus.ACCEPTED,
                                           indicator__in=tied.values())
                .select_related("indicator", "source_document", "source_user", "source_legal").order_by("id")):
        values[row.indicator.criteria_indicator_id] = row  # the latest wins, as in evaluation
    statuses = {}
    for row in (CriterionStatus.objects.filter(unit=unit, year=year, criteria_set_id=criteria_set.id,
                                               status=ReviewStatus.ACCEPTED)
                .select_related("source_document", "source_user", "source_legal").order_by("id")):
        statuses[row.criterion_id] = row
    cells = []
    measured = [(c.id, i) for c in criteria_set.criteria for i in c.indicators if i.recognition_tier is None]
    measured += [("", i) for i in criteria_set.conditions if i.recognition_tier is None]
    for criterion_id, indicator in measured:
        row = values.get(indicator.id)
        prefix = f"{indicator.id}. " if criterion_id else ""
        cells.append(Cell(field=f"i_{_slug(indicator.id)}", label=f"{prefix}{indicator.name}", kind=kind_of(indicator),
                          criterion_id=criterion_id, indicator=indicator, row=row,
                          version=operations.cell_version(row), unit_label=indicator.unit))
    for criterion in criteria_set.criteria:
        row = statuses.get(criterion.id)
        cells.append(Cell(field=f"c_{_slug(criterion.id)}",
                          label=_("Tiêu chí %(id)s. %(name)s") % {"id": criterion.id, "name": criterion.name},
                          kind="status", criterion_id=criterion.id, row=row, version=operations.cell_version(row)))
    return cells


def _slug(ident: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in ident)


class UnitEntryView(LoginRequiredMixin, View):
    """/units/<key>/entry/?criteria_set=…&year=…: the entry form; POST saves it."""

    def dispatch(self, request, *args, key: str, **kwargs):
        self.unit = get_object_or_404(Unit.objects.select_related("parent__parent"), key=key)
        self.sets = applicable_sets(self.unit)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        if not self.sets:
            return self.render(EntryPeriodForm(unit=self.unit, sets=self.sets), None)
        year, set_id = default_period(self.unit, self.sets, request.GET.get("year"))
        data = {"year": year, "criteria_set": set_id, **request.GET.dict()}
        period = EntryPeriodForm(data, unit=self.unit, sets=self.sets)
        if not period.is_valid():
            return self.render(period, None, status=400)
        refused = self.refusal(period)
        if refused:
            return self.render(period, None, refused=refused, status=403)
        form = UnitYearEntryForm(cells=self.cells(period))
        return self.render(period, form)

    def post(self, request):
        period = EntryPeriodForm(request.POST, unit=self.unit, sets=self.sets)
        if not period.is_valid():
            return self.render(period, None, status=400)
        refused = self.refusal(period)
        if refused:
            return self.render(period, None, refused=refused, status=403)
        form = UnitYearEntryForm(request.POST, cells=self.cells(period))
        if not form.is_valid():
            return self.render(period, form, status=400)
        criteria_set, year = period.cleaned_data["set_object"], period.cleaned_data["year"]
        try:
            with transaction.atomic():
                entries = [self.entry(criteria_set, cell, value, version)
                           for cell, value, version in form.changed_cells()]
                written = operations.record_entries(self.unit, year, entries, request.user)
        except operations.StaleEntries as err:
            for field, message in err.stale.items():
                form.add_error(field, message)
            return self.render(period, form, status=409)
        except PermissionDenied as err:
            return self.render(period, None, refused=str(err), status=403)
        messages.success(request, _("Đã lưu %(n)s ô số liệu của %(unit)s năm %(year)s.")
                         % {"n": len(written), "unit": self.unit, "year": year})
        return HttpResponseRedirect(self.url(criteria_set.id, year))

    @staticmethod
    def entry(criteria_set, cell: Cell, value, version: str) -> operations.Entry:
        if cell.kind == "status":
            return operations.Entry(cell.field, value, version, criterion=(criteria_set.id, cell.criterion_id))
        return operations.Entry(cell.field, value, version,
                                indicator=operations.indicator_for(criteria_set.id, cell.indicator))

    def refusal(self, period) -> str:
        """The reason `authz` refuses the user this unit and year, or ""."""
        try:
            require_write(self.request.user, self.unit, operations.year_day(self.unit, period.cleaned_data["year"]),
                          Action.EDIT_MONITORING)
        except PermissionDenied as err:
            return str(err)
        return ""

    def cells(self, period) -> list[Cell]:
        return cells_for(self.unit, period.cleaned_data["set_object"], period.cleaned_data["year"])

    def url(self, set_id: str, year: int) -> str:
        return (reverse("web:unit-entry", args=[self.unit.key])
                + "?" + urlencode({"criteria_set": set_id, "year": year}))

    def render(self, period, form, *, refused: str = "", status: int = 200) -> TemplateResponse:
        valid = period.is_bound and not period.errors
        criteria_set = period.cleaned_data.get("set_object") if valid else None
        cells = form.cells if form is not None else []
        context = {
            "nav": "units",
            "unit": self.unit,
            "ancestors": queries.ancestors(self.unit),
            "period": period,
            "criteria_set": criteria_set,
            "year": period.cleaned_data.get("year") if valid else None,
            "form": form,
            "rows": [(cell, form[cell.field], form[f"{cell.field}__version"]) for cell in cells],
            "refused": refused,
            "has_sets": bool(self.sets),
        }
        return TemplateResponse(self.request, "web/entry.html", context, status=status)
