"""Site `xanga-htxcamau` (registry family `generic`): "Liên minh HTX tỉnh Cà Mau - Nhật ký hoạt động", the news blog
the Cà Mau cooperative alliance keeps on **Xanga** (the revived host, classic blog skin), account `lmhtxcamau`, time
zone set to "(GMT+07:00) Bangkok, Hà Nội" and a Vietnamese custom skin (the date headers and the sidebar headings are
the skin's; Xanga's own links and the post footer stay in English). The copy is of 5 November 2024, 16:30. Written as
a held-out test: no family module, no selectors.

What is an article here: a blog post. URL shapes: the front page `/` (the five newest posts, in full, one date header
per day), older posts through Xanga's pager "Next 5 »" `/?nextdate=<M/D/YYYY H:MM:SS>&direction=n` (the oldest posts
are only there), a post's own page `/<id>/<slug>/` (its canonical), the old item address `/<id>/item/` that the RSS
still links and that answers 301 to the slug URL (alias), the profile `/profile/`, the subscriptions page
`/subscriptions/`, the RSS `/rss` (RSS 2.0, pubDate in GMT), robots.txt (no sitemap).

Why it is hard: the page looks like a 2005 blog. The post title is `div.itemTitle` (the only `<h1>` is the blog's name;
`<title>` is the blog's name on every page, a post's page too). The date is in two places: the skin's date header
`h2.blogheader` "Thứ Hai, 4 tháng 11, 2024" above the post, and Xanga's English footer "posted 11/4/2024 at 9:20 AM"
(month FIRST: 11/4 is 4 November, not 11 April). The body `div.itemBody` is Xanga editor HTML (paragraphs, bold
headings, lists, a table, photos with an italic caption under a `<br>`); the footer "eProps (12) | Comments (3) | Post a
Comment", the comments (`div.comment`, with the commenter's footer and Xanga's threaded replies) and the sidebar
(profile, "Bài viết gần đây", "Đăng ký theo dõi", visitor counter) are not text. The blog account `lmhtxcamau` is the
office, no author: a closing byline names the author when there is one; "Theo Báo Cà Mau" marks a reprint.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, weekday
from .richbody import RichArticle, table_html

SITE = "xanga-htxcamau"
BLOG = "Liên minh HTX tỉnh Cà Mau - Nhật ký hoạt động"
USER = "lmhtxcamau"
NOW = datetime(2024, 11, 5, 16, 30)
PER_PAGE = 5
CHROME = ["Nhật ký hoạt động của Liên minh Hợp tác xã tỉnh Cà Mau - Kinh tế tập thể vùng đất Mũi",
          "Bài viết gần đây", "Đăng ký theo dõi", "Lượt truy cập: 48.213", "Post a Comment", "Next Blog »",
          "Xanga.com, Inc.", "Thành viên Xanga từ 14/3/2006", "Số 88 đường Phan Ngọc Hiển, phường 5, TP Cà Mau",
          "Giới thiệu", "Sign In", "Sign Up"]
COMMENTERS = ["htxtanhung", "tomlua_camau", "ngoc_anh_ut", "htx_songdoc", "lmhtxcamau"]


def viet_date(d: datetime) -> str:
    return f"{weekday(d)}, {d.day} tháng {d.month}, {d.year}"


def us_time(d: datetime) -> str:
    return f"{d.month}/{d.day}/{d.year} at {d.hour % 12 or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo tuyển chọn HTX tham gia Hội chợ OCOP Cà Mau năm 2024",
          body="""
