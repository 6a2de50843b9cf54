"""Site `mangluoi-htxnghean` (registry family `generic`): "Mạng lưới HTX Nghệ An", the social network the Nghệ An
cooperative alliance runs on **Elgg 5.1** (the default theme, the `blog`, `likes`, `ckeditor`, `file` and `search`
plugins, the site language `vi`; PHP left at its default timezone UTC; the site setting "default items per page" set
to 6; the copy is of 28 May 2025). Staff, the office and member cooperatives publish with the blogs plugin. Written
as a held-out test: no family module, no selectors.

URL shapes: a post `/blog/view/<guid>/<title-slug>` (`elgg_get_friendly_title`: ASCII, hyphens); the route's title is
optional, so `/blog/view/<guid>` answers the same page (a member's comment links one so: an alias); lists
`/blog/all` and `/blog/all?offset=6` (6 a page), `/blog/owner/<username>`; the river `/activity` and
`/activity?offset=6`, `?offset=12`; profiles `/profile/<username>`; the tag search `/search?q=<tag>&search_type=tags`;
the RSS view `/blog/all?view=rss`; files `/file/download/<guid>`; `/login` (robots.txt, the site setting, disallows
it); no site map (Elgg has none).

Why it is hard: the page's only `<h1>` is the site name (`h1.elgg-heading-site` in the topbar); the post's title
is `h2.elgg-heading-main` in the layout header. The body is the CKEditor output in
`div.elgg-listing-full-body > div.elgg-output` (`<p>`, `<h2>`, lists, `figure.image > figcaption`, `figure.table`),
between the full-view header (the owner's avatar, "bởi <owner>", the friendly time, the comment count, the tags) and
the likes count and the comments (`ul.elgg-list-comments`: other members' words, never the article). The friendly
time is `<time datetime="2025-05-22T02:15:00+00:00" title="22 May 2025 @ 2:15am">22 May 2025</time>`: PHP in UTC, so
the post of 06:10 on 12 March reads "11 Mar 2025" (title "11 March 2025 @ 11:10pm"; the RSS `+0000`). The author is
the owner when a person; the office account, the admin and a member cooperative's account are no author; a closing
byline overrides the owner. The oldest post is only on `/blog/all?offset=6` (its owner has no other post and no other
link) and on the river's last page.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "mangluoi-htxnghean"
NAME = "Mạng lưới HTX Nghệ An"
UTC = timedelta(hours=7)
PER = 6
NOW = datetime(2025, 5, 28, 9, 0)
USERS = {"vanphong": "Văn phòng Liên minh HTX Nghệ An", "hangnt": "Nguyễn Thị Hằng", "ductv": "Trần Văn Đức",
         "htxquynhluong": "HTX Nông nghiệp Quỳnh Lương", "admin": "Quản trị mạng lưới", "phuchv": "Hoàng Văn Phúc",
         "thanhnv": "Nguyễn Văn Thành", "lanpt": "Phan Thị Lan"}
FOOTER = "Liên minh Hợp tác xã tỉnh Nghệ An - Số 6 Trường Thi, TP Vinh - ĐT: 0238.3844.573"
FURN = [FOOTER, "Vận hành bởi Elgg", "Bình luận", "Đăng nhập để bình luận"]


def friendly_slug(title: str) -> str:
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def u(d: datetime) -> datetime:
    return d - UTC


def friendly(d: datetime) -> str:
    diff = NOW - d
    if diff < timedelta(days=1):
        return f"{int(diff.total_seconds() // 3600)} giờ trước"
    if diff < timedelta(days=7):
        return f"{diff.days} ngày trước"
    x = u(d)
    return f"{x.day} {x:%b %Y}"


def time_el(d: datetime) -> str:
    x = u(d)
    hour = x.hour % 12 or 12
    title = f"{x.day} {x:%B %Y} @ {hour}:{x:%M}{'am' if x.hour < 12 else 'pm'}"
    return f'<time title="{title}" datetime="{x:%Y-%m-%dT%H:%M:%S}+00:00">{friendly(d)}</time>'


def h(text: str, n: int = 10) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 09/TB-LMHTX về việc đăng ký tham gia Hội chợ OCOP Nghệ An năm 2025",
          body="""
