"""Site `lmhtx-tuyenquang-d10` (registry family `generic`): the cooperative alliance of the merged Tuyên Quang
province (Hà Giang joined it on 1 July 2025) on **Drupal 10** with an e-government theme (an Olivero sub-theme,
Paragraphs, Views, Pathauto, RDF, Metatag); written as a held-out test: no family module, no selectors.

Why it is hard: a news node lives at its alias `/tin-tuc/<slug>` and at `/node/<nid>` (the shortlink, and the links of
the "Tin khác" view): the same page; a share link adds `?utm_source=zalo…`. The title is the page-title block's
`<h1><span class="field field--name-title">`; the text is a Paragraphs field: text paragraphs (`field--name-field-text`),
image paragraphs (image + `field--name-field-caption`), a quote paragraph (the quote and its attribution: two lines),
an accordion paragraph (`<details><summary>` question + answer: lines of the text) and a file-list paragraph (the PDF:
an attachment, not text), after the lead `field--name-field-tom-tat`. The date is RDF's hidden
`<span property="schema:dateCreated" content="…+07:00">` and the visible "Ngày đăng: Thứ Năm, 12/03/2026 - 08:30";
the author the inline-labelled `field--name-field-tac-gia` ("Tác giả: X", not text) — the "Người đăng: bientap01" line
is the Drupal account, never the author. A "Gương HTX" profile node has no date field in its display and is listed
without dates: published null. "Văn bản" nodes (number, issue date, signer, summary, PDF), media-gallery nodes, the
taxonomy term pages `/taxonomy/term/<tid>` (and their aliases `/chu-de/<slug>`), the Views list `/tin-tuc` paged
`?page=1` (zero-based), the "Giới thiệu" basic page and the contact form are no articles; Drupal's robots.txt
disallows `/search/` and `/user/login`.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, image_for, inline_html, iso, pdf, weekday

SITE = "lmhtx-tuyenquang-d10"
NAME = "Liên minh Hợp tác xã tỉnh Tuyên Quang"
HTML = "text/html; charset=utf-8"
PER = 5
TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
TERMS = {12: ("tin-hoat-dong", "Tin hoạt động"), 13: ("thong-bao", "Thông báo"), 14: ("guong-htx", "Gương HTX"),
         15: ("hoi-dap", "Hỏi đáp chính sách")}
HEADER = ["LIÊN MINH HỢP TÁC XÃ TỈNH TUYÊN QUANG", "Đoàn kết - Hợp tác - Phát triển"]
SIDE = ["Tin xem nhiều", "Văn bản mới", "Liên kết website", "-- Chọn liên kết --", "Thống kê truy cập",
        "Đang truy cập: 21", "Tổng lượt truy cập: 785.402", "Hỗ trợ trực tuyến", "Hotline: 0207.3822.456"]
LABELS = ["Trang chủ", "Tin khác", "Chia sẻ", "In trang", "Từ khóa", "Ngày đăng:", "Người đăng:", "Tác giả", "Tệp đính kèm"]
FOOTER = ["Bản quyền thuộc Liên minh Hợp tác xã tỉnh Tuyên Quang",
          "Địa chỉ: Số 8 đường Tân Trào, phường Minh Xuân, tỉnh Tuyên Quang",
          "Điện thoại: 0207.3822.456 - Email: lmhtx@tuyenquang.gov.vn",
          "Giấy phép số 05/GP-TTĐT ngày 14/02/2022 do Sở Thông tin và Truyền thông tỉnh Tuyên Quang cấp",
          "Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh"]
BOILERPLATE = [TODAY, *HEADER, *SIDE, *LABELS, *FOOTER, "bientap01"]
PDF_TB = "/sites/default/files/2026-03/TB-09-LMHTX.pdf"
PDF_VB = "/sites/default/files/2026-01/QD-05-LMHTX.pdf"


def articles() -> list[Article]:
    A = Article

    def dt(t: datetime) -> dict:
        return dict(date=t, published=iso(t), published_source="metadata",
                    evidence=["metadata", "date-element", "listing"])

    return [
        A(path="/tin-tuc/htx-che-my-bang-xuat-khau-lo-che-xanh-dau-tien",
          title="HTX chè Mỹ Bằng xuất khẩu lô chè xanh đầu tiên",
          lead="HTX Chè Mỹ Bằng vừa xuất khẩu 12 tấn chè xanh sang thị trường Đài Loan (Trung Quốc), mở ra hướng đi mới cho "
               "chè Tuyên Quang.",
          body="""
