"""Site `tthtx-lamdong` (registry family `generic`): the Trung tâm Tư vấn và Hỗ trợ hợp tác xã of the merged
Lâm Đồng province (Đắk Nông and Bình Thuận joined it in 2025) on a Vietnamese newspaper-style CMS of the
kind VCCorp / ePi-type vendors sell to agencies, written as a held-out test: no family module, no selectors.

Why it is hard: article URLs are `/<slug>-<16 digits>.htm`, the digits an internal id that reads
like a date-time (`202512011030` + 4) but is the moment the DRAFT was created: on several articles it
is days before the publication shown in `span.detail-time` ("05/12/2025 14:00 GMT+7"), and
`<meta itemprop="dateCreated">` carries that draft time too (`datePublished` / `article:published_time`
the real one). The title is `h1.detail-title`, the lead an `h2.detail-sapo` (first line of the text),
the text `div.detail-content` with inline "Xem thêm:" boxes of related links between its paragraphs
(`div.VCSortableInPreviewMode[type=RelatedOneNews]`: not text) and photos as `figure[type=Photo]`
with `figcaption.PhotoCMS_Caption`. The author is `div.detail-author` AFTER the text (author only,
not text); it may say "Nguồn: Báo Lâm Đồng" (a source: no author) or be empty, and one migrated
article keeps its byline as the last paragraph of the text. Around it: "Tin cùng chuyên mục" and
"Đọc nhiều" boxes with other articles' times and sapos, box ads, a banner with today's date.
Sections are `/tin-tuc.htm` and `/tin-tuc/trang-2.htm`.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, image_for, inline_html, iso, pdf, weekday

SITE = "tthtx-lamdong"
NAME = "Trung tâm Tư vấn và Hỗ trợ hợp tác xã tỉnh Lâm Đồng"
NEWS = "/tin-tuc"
DOCS = "/van-ban"
PER = 5
PDF_PATH = "/uploaded/2026/01/KH-05-TTTVHT-boi-duong-giam-doc-HTX-2026.pdf"

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Mừng Đảng - Mừng Xuân Bính Ngọ 2026",
           "Hợp tác xã - Nền tảng phát triển kinh tế tập thể bền vững"]
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Lâm Đồng",
          "Địa chỉ: Số 36 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng",
          "Điện thoại: 0263.3822.458 - Fax: 0263.3822.459",
          "Chịu trách nhiệm nội dung: Ông Phạm Văn Quang - Giám đốc Trung tâm",
          "Giấy phép số 12/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng cấp ngày 15/9/2025",
          "Ghi rõ nguồn \"Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Lâm Đồng\" khi phát hành lại thông tin từ website này",
          "Bản quyền thuộc về Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Lâm Đồng"]
SIDE = ["Đọc nhiều", "Tin cùng chuyên mục", "Xem thêm:", "Quảng cáo", "Liên hệ quảng cáo",
        "Thời tiết Đà Lạt", "Sương mù buổi sáng, trưa chiều nắng nhẹ", "Thống kê truy cập", "Đang online: 31",
        "Tổng lượt truy cập: 1.204.337", "Từ khóa:", "Bình luận", "Gửi bình luận",
        "Chia sẻ bài viết", "Lượt xem:"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SIDE]


def aid(d: datetime, n: int) -> str:
    return f"{d:%Y%m%d%H%M}{n:04d}"


def meta_dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/mo-3-diem-tu-van-luu-dong-cho-htx-tai-gia-nghia-va-phan-thiet-" + aid(datetime(2026, 2, 10, 9, 25), 3817) + ".htm",
          title="Mở 3 điểm tư vấn lưu động cho HTX tại Gia Nghĩa, Bảo Lộc và Phan Thiết",
          date=datetime(2026, 2, 10, 9, 30),
          lead="Từ tháng 2/2026, Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Lâm Đồng bố trí cán bộ làm việc định kỳ tại ba điểm tư vấn lưu động, giúp HTX ở xa không phải về Đà Lạt làm thủ tục.",
          body="""
