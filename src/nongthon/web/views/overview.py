from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from types import SimpleNamespace

from django.db.models import Case, Count, F, OuterRef, Subquery, When
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from nongthon.units.choices import Level
from nongthon.units.models import LineageLink, Unit
from nongthon.web import lineage, progress, queries
from nongthon.web.links import unit_url_maker
from nongthon.web.templatetags.web_tags import unit_labeller
from nongthon.web.views.cache import PublicPageCacheMixin


class HomeView(TemplateView):
    """The overview of Lạng Sơn once the registry is loaded, else the country overview."""

    def get(self, request, *args, **kwargs):
        on = queries.parse_date(request.GET.get("on"))
        target = reverse("web:overview")
        if queries.province(queries.HOME_PROVINCE_CODE, on) is not None:
            target = reverse("web:province-overview", args=[queries.HOME_PROVINCE_CODE])
        if request.GET.get("on"):
            target += f"?on={on.isoformat()}"
        return redirect(target)


class DateMixin:
    """Reads `?on=`; offers the two hierarchies: before the 2025 reform and today."""

    def get_on(self) -> date:
        return queries.parse_date(self.request.GET.get("on"))

    def date_context(self, on: date) -> dict:
        today = date.today()
        return {
            "on": on,
            "today": today,
            "pre_reform": on < queries.REFORM_DATE,
            "pre_reform_date": queries.PRE_REFORM_DATE,
        }


class CountryOverviewView(PublicPageCacheMixin, DateMixin, TemplateView):
    template_name = "web/overview_country.html"

    def get_context_data(self, **kwargs):
        on = self.get_on()
        provinces = list(queries.units_on(on, Level.TINH).order_by("code"))
        per_province, recognised = _communes_per_province(on)
        for unit in provinces:
            unit.commune_count = per_province.get(unit.pk, 0)
            unit.recognised = recognised.get(unit.pk, 0)
        return {
            **super().get_context_data(**kwargs),
            **self.date_context(on),
            "nav": "overview",
            "provinces": provinces,
            "commune_total": sum(per_province.values()),
            "recognised_total": sum(recognised.values()),
        }


def _communes_per_province(on: date) -> tuple[dict[int, int], dict[int, int]]:
    """Units of commune level per province on `on`, and how many hold a recognition: counted in SQL.

    A commune hangs from its district before the 2025 reform and from its province after it. Two
    grouped queries of one row per province, whatever the number of communes.
    """
    province_of = Case(When(parent__level=Level.TINH, then=F("parent_id")), default=F("parent__parent_id"))
    communes = queries.units_on(on, Level.XA).annotate(province_id=province_of).order_by().values("province_id")
    per_province = {r["province_id"]: r["n"] for r in communes.annotate(n=Count("pk"))}
    recognised_filter = progress.recognised_exists(on)
    recognised = {}
    if recognised_filter is not None:
        recognised = {r["province_id"]: r["n"] for r in communes.filter(recognised_filter).annotate(n=Count("pk"))}
    return per_province, recognised


class ProvinceOverviewView(PublicPageCacheMixin, DateMixin, TemplateView):
    template_name = "web/overview_province.html"

    def get_context_data(self, code: str, **kwargs):
        on = self.get_on()
        province = queries.province(code, on)
        if province is None:
            raise Http404("no province with this code on this date")
        communes = list(queries.communes_of(province, on))
        standing = progress.standings([c.pk for c in communes], on)
        for commune in communes:
            commune.standing = standing.get(commune.pk) or progress.UnitStanding()
        if on >= queries.REFORM_DATE:
            _add_predecessor_standing(communes, on)
        by_tier = Counter(c.standing.tier for c in communes)
        measured = [c.standing for c in communes if c.standing.met is not None]
        average_met = sum(s.met for s in measured) / len(measured) if measured else None
        districts = []
        if on < queries.REFORM_DATE:
            grouped = defaultdict(list)
            for commune in communes:
                grouped[commune.parent_id].append(commune)
            for district in queries.districts_of(province, on):
                members = grouped.get(district.pk, [])
                district.commune_count = len(members)
                district.recognised = sum(1 for c in members if c.standing.tier)
                districts.append(district)
            districts.sort(key=lambda d: (-(d.recognised / d.commune_count if d.commune_count else 0), d.code))
        measured_communes = [c for c in communes if c.standing.met is not None]
        ranked = sorted(measured_communes, key=lambda c: (-c.standing.met, c.code))
        return {
            **super().get_context_data(**kwargs),
            **self.date_context(on),
            "nav": "overview",
            "province": province,
            "report_year": on.year if on.month > 6 else on.year - 1,
            "communes": communes,
            "commune_rows": _commune_rows(communes, pre_reform=on < queries.REFORM_DATE),
            "commune_count": len(communes),
            "ranked": ranked[:15],
            "districts": districts,
            "by_tier": by_tier,
            "recognised": sum(n for tier, n in by_tier.items() if tier),
            "average_met": average_met,
            "measured_count": len(measured),
            "monitoring_available": progress.monitoring_available(),
            "tiers": progress.tier_rows(by_tier),
            "targets": progress.targets_for([province.pk, *(d.pk for d in districts)]),
            "recent_facts": progress.recent_facts([province.pk, *(c.pk for c in communes)]),
        }


