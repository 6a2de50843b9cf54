"""Site `tintuc-htxdaknong` (registry family `generic`): "Tin tức - Liên minh HTX tỉnh Đắk Nông", the news site of the
Đắk Nông cooperative alliance (since 1 July 2025 part of Lâm Đồng province) on **django CMS 4.1** (Bootstrap 5 project
template, djangocms-frontend, djangocms-text, djangocms-alias for the static sidebar and footer, djangocms-file) with
**djangocms-blog 2.0** (placeholder content, django-meta OpenGraph tags, the stock templates `post_detail.html`,
`post_list.html`, `includes/blog_item.html`, `includes/blog_meta.html` and the latest-entries, archive, category and
tag plugins), i18n URLs with a language prefix (one language). Written as a held-out test: no family module, no
selectors.

URL shapes: `/` 302s to `/vi/`; posts `/vi/tin-tuc/<yyyy>/<mm>/<dd>/<slug>/` (BLOG_PERMALINK "full_date"); the list
`/vi/tin-tuc/` and `?page=2` (5 a page); `/vi/tin-tuc/category/<slug>/`, `/vi/tin-tuc/tag/<slug>/`,
`/vi/tin-tuc/author/<username>/`, archives `/vi/tin-tuc/<yyyy>/` and `/vi/tin-tuc/<yyyy>/<mm>/`; the RSS feed
`/vi/tin-tuc/feed/`; CMS pages `/vi/`, `/vi/gioi-thieu/`, `/vi/lien-he/`; `/sitemap.xml`. A post's address without
the language prefix 302s to it (LocaleMiddleware), without its trailing slash 301s (APPEND_SLASH).

Why it is hard: the title is the `<h2>` in the article's header (there is no `<h1>`: the brand is a link, the sidebar
has `<h3>`s); `ul.post-detail-tags` (blog_meta) shows "bởi <CMS user>" and the local day "Ngày 16 tháng 9 năm
2024" with no time; the body is `div.blog-content` (the content placeholder: djangocms-text paragraphs with a bold
lead, `<h3>`, lists, a table, djangocms-frontend `<figure>` photos with `figcaption`, a djangocms-file link), after
`div.blog-visual` (the main image, no caption); INSIDE the same `<article>` the related posts are `section.post-
detail-list` of blog_item `<article>`s (title `<h3>`, the same blog_meta, the abstract cut to five words, "Đọc tiếp
»"); the sidebar's latest-entries plugin repeats that markup for the five newest posts (the current one too).
django-meta's `article:published_time` is UTC (a post of 06:20 is the previous day there); the URL carries the local
day. The CMS account "bientap" ("Ban Biên tập") is never the author; a staff member's own account is; bylines name
writers. The archive plugin lists months as "Tháng chín ( 1 bài viết )".
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "tintuc-htxdaknong"
ORG = "Liên minh Hợp tác xã tỉnh Đắk Nông"
HTML = "text/html; charset=utf-8"
BLOG = "/vi/tin-tuc/"
TODAY = "Thứ Tư, 18/6/2025"
SLOGAN = "Liên minh HTX tỉnh Đắk Nông - Đồng hành cùng kinh tế tập thể"
USERS = {"bientap": "Ban Biên tập", "hongnhung": "Nguyễn Thị Hồng Nhung"}
CATS = {"hoat-dong-lien-minh": "Hoạt động Liên minh", "van-ban-thong-bao": "Văn bản - Thông báo",
        "guong-htx-dien-hinh": "Gương HTX điển hình", "kinh-te-tap-the": "Kinh tế tập thể"}
VI_MONTHS = ["Tháng một", "Tháng hai", "Tháng ba", "Tháng tư", "Tháng năm", "Tháng sáu", "Tháng bảy", "Tháng tám",
             "Tháng chín", "Tháng mười", "Tháng mười một", "Tháng mười hai"]
FURN = [TODAY, SLOGAN, "Đọc tiếp »", "Bài viết mới", "Lưu trữ", "Chuyên mục", "Thẻ", "bài viết )",
        "Thống kê truy cập", "Đang online: 9", "Hôm nay: 214", "Tổng truy cập: 803.552",
        "Thời tiết Gia Nghĩa", "25°C, mưa rào, độ ẩm 86%", "Liên kết website",
        "Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Đắk Nông",
        "Địa chỉ: đường 23/3, phường Nghĩa Đức, thành phố Gia Nghĩa, tỉnh Đắk Nông",
        "Điện thoại: 0261.3544.218 - Email: lmhtx@daknong.gov.vn",
        "Chịu trách nhiệm chính: Chủ tịch Liên minh HTX tỉnh",
        "Ghi rõ nguồn \"Liên minh HTX tỉnh Đắk Nông\" khi phát hành lại thông tin từ website này.",
        "Chia sẻ:", "Facebook", "Zalo", "In trang"]


def utc_iso(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def vi_date(d: datetime) -> str:
    return f"Ngày {d.day:02d} tháng {d.month} năm {d.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "url", "listing"])

    return [
        A(path="so-ket-3-nam-thuc-hien-nghi-quyet-20-nq-tw-ve-kinh-te-tap-the", title="Sơ kết 3 năm thực hiện Nghị quyết số 20-NQ/TW về kinh tế tập thể",
          lead="**Ngày 10/6, Liên minh HTX tỉnh phối hợp với Ban Kinh tế - Ngân sách HĐND tỉnh tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022.**",
          body="""
