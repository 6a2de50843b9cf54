"""Site `tintuc-htxbackan` (registry family `generic`): "Tin tức Liên minh HTX Bắc Kạn", the news site of the Bắc Kạn
cooperative alliance (the province merged into Thái Nguyên on 1 July 2025) on **Sulu 2.5** (Symfony CMS, the skeleton's
Twig templates extended by a local agency: `base.html.twig` with the `@SuluWebsite/Extension/seo.html.twig` head, a
page-based "news" template with a `blocks` property, snippet areas for the sidebar and the footer). Written as a
held-out test: no family module, no selectors.

URL shapes: the portal URL is `{host}/{localization}`, so every page has the locale prefix: `/vi` (home), `/vi/tin-tuc`
(the news overview: a paginated smart content, `?p=2`; tag filter `?tags=OCOP`), a news page `/vi/tin-tuc/<slug>` (the
resource locator generated from the title), pages `/vi/gioi-thieu`, `/vi/lien-he`; `/` answers 301 to `/vi`; a page
whose title changed keeps its old URL in Sulu's route history (301 to the new one); media
`/uploads/media/<format>/<folder>/<id>-<name>?v=1-0`, downloads `/media/<id>/download/<file>?v=1`; the sitemap index
`/sitemap.xml` -> `/sitemaps/pages-1.xml` (one webspace).

Why it is hard: Sulu's seo template prints `<link rel="canonical" href="{{ app.request.uri }}">` — the URL as
requested, query included (Symfony sorts the parameters), so a share link `?utm_source=zalo&utm_medium=social` declares
ITSELF canonical; the head is one line (Twig whitespace control), the `<title>` is the bare page title. The date is the
page's "authored" field: visible in Vietnam time ("Thứ Tư, 14/05/2025 23:20", the agency passes the zone to
`format_datetime`) but the `<time datetime>` attribute is `authored|date('c')` in PHP's default zone, UTC
("2025-05-14T16:20:00+00:00"; the 06:10 post reads the previous day). The "Tác giả:" line is the page's author field, a
Sulu contact: a person, or the admin's contact "Quản trị Website" / the office "Văn phòng Liên minh HTX" (no author);
the lead is the template's "Tóm tắt" field (`div.news-detail__lead`). The sidebar is built from snippets (contact
box, "Tin nổi bật" page selection, links) and a "Tin liên quan" smart content follows the article. The sitemap's
`lastmod` is the page's CHANGED date as Y-m-d in UTC.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, RichBlock

SITE = "tintuc-htxbackan"
NAME = "Tin tức Liên minh HTX Bắc Kạn"
ORG = "Liên minh Hợp tác xã tỉnh Bắc Kạn"
HTML = "text/html; charset=UTF-8"
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
PER_PAGE = 5
CONTACT = ("Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn",
           "Điện thoại: 0209 3870 342", "Thư điện tử: lienminhhtx@backan.gov.vn")
COPY = "Copyright 2025 Liên minh HTX tỉnh Bắc Kạn. Thiết kế bởi Sao Việt Media"
FURN = [*CONTACT, COPY, "Thông tin liên hệ", "Tin nổi bật", "Liên kết website", "Tin liên quan", "Từ khóa:",
        "Tác giả:", "LIÊN MINH HỢP TÁC XÃ TỈNH BẮC KẠN", "Tài liệu đính kèm"]
OFFICE = {"Quản trị Website", "Văn phòng Liên minh HTX"}


def slugify(text: str) -> str:
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Hợp tác xã Việt Nam năm 2025",
          body="""
