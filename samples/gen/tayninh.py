"""Site `lmhtx-tayninh` (registry family `generic`): the news site of the Tây Ninh cooperative alliance
(before the 2025 merger with Long An), a **Gatsby** static site (React, prerendered HTML, MDX
posts), built blind as a held-out test: no family module, no selectors.

Why it is hard: the whole page is `<div id="___gatsby"><div id="gatsby-focus-wrapper">` with
CSS-module class names carrying a build hash (`post-module--title--3XbQk`); images are
`gatsby-image-wrapper` blocks holding an SVG spacer and a base64 blurred placeholder as `data:`
URIs, a `<picture>` whose real addresses are only in `data-src`, and the real `<img>` again inside
`<noscript>`. Each post `/tin-tuc/<slug>/` names its data file
`/page-data/tin-tuc/<slug>/page-data.json` in a `<link rel=preload as=fetch>`: the whole post again
as compiled MDX JavaScript (`mdx("p", null, "…")`) and its frontmatter: a data file, not a page.
The date is "Thứ Sáu, 15/03/2024" in a `<time>` WITHOUT a datetime attribute (midnight; one post
adds "| 15:45"); one post has no date at all (its frontmatter has none), its lead says "Ngày
12/3, …" and only the listing card gives "Thứ Ba, 12/03/2024". The author is a name in the meta
line (not text), or a right-aligned last paragraph ("Ảnh: …"), or a source line, or nothing. MDX
bodies have `<h2>` headings, captions in `<figcaption>` and a data table (HTX by district: one line
per row). A "Chia sẻ:" bar and "Tin liên quan" cards (dates, excerpts) follow the post. The
header is bilingual: menu items "Giới thiệu / About", "Tin tức / News". Listing `/tin-tuc/` and
`/tin-tuc/2/`; category `/van-ban/`; `/404/` (Gatsby's not-found page, answering 200 at that address); `/en/` a one-page English introduction.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from .core import TODAY_2024, Article, SiteBuild, attr, esc, image_for, inline_html, inline_text, pdf, weekday

SITE = "lmhtx-tayninh"
NAME = "Liên minh Hợp tác xã tỉnh Tây Ninh"
SHORT = "Liên minh HTX tỉnh Tây Ninh"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc/"
DOCS = "/van-ban/"
ABOUT = "/gioi-thieu/"
CONTACT = "/lien-he/"
EN = "/en/"
PER = 5
PDF_PATH = "/static/7c1e9a2f4b3d5e6f8a9b0c1d2e3f4a5b/cv-48-lmhtx-vp.pdf"
BUILD = "9f3c2a"

TODAY = f"{weekday(TODAY_2024)}, {TODAY_2024:%d/%m/%Y}"
SLOGAN = "Tây Ninh - Hợp tác để cùng phát triển"
FOOTER = ["© 2024 Liên minh Hợp tác xã tỉnh Tây Ninh",
          "Địa chỉ: Số 314 đường 30 tháng 4, phường 3, thành phố Tây Ninh, tỉnh Tây Ninh",
          "Điện thoại: 0276.3822.319 - Email: lmhtx@tayninh.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Văn Hiếu - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 21/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Tây Ninh cấp ngày 18/8/2022",
          "Built with Gatsby"]
UI = ["Hotline: 0276.3822.319", "Chia sẻ:", "Sao chép liên kết", "Tin liên quan", "Tin mới nhất", "Xem thêm",
      "Trang trước", "Trang sau", "Lượt truy cập: 287.413", "Thời tiết Tây Ninh", "Nắng, có lúc có mây, 34°C"]
BOILERPLATE = [TODAY, SLOGAN, *FOOTER, *UI[:5], *UI[8:]]


def art(slug: str, d: datetime | None, *, shown_time: bool = False, listing_date: datetime | None = None,
        **kw) -> Article:
    if d is not None:
        published = d.strftime("%Y-%m-%dT%H:%M:00+07:00") if shown_time else f"{d:%Y-%m-%d}T00:00:00+07:00"
        extra = dict(published=published, published_source="date-element", evidence=["date-element", "listing"])
    else:
        extra = dict(published=f"{listing_date:%Y-%m-%d}T00:00:00+07:00", published_source="listing",
                     evidence=["listing"])
    a = Article(path=f"{NEWS}{slug}/", date=d or listing_date, **kw, **extra)
    a.opts.update(slug=slug, shown=d is not None, time=shown_time)
    return a


TABLE = """
| STT | Huyện, thị xã, thành phố | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| 1 | Thành phố Tây Ninh | 21 | 1.240 | 2.150 |
| 2 | Thị xã Hòa Thành | 18 | 980 | 1.870 |
| 3 | Thị xã Trảng Bàng | 27 | 1.615 | 2.420 |
| 4 | Huyện Tân Châu | 31 | 2.380 | 3.060 |
| 5 | Huyện Tân Biên | 24 | 1.720 | 2.210 |
| 6 | Huyện Châu Thành | 26 | 1.935 | 1.940 |
| 7 | Huyện Dương Minh Châu | 22 | 1.410 | 1.780 |
| 8 | Huyện Gò Dầu | 19 | 1.105 | 1.650 |
| 9 | Huyện Bến Cầu | 17 | 890 | 1.420 |
"""


def articles() -> list[Article]:
    return [
        art("toan-canh-hop-tac-xa-tay-ninh-nam-2023", datetime(2024, 3, 15),
            title="Toàn cảnh hợp tác xã Tây Ninh năm 2023 qua các con số",
            lead="Năm 2023, khu vực kinh tế tập thể của tỉnh tiếp tục phát triển cả về số lượng và chất lượng, doanh thu bình quân của HTX đạt hơn 2,1 tỷ đồng.",
            body=f"""
