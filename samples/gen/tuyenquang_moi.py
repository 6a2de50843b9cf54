"""Site `lmhtx-tuyenquang-moi` (registry family `generic`): the portal of the merged Tuyên Quang alliance
(Hà Giang joined it on 1 July 2025) on WordPress with the Divi theme and its Theme Builder, written as a
held-out test: no family module, no selectors.

Why it is hard: every part of a page is a nest of `div.et_pb_section > div.et_pb_row > div.et_pb_column >
div.et_pb_module`, and a news post is a Divi Theme Builder body template (`et_pb_post_title` with
`h1.entry-title` and the meta line "bởi <a>Admin</a> | Th3 18, 2026 | <a>Tin tức</a>", `et_pb_post_content`)
whose post content is itself a Divi layout: sections, rows and columns of `et_pb_text` modules
(`div.et_pb_text_inner`), image modules with the caption in a separate centred-italic text module, a row of
three `et_pb_blurb` boxes (figures that ARE text), a gallery module. Divi prints the date with the
Vietnamese locale's month abbreviation first ("Th3 18, 2026" = 18 March 2026; "Th1 9, 2026" = 9 January),
no time (midnight). The global call-to-action module (`et_pb_cta`, "Bạn muốn thành lập hợp tác xã?") and
the `et_pb_social_media_follow` row follow every post, and one editor dropped the same CTA between two
text sections of a post. The meta author is usually the account "Admin" (no person); one post's account
is a person. Posts of the "Sự kiện" category use a template whose meta shows no date: the date is only in
the text ("Ngày 12/3, …", no year) and in the listing. Documents use Divi's classic single template
(`p.post-meta` with the custom format "05/12/2025", `div.entry-content`). The listing `/tin-tuc/` is a
Divi blog grid whose "« Bài cũ hơn" link is `/tin-tuc/page/2/?et_blog`; Divi "Dự án" (project) pages
under `/project/…` look like posts (h1, date meta, paragraphs) but are directory profiles of model
cooperatives: not articles.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from .core import TODAY_2026, Article, Block, SiteBuild, attr, esc, inline_html, iso, parse_body, pdf, weekday

SITE = "lmhtx-tuyenquang-moi"
NAME = "Liên minh Hợp tác xã tỉnh Tuyên Quang"
HTML = "text/html; charset=UTF-8"
NEWS = "/tin-tuc/"
DOCS = "/van-ban/"
PROJECTS = "/mo-hinh-tieu-bieu/"
ABOUT = "/gioi-thieu/"
CONTACT = "/lien-he/"
GALLERY = "/thu-vien-anh/"
SEARCH = "/?s=ocop"
CATS = {"tin-tuc": "Tin tức", "su-kien": "Sự kiện", "van-ban": "Văn bản"}
ACCOUNTS = {"admin": "Admin", "thuhang": "Nguyễn Thu Hằng", "vanphong": "Văn phòng"}
PDF_PATH = "/wp-content/uploads/2025/12/KH-86-LMHTX.pdf"

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Nhiệt liệt chào mừng tỉnh Tuyên Quang mới - đoàn kết, đổi mới, phát triển",
           "Hợp tác xã - cầu nối đưa nông sản vùng cao đến mọi miền"]
CTA = ["Bạn muốn thành lập hợp tác xã?",
       "Liên minh HTX tỉnh tư vấn miễn phí thủ tục thành lập, xây dựng điều lệ và phương án sản xuất kinh doanh "
       "cho các tổ hợp tác, hộ sản xuất trên địa bàn tỉnh.",
       "Đăng ký tư vấn"]
FOLLOW = ["Theo dõi chúng tôi", "Theo dõi trên Facebook", "Kênh YouTube Liên minh HTX Tuyên Quang"]
SIDE = ["Tin tiêu điểm", "Thời tiết Tuyên Quang", "Sáng sương mù, trưa chiều hửng nắng", "Độ ẩm: 84%",
        "Thống kê truy cập", "Đang truy cập: 31", "Hôm nay: 742", "Tổng lượt truy cập: 1.096.512",
        "Liên kết website", "Thăm dò ý kiến"]
POLL_Q = "Bạn cần Liên minh HTX tỉnh hỗ trợ nội dung nào nhất?"
POLL_A = ("Tiếp cận vốn vay ưu đãi", "Đào tạo cán bộ quản lý HTX", "Tiêu thụ sản phẩm OCOP")
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Tuyên Quang",
          "Địa chỉ: Số 8 đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang",
          "Cơ sở 2: Số 386 đường Nguyễn Trãi, phường Hà Giang 1, tỉnh Tuyên Quang",
          "Điện thoại: 0207.3822.156 - Email: lienminhhtx@tuyenquang.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Hoàng Văn Chiến - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 12/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang cấp ngày 15/9/2025",
          "Bản quyền © 2025 Liên minh HTX tỉnh Tuyên Quang | Thiết kế bởi Divi | Vận hành bởi WordPress"]
LABELS = ["Tin liên quan", "Tệp đính kèm:", "Bài trước", "Bài sau"]
BOILERPLATE = [TODAY, *SLOGANS, *CTA, *FOLLOW, *SIDE, POLL_Q, *POLL_A, "Bình chọn", "Xem kết quả", *FOOTER,
               *LABELS]


@dataclass
class DArticle(Article):
    """'[blurb FIGURE] description' is a Divi blurb box: its header and its description are two lines."""

    @property
    def blocks(self) -> list[Block]:
        out = []
        for b in parse_body(self.body):
            if b.kind == "p" and b.text.startswith("[blurb "):
                head, desc = b.text[len("[blurb "):].split("] ", 1)
                out += [Block("h", head, src="blurb"), Block("p", desc, src="blurb")]
            else:
                out.append(b)
        return out


def dated(d: datetime) -> dict:
    """Divi prints the day only: midnight."""
    return dict(published=iso(d, with_time=False), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = DArticle
    return [
        A(path="/htx-che-shan-tuyet-hoang-su-phi-xuat-khau-lo-che-dau-nam/",
          title="HTX chè Shan tuyết Hoàng Su Phì xuất khẩu lô chè đầu năm 2026",
          date=datetime(2026, 3, 18),
          lead="HTX Chè Shan tuyết Phìn Hồ vừa xuất 12 tấn chè xanh đặc sản sang thị trường Đài Loan (Trung Quốc), lô hàng xuất khẩu đầu tiên của năm 2026 từ vùng chè Hoàng Su Phì (Hà Giang cũ).",
          body="""