LIÊN MINH HTX TỈNH BẮC KẠN
Số: 15/KH-LMHTX
Bắc Kạn, ngày 06 tháng 6 năm 2025
KẾ HOẠCH
Tổ chức các hoạt động hưởng ứng Ngày Hợp tác xã Việt Nam (11/4) và Tháng hành động vì HTX năm 2025
### I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng về vị trí, vai trò của kinh tế tập thể, HTX trong phát triển kinh tế - xã hội của tỉnh.
### II. NỘI DUNG HOẠT ĐỘNG
- Tổ chức tọa đàm "HTX với chuyển đổi số" tại Hội trường Liên minh HTX tỉnh trong tháng 6/2025.
- Trưng bày, giới thiệu sản phẩm OCOP của các HTX tại Trung tâm Thương mại thành phố Bắc Kạn.
- Biểu dương 20 HTX điển hình tiên tiến giai đoạn 2020 - 2025.
CHỦ TỊCH
Hà Thị Liễu
""", author=None, doc_number="15/KH-LMHTX",
          opts={"author_field": "Văn phòng Liên minh HTX", "tags": ["Văn bản"], "changed": datetime(2025, 6, 10, 8, 52),
                "file": (48, "ke-hoach-15-kh-lmhtx-2025.pdf", "Kế hoạch số 15/KH-LMHTX (PDF)"),
                "seo": "Kế hoạch số 15/KH-LMHTX của Liên minh HTX tỉnh Bắc Kạn về các hoạt động hưởng ứng Ngày HTX Việt Nam."},
          notes=["plan 'Số: 15/KH-LMHTX' dated 06/6 in the text, authored 'Thứ Ba, 10/06/2025 08:45'; the signer is "
                 "text; 'Tác giả: Văn phòng Liên minh HTX' (the page's author field holds the office): author null; "
                 "the file block 'Tài liệu đính kèm' links /media/48/download/…pdf?v=1: an attachment"],
          **at(datetime(2025, 6, 10, 8, 45))),
        A(path="", title="Bắc Kạn có 312 HTX đang hoạt động sau 5 tháng đầu năm 2025",
          lead="Đến hết tháng 5/2025, toàn tỉnh Bắc Kạn có 312 HTX đang hoạt động, thu hút hơn 8.900 thành viên.",
          body="""
Trong 5 tháng đầu năm, toàn tỉnh thành lập mới 17 HTX, giải thể 6 HTX ngừng hoạt động lâu năm.
| Huyện, thành phố | Số HTX | Thành lập mới | Doanh thu bình quân (triệu đồng) |
| Thành phố Bắc Kạn | 34 | 2 | 2.150 |
| Ba Bể | 41 | 3 | 1.320 |
| Chợ Đồn | 52 | 4 | 1.480 |
| Na Rì | 47 | 3 | 1.210 |
| Ngân Sơn | 29 | 1 | 980 |
Các HTX nông, lâm nghiệp chiếm gần 70% tổng số HTX; nhiều HTX đã liên kết tiêu thụ sản phẩm với doanh nghiệp.
""", byline="Theo Báo Bắc Kạn", author=None,
          opts={"author_field": None, "tags": ["Số liệu"], "changed": datetime(2025, 5, 26, 10, 30), "utm": True},
          notes=["the 'Tóm tắt' lead (div.news-detail__lead) and a CKEditor 5 table (figure.table, thead th): one line "
                 "per row; 'Theo Báo Bắc Kạn' names a newspaper, no author field: author null; the home page links it "
                 "with ?utm_source=zalo&utm_medium=social, whose canonical is the request URI WITH the (sorted) query: "
                 "still an alias"],
          **at(datetime(2025, 5, 26, 10, 10))),
        A(path="", title="Ảnh: Mùa thu hái chè Shan tuyết ở HTX Bằng Phúc",
          body="""
Tháng 5, các thành viên HTX Nông nghiệp Bằng Phúc (huyện Chợ Đồn) thu hái lứa chè Shan tuyết vụ xuân.
[img 125-che-bang-phuc-1.jpg] Thành viên HTX hái chè trên những cây chè cổ thụ ở thôn Khuổi Bốc
[img 126-che-bang-phuc-2.jpg] Chè búp tươi được sao, vò thủ công tại xưởng chế biến của HTX
[img 127-che-bang-phuc-3.jpg] Sản phẩm chè Shan tuyết Bằng Phúc đạt OCOP 4 sao được đóng gói để giao cho khách
""", byline="Bài và ảnh: Triệu Văn Sơn", author="Triệu Văn Sơn",
          opts={"author_field": "Triệu Văn Sơn", "tags": ["OCOP", "Nông sản"], "changed": datetime(2025, 5, 14, 23, 20)},
          notes=["authored at 23:20: the page shows 'Thứ Tư, 14/05/2025 23:20', its <time datetime> says "
                 "'2025-05-14T16:20:00+00:00'; photo story: three image blocks (figure + figcaption, the captions are "
                 "the lines); 'Bài và ảnh: Triệu Văn Sơn' -> author (the author field names him too)"],
          **at(datetime(2025, 5, 14, 23, 20))),
        A(path="", title="Năm điểm HTX cần lưu ý khi tổ chức đại hội thành viên thường niên",
          body="""
