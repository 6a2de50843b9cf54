"""Site `lmhtx-sonla` (registry family `generic`): the Sơn La cooperative alliance on a **1C-Bitrix**
site (the Russian CMS, set up by a Hà Nội web firm), built blind as a held-out test: no family
module, no selectors.

Why it is hard: Bitrix markup everywhere: `BX.setJSList([...])` / `BX.setCSSList` / `BX.message({…})`
scripts, composite-cache comments `<!--'start_frame_cache_XXXX'-->` around dynamic areas, a
`div#panel`, translated-but-not-quite components (a Russian "Подробнее" left in the list cards).
An article answers at its SEF address `/news/<slug>/` and at `/news/detail.php?ID=N` (the "Tin mới"
sidebar — a news.list component not set to SEF — and the search results link so); no rel=canonical.
The page title is `h1#pagetitle` (the template's), the item `div.news-detail` of the `bx-newsdetail`
template: date `span.news-date-time` "14.03.2024" (dotted, day first, no time: midnight), a detail
picture, the lead as the preview text, the text in `div.bx-newsdetail-content`, and then the item's
properties as "Label:&nbsp;value" lines ("Tác giả:", "Nguồn tin:", "Tệp đính kèm:") — properties,
not text. A photo story keeps its photos in the MORE_PHOTO slider (`div.bx-newsdetail-slider`, one
caption per slide) before the text. The list `/news/` pages by `?PAGEN_1=2` ("Tin 1 - 5 trong 8",
"Đầu | Trước | 1 2 | Sau | Cuối"); search `/search/?q=ocop` and tags `/search/?tags=OCOP` list items
with dates and excerpts. One item shows no date on its page (its date property is empty): the text says
"Ngày 12/3", the list prints 12.03.2024.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import TODAY_2024, Article, SiteBuild, attr, esc, inline_html, pdf, weekday

SITE = "lmhtx-sonla"
NAME = "Liên minh Hợp tác xã tỉnh Sơn La"
HTML = "text/html; charset=utf-8"
NEWS = "/news/"
ABOUT = "/about/"
CONTACTS = "/contacts/"
SEARCH = "/search/?q=ocop"
TAGS = "/search/?tags=OCOP"
LOGIN = "/auth/?login=yes"
PER = 5
TPL = "/bitrix/templates/lmhtx_sonla"

TODAY = f"{weekday(TODAY_2024)}, {TODAY_2024:%d/%m/%Y}"
SLOGANS = ["Liên minh HTX tỉnh Sơn La - Vì sự phát triển của kinh tế tập thể",
           "Chào mừng kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)"]
SIDE = ["Tin mới", "Sản phẩm OCOP tiêu biểu", "Thống kê truy cập", "Đang truy cập: 14", "Hôm nay: 361",
        "Tổng lượt truy cập: 845.210", "Thời tiết Sơn La", "Trời nắng, chiều tối có mưa rào", "Độ ẩm: 66%",
        "Liên kết website"]
POLL_Q = "Sản phẩm nào của HTX Sơn La bạn biết đến nhiều nhất?"
POLL_A = ("Cà phê Arabica", "Xoài Yên Châu", "Mận hậu Mộc Châu")
UI = ["Lượt xem:", "Quay lại danh sách tin", "Chia sẻ:", "Bình chọn", "Подробнее", "Tin cùng chuyên mục"]
FOOTER = ["© 2024 Liên minh Hợp tác xã tỉnh Sơn La",
          "Địa chỉ: Tổ 2, phường Chiềng Lề, thành phố Sơn La, tỉnh Sơn La",
          "Điện thoại: 0212.3852.318 - Email: lienminhhtx@sonla.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Lò Văn Mừng - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 06/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Sơn La cấp ngày 14/9/2020",
          "Thiết kế và phát triển: Công ty CP Công nghệ BX Việt, trên nền 1C-Bitrix"]
BOILERPLATE = [TODAY, *SLOGANS, *SIDE, POLL_Q, *POLL_A, *UI, *FOOTER]


def post(slug: str, iid: int, d: datetime, title: str, **kw) -> Article:
    a = Article(path=f"{NEWS}{slug}/", title=title, date=d, **kw)
    a.opts["id"] = iid
    a.opts["views"] = 50 + iid % 400
    return a


def dated(d: datetime) -> dict:
    return dict(published=d.strftime("%Y-%m-%dT00:00:00+07:00"), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[Article]:
    P = post
    return [
        P("htx-ca-phe-chieng-ban-xuat-khau-ca-phe-dac-san", 1234, datetime(2024, 3, 14, 9, 0),
          "HTX cà phê Chiềng Ban xuất khẩu cà phê đặc sản sang châu Âu",
          lead="HTX Nông nghiệp Chiềng Ban (huyện Mai Sơn) vừa xuất khẩu 18 tấn cà phê nhân Arabica đặc sản sang Bỉ và Hà Lan.",
          body="""
