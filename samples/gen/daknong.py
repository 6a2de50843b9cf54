"""Site `lmhtx-daknong` (family `wordpress`).

Hooks: `/YYYY/MM/DD/<slug>/`, `article.post h1.entry-title`, `div.entry-content` (Jetpack puts the
share bar `div.sharedaddy` and `div.jp-relatedposts` INSIDE it, at the end), optional
`time.entry-date.published[datetime]`, comments `div#comments`, listing `/category/tin-tuc/`,
`/category/tin-tuc/page/N/`, `/feed/`, `/sitemap.xml`.
"""

from __future__ import annotations

import unicodedata
import zlib
from datetime import datetime
from urllib.parse import quote

from .core import (
    TODAY_2024,
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
    org="Liên minh Hợp tác xã tỉnh Đắk Nông",
    short="Liên minh HTX tỉnh Đắk Nông",
    today=f"{weekday(TODAY_2024, lower=True)}, {dmy(TODAY_2024)}",
    slogans=["Cán bộ, công chức, viên chức, người lao động đẩy mạnh việc “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”!",
             "Nhiệt liệt chào mừng 20 năm ngày tái lập tỉnh Đắk Nông (01/01/2004 – 01/01/2024)!"],
    responsible="Chịu trách nhiệm nội dung: Ông Trần Đình Ninh - Chủ tịch Liên minh Hợp tác xã tỉnh Đắk Nông",
    licence="Giấy phép số 12/GP-TTĐT ngày 24/02/2021 của Sở Thông tin và Truyền thông tỉnh Đắk Nông",
    source_note="Ghi rõ nguồn lmhtxdaknong.vn khi phát hành lại thông tin từ website này",
    copyright="Copyright © 2024 Liên minh Hợp tác xã tỉnh Đắk Nông. Technology Supported by WordPress",
    address="Địa chỉ: Đường 23/3, phường Nghĩa Đức, TP Gia Nghĩa, tỉnh Đắk Nông",
    phone="Điện thoại: 0261.3544.279",
    counter=(43, 122, 123456),
    weather=("26°C", "Độ ẩm: 82%"),
    zalo=False,  # seed 000's body names Zalo
)

CATEGORY = "/category/tin-tuc/"
NOI_BO = "/noi-bo/quy-che-chi-tieu-noi-bo-nam-2024/"
WP_ADMIN = "/wp-admin/"
SHORTLINK = "/?p=123"
DEAD = "/2022/05/10/ke-hoach-hoat-dong-nam-2022/"
NFD_SLUG = "hội-nghị-tổng-kết-công-tác-năm-2022"
NFD_PATH = "/2023/01/11/" + quote(unicodedata.normalize("NFD", NFD_SLUG), safe="-").lower() + "/"
SEED_PATH = ("/2024/03/29/chi-bo-lien-minh-hop-tac-xa-to-chuc-sinh-hoat-chuyen-de-nang-cao-hieu-qua-"
             "cong-tac-tuyen-truyen-phat-trien-kinh-te-tap-the/")
REDIRECT_TARGET = "/2024/01/25/hoi-nghi-tong-ket-cong-tac-nam-2023-cua-lien-minh-htx-tinh/"
SITEMAP_ONLY = "/2022/11/18/htx-ca-phe-dak-mil-dat-chung-nhan-4c/"

COMMENTS = {
    SEED_PATH: [("Nguyễn Văn Bình", "30/03/2024 lúc 7:45 sáng",
                 "Chi bộ sinh hoạt chuyên đề rất thiết thực, mong Liên minh tiếp tục lập trang fanpage riêng cho HTX."),
                ("Hồ Thị Mai", "02/04/2024 lúc 3:10 chiều",
                 "Cảm ơn ban biên tập đã đưa tin kịp thời.")],
    REDIRECT_TARGET: [("HTX Thuận An", "26/01/2024 lúc 9:05 sáng",
                       "Đề nghị Liên minh sớm mở lớp tập huấn kế toán cho HTX mới thành lập năm 2024.")],
}


def post_id(path: str) -> int:
    return 123 if path == REDIRECT_TARGET else 200 + zlib.crc32(path.encode()) % 800


def visible(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "url"])


def url_only(d: datetime) -> dict:
    return dict(published=iso(d, False), published_source="url", evidence=["url"],
                opts={"show_date": False})


