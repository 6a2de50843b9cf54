"""Site `fandom-htxtuyenquang` (registry family `generic`): "Wiki Hợp tác xã Tuyên Quang", a community wiki on the
**Fandom** farm (`htxtuyenquang.fandom.com/vi`, the FandomDesktop skin of Fandom's MediaWiki 1.39 "UCP", Vietnamese
interface) that the Tuyên Quang cooperative alliance's communication desk keeps. The copy is of 20 November 2024.
Written as a held-out test: no family module, no selectors.

What is an article here: a news post, either a user blog post `Blog người dùng:<account>/<Title>` (the office's
accounts write the weekly news as blog posts) or a content page of the main namespace `/vi/wiki/<Title>` in the
category "Tin tức" (longer reports, tables, reprints) carrying a portable infobox "Bản tin". URL shapes: every page is
`/vi/wiki/<Title_with_underscores>` percent-encoded the MediaWiki way (':' '/' ',' kept); `/vi/index.php?title=<T>`
answers 301 to `/vi/wiki/<T>` (an alias); a MediaWiki redirect page from an old title answers **200** with the
target's content, "(Đổi hướng từ …)" and a canonical link to the target (an alias); `&oldid=<rev>` ("Liên kết thường
trực", the current revision) shows the same page (an alias); `&action=history` / `&action=edit` are disallowed by
robots.txt. The blog listing `/vi/wiki/Blog:Tin_t%E1%BB%A9c` (a `<bloglist>`, 4 a page, "Bài cũ hơn" -> `?page=2`,
which alone reaches the oldest post); `Đặc_biệt:Mọi_trang` (Special:AllPages, two halves paged by `?from=`), category
pages `Thể_loại:…`, the main page `Trang_Chính`, user pages `Thành_viên:…` and the wiki's about page are no articles.
No site map, no feed link.

Why it is hard: the page is drowned in Fandom chrome: the global navigation (Fandom logo, "Khám phá", "Đăng nhập"),
the community header (wordmark image, the wiki's name, the local navigation drop-downs), the page header's category
bar "trong: Tin tức, …" ABOVE the `h1.page-header__title` and its action buttons, the right rail ("Trang phổ biến":
titles of other news, the ad slots "Quảng cáo"), the page footer (categories, CC-BY-SA licence line), the comment
section `#articleComments` whose contents load by JavaScript (only "Bình luận" and "Đang tải bình luận…" are in the
HTML), the hidden `printfooter` "Lấy từ “…”" and the global footer ("… là một cộng đồng Fandom Lifestyle."). The
`<title>` is "<title> | Wiki Hợp tác xã Tuyên Quang | Fandom"; JSON-LD names the Article but its author is the
"community" Organization and it has no date; `og:type` is absent. A blog post's only date is the header line "Đăng
bởi <account> vào 3 tháng 11, 2024" (date only: published at midnight; the account is never the author: a closing
byline is). A main-namespace news page dates itself only in the infobox row "Ngày đăng" (dd/mm/yyyy) beside
"Nguồn" (a newspaper: a reprint has no author) — the infobox (`aside.portable-infobox`) is no text.
"""

from __future__ import annotations

import json
from datetime import datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "fandom-htxtuyenquang"
WIKI = "Wiki Hợp tác xã Tuyên Quang"
DB = "htxtuyenquang"
SAFE = ":/(),!*$@;~"
HTML = "text/html; charset=UTF-8"
PER_PAGE = 4
MAIN = "Trang Chính"
BLOGLIST = "Blog:Tin tức"
ALLPAGES = "Đặc biệt:Mọi trang"
ABOUT = f"{WIKI}:Giới thiệu"
LICENCE = "Nội dung cộng đồng có sẵn theo CC-BY-SA trừ khi có ghi chú khác."
LIFESTYLE = f"{WIKI} là một cộng đồng Fandom Lifestyle."
CHROME = ["Khám phá", "Tất cả trang", "Thay đổi gần đây", "Trang ngẫu nhiên", "Cộng đồng", "Quy định của wiki",
          "Đăng nhập", "Đăng ký", "Trang phổ biến", "Quảng cáo", "Đang tải bình luận…", "Theo dõi chúng tôi",
          "Khám phá thuộc tính", "Điều khoản sử dụng", "Chính sách quyền riêng tư", "Sơ đồ trang web",
          LICENCE, LIFESTYLE, "Thông tin về Fandom", "Trở thành biên tập viên"]


def dbkey(title: str) -> str:
    return title.replace(" ", "_")


def wurl(title: str, query: str = "") -> str:
    return "/vi/wiki/" + quote(dbkey(title), safe=SAFE) + (f"?{query}" if query else "")


def iurl(title: str, query: str = "") -> str:
    return "/vi/index.php?title=" + quote(dbkey(title), safe=SAFE) + (f"&{query}" if query else "")


def vdate(d: datetime) -> str:
    return f"{d.day} tháng {d.month}, {d.year}"


def img_path(name: str) -> str:
    import hashlib
    h = hashlib.md5(dbkey(name).encode()).hexdigest()
    return f"/{DB}/images/{h[0]}/{h[:2]}/{quote(dbkey(name), safe=SAFE)}"


