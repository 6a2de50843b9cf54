"""Site `bantin-htxhaugiang` (registry family `generic`): "Bản tin Liên minh HTX tỉnh Hậu Giang" on **Drupal 6.28**
(the Garland theme, the Vietnamese interface translation; contributed modules pathauto + transliteration, print,
forward, statistics, IMCE; core book, upload, taxonomy, comment; the site's default time zone +0700; the date
formats left at their defaults; "posts on the front page" 5, "items in each feed" 6; the copy is of 20 May 2013).
Written as a held-out test: no family module, no selectors.

URL shapes: a story's pathauto alias `/tin-tuc/<transliterated-title>` and its system path `/node/<nid>` (Drupal
6 serves both, no canonical, no redirect; an editor's link in a body points at `/node/<nid>`: an alias); the print
module's `/print/<nid>` (an alias; `<meta name="robots" content="noindex, nofollow">`); book pages
`/so-tay-htx/<title>` under the book `/so-tay-htx`, with the book module's `/book/export/html/<nid>` (an alias of a
leaf page); the front page `/` = `/node` with the pager `/node?page=1`; term lists `/taxonomy/term/<tid>` and
`?page=1`, their feeds `/taxonomy/term/<tid>/0/feed`; `/rss.xml`; the forward module's `/forward?path=node/<nid>`;
`/comment/reply/<nid>` (robots.txt disallows `/comment/reply/`); `/user/login?destination=…` (robots.txt disallows
`/user/login/` with its slash, so the login page is not disallowed: a real Drupal 6 quirk); `/sites/` (files,
pictures, the attachment) is disallowed too, as Drupal 6's robots.txt ships.

Why it is hard: the page's `<h1>` is the site name in Garland's `#logo-floater`; the node's title is the `<h2>`
above `div.node`; Garland prints the post information as "!datetime — !username" with the default medium date
format `D, m/d/Y - H:i`, month first, the day's name translated: "T3, 05/14/2013 - 08:30 — admin" is Tuesday 14 May
(not 5 December: the weekday, the other posts and the copy's day tell). The username is the account: "admin" is
no author, an account named with a person's full name is. The body (Full HTML) is `div.content`, followed inside
it by the upload module's "Tập tin đính kèm" table, then the terms, the links line ("Gửi ý kiến mới", "Gửi cho bạn
bè", "Bản in", "N lượt đọc"), the comments (visitors' words with "(chưa xác thực)", never the article) and, on
book pages, the book navigation. The front page shows teasers with "Đọc thêm". rss.xml gives `gmdate('r')`: the
post of 00:10 on 22 March reads "Thu, 21 Mar 2013 17:10:00 +0000". The oldest story is only on `/node?page=1`
and `/taxonomy/term/3?page=1`; the book's leaf page is not promoted to the front page (the book and its menu link
reach it).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "bantin-htxhaugiang"
NAME = "Bản tin Liên minh HTX tỉnh Hậu Giang"
SLOGAN = "Liên minh Hợp tác xã tỉnh Hậu Giang"
NOW = datetime(2013, 5, 20, 9, 0)
TODAY = "Thứ Hai, 20/05/2013"
PER = 5
FEED_ITEMS = 6
DAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
TERMS = {3: "Tin hoạt động", 4: "Thông báo"}
BOOK = 90
FOOTER = "Liên minh Hợp tác xã tỉnh Hậu Giang - Số 12 đường Trần Hưng Đạo, phường 5, TP Vị Thanh - ĐT: 0711.3878.245"
FURN = [FOOTER, TODAY, "Gửi ý kiến mới", "Gửi cho bạn bè", "Bản in", "lượt đọc", "Tập tin đính kèm", "Kích thước",
        "Tin mới", "Hôm nay", "Đăng nhập", "Tạo tài khoản mới", "Yêu cầu mật khẩu mới", "Tên thành viên:", "Mật khẩu:",
        "Tìm kiếm", "Trang chủ", "Sổ tay HTX", "Giới thiệu", "(chưa xác thực)"]


def slug(title: str) -> str:
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def medium(d: datetime) -> str:
    return f"{DAYS[d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def rfc(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} +0000"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 08/TB-LMHTX về việc tổ chức Hội nghị tập huấn Luật Hợp tác xã năm 2012",
          body="""
