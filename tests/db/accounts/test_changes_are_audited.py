from decimal import Decimal

from auditlog.models import LogEntry
from django.contrib.auth.models import Permission
from rest_framework.test import APIClient

from nongthon.accounts.audit import audit_origin
from nongthon.accounts.choices import Origin
from nongthon.monitoring.choices import ReviewStatus, SourceKind
from nongthon.monitoring.models import Indicator, Observation


def _entries(obj):
    return LogEntry.objects.get_for_object(obj).order_by("id")


def test_a_change_through_the_api_records_who_what_and_from_where(people, places):
    officer = people.district_officer
    officer.user_permissions.add(*Permission.objects.filter(codename="add_observation"))
    api = APIClient()
    api.force_login(officer)
    created = api.post("/api/observations/", {"unit": places.nhat_tien.key, "indicator": "poverty_rate",
                                               "year": 2019, "value": "3.2"}, format="json")
    assert created.status_code == 201, created.content
    entry = _entries(Observation.objects.get(pk=created.json()["id"])).get()
    assert entry.actor == officer and entry.action == LogEntry.Action.CREATE
    assert entry.additional_data["origin"] == Origin.API
    assert entry.additional_data["ref"] == "POST /api/observations/"
    assert entry.additional_data["unit_id"] == places.nhat_tien.pk


def test_an_import_records_its_file_and_each_value_before_and_after(people, places):
    indicator = Indicator.objects.get(key="poverty_rate")
    with audit_origin(Origin.IMPORT, ref="bac-son-2019.xlsx:5", actor=people.district_officer):
        row = Observation.objects.create(unit=places.nhat_tien, indicator=indicator, year=2019, value=Decimal("4.1"),
                                         source_kind=SourceKind.IMPORT, source_file="bac-son-2019.xlsx", source_row=5)
        row.value = Decimal("3.9")
        row.save()
    created, changed = _entries(row)
    assert created.additional_data["origin"] == Origin.IMPORT
    assert created.additional_data["ref"] == "bac-son-2019.xlsx:5"
    assert changed.actor == people.district_officer
    assert [Decimal(v) for v in changed.changes_dict["value"]] == [Decimal("4.1"), Decimal("3.9")]


def test_accepting_a_fact_from_the_review_page_is_recorded_as_a_fact(people, places):
    from nongthon.documents.operations import accept_fact, ingest_text

    text = "Năm 2019, thu nhập bình quân đầu người xã Nhất Tiến đạt 40,5 triệu đồng."
    fact_input = {"type": "indicator", "unit": {"name": "Nhất Tiến", "level": "xa", "parent": "Bắc Sơn"},
                  "key": "income_per_capita", "value": 40.5, "measure": "million_vnd_per_year", "period": 2019,
                  "modality": "achieved", "evidence": text, "span": [0, len(text)]}
    summary = ingest_text(text, doc_id="nhat-tien-2019", facts=[fact_input])
    fact = summary.document.facts.get()
    with audit_origin(Origin.PAGE, ref="POST /review/1/accept/", actor=people.reviewer):
        row = accept_fact(fact, user=people.reviewer, unit=places.nhat_tien)
    entry = _entries(row).first()
    assert entry.additional_data["origin"] == Origin.FACT
    assert entry.additional_data["via"] == Origin.PAGE
    assert entry.additional_data["fact_id"] == fact.pk
    assert entry.actor == people.reviewer
    fact_entry = _entries(fact).last()
    assert fact_entry.changes_dict["status"] == [ReviewStatus.PROPOSED, ReviewStatus.ACCEPTED]


def test_changes_to_users_and_roles_are_recorded_without_passwords(people, places):
    from nongthon.accounts.choices import Role
    from nongthon.accounts.models import Membership

    user = people.outsider
    user.set_password("mot-mat-khau-moi-rat-dai-1")
    user.email = "ngoai@example.org"
    user.save()
    entry = _entries(user).last()
    assert "email" in entry.changes_dict and "password" not in entry.changes_dict
    membership = Membership.objects.create(user=user, role=Role.COMMUNE_OFFICER, unit=places.binh_xa)
    assert _entries(membership).get().additional_data["unit_id"] == places.binh_xa.pk


def test_a_command_without_a_request_is_recorded_as_a_command(places):
    row = Observation.objects.create(unit=places.binh_xa, indicator=Indicator.objects.get(key="poverty_rate"),
                                     year=2019, value=Decimal(5), source_kind=SourceKind.IMPORT,
                                     source_file="x.csv", source_row=1)
    entry = _entries(row).get()
    assert entry.additional_data["origin"] == Origin.COMMAND and entry.actor is None
