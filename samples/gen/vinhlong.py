"""Site `lmhtx-vinhlong` (registry family `generic`): the merged Vĩnh Long alliance (Bến Tre and Trà Vinh
joined it in 2025) on a provincial ASP.NET MVC CMS of the VNPT iGate / "Cổng dịch vụ công" kind,
written as a held-out test: no family module, no selectors.

Why it is hard: article addresses are `/tin-tuc/<slug>-<guid>` (the id a GUID, no number, no
extension); listings are `/chuyen-muc/<slug>?pageIndex=N&pageSize=10`. The date
"14/03/2024 08:12:45" is a `<span class="time">` ABOVE the title, inside the breadcrumb row; the
title is an `<h2 class="news-title">` (the only `<h1>` is the portal's name), the lead an
`<h4 class="sapo">`; "Lượt xem: 1.245" and a font-size toolbar sit between the lead and the body.
Bodies end with a byline or with "(Nguồn: Báo Vĩnh Long)" in parentheses (a source, no author).
A video article (a YouTube `<iframe>` and two sentences) IS an article; another article is nothing
but a long bulleted list. The header's "English" switch leads to `/en/` and a static
"Investment environment" page (long prose, no date): not articles; nor is the introduction
`/trang/gioi-thieu-chung`, which uses the article template without a date.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-vinhlong"
NAME = "Liên minh Hợp tác xã tỉnh Vĩnh Long"
HTML = "text/html; charset=utf-8"
NEWS = "/chuyen-muc/tin-tuc-su-kien"
DOCS = "/chuyen-muc/van-ban-chi-dao"
VIDEO = "/chuyen-muc/video"
ABOUT = "/trang/gioi-thieu-chung"
CONTACT = "/lien-he"
GALLERY = "/thu-vien-anh"
SEARCH = "/tim-kiem?keyword=ocop"
EN_HOME = "/en/"
EN_INVEST = "/en/investment-environment"
PER = 10
PDF_PATH = "/Upload/files/2025/10/KH-112-LMHTX.pdf"

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Phát triển kinh tế tập thể, hợp tác xã vì sự thịnh vượng của thành viên",
           "Vĩnh Long - Bến Tre - Trà Vinh: chung sức xây dựng quê hương"]
SIDE = ["Tin tiêu điểm", "Video nổi bật", "Thời tiết Vĩnh Long", "Có mây, ngày nắng, chiều tối có mưa rào",
        "Độ ẩm: 78%", "Thống kê truy cập", "Đang truy cập: 23", "Hôm nay: 641", "Tổng số: 1.872.309",
        "Liên kết website"]
POLL_Q = "Bạn đánh giá thế nào về chất lượng dịch vụ hỗ trợ HTX của Liên minh?"
POLL_A = ("Rất hài lòng", "Hài lòng", "Chưa hài lòng")
RATING = "Đánh giá bài viết (0 lượt đánh giá)"
FOOTER = ["CỔNG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ TỈNH VĨNH LONG",
          "Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Vĩnh Long",
          "Chịu trách nhiệm nội dung: Ông Lê Quang Trung - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 09/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Vĩnh Long cấp ngày 20/3/2025",
          "Địa chỉ: Số 88 đường 2 Tháng 9, phường Long Châu, tỉnh Vĩnh Long",
          "Điện thoại: 0270.3822.457 - Fax: 0270.3823.180",
          "Ghi rõ nguồn 'Cổng TTĐT Liên minh HTX tỉnh Vĩnh Long' khi phát hành lại thông tin",
          "Phát triển bởi VNPT Vĩnh Long"]
LABELS = ["Lượt xem:", "Cỡ chữ:", "In trang", "Tin liên quan", "Sơ đồ cổng", "Đăng nhập",
          "Tăng tương phản", "Giảm tương phản", "Tài liệu đính kèm:", "Tải về", "Từ khóa:"]
BOILERPLATE = [TODAY, *SLOGANS, *SIDE, POLL_Q, *POLL_A, "Bình chọn", "Xem kết quả", RATING, *FOOTER, *LABELS]


def guid(slug: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "vinhlong/" + slug))


def news_path(slug: str) -> str:
    return f"/tin-tuc/{slug}-{guid(slug)}"


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


OCOP_LIST = [
    "HTX Nông nghiệp Thạnh Phú Đông (Bến Tre cũ): bưởi da xanh - 4 sao",
    "HTX Dừa hữu cơ Cầu Kè: dừa sáp đóng hộp - 4 sao",
    "HTX Kẹo dừa Thành Thới: kẹo dừa sầu riêng - 3 sao",
    "HTX Gốm đỏ Mang Thít: chậu gốm trang trí - 3 sao",
    "HTX Nông nghiệp Bình Hòa Phước: chôm chôm nhãn - 3 sao",
    "HTX Thủy sản Long Hòa: tôm khô Châu Thành - 3 sao",
    "HTX Sản xuất và tiêu thụ khóm Trà Cú: khóm tươi - 3 sao",
    "HTX Cacao Chợ Lách: socola nguyên chất - 4 sao",
    "HTX Dịch vụ nông nghiệp Tân Quới: gạo thơm Trà Ôn - 3 sao",
    "HTX Chăn nuôi bò Trà Cú: thịt bò một nắng - 3 sao",
    "HTX Thạnh Phú Xanh: mắm tép chưng - 3 sao",
    "HTX Nông nghiệp Long Phước: bột khoai lang tím - 3 sao",
    "HTX Du lịch cộng đồng An Bình: tour trải nghiệm miệt vườn - 3 sao",
    "HTX Trái cây Cái Mơn: sầu riêng Ri6 - 4 sao",
]


def articles() -> list[Article]:
    A = Article
    return [
        A(path=news_path("htx-buoi-da-xanh-thanh-phu-dong-xuat-lo-hang-sang-chau-au"),
          title="HTX bưởi da xanh Thạnh Phú Đông xuất lô hàng đầu tiên sang châu Âu",
          date=datetime(2025, 10, 21, 8, 12, 45),
          lead="Lô 18 tấn bưởi da xanh của HTX Nông nghiệp Thạnh Phú Đông vừa được xuất sang Hà Lan, mở ra thị trường mới cho nông sản vùng Bến Tre cũ.",
          body="""
