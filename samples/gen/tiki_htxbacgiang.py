"""Site `tiki-htxbacgiang` (registry family `generic`): "Liên minh HTX tỉnh Bắc Giang", the alliance's news site on
**Tiki Wiki CMS Groupware 18 LTS** (Bootstrap 3, the bundled "FiveAlive" theme, the Vietnamese interface, the Articles
feature for the news, SEFURLs with the title, paragraph formatting on, inline comments); the copy is of 20 June
2025, before the province merged into Bắc Ninh. Written as a held-out test: no family module, no selectors.

What is an article here: a Tiki article `/article<id>-<Title-ASCII>` (the SEFURL with the title, the head's canonical);
the same page answers at `/tiki-read_article.php?articleId=<id>` (what the RSS, the topic lists' "Đọc thêm" of the old
theme and the "Bài đọc nhiều nhất" module link) and at the bare `/article<id>`: aliases. The print view
`tiki-print_article.php?articleId=<id>`, `tiki-share.php`, login and registration are disallowed by Tiki's robots.txt.
Listings: the articles home `tiki-view_articles.php` (5 a page, `?offset=5` the next), a topic `?topic=<n>`, the
table `tiki-list_articles.php`; wiki pages `tiki-index.php` (home, `/` answers 302 to it) and `/Gioi-thieu`; the
contact form; the feed `tiki-articles_rss.php?ver=2`.

Why it is hard: there is no `<h1>` on an article page: the title is the `<h2>` of `header.articletitle` (a link to
itself); `<title>` is "Liên minh HTX Bắc Giang | <title>". The date is only in `span.titleb`, written with the site's
long date-time format (`%A %d %B, %Y %H:%M %Z` with Tiki's translated day and month names): "Đăng bởi Thân Thị Hoa vào
Thứ Năm 12 Tháng Sáu, 2025 08:45 ICT": the month in words, the zone as "ICT". The name there is the article's
"Author name" field: a person (the author), the office ("Văn phòng Liên minh": no author) or, when empty, the creator's
login ("bientap": never an author). The Heading (`div.articleheadingtext`, after the topic image
`article_image.php?image_type=topic&id=N`) is the lead. The body (`div.articlebody`) is the wiki parser's output:
`<p>` paragraphs, `h2.showhide_heading`, `{FANCYTABLE}` tables, `{img}` photos in `div.imgbox` with
`div.thumbcaption`, `{file}` links through `tiki-download_file.php?fileId=N`, and a `{BOX(title="Tin liên quan")}`
plugin (a Bootstrap panel of links) inside the body of one article: not text. Under the article: "Nội dung liên
quan:", and the inline comments (names, dates "2025-06-13 07:12"). The RSS gives pubDate in UTC: the article of 00:30
on 9 June is 8 June there.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "tiki-htxbacgiang"
NAME = "Liên minh HTX tỉnh Bắc Giang"
SHORT = "Liên minh HTX Bắc Giang"
HTML = "text/html; charset=utf-8"
TOPICS = {1: "Tin hoạt động", 2: "Thông báo - Văn bản", 3: "Mô hình HTX", 4: "Phóng sự ảnh"}
DAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
MONTHS = ("Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám",
          "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai")
SLOGAN = "Đoàn kết - Hợp tác - Phát triển"
FOOT = "Liên minh Hợp tác xã tỉnh Bắc Giang – Số 2 đường Nguyễn Thị Lưu, TP Bắc Giang – ĐT: 0204 3854 276"
FURN = [SLOGAN, FOOT, "Powered by", "Tiki Wiki CMS Groupware", "Đăng nhập", "Tên đăng nhập", "Mật khẩu",
        "Quên mật khẩu?", "Bài viết mới nhất", "Bài đọc nhiều nhất", "Chủ đề bài viết", "Nội dung liên quan:",
        "Khách trực tuyến: 5", "Bình luận", "Gửi bình luận", "Chia sẻ", "Đăng bởi", "Tin liên quan"]


def slug(title: str) -> str:
    s = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-")


def long_dt(d: datetime) -> str:
    return f"{DAYS[d.weekday()]} {d:%d} {MONTHS[d.month - 1]}, {d.year} {d:%H:%M} ICT"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="HTX Nông nghiệp Lục Ngạn xuất khẩu lô vải thiều đầu tiên sang Nhật Bản",
          lead="Ngày 11/6, HTX Nông nghiệp Lục Ngạn đã xuất khẩu 15 tấn vải thiều tươi đầu tiên của vụ năm 2025 sang thị trường Nhật Bản.",
          body="""
