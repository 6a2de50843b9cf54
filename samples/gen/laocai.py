"""Site `lmhtx-laocai` (registry family `generic`): the Lào Cai cooperative alliance on Umbraco 8 (.NET),
whose pages are laid out with the Grid / Block List editors, written as a held-out test: no family
module, no selectors.

Why it is hard: every part of a page, the article included, is a nest of
`div.umb-grid > div.grid-section > div.row > div.column > div.umb-block` wrappers; the article is a
sequence of blocks (an intro text block, rich-text blocks, image blocks with a `p.caption` under
the picture, a quote block) and the "Tin khác" block list (titles, dates, summaries) is a column of
the SAME grid row, beside the text. Dates are printed with dots, "14.03.2024" (and
"14.03.2024 08:30" on some articles), in the page header, the listings and the archive. Each
article has a print view `?alttemplate=Print` (the same content in a bare template): an alias.
The news archive by year and month (`/tin-tuc/2024/3/`) and the tag filter (`/tin-tuc/?tag=ocop`)
repeat the listing cards: not articles. The listing `/tin-tuc/` pages with `?page=2`.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import Article, SiteBuild, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-laocai"
NAME = "Liên minh Hợp tác xã tỉnh Lào Cai"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc/"
ABOUT = "/gioi-thieu/"
CONTACT = "/lien-he/"
SEARCH = "/tim-kiem/?q=ocop"
TAG = "/tin-tuc/?tag=ocop"
DOCS = "/van-ban/"
PDF_PATH = "/media/k2xq4hfd/qd-08-lmhtx.pdf"
PER = 6

TODAY_D = datetime(2024, 3, 18)
TODAY = f"{weekday(TODAY_D)}, {TODAY_D:%d.%m.%Y}"
SLOGANS = ["Liên minh HTX tỉnh Lào Cai - Đồng hành cùng hợp tác xã vùng cao",
           "Mừng Đảng, mừng Xuân Giáp Thìn 2024"]
FOOTER = ["LIÊN MINH HỢP TÁC XÃ TỈNH LÀO CAI - LAO CAI COOPERATIVE ALLIANCE",
          "Địa chỉ: Tầng 3, Khối 5, Đại lộ Trần Hưng Đạo, phường Nam Cường, thành phố Lào Cai",
          "Điện thoại: 0214.3840.365 | Email: lmhtx@laocai.gov.vn",
          "Chịu trách nhiệm nội dung: Bà Hoàng Thị Hồng - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 06/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Lào Cai cấp ngày 12/4/2021",
          "© 2024 Liên minh HTX tỉnh Lào Cai. Xây dựng trên nền tảng Umbraco CMS"]
SIDE = ["Tin khác", "Lưu trữ tin", "Liên kết hữu ích", "Lượt truy cập", "Đang online: 9", "Hôm nay: 386",
        "Tổng cộng: 1.204.773", "Thời tiết Sa Pa", "Sương mù, trời rét", "Độ ẩm: 92%"]
LABELS = ["In bài", "Chia sẻ bài viết", "Bạn đang ở đây:", "Đăng ký nhận bản tin", "Quản trị", "Xem tất cả tin"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SIDE, *LABELS]


def dots(d: datetime, time: bool = False) -> str:
    return f"{d:%d.%m.%Y %H:%M}" if time else f"{d:%d.%m.%Y}"


def dated(d: datetime, time: bool) -> dict:
    return dict(published=iso(d, with_time=time), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=NEWS + "htx-nong-nghiep-ban-pho-nang-tam-ruou-ngo-bac-ha/",
          title="HTX Nông nghiệp Bản Phố nâng tầm rượu ngô Bắc Hà",
          date=datetime(2024, 3, 14, 8, 30),
          lead="Từ men lá truyền thống của người Mông, HTX Nông nghiệp Bản Phố (huyện Bắc Hà) đã đưa rượu ngô trở thành sản phẩm OCOP 4 sao, có mặt tại nhiều tỉnh, thành phố.",
          body="""