LIÊN MINH HTX TỈNH HẬU GIANG
Số: 08/TB-LMHTX
Hậu Giang, ngày 10 tháng 5 năm 2013
THÔNG BÁO
Về việc tổ chức Hội nghị tập huấn Luật Hợp tác xã năm 2012
Liên minh HTX tỉnh tổ chức Hội nghị tập huấn Luật Hợp tác xã năm 2012 cho cán bộ quản lý HTX vào 7 giờ 30 ngày 28/5/2013 tại Hội trường Liên minh HTX tỉnh.
Mỗi HTX cử 02 người tham dự (Chủ nhiệm và Kế toán HTX); danh sách gửi về Văn phòng Liên minh HTX tỉnh trước ngày 24/5/2013.
CHỦ TỊCH
Nguyễn Văn Sáu
""", author=None, doc_number="08/TB-LMHTX",
          attachments=[{"path": "/sites/default/files/TB-08-LMHTX-tap-huan-luat-HTX.pdf",
                        "text": "TB-08-LMHTX-tap-huan-luat-HTX.pdf"}],
          opts={"nid": 131, "by": "admin", "tid": 4, "reads": 312, "promote": True, "comments": []},
          notes=["notice 'Số: 08/TB-LMHTX' dated 10/5 in its text, submitted 'T3, 05/14/2013 - 08:30 — admin' (month "
                 "first: Tuesday 14 May); 'admin' is the account: no author; the signer is text; the upload module's "
                 "'Tập tin đính kèm' table inside div.content lists the PDF (/sites/default/files/…, robots.txt "
                 "disallows /sites/: never fetched): an attachment, not text"],
          **at(datetime(2013, 5, 14, 8, 30))),
        A(path="", title="Ảnh: HTX Khóm Hỏa Tiến vào vụ thu hoạch",
          body="""
Đầu tháng 5, thành viên HTX Khóm Hỏa Tiến (TP Vị Thanh) bước vào vụ thu hoạch khóm chính vụ.
[img hoa-tien-1.png] Thành viên HTX thu hoạch khóm trên liếp
[img hoa-tien-2.png] Khóm được phân loại, bó thành chục tại điểm thu mua của HTX
[img hoa-tien-3.png] Thương lái đến tận ruộng thu mua khóm của HTX
Vụ này HTX dự kiến thu hoạch khoảng 1.200 tấn khóm, giá bán từ 4.500 đến 5.000 đồng/kg.
""", byline="Bài, ảnh: Lâm Thị Mỹ Xuyên", author="Lâm Thị Mỹ Xuyên",
          opts={"nid": 128, "by": "admin", "tid": 3, "reads": 456, "promote": True,
                "comments": [("Trần Văn Lợi", "Chúc mừng bà con", "Khóm năm nay được giá, bà con rất phấn khởi.")]},
          notes=["photo story: IMCE pictures from /sites/default/files/images/, each caption the next centred <em> "
                 "paragraph (one line each); 'admin' submitted it but 'Bài, ảnh: Lâm Thị Mỹ Xuyên' closes it -> author; "
                 "an unverified visitor's comment under it is not text"],
          **at(datetime(2013, 5, 6, 15, 40))),
        A(path="", title="Kết quả hoạt động của các HTX nông nghiệp tỉnh Hậu Giang năm 2012",
          body="""
Năm 2012, các HTX nông nghiệp trên địa bàn tỉnh hoạt động ổn định, nhiều HTX làm ăn có lãi.
| Loại hình | Số HTX | Thành viên | Lợi nhuận bình quân (triệu đồng) |
| HTX dịch vụ nông nghiệp | 86 | 4.215 | 182 |
| HTX trồng khóm, cây ăn trái | 21 | 1.030 | 146 |
| HTX thủy sản | 12 | 486 | 97 |
| Tổng cộng | 119 | 5.731 | 164 |
Năm 2013, tỉnh phấn đấu thành lập mới 12 HTX nông nghiệp gắn với cánh đồng mẫu lớn.
""", author="Trần Thanh Tâm",
          opts={"nid": 124, "by": "Trần Thanh Tâm", "tid": 3, "reads": 289, "promote": True, "comments": []},
          notes=["a bordered table (header row in <th>): one line per row; submitted by the account 'Trần Thanh Tâm' "
                 "(a staff member's full name), no byline in the text: he is the author"],
          **at(datetime(2013, 4, 25, 9, 15))),
        A(path="", title="Hướng dẫn các bước thành lập hợp tác xã theo Luật Hợp tác xã năm 2012",
          body="""
Luật Hợp tác xã năm 2012 có hiệu lực từ ngày 01/7/2013; sổ tay này tóm tắt các bước thành lập HTX theo Luật mới.
## Các bước thành lập HTX
+ Sáng lập viên tuyên truyền, vận động và xây dựng dự thảo điều lệ, phương án sản xuất, kinh doanh;
+ Tổ chức hội nghị thành lập, thông qua điều lệ và bầu Hội đồng quản trị, Giám đốc, Ban kiểm soát;
+ Nộp hồ sơ đăng ký tại Phòng Tài chính - Kế hoạch cấp huyện;
+ Nhận giấy chứng nhận đăng ký HTX trong thời hạn 05 ngày làm việc.
Các sáng lập viên có thể liên hệ Liên minh HTX tỉnh để được tư vấn miễn phí.
""", byline="Võ Thị Bích Ngọc - Ban Tư vấn, hỗ trợ", author="Võ Thị Bích Ngọc",
          opts={"nid": 119, "by": "admin", "tid": None, "reads": 203, "promote": False, "comments": [], "book": True},
          notes=["a Book page (/so-tay-htx/…, not promoted to the front page: the book /so-tay-htx and its menu link "
                 "reach it), with the book navigation under it (not text) and '/book/export/html/119' (the book's "
                 "printer version: an alias); an <h3> heading and a numbered list; 'Võ Thị Bích Ngọc - Ban Tư vấn, hỗ "
                 "trợ' closes the text -> Võ Thị Bích Ngọc"],
          **at(datetime(2013, 4, 16, 10, 0))),
        A(path="", title="HTX Thủy sản Tân Phú Thạnh mở rộng diện tích nuôi cá thát lát",
          body="""
