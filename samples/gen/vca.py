"""Family `vca`: the national portal (vca.org.vn style), site `vca`."""

from __future__ import annotations

from datetime import datetime

from .core import (
    TODAY_2026,
    Article,
    Furniture,
    SiteBuild,
    access_bar,
    attr,
    counter,
    dmy,
    esc,
    inline_html,
    iso,
    links_box,
    listing_pages,
    news_list,
    poll,
    rating,
    share,
    weather,
    weekday,
)

F = Furniture(
    org="Liên minh Hợp tác xã Việt Nam",
    short="Liên minh HTX Việt Nam",
    today=f"{weekday(TODAY_2026)}, {dmy(TODAY_2026)}",
    slogans=["Nhiệt liệt chào mừng 31 năm Ngày thành lập Liên minh Hợp tác xã Việt Nam (29/10/1993 - 29/10/2024)!",
             "Hợp tác xã - Liên kết vì sự thịnh vượng chung!"],
    responsible="Chịu trách nhiệm nội dung: Ông Nguyễn Mạnh Cường - Phó Chủ tịch Liên minh HTX Việt Nam",
    licence="Giấy phép số 12/GP-TTĐT ngày 11 tháng 12 năm 2020 của Cục Phát thanh, truyền hình và thông tin điện tử",
    source_note='Ghi rõ nguồn: "vca.org.vn" khi phát hành lại thông tin từ website này.',
    copyright="Copyright © 2024 vca.org.vn - Technology Supported by ECPVietnam",
    address="Địa chỉ: Số 77 Nguyễn Thái Học, quận Ba Đình, Hà Nội",
    phone="Điện thoại: 024.3843.1768 - Fax: 024.3843.1883",
    email="Email: banbientap@vca.org.vn",
    counter=(43, 122, 123456),
)

