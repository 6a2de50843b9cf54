"""Site `lmhtx-haiphong-moi` (registry family `generic`): the portal of the merged Hải Phòng city alliance (Hải Dương
joined it on 1 July 2025) on Nuxt 3 (server-side rendered) reading a Strapi v4 back end, written as a held-out test:
no family module, no selectors.

Why it is hard: the page is `<div id="__nuxt">` full of Tailwind utility classes and no semantic class names at all
(`text-3xl font-bold`, `text-sm text-gray-500`, `prose prose-lg max-w-none`), so markup says nothing about what is
article. The post `/tin-tuc/<slug>` shows its date as "14/03/2026" in a `<span>` beside an SVG calendar icon, the
author (when the Strapi entry has one) in a `<span>` beside an SVG user icon; the time is only in
`article:published_time`, which `useSeoMeta` fills with Strapi's `publishedAt` in UTC ("2026-03-14T01:30:00.000Z"),
so a post published at 06:30 carries the day before. The text is Strapi's rich text rendered by `v-html` inside the
`prose` div (paragraphs, `h2`, lists, a table, `figure` with `figcaption class="text-center text-sm italic"`). Under
it a "Tin liên quan" grid whose cards repeat the same date row (SVG + span) markup as the post's own meta. Every page
ends with `<script type="application/json" id="__NUXT_DATA__">`: the same data again as Nuxt's flat "devalue" array
(the post's rich text as an HTML string, the related posts, publishedAt/updatedAt). Listings are paged by a
"Tải thêm" `<button>` (JavaScript) and by real `?page=2` links; the two oldest posts are only on page 2. A post
migrated from the former Hải Dương portal shows its original date (05/11/2024) while its `publishedAt` (the meta) is
the migration day. Events are a second Strapi collection `/su-kien/<slug>` (no draft/publish, the page queries only
title and text): no date on the page but "Ngày 7/3" in the text and "07/03/2026" in the `/su-kien` listing. The
introduction page uses the same `prose prose-lg` block and h1 as a post, without a date.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-haiphong-moi"
NAME = "Liên minh Hợp tác xã thành phố Hải Phòng"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
EVENTS = "/su-kien"
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
GALLERY = "/thu-vien-anh"
SEARCH = "/tim-kiem?q=ocop"
LOGIN = "/dang-nhap"
PDF_PATH = "/uploads/QD_45_LMHTX_HTX_tieu_bieu_2025_7f3a9c2e1b.pdf"
CATS = {"hoat-dong-lien-minh": "Hoạt động Liên minh", "kinh-te-tap-the": "Kinh tế tập thể", "van-ban": "Văn bản"}

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Hải Phòng - Hải Dương: chung sức phát triển kinh tế tập thể",
           "Hợp tác xã kiểu mới - động lực xây dựng nông thôn mới"]
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã thành phố Hải Phòng",
          "Trụ sở: Số 18 Hoàng Diệu, phường Hồng Bàng, thành phố Hải Phòng",
          "Cơ sở 2: Số 3 Hồng Quang, phường Thành Đông, thành phố Hải Phòng",
          "Điện thoại: 0225.3842.117 - Email: lienminhhtx@haiphong.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Trần Văn Thành - Chủ tịch Liên minh HTX thành phố",
          "Giấy phép số 12/GP-STTTT do Sở Văn hóa và Thể thao thành phố Hải Phòng cấp ngày 20/8/2025",
          "© 2025 Liên minh HTX thành phố Hải Phòng. Phát triển trên nền tảng Nuxt & Strapi."]
SIDE = ["Tin đọc nhiều", "Thời tiết Hải Phòng", "Nhiều mây, gió đông bắc cấp 3", "Độ ẩm: 78%",
        "Lượt truy cập", "Đang online: 23", "Hôm nay: 642", "Tổng: 1.086.215", "Liên kết"]
LABELS = ["Tin liên quan", "Chia sẻ:", "Tải thêm", "phút đọc", "Tệp đính kèm", "Đăng ký nhận bản tin",
          "Nhận tin hoạt động HTX mới nhất qua email", "Về đầu trang"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SIDE, *[x for x in LABELS if x != "Tải thêm"]]

ICON_CAL = ('<svg xmlns="http://www.w3.org/2000/svg" class="h-4 w-4" fill="none" viewBox="0 0 24 24" stroke="currentColor" '
            'aria-hidden="true"><path stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M8 7V3m8 4V3m-9 '
            '8h10M5 21h14a2 2 0 002-2V7a2 2 0 00-2-2H5a2 2 0 00-2 2v12a2 2 0 002 2z"/></svg>')
ICON_USER = ('<svg xmlns="http://www.w3.org/2000/svg" class="h-4 w-4" fill="none" viewBox="0 0 24 24" stroke="currentColor" '
             'aria-hidden="true"><path stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M16 7a4 4 0 11-8 '
             '0 4 4 0 018 0zM12 14a7 7 0 00-7 7h14a7 7 0 00-7-7z"/></svg>')
ICON_EYE = ('<svg xmlns="http://www.w3.org/2000/svg" class="h-4 w-4" fill="none" viewBox="0 0 24 24" stroke="currentColor" '
            'aria-hidden="true"><path stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M15 12a3 3 0 11-6 '
            '0 3 3 0 016 0z"/></svg>')
ICON_FILE = ('<svg xmlns="http://www.w3.org/2000/svg" class="h-8 w-8 text-red-600" fill="none" viewBox="0 0 24 24" '
             'stroke="currentColor" aria-hidden="true"><path stroke-linecap="round" stroke-linejoin="round" '
             'stroke-width="2" d="M9 12h6m-6 4h6m2 5H7a2 2 0 01-2-2V5a2 2 0 012-2h5.586a1 1 0 01.707.293l5.414 '
             '5.414a1 1 0 01.293.707V19a2 2 0 01-2 2z"/></svg>')


def meta_date(d: datetime) -> dict:
    return dict(published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=NEWS + "/hoi-nghi-ban-chap-hanh-lien-minh-htx-thanh-pho-lan-thu-hai",
          title="Hội nghị Ban Chấp hành Liên minh HTX thành phố lần thứ hai, nhiệm kỳ 2025 - 2030",
          date=datetime(2026, 3, 14, 8, 30),
          lead="Ngày 13/3, Liên minh HTX thành phố Hải Phòng tổ chức Hội nghị Ban Chấp hành lần thứ hai, đánh giá kết quả quý I và bàn nhiệm vụ trọng tâm năm 2026.",
          body="""
