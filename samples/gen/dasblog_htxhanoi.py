"""Site `dasblog-htxhanoi` (registry family `generic`): "Sổ tay Liên minh HTX Hà Nội", the blog the Hà Nội cooperative
alliance's office has kept since 2009 on **newtelligence dasBlog 2.3** (ASP.NET 2.0, the classic "dasBlog" theme,
blog culture vi-VN, display time zone "(UTC+07:00) Bangkok, Hanoi, Jakarta"; dasBlog's own strings are not translated,
so the item footer reads "Posted at 16:30 | Comments [2] | Trackback"). The copy is of 6 November 2024, 10:00. Written
as a held-out test: no family module, no selectors.

What is an article here: a blog entry. URL shapes: the entry's title permalink
`/<yyyy>/<mm>/<dd>/<Title-With-Dashes>.aspx` (its canonical, what the item title, the RSS and the Atom feed link; the
title without diacritics, words joined by dashes); the comment view `/CommentView,guid,<guid>.aspx` (what "Comments
[n]" links: the same page, 200) and the old GUID permalink `/PermaLink,guid,<guid>.aspx` (301 to the title permalink):
aliases. Listings: the home page `/` = `/default.aspx` (the five most recent DAYS with entries, every entry in full
under its day's header), the day view `/default,date,<yyyy-mm-dd>.aspx` (the sidebar calendar), the month view
`/default,month,<yyyy-mm>.aspx` (the "Lưu trữ" list: the two oldest entries are only there, in their category and
in their own day view), `CategoryView.aspx?category=<name>`; feeds `/SyndicationService.asmx/GetRss` (the six newest, pubDate GMT) and
`/SyndicationService.asmx/GetAtom`. No sitemap, no og/JSON-LD, no canonical link; a trackback RDF block in an HTML
comment; robots.txt disallows the admin pages, Login.aspx and the search page.

Why it is hard: the page's only `<h1>` is the blog's name; `<title>` is "<blog> - <entry title>"; the entry title is
`a.TitleLinkStyle` in `h2.itemTitleStyle`. The date is split: the DAY is the `div.dayHeader` above the day's entries,
in the vi-VN long date with the month IN WORDS ("05 Tháng Mười Một 2024": Tháng Mười = October, Tháng Mười Một =
November, Tháng Mười Hai = December), the TIME is the footer's "Posted at 16:30". The URL's date is the entry's UTC
day (dasBlog builds it from CreatedUtc): an entry posted at 06:40 on 1 November has `/2024/10/31/` in its URL and
"Thu, 31 Oct 2024 23:40:00 GMT" in the RSS; the page's day header and time are what a reader records. Comments
(`div.commentBoxStyle`) carry their own full dates ("04 Tháng Mười Một 2024 10:02:11 (SE Asia Standard Time,
UTC+07:00)"). The body `div.itemBodyStyle`: paragraphs, `<h3>`, lists, a table, images with an italic caption
paragraph, a PDF in `/content/binary/`. Author: the closing byline in the text; dasBlog prints no author.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "dasblog-htxhanoi"
NAME = "Sổ tay Liên minh HTX Hà Nội"
TAGLINE = "Ghi chép hoạt động của Liên minh Hợp tác xã thành phố Hà Nội"
NOW = datetime(2024, 11, 6, 10, 0)
DAYS_ON_HOME = 5
RSS_COUNT = 6
MONTHS_VI = ("Tháng Giêng", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám",
             "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai")
CATS = ("Tin hoạt động", "Thông báo", "OCOP")
CHROME = [TAGLINE, "Lưu trữ", "Chuyên mục", "Tìm kiếm", "Đăng nhập quản trị", "Powered by dasBlog",
          "© Copyright 2024, Liên minh Hợp tác xã thành phố Hà Nội", "Số 20 Phan Chu Trinh, quận Hoàn Kiếm, Hà Nội",
          "Điện thoại: 024.3825.4512", "Lượt truy cập: 1.284.507", "Posted at", "Trackback", "Comments [",
          "Bình luận của bạn", "Tên (bắt buộc)", "Gửi bình luận", "Liên kết", "Trang chủ"]


def long_date(d: datetime) -> str:
    """.NET vi-VN long date pattern 'dd MMMM yyyy': '05 Tháng Mười Một 2024'."""
    return f"{d.day:02d} {MONTHS_VI[d.month - 1]} {d.year}"


def compress_title(title: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFD", title) if unicodedata.category(c) != "Mn")
    plain = plain.replace("đ", "d").replace("Đ", "D")
    words = ["".join(ch for ch in w if ch.isalnum()) for w in plain.split()]
    return "-".join(w for w in words if w)


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, **kw) -> dict:
        base = dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "url"])
        base.update(kw)
        return base

    return [
        A(path="", title="HTX Nông nghiệp Đông Anh thu hoạch vụ cà chua đông đầu tiên",
          body="""
