"""Site `lmhtx-hoabinh` (registry family `generic`): the Hòa Bình alliance on a Java CMS (Magnolia CMS 5
with the Standard Templating Kit, JSP templates behind Tomcat), written as a held-out test: no family
module, no selectors.

Why it is hard: pages are `/vi/tin-tuc/<slug>.html`, but Tomcat rewrites links with the session id
for cookie-less visitors, so the home and the first listing page link to the same articles as
`/vi/tin-tuc/<slug>.html;jsessionid=9A8B…` (a path parameter: one article, several addresses, and no
rel=canonical). Listings are `/vi/tin-tuc.html` then `/vi/tin-tuc/index.jsp?page=2`. The article
is a `div.mgnlArea` of components: a head (`p.date` "14-03-2024 08:30" above the `<h1>`, the lead a
bold `p.abstract`), then `div.text-image` components (an optional `<h2>`, an image with its caption
in `<dl class="caption">`, paragraphs); the author is a "Tác giả: …" line AFTER the components
(`p.article-author`: the author, not text) on most articles, a byline paragraph inside the last
component on one, a source on another, nothing on others. "Bản in" leads to the print view
`<slug>.print.html` (the same article again, another address). The header's language switcher
leads, on three articles, to the English translation `/en/news/<slug>.html` (English text, same
template and date: not an article of this Vietnamese archive, and not a second copy). A notice
template has no date line at all: its date is only in the text ("Ngày 12/3, …", no year) and in
the listing ("12-03-2024").
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import Article, SiteBuild, attr, esc, inline_html, iso, pdf, png

SITE = "lmhtx-hoabinh"
NAME = "Liên minh Hợp tác xã tỉnh Hòa Bình"
HTML = "text/html;charset=UTF-8"
HOME = "/vi/trang-chu.html"
NEWS = "/vi/tin-tuc.html"
NEWS2 = "/vi/tin-tuc/index.jsp?page=2"
NEWS1 = "/vi/tin-tuc/index.jsp?page=1"
DOCS = "/vi/van-ban.html"
ABOUT = "/vi/gioi-thieu.html"
CONTACT = "/vi/lien-he.html"
GALLERY = "/vi/thu-vien-anh.html"
SEARCH = "/vi/tim-kiem.html?q=ocop"
EN_HOME = "/en/home.html"
LOGIN = "/.magnolia/admincentral"
PER = 6
SESSION_HOME = "9A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D"
SESSION_LIST = "E1F20C3B4A59687D7C6B5A4F3E2D1C0B"
PDF_PATH = "/dam/jcr:3f2a9c1e-7b4d-4e2a-9c61-0d8e5b7a1f23/QD-15-LMHTX-quy-che-quy-ho-tro.pdf"

TODAY = "Thứ Hai, 23/11/2026"
SLOGANS = ["Nhiệt liệt chào mừng kỷ niệm 138 năm thành lập tỉnh Hòa Bình (22/6/1886 - 22/6/2024)",
           "Hợp tác xã - Nền tảng phát triển kinh tế nông thôn bền vững"]
SIDE = ["Tin cùng chuyên mục", "Liên kết website", "Lượt truy cập", "Đang trực tuyến: 14",
        "Tổng lượt truy cập: 987.654", "Video clip"]
FOOTER = ["CỔNG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ TỈNH HÒA BÌNH",
          "Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Hòa Bình",
          "Địa chỉ: Tổ 9, phường Phương Lâm, thành phố Hòa Bình, tỉnh Hòa Bình",
          "Điện thoại: 0218.3852.366 - Email: lmhtx@hoabinh.gov.vn",
          "Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Hòa Bình cấp ngày 14/4/2020",
          "Ghi rõ nguồn “lienminhhtx.hoabinh.gov.vn” khi phát hành lại thông tin từ website này"]
LABELS = ["Bạn đang ở:", "Bản in", "Gửi email", "Về đầu trang", "Lượt xem:", "Tệp đính kèm", "Đăng nhập",
          "Tiếng Việt", "English", "Trang sau", "Trang trước"]
BOILERPLATE = [TODAY, *SLOGANS, *SIDE, *FOOTER, *LABELS[:9]]


def vn_stamp(d: datetime) -> str:
    return f"{d:%d-%m-%Y %H:%M}"


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def news_path(slug: str) -> str:
    return f"/vi/tin-tuc/{slug}.html"


def articles() -> list[Article]:
    A = Article
    return [
        A(path=news_path("htx-cam-cao-phong-xay-dung-vung-nguyen-lieu-dat-chuan"),
          title="HTX cam Cao Phong xây dựng vùng nguyên liệu đạt chuẩn",
          date=datetime(2024, 3, 14, 8, 30),
          lead="HTX Nông nghiệp Cao Phong đang chuyển 85 ha cam của thành viên sang sản xuất theo tiêu chuẩn VietGAP, giữ uy tín cho chỉ dẫn địa lý “Cam Cao Phong”.",
          body="""
