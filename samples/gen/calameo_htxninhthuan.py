"""Site `calameo-htxninhthuan` (registry family `generic`): the **Calaméo** account of the Ninh Thuận cooperative
alliance ("Liên minh HTX tỉnh Ninh Thuận", account number 6812437), where the office publishes its bulletins, notices,
plans and handbooks as flip-books. The copy is of the publications' pages on Calaméo (the interface in the account's
language, Vietnamese, the list dates still in the site's US habit) of 25 November 2024. Written as a held-out test: no
family module, no selectors.

What is an article here: a publication's page, whose article-like part is the publisher's **description** (the
summary of the bulletin: several paragraphs, a contents list, a notice's lines). A publication without a description
(a leaflet: the title, the viewer and the counters only) is no article. The account page and its pages are lists.

URL shapes: a publication `/read/<21 hex>` (the account number zero-padded to 9 digits, then 12 hex: its
`<link rel="canonical">`), the older `/books/<id>` answers a 301 to it (an alias), and the publisher's private share
link `/read/<id>?authid=<key>` serves the same page (an alias); the download `/download/<id>` (where the publisher
allows it) answers a 302 to the file on the download server; the account `/accounts/6812437` (6 publications a page,
`?page=2`); the viewer is an `<iframe>` of `v.calameo.com` (another host). No feed, no site map for an account;
robots.txt keeps crawlers out of the search.

Why it is hard: the `<title>` is "<title> - Calaméo"; the date is "Xuất bản ngày 3 tháng 11, 2024" under the title
(no time: midnight) while the account page and the "Ấn phẩm khác của Liên minh HTX tỉnh Ninh Thuận" box print
"11/03/2024" — month first (3 November, not 11 March; "03/11/2024" there is 11 March). The description is plain
text: lines separated by `<br />` inside one `div.description`, half of it hidden behind "Xem thêm" (CSS, still in
the HTML). The page count ("24 trang"), views ("1.235 lượt xem"), likes, the tags, the publisher card ("Theo dõi",
"N ấn phẩm"), the share bar, the embed-code box, the cookie banner and the footer are furniture. The account is the
office: never the author; a description's closing byline names the writer ("Bài: X" -> X).
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, pdf
from .richbody import RichArticle

SITE = "calameo-htxninhthuan"
ACCOUNT = 6812437
ACCT_NAME = "Liên minh HTX tỉnh Ninh Thuận"
ACCT_DESC = ("Liên minh Hợp tác xã tỉnh Ninh Thuận - số 450 đường 21 Tháng 8, TP Phan Rang - Tháp Chàm. "
             "Bản tin, thông báo, kế hoạch và tài liệu hướng dẫn dành cho hợp tác xã.")
PER_PAGE = 6
CHROME = ["Theo dõi", "Xem thêm", "lượt xem", "Chia sẻ", "Nhúng", "Sao chép mã nhúng",
          "Ấn phẩm khác của Liên minh HTX tỉnh Ninh Thuận", "Calaméo sử dụng cookie để cải thiện trải nghiệm của bạn.",
          "Đồng ý", "Tùy chỉnh", "© Calaméo 2024", "Đăng nhập", "Tạo ấn phẩm", "Báo cáo vi phạm",
          "Giới thiệu", "Điều khoản sử dụng", "Chính sách bảo mật", "Trợ giúp"]


def hx(text: str, n: int = 12) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:n]


def pub_id(slug: str) -> str:
    return f"{ACCOUNT:09d}{hx(slug)}"


def vi_date(d: datetime) -> str:
    return f"{d.day} tháng {d.month}, {d.year}"


def us_date(d: datetime) -> str:
    return f"{d:%m/%d/%Y}"


def publications() -> list[dict]:
    return [
        dict(slug="bantin-10-2024", when=datetime(2024, 11, 3), pages=24, views=1235, download=True, author=None,
             title="Bản tin Kinh tế tập thể Ninh Thuận số 10/2024",
             tags=["bản tin", "kinh tế tập thể", "Ninh Thuận"],
             desc="""