def articles() -> list[Article]:
    A = Article
    return [
        A(path=SEED_PATH,
          title="Chi bộ Liên minh Hợp tác xã tổ chức sinh hoạt Chuyên đề: “Nâng cao hiệu quả công tác Tuyên truyền phát triển kinh tế tập thể”",
          date=datetime(2024, 3, 29, 16, 20),
          body="""
Chiều ngày 29/3/2024, tại Hội trường Liên minh Hợp tác xã tỉnh, Chi bộ Liên minh Hợp tác xã tỉnh tổ chức sinh hoạt chuyên đề, với chủ đề “Nâng cao hiệu quả công tác tuyền truyền kinh tế tập thể”.
Mục đích sinh hoạt chuyên đề nhằm cụ thể hoá công tác tuyên truyền phát triển kinh tế tập thể theo Kế hoạch số 127/KH-UBND ngày 07/3/2023 của UBND tỉnh Đắk Nông về thực hiện Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ, Chương trình hành động số 54-CTr/TU ngày 29/12/2022 của Tỉnh ủy Đắk Nông về thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm, Ban chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới.
[img sinh-hoat-chuyen-de-chi-bo.png] Quang cảnh buổi sinh hoạt chuyên đề
Chi bộ giao tổ đảng Phòng Chính sách tuyên truyền phát triển Hợp tác xã chủ trì xây dựng Báo cáo đề dẫn, nội dung sinh hoạt chuyên đề: “Nâng cao hiệu quả công tác tuyên truyền phát triển kinh tế tập thể”. Qua nghe Báo cáo, đảng viên trong Chi bộ đã tham gia thảo luận, góp ý thêm 1 số giải pháp góp phần nâng cao hiệu quả công tác tuyên truyền phát triển kinh tế tập thể như: công tác tuyên truyền cần trực quan sinh động, thực hiện chuyển đổi số trong tuyên truyền (lập kênh youtobe, tiktok, fanpage…); tăng cường ứng dụng công nghệ thông tin vào công tác tuyên truyền…
Kết luận Hội nghị, Chi bộ thống nhất một số nhiệm vụ, giải pháp nhằm nâng cao hiệu quả công tác tuyền truyền phát triển kinh tế tập thể trong thời gian tới:
- Xây dựng kế hoạch thực hiện tuyên truyền, trong đó đề ra cách thức, hình thức tuyên truyền mới, phù hợp cho từng đối tượng cụ thể; cử cán bộ tham gia tập huấn, bồi dưỡng nâng cao trình độ của báo cáo viên về tuyên truyền phát triển KTTT, HTX.
- Phối hợp nâng cao chất lượng của nội dung tuyên truyền trên các phương tiện Báo, Đài của Trung ương và địa phương; đẩy mạnh tuyên truyền trên Website của Liên minh HTX tỉnh; vận động các HTX tham gia thành viên của Liên minh HTX tỉnh.
- Chủ động phối hợp, triển khai các chương trình phối hợp đã ký kết với các sở, ban, ngành, đoàn thể của tỉnh và UBND các huyện, thành phố; tập trung tuyên truyền phát triển kinh tế tập thể trong vùng đồng bào dân tộc thiểu số, trong đó ưu tiên cho các xã chưa có HTX.
- Thay đổi cách thức, hình thức với những nội dung phù hợp với từng đối tượng cụ thể, tập trung vào lợi ích tương ứng mà phát triển kinh tế tập thể mang lại cho từng cá nhân và tổ chức.
- Ứng dụng công nghệ thông tin và chuyển đổi số trong tuyên truyền qua kênh truyền thông, trang mạng xã hội như Zalo, facebook, youtobe, tiktok…, biểu ngữ, video, phát thanh, và sự kiện trực tiếp để tiếp cận và tương tác với nhiều đối tượng khác nhau. Thúc đẩy việc chia sẻ cập nhât thông tin, kinh nghiệm, ý tưởng giữa các THT, HTX với thành viên, người lao động, nhân dân địa phương.
Cấp ủy Chi bộ Liên minh Hợp tác xã đề nghị tất cả các đảng viên, quần chúng trong Chi bộ thực hiện tốt các nội dung đã thông qua. Cấp ủy chủ động, tiếp tục triển khai và đưa các nội dung sinh hoạt chuyên đề thành Nghị quyết để triển khai, góp phần hoàn thành nhiệm vụ chính trị được Ủy ban nhân dân tỉnh giao.
""",
          byline="Vũ Anh Liệu - Chi bộ Liên minh Hợp tác xã tỉnh", author="Vũ Anh Liệu",
          **url_only(datetime(2024, 3, 29)),
          notes=["seed 000: no visible date; the date is only in the URL /2024/03/29/ (body: 'Chiều ngày 29/3/2024'); banner 'Thứ bảy, 13/07/2024' is today; comments below"]),
        A(path=NFD_PATH,
          title="Hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023",
          date=datetime(2023, 1, 11, 15, 0),
          body="""
Ngày 11 tháng 01 năm 2023, Liên minh Hợp tác xã tỉnh Đắk Nông tổ chức Hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023. Dự Hội nghị có đại diện lãnh đạo UBND tỉnh, các sở, ngành và gần 100 đại biểu đại diện các HTX trên địa bàn tỉnh.
Năm 2022, toàn tỉnh thành lập mới 27 HTX, nâng tổng số HTX lên 239 HTX với trên 12.000 thành viên. Doanh thu bình quân đạt 2,8 tỷ đồng/HTX/năm; thu nhập bình quân của người lao động thường xuyên trong HTX đạt 52 triệu đồng/năm.
[img tong-ket-2022-dak-nong.png] Lãnh đạo UBND tỉnh trao Bằng khen cho các HTX tiêu biểu
## Nhiệm vụ năm 2023
* Thành lập mới ít nhất 25 HTX, chú trọng vùng đồng bào dân tộc thiểu số;
* Hỗ trợ 10 HTX tham gia chuỗi liên kết cà phê, hồ tiêu, sầu riêng;
* Triển khai Chương trình hành động số 54-CTr/TU ngày 29/12/2022 của Tỉnh ủy.
Phát biểu chỉ đạo, lãnh đạo UBND tỉnh đề nghị Liên minh HTX tỉnh phát huy vai trò nòng cốt, tham mưu giải pháp tháo gỡ khó khăn về vốn, đất đai cho HTX.
""",
          byline="Văn phòng Liên minh HTX tỉnh", author=None,
          **visible(datetime(2023, 1, 11, 15, 0)),
          notes=["URL slug is Vietnamese in Unicode NFD, percent-encoded (o%cc%a3%cc%82...): fetch it as linked; the NFC spelling of the same URL answers 404"]),
        A(path="/2023/06/15/dak-nong-day-manh-lien-ket-tieu-thu-san-pham-ca-phe-cua-htx/",
          title="Đắk Nông đẩy mạnh liên kết tiêu thụ sản phẩm cà phê của HTX",
          date=datetime(2023, 6, 15, 8, 30),
          body="""
Cà phê là cây trồng chủ lực của tỉnh Đắk Nông với diện tích trên 140.000 ha. Thời gian qua, nhiều HTX đã liên kết với doanh nghiệp để sản xuất cà phê bền vững, có chứng nhận và tiêu thụ ổn định.
[img ca-phe-htx-dak-nong.png] Thành viên HTX thu hoạch cà phê chín theo tiêu chuẩn
Tiêu biểu là HTX Nông nghiệp dịch vụ Công Bằng Thuận An (huyện Đắk Mil) với 200 ha cà phê đạt chứng nhận 4C, Rainforest Alliance; HTX đã ký hợp đồng cung cấp cà phê nhân cho doanh nghiệp xuất khẩu với giá cao hơn thị trường 1.000 - 1.500 đồng/kg.
## Khó khăn cần tháo gỡ
Tuy nhiên, phần lớn HTX còn thiếu vốn đầu tư kho bãi, máy sấy, chưa xây dựng được thương hiệu riêng. Liên minh HTX tỉnh kiến nghị các ngành tiếp tục hỗ trợ HTX theo Nghị định số 98/2018/NĐ-CP ngày 05/7/2018 về chính sách khuyến khích phát triển hợp tác, liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp.
""",
          byline="Ngọc Diệp", author="Ngọc Diệp",
          **visible(datetime(2023, 6, 15, 8, 30))),
        A(path="/2023/09/21/tap-huan-nghiep-vu-ke-toan-cho-hop-tac-xa-nam-2023/",
          title="Tập huấn nghiệp vụ kế toán cho hợp tác xã năm 2023",
          date=datetime(2023, 9, 21, 10, 0),
          body="""
Từ ngày 19 đến 21/9/2023, Liên minh HTX tỉnh Đắk Nông tổ chức lớp tập huấn nghiệp vụ kế toán cho 70 học viên là kế toán, kiểm soát viên các HTX trên địa bàn tỉnh.
Học viên được hướng dẫn chế độ kế toán HTX theo Thông tư số 71/2019/TT-BTC ngày 30/9/2019 của Bộ Tài chính, cách lập báo cáo tài chính, quản lý tài sản không chia và sử dụng phần mềm kế toán miễn phí dành cho HTX.
[img tap-huan-ke-toan-htx-2023.png] Giảng viên hướng dẫn học viên sử dụng phần mềm kế toán
Kết thúc lớp học, 100% học viên được cấp giấy chứng nhận hoàn thành khóa tập huấn.
""",
          byline="Phòng Tư vấn hỗ trợ", author=None,
          **visible(datetime(2023, 9, 21, 10, 0))),
        A(path="/2023/11/02/htx-sau-rieng-dak-r-lap-xuat-khau-lo-hang-dau-tien/",
          title="HTX sầu riêng Đắk R’lấp xuất khẩu lô hàng đầu tiên",
          date=datetime(2023, 11, 2),
          body="""
Sau hơn hai năm chuẩn bị, HTX Nông nghiệp Đắk R’lấp đã xuất khẩu chính ngạch lô sầu riêng đầu tiên gồm 18 tấn sang thị trường Trung Quốc.
Để đạt tiêu chuẩn xuất khẩu, HTX đã được cấp mã số vùng trồng cho 85 ha, áp dụng quy trình sản xuất VietGAP, ghi chép nhật ký canh tác và kiểm soát dư lượng thuốc bảo vệ thực vật.
[img sau-rieng-dak-rlap.png] Đóng gói sầu riêng xuất khẩu tại HTX Nông nghiệp Đắk R’lấp
Ông Lê Văn Thành, Giám đốc HTX cho biết, giá bán cho đối tác cao hơn thị trường nội địa 10 - 15%. HTX đang vận động thêm 40 hộ tham gia liên kết, mở rộng vùng trồng đạt chuẩn trong năm 2024.
""",
          byline="Ngọc Diệp", author="Ngọc Diệp",
          **url_only(datetime(2023, 11, 2)),
          notes=["no visible date: date only in the URL"]),
        A(path=REDIRECT_TARGET,
          title="Hội nghị tổng kết công tác năm 2023 của Liên minh HTX tỉnh",
          date=datetime(2024, 1, 25, 9, 30),
          body="""
Ngày 24/01/2024, Liên minh HTX tỉnh Đắk Nông tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai phương hướng, nhiệm vụ năm 2024.
Năm 2023, toàn tỉnh thành lập mới 31 HTX, vượt kế hoạch đề ra; có 3 HTX được hỗ trợ vốn vay từ Quỹ hỗ trợ phát triển HTX với tổng số tiền 2,4 tỷ đồng. Nhiều HTX mạnh dạn ứng dụng công nghệ tưới tiết kiệm, sản xuất hữu cơ.
[img tong-ket-2023-dak-nong.png] Quang cảnh Hội nghị tổng kết công tác năm 2023
## Mục tiêu năm 2024
* Thành lập mới 30 HTX, 20 tổ hợp tác;
* Tuyên truyền Luật Hợp tác xã năm 2023 đến 100% HTX;
* Tổ chức 8 lớp tập huấn cho cán bộ quản lý HTX.
Hội nghị cũng đã khen thưởng 12 tập thể và 15 cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2023.
""",
          byline="Văn phòng Liên minh HTX tỉnh", author=None,
          aliases=[SHORTLINK], **visible(datetime(2024, 1, 25, 9, 30))),
        A(path="/2024/04/16/ra-mat-hop-tac-xa-du-lich-cong-dong-ta-dung/",
          title="Ra mắt Hợp tác xã du lịch cộng đồng Tà Đùng",
          date=datetime(2024, 4, 16, 14, 0),
          body="""
Ngày 15/4/2024, tại xã Đắk Som, huyện Đắk Glong, HTX du lịch cộng đồng Tà Đùng chính thức ra mắt với 15 thành viên là đồng bào dân tộc M’nông, Mạ và Kinh.
HTX sẽ tổ chức dịch vụ lưu trú tại nhà dân, chèo thuyền trên hồ Tà Đùng, trải nghiệm văn hóa cồng chiêng và giới thiệu các sản phẩm nông sản địa phương cho du khách.
[img htx-du-lich-ta-dung.png] Các thành viên HTX du lịch cộng đồng Tà Đùng tại lễ ra mắt
Liên minh HTX tỉnh đã hỗ trợ HTX xây dựng điều lệ, phương án kinh doanh và kết nối với các doanh nghiệp lữ hành. Xem thêm: [[Hội nghị tổng kết công tác năm 2023 của Liên minh HTX tỉnh|{{base}}/?p=123]].
""",
          byline="Y Khoa", author="Y Khoa",
          **visible(datetime(2024, 4, 16, 14, 0)),
          notes=["body links to the old shortlink /?p=123 (301 redirect)"]),
        A(path="/2024/05/14/boi-duong-kien-thuc-chuyen-doi-so-cho-hop-tac-xa/",
          title="Bồi dưỡng kiến thức chuyển đổi số cho hợp tác xã",
          date=datetime(2024, 5, 14, 8, 0),
          body="""
Nhằm giúp các HTX tiếp cận công nghệ số, Liên minh HTX tỉnh phối hợp với Sở Thông tin và Truyền thông tổ chức lớp bồi dưỡng kiến thức chuyển đổi số cho 60 cán bộ quản lý HTX.
Nội dung bồi dưỡng gồm: tổng quan về chuyển đổi số, sử dụng chữ ký số, hóa đơn điện tử, đưa sản phẩm lên sàn thương mại điện tử và quảng bá sản phẩm trên mạng xã hội.
## Kết quả bước đầu
* 35 HTX đã có tài khoản gian hàng trên sàn thương mại điện tử của tỉnh;
* 20 HTX sử dụng hóa đơn điện tử;
* 12 sản phẩm OCOP có tem truy xuất nguồn gốc điện tử.
[img chuyen-doi-so-htx-2024.png] Học viên thực hành đăng bán sản phẩm trên sàn thương mại điện tử
""",
          byline="Phòng Tư vấn hỗ trợ", author=None,
          **visible(datetime(2024, 5, 14, 8, 0))),
        A(path="/2024/06/20/dak-nong-co-them-12-san-pham-ocop-cua-htx/",
          title="Đắk Nông có thêm 12 sản phẩm OCOP của HTX",
          date=datetime(2024, 6, 20, 10, 45),
          body="""
UBND tỉnh Đắk Nông vừa ban hành Quyết định công nhận 12 sản phẩm của các HTX đạt tiêu chuẩn OCOP năm 2024, gồm 2 sản phẩm 4 sao và 10 sản phẩm 3 sao.
Các sản phẩm gồm cà phê rang xay, hạt mắc ca, tiêu sạch, mật ong hoa cà phê, bơ sáp và sầu riêng sấy. Đây là những sản phẩm thế mạnh của địa phương, được thị trường đón nhận.
[img ocop-dak-nong-2024.png] Sản phẩm hạt mắc ca của HTX đạt OCOP 4 sao
Liên minh HTX tỉnh sẽ hỗ trợ các HTX tham gia hội chợ, triển lãm và đưa sản phẩm vào các chuỗi cửa hàng tiện lợi theo Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ.
""",
          byline="Ngọc Diệp", author="Ngọc Diệp",
          **visible(datetime(2024, 6, 20, 10, 45))),
        A(path=SITEMAP_ONLY,
          title="HTX cà phê Đắk Mil đạt chứng nhận 4C",
          date=datetime(2022, 11, 18, 9, 0), listed=False,
          body="""
HTX Nông nghiệp Đắk Mil vừa được tổ chức chứng nhận quốc tế cấp chứng nhận cà phê bền vững 4C cho 150 ha của 96 hộ thành viên.
Để đạt chứng nhận, các hộ đã áp dụng quy trình canh tác bền vững, sử dụng phân bón và thuốc bảo vệ thực vật hợp lý, bảo vệ nguồn nước và ghi chép đầy đủ nhật ký sản xuất.
[img ca-phe-4c-dak-mil.png] Vườn cà phê đạt chứng nhận 4C của HTX
Với chứng nhận 4C, sản phẩm của HTX được doanh nghiệp thu mua với giá cộng thêm 500 - 800 đồng/kg, thực hiện Nghị định số 98/2018/NĐ-CP ngày 05/7/2018 của Chính phủ.
""",
          byline="Ngọc Diệp", author="Ngọc Diệp",
          **visible(datetime(2022, 11, 18, 9, 0)),
          notes=["linked from nowhere: only /sitemap.xml lists it"]),
    ]


