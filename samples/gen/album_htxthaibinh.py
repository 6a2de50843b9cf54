"""Site `album-htxthaibinh` (registry family `generic`): "Thư viện ảnh Liên minh HTX tỉnh Thái Bình", the photo
library and news site the Thái Bình cooperative alliance's office runs on **Zenphoto 1.6.5 with its Zenpage plugin**
(news and pages) in the default **zenpage** theme, the `vi_VN` language, mod_rewrite on, the image page suffix
`.html`, the date format `d/m/Y` and the time format `H:i` (so DATETIME_DISPLAYFORMAT is "15/03/2025 00:20"), 5 news
articles a page; plugins `comment_form`, `tinymce` (with tinyZenpage), `rss` (6 items), `sitemap-extended`,
`contact_form`, `register_user`. The copy is of 20 May 2025, before the province joined Hưng Yên. Written as a
held-out test: no family module, no selectors.

URL shapes (Zenphoto's own rewrite rules): a news article `/news/<titlelink>` (Zenphoto's seoFriendly titlelink);
the same article from the plain script `/index.php?p=news&title=<titlelink>` (what tinyZenpage writes when an editor
links an article inside another: an alias); the news index `/news/` and its pages `/news/2/`; categories
`/news/category/<cat>/`; month archives `/news/archive/<yyyy-mm>/`; Zenpage pages `/pages/<titlelink>`; the gallery
index `/page/gallery/`; albums `/<album>/` and image pages `/<album>/<image>.jpg.html` (also
`/index.php?album=<album>&image=<image>.jpg`, which tinyZenpage writes around every photo inserted into a news text);
tag searches `/page/search/tags/<tag>/`; `/page/search/` (the search form's target); `/page/archive/` ("Lưu trữ");
`/page/contact/`; `/page/register/` (robots.txt disallows it); the RSS `/index.php?rss=news&lang=vi_VN`; the
sitemap index `/index.php?sitemap` (sitemap-extended) and its files under `/cache_html/sitemap/`.

Why it is hard: the page's `<h1>` is the gallery title (the site's name) and the breadcrumb `<h2>` ends with the
article's title; the title is the `<h3>` in `div#content-left`, the date line `div.newsarticlecredit` under it
("15/03/2025 00:20 | Bình luận: 0 | Chuyên mục: …"), then the TinyMCE text (`<p>`, `<h4>`, lists, a bordered table,
photos inserted by tinyZenpage as `div.zenpage_wrapper` > `a.zenpage_imagelink` > `img.zenpage_sizedimage` plus
`div.zenpage_title`: the image's title is the caption line), a PDF uploaded with the file manager (`/uploaded/…`),
then the tag list, the comments ("Bình luận (2)": readers' words, never text) and the comment form. The news lists
show every article shortened ("(...)" + "Đọc tiếp") with its date line; prev/next links above the title carry the
neighbours' titles. Zenpage has no author field in the theme: the author is the byline closing the text ("Theo Báo
Thái Bình" and an office are no author). The RSS gives `date("r")` in the site's time zone: the article of 00:20 on
15 March is "Sat, 15 Mar 2025 00:20:00 +0700" (17:20 on 14 March in UTC). The oldest article has no category: only
`/news/2/`, its month archive (linked from `/page/archive/`) and the sitemap reach it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "album-htxthaibinh"
NAME = "Thư viện ảnh Liên minh HTX tỉnh Thái Bình"
PER = 5
RSS_ITEMS = 6
CATS = {"thong-bao": "Thông báo", "hoat-dong": "Hoạt động", "kien-thuc": "Kiến thức"}
ALBUMS = {"vu-dua-luoi-quynh-hong": ("Vụ dưa lưới HTX Quỳnh Hồng 2025", "Ảnh vụ thu hoạch dưa lưới tháng 5/2025."),
          "tong-ket-2024": ("Hội nghị tổng kết năm 2024", "Ảnh hội nghị tổng kết công tác năm 2024 của Liên minh HTX tỉnh."),
          "hoi-cho-ocop-2024": ("Hội chợ OCOP Thái Bình 2024", "Gian hàng của các HTX tại Hội chợ OCOP tỉnh năm 2024.")}
PAGES = {"gioi-thieu": ("Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Thái Bình là tổ chức kinh tế - xã hội đại diện cho các "
                                      "HTX, tổ hợp tác trên địa bàn tỉnh.</p><p>Thư viện ảnh lưu giữ hình ảnh hoạt động của "
                                      "Liên minh và các HTX thành viên.</p>"),
         "lien-he": ("Liên hệ", "<p>Văn phòng Liên minh HTX tỉnh Thái Bình, số 6 Lê Quý Đôn, TP Thái Bình.</p>"
                                "<p>Email: lienminhhtx@thaibinh.gov.vn</p>")}
COPY = "© 2025 Liên minh HTX tỉnh Thái Bình"
THEME = "Zenpage theme designed by Malte Müller"
NOW = datetime(2025, 5, 20, 10, 0)
FURN = [COPY, THEME, "Bình luận:", "Chuyên mục:", "Viết bình luận", "Tất cả tin", "Thư viện ảnh và tin tức",
        "Chưa có bình luận nào.", "Mã xác nhận", "Tin tức"]


def titlelink(title: str) -> str:
    """Zenphoto's seoFriendly() with the seo_zenphoto transliteration: ASCII, lower case, hyphens."""
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def shown(d: datetime) -> str:
    return f"{d:%d/%m/%Y %H:%M}"


