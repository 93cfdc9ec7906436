import datetime
import json
from io import StringIO

import pytest
from django.core.management import call_command

from nongthon.criteria.attributes import unit_context

units_models = pytest.importorskip("nongthon.units.models")
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not hasattr(units_models, "UnitAttribute"), reason="units.UnitAttribute not available"),
]


def add(unit, name, value, start=None, end=None):
    return units_models.UnitAttribute.objects.create(unit=unit, name=name, value=value, valid_from=start,
                                                     valid_to=end, source="danh sách của văn phòng điều phối")


def test_a_special_commune_flag_valid_in_the_year_is_used(tan_lap):
    add(tan_lap, "dbkk", "1", datetime.date(2021, 1, 1), datetime.date(2026, 1, 1))
    assert unit_context("06352", 2023).attributes.flags == frozenset({"dbkk"})
    assert unit_context("06352", 2020).attributes.flags == frozenset()


def test_a_region_attribute_overrides_the_province_table(tan_lap):
    add(tan_lap, "region", "dbsh")
    assert unit_context("06352", 2020).attributes.region == "dbsh"


def test_the_commune_group_reaches_the_evaluator(tan_lap):
    add(tan_lap, "commune_group", "3")
    out = StringIO()
    call_command("evaluate", "--set", "qd-51-2025-xa", "--unit", "06352", "--year", "2024", "--json", stdout=out)
    assert json.loads(out.getvalue())["unit"]["commune_group"] == 3