LIÊN MINH HTX TỈNH NGHỆ AN
Số: 09/TB-LMHTX
Nghệ An, ngày 20 tháng 5 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ OCOP Nghệ An năm 2025
Hội chợ OCOP Nghệ An năm 2025 diễn ra từ ngày 20/6 đến ngày 24/6/2025 tại Quảng trường Hồ Chí Minh, TP Vinh.
Liên minh HTX tỉnh hỗ trợ 30 gian hàng miễn phí cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 05/6/2025.
CHỦ TỊCH
Nguyễn Đình Thắng
""", author=None, doc_number="09/TB-LMHTX",
          attachments=[{"path": "/file/download/1561", "text": "TB-09-LMHTX-2025.pdf"}],
          opts={"by": "vanphong", "tags": ["ocop", "hội chợ"], "likes": 4,
                "comments": [("thanhnv", "HTX Nông nghiệp Nam Anh đã gửi phiếu đăng ký, nhờ Văn phòng kiểm tra giúp ạ.")]},
          notes=["notice 'Số: 09/TB-LMHTX' dated 20/5 in its text, posted 22/05 09:15 (<time datetime='2025-05-22T02:15:00"
                 "+00:00'>, '5 ngày trước' on the copy's day); owner = the office account: no author; the signer is text; "
                 "the file link /file/download/1561 in its own paragraph is an attachment, not text; a member's comment "
                 "under it is not text"],
          **at(datetime(2025, 5, 22, 9, 15))),
        A(path="", title="Ảnh: HTX Chè Hạnh Lâm vào vụ chè chính",
          body="""
Giữa tháng 5, các thành viên HTX Chè Hạnh Lâm (huyện Thanh Chương) bước vào vụ thu hái chè chính năm 2025.
[img hanh-lam-1.png] Thành viên HTX thu hái chè búp trên đồi chè Hạnh Lâm
[img hanh-lam-2.png] Chè búp tươi được cân, phân loại tại điểm thu mua của HTX
[img hanh-lam-3.png] Dây chuyền sao sấy chè mới đầu tư của HTX
Vụ chính năm nay HTX dự kiến thu mua 600 tấn chè búp tươi cho 120 hộ thành viên.
""", byline="Bài và ảnh: Hồ Văn Quang", author="Hồ Văn Quang",
          opts={"by": "ductv", "tags": ["chè"], "likes": 7,
                "comments": [("hangnt", "Số liệu sản lượng chè quý I các bạn xem ở {{alias}} nhé."),
                             ("lanpt", "Chè Hạnh Lâm năm nay búp đẹp quá!")]},
          notes=["photo story: CKEditor figure.image with figcaption (one line each); owner Trần Văn Đức, 'Bài và ảnh: "
                 "Hồ Văn Quang' closes it -> author; a comment under it links the table post as /blog/view/<guid> "
                 "(no slug: the same page, an alias)"],
          **at(datetime(2025, 5, 9, 16, 0))),
        A(path="", title="Kết quả hoạt động của các HTX nông nghiệp Nghệ An quý I năm 2025",
          body="""
Quý I/2025, các HTX nông nghiệp trên địa bàn tỉnh duy trì sản xuất ổn định, doanh thu tăng so với cùng kỳ.
| Lĩnh vực | Số HTX | Doanh thu quý I (tỷ đồng) | So cùng kỳ (%) |
| Trồng trọt | 412 | 186,5 | 107,2 |
| Chăn nuôi | 58 | 41,3 | 104,6 |
| Thủy sản | 37 | 29,8 | 110,1 |
| Dịch vụ tổng hợp | 196 | 232,4 | 105,8 |
Sản lượng chè búp tươi quý I đạt 9.800 tấn, chủ yếu từ các HTX ở Thanh Chương và Anh Sơn.
""", author="Nguyễn Thị Hằng",
          opts={"by": "hangnt", "tags": ["số liệu"], "likes": 2, "comments": []},
          notes=["a CKEditor figure.table (thead th, tbody td): one line per row; the owner Nguyễn Thị Hằng (a staff member), "
                 "no byline in the text: she is the author; /blog/view/<guid> without the slug is an alias"],
          **at(datetime(2025, 4, 24, 14, 30))),
        A(path="", title="Những lưu ý khi HTX áp dụng quy trình canh tác lúa giảm phát thải",
          body="""
