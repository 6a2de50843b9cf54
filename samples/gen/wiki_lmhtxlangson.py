"""Site `wiki-lmhtxlangson` (registry family `generic`): "Wiki Liên minh HTX Lạng Sơn", the news and knowledge site of
the Lạng Sơn cooperative alliance on **DokuWiki 2024-02-06 "Kaos"** (default `dokuwiki` template, Vietnamese
interface, `userewrite=1`, `useslash=1`, `useheading=1`) with the blog, include, tag, wrap and discussion plugins;
written as a held-out test: no family module, no selectors.

Why it is hard: a news item is a wiki page `/tin_tuc/<chuyen_muc>/<page>` (the same page at
`/doku.php?id=tin_tuc:<chuyen_muc>:<page>`, the form old links in the sidebar use, and at its plain export
`/_export/xhtml/tin_tuc/…`, the head's `<link rel="alternate" title="HTML thuần">`); a renamed page 301-redirects. The
page is `h1.sectionedit1` + `div.level1`/`h2`+`div.level2` sections; a plan with three headings gets DokuWiki's
`#dw__toc` "Mục lục" repeating them; photos are `img.mediacenter` with the caption as `<br/><em>` in the same
paragraph; the byline sits in a `wrap_right` box. The publication day is only in a `wrap_postmeta` box under the h1
("Ngày đăng: 12/03/2026 · Chuyên mục: …", no time: not text) and on the blog listing (`div.inclmeta` "2026/03/12 09:15
· quantri"); the footer's `.docInfo` "Trang cuối sửa: 2026/03/14 09:20 bởi quantri" is the LAST EDIT, and one page has
no postmeta at all (its day only on the listings). The discussion plugin prints comments as microformats (`hentry`,
`abbr.published` in UTC, `vcard author`): no text, no date, no author. The blog listing `/tin_tuc/start` (`?first=4`)
includes the posts' first sections IN FULL; `?do=revisions` and an old revision `?rev=<ts>` (older text, "Đây là một
phiên bản cũ…") are no news; `?do=login` and `?do=edit` are disallowed in robots.txt.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "wiki-lmhtxlangson"
WIKI = "Wiki Liên minh HTX Lạng Sơn"
USER = "quantri"
CATS = {"hoat_dong": "Hoạt động Liên minh", "van_ban": "Văn bản", "htx_dien_hinh": "HTX điển hình",
        "so_lieu": "Số liệu", "dao_tao": "Đào tạo, tập huấn"}
POLL_Q = "HTX của bạn cần Liên minh hỗ trợ nội dung nào nhất năm 2026?"
POLL_O = ["Vốn vay ưu đãi", "Xúc tiến thương mại, tiêu thụ nông sản", "Chuyển đổi số", "Đào tạo cán bộ quản lý"]
LICENCE = "Trừ khi có ghi chú khác, nội dung trên wiki này được cấp phép theo giấy phép sau: CC Attribution-Share Alike 4.0 International"
FURN = ["chuyển tới nội dung", "Công cụ thành viên", "Công cụ trang web", "Thay đổi gần đây", "Sơ đồ trang", "Đăng nhập",
        "Bạn đang ở:", "Dấu vết:", "Thanh bên", "Công cụ trang", "Xem mã nguồn", "Sửa đổi cũ", "Lên đầu trang",
        "Tri thức và tin tức kinh tế tập thể xứ Lạng", "Thăm dò ý kiến", POLL_Q, *POLL_O, "Bình chọn",
        "Số lượt truy cập: 48.217", "Đang trực tuyến: 6", LICENCE,
        "Liên minh Hợp tác xã tỉnh Lạng Sơn – Số 2 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn",
        "Trang cuối sửa:", "Ngày đăng:", "Chuyên mục:", "Chuyên mục tin", "Tin mới", "Thẻ:"]
COMMENTS = [("Vy Thị Lan", "Cảm ơn Liên minh, mong có thêm lớp tập huấn tại huyện.", datetime(2026, 3, 13, 15, 12)),
            ("Hoàng Văn Tú", "HTX chúng tôi muốn tham gia chương trình, xin hướng dẫn thủ tục.", datetime(2026, 3, 14, 7, 50))]


def wdate(d: datetime) -> str:
    return d.strftime("%Y/%m/%d %H:%M")


def slug(text: str) -> str:
    import unicodedata
    t = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "_", t).strip("_")


def page_id(a: RichArticle) -> str:
    return f"tin_tuc:{a.opts['cat']}:{a.opts['name']}"


def path_of(pid: str) -> str:
    return "/" + pid.replace(":", "/")


def articles() -> list[RichArticle]:
    A = RichArticle

    def dated(d: datetime, modified: datetime, listing_only: bool = False) -> dict:
        if listing_only:
            return dict(date=d, published=iso(d), published_source="listing", evidence=["listing"],
                        extra={}, opts={"modified": modified, "nometa": True})
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"], opts={"modified": modified})

    arts = [
        A(path="", title="Liên minh HTX tỉnh Lạng Sơn tổng kết công tác năm 2025",
          lead="Ngày 10/3, Liên minh HTX tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.",
          body="""
