"""Lines of a saved portal page that are not the article, as data.

Each pattern matches a whole line (after stripping spaces).
"""

from __future__ import annotations

import re

BOILERPLATE_LINES = [
    r"PublishingPortal\s*-\s*\S.*",
    r"(?:Tăng cỡ chữ\s*)?(?:Giảm cỡ chữ)?(?:\s*(?:In bài|Bản in|In trang))*",
    r"Skip to (?:main )?content",
    r"Bỏ qua nội dung",
    r"[\w ().,-]{1,60}\.(?:jpe?g|png|gif|webp|bmp|JPE?G|PNG|GIF)",
    r"(?:Chia sẻ|Share|Facebook|Twitter|Zalo|Email|Tweet|Lượt xem|Gửi bài|In bài|Bản in|Lưu bài|"
    r"Trở về|Quay lại|Về đầu trang|Đầu trang|Like|Thích|Bình luận|Góp ý|Tin liên quan|Tin khác|"
    r"Các tin khác|Xem thêm|Tags?|Từ khóa|Từ khoá|Chia sẻ bài viết|Trang chủ|Home|Menu|Đăng nhập|"
    r"Tìm kiếm|Search|Print|Zalo Facebook|Facebook Zalo)(?:\s*[:|/-]?\s*(?:Facebook|Twitter|Zalo|Email|In|\d+))*\s*:?",
    r"(?:Lượt xem|Số lượt xem|Lượt truy cập)\s*:?\s*\d[\d.,]*",
    r"(?:Cỡ chữ|Font size)\s*:?.*",
    r"Copyright.*|©.*|Bản quyền.*",
]

BOILERPLATE = re.compile(r"^\s*(?:" + "|".join(BOILERPLATE_LINES) + r")\s*$")

# Elements of a saved page that are never the article.
HTML_DROP = (
    "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, select, "
    "[class*=menu], [id*=menu], [class*=breadcrumb], [class*=share], [class*=social], "
    "[class*=toolbar], [class*=footer], [class*=header], [class*=sidebar], [class*=related], "
    "[class*=comment], [class*=banner], [class*=advert], [id*=footer], [id*=header]"
)
HTML_ARTICLE = (
    "article, main, [class*=article], [class*=content], [class*=detail], [class*=news], [class*=post], "
    "[class*=body], [id*=content], [id*=article], [id*=detail]"
)
HTML_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "blockquote", "pre",
               "figcaption", "div", "section", "article", "main", "tr", "table", "ul", "ol", "br"}