HTX có 52 thành viên, canh tác 160 ha cà phê Arabica theo tiêu chuẩn 4C và Rainforest Alliance.
Từ năm 2021, HTX đầu tư dây chuyền sơ chế ướt, sân phơi nhà kính và máy tách màu, nâng tỷ lệ cà phê đạt chuẩn đặc sản lên khoảng 30% sản lượng.
[img ca-phe-chieng-ban.png] Thành viên HTX Nông nghiệp Chiềng Ban phơi cà phê trong nhà kính
Giá cà phê nhân đặc sản xuất khẩu đạt 155.000 đồng/kg, cao gần gấp đôi cà phê nhân thông thường.
Năm 2024, HTX dự kiến xuất khẩu 60 tấn cà phê nhân và mở điểm trải nghiệm cà phê cho khách du lịch.
""",
          byline="Bài, ảnh: Cầm Thơm", author="Cầm Thơm", **dated(datetime(2024, 3, 14)),
          notes=["title h1#pagetitle (the template's); 'span.news-date-time' '14.03.2024' (dotted, no time: "
                 "midnight); lead as the preview text before div.bx-newsdetail-content; byline 'Bài, ảnh: Cầm Thơm' "
                 "last (right-aligned): part of the text, author Cầm Thơm",
                 "two addresses: SEF /news/<slug>/ (list, home) and /news/detail.php?ID=1234 (the 'Tin mới' sidebar "
                 "and the search results); no rel=canonical: one article"]),
        P("quyet-dinh-kien-toan-to-tu-van-ho-tro-htx", 1231, datetime(2024, 3, 12, 10, 0),
          "Quyết định kiện toàn Tổ tư vấn hỗ trợ hợp tác xã",
          body="""
LIÊN MINH HTX TỈNH SƠN LA
Số: 09/QĐ-LMHTX
Sơn La, ngày 11 tháng 3 năm 2024
QUYẾT ĐỊNH
Về việc kiện toàn Tổ tư vấn hỗ trợ hợp tác xã
CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ TỈNH SƠN LA
Căn cứ Điều lệ Liên minh Hợp tác xã Việt Nam; căn cứ tình hình thực tế của cơ quan Liên minh HTX tỉnh;
QUYẾT ĐỊNH:
Điều 1. Kiện toàn Tổ tư vấn hỗ trợ hợp tác xã gồm 05 thành viên, do đồng chí Phó Chủ tịch Liên minh HTX tỉnh làm Tổ trưởng.
Điều 2. Tổ tư vấn hướng dẫn thành lập mới, tổ chức lại hợp tác xã theo Luật Hợp tác xã năm 2023 và hỗ trợ xây dựng phương án sản xuất kinh doanh.
Điều 3. Quyết định có hiệu lực kể từ ngày ký.
Nơi nhận: Như Điều 3; Thường trực Tỉnh ủy; UBND tỉnh; Lưu VT.
CHỦ TỊCH Lò Văn Mừng
""",
          author=None, doc_number="09/QĐ-LMHTX",
          attachments=[{"path": "/upload/iblock/5c2/QD-09-LMHTX.pdf", "text": "QD-09-LMHTX.pdf"}],
          **dated(datetime(2024, 3, 12)), opts={"props": [("Tệp đính kèm", "file")]},
          notes=["official decision 'Số: 09/QĐ-LMHTX', place-date line 'Sơn La, ngày 11 tháng 3 năm 2024' the day "
                 "before '12.03.2024'; signer last, author null; the PDF is the FILE property 'Tệp đính kèm:' "
                 "(/upload/iblock/5c2/QD-09-LMHTX.pdf) after the text: an attachment, not text"]),
        P("tap-huan-chuyen-doi-so-cho-htx", 1229, datetime(2024, 3, 12, 0, 0),
          "Tập huấn chuyển đổi số cho HTX các huyện phía Tây",
          lead="Ngày 12/3, tại huyện Sông Mã, Liên minh HTX tỉnh khai giảng lớp tập huấn chuyển đổi số cho 60 cán bộ HTX của các huyện Sông Mã, Sốp Cộp và Thuận Châu.",
          body="""
