"""Site `nhatky-htxtravinh` (registry family `generic`): "Nhật ký HTX Trà Vinh", the blog the Trà Vinh cooperative
alliance's office keeps on **Micro.blog** (hosted Hugo, the "Default theme" 1.0.8 of microdotblog/theme-default,
Micro.blog's own built-in archive, photos, feed and sitemap templates; the province joined Vĩnh Long on 1 July 2025,
the copy is of 25 June 2025). Written as a held-out test: no family module, no selectors.

URL shapes: a titled post `/YYYY/MM/DD/<slug>.html`, an untitled micropost `/YYYY/MM/DD/<HHMMSS>.html` (the time of
day as its name), pages `/about/`, `/lien-he/`, `/archive/` (every post: date, bold title, 100-character summary),
`/photos/` (a grid of the posts with photos), categories `/categories/<urlized name>/` (Hugo keeps the Vietnamese
letters: `/categories/th%C3%B4ng-b%C3%A1o/`) with their `feed.xml` and `feed.json`, the home `/` (25 posts in full,
no pager link although Hugo writes `/page/2/`), `/feed.xml`, `/feed.json`, `/archive/index.json`, `/photos/index.json`,
`/sitemap.xml`, `/rsd.xml`; a post imported from the alliance's old WordPress blog keeps its old address as a Hugo
alias (`/2025/01/14/<slug>/`: a meta-refresh page with rel=canonical).

Why it is hard: the blog's time zone was never set, so Hugo renders every date in UTC: the visible "Jun 2, 2025",
`<time class="dt-published" datetime="2025-06-02 23:40:00 +0000">`, the feeds' pubDate/date_published and even the
date in the URL of a post written at 06:40 on 3 June are all 2 June. A post page has no heading but the title
(`h1.p-name`, absent on microposts: their page has no `<h1>` at all), `article.post-content.e-content` holds the
Markdown output (paragraphs, `h2` with Unicode ids, a GFM table, `<img>` paragraphs with an italic caption paragraph
after them, a PDF link paragraph = an attachment). Nineteen microposts (a sentence or two, some with a photo) sit
among the eight titled posts everywhere: they are status notes, not articles. The owner account is the office (no
author); a blog member's post says "by Thạch Thị Sa Rinh" after the date (a person: the author) or "by Văn phòng
Liên minh HTX" (an office: no author); closing bylines name the writer. The home page prints the 25 newest posts in
full (h1 titles, dates, whole texts): a list; the oldest article is not on it (only /archive/, its category, the
sitemap, and its old WordPress address linked from a micropost).
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timedelta
from email.utils import format_datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "nhatky-htxtravinh"
NAME = "Nhật ký HTX Trà Vinh"
DESC = "Ghi chép hằng ngày của Liên minh Hợp tác xã tỉnh Trà Vinh về kinh tế tập thể."
OWNER = "lmhtxtravinh"
UTC = timedelta(hours=7)
PER = 25
MEMBERS = {"sarinh": "Thạch Thị Sa Rinh", "vanphong": "Văn phòng Liên minh HTX"}
CATS = ["Thông báo", "Tin hoạt động", "Số liệu", "Mô hình HTX"]
FURN = [DESC, "Giới thiệu", "Lưu trữ", "Album ảnh", "Liên hệ", "Văn phòng Liên minh HTX"]


def fold(text: str) -> str:
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def urlize(name: str) -> str:
    """Hugo's urlize: lower case, spaces to hyphens, Unicode letters kept (then percent-encoded in links)."""
    return quote(re.sub(r"\s+", "-", name.strip().lower()), safe="-")


def heading_id(text: str) -> str:
    return re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")


def u(d: datetime) -> datetime:
    return d - UTC


def mdy(d: datetime) -> str:
    x = u(d)
    return f"{x:%b} {x.day}, {x.year}"


