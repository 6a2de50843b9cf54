"""Site `lmhtx-camau-moi` (registry family `generic`): the portal of the merged Cà Mau alliance (Bạc Liêu joined it
on 1 July 2025) built on the Tilda site builder (the office's communications staff maintain it without a
developer), written as a held-out test: no family module, no selectors.

Why it is hard: every page is `div#allrecords.t-records`, a stack of `div.t-rec` blocks (`data-record-type`):
header, promo and footer are Zero Blocks (`div.t396` > `div.tn-elem` > `.tn-atom`, absolutely positioned by
a `<style>`), the header's site name set to an `<h1 class="tn-atom">` for "SEO", so post pages have two
h1s and the standalone document page only that one (its title is a text block's `div.t-title`). News are
feed posts at `/tpost/<id>-<slug>`: `h1.t-feed__post-popup__title`, the date `17.03.2026`
(`span.t-feed__post-popup__date`, day-dot-month, no time: midnight), an optional author field
(`span.t-feed__post-popup__author-name`: the author, not text; an office there is none), and the text in
`div.t-redactor__text` blocks whose paragraphs are separated by `<br /><br />` (one `div`, several lines),
with `figure.t-redactor__figure`/`figcaption`, `h2.t-redactor__h2` and lists between them; after it a
"Tin khác" block of cards with dates. A post whose feed hides dates shows its day only in the text ("Ngày
6/3, …") and its date only in the feed card on `/tin-tuc`. Older posts are only in a second feed page
`/luu-tru-tin`. The document is a regular page of text blocks: `div.t-title`, `div.t-descr` "Ngày đăng:
05.12.2025", `div.t-text` with `<br>` lines, a `t-btn` to the PDF. `/san-pham-ocop` is a t-store block whose
product cards open `/tproduct/<id>-<slug>` pages (name, price, description): not articles; nor are the
introduction (t-title/t-descr/t-text blocks, no date), the contact form (t-form) and the feed pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf

SITE = "lmhtx-camau-moi"
NAME = "Liên minh Hợp tác xã tỉnh Cà Mau"
HTML = "text/html; charset=UTF-8"
NEWS = "/tin-tuc"
ARCHIVE = "/luu-tru-tin"
DOCS = "/van-ban"
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
STORE = "/san-pham-ocop"
CDN = "/tild3438-6131-4631-a666-623362613535"
PDF_PATH = "/files/tb-15-lmhtx-2025.pdf"

SITE_H1 = "CỔNG THÔNG TIN LIÊN MINH HTX TỈNH CÀ MAU"
HEADER = ["Đồng hành cùng hợp tác xã vùng đất Mũi", f"Hôm nay: {TODAY_2026:%d.%m.%Y}"]
PROMO = ["TUẦN LỄ SẢN PHẨM OCOP CÀ MAU 2026", "Hơn 200 gian hàng của HTX từ Cà Mau và Bạc Liêu cũ",
         "Đăng ký gian hàng trước ngày 30/4/2026", "Đăng ký ngay"]
FOOTER = ["LIÊN MINH HỢP TÁC XÃ TỈNH CÀ MAU", "Trụ sở: 126 Phan Ngọc Hiển, phường An Xuyên, tỉnh Cà Mau",
          "Văn phòng đại diện: 02 Hòa Bình, phường Bạc Liêu, tỉnh Cà Mau",
          "Điện thoại: 0290.3831.279 · Email: lmhtx.camau@gmail.com",
          "Chịu trách nhiệm nội dung: Bà Trần Thị Hồng Thắm - Chủ tịch Liên minh HTX tỉnh",
          "Made on Tilda"]
LABELS = ["Tin khác", "Tải văn bản (PDF)", "Xem tất cả tin"]
BOILERPLATE = [SITE_H1, *HEADER, *PROMO, *FOOTER, LABELS[0], LABELS[1]]

PRODUCTS = [("1047736512", "tom-kho-rach-goc", "Tôm khô Rạch Gốc", "450.000 ₫",
             "Tôm khô của HTX Thủy sản Rạch Gốc, phơi nắng tự nhiên, đạt OCOP 4 sao. Đóng gói 500 g."),
            ("1047736518", "muoi-hot-bac-lieu", "Muối hột Bạc Liêu", "35.000 ₫",
             "Muối hột phơi cát truyền thống của HTX Muối Đông Hải (Bạc Liêu cũ), đạt OCOP 3 sao. Túi 1 kg."),
            ("1047736523", "mat-ong-u-minh-ha", "Mật ong rừng U Minh Hạ", "320.000 ₫",
             "Mật ong gác kèo của HTX Ong mật U Minh Hạ, đạt OCOP 4 sao. Chai 500 ml.")]


@dataclass
class Post(Article):
    pid: str = ""
    author_field: str = ""
    show_date: bool = True
    kind: str = "post"  # post | doc
    archived: bool = False


def dated(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[Post]:
    A = Post
    return [
        A(path="/tpost/k7x2m9fa51-htx-tom-lua-thoi-binh-dat-chung-nhan-huu-c", pid="k7x2m9fa51",
          title="HTX tôm - lúa Thới Bình đạt chứng nhận hữu cơ cho 180 ha",
          date=datetime(2026, 3, 17), author_field="Phương Nam", author="Phương Nam",
          lead="HTX Nông nghiệp Tân Lộc (xã Thới Bình) vừa được cấp chứng nhận hữu cơ cho 180 ha canh tác theo mô hình một vụ tôm, một vụ lúa.",
          body="""
