"""Site `lienminh-htxkhanhhoa` (registry family `generic`): the portal of the Khánh Hòa cooperative alliance built by a
local web company on **FeinCMS** (Django 4.2, FeinCMS 23 pages with the navigation and SEO extensions, the news from
feincms-elephantblog mounted as an ApplicationContent on the page "Tin tức"; LANGUAGE_CODE "vi", TIME_ZONE
"Asia/Ho_Chi_Minh", USE_TZ on; BLOG_PAGINATE_BY 5; the copy is of 10 April 2025, before the province merged). Written as
a held-out test: no family module, no selectors.

URL shapes: the page tree `/`, `/gioi-thieu/` (+ `/gioi-thieu/chuc-nang-nhiem-vu/`, `/gioi-thieu/lanh-dao/`),
`/tin-tuc/`, `/van-ban/`, `/lien-he/`, `/tim-kiem/`; an entry `/tin-tuc/<yyyy>/<mm>/<dd>/<slug>/` (elephantblog's
date-based URL, the day in local time; Django's APPEND_SLASH answers the same URL without the slash with a 301: a
post links one so, an alias; a post links another with a Facebook `?fbclid=` tail: the same page, an alias); the
archive `/tin-tuc/` and `?page=2` (5 a page), categories `/tin-tuc/category/<slug>/`, years and months
`/tin-tuc/2025/`, `/tin-tuc/2025/03/` (the sidebar's "Lưu trữ"); the feed `/tin-tuc/feed/` (Django's RSS, its channel
link the hard-coded `/blog/`: 404); the site map `/sitemap.xml`; media `/media/medialibrary/<yyyy>/<mm>/<file>`; the
admin `/admin/` (302 to its login; robots.txt disallows `/admin/`).

Why it is hard: the page `<title>` is "News - Tin tức - Liên minh HTX tỉnh Khánh Hòa" on every entry (elephantblog's
title block over the page's title: the entry's title is only in `h1.entry-title`); elephantblog has no Vietnamese
translation, so its strings stay English inside Vietnamese pages ("News", "News for Tháng 3 2025", "by <name>",
"Categories"); the entry header `span.small.byline` holds the categories, "by <span class="fn">full name</span>" (only
when the staff user has a full name: "admin" has none; the office account "Văn phòng Liên minh" is no person) and
`<time datetime="2025-03-15T00:30:00+07:00" pubdate>15/03/2025 00:30</time>` (the site's override of the stock
SHORT_DATE_FORMAT) plus an empty `<time class="updated">`; the body is `div.entry-content`, the entry's contents in
order: CKEditor rich text (`<p>`, `<h3>`, lists, a table with `<th scope="col">`), media files as `figure.image` with
`figcaption`, a PDF as a bare link; then the site's own "« Bài trước / Bài sau »", "Chia sẻ:" and "Tin cùng chuyên
mục" with dates "(14/03/2025)". Lists show each entry's first image and first rich text: an entry written as one rich
text shows its whole text on the lists. The home page lists the newest four with Django's alternative month names
("15 Tháng ba 2025"). The banner prints today ("Thứ 5, 10/04/2025", Django's weekday names) and a slogan with dates.
The feed gives UTC (Django's feed keeps the database's zone): the entry of 00:30 on 15 March reads "Fri, 14 Mar 2025
17:30:00 +0000". No Open Graph, no JSON-LD.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, links_box, pdf
from .richbody import RichArticle

SITE = "lienminh-htxkhanhhoa"
NAME = "Liên minh HTX tỉnh Khánh Hòa"
ORG = "Liên minh Hợp tác xã tỉnh Khánh Hòa"
PER = 5
UTC7 = timedelta(hours=7)
TODAY = "Thứ 5, 10/04/2025"
SLOGAN = "Nhiệt liệt chào mừng kỷ niệm 50 năm Ngày giải phóng tỉnh Khánh Hòa (02/4/1975 - 02/4/2025)"
ADDRESS = "Địa chỉ: 04 Phan Chu Trinh, phường Xương Huân, TP Nha Trang, tỉnh Khánh Hòa"
PHONE = "Điện thoại: 0258.3822.709 - Email: lmhtx@khanhhoa.gov.vn"
RESP = "Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh Khánh Hòa"
COPY = "© 2019 Liên minh HTX tỉnh Khánh Hòa. Thiết kế bởi Nha Trang Web."
CSRF = "vK3pX9wQ2mLr7tYb0ZsN4cFd8gHj1eAuR5iOo6TyWkQe3WnMxPa2Ls9Db7Fg"
USERS = {"admin": "", "tranghtt": "Huỳnh Thị Thu Trang", "vanphong": "Văn phòng Liên minh"}
CATS = {"hoat-dong": "Hoạt động", "thong-bao": "Thông báo", "mo-hinh-htx": "Mô hình HTX"}
DJ_DAYS = ["Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật"]
DJ_ALT_MONTHS = ["Tháng một", "Tháng hai", "Tháng ba", "Tháng tư", "Tháng năm", "Tháng sáu", "Tháng bảy", "Tháng tám",
                 "Tháng Chín", "Tháng Mười", "Tháng mười một", "Tháng mười hai"]
FURN = [TODAY, SLOGAN, ADDRESS, PHONE, RESP, COPY, "Bài trước", "Bài sau", "Chia sẻ:", "Tin cùng chuyên mục", "Tin mới",
        "Lưu trữ", "Categories", "Liên kết website", "Thống kê truy cập", "Đang truy cập: 9", "Hôm nay: 212",
        "Tổng lượt truy cập: 384.517", "Quản trị", "Trang chủ"]


def slugify(text: str) -> str:
    """The admin's prepopulated slug (Django's URLify.js: Vietnamese map, đ -> d), cut at the field's max_length (100)."""
    t = text.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    t = re.sub(r"[^a-z0-9\s-]", "", t)
    t = re.sub(r"[-\s]+", "-", t).strip("-")
    return t[:100].rstrip("-")