Sau hơn tám tháng hợp nhất, toàn thành phố có 1.327 HTX với trên 96.000 thành viên; riêng khu vực Hải Dương cũ có 612 HTX nông nghiệp đang hoạt động.
[img hoi-nghi-bch-lan-hai.png] Quang cảnh Hội nghị Ban Chấp hành Liên minh HTX thành phố lần thứ hai
## Bốn nhiệm vụ trọng tâm năm 2026
* Hoàn thành rà soát, phân loại HTX theo Luật Hợp tác xã năm 2023;
* Hỗ trợ 40 HTX xây dựng vùng nguyên liệu đạt chứng nhận VietGAP, hữu cơ;
* Giải ngân 35 tỷ đồng từ Quỹ hỗ trợ phát triển HTX thành phố;
* Tổ chức Tuần hàng sản phẩm HTX và OCOP Hải Phòng lần thứ nhất.
Hội nghị đã bầu bổ sung hai Ủy viên Ban Chấp hành là Giám đốc HTX tiêu biểu ở xã Thanh Hà và xã Kiến Thụy.
""",
          author="Nguyễn Thu Trang", **meta_date(datetime(2026, 3, 14, 8, 30)),
          opts={"cat": "hoat-dong-lien-minh", "author": "Nguyễn Thu Trang", "views": 1245, "read": 3},
          notes=["date '14/03/2026' in a <span> beside an SVG calendar icon, time only in article:published_time "
                 "'2026-03-14T01:30:00.000Z' (Strapi's publishedAt, UTC): 08:30; author 'Nguyễn Thu Trang' in a <span> "
                 "beside an SVG user icon: the author, not text; bold lead p.text-lg before the prose div: first line"]),
        A(path=NEWS + "/htx-nuoc-mam-cat-hai-mo-rong-thi-truong-phia-nam",
          title="HTX nước mắm Cát Hải mở rộng thị trường phía Nam",
          date=datetime(2025, 10, 15, 6, 30),
          body="""
HTX Chế biến hải sản Cát Hải vừa ký hợp đồng cung ứng 120.000 lít nước mắm mỗi năm cho hệ thống siêu thị tại Thành phố Hồ Chí Minh và các tỉnh miền Tây.
Nước mắm Cát Hải được ủ chượp trong thùng gỗ từ 12 đến 18 tháng theo phương pháp truyền thống, độ đạm từ 25 đến 40 độ; sản phẩm đã đạt OCOP 4 sao.
[img nuoc-mam-cat-hai.png] Thành viên HTX kiểm tra thùng chượp tại đặc khu Cát Hải
Để giữ chất lượng ổn định, HTX liên kết với 26 tàu cá của ngư dân địa phương, thu mua cá cơm tươi ngay tại cảng.
Doanh thu năm 2025 của HTX ước đạt 18 tỷ đồng, tăng 30% so với năm trước.
""",
          author="Lê Minh Đức", **meta_date(datetime(2025, 10, 15, 6, 30)),
          opts={"cat": "kinh-te-tap-the", "author": "Lê Minh Đức", "views": 2310, "read": 2},
          notes=["published at 06:30 in Vietnam: article:published_time is '2025-10-14T23:30:00.000Z' (UTC, the day "
                 "before) while the span shows 15/10/2025; author span 'Lê Minh Đức'"]),
        A(path=NEWS + "/quyet-dinh-cong-nhan-htx-tieu-bieu-nam-2025",
          title="Quyết định công nhận hợp tác xã tiêu biểu năm 2025",
          date=datetime(2026, 1, 16, 15, 30),
          body="""
LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HẢI PHÒNG
Số: 45/QĐ-LMHTX
Hải Phòng, ngày 15 tháng 01 năm 2026
QUYẾT ĐỊNH
Về việc công nhận hợp tác xã tiêu biểu năm 2025
CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HẢI PHÒNG
Căn cứ Điều lệ Liên minh Hợp tác xã Việt Nam; Căn cứ Quy chế thi đua, khen thưởng của Liên minh HTX thành phố; Xét đề nghị của Hội đồng thi đua, khen thưởng ngày 09/01/2026,
QUYẾT ĐỊNH:
Điều 1. Công nhận 42 hợp tác xã đạt danh hiệu hợp tác xã tiêu biểu năm 2025 (có danh sách kèm theo).
Điều 2. Mỗi hợp tác xã được tặng Giấy khen của Chủ tịch Liên minh HTX thành phố và tiền thưởng theo quy định.
Điều 3. Chánh Văn phòng, Trưởng các ban và các hợp tác xã có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
Nơi nhận: Như Điều 3; Liên minh HTX Việt Nam; Lưu VT.
CHỦ TỊCH Trần Văn Thành
""",
          author=None, doc_number="45/QĐ-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "QD_45_LMHTX_HTX_tieu_bieu_2025.pdf"}],
          **meta_date(datetime(2026, 1, 16, 15, 30)),
          opts={"cat": "van-ban", "views": 512, "read": 2},
          notes=["official decision 'Số: 45/QĐ-LMHTX', place-date line 'Hải Phòng, ngày 15 tháng 01 năm 2026' the day "
                 "before the post's date (16/01/2026, meta 08:30Z = 15:30); signer last; no author span: author null; "
                 "the PDF in a file card 'Tệp đính kèm' after the prose ('Tải về'): an attachment, not text"]),
        A(path=NEWS + "/anh-lang-gom-chu-dau-vao-vu-tet",
          title="Ảnh: Làng gốm Chu Đậu vào vụ Tết",
          date=datetime(2026, 1, 28, 10, 0),
          lead="Những ngày cận Tết Bính Ngọ, các thành viên HTX Gốm Chu Đậu (xã Nam Sách, khu vực Hải Dương cũ) tất bật hoàn thiện đơn hàng.",
          body="""
[img gom-chu-dau-1.png] Nghệ nhân HTX vẽ họa tiết lam trên bình gốm mộc
[img gom-chu-dau-2.png] Lò nung gas của HTX chạy liên tục ba ca mỗi ngày
[img gom-chu-dau-3.png] Sản phẩm gốm Chu Đậu được đóng hộp quà Tết
[img gom-chu-dau-4.png] Khách tham quan chọn mua gốm tại phòng trưng bày của HTX
""",
          author="Đỗ Tuấn Anh", **meta_date(datetime(2026, 1, 28, 10, 0)),
          opts={"cat": "kinh-te-tap-the", "author": "Đỗ Tuấn Anh", "views": 3120, "read": 1},
          notes=["photo story: the lead then four figures of the prose (img + figcaption.text-center.text-sm.italic: one "
                 "line each) and no paragraph; author span 'Đỗ Tuấn Anh'"]),
        A(path=EVENTS + "/ra-mat-htx-du-lich-cong-dong-dao-cat-ba",
          title="Ra mắt HTX Du lịch cộng đồng Việt Hải trên đảo Cát Bà",
          date=datetime(2026, 3, 7),
          body="""
Ngày 7/3, tại xã Việt Hải, Liên minh HTX thành phố phối hợp với chính quyền đặc khu Cát Hải tổ chức lễ ra mắt HTX Du lịch cộng đồng Việt Hải.
HTX có 31 thành viên là hộ dân trong làng, cung cấp dịch vụ lưu trú tại nhà dân, ẩm thực, chèo thuyền kayak và hướng dẫn khách đi bộ xuyên rừng quốc gia.
[img htx-viet-hai.png] Thành viên HTX Du lịch cộng đồng Việt Hải đón đoàn khách đầu tiên
Liên minh HTX thành phố hỗ trợ HTX xây dựng trang giới thiệu, đào tạo kỹ năng đón khách và kết nối với các công ty lữ hành.
""",
          byline="Bài, ảnh: Minh Khang", author="Minh Khang",
          published=iso(datetime(2026, 3, 7), with_time=False), published_source="listing", evidence=["listing"],
          opts={"event": True},
          notes=["event (Strapi collection without draft/publish; the page queries title and text only): no date on the "
                 "page, no article:published_time; 'Ngày 7/3' (no year) in the text and '07/03/2026' in the /su-kien "
                 "listing: midnight; byline 'Bài, ảnh: Minh Khang' last: part of the text, the author"]),
        A(path=NEWS + "/hai-phong-co-them-18-san-pham-ocop-cua-htx",
          title="Hải Phòng có thêm 18 sản phẩm OCOP của HTX",
          date=datetime(2025, 12, 22, 16, 45),
          body="""
UBND thành phố vừa quyết định công nhận 18 sản phẩm OCOP của các HTX, trong đó 11 sản phẩm thuộc khu vực Hải Dương cũ.
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Cà rốt Đức Chính | HTX Nông nghiệp Cẩm Giàng | 4 sao |
| 2 | Vải thiều sấy Thanh Hà | HTX Dịch vụ nông nghiệp Thanh Hà | 4 sao |
| 3 | Bánh đa Kinh Môn | HTX Làng nghề Kinh Môn | 3 sao |
| 4 | Rượu thuốc Kiến Thụy | HTX Sản xuất rượu Kiến Thụy | 3 sao |
Liên minh HTX thành phố sẽ đưa các sản phẩm mới công nhận vào Tuần hàng sản phẩm HTX và OCOP dự kiến tổ chức trong quý II năm 2026.
""",
          byline="Thu Hằng", author="Thu Hằng", **meta_date(datetime(2025, 12, 22, 16, 45)),
          opts={"cat": "kinh-te-tap-the", "views": 988, "read": 2},
          notes=["a table in the prose (one line per row, cells between ' | '); no author span; byline 'Thu Hằng' last "
                 "(right-aligned bold): part of the text, the author"]),
        A(path=NEWS + "/htx-ca-rot-cam-giang-xuat-khau-sang-han-quoc",
          title="HTX cà rốt Cẩm Giàng xuất khẩu sang Hàn Quốc",
          date=datetime(2025, 11, 6, 9, 10),
          body="""