HTX hiện có 36 thành viên, mỗi năm sản xuất khoảng 60.000 lít rượu ngô, sử dụng giống ngô bản địa do chính các hộ thành viên trồng trên nương.
Quy trình nấu được giữ nguyên như cách làm của đồng bào: ngô ủ men lá, chưng cất hai lần trong chảo gang, sau đó hạ thổ trong chum sành ít nhất sáu tháng.
[img ruou-ngo-ban-pho.png] Thành viên HTX Nông nghiệp Bản Phố chưng cất rượu ngô theo phương pháp truyền thống
“Giữ được men lá là giữ được hồn của rượu ngô Bắc Hà, nhưng muốn bán xa thì phải làm bao bì, tem nhãn và kiểm nghiệm chất lượng đầy đủ” – ông Lù Seo Sử, Giám đốc HTX chia sẻ.
Năm 2023, doanh thu của HTX đạt 5,2 tỷ đồng; HTX đang đầu tư thêm kho ủ rượu và điểm đón khách tham quan quy trình nấu rượu.
""",
          byline="Thu Hằng", author="Thu Hằng", **dated(datetime(2024, 3, 14, 8, 30), True),
          notes=["date with dots and a time '14.03.2024 08:30' in the page header; a quote block (blockquote, the "
                 "quote and its speaker in one <p>): one line; byline 'Thu Hằng' right-aligned bold at the end of the "
                 "last text block: part of the text, the author"]),
        A(path=NEWS + "hoi-nghi-ban-thuong-vu-lien-minh-htx-tinh-quy-i-nam-2024/",
          title="Hội nghị Ban Thường vụ Liên minh HTX tỉnh quý I năm 2024",
          date=datetime(2024, 3, 12),
          lead="Ngày 12/3, Ban Thường vụ Liên minh HTX tỉnh Lào Cai họp phiên thường kỳ quý I, cho ý kiến vào kế hoạch tổ chức Ngày Hợp tác xã Việt Nam năm 2024.",
          body="""
Quý I, toàn tỉnh thành lập mới 18 HTX, nâng tổng số HTX đang hoạt động lên 612 HTX với hơn 9.400 thành viên.
Liên minh HTX tỉnh đã giải ngân 3,5 tỷ đồng vốn vay từ Quỹ hỗ trợ phát triển HTX cho 7 dự án trồng cây dược liệu và chăn nuôi.
Ban Thường vụ thống nhất tổ chức Ngày Hợp tác xã Việt Nam gắn với trưng bày sản phẩm OCOP của các HTX tại thị xã Sa Pa.
""",
          author=None, published=iso(datetime(2024, 3, 12), with_time=False), published_source="listing",
          evidence=["listing"], opts={"nodate": True},
          notes=["no date on the page (the header shows only the category); the lead says 'Ngày 12/3' (no year); the "
                 "/tin-tuc/ card and the archive /tin-tuc/2024/3/ print '12.03.2024' -> published from the listing, "
                 "midnight; author null"]),
        A(path=NEWS + "lao-cai-co-them-15-san-pham-ocop-cua-htx/",
          title="Lào Cai có thêm 15 sản phẩm OCOP của HTX",
          date=datetime(2024, 3, 7),
          lead="UBND tỉnh Lào Cai vừa công nhận 15 sản phẩm OCOP đạt 3 sao và 4 sao của các HTX trên địa bàn.",
          body="""
Các sản phẩm được công nhận lần này gồm:
* Trà hoa vàng Bát Xát của HTX Dược liệu Y Tý;
* Tương ớt Mường Khương của HTX Nông sản Lùng Vai;
* Mật ong bạc hà của HTX Nông lâm nghiệp Si Ma Cai;
* Quế thanh Văn Bàn của HTX Quế hồi Khánh Yên.
Đến nay, tỉnh Lào Cai có 276 sản phẩm OCOP, trong đó các HTX là chủ thể của 142 sản phẩm.
Theo Báo Lào Cai
""",
          author=None, **dated(datetime(2024, 3, 7), False),
          notes=["date '07.03.2024' (dots, no time: midnight); four list items; the text ends with 'Theo Báo Lào Cai' "
                 "(right-aligned italic): part of the text, a source, author null"]),
        A(path=NEWS + "anh-hoa-man-tam-hoa-no-trang-vuon-htx-bac-ha/",
          title="Ảnh: Hoa mận tam hoa nở trắng vườn HTX Bắc Hà",
          date=datetime(2024, 2, 5, 16, 40),
          body="""
