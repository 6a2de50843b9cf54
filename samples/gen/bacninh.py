"""Site `lmhtx-bacninh` (registry family `generic`): the Bắc Ninh alliance's site made with the new
Google Sites (a free site many small offices use), written as a held-out test: no family module,
no selectors.

Why it is hard: every page lives under `/view/lmhtx-bacninh/…` (articles are sub-pages of "Tin tức"
at `/view/lmhtx-bacninh/tin-tuc/<slug>`, the plan a sub-page of "Văn bản"); every element is a tile
wrapped in six levels of `<div>`s with obfuscated class names (`tyJCtd mGzaTb baZpAe`,
`hJDwNd-AhqUyc-uQSCkd …`), text in `<p dir="ltr" class="zfr3Q CDt4Ke">` with inline `<span
class="C9DxTc">`; the title is the `<h1>` of the cover banner (a section with a background image),
while the navigation and `<title>` name the page by its short page name. There is NO date element
and no metadata: the editors type "Ngày đăng: 14/03/2024" as the first (italic) paragraph of the
text box on most pages (a date line: not text), and on others the date is only in the text ("Sáng
ngày 12/3/2024, …", or "Ngày 20/2, …" without a year), where the hand-written "Tin tức" page
(paragraphs "dd/mm/yyyy – <link>") gives it. The Google footer's "Thông tin chi tiết về trang"
popup holds "Trang được cập nhật lần cuối: <date>" (later than the post): not the publication date.
The site-wide navigation lists every sub-page (collapsible "Tin tức" / "Văn bản" branches), so every
page links every article; image captions are separate centred italic text tiles; a photo story is
a grid of image tiles with caption tiles; the document page embeds Google Drive / Docs iframes.
The home, "Tin tức", the 2023 archive, "Văn bản", "Thư viện ảnh", "Giới thiệu" and "Liên hệ" pages
use the same template (cover h1 + text tiles): not articles.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import Article, SiteBuild, attr, esc, iso

SITE = "lmhtx-bacninh"
NAME = "Liên minh Hợp tác xã tỉnh Bắc Ninh"
SHORT = "Liên minh HTX tỉnh Bắc Ninh"
HTML = "text/html; charset=utf-8"
ROOT = "/view/lmhtx-bacninh"
NEWS = ROOT + "/tin-tuc"
ARCHIVE = NEWS + "/luu-tru-nam-2023"
DOCS = ROOT + "/van-ban"
ABOUT = ROOT + "/gioi-thieu"
CONTACT = ROOT + "/lien-he"
GALLERY = ROOT + "/thu-vien-anh"
UPDATED_LABEL = "Trang được cập nhật lần cuối:"

SLOGANS = ["Nhiệt liệt chào mừng Đại hội đại biểu Liên minh Hợp tác xã tỉnh Bắc Ninh lần thứ VI, nhiệm kỳ 2020 - 2025",
           "Hợp tác xã - Đoàn kết - Hợp tác - Phát triển"]
FOOTER = ["LIÊN MINH HỢP TÁC XÃ TỈNH BẮC NINH",
          "Địa chỉ: Số 11 đường Lý Thái Tổ, phường Suối Hoa, thành phố Bắc Ninh, tỉnh Bắc Ninh",
          "Điện thoại: 0222.3822.547 - Email: lmhtxbacninh@gmail.com",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Văn Phong - Chủ tịch Liên minh HTX tỉnh",
          "Lượt truy cập: 58.231"]
GOOGLE = ["Google Sites", "Báo cáo lạm dụng", "Thông tin chi tiết về trang", UPDATED_LABEL,
          "Bỏ qua để đến nội dung chính", "Bỏ qua điều hướng", "Tìm kiếm trên trang web này",
          "Mở rộng/Thu gọn", "Tin khác", "Ngày đăng:"]
BOILERPLATE = [*SLOGANS, *FOOTER, *GOOGLE]


def h(s: str, n: int = 6) -> str:
    return hashlib.md5(s.encode()).hexdigest()[:n]


def listing(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="listing", evidence=["listing"])


def posted(d: datetime, with_time: bool = False) -> dict:
    return dict(published=iso(d, with_time=with_time), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=NEWS + "/tong-ket-cong-tac-nam-2023",
          title="Liên minh HTX tỉnh Bắc Ninh tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024",
          date=datetime(2024, 1, 18),
          body="""