# -- layout ------------------------------------------------------------------------------------

MENU = [("{{base}}/", "Trang chủ"), ("{{base}}/gioi-thieu/", "Giới thiệu"),
        ("{{base}}" + CATEGORY, "Tin tức"), ("{{base}}/lien-he/", "Liên hệ")]


def layout(title: str, main: str, side: str, *, path: str, body_class: str = "home") -> str:
    menu = "".join(f'<li class="menu-item"><a href="{href}">{esc(t)}</a></li>' for href, t in MENU)
    slogans = " - ".join(esc(s) for s in F.slogans)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} – Liên minh Hợp tác xã tỉnh Đắk Nông</title>
<meta name="description" content="{attr(title)}">
<meta property="og:locale" content="vi_VN">
<meta property="og:title" content="{attr(title)}">
<meta property="og:site_name" content="Liên minh Hợp tác xã tỉnh Đắk Nông">
<link rel="canonical" href="{{{{base}}}}{path}">
<link rel="alternate" type="application/rss+xml" title="Liên minh Hợp tác xã tỉnh Đắk Nông &raquo; Dòng thông tin" href="{{{{base}}}}/feed/">
<link rel="stylesheet" id="theme-style-css" href="{{{{base}}}}/wp-content/themes/lmhtx/style.css?ver=6.4.3" media="all">
</head>
<body class="{body_class} wp-theme-lmhtx">
<div id="page" class="site">
<header id="masthead" class="site-header">
<div class="top-header"><span class="today">{F.today}</span>
<marquee class="slogan">{slogans}</marquee>{access_bar()}</div>
<div class="site-branding"><a href="{{{{base}}}}/" rel="home"><img src="{{{{base}}}}/wp-content/uploads/2021/03/logo-lmhtx.png" alt="Liên minh Hợp tác xã tỉnh Đắk Nông"></a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{menu}</ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
{main}
</main></div>
<aside id="secondary" class="widget-area">
{side}
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">
<p><strong>LIÊN MINH HỢP TÁC XÃ TỈNH ĐẮK NÔNG</strong></p>
<p>{F.responsible}</p><p>{F.licence}</p><p>{esc(F.source_note)}</p>
<p>{F.address}</p><p>{F.phone}</p><p>{F.copyright}</p>
<p><a href="{{{{base}}}}{WP_ADMIN}">Đăng nhập quản trị</a></p>
</div></footer>
</div>
<script src="{{{{base}}}}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
</body>
</html>
"""


def img_url(a: Article, src: str) -> str:
    return f"{{{{base}}}}/wp-content/uploads/{a.date:%Y/%m}/{src}"


def render_body(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<figure class="wp-caption aligncenter" style="width: 700px"><img decoding="async" '
                         f'class="size-large" src="{img_url(a, b.src)}" alt="" width="700" height="466">'
                         + (f'<figcaption class="wp-caption-text">{inline_html(b.text)}</figcaption>' if b.text else "")
                         + "</figure>")
    parts.append(f'<p style="text-align: right;"><strong><em>{esc(a.byline)}</em></strong></p>')
    return "\n".join(parts)


def time_tag(a: Article) -> str:
    return (f'<time class="entry-date published" datetime="{iso(a.date)}">{dmy(a.date)}</time>'
            if a.opts.get("show_date", True) else "")


def build() -> SiteBuild:
    site = SiteBuild("lmhtx-daknong", "dak-nong", "Liên minh Hợp tác xã tỉnh Đắk Nông", "wordpress", F,
                     start_urls=["{{base:lmhtx-daknong}}/", "{{base:lmhtx-daknong}}" + CATEGORY],
                     sitemaps=["{{base:lmhtx-daknong}}/sitemap.xml"], feeds=["{{base:lmhtx-daknong}}/feed/"])
    all_items = sorted(articles(), key=lambda a: a.date, reverse=True)
    items = [a for a in all_items if a.listed]
    for a in all_items:
        if a.listed and a.opts.get("show_date", True):
            a.evidence.append("listing")  # the category listing shows the same <time>
        site.add_article(a)
    site.only_in[SITEMAP_ONLY] = "sitemap"
    comment_texts = [c[2] for cs in COMMENTS.values() for c in cs]
    site.extra_boilerplate += ["BÌNH LUẬN", "Để lại một bình luận", *comment_texts]

    def side() -> str:
        return "\n".join([
            news_list("Tin mới", [("{{base}}" + a.path, a.title, None) for a in items[:5]], "widget widget_recent_entries"),
            news_list("Tin tiêu điểm", [("{{base}}" + a.path, a.title, None) for a in items[5:8]], "widget widget_hot"),
            poll("h2"), weather(F, "h2"), counter(F, "h2"), links_box("h2"),
        ])

    for a in all_items:
        i = items.index(a) if a in items else None
        related = [o for o in items if o is not a][:3]
        rel_html = "".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title">'
                           f'<a href="{{{{base}}}}{o.path}">{esc(o.title)}</a></h4>'
                           f'<p class="jp-relatedposts-post-context">Trong "Tin tức"</p></div>' for o in related)
        comments = COMMENTS.get(a.path, [])
        comment_html = "".join(
            f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{esc(who)}</b> '
            f'<time>{when}</time></footer><div class="comment-content"><p>{esc(text)}</p></div>'
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Trả lời</a></div></article></li>'
            for who, when, text in comments)
        nav = ""
        if i is not None:
            prev_a = items[i + 1] if i + 1 < len(items) else None
            next_a = items[i - 1] if i > 0 else None
            nav = '<nav class="navigation post-navigation"><div class="nav-links">' + \
                (f'<div class="nav-previous"><a href="{{{{base}}}}{prev_a.path}" rel="prev">← {esc(prev_a.title)}</a></div>' if prev_a else "") + \
                (f'<div class="nav-next"><a href="{{{{base}}}}{next_a.path}" rel="next">{esc(next_a.title)} →</a></div>' if next_a else "") + \
                "</div></nav>"
        meta = time_tag(a)
        main = f"""<article id="post-{post_id(a.path)}" class="post type-post status-publish format-standard has-post-thumbnail hentry category-tin-tuc">
