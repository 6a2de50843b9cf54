"""Site `trang-htxsoctrang` (registry family `generic`): "Trang thông tin Liên minh HTX tỉnh Sóc Trăng" on **Perch
Runway 3** with the **Perch Blog** app (the designer CMS: the agency's own layouts around the Blog app's templates,
lightly edited; `PERCH_TZ` left at the config file's default 'UTC'; the Blog settings "post URL" `/blog/{postSlug}`
and the slug format `%Y-%m-%d-{postTitle}` (editors shorten the title part); 5 posts a page; the copy is of 25 June
2024, before the province merged into Cần Thơ). Written as a held-out test: no family module, no selectors.

URL shapes: a post `/blog/2024-05-11-<slug>` (the Runway route for the Blog's post page); the pre-Runway page
`/blog/post.php?s=2024-05-11-<slug>` still answers (a post's text links an older post so: an alias); the blog index
`/blog/` and `/blog/?page=2`; the example blog pages the agency kept: `/blog/archive.php?cat=<catSlug>`,
`?tag=<tag>`, `?author=<authorSlug>`, `?year=2024`, `?year=2024&month=05` (each paginated `&page=2`);
the RSS `/blog/rss.php` (the 5 newest); the site search `/search.php`; Perch's control panel `/perch/` (the footer's
"Quản trị"; robots.txt disallows `/perch/` but allows `/perch/resources/`, where uploaded files and images live).

Why it is hard: the Blog's templates. A post is `div.h-entry`: `h1.p-name`, then `p.meta` with
`<time class="dt-published" datetime="<postDateTime format='c'>">11 Tháng 5 2024</time>` (the date linked to its
month's archive), "Đăng bởi" and the author `a.p-author.h-card` (a Perch user: a staff member, the office's
account "Văn phòng Liên minh HTX", the agency's "Quản trị Website"), then `div.e-content` (the Redactor editor's
`<p>`, `<h2>`, lists, tables, `<figure><img><figcaption>`), the post's file field (an attachment under
`/perch/resources/`), `ul.categories` and `ul.tags` (`a.p-category`), "Bài viết khác" (3 more of the category),
the comments (`div.comment.h-cite`: readers' words, never the article) and the comment form. Dates: Perch stores
the naive time the editor typed and `format="c"` labels it with PERCH_TZ: the post typed at 23:40 on 11 May (Vietnam)
carries `datetime="2024-05-11T23:40:00+00:00"` and the RSS `pubDate` "Sat, 11 May 2024 23:40:00 +0000": taken as
UTC, it would be 12 May 06:40 in Vietnam — the visible "11 Tháng 5 2024" and the slug's date are right. The
published time is the typed wall-clock time (+07:00). The author: a person's Perch account, unless a closing byline
names someone else; office and admin accounts and reprints: none. The oldest post is reached only on page 2 of the
listings (`/blog/?page=2`, its category's and the year's archive) and from links on its own page.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "trang-htxsoctrang"
NAME = "Trang thông tin Liên minh HTX tỉnh Sóc Trăng"
PER = 5
TODAY = "Thứ Ba, 25/06/2024"
ADDRESS = "Số 18 Hùng Vương, Phường 6, TP Sóc Trăng, tỉnh Sóc Trăng"
PHONE = "Điện thoại: 0299.3822.365 - Email: lienminhhtx@soctrang.gov.vn"
COPY = "© 2024 Liên minh Hợp tác xã tỉnh Sóc Trăng. Ghi rõ nguồn khi phát hành lại thông tin từ website này."
AUTHORS = {"tran-thi-hong": "Trần Thị Hồng", "van-phong-lien-minh-htx": "Văn phòng Liên minh HTX",
           "quan-tri-website": "Quản trị Website", "ly-van-son": "Lý Văn Sơn"}
CATS = {"tin-hoat-dong": "Tin hoạt động", "thong-bao": "Thông báo", "kien-thuc": "Kiến thức"}
MONTHS = ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10",
          "Tháng 11", "Tháng 12"]
FURN = [TODAY, ADDRESS, PHONE, COPY, "Bài viết khác", "Gửi bình luận", "Bình luận của bạn", "Chuyên mục", "Lưu trữ",
        "Thẻ", "Đăng bởi"]


def shown(d: datetime) -> str:
    """postDateTime format="%d %B %Y" under the vi_VN locale."""
    return f"{d:%d} {MONTHS[d.month - 1]} {d:%Y}"


def c_format(d: datetime) -> str:
    """format="c": the typed (Vietnam) wall-clock time labelled with PERCH_TZ = UTC."""
    return f"{d:%Y-%m-%dT%H:%M:%S}+00:00"


def rfc822(d: datetime) -> str:
    return f"{d:%a, %d %b %Y %H:%M:%S} +0000"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "url"])

    return [
        A(path="", title="Thông báo số 08/TB-LMHTX về việc đăng ký tham gia Hội chợ Nông sản - OCOP Sóc Trăng năm 2024",
          body="""