Những ngày đầu tháng 2, hơn 120 ha mận tam hoa của các thành viên HTX Mận Tam hoa Bắc Hà nở trắng các sườn đồi, thu hút đông đảo du khách.
[img man-bac-ha-1.png] Vườn mận tam hoa của thành viên HTX ở xã Bản Phố
[img man-bac-ha-2.png] Du khách chụp ảnh trong vườn mận đang vào mùa hoa
[img man-bac-ha-3.png] Thành viên HTX chăm sóc, tỉa cành cho cây mận sau Tết
[img man-bac-ha-4.png] HTX mở dịch vụ đón khách tham quan vườn mận, nâng thu nhập cho thành viên
""",
          byline="Ảnh: Quang Minh", author="Quang Minh", **dated(datetime(2024, 2, 5, 16, 40), True),
          notes=["photo story: one text block and four image blocks, each picture with its p.caption: one line each; "
                 "'Ảnh: Quang Minh' right-aligned in a last text block: part of the text, author Quang Minh"]),
        A(path=NEWS + "quyet-dinh-khen-thuong-htx-tieu-bieu-nam-2023/",
          title="Quyết định khen thưởng HTX tiêu biểu năm 2023",
          date=datetime(2024, 2, 21, 9, 15),
          body="""
LIÊN MINH HTX TỈNH LÀO CAI
Số: 08/QĐ-LMHTX
Lào Cai, ngày 20 tháng 02 năm 2024
QUYẾT ĐỊNH
Về việc khen thưởng hợp tác xã tiêu biểu năm 2023
CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ TỈNH LÀO CAI
Căn cứ Điều lệ Liên minh Hợp tác xã Việt Nam; căn cứ kết quả bình xét thi đua năm 2023 của Hội đồng Thi đua - Khen thưởng Liên minh HTX tỉnh,
QUYẾT ĐỊNH:
Điều 1. Tặng Giấy khen của Liên minh HTX tỉnh cho 12 HTX có thành tích xuất sắc trong sản xuất, kinh doanh năm 2023 (có danh sách kèm theo).
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng, các ban chuyên môn và các HTX có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
CHỦ TỊCH Hoàng Thị Hồng
""",
          author=None, doc_number="08/QĐ-LMHTX", attachments=[{"path": PDF_PATH, "text": "qd-08-lmhtx.pdf"}],
          **dated(datetime(2024, 2, 21, 9, 15), True), opts={"docs": True},
          notes=["official decision 'Số: 08/QĐ-LMHTX', place-date line 'Lào Cai, ngày 20 tháng 02 năm 2024' the day "
                 "before the header's '21.02.2024 09:15'; signer last, author null; the PDF in a file block "
                 "(/media/<key>/qd-08-lmhtx.pdf) after the text"]),
        A(path=NEWS + "htx-thao-qua-bat-xat-lien-ket-tieu-thu-voi-doanh-nghiep/",
          title="HTX thảo quả Bát Xát liên kết tiêu thụ với doanh nghiệp",
          date=datetime(2024, 1, 30, 14, 20),
          lead="HTX Thảo quả Y Tý ký hợp đồng bao tiêu 80 tấn thảo quả khô mỗi năm với một doanh nghiệp xuất khẩu gia vị.",
          body="""
