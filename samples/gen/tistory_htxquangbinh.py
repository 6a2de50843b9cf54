"""Site `tistory-htxquangbinh` (registry family `generic`): "Liên minh HTX Quảng Bình", a blog the Quảng Bình
cooperative alliance's office opened on **Tistory** (Kakao's blog service; the stock skin "Odyssey", the new
editor, the post URL setting "숫자" (numbers), Kakao AdFit units switched on; the copy is of 10 December 2024, before
Quảng Bình merged into Quảng Trị). Written as a held-out test: no family module, no selectors.

What is an article here: a post `/<n>` (the numbers count every post, notice and deleted draft of the blog, so they
have gaps). Not articles: the blog notice `/notice/<n>` (an about text), a password-protected post (보호글: the title
and a password form only), the home and its `?page=`, categories, tags, the guestbook.

URL shapes: a post `/<n>`; the same page at `/<n>?category=<id>` (how category listings and the "Related Articles"
box link posts: aliases) and at `/m/<n>` (the old mobile-web address: a 301 to `/<n>`, an alias); the home `/`
with `/?page=2` (5 posts a page: the oldest ones only there and on `/category?page=2`, "분류 전체보기"); categories
`/category/<name>` (percent-encoded, `%20` for spaces, `?page=2`), tags `/tag/<tag>`, the tag cloud `/tag`,
`/guestbook`, the notice `/notice/16`, RSS `/rss` (every post, `pubDate` in +0900), `/sitemap.xml`; the skin's
"관리자" link goes to `/manage`, which robots.txt disallows (never fetched).

Why it is hard: Tistory prints every time in Korean time (KST, +09:00), the skin as "2024. 11. 25. 11:00" (no zone),
the head as `article:published_time` / JSON-LD `datePublished` "…+09:00": the true time in Vietnam is two hours
earlier (one post shows "2024. 11. 15. 01:30", the 14th at 23:30 in Hà Nội, about "Tối 14/11"). The post's text sits
in `div.tt_article_useless_p_margin.contents_style` inside `div.article_view`, which also holds what Tistory injects
around it: AdFit units ("728x90", "반응형"), the reaction/share/subscribe buttons and CCL marks
(`div.container_postbtn`: "공유하기", "게시글 관리", "저작자표시"…), and the box "'<category>' 카테고리의 다른 글"
with other posts' titles and dates. The `<span class="author">` under the title is the blog's nickname (the office),
never the author: the author is the closing byline of the text when it names a person. A PDF is a Tistory file
block (`figure.fileblock`, the name in `span.name`, the size beside it). Comments (with the owner's answer) follow.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "tistory-htxquangbinh"
BLOG = "Liên minh HTX Quảng Bình"
NICK = "LMHTX Quảng Bình"
DESC = "Blog thông tin hoạt động kinh tế tập thể, hợp tác xã tỉnh Quảng Bình"
HOST = "htxquangbinh.tistory.com"
PER_PAGE = 5
CATS = {"Tin hoạt động": 1093540, "Thông báo": 1093541, "Mô hình HTX": 1093542, "Kiến thức HTX": 1093543}
FURN = ["728x90", "반응형", "공유하기", "게시글 관리", "구독하기", "저작자표시", "비영리", "변경금지",
        "카테고리의 다른 글", "Related Articles", "DESIGN BY TISTORY", "관리자", "분류 전체보기", "Bài viết mới",
        "Chuyên mục", "Thẻ", "Lượt truy cập", "Hôm nay", "Hôm qua", "Tổng cộng", "댓글", "답글", "Secret", "등록",
        "Số 2 Quang Trung, TP Đồng Hới, tỉnh Quảng Bình - ĐT: 0232.3822.517"]


def kst(d: datetime) -> datetime:
    return d + timedelta(hours=2)


def kiso(d: datetime) -> str:
    return f"{kst(d):%Y-%m-%dT%H:%M:%S}+09:00"


def kdot(d: datetime, clock: bool = True) -> str:
    k = kst(d)
    s = f"{k.year}. {k.month}. {k.day}."
    return f"{s} {k:%H:%M}" if clock else s


def cat_path(c: str) -> str:
    return "/category/" + quote(c, safe="")


def h(text: str, n: int = 8) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(n: int, d: datetime, cat: str, tags: list[str], **opts) -> dict:
        return dict(path=f"/{n}", date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata", "date-element", "listing"], opts={"n": n, "cat": cat, "tags": tags, **opts})

    return [
        A(title="Thông báo số 45/TB-LMHTX về việc mời tham dự Diễn đàn HTX tỉnh Quảng Bình năm 2024",
          body="""
