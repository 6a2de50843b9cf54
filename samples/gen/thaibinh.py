"""Site `lmhtx-thaibinh` (family `portal`)."""

from __future__ import annotations

from datetime import datetime

from . import vca
from .core import TODAY_2026, Article, Furniture, dmy, esc, iso, pdf, rtf, weekday
from .portal import LISTING, Theme
from .portal import build as build_portal

F = Furniture(
    org="Liên minh Hợp tác xã tỉnh Thái Bình",
    short="Liên minh HTX tỉnh Thái Bình",
    today=f"{weekday(TODAY_2026)}, {dmy(TODAY_2026)}",
    slogans=["Nhiệt liệt chào mừng kỷ niệm 96 năm Ngày thành lập Đảng bộ tỉnh Thái Bình!",
             "Thi đua đổi mới, phát triển kinh tế tập thể, hợp tác xã bền vững!"],
    responsible="Chịu trách nhiệm nội dung: Ông Phạm Văn Lộc - Chủ tịch Liên minh HTX tỉnh Thái Bình",
    licence="Giấy phép số 12/GP-TTĐT ngày 15/3/2019 của Sở Thông tin và Truyền thông tỉnh Thái Bình",
    source_note='Ghi rõ nguồn "Liên minh HTX tỉnh Thái Bình" khi phát hành lại thông tin từ website này',
    copyright="Copyright © 2024 Liên minh Hợp tác xã tỉnh Thái Bình. Technology Supported by VNPT Thái Bình",
    address="Địa chỉ: Số 8, đường Lý Thường Kiệt, TP Thái Bình, tỉnh Thái Bình",
    phone="Điện thoại: 0227.3831.457",
    email="Email: lienminhhtx@thaibinh.gov.vn",
    counter=(43, 122, 123456),
    weather=("29°C", "Độ ẩm: 78%"),
)

PDF_PATH = "/Upload/files/KH-04-LMHTX.pdf"
DOC_PATH = "/Upload/files/KH-04-LMHTX.doc"
GALLERY = "/thu-vien-anh/hoi-cho-san-pham-ocop-xuan-2024-15.html"
STUB = "/tin-tuc-su-kien/hinh-anh-gian-hang-san-pham-ocop-cua-htx-tai-hoi-cho-xuan-2024-1275.html"
OCOP = "/tin-tuc-su-kien/thai-binh-38-san-pham-cua-htx-dat-chung-nhan-ocop-nam-2023-1250.html"
UTM = OCOP + "?utm_source=zalo&utm_medium=share"