Bản tin Kinh tế tập thể Ninh Thuận số 10/2024 phản ánh hoạt động của Liên minh HTX tỉnh và các hợp tác xã trong tháng 10.
Trong số này:
- Hội nghị sơ kết 5 năm thực hiện Nghị quyết số 20-NQ/TW về kinh tế tập thể;
- HTX Nông nghiệp Phước Thuận vào vụ thu hoạch nho;
- Hướng dẫn HTX chuyển đổi theo Luật Hợp tác xã năm 2023;
- Gương mặt chủ nhiệm HTX tiêu biểu.
Bản tin phát hành hằng tháng, gửi tới các HTX, tổ hợp tác và UBND các huyện, thành phố.
""", notes=["a monthly bulletin: the description (the summary and its '- ' contents lines, <br />-separated in one "
                   "div.description, half of it behind 'Xem thêm') is the text; 'Xuất bản ngày 3 tháng 11, 2024' "
                   "under the title (midnight); the account page and the 'Ấn phẩm khác' box print '11/03/2024' (US: "
                   "3 November); the download /download/<id> (302 to the file) is the attachment; the office's "
                   "account: no author"]),
        dict(slug="tb-22-2024", when=datetime(2024, 10, 15), pages=2, views=418, download=True, author=None,
             doc="22/TB-LMHTX",
             title="Thông báo số 22/TB-LMHTX về việc tổ chức lớp bồi dưỡng quản trị HTX năm 2024",
             tags=["thông báo", "đào tạo"],
             desc="""
LIÊN MINH HTX TỈNH NINH THUẬN
Số: 22/TB-LMHTX
Ninh Thuận, ngày 14 tháng 10 năm 2024
Liên minh HTX tỉnh tổ chức lớp bồi dưỡng kiến thức quản trị HTX cho 50 cán bộ quản lý HTX, thời gian từ ngày 04/11 đến ngày 08/11/2024 tại Hội trường Liên minh HTX tỉnh.
Học viên được miễn học phí, hỗ trợ tài liệu và tiền ăn trong thời gian học.
Các HTX đăng ký danh sách học viên trước ngày 28/10/2024.
CHỦ TỊCH
Nguyễn Văn Thiện
""", notes=["notice 'Số: 22/TB-LMHTX' dated 14/10 in the description, published 15/10 ('10/15/2024' in the lists: "
                   "no day 15 as a month, the order shows); the signer is text; the download is the attachment; no "
                   "author"]),
        dict(slug="ky-yeu-ocop-2024", when=datetime(2024, 9, 20), pages=56, views=2104, download=False, author=None,
             title="Kỷ yếu Hội nghị xúc tiến thương mại sản phẩm OCOP Ninh Thuận năm 2024",
             tags=["OCOP", "xúc tiến thương mại"],
             desc="""
Kỷ yếu tập hợp các tham luận tại Hội nghị xúc tiến thương mại sản phẩm OCOP tỉnh Ninh Thuận năm 2024, tổ chức ngày 12/9/2024 tại TP Phan Rang - Tháp Chàm.
Hội nghị có sự tham gia của 86 HTX, doanh nghiệp và 24 nhà phân phối từ TP Hồ Chí Minh, Khánh Hòa, Lâm Đồng.
Tại hội nghị, 19 biên bản ghi nhớ tiêu thụ sản phẩm nho, táo, tỏi, muối và thủy sản đã được ký kết.
Kỷ yếu gồm 3 phần: các tham luận; danh mục sản phẩm OCOP của tỉnh; thông tin liên hệ các chủ thể OCOP.
""", notes=["a proceedings volume (56 pages) whose publisher turned downloads off: no attachment; the viewer iframe "
                   "(v.calameo.com) is another host; no author"]),
        dict(slug="nho-thai-an", when=datetime(2024, 8, 12), pages=4, views=873, download=False,
             author="Trần Thị Mỹ Linh",
             title="HTX Nho Thái An: hành trình đưa nho Ninh Thuận đi xa",
             tags=["nho", "HTX tiêu biểu"],
             desc="""