Theo Luật HTX năm 2023, đại hội thành viên thường niên phải được tổ chức trong thời hạn 06 tháng kể từ ngày kết thúc năm tài chính. Khi tổ chức đại hội, HTX cần lưu ý:
* Gửi thông báo triệu tập và tài liệu cho thành viên ít nhất 07 ngày trước ngày khai mạc;
* Đại hội chỉ hợp lệ khi có ít nhất 50% tổng số thành viên tham dự;
* Báo cáo tài chính năm phải được kiểm toán nếu HTX thuộc diện bắt buộc kiểm toán;
* Biểu quyết phân phối thu nhập theo đúng điều lệ HTX;
* Gửi nghị quyết đại hội đến cơ quan đăng ký HTX trong 15 ngày.
""", author="Hoàng Thị Lan",
          opts={"author_field": "Hoàng Thị Lan", "tags": ["Luật HTX"], "changed": datetime(2025, 4, 23, 6, 10)},
          notes=["authored at 06:10 on 23/4: the <time datetime> (UTC) and the sitemap's lastmod (changed date as Y-m-d "
                 "in UTC) both say 2025-04-22; a five-item list; no byline in the text: the author field 'Hoàng Thị "
                 "Lan' (a person) is the author"],
          **at(datetime(2025, 4, 23, 6, 10))),
        A(path="", title="HTX Thanh Vân mở rộng vùng trồng dong riềng làm miến",
          body="""
Vụ xuân năm nay, HTX Thanh Vân (huyện Na Rì) liên kết với 85 hộ dân trồng 42 ha dong riềng, tăng 12 ha so với năm trước.
HTX cung ứng giống, hướng dẫn kỹ thuật và bao tiêu toàn bộ củ dong với giá không thấp hơn 2.200 đồng/kg.
### Chế biến sâu để nâng giá trị
Năm 2025, HTX đầu tư thêm dây chuyền tráng miến công suất 1,5 tấn/ngày, nâng sản lượng miến dong lên khoảng 300 tấn.
""", byline="Nông Văn Dũng - Trung tâm Khuyến nông tỉnh", author="Nông Văn Dũng",
          opts={"author_field": None, "tags": ["Nông sản"], "changed": datetime(2025, 3, 20, 9, 5),
                "old_slug": "htx-thanh-van-mo-rong-dien-tich-dong-rieng"},
          notes=["byline 'Nông Văn Dũng - Trung tâm Khuyến nông tỉnh' -> Nông Văn Dũng; an <h3> heading; retitled "
                 "after publication: the old URL /vi/tin-tuc/htx-thanh-van-mo-rong-dien-tich-dong-rieng (still linked "
                 "from /vi/gioi-thieu) answers 301 to the new one (Sulu's route history): an alias"],
          **at(datetime(2025, 3, 19, 15, 0))),
        A(path="", title="Liên minh HTX tỉnh Bắc Kạn tổng kết công tác năm 2024",
          lead="Chiều 7/1, Liên minh HTX tỉnh Bắc Kạn tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.",
          body="""
Năm 2024, toàn tỉnh thành lập mới 36 HTX, vượt 20% kế hoạch; 24 sản phẩm của HTX được công nhận OCOP.
Liên minh HTX tỉnh đã tư vấn thành lập 19 HTX, tổ chức 12 lớp tập huấn cho gần 600 lượt cán bộ, thành viên HTX.
Năm 2025, Liên minh HTX phấn đấu hỗ trợ thành lập mới ít nhất 30 HTX và nâng cao chất lượng hoạt động của các HTX hiện có.
""", author=None,
          opts={"author_field": "Quản trị Website", "tags": ["Hội nghị"], "changed": datetime(2025, 1, 8, 14, 41)},
          notes=["no byline; the author field is the admin's contact 'Quản trị Website' (an account): author null; the "
                 "lead is the 'Tóm tắt' field; on /vi/tin-tuc?p=2 and its tag list"],
          **at(datetime(2025, 1, 8, 14, 30))),
        A(path="", title="Sản phẩm OCOP giúp HTX nâng giá trị nông sản Bắc Kạn",
          body="""