DOC_BODY = """
Số: 04/KH-LMHTX
Thái Bình, ngày 01 tháng 3 năm 2023
## KẾ HOẠCH
## Tuyên truyền Kỷ niệm 30 năm ngày Thành lập Liên minh Hợp tác xã Việt Nam (29/10/1993 - 29/10/2023)
Thực hiện Kế hoạch số 778/KH-LMHTXVN ngày 24/10/2022 của Ban Chấp hành Liên minh Hợp tác xã Việt Nam về tổ chức các hoạt động Kỷ niệm 30 năm ngày Thành lập Liên minh Hợp tác xã Việt Nam; Liên minh Hợp tác xã Thái Bình ban hành Kế hoạch tuyên truyền Kỷ niệm 30 năm ngày Thành lập Liên minh Hợp tác xã Việt Nam như sau:
## I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích.
Tuyên truyền về truyền thống, khơi dậy lòng tự hào, tiếp tục phát huy, nêu cao tinh thần trách nhiệm, chủ động, đổi mới, sáng tạo của đội ngũ cán bộ, viên chức, người lao động trong hệ thống Liên minh Hợp tác xã Việt Nam và cán bộ quản lý, thành viên và người lao động trong các tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã, thành viên liên kết; phấn đấu hoàn thành xuất sắc nhiệm vụ, xây dựng hệ thống Liên minh Hợp tác xã Việt Nam vững mạnh, xứng đáng vai trò nòng cốt trong phát triển kinh tế tập thể, hợp tác xã theo chủ trương Nghị quyết số 20 - NQ/TW, Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII và Nghị quyết Đại hội Đại biểu toàn quốc Liên minh Hợp tác xã Việt Nam lần thứ VI, nhiệm kỳ 2020 - 2025.
Tuyên truyền nâng cao nhận thức của các thành viên và hệ thống chính trị, tầng lớp nhân dân và toàn xã hội về bản chất, vị trí, vai trò và tầm quan trọng của kinh tế tập thể, hợp tác xã. Tiếp tục khẳng định kinh tế tập thể được củng cố và phát triển cùng với kinh tế nhà nước thành nền tảng vững chắc của nền kinh tế quốc dân. Phát triển kinh tế tập thể, hợp tác xã là xu thế tất yếu trong bối cảnh hội nhập quốc tế, phù hợp với kinh tế thị trường định hướng xã hội chủ nghĩa. Phát triển và nâng cao hiệu quả hoạt động của kinh tế tập thể là nhiệm vụ của cả hệ thống chính trị, trong đó có vai trò nòng cốt của hệ thống Liên minh Hợp tác xã Việt Nam.
Tuyên truyền các hoạt động Kỷ niệm 30 Năm ngày Thành lập Liên minh Hợp tác xã Việt Nam trong hệ thống và các tổ chức kinh tế tập thể, hợp tác xã thành viên nhằm ôn lại quá trình xây dựng và phát triển của ngành.
2. Yêu cầu.
Các hoạt động tuyên truyền cần được tổ chức bằng nhiều hình thức phù hợp có trọng tâm, trọng điểm, đảm bảo chất lượng, thiết thực, hiệu quả, tiết kiệm, không phô trương hình thức; lồng ghép với việc tuyên truyền các chỉ thị, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước, các sự kiện chính trị của đất nước, nhiệm vụ của địa phương, cơ quan, đơn vị.
Gắn các hoạt động tuyên truyền, kỷ niệm Ngày truyền thống ngành với tuyên truyền, phát động các phong trào thi đua của Ngành, địa phương, đơn vị; tuyên truyền những nhân tố mới, điển hình tiên tiến; tôn vinh, ghi nhận đúng mức những đóng góp và công hiến của các tập thể, cá nhân đối với sự nghiệp phát triển kinh tế tập thể và xây dựng hệ thống Liên minh Hợp tác xã; thúc đẩy thực hiện các mục tiêu phát triển kinh tế xã hội của đất nước, của tỉnh.
## II/ NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN
1. Nội dung tuyên truyền.
Tuyên truyền về truyền thống về vang, những bài học kinh nghiệm qua 30 năm xây dựng và phát triển hệ thống Liên minh Hợp tác xã Việt Nam; những thành quả, đóng góp của khu vực kinh tế tập thể; đồng thời giáo dục truyền thống, lòng tự hào, tinh thần yêu nghề, ý thức trách nhiệm, động viên sự phấn đấu, vươn lên của đội ngũ cán bộ hợp tác xã, giới thiệu về vai trò, vị trí, chức năng, nhiệm vụ và các hoạt động của Liên minh Hợp tác xã tỉnh trong phát triển kinh tế tập thể, hợp tác xã, Ngày Hợp tác xã Việt Nam 11/4, Ngày Doanh nhân Việt Nam 13/10, Ngày Hợp tác xã quốc tế và phong trào hợp tác xã cho đông đảo cán bộ, đảng viên, thành viên hợp tác xã và quần chúng nhân dân nhằm nâng cao nhận thức, kiến thức về phát triển kinh tế tập thể, hợp tác xã.
Tổ chức tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước và cấp ủy đảng, chính quyền địa phương về phát triển kinh tế tập thể, hợp tác xã (Nghị quyết số 20 - NQ/TW ngày 16/6/2022, Hội nghị lần thứ 5 Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới; Nghị quyết 09/NQ-CP ngày 02/2/2023 của Chính phủ về Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới; Quyết định số 1804/QĐ-TTg ngày 13/11/2020 của Thủ tướng Chính phủ phê duyệt Chương trình hỗ trợ phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021 - 2025; Quyết định số 340/QĐ-TTg ngày 12/3/2021 của Thủ tướng Chính phủ phê duyệt chiến lược phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021 - 2030; Quyết định số 167/QĐ-TTg ngày 02/02/2021 của Thủ tướng Chính phủ phê duyệt Đề án lựa chọn, hoàn thiện, nhân rộng mô hình hợp tác xã kiểu mới hiệu quả tại các địa phương trên cả nước giai đoạn 2021 - 2025; Luật Hợp tác xã năm 2012 (sửa đổi)...
Tuyên truyền Chương trình hành động số 17-CTr/TU, ngày 21/11/2022 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 19-NQ/TW Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045; Chương trình hành động số 18-CTr/TU, ngày 28/11/2022 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 20-NQ/TW Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới; Quyết định số 2312/QĐ-UBND, ngày 29/8/2017 về việc phê duyệt Đề án phát triển kinh tế tập thể tỉnh Thái Bình giai đoạn 2017 - 2025.
Tuyên truyền Nghị quyết Đại hội Đại biểu toàn quốc Liên minh Hợp tác xã Việt Nam; Nghị quyết Đại hội Đại biểu Liên minh Hợp tác xã tỉnh lần thứ VI, nhiệm kỳ 2020 - 2025; Điều lệ Liên minh Hợp tác xã Việt Nam, Điều lệ Liên minh Hợp tác xã tỉnh. Giới thiệu các mô hình hợp tác xã kiểu mới gắn với phát triển bền vững theo chuỗi giá trị sản phẩm chủ lực có quy mô lớn, có sức lan tỏa của từng địa phương; những kinh nghiệm hay, cách làm tốt, sáng tạo trong tổ chức và hoạt động của các tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã điển hình tiên tiến, hoạt động sản xuất kinh doanh hiệu quả gắn với phát triển về số lượng và nâng cao chất lượng sản phẩm OCOP, sản phẩm chủ lực của tỉnh.
2. Hình thức tuyên truyền
Tổ chức tuyên truyền trên các phương tiện thông tin đại chúng (báo, đài, truyền hình...), bản tin nội bộ, trang thông tin điện tử và các ấn phẩm tuyên truyền (tờ rơi, tờ gấp, tài liệu tuyên truyền...), cổ động trực quan, căng băng rôn, khẩu hiệu; tuyên truyền qua đội ngũ báo cáo viên, tuyên truyền viên và lồng ghép trong các hoạt động văn hóa, văn nghệ, sinh hoạt thường kỳ của các đơn vị...
Tùy theo điều kiện cụ thể các đơn vị có thể tổ chức Lễ kỷ niệm; tổ chức gặp mặt, biểu dương các tập thể, cá nhân điển hình tiêu biểu trong hoạt động khu vực kinh tế tập thể qua các thời kỳ; phát động phong trào thi đua trong cán bộ, thành viên và người lao động lập thành tích chào mừng Kỷ niệm 30 Năm ngày Thành lập Liên minh Hợp tác xã Việt Nam.
3. Thời gian thực hiện
Tổ chức truyền truyền từ tháng 4 đến tháng 11 năm 2023; đợt cao điểm từ ngày 15/10 đến 15/11/ 2023.
## III/ TỔ CHỨC THỰC HIỆN
1. Phòng Chính sách và Tổ chức cơ sở.
- Xây dựng Kế hoạch và tổ chức phát động phong trào đợt thi đua đặc biệt trong cán bộ và thành viên chào mừng Kỷ niệm 30 năm Thành lập và phát triển của Liên minh Hợp tác xã Việt Nam; lựa chọn các tập thể, cá nhân điển hình tiên tiến trong phong trào thi đua để tôn vinh tại Lễ Kỷ niệm.
- Chủ động tuyên truyền và phối hợp các cơ quan thông tin đại chúng tuyên truyền, phản ánh nhân rộng các điển hình tiên tiến, nhân tố mới, gương người tốt, việc tốt trên các phương tiện truyền thông; đưa tin các tập thể, cá nhân điển hình tiên tiến, mô hình hoạt động hiệu quả của các Hợp tác xã kiểu mới trên trang Thông tin điện tử Liên minh Hợp tác xã tỉnh, cổng thông tin điện tử Liên minh Hợp tác xã Việt Nam.
- Hướng dẫn các đơn vị tổ chức các hoạt động chào mừng 30 năm Thành lập và phát triển của Liên minh Hợp tác xã Việt Nam; tổ chức treo pano, khẩu hiệu, băng rôn, ... tại trụ sở đơn vị trước, trong, sau Lễ Kỷ niệm.
2. Phòng Tổ chức Hành chính Kinh tế
- Tham mưu xây dựng Kế hoạch tổ chức Lễ Kỷ niệm 30 năm Thành lập và phát triển của Liên minh Hợp tác xã Việt Nam.
- Xây dựng dự trù kinh phí và các điều kiện để tổ chức các hoạt động Kỷ niệm 30 năm ngày Thành lập và phát triển của Liên minh Hợp tác xã Việt Nam.
3. Phòng Tư vấn Đầu tư Đào tạo
- Tổ chức các hoạt động xúc tiến thương mại, kết nối cung cầu; lựa chọn các sản phẩm tiêu biểu của các đơn vị thành viên tham gia trưng bày, giới thiệu sản phẩm tại Lễ Kỷ niệm 30 năm ngày Thành lập và phát triển của Liên minh Hợp tác xã Việt Nam.
- Phối hợp với Phòng Chính sách và Tổ chức cơ sở cử chọn cán bộ tham gia Hội thi cán bộ tư vấn thành lập hợp tác xã giỏi.
4. Các đơn vị thành viên Liên minh Hợp tác xã Thái Bình
- Trên cơ sở các nội dung kế hoạch tuyên truyền của Liên minh Hợp tác xã tỉnh căn cứ vào điều kiện, thực tiễn của đơn vị tổ chức các hoạt động tuyên truyền tới các thành viên và tổ chức các hoạt động kỷ niệm phù hợp, thiết thực thu hút đông đảo thành viên tham gia.
- Tổ chức treo khẩu hiệu, băng rôn, pano,... tại trụ sở đơn vị trước, trong Lễ Kỷ niệm 30 năm thành lập Liên minh Hợp tác xã Việt Nam ngày (29/10/2023).
## IV/ KHẨU HIỆU TUYÊN TRUYỀN
1. NHIỆT LIỆT KỶ NIỆM CHÀO MỪNG 30 NĂM THÀNH LẬP LIÊN MINH HỢP TÁC XÃ VIỆT NAM (29/10/1993 - 29/10/2023).
2. CÁN BỘ, THÀNH VIÊN VÀ NGƯỜI LAO ĐỘNG KHU VỰC KINH TẾ TẬP THỂ, HỢP TÁC XÃ VÀ HỆ THỐNG LIÊN MINH HỢP TÁC XÃ VIỆT NAM RA SỨC THI ĐUA LẬP THÀNH TÍCH CHÀO MỪNG KỶ NIỆM 30 NĂM NGÀY THÀNH LẬP LIÊN MINH HỢP TÁC XÃ VIỆT NAM (29/10/1993 - 29/10/2023).
3. HỢP TÁC, ĐỔI MỚI, PHÁT TRIỂN, HIỆU QUẢ.
4. ĐỔI MỚI, PHÁT TRIỂN, NÂNG CAO HIỆU QUẢ HOẠT ĐỘNG KINH TẾ TẬP THỂ, HỢP TÁC XÃ.
5. ĐẨY MẠNH XÂY DỰNG HỆ THỐNG LIÊN MINH HỢP TÁC XÃ VIỆT NAM VỮNG MẠNH.
6. HỢP TÁC, LIÊN KẾT TẠO SỨC MẠNH ĐỂ KHÔNG AI BỊ BỎ LẠI PHÍA SAU.
Trên đây là một số định hướng hoạt động, tuyên truyền Kỷ niệm 30 năm ngày Thành lập và phát triển của Liên minh Hợp tác xã Việt Nam, Ban Thường vụ Liên minh Hợp tác xã tỉnh đề nghị các phòng, các đơn vị căn cứ tình hình của địa phương, đơn vị có kế hoạch cụ thể triển khai tổ chức thực hiện, đồng thời tổ chức các hoạt động đảm bảo thiết thực, hiệu quả, mang ý nghĩa giáo dục sâu sắc, thu hút đông đảo cán bộ và các thành viên tham gia./.
Nơi nhận:
* Ủy ban nhân dân tỉnh (báo cáo);
* Ban Tuyên giáo Tỉnh ủy (báo cáo);
* Liên minh HTX Việt Nam (báo cáo);
* Thường trực Liên minh HTX tỉnh;
* Các phòng, đơn vị trực thuộc;
* Lưu: Văn thư.
TM. BAN THƯỜNG VỤ
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""


def articles() -> list[Article]:
    A = Article
    base = "/tin-tuc-su-kien/"
    source = vca.articles()[1]
    assert source.path == vca.SYNDICATED
    return [
        A(path=base + "ke-hoach-tuyen-truyen-ky-niem-30-nam-ngay-thanh-lap-lien-minh-hop-tac-xa-viet-nam-1152.html",
          title="Kế hoạch tuyên truyền Kỷ niệm 30 năm ngày Thành lập Liên minh Hợp tác xã Việt Nam",
          date=datetime(2023, 3, 1), opts={"show_date": False},
          body=DOC_BODY, byline="Trần Văn Toán", author=None,
          description="Kế hoạch số 04/KH-LMHTX ngày 01/3/2023 của Ban Thường vụ Liên minh HTX tỉnh Thái Bình về tuyên truyền Kỷ niệm 30 năm ngày Thành lập Liên minh HTX Việt Nam.",
          published=iso(datetime(2023, 3, 1), False), published_source="document",
          evidence=["document", "listing"], doc_number="04/KH-LMHTX",
          # the link's text opens with a download label; the file's name is what follows it
          attachments=[{"path": PDF_PATH, "text": "Kế hoạch 04/KH-LMHTX", "shown": "Tải về: Kế hoạch 04/KH-LMHTX"},
                       {"path": DOC_PATH, "text": "Kế hoạch 04/KH-LMHTX (bản Word)",
                        "shown": "Tải về: Kế hoạch 04/KH-LMHTX (bản Word)"}],
          notes=["official document: 'Số: 04/KH-LMHTX', place-date line 'Thái Bình, ngày 01 tháng 3 năm 2023', no news-date element (listing shows 01/03/2023); the signer is not an author (author null)",
                 "attachments outside the body: PDF (a real one-page PDF) and DOC (RTF) links in div.news-attachments"]),
        A(path=base + "lien-minh-htx-viet-nam-tap-huan-cong-tac-tuyen-truyen-nam-2023-1160.html",
          title=source.title, date=datetime(2023, 3, 16, 8, 0), lead=source.lead, body=source.body,
          byline=f"[[Nguồn: vca.org.vn|{{{{base:vca}}}}{source.path}]]", author=None,
          published=iso(datetime(2023, 3, 16), False), published_source="date-element",
          evidence=["date-element", "listing"],
          extra={"syndicated_from": {"site": "vca", "path": source.path}},
          notes=["syndicated copy of a vca article: same title, lead and paragraphs; last line 'Nguồn: vca.org.vn' links to the vca site"]),
        A(path=base + "hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-5-nhiem-ky-2020-2025-1187.html",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 5, nhiệm kỳ 2020 - 2025",
          date=datetime(2023, 5, 12),
          lead="Ngày 11/5, Liên minh HTX tỉnh Thái Bình tổ chức Hội nghị Ban Chấp hành lần thứ 5, nhiệm kỳ 2020 - 2025 để đánh giá kết quả hoạt động 4 tháng đầu năm và triển khai nhiệm vụ trọng tâm những tháng còn lại của năm 2023.",
          body="""