def short(d: datetime) -> str:
    return f"{d:%d/%m/%Y}"


def alt(d: datetime) -> str:
    return f"{d.day} {DJ_ALT_MONTHS[d.month - 1]} {d.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element",
                    evidence=["date-element", "url", "listing"])

    return [
        A(path="", title="Thông báo số 09/TB-LMHTX về việc tổ chức Hội chợ sản phẩm HTX và OCOP tỉnh Khánh Hòa năm 2025",
          body="""
LIÊN MINH HTX TỈNH KHÁNH HÒA
Số: 09/TB-LMHTX
Khánh Hòa, ngày 01 tháng 4 năm 2025
THÔNG BÁO
Về việc tổ chức Hội chợ sản phẩm HTX và OCOP tỉnh Khánh Hòa năm 2025
Hội chợ diễn ra từ ngày 16/5 đến ngày 20/5/2025 tại Quảng trường 2 tháng 4, TP Nha Trang.
Liên minh HTX tỉnh hỗ trợ 40 gian hàng cho các HTX có sản phẩm OCOP, ưu tiên yến sào, muối, xoài và thủy sản.
Các HTX đăng ký tham gia gửi về Văn phòng Liên minh HTX tỉnh trước ngày 25/4/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Thị Ngọc Hạnh
""", author=None, doc_number="09/TB-LMHTX",
          attachments=[{"path": "/media/medialibrary/2025/04/tb-09-lmhtx-2025.pdf",
                        "text": "Thông báo số 09/TB-LMHTX (PDF)"}],
          opts={"cat": "thong-bao", "by": "vanphong", "lead": None, "updated": datetime(2025, 4, 3, 16, 2, 41)},
          notes=["notice 'Số: 09/TB-LMHTX' dated 01/4 in its text, posted 03/04/2025 14:15 (<time datetime='2025-04-03T14:15:00"
                 "+07:00'>); 'by Văn phòng Liên minh' (the office's staff account): no author; the signer is text; the PDF, "
                 "a media-file content rendered as a bare <a> after the text, is an attachment, not text; written as one "
                 "rich text, its whole text is its summary on the lists; the page 'Văn bản' (/van-ban/) lists it too"],
          **at(datetime(2025, 4, 3, 14, 15))),
        A(path="", title="Ảnh: HTX muối Hòn Khói vào vụ muối chính",
          body="""
Những ngày cuối tháng 3, diêm dân HTX muối Hòn Khói (thị xã Ninh Hòa) tất bật thu hoạch muối vụ chính.
[img hon-khoi-1.jpg] Diêm dân HTX muối Hòn Khói cào muối trên đồng muối
[img hon-khoi-2.jpg] Muối được gánh vào kho của HTX ngay trong buổi sáng
[img hon-khoi-3.jpg] Sản phẩm muối sạch Hòn Khói được đóng gói tại xưởng của HTX
Năm nay HTX dự kiến thu hoạch khoảng 12.000 tấn muối, giá bán ổn định từ 1.500 đến 1.800 đồng/kg.
""", byline="Bài, ảnh: Nguyễn Văn Tám", author="Nguyễn Văn Tám",
          opts={"cat": "hoat-dong", "by": "tranghtt", "lead": 1},
          notes=["photo story: FeinCMS media-file contents (figure.image with figcaption) between two rich texts, one line "
                 "per caption; the lists show the first photo and its caption above the first rich text; 'by Huỳnh Thị Thu "
                 "Trang' but 'Bài, ảnh: Nguyễn Văn Tám' closes the text -> Nguyễn Văn Tám"],
          **at(datetime(2025, 3, 27, 9, 40))),
        A(path="", title="Liên minh HTX tỉnh đối thoại với các HTX thủy sản huyện Vạn Ninh",
          body="""
Tối 14/3, Liên minh HTX tỉnh tổ chức đối thoại với đại diện 17 HTX nuôi trồng, khai thác thủy sản huyện Vạn Ninh.
Các HTX kiến nghị hỗ trợ vốn đầu tư lồng nuôi tôm hùm bằng vật liệu HDPE và tập huấn phòng chống dịch bệnh.
Liên minh HTX tỉnh sẽ tổng hợp các kiến nghị, báo cáo UBND tỉnh trong tháng 4/2025.
""", author=None,
          opts={"cat": "hoat-dong", "by": "admin", "lead": 0},
          notes=["posted at 00:30 on 15 March after the evening meeting ('Tối 14/3' is the event): the URL "
                 "/tin-tuc/2025/03/15/… (local day), <time datetime='2025-03-15T00:30:00+07:00'>15/03/2025 00:30</time>; "
                 "the feed gives 'Fri, 14 Mar 2025 17:30:00 +0000' (UTC: the 14th if the zone is dropped); posted by "
                 "'admin' (no full name: the byline shows no 'by'), no byline in the text: author null"],
          **at(datetime(2025, 3, 15, 0, 30))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Khánh Hòa năm 2024",
          body="""
Năm 2024, kinh tế tập thể tỉnh Khánh Hòa tiếp tục phát triển, nhiều HTX mở rộng liên kết tiêu thụ sản phẩm.
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| Nông nghiệp | 118 | 9.540 | 2.860 |
| Thủy sản | 21 | 1.320 | 3.410 |
| Muối | 6 | 1.180 | 1.950 |
| Tiểu thủ công nghiệp, dịch vụ | 34 | 1.060 | 4.120 |
Năm 2025, tỉnh phấn đấu thành lập mới 25 HTX, trong đó có 8 HTX nông nghiệp ứng dụng công nghệ cao.
Ý kiến của các HTX thủy sản về vốn vay xem tại [[bài đối thoại ở Vạn Ninh|{{fbclid}}]].
""", author="Huỳnh Thị Thu Trang",
          opts={"cat": "hoat-dong", "by": "tranghtt", "lead": 0},
          notes=["a CKEditor table (thead th scope='col', tbody td): one line per row; 'by Huỳnh Thị Thu Trang' (a staff "
                 "member), no byline in the text: she is the author; its last paragraph links the Vạn Ninh entry with a "
                 "Facebook '?fbclid=…' tail (the same page: an alias)"],
          **at(datetime(2025, 3, 12, 10, 5))),
        A(path="", title="Hướng dẫn HTX đăng ký đánh giá sản phẩm OCOP năm 2025",
          body="""
Năm 2025, tỉnh Khánh Hòa tiếp tục tổ chức đánh giá, phân hạng sản phẩm OCOP hai đợt vào tháng 6 và tháng 10.
## Hồ sơ HTX cần chuẩn bị
* Phiếu đăng ký sản phẩm OCOP theo mẫu;
* Phương án sản xuất, kinh doanh sản phẩm;
* Giấy chứng nhận an toàn thực phẩm và kết quả kiểm nghiệm sản phẩm;
* Tài liệu về câu chuyện sản phẩm, nhãn hiệu và bao bì.
HTX nộp hồ sơ tại UBND cấp huyện nơi đặt cơ sở sản xuất.
""", byline="Phan Văn Lợi - Chi cục Phát triển nông thôn", author="Phan Văn Lợi",
          opts={"cat": "mo-hinh-htx", "by": "vanphong", "lead": 0},
          notes=["a rich-text <h3> and a bulleted list; 'by Văn phòng Liên minh' but 'Phan Văn Lợi - Chi cục Phát triển "
                 "nông thôn' closes the text -> Phan Văn Lợi"],
          **at(datetime(2025, 2, 26, 15, 20))),
        A(path="", title="HTX Nông nghiệp Cam Thành Bắc liên kết tiêu thụ xoài Úc",
          body="""
HTX Nông nghiệp Cam Thành Bắc (huyện Cam Lâm) vừa ký hợp đồng liên kết tiêu thụ 300 tấn xoài Úc với một doanh nghiệp xuất khẩu.
Theo hợp đồng, doanh nghiệp thu mua xoài đạt chuẩn với giá không thấp hơn 25.000 đồng/kg.
HTX đang hướng dẫn thành viên chăm sóc xoài theo quy trình VietGAP để đáp ứng yêu cầu của thị trường Hàn Quốc.
""", byline="Theo Báo Khánh Hòa", author=None,
          opts={"cat": "mo-hinh-htx", "by": "tranghtt", "lead": None},
          notes=["one rich text holds the whole entry, so the lists (/tin-tuc/, its category, the month) show its whole "
                 "text as the summary: only the entry's own URL is the article; 'by Huỳnh Thị Thu Trang' but 'Theo Báo "
                 "Khánh Hòa' closes the text: a reprint, no author"],
          **at(datetime(2025, 2, 20, 8, 50))),
        A(path="", title="HTX Dịch vụ nông nghiệp Diên Phú nhân rộng mô hình lúa giảm phát thải",
          body="""
HTX Dịch vụ nông nghiệp Diên Phú (huyện Diên Khánh) mở rộng diện tích lúa canh tác giảm phát thải lên 60 ha trong vụ đông xuân.
Nhờ áp dụng tưới ướt khô xen kẽ và sạ thưa, chi phí sản xuất của thành viên giảm khoảng 15%.
Kết quả hỗ trợ HTX năm trước đã được nêu trong [[bài tổng kết của Liên minh HTX tỉnh|{{noslash}}]].
""", byline="Lê Thị Kim Oanh", author="Lê Thị Kim Oanh",
          opts={"cat": "mo-hinh-htx", "by": "vanphong", "lead": 0},
          notes=["'by Văn phòng Liên minh' but the bare name 'Lê Thị Kim Oanh' closes the text: the author; its text links "
                 "the 2024 summary without the final slash (APPEND_SLASH: 301, an alias)"],
          **at(datetime(2025, 2, 5, 16, 0))),
        A(path="", title="Liên minh HTX tỉnh Khánh Hòa tổng kết công tác năm 2024",
          body="""
Ngày 9/1, Liên minh HTX tỉnh Khánh Hòa tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.jpg] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 19 HTX, tổ chức 10 lớp tập huấn cho 640 lượt cán bộ HTX.
""", byline="Tin, ảnh: Võ Minh Tâm", author="Võ Minh Tâm",
          opts={"cat": "hoat-dong", "by": "tranghtt", "lead": 1},
          notes=["the oldest entry: only on /tin-tuc/?page=2, the month /tin-tuc/2025/01/, the year and its category's "
                 "page, behind its newer neighbour's 'Bài trước' link and in the feed and the site map; 'Tin, ảnh: Võ "
                 "Minh Tâm' -> author"],
          **at(datetime(2025, 1, 10, 10, 30))),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "khanh-hoa", f"{ORG} (FeinCMS)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE], feeds=["{{base:%s}}/tin-tuc/feed/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/tin-tuc/{a.date:%Y/%m/%d}/{slugify(a.title)}/"
    vanninh = next(a for a in arts if a.date == datetime(2025, 3, 15, 0, 30))
    oldest = arts[-1]
    fb = f"{vanninh.path}?fbclid=IwAR2kX9fQm3Lr7tYbZsN4cFd8gHj1eAu"
    noslash = oldest.path.rstrip("/")
    for a in arts:
        a.body = a.body.replace("{{fbclid}}", fb).replace("{{noslash}}", noslash)
    months = sorted({(a.date.year, a.date.month) for a in arts}, reverse=True)

    def media(a: RichArticle, name: str) -> str:
        return f"/media/medialibrary/{a.date:%Y/%m}/{name}"

    def rich(blocks) -> str:
        out = []
        for b in blocks:
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>\n" + "\n".join(f"\t<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
            elif b.kind == "table":
                head, *rows = b.rows
                out.append('<table border="1" cellpadding="1" cellspacing="1" style="width:100%">\n\t<thead>\n\t\t<tr>\n'
                           + "\n".join(f'\t\t\t<th scope="col">{esc(c)}</th>' for c in head) + "\n\t\t</tr>\n\t</thead>\n"
                           "\t<tbody>\n" + "\n".join("\t\t<tr>\n" + "\n".join(f"\t\t\t<td>{esc(c)}</td>" for c in r)
                                                   + "\n\t\t</tr>" for r in rows) + "\n\t</tbody>\n</table>")
        return "\n".join(out)

    def figure(a: RichArticle, b) -> str:
        return (f'<figure class="image default"><img src="{media(a, b.src)}" alt="{attr(b.text)}">'
                + (f"<figcaption>{esc(b.text)}</figcaption>" if b.text else "") + "</figure>")

    def contents(a: RichArticle) -> list[tuple[str, str]]:
        """The entry's contents in the region 'main': ('richtext' | 'image' | 'file', html)."""
        blocks = a.blocks
        byline = f'<p style="text-align:right"><strong>{esc(a.byline)}</strong></p>' if a.byline else ""
        out: list[tuple[str, str]] = []
        lead = a.opts["lead"]
        files = [("file", f'<a href="{x["path"]}">{esc(x["text"])}</a>') for x in a.attachments]
        if lead is None:  # one rich text for everything
            return [("richtext", rich(blocks) + ("\n" + byline if byline else ""))] + files
        first = blocks[:lead] if lead else blocks[:1]
        rest = blocks[len(first):]
        out.append(("richtext", rich(first)))
        buf: list = []
        for b in rest:
            if b.kind == "img":
                if buf:
                    out.append(("richtext", rich(buf)))
                    buf = []
                out.append(("image", figure(a, b)))
            else:
                buf.append(b)
        tail = rich(buf) + ("\n" + byline if byline else "")
        if tail.strip():
            out.append(("richtext", tail))
        return out + files

    def first_image(a: RichArticle) -> str:
        return next((h for k, h in contents(a) if k == "image"), "")

    def first_rich(a: RichArticle) -> str:
        return next(h for k, h in contents(a) if k == "richtext")

    def byline_span(a: RichArticle, tag: str = "span") -> str:
        name = USERS[a.opts["by"]]
        cat = a.opts["cat"]
        by = (f'\n                <span class="author source-org vcard">\n                    by <span class="fn">{esc(name)}'
              f"</span> |\n                </span>") if name else ""
        return (f'<{tag} class="byline small">\n                    <a href="/tin-tuc/category/{cat}/" rel="tag">'
                f"{esc(CATS[cat])}</a> | {by}\n                <time datetime=\"{a.date:%Y-%m-%dT%H:%M:%S}+07:00\" pubdate>"
                f"{a.date:%d-%m-%Y}</time>\n            </{tag}>")

    # -- layout --------------------------------------------------------------------------------------------------
    NAV = [("/", "Trang chủ", []), ("/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/chuc-nang-nhiem-vu/", "Chức năng, nhiệm vụ"),
                                                                     ("/gioi-thieu/lanh-dao/", "Lãnh đạo Liên minh")]),
           ("/tin-tuc/", "Tin tức", []), ("/van-ban/", "Văn bản", []), ("/lien-he/", "Liên hệ", [])]

    def nav(active: str) -> str:
        lis = []
        for href, title, kids in NAV:
            cls = ' class="active"' if active == href else ""
            sub = ("<ul>" + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in kids) + "</ul>") if kids else ""
            lis.append(f'<li{cls}><a href="{href}">{esc(title)}</a>{sub}</li>')
        return f'<nav class="mainnav"><ul class="nav">{"".join(lis)}</ul></nav>'

    def sidebar() -> str:
        newest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({short(a.date)})</span></li>'
                         for a in arts[:5])
        cats = "".join(f'\n        <li>\n          <a href="/tin-tuc/category/{c}/">{esc(n)}</a>\n        </li>'
                       for c, n in CATS.items())
        arch = "".join(f'<li><a href="/tin-tuc/{y}/{m:02d}/">Tháng {m} {y}</a></li>' for y, m in months)
        return (f'<aside class="sidebar"><div class="box"><h3 class="box-title">Tin mới</h3><ul class="newest">{newest}</ul>'
                f'</div><div class="content">\n      <h2>Categories</h2>\n      <ul>{cats}\n      </ul>\n    </div>'
                f'<div class="box"><h3 class="box-title">Lưu trữ</h3><ul>{arch}</ul></div>{links_box()}'
                '<div class="box counter"><h3 class="box-title">Thống kê truy cập</h3><ul><li>Đang truy cập: 9</li>'
                "<li>Hôm nay: 212</li><li>Tổng lượt truy cập: 384.517</li></ul></div></aside>")

    def layout(title: str, active: str, crumbs: list[tuple[str, str]], content: str, desc: str,
               feed: bool = False) -> str:
        trail = " &gt; ".join([f'<a href="{h}">{esc(t)}</a>' for h, t in crumbs[:-1]] + [f"<span>{esc(crumbs[-1][1])}</span>"])
        alt_feed = '\n<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/tin-tuc/feed/">' if feed else ""
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{attr(desc)}">
<meta name="keywords" content="liên minh hợp tác xã, HTX, kinh tế tập thể, Khánh Hòa">
<link rel="stylesheet" href="/static/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/css/site.css">{alt_feed}
<link rel="shortcut icon" href="/static/img/favicon.png">
</head>
<body>
<div class="topbar"><div class="container"><span class="today">{TODAY}</span>
<form action="/tim-kiem/" method="post" class="search-form"><input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}"><input type="text" name="q" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/static/img/logo.png" alt="{attr(ORG)}"></a>
<div class="site-name"><p class="name">{esc(ORG.upper())}</p><p class="slogan"><marquee>{esc(SLOGAN)}</marquee></p></div></div></header>
{nav(active)}
<div class="container main">
<div class="breadcrumbs">{trail}</div>
<div class="row"><div class="col-md-8 content-main">
{content}
</div>
<div class="col-md-4">{sidebar()}</div></div>
</div>
<footer class="footer"><div class="container">
<p class="org">{esc(ORG)}</p>
<p>{esc(ADDRESS)}</p>
<p>{esc(PHONE)}</p>
<p>{esc(RESP)}</p>
<p class="copy">{esc(COPY)} <a href="/admin/" rel="nofollow">Quản trị</a></p>
</div></footer>
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/site.js"></script>
</body>
</html>
"""

    news_title = f"News - Tin tức - {NAME}"
    news_desc = "Tin tức hoạt động của Liên minh Hợp tác xã tỉnh Khánh Hòa và các HTX thành viên."

    # -- entries ---------------------------------------------------------------------------------------------------
    for i, a in enumerate(arts):
        newer = arts[i - 1] if i > 0 else None
        older = arts[i + 1] if i + 1 < len(arts) else None
        body = "\n".join(h for _, h in contents(a))
        upd = a.opts.get("updated") or (a.date + timedelta(minutes=7, seconds=12))
        name = USERS[a.opts["by"]]
        by = (f'\n            <span class="author source-org vcard">\n                by <span class="fn">{esc(name)}</span> |'
              f"\n            </span>") if name else ""
        same = [o for o in arts if o is not a and o.opts["cat"] == a.opts["cat"]][:4]
        related = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="date">({short(o.date)})</span></li>'
                          for o in same)
        pn = []
        if older:
            pn.append(f'<a href="{older.path}" class="prev">&laquo; Bài trước</a>')
        if newer:
            pn.append(f'<a href="{newer.path}" class="next">Bài sau &raquo;</a>')
        content = f"""<!-- contains hAtom microformats proposed by http://www.readability.com/publishers/guidelines/ -->
