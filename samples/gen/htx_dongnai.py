"""Site `htx-dongnai` (registry family `generic`): "Liên minh HTX tỉnh Đồng Nai", a one-page site the Đồng Nai
cooperative alliance's office made on **Carrd** (Pro Standard, a custom domain, "Section URLs: paths" switched on; the
"Made with Carrd" credit left in the footer; the copy is of 20 May 2025, before the province merged with Bình Phước).
Written as a held-out test: no family module, no selectors.

URL shapes: Carrd has one document. Its sections are `<section id="<name>-section">`; with path URLs the host answers
`/<name>` for every section with that same document, the requested section marked `active` and the others
`inactive` with `display: none`, and the section's own title, description, `og:url` and canonical in the head (the
per-section SEO settings). Sections: the home `/`, `/gioi-thieu`, `/tin-tuc` (the 5 newest news), `/tin-tuc-2` (the
staff's hand-made "page 2": older news), `/thong-bao` (notices), `/lien-he` (the Carrd form), and one section per
article with a long name (`/hoi-nghi-tong-ket-cong-tac-nam-2024`). Buttons link sections as the editor types them:
`#name` (Carrd's section links; the listings do so), a few as `/name` (the home's "Tin nổi bật"), one pasted from
Facebook with `?fbclid=…` (the same page: an alias). Files: `assets/images/imageNN.png?v=…` (relative), the notice's
PDF uploaded beside them. `/sitemap.xml` lists every section's path (robots.txt names it). No feed, no search, no
login, no comments.

Why it is hard: every page holds every article (hidden sections); the page's only `<h1>` is the site name in the
shared header (`#text01`), the article title is an `<h2>` text component, the kicker ("TIN HOẠT ĐỘNG") a small text
above it. The body is a run of Carrd components inside `div#containerNN > .wrapper > .inner`: text components whose
paragraphs are `<span class="p">` inside one `<p id="textNN">`, `<h3>` text components, a List component
(`ul#listNN`), images (`div#imageNN.image > span.frame > img`) each followed by a small text component that is its
caption, a table in an Embed component (`div#embedNN.embed`), a buttons group for the PDF ("Tải về: …") and
"← Quay lại". The date is typed by hand in its own small text ("Đăng ngày 08/05/2025", "00:15 - 15/03/2025",
"Ngày đăng: 27/12/2024 - 15:30"): nothing machine-readable dates a post. The author is the typed closing line when a
person; an office is no author; "Theo Báo Đồng Nai" marks a reprint.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "htx-dongnai"
NAME = "Liên minh HTX tỉnh Đồng Nai"
ORG = "Liên minh Hợp tác xã tỉnh Đồng Nai"
VER = "8a3f51c2"
FOOT1 = "Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa, tỉnh Đồng Nai"
FOOT2 = "Điện thoại: 0251.3822.476 · Email: lienminhhtx@dongnai.gov.vn"
COPY = "© 2025 Liên minh HTX tỉnh Đồng Nai. Giữ mọi quyền."
SLOGAN = "Đồng hành cùng hợp tác xã, tổ hợp tác tỉnh Đồng Nai"
NAV = [("Trang chủ", "#home"), ("Giới thiệu", "#gioi-thieu"), ("Tin tức", "#tin-tuc"), ("Thông báo", "#thong-bao"),
       ("Liên hệ", "#lien-he")]
FURN = [FOOT1, FOOT2, COPY, SLOGAN, "Made with Carrd", "← Quay lại Tin tức", "← Quay lại Thông báo",
        "Gửi liên hệ", "Cảm ơn! Liên minh HTX tỉnh đã nhận được liên hệ của bạn.",
        "Tin nổi bật", "Xem tất cả tin", "Tin cũ hơn →", "← Tin mới hơn", "Xem chi tiết"]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, typed: str, timed: bool = True, listed: bool = True) -> dict:
        ev = ["date-element", "listing"] if listed else ["date-element"]
        return dict(date=d, published=iso(d, with_time=timed), published_source="date-element", evidence=ev,
                    opts={"typed": typed})

    arts = [
        A(path="/thong-bao-05-tb-lmhtx-tap-huan-chuyen-doi-so-cho-htx-nam-2025",
          title="Thông báo số 05/TB-LMHTX về việc tổ chức lớp tập huấn chuyển đổi số cho HTX năm 2025",
          kicker="THÔNG BÁO",
          body="""