CATEGORY = "/tin-vca-c28.html"
SEARCH = "/frontend/home/search?s=hop+tac+xa"
SERVER_ERROR = "/bao-cao-thong-ke-htx-quy-iii-nam-2023-a26990.html"
SYNDICATED = "/lien-minh-htx-viet-nam-tap-huan-cong-tac-tuyen-truyen-nam-2023-a26120.html"


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/cong-tac-tuyen-truyen-ve-kinh-te-tap-the-hop-tac-xa-tro-thanh-nhiem-vu-trong-tam-a25871.html",
          title="Công tác tuyên truyền về kinh tế tập thể, hợp tác xã trở thành nhiệm vụ trọng tâm",
          kicker="Trung tâm Thông tin - Tuyên truyền tổng kết công tác năm 2022, phương hướng nhiệm vụ năm 2023:",
          date=datetime(2023, 1, 6),
          opts={"show_date": False},
          lead="Ngày 6/1, Trung tâm Thông tin - Tuyên truyền tổ chức Hội nghị Tổng kết công tác năm 2022, phương hướng nhiệm vụ công tác năm 2023. Tham dự Hội nghị có toàn thể cán bộ, nhân viên Trung tâm Thông tin - Tuyên truyền.",
          body="""
Căn cứ vào chức năng, nhiệm vụ được giao, ngay từ đầu năm, Trung tâm Thông tin Tuyên truyền đã xây dựng kế hoạch công tác năm 2022 và phân công nhiệm vụ cụ thể cho Ban lãnh đạo cũng như cán bộ theo đúng Quy chế phân công nhiệm vụ đã ban hành. Trong quá trình triển khai, Ban lãnh đạo Trung tâm đã luôn quan tâm, kiểm tra, giám sát, đôn đốc thực hiện công việc theo tiến độ kế hoạch, nội dung công việc đã đề ra.
Cụ thể trong năm 2022, Trung tâm Thông tin Tuyên truyền đã làm tốt một số nhiệm vụ trọng tâm như: Tham mưu triển khai công tác tuyên truyền các chủ trương của Đảng, chính sách và pháp luật của Nhà nước về phát triển và nâng cao hiệu quả kinh tế tập thể, HTX; về vị trí, vai trò nòng cốt của hệ thống Liên minh HTX Việt Nam; Tham mưu ban hành 14 văn bản, công văn chỉ đạo, đề cương hướng dẫn, đôn đốc Liên minh HTX các tỉnh, thành phố, các ban, đơn vị trực thuộc triển khai công tác tuyên truyền và thông tin trọng tâm trong năm 2022; Xây dựng 15 báo cáo do Thường trực Liên minh Hợp tác xã Việt Nam phân công gửi các bộ, ngành, Mặt trận Tổ quốc Việt Nam;...
[img hoi-nghi-tong-ket-trung-tam-thong-tin-2022.png] Quang cảnh Hội nghị tổng kết công tác năm 2022 của Trung tâm Thông tin - Tuyên truyền
Cùng với đó, Trung tâm Thông tin Tuyên truyền đã phối hợp với các cơ quan thông tấn báo chí lớn như: Đài Truyền hình Việt Nam, Truyền hình Thông tấn, Đài Tiếng nói Việt Nam, Truyền hình Hà Nội; Báo tin tức Thông tấn xã Việt Nam, Báo Nhân dân; Báo Đại biểu Nhân dân; Báo Dân tộc và Phát triển; Báo điện tử VTC News; Báo điện tử VOV News; Vietnamnet; Tuổi trẻ Thủ đô và các báo, đài khác… tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước về phát triển kinh tế tập thể, HTX, đưa tin, bài, hình ảnh, phóng sự tuyên truyền về các sự kiện và hoạt động nổi bật của hệ thống Liên minh HTX Việt Nam.
Về công tác Quản lý và vận hành Cổng thông tin điện tử Liên minh HTX Việt Nam, trong năm 2022, Cổng thông tin điện tử đã cập nhật 3.362 tin, bài; 10.586 ảnh; xây dựng, thu thập và đăng tải 156 video phiên bản tiếng Việt; 280 tin, bài, 580 ảnh và 10 video phiên bản tiếng Anh về hoạt động của hệ thống Liên minh HTX Việt Nam, khu vực kinh tế tập thể, HTX và các hoạt động và phong trào HTX trên thế giới.
Về công tác Thống kê và Công nghệ Thông tin, Trung tâm Thông tin Tuyên truyền đã tích cực theo dõi, tổng hợp kịp thời, chính xác các báo cáo định kỳ về khu vực kinh tế tập thể, HTX và hoạt động của Liên minh HTX tỉnh, thành phố. Năm 2022, tỷ lệ nộp báo cáo của Liên minh HTX tỉnh, thành phố đạt xấp xỉ 93 %.
## Nhiệm vụ trọng tâm năm 2023
Trong năm 2023, Liên minh Hợp tác xã Việt Nam tiếp tục tham mưu triển khai công tác tuyên truyền các chủ trương của Đảng, chính sách và pháp luật của Nhà nước về phát triển và nâng cao hiệu quả kinh tế tập thể, HTX, trong đó tập trung vào các văn bản sau:
* Nghị quyết số 20-NQ/TW ngày 16/6/2022 Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới;
* Quyết định số 1804/QĐ-TTg ngày 13/11/2020 của Thủ tướng Chính phủ phê duyệt Chương trình hỗ trợ phát triển KTTT, HTX giai đoạn 2021 - 2025;
* Quyết định số 340/QĐ-TTg ngày 12/3/2021 của Thủ tướng Chính phủ phê duyệt chiến lược phát triển KTTT, HTX giai đoạn 2021 - 2030;
* Quyết định số 167/QĐ-TTg ngày 02/02/2021 của Thủ tướng Chính phủ phê duyệt Đề án lựa chọn, hoàn thiện, nhân rộng mô hình HTX kiểu mới hiệu quả tại các địa phương trên cả nước giai đoạn 2021 - 2025.
""",
          byline="Lê Huy", author="Lê Huy",
          published=iso(datetime(2023, 1, 6), False), published_source="listing", evidence=["listing"],
          notes=["no date element; the body only says 'Ngày 6/1' (no year); the listing shows 06/01/2023 beside the link -> published from the listing",
                 "kicker line above the h1 (div.sub-title): not part of the title or the text"]),
        A(path=SYNDICATED,
          title="Liên minh HTX Việt Nam tập huấn công tác tuyên truyền năm 2023",
          date=datetime(2023, 3, 15, 10, 20),
          lead="Sáng 15/3, tại Hà Nội, Liên minh Hợp tác xã Việt Nam tổ chức lớp tập huấn nghiệp vụ công tác tuyên truyền về kinh tế tập thể, hợp tác xã năm 2023 cho cán bộ làm công tác thông tin, tuyên truyền của Liên minh HTX các tỉnh, thành phố.",
          body="""
Phát biểu khai mạc lớp tập huấn, đại diện Ban Thường trực Liên minh HTX Việt Nam nhấn mạnh: công tác tuyên truyền giữ vai trò đặc biệt quan trọng trong việc đưa Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới vào cuộc sống.
[img tap-huan-tuyen-truyen-2023.png] Các đại biểu tham dự lớp tập huấn nghiệp vụ tuyên truyền năm 2023
Trong hai ngày, các học viên được giảng viên của Học viện Báo chí và Tuyên truyền truyền đạt những kỹ năng viết tin, bài, chụp ảnh báo chí, sản xuất video ngắn và quản trị trang thông tin điện tử. Học viên cũng được trao đổi kinh nghiệm xây dựng chuyên mục về kinh tế tập thể trên sóng phát thanh, truyền hình địa phương.
## Đổi mới cách làm tuyên truyền
Theo báo cáo tại lớp tập huấn, năm 2022 hệ thống Liên minh HTX đã đăng tải trên 12.000 tin, bài về khu vực kinh tế tập thể. Tuy vậy, nội dung tuyên truyền ở một số địa phương còn đơn điệu, chưa phản ánh đầy đủ những mô hình HTX kiểu mới hoạt động hiệu quả.
Các học viên thống nhất một số giải pháp trong thời gian tới:
* Xây dựng đội ngũ cộng tác viên là cán bộ quản lý HTX tại cơ sở;
* Tăng cường sản xuất nội dung số, video ngắn về sản phẩm OCOP của HTX;
* Phối hợp với cơ quan báo chí địa phương mở chuyên mục kinh tế tập thể định kỳ.
Kết thúc lớp tập huấn, Liên minh HTX Việt Nam đề nghị Liên minh HTX các tỉnh, thành phố xây dựng kế hoạch tuyên truyền năm 2023 bám sát Nghị quyết 09/NQ-CP ngày 02/02/2023 của Chính phủ, gửi về Trung tâm Thông tin - Tuyên truyền trước ngày 31/3/2023.
""",
          byline="Minh Anh", author="Minh Anh",
          published=iso(datetime(2023, 3, 15, 10, 20)), published_source="date-element",
          evidence=["date-element", "listing"],
          notes=["syndicated: the same article is copied on lmhtx-thaibinh (different furniture, byline 'Nguồn: vca.org.vn')"]),
        A(path="/hoi-thao-giai-phap-thuc-day-chuyen-doi-so-trong-hop-tac-xa-nong-nghiep-a26544.html",
          title="Hội thảo giải pháp thúc đẩy chuyển đổi số trong hợp tác xã nông nghiệp",
          date=datetime(2023, 6, 22, 14, 0),
          lead="Ngày 22/6, Liên minh Hợp tác xã Việt Nam phối hợp với Bộ Nông nghiệp và Phát triển nông thôn tổ chức Hội thảo “Giải pháp thúc đẩy chuyển đổi số trong hợp tác xã nông nghiệp”.",
          body="""
Theo số liệu tại Hội thảo, cả nước hiện có hơn 20.000 HTX nông nghiệp, nhưng mới khoảng 15% HTX ứng dụng công nghệ số vào quản lý, sản xuất và tiêu thụ sản phẩm. Nhiều HTX còn lúng túng khi tham gia sàn thương mại điện tử, truy xuất nguồn gốc và thanh toán không dùng tiền mặt.
[img hoi-thao-chuyen-doi-so-htx.png] Các đại biểu trao đổi tại Hội thảo
Các chuyên gia cho rằng chuyển đổi số không chỉ là mua sắm thiết bị mà trước hết là thay đổi tư duy quản trị. HTX cần bắt đầu từ những việc đơn giản như số hóa sổ sách kế toán, quản lý thành viên, nhật ký đồng ruộng điện tử, rồi mới tiến tới các nền tảng bán hàng trực tuyến.
## Kiến nghị chính sách
Các đại biểu kiến nghị Nhà nước sớm ban hành chính sách hỗ trợ HTX thuê dịch vụ công nghệ thông tin, đào tạo nhân lực số và kết nối HTX với các doanh nghiệp công nghệ theo tinh thần Quyết định số 1804/QĐ-TTg ngày 13/11/2020 của Thủ tướng Chính phủ.
Liên minh HTX Việt Nam cho biết sẽ tiếp tục xây dựng các mô hình điểm về HTX ứng dụng công nghệ cao, HTX chuyển đổi số tại 10 tỉnh, thành phố trong giai đoạn 2023 - 2025.
""",
          byline="Thu Hà", author="Thu Hà",
          published=iso(datetime(2023, 6, 22, 14, 0)), published_source="date-element",
          evidence=["date-element", "listing"]),
        A(path="/ra-mat-trung-tam-ho-tro-xuc-tien-thuong-mai-san-pham-ocop-khu-vuc-kinh-te-tap-the-a27011.html",
          title="Ra mắt Trung tâm hỗ trợ xúc tiến thương mại sản phẩm OCOP của khu vực kinh tế tập thể",
          date=datetime(2023, 9, 8, 9, 45),
          lead="Sáng 8/9, tại Hà Nội, Liên minh Hợp tác xã Việt Nam ra mắt Trung tâm hỗ trợ xúc tiến thương mại, giới thiệu và tiêu thụ sản phẩm OCOP của các hợp tác xã.",
          body="""
Trung tâm có diện tích trưng bày hơn 500 m2, giới thiệu trên 1.200 sản phẩm của gần 300 HTX đến từ 45 tỉnh, thành phố. Các sản phẩm đều đạt chứng nhận OCOP từ 3 sao trở lên, có mã truy xuất nguồn gốc và được kiểm soát chất lượng trước khi đưa lên kệ.
[img trung-tam-ocop-ra-mat.png] Lãnh đạo Liên minh HTX Việt Nam cắt băng khai trương Trung tâm
Bên cạnh khu trưng bày, Trung tâm còn tổ chức các phiên livestream bán hàng, kết nối HTX với các hệ thống siêu thị, bếp ăn tập thể và doanh nghiệp xuất khẩu. Mỗi tháng, Trung tâm dự kiến tổ chức ít nhất hai phiên kết nối cung cầu theo chuyên đề.
Phát biểu tại buổi lễ, lãnh đạo Liên minh HTX Việt Nam cho biết việc ra mắt Trung tâm là một trong những hoạt động cụ thể hóa Chương trình hành động thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương, góp phần giúp HTX mở rộng đầu ra cho sản phẩm.
""",
          byline="Hoàng Nam", author="Hoàng Nam",
          published=iso(datetime(2023, 9, 8, 9, 45)), published_source="date-element",
          evidence=["date-element", "listing"]),
        A(path="/ky-niem-30-nam-ngay-thanh-lap-lien-minh-hop-tac-xa-viet-nam-a27432.html",
          title="Kỷ niệm 30 năm Ngày thành lập Liên minh Hợp tác xã Việt Nam (1993 - 2023)",
          date=datetime(2023, 10, 27, 16, 10),
          lead="Chiều 27/10, tại Trung tâm Hội nghị Quốc gia, Liên minh Hợp tác xã Việt Nam long trọng tổ chức Lễ kỷ niệm 30 năm Ngày thành lập (29/10/1993 - 29/10/2023) và đón nhận Huân chương Độc lập hạng Nhất.",
          body="""
Trải qua 30 năm xây dựng và phát triển, hệ thống Liên minh HTX Việt Nam đã không ngừng lớn mạnh, trở thành tổ chức đại diện, bảo vệ quyền và lợi ích hợp pháp của các thành viên, đóng vai trò nòng cốt trong phát triển kinh tế tập thể.
[img le-ky-niem-30-nam-vca.png] Quang cảnh Lễ kỷ niệm 30 năm Ngày thành lập Liên minh HTX Việt Nam
## Những con số ấn tượng
Đến nay, cả nước có hơn 29.000 HTX, 113 liên hiệp HTX và gần 70.000 tổ hợp tác, thu hút trên 6 triệu thành viên. Doanh thu bình quân của một HTX tăng gần gấp đôi so với năm 2013, nhiều HTX đã tham gia chuỗi giá trị và xuất khẩu sản phẩm.
Tại buổi lễ, nhiều tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua đã được khen thưởng. Phát biểu chỉ đạo, lãnh đạo Đảng và Nhà nước đề nghị hệ thống Liên minh HTX tiếp tục đổi mới tổ chức, nội dung và phương thức hoạt động, thực hiện thắng lợi Nghị quyết số 20-NQ/TW ngày 16/6/2022.
""",
          byline="Minh Anh", author="Minh Anh",
          published=iso(datetime(2023, 10, 27, 16, 10)), published_source="date-element",
          evidence=["date-element", "listing"]),
        A(path="/luat-hop-tac-xa-nam-2023-nhung-diem-moi-cac-htx-can-biet-a28105.html",
          title="Luật Hợp tác xã năm 2023: những điểm mới các HTX cần biết",
          date=datetime(2024, 1, 12, 8, 30),
          lead="Luật Hợp tác xã số 17/2023/QH15 được Quốc hội thông qua ngày 20/6/2023 và có hiệu lực từ ngày 01/7/2024, với nhiều quy định mới tạo hành lang pháp lý thuận lợi cho khu vực kinh tế tập thể.",
          body="""
So với Luật Hợp tác xã năm 2012, Luật mới mở rộng phạm vi điều chỉnh tới tổ hợp tác, liên đoàn hợp tác xã và quy định rõ hơn về chính sách hỗ trợ của Nhà nước. Dưới đây là một số điểm mới đáng chú ý.
## Một số điểm mới chủ yếu
* Quy định về thành viên liên kết không góp vốn, giúp HTX mở rộng liên kết với nông hộ;
* Cho phép HTX thành lập doanh nghiệp để mở rộng sản xuất, kinh doanh;
* Bổ sung các quy định về tài sản không chia và quản lý, sử dụng tài sản không chia;
* Quy định cụ thể hơn các chính sách hỗ trợ về đào tạo, đất đai, tín dụng và chuyển đổi số.
[img luat-htx-2023.png] Quốc hội biểu quyết thông qua Luật Hợp tác xã (sửa đổi)
Để Luật sớm đi vào cuộc sống, Liên minh HTX Việt Nam đề nghị các HTX chủ động rà soát, sửa đổi điều lệ cho phù hợp; các HTX thành lập trước ngày 01/7/2024 có thời hạn 24 tháng để hoàn thành việc sửa đổi, bổ sung điều lệ theo quy định của Luật.
""",
          byline="Thanh Tâm", author="Thanh Tâm",
          published=iso(datetime(2024, 1, 12, 8, 30)), published_source="date-element",
          evidence=["date-element", "listing"],
          notes=["lead and body name a date after publication (hiệu lực từ ngày 01/7/2024): not the publication date"]),
        A(path="/tap-huan-nang-cao-nang-luc-quan-tri-cho-can-bo-quan-ly-htx-cac-tinh-phia-bac-a28650.html",
          title="Tập huấn nâng cao năng lực quản trị cho cán bộ quản lý HTX các tỉnh phía Bắc",
          date=datetime(2024, 4, 18, 15, 0),
          lead="Từ ngày 16 đến 18/4, tại tỉnh Phú Thọ, Liên minh Hợp tác xã Việt Nam tổ chức lớp tập huấn nâng cao năng lực quản trị cho hơn 120 cán bộ quản lý HTX đến từ 14 tỉnh phía Bắc.",
          body="""
Lớp tập huấn tập trung vào các chuyên đề: xây dựng phương án sản xuất kinh doanh, quản trị tài chính, kế toán HTX, xây dựng thương hiệu và tiếp cận nguồn vốn ưu đãi từ Quỹ hỗ trợ phát triển HTX.
[img tap-huan-quan-tri-htx-phu-tho.png] Giảng viên trao đổi với học viên tại lớp tập huấn
Ngoài phần lý thuyết, học viên được tham quan thực tế mô hình HTX chè Phú Hộ và HTX bưởi Đoan Hùng, nơi đã xây dựng thành công chuỗi liên kết từ sản xuất đến tiêu thụ, có sản phẩm đạt OCOP 4 sao.
Theo Ban tổ chức, lớp tập huấn nằm trong kế hoạch đào tạo, bồi dưỡng nguồn nhân lực cho khu vực kinh tế tập thể năm 2024, thực hiện Quyết định số 340/QĐ-TTg ngày 12/3/2021 của Thủ tướng Chính phủ.
""",
          byline="Phương Linh", author="Phương Linh",
          published=iso(datetime(2024, 4, 18, 15, 0)), published_source="date-element",
          evidence=["date-element", "listing"]),
        A(path="/hop-tac-xa-kieu-moi-dong-luc-phat-trien-kinh-te-nong-thon-a29017.html",
          title="Hợp tác xã kiểu mới: động lực phát triển kinh tế nông thôn",
          date=datetime(2024, 6, 5, 10, 0),
          lead="Sau hơn 10 năm thi hành Luật Hợp tác xã năm 2012, mô hình HTX kiểu mới đã khẳng định vai trò là cầu nối giữa nông dân với doanh nghiệp và thị trường.",
          body="""
Khác với HTX kiểu cũ, HTX kiểu mới được tổ chức trên nguyên tắc tự nguyện, thành viên vừa là chủ sở hữu vừa là khách hàng sử dụng dịch vụ. Nhiều HTX đã mạnh dạn đầu tư máy móc, ứng dụng công nghệ cao, liên kết sản xuất theo chuỗi giá trị.
## Những mô hình tiêu biểu
* HTX Nông nghiệp Hòa Lộc (Tiền Giang) liên kết tiêu thụ xoài cho hơn 300 hộ thành viên;
* HTX Chè Tân Cương (Thái Nguyên) xây dựng thương hiệu chè đặc sản đạt OCOP 5 sao;
* HTX Dịch vụ nông nghiệp Tân Thành (Đắk Lắk) xuất khẩu cà phê đạt chuẩn quốc tế.
[img htx-kieu-moi-xoai-hoa-loc.png] Thành viên HTX Nông nghiệp Hòa Lộc thu hoạch xoài
Tuy vậy, quy mô của đa số HTX còn nhỏ, vốn ít, trình độ cán bộ quản lý còn hạn chế. Để HTX kiểu mới thực sự trở thành động lực, cần thực hiện đồng bộ các giải pháp theo Nghị quyết số 20-NQ/TW ngày 16/6/2022 và Luật Hợp tác xã năm 2023.
""",
          byline="Đức Minh", author="Đức Minh",
          published=iso(datetime(2024, 6, 5, 10, 0)), published_source="date-element",
          evidence=["date-element", "listing"]),
        A(path="/tong-ket-chuong-trinh-ho-tro-phat-trien-kttt-htx-nam-2022-a22980.html",
          title="Tổng kết Chương trình hỗ trợ phát triển KTTT, HTX năm 2022",
          date=datetime(2022, 12, 20, 14, 30),
          lead="Chiều 20/12, Liên minh Hợp tác xã Việt Nam tổ chức Hội nghị tổng kết thực hiện Chương trình hỗ trợ phát triển kinh tế tập thể, hợp tác xã năm 2022 và triển khai kế hoạch năm 2023.",
          body="""
Năm 2022, từ nguồn kinh phí hỗ trợ theo Quyết định số 1804/QĐ-TTg ngày 13/11/2020, hệ thống Liên minh HTX đã tổ chức đào tạo, bồi dưỡng cho hơn 15.000 lượt cán bộ quản lý, thành viên HTX; hỗ trợ 850 HTX tham gia hội chợ, triển lãm xúc tiến thương mại.
[img tong-ket-chuong-trinh-ho-tro-2022.png] Đại biểu dự Hội nghị tổng kết Chương trình hỗ trợ năm 2022
Quỹ hỗ trợ phát triển HTX Trung ương đã giải ngân trên 400 tỷ đồng cho các dự án của HTX, tập trung vào lĩnh vực nông nghiệp ứng dụng công nghệ cao, chế biến nông sản và dịch vụ.
Năm 2023, Liên minh HTX Việt Nam đặt mục tiêu thành lập mới ít nhất 2.000 HTX, nâng tỷ lệ HTX hoạt động hiệu quả lên 70%, đồng thời đẩy mạnh chuyển đổi số và liên kết chuỗi giá trị trong khu vực kinh tế tập thể.
""",
          byline="Minh Anh", author="Minh Anh",
          published=iso(datetime(2022, 12, 20, 14, 30)), published_source="date-element",
          evidence=["date-element", "listing"]),
    ]