Báo cáo tại Hội nghị cho thấy, 4 tháng đầu năm 2023, toàn tỉnh thành lập mới 9 HTX, nâng tổng số HTX đang hoạt động lên 412 HTX với trên 380.000 thành viên. Doanh thu bình quân của HTX nông nghiệp đạt 3,2 tỷ đồng/năm, lãi bình quân 210 triệu đồng.
[img hoi-nghi-bch-lan-5.png] Đồng chí Chủ tịch Liên minh HTX tỉnh phát biểu tại Hội nghị
Liên minh HTX tỉnh đã phối hợp với các sở, ngành tổ chức 12 lớp tập huấn cho cán bộ quản lý HTX; tư vấn thành lập mới HTX; hỗ trợ 15 HTX tham gia Hội chợ Nông nghiệp quốc tế và tuần lễ giới thiệu sản phẩm OCOP.
## Nhiệm vụ những tháng cuối năm
* Tiếp tục triển khai Chương trình hành động số 18-CTr/TU ngày 28/11/2022 của Ban Thường vụ Tỉnh ủy;
* Đẩy mạnh tuyên truyền kỷ niệm 30 năm Ngày thành lập Liên minh HTX Việt Nam;
* Phấn đấu thành lập mới ít nhất 25 HTX trong năm 2023.
Hội nghị cũng đã thảo luận, cho ý kiến vào dự thảo Quy chế hoạt động của Ban Chấp hành và kiện toàn một số chức danh Ủy viên Ban Chấp hành Liên minh HTX tỉnh.
""",
          byline="Thu Trang - Văn phòng", author="Thu Trang",
          published=iso(datetime(2023, 5, 12), False), published_source="date-element",
          evidence=["date-element", "listing"],
          notes=["day-first date 'Thứ Sáu, 12/05/2023' (12 May, not 5 December); the lead says 'Ngày 11/5' (event date, no year)"]),
        A(path=base + "lien-minh-htx-tinh-tap-huan-kien-thuc-quan-ly-cho-can-bo-htx-nam-2023-1203.html",
          title="Liên minh HTX tỉnh tập huấn kiến thức quản lý cho cán bộ HTX năm 2023",
          date=datetime(2023, 7, 20),
          lead="Từ ngày 18 - 20/7/2023, Liên minh HTX tỉnh Thái Bình phối hợp với UBND huyện Vũ Thư tổ chức lớp tập huấn kiến thức quản lý cho 80 cán bộ quản lý, kế toán, kiểm soát viên HTX trên địa bàn huyện.",
          body="""
