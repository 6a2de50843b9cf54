"""Site `naver-htxbinhduong` (registry family `generic`): "Liên minh HTX tỉnh Bình Dương", a blog the Bình Dương
cooperative alliance's trade office opened on **Naver Blog** (네이버 블로그, the Korean host `blog.naver.com`: every blog
under `/<blogId>`, posts written in SmartEditor ONE, the skin's labels shown in Vietnamese, Korean left in the chrome);
the copy is of 12 December 2024. Written as a held-out test: no family module, no selectors.

What is an article here: a post. Its public address `/htxbinhduong/<logNo>` (what "URL 복사" copies and og:url
names) is only a frame: `<title>`, og metadata and an `<iframe id="mainFrame">` whose src is
`/PostView.naver?blogId=htxbinhduong&logNo=<n>&redirect=Dlog&widgetTypeCall=true&directAccess=false`; the post's text
is on `/PostView.naver?blogId=htxbinhduong&logNo=<n>` (the truth path: the page that carries the text and answers
200); the frame, the iframe src and the list's `…&from=postList&categoryNo=<c>` links are aliases. Not articles: the
blog home `/htxbinhduong` (a frame of the list), the "Xem tất cả bài viết" / category lists
`PostList.naver?from=postList&blogId=…&categoryNo=<n>&currentPage=<n>` (titles and dates, 5 a page: the oldest posts only
on `currentPage=2`), the profile/intro page `/profile/intro.naver?blogId=…`, the guestbook.

URL shapes: see above; no site map, RSS on another host (`rss.blog.naver.com`, the offsite sample); robots.txt keeps
crawlers out of `/PostWriteForm.naver` (the "Viết bài" button: never fetched).

Why it is hard: the text is inside an iframe; Naver prints every time in Korean time (KST, +09:00) and nowhere else:
`span.se_publishDate` "2024. 11. 29. 1:40" (no zero-padded hour, no zone, no metadata date) is 28 November 23:40 in
Việt Nam (the text says "tối 28/11"); the title is not a heading but `div.se-title-text > p > span`, and the PostView
`<title>` is the blog's name; the text is `div.se-main-container`: `se-component se-text` modules of `p.se-text-paragraph`
lines with empty ones holding a zero-width space, `se-sectionTitle` headings, `se-image` photos with their
`se-caption`, `se-table` cells, list modules; an `se-oglink` card previews another site's article (its title, summary
and domain are no text); around it the nickname (the account), "Đồng cảm" (공감) and "Bình luận" counts (the comments
load by script: nothing in the HTML), the category's other posts, the category list with counts.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso
from .richbody import RichArticle, parse_rich

SITE = "naver-htxbinhduong"
U = "htxbinhduong"
BLOG = "Liên minh HTX tỉnh Bình Dương"
NICK = "LMHTX Bình Dương"
INTRO = "Kênh thông tin của Liên minh Hợp tác xã tỉnh Bình Dương - kết nối HTX Việt Nam với doanh nghiệp Hàn Quốc"
CATS = {1: "Tin hoạt động", 2: "Thông báo", 3: "Mô hình HTX", 4: "Hợp tác Việt - Hàn"}
FURN = ["NAVER", "블로그", "Viết bài", "Thêm hàng xóm", "Danh mục bài viết", "Xem tất cả bài viết", "Đồng cảm", "Bình luận",
        "Sao chép URL", "Báo cáo", "Bài viết khác trong danh mục", "Xem hồ sơ", "Sổ lưu bút", "Xem danh sách", INTRO, "이 블로그", "© NAVER Corp."]


def kst(d: datetime) -> datetime:
    return d + timedelta(hours=2)


def kdate(d: datetime) -> str:
    k = kst(d)
    return f"{k.year}. {k.month}. {k.day}. {k.hour}:{k.minute:02d}"


def kday(d: datetime) -> str:
    k = kst(d)
    return f"{k.year}. {k.month}. {k.day}."


POSTS = [
    dict(no=223677104518, when=datetime(2024, 11, 28, 23, 40), cat=1, author="Ngọc Trâm", likes=17, ncom=3,
         title="Bế mạc Tuần lễ kết nối cung cầu sản phẩm HTX tỉnh Bình Dương năm 2024",
         body="""