Dự hội nghị có đại diện lãnh đạo UBND tỉnh, các sở, ngành và hơn 120 đại biểu đại diện cho các HTX trên địa bàn tỉnh.
[img tong_ket_2025.png] Quang cảnh hội nghị tổng kết công tác năm 2025
## Kết quả nổi bật
Năm 2025, toàn tỉnh thành lập mới 58 HTX, nâng tổng số HTX lên 512 HTX với hơn 14.000 thành viên; doanh thu bình quân đạt 3,6 tỷ đồng/HTX.
## Nhiệm vụ năm 2026
Liên minh HTX tỉnh tập trung hỗ trợ HTX tiếp cận vốn, xây dựng chuỗi liên kết hồi, na, thạch đen và đẩy mạnh chuyển đổi số.
""", byline="Hoàng Minh", author="Hoàng Minh",
          notes=["postmeta box 'Ngày đăng: 12/03/2026 · Chuyên mục: Hoạt động Liên minh' under the h1 (no time: midnight; "
                 "not text), the listing's inclmeta '2026/03/12 09:15 · quantri'; docInfo 'Trang cuối sửa: 2026/03/14 "
                 "09:20 bởi quantri' is the last edit; two discussion-plugin comments (hentry, abbr.published in UTC, "
                 "vcard author): no text; the caption is a <br/><em> in the photo's paragraph (a line)"],
          **dated(datetime(2026, 3, 12, 9, 15), datetime(2026, 3, 14, 9, 20))),
        A(path="", title="Kế hoạch số 12/KH-LMHTX triển khai Chương trình hỗ trợ HTX năm 2026",
          body="""
LIÊN MINH HTX TỈNH LẠNG SƠN
Số: 12/KH-LMHTX
Lạng Sơn, ngày 24 tháng 02 năm 2026
## I. MỤC ĐÍCH, YÊU CẦU
Cụ thể hóa Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể.
## II. NỘI DUNG HỖ TRỢ
* Đào tạo, bồi dưỡng 300 lượt cán bộ quản lý HTX;
* Hỗ trợ 25 HTX tham gia hội chợ, triển lãm trong và ngoài tỉnh;
* Cho vay ưu đãi từ Quỹ hỗ trợ phát triển HTX tổng số 18 tỷ đồng.
## III. TỔ CHỨC THỰC HIỆN
Các phòng chuyên môn thuộc Liên minh HTX tỉnh căn cứ kế hoạch xây dựng chương trình công tác cụ thể.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lộc Văn Hoan
""", author=None, doc_number="12/KH-LMHTX",
          attachments=[{"path": "/_media/tin_tuc:van_ban:kh-12-lmhtx-2026.pdf", "text": "kh-12-lmhtx-2026.pdf"}],
          notes=["plan 'Số: 12/KH-LMHTX', 'Lạng Sơn, ngày 24 tháng 02 năm 2026' (posted 25/02); three headings make "
                 "DokuWiki print #dw__toc 'Mục lục' repeating them (not text); signer last, author null; the PDF "
                 "/_media/tin_tuc:van_ban:kh-12-lmhtx-2026.pdf (a.mediafile.mf_pdf after 'Tải về:')"],
          **dated(datetime(2026, 2, 25, 8, 30), datetime(2026, 2, 25, 8, 42))),
        A(path="", title="Số lượng HTX tỉnh Lạng Sơn đến hết năm 2025 theo lĩnh vực",
          body="""
Theo số liệu tổng hợp của Liên minh HTX tỉnh, đến ngày 31/12/2025 toàn tỉnh có 512 HTX đang hoạt động.
| STT | Lĩnh vực | Số HTX | Số thành viên |
| 1 | Nông, lâm nghiệp | 341 | 8.920 |
| 2 | Công nghiệp, tiểu thủ công nghiệp | 47 | 1.130 |
| 3 | Thương mại, dịch vụ | 78 | 2.415 |
| 4 | Vận tải | 29 | 1.260 |
| 5 | Quỹ tín dụng nhân dân | 17 | 6.870 |
""", byline="Nguồn: Liên minh HTX tỉnh Lạng Sơn", author=None,
          notes=["a DokuWiki table.inline (thead th, rows tr.rowN): one line per row; 'Nguồn: …' is no author"],
          **dated(datetime(2026, 1, 20, 15, 0), datetime(2026, 1, 20, 15, 0))),
        A(path="", title="HTX Hồi Thất Khê: làm giàu từ cây hồi",
          lead="Từ 7 thành viên ban đầu, HTX Hồi Thất Khê đã trở thành đơn vị thu mua, chế biến hồi lớn của huyện Tràng Định cũ.",
          body="""