LIÊN MINH HTX TỈNH QUẢNG BÌNH
Số: 45/TB-LMHTX
Quảng Bình, ngày 29 tháng 11 năm 2024
Liên minh HTX tỉnh tổ chức Diễn đàn HTX tỉnh Quảng Bình năm 2024 với chủ đề "HTX với chuyển đổi số và tiêu thụ sản phẩm".
Thời gian: 8 giờ 00 ngày 17/12/2024; địa điểm: Hội trường Liên minh HTX tỉnh, số 2 Quang Trung, TP Đồng Hới.
Đề nghị các HTX cử đại diện lãnh đạo tham dự và đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 12/12/2024.
CHỦ TỊCH
Trương Văn Bình
""", author=None, doc_number="45/TB-LMHTX",
          attachments=[{"path": "/attachment/cfile23.uf@99A1C2335C8F1B2A1D.pdf", "text": "TB-45-LMHTX-2024.pdf"}],
          notes=["notice 'Số: 45/TB-LMHTX' dated 29/11 in its text, shown '2024. 12. 2. 16:10' and "
                 "article:published_time '2024-12-02T16:10:00+09:00' (KST): published 2024-12-02 14:10 +07:00; the PDF "
                 "is a Tistory file block (figure.fileblock: span.name 'TB-45-LMHTX-2024.pdf', then its size): an "
                 "attachment, not text; the signer is text, no author"],
          **at(21, datetime(2024, 12, 2, 14, 10), "Thông báo", ["Diễn đàn HTX", "HTX"])),
        A(title="Ảnh: HTX Nước mắm Bảo Ninh vào mùa chế biến",
          body="""
Những ngày cuối tháng 11, HTX Nước mắm Bảo Ninh (TP Đồng Hới) tất bật thu mua cá cơm để ủ chượp cho vụ nước mắm mới.
[img bao-ninh-1.png] Thành viên HTX phân loại cá cơm vừa được ngư dân đưa lên bờ
[img bao-ninh-2.png] Các thùng gỗ ủ chượp của HTX theo phương pháp truyền thống
[img bao-ninh-3.png] Nước mắm Bảo Ninh được đóng chai, dán tem truy xuất nguồn gốc
Mỗi năm HTX cung ứng ra thị trường khoảng 120.000 lít nước mắm, doanh thu trên 6 tỷ đồng.
Bài và ảnh: Đặng Thu Hà
""", author="Đặng Thu Hà",
          notes=["photo story: three Tistory image blocks (figure.imageblock), their <figcaption> lines of the text; "
                 "'Bài và ảnh: Đặng Thu Hà' -> author; shown '2024. 11. 25. 11:00' (KST) = 09:00 in Vietnam"],
          **at(20, datetime(2024, 11, 25, 9, 0), "Mô hình HTX", ["OCOP", "Quảng Bình"])),
        A(title="HTX Dịch vụ nông nghiệp Võ Ninh ký hợp đồng bao tiêu lúa chất lượng cao",
          body="""
Tối 14/11, HTX Dịch vụ nông nghiệp Võ Ninh (huyện Quảng Ninh) đã ký hợp đồng bao tiêu 180 ha lúa chất lượng cao vụ Đông Xuân 2024 - 2025 với một doanh nghiệp chế biến gạo.
Theo hợp đồng, doanh nghiệp cung ứng giống, phân bón trả chậm và thu mua lúa cao hơn giá thị trường 300 đồng/kg.
HTX chịu trách nhiệm hướng dẫn thành viên sản xuất theo quy trình và tập kết lúa khi thu hoạch.
""", author=None,
          notes=["shown '2024. 11. 15. 01:30' and '2024-11-15T01:30:00+09:00' (KST): in Vietnam 2024-11-14 23:30, the "
                 "evening the text tells of ('Tối 14/11'): a KST reading puts it on the 15th; no byline: no author"],
          **{**at(18, datetime(2024, 11, 14, 23, 30), "Tin hoạt động", ["HTX"]),
             "evidence": ["metadata", "date-element"]}),
        A(title="Tình hình hoạt động của HTX tỉnh Quảng Bình 10 tháng năm 2024",
          body="""
Đến hết tháng 10/2024, toàn tỉnh có 512 HTX đang hoạt động với hơn 68.000 thành viên.
| Loại hình | Số HTX | Doanh thu bình quân (triệu đồng) | Lãi bình quân (triệu đồng) |
| Nông nghiệp | 344 | 1.850 | 142 |
| Công nghiệp, xây dựng | 52 | 4.320 | 265 |
| Thương mại, dịch vụ | 71 | 3.140 | 198 |
| Quỹ tín dụng nhân dân | 45 | 9.760 | 610 |
Liên minh HTX tỉnh tiếp tục hỗ trợ các HTX nông nghiệp ứng dụng công nghệ cao trong những tháng cuối năm.
Ban Tổng hợp - Liên minh HTX tỉnh
""", author=None,
          notes=["a Tistory editor table (td cells only, the first row the header): one line per row; closed by 'Ban "
                 "Tổng hợp - Liên minh HTX tỉnh' (an office: text, no author)"],
          **at(17, datetime(2024, 11, 6, 10, 0), "Tin hoạt động", ["HTX", "Quảng Bình"])),
        A(title="Hướng dẫn HTX xây dựng phương án sản xuất, kinh doanh",
          body="""
