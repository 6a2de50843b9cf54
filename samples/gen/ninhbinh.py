"""Site `lmhtx-ninhbinh` (family `portal`, another theme)."""

from __future__ import annotations

import copy
from datetime import datetime

from .core import Article, Furniture, dmy, esc, iso, weekday
from .portal import LISTING, Theme
from .portal import build as build_portal

TODAY = datetime(2024, 5, 30)
F = Furniture(
    org="Liên minh Hợp tác xã tỉnh Ninh Bình",
    short="Liên minh HTX tỉnh Ninh Bình",
    today=f"{weekday(TODAY)}, {dmy(TODAY)}",
    slogans=["HƯỞNG ỨNG THÁNG HÀNH ĐỘNG VÌ HỢP TÁC XÃ NĂM 2024",
             "Nhiệt liệt chào mừng kỷ niệm 32 năm ngày tái lập tỉnh Ninh Bình (01/4/1992 - 01/4/2024)!"],
    responsible="Chịu trách nhiệm nội dung: Bà Đinh Thị Lan - Phó Chủ tịch Thường trực Liên minh HTX tỉnh Ninh Bình",
    licence="Giấy phép số 12/GP-TTĐT ngày 05/8/2020 của Sở Thông tin và Truyền thông tỉnh Ninh Bình",
    source_note="Ghi rõ nguồn Cổng thông tin điện tử Liên minh HTX tỉnh Ninh Bình khi phát hành lại thông tin từ website này",
    copyright="Copyright © 2024 Liên minh HTX tỉnh Ninh Bình - Technology Supported by Viettel Ninh Bình",
    address="Địa chỉ: Số 2, đường Lê Hồng Phong, phường Đông Thành, TP Ninh Bình",
    phone="Điện thoại: 0229.3871.235",
    counter=(57, 131, 98765),
    weather=("31°C", "Độ ẩm: 70%"),
)

TWIN_A = "/tin-tuc-su-kien/lien-minh-htx-tinh-boi-duong-kien-thuc-khoi-nghiep-cho-thanh-nien-nong-thon-903.html"
TWIN_B = "/tin-tuc-su-kien/lien-minh-htx-tinh-boi-duong-kien-thuc-khoi-nghiep-cho-thanh-nien-nong-thon-904.html"