[img hoi_that_khe_1.png] Thành viên HTX phơi hoa hồi sau thu hoạch
HTX liên kết với hơn 300 hộ trồng hồi trên diện tích 1.200 ha, bao tiêu toàn bộ sản phẩm cho bà con.
[img hoi_that_khe_2.png] Tinh dầu hồi của HTX đạt chứng nhận OCOP 4 sao
Năm 2025, doanh thu của HTX đạt 28 tỷ đồng, thu nhập bình quân của người lao động 7 triệu đồng/tháng.
""", byline="Bài, ảnh: Nông Thị Hằng", author="Nông Thị Hằng",
          notes=["no postmeta box: the page shows no publication day (the docInfo 'Trang cuối sửa: 2026/02/09 16:05' is "
                 "a later edit); the day is on the blog listing and the tag page ('2026/02/05 14:30'); title with ':'; "
                 "'Bài, ảnh: Nông Thị Hằng' -> author"],
          **dated(datetime(2026, 2, 5, 14, 30), datetime(2026, 2, 9, 16, 5), listing_only=True)),
        A(path="", title="Tập huấn nâng cao năng lực quản trị cho cán bộ HTX",
          lead="Từ ngày 13 đến 15/1, Liên minh HTX tỉnh mở lớp tập huấn cho 70 cán bộ quản lý HTX.",
          body="""
Nội dung tập huấn gồm:
* Những điểm mới của Luật HTX năm 2023;
* Kỹ năng xây dựng phương án sản xuất kinh doanh;
* Quản lý tài chính, kế toán HTX;
* Ứng dụng phần mềm quản lý và hóa đơn điện tử.
Kết thúc khóa học, các học viên được cấp giấy chứng nhận.
""", byline="Lăng Văn Quý", author="Lăng Văn Quý",
          notes=["a four-item list (li.level1 div.li); 'Lăng Văn Quý' in the wrap_right box (text, author)"],
          **dated(datetime(2026, 1, 16, 10, 0), datetime(2026, 1, 16, 10, 0))),
        A(path="", title="HTX Na Chi Lăng mở rộng vùng trồng na theo tiêu chuẩn VietGAP",
          body="""
HTX Na Chi Lăng vừa mở rộng thêm 40 ha trồng na theo tiêu chuẩn VietGAP, nâng tổng diện tích liên kết lên 150 ha.
Sản phẩm na của HTX được dán tem truy xuất nguồn gốc và tiêu thụ tại các chợ đầu mối ở Hà Nội.
""", author=None,
          notes=["no byline: author null (the account 'quantri' in the listing and docInfo is none)"],
          **dated(datetime(2025, 12, 22, 9, 0), datetime(2025, 12, 22, 9, 0))),
        A(path="", title="Liên minh HTX tỉnh ký kết hợp tác với Agribank Lạng Sơn",
          lead="Ngày 4/12, Liên minh HTX tỉnh và Agribank Chi nhánh tỉnh Lạng Sơn ký kết chương trình phối hợp hỗ trợ vốn cho HTX.",
          body="""
Theo chương trình, Agribank Lạng Sơn dành 200 tỷ đồng cho vay các HTX, thành viên HTX với lãi suất ưu đãi.
Liên minh HTX tỉnh có trách nhiệm giới thiệu các HTX có phương án sản xuất kinh doanh hiệu quả.
""", byline="Hoàng Minh", author="Hoàng Minh",
          notes=["renamed from tin_tuc:hoat_dong:hop_tac_agribank (the old page 301-redirects: an alias, linked from the "
                 "sidebar); its revision list ?do=revisions and an old revision ?rev=1764929400 (an earlier draft, "
                 "'Đây là một phiên bản cũ của tài liệu!'): no news"],
          **dated(datetime(2025, 12, 5, 16, 10), datetime(2025, 12, 8, 8, 0))),
        A(path="", title="Lạng Sơn có thêm 12 sản phẩm OCOP của HTX đạt 4 sao",
          body="""