HTX có 54 thành viên là đồng bào Hà Nhì, trồng thảo quả dưới tán rừng già trên diện tích 310 ha.
Doanh nghiệp hỗ trợ HTX xây lò sấy bằng nhiệt gián tiếp, giúp thảo quả khô không bị ám khói, đáp ứng yêu cầu của thị trường châu Âu.
[img thao-qua-y-ty.png] Thành viên HTX Thảo quả Y Tý phân loại thảo quả sau khi sấy
Giá thu mua theo hợp đồng được điều chỉnh theo giá thị trường từng tháng nhưng không thấp hơn 180.000 đồng/kg.
""",
          author="Nguyễn Oanh", **dated(datetime(2024, 1, 30, 14, 20), True), opts={"meta_author": "Nguyễn Oanh"},
          notes=["author only in the page header's 'Tác giả: Nguyễn Oanh' beside '30.01.2024 14:20': the author, "
                 "not text"]),
        A(path=NEWS + "htx-du-lich-ta-van-don-khach-dip-dau-nam/",
          title="HTX Dịch vụ du lịch Tả Van đón khách dịp đầu năm",
          date=datetime(2024, 1, 18),
          lead="Dịp đầu năm 2024, các homestay của thành viên HTX Dịch vụ du lịch cộng đồng Tả Van (thị xã Sa Pa) kín phòng nhiều ngày liền.",
          body="""
## Dịch vụ khép kín
HTX có 27 thành viên kinh doanh homestay, dẫn đường và ẩm thực, cùng chia sẻ hệ thống đặt phòng và quy chuẩn phục vụ khách.
Mỗi tháng HTX đón khoảng 2.500 lượt khách, 60% là khách quốc tế.
## Giữ bản sắc
Thành viên được tập huấn ngoại ngữ, an toàn thực phẩm và cách giới thiệu văn hóa của người Giáy, người Mông cho du khách.
""",
          byline="Bài, ảnh: Vàng Thị Mai", author="Vàng Thị Mai", **dated(datetime(2024, 1, 18), False),
          notes=["two <h3> headings inside the text blocks; byline 'Bài, ảnh: Vàng Thị Mai' -> Vàng Thị Mai"]),
        A(path=NEWS + "tap-huan-quan-tri-cho-can-bo-htx-huyen-muong-khuong/",
          title="Tập huấn kỹ năng quản trị cho cán bộ HTX huyện Mường Khương",
          date=datetime(2024, 1, 10, 9, 0),
          lead="Liên minh HTX tỉnh phối hợp với UBND huyện Mường Khương tổ chức lớp tập huấn kỹ năng quản trị cho 65 cán bộ HTX.",
          body="""
Học viên được hướng dẫn lập phương án sản xuất kinh doanh, quản lý tài chính và phân phối thu nhập theo Luật Hợp tác xã năm 2023.
Các HTX cũng được giới thiệu chính sách hỗ trợ đầu tư kết cấu hạ tầng và chế biến sản phẩm cho HTX nông nghiệp.
""",
          author=None, **dated(datetime(2024, 1, 10, 9, 0), True),
          notes=["listing page 2 only (/tin-tuc/?page=2); no byline: author null"]),
        A(path=NEWS + "htx-gao-seng-cu-muong-khuong-xay-dung-thuong-hieu/",
          title="HTX gạo Séng Cù Mường Khương xây dựng thương hiệu",
          date=datetime(2023, 12, 22),
          lead="Gạo Séng Cù của HTX Nông nghiệp Thanh Bình được cấp nhãn hiệu chứng nhận và bán tại các siêu thị lớn.",
          body="""
