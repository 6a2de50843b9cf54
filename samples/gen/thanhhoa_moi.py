"""Site `lmhtx-thanhhoa-moi` (registry family `generic`): the Thanh Hóa alliance's relaunched portal of 2025 (the
province was not merged), built with Mobirise, the offline Bootstrap site builder, written as a held-out test: no
family module, no selectors.

Why it is hard: every page is a hand-made Mobirise file with no slug (`page12.html`, `tin-tuc-15.html`), a stack of
Mobirise blocks `section[data-bs-version=5.1].<block> cid-<hash>` that all look alike: a Bootstrap navbar block, a
"header" block with `h1.mbr-section-title.mbr-fonts-style.display-2` and a subtitle, then the article cut into several
blocks by the editor (text block `div.mbr-text` / `p.mbr-text`, an image block with `p.mbr-description` caption, a
table block, another text block), followed by a "Tin khác" features block of `div.card-wrapper` cards (title, date,
excerpt, "Xem chi tiết"), the footer block, and Mobirise's credit section. Dates are typed by hand by the editor in
the subtitle or the text, in varied forms ("Thứ Bảy, 14/03/2026 - 09:15", "Đăng ngày 06-01-2026", "15.12.2025",
"Đăng lúc 14h30 ngày 25/11/2025", "Ngày 18 tháng 9 năm 2024", "Ảnh: Trọng Tùng | 20/2/2026") or not at all (only
"Ngày 12/3" in the text and the card on `tin-tuc.html`). One post's text is a single `div.mbr-text` whose paragraphs
are separated by `<br><br>`. The author is a closing right-aligned line, a "Tác giả: X" line above the text, the
photographer in the subtitle, or nobody.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

from .core import Article, SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf

SITE = "lmhtx-thanhhoa-moi"
NAME = "Liên minh Hợp tác xã tỉnh Thanh Hóa"
HTML = "text/html; charset=utf-8"
PDF_PATH = "/assets/files/CV-35-LMHTX-VP-dang-ky-hoi-cho-2026.pdf"

SLOGANS = ["Đoàn kết - Hợp tác - Đổi mới - Phát triển",
           "Chào mừng Đại hội đại biểu Liên minh HTX tỉnh Thanh Hóa lần thứ VII, nhiệm kỳ 2025 - 2030"]
FOOTER = ["Địa chỉ: Số 36 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
          "Điện thoại: 0237.3852.196 - Fax: 0237.3852.472",
          "Email: lienminhhtx@thanhhoa.gov.vn",
          "Chịu trách nhiệm chính: Ông Lê Văn Tư - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 11/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa cấp ngày 20/5/2025",
          "© Bản quyền thuộc Liên minh HTX tỉnh Thanh Hóa"]
LABELS = ["Tin khác", "Xem chi tiết", "Số lượt truy cập: 352.118", "Đang online: 9", "Liên kết hữu ích",
          "AI Website Generator", "Tải công văn (PDF)", "Về trang tin tức"]
BOILERPLATE = [*SLOGANS, *FOOTER, *LABELS]


def at(d: datetime, source: str = "date-element", with_time: bool = False, listing: bool = True) -> dict:
    ev = [source] + (["listing"] if listing else [])
    return dict(published=iso(d, with_time=with_time), published_source=source, evidence=ev)


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/page12.html",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ ba, nhiệm kỳ 2025 - 2030",
          date=datetime(2026, 3, 14, 9, 15),
          body="""