HTX Thủy sản Tân Phú Thạnh (huyện Châu Thành A) vừa mở rộng diện tích nuôi cá thát lát cườm lên 18 ha.
Cá thát lát của HTX được các cơ sở chế biến chả cá ở Cần Thơ bao tiêu với giá ổn định.
HTX đang xây dựng quy trình nuôi theo tiêu chuẩn VietGAP để nâng giá trị sản phẩm.
""", byline="Theo Báo Hậu Giang", author=None,
          opts={"nid": 116, "by": "admin", "tid": 3, "reads": 174, "promote": True, "comments": []},
          notes=["closed by 'Theo Báo Hậu Giang': a reprint, no author (submitted by 'admin')"],
          **at(datetime(2013, 4, 3, 14, 0))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Tân Long",
          body="""
Chiều 21/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Tân Long (huyện Phụng Hiệp).
HTX hiện cung ứng dịch vụ bơm tưới, làm đất và thu hoạch lúa bằng máy cho 320 hộ thành viên trên cánh đồng mẫu lớn.
Kết quả sản xuất năm 2012 của HTX được tổng hợp trong [[báo cáo kết quả hoạt động của các HTX nông nghiệp|/node/124]] của Liên minh HTX tỉnh.
""", author=None,
          opts={"nid": 112, "by": "admin", "tid": 3, "reads": 221, "promote": True, "comments": []},
          notes=["submitted at 00:10 on 22 March about the afternoon before: 'T6, 03/22/2013 - 00:10 — admin'; rss.xml "
                 "gives gmdate('r'): 'Thu, 21 Mar 2013 17:10:00 +0000' (the previous day); published 2013-03-22 00:10; "
                 "'admin', no byline: author null; its text links the table story as /node/124 (the system path: an "
                 "alias)"],
          **at(datetime(2013, 3, 22, 0, 10))),
        A(path="", title="HTX Dịch vụ nông nghiệp Vị Thủy liên kết tiêu thụ lúa cho thành viên",
          body="""
HTX Dịch vụ nông nghiệp Vị Thủy (huyện Vị Thủy) đã ký hợp đồng tiêu thụ 1.500 tấn lúa vụ đông xuân với một doanh nghiệp xuất khẩu gạo.
Thành viên được doanh nghiệp ứng trước giống, phân bón và thu mua lúa với giá cao hơn thị trường 200 đồng/kg.
HTX cử cán bộ kỹ thuật theo dõi đồng ruộng, hướng dẫn thành viên sản xuất theo quy trình “1 phải 5 giảm”.
""", byline="Huỳnh Văn Phong", author="Huỳnh Văn Phong",
          opts={"nid": 107, "by": "admin", "tid": 3, "reads": 198, "promote": True, "comments": []},
          notes=["submitted by 'admin'; the bare name 'Huỳnh Văn Phong' closes the text: the author; on /node?page=1 "
                 "with the oldest story"],
          **at(datetime(2013, 3, 5, 16, 20))),
        A(path="", title="Liên minh HTX tỉnh Hậu Giang tổng kết công tác năm 2012",
          body="""
