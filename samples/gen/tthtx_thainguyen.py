"""Site `tthtx-thainguyen` (registry family `generic`): the site of the Trung tâm Tư vấn và Hỗ trợ HTX of the Thái
Nguyên cooperative alliance (Thái Nguyên and Bắc Kạn merged on 1 July 2025), built on **Zoho Sites** (theme
"Zenith", Vietnamese) with its built-in blog "Tin hoạt động". Written as a held-out test: no family module, no
selectors.

Why it is hard: every page is Zoho's nested builder markup (`zpsection > zpcontainer > zprow > zpelem-col >
zpelement`), including the header and footer rows; the blog post is `/blogs/post/<Title-Slug>` (capitalised as the
title) with `h1.zs-blog-post-title` and the body `div.zs-blog-post-content` written in Zoho's editor: one `<div>` per
line, `<div><br></div>` spacers, captions as centred `<i>` divs under the image. The date line is Zoho's
"12.03.26 02:30 PM" (dd.mm.yy, a two-digit year, a 12-hour clock: "12:05 AM" is five past midnight) followed by
"Bởi <author profile>": the profile "Ban Truyền thông" is the centre's office (no author), the byline closing the
text is (one post's profile is its writer, who also signs the text). A notice ("Thông báo tuyển sinh …") is an ordinary site page, not a blog post: same heading and text
elements as "Giới thiệu" or "Dịch vụ", no date; its day is only on the "Thông báo" page's list. Blog listings
`/blogs` (`/blogs/page/2`), `/blogs/category/<c>`, `/blogs/tag/<t>`, `/blogs/author/<a>` show excerpts with the same
date line; the sidebar ("Bài viết gần đây" in lower case slugs: Zoho answers them) and `?utm_*` share links are
aliases; the member portal `/signin` and `/portal/` are disallowed.
"""

from __future__ import annotations

from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "tthtx-thainguyen"
NAME = "Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Thái Nguyên"
OFFICE = "Ban Truyền thông"
SLOGAN = "Đồng hành cùng HTX phát triển bền vững"
FURN = [SLOGAN, "Hotline: 0208.3855.219", "Email: tuvanhtx@thainguyen.gov.vn", "Bài viết gần đây", "Danh mục",
        "Thẻ bài viết", "Lượt truy cập hôm nay: 87", "Tổng lượt truy cập: 152.640", "Thời tiết Thái Nguyên",
        "24°C – Có mây, không mưa", "Chia sẻ bài viết", "Bình luận (0)", "Đăng bình luận", "Bài viết trước",
        "Bài viết tiếp theo", "Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn.", "Đồng ý",
        "Số 8 đường Nha Trang, phường Phan Đình Phùng, tỉnh Thái Nguyên", "© 2026 Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Thái Nguyên",
        "Tạo website với Zoho Sites", "Giờ làm việc: Thứ Hai – Thứ Sáu, 7:30 – 17:00"]
CATS = {"hoat-dong": "Hoạt động Trung tâm", "tu-van": "Tư vấn, hỗ trợ", "van-ban": "Văn bản"}
AUTHORS = {OFFICE: "ban-truyen-thong", "Dương Thu Hương": "duong-thu-huong"}


def zdate(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{d:%d.%m.%y} {h:02d}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def post_slug(title: str) -> str:
    import re
    import unicodedata
    t = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "-", t).strip("-")


