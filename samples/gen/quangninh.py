"""Site `lmhtx-quangninh` (registry family `generic`): the Quảng Ninh alliance's news site with
long-form "E-magazine" stories, photo stories and infographics beside ordinary news, written blind
as a held-out test: no family module, no selectors.

Why it is hard: the site has four article layouts at the same address shape `/<slug>-<id>.html`.
Ordinary news: the category name and "12/11/2025 07:15" on one line above the `<h1>`, the author's
name alone under the title (not text), the lead an `<h2 class="detail-sapo">`. E-magazines have
their own immersive template: a full-width cover (title, lead, date), text in full-width sections
split by chapter headings, big `<blockquote class="pull-quote">` repeating a sentence of the text
(printed twice: not text), parallax photos whose caption floats over the image, and a credits box
at the end "Nội dung: X – Ảnh: Y – Thiết kế: Z" (the closing byline: text; the author is the writer
X); no author line at the top. "Tin ảnh" photo stories are a lead and ten captioned photos (little
prose: an article). The infographic is one image with a short caption, a lead and a source line.
One news item's page has no date (only "Ngày 7/10", the event's day, in its text); the listing
gives 08/10/2025. The introduction `/gioi-thieu.html` uses the news template without a date.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, SiteBuild, attr, esc, inline_html, iso, pdf, weekday
from .richbody import RichArticle

SITE = "lmhtx-quangninh"
NAME = "Liên minh Hợp tác xã tỉnh Quảng Ninh"
SHORT = "Liên minh HTX tỉnh Quảng Ninh"
HTML = "text/html; charset=utf-8"
CATS = {"news": ("/tin-tuc.html", "Tin tức"), "emag": ("/emagazine.html", "E-magazine"),
        "photo": ("/tin-anh.html", "Tin ảnh"), "info": ("/infographic.html", "Infographic"),
        "docs": ("/van-ban.html", "Văn bản")}
ABOUT = "/gioi-thieu.html"
CONTACT = "/lien-he.html"
SEARCH = "/tim-kiem.html?q=ocop"
TAG = "/tag/ocop.html"
PER = 4
PDF_PATH = "/uploads/files/2025/10/TB-78-LMHTX.pdf"

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XVI, nhiệm kỳ 2025 - 2030",
           "Hợp tác xã Quảng Ninh: xanh - số - bền vững"]
SIDE = ["Tin đọc nhiều", "E-magazine nổi bật", "Thời tiết Hạ Long", "Nắng nhẹ, gió đông bắc cấp 3", "Độ ẩm: 70%",
        "Thống kê truy cập", "Đang truy cập: 31", "Hôm nay: 845", "Tổng lượt truy cập: 2.760.118", "Liên kết website"]
FOOTER = ["TRANG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ TỈNH QUẢNG NINH",
          "Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Quảng Ninh",
          "Địa chỉ: Số 9 đường Hồng Hà, phường Hồng Gai, tỉnh Quảng Ninh",
          "Điện thoại: 0203.3835.722 - Email: lienminhhtx@quangninh.gov.vn",
          "Chịu trách nhiệm nội dung: Bà Vũ Thị Lan - Phó Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 32/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Quảng Ninh cấp ngày 18/4/2022",
          "Ghi rõ nguồn “Liên minh HTX tỉnh Quảng Ninh” khi phát hành lại thông tin từ trang này"]
LABELS = ["Tin cùng chuyên mục", "E-magazine khác", "Từ khóa:", "Chia sẻ:", "In bài", "Tệp đính kèm:",
          "Tăng tương phản", "Giảm tương phản", "Cuộn xuống để đọc"]
BOILERPLATE = [TODAY, *SLOGANS, *SIDE, *FOOTER, *LABELS]


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


PHOTOS = [
    ("cho-binh-lieu-01.png", "Phiên chợ được tổ chức tại khu trung tâm xã Bình Liêu với 60 gian hàng."),
    ("cho-binh-lieu-02.png", "Miến dong Bình Liêu, sản phẩm OCOP 4 sao, được nhiều du khách chọn làm quà."),
    ("cho-binh-lieu-03.png", "Thành viên HTX giới thiệu cách làm miến dong thủ công cho du khách."),
    ("cho-binh-lieu-04.png", "Gian hàng trà hoa vàng, tinh dầu sở và các loại dược liệu của đồng bào Dao."),
    ("cho-binh-lieu-05.png", "Phụ nữ Sán Chỉ trong trang phục truyền thống đi chợ phiên."),
    ("cho-binh-lieu-06.png", "Bánh khảo, bánh gật gù được bày bán nhiều trong dịp phiên chợ."),
    ("cho-binh-lieu-07.png", "Du khách nước ngoài thích thú với sản phẩm thêu thổ cẩm của HTX."),
    ("cho-binh-lieu-08.png", "Các HTX livestream giới thiệu sản phẩm trên mạng xã hội ngay tại gian hàng."),
    ("cho-binh-lieu-09.png", "Tiết mục hát Soóng cọ của đội văn nghệ xã chào mừng phiên chợ."),
    ("cho-binh-lieu-10.png", "Doanh thu của các gian hàng trong ba ngày phiên chợ đạt hơn 1,2 tỷ đồng."),
]


def articles() -> list[RichArticle]:
    A = RichArticle
    return [
        A(path="/dien-dan-ket-noi-htx-voi-doanh-nghiep-du-lich-nam-2025-3381526.html",
          title="Diễn đàn kết nối HTX với doanh nghiệp du lịch năm 2025",
          date=datetime(2025, 11, 12, 7, 15),
          lead="Ngày 11/11, tại phường Bãi Cháy, Liên minh HTX tỉnh phối hợp với Sở Du lịch tổ chức Diễn đàn kết nối HTX với doanh nghiệp du lịch năm 2025.",
          body="""
