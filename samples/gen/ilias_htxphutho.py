"""Site `ilias-htxphutho` (registry family `generic`): "Học tập trực tuyến LMHTX Phú Thọ", the **ILIAS 8** learning
platform (Delos skin, Vietnamese language, client `lmhtxpt`, anonymous access on) of the Phú Thọ cooperative alliance.
Its public repository holds a category "Tin tức" with one **Blog** object, "Tin hoạt động Liên minh HTX" (ref 284),
which the alliance uses as its news page. The copy is of 20 November 2024. Written as a held-out test: no family
module, no selectors.

What is an article here: a blog posting in ILIAS's full-screen preview,
`/ilias.php?ref_id=284&blpg=<posting>&cmd=previewFullscreen&cmdClass=ilblogpostinggui&cmdNode=13g:ns&baseClass=
ilRepositoryGUI` (what the blog's list and its navigation link: the truth's path). The permanent link that ILIAS
prints in the footer, `/goto.php?target=blog_284_<posting>`, and the older static form
`/goto_lmhtxpt_blog_284_<posting>.html` answer 302 to it (aliases).

URL shapes: `/` answers 302 to the repository root `/ilias.php?baseClass=ilrepositorygui&ref_id=1`, which lists the
category "Tin tức" (`ref_id=71`), which lists the blog; the blog's list
`/ilias.php?ref_id=284&cmd=preview&cmdClass=ilobjbloggui&cmdNode=13g&baseClass=ilRepositoryGUI` shows **only the
current month's** postings (November 2024: title, date line, a snippet, "Đọc thêm…", "Bình luận (n)", "Liên kết cố
định"); the side block "Lưu trữ" links the other months (`&bmn=2024-10`, `&bmn=2024-09`, `&bmn=2024-07`): the older
postings are only reached there. The keywords block links `&kwd=<keyword>` lists; the public news feed
`/feed.php?client_id=lmhtxpt&ref_id=284` (RSS 2.0, the server's time zone UTC). No sitemap; robots.txt as ILIAS ships
it (disallows the login and registration pages).

Why it is hard: the page's only `<h1>` (`h1.il-page-content-header`) is the **blog's** title; the posting's title is
the COPage page title `div.ilc_page_title_PageTitle` inside the page; `<title>` is "ILIAS: Tin hoạt động Liên minh
HTX" on every posting. The date line under the title is ILIAS's
`ilDatePresentation` in Vietnamese ("03. Thg 11 2024, 09:20") followed by the posting's author **account** ("Văn
phòng Liên minh", "Ban Tuyên truyền"), which is never the author: a closing byline is. Under the page: the posting
navigation ("« Bài trước" / "Bài sau »" with the neighbours' titles), the keywords, and the comments block ("Bình
luận", commenter, date, text). The feed's `pubDate` is UTC: the posting of 05:50 on 8 November is "Thu, 07 Nov 2024
22:50:00 +0000" there. Mainbar, metabar ("Đăng nhập", "Ngôn ngữ"), breadcrumbs and the footer (permanent link box,
"Chính sách bảo mật", "Liên hệ") on every page.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso
from .richbody import RichArticle, table_html

SITE = "ilias-htxphutho"
PLATFORM = "Học tập trực tuyến LMHTX Phú Thọ"
ORG = "Liên minh Hợp tác xã tỉnh Phú Thọ"
BLOG = "Tin hoạt động Liên minh HTX"
REF = 284
CAT = 71
CLIENT = "lmhtxpt"
LIST = f"/ilias.php?ref_id={REF}&cmd=preview&cmdClass=ilobjbloggui&cmdNode=13g&baseClass=ilRepositoryGUI"
ROOT = "/ilias.php?baseClass=ilrepositorygui&ref_id=1"
CATP = f"/ilias.php?ref_id={CAT}&cmdClass=ilrepositorygui&cmdNode=wm&baseClass=ilrepositorygui"
FEED = f"/feed.php?client_id={CLIENT}&ref_id={REF}"
MONTHS = ("Thg 1", "Thg 2", "Thg 3", "Thg 4", "Thg 5", "Thg 6", "Thg 7", "Thg 8", "Thg 9", "Thg 10", "Thg 11", "Thg 12")
CURRENT = (2024, 11)
FOOT = "Liên minh Hợp tác xã tỉnh Phú Thọ - Đường Trần Phú, phường Gia Cẩm, TP Việt Trì"
PERMA = "Liên kết cố định"
FURN = [FOOT, PERMA, "Chính sách bảo mật", "Đăng nhập", "Ngôn ngữ", "Kho dữ liệu", "Bài trước", "Bài sau",
        "Lưu trữ", "Từ khóa", "Powered by ILIAS"]


def il_date(d: datetime) -> str:
    return f"{d.day:02d}. {MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"


def posting_url(n: int) -> str:
    return f"/ilias.php?ref_id={REF}&blpg={n}&cmd=previewFullscreen&cmdClass=ilblogpostinggui&cmdNode=13g:ns&baseClass=ilRepositoryGUI"


def month_url(y: int, m: int) -> str:
    return LIST if (y, m) == CURRENT else f"{LIST}&bmn={y}-{m:02d}"


def kw_url(k: str) -> str:
    return f"{LIST}&kwd={k.replace(' ', '+')}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="61", title="Liên minh HTX tỉnh Phú Thọ gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
          body="""