Từ 15 thành viên ban đầu, HTX Nho Thái An (huyện Ninh Hải) nay có 62 thành viên với 48 ha nho đạt tiêu chuẩn VietGAP.
Sản phẩm rượu nho, mật nho, nho sấy của HTX đạt chuẩn OCOP 4 sao, có mặt tại các hệ thống siêu thị lớn.
HTX kết hợp đón khách tham quan vườn nho, mỗi năm đón khoảng 20.000 lượt khách.
Bài: Trần Thị Mỹ Linh
""", notes=["a feature published as a 4-page flip-book: 'Bài: Trần Thị Mỹ Linh' closes the description -> author (the "
                   "account is the office)"]),
        dict(slug="bantin-06-2024", when=datetime(2024, 7, 5), pages=20, views=964, download=True, author=None,
             title="Bản tin Kinh tế tập thể Ninh Thuận số 6/2024",
             tags=["bản tin", "kinh tế tập thể"],
             desc="""
Số 6/2024 của Bản tin Kinh tế tập thể Ninh Thuận dành nhiều trang cho kết quả 6 tháng đầu năm 2024 của khu vực kinh tế tập thể.
Sáu tháng đầu năm, toàn tỉnh thành lập mới 11 HTX, nâng tổng số lên 198 HTX; doanh thu bình quân một HTX đạt 1,9 tỷ đồng.
Bản tin giới thiệu mô hình HTX Muối Tri Hải cơ giới hóa khâu thu hoạch muối và HTX Thủy sản Đông Hải nuôi ốc hương.
""", notes=["a bulletin; '07/05/2024' in the lists is 5 July (US order), the page 'Xuất bản ngày 5 tháng 7, 2024'; the "
                   "download is the attachment; no author"]),
        dict(slug="to-gap-ocop", when=datetime(2024, 6, 18), pages=2, views=311, download=False, author=None,
             title="Tờ gấp giới thiệu sản phẩm OCOP Ninh Thuận", tags=["OCOP"], desc="", notes=[]),
        dict(slug="so-tay-thanh-lap-htx", when=datetime(2024, 5, 20), pages=32, views=1587, download=True, author=None,
             title="Sổ tay hướng dẫn thành lập hợp tác xã theo Luật Hợp tác xã năm 2023",
             tags=["sổ tay", "Luật Hợp tác xã"],
             desc="""
Sổ tay hướng dẫn các bước thành lập hợp tác xã theo Luật Hợp tác xã năm 2023 (có hiệu lực từ ngày 01/7/2024), do Liên minh HTX tỉnh biên soạn.
Các bước chính:
- Bước 1: Tuyên truyền, vận động thành lập HTX;
- Bước 2: Hội nghị thành lập, thông qua Điều lệ;
- Bước 3: Đăng ký HTX tại cơ quan đăng ký kinh doanh cấp huyện;
- Bước 4: Khắc dấu, mở tài khoản và bắt đầu hoạt động.
Sổ tay được phát miễn phí tại Văn phòng Liên minh HTX tỉnh.
""", notes=["a handbook: '- Bước …' lines (one line each) after 'Các bước chính:'; only on the account's page 2 "
                   "(/accounts/6812437?page=2); no author"]),
        dict(slug="bantin-02-2024", when=datetime(2024, 3, 11), pages=16, views=702, download=False, author=None,
             title="Bản tin Kinh tế tập thể Ninh Thuận số 2/2024",
             tags=["bản tin"],
             desc="""