UBND tỉnh vừa ban hành quyết định công nhận 12 sản phẩm OCOP đạt 4 sao, trong đó có hồi, quế, thạch đen và miến dong của các HTX.
""", byline="Nguồn: Báo Lạng Sơn", author=None,
          notes=["only on the blog listing's second page (?first=4) and its tag page; 'Nguồn: Báo Lạng Sơn' is no author"],
          **dated(datetime(2025, 11, 18, 8, 0), datetime(2025, 11, 18, 8, 0))),
    ]
    cats = ["hoat_dong", "van_ban", "so_lieu", "htx_dien_hinh", "dao_tao", "htx_dien_hinh", "hoat_dong", "htx_dien_hinh"]
    names = ["tong_ket_cong_tac_2025", "ke_hoach_12_kh_lmhtx_2026", "so_luong_htx_2025", "htx_hoi_that_khe",
             "tap_huan_quan_tri_htx_2026", "htx_na_chi_lang_mo_rong_vung_trong", "ky_ket_hop_tac_agribank_lang_son",
             "them_12_san_pham_ocop_4_sao"]
    tags = [["hoi_nghi"], ["van_ban"], ["so_lieu"], ["ocop", "dien_hinh"], ["dao_tao"], ["dien_hinh"], ["von_vay"], ["ocop"]]
    for a, c, n, t in zip(arts, cats, names, tags):
        a.opts.update(cat=c, name=n, tags=t)
        a.path = path_of(page_id(a))
    arts[0].opts["comments"] = True
    arts[6].opts["old"] = "tin_tuc:hoat_dong:hop_tac_agribank"
    return arts


def sec_id(text: str) -> str:
    return slug(text)


def content(a: RichArticle, first_only: bool = False, old: bool = False) -> str:
    """The page's sections as DokuWiki renders them."""
    heads = [b.text for b in a.blocks if b.kind == "h"]
    out = []
    if len(heads) >= 3 and not first_only:
        out.append('<!-- TOC START -->\n<div id="dw__toc" class="dw__toc"><h3 class="toggle">Mục lục</h3><div><ul class="toc">'
                   + "".join(f'<li class="level1"><div class="li"><a href="#{sec_id(h)}">{esc(h)}</a></div></li>' for h in heads)
                   + "</ul></div></div>\n<!-- TOC END -->")
    out.append(f'<h1 class="sectionedit1" id="{sec_id(a.title)}">{esc(a.title)}</h1>\n<div class="level1">')
    if not a.opts.get("nometa") and not first_only:
        out.append(f'<div class="wrap_info wrap_postmeta plugin_wrap"><p>Ngày đăng: {a.date:%d/%m/%Y} · Chuyên mục: '
                   f'{CATS[a.opts["cat"]]}</p></div>')
    if a.lead:
        out.append(f"<p>\n<strong>{inline_html(a.lead)}</strong>\n</p>")
    n = 1
    for b in a.blocks:
        if b.kind == "h":
            if first_only:
                out.append(f'</div>\n<p><a href="{a.path}" class="wikilink1">Đọc thêm…</a></p>')
                return "\n".join(out)
            n += 1
            out.append(f'</div>\n<h2 class="sectionedit{n}" id="{sec_id(b.text)}">{esc(b.text)}</h2>\n<div class="level2">')
        elif b.kind == "p":
            text = b.text
            if old and "200 tỷ" in text:
                text = text.replace("200 tỷ", "150 tỷ")
            out.append(f"<p>\n{inline_html(text)}\n</p>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f'<li class="level1"><div class="li"> {inline_html(i)}</div>\n</li>'
                                                 for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p>\n<img src="/_media/tin_tuc:{b.src}?w=600&amp;tok={abs(len(b.src) * 7919) % 999999:06x}" '
                       f'class="mediacenter" loading="lazy" title="{attr(b.text)}" alt="{attr(b.text)}" width="600" /><br/>\n'
                       f"<em>{esc(b.text)}</em>\n</p>")
        elif b.kind == "table":
            head, *rows = b.rows
            n += 1
            out.append(f'<div class="table sectionedit{n}"><table class="inline">\n\t<thead>\n\t<tr class="row0">\n'
                       + "".join(f'\t\t<th class="col{i}"> {esc(c)} </th>' for i, c in enumerate(head))
                       + "\n\t</tr>\n\t</thead>\n"
                       + "".join(f'\t<tr class="row{k}">\n' + "".join(f'\t\t<td class="col{i}"> {esc(c)} </td>'
                                                                     for i, c in enumerate(r)) + "\n\t</tr>\n"
                                 for k, r in enumerate(rows, 1)) + "</table></div>")
    if a.byline:
        out.append(f'<div class="wrap_right plugin_wrap"><p>\n<strong><em>{esc(a.byline)}</em></strong>\n</p></div>')
    for x in a.attachments:
        out.append(f'<p>\nTải về: <a href="{x["path"]}" class="media mediafile mf_pdf" title="{x["path"][8:]} (86.4 KB)">'
                   f'{esc(x["text"])}</a>\n</p>')
    out.append("</div>")
    return "\n".join(out)