HTX có 74 thành viên, áp dụng quy trình nuôi tôm không dùng hóa chất, sau vụ tôm trồng lúa ST25 để cải tạo đất.
Giá tôm sú hữu cơ được doanh nghiệp thu mua cao hơn tôm thường 20.000-30.000 đồng/kg, lúa hữu cơ được bao tiêu toàn bộ.
[img tom-lua-tan-loc.png] Thành viên HTX Nông nghiệp Tân Lộc thu hoạch tôm sú trên ruộng lúa
Liên minh HTX tỉnh sẽ hỗ trợ HTX đăng ký nhãn hiệu tập thể và tham gia các hội chợ xúc tiến thương mại trong năm 2026.
""",
          **dated(datetime(2026, 3, 17)),
          notes=["Tilda feed post: two h1s (the header Zero Block's 'CỔNG THÔNG TIN LIÊN MINH HTX TỈNH CÀ MAU' first, "
                 "then h1.t-feed__post-popup__title); the date '17.03.2026' (no time: midnight); author field "
                 "'Phương Nam' (t-feed__post-popup__author-name): the author, not text; the paragraphs of each "
                 "div.t-redactor__text are separated by <br /><br />: one line each"]),
        A(path="/tpost/p3c8vz1ke2-ra-mat-htx-muoi-sach-dong-hai", pid="p3c8vz1ke2", show_date=False,
          title="Ra mắt HTX muối sạch Đông Hải",
          date=datetime(2026, 3, 6), byline="Bài, ảnh: Huỳnh Lâm", author="Huỳnh Lâm",
          body="""
Ngày 6/3, tại xã Long Điền, Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Muối sạch Đông Hải.
HTX có 41 thành viên với 65 ha ruộng muối, sản xuất muối trải bạt và muối hột phơi cát truyền thống của vùng Bạc Liêu cũ.
[img muoi-dong-hai.png] Các thành viên HTX Muối sạch Đông Hải trong ngày ra mắt
HTX đã ký hợp đồng cung ứng 800 tấn muối sạch mỗi năm cho một doanh nghiệp chế biến thực phẩm.
""",
          published=iso(datetime(2026, 3, 6), with_time=False), published_source="listing", evidence=["listing"],
          notes=["the feed hides dates on this post's page: the day only in the text ('Ngày 6/3', no year), the date "
                 "only in its feed card on /tin-tuc ('06.03.2026'): midnight; byline 'Bài, ảnh: Huỳnh Lâm' in its "
                 "own right-aligned div.t-redactor__text last: part of the text, the author"]),
        A(path="/tpost/a9dw4rt0n3-anh-ngay-hoi-ocop-va-du-lich-mui-ca-mau", pid="a9dw4rt0n3",
          title="Ảnh: Ngày hội OCOP và du lịch Mũi Cà Mau 2026",
          date=datetime(2026, 2, 14), author_field="Tấn Lực", author="Tấn Lực",
          body="""