Phương án sản xuất, kinh doanh là căn cứ để HTX tổ chức hoạt động và tiếp cận các chính sách hỗ trợ của Nhà nước.
## Nội dung chính của phương án
* Ngành, nghề sản xuất, kinh doanh và sản phẩm, dịch vụ chủ lực;
* Nhu cầu của thành viên và khả năng đáp ứng của HTX;
* Kế hoạch vốn, lao động và hiệu quả dự kiến.
## Trình tự thông qua
Hội đồng quản trị xây dựng dự thảo, lấy ý kiến thành viên và trình Đại hội thành viên thông qua.
Trần Minh Quân
""", author="Trần Minh Quân",
          notes=["<h3 data-ke-size='size23'> headings and a list; the bare name 'Trần Minh Quân' closes it -> author"],
          **at(15, datetime(2024, 10, 28, 15, 20), "Kiến thức HTX", ["Luật HTX 2023", "HTX"])),
        A(title="HTX Khoai deo Hải Ninh đưa sản phẩm lên sàn thương mại điện tử",
          body="""
HTX Khoai deo Hải Ninh (huyện Quảng Ninh) đã mở gian hàng trên hai sàn thương mại điện tử, mỗi tháng bán được hơn 2 tấn khoai deo.
Sản phẩm khoai deo của HTX đạt chuẩn OCOP 3 sao và được nhiều khách du lịch chọn làm quà.
HTX đang đào tạo thêm thành viên trẻ làm livestream bán hàng.
Theo Báo Quảng Bình
""", author=None,
          notes=["a reprint closed by 'Theo Báo Quảng Bình': no author; two comments and the owner's answer under it"],
          **at(14, datetime(2024, 10, 16, 8, 45), "Mô hình HTX", ["OCOP", "chuyển đổi số"],
               comments=[("Hoàng Nga", "Khoai deo Hải Ninh ngon lắm, mua ở đâu vậy ạ?", datetime(2024, 10, 16, 12, 20)),
                         (NICK, "Chị tìm gian hàng HTX Khoai deo Hải Ninh trên sàn nhé.", datetime(2024, 10, 16, 14, 2)),
                         ("Minh Tuấn", "Chúc HTX ngày càng phát triển!", datetime(2024, 10, 17, 21, 40))])),
        A(title="HTX Mây tre đan Lệ Thủy mở rộng thị trường xuất khẩu",
          body="""
HTX Mây tre đan Lệ Thủy hiện có 64 thành viên, tạo việc làm thường xuyên cho hơn 150 lao động nông thôn.
Năm 2024, HTX xuất khẩu 12 container sản phẩm sang Nhật Bản và Hàn Quốc, tăng 30% so với năm trước.
Phan Văn Lộc
""", author="Phan Văn Lộc",
          notes=["an older post: only on the home's second page /?page=2, /category?page=2, its category and the RSS; "
                 "'Phan Văn Lộc' -> author"],
          **at(12, datetime(2024, 10, 3, 16, 0), "Mô hình HTX", ["Quảng Bình"])),
        A(title="Liên minh HTX tỉnh tập huấn nghiệp vụ kế toán cho HTX",
          body="""