Theo báo cáo của Liên minh HTX tỉnh, đến ngày 31/12/2023 toàn tỉnh có 205 HTX đang hoạt động với 13.275 thành viên, tăng 19 HTX so với năm 2022.
## Số lượng HTX theo địa bàn
{TABLE}
Huyện Tân Châu dẫn đầu về số lượng HTX và doanh thu, chủ yếu là các HTX trồng mía, mì và cao su có liên kết tiêu thụ với nhà máy.
## Những hạn chế
Vẫn còn 28 HTX hoạt động yếu kém, chưa có phương án sản xuất kinh doanh rõ ràng; nhiều HTX thiếu cán bộ có trình độ về kế toán và tiếp thị.
""",
            author="Ngọc Bích", opts={"author": "Ngọc Bích", "cat": "tin-tuc"},
            notes=["MDX post with <h2> headings and a data table of nine districts (header row + nine rows, one line "
                   "each); the date 'Thứ Sáu, 15/03/2024' in a <time> with no datetime attribute (midnight); author "
                   "'Ngọc Bích' in the meta line (not text); the post again as compiled MDX in "
                   "/page-data/tin-tuc/<slug>/page-data.json (a <link rel=preload as=fetch>): a data file"]),
        art("hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-5", None, listing_date=datetime(2024, 3, 12),
            title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 5, nhiệm kỳ 2021 - 2026",
            lead="Ngày 12/3, Liên minh HTX tỉnh Tây Ninh tổ chức Hội nghị Ban Chấp hành lần thứ 5, nhiệm kỳ 2021 - 2026, đánh giá kết quả công tác quý I và bàn nhiệm vụ trọng tâm năm 2024.",
            body="""
Hội nghị thống nhất tập trung hỗ trợ HTX nông nghiệp xây dựng vùng nguyên liệu đạt chuẩn, kết nối tiêu thụ sản phẩm mãng cầu, mía, mì với doanh nghiệp.
Ban Chấp hành cũng cho ý kiến về dự thảo Đề án phát triển HTX kiểu mới gắn với chuyển đổi số giai đoạn 2024 - 2025.
[img hoi-nghi-bch.png] Quang cảnh Hội nghị Ban Chấp hành
""",
            author=None, opts={"cat": "tin-tuc"},
            notes=["no date on the page (no <time>; the frontmatter has none, page-data.json says \"date\":null): the "
                   "lead says 'Ngày 12/3' (no year); the /tin-tuc/ card prints 'Thứ Ba, 12/03/2024' -> published from "
                   "the listing, midnight; no author"]),
        art("cong-van-ve-viec-dang-ky-tham-gia-hoi-cho-ocop-nam-2024", datetime(2024, 3, 6),
            title="Công văn về việc đăng ký tham gia Hội chợ OCOP năm 2024",
            body="""
LIÊN MINH HTX TỈNH TÂY NINH
Số: 48/LMHTX-VP
Tây Ninh, ngày 04 tháng 3 năm 2024
Kính gửi: Các hợp tác xã, liên hiệp hợp tác xã trên địa bàn tỉnh.
Thực hiện Kế hoạch số 512/KH-UBND ngày 20/02/2024 của UBND tỉnh về tổ chức Hội chợ sản phẩm OCOP tỉnh Tây Ninh năm 2024, Liên minh HTX tỉnh đề nghị các HTX có sản phẩm OCOP hoặc sản phẩm tiềm năng đăng ký tham gia hội chợ.
Thời gian hội chợ: từ ngày 19 đến 23/4/2024 tại Khu du lịch quốc gia núi Bà Đen.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 25/3/2024. Liên minh HTX tỉnh hỗ trợ 100% chi phí gian hàng cho HTX có sản phẩm OCOP từ 3 sao trở lên.
Nơi nhận: Như trên; Sở Công Thương; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Trần Thị Mỹ Hạnh
""",
            author=None, doc_number="48/LMHTX-VP",
            attachments=[{"path": PDF_PATH, "text": "CV 48-LMHTX-VP.pdf"}],
            opts={"cat": "van-ban", "doc": True},
            notes=["official letter (Công văn) 'Số: 48/LMHTX-VP', place-date line 'Tây Ninh, ngày 04 tháng 3 năm 2024' "
                   "two days before the post's 'Thứ Tư, 06/03/2024'; event and deadline dates in the text; signer last, "
                   "author null; the PDF under /static/<hash>/ linked after the text"]),
        art("anh-mua-thu-hoach-mang-cau-duoi-chan-nui-ba-den", datetime(2024, 3, 1),
            title="Ảnh: Mùa thu hoạch mãng cầu dưới chân núi Bà Đen",
            lead="Những ngày đầu tháng Ba, thành viên HTX Mãng cầu Thạnh Tân tất bật thu hoạch vụ mãng cầu trái mùa.",
            body="""