def articles() -> list[RichArticle]:
    A = RichArticle

    def dated(d: datetime, profile: str = OFFICE, cat: str = "hoat-dong", tags: tuple = ()) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"],
                    opts={"profile": profile, "cat": cat, "tags": list(tags)})

    return [
        A(path="", title="Kết nối tiêu thụ chè cho các HTX vùng chè Tân Cương",
          lead="Chiều 12/3, Trung tâm Tư vấn và Hỗ trợ HTX tỉnh tổ chức hội nghị kết nối tiêu thụ sản phẩm chè cho 35 HTX.",
          body="""
Hội nghị có sự tham gia của 18 doanh nghiệp phân phối, chuỗi cửa hàng đặc sản và sàn thương mại điện tử.
[img ket-noi-che-tan-cuong.png] Đại diện HTX giới thiệu sản phẩm chè với doanh nghiệp
## Ký kết 12 biên bản hợp tác
Tại hội nghị, các HTX và doanh nghiệp đã ký 12 biên bản ghi nhớ hợp tác tiêu thụ gần 200 tấn chè các loại trong năm 2026.
Trung tâm sẽ tiếp tục hỗ trợ các HTX xây dựng tem truy xuất nguồn gốc và quảng bá sản phẩm trên các nền tảng số.
""", byline="Dương Thu Hương", author="Dương Thu Hương",
          notes=["Zoho date line '12.03.26 02:30 PM' (dd.mm.yy, 12-hour: 14:30) and 'Bởi Dương Thu Hương' (the author "
                 "profile of the writer, who also closes the text: author); the lead says 'Chiều 12/3'; one "
                 "<div> per line with <div><br></div> spacers, the caption a centred <i> div"],
          **dated(datetime(2026, 3, 12, 14, 30), profile="Dương Thu Hương", tags=("che", "ket-noi"))),
        A(path="", title="Quyết định số 25/QĐ-TTHTX về hỗ trợ chi phí tư vấn cho HTX năm 2026",
          body="""
LIÊN MINH HTX TỈNH THÁI NGUYÊN
TRUNG TÂM TƯ VẤN VÀ HỖ TRỢ HTX
Số: 25/QĐ-TTHTX
Thái Nguyên, ngày 02 tháng 3 năm 2026
QUYẾT ĐỊNH
Về việc hỗ trợ chi phí tư vấn cho HTX năm 2026
Điều 1. Hỗ trợ 50% chi phí tư vấn xây dựng phương án sản xuất kinh doanh, tối đa 20 triệu đồng/HTX.
Điều 2. Đối tượng hỗ trợ là các HTX, liên hiệp HTX đang hoạt động trên địa bàn tỉnh.
Điều 3. Quyết định có hiệu lực kể từ ngày ký.
GIÁM ĐỐC
Hà Văn Phong
""", author=None, doc_number="25/QĐ-TTHTX",
          attachments=[{"path": "/files/van-ban/QD-25-TTHTX.pdf", "text": "QD-25-TTHTX.pdf"}],
          notes=["decision 'Số: 25/QĐ-TTHTX' dated 'ngày 02 tháng 3 năm 2026' (posted 03/03 09:00 AM); signer last "
                 "(author null); the PDF /files/van-ban/QD-25-TTHTX.pdf after 'Tải văn bản:' (attachment, not text)"],
          **dated(datetime(2026, 3, 3, 9, 0), cat="van-ban", tags=("van-ban",))),
        A(path="", title="Kết quả tư vấn, hỗ trợ HTX năm 2025",
          body="""
Năm 2025, Trung tâm đã tư vấn, hỗ trợ cho 246 lượt HTX, tổ hợp tác trên địa bàn tỉnh.
| STT | Nội dung | Số lượt | Ghi chú |
| 1 | Tư vấn thành lập mới HTX | 52 | Tăng 8 lượt |
| 2 | Tư vấn tổ chức lại theo Luật HTX 2023 | 96 | |
| 3 | Hỗ trợ xây dựng sản phẩm OCOP | 41 | 17 sản phẩm đạt sao |
| 4 | Tư vấn tiếp cận vốn vay | 57 | 31,5 tỷ đồng |
""", byline="Nguồn: Trung tâm Tư vấn và Hỗ trợ HTX", author=None,
          notes=["a data table (an empty last cell in one row); 'Nguồn: …' is no author"],
          **dated(datetime(2026, 2, 20, 10, 45), cat="tu-van", tags=("so-lieu",))),
        A(path="", title="Khai giảng lớp bồi dưỡng kế toán HTX năm 2026",
          lead="Sáng 9/2, Trung tâm khai giảng lớp bồi dưỡng nghiệp vụ kế toán cho 45 kế toán HTX.",
          body="""
Trong 5 ngày, học viên được trang bị các kiến thức:
* Chế độ kế toán áp dụng cho HTX theo quy định mới;
* Lập báo cáo tài chính năm;
* Sử dụng hóa đơn điện tử và phần mềm kế toán;
* Quyết toán thuế của HTX.
""", byline="Ngọc Ánh", author="Ngọc Ánh",
          notes=["a list whose items are <li><div>…</div></li>; 'Ngọc Ánh' last (author)"],
          **dated(datetime(2026, 2, 9, 11, 20), tags=("dao-tao",))),
        A(path="", title="HTX Chè La Bằng đón đoàn khách Nhật Bản",
          body="""
Đoàn 15 doanh nghiệp Nhật Bản đã đến thăm vùng nguyên liệu và xưởng chế biến của HTX Chè La Bằng.
Phía doanh nghiệp đánh giá cao quy trình sản xuất chè hữu cơ của HTX và đề nghị cung ứng thử 5 tấn chè xanh.
""", author=None,
          notes=["posted at '04.02.26 12:05 AM': five past midnight on 4 February (not noon); no byline and the profile "
                 "is the office: author null"],
          **dated(datetime(2026, 2, 4, 0, 5), tags=("che",))),
        A(path="", title="Ảnh: Mùa chè xuân ở Tân Cương",
          lead="Những ngày đầu xuân, các đồi chè của HTX ở Tân Cương bước vào vụ hái đầu tiên.",
          body="""
[img che-xuan-1.png] Thành viên HTX hái chè búp trên đồi
[img che-xuan-2.png] Chè được sao bằng tôn quay tại xưởng của HTX
[img che-xuan-3.png] Sản phẩm chè OCOP 5 sao được đóng hộp quà tặng
""", byline="Ảnh: Đức Thọ", author="Đức Thọ",
          notes=["photo story: three images with centred italic captions (lines); posted by the office profile; the "
                 "text's 'Ảnh: Đức Thọ' names the author"],
          **dated(datetime(2026, 1, 26, 8, 0), tags=("che",))),
        A(path="", title="HTX Thái Nguyên và Bắc Kạn sau hợp nhất tỉnh",
          body="""
Sau khi hợp nhất hai tỉnh Thái Nguyên và Bắc Kạn, toàn tỉnh có 1.035 HTX với hơn 30.000 thành viên.
Trung tâm Tư vấn và Hỗ trợ HTX tiếp nhận nhiệm vụ hỗ trợ các HTX ở khu vực Bắc Kạn cũ.
""", byline="Hà Linh", author="Hà Linh",
          notes=["oldest post, only on /blogs/page/2 and its category page"],
          **dated(datetime(2025, 8, 14, 15, 30), tags=("sap-nhap",))),
    ]