Ngày hội OCOP và du lịch Mũi Cà Mau năm 2026 thu hút hơn 30 nghìn lượt khách trong ba ngày.
[img ngay-hoi-1.png] Gian hàng khô cá, tôm khô của các HTX Ngọc Hiển và Năm Căn
[img ngay-hoi-2.png] Du khách chọn mua mật ong rừng U Minh Hạ
[img ngay-hoi-3.png] HTX Du lịch cộng đồng Đất Mũi giới thiệu tour trải nghiệm rừng đước
[img ngay-hoi-4.png] Muối hột và bánh pía của các HTX khu vực Bạc Liêu cũ
""",
          **dated(datetime(2026, 2, 14)),
          notes=["photo story: one sentence, then four figure.t-redactor__figure with figcaption (one line each); "
                 "author field 'Tấn Lực'"]),
        A(path="/tpost/r5gh2kq8w4-ca-mau-co-them-20-san-pham-ocop-cua-htx", pid="r5gh2kq8w4",
          title="Cà Mau có thêm 20 sản phẩm OCOP của hợp tác xã",
          date=datetime(2026, 1, 21), byline="Nguồn: Báo Cà Mau", author=None,
          lead="UBND tỉnh vừa công nhận 20 sản phẩm OCOP của HTX, nâng tổng số sản phẩm OCOP của khu vực kinh tế tập thể lên 186 sản phẩm.",
          body="""
Các sản phẩm mới chủ yếu thuộc nhóm thủy sản chế biến và thực phẩm từ lúa gạo, nhiều sản phẩm của HTX khu vực Bạc Liêu cũ.
## Hỗ trợ sau công nhận
* Kết nối đưa sản phẩm vào hệ thống siêu thị và cửa hàng đặc sản;
* Hỗ trợ thiết kế bao bì, tem truy xuất nguồn gốc;
* Giới thiệu sản phẩm trên trang Sản phẩm OCOP của Liên minh.
""",
          **dated(datetime(2026, 1, 21)),
          notes=["no author field; an h2.t-redactor__h2 heading and a list between the text blocks; the text ends "
                 "with 'Nguồn: Báo Cà Mau' (a source): part of the text, author null"]),
        A(path="/thong-bao-so-15-tb-lmhtx", kind="doc",
          title="Thông báo tuyển chọn HTX tham gia Chương trình hỗ trợ chuyển đổi số năm 2026",
          date=datetime(2025, 12, 5), author=None,
          body="""
LIÊN MINH HTX TỈNH CÀ MAU
Số: 15/TB-LMHTX
Cà Mau, ngày 04 tháng 12 năm 2025
THÔNG BÁO
Tuyển chọn hợp tác xã tham gia Chương trình hỗ trợ chuyển đổi số năm 2026
Liên minh HTX tỉnh thông báo tuyển chọn 40 HTX tham gia chương trình hỗ trợ chuyển đổi số năm 2026, gồm phần mềm kế toán, hóa đơn điện tử và gian hàng trên sàn thương mại điện tử.
Đối tượng: HTX đang hoạt động, có báo cáo tài chính năm 2024 và năm 2025.
Hồ sơ gửi về Văn phòng Liên minh HTX tỉnh trước ngày 31/12/2025.
KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lâm Văn Út
""",
          doc_number="15/TB-LMHTX", attachments=[{"path": PDF_PATH, "text": PDF_PATH.rsplit("/", 1)[-1]}],  # a button names no document: its file does
          published=iso(datetime(2025, 12, 5), with_time=False), published_source="date-element",
          evidence=["date-element", "listing"],
          notes=["official notice 'Số: 15/TB-LMHTX' as a regular Tilda page of text blocks: the title a div.t-title "
                 "(the page's only h1 is the header Zero Block's site name), 'Ngày đăng: 05.12.2025' in div.t-descr "
                 "(place-date line 'Cà Mau, ngày 04 tháng 12 năm 2025' the day before), the body a div.t-text of "
                 "<br> lines; signer last, author null; the PDF behind a t-btn 'Tải văn bản (PDF)': an attachment, "
                 "not text"]),
        A(path="/tpost/x1bn7mu6c5-htx-dam-doi-lien-ket-nuoi-cua-ban-cong-nghiep", pid="x1bn7mu6c5",
          title="HTX Đầm Dơi liên kết nuôi cua bán công nghiệp",
          date=datetime(2025, 11, 19), byline="Minh Kha", author="Minh Kha",
          body="""
HTX Thủy sản Tân Đức (xã Đầm Dơi) liên kết với một doanh nghiệp giống để nuôi cua biển bán công nghiệp trên 50 ha ao.
Doanh nghiệp cung cấp cua giống chất lượng, hướng dẫn kỹ thuật và bao tiêu sản phẩm theo giá sàn.
[img cua-tan-duc.png] Thành viên HTX Thủy sản Tân Đức thu hoạch cua biển
Năng suất cua nuôi bán công nghiệp đạt 1,8 tấn/ha/vụ, gấp ba lần nuôi quảng canh.
""",
          **dated(datetime(2025, 11, 19)),
          notes=["byline 'Minh Kha' in the last (right-aligned) div.t-redactor__text: part of the text, the author; "
                 "no author field"]),
        A(path="/tpost/e6ty3sj9p6-lien-minh-htx-tinh-ca-mau-sau-hop-nhat", pid="e6ty3sj9p6", archived=True,
          title="Liên minh HTX tỉnh Cà Mau sau hợp nhất: ổn định tổ chức, không gián đoạn hỗ trợ HTX",
          date=datetime(2025, 7, 8), author_field="Ban Biên tập", author=None,
          lead="Từ ngày 01/7/2025, Liên minh HTX tỉnh Cà Mau được hợp nhất từ Liên minh HTX tỉnh Cà Mau và Liên minh HTX tỉnh Bạc Liêu.",
          body="""
