"""Site `lmhtx-hanoi` (registry family `generic`): the Hà Nội cooperative alliance on an IBM WebSphere
Portal 8.5 with Web Content Manager (the kind many ministries and cities ran), written as a held-out
test: no family module, no selectors.

Why it is hard: every address is a portal URL with a long opaque navigational-state segment,
`/wps/portal/lmhtx/tin-tuc/chi-tiet/!ut/p/z1/<state>/dz/d5/<state>/?urile=wcm%3Apath%3A/lmhtx/tin-tuc/<slug>`,
and the state differs with the page the link was rendered on (home, listing page 1 or 2, the
"Tin cùng chuyên mục" portlet of every other article): the same article has up to a dozen
addresses. Its one clean address is the WCM servlet alias `/wps/wcm/connect/lmhtx/tin-tuc/<slug>`
("Liên kết tĩnh" under each article), which renders the same content with a bare presentation
template (no theme, no portlets). Every page is made of portlet skins (`section.ibmPortalControl.
wpthemeControl` with a `header.wpthemeControlHeader` holding an `<h2>` title such as "Chi tiết tin
tức") and the article title is a second `<h2>` inside the portlet body; the browser title is the
portal page's name ("Chi tiết tin"), not the article's. The date is "Ngày đăng: 14/03/2024 08:30"
beside "Lượt xem: 1.245" (and, on one article, "Tác giả: X"). The listing's older page is the
opaque URL with `?page=2`. The theme's `<base href>` points at the portal page.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime

from .core import Article, SiteBuild, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-hanoi"
NAME = "Liên minh Hợp tác xã thành phố Hà Nội"
HTML = "text/html; charset=UTF-8"
P = "/wps/portal/lmhtx"
HOME = P + "/trang-chu"
NEWS = P + "/tin-tuc"
DOCS = P + "/van-ban"
ABOUT = P + "/gioi-thieu"
CONTACT = P + "/lien-he"
SEARCH = P + "/tim-kiem?query=ocop"
LOGIN = "/wps/myportal/lmhtx"
CONNECT = "/wps/wcm/connect/lmhtx/tin-tuc/"
DZ = "/dz/d5/L2dBISEvZ0FBIS9nQSEh/"
PDF_PATH = "/wps/wcm/connect/7c1f3a52-8d4e-4b0a-9e51-0a6b2f1c9d11/KH-12-LMHTX.pdf"
PDF_HREF = PDF_PATH + "?MOD=AJPERES&CVID=oZkX3aB"
PER = 5

TODAY_D = datetime(2024, 3, 18)
TODAY = f"{weekday(TODAY_D)}, ngày {TODAY_D:%d/%m/%Y}"
SLOGANS = ["Nhiệt liệt chào mừng kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2024)",
           "Hợp tác xã - Động lực phát triển kinh tế nông thôn Thủ đô"]
FOOTER = ["CỔNG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HÀ NỘI",
          "Cơ quan chủ quản: Liên minh Hợp tác xã thành phố Hà Nội",
          "Địa chỉ: Số 6 Hoàng Cầu, phường Ô Chợ Dừa, quận Đống Đa, thành phố Hà Nội",
          "Điện thoại: 024.3851.2367 - Fax: 024.3851.2368 - Email: lmhtx@hanoi.gov.vn",
          "Giấy phép số 215/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp ngày 15/8/2019",
          "Chịu trách nhiệm chính: Ông Nguyễn Văn Hùng - Chủ tịch Liên minh HTX thành phố",
          "Ghi rõ nguồn \"Cổng TTĐT Liên minh HTX Hà Nội\" khi trích dẫn lại tin từ địa chỉ này"]
SIDE = ["Tin cùng chuyên mục", "Liên kết website", "Thống kê truy cập", "Đang trực tuyến: 31", "Hôm nay: 1.042",
        "Tổng lượt truy cập: 3.586.120", "Thăm dò ý kiến", "Thời tiết Hà Nội", "Nhiều mây, có mưa phùn", "Độ ẩm: 88%"]
POLL_Q = "Bạn biết đến Cổng thông tin điện tử Liên minh HTX Hà Nội qua kênh nào?"
POLL_A = ("Báo chí, truyền hình", "Mạng xã hội", "Hội nghị, tập huấn")
LABELS = ["Chi tiết tin tức", "Liên kết tĩnh", "In bài viết", "Gửi email", "Trở về", "Lượt xem:",
          "Bạn đang ở:", "Tìm kiếm", "Đăng nhập", "Sơ đồ cổng", "Văn bản đính kèm"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SIDE, POLL_Q, *POLL_A, "Biểu quyết", "Xem kết quả", *LABELS]


def slug_of(a: Article) -> str:
    return a.opts.get("connect", a.path).rsplit("/", 1)[1]


def state(ctx: str, slug: str = "") -> str:
    """WebSphere's opaque navigational state: a different string for every page a link is rendered on."""
    raw = hashlib.sha256(f"{ctx}|{slug}".encode()).digest() + hashlib.sha1(ctx.encode()).digest()
    return "04_Sj9CPykssy0xPLMnMz0vMAfIjo8zi" + base64.urlsafe_b64encode(raw).decode().rstrip("=")[:58]


