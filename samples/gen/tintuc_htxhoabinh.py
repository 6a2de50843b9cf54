"""Site `tintuc-htxhoabinh` (registry family `generic`): "Tin tức Liên minh HTX tỉnh Hòa Bình", the news site of the
Hòa Bình cooperative alliance (since 1 July 2025 part of Phú Thọ province) on **SPIP 4.2** (the French CMS; the dist
templates lightly restyled, Vietnamese interface, URL mode `html`). Written as a held-out test: no family module, no
selectors.

Why it is hard: SPIP's article template has no `rel=canonical`, and every article answers at `/article<id>.html`, at
`spip.php?article<id>` (the links the hand-built menu and the sidebar use), at `spip.php?page=article&id_article=<id>`,
with `?lang=vi` (the language menu) and `?var_mode=calcul` (an editor's link copied from the admin view), and at the
`/<Slug>,<id>` address of the previous URL mode (301). The title is `h1.surlignable` in `div.cartouche` (a
`p.surtitre` kicker above it on one article: not part of it); the date line `p.info-publi` shows the day only ("Đăng
ngày thứ năm 12 tháng 3 năm 2026"), the time sits in `<abbr class="published" title="2026-03-12T07:30:00Z">`, which
SPIP's `date_iso` writes in UTC: an early-morning article shows the PREVIOUS day there. The text is `div.chapo`
(the lead), `div.texte` (SPIP's `<p>`, `h2.spip` intertitles, `ul.spip`, `table.spip`, image documents as
`figure.spip_doc_inner` with `figcaption.spip_doc_legende`), `div.ps` (the P.S. field, its "P.S." heading no text)
and `div.notes` (footnotes, called by `[1]` in the text; the "Ghi chú" heading no text). The SPIP author shown "bởi
…" is the account: the office account "Ban biên tập" is never the author, a person's account is. Readers' comments
(`div.comments`, microformat `hentry` with their own `abbr.published`) are furniture. Rubrique lists paginate with
`?debut_articles=4#pagination_articles`; home, rubriques, keyword (`mot<id>.html`), author pages, the about page (an
article with its own template and no date), search, site map, contact and forum form are no articles; `spip.php?page=
backend` is the RSS feed; robots.txt (SPIP's) disallows `/ecrire/` and `/prive/`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "tintuc-htxhoabinh"
NAME = "Liên minh Hợp tác xã tỉnh Hòa Bình"
HTML = "text/html; charset=utf-8"
DAYS = ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật")
ACCOUNTS = {1: "Ban biên tập", 4: "Đinh Thị Thu Hà"}
CHROME = ["Cổng thông tin của Liên minh HTX tỉnh Hòa Bình - Đồng hành cùng kinh tế tập thể vùng cao",
          "Trong cùng chuyên mục", "Ý kiến bạn đọc", "Trả lời bài viết này", "Theo dõi hoạt động của trang",
          "Nhiệt độ Hòa Bình hôm nay: 19°C - 27°C, sương mù buổi sáng", "Số lượt truy cập: 562.904", "Đang xem: 9",
          "Bạn đánh giá thế nào về chất lượng dịch vụ tư vấn của Liên minh?", "Rất hữu ích", "Bình thường",
          "Cần cải thiện", "Trụ sở: Số 8 đường Cù Chính Lan, phường Phương Lâm, Hòa Bình",
          "Điện thoại: 0218.3852.417 - Thư điện tử: lienminhhtx@hoabinh.gov.vn",
          "Trang web được xây dựng bằng SPIP", "Sơ đồ trang", "Đăng nhập quản trị", "Từ khóa", "Tìm kiếm trên trang"]
COMMENTS = [("Nguyễn Văn Hợi", "Mong Liên minh tiếp tục mở lớp tập huấn cho HTX ở huyện Đà Bắc."),
            ("Bùi Thị Mến", "HTX chúng tôi đã nhận được hỗ trợ, xin cảm ơn Liên minh.")]


def affdate(d: datetime) -> str:
    return f"{d.day} tháng {d.month} năm {d.year}"


def utc_iso(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, ev=("date-element", "listing")) -> dict:
        return dict(date=d, published=iso(d), published_source=ev[0], evidence=list(ev))

    return [
        A(path="", title="Liên minh HTX tỉnh tổng kết năm 2025, triển khai nhiệm vụ năm 2026",
          lead="Ngày 12/3, Liên minh HTX tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026.",
          body="""