HTX hiện có 68 thành viên, quản lý hơn 120 ha chè Shan tuyết cổ thụ ở độ cao trên 1.000 m, trong đó 45 ha đã được chứng nhận hữu cơ theo tiêu chuẩn châu Âu.
[img che-phin-ho.png] Thành viên HTX Chè Shan tuyết Phìn Hồ thu hái chè vụ xuân
Theo ông Lù Văn Tỉnh, Giám đốc HTX, đối tác yêu cầu chè phải được hái một tôm hai lá, chế biến trong ngày và có nhật ký canh tác đầy đủ cho từng lô.
## Giữ chất lượng từ vườn đến xưởng
HTX đầu tư dây chuyền sao sấy mới trị giá 2,3 tỷ đồng, trong đó Quỹ hỗ trợ phát triển HTX tỉnh cho vay 800 triệu đồng với lãi suất ưu đãi.
[img xuong-che-phin-ho.png] Dây chuyền sao sấy chè mới của HTX
Giá chè xuất khẩu đạt 480.000 đồng/kg, cao gấp đôi bán trong nước; năm nay HTX dự kiến xuất thêm ba lô, tổng cộng khoảng 40 tấn.
""",
          byline="Bài, ảnh: Đức Thọ", author="Đức Thọ", **dated(datetime(2026, 3, 18)),
          opts={"account": "admin", "cat": "tin-tuc", "two_col": True},
          notes=["Theme Builder post: meta 'bởi Admin | Th3 18, 2026 | Tin tức' (the Vietnamese locale's month "
                 "abbreviation first, no time: midnight; 'Admin' is the account); the text is et_pb_text modules in "
                 "several sections and rows, the first row two columns (a text module beside an image module), "
                 "captions in their own centred-italic text module; byline 'Bài, ảnh: Đức Thọ' last: part of the "
                 "text, author Đức Thọ"]),
        A(path="/ra-mat-htx-du-lich-cong-dong-lung-cam-sung-la/",
          title="Ra mắt HTX du lịch cộng đồng Lũng Cẩm ở Sủng Là",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại làng văn hóa du lịch Lũng Cẩm Trên, xã Sủng Là, Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Du lịch cộng đồng Lũng Cẩm.
HTX có 27 thành viên là các hộ đồng bào Mông trong làng, cung cấp dịch vụ lưu trú tại nhà trình tường, ẩm thực, biểu diễn khèn Mông và trải nghiệm làm giấy bản.
[img lung-cam.png] Các thành viên HTX Du lịch cộng đồng Lũng Cẩm trong lễ ra mắt
Liên minh HTX tỉnh hỗ trợ HTX xây dựng điều lệ, bộ quy tắc ứng xử với du khách và kết nối với các công ty lữ hành trên tuyến cao nguyên đá Đồng Văn.
""",
          byline="Minh Hải", author="Minh Hải", published=iso(datetime(2026, 3, 12), with_time=False),
          published_source="listing", evidence=["listing"],
          opts={"account": "admin", "cat": "su-kien", "nodate": True},
          notes=["'Sự kiện' posts use another Theme Builder template whose meta is 'bởi Admin | Sự kiện' (no date): "
                 "the date is only in the text ('Ngày 12/3', no year) and in the blog grid card 'Th3 12, 2026': "
                 "midnight; byline 'Minh Hải' last: part of the text, the author"]),
        A(path="/anh-sac-mau-phien-cho-san-pham-ocop-tuyen-quang/",
          title="Ảnh: Sắc màu phiên chợ sản phẩm OCOP và HTX tỉnh Tuyên Quang",
          date=datetime(2026, 2, 6),
          lead="Phiên chợ sản phẩm OCOP và HTX Xuân Bính Ngọ 2026 tại quảng trường Nguyễn Tất Thành thu hút hàng nghìn lượt khách trong ba ngày.",
          body="""
[img cho-ocop-1.png] Gian hàng chè Shan tuyết của các HTX vùng Hà Giang cũ
[img cho-ocop-2.png] Du khách chọn mua cam sành Hàm Yên tại phiên chợ
[img cho-ocop-3.png] Mật ong bạc hà Mèo Vạc được nhiều khách hỏi mua
[img cho-ocop-4.png] Nghệ nhân HTX dệt lanh Lùng Tám trình diễn dệt vải
""",
          byline="Ảnh: Hoàng Anh", author="Hoàng Anh", **dated(datetime(2026, 2, 6)),
          opts={"account": "admin", "cat": "tin-tuc", "gallery": True},
          notes=["photo story: after one bold text module a Divi gallery module (et_pb_gallery_grid) of four items, "
                 "each with its p.et_pb_gallery_caption (one line each); 'Ảnh: Hoàng Anh' last: part of the text, "
                 "the author"]),
        A(path="/lien-minh-htx-tinh-tong-ket-nam-2025-trien-khai-nhiem-vu-2026/",
          title="Liên minh HTX tỉnh tổng kết năm 2025, triển khai nhiệm vụ năm 2026",
          date=datetime(2026, 1, 9),
          lead="Liên minh HTX tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác năm 2025, năm đầu tiên hoạt động sau khi hợp nhất với Liên minh HTX tỉnh Hà Giang.",
          body="""
## Kết quả nổi bật năm 2025
Năm 2025, toàn tỉnh thành lập mới 96 HTX, trong đó 41 HTX ở các xã vùng cao thuộc tỉnh Hà Giang cũ; doanh thu bình quân một HTX đạt 2,6 tỷ đồng.
[blurb 1.286 HTX] Đang hoạt động trên địa bàn tỉnh sau hợp nhất
[blurb 214 sản phẩm OCOP] Của HTX được công nhận từ 3 sao trở lên
[blurb 38,5 tỷ đồng] Quỹ hỗ trợ phát triển HTX giải ngân trong năm
## Nhiệm vụ trọng tâm năm 2026
* Kiện toàn tổ chức, bố trí cán bộ tại hai cơ sở Minh Xuân và Hà Giang 1;
* Thành lập mới ít nhất 100 HTX, ưu tiên HTX gắn với dược liệu và du lịch cộng đồng;
* Hỗ trợ 50 HTX tham gia sàn thương mại điện tử và truy xuất nguồn gốc;
* Nâng vốn điều lệ Quỹ hỗ trợ phát triển HTX tỉnh lên 60 tỷ đồng.
Hội nghị đã khen thưởng 22 tập thể và 31 cá nhân có thành tích xuất sắc trong phong trào phát triển kinh tế tập thể năm 2025.
""",
          author="Nguyễn Thu Hằng", **dated(datetime(2026, 1, 9)),
          opts={"account": "thuhang", "cat": "tin-tuc"},
          notes=["no byline in the text: the meta account is the editor's own 'Nguyễn Thu Hằng' (a person): the "
                 "author; date 'Th1 9, 2026' (9 January); a row of three et_pb_blurb modules (h4.et_pb_module_header "
                 "figure and a description each: text lines), headings as text modules' <h3>, a list"]),
        A(path="/ke-hoach-to-chuc-hoi-cho-san-pham-htx-va-ocop-tinh-tuyen-quang-nam-2026/",
          title="Kế hoạch tổ chức Hội chợ sản phẩm HTX và OCOP tỉnh Tuyên Quang năm 2026",
          date=datetime(2025, 12, 5),
          body="""
LIÊN MINH HTX TỈNH TUYÊN QUANG
Số: 86/KH-LMHTX
Tuyên Quang, ngày 04 tháng 12 năm 2025
KẾ HOẠCH
Tổ chức Hội chợ sản phẩm HTX và OCOP tỉnh Tuyên Quang năm 2026
Thực hiện Chương trình công tác năm 2026 của Ban Thường vụ Liên minh HTX tỉnh, Liên minh HTX tỉnh xây dựng Kế hoạch tổ chức Hội chợ như sau:
I. MỤC ĐÍCH, YÊU CẦU
Quảng bá, kết nối tiêu thụ sản phẩm của HTX, nhất là sản phẩm đặc sản của các xã vùng cao; tạo điều kiện để HTX hai khu vực giao lưu, học tập kinh nghiệm.
II. THỜI GIAN, ĐỊA ĐIỂM
Hội chợ diễn ra từ ngày 05 đến ngày 07/02/2026 tại quảng trường Nguyễn Tất Thành, phường Minh Xuân, với 120 gian hàng.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh chủ trì, phối hợp với Ban Hỗ trợ phát triển HTX tiếp nhận đăng ký của các đơn vị trước ngày 10/01/2026.
Nơi nhận: Thường trực Tỉnh ủy; UBND tỉnh; các HTX, liên hiệp HTX; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Vàng Thị Mai
""",
          author=None, doc_number="86/KH-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "KH-86-LMHTX.pdf"}], **dated(datetime(2025, 12, 5)),
          opts={"account": "vanphong", "cat": "van-ban", "classic": True},
          notes=["official plan 'Số: 86/KH-LMHTX' in Divi's classic single template: p.post-meta 'bởi Văn phòng | "
                 "05/12/2025 | Văn bản' (the site's custom day-first format; an office account: author null), "
                 "place-date line 'Tuyên Quang, ngày 04 tháng 12 năm 2025' the day before; signer last; the PDF in a "
                 "'Tệp đính kèm:' box after div.entry-content: an attachment, not text"]),
        A(path="/htx-cam-sanh-ham-yen-lien-ket-tieu-thu-voi-chuoi-sieu-thi/",
          title="HTX cam sành Hàm Yên liên kết tiêu thụ với chuỗi siêu thị",
          date=datetime(2025, 11, 20),
          lead="HTX Cam sành Phù Lưu ký hợp đồng cung ứng 600 tấn cam mỗi vụ cho một chuỗi siêu thị tại Hà Nội.",
          body="""
HTX có 54 thành viên với 130 ha cam sành, toàn bộ diện tích được cấp mã số vùng trồng và sản xuất theo tiêu chuẩn VietGAP.
Theo hợp đồng, siêu thị thu mua cam loại 1 với giá 18.000 đồng/kg, cao hơn giá thương lái 3.000 đồng/kg, và hỗ trợ HTX in tem truy xuất nguồn gốc.
[img cam-ham-yen.png] Thành viên HTX Cam sành Phù Lưu thu hoạch cam
## Nâng chất lượng để giữ đối tác
HTX tổ chức tập huấn cho thành viên về cắt tỉa, bón phân hữu cơ và thu hái đúng độ chín, đồng thời đầu tư kho lạnh 200 tấn để điều tiết lượng hàng.
Năm nay, ngoài cam tươi HTX còn cung cấp nước cam ép đóng chai, sản phẩm vừa đạt OCOP 3 sao.
Nguồn: Báo Tuyên Quang
""",
          author=None, **dated(datetime(2025, 11, 20)),
          opts={"account": "admin", "cat": "tin-tuc", "cta_inside": True},
          notes=["the editor inserted the global CTA module ('Bạn muốn thành lập hợp tác xã?', a button) between two "
                 "text sections of the post content: not text, and the text goes on after it; the text ends with "
                 "'Nguồn: Báo Tuyên Quang': part of the text, a source, author null ('Admin' is the account)"]),
        A(path="/htx-meo-vac-phat-trien-dan-bo-vang-vung-cao/",
          title="HTX ở Mèo Vạc phát triển đàn bò vàng vùng cao",
          date=datetime(2025, 10, 15),
          lead="Từ 40 con bò giống ban đầu, HTX Chăn nuôi Pả Vi đã phát triển đàn bò vàng lên gần 400 con, tạo việc làm cho hàng chục hộ đồng bào Mông.",
          body="""
HTX được thành lập năm 2020 tại xã Mèo Vạc (Hà Giang cũ), liên kết với 46 hộ nuôi bò nhốt chuồng, trồng cỏ voi và ngô sinh khối làm thức ăn.
HTX cung ứng bò giống, hướng dẫn tiêm phòng và bao tiêu bò thịt, mỗi năm xuất bán khoảng 150 con cho các nhà hàng ở Hà Nội và Tuyên Quang.
[img bo-meo-vac.png] Đàn bò vàng của thành viên HTX Chăn nuôi Pả Vi
Thịt bò sấy gác bếp của HTX đã đạt OCOP 3 sao, bán chạy dịp Tết và mùa du lịch hoa tam giác mạch.
""",
          byline="Lò Thị Dung", author="Lò Thị Dung", **dated(datetime(2025, 10, 15)),
          opts={"account": "admin", "cat": "tin-tuc"},
          notes=["meta date 'Th10 15, 2025' (two-digit month abbreviation); byline 'Lò Thị Dung' last (right-aligned "
                 "bold italic): part of the text, the author"]),
        A(path="/tap-huan-luat-hop-tac-xa-cho-can-bo-xa-sau-sap-xep/",
          title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ cấp xã sau sắp xếp",
          date=datetime(2025, 9, 3),
          lead="Hơn 120 cán bộ phụ trách kinh tế của các xã, phường mới được tập huấn về Luật Hợp tác xã năm 2023 và các nghị định hướng dẫn.",
          body="""
Lớp tập huấn do Liên minh HTX tỉnh tổ chức trong hai ngày tại hai điểm: phường Minh Xuân và phường Hà Giang 1, để cán bộ các xã vùng cao không phải đi xa.
Học viên được hướng dẫn thủ tục đăng ký thành lập HTX, tổ hợp tác; chính sách hỗ trợ HTX theo Nghị định số 113/2024/NĐ-CP và trách nhiệm của chính quyền cấp xã trong quản lý nhà nước về kinh tế tập thể.
[img tap-huan-luat.png] Quang cảnh lớp tập huấn tại phường Hà Giang 1
Sau lớp học, mỗi xã sẽ cử một cán bộ đầu mối phối hợp với Liên minh HTX tỉnh trong việc hướng dẫn, hỗ trợ HTX trên địa bàn.
""",
          byline="Quang Vinh", author="Quang Vinh", **dated(datetime(2025, 9, 3)),
          opts={"account": "admin", "cat": "tin-tuc"}),
        A(path="/lien-minh-htx-tinh-tuyen-quang-moi-chinh-thuc-di-vao-hoat-dong/",
          title="Liên minh HTX tỉnh Tuyên Quang (mới) chính thức đi vào hoạt động",
          date=datetime(2025, 8, 7),
          lead="Liên minh HTX tỉnh Tuyên Quang được hợp nhất từ Liên minh HTX hai tỉnh Tuyên Quang và Hà Giang đã chính thức đi vào hoạt động.",
          body="""
Theo quyết định của Ban Thường vụ Tỉnh ủy, Liên minh HTX tỉnh có trụ sở chính tại phường Minh Xuân và cơ sở 2 tại phường Hà Giang 1, tiếp nhận hồ sơ của HTX ở cả hai khu vực.
Toàn tỉnh hiện có gần 1.200 HTX với hơn 30.000 thành viên, tập trung ở các lĩnh vực chè, cam, dược liệu, chăn nuôi và du lịch cộng đồng.
[img tru-so-moi.png] Trụ sở Liên minh HTX tỉnh tại phường Minh Xuân
Trong thời gian sắp xếp, các HTX liên hệ công việc qua số điện thoại của Văn phòng hoặc gửi hồ sơ trực tuyến qua Cổng dịch vụ công của tỉnh.
""",
          author=None, **dated(datetime(2025, 8, 7)),
          opts={"account": "admin", "cat": "tin-tuc"},
          notes=["oldest post: only on /tin-tuc/page/2/?et_blog (and its category archive); no byline and the meta "
                 "account is 'Admin': author null; date 'Th8 7, 2025'"]),
    ]


