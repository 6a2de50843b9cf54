"""Site `lienminh-dienbien` (registry family `generic`): the Điện Biên cooperative alliance's portal on **Piranha CMS
10 (ASP.NET Core, Razor Pages)** with a Bootstrap theme an agency made from the `piranha.razorweb` template; written as
a held-out test: no family module, no selectors.

Why it is hard: the news are Piranha *posts* of the archive page "Tin tức" at `/tin-tuc/<slug>` (no extension, no
trailing slash; Piranha's slug generator drops the letter đ, so "Điện Biên" becomes `ien-bien` in some slugs). The post
page has its title, category, tags and the day ("Đăng ngày 12/03/2026", no time) and the excerpt (`p.lead`: the first
line of the text) in a `header.post-header` ABOVE the `<main>`, and the text is a series of Piranha *blocks*, each
`div.block.<kind>-block > div.container` (html-block, image-block as a figure with its caption, columns-block with two
`div.col-md`, quote-block: a `blockquote` pull quote repeating a sentence of the text, NOT a line). No date metadata
and no canonical link (Piranha's meta tags write og:url only); `/sitemap.xml` carries `<lastmod>` (modifications, not
publications). Every post also answers at Piranha's internal route `/post?id=<guid>` (the home's slider links one so),
old slugs are Piranha aliases (301), and the slider links another with `?utm_…`. Notices are posts of a second archive
"Thông báo" whose template shows NO date: the archive list alone dates them ("Ngày đăng: 20/02/2026"). Archive lists
`/tin-tuc/page/N` (4 a page), `/tin-tuc/category/<cat>`, `/tin-tuc/tag/<tag>`, `/tin-tuc/2026/3` (month) show title,
day and excerpt; Piranha *pages* (Giới thiệu, Liên hệ, the photo gallery) use the same header and blocks without a
date; `/tim-kiem?q=` is a search page; `/manager/` (the editor login) is disallowed by robots.txt.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime

from .core import (
    TODAY_2026,
    Furniture,
    SiteBuild,
    access_bar,
    attr,
    counter,
    esc,
    image_for,
    inline_html,
    iso,
    links_box,
    news_list,
    pdf,
    poll,
    rating,
    share,
    weather,
    weekday,
)
from .richbody import RichArticle, table_html

SITE = "lienminh-dienbien"
NAME = "Liên minh Hợp tác xã tỉnh Điện Biên"
HTML = "text/html; charset=utf-8"
PER = 4

F = Furniture(
    org=NAME, short="Liên minh HTX tỉnh Điện Biên",
    today=f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}",
    slogans=["Nhiệt liệt chào mừng kỷ niệm 72 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2026)",
             "Hợp tác xã - Con đường phát triển bền vững của kinh tế hộ"],
    responsible="Chịu trách nhiệm nội dung: Ông Lò Văn Minh - Phó Chủ tịch Liên minh HTX tỉnh Điện Biên",
    licence="Giấy phép số 08/GP-STTTT ngày 14/5/2021 của Sở Thông tin và Truyền thông tỉnh Điện Biên",
    source_note="Ghi rõ nguồn \"Liên minh HTX tỉnh Điện Biên\" khi phát hành lại thông tin từ website này.",
    copyright="Copyright © 2021 Liên minh HTX tỉnh Điện Biên. Phát triển trên nền tảng Piranha CMS.",
    address="Địa chỉ: Tổ dân phố 9, phường Mường Thanh, tỉnh Điện Biên",
    phone="Điện thoại: 0215.3825.416", email="lienminhhtx@dienbien.gov.vn",
    counter=(57, 139, 284513), weather=("24°C", "Độ ẩm: 81%"))

LABELS = ["Chuyên mục", "Từ khóa", "Đăng ngày", "Tin liên quan", "Tệp đính kèm", "Bình luận", "Gửi bình luận",
          "Đăng nhập", "Văn bản mới", "Bản đồ hành chính"]
COMMENTS = [("Lường Văn Thắng", datetime(2026, 3, 12, 20, 41),
             "HTX chúng tôi ở Mường Ảng rất mong được Liên minh hỗ trợ tham gia hội chợ năm nay."),
            ("Cà Thị Duyên", datetime(2026, 3, 13, 7, 5),
             "Đề nghị Liên minh mở thêm lớp tập huấn kế toán cho HTX vùng cao.")]

CATS = {"hoat-dong": "Hoạt động Liên minh", "htx-dien-hinh": "HTX điển hình", "van-ban": "Văn bản - Kế hoạch"}


def guid(slug: str) -> str:
    return str(uuid.UUID(hashlib.md5(slug.encode()).hexdigest()))


def upload(slug: str, name: str) -> str:
    return f"/uploads/{guid(slug + name)}/{name}"


def shown(d: datetime) -> dict:
    return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[RichArticle]:
    A = RichArticle
    return [
        A(path="/tin-tuc/hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-5-khoa-v",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 5, khóa V",
          lead="Ngày 11/3, Liên minh HTX tỉnh Điện Biên tổ chức Hội nghị Ban Chấp hành lần thứ 5, khóa V, nhiệm kỳ 2021 - 2026, đánh giá kết quả năm 2025 và triển khai nhiệm vụ năm 2026.",
          body="""
