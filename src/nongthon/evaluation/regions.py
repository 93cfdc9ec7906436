"""Names the evaluator writes in its reasons: regions, flags, commune groups."""

from __future__ import annotations

from nongthon.registry.regions import REGIONS as _REGISTRY_REGIONS

# The seven socio-economic regions of the 2021–2025 criteria: one table, kept with the registry.
REGIONS: dict[str, str] = _REGISTRY_REGIONS

# Unit attributes (units.UnitAttribute names) that change which threshold applies.
FLAGS: dict[str, str] = {
    "dbkk": "xã đặc biệt khó khăn",
    "atk": "xã an toàn khu",
}

COMMUNE_GROUPS: dict[int, str] = {
    1: "nhóm 1 (xã ven đô thị, định hướng đô thị hoặc nông nghiệp dưới 10% cơ cấu kinh tế)",
    2: "nhóm 2",
    3: "nhóm 3 (xã khu vực II, III vùng đồng bào dân tộc thiểu số và miền núi)",
}


def region_name(code: str | None) -> str:
    return REGIONS.get(code or "", code or "không rõ")