Những ngày đầu tháng 11, các thành viên HTX Nông nghiệp Đông Anh bắt đầu thu hoạch 25 ha cà chua vụ đông sớm.
[img ca-chua-dong-anh.png] Thành viên HTX Nông nghiệp Đông Anh thu hoạch cà chua vụ đông
Năng suất ước đạt 45 tấn/ha, giá bán tại ruộng từ 12.000 đến 14.000 đồng/kg, cao hơn cùng kỳ năm trước.
HTX đã ký hợp đồng bao tiêu với hai doanh nghiệp chế biến tại Hưng Yên và Bắc Ninh.
""", byline="Bài, ảnh: Hoàng Lan", author="Hoàng Lan",
          opts={"guid": "3f2a9c41-7b0e-4d8a-a1c5-2e9d0b6f7a11", "cat": "Tin hoạt động",
                "comments": [("Nguyễn Văn Thành", "Cà chua Đông Anh năm nay được giá, bà con phấn khởi lắm.", 95),
                             ("HTX Vân Nội", "Chúc mừng HTX Đông Anh được mùa.", 420)]},
          notes=["the day's header '05 Tháng Mười Một 2024' (month in words) over two entries; 'Posted at 16:30'; "
                 "photo with an italic caption paragraph; 'Bài, ảnh: Hoàng Lan' -> author; two comments with their "
                 "own full dates: not text"],
          **at(datetime(2024, 11, 5, 16, 30))),
        A(path="", title="Thông báo tuyển chọn HTX tham gia Hội chợ OCOP Hà Nội 2024",
          body="""
Số: 215/TB-LMHTX
Liên minh HTX thành phố Hà Nội thông báo tuyển chọn 40 HTX tham gia Hội chợ sản phẩm OCOP Hà Nội năm 2024, tổ chức từ ngày 5 đến ngày 9/12/2024 tại Cung Văn hóa Hữu nghị Việt Xô.
HTX đăng ký gửi hồ sơ về Ban Hỗ trợ phát triển HTX trước ngày 20/11/2024.
Mẫu đăng ký: [[Mau-dang-ky-Hoi-cho-OCOP-2024.pdf|/content/binary/Mau-dang-ky-Hoi-cho-OCOP-2024.pdf]]
Hà Nội, ngày 05 tháng 11 năm 2024
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đinh Thị Thu Hằng
""", author=None, doc_number="215/TB-LMHTX",
          attachments=[{"path": "/content/binary/Mau-dang-ky-Hoi-cho-OCOP-2024.pdf",
                        "text": "Mau-dang-ky-Hoi-cho-OCOP-2024.pdf"}],
          opts={"guid": "8c1d5e72-0a3f-4b96-b2e7-5f41c8d9e023", "cat": "Thông báo", "comments": []},
          notes=["notice 'Số: 215/TB-LMHTX' under the same day's header, 'Posted at 09:20'; the registration form "
                 "uploaded to /content/binary/ and linked in the body (the file's name as link text): attachment; the "
                 "signer is text, no author"],
          **at(datetime(2024, 11, 5, 9, 20), evidence=["date-element", "document", "url"])),
        A(path="", title="Liên minh HTX thành phố làm việc với HTX Dịch vụ nông nghiệp Phù Đổng",
          body="""