Học viên được hướng dẫn đăng ký gian hàng trên sàn thương mại điện tử, quay video giới thiệu sản phẩm và bán hàng qua mạng xã hội.
Nhiều HTX trồng nhãn, xoài ở Sông Mã mong muốn được hỗ trợ thêm về đóng gói, tem truy xuất để bán hàng trực tuyến.
Lớp tập huấn kéo dài 3 ngày, do giảng viên của Trường Đại học Tây Bắc phụ trách.
""",
          author=None, published="2024-03-12T00:00:00+07:00", published_source="listing", evidence=["listing"],
          opts={"no_date": True},
          notes=["no date on the page (the item's date property is empty: no span.news-date-time); the lead says "
                 "'Ngày 12/3' (no year); the list /news/ prints '12.03.2024' beside it -> published from the listing, "
                 "midnight; no author"]),
        P("anh-mua-hoa-man-moc-chau", 1224, datetime(2024, 2, 26, 0, 0),
          "Ảnh: HTX mận Nà Ka vào mùa hoa",
          lead="Cuối tháng Hai, những vườn mận của HTX Dịch vụ nông nghiệp Nà Ka (thị xã Mộc Châu) nở trắng, thu hút du khách đến tham quan.",
          body="""
[img man-1.png] Vườn mận hậu của HTX Nà Ka nở hoa trắng đồi
[img man-2.png] Du khách chụp ảnh tại vườn mận của thành viên HTX
[img man-3.png] Thành viên HTX tỉa cành, chăm sóc mận sau mùa hoa
[img man-4.png] Gian hàng nông sản của HTX phục vụ khách tham quan
HTX hiện có 40 thành viên với 120 ha mận hậu; ngoài bán quả, HTX đón khách tham quan vườn vào mùa hoa và mùa quả chín.
""",
          byline="Ảnh: Quang Quý", author="Quang Quý", **dated(datetime(2024, 2, 26)), opts={"photo": True},
          notes=["photo story: the four photos and their captions are the MORE_PHOTO slider (div.bx-newsdetail-slider, "
                 "each slide's caption in div.bx-newsdetail-slider-slide-text) BEFORE div.bx-newsdetail-content: one "
                 "line each; 'Ảnh: Quang Quý' last (right-aligned): part of the text, author Quang Quý"]),
        P("htx-xoai-yen-chau-mo-rong-vung-nguyen-lieu", 1219, datetime(2024, 2, 20, 0, 0),
          "HTX xoài Yên Châu mở rộng vùng nguyên liệu đạt chuẩn",
          lead="HTX Nông nghiệp Tiến Thành (huyện Yên Châu) vừa được cấp thêm mã số vùng trồng cho 45 ha xoài.",
          body="""
Với mã số vùng trồng mới, tổng diện tích xoài đủ điều kiện xuất khẩu của HTX lên 130 ha.
HTX áp dụng quy trình bao trái, bón phân hữu cơ vi sinh và ghi chép nhật ký sản xuất cho từng vườn.
Vụ xoài năm 2024, HTX dự kiến xuất khẩu khoảng 800 tấn sang Trung Quốc, Hàn Quốc và Australia.
""",
          author="Hoàng Ngân", **dated(datetime(2024, 2, 20)), opts={"props": [("Tác giả", "Hoàng Ngân")]},
          notes=["author only as the property line 'Tác giả:&nbsp;Hoàng Ngân' after the text (not text)"]),
        P("sua-moc-chau-lien-ket-htx-bo-sua", 1213, datetime(2024, 2, 6, 0, 0),
          "HTX bò sữa Mộc Châu liên kết tiêu thụ sữa tươi",
          lead="Các HTX chăn nuôi bò sữa ở Mộc Châu ký hợp đồng bao tiêu sữa tươi với doanh nghiệp trong 5 năm.",
          body="""