def h(text: str, n: int = 8) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 06/TB-LMHTX về việc đăng ký tham gia Hội chợ nông sản và sản phẩm OCOP năm 2025",
          body="""
LIÊN MINH HTX TỈNH THÁI BÌNH
Số: 06/TB-LMHTX
Thái Bình, ngày 09 tháng 5 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ nông sản và sản phẩm OCOP năm 2025
Hội chợ diễn ra từ ngày 12/6 đến ngày 16/6/2025 tại Quảng trường Thái Bình, TP Thái Bình.
Liên minh HTX tỉnh hỗ trợ 40 gian hàng cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX gửi phiếu đăng ký (theo mẫu đính kèm) về Văn phòng Liên minh HTX tỉnh trước ngày 30/5/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Thu Hà
""", author=None, doc_number="06/TB-LMHTX",
          attachments=[{"path": "/uploaded/TB-06-LMHTX-2025.pdf", "text": "TB-06-LMHTX-2025.pdf"}],
          opts={"cat": "thong-bao", "tags": ["ocop", "hội chợ"], "comments": [
              ("HTX Nông nghiệp Hồng Minh", "16/05/2025 08:12", "Xin hỏi phiếu đăng ký gửi qua email được không ạ?"),
              ("Văn phòng LMHTX", "16/05/2025 10:40", "HTX gửi bản scan qua email lienminhhtx@thaibinh.gov.vn là được.")]},
          notes=["notice 'Số: 06/TB-LMHTX' dated 09/5 in its text, posted 12/05/2025 09:30 (the credit line under the <h3>); "
                 "the signer is text, no author; the file-manager link /uploaded/TB-06-LMHTX-2025.pdf in its own paragraph "
                 "is an attachment, not text; two readers' comments (one by the office) under it are not text"],
          **at(datetime(2025, 5, 12, 9, 30))),
        A(path="", title="Ảnh: HTX Nông nghiệp Quỳnh Hồng vào vụ thu hoạch dưa lưới",
          body="""
Đầu tháng 5, các thành viên HTX Nông nghiệp Quỳnh Hồng (huyện Quỳnh Phụ) bước vào vụ thu hoạch dưa lưới trong nhà màng.
[img dua-luoi-01.jpg] Thành viên HTX thu hoạch dưa lưới trong nhà màng
[img dua-luoi-02.jpg] Dưa được phân loại, dán tem truy xuất nguồn gốc tại nhà sơ chế
[img dua-luoi-03.jpg] Xe của doanh nghiệp bao tiêu nhận dưa tại HTX
Vụ này HTX thu hoạch khoảng 45 tấn dưa trên diện tích 2,5 ha nhà màng.
""", byline="Bài và ảnh: Đặng Quang Vinh", author="Đặng Quang Vinh",
          opts={"cat": "hoat-dong", "tags": ["nhà màng"], "album": "vu-dua-luoi-quynh-hong", "comments": []},
          notes=["photo story: three photos inserted by tinyZenpage (div.zenpage_wrapper > a.zenpage_imagelink to "
                 "/index.php?album=…&image=…, img.zenpage_sizedimage, div.zenpage_title = the image's title: the caption, "
                 "one line each); the image pages are not articles; 'Bài và ảnh: Đặng Quang Vinh' -> author"],
          **at(datetime(2025, 5, 6, 16, 45))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Thái Bình năm 2024",
          body="""
Năm 2024, kinh tế tập thể tỉnh Thái Bình tiếp tục phát triển, số HTX hoạt động hiệu quả tăng so với năm trước.
| Chỉ tiêu | Đơn vị | Năm 2024 | So với năm 2023 (%) |
| HTX đang hoạt động | HTX | 402 | 103,1 |
| Thành viên HTX | người | 268.540 | 100,8 |
| Doanh thu bình quân một HTX | triệu đồng | 2.860 | 106,4 |
| HTX xếp loại tốt, khá | HTX | 247 | 109,3 |
Năm 2025, tỉnh phấn đấu thành lập mới 25 HTX, trong đó có 8 HTX ứng dụng công nghệ cao.
""", byline="Phòng Tuyên truyền - Liên minh HTX tỉnh", author=None,
          opts={"cat": "kien-thuc", "tags": ["số liệu"], "comments": []},
          notes=["a bordered TinyMCE table (the first row in <th>): one line per row; closed by 'Phòng Tuyên truyền - Liên "
                 "minh HTX tỉnh' (an office: no author); another article links it as /index.php?p=news&title=<titlelink> "
                 "(tinyZenpage's link): an alias"],
          **at(datetime(2025, 4, 18, 10, 15))),
        A(path="", title="Hướng dẫn HTX phòng trừ sâu bệnh hại lúa xuân giai đoạn làm đòng",
          body="""
Lúa xuân năm 2025 trên địa bàn tỉnh đang ở giai đoạn làm đòng, là thời điểm sâu bệnh phát sinh mạnh.
## Các biện pháp HTX cần chỉ đạo thành viên
* Thăm đồng thường xuyên, phát hiện sớm rầy nâu, sâu cuốn lá nhỏ và bệnh đạo ôn cổ bông;
* Phun thuốc đúng lúc, đúng liều lượng theo khuyến cáo của ngành bảo vệ thực vật;
* Giữ mực nước ruộng từ 3 đến 5 cm trong giai đoạn làm đòng;
* Không bón thêm đạm khi lúa đã trỗ.
Tham khảo thêm số liệu về HTX trong bài [[Kết quả phát triển kinh tế tập thể tỉnh Thái Bình năm 2024|{{alias}}]].
""", byline="Trần Văn Khải - Chi cục Trồng trọt và Bảo vệ thực vật", author="Trần Văn Khải",
          opts={"cat": "kien-thuc", "tags": ["lúa gạo"], "comments": []},
          notes=["an <h4> heading and a bulleted list; a text line links the table article by /index.php?p=news&title=… "
                 "(the link's words are part of the text); 'Trần Văn Khải - Chi cục Trồng trọt và Bảo vệ thực vật' -> "
                 "Trần Văn Khải"],
          **at(datetime(2025, 4, 2, 8, 0))),
        A(path="", title="HTX Dịch vụ nông nghiệp Thụy Dân mở rộng vùng lúa hữu cơ",
          body="""
HTX Dịch vụ nông nghiệp Thụy Dân (huyện Thái Thụy) đã mở rộng vùng sản xuất lúa hữu cơ lên 60 ha.
Lúa được doanh nghiệp bao tiêu với giá cao hơn lúa thường từ 15 đến 20%.
HTX đang hoàn thiện hồ sơ đề nghị cấp chứng nhận hữu cơ cho toàn bộ vùng sản xuất.
""", byline="Theo Báo Thái Bình", author=None,
          opts={"cat": "hoat-dong", "tags": ["lúa gạo", "hữu cơ"], "comments": []},
          notes=["'Theo Báo Thái Bình' closes the text: a reprint, no author"],
          **at(datetime(2025, 3, 26, 14, 20))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Vũ Thắng",
          body="""
Chiều 14/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Vũ Thắng (huyện Kiến Xương).
HTX hiện cung ứng dịch vụ làm đất, thủy lợi, giống và tiêu thụ nông sản cho 1.320 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng kho lạnh bảo quản nông sản sau thu hoạch.
""", author=None,
          opts={"cat": "hoat-dong", "tags": [], "comments": []},
          notes=["posted at 00:20 on 15 March about the afternoon before (the credit line '15/03/2025 00:20'); the RSS "
                 "'Sat, 15 Mar 2025 00:20:00 +0700' is 14 March in UTC; no byline: author null; on /news/2/ (not on the "
                 "first page)"],
          **at(datetime(2025, 3, 15, 0, 20))),
        A(path="", title="HTX Chăn nuôi Đông Xuân phát triển đàn lợn theo chuỗi an toàn sinh học",
          body="""
HTX Chăn nuôi Đông Xuân (huyện Đông Hưng) hiện có 18 hộ thành viên với tổng đàn hơn 3.000 con lợn thịt.
HTX áp dụng quy trình chăn nuôi an toàn sinh học, sử dụng đệm lót sinh học để xử lý chất thải.
Sản phẩm của HTX được một chuỗi siêu thị ở Hà Nội bao tiêu ổn định.
""", byline="Lưu Thị Phương", author="Lưu Thị Phương",
          opts={"cat": "hoat-dong", "tags": ["chăn nuôi"], "comments": []},
          notes=["the bare name 'Lưu Thị Phương' closes the text: the author"],
          **at(datetime(2025, 2, 20, 15, 0))),
        A(path="", title="Liên minh HTX tỉnh Thái Bình tổng kết công tác năm 2024",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Thái Bình tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-01.jpg] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 21 HTX, tổ chức 10 lớp tập huấn cho 640 lượt cán bộ HTX.