Chiều 19/11, Trường Trung cấp nghề thuộc Liên minh HTX tỉnh tổ chức gặp mặt kỷ niệm 42 năm Ngày Nhà giáo Việt Nam.
[img nha-giao-2024.png] Lãnh đạo Liên minh HTX tỉnh tặng hoa chúc mừng các thầy, cô giáo
Năm học 2023 - 2024, nhà trường đào tạo nghề cho hơn 1.200 lao động nông thôn, trong đó nhiều học viên là thành viên HTX.
""", byline="Hà Thu Trang", author="Hà Thu Trang",
          opts={"account": "Ban Tuyên truyền", "kw": ["đào tạo nghề"], "comments": [
              ("Nguyễn Văn Hưng", datetime(2024, 11, 20, 8, 15), "Chúc mừng các thầy cô nhân ngày 20/11!")]},
          notes=["the only <h1> is the blog's title; the posting's title is div.ilc_page_title_PageTitle; date line "
                 "'19. Thg 11 2024, 17:40' then the account 'Ban Tuyên truyền' (not the author: byline 'Hà Thu Trang'); "
                 "a comment of 20/11 under it"],
          **at(datetime(2024, 11, 19, 17, 40))),
        A(path="60", title="Thông báo số 42/TB-LMHTX về việc đăng ký tham gia Hội chợ OCOP Hùng Vương",
          body="""
LIÊN MINH HTX TỈNH PHÚ THỌ
Số: 42/TB-LMHTX
Phú Thọ, ngày 11 tháng 11 năm 2024
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ OCOP Hùng Vương năm 2024
Liên minh HTX tỉnh thông báo đến các HTX có sản phẩm OCOP đăng ký tham gia Hội chợ tổ chức từ ngày 12 đến 16/12/2024 tại TP Việt Trì.
Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX tỉnh trước ngày 30/11/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Thanh Hà
""", author=None, doc_number="42/TB-LMHTX",
          opts={"account": "Văn phòng Liên minh", "kw": ["thông báo", "OCOP"], "comments": []},
          notes=["notice 'Số: 42/TB-LMHTX' dated 11/11, posted 12/11 08:05; the signer is text, not author"],
          **at(datetime(2024, 11, 12, 8, 5))),
        A(path="59", title="HTX chè Phú Hộ mở rộng vùng nguyên liệu hữu cơ",
          body="""
[img che-phu-ho-1.png] Thành viên HTX chè Phú Hộ thu hái chè búp trên đồi chè hữu cơ
[img che-phu-ho-2.png] Dây chuyền sao sấy chè của HTX vừa được đầu tư năm 2024
HTX chè Phú Hộ (thị xã Phú Thọ) hiện có 40 ha chè được chứng nhận hữu cơ, liên kết với hơn 120 hộ dân.
Sản phẩm chè xanh Phú Hộ đạt OCOP 4 sao, được tiêu thụ ổn định tại Hà Nội và xuất khẩu sang Đài Loan.
""", byline="Ảnh: Đỗ Mạnh Cường", author="Đỗ Mạnh Cường",
          opts={"account": "Ban Tuyên truyền", "kw": ["OCOP"], "comments": [
              ("Trần Thị Lan", datetime(2024, 11, 9, 10, 2), "HTX làm rất bài bản."),
              ("Ban Tuyên truyền", datetime(2024, 11, 9, 14, 30), "Cảm ơn chị đã quan tâm theo dõi.")]},
          notes=["posted 08/11 05:50: the RSS pubDate is UTC, 'Thu, 07 Nov 2024 22:50:00 +0000' (the day before); "
                 "photo story, captions are lines; two comments (a reply by the account) under it"],
          **at(datetime(2024, 11, 8, 5, 50))),
        A(path="57", title="Kết quả hỗ trợ HTX tiếp cận vốn 9 tháng năm 2024",
          body="""