Theo hợp đồng, doanh nghiệp thu mua toàn bộ sữa tươi đạt chuẩn của 6 HTX với khoảng 1.200 hộ chăn nuôi, giá điều chỉnh theo quý.
Các HTX được hỗ trợ kỹ thuật chăm sóc đàn bò, hệ thống làm mát sữa và phần mềm quản lý đàn.
""",
          author=None, **dated(datetime(2024, 2, 6)), opts={"props": [("Nguồn tin", "Báo Sơn La")]},
          notes=["the source is the property line 'Nguồn tin:&nbsp;Báo Sơn La' after the text: not text, no author"]),
        P("lien-minh-htx-tinh-trien-khai-nhiem-vu-nam-2024", 1207, datetime(2024, 1, 24, 0, 0),
          "Liên minh HTX tỉnh triển khai nhiệm vụ năm 2024",
          lead="Chiều 23/1, Liên minh HTX tỉnh Sơn La tổ chức hội nghị triển khai nhiệm vụ năm 2024.",
          body="""
Năm 2023, toàn tỉnh có 874 HTX với hơn 30.000 thành viên; 132 sản phẩm của HTX đạt chuẩn OCOP từ 3 sao trở lên.
## Nhiệm vụ trọng tâm năm 2024
* Thành lập mới ít nhất 70 HTX, ưu tiên HTX nông nghiệp gắn với chuỗi giá trị;
* Hỗ trợ HTX xây dựng vùng nguyên liệu đạt mã số vùng trồng;
* Giải ngân 12 tỷ đồng vốn Quỹ hỗ trợ phát triển HTX.
Hội nghị đã trao Bằng khen của UBND tỉnh cho 10 HTX tiêu biểu.
""",
          byline="Lường Thị Hồng", author="Lường Thị Hồng", **dated(datetime(2024, 1, 24)),
          notes=["an <h3> heading and a list in the text; byline 'Lường Thị Hồng' last: part of the text, the author"]),
        P("htx-nhan-song-ma-tong-ket-vu-2023", 1201, datetime(2024, 1, 10, 0, 0),
          "HTX nhãn Sông Mã tổng kết vụ nhãn năm 2023",
          lead="Vụ nhãn năm 2023, các HTX ở huyện Sông Mã tiêu thụ hơn 40.000 tấn nhãn quả tươi và nhãn sấy.",
          body="""