""", byline="Tin, ảnh: Ngô Quang Huy", author="Ngô Quang Huy",
          opts={"cat": None, "tags": [], "album": "tong-ket-2024", "comments": []},
          notes=["the oldest article, uncategorized: only on /news/2/, its month archive /news/archive/2024-12/ (linked "
                 "from /page/archive/) and the sitemap; not in the RSS (6 items); 'Tin, ảnh: Ngô Quang Huy' -> author"],
          **at(datetime(2024, 12, 27, 15, 30))),
    ]


def image_title(a: RichArticle, src: str) -> str:
    return next(b.text for b in a.blocks if b.kind == "img" and b.src == src)


def body_html(a: RichArticle, alias: str) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            text = b.text
            m = re.search(r"\[\[(.+?)\|\{\{alias\}\}\]\]", text)
            if m:
                out.append(f"<p>{esc(text[:m.start()])}<a href=\"{alias.replace('&', '&amp;')}\" title=\"{attr(m.group(1))}\">"
                           f"{esc(m.group(1))}</a>{esc(text[m.end():])}</p>")
            else:
                out.append(f"<p>{inline_html(text)}</p>")
        elif b.kind == "h":
            out.append(f"<h4>{esc(b.text)}</h4>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table style="border-collapse: collapse; width: 100%;" border="1">\n<tbody>\n<tr>'
                       + "".join(f"\n<th>{esc(c)}</th>" for c in head) + "\n</tr>\n"
                       + "".join("<tr>" + "".join(f"\n<td>{esc(c)}</td>" for c in r) + "\n</tr>\n" for r in rows)
                       + "</tbody>\n</table>")
        elif b.kind == "img":
            album = a.opts["album"]
            stem = b.src.rsplit(".", 1)[0]
            out.append(f"<div class='zenpage_wrapper'><a href='/index.php?album={album}&amp;image={b.src}' "
                       f"title='{attr(b.text)}' class='zenpage_imagelink'><img src='/cache/{album}/{stem}_580.jpg' "
                       f"alt='{attr(b.text)}' class='zenpage_sizedimage' loading='lazy' /></a><div class='zenpage_title'>"
                       f"{esc(b.text)}</div></div>")
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thai-binh", f"{NAME} (Zenphoto 1.6 + Zenpage)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/index.php?rss=news&lang=vi_VN" % SITE],
                     sitemaps=["{{base:%s}}/index.php?sitemap" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.opts["slug"] = titlelink(a.title)
        a.path = f"/news/{a.opts['slug']}"
    table = next(a for a in arts if any(b.kind == "table" for b in a.blocks))
    alias = f"/index.php?p=news&title={table.opts['slug']}"
    months = sorted({a.date.strftime("%Y-%m") for a in arts}, reverse=True)
    tags = sorted({t for a in arts for t in a.opts["tags"]})
    month_vi = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám",
                "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]

    def tag_href(t: str) -> str:
        return f"/page/search/tags/{quote(t)}/"

    def sidebar(current: str = "") -> str:
        active = ' class="menu-active"'
        cats = "".join(f'<li{active if current == c else ""}><a href="/news/category/{c}/" title="{n}">'
                       f'{n}</a> <span style="white-space:nowrap;"><small>({sum(1 for a in arts if a.opts["cat"] == c)})'
                       f"</small></span></li>" for c, n in CATS.items())
        albums = "".join(f'<li><a href="/{k}/" title="{attr(t)}">{esc(t)}</a> <small>(3)</small></li>' for k, (t, d) in ALBUMS.items())
        pages = "".join(f'<li><a href="/pages/{k}" title="{t}">{t}</a></li>' for k, (t, _) in PAGES.items())
        return (f'<div class="menu">\n<h3>Tin tức</h3>\n<ul id="news_menu"><li><a href="/news/" title="Tất cả tin">Tất cả tin'
                f'</a> <span style="white-space:nowrap;"><small>({len(arts)})</small></span></li>{cats}</ul>\n</div>\n'
                f'<div class="menu">\n<h3><a href="/page/gallery/" title="Mục lục album">Thư viện ảnh</a></h3>\n'
                f'<ul id="album_menu">{albums}</ul>\n</div>\n<div class="menu">\n<h3>Trang</h3>\n<ul id="page_menu">{pages}'
                f'<li><a href="/page/contact/" title="Liên hệ qua biểu mẫu">Gửi thư</a></li></ul>\n</div>\n<div class="menu">\n'
                f'<h3>Lưu trữ</h3>\n<ul>\n<li><a href="/page/archive/" title="Thư viện ảnh và tin tức">Thư viện ảnh và tin tức'
                f'</a></li>\n</ul>\n</div>\n<div class="menu">\n<h3>RSS</h3>\n<ul>\n<li><a href="/index.php?rss=news&amp;'
                f'lang=vi_VN" title="Tin tức" rel="nofollow">Tin tức</a></li>\n</ul>\n</div>\n<div class="menu">\n<h3>Thành '
                f'viên</h3>\n<form name="login" action="#" method="post"><input type="hidden" name="login" value="1" />'
                f'<input type="text" name="user" placeholder="Tên đăng nhập" /><input type="password" name="pass" />'
                f'<button type="submit">Đăng nhập</button></form>\n<ul><li><a href="/page/register/" title="Đăng ký">Đăng ký'
                f"</a></li></ul>\n</div>")

    def layout(title: str, crumbs: str, content: str, current: str = "", desc: str = "") -> str:
        meta = f'\n<meta name="description" content="{attr(desc)}" />' if desc else ""
        return f"""<!DOCTYPE html>
	<html lang="vi">
		<head>
			<meta charset="UTF-8">
			<title>{esc(title)}</title>{meta}
			<link rel="stylesheet" href="/themes/zenpage/style.css" type="text/css" />
			<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/index.php?rss=news&amp;lang=vi_VN" />
		</head>

		<body>

			<div id="main">

				<div id="header">
					<h1>{esc(NAME)}</h1>
					<div id="search"><form method="post" action="/page/search/" id="search_form"><script>var within = 0;</script><input type="text" name="search" value="" id="search_input" size="10" /> <input type="submit" value="Tìm kiếm" class="button buttons" id="search_submit" /></form></div>
				</div>

				<div id="content">

					<div id="breadcrumb">
						<h2>
							<a href="/" title="Mục lục">Trang chủ</a>{crumbs}
						</h2>
					</div>

					<div id="content-left">
{content}
					</div><!-- content left-->

					<div id="sidebar">
{sidebar(current)}
					</div><!-- sidebar -->

					<div id="footer">
{COPY} | {THEME} | <a href="{{{{base:offsite}}}}/zenphoto/" title="Zenphoto — The simpler media website CMS">zen<span class="zen-logo-text">PHOTO</span></a>
					</div>

				</div><!-- content -->

			</div><!-- main -->
		</body>
	</html>