Tham dự diễn đàn có đại diện hơn 80 HTX, 50 doanh nghiệp lữ hành, khách sạn, nhà hàng và các cửa hàng OCOP trên địa bàn tỉnh.
Các đại biểu tập trung thảo luận giải pháp đưa sản phẩm OCOP của HTX vào chuỗi cung ứng của ngành du lịch, xây dựng tour trải nghiệm tại các HTX nông nghiệp, làng nghề.
[img dien-dan-du-lich.png] Các đại biểu tham quan gian hàng sản phẩm OCOP bên lề diễn đàn
Tại diễn đàn, 15 biên bản hợp tác đã được ký kết giữa HTX với doanh nghiệp du lịch, trong đó có nhiều thỏa thuận cung ứng hải sản, rau an toàn cho các khách sạn ở Hạ Long và Vân Đồn.
""",
          author="Hoàng Anh", **dated(datetime(2025, 11, 12, 7, 15)),
          opts={"cat": "news", "top": "Hoàng Anh"},
          notes=["category name and '12/11/2025 07:15' on one line above the <h1>; the author's name alone under the "
                 "title ('Hoàng Anh': author, not text); the lead is an <h2 class=detail-sapo>"]),
        A(path="/htx-mien-dong-binh-lieu-mo-rong-vung-nguyen-lieu-3380947.html",
          title="HTX miến dong Bình Liêu mở rộng vùng nguyên liệu",
          date=datetime(2025, 11, 5, 15, 40),
          lead="Vụ dong riềng năm 2025, HTX Miến dong Bình Liêu liên kết với 230 hộ trồng dong riềng trên diện tích 110 ha, tăng 25 ha so với năm trước.",
          body="""
HTX cung ứng giống, hướng dẫn kỹ thuật và bao tiêu toàn bộ củ dong với giá 3.200 đồng/kg, giúp người dân yên tâm sản xuất.
Năm 2025, HTX dự kiến sản xuất khoảng 180 tấn miến, chủ yếu tiêu thụ dịp cuối năm và Tết Nguyên đán.
[img mien-dong-binh-lieu.png] Thành viên HTX phơi miến dong trên những giàn tre
## Giữ nghề truyền thống, đổi mới công nghệ
HTX đầu tư dây chuyền tráng và cắt miến bán tự động, nhưng vẫn giữ công đoạn phơi miến tự nhiên để sợi miến dai, trong và có màu vàng đặc trưng.
Sản phẩm miến dong Bình Liêu của HTX đạt OCOP 4 sao và đã xuất khẩu thử nghiệm sang thị trường Hàn Quốc.
""",
          author="Thu Hà", **dated(datetime(2025, 11, 5, 15, 40)), opts={"cat": "news", "top": "Thu Hà"}),
        A(path="/htx-tra-hoa-vang-ba-che-xuat-khau-lo-hang-dau-tien-sang-nhat-ban-3379802.html",
          title="HTX trà hoa vàng Ba Chẽ xuất khẩu lô hàng đầu tiên sang Nhật Bản",
          date=datetime(2025, 10, 29, 9, 0),
          lead="Lô 500 kg trà hoa vàng sấy khô của HTX Trà hoa vàng Ba Chẽ vừa được xuất khẩu sang Nhật Bản, mở hướng tiêu thụ mới cho đặc sản của vùng núi Ba Chẽ.",
          body="""