Sáng ngày 16/01/2024, Liên minh Hợp tác xã tỉnh Bắc Ninh tổ chức Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có đại diện lãnh đạo Liên minh HTX Việt Nam, các sở, ngành của tỉnh và hơn 120 đại biểu là cán bộ quản lý HTX.
Năm 2023, toàn tỉnh thành lập mới 41 HTX, nâng tổng số lên 623 HTX với hơn 62.000 thành viên; doanh thu bình quân một HTX đạt 3,2 tỷ đồng, tăng 9% so với năm 2022.
[img hoi-nghi-tong-ket-2023.png] Quang cảnh hội nghị tổng kết công tác năm 2023
## Nhiệm vụ trọng tâm năm 2024
* Tuyên truyền, hướng dẫn HTX tổ chức lại theo Luật Hợp tác xã năm 2023;
* Phấn đấu thành lập mới ít nhất 40 HTX, trong đó 10 HTX ứng dụng công nghệ cao;
* Giải ngân 18 tỷ đồng vốn Quỹ hỗ trợ phát triển HTX cho các dự án sản xuất;
* Hỗ trợ 20 HTX tham gia sàn thương mại điện tử.
Dịp này, 12 tập thể và 18 cá nhân có thành tích xuất sắc được Liên minh HTX tỉnh tặng Bằng khen.
""",
          byline="Thu Hà", author="Thu Hà", **posted(datetime(2024, 1, 18)),
          opts={"nav": "Tổng kết năm 2023", "posted": "18/01/2024", "updated": "22/01/2024"},
          notes=["'Ngày đăng: 18/01/2024' typed as the first (italic) paragraph of the text box: a date line, not "
                 "text; the text opens 'Sáng ngày 16/01/2024' (the conference, two days earlier); the cover <h1> is "
                 "the title while the navigation and <title> say 'Tổng kết năm 2023'; byline 'Thu Hà' (author)"]),
        A(path=NEWS + "/ra-mat-htx-nong-nghiep-dong-cuu",
          title="Ra mắt HTX Nông nghiệp và Dịch vụ tổng hợp Đông Cứu",
          date=datetime(2024, 3, 12),
          body="""
Sáng ngày 12/3/2024, tại xã Đông Cứu (huyện Gia Bình), Liên minh HTX tỉnh phối hợp với UBND huyện Gia Bình tổ chức lễ ra mắt HTX Nông nghiệp và Dịch vụ tổng hợp Đông Cứu.
HTX có 15 thành viên sáng lập, vốn điều lệ 1,5 tỷ đồng, hoạt động trong lĩnh vực cung ứng vật tư nông nghiệp, làm đất, thu hoạch lúa và bao tiêu rau màu cho các hộ trong xã.
[img ra-mat-htx-dong-cuu.png] Lãnh đạo Liên minh HTX tỉnh trao giấy chứng nhận đăng ký HTX
Ông Nguyễn Văn Lâm, Giám đốc HTX cho biết, trong năm đầu HTX tập trung liên kết sản xuất 30 ha rau an toàn theo hướng VietGAP, cung ứng cho bếp ăn các khu công nghiệp trên địa bàn.
Liên minh HTX tỉnh cam kết hỗ trợ HTX xây dựng phương án sản xuất kinh doanh và tiếp cận vốn vay ưu đãi.
""",
          byline="Minh Đức", author="Minh Đức", **listing(datetime(2024, 3, 12)),
          opts={"nav": "Ra mắt HTX Đông Cứu", "updated": "15/03/2024"},
          notes=["no 'Ngày đăng' line: the date is only in the text ('Sáng ngày 12/3/2024') and on the hand-written "
                 "'Tin tức' page ('12/03/2024 – <link>'), midnight; the footer popup says 'Trang được cập nhật lần "
                 "cuối: 15/03/2024' (not the publication date)"]),
        A(path=NEWS + "/htx-rau-an-toan-que-vo-mo-rong-lien-ket",
          title="HTX rau an toàn Quế Võ mở rộng liên kết tiêu thụ",
          date=datetime(2024, 2, 20),
          body="""
Ngày 20/2, HTX Rau an toàn Phương Liễu (thị xã Quế Võ) ký hợp đồng cung ứng rau cho hai chuỗi siêu thị tại Hà Nội, mỗi ngày khoảng 3 tấn rau các loại.
HTX hiện có 68 thành viên với 25 ha rau được cấp chứng nhận VietGAP, sản phẩm có tem truy xuất nguồn gốc bằng mã QR.
[img rau-an-toan-que-vo.png] Thành viên HTX thu hoạch rau cải phục vụ đơn hàng siêu thị
Theo Giám đốc HTX, giá bán theo hợp đồng ổn định quanh năm giúp thành viên yên tâm sản xuất, thu nhập bình quân đạt 180 triệu đồng/ha/năm.
Nguồn: Báo Bắc Ninh
""",
          author=None, **listing(datetime(2024, 2, 20)),
          opts={"nav": "HTX rau Phương Liễu", "updated": "04/03/2024"},
          notes=["the text says only 'Ngày 20/2' (no year) and nothing else on the page dates it: the 'Tin tức' page "
                 "says '20/02/2024' -> published from the listing, midnight; last line 'Nguồn: Báo Bắc Ninh' is a "
                 "source: part of the text, author null"]),
        A(path=DOCS + "/ke-hoach-hoat-dong-nam-2024",
          title="Kế hoạch hoạt động năm 2024 của Liên minh Hợp tác xã tỉnh Bắc Ninh",
          date=datetime(2024, 1, 10),
          body="""