Từ ngày 17 đến 19/9, Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho 50 cán bộ kế toán HTX.
Học viên được cập nhật chế độ kế toán HTX theo Thông tư số 71/2019/TT-BTC và cách lập báo cáo tài chính.
Tin: Lê Thị Hằng
""", author="Lê Thị Hằng",
          notes=["the oldest post: only on /?page=2, /category?page=2, its category and the RSS; 'Tin: Lê Thị Hằng' -> author"],
          **at(11, datetime(2024, 9, 19, 9, 30), "Tin hoạt động", ["HTX"])),
    ]


def img_src(name: str) -> str:
    return f"/dn/{h(name, 11)}/img.png"


def body_html(a: RichArticle) -> str:
    out = []
    for b in parse_rich(a.body):
        if b.kind == "p":
            out.append(f'<p data-ke-size="size16">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f'<h3 data-ke-size="size23">{esc(b.text)}</h3>')
        elif b.kind in ("ul", "ol"):
            t = "disc" if b.kind == "ul" else "decimal"
            out.append(f'<{b.kind} style="list-style-type: {t};" data-ke-list-type="{t}">'
                       + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            out.append('<table style="border-collapse: collapse; width: 100%;" border="1" data-ke-align="alignLeft" '
                       'data-ke-style="style12"><tbody>' + "".join(
                           "<tr>" + "\n".join(f'<td style="width: 25%;">{esc(c)}</td>' for c in r) + "</tr>"
                           for r in b.rows) + "</tbody></table>")
        elif b.kind == "img":
            src = img_src(b.src)
            out.append(f'<figure class="imageblock alignCenter" data-ke-mobileStyle="widthOrigin" data-filename="{b.src}" '
                       f'data-origin-width="1200" data-origin-height="800"><span data-url="{src}" data-phocus="{src}">'
                       f'<img src="{src}" loading="lazy" width="1200" height="800" data-filename="{b.src}" '
                       f'data-origin-width="1200" data-origin-height="800"/></span>'
                       + (f"<figcaption>{esc(b.text)}</figcaption>" if b.text else "") + "</figure>")
    return "\n".join(out)


HTML = "text/html; charset=utf-8"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-binh", f"{BLOG} (Tistory)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/rss" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    add_page = site.page

    def page(path: str, content: str, **kw) -> None:
        add_page(path, content, **(kw or {"content_type": HTML}))
    site.page = page  # type: ignore[method-assign]
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    protected = dict(n=19, title="Biên bản họp Ban Chấp hành mở rộng quý IV/2024", date=datetime(2024, 11, 20, 17, 0),
                     cat="Thông báo")
    tags = sorted({t for a in arts for t in a.opts["tags"]})

    def sidebar() -> str:
        recent = "".join(f'<li><a href="{a.path}"><span class="title">{esc(a.title)}</span></a></li>' for a in arts[:5])
        cats = "".join(f'<li><a href="{cat_path(c)}" class="link_sub_item">{esc(c)} <span class="c_cnt">'
                       f"({sum(1 for a in arts if a.opts['cat'] == c) + (c == protected['cat'])})</span></a></li>"
                       for c in CATS)
        tagl = "".join(f'<a href="/tag/{quote(t, safe="")}" class="cloud{1 + len(t) % 4}">{esc(t)}</a> ' for t in tags)
        return f"""<aside id="sidebar">
<div class="sidebar-1">
<div class="posts"><h2>Bài viết mới</h2><ul>{recent}</ul></div>
<nav><h2>Chuyên mục</h2><ul class="tt_category"><li class=""><a href="/category" class="link_tit">분류 전체보기 <span class="c_cnt">({len(arts) + 1})</span></a><ul class="category_list">{cats}</ul></li></ul></nav>
<div class="tags"><h2>Thẻ</h2><div class="items">{tagl}</div></div>
<div class="count"><h2>Lượt truy cập</h2><p class="total"><span>Tổng cộng</span> 18,204</p><p><span>Hôm nay</span> 27</p><p><span>Hôm qua</span> 41</p></div>
</div>
</aside>"""

    def layout(title: str, body_id: str, head: str, inner: str) -> str:
        return f"""<!doctype html>