Sau 3 năm, toàn tỉnh có 231 HTX, tăng 58 HTX so với năm 2022; doanh thu bình quân đạt 3,1 tỷ đồng mỗi HTX.
[img so-ket-nq20.png] Các đại biểu dự hội nghị sơ kết tại Gia Nghĩa
### Những kết quả nổi bật
Nhiều HTX cà phê, hồ tiêu, sầu riêng đã xây dựng vùng nguyên liệu đạt chứng nhận, liên kết tiêu thụ ổn định với doanh nghiệp.
### Hạn chế cần khắc phục
Quy mô HTX còn nhỏ, năng lực quản trị hạn chế; khả năng tiếp cận vốn tín dụng còn khó khăn.
""", byline="Bài và ảnh: Hoàng Bắc", author="Hoàng Bắc",
          opts={"cat": "hoat-dong-lien-minh", "tags": ["Nghị quyết 20"], "user": "bientap", "related": [6]},
          notes=["post /vi/tin-tuc/2025/06/10/<slug>/: the title is the <h2> of the article header (no <h1>); blog_meta "
                 "'bởi Ban Biên tập' (the CMS account) and 'Ngày 10 tháng 6 năm 2025'; div.blog-visual holds the main "
                 "image, div.blog-content the text (bold lead, <h3>s, a <figure> with figcaption); the related post inside "
                 "the same <article> (section.post-detail-list); 'Bài và ảnh: Hoàng Bắc' -> author"],
          **at(datetime(2025, 6, 10, 8, 0))),
        A(path="thong-bao-so-15-tb-lmhtx-tuyen-chon-htx-tham-gia-chuong-trinh-ca-phe-dac-san", title="Thông báo số 15/TB-LMHTX về tuyển chọn HTX tham gia chương trình phát triển cà phê đặc sản",
          body="""
LIÊN MINH HTX TỈNH ĐẮK NÔNG
Số: 15/TB-LMHTX
Đắk Nông, ngày 26 tháng 5 năm 2025
THÔNG BÁO
Tuyển chọn HTX tham gia chương trình phát triển cà phê đặc sản năm 2025
Liên minh HTX tỉnh thông báo tuyển chọn 10 HTX sản xuất cà phê tham gia chương trình hỗ trợ chế biến cà phê đặc sản.
- Điều kiện: HTX có vùng nguyên liệu từ 30 ha trở lên, có chứng nhận VietGAP, 4C hoặc Rainforest Alliance.
- Hồ sơ gửi về Văn phòng Liên minh HTX tỉnh trước ngày 20/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Thu Trang
""", author=None, doc_number="15/TB-LMHTX",
          description="Liên minh HTX tỉnh tuyển chọn 10 HTX sản xuất cà phê tham gia chương trình hỗ trợ chế biến cà phê đặc sản năm 2025.",
          attachments=[{"path": "/media/filer_public/7c/2e/7c2e41b0-58d3-4f0a-9d1e-3b6f2a8c9e71/tb-15-tb-lmhtx-2025.pdf",
                        "text": "TB-15-TB-LMHTX-2025.pdf"}],
          opts={"cat": "van-ban-thong-bao", "tags": ["Cà phê"], "user": "bientap"},
          notes=["notice 'Số: 15/TB-LMHTX' dated 26/5 in the text, posted 27/05/2025; the signer ends the text, author "
                 "null; the djangocms-file link after it (/media/filer_public/…/tb-15-tb-lmhtx-2025.pdf): an attachment"],
          **at(datetime(2025, 5, 27, 14, 0))),
        A(path="htx-nong-nghiep-thuan-an-lien-ket-tieu-thu-ca-phe-cong-bang", title="HTX Nông nghiệp Thuận An liên kết tiêu thụ cà phê chứng nhận",
          body="""