LIÊN MINH HTX TỈNH CÀ MAU
Số: 31/TB-LMHTX
Cà Mau, ngày 04 tháng 11 năm 2024
THÔNG BÁO
Về việc tuyển chọn HTX tham gia Hội chợ OCOP tỉnh Cà Mau năm 2024
Hội chợ OCOP tỉnh Cà Mau năm 2024 diễn ra từ ngày 28/11 đến ngày 02/12/2024 tại Quảng trường Hùng Vương, TP Cà Mau.
Liên minh HTX tỉnh hỗ trợ 20 gian hàng cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 15/11/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lâm Thị Kiều Oanh
""", author=None, doc_number="31/TB-LMHTX",
          opts={"id": 738214402, "slug": "thong-bao-tuyen-chon-htx-tham-gia-hoi-cho-ocop", "props": 4, "comments": 2},
          notes=["notice 'Số: 31/TB-LMHTX' dated 04/11 in its text, posted 4 November 2024 14:05: the header 'Thứ Hai, 4 "
                 "tháng 11, 2024' and the footer 'posted 11/4/2024 at 2:05 PM' (month first); the signer is text, no "
                 "author; two comments below (one of them the office's reply) are not text"],
          **{**at(datetime(2024, 11, 4, 14, 5)), "evidence": ["date-element", "document"]}),
        A(path="", title="Ảnh: HTX Tôm lúa Tân Hưng thu hoạch vụ tôm cuối năm",
          body="""
Những ngày đầu tháng 11, các thành viên HTX Tôm lúa Tân Hưng (huyện Cái Nước) thu hoạch vụ tôm sú cuối năm.
[img tom-lua-1.png] Thành viên HTX kéo lú thu hoạch tôm sú trên ruộng lúa - tôm
[img tom-lua-2.png] Tôm được phân loại ngay tại bờ ao trước khi giao cho doanh nghiệp
[img tom-lua-3.png] Thương lái đến tận nơi thu mua tôm của HTX
Vụ này HTX có 120 ha nuôi tôm kết hợp trồng lúa, năng suất bình quân đạt 420 kg/ha.
""", byline="Ảnh: Huỳnh Lâm", author="Huỳnh Lâm",
          opts={"id": 738214377, "slug": "anh-htx-tom-lua-tan-hung-thu-hoach-vu-tom-cuoi-nam", "props": 12, "comments": 3},
          notes=["photo story: three photos, each with an italic caption after a <br> (one line each); 'Ảnh: Huỳnh Lâm' "
                 "closes it -> author; posted the same day as the notice (two posts under one date header on the front "
                 "page, the header printed once)"],
          **at(datetime(2024, 11, 4, 9, 20))),
        A(path="", title="Kết quả hoạt động của các HTX nông nghiệp Cà Mau 10 tháng năm 2024",
          body="""
Đến hết tháng 10/2024, toàn tỉnh có 312 HTX nông nghiệp đang hoạt động, doanh thu bình quân tăng so với cùng kỳ.
| Lĩnh vực | Số HTX | Doanh thu bình quân (triệu đồng) | So với cùng kỳ (%) |
| Tôm - lúa | 118 | 2.650 | 109,2 |
| Nuôi trồng thủy sản | 96 | 3.480 | 112,5 |
| Trồng trọt | 61 | 1.240 | 104,1 |
| Dịch vụ tổng hợp | 37 | 1.870 | 106,8 |
Liên minh HTX tỉnh tiếp tục hỗ trợ các HTX xây dựng phương án sản xuất, kinh doanh năm 2025.
Trần Minh Khoa
""", author="Trần Minh Khoa",
          opts={"id": 738213910, "slug": "ket-qua-hoat-dong-cua-cac-htx-nong-nghiep-ca-mau-10-thang", "props": 7, "comments": 0},
          notes=["a data table (one line per row, its header row too); the bare name 'Trần Minh Khoa' closes it -> "
                 "author; posted at 6:40 AM: the RSS pubDate 'Fri, 01 Nov 2024 23:40:00 GMT' is the day before"],
          **at(datetime(2024, 11, 2, 6, 40))),
        A(path="", title="HTX Dịch vụ nông nghiệp Sông Đốc hướng dẫn nông dân chuyển đổi sang lúa thơm",
          body="""