Trong 9 tháng năm 2024, Quỹ hỗ trợ phát triển HTX tỉnh Phú Thọ đã cho vay 14 dự án với tổng số tiền 8,6 tỷ đồng.
| STT | Huyện, thị, thành | Số dự án | Số tiền (triệu đồng) |
| 1 | Huyện Thanh Sơn | 4 | 2.400 |
| 2 | Huyện Đoan Hùng | 3 | 1.900 |
| 3 | Huyện Lâm Thao | 4 | 2.500 |
| 4 | TP Việt Trì | 3 | 1.800 |
Các dự án chủ yếu đầu tư chế biến chè, bưởi và chăn nuôi gà đồi.
""", byline="Quỹ Hỗ trợ phát triển HTX tỉnh", author=None,
          opts={"account": "Văn phòng Liên minh", "kw": ["quỹ hỗ trợ"], "comments": []},
          notes=["only in the month list &bmn=2024-10; a table, one line per row; an office closes it: author null"],
          **at(datetime(2024, 10, 21, 15, 10))),
        A(path="55", title="Tập huấn nâng cao năng lực quản trị cho HTX huyện Thanh Sơn",
          body="""
Ngày 3 và 4/10, Liên minh HTX tỉnh tổ chức lớp tập huấn nâng cao năng lực quản trị cho 50 cán bộ HTX huyện Thanh Sơn.
## Nội dung tập huấn
* Xây dựng phương án sản xuất, kinh doanh của HTX;
* Quản lý tài chính, kế toán HTX theo quy định mới;
* Kỹ năng xây dựng thương hiệu và tiếp thị sản phẩm.
Kết thúc lớp học, các học viên được cấp giấy chứng nhận.
""", byline="Bùi Quang Huy", author="Bùi Quang Huy",
          opts={"account": "Ban Tuyên truyền", "kw": ["đào tạo nghề"], "comments": []},
          notes=["only in the month list &bmn=2024-10; heading and list"],
          **at(datetime(2024, 10, 5, 9, 30))),
        A(path="52", title="HTX bưởi Đoan Hùng vào mùa thu hoạch",
          body="""
Những ngày này, các HTX trồng bưởi ở huyện Đoan Hùng đang tất bật thu hoạch bưởi sớm phục vụ thị trường.
Năm nay, sản lượng bưởi của các HTX ước đạt 3.500 tấn, giá bán từ 25.000 đến 40.000 đồng/quả.
""", byline="Theo Báo Phú Thọ", author=None,
          opts={"account": "Ban Tuyên truyền", "kw": ["OCOP"], "comments": []},
          notes=["only in &bmn=2024-09; reprint 'Theo Báo Phú Thọ': a source, author null"],
          **at(datetime(2024, 9, 24, 10, 45))),
        A(path="50", title="Liên minh HTX tỉnh hỗ trợ HTX khắc phục hậu quả bão số 3",
          body="""
Sau bão số 3 (Yagi), Liên minh HTX tỉnh đã kiểm tra, nắm tình hình thiệt hại của các HTX tại các huyện Thanh Ba, Hạ Hòa, Cẩm Khê.
Theo thống kê ban đầu, 37 HTX bị thiệt hại về nhà xưởng, cây trồng, vật nuôi với tổng giá trị trên 20 tỷ đồng.
Liên minh HTX tỉnh đã đề xuất giãn nợ, khoanh nợ cho các HTX đang vay vốn của Quỹ hỗ trợ phát triển HTX.
""", byline="Hà Thu Trang", author="Hà Thu Trang",
          opts={"account": "Văn phòng Liên minh", "kw": ["quỹ hỗ trợ"], "comments": []},
          notes=["only in &bmn=2024-09"], **at(datetime(2024, 9, 12, 16, 20))),
        A(path="46", title="Hội nghị sơ kết 6 tháng đầu năm 2024",
          body="""