HTX liên kết với 180 hộ trồng lúa Séng Cù trên diện tích 95 ha, áp dụng quy trình canh tác hữu cơ, không sử dụng thuốc diệt cỏ.
[img gao-seng-cu.png] Cánh đồng lúa Séng Cù của các hộ liên kết với HTX
Giá bán gạo Séng Cù đóng túi của HTX từ 32.000 đến 35.000 đồng/kg, cao hơn gạo thường gần gấp đôi.
""",
          byline="Hoàng Thu", author="Hoàng Thu", **dated(datetime(2023, 12, 22), False),
          notes=["oldest item, December 2023: listing page 2 and the archive /tin-tuc/2023/12/"]),
    ]


def media(src: str) -> str:
    key = hashlib.md5(src.encode()).hexdigest()
    alpha = "".join("abcdefghijklmnopqrstuvwxyz0123456789"[int(key[i:i + 2], 16) % 36] for i in range(0, 16, 2))
    return f"/media/{alpha}/{src}"


def block(kind: str, inner: str) -> str:
    return f'<div class="umb-block umb-block--{kind}" data-content-type="{kind}Block">{inner}</div>'


def rte(ps: list[str]) -> str:
    return block("richtext", '<div class="rte">' + "".join(ps) + "</div>")


def body_blocks(a: Article) -> list[str]:
    """The article as Umbraco blocks: consecutive paragraphs share one rich-text block."""
    out, ps = [], []

    def flush() -> None:
        if ps:
            out.append(rte(list(ps)))
            ps.clear()

    if a.lead:
        out.append(block("intro", f'<div class="rte"><p class="intro"><strong>{inline_html(a.lead)}</strong></p></div>'))
    for b in a.blocks:
        if b.kind == "img":
            flush()
            out.append(block("image", f'<div class="image-block"><img src="{media(b.src)}?width=800&amp;mode=crop" '
                                      f'alt="{esc(b.text)}"><p class="caption">{esc(b.text)}</p></div>'))
        elif b.kind == "p" and b.text.startswith("“"):
            flush()
            out.append(block("quote", f'<blockquote class="quote-block"><p>{inline_html(b.text)}</p></blockquote>'))
        elif b.kind == "h":
            ps.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            ps.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.text.startswith("Theo Báo"):
            ps.append(f'<p style="text-align: right;"><em>{inline_html(b.text)}</em></p>')
        elif a.doc_number and b.text.startswith(("Số:", "Lào Cai, ngày", "QUYẾT ĐỊNH", "LIÊN MINH", "Về việc", "CHỦ TỊCH L")):
            align = "right" if b.text.startswith("Lào Cai") else "center"
            ps.append(f'<p style="text-align: {align};">{inline_html(b.text)}</p>')
        else:
            ps.append(f"<p>{inline_html(b.text)}</p>")
    if a.byline:
        ps.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    flush()
    if a.attachments:
        out.append(block("file", "".join(f'<a class="file-link" href="{x["path"]}"><i class="icon-pdf"></i> '
                                         f'{esc(x["text"])} <span class="size">(212 KB)</span></a>' for x in a.attachments)))
    return out


def column(width: int, blocks: list[str]) -> str:
    return f'<div class="col-md-{width} column"><div class="umb-block-list">' + "".join(blocks) + "</div></div>"


def grid(rows: list[list[tuple[int, list[str]]]], section_css: str = "") -> str:
    out = []
    for row in rows:
        cols = "".join(column(w, b) for w, b in row)
        out.append(f'<div class="row clearfix"><div class="container"><div class="row clearfix">{cols}</div></div></div>')
    return f'<div class="umb-grid"><div class="grid-section {section_css}">' + "".join(out) + "</div></div>"


def card(a: Article) -> str:
    pic = a.first_image()
    return (f'<div class="news-card">' + (f'<a href="{a.path}"><img src="{media(pic)}?width=360&amp;height=240&amp;mode=crop" alt=""></a>' if pic else "")
            + f'<div class="news-card__body"><h3 class="news-card__title"><a href="{a.path}">{esc(a.title)}</a></h3>'
            f'<span class="news-card__date">{dots(a.date)}</span><p>{esc(a.summary())}</p>'
            f'<a class="news-card__more" href="{a.path}">Đọc tiếp</a></div></div>')


def other_news(a: Article, arts: list[Article]) -> str:
    others = [o for o in arts if o is not a][:4]
    items = "".join(f'<li class="block-list__item"><a href="{o.path}">{esc(o.title)}</a>'
                    f'<span class="block-list__date">{dots(o.date)}</span><p>{esc(" ".join(o.summary().split()[:14]))}…</p></li>'
                    for o in others)
    return block("newsList", f'<h2 class="block-title">{SIDE[0]}</h2><ul class="block-list">{items}</ul>'
                             f'<a href="{NEWS}" class="more">Xem tất cả tin</a>')


def archive_months(arts: list[Article]) -> list[tuple[int, int, int]]:
    seen: dict[tuple[int, int], int] = {}
    for a in arts:
        seen[(a.date.year, a.date.month)] = seen.get((a.date.year, a.date.month), 0) + 1
    return [(y, m, n) for (y, m), n in seen.items()]


def side_blocks(arts: list[Article]) -> list[str]:
    arch = "".join(f'<li><a href="/tin-tuc/{y}/{m}/">Tháng {m}/{y} ({n})</a></li>' for y, m, n in archive_months(arts))
    links = "".join(f'<li><a href="{{{{base:offsite}}}}{h}" target="_blank">{t}</a></li>' for h, t in
                    [("/lmhtx-vn/", "Liên minh HTX Việt Nam"), ("/chinh-phu/", "Cổng TTĐT Chính phủ")])
    return [block("archive", f'<h2 class="block-title">{SIDE[1]}</h2><ul>{arch}</ul>'),
            block("weather", f'<h2 class="block-title">{SIDE[7]}</h2><p>12°C</p><p>{SIDE[8]}</p><p>{SIDE[9]}</p>'),
            block("links", f'<h2 class="block-title">{SIDE[2]}</h2><ul>{links}</ul>'),
            block("counter", f'<h2 class="block-title">{SIDE[3]}</h2><p>{SIDE[4]}</p><p>{SIDE[5]}</p><p>{SIDE[6]}</p>')]


def layout(title: str, content: str, head: str = "") -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (DOCS, "Văn bản"),
                    (CONTACT, "Liên hệ")])
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:5])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Liên minh HTX tỉnh Lào Cai</title>
<link rel="stylesheet" href="/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/site.css">{head}
</head>
<body class="umb-page">
<header class="site-header">
<div class="topbar"><div class="container"><span class="date-now">{TODAY}</span>
<span class="slogan">{esc(SLOGANS[0])}</span></div></div>
<div class="brand container"><a href="/" class="logo"><img src="/media/logo/logo-lmhtx-laocai.png" alt=""></a>
<div class="brand__name">LIÊN MINH HỢP TÁC XÃ TỈNH LÀO CAI</div>
<div class="brand__slogan">{esc(SLOGANS[1])}</div></div>
<nav class="navbar"><div class="container"><ul class="nav">{menu}</ul>
<form action="/tim-kiem/" method="get" class="search"><input type="search" name="q" placeholder="Tìm kiếm..."></form></div></nav>
</header>
<main id="main">
{content}
</main>
<footer class="site-footer"><div class="container">
<div class="newsletter"><h3>Đăng ký nhận bản tin</h3><form action="javascript:void(0)"><input type="email" placeholder="Nhập email của bạn"><button type="button">Gửi</button></form></div>
<h3>{esc(FOOTER[0])}</h3>{foot}<p class="copy">{esc(FOOTER[5])} · <a href="/umbraco/">Quản trị</a></p></div></footer>
<script src="/scripts/jquery.min.js"></script><script src="/scripts/site.js"></script>
</body>
</html>
"""


