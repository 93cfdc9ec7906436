"""`nongthon evaluate --all` reads every commune's input in bulk; each must be what the commune's page
gives the evaluator (`web.evaluations.gather_many` + `known_data`), recomputed here commune by commune."""

import datetime as dt
import json
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction

from nongthon import evaluation as ev
from nongthon.criteria.cases import evaluate_year, evaluate_years, load_cases
from nongthon.monitoring.choices import ReviewStatus, SourceKind
from nongthon.monitoring.models import CriteriaCount, CriterionStatus, Indicator, Observation, Recognition
from nongthon.rollups.hierarchy import commune_set_for, hierarchy
from nongthon.rollups.operations import all_data_years
from nongthon.units.models import Unit, UnitAttribute
from nongthon.web.evaluations import gather_many, known_data
from tests.db.synth.places import load_province

YEARS = (2020, 2021)
ACCEPTED = {"source_kind": SourceKind.IMPORT, "source_file": "kiểm thử", "status": ReviewStatus.ACCEPTED}


@pytest.fixture
def lang_son(db):
    """Lạng Sơn's communes with two synthetic years (the last of 1980/2016 and the first of 318/2022), and
    rows of their own for what the synthetic data does not hold."""
    load_province("20")
    call_command("synth", scale="province", province="20", years="2020-2021", seed=3, verbosity=0)
    communes = list(Unit.objects.filter(level="xa", kind="xa", valid_to=dt.date(2025, 7, 1)).order_by("code"))
    a, b, c, d, e = communes[:5]
    # A criterion stated twice in a year: the later row wins, whichever way it went.
    first = CriterionStatus.objects.filter(unit=a, year=2021, criteria_set_id="qd-318-2022-xa",
                                           status=ReviewStatus.ACCEPTED).first()
    CriterionStatus.objects.create(unit=a, year=2021, criteria_set_id="qd-318-2022-xa",
                                   criterion_id=first.criterion_id, met=not first.met, **ACCEPTED)
    # Proposed rows and rows of another set do not count.
    CriterionStatus.objects.create(unit=b, year=2021, criteria_set_id="qd-318-2022-xa", criterion_id="1",
                                   met=False, **{**ACCEPTED, "status": ReviewStatus.PROPOSED})
    CriterionStatus.objects.create(unit=b, year=2021, criteria_set_id="qd-318-2022-xa-nang-cao", criterion_id="1",
                                   met=False, **ACCEPTED)
    CriterionStatus.objects.create(unit=b, year=2020, criteria_set_id="qd-318-2022-xa", criterion_id="1",
                                   met=False, **ACCEPTED)
    # An id as a person may type it is one key, not two criteria.
    CriterionStatus.objects.create(unit=b, year=2021, criteria_set_id="qd-318-2022-xa", criterion_id="5,6",
                                   met=True, **ACCEPTED)
    # A commune known only by its figures, one of them from the year before.
    for model in (CriterionStatus, CriteriaCount, Recognition, Observation):
        model.objects.filter(unit=c).delete()
    income = Indicator.objects.get(criteria_set_id="qd-1980-2016-xa", criteria_indicator_id="10.1")
    poverty = Indicator.objects.get(criteria_set_id="qd-1980-2016-xa", criteria_indicator_id="11.1")
    Observation.objects.create(unit=c, indicator=income, year=2019, value=Decimal("41.5"), **ACCEPTED)
    Observation.objects.create(unit=c, indicator=income, year=2020, value=Decimal("29.25"),
                               **{**ACCEPTED, "status": ReviewStatus.REJECTED})
    Observation.objects.create(unit=c, indicator=poverty, year=2020, value=Decimal("3.2"), **ACCEPTED)
    # A commune known only by its recognitions: of one tier, the first recorded stands (here the later year's).
    for model in (CriterionStatus, CriteriaCount, Recognition, Observation):
        model.objects.filter(unit=d).delete()
    Recognition.objects.create(unit=d, tier="dat_chuan", year=2021, decision_number="12/QĐ-UBND", **ACCEPTED)
    Recognition.objects.create(unit=d, tier="dat_chuan", year=2020, decision_number="7/QĐ-UBND", **ACCEPTED)
    Recognition.objects.create(unit=d, tier="nang_cao", year=2021, revoked=True, **ACCEPTED)
    # A count without its total does not count; attributes of the commune's own.
    CriteriaCount.objects.filter(unit=e, year=2021).delete()
    Recognition.objects.filter(unit=e).delete()
    CriteriaCount.objects.create(unit=e, year=2021, achieved=12, total=None, **ACCEPTED)
    UnitAttribute.objects.create(unit=e, name="dbkk", value="có", source="kiểm thử")
    UnitAttribute.objects.create(unit=e, name="region", value="tn", valid_from=dt.date(2021, 1, 1), source="kiểm thử")
    return communes


def _each_page(year: int) -> dict[int, tuple]:
    """What each commune's page evaluates, for the communes with accepted data for the year's set."""
    cset = ev.load_set(commune_set_for(year))
    units = list(Unit.objects.filter(pk__in=list(hierarchy(year).communes)))
    out = {}
    for uid, gathered in gather_many(units, year).items():
        known = known_data(gathered, cset, recognition_as_count=True)
        rec = gathered.recognition
        if known.values or known.criterion_status or gathered.count or (rec is not None and rec.year == year):
            out[uid] = (gathered.attributes, known, ev.evaluate(cset, gathered.attributes, known))
    return out