Sáng 12/7, Liên minh HTX tỉnh Phú Thọ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.
Sáu tháng đầu năm, toàn tỉnh thành lập mới 19 HTX, đạt 63% kế hoạch năm.
""", author=None,
          opts={"account": "Văn phòng Liên minh", "kw": [], "comments": []},
          notes=["the oldest, only in &bmn=2024-07 (no posting in August); no byline: author null"],
          **at(datetime(2024, 7, 12, 14, 0))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<div class="ilc_Paragraph ilc_text_block_Standard">{inline_html(b.text)}</div>')
        elif b.kind == "h":
            out.append(f'<h2 class="ilc_heading2_Headline2">{esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f'<{b.kind} class="ilc_list_u_BulletedList">'
                       + "".join(f'<li class="ilc_list_item_StandardListItem">{inline_html(x)}</li>' for x in b.items)
                       + f"</{b.kind}>")
        elif b.kind == "table":
            out.append(table_html(b, "ilc_table_StandardTable"))
        elif b.kind == "img":
            src = f"/data/{CLIENT}/mobs/mm_{int(hashlib.md5(b.src.encode()).hexdigest()[:4], 16) % 9000 + 1000}/{b.src}"
            a.opts.setdefault("imgs", []).append(src)
            out.append(f'<figure class="ilc_media_cont_MediaContainer" style="display:table; margin-left: auto; '
                       f'margin-right: auto;"><div class="ilc_Mob"><img src="{src}" alt="" width="640" height="427" />'
                       f'</div>' + (f'<figcaption><div class="ilc_media_caption_MediaCaption">{esc(b.text)}</div>'
                                    '</figcaption>' if b.text else "") + "</figure>")
    if a.byline:
        out.append(f'<div class="ilc_Paragraph ilc_text_block_Standard" style="text-align: right;"><strong>'
                   f'{esc(a.byline)}</strong></div>')
    return "\n".join(out)


def layout(title: str, crumbs: list[tuple[str, str]], header: str, content: str, side: str, perma: str) -> str:
    bc = "".join(f'<span class="crumb"><a href="{h}">{esc(t)}</a></span>' for t, h in crumbs)
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<link rel="icon" href="/templates/default/images/favicon.ico" type="image/x-icon" />
<link rel="stylesheet" type="text/css" href="/templates/default/delos.css?vers=8-14-2024-10-08" />
<link rel="stylesheet" type="text/css" href="/Services/COPage/css/content.css" />
<link rel="alternate" type="application/rss+xml" title="{attr(BLOG)}" href="{FEED}" />
<script src="/node_modules/jquery/dist/jquery.js"></script>
<script src="/src/UI/templates/js/MainControls/mainbar.js"></script>
</head>
<body>
<div class="il-layout-page">
<header><div class="header-inner"><div class="il-logo"><a href="{ROOT}"><img src="/templates/default/images/HeaderIcon.png" class="img-standard" alt="{attr(PLATFORM)}"/></a></div>
<div class="il-pagetitle"><span class="il-pagetitle">{esc(PLATFORM)}</span></div>
<div class="il-maincontrols-metabar" role="menubar" aria-label="Thanh công cụ">
<button class="btn btn-bulky" role="menuitem" aria-label="Tìm kiếm"><span class="bulky-label">Tìm kiếm</span></button>
<button class="btn btn-bulky" role="menuitem" aria-label="Ngôn ngữ"><span class="bulky-label">Ngôn ngữ</span></button>
<a class="btn btn-bulky" href="/login.php?target=blog_{REF}&amp;client_id={CLIENT}&amp;cmd=force_login&amp;lang=vi" role="menuitem"><span class="bulky-label">Đăng nhập</span></a>
</div></div></header>
<div class="il-system-infos"></div>
<div class="nav il-maincontrols"><div class="il-maincontrols-mainbar" role="menubar" aria-label="Thanh điều hướng chính">
<nav class="il-mainbar" aria-label="Thanh điều hướng chính"><div class="il-mainbar-tools-button"></div>
<div class="il-mainbar-triggers"><ul class="il-mainbar-entries" role="menubar">
<li role="none"><a class="btn btn-bulky" href="{ROOT}" role="menuitem"><span class="bulky-label">Kho dữ liệu</span></a></li>
</ul></div></nav></div></div>
<main class="il-layout-page-content"><div>
<nav aria-label="Định vị" class="breadcrumb_wrapper"><div class="breadcrumb">{bc}</div></nav>
<div class="il_HeaderInner media il-page-content-header-container"><div class="media-body"><h1 class="il-page-content-header media-heading ilHeader">{esc(header)}</h1></div></div>
<div class="ilTabsContentOuter"><div id="mainspacekeeper" class="container-fluid"><div class="row" style="position: relative;">
<div id="il_center_col" class="col-sm-9">
{content}
</div>
<div id="il_right_col" class="col-sm-3">{side}</div>
</div></div></div>
</div></main>
<footer role="contentinfo"><div class="il-maincontrols-footer">
<div class="il-footer-content"><div class="il-footer-text">{esc(FOOT)}</div>
<div class="il-footer-links"><ul><li><a href="/ilias.php?baseClass=ilstartupgui&amp;cmd=showPrivacyPolicy">Chính sách bảo mật</a></li><li><a href="/ilias.php?baseClass=ilstartupgui&amp;cmd=showContact">Liên hệ</a></li></ul></div>
<div class="il-footer-permanent-url"><label for="current_perma_link">{PERMA}</label><input id="current_perma_link" type="text" value="{{{{base}}}}{perma}" readonly="readOnly"></div>
<div class="il-footer-poweredby">Powered by ILIAS</div></div>
</div></footer>
</div>
<script>il.Util.addOnLoad(function() {{ il.UI.maincontrols.mainbar.init(); }});</script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "phu-tho", f"{ORG} (ILIAS)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}%s" % (SITE, FEED)])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.opts["n"] = int(a.path)
        a.path = posting_url(a.opts["n"])
    months: dict[tuple[int, int], list[RichArticle]] = {}
    for a in arts:
        months.setdefault((a.date.year, a.date.month), []).append(a)
    keywords = sorted({k for a in arts for k in a.opts["kw"]})

    def side(cur: tuple[int, int]) -> str:
        items = []
        for (y, m), ps in months.items():
            cap = f"Tháng {m} {y}"
            if (y, m) == cur:
                sub = "".join(f'<li class="small"><a href="{p.path}">{esc(p.title)}</a></li>' for p in ps)
                items.append(f'<li><a href="{month_url(y, m)}">{cap}</a> ({len(ps)})<ul class="ilBlogSideBlockNavigation">'
                             f'{sub}</ul></li>')
            else:
                items.append(f'<li><a href="{month_url(y, m)}">{cap}</a> ({len(ps)})</li>')
        kws = "".join(f'<li><a href="{kw_url(k)}" class="ilTag">{esc(k)}</a></li>' for k in keywords)
        return (f'<div class="panel panel-secondary il-panel-listing-std-container ilBlockBG"><div class="panel-heading '
                f'ilHeader"><h2>Lưu trữ</h2></div><div class="panel-body"><ul class="ilBlogSideBlockNavigation">'
                f'{"".join(items)}</ul></div></div>'
                f'<div class="panel panel-secondary ilBlockBG"><div class="panel-heading ilHeader"><h2>Từ khóa</h2></div>'
                f'<div class="panel-body"><ul class="ilTagCloud">{kws}</ul></div></div>')

    crumbs = [("Kho dữ liệu", ROOT), ("Tin tức", CATP), (BLOG, LIST)]
    for i, a in enumerate(arts):
        n = a.opts["n"]
        older = arts[i + 1] if i + 1 < len(arts) else None
        newer = arts[i - 1] if i > 0 else None
        nav = '<div class="ilBlogPostingNavigation">'
        if older:
            nav += f'<a class="ilFloatLeft" href="{older.path}">« Bài trước: {esc(older.title)}</a> '
        if newer:
            nav += f'<a class="ilFloatRight" href="{newer.path}">Bài sau: {esc(newer.title)} »</a>'
        nav += "</div>"
        kw = ""
        if a.opts["kw"]:
            kw = ('<div class="ilBlogPostingKeywords small">Từ khóa: ' + ", ".join(
                f'<a href="{kw_url(k)}">{esc(k)}</a>' for k in a.opts["kw"]) + "</div>")
        coms = a.opts["comments"]
        notes = "".join(
            f'<div class="ilNotesItem"><div class="ilNoteHeader"><span class="il-item-title">{esc(who)}</span> '
            f'<span class="il-item-description small">{il_date(when)}</span></div><div class="ilNoteText">{esc(text)}'
            "</div></div>" for who, when, text in coms)
        notes_block = (f'<div class="ilCommentsSection" id="notes_section"><h3 class="ilHeader">Bình luận ({len(coms)})</h3>'
                       + (notes or '<p class="small">Chưa có bình luận nào.</p>')
                       + '<p class="small"><a href="/login.php?target=blog_%d&amp;client_id=%s&amp;cmd=force_login&amp;'
                         'lang=vi">Đăng nhập</a> để viết bình luận.</p></div>' % (REF, CLIENT))
        content = f"""<div class="ilBlogPostingFullscreen">