Vụ đông năm nay, HTX Nông nghiệp Cẩm Giàng ký hợp đồng xuất khẩu 2.500 tấn cà rốt sang Hàn Quốc và Nhật Bản thông qua doanh nghiệp chế biến ở Hải Phòng.
HTX tổ chức cho 210 hộ thành viên sản xuất trên 85 ha theo quy trình VietGAP, dùng máy lên luống và máy rửa củ do Liên minh HTX hỗ trợ vốn vay.
[img ca-rot-cam-giang.png] Thành viên HTX rửa và phân loại cà rốt trước khi giao cho doanh nghiệp
Giá bao tiêu bình quân 7.500 đồng/kg, cao hơn bán cho thương lái khoảng 1.500 đồng/kg.
""",
          author="Phạm Văn Hùng", **meta_date(datetime(2025, 11, 6, 9, 10)),
          opts={"cat": "kinh-te-tap-the", "author": "Phạm Văn Hùng", "views": 1733, "read": 2}),
        A(path=NEWS + "/htx-gia-loc-lien-ket-san-xuat-lua-giong",
          title="HTX Gia Lộc liên kết sản xuất lúa giống",
          date=datetime(2024, 11, 5),
          body="""
HTX Dịch vụ nông nghiệp Gia Xuyên (huyện Gia Lộc) liên kết với công ty giống cây trồng sản xuất 45 ha lúa giống trong vụ mùa năm 2024.
Công ty cung cấp giống siêu nguyên chủng, cử cán bộ kỹ thuật theo dõi đồng ruộng và thu mua toàn bộ sản phẩm đạt tiêu chuẩn.
[img lua-giong-gia-loc.png] Cán bộ kỹ thuật kiểm tra ruộng lúa giống của HTX
Lợi nhuận từ lúa giống cao gấp rưỡi so với lúa thương phẩm, giúp thành viên yên tâm gắn bó với HTX.
""",
          byline="Nguồn: Báo Hải Dương", author=None,
          published=iso(datetime(2024, 11, 5), with_time=False), published_source="date-element",
          evidence=["date-element", "listing"],
          opts={"cat": "kinh-te-tap-the", "views": 402, "read": 2, "migrated": datetime(2025, 8, 4, 10, 0)},
          notes=["a 2024 post migrated from the former Hải Dương portal: the span shows its original date 05/11/2024 "
                 "(no time: midnight) while article:published_time is Strapi's publishedAt of the migration "
                 "'2025-08-04T03:00:00.000Z'; 'Nguồn: Báo Hải Dương' last: part of the text, a source, author null; only "
                 "on /tin-tuc?page=2"]),
        A(path=NEWS + "/lien-minh-htx-thanh-pho-hai-phong-moi-chinh-thuc-hoat-dong",
          title="Liên minh HTX thành phố Hải Phòng (mới) chính thức hoạt động",
          date=datetime(2025, 7, 10, 9, 0),
          lead="Liên minh HTX thành phố Hải Phòng được hợp nhất từ Liên minh HTX thành phố Hải Phòng và Liên minh HTX tỉnh Hải Dương đã chính thức đi vào hoạt động từ ngày 01/7/2025.",
          body="""
Cơ quan Liên minh làm việc tại trụ sở số 18 Hoàng Diệu và cơ sở 2 tại phường Thành Đông; các HTX khu vực Hải Dương cũ tiếp tục nộp hồ sơ vay vốn tại cơ sở 2.
Trong quý III, Liên minh tập trung kiện toàn bộ máy, hợp nhất dữ liệu HTX của hai địa phương và bảo đảm không gián đoạn hoạt động cho vay của Quỹ hỗ trợ phát triển HTX.
""",
          author="Phạm Văn Hùng", **meta_date(datetime(2025, 7, 10, 9, 0)),
          opts={"cat": "hoat-dong-lien-minh", "author": "Phạm Văn Hùng", "views": 2876, "read": 1},
          notes=["oldest post-merger post: only on /tin-tuc?page=2 (and its category page)"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/uploads/{src}"


def pic(a: Article) -> str | None:
    return a.first_image()


def utc(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def sid(text: str) -> int:
    return int(hashlib.md5(text.encode()).hexdigest()[:4], 16)


def date_row(d: datetime, extra: str = "") -> str:
    return f'<div class="flex items-center gap-1.5">{ICON_CAL}<span>{d:%d/%m/%Y}</span></div>{extra}'


def rich(a: Article) -> str:
    out: list[str] = []
    rows: list[list[str]] = []

    def table() -> None:
        if rows:
            head, *body = rows
            out.append('<table><thead><tr>' + " ".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + " ".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in body)
                       + "</tbody></table>")
            rows.clear()

    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            rows.append([c.strip() for c in b.text.strip("|").split("|")])
            continue
        table()
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<figure class="my-6"><img class="w-full rounded-lg" src="{img(b.src)}" alt="{attr(b.text)}" '
                       f'loading="lazy" width="1200" height="800">'
                       + (f'<figcaption class="text-center text-sm italic">{esc(b.text)}</figcaption>' if b.text else "")
                       + "</figure>")
    table()
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def card(a: Article, small: bool = False) -> str:
    p = pic(a)
    h = "text-base" if small else "text-lg"
    return (f'<article class="group flex flex-col overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-gray-100">'
            + (f'<a href="{a.path}" class="block aspect-video overflow-hidden"><img class="h-full w-full object-cover '
               f'transition group-hover:scale-105" src="{img(p)}" alt="" loading="lazy"></a>' if p else "")
            + f'<div class="flex flex-1 flex-col p-4"><h3 class="{h} font-semibold leading-snug text-gray-900 '
            f'group-hover:text-blue-700"><a href="{a.path}">{esc(a.title)}</a></h3>'
            f'<div class="mt-2 flex items-center gap-4 text-sm text-gray-500">{date_row(a.date)}</div>'
            f'<p class="mt-2 line-clamp-3 text-sm text-gray-600">{esc(" ".join(a.summary().split()[:28]))}…</p>'
            f'</div></article>')


def devalue(obj) -> str:
    """Nuxt's payload: a flat array, every object, array and value at its own index."""
    arr: list = []

    def add(v) -> int:
        idx = len(arr)
        arr.append(None)
        if isinstance(v, dict):
            arr[idx] = {k: add(x) for k, x in v.items()}
        elif isinstance(v, list):
            arr[idx] = [add(x) for x in v]
        else:
            arr[idx] = v
        return idx

    arr.append(["ShallowReactive", 1])
    arr.append(None)
    arr[1] = {"data": add(obj), "state": add({}), "once": add(["Set"]), "_errors": add({}),
              "serverRendered": add(True), "path": add("")}
    return json.dumps(arr, ensure_ascii=False).replace("<", "\\u003C").replace(">", "\\u003E")