def portal_url(ctx: str, slug: str) -> str:
    return f"{NEWS}/chi-tiet/!ut/p/z1/{state(ctx, slug)}{DZ}?urile=wcm%3Apath%3A/lmhtx/tin-tuc/{slug}"


def page2_url() -> str:
    return f"{NEWS}/!ut/p/z1/{state('list-page')}{DZ}?page=2"


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=CONNECT + "htx-rau-an-toan-van-duc-cung-ung-cho-bep-an-truong-hoc",
          title="HTX rau an toàn Văn Đức liên kết cung ứng rau cho bếp ăn trường học",
          date=datetime(2024, 3, 14, 8, 30),
          lead="HTX Sản xuất và kinh doanh dịch vụ nông nghiệp rau an toàn Văn Đức (huyện Gia Lâm) vừa ký hợp đồng cung ứng mỗi ngày 1,2 tấn rau cho 26 bếp ăn trường học trên địa bàn.",
          body="""
HTX hiện có 214 thành viên, canh tác 85 ha rau theo quy trình VietGAP, trong đó 12 ha trồng trong nhà màng với hệ thống tưới nhỏ giọt.
Theo hợp đồng, rau được thu hoạch từ 4 giờ sáng, sơ chế, đóng túi có tem truy xuất nguồn gốc và giao đến bếp ăn trước 7 giờ.
[img rau-van-duc.png] Thành viên HTX rau an toàn Văn Đức thu hoạch rau cải giao cho bếp ăn trường học
Bà Nguyễn Thị Hòa, Giám đốc HTX cho biết, nhờ có đầu ra ổn định, thu nhập của thành viên tăng khoảng 15% so với năm trước.
Liên minh HTX thành phố sẽ tiếp tục hỗ trợ HTX kết nối với các quận nội thành để mở rộng mô hình.
""",
          byline="Minh Anh", author="Minh Anh", **dated(datetime(2024, 3, 14, 8, 30)),
          notes=["'Ngày đăng: 14/03/2024 08:30 | Lượt xem: 1.245' under the title, which is the second <h2> of the page "
                 "(the first is the portlet header 'Chi tiết tin tức'); <title> is the portal page 'Chi tiết tin'; "
                 "byline 'Minh Anh' right-aligned bold last: part of the text, the author"]),
        A(path=CONNECT + "ha-noi-co-them-36-san-pham-ocop-cua-htx-dat-4-sao",
          title="Hà Nội có thêm 36 sản phẩm OCOP của HTX đạt 4 sao",
          date=datetime(2024, 3, 8, 15, 10),
          lead="Hội đồng đánh giá, phân hạng sản phẩm OCOP thành phố vừa công nhận 36 sản phẩm của các HTX đạt hạng 4 sao đợt 1 năm 2024.",
          body="""
Các sản phẩm được công nhận thuộc nhóm thực phẩm, đồ uống, thủ công mỹ nghệ và dược liệu, đến từ 14 quận, huyện, thị xã.
Một số sản phẩm tiêu biểu:
| STT | Sản phẩm | Chủ thể | Địa phương |
| 1 | Chè búp Ba Vì | HTX Chè Ba Trại | Ba Vì |
| 2 | Gạo nếp cái hoa vàng | HTX Nông nghiệp Đông Xuân | Sóc Sơn |
| 3 | Bánh tẻ Phú Nhi | HTX Dịch vụ nông nghiệp Phú Nhi | Sơn Tây |
| 4 | Gốm men lam | HTX Gốm sứ Bát Tràng | Gia Lâm |
Đến nay, thành phố có 3.012 sản phẩm OCOP, trong đó các HTX là chủ thể của khoảng 40% số sản phẩm.
Nguồn: Báo Hà Nội Mới
""",
          author=None, **dated(datetime(2024, 3, 8, 15, 10)),
          notes=["a data table (header row + four rows, one line each); the text ends with 'Nguồn: Báo Hà Nội Mới' "
                 "(right-aligned italic): part of the text, a source, author null"]),
        A(path=CONNECT + "ke-hoach-to-chuc-hoi-cho-san-pham-htx-ocop-ha-noi-nam-2024",
          title="Kế hoạch tổ chức Hội chợ sản phẩm HTX, OCOP Hà Nội năm 2024",
          date=datetime(2024, 3, 4, 9, 0),
          body="""
LIÊN MINH HTX THÀNH PHỐ HÀ NỘI
Số: 12/KH-LMHTX
Hà Nội, ngày 01 tháng 3 năm 2024
KẾ HOẠCH
Tổ chức Hội chợ sản phẩm HTX, OCOP Hà Nội năm 2024
Thực hiện Chương trình công tác năm 2024, Liên minh HTX thành phố xây dựng kế hoạch tổ chức Hội chợ sản phẩm HTX, OCOP Hà Nội năm 2024 như sau:
I. MỤC ĐÍCH, YÊU CẦU
Quảng bá, giới thiệu sản phẩm của các HTX, chủ thể OCOP; kết nối tiêu thụ giữa HTX với doanh nghiệp phân phối, siêu thị.
II. THỜI GIAN, ĐỊA ĐIỂM
Hội chợ diễn ra từ ngày 18 đến 22/4/2024 tại Cung Văn hóa Hữu nghị Việt Xô, số 91 Trần Hưng Đạo, quận Hoàn Kiếm, quy mô 120 gian hàng.
III. TỔ CHỨC THỰC HIỆN
Các HTX đăng ký tham gia gửi về Văn phòng Liên minh HTX thành phố trước ngày 05/4/2024.
Nơi nhận: UBND thành phố; Liên minh HTX Việt Nam; các HTX; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Trần Văn Khánh
""",
          author=None, doc_number="12/KH-LMHTX",
          attachments=[{"path": PDF_HREF, "text": "KH-12-LMHTX.pdf"}], **dated(datetime(2024, 3, 4, 9, 0)),
          opts={"docs": True},
          notes=["official plan 'Số: 12/KH-LMHTX', place-date line 'Hà Nội, ngày 01 tháng 3 năm 2024' three days before "
                 "'Ngày đăng: 04/03/2024 09:00'; event dates 18-22/4/2024 and a deadline in the text; signer last, "
                 "author null; the PDF as a WCM resource /wps/wcm/connect/<uuid>/KH-12-LMHTX.pdf?MOD=AJPERES under "
                 "'Văn bản đính kèm'"]),
        A(path=CONNECT + "hoi-nghi-ban-chap-hanh-lien-minh-htx-thanh-pho-lan-thu-7",
          title="Hội nghị Ban Chấp hành Liên minh HTX thành phố lần thứ 7, khóa VII",
          date=datetime(2024, 3, 12),
          lead="Ngày 12/3, Liên minh HTX thành phố Hà Nội tổ chức Hội nghị Ban Chấp hành lần thứ 7, khóa VII, đánh giá kết quả quý I và triển khai nhiệm vụ quý II.",
          body="""
Trong quý I, Liên minh HTX thành phố đã hỗ trợ thành lập mới 41 HTX, tư vấn cho 126 lượt HTX về thủ tục chuyển đổi theo Luật Hợp tác xã năm 2023.
Quỹ hỗ trợ phát triển HTX thành phố giải ngân 18,6 tỷ đồng cho 23 dự án, tập trung vào các HTX nông nghiệp ứng dụng công nghệ cao.
Hội nghị đã thảo luận và cho ý kiến vào dự thảo Đề án phát triển kinh tế tập thể thành phố giai đoạn 2024 - 2030.
Phát biểu kết luận, Chủ tịch Liên minh HTX thành phố đề nghị các ủy viên Ban Chấp hành bám sát cơ sở, kịp thời nắm bắt khó khăn của HTX.
""",
          author=None, published=iso(datetime(2024, 3, 12), with_time=False), published_source="listing",
          evidence=["listing"], opts={"nodate": True},
          notes=["no date on the page (this category's presentation template prints only 'Lượt xem'); the lead says "
                 "'Ngày 12/3' (no year); the news listing shows '12/03/2024' beside it -> published from the "
                 "listing, midnight; no byline: author null"]),
        A(path=CONNECT + "htx-bo-sua-ba-vi-ung-dung-cong-nghe-trong-chan-nuoi",
          title="HTX bò sữa Ba Vì ứng dụng công nghệ trong chăn nuôi",
          date=datetime(2024, 2, 22, 10, 15),
          lead="Các thành viên HTX Chăn nuôi bò sữa Tản Viên (huyện Ba Vì) đã gắn chip theo dõi sức khỏe cho 600 con bò, giảm đáng kể chi phí thú y.",
          body="""
Thiết bị gắn ở cổ bò ghi lại thời gian nhai lại, vận động và nhiệt độ, gửi cảnh báo về điện thoại của chủ hộ khi bò có dấu hiệu bất thường.
Nhờ phát hiện sớm thời điểm động dục, tỷ lệ phối giống thành công của đàn bò tăng từ 55% lên 78%.
[img bo-sua-ba-vi.png] Cán bộ kỹ thuật HTX kiểm tra thiết bị theo dõi gắn trên đàn bò sữa
HTX đang liên kết với doanh nghiệp chế biến sữa để được thu mua với giá cao hơn cho sữa đạt chuẩn chất lượng.
""",
          author="Thanh Hương", **dated(datetime(2024, 2, 22, 10, 15)), opts={"meta_author": "Thanh Hương"},
          notes=["author only in the meta line 'Ngày đăng: 22/02/2024 10:15 | Tác giả: Thanh Hương | Lượt xem: 845': "
                 "the author, not text; no byline in the body"]),
        A(path=CONNECT + "anh-htx-hoa-tay-tuu-vao-vu-tet",
          title="Ảnh: Các HTX hoa Tây Tựu vào vụ Tết",
          date=datetime(2024, 2, 2, 7, 45),
          body="""
Những ngày giáp Tết Giáp Thìn, các thành viên HTX Dịch vụ nông nghiệp Tây Tựu (quận Bắc Từ Liêm) tất bật chăm sóc, thu hoạch hoa cung ứng cho thị trường.
[img hoa-tay-tuu-1.png] Ruộng hoa cúc của thành viên HTX đang vào độ nở đẹp
[img hoa-tay-tuu-2.png] Thành viên HTX cắt hoa hồng từ sáng sớm để kịp giao cho thương lái
[img hoa-tay-tuu-3.png] Hoa ly trồng trong nhà lưới được HTX bao tiêu với giá ổn định
[img hoa-tay-tuu-4.png] Hoa được đóng bó, vận chuyển đi các chợ hoa nội thành
""",
          byline="Ảnh: Hoàng Lâm", author="Hoàng Lâm", **dated(datetime(2024, 2, 2, 7, 45)),
          notes=["photo story: one paragraph and four photos, each with its caption (div.ghi-chu under the <img>): one "
                 "line each; 'Ảnh: Hoàng Lâm' last: part of the text, author Hoàng Lâm"]),
        A(path=CONNECT + "tap-huan-chuyen-doi-so-cho-can-bo-quan-ly-htx",
          title="Tập huấn chuyển đổi số cho cán bộ quản lý HTX",
          date=datetime(2024, 1, 30, 14, 0),
          lead="Từ ngày 29 đến 30/1, Liên minh HTX thành phố tổ chức lớp tập huấn chuyển đổi số cho 120 cán bộ quản lý HTX.",
          body="""
## Nội dung tập huấn
Học viên được giới thiệu các phần mềm quản lý HTX, hóa đơn điện tử và cách mở gian hàng trên sàn thương mại điện tử.
* Sử dụng phần mềm kế toán dành cho HTX;
* Đăng ký và sử dụng hóa đơn điện tử;
* Chụp ảnh, quay video giới thiệu sản phẩm bằng điện thoại.
## Kết quả
Kết thúc lớp học, 37 HTX đã đăng ký tham gia chương trình hỗ trợ chuyển đổi số năm 2024 của thành phố.
""",
          byline="Phạm Tuấn", author="Phạm Tuấn", **dated(datetime(2024, 1, 30, 14, 0))),
        A(path=CONNECT + "htx-gom-bat-trang-dua-san-pham-len-san-thuong-mai-dien-tu",
          title="HTX gốm Bát Tràng đưa sản phẩm lên sàn thương mại điện tử",
          date=datetime(2024, 1, 18, 9, 20),
          lead="Sau hai năm bán hàng trực tuyến, doanh thu qua các sàn thương mại điện tử đã chiếm 30% tổng doanh thu của HTX Gốm sứ Bát Tràng.",
          body="""
HTX có 32 thành viên là các xưởng gốm gia đình, sản xuất hơn 500 mẫu sản phẩm từ bát đĩa, ấm chén đến gốm trang trí.
Mỗi ngày HTX livestream hai buổi, giới thiệu quy trình làm gốm và trả lời câu hỏi của khách hàng trên khắp cả nước.
[img gom-bat-trang.png] Nghệ nhân của HTX vẽ men lam trên sản phẩm gốm
“Bán hàng trực tuyến giúp chúng tôi hiểu khách hàng muốn gì để làm mẫu mới”, ông Lê Văn Cường, Giám đốc HTX chia sẻ.
""",
          byline="Bài, ảnh: Lan Phương", author="Lan Phương", **dated(datetime(2024, 1, 18, 9, 20)),
          notes=["on listing page 2 only (the opaque URL with ?page=2); byline 'Bài, ảnh: Lan Phương' -> Lan Phương"]),
        A(path=CONNECT + "lien-minh-htx-thanh-pho-tong-ket-cong-tac-nam-2023",
          title="Liên minh HTX thành phố tổng kết công tác năm 2023",
          date=datetime(2024, 1, 10, 8, 0),
          lead="Năm 2023, khu vực kinh tế tập thể Thủ đô tiếp tục phát triển, doanh thu bình quân của một HTX đạt 3,8 tỷ đồng.",
          body="""
Toàn thành phố có 2.054 HTX đang hoạt động với hơn 1,1 triệu thành viên; 312 HTX ứng dụng công nghệ cao trong sản xuất.
Liên minh HTX thành phố đã tổ chức 45 lớp bồi dưỡng cho 3.200 lượt cán bộ HTX và hỗ trợ 86 HTX tham gia hội chợ, triển lãm.
Năm 2024, Liên minh phấn đấu thành lập mới 150 HTX và nâng tỷ lệ HTX hoạt động hiệu quả lên trên 70%.
""",
          author=None, **dated(datetime(2024, 1, 10, 8, 0)),
          notes=["oldest item: listing page 2 only; no byline: author null"]),
    ]