<div id="il_page_cont" class="ilc_page_cont_PageContainer"><div class="ilc_page_Page">
<div class="ilc_page_title_PageTitle">{esc(a.title)}</div>
<div class="ilBlogListItemSubTitle small">{il_date(a.date)} · <span class="ilBlogPostingAuthor">{esc(a.opts["account"])}</span></div>
<div class="ilc_section_Block">
{body_html(a)}
</div></div></div>
<br />
{kw}
{nav}
{notes_block}
</div>"""
        perma = f"/goto.php?target=blog_{REF}_{n}&client_id={CLIENT}"
        site.page(a.path, layout(f"ILIAS: {BLOG}", crumbs, BLOG, content, side((a.date.year, a.date.month)), perma))
        goto = f"/goto.php?target=blog_{REF}_{n}&client_id={CLIENT}"
        static_goto = f"/goto_{CLIENT}_blog_{REF}_{n}.html"
        site.redirect(goto, a.path, 302)
        site.redirect(static_goto, a.path, 302)
        a.aliases += [goto, static_goto]
        for src in a.opts.get("imgs", []):
            site.binary(src, image_for(src))
        site.add_article(a)

    def listing(ps: list[RichArticle], heading: str) -> str:
        items = []
        for p in ps:
            snippet = p.summary()
            items.append(
                f'<div class="ilBlogListItem"><div class="ilBlogListItemTitle"><h3><a href="{p.path}">{esc(p.title)}</a>'
                f'</h3></div><div class="ilBlogListItemSubTitle">{il_date(p.date)} · {esc(p.opts["account"])}</div>'
                f'<div class="ilBlogListItemSnippet"><p>{esc(snippet)}</p></div><div class="ilBlogListItemMore"><span '
                f'class="small"><a href="{p.path}" class="btn btn-default">Đọc thêm&hellip;</a></span></div>'
                f'<div class="ilBlogListItemCommtensPerma ilClearFloat"><a href="{p.path}#notes_section">Bình luận</a> '
                f'({len(p.opts["comments"])}) &middot;  <a href="/goto.php?target=blog_{REF}_{p.opts["n"]}&amp;client_id='
                f'{CLIENT}">{PERMA}</a></div></div>')
        return f'<h3 class="ilHeader">{esc(heading)}</h3><div class="ilBlogList">{"".join(items)}</div>'

    for (y, m), ps in months.items():
        site.page(month_url(y, m), layout(f"ILIAS: {BLOG}", crumbs[:2], BLOG, listing(ps, f"Tháng {m} {y}"),
                                          side((y, m)), f"/goto.php?target=blog_{REF}&client_id={CLIENT}"))
        site.non_articles.append(month_url(y, m))
    for k in keywords:
        ps = [a for a in arts if k in a.opts["kw"]]
        site.page(kw_url(k), layout(f"ILIAS: {BLOG}", crumbs[:2], BLOG, listing(ps, f"Từ khóa: {k}"), side(CURRENT),
                                    f"/goto.php?target=blog_{REF}&client_id={CLIENT}"))
        site.non_articles.append(kw_url(k))
    site.redirect(f"/goto.php?target=blog_{REF}&client_id={CLIENT}", LIST, 302)

    # repository root and category
    def obj_list(title: str, href: str, desc: str, kind: str) -> str:
        return (f'<div class="ilContainerBlock"><div class="ilContainerListItemOuter"><div class="il_ContainerListItem">'
                f'<img src="/templates/default/images/icon_{kind}.svg" alt="{kind}" class="ilListItemIcon" />'
                f'<div class="il_ContainerItemTitle"><h3 class="il_ContainerItemTitle"><a href="{href}" class='
                f'"il_ContainerItemTitle">{esc(title)}</a></h3></div><div class="ilListItemSection il_Description">'
                f"{esc(desc)}</div></div></div></div>")

    site.page(ROOT, layout(f"ILIAS: Kho dữ liệu", [("Kho dữ liệu", ROOT)], "Kho dữ liệu",
                           obj_list("Tin tức", CATP, "Tin tức, thông báo của Liên minh HTX tỉnh", "cat")
                           + obj_list("Khóa học bồi dưỡng cán bộ HTX", ROOT, "Khóa học dành cho thành viên đã đăng ký", "crs"),
                           "", "/goto.php?target=root_1&client_id=" + CLIENT))
    site.page(CATP, layout("ILIAS: Tin tức", [("Kho dữ liệu", ROOT), ("Tin tức", CATP)], "Tin tức",
                           obj_list(BLOG, LIST, "Tin hoạt động, thông báo của Liên minh HTX tỉnh Phú Thọ", "blog"), "",
                           f"/goto.php?target=cat_{CAT}&client_id={CLIENT}"))
    site.redirect(f"/goto.php?target=root_1&client_id={CLIENT}", ROOT, 302)
    site.redirect(f"/goto.php?target=cat_{CAT}&client_id={CLIENT}", CATP, 302)
    site.redirect("/", ROOT, 302)
    for cmd, t, text in (("showPrivacyPolicy", "Chính sách bảo mật", "Hệ thống chỉ lưu các thông tin cần cho việc học tập."),
                         ("showContact", "Liên hệ", "Văn phòng Liên minh HTX tỉnh Phú Thọ - ĐT: 0210 3846 221")):
        site.page(f"/ilias.php?baseClass=ilstartupgui&cmd={cmd}",
                  layout(f"ILIAS: {t}", [("Kho dữ liệu", ROOT)], t, f"<p>{esc(text)}</p>", "", "/"))
        site.non_articles.append(f"/ilias.php?baseClass=ilstartupgui&cmd={cmd}")
    login = f"/login.php?target=blog_{REF}&client_id={CLIENT}&cmd=force_login&lang=vi"
    site.page(login, layout("ILIAS: Đăng nhập", [], "Đăng nhập", "<form><input name=\"username\"></form>", "", "/"))
    site.never_fetched.append(login)
    site.static("/robots.txt", "User-agent: *\nDisallow: /login.php\nDisallow: /register.php\n")
    site.non_articles += [ROOT, CATP]

    # RSS feed: the five newest, pubDate in UTC
    def rfc(d: datetime) -> str:
        u = d - timedelta(hours=7)
        return u.strftime("%a, %d %b %Y %H:%M:%S +0000")

    items = "".join(
        f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}/goto.php?target=blog_{REF}_{a.opts['n']}&amp;client_id="
        f"{CLIENT}</link><description>{esc(a.summary())}</description><pubDate>{rfc(a.date)}</pubDate>"
        f"<guid isPermaLink=\"false\">il_{CLIENT}_blp_{a.opts['n']}</guid></item>" for a in arts[:5])
    site.page(FEED, '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
              f"<title>{esc(BLOG)}</title><link>{{{{base}}}}/goto.php?target=blog_{REF}&amp;client_id={CLIENT}</link>"
              f"<description>{esc(PLATFORM)}</description><language>vi</language>{items}</channel></rss>\n",
              content_type="application/rss+xml; charset=utf-8")
    for p in ("/templates/default/images/favicon.ico", "/templates/default/images/HeaderIcon.png",
              "/templates/default/images/icon_cat.svg", "/templates/default/images/icon_crs.svg",
              "/templates/default/images/icon_blog.svg"):
        site.binary(p, image_for(p))

    site.trap("/ answers 302 to the repository root, which lists the category 'Tin tức', which lists the blog; mainbar, "
              "metabar ('Đăng nhập', 'Ngôn ngữ'), breadcrumbs and the footer's permanent link box on every page", ROOT)
    site.trap("the blog's list shows only the current month (November 2024); the side block 'Lưu trữ' links the other "
              "months (&bmn=2024-10, -09, -07): the five older postings are only there", LIST)
    site.trap("a posting: the <h1> is the blog's title, the posting's title div.ilc_page_title_PageTitle; <title> "
              "'ILIAS: Tin hoạt động Liên minh HTX'; date line '19. Thg 11 2024, 17:40 · <account>' (the account is "
              "never the author); posting navigation with the neighbours' titles, keywords and comments under it; "
              "goto.php?target=blog_284_<n> and goto_lmhtxpt_blog_284_<n>.html redirect (aliases)", arts[0].path)
    site.trap("the RSS feed's pubDate is UTC (the 05:50 posting of 8 November is dated 7 November 22:50 +0000)", FEED)
    return site
