"""Site `cotonti-htxhaugiang` (registry family `generic`): "Liên minh HTX tỉnh Hậu Giang", the alliance's portal on
**Cotonti Siena 0.9** (PHP; a theme derived from the bundled Nemesis, Vietnamese language pack, the `urleditor` plugin's
"Handy" rewriting, the tags, comments, ratings and rss modules) as of 20 November 2024, 10:00 (the site's time zone set
to GMT+7), before Hậu Giang merged into Cần Thơ. Written as a held-out test: no family module, no selectors.

What is an article here: a page of the page module in the news categories `tin-tuc` (Tin tức - Sự kiện) and
`thong-bao` (Thông báo). URL shapes: the page `/<cat>/<alias>` (rewritten, its `<link rel="canonical">`, what the
lists link); the same page answers 200 at the module's plain address `/index.php?e=page&c=<cat>&id=<n>` (the RSS
links that form: an alias); category lists `/<cat>` with the pager `?d=2` (5 a page, the oldest news only on
`/tin-tuc?d=2`); tags `/tags?a=pages&t=<tag>`; the home page `/` (the index news block, 4 newest); the contact form
`/contact`; the about page `/gioi-thieu/chuc-nang-nhiem-vu` (a page of the `gioi-thieu` category: same template, not
news); the owner's profile `/users/<name>`; RSS `/rss` (the 6 newest, pubDate in +0000: the server's zone). Attached
documents are the page's file field, `datas/files/…`. No sitemap, no og/JSON-LD; robots.txt disallows
`/index.php?e=users`-style login and the admin.

Why it is hard: every page prints `<base href="/" />` and the theme's links are relative to it ("tin-tuc?d=2",
"datas/…"); the `<h1>` is the site's name in the header, the title is `h2.page`, `<title>` "<title> - Liên minh HTX
tỉnh Hậu Giang". The description field (`p.small` under the title) is the sapo: first line of the text. The meta line
"Ngày đăng: 03.11.2024 09:20 | Cập nhật: … | Người đăng: quantri_lmhtx | Xem: 245" (dates d.m.Y H:i, day first, dots)
holds two dates: the creation is the date, the update is not; "Người đăng" is the owner (an account), never the
author: the author is the page's own "Tác giả:" field when filled (not a line of the text). The comments
(`div.comments1`/`comments2` with their own dates), the ratings, tags ("Thẻ:"), "Xếp vào:" path, the download box of
the file field ("Tải về:", size, count), "Bài viết khác", the side blocks and the Cotonti footer are not text. A news
item created at 00:35 reads the previous day in the RSS (+0000).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote_plus

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "cotonti-htxhaugiang"
NAME = "Liên minh HTX tỉnh Hậu Giang"
SUBTITLE = "Cổng thông tin kinh tế tập thể tỉnh Hậu Giang"
OWNER = "quantri_lmhtx"
NOW = datetime(2024, 11, 20, 10, 0)
PER_PAGE = 5
CHECKED = ' checked="checked"'
CATS = {"tin-tuc": "Tin tức - Sự kiện", "thong-bao": "Thông báo", "gioi-thieu": "Giới thiệu"}
ADDRESS = "Địa chỉ: Số 10 đường Trần Hưng Đạo, phường 5, thành phố Vị Thanh, tỉnh Hậu Giang"
PHONE = "Điện thoại: 0293 3878 123 - Email: lienminhhtx@haugiang.gov.vn"
COPY = "Bản quyền © 2024 Liên minh Hợp tác xã tỉnh Hậu Giang"
CHROME = [SUBTITLE, ADDRESS, PHONE, COPY, "Powered by Cotonti", "Bạn chưa đăng nhập", "Quên mật khẩu?",
          "Bài viết khác", "Xếp vào:", "Người đăng:", "Bình luận", "Bạn cần đăng nhập để gửi bình luận.",
          "Liên hệ với Liên minh", "Thống kê", "Đang trực tuyến: 7 khách", "Đánh giá:"]


def when_str(d: datetime) -> str:
    return d.strftime("%d.%m.%Y %H:%M")


def pages() -> list[dict]:
    return [
        dict(id=214, cat="tin-tuc", alias="hoi-nghi-tong-ket-phong-trao-thi-dua-khoi-htx-2024",
             when=datetime(2024, 11, 18, 15, 40), updated=datetime(2024, 11, 19, 8, 12), hits=132,
             title="Hội nghị tổng kết phong trào thi đua Khối HTX năm 2024", author="Trần Thị Bích Ngọc",
             tags=["thi đua", "htx"], desc="Chiều 18/11, Khối thi đua HTX tỉnh Hậu Giang tổng kết phong trào thi đua năm 2024.",
             body="""