LIÊN MINH HTX TỈNH BẮC NINH
Số: 15/KH-LMHTX
Bắc Ninh, ngày 08 tháng 01 năm 2024
KẾ HOẠCH
Hoạt động năm 2024 của Liên minh Hợp tác xã tỉnh Bắc Ninh
Căn cứ Luật Hợp tác xã số 17/2023/QH15 ngày 20/6/2023; căn cứ Chương trình công tác năm 2024 của Liên minh HTX Việt Nam, Liên minh HTX tỉnh Bắc Ninh xây dựng Kế hoạch hoạt động năm 2024 như sau:
## I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng hoạt động tư vấn, hỗ trợ; đưa Luật Hợp tác xã năm 2023 vào cuộc sống từ ngày 01/7/2024.
## II. NỘI DUNG
* Tổ chức 12 lớp tập huấn cho cán bộ quản lý HTX và thành viên;
* Xây dựng 5 mô hình HTX liên kết theo chuỗi giá trị gắn với sản phẩm OCOP;
* Tổ chức Hội chợ sản phẩm HTX tỉnh Bắc Ninh năm 2024 vào tháng 11.
Nơi nhận: Liên minh HTX Việt Nam; Thường trực Tỉnh ủy, UBND tỉnh; các HTX; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Nguyễn Đức Thắng
""",
          author=None, doc_number="15/KH-LMHTX", **posted(datetime(2024, 1, 10)),
          opts={"nav": "Kế hoạch năm 2024", "posted": "10/01/2024", "updated": "10/01/2024", "drive": True,
                "docs": True},
          notes=["official plan typed into a text box: 'Số: 15/KH-LMHTX', place-date line 'Bắc Ninh, ngày 08 tháng 01 "
                 "năm 2024' two days before 'Ngày đăng: 10/01/2024'; the law's effective date 01/7/2024 in the text; "
                 "a Google Drive preview <iframe> of the signed PDF under it; signer last, author null"]),
        A(path=NEWS + "/anh-san-pham-ocop-tai-hoi-cho-kinh-bac-2023",
          title="Ảnh: Sắc màu sản phẩm OCOP của HTX tại Hội chợ Kinh Bắc 2023",
          date=datetime(2023, 12, 5),
          body="""
Hội chợ Kinh Bắc 2023 diễn ra từ ngày 30/11 đến 04/12 tại Công viên Nguyễn Văn Cừ, với 35 gian hàng của HTX giới thiệu sản phẩm OCOP của tỉnh.
[img hoi-cho-gian-hang-gom.png] Gian hàng gốm Phù Lãng của HTX Gốm mỹ nghệ Phù Lãng
[img hoi-cho-banh-phu-the.png] Bánh phu thê Đình Bảng được nhiều du khách lựa chọn
[img hoi-cho-mat-ong.png] Mật ong hoa nhãn của HTX Nuôi ong Gia Bình đạt OCOP 3 sao
[img hoi-cho-tranh-dong-ho.png] Nghệ nhân làng tranh Đông Hồ hướng dẫn khách in tranh
""",
          byline="Ảnh: Hoàng Long", author="Hoàng Long", **posted(datetime(2023, 12, 5)),
          opts={"nav": "Ảnh: Hội chợ Kinh Bắc 2023", "posted": "05/12/2023", "updated": "05/12/2023",
                "grid": True, "year": 2023},
          notes=["photo story: one lead paragraph, then a 2 x 2 grid of image tiles, each with its caption in a "
                 "centred italic text tile; 'Ảnh: Hoàng Long' (author); listed only on the 2023 archive page"]),
        A(path=NEWS + "/them-12-san-pham-ocop-cua-htx-dat-3-sao",
          title="Bắc Ninh có thêm 12 sản phẩm OCOP của HTX đạt 3 sao",
          date=datetime(2023, 12, 26),
          body="""