Lô hàng được sản xuất theo tiêu chuẩn VietGAP trên vùng chè 45 ha của 70 hộ thành viên.
[img che-my-bang.png] Thành viên HTX Chè Mỹ Bằng đóng gói chè xuất khẩu
Chè xanh là sản phẩm OCOP 4 sao, đây là cơ hội để HTX khẳng định thương hiệu.
Ông Hoàng Văn Tiến, Giám đốc HTX Chè Mỹ Bằng
HTX dự kiến xuất khẩu thêm 30 tấn chè trong năm 2026.
""",
          author="Nguyễn Thị Lan", **dt(datetime(2026, 3, 12, 8, 30)),
          opts={"nid": 1482, "term": 12, "quote": "Chè xanh là sản phẩm OCOP 4 sao, đây là cơ hội để HTX khẳng định thương "
                                                  "hiệu."},
          notes=["Paragraphs body: text, image (caption field), quote (the quote and its attribution: two lines), text; "
                 "lead field__tom-tat first; RDF schema:dateCreated content '2026-03-12T08:30:00+07:00'; 'Tác giả: Nguyễn "
                 "Thị Lan' (field--name-field-tac-gia, author only); 'Người đăng: bientap01' is the account"]),
        A(path="/tin-tuc/thong-bao-so-09-tb-lmhtx-ve-hoi-nghi-xuc-tien-thuong-mai",
          title="Thông báo số 09/TB-LMHTX về Hội nghị xúc tiến thương mại sản phẩm HTX",
          body="""
LIÊN MINH HTX TỈNH TUYÊN QUANG
Số: 09/TB-LMHTX
Tuyên Quang, ngày 02 tháng 3 năm 2026
THÔNG BÁO
Về việc tổ chức Hội nghị xúc tiến thương mại sản phẩm HTX năm 2026
Liên minh HTX tỉnh tổ chức Hội nghị xúc tiến thương mại sản phẩm HTX vào ngày 20/3/2026 tại phường Hà Giang 1.
Các HTX đăng ký tham gia trước ngày 15/3/2026.
CHỦ TỊCH
Đỗ Văn Hùng
""",
          author=None, doc_number="09/TB-LMHTX", **dt(datetime(2026, 3, 3, 10, 0)),
          attachments=[{"path": PDF_TB, "text": "TB-09-LMHTX.pdf"}],
          opts={"nid": 1477, "term": 13},
          notes=["notice 'Số: 09/TB-LMHTX', 'Tuyên Quang, ngày 02 tháng 3 năm 2026', posted 03/03/2026 10:00; signer last, "
                 "no author; the PDF in a file-list paragraph ('TB-09-LMHTX.pdf', '(182.4 KB)'): attachment, not text"]),
        A(path="/tin-tuc/anh-htx-det-tho-cam-lung-tam-vao-mua-khach",
          title="Ảnh: HTX dệt thổ cẩm Lùng Tám vào mùa khách",
          lead="Mùa hoa tam giác mạch, HTX Dệt thổ cẩm Lùng Tám đón hàng nghìn lượt khách mỗi tuần.",
          body="""
[img lung-tam-1.png] Phụ nữ Mông dệt vải lanh tại HTX
[img lung-tam-2.png] Du khách trải nghiệm công đoạn nhuộm chàm
[img lung-tam-3.png] Sản phẩm thổ cẩm bày bán tại cửa hàng của HTX
""",
          author="Minh Hiền", **dt(datetime(2026, 2, 14, 16, 0)),
          opts={"nid": 1463, "term": 12},
          notes=["photo story: the lead and three image paragraphs whose caption fields are the text; author field "
                 "'Minh Hiền'"]),
        A(path="/tin-tuc/giam-doc-htx-cam-sanh-ham-yen-lien-ket-de-giu-gia",
          title="Giám đốc HTX cam sành Hàm Yên: Liên kết để giữ giá",
          lead="Cam sành Hàm Yên được mùa, HTX làm gì để giữ giá cho thành viên? Phóng viên trao đổi với bà Lý Thị Thu, "
               "Giám đốc HTX Cam sành Tân Thành.",
          body="""