HTX hiện có 87 thành viên với 96 ha bưởi da xanh, trong đó 54 ha đạt chứng nhận GlobalGAP và được cấp mã số vùng trồng xuất khẩu.
Để đáp ứng yêu cầu của nhà nhập khẩu, HTX phải kiểm soát chặt dư lượng thuốc bảo vệ thực vật, ghi chép nhật ký canh tác và xử lý quả bằng nước nóng trước khi đóng thùng.
[img buoi-thanh-phu-dong.png] Thành viên HTX Nông nghiệp Thạnh Phú Đông tuyển chọn bưởi xuất khẩu
Giá thu mua bưởi xuất khẩu cao hơn bán trong nước từ 6.000 đến 9.000 đồng/kg; HTX dự kiến xuất thêm 4 lô trước Tết Nguyên đán.
Ông Nguyễn Văn Lành, Giám đốc HTX cho biết, khó khăn lớn nhất là xâm nhập mặn mùa khô, HTX đã đầu tư hệ thống trữ nước ngọt dung tích 12.000 m³.
""",
          byline="Bài, ảnh: Ngọc Hân", author="Ngọc Hân", **dated(datetime(2025, 10, 21, 8, 12, 45)),
          notes=["date '21/10/2025 08:12:45' in <span class=time> ABOVE the title, inside the breadcrumb row; title "
                 "<h2 class=news-title> (the only <h1> is the portal's name); lead <h4 class=sapo>; 'Lượt xem: N' and "
                 "a font-size toolbar between the lead and the body; byline 'Bài, ảnh: Ngọc Hân' (author: Ngọc Hân)"]),
        A(path=news_path("htx-dua-sap-cau-ke-mo-rong-vung-nguyen-lieu"),
          title="HTX dừa sáp Cầu Kè mở rộng vùng nguyên liệu",
          date=datetime(2025, 10, 8, 14, 30, 5),
          lead="HTX Dừa hữu cơ Cầu Kè liên kết thêm 60 hộ trồng dừa sáp, nâng diện tích vùng nguyên liệu lên 210 ha.",
          body="""
Dừa sáp là đặc sản của vùng Cầu Kè (Trà Vinh cũ), mỗi trái bán tại vườn từ 80.000 đến 150.000 đồng, cao gấp nhiều lần dừa thường.
HTX cung ứng cây giống nuôi cấy phôi cho thành viên với tỷ lệ ra trái sáp trên 90%, đồng thời bao tiêu toàn bộ sản lượng.
[img dua-sap-cau-ke.png] Cán bộ HTX kiểm tra vườn dừa sáp nuôi cấy phôi của thành viên
Năm nay HTX đưa vào hoạt động dây chuyền đóng hộp cơm dừa sáp, sản phẩm đã có mặt tại các siêu thị ở Thành phố Hồ Chí Minh.
(Nguồn: Báo Vĩnh Long)
""",
          author=None, **dated(datetime(2025, 10, 8, 14, 30, 5)),
          notes=["the body ends with '(Nguồn: Báo Vĩnh Long)' in parentheses, right-aligned italic: part of the text, "
                 "a source, author null"]),
        A(path=news_path("lang-gom-mang-thit-hoi-sinh-nho-mo-hinh-htx"),
          title="Làng gốm Mang Thít hồi sinh nhờ mô hình HTX",
          date=datetime(2025, 9, 26, 9, 5, 12),
          lead="Từ những lò gạch bỏ hoang, HTX Gốm đỏ Mang Thít đã đưa sản phẩm gốm trang trí đến nhiều thị trường trong và ngoài nước.",
          body="""