[img 71] Thành viên HTX tuyển chọn vải thiều trước khi đóng thùng xuất khẩu
Lô hàng được chiếu xạ và bảo quản lạnh theo đúng yêu cầu kiểm dịch của Nhật Bản.
## Vùng trồng đạt chuẩn
HTX hiện có 85 ha vải thiều được cấp mã số vùng trồng, liên kết với 112 hộ thành viên.
Năm nay HTX dự kiến tiêu thụ khoảng 1.200 tấn vải, trong đó 30% dành cho xuất khẩu.
""", byline="Thân Thị Hoa", author="Thân Thị Hoa",
          opts={"id": 58, "topic": 3, "who": "Thân Thị Hoa", "reads": 1204, "related": [57, 55],
                "comments": [("Nguyễn Văn Tiến", datetime(2025, 6, 13, 7, 12), "Chúc mừng HTX, mong vải Lục Ngạn ngày càng vươn xa!"),
                             ("htxphuongson", datetime(2025, 6, 13, 20, 40), "HTX Phượng Sơn cũng đang làm hồ sơ mã số vùng trồng, xin được học hỏi kinh nghiệm.")]},
          notes=["no <h1>: the title is header.articletitle h2; span.titleb 'Đăng bởi Thân Thị Hoa vào Thứ Năm 12 Tháng "
                 "Sáu, 2025 08:45 ICT' (month in words; the Author name field is a person: the author, not text; the "
                 "closing 'Thân Thị Hoa' paragraph is text); two inline comments under it (not text)"],
          **at(datetime(2025, 6, 12, 8, 45))),
        A(path="", title="Thông báo số 18/TB-LMHTX về việc đăng ký tham gia Hội chợ OCOP và sản phẩm HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH BẮC GIANG
Số: 18/TB-LMHTX
Bắc Giang, ngày 06 tháng 6 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ OCOP và sản phẩm HTX năm 2025
Liên minh HTX tỉnh thông báo tới các HTX, liên hiệp HTX về việc tham gia Hội chợ OCOP và sản phẩm HTX tổ chức từ ngày 15 đến 19/7/2025 tại Quảng trường 3/2, TP Bắc Giang.
Các đơn vị đăng ký gian hàng theo mẫu gửi kèm trước ngày 30/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Quý
""", author=None, doc_number="18/TB-LMHTX",
          attachments=[{"path": "/tiki-download_file.php?fileId=214", "text": "TB-18-LMHTX-2025.pdf"}],
          opts={"id": 57, "topic": 2, "who": "Văn phòng Liên minh", "reads": 688, "related": [], "comments": []},
          notes=["notice 'Số: 18/TB-LMHTX' dated 06/6 in the text, published 'Thứ Hai 09 Tháng Sáu, 2025 00:30 ICT': the "
                 "RSS pubDate 'Sun, 08 Jun 2025 17:30:00 +0000' is the previous day; the Author name field is the office: "
                 "no author; the signer is text; the {file} plugin's link 'TB-18-LMHTX-2025.pdf' after 'Tệp đính kèm:' "
                 "to tiki-download_file.php?fileId=214: an attachment"],
          **at(datetime(2025, 6, 9, 0, 30))),
        A(path="", title="Kết quả phát triển kinh tế tập thể 5 tháng đầu năm 2025",
          body="""
Tính đến hết tháng 5/2025, toàn tỉnh Bắc Giang có 1.046 HTX, 3 liên hiệp HTX và 726 tổ hợp tác.
| Chỉ tiêu | Kế hoạch 2025 | Thực hiện 5 tháng | Tỷ lệ |
| HTX thành lập mới | 80 | 41 | 51% |
| HTX đạt loại tốt, khá | 450 | 392 | 87% |
| Sản phẩm OCOP của HTX | 35 | 14 | 40% |
Liên minh HTX tỉnh đề nghị các huyện đẩy nhanh việc hướng dẫn HTX chuyển đổi theo Luật Hợp tác xã năm 2023.
""", byline="Theo Báo Bắc Giang", author=None,
          opts={"id": 55, "topic": 1, "who": "", "reads": 517, "related": [58], "comments": []},
          notes=["a {FANCYTABLE} (table with a <th> header row), one line per row; 'Theo Báo Bắc Giang': a reprint, author "
                 "null; the empty Author name shows the creator's login 'bientap' in span.titleb: no author"],
          **at(datetime(2025, 6, 3, 16, 20))),
        A(path="", title="Ảnh: Mùa thu hoạch vải sớm ở HTX Phúc Hòa",
          body="""
[img 66] Thành viên HTX Phúc Hòa thu hoạch vải sớm từ lúc tờ mờ sáng
[img 67] Vải được phân loại, cắt cành ngay tại vườn
[img 68] Xe của thương lái đến nhận hàng tại điểm thu mua của HTX
""", byline="Ảnh: Dương Văn Thắng", author="Dương Văn Thắng",
          opts={"id": 53, "topic": 4, "who": "", "reads": 903, "related": [58], "comments": []},
          notes=["photo story: three {img} plugins (div.imgbox, div.thumbcaption captions: the lines), no Heading; "
                 "'Ảnh: Dương Văn Thắng' -> author (span.titleb shows the login bientap)"],
          **at(datetime(2025, 5, 27, 6, 10))),
        A(path="", title="Tân Yên nhân rộng mô hình HTX trồng và chế biến gà đồi",
          lead="Huyện Tân Yên hiện có 23 HTX chăn nuôi gà đồi, trong đó 6 HTX có cơ sở giết mổ, chế biến đạt chuẩn.",
          body="""
Sản phẩm gà đồi Tân Yên của HTX được bày bán tại các siêu thị ở Hà Nội và Bắc Ninh.
Nhiều HTX đã áp dụng quy trình chăn nuôi an toàn sinh học, truy xuất nguồn gốc bằng mã QR.
Liên minh HTX tỉnh sẽ tiếp tục hỗ trợ các HTX xây dựng nhãn hiệu tập thể cho sản phẩm gà đồi.
""", byline="Lê Minh Đức", author="Lê Minh Đức",
          opts={"id": 52, "topic": 3, "who": "Lê Minh Đức", "reads": 455, "related": [53], "comments": [],
                "box": [55, 58]},
          notes=["a {BOX(title=\"Tin liên quan\")} panel with two article links sits between the body's paragraphs: not "
                 "text"],
          **at(datetime(2025, 5, 20, 14, 5))),
        A(path="", title="Tập huấn chuyển đổi số cho cán bộ quản lý HTX",
          lead="Trong hai ngày 13 và 14/5, Liên minh HTX tỉnh phối hợp với Sở Khoa học và Công nghệ tổ chức lớp tập huấn chuyển đổi số cho 70 cán bộ HTX.",
          body="""
## Nội dung chính
* Ứng dụng phần mềm kế toán và hóa đơn điện tử trong HTX;
* Bán hàng trên các sàn thương mại điện tử Postmart, Voso;
* Quảng bá sản phẩm qua mạng xã hội và truy xuất nguồn gốc.
Kết thúc lớp học, các học viên được cấp giấy chứng nhận.
""", author="Ngô Thị Thu",
          opts={"id": 50, "topic": 1, "who": "Ngô Thị Thu", "reads": 376, "related": [], "comments": []},
          notes=["no byline in the body: the Author name field 'Ngô Thị Thu' in span.titleb -> author; a heading and a "
                 "three-item list"],
          **at(datetime(2025, 5, 15, 10, 30))),
        A(path="", title="HTX Dịch vụ nông nghiệp Yên Dũng ký hợp đồng tiêu thụ lúa nếp cái hoa vàng",
          body="""
HTX Dịch vụ nông nghiệp Yên Dũng vừa ký hợp đồng bao tiêu 300 tấn lúa nếp cái hoa vàng với một doanh nghiệp chế biến.
Theo hợp đồng, doanh nghiệp cung ứng giống, phân bón và thu mua với giá cao hơn thị trường 10%.
""", byline="Bài và ảnh: Hoàng Văn Tuấn", author="Hoàng Văn Tuấn",
          opts={"id": 47, "topic": 3, "who": "", "reads": 298, "related": [], "comments": [
              ("Trần Thị Mai", datetime(2025, 4, 29, 9, 3), "Nếp cái hoa vàng Yên Dũng rất thơm, chúc HTX thành công.")]},
          notes=["only on tiki-view_articles.php?offset=5 (and its topic list); 'Bài và ảnh: Hoàng Văn Tuấn' -> author; "
                 "one inline comment"],
          **at(datetime(2025, 4, 28, 15, 40))),
        A(path="", title="Liên minh HTX tỉnh tổng kết công tác năm 2024",
          lead="Sáng 14/1, Liên minh HTX tỉnh Bắc Giang tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.",
          body="""
Năm 2024, toàn tỉnh thành lập mới 76 HTX, doanh thu bình quân của HTX đạt 3,2 tỷ đồng/năm.
Quỹ hỗ trợ phát triển HTX tỉnh đã cho 28 HTX vay với tổng số tiền 16,5 tỷ đồng.
""", author=None,
          opts={"id": 41, "topic": 1, "who": "", "reads": 811, "related": [], "comments": []},
          notes=["oldest article, only on the second page of the articles home; no byline and the login 'bientap' in "
                 "span.titleb: author null"],
          **at(datetime(2025, 1, 15, 9, 0))),
    ]