## Đổi mới cách làm
Sau nhiều năm cam rớt giá do trồng ồ ạt, HTX vận động thành viên chặt bỏ những vườn cam già cỗi, chuyển một phần diện tích sang bưởi đỏ và mía tím.
[img cam-cao-phong.png] Thành viên HTX Nông nghiệp Cao Phong chăm sóc vườn cam VietGAP
Các vườn còn lại được tưới nhỏ giọt, bón phân hữu cơ vi sinh và ghi chép nhật ký sản xuất để truy xuất nguồn gốc bằng mã QR.
## Liên kết tiêu thụ
HTX đã ký hợp đồng cung ứng cam cho hai chuỗi siêu thị tại Hà Nội với sản lượng khoảng 600 tấn mỗi vụ, giá cao hơn bán lẻ cho thương lái từ 3.000 đến 5.000 đồng/kg.
""",
          author="Bùi Thị Hằng", **dated(datetime(2024, 3, 14, 8, 30)),
          opts={"tacgia": "Bùi Thị Hằng", "en": ("cao-phong-orange-cooperative-builds-certified-growing-area",
                                                 "Cao Phong orange cooperative builds certified growing area")},
          notes=["date '14-03-2024 08:30' (p.date above the <h1>); lead bold p.abstract; two text-image components "
                 "with <h2> subheadings and a captioned image (<dl class=caption>); 'Tác giả: Bùi Thị Hằng' after the "
                 "components (p.article-author): the author, not text; linked from the home as "
                 "…html;jsessionid=9A8B… and from page 1 of the list as …html;jsessionid=E1F2…: aliases; an English "
                 "translation /en/news/… (language switcher): not an article"]),
        A(path=news_path("anh-htx-det-tho-cam-mai-chau-vao-mua-du-lich"),
          title="Ảnh: HTX dệt thổ cẩm Mai Châu vào mùa du lịch",
          date=datetime(2024, 3, 10, 16, 20),
          lead="Mùa du lịch đầu năm, các thành viên HTX Dệt thổ cẩm bản Lác (huyện Mai Châu) tăng ca để kịp phục vụ khách.",
          body="""