Sáng 1/11, đoàn công tác Liên minh HTX thành phố do Chủ tịch Liên minh dẫn đầu đã làm việc với HTX Dịch vụ nông nghiệp Phù Đổng, huyện Gia Lâm.
HTX hiện có 620 thành viên, cung ứng dịch vụ làm đất, thủy lợi, giống và vật tư cho 380 ha lúa và rau màu.
Đoàn đề nghị HTX xây dựng phương án liên kết với doanh nghiệp để tiêu thụ rau an toàn vào các bếp ăn tập thể.
""", byline="Minh Đức", author="Minh Đức",
          opts={"guid": "a7e3b9d0-5c21-4f8e-9d34-71b2c0e6f845", "cat": "Tin hoạt động", "comments": []},
          notes=["posted at 06:40 on 1 November (day header '01 Tháng Mười Một 2024', 'Posted at 06:40'), but dasBlog "
                 "builds the URL from the UTC day: /2024/10/31/...; the RSS pubDate 'Thu, 31 Oct 2024 23:40:00 GMT': "
                 "the URL's day is NOT the publication day; 'Minh Đức' -> author"],
          **at(datetime(2024, 11, 1, 6, 40), evidence=["date-element"])),
        A(path="", title="Kết quả phân hạng sản phẩm OCOP của các HTX Hà Nội năm 2024",
          body="""
Năm 2024, Hội đồng đánh giá, phân hạng sản phẩm OCOP thành phố công nhận 312 sản phẩm, trong đó có 118 sản phẩm của HTX.
| Hạng sao | Tổng số sản phẩm | Sản phẩm của HTX |
| 5 sao | 6 | 2 |
| 4 sao | 97 | 41 |
| 3 sao | 209 | 75 |
Liên minh HTX thành phố sẽ hỗ trợ các HTX có sản phẩm 4 sao hoàn thiện hồ sơ đề nghị đánh giá 5 sao.
Ban Hỗ trợ phát triển HTX
""", author=None,
          opts={"guid": "d40f6a18-2e9b-4c73-8a5d-93c7e1b2f506", "cat": "OCOP", "comments": []},
          notes=["a data table (one line per row); closed by an office ('Ban Hỗ trợ phát triển HTX'): text, no author; "
                 "'Posted at 14:05'"],
          **at(datetime(2024, 10, 28, 14, 5))),
        A(path="", title="Hà Nội phát triển HTX gắn với xây dựng nông thôn mới",
          body="""