def img(src: str) -> str:
    digest = hashlib.md5(src.encode()).hexdigest()
    return f"/wps/wcm/connect/{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}/{src}?MOD=AJPERES"


def views(a: Article) -> str:
    n = int(hashlib.md5(a.path.encode()).hexdigest()[:4], 16) % 2400 + 130
    return f"{n:,}".replace(",", ".")


def render_body(a: Article) -> str:
    out = []
    if a.lead:
        out.append(f'<p class="tomtat"><strong>{inline_html(a.lead)}</strong></p>')
    rows: list[str] = []

    def flush() -> None:
        if rows:
            head, *rest = rows
            def cells(r, t):
                return "\n".join(f"<{t}>{esc(c.strip())}</{t}>" for c in r.strip("| ").split(" | "))

            out.append('<table class="table table-bordered" border="1" cellpadding="4"><tbody>'
                       f"<tr>\n{cells(head, 'th')}\n</tr>"
                       + "".join(f"<tr>\n{cells(r, 'td')}\n</tr>" for r in rest) + "</tbody></table>")
            rows.clear()

    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            rows.append(b.text)
            continue
        flush()
        if b.kind == "h":
            out.append(f"<h4><strong>{inline_html(b.text)}</strong></h4>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<div class="image-block" style="text-align:center"><img src="{img(b.src)}" alt="" '
                       f'width="600"><div class="ghi-chu">{esc(b.text)}</div></div>')
        elif a.doc_number and b.text.startswith(("Số:", "Hà Nội, ngày", "KẾ HOẠCH", "LIÊN MINH")):
            align = "right" if b.text.startswith("Hà Nội") else "center"
            out.append(f'<p style="text-align: {align};">{inline_html(b.text)}</p>')
        else:
            out.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
    flush()
    if a.byline:
        style = "font-style: italic;" if a.byline.startswith("Nguồn") else "font-weight: bold;"
        out.append(f'<p style="text-align: right; {style}">{esc(a.byline)}</p>')
    return "\n".join(out)


