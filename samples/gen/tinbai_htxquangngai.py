"""Site `tinbai-htxquangngai` (registry family `generic`): "Liên minh HTX tỉnh Quảng Ngãi", the alliance's portal on
**Mambo 4.6.5** (the Joomla ancestor; SEF URLs off; the Vietnamese language pack; a table-based template the local web
company derived from `rhuk_solarflare_ii`; the components com_content, com_frontpage, com_docman, com_contact,
com_search, com_rss; the mosvote and mosimage mambots; the copy is of 22 April 2010). Written as a held-out test: no
family module, no selectors.

URL shapes (everything through `index.php` with a query, `&amp;` in the markup, a `<base href>` to the site root in
the head): an item `index.php?option=com_content&task=view&id=N&Itemid=M`, where the Itemid is the menu item the link
was built under: the category's blog menu item (27 or 29) from the blogs, the front page and the modules, the
section's (25) from the category tables, none at all in the notice box the staff typed by hand (`…&id=N` only): the
same page three ways; its pop-up print view `index2.php?option=com_content&task=view&id=N&pop=1&page=0&Itemid=M`
(robots `noindex`, the same text), its PDF `index2.php?option=com_content&do_pdf=1&id=N` and its e-mail form
`index2.php?option=com_content&task=emailform&id=N&itemid=M` (the three icons beside the title); the section
`task=section&id=1&Itemid=25`, the category tables `task=category&sectionid=1&id=C&Itemid=25` and the blogs
`task=blogcategory&id=C&Itemid=27|29`, both 5 a page (`&limit=5&limitstart=5`; the blog's "# Links" set to 0); the
front page `/` = `index.php?option=com_frontpage&Itemid=1`; DOCman `index.php?option=com_docman&task=…&gid=N`; the
RSS `index2.php?option=com_rss&feed=RSS2.0&no_html=1` (5 newest). Mambo's stock robots.txt disallows its own folders,
`/images/` included (the photos); there is no site map.

Why it is hard: no heading at all: the title is `td.contentheading` of the first `table.contentpaneopen`, beside the
PDF / print / e-mail icons; the second table has "Viết bởi <author>", the `td.createdate` line and the text cell, then
"Cập nhật lần cuối ( … )" in `td.modifydate` for an edited item; the mosvote form sits between the two tables. The
language pack's locale `vi_VN` is not installed on the host, so strftime prints English: "Monday, 19 April 2010", no
time (the banner's today "Thursday, 22 April 2010" the same way); the modified line is a later date, not the
publication date. The editor wrote the text as entities (`H&#7907;p t&aacute;c x&atilde;`). Photos are `{mosimage}`:
`div.mosimage` with `div.mosimage_caption` (one line each), inside the `<p>` the placeholder stood in. Tables are the
editor's bordered tables with a bold first row, headings bold paragraphs. "Viết bởi" is the created-by user or its
alias: "Administrator" is the account, never an author; a staff member's name is; a closing byline wins; a reprint
("Theo Báo Quảng Ngãi") has none. The RSS is `date('r')` on a host in UTC: the item created at 00:20 on 9 March reads
"Mon, 08 Mar 2010 17:20:00 +0000". The oldest item is only on page 2 of its blog and of its category table.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from html.entities import codepoint2name

from .core import SiteBuild, attr, esc, image_for, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "tinbai-htxquangngai"
NAME = "Liên minh HTX tỉnh Quảng Ngãi"
ORG = "Liên minh Hợp tác xã tỉnh Quảng Ngãi"
TODAY = datetime(2010, 4, 22)
PER = 5
TPL = "/templates/lmhtx_qng"
CATS = {1: ("Tin hoạt động", 27, "Hoạt động của Liên minh HTX tỉnh và các hợp tác xã thành viên."),
        3: ("Thông báo - Văn bản", 29, "Thông báo, văn bản của Liên minh HTX tỉnh.")}
SECTION_ITEMID = 25
ADDRESS = "Địa chỉ: 96 Hùng Vương, thành phố Quảng Ngãi, tỉnh Quảng Ngãi"
PHONE = "Điện thoại: 055.3822.614 - Fax: 055.3826.152"
COPY = f"© 2010 {ORG}"
MAMBO = "là phần mềm tự do phát hành theo giấy phép GNU/GPL."
ONLINE = "Hiện có 4 khách trực tuyến"
FURN = [f"{TODAY:%A, %d %B %Y}", ADDRESS, PHONE, COPY, MAMBO, ONLINE, "Viết bởi", "Cập nhật lần cuối", "[ Quay lại ]",
        "Tin mới nhất", "Đọc nhiều nhất", "Đăng nhập", "Tên đăng nhập", "Mật khẩu", "Quên mật khẩu?",
        "Chưa có tài khoản?", "Đánh giá:", "Tốt nhất", "Tin liên quan", "Liên kết website", "Chào mừng quý khách đến với Website Liên minh HTX tỉnh Quảng Ngãi"]


def ent(text: str) -> str:
    """What the editor stored: Latin-1 letters as named entities, the other Vietnamese letters as numeric ones."""
    out = []
    for ch in esc(text):
        cp = ord(ch)
        if cp < 128:
            out.append(ch)
        elif cp in codepoint2name and cp < 256:
            out.append(f"&{codepoint2name[cp]};")
        else:
            out.append(f"&#{cp};")
    return "".join(out)


def shown(d: datetime) -> str:
    """strftime('%A, %d %B %Y') with the language pack's locale missing on the host: English."""
    return f"{d:%A, %d %B %Y}"