Trong giai đoạn 2021 - 2024, thành phố Hà Nội đã thành lập mới 356 HTX, trong đó phần lớn là HTX nông nghiệp.
Các HTX đóng vai trò quan trọng trong việc tổ chức sản xuất, liên kết tiêu thụ sản phẩm, góp phần hoàn thành tiêu chí về tổ chức sản xuất trong xây dựng nông thôn mới.
""", byline="Theo Báo Hà Nội Mới", author=None,
          opts={"guid": "61b8c2f9-4d07-4e5a-b913-0f2a7d8c3e64", "cat": "Tin hoạt động",
                "comments": [("Trần Quốc Bảo", "Bài viết hay, cần nhân rộng mô hình HTX kiểu mới.", 1500)]},
          notes=["a reprint ('Theo Báo Hà Nội Mới'): no author; one comment dated a day later: not text"],
          **at(datetime(2024, 10, 22, 10, 15))),
        A(path="", title="Hướng dẫn HTX chuyển đổi theo Luật Hợp tác xã năm 2023",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 1/7/2024. Liên minh HTX thành phố hướng dẫn các HTX rà soát, sửa đổi điều lệ cho phù hợp.
## Những việc HTX cần làm
* Tổ chức Đại hội thành viên thông qua điều lệ sửa đổi;
* Rà soát, phân loại thành viên chính thức và thành viên liên kết góp vốn;
* Đăng ký thay đổi nội dung đăng ký HTX tại cơ quan đăng ký kinh doanh cấp huyện.
## Thời hạn
HTX hoàn thành việc sửa đổi điều lệ trong thời hạn 24 tháng kể từ ngày Luật có hiệu lực.
Nguyễn Mạnh Cường
""", author="Nguyễn Mạnh Cường",
          opts={"guid": "b2c9e047-8f13-4a6d-95e0-6d3f1a7b8c29", "cat": "Thông báo", "comments": []},
          notes=["two <h3> headings and a three-item list; the bare name 'Nguyễn Mạnh Cường' -> author; '15 Tháng Mười "
                 "2024', 'Posted at 08:00'"],
          **at(datetime(2024, 10, 15, 8, 0))),
        A(path="", title="HTX Chè Minh Phú đón đoàn khách tham quan trải nghiệm",
          body="""
HTX Chè Minh Phú (huyện Sóc Sơn) vừa đón đoàn 60 khách tham quan, trải nghiệm quy trình hái, sao chè thủ công.
Mô hình du lịch trải nghiệm giúp HTX tăng thêm thu nhập và quảng bá sản phẩm chè OCOP 4 sao.
""", byline="Thu Trang", author="Thu Trang",
          opts={"guid": "4e7a1c95-2b68-4d0f-a3e1-8c5b9f0d2a77", "cat": "OCOP", "comments": []},
          notes=["not on the home page (the five most recent days) nor in the RSS (six newest): only in the October month "
                 "view, its day view and the OCOP category; '08 Tháng Mười 2024', 'Posted at 15:50'"],
          **at(datetime(2024, 10, 8, 15, 50))),
        A(path="", title="Tập huấn nghiệp vụ kế toán cho cán bộ HTX huyện Ba Vì",
          body="""
Ngày 27/9, Liên minh HTX thành phố phối hợp với UBND huyện Ba Vì tổ chức lớp tập huấn nghiệp vụ kế toán cho 70 cán bộ HTX.
Học viên được hướng dẫn lập báo cáo tài chính, sử dụng hóa đơn điện tử và phần mềm kế toán miễn phí dành cho HTX.
""", author=None,
          opts={"guid": "c5d2f8a3-9e41-4b7c-8f06-1a3e7b9d4c58", "cat": "Tin hoạt động", "comments": []},
          notes=["the oldest entry: only in the September month view (the 'Lưu trữ' list) and its category; no byline: "
                 "author null; '27 Tháng Chín 2024', 'Posted at 11:30'"],
          **at(datetime(2024, 9, 27, 11, 30))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p align="center"><img src="/content/binary/{b.src}" border="0" alt="" /></p>'
                       + (f'<p align="center"><i>{esc(b.text)}</i></p>' if b.text else ""))
        elif b.kind == "table":
            out.append(table_html(b, "MsoTableGrid"))
    if a.byline:
        out.append(f'<p align="right"><b>{esc(a.byline)}</b></p>')
    return "\n".join(out)