**Phóng viên: Vụ cam năm nay HTX tiêu thụ thế nào?**
Bà Lý Thị Thu: HTX đã ký hợp đồng bao tiêu 600 tấn cam với ba doanh nghiệp, giá ổn định 15.000 đồng/kg.
**Phóng viên: Bí quyết để doanh nghiệp tin tưởng là gì?**
Bà Lý Thị Thu: Là sản xuất đồng đều và giao hàng đúng hẹn. HTX có mã số vùng trồng và tem truy xuất cho từng thùng cam.
""",
          author="Đức Thịnh", **dt(datetime(2026, 1, 28, 9, 0)),
          opts={"nid": 1450, "term": 12},
          notes=["interview: bold 'Phóng viên: …?' questions and 'Bà Lý Thị Thu: …' answers; author field 'Đức Thịnh'"]),
        A(path="/tin-tuc/hoi-dap-ve-luat-hop-tac-xa-nam-2023",
          title="Hỏi - đáp về Luật Hợp tác xã năm 2023",
          lead="Liên minh HTX tỉnh giải đáp một số câu hỏi thường gặp về Luật Hợp tác xã năm 2023.",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024.
HTX có bắt buộc phải chuyển đổi theo Luật mới không?
HTX đã thành lập trước ngày Luật có hiệu lực không phải đăng ký lại nhưng phải sửa đổi điều lệ cho phù hợp.
Tổ hợp tác có phải đăng ký không?
Tổ hợp tác phải đăng ký với Ủy ban nhân dân cấp xã nơi tổ hợp tác đặt trụ sở chính.
""",
          author=None, **dt(datetime(2025, 12, 15, 14, 0)),
          opts={"nid": 1431, "term": 15, "accordion": 1},
          notes=["an accordion paragraph (<details><summary> question, answer): every question and answer is a line of "
                 "the text, after a text paragraph; no author field"]),
        A(path="/tin-tuc/ket-qua-phat-trien-htx-6-thang-dau-nam-2025",
          title="Kết quả phát triển HTX 6 tháng đầu năm 2025",
          body="""
Trong 6 tháng đầu năm 2025, hai tỉnh Tuyên Quang và Hà Giang thành lập mới 61 HTX.
| STT | Địa bàn | HTX thành lập mới | Tổng số HTX |
| 1 | Tuyên Quang (cũ) | 34 | 712 |
| 2 | Hà Giang (cũ) | 27 | 655 |
""",
          author="Đức Thịnh", **dt(datetime(2025, 7, 18, 15, 30)),
          opts={"nid": 1390, "term": 12},
          notes=["a table in a text paragraph (thead/tbody): one line per row, cells between ' | '"]),
        A(path="/tin-tuc/lien-minh-htx-tinh-tuyen-quang-moi-chinh-thuc-hoat-dong",
          title="Liên minh HTX tỉnh Tuyên Quang (mới) chính thức hoạt động",
          lead="Từ ngày 1/7/2025, Liên minh HTX tỉnh Tuyên Quang được tổ chức lại trên cơ sở hợp nhất Liên minh HTX hai tỉnh "
               "Tuyên Quang và Hà Giang.",
          body="""
Liên minh HTX tỉnh mới đặt trụ sở tại phường Minh Xuân, có văn phòng đại diện tại phường Hà Giang 1.
* Văn phòng Liên minh;
* Ban Kiểm tra - Tổ chức;
* Ban Tư vấn - Hỗ trợ;
* Quỹ hỗ trợ phát triển HTX.
""",
          author="Nguyễn Thị Lan", **dt(datetime(2025, 7, 3, 9, 0)),
          opts={"nid": 1381, "term": 12},
          notes=["the merger's date 1/7/2025 opens the lead; the node is of 03/07/2025 09:00; a list in a text paragraph"]),
        A(path="/tin-tuc/htx-mien-dong-hop-thanh-vao-vu-san-xuat",
          title="HTX Miến dong Hợp Thành vào vụ sản xuất",
          body="""
HTX Miến dong Hợp Thành (huyện Sơn Dương) bước vào vụ sản xuất miến Tết với sản lượng dự kiến 80 tấn.
Sản phẩm miến dong của HTX đã đạt chuẩn OCOP 4 sao, được bán tại nhiều tỉnh, thành phố.
Nguồn: Báo Tuyên Quang
""",
          author=None, **dt(datetime(2024, 10, 9, 8, 0)),
          opts={"nid": 1102, "term": 12, "migrated": True},
          notes=["2024 node of the old province ('huyện Sơn Dương'), article:modified_time 2025-07-01 (the migration); "
                 "'Nguồn: Báo Tuyên Quang' closes the text: author null; listed on ?page=1"]),
        A(path="/guong-htx/htx-che-shan-tuyet-phin-ho-giu-hon-che-co-thu",
          title="HTX Chè Shan tuyết Phìn Hồ: Giữ hồn chè cổ thụ",
          lead="Giữa vùng chè Shan tuyết cổ thụ, HTX Chè Phìn Hồ đã đưa sản phẩm của đồng bào Dao đi xa.",
          body="""
HTX có 42 thành viên, quản lý hơn 3.000 cây chè cổ thụ trên 100 năm tuổi.
* Sản phẩm trà Shan tuyết đạt OCOP 4 sao;
* Doanh thu năm gần nhất đạt 4,2 tỷ đồng;
* Tạo việc làm thường xuyên cho 60 lao động.
""",
          author=None, date=datetime(2025, 12, 5), published=None, published_source=None, evidence=[],
          opts={"nid": 1422, "term": 14, "nodate": True},
          notes=["'Gương HTX' profile node: no date in its display, listed on its term page without dates: published "
                 "null"]),
    ]