HTX Nông nghiệp Thuận An (huyện Đắk Mil) vừa ký hợp đồng bán 600 tấn cà phê nhân đạt chứng nhận 4C cho một doanh nghiệp xuất khẩu.
[img ca-phe-thuan-an.png] Thành viên HTX phơi cà phê trên giàn phơi có mái che
Giá bán cao hơn giá thị trường 1.500 đồng/kg; doanh nghiệp hỗ trợ thêm phân bón hữu cơ cho các hộ thành viên.
""", byline="Thanh Hải - Văn phòng Liên minh", author="Thanh Hải",
          opts={"cat": "guong-htx-dien-hinh", "tags": ["Cà phê"], "user": "bientap", "related": [1]},
          notes=["byline 'Thanh Hải - Văn phòng Liên minh' -> author Thanh Hải"],
          **at(datetime(2025, 5, 6, 15, 10))),
        A(path="nhung-diem-moi-khi-htx-vay-von-quy-ho-tro-phat-trien-htx", title="Những điểm mới khi HTX vay vốn Quỹ hỗ trợ phát triển HTX",
          body="""
Từ năm 2025, Quỹ hỗ trợ phát triển HTX tỉnh áp dụng một số quy định mới về cho vay:
* Mức cho vay tối đa nâng lên 3 tỷ đồng đối với dự án của HTX;
* Lãi suất cho vay ưu đãi 4,8%/năm, thấp hơn lãi suất thương mại;
* Thời hạn vay tối đa 5 năm cho dự án đầu tư máy móc, nhà xưởng;
* HTX được dùng tài sản hình thành từ vốn vay làm tài sản bảo đảm.
Các HTX có nhu cầu liên hệ Văn phòng Quỹ để được hướng dẫn lập hồ sơ.
""", author="Nguyễn Thị Hồng Nhung",
          opts={"cat": "kinh-te-tap-the", "tags": ["Vốn vay"], "user": "hongnhung"},
          notes=["a four-item list after a line ending with a colon; posted under the staff member's own account "
                 "('bởi Nguyễn Thị Hồng Nhung', /vi/tin-tuc/author/hongnhung/), no byline -> author"],
          **at(datetime(2025, 4, 15, 9, 45))),
        A(path="lien-minh-htx-tinh-lam-viec-voi-doan-cong-tac-lien-minh-htx-viet-nam", title="Liên minh HTX tỉnh làm việc với đoàn công tác Liên minh HTX Việt Nam",
          body="""
Chiều 18/2, đoàn công tác của Liên minh HTX Việt Nam do Phó Chủ tịch Liên minh HTX Việt Nam làm trưởng đoàn đã làm việc với Liên minh HTX tỉnh.
Đoàn đã khảo sát mô hình HTX sản xuất cà phê, sầu riêng ứng dụng công nghệ cao tại Đắk Mil và Đắk R'lấp.
Liên minh HTX Việt Nam đề nghị tỉnh tiếp tục quan tâm bố trí quỹ đất, hỗ trợ HTX tiếp cận vốn và đào tạo nguồn nhân lực.
""", author=None,
          opts={"cat": "hoat-dong-lien-minh", "tags": ["Nghị quyết 20"], "user": "bientap"},
          notes=["no byline, posted by the office account 'Ban Biên tập': author null"],
          **at(datetime(2025, 2, 19, 16, 0))),
        A(path="ket-qua-chuong-trinh-ocop-tinh-dak-nong-nam-2024", title="Kết quả Chương trình OCOP tỉnh Đắk Nông năm 2024",
          body="""
Năm 2024, tỉnh có thêm 46 sản phẩm được công nhận OCOP, trong đó khu vực HTX chiếm hơn một nửa.
| Chủ thể | Số sản phẩm | 3 sao | 4 sao |
| HTX | 25 | 19 | 6 |
| Doanh nghiệp | 13 | 9 | 4 |
| Hộ kinh doanh | 8 | 8 | 0 |
Các sản phẩm chủ lực là cà phê, hồ tiêu, mắc ca, sầu riêng và các sản phẩm chế biến từ chúng.
""", byline="Theo Báo Đắk Nông", author=None,
          opts={"cat": "kinh-te-tap-the", "tags": ["OCOP"], "user": "bientap", "related": [3, 8]},
          notes=["a CKEditor table (one line per row); 'Theo Báo Đắk Nông' names a newspaper: text, author null; two "
                 "related posts inside the article"],
          **at(datetime(2025, 1, 8, 10, 30))),
        A(path="htx-dich-vu-nong-nghiep-quang-son-phat-trien-ho-tieu-huu-co", title="HTX Dịch vụ nông nghiệp Quảng Sơn phát triển hồ tiêu hữu cơ",
          body="""