def crumb(items: list[tuple[str | None, str]]) -> str:
    return ('<nav class="breadcrumb-wrap"><span>Bạn đang ở đây:</span> <ol class="breadcrumb">'
            + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' if h else f'<li class="active">{esc(t)}</li>' for h, t in items)
            + "</ol></nav>")


def detail(a: Article, arts: list[Article]) -> str:
    cat = "Văn bản" if a.opts.get("docs") else "Tin hoạt động"
    meta = [f'<span class="category">{cat}</span>']
    if not a.opts.get("nodate"):
        show_time = a.published and not a.published.endswith("T00:00:00+07:00")
        meta.insert(0, f'<span class="date"><i class="icon-calendar"></i> {dots(a.date, bool(show_time))}</span>')
    if a.opts.get("meta_author"):
        meta.append(f'<span class="author">Tác giả: {esc(a.opts["meta_author"])}</span>')
    header = block("pageHeader", crumb([("/", "Trang chủ"), (NEWS, "Tin tức"), (None, a.title)])
                   + f'<h1 class="page-title">{esc(a.title)}</h1><div class="page-meta">{" · ".join(meta)}</div>')
    tools = block("share", f'<div class="share"><span>Chia sẻ bài viết</span> <a href="javascript:void(0)">Facebook</a> '
                           f'<a href="javascript:void(0)">Zalo</a> <a href="{a.path}?alttemplate=Print" rel="nofollow">In bài</a></div>')
    return grid([[(12, [header])], [(8, body_blocks(a) + [tools]), (4, [other_news(a, arts)] + side_blocks(arts))]])


