"""Site `trangtt-htxquangninh` (registry family `generic`): "Trang thông tin Liên minh HTX tỉnh Quảng Ninh", published
by **OpenText Web Site Management 11 (RedDot CMS)** (Management Server 11.2 with a Delivery Server-less setup: the
project's pages are published as static `.htm` files to IIS, with relative links, the "Print" project variant
published to `/print/`; the copy is of 14 June 2024). Written as a held-out test: no family module, no selectors.

URL shapes: a news page `/tin-tuc/tin-2024/tin_<page id>.htm` (the content class's file-name pattern in a folder per
year; the oldest in `/tin-tuc/tin-2023/`); its print variant `/print/tin_<page id>.htm` ("In trang": an alias);
lists `/tin-tuc/index.htm` (= `/tin-tuc/`, IIS's default document: an alias of the list) and `index_2.htm` (5 a
page), `/thong-bao/index.htm`; the home `/index.htm` (= `/`); `/gioi-thieu/index.htm`, `/lien-he/index.htm`, the HTML
site map `/sitemap.htm` (navigation pages only: news pages are hidden from navigation), the static search page
`/tim-kiem/index.htm` (the header's form; results are built in the browser from `/tim-kiem/chi-muc.js`). Every link
is relative (`../../tin-tuc/tin-2024/tin_10482.htm`). The notice was first published as `/thong-bao/tb_10471.htm`
before the content class got its folder per year; the file was never withdrawn and the home's "Thông báo" box (a page
not republished since) still links it: the same page, an alias. No feed, no XML site map, no comments, no login on the
live server (the SmartEdit login is on the CMS server, not here).

Why it is hard: the content class puts the title in `h1.headline` under a breadcrumb `div#breadcrumb` (which ends with
the title), then `div.date` "Cập nhật: 14.03.2024" (the editor's standard date field, day only), the lead
`div.teaser`, the text as a container of elements: `div.textblock` (the RedDot text editor: `<p>`, `<h3>`, `<ol>`,
`<ul>`, `table.tabelle`), `div.imagebox` (an image and `p.caption`), `div.gallery` (a photo story: `div.gallery-item`
with `span.caption`), then `div.downloads` ("Tài liệu đính kèm", a link and its size after it: not text), the tool line
and `div.related` "Tin liên quan" (the editor's manual list). The head carries Dublin Core: `DC.date.created` is the
template's `ToUniversalTime()`: "2024-03-13T23:30:00Z" for the item of 06:30 on 14 March (Vietnam); `<meta
name="author">` is the alliance (never an author). The banner's date is written by a script (no date in the HTML).
The oldest item is only on `/tin-tuc/index_2.htm`.
"""

from __future__ import annotations

import posixpath
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "trangtt-htxquangninh"
NAME = "Liên minh HTX tỉnh Quảng Ninh"
ORG = "Liên minh Hợp tác xã tỉnh Quảng Ninh"
PER = 5
COPY = "Bản quyền © 2024 Liên minh Hợp tác xã tỉnh Quảng Ninh"
ADDRESS = "Địa chỉ: Tầng 5, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long, tỉnh Quảng Ninh"
PHONE = "Điện thoại: 0203.3835.614 - Fax: 0203.3835.615 - Email: lienminhhtx@quangninh.gov.vn"
RESP = "Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh Quảng Ninh"
FURN = [COPY, ADDRESS, PHONE, RESP, "Bạn đang ở:", "In trang", "Lên đầu trang", "Tin liên quan", "Tài liệu đính kèm",
        "Liên kết", "Sơ đồ trang"]
NAV = [("Trang chủ", "/index.htm"), ("Giới thiệu", "/gioi-thieu/index.htm"), ("Tin tức", "/tin-tuc/index.htm"),
       ("Thông báo", "/thong-bao/index.htm"), ("Liên hệ", "/lien-he/index.htm")]
UTC = timedelta(hours=7)