Dự hội nghị có đồng chí Phó Chủ tịch UBND tỉnh, đại diện các sở, ngành và 35 ủy viên Ban Chấp hành Liên minh HTX tỉnh.
[img hoi-nghi-bch-lan-5.png] Quang cảnh Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 5
Năm 2025, toàn tỉnh thành lập mới 41 HTX, nâng tổng số HTX đang hoạt động lên 512 HTX với gần 9.800 thành viên; doanh thu bình quân của HTX đạt 1,9 tỷ đồng/năm.
> Năm 2025, toàn tỉnh thành lập mới 41 HTX, nâng tổng số HTX đang hoạt động lên 512 HTX.
## Nhiệm vụ năm 2026
Liên minh HTX tỉnh tập trung củng cố các HTX yếu kém sau sắp xếp đơn vị hành chính cấp xã, hỗ trợ HTX xây dựng sản phẩm OCOP và tham gia chuỗi liên kết chè, cà phê, gạo Điện Biên.
[img hoi-nghi-bch-phat-bieu.png] Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị
Hội nghị đã bầu bổ sung 2 ủy viên Ban Chấp hành Liên minh HTX tỉnh khóa V.
""", byline="Hoàng Thu", author="Hoàng Thu",
          opts={"cat": "hoat-dong", "tags": ["hoi-nghi"], "comments": True, "old": "hoi-nghi-bch-lan-5",
                "utm": True},
          notes=["post /tin-tuc/<slug>: title, category, tags, 'Đăng ngày 12/03/2026' (no time: midnight) and the "
                 "excerpt p.lead (the first line) in header.post-header above <main>; the text is Piranha blocks "
                 "(div.block.html-block / image-block figure with its caption / quote-block); the quote-block repeats a "
                 "sentence of the text (a pull quote: no line); 'Hoàng Thu' closes it (author); two dated comments "
                 "below (no text); the old slug /tin-tuc/hoi-nghi-bch-lan-5 (a Piranha alias, 301) and the slider's "
                 "?utm_source=… link are aliases"],
          **shown(datetime(2026, 3, 12, 9, 40))),
        A(path="/tin-tuc/ke-hoach-so-18-kh-lmhtx-to-chuc-cac-hoat-dong-ky-niem-ngay-htx-viet-nam-11-4-2026",
          title="Kế hoạch số 18/KH-LMHTX tổ chức các hoạt động kỷ niệm Ngày Hợp tác xã Việt Nam 11/4/2026",
          body="""
LIÊN MINH HTX TỈNH ĐIỆN BIÊN
Số: 18/KH-LMHTX
Điện Biên, ngày 05 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức các hoạt động kỷ niệm Ngày Hợp tác xã Việt Nam 11/4/2026
## I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng về vai trò của kinh tế tập thể, HTX; biểu dương các HTX, thành viên tiêu biểu trong phong trào phát triển kinh tế tập thể.
## II. NỘI DUNG HOẠT ĐỘNG
+ Tổ chức tọa đàm "HTX với chuyển đổi số" vào ngày 08/4/2026 tại Liên minh HTX tỉnh;
+ Trưng bày, giới thiệu sản phẩm OCOP của HTX tại Quảng trường 7/5 từ ngày 09 đến 11/4/2026;
+ Khen thưởng 10 HTX và 15 cá nhân tiêu biểu.
## III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh HTX tỉnh chủ trì, phối hợp với các ban chuyên môn triển khai kế hoạch này.
Nơi nhận:
* Thường trực Tỉnh ủy;
* UBND tỉnh;
* Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lò Văn Minh
""", author=None, doc_number="18/KH-LMHTX",
          opts={"cat": "van-ban", "tags": ["van-ban", "ngay-htx"]},
          notes=["plan 'Số: 18/KH-LMHTX', place-date line 'Điện Biên, ngày 05 tháng 3 năm 2026', posted 09/03/2026 "
                 "(the post's day, a document's date is not the publication); capital headings, an ordered list, "
                 "'Nơi nhận:' list and the signer (text, author null)"],
          **shown(datetime(2026, 3, 9, 14, 0))),
        A(path="/tin-tuc/trien-khai-chuong-trinh-ocop-tinh-ien-bien-nam-2026",
          title="Triển khai Chương trình OCOP tỉnh Điện Biên năm 2026",
          lead="Liên minh HTX tỉnh phối hợp với Văn phòng Điều phối nông thôn mới tỉnh triển khai Chương trình OCOP năm 2026 tới các HTX.",
          body="""