Ba điểm tư vấn đặt tại trụ sở cũ của Liên minh HTX tỉnh Đắk Nông ở phường Gia Nghĩa, Văn phòng đại diện ở phường Bảo Lộc và trụ sở cũ của Liên minh HTX tỉnh Bình Thuận ở phường Phan Thiết.
Mỗi điểm làm việc vào thứ Ba và thứ Năm hằng tuần, tiếp nhận hồ sơ thành lập, đăng ký thay đổi, giải thể HTX và tư vấn lập phương án vay vốn.
[img diem-tu-van-gia-nghia.png] Cán bộ Trung tâm hướng dẫn thành viên HTX làm hồ sơ tại điểm tư vấn Gia Nghĩa
Ông Phạm Văn Quang, Giám đốc Trung tâm, cho biết sau hợp nhất địa bàn của tỉnh trải dài hơn 300 km, nhiều HTX mất cả ngày đi lại chỉ để nộp một bộ hồ sơ.
Trong tuần đầu, ba điểm đã tiếp nhận 47 lượt HTX đến hỏi, trong đó 12 hồ sơ được giải quyết ngay trong ngày.
""",
          author="Hoàng Yến", **meta_dated(datetime(2026, 2, 10, 9, 30)),
          opts={"byline": "Hoàng Yến", "views": 1245, "related": (2, ["/trung-tam-tong-ket-cong-tac", "/huong-dan-htx-ca-phe"])},
          notes=["an inline 'Xem thêm:' box (a related link) between the second paragraph and the photo: not text; "
                 "author only in div.detail-author after the text"]),
        A(path="/trung-tam-tong-ket-cong-tac-nam-2025-" + aid(datetime(2026, 1, 6, 14, 20), 1022) + ".htm",
          title="Trung tâm Tư vấn và Hỗ trợ HTX tỉnh tổng kết công tác năm 2025",
          date=datetime(2026, 1, 7, 8, 15),
          lead="Năm 2025, dù vừa thực hiện hợp nhất ba trung tâm, đơn vị vẫn hoàn thành vượt 8 trên 10 chỉ tiêu được Liên minh HTX tỉnh giao.",
          body="""
Chiều 6/1, Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026.
Trong năm, Trung tâm tư vấn thành lập mới 58 HTX, tổ chức 26 lớp bồi dưỡng cho 1.930 lượt cán bộ, thành viên HTX và hỗ trợ 64 HTX tham gia hội chợ, triển lãm trong và ngoài tỉnh.
[img tong-ket-2025-ld.png] Quang cảnh hội nghị tổng kết
## Những hạn chế cần khắc phục
Hội nghị chỉ ra việc theo dõi sau tư vấn còn yếu; nhiều HTX thành lập mới chưa có phương án kinh doanh rõ ràng, chưa ký được hợp đồng tiêu thụ.
Năm 2026, Trung tâm đặt mục tiêu mỗi HTX thành lập mới được theo dõi, hỗ trợ ít nhất 12 tháng.
""",
          author="Đình Tuấn", **meta_dated(datetime(2026, 1, 7, 8, 15)),
          opts={"byline": "Đình Tuấn", "views": 876},
          notes=["the id 202601061420… is the draft made the afternoon of the conference (6/1); the page shows "
                 "'07/01/2026 08:15 GMT+7' and dateCreated is 06/01 14:20: published is 07/01/2026 08:15"]),
        A(path="/ke-hoach-to-chuc-lop-boi-duong-giam-doc-htx-nam-2026-" + aid(datetime(2026, 1, 8, 16, 0), 2290) + ".htm",
          title="Kế hoạch tổ chức các lớp bồi dưỡng giám đốc HTX năm 2026",
          date=datetime(2026, 1, 12, 10, 15),
          lead="Trung tâm Tư vấn và Hỗ trợ HTX tỉnh ban hành Kế hoạch số 05/KH-TTTVHT về tổ chức các lớp bồi dưỡng giám đốc, kế toán HTX năm 2026.",
          body="""