def articles() -> list[Article]:
    A = Article
    base = "/tin-tuc-su-kien/"
    twin = A(path=TWIN_A,
             title="Liên minh HTX tỉnh bồi dưỡng kiến thức khởi nghiệp cho thanh niên nông thôn",
             date=datetime(2023, 4, 21),
             lead="Ngày 20/4/2023, Liên minh HTX tỉnh Ninh Bình phối hợp với Tỉnh đoàn tổ chức lớp bồi dưỡng kiến thức khởi nghiệp, thành lập hợp tác xã cho 60 đoàn viên, thanh niên nông thôn.",
             body="""
Tại lớp bồi dưỡng, các học viên được cung cấp những kiến thức cơ bản về khởi nghiệp đổi mới sáng tạo, quy trình thành lập và quản lý HTX, cách xây dựng kế hoạch kinh doanh và tiếp cận các nguồn vốn ưu đãi của Nhà nước.
[img khoi-nghiep-thanh-nien-2023.png] Các học viên thảo luận nhóm tại lớp bồi dưỡng
## Những ý tưởng từ cơ sở
Nhiều học viên đã mạnh dạn chia sẻ ý tưởng khởi nghiệp gắn với thế mạnh của địa phương như: trồng rau hữu cơ, nuôi ong lấy mật, sản xuất hàng thủ công mỹ nghệ từ cói, phát triển du lịch cộng đồng ở Tràng An, Tam Cốc.
* Hướng dẫn xây dựng phương án sản xuất kinh doanh;
* Giới thiệu chính sách hỗ trợ thanh niên thành lập HTX;
* Kết nối với các HTX khởi nghiệp thành công trong tỉnh.
Theo kế hoạch, năm 2023 Liên minh HTX tỉnh sẽ hỗ trợ thành lập mới ít nhất 5 HTX do thanh niên làm chủ, thực hiện Đề án hỗ trợ thanh niên khởi nghiệp giai đoạn 2022 - 2030 theo Quyết định số 1665/QĐ-TTg ngày 30/10/2017 của Thủ tướng Chính phủ.
""",
             byline="Phạm Hương, Phòng Tư vấn", author="Phạm Hương",
             published=iso(datetime(2023, 4, 21), False), published_source="date-element",
             evidence=["date-element", "listing"],
             notes=["twin page: same article posted twice under two ids; the -904 copy is served as UTF-8 NFD, the -903 copy as NFC: texts must be equal"])
    twin_b = copy.deepcopy(twin)
    twin_b.path = TWIN_B
    twin_b.opts = {"encoding": "utf-8-nfd"}
    twin_b.notes = ["served as UTF-8 NFD (every letter decomposed): the text must equal its NFC twin's"]
    return [
        A(path=base + "ban-tuyen-giao-tinh-uy-va-lien-minh-htx-ky-ket-chuong-trinh-phoi-hop-tuyen-truyen-phat-trien-kinh-te-tap-the-hop-tac-xa-845.html",
          title="Ban Tuyên giáo Tỉnh ủy và Liên minh HTX ký kết chương trình phối hợp tuyên truyền phát triển kinh tế tập thể, hợp tác xã",
          date=datetime(2022, 10, 24),
          body="""
Thực hiện sự chỉ đạo của Ban Tuyên giáo Trung ương và Liên minh Hợp tác xã Việt Nam tại chương trình phối hợp số 178/CTPH-BTGTW-LMHTXVN ngày 05/4/2022 về tuyên truyền phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021 – 2025. Chiều 24/10, Ban Tuyên giáo Tỉnh ủy và Liên minh HTX tỉnh tổ chức Hội nghị ký kết chương trình phối hợp về tuyên truyền phát triển kinh tế tập thể, hợp tác xã giai đoạn 2022-2025. Dự chỉ đạo Hội nghị ký kết có đồng chí Bùi Mai Hoa, TVTU, Trưởng Ban Tuyên giáo Tỉnh ủy. Cùng dự có lãnh đạo Ban Tuyên giáo Tỉnh ủy; Thường trực Liên minh HTX tỉnh; các đồng chí trưởng các phòng, ban chuyên môn; Báo Ninh Bình, Đài Phát thanh và Truyền hình tỉnh dự đưa tin hội nghị.
[img ky-ket-ban-tuyen-giao-lien-minh-htx.png] Đồng chí Bùi Mai Hoa, TVTU, Trưởng Ban Tuyên giáo Tỉnh ủy tỉnh Ninh Bình phát biểu tại lễ Ký kết
Tiếp tục thực hiện chủ trương phát triển KTTT, thời gian qua, công tác tuyên truyền về KTTT, HTX đã và đang được Liên minh HTX tỉnh phối hợp với các ngành, địa phương chú trọng, tăng cường. Qua đó đã thúc đẩy hình thành, nhân rộng các mô hình KTTT, HTX trên địa bàn tỉnh. Tính đến thời điểm hiện tại, Ninh Bình 449 HTX hoạt động ở các lĩnh vực: Nông nghiệp, Tiểu thủ công nghiệp; thương mại - dịch vụ...; Từ đầu năm 2022 đến nay toàn tỉnh thành lập mới trên 30 HTX. Khu vực KTTT đang tạo ra nhiều việc làm, nhất là tại các khu vực nông thôn, miền núi, qua đó góp phần đáng kể vào công tác giảm nghèo.
Nhằm tăng cường hơn nữa sự phối hợp trong tuyên truyền, quán triệt, nâng cao nhận thức cho cán bộ, đảng viên và nhân dân, nhất là người đứng đầu cơ quan, tổ chức về bản chất của KTTT, HTX, Liên minh HTX tỉnh và Ban Tuyên giáo Tỉnh ủy đã xây dựng chương trình phối hợp tuyên truyền giữa hai cơ quan.
Theo đó, trong giai đoạn từ nay đến năm 2025, hai bên sẽ phối hợp tổ chức các hoạt động thông tin, tuyên truyền về KTTT, HTX; đấu tranh, phản bác thông tin, quan điểm sai trái, thù địch, xuyên tạc, kích động về KTTT, HTX gây ảnh hưởng đến phát triển KT-XH, bảo đảm quốc phòng, an ninh trong tỉnh. Quá trình triển khai các dự án, đề án, chương trình, hai bên cũng sẽ cùng nghiên cứu, phân tích và dự báo tình hình tư tưởng, dư luận xã hội, kịp thời phát hiện và giải quyết những vấn đề nổi cộm, người dân quan tâm. Đồng thời, phát hiện, nhân rộng nhân tố mới, điển hình tiên tiến; đề xuất cấp ủy đảng, chính quyền các cấp biểu dương, khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phát triển KTTT, HTX...
Để thực hiện có hiệu quả các nội dung phối hợp, Ban Tuyên giáo Tỉnh ủy chủ trì tham mưu xây dựng, ban hành văn bản chỉ đạo, hướng dẫn công tác nghiên cứu, học tập, phổ biến quán triệt và tuyên truyền các nghị quyết, chỉ thị, quy định… của Đảng, của Tỉnh ủy về KTTT, HTX; định hướng, chỉ đạo công tác thông tin, tuyên truyền trong hệ thống tuyên giáo, đội ngũ báo cáo viên các cấp và trên các phương tiện thông tin đại chúng.
Phát biểu tại lễ ký kết, đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy Bùi Mai Hoa nhấn mạnh, ngày 5/4/2022, Ban Tuyên giáo Trung ương và Liên minh HTX Việt Nam đã ký kết chương trình phối hợp về tuyên truyền phát triển KTTT, HTX giai đoạn 2021-2025 nhằm đổi mới nội dung, hình thức tuyên truyền về KTTT, HTX trên các phương tiện thông tin đại chúng. Bám sát chương trình, Ban Tuyên giáo Tỉnh ủy và Liên minh HTX tỉnh tổ chức ký kết tuyên truyền. Để công tác phối hợp tuyên truyền đạt kết quả, đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị cần nhận thức đầy đủ và sâu sắc mục đích, yêu cầu, nội dung chương trình phối hợp giữa hai cơ quan, trên cơ sở đó thống nhất cao về ý chí quyết tâm, nhận thức đầy đủ trách nhiệm của cơ quan, đơn vị trong chỉ đạo, tổ chức thực hiện.
Hai cơ quan cần cụ thể hóa nội dung triển khai, có lộ trình cụ thể, rà soát hàng tháng, hàng quý, hàng năm để đánh giá tiến độ, hiệu quả việc triển khai. Đẩy mạnh công tác thông tin tuyên truyền trên các phương tiện thông tin đại chúng về những nhân tố mới, điển hình tiên tiến trong khu vực KTTT; kịp thời tham mưu, đề xuất cấp có thẩm quyền biểu dương, khen thưởng. Việc phối hợp không chỉ dừng lại trên giấy tờ, phải thực hiện bằng những việc làm cụ thể, hiệu quả. Bám sát định hướng tuyên truyền các nội dung chương trình phối hợp của Ban Tuyên giáo Trung ương và Liên minh HTX Việt Nam để triển khai đạt kết quả./.
""",
          byline="Vũ Hùng, Phòng Tuyên truyền", author="Vũ Hùng",
          published=iso(datetime(2022, 10, 24), False), published_source="date-element",
          evidence=["date-element", "listing"],
          notes=["seed 001: banner 'Thứ Năm, 30/05/2024' (today) comes before the article date 'Thứ Hai, 24/10/2022'; body dates 05/4/2022 and 'Chiều 24/10'"]),
        A(path=base + "kinh-te-tap-the-gan-voi-tang-cuong-doan-ket-sang-tao-812.html",
          title="Kinh tế tập thể gắn với tăng cường đoàn kết sáng tạo",
          date=datetime(2022, 8, 9),
          body="""
Thực hiện Hướng dẫn số 84/HD-MTTW-BTT ngày 16/5/2022 của Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; Văn bản số 396/LMHTXVN-TTTT ngày 16/6/2022 của Liên minh HTX Việt Nam về triển khai phong trào thi đua “Đoàn kết sáng tạo, nâng cao năng suất, chất lượng, hiệu quả, hội nhập quốc tế”. Liên minh HTX tỉnh Ninh Bình đã cụ thể hóa các nội dung, mục tiêu lựa chọn và triển khai sâu rộng trong Cơ quan và các Khối thi đua HTX, Doanh nghiệp thành viên Liên minh HTX tỉnh, theo đó tập trung vào những nội dung chính sau:
1. Đối với Liên minh HTX tỉnh: Phát huy vai trò nòng cốt là cơ quan đại diện quyền, lợi ích hợp pháp, chính đáng đối với HTX thành viên; chủ động tham mưu cho tỉnh triển khai các chủ trương của Đảng, chính sách của Nhà nước, của tỉnh một cách kịp thời, hiệu quả giúp đẩy mạnh các phong trào xây dựng mô hình kinh tế tập thể, HTX ngày càng phát triển mạnh mẽ; phát động sâu rộng trong các đơn vị thành viên đẩy mạnh sự liên kết trong và ngoài HTX, giữa các HTX với HTX, giữa HTX với doanh nghiệp cùng ngành nghề nhằm nâng cao chất lượng sản xuất, kinh doanh; thi đua lao động sản xuất, cùng cả nước chung sức đồng lòng phòng, chống và chiến thắng đại dịch Covid-19; tích cực học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh bằng những việc làm cụ thể, thiết thực, xây dựng và nhân rộng các mô hình tập thể, cá nhân điển hình trong lao động, sản xuất và trong đời sống.
2. Tập trung chỉ đạo và phát động phong trào “Đoàn kết sáng tạo” thông qua: Tuyên truyền sâu rộng trong cán bộ, thành viên HTX, đơn vị thành viên tích cực tham gia các Cuộc vận động, các phong trào thi đua yêu nước, khơi dậy và phát huy mạnh mẽ sức sáng tạo, năng lực tư duy các tầng lớp nhân dân, cán bộ, người lao động trong các lĩnh vực lao động, sản xuất, kinh doanh, dịch vụ góp phần nâng cao đời sống, năng suất, chất lượng, hiệu quả công việc.
- Đẩy mạnh, thường xuyên tuyên truyền về các chính sách, pháp luật của nhà nước, các quy định của ngành, địa phương thông qua các hình thức tổ chức các lớp bồi dưỡng nghiệp vụ, tập huấn kỹ thuật, các buổi tư vấn nhóm, các hội nghị nhằm hỗ trợ hoạt động sáng tạo, khởi nghiệp của cán bộ, thành viên, người lao động trong hệ thống Liên minh HTX Việt Nam; thực hiện chuyển đổi số trong cơ quan Liên minh HTX tỉnh và tham mưu triển khai đến các mô hình HTX thành viên giúp nâng cao chất lượng công việc chuyên môn và hoạt động sản xuất kinh doanh.
- Tích cực nắm tình hình hoạt động của đơn vị thành viên để nắm bắt, phát hiện để kịp thời giới thiệu các sáng kiến, ý tưởng mới, tiêu biểu, các mô hình, cách làm sáng tạo, hiệu quả, đóng góp tích cực trong phát triển KTTT, HTX nói riêng và kinh tế - xã hội nói chung.
- Hàng năm tổ chức các hội thảo, tọa đàm, trao đổi kinh nghiệm nhằm nâng cao hiệu quả triển khai phong trào “Đoàn kết sáng tạo”; chỉ đạo Công đoàn cơ quan tham mưu, phối hợp tổ chức các hình thức sinh hoạt dưới hình thức chuyên đề giúp nâng cao chất lượng tư vấn, tuyên truyền cho cán bộ chuyên trách.
3. Tập trung xây dựng mô hình theo hình thức thành lập các câu lạc bộ “Khởi nghiệp, sáng tạo” và hướng dẫn giúp các mô hình hoạt động hiệu quả, phát huy trí tuệ, khả năng tham gia của các thành viên.
4. Hằng năm tổng hợp, đề xuất biểu dương, khen thưởng các sáng kiến tiêu biểu và giới thiệu Hội đồng tuyển chọn của UBTW MTTQVN xem xét, công bố trong “Sách vàng sáng tạo”.
5. Biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu gắn với các dịp sơ kết 6 tháng, tổng kết năm hoặc nhân các sự kiện chính trị, hoạt động lớn do Liên minh HTX tỉnh tổ chức; đề xuất Liên minh HTX Việt Nam và các cấp khen thưởng điển hình.
Để phong trào có ý nghĩa thiết thực, sâu rộng, Liên minh HTX tỉnh phát động và triển khai sâu rộng tới các Khối thi đua thành viên, Khối thi đua Cơ quan Liên minh HTX tỉnh và chỉ đạo triển khai theo địa bàn các huyện, thành phố nhằm thu hút đông đảo sự tham gia, góp phần đẩy mạnh phong trào thi đua, trở thành phong trào rộng khắp, thường xuyên./.
""",
          byline="Đinh Thái PNV.", author="Đinh Thái PNV.",
          published=iso(datetime(2022, 8, 9), False), published_source="date-element",
          evidence=["date-element", "listing"],
          notes=["seed 003: numbered paragraphs and '- ' paragraphs (no <ul>), byline 'Đinh Thái PNV.'"]),
        A(path=base + "ninh-binh-tong-ket-10-nam-thi-hanh-luat-hop-tac-xa-nam-2012-871.html",
          title="Ninh Bình: Tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012",
          date=datetime(2022, 12, 16),
          lead="Ngày 15/12/2022, UBND tỉnh Ninh Bình tổ chức Hội nghị tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012 trên địa bàn tỉnh.",
          body="""
Sau 10 năm thi hành Luật, khu vực kinh tế tập thể của tỉnh có bước chuyển biến tích cực cả về số lượng và chất lượng. Toàn tỉnh có 449 HTX với hơn 260.000 thành viên; 100% HTX đã tổ chức lại hoạt động theo Luật Hợp tác xã năm 2012.
[img tong-ket-10-nam-luat-htx.png] Đồng chí Phó Chủ tịch UBND tỉnh phát biểu tại Hội nghị
Nhiều HTX nông nghiệp đã mở rộng dịch vụ, liên kết sản xuất theo chuỗi giá trị như HTX Gia Sinh, HTX Yên Mỹ, HTX Khánh Thiện. Các HTX phi nông nghiệp trong lĩnh vực vận tải, du lịch, tiểu thủ công nghiệp phát triển khá, tạo việc làm ổn định cho hàng nghìn lao động.
## Hạn chế và kiến nghị
Bên cạnh kết quả đạt được, quy mô HTX còn nhỏ, năng lực quản trị hạn chế, khả năng tiếp cận vốn tín dụng khó khăn. Hội nghị kiến nghị sửa đổi Luật theo hướng tạo điều kiện để HTX mở rộng thành viên, tiếp cận đất đai và nguồn vốn, phù hợp với Nghị quyết số 20-NQ/TW ngày 16/6/2022.
Dịp này, UBND tỉnh tặng Bằng khen cho 15 tập thể, 20 cá nhân có thành tích xuất sắc trong 10 năm thi hành Luật Hợp tác xã.
""",
          byline="Thanh Hà", author="Thanh Hà",
          published=iso(datetime(2022, 12, 16), False), published_source="date-element",
          evidence=["date-element", "listing"]),
        twin,
        twin_b,
        A(path=base + "htx-nong-nghiep-gia-sinh-lien-ket-san-xuat-lua-huu-co-936.html",
          title="HTX Nông nghiệp Gia Sinh liên kết sản xuất lúa hữu cơ",
          date=datetime(2023, 8, 30),
          body="""
Với mục tiêu nâng cao giá trị trên một đơn vị diện tích, HTX Nông nghiệp Gia Sinh (huyện Gia Viễn) đã liên kết với doanh nghiệp thực hiện mô hình sản xuất lúa hữu cơ trên diện tích 50 ha.
[img lua-huu-co-gia-sinh.png] Cánh đồng lúa hữu cơ của HTX Nông nghiệp Gia Sinh
Theo quy trình, các hộ thành viên không sử dụng phân bón hóa học, thuốc bảo vệ thực vật; sử dụng phân hữu cơ vi sinh và các chế phẩm sinh học. HTX giữ vai trò tổ chức sản xuất, giám sát quy trình và ký hợp đồng bao tiêu toàn bộ sản phẩm với giá cao hơn thị trường 15 - 20%.
Ông Đinh Văn Thịnh, Giám đốc HTX cho biết: Lúc đầu nhiều hộ còn e ngại vì năng suất thấp hơn, nhưng sau hai vụ, lợi nhuận tăng rõ rệt nên bà con rất phấn khởi. HTX dự kiến mở rộng diện tích lên 80 ha vào năm 2024.
""",
          byline="Mai Lan", author="Mai Lan",
          published=iso(datetime(2023, 8, 30), False), published_source="date-element",
          evidence=["date-element", "listing"]),
        A(path=base + "ninh-binh-co-them-25-san-pham-ocop-cua-htx-dat-3-sao-958.html",
          title="Ninh Bình có thêm 25 sản phẩm OCOP của HTX đạt 3 sao",
          date=datetime(2023, 11, 22),
          lead="Theo Quyết định số 892/QĐ-UBND ngày 20/11/2023 của UBND tỉnh, 25 sản phẩm của các HTX trên địa bàn tỉnh được công nhận đạt tiêu chuẩn OCOP 3 sao.",
          body="""
Các sản phẩm mới được công nhận gồm: gạo Tám thơm Yên Mô, thịt dê núi Hoa Lư, cơm cháy Ninh Bình, rượu Kim Sơn, chiếu cói, mật ong, trà hoa vàng... Đây là những sản phẩm có lợi thế của địa phương, gắn với phát triển du lịch.
* Nhóm thực phẩm: 17 sản phẩm;
* Nhóm đồ uống: 4 sản phẩm;
* Nhóm thủ công mỹ nghệ: 4 sản phẩm.
[img ocop-3-sao-ninh-binh-2023.png] Sản phẩm cơm cháy của HTX được công nhận OCOP 3 sao
Liên minh HTX tỉnh cho biết sẽ tiếp tục đồng hành cùng các HTX trong việc nâng hạng sản phẩm, xây dựng điểm giới thiệu, bán sản phẩm OCOP tại các khu du lịch Tràng An, Tam Cốc - Bích Động.
""",
          byline="Vũ Hùng, Phòng Tuyên truyền", author="Vũ Hùng",
          published=iso(datetime(2023, 11, 22), False), published_source="date-element",
          evidence=["date-element", "listing"]),
        A(path=base + "phat-dong-thang-hanh-dong-vi-hop-tac-xa-nam-2024-990.html",
          title="Phát động Tháng hành động vì hợp tác xã năm 2024",
          date=datetime(2024, 4, 26),
          lead="Sáng 25/4, Liên minh HTX tỉnh Ninh Bình tổ chức Lễ phát động Tháng hành động vì hợp tác xã năm 2024 với chủ đề “Hợp tác xã - Xây dựng tương lai tốt đẹp hơn cho tất cả mọi người”.",
          body="""
Tháng hành động được tổ chức từ ngày 01/5 đến 30/6/2024, hướng tới kỷ niệm Ngày Quốc tế HTX và Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024.
## Các hoạt động chính
* Tuyên truyền Luật Hợp tác xã năm 2023 tới cán bộ, thành viên HTX;
* Tổ chức phiên chợ sản phẩm OCOP của HTX tại TP Ninh Bình;
* Ra quân hỗ trợ HTX ứng dụng chuyển đổi số.
[img phat-dong-thang-hanh-dong-2024.png] Các đại biểu thực hiện nghi thức phát động Tháng hành động
Phát biểu tại buổi lễ, lãnh đạo Liên minh HTX tỉnh đề nghị các HTX, tổ hợp tác hưởng ứng tích cực, biến Tháng hành động thành đợt sinh hoạt chính trị sâu rộng trong khu vực kinh tế tập thể.
""",
          byline="Phạm Hương, Phòng Tư vấn", author="Phạm Hương",
          published=iso(datetime(2024, 4, 26), False), published_source="date-element",
          evidence=["date-element", "listing"],
          notes=["title echoes the banner slogan 'HƯỞNG ỨNG THÁNG HÀNH ĐỘNG VÌ HỢP TÁC XÃ NĂM 2024' (furniture, capitals)"]),
    ]