def dt_attr(d: datetime) -> str:
    return f"{u(d):%Y-%m-%d %H:%M:%S} +0000"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, url: bool = True) -> dict:
        ev = ["date-element"] + (["url"] if url else [])
        return dict(date=d, published=iso(d), published_source="date-element", evidence=ev)

    return [
        A(path="", title="Thông báo số 09/TB-LMHTX về việc đăng ký tham gia Chương trình xúc tiến thương mại năm 2025",
          body="""
LIÊN MINH HTX TỈNH TRÀ VINH
Số: 09/TB-LMHTX
Trà Vinh, ngày 16 tháng 6 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Chương trình xúc tiến thương mại năm 2025
Liên minh HTX tỉnh thông báo đến các HTX, liên hiệp HTX trên địa bàn tỉnh về việc đăng ký tham gia Chương trình xúc tiến thương mại năm 2025.
- Hình thức: tham gia hội chợ, phiên chợ sản phẩm OCOP tại TP Hồ Chí Minh và Cần Thơ.
- Hỗ trợ: 70% chi phí thuê gian hàng, 100% chi phí vận chuyển cho HTX có sản phẩm OCOP 3 sao trở lên.
- Thời hạn đăng ký: trước ngày 30/6/2025.
CHỦ TỊCH
Kim Ngọc Thái
""", author=None, doc_number="09/TB-LMHTX",
          attachments=[{"path": "/uploads/2025/6d1f0c3a9b.pdf", "text": "TB-09-LMHTX-xuc-tien-thuong-mai-2025.pdf"}],
          opts={"cat": "Thông báo", "by": None},
          notes=["notice 'Số: 09/TB-LMHTX' dated 16/6 in its text, posted 17/06 14:20 ('2025-06-17 07:20:00 +0000'); the "
                 "owner account is the office (no 'by' line, no author); the signer is text; a paragraph holding only the "
                 "uploaded PDF's link (/uploads/2025/….pdf): an attachment, not text"],
          **at(datetime(2025, 6, 17, 14, 20))),
        A(path="", title="Số liệu HTX nông nghiệp tỉnh Trà Vinh năm 2024",
          body="""
Năm 2024, toàn tỉnh có 196 HTX nông nghiệp đang hoạt động, tăng 11 HTX so với năm 2023.
| Lĩnh vực | Số HTX | Số thành viên | Doanh thu bình quân (triệu đồng) |
| Trồng trọt | 104 | 9.820 | 2.150 |
| Chăn nuôi | 27 | 1.460 | 1.780 |
| Thủy sản | 41 | 3.215 | 3.940 |
| Tổng hợp | 24 | 2.905 | 2.610 |
Các HTX thủy sản có doanh thu bình quân cao nhất nhờ liên kết tiêu thụ tôm, cua với doanh nghiệp.
""", author="Thạch Thị Sa Rinh",
          opts={"cat": "Số liệu", "by": "sarinh"},
          notes=["a GFM table (thead th, tbody td): one line per row; posted by the blog member 'Thạch Thị Sa Rinh' "
                 "('by Thạch Thị Sa Rinh' after the date, no byline in the text): she is the author"],
          **at(datetime(2025, 5, 8, 10, 30))),
        A(path="", title="Ảnh: HTX dừa sáp Cầu Kè vào mùa thu hoạch",
          body="""
Tháng 4, các thành viên HTX Dừa sáp Cầu Kè thu hoạch lứa dừa sáp đầu mùa khô.
[img 3a7c9e2f10.png] Thành viên HTX gõ thử từng trái để chọn dừa sáp
[img 4b8d0f3a21.png] Dừa sáp được phân loại, dán tem truy xuất nguồn gốc tại HTX
[img 5c9e1a4b32.png] Sản phẩm dừa sáp Cầu Kè đạt chứng nhận OCOP 4 sao
Giá dừa sáp loại 1 hiện ở mức 70.000 - 80.000 đồng/trái, HTX tiêu thụ khoảng 6.000 trái mỗi tháng.
""", byline="Bài và ảnh: Sơn Thị Chanh Đa", author="Sơn Thị Chanh Đa",
          opts={"cat": "Mô hình HTX", "by": None},
          notes=["photo story: each uploaded image in its own <p>, an italic caption paragraph after it (one line each); "
                 "listed on /photos/; 'Bài và ảnh: Sơn Thị Chanh Đa' -> author"],
          **at(datetime(2025, 4, 15, 15, 45))),
        A(path="", title="Những điểm mới của Luật HTX năm 2023 HTX cần lưu ý",
          body="""
Luật HTX năm 2023 có hiệu lực từ ngày 01/7/2024 với nhiều quy định mới đối với tổ chức kinh tế hợp tác.
## Những điểm mới chính
* Bổ sung tổ hợp tác vào phạm vi điều chỉnh của luật;
* HTX được thành lập với tối thiểu 5 thành viên chính thức;
* Quy định rõ thành viên liên kết góp vốn và không góp vốn;
* Tăng cường chính sách hỗ trợ về đất đai, tín dụng và chuyển đổi số.
Các HTX cần rà soát, sửa đổi điều lệ cho phù hợp với quy định mới.
""", byline="Lâm Văn Hải - Trung tâm Khuyến nông", author="Lâm Văn Hải",
          opts={"cat": "Tin hoạt động", "by": None},
          notes=["an h2 (Hugo's Unicode heading id) and a four-item list; byline 'Lâm Văn Hải - Trung tâm Khuyến nông' -> "
                 "Lâm Văn Hải; the text names 01/7/2024 (the law's effective date), not the publication"],
          **at(datetime(2025, 3, 26, 9, 0))),
        A(path="", title="HTX Nông nghiệp Long Hiệp nhân rộng mô hình lúa - tôm",
          body="""
HTX Nông nghiệp Long Hiệp (huyện Trà Cú) đã mở rộng diện tích canh tác lúa - tôm lên 150 ha với 86 hộ thành viên tham gia.
Mô hình giúp mỗi héc-ta thu lãi 60 - 80 triệu đồng mỗi năm, cao gấp đôi trồng lúa độc canh.
HTX đang liên kết với doanh nghiệp để bao tiêu tôm sú và gạo hữu cơ.
""", byline="Theo Báo Trà Vinh", author=None,
          opts={"cat": "Mô hình HTX", "by": "vanphong"},
          notes=["posted by the member account 'Văn phòng Liên minh HTX' ('by Văn phòng Liên minh HTX': an office) and "
                 "closed by 'Theo Báo Trà Vinh' (a newspaper): no author"],
          **at(datetime(2025, 3, 5, 16, 10))),
        A(path="", title="Đoàn công tác Liên minh HTX Việt Nam làm việc tại Trà Vinh",
          body="""
Chiều 2/6, đoàn công tác của Liên minh HTX Việt Nam do Phó Chủ tịch Liên minh HTX Việt Nam làm trưởng đoàn đã làm việc với Liên minh HTX tỉnh Trà Vinh.
Đoàn đã khảo sát mô hình HTX Nông nghiệp Hòa Lợi và HTX Thủy sản Long Khánh.
Liên minh HTX Việt Nam đề nghị tỉnh tiếp tục quan tâm hỗ trợ HTX tiếp cận vốn và chuyển đổi số.
""", author=None,
          opts={"cat": "Tin hoạt động", "by": None},
          notes=["written at 06:40 on 3 June about the afternoon before: the blog renders in UTC, so its URL is "
                 "/2025/06/02/…, the page shows 'Jun 2, 2025' and datetime '2025-06-02 23:40:00 +0000' (the same in the "
                 "feeds); published = 2025-06-03 06:40 Vietnam time; no byline, the owner account: author null"],
          **at(datetime(2025, 6, 3, 6, 40), url=False)),
        A(path="", title="HTX Dịch vụ nông nghiệp Hòa Lợi ra mắt sản phẩm gạo hữu cơ",
          body="""
Ngày 21/5, HTX Dịch vụ nông nghiệp Hòa Lợi (huyện Châu Thành) ra mắt sản phẩm gạo hữu cơ Hòa Lợi.
Sản phẩm được sản xuất trên 50 ha ruộng đạt chứng nhận hữu cơ, giá bán 45.000 đồng/kg.
HTX đặt mục tiêu tiêu thụ 200 tấn gạo hữu cơ trong năm 2025 qua hệ thống siêu thị và sàn thương mại điện tử.
""", byline="Trần Thị Mỹ Duyên", author="Trần Thị Mỹ Duyên",
          opts={"cat": "Tin hoạt động", "by": "vanphong"},
          notes=["posted by the office member account ('by Văn phòng Liên minh HTX') but the bare name 'Trần Thị Mỹ Duyên' "
                 "closes the text: she is the author"],
          **at(datetime(2025, 5, 22, 11, 15))),
        A(path="", title="Liên minh HTX tỉnh Trà Vinh tổng kết công tác năm 2024",
          body="""
Chiều 13/1, Liên minh HTX tỉnh Trà Vinh tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img 6d0f2b5c43.png] Quang cảnh hội nghị
Năm 2024, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 17 HTX, tổ chức 12 lớp bồi dưỡng cho hơn 700 cán bộ HTX.
Hội nghị đã khen thưởng 9 tập thể, 15 cá nhân có thành tích xuất sắc.
""", byline="Tin và ảnh: Nguyễn Hoàng Phúc", author="Nguyễn Hoàng Phúc",
          opts={"cat": "Tin hoạt động", "by": None, "wp_alias": True},
          notes=["the oldest article, imported from the old WordPress blog: not on the home page (25 newer posts); on "
                 "/archive/, its category page, the sitemap, and at its WordPress address /2025/01/14/<slug>/ (a Hugo "
                 "alias page: meta refresh + rel=canonical to the .html post; a micropost links it): an alias; "
                 "'Tin và ảnh: Nguyễn Hoàng Phúc' -> author"],
          **at(datetime(2025, 1, 14, 15, 30))),
    ]


