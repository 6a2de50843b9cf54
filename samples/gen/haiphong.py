"""Site `lmhtx-haiphong` (registry family `generic`): a custom city portal whose every page, article,
category or not, is `/<slug>` at the root, built as a held-out test: no family module, no
selectors.

The news category `/tin-tuc` shows six items and a "Xem thêm" button: its `data-url` names an HTML
fragment endpoint (`/ajax/tin-tuc?page=2`, bare `<li>` items, no `<html>`), and a `<noscript>` link
to `/tin-tuc?page=2` is the fallback. The "Chuyên đề" category has the button WITHOUT the fallback,
so its oldest article is reachable only through the fragment. The date sits ABOVE the title as
"12:30 | 05/09/2024"; captions are `p.pic-note` in the photo's `div.pic`; the byline is a bold
right-aligned `<p>` closing the body. One article is mostly a data table (a row is one line of the
text, its cells between " | "), one an interview (bold questions, plain answers). The English
edition `/en/<slug>` carries one article, a translation of a Vietnamese one: it is archived as an
article of its own (language `en`), neither an alias nor a duplicate of the Vietnamese page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, inline_text, iso, pdf, table_row, weekday

SITE = "lmhtx-haiphong"
NAME = "Liên minh Hợp tác xã thành phố Hải Phòng"
SHORT = "LMHTX Hải Phòng"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
SPECIAL = "/chuyen-de"
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
GALLERY = "/thu-vien-anh"
SEARCH = "/tim-kiem?q=ocop"
TAG = "/tag/ocop"
STUB = "/anh-ngay-hoi-htx-kien-thuy-2024"
EN_HOME = "/en"
EN_ABOUT = "/en/about-us"
PDF_PATH = "/uploads/files/2024/KH-18-LMHTX.pdf"

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Nhiệt liệt chào mừng kỷ niệm 70 năm Ngày giải phóng Hải Phòng (13/5/1955 - 13/5/2025)",
           "Hợp tác xã - Điểm tựa của kinh tế hộ thành viên"]
SIDE = ["Tin tiêu điểm", "Thời tiết Hải Phòng", "Có mưa rào nhẹ, gió đông nam cấp 3", "Độ ẩm: 82%",
        "Thống kê truy cập", "Đang online: 9", "Hôm nay: 312", "Tổng lượt truy cập: 1.204.557", "Liên kết website"]
POLL_Q = "Bạn đánh giá thế nào về giao diện mới của trang thông tin?"
POLL_A = ("Đẹp, dễ sử dụng", "Bình thường", "Cần cải thiện thêm")
RATING = "Đánh giá bài viết: 0/5 (0 lượt)"
FOOTER = ["TRANG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HẢI PHÒNG",
          "Chịu trách nhiệm nội dung: Ông Đỗ Văn Kiên - Chủ tịch Liên minh HTX thành phố",
          "Giấy phép số 112/GP-TTĐT do Sở Thông tin và Truyền thông Hải Phòng cấp ngày 14/6/2021",
          "Địa chỉ: Số 8 Lạch Tray, quận Ngô Quyền, thành phố Hải Phòng",
          "Điện thoại: 0225.3846.552 - Email: lienminhhtx@haiphong.gov.vn",
          "Ghi rõ nguồn lienminhhtxhaiphong.org.vn khi phát hành lại thông tin từ trang này"]
LABELS = ["Tin liên quan", "Xem thêm", "Chia sẻ:", "In trang", "Về đầu trang", "Tăng tương phản", "Giảm tương phản"]
EN_TODAY = f"{TODAY_2026:%A, %B} {TODAY_2026.day}, {TODAY_2026:%Y}"
EN_FOOTER = ["HAI PHONG CITY COOPERATIVE ALLIANCE - NEWS PORTAL",
             "Responsible for content: Mr. Do Van Kien - Chairman of the Alliance",
             "Licence No. 112/GP-TTDT issued by the Hai Phong Department of Information and Communications"]
EN_LABELS = ["Latest news", "Related news", "Vietnamese version"]
BOILERPLATE = [TODAY, *SLOGANS, *SIDE, POLL_Q, *POLL_A, "Bình chọn", "Xem kết quả", RATING, *FOOTER, *LABELS,
               EN_TODAY, *EN_FOOTER, *EN_LABELS]


@dataclass
class HpArticle(Article):
    """An article that may close with a data table: each row is one line, its cells between " | "."""
    table: list[list[str]] = field(default_factory=list)
    category: str = NEWS
    lang: str = "vi"

    def text_lines(self, byline_in_text: bool = True) -> list[str]:
        lines = super().text_lines(False)
        lines += [table_row(row) for row in self.table]
        if self.byline and byline_in_text:
            lines.append(inline_text(self.byline))
        return lines


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


TABLE = [["STT", "Sản phẩm", "Đơn vị tính", "6 tháng năm 2024", "Cùng kỳ năm 2023", "Tăng, giảm (%)"],
         ["1", "Lúa chất lượng cao", "tấn", "48.620", "46.900", "3,7"],
         ["2", "Rau an toàn", "tấn", "12.450", "10.830", "15,0"],
         ["3", "Hoa, cây cảnh", "nghìn cây", "1.320", "1.180", "11,9"],
         ["4", "Thịt lợn hơi", "tấn", "3.915", "4.102", "-4,6"],
         ["5", "Trứng gia cầm", "nghìn quả", "21.700", "19.450", "11,6"],
         ["6", "Tôm thẻ chân trắng", "tấn", "1.284", "1.096", "17,2"],
         ["7", "Cá nước lợ", "tấn", "2.530", "2.610", "-3,1"],
         ["8", "Nấm ăn, nấm dược liệu", "tấn", "186", "142", "31,0"],
         ["9", "Muối sạch", "tấn", "940", "885", "6,2"],
         ["10", "Nước mắm truyền thống", "nghìn lít", "415", "372", "11,6"]]


def articles() -> list[HpArticle]:
    A = HpArticle
    return [
        A(path="/lien-minh-htx-thanh-pho-so-ket-9-thang-nam-2024",
          title="Liên minh HTX thành phố sơ kết công tác 9 tháng năm 2024",
          date=datetime(2024, 10, 8, 15, 45),
          lead="Chín tháng năm 2024, Hải Phòng thành lập mới 27 HTX, nâng tổng số HTX đang hoạt động lên 842 HTX với hơn 61.000 thành viên.",
          body="""