def items() -> list[dict]:
    return [
        dict(kind="blog", user="VanPhongLMHTX", title="Hội nghị sơ kết mô hình HTX kiểu mới tại huyện Hàm Yên",
             when=datetime(2024, 11, 3), rev=3021, cats=["Tin tức", "Hoạt động Liên minh"], author="Hoàng Thu Hà",
             body="""
Ngày 1/11, Liên minh HTX tỉnh phối hợp với UBND huyện Hàm Yên tổ chức hội nghị sơ kết 3 năm xây dựng mô hình HTX kiểu mới gắn với chuỗi giá trị cam sành.
[img Ham-yen-hoi-nghi.png] Quang cảnh hội nghị tại Trung tâm Văn hóa huyện Hàm Yên.
Đến nay, huyện có 46 HTX hoạt động trong lĩnh vực trồng và tiêu thụ cam sành, 12 HTX có sản phẩm đạt chứng nhận OCOP.
## Nhiệm vụ thời gian tới
* Mở rộng diện tích cam sành đạt chứng nhận VietGAP lên 1.000 ha;
* Xây dựng thêm 3 kho lạnh bảo quản sau thu hoạch;
* Đẩy mạnh bán hàng qua sàn thương mại điện tử.
Bài, ảnh: Hoàng Thu Hà
""", notes=["blog post: the only date is the header line 'Đăng bởi VanPhongLMHTX vào 3 tháng 11, 2024' (date only -> "
                      "midnight); the account is not the author, 'Bài, ảnh: Hoàng Thu Hà' is; a thumb figure caption "
                      "(figcaption.thumbcaption) is a line; the heading's '[sửa]' edit link is no text"]),
        dict(kind="page", title="Kết quả phát triển kinh tế tập thể tỉnh Tuyên Quang 10 tháng năm 2024",
             when=datetime(2024, 10, 29), rev=2987, cats=["Tin tức", "Số liệu"], author=None, source="Liên minh HTX tỉnh",
             alias_redirect="Kết quả phát triển HTX 10 tháng 2024",
             body="""
Theo báo cáo của Liên minh HTX tỉnh, 10 tháng năm 2024 khu vực kinh tế tập thể của tỉnh tiếp tục tăng trưởng ổn định.
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| Nông nghiệp | 412 | 9.360 | 1.450 |
| Tiểu thủ công nghiệp | 57 | 1.120 | 2.180 |
| Thương mại, dịch vụ | 88 | 2.040 | 2.320 |
| Vận tải | 31 | 690 | 3.040 |
Số HTX thành lập mới trong 10 tháng là 39 HTX, đạt 97,5% kế hoạch năm.
""", notes=["main-namespace news page: the date only in the portable infobox row 'Ngày đăng 29/10/2024' (no time -> "
                      "midnight); a wikitable (one line per row); the old title 'Kết quả phát triển HTX 10 tháng 2024' "
                      "is a MediaWiki redirect page answering 200 with this content, '(Đổi hướng từ …)' and a canonical "
                      "to the target: an alias, like /vi/index.php?title=… (301) and &oldid= (the current revision)"]),
        dict(kind="blog", user="BienTapLMHTX", title="Thông báo số 27/TB-LMHTX về lớp bồi dưỡng cán bộ quản lý HTX",
             when=datetime(2024, 10, 21), rev=2960, cats=["Tin tức", "Thông báo"], author=None, doc="27/TB-LMHTX",
             pdf_file="TB-27-LMHTX.pdf", pdf_text="Tải Thông báo số 27/TB-LMHTX (PDF)",
             body="""
LIÊN MINH HTX TỈNH TUYÊN QUANG
Số: 27/TB-LMHTX
Tuyên Quang, ngày 18 tháng 10 năm 2024
Liên minh HTX tỉnh thông báo tổ chức lớp bồi dưỡng nâng cao năng lực quản lý cho cán bộ HTX năm 2024.
* Thời gian: từ ngày 05/11/2024 đến ngày 07/11/2024;
* Địa điểm: Hội trường Liên minh HTX tỉnh, số 8 đường Lê Duẩn, thành phố Tuyên Quang;
* Đối tượng: Giám đốc, kế toán các HTX trên địa bàn tỉnh.
Các HTX đăng ký danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 31/10/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Ma Thị Kim Dung
""", notes=["a notice posted as a blog post on 21/10 (header date) while the text is dated 18/10: the post's date "
                      "rules; the signer is text, not the author; the PDF is a media link to the file on the wiki's "
                      "image store /htxtuyenquang/images/…/TB-27-LMHTX.pdf"]),
        dict(kind="blog", user="VanPhongLMHTX", title="HTX Miến dong Hợp Thành vào vụ sản xuất cuối năm",
             when=datetime(2024, 10, 8), rev=2931, cats=["Tin tức", "Ảnh"], author="Nguyễn Văn Thắng",
             body="""
Những ngày này, các thành viên HTX Miến dong Hợp Thành (thành phố Tuyên Quang) tất bật vào vụ sản xuất miến cuối năm.
[img Mien-dong-1.png] Củ dong riềng được rửa sạch trước khi nghiền lấy tinh bột.
[img Mien-dong-2.png] Sợi miến được phơi trên giàn tre ngoài trời.
[img Mien-dong-3.png] Sản phẩm miến dong Hợp Thành đạt OCOP 4 sao.
Mỗi năm HTX sản xuất khoảng 150 tấn miến, cung cấp cho thị trường các tỉnh phía Bắc.
Ảnh: Nguyễn Văn Thắng
""", notes=["photo story: three thumb figures with captions (lines); 'Ảnh: Nguyễn Văn Thắng' -> author"]),
        dict(kind="page", title="HTX Chè Mỹ Bắc nâng tầm sản phẩm chè Shan tuyết", when=datetime(2024, 9, 24),
             rev=2890, cats=["Tin tức", "Sản phẩm OCOP"], author=None, source="Báo Tuyên Quang",
             body="""
HTX Chè Mỹ Bắc (huyện Yên Sơn) đang liên kết với hơn 200 hộ dân trồng chè Shan tuyết theo hướng hữu cơ.
HTX đầu tư dây chuyền chế biến hiện đại, đưa 3 sản phẩm chè đạt chứng nhận OCOP 4 sao.
Năm 2024, doanh thu của HTX ước đạt 6,5 tỷ đồng, thu nhập bình quân của thành viên đạt 7 triệu đồng/tháng.
Theo Báo Tuyên Quang
""", notes=["reprint: infobox 'Nguồn: Báo Tuyên Quang', closing 'Theo Báo Tuyên Quang': no author; the date only in "
                      "the infobox 'Ngày đăng 24/09/2024'"]),
        dict(kind="blog", user="BienTapLMHTX", title="Tập huấn bán hàng trên sàn thương mại điện tử cho HTX",
             when=datetime(2024, 9, 12), rev=2866, cats=["Tin tức", "Hoạt động Liên minh"], author="Lý Thị Hồng",
             body="""
Từ ngày 10 đến 11/9, Liên minh HTX tỉnh tổ chức lớp tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho 50 học viên.
Học viên được hướng dẫn mở gian hàng, chụp ảnh sản phẩm và livestream bán hàng.
Lý Thị Hồng - Văn phòng Liên minh HTX tỉnh
""", notes=["'Lý Thị Hồng - Văn phòng Liên minh HTX tỉnh' -> Lý Thị Hồng"]),
        dict(kind="page", title="Những điểm mới của Luật Hợp tác xã năm 2023", when=datetime(2024, 7, 2),
             rev=2710, cats=["Tin tức", "Pháp luật"], author="Đỗ Minh Tuấn", source="Liên minh HTX tỉnh",
             body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024, thay thế Luật Hợp tác xã năm 2012.
## Về thành viên
* Bổ sung thành viên liên kết không góp vốn;
* Thành viên chính thức phải sử dụng sản phẩm, dịch vụ của HTX.
## Về tổ chức quản lý
+ HTX được chọn mô hình tổ chức quản lý rút gọn hoặc đầy đủ;
+ Quy định rõ quyền và nghĩa vụ của Giám đốc HTX.
Đỗ Minh Tuấn
""", notes=["headings with '[sửa | sửa mã nguồn]' links; a bulleted and a numbered list; the date only in the infobox; "
                      "the closing bare name 'Đỗ Minh Tuấn' -> author"]),
        dict(kind="blog", user="VanPhongLMHTX", title="Liên minh HTX tỉnh tổng kết công tác năm 2023",
             when=datetime(2023, 12, 28), rev=2204, cats=["Tin tức", "Hoạt động Liên minh"], author="Hoàng Thu Hà",
             body="""
Ngày 27/12, Liên minh HTX tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 45 HTX, tổ chức 11 lớp bồi dưỡng cho 640 lượt cán bộ HTX.
Tin: Hoàng Thu Hà
""", notes=["the oldest post: only on the blog listing's second page /vi/wiki/Blog:Tin_tức?page=2 (not on the main "
                      "page, nor in the rail); 'Tin: Hoàng Thu Hà' -> author"]),
    ]


def full_title(s: dict) -> str:
    return f"Blog người dùng:{s['user']}/{s['title']}" if s["kind"] == "blog" else s["title"]


def body_html(markup: str) -> str:
    out = []
    n = 0
    for b in parse_rich(markup):
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}\n</p>")
        elif b.kind == "h":
            n += 1
            hid = quote(dbkey(b.text), safe="").replace("%", ".")
            out.append(f'<h2><span class="mw-headline" id="{hid}">{esc(b.text)}</span><span class="mw-editsection">'
                       f'<span class="mw-editsection-bracket">[</span><a href="javascript:void(0)" class="mw-editsection-visualeditor">sửa</a>'
                       f'<span class="mw-editsection-divider"> | </span><a href="javascript:void(0)">sửa mã nguồn</a>'
                       f'<span class="mw-editsection-bracket">]</span></span></h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>\n" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            src = img_path(b.src)
            out.append(f'<figure class="thumb tright show-info-icon" style="width: 302px"><a href="{src}" class="image">'
                       f'<img alt="{attr(b.src)}" src="{src}" decoding="async" loading="lazy" width="300" height="200" '
                       f'data-image-name="{attr(b.src)}" data-image-key="{attr(dbkey(b.src))}" class="thumbimage" /></a>'
                       f'<figcaption class="thumbcaption"><p class="caption">{esc(b.text)}</p></figcaption></figure>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="wikitable">\n<tbody><tr>\n' + "\n".join(f"<th>{esc(c)}\n</th>" for c in head)
                       + "</tr>\n" + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}\n</td>" for c in r) + "</tr>\n"
                                              for r in rows) + "</tbody></table>")
    return "\n".join(out)


def infobox(s: dict) -> str:
    d = s["when"]
    return (f'<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default">'
            f'<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="tieude">Bản tin</h2>'
            f'<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="ngay"><h3 class="pi-data-label '
            f'pi-secondary-font">Ngày đăng</h3><div class="pi-data-value pi-font">{d:%d/%m/%Y}</div></div>'
            f'<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="nguon"><h3 class="pi-data-label '
            f'pi-secondary-font">Nguồn</h3><div class="pi-data-value pi-font">{esc(s["source"])}</div></div>'
            f'<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="chuyenmuc"><h3 class="pi-data-label '
            f'pi-secondary-font">Chuyên mục</h3><div class="pi-data-value pi-font"><a href="{wurl("Thể loại:" + s["cats"][1])}">'
            f'{esc(s["cats"][1])}</a></div></div></aside>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tuyen-quang", f"{WIKI} (Fandom)", "generic", None,
                     start_urls=["{{base:%s}}%s" % (SITE, wurl(MAIN)), "{{base:%s}}%s" % (SITE, wurl(BLOGLIST))])
    site.extra_boilerplate += CHROME
    specs = items()
    popular = specs[:5]
    all_cats = sorted({c for s in specs for c in s["cats"]})

    def layout(title: str, h1: str, content: str, *, ns: int = 0, cats: list[str] = (), header_bottom: str = "",
               canonical: str | None = None, ld: dict | None = None, desc: str = "", rev: int = 1000,
               comments: bool = False, redirected_from: str | None = None) -> str:
        cat_links = ", ".join(f'<a href="{wurl("Thể loại:" + c)}" title="Thể loại:{attr(c)}" '
                              f'data-tracking-label="categories-top-more-{i}">{esc(c)}</a>' for i, c in enumerate(cats))
        cats_top = (f'<div class="page-header__categories"><span class="page-header__categories-in">trong:</span> '
                    f'{cat_links}</div>' if cats else "")
        cats_bottom = ("".join(f'<li class="category normal" data-name="{attr(c)}"><span class="name">'
                               f'<a href="{wurl("Thể loại:" + c)}" title="Thể loại:{attr(c)}">{esc(c)}</a></span></li>'
                               for c in cats))
        rail = "".join(f'<li class="popular-pages__item"><a href="{wurl(full_title(p))}" data-tracking-label="popular-pages-'
                       f'item-{i}">{esc(p["title"])}</a></li>' for i, p in enumerate(popular))
        ldj = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n' if ld else ""
        canon = f'<link rel="canonical" href="{{{{base}}}}{canonical}"/>\n' if canonical else ""
        hist = iurl(title, "action=history")
        actions = (f'<div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text page-header__action-button '
                   f'has-label" href="{attr(iurl(title, "action=edit"))}" accesskey="e">Sửa</a>'
                   f'<div class="wds-dropdown page-header__action-dropdown"><div class="wds-dropdown__content wds-is-not-scrollable">'
                   f'<ul class="wds-list wds-is-linked"><li><a id="ca-history" href="{attr(hist)}" accesskey="h">Lịch sử</a></li>'
                   f'<li><a id="t-permalink" href="{attr(iurl(title, f"oldid={rev}"))}">Liên kết thường trực</a></li>'
                   f'</ul></div></div></div>') if comments else ""
        redir = (f'<div id="contentSub"><span class="mw-redirectedfrom">(Đổi hướng từ <a href="{attr(iurl(redirected_from, "redirect=no"))}" '
                 f'class="mw-redirect" title="{attr(redirected_from)}">{esc(redirected_from)}</a>)</span></div>'
                 if redirected_from else "")
        comment_app = ('<div id="articleComments" class="article-comments-app"><h2 class="article-comments__header">Bình luận'
                       '</h2><div class="article-comments__placeholder">Đang tải bình luận…</div></div>') if comments else ""
        printfooter = (f'<div class="printfooter" data-nosnippet="">Lấy từ “<a dir="ltr" href="{{{{base}}}}{attr(iurl(title, f"oldid={rev}"))}">'
                       f'{{{{base}}}}{esc(iurl(title, f"oldid={rev}"))}</a>”</div>') if comments else ""
        rlconf = json.dumps({"wgPageName": dbkey(title), "wgTitle": title.split(":", 1)[-1] if ns else title,
                             "wgNamespaceNumber": ns, "wgCurRevisionId": rev, "wgRevisionId": rev,
                             "wgCategories": list(cats), "wgIsArticle": True, "wgIsRedirect": False,
                             "wgPageContentLanguage": "vi", "wgContentLanguage": "vi", "wgCityId": "2231847",
                             "wgDBname": "vihtxtuyenquang", "wgServer": "https://htxtuyenquang.fandom.com",
                             "wgScriptPath": "/vi", "wgUserName": None}, ensure_ascii=False)
        return f"""<!DOCTYPE html>
<html class="client-nojs" lang="vi" dir="ltr">
<head>
<meta charset="UTF-8"/>
<title>{esc(h1)} | {esc(WIKI)} | Fandom</title>
<script>document.documentElement.className="client-js";RLCONF={rlconf};RLSTATE={{"site.styles":"ready","user.styles":"ready"}};RLPAGEMODULES=["ext.fandom.ArticleComments.entry.js","ext.fandom.GlobalComponents.GlobalNavigation.js"];</script>
<meta name="description" content="{attr(desc)}"/>
<meta name="generator" content="MediaWiki 1.39.7"/>
<meta name="referrer" content="origin"/>
<meta name="robots" content="max-image-preview:standard"/>
<meta name="format-detection" content="telephone=no"/>
<meta property="og:site_name" content="{attr(WIKI)}"/>
<meta property="og:title" content="{attr(h1)}"/>
<meta property="og:description" content="{attr(desc)}"/>
<meta property="og:url" content="{{{{base}}}}{canonical or wurl(title)}"/>
<meta name="twitter:card" content="summary"/>
<meta name="twitter:site" content="@getfandom"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes"/>
<link rel="stylesheet" href="/vi/load.php?lang=vi&amp;modules=skin.fandomdesktop.styles&amp;only=styles&amp;skin=fandomdesktop"/>
<script async="" src="/vi/load.php?lang=vi&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=fandomdesktop"></script>
{canon}{ldj}</head>
<body class="skin-fandomdesktop mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-{ns} ns-subject page-{attr(dbkey(title))} theme-fandomdesktop-light is-content-namespace">
<div class="global-navigation" data-tracking-label="global-navigation">
<nav class="global-navigation__nav">
<a href="{{{{base:offsite}}}}/fandom" class="global-navigation__logo" title="Fandom">FANDOM</a>
<div class="global-navigation__links"><a href="{{{{base:offsite}}}}/fandom/explore" class="global-navigation__link">Khám phá thuộc tính</a>
<a href="{{{{base:offsite}}}}/fandom/apps" class="global-navigation__link">Fandom Apps</a></div>
<div class="global-navigation__bottom"><a href="{{{{base:offsite}}}}/fandom/signin" class="wds-button wds-is-secondary" rel="nofollow">Đăng nhập</a>
<a href="{{{{base:offsite}}}}/fandom/register" class="wds-button" rel="nofollow">Đăng ký</a></div>
</nav>
</div>
<div class="main-container">
<div class="fandom-community-header__background cover"></div>
<div class="resizable-container">
<div class="community-header-wrapper">
<header class="fandom-community-header">
<a accesskey="z" href="{wurl(MAIN)}" class="fandom-community-header__image"><img src="/{DB}/images/e/e6/Site-logo.png" width="250" height="65" alt="{attr(WIKI)}"/></a>
<div class="fandom-community-header__top-container">
<div class="fandom-community-header__community-name-wrapper"><a href="{wurl(MAIN)}" class="fandom-community-header__community-name">{esc(WIKI)}</a></div>
</div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">
<li class="wds-dropdown explore-menu"><div class="wds-tabs__tab-label"><span>Khám phá</span></div><div class="wds-dropdown__content"><ul class="wds-list wds-is-linked">
<li><a href="{wurl(MAIN)}"><span>{esc(MAIN)}</span></a></li>
<li><a href="{wurl(ALLPAGES)}"><span>Tất cả trang</span></a></li>
<li><a href="{wurl("Đặc biệt:Thay đổi gần đây")}" rel="nofollow"><span>Thay đổi gần đây</span></a></li>
<li><a href="{wurl("Đặc biệt:Ngẫu nhiên")}" rel="nofollow"><span>Trang ngẫu nhiên</span></a></li>
</ul></div></li>
<li class="wds-dropdown"><a href="{wurl(BLOGLIST)}" class="wds-tabs__tab-label"><span>Tin tức</span></a><div class="wds-dropdown__content"><ul class="wds-list wds-is-linked">
<li><a href="{wurl(BLOGLIST)}"><span>Blog tin tức</span></a></li>
<li><a href="{wurl("Thể loại:Thông báo")}"><span>Thông báo</span></a></li>
<li><a href="{wurl("Thể loại:Số liệu")}"><span>Số liệu</span></a></li>
</ul></div></li>
<li class="wds-dropdown"><div class="wds-tabs__tab-label"><span>Cộng đồng</span></div><div class="wds-dropdown__content"><ul class="wds-list wds-is-linked">
<li><a href="{wurl(ABOUT)}"><span>Quy định của wiki</span></a></li>
</ul></div></li>
</ul></nav>
</header>
</div>
<div class="page has-right-rail">
<main class="page__main" lang="vi">
<div class="top-ads-container"><div id="top_leaderboard" class="ad-slot-placeholder top-leaderboard is-loading"></div><span class="ad-label">Quảng cáo</span></div>
<div class="page-header" id="PageHeader">
<div class="page-header__top">
<div class="page-header__meta">{cats_top}</div>
{actions}
</div>
<div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span class="mw-page-title-main">{esc(h1)}</span></h1></div>
{header_bottom}
</div>
<div id="content" class="page-content">
<a id="top"></a>
{redir}<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="vi" dir="ltr"><div class="mw-parser-output">{content}</div></div>
{printfooter}
</div>
<div class="page-footer">
{('<div class="wds-collapsible-panel page-footer__categories categories"><header class="wds-collapsible-panel__header">Thể loại</header><div class="wds-collapsible-panel__content"><ul class="categories">' + cats_bottom + '</ul></div></div>') if cats else ""}
<div class="license-description">Nội dung cộng đồng có sẵn theo <a href="{{{{base:offsite}}}}/fandom/licensing">CC-BY-SA</a> trừ khi có ghi chú khác.</div>
</div>
{comment_app}
</main>
<aside class="page__right-rail">
<div id="WikiaRail" class="WikiaRail">
<div id="top_boxad" class="ad-slot-placeholder top-boxad"></div>
<section class="rail-module popular-pages" data-tracking-label="popular-pages"><h2 class="rail-module__header">Trang phổ biến</h2><ul class="popular-pages__list">{rail}</ul></section>
<div id="incontent_boxad_1" class="ad-slot-placeholder"></div>
</div>
</aside>
</div>
</div>
</div>
<footer class="global-footer">
<div class="global-footer__content">
<section class="global-footer__section"><h3 class="global-footer__section-header">Khám phá thuộc tính</h3><ul><li><a href="{{{{base:offsite}}}}/fandom">Fandom</a></li><li><a href="{{{{base:offsite}}}}/fandom/muthead">Muthead</a></li><li><a href="{{{{base:offsite}}}}/fandom/futhead">Futhead</a></li></ul></section>
<section class="global-footer__section"><h3 class="global-footer__section-header">Theo dõi chúng tôi</h3></section>
<section class="global-footer__section"><h3 class="global-footer__section-header">Tổng quan</h3><ul><li><a href="{{{{base:offsite}}}}/fandom/about">Thông tin về Fandom</a></li><li><a href="{{{{base:offsite}}}}/fandom/terms-of-use">Điều khoản sử dụng</a></li><li><a href="{{{{base:offsite}}}}/fandom/privacy-policy">Chính sách quyền riêng tư</a></li><li><a href="{{{{base:offsite}}}}/fandom/sitemap">Sơ đồ trang web</a></li></ul></section>
<section class="global-footer__section"><h3 class="global-footer__section-header">Cộng đồng</h3><ul><li><a href="{{{{base:offsite}}}}/fandom/community-central">Trở thành biên tập viên</a></li></ul></section>
</div>
<div class="global-footer__bottom"><div class="global-footer__bottom-text">{esc(LIFESTYLE)}</div></div>
</footer>
</body>
</html>
"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    # the news pages
    for s in specs:
        ft = full_title(s)
        path = wurl(ft)
        s["path"] = path
        content = body_html(s["body"])
        if s.get("pdf_file"):
            content += (f'\n<p><a href="{img_path(s["pdf_file"])}" class="internal" title="{attr(s["pdf_file"])}">'
                        f'{esc(s["pdf_text"])}</a>\n</p>')
            site.binary(img_path(s["pdf_file"]).replace("%", "%"),
                        pdf(s["title"], ["LIEN MINH HTX TINH TUYEN QUANG", "THONG BAO SO 27/TB-LMHTX"]))
        if s["kind"] == "page":
            content = infobox(s) + "\n" + content
            bottom = ""
            ns = 0
        else:
            user_url = wurl(f"Thành viên:{s['user']}")
            bottom = (f'<div class="page-header__bottom"><div class="page-header__blog-post-details">'
                      f'<a href="{user_url}" class="wds-avatar"><img src="/{DB}/images/avatar-default.png" width="30" '
                      f'height="30" alt="{attr(s["user"])}" class="wds-avatar__image"/></a>'
                      f'<div>Đăng bởi <a href="{user_url}">{esc(s["user"])}</a> vào {vdate(s["when"])}</div></div>'
                      f'<a href="{wurl("Blog người dùng:" + s["user"])}" class="page-header__blog-post-back">'
                      f'Quay lại blog của {esc(s["user"])}</a></div>')
            ns = 500
        first = next(b.lines()[0] for b in parse_rich(s["body"]) if b.kind == "p")
        ld = {"@context": "http://schema.org", "@type": "Article", "url": f"https://htxtuyenquang.fandom.com{path}",
              "name": s["title"], "headline": s["title"],
              "about": {"@type": "Thing", "name": WIKI},
              "author": {"@type": "Organization", "name": f"Cộng đồng {WIKI}",
                         "url": "https://htxtuyenquang.fandom.com/vi/f"},
              "publisher": {"@type": "Organization", "name": "Fandom, Inc.",
                            "logo": {"@type": "ImageObject", "url": "https://static.wikia.nocookie.net/qube-assets/podium-logo.png"}},
              "mainEntityOfPage": {"@type": "WebPage", "@id": f"https://htxtuyenquang.fandom.com{path}"}}
        html = layout(ft, s["title"], content, ns=ns, cats=s["cats"], header_bottom=bottom, canonical=path, ld=ld,
                      desc=first[:160], rev=s["rev"], comments=True)
        page(path, html)
        for b in parse_rich(s["body"]):
            if b.kind == "img":
                site.binary(img_path(b.src), image_for(b.src))
        art = RichArticle(path=path, title=s["title"], date=s["when"], body=s["body"], author=s["author"],
                          published=iso(s["when"], with_time=False), published_source="date-element",
                          evidence=["date-element"], doc_number=s.get("doc"), notes=s["notes"])
        if s.get("pdf_file"):
            art.attachments = [{"path": img_path(s["pdf_file"]), "text": s["pdf_text"]}]
        # aliases: index.php?title= (301), the permanent link (&oldid=, same revision)
        site.redirect(iurl(ft), path, 301)
        oldid = iurl(ft, f"oldid={s['rev']}")
        site.page(oldid, html, content_type=HTML)
        art.aliases += [iurl(ft), oldid]
        if s.get("alias_redirect"):
            old = s["alias_redirect"]
            page(wurl(old), layout(ft, s["title"], content, ns=ns, cats=s["cats"], canonical=path, ld=ld,
                                   desc=first[:160], rev=s["rev"], comments=True, redirected_from=old))
            art.aliases.append(wurl(old))
            page(iurl(old, "redirect=no"), layout(old, old, '<div class="redirectMsg"><p>Trang đổi hướng tới:</p>'
                                                  f'<ul class="redirectText"><li><a href="{path}">{esc(ft)}</a></li></ul></div>',
                                                  rev=s["rev"] - 5))
            site.non_articles.append(iurl(old, "redirect=no"))
        # history and edit: robots-disallowed
        for action in ("history", "edit"):
            p = iurl(ft, f"action={action}")
            page(p, layout(ft, f"{'Lịch sử của' if action == 'history' else 'Sửa'} “{s['title']}”",
                           f'<p>{"Các phiên bản của trang" if action == "history" else "Mã nguồn của trang"}.</p>',
                           ns=-1, rev=s["rev"]))
            site.never_fetched.append(p)
        site.add_article(art)

    site.trap("a blog post dates itself only 'Đăng bởi <account> vào 3 tháng 11, 2024' in div.page-header__blog-post-"
              "details (date only, Vietnamese month words); the JSON-LD Article has no date and names the community as "
              "its author", specs[0]["path"])

    # the bloglist: 4 a page, "Bài cũ hơn" -> ?page=2
    blogs = [s for s in specs if s["kind"] == "blog"]
    chunks = [blogs[i:i + PER_PAGE] for i in range(0, len(blogs), PER_PAGE)]
    assert len(chunks) == 2 and blogs[-1] in chunks[1]
    for k, chunk in enumerate(chunks, 1):
        rows = []
        for s in chunk:
            first = next(b.lines()[0] for b in parse_rich(s["body"]) if b.kind == "p")
            rows.append(f'<li class="WikiaBlogListingPost"><h2><a href="{s["path"]}">{esc(s["title"])}</a></h2>'
                        f'<div class="author-details"><span>bởi <a href="{wurl("Thành viên:" + s["user"])}">{esc(s["user"])}</a>'
                        f' · {vdate(s["when"])}</span></div><div class="post-summary">{esc(first[:150])}…'
                        f' <a href="{s["path"]}" class="read-more">Đọc thêm &gt;</a></div></li>')
        nav = []
        if k > 1:
            nav.append(f'<a href="{wurl(BLOGLIST)}" class="wikia-button secondary">&lt; Bài mới hơn</a>')
        if k < len(chunks):
            nav.append(f'<a href="{wurl(BLOGLIST, f"page={k + 1}")}" class="wikia-button secondary">Bài cũ hơn &gt;</a>')
        content = ('<p>Tin hoạt động của Liên minh HTX tỉnh, do Văn phòng và Ban biên tập đăng.</p>'
                   f'<div class="WikiaBlogListing"><ul>{"".join(rows)}</ul><div class="wikia-paginator">{" ".join(nav)}</div></div>')
        path = wurl(BLOGLIST) if k == 1 else wurl(BLOGLIST, f"page={k}")
        page(path, layout(BLOGLIST, BLOGLIST, content, ns=502, rev=1500))
        site.non_articles.append(path)
    site.trap("the blog listing (a <bloglist>, 4 a page) links 'Bài cũ hơn >' ?page=2, which alone holds the oldest "
              "post", wurl(BLOGLIST, "page=2"))

    # main page
    pages_ns0 = [s for s in specs if s["kind"] == "page"]
    main = ('<div class="mainpage-box"><h2><span class="mw-headline" id="Chào_mừng">Chào mừng đến với ' + esc(WIKI)
            + '</span></h2><p>Wiki chia sẻ thông tin về kinh tế tập thể, hợp tác xã tỉnh Tuyên Quang.</p></div>'
            '<div class="mainpage-box"><h2><span class="mw-headline" id="Tin_mới">Tin mới</span></h2><ul>'
            + "".join(f'<li><a href="{s["path"]}">{esc(s["title"])}</a></li>' for s in blogs[:3])
            + '</ul><p><a href="' + wurl(BLOGLIST) + '">Xem tất cả tin</a></p></div>'
            '<div class="mainpage-box"><h2><span class="mw-headline" id="Bài_viết">Bài viết</span></h2><ul>'
            + "".join(f'<li><a href="{s["path"]}">{esc(s["title"])}</a></li>' for s in pages_ns0) + '</ul></div>')
    page(wurl(MAIN), layout(MAIN, MAIN, main, rev=3030))
    site.non_articles.append(wurl(MAIN))
    site.redirect("/", wurl(MAIN), 301)
    site.redirect("/vi/", wurl(MAIN), 301)

    # Special:AllPages (two halves, ?from=)
    names = sorted([full_title(s) for s in pages_ns0] + [MAIN, "Kết quả phát triển HTX 10 tháng 2024"])
    half = len(names) // 2
    for n, part in enumerate((names[:half], names[half:])):
        redir_cls = ' class="mw-redirect"'
        lis = "".join(f'<li><a href="{wurl(x)}"{redir_cls if x.startswith("Kết quả phát triển HTX") else ""}>'
                      f'{esc(x)}</a></li>' for x in part)
        nav = (f'<div class="mw-allpages-nav"><a href="{attr(wurl(ALLPAGES, "from=" + quote(dbkey(names[half]), safe="")))}">'
               f'Trang sau ({esc(names[half])})</a></div>') if n == 0 else \
              f'<div class="mw-allpages-nav"><a href="{wurl(ALLPAGES)}">Trang trước</a></div>'
        path = wurl(ALLPAGES) if n == 0 else wurl(ALLPAGES, "from=" + quote(dbkey(names[half]), safe=""))
        page(path, layout(ALLPAGES, "Mọi trang", f'{nav}<div class="mw-allpages-body"><ul class="mw-allpages-chunk">{lis}</ul></div>',
                          ns=-1))
        site.non_articles.append(path)

    for extra in ("Đặc biệt:Thay đổi gần đây", "Đặc biệt:Ngẫu nhiên"):
        site.never_fetched.append(wurl(extra))
        page(wurl(extra), layout(extra, extra.split(":")[1], "<p>Trang đặc biệt.</p>", ns=-1))

    # categories
    for c in all_cats:
        members = [s for s in specs if c in s["cats"]]
        lis = "".join(f'<li><a href="{s["path"]}">{esc(full_title(s))}</a></li>' for s in members)
        path = wurl("Thể loại:" + c)
        page(path, layout("Thể loại:" + c, f"Thể loại:{c}",
                          f'<div id="mw-pages"><p>Có {len(members)} trang trong thể loại này.</p><ul>{lis}</ul></div>', ns=14))
        site.non_articles.append(path)

    # user pages, user blogs, about
    for user in sorted({s["user"] for s in blogs}):
        path = wurl(f"Thành viên:{user}")
        page(path, layout(f"Thành viên:{user}", f"Thành viên:{user}",
                          "<p>Tài khoản của Văn phòng Liên minh HTX tỉnh Tuyên Quang.</p>", ns=2))
        mine = [s for s in blogs if s["user"] == user]
        bpath = wurl(f"Blog người dùng:{user}")
        page(bpath, layout(f"Blog người dùng:{user}", f"Blog người dùng:{user}",
                           "<ul>" + "".join(f'<li><a href="{s["path"]}">{esc(s["title"])}</a> · {vdate(s["when"])}</li>'
                                            for s in mine) + "</ul>", ns=500))
        site.non_articles += [path, bpath]
    page(wurl(ABOUT), layout(ABOUT, ABOUT, "<p>Wiki do Văn phòng Liên minh HTX tỉnh Tuyên Quang quản lý. Mọi thành viên "
                             "có thể đóng góp nội dung theo quy định của wiki.</p>", ns=4))
    site.non_articles.append(wurl(ABOUT))

    site.static("/robots.txt", "User-agent: *\nDisallow: /*?*action=edit\nDisallow: /*?*action=history\n"
                               "Disallow: /vi/wiki/%C4%90%E1%BA%B7c_bi%E1%BB%87t:Thay_%C4%91%E1%BB%95i_g%E1%BA%A7n_%C4%91%C3%A2y\n"
                               "Disallow: /vi/wiki/%C4%90%E1%BA%B7c_bi%E1%BB%87t:Ng%E1%BA%ABu_nhi%C3%AAn\n"
                               "Disallow: /vi/api.php\n")
    site.static("/vi/load.php", "/* ResourceLoader */\n")
    site.binary(f"/{DB}/images/e/e6/Site-logo.png", image_for("logo"))
    site.binary(f"/{DB}/images/avatar-default.png", image_for("avatar"))
    return site