THEME = Theme(
    site_id="lmhtx-ninhbinh", province="ninh-binh", name="Liên minh Hợp tác xã tỉnh Ninh Bình",
    short="Liên minh HTX tỉnh Ninh Bình", f=F, skin="theme-green", print_links=False, per_page=5,
    banner_title="CỔNG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ TỈNH NINH BÌNH", sidebar_left=True,
    menu=[("/", "Trang chủ"), (LISTING, "Tin tức - Sự kiện"), ("/lien-he.html", "Liên hệ")],
)


def extra(site, items, side, layout) -> None:
    site.twins.append([TWIN_A, TWIN_B])
    rows = "\n".join(f'<div class="news-item"><a class="title" href="{a.path}">{esc(a.title)}</a>'
                     f'<span class="news-date">{dmy(a.date)}</span></div>' for a in items[:4])
    main = f"""<div class="home-slide"><h2><a href="{items[0].path}">{esc(items[0].title)}</a></h2></div>
<div class="home-box"><h2><a href="{LISTING}">Tin tức - Sự kiện</a></h2>{rows}<a href="{LISTING}">Xem tiếp</a></div>"""
    site.page("/", layout("Trang chủ", main, side(), path="/"))
    main = """<h1 class="news-title">Liên hệ</h1><div class="contact"><p>Liên minh Hợp tác xã tỉnh Ninh Bình</p>
<p>Trụ sở: Số 2, đường Lê Hồng Phong, TP Ninh Bình</p><p>Thư điện tử: lmhtx@ninhbinh.gov.vn</p></div>"""
    site.page("/lien-he.html", layout("Liên hệ", main, side(), path="/lien-he.html"))
    site.non_articles.append("/lien-he.html")
    site.static("/robots.txt", "User-agent: *\nDisallow: /Admin/\n")


def build():
    return build_portal(THEME, articles(), [], extra=extra)