Huyện Sông Mã có 12 HTX trồng và chế biến nhãn; 5 HTX có lò sấy nhãn công suất trên 10 tấn quả tươi mỗi ngày.
Giá nhãn bình quân vụ năm 2023 cao hơn năm trước khoảng 15% nhờ thị trường xuất khẩu mở rộng.
Nguồn: Báo Sơn La
""",
          author=None, **dated(datetime(2024, 1, 10)),
          notes=["oldest item: only on /news/?PAGEN_1=2; the text ends with 'Nguồn: Báo Sơn La' (right-aligned "
                 "italic): part of the text, a source, author null"]),
    ]


def img(name: str) -> str:
    return f"/upload/iblock/{hashlib.md5(name.encode()).hexdigest()[:3]}/{name}"


def dot(d: datetime) -> str:
    return d.strftime("%d.%m.%Y")


def detail_url(a: Article) -> str:
    return f"{NEWS}detail.php?ID={a.opts['id']}"


def content_html(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            t = inline_html(b.text)
            if b.text.startswith("Nguồn: "):
                parts.append(f'<p style="text-align: right;"><i>{t}</i></p>')
            elif b.text.isupper() or b.text.startswith("Số: "):
                parts.append(f'<p style="text-align: center;"><b>{t}</b></p>')
            else:
                parts.append(f'<p style="text-align: justify;">{t}</p>')
        elif b.kind == "h":
            parts.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img" and not a.opts.get("photo"):
            parts.append(f'<p style="text-align: center;"><img src="{img(b.src)}" alt="" width="640" height="427"><br>'
                         f'<i>{inline_html(b.text)}</i></p>')
    if a.byline:
        parts.append(f'<p style="text-align: right;"><b>{esc(a.byline)}</b></p>')
    return "\n".join(parts)


def frame(name: str, inner: str) -> str:
    h = hashlib.md5(name.encode()).hexdigest()[:6]
    return (f"<!--'start_frame_cache_{h}'--><div id=\"bxdynamic_{h}_start\" style=\"display:none\"></div>{inner}"
            f"<div id=\"bxdynamic_{h}_end\" style=\"display:none\"></div><!--'end_frame_cache_{h}'-->")


def detail(a: Article, same: list[Article] = ()) -> str:
    bid = f"bx_1878455859_{a.opts['id']}"
    slider = ""
    if a.opts.get("photo"):
        slides = "".join(f'<div class="bx-newsdetail-slider-slide"><img src="{img(b.src)}" alt="{attr(b.text)}" '
                         f'title="{attr(b.text)}"><div class="bx-newsdetail-slider-slide-text">{esc(b.text)}</div></div>'
                         for b in a.blocks if b.kind == "img")
        slider = (f'<div class="bx-newsdetail-slider"><div class="bx-newsdetail-slider-container">{slides}</div>'
                  '<div class="bx-newsdetail-slider-arrow-container-left"></div>'
                  '<div class="bx-newsdetail-slider-arrow-container-right"></div></div>')
    elif a.first_image():
        slider = f'<div class="bx-newsdetail-img"><img src="{img(a.first_image())}" alt="{attr(a.title)}"></div>'
    date = "" if a.opts.get("no_date") else f'<span class="news-date-time">{dot(a.date)}</span>'
    lead = f'<div class="bx-newsdetail-preview"><p><b>{esc(a.lead)}</b></p></div>' if a.lead else ""
    props = ""
    for label, value in a.opts.get("props", []):
        if value == "file":
            att = a.attachments[0]
            value = f'<a href="{att["path"]}">{esc(att["text"])}</a>&nbsp;(204.5 KB)'
        else:
            value = esc(value)
        props += f'<div class="bx-newsdetail-property">{label}:&nbsp;{value}</div>'
    views = frame("views" + a.path, f'<div class="bx-newsdetail-view"><i class="fa fa-eye"></i> Lượt xem: {a.opts["views"]}</div>')
    return (f'<div class="news-detail"><div class="bx-newsdetail"><div class="bx-newsdetail-block" id="{bid}">'
            f'<div class="bx-newsdetail-date">{date}</div>{lead}{slider}'
            f'<div class="bx-newsdetail-content">\n{content_html(a)}\n</div>{props}{views}'
            '<div class="bx-newsdetail-share"><span>Chia sẻ:</span> <a href="javascript:void(0)" class="fb">Facebook</a>'
            ' <a href="javascript:void(0)" class="zl">Zalo</a></div>'
            f'<script>BX.ready(function(){{var slider = new JCNewsSlider("{bid}", {{imagesContainerClassName: '
            f'"bx-newsdetail-slider-container", leftArrowClassName: "bx-newsdetail-slider-arrow-container-left"}});}});'
            f'</script></div></div></div>'
            f'<p><a href="{NEWS}">&larr; Quay lại danh sách tin</a></p>'
            + ('<div class="news-list same-section"><h3>Tin cùng chuyên mục</h3>' + "".join(
                f'<p class="news-item"><span class="news-date-time">{dot(o.date)}</span> <a href="{o.path}">'
                f'{esc(o.title)}</a> <a href="{o.path}" class="more">Подробнее</a></p>' for o in same) + "</div>"
               if same else ""))


def card(a: Article, sef: bool = True) -> str:
    href = a.path if sef else detail_url(a)
    pic = f'<a href="{href}"><img class="preview_picture" src="{img(a.first_image())}" alt=""></a>' if a.first_image() else ""
    return (f'<div class="news-item" id="bx_3218110189_{a.opts["id"]}">{pic}'
            f'<span class="news-date-time">{dot(a.date)}</span>'
            f'<a href="{href}"><b>{esc(a.title)}</b></a><br>{esc(a.lead or a.summary())}'
            f' <a href="{href}" class="more">Подробнее</a><div style="clear:both"></div></div>')


def sidebar(arts: list[Article]) -> str:
    news = "".join(f'<p class="news-item"><span class="news-date-time">{dot(a.date)}</span> '
                   f'<a href="{detail_url(a)}">{esc(a.title)}</a></p>' for a in arts[:5])
    poll = "".join(f'<label><input type="radio" name="vote_radio_1" value="{i}"> {esc(o)}</label><br>'
                   for i, o in enumerate(POLL_A, 1))
    counter = frame("counter", f'<div class="counter"><h4>{SIDE[2]}</h4><p>{SIDE[3]}</p><p>{SIDE[4]}</p><p>{SIDE[5]}</p></div>')
    return (f'<div class="sidebar"><div class="news-list side-news"><h4>{SIDE[0]}</h4>{news}</div>'
            f'<div class="ocop-box"><h4>{SIDE[1]}</h4><img src="{TPL}/images/ocop-banner.png" alt=""></div>'
            f'<div class="vote-form"><h4>Thăm dò ý kiến</h4><form action="/" method="post"><input type="hidden" '
            f'name="sessid" value="3f5a0c1e7b"><p>{esc(POLL_Q)}</p>{poll}<button type="button">Bình chọn</button>'
            f'</form></div><div class="weather"><h4>{SIDE[6]}</h4><p>27°C</p><p>{SIDE[7]}</p><p>{SIDE[8]}</p></div>'
            f'{counter}<div class="links"><h4>{SIDE[9]}</h4><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" '
            f'target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" '
            f'target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div></div>')


def layout(title: str, h1: str | None, main: str, arts: list[Article], crumbs: list[tuple[str, str]] = ()) -> str:
    menu = "".join(f'<li><a href="{h}" class="root-item">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (TAGS, "OCOP"), (CONTACTS, "Liên hệ")])
    bc = ""
    if crumbs:
        bc = '<div class="bx-breadcrumb">' + " / ".join(
            f'<div class="bx-breadcrumb-item"><a href="{h}" title="{attr(t)}"><span>{esc(t)}</span></a></div>'
            for h, t in crumbs) + "</div>"
    heading = f'<h1 id="pagetitle">{esc(h1)}</h1>' if h1 else ""
    return f"""<!DOCTYPE html>