Ngày 15/1, Liên minh HTX tỉnh Hậu Giang tổ chức hội nghị tổng kết công tác năm 2012, triển khai nhiệm vụ năm 2013.
[img tong-ket-2012.png] Quang cảnh hội nghị tổng kết
Năm 2012, Liên minh HTX tỉnh hỗ trợ thành lập mới 9 HTX, tổ chức 6 lớp tập huấn cho 410 lượt cán bộ HTX.
""", byline="Tin, ảnh: Nguyễn Hoàng Nam", author="Nguyễn Hoàng Nam",
          opts={"nid": 103, "by": "admin", "tid": 3, "reads": 347, "promote": True, "comments": []},
          notes=["the oldest story: only on the front page's pager /node?page=1 and /taxonomy/term/3?page=1 (rss.xml "
                 "has the 6 newest, the 'Tin mới' block 5); 'Tin, ảnh: Nguyễn Hoàng Nam' -> author"],
          **at(datetime(2013, 1, 17, 15, 0))),
    ]


def img_src(name: str) -> str:
    return f"/sites/default/files/images/{name}"


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;">\n<thead><tr>'
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead>\n<tbody>\n"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody>\n</table>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img alt="" src="{img_src(b.src)}" style="width: 500px; height: '
                       '333px;" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def attachments_html(a: RichArticle) -> str:
    if not a.attachments:
        return ""
    rows = "".join(f'<tr class="odd"><td><a href="{x["path"]}">{esc(x["text"])}</a></td><td>156.23 KB</td> </tr>'
                   for x in a.attachments)
    return (f'<table id="attachments" class="sticky-enabled">\n <thead><tr><th>Tập tin đính kèm</th><th>Kích thước</th> </tr>'
            f"</thead>\n<tbody>\n {rows}\n</tbody>\n</table>\n")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hau-giang", f"{NAME} (Drupal 6)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/rss.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/so-tay-htx/{slug(a.title)}" if a.opts.get("book") else f"/tin-tuc/{slug(a.title)}"
    promoted = [a for a in arts if a.opts["promote"]]
    book_leaf = next(a for a in arts if a.opts.get("book"))
    by_nid = {a.opts["nid"]: a for a in arts}

    def username(name: str) -> str:
        return esc(name)

    def submitted(d: datetime, who: str) -> str:
        return f'<span class="submitted">{medium(d)} — {username(who)}</span>'

    def terms(a: RichArticle) -> str:
        if not a.opts["tid"]:
            return ""
        tid = a.opts["tid"]
        return (f'<div class="terms"><ul class="links inline"><li class="taxonomy_term_{tid} first last"><a href="/taxonomy/'
                f'term/{tid}" rel="tag" title="">{esc(TERMS[tid])}</a></li>\n</ul></div>')

    def links(a: RichArticle, teaser: bool) -> str:
        n = a.opts["nid"]
        items = [f'<li class="comment_add first"><a href="/comment/reply/{n}#comment-form" title="Chia sẻ suy nghĩ và ý kiến '
                 f'của bạn về bài viết này.">Gửi ý kiến mới</a></li>']
        if a.opts["comments"]:
            items.append(f'<li class="comment_comments"><a href="{a.path}#comments" title="Chuyển tới ý kiến đầu tiên của bài '
                         f'viết này.">{len(a.opts["comments"])} ý kiến</a></li>')
        if teaser:
            items.append(f'<li class="node_read_more"><a href="{a.path}" title="Đọc phần còn lại của {attr(a.title)}.">Đọc thêm'
                         "</a></li>")
        else:
            if a.opts.get("book") or a.opts["nid"] == BOOK:
                items.append(f'<li class="book_printer"><a href="/book/export/html/{n}" title="Hiển thị phiên bản dễ in của '
                             f'trang sách này và các trang con.">Phiên bản in</a></li>')
            items.append(f'<li class="forward_links"><a href="/forward?path=node/{n}" title="Gửi trang này cho bạn bè" '
                         f'class="forward-page">Gửi cho bạn bè</a></li>')
            items.append(f'<li class="print_html"><a href="/print/{n}" title="Hiển thị phiên bản dễ in của trang này." '
                         f'class="print-page" rel="nofollow">Bản in</a></li>')
            items.append(f'<li class="statistics_counter last"><span>{a.opts["reads"]} lượt đọc</span></li>')
        return f'<div class="links"><ul class="links inline">{"".join(items)}</ul></div>'

    latest = promoted[:5]

    def page(title: str, content: str, *, crumbs: list[tuple[str, str]] | None = None, heading: str | None = None,
             front: bool = False) -> str:
        crumb = " › ".join(f'<a href="{h}">{esc(n)}</a>' for n, h in [("Trang chủ", "/"), *(crumbs or [])])
        prim = "".join(f'<li class="menu-{i}{" first" if i == 113 else ""}"><a href="{h}" title="">{esc(n)}</a></li>'
                       for i, (n, h) in enumerate([("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"),
                                                   ("Tin hoạt động", "/taxonomy/term/3"), ("Thông báo", "/taxonomy/term/4"),
                                                   ("Sổ tay HTX", "/so-tay-htx")], 113))
        block_latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in latest)
        feed_icon = ('<a href="/rss.xml" class="feed-icon"><img src="/misc/feed.png" alt="Cung cấp nội dung" title="'
                     f'{attr(NAME)} RSS" width="16" height="16" /></a>') if front else ""
        h2 = f'<h2>{esc(heading)}</h2>' if heading else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi" dir="ltr">
  <head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title>{esc(title)}</title>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="alternate" type="application/rss+xml" title="{attr(NAME)} RSS" href="/rss.xml" />
<link rel="shortcut icon" href="/misc/favicon.ico" type="image/x-icon" />
    <link type="text/css" rel="stylesheet" media="all" href="/sites/default/files/css/css_8a3c5d0f2b1e9a7c6d4b3a2f1e0d9c8b.css" />
<link type="text/css" rel="stylesheet" media="print" href="/sites/default/files/css/css_1f2e3d4c5b6a79880716253443526170.css" />
    <script type="text/javascript" src="/sites/default/files/js/js_5c4b3a2918f7e6d5c4b3a29180f7e6d5.js"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{ "basePath": "/" }});
//--><!]]>
</script>
    <!--[if lt IE 7]>
      <link type="text/css" rel="stylesheet" media="all" href="/themes/garland/fix-ie.css" />    <![endif]-->
  </head>
  <body class="sidebar-left">

<!-- Layout -->
  <div id="header-region" class="clear-block"></div>

    <div id="wrapper">
    <div id="container" class="clear-block">

      <div id="header">
        <div id="logo-floater">
        <h1><a href="/" title="{attr(NAME)}"><img src="/sites/default/files/garland_logo.png" alt="{attr(NAME)}" id="logo" /><span>{esc(NAME)}</span></a></h1>        </div>

                  <ul class="links primary-links">{prim}</ul>
      </div> <!-- /header -->

              <div id="sidebar-left" class="sidebar">
          <div class="block block-theme"><form action="/" method="post" id="search-theme-form">
<div><div id="search" class="container-inline">
  <div class="form-item" id="edit-search-theme-form-1-wrapper">
 <label for="edit-search-theme-form-1">Tìm kiếm trong website: </label>
 <input type="text" maxlength="128" name="search_theme_form" id="edit-search-theme-form-1" size="15" value="" title="Nhập từ khóa cần tìm kiếm." class="form-text" />
</div>
<input type="submit" name="op" id="edit-submit" value="Tìm kiếm"  class="form-submit" />
<input type="hidden" name="form_id" id="edit-search-theme-form" value="search_theme_form"  />
</div>
</div></form>
</div>
<div id="block-block-1" class="clear-block block block-block">
  <h2>Hôm nay</h2>
  <div class="content"><p>{TODAY}</p></div>
</div>
<div id="block-views-tin_moi-block_1" class="clear-block block block-views">
  <h2>Tin mới</h2>
  <div class="content"><div class="view view-tin-moi"><div class="item-list"><ul>{block_latest}</ul></div></div></div>
</div>
<div id="block-user-0" class="clear-block block block-user">
  <h2>Đăng nhập</h2>
  <div class="content"><form action="/node?destination=node" method="post" id="user-login-form">
<div><div class="form-item" id="edit-name-wrapper">
 <label for="edit-name">Tên thành viên: <span class="form-required" title="Trường này là bắt buộc.">*</span></label>
 <input type="text" maxlength="60" name="name" id="edit-name" size="15" value="" class="form-text required" />
</div>
<div class="form-item" id="edit-pass-wrapper">
 <label for="edit-pass">Mật khẩu: <span class="form-required" title="Trường này là bắt buộc.">*</span></label>
 <input type="password" name="pass" id="edit-pass"  maxlength="60"  size="15"  class="form-text required" />
</div>
<input type="submit" name="op" id="edit-submit-1" value="Đăng nhập"  class="form-submit" />
<div class="item-list"><ul><li class="first"><a href="/user/register" title="Tạo tài khoản mới.">Tạo tài khoản mới</a></li>
<li class="last"><a href="/user/password" title="Yêu cầu mật khẩu mới qua e-mail.">Yêu cầu mật khẩu mới</a></li>
</ul></div>
</div></form>
</div>
</div>
        </div>

      <div id="center"><div id="squeeze"><div class="right-corner"><div class="left-corner">
          <div class="breadcrumb">{crumb}</div>
          {h2}
          <div class="clear-block">
            {content}
          </div>
          {feed_icon}
          <div id="footer"><p>{esc(FOOTER)}</p>
</div>
      </div></div></div></div> <!-- /.left-corner, /.right-corner, /#squeeze, /#center -->

    </div> <!-- /container -->
  </div>
<!-- /layout -->

  </body>
</html>
"""

    comment_id = 40
    for a in arts:
        n = a.opts["nid"]
        comments = ""
        if a.opts["comments"]:
            parts = []
            for who, subject, text in a.opts["comments"]:
                comment_id += 1
                when = a.date + timedelta(hours=17, minutes=23)
                parts.append(f'<a id="comment-{comment_id}"></a>\n<div class="comment comment-published odd clear-block">\n'
                             f'  <div class="clear-block">\n  <span class="submitted">{medium(when)} — {esc(who)} (chưa xác '
                             f'thực)</span>\n  <h3><a href="{a.path}#comment-{comment_id}" class="active">{esc(subject)}</a>'
                             f'</h3>\n  <div class="content"><p>{esc(text)}</p></div>\n  </div>\n  <div class="links"><ul '
                             f'class="links"><li class="comment_reply first last"><a href="/comment/reply/{n}/{comment_id}">'
                             "trả lời</a></li>\n</ul></div>\n</div>")
                site.extra_boilerplate += [subject, text]
                site.page(f"/comment/reply/{n}/{comment_id}", page("Trả lời ý kiến", "<p>Trả lời ý kiến</p>"))
                site.never_fetched.append(f"/comment/reply/{n}/{comment_id}")
            comments = f'<div id="comments">{"".join(parts)}</div>'
        booknav = ""
        crumbs = None
        if a.opts.get("book"):
            crumbs = [("Sổ tay HTX", "/so-tay-htx")]
            booknav = (f'<div id="book-navigation-{BOOK}" class="book-navigation">\n<div class="page-links clear-block">\n'
                       f'<a href="/so-tay-htx" class="page-previous" title="Đến trang trước">‹ Sổ tay HTX</a>\n<a href="'
                       f'/so-tay-htx" class="page-up" title="Đến trang cha">lên</a>\n</div>\n</div>')
        node = (f'<div id="node-{n}" class="node">\n\n{submitted(a.date, a.opts["by"])}\n\n  <div class="content clear-block">\n'
                f'{body_html(a)}\n{attachments_html(a)}{booknav}  </div>\n\n  <div class="clear-block">\n    <div class="meta">\n'
                f'{terms(a)}    </div>\n\n{links(a, False)}  </div>\n\n</div>\n{comments}')
        site.page(a.path, page(f"{a.title} | {NAME}", node, crumbs=crumbs, heading=a.title))
        site.same_page(f"/node/{n}", a.path)
        a.aliases.append(f"/node/{n}")
        # the print module
        prn = f"/print/{n}"
        link_list = re.findall(r"\[\[.+?\|(.+?)\]\]", a.body)
        plinks = ("<div class=\"print-links\"><p><strong>Liên kết:</strong><br />"
                  + "<br />".join(f"[{i}] {{{{base}}}}{x}" for i, x in enumerate(link_list, 1)) + "</p></div>") if link_list else ""
        site.page(prn, f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title>{esc(a.title)} | {esc(NAME)}</title>
    <meta name="robots" content="noindex, nofollow, noarchive" />
    <link type="text/css" rel="stylesheet" media="all" href="/sites/all/modules/print/css/print.css" />
  </head>
  <body>
    <div class="print-logo"><img class="print-logo" src="/sites/default/files/garland_logo.png" alt="" id="logo" /></div>
    <div class="print-site_name">Đăng trên {esc(NAME)} ({{{{base}}}})</div>
    <p />
    <div class="print-breadcrumb"><a href="/">Trang chủ</a> &gt; {esc(a.title)}</div>
    <hr class="print-hr" />
    <h1 class="print-title">{esc(a.title)}</h1>
    <div class="print-submitted">{medium(a.date)} — {esc(a.opts["by"])}</div>
    <div class="print-created">Ngày tạo {a.date:%m/%d/%Y - %H:%M}</div>
    <div class="print-content">{body_html(a)}
{attachments_html(a)}</div>
    <div class="print-footer">{esc(FOOTER)}</div>
    <hr class="print-hr" />
    <div class="print-source_url"><strong>URL nguồn (lấy vào ngày {NOW:%m/%d/%Y - %H:%M}):</strong> <a href="{{{{base}}}}{a.path}">{{{{base}}}}{a.path}</a></div>
    {plinks}
  </body>
</html>
""")
        a.aliases.append(prn)
        if a.opts.get("book"):
            exp = f"/book/export/html/{n}"
            site.page(exp, f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi" dir="ltr">
  <head>
    <title>{esc(a.title)}</title>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <base href="{{{{base}}}}/" />
    <link type="text/css" rel="stylesheet" href="/misc/print.css" />
  </head>
  <body>
    <div id="node-{n}" class="section-1">
  <h1 class="book-heading">{esc(a.title)}</h1>
  {body_html(a)}
  </div>
  </body>
</html>
""")
            a.aliases.append(exp)
        site.page(f"/comment/reply/{n}", page("Gửi ý kiến", '<form action="/comment/reply/' + str(n) + '" method="post" '
                                              'id="comment-form"><textarea name="comment"></textarea></form>'),
                  content_type="text/html; charset=utf-8")
        site.never_fetched.append(f"/comment/reply/{n}")
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH HAU GIANG", "THONG BAO SO 08/TB-LMHTX"]))
            site.never_fetched.append(x["path"])
        site.add_article(a)
    site.binary("/misc/print.css", b"body{font-family:serif}\n")
    site.trap("every story answers its alias and its system path /node/<nid> (no redirect, no canonical; a body links "
              "/node/124) and the print module's /print/<nid> (noindex): aliases", f"/node/{by_nid[124].opts['nid']}")
    site.trap("the comment links /comment/reply/<nid> ('Gửi ý kiến mới', 'trả lời') and the attachment under /sites/ "
              "are disallowed by Drupal 6's robots.txt: never fetched", f"/comment/reply/{arts[0].opts['nid']}")

    # the forward module: one form page for every path
    site.page("/forward", page(f"Gửi cho bạn bè | {NAME}", '<form action="/forward" method="post" id="forward-form"><p>Gửi '
                               'bài viết này cho bạn bè qua thư điện tử.</p><input type="text" name="email" /><input type="'
                               'submit" value="Gửi" /></form>', heading="Gửi cho bạn bè"))
    for a in arts:
        site.non_articles.append(f"/forward?path=node/{a.opts['nid']}")
    site.trap("the forward module's 'Gửi cho bạn bè' /forward?path=node/<nid>: a form, not an article",
              f"/forward?path=node/{arts[1].opts['nid']}")

    # the book
    book_body = (f'<div id="node-{BOOK}" class="node">\n\n{submitted(datetime(2012, 9, 12, 10, 30), "admin")}\n\n  <div '
                 'class="content clear-block">\n<p>Sổ tay tập hợp các hướng dẫn nghiệp vụ dành cho sáng lập viên và cán bộ '
                 f'quản lý HTX.</p>\n<div id="book-navigation-{BOOK}" class="book-navigation">\n<ul class="menu"><li '
                 f'class="leaf first last"><a href="{book_leaf.path}">{esc(book_leaf.title)}</a></li>\n</ul>\n<div '
                 f'class="page-links clear-block">\n<a href="{book_leaf.path}" class="page-next" title="Đến trang kế">'
                 f'{esc(book_leaf.title)} ›</a>\n</div>\n</div>\n  </div>\n  <div class="clear-block"><div class="links"><ul '
                 f'class="links inline"><li class="book_printer first last"><a href="/book/export/html/{BOOK}">Phiên bản in'
                 "</a></li></ul></div></div>\n</div>")
    # (a route, not a file: the book's pages live under the same path)
    site.page("/so-tay-htx", page(f"Sổ tay HTX | {NAME}", book_body, heading="Sổ tay HTX"),
              content_type="text/html; charset=utf-8")
    site.same_page(f"/node/{BOOK}", "/so-tay-htx")
    site.page(f"/book/export/html/{BOOK}", f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi" dir="ltr"><head><title>Sổ tay HTX</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head><body>
<div id="node-{BOOK}" class="section-1"><h1 class="book-heading">Sổ tay HTX</h1><p>Sổ tay tập hợp các hướng dẫn nghiệp vụ dành cho sáng lập viên và cán bộ quản lý HTX.</p>
<div id="node-{book_leaf.opts['nid']}" class="section-2"><h1 class="book-heading">{esc(book_leaf.title)}</h1>{body_html(book_leaf)}</div></div>
</body></html>
""")
    site.non_articles += ["/so-tay-htx", f"/node/{BOOK}", f"/book/export/html/{BOOK}"]
    site.trap("the book /so-tay-htx (Book module: an intro and the child list) and its whole-book export "
              f"/book/export/html/{BOOK} (the leaf's text under the book's): not articles", "/so-tay-htx")

    # teaser lists
    def teaser(a: RichArticle) -> str:
        first = next(b for b in a.blocks if b.kind == "p")
        return (f'<div id="node-{a.opts["nid"]}" class="node">\n<h2><a href="{a.path}" title="{attr(a.title)}">{esc(a.title)}'
                f'</a></h2>\n{submitted(a.date, a.opts["by"])}\n  <div class="content clear-block">\n<p>{inline_html(first.text)}'
                f'</p>\n  </div>\n  <div class="clear-block">\n    <div class="meta">\n{terms(a)}    </div>\n{links(a, True)}'
                "  </div>\n</div>\n")

    def pager(base: str, n: int, total: int) -> str:
        if total < 2:
            return ""

        def href(k: int) -> str:
            return base if k == 0 else f"{base}?page={k}"
        items = []
        if n > 0:
            items += [f'<li class="pager-first first"><a href="{href(0)}" title="Đến trang đầu tiên" class="active">« đầu</a></li>',
                      f'<li class="pager-previous"><a href="{href(n - 1)}" title="Đến trang trước" class="active">‹ trước</a>'
                      "</li>"]
        for k in range(total):
            items.append(f'<li class="pager-current">{k + 1}</li>' if k == n else
                         f'<li class="pager-item"><a href="{href(k)}" title="Đến trang {k + 1}" class="active">{k + 1}</a></li>')
        if n < total - 1:
            items += [f'<li class="pager-next"><a href="{href(n + 1)}" title="Đến trang sau" class="active">sau ›</a></li>',
                      f'<li class="pager-last last"><a href="{href(total - 1)}" title="Đến trang cuối" class="active">cuối »'
                      "</a></li>"]
        return f'<div class="item-list"><ul class="pager">{"".join(items)}</ul></div>'

    def teaser_list(path: str, first_path: str, title: str, items: list[RichArticle], heading: str | None,
                    front: bool = False, crumbs: list | None = None) -> None:
        pages = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(pages):
            p = first_path if n == 0 else f"{path}?page={n}"
            content = "".join(teaser(a) for a in chunk) + pager(path, n, len(pages))
            site.page(p, page(title, content, heading=heading, front=front, crumbs=crumbs))
            site.non_articles.append(p)

    teaser_list("/node", "/", NAME, promoted, None, front=True)
    site.same_page("/node", "/")
    site.non_articles.append("/node")
    site.trap("front page / (= /node): teasers with 'Đọc thêm', 5 a page; its pager links /node?page=1 (the system "
              "path), which alone (with the term list's page 2) holds the oldest story", "/node?page=1")
    for tid, tname in TERMS.items():
        items = [a for a in arts if a.opts["tid"] == tid]
        teaser_list(f"/taxonomy/term/{tid}", f"/taxonomy/term/{tid}", f"{tname} | {NAME}", items, tname,
                    crumbs=[])
        site.page(f"/taxonomy/term/{tid}/0/feed", rss(items[:FEED_ITEMS], f"{NAME} - {tname}", f"/taxonomy/term/{tid}"),
                  content_type="application/rss+xml; charset=utf-8")
    site.trap("term lists /taxonomy/term/<tid> (teasers; ?page=1 for 'Tin hoạt động') and their feeds "
              "/taxonomy/term/<tid>/0/feed: lists", "/taxonomy/term/3?page=1")
    site.page("/gioi-thieu", page(f"Giới thiệu | {NAME}", '<div id="node-5" class="node"><div class="content clear-block"><p>'
                                  'Liên minh Hợp tác xã tỉnh Hậu Giang là tổ chức kinh tế - xã hội, đại diện và bảo vệ quyền, '
                                  'lợi ích hợp pháp của các HTX trên địa bàn tỉnh.</p></div></div>', heading="Giới thiệu"))
    site.same_page("/node/5", "/gioi-thieu")
    site.non_articles += ["/gioi-thieu"]
    for path, title in [("/user/register", "Tạo tài khoản mới"), ("/user/password", "Yêu cầu mật khẩu mới"),
                        ]:
        site.page(path, page(f"{title} | {NAME}", f'<form action="{path}" method="post" id="user-form"><input type="text" '
                             'name="name" /></form>', heading=title))
        site.non_articles.append(path)
    site.static("/robots.txt", """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google.
#
User-agent: *
Crawl-delay: 10
# Directories
Disallow: /includes/
Disallow: /misc/
Disallow: /modules/
Disallow: /profiles/
Disallow: /scripts/
Disallow: /sites/
Disallow: /themes/
# Files
Disallow: /CHANGELOG.txt
Disallow: /cron.php
Disallow: /INSTALL.mysql.txt
Disallow: /INSTALL.pgsql.txt
Disallow: /install.php
Disallow: /INSTALL.txt
Disallow: /LICENSE.txt
Disallow: /MAINTAINERS.txt
Disallow: /update.php
Disallow: /UPGRADE.txt
Disallow: /xmlrpc.php
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /contact/
Disallow: /logout/
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register/
Disallow: /user/password/
Disallow: /user/login/
# Paths (no clean URLs)
Disallow: /?q=admin/
Disallow: /?q=comment/reply/
Disallow: /?q=contact/
Disallow: /?q=logout/
Disallow: /?q=node/add/
Disallow: /?q=search/
Disallow: /?q=user/password/
Disallow: /?q=user/register/
Disallow: /?q=user/login/
""")
    site.trap("robots.txt is Drupal 6's own: '/user/login/' with a slash does not cover the login block's /user/register "
              "and /user/password links (fetched, not articles); /sites/ and /comment/reply/ are disallowed",
              "/user/register")
    site.page("/rss.xml", rss(promoted[:FEED_ITEMS], NAME, "/"), content_type="application/rss+xml; charset=utf-8")
    site.trap("rss.xml (the front page's 6 newest promoted teasers): pubDate gmdate('r') '+0000', the midnight story "
              "reads the previous day", "/rss.xml")
    site.binary("/misc/favicon.ico", b"\x00\x00\x01\x00")
    return site


def rss(items: list[RichArticle], title: str, link: str) -> str:
    def desc(a: RichArticle) -> str:
        first = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        return esc(f'<p>{first}</p><p><a href="{{{{base}}}}{a.path}">đọc thêm</a></p>')

    its = "".join(
        f"<item>\n <title>{esc(a.title)}</title>\n <link>{{{{base}}}}{a.path}</link>\n <description>{desc(a)}"
        f"</description>\n <comments>{{{{base}}}}{a.path}#comments</comments>\n"
        + (f" <category domain=\"{{{{base}}}}/taxonomy/term/{a.opts['tid']}\">{esc(TERMS[a.opts['tid']])}</category>\n"
           if a.opts["tid"] else "")
        + f" <pubDate>{rfc(a.date)}</pubDate>\n <dc:creator>{esc(a.opts['by'])}</dc:creator>\n <guid isPermaLink=\"false\">"
        f"{a.opts['nid']} at {{{{base}}}}</guid>\n</item>\n" for a in items)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{{{{base}}}}{link}" xmlns:dc='
            f'"http://purl.org/dc/elements/1.1/">\n<channel>\n <title>{esc(title)}</title>\n <link>{{{{base}}}}{link}</link>\n'
            f" <description></description>\n <language>vi</language>\n{its}</channel>\n</rss>\n")