Năm 2025, khu vực kinh tế tập thể của tỉnh có 412 HTX đang hoạt động, tăng 29 HTX so với năm trước.
[img tong-ket-2025-hb.png] Đồng chí Chủ tịch Liên minh HTX tỉnh phát biểu tại hội nghị
## Ba khâu đột phá năm 2026
Liên minh HTX tỉnh tập trung vào đào tạo nhân lực, chuyển đổi số và liên kết chuỗi giá trị cho các HTX vùng cao.
Dịp này, 15 HTX được tặng Bằng khen vì có thành tích xuất sắc trong phong trào thi đua.
Bài, ảnh: Bùi Văn Quang
""", author="Bùi Văn Quang",
          opts={"id": 142, "rub": 2, "acc": 1, "slug": "Lien-minh-HTX-tinh-tong-ket-nam-2025-trien-khai-nhiem-vu-nam-2026",
                "comments": 2, "old": True},
          notes=["SPIP article /article142.html: h1.surlignable in div.cartouche, the chapo is the first line; 'Đăng ngày thứ "
                 "năm 12 tháng 3 năm 2026' (no time) in <abbr class=published title='2026-03-12T07:30:00Z'> (UTC: 14:30 "
                 "in Hòa Bình); 'Bài, ảnh: Bùi Văn Quang' closes div.texte (author; the SPIP account 'Ban biên tập' is "
                 "not); two readers' comments (hentry, own abbr.published) are furniture; spip.php?article142, "
                 "?lang=vi, ?var_mode=calcul and the old /<Slug>,142 (301) are aliases"],
          **at(datetime(2026, 3, 12, 14, 30))),
        A(path="", title="Kế hoạch số 15/KH-LMHTX tổ chức Hội chợ nông sản, sản phẩm OCOP các HTX năm 2026",
          body="""
LIÊN MINH HTX TỈNH HÒA BÌNH
Số: 15/KH-LMHTX
Hòa Bình, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức Hội chợ nông sản, sản phẩm OCOP các HTX năm 2026
## I. MỤC ĐÍCH, YÊU CẦU
Giới thiệu, quảng bá sản phẩm của các HTX, tổ hợp tác; kết nối tiêu thụ nông sản vùng cao.
## II. THỜI GIAN, ĐỊA ĐIỂM
- Thời gian: từ ngày 17 đến 21/4/2026.
- Địa điểm: Quảng trường Hòa Bình.
- Quy mô: 90 gian hàng.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Quách Văn Thành
""", author=None, doc_number="15/KH-LMHTX",
          attachments=[{"path": "/IMG/pdf/kh-15-lmhtx-hoi-cho-2026.pdf", "text": "Kế hoạch số 15/KH-LMHTX (bản ký số)"}],
          opts={"id": 139, "rub": 5, "acc": 1, "slug": "Ke-hoach-so-15-KH-LMHTX-to-chuc-Hoi-cho-nong-san-san-pham-OCOP-cac-HTX-nam-2026"},
          notes=["plan 'Số: 15/KH-LMHTX' dated 02/3 in the text, published at 06:15 on 5 March: the date line says 'thứ năm "
                 "5 tháng 3 năm 2026' but abbr.published's UTC title is '2026-03-04T23:15:00Z' (the day before); the signer "
                 "is text, author null; the PDF in SPIP's 'Tài liệu đính kèm' list (a.spip_doc_lien, size no text)"],
          **at(datetime(2026, 3, 5, 6, 15))),
        A(path="", title="Sản phẩm OCOP của các HTX tỉnh Hòa Bình năm 2025",
          body="""
Năm 2025, các HTX trên địa bàn tỉnh có thêm 38 sản phẩm được công nhận đạt chuẩn OCOP.
| Hạng | Số sản phẩm | Trong đó của HTX | Tỷ lệ |
| 3 sao | 52 | 31 | 59,6% |
| 4 sao | 11 | 7 | 63,6% |
| 5 sao tiềm năng | 1 | 0 | 0% |
Các sản phẩm chủ lực gồm cam Cao Phong, mật ong bạc hà, gạo nếp Mai Châu và chè Tân Lạc.
@@ps
Nguồn: Văn phòng Điều phối nông thôn mới tỉnh
""", author=None,
          opts={"id": 136, "rub": 2, "acc": 1, "slug": "San-pham-OCOP-cua-cac-HTX-tinh-Hoa-Binh-nam-2025"},
          notes=["a SPIP table (table.spip, thead/tbody rows), one line per row; the P.S. field 'Nguồn: …' (div.ps, its "
                 "'P.S.' heading no text) is the last line, no author"],
          **at(datetime(2026, 2, 24, 9, 0))),
        A(path="", title="HTX Cam Cao Phong chuẩn hóa vùng trồng theo VietGAP",
          body="""