HTX có 45 thành viên với 68 ha trà hoa vàng trồng dưới tán rừng tự nhiên, được cấp chứng nhận hữu cơ từ năm 2023.
Hoa trà được hái vào sáng sớm, sấy lạnh ở nhiệt độ thấp để giữ màu vàng và hương thơm, sau đó đóng gói trong hộp giấy có tem truy xuất nguồn gốc.
[img tra-hoa-vang-ba-che.png] Thành viên HTX thu hái hoa trà dưới tán rừng
Nguồn: Báo Quảng Ninh
""",
          author=None, **dated(datetime(2025, 10, 29, 9, 0)), opts={"cat": "news"},
          notes=["no author line under the title; the text ends with 'Nguồn: Báo Quảng Ninh' (right-aligned italic): a "
                 "source, part of the text, author null"]),
        A(path="/tap-huan-phat-trien-san-pham-ocop-cho-htx-vung-bien-dao-3378655.html",
          title="Tập huấn phát triển sản phẩm OCOP cho HTX vùng biển đảo",
          date=datetime(2025, 10, 20, 14, 10),
          lead="Trong hai ngày 17 và 18/10, Liên minh HTX tỉnh tổ chức lớp tập huấn phát triển sản phẩm OCOP cho 65 học viên là cán bộ quản lý HTX ở đặc khu Vân Đồn và đặc khu Cô Tô.",
          body="""
Học viên được hướng dẫn quy trình đánh giá, phân hạng sản phẩm OCOP, cách xây dựng câu chuyện sản phẩm, thiết kế bao bì và nhãn hàng hóa.
Nhiều HTX đã mang sản phẩm đến lớp để được giảng viên góp ý trực tiếp, như chả mực, sá sùng, rượu ba kích và các loại hải sản khô.
[img tap-huan-ocop-bien-dao.png] Giảng viên góp ý bao bì sản phẩm chả mực của một HTX ở Cô Tô
Dự kiến trong năm 2026, các HTX vùng biển đảo sẽ có thêm ít nhất 12 sản phẩm được đánh giá, công nhận OCOP.
""",
          author="Hoàng Anh", **dated(datetime(2025, 10, 20, 14, 10)), opts={"cat": "news", "top": "Hoàng Anh"}),
        A(path="/lien-minh-htx-tinh-so-ket-cong-tac-9-thang-nam-2025-3377410.html",
          title="Liên minh HTX tỉnh sơ kết công tác 9 tháng năm 2025",
          date=datetime(2025, 10, 8, 16, 0),
          lead="Ngày 7/10, Liên minh HTX tỉnh tổ chức hội nghị sơ kết công tác 9 tháng, triển khai nhiệm vụ quý IV năm 2025.",
          body="""
Chín tháng năm 2025, toàn tỉnh thành lập mới 36 HTX, nâng tổng số HTX đang hoạt động lên 682 HTX với hơn 21.000 thành viên.
Hội nghị thống nhất một số nhiệm vụ trọng tâm trong quý IV:
+ Hoàn thành việc hướng dẫn các HTX chuyển đổi theo Luật Hợp tác xã năm 2023;
+ Tổ chức Hội chợ OCOP Quảng Ninh - Thu Đông 2025;
+ Giải ngân vốn vay của Quỹ hỗ trợ phát triển HTX cho các dự án đã được phê duyệt.
[img so-ket-9-thang-qn.png] Quang cảnh hội nghị sơ kết công tác 9 tháng
""",
          author="Ngọc Mai", published=iso(datetime(2025, 10, 8), with_time=False), published_source="listing",
          evidence=["listing"], opts={"cat": "news", "top": "Ngọc Mai", "nodate": True},
          notes=["the line above the title shows only the category (no date); the text names 'Ngày 7/10' (the "
                 "meeting, no year); the listing and the 'Tin cùng chuyên mục' boxes give 08/10/2025: published "
                 "2025-10-08, midnight; on listing page 2 only"]),
        A(path="/quan-lan-hanh-trinh-dua-sa-sung-vuon-xa-3378120.html",
          title="Quan Lạn - hành trình đưa sá sùng vươn xa",
          date=datetime(2025, 10, 15, 6, 0),
          lead="Từ nghề đào sá sùng vất vả trên bãi triều, những ngư dân đảo Quan Lạn đã cùng nhau lập HTX, xây dựng thương hiệu và đưa đặc sản của đảo đến với thị trường cả nước.",
          body="""