NOTICE = RichArticle(
    path="/thong-bao/tuyen-sinh-lop-boi-duong-giam-doc-htx-khoa-1-2026",
    title="Thông báo tuyển sinh lớp bồi dưỡng Giám đốc HTX khóa 1 năm 2026",
    body="""
Trung tâm Tư vấn và Hỗ trợ HTX tỉnh thông báo tuyển sinh lớp bồi dưỡng Giám đốc HTX khóa 1 năm 2026.
## Đối tượng
Giám đốc, Phó Giám đốc, thành viên Hội đồng quản trị các HTX trên địa bàn tỉnh.
## Hồ sơ đăng ký
* Phiếu đăng ký theo mẫu;
* Bản sao giấy chứng nhận đăng ký HTX.
Thời gian nhận hồ sơ đến hết ngày 20/01/2026. Học viên được miễn học phí.
""", byline="TRUNG TÂM TƯ VẤN VÀ HỖ TRỢ HTX", author=None, date=datetime(2026, 1, 15),
    published=iso(datetime(2026, 1, 15)), published_source="listing", evidence=["listing"],
    notes=["a Zoho site page (not a blog post) in the same heading/text elements as 'Giới thiệu' and 'Dịch vụ': no date "
           "on the page; the day is on the 'Thông báo' page's list ('15/01/2026'); the closing office line is text, no "
           "author"])


def div_lines(a: RichArticle) -> str:
    out = []
    if a.lead:
        out.append(f"<div><b>{inline_html(a.lead)}</b></div><div><br></div>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<div>{inline_html(b.text)}</div>")
        elif b.kind == "h":
            out.append(f"<div><br></div><h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li><div>{inline_html(i)}</div></li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<div style="text-align: center;"><img src="/files/blog/{b.src}" style="width: 640px;" class="zs-blog-img"></div>'
                       + (f'<div style="text-align: center;"><i>{esc(b.text)}</i></div>' if b.text else "") + "<div><br></div>")
        elif b.kind == "table":
            out.append(table_html(b, css="zs-table"))
    if a.byline:
        out.append(f'<div><br></div><div style="text-align: right;"><b>{esc(a.byline)}</b></div>')
    for x in a.attachments:
        out.append(f'<div>Tải văn bản: <a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></div>')
    return "\n".join(out)