def rel(frm: str, to: str) -> str:
    anchor = ""
    if "#" in to:
        to, anchor = to.split("#", 1)
        anchor = "#" + anchor
    return posixpath.relpath(to, posixpath.dirname(frm)) + anchor


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])

    return [
        A(path="", title="Thông báo về việc đăng ký tham gia Hội chợ OCOP Quảng Ninh - Hè 2024",
          body="""
LIÊN MINH HTX TỈNH QUẢNG NINH
Số: 15/TB-LMHTX
Quảng Ninh, ngày 31 tháng 5 năm 2024
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ OCOP Quảng Ninh - Hè 2024
Hội chợ OCOP Quảng Ninh - Hè 2024 diễn ra từ ngày 28/6 đến ngày 02/7/2024 tại Cung Quy hoạch, Hội chợ và Triển lãm tỉnh, TP Hạ Long.
Liên minh HTX tỉnh hỗ trợ 40 gian hàng cho các HTX có sản phẩm OCOP còn hiệu lực.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 15/6/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Vũ Văn Khiêm
""", author=None, doc_number="15/TB-LMHTX",
          attachments=[{"path": "/media/tai-lieu/2024/tb-15-lmhtx-2024.pdf", "text": "Thông báo số 15/TB-LMHTX"}],
          opts={"list": "thong-bao", "id": 10471},
          notes=["notice 'Số: 15/TB-LMHTX' dated 31/5 in its text, published 03/06/2024 10:20 (DC.date.created "
                 "'2024-06-03T03:20:00Z', 'Cập nhật: 03.06.2024'); the download box 'Tài liệu đính kèm' (link text "
                 "'Thông báo số 15/TB-LMHTX', its size '(PDF, 182 KB)' after it) is an attachment, not text; the signer "
                 "is text, no author; the stale first publication /thong-bao/tb_10471.htm (linked by the home's "
                 "'Thông báo' box) is the same page: an alias"],
          **at(datetime(2024, 6, 3, 10, 20))),
        A(path="", title="Ảnh: Mùa thu hoạch ngán ở HTX Thủy sản Đồng Rui",
          lead="Tháng 5 là thời điểm các thành viên HTX Thủy sản Đồng Rui (huyện Tiên Yên) thu hoạch ngán thương phẩm.",
          body="""
[img dong-rui-1.jpg] Thành viên HTX khai thác ngán trên bãi triều Đồng Rui
[img dong-rui-2.jpg] Ngán được phân loại ngay tại bãi trước khi đưa về HTX
[img dong-rui-3.jpg] Sản phẩm ngán Đồng Rui đạt chứng nhận OCOP 4 sao
Mỗi năm HTX cung ứng khoảng 200 tấn ngán cho các nhà hàng ở Hạ Long, Móng Cái và Hà Nội.
""", byline="Bài và ảnh: Phạm Văn Thắng", author="Phạm Văn Thắng",
          opts={"list": "tin-tuc", "id": 10468, "gallery": True},
          notes=["photo story: a RedDot gallery (div.gallery-item > img + span.caption, one line each) between the teaser "
                 "and a text block; 'Bài và ảnh: Phạm Văn Thắng' closes the text -> author"],
          **at(datetime(2024, 5, 22, 15, 40))),
        A(path="", title="Kết quả thực hiện Chương trình OCOP của khu vực HTX 5 tháng đầu năm 2024",
          body="""
Trong 5 tháng đầu năm 2024, các HTX trên địa bàn tỉnh có thêm 21 sản phẩm được công nhận OCOP.
| Địa phương | Sản phẩm OCOP của HTX | Trong đó 4 sao trở lên | Doanh thu (tỷ đồng) |
| TP Hạ Long | 18 | 7 | 42,6 |
| Huyện Tiên Yên | 12 | 5 | 27,3 |
| Huyện Bình Liêu | 9 | 3 | 18,9 |
| Huyện Vân Đồn | 11 | 4 | 31,2 |
Các HTX tiếp tục hoàn thiện hồ sơ để đề nghị đánh giá lại các sản phẩm sắp hết hạn chứng nhận.
""", author=None,
          opts={"list": "tin-tuc", "id": 10465},
          notes=["a data table (table.tabelle, th header row): one line per row; no byline, <meta name='author'> names "
                 "the alliance (the site): author null"],
          **at(datetime(2024, 5, 10, 9, 0))),
        A(path="", title="Hướng dẫn HTX đăng ký sản phẩm tham gia đánh giá OCOP năm 2024",
          body="""
Năm 2024, tỉnh Quảng Ninh tiếp tục đánh giá, phân hạng sản phẩm OCOP theo bộ tiêu chí mới của Trung ương.
## Hồ sơ đăng ký gồm
+ Phiếu đăng ký sản phẩm theo mẫu;
+ Phương án sản xuất kinh doanh của HTX;
+ Bản sao giấy chứng nhận đăng ký HTX;
+ Kết quả kiểm nghiệm chất lượng sản phẩm còn hiệu lực.
HTX nộp hồ sơ tại Phòng Kinh tế hoặc Phòng Nông nghiệp và Phát triển nông thôn cấp huyện.
""", byline="Hoàng Minh Tuấn - Phòng Tư vấn, hỗ trợ", author="Hoàng Minh Tuấn",
          opts={"list": "tin-tuc", "id": 10459},
          notes=["an <h3> and a numbered list (<ol>) in a text block: one line each; 'Hoàng Minh Tuấn - Phòng Tư vấn, hỗ "
                 "trợ' closes the text -> Hoàng Minh Tuấn"],
          **at(datetime(2024, 4, 25, 14, 15))),
        A(path="", title="HTX Miến dong Bình Liêu mở rộng vùng nguyên liệu",
          body="""
HTX Miến dong Bình Liêu đã liên kết với 320 hộ dân mở rộng vùng trồng dong riềng lên 150 ha.
HTX đầu tư dây chuyền sản xuất miến khép kín, công suất 500 tấn miến mỗi năm.
Sản phẩm miến dong Bình Liêu của HTX đã có mặt tại nhiều hệ thống siêu thị trong cả nước.
""", byline="Theo Báo Quảng Ninh", author=None,
          opts={"list": "tin-tuc", "id": 10452},
          notes=["'Theo Báo Quảng Ninh' closes the text: a reprint, no author"],
          **at(datetime(2024, 4, 11, 16, 0))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Chè Đường Hoa",
          body="""
Chiều 13/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Chè Đường Hoa (huyện Hải Hà).
HTX hiện có 48 thành viên, canh tác 60 ha chè, sản phẩm chè Đường Hoa đạt OCOP 4 sao.
Đoàn ghi nhận kiến nghị của HTX về hỗ trợ đầu tư máy sao chè và thiết kế bao bì mới.
""", byline="Văn phòng Liên minh HTX tỉnh", author=None,
          opts={"list": "tin-tuc", "id": 10446},
          notes=["published at 06:30 on 14 March ('Cập nhật: 14.03.2024') about the afternoon before: the template's "
                 "DC.date.created is UTC, '2024-03-13T23:30:00Z' (the previous day); published = 2024-03-14 06:30 "
                 "+07:00; the closing 'Văn phòng Liên minh HTX tỉnh' is the office: author null"],
          **at(datetime(2024, 3, 14, 6, 30))),
        A(path="", title="HTX Dược liệu Ba Chẽ phát triển cây ba kích tím",
          body="""
HTX Dược liệu Ba Chẽ hiện trồng 85 ha ba kích tím dưới tán rừng, liên kết với 110 hộ đồng bào dân tộc Dao.
[img ba-kich.jpg] Thành viên HTX chăm sóc vườn ba kích tím
HTX đã xây dựng xưởng sơ chế và đăng ký nhãn hiệu tập thể cho sản phẩm ba kích Ba Chẽ.
""", byline="Lê Thị Ngọc Ánh", author="Lê Thị Ngọc Ánh",
          opts={"list": "tin-tuc", "id": 10437},
          notes=["a div.imagebox (img + p.caption) between two text blocks; the bare name 'Lê Thị Ngọc Ánh' closes the "
                 "text: the author; on index_2.htm and in the 'Tin liên quan' of newer items"],
          **at(datetime(2024, 2, 27, 10, 45))),
        A(path="", title="Liên minh HTX tỉnh Quảng Ninh tổng kết công tác năm 2023",
          body="""
Ngày 27/12, Liên minh HTX tỉnh Quảng Ninh tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
[img tong-ket-2023.jpg] Quang cảnh hội nghị tổng kết
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 46 HTX, tổ chức 14 lớp tập huấn cho 780 lượt cán bộ HTX.
""", byline="Tin, ảnh: Nguyễn Đức Long", author="Nguyễn Đức Long",
          opts={"list": "tin-tuc", "id": 10398},
          notes=["the oldest item (/tin-tuc/tin-2023/…): only on /tin-tuc/index_2.htm (not on the home, the site map nor "
                 "any 'Tin liên quan'); 'Tin, ảnh: Nguyễn Đức Long' -> author"],
          **at(datetime(2023, 12, 28, 15, 30))),
    ]