Chiều 7/10, Liên minh HTX thành phố tổ chức hội nghị sơ kết công tác 9 tháng, triển khai nhiệm vụ những tháng cuối năm 2024.
Doanh thu bình quân của một HTX ước đạt 3,8 tỷ đồng, tăng 9% so với cùng kỳ; thu nhập bình quân của người lao động thường xuyên trong HTX khoảng 6,2 triệu đồng/tháng.
[img so-ket-9-thang.png] Đồng chí Chủ tịch Liên minh HTX thành phố phát biểu chỉ đạo hội nghị
## Nhiệm vụ quý IV
* Hướng dẫn các HTX rà soát, sửa đổi điều lệ theo Luật Hợp tác xã năm 2023;
* Giải ngân hết nguồn vốn Quỹ hỗ trợ phát triển HTX còn lại của năm;
* Tổ chức Tuần lễ giới thiệu sản phẩm HTX tại Trung tâm Hội chợ triển lãm thành phố.
""",
          byline="Minh Đức", author="Minh Đức", **dated(datetime(2024, 10, 8, 15, 45))),
        A(path="/htx-rau-an-toan-an-lao-dua-san-pham-vao-sieu-thi",
          title="HTX rau an toàn An Lão đưa sản phẩm vào hệ thống siêu thị",
          date=datetime(2024, 9, 5, 12, 30),
          lead="Sau hai năm chuẩn hóa quy trình sản xuất theo VietGAP, HTX Dịch vụ nông nghiệp rau an toàn An Thắng đã ký hợp đồng cung ứng rau cho chuỗi siêu thị trong thành phố.",
          body="""
HTX hiện có 52 thành viên canh tác trên diện tích 18 ha; mỗi ngày cung ứng từ 1,5 đến 2 tấn rau các loại, có tem truy xuất nguồn gốc.
Để đáp ứng yêu cầu của siêu thị, HTX đầu tư nhà sơ chế, kho mát và hệ thống tưới tiết kiệm nước với tổng kinh phí gần 1,2 tỷ đồng, trong đó có vốn vay Quỹ hỗ trợ phát triển HTX thành phố.
[img rau-an-lao.png] Thành viên HTX thu hoạch rau cải tại cánh đồng xã An Thắng
Giá bán rau cho siêu thị cao hơn bán ra chợ đầu mối từ 15 đến 20%, giúp thu nhập của thành viên tăng rõ rệt.
""",
          byline="Thu Hà", author="Thu Hà", **dated(datetime(2024, 9, 5, 12, 30)),
          notes=["date ABOVE the title as '12:30 &#124; 05/09/2024'; byline a bold right-aligned <p> closing the body; "
                 "<link rel=alternate hreflang=en> names its English translation"]),
        A(path="/hai-phong-co-them-14-san-pham-ocop-cua-htx",
          title="Hải Phòng có thêm 14 sản phẩm OCOP của HTX",
          date=datetime(2024, 8, 20, 9, 10),
          body="""