LIÊN MINH HTX TỈNH SÓC TRĂNG
Số: 08/TB-LMHTX
Sóc Trăng, ngày 12 tháng 6 năm 2024
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ Nông sản - OCOP Sóc Trăng năm 2024
Hội chợ Nông sản - OCOP Sóc Trăng năm 2024 diễn ra từ ngày 18/7 đến ngày 22/7/2024 tại Khu Văn hóa Hồ Nước Ngọt, TP Sóc Trăng.
Liên minh HTX tỉnh hỗ trợ 25 gian hàng miễn phí cho các HTX có sản phẩm đạt chứng nhận OCOP.
Các HTX đăng ký tham gia gửi về Văn phòng Liên minh HTX tỉnh trước ngày 05/7/2024.
CHỦ TỊCH
Trương Minh Đức
""", author=None, doc_number="08/TB-LMHTX",
          attachments=[{"path": "/perch/resources/tb-08-lmhtx-2024.pdf", "text": "Tải thông báo số 08/TB-LMHTX (PDF)"}],
          opts={"slug": "thong-bao-08-tb-lmhtx-hoi-cho-ocop-2024", "by": "van-phong-lien-minh-htx", "cats": ["thong-bao"],
                "tags": ["ocop", "hoi-cho"], "comments": []},
          notes=["notice 'Số: 08/TB-LMHTX' dated 12/6 in its text, posted 14 June 09:30 (datetime '2024-06-14T09:30:00+00:00', "
                 "'14 Tháng 6 2024', the slug's 2024-06-14); Perch author = the office's account: no author; the signer is "
                 "text; the post's file field 'Tải thông báo số 08/TB-LMHTX (PDF)' (/perch/resources/…pdf, after the "
                 "body) is an attachment whose label names the document, not text"],
          **at(datetime(2024, 6, 14, 9, 30))),
        A(path="", title="Ảnh: HTX Nông nghiệp Hòa Lợi thu hoạch lúa ST25",
          body="""
Đầu tháng 6, các thành viên HTX Nông nghiệp Hòa Lợi (huyện Trần Đề) thu hoạch vụ lúa ST25 hè thu sớm.
[img hoa-loi-1.png] Máy gặt đập liên hợp của HTX thu hoạch lúa ST25 cho thành viên
[img hoa-loi-2.png] Lúa tươi được doanh nghiệp liên kết thu mua ngay tại ruộng
[img hoa-loi-3.png] Kho sấy lúa mới đưa vào sử dụng của HTX
Vụ này năng suất lúa ST25 của HTX đạt bình quân 6,5 tấn/ha, giá bán cao hơn lúa thường 1.500 đồng/kg.
""", byline="Bài và ảnh: Thạch Minh Tâm", author="Thạch Minh Tâm",
          opts={"slug": "anh-htx-hoa-loi-thu-hoach-lua-st25", "by": "tran-thi-hong", "cats": ["tin-hoat-dong"],
                "tags": ["lua-st25"],
                "comments": [("Huỳnh Văn Lực", "Lúa ST25 Hòa Lợi năm nay trúng mùa, chúc mừng bà con HTX!"),
                             ("Kim Thị Sa Ri", "Cho hỏi HTX còn nhận thêm thành viên mới không ạ?")]},
          notes=["photo story: Redactor <figure><img><figcaption> (one line each); Perch author Trần Thị Hồng but 'Bài và "
                 "ảnh: Thạch Minh Tâm' closes it -> author; two readers' comments (div.comment.h-cite) under it: not text"],
          **at(datetime(2024, 6, 5, 16, 0))),
        A(path="", title="Số liệu phát triển HTX nông nghiệp tỉnh Sóc Trăng năm 2023",
          body="""
