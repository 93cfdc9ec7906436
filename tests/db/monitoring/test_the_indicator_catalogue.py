import pytest

from nongthon.monitoring.choices import Direction, Measure
from nongthon.monitoring.models import Indicator

pytestmark = pytest.mark.django_db

CONTRACT_KEYS = {
    "income_per_capita", "health_insurance_coverage", "electricity_households", "clean_water_rural",
    "paved_road_to_commune", "national_standard_schools", "ocop_products", "cooperatives", "budget_revenue",
    "budget_expenditure", "sown_area", "new_forest_area", "support_funds",
}


def test_the_catalogue_holds_the_closed_list_of_the_contract_and_poverty():
    keys = set(Indicator.objects.values_list("key", flat=True))

    assert CONTRACT_KEYS | {"poverty_rate"} <= keys


def test_each_indicator_has_the_measure_of_the_contract():
    measures = dict(Indicator.objects.values_list("key", "measure"))

    assert measures["income_per_capita"] == Measure.MILLION_VND_PER_YEAR
    assert measures["national_standard_schools"] == Measure.COUNT
    assert measures["budget_revenue"] == Measure.VND
    assert measures["sown_area"] == Measure.HA


def test_poverty_improves_downwards():
    assert Indicator.objects.get(key="poverty_rate").direction == Direction.LOWER


def test_an_indicator_can_be_keyed_to_a_criteria_set_indicator():
    income = Indicator.objects.get(key="income_per_capita")
    income.criteria_set_id, income.criteria_indicator_id = "qd-1980-2016-xa", "10.1"
    income.full_clean()
    income.save()

    assert Indicator.objects.filter(criteria_set_id="qd-1980-2016-xa").count() == 1