MICRO = [  # (time, text, photo) - status notes, never articles
    (datetime(2025, 6, 24, 16, 5), "Chiều nay cán bộ Liên minh làm việc với HTX Thủy sản Long Khánh về kế hoạch nuôi cua năm 2025.", None),
    (datetime(2025, 6, 20, 9, 12), "Nửa năm đã qua, nhìn lại [[kết quả năm 2024|/2025/01/14/lien-minh-htx-tinh-tra-vinh-tong-ket-cong-tac-nam-2024/]] để chuẩn bị sơ kết 6 tháng.", None),
    (datetime(2025, 6, 18, 7, 30), "Gian hàng của các HTX Trà Vinh tại phiên chợ OCOP ở Cần Thơ sáng nay.", "7e1a3c6d54.png"),
    (datetime(2025, 6, 12, 20, 45), "Đã cập nhật danh sách HTX đủ điều kiện vay vốn Quỹ hỗ trợ phát triển HTX đợt 2.", None),
    (datetime(2025, 6, 9, 10, 0), "Trời mưa lớn ở Cầu Ngang, buổi khảo sát HTX muối lùi sang tuần sau.", None),
    (datetime(2025, 6, 5, 14, 30), "Thành viên HTX Hòa Lợi phơi lúa hữu cơ.", "8f2b4d7e65.png"),
    (datetime(2025, 5, 30, 17, 10), "Cảm ơn các HTX đã gửi báo cáo 5 tháng đúng hạn.", None),
    (datetime(2025, 5, 27, 8, 25), "Lớp tập huấn kế toán HTX tại Duyên Hải khai giảng sáng nay với 40 học viên.", None),
    (datetime(2025, 5, 15, 19, 5), "Đọc bài của Báo Trà Vinh về [[HTX cua Long Khánh|{{base:offsite}}/baotravinh/htx-cua-long-khanh]].", None),
    (datetime(2025, 5, 3, 9, 40), "Vườn dừa của HTX Dừa sáp Cầu Kè sau đợt nắng nóng.", "9a3c5e8f76.png"),
    (datetime(2025, 4, 24, 15, 20), "Lịch tiếp HTX của Văn phòng Liên minh tuần này: sáng thứ Ba và thứ Năm.", None),
    (datetime(2025, 4, 8, 11, 55), "HTX Long Hiệp gửi tặng Liên minh mẫu gạo mới, cảm ơn bà con.", "0b4d6f9a87.png"),
    (datetime(2025, 3, 31, 16, 40), "Hoàn thành báo cáo quý I, số HTX thành lập mới tăng so với cùng kỳ.", None),
    (datetime(2025, 3, 18, 8, 5), "Sáng nay họp giao ban với các huyện về tiến độ thành lập HTX.", None),
    (datetime(2025, 2, 28, 21, 30), "Đã đăng tải mẫu điều lệ HTX theo Luật HTX năm 2023 trên trang của Liên minh.", None),
    (datetime(2025, 2, 20, 10, 15), "Đường vào HTX Muối Long Hữu đã được bê tông hóa.", "1c5e7a0b98.png"),
    (datetime(2025, 2, 11, 14, 0), "Chúc mừng HTX Dịch vụ nông nghiệp Hòa Lợi nhận bằng khen của UBND tỉnh.", None),
    (datetime(2025, 1, 23, 9, 30), "Các HTX đã nhận quà Tết từ Liên minh HTX tỉnh.", None),
    (datetime(2025, 1, 2, 8, 0), "Chúc mừng năm mới 2025 đến các HTX và bà con thành viên.", None),
]