PROJECT = dict(path="/project/htx-che-shan-tuyet-lung-phin/", title="HTX Chè Shan tuyết Lũng Phìn",
               date=datetime(2025, 8, 20),
               facts=["Địa chỉ: Thôn Lũng Phìn, xã Lũng Phìn, tỉnh Tuyên Quang",
                      "Năm thành lập: 2019 - Số thành viên: 32",
                      "Sản phẩm chính: chè Shan tuyết, chè vàng (OCOP 4 sao)",
                      "Điện thoại: 0912.468.357"],
               text="HTX quản lý 60 ha chè Shan tuyết cổ thụ trên núi đá, là một trong những mô hình tiêu biểu được "
                    "Liên minh HTX tỉnh lựa chọn giới thiệu với các đoàn khách tham quan, học tập kinh nghiệm.")
PROJECT2 = dict(path="/project/htx-mat-ong-bac-ha-meo-vac/", title="HTX Mật ong bạc hà Mèo Vạc",
                date=datetime(2025, 8, 20),
                facts=["Địa chỉ: Tổ dân phố 1, xã Mèo Vạc, tỉnh Tuyên Quang",
                       "Năm thành lập: 2016 - Số thành viên: 85",
                       "Sản phẩm chính: mật ong bạc hà (OCOP 4 sao)",
                       "Điện thoại: 0987.552.140"],
                text="HTX nuôi hơn 2.000 đàn ong nội trên cao nguyên đá, bao tiêu mật cho các hộ thành viên và "
                     "xây dựng nhãn hiệu chứng nhận mật ong bạc hà Mèo Vạc.")