Sau 5 năm thực hiện Chương trình OCOP, Bắc Kạn có 187 sản phẩm được công nhận, trong đó các HTX là chủ thể của 112 sản phẩm.
Nhiều sản phẩm như miến dong Na Rì, gạo nếp Khẩu nua lếch, mật ong Ba Bể đã có mặt tại các siêu thị ở Hà Nội.
Tuy vậy, phần lớn HTX vẫn thiếu vốn để đầu tư bao bì, nhà xưởng đạt chuẩn và xúc tiến thương mại.
""", byline="Ngọc Diệp - Báo Bắc Kạn", author="Ngọc Diệp",
          opts={"author_field": None, "tags": ["OCOP"], "changed": datetime(2024, 12, 17, 9, 40)},
          notes=["byline 'Ngọc Diệp - Báo Bắc Kạn' (a reporter and her paper) -> Ngọc Diệp; on /vi/tin-tuc?p=2, the "
                 "OCOP tag list and the 'Tin liên quan' box of the OCOP photo story"],
          **at(datetime(2024, 12, 17, 9, 20))),
        A(path="", title="Tập huấn kỹ năng bán hàng trực tuyến cho cán bộ HTX",
          body="""
Trong hai ngày 4 và 5/12, Liên minh HTX tỉnh tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến cho 45 cán bộ HTX.
Học viên được hướng dẫn chụp ảnh sản phẩm, viết nội dung giới thiệu và livestream bán hàng trên mạng xã hội.
""", byline="Lục Văn Toàn", author="Lục Văn Toàn",
          opts={"author_field": None, "tags": [], "changed": datetime(2024, 12, 5, 16, 50)},
          notes=["oldest news page, no tags: only on /vi/tin-tuc?p=2 (and in the sitemap); the bare name 'Lục Văn Toàn' "
                 "closes the text"],
          **at(datetime(2024, 12, 5, 16, 40))),
    ]


def media_url(src: str) -> str:
    return f"/uploads/media/news-780x/0{int(src.split('-')[0]) % 10}/{src}?v=1-0"


def render(a: RichArticle) -> str:
    """The news template's blocks: CKEditor 5 text, image blocks, the file block."""
    out, text = [], []

    def flush() -> None:
        if text:
            out.append('<div class="news-block news-block--text">' + "".join(text) + "</div>")
            text.clear()

    for b in a.blocks:
        if b.kind == "img":
            flush()
            out.append(f'<div class="news-block news-block--image"><figure class="news-image"><img src="{media_url(b.src)}" '
                       f'alt="{attr(b.text)}" title="{attr(b.text)}" loading="lazy"><figcaption>{esc(b.text)}</figcaption>'
                       "</figure></div>")
        else:
            text.append(ck5(b))
    if a.byline:
        text.append(f'<p style="text-align:right;"><strong>{esc(a.byline)}</strong></p>')
    flush()
    if a.opts.get("file"):
        mid, file, label = a.opts["file"]
        out.append(f'<div class="news-block news-block--files"><h4>Tài liệu đính kèm</h4><ul><li><a href="/media/{mid}/'
                   f'download/{file}?v=1" target="_blank">{esc(label)}</a></li></ul></div>')
    return "\n".join(out)


def ck5(b: RichBlock) -> str:
    if b.kind == "p":
        if b.text.startswith("### "):
            return f"<h3>{esc(b.text[4:])}</h3>"
        return f"<p>{inline_html(b.text)}</p>"
    if b.kind == "h":
        return f"<h3>{esc(b.text)}</h3>"
    if b.kind in ("ul", "ol"):
        return f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>"
    if b.kind == "table":
        head, *rows = b.rows
        return ('<figure class="table"><table><thead><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                + "</tr></thead><tbody>" + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n"
                                                   for r in rows) + "</tbody></table></figure>")
    return ""