def h(text: str, n: int = 8) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo số 12/TB-LMHTX về việc mở lớp bồi dưỡng nghiệp vụ kế toán HTX năm 2010",
          body="""
LIÊN MINH HTX TỈNH QUẢNG NGÃI
Số: 12/TB-LMHTX
Quảng Ngãi, ngày 16 tháng 4 năm 2010
THÔNG BÁO
Về việc mở lớp bồi dưỡng nghiệp vụ kế toán HTX năm 2010
Thực hiện Kế hoạch số 05/KH-LMHTX ngày 15/01/2010, Liên minh HTX tỉnh mở lớp bồi dưỡng nghiệp vụ kế toán cho các HTX trên địa bàn tỉnh.
Thời gian: 05 ngày, khai giảng lúc 7 giờ 30 ngày 10/5/2010 tại Trường Chính trị tỉnh.
Mỗi HTX cử 01 kế toán tham dự; danh sách gửi về Văn phòng Liên minh HTX tỉnh trước ngày 30/4/2010.
Nội dung chi tiết xem tệp đính kèm.
CHỦ TỊCH
Nguyễn Văn Thạnh
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": "/index.php?option=com_docman&task=doc_download&gid=7&Itemid=31",
                        "text": "TB-12-LMHTX-boi-duong-ke-toan.pdf"}],
          opts={"cat": 3, "by": "Administrator", "hits": 187, "rating": (0, 0), "modified": datetime(2010, 4, 20, 9, 5),
                "front": True, "metakey": "kế toán, tập huấn"},
          notes=["notice 'Số: 12/TB-LMHTX' dated 16/4 in its text, created 'Monday, 19 April 2010' (td.createdate, no "
                 "time: midnight) and 'Cập nhật lần cuối ( Tuesday, 20 April 2010 )' (the modified date, not the "
                 "publication); 'Viết bởi Administrator' (the account): no author; the signer is text; the DOCman link "
                 "index.php?option=com_docman&task=doc_download&gid=7&Itemid=31 in its own paragraph is the attachment, "
                 "not text; the home page's 'Thông báo mới' box links it id-only (…&id=N, no Itemid): an alias"],
          **at(datetime(2010, 4, 19, 8, 30))),
        A(path="", title="Ảnh: HTX Nông nghiệp Tịnh Phong thu hoạch lúa đông xuân",
          body="""
Những ngày giữa tháng 4, bà con xã viên HTX Nông nghiệp Tịnh Phong (huyện Sơn Tịnh) khẩn trương thu hoạch lúa vụ đông xuân 2009 - 2010.
[img tinhphong-1.jpg] Xã viên HTX thu hoạch lúa trên cánh đồng mẫu
[img tinhphong-2.jpg] Máy gặt đập liên hợp của HTX phục vụ bà con
[img tinhphong-3.jpg] Lúa được phơi sấy ngay tại sân kho HTX
Năng suất lúa vụ này ước đạt 62 tạ/ha, cao hơn vụ trước gần 4 tạ/ha.
""", byline="Bài và ảnh: Trần Quốc Tuấn", author="Trần Quốc Tuấn",
          opts={"cat": 1, "by": "Trần Quốc Tuấn", "hits": 342, "rating": (4, 3), "front": True, "metakey": "lúa, Sơn Tịnh"},
          notes=["photo story: three {mosimage} photos, each a div.mosimage (inside the <p> it replaced) with its "
                 "div.mosimage_caption (one line each; the caption is also the <img> alt/title); 'Viết bởi Trần Quốc "
                 "Tuấn' (the created-by alias) and the closing 'Bài và ảnh: Trần Quốc Tuấn' -> Trần Quốc Tuấn"],
          **at(datetime(2010, 4, 14, 15, 0))),
        A(path="", title="Kết quả hoạt động của các HTX trên địa bàn tỉnh năm 2009",
          body="""
Năm 2009, toàn tỉnh có 186 HTX đang hoạt động, trong đó 152 HTX nông nghiệp; doanh thu bình quân một HTX tăng 12% so với năm 2008.
| Loại hình | Số HTX | Xã viên (người) | Doanh thu bình quân (triệu đồng) |
| Nông nghiệp | 152 | 148.620 | 1.350 |
| Thủy sản | 11 | 1.240 | 980 |
| Công nghiệp - Tiểu thủ công nghiệp | 9 | 615 | 1.720 |
| Vận tải, dịch vụ | 14 | 830 | 2.100 |
Năm 2010, Liên minh HTX tỉnh phấn đấu hỗ trợ thành lập mới 8 HTX và củng cố 20 HTX yếu kém.
""", author="Nguyễn Thị Thu Hà",
          opts={"cat": 1, "by": "Nguyễn Thị Thu Hà", "hits": 265, "rating": (5, 2), "modified": datetime(2010, 4, 12, 16, 40),
                "front": True, "metakey": "số liệu, HTX"},
          notes=["a bordered editor table whose first row is bold (no <th>): one line per row; 'Viết bởi Nguyễn Thị Thu "
                 "Hà' (a staff member's account), no byline: she is the author; 'Cập nhật lần cuối ( Monday, 12 April 2010 )' "
                 "is a later day than the createdate 'Wednesday, 07 April 2010'"],
          **at(datetime(2010, 4, 7, 10, 15))),
        A(path="", title="Một số giải pháp nâng cao hiệu quả hoạt động của HTX nông nghiệp",
          body="""
Để HTX nông nghiệp hoạt động hiệu quả hơn trong năm 2010, Liên minh HTX tỉnh đề nghị các HTX tập trung vào một số giải pháp sau.
## Các giải pháp chủ yếu
* Rà soát, sắp xếp lại các khâu dịch vụ, chỉ giữ những dịch vụ xã viên thật sự cần;
* Công khai tài chính, phương án sản xuất kinh doanh trước Đại hội xã viên;
* Liên kết với doanh nghiệp để tiêu thụ sản phẩm cho xã viên;
* Cử cán bộ quản lý tham gia các lớp bồi dưỡng do Liên minh HTX tỉnh tổ chức.
Liên minh HTX tỉnh sẽ cử cán bộ về trực tiếp hướng dẫn các HTX còn lúng túng trong xây dựng phương án.
""", byline="Lê Văn Bình - Ban Kế hoạch Liên minh HTX tỉnh", author="Lê Văn Bình",
          opts={"cat": 1, "by": "Administrator", "hits": 198, "rating": (0, 0), "front": True, "metakey": "HTX, giải pháp"},
          notes=["a bold-paragraph heading and a bulleted list; 'Viết bởi Administrator' but 'Lê Văn Bình - Ban Kế hoạch "
                 "Liên minh HTX tỉnh' closes the text -> Lê Văn Bình"],
          **at(datetime(2010, 3, 29, 9, 0))),
        A(path="", title="HTX Mía đường Sơn Tịnh mở rộng vùng nguyên liệu",
          body="""
Vụ ép 2009 - 2010, HTX Mía đường Sơn Tịnh đã ký hợp đồng bao tiêu với bà con trồng mía trên diện tích 420 ha.
HTX ứng trước giống và phân bón cho xã viên, thu hồi vốn khi thu hoạch mía.
Nhờ giá mía ổn định, nhiều hộ xã viên có thu nhập 40 - 50 triệu đồng/ha.
""", byline="Theo Báo Quảng Ngãi", author=None,
          opts={"cat": 1, "by": "Administrator", "hits": 154, "rating": (0, 0), "front": True, "metakey": "mía, Sơn Tịnh"},
          notes=["'Theo Báo Quảng Ngãi' closes the text: a reprint, no author ('Viết bởi Administrator' is the account)"],
          **at(datetime(2010, 3, 18, 14, 20))),
        A(path="", title="Liên minh HTX tỉnh làm việc với các HTX nghề cá huyện Bình Sơn",
          body="""