LIÊN MINH HTX TỈNH LÂM ĐỒNG
TRUNG TÂM TƯ VẤN VÀ HỖ TRỢ HỢP TÁC XÃ
Số: 05/KH-TTTVHT
Lâm Đồng, ngày 08 tháng 01 năm 2026
KẾ HOẠCH
Tổ chức các lớp bồi dưỡng giám đốc, kế toán hợp tác xã năm 2026
## I. MỤC ĐÍCH, YÊU CẦU
Nâng cao năng lực quản trị, điều hành cho đội ngũ giám đốc, kế toán HTX; bảo đảm mỗi HTX thành lập mới trong năm 2025 có ít nhất một cán bộ được bồi dưỡng.
## II. NỘI DUNG
| STT | Lớp bồi dưỡng | Số lớp | Địa điểm | Thời gian |
| 1 | Giám đốc HTX | 6 | Đà Lạt, Bảo Lộc, Gia Nghĩa, Phan Thiết | Quý I - II |
| 2 | Kế toán HTX | 5 | Đà Lạt, Gia Nghĩa, Phan Thiết | Quý II - III |
| 3 | Chuyển đổi số cho HTX | 4 | Đà Lạt, Bảo Lộc | Quý III |
## III. TỔ CHỨC THỰC HIỆN
Phòng Đào tạo chủ trì, phối hợp với các phòng chuyên môn của Liên minh HTX tỉnh và UBND các xã, phường triển khai kế hoạch này.
Nơi nhận: Thường trực Liên minh HTX tỉnh; Các HTX trên địa bàn tỉnh; Lưu VT.
GIÁM ĐỐC
Phạm Văn Quang
""",
          author=None, doc_number="05/KH-TTTVHT",
          attachments=[{"path": PDF_PATH, "text": "KH-05-TTTVHT-boi-duong-giam-doc-HTX-2026.pdf"}],
          **meta_dated(datetime(2026, 1, 12, 10, 15)),
          opts={"byline": "", "views": 412, "section": "docs"},
          notes=["official plan 'Số: 05/KH-TTTVHT', place-date line 'Lâm Đồng, ngày 08 tháng 01 năm 2026' (and the id "
                 "20260108…) four days before the page's time '12/01/2026 10:15 GMT+7'; a data table; the signer is "
                 "no author and div.detail-author is empty: author null; the PDF under 'Tệp đính kèm' after the text"]),
        A(path="/huong-dan-htx-ca-phe-di-linh-dang-ky-ma-so-vung-trong-" + aid(datetime(2025, 12, 1, 10, 30), 5561) + ".htm",
          title="Hướng dẫn HTX cà phê Di Linh đăng ký mã số vùng trồng",
          date=datetime(2025, 12, 5, 14, 0),
          lead="Tổ tư vấn của Trung tâm đã làm việc ba ngày tại HTX Cà phê Tân Châu để hoàn thiện hồ sơ đăng ký mã số vùng trồng cho 210 ha cà phê của thành viên.",
          body="""
HTX Cà phê Tân Châu (xã Di Linh) có 96 thành viên, phần lớn đã áp dụng quy trình sản xuất bền vững nhưng chưa có mã số vùng trồng để bán cho doanh nghiệp xuất khẩu sang châu Âu.
Cán bộ Trung tâm hướng dẫn HTX đo đạc, lập bản đồ từng vườn, ghi chép nhật ký canh tác và lập hồ sơ chứng minh vườn không nằm trên đất phá rừng theo quy định mới của thị trường châu Âu.
[img ma-so-vung-trong-di-linh.png] Cán bộ tư vấn cùng thành viên HTX đo đạc, định vị vườn cà phê
Dự kiến đến tháng 3/2026, hồ sơ của HTX sẽ được cơ quan chuyên môn thẩm định và cấp mã số.
""",
          author="Ka Thủy", **meta_dated(datetime(2025, 12, 5, 14, 0)),
          opts={"byline": "Ka Thủy", "views": 2310, "related": (2, ["/htx-rau-da-lat"])},
          notes=["the id 202512011030… (and dateCreated) is four days before the page's '05/12/2025 14:00 GMT+7'"]),
        A(path="/htx-rau-da-lat-dua-san-pham-len-san-thuong-mai-dien-tu-" + aid(datetime(2025, 10, 20, 9, 10), 7043) + ".htm",
          title="HTX rau Đà Lạt đưa sản phẩm lên sàn thương mại điện tử",
          date=datetime(2025, 10, 21, 7, 50),
          lead="Với sự hỗ trợ của Trung tâm Tư vấn và Hỗ trợ HTX tỉnh, 15 HTX rau, hoa ở Đà Lạt đã mở gian hàng trên các sàn thương mại điện tử trong năm 2025.",
          body="""