Tối 28/11, tại Trung tâm Hội chợ triển lãm tỉnh, Liên minh HTX tỉnh Bình Dương bế mạc Tuần lễ kết nối cung cầu sản phẩm HTX năm 2024.
[img tuanle-ketnoi-1.png] Gian hàng của HTX Nông nghiệp Bình Mỹ tại Tuần lễ
Sau 5 ngày, Tuần lễ thu hút hơn 20.000 lượt khách, 26 biên bản ghi nhớ hợp tác được ký giữa HTX và doanh nghiệp.
Ngọc Trâm
""", notes=["written at 23:40 on 28 November in Việt Nam: the page prints Korean time '2024. 11. 29. 1:40' (no zone, "
            "no metadata date): published = 2024-11-28T23:40+07:00; 'Ngọc Trâm' -> author (the nickname is the account)"]),
    dict(no=223670911275, when=datetime(2024, 11, 21, 14, 0), cat=2, author=None, doc="38/TB-LMHTX", likes=5, ncom=0,
         title="Thông báo số 38/TB-LMHTX về việc đăng ký tham gia Hội chợ Nông sản Việt Nam tại Seoul",
         body="""
LIÊN MINH HTX TỈNH BÌNH DƯƠNG
Số: 38/TB-LMHTX
Bình Dương, ngày 20 tháng 11 năm 2024
Liên minh HTX tỉnh thông báo đến các HTX về việc đăng ký tham gia Hội chợ Nông sản Việt Nam tại Seoul (Hàn Quốc) từ ngày 12 đến 15/3/2025.
Hồ sơ đăng ký gồm:
* Phiếu đăng ký tham gia (theo mẫu);
* Danh mục sản phẩm, giấy chứng nhận OCOP (nếu có);
* Bản sao giấy chứng nhận đăng ký HTX.
Hạn đăng ký trước ngày 20/12/2024 tại Phòng Hỗ trợ phát triển HTX.
CHỦ TỊCH
Trần Văn Phước
""", notes=["a notice 'Số: 38/TB-LMHTX' dated 20/11 in its text, posted 21/11 16:00 KST (14:00 in Việt Nam); the "
            "signer is text, not author; a list module"]),
    dict(no=223664380962, when=datetime(2024, 11, 14, 9, 20), cat=3, author="Hoàng Yến", likes=29, ncom=5,
         title="HTX Nông nghiệp Lái Thiêu giữ thương hiệu măng cụt, sầu riêng miệt vườn",
         body="""
HTX Nông nghiệp Lái Thiêu (TP Thuận An) có 38 thành viên với 52 ha vườn cây ăn trái, chủ yếu là măng cụt, sầu riêng và dâu.
[img laithieu-1.png] Thành viên HTX chăm sóc vườn măng cụt
## Sản xuất theo chuẩn VietGAP
HTX áp dụng quy trình VietGAP trên 30 ha, được cấp mã số vùng trồng để xuất khẩu.
[img laithieu-2.png] Sầu riêng của HTX được đóng thùng chuẩn bị xuất khẩu
## Kết hợp du lịch miệt vườn
Mùa trái cây năm 2024, các vườn của thành viên đón khoảng 15.000 lượt khách tham quan.
Bài và ảnh: Hoàng Yến
""", notes=["photo story: captions are `se-caption` modules, headings `se-sectionTitle`; 'Bài và ảnh: Hoàng Yến' -> "
            "Hoàng Yến"]),
    dict(no=223657022841, when=datetime(2024, 11, 6, 10, 45), cat=4, author=None, likes=12, ncom=1,
         oglink=("Doanh nghiệp Hàn Quốc tìm nguồn hàng nông sản Việt Nam",
                 "Nhiều doanh nghiệp Hàn Quốc mong muốn hợp tác lâu dài với các hợp tác xã Việt Nam…", "baobinhduong.vn"),
         title="Doanh nghiệp Hàn Quốc khảo sát vùng nguyên liệu của các HTX Bình Dương",
         body="""