Hội đồng đánh giá, phân hạng sản phẩm OCOP thành phố vừa công nhận 14 sản phẩm của 9 HTX đạt 3 sao và 4 sao.
Trong đó có nước mắm Cát Hải, mật ong hoa nhãn Tiên Lãng, gạo nếp cái hoa vàng Kiến Thụy và chè xanh Thủy Nguyên.
[img ocop-hai-phong.png] Sản phẩm OCOP của các HTX trưng bày tại hội nghị
Đến nay, thành phố có 186 sản phẩm OCOP, trong đó các HTX là chủ thể của 71 sản phẩm.
Nguồn: Báo Hải Phòng
""",
          author=None, **dated(datetime(2024, 8, 20, 9, 10)),
          notes=["last line 'Nguồn: Báo Hải Phòng' (a source, not a person): part of the text, author null"]),
        A(path="/lien-minh-htx-ban-hanh-ke-hoach-ho-tro-htx-tham-gia-hoi-cho-2024",
          title="Liên minh HTX thành phố ban hành kế hoạch hỗ trợ HTX tham gia hội chợ năm 2024",
          date=datetime(2024, 7, 12, 8, 0),
          body="""
Liên minh HTX thành phố ban hành Kế hoạch số 18/KH-LMHTX về hỗ trợ HTX tham gia hội chợ, triển lãm xúc tiến thương mại năm 2024.
Theo kế hoạch, mỗi HTX được hỗ trợ tối đa 70% chi phí thuê gian hàng tại các hội chợ trong nước do Liên minh HTX Việt Nam và các tỉnh, thành phố tổ chức.
Các HTX đăng ký tham gia gửi văn bản về Ban Hỗ trợ phát triển HTX trước ngày 31/7/2024.
""",
          byline="Ban Hỗ trợ phát triển HTX", author=None,
          attachments=[{"path": PDF_PATH, "text": "KH-18-LMHTX.pdf"}], **dated(datetime(2024, 7, 12, 8, 0)),
          notes=["plan announced as news, no photo; the plan as a PDF under 'Tệp đính kèm:' after the body; byline an "
                 "office: an office is no writer: author null"]),
        A(path="/htx-nuoi-trong-thuy-san-cat-hai-ung-dung-cong-nghe-tuan-hoan",
          title="HTX nuôi trồng thủy sản Cát Hải ứng dụng công nghệ nuôi tuần hoàn",
          date=datetime(2024, 6, 18, 10, 20),
          body="""
HTX Nuôi trồng thủy sản Văn Phong (huyện Cát Hải) chuyển 6 ha ao nuôi tôm sang mô hình nuôi tuần hoàn trong nhà màng, khép kín nguồn nước.
Mô hình giúp giảm 40% lượng thuốc, hóa chất và nâng tỷ lệ tôm sống lên trên 85%; mỗi năm nuôi được ba vụ thay vì hai vụ như trước.
[img tom-cat-hai.png] Ao nuôi tôm trong nhà màng của HTX Văn Phong
Năng suất bình quân đạt 25 tấn/ha/vụ, lợi nhuận của HTX năm 2023 đạt gần 3 tỷ đồng.
""",
          byline="Bài, ảnh: Phạm Lan", author="Phạm Lan", **dated(datetime(2024, 6, 18, 10, 20)),
          notes=["byline 'Bài, ảnh: Phạm Lan' ends the text (author: Phạm Lan)"]),
        A(path="/dai-hoi-thanh-vien-htx-dich-vu-nong-nghiep-tien-lang",
          title="Đại hội thành viên HTX Dịch vụ nông nghiệp Tiên Thắng nhiệm kỳ 2024 - 2029",
          date=datetime(2024, 3, 21, 8, 45),
          body="""