<html xml:lang="vi" lang="vi">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="user-scalable=no, initial-scale=1.0, maximum-scale=1.0, width=device-width">
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="robots" content="index, follow">
<meta name="keywords" content="Liên minh HTX Sơn La, hợp tác xã, OCOP">
<link href="/bitrix/js/ui/design-tokens/dist/ui.design-tokens.min.css?171235420023233" type="text/css" rel="stylesheet">
<link href="{TPL}/components/bitrix/news/.default/bitrix/news.detail/flat/style.css?17005212454251" type="text/css" rel="stylesheet">
<link href="{TPL}/template_styles.css?171235421018233" type="text/css" data-template-style="true" rel="stylesheet">
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(let i in mess) {{BX.message[i]=mess[i];}} return true;}}}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'JS_CORE_LOADING':'Đang tải...','JS_CORE_NO_DATA':'- Không có dữ liệu -','LANGUAGE_ID':'vi','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'25200','SITE_ID':'s1','SITE_DIR':'/','USER_ID':'','SERVER_TIME':'1720843200','USER_TZ_OFFSET':'0','bitrix_sessid':'3f5a0c1e7b'}});</script>
<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?1712354200225181"></script>
<script>BX.setJSList(['/bitrix/js/main/core/core_ajax.js','/bitrix/js/main/core/core_promise.js','/bitrix/js/main/polyfill/core/dist/polyfill.bundle.js','{TPL}/components/bitrix/news/.default/bitrix/news.detail/flat/script.js','{TPL}/js/main.js']);</script>
<script>BX.setCSSList(['/bitrix/js/ui/design-tokens/dist/ui.design-tokens.css','{TPL}/components/bitrix/news/.default/bitrix/news.detail/flat/style.css','{TPL}/styles.css','{TPL}/template_styles.css']);</script>
<script type="text/javascript" src="{TPL}/components/bitrix/news/.default/bitrix/news.detail/flat/script.min.js?17005212451932"></script>
</head>
<body>
<div id="panel"></div>
<div class="wrapper">
<header class="header">
 <div class="top-line"><span class="date">{TODAY}</span> <a href="{LOGIN}" class="login">Đăng nhập</a></div>
 <div class="logo"><a href="/"><img src="{TPL}/images/logo.png" alt="{NAME}"></a>
 <div class="slogan"><p>{esc(SLOGANS[0])}</p><p>{esc(SLOGANS[1])}</p></div></div>
 <nav class="top-menu"><ul id="horizontal-multilevel-menu">{menu}</ul>
 <form action="/search/index.php" class="search-form"><input type="text" name="q" value="" size="15" maxlength="50">
 <input name="s" type="submit" value="Tìm"></form></nav>