Các HTX được hướng dẫn chụp ảnh sản phẩm, viết mô tả, đóng gói theo tiêu chuẩn giao hàng nhanh và kết nối với đơn vị vận chuyển lạnh.
HTX Nông nghiệp Xuân Hương là một trong những đơn vị bán hàng hiệu quả nhất, mỗi tháng nhận khoảng 1.500 đơn hàng rau, củ sạch giao đi TP. Hồ Chí Minh.
[img htx-rau-da-lat-san-tmdt.png] Thành viên HTX đóng gói rau theo đơn đặt hàng trực tuyến
Tuy vậy, nhiều HTX vẫn gặp khó về chi phí quảng cáo trên sàn và nhân lực trực đơn hàng.
""",
          author=None, **meta_dated(datetime(2025, 10, 21, 7, 50)),
          opts={"byline": "Nguồn: Báo Lâm Đồng", "views": 3102},
          notes=["div.detail-author says 'Nguồn: Báo Lâm Đồng' (a source): author null; id one day before the page's time"]),
        A(path="/tu-van-thanh-lap-htx-du-lich-cong-dong-o-lac-duong-" + aid(datetime(2025, 9, 16, 16, 40), 4108) + ".htm",
          title="Tư vấn thành lập HTX du lịch cộng đồng ở Lạc Dương",
          date=datetime(2025, 9, 16, 16, 40),
          lead="Sau hai tháng được Trung tâm tư vấn, 27 hộ đồng bào Cơ Ho ở xã Lạc Dương đã thành lập HTX Du lịch cộng đồng Bon Đưng.",
          body="""
HTX có vốn điều lệ 540 triệu đồng, cung cấp dịch vụ homestay, ẩm thực truyền thống, trình diễn cồng chiêng và dẫn khách tham quan vườn cà phê Arabica.
Cán bộ Trung tâm đã hướng dẫn các hộ xây dựng điều lệ, phương án kinh doanh, quy chế chia sẻ doanh thu giữa các thành viên và đăng ký kinh doanh dịch vụ lưu trú.
[img htx-du-lich-bon-dung.png] Thành viên HTX Du lịch cộng đồng Bon Đưng đón đoàn khách đầu tiên
## Những việc phải làm tiếp
* Tập huấn kỹ năng đón tiếp khách, an toàn thực phẩm cho thành viên;
* Xây dựng trang giới thiệu và gian hàng trên các nền tảng đặt phòng;
* Kết nối với các công ty lữ hành ở Đà Lạt để đưa HTX vào tour.
""",
          author="Minh Phương", **meta_dated(datetime(2025, 9, 16, 16, 40)),
          opts={"byline": "Bài và ảnh: Minh Phương", "views": 954},
          notes=["div.detail-author 'Bài và ảnh: Minh Phương' after the text: author Minh Phương, not text; the id "
                 "equals the page's time here"]),
        A(path="/lien-minh-htx-hop-nhat-ba-trung-tam-tu-van-ho-tro-htx-" + aid(datetime(2025, 7, 23, 15, 0), 1190) + ".htm",
          title="Hợp nhất ba trung tâm tư vấn, hỗ trợ HTX của Lâm Đồng, Đắk Nông và Bình Thuận",
          date=datetime(2025, 7, 24, 8, 5),
          lead="Ngày 23/7, Liên minh HTX tỉnh Lâm Đồng công bố quyết định hợp nhất ba trung tâm tư vấn, hỗ trợ HTX của ba tỉnh trước đây thành Trung tâm Tư vấn và Hỗ trợ hợp tác xã tỉnh Lâm Đồng.",
          body="""
Theo Quyết định số 86/QĐ-LMHTX ngày 18/7/2025, Trung tâm mới có trụ sở chính tại phường Xuân Hương - Đà Lạt và hai cơ sở tại phường Bắc Gia Nghĩa, phường Phan Thiết.
Trung tâm tiếp nhận toàn bộ viên chức, tài sản và các hợp đồng tư vấn đang thực hiện của ba đơn vị cũ.
[img cong-bo-hop-nhat.png] Lãnh đạo Liên minh HTX tỉnh trao quyết định hợp nhất
Phát biểu tại buổi công bố, Chủ tịch Liên minh HTX tỉnh yêu cầu Trung tâm sớm ổn định tổ chức, không để HTX nào bị gián đoạn dịch vụ.
""",
          author="Đình Tuấn", **meta_dated(datetime(2025, 7, 24, 8, 5)),
          opts={"byline": "Đình Tuấn", "views": 1877},
          notes=["a decision of 18/7/2025 and the event of 23/7 are cited; the page's time is 24/07/2025 08:05"]),
        A(path="/htx-thanh-long-ham-thuan-nam-dat-chung-nhan-globalgap-" + aid(datetime(2024, 11, 12, 8, 30), 6652) + ".htm",
          title="HTX thanh long Hàm Thuận Nam đạt chứng nhận GlobalGAP",
          date=datetime(2024, 11, 12, 8, 30),
          lead="HTX Thanh long Hàm Minh (huyện Hàm Thuận Nam, tỉnh Bình Thuận) vừa được cấp chứng nhận GlobalGAP cho 45 ha thanh long ruột đỏ.",
          body="""