[img tho-cam-1.png] Nghệ nhân HTX dệt thổ cẩm trên khung cửi truyền thống
[img tho-cam-2.png] Khăn, túi thổ cẩm của HTX được bày bán tại bản Lác
[img tho-cam-3.png] Du khách nước ngoài trải nghiệm dệt vải cùng thành viên HTX
[img tho-cam-4.png] Sản phẩm thổ cẩm Mai Châu đạt chứng nhận OCOP 3 sao
""",
          author="Quang Hưng", **dated(datetime(2024, 3, 10, 16, 20)), opts={"tacgia": "Quang Hưng"},
          notes=["photo story: four text-image components, each an image and its caption only (one line each), "
                 "under the lead; 'Tác giả: Quang Hưng' after them: the author, not text"]),
        A(path="/vi/van-ban/quyet-dinh-ban-hanh-quy-che-quan-ly-quy-ho-tro-phat-trien-htx.html",
          title="Quyết định ban hành Quy chế quản lý và sử dụng Quỹ hỗ trợ phát triển hợp tác xã tỉnh",
          date=datetime(2024, 3, 8, 10, 0),
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH HÒA BÌNH
Số: 15/QĐ-LMHTX
Hòa Bình, ngày 07 tháng 3 năm 2024
QUYẾT ĐỊNH
Về việc ban hành Quy chế quản lý và sử dụng Quỹ hỗ trợ phát triển hợp tác xã tỉnh Hòa Bình
CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ TỈNH HÒA BÌNH
Căn cứ Luật Hợp tác xã năm 2023; căn cứ Điều lệ Liên minh Hợp tác xã tỉnh Hòa Bình;
Xét đề nghị của Giám đốc Quỹ hỗ trợ phát triển hợp tác xã tỉnh,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý và sử dụng Quỹ hỗ trợ phát triển hợp tác xã tỉnh Hòa Bình.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng, Giám đốc Quỹ và các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.
Nơi nhận: Như Điều 3; UBND tỉnh; Lưu VT.
CHỦ TỊCH Nguyễn Văn Hùng
""",
          author=None, doc_number="15/QĐ-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "QD-15-LMHTX-quy-che-quy-ho-tro.pdf"}],
          **dated(datetime(2024, 3, 8, 10, 0)), opts={"docs": True},
          notes=["official decision 'Số: 15/QĐ-LMHTX', place-date line 'Hòa Bình, ngày 07 tháng 3 năm 2024' the day "
                 "before the page's '08-03-2024 10:00'; signer last; no 'Tác giả' line: author null; the PDF (a "
                 "Magnolia DAM address /dam/jcr:<uuid>/…) in a 'Tệp đính kèm' box: an attachment, not text"]),
        A(path=news_path("thong-bao-to-chuc-lop-tap-huan-luat-hop-tac-xa-2023"),
          title="Thông báo tổ chức lớp tập huấn Luật Hợp tác xã năm 2023",
          date=datetime(2024, 3, 12),
          body="""
Ngày 12/3, Liên minh HTX tỉnh thông báo tổ chức lớp tập huấn Luật Hợp tác xã năm 2023 cho cán bộ quản lý HTX trên địa bàn tỉnh.
Lớp học diễn ra trong hai ngày 21 và 22/3 tại hội trường Liên minh HTX tỉnh; mỗi HTX cử 01 đến 02 cán bộ tham dự.
Học viên được cấp tài liệu và hỗ trợ tiền ăn, đi lại theo quy định; danh sách đăng ký gửi về Văn phòng Liên minh trước ngày 18/3.
""",
          author="Nguyễn Thu Trang", published=iso(datetime(2024, 3, 12), with_time=False),
          published_source="listing", evidence=["listing"], opts={"tacgia": "Nguyễn Thu Trang", "notice": True},
          notes=["notice template WITHOUT a date line: the date is only in the text ('Ngày 12/3', no year) and in the "
                 "listing ('12-03-2024'): midnight; 'Tác giả: Nguyễn Thu Trang' after the text: the author"]),
        A(path=news_path("lien-minh-htx-tinh-so-ket-quy-i-nam-2024"),
          title="Liên minh HTX tỉnh sơ kết công tác quý I năm 2024",
          date=datetime(2024, 2, 28, 15, 45),
          lead="Quý I/2024, toàn tỉnh thành lập mới 9 HTX, nâng tổng số HTX đang hoạt động lên 486 HTX.",
          body="""
Hội nghị đánh giá các HTX đã chủ động tổ chức sản xuất vụ Đông Xuân, bảo đảm cung ứng vật tư và dịch vụ thủy lợi cho thành viên.
## Nhiệm vụ quý II
* Tuyên truyền Luật Hợp tác xã năm 2023 trước ngày luật có hiệu lực;
* Hỗ trợ 15 HTX hoàn thiện hồ sơ tham gia Chương trình OCOP;
* Giải ngân 3 tỷ đồng vốn vay từ Quỹ hỗ trợ phát triển HTX.
Nguồn: Báo Hòa Bình
""",
          author=None, **dated(datetime(2024, 2, 28, 15, 45)),
          opts={"en": ("provincial-cooperative-alliance-reviews-first-quarter-2024",
                       "Provincial Cooperative Alliance reviews first quarter of 2024")},
          notes=["the text ends with 'Nguồn: Báo Hòa Bình' (right-aligned italic): part of the text, a source, no "
                 "'Tác giả' line: author null; an <h2> and a list; English translation /en/news/…: not an article"]),
        A(path=news_path("htx-rau-huu-co-luong-son-cung-ung-cho-thu-do"),
          title="HTX rau hữu cơ Lương Sơn cung ứng rau sạch cho Thủ đô",
          date=datetime(2024, 2, 19, 9, 10),
          lead="Mỗi ngày, HTX Nông nghiệp hữu cơ Lương Sơn đưa khoảng 1,5 tấn rau hữu cơ về các cửa hàng tại Hà Nội.",
          body="""
HTX có 32 thành viên canh tác 18 ha rau theo tiêu chuẩn hữu cơ, không sử dụng phân bón hóa học và thuốc bảo vệ thực vật.
[img rau-luong-son.png] Thành viên HTX thu hoạch rau cải hữu cơ
Nhờ liên kết tiêu thụ ổn định, thu nhập bình quân của thành viên đạt 7 triệu đồng/người/tháng, cao gấp đôi trồng rau thông thường.
Bài và ảnh: Hoàng Lan
""",
          author="Hoàng Lan", **dated(datetime(2024, 2, 19, 9, 10)), opts={"byline_p": True},
          notes=["no 'Tác giả' line: the byline 'Bài và ảnh: Hoàng Lan' is the last paragraph of the last component "
                 "(right-aligned bold): part of the text, author Hoàng Lan"]),
        A(path=news_path("htx-mia-tim-tan-lac-tieu-thu-tet"),
          title="HTX mía tím Tân Lạc tiêu thụ hết sản lượng dịp Tết",
          date=datetime(2024, 2, 5, 14, 0),
          lead="Gần 900 tấn mía tím của HTX Nông nghiệp Phong Phú (huyện Tân Lạc) đã được tiêu thụ hết trước Tết Giáp Thìn.",
          body="""
Năm nay mía tím được giá, thương lái thu mua tại ruộng từ 180.000 đến 220.000 đồng/chục cây, tăng khoảng 15% so với năm trước.
[img mia-tim.png] Thành viên HTX thu hoạch mía tím phục vụ thị trường Tết
HTX hỗ trợ thành viên khâu vận chuyển và kết nối với các đầu mối tại Hà Nội, Hải Phòng, Quảng Ninh.
""",
          author="Trần Văn Khánh", **dated(datetime(2024, 2, 5, 14, 0)), opts={"tacgia": "Trần Văn Khánh"}),
        A(path=news_path("hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-5"),
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 5",
          date=datetime(2024, 1, 23, 16, 20),
          lead="Ban Chấp hành Liên minh HTX tỉnh khóa VI tổ chức hội nghị lần thứ 5, đánh giá kết quả năm 2023.",
          body="""
Năm 2023, doanh thu bình quân của HTX đạt 2,9 tỷ đồng, lãi bình quân 285 triệu đồng/HTX; thu nhập bình quân của người lao động trong HTX khoảng 5,2 triệu đồng/tháng.
Hội nghị đã thảo luận, thông qua chương trình công tác năm 2024 và kiện toàn một số chức danh Ủy viên Ban Chấp hành.
""",
          author=None, **dated(datetime(2024, 1, 23, 16, 20)),
          opts={"en": ("fifth-meeting-of-the-provincial-cooperative-alliance-executive-board",
                       "Fifth meeting of the Provincial Cooperative Alliance Executive Board")},
          notes=["no byline and no 'Tác giả' line: author null; English translation: not an article"]),
        A(path=news_path("htx-du-lich-cong-dong-ban-lac-don-khach-dau-nam"),
          title="HTX du lịch cộng đồng bản Lác đón khách đầu năm",
          date=datetime(2024, 1, 10, 7, 50),
          lead="Những ngày đầu năm 2024, HTX Du lịch cộng đồng bản Lác đón hơn 3.000 lượt khách trong và ngoài nước.",
          body="""
HTX có 46 hộ thành viên làm dịch vụ homestay nhà sàn, ẩm thực và biểu diễn văn nghệ dân tộc Thái.
[img ban-lac.png] Du khách thưởng thức văn nghệ tại nhà sàn của thành viên HTX
HTX đã thống nhất giá dịch vụ, phân công đón khách luân phiên giữa các hộ và trích quỹ chung để giữ gìn cảnh quan bản.
""",
          author="Lê Hà", **dated(datetime(2024, 1, 10, 7, 50)), opts={"tacgia": "Lê Hà"},
          notes=["oldest article: only on /vi/tin-tuc/index.jsp?page=2; 'Tác giả: Lê Hà' after the text: the author"]),
    ]