# -- page layout -------------------------------------------------------------------------------

MENU = [("/", "Trang chủ"), (CATEGORY, "Tin VCA"), ("/gioi-thieu-c1.html", "Giới thiệu"),
        (SEARCH, "Tìm kiếm")]


def layout(title: str, main: str, side: str, *, path: str, description: str = "",
           og_type: str = "website", image: str | None = None) -> str:
    og_image = f'\n<meta property="og:image" content="{{{{base}}}}/Upload/images/{image}">' if image else ""
    menu = "".join(f'<li><a href="{href}">{esc(t)}</a></li>' for href, t in MENU)
    slogans = " - ".join(esc(s) for s in F.slogans)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Liên minh Hợp tác xã Việt Nam</title>
<meta name="description" content="{attr(description or title)}">
<meta name="keywords" content="hợp tác xã, kinh tế tập thể, Liên minh HTX Việt Nam">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(description or title)}">
<meta property="og:url" content="{{{{base}}}}{attr(path)}">{og_image}
<link rel="canonical" href="{{{{base}}}}{attr(path)}">
<link rel="stylesheet" href="/Content/css/vca.css">
</head>
<body>
<div class="top-bar"><div class="container"><span class="today">{F.today}</span>{access_bar()}</div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/Upload/images/logo-vca.png" alt="Liên minh Hợp tác xã Việt Nam"></a>
<div class="marquee">{slogans}</div>
<form class="search-box" action="/frontend/home/search" method="get"><input type="text" name="s" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form></div></header>
<nav class="main-menu"><ul>{menu}</ul></nav>
<div class="container main"><div class="row">
<div class="col-md-8 col-main">
{main}
</div>
<aside class="col-md-4 col-right">
{side}
</aside>
</div></div>
<footer class="footer"><div class="container">
<p class="org">LIÊN MINH HỢP TÁC XÃ VIỆT NAM</p>
<p>{F.responsible}</p>
<p>{F.licence}</p>
<p>{esc(F.source_note)}</p>
<p>{F.address}</p>
<p>{F.phone}</p>
<p>{F.email}</p>
<p class="copyright">{F.copyright}</p>
</div></footer>
<script src="/Content/js/vca.js"></script>
</body>
</html>
"""


def render_body(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<table class="image" align="center"><tbody><tr><td><img src="/Upload/images/{b.src}" '
                         f'alt="{attr(b.text)}" width="600"></td></tr>'
                         + (f'<tr><td class="image_desc">{inline_html(b.text)}</td></tr>' if b.text else "")
                         + "</tbody></table>")
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(parts)


def sidebar(items: list[Article], exclude: str | None = None) -> str:
    others = [a for a in items if a.path != exclude]
    focus = [(a.path, a.title, dmy(a.date)) for a in others[2:6]]
    latest = [(a.path, a.title, dmy(a.date)) for a in others[:5]]
    return "\n".join([
        news_list("Tin tiêu điểm", focus, "tin-tieu-diem"),
        news_list("Tin mới", latest, "tin-moi"),
        poll(), weather(F), counter(F), links_box(),
    ])


def build() -> SiteBuild:
    site = SiteBuild("vca", "vn", "Liên minh Hợp tác xã Việt Nam", "vca", F,
                     start_urls=["{{base:vca}}/", "{{base:vca}}" + CATEGORY])
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in items:
        site.add_article(a)

    for a in items:
        related = [(o.path, o.title, dmy(o.date)) for o in items if o.path != a.path][:4]
        date_html = (f'<div class="date-detail">{weekday(a.date)}, {dmy(a.date)} | {a.date:%H:%M}</div>'
                     if a.opts.get("show_date", True) else "")
        kicker = f'<div class="sub-title">{esc(a.kicker)}</div>\n' if a.kicker else ""
        main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="{CATEGORY}">Tin VCA</a></div>
<div class="detail">
{kicker}<h1 class="title-detail">{esc(a.title)}</h1>
{date_html}
{share(F)}
<div class="sapo-detail">{inline_html(a.lead)}</div>
<div class="content-items">
{render_body(a)}
</div>
<div class="tags">Từ khóa: <a href="{SEARCH}">hợp tác xã</a></div>
{rating()}
{news_list("Tin liên quan", related, "tin-lien-quan")}
</div>"""
        site.page(a.path, layout(a.title, main, sidebar(items, a.path), path=a.path,
                                 description=a.summary(), og_type="article", image=a.first_image()))

    # category listing, two real pages; page 2 also carries a link that answers 500
    pages = listing_pages(items, 5)
    for n, chunk in enumerate(pages, 1):
        path = CATEGORY if n == 1 else f"{CATEGORY}?page={n}"
        rows = [f"""<div class="item"><a href="{a.path}" class="thumb"><img src="/Upload/images/{a.first_image()}" alt=""></a>
<h3 class="title-5"><a href="{a.path}">{esc(a.title)}</a></h3><span class="time">{dmy(a.date)}</span>
<p class="sapo">{esc(a.summary())}</p></div>""" for a in chunk]
        if n == len(pages):
            rows.append(f"""<div class="item"><h3 class="title-5"><a href="{SERVER_ERROR}">Báo cáo thống kê HTX quý III năm 2023</a></h3><span class="time">10/10/2023</span>
<p class="sapo">Số liệu thống kê khu vực kinh tế tập thể quý III năm 2023.</p></div>""")
        hrefs = [CATEGORY] + [f"{CATEGORY}?page={k}" for k in range(2, len(pages) + 1)]
        nav = " ".join(f'<a href="{h}" class="active">{k}</a>' if k == n else f'<a href="{h}">{k}</a>'
                       for k, h in enumerate(hrefs, 1))
        if n < len(pages):
            nav += f' <a href="{CATEGORY}?page={n + 1}" class="next">Trang sau »</a>'
        main = ('<div class="breadcrumb"><a href="/">Trang chủ</a> › Tin VCA</div>\n<h1 class="cat-title">Tin VCA</h1>\n'
                '<div class="list-news">\n' + "\n".join(rows) + f'\n</div>\n<div class="pagination">{nav}</div>')
        site.page(path, layout("Tin VCA" + (f" - Trang {n}" if n > 1 else ""), main, sidebar(items),
                               path=path))
    site.trap("listing page 2 (query ?page=2) holds the older articles, reachable only through it",
              f"{CATEGORY}?page=2")
    site.error(SERVER_ERROR, 500)
    site.trap("listing link that answers 500", SERVER_ERROR)

    # home page
    top = items[0]
    rows = "\n".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="time">{dmy(a.date)}</span></li>'
                     for a in items[1:5])
    main = f"""<div class="hot-news"><a href="{top.path}"><img src="/Upload/images/{top.first_image()}" alt=""></a>
<h2 class="title-1"><a href="{top.path}">{esc(top.title)}</a></h2><p class="sapo">{esc(top.summary())}</p></div>
<div class="box-cat"><h2 class="box-title"><a href="{CATEGORY}">Tin VCA</a></h2><ul class="list-2">{rows}</ul>
<a href="{CATEGORY}" class="more">Xem thêm</a></div>
<div class="box-cat"><h2 class="box-title">Đối tác</h2><p><a href="{{{{base:offsite}}}}/tin-tuc/bai-viet-1.html">Báo Kinh tế hợp tác: Thị trường nông sản cuối năm</a></p></div>"""
    site.page("/", layout("Trang chủ", main, sidebar(items), path="/"))
    site.trap("off-site link (to the `offsite` sample, must get no request)", "/")

    # search results: a list, not an article
    results = "\n".join(f"""<div class="result-item"><h3 class="title-5"><a href="{a.path}">{esc(a.title)}</a></h3>
<span class="time">{dmy(a.date)}</span><p>{esc(a.summary())}</p></div>""" for a in items[:6])
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> › Tìm kiếm</div>
<h1 class="cat-title">Kết quả tìm kiếm: hop tac xa</h1>
<p class="search-count">Tìm thấy 6 kết quả phù hợp với từ khóa “hop tac xa”</p>
<div class="search-results">{results}</div>"""
    site.page(SEARCH, layout("Tìm kiếm: hop tac xa", main, sidebar(items), path=SEARCH))
    site.non_articles.append(SEARCH)
    site.trap("search results page (a list, not an article)", SEARCH)

    intro = """<div class="breadcrumb"><a href="/">Trang chủ</a> › Giới thiệu</div>
<h1 class="cat-title">Giới thiệu</h1>
<div class="content-items"><p>Liên minh Hợp tác xã Việt Nam là tổ chức kinh tế - xã hội, đại diện và bảo vệ quyền, lợi ích hợp pháp của các thành viên; có vai trò nòng cốt trong phát triển kinh tế tập thể.</p>
<p>Liên minh HTX Việt Nam có 63 Liên minh HTX tỉnh, thành phố trực thuộc Trung ương là thành viên.</p></div>"""
    site.page("/gioi-thieu-c1.html", layout("Giới thiệu", intro, sidebar(items), path="/gioi-thieu-c1.html"))
    site.non_articles.append("/gioi-thieu-c1.html")

    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\n")
    return site
