import pytest

from nongthon.evaluation import Verification, list_sets, load_set
from nongthon.evaluation.loader import SETS_DIR

SHIPPED = sorted(p.stem for p in SETS_DIR.glob("*.yaml"))


@pytest.mark.parametrize("set_id", SHIPPED)
def test_every_shipped_set_loads_and_its_file_is_named_after_its_id(set_id):
    assert load_set(set_id).id == set_id


def test_the_programme_sets_are_all_shipped():
    ids = {s.id for s in list_sets()}
    assert {"qd-1980-2016-xa", "qd-318-2022-xa", "qd-318-2022-xa-nang-cao", "qd-319-2022-xa-kieu-mau",
            "qd-320-2022-huyen", "qd-51-2025-xa", "qd-51-2025-xa-hien-dai", "bac-kan-902-2021-thon"} <= ids


def test_every_threshold_with_a_value_is_verified_and_cites_a_source():
    for cset in list_sets():
        for criterion in cset.criteria:
            for indicator in list(criterion.indicators) + list(cset.conditions):
                for t in indicator.thresholds:
                    if t.value is not None:
                        assert t.verified is not Verification.UNVERIFIED, (cset.id, indicator.id)
                        assert t.source, (cset.id, indicator.id)


def test_the_criteria_counts_match_the_legal_texts():
    assert load_set("qd-1980-2016-xa").total == 19
    assert load_set("qd-318-2022-xa").total == 19
    assert load_set("qd-318-2022-xa").declared_indicator_count == 57
    assert load_set("qd-320-2022-huyen").total == 9
    assert load_set("qd-51-2025-xa").total == 10
    assert load_set("qd-51-2025-xa").declared_indicator_count == 47
    assert load_set("bac-kan-902-2021-thon").total == 16
    assert load_set("qd-319-2022-xa-kieu-mau").total == 4


def test_the_1980_income_thresholds_for_2020_are_the_verified_values():
    indicator = load_set("qd-1980-2016-xa").indicator("10.1")
    by_region = {t.region: t.value for t in indicator.thresholds if t.year_from == 2020}
    assert by_region == {"tdmnpb": 36, "dbsh": 50, "btb": 36, "dhntb": 41, "tn": 41, "dnb": 59, "dbscl": 50}


def test_the_318_income_thresholds_are_explicit_gaps_not_numbers():
    indicator = load_set("qd-318-2022-xa").indicator("10.1")
    assert indicator.thresholds and all(t.is_gap for t in indicator.thresholds)
    assert {t.region for t in indicator.thresholds} == {"tdmnpb", "dbsh", "btb", "dhntb", "tn", "dnb", "dbscl"}


def test_district_satisfaction_of_at_least_90_percent_is_verified():
    condition = load_set("qd-320-2022-huyen").indicator("hai_long")
    assert [t.value for t in condition.thresholds] == [90]
    assert condition.thresholds[0].verified is Verification.VERIFIED


def test_special_communes_use_the_northern_midlands_thresholds_under_318_only():
    assert load_set("qd-318-2022-xa").flag_regions == {"dbkk": "tdmnpb", "atk": "tdmnpb"}
    assert load_set("qd-1980-2016-xa").flag_regions == {}


def test_every_gap_cites_the_text_its_value_must_come_from():
    for cset in list_sets():
        for indicator, threshold in cset.gaps():
            assert threshold is not None, (cset.id, indicator.id)
            assert threshold.source, (cset.id, indicator.id)
