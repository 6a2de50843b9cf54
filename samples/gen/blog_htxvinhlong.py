"""Site `blog-htxvinhlong` (registry family `generic`): "Liên minh HTX Vĩnh Long", the news blog the Vĩnh Long
cooperative alliance's office keeps on **WordPress.com** (a free hosted blog, lienminhhtxvinhlong.wordpress.com, on the
classic free theme Twenty Sixteen; the block editor; Jetpack's sharing buttons, likes and related posts as WordPress.com
switches them on; the blog's interface language left at English, the posts written in Vietnamese; the site timezone
set to UTC+7; "Blog pages show at most 5 posts", feeds the 5 newest; the copy is of 28 March 2025). Written as a
held-out test: no family module, no selectors.

URL shapes: a post `/<yyyy>/<mm>/<dd>/<slug>/` (the permalink, its day in the blog's own time), the same post by its
short link `/?p=<id>` (a 301 to the permalink; the feed's guid and an editor's link use it: an alias) and
`?replytocom=<comment id>` under a comment's "Reply" link (the same page: an alias); the shortlink `wp.me/…` in the
head and the action bar (another host); the front page `/` and `/page/2/` (5 a page); categories `/category/<slug>/`,
tags `/tag/<slug>/`, authors `/author/<login>/`, months `/<yyyy>/<mm>/` (the "Archives" widget); the search `/?s=…`;
pages `/gioi-thieu/`, `/lien-he/`; the feeds `/feed/` and `/comments/feed/`; the Jetpack site map `/sitemap.xml` (an
index) -> `/sitemap-1.xml`; the share buttons `?share=facebook` / `?share=x` (302 to the networks: other hosts, marked
rel="nofollow"); uploads `/wp-content/uploads/<yyyy>/<mm>/<file>`; `/wp-login.php` (the "Meta" widget's "Log in";
robots.txt disallows it).

Why it is hard: on a post the only `<h1>` is the post's `h1.entry-title` (the blog's name is `p.site-title`), but the
page around it is WordPress.com's: the action bar (Reblog, Subscribe, "Copy shortlink", "Report this content"), the
post's `div.entry-content` ends with Jetpack's `div#jp-post-flair.sharedaddy` INSIDE it ("Share this:" with X and
Facebook, "Like this:" with "Like Loading...", "Related" with three other posts' titles, dates "March 2, 2025" and
contexts 'In "Tin hoạt động"'); the meta line is the `footer.entry-footer` after the text: the author's display name
(a person, the owner account "lienminhhtxvinhlong" or the office "Ban Biên tập"), `<time class="entry-date published"
datetime="2025-03-15T00:20:00+07:00">March 15, 2025</time>` (English: the interface language), categories, tags; then
"2 thoughts on “…”" with the comments ("March 15, 2025 at 6:45 am", "Reply") and "Leave a comment", the post
navigation ("Previous" / "Next" with the neighbours' titles) and the sidebar (Recent Posts, Archives, Categories,
"Follow Blog via Email", "Blog Stats", Meta), and the footer "Blog at WordPress.com.". Jetpack's Open Graph tags give
`article:published_time` in UTC ("2025-03-14T17:20:00+00:00" for the post of 00:20 on 15 March), the feed and the
site map too ("Fri, 14 Mar 2025 17:20:00 +0000", "2025-03-14T17:20:00Z"). No JSON-LD (WordPress.com emits none).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "blog-htxvinhlong"
NAME = "Liên minh HTX Vĩnh Long"
TAGLINE = "Tin hoạt động kinh tế tập thể tỉnh Vĩnh Long"
PER = 5
UTC7 = timedelta(hours=7)
USERS = {"lienminhhtxvinhlong": "lienminhhtxvinhlong", "tranmylinh": "Trần Thị Mỹ Linh", "banbientaplmhtx": "Ban Biên tập"}
CATS = {"tin-hoat-dong": "Tin hoạt động", "thong-bao": "Thông báo", "mo-hinh-hay": "Mô hình hay"}
TAGS = {"ocop": "OCOP", "buoi-nam-roi": "bưởi Năm Roi", "so-lieu": "số liệu", "nong-nghiep-xanh": "nông nghiệp xanh",
        "hoi-cho": "hội chợ", "khoai-lang": "khoai lang"}
SHORT = "p9Kx2b"
FURN = ["Share this:", "Like this:", "Like Loading...", "Related", "Blog at WordPress.com.", "Reblog", "Subscribe",
        "Subscribed", "Copy shortlink", "Report this content", "View post in Reader", "Manage subscriptions",
        "Collapse this bar", "Already have a WordPress.com account?", "Log in now.", "Join 148 other subscribers",
        "Sign me up", "Follow Blog via Email",
        "Enter your email address to follow this blog and receive notifications of new posts by email.", "Blog Stats",
        "12,874 hits", "Recent Posts", "Archives", "Post navigation", "Leave a comment", "Cancel reply",
        "Notify me of new comments via email.", "Notify me of new posts via email.", "Posted on", "Search for:",
        "Entries feed", "Comments feed", "Skip to content", TAGLINE]


def slugify(text: str) -> str:
    """WordPress's sanitize_title: remove_accents (đ -> d), lower case, hyphens."""
    t = text.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def fdate(d: datetime) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def ftime(d: datetime) -> str:
    return f"{d.hour % 12 or 12}:{d:%M} {'am' if d.hour < 12 else 'pm'}"


