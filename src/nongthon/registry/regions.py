"""The 7 socio-economic regions the 2021–2025 criteria distinguish, by province code.

Source: the six socio-economic regions of the General Statistics Office (Tổng cục Thống kê,
Niên giám thống kê), with "Bắc Trung Bộ và Duyên hải miền Trung" split into Bắc Trung Bộ and
Duyên hải Nam Trung Bộ as the national criteria for new-rural communes 2021–2025
(Quyết định 318/QĐ-TTg ngày 08/3/2022) name them.

After 1 July 2025 (Nghị quyết 202/2025/QH15) several merged provinces span two regions. The table
below gives such a province the region of the old province whose code it kept; a commune's own
region before the reform (its old province) is the better answer for criteria of 2021–2025,
and an office may override it with the `region` unit attribute.
"""

from __future__ import annotations

import datetime as dt

REFORM = dt.date(2025, 7, 1)

REGIONS: dict[str, str] = {
    "tdmnpb": "Trung du và miền núi phía Bắc",
    "dbsh": "Đồng bằng sông Hồng",
    "btb": "Bắc Trung Bộ",
    "dhntb": "Duyên hải Nam Trung Bộ",
    "tn": "Tây Nguyên",
    "dnb": "Đông Nam Bộ",
    "dbscl": "Đồng bằng sông Cửu Long",
}

# The 63 provinces before 1 July 2025.
_BEFORE: dict[str, tuple[str, ...]] = {
    "tdmnpb": ("02", "04", "06", "08", "10", "11", "12", "14", "15", "17", "19", "20", "24", "25"),
    "dbsh": ("01", "22", "26", "27", "30", "31", "33", "34", "35", "36", "37"),
    "btb": ("38", "40", "42", "44", "45", "46"),
    "dhntb": ("48", "49", "51", "52", "54", "56", "58", "60"),
    "tn": ("62", "64", "66", "67", "68"),
    "dnb": ("70", "72", "74", "75", "77", "79"),
    "dbscl": ("80", "82", "83", "84", "86", "87", "89", "91", "92", "93", "94", "95", "96"),
}

# The 34 provinces from 1 July 2025 (the region of the old province whose code each kept).
_FROM_REFORM: dict[str, tuple[str, ...]] = {
    "tdmnpb": ("04", "08", "11", "12", "14", "15", "19", "20", "24", "25"),
    "dbsh": ("01", "22", "31", "33", "37"),
    "btb": ("38", "40", "42", "44", "46"),
    "dhntb": ("48", "51", "52", "56"),
    "tn": ("66", "68"),
    "dnb": ("75", "79"),
    "dbscl": ("80", "82", "86", "91", "92", "96"),
}

_BY_CODE_BEFORE = {code: region for region, codes in _BEFORE.items() for code in codes}
_BY_CODE_FROM_REFORM = {code: region for region, codes in _FROM_REFORM.items() for code in codes}


def region_of(province_code: str, on: dt.date | None = None) -> str | None:
    """The region code of a province on a date (default today); None for an unknown code."""
    on = on or dt.date.today()
    table = _BY_CODE_FROM_REFORM if on >= REFORM else _BY_CODE_BEFORE
    return table.get(province_code)