Tại lớp tập huấn, học viên được giới thiệu những nội dung cơ bản của Luật Hợp tác xã, chế độ kế toán áp dụng cho HTX theo Thông tư số 71/2019/TT-BTC ngày 30/9/2019 của Bộ Tài chính, kỹ năng xây dựng phương án sản xuất kinh doanh và liên kết tiêu thụ nông sản.
Giảng viên là các chuyên gia của Trường Cao đẳng Kinh tế - Kỹ thuật và cán bộ Liên minh HTX tỉnh giàu kinh nghiệm thực tiễn. Các buổi học được tổ chức theo hình thức trao đổi, thảo luận nhóm, giải đáp vướng mắc trực tiếp từ cơ sở.
""",
          published=iso(datetime(2023, 7, 20), False), published_source="date-element",
          evidence=["date-element", "listing"],
          opts={"cut_html": '<p style="text-align: center;"><img src="/Upload/images/tap-huan-vu-thu-2023.png" alt="Các học viên tham gia lớp tập h'},
          notes=["truncated HTML: the page stops mid-tag inside the body (no byline, no footer); text = the paragraphs before the cut"]),
        A(path=base + "htx-dich-vu-nong-nghiep-dong-hai-phat-trien-mo-hinh-canh-dong-mau-lon-1221.html",
          title="HTX dịch vụ nông nghiệp Đông Hải phát triển mô hình cánh đồng mẫu lớn",
          date=datetime(2023, 9, 14),
          body="""