def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-kan", NAME + " (Sulu)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        # "### x" lines are CKEditor headings in these bodies
        a.body = "\n".join(("## " + ln.strip()[4:]) if ln.strip().startswith("### ") else ln for ln in a.body.splitlines())
        a.opts["slug"] = slugify(a.title)
        a.path = f"/vi/tin-tuc/{a.opts['slug']}"
    tags = sorted({t for a in posts for t in a.opts["tags"]})

    def tag_url(t: str) -> str:
        return "/vi/tin-tuc?tags=" + quote(t, safe="")

    def vn_time(d: datetime) -> str:
        return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y %H:%M}"

    def utc_c(d: datetime) -> str:
        return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")

    featured = [posts[0], posts[2], posts[4]]
    sidebar = (
        '<aside class="col-side">'
        '<div class="snippet snippet--contact"><h3 class="snippet__title">Thông tin liên hệ</h3><div class="snippet__text">'
        + "".join(f"<p>{esc(x)}</p>" for x in CONTACT) + "</div></div>"
        '<div class="snippet snippet--featured"><h3 class="snippet__title">Tin nổi bật</h3><ul>'
        + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in featured) + "</ul></div>"
        '<div class="snippet snippet--links"><h3 class="snippet__title">Liên kết website</h3><ul>'
        '<li><a href="{{base:offsite}}/lmhtx-vn/" target="_blank">Liên minh Hợp tác xã Việt Nam</a></li>'
        '<li><a href="{{base:offsite}}/chinh-phu/" target="_blank">Cổng thông tin điện tử Chính phủ</a></li>'
        "</ul></div></aside>")
    nav = [("Giới thiệu", "/vi/gioi-thieu"), ("Tin tức", "/vi/tin-tuc"), ("Liên hệ", "/vi/lien-he")]

    def layout(title: str, content: str, *, uri: str, description: str = "") -> str:
        desc = f'<meta name="description" content="{attr(description)}">' if description else ""
        navs = "".join(f'<li><a href="{u}" title="{attr(t)}">{esc(t)}</a></li>' for t, u in nav)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">

    <title>{esc(title)}</title>{desc}<meta name="robots" content="index,follow"><link rel="canonical" href="{{{{base}}}}{uri}">
    <link rel="stylesheet" href="/build/website/app.3f2a1c9e.css">
</head>
<body>
    <header class="site-header">
        <div class="container">
            <a class="site-logo" href="/vi"><img src="/build/website/images/logo-lmhtx.png" alt="{ORG}"></a>
            <div class="site-name">LIÊN MINH HỢP TÁC XÃ TỈNH BẮC KẠN</div>
            <nav>
                <ul>
                    <li>
                        <a href="/vi">Trang chủ</a>
                    </li>
                    {navs}
                </ul>
            </nav>
        </div>
    </header>

    <form action="/vi/search" method="GET" class="site-search">
        <input name="q" type="text" placeholder="Tìm kiếm"/>
        <input type="submit" value="Tìm"/>
    </form>

    <main class="container">
        <div class="row">
            <div class="col-main">
{content}
            </div>
            {sidebar}
        </div>
    </main>

    <footer class="site-footer">
        <div class="container">
            <p>{COPY}</p>
        </div>
    </footer>

    <script src="/build/website/app.3f2a1c9e.js"></script>
