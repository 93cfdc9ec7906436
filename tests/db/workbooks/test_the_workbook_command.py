"""`nongthon workbook template|import|export` call the same operations as the page."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from nongthon.monitoring.models import Observation
from tests.db.workbooks.places import open_xlsx


def test_the_command_writes_a_template_then_imports_it_filled(places, tmp_path, capsys):
    out = tmp_path / "bieu.xlsx"
    call_command("workbook", "template", "--province", "20", "--year", "2024", "--out", str(out))
    wb = open_xlsx(out.read_bytes())
    ws = wb["Chỉ tiêu"]
    column = [c.value for c in ws[2]].index("indicator:income_per_capita") + 1
    ws.cell(row=3, column=column, value=48.5)
    wb.save(out)
    call_command("workbook", "import", str(out))
    assert "đã ghi 1 số liệu chỉ tiêu" in capsys.readouterr().out
    observation = Observation.objects.get()
    assert observation.source_user is None and observation.source_file == "bieu.xlsx [Chỉ tiêu]"


def test_the_command_lists_every_error_and_fails(places, tmp_path, capsys):
    out = tmp_path / "sai.xlsx"
    out.write_text("không phải bảng tính")
    with pytest.raises(CommandError, match="1 lỗi; không ghi dòng nào"):
        call_command("workbook", "import", str(out))
    assert "sai.xlsx: Tệp không phải là bảng tính Excel .xlsx." in capsys.readouterr().err


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_the_command_exports_xlsx_and_csv(places, tmp_path, suffix):
    out = tmp_path / f"xuat.{suffix}"
    call_command("workbook", "export", "--province", "20", "--year", "2024", "--out", str(out))
    assert out.stat().st_size > 0


def test_an_unknown_province_is_a_sentence(places, tmp_path):
    with pytest.raises(CommandError, match="Không có tỉnh, thành phố mã 99"):
        call_command("workbook", "template", "--province", "99", "--year", "2024", "--out", str(tmp_path / "x.xlsx"))


def test_the_command_imports_in_the_name_of_a_user(places, people, tmp_path):
    from tests.db.workbooks.places import indicator_workbook

    out = tmp_path / "bieu.xlsx"
    indicator_workbook([["06100", "", 2024, 3, 40]]).save(out)
    call_command("workbook", "import", str(out), "--user", "can_bo_tinh")
    assert Observation.objects.filter(source_user=people.province_officer, reviewed_by=people.province_officer).count() == 2
    with pytest.raises(CommandError, match="Không có người dùng 'ai_do'"):
        call_command("workbook", "import", str(out), "--user", "ai_do")