<html lang="ko">
<head>
<link rel="stylesheet" type="text/css" href="/tistory_admin/lib/lightbox/css/lightbox.min.css" />
<link rel="stylesheet" type="text/css" href="/tistory_admin/assets/blog/tistory-common.css"/>
<meta name="referrer" content="always"/>
<meta name="google-adsense-platform-account" content="ca-host-pub-9691043933427338"/>
<meta name="google-adsense-platform-domain" content="tistory.com"/>
<meta name="description" content="{attr(DESC)}"/>
{head}
<link rel="alternate" type="application/rss+xml" title="{attr(BLOG)}" href="{{{{base}}}}/rss"/>
<meta charset="UTF-8">
<meta name="viewport" content="user-scalable=no, initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0, width=device-width">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/skin/style.css">
<script src="/tistory_admin/assets/blog/common.js"></script>
</head>
<body id="{body_id}" class="layout-aside-right paging-number">
<div id="acc-nav"><a href="#content">본문 바로가기</a></div>
<div id="wrap">
<header id="header">
<div class="inner">
<h1><a href="/">{esc(BLOG)}</a></h1>
<nav id="gnb"><ul><li class="t_menu_home first"><a href="/" target="">Trang chủ</a></li><li class="t_menu_tag"><a href="/tag" target="">Thẻ</a></li><li class="t_menu_guestbook last"><a href="/guestbook" target="">Sổ lưu bút</a></li></ul></nav>
<div class="util"><div class="search"><input type="text" name="search" value="" placeholder="검색내용을 입력하세요." onkeypress="if (event.keyCode == 13) {{ try {{ window.location.href = '/search' + '/' + looseURIEncode(document.getElementsByName('search')[0].value); document.getElementsByName('search')[0].value = ''; return false; }} catch (e) {{}} }}"></div></div>
</div>
</header>
<hr>
<section class="container">
<article id="content">
{inner}
</article>
{sidebar()}
</section>
<hr>
<footer id="footer">
<div class="inner">
<p class="addr">Số 2 Quang Trung, TP Đồng Hới, tỉnh Quảng Bình - ĐT: 0232.3822.517</p>
<p class="copyright">DESIGN BY <a href="{{{{base:offsite}}}}/tistory/">TISTORY</a> <a href="/manage" class="admin">관리자</a></p>
</div>
</footer>
</div>
<script src="/tistory_admin/assets/blog/tistory-react-apps.js"></script>
</body>
</html>
"""

    def post_html(a: RichArticle) -> str:
        n = a.opts["n"]
        cat = a.opts["cat"]
        att = ""
        if a.attachments:
            x = a.attachments[0]
            att = (f'<figure class="fileblock" data-ke-align="alignCenter"><a href="{x["path"]}" class="">'
                   f'<div class="image"></div><div class="desc"><div class="filename"><span class="name">{esc(x["text"])}'
                   '</span></div><div class="size">212.4 kB</div></div></a></figure>')
        blocks = body_html(a)
        if a.attachments:
            # the file block sits after the body's paragraphs, before the signature
            blocks = blocks.replace('<p data-ke-size="size16">CHỦ TỊCH</p>', att + '<p data-ke-size="size16">CHỦ TỊCH</p>')
        same = [x for x in arts if x.opts["cat"] == cat and x is not a][:5]
        rows = "".join(f'<tr><th><a href="{x.path}">{esc(x.title)}</a>&nbsp;&nbsp;<span>(0)</span></th>'
                       f"<td>{kst(x.date):%Y.%m.%d}</td></tr>" for x in same)
        another = (f'<!-- PostListinCategory - START --><div class="another_category another_category_color_gray"><h4>'
                   f"'<a href=\"{cat_path(cat)}\">{esc(cat)}</a>' 카테고리의 다른 글</h4><table>{rows}</table></div>"
                   "<!-- PostListinCategory - END -->") if same else ""
        tags_html = "".join(f'<a href="/tag/{quote(t, safe="")}" rel="tag">{esc(t)}</a>' for t in a.opts["tags"])
        related = "".join(f'<li><a href="{x.path}?category={CATS[cat]}"><figure><img src="/skin/images/no-image.png" alt="">'
                          f'</figure><div class="title">{esc(x.title)}</div><span class="date">{kdot(x.date, False)}</span>'
                          f"</a></li>" for x in same[:4])
        comments = a.opts.get("comments", [])
        cl = ""
        for who, text, when in comments:
            cls = ' class="rp_admin"' if who == NICK else ""
            cl += (f'<li id="comment{int(h(text, 6), 16)}"{cls}><div class="author-meta"><img class="avatar" '
                   f'src="/skin/images/avatar.png" alt=""><span class="nickname">{esc(who)}</span>'
                   f'<span class="date">{kdot(when)}</span></div><p>{esc(text)}</p><div class="control">'
                   f'<a href="javascript:void(0)">답글</a></div></li>')
        return f"""<div class="hgroup">