Những năm gần đây, HTX dịch vụ nông nghiệp Đông Hải (huyện Quỳnh Phụ) là một trong những đơn vị đi đầu trong việc tích tụ ruộng đất, xây dựng cánh đồng mẫu lớn gắn với liên kết tiêu thụ sản phẩm.
[img canh-dong-mau-lon-dong-hai.png] Cánh đồng lúa chất lượng cao của HTX dịch vụ nông nghiệp Đông Hải
Vụ mùa năm 2023, HTX đã vận động thành viên dồn điền, đổi thửa, đưa 120 ha vào sản xuất tập trung giống lúa chất lượng cao. HTX cung ứng giống, phân bón, làm đất bằng máy và ký hợp đồng bao tiêu sản phẩm với doanh nghiệp, giúp thành viên yên tâm sản xuất.
## Hiệu quả rõ rệt
Nhờ áp dụng cơ giới hóa đồng bộ, chi phí sản xuất giảm khoảng 15%, năng suất bình quân đạt 68 tạ/ha, lợi nhuận tăng 3 - 4 triệu đồng/ha so với sản xuất nhỏ lẻ. Năm 2022, doanh thu của HTX đạt gần 6 tỷ đồng.
Ông Nguyễn Văn Hùng, Giám đốc HTX cho biết, thời gian tới HTX sẽ mở rộng diện tích cánh đồng mẫu lớn lên 200 ha, đầu tư thêm máy cấy và lò sấy để chủ động bảo quản lúa sau thu hoạch, thực hiện Quyết định số 2312/QĐ-UBND ngày 29/8/2017 của UBND tỉnh.
""",
          byline="Hoàng Long", author="Hoàng Long",
          published=iso(datetime(2023, 9, 14), False), published_source="date-element",
          evidence=["date-element", "listing"]),
        A(path=OCOP,
          title="Thái Bình: 38 sản phẩm của HTX đạt chứng nhận OCOP năm 2023",
          date=datetime(2023, 12, 5),
          lead="Năm 2023, tỉnh Thái Bình có thêm 38 sản phẩm của các hợp tác xã được UBND tỉnh công nhận đạt chuẩn OCOP từ 3 sao trở lên, nâng tổng số sản phẩm OCOP của khu vực kinh tế tập thể lên 126 sản phẩm.",
          body="""