Ngày 5/11, đoàn doanh nghiệp Hàn Quốc do Hiệp hội Thương mại Hàn - Việt dẫn đầu đã khảo sát vùng nguyên liệu của 4 HTX trên địa bàn tỉnh.
Đoàn quan tâm đến các sản phẩm trái cây tươi, hạt điều và sản phẩm sơn mài.
Theo Báo Bình Dương
""", notes=["a reprint ('Theo Báo Bình Dương'): no author; an `se-oglink` card previews the newspaper's article "
            "(title, summary, domain): no text"]),
    dict(no=223649551307, when=datetime(2024, 10, 29, 15, 30), cat=1, author=None, likes=8, ncom=0,
         title="Kết quả hoạt động của khu vực kinh tế tập thể 10 tháng năm 2024",
         body="""
Đến cuối tháng 10/2024, toàn tỉnh Bình Dương có 198 HTX và 4 liên hiệp HTX đang hoạt động.
| Chỉ tiêu | 10 tháng 2024 | Cùng kỳ 2023 |
| Số HTX thành lập mới | 14 | 11 |
| Tổng số thành viên | 12.460 | 11.980 |
| Doanh thu bình quân/HTX (tỷ đồng) | 4,8 | 4,3 |
Nguồn: Phòng Tổng hợp, Liên minh HTX tỉnh
""", notes=["a `se-table` (one line per row); 'Nguồn: …' is no author"]),
    dict(no=223641287730, when=datetime(2024, 10, 21, 8, 0), cat=3, author="Minh Khoa", likes=14, ncom=2,
         title="HTX Sơn mài Tương Bình Hiệp đưa sản phẩm truyền thống ra thế giới",
         body="""
HTX Sơn mài Tương Bình Hiệp (TP Thủ Dầu Một) hiện có 25 thành viên là các nghệ nhân, thợ lành nghề của làng sơn mài truyền thống.
Mỗi năm HTX xuất khẩu khoảng 6.000 sản phẩm sang Hàn Quốc, Nhật Bản và châu Âu.
HTX đang tập trung vào các nhóm sản phẩm:
* Tranh sơn mài khảm trứng, khảm vỏ ốc;
* Hộp, khay, bình sơn mài phục vụ quà tặng;
* Đồ trang trí nội thất theo đơn đặt hàng.
Minh Khoa
""", notes=["a list module; 'Minh Khoa' -> author"]),
    dict(no=223633905116, when=datetime(2024, 10, 10, 16, 20), cat=1, author="Thùy Dung", likes=6, ncom=0,
         title="Tập huấn kỹ năng xúc tiến thương mại cho cán bộ HTX",
         body="""
Từ ngày 8 đến 10/10, Liên minh HTX tỉnh tổ chức lớp tập huấn kỹ năng xúc tiến thương mại cho 50 cán bộ quản lý HTX.
Học viên được hướng dẫn xây dựng hồ sơ sản phẩm, chuẩn bị tham gia hội chợ và đàm phán với đối tác nước ngoài.
Thùy Dung
""", notes=["the oldest posts are only on the lists' second page (currentPage=2) and their category's list; "
            "'Thùy Dung' -> author"]),
    dict(no=223625478893, when=datetime(2024, 9, 30, 7, 30), cat=4, author=None, likes=21, ncom=4,
         title="Ký kết hợp tác giữa Liên minh HTX tỉnh và Hiệp hội Doanh nghiệp Hàn Quốc tại Bình Dương",
         body="""
