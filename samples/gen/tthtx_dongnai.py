"""Site `tthtx-dongnai` (registry family `generic`): the Trung tâm Tư vấn và Hỗ trợ hợp tác xã of the merged
Đồng Nai province (Bình Phước joined it in 2025) on **Apostrophe CMS 3** (Node.js, Nunjucks templates),
written as a held-out test: no family module, no selectors.

Why it is hard: article URLs `/tin-tuc/<slug>` have no id, no date and no extension, and share their
prefix with the category filters `/tin-tuc/category/<slug>` and the index `/tin-tuc?page=2`. The title
and the date sit in a `div.article-hero` ABOVE the content area ("Đăng ngày 20 tháng 1, 2026", no
time, no date metadata), sometimes with "Bởi: X" (the author, not text; "Bởi: Ban biên tập" is the
editorial account, no person). The text is an area `div[data-apos-area]` of widgets:
`apos-rich-text-widget`, `apos-image-widget` (figure + caption) and `apos-video-widget` (an empty div
whose player a script builds), each with its JSON in a `data-apos-widget` attribute. A "Thông báo"
piece has no date in its hero at all: the text says "Ngày 12/3, …" and only the listing gives
12/03/2026. Around the area: "Bài viết liên quan" cards with their dates, a newsletter form, a
cookie banner, and pages (`/gioi-thieu`, `/dich-vu-tu-van`) built from the same hero + area +
rich-text widgets without a date.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from .core import Article, SiteBuild, attr, esc, image_for, inline_html, iso, pdf

SITE = "tthtx-dongnai"
NAME = "Trung tâm Tư vấn và Hỗ trợ hợp tác xã tỉnh Đồng Nai"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
PER = 5
PDF_PATH = "/uploads/attachments/qd-27-qd-tttvht-cong-nhan-ket-qua-lop-ke-toan.pdf"
CATS = {"tin-hoat-dong": "Tin hoạt động", "dao-tao": "Đào tạo", "thong-bao": "Thông báo", "van-ban": "Văn bản"}

COOKIE = "Trang web sử dụng cookie để ghi nhớ lựa chọn của bạn và thống kê lượt truy cập."
NEWSLETTER = ["Đăng ký nhận bản tin", "Nhận thông tin về các lớp tập huấn, hội chợ và chính sách hỗ trợ HTX mới nhất qua email."]
FOOTER = ["Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Đồng Nai - trực thuộc Liên minh Hợp tác xã tỉnh Đồng Nai",
          "Địa chỉ: Số 2 Nguyễn Văn Trị, phường Trấn Biên, tỉnh Đồng Nai",
          "Điểm tư vấn Đồng Xoài: Số 684 Quốc lộ 14, phường Đồng Xoài, tỉnh Đồng Nai",
          "Điện thoại: 0251.3823.165 - Email: tuvanhtx@dongnai.gov.vn",
          "Người chịu trách nhiệm: Giám đốc Trung tâm Võ Thị Ngọc Hân",
          "© 2026 Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Đồng Nai. Vận hành trên ApostropheCMS."]
LABELS = ["Bài viết liên quan", "Đồng ý", "Từ chối", "Tìm hiểu thêm", "Đăng ký", "Chia sẻ:",
          "Về đầu trang", "Hỗ trợ HTX: 1900 6688", "Giờ làm việc: 7h30 - 17h00, thứ Hai - thứ Sáu"]
BOILERPLATE = [COOKIE, *NEWSLETTER, *FOOTER, *LABELS]


def hero_dated(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=NEWS + "/doi-thoai-voi-htx-ve-thu-tuc-vay-von-quy-ho-tro",
          title="Đối thoại với HTX về thủ tục vay vốn Quỹ hỗ trợ phát triển HTX",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, Trung tâm Tư vấn và Hỗ trợ HTX tỉnh phối hợp với Quỹ hỗ trợ phát triển HTX tỉnh tổ chức buổi đối thoại với đại diện 74 HTX về thủ tục vay vốn.
Nhiều HTX phản ánh hồ sơ vay còn phức tạp, đặc biệt là yêu cầu tài sản bảo đảm và báo cáo tài chính đã kiểm toán đối với các HTX mới thành lập.
Đại diện Quỹ cho biết từ quý II/2026 sẽ rút gọn mẫu phương án sản xuất kinh doanh và cho phép nộp hồ sơ trực tuyến; Trung tâm sẽ cử cán bộ hỗ trợ HTX lập hồ sơ miễn phí.
Các HTX có nhu cầu đăng ký tư vấn qua số điện thoại 0251.3823.165 hoặc trực tiếp tại hai điểm tư vấn Trấn Biên và Đồng Xoài.
""",
          author=None, published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing",
          evidence=["listing"],
          opts={"cat": "thong-bao", "no_date": True},
          notes=["'Thông báo' piece: its hero shows the category and title only, no date; the text begins 'Ngày 12/3, …' "
                 "(no year) and the /tin-tuc listing shows 12/03/2026 -> published 2026-03-12 from the listing"]),
        A(path=NEWS + "/khai-giang-lop-dao-tao-giam-doc-htx-khoa-i-nam-2026",
          title="Khai giảng lớp đào tạo giám đốc HTX khóa I năm 2026",
          date=datetime(2026, 1, 20),
          body="""
Sáng 19/1, Trung tâm Tư vấn và Hỗ trợ HTX tỉnh khai giảng lớp đào tạo giám đốc HTX khóa I năm 2026 cho 58 học viên đến từ các HTX nông nghiệp, thương mại và vận tải trong tỉnh.
[img khai-giang-giam-doc-htx.png] Học viên lớp đào tạo giám đốc HTX khóa I năm 2026
Chương trình kéo dài 10 ngày, chia thành hai đợt học trực tiếp tại phường Trấn Biên và phường Đồng Xoài để học viên ở khu vực Bình Phước cũ không phải đi xa.
## Chú trọng thực hành
Mỗi học viên phải hoàn thành một phương án sản xuất kinh doanh của chính HTX mình, được giảng viên và chuyên gia của Trung tâm góp ý trực tiếp.
* Học phần 1: Luật Hợp tác xã năm 2023 và quản trị HTX;
* Học phần 2: Tài chính, kế toán và tiếp cận vốn vay;
* Học phần 3: Thị trường, xây dựng thương hiệu và thương mại điện tử.
""",
          author="Phạm Thu Trang", **hero_dated(datetime(2026, 1, 20)),
          opts={"cat": "dao-tao", "by": "Phạm Thu Trang"},
          notes=["author only in the hero 'Bởi: Phạm Thu Trang' (not text); hero date 'Đăng ngày 20 tháng 1, 2026' "
                 "(no time -> midnight); the text speaks of 'Sáng 19/1'"]),
        A(path=NEWS + "/video-htx-dieu-bu-gia-map-vao-mua-thu-hoach",
          title="Video: HTX điều Bù Gia Mập vào mùa thu hoạch",
          date=datetime(2025, 12, 10),
          body="""
Những ngày đầu mùa khô, thành viên HTX Nông nghiệp Điều Bù Gia Mập tất bật thu hoạch, phơi và phân loại hạt điều trước khi giao cho nhà máy.
Năm nay HTX dự kiến thu mua khoảng 1.200 tấn điều hạt của thành viên theo hợp đồng liên kết với doanh nghiệp chế biến.
""",
          author=None, **hero_dated(datetime(2025, 12, 10)),
          opts={"cat": "tin-hoat-dong", "video": 1},
          notes=["video article: two sentences and an apos-video-widget (an empty div with data-apos-video-url, the "
                 "player built by a script): an article; no author"]),
        A(path=NEWS + "/ho-tro-20-htx-tham-gia-hoi-cho-hang-viet-va-ocop-dong-nai-2025",
          title="Hỗ trợ 20 HTX tham gia Hội chợ hàng Việt và OCOP Đồng Nai 2025",
          date=datetime(2025, 11, 5),
          body="""
Trung tâm Tư vấn và Hỗ trợ HTX tỉnh vừa chọn 20 HTX có sản phẩm OCOP từ 3 sao trở lên để hỗ trợ tham gia Hội chợ hàng Việt và OCOP Đồng Nai năm 2025.
Hội chợ diễn ra từ ngày 20 đến ngày 24/11/2025 tại Quảng trường tỉnh, phường Trấn Biên, với khoảng 300 gian hàng.
[img hoi-cho-hang-viet-ocop.png] Sản phẩm OCOP của các HTX tại hội chợ năm trước
Mỗi HTX được hỗ trợ 100% chi phí thuê gian hàng, 50% chi phí vận chuyển và được tập huấn kỹ năng trưng bày, bán hàng trước ngày khai mạc.
Trung tâm cũng bố trí khu vực kết nối giao thương để HTX gặp gỡ các hệ thống siêu thị và doanh nghiệp xuất khẩu.
Bảo Ngọc
""",
          author="Bảo Ngọc", **hero_dated(datetime(2025, 11, 5)),
          opts={"cat": "tin-hoat-dong"},
          notes=["the fair runs 20 - 24/11/2025; 'Bài viết liên quan' cards under the area carry other dates; hero "
                 "'Đăng ngày 5 tháng 11, 2025'; closing byline 'Bảo Ngọc' inside the last rich-text widget (text, author)"]),
        A(path=NEWS + "/quyet-dinh-cong-nhan-ket-qua-lop-boi-duong-ke-toan-htx",
          title="Quyết định công nhận kết quả lớp bồi dưỡng kế toán HTX năm 2025",
          date=datetime(2025, 9, 29),
          body="""
LIÊN MINH HTX TỈNH ĐỒNG NAI
TRUNG TÂM TƯ VẤN VÀ HỖ TRỢ HỢP TÁC XÃ
Số: 27/QĐ-TTTVHT
Đồng Nai, ngày 25 tháng 9 năm 2025
QUYẾT ĐỊNH
Về việc công nhận kết quả lớp bồi dưỡng kế toán hợp tác xã năm 2025
GIÁM ĐỐC TRUNG TÂM TƯ VẤN VÀ HỖ TRỢ HỢP TÁC XÃ TỈNH ĐỒNG NAI
Căn cứ Quyết định số 112/QĐ-LMHTX ngày 15/8/2025 của Liên minh HTX tỉnh về việc tổ chức lại Trung tâm;
Xét đề nghị của Phòng Đào tạo - Bồi dưỡng,
QUYẾT ĐỊNH:
Điều 1. Công nhận 46 học viên hoàn thành lớp bồi dưỡng kế toán HTX năm 2025 (danh sách kèm theo).
Điều 2. Trung tâm cấp giấy chứng nhận cho các học viên có tên tại Điều 1.
Điều 3. Trưởng các phòng chuyên môn và các học viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
GIÁM ĐỐC
Võ Thị Ngọc Hân
""",
          author=None, doc_number="27/QĐ-TTTVHT",
          attachments=[{"path": PDF_PATH, "text": "Tải quyết định số 27/QĐ-TTTVHT (PDF)"}],
          **hero_dated(datetime(2025, 9, 29)),
          # the file's link under the text: an attachment, not text (as a button's, samples/README.md)
          opts={"cat": "van-ban",
                "download": "[[Tải quyết định số 27/QĐ-TTTVHT (PDF)|/uploads/attachments/qd-27-qd-tttvht-cong-nhan-ket-qua-lop-ke-toan.pdf]]"},
          notes=["official decision 'Số: 27/QĐ-TTTVHT', place-date line 'Đồng Nai, ngày 25 tháng 9 năm 2025' and a "
                 "cited decision of 15/8/2025; the hero says 'Đăng ngày 29 tháng 9, 2025'; the signer is no author"]),
        A(path=NEWS + "/tu-van-htx-dieu-phu-rieng-chuyen-doi-theo-luat-htx-2023",
          title="Tư vấn HTX điều Phú Riềng chuyển đổi theo Luật Hợp tác xã năm 2023",
          date=datetime(2025, 8, 14),
          body="""
Tổ tư vấn của Trung tâm đã làm việc với HTX Điều Phú Riềng để hướng dẫn HTX sửa đổi điều lệ, tổ chức lại bộ máy theo Luật Hợp tác xã năm 2023.
Đây là một trong 37 HTX ở khu vực Bình Phước cũ được Trung tâm hỗ trợ chuyển đổi sau khi hợp nhất hai tỉnh.
[img tu-van-htx-dieu-phu-rieng.png] Cán bộ tư vấn làm việc với Hội đồng quản trị HTX Điều Phú Riềng
Theo kế hoạch, HTX sẽ tổ chức đại hội thành viên bất thường trong tháng 9 để thông qua điều lệ mới.
Minh Khang
""",
          author="Minh Khang", **hero_dated(datetime(2025, 8, 14)),
          opts={"cat": "tin-hoat-dong"}),
        A(path=NEWS + "/tap-huan-ky-nang-livestream-ban-hang-cho-htx",
          title="Tập huấn kỹ năng livestream bán hàng cho HTX",
          date=datetime(2025, 6, 18),
          body="""
Trong hai ngày 16 và 17/6, Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Đồng Nai tổ chức lớp tập huấn kỹ năng livestream bán hàng cho 45 cán bộ, thành viên HTX.
Học viên được thực hành dựng kịch bản, bố trí ánh sáng, giới thiệu sản phẩm và chốt đơn ngay trong buổi phát trực tiếp.
[img tap-huan-livestream.png] Học viên thực hành livestream giới thiệu sản phẩm bưởi Tân Triều
Kết thúc lớp học, nhiều HTX đã tự tổ chức phiên livestream đầu tiên với hàng trăm lượt xem.
""",
          author="Trần Quốc Việt", **hero_dated(datetime(2025, 6, 18)),
          opts={"cat": "dao-tao", "by": "Trần Quốc Việt"},
          notes=["before the merger (old Đồng Nai); author in the hero 'Bởi: Trần Quốc Việt'"]),
        A(path=NEWS + "/htx-phu-huu-xay-dung-chuoi-lien-ket-ga-tha-vuon",
          title="HTX Phú Hữu xây dựng chuỗi liên kết gà thả vườn",
          date=datetime(2024, 10, 3),
          body="""
HTX Nông nghiệp Phú Hữu (huyện Nhơn Trạch) đang liên kết với 32 hộ chăn nuôi gà thả vườn theo quy trình an toàn sinh học, cung cấp cho các bếp ăn công nghiệp trong khu công nghiệp.
Với sự tư vấn của Trung tâm, HTX đã xây dựng hợp đồng liên kết ba bên giữa HTX, hộ chăn nuôi và doanh nghiệp cung cấp suất ăn, bảo đảm giá thu mua ổn định.
[img ga-tha-vuon-phu-huu.png] Trang trại gà thả vườn của thành viên HTX Phú Hữu
Mỗi tháng HTX cung ứng khoảng 12 tấn gà thịt, doanh thu bình quân của thành viên tăng khoảng 20% so với trước khi tham gia chuỗi.
Lê Hồng
""",
          author="Lê Hồng", **hero_dated(datetime(2024, 10, 3)),
          opts={"cat": "tin-hoat-dong", "by": "Ban biên tập"},
          notes=["hero 'Bởi: Ban biên tập' (the editorial account, no person); the closing byline 'Lê Hồng' is the "
                 "author"]),
    ]


