"""Site `bantin-dongthap` (registry family `generic`): the Bản tin Kinh tế hợp tác tỉnh Đồng Tháp, the news bulletin of
the cooperative alliance of the merged Đồng Tháp province (Tiền Giang joined it on 1 July 2025), on **Pimcore 11**
(PHP/Symfony digital experience platform, news objects rendered by a Twig template with area bricks), written as a
held-out test: no family module, no selectors.

Why it is hard: a news item lives at `/vi/tin-tuc/<slug>~n<id>` (Pimcore's news route), its title in an `<h1>` inside
`div.news-detail-header` together with chips (category, "12.03.2026" day-only date) and the lead; the text is a
sequence of area bricks (`div.pimcore_area_wysiwyg`, `div.pimcore_area_image` with a figcaption,
`div.pimcore_area_blockquote` with the quote and its attribution, `div.pimcore_area_download`); JSON-LD NewsArticle
carries the time in `datePublished` and a WRONG `dateModified` (the migration day 01/07/2025, before some items'
publication). The author is in `div.news-detail-author` ("Bài: X", not text), in a closing byline, or nowhere. A
"Thông báo" item uses the announcement template: no date chip, no JSON-LD; its text says "Ngày 12/3, …" and only
the `/vi/tin-tuc` listing gives 12.03.2026. Around: a cookie consent, a newsletter form, "Tin liên quan" cards with
their dates, the bulletin issues page (`/vi/ban-tin-in`, issue dates), category filters `?category=N`, pages
`?page=2`, and a static page with the same bricks.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from .core import Article, SiteBuild, attr, esc, image_for, inline_html, iso, pdf

SITE = "bantin-dongthap"
NAME = "Bản tin Kinh tế hợp tác tỉnh Đồng Tháp"
HTML = "text/html; charset=utf-8"
NEWS = "/vi/tin-tuc"
PER = 5
PDF_PATH = "/var/assets/van-ban/qd-45-qd-lmhtx-2025.pdf"
CATS = {11: "Tin hoạt động", 12: "HTX - Tổ hợp tác", 13: "Văn bản", 14: "Phỏng vấn", 15: "Thông báo"}
MIGRATED = datetime(2025, 7, 1)

COOKIE = ["Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang Bản tin.",
          "Chấp nhận tất cả", "Chỉ cookie cần thiết", "Cài đặt cookie"]
NEWSLETTER = ["Nhận Bản tin qua email", "Đăng ký để nhận Bản tin Kinh tế hợp tác mỗi tháng và các thông báo mới của Liên minh HTX tỉnh.",
              "Tôi đồng ý với chính sách bảo mật"]
FOOTER = ["Bản tin Kinh tế hợp tác - Liên minh Hợp tác xã tỉnh Đồng Tháp",
          "Trụ sở: Số 35 Ấp Bắc, phường Mỹ Tho, tỉnh Đồng Tháp",
          "Văn phòng đại diện: Số 12 Lý Thường Kiệt, phường Cao Lãnh, tỉnh Đồng Tháp",
          "Điện thoại: 0273.3872.155 - Email: bantin@lmhtxdongthap.vn",
          "Giấy phép xuất bản bản tin số 21/GP-STTTT do Sở Văn hóa, Thể thao và Du lịch cấp",
          "© 2026 Liên minh HTX tỉnh Đồng Tháp. Nền tảng Pimcore."]
LABELS = ["Tin liên quan", "Chia sẻ bài viết", "Quay lại danh sách", "Đường dây nóng hỗ trợ HTX: 0273.3872.155",
          "Trang chủ"]
BOILERPLATE = [*COOKIE, *NEWSLETTER, *FOOTER, *LABELS]


def dated(d: datetime) -> dict:
    # JSON-LD datePublished carries the time; the chip the day; the listing the day
    return dict(published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=NEWS + "/thong-bao-tiep-nhan-ho-so-vay-von-quy-ho-tro-phat-trien-htx~n412",
          title="Thông báo tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 1",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, Quỹ hỗ trợ phát triển HTX tỉnh Đồng Tháp thông báo bắt đầu tiếp nhận hồ sơ vay vốn đợt 1 của các HTX, tổ hợp tác trên địa bàn tỉnh.
Tổng nguồn vốn cho vay đợt này là 35 tỷ đồng, mức vay tối đa 2 tỷ đồng/HTX, lãi suất 4,8%/năm, thời hạn vay đến 5 năm.
* Hồ sơ nộp tại trụ sở Liên minh HTX tỉnh ở phường Mỹ Tho hoặc Văn phòng đại diện ở phường Cao Lãnh;
* Thời hạn nhận hồ sơ đến hết ngày 30/4;
* HTX cần hỗ trợ lập phương án vay vốn liên hệ Phòng Tư vấn - Hỗ trợ.
""",
          author=None, published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing",
          evidence=["listing"],
          opts={"id": 412, "cat": 15, "notice": True},
          notes=["'Thông báo' template: no date chip, no JSON-LD, no author; the text begins 'Ngày 12/3, …' (no year) "
                 "and the /vi/tin-tuc listing card shows 12.03.2026 -> published 2026-03-12 from the listing"]),
        A(path=NEWS + "/giam-doc-htx-xoai-my-xuong-lien-ket-la-con-duong-ben-vung~n405",
          title="Giám đốc HTX xoài Mỹ Xương: Liên kết là con đường bền vững",
          date=datetime(2026, 2, 27, 9, 15),
          lead="Từ 15 thành viên ban đầu, HTX Xoài Mỹ Xương nay có 96 thành viên, xoài của HTX đã có mặt ở Hàn Quốc, Nhật "
               "Bản và Úc. Bản tin trò chuyện với ông Phạm Văn Thành, Giám đốc HTX.",
          body="""
**Hỏi: Thưa ông, điều gì giúp HTX giữ được thị trường xuất khẩu khó tính?**
Ông Phạm Văn Thành: Chúng tôi sản xuất theo một quy trình chung, ghi nhật ký đồng ruộng và có mã số vùng trồng cho toàn bộ 210 ha. Doanh nghiệp kiểm tra được từng lô hàng nên tin tưởng HTX.
**Hỏi: Sau hợp nhất tỉnh, HTX có kế hoạch gì mới?**
Ông Phạm Văn Thành: HTX đang bàn với HTX trái cây ở vùng Cái Bè để cùng xây dựng kho lạnh, chia sẻ chi phí logistics và giao hàng quanh năm.
Liên kết không chỉ là ký hợp đồng với doanh nghiệp mà còn là các HTX trong tỉnh nắm tay nhau.
Ông Phạm Văn Thành, Giám đốc HTX Xoài Mỹ Xương
**Hỏi: Xin cảm ơn ông!**
""",
          author="Kim Ngân", **dated(datetime(2026, 2, 27, 9, 15)),
          opts={"id": 405, "cat": 14, "by": "Kim Ngân",
                "quote": "Liên kết không chỉ là ký hợp đồng với doanh nghiệp mà còn là các HTX trong tỉnh nắm tay nhau."},
          notes=["interview: bold 'Hỏi: …' questions and 'Ông Phạm Văn Thành: …' answers in wysiwyg bricks, a "
                 "blockquote brick (quote + attribution, two lines); author only in div.news-detail-author 'Bài: Kim Ngân' "
                 "(not text); JSON-LD datePublished 2026-02-27T09:15:00+07:00, dateModified 2025-07-01 (wrong, before "
                 "publication); the chip says 27.02.2026"]),
        A(path=NEWS + "/san-pham-ocop-dong-thap-len-ke-sieu-thi-tp-ho-chi-minh~n398",
          title="Sản phẩm OCOP của HTX Đồng Tháp lên kệ siêu thị tại TP. Hồ Chí Minh",
          date=datetime(2026, 1, 16, 14, 30),
          lead="22 sản phẩm OCOP của 14 HTX trong tỉnh vừa được đưa vào hệ thống siêu thị tại TP. Hồ Chí Minh sau hội nghị "
               "kết nối cung cầu do Liên minh HTX tỉnh tổ chức.",
          body="""
Các sản phẩm gồm sen sấy, bột sen, hủ tiếu Sa Đéc, khô cá lóc, nem Lai Vung, mắm và trái cây sấy của các HTX vùng Tiền Giang cũ.
[img ocop-sieu-thi.png] Sản phẩm OCOP của HTX trưng bày tại quầy hàng đặc sản
Để được lên kệ, các HTX đã được hỗ trợ hoàn thiện bao bì, tem truy xuất nguồn gốc và hồ sơ công bố chất lượng.
Liên minh HTX tỉnh cho biết sẽ tiếp tục đàm phán đưa thêm 30 sản phẩm vào hệ thống phân phối trong quý II/2026.
""",
          byline="Thanh Tâm", author="Thanh Tâm", **dated(datetime(2026, 1, 16, 14, 30)),
          opts={"id": 398, "cat": 11},
          notes=["closing byline 'Thanh Tâm' in the last wysiwyg brick (text, author); 'Tin liên quan' cards after the "
                 "bricks carry other items' dates"]),
        A(path=NEWS + "/hoi-nghi-tong-ket-10-nam-thuc-hien-chuong-trinh-ocop~n387",
          title="Hội nghị tổng kết 10 năm HTX tham gia Chương trình OCOP",
          date=datetime(2025, 11, 24, 16, 0),
          lead="Sáng 21/11, Liên minh HTX tỉnh tổ chức hội nghị tổng kết 10 năm HTX tham gia Chương trình OCOP với 180 đại "
               "biểu.",
          body="""
Toàn tỉnh hiện có 412 sản phẩm OCOP, trong đó 187 sản phẩm của HTX, chiếm 45%. Nhiều HTX đã có sản phẩm 4 sao như HTX Sen Tháp Mười, HTX Thanh long Chợ Gạo.
[img tong-ket-ocop.png] Quang cảnh hội nghị tổng kết
## Mục tiêu đến năm 2030
Mỗi xã có ít nhất một HTX có sản phẩm OCOP từ 3 sao trở lên; 30% sản phẩm OCOP của HTX được bán qua sàn thương mại điện tử.
""",
          author="Hoàng Phúc", **dated(datetime(2025, 11, 24, 16, 0)),
          opts={"id": 387, "cat": 11, "by": "Hoàng Phúc"},
          notes=["the conference was 'Sáng 21/11'; the chip and JSON-LD say 24/11/2025 16:00; author in "
                 "div.news-detail-author"]),
        A(path=NEWS + "/quyet-dinh-thanh-lap-ban-bien-tap-ban-tin-kinh-te-hop-tac~n371",
          title="Quyết định thành lập Ban Biên tập Bản tin Kinh tế hợp tác tỉnh Đồng Tháp",
          date=datetime(2025, 9, 10, 10, 0),
          body="""
LIÊN MINH HTX TỈNH ĐỒNG THÁP
Số: 45/QĐ-LMHTX
Đồng Tháp, ngày 05 tháng 9 năm 2025
QUYẾT ĐỊNH
Về việc thành lập Ban Biên tập Bản tin Kinh tế hợp tác tỉnh Đồng Tháp
Căn cứ Giấy phép xuất bản bản tin số 21/GP-STTTT ngày 05/9/2025 của Sở Văn hóa, Thể thao và Du lịch;
Điều 1. Thành lập Ban Biên tập Bản tin Kinh tế hợp tác tỉnh Đồng Tháp gồm 7 thành viên (danh sách kèm theo).
Điều 2. Ban Biên tập có nhiệm vụ tổ chức nội dung, biên tập và phát hành Bản tin hằng tháng và trên trang điện tử.
Điều 3. Chánh Văn phòng và các thành viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
CHỦ TỊCH
Nguyễn Thị Kim Phượng
""",
          author=None, doc_number="45/QĐ-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "Quyết định số 45/QĐ-LMHTX (PDF, 212 KB)"}],
          **dated(datetime(2025, 9, 10, 10, 0)),
          opts={"id": 371, "cat": 13},
          notes=["official decision 'Số: 45/QĐ-LMHTX', place-date line 'Đồng Tháp, ngày 05 tháng 9 năm 2025' citing a "
                 "licence of 05/9/2025; the chip and JSON-LD say 10/09/2025 10:00; the signer is no author: null; the PDF "
                 "in a pimcore_area_download brick (an attachment, not text)"]),
        A(path=NEWS + "/lien-minh-htx-tinh-dong-thap-moi-di-vao-hoat-dong~n352",
          title="Liên minh HTX tỉnh Đồng Tháp mới chính thức đi vào hoạt động",
          date=datetime(2025, 7, 15, 8, 45),
          lead="Từ ngày 1/7/2025, Liên minh HTX tỉnh Đồng Tháp được tổ chức lại trên cơ sở hợp nhất Liên minh HTX hai tỉnh "
               "Đồng Tháp và Tiền Giang, trụ sở tại phường Mỹ Tho.",
          body="""
Liên minh HTX tỉnh mới có 6 phòng, ban chuyên môn và Văn phòng đại diện tại phường Cao Lãnh để phục vụ các HTX khu vực phía Bắc tỉnh.
Toàn tỉnh có 862 HTX với hơn 71.000 thành viên, nhiều nhất là HTX nông nghiệp trồng lúa, cây ăn trái và nuôi thủy sản.
""",
          byline="Thanh Tâm", author="Thanh Tâm", **dated(datetime(2025, 7, 15, 8, 45)),
          opts={"id": 352, "cat": 11},
          notes=["the merger's date 1/7/2025 opens the text and equals the wrong JSON-LD dateModified; the item is of "
                 "15/07/2025 08:45; closing byline (text, author)"]),
        A(path=NEWS + "/htx-hoa-kieng-sa-dec-vao-vu-tet~n318",
          title="HTX hoa kiểng Sa Đéc chuẩn bị vụ hoa Tết",
          date=datetime(2025, 5, 20, 15, 10),
          lead="HTX Hoa kiểng Tân Quy Đông (thành phố Sa Đéc) đã ký hợp đồng cung ứng 120.000 chậu hoa cho thị trường Tết "
               "năm 2026.",
          body="""
HTX có 58 thành viên, canh tác trên 40 ha, ứng dụng tưới nhỏ giọt và nhà màng cho các loại hoa cao cấp.
[img hoa-kieng-sa-dec.png] Thành viên HTX chăm sóc hoa cúc mâm xôi
""",
          author="Hoàng Phúc", **dated(datetime(2025, 5, 20, 15, 10)),
          opts={"id": 318, "cat": 12, "by": "Hoàng Phúc"},
          notes=["before the merger (old Đồng Tháp, 'thành phố Sa Đéc'); JSON-LD dateModified 2025-07-01 is after "
                 "it here"]),
        A(path=NEWS + "/htx-sau-rieng-ngu-hiep-dat-chung-nhan-vietgap~n244",
          title="HTX sầu riêng Ngũ Hiệp đạt chứng nhận VietGAP",
          date=datetime(2024, 8, 8, 9, 30),
          lead="HTX Sầu riêng Ngũ Hiệp (huyện Cai Lậy, tỉnh Tiền Giang) vừa được cấp chứng nhận VietGAP cho 35 ha sầu "
               "riêng của 28 thành viên.",
          body="""
Chứng nhận giúp HTX đủ điều kiện cung ứng sầu riêng cho các doanh nghiệp xuất khẩu chính ngạch sang Trung Quốc.
Nguồn: Báo Ấp Bắc
""",
          author=None, **dated(datetime(2024, 8, 8, 9, 30)),
          opts={"id": 244, "cat": 12},
          notes=["migrated 2024 item of the old Tiền Giang alliance ('huyện Cai Lậy, tỉnh Tiền Giang'); closing 'Nguồn: "
                 "Báo Ấp Bắc' is a source: author null"]),
        A(path=NEWS + "/tap-huan-ke-toan-htx-nam-2023~n187",
          title="Tập huấn kế toán HTX năm 2023",
          date=datetime(2023, 10, 10, 8, 0),
          lead="Liên minh HTX tỉnh Đồng Tháp tổ chức lớp tập huấn nghiệp vụ kế toán cho 65 kế toán viên HTX tại thành phố "
               "Cao Lãnh.",
          body="""
Học viên được hướng dẫn chế độ kế toán HTX theo Thông tư số 71/2019/TT-BTC và cách lập báo cáo tài chính năm.
""",
          author=None, **dated(datetime(2023, 10, 10, 8, 0)),
          opts={"id": 187, "cat": 12},
          notes=["2023 item of the old province ('thành phố Cao Lãnh'), no author"]),
    ]