def strapi(a: Article, full: bool = True) -> dict:
    d = {"id": sid(a.path), "attributes": {"tieuDe": a.title, "slug": a.path.rsplit("/", 1)[1]}}
    if a.opts.get("event"):
        if full:
            d["attributes"]["noiDung"] = rich(a)
        return d
    at = d["attributes"]
    at["sapo"] = a.lead or a.summary()
    if full:
        at["noiDung"] = rich(a)
    at["ngayDang"] = f"{a.date:%Y-%m-%d}"
    shown = a.opts.get("migrated") or a.date
    at["publishedAt"] = utc(shown)
    at["updatedAt"] = utc(shown + timedelta(hours=2, minutes=17))
    at["tacGia"] = a.opts.get("author")
    at["chuyenMuc"] = {"data": {"attributes": {"ten": CATS[a.opts["cat"]], "slug": a.opts["cat"]}}}
    return d


def layout(title: str, main: str, hot: list[Article], payload: dict, *, head: str = "", route: str = "/") -> str:
    nav = "".join(f'<a href="{h}" class="px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">{t}</a>'
                  for h, t in [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"),
                               ("/chuyen-muc/hoat-dong-lien-minh", "Hoạt động Liên minh"),
                               ("/chuyen-muc/kinh-te-tap-the", "Kinh tế tập thể"), ("/chuyen-muc/van-ban", "Văn bản"),
                               (EVENTS, "Sự kiện"), (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    hot_items = "".join(f'<li class="flex gap-3 border-b border-gray-100 py-2"><span class="text-2xl font-bold text-gray-300">'
                        f'{i}</span><a href="{a.path}" class="text-sm text-gray-800 hover:text-blue-700">{esc(a.title)}</a></li>'
                        for i, a in enumerate(hot, 1))
    side = (f'<aside class="space-y-6 lg:col-span-4">'
            f'<div class="rounded-xl bg-white p-4 shadow-sm"><h2 class="mb-3 border-l-4 border-blue-700 pl-2 text-base '
            f'font-bold uppercase">{SIDE[0]}</h2><ol>{hot_items}</ol></div>'
            f'<div class="rounded-xl bg-gradient-to-br from-sky-500 to-blue-600 p-4 text-white"><p class="text-sm">{SIDE[1]}</p>'
            f'<p class="text-3xl font-bold">24°C</p><p class="text-sm">{SIDE[2]}</p><p class="text-xs">{SIDE[3]}</p></div>'
            f'<div class="rounded-xl bg-white p-4 text-sm shadow-sm"><h2 class="mb-2 font-bold">{SIDE[4]}</h2>'
            f'<p>{SIDE[5]}</p><p>{SIDE[6]}</p><p>{SIDE[7]}</p></div>'
            f'<div class="rounded-xl bg-white p-4 text-sm shadow-sm"><h2 class="mb-2 font-bold">{SIDE[8]}</h2><ul class="space-y-1">'
            '<li><a href="{{base:offsite}}/lmhtx-vn/" target="_blank" rel="noopener">Liên minh HTX Việt Nam</a></li>'
            '<li><a href="{{base:offsite}}/chinh-phu/" target="_blank" rel="noopener">Cổng TTĐT Chính phủ</a></li></ul></div>'
            f'</aside>')
    footer = "".join(f'<p>{esc(x)}</p>' for x in FOOTER[:6])
    return f"""<!DOCTYPE html>
<html lang="vi" data-capo="">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Liên minh HTX Hải Phòng</title>
<link rel="stylesheet" href="/_nuxt/entry.C4fQ2mZk.css">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/DkR0bT9a.js">
<link rel="icon" type="image/png" href="/uploads/favicon_32x32.png">{head}
<script type="module" src="/_nuxt/DkR0bT9a.js" crossorigin></script>
</head>
<body class="bg-gray-50 font-sans text-gray-900 antialiased"><div id="__nuxt"><div class="flex min-h-screen flex-col">
<div class="bg-blue-900 text-xs text-blue-100"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-1.5">
<span>{TODAY}</span><span class="hidden md:inline">{esc(SLOGANS[0])}</span><a href="/dang-nhap" class="hover:underline">Đăng nhập</a></div></div>
<header class="bg-white shadow-sm"><div class="mx-auto flex max-w-7xl items-center gap-4 px-4 py-4">
<a href="/" class="flex items-center gap-3"><img src="/uploads/logo_lmhtx_haiphong.png" alt="{NAME}" class="h-14 w-14">
<div><p class="text-xs uppercase tracking-wide text-gray-500">Cổng thông tin điện tử</p>
<p class="text-xl font-extrabold uppercase text-blue-900">{NAME}</p></div></a>
<p class="ml-auto hidden text-sm italic text-red-700 lg:block">{esc(SLOGANS[1])}</p>
<form action="/tim-kiem" class="hidden md:block"><input name="q" type="search" placeholder="Tìm kiếm..." class="rounded-full border px-4 py-1.5 text-sm"></form>
</div><nav class="bg-blue-700"><div class="mx-auto flex max-w-7xl flex-wrap px-4">{nav}</div></nav></header>
<main class="mx-auto grid w-full max-w-7xl flex-1 gap-8 px-4 py-8 lg:grid-cols-12">
<div class="lg:col-span-8">{main}</div>
{side}
</main>
<section class="bg-blue-50"><div class="mx-auto max-w-7xl px-4 py-6 text-center"><p class="font-semibold">{LABELS[5]}</p>
<p class="text-sm text-gray-600">{LABELS[6]}</p><form class="mt-3 flex justify-center gap-2"><input type="email" class="rounded border px-3 py-1.5">
<button type="button" class="rounded bg-blue-700 px-4 py-1.5 text-white">Đăng ký</button></form></div></section>
<footer class="bg-gray-900 text-sm text-gray-300"><div class="mx-auto max-w-7xl space-y-1 px-4 py-8">{footer}
<p class="pt-4 text-xs text-gray-500">{esc(FOOTER[6])}</p></div></footer>
<button type="button" class="fixed bottom-6 right-6 rounded-full bg-blue-700 p-3 text-white" aria-label="{LABELS[7]}">{LABELS[7]}</button>
</div></div><div id="teleports"></div>
<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">{devalue(payload)}</script>
<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{strapiUrl:"/api",siteName:"Liên minh HTX Hải Phòng"}},app:{{baseURL:"/",buildId:"9b1f6e02-4c7d-4a8e-b3a1-5d0c7e2f9a44",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script>
</body>
</html>
"""


def post_main(a: Article, related: list[Article]) -> str:
    o = a.opts
    crumb = (f'<nav class="mb-4 text-sm text-gray-500" aria-label="Breadcrumb"><a href="/">Trang chủ</a> / '
             + (f'<a href="{EVENTS}">Sự kiện</a>' if o.get("event") else
                f'<a href="/chuyen-muc/{o["cat"]}">{CATS[o["cat"]]}</a>') + "</nav>")
    badge = "" if o.get("event") else (f'<a href="/chuyen-muc/{o["cat"]}" class="inline-block rounded bg-blue-50 px-2 '
                                       f'py-0.5 text-xs font-medium text-blue-700">{CATS[o["cat"]]}</a>')
    meta = ""
    if not o.get("event"):
        author = (f'<div class="flex items-center gap-1.5">{ICON_USER}<span>{esc(o["author"])}</span></div>'
                  if o.get("author") else "")
        meta = (f'<div class="mt-3 flex flex-wrap items-center gap-4 text-sm text-gray-500">{date_row(a.date)}{author}'
                f'<div class="flex items-center gap-1.5">{ICON_EYE}<span>{o["views"]:,} lượt xem</span></div>'
                .replace(",", ".")
                + f'<span>{o["read"]} phút đọc</span></div>')
    lead = f'<p class="mt-4 text-lg font-semibold leading-relaxed text-gray-700">{esc(a.lead)}</p>' if a.lead else ""
    attach = ""
    if a.attachments:
        x = a.attachments[0]
        attach = (f'<div class="mt-8"><p class="mb-2 text-sm font-semibold">{LABELS[4]}</p><div class="flex items-center '
                  f'gap-3 rounded-lg border border-gray-200 p-4">{ICON_FILE}<div><p class="font-medium">{esc(x["text"])}</p>'
                  f'<p class="text-xs text-gray-500">245 KB</p></div><a href="{x["path"]}" target="_blank" class="ml-auto '
                  f'rounded bg-blue-700 px-3 py-1.5 text-sm text-white">Tải về</a></div></div>')
    share = ('<div class="mt-8 flex items-center gap-3 border-t pt-4 text-sm"><span class="font-semibold">Chia sẻ:</span>'
             '<button type="button" class="rounded bg-blue-600 px-3 py-1 text-white">Facebook</button>'
             '<button type="button" class="rounded bg-sky-500 px-3 py-1 text-white">Zalo</button>'
             '<button type="button" class="rounded bg-gray-200 px-3 py-1">Sao chép liên kết</button></div>')
    rel = ""
    if related:
        rel = (f'<section class="mt-10 border-t pt-6"><h2 class="mb-4 text-xl font-bold">{LABELS[0]}</h2>'
               f'<div class="grid gap-6 md:grid-cols-3">' + "".join(card(r, True) for r in related) + "</div></section>")
    return (f'{crumb}<article>{badge}<h1 class="mt-2 text-3xl font-bold leading-tight text-gray-900 md:text-4xl">'
            f'{esc(a.title)}</h1>{meta}{lead}<div class="prose prose-lg mt-6 max-w-none">{rich(a)}</div>{attach}'
            f'{share}</article>{rel}')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hai-phong", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    posts = [a for a in arts if not a.opts.get("event")]
    events = [a for a in arts if a.opts.get("event")]
    hot = [posts[i] for i in (1, 3, 5, 2)]

    for a in arts:
        related = [o for o in posts if o is not a and (a.opts.get("event") or o.opts["cat"] == a.opts["cat"])][:3]
        if len(related) < 2:
            related = [o for o in posts if o is not a][:3]
        head = f'\n<link rel="canonical" href="{a.path}">\n<meta property="og:type" content="article">' \
               f'\n<meta property="og:title" content="{attr(a.title)}">'
        if not a.opts.get("event"):
            shown = a.opts.get("migrated") or a.date
            head += (f'\n<meta property="article:published_time" content="{utc(shown)}">'
                     f'\n<meta property="article:modified_time" content="{utc(shown + timedelta(hours=2, minutes=17))}">'
                     f'\n<meta name="description" content="{attr(a.lead or a.summary())}">')
        payload = {a.path: {"data": [strapi(a)], "meta": {"pagination": {"page": 1, "pageSize": 1, "total": 1}}},
                   f"related-{a.path}": {"data": [strapi(r, False) for r in related]}}
        site.page(a.path, layout(a.title, post_main(a, related), hot, payload, head=head, route=a.path),
                  content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Quyết định số 45/QĐ-LMHTX", ["CONG NHAN HTX TIEU BIEU NAM 2025",
                                                           "Lien minh HTX thanh pho Hai Phong"]))
    site.trap("every page ends with <script id=__NUXT_DATA__ type=application/json>: Nuxt's flat devalue array holding "
              "the post's Strapi entry again (the rich text as an HTML string, publishedAt/updatedAt in UTC) and the "
              "related posts' titles and summaries", posts[0].path)
    site.trap("Tailwind only, no semantic class names; under the text a 'Tin liên quan' grid whose cards repeat the "
              "post's date row markup (SVG calendar icon + <span>dd/mm/yyyy</span>, text-sm text-gray-500) with "
              "titles and excerpts; a 'Chia sẻ:' row of buttons and a newsletter band after it", posts[1].path)

    def listing(path: str, title: str, items: list[Article], per: int = 6, pager_style: str = "query") -> None:
        chunks = [items[i:i + per] for i in range(0, len(items), per)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            url = path if n == 1 else f"{path}?page={n}"
            nav = ""
            if len(chunks) > 1:
                nums = "".join(
                    f'<a href="{path}?page={k}" class="rounded px-3 py-1 {"bg-blue-700 text-white" if k == n else "bg-white"}"'
                    + (' aria-current="page"' if k == n else "") + f">{k}</a>" for k in range(1, len(chunks) + 1))
                more = (f'<button type="button" class="mx-auto mt-8 block rounded-full border border-blue-700 px-6 py-2 '
                        f'text-sm font-medium text-blue-700" data-next-page="{n + 1}">Tải thêm</button>'
                        if n < len(chunks) else "")
                nav = f'{more}<nav aria-label="Phân trang" class="mt-6 flex justify-center gap-2 text-sm">{nums}</nav>'
            main = (f'<h1 class="mb-6 border-l-4 border-blue-700 pl-3 text-2xl font-bold uppercase">{esc(title)}</h1>'
                    f'<div class="grid gap-6 sm:grid-cols-2">' + "".join(card(a) for a in chunk) + f"</div>{nav}")
            payload = {f"list-{path}-{n}": {"data": [strapi(a, False) for a in chunk],
                                            "meta": {"pagination": {"page": n, "pageSize": per, "pageCount": len(chunks),
                                                                    "total": len(items)}}}}
            site.page(url, layout(title, main, hot, payload), content_type=HTML)
            site.non_articles.append(url)
            if n == 1 and len(chunks) > 1:
                site.same_page(f"{path}?page=1", path)
                site.non_articles.append(f"{path}?page=1")

    listing(NEWS, "Tin tức", posts)
    for slug, name in CATS.items():
        listing(f"/chuyen-muc/{slug}", name, [a for a in posts if a.opts["cat"] == slug])
    site.trap("listing /tin-tuc: six cards (image, title, date row, excerpt), a 'Tải thêm' <button> (JavaScript, no "
              "link) and numbered links /tin-tuc?page=1, ?page=2; page 2 holds the two oldest posts", NEWS + "?page=2")
    ev_cards = "".join(
        f'<article class="flex gap-4 rounded-xl bg-white p-4 shadow-sm"><div class="w-20 shrink-0 rounded bg-blue-700 '
        f'p-2 text-center text-white"><p class="text-2xl font-bold">{a.date:%d}</p><p class="text-xs">{a.date:%m/%Y}</p>'
        f'</div><div><h3 class="font-semibold"><a href="{a.path}">{esc(a.title)}</a></h3>'
        f'<p class="mt-1 text-sm text-gray-500">{a.date:%d/%m/%Y}</p><p class="mt-1 text-sm text-gray-600">'
        f'{esc(" ".join(a.summary().split()[:24]))}…</p></div></article>' for a in events)
    site.page(EVENTS, layout("Sự kiện", f'<h1 class="mb-6 text-2xl font-bold uppercase">Sự kiện</h1><div class="space-y-4">'
                                        f'{ev_cards}</div>', hot, {"events": {"data": [strapi(a, False) for a in events]}}),
              content_type=HTML)
    site.trap("events listing /su-kien: a date block (day, month/year) and '07/03/2026' per event; the event page "
              "itself shows no date", EVENTS)

    home = (f'<section class="grid gap-6 md:grid-cols-2">{card(posts[0])}{card(posts[1])}</section>'
            f'<h2 class="mb-4 mt-8 text-xl font-bold uppercase">Tin mới</h2><div class="grid gap-6 sm:grid-cols-3">'
            + "".join(card(a, True) for a in posts[2:8]) + f'</div><a href="{NEWS}" class="mt-4 inline-block text-sm '
            f'text-blue-700">Xem tất cả »</a><h2 class="mb-4 mt-8 text-xl font-bold uppercase">Sự kiện</h2>{ev_cards}')
    site.page("/", layout("Trang chủ", home, hot, {"home": {"data": [strapi(a, False) for a in posts[:8]]}}),
              content_type=HTML)

    about = ["Liên minh Hợp tác xã thành phố Hải Phòng được hợp nhất từ Liên minh Hợp tác xã thành phố Hải Phòng và "
             "Liên minh Hợp tác xã tỉnh Hải Dương, hoạt động từ ngày 01 tháng 7 năm 2025 theo Nghị quyết của Quốc hội về "
             "sắp xếp đơn vị hành chính cấp tỉnh.",
             "Liên minh là tổ chức chính trị - xã hội, đại diện và bảo vệ quyền, lợi ích hợp pháp của các hợp tác xã, "
             "liên hiệp hợp tác xã, tổ hợp tác; tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, đào tạo và "
             "hỗ trợ tiếp cận vốn, thị trường cho các thành viên.",
             "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Thi đua, Ban Hỗ trợ phát triển hợp tác "
             "xã và Quỹ hỗ trợ phát triển hợp tác xã thành phố, làm việc tại trụ sở ở phường Hồng Bàng và cơ sở 2 ở "
             "phường Thành Đông."]
    about_main = (f'<article><h1 class="mt-2 text-3xl font-bold leading-tight text-gray-900 md:text-4xl">Giới thiệu '
                  f'Liên minh HTX thành phố</h1><div class="prose prose-lg mt-6 max-w-none">'
                  + "".join(f"<p>{esc(p)}</p>" for p in about)
                  + f'<figure class="my-6"><img class="w-full rounded-lg" src="/uploads/tru_so_lien_minh.png" alt="">'
                  f'<figcaption class="text-center text-sm italic">Trụ sở Liên minh HTX thành phố</figcaption></figure>'
                  f'</div></article>')
    site.page(ABOUT, layout("Giới thiệu", about_main, hot, {"page-gioi-thieu": {"data": {"attributes": {
        "tieuDe": "Giới thiệu", "noiDung": "".join(f"<p>{p}</p>" for p in about)}}}},
                            head=f'\n<link rel="canonical" href="{ABOUT}">'), content_type=HTML)
    site.trap("/gioi-thieu: the same h1 and 'prose prose-lg' block as a post (three long paragraphs and a captioned "
              "figure), no date: not an article; nor /lien-he (a form), /thu-vien-anh (captioned figures), "
              "/dang-nhap (the Strapi login form) and the search /tim-kiem?q=ocop", ABOUT)
    site.page(CONTACT, layout("Liên hệ", f'<h1 class="text-2xl font-bold">Liên hệ</h1><p class="mt-2">{NAME}</p>'
                                         '<form class="mt-4 space-y-3"><input name="hoTen" class="w-full rounded border px-3 py-2">'
                                         '<textarea name="noiDung" class="w-full rounded border px-3 py-2"></textarea>'
                                         '<button type="button" class="rounded bg-blue-700 px-4 py-2 text-white">Gửi liên hệ'
                                         '</button></form>', hot, {}), content_type=HTML)
    gal = "".join(f'<figure><img class="rounded-lg" src="{img(b.src)}" alt=""><figcaption class="text-center text-sm '
                  f'italic">{esc(b.text)}</figcaption></figure>'
                  for a in arts for b in a.blocks if b.kind == "img" and b.text)
    site.page(GALLERY, layout("Thư viện ảnh", f'<h1 class="mb-6 text-2xl font-bold uppercase">Thư viện ảnh</h1>'
                                              f'<div class="grid grid-cols-2 gap-4 md:grid-cols-3">{gal}</div>', hot, {}),
              content_type=HTML)
    found = [a for a in posts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page(SEARCH, layout("Tìm kiếm", f'<h1 class="mb-4 text-2xl font-bold">Kết quả tìm kiếm cho “ocop”</h1>'
                                         f'<p class="mb-4 text-sm text-gray-500">Tìm thấy {len(found)} kết quả</p>'
                                         f'<div class="grid gap-6 sm:grid-cols-2">' + "".join(card(a) for a in found)
                             + "</div>", hot, {"search": {"data": [strapi(a, False) for a in found]}}), content_type=HTML)
    site.page(LOGIN, layout("Đăng nhập", '<h1 class="text-2xl font-bold">Đăng nhập</h1><form class="mt-4 space-y-3">'
                                        '<input name="identifier" class="w-full rounded border px-3 py-2"><input '
                                        'type="password" name="password" class="w-full rounded border px-3 py-2"><button '
                                        'type="button" class="rounded bg-blue-700 px-4 py-2 text-white">Đăng nhập</button>'
                                        '</form>', hot, {}), content_type=HTML)
    site.non_articles += ["/", EVENTS, ABOUT, CONTACT, GALLERY, SEARCH, LOGIN]
    site.binary("/uploads/favicon_32x32.png", b"")
    site.static("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /admin/\n")
    return site