</header>
<div class="workarea">
 <div class="content">{bc}{heading}
{main}
 </div>
 {sidebar(arts)}
</div>
<footer class="footer">
{"".join(f"<p>{esc(x)}</p>" for x in FOOTER)}
</footer>
</div>
<script>BX.ready(function(){{BX.bind(BX('horizontal-multilevel-menu'), 'mouseover', function(){{}});}});</script>
</body>
</html>
"""


def pager(n: int, total: int, count: int) -> str:
    def href(k: int) -> str:
        return NEWS if k == 1 else f"{NEWS}?PAGEN_1={k}"
    first, last = (n - 1) * PER + 1, min(n * PER, count)
    parts = [f"Tin {first} - {last} trong {count}<br>"]
    parts.append(f'<a href="{href(1)}">Đầu</a> | <a href="{href(n - 1)}">Trước</a> |' if n > 1 else "Đầu | Trước |")
    parts.append(" ".join(f"<b>{k}</b>" if k == n else f'<a href="{href(k)}">{k}</a>' for k in range(1, total + 1)))
    parts.append(f'| <a href="{href(n + 1)}">Sau</a> | <a href="{href(total)}">Cuối</a>' if n < total else "| Sau | Cuối")
    return '<div class="bx-pagination"><font class="text">' + " ".join(parts) + "</font></div>"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "son-la", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        page = layout(f"{a.title} - Liên minh HTX tỉnh Sơn La", a.title, detail(a, [o for o in arts if o is not a][:3]), arts,
                      [("/", "Trang chủ"), (NEWS, "Tin tức")])
        site.page(a.path, page, content_type=HTML)
        site.page(detail_url(a), page, content_type=HTML)
        a.aliases = [detail_url(a)]
        site.add_article(a)
    doc = next(a for a in arts if a.attachments)
    site.binary(doc.attachments[0]["path"], pdf("Quyết định số 09/QĐ-LMHTX",
                                                ["QUYET DINH KIEN TOAN TO TU VAN HO TRO HTX", "Lien minh HTX tinh Son La"]))

    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(pages, 1):
        url = NEWS if n == 1 else f"{NEWS}?PAGEN_1={n}"
        main = ('<div class="news-list">' + frame("list" + url, "".join(card(a) for a in chunk))
                + pager(n, len(pages), len(arts)) + "</div>")
        site.page(url, layout("Tin tức - Liên minh HTX tỉnh Sơn La", "Tin tức", main, arts, [("/", "Trang chủ")]),
                  content_type=HTML)
        site.non_articles.append(url)
    site.trap("list /news/ and /news/?PAGEN_1=2 (news.list: preview picture, '14.03.2024', bold title, preview "
              "text, a Russian 'Подробнее' link; system.pagenavigation 'Tin 1 - 5 trong 8 / Đầu | Trước | 1 2 | Sau | "
              "Cuối'); page 2 holds the oldest items", NEWS + "?PAGEN_1=2")
    site.trap("Bitrix page: BX.message({…}), BX.setJSList([...]) / BX.setCSSList([...]) scripts, div#panel, "
              "<!--'start_frame_cache_…'--> composite-cache comments around the view counter, the list and the "
              "visit counter; the 'Tin mới' sidebar (dates and titles) links /news/detail.php?ID=N", arts[0].path)

    home = ('<div class="home-news"><h2>Tin tức - Sự kiện</h2><div class="news-list">'
            + "".join(card(a) for a in arts[:4]) + f'</div><a href="{NEWS}">Xem tất cả tin</a></div>')
    site.page("/", layout("Liên minh Hợp tác xã tỉnh Sơn La", None, home, arts), content_type=HTML)
    about = [
        "Liên minh Hợp tác xã tỉnh Sơn La là tổ chức kinh tế - xã hội đại diện cho các hợp tác xã, liên hiệp hợp tác xã "
        "và tổ hợp tác trên địa bàn tỉnh, được thành lập năm 1996.",
        "Liên minh tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ thành lập hợp tác xã; đào tạo, "
        "bồi dưỡng cán bộ; xúc tiến thương mại cho các sản phẩm chủ lực như cà phê, xoài, nhãn, mận, sữa.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra - Chính sách, Ban Tuyên truyền - Hỗ trợ phát triển và Quỹ hỗ trợ "
        "phát triển hợp tác xã tỉnh Sơn La."]
    site.page(ABOUT, layout("Giới thiệu", "Giới thiệu Liên minh HTX tỉnh Sơn La",
                            "".join(f"<p>{esc(p)}</p>" for p in about), arts, [("/", "Trang chủ")]), content_type=HTML)
    site.page(CONTACTS, layout("Liên hệ", "Liên hệ", '<form action="/contacts/" method="POST"><input type="hidden" '
                               'name="sessid" value="3f5a0c1e7b"><p>Họ tên<br><input type="text" name="user_name"></p>'
                               '<p>Nội dung<br><textarea name="MESSAGE"></textarea></p><input type="submit" '
                               'name="submit" value="Gửi"></form>', arts, [("/", "Trang chủ")]), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "") or "xoài" in a.body]

    def results(items: list[Article]) -> str:
        return ('<div class="search-page">' + "".join(
            f'<a href="{detail_url(a)}">{esc(a.title)}</a><p>{esc(a.summary())}</p>'
            f'<small>Đã thay đổi: {dot(a.date)}</small><br><small>Đường dẫn: <a href="/">Trang chủ</a>&nbsp;/&nbsp;'
            f'<a href="{NEWS}">Tin tức</a></small><br><br>' for a in items) + "</div>")

    site.page(SEARCH, layout("Tìm kiếm", "Tìm kiếm", f'<p>Kết quả tìm kiếm cho: <b>ocop</b></p>{results(found)}', arts),
              content_type=HTML)
    site.page(TAGS, layout("Tìm kiếm", "Tìm kiếm", f'<p>Thẻ: <b>OCOP</b></p>{results(found)}', arts), content_type=HTML)
    site.page(LOGIN, layout("Đăng nhập", "Đăng nhập", '<form name="form_auth" method="post" action="/auth/?login=yes">'
                            '<input type="hidden" name="AUTH_FORM" value="Y"><input type="text" name="USER_LOGIN">'
                            '<input type="password" name="USER_PASSWORD"><input type="submit" name="Login" '
                            'value="Đăng nhập"></form>', arts), content_type=HTML)
    site.non_articles += ["/", ABOUT, CONTACTS, SEARCH, TAGS]
    site.never_fetched.append(LOGIN)
    site.trap("static page /about/ (h1#pagetitle, three paragraphs, no date), contacts form, search /search/?q=ocop "
              "and tag search /search/?tags=OCOP (titles, excerpts, 'Đã thay đổi: 14.03.2024'): not articles; "
              "'Đăng nhập' /auth/?login=yes is robots-disallowed: never fetch", ABOUT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /bitrix/\nDisallow: /auth/\nDisallow: /*?print=\n")
    return site
