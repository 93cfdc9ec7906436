"""Every write endpoint × persona × in/out of scope, through the real URLs (pages, API, imports, dossiers).

The URL table of the project is walked: an endpoint that accepts a write (POST, PUT, PATCH, DELETE)
and is not in `WRITE_ENDPOINTS` (with the action `authz` must decide it by) or `NO_DATA` fails
the first test, so a new endpoint cannot be added without a rule. The matrix then performs each
write as each persona on xã Nhất Tiến (inside every persona's scope but the outsider's) and on
xã Cẩm Giàng (outside the Lạng Sơn personas' scope) and expects what the action table of
`test_the_permission_matrix` says: allowed → a success and a new audit entry; refused → 403 and
no change at all. The admin is covered by `test_every_admin_page_asks_authz`.
"""

from __future__ import annotations

import datetime

import pytest
from auditlog.models import LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLResolver, get_resolver
from rest_framework.test import APIClient

from nongthon.accounts.choices import Action
from nongthon.dossiers import operations as dossier_ops
from nongthon.dossiers.choices import DocumentKind, StepKind
from nongthon.monitoring.choices import ReviewStatus, SourceKind
from nongthon.monitoring.models import Indicator, Observation
from tests.db.accounts.test_the_permission_matrix import EXPECTED_IN_SCOPE, NATIONAL, PERSONA

SAFE = {"get", "head", "options", "trace"}

#: Each write endpoint (URL name) and the action `authz` decides it by; the dossier steps by step.
WRITE_ENDPOINTS = {
    "web:review-accept": Action.REVIEW_FACT,
    "web:review-reject": Action.REVIEW_FACT,
    "web:review-correct": Action.REVIEW_FACT,
    "web:unit-entry": Action.EDIT_MONITORING,
    "api:fact-accept": Action.REVIEW_FACT,
    "api:fact-reject": Action.REVIEW_FACT,
    "api:observation-list": Action.EDIT_MONITORING,
    "api:observation-detail": Action.EDIT_MONITORING,
    "workbooks:upload": Action.IMPORT_DATA,
    "dossiers:create": Action.DOSSIER_CREATE,
    "dossiers:survey": Action.DOSSIER_SURVEY,
    "dossiers:attach": Action.DOSSIER_CREATE,
    "dossiers:step": {kind: t.action for kind, t in dossier_ops.TRANSITIONS.items()},
}
#: Endpoints that accept a POST but write no data of the system.
NO_DATA = {
    "set_language": "sets the language cookie",
    "web:login": "signs in (django-axes throttles it)",
    "web:logout": "signs out",
}
#: Function views (their methods cannot be read from a class) that only read.
READ_FUNCTIONS = {"workbooks:template", "workbooks:export-xlsx", "workbooks:export-csv", "reports:unit",
                  "reports:province", "dossiers:document"}


def _endpoints():
    """(name, view class or None, write methods or None for function views) for every URL but the admin."""
    found = []

    def walk(resolver, namespace):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                if pattern.app_name == "admin":
                    continue
                walk(pattern, ":".join(p for p in (namespace, pattern.namespace) if p) or None)
                continue
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            callback = pattern.callback
            actions = getattr(callback, "actions", None)
            view = getattr(callback, "view_class", None) or getattr(callback, "cls", None)
            if actions is not None:
                methods = {m for m in actions if m not in SAFE}
            elif view is not None:
                methods = {m for m in view.http_method_names if m not in SAFE and hasattr(view, m)}
            else:
                methods = None
            found.append((name, methods))

    walk(get_resolver(), None)
    return found


def test_every_endpoint_that_accepts_a_write_has_a_rule():
    unruled, unknown_functions = [], []
    for name, methods in _endpoints():
        if methods is None:
            if name not in READ_FUNCTIONS | set(WRITE_ENDPOINTS) | set(NO_DATA):
                unknown_functions.append(name)
        elif methods and name not in WRITE_ENDPOINTS and name not in NO_DATA:
            unruled.append((name, sorted(methods)))
    assert unruled == [], f"write endpoints without an authz rule in WRITE_ENDPOINTS: {unruled}"
    assert unknown_functions == [], f"function views to classify (read or write): {unknown_functions}"


