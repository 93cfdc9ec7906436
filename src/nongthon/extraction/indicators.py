"""The indicator keys of the contract and the phrases that name them, as data.

`phrase` finds the figure's name; `value` is where its number sits: "before" (a percent right
before the phrase: "98% hộ dân được sử dụng điện"), "after" (after the phrase in the clause)
or "both".
"""

from __future__ import annotations

import re

_POWER = r"(?: thường xuyên(?:,? (?:và )?an toàn)?| an toàn| lưới(?: điện)?(?: quốc gia)?)?(?: từ các nguồn)?"
INDICATORS = [
    ("income_per_capita", "million_vnd_per_year",
     r"thu nhập bình quân(?: đầu người| của người dân| người dân| \(?người/năm\)?)?(?: ở khu vực nông thôn| khu vực nông thôn)?"
     r"|tiêu chí thu nhập|thu nhập đầu người"
     # "thu nhập của người dân khu vực nông thôn đạt …", "thu nhập người dân nông thôn lên …"
     r"|thu nhập (?:của )?người dân (?:khu vực |ở )?nông thôn"
     # "Bình quân mỗi người dân Kim Sơn có thu nhập đạt gần 60 triệu đồng/năm": the person named first
     r"|(?:[Bb]ình quân|[Tt]rung bình) mỗi (?:người(?: dân)?|nhân khẩu)(?: [^\W\d_]+){0,4}? (?:có )?thu nhập", "after"),
    ("health_insurance_coverage", "percent",
     r"(?:tham gia|bao phủ|có thẻ|mua)\s+(?:bảo hiểm y tế|BHYT)|bảo hiểm y tế|BHYT", "both"),
    ("electricity_households", "percent",
     # "hộ sử dụng điện thường xuyên, an toàn từ các nguồn": the criterion's own wording, its comma inside the name
     r"(?:số )?hộ(?: dân| gia đình)?(?: ở nông thôn| nông thôn)?(?: được)? (?:sử dụng|dùng) điện" + _POWER +
     r"|(?:sử dụng|dùng) điện" + _POWER, "both"),
    ("clean_water_rural", "percent",
     r"(?:dân cư|người dân|hộ(?: dân)?)(?: nông thôn)?(?: được)? sử dụng nước (?:hợp vệ sinh|sạch)"
     # "dân số nông thôn của huyện A được sử dụng nước sạch": the unit between the people and the water
     r"|nước (?:sinh hoạt )?hợp vệ sinh|(?:sử dụng|dùng) nước sạch", "both"),
    ("paved_road_to_commune", "percent",
     r"(?:(?:xã có )?đường ô tô (?:từ (?:huyện|trung tâm huyện) )?(?:đến|tới) trung tâm xã"
     r"|(?:xã có )?đường ô tô[^;,.%]{0,30}? (?:đến|tới) trung tâm xã"
     # "… trung tâm xã được nhựa hóa, bê tông hóa": the paving named after, its comma inside the name
     r")(?:(?: được)? (?:nhựa hóa|bê tông hóa|cứng hóa)(?:(?:,| và| hoặc) (?:nhựa hóa|bê tông hóa|cứng hóa))*)?", "both"),
    ("budget_revenue", "vnd", r"(?<!chi )(?:tổng )?thu ngân sách(?: nhà nước)?", "after"),
    ("budget_expenditure", "vnd", r"(?:tổng )?chi ngân sách(?: nhà nước| địa phương)?", "after"),
    ("sown_area", "ha", r"(?:tổng )?diện tích gieo trồng(?: cây hằng năm| cây hàng năm)?|gieo trồng", "after"),
    ("new_forest_area", "ha", r"trồng rừng(?: tập trung)?(?: mới)?(?: được)?|trồng mới(?: được)?(?= [\d.,]+\s*ha rừng)"
     r"|rừng trồng mới", "after"),
]
# A word each phrase contains, to skip sentences that cannot hold it.
KEYWORDS = {
    "income_per_capita": ("thu nhập",), "health_insurance_coverage": ("bảo hiểm y tế", "bhyt"),
    "electricity_households": ("điện",), "clean_water_rural": ("nước",), "paved_road_to_commune": ("ô tô",),
    "budget_revenue": ("ngân sách",), "budget_expenditure": ("ngân sách",), "sown_area": ("gieo trồng",),
    "new_forest_area": ("rừng",),
}
COMPILED = [(key, measure, re.compile(phrase, re.I), where, KEYWORDS[key])
            for key, measure, phrase, where in INDICATORS]

SCHOOLS = re.compile(
    r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?:\s*/\s*(?P<m>\d{1,3}(?:\.\d{3})+|\d+))?\s+trường(?: học)?(?: [^\W\d_]+){0,2}? đạt chuẩn(?: quốc gia)?"
    r"|trường(?: học)? đạt chuẩn quốc gia(?: là| đạt)?\s+(?P<n2>\d+)(?:\s*/\s*(?P<m2>\d+))?(?: trường)?"
)
OCOP = re.compile(r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)\s+sản phẩm(?: [^\W\d_]+){0,4}? OCOP(?P<tail>[^;.]{0,40})")
# "xếp hạng sản phẩm OCOP với 158 sản phẩm từ 3 sao trở lên", "(OCOP) phát triển mạnh mẽ với hơn 1.000 sản phẩm":
# the programme named first, the count of products after it
OCOP_AFTER = re.compile(r"OCOP\)?(?P<link>[^;.\d]{0,40}?)\s(?:với|lên|là|có)\s+(?:hơn\s+|trên\s+|gần\s+|khoảng\s+)?"
                        r"(?P<n>\d{1,3}(?:\.\d{3})+|\d+)\s+sản phẩm(?P<tail>[^;.]{0,40})")
STARS = re.compile(r"(\d)\s*sao")
COOPERATIVES = re.compile(r"(?P<n>\d+(?:\.\d{3})*)\s+(?:hợp tác xã|HTX)(?! viên)(?! thành viên)")
SUPPORT_FUNDS = re.compile(r"(?:hỗ trợ|giúp đỡ)[^;.]{0,200}?xã[^;.]{0,200}?(?:kinh phí|số tiền|trị giá|tổng giá trị)"
                           r"(?: thực hiện| hỗ trợ)?(?:\s+(?:là|đạt|trên|gần|khoảng|hơn))*\s*")
POVERTY = re.compile(r"(?<!cận )[Tt][ỷỉ] lệ\s+hộ nghèo(?! và cận)"
                     # "hộ nghèo còn gần 12%", "17.060 hộ nghèo, chiếm tỷ lệ 4,26%", "43 hộ nghèo/2.254 hộ, chiếm …"
                     # "hộ nghèo của huyện A giảm còn 1,8%": the unit between; "25 hộ nghèo (chiếm 1,8%)"
                     r"|(?<!lệ )(?<!cận )[Hh]ộ nghèo(?=(?:\s*/\s*[\d.]+\s*hộ(?: dân)?)?(?:\s+(?:của|toàn|trên địa bàn)\s+[^,;.%\d]{1,40}?)?(?:,?\s+|\s*\(\s*)(?:chỉ\s+|giảm\s+|đã\s+)*(?:còn|chiếm(?: tỷ lệ| tỉ lệ)?|là)\s*"
                     r"(?:khoảng\s+|dưới\s+|gần\s+|trên\s+|hơn\s+)?\d)")
POVERTY_STANDARD = re.compile(r"theo\s+(?:chuẩn nghèo (?:đa chiều )?(?:theo )?)?(?:Nghị định|Quyết định|Thông tư)\s+(?:số\s+)?"
                              r"(?P<num>\d+[^\s,;.]*)")