UBND tỉnh Bắc Ninh vừa ban hành quyết định công nhận 31 sản phẩm OCOP năm 2023, trong đó 12 sản phẩm của các HTX đạt 3 sao.
Các sản phẩm của HTX được công nhận gồm:
* Mật ong hoa nhãn - HTX Nuôi ong Gia Bình;
* Gạo nếp cái hoa vàng - HTX Nông nghiệp Quỳnh Phú;
* Bánh tẻ Chờ - HTX Dịch vụ nông nghiệp Trung Nghĩa;
* Rau mầm hữu cơ - HTX Rau sạch Lương Tài;
* Gốm Phù Lãng - HTX Gốm mỹ nghệ Phù Lãng.
Liên minh HTX tỉnh sẽ tiếp tục hỗ trợ các HTX thiết kế bao bì, xây dựng gian hàng trực tuyến để mở rộng thị trường.
""",
          author=None, **posted(datetime(2023, 12, 26)),
          opts={"nav": "12 sản phẩm OCOP đạt 3 sao", "posted": "26/12/2023", "updated": "27/12/2023", "year": 2023},
          notes=["no byline: author null; listed only on the 2023 archive page (and in the navigation)"]),
        A(path=NEWS + "/htx-tam-son-trong-dua-luoi-trong-nha-mang",
          title="HTX Nông nghiệp Tam Sơn thành công với mô hình dưa lưới trong nhà màng",
          date=datetime(2024, 2, 28),
          body="""
Với 2 ha nhà màng trồng dưa lưới theo công nghệ tưới nhỏ giọt, HTX Nông nghiệp Tam Sơn (thành phố Từ Sơn) thu lãi gần 600 triệu đồng mỗi vụ.
HTX được hỗ trợ 50% kinh phí xây dựng nhà màng từ chương trình phát triển nông nghiệp công nghệ cao của tỉnh, phần còn lại vay từ Quỹ hỗ trợ phát triển HTX.
[img dua-luoi-tam-son.png] Dưa lưới trong nhà màng của HTX Nông nghiệp Tam Sơn
Mỗi năm HTX trồng ba vụ, năng suất khoảng 25 tấn/ha/vụ; sản phẩm được các cửa hàng trái cây ở Hà Nội và Bắc Ninh đặt mua trước khi thu hoạch.
Thời gian tới, HTX dự kiến mở rộng thêm 1 ha và kết hợp đón khách tham quan, trải nghiệm hái dưa.
""",
          byline="Bài, ảnh: Nguyễn Hương", author="Nguyễn Hương", **posted(datetime(2024, 2, 28)),
          opts={"nav": "Dưa lưới Tam Sơn", "posted": "28/02/2024", "updated": "01/03/2024"},
          notes=["byline 'Bài, ảnh: Nguyễn Hương' (author: Nguyễn Hương), a right-aligned bold paragraph at the end "
                 "of the last text tile"]),
        A(path=NEWS + "/tap-huan-chuyen-doi-so-cho-htx-nam-2024",
          title="Tập huấn chuyển đổi số cho cán bộ quản lý HTX năm 2024",
          date=datetime(2024, 4, 2, 15, 30),
          body="""
Từ ngày 28 đến 29/3/2024, Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho 60 cán bộ quản lý HTX trên địa bàn tỉnh.
Học viên được hướng dẫn sử dụng phần mềm kế toán, hóa đơn điện tử, chữ ký số và cách mở gian hàng trên các sàn thương mại điện tử.
[img tap-huan-chuyen-doi-so.png] Học viên thực hành mở gian hàng trực tuyến
Sau lớp học, Liên minh HTX tỉnh sẽ cử cán bộ đến từng HTX hỗ trợ cài đặt và sử dụng phần mềm trong ba tháng.
""",
          byline="Quang Huy", author="Quang Huy", **posted(datetime(2024, 4, 2, 15, 30), with_time=True),
          opts={"nav": "Tập huấn chuyển đổi số", "posted": "02/04/2024 - 15:30", "updated": "02/04/2024"},
          notes=["'Ngày đăng: 02/04/2024 - 15:30' (with a time, the only one) as the first paragraph; the text "
                 "opens with the course dates 28-29/3/2024"]),
    ]


# -- Google Sites markup -----------------------------------------------------------------------

def span(text: str, style: str = "") -> str:
    """Google Sites' inline runs: **bold** becomes a span with font-weight 700."""
    out = []
    for i, part in enumerate(text.split("**")):
        if part:
            st = style + ("font-weight: 700;" if i % 2 else "")
            st = f' style="{st}"' if st else ""
            out.append(f'<span class="C9DxTc aw5Odc"{st}>{esc(part)}</span>')
    return "".join(out)


def para(text: str, align: str = "", style: str = "") -> str:
    a = f' style="text-align: {align};"' if align else ""
    return f'<p dir="ltr" class="zfr3Q CDt4Ke"{a}>{span(text, style)}</p>'


def link_para(prefix: str, href: str, title: str) -> str:
    return (f'<p dir="ltr" class="zfr3Q CDt4Ke">{span(prefix)}<a class="XqQF9c" href="{href}">'
            f'<span class="C9DxTc aw5Odc" style="text-decoration: underline;">{esc(title)}</span></a></p>')