def body_html(a: RichArticle, by_id: dict) -> str:
    out = []
    paras = 0
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
            paras += 1
            if a.opts.get("box") and paras == 1:
                links = "".join(f'<li><a href="{by_id[i].opts["sef"]}" class="wiki">{esc(by_id[i].title)}</a></li>'
                                for i in a.opts["box"])
                out.append('<div class="panel panel-default" style="width:40%;float:right"><div class="panel-heading">'
                           f'Tin liên quan</div><div class="panel-body"><ul>{links}</ul></div></div>')
        elif b.kind == "h":
            hid = slug(b.text)
            out.append(f'<h2 class="showhide_heading" id="{hid}">{esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<div class="imgbox" style="display:inline-block; max-width: 100%; width:602px">'
                       f'<a href="tiki-download_file.php?fileId={b.src}&amp;display" class="internal" data-box="box" '
                       f'title="{attr(b.text)}"><img src="tiki-download_file.php?fileId={b.src}&amp;display" '
                       f'alt="{attr(b.text)}" width="600" class="regImage pluginImg{b.src} img-responsive" /></a>'
                       f'<div class="mini" style="width:600px;"><div class="thumbcaption">{esc(b.text)}</div></div></div>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<div class="table-responsive"><table class="table table-striped table-hover normal"><thead><tr>'
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</tbody></table></div>")
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        out.append(f'<p><em>Tệp đính kèm:</em> <a class="wiki" href="{x["path"].lstrip("/")}">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-giang", NAME + " (Tiki)", "generic", None,
                     start_urls=["{{base:%s}}/tiki-view_articles.php" % SITE],
                     feeds=["{{base:%s}}/tiki-articles_rss.php?ver=2" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    by_id = {a.opts["id"]: a for a in posts}
    for a in posts:
        a.opts["sef"] = f"article{a.opts['id']}-{slug(a.title)}"
        a.path = "/" + a.opts["sef"]

    def qfile(path: str, data: bytes, ctype: str) -> None:
        name = "_routes/" + re.sub(r"[^A-Za-z0-9]+", "-", path).strip("-") + (".pdf" if "pdf" in ctype else ".png")
        site.files[name] = data
        site.routes.append({"path": path, "file": name, "content_type": ctype})

    menu = [("Trang chủ", "tiki-index.php"), ("Giới thiệu", "Gioi-thieu"), ("Tin tức", "tiki-view_articles.php"),
            *[(v, f"tiki-view_articles.php?topic={k}") for k, v in TOPICS.items()], ("Liên hệ", "tiki-contact.php")]
    nav = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in menu)
    latest = "".join(f'<li><a class="linkmodule" href="{a.opts["sef"]}">{esc(a.title)}</a></li>' for a in posts[:5])
    top = sorted(posts, key=lambda a: -a.opts["reads"])[:4]
    most = "".join(f'<li><a class="linkmodule" href="tiki-read_article.php?articleId={a.opts["id"]}">{esc(a.title)}</a>'
                   f' <span class="badge">{a.opts["reads"]}</span></li>' for a in top)
    topics = "".join(f'<li><a class="linkmodule" href="tiki-view_articles.php?topic={k}">{esc(v)}</a></li>'
                     for k, v in TOPICS.items())

    def layout(title: str, content: str, *, canonical: str, section: str = "cms", head: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" class="tiki tiki-{section} layout_basic">
<head>
<base href="{{{{base}}}}/">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="generator" content="Tiki Wiki CMS Groupware - https://tiki.org">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="{{{{base}}}}{canonical}">
{head}<title>{SHORT} | {esc(title)}</title>
<link rel="alternate" type="application/rss+xml" title="RSS Bài viết" href="tiki-articles_rss.php?ver=2">
<link rel="stylesheet" href="/themes/fivealive/css/fivealive.css" type="text/css">
<script type="text/javascript" src="/lib/jquery_tiki/tiki-jquery.js"></script>
</head>
<body class="tiki tiki_{section} fixed_width fivealive">
<div id="ajaxLoading">Đang tải...</div>
<div class="container">
<div class="header_outer" id="header_outer"><div class="header_container"><div class="row header_fullwidth">
<div id="top_modules" class="col-md-12">
<div id="module_1" class="module box-logo"><div id="mod-logotop1"><div class="sitelogo"><a href="./" title="{NAME}"><img src="img/tiki/logo-lmhtxbg.png" alt="Logo" class="sitelogo-img"></a></div>
<div class="sitetitles"><div class="sitetitle"><a href="./">{NAME}</a></div><div class="sitesubtitle">{SLOGAN}</div></div></div></div>
<div id="module_2" class="module box-menu"><nav class="navbar navbar-default" role="navigation"><ul class="nav navbar-nav">{nav}</ul></nav></div>
</div></div></div></div>
<div class="middle_outer" id="middle_outer"><div class="row row-middle" id="row-middle">
<div class="col-md-3 col-md-pull-6 side-col" id="col2">
<div id="module_3" class="panel panel-default box-login_box module"><div class="panel-heading"><h3 class="panel-title">Đăng nhập</h3></div><div class="panel-body">
<form name="loginbox" action="tiki-login.php" method="post"><label for="login-user_1">Tên đăng nhập:</label><input type="text" name="user" id="login-user_1">
<label for="login-pass_1">Mật khẩu:</label><input type="password" name="pass" id="login-pass_1"><button class="btn btn-primary" type="submit" name="login">Đăng nhập</button>
<a href="tiki-remind_password.php">Quên mật khẩu?</a></form></div></div>
<div id="module_4" class="panel panel-default box-article_topics module"><div class="panel-heading"><h3 class="panel-title">Chủ đề bài viết</h3></div><div class="panel-body"><ul>{topics}</ul></div></div>
</div>
<div class="col-md-6 col-md-push-3" id="col1"><div id="tiki-center" class="wikitext clearfix">
{content}
</div></div>
<div class="col-md-3 side-col" id="col3">
<div id="module_5" class="panel panel-default box-last_articles module"><div class="panel-heading"><h3 class="panel-title">Bài viết mới nhất</h3></div><div class="panel-body"><ol>{latest}</ol></div></div>
<div id="module_6" class="panel panel-default box-top_articles module"><div class="panel-heading"><h3 class="panel-title">Bài đọc nhiều nhất</h3></div><div class="panel-body"><ol>{most}</ol></div></div>
<div id="module_7" class="panel panel-default box-online_users module"><div class="panel-body">Khách trực tuyến: 5</div></div>
</div></div></div>
<footer class="footer" id="footer"><div class="footer_liner">
<div id="module_8" class="module box-rsslist"><a href="tiki-articles_rss.php?ver=2" title="RSS"><span class="icon icon-rss fa fa-rss"></span></a></div>
<div id="module_9" class="module box-poweredby"><div class="power"><span>{FOOT}</span><br>Powered by <a href="{{{{base:offsite}}}}/tiki/" title="Tiki Wiki CMS Groupware">Tiki Wiki CMS Groupware</a> | Theme: FiveAlive</div></div>
</div></footer>
</div>
</body>
</html>
"""

    def titleb(a: RichArticle) -> str:
        who = a.opts["who"] or "bientap"
        return (f'<span class="titleb"><span class="icon icon-user fa fa-user"></span> Đăng bởi {esc(who)} vào '
                f'{long_dt(a.date)} <span class="reads">({a.opts["reads"]} lượt đọc)</span></span>')

    def heading(a: RichArticle) -> str:
        t = a.opts["topic"]
        lead = esc(inline_text(a.lead)) if a.lead else ""
        return (f'<div class="articleheading media"><div class="media-left"><a href="tiki-view_articles.php?topic={t}" '
                f'title="{attr(TOPICS[t])}"><img class="topicimage" alt="{attr(TOPICS[t])}" '
                f'src="article_image.php?image_type=topic&amp;id={t}"></a></div>'
                f'<div class="articleheadingtext media-body">{lead}</div></div>')

    for a in posts:
        aid = a.opts["id"]
        related = ""
        if a.opts["related"]:
            related = ('<div class="related_articles"><h4>Nội dung liên quan:</h4><ul>'
                       + "".join(f'<li><a href="{by_id[r].opts["sef"]}">{esc(by_id[r].title)}</a></li>'
                                 for r in a.opts["related"]) + "</ul></div>")
        coms = "".join(
            f'<li class="comment" id="threadId{aid}{k}"><div class="media"><div class="media-left">'
            f'<img class="avatar" src="img/noavatar.png" alt=""></div><div class="media-body"><h6 class="author_info">'
            f'<span class="author">{esc(n)}</span> <span class="date">{d:%Y-%m-%d %H:%M}</span></h6>'
            f'<div class="comment-body"><p>{esc(t)}</p></div></div></div></li>'
            for k, (n, d, t) in enumerate(a.opts["comments"]))
        comments = ('<div id="comment-container" class="comment-container"><h3>Bình luận</h3>'
                    + (f'<ol class="comment-list">{coms}</ol>' if coms else '<p class="text-muted">Chưa có bình luận nào.</p>')
                    + '<form class="comment-form" method="post" action="tiki-ajax_services.php"><textarea name="data"></textarea>'
                      '<button class="btn btn-primary" type="submit">Gửi bình luận</button></form></div>')
        content = (f'<article class="article">\n<div class="articletrailer"><div class="btn-group pull-right">'
                   f'<a class="btn btn-link" href="tiki-print_article.php?articleId={aid}" title="In"><span class="icon fa fa-print"></span> In</a>'
                   f'<a class="btn btn-link" href="tiki-share.php?url=tiki-read_article.php%3FarticleId%3D{aid}" title="Chia sẻ">'
                   f'<span class="icon fa fa-share"></span> Chia sẻ</a></div></div>\n'
                   f'<header class="articletitle"><h2><a href="{a.opts["sef"]}">{esc(a.title)}</a></h2>\n{titleb(a)}\n</header>\n'
                   f'{heading(a)}\n<div class="articlebody clearfix">\n{body_html(a, by_id)}\n</div>\n{related}\n</article>\n{comments}')
        desc = inline_text(a.lead or a.text_lines()[0])[:160]
        head = (f'<meta name="description" content="{attr(desc)}">\n<meta property="og:title" content="{attr(a.title)}">\n'
                f'<meta property="og:type" content="article">\n<meta property="og:url" content="{{{{base}}}}{a.path}">\n'
                f'<meta property="og:site_name" content="{SHORT}">\n')
        html = layout(a.title, content, canonical=a.path, section="read_article", head=head)
        site.page(a.path, html, content_type=HTML)
        site.page(f"/tiki-read_article.php?articleId={aid}", html)
        site.same_page(f"/article{aid}", a.path)
        a.aliases += [f"/tiki-read_article.php?articleId={aid}", f"/article{aid}"]
        site.page(f"/tiki-print_article.php?articleId={aid}",
                  f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><base href="{{{{base}}}}/">'
                  f'<title>{esc(a.title)}</title></head><body class="print"><div class="articletitle"><h2>{esc(a.title)}</h2>'
                  f'{titleb(a)}</div><div class="articlebody">{body_html(a, by_id)}</div></body></html>')
        site.never_fetched.append(f"/tiki-print_article.php?articleId={aid}")
        site.never_fetched.append(f"/tiki-share.php?url=tiki-read_article.php%3FarticleId%3D{aid}")
        for b in a.blocks:
            if b.kind == "img":
                qfile(f"/tiki-download_file.php?fileId={b.src}&display", image_for(b.src), "image/png")
        for x in a.attachments:
            qfile(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BAC GIANG", "THONG BAO SO 18/TB-LMHTX"]), "application/pdf")
        site.add_article(a)
    for t in TOPICS:
        qfile(f"/article_image.php?image_type=topic&id={t}", image_for(f"topic{t}"), "image/png")

    def listing_block(a: RichArticle) -> str:
        return (f'<article class="article articles"><header class="articletitle"><h2><a href="{a.opts["sef"]}">'
                f'{esc(a.title)}</a></h2>{titleb(a)}</header>{heading(a)}'
                f'<div class="articletrailer"><a href="{a.opts["sef"]}" class="more">Đọc thêm</a> '
                f'({len(a.body.encode()) + 411} bytes)</div></article>')

    def view(path: str, title: str, items: list) -> None:
        chunks = [items[i:i + 5] for i in range(0, len(items), 5)] or [[]]
        for n, chunk in enumerate(chunks):
            p = path if n == 0 else f"{path}{'&' if '?' in path else '?'}offset={n * 5}"
            pager = ""
            if len(chunks) > 1:
                lis = []
                for k in range(len(chunks)):
                    href = path.lstrip("/") if k == 0 else f"{path.lstrip('/')}{'&amp;' if '?' in path else '?'}offset={k * 5}"
                    lis.append(f'<li class="active"><span>{k + 1}</span></li>' if k == n else f'<li><a href="{href}">{k + 1}</a></li>')
                pager = f'<div class="text-center"><ul class="pagination">{"".join(lis)}</ul></div>'
            html = layout(title, f'<div class="page-header"><h1>{esc(title)}</h1></div>'
                          + "".join(listing_block(a) for a in chunk) + pager, canonical=p.replace("&", "&amp;"),
                          section="view_articles")
            site.page(p, html, content_type=HTML)
            site.non_articles.append(p)

    view("/tiki-view_articles.php", "Bài viết", posts)
    for k, v in TOPICS.items():
        view(f"/tiki-view_articles.php?topic={k}", v, [a for a in posts if a.opts["topic"] == k])
    rows = "".join(f'<tr><td class="text"><a class="link" href="{a.opts["sef"]}">{esc(a.title)}</a></td>'
                   f'<td class="text">{TOPICS[a.opts["topic"]]}</td><td class="date">{a.date:%Y-%m-%d}</td>'
                   f'<td class="text">{esc(a.opts["who"] or "bientap")}</td><td class="integer">{a.opts["reads"]}</td></tr>'
                   for a in posts)
    site.page("/tiki-list_articles.php", layout("Bài viết", '<div class="page-header"><h1>Bài viết</h1></div>'
              '<div class="table-responsive"><table class="table normal table-striped table-hover"><tr><th>Tiêu đề</th>'
              f'<th>Chủ đề</th><th>Ngày xuất bản</th><th>Tác giả</th><th>Lượt đọc</th></tr>{rows}</table></div>',
              canonical="/tiki-list_articles.php", section="list_articles"), content_type=HTML)
    site.non_articles.append("/tiki-list_articles.php")

    def wiki(path: str, title: str, body: str) -> None:
        content = (f'<div class="wikitopline clearfix"><div class="titletitle"><h1 class="pagetitle"><a class="link" '
                   f'href="{path.lstrip("/")}">{esc(title)}</a></h1></div></div><div id="page-data" class="clearfix">{body}</div>'
                   f'<div class="editdate">Trang sửa lần cuối vào Thứ Ba 04 Tháng Ba, 2025 10:12 ICT bởi bientap.</div>')
        site.page(path, layout(title, content, canonical=path, section="index"), content_type=HTML)
        site.non_articles.append(path)

    wiki("/tiki-index.php", "Trang chủ", f'<p>Chào mừng bạn đến với trang thông tin của {NAME}.</p>'
         f'<p>Xem tin mới tại mục <a class="wiki" href="tiki-view_articles.php">Tin tức</a>.</p>')
    wiki("/Gioi-thieu", "Giới thiệu", "<p>Liên minh HTX tỉnh Bắc Giang là tổ chức đại diện cho các HTX, liên hiệp HTX và "
         "tổ hợp tác trên địa bàn tỉnh, được thành lập năm 1994.</p><h2 class=\"showhide_heading\" id=\"Chuc-nang\">Chức năng</h2>"
         "<ul><li>Tuyên truyền, vận động phát triển kinh tế tập thể;</li><li>Tư vấn, hỗ trợ HTX.</li></ul>")
    site.page("/tiki-contact.php", layout("Liên hệ", '<div class="page-header"><h1>Liên hệ</h1></div><form method="post" '
              'action="tiki-contact.php"><input name="subject"><textarea name="body"></textarea><button type="submit">Gửi</button>'
              '</form>', canonical="/tiki-contact.php", section="contact"), content_type=HTML)
    site.non_articles.append("/tiki-contact.php")
    for p in ("/tiki-login.php", "/tiki-remind_password.php", "/tiki-share.php"):
        site.page(p, layout("Đăng nhập", "<p>Vui lòng đăng nhập.</p>", canonical=p, section="login"), content_type=HTML)
        site.never_fetched.append(p)

    def rfc_utc(d: datetime) -> str:
        return (d - timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S +0000")

    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}/tiki-read_article.php?articleId={a.opts['id']}</link>"
                    f"<description><![CDATA[{esc(inline_text(a.lead or a.text_lines()[0]))}]]></description>"
                    f"<pubDate>{rfc_utc(a.date)}</pubDate><author>{esc(a.opts['who'] or 'bientap')}</author></item>"
                    for a in posts)
    site.page("/tiki-articles_rss.php?ver=2", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
              f'<title>Bài viết - {NAME}</title><link>{{{{base}}}}/tiki-view_articles.php</link><description>Bài viết mới '
              f'nhất</description><generator>Tiki Wiki CMS Groupware</generator>{items}</channel></rss>',
              content_type="application/rss+xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /tiki-print_article.php\nDisallow: /tiki-print.php\n"
                "Disallow: /tiki-share.php\nDisallow: /tiki-login.php\nDisallow: /tiki-register.php\n"
                "Disallow: /tiki-remind_password.php\nDisallow: /tiki-ajax_services.php\nDisallow: /temp/\nDisallow: /lib/\n")
    site.redirect("/", "/tiki-index.php", 302)
    site.binary("/img/tiki/logo-lmhtxbg.png", image_for("logo-lmhtxbg"))
    site.binary("/img/noavatar.png", image_for("noavatar"))
    site.trap("the articles home tiki-view_articles.php (5 a page; ?offset=5 holds the two oldest), topic lists "
              "?topic=<n>: the h2 link, the same span.titleb and Heading, 'Đọc thêm' and the size in bytes; "
              "tiki-list_articles.php: a table (date %Y-%m-%d, Author name or login, reads): listings",
              "/tiki-view_articles.php?offset=5")
    site.trap("wiki pages tiki-index.php ('/' answers 302 to it) and /Gioi-thieu (h1.pagetitle, 'Trang sửa lần cuối "
              "vào …'), tiki-contact.php: not articles; robots.txt disallows the print view, tiki-share.php and login",
              "/tiki-index.php")
    site.trap("RSS tiki-articles_rss.php?ver=2: links tiki-read_article.php?articleId=N (aliases), pubDate in UTC",
              "/tiki-articles_rss.php?ver=2")
    site.trap("modules left (login box, 'Chủ đề bài viết') and right ('Bài viết mới nhất', 'Bài đọc nhiều nhất' with "
              "read counts linking tiki-read_article.php?articleId=N, 'Khách trực tuyến: 5') on every page", "/tiki-index.php")
    return site