Để đạt chứng nhận, HTX được Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Bình Thuận hỗ trợ kinh phí đánh giá, tập huấn quy trình cho 38 thành viên và xây dựng khu sơ chế đạt chuẩn.
Thanh long đạt GlobalGAP được doanh nghiệp xuất khẩu bao tiêu với giá cao hơn 3.000 - 5.000 đồng/kg so với thanh long thường.
[img thanh-long-ham-minh.png] Thành viên HTX thu hoạch thanh long đạt chuẩn GlobalGAP
HTX đang mở rộng liên kết với 20 hộ ngoài HTX để nâng diện tích đạt chuẩn lên 70 ha vào năm 2025.
Ngọc Lân (Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Bình Thuận)
""",
          author="Ngọc Lân", **meta_dated(datetime(2024, 11, 12, 8, 30)),
          opts={"byline": "", "views": 2044},
          notes=["migrated from the old Bình Thuận centre: the byline is the last paragraph of the text "
                 "'Ngọc Lân (Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Bình Thuận)' (author Ngọc Lân), div.detail-author empty"]),
        A(path="/htx-ca-phe-thuan-an-lien-ket-tieu-thu-voi-doanh-nghiep-" + aid(datetime(2024, 5, 6, 10, 0), 3325) + ".htm",
          title="HTX cà phê Thuận An liên kết tiêu thụ với doanh nghiệp",
          date=datetime(2024, 5, 8, 9, 45),
          lead="HTX Nông nghiệp Thuận An (huyện Đắk Mil, tỉnh Đắk Nông) vừa ký hợp đồng tiêu thụ 600 tấn cà phê nhân mỗi năm với một doanh nghiệp rang xay ở TP. Hồ Chí Minh.",
          body="""