Các sản phẩm được công nhận tập trung vào nhóm thực phẩm như gạo, bánh cáy, nước mắm, mật ong, cùng nhóm thủ công mỹ nghệ như chiếu cói, đồ gỗ, lụa tơ tằm. Trong đó có 6 sản phẩm đạt 4 sao, 32 sản phẩm đạt 3 sao.
[img san-pham-ocop-thai-binh-2023.png] Sản phẩm OCOP của các HTX trưng bày tại Hội chợ thương mại tỉnh
Để có được kết quả trên, Liên minh HTX tỉnh đã phối hợp với Văn phòng điều phối nông thôn mới tỉnh hướng dẫn HTX hoàn thiện hồ sơ, cải tiến bao bì, nhãn mác, xây dựng tiêu chuẩn cơ sở và truy xuất nguồn gốc sản phẩm.
Tuy nhiên, khâu tiêu thụ vẫn là khó khăn lớn. Nhiều HTX chưa có kênh phân phối ổn định, chủ yếu bán lẻ tại địa phương. Thời gian tới, Liên minh HTX tỉnh sẽ tiếp tục hỗ trợ HTX đưa sản phẩm OCOP lên sàn thương mại điện tử và kết nối với hệ thống siêu thị, theo Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ về Chương trình mỗi xã một sản phẩm giai đoạn 2021 - 2025.
""",
          byline="Minh Thu", author="Minh Thu",
          published=iso(datetime(2023, 12, 5), False), published_source="date-element",
          evidence=["date-element", "listing"], aliases=[UTM],
          notes=["linked from the home page with ?utm_source=zalo&utm_medium=share (same page: an alias)"]),
        A(path=base + "lien-minh-htx-tinh-trien-khai-nhiem-vu-nam-2024-1268.html",
          title="Liên minh HTX tỉnh triển khai nhiệm vụ năm 2024",
          date=datetime(2024, 1, 16),
          lead="Ngày 15/01/2024, Liên minh HTX tỉnh Thái Bình tổ chức Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.",
          body="""
Năm 2023, khu vực kinh tế tập thể của tỉnh tiếp tục có bước phát triển. Toàn tỉnh thành lập mới 28 HTX, vượt 12% kế hoạch; có 65% HTX xếp loại tốt và khá. Nhiều HTX đã chuyển đổi hoạt động theo hướng đa ngành, gắn với chuỗi giá trị.
## Chỉ tiêu chủ yếu năm 2024
* Thành lập mới 30 HTX và 50 tổ hợp tác;
* 100% HTX được tuyên truyền, hướng dẫn thực hiện Luật Hợp tác xã năm 2023;
* Hỗ trợ 20 HTX ứng dụng chuyển đổi số trong quản lý, kinh doanh.
[img tong-ket-2023-thai-binh.png] Quang cảnh Hội nghị tổng kết công tác năm 2023
Phát biểu tại Hội nghị, lãnh đạo UBND tỉnh ghi nhận những kết quả Liên minh HTX tỉnh đạt được, đề nghị tiếp tục bám sát Nghị quyết số 20-NQ/TW ngày 16/6/2022, tham mưu cơ chế, chính sách đặc thù hỗ trợ HTX phù hợp điều kiện của tỉnh.
""",
          byline="Văn phòng Liên minh HTX tỉnh", author=None,
          published=iso(datetime(2024, 1, 16), False), published_source="date-element",
          evidence=["date-element", "listing"]),
        A(path=base + "hoi-nghi-tuyen-truyen-luat-hop-tac-xa-nam-2023-cho-can-bo-cap-xa-1296.html",
          title="Hội nghị tuyên truyền Luật Hợp tác xã năm 2023 cho cán bộ cấp xã",
          date=datetime(2024, 4, 10),
          body="""