# -- markup ----------------------------------------------------------------------------------

def cuid(seed: str) -> str:
    return "cl" + hashlib.sha1(seed.encode()).hexdigest()[:22]


def img(src: str) -> str:
    return f"/uploads/attachments/{cuid(src)[:12]}-{src}"


def vi_date(d: datetime) -> str:
    return f"{d.day} tháng {d.month}, {d.year}"


def wjson(data: dict) -> str:
    return attr(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def rich(parts: list[str], seed: str) -> str:
    data = {"_id": cuid(seed), "type": "@apostrophecms/rich-text", "metaType": "widget"}
    return (f'<div class="apos-area-widget-wrapper"><div class="apos-rich-text-widget" data-apos-widget="{wjson(data)}">'
            + "".join(parts) + "</div></div>")


def area(a: Article) -> str:
    out, run = [], []

    def flush() -> None:
        if run:
            out.append(rich(list(run), a.path + str(len(out))))
            run.clear()

    for b in a.blocks:
        if b.kind == "p":
            run.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            run.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            run.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            flush()
            data = {"_id": cuid(b.src), "type": "@apostrophecms/image", "metaType": "widget",
                    "_image": [{"_id": cuid("img" + b.src), "title": b.src.rsplit(".", 1)[0], "alt": b.text}]}
            out.append(f'<div class="apos-area-widget-wrapper"><div class="apos-image-widget" '
                       f'data-apos-widget="{wjson(data)}"><figure class="image-widget">'
                       f'<img src="{img(b.src)}" srcset="{img(b.src)} 1140w" sizes="(max-width: 800px) 100vw, 800px" '
                       f'alt="{attr(b.text)}" width="1140" height="760">'
                       f'<figcaption class="image-widget__caption">{inline_html(b.text)}</figcaption></figure></div></div>')
        if a.opts.get("video") == len([x for x in a.blocks[:a.blocks.index(b) + 1]]):
            flush()
            url = "{{base:offsite}}/video/htx-dieu-bu-gia-map"
            data = {"_id": cuid("video" + a.path), "type": "@apostrophecms/video", "metaType": "widget",
                    "video": {"url": url, "title": a.title}}
            out.append(f'<div class="apos-area-widget-wrapper"><div class="apos-video-widget" '
                       f'data-apos-widget="{wjson(data)}" data-apos-video-widget data-apos-video-url="{url}">'
                       '</div></div>')
    if download := a.opts.get("download"):
        run.append(f"<p>{inline_html(download)}</p>")
    flush()
    data = {"_id": cuid("area" + a.path), "metaType": "area", "field": "main"}
    return f'<div class="apos-area" data-apos-area="{wjson(data)}">' + "".join(out) + "</div>"


def card(a: Article, excerpt: bool = True) -> str:
    pic = a.first_image()
    first = next(b.text for b in a.blocks if b.kind == "p")
    words = " ".join(first.split()[:24])
    return ('<article class="news-card">'
            + (f'<a class="news-card__media" href="{a.path}"><img src="{img(pic)}" alt="" loading="lazy"></a>' if pic else "")
            + f'<div class="news-card__body"><a class="news-card__category" href="{NEWS}/category/{a.opts["cat"]}">'
            f'{CATS[a.opts["cat"]]}</a><p class="news-card__date">{a.date:%d/%m/%Y}</p>'
            f'<h3 class="news-card__title"><a href="{a.path}">{esc(a.title)}</a></h3>'
            + (f'<p class="news-card__excerpt">{esc(words)}…</p>' if excerpt else "") + "</div></article>")


def layout(title: str, main: str, *, head: str = "", body_class: str = "") -> str:
    nav = "".join(f'<li class="nav__item"><a href="{h}">{t}</a></li>' for h, t in
                  [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/dich-vu-tu-van", "Dịch vụ tư vấn"),
                   (NEWS, "Tin tức"), (NEWS + "/category/dao-tao", "Đào tạo"), (NEWS + "/category/van-ban", "Văn bản"),
                   ("/lien-he", "Liên hệ")])
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[:5])
    apos = json.dumps({"prefix": "", "sitePrefix": "", "shortName": "tttvhtx-dongnai", "locale": "vi",
                       "csrfCookieName": "tttvhtx-dongnai.csrf", "modules": {}}, ensure_ascii=False)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Trung tâm Tư vấn và Hỗ trợ HTX Đồng Nai</title>
