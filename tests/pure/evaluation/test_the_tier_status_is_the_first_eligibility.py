"""`Evaluation.tier_status` (what `nongthon evaluate --all` counts) is `eligibility[0].status`, without its reason."""

import pytest

from nongthon.evaluation import KnownData, Recognition, Status, Tier, UnitAttributes, evaluate, load_set

QD_318 = load_set("qd-318-2022-xa")
ALL_MET = (QD_318.total, QD_318.total)


@pytest.mark.parametrize("known, expected", [
    (KnownData(year=2024, asserted_count=ALL_MET), Status.UNKNOWN),  # every criterion met, conditions unknown
    (KnownData(year=2024, asserted_count=ALL_MET, recognition=Recognition(Tier.DAT_CHUAN, "1/QĐ-UBND", 2023)),
     Status.MET),  # recognised in the period: met, though the conditions are unknown
    (KnownData(year=2024, criterion_status={"1": False}), Status.NOT_MET),
    (KnownData(year=2024, criterion_status={"1": True}), Status.UNKNOWN),
    (KnownData(year=2024, recognition=Recognition(Tier.DAT_CHUAN, "2/QĐ-UBND", 2019)), Status.UNKNOWN),
])
def test_the_tier_status_is_what_the_eligibility_says(known, expected):
    result = evaluate(QD_318, UnitAttributes(region="tdmnpb"), known)
    assert result.tier_status is result.eligibility[0].status is expected


def test_a_tier_ranks_by_its_place_in_the_order():
    assert [t.rank for t in Tier] == [0, 1, 2, 3]
    assert Tier.HIEN_DAI.rank > Tier.KIEU_MAU.rank > Tier.NANG_CAO.rank > Tier.DAT_CHUAN.rank