Sáng 29/9, Liên minh HTX tỉnh Bình Dương và Hiệp hội Doanh nghiệp Hàn Quốc tại Bình Dương ký kết chương trình hợp tác giai đoạn 2024 - 2027.
Hai bên thống nhất hỗ trợ HTX tiếp cận công nghệ sau thu hoạch, đào tạo nhân lực và kết nối tiêu thụ sản phẩm.
Ban Biên tập
""", notes=["closing line 'Ban Biên tập' names the office: text, no author"]),
]


def lines_of(markup: str) -> list[str]:
    return [x for b in parse_rich(markup) for x in b.lines()]


def se_par(text: str, rich: bool = True) -> str:
    inner = inline_html(text) if rich else esc(text)
    return (f'<p class="se-text-paragraph se-text-paragraph-align-left" style=""><span style="" '
            f'class="se-fs-fs15 se-ff-nanumgothic">{inner}</span></p>')


ZW = ('<p class="se-text-paragraph se-text-paragraph-align-left" style=""><span style="" '
      'class="se-fs-fs15 se-ff-nanumgothic">\u200b</span></p>')


def se_text(pars: list[str]) -> str:
    return ('<div class="se-component se-text se-l-default"><div class="se-component-content"><div class="se-section '
            'se-section-text se-l-default"><div class="se-module se-module-text">' + "".join(pars)
            + '</div></div></div></div>')


def body_html(p: dict) -> str:
    out = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(se_text(run[:]))
            run.clear()

    for b in parse_rich(p["body"]):
        if b.kind == "p":
            run += [se_par(b.text), ZW]
        elif b.kind in ("ul", "ol"):
            kind = "bullet-disc" if b.kind == "ul" else "number-decimal"
            tag = "ul" if b.kind == "ul" else "ol"
            run.append(f'<{tag} class="se-text-list se-text-list-type-{kind}">'
                       + "".join(f'<li class="se-text-list-item">{se_par(x)}</li>' for x in b.items) + f"</{tag}>")
        elif b.kind == "h":
            flush()
            out.append('<div class="se-component se-sectionTitle se-l-default"><div class="se-component-content">'
                       '<div class="se-section se-section-sectionTitle se-l-default"><div class="se-module se-module-text">'
                       + se_par(b.text, False) + '</div></div></div></div>')
        elif b.kind == "img":
            flush()
            src = f"/postfiles/20241114_{p['no'] % 1000}/{b.src}"
            cap = (f'<div class="se-module se-module-text se-caption">{se_par(b.text)}</div>' if b.text else "")
            out.append('<div class="se-component se-image se-l-default"><div class="se-component-content '
                       'se-component-content-fit"><div class="se-section se-section-image se-l-default '
                       'se-section-align-"><div class="se-module se-module-image" style="">'
                       f'<a class="se-module-image-link __se_image_link __se_link" data-linktype="img">'
                       f'<img src="{src}" data-lazy-src="{src}" alt="" class="se-image-resource egjs-visible"></a></div>'
                       f'{cap}</div></div></div>')
        elif b.kind == "table":
            flush()
            rows = "".join('<tr class="se-tr">' + "".join(
                f'<td class="se-cell" colspan="1" rowspan="1"><div class="se-module se-module-text">{se_par(c, False)}'
                f'</div></td>\n' for c in r) + "</tr>" for r in b.rows)
            out.append('<div class="se-component se-table se-l-default"><div class="se-component-content">'
                       '<div class="se-section se-section-table se-l-default"><div class="se-table-container">'
                       f'<table class="se-table-content"><tbody>{rows}</tbody></table></div></div></div></div>')
    flush()
    if p.get("oglink"):
        t, d, dom = p["oglink"]
        card = ('<div class="se-component se-oglink se-l-large_image"><div class="se-component-content">'
                '<div class="se-section se-section-oglink se-l-large_image se-section-align-center">'
                f'<div class="se-module se-module-oglink"><a href="{{{{base:offsite}}}}/tin-tuc/bai-viet-1.html" '
                'class="se-oglink-info __se_link" target="_blank"><div class="se-oglink-info-container">'
                f'<strong class="se-oglink-title">{esc(t)}</strong><p class="se-oglink-summary">{esc(d)}</p>'
                f'<p class="se-oglink-url">{esc(dom)}</p></div></a></div></div></div></div>')
        out.append(card)  # the card is the last component, after the "Theo Báo …" line
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-duong", f"{BLOG} (Naver Blog)", "generic", None,
                     start_urls=["{{base:%s}}/%s" % (SITE, U)])
    site.extra_boilerplate += FURN
    posts = sorted(POSTS, key=lambda p: p["when"], reverse=True)
    for p in posts:
        p["path"] = f"/PostView.naver?blogId={U}&logNo={p['no']}"
        p["frame"] = f"/{U}/{p['no']}"
        p["src"] = f"/PostView.naver?blogId={U}&logNo={p['no']}&redirect=Dlog&widgetTypeCall=true&directAccess=false"
        p["listed"] = f"/PostView.naver?blogId={U}&logNo={p['no']}&from=postList&categoryNo={p['cat']}"

    def plist(cat: int, page: int) -> str:
        return f"/PostList.naver?from=postList&blogId={U}&categoryNo={cat}&currentPage={page}"

    def sidebar(active: int | None = None) -> str:
        cats = "".join(f'<li class="{"on" if c == active else ""}"><a href="{plist(c, 1)}" class="itemfont _doNclick">'
                       f'{esc(n)}</a><span class="num cnt{c}">({sum(1 for p in posts if p["cat"] == c)})</span></li>'
                       for c, n in CATS.items())
        return f"""<div id="blog-profile" class="blog2_profile"><div class="bi_img"><img src="/profile/htxbinhduong.png" width="161" height="161" alt=""></div>