def body_html(a: RichArticle, page: str) -> str:
    out, text = [], []

    def flush() -> None:
        if text:
            out.append('<div class="textblock">\n' + "\n".join(text) + "\n</div>")
            text.clear()

    gallery = []
    for b in a.blocks:
        if b.kind == "img":
            src = rel(page, f"/media/tin-tuc/{a.date.year}/{b.src}")
            if a.opts.get("gallery"):
                gallery.append(f'<div class="gallery-item"><img src="{src}" alt="{attr(b.text)}" width="640" height="427" />'
                               f'<span class="caption">{esc(b.text)}</span></div>')
                continue
            flush()
            cap = f'<p class="caption">{esc(b.text)}</p>' if b.text else ""
            out.append(f'<div class="imagebox"><img src="{src}" alt="" width="640" height="427" />{cap}</div>')
            continue
        if gallery:
            out.append('<div class="gallery">\n' + "\n".join(gallery) + "\n</div>")
            gallery.clear()
        if b.kind == "p":
            text.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            text.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            text.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            text.append('<table class="tabelle" cellspacing="0" cellpadding="0"><tr>'
                        + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>\n"
                        + "\n".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
    if gallery:
        out.append('<div class="gallery">\n' + "\n".join(gallery) + "\n</div>")
    if a.byline:
        text.append(f'<p class="right"><strong>{esc(a.byline)}</strong></p>')
    flush()
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-ninh", f"Trang thông tin {NAME} (OpenText WSM / RedDot 11)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/tin-tuc/tin-{a.date.year}/tin_{a.opts['id']}.htm"
    oldest = arts[-1]
    notice = next(a for a in arts if a.doc_number)
    news = [a for a in arts if a.opts["list"] == "tin-tuc"]
    related_pool = [a for a in news if a is not oldest]

    def layout(page: str, title: str, crumbs: list[tuple[str, str]], main: str, head: str = "", side: bool = True) -> str:
        r = lambda p: rel(page, p)  # noqa: E731
        act = ' class="active"'
        nav = "".join(f'<li{act if p == page else ""}><a href="{r(p)}">{esc(n)}</a></li>' for n, p in NAV)
        crumb = " &gt; ".join([f'<a href="{r(p)}">{esc(n)}</a>' for n, p in crumbs[:-1]]
                              + [f"<span>{esc(crumbs[-1][0])}</span>"])
        links = "".join(f'<li><a href="{{{{base:offsite}}}}{u}" target="_blank">{esc(n)}</a></li>' for n, u in [
            ("Liên minh HTX Việt Nam", "/lmhtx-vn/"), ("Cổng TTĐT tỉnh Quảng Ninh", "/quangninh/"),
            ("Chương trình OCOP Quảng Ninh", "/ocop-quangninh/")])
        sidebar = (f'<div id="sidebar"><div class="box"><h2>Thông báo</h2><ul><li><a href="{r(notice.path)}">'
                   f'{esc(notice.title)}</a></li></ul></div><div class="box"><h2>Liên kết</h2><ul>{links}</ul></div></div>'
                   if side else "")
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - {NAME}</title>
<meta name="author" content="{ORG}" />
<meta name="DC.Publisher" content="{ORG}" />
<meta name="DC.Language" content="vi" />{head}
<link rel="stylesheet" type="text/css" href="{r('/css/main.css')}" />
<link rel="stylesheet" type="text/css" href="{r('/css/print.css')}" media="print" />
<script type="text/javascript" src="{r('/js/jquery-1.7.2.min.js')}"></script>
<script type="text/javascript" src="{r('/js/main.js')}"></script>
</head>
<body>
<a name="top"></a>
<div id="wrapper">
<div id="header">
<div id="logo"><a href="{r('/index.htm')}"><img src="{r('/img/logo-lmhtx-qn.png')}" alt="{attr(ORG)}" /></a></div>
<div id="today"><script type="text/javascript">writeToday('today');</script></div>
<div id="search"><form action="{r('/tim-kiem/index.htm')}" method="get"><input type="text" name="q" class="searchfield" /><input type="submit" value="Tìm kiếm" class="searchbutton" /></form></div>
<div id="metanav"><a href="{r('/sitemap.htm')}">Sơ đồ trang</a> | <a href="{r('/lien-he/index.htm')}">Liên hệ</a></div>
</div>
<div id="mainnav"><ul class="nav-level1">{nav}</ul></div>
<div id="breadcrumb">Bạn đang ở: {crumb}</div>
<div id="content">
{main}
</div>
{sidebar}
<div id="footer">
<p>{COPY}</p>
<p>{esc(ADDRESS)}</p>
<p>{esc(PHONE)}</p>
<p>{esc(RESP)}</p>
</div>
</div>
</body>
</html>
"""

    # news pages
    def render(a: RichArticle, page: str, related: list[RichArticle]) -> str:
        r = lambda p: rel(page, p)  # noqa: E731
        created = a.date - UTC
        meta = (f'\n<meta name="description" content="{attr(a.summary())}" />\n<meta name="DC.Title" content="{attr(a.title)}" />'
                f'\n<meta name="DC.date.created" scheme="W3CDTF" content="{created:%Y-%m-%dT%H:%M:%S}Z" />')
        parts = [f'<h1 class="headline">{esc(a.title)}</h1>', f'<div class="date">Cập nhật: {a.date:%d.%m.%Y}</div>']
        if a.lead:
            parts.append(f'<div class="teaser"><p>{esc(a.lead)}</p></div>')
        parts.append(body_html(a, page))
        for x in a.attachments:
            parts.append(f'<div class="downloads"><h3>Tài liệu đính kèm</h3><ul><li class="pdf"><a href="{r(x["path"])}" '
                         f'target="_blank">{esc(x["text"])}</a> <span class="size">(PDF, 182 KB)</span></li></ul></div>')
        prn = f"/print/tin_{a.opts['id']}.htm"
        parts.append(f'<div class="pagetools"><a href="{r(prn)}" target="_blank" class="print">In trang</a> <a href="#top" '
                     'class="top">Lên đầu trang</a></div>')
        if related:
            parts.append('<div class="related"><h2>Tin liên quan</h2><ul>' + "".join(
                f'<li><a href="{r(x.path)}">{esc(x.title)}</a> <span class="date">({x.date:%d.%m.%Y})</span></li>'
                for x in related) + "</ul></div>")
        sect = ("Thông báo", "/thong-bao/index.htm") if a.opts["list"] == "thong-bao" else ("Tin tức", "/tin-tuc/index.htm")
        return layout(page, a.title, [("Trang chủ", "/index.htm"), sect, (a.title, page)],
                      '<div class="contentArea">\n' + "\n".join(parts) + "\n</div>", head=meta)

    for i, a in enumerate(arts):
        rel_items = [x for x in related_pool if x is not a][i % 3:i % 3 + 3] if a.opts["list"] == "tin-tuc" else []
        site.page(a.path, render(a, a.path, rel_items))
        prn = f"/print/tin_{a.opts['id']}.htm"
        lead = f'<div class="teaser"><p>{esc(a.lead)}</p></div>' if a.lead else ""
        site.page(prn, f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)} - {NAME}</title>
<link rel="stylesheet" type="text/css" href="../css/print.css" />
</head>
<body onload="window.print();">
<div id="printheader"><img src="../img/logo-lmhtx-qn.png" alt="{attr(ORG)}" /></div>
<div class="contentArea">
<h1 class="headline">{esc(a.title)}</h1>
<div class="date">Cập nhật: {a.date:%d.%m.%Y}</div>
{lead}{body_html(a, prn)}
</div>
<div id="printfooter">{COPY}</div>
</body>
</html>
""")
        a.aliases.append(prn)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/media/tin-tuc/{a.date.year}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH QUANG NINH", "THONG BAO SO 15/TB-LMHTX"]))
        site.add_article(a)
    stale = f"/thong-bao/tb_{notice.opts['id']}.htm"
    site.page(stale, render(notice, stale, []))
    notice.aliases.append(stale)
    site.trap("every news page's 'In trang' opens the Print variant /print/tin_<id>.htm (logo, title, 'Cập nhật', the "
              "same text): an alias", f"/print/tin_{arts[1].opts['id']}.htm")

    # lists
    def teaser(page: str, a: RichArticle) -> str:
        return (f'<div class="newsItem"><h2><a href="{rel(page, a.path)}">{esc(a.title)}</a></h2><p class="date">'
                f'{a.date:%d.%m.%Y}</p><p>{esc(a.summary())}</p><a href="{rel(page, a.path)}" class="more">Xem tiếp</a></div>')

    chunks = [news[i:i + PER] for i in range(0, len(news), PER)]
    for n, chunk in enumerate(chunks, 1):
        page = "/tin-tuc/index.htm" if n == 1 else f"/tin-tuc/index_{n}.htm"
        pager = '<div class="pager">' + " ".join(
            f"<strong>{k}</strong>" if k == n else
            f'<a href="{"index.htm" if k == 1 else f"index_{k}.htm"}">{k}</a>' for k in range(1, len(chunks) + 1))
        if n < len(chunks):
            pager += f' <a href="index_{n + 1}.htm" class="next">Trang sau ›</a>'
        if n > 1:
            pager = pager.replace('<div class="pager">', f'<div class="pager"><a href="{"index.htm" if n == 2 else f"index_{n - 1}.htm"}" class="prev">‹ Trang trước</a> ')
        pager += "</div>"
        main = ('<div class="contentArea"><h1 class="headline">Tin tức</h1><div class="newsList">'
                + "".join(teaser(page, a) for a in chunk) + f"</div>{pager}</div>")
        site.page(page, layout(page, "Tin tức", [("Trang chủ", "/index.htm"), ("Tin tức", "/tin-tuc/index.htm")], main))
        site.non_articles.append(page)
    site.same_page("/tin-tuc/", "/tin-tuc/index.htm")
    site.trap("news list /tin-tuc/index.htm (= /tin-tuc/; 5 teasers with 'dd.mm.yyyy'; pager '1 2 Trang sau ›'): "
              "index_2.htm holds the two oldest items", "/tin-tuc/index_2.htm")
    page = "/thong-bao/index.htm"
    site.page(page, layout(page, "Thông báo", [("Trang chủ", "/index.htm"), ("Thông báo", page)],
                           '<div class="contentArea"><h1 class="headline">Thông báo</h1><div class="newsList">'
                           + teaser(page, notice) + "</div></div>"))
    site.non_articles.append(page)

    # home
    page = "/index.htm"
    home = ('<div class="contentArea"><div class="topnews"><h2>Tin mới</h2>' + "".join(teaser(page, a) for a in news[:4])
            + '<a href="tin-tuc/index.htm" class="more">Xem tất cả tin</a></div><div class="box notices"><h2>Thông báo'
            f'</h2><ul><li><a href="{rel(page, stale)}">{esc(notice.title)}</a></li></ul></div></div>')
    site.page(page, layout(page, "Trang chủ", [("Trang chủ", page)], home, side=False))
    site.same_page("/", page)
    site.non_articles.append("/")
    site.trap("home /index.htm (= /): 'Tin mới' (4 teasers) and a 'Thông báo' box still linking the notice's first "
              "publication /thong-bao/tb_<id>.htm", "/")

    # other pages
    for page, title, text in [
            ("/gioi-thieu/index.htm", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Quảng Ninh là tổ chức kinh tế - xã hội, "
             "đại diện và bảo vệ quyền, lợi ích hợp pháp của các HTX, tổ hợp tác trên địa bàn tỉnh.</p>"),
            ("/lien-he/index.htm", "Liên hệ", f"<p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p>")]:
        site.page(page, layout(page, title, [("Trang chủ", "/index.htm"), (title, page)],
                               f'<div class="contentArea"><h1 class="headline">{title}</h1><div class="textblock">{text}'
                               "</div></div>"))
        site.non_articles.append(page)
    page = "/sitemap.htm"
    tree = "".join(f'<li><a href="{rel(page, p)}">{esc(n)}</a></li>' for n, p in NAV + [("Tìm kiếm", "/tim-kiem/index.htm")])
    site.page(page, layout(page, "Sơ đồ trang", [("Trang chủ", "/index.htm"), ("Sơ đồ trang", page)],
                           f'<div class="contentArea"><h1 class="headline">Sơ đồ trang</h1><ul class="sitemap">{tree}</ul>'
                           "</div>"))
    page = "/tim-kiem/index.htm"
    site.page(page, layout(page, "Tìm kiếm", [("Trang chủ", "/index.htm"), ("Tìm kiếm", page)],
                           '<div class="contentArea"><h1 class="headline">Tìm kiếm</h1><form action="index.htm" method="get">'
                           '<input type="text" name="q" /><input type="submit" value="Tìm kiếm" /></form><div id="results">'
                           '<noscript>Chức năng tìm kiếm cần bật JavaScript.</noscript></div><script type="text/javascript" '
                           'src="chi-muc.js"></script></div>', side=False))
    site.non_articles += ["/sitemap.htm", "/tim-kiem/index.htm"]
    site.trap("the HTML site map /sitemap.htm (navigation pages only) and the static search page /tim-kiem/index.htm "
              "(results built by a script from chi-muc.js): not articles", "/sitemap.htm")
    index = ",".join(f'{{"t":"{a.title}","id":{a.opts["id"]},"y":{a.date.year}}}' for a in arts)
    site.static("/tim-kiem/chi-muc.js", f"var CHI_MUC=[{index}];\n")
    site.static("/js/main.js", "function writeToday(id){var d=new Date();var t=['Chủ nhật','Thứ Hai','Thứ Ba','Thứ Tư',"
                "'Thứ Năm','Thứ Sáu','Thứ Bảy'];document.write(t[d.getDay()]+', '+d.getDate()+'/'+(d.getMonth()+1)+'/'"
                "+d.getFullYear());}\n")
    site.static("/css/main.css", "body{font-family:Arial,sans-serif}\n")
    site.static("/css/print.css", "#header,#mainnav,#sidebar{display:none}\n")
    site.static("/js/jquery-1.7.2.min.js", "/* jQuery v1.7.2 */\n")
    site.binary("/img/logo-lmhtx-qn.png", image_for("logo-lmhtx-qn"))
    site.static("/robots.txt", "User-agent: *\nDisallow:\n")
    return site