def tile(inner: str, key: str) -> str:
    """One element of a section: six nested divs with Google's class names around the content."""
    return (f'<div class="oKdM2c ZZyype Kzv0Me"><div id="h.{h(key, 12)}" class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 '
            f'zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb baZpAe lkHyyc">'
            f'{inner}</div></div></div></div>')


def image_tile(src: str, key: str) -> str:
    return (f'<div class="oKdM2c ZZyype"><div id="h.{h(key, 12)}" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd '
            f'jXK9ad D2fZ2 zu5uec wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="j5pSsc"><div class="t3iYD">'
            f'<img src="/_/rsrc/{h(src, 10)}/{src}" class="CENy8b" role="img" style="width: 100%;"></div></div></div></div></div>')


def row(cols: list[str], key: str) -> str:
    width = 12 // max(1, len(cols))
    inner = "".join(f'<div class="hJDwNd-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c JNdkSc SQVYQc yYI8W HQwdzb">'
                    f'<div class="JNdkSc-SmKAyb LkDMRd" data-col="{width}">{c}</div></div>' for c in cols)
    return f'<div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1" data-row="{h(key)}"><div class="XxnWBd">{inner}</div></div>'


def section(rows: list[str], key: str, extra: str = "") -> str:
    return (f'<section id="h.{h(key, 14)}" class="yaqOZd lQAHbd{extra}"><div class="IFuOkc"></div>'
            f'<div class="mYVXT">{"".join(rows)}</div></section>')


def cover(title: str, key: str, image: str = "cover-bac-ninh.png") -> str:
    return (f'<section id="h.{h(key + "cover", 14)}" class="yaqOZd LB7kq cJgDec nyKByd O13XJf KEFykf">'
            f'<div class="Nu95r"><div class="IFuOkc" style="background-size: cover; background-position: center center; '
            f'background-image: url(/_/rsrc/{h(image, 10)}/{image});"></div></div>'
            f'<div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd '
            f'Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd">'
            + tile(f'<h1 id="h.p_{h(title, 12)}" dir="ltr" class="zfr3Q duRjpb CDt4Ke"><span class="C9DxTc aw5Odc">'
                   f'{esc(title)}</span></h1>', key + "h1")
            + '</div></div></div></div></section>')


def text_tile(lines: list[str], key: str) -> str:
    return tile("".join(lines), key)


def body_sections(a: Article) -> list[str]:
    """The post as sections: runs of text in a text tile, each photo an image tile with its caption
    in a centred italic text tile below; the photo story's photos two by two."""
    out, run = [], []
    if a.opts.get("posted"):
        run.append(para(f"Ngày đăng: {a.opts['posted']}", style="font-style: italic; color: #666666;"))
    imgs = []
    n = [0]

    def flush() -> None:
        if run:
            n[0] += 1
            out.append(section([row([text_tile(list(run), f"{a.path}t{n[0]}")], f"{a.path}r{n[0]}")],
                               f"{a.path}s{n[0]}"))
            run.clear()

    def flush_imgs() -> None:
        while imgs:
            pair, imgs[:] = imgs[:2], imgs[2:]
            n[0] += 1
            cols = [image_tile(b.src, f"{a.path}{b.src}")
                    + (text_tile([para(b.text, "center", "font-style: italic;")], f"{a.path}{b.src}c") if b.text else "")
                    for b in pair]
            out.append(section([row(cols, f"{a.path}g{n[0]}")], f"{a.path}g{n[0]}"))

    for b in a.blocks:
        if b.kind == "img" and a.opts.get("grid"):
            flush()
            imgs.append(b)
            continue
        if b.kind == "p":
            run.append(para(b.text, "justify"))
        elif b.kind == "h":
            run.append(f'<h3 dir="ltr" class="zfr3Q OmQG5e CDt4Ke">{span(b.text)}</h3>')
        elif b.kind == "ul":
            run.append('<ul class="n8H08c UVNKR">' + "".join(
                f'<li class="zfr3Q TYR86d eD0Rn" dir="ltr" style="list-style-type: disc;">{para(i)}</li>'
                for i in b.items) + "</ul>")
        elif b.kind == "img":
            flush()
            n[0] += 1
            out.append(section([row([image_tile(b.src, a.path + b.src)], f"{a.path}i{n[0]}"),
                                row([text_tile([para(b.text, "center", "font-style: italic;")], a.path + b.src + "c")],
                                    f"{a.path}c{n[0]}")], f"{a.path}i{n[0]}"))
    flush_imgs()
    if a.byline:
        run.append(para(a.byline, "right", "font-weight: 700;"))
    flush()
    return out


# -- navigation, footer, page ----------------------------------------------------------------