Sáng 20/3, HTX Dịch vụ nông nghiệp Tiên Thắng (huyện Tiên Lãng) tổ chức Đại hội thành viên nhiệm kỳ 2024 - 2029.
Nhiệm kỳ qua, HTX duy trì 7 khâu dịch vụ cho thành viên, doanh thu năm 2023 đạt 5,6 tỷ đồng, lãi 420 triệu đồng.
Đại hội bầu Hội đồng quản trị gồm 5 thành viên; ông Nguyễn Văn Hòa tiếp tục được bầu làm Chủ tịch Hội đồng quản trị kiêm Giám đốc HTX.
""",
          byline="Thu Hà", author="Thu Hà", **dated(datetime(2024, 3, 21, 8, 45))),
        A(path="/san-luong-nong-san-chu-luc-cua-htx-6-thang-dau-nam-2024",
          title="Sản lượng nông sản chủ lực của các HTX nông nghiệp 6 tháng đầu năm 2024",
          date=datetime(2024, 7, 25, 16, 0), category=SPECIAL,
          lead="Liên minh HTX thành phố tổng hợp sản lượng các sản phẩm chủ lực của 315 HTX nông nghiệp, thủy sản 6 tháng đầu năm 2024.",
          body="""
Phần lớn sản phẩm tăng so với cùng kỳ; thịt lợn hơi và cá nước lợ giảm do dịch bệnh và thời tiết bất lợi.
""",
          table=TABLE, byline="Phòng Tổng hợp", author=None, **dated(datetime(2024, 7, 25, 16, 0)),
          notes=["the body is mostly a data table (11 rows, 6 columns) after a two-line intro: each row is one line of "
                 "the text, its cells between ' | ' (no header rule); byline an office (the author)"]),
        A(path="/chu-tich-lien-minh-htx-luat-htx-2023-mo-ra-co-hoi-moi",
          title="Chủ tịch Liên minh HTX thành phố: Luật HTX năm 2023 mở ra cơ hội mới cho kinh tế tập thể",
          date=datetime(2024, 4, 16, 9, 30), category=SPECIAL,
          lead="Nhân dịp Luật Hợp tác xã năm 2023 sắp có hiệu lực, phóng viên có cuộc trao đổi với ông Đỗ Văn Kiên, Chủ tịch Liên minh HTX thành phố Hải Phòng.",
          body="""
**Phóng viên: Thưa ông, Luật Hợp tác xã năm 2023 có những điểm mới nào đáng chú ý đối với các HTX của thành phố?**
Ông Đỗ Văn Kiên: Điểm mới lớn nhất là Luật quy định rõ các chính sách hỗ trợ, ưu đãi của Nhà nước và mở rộng hình thức tổ chức, như liên hiệp HTX, tổ hợp tác. HTX được chủ động hơn trong phân phối thu nhập và huy động vốn từ thành viên.
**Phóng viên: Liên minh HTX thành phố đã chuẩn bị gì để đưa Luật vào cuộc sống?**
Ông Đỗ Văn Kiên: Chúng tôi đã tổ chức 12 lớp tập huấn cho hơn 900 cán bộ quản lý HTX, biên soạn tài liệu hỏi đáp và cử cán bộ xuống từng huyện để hướng dẫn HTX sửa đổi điều lệ.
**Phóng viên: Ông kỳ vọng gì ở khu vực kinh tế tập thể của thành phố trong thời gian tới?**
Ông Đỗ Văn Kiên: Tôi mong các HTX mạnh dạn liên kết theo chuỗi giá trị, ứng dụng công nghệ số trong quản lý và bán hàng, để mỗi HTX thực sự là chỗ dựa cho kinh tế hộ thành viên.
**Phóng viên: Xin cảm ơn ông!**
""",
          byline="Minh Đức (thực hiện)", author="Minh Đức", **dated(datetime(2024, 4, 16, 9, 30)),
          notes=["interview: bold question paragraphs ('Phóng viên: …?') and plain answers ('Ông Đỗ Văn Kiên: …'); byline "
                 "'Minh Đức (thực hiện)' (author: Minh Đức)"]),
        A(path="/chuoi-gia-tri-gao-nep-cai-hoa-vang-kien-thuy",
          title="Chuỗi giá trị gạo nếp cái hoa vàng Kiến Thụy: từ cánh đồng đến bàn ăn",
          date=datetime(2023, 12, 14, 7, 15), category=SPECIAL,
          body="""
