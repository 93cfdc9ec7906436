from django.core.management import call_command

from nongthon.rollups import queries
from nongthon.units.models import Unit


def test_country_province_and_district_answer_from_the_summaries(lang_son, django_assert_max_num_queries):
    call_command("synth", scale="province", province="20", years="2025-2026", seed=2, verbosity=0)
    province = Unit.objects.get(key="20@-")
    with django_assert_max_num_queries(1):
        country = queries.country(2025)
    assert country.summary.communes == sum(p.communes for p in country.children)
    with django_assert_max_num_queries(2):
        view = queries.province(province.pk, 2025)
    assert view.summary.communes == sum(d.communes for d in view.children) > 100
    district = view.children[0]
    with django_assert_max_num_queries(2):
        dview = queries.district(district.unit_id, 2025)
    assert len(dview.children) == district.communes
    assert dview.summary.dat_chuan == sum(c.dat_chuan for c in dview.children)
    after = queries.province(province.pk, 2026)
    assert after.children and all(c.level == "xa" for c in after.children)
    assert [r.year for r in queries.series("VN")] == [2025, 2026]