Hội nghị có sự tham dự của đại diện 38 HTX thành viên Khối thi đua và lãnh đạo Liên minh HTX tỉnh.
Năm 2024, các HTX trong Khối đạt tổng doanh thu hơn 410 tỷ đồng, tăng 12% so với năm 2023.
[img tongket-thidua.png] Lãnh đạo Liên minh HTX tỉnh trao Bằng khen cho các HTX tiêu biểu.
Hội nghị đã bầu HTX Nông nghiệp Tân Long làm Trưởng khối thi đua năm 2025.
""",
             comments=[("htx_tanlong", "HTX Tân Long xin cảm ơn Liên minh!", 240)],
             notes=["'Ngày đăng: 18.11.2024 15:40 | Cập nhật: 19.11.2024 08:12': the creation is the date; the "
                    "description p.small is the sapo (first line); a centred italic caption; the page's 'Tác giả:' "
                    "field 'Trần Thị Bích Ngọc' is the author (not a text line), 'Người đăng: quantri_lmhtx' the "
                    "account"]),
        dict(id=212, cat="thong-bao", alias="thong-bao-21-tb-lmhtx-ve-viec-dang-ky-vay-von-quy-ho-tro",
             when=datetime(2024, 11, 11, 8, 0), updated=datetime(2024, 11, 11, 8, 0), hits=287,
             title="Thông báo về việc đăng ký vay vốn Quỹ hỗ trợ phát triển HTX đợt 2 năm 2024", author=None,
             tags=["quỹ hỗ trợ", "thông báo"], desc=None, doc="21/TB-LMHTX",
             file=("TB-21-LMHTX-2024.pdf", "Thông báo số 21/TB-LMHTX"),
             body="""
LIÊN MINH HỢP TÁC XÃ TỈNH HẬU GIANG
Số: 21/TB-LMHTX
Hậu Giang, ngày 08 tháng 11 năm 2024
Quỹ hỗ trợ phát triển HTX tỉnh thông báo tiếp nhận hồ sơ vay vốn đợt 2 năm 2024 như sau:
* Đối tượng: HTX, liên hiệp HTX đang hoạt động trên địa bàn tỉnh;
* Mức vay tối đa: 1,5 tỷ đồng/dự án, thời hạn đến 36 tháng;
* Thời gian nhận hồ sơ: đến hết ngày 10/12/2024.
Hồ sơ nộp tại Văn phòng Quỹ hỗ trợ phát triển HTX, Liên minh HTX tỉnh.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Quang
""",
             comments=[],
             notes=["notice 'Số: 21/TB-LMHTX' dated 08/11 in its text, created 11.11.2024 08:00; the file field "
                    "'Tải về: Thông báo số 21/TB-LMHTX' (datas/files/…pdf): an attachment named by the page's short "
                    "title; the signer is text; no author"]),
        dict(id=209, cat="tin-tuc", alias="htx-khom-hoa-tien-mo-rong-vung-nguyen-lieu",
             when=datetime(2024, 11, 5, 0, 35), updated=datetime(2024, 11, 5, 0, 35), hits=204,
             title="HTX Khóm Hỏa Tiến mở rộng vùng nguyên liệu đạt chuẩn VietGAP", author=None,
             tags=["ocop", "nông nghiệp"], desc=None,
             body="""
HTX Khóm Hỏa Tiến (thành phố Vị Thanh) vừa được cấp chứng nhận VietGAP cho thêm 40 ha khóm của thành viên.
Tổng diện tích khóm đạt chuẩn của HTX hiện là 120 ha, sản lượng khoảng 4.000 tấn mỗi năm.
HTX đang liên kết với hai doanh nghiệp chế biến nước ép và khóm sấy xuất khẩu.
Theo Báo Hậu Giang
""",
             comments=[("nguyenvanhoa", "Khóm Hỏa Tiến ngọt lắm.", 500)],
             notes=["created at 00:35 on 5 November: 'Ngày đăng: 05.11.2024 00:35' on the page, the RSS pubDate "
                    "'Mon, 04 Nov 2024 17:35:00 +0000' the day before; a reprint 'Theo Báo Hậu Giang', the author "
                    "field empty: no author"]),
        dict(id=205, cat="tin-tuc", alias="ket-qua-phat-trien-kinh-te-tap-the-9-thang-2024",
             when=datetime(2024, 10, 21, 10, 15), updated=datetime(2024, 10, 30, 16, 45), hits=318,
             title="Kết quả phát triển kinh tế tập thể 9 tháng đầu năm 2024", author="Phòng Tổng hợp",
             tags=["số liệu", "htx"], desc="Kinh tế tập thể tỉnh tiếp tục phát triển ổn định trong 9 tháng đầu năm 2024.",
             body="""