Hợp đồng có thời hạn ba năm, giá mua tính theo giá thị trường cộng thêm 1.500 đồng/kg cho cà phê đạt chuẩn chế biến ướt.
Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Đắk Nông đã hỗ trợ HTX đàm phán, rà soát điều khoản hợp đồng và xây dựng quy trình thu mua từ thành viên.
[img ca-phe-thuan-an.png] Lễ ký kết hợp đồng tiêu thụ cà phê giữa HTX và doanh nghiệp
""",
          author="Thu Hoài", **meta_dated(datetime(2024, 5, 8, 9, 45)),
          opts={"byline": "Thu Hoài", "views": 1533},
          notes=["migrated 2024 article of the old Đắk Nông centre; the id is two days before the page's time"]),
    ]


# -- markup ----------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/uploaded/images/{src}"


def stamp(d: datetime) -> str:
    return f"{d:%d/%m/%Y %H:%M}"


def content_html(a: Article, by_path: dict[str, Article]) -> str:
    out, table = [], []

    def flush() -> None:
        if not table:
            return
        rows = [[c.strip() for c in r.strip("|").split("|")] for r in table]
        trs = "".join("<tr>" + " ".join(f"<td><p>{'<strong>' + esc(c) + '</strong>' if k == 0 else esc(c)}</p></td>"
                                         for c in r) + "</tr>\n" for k, r in enumerate(rows))
        out.append(f'<table class="table-content" border="1" cellpadding="4"><tbody>\n{trs}</tbody></table>')
        table.clear()

    rel_at, rel_keys = a.opts.get("related", (None, []))
    for i, b in enumerate(a.blocks):
        if b.kind == "p" and b.text.startswith("| "):
            table.append(b.text)
            continue
        flush()
        if i == rel_at:
            targets = [next(x for x in by_path.values() if x.path.startswith(k)) for k in rel_keys]
            lis = "".join(f'<li><a href="{t.path}" title="{attr(t.title)}">{esc(t.title)}</a></li>' for t in targets)
            out.append('<div class="VCSortableInPreviewMode" type="RelatedOneNews"><div class="kbwscwl-relatedbox type-1">'
                       f'<strong>Xem thêm:</strong> <ul>{lis}</ul></div></div>')
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<figure class="VCSortableInPreviewMode" type="Photo" style=""><div>'
                       f'<a href="{img(b.src)}" data-fancybox-group="img-lightbox" title="{attr(b.text)}" '
                       f'target="_blank" class="detail-img-lightbox"><img src="{img(b.src)}" alt="{attr(b.text)}" '
                       f'title="{attr(b.text)}" type="photo" width="660" height="440"></a></div>'
                       f'<figcaption class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">'
                       f'{inline_html(b.text)}</p></figcaption></figure>')
    flush()
    return "\n".join(out)


def item(a: Article, sapo: bool = True, pic: bool = True) -> str:
    p = a.first_image()
    return ('<div class="box-category-item">'
            + (f'<a class="box-category-link-with-avatar img-resize" href="{a.path}" title="{attr(a.title)}">'
               f'<img src="{img(p)}" alt="{attr(a.title)}" class="box-category-avatar"></a>' if p and pic else "")
            + f'<div class="box-category-content"><h3 class="box-title-text"><a class="box-category-link-title" '
            f'href="{a.path}" title="{attr(a.title)}">{esc(a.title)}</a></h3>'
            f'<span class="box-category-time time-ago" title="{a.date:%Y-%m-%dT%H:%M:%S}">{stamp(a.date)}</span>'
            + (f'<p class="box-category-sapo">{esc(a.lead)}</p>' if sapo else "") + "</div></div>")


def ads(n: int) -> str:
    return (f'<div class="ads-box" id="admzone{48040 + n}"><span class="ads-label">Quảng cáo</span>'
            f'<a href="/lien-he-quang-cao.htm"><img src="/uploaded/ads/banner-{n}.png" alt="banner"></a></div>')


def most_read(arts: list[Article]) -> str:
    top = sorted(arts, key=lambda a: -a.opts["views"])[:5]
    lis = "".join(f'<li><span class="num">{i}</span><a href="{a.path}" title="{attr(a.title)}">{esc(a.title)}</a> '
                  f'<span class="time">{stamp(a.date)}</span></li>' for i, a in enumerate(top, 1))
    return f'<div class="box-most-read"><h3 class="box-heading">Đọc nhiều</h3><ol>{lis}</ol></div>'


def layout(title: str, main: str, arts: list[Article], *, head: str = "", body_class: str = "") -> str:
    menu = "".join(f'<li><a href="{h}" title="{t}">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), ("/gioi-thieu.htm", "Giới thiệu"), (NEWS + ".htm", "Tin tức"),
                    (DOCS + ".htm", "Văn bản"), ("/lien-he.htm", "Liên hệ")])
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/web_resources/css/main.min.css">{head}
<script src="/web_resources/js/jquery.min.js"></script>
</head>
<body class="{body_class}">
<div class="header-top"><div class="w1040"><span class="today">{TODAY}</span>
<span class="weather"><span class="city">Thời tiết Đà Lạt</span> <span class="temp">19°C</span> <span class="desc">Sương mù buổi sáng, trưa chiều nắng nhẹ</span></span>
<form class="search-top" action="/tim-kiem.htm" method="get"><input type="text" name="keywords" placeholder="Nhập từ khóa"><button type="submit">Tìm</button></form></div></div>
<div class="header"><div class="w1040"><a href="/" class="logo" title="{attr(NAME)}"><img src="/web_resources/images/logo.png" alt="{attr(NAME)}"></a>
<div class="slogan">{"".join(f'<p>{esc(s)}</p>' for s in SLOGANS)}</div></div></div>
<div class="menu-wrap"><ul class="menu w1040">{menu}</ul></div>
{ads(1)}
<div class="main w1040">
<div class="main-left">{main}</div>
<div class="main-right">
{most_read(arts)}
{ads(2)}
<div class="box-stats"><h3 class="box-heading">Thống kê truy cập</h3><p>Đang online: 31</p><p>Tổng lượt truy cập: 1.204.337</p></div>
<div class="box-links"><h3 class="box-heading">Liên kết</h3><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>
</div>
</div>
<div class="footer"><div class="w1040">{foot}<p><a href="/lien-he-quang-cao.htm">Liên hệ quảng cáo</a></p></div></div>
<script src="/web_resources/js/detail.min.js"></script>
</body>
</html>
"""