<div class="category"><a href="{cat_path(cat)}">{esc(cat)}</a></div>
<h1>{esc(a.title)}</h1>
<div class="post-meta"><span class="author">{esc(NICK)}</span><span class="date">{kdot(a.date)}</span></div>
</div>
<div class="entry-content">
<div class="article_view" id="article-view">
<!-- System - START -->
<div class="revenue_unit_wrap"><div class="revenue_unit_item adfit"><div class="revenue_unit_info">728x90</div><ins class="kakao_ad_area" style="display: none;" data-ad-unit="DAN-{h(a.path, 16)}" data-ad-width="728px" data-ad-height="90px"></ins></div></div>
<!-- System - END -->
<div class="tt_article_useless_p_margin contents_style">{blocks}
</div>
<!-- System - START -->
<div class="revenue_unit_wrap"><div class="revenue_unit_item adsense responsive"><div class="revenue_unit_info">반응형</div><ins class="adsbygoogle" style="display: block;" data-ad-client="ca-pub-0000000000000000" data-ad-format="auto"></ins></div></div>
<!-- System - END -->
<div class="container_postbtn #post_button_group">
<div class="postbtn_like"><script>window.ReactionButtonType = 'reaction'; window.ReactionApiUrl = '//{HOST}/reaction'; window.ReactionReqBody = {{ entryId: {n} }}</script>
<div class="wrap_btn" id="reaction-{n}" data-tistory-react-app="Reaction"></div>
<div class="wrap_btn wrap_btn_share"><button type="button" class="btn_post sns_btn btn_share" aria-expanded="false" data-thumbnail-url="" data-title="{attr(a.title)}" data-description="{attr(a.summary())}" data-profile-image="" data-profile-name="{attr(NICK)}" data-pc-url="{{{{base}}}}{a.path}" data-relative-pc-url="{a.path}" data-blog-title="{attr(BLOG)}"><span class="ico_postbtn ico_share">공유하기</span></button><div class="layer_post" id="tistorySnsLayer"></div></div>
<div class="wrap_btn wrap_btn_etc" data-entry-id="{n}" data-entry-visibility="public" data-category-visibility="public"><button type="button" class="btn_post btn_etc2" aria-expanded="false"><span class="ico_postbtn ico_etc">게시글 관리</span></button><div class="layer_post" id="tistoryEtcLayer"></div></div>
</div>
<button type="button" class="btn_menu_toolbar btn_subscription #subscribe" data-blog-id="6284571" data-url="{{{{base}}}}{a.path}" data-device="web_pc"><em class="txt_state">구독하기</em><strong class="txt_tool_id">{esc(BLOG)}</strong><span class="img_common_tistory ico_check_type1"></span></button>
<div class="postbtn_ccl" data-ccl-type="7" data-ccl-derive="2"><a href="{{{{base:offsite}}}}/ccl/by-nc-nd/4.0/deed.ko" target="_blank" class="link_ccl" rel="license"><span class="bundle_ccl"><span class="ico_postbtn ico_ccl1">저작자표시</span> <span class="ico_postbtn ico_ccl2">비영리</span> <span class="ico_postbtn ico_ccl3">변경금지</span></span></a></div>
<div data-tistory-react-app="SupportButton"></div>
</div>
{another}
</div>
<div class="tags"><h2>태그</h2><div class="items">{tags_html}</div></div>
<div class="related-articles"><h2><strong>'{esc(cat)}'</strong> Related Articles</h2><ul>{related}</ul></div>
<div class="comments" id="comments">
<h2>댓글<span class="count">{len(comments)}</span></h2>
<div class="comment-list"><ul>{cl}</ul></div>
<form method="post" action="/comment/add/{n}" onsubmit="return false" style="margin: 0"><div class="comment-form">
<div class="field"><input type="text" name="name" placeholder="이름" value=""><input type="password" name="password" maxlength="12" placeholder="비밀번호"><div class="secret"><input type="checkbox" name="secret" id="secret"><label for="secret">Secret</label></div></div>
<textarea name="comment" cols="" rows="4" placeholder=""></textarea><div class="submit"><button type="submit" class="btn">등록</button></div>
</div></form>
</div>
</div>"""

    def post_head(a: RichArticle) -> str:
        desc = a.summary()[:150]
        img = next((b.src for b in parse_rich(a.body) if b.kind == "img"), None)
        og_img = "{{base}}" + (img_src(img) if img else "/skin/images/og-default.png")
        ld = json.dumps({"@context": "http://schema.org", "@type": "BlogPosting",
                         "mainEntityOfPage": {"@id": "{{base}}" + a.path, "name": None}, "url": "{{base}}" + a.path,
                         "headline": a.title, "description": desc,
                         "author": {"@type": "Person", "name": NICK, "logo": None},
                         "image": {"@type": "ImageObject", "url": og_img, "width": "800px", "height": "800px"},
                         "datePublished": kiso(a.date), "dateModified": kiso(a.date + timedelta(minutes=7)),
                         "publisher": {"@type": "Organization", "name": "TISTORY",
                                       "logo": {"@type": "ImageObject", "url": "{{base}}/skin/images/tistory-logo.png",
                                                "width": "800px", "height": "800px"}}}, ensure_ascii=False)
        return f"""<meta name="title" content="{attr(a.title)}"/>