| Chỉ tiêu | 9 tháng 2023 | 9 tháng 2024 |
| Số HTX đang hoạt động | 186 | 201 |
| Số tổ hợp tác | 1.120 | 1.164 |
| Thành viên HTX | 14.350 | 15.020 |
Trong 9 tháng, toàn tỉnh thành lập mới 15 HTX, chủ yếu trong lĩnh vực nông nghiệp.
""",
             comments=[],
             notes=["a data table (one line per row) after the sapo; 'Cập nhật: 30.10.2024 16:45' nine days after the "
                    "creation: not the date; the 'Tác giả:' field names an office, 'Phòng Tổng hợp': null"]),
        dict(id=201, cat="tin-tuc", alias="anh-hoi-cho-san-pham-ocop-hau-giang-2024",
             when=datetime(2024, 10, 7, 17, 20), updated=datetime(2024, 10, 8, 9, 0), hits=451,
             title="Ảnh: Hội chợ sản phẩm OCOP Hậu Giang năm 2024", author="Huỳnh Thanh Phong",
             tags=["ocop", "hội chợ"], desc=None,
             body="""
Hội chợ sản phẩm OCOP Hậu Giang năm 2024 diễn ra từ ngày 3 đến 7/10 tại Quảng trường Hậu Giang.
[img hoicho-1.png] Gian hàng của các HTX thu hút đông khách tham quan.
[img hoicho-2.png] Sản phẩm khóm, bưởi, cá thác lác của các HTX được trưng bày.
[img hoicho-3.png] Lãnh đạo tỉnh tham quan gian hàng HTX Bưởi Năm Roi Phú Hữu.
Ảnh: Huỳnh Thanh Phong
""",
             comments=[("thanhtam", "Năm sau mong có thêm nhiều gian hàng.", 900), ("htx_phuhuu", "Cảm ơn quý khách.", 1300)],
             notes=["photo story: three centred italic captions; 'Ảnh: Huỳnh Thanh Phong' closes the text and the "
                    "'Tác giả:' field says the same: author"]),
        dict(id=197, cat="thong-bao", alias="ke-hoach-to-chuc-lop-boi-duong-can-bo-quan-ly-htx",
             when=datetime(2024, 9, 24, 14, 10), updated=datetime(2024, 9, 24, 14, 10), hits=176,
             title="Kế hoạch tổ chức lớp bồi dưỡng cán bộ quản lý HTX năm 2024", author=None,
             tags=["đào tạo"], desc=None, doc="64/KH-LMHTX",
             body="""
Số: 64/KH-LMHTX
Hậu Giang, ngày 23 tháng 9 năm 2024
## I. MỤC ĐÍCH, YÊU CẦU
Nâng cao năng lực quản trị, điều hành cho đội ngũ cán bộ quản lý HTX trên địa bàn tỉnh.
## II. NỘI DUNG
+ Thời gian: từ ngày 14/10 đến ngày 18/10/2024;
+ Địa điểm: Hội trường Liên minh HTX tỉnh;
+ Số lượng: 50 học viên.
CHỦ TỊCH
Nguyễn Thị Kim Hương
""",
             comments=[],
             notes=["a plan 'Số: 64/KH-LMHTX' with capital headings and an ordered list; the signer is text, no "
                    "author"]),
        dict(id=193, cat="tin-tuc", alias="tap-huan-chuyen-doi-so-cho-htx-nong-nghiep",
             when=datetime(2024, 9, 12, 9, 5), updated=datetime(2024, 9, 12, 9, 5), hits=233,
             title="Tập huấn chuyển đổi số cho HTX nông nghiệp", author="Lâm Quốc Bảo",
             tags=["chuyển đổi số", "htx"], desc=None,
             body="""