Trụ sở Liên minh đặt tại phường An Xuyên, văn phòng đại diện tại phường Bạc Liêu.
Các khoản vay từ Quỹ hỗ trợ phát triển HTX của hai tỉnh cũ được chuyển giao nguyên trạng, HTX tiếp tục trả nợ theo hợp đồng đã ký.
""",
          **dated(datetime(2025, 7, 8)),
          notes=["archived post: only in the second feed page /luu-tru-tin; author field 'Ban Biên tập' (an office): "
                 "author null"]),
        A(path="/tpost/m2qa8lf4h7-htx-muoi-dong-hai-phuc-hoi-nghe-muoi-truyen-thong", pid="m2qa8lf4h7",
          archived=True,
          title="HTX muối Đông Hải phục hồi nghề làm muối truyền thống",
          date=datetime(2024, 11, 15), byline="Theo Báo Bạc Liêu", author=None,
          body="""
Bài viết được chuyển từ Cổng thông tin Liên minh HTX tỉnh Bạc Liêu trước hợp nhất.
HTX Muối Đông Hải phục hồi 30 ha ruộng muối bỏ hoang, áp dụng kỹ thuật phơi cát truyền thống để sản xuất muối hột đặc sản.
[img muoi-truyen-thong.png] Diêm dân HTX Muối Đông Hải cào muối trên ruộng phơi cát
Nghề làm muối Bạc Liêu đã được công nhận là Di sản văn hóa phi vật thể quốc gia.
""",
          **dated(datetime(2024, 11, 15)),
          notes=["2024 post migrated from the former Bạc Liêu portal: only on /luu-tru-tin; its first text line says "
                 "so (part of the text); 'Theo Báo Bạc Liêu' last: a source, author null"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"{CDN}/{src}"


def redactor(a: Post) -> str:
    """Tilda's redactor: consecutive paragraphs share one div.t-redactor__text, separated by <br /><br />."""
    out, run = [], []

    def flush():
        if run:
            out.append('<div class="t-redactor__text">' + "<br /><br />".join(run) + "</div>")
            run.clear()

    for b in a.blocks:
        if b.kind == "p":
            run.append(inline_html(b.text))
        elif b.kind == "h":
            flush()
            out.append(f'<h2 class="t-redactor__h2">{inline_html(b.text)}</h2>')
        elif b.kind == "ul":
            flush()
            out.append('<div class="t-redactor__text"><ul>' + "".join(f"<li>{inline_html(i)}</li>" for i in b.items)
                       + "</ul></div>")
        elif b.kind == "img":
            flush()
            out.append(f'<figure class="t-redactor__figure"><img src="{img(b.src)}" data-original="{img(b.src)}" '
                       f'imgfield="img" alt="{attr(b.text)}"><figcaption class="t-redactor__figcaption">{esc(b.text)}'
                       f'</figcaption></figure>')
    flush()
    if a.byline:
        out.append(f'<div class="t-redactor__text" style="text-align: right;"><strong>{esc(a.byline)}</strong></div>')
    return "".join(out)


def zero(rec: int, elems: list[tuple[str, str]], height: int, name: str) -> str:
    """A Zero Block: absolutely positioned elements (tag, inner html) and their <style>."""
    style = "".join(f"#rec{rec} .tn-elem[data-elem-id=\"{1700000000000 + i}\"]{{z-index:{i + 2};top:{20 + 28 * i}px;"
                    f"left:calc(50% - 600px + {40 + 70 * (i % 3)}px);width:{520 - 40 * (i % 2)}px;}}"
                    for i in range(len(elems)))
    body = "".join(f'<div class="t396__elem tn-elem tn-elem__{rec}{1700000000000 + i}" data-elem-id="{1700000000000 + i}" '
                   f'data-elem-type="{"image" if tag == "img" else "text"}" data-field-top-value="{20 + 28 * i}" '
                   f'data-field-left-value="{40 + 70 * (i % 3)}">{inner}</div>' for i, (tag, inner) in enumerate(elems))
    return (f'<div id="rec{rec}" class="r t-rec" style=" " data-animationappear="off" data-record-type="396">'
            f'<!-- T396 --><style>#rec{rec} .t396__artboard{{height:{height}px;background-color:#0b6e4f;}}{style}</style>'
            f'<div class="t396"><div class="t396__artboard" data-artboard-recid="{rec}" data-artboard-height="{height}" '
            f'data-artboard-name="{name}">{body}</div></div></div>')