def cat_href(cat: str) -> str:
    return "/CategoryView.aspx?category=" + quote(cat)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-noi", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/SyndicationService.asmx/GetRss" % SITE])
    site.extra_boilerplate += CHROME
    entries = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in entries:
        utc = a.date - timedelta(hours=7)
        a.path = f"/{utc:%Y/%m/%d}/{compress_title(a.title)}.aspx"
        g = a.opts["guid"]
        a.aliases = [f"/CommentView,guid,{g}.aspx", f"/PermaLink,guid,{g}.aspx"]
    days = sorted({a.date.date() for a in entries}, reverse=True)
    months = sorted({(a.date.year, a.date.month) for a in entries}, reverse=True)

    def calendar(year: int, month: int) -> str:
        first = datetime(year, month, 1)
        nxt = datetime(year + month // 12, month % 12 + 1, 1)
        posted = {a.date.day for a in entries if (a.date.year, a.date.month) == (year, month)}
        cells = ['<td class="calendarOtherMonthDayStyle">&nbsp;</td>'] * first.weekday()
        for day in range(1, (nxt - first).days + 1):
            d = datetime(year, month, day)
            if day in posted:
                cells.append(f'<td class="calendarDayStyle"><a href="/default,date,{d:%Y-%m-%d}.aspx">{day}</a></td>')
            else:
                cells.append(f'<td class="calendarDayStyle">{day}</td>')
        rows = "".join("<tr>" + "".join(cells[i:i + 7]) + "</tr>" for i in range(0, len(cells), 7))
        heads = "".join(f"<th>{h}</th>" for h in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))
        return (f'<table class="calendarStyle" cellspacing="0" cellpadding="2"><tr><td colspan="7" '
                f'class="calendarTitleStyle">{MONTHS_VI[month - 1]} {year}</td></tr><tr>{heads}</tr>{rows}</table>')

    def layout(title: str, content: str, head: str = "") -> str:
        archives = "".join(f'<li><a href="/default,month,{y}-{m:02d}.aspx">{MONTHS_VI[m - 1]} {y}</a></li>'
                           for y, m in months)
        cats = "".join(f'<li><a href="{cat_href(c)}">{esc(c)}</a> <a href="/SyndicationService.asmx/GetRssCategory?'
                       f'categoryName={quote(c)}"><img src="/images/feed-icon-10x10.png" border="0" alt="RSS" /></a></li>'
                       for c in CATS)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="newtelligence dasBlog 2.3.9074.18820" />