Ngày 11/9, Liên minh HTX tỉnh phối hợp Sở Thông tin và Truyền thông tập huấn chuyển đổi số cho 60 cán bộ HTX nông nghiệp.
## Nội dung tập huấn
* Ứng dụng phần mềm quản lý thành viên và kế toán HTX;
* Truy xuất nguồn gốc sản phẩm bằng mã QR;
* Bán hàng trên sàn thương mại điện tử.
Lâm Quốc Bảo
""",
             comments=[],
             notes=["a heading and a list; the closing bare name and the 'Tác giả:' field: Lâm Quốc Bảo"]),
        dict(id=188, cat="tin-tuc", alias="htx-ca-thac-lac-hau-giang-dat-ocop-4-sao",
             when=datetime(2024, 8, 26, 16, 0), updated=datetime(2024, 8, 27, 7, 30), hits=389,
             title="Chả cá thác lác của HTX Thủy sản Hậu Giang đạt OCOP 4 sao", author="Trần Thị Bích Ngọc",
             tags=["ocop"], desc=None,
             body="""
Sản phẩm chả cá thác lác của HTX Thủy sản Hậu Giang (huyện Long Mỹ) vừa được UBND tỉnh công nhận đạt OCOP 4 sao.
HTX có 28 thành viên, mỗi năm tiêu thụ khoảng 60 tấn chả cá thác lác.
""",
             comments=[],
             notes=["no byline in the text: the author is only the 'Tác giả:' field"]),
        dict(id=176, cat="tin-tuc", alias="lien-minh-htx-tinh-tong-ket-cong-tac-nam-2023",
             when=datetime(2024, 1, 10, 8, 30), updated=datetime(2024, 1, 10, 8, 30), hits=612,
             title="Liên minh HTX tỉnh tổng kết công tác năm 2023", author="Lâm Quốc Bảo",
             tags=["htx"], desc=None,
             body="""