Bản tin số 2/2024 đưa tin Hội nghị tổng kết công tác năm 2023 của Liên minh HTX tỉnh và Chương trình công tác năm 2024.
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 23 HTX, tổ chức 14 lớp tập huấn cho 820 lượt học viên.
""", notes=["'03/11/2024' in the lists is 11 March (US order), not 3 November: the page says 'Xuất bản ngày 11 tháng "
                   "3, 2024'; only on the account's page 2; no author"]),
        dict(slug="kh-05-2024", when=datetime(2024, 1, 22), pages=6, views=389, download=False, author=None,
             doc="05/KH-LMHTX", oldest=True,
             title="Kế hoạch số 05/KH-LMHTX tổ chức các hoạt động của Liên minh HTX tỉnh năm 2024",
             tags=["kế hoạch"],
             desc="""
LIÊN MINH HTX TỈNH NINH THUẬN
Số: 05/KH-LMHTX
Ninh Thuận, ngày 19 tháng 01 năm 2024
Kế hoạch đề ra các nhiệm vụ trọng tâm năm 2024: tuyên truyền Luật Hợp tác xã năm 2023; hỗ trợ thành lập mới 25 HTX; tổ chức 15 lớp bồi dưỡng cho cán bộ HTX; xúc tiến thương mại sản phẩm OCOP.
CHỦ TỊCH
Nguyễn Văn Thiện
""", notes=["the oldest: a plan 'Số: 05/KH-LMHTX' (its date 19/01 in the text, published 22/01), only on the account's "
                   "page 2; the signer is text; no author"]),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ninh-thuan", f"{ACCT_NAME} trên Calaméo", "generic", None,
                     start_urls=["{{base:%s}}/accounts/%d" % (SITE, ACCOUNT)])
    site.extra_boilerplate += CHROME
    pubs = sorted(publications(), key=lambda p: p["when"], reverse=True)
    for p in pubs:
        p["id"] = pub_id(p["slug"])
        p["path"] = f"/read/{p['id']}"
        site.binary(f"/assets/covers/{p['id']}.png", image_for(p["slug"]))

    def layout(title: str, canonical: str, desc: str, main: str, og: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="vi" xmlns:og="http://ogp.me/ns#">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{attr(desc)}">
<link rel="canonical" href="{{{{base}}}}{canonical}">
<meta property="og:site_name" content="Calaméo">
{og}
<link rel="stylesheet" href="/assets/css/calameo.4b2e91.css">
<link rel="icon" href="/favicon.png">
<script src="/assets/js/calameo.9d0f3a.js"></script>
</head>
<body class="page-publication">
<header id="header"><a href="/" class="logo"><img src="/assets/img/calameo-logo.png" alt="Calaméo"></a>
<form class="search" action="/search" method="get"><input type="text" name="q" placeholder="Tìm kiếm ấn phẩm"></form>
<nav class="user-menu"><a href="{{{{base:offsite}}}}/" class="btn">Tạo ấn phẩm</a> <a href="{{{{base:offsite}}}}/">Đăng nhập</a> <a href="{{{{base:offsite}}}}/">Đăng ký</a></nav></header>
<main id="main">{main}</main>
<footer id="footer"><ul><li><a href="{{{{base:offsite}}}}/">Giới thiệu</a></li><li><a href="{{{{base:offsite}}}}/">Điều khoản sử dụng</a></li><li><a href="{{{{base:offsite}}}}/">Chính sách bảo mật</a></li><li><a href="{{{{base:offsite}}}}/">Trợ giúp</a></li></ul><p>© Calaméo 2024</p></footer>
<div id="cookie-consent" class="cookie-banner"><p>Calaméo sử dụng cookie để cải thiện trải nghiệm của bạn.</p><button type="button">Đồng ý</button> <button type="button">Tùy chỉnh</button></div>
</body>
</html>
"""

    def thumb(p: dict) -> str:
        return (f'<li class="publication"><a href="{p["path"]}" class="thumb"><img src="/assets/covers/{p["id"]}.png" '
                f'alt="{attr(p["title"])}"></a><div class="infos"><a href="{p["path"]}" class="title">{esc(p["title"])}</a>'
                f'<span class="date">{us_date(p["when"])}</span><span class="views">{views(p["views"])} lượt xem</span>'
                '</div></li>')

    def views(n: int) -> str:
        return f"{n:,}".replace(",", ".")

    publisher = (f'<div class="publisher"><a href="/accounts/{ACCOUNT}" class="avatar"><img src="/assets/avatars/{ACCOUNT}.png" '
                 f'alt=""></a><div><a href="/accounts/{ACCOUNT}" class="name">{esc(ACCT_NAME)}</a><span class="count">'
                 f'{len(pubs)} ấn phẩm</span></div><button type="button" class="btn-follow">Theo dõi</button></div>')
    site.binary(f"/assets/avatars/{ACCOUNT}.png", image_for("avatar"))

    for p in pubs:
        lines = [x.strip() for x in p["desc"].strip().splitlines() if x.strip()]
        others = [x for x in pubs if x is not p][:5]
        cut = max(1, len(lines) // 2)
        desc_html = ""
        if lines:
            desc_html = (f'<div class="description collapsed"><div class="visible">{"<br />".join(esc(x) for x in lines[:cut])}'
                         f'<br /></div><div class="more" style="display:none">{"<br />".join(esc(x) for x in lines[cut:])}'
                         f'</div><a href="javascript:void(0)" class="toggle" data-less="Thu gọn">Xem thêm</a></div>')
        download = (f'<a href="/download/{p["id"]}" class="btn btn-download" title="Tải xuống" rel="nofollow">Tải xuống</a>'
                    if p["download"] else "")
        tags = "".join(f'<span class="tag">{esc(t)}</span>' for t in p["tags"])
        main = f"""<div class="viewer"><iframe src="{{{{base:offsite}}}}/viewer/?bkcode={p['id']}&amp;mode=mini" width="100%" height="560" frameborder="0" allowfullscreen></iframe></div>
<div class="publication-infos">
<h1 class="title">{esc(p['title'])}</h1>
<div class="meta"><span class="date">Xuất bản ngày {vi_date(p['when'])}</span> <span class="pages">{p['pages']} trang</span> <span class="views">{views(p['views'])} lượt xem</span> <span class="likes">{p['views'] % 23} ♥</span></div>
{publisher}
{desc_html}
<div class="tags">{tags}</div>
<div class="actions">{download}<a href="javascript:void(0)" class="btn btn-share">Chia sẻ</a> <a href="javascript:void(0)" class="btn btn-embed">Nhúng</a> <a href="javascript:void(0)" class="report">Báo cáo vi phạm</a></div>
<div class="embed-box" style="display:none"><textarea readonly>&lt;iframe src="//v.calameo.com/?bkcode={p['id']}" width="300" height="194"&gt;&lt;/iframe&gt;</textarea><button type="button">Sao chép mã nhúng</button></div>
</div>
<section class="more-publications"><h2>Ấn phẩm khác của {esc(ACCT_NAME)}</h2><ul>{''.join(thumb(x) for x in others)}</ul></section>"""
        summary = " ".join(lines)[:200]
        og = (f'<meta property="og:type" content="article">\n<meta property="og:title" content="{attr(p["title"])}">\n'
              f'<meta property="og:description" content="{attr(summary)}">\n<meta property="og:url" content="{{{{base}}}}{p["path"]}">\n'
              f'<meta property="og:image" content="{{{{base}}}}/assets/covers/{p["id"]}.png">\n'
              f'<meta name="twitter:card" content="summary_large_image">\n<meta name="twitter:site" content="@calameo">')
        page = layout(f"{p['title']} - Calaméo", p["path"], summary, main, og)
        site.page(p["path"], page)
        site.redirect(f"/books/{p['id']}", p["path"], 301)
        key = hx("auth" + p["slug"], 10)
        site.same_page(f"{p['path']}?authid={key}", p["path"])
        if p["download"]:
            site.redirect(f"/download/{p['id']}", f"/dl/{p['id']}/{p['slug']}.pdf", 302)
            site.binary(f"/dl/{p['id']}/{p['slug']}.pdf", pdf(p["title"], ["LIEN MINH HTX TINH NINH THUAN", p["slug"].upper()]))
        if not lines:
            site.non_articles.append(p["path"])
            site.trap("a leaflet published without a description: the title, the viewer and the counters only: no "
                      "article", p["path"])
            continue
        a = RichArticle(path=p["path"], title=p["title"], date=p["when"], body="\n".join(lines), author=p["author"],
                        published=p["when"].strftime("%Y-%m-%dT00:00:00+07:00"), published_source="date-element",
                        evidence=["date-element", "listing"], doc_number=p.get("doc"), notes=p["notes"])
        a.aliases += [f"/books/{p['id']}", f"{p['path']}?authid={key}"]
        if p["download"]:
            a.attachments = [{"path": f"/download/{p['id']}", "text": "Tải xuống"}]
        site.add_article(a)
    site.trap("/books/<id> (the older publication URL) answers a 301 to /read/<id>, and the publisher's private share "
              "link /read/<id>?authid=<key> serves the same page: aliases", f"/books/{pubs[0]['id']}")

    # account pages
    chunks = [pubs[i:i + PER_PAGE] for i in range(0, len(pubs), PER_PAGE)]
    for k, chunk in enumerate(chunks):
        path = f"/accounts/{ACCOUNT}" + (f"?page={k + 1}" if k else "")
        pager = '<div class="pagination">' + "".join(
            (f'<span class="current">{i + 1}</span>' if i == k else
             f'<a href="/accounts/{ACCOUNT}{"?page=" + str(i + 1) if i else ""}">{i + 1}</a>') for i in range(len(chunks)))
        if k + 1 < len(chunks):
            pager += f' <a href="/accounts/{ACCOUNT}?page={k + 2}" class="next">Tiếp »</a>'
        pager += "</div>"
        main = f"""<div class="account-header"><img src="/assets/avatars/{ACCOUNT}.png" alt=""><h1>{esc(ACCT_NAME)}</h1>
<p class="account-description">{esc(ACCT_DESC)}</p><div class="stats"><span>{len(pubs)} ấn phẩm</span> <span>214 người theo dõi</span></div><button type="button" class="btn-follow">Theo dõi</button></div>
<div class="account-publications"><h2>Ấn phẩm</h2><ul class="publications-list">{''.join(thumb(x) for x in chunk)}</ul>{pager}</div>"""
        site.page(path, layout(f"{ACCT_NAME} - Calaméo", path, ACCT_DESC, main,
                               f'<meta property="og:type" content="profile">\n<meta property="og:title" content="{attr(ACCT_NAME)}">'))
        site.non_articles.append(path)
    site.trap("the account page /accounts/6812437 (6 publications a page, dates month first '11/03/2024', views) and "
              "?page=2 (the three oldest: nowhere else, the 'Ấn phẩm khác' box shows the 5 newest others)",
              f"/accounts/{ACCOUNT}?page=2")
    site.page("/", layout("Calaméo - Xuất bản tài liệu trực tuyến", "/", "Calaméo", '<div class="home"><h1>Calaméo</h1>'
                          '<p>Nền tảng xuất bản tài liệu số: tạp chí, catalogue, bản tin.</p></div>'))
    site.non_articles.append("/")
    site.static("/robots.txt", "User-agent: *\nDisallow: /search\n")
    site.binary("/favicon.png", image_for("favicon"))
    site.binary("/assets/img/calameo-logo.png", image_for("logo"))
    return site