# -- markup ----------------------------------------------------------------------------------

def img_path(name: str, d: datetime) -> str:
    return f"/sites/default/files/{d:%Y-%m}/{name}"


def fi(inner: str) -> str:
    return f'<div class="field__item">{inner}</div>'


def ptext(html: str) -> str:
    return fi('<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix '
              'text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">'
              f"{html}</div></div>")


def paragraphs(a: Article) -> str:
    out, run, rows = [], [], []
    blocks = [*a.blocks, None]
    acc = a.opts.get("accordion")
    quote = []
    i = 0
    plist = blocks
    while i < len(plist):
        b = plist[i]
        if b is not None and b.kind == "p" and b.text.startswith("| "):
            rows.append(b.text.strip("| ").split(" | "))
            i += 1
            continue
        if rows:
            run.append("<table><thead><tr>\n" + "".join(f"<th>{esc(c)}</th>\n" for c in rows[0]) + "</tr></thead><tbody>"
                       + "".join("<tr>\n" + "".join(f"<td>{esc(c)}</td>\n" for c in r) + "</tr>\n" for r in rows[1:])
                       + "</tbody></table>")
            rows = []
        if b is None:
            break
        if acc and b.kind == "p" and i >= acc:
            if run:
                out.append(ptext("".join(run)))
                run = []
            items = plist[i:-1]
            det = "".join(f"<details class=\"accordion-item\"><summary>{esc(q.text)}</summary><div class=\"accordion-body\">"
                          f"<p>{esc(ans.text)}</p></div></details>" for q, ans in zip(items[::2], items[1::2]))
            out.append(fi('<div class="paragraph paragraph--type--accordion paragraph--view-mode--default"><div class="field '
                          f'field--name-field-accordion-items field--type-entity-reference-revisions">{det}</div></div>'))
            i = len(plist) - 1
            continue
        if b.kind == "p" and (b.text == a.opts.get("quote") or quote):
            quote.append(b.text)
            if len(quote) == 2:
                if run:
                    out.append(ptext("".join(run)))
                    run = []
                out.append(fi('<div class="paragraph paragraph--type--quote paragraph--view-mode--default"><blockquote>'
                              f'<div class="field field--name-field-quote-text field--type-string-long">{esc(quote[0])}</div>'
                              f'<div class="field field--name-field-quote-author field--type-string">{esc(quote[1])}</div>'
                              "</blockquote></div>"))
                quote = []
            i += 1
            continue
        if b.kind == "p":
            run.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            run.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            run.append("<ul>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + "</ul>")
        elif b.kind == "img":
            if run:
                out.append(ptext("".join(run)))
                run = []
            out.append(fi('<div class="paragraph paragraph--type--image paragraph--view-mode--default"><div class="field '
                          'field--name-field-image field--type-image field--label-hidden field__item">'
                          f'<img loading="lazy" src="{img_path(b.src, a.date)}" width="800" height="533" alt="" '
                          'typeof="foaf:Image"></div><div class="field field--name-field-caption field--type-string '
                          f'field--label-hidden field__item">{esc(b.text)}</div></div>'))
        i += 1
    if run:
        out.append(ptext("".join(run)))
    if a.attachments:
        att = a.attachments[0]
        out.append(fi('<div class="paragraph paragraph--type--file-list paragraph--view-mode--default"><div class="field '
                      'field--name-field-files field--type-file field--label-above"><div class="field__label">Tệp đính kèm'
                      '</div><div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf '
                      f'file--application-pdf"><a href="{att["path"]}" type="application/pdf">{esc(att["text"])}</a></span> '
                      '<span class="file-size">(182.4 KB)</span></div></div></div></div>'))
    return ('<div class="field field--name-field-noi-dung field--type-entity-reference-revisions field--label-hidden '
            f'field__items">{"".join(out)}</div>')


def fix_source(a: Article) -> None:
    lines = [x for x in a.body.strip().splitlines() if x.strip()]
    if lines[-1].startswith("Nguồn:"):
        a.byline = lines[-1]
        a.body = "\n".join(lines[:-1])


def node_html(a: Article, arts: list[Article]) -> str:
    term_slug, term_name = TERMS[a.opts["term"]]
    meta = ""
    if not a.opts.get("nodate"):
        meta = (f'<span property="schema:dateCreated" content="{a.date:%Y-%m-%dT%H:%M:%S}+07:00" class="rdf-meta hidden">'
                f'</span><div class="node__meta"><span class="node__date">{LABELS[5]} {weekday(a.date)}, '
                f'{a.date:%d/%m/%Y - %H:%M}</span> <span class="node__user">{LABELS[6]} <span>bientap01</span></span></div>')
    lead = (f'<div class="field field--name-field-tom-tat field--type-string-long field--label-hidden field__item">'
            f'<strong>{esc(a.lead)}</strong></div>' if a.lead else "")
    by = (f'<p class="source-line" style="text-align: right;"><em>{esc(a.byline)}</em></p>' if a.byline else "")
    src_par = ptext(by) if by else ""
    author = (f'<div class="field field--name-field-tac-gia field--type-string field--label-inline clearfix">'
              f'<div class="field__label">{LABELS[7]}</div><div class="field__item">{esc(a.author)}</div></div>'
              if a.author else "")
    tags = (f'<div class="field field--name-field-chu-de field--type-entity-reference field--label-inline clearfix">'
            f'<div class="field__label">{LABELS[4]}</div><div class="field__item"><a href="/chu-de/{term_slug}" '
            f'hreflang="vi">{term_name}</a></div></div>')
    others = [x for x in arts if x is not a][:5]
    other = "".join(f'<li><a href="/node/{x.opts["nid"]}" hreflang="vi">{esc(x.title)}</a>'
                    + ("" if x.opts.get("nodate") else f' <span class="date">({x.date:%d/%m/%Y})</span>') + "</li>"
                    for x in others)
    share = (f'<div class="share-links"><span>{LABELS[2]}</span> <a href="javascript:void(0)">Facebook</a> '
             f'<a href="{a.path}?utm_source=zalo&amp;utm_medium=zalo&amp;utm_campaign=zalo">Zalo</a> '
             f'<a href="javascript:window.print()">{LABELS[3]}</a></div>')
    body = paragraphs(a)
    if src_par:
        body = body[:-len("</div>")] + src_par + "</div>"
    return (f'<div id="block-egov-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">'
            f'<span property="schema:name" class="field field--name-title field--type-string field--label-hidden">'
            f'{esc(a.title)}</span></h1></div>\n<div id="block-egov-content" class="block block-system '
            f'block-system-main-block"><article data-history-node-id="{a.opts["nid"]}" about="/node/{a.opts["nid"]}" '
            f'typeof="schema:Article" class="node node--type-{"guong-htx" if a.opts.get("nodate") else "article"} '
            f'node--view-mode-full">{meta}<div class="node__content">{lead}{body}{author}{tags}{share}</div></article></div>'
            f'\n<div class="block block-views block-views-blocktin-khac-block-1"><h2>{LABELS[1]}</h2><ul>{other}</ul></div>')


def layout(title: str, main: str, arts: list[Article], *, head: str = "", body_class: str = "") -> str:
    menu = "".join(f'<li class="menu__item"><a href="{h}" class="menu__link">{t}</a></li>' for t, h in
                   [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Tin tức", "/tin-tuc"),
                    ("Thông báo", "/chu-de/thong-bao"), ("Gương HTX", "/chu-de/guong-htx"), ("Văn bản", "/van-ban"),
                    ("Thư viện ảnh", "/thu-vien-anh"), ("Liên hệ", "/lien-he")])
    newest = [a for a in arts if not a.opts.get("nodate")][:4]
    most = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in newest)
    opts = "".join(f'<option value="{{{{base:offsite}}}}{h}">{t}</option>' for t, h in
                   [("Liên minh HTX Việt Nam", "/lmhtx-vn/"), ("Cổng TTĐT Chính phủ", "/chinh-phu/")])
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# schema: http://schema.org/ sioc: http://rdfs.org/sioc/ns# xsd: http://www.w3.org/2001/XMLSchema#">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">{head}
<title>{esc(title)} | {NAME}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq3bT1u0p2kJt0Yx.css">
<script src="/sites/default/files/js/js_4nB7tQ1kLw2cZ9s.js"></script>
</head>
<body class="{body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển đến nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="top-bar"><span class="today">{TODAY}</span> <a href="/user/login">Đăng nhập</a></div>
<header class="site-header"><div class="site-branding"><a href="/" rel="home"><img src="/themes/custom/egov/logo.png" alt="Trang chủ"></a>
<div class="site-branding__name">{HEADER[0]}</div><div class="site-branding__slogan">{HEADER[1]}</div></div>
<form action="/search/node" method="get" class="search-block-form"><input type="search" name="keys" maxlength="128"></form></header>
<nav class="primary-nav"><ul class="menu menu--level-1">{menu}</ul></nav>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
{main}
</div>
<aside class="layout-sidebar-second" role="complementary">
<div class="block block-views"><h2>{SIDE[0]}</h2><ul>{most}</ul></div>
<div class="block block-views"><h2>{SIDE[1]}</h2><ul><li><a href="/van-ban/quyet-dinh-so-05-qd-lmhtx">05/QĐ-LMHTX</a></li></ul></div>
<div class="block block-block-content"><h2>{SIDE[2]}</h2><select onchange="window.open(this.value)"><option>{SIDE[3]}</option>{opts}</select></div>
<div class="block block-block-content"><h2>{SIDE[4]}</h2><p>{SIDE[5]}</p><p>{SIDE[6]}</p></div>
<div class="block block-block-content"><h2>{SIDE[7]}</h2><p>{SIDE[8]}</p></div>
</aside>
</main>
<footer class="site-footer">{foot}</footer>
</div>
</body>
</html>
"""


def row(a: Article, dated: bool = True) -> str:
    pic = a.first_image()
    return ('<div class="views-row"><div class="views-field views-field-field-image">'
            + (f'<a href="{a.path}" hreflang="vi"><img loading="lazy" src="{img_path(pic, a.date)}" alt=""></a>' if pic else "")
            + f'</div><div class="views-field views-field-title"><span class="field-content"><a href="{a.path}" hreflang="vi">'
            f'{esc(a.title)}</a></span></div>'
            + (f'<div class="views-field views-field-created"><span class="field-content"><time datetime="'
               f'{a.date:%Y-%m-%dT%H:%M:%S}+07:00">{a.date:%d/%m/%Y}</time></span></div>' if dated else "")
            + f'<div class="views-field views-field-field-tom-tat"><div class="field-content">{esc(a.summary())}</div></div></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tuyen-quang", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        fix_source(a)
    news = [a for a in arts if not a.opts.get("nodate")]

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    for a in arts:
        nid = a.opts["nid"]
        head = (f'\n<link rel="canonical" href="{a.path}">\n<link rel="shortlink" href="/node/{nid}">\n'
                f'<meta property="og:site_name" content="{NAME}">\n<meta property="og:url" content="{a.path}">\n'
                f'<meta property="og:title" content="{attr(a.title)}">\n<meta name="description" content="{attr(a.summary())}">')
        if a.opts.get("migrated"):
            head += '\n<meta property="article:modified_time" content="2025-07-01T10:12:00+07:00">'
        page(a.path, layout(a.title, node_html(a, arts), arts, head=head,
                            body_class=f"path-node page-node-type-{'guong-htx' if a.opts.get('nodate') else 'article'}"))
        site.same_page(f"/node/{nid}", a.path)
        share = f"{a.path}?utm_source=zalo&utm_medium=zalo&utm_campaign=zalo"
        site.same_page(share, a.path)
        a.aliases = [f"/node/{nid}", share]
        for b in a.blocks:
            if b.kind == "img":
                site.binary(img_path(b.src, a.date), image_for(b.src))
        site.add_article(a)
    site.binary(PDF_TB, pdf("Thông báo số 09/TB-LMHTX", ["THONG BAO HOI NGHI XUC TIEN THUONG MAI 2026"]))
    site.binary(PDF_VB, pdf("Quyết định số 05/QĐ-LMHTX", ["QUYET DINH 05/QD-LMHTX"]))
    site.binary("/themes/custom/egov/logo.png", image_for("logo-tq-d10"))
    site.trap("node: h1 > span.field--name-title, lead field_tom_tat, Paragraphs body, RDF schema:dateCreated, "
              "'Ngày đăng: Thứ Năm, 12/03/2026 - 08:30', 'Người đăng: bientap01' (the account), 'Tác giả' inline field; "
              "'Tin khác' links /node/<nid> and the share bar ?utm_source=zalo…: aliases", arts[0].path)

    def listing(base: str, items: list[Article], h1: str, dated: bool = True, twin: str | None = None) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(chunks):
            url = base if n == 0 else f"{base}?page={n}"
            pager = ""
            if len(chunks) > 1:
                pager = ('<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" '
                         'class="visually-hidden">Phân trang</h4><ul class="pager__items js-pager__items">'
                         + "".join(f'<li class="pager__item{" is-active" if k == n else ""}"><a href="?page={k}" '
                                   f'title="Đến trang {k + 1}">{k + 1}</a></li>' for k in range(len(chunks)))
                         + (f'<li class="pager__item pager__item--next"><a href="?page={n + 1}" rel="next">Trang sau ›</a></li>'
                            if n + 1 < len(chunks) else "") + "</ul></nav>")
            main = (f'<div class="block block-core block-page-title-block"><h1 class="title page-title">{h1}</h1></div>'
                    f'<div class="views-element-container"><div class="view view-tin-tuc view-display-id-page_1">'
                    f'<div class="view-content">{"".join(row(a, dated) for a in chunk)}</div>{pager}</div></div>')
            page(url, layout(h1, main, arts, body_class="path-tin-tuc"))
            site.non_articles.append(url)
            if twin:
                t = twin if n == 0 else f"{twin}?page={n}"
                site.same_page(t, url)
                site.non_articles.append(t)

    listing("/tin-tuc", news, "Tin tức")
    site.same_page("/tin-tuc?page=0", "/tin-tuc")
    site.non_articles.append("/tin-tuc?page=0")
    for tid, (slug, name) in TERMS.items():
        items = [a for a in arts if a.opts["term"] == tid]
        listing(f"/chu-de/{slug}", items, name, dated=tid != 14, twin=f"/taxonomy/term/{tid}")
    site.trap("Views list /tin-tuc paged ?page=1 (zero-based; ?page=0 is page 1; the pager's links are relative "
              "'?page=N'); taxonomy terms /taxonomy/term/<tid> = /chu-de/<slug>; the 'Gương HTX' term lists its "
              "profile without dates", "/tin-tuc?page=1")

    vb = ('<div class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field '
          'field--name-title">Quyết định ban hành Quy chế hoạt động của Quỹ hỗ trợ phát triển HTX tỉnh</span></h1></div>'
          '<article class="node node--type-van-ban node--view-mode-full"><div class="node__content">'
          + "".join(f'<div class="field field--name-field-{k} field--label-inline clearfix"><div class="field__label">{lab}'
                    f'</div><div class="field__item">{v}</div></div>' for k, lab, v in
                    [("so-ky-hieu", "Số ký hiệu", "05/QĐ-LMHTX"), ("ngay-ban-hanh", "Ngày ban hành", "12/01/2026"),
                     ("nguoi-ky", "Người ký", "Đỗ Văn Hùng"), ("co-quan", "Cơ quan ban hành", "Liên minh HTX tỉnh"),
                     ("trich-yeu", "Trích yếu", "Ban hành Quy chế hoạt động của Quỹ hỗ trợ phát triển HTX tỉnh Tuyên "
                                                "Quang")])
          + f'<div class="field field--name-field-tep-dinh-kem"><div class="field__label">Tệp đính kèm</div><span class="file '
          f'file--application-pdf"><a href="{PDF_VB}">QD-05-LMHTX.pdf</a></span></div></div></article>')
    page("/van-ban/quyet-dinh-so-05-qd-lmhtx", layout("Quyết định số 05/QĐ-LMHTX", vb, arts,
                                                     body_class="path-node page-node-type-van-ban"))
    site.same_page("/node/1440", "/van-ban/quyet-dinh-so-05-qd-lmhtx")
    page("/van-ban", layout("Văn bản", '<h1 class="title page-title">Văn bản</h1><table class="views-table"><thead><tr>'
                            '<th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody><tr><td>'
                            '<a href="/van-ban/quyet-dinh-so-05-qd-lmhtx">05/QĐ-LMHTX</a></td><td>12/01/2026</td><td>Ban '
                            'hành Quy chế hoạt động của Quỹ hỗ trợ phát triển HTX tỉnh</td></tr></tbody></table>', arts))
    site.trap("'Văn bản' node (Số ký hiệu, Ngày ban hành, Người ký, Trích yếu, the PDF): a register record, not an "
              "article", "/van-ban/quyet-dinh-so-05-qd-lmhtx")
    gal = [a for a in arts if a.first_image()]
    pics = "".join(f'<div class="field__item"><a href="{img_path(b.src, a.date)}"><img src="{img_path(b.src, a.date)}" '
                   f'alt="{b.src}"></a></div>' for a in gal for b in a.blocks if b.kind == "img")
    page("/thu-vien-anh/hoat-dong-htx-nam-2026", layout("Hoạt động HTX năm 2026", '<h1 class="title page-title"><span '
                                                        'class="field field--name-title">Hoạt động HTX năm 2026</span></h1>'
                                                        '<article class="node node--type-media-gallery"><div class="field '
                                                        f'field--name-field-media field__items">{pics}</div></article>', arts))
    page("/thu-vien-anh", layout("Thư viện ảnh", '<h1 class="title page-title">Thư viện ảnh</h1><div class="view-content">'
                                 '<a href="/thu-vien-anh/hoat-dong-htx-nam-2026">Hoạt động HTX năm 2026</a></div>', arts))
    about = ('<div class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field '
             'field--name-title">Giới thiệu Liên minh HTX tỉnh Tuyên Quang</span></h1></div><article class="node '
             'node--type-page node--view-mode-full"><div class="node__content">' + ptext(
                 "<p>Liên minh Hợp tác xã tỉnh Tuyên Quang là tổ chức đại diện của các HTX, liên hiệp HTX, tổ hợp tác trên "
                 "địa bàn tỉnh.</p><h3>Chức năng, nhiệm vụ</h3><ul><li>Đại diện, bảo vệ quyền lợi của thành viên;</li>"
                 "<li>Tư vấn, hỗ trợ thành lập HTX;</li><li>Quản lý Quỹ hỗ trợ phát triển HTX.</li></ul>")
             + "</div></article>")
    page("/gioi-thieu", layout("Giới thiệu", about, arts, body_class="path-node page-node-type-page"))
    site.same_page("/node/2", "/gioi-thieu")
    page("/lien-he", layout("Liên hệ", '<h1 class="title page-title">Liên hệ</h1><form class="contact-message-form" '
                            'action="javascript:void(0)"><input name="name"><input name="mail"><textarea name="message">'
                            '</textarea><input type="submit" value="Gửi tin nhắn"></form>', arts))
    site.trap("'Giới thiệu' basic page (node/2: h1, a text paragraph with a heading and a list, no date), a media "
              "gallery node, the contact form: not articles", "/gioi-thieu")
    home = ('<div class="block block-views"><h2>Tin nổi bật</h2>' + "".join(row(a) for a in news[:4])
            + '<a href="/tin-tuc">Xem thêm</a></div><div class="block block-views"><h2>Gương HTX</h2>'
            + "".join(row(a, False) for a in arts if a.opts.get("nodate")) + "</div>")
    page("/", layout("Trang chủ", home, arts, body_class="path-frontpage"))
    page("/node", layout("Trang chủ", home, arts, body_class="path-frontpage"))
    page("/search/node", layout("Tìm kiếm", '<h1>Tìm kiếm</h1>', arts))
    page("/user/login", layout("Đăng nhập", '<h1>Đăng nhập</h1><form action="javascript:void(0)"><input name="name">'
                               '<input type="password" name="pass"></form>', arts))
    site.never_fetched += ["/search/node", "/user/login"]
    site.trap("robots.txt (Drupal's) disallows /search/ and /user/login: the search box and the 'Đăng nhập' link",
              "/user/login")
    site.non_articles += ["/", "/van-ban/quyet-dinh-so-05-qd-lmhtx", "/node/1440", "/van-ban",
                          "/thu-vien-anh/hoat-dong-htx-nam-2026", "/thu-vien-anh", "/gioi-thieu", "/node/2", "/lien-he"]
    site.static("/robots.txt", "#\n# robots.txt\n#\nUser-agent: *\n# CSS, JS, Images\nAllow: /core/*.css$\nAllow: /core/*.js$\n"
                "# Directories\nDisallow: /core/\nDisallow: /profiles/\n# Files\nDisallow: /README.md\n"
                "Disallow: /web.config\n# Paths (clean URLs)\nDisallow: /admin/\nDisallow: /comment/reply/\n"
                "Disallow: /filter/tips\nDisallow: /node/add/\nDisallow: /search/\nDisallow: /user/register\n"
                "Disallow: /user/password\nDisallow: /user/login\nDisallow: /user/logout\n"
                "# Paths (no clean URLs)\nDisallow: /index.php/admin/\nDisallow: /index.php/search/\n"
                "Disallow: /index.php/user/login\n")
    return site