# -- markup ----------------------------------------------------------------------------------

def thumb(src: str, w: int = 1200) -> str:
    d = hashlib.md5(src.encode()).hexdigest()[:4]
    stem = src.rsplit(".", 1)[0]
    return f"/bantin/{d}/image-thumb__{w}__news/{stem}.png"


def chip_date(d: datetime) -> str:
    return f"{d:%d.%m.%Y}"


def wys(html: str) -> str:
    return f'<div class="pimcore_area_wysiwyg pimcore_area_content"><section class="area-wysiwyg"><div class="container">{html}</div></section></div>'


def bricks(a: Article) -> str:
    out, run, quote = [], [], []

    def flush() -> None:
        if run:
            out.append(wys("".join(run)))
            run.clear()

    blocks = a.blocks
    for b in blocks:
        if b.kind == "p" and (b.text == a.opts.get("quote") or quote):
            quote.append(b.text)
            if len(quote) < 2:
                continue
            flush()
            out.append('<div class="pimcore_area_blockquote pimcore_area_content"><section class="area-blockquote">'
                       f'<blockquote class="blockquote"><p>{esc(quote[0])}</p>'
                       f'<footer class="blockquote-footer"><cite>{esc(quote[1])}</cite></footer></blockquote></section></div>')
            quote.clear()
            continue
        if b.kind == "p":
            run.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            run.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind == "ul":
            run.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            flush()
            out.append('<div class="pimcore_area_image pimcore_area_content"><section class="area-image"><figure>'
                       f'<picture><source srcset="{thumb(b.src, 1600)} 1x" media="(min-width: 992px)">'
                       f'<img src="{thumb(b.src)}" alt="{attr(b.text)}" loading="lazy"></picture>'
                       f'<figcaption class="figure-caption">{esc(b.text)}</figcaption></figure></section></div>')
    if a.byline:
        run.append(f'<p class="text-right"><strong>{esc(a.byline)}</strong></p>')
    flush()
    if a.attachments:
        att = a.attachments[0]
        out.append('<div class="pimcore_area_download pimcore_area_content"><section class="area-download"><ul class="downloads">'
                   f'<li><a href="{att["path"]}" class="download-link" target="_blank"><i class="icon-pdf"></i> '
                   f'{esc(att["text"])}</a></li></ul></section></div>')
    return "".join(out)