Ngày 08/3, đoàn công tác Liên minh HTX tỉnh do đồng chí Phó Chủ tịch làm trưởng đoàn đã làm việc với 3 HTX nghề cá huyện Bình Sơn.
Các HTX kiến nghị được hỗ trợ vốn đóng mới tàu vỏ thép và lắp đặt máy thông tin liên lạc tầm xa.
Liên minh HTX tỉnh sẽ tổng hợp kiến nghị của các HTX để báo cáo UBND tỉnh.
""", author=None,
          opts={"cat": 1, "by": "Administrator", "hits": 121, "rating": (0, 0), "front": True, "metakey": "thủy sản, Bình Sơn"},
          notes=["created at 00:20 on 9 March about the day before: the page prints 'Tuesday, 09 March 2010' (no time: "
                 "midnight of the 9th); the RSS's date('r') on the UTC host says 'Mon, 08 Mar 2010 17:20:00 +0000' (the "
                 "previous day); 'Viết bởi Administrator', no byline: author null"],
          **at(datetime(2010, 3, 9, 0, 20))),
        A(path="", title="HTX Dịch vụ nông nghiệp Phổ Thạnh đầu tư lò sấy nông sản",
          body="""
HTX Dịch vụ nông nghiệp Phổ Thạnh (huyện Đức Phổ) vừa đưa vào sử dụng lò sấy nông sản công suất 10 tấn/mẻ.
Lò sấy giúp xã viên chủ động phơi sấy lúa, ngô trong những ngày mưa, giảm hao hụt sau thu hoạch.
Tổng vốn đầu tư hơn 350 triệu đồng, trong đó HTX vay từ Quỹ hỗ trợ phát triển HTX tỉnh 200 triệu đồng.
""", byline="Phạm Thị Lan", author="Phạm Thị Lan",
          opts={"cat": 1, "by": "Administrator", "hits": 98, "rating": (0, 0), "front": True, "metakey": "Đức Phổ"},
          notes=["'Viết bởi Administrator'; the bare name 'Phạm Thị Lan' closes the text: the author"],
          **at(datetime(2010, 2, 24, 16, 0))),
        A(path="", title="Liên minh HTX tỉnh Quảng Ngãi tổng kết công tác năm 2009",
          body="""