<p class="nick"><strong id="nickNameArea">{esc(NICK)}</strong> <span class="itemfont">({U})</span></p>
<p class="caption"><span class="itemfont">{esc(INTRO)}</span></p>
<div class="btn_area"><a href="/profile/intro.naver?blogId={U}" class="btn_prof">Xem hồ sơ</a>
<a href="{{{{base:offsite}}}}/naver/buddy" class="btn_buddy">Thêm hàng xóm</a> <a href="/PostWriteForm.naver?blogId={U}" class="btn_write" rel="nofollow">Viết bài</a></div></div>
<div id="category-list" class="blog2_category"><h3 class="category_title">Danh mục bài viết</h3>
<ul><li class="allview"><a href="{plist(0, 1)}">Xem tất cả bài viết</a><span class="num">({len(posts)})</span></li>{cats}</ul></div>
<div class="blog2_guestbook"><a href="/guestbook/GuestBookList.naver?blogId={U}">Sổ lưu bút</a></div>"""

    def inner(title: str, main: str, active: int | None = None) -> str:
        return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta name="robots" content="noindex,nofollow">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/css/blog/blog2_postview.css">
<script src="/js/blog/postview.js"></script>
</head>
<body class="se_body">
<div id="whole-border"><div id="whole-body">
<div id="gnb" class="gnb_area"><a href="{{{{base:offsite}}}}/naver/" class="gnb_logo">NAVER</a> <a href="{{{{base:offsite}}}}/naver/blog" class="gnb_blog">블로그</a></div>
<div id="blog-title" class="blog2_title"><a href="/{U}" target="_top" class="pcol1">{esc(BLOG)}</a></div>
<div id="blog-menu" class="blog2_menu"><a href="/{U}" target="_top" class="menu1">이 블로그</a> <a href="{plist(0, 1)}" class="menu2">Xem tất cả bài viết</a></div>
<div id="content-area"><div id="post-area" class="blog2_post_area">
{main}
</div>
<div id="sidebar" class="blog2_sidebar">{sidebar(active)}</div></div>
<div id="footer" class="blog2_footer"><p>© NAVER Corp.</p></div>
</div></div>
</body>
</html>
"""

    def frame(path: str, title: str, src: str, head: str = "") -> None:
        html = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
{head}
<link rel="alternate" type="application/rss+xml" title="RSS" href="{{{{base:offsite}}}}/rss/{U}.xml">
<script src="/js/blog/frame.js"></script>
</head>
<body>
<div id="wrap"><iframe id="mainFrame" name="mainFrame" src="{src}" title="본문 영역" width="100%" height="100%" frameborder="0" scrolling="auto"></iframe></div>
</body>
</html>
"""
        if path == f"/{U}":  # the home's path is also the posts' folder: served by a route, not a file
            file = f"_routes/{U}-home.html"
            site.routes.append({"path": path, "file": file})
            site.files[file] = html.encode("utf-8")
            site.html_pages[path] = html
        else:
            site.page(path, html)

    def title_table(items: list[dict]) -> str:
        return "".join(f'<tr><td class="title"><div class="wrap_td"><span class="ell2 pcol2">'
                       f'<a href="{p["listed"]}" class="pcol2 _setTop">{esc(p["title"])}</a></span></div></td>'
                       f'<td class="date"><div class="wrap_td"><span class="date pcol2">{kday(p["when"])}</span></div></td></tr>'
                       for p in items)

    for i, p in enumerate(posts):
        others = [q for q in posts if q["cat"] == p["cat"] and q is not p][:4]
        other_rows = "".join(f'<li><a href="{q["path"]}">{esc(q["title"])}</a> <span class="date">{kday(q["when"])}</span></li>'
                             for q in others)
        nav = ""
        if i + 1 < len(posts):
            nav += f'<a href="{posts[i + 1]["path"]}" class="_prev">이전글</a> '
        if i:
            nav += f'<a href="{posts[i - 1]["path"]}" class="_next">다음글</a>'
        main = f"""<div class="blog2_topList"><a href="javascript:void(0)" class="btn_openlist pcol2 _toggleTopList">Xem danh sách</a></div>