EN_TEXT = {
    "cao-phong-orange-cooperative-builds-certified-growing-area": [
        "Cao Phong Agricultural Cooperative is converting 85 hectares of its members' orange orchards to VietGAP "
        "standards to protect the reputation of the Cao Phong orange geographical indication.",
        "After years of falling prices, the cooperative encouraged members to replace old orchards and to switch part "
        "of the area to red pomelo and purple sugarcane.",
        "The cooperative has signed supply contracts with two supermarket chains in Hanoi for about 600 tonnes per "
        "season."],
    "provincial-cooperative-alliance-reviews-first-quarter-2024": [
        "In the first quarter of 2024, nine new cooperatives were established in the province, bringing the number "
        "of active cooperatives to 486.",
        "In the second quarter the Alliance will disseminate the 2023 Law on Cooperatives, support 15 cooperatives in "
        "the OCOP programme and disburse 3 billion dong of loans from the Cooperative Development Fund."],
    "fifth-meeting-of-the-provincial-cooperative-alliance-executive-board": [
        "The sixth-term Executive Board of the Provincial Cooperative Alliance held its fifth meeting to review the "
        "results of 2023.",
        "In 2023 the average revenue of a cooperative reached 2.9 billion dong and the average income of cooperative "
        "workers was about 5.2 million dong per month."],
}


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    h = hashlib.md5(src.encode()).hexdigest()
    return f"/dam/jcr:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}/{src}"


def sess(path: str, session: str | None) -> str:
    if not session:
        return path
    base, q, query = path.partition("?")
    return f"{base};jsessionid={session}{q}{query}"