Nếp cái hoa vàng Kiến Thụy từ lâu là đặc sản của Hải Phòng, nhưng phải đến khi HTX Nông nghiệp Đại Hợp đứng ra tổ chức sản xuất theo chuỗi, hạt nếp mới có thương hiệu riêng.
HTX ký hợp đồng với 310 hộ thành viên, cung ứng giống xác nhận, phân bón và bao tiêu toàn bộ sản phẩm với giá cao hơn thị trường 10%.
[img nep-kien-thuy.png] Cánh đồng nếp cái hoa vàng của HTX Nông nghiệp Đại Hợp
Sản phẩm được đóng túi hút chân không, đạt OCOP 4 sao và có mặt ở nhiều cửa hàng đặc sản tại Hà Nội, Quảng Ninh.
""",
          byline="Hoàng Yến", author="Hoàng Yến", **dated(datetime(2023, 12, 14, 7, 15)),
          notes=["oldest 'Chuyên đề' article: listed only by the fragment /ajax/chuyen-de?page=2 that the category's "
                 "'Xem thêm' button names in data-url (no <noscript> fallback on that category)"]),
    ]


EN_ARTICLE = HpArticle(
    path="/en/an-lao-safe-vegetable-cooperative-supplies-supermarkets",
    title="An Lao safe vegetable cooperative supplies supermarkets",
    date=datetime(2024, 9, 9, 14, 0), lang="en",
    lead="After two years of VietGAP production, the An Thang safe vegetable cooperative has signed a contract to supply supermarket chains in the city.",
    body="""
The cooperative has 52 members farming 18 hectares and delivers 1.5 to 2 tonnes of vegetables a day, each pack carrying a traceability label.
To meet the supermarkets' standards, it invested nearly 1.2 billion dong in a packing house, a cold store and water-saving irrigation, partly with a loan from the city's Cooperative Development Support Fund.
[img rau-an-lao.png] Members harvest mustard greens in An Thang commune
Supermarket prices are 15 to 20 percent higher than at the wholesale market, raising members' incomes.
""",
    byline="Thu Hà", author="Thu Hà", **dated(datetime(2024, 9, 9, 14, 0)),
    extra={"language": "en", "translation_of": "/htx-rau-an-toan-an-lao-dua-san-pham-vao-sieu-thi"},
    notes=["English edition /en/<slug>: the translation of a Vietnamese article, posted four days later; archived as its "
           "own article (language en), neither an alias nor a duplicate of the Vietnamese page"])


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/uploads/images/2024/{src}"


def stamp(d: datetime) -> str:
    return f"{d:%H:%M} | {d:%d/%m/%Y}"


def render_body(a: HpArticle) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<div class="pic"><img src="{img(b.src)}" alt="{attr(b.text)}">'
                         + (f'<p class="pic-note">{inline_html(b.text)}</p>' if b.text else "") + "</div>")
    if a.table:
        head, *rows = a.table
        parts.append('<div class="table-responsive"><table class="table table-bordered">\n<thead><tr>'
                     + " ".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead>\n<tbody>\n"
                     + "\n".join("<tr>" + " ".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                     + "\n</tbody></table></div>")
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(parts)


def side_links(items: list[HpArticle]) -> str:
    return "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in items)


def layout(title: str, main: str, hot: list[HpArticle], head: str = "") -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức - Sự kiện"), (SPECIAL, "Chuyên đề"),
                    (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    poll = "".join(f'<label><input type="radio" name="vote" value="{i}"> {esc(o)}</label><br>'
                   for i, o in enumerate(POLL_A, 1))
    footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {SHORT}</title>
<link rel="stylesheet" href="/assets/css/main.css">{head}
</head>
<body>
<div class="topbar"><span class="today">{TODAY}</span>
<span class="a11y"><a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A</a> <a href="javascript:void(0)">A+</a> | <a href="javascript:void(0)">Tăng tương phản</a> <a href="javascript:void(0)">Giảm tương phản</a></span>
<span class="lang"><a href="/">Tiếng Việt</a> | <a href="{EN_HOME}">English</a></span>
<form class="search" action="/tim-kiem" method="get"><input name="q" placeholder="Tìm kiếm..."></form></div>
<header class="hd"><a href="/"><img src="/assets/img/logo-lmhtx-hp.png" alt="{NAME}"></a>
<marquee class="slogan">{" *** ".join(esc(s) for s in SLOGANS)}</marquee></header>
<nav class="mainnav"><ul>{menu}</ul></nav>
<div class="container"><div class="row">
<main class="col-8">
{main}
</main>
<aside class="col-4">
<section class="w"><h4 class="w-title">{SIDE[0]}</h4><ul>{side_links(hot)}</ul></section>
<section class="w"><h4 class="w-title">Tìm nhiều</h4><a href="{SEARCH}">ocop</a></section>
<section class="w"><h4 class="w-title">{SIDE[1]}</h4><p>30°C</p><p>{SIDE[2]}</p><p>{SIDE[3]}</p></section>
<section class="w"><h4 class="w-title">Thăm dò ý kiến</h4><p>{esc(POLL_Q)}</p>{poll}<button type="button">Bình chọn</button> <button type="button">Xem kết quả</button></section>
<section class="w"><h4 class="w-title">{SIDE[4]}</h4><p>{SIDE[5]}</p><p>{SIDE[6]}</p><p>{SIDE[7]}</p></section>
<section class="w"><h4 class="w-title">{SIDE[8]}</h4><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/">Cổng TTĐT Chính phủ</a></li></ul></section>
</aside>
</div></div>
<footer class="ft">{footer}<a href="#top" class="totop">Về đầu trang</a></footer>
<script src="/assets/js/jquery.min.js"></script><script src="/assets/js/loadmore.js"></script>
</body>
</html>
"""