def fix_source_line(html: str) -> str:
    return html.replace('<p style="text-align: justify;">Nguồn: Báo Hà Nội Mới</p>',
                        '<p style="text-align: right;"><em>Nguồn: Báo Hà Nội Mới</em></p>')


PORTLET_IDS = iter(f"Z7_K9H6H7G0L0{n:02d}QH30QHB8E3ML{n * 7 % 97:04d}" for n in range(1, 10 ** 6))


def portlet(title: str, inner: str, skin: str = "", pid: str | None = None) -> str:
    pid = pid or next(PORTLET_IDS)
    return (f'<div class="component-control id-{pid}"><span id="{pid}"></span>'
            f'<section class="ibmPortalControl wpthemeControl {skin}a11yRegionTarget" role="region" aria-labelledby="title.{pid}">'
            f'<div class="asa.portlet" id="asa.portlet.{pid}" style="display:none;"><span class="asa.portlet.id">{pid}</span></div>'
            f'<header class="wpthemeControlHeader" role="banner" aria-label="Portlet header"><div class="wpthemeInner">'
            f'<h2><img class="dndHandle" draggable="true" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" alt="">'
            f'<span id="title.{pid}" class="wpthemeControlTitle">{esc(title)}</span></h2></div></header>'
            f'<div class="wpthemeControlBody wpthemeOverflowAuto wpthemeClear"><!-- start portlet -->\n{inner}\n<!-- end portlet --></div>'
            f'</section></div>')