<meta name="by" content="{attr(NICK)}"/>
<meta property="og:type" content="article"/>
<meta property="og:url" content="{{{{base}}}}{a.path}"/>
<meta property="og:site_name" content="{attr(BLOG)}"/>
<meta property="og:title" content="{attr(a.title)}"/>
<meta property="og:description" content="{attr(desc)}"/>
<meta property="og:image" content="{og_img}"/>
<meta property="og:article:author" content="{attr(NICK)}"/>
<meta property="article:published_time" content="{kiso(a.date)}"/>
<meta property="article:modified_time" content="{kiso(a.date + timedelta(minutes=7))}"/>
<meta name="twitter:card" content="summary_large_image"/>
<meta name="plink" content="{{{{base}}}}{a.path}"/>
<link rel="canonical" href="{{{{base}}}}{a.path}"/>
<script type="application/ld+json">{ld}</script>"""

    for a in arts:
        site.page(a.path, layout(f"{a.title} :: {BLOG}", "tt-body-page", post_head(a), post_html(a)))
        site.add_article(a)
        site.same_page(f"{a.path}?category={CATS[a.opts['cat']]}", a.path)
        site.redirect(f"/m{a.path}", a.path, 301)
        a.aliases += [f"{a.path}?category={CATS[a.opts['cat']]}", f"/m{a.path}"]
        for _, t, _ in a.opts.get("comments", []):
            site.extra_boilerplate.append(t)
        for b in parse_rich(a.body):
            if b.kind == "img":
                site.binary(img_src(b.src), _png(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH QUANG BINH", "THONG BAO SO 45/TB-LMHTX"]))
    site.extra_boilerplate.append("212.4 kB")
    site.trap("every post is also served at /<n>?category=<id> (category listings and the 'Related Articles' box link "
              "so) and /m/<n> (a 301 to /<n>): aliases", f"{arts[1].path}?category={CATS[arts[1].opts['cat']]}")
    site.trap("div.article_view holds, besides the text (div.tt_article_useless_p_margin), the AdFit/AdSense units "
              "('728x90', '반응형'), div.container_postbtn (공유하기, 게시글 관리, 구독하기 + the blog's name, CCL "
              "marks) and the box \"'<category>' 카테고리의 다른 글\" with other posts' titles and dates", arts[0].path)
    site.trap("the post header's span.author 'LMHTX Quảng Bình' (also meta 'by', og:article:author, JSON-LD author) is "
              "the blog's nickname, the office: never the author", arts[2].path)

    # the protected post
    p = protected
    ppath = f"/{p['n']}"
    site.page(ppath, layout(f"{p['title']} :: {BLOG}", "tt-body-page",
                            f'<meta property="og:type" content="article"/>\n<meta property="og:title" content="{attr(p["title"])}"/>'
                            f'\n<link rel="canonical" href="{{{{base}}}}{ppath}"/>',
                            f"""<div class="hgroup"><div class="category"><a href="{cat_path(p['cat'])}">{esc(p['cat'])}</a></div>
<h1>{esc(p['title'])}</h1><div class="post-meta"><span class="author">{esc(NICK)}</span><span class="date">{kdot(p['date'])}</span></div></div>
<div class="entry-content"><div class="protected_form"><form method="post" action="{ppath}" onsubmit="return false"><p>보호되어 있는 글입니다.<br/>내용을 보시려면 비밀번호를 입력하세요.</p>
<input type="password" maxlength="16" id="entry{p['n']}password" name="entry{p['n']}password" value="" class="input" title="비밀번호 입력"/><button type="submit" class="btn">확인</button></form></div></div>"""))
    site.non_articles.append(ppath)
    site.trap("a password-protected post (보호글) /19: listed with its title, its page the title and a password form "
              "only ('보호되어 있는 글입니다.'): not an article", ppath)

    # listings
    listing = sorted(arts + [p], key=lambda x: x["date"] if isinstance(x, dict) else x.date, reverse=True)

    def item(x, cat_id: int | None = None) -> str:
        if isinstance(x, dict):
            return (f'<div class="post-item protected"><a href="/{x["n"]}"><span class="thum"></span><span class="title">'
                    f'{esc(x["title"])}</span><span class="excerpt">보호되어 있는 글입니다.</span><span class="meta">'
                    f'<span class="date">{kdot(x["date"], False)}</span></span></a></div>')
        img = next((b.src for b in parse_rich(x.body) if b.kind == "img"), None)
        thumb = f'<img src="{img_src(img)}" alt="">' if img else ""
        href = f"{x.path}?category={cat_id}" if cat_id else x.path
        return (f'<div class="post-item"><a href="{href}"><span class="thum">{thumb}</span><span class="title">'
                f'{esc(x.title)}</span><span class="excerpt">{esc(x.summary()[:160])}</span><span class="meta">'
                f'<span class="date">{kdot(x.date, False)}</span><span class="reply">댓글 '
                f'{len(x.opts.get("comments", []))}</span></span></a></div>')

    def paging(base: str, k: int, total: int) -> str:
        sep = "&" if "?" in base else "?"
        prev = f'<a href="{base}{sep}page={k}" class="prev">이전</a>' if k > 0 else '<a class="prev no-more-prev">이전</a>'
        nxt = (f'<a href="{base}{sep}page={k + 2}" class="next">다음</a>' if k + 1 < total
               else '<a class="next no-more-next">다음</a>')
        nums = "".join(f'<a href="{base}{sep}page={i + 1}"><span class="{"selected" if i == k else ""}">{i + 1}</span></a>'
                       for i in range(total))
        return f'<div class="pagination">{prev}<span class="numbox">{nums}</span>{nxt}</div>'

    def listing_pages(base: str, heading: str, items: list, body_id: str, cat_id: int | None = None) -> None:
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
        for k, chunk in enumerate(chunks):
            path = base if k == 0 else (f"{base}?page={k + 1}")
            inner = (f'<div class="post-header"><h1>{esc(heading)}</h1><span class="count">{len(items)}</span></div>'
                     f'<div class="post-list">{"".join(item(x, cat_id) for x in chunk)}</div>'
                     + (paging("/" if base == "/" else base, k, len(chunks)) if len(chunks) > 1 else ""))
            site.page(path, layout(f"{heading} :: {BLOG}" if base != "/" else BLOG, body_id,
                                   f'<meta property="og:type" content="website"/>\n<meta property="og:title" '
                                   f'content="{attr(BLOG)}"/>', inner))
            site.non_articles.append(path)

    listing_pages("/", "Bài viết mới", listing, "tt-body-index")
    listing_pages("/category", "분류 전체보기", listing, "tt-body-category")
    for c, cid in CATS.items():
        items = [x for x in listing if (x["cat"] if isinstance(x, dict) else x.opts["cat"]) == c]
        listing_pages(cat_path(c), c, items, "tt-body-category", cid)
    for t in tags:
        listing_pages(f"/tag/{quote(t, safe='')}", t, [a for a in arts if t in a.opts["tags"]], "tt-body-tag")
    cloud = "".join(f'<li class="cloud{1 + len(t) % 4}"><a href="/tag/{quote(t, safe="")}">{esc(t)}</a></li>' for t in tags)
    site.page("/tag", layout(f"Tag :: {BLOG}", "tt-body-tag", "", f'<div class="tag-cloud"><ul>{cloud}</ul></div>'))
    site.page("/guestbook", layout(f"Guestbook :: {BLOG}", "tt-body-guestbook", "",
                                   '<div class="guestbook"><p>Mời bạn để lại lời nhắn cho Liên minh HTX tỉnh.</p>'
                                   '<div data-tistory-react-app="Guestbook"></div></div>'))
    site.page("/notice/16", layout(f"Giới thiệu blog :: {BLOG}", "tt-body-page",
                                   '<link rel="canonical" href="{{base}}/notice/16"/>',
                                   '<div class="hgroup"><div class="category">공지사항</div><h1>Giới thiệu blog</h1></div>'
                                   '<div class="entry-content"><div class="article_view"><div class="tt_article_useless_p_'
                                   'margin contents_style"><p data-ke-size="size16">Blog do Văn phòng Liên minh HTX tỉnh '
                                   'Quảng Bình quản lý, đăng tin hoạt động, thông báo và mô hình HTX.</p></div></div></div>'))
    site.non_articles += ["/tag", "/guestbook", "/notice/16"]
    site.trap("the home (5 posts a page): the older posts only on /?page=2 (and /category?page=2); list "
              "dates '2024. 10. 3.' in KST", "/?page=2")
    site.trap("the blog notice /notice/16 (an about text in the same skin, category '공지사항'): not an article",
              "/notice/16")

    # /manage: robots-disallowed
    site.page("/manage", '<!DOCTYPE html><html><head><title>TISTORY</title></head><body><p>로그인이 필요합니다.</p>'
              "</body></html>\n")
    site.never_fetched.append("/manage")
    site.trap("the skin's footer link '관리자' -> /manage, disallowed by Tistory's robots.txt: never fetched", "/manage")
    site.static("/robots.txt", "User-agent: *\nDisallow: /owner\nDisallow: /manage\nDisallow: /admin\nDisallow: /oldadmin\n"
                "Disallow: /search\nDisallow: /m/search\nDisallow: /m/admin\nDisallow: /like\nAllow: /\n\n"
                "User-agent: Mediapartners-Google\nAllow: /\n\nUser-agent: bingbot\nCrawl-delay: 20\n")

    # RSS and sitemap
    ritems = "".join(f"""<item>