</body>
</html>
"""

    def related(a: RichArticle) -> str:
        rel = [b for b in posts if b is not a and set(b.opts["tags"]) & set(a.opts["tags"])][:3]
        if not rel:
            return ""
        return ('<section class="news-related"><h2>Tin liên quan</h2><ul>'
                + "".join(f'<li><a href="{b.path}">{esc(b.title)}</a> <span class="date">({b.date:%d/%m/%Y})</span></li>'
                          for b in rel) + "</ul></section>")

    def detail(a: RichArticle) -> str:
        who = a.opts["author_field"]
        author = f' <span class="news-detail__author">Tác giả: {esc(who)}</span>' if who else ""
        lead = f'<div class="news-detail__lead"><p>{esc(a.lead)}</p></div>' if a.lead else ""
        tags = ("<div class=\"news-detail__tags\">Từ khóa: " + ", ".join(f'<a href="{tag_url(t)}">{esc(t)}</a>'
                                                                       for t in a.opts["tags"]) + "</div>"
                if a.opts["tags"] else "")
        return (f'<article class="news-detail">\n<ol class="breadcrumb"><li><a href="/vi">Trang chủ</a></li><li><a '
                f'href="/vi/tin-tuc">Tin tức</a></li></ol>\n<h1 class="news-detail__title">{esc(a.title)}</h1>\n'
                f'<div class="news-detail__meta"><time datetime="{utc_c(a.date)}">{vn_time(a.date)}</time>{author}</div>\n'
                f'{lead}\n<div class="news-detail__content">\n{render(a)}\n</div>\n{tags}\n</article>\n{related(a)}')

    for a in posts:
        html = layout(a.title, detail(a), uri=a.path, description=a.opts.get("seo", ""))
        site.page(a.path, html, content_type=HTML)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(media_url(b.src), image_for(b.src))
        if a.opts.get("file"):
            mid, file, label = a.opts["file"]
            site.binary(f"/media/{mid}/download/{file}", pdf(a.title, ["KE HOACH SO 15/KH-LMHTX", "Ngay HTX Viet Nam 2025"]))
            a.attachments = [{"path": f"/media/{mid}/download/{file}?v=1", "text": label}]
        if a.opts.get("utm"):
            alias = f"{a.path}?utm_source=zalo&utm_medium=social"
            site.page(alias, layout(a.title, detail(a), uri=f"{a.path}?utm_medium=social&amp;utm_source=zalo"))
            a.aliases.append(alias)
        if a.opts.get("old_slug"):
            old = f"/vi/tin-tuc/{a.opts['old_slug']}"
            site.redirect(old, a.path, 301)
            a.aliases.append(old)
        site.add_article(a)

    # -- the overview: paginated smart content (?p=2), tag filter ?tags=
    def item(a: RichArticle) -> str:
        img = next((b.src for b in a.blocks if b.kind == "img"), None)
        thumb = (f'<a class="news-item__image" href="{a.path}"><img src="{media_url(img).replace("news-780x", "news-360x")}" '
                 f'alt="{attr(a.title)}"></a>' if img else "")
        excerpt = a.lead or a.text_lines()[0]
        if len(excerpt) > 160:
            excerpt = excerpt[:160].rsplit(" ", 1)[0] + "…"
        return (f'<div class="news-item">{thumb}<h2 class="news-item__title"><a href="{a.path}">{esc(a.title)}</a></h2>'
                f'<div class="news-item__date">{a.date:%d/%m/%Y}</div><p class="news-item__excerpt">{esc(excerpt)}</p></div>')

    def overview(path: str, heading: str, items: list, query: str = "") -> None:
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
        for n, chunk in enumerate(chunks):
            def url(k: int) -> str:
                q = "&".join(x for x in (query, f"p={k + 1}" if k else "") if x)
                return path + (f"?{q}" if q else "")
            pages = ""
            if len(chunks) > 1:
                pages = '<nav class="pagination">' + "".join(
                    f'<span class="current">{k + 1}</span>' if k == n else f'<a href="{url(k)}">{k + 1}</a>'
                    for k in range(len(chunks)))
                if n + 1 < len(chunks):
                    pages += f'<a class="next" href="{url(n + 1)}">Trang sau ›</a>'
                pages += "</nav>"
            content = (f'<ol class="breadcrumb"><li><a href="/vi">Trang chủ</a></li></ol><h1>{esc(heading)}</h1>'
                       f'<div class="news-list">' + "".join(item(a) for a in chunk) + f"</div>{pages}")
            p = url(n)
            site.page(p, layout(heading, content, uri=p.replace("&", "&amp;")), content_type=HTML)
            site.non_articles.append(p)

    overview("/vi/tin-tuc", "Tin tức", posts)
    for t in tags:
        site_items = [a for a in posts if t in a.opts["tags"]]
        overview("/vi/tin-tuc", f"Tin tức: {t}", site_items, query="tags=" + quote(t, safe=""))
    site.trap("news overview /vi/tin-tuc (a smart content, 5 a page, ?p=2) and tag filters /vi/tin-tuc?tags=<tag>: "
              "title, date dd/mm/yyyy and an excerpt per item: listings (the tag pages share the overview's path)",
              "/vi/tin-tuc?p=2")

    # -- the home and the default pages
    utm = next(a for a in posts if a.opts.get("utm"))
    old = next(a for a in posts if a.opts.get("old_slug"))
    home = ('<section class="home-intro"><h1>Liên minh Hợp tác xã tỉnh Bắc Kạn</h1><p>Cổng thông tin của Liên minh HTX '
            'tỉnh Bắc Kạn: tin hoạt động, văn bản và gương HTX điển hình.</p>'
            f'<p>Đọc nhiều: <a href="{utm.path}?utm_source=zalo&amp;utm_medium=social">{esc(utm.title)}</a></p></section>'
            '<section class="home-news"><h2>Tin mới nhất</h2><div class="news-list">'
            + "".join(item(a) for a in posts[:4]) + '</div><p><a href="/vi/tin-tuc">Xem tất cả tin</a></p></section>')
    site.page("/vi", layout("Trang chủ", home, uri="/vi"), content_type=HTML)
    site.non_articles.append("/vi")
    site.page("/vi/gioi-thieu", layout("Giới thiệu", '<h1>Giới thiệu</h1><p>Liên minh Hợp tác xã tỉnh Bắc Kạn là tổ chức '
                                       'chính trị - xã hội và kinh tế của các HTX, liên hiệp HTX và tổ hợp tác trong tỉnh.'
                                       '</p><p>Liên minh tư vấn thành lập HTX, bồi dưỡng cán bộ, hỗ trợ xúc tiến thương mại '
                                       'và tiếp cận vốn cho các HTX.</p><p>Mô hình tiêu biểu: <a href="{{base}}/vi/tin-tuc/'
                                       f'{old.opts["old_slug"]}">HTX Thanh Vân mở rộng diện tích dong riềng</a></p>',
                                       uri="/vi/gioi-thieu"), content_type=HTML)
    site.page("/vi/lien-he", layout("Liên hệ", '<h1>Liên hệ</h1><p>Văn phòng Liên minh HTX tỉnh Bắc Kạn tiếp nhận ý kiến '
                                    'của các HTX và người dân trong giờ hành chính.</p><form method="post" action="/vi/lien-he">'
                                    '<input name="name" type="text"/><textarea name="message"></textarea><input type="submit" '
                                    'value="Gửi"/></form>', uri="/vi/lien-he"), content_type=HTML)
    site.non_articles += ["/vi/gioi-thieu", "/vi/lien-he"]
    site.redirect("/", "/vi", 301)
    site.trap("the root / answers 301 to /vi (the portal URL {host}/{localization}); the home /vi (h1 + news teasers) "
              "and the default-template pages /vi/gioi-thieu, /vi/lien-he (h1 + text, the same canonical/robots head): "
              "not articles", "/vi/gioi-thieu")

    # -- sitemap (one webspace): lastmod = changed, Y-m-d in UTC
    def ymd_utc(d: datetime) -> str:
        return (d - timedelta(hours=7)).strftime("%Y-%m-%d")

    urls = [("/vi", datetime(2025, 6, 10, 9, 0)), ("/vi/gioi-thieu", datetime(2024, 11, 4, 10, 0)),
            ("/vi/tin-tuc", datetime(2024, 11, 4, 10, 5)), ("/vi/lien-he", datetime(2024, 11, 4, 10, 7))]
    urls += [(a.path, a.opts["changed"]) for a in posts]
    body = "".join(f"<url><loc>{{{{base}}}}{u}</loc><lastmod>{ymd_utc(d)}</lastmod></url>" for u, d in urls)
    site.page("/sitemaps/pages-1.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
              f'schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">{body}</urlset>',
              content_type="application/xml; charset=UTF-8")
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/'
              f'sitemap/0.9"><sitemap><loc>{{{{base}}}}/sitemaps/pages-1.xml</loc><lastmod>{utc_c(posts[0].opts["changed"])}'
              "</lastmod></sitemap></sitemapindex>", content_type="application/xml; charset=UTF-8")
    site.static("/robots.txt", "# www.robotstxt.org/\n# www.google.com/support/webmasters/bin/answer.py?hl=en&answer=156449\n\n"
                "User-agent: *\nDisallow: /admin/\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("sitemap index /sitemap.xml -> /sitemaps/pages-1.xml (Sulu's webspace sitemap): lastmod is the CHANGED "
              "date as Y-m-d in UTC (the 06:10 post of 23/4 reads 2025-04-22)", "/sitemaps/pages-1.xml")
    site.binary("/build/website/images/logo-lmhtx.png", image_for("logo-lmhtx"))
    for a in posts:
        img = next((b.src for b in a.blocks if b.kind == "img"), None)
        if img:
            site.binary(media_url(img).replace("news-780x", "news-360x"), image_for("thumb-" + img))
    return site