<header class="entry-header">
<h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta">{f'<span class="posted-on">{meta}</span> ' if meta else ''}<span class="cat-links"><a href="{{{{base}}}}{CATEGORY}" rel="category tag">Tin tức</a></span></div>
</header>
<div class="entry-content">
{render_body(a)}
{share(F, css="sharedaddy sd-sharing-enabled")}
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Tin liên quan</em></h3>{rel_html}</div>
</div>
<footer class="entry-footer">{rating()}</footer>
</article>
{nav}
<div id="comments" class="comments-area">
<h3 class="comments-title">BÌNH LUẬN</h3>
<ol class="comment-list">{comment_html}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>
<form action="{{{{base}}}}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>
<p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>
<p class="comment-form-author"><label for="author">Tên *</label><input id="author" name="author" type="text"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi"></p>
</form></div>
</div>"""
        site.page(a.path, layout(a.title, main, side(), path=a.path, body_class="post-template-default single single-post"))

    # category listing with real pagination
    pages = listing_pages(items, 5)
    cat_path = lambda n: CATEGORY if n == 1 else f"{CATEGORY}page/{n}/"  # noqa: E731
    for n, chunk in enumerate(pages, 1):
        posts = "\n".join(f"""<article class="post type-post hentry">
<header class="entry-header"><h2 class="entry-title"><a href="{{{{base}}}}{a.path}" rel="bookmark">{esc(a.title)}</a></h2>
<div class="entry-meta">{time_tag(a)}</div></header>
<div class="entry-summary"><p>{esc(a.summary())}</p></div>
<a class="more-link" href="{{{{base}}}}{a.path}">Đọc tiếp</a></article>""" for a in chunk)
        links = []
        if n > 1:
            links.append(f'<a class="prev page-numbers" href="{{{{base}}}}{cat_path(n - 1)}">« Trước</a>')
        for k in range(1, len(pages) + 1):
            links.append(f'<span class="page-numbers current">{k}</span>' if k == n
                         else f'<a class="page-numbers" href="{{{{base}}}}{cat_path(k)}">{k}</a>')
        if n < len(pages):
            links.append(f'<a class="next page-numbers" href="{{{{base}}}}{cat_path(n + 1)}">Sau »</a>')
        main = (f'<header class="page-header"><h1 class="page-title">Chuyên mục: Tin tức</h1></header>\n{posts}\n'
                f'<nav class="navigation pagination"><div class="nav-links">{" ".join(links)}</div></nav>')
        site.page(cat_path(n), layout("Tin tức" + (f" – Trang {n}" if n > 1 else ""), main, side(),
                                      path=cat_path(n), body_class="archive category"))
    site.trap("pagination /category/tin-tuc/page/2/ holds older posts", cat_path(2))

    # home page: also links the robots-disallowed pages and a dead link
    rows = "\n".join(f'<li><a href="{{{{base}}}}{a.path}">{esc(a.title)}</a></li>' for a in items[:6])
    main = f"""<section class="home-news"><h2 class="section-title"><a href="{{{{base}}}}{CATEGORY}">Tin tức - Sự kiện</a></h2><ul>{rows}</ul></section>