def components(a: Article) -> str:
    comps: list[list[str]] = [[]]
    for b in a.blocks:
        if b.kind == "h":
            comps.append([f"<h2>{inline_html(b.text)}</h2>"])
        elif b.kind == "img":
            if a.title.startswith("Ảnh:"):
                comps.append([])
            comps[-1].append(f'<div class="text-image-image"><img src="{img(b.src)}" alt="{attr(b.text)}" '
                             'width="640" height="427">'
                             + (f'<dl class="caption"><dd>{inline_html(b.text)}</dd></dl>' if b.text else "") + "</div>")
        elif b.kind == "ul":
            comps[-1].append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.text.startswith("Nguồn:"):
            comps[-1].append(f'<p style="text-align: right;"><em>{inline_html(b.text)}</em></p>')
        elif a.opts.get("byline_p") and b is a.blocks[-1]:
            comps[-1].append(f'<p style="text-align: right;"><strong>{inline_html(b.text)}</strong></p>')
        else:
            comps[-1].append(f"<p>{inline_html(b.text)}</p>")
    return "".join(f'<div class="text-image" id="comp-{i}">' + "".join(c) + "</div>" for i, c in enumerate(comps) if c)


def side(related: list[Article], session: str | None = None) -> str:
    lis = "".join(f'<li><a href="{sess(o.path, session)}">{esc(o.title)}</a> <span class="date">'
                  f'({o.date:%d-%m-%Y})</span></li>' for o in related)
    return (f'<div id="extras" class="mgnlArea"><div class="box teaser-list"><h3>{SIDE[0]}</h3><ul>{lis}</ul></div>'
            f'<div class="box"><h3>{SIDE[5]}</h3><a href="{GALLERY}"><img src="/.resources/lmhtx/img/video-thumb.png" '
            f'alt=""></a></div>'
            f'<div class="box"><h3>{SIDE[1]}</h3><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">'
            f'Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT '
            f'Chính phủ</a></li></ul></div>'
            f'<div class="box"><h3>{SIDE[2]}</h3><p>{SIDE[3]}</p><p>{SIDE[4]}</p></div></div>')