def test_every_ruled_endpoint_exists_and_every_action_is_known():
    names = {name for name, _ in _endpoints()}
    assert set(WRITE_ENDPOINTS) <= names
    actions = [a for v in WRITE_ENDPOINTS.values() for a in (v.values() if isinstance(v, dict) else [v])]
    assert set(actions) <= set(Action.values)


def test_the_read_only_function_views_refuse_a_post(client, places):
    assert client.post("/workbooks/template.xlsx?province=20&year=2019").status_code == 405
    assert client.post("/workbooks/export.csv?province=20&year=2019").status_code == 405
    assert client.post("/dossiers/1/documents/1/").status_code == 405


# --- the matrix -------------------------------------------------------------------------------

YEAR = 2019
FACT_UNITS = {"nhat_tien": ("Nhất Tiến", "Bắc Sơn"), "cam_giang": ("Cẩm Giàng", "Bạch Thông")}


def _fact(place, places):
    from nongthon.documents.operations import ingest_text

    name, parent = FACT_UNITS[place]
    text = f"Năm {YEAR}, tỷ lệ hộ nghèo xã {name} còn 4,5%."
    summary = ingest_text(text, doc_id=f"bai-{place}", facts=[{
        "type": "poverty_rate", "unit": {"name": name, "level": "xa", "parent": parent},
        "unit_key": getattr(places, place).key, "value": 4.5, "period": YEAR, "evidence": text,
        "span": [0, len(text)]}])
    fact = summary.document.facts.get()
    assert fact.unit == getattr(places, place)
    return fact


def _observation(unit):
    return Observation.objects.create(unit=unit, indicator=Indicator.objects.get(key="poverty_rate"), year=YEAR,
                                      value="5.0", source_kind=SourceKind.USER, status=ReviewStatus.PROPOSED)


def _dossier(unit, reached: str):
    """A dossier of `unit` brought by the server (no user) to just before step `reached`."""
    from tests.db.dossiers.papers import attach_papers

    dossier = dossier_ops.create_dossier(None, unit, YEAR)
    dossier_ops.record_survey(None, dossier, 95)
    attach_papers(dossier)
    path = [StepKind.SUBMIT, StepKind.VERIFY, StepKind.APPRAISE, StepKind.RECOGNISE]
    before = {StepKind.SUBMIT: 0, StepKind.VERIFY: 1, StepKind.APPRAISE: 2, StepKind.RECOGNISE: 3,
              StepKind.RETURN: 1, StepKind.REVOKE: 4}[reached]
    for kind in path[:before]:
        if kind == StepKind.RECOGNISE:
            dossier_ops.recognise(None, dossier, number="1/QĐ-UBND", date=datetime.date(YEAR, 12, 1), signer="Chủ tịch")
        else:
            dossier_ops._move(None, dossier, kind)
    return dossier


def _workbook(unit) -> SimpleUploadedFile:
    from tests.db.workbooks.places import indicator_workbook, xlsx_bytes

    data = xlsx_bytes(indicator_workbook([[unit.code, unit.name, YEAR, 3.5, None]]))
    return SimpleUploadedFile("bieu.xlsx", data)


STEP_DATA = {
    StepKind.RETURN: {"return-reasons": "Thiếu báo cáo"},
    StepKind.RECOGNISE: {"recognise-number": "2/QĐ-UBND", "recognise-date": f"{YEAR}-12-20",
                         "recognise-signer": "Chủ tịch UBND tỉnh"},
    StepKind.REVOKE: {"revoke-number": "3/QĐ-UBND", "revoke-date": f"{YEAR + 1}-03-01", "revoke-signer": "Chủ tịch",
                      "revoke-reasons": "Không duy trì tiêu chí"},
}


def _api(client):
    api = APIClient()
    api.cookies = client.cookies  # the signed-in session
    return api