def detail(a: HpArticle, related: list[HpArticle]) -> str:
    lead = f'<p class="summary"><strong>{inline_html(a.lead)}</strong></p>\n' if a.lead else ""
    att = (f'<div class="attach">Tệp đính kèm: <a href="{a.attachments[0]["path"]}">{esc(a.attachments[0]["text"])}</a></div>\n'
           if a.attachments else "")
    rel = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a></li>' for o in related)
    cat = "Tin tức - Sự kiện" if a.category == NEWS else "Chuyên đề"
    return f"""<div class="bc"><a href="/">Trang chủ</a> / <a href="{a.category}">{cat}</a></div>
<article class="dt">
<div class="dt-time">{stamp(a.date)}</div>
<h1 class="dt-ttl">{esc(a.title)}</h1>
{lead}<div class="dt-body">
{render_body(a)}
</div>
{att}<div class="dt-tags">Từ khóa: <a href="{TAG}">OCOP</a></div>
<div class="dt-tools"><span>Chia sẻ:</span> <a href="javascript:void(0)" class="fb">f</a> <a href="javascript:window.print()">In trang</a></div>
<div class="dt-rate">{RATING}</div>
</article>
<section class="rel"><h4 class="w-title">Tin liên quan</h4><ul>{rel}</ul><a href="{a.category}" class="more">Xem thêm</a></section>"""