Canh tác lúa giảm phát thải giúp HTX tiết kiệm chi phí và tiếp cận các chương trình tín chỉ carbon.
## Các bước chính
+ Làm đất kỹ, san phẳng mặt ruộng trước khi gieo cấy;
+ Gieo sạ thưa bằng máy, giảm lượng giống từ 20 đến 30%;
+ Tưới ướt khô xen kẽ trong suốt vụ lúa;
+ Thu gom rơm rạ ra khỏi ruộng, không đốt đồng.
HTX cần ghi chép đầy đủ nhật ký đồng ruộng để phục vụ đo đạc, báo cáo phát thải.
""", byline="Lê Thị Minh - Trung tâm Khuyến nông", author="Lê Thị Minh",
          opts={"by": "hangnt", "tags": ["lúa gạo"], "likes": 3, "comments": []},
          notes=["an h2 and a numbered list (<ol>); owner Nguyễn Thị Hằng but 'Lê Thị Minh - Trung tâm Khuyến nông' closes "
                 "the text -> Lê Thị Minh"],
          **at(datetime(2025, 4, 10, 8, 45))),
        A(path="", title="HTX Nông nghiệp Quỳnh Lương phát triển mô hình nuôi tôm công nghệ cao",
          body="""
HTX Nông nghiệp Quỳnh Lương (thị xã Hoàng Mai) hiện có 12 ha ao nuôi tôm thẻ chân trắng trong nhà màng.
Mỗi vụ HTX thu hoạch khoảng 25 tấn tôm/ha, lợi nhuận bình quân 1,2 tỷ đồng/ha.
HTX đang hướng dẫn thành viên nuôi tôm theo tiêu chuẩn VietGAP để mở rộng thị trường.
""", byline="Theo Báo Nghệ An", author=None,
          opts={"by": "htxquynhluong", "tags": ["thủy sản"], "likes": 5, "comments": []},
          notes=["posted by the member cooperative's own account (HTX Nông nghiệp Quỳnh Lương) and closed by 'Theo Báo "
                 "Nghệ An': a reprint, no author"],
          **at(datetime(2025, 3, 27, 10, 20))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ tổng hợp Nghi Văn",
          body="""
Chiều 11/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ tổng hợp Nghi Văn (huyện Nghi Lộc).
HTX hiện cung ứng vật tư, làm đất và tiêu thụ lúa cho hơn 900 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX tiếp cận vốn vay ưu đãi để đầu tư máy gặt đập liên hợp.
""", author=None,
          opts={"by": "admin", "tags": [], "likes": 1, "comments": []},
          notes=["posted at 06:10 on 12 March about the afternoon before: PHP in UTC, the friendly time reads '11 Mar 2025' "
                 "(title '11 March 2025 @ 11:10pm', datetime '2025-03-11T23:10:00+00:00', the RSS '+0000'); published = "
                 "2025-03-12 06:10; owner = the admin account, no byline: author null"],
          **at(datetime(2025, 3, 12, 6, 10))),
        A(path="", title="HTX Cam Nghi Diên mở rộng vùng trồng cam đạt chuẩn VietGAP",
          body="""
HTX Cam Nghi Diên (huyện Nghi Lộc) vừa mở rộng vùng trồng cam đạt chuẩn VietGAP lên 35 ha.
Sản phẩm cam của HTX đã có mặt tại các siêu thị ở Hà Nội và TP Vinh với giá ổn định.
HTX dự kiến đăng ký đánh giá sản phẩm cam Nghi Diên đạt OCOP 4 sao trong năm nay.
""", byline="Nguyễn Thị Lài", author="Nguyễn Thị Lài",
          opts={"by": "ductv", "tags": ["ocop"], "likes": 6, "comments": [("lanpt", "Cam Nghi Diên ngon lắm, chúc mừng HTX!")]},
          notes=["owner Trần Văn Đức but the bare name 'Nguyễn Thị Lài' closes the text: the author"],
          **at(datetime(2025, 2, 18, 15, 0))),
        A(path="", title="Liên minh HTX tỉnh Nghệ An tổng kết công tác năm 2024",
          body="""