Năm 2026, tỉnh phấn đấu có thêm 30 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó ít nhất 18 sản phẩm của HTX.
Các HTX có sản phẩm tham gia đánh giá, phân hạng gửi hồ sơ về UBND xã trước ngày 30/6/2026.
Kế hoạch chi tiết được đính kèm dưới bài viết.
""", byline="Thanh Tâm", author="Thanh Tâm",
          attachments=[{"path": upload("ocop-2026", "KH-22-LMHTX-OCOP-2026.pdf"), "text": "KH-22-LMHTX-OCOP-2026.pdf"}],
          opts={"cat": "hoat-dong", "tags": ["ocop"], "file": "KH-22-LMHTX-OCOP-2026.pdf"},
          notes=["slug from Piranha's generator: 'Điện Biên' -> 'ien-bien' (the đ dropped); the plan's PDF in the "
                 "post's 'Tệp đính kèm' region after the blocks (/uploads/<guid>/KH-22-LMHTX-OCOP-2026.pdf, size: no "
                 "text): an attachment; 'Thanh Tâm' closes the text (author)"],
          **shown(datetime(2026, 3, 4, 10, 0))),
        A(path="/tin-tuc/ket-qua-phat-trien-htx-tinh-ien-bien-nam-2025",
          title="Kết quả phát triển HTX tỉnh Điện Biên năm 2025",
          body="""
Theo số liệu của Liên minh HTX tỉnh, đến hết năm 2025 toàn tỉnh có 512 HTX đang hoạt động.
| STT | Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| 1 | Nông, lâm nghiệp | 398 | 7.150 | 1.420 |
| 2 | Công nghiệp - Tiểu thủ công nghiệp | 37 | 610 | 2.380 |
| 3 | Thương mại - Dịch vụ | 52 | 1.260 | 3.150 |
| 4 | Vận tải | 19 | 580 | 4.020 |
| 5 | Quỹ tín dụng nhân dân | 6 | 190 | 5.600 |
Số HTX xếp loại tốt và khá chiếm 46%, tăng 5% so với năm 2024.
""", byline="Nguồn: Chi cục Thống kê tỉnh Điện Biên", author=None,
          opts={"cat": "hoat-dong", "tags": ["so-lieu"]},
          notes=["a data table in an html-block (one line per row); 'Nguồn: …' closes it: no author"],
          **shown(datetime(2026, 2, 26, 8, 0))),
        A(path="/tin-tuc/nam-giai-phap-ho-tro-htx-chuyen-doi-so-nam-2026",
          title="Năm giải pháp hỗ trợ HTX chuyển đổi số năm 2026",
          lead="Liên minh HTX tỉnh xác định năm giải pháp trọng tâm hỗ trợ HTX chuyển đổi số trong năm 2026.",
          body="""
* Tập huấn kỹ năng số cho 300 cán bộ quản lý HTX;
* Hỗ trợ 50 HTX sử dụng hóa đơn điện tử và phần mềm kế toán;
* Đưa 40 sản phẩm của HTX lên sàn thương mại điện tử;
* Gắn mã QR truy xuất nguồn gốc cho sản phẩm OCOP;
* Xây dựng 5 mô hình HTX số điểm ở các xã vùng cao.
Kinh phí thực hiện từ nguồn hỗ trợ phát triển kinh tế tập thể của tỉnh và nguồn xã hội hóa.
""", byline="Quàng Thị Hoa", author="Quàng Thị Hoa",
          opts={"cat": "hoat-dong", "tags": ["chuyen-doi-so"]},
          notes=["a five-item list in an html-block; 'Quàng Thị Hoa' closes it (author)"],
          **shown(datetime(2026, 2, 17, 15, 30))),
        A(path="/tin-tuc/htx-che-tua-chua-vao-vu-che-xuan",
          title="Ảnh: HTX chè Tủa Chùa vào vụ chè xuân",
          lead="Những ngày đầu tháng Hai, thành viên HTX chè Shan tuyết Sín Chải tất bật thu hái lứa chè xuân đầu tiên.",
          body="""
[img che-xuan-1.png] Thành viên HTX hái chè Shan tuyết cổ thụ trên độ cao 1.500 m
[img che-xuan-2.png] Chè tươi được sao thủ công ngay trong ngày
[img che-xuan-3.png] Sản phẩm chè Shan tuyết Tủa Chùa đạt OCOP 4 sao
""", byline="Ảnh: Lò Thanh", author="Lò Thanh",
          opts={"cat": "htx-dien-hinh", "tags": ["ocop", "anh"]},
          notes=["photo story: three image-blocks (figure with figcaption: the captions are lines); 'Ảnh: Lò Thanh' "
                 "-> author Lò Thanh"],
          **shown(datetime(2026, 2, 6, 7, 30))),
        A(path="/tin-tuc/htx-dich-vu-nong-nghiep-thanh-xuong-lam-giau-tu-gao-ien-bien",
          title="HTX Dịch vụ nông nghiệp Thanh Xương làm giàu từ gạo Điện Biên",
          lead="Từ 15 thành viên ban đầu, HTX Dịch vụ nông nghiệp Thanh Xương nay liên kết với hơn 400 hộ trồng lúa trên cánh đồng Mường Thanh.",
          body="""