def card(a: Article, excerpt: bool = True) -> str:
    pic = a.first_image()
    return ('<div class="col-md-4"><div class="card news-card">'
            + (f'<a href="{a.path}"><img class="card-img-top" src="{thumb(pic, 400)}" alt=""></a>' if pic else "")
            + f'<div class="card-body"><span class="badge badge-primary">{CATS[a.opts["cat"]]}</span> '
            f'<small class="text-muted">{chip_date(a.date)}</small>'
            f'<h3 class="card-title"><a href="{a.path}">{esc(a.title)}</a></h3>'
            + (f'<p class="card-text">{esc(a.summary())}</p>' if excerpt else "") + "</div></div></div>")


def layout(title: str, main: str, *, head: str = "") -> str:
    nav = "".join(f'<li class="nav-item"><a class="nav-link" href="{h}">{t}</a></li>' for h, t in
                  [("/vi", "Trang chủ"), ("/vi/gioi-thieu", "Giới thiệu"), (NEWS, "Tin tức"),
                   (f"{NEWS}?category=12", "HTX - Tổ hợp tác"), (f"{NEWS}?category=13", "Văn bản"),
                   ("/vi/ban-tin-in", "Bản tin in"), ("/vi/lien-he", "Liên hệ")])
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[:5])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {esc(NAME)}</title>
<link rel="stylesheet" href="/static/css/global.css">{head}
</head>
<body>
<div id="cookie-consent" class="cookie-consent" role="dialog"><p>{esc(COOKIE[0])}</p>
<button type="button" class="btn btn-primary js-cookie-accept">{COOKIE[1]}</button> <button type="button" class="btn btn-light js-cookie-necessary">{COOKIE[2]}</button> <a href="/vi/chinh-sach-bao-mat">{COOKIE[3]}</a></div>
<div class="top-bar"><div class="container"><span>{LABELS[3]}</span> <a href="/vi" class="lang active">VI</a></div></div>
<header class="main-header"><div class="container"><a class="navbar-brand" href="/vi"><img src="/static/images/logo-bantin-dongthap.png" alt="{attr(NAME)}"></a>
<nav class="navbar navbar-expand-lg"><ul class="navbar-nav">{nav}</ul></nav>
<form class="form-inline search" action="/vi/tim-kiem" method="get"><input class="form-control" type="search" name="q" placeholder="Tìm kiếm"></form></div></header>
<main id="main-content">
{main}
</main>
<section class="newsletter-box"><div class="container"><h2>{esc(NEWSLETTER[0])}</h2><p>{esc(NEWSLETTER[1])}</p>
<form action="javascript:void(0)" method="post" class="newsletter-form"><input type="email" name="newsletter[email]" placeholder="Địa chỉ email"><label><input type="checkbox" name="newsletter[terms]"> {esc(NEWSLETTER[2])}</label><button type="button" class="btn btn-primary">Đăng ký</button></form></div></section>
<footer class="main-footer"><div class="container">{foot}<ul class="footer-links"><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="/vi/chinh-sach-bao-mat">Chính sách bảo mật</a></li></ul>
<p class="copyright">{esc(FOOTER[5])}</p></div></footer>
<script src="/static/js/scripts.js"></script>
</body>
</html>
"""


def detail(a: Article, arts: list[Article]) -> str:
    cat = a.opts["cat"]
    chips = f'<a class="chip chip--category" href="{NEWS}?category={cat}">{CATS[cat]}</a>'
    if not a.opts.get("notice"):
        chips += f' <span class="chip chip--date"><i class="icon-calendar"></i> {chip_date(a.date)}</span>'
    lead = f'<p class="news-detail-header__lead lead">{inline_html(a.lead)}</p>' if a.lead else ""
    by = (f'<div class="news-detail-author"><span>Bài: {esc(a.opts["by"])}</span></div>' if a.opts.get("by") else "")
    pic = a.first_image()
    hero = f'<div class="news-detail-header__image"><img src="{thumb(pic, 1600)}" alt=""></div>' if pic else ""
    related = [x for x in arts if x is not a and x.opts["cat"] == cat][:3] or [x for x in arts if x is not a][:3]
    crumb = (f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/vi">Trang chủ</a></li>'
             f'<li class="breadcrumb-item"><a href="{NEWS}">Tin tức</a></li>'
             f'<li class="breadcrumb-item active">{esc(a.title[:40])}…</li></ol></nav>')
    return (f'<div class="container">{crumb}<article class="news-detail">'
            f'<div class="news-detail-header"><div class="news-detail-header__chips">{chips}</div>'
            f'<h1 class="news-detail-header__title">{esc(a.title)}</h1>{lead}{by}</div>{hero}'
            f'<div class="news-detail-content">{bricks(a)}</div>'
            f'<div class="news-detail-footer"><span>Chia sẻ bài viết</span> <a href="javascript:void(0)" class="share-fb">'
            f'<i class="icon-facebook"></i></a> <a href="{NEWS}" class="btn btn-link">Quay lại danh sách</a></div></article>'
            f'<section class="news-related"><h2>Tin liên quan</h2><div class="row">{"".join(card(x, False) for x in related)}'
            f'</div></section></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dong-thap", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    for a in arts:
        head = f'\n<link rel="canonical" href="{a.path}">\n<meta property="og:title" content="{attr(a.title)}">'
        if not a.opts.get("notice"):
            ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
                  "datePublished": a.date.strftime("%Y-%m-%dT%H:%M:%S+07:00"),
                  "dateModified": MIGRATED.strftime("%Y-%m-%dT%H:%M:%S+07:00"),
                  "publisher": {"@type": "Organization", "name": NAME}, "mainEntityOfPage": a.path}
            if a.opts.get("by"):
                ld["author"] = {"@type": "Person", "name": a.opts["by"]}
            head += f'\n<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        head += f'\n<meta property="og:type" content="article">\n<meta name="description" content="{attr(a.summary())}">'
        page(a.path, layout(a.title, detail(a, arts), head=head))
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Quyết định số 45/QĐ-LMHTX", ["QUYET DINH THANH LAP BAN BIEN TAP BAN TIN KTHT",
                                                            "Lien minh Hop tac xa tinh Dong Thap"]))
    site.trap("news detail: h1 inside div.news-detail-header with chips (category, 'dd.mm.yyyy') and the lead; text "
              "= area bricks pimcore_area_wysiwyg / _image (figcaption) / _blockquote / _download; JSON-LD NewsArticle "
              "datePublished with the time and a wrong dateModified 2025-07-01 (the migration); 'Tin liên quan' cards "
              "with dates, cookie consent and newsletter form around", arts[1].path)

    def listing(base: str, heading: str, items: list[Article]) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        sep = "&" if "?" in base else "?"
        for n, chunk in enumerate(chunks, 1):
            url = base if n == 1 else f"{base}{sep}page={n}"
            pager = ""
            if len(chunks) > 1:
                pager = '<nav><ul class="pagination">' + "".join(
                    f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="{base if k == 1 else f"{base}{sep}page={k}"}">{k}</a></li>'
                    for k in range(1, len(chunks) + 1)) + "</ul></nav>"
            filters = "".join(f'<a class="btn btn-outline-primary btn-sm" href="{NEWS}?category={c}">{t}</a> ' for c, t in CATS.items())
            main = (f'<div class="container"><h1 class="page-title">{esc(heading)}</h1><div class="news-filter"><span>Chuyên mục</span> '
                    f'{filters}</div><div class="row news-list">{"".join(card(a) for a in chunk)}</div>{pager}</div>')
            page(url, layout(heading, main, head=f'\n<link rel="canonical" href="{url}">'))
            site.non_articles.append(url)

    listing(NEWS, "Tin tức", arts)
    for c, t in CATS.items():
        listing(f"{NEWS}?category={c}", t, [a for a in arts if a.opts["cat"] == c])
    site.trap("index /vi/tin-tuc paged by ?page=2 (cards: category badge, dd.mm.yyyy, title, summary) and category "
              "filters ?category=N: the only place that dates the 'Thông báo' item", NEWS)

    issues = "".join(f'<li class="issue"><span class="issue-no">Bản tin số {n}</span> - phát hành ngày {d} '
                     f'<a href="{PDF_PATH}" target="_blank">Xem bản PDF</a></li>'
                     for n, d in [("02/2026", "28/02/2026"), ("01/2026", "31/01/2026"), ("12/2025", "31/12/2025")])
    page("/vi/ban-tin-in", layout("Bản tin in", f'<div class="container"><h1 class="page-title">Bản tin in</h1>'
                                  f'{wys("<p>Bản tin Kinh tế hợp tác phát hành bản in vào ngày cuối mỗi tháng.</p>")}'
                                  f'<ul class="issues">{issues}</ul></div>'))
    site.trap("/vi/ban-tin-in lists the printed issues with their dates: not an article", "/vi/ban-tin-in")
    intro = (wys("<p>Bản tin Kinh tế hợp tác tỉnh Đồng Tháp là ấn phẩm của Liên minh Hợp tác xã tỉnh Đồng Tháp, được xuất "
                 "bản theo Giấy phép số 21/GP-STTTT, hợp nhất từ các bản tin của Liên minh HTX hai tỉnh Đồng Tháp và Tiền "
                 "Giang.</p><h2>Nội dung chính</h2><ul><li>Hoạt động của Liên minh HTX tỉnh</li><li>Gương HTX, tổ hợp tác "
                 "điển hình</li><li>Văn bản, chính sách về kinh tế tập thể</li></ul>")
             + '<div class="pimcore_area_image pimcore_area_content"><section class="area-image"><figure>'
             f'<img src="{thumb("tru-so-lien-minh.png")}" alt=""><figcaption class="figure-caption">Trụ sở Liên minh HTX '
             'tỉnh tại phường Mỹ Tho</figcaption></figure></section></div>')
    page("/vi/gioi-thieu", layout("Giới thiệu", f'<div class="container"><div class="news-detail-header">'
                                  f'<h1 class="news-detail-header__title">Giới thiệu Bản tin</h1></div>{intro}</div>'))
    page("/vi/chinh-sach-bao-mat", layout("Chính sách bảo mật", '<div class="container"><h1>Chính sách bảo mật</h1>'
                                          + wys("<p>Trang Bản tin chỉ lưu địa chỉ email của người đăng ký nhận bản tin và "
                                                "không chia sẻ cho bên thứ ba.</p>") + "</div>"))
    page("/vi/lien-he", layout("Liên hệ", '<div class="container"><h1>Liên hệ</h1><form action="javascript:void(0)">'
                               '<input name="name"><textarea name="message"></textarea><button type="button">Gửi</button></form></div>'))
    page("/vi/tim-kiem", layout("Tìm kiếm", '<div class="container"><h1>Tìm kiếm</h1><p>Nhập từ khóa.</p></div>'))
    home = (f'<div class="container"><div class="home-hero"><h1>{esc(NAME)}</h1></div>'
            f'<div class="row news-list">{"".join(card(a) for a in arts[:6])}</div><a class="btn" href="{NEWS}">Xem tất cả</a></div>')
    page("/vi", layout("Trang chủ", home))
    site.redirect("/", "/vi", 302)
    site.non_articles += ["/vi", "/vi/gioi-thieu", "/vi/chinh-sach-bao-mat", "/vi/lien-he", "/vi/tim-kiem", "/vi/ban-tin-in"]
    site.trap("static document /vi/gioi-thieu built from the same header and area bricks (h1 in div.news-detail-header, "
              "wysiwyg with a heading and a list, an image brick), no date: not an article", "/vi/gioi-thieu")
    site.binary("/static/images/logo-bantin-dongthap.png", image_for("logo-dt"))
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin\n")
    return site