def header() -> str:
    menu = " ".join(f'<a href="{h}" style="color:#fff;">{t}</a>' for h, t in
                    [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (DOCS, "Văn bản"),
                     (STORE, "Sản phẩm OCOP"), (CONTACT, "Liên hệ")])
    return zero(101, [("img", f'<img class="tn-atom__img" src="{CDN}/logo-lmhtx-camau.png" alt="" imgfield="tn_img_1">'),
                      ("h1", f'<h1 class="tn-atom" field="tn_text_1700000000001">{SITE_H1}</h1>'),
                      ("div", f'<div class="tn-atom" field="tn_text_1700000000002">{esc(HEADER[0])}</div>'),
                      ("div", f'<div class="tn-atom" field="tn_text_1700000000003">{esc(HEADER[1])}</div>'),
                      ("div", f'<div class="tn-atom" field="tn_text_1700000000004">{menu}</div>')], 180, "header")


def promo() -> str:
    return zero(909, [("div", f'<div class="tn-atom" field="tn_text_1">{PROMO[0]}</div>'),
                      ("div", f'<div class="tn-atom" field="tn_text_2">{esc(PROMO[1])}</div>'),
                      ("div", f'<div class="tn-atom" field="tn_text_3">{esc(PROMO[2])}</div>'),
                      ("a", f'<a class="tn-atom" href="{CONTACT}">{PROMO[3]}</a>')], 260, "promo-ocop-week")


def footer() -> str:
    return zero(990, [("div", f'<div class="tn-atom" field="tn_text_{i}">{esc(x)}</div>') for i, x in enumerate(FOOTER[:5])]
                + [("div", f'<div class="tn-atom"><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX '
                           f'Việt Nam</a> · <a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính '
                           f'phủ</a> · <a href="{ARCHIVE}">Lưu trữ tin</a></div>')], 240, "footer") + (
        f'<div class="t-tildalabel" id="tildacopy"><a href="{{{{base:offsite}}}}/tilda/" class="t-tildalabel__link">'
        f'<div class="t-tildalabel__wrapper"><div class="t-tildalabel__txtleft">{FOOTER[5]}</div></div></a></div>')


def feed_card(a: Post) -> str:
    pic = a.first_image()
    return (f'<li class="t-feed__post t-item t-width t-feed__grid-col t-col t-col_4 t-align_left">'
            f'<a class="t-feed__link" href="{a.path}">'
            + (f'<div class="t-feed__post-imgwrapper"><div class="t-feed__post-bgimg t-bgimg" '
               f'data-original="{img(pic)}" style="background-image:url(\'{img(pic)}\');"></div></div>' if pic else "")
            + f'<div class="t-feed__textwrapper"><div class="t-feed__post-parts-date-row"><span class="t-feed__post-parts-date '
              f't-uptitle t-uptitle_xs">{a.date:%d.%m.%Y}</span></div><div class="t-feed__post-title t-name t-name_xs">'
              f'{esc(a.title)}</div><div class="t-feed__post-descr t-descr t-descr_xxs">'
              f'{esc(" ".join(a.summary().split()[:24]))}…</div></div></a></li>')


def feed_block(rec: int, posts: list[Post], title: str) -> str:
    return (f'<div id="rec{rec}" class="r t-rec t-rec_pt_60 t-rec_pb_60" data-record-type="915"><!-- t915 -->'
            f'<div class="t915"><div class="t-section__container t-container"><div class="t-col t-col_12">'
            f'<div class="t-section__title t-title t-title_xs">{esc(title)}</div></div></div>'
            f'<div class="t-feed" data-feeds-uid="281733470091"><ul class="t-feed__container t-container js-feed-container">'
            + "".join(feed_card(p) for p in posts) + "</ul></div></div></div>")