Sáng 9/1, Liên minh HTX tỉnh Hậu Giang tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
Năm 2023, toàn tỉnh thành lập mới 19 HTX, Quỹ hỗ trợ phát triển HTX giải ngân 12 tỷ đồng cho 14 dự án.
""",
             comments=[],
             notes=["the oldest news: only on the category list's second page /tin-tuc?d=2 (not on the home page, "
                    "not in the RSS's 6)"]),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hau-giang", f"{NAME} (Cotonti)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}/tin-tuc" % SITE],
                     feeds=["{{base:%s}}/rss" % SITE])
    site.extra_boilerplate += CHROME
    specs = pages()
    for s in specs:
        s["path"] = f"/{s['cat']}/{s['alias']}"
    news = [s for s in specs if s["cat"] == "tin-tuc"]
    notices = [s for s in specs if s["cat"] == "thong-bao"]

    def layout(title: str, content: str, side: str, canonical: str = "", desc: str = "", keywords: str = "") -> str:
        head_title = f"{esc(title)} - {esc(NAME)}" if title else f"{esc(NAME)} - {esc(SUBTITLE)}"
        canon = f'<link rel="canonical" href="{{{{base}}}}{canonical}" />' if canonical else ""
        d = f'<meta name="description" content="{attr(desc)}" />' if desc else ""
        k = f'<meta name="keywords" content="{attr(keywords)}" />' if keywords else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" >
<head>
<title>{head_title}</title>
{d}
{k}
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta name="generator" content="Cotonti http://www.cotonti.com" />
<meta http-equiv="expires" content="Fri, Apr 01 1974 00:00:00 GMT" />
<meta http-equiv="pragma" content="no-cache" />
<meta http-equiv="cache-control" content="no-cache" />
<meta http-equiv="last-modified" content="Wed, 20 Nov 2024 03:00:00 GMT" />
<base href="/" />
{canon}
<link rel="alternate" type="application/rss+xml" title="{esc(NAME)}" href="rss" />
<link href="themes/lmhtx/css/default.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="js/jquery.min.js"></script>
<script type="text/javascript" src="js/base.js"></script>
<link rel="shortcut icon" href="favicon.ico" />
</head>

<body>

	<div id="header" class="body">
		<h1><a href="/" title="{esc(NAME)} | {esc(SUBTITLE)}">{esc(NAME)}</a></h1>
		<p class="small subtitle">{esc(SUBTITLE)}</p>
	</div>

	<ul id="nav" class="body">
		<li><a href="/" title="Trang chủ">Trang chủ<span>Trang đầu</span></a></li>
		<li><a href="tin-tuc" title="Tin tức - Sự kiện">Tin tức - Sự kiện<span>Hoạt động HTX</span></a></li>
		<li><a href="thong-bao" title="Thông báo">Thông báo<span>Văn bản</span></a></li>
		<li><a href="gioi-thieu/chuc-nang-nhiem-vu" title="Giới thiệu">Giới thiệu<span>Liên minh HTX</span></a></li>
		<li><a href="contact" title="Liên hệ">Liên hệ<span>Góp ý</span></a></li>
	</ul>

	<div id="main" class="body">
{content}
		<div class="col3-1">
{side}
			<div class="block">
				<h2 class="info">Liên hệ với Liên minh</h2>
				<p>{esc(ADDRESS)}</p>
				<p>{esc(PHONE)}</p>
			</div>
			<div class="block">
				<h2 class="stats">Thống kê</h2>
				<p>Đang trực tuyến: 7 khách</p>
			</div>
		</div>
	</div>

	<div id="footer" class="body clear">
		<ul class="column">
			<li><strong>Theo dõi</strong></li>
			<li><a href="rss" title="RSS">RSS</a></li>
		</ul>
		<ul class="column">
			<li><strong>Chuyên mục</strong></li>
			<li><a href="tin-tuc">Tin tức - Sự kiện</a></li>
			<li><a href="thong-bao">Thông báo</a></li>
		</ul>
		<ul id="account" class="column">
			<li><strong>Bạn chưa đăng nhập</strong></li>
			<li><a href="login">Đăng nhập</a></li>
			<li><a href="passrecover">Quên mật khẩu?</a></li>
		</ul>
		<hr />
		<div id="powered"><p>{esc(COPY)}</p><p>Powered by Cotonti</p></div>
	</div>

	<div id="magnifier">
		<form id="search" action="search" method="get">
			<p><input type="text" name="sq" id="s1" value="Tìm kiếm..." onblur="if(this.value=='') this.value='Tìm kiếm...';" onfocus="if(this.value=='Tìm kiếm...') this.value='';" /><input type="submit" value="Tìm kiếm" id="s2" title="Tìm kiếm!" /></p>
		</form>
	</div>

<script type="text/javascript">$(function(){{ $('.ratings').rating(); }});</script>
</body>
</html>
"""

    def tags_side() -> str:
        tags = sorted({t for s in specs for t in s["tags"]})
        cloud = " ".join(f'<a href="{tag_url(t)}" class="tag_{1 + len(t) % 5}">{esc(t)}</a>' for t in tags)
        return f'\t\t\t<div class="block">\n\t\t\t\t<h2 class="tags">Thẻ</h2>\n\t\t\t\t<div class="tag_cloud">{cloud}</div>\n\t\t\t</div>'

    def tag_url(t: str) -> str:
        return "tags?a=pages&amp;t=" + quote_plus(t)

    def tag_path(t: str) -> str:
        return "/tags?a=pages&t=" + quote_plus(t)

    def text_html(s: dict) -> str:
        out = []
        for b in parse_rich(s["body"]):
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
            elif b.kind == "img":
                out.append(f'<p style="text-align: center;"><img alt="" src="datas/users/1-{b.src}" '
                           f'style="width: 600px; height: 400px;" /></p>')
                if b.text:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
            elif b.kind == "table":
                head, *rows = b.rows
                out.append('<table border="1" cellpadding="5" cellspacing="0" style="width: 100%;">\n<tbody>\n<tr>\n'
                           + "\n".join(f"<td><strong>{esc(c)}</strong></td>" for c in head) + "\n</tr>\n"
                           + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>\n" for r in rows)
                           + "</tbody>\n</table>")
        return "\n".join(out)

    def comments_html(s: dict) -> str:
        rows = []
        for k, (who, text, minutes) in enumerate(s["comments"], 1):
            cid = s["id"] * 10 + k
            rows.append(f"""	<div class="comments1">
		<p><img src="datas/defaultav/blank.png" alt="" class="avatar" /></p>
		<p><a href="{s['path'][1:]}#c{cid}" id="c{cid}">{k}.</a> <a href="users/{who}">{who}</a></p>
		<p>{when_str(s['when'] + timedelta(minutes=minutes))}</p>
	</div>
	<div class="comments2">
		<p>{esc(text)}</p>
	</div>
	<hr class="clear" />""")
        empty = '' if rows else '<div class="block">Chưa có bình luận nào</div>'
        return f"""<div class="block">
<h2 class="comments">Bình luận ({len(s['comments'])})</h2>
<a name="comments"></a>
<div style="display:block">
{chr(10).join(rows)}
{empty}
<div class="error">Bạn cần đăng nhập để gửi bình luận.</div>
</div>
</div>"""

    def ratings_html(s: dict) -> str:
        votes = 1 + s["hits"] % 4
        avg = 3 + s["hits"] % 3
        stars = "".join(f'<input name="rate_{s["id"]}" type="radio" class="rstar" value="{i}" title="{i}"'
                        f'{CHECKED if i == avg else ""} disabled="disabled" />' for i in range(1, 6))
        return (f'<div class="ratings_box"><strong>Đánh giá:</strong> <form class="ratings" action="#" method="post">'
                f'{stars}</form> <span class="small">({votes} lượt)</span></div>')

    site_author: dict[str, str] = {}
    for s in specs:
        cat_name = CATS[s["cat"]]
        others = [x for x in specs if x["cat"] == s["cat"] and x is not s][:4]
        other = ('<div class="block"><h2 class="folder">Bài viết khác</h2><ul class="bullets">'
                 + "".join(f'<li><a href="{x["path"][1:]}">{esc(x["title"])}</a> <span class="small">'
                           f'({x["when"]:%d.%m.%Y})</span></li>' for x in others) + "</ul></div>")
        tags = ", ".join(f'<a href="{tag_url(t)}" title="{esc(t)}" rel="nofollow">{esc(t)}</a>' for t in s["tags"])
        author = f' | Tác giả: <strong>{esc(s["author"])}</strong>' if s["author"] else ""
        desc = f'\n\t\t\t\t<p class="small">{esc(s["desc"])}</p>' if s["desc"] else ""
        updated = f' | Cập nhật: {when_str(s["updated"])}' if s["updated"] != s["when"] else ""
        download = ""
        if s.get("file"):
            fname, label = s["file"]
            download = (f'\n\t\t\t\t<div class="download">\n\t\t\t\t\t<p>Tải về: <a class="strong" '
                        f'href="datas/files/{fname}">{esc(label)}</a></p>\n\t\t\t\t\t<p>Dung lượng, kB: 132 KB</p>'
                        f'\n\t\t\t\t\t<p>Đã tải: 57</p>\n\t\t\t\t</div>')
            site.binary(f"/datas/files/{fname}", pdf(s["title"], ["LIEN MINH HOP TAC XA TINH HAU GIANG",
                                                                  "THONG BAO SO 21/TB-LMHTX"]))
        content = f"""		<div class="col3-2 first">
			<div class="block">
				<h2 class="page">{esc(s['title'])}</h2>
				<div class="combox">{len(s['comments'])}</div>{desc}
				<p class="page-meta small">Ngày đăng: {when_str(s['when'])}{updated} | Người đăng: <a href="users/{OWNER}">{OWNER}</a>{author} | Xem: {s['hits']}</p>
				<div class="clear desc">
					<p class="column">
						<strong>Thẻ:</strong> {tags}
					</p>
					<p class="column floatright">
						<strong>Xếp vào:</strong> <a href="/">Trang chủ</a> &gt; <a href="{s['cat']}" title="{esc(cat_name)}">{esc(cat_name)}</a>
					</p>
				</div>
				<div class="clear textbox">{text_html(s)}</div>{download}
				{ratings_html(s)}
			</div>
			{comments_html(s)}
			{other}
		</div>
"""
        page = layout(s["title"], content, tags_side(), canonical=s["path"], desc=s["desc"] or s["title"],
                      keywords=", ".join(s["tags"]))
        _page(site, s["path"], page)
        plain = f"/index.php?e=page&c={s['cat']}&id={s['id']}"
        site.same_page(plain, s["path"])
        for b in parse_rich(s["body"]):
            if b.kind == "img":
                site.binary(f"/datas/users/1-{b.src}", image_for(b.src))
        author = s["author"] if s["author"] and not s["author"].startswith("Phòng") else None
        art = RichArticle(path=s["path"], title=s["title"], date=s["when"], body=s["body"], lead=s["desc"],
                          author=author, published=iso(s["when"]), published_source="date-element",
                          evidence=["date-element"], doc_number=s.get("doc"), notes=s["notes"])
        art.aliases.append(plain)
        if s.get("file"):
            art.attachments = [{"path": f"/datas/files/{s['file'][0]}", "text": s["file"][1]}]
        site.add_article(art)
        site.extra_boilerplate += [c[1] for c in s["comments"]]
        for c in s["comments"]:
            site_author[c[0]] = c[0]
    site.trap("the page module's plain address /index.php?e=page&c=<cat>&id=<n> (the RSS links it) renders the page "
              "with 200 and a canonical link to /<cat>/<alias>: an alias", f"/index.php?e=page&c=tin-tuc&id={news[0]['id']}")
    site.trap("<base href='/'> on every page: the theme's links are relative to it ('tin-tuc?d=2', "
              "'datas/users/…'), not to the page's path", news[0]["path"])

    # category lists (5 a page, ?d=2) and the home page
    def row(s: dict) -> str:
        first = s["desc"] or next(b.lines()[0] for b in parse_rich(s["body"]) if b.kind == "p")
        words = first.split()
        cut = " ".join(words[:32]) + (" ..." if len(words) > 32 else "")
        return (f'\t\t\t\t\t<h3><a href="{s["path"][1:]}" title="{esc(s["title"])}">{esc(s["title"])}</a></h3>\n'
                f'\t\t\t\t\t<p class="small marginbottom10">{when_str(s["when"])}</p>\n'
                f'\t\t\t\t\t<div>{esc(cut)}</div>\n'
                f'\t\t\t\t\t<span class="readmore"><a href="{s["path"][1:]}">Đọc tiếp...</a></span>\n\t\t\t\t\t<hr />')

    def cat_lists(cat: str, members: list[dict]) -> None:
        chunks = [members[i:i + PER_PAGE] for i in range(0, len(members), PER_PAGE)] or [[]]
        n = len(chunks)
        for k, chunk in enumerate(chunks, 1):
            pager = ""
            if n > 1:
                parts = [f"<span>Trang {k} / {n}</span>"]
                if k > 1:
                    prev = cat if k == 2 else f"{cat}?d={k - 1}"
                    parts.append(f'<span class="pagenav_prev"><a href="{prev}" rel="prev">Trước</a></span>')
                for j in range(1, n + 1):
                    href = cat if j == 1 else f"{cat}?d={j}"
                    css = "pagenav_current" if j == k else "pagenav_pages"
                    parts.append(f'<span class="{css}"><a href="{href}">{j}</a></span>')
                if k < n:
                    parts.append(f'<span class="pagenav_next"><a href="{cat}?d={k + 1}" rel="next">Sau</a></span>')
                pager = f'\t\t\t<p class="paging clear">{"".join(parts)}</p>'
            content = (f'\t\t<div class="col3-2 first">\n\t\t\t<div class="block">\n\t\t\t\t<h2 class="folder">'
                       f'{esc(CATS[cat])}</h2>\n' + "\n".join(row(s) for s in chunk) + f"\n\t\t\t</div>\n{pager}\n\t\t</div>\n")
            path = f"/{cat}" if k == 1 else f"/{cat}?d={k}"
            _page(site, path, layout(CATS[cat], content, tags_side(), canonical=path if k == 1 else ""))
            site.non_articles.append(path)

    cat_lists("tin-tuc", news)
    cat_lists("thong-bao", notices)
    assert specs[-1] not in news[:PER_PAGE]
    site.trap("the category list /tin-tuc shows 5 pages; the pager 'Trang 1 / 2 … Sau' links tin-tuc?d=2 (relative to "
              "the base), which alone holds the oldest news", "/tin-tuc?d=2")

    home = ('\t\t<div class="col3-2 first">\n\t\t\t<div class="block">\n\t\t\t\t<h2 class="folder">Tin mới</h2>\n'
            + "\n".join(row(s) for s in specs[:4]) + '\n\t\t\t\t<p><a href="tin-tuc">Xem tất cả tin</a></p>\n'
            '\t\t\t</div>\n\t\t</div>\n')
    _page(site, "/", layout("", home, tags_side()))
    site.non_articles.append("/")

    for t in sorted({t for s in specs for t in s["tags"]}):
        tagged = [s for s in specs if t in s["tags"]]
        content = (f'\t\t<div class="col3-2 first">\n\t\t\t<div class="block">\n\t\t\t\t<h2 class="tags">Thẻ: '
                   f'{esc(t)}</h2>\n\t\t\t\t<ol>' + "".join(f'<li><a href="{s["path"][1:]}">{esc(s["title"])}</a> - '
                                                          f'<a href="{s["cat"]}">{esc(CATS[s["cat"]])}</a></li>'
                                                          for s in tagged) + "</ol>\n\t\t\t</div>\n\t\t</div>\n")
        _page(site, tag_path(t), layout(f"Thẻ: {t}", content, tags_side()))
        site.non_articles.append(tag_path(t))

    about = ('\t\t<div class="col3-2 first">\n\t\t\t<div class="block">\n\t\t\t\t<h2 class="page">Chức năng, nhiệm vụ '
             'của Liên minh HTX tỉnh</h2>\n\t\t\t\t<p class="page-meta small">Ngày đăng: 10.03.2021 08:00 | Người đăng: '
             f'<a href="users/{OWNER}">{OWNER}</a> | Xem: 1520</p>\n\t\t\t\t<div class="clear textbox"><p>Liên minh HTX '
             'tỉnh Hậu Giang là tổ chức chính trị - xã hội và kinh tế, có chức năng đại diện, bảo vệ quyền và lợi ích '
             'hợp pháp của các HTX thành viên.</p><p>Liên minh HTX tỉnh tuyên truyền, tư vấn, hỗ trợ thành lập và '
             'phát triển HTX trên địa bàn tỉnh.</p></div>\n\t\t\t</div>\n\t\t</div>\n')
    _page(site, "/gioi-thieu/chuc-nang-nhiem-vu", layout("Chức năng, nhiệm vụ của Liên minh HTX tỉnh", about, tags_side(),
                                                       canonical="/gioi-thieu/chuc-nang-nhiem-vu"))
    site.non_articles.append("/gioi-thieu/chuc-nang-nhiem-vu")
    site.trap("the about page /gioi-thieu/chuc-nang-nhiem-vu is a page of the page module in the gioi-thieu category: "
              "the same template with a 'Ngày đăng' line, but no news", "/gioi-thieu/chuc-nang-nhiem-vu")
    contact = ('\t\t<div class="col3-2 first">\n\t\t\t<div class="block">\n\t\t\t\t<h2 class="page">Liên hệ</h2>\n'
               '\t\t\t\t<form action="contact?tpl=&amp;a=send" method="post"><p>Họ tên: <input type="text" name="ruser" />'
               '</p><p>Email: <input type="text" name="remail" /></p><p>Nội dung: <textarea name="rtext"></textarea>'
               '</p><p><button type="submit">Gửi</button></p></form>\n\t\t\t</div>\n\t\t</div>\n')
    _page(site, "/contact", layout("Liên hệ", contact, tags_side()))
    site.non_articles.append("/contact")
    for u in sorted({OWNER, *site_author}):
        prof = (f'\t\t<div class="col3-2 first">\n\t\t\t<div class="block">\n\t\t\t\t<h2 class="users">{u}</h2>\n'
                f'\t\t\t\t<p>Nhóm: {"Quản trị viên" if u == OWNER else "Thành viên"}</p>\n\t\t\t</div>\n\t\t</div>\n')
        _page(site, f"/users/{u}", layout(u, prof, tags_side()))
        site.non_articles.append(f"/users/{u}")
    for p, name in (("/login", "Đăng nhập"), ("/passrecover", "Quên mật khẩu")):
        _page(site, p, layout(name, f'\t\t<div class="col3-2 first"><div class="block"><h2>{name}</h2>'
                                    '<form action="login?a=check" method="post"><input type="text" name="rusername" />'
                                    "</form></div></div>\n", ""))
        site.never_fetched.append(p)
    _page(site, "/search", layout("Tìm kiếm", '\t\t<div class="col3-2 first"><div class="block"><h2>Tìm kiếm</h2>'
                                              "</div></div>\n", ""))
    site.never_fetched.append("/search")

    def rfc(d: datetime) -> str:
        return (d - timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S +0000")

    recent = sorted(specs, key=lambda x: x["when"], reverse=True)[:6]
    items = "".join(f"""	<item>
		<title>{esc(s['title'])}</title>
		<description><![CDATA[{text_html(s)[:500]}]]></description>
		<pubDate>{rfc(s['when'])}</pubDate>
		<link><![CDATA[{{{{base}}}}/index.php?e=page&c={s['cat']}&id={s['id']}]]></link>
	</item>
""" for s in recent)
    site.page("/rss", f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
	<channel>
		<title>{esc(NAME)}</title>
		<link>{{{{base}}}}/</link>
		<description>{esc(SUBTITLE)}</description>
		<generator>Cotonti</generator>
		<pubDate>{rfc(NOW)}</pubDate>
{items}	</channel>
</rss>
""", content_type="application/rss+xml; charset=UTF-8")
    site.trap("RSS /rss: the 6 newest, pubDate in +0000, links in the plain /index.php?e=page&c=…&id=… form",
              "/rss")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin.php\nDisallow: /login\nDisallow: /passrecover\n"
                "Disallow: /search\n")
    site.binary("/favicon.ico", image_for("favicon"))
    site.binary("/datas/defaultav/blank.png", image_for("blank"))
    site.static("/themes/lmhtx/css/default.css", "body{font-family:Tahoma,sans-serif}\n")
    site.static("/js/jquery.min.js", "/* jquery */\n")
    site.static("/js/base.js", "/* cotonti */\n")
    return site


def _page(site: SiteBuild, path: str, content: str) -> None:
    """Every page through a route: /tin-tuc is a list and a folder of pages."""
    site.page(path, content, content_type="text/html; charset=utf-8")