def print_page(a: Article) -> str:
    show_time = a.published and not a.published.endswith("T00:00:00+07:00")
    date = "" if a.opts.get("nodate") else f'<p class="date">{dots(a.date, bool(show_time))}</p>'
    author = f'<p class="author">Tác giả: {esc(a.opts["meta_author"])}</p>' if a.opts.get("meta_author") else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(a.title)}</title>
<link rel="stylesheet" href="/css/print.css"><link rel="canonical" href="{a.path}"></head>
<body onload="window.print()"><div class="print-page"><p class="site">LIÊN MINH HỢP TÁC XÃ TỈNH LÀO CAI</p>
<h1>{esc(a.title)}</h1>{date}{author}
{"".join(body_blocks(a))}
</div></body></html>
"""


def listing_page(title: str, items: list[Article], arts: list[Article], pager: str = "",
                 crumbs: list | None = None) -> str:
    header = block("pageHeader", crumb(crumbs or [("/", "Trang chủ"), (None, title)]) + f'<h1 class="page-title">{esc(title)}</h1>')
    cards = block("newsCards", '<div class="news-cards">' + "".join(card(a) for a in items) + "</div>" + pager)
    return layout(title, grid([[(12, [header])], [(8, [cards]), (4, side_blocks(arts))]]))


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lao-cai", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        site.page(a.path, layout(a.title, detail(a, arts)), content_type=HTML)
        site.page(a.path + "?alttemplate=Print", print_page(a), content_type=HTML)
        a.aliases = [a.path + "?alttemplate=Print"]
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Quyết định số 08/QĐ-LMHTX", ["QUYET DINH KHEN THUONG HTX TIEU BIEU NAM 2023",
                                                           "Lien minh HTX tinh Lao Cai"]))
    site.trap("each article's 'In bài' link is its print view ?alttemplate=Print (bare template, the same blocks, "
              "rel=canonical back): an alias", arts[0].path + "?alttemplate=Print")
    site.trap("article = Umbraco blocks in div.umb-grid > div.grid-section > div.row > div.column > div.umb-block: "
              "intro block, rich-text blocks, image blocks (p.caption), a quote block; the 'Tin khác' block list "
              "(four titles, dates '14.03.2024', summaries), the archive, weather, links and counter blocks are the "
              "other column of the same grid row", arts[0].path)

    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(pages, 1):
        pager = '<ul class="pagination">' + "".join(
            f'<li class="active"><span>{k}</span></li>' if k == n else
            f'<li><a href="{NEWS if k == 1 else NEWS + "?page=" + str(k)}">{k}</a></li>' for k in range(1, len(pages) + 1)) + "</ul>"
        url = NEWS if n == 1 else f"{NEWS}?page={n}"
        site.page(url, listing_page("Tin tức", chunk, arts, pager), content_type=HTML)
        site.non_articles.append(url)
    site.trap("listing /tin-tuc/ with ?page=2 (cards: title, '14.03.2024', summary, 'Đọc tiếp'); page 2 holds the "
              "three oldest items", NEWS + "?page=2")
    years = sorted({a.date.year for a in arts}, reverse=True)
    for y in years:
        items = [a for a in arts if a.date.year == y]
        site.page(f"/tin-tuc/{y}/", listing_page(f"Tin tức năm {y}", items, arts,
                                                 crumbs=[("/", "Trang chủ"), (NEWS, "Tin tức"), (None, str(y))]),
                  content_type=HTML)
        site.non_articles.append(f"/tin-tuc/{y}/")
    for y, m, _ in archive_months(arts):
        items = [a for a in arts if (a.date.year, a.date.month) == (y, m)]
        url = f"/tin-tuc/{y}/{m}/"
        site.page(url, listing_page(f"Tin tức tháng {m}/{y}", items, arts,
                                    crumbs=[("/", "Trang chủ"), (NEWS, "Tin tức"), (f"/tin-tuc/{y}/", str(y)),
                                            (None, f"Tháng {m}")]), content_type=HTML)
        site.non_articles.append(url)
    site.trap("news archive by year and month /tin-tuc/2024/ and /tin-tuc/2024/3/ (the 'Lưu trữ tin' block: "
              "'Tháng 3/2024 (4)'), the same cards: not articles", "/tin-tuc/2024/3/")
    ocop = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page(TAG, listing_page("Từ khóa: OCOP", ocop, arts), content_type=HTML)
    docs = [a for a in arts if a.opts.get("docs")]
    site.page(DOCS, listing_page("Văn bản", docs, arts), content_type=HTML)
    site.page(SEARCH, listing_page("Kết quả tìm kiếm: ocop", ocop, arts), content_type=HTML)
    top = arts[:5]
    hero = block("hero", f'<div class="hero"><a href="{top[0].path}"><img src="{media(top[0].first_image())}?width=1200" alt=""></a>'
                         f'<h2><a href="{top[0].path}">{esc(top[0].title)}</a></h2><span>{dots(top[0].date)}</span></div>')
    home_cards = block("newsCards", '<h2 class="block-title">Tin mới</h2><div class="news-cards">'
                       + "".join(card(a) for a in top[1:]) + f'</div><a href="{NEWS}" class="more">Xem tất cả tin</a>')
    tags = block("tags", f'<h2 class="block-title">Từ khóa:</h2><a href="{TAG}">OCOP</a>')
    site.page("/", layout("Trang chủ", grid([[(12, [hero])], [(8, [home_cards, tags]), (4, side_blocks(arts))]])),
              content_type=HTML)
    about = ["Liên minh Hợp tác xã tỉnh Lào Cai được thành lập năm 1997, là tổ chức đại diện cho các hợp tác xã, liên "
             "hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh, hoạt động theo Điều lệ Liên minh Hợp tác xã Việt Nam.",
             "Liên minh thực hiện chức năng tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn thành lập, đào "
             "tạo, bồi dưỡng cán bộ; hỗ trợ các hợp tác xã vùng cao tiếp cận vốn, thị trường và khoa học công nghệ.",
             "Giai đoạn 2021 - 2025, Liên minh tập trung phát triển hợp tác xã gắn với các sản phẩm chủ lực của tỉnh "
             "như chè, quế, dược liệu, chuối, dứa và du lịch cộng đồng."]
    site.page(ABOUT, layout("Giới thiệu", grid([[(12, [block("pageHeader", crumb([("/", "Trang chủ"), (None, "Giới thiệu")])
                                                             + '<h1 class="page-title">Giới thiệu chung</h1>')])],
                                               [(8, [rte([f"<p>{esc(p)}</p>" for p in about])]), (4, side_blocks(arts))]])),
              content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", grid([[(12, [block("pageHeader", '<h1 class="page-title">Liên hệ</h1>')])],
                                               [(8, [block("umbracoForm", '<form action="/lien-he/" method="post" class="umbraco-forms-form">'
                                                   '<input name="__RequestVerificationToken" type="hidden" value="CfDJ8M2k"><input name="HoTen">'
                                                   '<input name="Email"><textarea name="NoiDung"></textarea><button type="button">Gửi</button></form>')]),
                                                (4, side_blocks(arts))]])), content_type=HTML)
    site.trap("tag filter /tin-tuc/?tag=ocop, search /tim-kiem/?q=ocop, the document list /van-ban/, introduction "
              "/gioi-thieu/ (page header + rich-text block, no date) and contact (an Umbraco Forms form): not articles; "
              "the back office /umbraco/ ('Quản trị' in the footer) is robots-disallowed", ABOUT)
    site.non_articles += ["/", TAG, DOCS, SEARCH, ABOUT, CONTACT]
    site.page("/umbraco/", '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Umbraco</title></head><body>'
                           '<div id="login">Đăng nhập Umbraco</div></body></html>', content_type=HTML)
    site.static("/robots.txt", "User-agent: *\nDisallow: /umbraco/\nDisallow: /App_Plugins/\n")
    site.never_fetched.append("/umbraco/")
    return site