def post_rec(a: Post, others: list[Post]) -> str:
    date = (f'<div class="t-feed__post-popup__date-parts-wrapper"><span class="t-feed__post-popup__date-wrapper">'
            f'<span class="js-feed-post-date t-feed__post-popup__date t-uptitle t-uptitle_sm">{a.date:%d.%m.%Y}</span>'
            f'</span></div>' if a.show_date else "")
    auth = (f'<div class="t-feed__post-popup__author-wrapper"><span class="t-feed__post-popup__author-name t-descr '
            f't-descr_xxs">{esc(a.author_field)}</span></div>' if a.author_field else "")
    lead = f'<div class="t-redactor__text"><strong>{esc(a.lead)}</strong></div>' if a.lead else ""
    pic = a.first_image()
    cover = (f'<div class="t-feed__post-popup__cover-wrapper"><img class="js-feed-post-image t-feed__post-popup__img" '
             f'src="{img(pic)}" alt=""></div>' if pic else "")
    rel = "".join(f'<div class="t-feed__post-popup__relevants-item t-col t-col_4"><a href="{o.path}" '
                  f'class="t-feed__post-popup__relevants-link"><div class="t-feed__post-popup__relevants-title-post t-name '
                  f't-name_xs">{esc(o.title)}</div><div class="t-feed__post-popup__relevants-date t-uptitle t-uptitle_xs">'
                  f'{o.date:%d.%m.%Y}</div></a></div>' for o in others)
    return (f'<div id="rec500" class="r t-rec" data-record-type="915"><div class="t-feed__post-popup t-popup t-popup_show" '
            f'data-feed-popup-postuid="{a.pid}"><div class="t-feed__post-popup__container t-container"><div '
            f'class="t-feed__post-popup__content-wrapper"><div class="t-feed__post-popup__content t-col t-col_8">'
            f'{cover}<div class="t-feed__post-popup__text-wrapper"><div class="js-feed-post-title '
            f't-feed__post-popup__title-wrapper"><h1 class="js-feed-post-title t-feed__post-popup__title t-title '
            f't-title_xs">{esc(a.title)}</h1></div>{date}{auth}<div id="feed-text" class="t-redactor__tte-view">'
            f'{lead}{redactor(a)}</div></div></div></div><div class="t-feed__post-popup__relevants t-container">'
            f'<div class="t-feed__post-popup__relevants-title t-uptitle">{LABELS[0]}</div>{rel}</div></div></div></div>')


def text_rec(rec: int, inner: str, rtype: str = "106") -> str:
    return (f'<div id="rec{rec}" class="r t-rec t-rec_pt_30 t-rec_pb_30" data-record-type="{rtype}"><div class="t-container">'
            f'<div class="t-col t-col_8 t-prefix_2">{inner}</div></div></div>')