HTX Nông nghiệp Cam Cao Phong đã chuẩn hóa 65 ha cam theo tiêu chuẩn VietGAP [1], cấp mã số vùng trồng cho toàn bộ diện tích.
[img cam-cao-phong.png] Thành viên HTX ghi nhật ký sản xuất tại vườn cam
Nhờ truy xuất được nguồn gốc, cam của HTX đã vào được hai chuỗi siêu thị lớn ở Hà Nội.
@@notes
[1] Thực hành sản xuất nông nghiệp tốt của Việt Nam, ban hành kèm Quyết định số 379/QĐ-BNN-KHCN.
""", author="Đinh Thị Thu Hà",
          opts={"id": 131, "rub": 2, "acc": 4, "slug": "HTX-Cam-Cao-Phong-chuan-hoa-vung-trong-theo-VietGAP", "comments": 1,
                "old": True},
          notes=["posted by the SPIP account of a person ('bởi Đinh Thị Thu Hà', vcard author) with no byline -> author; "
                 "a footnote call '[1]' in the text and div.notes '[1] …' (lines; the 'Ghi chú' heading is no text)"],
          **at(datetime(2026, 2, 10, 16, 45))),
        A(path="", title="Những việc HTX cần làm trước kỳ Đại hội thành viên thường niên năm 2026",
          body="""
Theo Luật HTX năm 2023, HTX phải tổ chức Đại hội thành viên thường niên trong thời hạn 06 tháng kể từ ngày kết thúc năm tài chính.
* Hoàn thành báo cáo tài chính năm 2025;
* Chuẩn bị báo cáo kết quả hoạt động và phương án sản xuất, kinh doanh năm 2026;
* Dự kiến phương án phân phối thu nhập;
* Gửi tài liệu đến thành viên ít nhất 10 ngày trước đại hội.
@@ps
Theo Nguyễn Thu Trang
""", author="Nguyễn Thu Trang",
          opts={"id": 128, "rub": 5, "acc": 1, "slug": "Nhung-viec-HTX-can-lam-truoc-ky-Dai-hoi-thanh-vien-thuong-nien-nam-2026"},
          notes=["a four-item ul.spip; the byline 'Theo Nguyễn Thu Trang' is the P.S. field (div.ps): the last line, and "
                 "the author"],
          **at(datetime(2026, 1, 27, 10, 20))),
        A(path="", title="Ảnh: Mùa thu hoạch bưởi đỏ ở HTX Tân Lạc",
          body="""
[img buoi-do-1.png] Thành viên HTX thu hái bưởi đỏ chuẩn bị cho dịp Tết
[img buoi-do-2.png] Bưởi được phân loại, dán tem truy xuất nguồn gốc
[img buoi-do-3.png] Thương lái đến tận vườn thu mua
""", author=None,
          opts={"id": 124, "rub": 2, "acc": 1, "slug": "Anh-Mua-thu-hoach-buoi-do-o-HTX-Tan-Lac"},
          notes=["photo story: three image documents (figure.spip_doc_inner), each caption a figcaption "
                 "div.spip_doc_titre line (the credit div.spip_doc_credits is no text); account 'Ban biên tập': author null"],
          **at(datetime(2026, 1, 15, 8, 0))),
        A(path="", title="HTX Dịch vụ nông nghiệp Mai Châu đưa gạo nếp lên sàn thương mại điện tử",
          body="""
Từ tháng 6/2025, HTX Dịch vụ nông nghiệp Mai Châu mở gian hàng trên hai sàn thương mại điện tử lớn.
Sau 5 tháng, HTX bán được hơn 12 tấn gạo nếp, doanh thu trực tuyến chiếm 35% tổng doanh thu.
Hoàng Lan - Trung tâm Khuyến nông tỉnh
""", author="Hoàng Lan",
          opts={"id": 117, "rub": 2, "acc": 1, "slug": "HTX-Dich-vu-nong-nghiep-Mai-Chau-dua-gao-nep-len-san-thuong-mai-dien-tu"},
          notes=["2025 article only on the rubrique's page 2 (rubrique2.html?debut_articles=4); byline 'Hoàng Lan - Trung "
                 "tâm Khuyến nông tỉnh' -> author Hoàng Lan"],
          **at(datetime(2025, 11, 20, 15, 10))),
        A(path="", title="Quỹ hỗ trợ phát triển HTX tỉnh cho vay 9,5 tỷ đồng trong 9 tháng",
          kicker="Kinh tế tập thể",
          lead="Chín tháng đầu năm 2025, Quỹ hỗ trợ phát triển HTX tỉnh Hòa Bình đã giải ngân 9,5 tỷ đồng cho 16 HTX.",
          body="""