LIÊN MINH HTX TỈNH ĐỒNG NAI
Số: 05/TB-LMHTX
Đồng Nai, ngày 06 tháng 5 năm 2025
THÔNG BÁO
Về việc tổ chức lớp tập huấn chuyển đổi số cho HTX năm 2025
Liên minh HTX tỉnh tổ chức lớp tập huấn "Ứng dụng chuyển đổi số trong quản lý và tiêu thụ sản phẩm của HTX" từ ngày 27/5 đến ngày 29/5/2025 tại Hội trường Liên minh HTX tỉnh.
Thành phần: Giám đốc hoặc kế toán của các HTX nông nghiệp, mỗi HTX cử 01 người.
Các HTX đăng ký danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 20/5/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hùng
""", author=None, doc_number="05/TB-LMHTX",
          attachments=[{"path": "/assets/files/tb-05-lmhtx-2025.pdf?v=" + VER, "text": "TB-05-LMHTX-2025.pdf"}],
          notes=["notice 'Số: 05/TB-LMHTX' dated 06/5 in its text, posted 08/05/2025 (the typed line 'Đăng ngày "
                 "08/05/2025', no time: midnight); the signer is text, no author; the PDF is a Carrd button 'Tải về: "
                 "TB-05-LMHTX-2025.pdf' (an attachment, the label 'Tải về:' dropped, not text); a section of the one "
                 "document, listed under /thong-bao by a '#…' button"],
          **at(datetime(2025, 5, 8), "Đăng ngày 08/05/2025", timed=False)),
        A(path="/anh-htx-sau-rieng-long-khanh-vao-mua-thu-hoach",
          title="Ảnh: HTX Sầu riêng Long Khánh vào mùa thu hoạch", kicker="TIN HOẠT ĐỘNG",
          body="""
Đầu tháng 5, các thành viên HTX Sầu riêng Long Khánh (TP Long Khánh) bước vào mùa thu hoạch sầu riêng năm 2025.
[img long-khanh-1.png] Thành viên HTX thu hoạch sầu riêng Ri6 tại vườn ở xã Bảo Quang
[img long-khanh-2.png] Sầu riêng được phân loại, dán mã vùng trồng trước khi giao cho doanh nghiệp
[img long-khanh-3.png] Cán bộ Liên minh HTX tỉnh trao đổi với Giám đốc HTX về hợp đồng tiêu thụ
Năm nay HTX dự kiến thu hoạch khoảng 420 tấn sầu riêng, trong đó 70% xuất khẩu chính ngạch.
""", byline="Bài và ảnh: Phạm Minh Tuấn", author="Phạm Minh Tuấn",
          notes=["photo story: each photo an Image component followed by a small text component, its caption (one "
                 "line each; Carrd has no caption field); 'Bài và ảnh: Phạm Minh Tuấn' closes it -> author; typed "
                 "'Đăng ngày 12/05/2025 - 16:20'"],
          **at(datetime(2025, 5, 12, 16, 20), "Đăng ngày 12/05/2025 - 16:20")),
        A(path="/ket-qua-phat-trien-kinh-te-tap-the-dong-nai-nam-2024",
          title="Kết quả phát triển kinh tế tập thể tỉnh Đồng Nai năm 2024", kicker="TIN HOẠT ĐỘNG",
          body="""