HTX được thành lập năm 2021 với 23 thành viên là thợ gốm lâu năm, chuyển từ sản xuất gạch ngói sang gốm mỹ nghệ có giá trị cao hơn.
## Đổi mới để giữ nghề
HTX đầu tư lò nung tiết kiệm năng lượng, mời nghệ nhân hướng dẫn kỹ thuật tạo hoa văn và thiết kế mẫu mã theo đơn đặt hàng.
[img gom-mang-thit.png] Thợ gốm của HTX tạo hoa văn trên chậu gốm đỏ
Doanh thu năm 2024 đạt 7,3 tỷ đồng; thu nhập bình quân của thợ gốm khoảng 9 triệu đồng/tháng.
Các lò gốm cũ được HTX phối hợp với địa phương cải tạo thành điểm tham quan trên tuyến du lịch “Vương quốc gốm đỏ”.
""",
          byline="Phương Nghi", author="Phương Nghi", **dated(datetime(2025, 9, 26, 9, 5, 12))),
        A(path=news_path("lien-minh-htx-tinh-trien-khai-nhiem-vu-sau-hop-nhat"),
          title="Liên minh HTX tỉnh triển khai nhiệm vụ sau hợp nhất",
          date=datetime(2025, 8, 12, 15, 40, 0),
          lead="Liên minh HTX tỉnh Vĩnh Long tổ chức hội nghị triển khai nhiệm vụ những tháng cuối năm 2025, sau khi hợp nhất ba Liên minh HTX tỉnh Vĩnh Long, Bến Tre và Trà Vinh.",
          body="""
Sau hợp nhất, tỉnh có 1.032 HTX và 2.870 tổ hợp tác với hơn 96.000 thành viên, tập trung nhiều nhất ở lĩnh vực nông nghiệp và thủy sản.
Hội nghị thống nhất giữ ổn định các điểm tiếp nhận hồ sơ tại phường Long Châu, phường An Hội và phường Trà Vinh để HTX không phải đi xa.
[img hoi-nghi-hop-nhat.png] Quang cảnh hội nghị triển khai nhiệm vụ
Liên minh HTX tỉnh giao chỉ tiêu thành lập mới 60 HTX đến cuối năm, ưu tiên HTX gắn với sản phẩm chủ lực của từng vùng.
""",
          byline="Hữu Thành", author="Hữu Thành", **dated(datetime(2025, 8, 12, 15, 40, 0))),
        A(path=news_path("htx-chan-nuoi-bo-tra-cu-lien-ket-tieu-thu"),
          title="HTX chăn nuôi bò Trà Cú liên kết tiêu thụ với doanh nghiệp",
          date=datetime(2025, 7, 24, 10, 20, 33),
          lead="HTX Chăn nuôi bò Trà Cú ký hợp đồng cung ứng mỗi tháng 120 con bò thịt cho một doanh nghiệp chế biến.",
          body="""
HTX có 140 thành viên, phần lớn là hộ đồng bào Khmer, nuôi tổng đàn gần 1.900 con bò lai Sind và bò BBB.
Doanh nghiệp hỗ trợ thức ăn ủ chua và vắc xin, thu mua theo giá thị trường cộng thêm 3.000 đồng/kg hơi cho bò đạt chuẩn.
[img bo-tra-cu.png] Đàn bò của thành viên HTX Chăn nuôi bò Trà Cú
(Nguồn: Báo Vĩnh Long)
""",
          author=None, **dated(datetime(2025, 7, 24, 10, 20, 33))),
        A(path=news_path("htx-keo-dua-thanh-thoi-vao-mua-tet"),
          title="HTX kẹo dừa Thành Thới tăng tốc sản xuất phục vụ thị trường cuối năm",
          date=datetime(2025, 11, 4, 7, 55, 10),
          lead="Ba tháng cuối năm, HTX Kẹo dừa Thành Thới tăng ca, nâng sản lượng lên 6 tấn kẹo mỗi ngày.",
          body="""
