"""Word lists the rules rely on: level words, organisation heads, cue words.

Data only; the rules that use them live in the stage modules.
"""

from __future__ import annotations

# Level words as written before a unit's name, mapped to the contract's levels.
LEVEL_OF_WORD = {
    "tỉnh": "tinh",
    "thành phố": "huyen",  # a centrally-run city is a province: see CENTRAL_CITIES
    "tp.": "huyen",
    "tp": "huyen",
    "thị xã": "huyen",
    "tx.": "huyen",
    "tx": "huyen",
    "huyện": "huyen",
    "quận": "huyen",
    "xã": "xa",
    "phường": "xa",
    "thị trấn": "xa",
    "đặc khu": "xa",
    "thôn": "thon",
    "bản": "thon",
    "ấp": "thon",
    "xóm": "thon",
    "làng": "thon",
    "buôn": "thon",
    "khu phố": "thon",
    "tổ dân phố": "thon",
}

# Cities under the central government are provinces ("thành phố Hà Nội" is level tinh).
CENTRAL_CITIES = {"hà nội", "hải phòng", "đà nẵng", "cần thơ", "hồ chí minh", "huế"}

# Counted nouns in tallies ("3/13 xã", "7/133 thôn") and their level.
CHILD_LEVEL = {
    "xã": "xa", "phường": "xa", "thị trấn": "xa", "xã, phường, thị trấn": "xa",
    "huyện": "huyen", "thị xã": "huyen", "thành phố": "huyen", "đơn vị cấp huyện": "huyen",
    "thôn": "thon", "bản": "thon", "ấp": "thon", "xóm": "thon", "làng": "thon", "buôn": "thon",
    "khu dân cư": "thon", "thôn, bản": "thon", "thôn, tổ dân phố": "thon", "khu phố": "thon",
    "tổ dân phố": "thon", "thôn/bản": "thon", "đơn vị cấp xã": "xa",
    "huyện, thành phố": "huyen", "huyện, thị xã, thành phố": "huyen", "thành phố, thị xã": "huyen",
    "huyện, thị xã": "huyen", "tỉnh": "tinh", "tỉnh, thành phố": "tinh",
}

# People whose names are also place names; written bare, they are the person
# (the city is written with its level word: "TP. Hồ Chí Minh").
PERSON_NOT_PLACE = {"Hồ Chí Minh", "Quang Trung", "Lê Lợi", "Trần Hưng Đạo", "Lý Thường Kiệt", "Nguyễn Huệ",
                    "Hoàng Văn Thụ", "Võ Thị Sáu", "Nguyễn Trãi", "Lê Hồng Phong", "Phan Bội Châu"}

# First words of an organisation's name: a unit named inside one ("Báo Bắc Kạn",
# "Hội Cựu chiến binh tỉnh Lạng Sơn") does not name the province for "toàn tỉnh".
ORGANISATION_HEADS = (
    "Ban", "Báo", "Bộ", "Bưu điện", "Chi cục", "Chi nhánh", "Cổng", "Công an", "Công ty", "Cục",
    "Đài", "Đảng bộ", "Đảng ủy", "Đảng uỷ", "Đại hội", "Đoàn", "Hội", "Hội đồng", "HĐND", "Huyện ủy",
    "Huyện uỷ", "Huyện đoàn", "Kho bạc", "Liên đoàn", "Liên minh", "Mặt trận", "MTTQ", "Ngân hàng",
    "NHCSXH", "Phòng", "Quỹ", "Sở", "Tỉnh ủy", "Tỉnh uỷ", "Tỉnh đoàn", "Thành ủy", "Thành uỷ", "Tòa án",
    "Trung tâm", "Trường", "Bệnh viện", "UBND", "Ủy ban", "Uỷ ban", "Văn phòng", "Viện", "Bảo hiểm",
    "Hợp tác xã", "HTX", "Bộ Chỉ huy", "Ban Chỉ huy", "Ban Chấp hành", "Ban Thường vụ", "Nghị quyết",
    "Chương trình", "Thanh tra", "Điện lực", "Tổng công ty", "Lữ đoàn", "Trung đoàn", "Sư đoàn",
    "Đồn", "Hạt", "Khối", "Cơ quan", "Tập đoàn", "Doanh nghiệp", "Nhà máy",
)