def content_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h2 id="{heading_id(b.text)}">{esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n<tbody>\n"
                       + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
        elif b.kind == "img":
            out.append(f'<p><img src="/uploads/2025/{b.src}" width="600" height="450" alt=""></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    return "\n".join(out)


class Post:
    def __init__(self, date: datetime, title: str, html: str, cat: str | None, by: str | None, photos: list[str], art=None,
                 markdown: str = ""):
        self.date, self.title, self.html, self.cat, self.by, self.photos, self.art = date, title, html, cat, by, photos, art
        self.markdown = markdown
        x = u(date)
        name = fold(title) if title else f"{x:%H%M%S}"
        self.path = f"/{x:%Y/%m/%d}/{name}.html"

    @property
    def summary(self) -> str:
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", self.html)).strip()
        return text


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tra-vinh", f"{NAME} (Micro.blog)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    arts = articles()
    posts: list[Post] = []
    for a in arts:
        p = Post(a.date, a.title, content_html(a), a.opts["cat"], a.opts["by"],
                 [f"/uploads/2025/{b.src}" for b in a.blocks if b.kind == "img"], art=a)
        a.path = p.path
        posts.append(p)
    for t, text, photo in MICRO:
        html = f"<p>{inline_html(text)}</p>"
        if photo:
            html += f'\n<p><img src="/uploads/2025/{photo}" width="600" height="450" alt=""></p>'
        posts.append(Post(t, "", html, None, None, [f"/uploads/2025/{photo}"] if photo else []))
    posts.sort(key=lambda p: p.date, reverse=True)
    cats = {c: [p for p in posts if p.cat == c] for c in CATS}

    def cat_url(c: str) -> str:
        return f"/categories/{urlize(c)}/"

    def head(title: str, summary: str, canon: str, home: bool = False) -> str:
        feeds = ""
        if not home:
            feeds = (f'  <link rel="alternate" href="{{{{base}}}}/feed.xml" type="application/rss+xml" title="{NAME}">\n'
                     f'  <link rel="alternate" href="{{{{base}}}}/feed.json" type="application/json" title="{NAME}">\n')
        else:
            feeds = (f'<link rel="alternate" href="{{{{base}}}}/feed.xml" type="application/rss+xml" title="{NAME}">\n'
                     f'<link rel="alternate" href="{{{{base}}}}/feed.json" type="application/json" title="{NAME}">\n')
        return f"""<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width initial-scale=1">

  <title>
      {esc(title)}
  </title>

  <meta name="description" content="{attr(summary)}">

  <link rel="shortcut icon" href="{{{{base:offsite}}}}/microblog/{OWNER}/favicon.png" type="image/x-icon" />
  <link rel="stylesheet" href="/css/main.css">
  <link rel="canonical" href="{{{{base}}}}{canon}">
{feeds}
<link rel="me" href="{{{{base:offsite}}}}/microblog/{OWNER}">

<link rel="shortcut icon" href="{{{{base:offsite}}}}/microblog/{OWNER}/favicon.png" type="image/x-icon">
<link rel="EditURI" type="application/rsd+xml" href="{{{{base}}}}/rsd.xml">
<link rel="authorization_endpoint" href="{{{{base:offsite}}}}/microblog/indieauth/auth">
<link rel="token_endpoint" href="{{{{base:offsite}}}}/microblog/indieauth/token">
<link rel="subscribe" href="{{{{base:offsite}}}}/microblog/users/follow">
<link rel="webmention" href="{{{{base:offsite}}}}/microblog/webmention">
<link rel="micropub" href="{{{{base:offsite}}}}/microblog/micropub">
<link rel="microsub" href="{{{{base:offsite}}}}/microblog/microsub">

<link rel="stylesheet" href="/custom.css?1750694400">

</head>"""

    nav = [("Giới thiệu", "/about/"), ("Lưu trữ", "/archive/"), ("Album ảnh", "/photos/"), ("Liên hệ", "/lien-he/")]

    def layout(title: str, summary: str, canon: str, main: str, home: bool = False) -> str:
        links = "\n        ".join(f'<a class="site-nav-link" href="{h}"\n          >{n}</a\n        >' for n, h in nav)
        return f"""<!DOCTYPE html>
<html lang="en">
  {head(title, summary, canon, home)}
  <body>
    <header class="site-header">
  <div class="site-header-logo">
    <img
      src="/uploads/avatar-{OWNER}.png"
      class="site-image"
      alt="{NAME}"
      width="75px"
    />
  </div>
  <div class="site-header-title">
    <a class="site-header-title-link" href="/">{NAME}</a>
  </div>
  <div class="site-header-nav">
    <nav class="site-nav">
      <div class="site-nav-trigger">
        {links}
      </div>
    </nav>
  </div>
</header>
    <main class="page-content wrapper">{main}</main>
    <footer class="site-footer">

  <div class="wrapper">

    <div class="footer-col-wrapper">
      <div class="footer-col  footer-col-3">
        <p class="text">{DESC}</p>
      </div>
    </div>

  </div>

</footer>
  </body>
</html>
"""

    def meta_line(p: Post) -> str:
        by = f"\n\t    by {esc(MEMBERS[p.by])}\n\t" if p.by else "\n\t"
        return (f'<p class="post-meta">\n\t<a href="{p.path}" class="u-url"><span class="post-meta"><time class="dt-published" '
                f'datetime="{dt_attr(p.date)}">{mdy(p.date)}</time></span></a>\n\t{by}</p>')

    # -- single posts
    for p in posts:
        h1 = f'\n\t  \t<h1 class="p-name">{esc(p.title)}</h1>\n  \t' if p.title else "\n  \t"
        main = (f'<div class="post h-entry">\n\n  <header class="post-header">\n\t{h1}\n    {meta_line(p)}\n  </header>\n\n'
                f'  <article class="post-content e-content">\n\t{p.html}\n  </article>\n\n</div>\n\n')
        site.page(p.path, layout(f"{NAME} - {p.title}", p.summary[:300], p.path, main))
        if p.art is None:
            site.non_articles.append(p.path)
            continue
        a = p.art
        if a.opts.get("wp_alias"):
            old = f"/{u(a.date):%Y/%m/%d}/{fold(a.title)}/"
            site.page(old, f'<!DOCTYPE html><html lang="en-us"><head><title>{{{{base}}}}{p.path}</title><link rel="canonical" '
                           f'href="{{{{base}}}}{p.path}"><meta name="robots" content="noindex"><meta charset="utf-8"><meta '
                           f'http-equiv="refresh" content="0; url={{{{base}}}}{p.path}"></head></html>')
            a.aliases.append(old)
        for ph in p.photos:
            site.binary(ph, image_for(ph))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 09/TB-LMHTX", "Xuc tien thuong mai nam 2025"]))
    for p in posts:
        if p.art is None:
            for ph in p.photos:
                site.binary(ph, image_for(ph))
    for a in sorted(arts, key=lambda a: a.date, reverse=True):
        site.add_article(a)
    site.trap("micropost pages /YYYY/MM/DD/<HHMMSS>.html: no title, no <h1>, a sentence (some with a photo) in the same "
              "article.e-content: status notes, not articles", next(p.path for p in posts if not p.title))

    # -- lists
    def entry(p: Post, home: bool) -> str:
        title = (f'\n\t\t\t<h1 class="p-name"><a href="{p.path}">{esc(p.title)}</a></h1>\n\t\t' if home else
                 f'\n\t\t\t<h1><a href="{p.path}">{esc(p.title)}</a></h1>\n\t\t') if p.title else "\n\t\t"
        return (f'      <li class="h-entry">\n\t\t{title}\n        <a href="{p.path}" class="u-url"><span class="post-meta"><time '
                f'class="dt-published" datetime="{dt_attr(p.date)}">{mdy(p.date)}</time></span></a>\n\n        <div '
                f'class="e-content">\n         \t{p.html}\n        </div>\n      </li>')

    def list_main(items: list[Post], home: bool) -> str:
        return ('<div class="home h-feed">\n\n  <ul class="post-list">\n' + "\n".join(entry(p, home) for p in items)
                + '\n  </ul>\n\n  <p class="rss-subscribe">subscribe <a href="{{base}}/feed.xml">via RSS</a></p>\n\n</div>\n')

    site.page("/", layout(NAME, DESC, "/", list_main(posts[:PER], True), home=True))
    site.page("/page/2/", layout(NAME, DESC, "/page/2/", list_main(posts[PER:], True), home=True))
    site.non_articles.append("/")
    site.trap("home page: the 25 newest posts IN FULL (h1.p-name titles, dates, whole texts and photos), no pager link "
              "(Hugo still writes /page/2/, linked from nowhere)", "/")
    for c, items in cats.items():
        url = cat_url(c)
        site.page(url, layout(f"{NAME} - {c}", "", url, list_main(items, False)))
        site.non_articles.append(url)
    site.trap("category pages /categories/<urlized name>/ keep the Vietnamese letters (percent-encoded: "
              "/categories/th%C3%B4ng-b%C3%A1o/), each post in full with an <h1> title: lists",
              cat_url("Thông báo"))

    # archive (Micro.blog's built-in template), photos
    cat_links = "".join(f'\n\t\t\t\t<p><a href="{cat_url(c)}">{esc(c)}</a></p>' for c in CATS)
    rows = []
    for p in posts:
        summ = p.summary if len(p.summary) <= 100 else p.summary[:97].rsplit(" ", 1)[0] + " …"
        rows.append(f'\n\t\t\t<p class="h-entry">\n\t\t\t\t<a href="{p.path}" class="u-url"><time class="dt-published" '
                    f'datetime="{u(p.date):%Y-%m-%dT%H:%M:%S}+0000">{u(p.date):%Y-%m-%d}</time></a>:\n\t\t\t\t'
                    + (f'\n\t\t\t\t\t<span class="p-name"><b>{esc(p.title)}</b></span> \n\t\t\t\t' if p.title else "")
                    + f'\n\t\t\t\t<span class="p-summary">{esc(summ)}</span>\n\t\t\t</p>\n\t\t\t')
    arch = (f'\n\n\t\t<div class="archive_categories" style="border-bottom: 1px solid lightgray; padding-bottom: 15px; '
            f'margin-bottom: 30px;">{cat_links}\n\t\t</div>\n\t\n\t<div class="h-feed">{"".join(rows)}\n\t</div>\n\n')
    site.page("/archive/", layout(f"{NAME} - Lưu trữ", "", "/archive/", arch))
    photos = "".join(f'\n\t\t<a href="{p.path}">\n\t\t\t\n\t\t\t\t<img src="{p.photos[0]}" width="300" height="300" style="'
                     f'border-radius: 5px; max-width: 100%; height: auto;" class="photos-grid-item" loading="lazy" />\n\t\t\t\n'
                     f'\t\t</a>\n\t' for p in posts if p.photos)
    site.page("/photos/", layout(f"{NAME} - Album ảnh", "", "/photos/",
                                 '\n\n\t<div class="photos-grid-container" style="display: grid; grid-column-gap: 15px; '
                                 f'grid-row-gap: 15px; grid-template-columns: 33% 33% 33%;">{photos}\n\t</div>\n\n'))
    site.non_articles += ["/archive/", "/photos/"]
    site.trap("/archive/ (Micro.blog's built-in template: every post as 'YYYY-MM-DD: <b>Title</b> summary…', the "
              "categories above) and /photos/ (a grid of the first photo of each post with photos): lists",
              "/archive/")
    for path, title, body in [
            ("/about/", "Giới thiệu", f"<p>{DESC}</p>\n<p>Trang do Văn phòng Liên minh HTX tỉnh Trà Vinh cập nhật; bài dài "
             "có tiêu đề, ghi chép ngắn không có tiêu đề.</p>"),
            ("/lien-he/", "Liên hệ", "<p>Liên minh HTX tỉnh Trà Vinh - Số 12 Lê Lợi, phường 1, TP Trà Vinh.</p>\n<p>Điện thoại: "
             "0294.3862.419</p>")]:
        main = (f'<div class="post">\n\n  <header class="post-header">\n    <h1 class="post-title">{esc(title)}</h1>\n  </header>\n\n'
                f'  <article class="post-content">\n    {body}\n  </article>\n\n</div>')
        site.page(path, layout(f"{NAME} - {title}", "", path, main))
        site.non_articles.append(path)
    site.trap("pages /about/ and /lien-he/ (div.post, h1.post-title, no date): no articles", "/about/")

    # feeds (UTC), sitemap, rsd
    def rss(items: list[Post], title: str, link: str) -> str:
        its = "".join(f"\n    <item>\n      <title>{esc(p.title)}</title>\n      <link>{{{{base}}}}{p.path}</link>\n      <pubDate>"
                      f"{format_datetime(u(p.date)).replace('-0000', '+0000')}</pubDate>\n      \n      <guid>{{{{base}}}}{p.path}"
                      f"</guid>\n      <description>{esc(p.html)}</description>\n      <source:markdown>{esc(p.markdown or p.summary)}"
                      "</source:markdown>\n    </item>\n    " for p in items)
        return (f'<rss xmlns:source="http://source.scripting.com/" version="2.0">\n  <channel>\n    <title>{esc(title)}</title>\n'
                f"    <link>{{{{base}}}}{link}</link>\n    <description></description>\n    \n    <lastBuildDate>"
                f"{format_datetime(u(items[0].date)).replace('-0000', '+0000')}</lastBuildDate>{its}\n  </channel>\n</rss>")

    def jfeed(items: list[Post], title: str, feed_url: str) -> str:
        return json.dumps({"version": "https://jsonfeed.org/version/1", "title": title,
                           "icon": f"{{{{base:offsite}}}}/microblog/{OWNER}/avatar.png", "home_page_url": "{{base}}/",
                           "feed_url": "{{base}}" + feed_url,
                           "items": [{"id": "{{base}}" + p.path, **({"title": p.title} if p.title else {}), "content_html": p.html,
                                      "date_published": f"{u(p.date):%Y-%m-%dT%H:%M:%S}+00:00", "url": "{{base}}" + p.path,
                                      **({"tags": [p.cat]} if p.cat else {})} for p in items]},
                          ensure_ascii=False, indent=2)

    site.page("/feed.xml", rss(posts[:PER], NAME, "/"), content_type="application/rss+xml; charset=utf-8")
    site.page("/feed.json", jfeed(posts[:PER], NAME, "/feed.json"), content_type="application/json; charset=utf-8")
    for c, items in cats.items():
        site.page(cat_url(c) + "feed.xml", rss(items, f"{c} on {NAME}", cat_url(c)), content_type="application/rss+xml; charset=utf-8")
        site.page(cat_url(c) + "feed.json", jfeed(items, f"{c} on {NAME}", cat_url(c) + "feed.json"),
                  content_type="application/json; charset=utf-8")
    site.page("/archive/index.json", json.dumps({"version": "https://jsonfeed.org/version/1", "title": NAME, "items": [
        {"id": "{{base}}" + p.path, "title": p.title, "content_text": p.summary[:100],
         "date_published": f"{u(p.date):%Y-%m-%dT%H:%M:%S}+00:00", "url": "{{base}}" + p.path} for p in posts]},
        ensure_ascii=False, indent=1), content_type="application/json; charset=utf-8")
    site.trap("feeds /feed.xml and /feed.json (25 newest, microposts with an empty <title>), per category feed.xml / "
              "feed.json, /archive/index.json: every date in UTC (+0000 / +00:00), the whole post as description",
              "/feed.json")
    sm = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
          'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n\t'
          + "".join(f"<url>\n\t\t\t<loc>{{{{base}}}}{p.path}</loc>\n\t\t\t<lastmod>{u(p.date):%Y-%m-%dT%H:%M:%S}+00:00</lastmod>"
                    f"\n\t\t</url>\n\t" for p in posts)
          + "".join(f"<url>\n\t\t\t<loc>{{{{base}}}}{x}</loc>\n\t\t\t<lastmod>2025-06-24T09:05:00+00:00</lastmod>\n\t\t</url>\n\t"
                    for x in ("/about/", "/lien-he/"))
          + "\n</urlset>\n")
    site.page("/sitemap.xml", sm, content_type="application/xml; charset=utf-8")
    site.page("/rsd.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<rsd xmlns="http://archipelago.phrasewise.com/rsd" version="1.0">'
              '\n\t<service>\n\t\t<engineName>Micro.blog</engineName>\n\t\t<engineLink>{{base:offsite}}/microblog/</engineLink>\n'
              '\t\t<homePageLink>{{base:offsite}}/microblog/</homePageLink>\n\t\t<apis>\n\t\t\t<api name="Micro.blog" '
              'blogID="88412" preferred="true" apiLink="{{base:offsite}}/microblog/xmlrpc"/>\n\t\t</apis>\n\t</service>\n</rsd>',
              content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: {{base}}/sitemap.xml\n")
    site.binary(f"/uploads/avatar-{OWNER}.png", image_for("avatar"))
    return site