<title>{esc(a.title)}</title>
<link>{{{{base}}}}{a.path}</link>
<description>{esc(body_html(a))}</description>
<category>{esc(a.opts['cat'])}</category>
{"".join(f"<category>{esc(t)}</category>" for t in a.opts["tags"])}
<author>{esc(NICK)}</author>
<guid isPermaLink="true">{{{{base}}}}{a.path}</guid>
<comments>{{{{base}}}}{a.path}#entry{a.opts['n']}comment</comments>
<pubDate>{kst(a.date):%a, %d %b %Y %H:%M:%S} +0900</pubDate>
</item>
""" for a in arts)
    site.page("/rss", f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>{esc(BLOG)}</title>
<link>{{{{base}}}}/</link>
<description>{esc(DESC)}</description>
<language>ko</language>
<pubDate>{kst(arts[0].date):%a, %d %b %Y %H:%M:%S} +0900</pubDate>
<generator>TISTORY</generator>
<ttl>100</ttl>
<managingEditor>{esc(NICK)}</managingEditor>
{ritems}</channel>
</rss>
""", content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /rss: every post, <pubDate> in +0900 (KST)", "/rss")
    urls = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{kiso(a.date + timedelta(minutes=7))}</lastmod></url>"
                   for a in arts)
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              f'sitemap/0.9"><url><loc>{{{{base}}}}/</loc></url>{urls}</urlset>\n',
              content_type="application/xml; charset=utf-8")
    return site


def _png(name: str) -> bytes:
    from .core import image_for
    return image_for(name)