def detail(a: Article, arts: list[Article], by_path: dict[str, Article]) -> str:
    same = [x for x in arts if x is not a and x.opts.get("section") == a.opts.get("section")][:4]
    att = ""
    if a.attachments:
        f = a.attachments[0]
        att = (f'<div class="detail-attach"><span>Tệp đính kèm:</span> <a href="{f["path"]}" target="_blank">'
               f'{esc(f["text"])}</a></div>')
    byline = a.opts["byline"]
    author = (f'<div class="detail-author"><p class="author">{esc(byline)}</p></div>' if byline
              else '<div class="detail-author"></div>')
    section = ("Văn bản", DOCS + ".htm") if a.opts.get("section") == "docs" else ("Tin tức", NEWS + ".htm")
    return f"""<div class="detail-container" data-id="{a.path[-20:-4]}">
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="{section[1]}" class="detail-cate">{section[0]}</a></li></ul>
<h1 class="detail-title" data-role="title">{esc(a.title)}</h1>
<div class="detail-info"><span class="detail-time" data-role="publishdate">{stamp(a.date)} GMT+7</span>
<span class="detail-view">Lượt xem: {a.opts["views"]:,}</span>
<div class="detail-share"><span>Chia sẻ bài viết</span> <a href="javascript:void(0)" class="fb">Facebook</a> <a href="javascript:void(0)" class="zalo">Zalo</a></div></div>
<h2 class="detail-sapo" data-role="sapo">{esc(a.lead)}</h2>
<div class="detail-content afcbc-body" data-role="content">
{content_html(a, by_path)}
</div>
{att}
{author}
<div class="detail-tags"><span>Từ khóa:</span> <a href="/tag/ocop.htm">OCOP</a> <a href="/tag/ocop.htm">hợp tác xã</a></div>
<div class="detail-comment"><h3>Bình luận</h3><form action="javascript:void(0)"><textarea></textarea><button type="button">Gửi bình luận</button></form></div>
{ads(3)}
<div class="box-same-category"><h3 class="box-heading">Tin cùng chuyên mục</h3>{"".join(item(x) for x in same)}</div>
</div>"""