Ngày 09/4/2024, Liên minh HTX tỉnh phối hợp với Sở Tư pháp tổ chức Hội nghị tuyên truyền, phổ biến Luật Hợp tác xã năm 2023 cho hơn 200 cán bộ phụ trách kinh tế các xã, phường, thị trấn.
Báo cáo viên đã giới thiệu những nội dung mới của Luật như: mở rộng đối tượng thành viên, quy định về tổ hợp tác, liên đoàn HTX, tài sản không chia và các chính sách hỗ trợ của Nhà nước. Luật có hiệu lực thi hành từ ngày 01/7/2024.
[img tuyen-truyen-luat-htx-2023.png] Báo cáo viên giới thiệu những điểm mới của Luật Hợp tác xã năm 2023
Nhiều đại biểu đề nghị sớm có văn bản hướng dẫn chi tiết về đăng ký tổ hợp tác và chuyển đổi HTX, giúp cán bộ cấp xã tư vấn cho người dân thuận lợi hơn.
""",
          byline="Hải Yến", author="Hải Yến",
          published=iso(datetime(2024, 4, 10), False), published_source="date-element",
          evidence=["date-element", "listing"]),
        A(path=base + "so-ket-6-thang-dau-nam-2022-khu-vuc-kinh-te-tap-the-1034.html",
          title="Sơ kết 6 tháng đầu năm 2022 khu vực kinh tế tập thể",
          date=datetime(2022, 7, 8),
          body="""
Ngày 07/7/2022, Liên minh HTX tỉnh Thái Bình tổ chức sơ kết hoạt động 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022.
Sáu tháng đầu năm, mặc dù chịu ảnh hưởng của giá vật tư nông nghiệp tăng cao, các HTX trên địa bàn tỉnh vẫn duy trì ổn định sản xuất, cung ứng dịch vụ đầu vào kịp thời cho thành viên. Toàn tỉnh thành lập mới 11 HTX.
[img so-ket-6-thang-2022.png] Đại biểu dự Hội nghị sơ kết 6 tháng đầu năm 2022
Liên minh HTX tỉnh đề ra mục tiêu 6 tháng cuối năm tập trung tư vấn thành lập mới HTX, tổ chức các lớp bồi dưỡng và chuẩn bị tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012 theo Kế hoạch số 1196/KH-LMHTXVN ngày 20/4/2022.
""",
          byline="Thu Trang - Văn phòng", author="Thu Trang",
          published=iso(datetime(2022, 7, 8), False), published_source="date-element",
          evidence=["date-element", "listing"]),
    ]


def stubs() -> list[Article]:
    return [Article(path=STUB, title="Hình ảnh: Gian hàng sản phẩm OCOP của HTX tại Hội chợ Xuân 2024",
                    date=datetime(2024, 2, 1),
                    body="[img gian-hang-ocop-hoi-cho-xuan-2024.png] Gian hàng sản phẩm OCOP của HTX tại Hội chợ Xuân Giáp Thìn 2024")]


THEME = Theme(
    site_id="lmhtx-thaibinh", province="thai-binh", name="Liên minh Hợp tác xã tỉnh Thái Bình",
    short="Liên minh HTX tỉnh Thái Bình", f=F, skin="theme-blue", print_links=True, per_page=6,
    banner_title="LIÊN MINH HỢP TÁC XÃ TỈNH THÁI BÌNH",
    menu=[("/", "Trang chủ"), ("/gioi-thieu.html", "Giới thiệu"), (LISTING, "Tin tức - Sự kiện"),
          (GALLERY, "Thư viện ảnh"), ("/lien-he.html", "Liên hệ")],
)


def extra(site, items, side, layout) -> None:
    site.trap("every article's 'In bài viết' link is ?print=1 (same page, rel=canonical to the plain URL): an alias",
              items[0].path + "?print=1")
    site.trap("caption-only stub under the article URL shape (one photo + caption): not an article", STUB)
    site.non_articles.append(STUB)

    # attachments of the official document
    site.binary(PDF_PATH, pdf("KẾ HOẠCH Tuyên truyền Kỷ niệm 30 năm ngày Thành lập Liên minh HTX Việt Nam",
                              ["LIEN MINH HTX TINH THAI BINH", "So: 04/KH-LMHTX",
                               "Thai Binh, ngay 01 thang 3 nam 2023", "", "KE HOACH",
                               "Tuyen truyen Ky niem 30 nam ngay Thanh lap",
                               "Lien minh Hop tac xa Viet Nam (29/10/1993 - 29/10/2023)"]))
    site.binary(DOC_PATH, rtf(["LIÊN MINH HTX TỈNH THÁI BÌNH", "Số: 04/KH-LMHTX",
                               "Thái Bình, ngày 01 tháng 3 năm 2023", "KẾ HOẠCH",
                               "Tuyên truyền Kỷ niệm 30 năm ngày Thành lập Liên minh Hợp tác xã Việt Nam"]))

    # home page
    top = items[0]
    rows = "\n".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="news-date">{dmy(a.date)}</span></li>'
                     for a in items[1:6])
    main = f"""<div class="home-hot"><a href="{top.path}"><img src="/Upload/images/{top.first_image()}" alt=""></a>
