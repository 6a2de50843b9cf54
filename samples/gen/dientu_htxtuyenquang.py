"""Site `dientu-htxtuyenquang` (registry family `generic`): "Trang tin điện tử Liên minh HTX tỉnh Tuyên Quang", built
on **uCoz** (the free site builder; the "Новости сайта" / site-news module as the news section, the Page Editor for
the home page and two static pages; the interface language English, because uCoz has no Vietnamese: the staff
translated the template's own words ("Chuyên mục:", "Lượt xem:", "Người đăng:", "Ngày:") but the system phrases
uCoz writes itself stay English ("Total comments:", "Only registered users can add comments.", "Total online:"); the
site's time zone offset set to Vietnam time in the control panel; the copy is of 2 April 2025). Written as a
held-out test: no family module, no selectors.

URL shapes: an entry `/news/<slug>/<yyyy-mm-dd>-<id>` (the "SEO-friendly URL" the staff typed: ASCII, underscores);
uCoz answers the old id-only form `/news/<yyyy-mm-dd>-<id>` with the same page (a member's comment links one so: an
alias); the module's list `/news/` (6 entries a page) and its pager `/news/?page1` (= `/news/`), `/news/?page2`;
categories `/news/<cat-slug>/1-0-<catid>`; the calendar's month archive `/news/2025-03` and `/news/2025-04`; the
RSS `/news/rss/` (the module setting: the 6 newest); Page Editor pages `/` (home), `/index/0-2` (Giới thiệu),
`/index/0-3` (the feedback form); the uCoz system pages `/index/1` (login), `/index/3` (registration), the search
`/search/?q=…` and the tag pages `/search/<tag>/` - all disallowed by the robots.txt uCoz writes for every site
(`Disallow: /index/1`, `/index/3`, `/search/`, `Disallow: /*?` with `Allow: /*?page`); `/sitemap.xml` (every
entry, no dates).

Why it is hard: the classic uCoz template is tables; the page's only `<h1>` is the site name in the header; the
entry's title is `td.eTitle` of `table.eBlock`, its text `td.eMessage` (the old uCoz visual editor: a `<div
align="justify">` whose paragraphs are separated by `<br /><br />`, bold lines as headings, `<div
align="center"><img><br /><i>caption</i></div>` photos, bordered tables, lists), then `td.eDetails`
("Chuyên mục: … | Lượt xem: 215 | Người đăng: admin | Ngày: <span title="21:40">15.03.2025</span>": the date in
dd.mm.yyyy, the time only in the tooltip), the rating row, "Bài viết liên quan:" (`ul.uRelatedEntries`), the
comments (`div.comEnt > table.cBlock1`, "Total comments: 2") and the guest notice. The list pages show the brief
text (the lead repeated) with the time floated right. "Người đăng" is the uCoz account (admin, sondv, hanhtq): never
the author; a closing byline is. The RSS gives GMT: the entry of 00:20 on 16 March reads "Sat, 15 Mar 2025
17:20:00 GMT". The banner's "Wednesday, 02.04.2025" is the copy's day. The oldest entry has no category and is only
on `/news/?page2` (and in the sitemap, which lists every entry).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "dientu-htxtuyenquang"
NAME = "Trang tin điện tử Liên minh HTX tỉnh Tuyên Quang"
SHORT = "Liên minh HTX tỉnh Tuyên Quang"
PER = 6
TODAY = "Wednesday, 02.04.2025"
CATS = {1: ("tin_hoat_dong", "Tin hoạt động"), 2: ("thong_bao", "Thông báo"), 3: ("kinh_te_tap_the", "Kinh tế tập thể")}
USERS = {1: "admin", 2: "sondv", 3: "hanhtq"}
COPY = "Bản quyền © 2025 Liên minh Hợp tác xã tỉnh Tuyên Quang"
ADDRESS = "Địa chỉ: Số 8 đường Tân Trào, phường Tân Quang, TP Tuyên Quang - ĐT: 0207.3822.547"
HOSTED = "Hosted by uCoz"
FURN = [TODAY, COPY, ADDRESS, HOSTED, "Chuyên mục:", "Lượt xem:", "Người đăng:", "Đánh giá:", "Bài viết liên quan:",
        "Only registered users can add comments.", "Total online:", "Guests:", "Users:", "Menu trang",
        "Chuyên mục tin", "Tìm kiếm trên trang", "Thống kê truy cập", "Lịch đăng tin", "Tin mới đăng",
        "Xin chào Guest", "Registration", "Login", "Tags:", "Total comments", "Chia sẻ:"]


def slug(title: str) -> str:
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "_", t).strip("_")


def tag_path(t: str) -> str:
    return quote(t)


def gmt(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT"


def nw(name: str) -> str:
    return f"/_nw/0/{int(hashlib.md5(name.encode()).hexdigest()[:7], 16) % 90000000 + 10000000}.png"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element",
                    evidence=["date-element", "url", "listing"])

    return [
        A(path="", title="Liên minh HTX tỉnh Tuyên Quang tổng kết công tác năm 2024",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết công tác năm 2024
Năm 2024, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 28 HTX, tổ chức 10 lớp tập huấn cho 540 lượt cán bộ quản lý HTX.
Năm 2025, Liên minh HTX tỉnh phấn đấu phát triển thêm 30 HTX, trong đó có ít nhất 5 HTX ứng dụng công nghệ cao.
""", byline="Tin, ảnh: Hà Thị Ngọc", author="Hà Thị Ngọc",
          opts={"id": 31, "cat": None, "user": 1, "views": 96, "tags": []},
          notes=["the oldest entry: no category (its eDetails has no 'Chuyên mục:'), not in the RSS (6 newest), the "
                 "'Tin mới đăng' informer, the calendar's months nor any related list: only /news/?page2 (and the "
                 "sitemap, which lists every entry); 'Người đăng: admin'; 'Tin, ảnh: Hà Thị Ngọc' closes it -> author"],
          **at(datetime(2024, 12, 27, 15, 10))),
        A(path="", title="Kết quả phát triển HTX tỉnh Tuyên Quang năm 2024",
          body="""
Năm 2024, khu vực kinh tế tập thể tỉnh Tuyên Quang tiếp tục phát triển cả về số lượng và chất lượng.
| Chỉ tiêu | Đơn vị | Năm 2024 | So với năm 2023 (%) |
| HTX đang hoạt động | HTX | 612 | 106,3 |
| Thành viên HTX | người | 14.870 | 103,1 |
| Doanh thu bình quân một HTX | triệu đồng | 2.460 | 109,4 |
| HTX xếp loại tốt, khá | HTX | 318 | 111,2 |
Số HTX có sản phẩm OCOP đạt 3 sao trở lên là 86 HTX, tăng 14 HTX so với năm trước.
""", byline="Đặng Văn Sơn - Phòng Kế hoạch tổng hợp", author="Đặng Văn Sơn",
          opts={"id": 33, "cat": 3, "user": 2, "views": 174, "tags": ["OCOP"]},
          notes=["a bordered table (bold first row, no <th>): one line per row; 'Người đăng: sondv' (his uCoz login, not a "
                 "name); 'Đặng Văn Sơn - Phòng Kế hoạch tổng hợp' closes the text -> Đặng Văn Sơn; its tag 'OCOP' links "
                 "/search/OCOP/ (robots: Disallow: /search/)"],
          **at(datetime(2025, 1, 14, 9, 0))),
        A(path="", title="HTX Chè Mỹ Bằng mở rộng vùng nguyên liệu chè hữu cơ",
          body="""
HTX Chè Mỹ Bằng (huyện Yên Sơn) vừa mở rộng vùng nguyên liệu chè hữu cơ lên 42 ha với 96 hộ thành viên tham gia.
Toàn bộ diện tích được chăm sóc theo quy trình hữu cơ, không sử dụng phân bón và thuốc bảo vệ thực vật hóa học.
Sản phẩm chè xanh Mỹ Bằng đã đạt OCOP 4 sao và được tiêu thụ ổn định tại Hà Nội, Thái Nguyên.
""", byline="Theo Báo Tuyên Quang", author=None,
          opts={"id": 35, "cat": 1, "user": 3, "views": 233, "tags": ["chè", "OCOP"],
                "comments": [("tuanln", "Chè Mỹ Bằng uống rất ngon, chúc HTX phát triển!", datetime(2025, 2, 5, 20, 12)),
                             ("hoangthu", "Ảnh vụ chè xuân của HTX Chè Vinh Quang: {{alias}}", datetime(2025, 3, 5, 7, 48))]},
          notes=["'Theo Báo Tuyên Quang' closes the text: a reprint, no author ('Người đăng: hanhtq' is an account); two "
                 "members' comments under it (div.comEnt, 'Total comments: 2') are not text, and the second links the "
                 "photo story by the old id-only URL /news/2025-03-04-39 (the same page: an alias)"],
          **at(datetime(2025, 2, 5, 14, 30))),
        A(path="", title="Hướng dẫn HTX xây dựng phương án sản xuất kinh doanh năm 2025",
          body="""
Để hoạt động hiệu quả, mỗi HTX cần xây dựng phương án sản xuất kinh doanh sát với thực tế và được đại hội thành viên thông qua.
## Nội dung chính của phương án
* Đánh giá kết quả sản xuất kinh doanh năm 2024 và nhu cầu của thành viên;
* Xác định sản phẩm, dịch vụ chủ lực và thị trường tiêu thụ;
* Dự kiến nguồn vốn, chi phí, doanh thu và phân phối thu nhập;
* Phân công trách nhiệm tổ chức thực hiện trong Hội đồng quản trị.
Liên minh HTX tỉnh sẵn sàng hỗ trợ các HTX rà soát, hoàn thiện phương án trước khi trình đại hội thành viên.
""", byline="Nguyễn Thị Thu Trang", author="Nguyễn Thị Thu Trang",
          opts={"id": 37, "cat": 3, "user": 2, "views": 158, "tags": []},
          notes=["a bold line as a heading and a bulleted list between the <br /><br /> paragraphs of the old editor; "
                 "'Người đăng: sondv'; the bare name 'Nguyễn Thị Thu Trang' closes it: the author"],
          **at(datetime(2025, 2, 20, 8, 15))),
        A(path="", title="Ảnh: HTX Chè Vinh Quang vào vụ chè xuân",
          body="""
Đầu tháng 3, các thành viên HTX Chè Vinh Quang (huyện Chiêm Hóa) bước vào vụ thu hái chè xuân năm 2025.
[img vinh-quang-1.png] Thành viên HTX thu hái chè búp trên đồi chè Vinh Quang
[img vinh-quang-2.png] Chè búp tươi được cân, phân loại ngay tại nương
[img vinh-quang-3.png] Dây chuyền sao chè khô mới đầu tư của HTX
Vụ xuân năm nay HTX dự kiến thu mua khoảng 180 tấn chè búp tươi cho các hộ thành viên.
""", byline="Ảnh: Lý Văn Phong", author="Lý Văn Phong",
          opts={"id": 39, "cat": 1, "user": 3, "views": 301, "tags": ["chè"]},
          notes=["photo story: each photo a centred <div> with the caption after a <br /> in <i> (one line each); 'Ảnh: Lý "
                 "Văn Phong' closes it -> author (the photographer of a photo story); uCoz answers the id-only URL "
                 "/news/2025-03-04-39 (linked by a comment): an alias"],
          **at(datetime(2025, 3, 4, 10, 0))),
        A(path="", title="Thông báo số 05/TB-LMHTX về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH TUYÊN QUANG
Số: 05/TB-LMHTX
Tuyên Quang, ngày 10 tháng 3 năm 2025
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2025
Liên minh HTX tỉnh tổ chức lớp bồi dưỡng kiến thức quản lý cho giám đốc, kế toán HTX từ ngày 24/3/2025 đến ngày 28/3/2025 tại Hội trường Liên minh HTX tỉnh.
Mỗi HTX cử không quá 02 học viên; kinh phí tổ chức lớp do ngân sách tỉnh bảo đảm.
Các HTX gửi danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 20/3/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Bình
""", author=None, doc_number="05/TB-LMHTX",
          attachments=[{"path": "/van_ban/TB-05-LMHTX-2025.pdf", "text": "TB-05-LMHTX-2025.pdf"}],
          opts={"id": 40, "cat": 2, "user": 1, "views": 412, "tags": ["tập huấn"], "label": "Tải về: "},
          notes=["notice 'Số: 05/TB-LMHTX' dated 10/3 in its text, posted 11.03.2025 16:20 (eDetails, the time in the "
                 "tooltip); 'Người đăng: admin': no author; the signer is text; 'Tải về: TB-05-LMHTX-2025.pdf' (a File "
                 "Manager upload in /van_ban/) is an attachment, not text"],
          **at(datetime(2025, 3, 11, 16, 20))),
        A(path="", title="Liên minh HTX tỉnh ký kết chương trình phối hợp với Ngân hàng Chính sách xã hội tỉnh",
          body="""
Chiều 15/3, Liên minh HTX tỉnh và Chi nhánh Ngân hàng Chính sách xã hội tỉnh Tuyên Quang ký kết chương trình phối hợp giai đoạn 2025 - 2030.
Theo chương trình, hai bên phối hợp tuyên truyền chính sách tín dụng, hỗ trợ thành viên HTX tiếp cận vốn vay ưu đãi để phát triển sản xuất.
Năm 2025, hai đơn vị phấn đấu giải ngân 50 tỷ đồng cho thành viên các HTX nông nghiệp trên địa bàn tỉnh.
""", author=None,
          opts={"id": 42, "cat": 1, "user": 1, "views": 187, "tags": []},
          notes=["posted at 00:20 on 16 March about the afternoon before: eDetails 'Ngày: 16.03.2025' with the tooltip "
                 "'00:20', the URL /news/…/2025-03-16-42; the RSS gives GMT 'Sat, 15 Mar 2025 17:20:00 GMT' (the "
                 "previous day); 'Người đăng: admin', no byline: author null"],
          **at(datetime(2025, 3, 16, 0, 20))),
        A(path="", title="HTX Nông nghiệp Tân Thành phát triển vùng cam sành đạt chuẩn VietGAP",
          body="""
HTX Nông nghiệp Tân Thành (huyện Hàm Yên) hiện có 65 ha cam sành được chứng nhận VietGAP của 48 hộ thành viên.
Năm 2025, HTX ký hợp đồng bao tiêu với hai doanh nghiệp tại Hà Nội, giá bán cao hơn cam thường từ 3.000 đến 5.000 đồng/kg.
HTX đang hoàn thiện hồ sơ đề nghị cấp mã số vùng trồng để hướng tới xuất khẩu.
""", byline="Bàn Thị Hoa", author="Bàn Thị Hoa",
          opts={"id": 45, "cat": 1, "user": 3, "views": 64, "tags": []},
          notes=["the newest entry: 'Người đăng: hanhtq', the bare name 'Bàn Thị Hoa' closes the text: the author"],
          **at(datetime(2025, 3, 27, 9, 45))),
    ]


def body_html(a: RichArticle) -> str:
    """The old uCoz visual editor: runs of paragraphs in one justified <div>, separated by <br /><br />."""
    out, run = [], []

    def flush() -> None:
        if run:
            out.append('<div align="justify">' + "<br /><br />".join(run) + "</div>")
            run.clear()

    for b in a.blocks:
        if b.kind == "p":
            run.append(inline_html(b.text))
        elif b.kind == "h":
            run.append(f"<b>{esc(b.text)}</b>")
        elif b.kind in ("ul", "ol"):
            flush()
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            flush()
            head, *rows = b.rows
            out.append('<table border="1" cellpadding="3" cellspacing="0" width="100%"><tbody><tr>'
                       + "\n".join(f"<td><b>{esc(c)}</b></td>" for c in head) + "</tr>\n"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody></table>")
        elif b.kind == "img":
            flush()
            cap = f"<br /><i>{esc(b.text)}</i>" if b.text else ""
            out.append(f'<div align="center"><img src="{nw(b.src)}" border="0" alt="" />{cap}</div>')
    flush()
    for x in a.attachments:
        out.append(f'<div align="justify">{a.opts.get("label", "")}<a href="{x["path"]}" target="_blank">'
                   f'{esc(x["text"])}</a></div>')
    if a.byline:
        out.append(f'<div align="right"><b>{esc(a.byline)}</b></div>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tuyen-quang", f"{NAME} (uCoz)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/news/rss/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/news/{slug(a.title)}/{a.date:%Y-%m-%d}-{a.opts['id']}"
        a.opts["short"] = f"/news/{a.date:%Y-%m-%d}-{a.opts['id']}"
    oldest = arts[-1]
    photo = next(a for a in arts if sum(b.kind == "img" for b in a.blocks) > 1)
    newest5 = arts[:5]

    def first_p(a: RichArticle) -> str:
        return inline_text(next(b.text for b in a.blocks if b.kind == "p"))

    def cat_url(cid: int) -> str:
        return f"/news/{CATS[cid][0]}/1-0-{cid}"

    def details(a: RichArticle, with_comments: bool) -> str:
        parts = []
        if a.opts["cat"]:
            parts.append(f'Chuyên mục: <a href="{cat_url(a.opts["cat"])}">{esc(CATS[a.opts["cat"]][1])}</a>')
        parts.append(f'Lượt xem: {a.opts["views"]}')
        uid = a.opts["user"]
        parts.append(f'Người đăng: <a href="javascript:;" rel="nofollow" onclick="window.open(\'/index/8-{uid}\', \'up{uid}\', '
                     f"'scrollbars=1,top=0,left=0,resizable=1,width=700,height=375'); return false;\">{USERS[uid]}</a>")
        parts.append(f'Ngày: <span title="{a.date:%H:%M}">{a.date:%d.%m.%Y}</span>')
        n = len(a.opts.get("comments", []))
        if with_comments:
            parts.append(f'<a href="{a.path}#comments">Bình luận ({n})</a>')
        return " | ".join(parts)

    def tags_html(a: RichArticle) -> str:
        if not a.opts["tags"]:
            return ""
        return "<br />Tags: " + ", ".join(
            f'<noindex><a href="/search/{tag_path(t)}/" rel="nofollow" class="eTag">{esc(t)}</a></noindex>'
            for t in a.opts["tags"])

    def list_item(a: RichArticle) -> str:
        return (f'<table border="0" width="100%" cellspacing="0" cellpadding="0" class="eBlock"><tr><td style="padding:3px;">'
                f'<div class="eTitle" style="text-align:left;"><div style="float:right;font-size:9px;">{a.date:%H:%M}</div>'
                f'<a href="{a.path}">{esc(a.title)}</a></div>'
                f'<div class="eMessage" style="text-align:left;clear:both;padding-top:2px;padding-bottom:2px;">'
                f'<div align="justify">{esc(first_p(a))}</div></div>'
                f'<div class="eDetails" style="clear:both;">{details(a, True)}</div></td></tr></table><br />')

    def pager(n: int, pages: int) -> str:
        if pages < 2:
            return ""
        items = []
        if n > 1:
            items.append(f'<a class="swchItem swchItem-prev" href="/news/?page{n - 1}" onclick="spages(\'{n - 1}\', '
                         f'\'news\');return false;"><span>&laquo;</span></a>')
        for k in range(1, pages + 1):
            items.append(f'<b class="swchItemA"><span>{k}</span></b>' if k == n else
                         f'<a class="swchItem" href="/news/?page{k}" onclick="spages(\'{k}\', \'news\');return false;">'
                         f'<span>{k}</span></a>')
        if n < pages:
            items.append(f'<a class="swchItem swchItem-next" href="/news/?page{n + 1}" onclick="spages(\'{n + 1}\', '
                         f'\'news\');return false;"><span>&raquo;</span></a>')
        return f'<div class="catPages1" align="center" id="pagesBlock1"><span class="pagesBlockuz1">{" ".join(items)}</span></div>'

    cat_counts = {cid: sum(1 for a in arts if a.opts["cat"] == cid) for cid in CATS}

    def layout(title: str, main: str, desc: str = "") -> str:
        menu = "".join(f'<li class="uMenuItem"><a href="{href}"><span>{esc(t)}</span></a></li>' for t, href in
                       [("Trang chủ", "/"), ("Giới thiệu", "/index/0-2"), ("Tin tức", "/news/"), ("Liên hệ", "/index/0-3")])
        cats = "".join(f'<tr><td style="width:100%" class="catsTd"><a href="{cat_url(cid)}" class="catName">{esc(n)}</a> '
                       f'<span class="catNumData" style="unicode-bidi:embed;">[{cat_counts[cid]}]</span></td></tr>'
                       for cid, (s, n) in CATS.items())
        informer = "".join(f'<div class="inf-news"><a href="{a.path}">{esc(a.title)}</a> <span class="inf-date">'
                           f'({a.date:%d.%m.%Y})</span></div>' for a in newest5)
        week = "".join(f'<td align="center" class="calWday">{d}</td>' for d in ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"))
        days = ('<tr><td></td>' + "".join(f'<td align="center" class="calMday">{d}</td>' for d in range(1, 7)) + "</tr>")
        d = f'<meta name="description" content="{attr(desc)}" />' if desc else ""
        return f"""<html>
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<title>{esc(title)}</title>
{d}
<link type="text/css" rel="StyleSheet" href="/_st/my.css" />
<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/news/rss/" />
<script src="/.s/src/jquery-1.12.4.min.js" type="text/javascript"></script>
<script src="/.s/src/uwnd.min.js" type="text/javascript"></script>
</head>
<body style="background:#FFFFFF; margin:0px; padding:0px;">
<div id="utbr8214" rel="s744"></div>
<!--U1AHEADER1Z--><table border="0" cellpadding="0" cellspacing="0" width="100%" class="header"><tr>
<td class="logo"><h1><a href="/">{esc(NAME)}</a></h1><div class="slogan">Đoàn kết - Hợp tác - Phát triển</div></td>
<td align="right" class="hdate"><div class="date">{TODAY}</div><div class="user-bar">Xin chào Guest | <a href="/index/3"><!--<s3089>-->Registration<!--</s>--></a> | <a href="/index/1"><!--<s3087>-->Login<!--</s>--></a> | <a href="/news/rss/">RSS</a></div></td>
</tr></table><!--/U1AHEADER1Z-->
<table cellpadding="0" cellspacing="0" border="0" width="100%" class="main-table"><tr>
<td valign="top" width="220" class="sidebar">
<!--U1CLEFTER1Z-->
<table border="0" cellpadding="0" cellspacing="0" class="boxTable"><tr><td class="boxTitle"><b>Menu trang</b></td></tr><tr><td class="boxContent"><div id="uMenuDiv1" class="uMenuV" style="position:relative;"><ul class="uMenuRoot">{menu}</ul></div></td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" class="boxTable"><tr><td class="boxTitle"><b>Chuyên mục tin</b></td></tr><tr><td class="boxContent"><table border="0" cellspacing="1" cellpadding="0" width="100%" class="catsTable">{cats}</table></td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" class="boxTable"><tr><td class="boxTitle"><b>Tìm kiếm trên trang</b></td></tr><tr><td class="boxContent"><div class="searchForm"><form onsubmit="this.sfSbm.disabled=true" method="get" style="margin:0" action="/search/"><div align="center" class="schQuery"><input type="text" name="q" maxlength="30" size="20" class="queryField" /></div><div align="center" class="schBtn"><input type="submit" class="searchSbmFl" name="sfSbm" value="Tìm" /></div><input type="hidden" name="t" value="0"></form></div></td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" class="boxTable"><tr><td class="boxTitle"><b>Lịch đăng tin</b></td></tr><tr><td class="boxContent"><table border="0" cellspacing="1" cellpadding="2" class="calTable"><tr><td align="center" class="calMonth" colspan="7"><a title="March 2025" class="calMonthLink cal-month-link-prev" rel="nofollow" href="/news/2025-03">&laquo;</a>&nbsp; <a class="calMonthLink cal-month-current" rel="nofollow" href="/news/2025-04">April 2025</a></td></tr><tr>{week}</tr>{days}</table></td></tr></table>
<!--/U1CLEFTER1Z-->
</td>
<td valign="top" class="content-td">
<!-- <middle> --><!-- <body> -->{main}<!-- </body> --><!-- </middle> -->
</td>
<td valign="top" width="220" class="sidebar">
<!--U1DRIGHTER1Z-->
<table border="0" cellpadding="0" cellspacing="0" class="boxTable"><tr><td class="boxTitle"><b>Tin mới đăng</b></td></tr><tr><td class="boxContent">{informer}</td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" class="boxTable"><tr><td class="boxTitle"><b>Thống kê truy cập</b></td></tr><tr><td class="boxContent" align="center"><hr /><div class="tOnline" id="onl1">Total online: <b>3</b></div> <div class="gOnline" id="onl2">Guests: <b>3</b></div> <div class="uOnline" id="onl3">Users: <b>0</b></div></td></tr></table>
<!--/U1DRIGHTER1Z-->
</td></tr></table>
<!--U1BFOOTER1Z--><table border="0" cellpadding="4" cellspacing="0" width="100%" class="footer"><tr><td align="center">{esc(COPY)}<br />{esc(ADDRESS)}<br /><!-- "' --><span class="pbFsdM1q"><a href="{{{{base:offsite}}}}/ucoz/" title="Website builder uCoz">{HOSTED}</a></span></td></tr></table><!--/U1BFOOTER1Z-->
</body>
</html>
"""

    def comments_html(a: RichArticle) -> str:
        coms = a.opts.get("comments", [])
        items = []
        for i, (user, text, when) in enumerate(coms, 1):
            cid = 100 + a.opts["id"] * 3 + i
            shown = esc(text).replace("{{alias}}", f'<a class="link" href="{photo.opts["short"]}" rel="nofollow">'
                                      f'{{{{base}}}}{photo.opts["short"]}</a>')
            items.append(f'<div class="comEnt" id="comEnt{cid}" style="width:100%;"><table border="0" cellpadding="0" '
                         f'cellspacing="0" width="100%" class="cBlock1" style=""><tr><td style="padding:3px;"><div '
                         f'style="float:right;font-size:9px;">{when:%d.%m.%Y %H:%M}</div><div style="text-align:left;"><b>{i}'
                         f'</b> <a href="#ent{cid}" name="ent{cid}"><b>{user}</b></a></div><div class="cMessage" style="'
                         f'text-align:left;clear:both;padding-top:2px;padding-bottom:2px;">{shown}</div></td></tr></table></div>')
        head = ""
        if coms:
            head = (f'<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td width="60%" height="25">'
                    f'<!--<s5183>-->Total comments<!--</s>-->: <b>{len(coms)}</b></td><td align="right" height="25"></td></tr>'
                    f'<tr><td colspan="2">{"".join(items)}</td></tr></table>')
        return (f'<a name="comments"></a>{head}<div align="center" class="commReg"><!--<s5237>-->Only registered users can add '
                f'comments.<!--</s>--><br />[ <a href="/index/3" rel="nofollow"><!--<s3089>-->Registration<!--</s>--></a> | '
                f'<a href="javascript:;" rel="nofollow" onclick="new _uWnd(\'LF\', \' \', -250, -110, {{autosize:1, closeonesc:1, '
                f'resize:1}}, {{url:\'/index/40\'}});return false;"><!--<s3087>-->Login<!--</s>--></a> ]</div>')

    comment_strings = set()
    for a in arts:
        for user, text, when in a.opts.get("comments", []):
            comment_strings.add(text.replace("{{alias}}", "").strip())
        rel = [x for x in arts if x is not a and x is not oldest and x.opts["cat"] == a.opts["cat"]][:4]
        related = ""
        if rel:
            related = ('<div class="uRelated"><b>Bài viết liên quan:</b><ul class="uRelatedEntries">'
                       + "".join(f'<li class="uRelatedEntry"><a href="{x.path}">{esc(x.title)}</a></li>' for x in rel)
                       + "</ul></div>")
        main = (f'<table border="0" width="100%" cellspacing="1" cellpadding="2" class="eBlock"><tr><td class="eTitle">'
                f'{esc(a.title)}</td></tr><tr><td class="eMessage"><div id="nativeroll_video_cont" style="display:none;">'
                f'</div>{body_html(a)}</td></tr><tr><td class="eDetails">{details(a, False)}{tags_html(a)}</td></tr>'
                f'<tr><td class="eDetails">Đánh giá: <b>0.0</b>/<b>0</b></td></tr></table>'
                f'<div class="share-line">Chia sẻ: <div class="uSocial-Share" data-pid="5c1f0e8b7d2a4b9c3e6f1a0d8b7c2e4f" '
                f'data-type="share" data-options="round-rect,style1,default,absolute,horizontal,size24,eachCounter0,counter0" '
                f'data-social="fb,email,print" data-mobile="sms"></div></div>{related}'
                f'<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td>{comments_html(a)}</td></tr></table>')
        cat = f" - {CATS[a.opts['cat']][1]}" if a.opts["cat"] else ""
        site.page(a.path, layout(f"{a.title}{cat} - Tin tức - {NAME}", main, desc=first_p(a)))
        site.same_page(a.opts["short"], a.path)
        if a is photo:
            a.aliases.append(a.opts["short"])
        for b in a.blocks:
            if b.kind == "img":
                site.binary(nw(b.src), image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH TUYEN QUANG", "THONG BAO SO 05/TB-LMHTX"]))
        site.add_article(a)
    site.extra_boilerplate += sorted(comment_strings)

    # the module's list and its pager
    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(pages, 1):
        main = ('<div class="module-title"><h2>Tin tức</h2></div>' + "".join(list_item(a) for a in chunk)
                + pager(n, len(pages)))
        path = "/news/" if n == 1 else f"/news/?page{n}"
        site.page(path, layout(f"Tin tức - {NAME}" + (f" - Trang {n}" if n > 1 else ""), main))
        site.non_articles.append(path)
    site.same_page("/news/?page1", "/news/")
    site.non_articles.append("/news/?page1")
    site.trap("the news list /news/ (6 a page: the brief text, the time floated right, eDetails with the date); its "
              "pager /news/?page1 (= /news/), /news/?page2 holds the two oldest entries", "/news/?page2")
    for cid, (cslug, cname) in CATS.items():
        items = [a for a in arts if a.opts["cat"] == cid]
        path = cat_url(cid)
        site.page(path, layout(f"{cname} - Tin tức - {NAME}", f'<div class="module-title"><h2>{esc(cname)}</h2></div>'
                               + "".join(list_item(a) for a in items)))
        site.non_articles.append(path)
    site.trap("categories /news/<cat-slug>/1-0-<catid> (the left block 'Chuyên mục tin' with counts [n]): lists",
              cat_url(1))
    for month in ("2025-03", "2025-04"):
        items = [a for a in arts if f"{a.date:%Y-%m}" == month]
        body = "".join(list_item(a) for a in items) or '<div align="center">Không có bài viết nào</div>'
        site.page(f"/news/{month}", layout(f"Tin tức - {month} - {NAME}", f'<div class="module-title"><h2>Tin tức '
                                            f'{month}</h2></div>{body}'))
        site.non_articles.append(f"/news/{month}")
    site.trap("the calendar block ('Lịch đăng tin', April 2025) links the month archives /news/2025-03 and /news/2025-04: "
              "lists (the oldest, of December, is in neither)", "/news/2025-03")

    # Page Editor pages
    home = ('<div class="page-content"><h2>Chào mừng bạn đến với Trang tin điện tử Liên minh HTX tỉnh Tuyên Quang</h2>'
            '<p>Trang tin cập nhật hoạt động của Liên minh HTX tỉnh và các hợp tác xã thành viên trên địa bàn tỉnh.</p>'
            '<h3>Tin mới</h3>' + "".join(list_item(a) for a in arts[:3]) + '<p><a href="/news/">Xem tất cả tin tức</a></p></div>')
    site.page("/", layout(NAME, home, desc="Trang tin điện tử Liên minh Hợp tác xã tỉnh Tuyên Quang"))
    site.non_articles.append("/")
    site.trap("home (a Page Editor page): a welcome and the 3 newest entries (list style)", "/")
    for path, title, text in [
            ("/index/0-2", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Tuyên Quang là tổ chức chính trị - xã hội, đại diện "
             "và bảo vệ quyền lợi hợp pháp của các HTX, tổ hợp tác trên địa bàn tỉnh.</p>"),
            ("/index/0-3", "Liên hệ", f"<p>{esc(ADDRESS)}</p><form method=\"post\" action=\"/index/sub/\"><input "
             f"type=\"text\" name=\"f1\" /><textarea name=\"f2\"></textarea><input type=\"submit\" value=\"Gửi\" /></form>")]:
        site.page(path, layout(f"{title} - {NAME}", f'<div class="page-content"><h2>{title}</h2>{text}</div>'))
        site.non_articles.append(path)

    # uCoz system pages: robots-disallowed
    for path, title in [("/index/1", "Login"), ("/index/3", "Registration")]:
        site.page(path, layout(f"{title} - {NAME}", f'<form method="post" action="/index/sub/"><h2>{title}</h2><input '
                                                    f'name="user" /><input name="password" type="password" /></form>'))
        site.never_fetched.append(path)
    for t in sorted({t for a in arts for t in a.opts["tags"]}):
        path = f"/search/{tag_path(t)}/"
        found = [a for a in arts if t in a.opts["tags"]]
        site.page(path, layout(f"{t} - Tìm kiếm - {NAME}", "".join(list_item(a) for a in found)))
        site.never_fetched.append(path)
    site.page("/search/", layout(f"Tìm kiếm - {NAME}", '<div class="searchForm"><form method="get" action="/search/">'
                                 '<input type="text" name="q" /></form></div>'))
    site.never_fetched.append("/search/")
    site.static("/robots.txt", "User-agent: *\nAllow: /*?page\nAllow: /*?ref=\nAllow: /stat/dspixel\nDisallow: /*?\n"
                "Disallow: /stat/\nDisallow: /index/1\nDisallow: /index/3\nDisallow: /register\nDisallow: /index/5\n"
                "Disallow: /index/7\nDisallow: /index/8\nDisallow: /index/9\nDisallow: /index/sub/\nDisallow: /panel/\n"
                "Disallow: /admin/\nDisallow: /informer/\nDisallow: /secure/\nDisallow: /poll/\nDisallow: /search/\n"
                "Disallow: /abnl/\nDisallow: /*_escaped_fragment_=\nDisallow: /*-*-*-*-987$\nDisallow: /shop/checkout/\n"
                "Disallow: /shop/user/\nDisallow: /*0-*-0-17$\nDisallow: /*-0-0-\n\nSitemap: {{base}}/sitemap.xml\n"
                "Sitemap: {{base}}/sitemap-forum.xml\n")
    site.trap("robots.txt (the one uCoz writes): Disallow /index/1 (Login), /index/3 (Registration), /search/ (the "
              "search box and the tag links), and every query URL but ?page: never fetched", "/index/1")

    # RSS and sitemap
    items = "".join(
        f"<item><title>{esc(a.title)}</title><description>{esc(first_p(a))}</description><content:encoded><![CDATA["
        f"{body_html(a)}]]></content:encoded><link>{{{{base}}}}{a.path}</link>"
        + (f"<category>{esc(CATS[a.opts['cat']][1])}</category>" if a.opts["cat"] else "")
        + f"<dc:creator>{USERS[a.opts['user']]}</dc:creator><guid>{{{{base}}}}{a.path}</guid><pubDate>{gmt(a.date)}"
          f"</pubDate></item>" for a in arts[:6])
    site.page("/news/rss/", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/'
              f'elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Tin tức - {esc(NAME)}'
              f'</title><link>{{{{base}}}}/news/</link><description>Tin tức</description><lastBuildDate>{gmt(arts[0].date)}'
              f"</lastBuildDate><generator>uCoz Web-Service</generator>{items}</channel></rss>\n",
              content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /news/rss/ (the header's 'RSS' and the head's alternate; the 6 newest, brief and full text, the account "
              "as dc:creator): pubDate in GMT", "/news/rss/")
    urls = ["/", "/index/0-2", "/index/0-3", "/news/"] + [cat_url(c) for c in CATS] + [a.path for a in arts]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9">' + "".join(f"<url><loc>{{{{base}}}}{u}</loc></url>" for u in urls) + "</urlset>\n",
              content_type="application/xml; charset=utf-8")
    site.page("/sitemap-forum.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
              'schemas/sitemap/0.9"></urlset>\n', content_type="application/xml; charset=utf-8")
    site.trap("/sitemap.xml (robots' Sitemap line; every entry and page, no dates) and an empty /sitemap-forum.xml",
              "/sitemap.xml")
    return site