def nav(arts: list[Article], current: str) -> str:
    def item(href: str, label: str, children: list[tuple[str, str]] = ()) -> str:
        cur = ' aria-current="true"' if href == current else ""
        sub = ""
        if children:
            sub = ('<div class="mBHtvb u5fiyc" role="button" tabindex="0" aria-expanded="false" aria-label="Mở rộng/Thu gọn">'
                   '<div class="ynRLnc">Mở rộng/Thu gọn</div><svg class="dvmRw" viewBox="0 0 24 24"><path d="M7 10l5 5 5-5z">'
                   '</path></svg></div><ul class="VcS63b" role="group">'
                   + "".join(f'<li jsname="ibnC6b" class="VsJjtf oNsfjf" data-nav-level="2"><div class="PsKE7e qV4dIc '
                             f'Qrrb5 baH5ib"><div class="I35ICb"><a class="aJHbb hDrhEe HlqNPb" href="{c}" '
                             f'data-url="{c}" data-type="1" data-level="2"{" aria-current=" + chr(34) + "true" + chr(34) if c == current else ""}>'
                             f'{esc(t)}</a></div></div></li>' for c, t in children) + "</ul>")
        return (f'<li jsname="ibnC6b" class="VsJjtf oNsfjf" data-nav-level="1"><div class="PsKE7e r8s4j-R6PoUb IKA38e '
                f'baH5ib oNsfjf"><div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="{href}" '
                f'data-url="{href}" data-type="1" data-level="1"{cur}>{esc(label)}</a>{sub}</div></div></li>')

    news = [a for a in arts if not a.opts.get("docs") and not a.opts.get("year")]
    old = [a for a in arts if a.opts.get("year")]
    docs = [a for a in arts if a.opts.get("docs")]
    items = [item(ROOT, "Trang chủ"), item(ABOUT, "Giới thiệu"),
             item(NEWS, "Tin tức", [(a.path, a.opts["nav"]) for a in news] + [(ARCHIVE, "Lưu trữ năm 2023")]
                  + [(a.path, a.opts["nav"]) for a in old]),
             item(DOCS, "Văn bản", [(a.path, a.opts["nav"]) for a in docs]),
             item(GALLERY, "Thư viện ảnh"), item(CONTACT, "Liên hệ")]
    return (f'<div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc"><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi">'
            f'<div class="Pvc6xe"><div class="TlfmSc YSH9J"><a class="GAuSPc" href="{ROOT}">'
            f'<img src="/_/rsrc/{h("logo", 10)}/logo-lmhtx-bn.png" class="lzy1Td" alt="Logo"></a>'
            f'<a class="GAuSPc" href="{ROOT}"><span class="QTKDff">{esc(SHORT)}</span></a></div>'
            '<div class="pBmh1 wBjq5c" jsname="DiBhFf"><span class="ynRLnc">Tìm kiếm trên trang web này</span></div></div>'
            f'<nav class="JzO0Vc" aria-label="Menu điều hướng ngoài trang"><ul class="jYxBte Fpy8Db" role="navigation">'
            f'{"".join(items)}</ul></nav></div></div>')


def footer_section(updated: str) -> str:
    own = section([row([text_tile([para(FOOTER[0], "center", "font-weight: 700;")]
                                  + [para(x, "center") for x in FOOTER[1:4]], "footer"),
                        tile('<div class="w536ob"><iframe class="YMEQtf" sandbox="allow-scripts" '
                             'src="/_/embed/counter.html" title="Bộ đếm"></iframe>'
                             f'<p class="counter">{FOOTER[4]}</p></div>', "counter")], "footer-row")],
                  "footer", " Zjtbv")
    google = ('<div class="dZA9kd ynRLnc" role="contentinfo"><div class="fB7J9c kWv2Xb QVWxAb">'
              '<a class="Xpil1b XA7GEc" href="javascript:void(0)" aria-label="Thông tin chi tiết về trang">'
              '<span>Thông tin chi tiết về trang</span></a>'
              f'<div class="VNyXhc" role="dialog" hidden><span>{UPDATED_LABEL} {updated}</span></div>'
              '<a class="Xpil1b" href="{{base:offsite}}/" target="_blank">Báo cáo lạm dụng</a>'
              '<a class="XA7GEc" href="{{base:offsite}}/" target="_blank"><span>Google Sites</span></a></div></div>')
    return own + google


