"""Site `zenario-htxbacgiang` (registry family `generic`): "Liên minh Hợp tác xã tỉnh Bắc Giang", the portal of the Bắc
Giang cooperative alliance on **Zenario 9** (the PHP CMS of Tribal Systems: content items of type `html` and `news`,
slots filled by plugins; friendly URLs on with the suffix `.html`; two languages, Vietnamese by default and an English
welcome page). The copy is of 21 March 2025 (before Bắc Giang merged into Bắc Ninh). Written as a held-out test: no
family module, no selectors.

What is an article here: a content item of type `news`. URL shapes: `/<alias>.html` (rel=canonical and og:url), an item
without an alias `/news_<id>.html` (Zenario prints `<cType>_<cID>` when there is no alias), the same item at
`/index.php?cID=news_<id>` (answers 200, canonical pointing to the alias: an editor typed such a link into the home
banner), the listing pages `/tin-tuc.html` and `/thong-bao.html` (HTML items holding a "Content Summary List" plugin),
whose pages are `/tin-tuc.html?slotName=Slot_Main_2&page=2` (the pagination's links: `refreshPluginSlotAnchor`, an
onclick that reloads the slot by AJAX and the same URL as href), the list's RSS `/tin-tuc.rss`, `/sitemap.xml`
(`zenario/sitemap.php`: `<lastmod>` = the visitor version's *published* date), `/gioi-thieu.html`, `/lien-he.html`,
the English `/welcome.html`.

Why it is hard: the news page's `<h1>` and dates come from a "Meta data" plugin (`div.page_title > h1`,
`div.release_date > p` "<span>Ngày đăng:</span> Thứ Ba, 18 tháng 3 năm 2025" in the long date format with Vietnamese
weekday and month phrases, `div.writer_name > p` "<span>Người viết:</span> …"), above the WYSIWYG Editor plugin's
`div.zenario_wysiwyg_editor` that holds the text. The release date is a day (midnight); the sitemap's `<lastmod>` is
when the visitor version was published (an edited item re-published later: a machine date, not the page's); the lists
print the medium format "18 Mar 2025" (the month phrases of the medium format were never translated); the RSS pubDate
is the release date at 00:00 +0700. The writer profile names a person (the author), an office ("Văn phòng Liên minh",
"Ban Biên tập": no author) or nobody. Not text: the banner plugin, menu, breadcrumbs ("Trang chủ › Tin tức › …"),
language picker, the "Tin tức liên quan" content list under the text (other items' titles and dates), the footer, the
cookie consent bar (an empty `div#zenario_cookie_consent` filled by `zenario/cookie_message.php`).
"""

from __future__ import annotations

from datetime import datetime

from .core import VN_WEEKDAYS, SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "zenario-htxbacgiang"
NAME = "Liên minh Hợp tác xã tỉnh Bắc Giang"
SHORT = "Liên minh HTX tỉnh Bắc Giang"
VERSION = "9.7.61390"
PER_PAGE = 5
SLOGAN = "Đồng hành cùng kinh tế tập thể Bắc Giang"
FOOT1 = "Số 15 Đường Hùng Vương, TP Bắc Giang, tỉnh Bắc Giang"
FOOT2 = "Điện thoại: 0204.3854.219 - Email: lmhtx@bacgiang.gov.vn"
FOOT3 = "© 2025 Liên minh Hợp tác xã tỉnh Bắc Giang"
RELATED = "Tin tức liên quan"
CHROME = [SLOGAN, FOOT1, FOOT2, FOOT3, RELATED, "Chọn ngôn ngữ:", "Ngày đăng:", "Người viết:", "Powered by Zenario"]
MENU = [("Trang chủ", "/"), ("Giới thiệu", "gioi-thieu.html"), ("Tin tức", "tin-tuc.html"),
        ("Thông báo", "thong-bao.html"), ("Liên hệ", "lien-he.html")]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def long_date(d: datetime) -> str:
    return f"{VN_WEEKDAYS[d.weekday()]}, {d.day} tháng {d.month} năm {d.year}"