Các dự án vay vốn chủ yếu đầu tư máy chế biến, nhà sơ chế và mở rộng vùng nguyên liệu dược liệu.
Quỹ tiếp tục nhận hồ sơ vay vốn đến hết ngày 15/12/2025.
""", author=None,
          opts={"id": 112, "rub": 2, "acc": 1, "slug": "Quy-ho-tro-phat-trien-HTX-tinh-cho-vay-9-5-ty-dong-trong-9-thang"},
          notes=["p.surtitre 'Kinh tế tập thể' above the h1 (a kicker: not part of the title or text); no byline, office "
                 "account: author null; only on the rubrique's page 2"],
          **at(datetime(2025, 10, 8, 8, 45))),
    ]


def split_parts(a: RichArticle) -> tuple[str, str, str]:
    main, ps, notes = a.body, "", ""
    if "@@notes" in main:
        main, notes = main.split("@@notes")
    if "@@ps" in main:
        main, ps = main.split("@@ps")
    return main, ps, notes


def finish(a: RichArticle) -> None:
    """The truth's text: chapo, texte, P.S., notes (SPIP's order), without the markers."""
    main, ps, notes = split_parts(a)
    a.opts["parts"] = (main, ps, notes)
    a.body = "\n".join([main, ps, notes])


def texte_html(a: RichArticle, markup: str) -> str:
    out = []
    for b in parse_rich(markup):
        if b.kind == "p":
            html = inline_html(b.text).replace(
                " [1]", '<span class="spip_note_ref">&nbsp;[<a href="#nb1" class="spip_note" rel="footnote" '
                        'title="Thực hành sản xuất nông nghiệp tốt…" id="nh1">1</a>]</span>')
            out.append(f"<p>{html}</p>")
        elif b.kind == "h":
            out.append(f'<h2 class="spip">{inline_html(b.text)}</h2>')
        elif b.kind == "ul":
            out.append('<ul class="spip" role="list">' + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            n = 300 + sum(map(ord, b.src)) % 90
            out.append(f'<div class="spip_document_{n} spip_document spip_documents spip_document_image spip_documents_center '
                       f'spip_document_center"><figure class="spip_doc_inner"><img src="/IMG/png/{b.src}?1710000000" width="700" '
                       f'height="466" alt="" /><figcaption class="spip_doc_legende"><div class="spip_doc_titre"><strong>{esc(b.text)}'
                       f'</strong></div><div class="spip_doc_credits">Ảnh: Liên minh HTX tỉnh</div></figcaption></figure></div>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="table spip"><thead><tr class="row_first">'
                       + "\n".join(f'<th id="id4b2c_c{k}">{esc(c)}</th>' for k, c in enumerate(head)) + "</tr></thead><tbody>"
                       + "".join(f'<tr class="row_{"odd odd" if r % 2 == 0 else "even even"}">'
                                 + "\n".join(f'<td headers="id4b2c_c{k}">{esc(c)}</td>' for k, c in enumerate(row)) + "</tr>"
                                 for r, row in enumerate(rows)) + "</tbody></table>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hoa-binh", "Tin tức - Liên minh HTX tỉnh Hòa Bình", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += CHROME
    news = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in news:
        finish(a)
        a.path = f"/article{a.opts['id']}.html"
    rubs = {2: "Tin tức - Sự kiện", 5: "Văn bản - Thông báo", 1: "Giới thiệu"}
    mots = {3: "OCOP", 7: "Luật HTX 2023"}

    def layout(title: str, content: str, aside: str = "", head: str = "", page_class: str = "page_sommaire",
               lang_link: str = "") -> str:
        menu = "".join(f'<li class="menu-entree"><a href="{h}">{esc(t)}</a></li>' for t, h in
                       [("Trang chủ", "/"), ("Giới thiệu", "/spip.php?article1"), (rubs[2], "/rubrique2.html"),
                        (rubs[5], "/rubrique5.html"), ("Liên hệ", "/spip.php?page=contact")])
        recent = "".join(f'<li><a href="/spip.php?page=article&amp;id_article={a.opts["id"]}">{esc(a.title)}</a></li>' for a in news[:4])
        lang = (f'<div class="formulaire_menu_lang"><a href="{lang_link}?lang=vi" class="on" hreflang="vi">Tiếng Việt</a></div>' if lang_link else "")
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi" class="ltr vi no-js">
<head>
<script type="text/javascript">var root = document.documentElement; root.className = root.className.replace('no-js', 'js');</script>
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
{head}
<link rel="alternate" type="application/rss+xml" title="Cập nhật toàn trang" href="spip.php?page=backend" />
<link rel="stylesheet" href="/squelettes-dist/css/reset.css" type="text/css" />
<link rel="stylesheet" href="/squelettes/css/htxhb.css" type="text/css" />
<script src="/prive/javascript/jquery.js?1700000000" type="text/javascript"></script>
<meta name="generator" content="SPIP 4.2.8" />
</head>
<body class="{page_class}">
<div class="page">
<div class="header" id="header">
<div class="accueil"><a rel="start home" href="/" title="Trang chủ"><img class="spip_logo" src="/IMG/logo/siteon0.png" alt="" width="120" height="60" /></a>
<strong class="nom_site_spip">{NAME}</strong></div>
<p class="slogan">Cổng thông tin của Liên minh HTX tỉnh Hòa Bình - Đồng hành cùng kinh tế tập thể vùng cao</p>
{lang}
</div>
<div class="nav clearfix" id="nav"><ul class="menu-liste menu-items">{menu}</ul></div>
<div class="wrapper hfeed" id="wrapper">
{content}
<div class="aside" id="aside">
{aside}
<div class="formulaire_spip formulaire_recherche" id="formulaire_recherche"><form action="/spip.php?page=recherche" method="get">
<label for="recherche">Tìm kiếm trên trang</label><input type="search" class="search text" name="recherche" id="recherche" />
<input type="hidden" name="page" value="recherche" /></form></div>
<div class="menu"><h2>Văn bản mới</h2><ul>{recent}</ul></div>
<div class="menu weather"><h2>Thời tiết</h2><p>Nhiệt độ Hòa Bình hôm nay: 19°C - 27°C, sương mù buổi sáng</p></div>
<div class="menu sondage"><h2>Thăm dò</h2><p>Bạn đánh giá thế nào về chất lượng dịch vụ tư vấn của Liên minh?</p>
<ul><li>Rất hữu ích</li><li>Bình thường</li><li>Cần cải thiện</li></ul></div>
<div class="menu stats"><p>Số lượt truy cập: 562.904</p><p>Đang xem: 9</p></div>
<div class="menu liens"><h2>Liên kết</h2><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" class="spip_out">Liên minh HTX Việt Nam</a></li></ul></div>
</div>
</div>
<div class="footer clearfix" id="footer">
<p class="colophon">Trụ sở: Số 8 đường Cù Chính Lan, phường Phương Lâm, Hòa Bình<br />Điện thoại: 0218.3852.417 - Thư điện tử: lienminhhtx@hoabinh.gov.vn</p>
<p class="generator"><a href="{{{{base:offsite}}}}/spip/" title="Trang web được xây dựng bằng SPIP" class="generator spip_out">Trang web được xây dựng bằng SPIP</a></p>
<p><a href="/spip.php?page=plan" rel="contents">Sơ đồ trang</a> | <a href="/spip.php?page=backend" rel="alternate" title="Theo dõi hoạt động của trang">Theo dõi hoạt động của trang</a>
| <a href="/spip.php?page=login&amp;url=%2F" rel="nofollow" class="login_modal">Đăng nhập</a> | <a href="/ecrire/">Đăng nhập quản trị</a></p>
</div>
</div>
</body></html>"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def info_publi(a: RichArticle) -> str:
        acc = a.opts["acc"]
        return (f'<p class="info-publi"><abbr class="published" title="{utc_iso(a.date)}">Đăng ngày {DAYS[a.date.weekday()]} '
                f'{affdate(a.date)}</abbr><span class="sep">, </span><span class="auteurs">bởi <span class="vcard author">'
                f'<a class="url fn spip_in" href="/auteur{acc}.html">{esc(ACCOUNTS[acc])}</a></span></span></p>')

    def item(a: RichArticle) -> str:
        return (f'<li class="item hentry"><h3 class="h3 entry-title"><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h3>'
                f'<small><abbr class="published" title="{utc_iso(a.date)}">{affdate(a.date)}</abbr></small>'
                f'<div class="introduction entry-content"><p>{esc(a.summary())}</p></div></li>')

    for i, a in enumerate(news):
        o = a.opts
        main, ps, notes = o["parts"]
        rub = o["rub"]
        docs = ""
        for x in a.attachments:
            docs = (f'<div class="documents_joints"><h2>Tài liệu đính kèm</h2><ul class="spip_documents">'
                    f'<li class="spip_doc"><img src="/prive/themes/spip/images/doc-pdf.png" alt="" width="32" height="32" /> '
                    f'<a href="{x["path"]}" type="application/pdf" class="spip_doc_lien">{esc(x["text"])}</a> '
                    f'<small class="spip_doc_info">(PDF - 186.3 kio)</small></li></ul></div>')
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 15/KH-LMHTX", "Hoi cho nong san, OCOP 2026"]))
        ps_html = (f'<div class="ps surlignable"><h2 class="pas_surlignable">P.S.</h2>{texte_html(a, ps)}</div>' if ps.strip() else "")
        notes_html = ""
        if notes.strip():
            note = parse_rich(notes)[0].text
            notes_html = (f'<div class="notes surlignable"><h2 class="pas_surlignable">Ghi chú</h2><div id="nb1"><p>'
                          f'<span class="spip_note_ref">[<a href="#nh1" class="spip_note" title="Ghi chú 1" rev="appendix">1</a>] '
                          f'</span>{esc(note[4:])}</p></div></div>')
        comments = ""
        if o.get("comments"):
            lis = "".join(f'<li class="comment-item hentry"><div class="comment-meta"><abbr class="published" '
                          f'title="{utc_iso(a.date + timedelta(days=1, hours=k))}">{affdate(a.date + timedelta(days=1))}, '
                          f'{(a.date + timedelta(days=1, hours=k)):%H:%M}</abbr>, bởi <strong class="fn">{esc(n)}</strong></div>'
                          f'<div class="comment-content"><p>{esc(t)}</p></div></li>'
                          for k, (n, t) in enumerate(COMMENTS[:o["comments"]], 2))
            comments = f'<div class="comments"><h2>Ý kiến bạn đọc</h2><ul class="comments-items">{lis}</ul></div>'
        kicker = f'<p class="surtitre">{esc(a.kicker)}</p>' if a.kicker else ""
        content = (f'<div class="content hentry" id="content"><p class="arbo"><a href="/">Trang chủ</a> &gt; '
                   f'<a href="/rubrique{rub}.html">{esc(rubs[rub])}</a> &gt; <strong class="on">{esc(a.title)}</strong></p>'
                   f'<div class="cartouche"><img class="spip_logo spip_logo_right" src="/IMG/logo/arton{o["id"]}.png" alt="" width="150" height="100" />'
                   f'{kicker}<h1 class="surlignable">{esc(a.title)}</h1>{info_publi(a)}</div>'
                   + (f'<div class="chapo surlignable"><p>{inline_html(a.lead)}</p></div>' if a.lead else "")
                   + f'<div class="texte surlignable clearfix">{texte_html(a, main)}</div>{ps_html}{notes_html}{docs}'
                   f'<p class="mots"><strong>Từ khóa</strong>: <a href="/mot3.html" rel="tag">{mots[3]}</a></p>'
                   f'{comments}<div class="forum-repondre"><a href="/spip.php?page=forum&amp;id_article={o["id"]}" rel="noindex nofollow">'
                   f'Trả lời bài viết này</a></div></div>')
        same = [b for b in news if b is not a and b.opts["rub"] == rub][:4]
        aside = ('<div class="menu"><h2>Trong cùng chuyên mục</h2><ul class="menu-liste">' + "".join(
            f'<li class="menu-entree"><a href="{b.path}">{esc(b.title)}</a> <small>{affdate(b.date)}</small></li>' for b in same)
                 + "</ul></div>")
        head = f'<meta name="description" content="{attr(a.summary())}" />'
        html = layout(f"{a.title} - {NAME}", content, aside, head, "page_article", a.path)
        page(a.path, html)
        for alias in (f"/spip.php?article{o['id']}", f"/spip.php?page=article&id_article={o['id']}", f"{a.path}?lang=vi"):
            site.same_page(alias, a.path)
            a.aliases.append(alias)
        if o.get("old"):
            old = f"/{o['slug']},{o['id']}"
            site.redirect(old, a.path, 301)
            vm = f"{a.path}?var_mode=calcul"
            site.same_page(vm, a.path)
            a.aliases += [old, vm]
        fr = f"/spip.php?page=forum&id_article={o['id']}"
        page(fr, layout("Trả lời bài viết", f'<div class="content" id="content"><h1>Trả lời bài viết: {esc(a.title)}</h1>'
                                             '<form class="formulaire_forum"><textarea name="texte"></textarea></form></div>'))
        site.non_articles.append(fr)
        for b in parse_rich(main):
            if b.kind == "img":
                site.binary(f"/IMG/png/{b.src}", image_for(b.src))
        site.add_article(a)

    # rubriques, paginated by debut_articles (4 a page)
    for rub in (2, 5):
        items = [a for a in news if a.opts["rub"] == rub]
        chunks = [items[k:k + 4] for k in range(0, len(items), 4)]
        for n, chunk in enumerate(chunks):
            path = f"/rubrique{rub}.html" + (f"?debut_articles={n * 4}" if n else "")
            pager = ('<p class="pagination" id="pagination_articles">' + " | ".join(
                f'<strong class="on">{k + 1}</strong>' if k == n else
                f'<a href="/rubrique{rub}.html?debut_articles={k * 4}#pagination_articles" class="lien_pagination" rel="nofollow">{k + 1}</a>'
                for k in range(len(chunks))) + "</p>") if len(chunks) > 1 else ""
            content = (f'<div class="content" id="content"><p class="arbo"><a href="/">Trang chủ</a> &gt; <strong class="on">'
                       f'{esc(rubs[rub])}</strong></p><div class="cartouche"><h1 class="surlignable">{esc(rubs[rub])}</h1></div>'
                       f'<div class="liste articles"><h2 class="h2">Các bài viết của chuyên mục này</h2><ul class="liste-items">'
                       f'{"".join(item(a) for a in chunk)}</ul>{pager}</div></div>')
            page(path, layout(f"{rubs[rub]} - {NAME}", content, page_class="page_rubrique"))
            site.non_articles.append(path)
    # about page: an article with its own template (no date, no author)
    about = ('<div class="content" id="content"><div class="cartouche"><h1 class="surlignable">Giới thiệu Liên minh HTX tỉnh Hòa Bình</h1></div>'
             '<div class="texte surlignable"><p>Liên minh Hợp tác xã tỉnh Hòa Bình được thành lập năm 1997, là tổ chức chính trị - xã hội '
             'và kinh tế đại diện cho các HTX, tổ hợp tác trên địa bàn tỉnh.</p><p>Liên minh có chức năng tuyên truyền, tư vấn, hỗ trợ '
             'và bảo vệ quyền, lợi ích hợp pháp của thành viên.</p></div></div>')
    page("/article1.html", layout(f"Giới thiệu - {NAME}", about, page_class="page_article"))
    site.same_page("/spip.php?article1", "/article1.html")
    page("/rubrique1.html", layout(f"Giới thiệu - {NAME}", '<div class="content" id="content"><h1>Giới thiệu</h1><ul><li>'
                                   '<a href="/article1.html">Giới thiệu Liên minh HTX tỉnh Hòa Bình</a></li></ul></div>',
                                   page_class="page_rubrique"))
    site.non_articles += ["/article1.html", "/spip.php?article1", "/rubrique1.html"]
    # home
    old_links = [a for a in news if a.opts.get("old")]
    focus = "".join(f'<li><a href="/{a.opts["slug"]},{a.opts["id"]}">{esc(a.title)}</a></li>' for a in old_links)
    focus += "".join(f'<li><a href="{a.path}?var_mode=calcul">Xem: {esc(a.title)}</a></li>' for a in old_links[:1])
    home = (f'<div class="content" id="content"><div class="chapo"><p>Chào mừng đến với trang tin tức của {NAME}.</p></div>'
            f'<div class="menu tieu-diem"><h2>Tiêu điểm</h2><ul>{focus}</ul></div>'
            f'<div class="liste articles"><h2 class="h2">Bài mới</h2><ul class="liste-items">{"".join(item(a) for a in news[:4])}</ul></div>'
            f'<p><a href="/rubrique2.html">Tất cả tin</a> | <a href="/mot3.html">{mots[3]}</a> | <a href="/mot7.html">{mots[7]}</a></p></div>')
    page("/", layout(NAME, home))
    site.same_page("/spip.php?page=sommaire", "/")
    site.non_articles += ["/", "/spip.php?page=sommaire"]
    # keywords, authors
    for mid, mname in mots.items():
        hits = [a for a in news if mid == 3 or "Luật HTX" in a.body]
        page(f"/mot{mid}.html", layout(f"{mname} - {NAME}", f'<div class="content" id="content"><div class="cartouche"><h1 class="surlignable">'
                                       f'{esc(mname)}</h1></div><ul class="liste-items">{"".join(item(a) for a in hits)}</ul></div>',
                                       page_class="page_mot"))
        site.non_articles.append(f"/mot{mid}.html")
    for acc, aname in ACCOUNTS.items():
        hits = [a for a in news if a.opts["acc"] == acc]
        page(f"/auteur{acc}.html", layout(f"{aname} - {NAME}", f'<div class="content" id="content"><div class="cartouche vcard">'
                                          f'<h1 class="fn">{esc(aname)}</h1></div><ul class="liste-items">{"".join(item(a) for a in hits)}</ul>'
                                          f'<div class="formulaire_spip formulaire_ecrire_auteur"><h3>Gửi thư cho tác giả</h3>'
                                          f'<form><textarea name="texte_message_auteur"></textarea></form></div></div>', page_class="page_auteur"))
        site.non_articles.append(f"/auteur{acc}.html")
    # search, plan, contact, login
    hits = [a for a in news if "OCOP" in a.title + a.body]
    page("/spip.php?page=recherche", layout(f"Tìm kiếm - {NAME}", '<div class="content" id="content"><h1>Tìm kiếm</h1></div>'))
    page("/spip.php?page=recherche&recherche=OCOP", layout(f"Tìm kiếm: OCOP - {NAME}", f'<div class="content" id="content"><h1 class="surlignable">'
                                                          f'Kết quả tìm kiếm: OCOP</h1><ul class="liste-items">{"".join(item(a) for a in hits)}</ul></div>'))
    plan = "".join(f'<h2><a href="/rubrique{r}.html">{esc(n)}</a></h2><ul>' + "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in news if a.opts["rub"] == r) + "</ul>" for r, n in rubs.items() if r != 1)
    page("/spip.php?page=plan", layout(f"Sơ đồ trang - {NAME}", f'<div class="content" id="content"><h1>Sơ đồ trang</h1>{plan}'
                                       f'<p><a href="/spip.php?page=recherche&amp;recherche=OCOP">Tìm: OCOP</a></p></div>'))
    page("/spip.php?page=contact", layout(f"Liên hệ - {NAME}", '<div class="content" id="content"><h1>Liên hệ</h1><div class="formulaire_spip '
                                          'formulaire_contact"><form method="post"><input name="mail" /><textarea name="texte"></textarea></form></div></div>'))
    page("/spip.php?page=login&url=%2F", layout(f"Đăng nhập - {NAME}", '<div class="content" id="content"><h1>Đăng nhập</h1>'
                                                '<form class="formulaire_login"><input name="var_login" /></form></div>'))
    site.non_articles += ["/spip.php?page=recherche", "/spip.php?page=recherche&recherche=OCOP", "/spip.php?page=plan",
                          "/spip.php?page=contact", "/spip.php?page=login&url=%2F"]
    page("/ecrire/", "<!DOCTYPE html><html><head><title>Espace privé</title></head><body><form><input name='var_login'></form></body></html>")
    site.never_fetched.append("/ecrire/")
    # RSS (SPIP backend) and the sitemap
    rss = "".join(f"<item xml:lang=\"vi\"><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link>"
                  f"<guid isPermaLink=\"true\">{{{{base}}}}{a.path}</guid><dc:date>{utc_iso(a.date)}</dc:date>"
                  f"<dc:format>text/html</dc:format><dc:language>vi</dc:language><dc:creator>{esc(ACCOUNTS[a.opts['acc']])}</dc:creator>"
                  f"<description>{esc(a.summary())}</description></item>" for a in news[:6])
    site.page("/spip.php?page=backend", '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                                        f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel xml:lang="vi"><title>{NAME}</title>'
                                        f'<link>{{{{base}}}}/</link><language>vi</language><generator>SPIP - www.spip.net</generator>{rss}</channel></rss>\n',
              content_type="application/rss+xml; charset=utf-8")
    urls = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{a.date:%Y-%m-%d}</lastmod></url>" for a in news)
    site.page("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                              f"<url><loc>{{{{base}}}}/</loc></url>{urls}</urlset>\n", content_type="application/xml; charset=utf-8")
    for name in ("logo/siteon0.png", *[f"logo/arton{a.opts['id']}.png" for a in news]):
        site.binary(f"/IMG/{name}", image_for(name))
    site.binary("/prive/themes/spip/images/doc-pdf.png", image_for("doc-pdf"))
    site.static("/robots.txt", "User-agent: *\nDisallow: /local/\nDisallow: /ecrire/\nDisallow: /plugins-dist/\nDisallow: /plugins/\n"
                "Disallow: /prive/\nDisallow: /squelettes-dist/\nDisallow: /squelettes/\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("rubrique lists /rubrique2.html and ?debut_articles=4 (4 a page, SPIP's pagination with #pagination_articles), "
              "keyword pages /mot3.html, author pages /auteur1.html (the account's list and a contact form), the about page "
              "/article1.html (an article in its own template: no date, no author), home, search, site map, contact, login "
              "and the forum form spip.php?page=forum&id_article=N: no articles; spip.php?page=backend is RSS (dc:date in UTC)",
              "/rubrique2.html?debut_articles=4")
    site.trap("no rel=canonical: every article also answers at spip.php?article<id> (the menu and the sidebar's links), "
              "spip.php?page=article&id_article=<id>, with ?lang=vi (the language menu), ?var_mode=calcul (copied from the "
              "admin view) and the old /<Slug>,<id> (301): aliases; robots.txt disallows /ecrire/ ('Đăng nhập quản trị')",
              news[0].path)
    return site
