"""Site `wiki-htxcaobang` (registry family `generic`): "Wiki Hợp tác xã Cao Bằng", the knowledge and news site of the
Cao Bằng cooperative alliance on **Tiki Wiki CMS Groupware 26** (default Bootstrap 5 theme, Vietnamese interface,
SEFURLs on, the Articles feature for the news). Written as a held-out test: no family module, no selectors.

URL shapes: an article `/article<id>-<Title-ASCII>` (Tiki's SEFURL with the title), also answering at
`/tiki-read_article.php?articleId=<id>` (what related-article boxes and the RSS link) and at the bare
`/article<id>`; the print view `tiki-print_article.php?articleId=<id>` (robots-disallowed); the articles home
`tiki-view_articles.php` (`?offset=5` the next page, `?topic=<n>` a topic), the table `tiki-list_articles.php`;
wiki pages `tiki-index.php` (home), `/Gi%E1%BB%9Bi-thi%E1%BB%87u`; the feed `tiki-articles_rss.php`. Every page
has `<base href>` and relative links.

Why it is hard: the article's `<h1>` holds a link to itself; the date is in `span.titleb` with the
"Published By" name and the reads: " Nông Thị Hiền - 2026-01-20 09:00 - (845 lượt đọc)" — the name is the article's
"Author name" field when filled (a person: the author; the office: no author) and else the creator's login
("bientap", never an author). The "Heading" (the lead) is `div.articleheadingtext` beside the topic's name (a link,
not text); the body `div.articlebody` is Tiki's wiki parser output: lines split by `<br />` (paragraph formatting
off), `h2.showhide_heading` headings, `table.wikitable`, `div.imgbox` photos with `div.thumbcaption` captions, files
linked through `tiki-download_file.php?fileId=N`. The trailer above the title carries the print/share/PDF icons; the
related articles box "Nội dung liên quan:" lists titles; comments load by JavaScript. The articles home repeats
each article's title line and heading with "Đọc thêm" and the size in bytes.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "wiki-htxcaobang"
NAME = "Wiki Hợp tác xã Cao Bằng"
HTML = "text/html; charset=utf-8"
TOPICS = {1: "Tin hoạt động", 2: "Văn bản chỉ đạo", 3: "Gương HTX điển hình", 4: "Ảnh hoạt động"}
FOOT = "Liên minh Hợp tác xã tỉnh Cao Bằng – Số 41 phố Kim Đồng, phường Thục Phán, tỉnh Cao Bằng – ĐT: 0206 3852 317"
FURN = [*TOPICS.values(), FOOT, "Powered by", "Tiki Wiki CMS Groupware", "Đăng nhập", "Tên đăng nhập", "Mật khẩu",
        "Quên mật khẩu?", "Đăng ký", "Bài viết mới nhất", "Chủ đề bài viết", "Nội dung liên quan:", "Trực tuyến",
        "Có 3 khách trực tuyến", "lượt đọc", "Chia sẻ", "Bình luận", "Thao tác"]


def slug(title: str) -> str:
    s = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo số 07/TB-LMHTX về việc khảo sát nhu cầu vay vốn của HTX năm 2026",
          body="""