Năm 2023, toàn tỉnh Sóc Trăng có 296 HTX nông nghiệp đang hoạt động, tăng 21 HTX so với năm 2022.
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| Trồng trọt | 171 | 9.840 | 1.920 |
| Thủy sản | 63 | 2.115 | 2.760 |
| Chăn nuôi | 22 | 640 | 1.150 |
| Tổng hợp | 40 | 3.270 | 2.380 |
Các HTX trồng lúa chất lượng cao tập trung ở các huyện Trần Đề, Mỹ Xuyên và Ngã Năm.
Xem thêm bài [[Quy trình canh tác lúa thơm ST giảm phát thải cho HTX|{{alias}}]].
""", author="Trần Thị Hồng",
          opts={"slug": "so-lieu-phat-trien-htx-nong-nghiep-nam-2023", "by": "tran-thi-hong", "cats": ["tin-hoat-dong"],
                "tags": ["so-lieu"], "comments": []},
          notes=["a table (Redactor <table>, the first row <th>): one line per row; Perch author Trần Thị Hồng (a staff "
                 "member), no byline: she is the author; its last line links the list post by the old "
                 "/blog/post.php?s=<slug> (the same page: an alias)"],
          **at(datetime(2024, 5, 27, 14, 0))),
        A(path="", title="Quy trình canh tác lúa thơm ST giảm phát thải cho HTX",
          body="""
Canh tác lúa thơm ST theo hướng giảm phát thải giúp HTX giảm chi phí và nâng giá trị hạt gạo.
## Các bước HTX cần thực hiện
+ Sạ thưa hoặc cấy máy, lượng giống không quá 80 kg/ha;
+ Áp dụng tưới ngập khô xen kẽ trong suốt vụ;
+ Bón phân theo bảng so màu lá, giảm 30% phân đạm;
+ Thu gom rơm rạ ra khỏi ruộng, không đốt đồng.
HTX cần ghi chép nhật ký đồng ruộng đầy đủ để phục vụ đo đạc phát thải và truy xuất nguồn gốc.
""", byline="Nguyễn Văn Lợi - Trung tâm Khuyến nông", author="Nguyễn Văn Lợi",
          opts={"slug": "quy-trinh-canh-tac-lua-thom-st-giam-phat-thai", "by": "quan-tri-website", "cats": ["kien-thuc"],
                "tags": ["lua-st25", "giam-phat-thai"], "comments": []},
          notes=["an <h2> and a numbered list (<ol>); Perch author = the agency's 'Quản trị Website' account, but 'Nguyễn "
                 "Văn Lợi - Trung tâm Khuyến nông' closes it -> Nguyễn Văn Lợi"],
          **at(datetime(2024, 5, 20, 8, 30))),
        A(path="", title="HTX Hành tím Vĩnh Châu mở rộng vùng trồng đạt chuẩn VietGAP",
          body="""
HTX Hành tím Vĩnh Châu vừa được cấp chứng nhận VietGAP cho thêm 30 ha hành tím của 52 hộ thành viên.
Sản phẩm hành tím của HTX được các doanh nghiệp chế biến bao tiêu với giá ổn định trong suốt vụ.
HTX đang xây dựng nhà sơ chế, đóng gói để cung ứng hành tím cho hệ thống siêu thị.
""", byline="Theo Báo Sóc Trăng", author=None,
          opts={"slug": "htx-hanh-tim-vinh-chau-mo-rong-vung-trong-vietgap", "by": "tran-thi-hong", "cats": ["tin-hoat-dong"],
                "tags": ["hanh-tim", "ocop"], "comments": []},
          notes=["Perch author Trần Thị Hồng (a person) but 'Theo Báo Sóc Trăng' closes the text: a reprint, no author"],
          **at(datetime(2024, 5, 16, 10, 10))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Mỹ Phước",
          body="""