Mỗi năm HTX tiêu thụ khoảng 2.000 tấn thóc cho thành viên, doanh thu đạt trên 25 tỷ đồng.
HTX đầu tư dây chuyền xay xát, đóng gói và đăng ký nhãn hiệu gạo Điện Biên cho sản phẩm của mình.
Lợi nhuận năm 2025 của HTX đạt 1,6 tỷ đồng; thu nhập bình quân của lao động 7 triệu đồng/tháng.
Ông Lò Văn Thiêm, Giám đốc HTX cho biết: "HTX sẽ mở rộng vùng nguyên liệu đạt chuẩn VietGAP lên 300 ha trong năm 2026".
> Mỗi năm HTX tiêu thụ khoảng 2.000 tấn thóc cho thành viên.
""", byline="Minh Hằng", author="Minh Hằng",
          opts={"cat": "htx-dien-hinh", "tags": ["ocop"], "columns": True},
          notes=["a columns-block (two div.col-md, one paragraph each: two lines in reading order) and a quote-block "
                 "repeating a sentence (no line); the slider links it by Piranha's internal route /post?id=<guid> "
                 "(an alias, no canonical link on the page)"],
          **shown(datetime(2026, 1, 20, 9, 0))),
        A(path="/tin-tuc/htx-nong-nghiep-muong-phang-phat-trien-du-lich-cong-dong",
          title="HTX Nông nghiệp Mường Phăng phát triển du lịch cộng đồng",
          body="""
HTX Nông nghiệp Mường Phăng (huyện Điện Biên) đón gần 6.000 lượt khách trong năm 2025, gắn trải nghiệm làm nông với tham quan di tích Sở Chỉ huy Chiến dịch Điện Biên Phủ.
HTX có 12 hộ thành viên làm homestay, doanh thu từ dịch vụ du lịch đạt 1,2 tỷ đồng.
""", byline="Nguồn: Báo Điện Biên Phủ", author=None,
          opts={"cat": "htx-dien-hinh", "tags": ["du-lich"]},
          notes=["2025 post of the old district ('huyện Điện Biên'), only on the archive's page 3 (/tin-tuc/page/3), "
                 "its category list and the month archive /tin-tuc/2025/11; 'Nguồn: …' is no author"],
          **shown(datetime(2025, 11, 18, 8, 0))),
        A(path="/thong-bao/thong-bao-chieu-sinh-lop-boi-duong-giam-doc-htx-nam-2026",
          title="Thông báo chiêu sinh lớp bồi dưỡng Giám đốc HTX năm 2026",
          body="""