LIÊN MINH HTX TỈNH CAO BẰNG
Số: 07/TB-LMHTX
Cao Bằng, ngày 27 tháng 02 năm 2026
THÔNG BÁO
Về việc khảo sát nhu cầu vay vốn Quỹ hỗ trợ phát triển HTX năm 2026
Đề nghị các HTX có nhu cầu vay vốn gửi phiếu khảo sát về Văn phòng Liên minh HTX tỉnh trước ngày 20/3/2026.
Phiếu khảo sát gửi kèm thông báo này.
CHỦ TỊCH
Nông Văn Chiến
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/tiki-download_file.php?fileId=41", "text": "Tải thông báo số 07/TB-LMHTX (PDF)"}],
          opts={"id": 46, "topic": 2, "who": "Văn phòng Liên minh", "reads": 312, "related": [44]},
          notes=["notice 'Số: 07/TB-LMHTX' dated 27/02 in the text, published '2026-03-02 14:00' (span.titleb); the "
                 "'Author name' field is the office 'Văn phòng Liên minh': no author; the signer is text; the wiki link "
                 "'Tải thông báo số 07/TB-LMHTX (PDF)' to tiki-download_file.php?fileId=41: an attachment"],
          **at(datetime(2026, 3, 2, 14, 0))),
        A(path="", title="Liên minh HTX tỉnh Cao Bằng triển khai nhiệm vụ năm 2026",
          lead="Ngày 19/1, Liên minh HTX tỉnh Cao Bằng tổ chức hội nghị triển khai nhiệm vụ năm 2026 với sự tham dự của hơn 120 đại biểu.",
          body="""
Năm 2025, toàn tỉnh thành lập mới 52 HTX, nâng tổng số HTX đang hoạt động lên 684 HTX.
## Nhiệm vụ trọng tâm
Liên minh HTX tập trung hỗ trợ HTX ở các xã biên giới, phát triển sản phẩm OCOP gắn với du lịch.
Đồng thời phối hợp với các ngân hàng giải ngân vốn vay ưu đãi cho HTX nông nghiệp.
""", author="Nông Thị Hiền",
          opts={"id": 44, "topic": 1, "who": "Nông Thị Hiền", "reads": 845, "related": [46, 41]},
          notes=["the 'Author name' field 'Nông Thị Hiền' shown in span.titleb before the date ('… - 2026-01-20 09:00 - "
                 "(845 lượt đọc)'): the author, not text; the Heading (div.articleheadingtext) is the lead; an "
                 "h2.showhide_heading; the body lines split by <br />"],
          **at(datetime(2026, 1, 20, 9, 0))),
        A(path="", title="Kết quả thực hiện Chương trình OCOP của HTX năm 2025",
          body="""
Năm 2025, các HTX tỉnh Cao Bằng có thêm 19 sản phẩm được công nhận OCOP.
| Hạng sao | Số sản phẩm | Trong đó của HTX |
| 3 sao | 41 | 27 |
| 4 sao | 9 | 6 |
| Tổng số | 50 | 33 |
Các sản phẩm chủ yếu là miến dong, hạt dẻ, chè và lạp sườn hun khói.
""", byline="Theo Báo Cao Bằng", author=None,
          opts={"id": 42, "topic": 1, "who": "", "reads": 530, "related": [44]},
          notes=["a wiki table (table.wikitable, td.wikicell), one line per row; 'Theo Báo Cao Bằng' names a newspaper: "
                 "text, author null; the empty Author name shows the creator's login 'bientap': no author"],
          **at(datetime(2026, 1, 8, 15, 30))),
        A(path="", title="Năm giải pháp nâng cao hiệu quả hoạt động của HTX vùng biên giới",
          body="""
Để HTX vùng biên giới hoạt động hiệu quả, Liên minh HTX tỉnh đề xuất năm giải pháp:
* Tăng cường liên kết giữa HTX với doanh nghiệp xuất khẩu qua cửa khẩu;
* Đào tạo giám đốc, kế toán HTX theo chương trình chuẩn;
* Hỗ trợ HTX xây dựng thương hiệu và truy xuất nguồn gốc sản phẩm;
* Ưu tiên vốn vay cho HTX có phương án sản xuất khả thi;
* Ứng dụng công nghệ số trong quản lý và bán hàng.
""", author="Hoàng Thị Yến",
          opts={"id": 41, "topic": 3, "who": "Hoàng Thị Yến", "reads": 402, "related": []},
          notes=["a five-item list; no byline in the body, the Author name field 'Hoàng Thị Yến' -> author"],
          **at(datetime(2025, 12, 16, 10, 45))),
        A(path="", title="Ảnh: HTX Nông nghiệp Phja Oắc vào mùa thu hoạch miến dong",
          body="""
[img 31] Thành viên HTX thu hoạch củ dong riềng trên nương
[img 32] Tinh bột dong được phơi trên giàn tre trước khi tráng miến
[img 33] Miến dong Phja Oắc đạt OCOP 3 sao được đóng gói tại xưởng HTX
""", byline="Ảnh: Lục Văn Sáng", author="Lục Văn Sáng",
          opts={"id": 38, "topic": 4, "who": "", "reads": 977, "related": [42]},
          notes=["photo story: three div.imgbox (the image via tiki-download_file.php?fileId=N&display) with "
                 "div.thumbcaption captions (the lines); 'Ảnh: Lục Văn Sáng' -> author (the titleb shows the login bientap)"],
          **at(datetime(2025, 11, 12, 7, 30))),
        A(path="", title="HTX Chè Đông Khê mở rộng vùng nguyên liệu đạt chuẩn hữu cơ",
          body="""
HTX Chè Đông Khê vừa chuyển thêm 15 ha chè sang canh tác hữu cơ, nâng diện tích đạt chuẩn lên 42 ha.
Sản phẩm chè xanh của HTX được bán tại các cửa hàng đặc sản ở Hà Nội với giá 450.000 đồng/kg.
""", byline="Bế Văn Tùng - Trung tâm Khuyến nông", author="Bế Văn Tùng",
          opts={"id": 36, "topic": 3, "who": "", "reads": 288, "related": [41]},
          notes=["byline 'Bế Văn Tùng - Trung tâm Khuyến nông' -> author Bế Văn Tùng; the bare /article36 also answers: an "
                 "alias (linked from the home wiki page)"],
          **at(datetime(2025, 10, 27, 16, 0))),
        A(path="", title="HTX Dịch vụ nông nghiệp Trùng Khánh xuất khẩu hạt dẻ sang Trung Quốc",
          body="""
HTX Dịch vụ nông nghiệp Trùng Khánh vừa xuất lô hạt dẻ đầu tiên gồm 12 tấn qua cửa khẩu Trà Lĩnh.
Hạt dẻ được thu mua từ 64 hộ thành viên, sơ chế và phân loại tại xưởng của HTX.
""", byline="Bài và ảnh: Hà Văn Long", author="Hà Văn Long",
          opts={"id": 33, "topic": 1, "who": "", "reads": 619, "related": []},
          notes=["published 06:20 on 05/10/2025: the RSS pubDate 'Sat, 04 Oct 2025 23:20:00 +0000' is the previous day; "
                 "only on tiki-view_articles.php?offset=5"],
          **at(datetime(2025, 10, 5, 6, 20))),
        A(path="", title="Hội nghị tập huấn nghiệp vụ cho kế toán HTX",
          lead="Trong hai ngày 18 và 19/9, Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ cho 60 kế toán HTX.",
          body="""
Học viên được hướng dẫn chế độ kế toán HTX mới, cách lập báo cáo tài chính và quyết toán thuế.
Cuối khóa, các học viên được cấp giấy chứng nhận hoàn thành lớp học.
""", author=None,
          opts={"id": 30, "topic": 1, "who": "", "reads": 204, "related": []},
          notes=["oldest article, only on the second page; no byline, Author name empty (titleb: the login 'bientap'): "
                 "author null"],
          **at(datetime(2025, 9, 19, 17, 15))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(inline_html(b.text) + "<br />\n")
        elif b.kind == "h":
            hid = re.sub(r"[^A-Za-z0-9]+", "_", slug(b.text))
            out.append(f'<h2 class="showhide_heading" id="{hid}">{esc(b.text)}<a href="#{hid}" class="heading-link" '
                       f'aria-label="Liên kết tới tiêu đề"><span class="icon icon-link fas fa-link"></span></a></h2>\n')
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}\n</li>" for i in b.items) + "</ul>\n")
        elif b.kind == "img":
            fid = b.src
            out.append(f'<div class="imgbox" style="display:inline-block; max-width: 100%; width:602px">'
                       f'<a href="tiki-download_file.php?fileId={fid}&amp;display" class="internal" data-box="box" title="{attr(b.text)}">'
                       f'<img src="tiki-download_file.php?fileId={fid}&amp;display" alt="{attr(b.text)}" width="600" '
                       f'class="regImage pluginImg{fid} img-fluid" /></a><div class="mini" style="width:600px;">'
                       f'<div class="thumbcaption">{esc(b.text)}</div></div></div><br />\n')
        elif b.kind == "table":
            out.append('<div class="table-responsive"><table class="wikitable table table-striped table-hover">'
                       + "".join("<tr>" + "\n".join(f'<td class="wikicell">{"<strong>" + esc(c) + "</strong>" if k == 0 else esc(c)}</td>' for c in r) + "</tr>"
                                 for k, r in enumerate(b.rows)) + "</table></div>\n")
    if a.byline:
        out.append(f'<div style="text-align: right;"><strong>{esc(a.byline)}</strong></div>\n')
    for x in a.attachments:
        out.append(f'<br />\n<a class="wiki" href="{x["path"].lstrip("/")}" rel="">{esc(x["text"])}</a><br />\n')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "cao-bang", NAME + " (Tiki)", "generic", None, start_urls=["{{base:%s}}/tiki-index.php" % SITE])
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

    menu = [("Trang chủ", "tiki-index.php"), ("Giới thiệu", "Gi%E1%BB%9Bi-thi%E1%BB%87u"), ("Tin tức", "tiki-view_articles.php"),
            ("Danh sách bài viết", "tiki-list_articles.php"), ("Liên hệ", "tiki-contact.php")]
    nav = "".join(f'<li class="nav-item"><a class="nav-link" href="{u}">{esc(t)}</a></li>' for t, u in menu)
    latest = "".join(f'<li><a class="linkmodule" href="{a.opts["sef"]}">{esc(a.title)}</a></li>' for a in posts[:5])
    topics = "".join(f'<li><a class="linkmodule" href="tiki-view_articles.php?topic={k}">{esc(v)}</a></li>' for k, v in TOPICS.items())

    def layout(title: str, content: str, *, canonical: str, head: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" class=" tiki  tiki-read_article  layout_basic">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="generator" content="Tiki Wiki CMS Groupware - https://tiki.org">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<base href="{{{{base}}}}/">
<link rel="canonical" href="{{{{base}}}}{canonical}">
{head}<title>{esc(title)} | {NAME}</title>
<link rel="alternate" type="application/rss+xml" title="RSS Bài viết" href="tiki-articles_rss.php?ver=2">
<link rel="stylesheet" href="{{{{base}}}}/themes/default/css/default.css" type="text/css">
<script src="{{{{base}}}}/temp/public/min_main_4b1f2d.js"></script>
</head>
<body class="tiki tiki-read_article layout_basic fixed_width" data-bs-theme="light">
<div id="ajaxLoading">Đang tải...</div>
<div class="container container-std">
<div class="page-header" id="page-header">
<div class="content clearfix modules row top_modules" id="top_modules">
<div id="module_1" class="module box-logo"><div id="mod-logotop1"><div class="sitelogo"><a href="./" title="{NAME}"><img src="{{{{base}}}}/img/tiki/logo-htxcb.png" alt="Logo" class="sitelogo-img img-fluid"></a></div>
<div class="sitetitles"><div class="sitetitle"><a href="./">{NAME}</a></div><div class="sitesubtitle">Liên minh Hợp tác xã tỉnh Cao Bằng</div></div></div></div>
<div id="module_2" class="module box-login_box"><div id="mod-login_boxtop1"><form name="loginbox" class="form" action="tiki-login.php" method="post">
<label for="login-user_1">Tên đăng nhập</label><input type="text" name="user" id="login-user_1"><label for="login-pass_1">Mật khẩu</label>
<input type="password" name="pass" id="login-pass_1"><button class="btn btn-primary" type="submit" name="login">Đăng nhập</button>
<a href="tiki-remind_password.php" class="small">Quên mật khẩu?</a> <a href="tiki-register.php" class="small">Đăng ký</a></form></div></div>
</div></div>
<div class="topbar row" id="topbar"><nav class="navbar navbar-expand-lg" role="navigation"><ul class="navbar-nav me-auto">{nav}</ul></nav></div>
<div class="row row-middle" id="row-middle">
<div class="col col1 col-lg-9" id="col1">
<div id="tikifeedback"></div>
<div id="role_main">
{content}
</div>
</div>
<div class="col col2 col-lg-3" id="col2">
<div id="module_5" class="card mb-3 module box-last_articles"><div class="card-header"><h3 class="card-title">Bài viết mới nhất</h3></div><div class="card-body"><ol>{latest}</ol></div></div>
<div id="module_6" class="card mb-3 module box-article_topics"><div class="card-header"><h3 class="card-title">Chủ đề bài viết</h3></div><div class="card-body"><ul>{topics}</ul></div></div>
<div id="module_7" class="card mb-3 module box-online_users"><div class="card-header"><h3 class="card-title">Trực tuyến</h3></div><div class="card-body">Có 3 khách trực tuyến</div></div>
</div>
</div>
<footer class="row footer main-footer" id="footer"><div class="footer_liner"><div class="footerbgtrap">
<div id="module_8" class="module box-rsslist"><a href="tiki-articles_rss.php?ver=2" title="RSS"><span class="icon icon-rss fas fa-rss"></span></a></div>
<div id="module_9" class="module box-poweredby"><div class="power"><span>{FOOT}</span><br>Powered by <a href="{{{{base:offsite}}}}/tiki/" title="Tiki Wiki CMS Groupware">Tiki Wiki CMS Groupware</a> | Theme: Default</div></div>
</div></div></footer>
</div>
</body>
</html>
"""

    def titleb(a: RichArticle) -> str:
        who = a.opts["who"] or "bientap"
        return (f'<span class="titleb"> <span class="icon icon-user fas fa-user tips" title=":Đăng bởi"></span> {esc(who)}'
                f' - {a.date:%Y-%m-%d %H:%M} - ({a.opts["reads"]} lượt đọc)</span>')

    def heading(a: RichArticle, full: bool) -> str:
        t = a.opts["topic"]
        lead = esc(a.lead) if a.lead else ""
        return (f'<div class="articleheadingd-md-flex clearfix"><div class="flex-shrink-0 me-2 ms-2">'
                f'<a href="tiki-view_articles.php?topic={t}" class="" title="Liệt kê các bài viết cùng chủ đề ({TOPICS[t]})">'
                f'{TOPICS[t]}</a></div><div class="articleheadingtext flex-grow-1">{lead}</div></div>')

    for a in posts:
        aid = a.opts["id"]
        trailer = (f'<div class="articletrailer"><span>{len(a.body.encode()) + 317} bytes</span><div class="actions" role="group">'
                   f'<div class="btn-group"><a class="btn btn-link dropdown-toggle" data-bs-toggle="dropdown" href="#" title="Thao tác">'
                   f'<span class="icon icon-wrench fas fa-wrench"></span> Thao tác</a><div class="dropdown-menu dropdown-menu-end">'
                   f'<a class="dropdown-item" href="tiki-print_article.php?articleId={aid}">In</a>'
                   f'<a class="dropdown-item" href="tiki-share.php?url=tiki-read_article.php%3FarticleId%3D{aid}">Chia sẻ</a>'
                   f'</div></div></div></div>')
        related = ""
        if a.opts["related"]:
            related = ('<div class="related_articles mt-5"><h4 class="m-0">Nội dung liên quan:</h4><ul>'
                       + "".join(f'<li><a href="tiki-read_article.php?articleId={r}">{esc(by_id[r].title)}</a></li>' for r in a.opts["related"])
                       + "</ul></div>")
        content = (f'<article class="article mt-1 mb-5">\n{trailer}\n<header class="articletitle mt-0 mx-0 mb-1">\n<h1>'
                   f'<a href="{a.opts["sef"]}" class="" data-type="article" data-object="{aid}">{esc(a.title)}</a></h1>\n'
                   f'{titleb(a)}\n</header>\n{heading(a, True)}\n<div class="articlebody py-3 clearfix">\n{body_html(a)}</div>\n'
                   f'{related}\n</article>\n<div id="comment-container" data-target="tiki-ajax_services.php?controller=comment&amp;action=list&amp;type=article&amp;objectId={aid}"></div>\n'
                   f'<a class="btn btn-primary" href="#comment-container">Bình luận</a>')
        desc = (a.lead or a.text_lines()[0])[:160]
        head = (f'<meta name="description" content="{attr(desc)}">\n<meta property="og:title" content="{attr(a.title)}">\n'
                f'<meta property="og:type" content="article">\n<meta property="og:url" content="{{{{base}}}}{a.path}">\n'
                f'<meta property="og:site_name" content="{NAME}">\n')
        html = layout(a.title, content, canonical=a.path, head=head)
        site.page(a.path, html, content_type=HTML)
        site.page(f"/tiki-read_article.php?articleId={aid}", html)
        a.aliases.append(f"/tiki-read_article.php?articleId={aid}")
        site.page(f"/tiki-print_article.php?articleId={aid}", f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><base href="{{{{base}}}}/">'
                  f'<title>{esc(a.title)}</title></head><body class="print"><h1>{esc(a.title)}</h1>{body_html(a)}</body></html>')
        site.never_fetched.append(f"/tiki-print_article.php?articleId={aid}")
        for b in a.blocks:
            if b.kind == "img":
                qfile(f"/tiki-download_file.php?fileId={b.src}&display", image_for(b.src), "image/png")
        for x in a.attachments:
            qfile(x["path"], pdf(a.title, ["THONG BAO SO 07/TB-LMHTX", "Khao sat nhu cau vay von 2026"]), "application/pdf")
        site.add_article(a)
    bare = by_id[36]
    site.same_page(f"/article36", bare.path)
    bare.aliases.append("/article36")

    def listing_block(a: RichArticle) -> str:
        return (f'<article class="article articles mb-4"><header class="articletitle"><h2><a href="{a.opts["sef"]}" data-type="article" '
                f'data-object="{a.opts["id"]}">{esc(a.title)}</a></h2>{titleb(a)}</header>{heading(a, False)}'
                f'<div class="articletrailer"><a href="{a.opts["sef"]}" class="more">Đọc thêm</a> ({len(a.body.encode()) + 317} bytes)</div></article>')

    def pager(base: str, n: int, total: int) -> str:
        items = []
        for k in range(total):
            href = base if k == 0 else f"{base}{'&amp;' if '?' in base else '?'}offset={k * 5}"
            items.append(f'<li class="page-item active"><span class="page-link">{k + 1}</span></li>' if k == n
                         else f'<li class="page-item"><a class="page-link" href="{href}">{k + 1}</a></li>')
        return f'<nav class="text-center" aria-label="Phân trang"><ul class="pagination">{"".join(items)}</ul></nav>'

    def view(path: str, base: str, title: str, items: list) -> None:
        chunks = [items[i:i + 5] for i in range(0, len(items), 5)] or [[]]
        for n, chunk in enumerate(chunks):
            p = path if n == 0 else f"{path}{'&' if '?' in path else '?'}offset={n * 5}"
            html = layout(title, f'<h1 class="page-title">{esc(title)}</h1>' + "".join(listing_block(a) for a in chunk)
                          + (pager(base, n, len(chunks)) if len(chunks) > 1 else ""), canonical=p.replace("&", "&amp;"))
            site.page(p, html, content_type=HTML)
            site.non_articles.append(p)

    view("/tiki-view_articles.php", "tiki-view_articles.php", "Bài viết", posts)
    for k, v in TOPICS.items():
        view(f"/tiki-view_articles.php?topic={k}", f"tiki-view_articles.php?topic={k}", v, [a for a in posts if a.opts["topic"] == k])
    rows = "".join(f'<tr><td class="text"><a class="link" href="{a.opts["sef"]}">{esc(a.title)}</a></td><td class="text">{TOPICS[a.opts["topic"]]}</td>'
                   f'<td class="date">{a.date:%Y-%m-%d}</td><td class="text">{esc(a.opts["who"] or "bientap")}</td><td class="integer">{a.opts["reads"]}</td></tr>'
                   for a in posts)
    site.page("/tiki-list_articles.php", layout("Danh sách bài viết", '<h1 class="page-title">Danh sách bài viết</h1><div class="table-responsive">'
              '<table class="table table-striped table-hover"><tr><th>Tiêu đề</th><th>Chủ đề</th><th>Ngày xuất bản</th><th>Tác giả</th><th>Lượt đọc</th></tr>'
              f'{rows}</table></div>', canonical="/tiki-list_articles.php"), content_type=HTML)
    site.non_articles.append("/tiki-list_articles.php")
    site.trap("the articles home tiki-view_articles.php and ?offset=5 (5 a page), topic lists ?topic=<n>: each article's h2 "
              "link, the same span.titleb (name - date - reads), the topic and the Heading, 'Đọc thêm' and the size in "
              "bytes; tiki-list_articles.php: a table (date, author name or login, reads): listings", "/tiki-view_articles.php?offset=5")

    def wiki(path: str, title: str, body: str) -> None:
        content = (f'<div class="wikitopline clearfix"><div class="titletitle"><h1 class="pagetitle"><a class="link tips" '
                   f'href="{path.lstrip("/")}">{esc(title)}</a></h1></div></div><article id="top" class="wikitext clearfix">{body}</article>'
                   f'<div class="editdate">Sửa lần cuối: 2025-08-04 10:12 bởi bientap</div>')
        site.page(path, layout(title, content, canonical=path), content_type=HTML)
        site.non_articles.append(path)

    wiki("/tiki-index.php", "Trang chủ wiki", f'Chào mừng bạn đến với {NAME}, nơi chia sẻ kiến thức và tin tức về kinh tế tập thể tỉnh Cao Bằng.<br />\n'
         f'Tin tức mới nhất ở mục <a class="wiki" href="tiki-view_articles.php">Tin tức</a>.<br />\n'
         f'Bài được đọc nhiều: <a class="wiki" href="article36">{esc(bare.title)}</a><br />\n')
    wiki("/Gi%E1%BB%9Bi-thi%E1%BB%87u", "Giới thiệu", "Liên minh HTX tỉnh Cao Bằng được thành lập năm 1997, là tổ chức đại diện "
         "cho các HTX, liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.<br />\n")
    site.page("/tiki-contact.php", layout("Liên hệ", '<h1 class="page-title">Liên hệ</h1><form method="post" action="tiki-contact.php">'
              '<textarea name="body"></textarea><button type="submit">Gửi</button></form>', canonical="/tiki-contact.php"), content_type=HTML)
    site.non_articles.append("/tiki-contact.php")
    for p in ("/tiki-login.php", "/tiki-register.php", "/tiki-remind_password.php", "/tiki-share.php"):
        site.page(p, layout("Đăng nhập", "<p>Vui lòng đăng nhập.</p>", canonical=p), content_type=HTML)
        site.never_fetched.append(p)
    for a in posts:
        p = f"/tiki-share.php?url=tiki-read_article.php%3FarticleId%3D{a.opts['id']}"
        site.never_fetched.append(p)
    site.trap("wiki pages tiki-index.php (home: links the bare /article36, an alias) and /Gi%E1%BB%9Bi-thi%E1%BB%87u "
              "(h1.pagetitle, 'Sửa lần cuối'), tiki-contact.php: not articles; robots.txt (Tiki's) disallows the print "
              "view tiki-print_article.php, tiki-share.php, login and registration: never fetched", "/tiki-index.php")

    def rfc_utc(d: datetime) -> str:
        return (d - timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S +0000")

    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}/tiki-read_article.php?articleId={a.opts['id']}</link>"
                    f"<description><![CDATA[{esc(a.lead or a.text_lines()[0])}]]></description><pubDate>{rfc_utc(a.date)}</pubDate>"
                    f"<author>{esc(a.opts['who'] or 'bientap')}</author></item>" for a in posts)
    site.page("/tiki-articles_rss.php?ver=2", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Bài viết - {NAME}</title>'
              f'<link>{{{{base}}}}/tiki-view_articles.php</link><description>Bài viết mới nhất</description><generator>Tiki Wiki CMS Groupware</generator>'
              f'{items}</channel></rss>', content_type="application/rss+xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /tiki-print_article.php\nDisallow: /tiki-print.php\nDisallow: /tiki-share.php\n"
                "Disallow: /tiki-login.php\nDisallow: /tiki-register.php\nDisallow: /tiki-remind_password.php\nDisallow: /tiki-ajax_services.php\n"
                "Disallow: /temp/\nDisallow: /lib/\n")
    site.trap("RSS tiki-articles_rss.php?ver=2 (head alternate): links tiki-read_article.php?articleId=N, pubDate in UTC "
              "(+0000), the Heading or first line as description", "/tiki-articles_rss.php?ver=2")
    site.redirect("/", "/tiki-index.php", 302)
    site.binary("/img/tiki/logo-htxcb.png", image_for("logo-htxcb"))
    return site