## Phần 1: Nghề đào sá sùng trên bãi triều
Khi nước triều rút, những bãi cát trắng ven đảo Quan Lạn lại lấm tấm bóng người cúi lom khom với chiếc thuổng sắt trên tay. Sá sùng sống sâu dưới cát, người đào phải tinh mắt nhận ra những lỗ nhỏ trên mặt bãi và đào thật nhanh trước khi con vật lẩn sâu hơn.
Bà Nguyễn Thị Lụa, 58 tuổi, có gần bốn mươi năm gắn bó với nghề. Bà kể, ngày trước sá sùng đào về chỉ phơi khô rồi bán cho thương lái, giá lên xuống thất thường, nhiều mùa làm quần quật mà không đủ trang trải.
[img emg-sa-sung-bai-trieu.png] Ngư dân xã Quan Lạn đào sá sùng khi nước triều rút
## Phần 2: Chung sức lập HTX
> HTX quy định kích cỡ sá sùng thu mua, thời gian khai thác và cùng thành viên khoanh vùng bãi triều để bảo vệ nguồn lợi.
Năm 2019, với sự hỗ trợ của Liên minh HTX tỉnh, 17 hộ làm nghề trên đảo thành lập HTX Dịch vụ tổng hợp Quan Lạn. HTX quy định kích cỡ sá sùng thu mua, thời gian khai thác và cùng thành viên khoanh vùng bãi triều để bảo vệ nguồn lợi.
HTX đầu tư lò sấy, máy hút chân không và xưởng sơ chế đạt chuẩn an toàn thực phẩm. Sá sùng tươi được làm sạch ruột, sấy khô bằng than hoa rồi phân loại, đóng hộp có tem truy xuất nguồn gốc.
[img emg-sa-sung-xuong.png] Thành viên HTX phân loại sá sùng khô tại xưởng sơ chế
## Phần 3: Đặc sản của đảo vươn xa
Năm 2022, sản phẩm sá sùng khô Quan Lạn của HTX được công nhận OCOP 4 sao. Từ đó, sản phẩm có mặt tại các cửa hàng OCOP trong tỉnh, các siêu thị ở Hà Nội và trên sàn thương mại điện tử.
Giá sá sùng khô loại một hiện lên tới 4 - 5 triệu đồng/kg. Thu nhập của các hộ thành viên tăng gấp đôi so với trước khi vào HTX; nhiều gia đình đã xây được nhà mới, cho con đi học đại học.
> Có con sá sùng khô đạt chuẩn OCOP, người đào sá sùng mới thật sự sống được bằng nghề
“Có con sá sùng khô đạt chuẩn OCOP, người đào sá sùng mới thật sự sống được bằng nghề”, bà Lụa nói.
Thời gian tới, HTX sẽ kết hợp đón khách du lịch trải nghiệm đào sá sùng, để mỗi du khách đến Quan Lạn đều mang về một câu chuyện về nghề biển của đảo.
""",
          byline="Nội dung: Hoàng Anh – Ảnh: Đỗ Phương – Thiết kế: Minh Tuấn", author="Hoàng Anh",
          **dated(datetime(2025, 10, 15, 6, 0)), opts={"cat": "emag", "cover": "emg-quan-lan-cover.png"},
          notes=["E-magazine template: full-width cover (category, '15/10/2025 06:00', h1, lead), full-width text "
                 "sections split by chapter headings ('Phần 1: …': text lines), parallax photos with floating "
                 "captions (text lines), two <blockquote class=pull-quote> repeating sentences of the text (not "
                 "text: printed twice); no author at the top",
                 "credits box closing the story 'Nội dung: Hoàng Anh – Ảnh: Đỗ Phương – Thiết kế: Minh Tuấn': the last "
                 "line of the text; the author is the writer, Hoàng Anh"]),
        A(path="/xanh-lai-dat-mo-3380311.html",
          title="Xanh lại đất mỏ",
          date=datetime(2025, 11, 1, 6, 0),
          lead="Trên những khu đất từng là bãi thải than ở Uông Bí, Cẩm Phả, các HTX đã trồng rừng, trồng dược liệu và làm du lịch sinh thái, mở ra sinh kế mới cho người dân vùng mỏ.",
          body="""