Vụ lúa Đông Xuân 2024 - 2025, HTX Dịch vụ nông nghiệp Sông Đốc (huyện Trần Văn Thời) vận động các hộ thành viên chuyển đổi sang giống lúa thơm ST25.
## Các bước chuẩn bị vụ mới
* Cải tạo mặt ruộng, rửa mặn sau vụ tôm;
* Liên kết với doanh nghiệp cung ứng giống xác nhận;
* Tổ chức lịch xuống giống tập trung;
* Ký hợp đồng bao tiêu sản phẩm trước khi gieo sạ.
Dự kiến toàn HTX chuyển đổi 250 ha, giá bao tiêu không thấp hơn 7.500 đồng/kg lúa tươi.
""", byline="Nguyễn Phương", author="Nguyễn Phương",
          opts={"id": 738213215, "slug": "htx-dich-vu-nong-nghiep-song-doc-huong-dan-nong-dan", "props": 5, "comments": 1},
          notes=["a bold paragraph as heading and a four-item list; 'Nguyễn Phương' in a right-aligned closing "
                 "paragraph -> author"],
          **at(datetime(2024, 10, 30, 15, 45))),
        A(path="", title="Năm Căn: HTX khai thác thủy sản Kiến Vàng ra khơi an toàn",
          body="""
Sau thời gian tạm nghỉ do thời tiết xấu, 14 tàu cá của HTX khai thác thủy sản Kiến Vàng (huyện Năm Căn) đã ra khơi.
HTX đã lắp đủ thiết bị giám sát hành trình trên tàu theo quy định chống khai thác hải sản bất hợp pháp.
Mỗi chuyến biển kéo dài 15 - 20 ngày, sản lượng được HTX thu mua và bao tiêu toàn bộ.
""", byline="Theo Báo Cà Mau", author=None,
          opts={"id": 738212604, "slug": "nam-can-htx-khai-thac-thuy-san-kien-vang-ra-khoi", "props": 3, "comments": 2},
          notes=["a reprint closed by 'Theo Báo Cà Mau': no author"],
          **at(datetime(2024, 10, 25, 10, 10))),
        A(path="", title="Liên minh HTX tỉnh tập huấn Luật Hợp tác xã năm 2023 tại U Minh",
          body="""
Ngày 17/10, Liên minh HTX tỉnh phối hợp UBND huyện U Minh tổ chức lớp tập huấn Luật Hợp tác xã năm 2023 cho 85 cán bộ quản lý HTX.
[img tap-huan-u-minh.png] Quang cảnh lớp tập huấn tại Hội trường UBND huyện U Minh
Học viên được giới thiệu những điểm mới của Luật, các quy định về tổ chức lại và giải thể HTX.
""", author=None,
          opts={"id": 738211733, "slug": "lien-minh-htx-tinh-tap-huan-luat-hop-tac-xa-nam-2023-tai-u-minh", "props": 9,
                "comments": 0},
          notes=["no byline, the office's account: author null; one captioned photo"],
          **at(datetime(2024, 10, 18, 8, 5))),
        A(path="", title="HTX Cua biển Đất Mũi nhận chứng nhận sản phẩm OCOP 4 sao",
          body="""
Sản phẩm cua biển Đất Mũi của HTX Cua biển Đất Mũi (huyện Ngọc Hiển) vừa được UBND tỉnh công nhận đạt chuẩn OCOP 4 sao.
HTX hiện có 48 thành viên, tổng diện tích nuôi cua quảng canh dưới tán rừng ngập mặn hơn 300 ha.
Sản phẩm của HTX đã có mặt tại các siêu thị ở TP Hồ Chí Minh và Cần Thơ.
""", byline="Bài, ảnh: Châu Nguyễn", author="Châu Nguyễn",
          opts={"id": 738210955, "slug": "htx-cua-bien-dat-mui-nhan-chung-nhan-san-pham-ocop-4-sao", "props": 15, "comments": 1},
          notes=["only on the second page of the blog /?nextdate=...&direction=n ('Next 5 »'); 'Bài, ảnh: Châu Nguyễn' -> "
                 "Châu Nguyễn"],
          **at(datetime(2024, 10, 11, 20, 30))),
        A(path="", title="Hội nghị sơ kết 9 tháng phong trào thi đua khối HTX tỉnh Cà Mau",
          body="""