<section class="home-docs"><h2 class="section-title">Văn bản nội bộ</h2><ul>
<li><a href="{{{{base}}}}{NOI_BO}">Quy chế chi tiêu nội bộ năm 2024</a></li>
<li><a href="{{{{base}}}}{DEAD}">Kế hoạch hoạt động năm 2022</a></li></ul></section>"""
    site.page("/", layout("Trang chủ", main, side(), path="/"))
    site.broken(DEAD)
    site.trap("link to a page that no longer exists (404)", DEAD)

    main = """<article class="post"><header class="entry-header"><h1 class="entry-title">Quy chế chi tiêu nội bộ năm 2024</h1></header>
<div class="entry-content"><p>Tài liệu nội bộ, chỉ dành cho cán bộ cơ quan Liên minh Hợp tác xã tỉnh.</p>
<p>Quy chế quy định định mức chi hội nghị, công tác phí, văn phòng phẩm và thanh toán các khoản chi thường xuyên năm 2024.</p></div></article>"""
    site.page(NOI_BO, layout("Quy chế chi tiêu nội bộ năm 2024", main, side(), path=NOI_BO))
    site.page(WP_ADMIN, "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>Đăng nhập ‹ Liên minh Hợp tác xã tỉnh Đắk Nông</title></head>"
              "<body class=\"login\"><form name=\"loginform\" action=\"javascript:void(0)\"><p><label>Tên người dùng<input name=\"log\"></label></p>"
              "<p><label>Mật khẩu<input type=\"password\" name=\"pwd\"></label></p></form></body></html>")
    site.never_fetched += [NOI_BO, WP_ADMIN]
    site.trap("robots.txt disallows /noi-bo/ and /wp-admin/; the home page and footer link them: never fetch", NOI_BO)

    for path, title, paras in [
        ("/gioi-thieu/", "Giới thiệu", ["Liên minh Hợp tác xã tỉnh Đắk Nông được thành lập năm 2005, là tổ chức kinh tế - xã hội đại diện cho các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
                                        "Liên minh có chức năng tuyên truyền, tư vấn, hỗ trợ phát triển kinh tế tập thể và tham mưu cho Tỉnh ủy, UBND tỉnh về cơ chế, chính sách phát triển hợp tác xã."]),
        ("/lien-he/", "Liên hệ", ["Liên minh Hợp tác xã tỉnh Đắk Nông - TP Gia Nghĩa, tỉnh Đắk Nông.",
                                  "Thư điện tử: lmhtx@daknong.gov.vn"])]:
        body = "".join(f"<p>{esc(p)}</p>" for p in paras)
        main = (f'<article class="page type-page status-publish hentry"><header class="entry-header">'
                f'<h1 class="entry-title">{title}</h1></header><div class="entry-content">{body}</div></article>')
        site.page(path, layout(title, main, side(), path=path, body_class="page-template-default page"))
        site.non_articles.append(path)
    site.trap("WordPress pages (/gioi-thieu/, /lien-he/) use the post markup (h1.entry-title, div.entry-content) but are not articles",
              "/gioi-thieu/")

    site.redirect(SHORTLINK, REDIRECT_TARGET, 301)
    site.trap("old shortlink answers 301 to the post's pretty URL (an alias of that post)", SHORTLINK)

    site.static("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nDisallow: /noi-bo/\n"
                "Allow: /wp-admin/admin-ajax.php\n\nSitemap: {{base}}/sitemap.xml\n")

    # feed: the three newest posts (posts_per_rss = 3)
    entries = "\n".join(f"""<item>