## Từ bãi thải thành vườn dược liệu
Năm 2018, khi khu bãi thải phía tây phường Vàng Danh được hoàn thổ, HTX Nông nghiệp Vàng Danh nhận khoán 40 ha để trồng ba kích, khôi nhung và cây gỗ bản địa.
> Những năm đầu, đất cằn, lẫn đá, cây trồng xuống chết quá nửa.
Những năm đầu, đất cằn, lẫn đá, cây trồng xuống chết quá nửa. Thành viên HTX phải chở đất màu, phân chuồng từ nơi khác về, làm hố rộng gấp đôi bình thường mới giữ được cây.
[img emg-ba-kich-vang-danh.png] Vườn ba kích của HTX Nông nghiệp Vàng Danh trên khu bãi thải đã hoàn thổ
## Sinh kế mới cho người vùng mỏ
Hiện HTX có 36 thành viên, phần lớn là công nhân mỏ đã nghỉ hưu và người thân của họ. Mỗi năm HTX cung ứng khoảng 20 tấn ba kích tươi cho các doanh nghiệp chế biến dược liệu trong tỉnh.
Tại Cẩm Phả, HTX Dịch vụ du lịch Mông Dương đưa khách tham quan mỏ than lộ thiên kết hợp trải nghiệm trồng cây trên bãi thải đã phủ xanh, thu hút hơn 12.000 lượt khách trong năm 2024.
[img emg-trong-cay-cam-pha.png] Du khách trải nghiệm trồng cây trên bãi thải mỏ đã được phủ xanh ở Cẩm Phả
> Mô hình HTX trên đất hoàn thổ sau khai thác than đang được nghiên cứu nhân rộng.
Theo Liên minh HTX tỉnh, mô hình HTX trên đất hoàn thổ sau khai thác than đang được nghiên cứu nhân rộng, gắn với chủ trương phát triển kinh tế xanh của tỉnh.
""",
          byline="Nội dung và ảnh: Thu Hà – Thiết kế: Minh Tuấn", author="Thu Hà",
          **dated(datetime(2025, 11, 1, 6, 0)), opts={"cat": "emag", "cover": "emg-dat-mo-cover.png"},
          notes=["E-magazine: the title is two words ('Xanh lại đất mỏ'); credits 'Nội dung và ảnh: Thu Hà – Thiết kế: "
                 "Minh Tuấn' (last line of the text; author Thu Hà); pull quotes repeat sentences of the text"]),
        A(path="/sac-mau-phien-cho-ocop-vung-cao-binh-lieu-3379275.html",
          title="Sắc màu phiên chợ OCOP vùng cao Bình Liêu",
          date=datetime(2025, 10, 26, 16, 0),
          lead="Phiên chợ OCOP vùng cao Bình Liêu năm 2025 diễn ra trong ba ngày cuối tuần, thu hút đông đảo người dân và du khách đến tham quan, mua sắm.",
          body="\n".join(f"[img {src}] {cap}" for src, cap in PHOTOS),
          author="Đỗ Phương", **dated(datetime(2025, 10, 26, 16, 0)), opts={"cat": "photo", "top": "Đỗ Phương"},
          notes=["'Tin ảnh' photo story: a lead and ten photos each with its caption, no other prose: an article "
                 "whose text is the lead and the ten captions; author under the title 'Đỗ Phương'"]),
        A(path="/infographic-kinh-te-tap-the-tinh-quang-ninh-10-thang-nam-2025-3381002.html",
          title="Infographic: Kinh tế tập thể tỉnh Quảng Ninh 10 tháng năm 2025",
          date=datetime(2025, 11, 7, 8, 0),
          lead="10 tháng năm 2025, toàn tỉnh thành lập mới 41 HTX; doanh thu bình quân của một HTX đạt 3,6 tỷ đồng.",
          body="""
[img infographic-kttt-10-thang-2025.png] Một số chỉ tiêu chủ yếu về kinh tế tập thể tỉnh Quảng Ninh 10 tháng năm 2025
Nguồn: Liên minh HTX tỉnh Quảng Ninh
""",
          author="Minh Tuấn", **dated(datetime(2025, 11, 7, 8, 0)), opts={"cat": "info", "top": "Minh Tuấn"},
          notes=["infographic: a lead, one tall image with a short caption and the source line 'Nguồn: Liên minh HTX "
                 "tỉnh Quảng Ninh' (text, not author): an article; author under the title 'Minh Tuấn'"]),
        A(path="/thong-bao-ve-viec-to-chuc-hoi-cho-ocop-quang-ninh-thu-dong-2025-3379430.html",
          title="Thông báo về việc tổ chức Hội chợ OCOP Quảng Ninh - Thu Đông 2025",
          date=datetime(2025, 10, 22, 10, 0),
          body="""