def elem(kind: str, inner: str, eid: str) -> str:
    return f'<div data-element-id="elm_{eid}" data-element-type="{kind}" class="zpelement zpelem-{kind} ">{inner}</div>'


def section(inner: str, eid: str, css: str = "") -> str:
    return (f'<div data-element-id="elm_s{eid}" data-element-type="section" class="zpsection {css}"><div class="zpcontainer">'
            f'<div data-element-id="elm_r{eid}" data-element-type="row" class="zprow zpalign-items- zpjustify-content- ">'
            f'<div data-element-id="elm_c{eid}" data-element-type="column" class="zpelem-col zpcol-12 zpcol-md-12 zpcol-sm-12 '
            f'zpalign-self- ">{inner}</div></div></div></div>')


class Site:
    def __init__(self, posts: list[RichArticle]):
        self.posts = posts

    def link(self, a: RichArticle) -> str:
        return a.path

    def layout(self, title: str, main: str, path: str, *, og: str = "website", desc: str = "", menu_sel: str = "") -> str:
        menu = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Dịch vụ tư vấn", "/dich-vu-tu-van"),
                ("Tin hoạt động", "/blogs"), ("Thông báo", "/thong-bao"), ("Thư viện ảnh", "/thu-vien-anh"), ("Liên hệ", "/lien-he")]
        lis = "".join(f'<li class="theme-menu-item{" theme-menu-selected" if h == menu_sel else ""}"><a href="{h}" target="_self">'
                      f'<span class="theme-menu-name" data-theme-menu-name="{attr(t)}">{esc(t)}</span></a></li>' for t, h in menu)
        header = (f'<header data-headercontainer="zptheme-data-headercontainer" data-zs-mobile-headerstyle="01" class="zpheader-style-01 '
                  f'theme-mobile-header-style-01"><div class="theme-header-topbar"><div class="zpcontainer"><div class="theme-topbar-info">'
                  f'<span>Hotline: 0208.3855.219</span> <span>Email: tuvanhtx@thainguyen.gov.vn</span> <a href="/signin" class="theme-portal-login">'
                  f'Đăng nhập</a></div></div></div><div class="theme-header"><div class="zpcontainer"><div class="theme-branding-info">'
                  f'<div class="theme-logo-parent"><a href="/"><picture><img data-zs-logo src="/files/logo-tthtx.png" alt="{attr(NAME)}">'
                  f'</picture></a></div><div class="theme-site-name"><a href="/">{esc(NAME)}</a></div><div class="theme-site-tagline">{SLOGAN}</div>'
                  f'</div><nav data-zp-theme-menu="id: mainMenu" class="theme-menu-area"><ul data-zp-theme-menu-container class="theme-menu">'
                  f'{lis}</ul></nav></div></div></header>')
        footer = section('<div class="zpelement zpelem-text"><div class="zptext zptext-align-center" data-editor="true">'
                         '<p>Số 8 đường Nha Trang, phường Phan Đình Phùng, tỉnh Thái Nguyên</p><p>Giờ làm việc: Thứ Hai – Thứ Sáu, 7:30 – 17:00</p>'
                         '<p>© 2026 Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Thái Nguyên</p></div></div>', "foot", "zpdefault-section zpdefault-section-bg")
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
<meta charset="UTF-8">
<meta name="generator" content="Zoho Sites">
<title>{esc(title)} | {esc(NAME)}</title>
<meta name="description" content="{attr(desc or title)}">
<meta property="og:type" content="{og}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:url" content="{{{{base}}}}{attr(path)}">
<meta property="og:site_name" content="{attr(NAME)}">
<link rel="canonical" href="{{{{base}}}}{attr(path)}">
<link rel="stylesheet" type="text/css" href="/css/zsite-core.css">
<link rel="stylesheet" type="text/css" href="/template/zenith/style.css">
<script src="/js/zsite-core.js"></script>
</head>
<body data-zs-home="{"true" if path == "/" else "false"}" data-zs-subsiteid="" data-zs-display-mode="default">
{header}
<div data-columns-container="true" class="zpcontent-container page-container">
{main}
</div>
<footer data-footercontainer="zptheme-data-footercontainer" class="zpfooter-style-01">{footer}
<div class="zpfooter-powered"><a href="{{{{base:offsite}}}}/zoho-sites" target="_blank">Tạo website với Zoho Sites</a></div></footer>
<div class="zs-cookie-bar" data-cookie-bar><span>Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn.</span> <button type="button">Đồng ý</button></div>
</body>
</html>
"""

    def info(self, a: RichArticle) -> str:
        who = a.opts["profile"]
        return (f'<div class="zs-blog-post-info"><span class="zs-blog-post-date">{zdate(a.date)}</span> - '
                f'<a href="{a.path}#comments" class="zs-blog-comments-count">Bình luận (0)</a> - <span class="zs-blog-post-author">Bởi '
                f'<a href="/blogs/author/{AUTHORS[who]}">{esc(who)}</a></span></div>')

    def sidebar(self) -> str:
        recent = "".join(f'<li><a href="{p.path.lower() if i == 0 else p.path}">{esc(p.title)}</a></li>'
                         for i, p in enumerate(self.posts[:4]))
        cats = "".join(f'<li><a href="/blogs/category/{c}">{esc(t)}</a></li>' for c, t in CATS.items())
        tags = sorted({t for p in self.posts for t in p.opts["tags"]})
        return (f'<aside class="zs-blog-sidebar"><div class="zs-blog-widget"><h4>Bài viết gần đây</h4><ul>{recent}</ul></div>'
                f'<div class="zs-blog-widget"><h4>Danh mục</h4><ul>{cats}</ul></div><div class="zs-blog-widget"><h4>Thẻ bài viết</h4>'
                + "".join(f'<a class="zs-blog-tag" href="/blogs/tag/{t}">{t}</a> ' for t in tags) + '</div>'
                '<div class="zpelement zpelem-html"><div class="zphtml"><div class="weather-widget"><b>Thời tiết Thái Nguyên</b>'
                '<div>24°C – Có mây, không mưa</div></div><div class="visit-counter"><div>Lượt truy cập hôm nay: 87</div>'
                '<div>Tổng lượt truy cập: 152.640</div></div></div></div></aside>')

    def post_page(self, a: RichArticle) -> str:
        i = self.posts.index(a)
        nav = ""
        if i + 1 < len(self.posts):
            nav += f'<a class="zs-blog-prev" href="{self.posts[i + 1].path}"><span>Bài viết trước</span> {esc(self.posts[i + 1].title)}</a>'
        if i:
            nav += f'<a class="zs-blog-next" href="{self.posts[i - 1].path}"><span>Bài viết tiếp theo</span> {esc(self.posts[i - 1].title)}</a>'
        share = ('<div class="zs-blog-share"><span>Chia sẻ bài viết</span> <a href="javascript:void(0)" class="zs-share-facebook">Facebook</a> '
                 '<a href="javascript:void(0)" class="zs-share-twitter">X</a> <a href="javascript:void(0)" class="zs-share-linkedin">LinkedIn</a></div>')
        main = section(f'<div class="zs-blog-container"><div class="zs-blog-post-detail"><div class="zs-blog-post-heading">'
                       f'<h1 class="zs-blog-post-title">{esc(a.title)}</h1>{self.info(a)}</div>'
                       f'<div class="zs-blog-post-content">\n{div_lines(a)}\n</div>'
                       + "".join(f'<a class="zs-blog-tag" href="/blogs/tag/{t}">{t}</a> ' for t in a.opts["tags"])
                       + f'{share}<div class="zs-blog-post-nav">{nav}</div><div id="comments" class="zs-blog-comments"><h4>Bình luận (0)</h4>'
                       f'<form class="zs-blog-comment-form"><textarea name="comment"></textarea><button type="button">Đăng bình luận</button>'
                       f'</form></div></div>{self.sidebar()}</div>', "post")
        return self.layout(a.title, main, a.path, og="article", desc=a.summary(), menu_sel="/blogs")

    def listing(self, heading: str, posts: list[RichArticle], path: str, pager: str = "") -> str:
        items = "".join(f'<div class="zs-blog-post-list-item"><h2 class="zs-blog-post-list-title"><a href="{p.path}">{esc(p.title)}</a></h2>'
                        f'{self.info(p)}<div class="zs-blog-post-summary">{esc(p.summary())}</div><a class="zs-blog-read-more" '
                        f'href="{p.path}">Xem thêm</a></div>' for p in posts)
        main = section(f'<div class="zs-blog-container"><div class="zs-blog-list"><h1 class="zs-blog-list-heading">{esc(heading)}</h1>'
                       f'{items}{pager}</div>{self.sidebar()}</div>', "list")
        return self.layout(heading, main, path, menu_sel="/blogs")


def page_body(title: str, parts: list[str]) -> str:
    h = elem("heading", f'<h1 class="zpheading zpheading-style-none zpheading-align-left " data-editor="true">{esc(title)}</h1>', "h1")
    t = elem("text", '<div class="zptext zptext-align-left " data-editor="true">' + "".join(parts) + "</div>", "t1")
    return section(h + t, "page")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thai-nguyen", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.path = f"/blogs/post/{post_slug(a.title)}"
    z = Site(posts)
    site.extra_boilerplate += FURN + [OFFICE]

    def page(path: str, html: str) -> None:
        # a path that is also a folder of other pages is served by a route
        site.page(path, html, content_type="text/html; charset=utf-8" if path in {"/blogs", "/thong-bao"} else None)

    for i, a in enumerate(posts):
        page(a.path, z.post_page(a))
        if i == 0:
            site.same_page(a.path.lower(), a.path)
            alias = f"{a.path}?utm_source=facebook&utm_medium=social"
            site.same_page(alias, a.path)
            a.aliases += [a.path.lower(), alias]
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/files/blog/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["QUYET DINH 25/QD-TTHTX"]))
        site.add_article(a)
    share_home = f'<a href="{posts[0].path}?utm_source=facebook&amp;utm_medium=social">Facebook</a>'

    # notice page (site page) and the notices list
    nb = NOTICE
    parts = []
    for b in nb.blocks:
        if b.kind == "p":
            parts.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f'<p><span style="font-weight: bold;">{esc(b.text)}</span></p>')
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + "</ul>")
    parts.append(f'<p style="text-align: right;"><span style="font-weight: bold;">{esc(nb.byline)}</span></p>')
    page(nb.path, z.layout(nb.title, page_body(nb.title, parts), nb.path, menu_sel="/thong-bao"))
    site.add_article(nb)
    notices = [(nb.path, nb.title, "15/01/2026"), ("/thong-bao/lich-tiep-cong-dan-nam-2026", "Lịch tiếp HTX, công dân năm 2026", "05/01/2026")]
    page("/thong-bao", z.layout("Thông báo", page_body("Thông báo", [
        "<ul>" + "".join(f'<li><p>{d} – <a href="{h}">{esc(t)}</a></p></li>' for h, t, d in notices) + "</ul>"]), "/thong-bao",
        menu_sel="/thong-bao"))
    page(notices[1][0], z.layout(notices[1][1], page_body(notices[1][1], [
        "<p>Trung tâm tiếp HTX, công dân vào sáng thứ Ba và thứ Năm hằng tuần tại trụ sở.</p>"]), notices[1][0], menu_sel="/thong-bao"))
    site.non_articles += ["/thong-bao", notices[1][0]]
    site.trap("'Lịch tiếp HTX, công dân năm 2026' is a site page of the notices list too, a standing schedule with no "
              "news (a standing page of the menu 'Thông báo', no date): not an article", notices[1][0])

    # blog listings
    per = 6
    chunks = [posts[i:i + per] for i in range(0, len(posts), per)]
    urls = ["/blogs"] + [f"/blogs/page/{n}" for n in range(2, len(chunks) + 1)]
    for n, chunk in enumerate(chunks):
        pager = '<div class="zs-blog-pagination">' + "".join(
            f'<a href="{u}" class="{"zs-blog-current-page" if k == n else ""}">{k + 1}</a>' for k, u in enumerate(urls)) + "</div>"
        page(urls[n], z.listing("Tin hoạt động", chunk, urls[n], pager))
        site.non_articles.append(urls[n])
    for c, t in CATS.items():
        page(f"/blogs/category/{c}", z.listing(t, [p for p in posts if p.opts["cat"] == c], f"/blogs/category/{c}"))
        site.non_articles.append(f"/blogs/category/{c}")
    for tg in sorted({t for p in posts for t in p.opts["tags"]}):
        page(f"/blogs/tag/{tg}", z.listing(f"Thẻ: {tg}", [p for p in posts if tg in p.opts["tags"]], f"/blogs/tag/{tg}"))
        site.non_articles.append(f"/blogs/tag/{tg}")
    for who, s in AUTHORS.items():
        page(f"/blogs/author/{s}", z.listing(who, [p for p in posts if p.opts["profile"] == who], f"/blogs/author/{s}"))
        site.non_articles.append(f"/blogs/author/{s}")
    site.trap("listings /blogs (/blogs/page/2), /blogs/category/<c>, /blogs/tag/<t>, /blogs/author/<a>: excerpts with the "
              "same date line and 'Bởi …'; the author page of the office profile looks like a byline list", urls[-1])

    # home, static pages, gallery
    cards = "".join(f'<div class="zpelem-col zpcol-4"><h3><a href="{p.path}">{esc(p.title)}</a></h3><p>{zdate(p.date)}</p></div>'
                    for p in posts[:3])
    home = (section(elem("heading", f'<h2 class="zpheading">{esc(SLOGAN)}</h2>', "hh")
                    + elem("text", '<div class="zptext" data-editor="true"><p>Trung tâm tư vấn thành lập, tổ chức lại HTX, xây dựng '
                                   'phương án sản xuất kinh doanh, tiếp cận vốn và thị trường.</p></div>', "ht"), "hero")
            + section(f'<h2 class="zpheading">Tin hoạt động</h2><div class="zprow">{cards}</div><p><a href="/blogs">Xem tất cả tin</a>'
                      f'</p><p>{share_home}</p>', "news"))
    page("/", z.layout(NAME, home, "/"))
    static = {"/gioi-thieu": ("Giới thiệu", ["<p>Trung tâm Tư vấn và Hỗ trợ HTX là đơn vị sự nghiệp trực thuộc Liên minh HTX tỉnh "
                                             "Thái Nguyên, thành lập năm 2016.</p>", "<p>Trung tâm có 12 cán bộ, viên chức, trong đó "
                                             "8 người có trình độ thạc sĩ.</p>"]),
              "/dich-vu-tu-van": ("Dịch vụ tư vấn", ["<p>Trung tâm cung cấp các dịch vụ tư vấn miễn phí cho HTX:</p>",
                                                     "<ul><li>Tư vấn thành lập, tổ chức lại HTX;</li><li>Tư vấn xây dựng sản phẩm OCOP;"
                                                     "</li><li>Tư vấn lập hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX.</li></ul>"]),
              "/lien-he": ("Liên hệ", ["<p>Điện thoại: 0208.3855.219</p>", '<form class="zpform"><input type="text" name="name">'
                                                                            '<button type="button">Gửi</button></form>'])}
    for p, (t, parts) in static.items():
        page(p, z.layout(t, page_body(t, parts), p, menu_sel=p))
    gal = "".join(f'<figure class="zpimage-data-ref"><img class="zpimage" src="/files/gallery/anh-{k}.png"><figcaption class="zpimage-caption">'
                  f'<span class="zpimage-caption-content">{esc(c)}</span></figcaption></figure>'
                  for k, c in enumerate(["Hội nghị kết nối tiêu thụ chè", "Lớp bồi dưỡng kế toán HTX", "Vùng chè Tân Cương"], 1))
    page("/thu-vien-anh", z.layout("Thư viện ảnh", section(elem("heading", '<h1 class="zpheading">Thư viện ảnh</h1>', "gh")
                                                            + f'<div class="zpelement zpelem-imagegallery">{gal}</div>', "gal"),
                                   "/thu-vien-anh", menu_sel="/thu-vien-anh"))
    site.non_articles += ["/", *static, "/thu-vien-anh"]
    site.trap("static builder pages (Giới thiệu, Dịch vụ tư vấn with a list, Liên hệ, Thư viện ảnh with captions) in the same "
              "h1 heading + text elements as the notice article: no news", "/dich-vu-tu-van")
    for p in ("/signin", "/portal/"):
        page(p, z.layout("Đăng nhập", page_body("Đăng nhập", ["<p>Cổng thành viên</p>"]), p))
        site.never_fetched.append(p)
    site.static("/robots.txt", "User-agent: *\nDisallow: /signin\nDisallow: /portal/\nDisallow: /zs-site/\n")
    site.trap("robots.txt disallows the member portal (/signin, the topbar's 'Đăng nhập'): never fetched; the newest post "
              "is also linked in lower case by the sidebar and with ?utm_source=facebook from the home page: aliases", "/signin")
    return site