Năm 2024, khu vực kinh tế tập thể tỉnh Đồng Nai tiếp tục tăng về số lượng và chất lượng hoạt động.
| Chỉ tiêu | Đơn vị | Năm 2024 | So với năm 2023 (%) |
| HTX đang hoạt động | HTX | 412 | 106,2 |
| Tổ hợp tác | THT | 1.035 | 103,8 |
| Thành viên HTX | người | 31.870 | 104,1 |
| Doanh thu bình quân một HTX | triệu đồng | 4.150 | 109,5 |
Năm 2025, tỉnh phấn đấu thành lập mới 40 HTX, trong đó có 10 HTX ứng dụng công nghệ cao.
""", byline="Phòng Tổng hợp - Liên minh HTX tỉnh", author=None,
          notes=["a table in an Embed component (the editor pasted HTML: th header row): one line per row; closed by "
                 "'Phòng Tổng hợp - Liên minh HTX tỉnh' (an office: text, no author)"],
          **at(datetime(2025, 4, 22, 9, 0), "Đăng ngày 22/04/2025 - 09:00")),
        A(path="/huong-dan-htx-tham-gia-san-thuong-mai-dien-tu",
          title="Hướng dẫn HTX đăng ký tham gia sàn thương mại điện tử", kicker="KIẾN THỨC",
          body="""
Để đưa sản phẩm lên sàn thương mại điện tử, HTX cần chuẩn bị hồ sơ và sản phẩm theo yêu cầu của từng sàn.
## Hồ sơ cần chuẩn bị
* Giấy chứng nhận đăng ký HTX và mã số thuế;
* Tài khoản ngân hàng đứng tên HTX;
* Giấy chứng nhận an toàn thực phẩm hoặc công bố chất lượng sản phẩm;
* Hình ảnh sản phẩm rõ nét, có mô tả bằng tiếng Việt.
## Các bước đăng ký
Các HTX liên hệ Văn phòng Liên minh HTX tỉnh để được hướng dẫn mở gian hàng miễn phí trong năm 2025.
""", byline="Trần Thị Ngọc Hân", author="Trần Thị Ngọc Hân",
          notes=["two <h3> text components and a Carrd List component (ul#list01, one line per item); the bare name "
                 "'Trần Thị Ngọc Hân' closes it: the author"],
          **at(datetime(2025, 4, 9, 14, 45), "Ngày đăng: 09/04/2025 - 14:45")),
        A(path="/htx-nong-nghiep-xuan-bac-lien-ket-tieu-thu-bap",
          title="HTX Nông nghiệp Xuân Bắc liên kết tiêu thụ bắp cho thành viên", kicker="TIN HOẠT ĐỘNG",
          body="""
HTX Nông nghiệp Xuân Bắc (huyện Xuân Lộc) vừa ký hợp đồng bao tiêu 250 ha bắp với một doanh nghiệp chế biến thức ăn chăn nuôi.
Theo hợp đồng, doanh nghiệp cung ứng giống, phân bón trả chậm và thu mua bắp theo giá thị trường tại thời điểm thu hoạch.
HTX chịu trách nhiệm hướng dẫn thành viên sản xuất theo quy trình và tập kết sản phẩm.
""", byline="Theo Báo Đồng Nai", author=None,
          notes=["'Theo Báo Đồng Nai' closes the text: a reprint, no author"],
          **at(datetime(2025, 3, 28, 10, 30), "Đăng ngày 28/03/2025 - 10:30")),
        A(path="/doan-cong-tac-khao-sat-mo-hinh-nuoi-heo-tuan-hoan",
          title="Đoàn công tác Liên minh HTX tỉnh khảo sát mô hình nuôi heo tuần hoàn", kicker="TIN HOẠT ĐỘNG",
          body="""
Tối 14/3, đoàn công tác Liên minh HTX tỉnh đã khảo sát mô hình nuôi heo tuần hoàn của HTX Chăn nuôi Thống Nhất (huyện Thống Nhất).
Mô hình sử dụng đệm lót sinh học và hệ thống biogas, giúp giảm 40% chi phí xử lý chất thải.
Liên minh HTX tỉnh đề xuất nhân rộng mô hình cho các HTX chăn nuôi trong năm 2025.
""", author=None,
          notes=["typed '00:15 - 15/03/2025' (posted a quarter past midnight about the evening before: 'Tối 14/3'); "
                 "published 2025-03-15 00:15 Vietnam time (read as UTC it would be 07:15); no byline: author null"],
          **at(datetime(2025, 3, 15, 0, 15), "00:15 - 15/03/2025")),
        A(path="/htx-binh-loc-phat-trien-vuon-chom-chom-vietgap",
          title="HTX Dịch vụ nông nghiệp Bình Lộc phát triển vườn chôm chôm VietGAP", kicker="MÔ HÌNH HAY",
          body="""