<link rel="stylesheet" href="/themes/dasblog/dasblog.css" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="{attr(NAME)}" href="{{{{base}}}}/SyndicationService.asmx/GetRss" />
<link rel="alternate" type="application/atom+xml" title="{attr(NAME)}" href="{{{{base}}}}/SyndicationService.asmx/GetAtom" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{{{{base}}}}/EditService.asmx/GetRsd" />
<link rel="pingback" href="{{{{base}}}}/pingback.aspx" />
{head}
</head>
<body>
<form name="mainForm" method="post" action="#" id="mainForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUJNzgzNDMwNTMzZGQ=" />
<div id="header"><h1 class="blogTitle"><a href="{{{{base}}}}/">{esc(NAME)}</a></h1><p class="description">{esc(TAGLINE)}</p></div>
<div id="navbar"><a href="{{{{base}}}}/">Trang chủ</a> | <a href="{{{{base}}}}/SyndicationService.asmx/GetRss">RSS</a> | <a href="{{{{base}}}}/Login.aspx">Đăng nhập quản trị</a></div>
<div id="content">
<div class="bodyContentStyle">
{content}
</div>
</div>
<div id="sidebar">
<div class="sidebarSection">{calendar(*months[0])}</div>
<div class="sidebarSection"><h3 class="sectionHeader">Tìm kiếm</h3><input name="searchString" type="text" /> <input type="button" value="Tìm" onclick="window.location='SearchView.aspx?q='+escape(this.form.searchString.value)" /></div>
<div class="sidebarSection"><h3 class="sectionHeader">Lưu trữ</h3><ul class="archiveLinksContainerStyle">{archives}</ul></div>
<div class="sidebarSection"><h3 class="sectionHeader">Chuyên mục</h3><ul class="categoryListStyle">{cats}</ul></div>
<div class="sidebarSection"><h3 class="sectionHeader">Liên kết</h3><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/">Cổng TTĐT Chính phủ</a></li></ul></div>
<div class="sidebarSection"><p class="counter">Lượt truy cập: 1.284.507</p></div>
</div>
<div id="footer"><p>© Copyright 2024, Liên minh Hợp tác xã thành phố Hà Nội</p>
<p>Số 20 Phan Chu Trinh, quận Hoàn Kiếm, Hà Nội - Điện thoại: 024.3825.4512</p>
<p><a href="{{{{base:offsite}}}}/dasblog/"><img src="/images/dasblog-powered.png" alt="Powered by dasBlog" border="0" /></a> Powered by dasBlog</p></div>
</form>
</body>
</html>"""

    def item(a: RichArticle, with_comments: bool = False) -> str:
        g = a.opts["guid"]
        n = len(a.opts["comments"])
        out = (f'<div class="itemBoxStyle"><h2 class="itemTitleStyle"><a class="TitleLinkStyle" rel="bookmark" '
               f'href="{{{{base}}}}{a.path}">{esc(a.title)}</a></h2>'
               f'<div class="itemBodyStyle">\n{body_html(a)}\n</div>'
               f'<p class="itemFooter">Posted at {a.date:%H:%M} | <span class="itemCategoryLinksStyle">'
               f'<a href="{cat_href(a.opts["cat"])}">{esc(a.opts["cat"])}</a></span> | '
               f'<a class="commentLinkStyle" href="{{{{base}}}}/CommentView,guid,{g}.aspx#commentstart">Comments [{n}]</a> | '
               f'<a class="trackbackLinkStyle" href="{{{{base}}}}/Trackback.aspx?guid={g}">Trackback</a></p></div>')
        if with_comments:
            boxes = "".join(
                f'<div class="commentBoxStyle"><span class="commentDateStyle">{long_date(a.date + timedelta(minutes=m))} '
                f'{a.date + timedelta(minutes=m):%H:%M:%S} (SE Asia Standard Time, UTC+07:00)</span>'
                f'<div class="commentBodyStyle">{esc(text)}</div><span class="commentAuthorStyle">{esc(who)}</span></div>'
                for who, text, m in a.opts["comments"])
            out += (f'<a name="commentstart"></a><div class="commentViewBoxStyle">{boxes}</div>'
                    f'<div class="commentViewLabelStyle"><h3>Bình luận của bạn</h3><p>Tên (bắt buộc) '
                    f'<input type="text" name="name" /></p><textarea name="comment" rows="6" cols="50"></textarea>'
                    f'<p><button type="button" class="commentSubmit">Gửi bình luận</button></p></div>')
        return out

    def day_blocks(chosen: list[RichArticle], with_comments: bool = False) -> str:
        out = []
        for day in sorted({a.date.date() for a in chosen}, reverse=True):
            d = datetime(day.year, day.month, day.day)
            items = "".join(item(a, with_comments) for a in chosen if a.date.date() == day)
            out.append(f'<div class="dayBoxStyle"><div class="dayHeader"><a href="{{{{base}}}}/default,date,{d:%Y-%m-%d}.aspx">'
                       f'{long_date(d)}</a></div>{items}</div>')
        return "".join(out)

    for a in entries:
        g = a.opts["guid"]
        rdf = (f'<!--\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
               f'xmlns:dc="http://purl.org/dc/elements/1.1/" '
               f'xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/">\n<rdf:Description '
               f'rdf:about="{{{{base}}}}{a.path}" dc:identifier="{{{{base}}}}{a.path}" dc:title="{attr(a.title)}" '
               f'trackback:ping="{{{{base}}}}/Trackback.aspx?guid={g}" />\n</rdf:RDF>\n-->')
        page = layout(f"{NAME} - {a.title}", day_blocks([a], with_comments=True) + rdf)
        site.page(a.path, page)
        site.same_page(f"/CommentView,guid,{g}.aspx", a.path)
        site.redirect(f"/PermaLink,guid,{g}.aspx", a.path, 301)
        site.page(f"/Trackback.aspx?guid={g}", '<?xml version="1.0" encoding="utf-8"?><response><error>1</error>'
                  '<message>Trackback requires POST</message></response>', content_type="text/xml; charset=utf-8")
        for c in a.opts["comments"]:
            site.extra_boilerplate += [c[1], c[0]]
        site.add_article(a)
        for x in a.attachments:
            site.binary(x["path"], pdf("Mẫu đăng ký Hội chợ OCOP 2024",
                                       ["LIEN MINH HTX THANH PHO HA NOI", "Mau dang ky tham gia Hoi cho OCOP 2024"]))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/content/binary/{b.src}", image_for(b.src))
    site.trap("the entry's title permalink /<yyyy>/<mm>/<dd>/<Title-With-Dashes>.aspx is canonical; "
              "/CommentView,guid,<guid>.aspx is the same page (200) and /PermaLink,guid,<guid>.aspx answers 301: aliases",
              entries[0].path)
    site.trap("the only <h1> is the blog's name; <title> '<blog> - <entry>'; the entry title is a.TitleLinkStyle; the "
              "day is the div.dayHeader above ('05 Tháng Mười Một 2024', month in words), the time the footer's "
              "'Posted at 16:30'", entries[1].path)

    # listings
    home_days = days[:DAYS_ON_HOME]
    home = [a for a in entries if a.date.date() in home_days]
    site.page("/", layout(NAME, day_blocks(home)))
    site.same_page("/default.aspx", "/")
    site.non_articles += ["/", "/default.aspx"]
    site.trap("the home page shows every entry IN FULL under its day's header, the five most recent days only: the two "
              "oldest entries are only in the month views ('Lưu trữ') and their categories", "/")
    for day in days:
        d = datetime(day.year, day.month, day.day)
        path = f"/default,date,{d:%Y-%m-%d}.aspx"
        site.page(path, layout(f"{NAME} - {long_date(d)}", day_blocks([a for a in entries if a.date.date() == day])))
        site.non_articles.append(path)
    for y, m in months:
        chosen = [a for a in entries if (a.date.year, a.date.month) == (y, m)]
        path = f"/default,month,{y}-{m:02d}.aspx"
        listing = "".join(f'<li><a href="{{{{base}}}}{a.path}">{esc(a.title)}</a> ({long_date(a.date)})</li>'
                          for a in chosen)
        site.page(path, layout(f"{NAME} - {MONTHS_VI[m - 1]} {y}",
                               f'<div class="monthViewBoxStyle"><h2>{MONTHS_VI[m - 1]} {y}</h2><ul>{listing}</ul></div>'
                               + day_blocks(chosen)))
        site.non_articles.append(path)
    for c in CATS:
        chosen = [a for a in entries if a.opts["cat"] == c]
        path = cat_href(c)
        site.page(path, layout(f"{NAME} - {c}", f'<div class="categoryViewHeader"><h2>{esc(c)}</h2></div>'
                                                + day_blocks(chosen)))
        site.non_articles.append(path)
    site.trap("CategoryView.aspx?category=<name> (Vietnamese names, percent-encoded) and the day and month views repeat "
              "the entries in full: listings", cat_href(CATS[0]))
    for p in ("/Login.aspx", "/SearchView.aspx"):
        site.page(p, layout(f"{NAME} - Đăng nhập", '<p><input name="username" /> <input type="password" '
                                                  'name="password" /></p>'))
        site.never_fetched.append(p)
    site.static("/robots.txt", "User-agent: *\nDisallow: /Login.aspx\nDisallow: /SearchView.aspx\n"
                "Disallow: /EditEntry.aspx\nDisallow: /EditConfig.aspx\nDisallow: /ftb/\n")

    def gmt(d: datetime) -> str:
        return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT"

    rss_items = "".join(
        f"<item><trackback:ping>{{{{base}}}}/Trackback.aspx?guid={a.opts['guid']}</trackback:ping>"
        f"<pingback:server>{{{{base}}}}/pingback.aspx</pingback:server>"
        f"<pingback:target>{{{{base}}}}/PermaLink,guid,{a.opts['guid']}.aspx</pingback:target>"
        f"<wfw:comment>{{{{base}}}}/CommentView,guid,{a.opts['guid']}.aspx</wfw:comment>"
        f"<slash:comments>{len(a.opts['comments'])}</slash:comments>"
        f"<title>{esc(a.title)}</title><guid isPermaLink=\"false\">{{{{base}}}}/PermaLink,guid,{a.opts['guid']}.aspx</guid>"
        f"<link>{{{{base}}}}{a.path}</link><pubDate>{gmt(a.date)}</pubDate>"
        f"<description>{esc(body_html(a))}</description><comments>{{{{base}}}}/CommentView,guid,{a.opts['guid']}.aspx"
        f"#commentstart</comments><category>{esc(a.opts['cat'])}</category></item>" for a in entries[:RSS_COUNT])
    site.page("/SyndicationService.asmx/GetRss",
              '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
              'xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/" '
              'xmlns:pingback="http://madskills.com/public/xml/rss/module/pingback/" '
              'xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">'
              f"<channel><title>{esc(NAME)}</title><link>{{{{base}}}}/</link><description>{esc(TAGLINE)}</description>"
              f"<language>vi-VN</language><copyright>Liên minh HTX thành phố Hà Nội</copyright>"
              f"<lastBuildDate>{gmt(entries[0].date)}</lastBuildDate><generator>newtelligence dasBlog 2.3.9074.18820"
              f"</generator><managingEditor>lmhtx@hanoi.gov.vn</managingEditor>{rss_items}</channel></rss>\n",
              content_type="text/xml; charset=utf-8")

    def utc(d: datetime) -> str:
        return f"{d - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}Z"

    atom_entries = "".join(
        f'<entry><title>{esc(a.title)}</title><link rel="alternate" type="text/html" href="{{{{base}}}}{a.path}" />'
        f"<id>{{{{base}}}}/PermaLink,guid,{a.opts['guid']}.aspx</id><published>{utc(a.date)}</published>"
        f"<updated>{utc(a.date)}</updated><category term=\"{attr(a.opts['cat'])}\" /><content type=\"html\">"
        f"{esc(body_html(a))}</content></entry>" for a in entries[:RSS_COUNT])
    site.page("/SyndicationService.asmx/GetAtom",
              '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi-VN">'
              f"<title>{esc(NAME)}</title><link rel=\"alternate\" href=\"{{{{base}}}}/\" />"
              f"<id>{{{{base}}}}/</id><updated>{utc(entries[0].date)}</updated><generator>newtelligence dasBlog 2.3"
              f"</generator>{atom_entries}</feed>\n", content_type="application/atom+xml; charset=utf-8")
    site.trap("the RSS (six newest, pubDate GMT) and the Atom feed (UTC, 'Z'); the 06:40 entry of 1 November is "
              "'Thu, 31 Oct 2024 23:40:00 GMT' like its URL's day", "/SyndicationService.asmx/GetRss")
    for c in CATS:
        site.page(f"/SyndicationService.asmx/GetRssCategory?categoryName={quote(c)}",
                  '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
                  f"<title>{esc(NAME)} - {esc(c)}</title><link>{{{{base}}}}/</link>"
                  + "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link>"
                            f"<pubDate>{gmt(a.date)}</pubDate></item>" for a in entries if a.opts["cat"] == c)
                  + "</channel></rss>\n", content_type="text/xml; charset=utf-8")
    site.static("/EditService.asmx/GetRsd", '<?xml version="1.0" encoding="utf-8"?>\n<rsd version="1.0" '
                'xmlns="http://archipelago.phrasewise.com/rsd"><service><engineName>newtelligence dasBlog</engineName>'
                '<engineLink>http://www.dasblog.info/</engineLink><homePageLink>/</homePageLink><apis>'
                '<api name="MetaWeblog" preferred="true" apiLink="/blogger.aspx" blogID="" /></apis></service></rsd>\n')
    site.static("/pingback.aspx", '<?xml version="1.0"?>\n<methodResponse><fault><value><struct><member><name>faultCode'
                '</name><value><int>0</int></value></member><member><name>faultString</name><value><string>XML-RPC '
                'requires POST</string></value></member></struct></value></fault></methodResponse>\n')
    site.binary("/images/dasblog-powered.png", image_for("dasblog-powered"))
    site.binary("/images/feed-icon-10x10.png", image_for("feed-icon"))
    return site