def test_every_commune_gets_the_input_and_verdict_of_its_page(lang_son):
    work = load_cases(YEARS)
    assert [w.year for w in work] == list(YEARS)
    for year_cases in work:
        expected = _each_page(year_cases.year)
        got = {case.unit_id: case for case in year_cases.cases}
        assert set(got) == set(expected), year_cases.year
        for uid, (attributes, known, evaluation) in expected.items():
            case = got[uid]
            assert case.attributes == attributes, (year_cases.year, uid)
            assert case.known == known, (year_cases.year, uid)
            result = ev.evaluate(year_cases.criteria_set, case.attributes, case.known)
            assert result.to_dict() == evaluation.to_dict(), (year_cases.year, uid)


def test_the_hand_made_rows_are_read_as_the_page_reads_them(lang_son):
    a, b, c, d, e = lang_son[:5]
    cases = {w.year: {case.unit_id: case for case in w.cases} for w in load_cases(YEARS)}
    latest = CriterionStatus.objects.filter(unit=a, year=2021, criteria_set_id="qd-318-2022-xa").latest("id")
    assert cases[2021][a.pk].known.criterion_status[latest.criterion_id] is latest.met
    assert cases[2021][b.pk].known.criterion_status["5,6"] is True
    assert cases[2021][b.pk].known.criterion_status == {
        s.criterion_id: s.met for s in CriterionStatus.objects.filter(
            unit=b, year=2021, criteria_set_id="qd-318-2022-xa", status=ReviewStatus.ACCEPTED)}
    assert cases[2020][c.pk].known.values == {"10.1": 41.5, "11.1": 3.2}
    assert c.pk not in cases[2021]  # figures of the 1980/2016 set say nothing of the 318/2022 one
    assert cases[2020][d.pk].known.recognition == ev.Recognition(ev.Tier.DAT_CHUAN, "7/QĐ-UBND", 2020)
    assert cases[2020][d.pk].known.asserted_count == (19, 19)  # recognised in the year: every criterion met
    assert cases[2021][d.pk].known.recognition == ev.Recognition(ev.Tier.DAT_CHUAN, "12/QĐ-UBND", 2021)
    total = ev.load_set("qd-318-2022-xa").total
    assert cases[2021][d.pk].known.asserted_count == (total, total)
    assert cases[2021][e.pk].known.asserted_count is None
    assert cases[2021][e.pk].attributes.region == "tn" and cases[2021][e.pk].attributes.flags == {"dbkk"}
    assert cases[2020][e.pk].attributes.region == "tdmnpb"


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_the_statuses_are_read_beside_the_rest_with_the_same_result():
    load_province("20")
    call_command("synth", scale="province", province="20", years="2021-2021", seed=4, verbosity=0)
    with transaction.atomic():  # inside a transaction everything is read on this connection
        expected = load_cases([2021])[0].cases
    got = load_cases([2021])[0].cases
    assert len(got) > 150 and got == expected


def test_the_summary_counts_what_the_pages_say(lang_son):
    for year_cases in load_cases(YEARS):
        summary = evaluate_year(year_cases)
        page = _each_page(year_cases.year)
        assert summary.evaluated == len(page) > 150
        assert summary.met == sum(e.status is ev.Status.MET for _a, _k, e in page.values())
        assert summary.eligible == sum(e.eligibility[0].status is ev.Status.MET for _a, _k, e in page.values())
        assert 0 < summary.eligible < summary.evaluated


def test_workers_sharing_the_cases_out_count_what_one_process_counts(lang_son):
    work = load_cases(YEARS)
    alone = [evaluate_year(year_cases) for year_cases in work]
    shared = evaluate_years(work, workers=3)
    assert [(s.year, s.set_id, s.evaluated, s.met, s.eligible) for s in shared] == [
        (s.year, s.set_id, s.evaluated, s.met, s.eligible) for s in alone]


def test_the_command_prints_each_year_in_vietnamese(lang_son):
    out = StringIO()
    call_command("evaluate", "--all", "--year", "2021", "--year", "2020", stdout=out)
    lines = out.getvalue().splitlines()
    for line, year in zip(lines[:2], YEARS, strict=True):
        page = _each_page(year)
        met = sum(e.status is ev.Status.MET for _a, _k, e in page.values())
        assert line.startswith(f"Năm {year} (bộ {commune_set_for(year)}): đánh giá {len(page)} xã, {met} xã đạt đủ "
                               "tiêu chí, "), line
    assert lines[2].startswith(f"Tổng cộng {len(_each_page(2020)) + len(_each_page(2021))} lượt xã-năm: đọc dữ liệu ")
    data = json.loads(_run("--all", "--json"))
    assert [y["year"] for y in data["years"]] == [y for y in all_data_years() if commune_set_for(y)]
    assert {y["year"]: y["evaluated"] for y in data["years"]}[2021] == len(_each_page(2021))


def _run(*args) -> str:
    out = StringIO()
    call_command("evaluate", *args, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize("args, message", [
    (("--all", "--unit", "06352"), "không dùng cùng --unit"),
    (("--all", "--year", "2012"), "không có bộ tiêu chí xã cho năm 2012"),
    (("--set", "qd-318-2022-xa", "--unit", "06352", "--year", "2021", "--year", "2022"), "chỉ cho một --year"),
    (("--unit", "06352", "--year", "2021"), "cần --set"),
])
def test_it_refuses_what_it_cannot_do(db, args, message):
    with pytest.raises(CommandError) as err:
        _run(*args)
    assert message in str(err.value)
