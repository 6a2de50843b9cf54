"""Site `openedx-htxbinhduong` (registry family `generic`): "Học trực tuyến LMHTX Bình Dương", the **Open edX (Olive)**
LMS of the Bình Dương cooperative alliance, legacy (server-rendered) course experience, Vietnamese language, two
public courses ("course visibility: public") used as the alliance's news bulletin, one per year:
`course-v1:LMHTXBD+BANTIN+2024` "Bản tin Liên minh HTX 2024" and `course-v1:LMHTXBD+BANTIN+2023`. The copy is of 10
December 2024. Written as a held-out test: no family module, no selectors.

What is an article here: a unit of a bulletin course, one HTML component holding one news item or notice. Its page is
the legacy courseware view of its subsection, `/courses/<course id>/courseware/<chapter>/<sequential>/` (what the
course navigation links): that is the truth's path. The course's **Course Updates & News** page
`/courses/<course id>/course/updates` announces each item (a dated `article.updates-article` with a heading, one
sentence and "Đọc toàn văn" linking `/courses/<id>/jump_to_id/<block id>`), and the outline on the course home links
`/courses/<id>/jump_to/<usage key>`: both answer 302 to `/courses/<id>/courseware/<chapter>/<sequential>/1?
activate_block_id=<usage key>`, which serves the same page (all three are aliases).

URL shapes: `/` (course cards) and `/courses` (discovery) link the about pages `/courses/<id>/about` (h1 course
name, "Ngày bắt đầu", "Xem khóa học", "Cập nhật khóa học"); the course home `/courses/<id>/course/` (outline of
chapters = months, the latest update as a welcome message, the "Tài liệu khóa học" handouts in the sidebar: PDF
assets `/asset-v1:LMHTXBD+BANTIN+2024+type@asset+block@<file>`). The 2023 items are only reached through the 2023
course (second card of the catalogue, its own updates page and outline). Static pages `/about`, `/contact`, `/tos`,
`/privacy`; `/login` and `/register` (forms). robots.txt allows all; no sitemap, no feed.

Why it is hard: the courseware page carries no date at all: the only date of an item is the heading of its entry on
the updates page, the string Studio stored ("Tháng 11 03, 2024": month before day), so `published` is that day at
midnight (a notice's own "Bình Dương, ngày …" line agrees with it). The title is the unit's `h2.unit-title` (there is
no `<h1>`; `<title>` is "<subsection> | Học phần | Bản tin Liên minh HTX 2024 | Học trực tuyến LMHTX Bình Dương");
the course navigation (accordion) beside it lists every item's title of the course, the sequence bar repeats the
unit's name, the "Đánh dấu trang này" bookmark button and the collapsed discussion ("Hiện thảo luận") follow the
content. The updates page prints the heading and one sentence of each item: a teaser, not the article. A notice's
"Tải về: <file>" link is inside the HTML component: a line of the text, and the attachment (the file's name). The
global header, the course tabs (Khóa học, Cập nhật, Thảo luận) and the footer (links, legal line, "Powered by Open
edX") are on every page.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "openedx-htxbinhduong"
PLATFORM = "Học trực tuyến LMHTX Bình Dương"
ORG = "Liên minh Hợp tác xã tỉnh Bình Dương"
COURSES = {"2024": ("course-v1:LMHTXBD+BANTIN+2024", "Bản tin Liên minh HTX 2024", "Th01 08, 2024"),
           "2023": ("course-v1:LMHTXBD+BANTIN+2023", "Bản tin Liên minh HTX 2023", "Th01 09, 2023")}
COPY = ("© Liên minh Hợp tác xã tỉnh Bình Dương. Bảo lưu mọi quyền trừ khi có ghi chú khác. EdX, Open edX và các logo "
        "tương ứng là thương hiệu hoặc thương hiệu đã đăng ký của edX Inc.")
ABOUT_LINE = ("Học trực tuyến LMHTX Bình Dương là hệ thống đào tạo và thông tin của Liên minh HTX tỉnh Bình Dương dành "
              "cho cán bộ, thành viên HTX.")
FOOT_ADDR = "Số 26 Huỳnh Văn Nghệ, phường Phú Lợi, TP Thủ Dầu Một, Bình Dương"
FURN = [COPY, ABOUT_LINE, FOOT_ADDR, "Khám phá các khóa học", "Đánh dấu trang này", "Hiện thảo luận",
        "Điều khoản dịch vụ và Bộ quy tắc danh dự", "Chính sách bảo mật", "Powered by Open edX",
        "Chuyển tới nội dung chính", "Thảo luận"]


def hexid(s: str) -> str:
    return hashlib.md5(s.encode()).hexdigest()


def studio_date(d: datetime) -> str:
    """What Studio's date picker stores in the Vietnamese UI: 'Tháng 11 03, 2024'."""
    return f"Tháng {d.month} {d.day:02d}, {d.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def day(y, m, d, *more) -> dict:
        dt = datetime(y, m, d)
        return dict(date=dt, published=iso(dt, with_time=False), published_source="listing",
                    evidence=["listing", *more])

    return [
        A(path="2024", title="Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm HTX, OCOP năm 2024",
          body="""
Từ ngày 3 đến 7/12, tại Trung tâm Hội nghị và Triển lãm tỉnh, Liên minh HTX tỉnh Bình Dương tổ chức Hội chợ sản phẩm HTX, OCOP năm 2024 với 120 gian hàng.
[img hoi-cho-2024.png] Khách tham quan gian hàng sản phẩm OCOP của HTX tại hội chợ
Hội chợ thu hút hơn 20.000 lượt khách; doanh số bán hàng đạt trên 3,5 tỷ đồng.
## Kết nối tiêu thụ
Bên lề hội chợ, 14 HTX đã ký kết hợp đồng cung ứng nông sản với các siêu thị, bếp ăn công nghiệp trong tỉnh.
""", byline="Nguyễn Hoàng Yến", author="Nguyễn Hoàng Yến", opts={"month": (2024, 12), "discussion": True},
          notes=["no date on the courseware page: the updates page's heading 'Tháng 12 08, 2024' (month first) "
                 "-> midnight; title in h2.unit-title (no <h1>); a collapsed discussion block under the unit"],
          **day(2024, 12, 8)),
        A(path="2024", title="Thông báo số 31/TB-LMHTX về việc tổng kết phong trào HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH BÌNH DƯƠNG
Số: 31/TB-LMHTX
Bình Dương, ngày 25 tháng 11 năm 2024
THÔNG BÁO
Về việc tổng kết phong trào HTX năm 2024
Liên minh HTX tỉnh đề nghị các HTX, quỹ tín dụng nhân dân gửi báo cáo kết quả hoạt động năm 2024 về Văn phòng Liên minh trước ngày 15/12/2024.
Mẫu báo cáo được đính kèm thông báo này.
CHỦ TỊCH
Trần Thị Kim Loan
[[Tải về: TB-31-LMHTX-2024.pdf|/asset-v1:LMHTXBD+BANTIN+2024+type@asset+block@TB-31-LMHTX-2024.pdf]]
""", author=None, doc_number="31/TB-LMHTX",
          attachments=[{"path": "/asset-v1:LMHTXBD+BANTIN+2024+type@asset+block@TB-31-LMHTX-2024.pdf",
                        "text": "TB-31-LMHTX-2024.pdf"}],
          opts={"month": (2024, 11)},
          notes=["notice 'Số: 31/TB-LMHTX' dated 25/11 in its text, the update of 'Tháng 11 25, 2024' agrees; signer "
                 "is text; the link 'Tải về: TB-31-LMHTX-2024.pdf' inside the HTML component is a line of the "
                 "text and the attachment (its text the file's name); the same PDF is also in the sidebar's handouts"],
          **day(2024, 11, 25, "document")),
        A(path="2024", title="HTX Thạnh Hội làm giàu từ bưởi đường lá cam",
          body="""
[img buoi-thanh-hoi-1.png] Thành viên HTX Thạnh Hội chăm sóc vườn bưởi theo tiêu chuẩn VietGAP
[img buoi-thanh-hoi-2.png] Bưởi được phân loại, dán tem truy xuất nguồn gốc trước khi xuất bán
HTX Nông nghiệp Thạnh Hội (thị xã Tân Uyên) có 28 thành viên với 45 ha bưởi đường lá cam đạt chứng nhận VietGAP.
Mỗi năm HTX cung ứng khoảng 600 tấn bưởi cho thị trường TP Hồ Chí Minh và các tỉnh miền Bắc.
""", byline="Ảnh: Minh Quân", author="Minh Quân", opts={"month": (2024, 11), "discussion": True},
          notes=["photo story: the captions are lines; 'Ảnh: Minh Quân' -> author; date from the updates page"],
          **day(2024, 11, 3)),
        A(path="2024", title="Kết quả hoạt động của Quỹ hỗ trợ phát triển HTX 10 tháng năm 2024",
          body="""
Trong 10 tháng năm 2024, Quỹ hỗ trợ phát triển HTX tỉnh đã cho 9 HTX vay vốn với tổng số tiền 7,2 tỷ đồng.
| STT | Lĩnh vực | Số HTX | Số tiền (triệu đồng) |
| 1 | Trồng trọt | 4 | 3.100 |
| 2 | Chăn nuôi | 2 | 1.800 |
| 3 | Vận tải | 2 | 1.500 |
| 4 | Thương mại, dịch vụ | 1 | 800 |
Tỷ lệ nợ quá hạn của Quỹ ở mức dưới 0,5%.
""", byline="Quỹ Hỗ trợ phát triển HTX tỉnh", author=None, opts={"month": (2024, 10)},
          notes=["a table (one line per row); an office closes it: author null"], **day(2024, 10, 28)),
        A(path="2024", title="Tập huấn Luật Hợp tác xã năm 2023 tại thành phố Bến Cát",
          body="""
Ngày 9/10, Liên minh HTX tỉnh phối hợp với UBND thành phố Bến Cát tổ chức tập huấn Luật Hợp tác xã năm 2023 cho 70 cán bộ HTX, tổ hợp tác.
* Những điểm mới về thành viên, vốn góp của HTX;
* Chế độ báo cáo và công khai thông tin;
* Chính sách hỗ trợ của Nhà nước đối với HTX.
Qua tập huấn, các HTX cam kết hoàn thành việc sửa đổi điều lệ trong năm 2024.
""", byline="Lê Văn Tùng", author="Lê Văn Tùng", opts={"month": (2024, 10)},
          notes=["the event is of 9/10, the update of 'Tháng 10 11, 2024'"], **day(2024, 10, 11)),
        A(path="2024", title="Phát động thi đua chào mừng Ngày Hợp tác xã Việt Nam 11/4",
          body="""
Hưởng ứng Ngày Hợp tác xã Việt Nam 11/4, Liên minh HTX tỉnh phát động phong trào thi đua trong các HTX, liên hiệp HTX trên địa bàn tỉnh.
Phong trào tập trung vào đổi mới phương thức hoạt động, ứng dụng công nghệ và nâng cao thu nhập cho thành viên.
""", byline="Theo Báo Bình Dương", author=None, opts={"month": (2024, 4)},
          notes=["reprint 'Theo Báo Bình Dương': a source, author null"], **day(2024, 4, 2)),
        A(path="2024", title="Khai giảng Bản tin Liên minh HTX năm 2024",
          body="""
Liên minh HTX tỉnh Bình Dương tiếp tục đăng tải tin tức, văn bản của Liên minh trên hệ thống học trực tuyến dưới dạng khóa học mở.
Bạn đọc không cần đăng ký tài khoản để xem nội dung bản tin.
""", author=None, opts={"month": (2024, 1)},
          notes=["no byline: author null"], **day(2024, 1, 8)),
        A(path="2023", title="Liên minh HTX tỉnh tổng kết công tác năm 2023",
          body="""
Chiều 22/12, Liên minh HTX tỉnh Bình Dương tổ chức hội nghị tổng kết công tác năm 2023.
Năm 2023, toàn tỉnh thành lập mới 15 HTX; tổng doanh thu của khu vực HTX đạt trên 1.200 tỷ đồng.
Hội nghị khen thưởng 10 tập thể, 12 cá nhân có thành tích xuất sắc.
""", byline="Nguyễn Hoàng Yến", author="Nguyễn Hoàng Yến", opts={"month": (2023, 12)},
          notes=["only in the 2023 course (second card of the catalogue, its own updates page and outline)"],
          **day(2023, 12, 26)),
        A(path="2023", title="HTX Vận tải Thủ Dầu Một đầu tư xe buýt điện",
          body="""
HTX Vận tải Thủ Dầu Một vừa đưa vào khai thác 10 xe buýt điện trên tuyến Thủ Dầu Một - Bến Cát.
Đây là HTX đầu tiên trong tỉnh đầu tư phương tiện giao thông xanh, góp phần giảm phát thải.
""", byline="Theo Báo Bình Dương", author=None, opts={"month": (2023, 9)},
          notes=["only in the 2023 course; reprint: author null"], **day(2023, 9, 14)),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            out.append(table_html(b, "table"))
        elif b.kind == "img":
            src = f"/asset-v1:{a.opts['key'][10:]}+type@asset+block@{b.src}"
            out.append(f'<figure><img src="{src}" alt="{attr(b.text)}" width="600" /><figcaption>{esc(b.text)}'
                       "</figcaption></figure>" if b.text else f'<p><img src="{src}" alt="" /></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def layout(title: str, content: str, course: tuple[str, str] | None = None, active: str = "") -> str:
    tabs = ""
    if course:
        cid, cname = course
        tabs = (f'<div class="wrapper-course-material"><div class="course-material"><div class="course-title">'
                f'<span class="provider">LMHTXBD</span> <span class="course-name">{esc(cname)}</span></div>'
                '<nav class="course-tabs" aria-label="Khóa học"><ol class="tabs course-tabs">'
                + "".join(f'<li class="tab"><a href="/courses/{cid}{h}" class="{"active" if k == active else ""}">{t}</a></li>'
                          for k, t, h in (("course", "Khóa học", "/course/"), ("updates", "Cập nhật", "/course/updates"),
                                          ("discussion", "Thảo luận", "/discussion/forum/")))
                + "</ol></nav></div></div>")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head dir="ltr">
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="icon" type="image/x-icon" href="/static/images/favicon.ico" />
<link rel="stylesheet" href="/static/css/lms-main-v1.css" type="text/css" media="all" />
<link rel="stylesheet" href="/static/css/lms-course.css" type="text/css" media="all" />
<script type="text/javascript" src="/static/js/i18n/vi/djangojs.js"></script>
<script type="text/javascript" src="/static/bundles/commons.js"></script>
<meta name="path_prefix" content="">
<meta property="og:site_name" content="{attr(PLATFORM)}" />
<meta property="og:type" content="website" />
<meta property="og:title" content="{attr(PLATFORM)}" />
<meta property="og:image" content="/static/images/logo.png" />
</head>
<body class="ltr lang_vi view-in-course">
<div id="page-prompt"></div>
<div class="window-wrap" dir="ltr">
<a class="nav-skip sr-only sr-only-focusable" href="#main">Chuyển tới nội dung chính</a>
<header class="global-header">
<div class="main-header"><nav class="nav-links" aria-label="Chính"><div class="main"><div class="mobile-nav-item hidden-mobile nav-item nav-tab">
<a class="tab-nav-link" href="/courses">Khám phá các khóa học</a></div></div>
<div class="secondary"><div class="mobile-nav-item hidden-mobile nav-item"><a class="sign-in-btn btn" href="/login">Đăng nhập</a></div>
<div class="mobile-nav-item hidden-mobile nav-item"><a class="register-btn btn" href="/register">Đăng ký</a></div></div></nav>
<a class="header-logo" href="/"><img class="logo" src="/static/images/logo.png" alt="{attr(PLATFORM)}"/></a></div>
</header>
{tabs}
<main id="main" aria-label="Nội dung" tabindex="-1">
{content}
</main>
<div class="wrapper wrapper-footer">
<footer id="footer-openedx" class="grid-container">
<div class="colophon">
<nav class="nav-colophon" aria-label="Về chúng tôi"><ol>
<li class="nav-colophon-01"><a id="about" href="/about">Giới thiệu</a></li>
<li class="nav-colophon-02"><a id="contact" href="/contact">Liên hệ</a></li>
</ol></nav>
<div class="colophon-about"><p>{esc(ABOUT_LINE)}</p><p>{esc(FOOT_ADDR)}</p></div>
</div>
<div class="wrapper-logo"><p><a href="/"><img alt="{attr(PLATFORM)}" src="/static/images/logo.png"></a></p></div>
<p class="copyright">{esc(COPY)}</p>
<nav class="nav-legal" aria-label="Pháp lý"><ul>
<li class="nav-legal-01"><a href="/tos">Điều khoản dịch vụ và Bộ quy tắc danh dự</a></li>
<li class="nav-legal-02"><a href="/privacy">Chính sách bảo mật</a></li>
</ul></nav>
<div class="footer-about-openedx"><p><a href="{{{{base:offsite}}}}/openedx/" title="Powered by Open edX"><img alt="Powered by Open edX" src="/static/images/openedx-logo-tag.png" width="140" /></a></p>
<p class="powered">Powered by Open edX</p></div>
</footer>
</div>
</div>
<script type="text/javascript" src="/static/bundles/lms-footer.js"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-duong", f"{ORG} (Open edX)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    allarts = sorted(articles(), key=lambda a: a.date, reverse=True)
    by_course: dict[str, list[RichArticle]] = {"2024": [], "2023": []}
    for a in allarts:
        run = a.path
        cid, cname, _ = COURSES[run]
        a.opts["key"] = cid
        y, m = a.opts["month"]
        a.opts["chapter"] = hexid(f"{cid}-ch-{y}-{m}")
        a.opts["seq"] = hexid(f"{cid}-seq-{a.title}")
        a.opts["unit"] = hexid(f"{cid}-unit-{a.title}")
        a.opts["html"] = hexid(f"{cid}-html-{a.title}")
        a.opts["chapter_name"] = f"Tháng {m}/{y}"
        a.path = f"/courses/{cid}/courseware/{a.opts['chapter']}/{a.opts['seq']}/"
        by_course[run].append(a)

    def usage(a: RichArticle, kind: str, bid: str) -> str:
        return f"block-v1:{a.opts['key'][10:]}+type@{kind}+block@{bid}"

    for run, arts in by_course.items():
        cid, cname, start = COURSES[run]
        base = f"/courses/{cid}"
        chapters: dict[str, list[RichArticle]] = {}
        for a in arts:
            chapters.setdefault(a.opts["chapter"], []).append(a)

        def accordion(current: RichArticle | None, chapters: dict[str, list[RichArticle]] = chapters) -> str:
            out = []
            for ch, items in chapters.items():
                seqs = "".join(
                    f'<li class="subsection accordion {"active" if a is current else ""}"><a href="{a.path}" '
                    f'class="subsection-text accordion-nav"><span class="accordion-display-name">{esc(a.title)}</span>'
                    + ('<span class="sr"> , Mục hiện tại</span>' if a is current else "") + "</a></li>"
                    for a in items)
                out.append(f'<div class="chapter-content-container"><h3 class="chapter-title">'
                           f'<span class="group-heading">{esc(items[0].opts["chapter_name"])}</span></h3>'
                           f'<div class="chapter-menu"><ul>{seqs}</ul></div></div>')
            return (f'<nav class="course-navigation" aria-label="Khóa học"><div class="accordion"><div id="accordion" '
                    f'style="display: none">{"".join(out)}</div></div></nav>')

        for a in arts:
            vkey = usage(a, "vertical", a.opts["unit"])
            discussion = ""
            if a.opts.get("discussion"):
                discussion = (f'<div class="xblock xblock-student_view xblock-student_view-discussion" data-block-type='
                              f'"discussion"><div class="discussion-module" data-discussion-id="{hexid(a.title)[:12]}">'
                              '<button class="discussion-show btn" data-discussion-id="x">Hiện thảo luận</button>'
                              '</div></div>')
            content = f"""<div class="container"><div class="course-wrapper" role="presentation">
<section class="course-index">{accordion(a)}</section>
<section class="course-content" id="course-content">
<div class="path"><span class="nav-item">{esc(cname)}</span> <span class="fa fa-caret-right"></span> <span class="nav-item">{esc(a.opts["chapter_name"])}</span> <span class="fa fa-caret-right"></span> <span class="nav-item nav-item-sequence">{esc(a.title)}</span></div>
<div class="xblock xblock-student_view xblock-student_view-sequential" data-block-type="sequential" data-usage-id="{usage(a, "sequential", a.opts["seq"])}">
<div id="sequence_{a.opts["seq"]}" class="sequence" data-id="{usage(a, "sequential", a.opts["seq"])}" data-position="1">
<div class="sequence-nav"><button class="sequence-nav-button button-previous" aria-label="Trước"><span class="sequence-nav-button-label">Trước</span></button>
<nav class="sequence-list-wrapper" aria-label="Học phần"><ol id="sequence-list" role="tablist"><li role="presentation"><button class="seq_other nav-item tab active" role="tab" data-element="1" data-id="{vkey}" data-page-title="{attr(a.title)}"><span class="icon fa seq_other" aria-hidden="true"></span><span class="sequence-tooltip sr">{esc(a.title)}</span></button></li></ol></nav>
<button class="sequence-nav-button button-next" aria-label="Tiếp"><span class="sequence-nav-button-label">Tiếp</span></button></div>
<div class="sr-is-focusable" tabindex="-1"></div>
<div id="seq_contents_0" aria-labelledby="tab_0" class="seq_contents tex2jax_ignore asciimath2jax_ignore">
<div class="xblock xblock-student_view xblock-student_view-vertical" data-block-type="vertical" data-usage-id="{vkey}">
<h2 class="hd hd-2 unit-title">{esc(a.title)}</h2>
<div class="bookmark-button-wrapper"><button class="btn btn-link bookmark-button" aria-pressed="false" data-bookmark-id="{vkey}"><span class="bookmark-text">Đánh dấu trang này</span></button></div>
<div class="vert-mod"><div class="vert vert-0" data-id="{usage(a, "html", a.opts["html"])}">
<div class="xblock xblock-student_view xblock-student_view-html xmodule_display xmodule_HtmlBlock" data-block-type="html" data-usage-id="{usage(a, "html", a.opts["html"])}">
{body_html(a)}
</div></div>
{discussion}
</div></div></div>
</div></div>
</section></div></div>"""
            site.page(a.path, layout(f"{a.title} | Học phần | {cname} | {PLATFORM}", content, (cid, cname), "course"))
            activate = f"{a.path}1?activate_block_id={quote(vkey, safe='')}"
            site.same_page(activate, a.path)
            jump = f"{base}/jump_to/{vkey}"
            jump_id = f"{base}/jump_to_id/{a.opts['html']}"
            site.redirect(jump, activate, 302)
            site.redirect(jump_id, activate, 302)
            a.aliases += [activate, jump, jump_id]
            for b in a.blocks:
                if b.kind == "img":
                    site.binary(f"/asset-v1:{cid[10:]}+type@asset+block@{b.src}", image_for(b.src))
            for x in a.attachments:
                site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BINH DUONG", f"SO: {a.doc_number}"]))
            site.add_article(a)

        handouts = [x for a in arts for x in a.attachments]
        handouts_html = ('<section class="handouts"><h3 class="hd-6 handouts-header">Tài liệu khóa học</h3>'
                         + ("<ol>" + "".join(f'<li><a href="{x["path"]}">{esc(x["text"])}</a></li>' for x in handouts)
                            + "</ol>" if handouts else "<p>Chưa có tài liệu.</p>") + "</section>")
        # Course Updates & News
        ups = "".join(
            f'<article class="updates-article"><div class="date">{studio_date(a.date)}</div><div class="article-content">'
            f'<h3>{esc(a.title)}</h3><p>{esc(a.summary().split(". ")[0].rstrip("."))}.</p>'
            f'<p><a href="{base}/jump_to_id/{a.opts["html"]}">Đọc toàn văn</a></p></div></article>' for a in arts)
        updates = f"""<div class="course-updates container" id="course-container">
<header class="page-header has-secondary"><div class="page-header-main"><nav aria-label="Cập nhật khóa học" class="sr-is-focusable" tabindex="-1"><div class="has-breadcrumbs"><div class="breadcrumbs">
<span class="nav-item"><a href="{base}/course/">Khóa học</a></span><span class="icon fa fa-angle-right" aria-hidden="true"></span><span class="nav-item">Cập nhật khóa học</span></div></div></nav></div></header>
<div class="page-content"><div class="all-updates">{ups}</div></div>
<aside class="course-sidebar">{handouts_html}</aside>
</div>"""
        site.page(f"{base}/course/updates", layout(f"Cập nhật khóa học | {cname} | {PLATFORM}", updates, (cid, cname), "updates"))
        # course home: outline
        outline = "".join(
            f'<li class="outline-item section"><button class="section-name accordion-trigger"><h3 class="section-title">'
            f'{esc(items[0].opts["chapter_name"])}</h3></button><ol class="outline-item accordion-panel">'
            + "".join(f'<li class="subsection accordion"><a class="outline-item focusable" href="{base}/jump_to/'
                      f'{usage(a, "sequential", a.opts["seq"])}"><h4 class="subsection-title">{esc(a.title)}</h4></a></li>'
                      for a in items) + "</ol></li>" for items in chapters.values())
        for a in arts:
            site.redirect(f"{base}/jump_to/{usage(a, 'sequential', a.opts['seq'])}", a.path, 302)
        latest = arts[0]
        home = f"""<div class="course-view page-content-container" id="course-container">
<header class="page-header has-secondary"><div class="page-header-main"><h2 class="hd hd-3 page-title">{esc(cname)}</h2></div>
<div class="page-header-secondary"><a class="btn btn-primary action-resume-course" href="{arts[-1].path}">Bắt đầu khóa học</a></div></header>
<div class="page-content"><div class="layout layout-1t2t"><main class="layout-col layout-col-b">
<div class="section section-update-message"><div class="welcome-message"><div class="dismiss-message"><button type="button" class="btn-link">Bỏ qua</button></div>
<div class="welcome-message-content"><p class="hd hd-6">{studio_date(latest.date)}</p><h3>{esc(latest.title)}</h3><p><a href="{base}/course/updates">Xem tất cả cập nhật</a></p></div></div></div>
<main role="main" class="course-outline" id="main" tabindex="-1"><ol class="block-tree accordions" role="presentation">{outline}</ol></main>
</main><aside class="page-content-secondary course-sidebar layout-col layout-col-a">
<div class="section section-tools"><h3 class="hd-6 section-title">Công cụ khóa học</h3><ul class="list-unstyled"><li><a class="course-tool-link" href="{base}/course/updates"><span class="icon fa fa-newspaper-o" aria-hidden="true"></span>Cập nhật</a></li></ul></div>
<div class="section section-dates"><h3 class="hd-6 section-title">Ngày quan trọng</h3><div class="date-summary-container"><div class="date-summary date-summary-todays-date"><span class="hd hd-6 heading localized-datetime" data-datetime="2024-12-10 03:00:00+00:00" data-timezone="None" data-language="vi">Ngày hôm nay là</span></div></div></div>
{handouts_html}</aside></div></div></div>"""
        site.page(f"{base}/course/", layout(f"Khóa học | {cname} | {PLATFORM}", home, (cid, cname), "course"))
        site.redirect(base, f"{base}/course/", 302)
        site.page(f"{base}/discussion/forum/", layout(f"Thảo luận | {cname} | {PLATFORM}",
                                                      '<div class="discussion-body"><p>Bạn cần đăng nhập để xem thảo luận '
                                                      'của khóa học.</p><a href="/login">Đăng nhập</a></div>', (cid, cname),
                                                      "discussion"))
        about = f"""<section class="course-info"><header class="course-profile"><div class="intro-inner-wrapper">
<section class="intro"><div class="heading-group"><h1>{esc(cname)} <a href="/courses">LMHTXBD</a></h1><br /><span>Tin tức, văn bản của {esc(ORG)}</span></div>
<div class="main-cta"><a href="{base}/course/" class="register">Xem khóa học</a> <a href="{base}/course/updates">Cập nhật khóa học</a></div></section></div></header>
<div class="container"><div class="details"><section class="about"><h2>Giới thiệu khóa học</h2><p>Khóa học mở tổng hợp tin hoạt động, thông báo và văn bản của {esc(ORG)} năm {run}.</p></section></div>
<div class="course-sidebar"><div class="course-summary"><ol class="important-dates"><li class="important-dates-item"><span class="icon fa fa-info-circle" aria-hidden="true"></span><p class="important-dates-item-title">Mã khóa học</p><span class="important-dates-item-text course-number">BANTIN</span></li>
<li class="important-dates-item"><span class="icon fa fa-calendar" aria-hidden="true"></span><p class="important-dates-item-title">Ngày bắt đầu</p><span class="important-dates-item-text start-date">{start}</span></li></ol></div></div></div></section>"""
        site.page(f"{base}/about", layout(f"Về {cname} | {PLATFORM}", about))
        site.non_articles += [f"{base}/about", f"{base}/course/", f"{base}/course/updates", f"{base}/discussion/forum/"]

    cards = "".join(
        f'<li class="courses-listing-item"><article class="course" id="{cid}" role="region" aria-label="{attr(cname)}">'
        f'<a href="/courses/{cid}/about"><header class="course-image"><div class="cover-image"><img src="/asset-v1:'
        f'{cid[10:]}+type@asset+block@images_course_image.png" alt="{attr(cname)} BANTIN" /></div></header>'
        f'<div class="course-info" aria-hidden="true"><h2 class="course-name"><span class="course-organization">LMHTXBD'
        f'</span><span class="course-code">BANTIN</span><span class="course-title">{esc(cname)}</span></h2>'
        f'<div class="course-date localized_datetime" aria-hidden="true" data-format="shortDate" data-datetime="'
        f'{run}-01-08T00:00:00+0000" data-language="vi" data-string="Ngày bắt đầu: {{date}}"></div></div></a></article></li>'
        for run, (cid, cname, _) in COURSES.items())
    for cid, _, _ in COURSES.values():
        site.binary(f"/asset-v1:{cid[10:]}+type@asset+block@images_course_image.png", image_for(cid))
    index = (f'<section class="home"><header><div class="outer-wrapper"><div class="title"><div class="heading-group">'
             f'<h1>Chào mừng đến với {esc(PLATFORM)}</h1><p>Nơi cập nhật tin tức và học tập của các HTX</p></div></div>'
             f'</div></header><section class="courses-container"><section class="highlighted-courses"><div class="courses">'
             f'<ul class="courses-listing">{cards}</ul></div><div class="courses-more"><a class="courses-more-cta" '
             f'href="/courses">Xem tất cả khóa học</a></div></section></section></section>')
    site.page("/index.html", layout(PLATFORM, index))
    site.same_page("/", "/index.html")
    site.page("/courses", layout(f"Khóa học | {PLATFORM}", f'<section class="find-courses"><h2>Khám phá các khóa học'
                                                           f'</h2><ul class="courses-listing">{cards}</ul></section>'),
              content_type="text/html; charset=utf-8")
    for path, t, text in (("/about", "Giới thiệu", f"{ORG} là tổ chức đại diện cho các HTX, liên hiệp HTX trên địa bàn tỉnh."),
                          ("/contact", "Liên hệ", "Văn phòng Liên minh HTX tỉnh Bình Dương - ĐT: 0274 3822 716."),
                          ("/tos", "Điều khoản dịch vụ", "Người dùng cam kết sử dụng nội dung đúng mục đích."),
                          ("/privacy", "Chính sách bảo mật", "Chúng tôi chỉ thu thập thông tin cần thiết cho việc học."),
                          ("/login", "Đăng nhập", "<form><label>Email</label><input name=\"email\"></form>"),
                          ("/register", "Đăng ký", "<form><label>Họ và tên</label><input name=\"name\"></form>")):
        site.page(path, layout(f"{t} | {PLATFORM}", f'<section class="container static-page"><h1>{t}</h1><p>{text}</p></section>'),
                  content_type="text/html; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow:\n")
    site.non_articles += ["/", "/courses", "/about", "/contact"]
    for p in ("/static/images/favicon.ico", "/static/images/logo.png", "/static/images/openedx-logo-tag.png"):
        site.binary(p, image_for(p))

    a0 = by_course["2024"][0]
    base24 = f"/courses/{COURSES['2024'][0]}"
    site.trap("Course Updates & News: dated entries ('Tháng 12 08, 2024', Studio's month-first string) with a heading and "
              "one sentence (a teaser) linking /jump_to_id/<block> (302 to the courseware); the handouts sidebar lists "
              "the PDF assets", f"{base24}/course/updates")
    site.trap("the courseware page: title in h2.unit-title (no <h1>), no date anywhere (published = the updates entry's "
              "day, midnight), the accordion lists every item of the course, bookmark button and collapsed discussion "
              "after the content; ?activate_block_id= serves the same page, jump_to/jump_to_id redirect (aliases)",
              a0.path)
    site.trap("the 2023 items are only in the 2023 course: its about page, updates page and outline",
              f"/courses/{COURSES['2023'][0]}/course/updates")
    site.trap("the course home: outline (jump_to links, 302), the latest update as a dismissable welcome message, the "
              "handouts; the about page's h1 is the course name", f"{base24}/course/")
    return site