Ngày 15/1, Liên minh HTX tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 42 HTX, tổ chức 15 lớp tập huấn cho 820 lượt cán bộ HTX.
""", byline="Tin, ảnh: Hoàng Văn Phúc", author="Hoàng Văn Phúc",
          opts={"by": "phuchv", "tags": [], "likes": 2, "comments": []},
          notes=["the oldest post: only on page 2 of /blog/all (/blog/all?offset=6) and the river's last page; its owner "
                 "Hoàng Văn Phúc has no other post (his /blog/owner list is linked only from it); 'Tin, ảnh: Hoàng Văn "
                 "Phúc' -> author"],
          **at(datetime(2025, 1, 16, 15, 30))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<figure class="table"><table><thead><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                       + "</tr></thead><tbody>" + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>"
                                                         for r in rows) + "</tbody></table></figure>")
        elif b.kind == "img":
            src = f"/serve-file/e0/l1715245200/di0/c0/{h(b.src, 43)}/{a.opts['guid']}/ckeditor/{b.src}"
            cap = f"<figcaption>{esc(b.text)}</figcaption>" if b.text else ""
            out.append(f'<figure class="image"><img src="{src}" alt="">{cap}</figure>')
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align:right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "nghe-an", f"{NAME} (Elgg 5)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/blog/all?view=rss" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    guid = 1500
    for a in reversed(arts):
        guid += 7
        a.opts["guid"] = guid
        a.path = f"/blog/view/{guid}/{friendly_slug(a.title)}"
    table = next(a for a in arts if any(b.kind == "table" for b in a.blocks))
    alias = f"/blog/view/{table.opts['guid']}"
    cguid = 1600

    def avatar(user: str, size: str = "small") -> str:
        return (f'<div class="elgg-avatar elgg-avatar-{size}"><a href="/profile/{user}" class="elgg-anchor"><img '
                f'src="/serve-file/e0/l1700000000/di0/c0/{h(user, 43)}/icons/{user}-{size}.png" alt="{attr(USERS[user])}" '
                f'title="{attr(USERS[user])}"></a></div>')

    def byline(user: str) -> str:
        return (f'<span class="elgg-listing-byline"><span class="elgg-icon fas fa-user elgg-icon-user"></span>bởi '
                f'<a href="/profile/{user}" class="elgg-anchor">{esc(USERS[user])}</a></span>')

    def tags_html(tags: list[str]) -> str:
        if not tags:
            return ""
        return ('<div class="elgg-listing-summary-tags"><div class="elgg-tags"><span class="elgg-icon fas fa-tag '
                'elgg-icon-tag"></span><ul class="elgg-tags">' + "".join(
                    f'<li class="elgg-tag"><a href="/search?q={t.replace(" ", "+")}&amp;search_type=tags" rel="tag">'
                    f'{esc(t)}</a></li>' for t in tags) + "</ul></div></div>")

    def subtitle(a: RichArticle, link_comments: bool = True) -> str:
        n = len(a.opts["comments"])
        com = (f'<span class="elgg-listing-comments"><span class="elgg-icon fas fa-comments"></span><a href="{a.path}#comments">'
               f"{n} bình luận</a></span>") if n and link_comments else ""
        return (f'<div class="elgg-listing-summary-subtitle elgg-subtext">{byline(a.opts["by"])}<span class="elgg-listing-time">'
                f'<span class="elgg-icon far fa-clock"></span>{time_el(a.date)}</span>{com}</div>')

    def layout(title: str, path: str, heading: str, content: str, sidebar: str = "", crumbs: list = (),
               canonical: str | None = None, rss: str | None = None) -> str:
        crumb = ""
        if crumbs:
            crumb = ('<div class="elgg-layout-breadcrumbs"><nav aria-label="Breadcrumbs"><ul class="elgg-menu elgg-breadcrumbs '
                     'elgg-menu-hz">' + "".join(f'<li><a href="{href}">{esc(n)}</a></li>' for n, href in crumbs)
                     + "</ul></nav></div>")
        canon = f'\n\t<link rel="canonical" href="{{{{base}}}}{canonical}">' if canonical else ""
        feed = f'\n\t<link rel="alternate" type="application/rss+xml" title="RSS" href="{rss}">' if rss else ""
        side = (f'<div class="elgg-sidebar elgg-layout-sidebar clearfix" role="complementary">{sidebar}</div>'
                if sidebar else "")
        menu = "".join(f'<li class="elgg-menu-item-{k}"><a href="{href}" class="elgg-anchor elgg-menu-content">'
                       f'<span class="elgg-anchor-label">{n}</span></a></li>'
                       for k, n, href in [("activity", "Hoạt động", "/activity"), ("blog", "Blog", "/blog/all")])
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
	<title>{esc(title)} : {esc(NAME)}</title>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<meta name="generator" content="Elgg">{canon}{feed}
	<link rel="icon" href="/cache/1716800000/default/graphics/favicon.ico">
	<link rel="stylesheet" href="/cache/1716800000/default/elgg.css">
	<link rel="stylesheet" href="/cache/1716800000/default/font-awesome/css/all.min.css">
	<script>var elgg = {{"config":{{"lastcache":1716800000,"viewtype":"default","simplecache_enabled":1,"current_language":"vi","wwwroot":"{{{{base}}}}/"}},"security":{{"token":{{"__elgg_ts":1748422800,"__elgg_token":"{h(path, 22)}"}}}},"session":{{"user":null}},"page_owner":null}};</script>
</head>
<body>
<div class="elgg-page elgg-page-default">
	<div class="elgg-page-section elgg-page-topbar"><div class="elgg-inner">
		<div class="elgg-nav-logo"><h1 class="elgg-heading-site"><a href="/">{esc(NAME)}</a></h1></div>
		<div class="elgg-nav-button"><span></span><span></span><span></span></div>
		<div class="elgg-nav-collapse">
			<div class="elgg-nav-search"><form class="elgg-form elgg-form-search" method="GET" action="/search"><fieldset><div class="elgg-field elgg-field-horizontal"><div class="elgg-field-input"><input type="text" value="" name="q" placeholder="Tìm kiếm" class="search-input elgg-input-text" required></div></div></fieldset></form></div>
			<nav class="elgg-menu-site-container"><ul class="elgg-menu elgg-menu-site elgg-menu-site-default clearfix">{menu}</ul></nav>
			<ul class="elgg-menu elgg-menu-topbar elgg-menu-topbar-alt"><li class="elgg-menu-item-login"><a href="/login" class="elgg-anchor elgg-menu-content"><span class="elgg-icon fas fa-sign-in-alt"></span><span class="elgg-anchor-label">Đăng nhập</span></a></li></ul>
		</div>
	</div></div>
	<div class="elgg-page-section elgg-page-body"><div class="elgg-inner">
		<div class="elgg-layout elgg-layout-default clearfix{' has-sidebar' if sidebar else ''}">
			{crumb}
			<div class="elgg-layout-header"><div class="elgg-head elgg-layout-title"><h2 class="elgg-heading-main">{esc(heading)}</h2></div></div>
			<div class="elgg-layout-columns">
				<div class="elgg-layout-body"><div class="elgg-layout-content clearfix">{content}</div></div>
				{side}
			</div>
		</div>
	</div></div>
	<div class="elgg-page-section elgg-page-footer"><div class="elgg-inner">
		<ul class="elgg-menu elgg-menu-footer elgg-menu-footer-default clearfix"><li class="elgg-menu-item-powered"><a href="{{{{base:offsite}}}}/elgg/" class="elgg-anchor elgg-menu-content"><span class="elgg-anchor-label">Vận hành bởi Elgg</span></a></li></ul>
		<p class="elgg-footer-text">{esc(FOOTER)}</p>
	</div></div>
</div>
<script src="/cache/1716800000/default/require.js"></script>
<script src="/cache/1716800000/default/elgg.js"></script>
</body>
</html>
"""

    def owner_block(user: str) -> str:
        return (f'<div class="elgg-owner-block"><div class="elgg-image-block clearfix"><div class="elgg-image">{avatar(user, "tiny")}'
                f'</div><div class="elgg-body"><h3><a href="/profile/{user}">{esc(USERS[user])}</a></h3></div></div>'
                f'<ul class="elgg-menu elgg-menu-owner-block elgg-menu-owner-block-default"><li class="elgg-menu-item-blog">'
                f'<a href="/blog/owner/{user}" class="elgg-anchor elgg-menu-content"><span class="elgg-anchor-label">Blog'
                f"</span></a></li></ul></div>")

    like_strings, comment_strings = set(), set()
    for a in arts:
        g = a.opts["guid"]
        likes = f"{a.opts['likes']} lượt thích"
        like_strings.add(likes)
        comments = ""
        if a.opts["comments"]:
            lis = []
            for i, (user, text) in enumerate(a.opts["comments"]):
                cguid += 1
                when = a.date + timedelta(hours=3 + i * 5, minutes=17)
                shown_text = esc(text).replace("{{alias}}", f'<a href="{alias}" rel="nofollow">bài số liệu quý I</a>')
                comment_strings.add(text.replace("{{alias}}", "bài số liệu quý I"))
                lis.append(f'<li class="elgg-item elgg-item-object elgg-item-object-comment" id="elgg-object-{cguid}"><div '
                           f'class="elgg-image-block clearfix elgg-listing-summary"><div class="elgg-image">{avatar(user, "tiny")}'
                           f'</div><div class="elgg-body"><div class="elgg-listing-summary-subtitle elgg-subtext">{byline(user)}'
                           f'<span class="elgg-listing-time">{time_el(when)}</span></div><div class="elgg-listing-summary-content '
                           f'elgg-content"><div class="elgg-output"><p>{shown_text}</p></div></div></div></div></li>')
            comments = f'<ul class="elgg-list elgg-list-entity elgg-list-comments">{"".join(lis)}</ul>'
        comments_block = (f'<div class="elgg-comments" id="comments"><h3 id="comments-heading">Bình luận</h3>{comments}'
                          f'<p class="elgg-no-results"><a href="/login">Đăng nhập để bình luận</a></p></div>')
        full = (f'<div class="elgg-listing-full elgg-content clearfix elgg-listing-full-blog" id="elgg-object-{g}">'
                f'<div class="elgg-listing-full-header"><div class="elgg-image-block clearfix"><div class="elgg-image">'
                f'{avatar(a.opts["by"])}</div><div class="elgg-body">{subtitle(a)}{tags_html(a.opts["tags"])}</div></div></div>'
                f'<div class="elgg-listing-full-body clearfix"><div class="elgg-output">{body_html(a)}</div></div>'
                f'<nav class="elgg-menu-container elgg-menu-social-container"><ul class="elgg-menu elgg-menu-social '
                f'elgg-menu-hz elgg-menu-social-default"><li class="elgg-menu-item-likes-count"><a href="javascript:void(0)" '
                f'class="elgg-anchor elgg-menu-content elgg-non-link" data-likes-guid="{g}"><span class="elgg-anchor-label">'
                f'{likes}</span></a></li></ul></nav></div>{comments_block}')
        page = layout(a.title, a.path, a.title, full, owner_block(a.opts["by"]),
                      [("Blog", "/blog/all"), (USERS[a.opts["by"]], f"/blog/owner/{a.opts['by']}")], canonical=a.path)
        site.page(a.path, page)
        if a is table:
            site.same_page(alias, a.path)
            a.aliases.append(alias)
        for x in a.attachments:
            name = "_files/tb-09-lmhtx-2025.pdf"
            site.files[name] = pdf(a.title, ["LIEN MINH HTX TINH NGHE AN", "THONG BAO SO 09/TB-LMHTX"])
            site.routes.append({"path": x["path"], "file": name, "content_type": "application/pdf"})
        site.add_article(a)
    site.extra_boilerplate += sorted(like_strings) + sorted(comment_strings)

    def summary(a: RichArticle) -> str:
        text = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        return (f'<li class="elgg-item elgg-item-object elgg-item-object-blog" id="elgg-object-{a.opts["guid"]}"><div '
                f'class="elgg-image-block clearfix elgg-listing-summary"><div class="elgg-image">{avatar(a.opts["by"])}</div>'
                f'<div class="elgg-body"><h3 class="elgg-listing-summary-title"><a href="{a.path}" class="elgg-anchor">'
                f'{esc(a.title)}</a></h3>{subtitle(a)}{tags_html(a.opts["tags"])}<div class="elgg-listing-summary-content '
                f'elgg-content">{esc(text)}</div></div></div></li>')

    def pager(base: str, n: int, total: int) -> str:
        pages = (total + PER - 1) // PER
        if pages < 2:
            return ""
        sep = "&amp;" if "?" in base else "?"

        def href(k: int) -> str:
            return base if k == 0 else f"{base}{sep}offset={k * PER}"
        items = [f'<li class="elgg-state-disabled"><span>« Trước</span></li>' if n == 0 else
                 f'<li><a href="{href(n - 1)}">« Trước</a></li>']
        items += [f'<li class="elgg-state-selected"><span>{k + 1}</span></li>' if k == n else
                  f'<li><a href="{href(k)}">{k + 1}</a></li>' for k in range(pages)]
        items.append('<li class="elgg-state-disabled"><span>Tiếp »</span></li>' if n == pages - 1 else
                     f'<li><a href="{href(n + 1)}">Tiếp »</a></li>')
        return f'<nav class="elgg-pagination-wrapper"><ul class="elgg-pagination">{"".join(items)}</ul></nav>'

    def lists(base: str, title: str, items: list[RichArticle], crumbs: list, sidebar: str = "") -> None:
        for n in range(max(1, (len(items) + PER - 1) // PER)):
            path = base if n == 0 else f"{base}?offset={n * PER}"
            chunk = items[n * PER:(n + 1) * PER]
            content = (f'<ul class="elgg-list elgg-list-entity">{"".join(summary(a) for a in chunk)}</ul>'
                       + pager(base, n, len(items)))
            site.page(path, layout(title, path, title, content, sidebar, crumbs, rss=f"{base}?view=rss"))
            site.non_articles.append(path)

    lists("/blog/all", "Tất cả bài blog", arts, [("Blog", "/blog/all")])
    site.trap("/blog/all: 6 summaries a page (avatar, title, 'bởi', friendly time, tags, excerpt), the pager "
              "'?offset=6' holds the two oldest posts", "/blog/all?offset=6")
    for user in USERS:
        own = [a for a in arts if a.opts["by"] == user]
        if not own:
            continue
        lists(f"/blog/owner/{user}", f"Blog của {USERS[user]}", own, [("Blog", "/blog/all"), (USERS[user], f"/blog/owner/{user}")],
              owner_block(user))
        site.page(f"/profile/{user}", layout(USERS[user], f"/profile/{user}", USERS[user],
                                             f'<div class="elgg-profile">{avatar(user, "large")}<p>Thành viên từ 2023</p></div>',
                                             owner_block(user)))
        site.non_articles.append(f"/profile/{user}")
    for user in ("thanhnv", "lanpt"):
        site.page(f"/profile/{user}", layout(USERS[user], f"/profile/{user}", USERS[user],
                                             f'<div class="elgg-profile">{avatar(user, "large")}<p>Thành viên từ 2024</p></div>',
                                             owner_block(user)))
        site.page(f"/blog/owner/{user}", layout(f"Blog của {USERS[user]}", f"/blog/owner/{user}", f"Blog của {USERS[user]}",
                                                '<p class="elgg-no-results">Không có bài blog nào.</p>', owner_block(user)))
        site.non_articles += [f"/profile/{user}", f"/blog/owner/{user}"]
    site.trap("owner lists /blog/owner/<username> and profiles /profile/<username> (the office, the admin and a "
              "cooperative have accounts too): not articles", "/blog/owner/vanphong")
    tags = sorted({t for a in arts for t in a.opts["tags"]})
    for t in tags:
        path = f"/search?q={t.replace(' ', '+')}&search_type=tags"
        found = [a for a in arts if t in a.opts["tags"]]
        content = (f'<p class="elgg-search-results-count">{len(found)} kết quả cho thẻ "{esc(t)}"</p>'
                   f'<ul class="elgg-list elgg-list-entity">{"".join(summary(a) for a in found)}</ul>')
        site.page(path, layout(f"Kết quả tìm kiếm cho \"{t}\"", path, f"Kết quả tìm kiếm cho \"{t}\"", content))
        site.non_articles.append(path)
    site.trap("tag search /search?q=<tag>&search_type=tags (the tags under a post): lists", "/search?q=ocop&search_type=tags")

    # the river
    events = []
    for a in arts:
        events.append((a.date, a.opts["by"], f'đã đăng bài blog <a href="{a.path}">{esc(a.title)}</a>',
                       inline_text(next(b.text for b in a.blocks if b.kind == "p"))))
        for i, (user, text) in enumerate(a.opts["comments"]):
            events.append((a.date + timedelta(hours=3 + i * 5, minutes=17), user,
                           f'đã bình luận về bài blog <a href="{a.path}">{esc(a.title)}</a>', ""))
    events.sort(key=lambda e: e[0], reverse=True)
    for n in range((len(events) + PER - 1) // PER):
        path = "/activity" if n == 0 else f"/activity?offset={n * PER}"
        lis = "".join(
            f'<li class="elgg-item elgg-item-river"><div class="elgg-image-block clearfix elgg-river-item"><div class="elgg-image">'
            f'{avatar(user)}</div><div class="elgg-body"><div class="elgg-river-summary"><a href="/profile/{user}">'
            f'{esc(USERS[user])}</a> {what} <span class="elgg-river-timestamp">{time_el(d)}</span></div>'
            + (f'<div class="elgg-river-message">{esc(msg)}</div>' if msg else "") + "</div></div></li>"
            for d, user, what, msg in events[n * PER:(n + 1) * PER])
        content = f'<ul class="elgg-list elgg-list-river">{lis}</ul>' + pager("/activity", n, len(events))
        site.page(path, layout("Hoạt động", path, "Hoạt động", content, rss="/activity?view=rss"))
        site.non_articles.append(path)
    site.trap("the river /activity (posts and comments, 6 a page: ?offset=6, ?offset=12): lists", "/activity?offset=6")

    home = ('<div class="elgg-module elgg-module-info"><div class="elgg-head"><h3>Chào mừng đến với Mạng lưới HTX Nghệ An'
            '</h3></div><div class="elgg-body"><p>Nơi cán bộ Liên minh HTX tỉnh và các HTX thành viên chia sẻ tin tức, kinh '
            'nghiệm sản xuất, kinh doanh.</p></div></div><div class="elgg-module elgg-module-featured"><div class="elgg-head">'
            '<h3>Bài blog mới</h3></div><div class="elgg-body"><ul class="elgg-list elgg-list-entity">'
            + "".join(summary(a) for a in arts[:3]) + '</ul><a href="/blog/all">Xem tất cả</a></div></div>')
    site.page("/", layout(NAME, "/", NAME, home))
    site.non_articles.append("/")
    site.trap("home (the index widgets): a welcome box and the 3 newest blog summaries", "/")

    def rss(items: list[RichArticle], link: str) -> str:
        its = "".join(
            f'<item><guid isPermaLink="true">{{{{base}}}}{a.path}</guid><pubDate>{u(a.date):%a, %d %b %Y %H:%M:%S} +0000'
            f'</pubDate><link>{{{{base}}}}{a.path}</link><title><![CDATA[{a.title}]]></title><description><![CDATA['
            f'{body_html(a)}]]></description><dc:creator>{esc(USERS[a.opts["by"]])}</dc:creator></item>' for a in items)
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                f'xmlns:atom="http://www.w3.org/2005/Atom"><channel><title><![CDATA[{NAME}: Tất cả bài blog]]></title>'
                f"<link>{{{{base}}}}{link}</link><atom:link href=\"{{{{base}}}}{link}?view=rss\" rel=\"self\" "
                f'type="application/rss+xml" /><description><![CDATA[]]></description>{its}</channel></rss>\n')

    site.page("/blog/all?view=rss", rss(arts[:PER], "/blog/all"), content_type="application/rss+xml; charset=utf-8")
    site.page("/activity?view=rss", rss([], "/activity"), content_type="application/rss+xml; charset=utf-8")
    for user in USERS:
        own = [a for a in arts if a.opts["by"] == user]
        if own:
            site.page(f"/blog/owner/{user}?view=rss", rss(own[:PER], f"/blog/owner/{user}"),
                      content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /blog/all?view=rss (the head's alternate; the 6 newest, the whole text): pubDate in UTC '+0000'",
              "/blog/all?view=rss")
    site.page("/login", layout("Đăng nhập", "/login", "Đăng nhập", '<form method="post" action="/action/login" class="elgg-form '
                               'elgg-form-login"><input type="text" name="username"><input type="password" name="password">'
                               '<button type="submit">Đăng nhập</button></form>'))
    site.never_fetched.append("/login")
    site.static("/robots.txt", "User-agent: *\nDisallow: /action/\nDisallow: /login\nDisallow: /forgotpassword\n"
                "Disallow: /register\nDisallow: /serve-file/\n")
    site.trap("robots.txt (Elgg's site setting) disallows /login (the topbar's 'Đăng nhập', 'Đăng nhập để bình luận'): "
              "never fetched", "/login")
    site.binary("/cache/1716800000/default/graphics/favicon.ico", b"\x00\x00\x01\x00")
    for css in ["elgg.css", "font-awesome/css/all.min.css"]:
        site.static(f"/cache/1716800000/default/{css}", "body{font-family:Arial,sans-serif}\n")
    return site