def crumb(items: list[tuple[str, str]]) -> str:
    links = " » ".join(f'<a href="{h}">{esc(t)}</a>' if h else f"<span>{esc(t)}</span>" for h, t in items)
    return f'<div class="wpthemeBreadcrumb"><span class="label">Bạn đang ở:</span> {links}</div>'


def layout(page_title: str, state_path: str, main: str, side: str) -> str:
    menu = "".join(f'<li class="wpthemeNavListItem"><a href="{h}"><span lang="vi">{t}</span></a></li>'
                   for h, t in [(HOME, "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức - Sự kiện"),
                                (DOCS, "Văn bản"), (CONTACT, "Liên hệ")])
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:])
    return f"""<!DOCTYPE html>
<html lang="vi" class="lotusui30dojo lotusui30 lotusui30_body">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<base href="{{{{base}}}}{state_path}">
<title>{esc(page_title)}</title>
<link rel="stylesheet" href="/wps/contenthandler/dav/fs-type1/themes/LMHTX/css/master.css">
<script src="/wps/contenthandler/dav/fs-type1/themes/LMHTX/js/head.js"></script>
</head>
<body class="lotusui30dojo tundra locale_vi">
<div class="wpthemeFrame">
<header role="banner" class="wpthemeHeader">
<div class="wpthemeBanner"><div class="topbar"><span class="ngay-hien-tai">{TODAY}</span>
<span class="toplinks"><a href="/wps/portal/lmhtx/so-do-cong">Sơ đồ cổng</a> | <a href="{LOGIN}">Đăng nhập</a></span></div>
<div class="banner"><a href="{HOME}"><img src="/wps/contenthandler/dav/fs-type1/themes/LMHTX/images/logo.png" alt="Liên minh HTX Hà Nội"></a>
<div class="ten-cong"><strong>CỔNG THÔNG TIN ĐIỆN TỬ</strong><br>LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HÀ NỘI</div></div>
<div class="khauhieu"><marquee scrollamount="3">{esc(SLOGANS[0])} &nbsp;&nbsp;&nbsp; {esc(SLOGANS[1])}</marquee></div></div>
<nav class="wpthemePrimaryNav wpthemeLeft" aria-label="Primary navigation"><ul class="wpthemeNavList">{menu}</ul>
<form class="wpthemeSearch" action="{P}/tim-kiem" method="get"><input type="text" name="query" title="Tìm kiếm"><button type="submit">Tìm kiếm</button></form></nav>
</header>
<div class="wpthemeMainContent" role="main"><div class="wpthemeInner">
<div id="layoutContainers" class="wpthemeLayoutContainers wpthemeLayoutContainersHidden">
<div class="hiddenWidgetsDiv"></div>
<div class="component-container wpthemeCol wpthemeCol8 wpthemeLeft id-Z7_L9H6H7G0L0QH30QHB8E3ML3001">
{main}
</div>
<div class="component-container wpthemeCol wpthemeCol4 wpthemeLeft id-Z7_L9H6H7G0L0QH30QHB8E3ML3002">
{side}
</div>
</div></div></div>
<footer class="wpthemeFooter" role="contentinfo"><div class="wpthemeInner"><h3>{esc(FOOTER[0])}</h3>{foot}
<p class="ibm">Powered by IBM WebSphere Portal</p></div></footer>
</div>
<script src="/wps/contenthandler/dav/fs-type1/themes/LMHTX/js/main.js"></script>
</body>
</html>
"""