def _commune_rows(communes, pre_reform: bool) -> SafeString:
    """The rows of the communes table, written here: a province lists up to several hundred
    communes, and the template loop over them (a link, labels and five conditions per row) was half
    of the page's time; `format_html` per cell was still a third of what remained."""
    label, unit_url = unit_labeller(), unit_url_maker()
    not_recognised = f'<span class="muted">{escape(_("chưa công nhận"))}</span>'
    rows = []
    for c in communes:
        standing = c.standing
        url = unit_url(c.key)
        cells = [f'<tr><td>{escape(c.code)}</td><td><a href="{escape(url)}">{escape(label(c))}</a></td>']
        if pre_reform:
            cells.append(f"<td>{escape(label(c.parent)) if c.parent.level == Level.HUYEN else ''}</td>")
        tier = f'<span class="badge ok">{escape(standing.tier_label)}</span>' if standing.tier else not_recognised
        met = f"{standing.met}/{standing.total}" if standing.met is not None else "—"
        cells.append(f'<td>{tier}</td><td class="num">{met}</td><td class="small">{escape(standing.decision)}</td>')
        if not pre_reform:
            count = f"{c.predecessors_recognised}/{c.predecessor_count}" if c.predecessor_count else "—"
            cells.append(f'<td class="num" title="{escape(c.predecessors_title)}">{count}</td>')
        cells.append("</tr>")
        rows.append("".join(cells))
    return mark_safe("".join(rows))  # noqa: S308 - every value in it is escaped above


def _add_predecessor_standing(communes, on) -> None:
    """For communes formed by the 2025 reform: how many of the communes they continue were recognised.

    Read from the roll-ups of 2025, whose reference date is the last day before the reform; the few
    predecessors without a summary row (wards, townships: outside the programme) are looked up.
    """
    before, recognised = _predecessors_of(communes)
    label = unit_labeller()
    for commune in communes:
        units = before.get(commune.pk, [])
        commune.predecessors = units
        commune.predecessor_count = len(units)
        commune.predecessors_recognised = sum(1 for u in units if u.pk in recognised)
        # The cell's tooltip, written here once per commune: a province's few hundred communes
        # continue over a thousand, and a template loop per predecessor was a third of the page.
        commune.predecessors_title = ", ".join(
            label(u) + (" ✓" if u.pk in recognised else "") for u in units)


def _predecessors_of(communes) -> tuple[dict[int, list], set[int]]:
    """The communes each commune continues, as (pk, name, kind), and those of them recognised before
    the reform, read in one query of plain rows over the lineage links: each link row carries its
    predecessor's 2025 summary tier or, for a predecessor without a summary, the tier of a
    recognition it held. A large province's communes continue several hundred; building a unit instance for
    each, or naming them all in a second query, cost more than the query. Without links, `lineage`
    asks the registry.

    The summary is found by the predecessor's key, which the unique (key, year) index serves (its unit
    index holds every year of the unit), and a recognition is looked for only where no summary is
    (COALESCE): as an EXISTS beside it, PostgreSQL hashed every accepted recognition of the country
    on each request."""
    from nongthon.rollups.models import UnitYearSummary

    year = queries.PRE_REFORM_DATE.year  # 2025's summaries stand on 30 June (`hierarchy.reference_date`)
    # The summary's tier ("" when not recognised), else without a summary row the tier of a recognition held.
    tier = Subquery(UnitYearSummary.objects.filter(key=OuterRef("predecessor__key"), year=year)
                    .order_by().values("tier")[:1])
    held = progress.recognitions_held(queries.PRE_REFORM_DATE, unit_field="predecessor_id")
    if held is not None:
        tier = Coalesce(tier, Subquery(held.order_by().values("tier")[:1]))
    rows = (LineageLink.objects.filter(successor_id__in=[c.pk for c in communes], predecessor__level=Level.XA)
            .annotate(tier=tier)
            .values_list("successor_id", "predecessor_id", "predecessor__name", "predecessor__kind", "tier"))
    found, recognised = defaultdict(list), set()
    for successor_id, pk, name, kind, held_tier in rows:
        if pk == successor_id:
            continue
        found[successor_id].append(SimpleNamespace(pk=pk, name=name, kind=kind))
        if held_tier:
            recognised.add(pk)
    if found:
        return found, recognised
    found = lineage.predecessors_map(communes, level=Level.XA)
    return found, _recognised_before_reform({u.pk for units in found.values() for u in units})


def _recognised_before_reform(unit_ids: set[int]) -> set[int]:
    """The units holding a recognition on the day before the 2025 reform."""
    if not unit_ids:
        return set()
    from nongthon.rollups.models import UnitYearSummary

    year = queries.PRE_REFORM_DATE.year  # 2025's summaries stand on 30 June (`hierarchy.reference_date`)
    summarised = dict(UnitYearSummary.objects.filter(year=year, unit_id__in=unit_ids).values_list("unit_id", "tier"))
    recognised = {uid for uid, tier in summarised.items() if tier}
    rest = [uid for uid in unit_ids if uid not in summarised]
    held = progress.recognised_exists(queries.PRE_REFORM_DATE)
    if rest and held is not None:
        recognised |= set(Unit.objects.filter(pk__in=rest).filter(held).values_list("pk", flat=True))
    return recognised