Chiều 11/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Mỹ Phước (huyện Mỹ Tú).
HTX hiện có 118 thành viên, liên kết sản xuất 420 ha lúa chất lượng cao với doanh nghiệp.
Đoàn ghi nhận kiến nghị của HTX về hỗ trợ vốn đầu tư lò sấy và kho chứa lúa.
""", author=None,
          opts={"slug": "lien-minh-htx-lam-viec-voi-htx-my-phuoc", "by": "van-phong-lien-minh-htx", "cats": ["tin-hoat-dong"],
                "tags": [], "comments": []},
          notes=["typed at 23:40 on 11 May: datetime '2024-05-11T23:40:00+00:00' and the RSS 'Sat, 11 May 2024 23:40:00 "
                 "+0000' (PERCH_TZ 'UTC' labels the naive time): read as UTC it is 12 May 06:40 in Vietnam; the visible "
                 "'11 Tháng 5 2024' and the slug's 2024-05-11 are right; published = 2024-05-11 23:40 +07:00; the office's "
                 "account, no byline: author null"],
          **at(datetime(2024, 5, 11, 23, 40))),
        A(path="", title="HTX Tôm - lúa Hòa Tú nâng cao thu nhập cho thành viên",
          body="""
Mô hình luân canh tôm - lúa của HTX Hòa Tú (huyện Mỹ Xuyên) giúp thành viên có thu nhập ổn định quanh năm.
Vụ tôm năm nay HTX đạt năng suất bình quân 450 kg/ha, vụ lúa mùa sử dụng giống ST24 cho gạo thơm ngon.
HTX đang phối hợp với doanh nghiệp xây dựng chuỗi liên kết tiêu thụ gạo tôm - lúa mang nhãn hiệu riêng.
""", byline="Lâm Hoàng Yến", author="Lâm Hoàng Yến",
          opts={"slug": "htx-tom-lua-hoa-tu-nang-cao-thu-nhap", "by": "tran-thi-hong", "cats": ["tin-hoat-dong"],
                "tags": ["tom-lua"], "comments": [("Trần Quốc Bảo", "Mô hình tôm - lúa rất hay, cần nhân rộng.")]},
          notes=["Perch author Trần Thị Hồng; the bare name 'Lâm Hoàng Yến' closes the text: the author; one comment "
                 "under it (not text)"],
          **at(datetime(2024, 4, 26, 15, 20))),
        A(path="", title="Liên minh HTX tỉnh Sóc Trăng triển khai nhiệm vụ quý II năm 2024",
          body="""