<article class="hentry">
    <header>
        <h1 class="entry-title">{esc(a.title)}</h1>
        <span class="small byline">
            <a href="/tin-tuc/category/{a.opts['cat']}/">{esc(CATS[a.opts['cat']])}</a> | {by}
            <time datetime="{a.date:%Y-%m-%dT%H:%M:%S}+07:00" pubdate>{a.date:%d/%m/%Y %H:%M}</time>
            <time class="updated" datetime="{upd:%Y-%m-%dT%H:%M:%S}+07:00"></time>
        </span>
    </header>
    <div class="entry-content">
        {body}
    </div>
</article>
<div class="entry-nav">{" | ".join(pn)}</div>
<div class="entry-share">Chia sẻ: <a href="javascript:void(0)" class="fb-share">Facebook</a> <a href="javascript:void(0)" class="zalo-share">Zalo</a></div>
<div class="related"><h3>Tin cùng chuyên mục</h3><ul>{related}</ul></div>"""
        site.page(a.path, layout(news_title, "/tin-tuc/", [("/", "Trang chủ"), ("/tin-tuc/", "Tin tức")], content, news_desc,
                                 feed=True))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(media(a, b.src), image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH KHANH HOA", "THONG BAO SO 09/TB-LMHTX"]))
        site.add_article(a)
    vanninh.aliases.append(fb)
    oldest.aliases.append(noslash)
    site.trap("every entry's <title> is 'News - Tin tức - Liên minh HTX tỉnh Khánh Hòa' (elephantblog's untranslated "
              "title block over the page's): the title is the h1.entry-title only; after the text the site's "
              "'« Bài trước | Bài sau »', 'Chia sẻ:' and 'Tin cùng chuyên mục' (titles with '(14/03/2025)') are not text",
              arts[1].path)
    site.trap("the banner prints today 'Thứ 5, 10/04/2025' and a slogan with dates '(02/4/1975 - 02/4/2025)': no "
              "publication date", arts[0].path)

    # -- the blog's lists ------------------------------------------------------------------------------------------------
    def summary(a: RichArticle) -> str:
        return (f'\n    <article class="hentry">\n        <header>\n            <h2 class="entry-title"><a href="{a.path}" '
                f'rel="bookmark">{esc(a.title)}</a></h2>\n            {byline_span(a)}\n        </header>\n        <div '
                f'class="entry-summary">\n            {first_image(a)}\n            {first_rich(a)}\n        </div>\n    '
                "</article>")

    def archive(base: str, heading: str, items: list[RichArticle]) -> None:
        pages = [items[k:k + PER] for k in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(pages):
            path = base if n == 0 else f"{base}?page={n + 1}"
            pag = ""
            if len(pages) > 1:
                links = []
                if n > 0:
                    links.append(f'<a href="?page={n}">&laquo;</a>')
                for k in range(len(pages)):
                    mark = 'class="mark" ' if k == n else ""
                    links.append(f'<a {mark}href="?page={k + 1}">{k + 1}</a>')
                if n < len(pages) - 1:
                    links.append(f'<a href="?page={n + 2}">&raquo;</a>')
                pag = '\n<div class="pagination">\n    ' + "\n    ".join(links) + "\n</div>"
            content = (f"<h1>{heading}</h1>\n<div class=\"hfeed newsfeed\">" + "".join(summary(a) for a in chunk)
                       + f"\n</div>{pag}")
            site.page(path, layout(news_title, "/tin-tuc/", [("/", "Trang chủ"), ("/tin-tuc/", "Tin tức")], content, news_desc,
                                   feed=True))
            site.non_articles.append(path)

    archive("/tin-tuc/", "News", arts)
    site.trap("the archive /tin-tuc/ (h1 'News', 5 a page, each with its first image and first rich text; the "
              "pager's relative '?page=2' links) and /tin-tuc/?page=2", "/tin-tuc/?page=2")
    for c, cname in CATS.items():
        archive(f"/tin-tuc/category/{c}/", f"News for {esc(cname)}", [a for a in arts if a.opts["cat"] == c])
    for y in sorted({a.date.year for a in arts}, reverse=True):
        archive(f"/tin-tuc/{y}/", f"News for {y}", [a for a in arts if a.date.year == y])
    for y, m in months:
        archive(f"/tin-tuc/{y}/{m:02d}/", f"News for Tháng {m} {y}", [a for a in arts if (a.date.year, a.date.month) == (y, m)])
    site.trap("category lists /tin-tuc/category/<slug>/ ('News for Hoạt động') and date lists /tin-tuc/2025/, "
              "/tin-tuc/2025/03/ ('News for Tháng 3 2025'): the same summaries", "/tin-tuc/2025/03/")

    # -- the page tree ----------------------------------------------------------------------------------------------
    newest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><span class="date">{alt(a.date)}</span></li>'
                     for a in arts[:4])
    home = (f'<div class="richtext"><h2>Chào mừng đến với Cổng thông tin {esc(ORG)}</h2><p>Liên minh HTX tỉnh là tổ chức '
            "đại diện, hỗ trợ các HTX, liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.</p></div>"
            f'<div class="home-news"><h2>Tin mới cập nhật</h2><ul class="entries">{newest}</ul><p><a href="/tin-tuc/">Xem '
            "tất cả tin tức</a></p></div>")
    site.page("/", layout(NAME, "/", [("/", "Trang chủ")], home, f"Cổng thông tin {ORG}"))
    site.non_articles.append("/")
    site.trap("home: a welcome rich text and the four newest entries dated with Django's alternative month names "
              "('15 Tháng ba 2025')", "/")
    pages = {
        "/gioi-thieu/": ("Giới thiệu", "Liên minh Hợp tác xã tỉnh Khánh Hòa được thành lập năm 1997, là tổ chức chính trị - xã "
                         "hội - kinh tế đại diện cho các HTX trên địa bàn tỉnh."),
        "/gioi-thieu/chuc-nang-nhiem-vu/": ("Chức năng, nhiệm vụ", "Liên minh HTX tỉnh tuyên truyền, tư vấn, hỗ trợ thành lập, "
                                            "đào tạo, bồi dưỡng và xúc tiến thương mại cho các HTX."),
        "/gioi-thieu/lanh-dao/": ("Lãnh đạo Liên minh", "Chủ tịch: Nguyễn Văn Hùng. Phó Chủ tịch: Trần Thị Ngọc Hạnh."),
    }
    for path, (t, text) in pages.items():
        crumbs = [("/", "Trang chủ"), ("/gioi-thieu/", "Giới thiệu")] + ([(path, t)] if path != "/gioi-thieu/" else [])
        site.page(path, layout(f"{t} - {NAME}", "/gioi-thieu/", crumbs, f'<h1>{esc(t)}</h1><div class="richtext"><p>'
                               f"{esc(text)}</p></div>", text))
        site.non_articles.append(path)
    notice = arts[0]
    docs = (f'<h1>Văn bản</h1><div class="richtext"><table border="1" cellpadding="1" cellspacing="1" style="width:100%">'
            f'<thead><tr><th scope="col">Số hiệu</th><th scope="col">Trích yếu</th><th scope="col">Ngày ban hành</th></tr>'
            f'</thead><tbody><tr><td>09/TB-LMHTX</td><td><a href="{notice.path}">Về việc tổ chức Hội chợ sản phẩm HTX và '
            f'OCOP tỉnh Khánh Hòa năm 2025</a></td><td>01/04/2025</td></tr><tr><td>02/KH-LMHTX</td><td>Kế hoạch công tác '
            f"năm 2025</td><td>06/01/2025</td></tr></tbody></table><p><a href=\"{notice.attachments[0]['path']}\">Tải "
            "Thông báo số 09/TB-LMHTX</a></p></div>")
    site.page("/van-ban/", layout(f"Văn bản - {NAME}", "/van-ban/", [("/", "Trang chủ"), ("/van-ban/", "Văn bản")], docs,
                                  "Văn bản của Liên minh HTX tỉnh Khánh Hòa"))
    contact = (f'<h1>Liên hệ</h1><div class="richtext"><p>{esc(ADDRESS)}</p></div><form method="post" action="/lien-he/" '
               f'class="contact-form"><input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}"><p><label for="id_name">'
               'Họ và tên:</label> <input type="text" name="name" id="id_name" required></p><p><label for="id_email">Email:'
               '</label> <input type="email" name="email" id="id_email" required></p><p><label for="id_content">Nội dung:'
               '</label> <textarea name="content" id="id_content" rows="6"></textarea></p><button type="submit">Gửi</button>'
               "</form>")
    site.page("/lien-he/", layout(f"Liên hệ - {NAME}", "/lien-he/", [("/", "Trang chủ"), ("/lien-he/", "Liên hệ")], contact,
                                  "Liên hệ"))
    search = (f'<h1>Tìm kiếm</h1><form action="/tim-kiem/" method="post" class="search-page"><input type="hidden" name='
              f'"csrfmiddlewaretoken" value="{CSRF}"><input type="text" name="q" value=""><button type="submit">Tìm</button>'
              "</form><p>Nhập từ khóa để tìm kiếm.</p>")
    site.page("/tim-kiem/", layout(f"Tìm kiếm - {NAME}", "", [("/", "Trang chủ"), ("/tim-kiem/", "Tìm kiếm")], search,
                                   "Tìm kiếm"))
    site.non_articles += ["/van-ban/", "/lien-he/", "/tim-kiem/"]
    site.trap("the page tree's pages (Giới thiệu and its children, 'Văn bản': a table of documents linking the notice "
              "and its PDF, 'Liên hệ': a CSRF form) and the search /tim-kiem/ (the header's POST form with a CSRF "
              "token; GET shows an empty form): no articles", "/van-ban/")

    # -- feed, site map, admin, robots -----------------------------------------------------------------------------
    items = "".join(
        f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description>"
        f"{esc(chr(10).join(h for _, h in contents(a)))}</description><pubDate>{a.date - UTC7:%a, %d %b %Y %H:%M:%S} +0000"
        f"</pubDate><guid>{{{{base}}}}{a.path}</guid></item>" for a in arts)
    site.page("/tin-tuc/feed/", '<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" '
              f'version="2.0"><channel><title>Tin tức - {esc(ORG)}</title><link>{{{{base}}}}/blog/</link><description>'
              f'{esc(news_desc)}</description><atom:link href="{{{{base}}}}/tin-tuc/feed/" rel="self"></atom:link><language>vi'
              f"</language><lastBuildDate>{arts[0].date - UTC7:%a, %d %b %Y %H:%M:%S} +0000</lastBuildDate>{items}</channel>"
              "</rss>", content_type="application/rss+xml; charset=utf-8")
    site.broken("/blog/")
    site.trap("the feed /tin-tuc/feed/ (elephantblog's EntryFeed: every entry, the contents as description): pubDate in "
              "UTC '+0000'; its channel <link> is the hard-coded '/blog/', which answers 404", "/tin-tuc/feed/")
    urls = [(p, "weekly", datetime(2024, 11, 5)) for p in ["/", "/gioi-thieu/", "/gioi-thieu/chuc-nang-nhiem-vu/",
                                                          "/gioi-thieu/lanh-dao/", "/tin-tuc/", "/van-ban/", "/lien-he/"]]
    entries = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{(a.opts.get('updated') or a.date):%Y-%m-%d}</lastmod>"
                      "</url>" for a in arts)
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
              + "".join(f"<url><loc>{{{{base}}}}{p}</loc><lastmod>{d:%Y-%m-%d}</lastmod><changefreq>{f}</changefreq>"
                        f"<priority>0.5</priority></url>" for p, f, d in urls) + entries + "</urlset>\n",
              content_type="application/xml; charset=utf-8")
    site.trap("Django's site map /sitemap.xml: the pages (FeinCMS) and every entry (lastmod = last_changed, a date)",
              "/sitemap.xml")
    site.redirect("/admin/", "/admin/login/?next=/admin/", 302)
    site.page("/admin/login/?next=/admin/", '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập | '
              'Trang quản trị Django</title></head><body class="login"><div id="header"><h1 id="site-name"><a href="/admin/">'
              'Trang quản trị Django</a></h1></div><form action="/admin/login/?next=/admin/" method="post" id="login-form">'
              f'<input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}"><input type="text" name="username"><input '
              'type="password" name="password"><input type="submit" value="Đăng nhập"></form></body></html>\n')
    site.never_fetched += ["/admin/", "/admin/login/?next=/admin/"]
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("robots.txt disallows /admin/ (the footer's 'Quản trị': Django's admin, 302 to its login): never fetched",
              "/admin/")
    for name in ["logo.png", "favicon.png"]:
        site.binary(f"/static/img/{name}", image_for(name))
    return site