Sáng 13/3, Liên minh HTX tỉnh Thanh Hóa tổ chức Hội nghị Ban Chấp hành lần thứ ba, đánh giá kết quả quý I và bàn giải pháp thực hiện nhiệm vụ năm 2026.
Quý I/2026, toàn tỉnh thành lập mới 21 HTX, nâng tổng số lên 1.146 HTX; 86 HTX tham gia chuỗi liên kết sản xuất, tiêu thụ nông sản.
[img hoi-nghi-bch-th.png] Đồng chí Chủ tịch Liên minh HTX tỉnh phát biểu tại hội nghị
## Nhiệm vụ quý II
* Tổ chức Hội chợ sản phẩm HTX, OCOP tỉnh Thanh Hóa năm 2026;
* Hướng dẫn các HTX chuyển đổi theo Luật Hợp tác xã năm 2023;
* Giải ngân 25 tỷ đồng vốn Quỹ hỗ trợ phát triển HTX tỉnh.
Hội nghị cũng thống nhất kiện toàn Ủy ban Kiểm tra Liên minh HTX tỉnh.
""",
          byline="Lê Hà", author="Lê Hà", **at(datetime(2026, 3, 14, 9, 15), with_time=True),
          opts={"sub": "Thứ Bảy, 14/03/2026 - 09:15", "split": True},
          notes=["date typed in the header block's subtitle 'Thứ Bảy, 14/03/2026 - 09:15': 09:15; the text is cut "
                 "over three Mobirise blocks (content5, image3 with p.mbr-description caption, content5 with a heading "
                 "and a list); closing right-aligned 'Lê Hà': part of the text, the author"]),
        A(path="/page15.html",
          title="Công văn về việc đăng ký tham gia Hội chợ sản phẩm HTX, OCOP năm 2026",
          date=datetime(2026, 1, 6),
          body="""
LIÊN MINH HTX TỈNH THANH HÓA
Số: 35/LMHTX-VP
V/v đăng ký tham gia Hội chợ sản phẩm HTX, OCOP năm 2026
Thanh Hóa, ngày 05 tháng 01 năm 2026
Kính gửi: Các HTX, liên hiệp HTX trên địa bàn tỉnh.
Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm HTX, OCOP tỉnh Thanh Hóa năm 2026 từ ngày 10 đến 14/4/2026 tại Quảng trường Lam Sơn, quy mô 180 gian hàng.
Các đơn vị có nhu cầu tham gia gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 15/3/2026; HTX được miễn phí gian hàng tiêu chuẩn.
Nơi nhận: Như trên; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Nguyễn Thị Thu Hà
""",
          author=None, doc_number="35/LMHTX-VP",
          # a label naming no document ("Tải công văn (PDF)"): named by its file, as "Tải văn bản (PDF)" is
          attachments=[{"path": PDF_PATH, "text": PDF_PATH.rsplit("/", 1)[-1]}],
          **at(datetime(2026, 1, 6)), opts={"sub": "Đăng ngày 06-01-2026", "doc": True},
          notes=["official letter 'Số: 35/LMHTX-VP' in a text block: 'Đăng ngày 06-01-2026' in the subtitle (the "
                 "publication) and the place-date line 'Thanh Hóa, ngày 05 tháng 01 năm 2026' the day before; signer "
                 "last: text, not author (null); the PDF behind a Mobirise button 'Tải công văn (PDF)' after the text: "
                 "an attachment, not text; listed on van-ban.html"]),
        A(path="/page9.html",
          title="Ảnh: Mùa thu hoạch mía ở HTX Nông nghiệp Thọ Xuân",
          date=datetime(2026, 2, 20),
          lead="Những ngày cuối tháng 2, thành viên HTX Nông nghiệp Xuân Lập vào vụ thu hoạch mía nguyên liệu cung ứng "
               "cho nhà máy đường Lam Sơn.",
          body="""