# Words that, right before a level word, make it a class of units, not one unit.
PLURAL_BEFORE = {"các", "những", "mọi", "nhiều", "số", "từng", "cấp", "mỗi", "giữa", "trong", "tại các",
                 # "cao nhất tỉnh", "đứng đầu huyện": a comparison with the whole, not a statement about it
                 "nhất", "đầu",
                 # a counted noun ("một huyện", "hai xã") is a class, not a reference
                 "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"}

# A bare level word followed by these is an organisation, not a unit ("Huyện ủy", "xã đoàn").
NOT_A_UNIT_AFTER = {"ủy", "uỷ", "đoàn", "đội", "hội", "viên", "giao", "nhà", "hàng", "lộ"}

# Cues that a statement is a goal, not a result.
TARGET_CUES = (
    "phấn đấu", "mục tiêu", "hướng tới", "hướng đến", "vươn tới", "khát vọng", "dự kiến", "đăng ký",
    "sẽ", "quyết tâm", "nỗ lực", "cố gắng", "theo kế hoạch", "ít nhất", "định hướng", "tiến tới", "trở thành",
    "chỉ đạo điểm", "xây dựng điểm", "phải có", "phải đạt", "phải hoàn thành",
)

# A result is stated even after a target cue when one of these follows it.
ACHIEVED_CUES = ("đã được công nhận", "được công nhận", "đã đạt", "đã hoàn thành", "đã trở thành", "đã có")

# Words before a counted group that make it an increment rather than a stock.
INCREMENT_BEFORE = ("thêm", "công nhận", "công bố", "xây dựng", "xét công nhận", "đề nghị công nhận", "mới có thêm",
                    "tăng", "có thêm", "bổ sung")

# Words before a counted noun that make the figure a part of a bigger whole.
SUBSET_BEFORE = ("trong đó", "trong số đó", "trong số này")

# Verbs that tie an organisation to a commune it must help.
SUPPORT_VERBS = ("được phân công giúp đỡ", "phân công giúp đỡ", "được phân công hỗ trợ",
                 "được phân công phụ trách", "phân công phụ trách", "nhận đỡ đầu", "đỡ đầu",
                 "kết nghĩa với", "kết nghĩa", "được giao giúp đỡ")

# Words that end an organisation's name when they follow it.
NAME_STOP = {
    "đã", "đang", "sẽ", "được", "tiếp", "tổ", "thực", "đóng", "cũng", "đến", "và", "với", "có", "là", "tại",
    "của", "phối", "chủ", "hỗ", "giúp", "cho", "về", "trong", "trên", "theo", "từ", "làm", "nhận", "vẫn",
    "luôn", "triển", "ban", "tích", "tiến", "năm", "khi", "để", "đối", "phân", "thường", "kết", "đỡ",
    "hướng", "tham", "xây", "thăm", "trao", "tặng", "các", "những", "một", "này", "đó",
}


# Words of the programme's reports, lowered when a line in capitals is read in the ordinary case even if its
# article never writes them in lower case (a word the article writes beside another in a name keeps its capital).
ORDINARY_WORDS = frozenset("""
xã huyện tỉnh thị trấn thành phố phường thôn bản ấp xóm khu dân cư đơn vị cấp
đạt chuẩn nông thôn mới nâng cao kiểu mẫu về đích cán đích chạm lên hoàn thành nhiệm vụ xây dựng
công nhận được đã có là và của các những thêm tiêu chí năm giai đoạn đến nay trở thành đầu tiên thứ
phấn đấu mục tiêu kế hoạch toàn với trong tại vào sau trước hết cuối
đón nhận bằng lễ công bố chính thức vinh dự tổ chức trao quyết định số ngày tháng theo
""".split())