def layout(title: str, recs: str, *, head: str = "", with_promo: bool = True) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>{head}
<meta name="format-detection" content="telephone=no" />
<link rel="stylesheet" href="/css/tilda-grid-3.0.min.css" type="text/css" media="all" />
<link rel="stylesheet" href="/css/tilda-blocks-page62041773.min.css?t=1742190000" type="text/css" media="all" />
<link rel="stylesheet" href="/css/tilda-feed-1.0.min.css" type="text/css" media="all" />
<script src="/js/tilda-scripts-3.0.min.js"></script>
<script src="/js/tilda-feed-1.0.min.js"></script>
</head>
<body class="t-body" style="margin:0;">
<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="11283745" data-tilda-page-id="62041773" data-tilda-formskey="c1c7b0b6e9e3f1d2" data-tilda-lazy="yes">
{header()}
{recs}
{promo() if with_promo else ""}
{footer()}
</div>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ca-mau", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    posts = [a for a in items if a.kind == "post"]
    current = [a for a in posts if not a.archived]
    doc = next(a for a in items if a.kind == "doc")

    for a in posts:
        others = [o for o in current if o is not a][:3]
        head = (f'\n<link rel="canonical" href="{{{{base}}}}{a.path}">\n<meta property="og:title" content="{attr(a.title)}" />'
                f'\n<meta property="og:type" content="article" />')
        site.page(a.path, layout(a.title, post_rec(a, others), head=head))
        site.add_article(a)

    body_lines = [inline_html(b.text) for b in doc.blocks]
    doc_recs = (text_rec(210, f'<div class="t-title t-title_xs" field="title">{esc(doc.title)}</div>'
                              f'<div class="t-descr t-descr_md" field="descr">Ngày đăng: {doc.date:%d.%m.%Y}</div>', "33")
                + text_rec(211, f'<div class="t-text t-text_md" field="text">{"<br />".join(body_lines)}</div>')
                + text_rec(212, f'<a href="{PDF_PATH}" target="_blank" class="t-btn t-btn_md"><table role="presentation" '
                                f'style="width:100%;height:100%;"><tr><td>{LABELS[1]}</td></tr></table></a>', "191"))
    site.page(doc.path, layout(doc.title, doc_recs, head=f'\n<link rel="canonical" href="{{{{base}}}}{doc.path}">'))
    site.add_article(doc)
    site.binary(PDF_PATH, pdf("Thông báo số 15/TB-LMHTX", ["THONG BAO TUYEN CHON HTX CHUYEN DOI SO 2026",
                                                           "Lien minh HTX tinh Ca Mau"]))
    site.trap("every page: a header Zero Block (div.t396, tn-elem/tn-atom absolutely positioned: logo, the site name as "
              "an h1.tn-atom, slogan, 'Hôm nay: 23.11.2026', menu), a promo Zero Block 'TUẦN LỄ SẢN PHẨM OCOP CÀ MAU "
              "2026' and a footer Zero Block (address, phone, 'Made on Tilda'); post pages add a 'Tin khác' block of "
              "cards with dates after the text", posts[0].path)

    # feed pages
    site.page(NEWS, layout("Tin tức", feed_block(300, current, "Tin tức - Hoạt động")
                           + text_rec(301, f'<div class="t-text"><a href="{ARCHIVE}">Tin cũ hơn: Lưu trữ tin</a></div>')))
    site.page(ARCHIVE, layout("Lưu trữ tin", feed_block(310, [a for a in posts if a.archived],
                                                        "Lưu trữ tin (trước tháng 8/2025)")))
    site.trap("feeds: /tin-tuc holds the current posts (cards: '17.03.2026', title, description); the two older posts "
              "only in a second feed page /luu-tru-tin (linked at the foot of /tin-tuc and from the footer)", ARCHIVE)
    site.page(DOCS, layout("Văn bản", text_rec(320, '<div class="t-title t-title_xs">Văn bản - Thông báo</div>'
                                                    f'<div class="t-text"><ul><li><a href="{doc.path}">{esc(doc.title)}</a> '
                                                    f'({doc.date:%d.%m.%Y})</li></ul></div>', "33")))

    home = (text_rec(200, f'<div class="t-cover__title t-title t-title_lg">Liên minh HTX tỉnh Cà Mau</div>'
                          f'<div class="t-descr t-descr_lg">Tin tức, văn bản và sản phẩm OCOP của hợp tác xã Cà Mau - '
                          f'Bạc Liêu</div>', "18")
            + feed_block(201, current[:6], "Tin mới")
            + text_rec(202, f'<div class="t-text"><a href="{NEWS}">{LABELS[2]}</a> · <a href="{DOCS}">Văn bản</a></div>')
            + store_block(203))
    site.page("/", layout("Liên minh Hợp tác xã tỉnh Cà Mau", home))

    site.page(STORE, layout("Sản phẩm OCOP", store_block(400)))
    for pid, slug, name, price, descr in PRODUCTS:
        path = f"/tproduct/{pid}-{slug}"
        rec = (f'<div id="rec401" class="r t-rec" data-record-type="1002"><div class="t-store t-store__product-snippet '
               f'js-store-product" data-product-uid="{pid}"><div class="t-container"><div class="t-store__prod-popup__col '
               f't-col t-col_6"><img class="t-store__prod-popup__img" src="{img(slug + ".png")}" alt=""></div><div '
               f'class="t-store__prod-popup__col t-col t-col_6"><h1 class="js-store-prod-name t-store__prod-popup__name '
               f't-name t-name_xl">{esc(name)}</h1><div class="js-store-price-wrapper t-store__prod-popup__price-wrapper">'
               f'<div class="js-product-price t-store__prod-popup__price t-name t-name_md">{esc(price)}</div></div>'
               f'<div class="js-store-prod-text t-store__prod-popup__text t-descr t-descr_xxs">{esc(descr)}<br /><br />'
               f'Liên hệ đặt hàng qua Liên minh HTX tỉnh Cà Mau.</div><a href="{CONTACT}" class="t-store__prod-popup__btn '
               f't-btn t-btn_sm">Đặt mua</a></div></div></div></div>')
        site.page(path, layout(name, rec))
        site.non_articles.append(path)
    site.trap("a t-store block (/san-pham-ocop and the home): product cards opening /tproduct/<id>-<slug> pages (an "
              "h1 name, a price '450.000 ₫', a description of two <br>-separated lines): not articles",
              f"/tproduct/{PRODUCTS[0][0]}-{PRODUCTS[0][1]}")

    about = [
        "Liên minh Hợp tác xã tỉnh Cà Mau được hợp nhất từ Liên minh Hợp tác xã tỉnh Cà Mau và Liên minh Hợp tác xã "
        "tỉnh Bạc Liêu, hoạt động từ ngày 01 tháng 7 năm 2025.",
        "Liên minh tuyên truyền, vận động phát triển kinh tế tập thể; đại diện, bảo vệ quyền và lợi ích hợp pháp của "
        "thành viên; tư vấn, hỗ trợ hợp tác xã nuôi trồng thủy sản, làm muối, trồng lúa và làm du lịch cộng đồng.",
        "Cơ quan Liên minh làm việc tại trụ sở phường An Xuyên và văn phòng đại diện phường Bạc Liêu."]
    site.page(ABOUT, layout("Giới thiệu", text_rec(220, '<div class="t-title t-title_md">Giới thiệu</div><div '
                                                        'class="t-descr t-descr_md">Liên minh Hợp tác xã tỉnh Cà Mau</div>',
                                                   "33")
                            + text_rec(221, '<div class="t-text t-text_md">' + "<br /><br />".join(esc(p) for p in about)
                                       + "</div>")))
    site.page(CONTACT, layout("Liên hệ", '<div id="rec230" class="r t-rec" data-record-type="678"><div class="t678">'
                              '<form id="form230" name="form230" role="form" action="" method="POST" data-formactiontype="2" '
                              'data-inputbox=".t-input-group" class="t-form js-form-proccess t-form_inputs-total_3">'
                              '<input type="hidden" name="formservices[]" value="a7b2c5d1e9f0" class="js-formaction-services">'
                              '<div class="t-input-group t-input-group_nm"><div class="t-input-title t-descr">Họ và tên</div>'
                              '<input type="text" name="Name" class="t-input"></div><div class="t-input-group '
                              't-input-group_em"><div class="t-input-title t-descr">Email</div><input type="text" '
                              'name="Email" class="t-input"></div><div class="t-input-group t-input-group_ta"><div '
                              'class="t-input-title t-descr">Nội dung</div><textarea name="Textarea" class="t-input">'
                              '</textarea></div><button type="submit" class="t-submit">Gửi</button></form></div></div>'))
    site.non_articles += ["/", NEWS, ARCHIVE, DOCS, STORE, ABOUT, CONTACT]
    site.trap("/gioi-thieu: t-title 'Giới thiệu', t-descr, a t-text of three <br><br> paragraphs, no date: not an "
              "article; nor the t-form contact page, the feed pages and the 'Văn bản' list", ABOUT)
    urls = "".join(f"<url><loc>{{{{base}}}}{p}</loc></url>" for p in
                   ["/", NEWS, ARCHIVE, DOCS, STORE, ABOUT, CONTACT, doc.path] + [a.path for a in posts])
    site.static("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset '
                                f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n')
    site.static("/robots.txt", "User-agent: *\nDisallow: /tilda/form1-\nDisallow: /tilda/popup\nDisallow: /*?\n"
                               "Host: {{base}}\nSitemap: {{base}}/sitemap.xml\n")
    return site


def store_block(rec: int) -> str:
    cards = "".join(f'<div class="js-product t-store__card t-store__stretch-col t-store__stretch-col_33 t-align_left" '
                    f'data-product-uid="{pid}"><a href="/tproduct/{pid}-{slug}"><div class="t-store__card__imgwrapper">'
                    f'<div class="t-store__card__bgimg t-bgimg" style="background-image:url(\'{img(slug + ".png")}\');"></div>'
                    f'</div><div class="t-store__card__textwrapper"><div class="js-store-prod-name js-product-name '
                    f't-store__card__title t-name t-name_md">{esc(name)}</div><div class="js-store-prod-descr '
                    f't-store__card__descr t-descr t-descr_xxs">{esc(descr.split(".")[0])}.</div></div></a>'
                    f'<div class="t-store__card__price-wrapper"><div class="js-product-price t-store__card__price t-name '
                    f't-name_xs">{esc(price)}</div></div></div>' for pid, slug, name, price, descr in PRODUCTS)
    return (f'<div id="rec{rec}" class="r t-rec" data-record-type="1025"><div class="t-store js-store"><div '
            f'class="t-section__container t-container"><div class="t-section__title t-title t-title_xs">Sản phẩm OCOP '
            f'của HTX</div></div><div class="js-store-grid-cont t-store__grid-cont t-container">{cards}</div></div></div>')