def sidebar(ctx: str, arts: list[Article]) -> str:
    links = "".join(f'<li><a href="{{{{base:offsite}}}}{h}" target="_blank">{t}</a></li>' for h, t in
                    [("/chinh-phu/", "Cổng TTĐT Chính phủ"), ("/lmhtx-vn/", "Liên minh HTX Việt Nam"),
                     ("/bo-khdt/", "Bộ Kế hoạch và Đầu tư")])
    poll = "".join(f'<li><label><input type="radio" name="bieuquyet" value="{i}"> {esc(o)}</label></li>'
                   for i, o in enumerate(POLL_A, 1))
    return (portlet(SIDE[7], f'<div class="thoitiet"><span class="nhietdo">19°C</span><p>{SIDE[8]}</p><p>{SIDE[9]}</p></div>')
            + portlet(SIDE[6], f'<form action="javascript:void(0)"><p>{esc(POLL_Q)}</p><ul>{poll}</ul>'
                               '<button type="button">Biểu quyết</button> <button type="button">Xem kết quả</button></form>')
            + portlet(SIDE[1], f"<ul>{links}</ul>")
            + portlet(SIDE[2], f"<ul><li>{SIDE[3]}</li><li>{SIDE[4]}</li><li>{SIDE[5]}</li></ul>"))


def related_portlet(a: Article, arts: list[Article]) -> str:
    others = [o for o in arts if o is not a][:5]
    lis = "".join(f'<li><a href="{portal_url("rel-" + slug_of(a), slug_of(o))}">{esc(o.title)}</a> '
                  f'<span class="ngay">({o.date:%d/%m/%Y})</span></li>' for o in others)
    return portlet(SIDE[0], f'<div class="tin-cung-chuyen-muc"><ul>{lis}</ul></div>')


def detail(a: Article, arts: list[Article]) -> str:
    meta = [] if a.opts.get("nodate") else [f"Ngày đăng: {a.date:%d/%m/%Y %H:%M}"]
    if a.opts.get("meta_author"):
        meta.append(f"Tác giả: {esc(a.opts['meta_author'])}")
    meta.append(f"Lượt xem: {views(a)}")
    cat = (DOCS, "Văn bản") if a.opts.get("docs") else (NEWS, "Tin tức - Sự kiện")
    att = ""
    if a.attachments:
        att = ('<div class="dinh-kem"><strong>Văn bản đính kèm</strong><ul>'
               + "".join(f'<li><a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></li>' for x in a.attachments)
               + "</ul></div>")
    inner = (crumb([(HOME, "Trang chủ"), cat, (None, "Chi tiết tin")])
             + f'<div class="wcm-chitiet"><h2 class="tieude-tin">{esc(a.title)}</h2>'
             f'<div class="thongtin">{" | ".join(meta)}</div>'
             f'<div class="noidung">\n{fix_source_line(render_body(a))}\n</div>{att}'
             f'<div class="congcu"><a class="permalink" href="{a.opts.get("connect", a.path)}">Liên kết tĩnh</a> | '
             '<a href="javascript:window.print()">In bài viết</a> | <a href="javascript:void(0)">Gửi email</a> | '
             '<a href="javascript:history.back()">Trở về</a></div></div>')
    return portlet("Chi tiết tin tức", inner, "wpthemeControlSkin ") + related_portlet(a, arts)