def head_meta(a: Article) -> str:
    created = datetime.strptime(a.path[-20:-8], "%Y%m%d%H%M")
    return (f'\n<link rel="canonical" href="{a.path}">\n<meta name="description" content="{attr(a.lead)}">'
            f'\n<meta property="og:type" content="article">\n<meta property="og:title" content="{attr(a.title)}">'
            f'\n<meta property="og:description" content="{attr(a.lead)}">'
            f'\n<meta property="article:published_time" content="{a.date:%Y-%m-%dT%H:%M:%S}+07:00">'
            f'\n<meta itemprop="dateCreated" content="{created:%Y-%m-%dT%H:%M:%S}+07:00">'
            f'\n<meta itemprop="datePublished" content="{a.date:%Y-%m-%dT%H:%M:%S}+07:00">'
            f'\n<meta name="author" content="{attr(NAME)}">')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lam-dong", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    site.byline_in_text = False
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    by_path = {a.path: a for a in arts}
    for a in arts:
        site.page(a.path, layout(a.title, detail(a, arts, by_path), arts, head=head_meta(a), body_class="detail-page"))
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 05/KH-TTTVHT", ["KE HOACH BOI DUONG GIAM DOC, KE TOAN HTX NAM 2026",
                                                         "Trung tam Tu van va Ho tro HTX tinh Lam Dong"]))
    site.trap("URL id '<yyyymmddHHMM><4 digits>' is the draft's creation time (= <meta itemprop=dateCreated>), often "
              "days before the publication shown in span.detail-time '… GMT+7' and article:published_time",
              arts[3].path)
    site.trap("inline 'Xem thêm:' box (div.VCSortableInPreviewMode type=RelatedOneNews) between the paragraphs of "
              "div.detail-content: not text", arts[0].path)

    news = [a for a in arts if a.opts.get("section") != "docs"]
    docs = [a for a in arts if a.opts.get("section") == "docs"]
    pages = [news[i:i + PER] for i in range(0, len(news), PER)]

    def url(k: int) -> str:
        return NEWS + ".htm" if k == 1 else f"{NEWS}/trang-{k}.htm"

    for n, chunk in enumerate(pages, 1):
        nav = " ".join(f'<a href="{url(k)}" class="{"active" if k == n else ""}">{k}</a>'
                       for k in range(1, len(pages) + 1))
        if n < len(pages):
            nav += f' <a href="{url(n + 1)}" class="next">Trang sau</a>'
        main = (f'<h1 class="cate-title">Tin tức</h1><div class="box-category-list">'
                + "".join(item(a) for a in chunk) + f'</div><div class="paging">{nav}</div>')
        site.page(url(n), layout("Tin tức" + ("" if n == 1 else f" - Trang {n}"), main, arts,
                                 head=f'\n<link rel="canonical" href="{url(n)}">', body_class="cate-page"))
        site.non_articles.append(url(n))
    site.trap("section /tin-tuc.htm pages as /tin-tuc/trang-2.htm (items: title, 'dd/mm/yyyy HH:MM', sapo); page 2 "
              "holds the oldest articles", url(2))
    site.page(DOCS + ".htm", layout("Văn bản", '<h1 class="cate-title">Văn bản</h1><div class="box-category-list">'
                                    + "".join(item(a) for a in docs) + "</div>", arts, body_class="cate-page"))
    site.non_articles.append(DOCS + ".htm")

    home = ('<div class="box-focus">' + item(arts[0]) + '</div><div class="box-focus-sub">'
            + "".join(item(a, sapo=False) for a in arts[1:4]) + '</div>'
            + '<div class="box-home-news"><h2 class="box-heading"><a href="/tin-tuc.htm">Tin mới nhất</a></h2>'
            + "".join(item(a) for a in news[:5]) + "</div>"
            + f'<div class="box-home-docs"><h2 class="box-heading"><a href="{DOCS}.htm">Văn bản</a></h2>'
            + "".join(item(a, sapo=False, pic=False) for a in docs) + "</div>")
    site.page("/", layout(NAME, home, arts, head='\n<link rel="canonical" href="/">', body_class="home-page"))
    tagged = [a for a in arts if "OCOP" in a.body or "sàn" in a.body]
    site.page("/tag/ocop.htm", layout("OCOP", '<h1 class="cate-title">Từ khóa: OCOP</h1>'
                                      + "".join(item(a) for a in arts[:6]), arts, body_class="tag-page"))
    site.page("/tim-kiem.htm?keywords=ocop", layout("Tìm kiếm: ocop", '<h1 class="cate-title">Kết quả tìm kiếm</h1>'
                                                    + "".join(item(a) for a in tagged), arts, body_class="search-page"))
    site.page("/tim-kiem.htm", layout("Tìm kiếm", '<h1 class="cate-title">Tìm kiếm</h1><p>Nhập từ khóa để tìm.</p>'
                                      '<p><a href="/tim-kiem.htm?keywords=ocop">ocop</a></p>', arts,
                                      body_class="search-page"))
    site.page("/gioi-thieu.htm", layout("Giới thiệu", f"""<div class="detail-container"><h1 class="detail-title">Giới thiệu Trung tâm</h1>
<div class="detail-content"><p>Trung tâm Tư vấn và Hỗ trợ hợp tác xã tỉnh Lâm Đồng là đơn vị sự nghiệp công lập trực thuộc Liên minh Hợp tác xã tỉnh, được hợp nhất từ ba trung tâm của các tỉnh Lâm Đồng, Đắk Nông và Bình Thuận từ tháng 7 năm 2025.</p>
<p>Trung tâm có chức năng tư vấn thành lập, tổ chức lại hợp tác xã; bồi dưỡng cán bộ quản lý, thành viên hợp tác xã; hỗ trợ xúc tiến thương mại, ứng dụng khoa học công nghệ và chuyển đổi số; cung cấp thông tin về chính sách phát triển kinh tế tập thể.</p>
<p>Trụ sở chính đặt tại phường Xuân Hương - Đà Lạt; hai cơ sở tại phường Bắc Gia Nghĩa và phường Phan Thiết.</p></div></div>""",
                                        arts, body_class="static-page"))
    site.page("/lien-he.htm", layout("Liên hệ", f'<h1 class="cate-title">Liên hệ</h1><p>{esc(NAME)}</p>'
                                     '<form action="javascript:void(0)"><input name="name"><textarea name="msg"></textarea>'
                                     '<button type="button">Gửi</button></form>', arts, body_class="static-page"))
    site.page("/lien-he-quang-cao.htm", layout("Liên hệ quảng cáo", '<h1 class="cate-title">Liên hệ quảng cáo</h1>'
                                               '<p>Bảng giá quảng cáo banner trên website năm 2026: vị trí đầu trang '
                                               '3.000.000 đồng/tháng; cột phải 1.500.000 đồng/tháng.</p>', arts,
                                               body_class="static-page"))
    site.non_articles += ["/", "/tag/ocop.htm", "/tim-kiem.htm?keywords=ocop", "/tim-kiem.htm", "/gioi-thieu.htm",
                          "/lien-he.htm", "/lien-he-quang-cao.htm"]
    site.trap("introduction page in the article template (h1.detail-title, div.detail-content, no date): not an "
              "article; tag, search, contact and ad-rates pages likewise", "/gioi-thieu.htm")
    for n in (1, 2, 3):
        site.binary(f"/uploaded/ads/banner-{n}.png", image_for(f"ads{n}"))
    site.binary("/web_resources/images/logo.png", image_for("logo"))
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\n")
    return site
