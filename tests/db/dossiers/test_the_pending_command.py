from django.core.management import call_command

from nongthon.dossiers import operations as ops
from tests.db.dossiers.papers import attach_papers


def test_it_lists_which_dossiers_wait_on_whom(people, places, capsys):
    draft = ops.create_dossier(people.district_officer, places.tan_lap, 2024)
    attach_papers(draft)
    submitted = ops.create_dossier(people.commune_officer, places.nhat_tien, 2024)
    attach_papers(submitted)
    ops.submit(people.commune_officer, submitted)
    district = ops.create_dossier(people.district_officer, places.bac_son, 2024)
    attach_papers(district)
    ops.record_survey(people.district_officer, district, 93)
    ops.submit(people.district_officer, district)
    ops.verify(people.province_officer, district)
    call_command("dossiers", "pending")
    out = capsys.readouterr().out
    assert f"#{draft.pk} Xã Tân Lập" in out and "chờ cán bộ xã Xã Tân Lập hoàn thiện và trình" in out
    assert f"#{submitted.pk} Xã Nhất Tiến" in out and "chờ cán bộ huyện Huyện Bắc Sơn thẩm tra" in out
    assert "chờ cán bộ tỉnh Tỉnh Lạng Sơn thẩm định" in out
    assert "3 hồ sơ đang chờ xử lý." in out