<h2><a href="{top.path}">{esc(top.title)}</a></h2><p>{esc(top.summary())}</p></div>
<div class="home-box"><h2><a href="{LISTING}">Tin tức - Sự kiện</a></h2><ul>{rows}</ul></div>
<div class="home-box share-zalo"><h2>Được chia sẻ nhiều</h2><ul><li><a href="{UTM}">Thái Bình: 38 sản phẩm của HTX đạt chứng nhận OCOP năm 2023</a></li></ul></div>
<div class="home-box"><h2><a href="{GALLERY}">Thư viện ảnh</a></h2><a href="{GALLERY}"><img src="/Upload/images/hoi-cho-ocop-2024-1.png" alt="Hội chợ sản phẩm OCOP Xuân 2024"></a></div>
<div class="home-box"><h2>Văn bản mới</h2><ul><li><a href="{PDF_PATH}">Kế hoạch 04/KH-LMHTX (PDF)</a></li></ul></div>"""
    site.page("/", layout("Trang chủ", main, side(), path="/"))

    photos = [("hoi-cho-ocop-2024-1.png", "Khai mạc Hội chợ sản phẩm OCOP Xuân 2024"),
              ("hoi-cho-ocop-2024-2.png", "Gian hàng gạo, nước mắm của các HTX huyện Thái Thụy"),
              ("hoi-cho-ocop-2024-3.png", "Khách tham quan mua sắm sản phẩm chiếu cói Hới"),
              ("hoi-cho-ocop-2024-4.png", "Lãnh đạo tỉnh thăm gian hàng của Liên minh HTX tỉnh")]
    figs = "\n".join(f'<figure class="gallery-item"><img src="/Upload/images/{src}" alt="{esc(cap)}">'
                     f"<figcaption>{esc(cap)}</figcaption></figure>" for src, cap in photos)
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » Thư viện ảnh</div>
<h1 class="news-title">Hội chợ sản phẩm OCOP Xuân 2024</h1>
<div class="gallery">{figs}</div>"""
    site.page(GALLERY, layout("Hội chợ sản phẩm OCOP Xuân 2024", main, side(), path=GALLERY))
    site.non_articles.append(GALLERY)
    site.trap("photo gallery (images + captions): not an article", GALLERY)

    main = """<div class="breadcrumb"><a href="/">Trang chủ</a> » Liên hệ</div>
<h1 class="news-title">Liên hệ</h1>
<div class="contact"><p><strong>LIÊN MINH HỢP TÁC XÃ TỈNH THÁI BÌNH</strong></p>
<p>Trụ sở: Số 8, đường Lý Thường Kiệt, TP Thái Bình</p><p>Hotline hỗ trợ HTX: 0227.3831.460</p>
<form action="javascript:void(0)"><p><input name="hoten" placeholder="Họ và tên"></p><p><textarea name="noidung" placeholder="Nội dung"></textarea></p><p><button type="button">Gửi liên hệ</button></p></form></div>"""
    site.page("/lien-he.html", layout("Liên hệ", main, side(), path="/lien-he.html"))
    main = """<div class="breadcrumb"><a href="/">Trang chủ</a> » Giới thiệu</div>
<h1 class="news-title">Giới thiệu Liên minh Hợp tác xã tỉnh Thái Bình</h1>
<div class="news-content"><p>Liên minh Hợp tác xã tỉnh Thái Bình được thành lập năm 1994, là tổ chức chính trị - xã hội và kinh tế, đại diện cho các hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác trên địa bàn tỉnh.</p>
<p>Chức năng, nhiệm vụ: đại diện, bảo vệ quyền và lợi ích hợp pháp của thành viên; tuyên truyền, tư vấn, hỗ trợ phát triển kinh tế tập thể; tham mưu cho Tỉnh ủy, UBND tỉnh về chủ trương, chính sách phát triển hợp tác xã.</p>
<p>Cơ cấu tổ chức gồm: Ban Thường vụ, Văn phòng, Phòng Chính sách và Tổ chức cơ sở, Phòng Tư vấn Đầu tư Đào tạo và Quỹ hỗ trợ phát triển hợp tác xã.</p></div>"""
    site.page("/gioi-thieu.html", layout("Giới thiệu", main, side(), path="/gioi-thieu.html"))
    site.non_articles += ["/lien-he.html", "/gioi-thieu.html"]
    site.trap("contact and introduction pages (static text, not articles)", "/gioi-thieu.html")
    site.static("/robots.txt", "User-agent: *\nDisallow: /Admin/\n")


def build():
    return build_portal(THEME, articles(), stubs(), extra=extra)