<link rel="stylesheet" href="/apos-frontend/releases/a7c41f/default/public-bundle.css">{head}
</head>
<body class="{body_class}" data-apos-level="0">
<script>window.apos = {apos};</script>
<div class="cookie-banner" role="dialog" aria-live="polite"><p>{esc(COOKIE)} <a href="/chinh-sach-bao-mat">Tìm hiểu thêm</a></p>
<button type="button" class="cookie-banner__accept">Đồng ý</button> <button type="button" class="cookie-banner__decline">Từ chối</button></div>
<div class="topbar"><span>Hỗ trợ HTX: 1900 6688</span> <span>Giờ làm việc: 7h30 - 17h00, thứ Hai - thứ Sáu</span></div>
<header class="site-header"><a class="site-header__logo" href="/"><img src="/uploads/attachments/logo-tttvhtx-dongnai.png" alt="{attr(NAME)}"></a>
<nav class="nav"><ul class="nav__list">{nav}</ul></nav>
<form class="site-search" action="/search" method="get"><input type="search" name="q" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form></header>
<main class="main" id="main">
{main}
</main>
<section class="newsletter"><h2 class="newsletter__title">{esc(NEWSLETTER[0])}</h2><p>{esc(NEWSLETTER[1])}</p>
<form class="newsletter__form" action="javascript:void(0)"><input type="email" name="email" placeholder="Email của bạn"><button type="button">Đăng ký</button></form></section>
<footer class="site-footer">{foot}<ul class="site-footer__links"><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="/chinh-sach-bao-mat">Chính sách bảo mật</a></li></ul>
<p class="site-footer__copy">{esc(FOOTER[5])}</p><a href="#main" class="to-top">Về đầu trang</a></footer>
<script src="/apos-frontend/releases/a7c41f/default/public-module-bundle.js"></script>
</body>
</html>
"""


def hero(a: Article) -> str:
    meta = []
    if not a.opts.get("no_date"):
        meta.append(f'<span class="article-hero__date">Đăng ngày {vi_date(a.date)}</span>')
    if a.opts.get("by"):
        meta.append(f'<span class="article-hero__author">Bởi: {esc(a.opts["by"])}</span>')
    pic = a.first_image()
    style = f' style="background-image: url(\'{img(pic)}\')"' if pic else ""
    return (f'<div class="article-hero"{style}><div class="article-hero__inner">'
            f'<a class="article-hero__category" href="{NEWS}/category/{a.opts["cat"]}">{CATS[a.opts["cat"]]}</a>'
            f'<h1 class="article-hero__title">{esc(a.title)}</h1>'
            + (f'<div class="article-hero__meta">{" ".join(meta)}</div>' if meta else "") + "</div></div>")


def page_body(a: Article, arts: list[Article]) -> str:
    related = [x for x in arts if x is not a and x.opts["cat"] == a.opts["cat"]][:3] or \
        [x for x in arts if x is not a][:3]
    share = ('<div class="share"><span>Chia sẻ:</span> <a href="javascript:void(0)" class="share__fb">Facebook</a> '
             '<a href="javascript:void(0)" class="share__zalo">Zalo</a></div>')
    return (hero(a) + f'<div class="article-body container">{area(a)}{share}</div>'
            f'<aside class="related-articles container"><h2 class="related-articles__title">Bài viết liên quan</h2>'
            f'<div class="news-grid">{"".join(card(x, excerpt=False) for x in related)}</div></aside>')


def static_page(title: str, paragraphs: list[str], seed: str) -> str:
    data = {"_id": cuid("area" + seed), "metaType": "area", "field": "main"}
    return (f'<div class="page-hero"><h1 class="page-hero__title">{esc(title)}</h1></div>'
            f'<div class="page-body container"><div class="apos-area" data-apos-area="{wjson(data)}">'
            + rich([f"<p>{esc(p)}</p>" for p in paragraphs], seed) + "</div></div>")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dong-nai", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        head = (f'\n<link rel="canonical" href="{a.path}">\n<meta property="og:title" content="{attr(a.title)}">'
                f'\n<meta property="og:type" content="website">\n<meta name="description" content="">')
        site.page(a.path, layout(a.title, page_body(a, arts), head=head, body_class="news-article-page"),
                  content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Quyết định số 27/QĐ-TTTVHT", ["QUYET DINH CONG NHAN KET QUA LOP KE TOAN HTX 2025",
                                                            "Trung tam Tu van va Ho tro HTX tinh Dong Nai"]))
    site.trap("article URL /tin-tuc/<slug> (no id, no date, no extension) shares its prefix with the category "
              "filters /tin-tuc/category/<slug>; title and date in div.article-hero above the area, 'Đăng ngày 20 "
              "tháng 1, 2026' (no time, no date metadata; og:type website)", arts[1].path)
    site.trap("text = an Apostrophe area: apos-rich-text-widget / apos-image-widget (figure + figcaption) / "
              "apos-video-widget, each with its JSON in data-apos-widget; 'Bài viết liên quan' cards with dates "
              "after it", arts[3].path)

    def listing(path: str, heading: str, items: list[Article], base: str) -> None:
        pages = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(pages, 1):
            url = base if n == 1 else f"{base}?page={n}"
            nums = " ".join(f'<span class="pager__current">{k}</span>' if k == n else
                            f'<a class="pager__link" href="{base if k == 1 else f"{base}?page={k}"}">{k}</a>'
                            for k in range(1, len(pages) + 1))
            if n < len(pages):
                nums += f' <a class="pager__next" href="{base}?page={n + 1}">Trang sau ›</a>'
            filters = "".join(f'<li><a href="{NEWS}/category/{s}">{t}</a></li>' for s, t in CATS.items())
            main = (f'<div class="page-hero"><h1 class="page-hero__title">{esc(heading)}</h1></div>'
                    f'<div class="container"><ul class="filters"><li><a href="{NEWS}">Tất cả</a></li>{filters}</ul>'
                    f'<div class="news-grid">{"".join(card(a) for a in chunk)}</div>'
                    + (f'<nav class="pager">{nums}</nav>' if len(pages) > 1 else "") + "</div>")
            site.page(url, layout(heading, main, head=f'\n<link rel="canonical" href="{url}">',
                                  body_class="news-index-page"), content_type=HTML)
            site.non_articles.append(url)

    listing(NEWS, "Tin tức", arts, NEWS)
    for slug, name in CATS.items():
        listing(f"{NEWS}/category/{slug}", name, [a for a in arts if a.opts["cat"] == slug], f"{NEWS}/category/{slug}")
    site.trap("index /tin-tuc pages by ?page=2 (cards: category, dd/mm/yyyy, title, excerpt): the only place that "
              "dates the 'Thông báo' piece; page 2 holds the oldest articles", NEWS + "?page=2")

    home = ('<div class="home-hero"><h1 class="home-hero__title">Đồng hành cùng hợp tác xã Đồng Nai</h1>'
            '<p>Tư vấn miễn phí thành lập, tổ chức lại HTX; đào tạo cán bộ; kết nối thị trường.</p>'
            '<a class="btn" href="/dich-vu-tu-van">Dịch vụ tư vấn</a></div>'
            f'<section class="container"><h2>Tin mới</h2><div class="news-grid">{"".join(card(a) for a in arts[:4])}</div>'
            f'<a class="btn" href="{NEWS}">Xem tất cả</a></section>')
    site.page("/", layout("Trang chủ", home, head='\n<link rel="canonical" href="/">', body_class="home-page"),
              content_type=HTML)
    statics = {
        "/gioi-thieu": ("Giới thiệu Trung tâm", [
            "Trung tâm Tư vấn và Hỗ trợ hợp tác xã tỉnh Đồng Nai là đơn vị sự nghiệp trực thuộc Liên minh Hợp tác xã "
            "tỉnh, được tổ chức lại từ ngày 15 tháng 8 năm 2025 trên cơ sở hợp nhất các trung tâm của hai tỉnh Đồng Nai "
            "và Bình Phước.",
            "Trung tâm có nhiệm vụ tư vấn, hỗ trợ thành lập và phát triển hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác; "
            "đào tạo, bồi dưỡng nguồn nhân lực; xúc tiến thương mại và hỗ trợ ứng dụng khoa học công nghệ, chuyển đổi số.",
            "Trung tâm làm việc tại trụ sở ở phường Trấn Biên và điểm tư vấn ở phường Đồng Xoài."]),
        "/dich-vu-tu-van": ("Dịch vụ tư vấn", [
            "Tư vấn thành lập mới hợp tác xã: hướng dẫn xây dựng điều lệ, phương án sản xuất kinh doanh, hồ sơ đăng ký "
            "và tổ chức hội nghị thành lập.",
            "Tư vấn tổ chức lại hợp tác xã theo Luật Hợp tác xã năm 2023: sửa đổi điều lệ, chuyển đổi mô hình quản lý, "
            "hợp nhất, sáp nhập, chia tách hoặc giải thể.",
            "Tư vấn tiếp cận vốn: lập phương án vay vốn Quỹ hỗ trợ phát triển hợp tác xã và các tổ chức tín dụng; hỗ trợ "
            "hoàn thiện báo cáo tài chính.",
            "Các dịch vụ tư vấn cơ bản được cung cấp miễn phí cho hợp tác xã trên địa bàn tỉnh."]),
        "/chinh-sach-bao-mat": ("Chính sách bảo mật", [
            "Trang web chỉ thu thập địa chỉ email khi bạn đăng ký nhận bản tin và chỉ dùng để gửi thông tin hoạt động "
            "của Trung tâm.",
            "Cookie được dùng để ghi nhớ lựa chọn của bạn và thống kê lượt truy cập; bạn có thể từ chối cookie thống kê."]),
    }
    for path, (title, paras) in statics.items():
        site.page(path, layout(title, static_page(title, paras, path), head=f'\n<link rel="canonical" href="{path}">',
                               body_class="default-page"), content_type=HTML)
        site.non_articles.append(path)
    site.page("/lien-he", layout("Liên hệ", static_page("Liên hệ", [NAME, "Điện thoại tư vấn: 0251.3823.165"], "/lien-he")
                                 + '<form class="contact-form" action="javascript:void(0)"><input name="name">'
                                   '<textarea name="message"></textarea><button type="button">Gửi</button></form>'),
              content_type=HTML)
    site.page("/search", layout("Tìm kiếm", '<div class="page-hero"><h1 class="page-hero__title">Tìm kiếm</h1></div>'
                                '<p>Nhập từ khóa.</p>'), content_type=HTML)
    site.non_articles += ["/", "/lien-he"]
    site.trap("pages /gioi-thieu and /dich-vu-tu-van: a page hero (h1) and an area of rich-text widgets, long "
              "paragraphs, no date: not articles", "/dich-vu-tu-van")
    site.binary("/uploads/attachments/logo-tttvhtx-dongnai.png", image_for("logo-dn"))
    site.static("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /login\n")
    return site