HTX Dịch vụ nông nghiệp Bình Lộc (TP Long Khánh) hiện có 85 ha chôm chôm được cấp chứng nhận VietGAP.
Nhờ liên kết với doanh nghiệp xuất khẩu, giá chôm chôm của thành viên cao hơn giá thị trường 3.000 - 5.000 đồng/kg.
HTX đang xây dựng kho lạnh để bảo quản trái cây sau thu hoạch.
""", byline="Lê Hoàng Phúc", author="Lê Hoàng Phúc",
          notes=["the home's 'Tin nổi bật' button links it as /htx-binh-loc-…?fbclid=IwAR… (copied from Facebook: the "
                 "same page, an alias); the bare name 'Lê Hoàng Phúc' closes it -> author"],
          **at(datetime(2025, 2, 19, 8, 40), "Ngày đăng: 19/02/2025 - 08:40")),
        A(path="/hoi-nghi-tong-ket-cong-tac-nam-2024",
          title="Liên minh HTX tỉnh Đồng Nai tổng kết công tác năm 2024", kicker="TIN HOẠT ĐỘNG",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết công tác năm 2024
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 38 HTX, tổ chức 12 lớp tập huấn cho 740 lượt cán bộ HTX.
""", byline="Tin, ảnh: Vũ Thị Thu Trang", author="Vũ Thị Thu Trang",
          notes=["the oldest post: listed only in the hand-made page 2 section /tin-tuc-2 (a '#hoi-nghi-…' button; "
                 "'Tin cũ hơn →' on /tin-tuc leads there) and in the sitemap; typed 'Ngày đăng: 27/12/2024 - 15:30'; "
                 "'Tin, ảnh: Vũ Thị Thu Trang' -> author"],
          **at(datetime(2024, 12, 27, 15, 30), "Ngày đăng: 27/12/2024 - 15:30")),
    ]
    return arts


class Ids:
    """Carrd numbers each component type through the whole site: text01, text02, …, image01, …"""

    def __init__(self) -> None:
        self.n: dict[str, int] = {}

    def __call__(self, kind: str) -> str:
        self.n[kind] = self.n.get(kind, 0) + 1
        return f"{kind}{self.n[kind]:02d}"


def h(text: str, n: int = 8) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def buttons(ids: Ids, items: list[tuple[str, str]], style: str = "style1") -> str:
    lis = "".join(f'<li><a href="{href}" class="button n{i:02d}"><span class="label">{esc(label)}</span></a></li>'
                  for i, (label, href) in enumerate(items, 1))
    return f'<ul id="{ids("buttons")}" class="{style} buttons">{lis}</ul>'


def container(ids: Ids, inner: str, style: str = "style1") -> str:
    return (f'<div id="{ids("container")}" class="{style} container default"><div class="wrapper">'
            f'<div class="inner" data-onvisible-trigger="1">{inner}</div></div></div>')