HTX có 42 thành viên và 130 lao động thời vụ, sản xuất 11 loại kẹo dừa, trong đó kẹo dừa sầu riêng đạt OCOP 3 sao.
Năm nay HTX chuyển sang bao bì giấy thay cho túi nhựa, theo yêu cầu của các đối tác nhập khẩu tại Hàn Quốc và Úc.
[img keo-dua.png] Công nhân HTX đóng gói kẹo dừa
Doanh thu 10 tháng đạt 21 tỷ đồng, tăng 18% so với cùng kỳ năm trước.
""",
          byline="Thanh Trúc", author="Thanh Trúc", **dated(datetime(2025, 11, 4, 7, 55, 10))),
        A(path=news_path("video-mua-chom-chom-binh-hoa-phuoc"),
          title="Video: Mùa chôm chôm trên cù lao Bình Hòa Phước",
          date=datetime(2025, 6, 20, 16, 10, 0),
          lead="Các nhà vườn thành viên HTX Nông nghiệp Bình Hòa Phước đang thu hoạch chôm chôm nhãn vụ chính.",
          body="Năm nay chôm chôm được mùa, giá bán tại vườn từ 25.000 đến 30.000 đồng/kg, HTX bao tiêu cho thành viên theo hợp đồng.",
          author=None, **dated(datetime(2025, 6, 20, 16, 10, 0)), opts={"video": "Xk3pV7rQ2mE"},
          notes=["video article: a YouTube <iframe> embed and two sentences (the sapo and one paragraph), listed in "
                 "/chuyen-muc/video and the news category: an article"]),
        A(path=news_path("danh-sach-san-pham-ocop-cua-htx-dot-2-nam-2025"),
          title="Danh sách sản phẩm OCOP của HTX được công nhận đợt 2 năm 2025",
          date=datetime(2025, 9, 10, 11, 0, 0),
          body="\n".join(f"* {x}" for x in OCOP_LIST),
          author=None, **dated(datetime(2025, 9, 10, 11, 0, 0)),
          notes=["the whole text is one bulleted list of 14 items (no sapo, no paragraph, no byline): one line per "
                 "<li>; author null"]),
        A(path=news_path("ke-hoach-ho-tro-htx-chuyen-doi-so-nam-2025-2026"),
          title="Kế hoạch hỗ trợ HTX chuyển đổi số giai đoạn 2025 - 2026",
          date=datetime(2025, 10, 3, 9, 30, 0),
          body="""
LIÊN MINH HTX TỈNH VĨNH LONG
Số: 112/KH-LMHTX
Vĩnh Long, ngày 02 tháng 10 năm 2025
KẾ HOẠCH
Hỗ trợ hợp tác xã chuyển đổi số giai đoạn 2025 - 2026
Căn cứ Quyết định số 1719/QĐ-TTg ngày 29/12/2023 của Thủ tướng Chính phủ và Nghị quyết số 09-NQ/TU của Tỉnh ủy về phát triển kinh tế tập thể, Liên minh HTX tỉnh xây dựng kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Hỗ trợ ít nhất 150 HTX ứng dụng phần mềm kế toán, quản lý thành viên và bán hàng trên sàn thương mại điện tử.
II. NỘI DUNG THỰC HIỆN
1. Tổ chức 8 lớp tập huấn kỹ năng số cho cán bộ quản lý HTX tại các khu vực.
2. Hỗ trợ 50% chi phí phần mềm, tối đa 20 triệu đồng/HTX.
Nơi nhận: Thường trực Tỉnh ủy; UBND tỉnh; các HTX; Lưu VT.
CHỦ TỊCH Lê Quang Trung
""",
          author=None, doc_number="112/KH-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "KH-112-LMHTX.pdf"}], **dated(datetime(2025, 10, 3, 9, 30, 0)),
          opts={"docs": True},
          notes=["official plan: 'Số: 112/KH-LMHTX', place-date line 'Vĩnh Long, ngày 02 tháng 10 năm 2025' the day "
                 "before the posting time 03/10/2025 09:30:00; signer last, author null; the PDF in a 'Tài liệu đính "
                 "kèm:' table after the body"]),
        A(path=news_path("tap-huan-ke-toan-htx-tai-tra-vinh"),
          title="Tập huấn nghiệp vụ kế toán cho HTX khu vực Trà Vinh",
          date=datetime(2025, 7, 9, 8, 0, 20),
          lead="Hơn 70 kế toán HTX khu vực Trà Vinh cũ tham gia lớp tập huấn chế độ kế toán mới áp dụng cho HTX.",
          body="""