# -- Divi markup ---------------------------------------------------------------------------------

class Ids:
    def __init__(self, suffix: str = "") -> None:
        self.n: dict[str, int] = {}
        self.suffix = suffix

    def __call__(self, kind: str) -> str:
        k = self.n.get(kind, 0)
        self.n[kind] = k + 1
        return f"et_pb_{kind}_{k}{self.suffix}"


def img(src: str) -> str:
    return f"/wp-content/uploads/2025/12/{src}"


def divi_date(d: datetime) -> str:
    return f"Th{d.month} {d.day}, {d.year}"


def post_id(path: str) -> int:
    return 600 + int(hashlib.md5(path.encode()).hexdigest()[:3], 16) % 400


def module(ids: Ids, kind: str, inner: str, extra: str = "") -> str:
    return f'<div class="et_pb_module et_pb_{kind} {ids(kind)}{extra}">{inner}</div>'


def text_module(ids: Ids, inner: str, extra: str = " et_pb_text_align_left et_pb_bg_layout_light") -> str:
    return module(ids, "text", f'<div class="et_pb_text_inner">{inner}</div>', extra)


def row(ids: Ids, columns: list[tuple[str, str]]) -> str:
    cols = []
    for i, (kind, inner) in enumerate(columns):
        last = " et-last-child" if i == len(columns) - 1 else ""
        cols.append(f'<div class="et_pb_column et_pb_column_{kind} {ids("column")}{last}">{inner}</div>')
    return f'<div class="et_pb_row {ids("row")}">{"".join(cols)}</div>'


def section(ids: Ids, rows: list[str], extra: str = " et_section_regular") -> str:
    return f'<div class="et_pb_section {ids("section")}{extra}">{"".join(rows)}</div>'


def cta(ids: Ids) -> str:
    return module(ids, "promo",
                  f'<div class="et_pb_promo_description"><h2 class="et_pb_module_header">{esc(CTA[0])}</h2>'
                  f'<div><p>{esc(CTA[1])}</p></div></div><div class="et_pb_button_wrapper">'
                  f'<a class="et_pb_button et_pb_promo_button" href="{CONTACT}">{esc(CTA[2])}</a></div>',
                  " et_pb_cta et_pb_bg_layout_dark et_pb_text_align_center")


def follow(ids: Ids) -> str:
    items = [("facebook", "{{base:offsite}}/facebook/lmhtxtuyenquang", FOLLOW[1]),
             ("youtube", "{{base:offsite}}/youtube/lmhtxtuyenquang", FOLLOW[2])]
    lis = "".join(f'<li class="et_pb_social_media_follow_network_{i} et_pb_social_icon et_pb_social_network_link '
                  f'et-social-{n}"><a href="{h}" class="icon et_pb_with_border" title="{attr(t)}" target="_blank">'
                  f'<span class="et_pb_social_media_follow_network_name">{esc(t)}</span></a></li>'
                  for i, (n, h, t) in enumerate(items))
    return (text_module(ids, f"<h4>{FOLLOW[0]}</h4>")
            + f'<ul class="et_pb_module et_pb_social_media_follow {ids("social_media_follow")} clearfix '
              f'et_pb_bg_layout_light">{lis}</ul>')


def p_lines(blocks) -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
    return "".join(out)


def byline_html(a: Article) -> str:
    return f'<p style="text-align: right;"><strong><em>{esc(a.byline)}</em></strong></p>' if a.byline else ""