[img mang-cau-1.png] Vườn mãng cầu của thành viên HTX dưới chân núi Bà Đen
[img mang-cau-2.png] Mãng cầu được thu hái vào sáng sớm để giữ độ tươi
[img mang-cau-3.png] Phân loại, đóng thùng tại điểm thu mua của HTX
Mãng cầu Bà Đen của HTX đạt OCOP 4 sao, giá bán tại vườn vụ này từ 40.000 đến 55.000 đồng/kg.
""",
            byline="Ảnh: Thanh Huyền", author="Thanh Huyền", opts={"cat": "tin-tuc"},
            notes=["photo story: three gatsby-image figures with <figcaption> (the real <img> only in <noscript>, the "
                   "visible one a base64 placeholder) and one paragraph; 'Ảnh: Thanh Huyền' right-aligned last: part "
                   "of the text, author Thanh Huyền"]),
        art("htx-mia-duong-tan-chau-ky-hop-dong-bao-tieu-vu-moi", datetime(2024, 2, 26, 15, 45), shown_time=True,
            title="HTX mía đường Tân Châu ký hợp đồng bao tiêu vụ mới",
            lead="HTX Nông nghiệp Tân Hưng (Tân Châu) vừa ký hợp đồng bao tiêu toàn bộ 650 ha mía niên vụ 2024 - 2025 với nhà máy đường.",
            body="""
Theo hợp đồng, nhà máy ứng trước phân bón, giống mía mới và hỗ trợ cơ giới hóa khâu thu hoạch; giá thu mua tối thiểu 1,1 triệu đồng/tấn mía 10 CCS.
[img mia-tan-chau.png] Thu hoạch mía bằng máy tại cánh đồng của HTX
Ông Lê Văn Tâm, Giám đốc HTX cho biết, nhờ liên kết ổn định, thu nhập của thành viên trồng mía tăng khoảng 15% so với tự sản xuất.
""",
            author="Hoàng Yến", opts={"author": "Hoàng Yến", "cat": "tin-tuc"},
            notes=["the meta line shows a time: 'Thứ Hai, 26/02/2024 | 15:45' (frontmatter 2024-02-26T15:45:00+07:00); "
                   "author 'Hoàng Yến' in the meta line"]),
        art("htx-banh-trang-phoi-suong-trang-bang-tang-toc-dip-tet", datetime(2024, 2, 1),
            title="HTX bánh tráng phơi sương Trảng Bàng tăng tốc dịp Tết",
            lead="Những ngày giáp Tết, HTX Bánh tráng phơi sương Trảng Bàng sản xuất mỗi ngày khoảng 2 tấn bánh để kịp đơn hàng.",
            body="""
HTX có 23 thành viên là các hộ làm bánh tráng lâu năm ở phường Gia Lộc, sản phẩm bánh tráng phơi sương đạt OCOP 4 sao.
[img banh-trang.png] Thành viên HTX phơi bánh tráng
Ngoài thị trường trong nước, HTX đã xuất bánh tráng sang Úc, Mỹ qua các doanh nghiệp thương mại.
Nguồn: Báo Tây Ninh
""",
            author=None, opts={"cat": "tin-tuc"},
            notes=["the text ends with 'Nguồn: Báo Tây Ninh' (right-aligned italic): part of the text, a source, no "
                   "author"]),
        art("htx-nong-nghiep-ninh-dien-ung-dung-nhat-ky-dien-tu", datetime(2024, 1, 19),
            title="HTX Nông nghiệp Ninh Điền ứng dụng nhật ký điện tử",
            lead="Từ đầu năm 2024, 100% thành viên HTX Nông nghiệp Ninh Điền (Châu Thành) ghi nhật ký sản xuất trên ứng dụng điện thoại.",
            body="""
Mỗi lô ruộng, vườn được gắn mã QR; thành viên ghi chép thời gian bón phân, phun thuốc, thu hoạch để HTX quản lý và truy xuất nguồn gốc.
Nhờ nhật ký điện tử, HTX được một doanh nghiệp xuất khẩu chọn làm vùng nguyên liệu chuối cấy mô với diện tích 45 ha.
""",
            author="Ngọc Bích", opts={"author": "Ngọc Bích", "cat": "tin-tuc"}),
        art("lien-minh-htx-tinh-ra-mat-trang-thong-tin-moi", datetime(2024, 1, 8),
            title="Liên minh HTX tỉnh ra mắt trang thông tin mới",
            lead="Trang thông tin điện tử của Liên minh HTX tỉnh Tây Ninh được nâng cấp với giao diện mới, tải nhanh trên điện thoại.",
            body="""