Ngày 27/01, Liên minh HTX tỉnh Quảng Ngãi tổ chức hội nghị tổng kết công tác năm 2009, triển khai nhiệm vụ năm 2010.
[img tongket-2009.jpg] Quang cảnh hội nghị tổng kết
Năm 2009, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 6 HTX, tổ chức 12 lớp bồi dưỡng cho 740 lượt cán bộ HTX.
""", byline="Tin, ảnh: Võ Minh Hiếu", author="Võ Minh Hiếu",
          opts={"cat": 1, "by": "Võ Minh Hiếu", "hits": 76, "rating": (0, 0), "front": False, "metakey": ""},
          notes=["the oldest item: only on page 2 of the 'Tin hoạt động' blog (…&limit=5&limitstart=5) and of its category "
                 "table; not on the front page (not flagged), in the modules, the RSS nor any 'Tin liên quan'; 'Tin, ảnh: "
                 "Võ Minh Hiếu' -> author"],
          **at(datetime(2010, 1, 28, 10, 0))),
    ]


def img_path(a: RichArticle, src: str) -> str:
    return f"/images/stories/lmhtx/{a.date:%Y%m}/{src}"


def body_html(a: RichArticle, part: str = "all") -> str:
    """The item's text as the editor stored it (entities); `intro` = the introtext (first paragraph), `full` the rest."""
    out = []
    blocks = a.blocks
    if part == "intro":
        blocks = blocks[:1]
    elif part == "full":
        blocks = blocks[1:]
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{ent(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{ent(b.text)}</strong></p>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{ent(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">\n<tbody>\n<tr>\n'
                       + "\n".join(f"<td><strong>{ent(c)}</strong></td>" for c in head) + "\n</tr>\n"
                       + "".join("<tr>\n" + "\n".join(f"<td>{ent(c)}</td>" for c in r) + "\n</tr>\n" for r in rows)
                       + "</tbody>\n</table>")
        elif b.kind == "img":
            cap = attr(b.text)
            out.append(f'<p><div class="mosimage"  style=" border-width: 0px; margin: 5px; width: 400px;" align="center">'
                       f'<img src="{img_path(a, b.src)[1:]}" width="400" height="300" hspace="6" alt="{cap}" title="{cap}" '
                       f'border="0" /><div class="mosimage_caption" style="width: 400px; text-align: center;" '
                       f'align="center">{esc(b.text)}</div></div></p>')
    if part != "intro":
        for x in a.attachments:
            out.append(f'<p><a href="{x["path"][1:].replace("&", "&amp;")}" target="_blank">{esc(x["text"])}</a></p>')
        if a.byline:
            out.append(f'<p align="right"><strong>{ent(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-ngai", f"{NAME} (Mambo 4.6)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/index2.php?option=com_rss&feed=RSS2.0&no_html=1" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    nid = 40
    for a in reversed(arts):
        nid += 1 if a.opts["cat"] == 1 else 2
        a.opts["id"] = nid
        a.opts["Itemid"] = CATS[a.opts["cat"]][1]
        a.path = f"/index.php?option=com_content&task=view&id={nid}&Itemid={a.opts['Itemid']}"
    oldest = arts[-1]
    notice = next(a for a in arts if a.doc_number)
    visible = [a for a in arts if a is not oldest]
    latest = visible[:5]
    most = sorted(visible, key=lambda a: -a.opts["hits"])[:5]

    def amp(url: str) -> str:
        return url.replace("&", "&amp;")

    def view(a: RichArticle, itemid: int | None = None) -> str:
        return f"/index.php?option=com_content&task=view&id={a.opts['id']}&Itemid={itemid or a.opts['Itemid']}"

    def li_module(items: list[RichArticle], css: str) -> str:
        return (f'<ul class="{css}">' + "".join(f'<li class="{css}"><a href="{{{{base}}}}{amp(view(a))}" class="{css}">'
                                                f"{esc(a.title)}</a></li>" for a in items) + "</ul>")

    def module(title: str, content: str) -> str:
        return (f'<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">{title}</th></tr>'
                f"<tr><td>{content}</td></tr></table>")

    menu_items = [("Trang chủ", "/index.php?option=com_frontpage&Itemid=1", 1),
                  ("Giới thiệu", "/index.php?option=com_content&task=view&id=2&Itemid=2", 2),
                  ("Tin tức", f"/index.php?option=com_content&task=section&id=1&Itemid={SECTION_ITEMID}", SECTION_ITEMID),
                  ("Tin hoạt động", "/index.php?option=com_content&task=blogcategory&id=1&Itemid=27", 27),
                  ("Thông báo - Văn bản", "/index.php?option=com_content&task=blogcategory&id=3&Itemid=29", 29),
                  ("Văn bản tải về", "/index.php?option=com_docman&Itemid=31", 31),
                  ("Liên hệ", "/index.php?option=com_contact&Itemid=3", 3),
                  ("Tìm kiếm", "/index.php?option=com_search&Itemid=5", 5)]

    def layout(title: str, itemid: int, pathway: list[tuple[str, str | None]], main: str, desc: str = "",
               keywords: str = "", notice_box: bool = False) -> str:
        main_menu = "".join(
            f'<tr align="left"><td><a href="{{{{base}}}}{amp(href)}" class="mainlevel"'
            + (' id="active_menu"' if mid == itemid else "") + f">{esc(n)}</a></td></tr>" for n, href, mid in menu_items)
        top_menu = "".join(f'<td nowrap="nowrap"><a href="{{{{base}}}}{amp(href)}" class="mainlevel-nav">{esc(n)}</a></td>'
                           for n, href, mid in menu_items[:5])
        path = '<span class="pathway">' + ' <img src="{{base}}/images/M_images/arrow.png" alt="arrow" /> '.join(
            f'<a href="{{{{base}}}}{amp(href)}" class="pathway">{esc(n)}</a>' if href else esc(n)
            for n, href in [("Trang chủ", "/"), *pathway]) + "</span>"
        login = ('<form action="{{base}}/index.php" method="post" name="login"><table width="100%" border="0" cellspacing="0" '
                 'cellpadding="0" align="center"><tr><td>Tên đăng nhập<br /><input name="username" type="text" class="inputbox" '
                 'alt="username" size="10" /><br />Mật khẩu<br /><input type="password" name="passwd" class="inputbox" size="10" '
                 'alt="password" /><br /><input type="checkbox" name="remember" class="inputbox" value="yes" alt="Remember Me" /> '
                 'Ghi nhớ<br /><input type="hidden" name="option" value="login" /><input type="submit" name="Submit" '
                 'class="button" value="Đăng nhập" /></td></tr><tr><td><a href="{{base}}/index.php?option=com_registration&amp;'
                 'task=lostPassword">Quên mật khẩu?</a></td></tr><tr><td>Chưa có tài khoản? <a href="{{base}}/index.php?option='
                 'com_registration&amp;task=register">Đăng ký</a></td></tr></table></form>')
        links = ('<ul>' + "".join(f'<li><a href="{{{{base:offsite}}}}{href}" target="_blank">{esc(t)}</a></li>'
                                  for t, href in [("Cổng thông tin điện tử tỉnh Quảng Ngãi", "/quangngai/"),
                                                  ("Liên minh HTX Việt Nam", "/lmhtx-vn/"),
                                                  ("Báo Quảng Ngãi", "/baoquangngai/")]) + "</ul>")
        box = ""
        if notice_box:
            box = module("Thông báo mới", f'<marquee direction="up" scrollamount="1" height="60" onmouseover="this.stop()" '
                                          f'onmouseout="this.start()"><a href="index.php?option=com_content&amp;task=view&amp;'
                                          f'id={notice.opts["id"]}">{esc(notice.title)}</a></marquee>')
        return f"""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{attr(desc or ORG)}" />
<meta name="keywords" content="{attr(keywords or 'Liên minh HTX, Quảng Ngãi, hợp tác xã')}" />
<meta name="Generator" content="Mambo - Copyright 2000 - 2008 Mambo Foundation Inc. All rights reserved." />
<meta name="robots" content="index, follow" />
<base href="{{{{base}}}}/" />
<link rel="shortcut icon" href="{{{{base}}}}/images/favicon.ico" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="{{{{base}}}}{TPL}/css/template_css.css" rel="stylesheet" type="text/css" />
</head>
<body>
<a name="up" id="up"></a>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
<tr><td colspan="3" class="header"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td width="600"><a href="{{{{base}}}}/"><img src="{{{{base}}}}{TPL}/images/banner.png" width="600" height="120" alt="{attr(ORG)}" border="0" /></a></td>
<td align="right" valign="bottom" class="date">{TODAY:%A, %d %B %Y}</td></tr></table></td></tr>
<tr><td colspan="3" class="topmenu"><table width="100%" border="0" cellpadding="0" cellspacing="1"><tr>{top_menu}</tr></table></td></tr>
<tr><td colspan="3" class="pathwaybar">{path}</td></tr>
<tr valign="top">
<td width="190" class="leftcol">
{module("Danh mục", f'<table width="100%" border="0" cellpadding="0" cellspacing="0">{main_menu}</table>')}
{module("Đăng nhập", login)}
{module("Trực tuyến", ONLINE)}
</td>
<td class="maincol">
{box}<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="welcome">Chào mừng quý khách đến với Website Liên minh HTX tỉnh Quảng Ngãi</td></tr></table>
{main}
</td>
<td width="200" class="rightcol">
{module("Tin mới nhất", li_module(latest, "latestnews"))}
{module("Đọc nhiều nhất", li_module(most, "mostread"))}
{module("Liên kết website", links)}
{module("RSS", '<div class="syndicate"><a href="{{base}}/index2.php?option=com_rss&amp;feed=RSS2.0&amp;no_html=1"><img src="{{base}}/images/M_images/rss20.png" alt="RSS 2.0" align="middle" border="0" /></a></div>')}
</td>
</tr>
<tr><td colspan="3" class="footer"><div align="center">{esc(COPY)}</div>
<div align="center">{esc(ADDRESS)}<br />{esc(PHONE)}</div>
<div align="center"><a href="{{{{base:offsite}}}}/mambo/" target="_blank">Mambo</a> {MAMBO}</div></td></tr>
</table>
</body>
</html>
"""

    def icons(a: RichArticle, itemid: int) -> str:
        pop = ("window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,"
               "width=640,height=480,directories=no,location=no'); return false;")
        i = a.opts["id"]
        return (f'<td align="right" width="100%" class="buttonheading"><a href="{{{{base}}}}/index2.php?option=com_content&amp;'
                f'do_pdf=1&amp;id={i}" target="_blank" onclick="{pop}" title="PDF"><img src="{{{{base}}}}/images/M_images/'
                f'pdf_button.png" alt="PDF" name="PDF" align="middle" border="0" /></a></td>'
                f'<td align="right" width="100%" class="buttonheading"><a href="{{{{base}}}}/index2.php?option=com_content&amp;'
                f'task=view&amp;id={i}&amp;pop=1&amp;page=0&amp;Itemid={itemid}" target="_blank" onclick="{pop}" title="In">'
                f'<img src="{{{{base}}}}/images/M_images/printButton.png" alt="In" name="In" align="middle" border="0" /></a></td>'
                f'<td align="right" width="100%" class="buttonheading"><a href="{{{{base}}}}/index2.php?option=com_content&amp;'
                f'task=emailform&amp;id={i}&amp;itemid={itemid}" target="_blank" onclick="{pop}" title="E-mail"><img '
                f'src="{{{{base}}}}/images/M_images/emailButton.png" alt="E-mail" name="E-mail" align="middle" border="0" /></a>'
                "</td>")

    def vote(a: RichArticle, itemid: int) -> str:
        avg, count = a.opts["rating"]
        stars = "".join(f'<img src="{{{{base}}}}/images/M_images/rating_star{"" if k < avg else "_blank"}.png" alt="" '
                        f'align="middle" />' for k in range(5))
        radios = "".join(f'<input type="radio" alt="vote {k} star" name="user_rating" value="{k}"'
                         + (' checked="checked"' if k == 5 else "") + " />" for k in range(1, 6))
        return (f'<form method="post" action="{{{{base}}}}/index.php"><span class="content_rating">Đánh giá:{stars}&nbsp;/&nbsp;'
                f'{count}</span><br /><span class="content_vote">Kém{radios}Tốt nhất&nbsp;<input class="button" type="submit" '
                f'name="submit_vote" value="Bình chọn" /><input type="hidden" name="task" value="vote" /><input type="hidden" '
                f'name="pop" value="0" /><input type="hidden" name="option" value="com_content" /><input type="hidden" '
                f'name="Itemid" value="{itemid}" /><input type="hidden" name="cid" value="{a.opts["id"]}" /><input '
                f'type="hidden" name="url" value="/index.php?option=com_content&amp;task=view&amp;id={a.opts["id"]}&amp;'
                f'Itemid={itemid}" /></span></form>')

    def meta_rows(a: RichArticle) -> str:
        return (f'<tr><td width="70%" align="left" valign="top" colspan="2"><span class="small">Viết bởi {esc(a.opts["by"])}'
                f'</span>&nbsp;&nbsp;</td></tr>\n<tr><td valign="top" colspan="2" class="createdate">{shown(a.date)}</td></tr>')

    def modified_row(a: RichArticle) -> str:
        m = a.opts.get("modified")
        return (f'<tr><td colspan="2" align="left" class="modifydate">Cập nhật lần cuối ( {shown(m)} )</td></tr>'
                if m else "")

    def full_item(a: RichArticle, itemid: int) -> str:
        return (f'<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(a.title)}</td>'
                f'{icons(a, itemid)}</tr></table>\n{vote(a, itemid)}\n<table class="contentpaneopen">\n{meta_rows(a)}\n'
                f'<tr><td valign="top" colspan="2">{body_html(a)}</td></tr>\n{modified_row(a)}\n</table>\n'
                '<span class="article_seperator">&nbsp;</span>')

    def intro_item(a: RichArticle, itemid: int) -> str:
        link = "{{base}}" + amp(view(a, itemid))
        return (f'<table class="contentpaneopen"><tr><td class="contentheading" width="100%"><a href="{link}" '
                f'class="contentpagetitle">{esc(a.title)}</a></td>{icons(a, itemid)}</tr></table>\n'
                f'<table class="contentpaneopen">\n{meta_rows(a)}\n<tr><td valign="top" colspan="2">{body_html(a, "intro")}'
                f'</td></tr>\n{modified_row(a)}\n<tr><td align="left" colspan="3"><a href="{link}" class="readon">Xem tiếp...'
                f'</a></td></tr>\n</table>\n<span class="article_seperator">&nbsp;</span>')

    def pager(base: str, n: int, total: int) -> str:
        pages = (total + PER - 1) // PER

        def href(k: int) -> str:
            return "{{base}}" + amp(f"{base}&limit={PER}&limitstart={k * PER}")
        if pages < 2:
            return ""
        out = []
        out.append('<span class="pagenav">&lt;&lt; Đầu</span> <span class="pagenav">&lt; Trước</span>' if n == 0 else
                   f'<a href="{href(0)}" class="pagenav" title="Đầu">&lt;&lt; Đầu</a> <a href="{href(n - 1)}" class="pagenav" '
                   f'title="Trước">&lt; Trước</a>')
        out += [f'<span class="pagenav">{k + 1}</span>' if k == n else
                f'<a href="{href(k)}" class="pagenav"><strong>{k + 1}</strong></a>' for k in range(pages)]
        out.append('<span class="pagenav">Tiếp &gt;</span> <span class="pagenav">Cuối &gt;&gt;</span>' if n == pages - 1 else
                   f'<a href="{href(n + 1)}" class="pagenav" title="Tiếp">Tiếp &gt;</a> <a href="{href(pages - 1)}" '
                   f'class="pagenav" title="Cuối">Cuối &gt;&gt;</a>')
        return " ".join(out)

    def counter(n: int, total: int) -> str:
        return f"Kết quả {n * PER + 1} - {min(total, (n + 1) * PER)} của {total}"

    # -- items ---------------------------------------------------------------------------------
    for a in arts:
        cat, itemid = a.opts["cat"], a.opts["Itemid"]
        cname = CATS[cat][0]
        keys = {k.strip() for k in a.opts["metakey"].split(",") if k.strip()}
        related = [x for x in visible if x is not a and keys & {k.strip() for k in x.opts["metakey"].split(",")}][:5]
        rel = ""
        if related:
            rel = ('<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">Tin liên quan</th></tr>'
                   '<tr><td><ul>' + "".join(f'<li><a href="{{{{base}}}}{amp(view(x))}">{esc(x.title)}</a></li>'
                                            for x in related) + "</ul></td></tr></table>")
        main = (full_item(a, itemid) + rel
                + "\n<div class=\"back_button\"><a href='javascript:history.go(-1)'>[ Quay lại ]</a></div>")
        intro = inline_text(a.blocks[0].text)
        page = layout(f"{NAME} - {a.title}", itemid, [(cname, f"/index.php?option=com_content&task=blogcategory&id={cat}"
                                                              f"&Itemid={itemid}"), (a.title, None)], main, desc=intro,
                      keywords=a.opts["metakey"])
        site.page(a.path, page)
        # the same item under the section's Itemid (the category tables' links) and id-only (the notice box)
        sec = view(a, SECTION_ITEMID)
        site.page(sec, layout(f"{NAME} - {a.title}", SECTION_ITEMID, [("Tin tức", f"/index.php?option=com_content&task="
                                                                                  f"section&id=1&Itemid={SECTION_ITEMID}"),
                                                                      (a.title, None)], full_item(a, SECTION_ITEMID)
                                + "\n<div class=\"back_button\"><a href='javascript:history.go(-1)'>[ Quay lại ]</a></div>",
                                desc=intro, keywords=a.opts["metakey"]))
        a.aliases.append(sec)
        if a is notice:
            bare = f"/index.php?option=com_content&task=view&id={a.opts['id']}"
            site.same_page(bare, a.path)
            a.aliases.append(bare)
        pdf_path = f"/index2.php?option=com_content&do_pdf=1&id={a.opts['id']}"
        name = f"_routes/pdf-{a.opts['id']}.pdf"
        site.files[name] = pdf(a.title, ["LIEN MINH HTX TINH QUANG NGAI", f"Bai viet so {a.opts['id']}"])
        site.routes.append({"path": pdf_path, "file": name, "content_type": "application/pdf"})
        for itemid in (a.opts["Itemid"], SECTION_ITEMID):
            # the pop-up print view
            prn = f"/index2.php?option=com_content&task=view&id={a.opts['id']}&pop=1&page=0&Itemid={itemid}"
            site.page(prn, f"""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{esc(NAME)} - {esc(a.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<base href="{{{{base}}}}/" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="stylesheet" href="{{{{base}}}}{TPL}/css/template_css.css" type="text/css" />
</head>
<body class="contentpane">
<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(a.title)}</td><td align="right" width="100%" class="buttonheading"><a href="javascript:void(window.print())" title="In"><img src="{{{{base}}}}/images/M_images/printButton.png" alt="In" align="middle" border="0" /></a></td></tr></table>
<table class="contentpaneopen">
{meta_rows(a)}
<tr><td valign="top" colspan="2">{body_html(a)}</td></tr>
{modified_row(a)}
</table>
<span class="article_seperator">&nbsp;</span>
<div align="center" style="margin-top: 30px; margin-bottom: 30px;"><a href="javascript: void window.close()" title="Đóng cửa sổ">Đóng cửa sổ</a></div>
</body>
</html>
""")
            a.aliases.append(prn)
            # the e-mail form
            mail = f"/index2.php?option=com_content&task=emailform&id={a.opts['id']}&itemid={itemid}"
            site.page(mail, f"""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>{esc(NAME)}</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link rel="stylesheet" href="{{{{base}}}}{TPL}/css/template_css.css" type="text/css" /></head>
<body class="contentpane">
<form action="index2.php?option=com_content&amp;task=emailsend" name="frontendForm" method="post">
<table cellspacing="0" cellpadding="0" border="0"><tr><td colspan="2">Gửi liên kết bài viết này tới bạn bè:</td></tr>
<tr><td width="130">Email người nhận:</td><td><input type="text" name="email" class="inputbox" size="25" /></td></tr>
<tr><td height="27">Tên người gửi:</td><td><input type="text" name="yourname" class="inputbox" size="25" /></td></tr>
<tr><td>Email người gửi:</td><td><input type="text" name="youremail" class="inputbox" size="25" /></td></tr>
<tr><td>Tiêu đề thư:</td><td><input type="text" name="subject" class="inputbox" maxlength="100" size="40" /></td></tr>
<tr><td colspan="2"><input type="submit" name="submit" class="button" value="Gửi" />&nbsp;&nbsp;<input type="button" name="cancel" value="Hủy" class="button" onclick="window.close();" /></td></tr>
</table><input type="hidden" name="id" value="{a.opts['id']}" /><input type="hidden" name="itemid" value="{itemid}" /></form>
</body>
</html>
""")
            site.non_articles.append(mail)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(img_path(a, b.src), image_for(b.src))
        site.add_article(a)
    site.trap("every item's print icon opens the pop-up index2.php?option=com_content&task=view&id=N&pop=1&page=0&Itemid=M "
              "(robots noindex, the same title, 'Viết bởi', date and text): an alias", f"/index2.php?option=com_content&task="
              f"view&id={arts[1].opts['id']}&pop=1&page=0&Itemid={arts[1].opts['Itemid']}")
    site.trap("the category tables link every item with the section's Itemid=25 (…&id=N&Itemid=25: the same item, another "
              "pathway): an alias of the blog's …&Itemid=27|29", view(arts[1], SECTION_ITEMID))
    site.trap("the PDF icon index2.php?option=com_content&do_pdf=1&id=N answers a PDF of the item (neither an item nor "
              "an attachment); the e-mail icon index2.php?…&task=emailform&id=N&itemid=M is a form: not an article",
              f"/index2.php?option=com_content&do_pdf=1&id={arts[1].opts['id']}")

    # -- DOCman ----------------------------------------------------------------------------------
    doc = notice.attachments[0]
    site.files["_routes/docman-7.pdf"] = pdf(notice.title, ["LIEN MINH HTX TINH QUANG NGAI", "THONG BAO SO 12/TB-LMHTX"])
    site.routes.append({"path": doc["path"], "file": "_routes/docman-7.pdf", "content_type": "application/pdf"})
    dm_cat = "/index.php?option=com_docman&task=cat_view&gid=2&Itemid=31"
    dm_det = "/index.php?option=com_docman&task=doc_details&gid=7&Itemid=31"
    site.page("/index.php?option=com_docman&Itemid=31", layout(
        f"{NAME} - Văn bản tải về", 31, [("Văn bản tải về", None)],
        '<div class="componentheading">Văn bản tải về</div><div id="dm_cats"><table width="100%"><tr><td><a href="{{base}}'
        f'{amp(dm_cat)}">Thông báo</a> <span class="small">(1 tài liệu)</span></td></tr></table></div>'))
    site.page(dm_cat, layout(
        f"{NAME} - Văn bản tải về", 31, [("Văn bản tải về", "/index.php?option=com_docman&Itemid=31"), ("Thông báo", None)],
        f'<div class="componentheading">Thông báo</div><div id="dm_docs"><table width="100%"><tr><td><a href="{{{{base}}}}'
        f'{amp(dm_det)}">{esc(doc["text"])}</a><br /><span class="small">Ngày: 19.04.2010 | Lượt tải: 42</span> <a href='
        f'"{{{{base}}}}{amp(doc["path"])}">Tải về</a></td></tr></table></div>'))
    site.page(dm_det, layout(
        f"{NAME} - {doc['text']}", 31, [("Văn bản tải về", "/index.php?option=com_docman&Itemid=31"), (doc["text"], None)],
        f'<div class="componentheading">Chi tiết tài liệu</div><table class="dm_docdetails"><tr><td>Tên:</td><td>'
        f'{esc(doc["text"])}</td></tr><tr><td>Mô tả:</td><td>{esc(notice.title)}</td></tr><tr><td>Kích thước:</td><td>38.2 kB'
        f'</td></tr><tr><td>Ngày tạo:</td><td>19.04.2010 08:31</td></tr></table><p><a href="{{{{base}}}}{amp(doc["path"])}">'
        f'Tải về</a></p>'))
    site.non_articles += ["/index.php?option=com_docman&Itemid=31", dm_cat, dm_det]
    site.trap("DOCman: the category list, the document list and the details page (…task=doc_details&gid=7): not "
              "articles; the file itself is …task=doc_download&gid=7&Itemid=31", dm_det)

    # -- blogs and category tables ---------------------------------------------------------------
    for cat, (cname, itemid, cdesc) in CATS.items():
        items = [a for a in arts if a.opts["cat"] == cat]
        base = f"/index.php?option=com_content&task=blogcategory&id={cat}&Itemid={itemid}"
        pages = max(1, (len(items) + PER - 1) // PER)
        for n in range(pages):
            chunk = items[n * PER:(n + 1) * PER]
            lead, rest = chunk[:1], chunk[1:]
            main = (f'<div class="componentheading">{esc(cname)}</div><table class="blog" cellpadding="0" cellspacing="0">'
                    '<tr><td valign="top"><div>' + "".join(intro_item(a, itemid) for a in lead) + "</div></td></tr>"
                    '<tr><td valign="top"><table width="100%" cellpadding="0" cellspacing="0"><tr><td valign="top" '
                    'width="100%">' + "".join(f"<div>{intro_item(a, itemid)}</div>" for a in rest) + "</td></tr></table>"
                    f'</td></tr><tr><td valign="top" align="center">{pager(base, n, len(items))}<br /><br /></td></tr>'
                    + (f'<tr><td valign="top" align="center">{counter(n, len(items))}</td></tr>' if pages > 1 else "")
                    + "</table>")
            path = base if n == 0 else f"{base}&limit={PER}&limitstart={n * PER}"
            site.page(path, layout(f"{NAME} - {cname}", itemid, [(cname, None)], main))
            site.non_articles.append(path)
            if n:
                site.same_page(f"{base}&limit={PER}&limitstart=0", base)
        tbase = f"/index.php?option=com_content&task=category&sectionid=1&id={cat}&Itemid={SECTION_ITEMID}"
        for n in range(pages):
            chunk = items[n * PER:(n + 1) * PER]
            rows = "".join(
                f'<tr class="sectiontableentry{k % 2 + 1}"><td align="center">{n * PER + k + 1}</td><td>{shown(a.date)}</td>'
                f'<td><a href="{{{{base}}}}{amp(view(a, SECTION_ITEMID))}">{esc(a.title)}</a></td><td>{esc(a.opts["by"])}</td>'
                f'<td align="center">{a.opts["hits"]}</td></tr>' for k, a in enumerate(chunk))
            opts = "".join(f'<option value="{v}"' + (' selected="selected"' if v == PER else "") + f">{v}</option>"
                           for v in (5, 10, 15, 20, 25, 30, 50))
            main = (f'<div class="componentheading">{esc(cname)}</div><table width="100%" cellpadding="4" cellspacing="0" '
                    f'border="0" align="center" class="contentpane"><tr><td width="60%" valign="top" class="contentdescription" '
                    f'colspan="2">{esc(cdesc)}</td></tr><tr><td><form action="{{{{base}}}}{amp(tbase)}" method="post" '
                    f'name="adminForm"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td colspan="5" '
                    f'align="right">Hiển thị # <select name="limit" class="inputbox" size="1" onchange="document.adminForm.'
                    f'submit();">{opts}</select></td></tr><tr><td class="sectiontableheader" width="5">#</td><td '
                    f'class="sectiontableheader" width="30%">Ngày</td><td class="sectiontableheader" width="45%">Tiêu đề</td>'
                    f'<td class="sectiontableheader" width="20%">Tác giả</td><td class="sectiontableheader" align="center" '
                    f'width="5%">Lượt xem</td></tr>{rows}<tr><td align="center" colspan="5" class="sectiontablefooter">'
                    f'{pager(tbase, n, len(items))}</td></tr><tr><td colspan="5" align="right">{counter(n, len(items))}</td>'
                    '</tr></table><input type="hidden" name="id" value="1" /><input type="hidden" name="sectionid" value="1" />'
                    '<input type="hidden" name="task" value="category" /><input type="hidden" name="option" value="com_content"'
                    ' /></form></td></tr></table>')
            path = tbase if n == 0 else f"{tbase}&limit={PER}&limitstart={n * PER}"
            site.page(path, layout(f"{NAME} - {cname}", SECTION_ITEMID,
                                   [("Tin tức", f"/index.php?option=com_content&task=section&id=1&Itemid={SECTION_ITEMID}"),
                                    (cname, None)], main))
            site.non_articles.append(path)
            if n:
                site.same_page(f"{tbase}&limit={PER}&limitstart=0", tbase)
    site.trap("blog 'Tin hoạt động' (task=blogcategory&id=1&Itemid=27: 1 leading + 4 intros with 'Xem tiếp...', # Links 0, "
              "pager '<< Đầu < Trước 1 2 Tiếp > Cuối >>' and 'Kết quả 1 - 5 của 7'): page 2 (&limit=5&limitstart=5) holds "
              "the two oldest", "/index.php?option=com_content&task=blogcategory&id=1&Itemid=27&limit=5&limitstart=5")
    site.trap("category table (task=category&sectionid=1&id=1&Itemid=25: #, date, title, author, hits; 'Hiển thị #' 5): its "
              "page 2 holds the oldest too", f"/index.php?option=com_content&task=category&sectionid=1&id=1&Itemid="
              f"{SECTION_ITEMID}&limit=5&limitstart=5")
    sec_main = ('<div class="componentheading">Tin tức</div><table width="100%" cellpadding="4" cellspacing="0" border="0" '
                'align="center" class="contentpane"><tr><td width="60%" valign="top" class="contentdescription" colspan="2">'
                'Tin tức, thông báo của Liên minh HTX tỉnh Quảng Ngãi.</td></tr><tr><td colspan="2"><ul>'
                + "".join(f'<li><a href="{{{{base}}}}/index.php?option=com_content&amp;task=category&amp;sectionid=1&amp;id={c}'
                          f'&amp;Itemid={SECTION_ITEMID}" class="category">{esc(n)}</a>&nbsp;<span class="small">('
                          f'{sum(1 for a in arts if a.opts["cat"] == c)} bài)</span></li>' for c, (n, _, _) in CATS.items())
                + "</ul></td></tr></table>")
    sec_path = f"/index.php?option=com_content&task=section&id=1&Itemid={SECTION_ITEMID}"
    site.page(sec_path, layout(f"{NAME} - Tin tức", SECTION_ITEMID, [("Tin tức", None)], sec_main))
    site.non_articles.append(sec_path)

    # -- front page ------------------------------------------------------------------------------
    front = [a for a in arts if a.opts["front"]]
    lead, intros, more = front[:1], front[1:5], front[5:7]
    home_main = ('<table class="blog" cellpadding="0" cellspacing="0"><tr><td valign="top"><div>'
                 + "".join(intro_item(a, a.opts["Itemid"]) for a in lead) + "</div></td></tr><tr><td valign=\"top\"><table "
                 'width="100%" cellpadding="0" cellspacing="0"><tr><td valign="top" width="100%">'
                 + "".join(f"<div>{intro_item(a, a.opts['Itemid'])}</div>" for a in intros)
                 + '</td></tr></table></td></tr><tr><td valign="top"><div class="blog_more"><div><strong>Tin khác...</strong>'
                 '</div><ul>' + "".join(f'<li><a class="blogsection" href="{{{{base}}}}{amp(view(a))}">{esc(a.title)}</a></li>'
                                        for a in more) + "</ul></div></td></tr></table>")
    home = layout(f"{NAME} - Trang chủ", 1, [], home_main, notice_box=True)
    site.page("/", home)
    site.same_page("/index.php?option=com_frontpage&Itemid=1", "/")
    site.non_articles.append("/")
    site.trap("front page (/ = index.php?option=com_frontpage&Itemid=1): 1 leading + 4 intros, 'Tin khác...' with 2 "
              "more, the 'Thông báo mới' marquee linking the notice id-only (…task=view&id=N)", "/")
    # static content 'Giới thiệu', contact, search, registration
    about = "/index.php?option=com_content&task=view&id=2&Itemid=2"
    site.page(about, layout(f"{NAME} - Giới thiệu", 2, [("Giới thiệu", None)],
                            '<table class="contentpaneopen"><tr><td class="contentheading" width="100%">Giới thiệu Liên minh HTX '
                            'tỉnh Quảng Ngãi</td></tr></table><table class="contentpaneopen"><tr><td valign="top" colspan="2">'
                            f'<p>{ent("Liên minh Hợp tác xã tỉnh Quảng Ngãi là tổ chức kinh tế - xã hội, đại diện và bảo vệ quyền lợi hợp pháp của các hợp tác xã, tổ hợp tác trên địa bàn tỉnh.")}</p>'
                            '</td></tr></table>'))
    site.page("/index.php?option=com_contact&Itemid=3", layout(
        f"{NAME} - Liên hệ", 3, [("Liên hệ", None)],
        f'<div class="componentheading">Liên hệ</div><table width="100%" class="contentpane"><tr><td>{esc(ORG)}<br />'
        f'{esc(ADDRESS)}<br />{esc(PHONE)}</td></tr></table><form action="{{{{base}}}}/index.php" method="post" '
        'name="emailForm"><textarea name="text" cols="50" rows="8" class="inputbox"></textarea><input type="submit" '
        'name="send" value="Gửi" class="button" /></form>'))
    site.page("/index.php?option=com_search&Itemid=5", layout(
        f"{NAME} - Tìm kiếm", 5, [("Tìm kiếm", None)],
        '<div class="componentheading">Tìm kiếm</div><form action="{{base}}/index.php" method="get" name="searchForm"><input '
        'type="hidden" name="option" value="com_search" /><input type="text" name="searchword" size="15" value="" '
        'class="inputbox" /><input type="submit" name="submit" value="Tìm kiếm" class="button" /></form>'))
    for task, t in [("lostPassword", "Quên mật khẩu?"), ("register", "Đăng ký")]:
        p = f"/index.php?option=com_registration&task={task}"
        site.page(p, layout(f"{NAME} - {t}", 0, [(t, None)], f'<div class="componentheading">{t}</div><form action="'
                                                             '{{base}}/index.php" method="post"><input type="text" '
                                                             'name="email" class="inputbox" /></form>'))
        site.non_articles.append(p)
    site.non_articles += [about, "/index.php?option=com_contact&Itemid=3", "/index.php?option=com_search&Itemid=5"]
    site.trap("'Giới thiệu' is Mambo static content at the item URL shape (task=view&id=2&Itemid=2, no date, no author): "
              "not an article; contact, search and the login module's registration pages: not articles", about)

    # -- RSS, robots -----------------------------------------------------------------------------
    def rfc(d: datetime) -> str:
        return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} +0000"
    feed_items = "".join(
        f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{amp(view(a))}</link><description>"
        f"{esc(inline_text(a.blocks[0].text))}</description><pubDate>{rfc(a.date)}</pubDate></item>\n" for a in visible[:5])
    site.page("/index2.php?option=com_rss&feed=RSS2.0&no_html=1",
              f'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="FeedCreator 1.7.2" -->\n<rss version="2.0">\n'
              f"<channel>\n<title>{esc(NAME)}</title>\n<description>{esc(ORG)}</description>\n<link>{{{{base}}}}/</link>\n"
              f"<lastBuildDate>Thu, 22 Apr 2010 02:14:09 +0000</lastBuildDate>\n<generator>FeedCreator 1.7.2</generator>\n"
              f"{feed_items}</channel>\n</rss>\n", content_type="application/xml; charset=utf-8")
    site.trap("RSS index2.php?option=com_rss&feed=RSS2.0&no_html=1 (the 5 newest; the introtext): date('r') on the UTC "
              "host, the item of 00:20 on 9 March reads 'Mon, 08 Mar 2010 17:20:00 +0000'",
              "/index2.php?option=com_rss&feed=RSS2.0&no_html=1")
    site.static("/robots.txt", "User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /components/\n"
                "Disallow: /editor/\nDisallow: /help/\nDisallow: /images/\nDisallow: /includes/\nDisallow: /language/\n"
                "Disallow: /mambots/\nDisallow: /media/\nDisallow: /modules/\nDisallow: /templates/\n"
                "Disallow: /installation/\n")
    for png in ["pdf_button", "printButton", "emailButton", "rating_star", "rating_star_blank", "arrow", "rss20"]:
        site.binary(f"/images/M_images/{png}.png", image_for(png))
    site.binary("/images/favicon.ico", b"\x00\x00\x01\x00")
    return site