Liên minh HTX tỉnh Điện Biên thông báo chiêu sinh lớp bồi dưỡng kiến thức quản lý cho Giám đốc, Kế toán HTX năm 2026.
Thời gian học: 5 ngày, dự kiến khai giảng trong tháng 4/2026 tại Hội trường Liên minh HTX tỉnh.
Học viên được hỗ trợ toàn bộ học phí, tài liệu và tiền ăn trong thời gian học.
HTX đăng ký danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 20/3/2026.
""", author=None,
          opts={"notice": True},
          notes=["a post of the 'Thông báo' archive, whose template shows no date (no metadata either): the archive "
                 "/thong-bao lists it with 'Ngày đăng: 20/02/2026' -> published from the listing, midnight; "
                 "sitemap.xml's <lastmod> 2026-02-23 is a modification"],
          date=datetime(2026, 2, 20), published=iso(datetime(2026, 2, 20), with_time=False),
          published_source="listing", evidence=["listing"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def figure(a: RichArticle, src: str, cap: str) -> str:
    return (f'<div class="block image-block"><div class="container"><figure class="figure">'
            f'<img class="img-fluid" src="{upload(a.path, src)}" alt="{attr(cap)}">'
            + (f'<figcaption class="figure-caption">{inline_html(cap)}</figcaption>' if cap else "")
            + '</figure></div></div>')


def blocks_html(a: RichArticle) -> str:
    out: list[str] = []
    buf: list[str] = []
    blocks = a.blocks
    columns = a.opts.get("columns")

    def flush() -> None:
        if buf:
            out.append('<div class="block html-block"><div class="container">' + "\n".join(buf) + "</div></div>")
            buf.clear()

    paras = [b for b in blocks if b.kind == "p"]
    for b in blocks:
        if columns and b.kind == "p" and b is paras[1]:
            flush()
            out.append('<div class="block columns-block"><div class="container"><div class="row">'
                       f'<div class="col-md"><div class="block html-block"><p>{inline_html(paras[1].text)}</p></div></div>'
                       f'<div class="col-md"><div class="block html-block"><p>{inline_html(paras[2].text)}</p></div></div>'
                       '</div></div></div>')
            continue
        if columns and b.kind == "p" and b is paras[2]:
            continue
        if b.kind == "img":
            flush()
            out.append(figure(a, b.src, b.text))
        elif b.kind == "quote":
            flush()
            out.append(f'<div class="block quote-block"><div class="container"><blockquote class="blockquote">'
                       f'<p>{esc(b.text)}</p></blockquote></div></div>')
        elif b.kind == "h":
            buf.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            t = b.kind
            buf.append(f"<{t}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{t}>")
        elif b.kind == "table":
            buf.append(table_html(b, "table table-bordered"))
        elif b.kind == "p":
            line = inline_html(b.text)
            if a.doc_number and (b.text.isupper() or b.text.startswith(("Số:", "KT.", "PHÓ", "Lò Văn"))):
                buf.append(f'<p style="text-align: center;"><strong>{line}</strong></p>')
            elif a.doc_number and "ngày" in b.text and b.text.startswith("Điện Biên,"):
                buf.append(f'<p style="text-align: right;"><em>{line}</em></p>')
            else:
                buf.append(f"<p>{line}</p>")
    if a.byline:
        buf.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    flush()
    return "\n".join(out)


class Portal:
    def __init__(self, posts: list[RichArticle]):
        self.posts = posts
        self.news = [p for p in posts if not p.opts.get("notice")]

    def menu(self) -> str:
        items = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Tin tức", "/tin-tuc"),
                 ("Hoạt động Liên minh", "/tin-tuc/category/hoat-dong"), ("HTX điển hình", "/tin-tuc/category/htx-dien-hinh"),
                 ("Văn bản - Kế hoạch", "/tin-tuc/category/van-ban"), ("Thông báo", "/thong-bao"),
                 ("Thư viện ảnh", "/thu-vien-anh"), ("Liên hệ", "/lien-he")]
        lis = "".join(f'<li class="nav-item"><a class="nav-link" href="{h}">{esc(t)}</a></li>' for t, h in items)
        return (f'<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">'
                f'<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbar">'
                f'<span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="navbar">'
                f'<ul class="navbar-nav mr-auto">{lis}</ul><form class="form-inline" action="/tim-kiem" method="get">'
                f'<input class="form-control" type="search" name="q" placeholder="Tìm kiếm..."></form></div></div></nav>')

    def sidebar(self) -> str:
        latest = news_list("Tin mới", [(p.path, p.title, f"{p.date:%d/%m/%Y}") for p in self.news[:5]],
                           "card latest-posts", "h5")
        top = news_list("Tin tiêu điểm", [(p.path, p.title, None) for p in self.news[1:4]], "card featured", "h5")
        docs = ('<div class="card docs"><h5>Văn bản mới</h5><ul>'
                '<li><a href="/tin-tuc/category/van-ban">Kế hoạch số 18/KH-LMHTX ngày 05/3/2026</a></li>'
                '<li><a href="/tin-tuc/category/van-ban">Quyết định số 312/QĐ-UBND ngày 28/02/2026 của UBND tỉnh</a></li>'
                '</ul></div>')
        return (f'<aside class="col-lg-4 sidebar">{latest}{top}{docs}{poll("h5")}{weather(F, "h5")}'
                f'{counter(F, "h5")}{links_box("h5")}<div class="card map"><h5>Bản đồ hành chính</h5>'
                f'<img class="img-fluid" src="/assets/img/ban-do-dien-bien.png" alt=""></div></aside>')

    def layout(self, title: str, path: str, main: str, *, og_type: str = "website", desc: str = "",
               image: str | None = None, sidebar: bool = True) -> str:
        og_img = f'<meta property="og:image" content="{{{{base}}}}{image}">' if image else ""
        side = self.sidebar() if sidebar else ""
        col = "col-lg-8" if sidebar else "col-12"
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Piranha CMS">
<title>{esc(title)} | {esc(F.short)}</title>
<meta name="description" content="{attr(desc)}">
<meta name="keywords" content="hợp tác xã, Điện Biên, OCOP, kinh tế tập thể">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(desc)}">
<meta property="og:url" content="{{{{base}}}}{attr(path)}">
{og_img}
<link rel="stylesheet" href="/assets/css/style.min.css?v=10.4.0">
<link rel="shortcut icon" href="/assets/img/favicon.png">
</head>
<body>
<div class="topbar"><div class="container"><span class="today">{esc(F.today)}</span>{access_bar()}
<a class="login" href="/manager/login">Đăng nhập</a></div></div>
<header class="site-header"><div class="container"><a href="/"><img src="/assets/img/logo-lmhtx.png" alt="{attr(NAME)}"></a>
<div class="site-name">LIÊN MINH HỢP TÁC XÃ TỈNH ĐIỆN BIÊN</div>
<div class="slogans"><marquee>{esc(F.slogans[0])} &nbsp;&nbsp;&nbsp; {esc(F.slogans[1])}</marquee></div></div></header>
{self.menu()}
<div class="container page-body"><div class="row"><div class="{col}">
{main}
</div>{side}</div></div>
<footer class="site-footer"><div class="container">
<p class="org"><strong>{esc(NAME.upper())}</strong></p>
<p>{esc(F.responsible)}</p><p>{esc(F.licence)}</p><p>{esc(F.address)} - {esc(F.phone)} - Email: {esc(F.email)}</p>
<p>{esc(F.source_note)}</p><p class="copyright">{esc(F.copyright)}</p>
</div></footer>
<script src="/assets/js/jquery.min.js"></script><script src="/assets/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""

    def archive_of(self, p: RichArticle) -> str:
        return "/thong-bao" if p.opts.get("notice") else "/tin-tuc"

    def post_page(self, p: RichArticle) -> str:
        o = p.opts
        arch = self.archive_of(p)
        meta = []
        if not o.get("notice"):
            meta.append(f'<span>Chuyên mục <a href="/tin-tuc/category/{o["cat"]}">{esc(CATS[o["cat"]])}</a></span>')
            meta.append("<span>Từ khóa " + ", ".join(f'<a href="/tin-tuc/tag/{t}">{t}</a>' for t in o["tags"])
                        + "</span>")
            meta.append(f'<span>Đăng ngày {p.date:%d/%m/%Y}</span>')
            if o.get("comments"):
                meta.append(f'<span><a href="#comments">{len(COMMENTS)} bình luận</a></span>')
        crumb = ("Thông báo" if o.get("notice") else "Tin tức")
        lead = f'<p class="lead">{inline_html(p.lead)}</p>' if p.lead else ""
        img = p.first_image()
        hero_style = f' style="background-image:url({upload(p.path, img)})"' if img else ""
        head = (f'<header class="post-header"{hero_style}><div class="dimmer"></div><div class="container text-center">'
                f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
                f'<li class="breadcrumb-item"><a href="{arch}">{crumb}</a></li></ol></nav>'
                f'<h1>{esc(p.title)}</h1><p class="post-meta">{"".join(meta)}</p>{lead}</div></header>')
        atts = ""
        if o.get("file"):
            x = p.attachments[0]
            atts = (f'<div class="post-attachments"><h4>Tệp đính kèm</h4><ul><li><a href="{x["path"]}" target="_blank">'
                    f'{esc(x["text"])}</a> <span class="size">(214 KB)</span></li></ul></div>')
        related = [q for q in self.news if q is not p and q.opts.get("cat") == o.get("cat")][:3]
        rel = news_list("Tin liên quan", [(q.path, q.title, f"{q.date:%d/%m/%Y}") for q in related], "related-posts", "h4") \
            if related else ""
        if p.path == self.news[0].path:
            rel = rel.replace("</ul></div>", '<li><a href="/tin-tuc/htx-muong-ang-khai-truong-cua-hang-nong-san">'
                              'HTX Mường Ảng khai trương cửa hàng nông sản</a></li></ul></div>')
        comments = ""
        if o.get("comments"):
            lis = "".join(f'<div class="comment"><p class="comment-meta"><strong>{esc(n)}</strong> - '
                          f'{d:%d/%m/%Y %H:%M}</p><p>{esc(t)}</p></div>' for n, d, t in COMMENTS)
            comments = (f'<section id="comments" class="comments"><h4>Bình luận ({len(COMMENTS)})</h4>{lis}'
                        f'<form method="post" action="/api/comment/post"><textarea name="Body"></textarea>'
                        f'<button type="submit" class="btn btn-primary">Gửi bình luận</button></form></section>')
        main = (f'<article class="post">{head}<main>{blocks_html(p)}</main>{atts}'
                f'{share(F)}{rating()}{rel}{comments}</article>')
        return self.layout(p.title, p.path, main, og_type="article", desc=p.summary(),
                           image=upload(p.path, img) if img else None)

    def teaser(self, p: RichArticle, dated: str = "{d}") -> str:
        img = p.first_image()
        pic = f'<a href="{p.path}"><img class="img-fluid" src="{upload(p.path, img)}" alt=""></a>' if img else ""
        return (f'<div class="post-item">{pic}<h3><a href="{p.path}">{esc(p.title)}</a></h3>'
                f'<p class="post-meta">{dated.format(d=f"{p.date:%d/%m/%Y}")}</p><p>{esc(p.summary())}</p></div>')

    def archive(self, title: str, path: str, items: list[RichArticle], pager: str = "",
                dated: str = "{d}") -> str:
        body = "".join(self.teaser(p, dated) for p in items) or "<p>Chưa có bài viết.</p>"
        main = (f'<header class="archive-header"><h1>{esc(title)}</h1></header><div class="archive">{body}</div>{pager}')
        return self.layout(title, path, main, desc=title)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dien-bien", NAME, "generic", F, start_urls=["{{base:%s}}/" % SITE])
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    portal = Portal(posts)
    news = portal.news
    site.extra_boilerplate += [*LABELS, *(t for _, _, t in COMMENTS), *(n for n, _, _ in COMMENTS),
                               "LIÊN MINH HỢP TÁC XÃ TỈNH ĐIỆN BIÊN", "Tin mới", "(214 KB)",
                               "Quyết định số 312/QĐ-UBND ngày 28/02/2026 của UBND tỉnh", "Kế hoạch số 18/KH-LMHTX ngày 05/3/2026"]

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    for p in posts:
        page(p.path, portal.post_page(p))
        site.same_page(f"/post?id={guid(p.path)}", p.path)
        for b in p.blocks:
            if b.kind == "img":
                site.binary(upload(p.path, b.src), image_for(b.src))
        for x in p.attachments:
            site.binary(x["path"], pdf(p.title, ["KE HOACH 22/KH-LMHTX", "Chuong trinh OCOP tinh Dien Bien 2026"]))
        site.add_article(p)
    first, thanh_xuong = news[0], next(p for p in news if p.opts.get("columns"))
    site.redirect("/tin-tuc/" + first.opts["old"], first.path, 301)
    first.aliases += ["/tin-tuc/" + first.opts["old"], first.path + "?utm_source=zalo&utm_medium=social&utm_campaign=bch5"]
    thanh_xuong.aliases.append(f"/post?id={guid(thanh_xuong.path)}")
    site.broken("/tin-tuc/htx-muong-ang-khai-truong-cua-hang-nong-san")

    # home: slider, news blocks, notices
    slides = [(first.aliases[1], first), (f"/post?id={guid(thanh_xuong.path)}", thanh_xuong), (news[2].path, news[2])]
    slider = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="{href}">'
        + (f'<img class="d-block w-100" src="{upload(p.path, p.first_image())}" alt="">' if p.first_image() else "")
        + f'<div class="carousel-caption"><h5>{esc(p.title)}</h5></div></a></div>'
        for i, (href, p) in enumerate(slides))
    notices = [p for p in posts if p.opts.get("notice")]
    home = (f'<div class="block slider-block"><div id="slider" class="carousel slide" data-ride="carousel">'
            f'<div class="carousel-inner">{slider}</div></div></div>'
            f'<div class="block postlist-block"><h2 class="block-title"><a href="/tin-tuc">Tin hoạt động</a></h2>'
            + "".join(portal.teaser(p) for p in news[:4])
            + f'<a class="more" href="/tin-tuc/page/2">Xem thêm</a></div>'
            f'<div class="block postlist-block"><h2 class="block-title"><a href="/thong-bao">Thông báo</a></h2><ul>'
            + "".join(f'<li><a href="{p.path}">{esc(p.title)}</a></li>' for p in notices) + "</ul></div>")
    page("/", portal.layout("Trang chủ", "/", home, desc=NAME))
    site.non_articles.append("/")

    # archive, paged
    chunks = [news[i:i + PER] for i in range(0, len(news), PER)]
    urls = ["/tin-tuc"] + [f"/tin-tuc/page/{n}" for n in range(2, len(chunks) + 1)]
    for n, chunk in enumerate(chunks):
        pager = ('<nav class="pagination-nav"><ul class="pagination">'
                 + (f'<li class="page-item"><a class="page-link" href="{urls[n - 1]}">Trang trước</a></li>' if n else "")
                 + "".join(f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="{u}">{k + 1}</a></li>'
                           for k, u in enumerate(urls))
                 + (f'<li class="page-item"><a class="page-link" href="{urls[n + 1]}">Trang sau</a></li>'
                    if n + 1 < len(urls) else "")
                 + "</ul></nav>")
        page(urls[n], portal.archive("Tin tức", urls[n], chunk, pager))
        site.non_articles.append(urls[n])
    site.redirect("/tin-tuc/page/1", "/tin-tuc", 302)
    for cat, label in CATS.items():
        path = f"/tin-tuc/category/{cat}"
        page(path, portal.archive(label, path, [p for p in news if p.opts["cat"] == cat]))
        site.non_articles.append(path)
    tags = sorted({t for p in news for t in p.opts["tags"]})
    for t in tags:
        path = f"/tin-tuc/tag/{t}"
        page(path, portal.archive(f"Từ khóa: {t}", path, [p for p in news if t in p.opts["tags"]]))
        site.non_articles.append(path)
    months = sorted({(p.date.year, p.date.month) for p in news}, reverse=True)
    for y, m in months:
        path = f"/tin-tuc/{y}/{m}"
        page(path, portal.archive(f"Tin tức tháng {m}/{y}", path,
                                  [p for p in news if (p.date.year, p.date.month) == (y, m)]))
        site.non_articles.append(path)
    arch_menu = ('<div class="archive-months"><h4>Lưu trữ</h4><ul>'
                 + "".join(f'<li><a href="/tin-tuc/{y}/{m}">Tháng {m}/{y}</a></li>' for y, m in months) + "</ul></div>")
    # the archive months box sits on the first archive page
    site.files[next(r["file"] for r in site.routes if r.get("path") == "/tin-tuc")] = \
        site.html_pages["/tin-tuc"].replace('<div class="archive">', arch_menu + '<div class="archive">').encode()
    site.html_pages["/tin-tuc"] = site.files[next(r["file"] for r in site.routes if r.get("path") == "/tin-tuc")].decode()
    page("/thong-bao", portal.archive("Thông báo", "/thong-bao", notices, dated="Ngày đăng: {d}"))
    site.non_articles.append("/thong-bao")
    site.trap("archive lists /tin-tuc, /tin-tuc/page/N (4 a page), /tin-tuc/category/<cat>, /tin-tuc/tag/<tag>, the "
              "month archives /tin-tuc/2026/3 (the post URL shape /tin-tuc/<x>/<y>) and /thong-bao: title, day, excerpt",
              "/tin-tuc/page/2")

    # Piranha pages: same header and blocks, no date
    def cms_page(path: str, title: str, blocks: str) -> None:
        main = (f'<article class="page"><header class="page-header"><div class="container text-center">'
                f'<h1>{esc(title)}</h1></div></header><main>{blocks}</main></article>')
        page(path, portal.layout(title, path, main, desc=title))
        site.non_articles.append(path)

    cms_page("/gioi-thieu", "Giới thiệu Liên minh HTX tỉnh Điện Biên",
             '<div class="block html-block"><div class="container"><p>Liên minh Hợp tác xã tỉnh Điện Biên được thành lập '
             'năm 2004, là tổ chức kinh tế - xã hội đại diện cho các HTX, liên hiệp HTX, tổ hợp tác trên địa bàn tỉnh.</p>'
             '<h3>Chức năng, nhiệm vụ</h3><ul><li>Đại diện, bảo vệ quyền và lợi ích hợp pháp của thành viên;</li>'
             '<li>Tư vấn, hỗ trợ, cung cấp dịch vụ cho HTX;</li><li>Tuyên truyền phát triển kinh tế tập thể.</li></ul>'
             '</div></div><div class="block quote-block"><div class="container"><blockquote class="blockquote">'
             '<p>Đồng hành cùng HTX phát triển bền vững.</p></blockquote></div></div>')
    cms_page("/lien-he", "Liên hệ",
             f'<div class="block html-block"><div class="container"><p>{esc(F.address)}</p><p>{esc(F.phone)}</p>'
             f'<form method="post" action="/lien-he"><input name="name" placeholder="Họ và tên"><textarea name="message">'
             '</textarea><button type="submit">Gửi liên hệ</button></form></div></div>')
    gal = "".join(f'<div class="carousel-item"><img class="d-block w-100" src="{upload(p.path, p.first_image())}" alt=""></div>'
                  for p in news if p.first_image())
    cms_page("/thu-vien-anh", "Thư viện ảnh",
             f'<div class="block gallery-block"><div class="container"><div id="gallery" class="carousel slide">'
             f'<div class="carousel-inner">{gal}</div></div></div></div>'
             '<div class="block html-block"><div class="container"><p>Hình ảnh hoạt động của Liên minh HTX tỉnh và các HTX '
             'năm 2026.</p></div></div>')
    hits = [p for p in posts if "OCOP" in p.title + p.body + (p.lead or "")]
    search = "/tim-kiem?q=ocop"
    main = (f'<header class="archive-header"><h1>Kết quả tìm kiếm</h1><p>Tìm thấy {len(hits)} kết quả cho "ocop"</p>'
            f'</header><div class="search-results">' + "".join(portal.teaser(p) for p in hits) + "</div>")
    page(search, portal.layout("Tìm kiếm", search, main, desc="Tìm kiếm"))
    site.same_page("/tim-kiem", search)
    site.non_articles.append(search)
    site.trap("Piranha pages /gioi-thieu (h1 in header.page-header, html and quote blocks), /lien-he (a form), "
              "/thu-vien-anh (a gallery-block): the post's markup without a date: no articles; /tim-kiem?q=ocop lists hits",
              "/gioi-thieu")
    # the notices box on the home links the notice; the search form and home link the rest

    # sitemap: lastmod is the modification
    mods = {p.path: (p.date.replace(hour=0) if not p.opts.get("notice") else datetime(2026, 2, 23, 16, 12)) for p in posts}
    mods[first.path] = datetime(2026, 3, 14, 10, 2)
    urls_xml = "".join(f"<url><loc>{{{{base}}}}{p.path}</loc><lastmod>{mods[p.path]:%Y-%m-%dT%H:%M:%S}+07:00</lastmod></url>"
                       for p in posts)
    site.static("/sitemap.xml", '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
                f'sitemap/0.9"><url><loc>{{{{base}}}}/</loc></url>{urls_xml}</urlset>\n')
    site.page("/manager/login", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Piranha CMS Manager</title></head>"
              "<body><form method='post'><input name='username'><input type='password' name='password'></form></body></html>",
              content_type=HTML)
    site.never_fetched.append("/manager/login")
    site.binary("/assets/img/favicon.png", image_for("favicon"))
    site.static("/robots.txt", "User-agent: *\nDisallow: /manager/\nDisallow: /api/\n"
                "Sitemap: {{base}}/sitemap.xml\n")
    site.trap("every post also answers at Piranha's internal route /post?id=<guid> (the slider links one so; no "
              "canonical link, og:url only); an old slug 301s to the post (Piranha alias) and the slider links the first "
              "with ?utm_…: aliases; 'Tin liên quan' links a deleted post (404); /sitemap.xml <lastmod> are modifications; "
              "robots.txt disallows /manager/ (the 'Đăng nhập' link): never fetched", first.path)
    return site