def _prepare(case: str, places, place: str):
    """Build what the write needs (as the server), then return `send(client) -> response`."""
    unit = getattr(places, place)
    verb = case.rsplit("-", 1)[-1]
    if case in ("web:review-accept", "web:review-reject"):
        fact = _fact(place, places)
        return lambda client: client.post(f"/review/{fact.pk}/{verb}/")
    if case == "web:review-correct":
        fact = _fact(place, places)
        return lambda client: client.post(f"/review/{fact.pk}/correct/", {"fix-value": "4,2", "fix-period": YEAR})
    if case == "web:unit-entry":
        return lambda client: client.post(f"/units/{unit.key}/entry/", {
            "criteria_set": "qd-1980-2016-xa", "year": YEAR, "c_1": "met", "i_11_1": "3,5"})
    if case in ("api:fact-accept", "api:fact-reject"):
        fact = _fact(place, places)
        return lambda client: _api(client).post(f"/api/facts/{fact.pk}/{verb}/", {"note": "sai"}, format="json")
    if case == "api:observation-list":
        body = {"unit": unit.key, "indicator": "poverty_rate", "year": YEAR, "value": "3.2"}
        return lambda client: _api(client).post("/api/observations/", body, format="json")
    if case == "api:observation-detail PATCH":
        row = _observation(unit)
        body = {"value": "2.5", "version": row.updated_at.isoformat()}
        return lambda client: _api(client).patch(f"/api/observations/{row.pk}/", body, format="json")
    if case == "api:observation-detail DELETE":
        row = _observation(unit)
        return lambda client: _api(client).delete(f"/api/observations/{row.pk}/")
    if case == "workbooks:upload":
        return lambda client: client.post("/workbooks/upload/", {"file": _workbook(unit)})
    if case == "dossiers:create":
        return lambda client: client.post("/dossiers/new/", {"unit": unit.key, "year": YEAR, "tier": "dat_chuan"})
    if case == "dossiers:survey":
        dossier = _dossier(unit, StepKind.SUBMIT)
        return lambda client: client.post(f"/dossiers/{dossier.pk}/survey/", {"percent": "91"})
    if case == "dossiers:attach":
        dossier = _dossier(unit, StepKind.SUBMIT)
        paper = SimpleUploadedFile("to-trinh.pdf", b"%PDF-1.4", content_type="application/pdf")
        return lambda client: client.post(f"/dossiers/{dossier.pk}/documents/",
                                          {"kind": DocumentKind.PROPOSAL, "file": paper})
    step = case.split(" ", 1)[1]
    dossier = _dossier(unit, step)
    return lambda client: client.post(f"/dossiers/{dossier.pk}/{step}/", STEP_DATA.get(step, {}))


def _cases():
    cases = []
    for name, action in WRITE_ENDPOINTS.items():
        if name == "dossiers:step":
            cases += [(f"{name} {kind}", a) for kind, a in action.items()]
        elif name == "api:observation-detail":
            cases += [(f"{name} PATCH", action), (f"{name} DELETE", action)]
        else:
            cases.append((name, action))
    return cases


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.mark.parametrize("place", ["nhat_tien", "cam_giang"])
@pytest.mark.parametrize("role", [*PERSONA, "outsider"])
@pytest.mark.parametrize(("case", "action"), _cases(), ids=[c for c, _ in _cases()])
def test_each_write_endpoint_allows_exactly_the_roles_of_its_action(client, people, places, media, case, action,
                                                                  role, place):
    user = people.outsider if role == "outsider" else getattr(people, PERSONA[role])
    client.force_login(user)
    allowed = role in EXPECTED_IN_SCOPE[action] and (place == "nhat_tien" or role in NATIONAL)
    send = _prepare(case, places, place)
    before = LogEntry.objects.count()
    response = send(client)
    if allowed:
        assert response.status_code < 400, (response.status_code, response.content[:400])
        assert LogEntry.objects.count() > before, "an allowed write left no audit entry"
    else:
        assert response.status_code == 403, (response.status_code, response.content[:400])
        assert LogEntry.objects.count() == before, "a refused write changed data"


def test_the_matrix_holds_every_case_and_persona():
    assert len(_cases()) == len(WRITE_ENDPOINTS) - 2 + len(dossier_ops.TRANSITIONS) + 2
    assert {a for _, a in _cases()} <= set(EXPECTED_IN_SCOPE)