class Wiki:
    def __init__(self, site: SiteBuild, posts: list[RichArticle]):
        self.site = site
        self.posts = posts
        self.disallowed: list[str] = []

    def never(self, path: str) -> None:
        """A user/page tool link: disallowed by robots.txt's wildcard rules (not in the ground truth: a prefix-only
        robots parser cannot tell)."""
        if path not in self.disallowed:
            self.disallowed.append(path)

    def sidebar(self) -> str:
        cats = "".join(f'<li class="level1"><div class="li"><a href="/tin_tuc/{c}/start" class="wikilink1">{esc(t)}</a></div></li>'
                       for c, t in CATS.items())
        news = []
        for p in self.posts[:5]:
            href = (f"/doku.php?id={p.opts['old']}" if p.opts.get("old") else
                    f"/doku.php?id={page_id(p)}" if p is self.posts[1] else p.path)
            news.append(f'<li class="level1"><div class="li"><a href="{href}" class="wikilink1">{esc(p.title)}</a></div></li>')
        poll = "".join(f'<label><input type="radio" name="poll_opt" value="{i}" /> {esc(o)}</label><br />'
                       for i, o in enumerate(POLL_O))
        return (f'<div id="dokuwiki__aside"><div class="pad aside include group"><h3 class="toggle">Thanh bên</h3><div class="content">'
                f'<div class="group"><h2 class="sectionedit1" id="chuyen_muc_tin">Chuyên mục tin</h2><div class="level2"><ul>{cats}'
                f'<li class="level1"><div class="li"><a href="/gioi_thieu" class="wikilink1">Giới thiệu</a></div></li>'
                f'<li class="level1"><div class="li"><a href="/lien_he" class="wikilink1">Liên hệ</a></div></li></ul></div>'
                f'<h2 class="sectionedit2" id="tin_moi">Tin mới</h2><div class="level2"><ul>{"".join(news)}</ul>'
                f'<p><a href="/start?do=search&amp;q=OCOP" class="wikilink1">Tìm tin OCOP</a></p></div>'
                f'<h2 class="sectionedit3" id="tham_do_y_kien">Thăm dò ý kiến</h2><div class="level2"><div class="poll">'
                f'<form action="/start" method="post"><b>{esc(POLL_Q)}</b><br />{poll}'
                f'<button type="submit" class="button">Bình chọn</button></form></div></div>'
                f'<div class="plugin_statdisplay"><p>Số lượt truy cập: 48.217</p><p>Đang trực tuyến: 6</p></div>'
                f'</div></div></div></div>')

    def layout(self, title: str, pid: str, path: str, main: str, *, robots: str = "index,follow", modified: datetime | None = None,
               alternates: bool = False, trail: list[tuple[str, str]] = ()) -> str:
        self.never(f"{path}?do=login&sectok=")
        tools = ""
        if modified:
            self.never(f"{path}?do=edit")
            tools = (f'<div id="dokuwiki__pagetools"><h3 class="a11y">Công cụ trang</h3><div class="tools"><ul>'
                     f'<li class="source"><a href="{path}?do=edit" title="Xem mã nguồn [v]" rel="nofollow" accesskey="v"><span>Xem mã nguồn</span></a></li>'
                     f'<li class="revs"><a href="{path}?do=revisions" title="Sửa đổi cũ [o]" rel="nofollow" accesskey="o"><span>Sửa đổi cũ</span></a></li>'
                     f'<li class="top"><a href="#dokuwiki__top" title="Lên đầu trang [t]" rel="nofollow" accesskey="t"><span>Lên đầu trang</span></a></li>'
                     f'</ul></div></div>')
        alt = (f'<link rel="alternate" type="text/html" title="HTML thuần" href="/_export/xhtml{path}"/>\n' if alternates else "")
        crumbs = "".join(f' » <bdi><a href="{h}" class="wikilink1" title="{attr(h[1:].replace("/", ":"))}">{esc(t)}</a></bdi>'
                         for t, h in trail)
        doc = ""
        if modified:
            doc = (f'<div class="docInfo"><bdi>{pid.replace(":", "/")}.txt</bdi> · Trang cuối sửa: {wdate(modified)} bởi '
                   f'<bdi>{USER}</bdi></div>')
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" class="no-js">
<head>
<meta charset="utf-8" />
<title>{esc(title)} [{WIKI}]</title>
<meta name="generator" content="DokuWiki"/>
<meta name="theme-color" content="#008800"/>
<meta name="robots" content="{robots}"/>
<meta name="keywords" content="{pid.replace(':', ',')}"/>
<link rel="search" type="application/opensearchdescription+xml" href="/lib/exe/opensearch.php" title="{WIKI}"/>
<link rel="start" href="/"/>
<link rel="contents" href="/start?do=index" title="Sơ đồ trang"/>
<link rel="manifest" href="/lib/exe/manifest.php"/>
{alt}<link rel="canonical" href="{{{{base}}}}{path}"/>
<link rel="stylesheet" href="/lib/exe/css.php?t=dokuwiki&amp;tseed=6a1bd1d3a5a2e1f4b4a6d8e9c0f1a2b3"/>
<script src="/lib/exe/jquery.php?tseed=8faf3dc90234d51a499f4f428a0eae43" defer="defer"></script>
</head>
<body>
<div id="dokuwiki__site"><div id="dokuwiki__top" class="site dokuwiki mode_show tpl_dokuwiki loggedOut showSidebar hasSidebar">
<div id="dokuwiki__header"><div class="pad group">
<div class="headings group"><ul class="a11y skip"><li><a href="#dokuwiki__content">chuyển tới nội dung</a></li></ul>
<h1 class="logo"><a href="/start" accesskey="h" title="Trang chủ [h]"><img src="/_media/wiki:logo.png" width="64" height="64" alt="" /><span>{WIKI}</span></a></h1>
<p class="claim">Tri thức và tin tức kinh tế tập thể xứ Lạng</p></div>
<div class="tools group"><div id="dokuwiki__usertools"><h3 class="a11y">Công cụ thành viên</h3><ul>
<li class="action login"><a href="{path}?do=login&amp;sectok=" title="Đăng nhập" rel="nofollow" class="action login"><span>Đăng nhập</span></a></li></ul></div>
<div id="dokuwiki__sitetools"><h3 class="a11y">Công cụ trang web</h3>
<form action="/start" method="get" role="search" class="search doku_form" id="dw__search" accept-charset="utf-8"><input type="hidden" name="do" value="search" /><input type="text" name="q" title="[F]" accesskey="f" /><button type="submit" title="Tìm">Tìm</button></form>
<div class="mobileTools"></div><ul>
<li class="action recent"><a href="/start?do=recent" title="Thay đổi gần đây [r]" rel="nofollow" accesskey="r">Thay đổi gần đây</a></li>
<li class="action index"><a href="/start?do=index" title="Sơ đồ trang [x]" rel="nofollow" accesskey="x">Sơ đồ trang</a></li></ul></div></div>
<div class="breadcrumbs"><div class="youarehere"><span class="bchead">Bạn đang ở: </span><span class="home"><bdi><a href="/start" class="wikilink1" title="start">start</a></bdi></span>{crumbs}</div>
<div class="trace"><span class="bchead">Dấu vết:</span> <span class="bcsep">•</span> <span class="curid"><bdi><a href="{path}" class="breadcrumbs" title="{attr(pid)}">{esc(title)}</a></bdi></span></div></div>
<hr class="a11y" /></div></div>
<div class="wrapper group">
{self.sidebar()}
<main id="dokuwiki__content"><div class="pad group">
<div class="pageId"><span>{esc(pid)}</span></div>
<div class="page group">
{main}
</div>
{doc}
</div></main>
<hr class="a11y" />
{tools}
</div>
<div id="dokuwiki__footer"><div class="pad"><div class="license">{LICENCE.replace("CC Attribution", '<bdi><a href="{{base:offsite}}/licenses/by-sa/4.0/" rel="license" class="urlextern">CC Attribution')}</a></bdi></div>
<p class="contact">Liên minh Hợp tác xã tỉnh Lạng Sơn – Số 2 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn</p>
<div class="buttons"><a href="{{{{base:offsite}}}}/dokuwiki" title="Driven by DokuWiki"><img src="/lib/tpl/dokuwiki/images/button-dw.png" width="80" height="15" alt="Driven by DokuWiki" /></a></div>
</div></div>
</div></div>
</body>
</html>
"""


def tags_box(a: RichArticle) -> str:
    return ('<div class="tags"><span>Thẻ: ' + ", ".join(
        f'<a href="/tag/{t}?do=showtag&amp;tag={t}" class="wikilink1" title="tag:{t}" rel="tag">{t}</a>'
        for t in a.opts["tags"]) + "</span></div>")


def discussion() -> str:
    items = "".join(
        f'<div class="hentry"><div class="comment_head"><span class="vcard author"><span class="fn">{esc(n)}</span></span>, '
        f'<abbr class="published" title="{(d - timedelta(hours=7)):%Y-%m-%dT%H:%M:%SZ}">{wdate(d)}</abbr></div>'
        f'<div class="comment_body entry-content"><p>\n{esc(t)}\n</p></div></div>' for n, t, d in COMMENTS)
    return (f'<div class="comment_wrapper" id="comment_wrapper"><h2><a name="discussion__section" id="discussion__section">'
            f'Thảo luận</a></h2><div class="level2 hfeed">{items}</div><div class="comment_form"><h3>Nhập bình luận</h3>'
            f'<form method="post" action=""><textarea name="comment[text]"></textarea><input type="submit" value="Lưu" /></form>'
            f'</div></div>')


def inclmeta(a: RichArticle) -> str:
    return (f'<div class="inclmeta level1"><a href="{a.path}" class="wikilink1" title="{attr(page_id(a))}">Liên kết cố định</a>'
            f' · {wdate(a.date)} · <span class="vcard author"><span class="fn">{USER}</span></span></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lang-son", WIKI, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    w = Wiki(site, posts)
    site.extra_boilerplate += FURN + ["Thảo luận", "Nhập bình luận", COMMENTS[0][1], COMMENTS[1][1], "Mục lục"]

    def page(path: str, html: str) -> None:
        site.page(path, html)

    news_trail = [("Tin tức", "/tin_tuc/start")]
    for a in posts:
        pid = page_id(a)
        trail = news_trail + [(CATS[a.opts["cat"]], f"/tin_tuc/{a.opts['cat']}/start"), (a.title, a.path)]
        main = content(a) + tags_box(a) + (discussion() if a.opts.get("comments") else "")
        page(a.path, w.layout(a.title, pid, a.path, main, modified=a.opts["modified"], alternates=True, trail=trail))
        site.same_page(f"/doku.php?id={pid}", a.path)
        a.aliases.append(f"/doku.php?id={pid}")
        export = (f'<!DOCTYPE html>\n<html lang="vi" dir="ltr">\n<head>\n<meta charset="utf-8" />\n<title>{esc(a.title)}</title>\n'
                  f'<meta name="generator" content="DokuWiki"/>\n<meta name="robots" content="noindex,nofollow"/>\n'
                  f'<link rel="canonical" href="{{{{base}}}}{a.path}"/>\n</head>\n<body>\n<div class="dokuwiki export">\n'
                  f'{content(a)}\n</div>\n</body>\n</html>\n')
        page(f"/_export/xhtml{a.path}", export)
        a.aliases.append(f"/_export/xhtml{a.path}")
        if a.opts.get("old"):
            old = a.opts["old"]
            site.redirect(path_of(old), a.path, 301)
            site.redirect(f"/doku.php?id={old}", a.path, 301)
            a.aliases += [path_of(old), f"/doku.php?id={old}"]
        # revisions
        revs = [(a.opts["modified"], "sửa lỗi chính tả")] if a.opts["modified"] != a.date else []
        revs.append((a.date, "tạo mới"))
        old_rev = int((a.date - timedelta(hours=7) - datetime(1970, 1, 1)).total_seconds()) + (0 if len(revs) == 1 else 0)
        lis = "".join(
            f'<li><div class="li"><span class="date">{wdate(d)}</span> <a href="{a.path}' + ("" if k == 0 else f"?rev={old_rev}")
            + f'" class="wikilink1">{esc(pid)}</a> <span class="sum">– {s}</span> <span class="user"><bdi>{USER}</bdi></span></div></li>'
            for k, (d, s) in enumerate(revs))
        rv = f"{a.path}?do=revisions"
        page(rv, w.layout(a.title, pid, a.path, f'<h1 id="sua_doi_cu">Sửa đổi cũ</h1><div class="level1"><p>Đây là các phiên bản cũ '
                          f'của tài liệu hiện tại.</p></div><form id="page__revisions" class="changes"><ul>{lis}</ul></form>',
                          robots="noindex,nofollow", trail=trail))
        site.non_articles.append(rv)
        if len(revs) > 1:
            rp = f"{a.path}?rev={old_rev}"
            page(rp, w.layout(a.title, pid, a.path, '<div class="noteclassic">Đây là một phiên bản cũ của tài liệu!</div>'
                              + content(a, old=True), robots="noindex,nofollow", trail=trail))
            site.non_articles.append(rp)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/_media/tin_tuc:{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH 12/KH-LMHTX", "Lien minh HTX tinh Lang Son"]))
        site.add_article(a)

    # blog listing (include plugin, first section of each post), 4 a page
    per = 4
    chunks = [posts[i:i + per] for i in range(0, len(posts), per)]
    urls = ["/tin_tuc/start"] + [f"/tin_tuc/start?first={per * n}" for n in range(1, len(chunks))]
    for n, chunk in enumerate(chunks):
        entries = "".join(f'<div class="plugin_include_content plugin_include__{page_id(p).replace(":", "_")}" id="plugin_include__'
                          f'{page_id(p).replace(":", "__")}">{content(p, first_only=True)}{inclmeta(p)}</div>' for p in chunk)
        nav = '<div class="plugin_blog_navigation">'
        if n:
            nav += f'<div class="plugin_blog_newerentries"><a href="{urls[n - 1]}" class="wikilink1">« Mới hơn</a></div>'
        if n + 1 < len(urls):
            nav += f'<div class="plugin_blog_olderentries"><a href="{urls[n + 1]}" class="wikilink1">Cũ hơn »</a></div>'
        main = f'<h1 class="sectionedit1" id="tin_tuc">Tin tức</h1>\n<div class="level1"></div>{entries}{nav}'
        page(urls[n], w.layout("Tin tức", "tin_tuc:start", "/tin_tuc/start", main, trail=news_trail, modified=None))
        site.non_articles.append(urls[n])
    site.trap("blog listing /tin_tuc/start (?first=4): each post's h1 and first section IN FULL, 'Đọc thêm…', inclmeta "
              "'Liên kết cố định · 2026/03/12 09:15 · quantri': a listing", urls[1])

    for c, t in CATS.items():
        ps = [p for p in posts if p.opts["cat"] == c]
        lis = "".join(f'<li><div class="li"><a href="{p.path}" class="wikilink1" title="{attr(page_id(p))}">{esc(p.title)}</a>'
                      f' <span class="nspages_date">{wdate(p.date)}</span></div></li>' for p in ps)
        path = f"/tin_tuc/{c}/start"
        main = (f'<h1 class="sectionedit1" id="{c}">{esc(t)}</h1>\n<div class="level1"><div class="plugin_nspages">'
                f'<ul class="nspagesul">{lis}</ul></div></div>')
        page(path, w.layout(t, f"tin_tuc:{c}:start", path, main, trail=news_trail + [(t, path)]))
        site.non_articles.append(path)
    for tg in sorted({t for p in posts for t in p.opts["tags"]}):
        ps = [p for p in posts if tg in p.opts["tags"]]
        rows = "".join(f'<tr><td class="page"><a href="{p.path}" class="wikilink1">{esc(p.title)}</a></td><td class="date">'
                       f'{wdate(p.date)}</td><td class="user">{USER}</td></tr>' for p in ps)
        path = f"/tag/{tg}?do=showtag&tag={tg}"
        main = (f'<h1 id="tag_{tg}">Thẻ: {tg}</h1><div class="level1"><table class="inline plugin_tag pagelist">'
                f'<tr><th class="page">Trang</th><th class="date">Ngày</th><th class="user">Người dùng</th></tr>{rows}</table></div>')
        page(path, w.layout(f"Thẻ: {tg}", f"tag:{tg}", f"/tag/{tg}", main, robots="noindex,follow"))
        site.same_page(f"/tag/{tg}", path)
        site.non_articles += [path, f"/tag/{tg}"]
    # start page, about, contact, index, recent, search
    recent = "".join(f'<li class="level1"><div class="li">{p.date:%d/%m/%Y}: <a href="{p.path}" class="wikilink1">{esc(p.title)}</a>'
                     f'</div></li>' for p in posts[:6])
    start = (f'<h1 class="sectionedit1" id="chao_mung">Chào mừng đến với {WIKI}</h1>\n<div class="level1"><p>\nWiki là nơi Liên minh '
             f'HTX tỉnh Lạng Sơn chia sẻ tin tức, văn bản và kiến thức về kinh tế tập thể.\n</p></div>\n<h2 class="sectionedit2" '
             f'id="tin_moi_nhat">Tin mới nhất</h2>\n<div class="level2"><ul>{recent}</ul><p><a href="/tin_tuc/start" class="wikilink1">'
             f'Tất cả tin tức</a></p></div>')
    page("/", w.layout("Chào mừng", "start", "/start", start))
    site.same_page("/start", "/")
    site.non_articles += ["/", "/start"]
    page("/gioi_thieu", w.layout("Giới thiệu", "gioi_thieu", "/gioi_thieu", '<h1 class="sectionedit1" id="gioi_thieu">Giới thiệu</h1>'
                                 '\n<div class="level1"><p>\nLiên minh HTX tỉnh Lạng Sơn là tổ chức kinh tế - xã hội đại diện cho các '
                                 'HTX, liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.\n</p></div>', modified=datetime(2025, 9, 3, 10, 0)))
    page("/lien_he", w.layout("Liên hệ", "lien_he", "/lien_he", '<h1 class="sectionedit1" id="lien_he">Liên hệ</h1>\n<div class="level1">'
                              '<ul><li class="level1"><div class="li"> Điện thoại: 0205.3812.447</div></li><li class="level1"><div '
                              'class="li"> Email: lienminhhtx@langson.gov.vn</div></li></ul></div>', modified=datetime(2025, 7, 1, 8, 0)))
    for p in ("/gioi_thieu", "/lien_he"):
        site.non_articles.append(p)
        rv = f"{p}?do=revisions"
        page(rv, w.layout("Sửa đổi cũ", p[1:], p, '<h1 id="sua_doi_cu">Sửa đổi cũ</h1><div class="level1"><p>Đây là các phiên bản cũ '
                          'của tài liệu hiện tại.</p></div>', robots="noindex,nofollow"))
        site.non_articles.append(rv)
    tree = "".join(f'<li class="level2"><div class="li"><a href="{p.path}" class="wikilink1">{esc(p.opts["name"])}</a></div></li>'
                   for p in posts)
    page("/start?do=index", w.layout("Sơ đồ trang", "start", "/start", f'<h1 id="so_do_trang">Sơ đồ trang</h1><div class="level1"><p>Đây là '
                                     f'sơ đồ của tất cả các trang hiện có.</p></div><div id="index__tree"><ul class="idx">{tree}</ul></div>',
                                     robots="noindex,nofollow"))
    chg = "".join(f'<li><div class="li"><span class="date">{wdate(p.opts["modified"])}</span> <a href="{p.path}" class="wikilink1">'
                  f'{esc(page_id(p))}</a> <span class="user">{USER}</span></div></li>' for p in posts)
    page("/start?do=recent", w.layout("Thay đổi gần đây", "start", "/start", f'<h1 id="thay_doi_gan_day">Thay đổi gần đây</h1>'
                                      f'<div class="level1"><ul>{chg}</ul></div>', robots="noindex,nofollow"))
    hits = [p for p in posts if "OCOP" in p.title + p.body + (p.lead or "")]
    res = "".join(f'<dt><a href="{p.path}?s[]=ocop" class="wikilink1">{esc(p.title)}</a>: 2 Lần xuất hiện</dt><dd>{esc(p.summary())}</dd>'
                  for p in hits)
    page("/start?do=search&q=OCOP", w.layout("Tìm kiếm", "start", "/start", f'<h1 id="tim_kiem">Tìm kiếm</h1><div class="level1">'
                                             f'<p>Bạn có thể tìm thấy kết quả tìm kiếm của bạn bên dưới.</p></div><dl class="search_results">'
                                             f'{res}</dl>', robots="noindex,nofollow"))
    for p in hits:
        site.same_page(f"{p.path}?s[]=ocop", p.path)
        p.aliases.append(f"{p.path}?s[]=ocop")
    site.non_articles += ["/start?do=index", "/start?do=recent", "/start?do=search&q=OCOP"]
    site.trap("search results link each hit as <page>?s[]=ocop (DokuWiki's highlight parameter): aliases; sitemap "
              "?do=index, recent changes ?do=recent (last-edit times): no news", "/start?do=search&q=OCOP")

    for p in w.disallowed:
        page(p, '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>Đăng nhập</title>'
                '<meta name="robots" content="noindex,nofollow"/></head><body><div class="dokuwiki"><p>Đăng nhập</p></div></body></html>')
    site.static("/robots.txt", "User-agent: *\nDisallow: /lib/exe/\nDisallow: /conf/\nDisallow: /data/\nDisallow: /*do=login\n"
                "Disallow: /*do=edit\nDisallow: /*do=media\n")
    site.binary("/_media/wiki:logo.png", image_for("wiki-logo"))
    for f in ("css.php", "jquery.php", "opensearch.php", "manifest.php"):
        site.binary(f"/lib/exe/{f}", b"/* dokuwiki */\n")
    site.trap("robots.txt disallows ?do=login and ?do=edit (the user and page tools) with wildcard rules '/*do=login' (not "
              "listed as never fetched: a prefix-only robots parser cannot read them); each post also at "
              "/doku.php?id=tin_tuc:<cat>:<page> (the sidebar's old links) and /_export/xhtml/<path> (<link rel=alternate "
              "title='HTML thuần'>, noindex): aliases", posts[0].path)
    return site