"""

    def credit(a: RichArticle, list_view: bool = False) -> str:
        cat = (f'Chuyên mục: <a href="/news/category/{a.opts["cat"]}/" title="{CATS[a.opts["cat"]]}">{CATS[a.opts["cat"]]}</a>'
               if a.opts["cat"] else "")
        n = len(a.opts["comments"])
        if list_view:
            return (f'<div class="newsarticlecredit">\n<span class="newsarticlecredit-left">\n{shown(a.date)}\n|\nBình luận:\n'
                    f'{n}</span>\n | \n<span class="newscategories">{cat}</span>\n</div>')
        return (f'<div class="newsarticlecredit"><span class="newsarticlecredit-left">{shown(a.date)} | Bình luận: {n} | '
                f'</span> <span class="newscategories">{cat}</span></div>')

    def tag_list(a: RichArticle) -> str:
        if not a.opts["tags"]:
            return ""
        return ('<ul class="taglist">\n<li><strong>Tags:</strong> </li>' + ", ".join(
            f'<li><a href="{tag_href(t)}" title="{attr(t)}">{esc(t)}</a></li>' for t in a.opts["tags"]) + "\n</ul>")

    def excerpt(a: RichArticle) -> str:
        first = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        short = first if len(first) <= 160 else first[:160].rsplit(" ", 1)[0]
        return (f"<p>{esc(short)} (...)</p>\n<p class=\"readmore\"><a href=\"{a.path}\" title=\"{attr(a.title)}\">Đọc tiếp</a>"
                "</p>")

    def list_item(a: RichArticle) -> str:
        return (f'<div class="newsarticle">\n<h3><a href="{a.path}" title="{attr(a.title)}">{esc(a.title)}</a></h3>\n'
                f"{credit(a, True)}\n{excerpt(a)}\n" + (("<strong>Tags:</strong>" + tag_list(a)) if a.opts["tags"] else "")
                + '\n<br style="clear:both;" /><br />\n</div>')

    def pagelist(base: str, n: int, pages: int) -> str:
        if pages < 2:
            return ""

        def href(k: int) -> str:
            return base if k == 1 else f"{base}{k}/"
        lis = []
        lis.append(f'<li class="prev"><a href="{href(n - 1)}" title="Trang trước">« trước</a></li>' if n > 1 else
                   '<li class="prev"><span class="disabledlink">« trước</span></li>')
        for k in range(1, pages + 1):
            lis.append(f'<li class="current"><a href="{href(k)}" title="Trang {k} (trang hiện tại)">{k}</a></li>' if k == n else
                       f'<li><a href="{href(k)}" title="Trang {k}">{k}</a></li>')
        lis.append(f'<li class="next"><a href="{href(n + 1)}" title="Trang sau">tiếp »</a></li>' if n < pages else
                   '<li class="next"><span class="disabledlink">tiếp »</span></li>')
        return f'<div class="pagelist">\n<ul class="pagelist">\n{"".join(lis)}\n</ul>\n</div>'

    # -- articles -------------------------------------------------------------------------------
    comment_strings = []
    for i, a in enumerate(arts):
        newer = arts[i - 1] if i > 0 else None
        older = arts[i + 1] if i + 1 < len(arts) else None
        nav = ""
        if older:
            nav += f'<div class="singlenews_prev"><a href="{older.path}" title="{attr(older.title)}">« {esc(older.title)}</a></div>'
        if newer:
            nav += f'<div class="singlenews_next"><a href="{newer.path}" title="{attr(newer.title)}">{esc(newer.title)} »</a></div>'
        nav += '<br style="clear:both" />'
        comments = ""
        for k, (name, when, text) in enumerate(a.opts["comments"], 1):
            comment_strings.append(text)
            comments += (f'<div class="comment" id="zp_comment_id_{40 + k}">\n<div class="commentinfo">\n<h4>{esc(name)}</h4>: '
                         f'vào {when}\n</div><!-- class "commentinfo" -->\n<div class="commenttext">{esc(text)}</div>'
                         f'<!-- class "commenttext" -->\n</div><!-- class "comment" -->')
        if not comments:
            comments = '<p class="nocomments">Chưa có bình luận nào.</p>'
        form = (f'<!-- printCommentForm -->\n<div id="commentcontent">\n<h3 class="comment_heading">Bình luận '
                f'({len(a.opts["comments"])})</h3>\n<div id="comments">\n{comments}\n</div><!-- id "comments" -->\n'
                f'<div id="commententry">\n<h3>Viết bình luận</h3>\n<form id="commentform" action="#commentform" method="post">'
                f'<input type="hidden" name="comment" value="1" /><input type="hidden" name="remember" value="1" />'
                f'<p><label for="name">Tên<strong>*</strong></label><input type="text" id="name" name="name" size="22" /></p>'
                f'<p><label for="email">E-mail<strong>*</strong></label><input type="text" id="email" name="email" size="22" /></p>'
                f'<p><label for="code">Mã xác nhận</label><input type="text" id="code" name="code" size="22" /></p>'
                f'<textarea name="comment" rows="6" cols="42" class="textarea_inputbox"></textarea><br />'
                f'<p><input type="submit" class="button buttons" value="Gửi" /></p></form>\n</div>\n</div>\n'
                f'<!-- end printCommentForm -->')
        crumbs = (f' » <a href="/news/" title="Tin tức">Tin tức</a>'
                  + (f' » <a href="/news/category/{a.opts["cat"]}/" title="{CATS[a.opts["cat"]]}">{CATS[a.opts["cat"]]}</a>'
                     if a.opts["cat"] else "") + f" » {esc(a.title)}")
        content = (f"{nav}\n<h3>{esc(a.title)}</h3>\n{credit(a)}\n{body_html(a, alias)}\n{tag_list(a)}\n"
                   f'<br style="clear:both;" /><br />\n{form}')
        page = layout(f"{a.title} | Tin tức | {NAME}", crumbs, content, a.opts["cat"] or "", desc=a.summary())
        site.page(a.path, page)
        if a is table:
            site.same_page(alias, a.path)
            a.aliases.append(alias)
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH THAI BINH", "THONG BAO SO 06/TB-LMHTX"]))
        site.add_article(a)
    site.extra_boilerplate += comment_strings
    site.trap("every article shows its older and newer neighbours' titles above its <h3> (div.singlenews_prev/next) "
              "and the breadcrumb <h2> ends with its own title; the <h1> is the gallery's name", arts[1].path)

    # -- albums and image pages (not articles) --------------------------------------------------
    album_imgs: dict[str, list[tuple[str, str]]] = {k: [] for k in ALBUMS}
    for a in arts:
        for b in a.blocks:
            if b.kind == "img":
                album_imgs[a.opts["album"]].append((b.src, b.text))
    album_imgs["tong-ket-2024"] += [("tong-ket-02.jpg", "Lãnh đạo tỉnh phát biểu tại hội nghị"),
                                    ("tong-ket-03.jpg", "Trao bằng khen cho các HTX tiêu biểu")]
    album_imgs["hoi-cho-ocop-2024"] = [("ocop-01.jpg", "Gian hàng gạo hữu cơ của HTX Thụy Dân"),
                                       ("ocop-02.jpg", "Khách tham quan gian hàng bánh cáy làng Nguyễn"),
                                       ("ocop-03.jpg", "Sản phẩm mật ong của HTX Ong mật Hưng Hà")]
    for k, (t, d) in ALBUMS.items():
        imgs = album_imgs[k]
        thumbs = "".join(f'<div class="image"><div class="imagethumb"><a href="/{k}/{src}.html" title="{attr(cap)}"><img '
                         f'src="/cache/{k}/{src.rsplit(".", 1)[0]}_100_cw85_ch85_thumb.jpg" alt="{attr(cap)}" width="85" '
                         f'height="85" /></a></div></div>' for src, cap in imgs)
        site.page(f"/{k}/", layout(f"{t} | {NAME}", f' » <a href="/page/gallery/" title="Mục lục album">Thư viện ảnh</a> » {esc(t)}',
                                   f'<div id="albumdesc">{esc(d)}</div>\n<div id="images">{thumbs}</div>'))
        site.non_articles.append(f"/{k}/")
        for j, (src, cap) in enumerate(imgs):
            stem = src.rsplit(".", 1)[0]
            prev_l = f'<div class="imgprevious"><a href="/{k}/{imgs[j - 1][0]}.html" title="Ảnh trước">« trước</a></div>' if j else ""
            next_l = (f'<div class="imgnext"><a href="/{k}/{imgs[j + 1][0]}.html" title="Ảnh sau">tiếp »</a></div>'
                      if j + 1 < len(imgs) else "")
            body = (f'<div id="img_header">{prev_l}{next_l}</div>\n<div id="image"><a href="/albums/{k}/{src}" title="{attr(cap)}">'
                    f'<img src="/cache/{k}/{stem}_580.jpg" alt="{attr(cap)}" width="580" height="387" /></a></div>\n'
                    f'<div id="narrow"><div id="imagedesc"><h3>{esc(cap)}</h3></div>\n<p class="imagedate">'
                    f'{shown(datetime(2025, 1, 1, 8, 0))}</p></div>')
            page = layout(f"{cap} | {t} | {NAME}", f' » <a href="/page/gallery/">Thư viện ảnh</a> » <a href="/{k}/">{esc(t)}</a>'
                          f" » {esc(cap)}", body)
            site.page(f"/{k}/{src}.html", page)
            site.same_page(f"/index.php?album={k}&image={src}", f"/{k}/{src}.html")
            site.non_articles += [f"/{k}/{src}.html", f"/index.php?album={k}&image={src}"]
            site.binary(f"/cache/{k}/{stem}_580.jpg", image_for(src))
            site.binary(f"/cache/{k}/{stem}_100_cw85_ch85_thumb.jpg", image_for(src + "t"))
            site.binary(f"/albums/{k}/{src}", image_for(src + "f"))
    site.trap("albums /<album>/ and image pages /<album>/<image>.jpg.html (also /index.php?album=…&image=…, the link "
              "tinyZenpage puts around every photo of a news text): the image's title as <h3>, a date line: not articles",
              "/vu-dua-luoi-quynh-hong/dua-luoi-01.jpg.html")
    gallery = "".join(f'<div class="album"><div class="thumb"><a href="/{k}/" title="{attr(t)}"><img src="/cache/{k}/'
                      f'{album_imgs[k][0][0].rsplit(".", 1)[0]}_100_cw85_ch85_thumb.jpg" alt="{attr(t)}" /></a></div><div '
                      f'class="albumdesc"><h3><a href="/{k}/" title="{attr(t)}">{esc(t)}</a></h3><p>{esc(d)}</p></div></div>'
                      for k, (t, d) in ALBUMS.items())
    site.page("/page/gallery/", layout(f"Thư viện ảnh | {NAME}", " » Thư viện ảnh", f'<div id="albums">{gallery}</div>'))
    site.non_articles.append("/page/gallery/")

    # -- news lists --------------------------------------------------------------------------------
    def news_lists(base: str, title: str, crumbs: str, items: list[RichArticle], current: str = "") -> None:
        pages = max(1, (len(items) + PER - 1) // PER)
        for n in range(1, pages + 1):
            chunk = items[(n - 1) * PER:n * PER]
            path = base if n == 1 else f"{base}{n}/"
            body = (pagelist(base, n, pages) + "<hr />\n" + "\n".join(list_item(a) for a in chunk) + "\n"
                    + pagelist(base, n, pages))
            site.page(path, layout(f"{title} | {NAME}" + (f" | Trang {n}" if n > 1 else ""),
                                   crumbs + (f" » Trang {n}" if n > 1 else ""), body, current))
            site.non_articles.append(path)

    news_lists("/news/", "Tin tức", ' » <a href="/news/" title="Tin tức">Tin tức</a>', arts)
    site.trap("the news index /news/ (5 a page, every article shortened with '(...)' and 'Đọc tiếp', its credit line): "
              "/news/2/ holds the three oldest", "/news/2/")
    for c, n in CATS.items():
        news_lists(f"/news/category/{c}/", n, f' » <a href="/news/" title="Tin tức">Tin tức</a> » {n}',
                   [a for a in arts if a.opts["cat"] == c], c)
    for m in months:
        y, mo = m.split("-")
        label = f"{month_vi[int(mo) - 1]} {y}"
        news_lists(f"/news/archive/{m}/", label, f' » <a href="/news/" title="Tin tức">Tin tức</a> » {label}',
                   [a for a in arts if a.date.strftime("%Y-%m") == m])
    site.trap("categories /news/category/<cat>/ and month archives /news/archive/<yyyy-mm>/: lists", "/news/archive/2024-12/")
    archive = ('<div id="archive"><h3>Thư viện ảnh</h3><ul class="archive"><li class="year">2025<ul><li><a href="/page/'
               'archive/2025-01/" title="Tháng Một (9)">Tháng Một (9)</a></li></ul></li></ul>\n<h3>Tin tức</h3>\n'
               '<ul class="archive">' + "".join(
                   f'<li><a href="/news/archive/{m}/" title="{month_vi[int(m[5:]) - 1]} {m[:4]}">{month_vi[int(m[5:]) - 1]} '
                   f'{m[:4]} ({sum(1 for a in arts if a.date.strftime("%Y-%m") == m)})</a></li>' for m in months)
               + "</ul></div>")
    site.page("/page/archive/", layout(f"Lưu trữ | {NAME}", " » Lưu trữ", archive))
    found = [(k, src, cap) for k in ALBUMS for src, cap in album_imgs[k]]
    site.page("/page/archive/2025-01/", layout(f"Lưu trữ Tháng Một 2025 | {NAME}", " » Lưu trữ » Tháng Một 2025",
                                               '<div id="images">' + "".join(
                                                   f'<div class="image"><a href="/{k}/{src}.html" title="{attr(cap)}">'
                                                   f'{esc(cap)}</a></div>' for k, src, cap in found) + "</div>"))
    site.non_articles += ["/page/archive/", "/page/archive/2025-01/"]
    for t in tags:
        items = [a for a in arts if t in a.opts["tags"]]
        body = (f'<h3>Kết quả tìm kiếm cho thẻ "{esc(t)}": {len(items)} bài viết</h3>\n' + "\n".join(list_item(a) for a in items))
        site.page(tag_href(t), layout(f"Tìm kiếm | {NAME}", f" » Tìm kiếm » {esc(t)}", body))
        site.non_articles.append(tag_href(t))
    site.page("/page/search/", layout(f"Tìm kiếm | {NAME}", " » Tìm kiếm", "<p>Hãy nhập từ khóa để tìm kiếm.</p>"))
    site.non_articles.append("/page/search/")
    site.trap("tag searches /page/search/tags/<tag>/ (Vietnamese tags percent-encoded: /page/search/tags/l%C3%BAa%20g%E1%BA%A1o/)"
              " and /page/search/: lists", tag_href("lúa gạo"))

    # -- home, pages --------------------------------------------------------------------------------
    latest = "".join(f'<li><a href="{a.path}" title="{attr(a.title)}">{esc(a.title)}</a> <span class="date">({shown(a.date)[:10]})'
                     f"</span></li>" for a in arts[:3])
    home = (f'<div id="gallerydesc"><p>Thư viện ảnh và tin hoạt động của Liên minh Hợp tác xã tỉnh Thái Bình.</p></div>\n'
            f'<div id="albums">{gallery}</div>\n<h3>Tin mới nhất</h3>\n<ul id="latestnews">{latest}</ul>\n'
            f'<p><a href="/news/">Xem tất cả tin</a></p>')
    site.page("/", layout(NAME, "", home))
    site.same_page("/index.php", "/")
    site.non_articles.append("/")
    site.trap("home /: the albums and 'Tin mới nhất' (3 newest titles with their day)", "/")
    for k, (t, text) in PAGES.items():
        site.page(f"/pages/{k}", layout(f"{t} | {NAME}", f" » {t}", f"<h3>{t}</h3>\n{text}"))
        site.non_articles.append(f"/pages/{k}")
    site.page("/page/contact/", layout(f"Gửi thư | {NAME}", " » Gửi thư", '<h3>Gửi thư</h3><form id="mailform" action="#" '
                                       'method="post"><input type="text" name="name" /><textarea name="message"></textarea>'
                                       "<input type=\"submit\" value=\"Gửi\" /></form>"))
    site.non_articles.append("/page/contact/")
    site.trap("Zenpage pages /pages/gioi-thieu, /pages/lien-he and the contact form /page/contact/: not articles",
              "/pages/gioi-thieu")
    site.page("/page/register/", layout(f"Đăng ký | {NAME}", " » Đăng ký", '<h3>Đăng ký</h3><form action="#" method="post">'
                                        '<input type="text" name="user" /><input type="password" name="pass" /></form>'))
    site.never_fetched.append("/page/register/")
    site.static("/robots.txt", "User-agent: *\nDisallow: /zp-core/\nDisallow: /zp-data/\nDisallow: /page/register/\n"
                "Disallow: /cache_html/searchcache/\n\nSitemap: {{base}}/index.php?sitemap\n")
    site.trap("robots.txt (written by the office) disallows /page/register/ (the sidebar's 'Đăng ký'): never fetched; "
              "the sidebar's login form posts to the page itself", "/page/register/")

    # -- RSS, sitemap ------------------------------------------------------------------------------
    items = "".join(
        f"\n<item>\n\t<title>{esc(a.title)} ({CATS[a.opts['cat']] if a.opts['cat'] else 'Tin tức'})</title>\n\t<link>{{{{base}}}}"
        f"{a.path}</link>\n\t<description><![CDATA[{body_html(a, alias)}]]></description>\n"
        + (f"\t<category><![CDATA[{CATS[a.opts['cat']]}]]></category>\n" if a.opts["cat"] else "")
        + f"\t<guid>{{{{base}}}}{a.path}</guid>\n\t<pubDate>{a.date:%a, %d %b %Y %H:%M:%S} +0700</pubDate>\n</item>"
        for a in arts[:RSS_ITEMS])
    site.page("/index.php?rss=news&lang=vi_VN", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title><![CDATA[{NAME} (Tin tức)]]></title>
<link>{{{{base}}}}</link>
<atom:link href="{{{{base}}}}/index.php?rss=news&amp;lang=vi_VN" rel="self" type="application/rss+xml" />
<description><![CDATA[Thư viện ảnh và tin hoạt động của Liên minh Hợp tác xã tỉnh Thái Bình.]]></description>
<language>vi-vn</language>
<pubDate>{NOW:%a, %d %b %Y %H:%M:%S} +0700</pubDate>
<lastBuildDate>{NOW:%a, %d %b %Y %H:%M:%S} +0700</lastBuildDate>
<docs>http://blogs.law.harvard.edu/tech/rss</docs>
<generator>Zenphoto RSS Generator</generator>{items}
</channel>
</rss>
""", content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /index.php?rss=news&lang=vi_VN (6 items, the category in the title, the whole text): date('r') "
              "'+0700'; the 00:20 article is 14 March in UTC", "/index.php?rss=news&lang=vi_VN")
    site.page("/index.php?sitemap", """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
	<sitemap>
		<loc>{{base}}/cache_html/sitemap/sitemap-zenphoto-index.xml</loc>
		<lastmod>2025-05-20T08:00:00+07:00</lastmod>
	</sitemap>
	<sitemap>
		<loc>{{base}}/cache_html/sitemap/sitemap-zenpage-news.xml</loc>
		<lastmod>2025-05-20T08:00:00+07:00</lastmod>
	</sitemap>
	<sitemap>
		<loc>{{base}}/cache_html/sitemap/sitemap-zenpage-pages.xml</loc>
		<lastmod>2025-05-20T08:00:00+07:00</lastmod>
	</sitemap>
</sitemapindex>
""", content_type="application/xml")

    def urlset(urls: list[tuple[str, str]]) -> str:
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                + "".join(f"\t<url>\n\t\t<loc>{{{{base}}}}{u}</loc>\n\t\t<lastmod>{d}</lastmod>\n\t\t<changefreq>daily"
                          f"</changefreq>\n\t\t<priority>0.9</priority>\n\t</url>\n" for u, d in urls) + "</urlset>\n")

    site.static("/cache_html/sitemap/sitemap-zenphoto-index.xml",
                urlset([("/", "2025-05-20T08:00:00+07:00"), ("/page/gallery/", "2025-05-20T08:00:00+07:00")]
                       + [(f"/{k}/", "2025-05-06T16:40:00+07:00") for k in ALBUMS]))
    site.static("/cache_html/sitemap/sitemap-zenpage-news.xml",
                urlset([("/news/", "2025-05-20T08:00:00+07:00")] + [(a.path, f"{a.date:%Y-%m-%dT%H:%M:%S}+07:00") for a in arts]))
    site.static("/cache_html/sitemap/sitemap-zenpage-pages.xml",
                urlset([(f"/pages/{k}", "2024-10-02T09:00:00+07:00") for k in PAGES]))
    site.trap("sitemap-extended: /index.php?sitemap (a sitemap index, in robots.txt) -> /cache_html/sitemap/*.xml; the news "
              "file names every article with its time '+07:00'", "/index.php?sitemap")
    site.static("/themes/zenpage/style.css", "body{font-family:Arial,sans-serif}\n")
    return site