def connect_page(a: Article) -> str:
    """The WCM servlet alias: the same content in a bare presentation template, without the portal theme."""
    meta = "" if a.opts.get("nodate") else f'<div class="thongtin">Ngày đăng: {a.date:%d/%m/%Y %H:%M}</div>'
    if a.opts.get("meta_author"):
        meta = f'<div class="thongtin">Ngày đăng: {a.date:%d/%m/%Y %H:%M} | Tác giả: {esc(a.opts["meta_author"])}</div>'
    att = "".join(f'<p><a href="{x["path"]}">{esc(x["text"])}</a></p>' for x in a.attachments)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(a.title)}</title></head>
<body>
<div class="wcm-chitiet"><h2 class="tieude-tin">{esc(a.title)}</h2>{meta}
<div class="noidung">
{fix_source_line(render_body(a))}
</div>{att}</div>
</body></html>
"""


def teaser(a: Article, ctx: str) -> str:
    pic = a.first_image()
    return (f'<div class="tin-item">' + (f'<img src="{img(pic)}" alt="" class="anh-dai-dien">' if pic else "")
            + f'<h3><a href="{portal_url(ctx, slug_of(a))}">{esc(a.title)}</a></h3>'
            f'<span class="ngay">{a.date:%d/%m/%Y}</span><p>{esc(a.summary())}</p></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-noi", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    side = sidebar("", arts)
    links: dict[str, set[str]] = {slug_of(a): set() for a in arts}

    def note(ctx: str, a: Article) -> str:
        url = portal_url(ctx, slug_of(a))
        links[slug_of(a)].add(url)
        return url

    # listings: page 1 at the friendly URL, page 2 only in the opaque state with ?page=2
    news = [a for a in arts]
    pages = [news[:PER], news[PER:]]
    listing_ctx: dict[str, str] = {}
    for n, chunk in enumerate(pages, 1):
        ctx = f"list-{n}"
        for a in chunk:
            note(ctx, a)
            listing_ctx[slug_of(a)] = ctx
        url = NEWS if n == 1 else page2_url()
        pager = ('<div class="phan-trang"><span class="current">1</span> '
                 f'<a href="{page2_url()}">2</a> <a href="{page2_url()}">Sau ›</a></div>' if n == 1 else
                 f'<div class="phan-trang"><a href="{NEWS}">‹ Trước</a> <a href="{NEWS}">1</a> <span class="current">2</span></div>')
        inner = crumb([(HOME, "Trang chủ"), (None, "Tin tức - Sự kiện")]) + "".join(teaser(a, ctx) for a in chunk) + pager
        site.page(url, layout("Tin tức - Sự kiện", url.split("?")[0], portlet("Tin tức - Sự kiện", inner), side),
                  content_type=HTML)
        site.non_articles.append(url)
    site.trap("news listing: page 1 at /wps/portal/lmhtx/tin-tuc, page 2 only at the opaque state URL "
              "/wps/portal/lmhtx/tin-tuc/!ut/p/z1/<state>/dz/d5/…/?page=2 ('1 2 Sau ›'); items: title, 'dd/mm/yyyy', "
              "summary; page 2 holds the four oldest items", page2_url())

    docs = [a for a in arts if a.opts.get("docs")]
    for a in docs:
        note("docs", a)
    site.page(DOCS, layout("Văn bản", DOCS, portlet("Văn bản", crumb([(HOME, "Trang chủ"), (None, "Văn bản")])
                                                      + "".join(teaser(a, "docs") for a in docs)), side),
              content_type=HTML)
    site.non_articles.append(DOCS)

    # home: featured + list, every link in the home page's own state
    top, *rest = arts[:6]
    for a in arts[:6]:
        note("home", a)
    home_inner = (f'<div class="tin-noi-bat"><img src="{img(top.first_image())}" alt="">'
                  f'<h3><a href="{portal_url("home", slug_of(top))}">{esc(top.title)}</a></h3><p>{esc(top.summary())}</p></div>'
                  '<ul class="tin-moi">' + "".join(f'<li><a href="{portal_url("home", slug_of(a))}">{esc(a.title)}</a> '
                                                   f'<span class="ngay">{a.date:%d/%m/%Y}</span></li>' for a in rest)
                  + f'</ul><p><a href="{NEWS}">Xem tiếp</a></p>')
    site.page(HOME, layout("Trang chủ", HOME, portlet("Tin mới", home_inner), side), content_type=HTML)
    site.redirect("/", HOME, 302)
    site.redirect("/wps/portal", HOME, 302)
    site.non_articles.append(HOME)
    site.trap("'/' answers 302 to /wps/portal/lmhtx/trang-chu; every page has <base href> set to the portal page and "
              "<title> the portal page's name ('Chi tiết tin' on every article)", HOME)

    for a in arts:
        for o in arts:
            if o is not a and o in [x for x in arts if x is not a][:5]:
                note("rel-" + slug_of(a), o)
    for a in arts:
        urls = sorted(links[slug_of(a)])
        state_path = urls[0].split("?")[0]
        html = layout("Chi tiết tin", state_path, detail(a, arts), side)
        first = urls[0]
        site.page(first, html, content_type=HTML)
        for u in urls[1:]:
            site.same_page(u, first)
        connect = a.path
        site.page(connect, connect_page(a), content_type=HTML)
        # the ground truth's address: the portal URL of the news listing (any of them would do)
        listed = next(u for u in urls if u == portal_url(listing_ctx[slug_of(a)], slug_of(a)))
        a.path = listed
        a.opts["connect"] = connect
        a.aliases = [connect, *[u for u in urls if u != listed]]
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 12/KH-LMHTX", ["KE HOACH TO CHUC HOI CHO SAN PHAM HTX, OCOP HA NOI 2024",
                                                         "Lien minh HTX thanh pho Ha Noi"]))
    site.trap("one article, many addresses: the opaque state segment differs with the page the link was rendered on "
              "(home, listing page, each other article's 'Tin cùng chuyên mục' portlet); all are aliases of the WCM "
              "servlet address /wps/wcm/connect/lmhtx/tin-tuc/<slug> ('Liên kết tĩnh' under the article), which "
              "renders the same content without the portal theme", arts[0].path)
    site.trap("portlet skins everywhere (section.ibmPortalControl.wpthemeControl, header.wpthemeControlHeader <h2>): "
              "the article portlet's header 'Chi tiết tin tức' is an <h2> above the article's own <h2 class=tieude-tin>; "
              "a 'Tin cùng chuyên mục' portlet (titles and dates) follows it", arts[1].path)

    about = ["Liên minh Hợp tác xã thành phố Hà Nội là tổ chức chính trị - xã hội, được thành lập năm 1993, đại diện "
             "và bảo vệ quyền, lợi ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn Thủ đô.",
             "Liên minh có chức năng tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ thành lập, đào "
             "tạo, bồi dưỡng nguồn nhân lực, xúc tiến thương mại, tiếp cận vốn và ứng dụng khoa học công nghệ cho hợp tác xã.",
             "Cơ quan Liên minh gồm Văn phòng, Ban Tuyên truyền - Thi đua, Ban Chính sách - Pháp luật, Ban Kiểm tra, "
             "Ban Hỗ trợ phát triển, Quỹ hỗ trợ phát triển hợp tác xã và Trung tâm Tư vấn, đào tạo hợp tác xã."]
    about_inner = (crumb([(HOME, "Trang chủ"), (None, "Giới thiệu")]) + '<div class="wcm-chitiet"><h2 class="tieude-tin">'
                   'Giới thiệu chung</h2><div class="thongtin">Lượt xem: 4.118</div><div class="noidung">'
                   + "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in about) + "</div></div>")
    site.page(ABOUT, layout("Giới thiệu", ABOUT, portlet("Giới thiệu", about_inner, "wpthemeControlSkin "), side),
              content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", CONTACT, portlet("Liên hệ", crumb([(HOME, "Trang chủ"), (None, "Liên hệ")])
                              + f'<p><strong>{NAME}</strong></p><form action="javascript:void(0)"><input name="hoten">'
                              '<input name="email"><textarea name="noidung"></textarea><button type="button">Gửi</button>'
                              '</form>'), side), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page(SEARCH, layout("Tìm kiếm", P + "/tim-kiem", portlet("Kết quả tìm kiếm", '<p>Từ khóa: ocop</p>'
                                                               + "".join(teaser(a, "search") for a in found)), side),
              content_type=HTML)
    for a in found:
        links[slug_of(a)].add(portal_url("search", slug_of(a)))
        site.same_page(portal_url("search", slug_of(a)), a.path)
        a.aliases.append(portal_url("search", slug_of(a)))
    site.page("/wps/portal/lmhtx/so-do-cong", layout("Sơ đồ cổng", "/wps/portal/lmhtx/so-do-cong", portlet(
        "Sơ đồ cổng", "<ul>" + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in
                                      [(HOME, "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức - Sự kiện"),
                                       (DOCS, "Văn bản"), (CONTACT, "Liên hệ")]) + "</ul>"), side), content_type=HTML)
    site.trap("introduction /wps/portal/lmhtx/gioi-thieu in the article portlet (h2.tieude-tin, 'Lượt xem', three long "
              "paragraphs) without a date; contact, site map and search /wps/portal/lmhtx/tim-kiem?query=ocop (its "
              "result links in yet another state): not articles; 'Đăng nhập' /wps/myportal/lmhtx is robots-disallowed",
              ABOUT)
    site.non_articles += [ABOUT, CONTACT, SEARCH, "/wps/portal/lmhtx/so-do-cong"]
    site.static("/robots.txt", "User-agent: *\nDisallow: /wps/myportal/\nDisallow: /wps/mycontenthandler/\n")
    site.never_fetched.append(LOGIN)
    site.page(LOGIN, '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập</title></head><body>'
                     '<form action="/wps/portal/cxml/04_SD9ePMtCP1I800I_KydQvyBxN_uXQ" method="post"><input name="wps.portlets.userid">'
                     '<input name="password" type="password"><button type="submit">Đăng nhập</button></form></body></html>',
              content_type=HTML)
    return site