<title>{esc(a.title)}</title>
<link>{{{{base}}}}{a.path}</link>
<pubDate>{a.date.strftime('%a, %d %b %Y %H:%M:%S')} +0700</pubDate>
<dc:creator><![CDATA[lmhtx]]></dc:creator>
<category><![CDATA[Tin tức]]></category>
<guid isPermaLink="false">{{{{base}}}}/?p={post_id(a.path)}</guid>
<description><![CDATA[{a.summary()}]]></description>
</item>""" for a in items[:3])
    feed = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Liên minh Hợp tác xã tỉnh Đắk Nông</title>
<atom:link href="{{{{base}}}}/feed/" rel="self" type="application/rss+xml" />
<link>{{{{base}}}}</link>
<description>Cổng thông tin Liên minh HTX tỉnh Đắk Nông</description>
<lastBuildDate>{items[0].date.strftime('%a, %d %b %Y %H:%M:%S')} +0700</lastBuildDate>
<language>vi</language>
{entries}
</channel>
</rss>
"""
    site.page("/feed/", feed, content_type="application/rss+xml; charset=UTF-8")
    site.trap("RSS feed with the three newest posts (pubDate with time)", "/feed/")

    urls = [("/", "2024-06-20"), (CATEGORY, "2024-06-20"), (cat_path(2), "2024-01-25")] + \
        [(a.path, (a.date.replace(day=min(a.date.day + 2, 28))).strftime("%Y-%m-%dT%H:%M:%S+07:00")) for a in all_items]
    sitemap = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + \
        "\n".join(f"<url><loc>{{{{base}}}}{p}</loc><lastmod>{m}</lastmod></url>" for p, m in urls) + "\n</urlset>\n"
    site.static("/sitemap.xml", sitemap)
    site.trap("sitemap lists an article linked from nowhere else; lastmod is a modification date, not publication",
              SITEMAP_ONLY)
    return site