Chiều 3/10, Liên minh HTX tỉnh tổ chức hội nghị sơ kết 9 tháng phong trào thi đua khối HTX, doanh nghiệp thành viên.
Trong 9 tháng, toàn tỉnh thành lập mới 19 HTX, vượt 8% kế hoạch năm.
Hội nghị đã khen thưởng 12 tập thể có thành tích xuất sắc trong phong trào thi đua.
""", byline="Lê Hoàng Vũ", author="Lê Hoàng Vũ",
          opts={"id": 738210108, "slug": "hoi-nghi-so-ket-9-thang-phong-trao-thi-dua-khoi-htx", "props": 6, "comments": 0},
          notes=["the oldest post: second page of the blog only, not in 'Bài viết gần đây' (five newest) but in the RSS"],
          **at(datetime(2024, 10, 3, 17, 15))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p align="center"><img src="/photos/{USER}/{b.src}" border="0" alt="">'
                       + (f"<br><i>{esc(b.text)}</i>" if b.text else "") + "</p>")
        elif b.kind == "table":
            out.append(table_html(b, "MsoTableGrid"))
    if a.byline:
        out.append(f'<p align="right"><b>{esc(a.byline)}</b></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ca-mau", BLOG, "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/rss" % SITE])
    site.extra_boilerplate += CHROME
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.path = f"/{a.opts['id']}/{a.opts['slug']}/"
        a.aliases.append(f"/{a.opts['id']}/item/")
    comment_texts = {
        posts[0].path: [("htxtanhung", "HTX Tân Hưng xin đăng ký 2 gian hàng, đã gửi hồ sơ qua email.", 95, None),
                        ("lmhtxcamau", "Văn phòng đã nhận hồ sơ của HTX, cảm ơn HTX.", 180, "htxtanhung")],
        posts[1].path: [("tomlua_camau", "Năm nay tôm được giá, bà con phấn khởi quá!", 40, None),
                        ("ngoc_anh_ut", "Hình đẹp quá, cho mình xin phép chia sẻ nha.", 300, None),
                        ("lmhtxcamau", "Bạn cứ chia sẻ, ghi rõ nguồn giúp Liên minh nhé.", 320, "ngoc_anh_ut")],
        posts[3].path: [("htx_songdoc", "Cảm ơn Liên minh đã đưa tin về HTX Sông Đốc.", 60, None)],
        posts[4].path: [("tomlua_camau", "Chúc các tàu cá HTX Kiến Vàng ra khơi thuận buồm xuôi gió.", 25, None),
                        ("htxtanhung", "Mô hình HTX khai thác thủy sản rất nên nhân rộng.", 900, None)],
        next(a.path for a in posts if a.opts["slug"].startswith("htx-cua")):
            [("ngoc_anh_ut", "Cua Đất Mũi ngon nhất nước, chúc mừng HTX!", 720, None)],
    }
    for a in posts:
        for _, text, _, _ in comment_texts.get(a.path, []):
            site.extra_boilerplate.append(text)

    recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in posts[:5])

    def layout(content: str, extra_head: str = "") -> str:
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(BLOG)}</title>
<link rel="stylesheet" type="text/css" href="/css/classic_skin.css">
<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss">
<script type="text/javascript" src="/js/xanga_nav.js"></script>
{extra_head}
</head>
<body>
<div id="xnav" class="xangaNavBar"><a href="{{{{base:offsite}}}}/xanga/">Xanga</a> | <a href="{{{{base:offsite}}}}/xanga/signin">Sign In</a> | <a href="{{{{base:offsite}}}}/xanga/signup">Sign Up</a> | <a href="{{{{base:offsite}}}}/xanga/nextblog">Next Blog »</a></div>
<table id="maintable" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td id="leftcolumn" valign="top" width="220">
<div class="module profile"><h3 class="moduleHeader">Giới thiệu</h3>
<a href="/profile/"><img src="/avatars/{USER}.png" width="100" height="100" border="0" alt="{USER}"></a><br>
<b><a href="/profile/">{USER}</a></b><br>Thành viên Xanga từ 14/3/2006<br>Số 88 đường Phan Ngọc Hiển, phường 5, TP Cà Mau</div>
<div class="module recent"><h3 class="moduleHeader">Bài viết gần đây</h3><ul>{recent}</ul></div>
<div class="module subscribe"><h3 class="moduleHeader">Đăng ký theo dõi</h3><a href="/subscriptions/">Xem các trang đăng ký</a> | <a href="/rss">RSS</a></div>
<div class="module counter">Lượt truy cập: 48.213</div>
</td>
<td id="maincolumn" valign="top">
<div id="blogtitle"><h1><a href="/">{esc(BLOG)}</a></h1>
<div class="blogdesc">Nhật ký hoạt động của Liên minh Hợp tác xã tỉnh Cà Mau - Kinh tế tập thể vùng đất Mũi</div></div>
{content}
</td></tr></table>
<div id="footer">© 2024 Xanga.com, Inc. | <a href="{{{{base:offsite}}}}/xanga/terms">Terms of Use</a> | <a href="{{{{base:offsite}}}}/xanga/privacy">Privacy</a></div>
</body>
</html>"""

    def post_block(a: RichArticle, full_page: bool) -> str:
        o = a.opts
        n = len(comment_texts.get(a.path, []))
        return (f'<div class="blogitem" id="item{o["id"]}">'
                f'<div class="itemTitle"><a href="{a.path}">{esc(a.title)}</a></div>'
                f'<div class="itemBody">\n{body_html(a)}\n</div>'
                f'<div class="itemFooter"><span class="posted">posted {us_time(a.date)}</span> | '
                f'<a href="javascript:void(0)" class="eprops">eProps ({o["props"]})</a> | '
                f'<a href="{a.path}#comments">Comments ({n})</a> | '
                f'<a href="{a.path}#postcomment">Post a Comment</a></div></div>')

    def day_groups(chunk: list[RichArticle]) -> str:
        out, last = [], None
        for a in chunk:
            if a.date.date() != last:
                out.append(f'<h2 class="blogheader">{viet_date(a.date)}</h2>')
                last = a.date.date()
            out.append(post_block(a, False))
        return "\n".join(out)

    # front page and the "Next 5" page
    pages = [posts[i:i + PER_PAGE] for i in range(0, len(posts), PER_PAGE)]
    paths = ["/"]
    for chunk in pages[:-1]:
        last = chunk[-1].date
        nd = quote(f"{last.month}/{last.day}/{last.year} {last.hour}:{last:%M}:00", safe="")
        paths.append(f"/?nextdate={nd}&direction=n")
    for i, chunk in enumerate(pages):
        nav = []
        if i:
            nav.append(f'<a href="{paths[i - 1]}">« Previous {PER_PAGE}</a>')
        if i + 1 < len(pages):
            nav.append(f'<a href="{paths[i + 1]}">Next {PER_PAGE} »</a>')
        content = (f'<div class="blogbody">{day_groups(chunk)}</div>'
                   f'<div class="pager">{" | ".join(nav)}</div>')
        site.page(paths[i], layout(content))
        site.non_articles.append(paths[i])
    site.trap(f"the front page / shows the five newest posts in full under day headers; 'Next 5 »' {paths[1]} "
              "(Xanga's pager: the date of the last post shown) holds the three oldest: listings, not articles",
              paths[1])

    for a in posts:
        o = a.opts
        comments = []
        for k, (who, text, minutes, reply_to) in enumerate(comment_texts.get(a.path, [])):
            when = a.date + timedelta(minutes=minutes)
            cls = "comment reply" if reply_to else "comment"
            comments.append(
                f'<div class="{cls}" id="c{o["id"]}_{k}"><div class="commentbody">'
                + (f'<b>@{esc(reply_to)}:</b> ' if reply_to else "") + f'{esc(text)}</div>'
                f'<div class="commentfooter">Posted {us_time(when)} by <a href="{{{{base:offsite}}}}/xanga/{who}">'
                f'{who}</a> - <a href="javascript:void(0)">reply</a></div></div>')
        n = len(comments)
        comment_area = (f'<a name="comments"></a><div class="comments"><h3>Comments ({n})</h3>{"".join(comments)}</div>'
                        f'<a name="postcomment"></a><div class="postcomment"><h3>Post a Comment</h3>'
                        f'<p>You must be <a href="{{{{base:offsite}}}}/xanga/signin">signed in</a> to comment.</p></div>')
        content = (f'<div class="blogbody"><h2 class="blogheader">{viet_date(a.date)}</h2>{post_block(a, True)}'
                   f'{comment_area}</div><div class="pager"><a href="/">« Trang chủ</a></div>')
        site.page(a.path, layout(content, f'<link rel="canonical" href="{{{{base}}}}{a.path}">'))
        site.redirect(f"/{o['id']}/item/", a.path, 301)
        site.add_article(a)
    site.trap("every post's old address /<id>/item/ (the RSS <link>) answers 301 to /<id>/<slug>/: alias, not the path",
              posts[0].aliases[0])
    site.trap("<title> is the blog's name on every page; the post title is div.itemTitle (the only <h1> is the blog's "
              "name); the footer 'posted 11/4/2024 at 2:05 PM' is month-first (the skin's header says 'Thứ Hai, 4 "
              "tháng 11, 2024')", posts[0].path)

    # profile and subscriptions
    site.page("/profile/", layout(
        f'<div class="blogbody"><h2 class="blogheader">Hồ sơ của {USER}</h2><p>Liên minh Hợp tác xã tỉnh Cà Mau</p>'
        '<p>Điện thoại: 0290.3831.458</p><p>Sở thích: kinh tế tập thể, OCOP, tôm lúa</p></div>'))
    site.page("/subscriptions/", layout(
        '<div class="blogbody"><h2 class="blogheader">Các trang đăng ký</h2><ul>'
        '<li><a href="{{base:offsite}}/xanga/htxtanhung">htxtanhung</a></li>'
        '<li><a href="{{base:offsite}}/xanga/htx_songdoc">htx_songdoc</a></li></ul></div>'))
    site.non_articles += ["/profile/", "/subscriptions/"]

    def gmt(d: datetime) -> str:
        return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT"

    items = "".join(
        f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}/{a.opts['id']}/item/</link>"
        f"<guid isPermaLink=\"true\">{{{{base}}}}/{a.opts['id']}/item/</guid><pubDate>{gmt(a.date)}</pubDate>"
        f"<description>{esc(a.summary())}</description></item>" for a in posts)
    site.page("/rss", '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
              f"<title>{esc(BLOG)}</title><link>{{{{base}}}}/</link><description>Xanga blog of {USER}</description>"
              f"<language>vi</language>{items}</channel></rss>\n", content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /rss: every post, <link> the old /<id>/item/ address (a redirect), pubDate in GMT: a post at 6:40 AM "
              "on 2 November is 'Fri, 01 Nov 2024 23:40:00 GMT'", "/rss")
    site.static("/robots.txt", "User-agent: *\nDisallow: /private/\nDisallow: /signin\n")
    for a in posts:
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/photos/{USER}/{b.src}", image_for(b.src))
    site.binary(f"/avatars/{USER}.png", image_for("xanga-avatar"))
    return site