def med_date(d: datetime) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def items() -> list[dict]:
    return [
        dict(cid=21, alias="htx-vai-thieu-luc-ngan-ky-hop-dong-xuat-khau", cat="tin-tuc",
             release=datetime(2025, 3, 18), published=datetime(2025, 3, 18, 10, 12), writer="Nguyễn Thị Minh Huệ",
             title="HTX vải thiều Lục Ngạn ký hợp đồng xuất khẩu vụ 2025",
             desc="Ba HTX vải thiều Lục Ngạn ký hợp đồng xuất khẩu 2.500 tấn vải tươi.",
             body="""
Ngày 17/3, ba HTX sản xuất vải thiều trên địa bàn huyện Lục Ngạn đã ký hợp đồng xuất khẩu 2.500 tấn vải tươi vụ 2025 với doanh nghiệp.
[img vai-thieu-ky-ket.png] Đại diện các HTX và doanh nghiệp ký kết hợp đồng tiêu thụ
Theo hợp đồng, vải thiều phải được sản xuất theo tiêu chuẩn VietGAP, có mã số vùng trồng và được sơ chế tại cơ sở đóng gói đạt chuẩn.
Liên minh HTX tỉnh sẽ hỗ trợ các HTX tập huấn quy trình kỹ thuật và kết nối thêm thị trường Nhật Bản, Hàn Quốc.
""", author="Nguyễn Thị Minh Huệ",
             notes=["Meta data plugin: <h1> in div.page_title, 'Ngày đăng: Thứ Ba, 18 tháng 3 năm 2025' (release date, "
                    "no time: midnight), 'Người viết: Nguyễn Thị Minh Huệ' (a writer profile naming a person: the "
                    "author); the home banner links it as index.php?cID=news_21 (an alias, 200, canonical to the "
                    ".html)"]),
        dict(cid=20, alias="thong-bao-08-tb-lmhtx-dang-ky-hoi-cho-ocop", cat="thong-bao",
             release=datetime(2025, 3, 12), published=datetime(2025, 3, 12, 15, 40), writer="Văn phòng Liên minh",
             title="Thông báo số 08/TB-LMHTX về việc đăng ký tham gia Hội chợ OCOP tỉnh Bắc Giang năm 2025",
             desc="Thông báo đăng ký gian hàng tại Hội chợ OCOP năm 2025.", doc="08/TB-LMHTX",
             file=("Ab3kQ9Zt", "tb-08-lmhtx-2025.pdf", "Tải văn bản: tb-08-lmhtx-2025.pdf"),
             body="""
Số: 08/TB-LMHTX
Bắc Giang, ngày 10 tháng 3 năm 2025
Liên minh HTX tỉnh Bắc Giang thông báo tới các HTX, liên hiệp HTX có sản phẩm OCOP về việc đăng ký tham gia Hội chợ OCOP tỉnh Bắc Giang năm 2025, cụ thể như sau:
+ Thời gian hội chợ: từ ngày 18/4 đến ngày 22/4/2025;
+ Địa điểm: Quảng trường 3/2, TP Bắc Giang;
+ Hạn đăng ký: trước ngày 31/3/2025.
Liên minh HTX tỉnh hỗ trợ 100% chi phí gian hàng cho các HTX thành viên.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Thắng
""", author=None,
             notes=["notice 'Số: 08/TB-LMHTX' dated 10/3 in its text, released 12/3 (page); the writer profile "
                    "'Văn phòng Liên minh' is an office: no author; the signer is text; the PDF link 'Tải văn bản: "
                    "tb-08-lmhtx-2025.pdf' under /public/downloads/ is the attachment (label dropped)"]),
        dict(cid=19, alias="ket-qua-phat-trien-htx-nam-2024", cat="tin-tuc",
             release=datetime(2025, 3, 5), published=datetime(2025, 3, 11, 8, 55), writer="Đỗ Quang Huy",
             title="Kết quả phát triển kinh tế tập thể tỉnh Bắc Giang năm 2024",
             desc="Toàn tỉnh có 612 HTX đang hoạt động.",
             body="""
Năm 2024, khu vực kinh tế tập thể tỉnh Bắc Giang tiếp tục phát triển cả về số lượng và chất lượng.
| Chỉ tiêu | Năm 2023 | Năm 2024 |
| Số HTX đang hoạt động | 574 | 612 |
| HTX thành lập mới | 41 | 52 |
| Doanh thu bình quân/HTX (triệu đồng) | 3.850 | 4.230 |
| Thu nhập bình quân người lao động (triệu đồng/tháng) | 5,9 | 6,4 |
Năm 2025, tỉnh phấn đấu thành lập mới 50 HTX, trong đó ít nhất 10 HTX ứng dụng công nghệ cao.
""", author="Đỗ Quang Huy",
             notes=["a data table in the WYSIWYG text (one line per row); released 05/3 (the page), re-published after an "
                    "edit on 11/3: the sitemap's <lastmod>2025-03-11</lastmod> is not the article's date"]),
        dict(cid=18, alias="huong-dan-thi-hanh-luat-hop-tac-xa-2023", cat="tin-tuc",
             release=datetime(2025, 2, 24), published=datetime(2025, 2, 24, 16, 5), writer="Ban Biên tập",
             title="Những điểm mới của Luật Hợp tác xã năm 2023 HTX cần biết",
             desc="Một số điểm mới của Luật Hợp tác xã năm 2023.",
             body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024 với nhiều điểm mới quan trọng đối với các HTX.
## Một số điểm mới
* Bổ sung quy định về tổ chức kinh tế hợp tác có tư cách pháp nhân;
* Thành viên liên kết không góp vốn được tham gia HTX;
* HTX được chia lợi nhuận theo mức độ sử dụng sản phẩm, dịch vụ;
* Quy định cụ thể về tài sản không chia và việc xử lý khi giải thể.
Các HTX cần rà soát, sửa đổi điều lệ cho phù hợp với quy định của Luật.
""", author=None,
             notes=["a heading and a list in the WYSIWYG text; writer profile 'Ban Biên tập' (the editorial board): no "
                    "author"]),
        dict(cid=17, alias="mo-hinh-nuoi-ga-doi-yen-the-lien-ket-chuoi", cat="tin-tuc",
             release=datetime(2025, 2, 14), published=datetime(2025, 2, 14, 9, 30), writer=None,
             title="HTX gà đồi Yên Thế liên kết chuỗi giá trị",
             desc="Mô hình liên kết chuỗi giúp ổn định đầu ra cho gà đồi Yên Thế.",
             body="""
HTX Chăn nuôi gà đồi Đồng Tâm (huyện Yên Thế) hiện liên kết với 120 hộ chăn nuôi, cung ứng ra thị trường khoảng 900 tấn gà thịt mỗi năm.
Sản phẩm gà đồi của HTX đã có mặt tại các chuỗi siêu thị ở Hà Nội và Bắc Ninh.
Theo Báo Bắc Giang
""", author=None,
             notes=["no writer profile set (the Meta data plugin prints no 'Người viết' line); a reprint 'Theo Báo Bắc "
                    "Giang': no author"]),
        dict(cid=16, alias="anh-htx-tham-gia-phien-cho-nong-san", cat="tin-tuc",
             release=datetime(2025, 2, 3), published=datetime(2025, 2, 3, 14, 0), writer="Nguyễn Thị Minh Huệ",
             title="Ảnh: Các HTX tham gia phiên chợ nông sản đầu xuân",
             desc="Hơn 30 HTX tham gia phiên chợ nông sản đầu xuân.",
             body="""
Phiên chợ nông sản an toàn đầu xuân Ất Tỵ thu hút hơn 30 HTX của tỉnh tham gia.
[img cho-xuan-1.png] Gian hàng mỳ Chũ của HTX Sản xuất và chế biến mỳ Chũ Nam Giang
[img cho-xuan-2.png] Người dân chọn mua gạo nếp cái hoa vàng của HTX Tân Dĩnh
""", author="Nguyễn Thị Minh Huệ",
             notes=["photo story: each image in the WYSIWYG text followed by a centred italic caption paragraph "
                    "(one line each)"]),
        dict(cid=7, alias=None, cat="tin-tuc",
             release=datetime(2025, 1, 20), published=datetime(2025, 1, 20, 11, 0), writer="Đỗ Quang Huy",
             title="Liên minh HTX tỉnh thăm, tặng quà HTX gặp khó khăn dịp Tết",
             desc="Thăm, tặng quà các HTX dịp Tết Nguyên đán Ất Tỵ.",
             body="""
Nhân dịp Tết Nguyên đán Ất Tỵ 2025, đoàn công tác Liên minh HTX tỉnh đã thăm, tặng quà 15 HTX gặp khó khăn do ảnh hưởng của bão số 3.
Tổng giá trị quà tặng là 75 triệu đồng, trích từ Quỹ hỗ trợ phát triển HTX của tỉnh.
""", author="Đỗ Quang Huy",
             notes=["an item without an alias: its URL and canonical are /news_7.html (Zenario's '<cType>_<cID>'); on the "
                    "list's page 2 only"]),
        dict(cid=6, alias="hoi-nghi-tong-ket-cong-tac-nam-2024", cat="tin-tuc",
             release=datetime(2025, 1, 8), published=datetime(2025, 1, 8, 17, 20), writer="Nguyễn Thị Minh Huệ",
             title="Liên minh HTX tỉnh Bắc Giang tổng kết công tác năm 2024",
             desc="Hội nghị tổng kết công tác năm 2024.",
             body="""
Ngày 7/1, Liên minh HTX tỉnh Bắc Giang tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị
Năm 2024, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 52 HTX, tổ chức 14 lớp tập huấn cho hơn 800 lượt cán bộ HTX.
""", author="Nguyễn Thị Minh Huệ",
             notes=["the oldest: on /tin-tuc.html?slotName=Slot_Main_2&page=2 only (and in the sitemap)"]),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-giang", f"{NAME} (Zenario)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE], feeds=["{{base:%s}}/tin-tuc.rss" % SITE])
    site.extra_boilerplate += CHROME
    specs = items()
    for s in specs:
        s["path"] = f"/{s['alias'] or 'news_%d' % s['cid']}.html"
        s["href"] = s["path"][1:]
    by_date = sorted(specs, key=lambda s: s["release"], reverse=True)

    def add(path: str, html: str) -> None:
        site.page(path, html, content_type="text/html; charset=UTF-8")

    def menu(current: str) -> str:
        lis = []
        for i, (t, href) in enumerate(MENU, 1):
            on = " on" if href == current else ""
            lis.append(f'<li class="level1 level1_{i}{on}"><a href="{href}" class="{"current" if on else ""}">'
                       f'{esc(t)}</a></li>')
        return '<ul class="level1">' + "".join(lis) + "</ul>"

    def crumbs(trail: list[tuple[str, str | None]]) -> str:
        out = []
        for t, href in trail:
            out.append(f'<span class="breadcrumb">' + (f'<a href="{href}">{esc(t)}</a>' if href else
                                                        f'<a class="current">{esc(t)}</a>') + "</span>")
        return " › ".join(out)

    def layout(title: str, canonical: str, desc: str, main: str, current: str, trail: list, og_type: str = "website",
               og_image: str | None = None, keywords: str = "") -> str:
        og_img = ""
        if og_image:
            og_img = (f'\n<meta property="og:image:type" content="image/png" />\n<meta property="og:image" content="'
                      f'{{{{base}}}}{og_image}"/>\n<meta property="og:image:width" content="800" />\n'
                      f'<meta property="og:image:height" content="600" />')
        return f"""<!DOCTYPE HTML>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<title>{esc(title)}</title>
<link rel="canonical" href="{{{{base}}}}{canonical}"/>
<meta property="og:url" content="{{{{base}}}}{canonical}"/>
<meta property="og:type" content="{og_type}"/>
<meta property="og:title" content="{attr(title)}"/>{og_img}
<meta property="og:description" content="{attr(desc)}"/>
<meta name="description" content="{attr(desc)}" />
<meta name="generator" content="Zenario {VERSION}" />
<meta name="keywords" content="{attr(keywords)}" />
<link rel="stylesheet" type="text/css" href="/zenario/styles/visitor.min.css" media="screen" />
<link rel="stylesheet" type="text/css" href="/zenario_custom/skins/lmhtx/style.css" media="screen" />
<script src="/zenario/js/visitor.wrapper.js"></script>
</head>
<body class="desktop no_js zenario_visitor zenario_not_logged_in webkit chrome zenario_pageLayout_{'news' if og_type == 'article' else 'standard'}">
<div id="zenario_cookie_consent" class="zenario_cookie_consent cookies_implied"></div>
<script src="/zenario/cookie_message.php?type=implied&amp;language_id=vi"></script>
<div class="Gridbody">
<div class="container container_12">
	<div class="span span12 slot small_slot Slot_Header_1" id="Slot_Header_1">
		<div id="plgslt_Slot_Header_1" class="zenario_slot zenario_banner zenario_banner__logo">
			<div class="banner_wrap"><div class="banner_image"><a href="/"><img src="/public/images/Lg7Xq2/logo-lmhtx-bacgiang.png" alt="{attr(NAME)}" width="96" height="96" /></a></div>
			<div class="banner_content"><div class="banner_title">{esc(SHORT)}</div><div class="banner_text"><p>{esc(SLOGAN)}</p></div></div></div>
		</div>
	</div>
	<div class="span span9 slot Slot_Header_2" id="Slot_Header_2">
		<div id="plgslt_Slot_Header_2" class="zenario_slot zenario_menu zenario_menu__horizontal">
			<div class="menu_wrap">{menu(current)}</div>
		</div>
	</div>
	<div class="span span3 slot Slot_Header_3" id="Slot_Header_3">
		<div id="plgslt_Slot_Header_3" class="zenario_slot zenario_language_picker">
			<div class="lang_pick_box">
				<div class="lang_choose_text">Chọn ngôn ngữ:</div>
				<div class="lang_choices">
					<select id="nav" name="nav" onchange="location.href=this.value">
						<option value="{{{{base}}}}{canonical}" selected="selected">Tiếng Việt</option>
						<option value="{{{{base}}}}/welcome.html">English</option>
					</select>
				</div>
			</div>
		</div>
	</div>
	<div class="span span12 slot Slot_Breadcrumbs" id="Slot_Breadcrumbs">
		<div id="plgslt_Slot_Breadcrumbs" class="zenario_slot zenario_breadcrumbs">{crumbs(trail)}</div>
	</div>
{main}
	<div class="span span12 slot Slot_Footer_1" id="Slot_Footer_1">
		<div id="plgslt_Slot_Footer_1" class="zenario_slot zenario_wysiwyg_editor">
			<p><strong>{esc(NAME)}</strong></p>
			<p>{esc(FOOT1)}</p>
			<p>{esc(FOOT2)}</p>
			<p>{esc(FOOT3)} | <a href="{{{{base:offsite}}}}/zenario/">Powered by Zenario</a></p>
		</div>
	</div>
</div>
</div>
<script type="text/javascript">zenario.init("{VERSION}", 1, "vi", "{'news' if og_type == 'article' else 'html'}", 0);</script>
</body>
</html>
"""

    def wysiwyg(s: dict) -> str:
        out = []
        for b in parse_rich(s["body"]):
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
            elif b.kind == "img":
                out.append(f'<p style="text-align: center;"><img alt="" src="/public/images/{s["cid"]:04d}x/{b.src}" '
                           f'style="width: 700px; height: 467px;" /></p>')
                if b.text:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
            elif b.kind == "table":
                head, *rows = b.rows
                out.append('<table border="1" cellpadding="5" cellspacing="0" style="width: 100%;"><tbody><tr>'
                           + "\n".join(f"<td><strong>{esc(c)}</strong></td>" for c in head) + "</tr>"
                           + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                           + "</tbody></table>")
        if s.get("file"):
            code, fname, label = s["file"]
            out.insert(len(out) - 3, f'<p><a href="/public/downloads/{code}/{fname}" target="_blank">{esc(label)}</a></p>')
        return "\n".join(out)

    cat_name = {"tin-tuc": "Tin tức", "thong-bao": "Thông báo"}
    for s in specs:
        meta = (f'<div class="page_title">\n\t\t\t<h1>\n\t\t\t{esc(s["title"])}\n\t\t\t</h1>\n\t\t</div>\n'
                f'\t\t<div class="release_date">\n\t\t\t<p>\n\t\t\t\t<span>Ngày đăng:</span>\n\t\t\t{long_date(s["release"])}'
                f'\n\t\t\t</p>\n\t\t</div>')
        if s["writer"]:
            meta += (f'\n\t\t<div class="writer_name">\n\t\t\t<p>\n\t\t\t\t<span>Người viết:</span>\n\t\t\t'
                     f'{esc(s["writer"])}\n\t\t\t</p>\n\t\t</div>')
        related = [x for x in by_date if x is not s and x["cat"] == s["cat"]][:3]
        rel = "".join(f"""
				<div class="content_list_data_row data_row_{'odd' if i % 2 == 0 else 'even'}">
					<div class="content_list_text">
						<h3 class="content_list_title news"><a href="{x['href']}">{esc(x['title'])}</a></h3>
						<p class="content_list_date">{med_date(x['release'])}</p>
					</div>
				</div>""" for i, x in enumerate(related))
        first_img = next((b.src for b in parse_rich(s["body"]) if b.kind == "img"), None)
        main = f"""	<div class="span span8 slot Slot_Main_1" id="Slot_Main_1">
		<div id="plgslt_Slot_Main_1" class="zenario_slot zenario_meta_data">
		{meta}
		</div>
	</div>
	<div class="span span8 slot Slot_Main_2" id="Slot_Main_2">
		<div id="plgslt_Slot_Main_2" class="zenario_slot zenario_wysiwyg_editor">
{wysiwyg(s)}
		</div>
	</div>
	<div class="span span4 slot Slot_Side_1" id="Slot_Side_1">
		<div id="plgslt_Slot_Side_1" class="zenario_slot zenario_content_list zenario_content_list__related">
			<h2>{RELATED}</h2>
			<div class="content_list_listing">{rel}
			</div>
		</div>
	</div>"""
        og_image = f"/public/images/{s['cid']:04d}x/{first_img}" if first_img else None
        html = layout(s["title"], s["path"], s["desc"], main, f"{s['cat']}.html",
                      [("Trang chủ", "/"), (cat_name[s["cat"]], f"{s['cat']}.html"), (s["title"], None)],
                      "article", og_image, "hợp tác xã, Bắc Giang")
        add(s["path"], html)
        for b in parse_rich(s["body"]):
            if b.kind == "img":
                site.binary(f"/public/images/{s['cid']:04d}x/{b.src}", image_for(b.src))
        art = RichArticle(path=s["path"], title=s["title"], date=s["release"], body=s["body"], author=s["author"],
                          published=iso(s["release"], with_time=False), published_source="date-element",
                          evidence=["date-element", "listing"], doc_number=s.get("doc"), notes=s["notes"])
        if s.get("file"):
            code, fname, label = s["file"]
            art.attachments = [{"path": f"/public/downloads/{code}/{fname}", "text": fname}]
            site.binary(f"/public/downloads/{code}/{fname}", pdf(s["title"], ["LIEN MINH HTX TINH BAC GIANG",
                                                                             "THONG BAO SO 08/TB-LMHTX"]))
        if s["cid"] == 21:
            site.same_page("/index.php?cID=news_21", s["path"])
            art.aliases.append("/index.php?cID=news_21")
        site.add_article(art)
    site.binary("/public/images/Lg7Xq2/logo-lmhtx-bacgiang.png", image_for("logo"))

    # listings: content summary lists with Zenario pagination
    def content_list(title: str, rows: list[dict], page_no: int, pages: int, slot_path: str) -> str:
        body = "".join(f"""
		<div class="content_list_data_row data_row_{'odd' if i % 2 == 0 else 'even'}">
			<div class="content_list_text">
				<h2 class="content_list_title news"><a href="{x['href']}">{esc(x['title'])}</a></h2>
				<p class="content_list_date">{med_date(x['release'])}</p>
				<div class="content_list_excerpt">{esc(x['desc'])}</div>
			</div>
		</div>""" for i, x in enumerate(rows))
        pag = ""
        if pages > 1:
            def link(label: str, k: int, css: str, rel: str = "") -> str:
                on = "_on" if (k == page_no and css == "pag_page") else ""
                return (f'\n\t\t\t<span class="{css}{on}" ><span>\n\t\t\t\t<a href="{slot_path}?slotName=Slot_Main_2&amp;'
                        f'page={k}" onclick="zenario_content_list.refreshPluginSlot(\'Slot_Main_2\', \'&amp;page={k}\','
                        f' 1, 1); return false;"{rel}>{label}</a>\n\t\t\t</span></span>')
            pag = '\n\t<div class="pag_pagination">'
            if page_no > 1:
                pag += link("Trước", page_no - 1, "pag_prev", ' rel="prev"')
            for k in range(1, pages + 1):
                rel = ' rel="prev"' if k == page_no - 1 else (' rel="next"' if k == page_no + 1 else "")
                pag += link(str(k), k, "pag_page", rel)
            if page_no < pages:
                pag += link("Sau", page_no + 1, "pag_next", ' rel="next"')
            pag += "\n\t\t</div>"
        rss_link = ('\t<div class="content_list_rss_link"><a href="tin-tuc.rss"><span>RSS</span></a></div>\n'
                    if slot_path == "tin-tuc.html" else "")
        return f"""	<div class="span span12 slot Slot_Main_1" id="Slot_Main_1">
		<div id="plgslt_Slot_Main_1" class="zenario_slot zenario_meta_data"><div class="page_title"><h1>{esc(title)}</h1></div></div>
	</div>
	<div class="span span12 slot Slot_Main_2" id="Slot_Main_2">
		<div id="plgslt_Slot_Main_2" class="zenario_slot zenario_content_list">
{rss_link}	<div class="content_list_listing">{body}
	</div>{pag}
		</div>
	</div>"""

    for cat in ("tin-tuc", "thong-bao"):
        rows = [s for s in by_date if s["cat"] == cat]
        chunks = [rows[i:i + PER_PAGE] for i in range(0, len(rows), PER_PAGE)]
        for k, chunk in enumerate(chunks, 1):
            path = f"/{cat}.html" if k == 1 else f"/{cat}.html?slotName=Slot_Main_2&page={k}"
            add(path, layout(cat_name[cat], f"/{cat}.html", f"{cat_name[cat]} - {SHORT}",
                             content_list(cat_name[cat], chunk, k, len(chunks), f"{cat}.html"), f"{cat}.html",
                             [("Trang chủ", "/"), (cat_name[cat], None)]))
            site.non_articles.append(path)
        if len(chunks) > 1:
            site.same_page(f"/{cat}.html?slotName=Slot_Main_2&page=1", f"/{cat}.html")
    site.trap("the Content Summary List pages: /tin-tuc.html?slotName=Slot_Main_2&page=2 (an href that the onclick "
              "replaces with an AJAX slot refresh), dates in the medium format '20 Jan 2025' (month phrases left "
              "untranslated)", "/tin-tuc.html?slotName=Slot_Main_2&page=2")
    # the RSS of the news list
    rss_rows = [s for s in by_date if s["cat"] == "tin-tuc"][:PER_PAGE]
    rss = "".join(f"""
			<item>
					<title>{esc(x['title'])}</title>
					<description>{esc(x['desc'])}</description>
					<link>{{{{base}}}}{x['path']}</link>
					<guid>{{{{base}}}}{x['path']}</guid>
					<pubDate>{x['release']:%a, %d %b %Y %H:%M:%S} +0700</pubDate>
			</item>""" for x in rss_rows)
    site.page("/tin-tuc.rss", f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
	<channel>
		<atom:link href="{{{{base}}}}/tin-tuc.rss" rel="self" type="application/xml" />
		<title>Tin tức - {esc(SHORT)}</title>
		<link>{{{{base}}}}/tin-tuc.html</link>
			<description>Tin tức của {esc(NAME)}</description>
			<language>vi</language>
{rss}
	</channel>
</rss>""", content_type="application/rss+xml; charset=UTF-8")
    site.trap("/tin-tuc.rss (Zenario's '<alias>.rss' for the list plugin): the 5 newest news items, pubDate = the "
              "release date at 00:00 +0700, description = the item's description, not its text", "/tin-tuc.rss")

    home_rows = by_date[:4]
    banner = next(s for s in specs if s["cid"] == 21)
    home_main = f"""	<div class="span span12 slot Slot_Main_1" id="Slot_Main_1">
		<div id="plgslt_Slot_Main_1" class="zenario_slot zenario_banner zenario_banner__feature">
			<div class="banner_wrap"><div class="banner_title"><h2><a href="index.php?cID=news_21">{esc(banner['title'])}</a></h2></div>
			<div class="banner_image"><a href="index.php?cID=news_21"><img src="/public/images/0021x/vai-thieu-ky-ket.png" alt="" /></a></div>
			<div class="banner_text"><p>{esc(banner['desc'])}</p></div>
			<div class="banner_more"><a href="index.php?cID=news_21">Xem chi tiết</a></div></div>
		</div>
	</div>
	<div class="span span12 slot Slot_Main_2" id="Slot_Main_2">
		<div id="plgslt_Slot_Main_2" class="zenario_slot zenario_content_list">
			<h2>Tin mới</h2>
			<div class="content_list_listing">""" + "".join(f"""
				<div class="content_list_data_row"><div class="content_list_text">
					<h3 class="content_list_title news"><a href="{x['href']}">{esc(x['title'])}</a></h3>
					<p class="content_list_date">{med_date(x['release'])}</p>
				</div></div>""" for x in home_rows) + """
			</div>
			<a class="content_list_more_link" href="tin-tuc.html">Xem tất cả tin</a>
		</div>
	</div>"""
    add("/", layout(NAME, "/", f"Cổng thông tin điện tử {NAME}", home_main, "/", [("Trang chủ", None)]))
    site.same_page("/index.php", "/")
    site.non_articles.append("/")
    site.trap("the home's feature banner links the news item by 'index.php?cID=news_21' (typed by the editor): the "
              "same page answers 200 there, rel=canonical naming the alias .html", "/index.php?cID=news_21")
    pages = {"/gioi-thieu.html": ("Giới thiệu", "Liên minh Hợp tác xã tỉnh Bắc Giang là tổ chức đại diện, hỗ trợ các "
                                                "HTX, liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh."),
             "/lien-he.html": ("Liên hệ", "Mọi thông tin xin gửi về Văn phòng Liên minh HTX tỉnh Bắc Giang.")}
    for path, (title, text) in pages.items():
        add(path, layout(title, path, text, f"""	<div class="span span12 slot Slot_Main_1" id="Slot_Main_1">
		<div id="plgslt_Slot_Main_1" class="zenario_slot zenario_meta_data"><div class="page_title"><h1>{esc(title)}</h1></div></div>
	</div>
	<div class="span span12 slot Slot_Main_2" id="Slot_Main_2">
		<div id="plgslt_Slot_Main_2" class="zenario_slot zenario_wysiwyg_editor"><p>{esc(text)}</p></div>
	</div>""", path[1:], [("Trang chủ", "/"), (title, None)]))
        site.non_articles.append(path)
    welcome = layout("Welcome", "/welcome.html", "Bac Giang Cooperative Alliance", """	<div class="span span12 slot Slot_Main_2" id="Slot_Main_2">
		<div id="plgslt_Slot_Main_2" class="zenario_slot zenario_wysiwyg_editor"><h1>Welcome</h1><p>The Bac Giang Cooperative Alliance supports cooperatives and cooperative groups in Bac Giang province.</p></div>
	</div>""", "/", [("Home", "/welcome.html")]).replace('xml:lang="vi" lang="vi"', 'xml:lang="en" lang="en"')
    add("/welcome.html", welcome)
    site.non_articles.append("/welcome.html")
    site.trap("language picker: a <select> whose options are the page itself and the English /welcome.html (the "
              "English translation of the home): not an article", "/welcome.html")
    site.page("/zenario/cookie_message.php?type=implied&language_id=vi",
              "document.getElementById(\"zenario_cookie_consent\").innerHTML = '<div class=\"zenario_cookie_consent_wrap\">"
              "<div class=\"zenario_cc_message\">Trang web này sử dụng cookie để nâng cao trải nghiệm của bạn.</div>"
              "<div class=\"zenario_cc_close\"><a href=\"#\" onclick=\"zenario.hideCookieBar(); return false;\">Đồng ý"
              "</a></div></div>';\n", content_type="application/javascript; charset=UTF-8")
    site.trap("cookie consent bar: an empty div#zenario_cookie_consent filled by the script zenario/cookie_message.php "
              "(its message is not in the HTML)", "/")
    urls = "".join(f"""    <url>
        <lastmod>{x['published']:%Y-%m-%d}</lastmod>
        <loc>{{{{base}}}}{x['path']}</loc>
    </url>
""" for x in sorted(specs, key=lambda x: x["cid"]))
    site.page("/sitemap.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <url>
        <lastmod>2024-06-03</lastmod>
        <loc>{{{{base}}}}/</loc>
    </url>
{urls}</urlset>
""", content_type="text/xml; charset=UTF-8")
    site.trap("/sitemap.xml (zenario/sitemap.php): <lastmod> is the visitor version's published_datetime, which for "
              "ket-qua-phat-trien-htx-nam-2024 (released 05/3, edited and re-published 11/3) is not the page's date",
              "/sitemap.xml")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /zenario/admin/\n\n"
                               "Sitemap: {{base}}/sitemap.xml\n")
    return site