def post_layout(a: Article) -> str:
    """The post's own Divi layout (inside et_pb_post_content): sections of rows of modules."""
    ids = Ids()
    blocks = a.blocks
    lead = f"<p><strong>{esc(a.lead)}</strong></p>" if a.lead else ""
    sections: list[str] = []
    if a.opts.get("gallery"):
        items = "".join(
            f'<div class="et_pb_gallery_item et_pb_grid_item et_pb_bg_layout_light {ids("gallery_item")}">'
            f'<div class="et_pb_gallery_image landscape"><a href="{img(b.src)}" title="{attr(b.text)}">'
            f'<img src="{img(b.src)}" alt="{attr(b.text)}" width="400" height="284"></a></div>'
            f'<p class="et_pb_gallery_caption">{esc(b.text)}</p></div>' for b in blocks)
        sections.append(section(ids, [row(ids, [("4_4", text_module(ids, lead))]),
                                      row(ids, [("4_4", module(ids, "gallery",
                                                               f'<div class="et_pb_gallery_items et_post_gallery clearfix">'
                                                               f'{items}</div>',
                                                               " et_pb_gallery_grid et_pb_bg_layout_light"))]),
                                      row(ids, [("4_4", text_module(ids, byline_html(a)))])]))
        return "".join(sections)
    # split the blocks into runs cut by images and blurb rows
    rows: list[str] = []
    run: list = []
    blurbs: list = []

    def flush_run() -> None:
        if run:
            rows.append(row(ids, [("4_4", text_module(ids, p_lines(run)))]))
            run.clear()

    def flush_blurbs() -> None:
        if blurbs:
            cols = []
            for head, desc in zip(blurbs[::2], blurbs[1::2]):
                head, desc = head.text, desc.text
                cols.append(("1_3", module(ids, "blurb",
                                           '<div class="et_pb_blurb_content"><div class="et_pb_main_blurb_image">'
                                           '<span class="et_pb_image_wrap"><span class="et-waypoint et_pb_animation_top '
                                           'et-pb-icon">&#xe0e3;</span></span></div><div class="et_pb_blurb_container">'
                                           f'<h4 class="et_pb_module_header"><span>{esc(head)}</span></h4>'
                                           f'<div class="et_pb_blurb_description"><p>{esc(desc)}</p></div></div></div>',
                                           " et_pb_text_align_center et_pb_blurb_position_top et_pb_bg_layout_light")))
            rows.append(row(ids, cols))
            blurbs.clear()

    first_img = True
    for b in blocks:
        if b.src == "blurb":
            flush_run()
            blurbs.append(b)
            continue
        flush_blurbs()
        if b.kind == "img":
            if a.opts.get("two_col") and first_img:
                # the lead and first paragraph beside the first photo
                texts = text_module(ids, lead + p_lines(run))
                run.clear()
                pic = (module(ids, "image", f'<span class="et_pb_image_wrap"><img src="{img(b.src)}" alt="" '
                                             f'width="800" height="533"></span>', " et_pb_image_sticky")
                       + text_module(ids, f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>'))
                rows.append(row(ids, [("1_2", texts), ("1_2", pic)]))
                lead = ""
            else:
                flush_run()
                rows.append(row(ids, [("4_4", module(ids, "image", f'<span class="et_pb_image_wrap"><img '
                                                                   f'src="{img(b.src)}" alt="" width="800" '
                                                                   f'height="533"></span>')
                                       + text_module(ids, f'<p style="text-align: center;"><em>{esc(b.text)}</em>'
                                                          f'</p>'))]))
            first_img = False
            continue
        if b.kind == "h" and run:
            flush_run()
        run.append(b)
    flush_blurbs()
    if lead:
        rows.insert(0, row(ids, [("4_4", text_module(ids, lead))]))
    tail = p_lines(run) + byline_html(a)
    run.clear()
    if tail:
        rows.append(row(ids, [("4_4", text_module(ids, tail))]))
    if a.opts.get("cta_inside"):
        half = len(rows) // 2
        sections.append(section(ids, rows[:half]))
        sections.append(section(ids, [row(ids, [("4_4", cta(ids))])], " et_pb_with_background et_section_regular"))
        sections.append(section(ids, rows[half:]))
    else:
        half = max(1, len(rows) // 2)
        sections.append(section(ids, rows[:half]))
        if rows[half:]:
            sections.append(section(ids, rows[half:]))
    return "".join(sections)


def meta_line(a: Article, sep_date: str | None) -> str:
    acc = a.opts["account"]
    cat = a.opts["cat"]
    parts = [f' bởi <span class="author vcard"><a href="/author/{acc}/" title="Các bài đăng của '
             f'{attr(ACCOUNTS[acc])}" rel="author">{esc(ACCOUNTS[acc])}</a></span>']
    if sep_date:
        parts.append(f'<span class="published">{sep_date}</span>')
    parts.append(f'<a href="/category/{cat}/" rel="category tag">{CATS[cat]}</a>')
    return " | ".join(parts)


def related(ids: Ids, items: list[Article]) -> str:
    arts = "".join(f'<article class="et_pb_post clearfix et_pb_blog_item_{i}_0 post-{post_id(o.path)} post type-post">'
                   f'<h2 class="entry-title"><a href="{o.path}">{esc(o.title)}</a></h2>'
                   f'<p class="post-meta"><span class="published">{divi_date(o.date)}</span></p></article>'
                   for i, o in enumerate(items))
    return (text_module(ids, "<h3>Tin liên quan</h3>")
            + module(ids, "blog", f'<div class="et_pb_ajax_pagination_container">{arts}</div>',
                     " et_pb_posts et_pb_bg_layout_light"))


def sidebar_widgets(hot: list[Article]) -> str:
    lis = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in hot)
    poll = "".join(f'<li><label><input type="radio" name="poll_1" value="{i}"> {esc(o)}</label></li>'
                   for i, o in enumerate(POLL_A, 1))
    return (f'<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">{SIDE[0]}'
            f'</h4><ul>{lis}</ul></div>'
            f'<div id="custom_html-3" class="widget_text et_pb_widget widget_custom_html"><h4 class="widgettitle">'
            f'{SIDE[1]}</h4><div class="textwidget custom-html-widget"><p class="temp">21°C</p><p>{SIDE[2]}</p>'
            f'<p>{SIDE[3]}</p></div></div>'
            f'<div id="polls-widget-2" class="et_pb_widget widget_polls-widget"><h4 class="widgettitle">{SIDE[9]}</h4>'
            f'<div class="wp-polls"><p><strong>{esc(POLL_Q)}</strong></p><ul>{poll}</ul>'
            '<p><button type="button" class="Buttons">Bình chọn</button> <a href="javascript:void(0)">Xem kết quả</a>'
            '</p></div></div>'
            f'<div id="counter-2" class="et_pb_widget widget_counter"><h4 class="widgettitle">{SIDE[4]}</h4><ul>'
            f'<li>{SIDE[5]}</li><li>{SIDE[6]}</li><li>{SIDE[7]}</li></ul></div>'
            f'<div id="nav_menu-2" class="et_pb_widget widget_nav_menu"><h4 class="widgettitle">{SIDE[8]}</h4><ul>'
            '<li><a href="{{base:offsite}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>'
            '<li><a href="{{base:offsite}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>')


def layout(title: str, main: str, *, head: str = "", body_class: str = "page") -> str:
    menu = "".join(f'<li class="menu-item menu-item-type-post_type"><a href="{h}">{t}</a></li>'
                   for h, t in [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (DOCS, "Văn bản"),
                                (PROJECTS, "Mô hình tiêu biểu"), (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[:6])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)} | Liên minh HTX tỉnh Tuyên Quang</title>
<meta name="generator" content="WordPress 6.7.2" />
<link rel="stylesheet" id="divi-style-css" href="/wp-content/themes/Divi/style-static.min.css?ver=4.27.4" type="text/css" media="all" />
<link rel="stylesheet" id="et-core-unified-tb-css" href="/wp-content/et-cache/global/et-divi-customizer-global.min.css?ver=1740990002" type="text/css" media="all" />{head}
</head>
<body class="{body_class} et_pb_button_helper_class et_fixed_nav et_show_nav et_secondary_nav_enabled et_primary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns3 et_cover_background et_pb_gutter et_pb_gutters3 et_right_sidebar et_divi_theme et-db">
<div id="page-container">
<div id="top-header"><div class="container clearfix">
<div id="et-info"><span id="et-info-phone">0207.3822.156</span> <span class="today">{TODAY}</span></div>
<div id="et-secondary-menu"><div class="slogan"><marquee scrollamount="3">{" ❖ ".join(esc(s) for s in SLOGANS)}</marquee></div></div>
</div></div>
<header id="main-header" data-height-onload="80"><div class="container clearfix et_menu_container">
<div class="logo_container"><span class="logo_helper"></span><a href="/"><img src="/wp-content/uploads/2025/07/logo-lmhtx-tuyenquang.png" width="240" height="80" alt="Liên minh HTX tỉnh Tuyên Quang" id="logo" data-height-percentage="54" /></a></div>
<div id="et-top-navigation" data-height="80" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">{menu}</ul></nav>
<div id="et_top_search"><span id="et_search_icon"></span></div>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Chọn trang</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div>
</div>
<div class="et_search_outer"><div class="container et_search_form_container"><form role="search" method="get" class="et-search-form" action="/"><input type="search" class="et-search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" title="Tìm kiếm:" /></form><span class="et_close_search_field"></span></div></div>
</header>
<div id="et-main-area">
{main}
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix">
<div class="footer-widget"><div id="text-2" class="fwidget et_pb_widget widget_text"><h4 class="title">{NAME}</h4><div class="textwidget">{footer}</div></div></div>
</div></div>
<div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-facebook"><a href="{{{{base:offsite}}}}/facebook/lmhtxtuyenquang" class="icon"><span>Facebook</span></a></li></ul>
<div id="footer-info">{esc(FOOTER[6])}</div></div></div></footer>
</div>
</div>
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.4" id="divi-custom-script-js"></script>
</body>
</html>
"""


def builder(ids: Ids, sections: list[str], kind: str = "body") -> str:
    return (f'<div id="et-boc" class="et-boc"><div class="et-l et-l--{kind}"><div class="et_builder_inner_content '
            f'et_pb_gutters3">{"".join(sections)}</div></div></div>')


def single_tb(a: Article, rel: list[Article], hot: list[Article], prev: Article | None,
              nxt: Article | None) -> str:
    """A post in the Theme Builder body template."""
    ids = Ids("_tb_body")
    nodate = a.opts.get("nodate")
    meta = meta_line(a, None if nodate else divi_date(a.date))
    pic = a.first_image() if not a.opts.get("gallery") else None
    title = module(ids, "post_title",
                   f'<div class="et_pb_title_container"><h1 class="entry-title">{esc(a.title)}</h1>'
                   f'<p class="et_pb_title_meta_container post-meta">{meta}</p></div>'
                   + (f'<div class="et_pb_title_featured_container"><span class="et_pb_image_wrap"><img '
                      f'src="{img("thumb-" + pic)}" alt="" width="1080" height="675"></span></div>' if pic else ""),
                   " et_pb_bg_layout_light et_pb_text_align_left et_pb_featured_above")
    content = module(ids, "post_content",
                     f'<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">'
                     f'{post_layout(a)}</div></div>', " clearfix")
    nav = module(ids, "post_nav",
                 (f'<span class="nav-previous"><a href="{prev.path}" rel="prev" title="{attr(prev.title)}"><span '
                  f'class="meta-nav">&larr; </span><span class="nav-label">Bài trước</span></a></span>' if prev else "")
                 + (f'<span class="nav-next"><a href="{nxt.path}" rel="next" title="{attr(nxt.title)}"><span '
                    f'class="nav-label">Bài sau</span><span class="meta-nav"> &rarr;</span></a></span>' if nxt else ""),
                 " et_pb_posts_nav nav-single")
    left = title + content + nav + cta(ids) + follow(ids) + related(ids, rel)
    right = module(ids, "sidebar", sidebar_widgets(hot), " et_pb_widget_area clearfix et_pb_widget_area_right")
    main = builder(ids, [section(ids, [row(ids, [("2_3", left), ("1_3", right)])])])
    return main


def single_classic(a: Article, hot: list[Article]) -> str:
    """Divi's own single.php (no builder): p.post-meta with the custom date format, div.entry-content."""
    body = "".join(f"<p>{inline_html(b.text)}</p>" if i not in (1, 2) else
                   f'<p style="text-align: {"center" if i == 1 else "right"};">{inline_html(b.text)}</p>'
                   for i, b in enumerate(a.blocks))
    name = PDF_PATH.rsplit("/", 1)[1]
    return (f'<div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">'
            f'<article id="post-{post_id(a.path)}" class="et_pb_post post-{post_id(a.path)} post type-post '
            f'status-publish format-standard hentry category-{a.opts["cat"]}">'
            f'<div class="et_post_meta_wrapper"><h1 class="entry-title">{esc(a.title)}</h1>'
            f'<p class="post-meta">{meta_line(a, a.date.strftime("%d/%m/%Y"))}</p></div>'
            f'<div class="entry-content">{body}</div>'
            f'<div class="post-attachments"><strong>Tệp đính kèm:</strong> <a href="{PDF_PATH}">{name}</a></div>'
            f'<div class="et_post_meta_wrapper"></div></article></div>'
            f'<div id="sidebar">{sidebar_widgets(hot)}</div></div></div></div>')


def grid(items: list[Article], ids: Ids) -> str:
    arts = []
    for a in items:
        pic = a.first_image()
        arts.append(f'<div class="et_pb_post clearfix et_pb_blog_item_{len(arts)}_0 post-{post_id(a.path)} post '
                    f'type-post has-post-thumbnail">'
                    + (f'<div class="et_pb_image_container"><a href="{a.path}" class="entry-featured-image-url">'
                       f'<img src="{img("thumb-" + pic)}" alt="{attr(a.title)}" width="400" height="250"></a></div>'
                       if pic else "")
                    + f'<h2 class="entry-title"><a href="{a.path}">{esc(a.title)}</a></h2>'
                    f'<p class="post-meta"><span class="published">{divi_date(a.date)}</span></p>'
                    f'<div class="post-content"><div class="post-content-inner"><p>{esc(" ".join(a.summary().split()[:24]))}'
                    f'...</p></div><a href="{a.path}" class="more-link">Đọc thêm</a></div></div>')
    return (f'<div class="et_pb_blog_grid clearfix et_pb_bg_layout_light"><div class="et_pb_ajax_pagination_container">'
            f'<div class="et_pb_salvattore_content" data-columns>{"".join(arts)}</div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tuyen-quang", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    hot = [a for a in arts if not a.opts.get("classic")][:5]
    news = [a for a in arts if a.opts["cat"] != "van-ban"]
    docs = [a for a in arts if a.opts["cat"] == "van-ban"]

    for a in arts:
        canon = f'\n<link rel="canonical" href="{a.path}" />'
        if a.opts.get("classic"):
            main = single_classic(a, hot)
            cls = f"post-template-default single single-post postid-{post_id(a.path)} single-format-standard"
        else:
            rel = [o for o in news if o is not a][:3]
            i = news.index(a)
            older = news[i + 1] if i + 1 < len(news) else None
            newer = news[i - 1] if i > 0 else None
            main = single_tb(a, rel, hot, older, newer)
            cls = (f"post-template-default single single-post postid-{post_id(a.path)} single-format-standard "
                   "et-tb-has-template et-tb-has-body")
        site.page(a.path, layout(a.title, main, head=canon, body_class=cls), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 86/KH-LMHTX", ["KE HOACH TO CHUC HOI CHO SAN PHAM HTX VA OCOP 2026",
                                                         "Lien minh HTX tinh Tuyen Quang"]))
    site.trap("after every Theme Builder post: the global et_pb_cta module ('Bạn muốn thành lập hợp tác xã?', a "
              "'Đăng ký tư vấn' button), an et_pb_social_media_follow row and a 'Tin liên quan' blog module (titles "
              "and 'Th3 12, 2026' dates); beside it an et_pb_sidebar (hot news, weather, poll, counter)", arts[0].path)

    # Divi pages with a blog module: /tin-tuc/ (grid, 6 a page, '« Bài cũ hơn' -> /page/2/?et_blog), /van-ban/
    def blog_page(path: str, name: str, items: list[Article], per: int) -> None:
        pages = [items[i:i + per] for i in range(0, len(items), per)]
        for n, chunk in enumerate(pages, 1):
            ids = Ids()
            nav = '<div class="pagination clearfix">'
            if n < len(pages):
                nav += f'<div class="alignleft"><a href="{path}page/{n + 1}/?et_blog">&laquo; Bài cũ hơn</a></div>'
            if n > 1:
                prev = path if n == 2 else f"{path}page/{n - 1}/?et_blog"
                nav += f'<div class="alignright"><a href="{prev}">Bài mới hơn &raquo;</a></div>'
            nav += "</div>"
            blog = module(ids, "blog", grid(chunk, ids) + nav + "</div></div>", " et_pb_blog_grid_wrapper")
            main = builder(ids, [section(ids, [row(ids, [("4_4", text_module(ids, f"<h1>{name}</h1>"))])]),
                                 section(ids, [row(ids, [("4_4", blog)])])], "post")
            main = f'<div id="main-content"><article id="post-12" class="post-12 page type-page"><div class="entry-content">{main}</div></article></div>'
            url = path if n == 1 else f"{path}page/{n}/?et_blog"
            site.page(url, layout(name, main, body_class="page-template-default page et_pb_pagebuilder_layout"),
                      content_type=HTML)
            site.non_articles.append(url)
            if n > 1:
                site.same_page(f"{path}page/{n}/", url)

    blog_page(NEWS, "Tin tức", news, 6)
    blog_page(DOCS, "Văn bản", docs, 6)
    site.trap("listing /tin-tuc/ is a Divi page with a blog grid module (thumbnail, h2.entry-title, 'Th3 18, 2026', "
              "excerpt, 'Đọc thêm'); '« Bài cũ hơn' leads to /tin-tuc/page/2/?et_blog (Divi's pagination tail; the "
              "same page without it), which holds the two oldest posts", f"{NEWS}page/2/?et_blog")

    # WordPress archives (classic index.php): categories and authors
    def archive(path: str, name: str, items: list[Article]) -> None:
        posts = "".join(f'<article class="et_pb_post post-{post_id(a.path)} post type-post">'
                        f'<h2 class="entry-title"><a href="{a.path}">{esc(a.title)}</a></h2>'
                        f'<p class="post-meta">{meta_line(a, None if a.opts.get("nodate") else divi_date(a.date))}</p>'
                        f'<p>{esc(a.summary())}</p></article>' for a in items)
        main = (f'<div id="main-content"><div class="container"><div id="content-area" class="clearfix">'
                f'<div id="left-area"><h1 class="page-title">{esc(name)}</h1>{posts}</div>'
                f'<div id="sidebar">{sidebar_widgets(hot)}</div></div></div></div>')
        site.page(path, layout(name, main, body_class="archive"), content_type=HTML)
        site.non_articles.append(path)

    for slug, name in CATS.items():
        archive(f"/category/{slug}/", f"Chuyên mục: {name}", [a for a in arts if a.opts["cat"] == slug])
    for acc, name in ACCOUNTS.items():
        archive(f"/author/{acc}/", f"Tác giả: {name}", [a for a in arts if a.opts["account"] == acc])
    site.trap("WordPress archives /category/<slug>/ and /author/<login>/ (Divi's index.php: h2 titles, the post-meta "
              "line, excerpts): not articles", "/author/admin/")

    # home: a fullwidth slider, the blog grid, documents, the CTA and social follow
    ids = Ids()
    slides = "".join(f'<div class="et_pb_slide {ids("slide")} et_pb_bg_layout_dark"><div class="et_pb_container clearfix">'
                     f'<div class="et_pb_slider_container_inner"><div class="et_pb_slide_description">'
                     f'<h2 class="et_pb_slide_title"><a href="{a.path}">{esc(a.title)}</a></h2>'
                     f'<div class="et_pb_slide_content">{esc(a.summary())}</div></div></div></div></div>'
                     for a in news[:3])
    home = builder(ids, [
        section(ids, [f'<div class="et_pb_module et_pb_fullwidth_slider_0 et_pb_slider">'
                      f'<div class="et_pb_slides">{slides}</div></div>'], " et_pb_fullwidth_section"),
        section(ids, [row(ids, [("2_3", text_module(ids, "<h2>Tin mới</h2>")
                                 + module(ids, "blog", grid(news[:6], ids) + "</div></div>")),
                                ("1_3", text_module(ids, f'<h3><a href="{DOCS}">Văn bản mới</a></h3><ul>'
                                                         + "".join(f'<li><a href="{d.path}">{esc(d.title)}</a></li>'
                                                                   for d in docs) + "</ul>")
                                 + module(ids, "sidebar", sidebar_widgets(hot), " et_pb_widget_area"))])]),
        section(ids, [row(ids, [("4_4", cta(ids) + follow(ids))])]),
    ], "post")
    site.page("/", layout("Trang chủ", f'<div id="main-content">{home}</div>', body_class="home page-template-default page"),
              content_type=HTML)

    # Divi projects: directory profiles of model cooperatives (h1, date meta, paragraphs): not articles
    cards = []
    for p in (PROJECT, PROJECT2):
        ids = Ids()
        facts = "".join(f"<p>{esc(f)}</p>" for f in p["facts"])
        main = (f'<div id="main-content"><div class="container"><div id="content-area" class="clearfix">'
                f'<div id="left-area"><article class="et_pb_post project type-project status-publish">'
                f'<div class="et_main_title"><h1 class="entry-title">{esc(p["title"])}</h1>'
                f'<span class="et_project_categories"><a href="/project_category/nong-nghiep/" rel="tag">Nông nghiệp</a>'
                f'</span></div><div class="entry-content"><img src="{img("project-" + p["path"].split("/")[2] + ".png")}" '
                f'alt=""><p>{esc(p["text"])}</p>{facts}</div></article></div>'
                f'<div class="et_project_meta"><strong class="et_project_meta_title">Lĩnh vực</strong>'
                f'<p>Nông nghiệp</p><strong class="et_project_meta_title">Ngày đăng</strong><p>{divi_date(p["date"])}</p>'
                f'</div><div class="nav-single clearfix"><a href="{PROJECTS}">Xem tất cả mô hình</a></div>'
                f'</div></div></div>')
        site.page(p["path"], layout(p["title"], main, body_class="project-template-default single single-project"),
                  content_type=HTML)
        site.non_articles.append(p["path"])
        cards.append(f'<div class="et_pb_portfolio_item et_pb_grid_item project"><a href="{p["path"]}"><span '
                     f'class="et_portfolio_image"><img src="{img("project-" + p["path"].split("/")[2] + ".png")}" alt="">'
                     f'</span></a><h2 class="et_pb_module_header"><a href="{p["path"]}">{esc(p["title"])}</a></h2>'
                     f'<p class="post-meta"><a href="/project_category/nong-nghiep/">Nông nghiệp</a></p></div>')
    ids = Ids()
    portfolio = builder(ids, [section(ids, [row(ids, [("4_4", text_module(ids, "<h1>Mô hình HTX tiêu biểu</h1>")
                                                     + module(ids, "filterable_portfolio",
                                                              f'<div class="et_pb_portfolio_items">{"".join(cards)}</div>',
                                                              " et_pb_portfolio_grid"))])])], "post")
    site.page(PROJECTS, layout("Mô hình tiêu biểu", f'<div id="main-content">{portfolio}</div>'), content_type=HTML)
    site.page("/project_category/nong-nghiep/", layout("Nông nghiệp", f'<div id="main-content">{portfolio}</div>',
                                                       body_class="archive tax-project_category"), content_type=HTML)
    site.non_articles += [PROJECTS, "/project_category/nong-nghiep/"]
    site.trap("Divi 'project' posts /project/<slug>/ (h1.entry-title, a 'Ngày đăng Th8 20, 2025' project meta, a "
              "paragraph and fact lines: address, founding year, products, telephone) are directory profiles of model "
              "cooperatives, listed by a filterable portfolio /mo-hinh-tieu-bieu/: not articles", PROJECT["path"])

    # static Divi pages
    about = [
        "Liên minh Hợp tác xã tỉnh Tuyên Quang được hợp nhất từ Liên minh Hợp tác xã tỉnh Tuyên Quang và Liên minh "
        "Hợp tác xã tỉnh Hà Giang, hoạt động từ ngày 01 tháng 7 năm 2025, là tổ chức chính trị - xã hội đại diện cho "
        "các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
        "Liên minh có chức năng tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ thành lập và tổ "
        "chức lại hợp tác xã; đào tạo, bồi dưỡng nguồn nhân lực; hỗ trợ tiếp cận vốn qua Quỹ hỗ trợ phát triển hợp "
        "tác xã; xúc tiến thương mại và ứng dụng khoa học công nghệ cho các thành viên.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Thi đua, Ban Hỗ trợ phát triển hợp tác xã "
        "và Quỹ hỗ trợ phát triển hợp tác xã tỉnh, làm việc tại trụ sở phường Minh Xuân và cơ sở 2 ở phường Hà Giang 1."]
    ids = Ids()
    about_main = builder(ids, [section(ids, [row(ids, [("4_4", text_module(ids, "<h1>Giới thiệu Liên minh HTX tỉnh</h1>")
                                                       + text_module(ids, "".join(f"<p>{esc(p)}</p>" for p in about)))]),
                                             row(ids, [("4_4", cta(ids))])])], "post")
    ids = Ids()
    contact_main = builder(ids, [section(ids, [row(ids, [("1_2", text_module(ids, f"<h1>Liên hệ</h1><p>{NAME}</p>"
                                                                                  f"<p>{esc(FOOTER[1])}</p>")),
                                                         ("1_2", module(ids, "contact_form",
                                                                        '<form class="et_pb_contact_form clearfix" method="post" '
                                                                        'action="/lien-he/"><input type="text" name="et_pb_contact_name_0" '
                                                                        'placeholder="Họ tên"><textarea name="et_pb_contact_message_0">'
                                                                        '</textarea><input type="hidden" value="et_contact_proccess" '
                                                                        'name="et_pb_contactform_submit_0"><button type="submit" '
                                                                        'class="et_pb_contact_submit et_pb_button">Gửi</button>'
                                                                        '</form>'))])])], "post")
    ids = Ids()
    pics = "".join(f'<div class="et_pb_gallery_item et_pb_grid_item"><div class="et_pb_gallery_image"><a href="{img(a.first_image())}">'
                   f'<img src="{img(a.first_image())}" alt=""></a></div><h3 class="et_pb_gallery_title">{esc(a.title)}</h3></div>'
                   for a in arts if a.first_image())
    gallery_main = builder(ids, [section(ids, [row(ids, [("4_4", text_module(ids, "<h1>Thư viện ảnh</h1>")
                                                          + module(ids, "gallery", f'<div class="et_pb_gallery_items">{pics}</div>',
                                                                   " et_pb_gallery_grid"))])])], "post")
    for path, title, main in [(ABOUT, "Giới thiệu", about_main), (CONTACT, "Liên hệ", contact_main),
                              (GALLERY, "Thư viện ảnh", gallery_main)]:
        site.page(path, layout(title, f'<div id="main-content"><article class="page type-page"><div class="entry-content">'
                                      f'{main}</div></article></div>', head=f'\n<link rel="canonical" href="{path}" />',
                               body_class="page-template-default page et_pb_pagebuilder_layout"), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or (a.lead and "OCOP" in a.lead)]
    site.page(SEARCH, layout("Kết quả tìm kiếm cho “ocop”",
                             '<div id="main-content"><div class="container"><div id="left-area"><h1>Kết quả tìm kiếm: ocop</h1>'
                             + "".join(f'<article class="et_pb_post"><h2 class="entry-title"><a href="{a.path}">{esc(a.title)}'
                                       f'</a></h2><p class="post-meta">{meta_line(a, divi_date(a.date))}</p>'
                                       f'<p>{esc(a.summary())}</p></article>' for a in found) + "</div></div></div>",
                             body_class="search search-results"), content_type=HTML)
    site.trap("Divi pages /gioi-thieu/ (text modules: an h1 and three long paragraphs, the CTA, no date), /lien-he/ "
              "(et_pb_contact_form), /thu-vien-anh/ (a gallery module with titles) and search /?s=ocop: not articles",
              ABOUT)
    site.non_articles += ["/", ABOUT, CONTACT, GALLERY, SEARCH]
    site.static("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n")
    return site