Trang tin có các chuyên mục Tin tức, Văn bản, Gương HTX điển hình và một trang giới thiệu bằng tiếng Anh phục vụ đối tác nước ngoài.
Bạn đọc có thể gửi thông tin, hình ảnh về hoạt động của HTX qua địa chỉ thư điện tử của Liên minh HTX tỉnh.
""",
            author=None, opts={"cat": "tin-tuc"},
            notes=["oldest post: on /tin-tuc/2/ only; no author"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def h(text: str, n: int = 5) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def cls(module: str, name: str) -> str:
    return f"{module}-module--{name}--{h(module + name)}"


def static_img(name: str) -> str:
    return f"/static/{hashlib.md5(name.encode()).hexdigest()}/{name}"


PLACEHOLDER = ("data:image/jpeg;base64,/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hn"
               "Pk1xeXBkeFxlZ2P/wgARCAANABQDASIAAhEBAxEB/8QAFwAAAwEAAAAAAAAAAAAAAAAAAAIDBP/aAAwDAQACEAMQAAAB2jEP/8QA")


def gimg(name: str, alt: str, w: int = 800, hgt: int = 533) -> str:
    src = static_img(name)
    webp = src[:-4] + ".webp"
    sizes = f"(min-width: {w}px) {w}px, 100vw"
    return (f'<div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained">'
            f'<div style="max-width:{w}px;display:block"><img alt="" role="presentation" aria-hidden="true" '
            f'src="data:image/svg+xml;charset=utf-8,%3Csvg%20height=%27{hgt}%27%20width=%27{w}%27%20xmlns=%27http://www.w3.org'
            f'/2000/svg%27%20version=%271.1%27%3E%3C/svg%3E" style="max-width:100%;display:block;position:static"></div>'
            f'<img aria-hidden="true" data-placeholder-image="" style="opacity:1;transition:opacity 500ms linear;'
            f'object-fit:cover" decoding="async" src="{PLACEHOLDER}" alt="">'
            f'<picture><source type="image/webp" data-srcset="{webp} {w}w" sizes="{sizes}"><img data-gatsby-image-ssr="" '
            f'data-main-image="" style="opacity:0" sizes="{sizes}" decoding="async" loading="lazy" data-src="{src}" '
            f'data-srcset="{src} {w}w" alt="{attr(alt)}"></picture>'
            f'<noscript><picture><source type="image/webp" srcset="{webp} {w}w" sizes="{sizes}"><img '
            f'data-gatsby-image-ssr="" data-main-image="" style="opacity:0" sizes="{sizes}" decoding="async" '
            f'loading="lazy" src="{src}" srcset="{src} {w}w" alt="{attr(alt)}"></picture></noscript></div>')


def vn_day(a: Article) -> str:
    s = f"{weekday(a.date)}, {a.date:%d/%m/%Y}"
    return s + (f" | {a.date:%H:%M}" if a.opts.get("time") else "")


def body_parts(a: Article) -> list[tuple[str, str, str]]:
    """(tag, attrs-ish, text) of the MDX body in order, the byline last."""
    out = []
    rows: list[list[str]] = []
    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            rows.append([c.strip() for c in b.text.strip("|").split(" | ")])
            continue
        if rows:
            out.append(("table", "", json.dumps(rows, ensure_ascii=False)))
            rows = []
        if b.kind == "img":
            out.append(("figure", b.src, b.text))
        elif b.kind == "h":
            out.append(("h2", "", b.text))
        elif b.kind == "ul":
            out.append(("ul", "", json.dumps(b.items, ensure_ascii=False)))
        elif b.text.startswith("Nguồn:"):
            out.append(("source", "", b.text))
        elif a.opts.get("doc") and (b.text.isupper() or b.text.startswith("Số:")):
            out.append(("center", "", b.text))
        elif a.opts.get("doc") and b.text.startswith(("Tây Ninh, ngày", "KT. CHỦ TỊCH")):
            out.append(("right", "", b.text))
        else:
            out.append(("p", "", b.text))
    if rows:
        out.append(("table", "", json.dumps(rows, ensure_ascii=False)))
    if a.byline:
        out.append(("byline", "", a.byline))
    return out


def content_html(a: Article) -> str:
    out = []
    for tag, src, text in body_parts(a):
        if tag == "table":
            head, *rows = json.loads(text)
            out.append('<div class="' + cls("mdx", "tableWrap") + '"><table><thead><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                       + "</tr></thead><tbody>" + "\n".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>"
                                                            for r in rows) + "</tbody></table></div>")
        elif tag == "figure":
            out.append(f'<figure class="{cls("mdx", "figure")}">{gimg(src, text)}<figcaption>{inline_html(text)}</figcaption></figure>')
        elif tag == "h2":
            out.append(f'<h2 id="{h(text, 8)}">{inline_html(text)}</h2>')
        elif tag == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in json.loads(text)) + "</ul>")
        elif tag == "source":
            out.append(f'<p style="text-align:right"><em>{inline_html(text)}</em></p>')
        elif tag == "center":
            out.append(f'<p style="text-align:center"><strong>{inline_html(text)}</strong></p>')
        elif tag == "right":
            out.append(f'<p style="text-align:right"><em>{inline_html(text)}</em></p>')
        elif tag == "byline":
            out.append(f'<p style="text-align:right"><strong>{esc(text)}</strong></p>')
        else:
            out.append(f"<p>{inline_html(text)}</p>")
    return "".join(out)


def mdx_js(a: Article) -> str:
    """What gatsby-plugin-mdx (v1) puts in page-data.json: the body compiled to JavaScript."""
    calls = []
    for tag, src, text in body_parts(a):
        if tag == "table":
            head, *rows = json.loads(text)
            calls.append('mdx("table", null, mdx("thead", {parentName: "table"}, mdx("tr", {parentName: "thead"}, '
                         + ", ".join(f'mdx("th", {{parentName: "tr"}}, {json.dumps(c, ensure_ascii=False)})' for c in head)
                         + ')), mdx("tbody", {parentName: "table"}, '
                         + ", ".join('mdx("tr", {parentName: "tbody"}, ' + ", ".join(
                             f'mdx("td", {{parentName: "tr"}}, {json.dumps(c, ensure_ascii=False)})' for c in r) + ")"
                                     for r in rows) + "))")
        elif tag == "figure":
            calls.append(f'mdx(Figure, {{src: "./{src}", caption: {json.dumps(inline_text(text), ensure_ascii=False)}, '
                         'mdxType: "Figure"})')
        elif tag == "ul":
            calls.append('mdx("ul", null, ' + ", ".join(f'mdx("li", {{parentName: "ul"}}, {json.dumps(inline_text(i), ensure_ascii=False)})'
                                                        for i in json.loads(text)) + ")")
        elif tag == "h2":
            calls.append(f'mdx("h2", {{"id": "{h(text, 8)}"}}, {json.dumps(inline_text(text), ensure_ascii=False)})')
        else:
            style = ', {"style": {"textAlign": "right"}}' if tag in ("source", "right", "byline") else ", null"
            calls.append(f'mdx("p"{style}, {json.dumps(inline_text(text), ensure_ascii=False)})')
    fm = {"title": a.title, "description": a.lead, "date": None, "author": a.opts.get("author")}
    if a.opts.get("shown"):
        fm["date"] = a.date.strftime("%Y-%m-%dT%H:%M:00+07:00") if a.opts.get("time") else f"{a.date:%Y-%m-%d}"
    return ('var _excluded = ["components"];\n\nfunction _extends() { _extends = Object.assign || function (target) { '
            'for (var i = 1; i < arguments.length; i++) { var source = arguments[i]; for (var key in source) { if '
            '(Object.prototype.hasOwnProperty.call(source, key)) { target[key] = source[key]; } } } return target; }; '
            'return _extends.apply(this, arguments); }\n\n'
            f"var _frontmatter = {json.dumps(fm, ensure_ascii=False)};\nvar layoutProps = {{\n  _frontmatter: _frontmatter\n}};\n"
            'var MDXLayout = "wrapper";\nreturn function MDXContent(_ref) {\n  var components = _ref.components,\n'
            '      props = _objectWithoutProperties(_ref, _excluded);\n\n  return mdx(MDXLayout, _extends({}, layoutProps, '
            'props, {\n    components: components,\n    mdxType: "MDXLayout"\n  }), '
            + ", ".join(calls) + ");\n}\n;\nMDXContent.isMDXComponent = true;")


def card(a: Article) -> str:
    first = a.first_image()
    pic = gimg(first, a.title, 400, 267) if first else ""
    return (f'<article class="{cls("card", "card")}"><a href="{a.path}" class="{cls("card", "link")}">{pic}'
            f'<h3 class="{cls("card", "title")}">{esc(a.title)}</h3></a><time class="{cls("card", "date")}">'
            f'{weekday(a.date)}, {a.date:%d/%m/%Y}</time><p class="{cls("card", "excerpt")}">{esc(a.summary())}</p></article>')


def page_data_path(path: str) -> str:
    return "/page-data" + ("/index" if path == "/" else path.rstrip("/")) + "/page-data.json"


class Gatsby:
    def __init__(self, posts: list[Article]):
        self.posts = posts

    def page(self, path: str, title: str, main: str, *, component: str, head: str = "") -> str:
        menu = ""
        for href, vi, en in [("/", "Trang chủ", ""), (ABOUT, "Giới thiệu", "About"), (NEWS, "Tin tức", "News"),
                             (DOCS, "Văn bản", "Documents"), (CONTACT, "Liên hệ", "Contact"), (EN, "English", "")]:
            current = ' aria-current="page"' if href == path else ""
            en_span = f'<span lang="en" class="{cls("header", "en")}">{en}</span>' if en else ""
            menu += f'<li><a href="{href}"{current}><span lang="vi">{vi}</span>{en_span}</a></li>'
        latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.posts[:4])
        chunks = ["webpack-runtime-3b1c7e0d2f.js", "framework-5d8a9c4e1b.js", "app-" + BUILD + ".js",
                  f"component---src-{component}-jsx-{h(component, 8)}.js"]
        preload = "".join(f'<link as="script" rel="preload" href="/{c}">' for c in chunks)
        scripts = "".join(f'<script src="/{c}" async></script>' for c in chunks)
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="x-ua-compatible" content="ie=edge"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Gatsby 4.25.7"><style data-href="/styles.{BUILD}.css" id="gatsby-global-css">body{{margin:0;font-family:Roboto,sans-serif}}</style><title data-react-helmet="true">{esc(title)}</title>{head}<link rel="sitemap" type="application/xml" href="/sitemap-index.xml">{preload}<link as="fetch" rel="preload" href="{page_data_path(path)}" crossorigin="anonymous"><link as="fetch" rel="preload" href="/page-data/app-data.json" crossorigin="anonymous"></head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="{cls("layout", "wrapper")}"><header class="{cls("header", "header")}"><div class="{cls("header", "topbar")}"><span>{TODAY}</span><span>{UI[0]}</span></div><div class="{cls("header", "brand")}"><a href="/">{gimg("logo-lmhtx-tayninh.png", SHORT, 96, 96)}<span class="{cls("header", "name")}">LIÊN MINH HỢP TÁC XÃ TỈNH TÂY NINH</span><span class="{cls("header", "nameEn")}">TAY NINH COOPERATIVE ALLIANCE</span></a><p class="{cls("header", "slogan")}">{esc(SLOGAN)}</p></div><nav class="{cls("header", "nav")}"><ul>{menu}</ul></nav></header><div class="{cls("layout", "container")}"><main class="{cls("layout", "main")}">{main}</main><aside class="{cls("layout", "aside")}"><section class="{cls("widget", "box")}"><h2>{UI[4]}</h2><ul>{latest}</ul></section><section class="{cls("widget", "box")}"><h2>{UI[9]}</h2><p>{UI[10]}</p></section><section class="{cls("widget", "box")}"><h2>Liên kết</h2><ul><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank" rel="noreferrer">Cổng TTĐT Chính phủ</a></li><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank" rel="noreferrer">Liên minh HTX Việt Nam</a></li></ul></section></aside></div><footer class="{cls("footer", "footer")}"><p>{esc(FOOTER[0])}</p><p>{esc(FOOTER[1])}</p><p>{esc(FOOTER[2])}</p><p>{esc(FOOTER[3])}</p><p>{esc(FOOTER[4])}</p><p>{UI[8]}</p><p class="{cls("footer", "credit")}">{FOOTER[5]}</p></footer></div></div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div><script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="{path}";/*]]>*/</script><script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping={{"app":["/app-{BUILD}.js"],"component---src-{component}-jsx":["/component---src-{component}-jsx-{h(component, 8)}.js"]}};/*]]>*/</script>{scripts}</body></html>
"""

    def single(self, a: Article, related: list[Article]) -> str:
        meta = []
        if a.opts.get("shown"):
            meta.append(f'<time class="{cls("post", "date")}">{vn_day(a)}</time>')
        if a.opts.get("author"):
            meta.append(f'<span class="{cls("post", "author")}">{esc(a.opts["author"])}</span>')
        cat = ("Văn bản", DOCS) if a.opts["cat"] == "van-ban" else ("Tin tức", NEWS)
        att = ""
        if a.attachments:
            f = a.attachments[0]
            att = (f'<div class="{cls("post", "files")}"><span>Tệp đính kèm: </span><a href="{f["path"]}" download>'
                   f'{esc(f["text"])}</a></div>')
        share = (f'<div class="{cls("share", "share")}"><span>{UI[1]}</span><a href="{{{{base:offsite}}}}/facebook/sharer" '
                 f'target="_blank" rel="noreferrer">Facebook</a><a href="{{{{base:offsite}}}}/zalo/share" target="_blank" '
                 f'rel="noreferrer">Zalo</a><button type="button">{UI[2]}</button></div>')
        rel = (f'<section class="{cls("post", "related")}"><h2>{UI[3]}</h2>' + "".join(card(o) for o in related)
               + "</section>")
        return (f'<article class="{cls("post", "post")}"><nav class="{cls("post", "crumbs")}"><a href="/">Trang chủ</a> / '
                f'<a href="{cat[1]}">{cat[0]}</a></nav><h1 class="{cls("post", "title")}">{esc(a.title)}</h1>'
                f'<div class="{cls("post", "meta")}">{"".join(meta)}</div>'
                + (f'<p class="{cls("post", "excerpt")}"><strong>{esc(a.lead)}</strong></p>' if a.lead else "")
                + f'<div class="{cls("post", "body")}">{content_html(a)}</div>{att}{share}</article>{rel}')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tay-ninh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    g = Gatsby(posts)
    datas: dict[str, dict] = {}

    for a in posts:
        related = [o for o in posts if o is not a and o.opts["cat"] == a.opts["cat"]][:3] or [o for o in posts if o is not a][:3]
        head = (f'<meta data-react-helmet="true" name="description" content="{attr(a.summary())}">'
                f'<meta data-react-helmet="true" property="og:title" content="{attr(a.title)}">'
                f'<meta data-react-helmet="true" property="og:type" content="article">'
                f'<link data-react-helmet="true" rel="canonical" href="{{{{base}}}}{a.path}">')
        site.page(a.path, g.page(a.path, f"{a.title} | {SHORT}", g.single(a, related), component="templates-post",
                                 head=head), content_type=HTML)
        datas[a.path] = {"componentChunkName": "component---src-templates-post-jsx", "path": a.path,
                         "result": {"data": {"mdx": {"id": h(a.path, 8) + "-" + h(a.title, 4) + "-5c3e-9b1a-" + h(a.path, 12),
                                                     "body": mdx_js(a), "slug": a.opts["slug"],
                                                     "frontmatter": {"title": a.title, "description": a.lead,
                                                                     "author": a.opts.get("author")}}},
                                    "pageContext": {"id": h(a.path, 8), "slug": a.opts["slug"]}},
                         "staticQueryHashes": ["2841359383", "3649515864"]}
        for b in a.blocks:
            if b.kind == "img":
                site.binary(static_img(b.src), image_for(b.src))
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Công văn số 48/LMHTX-VP", ["CONG VAN DANG KY THAM GIA HOI CHO OCOP 2024",
                                                         "Lien minh HTX tinh Tay Ninh"]))
    site.trap("Gatsby markup: #___gatsby > #gatsby-focus-wrapper, CSS-module class names with a build hash, "
              "gatsby-image-wrapper blocks (SVG spacer and base64 placeholder as data: URIs, the real address in "
              "data-src and inside <noscript>), the bilingual menu ('Giới thiệu About', 'Tin tức News')", posts[0].path)

    # listing /tin-tuc/ and /tin-tuc/2/, category /van-ban/
    pages = [posts[i:i + PER] for i in range(0, len(posts), PER)]
    for n, chunk in enumerate(pages, 1):
        url = NEWS if n == 1 else f"{NEWS}{n}/"
        nav = f'<nav class="{cls("pager", "pager")}">'
        if n > 1:
            nav += f'<a href="{NEWS if n == 2 else f"{NEWS}{n - 1}/"}" rel="prev">← {UI[6]}</a>'
        nav += f"<span>{n} / {len(pages)}</span>"
        if n < len(pages):
            nav += f'<a href="{NEWS}{n + 1}/" rel="next">{UI[7]} →</a>'
        nav += "</nav>"
        main = f'<h1 class="{cls("list", "title")}">Tin tức</h1>' + "".join(card(a) for a in chunk) + nav
        site.page(url, g.page(url, f"Tin tức | {SHORT}", main, component="templates-news-list"), content_type=HTML)
        datas[url] = {"componentChunkName": "component---src-templates-news-list-jsx", "path": url,
                      "result": {"data": {"allMdx": {"nodes": [
                          {"slug": a.opts["slug"], "frontmatter": {
                              "title": a.title, "date": f"{a.date:%Y-%m-%d}"},
                           "excerpt": a.summary()} for a in chunk]}},
                          "pageContext": {"limit": PER, "skip": (n - 1) * PER, "numPages": len(pages),
                                          "currentPage": n}}, "staticQueryHashes": ["2841359383"]}
        site.non_articles.append(url)
    site.trap("listing /tin-tuc/ and /tin-tuc/2/ (cards: gatsby image, title, 'Thứ Ba, 12/03/2024', excerpt; '← Trang "
              "trước 2 / 2'); page 2 holds the three oldest posts", f"{NEWS}2/")
    docs = [a for a in posts if a.opts["cat"] == "van-ban"]
    site.page(DOCS, g.page(DOCS, f"Văn bản | {SHORT}", f'<h1 class="{cls("list", "title")}">Văn bản</h1>'
                           + "".join(card(a) for a in docs), component="templates-news-list"), content_type=HTML)
    datas[DOCS] = {"componentChunkName": "component---src-templates-news-list-jsx", "path": DOCS,
                   "result": {"data": {"allMdx": {"nodes": [{"slug": a.opts["slug"]} for a in docs]}}}}
    site.non_articles.append(DOCS)

    home = (f'<section class="{cls("home", "hero")}"><h1>{esc(NAME)}</h1><p>Tin tức, văn bản và gương hợp tác xã '
            f'điển hình của tỉnh Tây Ninh.</p></section><section class="{cls("home", "latest")}"><h2>Tin mới</h2>'
            + "".join(card(a) for a in posts[:4]) + f'<a href="{NEWS}">{UI[5]}</a></section>')
    site.page("/", g.page("/", SHORT, home, component="pages-index"), content_type=HTML)
    datas["/"] = {"componentChunkName": "component---src-pages-index-jsx", "path": "/", "result": {"pageContext": {}}}
    site.non_articles.append("/")

    about = [
        "Liên minh Hợp tác xã tỉnh Tây Ninh là tổ chức chính trị - xã hội mang tính kinh tế, đại diện cho các hợp tác "
        "xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh, có trụ sở tại thành phố Tây Ninh.",
        "Liên minh tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn thành lập, đào tạo cán bộ quản lý; xúc tiến "
        "thương mại, hỗ trợ chuyển đổi số và cho vay vốn qua Quỹ hỗ trợ phát triển hợp tác xã tỉnh.",
        "Hợp tác xã của tỉnh tập trung trong các lĩnh vực trồng mía, mì, mãng cầu, cao su, chăn nuôi bò sữa, chế biến "
        "bánh tráng và dịch vụ du lịch gắn với Khu du lịch quốc gia núi Bà Đen."]
    statics = {
        ABOUT: ("Giới thiệu", "".join(f"<p>{esc(p)}</p>" for p in about)),
        CONTACT: ("Liên hệ", f"<p>{esc(NAME)}</p><p>{esc(FOOTER[1])}</p><p>{esc(FOOTER[2])}</p>"
                             '<form name="contact" method="POST" data-netlify="true" action="/lien-he/"><input name="name">'
                             '<input name="email" type="email"><textarea name="message"></textarea><button type="submit">'
                             "Gửi</button></form>"),
        EN: ("About the Tay Ninh Cooperative Alliance",
             "<p>The Tay Ninh Cooperative Alliance represents more than 200 cooperatives and 13,000 members in Tay Ninh "
             "province, in the south-east of Viet Nam, bordering Cambodia.</p><p>Its cooperatives grow sugarcane, "
             "cassava, custard apples and rubber, process rice paper and serve visitors to Ba Den mountain. Partners "
             "are welcome to contact the Alliance for cooperation with local cooperatives.</p>"),
    }
    for path, (title, html_) in statics.items():
        site.page(path, g.page(path, f"{title} | {SHORT}", f'<article class="{cls("page", "page")}"><h1 class="'
                               f'{cls("post", "title")}">{esc(title)}</h1>{html_}</article>', component="templates-page"),
                  content_type=HTML)
        datas[path] = {"componentChunkName": "component---src-templates-page-jsx", "path": path,
                       "result": {"pageContext": {}}}
        site.non_articles.append(path)
    not_found = (f'<h1 class="{cls("post", "title")}">404: Không tìm thấy trang</h1><p>Trang bạn tìm không tồn tại hoặc '
                 f'đã được chuyển đi. <a href="/">Về trang chủ</a></p>')
    site.page("/404/", g.page("/404/", f"404: Không tìm thấy trang | {SHORT}", not_found, component="pages-404"),
              content_type=HTML)
    site.page("/404.html", g.page("/404.html", f"404: Không tìm thấy trang | {SHORT}", not_found, component="pages-404"),
              content_type=HTML)
    datas["/404/"] = {"componentChunkName": "component---src-pages-404-jsx", "path": "/404/", "result": {"pageContext": {}}}
    datas["/404.html"] = datas["/404/"]
    site.non_articles += ["/404/"]
    site.trap("introduction /gioi-thieu/, contact (a Netlify form), the English page /en/ and /404/ (Gatsby's "
              "not-found page, answering 200 at that address): not articles", "/404/")

    for path, data in datas.items():
        site.page(page_data_path(path), json.dumps(data, ensure_ascii=False), content_type="application/json")
    site.page("/page-data/app-data.json", json.dumps({"webpackCompilationHash": "3c7f5e1a9b2d4c6e8f0a"}),
              content_type="application/json")
    site.trap("/page-data/tin-tuc/<slug>/page-data.json (preloaded by every post): the post's frontmatter and its "
              "body compiled to MDX JavaScript (mdx(\"p\", null, \"…\")): a data file, not a page or an item",
              page_data_path(posts[0].path))
    urls = "".join(f"<url><loc>{{{{base}}}}{p}</loc><changefreq>daily</changefreq><priority>0.7</priority></url>"
                   for p in ["/", ABOUT, NEWS, f"{NEWS}2/", DOCS, CONTACT, EN] + [a.path for a in posts])
    site.page("/sitemap-0.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                                f'sitemap/0.9">{urls}</urlset>', content_type="application/xml")
    site.page("/sitemap-index.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/'
                                    'schemas/sitemap/0.9"><sitemap><loc>{{base}}/sitemap-0.xml</loc></sitemap>'
                                    "</sitemapindex>", content_type="application/xml")
    site.static("/robots.txt", "User-agent: *\nAllow: /\nSitemap: {{base}}/sitemap-index.xml\n")
    for c in ["webpack-runtime-3b1c7e0d2f.js", "framework-5d8a9c4e1b.js", f"app-{BUILD}.js"] + [
            f"component---src-{c}-jsx-{h(c, 8)}.js" for c in
            ["templates-post", "templates-news-list", "pages-index", "templates-page", "pages-404"]]:
        site.static("/" + c, "/*! gatsby chunk */\n")
    site.static(f"/styles.{BUILD}.css", "body{margin:0}\n")
    site.binary(static_img("logo-lmhtx-tayninh.png"), image_for("logo-lmhtx-tayninh.png"))
    return site