def teaser(a: HpArticle, words: int = 28) -> str:
    pic = a.first_image()
    summary = " ".join(a.summary().split()[:words])
    return (f'<li class="it">' + (f'<a href="{a.path}" class="th"><img src="{img(pic)}" alt=""></a>' if pic else "")
            + f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="tm">{stamp(a.date)}</span>'
            f"<p>{esc(summary)}</p></li>")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hai-phong", NAME, "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    by_path = {a.path: a for a in arts}
    stub_item = HpArticle(path=STUB, title="Ảnh: Ngày hội HTX huyện Kiến Thụy năm 2024", date=datetime(2024, 5, 30, 7, 0),
                          body="[img ngay-hoi-kien-thuy.png] Gian hàng của các HTX tại ngày hội")
    news = sorted([a for a in arts if a.category == NEWS] + [stub_item], key=lambda a: a.date, reverse=True)
    special = [a for a in arts if a.category == SPECIAL]
    old_special = special[2:]  # behind the fragment only
    old_news = news[6:]
    recent = [a for a in arts if a not in old_special and a not in old_news]
    hot = recent[:5]
    en_path = EN_ARTICLE.path
    vi_twin = EN_ARTICLE.extra["translation_of"]

    for a in arts:
        site.add_article(a)
        related = [o for o in recent if o is not a and o.category == a.category][:4]
        head = ""
        if a.path == vi_twin:
            head = f'\n<link rel="alternate" hreflang="en" href="{en_path}">'
        site.page(a.path, layout(a.title, detail(a, related), hot, head), content_type=HTML)
    site.binary(PDF_PATH, pdf("Kế hoạch số 18/KH-LMHTX", ["KE HOACH HO TRO HTX THAM GIA HOI CHO NAM 2024",
                                                        "Lien minh HTX thanh pho Hai Phong"]))

    # categories: six items, then a "Xem thêm" button whose data-url is an HTML fragment of <li>
    def category(path: str, name: str, shown: list[HpArticle], older: list[HpArticle], noscript: bool) -> None:
        frag = f"/ajax{path}?page=2"
        more = ""
        if older:
            more = (f'<div class="more"><a href="javascript:void(0)" class="btn-more" data-url="{frag}" '
                    f'data-target="#list">Xem thêm</a></div>')
            if noscript:
                more += f'<noscript><a href="{path}?page=2">Các tin cũ hơn</a></noscript>'
        site.page(path, layout(name, f'<h2 class="cat-ttl">{name}</h2><ul id="list" class="lst">'
                               + "".join(teaser(a) for a in shown) + f"</ul>{more}", hot), content_type=HTML)
        if older:
            site.page(frag, "\n".join(teaser(a) for a in older) + "\n", content_type=HTML)
            site.non_articles.append(frag)
            if noscript:
                site.page(f"{path}?page=2", layout(name, f'<h2 class="cat-ttl">{name}</h2><ul class="lst">'
                                                   + "".join(teaser(a) for a in older) + "</ul>", hot),
                          content_type=HTML)

    category(NEWS, "Tin tức - Sự kiện", news[:6], old_news, True)
    category(SPECIAL, "Chuyên đề", special[:2], old_special, False)
    site.trap("news category /tin-tuc shows six items and a 'Xem thêm' button: data-url='/ajax/tin-tuc?page=2' (an "
              "HTML fragment of bare <li> items) and a <noscript> link to /tin-tuc?page=2; the fragment and page 2 hold "
              "the oldest news article", "/ajax/tin-tuc?page=2")
    site.trap("category /chuyen-de: the 'Xem thêm' button has only data-url='/ajax/chuyen-de?page=2' (no <noscript> "
              "fallback); the fragment is the only link to the oldest article", "/ajax/chuyen-de?page=2")

    # home: a big slider and many short teasers
    slides = "".join(f'<div class="slide"><a href="{a.path}"><img src="{img(a.first_image() or "slide-default.png")}" alt=""></a>'
                     f'<div class="cap"><a href="{a.path}">{esc(a.title)}</a></div></div>' for a in recent[:4])
    short = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><p>{esc(" ".join(a.summary().split()[:14]))}...</p></li>'
                    for a in recent)
    home = (f'<div class="slider owl-carousel">{slides}</div><section class="home-news"><h2>Tin mới</h2>'
            f'<ul class="grid">{short}</ul><a href="{NEWS}" class="all">Xem tất cả</a></section>'
            f'<section class="home-gallery"><h2><a href="{GALLERY}">Thư viện ảnh</a></h2></section>')
    site.page("/", layout("Trang chủ", home, hot), content_type=HTML)
    site.trap("home page: a slider of four articles and a grid of short teasers (title + 14 words): not an article",
              "/")
    site.trap("every page, article, category or not, is /<slug> at the root (no id, no extension)",
              "/hai-phong-co-them-14-san-pham-ocop-cua-htx")

    stub = (f'<article class="dt"><div class="dt-time">{stamp(stub_item.date)}</div><h1 class="dt-ttl">{esc(stub_item.title)}</h1>'
            f'<div class="dt-body"><div class="pic"><img src="{img("ngay-hoi-kien-thuy.png")}" alt="">'
            '<p class="pic-note">Gian hàng của các HTX tại ngày hội</p></div></div></article>')
    site.page(STUB, layout(stub_item.title, stub, hot), content_type=HTML)
    site.trap("caption-only stub at /<slug> (date line, h1, one photo + caption), listed in /tin-tuc: not an article", STUB)

    about = "".join(f"<p>{esc(p)}</p>" for p in [
        "Liên minh Hợp tác xã thành phố Hải Phòng là tổ chức kinh tế - xã hội có tính chất xã hội - nghề nghiệp, tập "
        "hợp, liên kết các hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác và các tổ chức kinh tế khác trên địa bàn thành phố.",
        "Liên minh có chức năng đại diện, bảo vệ quyền và lợi ích hợp pháp của thành viên; tuyên truyền, vận động phát "
        "triển kinh tế tập thể; tư vấn, hỗ trợ, cung cấp dịch vụ cho các hợp tác xã về đào tạo, vốn, khoa học công nghệ "
        "và xúc tiến thương mại.",
        "Trải qua hơn ba mươi năm xây dựng và trưởng thành, Liên minh đã góp phần đưa khu vực kinh tế tập thể thành phố "
        "phát triển cả về số lượng và chất lượng, nhiều hợp tác xã trở thành điểm sáng về liên kết chuỗi giá trị, ứng "
        "dụng công nghệ cao trong nông nghiệp, thủy sản và dịch vụ.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Thi đua, Ban Hỗ trợ phát triển HTX, Phòng "
        "Tổng hợp và Quỹ hỗ trợ phát triển hợp tác xã thành phố."])
    site.page(ABOUT, layout("Giới thiệu", f'<article class="dt"><h1 class="dt-ttl">Giới thiệu chung</h1>'
                            f'<div class="dt-body">{about}</div></article>', hot), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", f'<h1 class="dt-ttl">Liên hệ</h1><p>{NAME}</p>'
                              '<form action="javascript:void(0)"><input name="name"><input name="email"><textarea name="msg">'
                              '</textarea><button type="button">Gửi liên hệ</button></form>', hot), content_type=HTML)
    album = "".join(f'<div class="alb"><img src="{img(a.first_image())}" alt=""><p>{esc(a.title)}</p></div>'
                    for a in recent if a.first_image())
    site.page(GALLERY, layout("Thư viện ảnh", f'<h1 class="dt-ttl">Thư viện ảnh</h1>{album}', hot), content_type=HTML)
    tagged = [by_path["/hai-phong-co-them-14-san-pham-ocop-cua-htx"], by_path[vi_twin]]
    site.page(TAG, layout("Tag: OCOP", '<h1 class="dt-ttl">OCOP</h1><ul class="lst">'
                          + "".join(teaser(a) for a in tagged) + "</ul>", hot), content_type=HTML)
    site.page(SEARCH, layout("Tìm kiếm", '<h1 class="dt-ttl">Kết quả tìm kiếm: ocop</h1><ul class="lst">'
                             + "".join(teaser(a) for a in tagged) + "</ul>", hot), content_type=HTML)
    site.non_articles += ["/", STUB, ABOUT, CONTACT, GALLERY, TAG, SEARCH, EN_HOME, EN_ABOUT]
    site.trap("introduction /gioi-thieu in the article template (h1, four long paragraphs, no date), contact, gallery, "
              "tag /tag/ocop (every article's 'Từ khóa') and search /tim-kiem?q=ocop (query route, the sidebar's 'Tìm nhiều'): "
              "not articles", ABOUT)

    # the English edition: its own skeleton words, one translated article
    site.add_article(EN_ARTICLE)
    site.page(en_path, en_layout(EN_ARTICLE.title, en_detail(EN_ARTICLE), vi_twin), content_type=HTML)
    site.page(EN_HOME, en_layout("Home", '<h2 class="cat-ttl">Latest news</h2><ul class="lst">' + teaser(EN_ARTICLE)
                                 + "</ul>", "/"), content_type=HTML)
    en_about = ("<p>The Hai Phong City Cooperative Alliance represents and supports more than 840 cooperatives and "
                "cooperative groups in the city, with training, credit from its development fund and trade promotion.</p>"
                "<p>It was founded in 1993 and is a member of the Vietnam Cooperative Alliance.</p>")
    site.page(EN_ABOUT, en_layout("About us", f'<article class="dt"><h1 class="dt-ttl">About us</h1><div class="dt-body">'
                                  f"{en_about}</div></article>", "/gioi-thieu"), content_type=HTML)
    site.trap("English home /en and about page /en/about-us (no date): not articles", EN_ABOUT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\n")
    return site


def en_detail(a: HpArticle) -> str:
    lead = f'<p class="summary"><strong>{inline_html(a.lead)}</strong></p>\n' if a.lead else ""
    return f"""<div class="bc"><a href="{EN_HOME}">Home</a> / <a href="{EN_HOME}">News</a></div>
<article class="dt">
<div class="dt-time">{stamp(a.date)}</div>
<h1 class="dt-ttl">{esc(a.title)}</h1>
{lead}<div class="dt-body">
{render_body(a)}
</div>
</article>
<section class="rel"><h4 class="w-title">Related news</h4><ul><li><a href="{EN_ABOUT}">About us</a></li></ul></section>"""


def en_layout(title: str, main: str, vi_href: str) -> str:
    footer = "".join(f"<p>{esc(x)}</p>" for x in EN_FOOTER)
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(title)} - Hai Phong Cooperative Alliance</title>
<link rel="stylesheet" href="/assets/css/main.css"><link rel="alternate" hreflang="vi" href="{vi_href}">
</head>
<body>
<div class="topbar"><span class="today">{EN_TODAY}</span> <span class="lang"><a href="{vi_href}">Vietnamese version</a></span></div>
<header class="hd"><a href="{EN_HOME}"><img src="/assets/img/logo-lmhtx-hp-en.png" alt="Hai Phong City Cooperative Alliance"></a></header>
<nav class="mainnav"><ul><li><a href="{EN_HOME}">Home</a></li><li><a href="{EN_ABOUT}">About us</a></li><li><a href="{EN_HOME}">News</a></li></ul></nav>
<div class="container"><main class="col-8">
{main}
</main>
<aside class="col-4"><h4 class="w-title">Latest news</h4><ul><li><a href="{EN_ARTICLE.path}">{esc(EN_ARTICLE.title)}</a></li></ul></aside></div>
<footer class="ft">{footer}</footer>
</body>
</html>
"""