LIÊN MINH HTX TỈNH QUẢNG NINH
Số: 78/TB-LMHTX
Quảng Ninh, ngày 21 tháng 10 năm 2025
THÔNG BÁO
Về việc tổ chức Hội chợ OCOP Quảng Ninh - Thu Đông 2025
Liên minh HTX tỉnh thông báo tổ chức Hội chợ OCOP Quảng Ninh - Thu Đông 2025 như sau:
1. Thời gian: từ ngày 28/11 đến ngày 02/12/2025.
2. Địa điểm: Cung Quy hoạch, Hội chợ và Triển lãm tỉnh, phường Hồng Gai.
3. Đối tượng: các HTX, tổ hợp tác, chủ thể OCOP trong và ngoài tỉnh.
Các đơn vị đăng ký gian hàng trước ngày 15/11/2025 theo mẫu gửi kèm Thông báo này.
Nơi nhận: Các HTX, tổ hợp tác; UBND các xã, phường, đặc khu; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Vũ Thị Lan
""",
          author=None, doc_number="78/TB-LMHTX", attachments=[{"path": PDF_PATH, "text": "TB-78-LMHTX.pdf"}],
          **dated(datetime(2025, 10, 22, 10, 0)), opts={"cat": "docs"},
          notes=["official notice 'Số: 78/TB-LMHTX', place-date line 'Quảng Ninh, ngày 21 tháng 10 năm 2025' the day "
                 "before the posting time 22/10/2025 10:00; signer last; no author line: author null; the PDF under "
                 "'Tệp đính kèm:'"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/uploads/2025/{src}"


def stamp(d: datetime) -> str:
    return f"{d:%d/%m/%Y %H:%M}"


def news_body(a: RichArticle) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            if b.text.startswith("Nguồn:"):
                parts.append(f'<p style="text-align: right;"><em>{inline_html(b.text)}</em></p>')
            else:
                parts.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            parts.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            tall = ' width="800" height="2400"' if a.opts["cat"] == "info" else ' width="800" height="533"'
            parts.append(f'<div class="photo"><img src="{img(b.src)}" alt="{attr(b.text)}"{tall}>'
                         + (f'<div class="photo-caption">{inline_html(b.text)}</div>' if b.text else "") + "</div>")
    return "\n".join(parts)


def related_box(title: str, items: list[RichArticle]) -> str:
    lis = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="time">{o.date:%d/%m/%Y}</span></li>'
                  for o in items)
    return f'<div class="detail-related"><h3 class="box-title">{title}</h3><ul>{lis}</ul></div>'


def news_main(a: RichArticle, related: list[RichArticle]) -> str:
    cat_path, cat_name = CATS[a.opts["cat"]]
    when = "" if a.opts.get("nodate") else f' <span class="detail-time">{stamp(a.date)}</span>'
    top = f'<div class="detail-author"><i class="icon-user"></i> {esc(a.opts["top"])}</div>' if a.opts.get("top") else ""
    sapo = f'<h2 class="detail-sapo">{inline_html(a.lead)}</h2>' if a.lead else ""
    att = ""
    if a.attachments:
        f = a.attachments[0]
        att = f'<div class="detail-files">Tệp đính kèm: <a href="{f["path"]}">{esc(f["text"])}</a></div>'
    photo = " detail-content--photo" if a.opts["cat"] == "photo" else ""
    return (f'<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="{cat_path}">{cat_name}</a></div>'
            f'<div class="detail-meta"><a class="detail-cat" href="{cat_path}">{cat_name}</a>{when}</div>'
            f'<h1 class="detail-title">{esc(a.title)}</h1>{top}{sapo}'
            f'<div class="detail-content{photo}">\n{news_body(a)}\n</div>{att}'
            f'<div class="detail-tags">Từ khóa: <a href="{TAG}">OCOP</a>, <a href="{TAG}">hợp tác xã</a></div>'
            '<div class="detail-share">Chia sẻ: <a href="javascript:void(0)">Facebook</a> '
            '<a href="javascript:window.print()">In bài</a></div>'
            + related_box("Tin cùng chuyên mục", related))


def emag_sections(a: RichArticle) -> str:
    out, text = [], []

    def flush() -> None:
        if text:
            out.append('<section class="emg-section emg-text"><div class="emg-col">' + "".join(text) + "</div></section>")
            text.clear()

    for b in a.blocks:
        if b.kind == "p":
            text.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "quote":
            text.append(f'<blockquote class="pull-quote"><p>{inline_html(b.text)}</p></blockquote>')
        elif b.kind == "h":
            flush()
            out.append(f'<section class="emg-chapter"><h2 class="emg-chapter__title">{inline_html(b.text)}</h2></section>')
        elif b.kind == "img":
            flush()
            out.append(f'<section class="emg-parallax" data-parallax="scroll"><div class="emg-parallax__bg">'
                       f'<img src="{img(b.src)}" alt=""></div><div class="emg-parallax__caption">{inline_html(b.text)}'
                       "</div></section>")
    flush()
    return "\n".join(out)


def emag_page(a: RichArticle, others: list[RichArticle]) -> str:
    cat_path, cat_name = CATS["emag"]
    cards = "".join(f'<div class="emg-card"><a href="{o.path}"><img src="{img(o.opts["cover"])}" alt=""></a>'
                    f'<a class="emg-card__title" href="{o.path}">{esc(o.title)}</a></div>' for o in others)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - {SHORT}</title>
<meta name="description" content="{attr(a.summary())}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(a.title)}">
<meta property="og:image" content="{{{{base}}}}{img(a.opts["cover"])}">
<link rel="stylesheet" href="/themes/lmhtx/css/emagazine.css">
</head>
<body class="page-emagazine">
<header class="emg-header"><a href="/" class="emg-logo"><img src="/themes/lmhtx/images/logo-white.png" alt="{SHORT}"></a>
<a href="{cat_path}" class="emg-label">E-MAGAZINE</a>
<div class="emg-share"><a href="javascript:void(0)">Facebook</a> <a href="javascript:void(0)">Zalo</a></div></header>
<article class="emg-article">
<section class="emg-cover"><div class="emg-cover__bg"><img src="{img(a.opts["cover"])}" alt=""></div>
<div class="emg-cover__inner"><div class="emg-meta"><a href="{cat_path}">{cat_name}</a> <span class="emg-time">{stamp(a.date)}</span></div>
<h1 class="emg-title">{esc(a.title)}</h1>
<div class="emg-sapo">{inline_html(a.lead)}</div>
<div class="emg-scroll">Cuộn xuống để đọc</div></div></section>
{emag_sections(a)}
<section class="emg-credits"><p>{esc(a.byline)}</p></section>
</article>
<section class="emg-more"><h3>E-magazine khác</h3><div class="emg-more__list">{cards}</div></section>
{footer_html()}
<script src="/themes/lmhtx/js/parallax.min.js"></script>
</body>
</html>
"""