def gmt(d: datetime) -> datetime:
    return d - UTC7


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata", "date-element", "url", "listing"])

    return [
        A(path="", title="Thông báo số 07/TB-LMHTX về việc đăng ký tham gia Hội chợ nông sản, sản phẩm OCOP năm 2025",
          body="""
LIÊN MINH HTX TỈNH VĨNH LONG
Số: 07/TB-LMHTX
Vĩnh Long, ngày 17 tháng 3 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ nông sản, sản phẩm OCOP năm 2025
Hội chợ diễn ra từ ngày 18/4 đến ngày 22/4/2025 tại Quảng trường Trần Văn Ơn, TP Vĩnh Long.
Liên minh HTX tỉnh hỗ trợ 35 gian hàng cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 05/4/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Thanh
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/wp-content/uploads/2025/03/tb-07-lmhtx-2025.pdf", "text": "TB-07-LMHTX-2025"}],
          opts={"id": 412, "cat": "thong-bao", "by": "banbientaplmhtx", "tags": ["hoi-cho", "ocop"], "comments": [],
                "modified": datetime(2025, 3, 19, 8, 5)},
          notes=["notice 'Số: 07/TB-LMHTX' dated 17/3 in its text, posted March 18, 2025 08:30 (time.entry-date, "
                 "article:published_time 2025-03-18T01:30:00+00:00); the office's display name 'Ban Biên tập': no author; "
                 "the signer is text; the block editor's File block (the link 'TB-07-LMHTX-2025', a 'Download' button "
                 "and the PDF embedded in an <object>) is an attachment, not text"],
          **at(datetime(2025, 3, 18, 8, 30))),
        A(path="", title="Ảnh: HTX bưởi Năm Roi Mỹ Hòa vào mùa thu hoạch",
          body="""
Những ngày giữa tháng 3, các thành viên HTX bưởi Năm Roi Mỹ Hòa (thị xã Bình Minh) tất bật thu hoạch bưởi.
[img my-hoa-1.jpg] Thành viên HTX thu hoạch bưởi Năm Roi trong vườn đạt chuẩn VietGAP
[img my-hoa-2.jpg] Bưởi được phân loại, dán tem truy xuất nguồn gốc tại nhà sơ chế của HTX
[img my-hoa-3.jpg] Lô bưởi đầu tiên của năm chuẩn bị xuất sang thị trường châu Âu
Năm nay HTX dự kiến tiêu thụ khoảng 1.200 tấn bưởi, trong đó 300 tấn dành cho xuất khẩu.
""", byline="Bài, ảnh: Lê Hoàng Nam", author="Lê Hoàng Nam",
          opts={"id": 405, "cat": "tin-hoat-dong", "by": "tranmylinh", "tags": ["buoi-nam-roi", "ocop"],
                "comments": [("Ngọc Hân", "Bưởi Mỹ Hòa năm nay trái đẹp quá, chúc bà con được mùa được giá!", (3, 16, 9, 14)),
                             ("Phạm Văn Tài", "HTX có bán lẻ qua mạng không ạ? Cho mình xin số điện thoại.", (3, 16, 20, 3))]},
          notes=["photo story: block-editor figure.wp-block-image with figcaption (one line each); display name Trần Thị "
                 "Mỹ Linh but 'Bài, ảnh: Lê Hoàng Nam' closes the text -> Lê Hoàng Nam; two readers' comments with "
                 "'Reply' links (?replytocom=<id>: the same page, aliases) are not text"],
          **at(datetime(2025, 3, 15, 16, 10))),
        A(path="", title="HTX Nông nghiệp Tân Quới tổng kết vụ khoai lang đông xuân",
          body="""
Tối 14/3, HTX Nông nghiệp Tân Quới (huyện Bình Tân) tổ chức hội nghị tổng kết vụ khoai lang đông xuân 2024 - 2025.
Vụ này HTX xuống giống 180 ha khoai lang tím Nhật, năng suất bình quân đạt 26 tấn/ha, tăng 2 tấn so với vụ trước.
Nhờ liên kết với doanh nghiệp xuất khẩu, giá bán bình quân đạt 9.500 đồng/kg, các thành viên có lãi khá.
""", author="Trần Thị Mỹ Linh",
          opts={"id": 398, "cat": "tin-hoat-dong", "by": "tranmylinh", "tags": ["khoai-lang"],
                "comments": [("Huỳnh Thanh Sang", "Chúc mừng HTX Tân Quới, vụ sau mong giá còn tốt hơn.", (3, 15, 6, 45))]},
          notes=["posted at 00:20 on 15 March after an evening meeting ('Tối 14/3' is the event): the permalink "
                 "/2025/03/15/…, <time datetime='2025-03-15T00:20:00+07:00'>March 15, 2025</time>; Jetpack's "
                 "article:published_time '2025-03-14T17:20:00+00:00', the feed 'Fri, 14 Mar 2025 17:20:00 +0000' and the "
                 "site map's lastmod '2025-03-14T17:20:00Z' are UTC (the 14th if the zone is dropped); display name Trần "
                 "Thị Mỹ Linh (a staff member), no byline in the text: she is the author"],
          **at(datetime(2025, 3, 15, 0, 20))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Vĩnh Long năm 2024",
          body="""
Năm 2024, kinh tế tập thể tỉnh Vĩnh Long tiếp tục phát triển, số HTX hoạt động hiệu quả tăng so với năm trước.
| Chỉ tiêu | Đơn vị | Năm 2024 | So với năm 2023 (%) |
| HTX đang hoạt động | HTX | 212 | 106,5 |
| Thành viên HTX | người | 14.860 | 103,1 |
| Doanh thu bình quân một HTX | triệu đồng | 4.120 | 109,4 |
| HTX xếp loại tốt, khá | HTX | 131 | 112,0 |
Năm 2025, tỉnh phấn đấu thành lập mới 20 HTX, trong đó có 6 HTX ứng dụng công nghệ cao.
Số liệu chi tiết của từng huyện xem tại [[thông báo của Liên minh HTX tỉnh|/?p=412]].
""", author=None,
          opts={"id": 391, "cat": "tin-hoat-dong", "by": "lienminhhtxvinhlong", "tags": ["so-lieu"], "comments": []},
          notes=["a block-editor figure.wp-block-table (thead th, tbody td): one line per row; posted by the owner account "
                 "'lienminhhtxvinhlong' (the blog's login shown as its display name): no author; its last paragraph links "
                 "the notice by its short link /?p=412 (a 301 to the permalink: an alias)"],
          **at(datetime(2025, 3, 4, 9, 45))),
        A(path="", title="Những lưu ý khi HTX chuyển đổi sang sản xuất nông nghiệp xanh",
          body="""
Sản xuất nông nghiệp xanh giúp HTX giảm chi phí đầu vào và đáp ứng yêu cầu của các thị trường khó tính.
## Các bước HTX cần thực hiện
* Rà soát vùng sản xuất, xác định cây trồng, vật nuôi chủ lực;
* Tập huấn thành viên sử dụng phân bón hữu cơ, chế phẩm sinh học;
* Ghi chép nhật ký sản xuất để phục vụ truy xuất nguồn gốc;
* Liên kết với doanh nghiệp bao tiêu sản phẩm đạt chứng nhận.
HTX nên bắt đầu từ một diện tích nhỏ, đánh giá hiệu quả rồi mới nhân rộng.
""", byline="Võ Thị Bích Tuyền - Trung tâm Khuyến nông", author="Võ Thị Bích Tuyền",
          opts={"id": 384, "cat": "mo-hinh-hay", "by": "banbientaplmhtx", "tags": ["nong-nghiep-xanh"], "comments": []},
          notes=["an h2.wp-block-heading and a ul.wp-block-list; display name 'Ban Biên tập' but 'Võ Thị Bích Tuyền - "
                 "Trung tâm Khuyến nông' closes the text -> Võ Thị Bích Tuyền"],
          **at(datetime(2025, 2, 21, 14, 0))),
        A(path="", title="HTX Gốm Mang Thít đưa sản phẩm gốm đỏ lên sàn thương mại điện tử",
          body="""
HTX Gốm Mang Thít (huyện Mang Thít) đã mở gian hàng trên hai sàn thương mại điện tử từ cuối năm 2024.
Sau ba tháng, doanh số bán gốm mỹ nghệ trực tuyến của HTX đạt hơn 600 triệu đồng.
HTX đang phối hợp với các đơn vị lữ hành đưa khách tham quan làng gốm, kết hợp bán sản phẩm.
""", byline="Theo Báo Vĩnh Long", author=None,
          opts={"id": 377, "cat": "mo-hinh-hay", "by": "tranmylinh", "tags": ["ocop"],
                "comments": [("Thu Trang", "Gốm Mang Thít đẹp lắm, mong HTX làm thêm mẫu mới.", (2, 11, 19, 30))]},
          notes=["display name Trần Thị Mỹ Linh but 'Theo Báo Vĩnh Long' closes the text: a reprint, no author; a "
                 "reader's comment is not text"],
          **at(datetime(2025, 2, 10, 10, 15))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Rau an toàn Tân Hạnh",
          body="""
Sáng 20/1, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Rau an toàn Tân Hạnh (huyện Long Hồ).
HTX hiện có 65 thành viên, canh tác 40 ha rau màu theo tiêu chuẩn VietGAP, mỗi ngày cung ứng 8 tấn rau.
Liên minh HTX tỉnh sẽ hỗ trợ HTX tiếp cận vốn vay từ Quỹ hỗ trợ phát triển HTX để đầu tư nhà màng.
""", byline="Nguyễn Hữu Phước", author="Nguyễn Hữu Phước",
          opts={"id": 369, "cat": "tin-hoat-dong", "by": "lienminhhtxvinhlong", "tags": [], "comments": []},
          notes=["posted by the owner account 'lienminhhtxvinhlong' but the bare name 'Nguyễn Hữu Phước' closes the "
                 "text: the author"],
          **at(datetime(2025, 1, 20, 15, 30))),
        A(path="", title="Liên minh HTX tỉnh Vĩnh Long tổng kết công tác năm 2024",
          body="""
Ngày 27/12, Liên minh HTX tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.jpg] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 24 HTX, tổ chức 12 lớp tập huấn cho 860 lượt cán bộ HTX.
""", byline="Tin, ảnh: Đặng Minh Khoa", author="Đặng Minh Khoa",
          opts={"id": 352, "cat": "tin-hoat-dong", "by": "banbientaplmhtx", "tags": [], "comments": []},
          notes=["the oldest post: on /page/2/ of the front page, in its category's list, the month archive /2024/12/ and "
                 "the site map, behind "
                 "its newer neighbour's 'Previous' link; not on the front page nor in the feed (the 5 newest); "
                 "'Tin, ảnh: Đặng Minh Khoa' -> author (the display name is the office)"],
          **at(datetime(2024, 12, 28, 9, 0))),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "vinh-long", f"{NAME} (WordPress.com)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE], feeds=["{{base:%s}}/feed/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/{a.date:%Y/%m/%d}/{slugify(a.title)}/"
    months = sorted({(a.date.year, a.date.month) for a in arts}, reverse=True)
    cid = 1200
    for a in arts:
        a.opts["cids"] = []
        for _ in a.opts["comments"]:
            cid += 7
            a.opts["cids"].append(cid)

    def short(a: RichArticle) -> str:
        return f"{{{{base:offsite}}}}/wp.me/{SHORT}-{a.opts['id']:x}"

    def up(a: RichArticle, name: str) -> str:
        return f"/wp-content/uploads/{a.date:%Y/%m}/{name}"

    def body_html(a: RichArticle) -> str:
        out = []
        n = 0
        for b in a.blocks:
            if b.kind == "p":
                t = b.text
                if a.doc_number and (t.isupper() or t.startswith("Số:") or t.startswith(("Vĩnh Long, ngày", "Về việc"))):
                    out.append(f'<p class="has-text-align-center"><strong>{inline_html(t)}</strong></p>')
                else:
                    out.append(f"<p>{inline_html(t)}</p>")
            elif b.kind == "h":
                out.append(f'<h2 class="wp-block-heading">{esc(b.text)}</h2>')
            elif b.kind in ("ul", "ol"):
                out.append(f'<{b.kind} class="wp-block-list">\n' + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items)
                           + f"\n</{b.kind}>")
            elif b.kind == "table":
                head, *rows = b.rows
                out.append('<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>'
                           + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead><tbody>"
                           + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                           + "</tbody></table></figure>")
            elif b.kind == "img":
                n += 1
                src = up(a, b.src)
                cap = f'<figcaption class="wp-element-caption">{esc(b.text)}</figcaption>' if b.text else ""
                out.append(f'<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" '
                           f'height="683" src="{src}?w=1024" alt="" class="wp-image-{a.opts["id"] + n}" srcset="{src}?w=1024 '
                           f'1024w, {src}?w=300 300w" sizes="(max-width: 1024px) 100vw, 1024px" />{cap}</figure>')
        for x in a.attachments:
            out.append(f'<div class="wp-block-file"><object data="{x["path"]}" type="application/pdf" style="width:100%;'
                       f'height:600px" aria-label="Embed of {attr(x["text"])}." class="wp-block-file__embed"></object>'
                       f'<a id="wp-block-file--media-{a.opts["id"]}" href="{x["path"]}">{esc(x["text"])}</a><a href="'
                       f'{x["path"]}" class="wp-block-file__button wp-element-button" download aria-describedby="'
                       f'wp-block-file--media-{a.opts["id"]}">Download</a></div>')
        if a.byline:
            out.append(f'<p class="has-text-align-right"><strong><em>{esc(a.byline)}</em></strong></p>')
        return "\n".join(out)

    def related(a: RichArticle) -> list[RichArticle]:
        same = [o for o in arts if o is not a and o.opts["cat"] == a.opts["cat"]]
        other = [o for o in arts if o is not a and o not in same]
        return (same + other)[:3]

    def flair(a: RichArticle) -> str:
        pid = a.opts["id"]
        shares = "".join(
            f'<li class="share-{k}"><a rel="nofollow noopener noreferrer" data-shared="sharing-{k}-{pid}" class="share-{k} '
            f'sd-button share-icon" href="{a.path}?share={k}&amp;nb=1" target="_blank" title="Click to share on {label}">'
            f'<span>{label}</span></a></li>' for k, label in (("x", "X"), ("facebook", "Facebook")))
        rel = "".join(
            f'<p class="jp-relatedposts-post jp-relatedposts-post{i}" data-post-id="{o.opts["id"]}" data-post-format="false">'
            f'<span class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{o.path}" title="'
            f'{attr(o.title)}" rel="nofollow" data-origin="{pid}" data-position="{i}">{esc(o.title)}</a></span>'
            f'<time class="jp-relatedposts-post-date" style="display: block;">{fdate(o.date)}</time>'
            f'<span class="jp-relatedposts-post-context">In &quot;{esc(CATS[o.opts["cat"]])}&quot;</span></p>'
            for i, o in enumerate(related(a)))
        return (f'<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled">'
                f'<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social '
                f'sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>{shares}'
                f'<li class="share-end"></li></ul></div></div></div>'
                f'<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" '
                f'id="like-post-wrapper-231584377-{pid}-67e6a1" data-src="//widgets.wp.com/likes/?ver=14.5#blog_id=231584377'
                f'&amp;post_id={pid}" data-name="like-post-frame-231584377-{pid}" data-title="Like or Reblog"><h3 class="sd-'
                f'title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: '
                f'55px;"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div><span '
                f'class="sd-text-color"></span><a class="sd-link-color"></a></div>'
                f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em>'
                f'</h3><div class="jp-relatedposts-items jp-relatedposts-items-minimal jp-relatedposts-grid">{rel}</div>'
                f"</div></div>")

    def entry_meta(a: RichArticle, single: bool) -> str:
        by = a.opts["by"]
        mod = a.opts.get("modified")
        if mod:
            times = (f'<time class="entry-date published" datetime="{a.date:%Y-%m-%dT%H:%M:%S}+07:00">{fdate(a.date)}</time>'
                     f'<time class="updated" datetime="{mod:%Y-%m-%dT%H:%M:%S}+07:00">{fdate(mod)}</time>')
        else:
            times = (f'<time class="entry-date published updated" datetime="{a.date:%Y-%m-%dT%H:%M:%S}+07:00">'
                     f"{fdate(a.date)}</time>")
        tags = ""
        if a.opts["tags"]:
            tags = ('<span class="tags-links"><span class="screen-reader-text">Tags </span>'
                    + ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in a.opts["tags"]) + "</span>")
        com = ""
        if not single:
            k = len(a.opts["comments"])
            label = "Leave a comment" if k == 0 else ("1 Comment" if k == 1 else f"{k} Comments")
            com = (f'<span class="comments-link"><a href="{a.path}#{"respond" if k == 0 else "comments"}">{label}<span '
                   f'class="screen-reader-text"> on {esc(a.title)}</span></a></span>')
        return (f'<footer class="entry-footer"><span class="byline"><span class="author vcard"><img alt="" src="'
                f'/wp-content/gravatar/{by}.png" class="avatar avatar-49" height="49" width="49" loading="lazy" /><span '
                f'class="screen-reader-text">Author </span> <a class="url fn n" href="/author/{by}/">{esc(USERS[by])}</a>'
                f'</span></span><span class="posted-on"><span class="screen-reader-text">Posted on </span><a href="'
                f'{a.path}" rel="bookmark">{times}</a></span><span class="cat-links"><span class="screen-reader-text">'
                f'Categories </span><a href="/category/{a.opts["cat"]}/" rel="category tag">{esc(CATS[a.opts["cat"]])}</a>'
                f"</span>{tags}{com}</footer>")

    def sidebar() -> str:
        recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in arts[:5])
        arch = "".join(f'<li><a href="/{y}/{m:02d}/">{datetime(y, m, 1):%B} {y}</a></li>' for y, m in months)
        cats = "".join(f'<li class="cat-item"><a href="/category/{c}/">{esc(n)}</a></li>' for c, n in CATS.items())
        return f"""<aside id="secondary" class="sidebar widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label><button type="submit" class="search-submit"><span class="screen-reader-text">Search</span></button></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>{recent}</ul></nav></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><nav aria-label="Archives"><ul>{arch}</ul></nav></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>{cats}</ul></nav></section>
<section id="blog_subscription-3" class="widget widget_blog_subscription jetpack_subscription_widget"><h2 class="widget-title"><label for="subscribe-field">Follow Blog via Email</label></h2><form action="#" method="post" accept-charset="utf-8" id="subscribe-blog"><p>Enter your email address to follow this blog and receive notifications of new posts by email.</p><p id="subscribe-email"><input type="email" name="email" required="required" class="required" value="" id="subscribe-field" placeholder="Email Address" /></p><p id="subscribe-submit"><button type="submit">Follow</button></p></form></section>
<section id="blog-stats-2" class="widget widget_blog-stats"><h2 class="widget-title">Blog Stats</h2><ul><li>12,874 hits</li></ul></section>
<section id="meta-2" class="widget widget_meta"><h2 class="widget-title">Meta</h2><nav aria-label="Meta"><ul><li><a href="/wp-login.php">Log in</a></li><li><a href="/feed/">Entries feed</a></li><li><a href="/comments/feed/">Comments feed</a></li><li><a href="{{{{base:offsite}}}}/wordpress-com/">WordPress.com</a></li></ul></nav></section>
</aside>"""

    def actionbar(a: RichArticle | None) -> str:
        sl = (f'<li class="actnbr-shortlink"><a href="{short(a)}"><span class="actnbr-shortlink__text">Copy shortlink'
              f"</span></a></li><li class=\"actnbr-reader\"><a href=\"{{{{base:offsite}}}}/wordpress-com/reader/\">View "
              f"post in Reader</a></li>") if a else ""
        return f"""<div id="actionbar" dir="ltr" style="display: none;" class="actnbr-pub-twentysixteen actnbr-has-follow actnbr-has-actions">
<ul><li class=""><a class="bar-reblog-button" href=""><span>Reblog</span></a></li>
<li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow" href=""><span>Subscribe</span></a><a class="actnbr-action actnbr-actn-following no-display" href=""><span>Subscribed</span></a>
<div class="actnbr-popover tip tip-top-left actnbr-notice" id="follow-bubble"><div class="tip-arrow"></div><div class="tip-inner actnbr-follow-bubble"><ul><li class="actnbr-sitename"><a href="/"><img loading="lazy" alt="" src="/wp-content/site-icon.png" class="avatar avatar-50" height="50" width="50" /> {esc(NAME)}</a></li>
<form method="post" action="#" accept-charset="utf-8" style="display: none;"><div class="actnbr-follow-count">Join 148 other subscribers</div><div><input type="email" name="email" placeholder="Enter your email address" class="actnbr-email-field" aria-label="Enter your email address" /></div><button type="submit">Sign me up</button></form>
<li class="actnbr-login-nudge"><div>Already have a WordPress.com account? <a href="{{{{base:offsite}}}}/wordpress-com/log-in/">Log in now.</a></div></li></ul></div></div></li>
<li class="actnbr-ellipsis actnbr-hidden"><ul><li class="actnbr-header actnbr-sitename"><a href="/">{esc(NAME)}</a></li>
<li class="actnbr-signup"><a href="{{{{base:offsite}}}}/wordpress-com/start/">Sign up</a></li><li class="actnbr-login"><a href="{{{{base:offsite}}}}/wordpress-com/log-in/">Log in</a></li>
{sl}<li class="flb-report"><a href="{{{{base:offsite}}}}/wordpress-com/abuse/" target="_blank" rel="noopener noreferrer">Report this content</a></li>
<li class="actnbr-subs"><a href="{{{{base:offsite}}}}/wordpress-com/subscriptions/">Manage subscriptions</a></li><li class="actnbr-fold"><a href="">Collapse this bar</a></li></ul></li></ul></div>"""

    def layout(title: str, body_class: str, main: str, head: str = "", home: bool = False, a: RichArticle | None = None) -> str:
        brand = (f'<h1 class="site-title"><a href="/" rel="home">{esc(NAME)}</a></h1>' if home
                 else f'<p class="site-title"><a href="/" rel="home">{esc(NAME)}</a></p>')
        menu = ('<ul id="menu-chinh" class="primary-menu"><li class="menu-item"><a href="/">Trang chủ</a></li>'
                + "".join(f'<li class="menu-item"><a href="/category/{c}/">{esc(n)}</a></li>' for c, n in CATS.items())
                + '<li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li><li class="menu-item"><a href="/lien-he/">'
                "Liên hệ</a></li></ul>")
        return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="{{{{base:offsite}}}}/gmpg/xfn/11">
<title>{esc(title)}</title>
<link rel="alternate" type="application/rss+xml" title="{attr(NAME)} &raquo; Feed" href="{{{{base}}}}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{attr(NAME)} &raquo; Comments Feed" href="{{{{base}}}}/comments/feed/" />
<link rel="stylesheet" id="twentysixteen-style-css" href="/wp-content/themes/pub/twentysixteen/style.css" type="text/css" media="all" />
<link rel="stylesheet" id="jetpack_css-css" href="/_static/jetpack.css" type="text/css" media="all" />
{head}<link rel="icon" href="/wp-content/site-icon.png" sizes="32x32" />
<meta name="application-name" content="{attr(NAME)}" /><meta name="generator" content="WordPress.com" />
</head>
<body class="{body_class} wp-embed-responsive customizer-styles-applied highlander-enabled highlander-light">
<div id="page" class="site">
<div class="site-inner">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-header-main">
<div class="site-branding">{brand}
<p class="site-description">{esc(TAGLINE)}</p>
</div>
<button id="menu-toggle" class="menu-toggle">Menu</button>
<div id="site-header-menu" class="site-header-menu"><nav id="site-navigation" class="main-navigation" aria-label="Primary Menu"><div class="menu-chinh-container">{menu}</div></nav></div>
</div>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
{main}
</main>
</div>
{sidebar()}
</div>
<footer id="colophon" class="site-footer">
<div class="site-info">
<span class="site-title"><a href="/" rel="home">{esc(NAME)}</a></span>
<a href="{{{{base:offsite}}}}/wordpress-com/?ref=footer_blog" rel="nofollow">Blog at WordPress.com.</a>
</div>
</footer>
</div>
</div>
{actionbar(a)}
<script type="text/javascript" src="/_static/wpcom-bundle.js"></script>
</body>
</html>
"""

    # -- posts ----------------------------------------------------------------------------------------------
    for i, a in enumerate(arts):
        pid = a.opts["id"]
        newer = arts[i - 1] if i > 0 else None
        older = arts[i + 1] if i + 1 < len(arts) else None
        clis = []
        for k, (name, text, (mo, d, hh, mm)) in enumerate(a.opts["comments"]):
            c = a.opts["cids"][k]
            when = datetime(a.date.year, mo, d, hh, mm)
            clis.append(f'<li id="comment-{c}" class="comment even thread-even depth-1"><article id="div-comment-{c}" '
                        f'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" '
                        f'src="/wp-content/gravatar/reader.png" class="avatar avatar-42" height="42" width="42" /><b class="fn">'
                        f'{esc(name)}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="'
                        f'{a.path}#comment-{c}"><time datetime="{when:%Y-%m-%dT%H:%M:%S}+07:00">{fdate(when)} at '
                        f'{ftime(when)}</time></a></div></footer><div class="comment-content"><p>{esc(text)}</p></div><div '
                        f'class="reply"><a rel="nofollow" class="comment-reply-link" href="{a.path}?replytocom={c}#respond" '
                        f'data-commentid="{c}" data-postid="{pid}" data-belowelement="div-comment-{c}" data-respondelement='
                        f'"respond" data-replyto="Reply to {attr(name)}" aria-label="Reply to {attr(name)}">Reply</a></div>'
                        f"</article></li>")
        n = len(clis)
        comments = ""
        if n:
            head = "One thought on" if n == 1 else f"{n} thoughts on"
            comments = (f'<h2 class="comments-title">{head} &ldquo;{esc(a.title)}&rdquo;</h2><ol class="comment-list">'
                        + "".join(clis) + "</ol>")
        nav = '<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">'
        if older:
            nav += (f'<div class="nav-previous"><a href="{older.path}" rel="prev"><span class="meta-nav" aria-hidden="true">'
                    f'Previous</span> <span class="screen-reader-text">Previous post:</span> <span class="post-title">'
                    f"{esc(older.title)}</span></a></div>")
        if newer:
            nav += (f'<div class="nav-next"><a href="{newer.path}" rel="next"><span class="meta-nav" aria-hidden="true">'
                    f'Next</span> <span class="screen-reader-text">Next post:</span> <span class="post-title">'
                    f"{esc(newer.title)}</span></a></div>")
        nav += "</div></nav>"
        tag_cls = " ".join(f"tag-{t}" for t in a.opts["tags"])
        main = f"""<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-{a.opts['cat']} {tag_cls}">
<header class="entry-header">
<h1 class="entry-title">{esc(a.title)}</h1>
</header>
<div class="entry-content">
{body_html(a)}
{flair(a)}
</div>
{entry_meta(a, True)}
</article>
<div id="comments" class="comments-area">
{comments}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment <small><a rel="nofollow" id="cancel-comment-reply-link" href="{a.path}#respond" style="display:none;">Cancel reply</a></small></h3><form action="#" method="post" id="commentform" class="comment-form" novalidate><input type="hidden" id="highlander_comment_nonce" name="highlander_comment_nonce" value="6c1f0e2a9b" /><div class="comment-form__verbum transparent"></div><div class="comment-form-field comment-textarea"><textarea id="comment" name="comment" title="Write a comment..." placeholder="Write a comment..."></textarea></div><p class="comment-subscription-form"><input type="checkbox" name="subscribe_comments" id="subscribe_comments" value="subscribe" /> <label class="subscribe-label" id="subscribe-label" for="subscribe_comments">Notify me of new comments via email.</label></p><p class="post-subscription-form"><input type="checkbox" name="subscribe_blog" id="subscribe_blog" value="subscribe" /> <label class="subscribe-label" id="subscribe-blog-label" for="subscribe_blog">Notify me of new posts via email.</label></p><input type="hidden" name="comment_post_ID" value="{pid}" id="comment_post_ID" /></form></div>
</div>
{nav}"""
        desc = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        img = a.first_image()
        mod = a.opts.get("modified") or a.date
        head = (f'<link rel="canonical" href="{{{{base}}}}{a.path}" />\n<link rel="shortlink" href="{short(a)}" />\n'
                f"<!-- Jetpack Open Graph Tags -->\n"
                f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{attr(a.title)}" />\n'
                f'<meta property="og:url" content="{{{{base}}}}{a.path}" />\n<meta property="og:description" content="'
                f'{attr(desc[:150])}" />\n<meta property="article:published_time" content="{gmt(a.date):%Y-%m-%dT%H:%M:%S}'
                f'+00:00" />\n<meta property="article:modified_time" content="{gmt(mod):%Y-%m-%dT%H:%M:%S}+00:00" />\n'
                f'<meta property="og:site_name" content="{attr(NAME)}" />\n'
                + (f'<meta property="og:image" content="{{{{base}}}}{up(a, img)}" />\n' if img else "")
                + '<meta property="og:locale" content="en_US" />\n'
                f'<meta name="twitter:text:title" content="{attr(a.title)}" />\n<meta name="twitter:card" content="summary" />\n'
                "<!-- End Jetpack Open Graph Tags -->\n")
        site.page(a.path, layout(f"{a.title} – {NAME}", f"post-template-default single single-post postid-{pid} "
                                 "single-format-standard", main, head, a=a))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(up(a, b.src), image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH VINH LONG", "THONG BAO SO 07/TB-LMHTX"]))
        site.redirect(f"/?p={pid}", a.path)
        a.aliases.append(f"/?p={pid}")
        for c in a.opts["cids"]:
            a.aliases.append(f"{a.path}?replytocom={c}")
        for k in ("x", "facebook"):
            site.redirect(f"{a.path}?share={k}&nb=1", f"{{{{base:offsite}}}}/share/{k}/", 302)
        site.add_article(a)
    site.extra_boilerplate += sorted({c[1] for a in arts for c in a.opts["comments"]})
    site.trap("every post's Jetpack block inside div.entry-content: 'Share this:' (X, Facebook: ?share=x&nb=1 links that "
              "answer 302 to the networks, rel='nofollow'), 'Like this:' / 'Like Loading...', 'Related' (three other "
              "posts: titles, 'March 2, 2025', 'In \"Tin hoạt động\"'): none of it is text", arts[0].path)
    site.trap("WordPress.com's action bar (Reblog, Subscribe, 'Join 148 other subscribers', 'Copy shortlink' -> wp.me, "
              "'Report this content') and the footer 'Blog at WordPress.com.': furniture on every page", arts[1].path)

    # -- lists ------------------------------------------------------------------------------------------------
    def teaser(a: RichArticle) -> str:
        first = next(b for b in a.blocks if b.kind == "p")
        return (f'<article id="post-{a.opts["id"]}" class="post-{a.opts["id"]} post type-post status-publish format-standard '
                f'hentry category-{a.opts["cat"]}"><header class="entry-header"><h2 class="entry-title"><a href="{a.path}" '
                f'rel="bookmark">{esc(a.title)}</a></h2></header><div class="entry-content"><p>{inline_html(first.text)}</p>'
                f'<p><a href="{a.path}#more-{a.opts["id"]}" class="more-link">Continue reading<span class="screen-reader-text">'
                f' &#8220;{esc(a.title)}&#8221;</span></a></p></div>{entry_meta(a, False)}</article>')

    def listing(base: str, header: str, items: list[RichArticle], body_class: str) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(chunks):
            path = base if n == 0 else f"{base}page/{n + 1}/"
            pager = ""
            if len(chunks) > 1:
                links = []
                if n > 0:
                    links.append(f'<a class="prev page-numbers" href="{base if n == 1 else f"{base}page/{n}/"}">Previous page</a>')
                for k in range(len(chunks)):
                    href = base if k == 0 else f"{base}page/{k + 1}/"
                    links.append(f'<span aria-current="page" class="page-numbers current"><span class="meta-nav screen-reader-'
                                 f'text">Page </span>{k + 1}</span>' if k == n else
                                 f'<a class="page-numbers" href="{href}"><span class="meta-nav screen-reader-text">Page </span>'
                                 f"{k + 1}</a>")
                if n < len(chunks) - 1:
                    links.append(f'<a class="next page-numbers" href="{base}page/{n + 2}/">Next page</a>')
                pager = ('<nav class="navigation pagination" aria-label="Posts pagination"><h2 class="screen-reader-text">'
                         f'Posts pagination</h2><div class="nav-links">{"".join(links)}</div></nav>')
            head = f'<header class="page-header"><h1 class="page-title">{header}</h1></header>' if header else ""
            plain = re.sub("<[^>]+>", "", header)
            title = f"{plain} – {NAME}" if header else f"{NAME} – {TAGLINE}"
            if n:
                title = f"{plain} – Page {n + 1} – {NAME}" if header else f"{NAME} – Page {n + 1}"
            site.page(path, layout(title, body_class + (" paged" if n else ""), head + "".join(teaser(a) for a in chunk)
                                   + pager, f'<link rel="canonical" href="{{{{base}}}}{path}" />\n', home=(base == "/")))
            site.non_articles.append(path)

    listing("/", "", arts, "home blog hfeed")
    site.trap("front page (5 teasers: the first paragraph, 'Continue reading', the entry footer with the date) and "
              "/page/2/ (Twenty Sixteen's 'Previous page' / 'Next page' numbered pager)", "/page/2/")
    for c, name in CATS.items():
        listing(f"/category/{c}/", f"Category: <span>{esc(name)}</span>", [a for a in arts if a.opts["cat"] == c],
                f"archive category category-{c}")
    for t, name in TAGS.items():
        listing(f"/tag/{t}/", f"Tag: <span>{esc(name)}</span>", [a for a in arts if t in a.opts["tags"]], f"archive tag tag-{t}")
    for u, name in USERS.items():
        listing(f"/author/{u}/", f'Author: <span class="vcard">{esc(name)}</span>', [a for a in arts if a.opts["by"] == u],
                f"archive author author-{u}")
    for y, m in months:
        listing(f"/{y}/{m:02d}/", f"Month: <span>{datetime(y, m, 1):%B} {y}</span>",
                [a for a in arts if (a.date.year, a.date.month) == (y, m)], "archive date")
    site.trap("category, tag, author (the display names: a person, the owner's login, the office) and month archives "
              "(/2025/03/, the 'Archives' widget): teaser lists", "/author/lienminhhtxvinhlong/")
    q = "OCOP"
    found = [a for a in arts if q in a.body or q in a.title]
    res = (f'<header class="page-header"><h1 class="page-title">Search Results for: <span>{q}</span></h1></header>'
           + "".join(f'<article class="post type-post"><header class="entry-header"><h2 class="entry-title"><a href="{a.path}" '
                     f'rel="bookmark">{esc(a.title)}</a></h2></header><div class="entry-summary"><p>{esc(a.summary())}</p></div>'
                     f"{entry_meta(a, False)}</article>" for a in found))
    site.page(f"/?s={q}", layout(f"Search Results for “{q}” – {NAME}", "search search-results", res,
                                 "<meta name='robots' content='noindex, follow' />\n"))
    site.non_articles.append(f"/?s={q}")
    site.trap("search /?s=OCOP (the widget's GET form to /; WordPress adds noindex): excerpts", f"/?s={q}")
    for slug, title, text in [("gioi-thieu", "Giới thiệu", "Trang tin của Liên minh Hợp tác xã tỉnh Vĩnh Long, cập nhật hoạt "
                               "động của Liên minh và các HTX thành viên."),
                              ("lien-he", "Liên hệ", "Văn phòng Liên minh HTX tỉnh Vĩnh Long: số 49 đường 2/9, phường 1, "
                               "TP Vĩnh Long. Điện thoại: 0270.3822.461.")]:
        form = ('<form action="#" method="post" class="contact-form commentsblock"><div><label for="g3-name" class="grunion-field'
                '-label name">Name<span>(required)</span></label><input type="text" name="g3-name" id="g3-name" value="" /></div>'
                '<div><label for="g3-email" class="grunion-field-label email">Email<span>(required)</span></label><input '
                'type="email" name="g3-email" id="g3-email" value="" /></div><div><label for="contact-form-comment-g3-message" '
                'class="grunion-field-label textarea">Message</label><textarea name="g3-message" id="contact-form-comment-g3-'
                'message" rows="20"></textarea></div><p class="contact-submit"><button type="submit" class="pushbutton-wide">'
                "Submit</button></p></form>") if slug == "lien-he" else ""
        main = (f'<article id="post-{30 + len(slug)}" class="page type-page status-publish hentry"><header class="entry-header">'
                f'<h1 class="entry-title">{title}</h1></header><div class="entry-content"><p>{esc(text)}</p>{form}</div>'
                "</article>")
        site.page(f"/{slug}/", layout(f"{title} – {NAME}", "page-template-default page", main,
                                      f'<link rel="canonical" href="{{{{base}}}}/{slug}/" />\n'))
        site.non_articles.append(f"/{slug}/")
    site.trap("pages /gioi-thieu/ and /lien-he/ (a Jetpack contact form): WordPress pages, no date, not articles",
              "/lien-he/")

    # -- feeds, site map, robots --------------------------------------------------------------------------------
    def rss_item(a: RichArticle) -> str:
        cats = "".join(f"<category><![CDATA[{x}]]></category>" for x in
                       [CATS[a.opts["cat"]]] + [TAGS[t] for t in a.opts["tags"]])
        return (f"<item>\n<title>{esc(a.title)}</title>\n<link>{{{{base}}}}{a.path}</link>\n<comments>{{{{base}}}}{a.path}"
                f"#respond</comments>\n<dc:creator><![CDATA[{USERS[a.opts['by']]}]]></dc:creator>\n<pubDate>"
                f"{gmt(a.date):%a, %d %b %Y %H:%M:%S} +0000</pubDate>\n{cats}\n<guid isPermaLink=\"false\">{{{{base}}}}/?p="
                f"{a.opts['id']}</guid>\n<description><![CDATA[{a.summary()} <a href=\"{{{{base}}}}{a.path}\" class=\"more-"
                f"link\">Continue reading<span class=\"screen-reader-text\"> {a.title}</span></a>]]></description>\n"
                f"<content:encoded><![CDATA[{body_html(a)}]]></content:encoded>\n"
                f"<slash:comments>{len(a.opts['comments'])}</slash:comments>\n</item>\n")

    site.page("/feed/", f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>
<channel>
	<title>{esc(NAME)}</title>
	<atom:link href="{{{{base}}}}/feed/" rel="self" type="application/rss+xml" />
	<link>{{{{base}}}}</link>
	<description>{esc(TAGLINE)}</description>
	<lastBuildDate>{gmt(arts[0].opts.get('modified') or arts[0].date):%a, %d %b %Y %H:%M:%S} +0000</lastBuildDate>
	<language>en</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>http://wordpress.com/</generator>
{"".join(rss_item(a) for a in arts[:PER])}</channel>
</rss>
""", content_type="application/rss+xml; charset=UTF-8")
    citems = "".join(
        f"<item><title>Comment on {esc(a.title)} by {esc(name)}</title><link>{{{{base}}}}{a.path}#comment-{a.opts['cids'][k]}"
        f"</link><dc:creator><![CDATA[{name}]]></dc:creator><pubDate>"
        f"{gmt(datetime(a.date.year, mo, d, hh, mm)):%a, %d %b %Y %H:%M:%S} +0000</pubDate><description><![CDATA[{text}]]>"
        "</description></item>\n"
        for a in arts for k, (name, text, (mo, d, hh, mm)) in enumerate(a.opts["comments"]))
    site.page("/comments/feed/", f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/'
              f'elements/1.1/"><channel><title>Comments for {esc(NAME)}</title><link>{{{{base}}}}</link>\n{citems}</channel>'
              "</rss>\n", content_type="application/rss+xml; charset=UTF-8")
    site.trap("the feed /feed/ (the 5 newest: pubDate in GMT '+0000', guid /?p=<id>, content:encoded the whole text) "
              "and /comments/feed/ (the readers' comments)", "/feed/")
    urls = [("/", arts[0].date)] + [(a.path, a.opts.get("modified") or a.date) for a in arts] + \
        [("/gioi-thieu/", datetime(2024, 9, 3, 10, 0)), ("/lien-he/", datetime(2024, 9, 3, 10, 5))]
    site.page("/sitemap-1.xml", '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//'
              'lienminhhtxvinhlong.wordpress.com/sitemap.xsl"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              + "".join(f"<url><loc>{{{{base}}}}{p}</loc><lastmod>{gmt(d):%Y-%m-%dT%H:%M:%S}Z</lastmod></url>" for p, d in urls)
              + "</urlset>\n", content_type="application/xml; charset=UTF-8")
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//'
              'lienminhhtxvinhlong.wordpress.com/sitemap-index.xsl"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/'
              f'sitemap/0.9"><sitemap><loc>{{{{base}}}}/sitemap-1.xml</loc><lastmod>'
              f'{gmt(datetime(2025, 3, 19, 8, 5)):%Y-%m-%dT%H:%M:%S}Z</lastmod></sitemap></sitemapindex>\n', content_type="application/xml; charset=UTF-8")
    site.trap("Jetpack's site map: /sitemap.xml is an index of /sitemap-1.xml (every post, lastmod = the last change in "
              "UTC with 'Z': the notice reads 2025-03-19T01:05:00Z, its edit, not its publication)", "/sitemap.xml")
    site.page("/wp-login.php", '<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Log In ‹ '
              f'{esc(NAME)} — WordPress.com</title></head><body class="login"><form name="loginform" id="loginform" method='
              '"post"><input type="text" name="log" /><input type="password" name="pwd" /><input type="submit" value="Log In" '
              "/></form></body></html>\n")
    site.never_fetched.append("/wp-login.php")
    site.static("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: "
                "/wp-login.php\nDisallow: /wp-signup.php\nDisallow: /press-this.php\nDisallow: /remote-login.php\nDisallow: "
                "/activate/\nDisallow: /cgi-bin/\nDisallow: /mshots/v1/\nDisallow: /next/\nDisallow: /public.api/\n\n"
                "# This file was generated on Tue, 25 Mar 2025 02:11:38 +0000\n"
                "Sitemap: {{base}}/sitemap.xml\nSitemap: {{base}}/news-sitemap.xml\n")
    site.broken("/news-sitemap.xml")
    site.trap("robots.txt (WordPress.com's) disallows /wp-login.php (the Meta widget's 'Log in'): never fetched; it "
              "names /news-sitemap.xml, which answers 404 (no post in the last two days)", "/wp-login.php")
    for u in list(USERS) + ["reader"]:
        site.binary(f"/wp-content/gravatar/{u}.png", image_for(u))
    site.binary("/wp-content/site-icon.png", image_for("site-icon"))
    return site