HTX Dịch vụ nông nghiệp Quảng Sơn (huyện Đắk Glong) hiện có 45 ha hồ tiêu đạt chứng nhận hữu cơ của 38 hộ thành viên.
HTX tự sản xuất phân hữu cơ vi sinh từ vỏ cà phê, giảm 30% chi phí đầu vào so với canh tác thông thường.
Sản phẩm tiêu đen hữu cơ của HTX đã được công nhận OCOP 4 sao và xuất khẩu sang Đức.
""", byline="Theo Phan Tuấn", author="Phan Tuấn",
          opts={"cat": "guong-htx-dien-hinh", "tags": ["Hồ tiêu", "OCOP"], "user": "bientap", "noprefix": True},
          notes=["'Theo Phan Tuấn' names a person -> author; its address without the language prefix "
                 "(/tin-tuc/2024/11/05/<slug>/, linked from /vi/gioi-thieu/) 302s to /vi/… (LocaleMiddleware); only on "
                 "the list's ?page=2"],
          **at(datetime(2024, 11, 5, 8, 40))),
        A(path="anh-mua-thu-hoach-sau-rieng-o-htx-nong-nghiep-dak-mil", title="Ảnh: Mùa thu hoạch sầu riêng ở HTX Nông nghiệp Đắk Mil",
          body="""