Lớp học do Liên minh HTX tỉnh phối hợp với Sở Tài chính tổ chức trong hai ngày 7 và 8/7 tại phường Trà Vinh.
Học viên được hướng dẫn Thông tư số 71/2019/TT-BTC, cách lập báo cáo tài chính và phân phối thu nhập theo Luật Hợp tác xã năm 2023.
* Ghi sổ kế toán trên phần mềm miễn phí do Liên minh HTX tỉnh cung cấp;
* Hạch toán khoản hỗ trợ của Nhà nước vào tài sản không chia;
* Lập báo cáo tài chính năm và báo cáo gửi cơ quan đăng ký.
Cuối khóa, các học viên được cấp giấy chứng nhận hoàn thành chương trình.
""",
          byline="Kim Ngân", author="Kim Ngân", **dated(datetime(2025, 7, 9, 8, 0, 20))),
    ]


STUB = Article(path=news_path("anh-hoi-cho-nong-san-htx-ben-tre"),
               title="Ảnh: Hội chợ nông sản HTX tại Bến Tre", date=datetime(2025, 8, 30, 18, 0, 0),
               body="[img hoi-cho-ben-tre.png] Khách tham quan gian hàng trái cây của các HTX tại hội chợ")


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/Upload/images/2025/{src}"


def stamp(d: datetime) -> str:
    return f"{d:%d/%m/%Y %H:%M:%S}"


def views(a: Article) -> str:
    n = int(guid(a.path)[:4], 16) % 2400 + 120
    return f"{n:,}".replace(",", ".")


def render_body(a: Article) -> str:
    parts = []
    if vid := a.opts.get("video"):
        parts.append(f'<div class="video-container"><iframe width="640" height="360" '
                     f'src="{{{{base:offsite}}}}/youtube/embed/{vid}" title="YouTube video player" frameborder="0" '
                     'allow="accelerometer; autoplay; encrypted-media; picture-in-picture" allowfullscreen></iframe></div>')
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<p style="text-align: center;"><img alt="{attr(b.text)}" src="{img(b.src)}" '
                         'style="width: 600px; height: 400px;"></p>')
            if b.text:
                parts.append(f'<p style="text-align: center;"><em>{inline_html(b.text)}</em></p>')
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    if parts and a.blocks and a.blocks[-1].text.startswith("(Nguồn:"):
        last = a.blocks[-1].text
        parts[-1] = f'<p style="text-align: right;"><em>{esc(last)}</em></p>'
    return "\n".join(parts)


def crumb(cat: tuple[str, str], d: datetime | None) -> str:
    time = f'<span class="time"><i class="fa fa-clock-o"></i> {stamp(d)}</span>' if d else ""
    return (f'<div class="row row-breadcrumb"><div class="col-md-8"><ol class="breadcrumb"><li><a href="/">'
            f'<i class="fa fa-home"></i> Trang chủ</a></li><li><a href="{cat[0]}">{cat[1]}</a></li></ol></div>'
            f'<div class="col-md-4 text-right">{time}</div></div>')


def tools(a_views: str) -> str:
    return (f'<div class="news-tools clearfix"><span class="view"><i class="fa fa-eye"></i> Lượt xem: {a_views}</span>'
            '<span class="font-size">Cỡ chữ: <a href="javascript:changeFont(-1)">A-</a> '
            '<a href="javascript:changeFont(0)">A</a> <a href="javascript:changeFont(1)">A+</a></span>'
            '<a href="javascript:window.print()" class="print"><i class="fa fa-print"></i> In trang</a></div>')


def detail(a: Article, related: list[Article], cat: tuple[str, str]) -> str:
    sapo = f'<h4 class="sapo">{inline_html(a.lead)}</h4>' if a.lead else ""
    att = ""
    if a.attachments:
        f = a.attachments[0]
        att = ('<div class="file-attach"><p><b>Tài liệu đính kèm:</b></p><table class="table table-bordered"><tbody>'
               f'<tr><td>1</td><td><a href="{f["path"]}">{esc(f["text"])}</a></td>'
               f'<td><a href="{f["path"]}" class="btn btn-xs">Tải về</a></td></tr></tbody></table></div>')
    rel = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="date">({o.date:%d/%m/%Y})</span></li>'
                  for o in related)
    return (crumb(cat, a.date)
            + f'<div class="news-detail"><h2 class="news-title">{esc(a.title)}</h2>{sapo}{tools(views(a))}'
            f'<div class="news-body" id="divNoiDung">\n{render_body(a)}\n</div>{att}'
            f'<div class="news-keyword"><b>Từ khóa:</b> <a href="{SEARCH}">OCOP</a>, '
            f'<a href="{SEARCH}">hợp tác xã</a></div>'
            f'<div class="news-rating"><span>{RATING}</span> '
            + "".join(f'<a href="javascript:rate({i})" class="star"></a>' for i in range(1, 6))
            + '</div></div>'
            f'<div class="news-other"><h3 class="title-other">Tin liên quan</h3><ul>{rel}</ul></div>')


def teaser(a: Article) -> str:
    pic = a.first_image()
    summary = a.summary()
    return ('<div class="item-news row">'
            + (f'<div class="col-md-4"><a href="{a.path}"><img src="{img(pic)}" alt="{attr(a.title)}"></a></div>' if pic
               else '<div class="col-md-4"><a href="{}"><img src="{}" alt=""></a></div>'.format(a.path, img("no-image.png")))
            + f'<div class="col-md-8"><a class="title" href="{a.path}">{esc(a.title)}</a>'
            f'<p class="date"><i class="fa fa-calendar"></i> {a.date:%d/%m/%Y}</p>'
            f'<p class="desc">{esc(summary)}</p></div></div>')


def layout(title: str, main: str, hot: list[Article], video: Article) -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức - Sự kiện"), (DOCS, "Văn bản chỉ đạo"),
                    (VIDEO, "Video"), (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    hot_lis = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in hot)
    poll = "".join(f'<div class="radio"><label><input type="radio" name="PollOption" value="{i}"> {esc(o)}</label></div>'
                   for i, o in enumerate(POLL_A, 1))
    footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:7])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Liên minh HTX tỉnh Vĩnh Long | {esc(title)}</title>
<link href="/Content/bootstrap.min.css" rel="stylesheet">
<link href="/Content/portal.css" rel="stylesheet">
</head>
<body>
<div class="header-top"><div class="container">
<span class="today"><i class="fa fa-calendar"></i> {TODAY}</span>
<div class="top-links"><a href="/so-do-cong">Sơ đồ cổng</a> | <a href="{EN_HOME}"><img src="/Content/images/flag-en.png" alt=""> English</a> | <a href="/dang-nhap">Đăng nhập</a></div>
<div class="accessibility"><a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A</a> <a href="javascript:void(0)">A+</a> | <a href="javascript:void(0)">Tăng tương phản</a> <a href="javascript:void(0)">Giảm tương phản</a></div>
</div></div>
<div class="header-banner"><div class="container"><a href="/"><img src="/Content/images/logo-vinhlong.png" alt="Logo"></a>
<h1 class="portal-name">LIÊN MINH HỢP TÁC XÃ TỈNH VĨNH LONG<small>VINH LONG COOPERATIVE ALLIANCE</small></h1></div>
<div class="slogan"><marquee scrollamount="3">{" ★ ".join(esc(s) for s in SLOGANS)}</marquee></div></div>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav">{menu}</ul>
<form class="navbar-form navbar-right" action="/tim-kiem" method="get"><input type="text" name="keyword" class="form-control" placeholder="Nhập từ khóa"><button type="submit" class="btn">Tìm</button></form></div></nav>
<div class="container main"><div class="row">
<div class="col-md-8 col-content">
{main}
</div>
<div class="col-md-4 col-sidebar">
<div class="box"><div class="box-title">{SIDE[0]}</div><ul class="list-hot">{hot_lis}</ul></div>
<div class="box"><div class="box-title">{SIDE[1]}</div><a href="{video.path}"><img src="{img("video-thumb.png")}" alt=""></a><a href="{video.path}">{esc(video.title)}</a></div>
<div class="box"><div class="box-title">{SIDE[2]}</div><p>31°C</p><p>{SIDE[3]}</p><p>{SIDE[4]}</p></div>
<div class="box"><div class="box-title">Thăm dò ý kiến</div><form action="/Poll/Vote" method="post"><input name="__RequestVerificationToken" type="hidden" value="CfDJ8Nq2vLm0"><p>{esc(POLL_Q)}</p>{poll}<button type="button" class="btn">Bình chọn</button> <button type="button" class="btn">Xem kết quả</button></form></div>
<div class="box"><div class="box-title">{SIDE[5]}</div><p>{SIDE[6]}</p><p>{SIDE[7]}</p><p>{SIDE[8]}</p></div>
<div class="box"><div class="box-title">{SIDE[9]}</div><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>
</div>
</div></div>
<footer class="footer"><div class="container"><div class="footer-title">{FOOTER[0]}</div>{footer}<p class="dev">{FOOTER[7]}</p></div></footer>
<script src="/Scripts/jquery-3.6.0.min.js"></script><script src="/Scripts/portal.js"></script>
</body>
</html>
"""