def article_components(a: RichArticle, ids: Ids, images: dict[str, str]) -> str:
    out = [f'<p id="{ids("text")}" class="style4">{esc(a.kicker)}</p>',
           f'<h2 id="{ids("text")}" class="style3">{esc(a.title)}</h2>',
           f'<p id="{ids("text")}" class="style5">{esc(a.opts["typed"])}</p>',
           f'<hr id="{ids("divider")}" class="style1">']
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(f'<p id="{ids("text")}" class="style2">' + "".join(f'<span class="p">{x}</span>' for x in run)
                       + "</p>")
            run.clear()
    for b in a.blocks:
        if b.kind == "p":
            run.append(inline_html(b.text))
            continue
        flush()
        if b.kind == "h":
            out.append(f'<h3 id="{ids("text")}" class="style6">{esc(b.text)}</h3>')
        elif b.kind in ("ul", "ol"):
            out.append(f'<{b.kind} id="{ids("list")}" class="style1">' + "".join(f"<li>{inline_html(x)}</li>"
                                                                               for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append(f'<div id="{ids("embed")}" class="style1 embed full"><table class="bang-so-lieu"><thead><tr>'
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody></table></div>")
        elif b.kind == "img":
            iid = ids("image")
            images[iid] = b.src
            out.append(f'<div id="{iid}" class="style1 image"><span class="frame"><img src="assets/images/{iid}.png'
                       f'?v={VER}" alt="" /></span></div>')
            if b.text:
                out.append(f'<p id="{ids("text")}" class="style7">{esc(b.text)}</p>')
    flush()
    if a.attachments:
        x = a.attachments[0]
        out.append(buttons(ids, [(f"Tải về: {x['text']}", x["path"].lstrip("/"))], "style2"))
    if a.byline:
        out.append(f'<p id="{ids("text")}" class="style8"><strong>{esc(a.byline)}</strong></p>')
    back = ("← Quay lại Thông báo", "#thong-bao") if a.doc_number else ("← Quay lại Tin tức", "#tin-tuc")
    out.append(buttons(ids, [back], "style3"))
    return container(ids, "".join(out), "style2")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dong-nai", f"{NAME} (Carrd)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if not a.doc_number]
    notices = [a for a in arts if a.doc_number]
    first_news, older_news = news[:5], news[5:]
    featured = next(a for a in arts if "binh-loc" in a.path)
    fbclid = "IwAR2kq7Vd0sXn4pZ1Lh9cYt3mQwEr8uBfJoP6aNiS5gD"

    ids = Ids()
    images: dict[str, str] = {}
    # the shared header (shown above every section)
    header = (f'<div id="{ids("image")}" class="style2 image"><span class="frame"><img src="assets/images/image01.png'
              f'?v={VER}" alt="{attr(NAME)}" /></span></div>'
              f'<h1 id="{ids("text")}" class="style1">{esc(NAME)}</h1>'
              f'<p id="{ids("text")}" class="style9">{esc(SLOGAN)}</p>' + buttons(ids, NAV, "style4"))
    sections: dict[str, tuple[str, str, str]] = {}  # name -> (title, description, html)

    def listing_item(a: RichArticle) -> str:
        date = f"{a.date:%d/%m/%Y}"
        summary = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        return container(ids, f'<p id="{ids("text")}" class="style5">{date}</p>'
                              f'<h3 id="{ids("text")}" class="style6">{esc(a.title)}</h3>'
                              f'<p id="{ids("text")}" class="style2">{esc(summary)}</p>'
                         + buttons(ids, [("Xem chi tiết", f"#{a.path[1:]}")], "style2"), "style3")

    home = (container(ids, f'<h2 id="{ids("text")}" class="style3">Tin nổi bật</h2>'
                           + "".join(f'<p id="{ids("text")}" class="style2"><a href="{a.path}">{esc(a.title)}</a></p>'
                                     for a in arts[:3] if a is not featured)
                           + f'<p id="{ids("text")}" class="style2"><a href="{featured.path}?fbclid={fbclid}">'
                             f'{esc(featured.title)}</a></p>'
                           + buttons(ids, [("Xem tất cả tin", "#tin-tuc")], "style2")))
    sections["home"] = (NAME, "Trang thông tin của Liên minh Hợp tác xã tỉnh Đồng Nai", home)
    about = container(ids, f'<h2 id="{ids("text")}" class="style3">Giới thiệu</h2><p id="{ids("text")}" class="style2">'
                           '<span class="p">Liên minh Hợp tác xã tỉnh Đồng Nai là tổ chức chính trị - xã hội, đại diện '
                           'và bảo vệ quyền lợi hợp pháp của các HTX, tổ hợp tác trên địa bàn tỉnh.</span><span class="p">'
                           'Liên minh HTX tỉnh tư vấn, hỗ trợ thành lập HTX, đào tạo cán bộ và xúc tiến thương mại cho '
                           'sản phẩm của HTX.</span></p>')
    sections["gioi-thieu"] = ("Giới thiệu - " + NAME, "Giới thiệu Liên minh Hợp tác xã tỉnh Đồng Nai", about)
    sections["tin-tuc"] = ("Tin tức - " + NAME, "Tin hoạt động của Liên minh HTX tỉnh Đồng Nai",
                           f'<h2 id="{ids("text")}" class="style3">Tin tức</h2>'
                           + "".join(listing_item(a) for a in first_news)
                           + buttons(ids, [("Tin cũ hơn →", "#tin-tuc-2")], "style3"))
    sections["tin-tuc-2"] = ("Tin tức (trang 2) - " + NAME, "Tin hoạt động của Liên minh HTX tỉnh Đồng Nai",
                             f'<h2 id="{ids("text")}" class="style3">Tin tức - Trang 2</h2>'
                             + "".join(listing_item(a) for a in older_news)
                             + buttons(ids, [("← Tin mới hơn", "#tin-tuc")], "style3"))
    sections["thong-bao"] = ("Thông báo - " + NAME, "Thông báo của Liên minh HTX tỉnh Đồng Nai",
                             f'<h2 id="{ids("text")}" class="style3">Thông báo</h2>'
                             + "".join(listing_item(a) for a in notices))
    contact = container(ids, f'<h2 id="{ids("text")}" class="style3">Liên hệ</h2>'
                             f'<form id="{ids("form")}" method="post" action="#" class="style1"><div class="inner">'
                             '<div class="field"><input type="text" name="name" placeholder="Họ và tên" maxlength="128">'
                             '</div><div class="field"><input type="email" name="email" placeholder="Email" '
                             'maxlength="128"></div><div class="field"><textarea name="message" placeholder="Nội dung '
                             'cần trao đổi" maxlength="16384"></textarea></div><div class="actions"><button type="submit">'
                             'Gửi liên hệ</button></div></div><input type="hidden" name="id" value="form01"></form>'
                             '<p class="form-success" style="display:none">Cảm ơn! Liên minh HTX tỉnh đã nhận được liên '
                             'hệ của bạn.</p>')
    sections["lien-he"] = ("Liên hệ - " + NAME, "Liên hệ Liên minh Hợp tác xã tỉnh Đồng Nai", contact)
    # articles in the order the editor added them (newest at the end, after the older ones)
    for a in reversed(arts):
        summary = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        sections[a.path[1:]] = (a.title, summary, article_components(a, ids, images))
    footer = container(ids, f'<p id="{ids("text")}" class="style10"><span class="p">{esc(ORG)}</span><span class="p">'
                            f'{esc(FOOT1)}</span><span class="p">{esc(FOOT2)}</span></p>'
                            f'<ul id="{ids("icons")}" class="style1 icons"><li><a class="n01" href="{{{{base:offsite}}}}'
                            f'/facebook/lienminhhtxdongnai" aria-label="Facebook"><svg><use xlink:href="#icon-facebook">'
                            f'</use></svg><span class="label">Facebook</span></a></li></ul>'
                            f'<p id="{ids("text")}" class="style11">{esc(COPY)}</p>', "style4")
    credit = (f'<a href="{{{{base:offsite}}}}/carrd/?ref=lienminhhtxdongnai" id="credits" class="credits">'
              '<span>Made with Carrd</span></a>')

    def document(active: str) -> str:
        title, desc, _ = sections[active]
        path = "/" if active == "home" else f"/{active}"
        secs = "\n".join(
            f'<section id="{name}-section"' + (' class="active"' if name == active else
                                               ' class="inactive" style="display: none;"') + f">{body}</section>"
            for name, (_, _, body) in sections.items())
        return f"""<!DOCTYPE HTML>
<html lang="vi">
<head>
<title>{esc(title)}</title>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover" />
<meta name="color-scheme" content="light only" />
<meta name="description" content="{attr(desc)}" />
<meta property="og:site_name" content="{attr(NAME)}" />
<meta property="og:title" content="{attr(title)}" />
<meta property="og:type" content="website" />
<meta property="og:description" content="{attr(desc)}" />
<meta property="og:image" content="{{{{base}}}}/assets/images/card.png?v={VER}" />
<meta property="og:url" content="{{{{base}}}}{path}" />
<meta property="twitter:card" content="summary_large_image" />
<link rel="canonical" href="{{{{base}}}}{path}" />
<link href="{{{{base:offsite}}}}/fonts/css2?display=swap&amp;family=Be+Vietnam+Pro:ital,wght@0,400;0,700" rel="stylesheet" type="text/css" />
<link rel="icon" type="image/png" href="assets/images/favicon.png?v={VER}" />
<style>html,body,div,span,h1,h2,h3,p,a,img,ul,li,form,section{{margin:0;padding:0;border:0;font-size:100%;font:inherit}}body{{line-height:1}}#main>.inner>section{{transition:opacity 0.5s ease}}#text01{{font-size:2.25em}}.p{{display:block}}.p:not(:first-child){{margin-top:1rem}}#credits{{font-size:0.75em;opacity:0.6}}</style>
<noscript><style>body{{overflow:auto !important}}body #main>.inner>*{{opacity:1.0 !important;transform:none !important}}</style></noscript>
</head>
<body class="is-loading">
<div id="wrapper">
<div id="main">
<div class="inner">
{header}
{secs}
{footer}
{credit}
</div>
</div>
</div>
<script>(function(){{var on=addEventListener,$=function(q){{return document.querySelector(q)}},$body=document.body,sections={{}};(function(){{var initialSection,initialScrollPoint,initialId,h=location.pathname.replace(/^\\//,'')||'home';sections=document.querySelectorAll('#main > .inner > section');}})();window.setTimeout(function(){{$body.classList.remove('is-loading');$body.classList.add('is-playing');}},100);}})();</script>
</body>
</html>
"""

    for name in sections:
        path = "/" if name == "home" else f"/{name}"
        site.page(path, document(name))
        if name == "home":
            site.same_page("/index.html", "/")
    for a in arts:
        site.add_article(a)
        if a is featured:
            a.aliases.append(f"{a.path}?fbclid={fbclid}")
        for x in a.attachments:
            site.binary(x["path"].split("?")[0], pdf(a.title, ["LIEN MINH HTX TINH DONG NAI", "THONG BAO SO 05/TB-LMHTX"]))
    site.non_articles += ["/", "/gioi-thieu", "/tin-tuc", "/tin-tuc-2", "/thong-bao", "/lien-he"]
    site.trap("every path (/, /tin-tuc, /<article>) answers the same Carrd document: all sections, the requested one "
              "'active', the others 'inactive' + display:none; the head's title, description and canonical follow the "
              "section: the home and the section pages are not articles", "/tin-tuc")
    site.trap("the listings /tin-tuc (5 newest) and /tin-tuc-2 (the staff's 'page 2', reached by the button 'Tin cũ "
              "hơn →' = '#tin-tuc-2') link their items by '#<section>' buttons 'Xem chi tiết', typed dates dd/mm/yyyy",
              "/tin-tuc-2")
    site.trap("the only <h1> is the site name (#text01, in the shared header above every section); titles are <h2> "
              "text components under a kicker", "/")
    site.trap("/lien-he: the Carrd form (Gửi liên hệ): not an article", "/lien-he")
    urls = "".join(f"<url><loc>{{{{base}}}}{'/' if n == 'home' else '/' + n}</loc></url>" for n in sections)
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              f'sitemap/0.9">{urls}</urlset>\n', content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("/sitemap.xml (Carrd writes one for path URLs; robots.txt names it): every section's path, no dates",
              "/sitemap.xml")
    for iid, src in images.items():
        site.binary(f"/assets/images/{iid}.png", image_for(src))
    for name in ("image01", "card", "favicon"):
        site.binary(f"/assets/images/{name}.png", image_for(name))
    return site