[img sau-rieng-1.png] Thành viên HTX thu hoạch sầu riêng Ri6 trên vườn đạt chuẩn VietGAP
[img sau-rieng-2.png] Sầu riêng được phân loại, dán mã vùng trồng trước khi giao cho doanh nghiệp
[img sau-rieng-3.png] Xe container nhận hàng tại kho sơ chế của HTX
""", byline="Ảnh: Ngọc Hà", author="Ngọc Hà",
          opts={"cat": "guong-htx-dien-hinh", "tags": ["Sầu riêng"], "user": "bientap", "noslash": True},
          notes=["photo story (three <figure>s with figcaption); posted 06:20 on 16/09/2024: article:published_time "
                 "'2024-09-15T23:20:00+00:00' is the previous day in UTC, the URL /2024/09/16/ and 'Ngày 16 tháng 9 năm "
                 "2024' the right day; 'Ảnh: Ngọc Hà' -> author; the address without its trailing slash (linked from "
                 "the home page) 301s: an alias"],
          **at(datetime(2024, 9, 16, 6, 20))),
    ]


def content_html(a: RichArticle) -> str:
    """The content placeholder: djangocms-text, djangocms-frontend image and djangocms-file plugins."""
    out = []
    if a.lead:
        out.append(f"<p>{inline_html(a.lead)}</p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"\t<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<figure class="figure"><img src="/media/filer_public_thumbnails/filer_public/{b.src}__1200x0_q85_subsampling-2.png" '
                       f'alt="{attr(b.text)}" class="figure-img img-fluid" loading="lazy" width="1200" height="800">'
                       f'<figcaption class="figure-caption text-center">{esc(b.text)}</figcaption></figure>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellpadding="1" cellspacing="1" class="table table-bordered" style="width:100%">\n<tbody>\n'
                       "<tr>\n" + "\n".join(f"\t<td><strong>{esc(c)}</strong></td>" for c in head) + "\n</tr>\n"
                       + "\n".join("<tr>\n" + "\n".join(f"\t<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
    if a.byline:
        out.append(f'<p style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
    text = "\n".join(out)
    files = "".join(f'\n<a href="{x["path"]}" class="cms-file" target="_blank">{esc(x["text"])}</a>' for x in a.attachments)
    return f'<div class="cms-plugin">{text}</div>{files}'


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dak-nong", "Tin tức - Liên minh HTX tỉnh Đắk Nông", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    by_index = {k: a for k, a in enumerate(articles(), 1)}
    idx_title = {by_index[k].title: k for k in by_index}
    for a in posts:
        a.opts["slug"] = a.path
        a.path = f"{BLOG}{a.date:%Y/%m/%d}/{a.path}/"
    by_num = {idx_title[a.title]: a for a in posts}
    tags = sorted({t for a in posts for t in a.opts["tags"]})

    def tag_slug(t: str) -> str:
        import re
        import unicodedata
        s = unicodedata.normalize("NFKD", t.replace("đ", "d").replace("Đ", "D")).encode("ascii", "ignore").decode().lower()
        return re.sub(r"[^a-z0-9]+", "-", s).strip("-")

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def blog_meta(a: RichArticle) -> str:
        u = a.opts["user"]
        cats = "".join(f'<li class="category_1"><a href="{BLOG}category/{a.opts["cat"]}/" class="blog-categories-'
                       f'{sum(1 for p in posts if p.opts["cat"] == a.opts["cat"])}">{CATS[a.opts["cat"]]}</a></li>' for _ in [0])
        tg = "".join(f'<li class="tag_{k}"><a href="{BLOG}tag/{tag_slug(t)}/" class="blog-tag blog-tag-'
                     f'{sum(1 for p in posts if t in p.opts["tags"])}">{esc(t)}</a>{", " if k < len(a.opts["tags"]) else ""}</li>'
                     for k, t in enumerate(a.opts["tags"], 1))
        return (f'<ul class="post-detail-tags"><li>bởi <a href="{BLOG}author/{u}/">{esc(USERS[u])}</a></li>'
                f'<li>{vi_date(a.date)}</li></ul><ul class="post-detail-tags">{cats}{tg}</ul>')

    def blog_item(a: RichArticle, trunc: int | None = None) -> str:
        words = a.summary().split()
        abstract = " ".join(words[:trunc]) + " …" if trunc and len(words) > trunc else a.summary()
        img = a.first_image()
        visual = (f'<div class="blog-visual"><img src="/media/filer_public_thumbnails/filer_public/{img}__120x120_q85_crop_subsampling-2.png" '
                  f'alt="" width="120" height="120"></div>' if img else "")
        return (f'<article id="post-{a.opts["slug"]}" class="post-item"><header><h3><a href="{a.path}">{esc(a.title)}</a></h3>'
                f'{blog_meta(a)}</header>{visual}<div class="blog-lead"><p>{esc(abstract)}</p></div>'
                f'<footer class="read-more"><a href="{a.path}">Đọc tiếp »</a></footer></article>')

    def sidebar() -> str:
        latest = "".join(blog_item(a, 10) for a in posts[:5])
        years: dict[int, dict[int, int]] = {}
        for a in posts:
            years.setdefault(a.date.year, {}).setdefault(a.date.month, 0)
            years[a.date.year][a.date.month] += 1
        arch = "".join(f'<li><a href="{BLOG}{y}/">{y}</a><ul>' + "".join(
            f'<li><a href="{BLOG}{y}/{m:02d}/">{VI_MONTHS[m - 1]} <span>( {n} bài viết )</span></a></li>' for m, n in sorted(ms.items(), reverse=True))
            + "</ul></li>" for y, ms in sorted(years.items(), reverse=True))
        cats = "".join(f'<li><a href="{BLOG}category/{c}/">{n} <span>( {sum(1 for p in posts if p.opts["cat"] == c)} bài viết )</span></a></li>'
                       for c, n in CATS.items())
        tg = "".join(f'<li><a href="{BLOG}tag/{tag_slug(t)}/" class="blog-tag-{sum(1 for p in posts if t in p.opts["tags"])}">{esc(t)} '
                     f'<span>( {sum(1 for p in posts if t in p.opts["tags"])} bài viết )</span></a></li>' for t in tags)
        links = "".join(f'<li><a href="{{{{base:offsite}}}}{h}" target="_blank" rel="noopener">{t}</a></li>'
                        for t, h in [("Liên minh HTX Việt Nam", "/lmhtx-vn/"), ("Cổng thông tin điện tử tỉnh Đắk Nông", "/daknong/"),
                                     ("Báo Kinh tế hợp tác", "/tin-tuc/bai-viet-1.html")])
        return (f'<aside class="col-lg-4 sidebar"><div class="plugin plugin-blog"><h3>Bài viết mới</h3><div class="blog-latest-entries">{latest}</div></div>'
                f'<div class="plugin plugin-blog"><h3>Lưu trữ</h3><ul class="blog-archive">{arch}</ul></div>'
                f'<div class="plugin plugin-blog"><h3>Chuyên mục</h3><ul class="blog-categories">{cats}</ul></div>'
                f'<div class="plugin plugin-blog"><h3>Thẻ</h3><ul class="blog-tags">{tg}</ul></div>'
                f'<div class="card mb-3"><div class="card-body"><h3>Thời tiết</h3><p>Thời tiết Gia Nghĩa</p><p>25°C, mưa rào, độ ẩm 86%</p></div></div>'
                f'<div class="card mb-3"><div class="card-body"><h3>Thống kê truy cập</h3><ul class="list-unstyled"><li>Đang online: 9</li>'
                f'<li>Hôm nay: 214</li><li>Tổng truy cập: 803.552</li></ul></div></div>'
                f'<div class="card mb-3"><div class="card-body"><h3>Liên kết website</h3><ul>{links}</ul></div></div></aside>')

    def layout(path: str, title: str, main: str, *, head: str = "", canonical: str | None = None, share: bool = False) -> str:
        menu = [("Trang chủ", "/vi/"), ("Giới thiệu", "/vi/gioi-thieu/"), ("Tin tức", BLOG), ("Liên hệ", "/vi/lien-he/")]
        lis = "".join(f'<li class="nav-item{" active" if path.startswith(h) and (h != "/vi/" or path == "/vi/") else ""}">'
                      f'<a class="nav-link" href="{h}">{t}</a>'
                      + (('<ul class="dropdown-menu">' + "".join(f'<li><a class="dropdown-item" href="{BLOG}category/{c}/">{n}</a></li>'
                                                                 for c, n in CATS.items()) + "</ul>") if h == BLOG else "")
                      + "</li>" for t, h in menu)
        canon = f'<link rel="canonical" href="{{{{base}}}}{canonical or path}"/>'
        shr = ('<div class="share-buttons"><span>Chia sẻ:</span> <a href="javascript:void(0)" class="btn btn-sm fb">Facebook</a> '
               '<a href="javascript:void(0)" class="btn btn-sm zalo">Zalo</a> <a href="javascript:window.print()" class="btn btn-sm">In trang</a></div>'
               if share else "")
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <title>{esc(title)} - {ORG}</title>
    {canon}
{head}    <link rel="alternate" type="application/rss+xml" title="Tin tức" href="{{{{base}}}}{BLOG}feed/">
    <link rel="stylesheet" href="/static/djangocms_frontend/css/bootstrap.min.css">
    <link rel="stylesheet" href="/static/css/site.css">
</head>
<body>
<div class="topbar bg-success text-white small"><div class="container d-flex justify-content-between"><span class="today">{TODAY}</span><span class="slogan">{SLOGAN}</span></div></div>
<header class="container py-3"><a class="navbar-brand" href="/vi/"><img src="/static/img/logo-lmhtx-daknong.png" alt="{ORG}" height="80"></a></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-success"><div class="container"><ul class="navbar-nav">{lis}</ul>
<form class="d-flex" action="/vi/tim-kiem/" method="get"><input class="form-control" type="search" name="q" placeholder="Tìm kiếm"></form></div></nav>
<div class="container my-4"><div class="row"><div class="col-lg-8">
{main}
{shr}
</div>
{sidebar()}
</div></div>
<footer class="bg-dark text-white-50 py-4"><div class="container">
<p><strong>Cơ quan chủ quản: {ORG}</strong></p>
<p>Địa chỉ: đường 23/3, phường Nghĩa Đức, thành phố Gia Nghĩa, tỉnh Đắk Nông</p>
<p>Điện thoại: 0261.3544.218 - Email: lmhtx@daknong.gov.vn</p>
<p>Chịu trách nhiệm chính: Chủ tịch Liên minh HTX tỉnh</p>
<p>Ghi rõ nguồn "Liên minh HTX tỉnh Đắk Nông" khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script src="/static/djangocms_frontend/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""

    for a in posts:
        rel = [by_num[k] for k in a.opts.get("related", [])]
        related = (f'<section class="post-detail-list">' + "".join(blog_item(r, 5) for r in rel) + "</section>") if rel else ""
        img = a.first_image()
        visual = (f'<div class="blog-visual"><img src="/media/filer_public_thumbnails/filer_public/{img}__640x360_q85_crop_subsampling-2.png" '
                  f'alt="" width="640" height="360"></div>' if img else '<div class="blog-visual"></div>')
        main = (f'<div class="app app-blog"><article id="post-{a.opts["slug"]}" class="post-item post-detail"><header><h2>{esc(a.title)}</h2>'
                f'{blog_meta(a)}</header>{visual}<div class="blog-content">{content_html(a)}</div>{related}</article></div>')
        head = (f'    <meta name="description" content="{attr(a.summary())}">\n'
                f'    <meta name="keywords" content="{attr(", ".join(a.opts["tags"]))}">\n'
                f'    <meta property="og:title" content="{attr(a.title)}">\n    <meta property="og:url" content="{{{{base}}}}{a.path}">\n'
                f'    <meta property="og:description" content="{attr(a.summary())}">\n'
                + (f'    <meta property="og:image" content="{{{{base}}}}/media/filer_public_thumbnails/filer_public/{img}__640x360_q85_crop_subsampling-2.png">\n' if img else "")
                + f'    <meta property="og:type" content="Article">\n    <meta property="og:site_name" content="{ORG}">\n'
                f'    <meta property="article:published_time" content="{utc_iso(a.date)}">\n'
                f'    <meta property="article:modified_time" content="{utc_iso(a.date + timedelta(minutes=37))}">\n'
                f'    <meta property="article:section" content="{CATS[a.opts["cat"]]}">\n'
                + "".join(f'    <meta property="article:tag" content="{attr(t)}">\n' for t in a.opts["tags"])
                + f'    <meta name="twitter:card" content="summary">\n    <meta name="twitter:title" content="{attr(a.title)}">\n')
        page(a.path, layout(a.path, a.title, main, head=head, share=True))
        if a.opts.get("noprefix"):
            old = a.path[len("/vi"):]
            site.redirect(old, a.path, 302)  # LocaleMiddleware's redirect is temporary: no alias
        if a.opts.get("noslash"):
            site.redirect(a.path.rstrip("/"), a.path, 301)
            a.aliases.append(a.path.rstrip("/"))
        for b in a.blocks:
            if b.kind == "img":
                for size in ("1200x0_q85_subsampling-2", "640x360_q85_crop_subsampling-2", "120x120_q85_crop_subsampling-2"):
                    site.binary(f"/media/filer_public_thumbnails/filer_public/{b.src}__{size}.png", image_for(b.src + size))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 15/TB-LMHTX", "Ca phe dac san 2025"]))
        site.add_article(a)

    def blog_list(path: str, heading: str | None, items: list, *, back: bool = False, per: int = 5) -> None:
        chunks = [items[k:k + per] for k in range(0, len(items), per)] or [[]]
        for n, chunk in enumerate(chunks):
            nav = ""
            if len(chunks) > 1:
                nav = ('<nav class="pagination">' + (f'<a href="?page={n}">« trang trước</a>' if n else "")
                       + f'<span class="current">Trang {n + 1} / {len(chunks)}</span>'
                       + (f'<a href="?page={n + 2}">trang sau »</a>' if n + 1 < len(chunks) else "") + "</nav>")
            hdr = f"<header><h2>{esc(heading)}</h2></header>" if heading else ""
            main = (f'<div class="app app-blog"><section class="blog-list">{hdr}' + "".join(blog_item(a) for a in chunk)
                    + (f'<p class="blog-back"><a href="{BLOG}">Quay lại</a></p>' if back else "") + f"{nav}</section></div>")
            p = path + (f"?page={n + 1}" if n else "")
            page(p, layout(p, heading or "Tin tức", main, canonical=p, head=f'    <meta name="description" content="Tin tức - {ORG}">\n'))
            site.non_articles.append(p)
            if n == 0 and len(chunks) > 1:
                site.same_page(path + "?page=1", path)

    blog_list(BLOG, None, posts)
    site.trap("the list /vi/tin-tuc/ and ?page=2 (5 a page): blog_item <article>s (h3 title, blog_meta with the date, "
              "abstract, 'Đọc tiếp »'): listings", BLOG + "?page=2")
    for c, n in CATS.items():
        blog_list(f"{BLOG}category/{c}/", f"Chuyên mục – {n}", [a for a in posts if a.opts["cat"] == c])
    for t in tags:
        blog_list(f"{BLOG}tag/{tag_slug(t)}/", f"Thẻ – {t}", [a for a in posts if t in a.opts["tags"]], back=True)
    for u, name in USERS.items():
        blog_list(f"{BLOG}author/{u}/", f"Bài viết của {name}", [a for a in posts if a.opts["user"] == u], back=True)
    for y in sorted({a.date.year for a in posts}):
        blog_list(f"{BLOG}{y}/", f"Lưu trữ – {y}", [a for a in posts if a.date.year == y], back=True)
        for m in sorted({a.date.month for a in posts if a.date.year == y}):
            blog_list(f"{BLOG}{y}/{m:02d}/", f"Lưu trữ – {VI_MONTHS[m - 1]} {y}",
                      [a for a in posts if a.date.year == y and a.date.month == m], back=True)
    site.trap("category, tag, author and archive lists (/vi/tin-tuc/category/<c>/, /tag/<t>/, /author/<u>/, /<yyyy>/, "
              "/<yyyy>/<mm>/) in the same blog_item markup: listings", BLOG + "author/bientap/")

    # CMS pages
    noslash = next(a for a in posts if a.opts.get("noslash"))
    noprefix = next(a for a in posts if a.opts.get("noprefix"))
    home = ('<div class="cms-plugin"><div class="jumbotron p-4 bg-light"><h2>Chào mừng đến với trang tin của Liên minh HTX tỉnh Đắk Nông</h2>'
            '<p>Nơi cập nhật hoạt động của Liên minh HTX, văn bản, chính sách và các mô hình HTX tiêu biểu trong tỉnh.</p>'
            f'<p>Xem phóng sự ảnh: <a href="{noslash.path.rstrip("/")}">{esc(noslash.title)}</a></p></div></div>'
            f'<div class="plugin plugin-blog"><h2>Tin mới</h2><div class="blog-latest-entries">{"".join(blog_item(a, 20) for a in posts[:4])}</div></div>')
    page("/vi/", layout("/vi/", "Trang chủ", home))
    site.redirect("/", "/vi/", 302)
    about = ('<div class="cms-plugin"><h2>Giới thiệu</h2><p>Liên minh Hợp tác xã tỉnh Đắk Nông được thành lập năm 2005, là tổ chức '
             'đại diện, hỗ trợ các HTX, liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.</p><p>Website chuyển sang nền tảng mới năm 2024; '
             f'các liên kết cũ vẫn dùng được, ví dụ <a href="{noprefix.path[3:]}">{esc(noprefix.title)}</a>.</p></div>')
    page("/vi/gioi-thieu/", layout("/vi/gioi-thieu/", "Giới thiệu", about))
    contact = ('<div class="cms-plugin"><h2>Liên hệ</h2><p>Văn phòng Liên minh HTX tỉnh Đắk Nông</p><form action="/vi/lien-he/" method="post">'
               '<input type="text" name="name" placeholder="Họ và tên"><textarea name="message"></textarea><button type="submit">Gửi</button></form></div>')
    page("/vi/lien-he/", layout("/vi/lien-he/", "Liên hệ", contact))
    page("/vi/tim-kiem/", layout("/vi/tim-kiem/", "Tìm kiếm", '<div class="cms-plugin"><h2>Tìm kiếm</h2><form action="/vi/tim-kiem/" method="get">'
                                 '<input type="search" name="q"></form><p>Nhập từ khóa để tìm bài viết.</p></div>'))
    site.non_articles += ["/vi/", "/vi/gioi-thieu/", "/vi/lien-he/", "/vi/tim-kiem/"]
    site.trap("CMS pages: home /vi/ (a text plugin linking a post without its trailing slash, the latest-entries plugin), "
              "/vi/gioi-thieu/ (links a post without the language prefix), /vi/lien-he/, /vi/tim-kiem/: not articles", "/vi/")

    # feed, sitemap, robots
    items = "".join(f'<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description>{esc(a.summary())}</description>'
                    f'<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">{esc(USERS[a.opts["user"]])}</dc:creator>'
                    f'<pubDate>{(a.date - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} +0000</pubDate><guid>{{{{base}}}}{a.path}</guid>'
                    + "".join(f"<category>{esc(t)}</category>" for t in a.opts["tags"]) + "</item>" for a in posts)
    site.page(BLOG + "feed/", f'<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>'
              f'<title>Tin tức</title><link>{{{{base}}}}{BLOG}</link><description>Bài viết mới nhất</description>'
              f'<atom:link href="{{{{base}}}}{BLOG}feed/" rel="self"></atom:link><language>vi</language>'
              f'<lastBuildDate>{(posts[0].date - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} +0000</lastBuildDate>{items}</channel></rss>',
              content_type="application/rss+xml; charset=utf-8")
    sm = "".join(f"<url><loc>{{{{base}}}}{p}</loc><lastmod>{lm}</lastmod><changefreq>monthly</changefreq><priority>0.5</priority></url>"
                 for p, lm in [("/vi/", "2025-06-10"), ("/vi/gioi-thieu/", "2024-08-02"), ("/vi/tin-tuc/", "2025-06-10"), ("/vi/lien-he/", "2024-08-02")]
                 + [(a.path, utc_iso(a.date + timedelta(minutes=37))) for a in posts])
    site.page("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
              f'xmlns:xhtml="http://www.w3.org/1999/xhtml">{sm}</urlset>\n', content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /vi/admin/\n\nSitemap: {{base}}/sitemap.xml\n")
    site.binary("/static/img/logo-lmhtx-daknong.png", image_for("logo-daknong"))
    site.trap("the RSS feed /vi/tin-tuc/feed/ (pubDate in UTC, dc:creator the CMS user) and /sitemap.xml (lastmod the "
              "modified time in UTC): no pages", BLOG + "feed/")
    return site
