import pytest
from django.core.management import call_command

from nongthon.registry import load_registry
from nongthon.units.models import LineageLink, Unit, predecessors_of, successors_of

pytestmark = pytest.mark.django_db


def test_load_creates_every_unit_and_event(loaded):
    reg = load_registry()
    assert loaded.created == len(reg)
    assert Unit.objects.count() == len(reg)
    assert loaded.events == len(reg.events)
    assert LineageLink.objects.count() == loaded.links


def test_load_takes_seconds_not_minutes(loaded):
    assert loaded.seconds < 60


def test_units_keep_their_parents_and_validity(loaded):
    nhat_tien = Unit.objects.select_related("parent__parent").get(key="06382@-")
    assert (nhat_tien.parent.name, nhat_tien.parent.parent.name) == ("Bắc Sơn", "Lạng Sơn")
    assert nhat_tien.valid_from is None
    assert str(nhat_tien.valid_to) == "2025-07-01"
    assert nhat_tien.folded_name == "nhat tien"


def test_lineage_links_lead_from_the_old_commune_to_the_new(loaded):
    nhat_tien = Unit.objects.get(key="06382@-")
    assert [u.key for u in successors_of(nhat_tien)] == ["06376@2025-07-01"]
    nhat_hoa = Unit.objects.get(key="06376@2025-07-01")
    assert {u.name for u in predecessors_of(nhat_hoa)} == {"Nhất Hòa", "Nhất Tiến", "Tân Thành"}


def test_a_split_commune_has_two_part_links(loaded):
    links = LineageLink.objects.filter(predecessor__key="06622@-")
    assert sorted((link.successor.name, link.share) for link in links) == [("Kiên Mộc", "part"), ("Đình Lập", "part")]


def test_loading_again_changes_nothing(loaded):
    from nongthon.units.operations import load_units

    before = Unit.objects.count(), LineageLink.objects.count()
    report = load_units()
    assert (report.created, report.updated) == (0, 0)
    assert (Unit.objects.count(), LineageLink.objects.count()) == before


def test_load_if_empty_skips_a_filled_database(loaded, capsys):
    from io import StringIO

    out = StringIO()
    call_command("units", "load", "--if-empty", stdout=out)
    assert "bỏ qua" in out.getvalue()


def test_a_changed_unit_is_updated_in_place(loaded):
    from nongthon.units.operations import load_units

    Unit.objects.filter(key="06382@-").update(name="Nhất Tiền")
    report = load_units()
    assert report.updated == 1
    assert Unit.objects.get(key="06382@-").name == "Nhất Tiến"


def test_villages_added_by_users_survive_a_reload(loaded):
    from nongthon.units.operations import load_units

    parent = Unit.objects.get(key="06376@2025-07-01")
    Unit.objects.create(key="T06376-01@2025-07-01", code="T06376-01", name="Nà Pán", kind="thon",
                        level="thon", parent=parent)
    load_units()
    assert Unit.objects.get(key="T06376-01@2025-07-01").folded_name == "na pan"


def test_a_unit_the_registry_no_longer_has_is_removed_on_reload(loaded):
    from nongthon.units.operations import load_units

    Unit.objects.create(key="99998@2021-02-03", code="99998", name="Đã Bỏ", kind="xa", level="xa",
                        from_registry=True)
    load_units()
    assert not Unit.objects.filter(key="99998@2021-02-03").exists()