<div id="postListBody"><div id="post_{p['no']}" class="post _post_wrap _param(1)">
<div id="post-view{p['no']}" class="post-view pcol2 _param(1) _postViewArea{p['no']}">
<div class="se-viewer se-theme-default" lang="ko-KR">
<div class="se-component se-documentTitle se-l-default"><div class="se-component-content"><div class="se-section se-section-documentTitle se-l-default se-section-align-left">
<div class="blog2_series"><a href="{plist(p['cat'], 1)}" class="pcol2">{esc(CATS[p['cat']])}</a></div>
<div class="se-module se-module-text se-title-text"><p class="se-text-paragraph se-text-paragraph-align-left"><span class="se-fs- se-ff-nanumbareungothic">{esc(p['title'])}</span></p></div>
<div class="blog2_container"><span class="blog2_nickname"><span class="nick"><a href="/{U}" target="_top" class="link pcol2">{esc(NICK)}</a></span></span>
<span class="se_publishDate pcol2">{kdate(p['when'])}</span>
<a href="/{U}/{p['no']}" target="_top" class="url pcol2 _setClipboard">Sao chép URL</a> <a href="javascript:void(0)" class="btn_report">Báo cáo</a></div>
</div></div></div>
<div class="se-main-container">
{body_html(p)}
</div>
</div>
</div>
<div class="wrap_postcomment"><div class="area_sympathy"><a href="javascript:void(0)" class="u_likeit_list_btn _button pcol2" data-type="like">
<span class="u_ico _icon"></span><em class="u_txt _label">Đồng cảm</em> <em class="u_cnt _count">{p['likes']}</em></a></div>
<div class="area_comment"><a href="javascript:void(0)" class="btn_comment _cmtList pcol2"><em>Bình luận</em> <em class="_commentCount">{p['ncom']}</em></a></div>
<div id="naverComment_201_{p['no']}" class="_naverCommentArea"></div></div>
<div class="post_footer_contents"><h4 class="title_related">Bài viết khác trong danh mục <a href="{plist(p['cat'], 1)}">{esc(CATS[p['cat']])}</a></h4>
<ul class="list_related">{other_rows}</ul></div>
<div class="post_navi">{nav}</div>
</div></div>"""
        site.page(p["path"], inner(f"{BLOG} : 네이버 블로그", main, p["cat"]))
        site.same_page(p["src"], p["path"])
        site.same_page(p["listed"], p["path"])
        first = lines_of(p["body"])[0]
        frame(p["frame"], f"{p['title']} : 네이버 블로그", p["src"],
              f'<meta property="og:title" content="{attr(p["title"])}">\n<meta property="og:type" content="article">\n'
              f'<meta property="og:url" content="{{{{base}}}}/{U}/{p["no"]}">\n'
              f'<meta property="og:description" content="{attr(first[:100])}">\n'
              f'<meta property="og:image" content="{{{{base}}}}/profile/htxbinhduong.png">\n'
              f'<meta property="naverblog:nickname" content="{attr(NICK)}">')
        a = RichArticle(path=p["path"], title=p["title"], date=p["when"], body=p["body"], author=p["author"],
                        published=iso(p["when"]), published_source="date-element", evidence=["date-element"],
                        doc_number=p.get("doc"), notes=p["notes"], aliases=[p["frame"], p["src"], p["listed"]])
        site.add_article(a)
        if p.get("oglink"):
            site.extra_boilerplate += [p["oglink"][0], p["oglink"][1]]
    site.trap("a post's public address /htxbinhduong/<logNo> is a frame (title, og metadata, an iframe): the text is "
              "on /PostView.naver?blogId=…&logNo=<n>; the frame, the iframe src (…&redirect=Dlog&widgetTypeCall=true"
              "&directAccess=false) and the lists' …&from=postList&categoryNo=<c> links are aliases", posts[0]["frame"])
    site.trap("the PostView <title> is the blog's name; the post's title is div.se-title-text (no heading)",
              posts[1]["path"])
    site.trap("empty SmartEditor paragraphs hold a zero-width space (U+200B) between the lines: no lines",
              posts[2]["path"])

    # lists: 5 a page
    def listing(path: str, title: str, main: str, active: int | None = None) -> None:
        site.page(path, inner(title, main, active))
        site.non_articles.append(path)

    for c in [0, *CATS]:
        items = [p for p in posts if c == 0 or p["cat"] == c]
        pages = [items[i:i + 5] for i in range(0, len(items), 5)]
        for k, chunk in enumerate(pages):
            pager = "".join(f'<a href="{plist(c, n + 1)}" class="page{" on" if n == k else ""}">{n + 1}</a> '
                            for n in range(len(pages)))
            name = "Xem tất cả bài viết" if c == 0 else CATS[c]
            main = (f'<div class="blog2_categorylist"><h3 class="category_title pcol2">{esc(name)} '
                    f'<span class="num">{len(items)} bài viết</span></h3>'
                    '<a href="javascript:void(0)" class="btn_openlist pcol2 _toggleTopList">Đóng danh sách</a>'
                    f'<table class="blog2_list blog2_categorylist"><caption>Xem danh sách</caption><tbody>{title_table(chunk)}'
                    f'</tbody></table><div class="blog2_paginate">{pager}</div></div>')
            listing(plist(c, k + 1), f"{BLOG} : 네이버 블로그", main, c or None)
    site.trap("the lists PostList.naver?from=postList&blogId=…&categoryNo=<n>&currentPage=<n> show 5 titles a page, "
              "dates '2024. 11. 29.' in KST: the oldest posts only on currentPage=2", plist(0, 2))
    # the home: a frame of the newest post's view under the title list
    home_src = f"/PostList.naver?blogId={U}&widgetTypeCall=true&noTrackingCode=true&directAccess=true"
    newest = posts[0]
    home_main = (f'<div class="blog2_categorylist"><h3 class="category_title pcol2">Xem tất cả bài viết '
                 f'<span class="num">{len(posts)} bài viết</span></h3><table class="blog2_list"><tbody>'
                 f'{title_table(posts[:5])}</tbody></table><div class="blog2_paginate"><a href="{plist(0, 1)}" '
                 f'class="page on">1</a> <a href="{plist(0, 2)}" class="page">2</a></div></div>'
                 f'<div class="post_first"><p class="se_publishDate pcol2">{kdate(newest["when"])}</p>'
                 f'<p class="post_first_title"><a href="{newest["path"]}">{esc(newest["title"])}</a></p>'
                 f'<div class="se-main-container">{body_html(newest)}</div></div>')
    listing(home_src, f"{BLOG} : 네이버 블로그", home_main)
    frame(f"/{U}", f"{BLOG} : 네이버 블로그", home_src,
          f'<meta property="og:title" content="{attr(BLOG)}">\n<meta property="og:url" content="{{{{base}}}}/{U}">\n'
          f'<meta property="og:description" content="{attr(INTRO)}">')
    site.non_articles.append(f"/{U}")
    site.trap("the blog home /htxbinhduong is a frame of PostList.naver?…&widgetTypeCall=true: the title list and the "
              "newest post in full (a listing)", f"/{U}")
    listing(f"/profile/intro.naver?blogId={U}", f"{NICK} : 네이버 블로그",
            f'<div class="profile_intro"><h3>Hồ sơ</h3><p>{esc(INTRO)}</p><p>Địa chỉ: Tầng 6, Tòa nhà Trung tâm Hành chính '
            f'tỉnh Bình Dương, TP Thủ Dầu Một</p></div>')
    listing(f"/guestbook/GuestBookList.naver?blogId={U}", f"{BLOG} : 네이버 블로그",
            '<div class="guestbook"><h3>Sổ lưu bút</h3><p class="empty">Chưa có lời nhắn nào.</p></div>')
    write = f"/PostWriteForm.naver?blogId={U}"
    site.page(write, inner("로그인", '<p class="login_required">로그인이 필요합니다.</p>'))
    site.never_fetched.append(write)
    site.trap("robots.txt disallows /PostWriteForm.naver (the 'Viết bài' button on every page): never fetched", write)
    site.static("/robots.txt", "User-agent: *\nDisallow: /PostWriteForm.naver\nDisallow: /BuddyAdd.naver\n")
    for p in posts:
        for b in parse_rich(p["body"]):
            if b.kind == "img":
                src = f"/postfiles/20241114_{p['no'] % 1000}/{b.src}"
                site.binary(src, image_for(src))
    return site