def layout(title: str, main: str, arts: list[Article], current: str, updated: str) -> str:
    page_name = f"{SHORT} - {title}" if title else SHORT
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{attr(title or SHORT)}">
<meta property="og:type" content="website">
<meta itemprop="name" content="{attr(title or SHORT)}">
<link rel="canonical" href="{{{{base}}}}{current}">
<title>{esc(page_name)}</title>
<link rel="stylesheet" href="/_/static/client/css/2574196451-mobile_view_css_ltr.css">
<script src="/_/static/client/js/2853081914-v2_published_site_mobile__vi.js"></script>
</head>
<body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d">
<div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;">
<div id="docs-banner-container"><div id="docs-banners"><div class="Xpil1b"></div></div></div>
<div class="LgNcQe" tabindex="0" role="button"><a class="Wew9ke" href="#h.{h(current)}">Bỏ qua để đến nội dung chính</a>
<a class="Wew9ke" href="#h.nav">Bỏ qua điều hướng</a></div>
<div class="UtePc RCETm" dir="ltr">
<header id="atIdViewHeader">{nav(arts, current)}</header>
<div role="main" tabindex="-1" class="UtePc RCETm yxgWrb" dir="ltr">
<section id="h.{h('slogan', 14)}" class="yaqOZd qeLZfd"><div class="mYVXT">{row([text_tile([para(s, "center", "color: #cc0000; font-weight: 700;") for s in SLOGANS], "slogans")], "slogans")}</div></section>
{main}
</div>
{footer_section(updated)}
</div>
</div>
</body></html>
"""


def article_page(a: Article, arts: list[Article]) -> str:
    others = [o for o in arts if o is not a][:4]
    more = section([row([text_tile([f'<h3 dir="ltr" class="zfr3Q OmQG5e CDt4Ke">{span("Tin khác")}</h3>']
                                   + [link_para("", o.path, o.title) for o in others], a.path + "more")],
                        a.path + "more")], a.path + "more")
    embed = ""
    if a.opts.get("drive"):
        embed = section([row([tile('<div class="w536ob"><iframe class="YMEQtf" allowfullscreen '
                                   'src="{{base:offsite}}/drive/file/d/1aK9vXb3LmHtXbN15KH2024/preview" '
                                   'title="15-KH-LMHTX.pdf" width="100%" height="760"></iframe></div>', a.path + "drive")],
                             a.path + "drive")], a.path + "drive")
    main = cover(a.title, a.path) + "".join(body_sections(a)) + embed + more
    return layout(a.opts["nav"], main, arts, a.path, a.opts["updated"])


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-ninh", NAME, "generic", None, start_urls=["{{base:%s}}%s" % (SITE, ROOT)])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        site.page(a.path, article_page(a, arts), content_type=HTML)
        site.add_article(a)
    site.redirect("/", ROOT, 302)
    site.trap("the root / answers 302 to /view/lmhtx-bacninh (start URL); every page under it, no extensions",
              ROOT)

    def static(path: str, title: str, sections: list[str], updated: str = "20/03/2024") -> None:
        site.page(path, layout(title, cover(title, path) + "".join(sections), arts, path, updated), content_type=HTML)
        site.non_articles.append(path)

    news = [a for a in arts if not a.opts.get("docs") and not a.opts.get("year")]
    old = [a for a in arts if a.opts.get("year")]
    docs = [a for a in arts if a.opts.get("docs")]

    def dated_links(items: list[Article]) -> list[str]:
        return [link_para(f"{a.date:%d/%m/%Y} – ", a.path, a.title) for a in items]

    static(NEWS, "Tin tức", [
        section([row([text_tile([para("Tin hoạt động của Liên minh HTX tỉnh và các HTX trên địa bàn tỉnh Bắc Ninh năm 2024.",
                                      style="font-style: italic;")] + dated_links(news)
                                + [link_para("", ARCHIVE, "Xem tin năm 2023")], "news-list")], "news-list")], "news-list")],
        "03/04/2024")
    static(ARCHIVE, "Lưu trữ năm 2023", [
        section([row([text_tile(dated_links(old), "archive")], "archive")], "archive")], "27/12/2023")
    site.trap("'Tin tức' is a hand-written page: a text tile of paragraphs 'dd/mm/yyyy – <link>' (the only date of "
              "two articles), then 'Xem tin năm 2023' to a second hand-written page; not articles", NEWS)
    static(DOCS, "Văn bản", [
        section([row([text_tile(dated_links(docs) + [para("Các văn bản của Liên minh HTX Việt Nam:")], "docs")],
                     "docs")], "docs"),
        section([row([tile('<div class="w536ob"><iframe class="YMEQtf" src="{{base:offsite}}/drive/embeddedfolderview'
                           '?id=1LmHtXbNvanban2024#list" title="Thư mục văn bản" width="100%" height="480"></iframe></div>',
                           "docs-folder"),
                      tile('<div class="w536ob"><iframe class="YMEQtf" src="{{base:offsite}}/docs/document/d/1vcaCT2024/'
                           'pub?embedded=true" title="Chương trình công tác 2024" width="100%" height="600"></iframe></div>',
                           "docs-doc")], "docs-embeds")], "docs-embeds")])
    site.trap("'Văn bản' page: a dated link to the plan, a Google Drive folder <iframe> and an embedded Google Docs "
              "<iframe> (both outside the site): not an article", DOCS)

    gallery_imgs = [b for a in arts for b in a.blocks if b.kind == "img"][:6]
    static(GALLERY, "Thư viện ảnh", [
        section([row([image_tile(b.src, "gal" + b.src) for b in gallery_imgs[i:i + 3]], f"gal{i}")], f"gal{i}")
        for i in range(0, len(gallery_imgs), 3)])
    about = [
        "Liên minh Hợp tác xã tỉnh Bắc Ninh là tổ chức chính trị - xã hội và kinh tế, đại diện cho các hợp tác xã, liên "
        "hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh, thành lập năm 1997 khi tái lập tỉnh Bắc Ninh.",
        "Liên minh có chức năng tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ thành lập và tổ chức "
        "lại hợp tác xã; đào tạo, bồi dưỡng cán bộ; xúc tiến thương mại và quản lý Quỹ hỗ trợ phát triển hợp tác xã.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Phong trào, Ban Hỗ trợ phát triển và Quỹ hỗ "
        "trợ phát triển hợp tác xã, với 24 cán bộ, công chức và người lao động.",
        "Trang thông tin này được xây dựng để giới thiệu hoạt động của Liên minh và các hợp tác xã, sản phẩm OCOP của "
        "tỉnh tới bạn bè trong và ngoài tỉnh."]
    static(ABOUT, "Giới thiệu", [section([row([text_tile([para(p, "justify") for p in about], "about")], "about")], "about")])
    static(CONTACT, "Liên hệ", [section([row([
        text_tile([para(NAME, style="font-weight: 700;"), para("Giờ làm việc: Thứ Hai - Thứ Sáu, 7h30 - 17h00"),
                   para("Mọi ý kiến xin gửi qua biểu mẫu bên cạnh hoặc thư điện tử của Liên minh.")], "contact"),
        tile('<div class="w536ob"><iframe class="YMEQtf" src="{{base:offsite}}/forms/d/e/1FAIpQLSlmhtxbn/viewform?embedded=true" '
             'title="Biểu mẫu liên hệ" width="100%" height="520"></iframe></div>', "contact-form")], "contact")], "contact")])
    site.trap("'Giới thiệu' (cover h1 and four long paragraphs, no date), 'Liên hệ' (an embedded Google Form) and "
              "'Thư viện ảnh' (image tiles only) in the same template as the articles: not articles", ABOUT)

    home = [section([row([text_tile([
        para("Chào mừng bạn đến với trang thông tin của Liên minh Hợp tác xã tỉnh Bắc Ninh!", "center", "font-weight: 700;"),
        para("Nơi cập nhật hoạt động của Liên minh, các hợp tác xã và sản phẩm OCOP của tỉnh.", "center")], "home-intro")],
        "home-intro")], "home-intro")]
    cards = []
    for a in news[:3]:
        pic = a.first_image()
        cards.append((image_tile(pic, "home" + pic) if pic else "")
                     + text_tile([f'<h3 dir="ltr" class="zfr3Q OmQG5e CDt4Ke"><a class="XqQF9c" href="{a.path}">'
                                  f'{span(a.title)}</a></h3>',
                                  para(" ".join(a.summary().split()[:25]) + " ..."),
                                  f'<div class="FKF6mc TpQm9d"><a class="FKF6mc TpQm9d QmpIrf M9Bg4d" href="{a.path}">'
                                  '<div class="NsaAfc"><p>Xem chi tiết</p></div></a></div>'], "home" + a.path))
    home.append(section([row([text_tile([f'<h2 dir="ltr" class="zfr3Q JYVBee CDt4Ke">{span("Tin mới")}</h2>'], "home-h")],
                             "home-h"), row(cards, "home-cards")], "home-cards"))
    site.page(ROOT, layout("", cover(SHORT, ROOT, "cover-home.png") + "".join(home), arts, ROOT, "03/04/2024"),
              content_type=HTML)
    site.non_articles.append(ROOT)
    site.trap("home page: cover h1 with the site's name, three cards (image tile, h3 link, 25 words, button 'Xem chi "
              "tiết'): not an article", ROOT)
    site.trap("the Google footer's 'Thông tin chi tiết về trang' dialog says 'Trang được cập nhật lần cuối: dd/mm/yyyy' "
              "(the page's last edit): never the publication date", NEWS + "/ra-mat-htx-nong-nghiep-dong-cuu")
    site.binary("/_/embed/counter.html", b"<!DOCTYPE html><html><body>58231</body></html>")
    site.static("/robots.txt", "User-agent: *\nAllow: /\n")
    return site