def en_layout(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Vinh Long Cooperative Alliance | {esc(title)}</title>
<link href="/Content/bootstrap.min.css" rel="stylesheet"><link href="/Content/portal.css" rel="stylesheet"></head>
<body>
<div class="header-top"><div class="container"><span class="today">{TODAY_2026:%A, %d/%m/%Y}</span>
<div class="top-links"><a href="/"><img src="/Content/images/flag-vn.png" alt=""> Tiếng Việt</a></div></div></div>
<div class="header-banner"><div class="container"><a href="{EN_HOME}"><img src="/Content/images/logo-vinhlong.png" alt="Logo"></a>
<h1 class="portal-name">VINH LONG COOPERATIVE ALLIANCE</h1></div></div>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav"><li><a href="{EN_HOME}">Home</a></li>
<li><a href="{EN_INVEST}">Investment environment</a></li></ul></div></nav>
<div class="container main">
{main}
</div>
<footer class="footer"><div class="container"><p>Vinh Long Cooperative Alliance - 88, 2 Thang 9 Street, Long Chau Ward, Vinh Long Province</p>
<p>Tel: (+84) 270 3822 457</p></div></footer>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "vinh-long", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    video = next(a for a in arts if a.opts.get("video"))
    news = sorted([*arts, STUB], key=lambda a: a.date, reverse=True)
    docs = [a for a in arts if a.opts.get("docs") or a.lead is None and a is not STUB]
    hot = [a for a in arts if a is not video][:5]
    cat_news = (NEWS, "Tin tức - Sự kiện")

    for a in [*arts, STUB]:
        cat = (VIDEO, "Video") if a is video else (DOCS, "Văn bản chỉ đạo") if a in docs else cat_news
        related = [o for o in arts if o is not a and o.date < a.date][:5] or [o for o in arts if o is not a][:5]
        site.page(a.path, layout(a.title, detail(a, related, cat), hot, video), content_type=HTML)
        if a is not STUB:
            site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 112/KH-LMHTX", ["KE HOACH HO TRO HTX CHUYEN DOI SO 2025 - 2026",
                                                          "Lien minh HTX tinh Vinh Long"]))
    site.trap("article addresses /tin-tuc/<slug>-<guid> (a GUID, no number, no extension)", arts[0].path)

    # categories: ?pageIndex=N&pageSize=10, a bootstrap pager; the bare path is page 1
    def category(path: str, name: str, items: list[Article]) -> None:
        pages = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(pages, 1):
            def link(k: int) -> str:
                return f"{path}?pageIndex={k}&amp;pageSize={PER}"
            pager = ""
            if len(pages) > 1:
                pager = ('<ul class="pagination">'
                         + "".join(f'<li class="active"><span>{k}</span></li>' if k == n else
                                   f'<li><a href="{link(k)}">{k}</a></li>' for k in range(1, len(pages) + 1))
                         + (f'<li><a href="{link(n + 1)}">»</a></li>' if n < len(pages) else "")
                         + "</ul>")
            main = (crumb((path, name), None) + f'<div class="box-category"><h2 class="cat-title">{name}</h2>'
                    + "".join(teaser(a) for a in chunk) + pager + "</div>")
            url = path if n == 1 else f"{path}?pageIndex={n}&pageSize={PER}"
            site.page(url, layout(name, main, hot, video), content_type=HTML)
            site.non_articles.append(url)
            if n == 1 and len(pages) > 1:
                site.same_page(f"{path}?pageIndex=1&pageSize={PER}", path)

    category(NEWS, "Tin tức - Sự kiện", news)
    category(DOCS, "Văn bản chỉ đạo", docs)
    category(VIDEO, "Video", [video])
    site.trap("listing /chuyen-muc/tin-tuc-su-kien?pageIndex=N&pageSize=10 (bootstrap pager '1 2 »', page 1 also "
              "at ?pageIndex=1&pageSize=10); dates 'dd/mm/yyyy' under each title; page 2 holds the oldest article",
              f"{NEWS}?pageIndex=2&pageSize={PER}")

    # home: a featured article, a list of recent ones, a document box
    top, *rest = [a for a in news if a is not STUB][:7]
    home = (f'<div class="featured"><a href="{top.path}"><img src="{img(top.first_image())}" alt=""></a>'
            f'<h3><a href="{top.path}">{esc(top.title)}</a></h3><p>{esc(top.summary())}</p></div>'
            '<ul class="list-news">' + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> '
                                               f'<span class="date">{a.date:%d/%m/%Y}</span></li>' for a in rest)
            + f'</ul><a href="{NEWS}" class="more">Xem tất cả</a>'
            f'<div class="box-docs"><h3><a href="{DOCS}">Văn bản chỉ đạo</a></h3><ul>'
            + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in docs) + "</ul></div>")
    site.page("/", layout("Trang chủ", home, hot, video), content_type=HTML)

    site.trap("caption-only stub in the article URL shape and template (time, h2 title, one photo + centred "
              "italic caption, view count): not an article", STUB.path)

    about = [
        "Liên minh Hợp tác xã tỉnh Vĩnh Long được tổ chức lại trên cơ sở hợp nhất Liên minh Hợp tác xã các tỉnh Vĩnh "
        "Long, Bến Tre và Trà Vinh, hoạt động từ ngày 01 tháng 7 năm 2025 theo Nghị quyết của Ban Chấp hành Trung "
        "ương về sắp xếp đơn vị hành chính.",
        "Liên minh là tổ chức chính trị - xã hội, đại diện và bảo vệ quyền, lợi ích hợp pháp của các thành viên; tuyên "
        "truyền chủ trương, chính sách về kinh tế tập thể; tư vấn thành lập, hỗ trợ đào tạo, xúc tiến thương mại, tiếp "
        "cận vốn và khoa học công nghệ cho hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác.",
        "Bộ máy cơ quan gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Đối ngoại, Ban Chính sách - Hỗ trợ phát triển, "
        "Quỹ hỗ trợ phát triển hợp tác xã và Trung tâm Tư vấn, hỗ trợ hợp tác xã, làm việc tại ba điểm tiếp nhận ở "
        "phường Long Châu, phường An Hội và phường Trà Vinh.",
        "Trong giai đoạn mới, Liên minh tập trung phát triển hợp tác xã gắn với chuỗi giá trị các sản phẩm chủ lực của "
        "vùng như dừa, bưởi, gốm đỏ, thủy sản và du lịch sinh thái miệt vườn, góp phần nâng cao thu nhập cho thành viên."]
    about_main = (crumb((ABOUT, "Giới thiệu"), None)
                  + '<div class="news-detail"><h2 class="news-title">Giới thiệu chung</h2>' + tools("3.412")
                  + '<div class="news-body">' + "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in about)
                  + "</div></div>")
    site.page(ABOUT, layout("Giới thiệu chung", about_main, hot, video), content_type=HTML)
    site.trap("introduction /trang/gioi-thieu-chung in the article template (h2.news-title, view count, four long "
              "paragraphs) without a date: not an article", ABOUT)
    site.page(CONTACT, layout("Liên hệ", crumb((CONTACT, "Liên hệ"), None)
                              + f'<h2 class="news-title">Liên hệ</h2><p>{NAME}</p>'
                              '<form action="/lien-he" method="post"><input name="__RequestVerificationToken" type="hidden" '
                              'value="CfDJ8Nq2vLm0"><input name="HoTen" class="form-control"><input name="Email" '
                              'class="form-control"><textarea name="NoiDung" class="form-control"></textarea>'
                              '<button type="button" class="btn">Gửi</button></form>', hot, video), content_type=HTML)
    album = "".join(f'<div class="col-md-4"><img src="{img(a.first_image())}" alt=""><p>{esc(a.title)}</p></div>'
                    for a in arts if a.first_image())
    site.page(GALLERY, layout("Thư viện ảnh", crumb((GALLERY, "Thư viện ảnh"), None)
                              + f'<h2 class="cat-title">Thư viện ảnh</h2><div class="row">{album}</div>', hot, video),
              content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or (a.lead and "OCOP" in a.lead)]
    site.page(SEARCH, layout("Tìm kiếm", crumb((SEARCH, "Tìm kiếm"), None)
                             + '<h2 class="cat-title">Kết quả tìm kiếm với từ khóa: ocop</h2>'
                             + "".join(teaser(a) for a in found), hot, video), content_type=HTML)
    site.page("/so-do-cong", layout("Sơ đồ cổng", '<h2 class="cat-title">Sơ đồ cổng</h2><ul>'
                                      + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in
                                                [(NEWS, "Tin tức - Sự kiện"), (DOCS, "Văn bản chỉ đạo"), (VIDEO, "Video"),
                                                 (ABOUT, "Giới thiệu"), (CONTACT, "Liên hệ")]) + "</ul>", hot, video),
              content_type=HTML)
    site.page("/dang-nhap", '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập</title></head>'
                            '<body><form action="/dang-nhap" method="post"><input name="UserName"><input name="Password" '
                            'type="password"><button type="submit">Đăng nhập</button></form></body></html>',
              content_type=HTML)
    site.trap("contact (a form with __RequestVerificationToken), gallery, site map /so-do-cong, login page and search "
              "/tim-kiem?keyword=ocop (every article's 'Từ khóa'): not articles", SEARCH)

    invest = [
        "Vinh Long lies in the heart of the Mekong Delta, between the Tien and Hau rivers, and since July 2025 "
        "includes the former provinces of Ben Tre and Tra Vinh, with a coastline of more than 130 kilometres.",
        "The province offers investors land in industrial parks and clusters with complete infrastructure, a workforce "
        "of over 1.2 million people and direct expressway and waterway links to Ho Chi Minh City and Can Tho.",
        "Priority sectors include agricultural and aquatic processing, coconut products, renewable energy, logistics "
        "and eco-tourism; cooperatives are ready partners for raw material areas that meet export standards.",
        "The Provincial Investment Promotion Centre and the Cooperative Alliance provide one-stop support for "
        "investors who wish to cooperate with local cooperatives and farmers."]
    site.page(EN_HOME, en_layout("Home", '<h2 class="cat-title">Welcome to Vinh Long Cooperative Alliance</h2>'
                                 '<p>The alliance represents more than 1,000 cooperatives of Vinh Long province.</p>'
                                 f'<ul><li><a href="{EN_INVEST}">Investment environment</a></li></ul>'),
              content_type=HTML)
    site.page(EN_INVEST, en_layout("Investment environment", '<div class="news-detail"><h2 class="news-title">'
                                   'Investment environment</h2><div class="news-body">'
                                   + "".join(f"<p>{esc(p)}</p>" for p in invest) + "</div></div>"), content_type=HTML)
    site.trap("the header's 'English' switch /en/ and its static page /en/investment-environment (h2.news-title, four "
              "long paragraphs, no date): not articles", EN_INVEST)
    site.non_articles += ["/", STUB.path, ABOUT, CONTACT, GALLERY, SEARCH, "/so-do-cong", EN_HOME, EN_INVEST]
    site.static("/robots.txt", "User-agent: *\nDisallow: /dang-nhap\nDisallow: /Admin/\n")
    site.never_fetched.append("/dang-nhap")
    return site