def footer_html() -> str:
    lines = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:])
    return (f'<footer class="site-footer"><div class="container"><div class="footer-title">{FOOTER[0]}</div>{lines}'
            '<div class="footer-links"><a href="{{base:offsite}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a> '
            '<a href="{{base:offsite}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></div></div></footer>')


def layout(title: str, main: str, popular: list[RichArticle], emags: list[RichArticle], *, head: str = "") -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), *CATS.values(), (CONTACT, "Liên hệ")])
    pop = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in popular)
    emag = "".join(f'<div class="side-emag"><a href="{a.path}"><img src="{img(a.opts["cover"])}" alt=""></a>'
                   f'<a href="{a.path}">{esc(a.title)}</a></div>' for a in emags[:1])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {SHORT}</title>{head}
<link rel="stylesheet" href="/themes/lmhtx/css/style.css">
</head>
<body>
<div class="topbar"><div class="container"><span class="today">{TODAY}</span>
<span class="access"><a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A+</a> | <a href="javascript:void(0)">Tăng tương phản</a> <a href="javascript:void(0)">Giảm tương phản</a></span></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/themes/lmhtx/images/logo.png" alt="{SHORT}"></a>
<div class="site-name">LIÊN MINH HỢP TÁC XÃ TỈNH QUẢNG NINH</div>
<div class="slogan"><marquee scrollamount="3">{" - ".join(esc(s) for s in SLOGANS)}</marquee></div></div></header>
<nav class="mainnav"><div class="container"><ul>{menu}</ul>
<form action="/tim-kiem.html" method="get" class="search"><input name="q" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form>
<div class="hot-search">Tìm nhiều: <a href="{SEARCH}">ocop</a></div></div></nav>
<div class="container main"><div class="row">
<div class="col-main">
{main}
</div>
<div class="col-side">
<div class="side-box"><h3 class="box-title">{SIDE[0]}</h3><ol>{pop}</ol></div>
<div class="side-box"><h3 class="box-title">{SIDE[1]}</h3>{emag}</div>
<div class="side-box weather"><h3 class="box-title">{SIDE[2]}</h3><p class="temp">25°C</p><p>{SIDE[3]}</p><p>{SIDE[4]}</p></div>
<div class="side-box counter"><h3 class="box-title">{SIDE[5]}</h3><p>{SIDE[6]}</p><p>{SIDE[7]}</p><p>{SIDE[8]}</p></div>
<div class="side-box"><h3 class="box-title">{SIDE[9]}</h3><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="{{{{base:offsite}}}}/chinh-phu/">Cổng TTĐT Chính phủ</option></select></div>
</div>
</div></div>
{footer_html()}
<script src="/themes/lmhtx/js/main.js"></script>
</body>
</html>
"""


def card(a: RichArticle) -> str:
    pic = a.opts.get("cover") or a.first_image() or "no-image.png"
    cat_path, cat_name = CATS[a.opts["cat"]]
    return (f'<div class="item"><a href="{a.path}" class="thumb"><img src="{img(pic)}" alt=""></a>'
            f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><div class="item-meta"><a href="{cat_path}">{cat_name}</a> '
            f'<span class="time">{a.date:%d/%m/%Y}</span></div><p>{esc(a.summary())}</p></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-ninh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    by_cat = {c: [a for a in arts if a.opts["cat"] == c] for c in CATS}
    emags = by_cat["emag"]
    popular = [a for a in arts if a.opts["cat"] in ("news", "photo")][:5]

    for a in arts:
        if a.opts["cat"] == "emag":
            page = emag_page(a, [o for o in emags if o is not a])
        else:
            same = [o for o in by_cat[a.opts["cat"]] if o is not a]
            related = same[:4] if len(same) >= 2 else [o for o in arts if o is not a and o.opts["cat"] == "news"][:4]
            head = (f'\n<meta name="description" content="{attr(a.summary())}">'
                    f'\n<meta property="og:type" content="article">\n<meta property="og:title" content="{attr(a.title)}">')
            page = layout(a.title, news_main(a, related), popular, emags, head=head)
        site.page(a.path, page, content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Thông báo số 78/TB-LMHTX", ["THONG BAO TO CHUC HOI CHO OCOP QUANG NINH",
                                                           "THU DONG 2025"]))

    # listings: /<cat>.html, /<cat>/trang-N.html
    for key, (path, name) in CATS.items():
        items = by_cat[key]
        pages = [items[k:k + PER] for k in range(0, len(items), PER)]
        for n, chunk in enumerate(pages, 1):
            def link(k: int, path: str = path) -> str:
                return path if k == 1 else path.replace(".html", f"/trang-{k}.html")
            pager = ""
            if len(pages) > 1:
                pager = '<div class="pagination">' + " ".join(
                    f'<span class="active">{k}</span>' if k == n else f'<a href="{link(k)}">{k}</a>'
                    for k in range(1, len(pages) + 1)) + (f' <a href="{link(n + 1)}">Trang sau</a>' if n < len(pages) else "") + "</div>"
            main = f'<h1 class="cat-title">{name}</h1><div class="list">' + "".join(card(a) for a in chunk) + f"</div>{pager}"
            site.page(link(n), layout(name, main, popular, emags), content_type=HTML)
            site.non_articles.append(link(n))
    site.trap("listing /tin-tuc.html pages by /tin-tuc/trang-2.html; dates 'dd/mm/yyyy' beside the category under "
              "each title", "/tin-tuc/trang-2.html")

    # home: the newest e-magazine as a full-width banner, the latest items, strips per kind
    latest = [a for a in arts if a.opts["cat"] != "emag"][:6]
    home = (f'<div class="home-emag"><a href="{emags[0].path}"><img src="{img(emags[0].opts["cover"])}" alt=""></a>'
            f'<div class="home-emag__title"><span>E-magazine</span> <a href="{emags[0].path}">{esc(emags[0].title)}</a></div></div>'
            '<div class="home-latest"><h2 class="box-title">Tin mới nhất</h2>' + "".join(card(a) for a in latest) + "</div>"
            + "".join(f'<div class="home-strip"><h2 class="box-title"><a href="{CATS[k][0]}">{CATS[k][1]}</a></h2>'
                      + "".join(card(a) for a in by_cat[k]) + "</div>" for k in ("photo", "info")))
    site.page("/", layout("Trang chủ", home, popular, emags), content_type=HTML)

    about = [
        "Liên minh Hợp tác xã tỉnh Quảng Ninh là tổ chức chính trị - xã hội và kinh tế, đại diện cho các hợp tác xã, "
        "liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh, được thành lập từ năm 1996 trên cơ sở Hội đồng Liên minh "
        "các hợp tác xã tỉnh.",
        "Liên minh có chức năng đại diện, bảo vệ quyền và lợi ích hợp pháp của thành viên; tuyên truyền, vận động phát "
        "triển kinh tế tập thể; cung cấp dịch vụ tư vấn, đào tạo, xúc tiến thương mại, hỗ trợ tiếp cận vốn và chuyển "
        "giao khoa học công nghệ cho các hợp tác xã.",
        "Từ vùng biển đảo Vân Đồn, Cô Tô đến vùng cao Bình Liêu, Ba Chẽ, các hợp tác xã của tỉnh đang gắn sản xuất với "
        "du lịch, xây dựng nhiều sản phẩm OCOP mang đặc trưng của từng vùng như sá sùng, chả mực, miến dong, trà hoa vàng.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền và Phát triển thành viên, Ban Hỗ trợ và Xúc tiến "
        "thương mại, Quỹ hỗ trợ phát triển hợp tác xã tỉnh và Trung tâm Tư vấn, đào tạo hợp tác xã."]
    about_main = ('<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/gioi-thieu.html">Giới thiệu</a></div>'
                  '<div class="detail-meta"><a class="detail-cat" href="/gioi-thieu.html">Giới thiệu</a></div>'
                  '<h1 class="detail-title">Giới thiệu Liên minh Hợp tác xã tỉnh Quảng Ninh</h1><div class="detail-content">'
                  + "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in about) + "</div>")
    site.page(ABOUT, layout("Giới thiệu", about_main, popular, emags), content_type=HTML)
    site.trap("the introduction /gioi-thieu.html in the news template (category line, h1, four long paragraphs) "
              "without a date: not an article", ABOUT)
    site.page(CONTACT, layout("Liên hệ", f'<h1 class="cat-title">Liên hệ</h1><p>{NAME}</p><p>{esc(FOOTER[2])}</p>'
                              '<form action="javascript:void(0)"><input name="hoten" placeholder="Họ và tên">'
                              '<textarea name="noidung"></textarea><button type="button">Gửi</button></form>',
                              popular, emags), content_type=HTML)
    ocop = [a for a in arts if "OCOP" in a.title + (a.lead or "") + a.body]
    site.page(SEARCH, layout("Tìm kiếm", '<h1 class="cat-title">Kết quả tìm kiếm: ocop</h1><div class="list">'
                             + "".join(card(a) for a in ocop) + "</div>", popular, emags), content_type=HTML)
    site.page(TAG, layout("OCOP", '<h1 class="cat-title">Từ khóa: OCOP</h1><div class="list">'
                          + "".join(card(a) for a in ocop) + "</div>", popular, emags), content_type=HTML)
    site.non_articles += ["/", ABOUT, CONTACT, SEARCH, TAG]
    site.trap("contact page, keyword search /tim-kiem.html?q=ocop and tag page /tag/ocop.html (cards with dates): "
              "not articles", TAG)
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\n")
    return site