def layout(title: str, crumbs: list[tuple[str, str]], main: str, extras: str, *, lang_en: str | None = None,
           session: str | None = None, head: str = "") -> str:
    menu = "".join(f'<li><a href="{sess(h, session)}">{t}</a></li>' for h, t in
                   [(HOME, "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (DOCS, "Văn bản"),
                    (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    en = lang_en or EN_HOME
    crumb = " &gt; ".join([f'<a href="{sess(HOME, session)}">Trang chủ</a>']
                          + [f'<a href="{sess(h, session)}">{esc(t)}</a>' if h else f"<strong>{esc(t)}</strong>"
                             for h, t in crumbs])
    return f"""<!DOCTYPE html>
<html xml:lang="vi" lang="vi">
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<title>{esc(title)} - Liên minh HTX tỉnh Hòa Bình</title>
<meta name="keywords" content="liên minh hợp tác xã, hòa bình, HTX, OCOP">
<link rel="stylesheet" type="text/css" href="/.resources/lmhtx/css/styles.css" media="all">
<link rel="stylesheet" type="text/css" href="/.resources/lmhtx/css/print.css" media="print">
{head}
<script type="text/javascript" src="/.resources/lmhtx/js/jquery-1.11.3.min.js"></script>
</head>
<body id="article" class="col-2">
<div id="wrapper">
<div id="branding">
<div id="date-banner">{TODAY}</div>
<ul id="language-nav"><li class="active"><span>{LABELS[7]}</span></li><li><a href="{en}" hreflang="en" lang="en">{LABELS[8]}</a></li></ul>
<div id="logo"><a href="{sess(HOME, session)}"><img src="/.resources/lmhtx/img/logo.png" alt="Liên minh HTX tỉnh Hòa Bình"></a></div>
<div id="slogan"><marquee>{SLOGANS[0]} &nbsp;★&nbsp; {SLOGANS[1]}</marquee></div>
<form id="search-box" action="/vi/tim-kiem.html" method="get"><input type="text" name="q" value=""><input type="submit" value="Tìm"></form>
</div>
<div id="nav-global"><ul>{menu}</ul></div>
<div id="breadcrumb"><span>{LABELS[0]}</span> {crumb}</div>
<div id="main" role="main">
{main}
</div>
{extras}
<div id="site-info"><div class="mgnlArea">
<p class="site-name">{FOOTER[0]}</p>
{"".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:])}
<p><a href="{LOGIN}">{LABELS[6]}</a> | <a href="#wrapper">{LABELS[3]}</a></p>
</div></div>
</div>
</body>
</html>
"""


def article_main(a: Article, print_view: bool = False) -> str:
    info = "" if a.opts.get("notice") else f'<p class="date">{vn_stamp(a.date)}</p>'
    lead = f'<p class="abstract"><strong>{inline_html(a.lead)}</strong></p>' if a.lead else ""
    author = f'<p class="article-author">Tác giả: {esc(a.opts["tacgia"])}</p>' if a.opts.get("tacgia") else ""
    att = ""
    if a.attachments:
        f = a.attachments[0]
        att = (f'<div class="download-list"><h3>{LABELS[5]}</h3><ul><li class="pdf"><a href="{f["path"]}">'
               f'{esc(f["text"])}</a> <em>(PDF, 212 KB)</em></li></ul></div>')
    views = int(hashlib.md5(a.path.encode()).hexdigest()[:3], 16) % 900 + 100
    tools = ("" if print_view else
             f'<ul class="article-tools"><li class="print"><a href="{a.path[:-5]}.print.html" rel="nofollow" '
             f'target="_blank">{LABELS[1]}</a></li><li class="email"><a href="mailto:?subject={attr(a.title)}">'
             f'{LABELS[2]}</a></li><li class="views">{LABELS[4]} {views}</li></ul>')
    return (f'<div class="mgnlArea" id="main-area"><div class="text-section article-head">{info}'
            f'<h1>{esc(a.title)}</h1>{lead}</div>{components(a)}'
            f'<div class="article-footer">{author}</div>{att}{tools}</div>')


def print_page(a: Article) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="content-type" content="text/html; charset=UTF-8">
<title>{esc(a.title)} - Bản in</title><meta name="robots" content="noindex">
<link rel="stylesheet" type="text/css" href="/.resources/lmhtx/css/print.css" media="all"></head>
<body class="print-view"><div id="print-header"><img src="/.resources/lmhtx/img/logo.png" alt=""> {FOOTER[0]}</div>
{article_main(a, print_view=True)}
<p class="print-url">Địa chỉ bài viết: {{{{base}}}}{a.path}</p>
<p><a href="javascript:window.print()">In trang này</a></p>
</body></html>
"""


def en_page(slug: str, title: str, a: Article) -> str:
    paras = "".join(f"<p>{esc(p)}</p>" for p in EN_TEXT[slug])
    main = (f'<div class="mgnlArea" id="main-area"><div class="text-section article-head"><p class="date">'
            f'{vn_stamp(a.date)}</p><h1>{esc(title)}</h1></div><div class="text-image">{paras}</div></div>')
    return f"""<!DOCTYPE html>
<html xml:lang="en" lang="en">
<head><meta http-equiv="content-type" content="text/html; charset=UTF-8">
<title>{esc(title)} - Hoa Binh Cooperative Alliance</title>
<link rel="alternate" hreflang="vi" href="{{{{base}}}}{a.path}">
<link rel="stylesheet" type="text/css" href="/.resources/lmhtx/css/styles.css" media="all"></head>
<body id="article" class="col-1">
<div id="wrapper"><div id="branding">
<ul id="language-nav"><li><a href="{a.path}" hreflang="vi" lang="vi">Tiếng Việt</a></li><li class="active"><span>English</span></li></ul>
<div id="logo"><a href="{EN_HOME}"><img src="/.resources/lmhtx/img/logo.png" alt="Hoa Binh Cooperative Alliance"></a></div></div>
<div id="nav-global"><ul><li><a href="{EN_HOME}">Home</a></li></ul></div>
<div id="main" role="main">{main}</div>
<div id="site-info"><p>HOA BINH COOPERATIVE ALLIANCE - Group 9, Phuong Lam Ward, Hoa Binh City</p></div></div>
</body></html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hoa-binh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if not a.opts.get("docs")]
    docs = [a for a in arts if a.opts.get("docs")]
    pages = [news[i:i + PER] for i in range(0, len(news), PER)]
    oldest = news[-1]
    home_items = news[:5]

    for a in arts:
        related = [o for o in news if o is not a and o is not oldest][:5]
        cat = (DOCS, "Văn bản") if a.opts.get("docs") else (NEWS, "Tin tức")
        en = a.opts.get("en")
        en_path = f"/en/news/{en[0]}.html" if en else None
        head = f'<link rel="alternate" hreflang="en" href="{{{{base}}}}{en_path}">' if en_path else ""
        page = layout(a.title, [cat, (None, a.title)], article_main(a), side(related), lang_en=en_path, head=head)
        site.page(a.path, page, content_type=HTML)
        printed = a.path[:-5] + ".print.html"
        site.page(printed, print_page(a), content_type=HTML)
        a.aliases.append(printed)
        if en:
            site.page(en_path, en_page(en[0], en[1], a), content_type=HTML)
            # the English edition's translation: archived as its own article (language en), as on
            # the other portals with an English edition
            site.add_article(Article(
                path=en_path, title=en[1], date=a.date, body="\n".join(EN_TEXT[en[0]]), author=None,
                **dated(a.date), extra={"language": "en", "translation_of": a.path},
                notes=["English edition /en/news/<slug>.html (language switcher, rel=alternate hreflang): the "
                       "translation of a Vietnamese article, archived as its own article (language en)"]))
        if a in home_items:
            alias = sess(a.path, SESSION_HOME)
            site.same_page(alias, a.path)
            a.aliases.append(alias)
        if a in pages[0]:
            alias = sess(a.path, SESSION_LIST)
            site.same_page(alias, a.path)
            a.aliases.append(alias)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Quyết định số 15/QĐ-LMHTX", ["QUY CHE QUAN LY QUY HO TRO PHAT TRIEN HTX",
                                                          "Lien minh HTX tinh Hoa Binh"]))
    site.trap("'Bản in' (rel=nofollow) opens the print view <slug>.print.html: the same article without the "
              "portal's furniture (an alias, not a second article)", arts[0].path[:-5] + ".print.html")

    def teaser(a: Article, session: str | None) -> str:
        pic = a.first_image()
        return (f'<div class="teaser">' + (f'<a href="{sess(a.path, session)}"><img src="{img(pic)}" alt=""></a>'
                                           if pic else "")
                + f'<h2><a href="{sess(a.path, session)}">{esc(a.title)}</a></h2><p class="date">'
                f'{a.date:%d-%m-%Y}</p><p>{esc(a.summary())}</p>'
                f'<a href="{sess(a.path, session)}" class="more">Xem tiếp</a></div>')

    for n, chunk in enumerate(pages, 1):
        session = SESSION_LIST if n == 1 else None
        url = NEWS if n == 1 else f"/vi/tin-tuc/index.jsp?page={n}"
        pager = '<div class="pager">' + (
            f'<a href="/vi/tin-tuc/index.jsp?page={n - 1}">« {LABELS[10]}</a> ' if n > 1 else "") + " ".join(
            f"<strong>{k}</strong>" if k == n else f'<a href="/vi/tin-tuc/index.jsp?page={k}">{k}</a>'
            for k in range(1, len(pages) + 1)) + (
            f' <a href="/vi/tin-tuc/index.jsp?page={n + 1}">{LABELS[9]} »</a>' if n < len(pages) else "") + "</div>"
        main = (f'<div class="mgnlArea" id="main-area"><h1 class="list-title">Tin tức</h1>'
                + "".join(teaser(a, session) for a in chunk) + pager + "</div>")
        site.page(url, layout("Tin tức", [(None, "Tin tức")], main, side(news[:5])),
                  content_type=HTML)
        site.non_articles.append(url)
    site.same_page(NEWS1, NEWS)
    site.non_articles.append(NEWS1)
    site.trap("listing /vi/tin-tuc.html (teasers with '14-03-2024', links carrying ;jsessionid=E1F2…) and "
              "/vi/tin-tuc/index.jsp?page=2 ('Trang sau »'; page 1 also at index.jsp?page=1): not articles", NEWS2)
    site.page(DOCS, layout("Văn bản", [(None, "Văn bản")], '<div class="mgnlArea" id="main-area"><h1 '
                           'class="list-title">Văn bản</h1>' + "".join(teaser(a, None) for a in docs) + "</div>",
                           side(news[:5])), content_type=HTML)
    home = ('<div class="mgnlArea" id="main-area"><div class="stage"><h2>Tin nổi bật</h2>'
            + "".join(teaser(a, SESSION_HOME) for a in home_items[:1]) + '</div><div class="teaser-list"><ul>'
            + "".join(f'<li><a href="{sess(a.path, SESSION_HOME)}">{esc(a.title)}</a> <span class="date">'
                      f'{a.date:%d-%m-%Y}</span></li>' for a in home_items[1:])
            + f'</ul><a href="{sess(NEWS, SESSION_HOME)}">Xem tất cả</a></div><div class="box"><h2>Văn bản mới</h2>'
            + "".join(f'<p><a href="{sess(a.path, SESSION_HOME)}">{esc(a.title)}</a></p>' for a in docs) + "</div></div>")
    site.page(HOME, layout("Trang chủ", [], home, side(news[:5], SESSION_HOME), session=SESSION_HOME),
              content_type=HTML)
    site.redirect("/", HOME, 302)
    for d in docs:
        if sess(d.path, SESSION_HOME) not in d.aliases:
            site.same_page(sess(d.path, SESSION_HOME), d.path)
            d.aliases.append(sess(d.path, SESSION_HOME))
    site.trap("Tomcat URL rewriting: the home /vi/trang-chu.html (the target of / 302) links every page as "
              "…html;jsessionid=9A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D, page 1 of the list as …;jsessionid=E1F20C3B…, "
              "article pages plainly; no rel=canonical anywhere", HOME)

    about = ["Liên minh Hợp tác xã tỉnh Hòa Bình là tổ chức chính trị - xã hội và kinh tế, được thành lập năm 1997, "
             "đại diện cho các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
             "Liên minh tuyên truyền chủ trương của Đảng, chính sách pháp luật của Nhà nước về kinh tế tập thể; tư vấn, "
             "hỗ trợ thành lập, đào tạo, xúc tiến thương mại và tiếp cận vốn cho các thành viên.",
             "Các hợp tác xã của tỉnh phát triển mạnh trong lĩnh vực trồng cam, bưởi, mía tím, rau hữu cơ, dệt thổ "
             "cẩm và du lịch cộng đồng ở Mai Châu, Cao Phong, Tân Lạc và Lương Sơn."]
    site.page(ABOUT, layout("Giới thiệu", [(None, "Giới thiệu")], '<div class="mgnlArea" id="main-area"><div '
                            'class="text-section"><h1>Giới thiệu chung</h1></div><div class="text-image">'
                            f'<div class="text-image-image"><img src="{img("tru-so.png")}" alt=""></div>'
                            + "".join(f"<p>{esc(p)}</p>" for p in about) + "</div></div>", side(news[:5])),
              content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", [(None, "Liên hệ")], '<div class="mgnlArea" id="main-area"><h1>Liên hệ</h1>'
                              '<form class="form" action="/vi/lien-he.html" method="post"><input type="hidden" '
                              'name="mgnlModelExecutionUUID" value="a7f3c2d1"><input name="hoten"><input name="email">'
                              '<textarea name="noidung"></textarea><input type="submit" value="Gửi"></form></div>',
                              side(news[:5])), content_type=HTML)
    pics = [b for a in arts for b in a.blocks if b.kind == "img"]
    site.page(GALLERY, layout("Thư viện ảnh", [(None, "Thư viện ảnh")], '<div class="mgnlArea" id="main-area"><h1>'
                              'Thư viện ảnh</h1><div class="gallery">' + "".join(
                                  f'<div class="gallery-item"><img src="{img(b.src)}" alt=""><p>{esc(b.text)}</p></div>'
                                  for b in pics) + "</div></div>", side(news[:5])), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page(SEARCH, layout("Tìm kiếm", [(None, "Tìm kiếm")], '<div class="mgnlArea" id="main-area"><h1>Kết quả '
                             'tìm kiếm: ocop</h1>' + "".join(teaser(a, None) for a in found) + "</div>",
                             side(news[:5])), content_type=HTML)
    en_items = [(a, a.opts["en"]) for a in arts if a.opts.get("en")]
    site.page(EN_HOME, f"""<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><title>Home - Hoa Binh Cooperative Alliance</title></head>
<body><ul id="language-nav"><li><a href="{HOME}" hreflang="vi">Tiếng Việt</a></li></ul><h1>Hoa Binh Cooperative Alliance</h1>
<ul>{"".join(f'<li><a href="/en/news/{e[0]}.html">{esc(e[1])}</a> {a.date:%d-%m-%Y}</li>' for a, e in en_items)}</ul>
</body></html>
""", content_type=HTML)
    site.page(LOGIN, '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Magnolia 5 - Login</title></head><body>'
                     '<form method="post" action="/.magnolia/admincentral"><input name="mgnlUserId"><input '
                     'type="password" name="mgnlUserPSWD"><input type="submit" value="Login"></form></body></html>',
              content_type=HTML)
    site.never_fetched.append(LOGIN)
    for path in (HOME, NEWS, DOCS, ABOUT, GALLERY, CONTACT):
        site.same_page(sess(path, SESSION_HOME), path)
        site.non_articles.append(sess(path, SESSION_HOME))

    site.non_articles += [HOME, DOCS, ABOUT, CONTACT, GALLERY, SEARCH, EN_HOME]
    site.trap("English side: the language switcher of three articles leads to /en/news/<slug>.html (the same "
              "template, the same date line, an <h1> and English paragraphs; rel=alternate hreflang): the English "
              "edition's articles (language en); /en/home.html lists them", "/en/news/" + en_items[0][1][0] + ".html")
    site.trap("introduction /vi/gioi-thieu.html (a text-image component, three paragraphs, no date), contact form, "
              "gallery, search /vi/tim-kiem.html?q=ocop; the Magnolia login /.magnolia/admincentral is "
              "robots-disallowed: not articles", ABOUT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /.magnolia/\nDisallow: /.resources/\n")
    return site