Ngày 27/3, Liên minh HTX tỉnh Sóc Trăng tổ chức hội nghị sơ kết quý I và triển khai nhiệm vụ quý II năm 2024.
[img trien-khai-quy-ii.png] Quang cảnh hội nghị
Trong quý II, Liên minh HTX tỉnh tập trung hỗ trợ thành lập mới 8 HTX và tổ chức 4 lớp tập huấn cho cán bộ quản lý HTX.
""", author="Lý Văn Sơn",
          opts={"slug": "trien-khai-nhiem-vu-quy-ii-nam-2024", "by": "ly-van-son", "cats": ["tin-hoat-dong"], "tags": [],
                "comments": []},
          notes=["the oldest post: only on page 2 of /blog/ (/blog/?page=2), of its category's archive "
                 "(archive.php?cat=tin-hoat-dong&page=2) and of the year's (archive.php?year=2024&page=2); its month "
                 "(March) and its author Lý Văn Sơn (no other post) are linked only from its own page; not in the RSS "
                 "(5 newest); no byline, the Perch author is a person: Lý Văn Sơn"],
          **at(datetime(2024, 3, 28, 9, 0))),
    ]


def body_html(a: RichArticle, alias: str) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text).replace('{{alias}}', alias)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table><thead><tr>" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody></table>")
        elif b.kind == "img":
            cap = f"<figcaption>{esc(b.text)}</figcaption>" if b.text else ""
            out.append(f'<figure><img src="/perch/resources/{b.src}" alt="{attr(b.text)}">{cap}</figure>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "soc-trang", f"{NAME} (Perch Runway 3 + Perch Blog)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/blog/rss.php" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.opts["slug"] = f"{a.date:%Y-%m-%d}-{a.opts['slug']}"
        a.path = f"/blog/{a.opts['slug']}"
    listed = next(a for a in arts if a.opts["slug"].endswith("quy-trinh-canh-tac-lua-thom-st-giam-phat-thai"))
    alias = f"/blog/post.php?s={listed.opts['slug']}"

    def summary(a: RichArticle) -> str:
        return inline_text(next(b.text for b in a.blocks if b.kind == "p"))

    def in_list(a: RichArticle) -> str:
        return (f'<div class="h-entry">\n<h2 class="p-name"><a href="{a.path}" rel="bookmark" class="u-url">{esc(a.title)}</a></h2>\n'
                f'<p class="date"><time class="dt-published" datetime="{c_format(a.date)}">{shown(a.date)}</time></p>\n'
                f'<div class="p-summary"><p>{esc(summary(a))}</p></div>\n</div>')

    def paging(base: str, n: int, total: int) -> str:
        pages = (total + PER - 1) // PER
        if pages < 2:
            return ""
        sep = "&amp;" if "?" in base else "?"

        def href(k: int) -> str:
            return base if k == 1 else f"{base}{sep}page={k}"
        links = "".join(f'<li class="selected"><span>{k}</span></li>' if k == n else f'<li><a href="{href(k)}">{k}</a></li>'
                        for k in range(1, pages + 1))
        prev = f'<a href="{href(n - 1)}" class="prev">« Trang trước</a> ' if n > 1 else ""
        nxt = f' <a href="{href(n + 1)}" class="next">Trang sau »</a>' if n < pages else ""
        return f'<div class="paging">Trang {n} / {pages} {prev}<ul class="paging">{links}</ul>{nxt}</div>'

    def sidebar() -> str:
        cats = "".join(f'<li><a href="/blog/archive.php?cat={k}">{esc(v)} ({sum(k in a.opts["cats"] for a in arts)})</a></li>'
                       for k, v in CATS.items())
        tags = sorted({t for a in arts for t in a.opts["tags"]})
        tag_html = "".join(f'<li><a href="/blog/archive.php?tag={t}" class="p-category">{t}</a></li>' for t in tags)
        return (f'<aside class="sidebar"><h3>Chuyên mục</h3><ul class="categories">{cats}</ul>'
                f'<h3>Lưu trữ</h3><ul class="years"><li><a href="/blog/archive.php?year=2024">2024 ({len(arts)})</a></li></ul>'
                f'<h3>Thẻ</h3><ul class="tags">{tag_html}</ul></aside>')

    def layout(title: str, main: str, side: bool = True) -> str:
        nav = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in
                      [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Tin tức", "/blog/"),
                       ("Thông báo", "/blog/archive.php?cat=thong-bao"), ("Liên hệ", "/lien-he")])
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>{esc(title)} | {esc(NAME)}</title>
	<link rel="stylesheet" href="/css/styles.css">
	<link rel="alternate" type="application/rss+xml" title="RSS" href="/blog/rss.php">
</head>
<body>
	<div class="topbar"><span class="today">{TODAY}</span></div>
	<header class="site-header">
		<a href="/" class="logo"><img src="/img/logo-lmhtx.png" alt="{attr(NAME)}"></a>
		<nav class="main-nav"><ul>{nav}</ul></nav>
		<form class="search" action="/search.php" method="get"><label for="q">Tìm kiếm</label><input type="search" name="q" id="q"><input type="submit" value="Tìm"></form>
	</header>
	<div class="wrapper">
		<main class="main-content">
{main}
		</main>
		{sidebar() if side else ""}
	</div>
	<footer class="site-footer">
		<p>{esc(COPY)}</p>
		<p>{esc(ADDRESS)}</p>
		<p>{esc(PHONE)}</p>
		<p><a href="/perch/">Quản trị</a></p>
	</footer>
	<script src="/js/main.js"></script>
</body>
</html>
"""

    # posts
    cid = 40
    for a in arts:
        author = a.opts["by"]
        cats = "".join(f'<li><a href="archive.php?cat={c}" class="p-category">{esc(CATS[c])}</a></li>' for c in a.opts["cats"])
        tags = "".join(f'<li><a href="archive.php?tag={t}" class="p-category">{t}</a></li>' for t in a.opts["tags"])
        files = "".join(f'<p class="attachment"><a href="{x["path"]}">{esc(x["text"])}</a></p>' for x in a.attachments)
        more = [x for x in arts if x is not a and set(x.opts["cats"]) & set(a.opts["cats"])][:3]
        comments = ""
        for i, (name, msg) in enumerate(a.opts["comments"]):
            cid += 1
            when = a.date + timedelta(hours=4 + i * 7, minutes=25)
            comments += (f'<div class="comment h-cite" id="comment{cid}"><p class="p-author h-card"><span class="p-name">'
                         f'{esc(name)}</span></p><p class="date"><time class="dt-published" datetime="{c_format(when)}">'
                         f'{shown(when)}</time></p><div class="e-content p-content"><p>{esc(msg)}</p></div></div>\n')
            site.extra_boilerplate += [name, msg]
        ncom = f"{len(a.opts['comments'])} bình luận" if a.opts["comments"] else "Chưa có bình luận"
        main = f"""<div class="h-entry">
	<h1 class="p-name">{esc(a.title)}</h1>
	<p class="meta"><a href="archive.php?year={a.date.year}&amp;month={a.date:%m}"><time class="dt-published" datetime="{c_format(a.date)}">{shown(a.date)}</time></a>
	Đăng bởi <a href="archive.php?author={author}" class="p-author h-card">{esc(AUTHORS[author])}</a> · <a href="#comments">{ncom}</a></p>
	<div class="description e-content">
{body_html(a, alias)}
	</div>
	{files}
	<ul class="categories">{cats}</ul>
	{f'<ul class="tags">{tags}</ul>' if tags else ''}
</div>
<div class="related"><h2>Bài viết khác</h2>{''.join(in_list(x) for x in more)}</div>
<div class="comments" id="comments"><h2>Bình luận</h2>
{comments}<form id="comment" action="{a.path}#comment" method="post" class="comment-form">
<h3>Bình luận của bạn</h3>
<div><label for="commentName">Họ tên</label><input type="text" id="commentName" name="commentName"></div>
<div><label for="commentEmail">Email</label><input type="email" id="commentEmail" name="commentEmail"></div>
<div><label for="commentHTML">Nội dung</label><textarea id="commentHTML" name="commentHTML"></textarea></div>
<div><button type="submit" class="button">Gửi bình luận</button></div>
</form></div>"""
        site.page(a.path, layout(a.title, main))
        site.same_page(f"/blog/post.php?s={a.opts['slug']}", a.path)
        if a is listed:
            a.aliases.append(alias)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/perch/resources/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH SOC TRANG", "THONG BAO SO 08/TB-LMHTX"]))
        site.add_article(a)
    site.trap("every post also answers at the pre-Runway /blog/post.php?s=<slug> (only one is linked so: an alias)", alias)

    def listing(base: str, title: str, items: list[RichArticle], heading: str) -> None:
        pages = max(1, (len(items) + PER - 1) // PER)
        for n in range(1, pages + 1):
            sep = "&" if "?" in base else "?"
            path = base if n == 1 else f"{base}{sep}page={n}"
            main = (f'<h1>{esc(heading)}</h1>\n<div class="hfeed">\n' + "\n".join(in_list(a) for a in items[(n - 1) * PER:n * PER])
                    + "\n</div>\n" + paging(base.replace("&", "&amp;"), n, len(items)))
            site.page(path, layout(title, main))
            site.non_articles.append(path)

    listing("/blog/", "Tin tức", arts, "Tin tức")
    for k, v in CATS.items():
        listing(f"/blog/archive.php?cat={k}", f"Chuyên mục: {v}", [a for a in arts if k in a.opts["cats"]], f"Chuyên mục: {v}")
    for t in sorted({t for a in arts for t in a.opts["tags"]}):
        listing(f"/blog/archive.php?tag={t}", f"Thẻ: {t}", [a for a in arts if t in a.opts["tags"]], f"Thẻ: {t}")
    for k, v in AUTHORS.items():
        listing(f"/blog/archive.php?author={k}", f"Bài viết của {v}", [a for a in arts if a.opts["by"] == k],
                f"Bài viết của {v}")
    listing("/blog/archive.php?year=2024", "Lưu trữ năm 2024", arts, "Lưu trữ năm 2024")
    for m in sorted({a.date.month for a in arts}):
        listing(f"/blog/archive.php?year=2024&month={m:02d}", f"Lưu trữ {MONTHS[m - 1]} 2024",
                [a for a in arts if a.date.month == m], f"Lưu trữ {MONTHS[m - 1]} 2024")
    site.trap("the Blog's lists (post_in_list: h2.p-name, time.dt-published, p-summary; 5 a page, 'Trang 1 / 2', "
              "?page=2): /blog/, archive.php?cat=…, ?tag=…, ?author=…, ?year=2024, ?year=2024&month=05: not articles",
              "/blog/?page=2")

    home = ('<section class="intro"><h1>Liên minh Hợp tác xã tỉnh Sóc Trăng</h1><p>Trang thông tin điện tử của Liên minh '
            'HTX tỉnh Sóc Trăng: tin tức, thông báo, kiến thức cho HTX và thành viên.</p></section>\n<section class="latest">'
            '<h2>Tin mới</h2><div class="hfeed">' + "".join(in_list(a) for a in arts[:3])
            + '</div><p><a href="/blog/">Xem tất cả tin</a></p></section>')
    site.page("/", layout("Trang chủ", home, side=False))
    site.non_articles.append("/")
    for path, title, text in [("/gioi-thieu", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Sóc Trăng là tổ chức chính trị - "
                               "xã hội, đại diện và bảo vệ quyền lợi hợp pháp của các HTX, tổ hợp tác trên địa bàn tỉnh.</p>"),
                              ("/lien-he", "Liên hệ", f"<p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p>"),
                              ("/search.php", "Tìm kiếm", '<form action="/search.php" method="get"><input type="search" '
                               'name="q"><input type="submit" value="Tìm"></form><p>Nhập từ khóa để tìm kiếm.</p>')]:
        site.page(path, layout(title, f"<h1>{title}</h1>{text}", side=False))
        site.non_articles.append(path)
    site.trap("Runway pages / (the 3 newest), /gioi-thieu, /lien-he and the search page /search.php: not articles",
              "/search.php")

    feed = arts[:5]
    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><guid>{{{{base}}}}{a.path}</guid>"
                    f"<pubDate>{rfc822(a.date)}</pubDate><description><![CDATA[<p>{summary(a)}</p>]]></description></item>\n"
                    for a in feed)
    site.page("/blog/rss.php", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
              f'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n<title>{esc(NAME)}</title>\n<link>{{{{base}}}}/blog/'
              f'</link>\n<description>Tin tức - {esc(NAME)}</description>\n<atom:link href="{{{{base}}}}/blog/rss.php" '
              f'rel="self" type="application/rss+xml" />\n{items}</channel>\n</rss>\n',
              content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /blog/rss.php (the 5 newest): pubDate '+0000' on the typed Vietnam time", "/blog/rss.php")
    site.page("/perch/", '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập | Perch</title></head>'
              '<body class="login"><form method="post" action="/perch/"><input name="username"><input type="password" '
              'name="password"><input type="submit" value="Đăng nhập"></form></body></html>\n')
    site.never_fetched.append("/perch/")
    site.static("/robots.txt", "User-agent: *\nDisallow: /perch/\nAllow: /perch/resources/\n")
    site.trap("robots.txt disallows /perch/ (the footer's 'Quản trị': Perch's login) but allows /perch/resources/ (images, "
              "the notice's PDF)", "/perch/")
    return site