[img mia-1.png] Thành viên HTX chặt mía trên cánh đồng lớn của HTX
[img mia-2.png] Máy thu hoạch mía của HTX làm việc trên cánh đồng
[img mia-3.png] Mía được bốc lên xe chở về nhà máy đường ngay trong ngày
[img mia-4.png] Cán bộ HTX kiểm tra chữ đường của mía trước khi giao
""",
          author="Trọng Tùng", **at(datetime(2026, 2, 20)), opts={"sub": "Ảnh: Trọng Tùng | 20/2/2026", "photo": True},
          notes=["photo story: a text block with the lead then four image3 blocks, each a captioned image (one line "
                 "each); the subtitle 'Ảnh: Trọng Tùng | 20/2/2026' gives the photographer (the author, not text) and "
                 "the date (midnight)"]),
        A(path="/tin-tuc-15.html",
          title="Ra mắt HTX Du lịch cộng đồng bản Năng Cát",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại bản Năng Cát (xã Trí Nang), Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Du lịch cộng đồng Năng Cát.
HTX có 27 thành viên là đồng bào Thái, cung cấp dịch vụ homestay nhà sàn, ẩm thực, dệt thổ cẩm và dẫn khách tham quan thác Trí Nang.
[img nang-cat.png] Thành viên HTX đón khách tại một nhà sàn homestay
Liên minh HTX tỉnh sẽ hỗ trợ HTX đào tạo kỹ năng phục vụ khách, quảng bá sản phẩm du lịch trên các kênh số.
""",
          byline="Bài và ảnh: Bảo Ngọc", author="Bảo Ngọc",
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          opts={},
          notes=["no date typed on the page (header block without subtitle): 'Ngày 12/3' (no year) in the text and "
                 "'12/3/2026' on its card in tin-tuc.html: midnight; byline 'Bài và ảnh: Bảo Ngọc' last: part of the "
                 "text, the author"]),
        A(path="/page7.html",
          title="HTX Dịch vụ nông nghiệp Quảng Phú liên kết trồng dưa lưới công nghệ cao",
          date=datetime(2025, 11, 25, 14, 30),
          body="""
HTX Dịch vụ nông nghiệp Quảng Phú (xã Quảng Phú) vừa đưa vào sử dụng 2,5 ha nhà màng trồng dưa lưới theo công nghệ tưới nhỏ giọt.
HTX ký hợp đồng tiêu thụ toàn bộ sản lượng với một chuỗi siêu thị ở Hà Nội, giá bán ổn định từ 35.000 đến 40.000 đồng/kg.
Mỗi năm HTX trồng ba vụ, năng suất bình quân đạt 30 tấn/ha/vụ, lợi nhuận cao gấp nhiều lần trồng lúa trên cùng diện tích.
Năm 2026, HTX dự kiến mở rộng thêm 1,5 ha nhà màng với sự hỗ trợ vốn của Quỹ hỗ trợ phát triển HTX tỉnh.
""",
          author=None, **at(datetime(2025, 11, 25, 14, 30), with_time=True),
          opts={"posted": "Đăng lúc 14h30 ngày 25/11/2025", "br": True},
          notes=["the date is a small p.mbr-text line 'Đăng lúc 14h30 ngày 25/11/2025' above the text: 14:30; the text is "
                 "ONE div.mbr-text with its four paragraphs separated by <br><br> (one line each); no author: null"]),
        A(path="/page18.html",
          title="Thanh Hóa có thêm 24 sản phẩm OCOP của HTX",
          date=datetime(2025, 12, 15),
          body="""
UBND tỉnh vừa công nhận 24 sản phẩm OCOP năm 2025 của các HTX, trong đó 5 sản phẩm đạt 4 sao.
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Nem chua Thanh Hóa | HTX Nem chua Hạc Thành | 4 sao |
| 2 | Chè lam Phủ Quảng | HTX Chè lam Vĩnh Lộc | 4 sao |
| 3 | Mắm tôm Hòa Lộc | HTX Chế biến hải sản Hòa Lộc | 4 sao |
| 4 | Gạo nếp cái hoa vàng | HTX Nông nghiệp Thiệu Hóa | 3 sao |
Liên minh HTX tỉnh sẽ hỗ trợ các chủ thể tham gia Hội chợ sản phẩm HTX, OCOP tỉnh năm 2026.
""",
          byline="Nguồn: Báo Thanh Hóa", author=None, **at(datetime(2025, 12, 15)),
          opts={"sub": "15.12.2025", "table": True},
          notes=["subtitle '15.12.2025' (dots): midnight; the products table is a Mobirise table block between two text "
                 "blocks (one line per row, cells between ' | '); 'Nguồn: Báo Thanh Hóa' last: part of the text, a "
                 "source, author null"]),
        A(path="/page4.html",
          title="Cổng thông tin Liên minh HTX tỉnh Thanh Hóa ra mắt giao diện mới",
          date=datetime(2025, 6, 2),
          body="""
Từ ngày 02/6/2025, Cổng thông tin điện tử của Liên minh HTX tỉnh Thanh Hóa chính thức vận hành giao diện mới, thân thiện với điện thoại di động.
Cổng có các chuyên mục Tin tức, Văn bản, Sản phẩm HTX và Thư viện ảnh; bạn đọc có thể tra cứu văn bản và đăng ký nhận tin qua email.
Các bài viết trên cổng cũ được chuyển dần sang giao diện mới trong tháng 6 và tháng 7/2025.
""",
          byline="Hoàng Thu", author="Hoàng Thu", **at(datetime(2025, 6, 2)),
          opts={"sub": "02/06/2025"},
          notes=["oldest post of the relaunched portal: only on tin-tuc-2.html; subtitle '02/06/2025' (midnight); "
                 "closing 'Hoàng Thu': part of the text, the author"]),
        A(path="/page5.html",
          title="HTX chè lam Phủ Quảng giữ nghề truyền thống",
          date=datetime(2024, 9, 18),
          body="""
HTX Chè lam Vĩnh Lộc (huyện Vĩnh Lộc) duy trì nghề làm chè lam Phủ Quảng với 32 hộ thành viên, sản lượng khoảng 40 tấn mỗi năm.
HTX đăng ký nhãn hiệu tập thể, thống nhất bao bì và tem truy xuất nguồn gốc, đưa sản phẩm vào các cửa hàng đặc sản ở Hà Nội.
[img che-lam.png] Thành viên HTX cắt chè lam thành từng miếng
Sản phẩm chè lam của HTX đã đạt OCOP 3 sao năm 2023.
""",
          author="Minh Đức", **at(datetime(2024, 9, 18)),
          opts={"sub": "Ngày 18 tháng 9 năm 2024", "author_top": "Tác giả: Minh Đức"},
          notes=["a 2024 post carried over from the old portal: subtitle 'Ngày 18 tháng 9 năm 2024' (midnight); 'Tác giả: "
                 "Minh Đức' is a line above the text block: the author, not text; only on tin-tuc-2.html"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def cid(key: str) -> str:
    h = hashlib.md5(key.encode()).hexdigest()
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    n = int(h, 16)
    out = "t"
    while len(out) < 10:
        n, r = divmod(n, len(chars))
        out += chars[r]
    return "cid-" + out


_counter = [0]


def section(block: str, inner: str, key: str, extra: str = "") -> str:
    _counter[0] += 1
    return (f'<section data-bs-version="5.1" class="{block} {cid(key)}"{extra} id="{block}-{_counter[0]:x}">'
            f'\n<div class="container">{inner}</div>\n</section>\n')


def text_block(paras: list[str], key: str, title: str | None = None) -> str:
    head = f'<h3 class="mbr-section-subtitle mbr-fonts-style mb-4 display-5"><strong>{esc(title)}</strong></h3>' \
        if title else ""
    return section("content5", f'<div class="row justify-content-center"><div class="col-md-12 col-lg-10">{head}'
                   + "".join(paras) + "</div></div>", key)


def p(html_text: str, style: str = "") -> str:
    st = f' style="{style}"' if style else ""
    return f'<p class="mbr-text mbr-fonts-style display-7"{st}>{html_text}</p>'


def image_block(src: str, caption: str, key: str) -> str:
    cap = (f'<p class="mbr-description mbr-fonts-style pt-2 align-center display-4">{esc(caption)}</p>'
           if caption else "")
    _counter[0] += 1
    return (f'<section data-bs-version="5.1" class="image3 {cid(key)}" id="image3-{_counter[0]:x}">\n'
            f'<figure class="mbr-figure container"><div class="image-block" style="width: 66%;">'
            f'<img src="assets/images/{src}" width="1400" alt="{attr(caption)}" title="">{cap}</div></figure>\n'
            f'</section>\n')


def table_block(rows: list[list[str]], key: str) -> str:
    head, *rest = rows
    return section("section-table", '<div class="table-wrapper"><div class="container-fluid"><div class="row search">'
                   '</div></div><div class="container-fluid scroll"><table class="table isSearch" cellspacing="0" '
                   'data-empty="No matching records found"><thead><tr class="table-heads">'
                   + " ".join(f'<th class="head-item mbr-fonts-style display-7">{esc(c)}</th>' for c in head)
                   + "</tr></thead> <tbody>" + "".join("<tr>" + " ".join(f'<td class="body-item mbr-fonts-style '
                                                                         f'display-7">{esc(c)}</td>' for c in r)
                                                      + "</tr> " for r in rest) + "</tbody></table></div></div>", key)


def navbar() -> str:
    items = [("index.html", "Trang chủ"), ("gioi-thieu.html", "Giới thiệu"), ("tin-tuc.html", "Tin tức"),
             ("van-ban.html", "Văn bản"), ("page20.html", "Thư viện ảnh"), ("lien-he.html", "Liên hệ")]
    lis = "".join(f'<li class="nav-item"><a class="nav-link link text-black text-primary display-4" href="{h}">{t}</a>'
                  f'</li>' for h, t in items)
    return (f'<section data-bs-version="5.1" class="menu menu1 {cid("menu")}" once="menu" id="menu1-0">\n'
            f'<nav class="navbar navbar-dropdown navbar-fixed-top navbar-expand-lg"><div class="container-fluid">'
            f'<div class="navbar-brand"><span class="navbar-logo"><a href="index.html"><img src="assets/images/'
            f'logo-lmhtx-thanhhoa-121x121.png" alt="" style="height: 3.8rem;"></a></span><span class="navbar-caption-wrap">'
            f'<a class="navbar-caption text-black text-primary display-7" href="index.html">LIÊN MINH HTX TỈNH THANH HÓA</a>'
            f'</span></div><button class="navbar-toggler" type="button" data-toggle="collapse" data-bs-toggle="collapse" '
            f'data-target="#navbarSupportedContent" data-bs-target="#navbarSupportedContent" aria-expanded="false" '
            f'aria-label="Toggle navigation"><div class="hamburger"><span></span><span></span><span></span><span></span>'
            f'</div></button><div class="collapse navbar-collapse" id="navbarSupportedContent"><ul class="navbar-nav '
            f'nav-dropdown" data-app-modern-menu="true">{lis}</ul></div></div></nav>\n</section>\n'
            + section("header14", f'<div class="row"><div class="col-12"><p class="mbr-text mbr-fonts-style display-4">'
                      f'<strong>{esc(SLOGANS[0])}</strong></p><p class="mbr-text mbr-fonts-style display-4">'
                      f'{esc(SLOGANS[1])}</p></div></div>', "slogans"))


def footer() -> str:
    left = "".join(f'<p class="mbr-text mbr-fonts-style display-4">{esc(x)}</p>' for x in [NAME, *FOOTER[:3]])
    right = "".join(f'<p class="mbr-text mbr-fonts-style display-4">{esc(x)}</p>' for x in FOOTER[3:5])
    links = (f'<h5 class="mbr-section-subtitle mbr-fonts-style display-5">{LABELS[4]}</h5><ul class="list mbr-fonts-style '
             f'display-4"><li class="item-wrap"><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX '
             f'Việt Nam</a></li><li class="item-wrap"><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng '
             f'thông tin điện tử Chính phủ</a></li></ul><p class="mbr-text mbr-fonts-style display-4">{LABELS[2]}</p>'
             f'<p class="mbr-text mbr-fonts-style display-4">{LABELS[3]}</p>')
    foot = section("footer3", f'<div class="row"><div class="col-12 col-md-5">{left}</div><div class="col-12 col-md-4">'
                   f'{right}</div><div class="col-12 col-md-3">{links}</div></div><div class="row"><div class="col-12">'
                   f'<p class="mbr-text mbr-fonts-style copyright display-4">{esc(FOOTER[5])}</p></div></div>', "footer",
                   ' once="footers"')
    credit = ('<section class="display-7" style="padding: 0;align-items: center;justify-content: center;flex-wrap: wrap;'
              '    align-content: center;display: flex;position: relative;height: 4rem;"><a href="{{base:offsite}}/" '
              'style="flex: 1 1;height: 4rem;position: absolute;width: 100%;z-index: 1;"><img alt="" style="height: 4rem;" '
              'src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></a><p style="margin: '
              f'0;text-align: center;" class="display-7">&#8204;</p><a style="z-index:1" href="{{{{base:offsite}}}}/">'
              f'{LABELS[5]}</a></section>')
    return foot + credit


def layout(title: str, sections: str, desc: str = "") -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
  <!-- Site made with Mobirise Website Builder v5.9.18, https://mobirise.com -->
  <meta charset="UTF-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Mobirise v5.9.18, mobirise.com">
  <meta name="twitter:card" content="summary_large_image"/>
  <meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
  <link rel="shortcut icon" href="assets/images/logo-lmhtx-thanhhoa-121x121.png" type="image/x-icon">
  <meta name="description" content="{attr(desc or NAME)}">
  <title>{esc(title)}</title>
  <link rel="stylesheet" href="assets/web/assets/mobirise-icons2/mobirise2.css">
  <link rel="stylesheet" href="assets/bootstrap/css/bootstrap.min.css">
  <link rel="stylesheet" href="assets/theme/css/style.css">
  <link rel="stylesheet" href="assets/mobirise/css/mbr-additional.css" type="text/css">
</head>
<body>
{navbar()}{sections}{footer()}
<script src="assets/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="assets/smoothscroll/smooth-scroll.js"></script>
<script src="assets/dropdown/js/navbar-dropdown.js"></script>
<script src="assets/theme/js/script.js"></script>
</body>
</html>
"""


def card_date(a: Article) -> str:
    return f"{a.date.day}/{a.date.month}/{a.date.year}"


def cards(items: list[Article], key: str, title: str | None = None) -> str:
    cs = "".join(
        f'<div class="item features-image col-12 col-md-6 col-lg-4"><div class="item-wrapper card-wrapper">'
        + (f'<div class="item-img"><img src="assets/images/{x.first_image()}" alt="" title=""></div>'
           if x.first_image() else "")
        + f'<div class="item-content card-box"><h4 class="card-title item-title mbr-fonts-style display-5">'
        f'<a href="{x.path.lstrip("/")}" class="text-primary">{esc(x.title)}</a></h4>'
        f'<p class="mbr-text mbr-fonts-style card-text mt-3 display-4"><em>{card_date(x)}</em></p>'
        f'<p class="mbr-text mbr-fonts-style mt-3 display-7">{esc(" ".join(inline_text(x.summary()).split()[:26]))}…'
        f'</p></div><div class="mbr-section-btn item-footer mt-2"><a href="{x.path.lstrip("/")}" class="btn btn-primary '
        f'item-btn display-7">{LABELS[1]}</a></div></div></div>' for x in items)
    head = (f'<div class="mbr-section-head"><h4 class="mbr-section-title mbr-fonts-style align-center mb-0 display-2">'
            f'<strong>{esc(title)}</strong></h4></div>' if title else "")
    return section("features3", head + f'<div class="row mt-4">{cs}</div>', key)


def header_block(title: str, sub: str | None, key: str) -> str:
    s = f'<p class="mbr-text mbr-fonts-style display-7"><em>{esc(sub)}</em></p>' if sub else ""
    return section("header16", f'<div class="row"><div class="content-wrap col-12 col-md-10"><h1 class="mbr-section-title '
                   f'mbr-fonts-style mbr-white mb-4 display-2"><strong>{esc(title)}</strong></h1>{s}</div></div>', key)


def article_sections(a: Article) -> str:
    o = a.opts
    k = a.path
    out = header_block(a.title, o.get("sub"), k + "h")
    top: list[str] = []
    if o.get("posted"):
        top.append(f'<p class="mbr-text mbr-fonts-style display-4"><em>{esc(o["posted"])}</em></p>')
    if o.get("author_top"):
        top.append(f'<p class="mbr-text mbr-fonts-style display-4"><strong>{esc(o["author_top"])}</strong></p>')
    byline = p(f"<strong>{esc(a.byline)}</strong>", "text-align: right;") if a.byline else ""
    if o.get("br"):
        inner = "<br><br>".join(inline_html(b.text) for b in a.blocks)
        return out + text_block(top + [f'<div class="mbr-text mbr-fonts-style display-7">{inner}</div>', byline], k + "t")
    if o.get("doc"):
        lines = [b.text for b in a.blocks]
        paras = [p(f"<strong>{esc(t)}</strong>", "text-align: center;") for t in lines[:4]]
        paras += [p(esc(t)) for t in lines[4:-2]]
        paras += [p(esc(lines[-2]))] + [p(f"<strong>{esc(lines[-1])}</strong>", "text-align: right;")]
        x = a.attachments[0]
        paras.append(f'<div class="mbr-section-btn mt-3"><a class="btn btn-primary display-4" href="{x["path"].lstrip("/")}"'
                     f' target="_blank"><span class="mobi-mbri mobi-mbri-download mbr-iconfont mbr-iconfont-btn"></span>'
                     f'{LABELS[6]}</a></div>')
        return out + text_block(top + paras, k + "t")
    # cut the text where the editor put image or table blocks
    chunk: list[str] = list(top)
    if a.lead:
        chunk.append(p(f"<strong>{inline_html(a.lead)}</strong>"))
    rows: list[list[str]] = []
    n = 0
    heading = None
    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            rows.append([c.strip() for c in b.text.strip("|").split("|")])
            continue
        if rows:
            if chunk:
                out += text_block(chunk, f"{k}t{n}", heading)
                chunk, heading, n = [], None, n + 1
            out += table_block(rows, f"{k}tb")
            rows = []
        if b.kind == "img":
            if chunk or heading:
                out += text_block(chunk, f"{k}t{n}", heading)
                chunk, heading, n = [], None, n + 1
            out += image_block(b.src, b.text, f"{k}i{b.src}")
        elif b.kind == "h":
            if chunk:
                out += text_block(chunk, f"{k}t{n}", heading)
                chunk, n = [], n + 1
            heading = b.text
        elif b.kind == "ul":
            chunk.append('<ul class="mbr-text mbr-fonts-style display-7">' + "".join(
                f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        else:
            chunk.append(p(inline_html(b.text)))
    if byline:
        chunk.append(byline)
    if chunk or heading:
        out += text_block(chunk, f"{k}t{n}", heading)
    return out


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thanh-hoa", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    _counter[0] = 0
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if not a.opts.get("doc")]
    docs = [a for a in arts if a.opts.get("doc")]
    for a in arts:
        others = [o for o in news if o is not a][:3]
        secs = (article_sections(a) + cards(others, a.path + "more", LABELS[0])
                + section("content5", f'<p class="mbr-text mbr-fonts-style display-4"><a href="tin-tuc.html">« '
                                      f'{LABELS[7]}</a></p>', a.path + "back"))
        site.page(a.path, layout(f"{a.title} - {NAME}", secs, inline_text(a.summary())), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Công văn số 35/LMHTX-VP", ["DANG KY THAM GIA HOI CHO SAN PHAM HTX, OCOP 2026",
                                                         "Lien minh HTX tinh Thanh Hoa"]))
    site.trap("every page is a stack of Mobirise blocks (section[data-bs-version] with hashed cid-… classes): navbar, a "
              "slogans block, the header block (h1.mbr-section-title), the article's blocks, a 'Tin khác' features3 "
              "block of div.card-wrapper cards (title, 'd/m/yyyy' date, excerpt, 'Xem chi tiết'), the footer3 block and "
              "the Mobirise credit section", "/page12.html")

    per = 5
    chunks = [news[i:i + per] for i in range(0, len(news), per)]
    for n, chunk in enumerate(chunks, 1):
        url = "/tin-tuc.html" if n == 1 else f"/tin-tuc-{n}.html"
        pager = ('<div class="mbr-section-btn align-center mt-4">' + "".join(
            f'<a class="btn {"btn-primary" if k == n else "btn-secondary"} display-4" '
            f'href="{"tin-tuc.html" if k == 1 else f"tin-tuc-{k}.html"}">{k}</a>' for k in range(1, len(chunks) + 1))
            + "</div>")
        secs = (header_block("Tin tức", None, f"list{n}h") + cards(chunk, f"list{n}")
                + section("content5", pager, f"pager{n}"))
        site.page(url, layout(f"Tin tức - {NAME}", secs), content_type=HTML)
        site.non_articles.append(url)
    site.trap("news list tin-tuc.html / tin-tuc-2.html: features3 card-wrapper cards (the only date of tin-tuc-15.html); "
              "the two oldest posts only on tin-tuc-2.html", "/tin-tuc-2.html")
    site.page("/van-ban.html", layout(f"Văn bản - {NAME}", header_block("Văn bản", None, "vbh") + cards(docs, "vb")),
              content_type=HTML)
    home = (section("header2", f'<div class="row justify-content-center"><div class="col-12 col-lg-10"><h1 class="'
                               f'mbr-section-title mbr-fonts-style mb-3 display-1"><strong>{NAME}</strong></h1><p class="'
                               f'mbr-text mbr-fonts-style display-7">Cổng thông tin điện tử</p><div class="mbr-section-btn'
                               f' mt-3"><a class="btn btn-primary display-4" href="tin-tuc.html">Xem tin tức</a></div>'
                               f'</div></div>', "hero")
            + cards(news[:3], "homenews", "Tin mới") + cards(docs, "homedocs", "Văn bản mới"))
    site.page("/", layout(NAME, home), content_type=HTML)
    site.same_page("/index.html", "/")
    about = ["Liên minh Hợp tác xã tỉnh Thanh Hóa là tổ chức chính trị - xã hội, đại diện và bảo vệ quyền, lợi ích hợp "
             "pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
             "Liên minh tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, đào tạo, hỗ trợ tiếp cận vốn, thị "
             "trường và chuyển đổi số; quản lý Quỹ hỗ trợ phát triển hợp tác xã tỉnh.",
             "Năm 2025, Liên minh ra mắt cổng thông tin điện tử mới để cung cấp tin tức, văn bản và thông tin sản phẩm "
             "của các hợp tác xã tới bạn đọc."]
    site.page("/gioi-thieu.html", layout(f"Giới thiệu - {NAME}", header_block("Giới thiệu", None, "abh")
                                         + text_block([p(esc(x)) for x in about], "abt")
                                         + image_block("tru-so-lmhtx-th.png", "Trụ sở Liên minh HTX tỉnh Thanh Hóa",
                                                       "abi")), content_type=HTML)
    site.trap("gioi-thieu.html: the same header block + text block + captioned image block as a post, no date: not an "
              "article; nor lien-he.html (a form block), page20.html (the photo gallery, captions) and van-ban.html",
              "/gioi-thieu.html")
    site.page("/lien-he.html", layout(f"Liên hệ - {NAME}", header_block("Liên hệ", None, "cth") + section(
        "form7", '<div class="row justify-content-center"><div class="col-lg-8 mx-auto mbr-form" data-form-type="formoid">'
                 '<form action="javascript:void(0)" method="POST" class="mbr-form form-with-styler"><input type="text" '
                 'name="name" placeholder="Họ tên" class="form-control"><input type="email" name="email" '
                 'placeholder="Email" class="form-control"><textarea name="textarea" class="form-control"></textarea>'
                 '<button type="submit" class="btn btn-primary display-7">Gửi</button></form></div></div>', "form")),
              content_type=HTML)
    gal = "".join(f'<div class="col-12 col-md-6 col-lg-3 item gallery-image"><div class="item-wrapper"><img class="w-100" '
                  f'src="assets/images/{b.src}" alt=""></div><h6 class="item-subtitle mbr-fonts-style mt-1 display-7">'
                  f'{esc(b.text)}</h6></div>' for a in arts for b in a.blocks if b.kind == "img" and b.text)
    site.page("/page20.html", layout(f"Thư viện ảnh - {NAME}", header_block("Thư viện ảnh", None, "galh")
                                     + section("gallery3", f'<div class="row mt-4">{gal}</div>', "gal")),
              content_type=HTML)
    site.non_articles += ["/", "/van-ban.html", "/gioi-thieu.html", "/lien-he.html", "/page20.html"]

    # Mobirise writes every asset beside the pages: relative assets/… paths
    wanted: set[str] = set()
    for page in site.html_pages.values():
        wanted |= set(re.findall(r'(?:src|href)="(assets/[^"]+)"', page))
    for ref in sorted(wanted):
        if ref.endswith(".png"):
            site.binary("/" + ref, image_for(ref))
        elif ref.endswith(".css"):
            site.static("/" + ref, "body{font-family:'Roboto',sans-serif}\n")
        elif ref.endswith(".js"):
            site.static("/" + ref, "/* mobirise */\n")
    site.static("/robots.txt", "User-agent: *\nAllow: /\n")
    return site
