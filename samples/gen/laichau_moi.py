"""Site `lmhtx-laichau-moi` (registry family `generic`): the relaunched portal (2025) of the Lai Châu alliance
(not merged in July 2025) on **dotCMS** (Java, Velocity templates), written as a held-out test: no family
module, no selectors.

Why it is hard: addresses are `/tin-tuc/<urlTitle>` (no id, no extension, no trailing slash), the listing is
`/tin-tuc` (`?page=2`), tag pages `/tin-tuc?tag=ocop` share the path. Every piece of content - the article,
but also each mega-menu teaser, each "Bài viết liên quan" card and the "Tiêu điểm" box - is a dotCMS
contentlet `div[data-dot-object=contentlet]` with `data-dot-inode`, `data-dot-identifier`, `data-dot-title`
attributes, so the markers say nothing about which one is the article. The story is a Block Editor field
rendered into bare `p`/`h2`/`ul`/`blockquote`/`figure` children of `div.blog-story`; the date is a
`p.blog-date` "Đăng ngày 14 tháng 3 năm 2025 lúc 08:30" sometimes followed by "Cập nhật: …" (the
contentlet's modDate); the author is a `div.blog-author` card (name + role) on some posts, a closing byline
on others. Images come from `/dA/<identifier>/image/<name>.jpg`. The mega-menu holds the three newest
titles with their summaries on every page; the "Liên kết website" box is a `<select>`.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, image_for, inline_html, iso, pdf, weekday

SITE = "lmhtx-laichau-moi"
NAME = "Liên minh Hợp tác xã tỉnh Lai Châu"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
GALLERY = "/thu-vien-anh"
SEARCH = "/tim-kiem?q=ocop"
ADMIN = "/dotAdmin/"
PDF_PATH = "/dA/6c1f0a2e-3b7d-4a55-9d1e-0c2b7f3e8a41/fileAsset/CV-45-LMHTX-tet-2026.pdf"
PER = 6

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Lai Châu - Đoàn kết, hợp tác, phát triển kinh tế tập thể vùng cao",
           "Chào mừng kỷ niệm 35 năm tái lập tỉnh Lai Châu (1991 - 2026)"]
FOOTER = ["BẢN QUYỀN THUỘC LIÊN MINH HỢP TÁC XÃ TỈNH LAI CHÂU",
          "Địa chỉ: Tầng 3, Khu hợp khối các cơ quan tỉnh, phường Tân Phong, tỉnh Lai Châu",
          "Điện thoại: 0213.3876.225 - Email: lmhtx@laichau.gov.vn",
          "Người chịu trách nhiệm: Bà Lò Thị Hương - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 05/GP-TTĐT ngày 10/4/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu",
          "Phát triển trên nền tảng dotCMS"]
SIDE = ["Tiêu điểm", "Thời tiết Lai Châu", "Sương mù buổi sáng, trưa chiều hửng nắng", "Độ ẩm: 82%",
        "Lượt truy cập", "Đang online: 6", "Hôm nay: 287", "Tổng cộng: 684.120", "Liên kết website",
        "-- Chọn liên kết --"]
POLL_Q = "Bạn quan tâm nội dung nào trên Cổng thông tin Liên minh HTX tỉnh?"
POLL_A = ("Chính sách hỗ trợ HTX", "Sản phẩm OCOP", "Mô hình HTX hiệu quả")
MEGA = "Tin mới nhất"
LABELS = ["Bài viết liên quan", "Từ khóa:", "Chia sẻ:", "Cập nhật:", "Tài liệu đính kèm",
          "Bình chọn", "Xem kết quả", "Đăng nhập", MEGA]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SIDE, POLL_Q, *POLL_A, *LABELS]


def ident(key: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "laichau/" + key))


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def P(url_title: str) -> str:
    return f"{NEWS}/{url_title}"


def articles() -> list[Article]:
    A = Article
    return [
        A(path=P("che-tam-duong-vuon-ra-thi-truong-chau-au"),
          title="Chè Tam Đường vươn ra thị trường châu Âu",
          date=datetime(2025, 10, 16, 8, 30),
          lead="HTX Chè Hợp Thành vừa xuất lô 12 tấn chè xanh đạt chứng nhận hữu cơ sang Đức, lô hàng đầu tiên của chè Lai Châu vào thị trường châu Âu.",
          body="""
HTX có 58 thành viên với 86 ha chè Shan và chè lai, trong đó 40 ha đã được cấp chứng nhận hữu cơ theo tiêu chuẩn EU.
[img che-hop-thanh.jpg] Thành viên HTX Chè Hợp Thành thu hái chè búp tươi
## Kiểm soát từ vườn đến xưởng
Thành viên thực hiện nhật ký canh tác điện tử, không dùng thuốc diệt cỏ; xưởng chế biến được trang bị máy sao, máy vò bằng thép không gỉ.
“Giữ được chứng nhận hữu cơ khó hơn đạt được nó, vì chỉ một hộ làm sai là cả vùng bị loại”, ông Lý A Sơn, Giám đốc HTX chia sẻ.
Giá chè búp tươi hữu cơ HTX thu mua cho thành viên đạt 18.000 đồng/kg, cao gấp đôi chè thường.
""",
          author="Hoàng Duy", opts={"card": ("Hoàng Duy", "Phóng viên"), "quote": "“Giữ được"}, **dated(datetime(2025, 10, 16, 8, 30)),
          notes=["author only in the div.blog-author card (name 'Hoàng Duy' + role 'Phóng viên') beside the date, "
                 "not text; a blockquote in the Block Editor story is one line of the text"]),
        A(path=P("htx-sam-lai-chau-sin-ho-mo-rong-vung-trong"),
          title="HTX Sâm Lai Châu Sìn Hồ mở rộng vùng trồng dưới tán rừng",
          date=datetime(2025, 8, 5, 14, 15),
          lead="Năm 2025, HTX Sâm Lai Châu Sìn Hồ trồng mới 6 ha sâm dưới tán rừng, nâng tổng diện tích lên 19 ha.",
          body="""
Sâm Lai Châu là cây dược liệu quý, được tỉnh xác định là sản phẩm chủ lực; giá sâm củ 5 năm tuổi từ 60 đến 80 triệu đồng/kg.
[img sam-lai-chau.jpg] Vườn sâm dưới tán rừng của HTX tại xã Sìn Hồ
HTX thuê 12 hộ đồng bào Mông, Dao trông giữ, chăm sóc vườn sâm với thu nhập 6 triệu đồng/người/tháng.
HTX đang xây dựng hồ sơ đề nghị công nhận sản phẩm rượu sâm và trà sâm đạt OCOP 4 sao.
""",
          byline="Bài, ảnh: Phương Linh", author="Phương Linh", opts={"updated": datetime(2025, 11, 20, 9, 40)},
          **dated(datetime(2025, 8, 5, 14, 15)),
          notes=["'Cập nhật: 20/11/2025' (the contentlet's modDate) after the p.blog-date 'Đăng ngày 5 tháng 8 năm "
                 "2025 lúc 14:15': the posting date wins; byline 'Bài, ảnh: Phương Linh' last: text and author"]),
        A(path=P("cong-van-ve-viec-tang-qua-tet-binh-ngo-2026"),
          title="Công văn về việc tổ chức thăm, tặng quà Tết Nguyên đán Bính Ngọ 2026 cho các HTX",
          date=datetime(2026, 1, 21, 16, 5),
          body="""
LIÊN MINH HTX TỈNH LAI CHÂU
Số: 45/LMHTX-VP
V/v tổ chức thăm, tặng quà Tết Nguyên đán Bính Ngọ năm 2026
Lai Châu, ngày 19 tháng 01 năm 2026
Kính gửi: Các hợp tác xã, liên hiệp hợp tác xã trên địa bàn tỉnh.
Thực hiện Kế hoạch số 312/KH-UBND ngày 12/12/2025 của UBND tỉnh, Liên minh HTX tỉnh tổ chức thăm, tặng quà 30 HTX có hoàn cảnh khó khăn do thiên tai năm 2025.
Thời gian: từ ngày 02 đến ngày 06 tháng 02 năm 2026.
Đề nghị các HTX được thăm bố trí đại diện Ban quản trị và thành viên tiêu biểu tiếp đoàn.
Nơi nhận: Như trên; Thường trực Tỉnh ủy; UBND tỉnh; Lưu VT.
CHỦ TỊCH Lò Thị Hương
""",
          author=None, doc_number="45/LMHTX-VP",
          attachments=[{"path": PDF_PATH, "text": "CV-45-LMHTX-tet-2026.pdf"}],
          **dated(datetime(2026, 1, 21, 16, 5)),
          notes=["official letter 'Số: 45/LMHTX-VP' dated 'Lai Châu, ngày 19 tháng 01 năm 2026', citing 'Kế hoạch số "
                 "312/KH-UBND ngày 12/12/2025', posted 'Đăng ngày 21 tháng 1 năm 2026 lúc 16:05' (the page's date); "
                 "signer last, author null; the PDF from /dA/<id>/fileAsset/"]),
        A(path=P("anh-mua-che-tan-uyen"),
          title="Ảnh: Mùa chè xuân trên đồi chè Tân Uyên",
          date=datetime(2026, 3, 4, 7, 0),
          body="""
Những ngày đầu tháng Ba, các đồi chè của HTX Chè Tân Uyên vào vụ thu hái chè xuân, lứa chè ngon nhất trong năm.
[img che-tan-uyen-1.jpg] Đồi chè Thanh Bình nhìn từ trên cao
[img che-tan-uyen-2.jpg] Phụ nữ dân tộc Lự thu hái chè búp
[img che-tan-uyen-3.jpg] Chè xuân được sao thủ công tại xưởng của HTX
Ảnh: Quý Trung
""",
          author="Quý Trung", **dated(datetime(2026, 3, 4, 7, 0)),
          notes=["photo story: one sentence, three figures with figcaptions, closing 'Ảnh: Quý Trung' paragraph: "
                 "part of the text, the author"]),
        A(path=P("ra-mat-htx-du-lich-cong-dong-sin-suoi-ho"),
          title="Ra mắt HTX Du lịch cộng đồng Sín Suối Hồ",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại xã Phong Thổ, Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Du lịch cộng đồng Sín Suối Hồ.
HTX có 22 thành viên là hộ người Mông làm homestay, dịch vụ ẩm thực và hướng dẫn khách tham quan rừng đỗ quyên, thác Tiên.
[img sin-suoi-ho.jpg] Các thành viên HTX trong trang phục truyền thống tại lễ ra mắt
Năm 2025, bản Sín Suối Hồ đón hơn 40.000 lượt khách; HTX đặt mục tiêu nâng doanh thu dịch vụ lên 5 tỷ đồng trong năm 2026.
""",
          author=None,
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          opts={"nodate": True},
          notes=["no p.blog-date on the page (the template hides an empty field): the day only in the text "
                 "('Ngày 12/3', no year); /tin-tuc shows 12/03/2026 on its card: midnight; no author"]),
        A(path=P("lien-minh-htx-tinh-tong-ket-nam-2025"),
          title="Liên minh HTX tỉnh Lai Châu tổng kết công tác năm 2025",
          date=datetime(2025, 12, 26, 10, 30),
          lead="Năm 2025, Lai Châu thành lập mới 41 HTX, nâng tổng số lên 462 HTX; doanh thu bình quân đạt 1,9 tỷ đồng/HTX.",
          body="""
Sáng 25/12, Liên minh HTX tỉnh tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.
## Những kết quả nổi bật
* 36 sản phẩm của HTX được công nhận OCOP từ 3 sao trở lên;
* Quỹ hỗ trợ phát triển HTX cho 14 HTX vay 7,5 tỷ đồng;
* 60 HTX được hỗ trợ tham gia hội chợ, sàn thương mại điện tử.
[img tong-ket-2025-lc.jpg] Lãnh đạo tỉnh tặng Bằng khen cho các HTX tiêu biểu
Năm 2026, Liên minh đặt mục tiêu thành lập mới 45 HTX, trong đó ưu tiên HTX dược liệu, chè và du lịch cộng đồng.
""",
          byline="Văn phòng Liên minh HTX tỉnh", author=None,
          **dated(datetime(2025, 12, 26, 10, 30)),
          notes=["the 'Bài viết liên quan' cards under the story are contentlets too (data-dot-object, own "
                 "data-dot-title and dates): not part of this article; byline an office: the author"]),
        A(path=P("htx-det-tho-cam-ban-hon-giu-nghe"),
          title="HTX dệt thổ cẩm Bản Hon giữ nghề cho phụ nữ Dao",
          date=datetime(2024, 4, 11, 9, 20),
          lead="HTX Dệt thổ cẩm Bản Hon tạo việc làm thường xuyên cho 30 phụ nữ dân tộc Dao, sản phẩm được khách du lịch ưa chuộng.",
          body="""
Các sản phẩm khăn, túi, ví, áo thêu hoa văn Dao đỏ được làm hoàn toàn thủ công, nhuộm chàm bằng lá cây rừng.
[img tho-cam-ban-hon.jpg] Thành viên HTX thêu hoa văn trên vải chàm
Năm 2023, HTX bán được hơn 3.000 sản phẩm, doanh thu 1,4 tỷ đồng, thu nhập của thành viên từ 3 đến 4 triệu đồng/tháng.
""",
          author="Hà Vân", opts={"card": ("Hà Vân", "Cộng tác viên")}, **dated(datetime(2024, 4, 11, 9, 20)),
          notes=["migrated 2024 article (posting date 11/04/2024 kept); author only in the div.blog-author card"]),
        A(path=P("hoi-cho-ocop-lai-chau-2025-thu-hut-40-nghin-luot-khach"),
          title="Hội chợ OCOP Lai Châu năm 2025 thu hút 40 nghìn lượt khách",
          date=datetime(2025, 11, 24, 17, 45),
          lead="Sau 5 ngày diễn ra, Hội chợ OCOP và sản phẩm HTX tỉnh Lai Châu năm 2025 đạt doanh thu hơn 6 tỷ đồng.",
          body="""
Hội chợ được tổ chức từ ngày 19 đến 23/11/2025 tại Quảng trường nhân dân tỉnh với 150 gian hàng của HTX, chủ thể OCOP trong và ngoài tỉnh.
[img hoi-cho-ocop-lc.jpg] Khách tham quan gian hàng chè, dược liệu của các HTX
Nhiều HTX ký được hợp đồng tiêu thụ với doanh nghiệp, siêu thị tại Hà Nội, Lào Cai với tổng giá trị gần 12 tỷ đồng.
Nguồn: Báo Lai Châu
""",
          author=None, **dated(datetime(2025, 11, 24, 17, 45)),
          notes=["the fair's dates 19-23/11/2025 in the first paragraph; the page's p.blog-date is 24/11/2025 17:45; "
                 "'Nguồn: Báo Lai Châu' is a source: author null"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/dA/{ident(src)}/image/{src}"


def contentlet(key: str, title: str, typ: str, inner: str, css: str) -> str:
    return (f'<div class="{css}" data-dot-object="contentlet" data-dot-inode="{ident("inode/" + key)}" '
            f'data-dot-identifier="{ident(key)}" data-dot-type="{typ}" data-dot-basetype="CONTENT" '
            f'data-dot-title="{attr(title)}" data-dot-lang="2">{inner}</div>')


def story(a: Article) -> str:
    parts = [f'<p class="lead"><strong>{inline_html(a.lead)}</strong></p>'] if a.lead else []
    for b in a.blocks:
        if b.kind == "h":
            parts.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li><p>{inline_html(i)}</p></li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            cap = f"<figcaption>{inline_html(b.text)}</figcaption>" if b.text else ""
            parts.append(f'<figure><img src="{img(b.src)}" alt="{attr(b.text)}">{cap}</figure>')
        elif a.opts.get("quote") and b.text.startswith(a.opts["quote"]):
            parts.append(f"<blockquote><p>{inline_html(b.text)}</p></blockquote>")
        else:
            parts.append(f"<p>{inline_html(b.text)}</p>")
    if a.byline:
        parts.append(f'<p style="text-align: right"><strong>{esc(a.byline)}</strong></p>')
    return "".join(parts)


def long_date(d: datetime) -> str:
    return f"Đăng ngày {d.day} tháng {d.month} năm {d.year} lúc {d:%H:%M}"


def detail(a: Article, related: list[Article]) -> str:
    date = "" if a.opts.get("nodate") else f'<p class="blog-date"><i class="fa fa-clock"></i> {long_date(a.date)}</p>'
    if up := a.opts.get("updated"):
        date += f'<p class="blog-moddate">Cập nhật: {up:%d/%m/%Y}</p>'
    card = ""
    if c := a.opts.get("card"):
        card = (f'<div class="blog-author"><img src="/application/themes/lmhtx/images/avatar.png" alt=""><div>'
                f'<span class="name">{esc(c[0])}</span><span class="role">{esc(c[1])}</span></div></div>')
    att = ""
    if a.attachments:
        f = a.attachments[0]
        att = (f'<div class="blog-files"><h4>Tài liệu đính kèm</h4><a href="{f["path"]}">'
               f'<i class="fa fa-file-pdf"></i> {esc(f["text"])}</a></div>')
    rel = "".join(contentlet("rel/" + o.path, o.title, "Blog",
                             f'<a href="{o.path}"><img src="{img(o.first_image() or "no-image.jpg")}" alt=""></a>'
                             f'<h4><a href="{o.path}">{esc(o.title)}</a></h4><p class="blog-date">{o.date:%d/%m/%Y}</p>'
                             f'<p>{esc(o.summary())}</p>', "col-md-4 related-item") for o in related)
    inner = (f'<h1 class="blog-title">{esc(a.title)}</h1><div class="blog-meta">{date}{card}</div>'
             f'<div class="blog-story">{story(a)}</div>{att}'
             f'<div class="blog-tags">Từ khóa: <a href="{NEWS}?tag=ocop">ocop</a> <a href="{NEWS}?tag=htx">htx</a></div>'
             '<div class="blog-share">Chia sẻ: <a href="javascript:void(0)">Facebook</a> '
             '<a href="javascript:void(0)">Zalo</a></div>')
    return (contentlet(a.path, a.title, "Blog", inner, "blog-detail")
            + f'<section class="related-posts"><h3>Bài viết liên quan</h3><div class="row">{rel}</div></section>')


def card(a: Article) -> str:
    pic = a.first_image() or "no-image.jpg"
    return contentlet("card/" + a.path, a.title, "Blog",
                      f'<a href="{a.path}" class="thumb"><img src="{img(pic)}" alt=""></a>'
                      f'<div class="card-body"><span class="blog-date">{a.date:%d/%m/%Y}</span>'
                      f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(a.summary())}</p></div>', "card blog-card")


def layout(title: str, main: str, arts: list[Article]) -> str:
    mega = "".join(contentlet("mega/" + a.path, a.title, "Blog",
                              f'<a href="{a.path}"><img src="{img(a.first_image() or "no-image.jpg")}" alt="">'
                              f'<strong>{esc(a.title)}</strong></a><p>{esc(a.summary())}</p>', "mega-item")
                   for a in arts[:3])
    hot = "".join(contentlet("hot/" + a.path, a.title, "Blog", f'<a href="{a.path}">{esc(a.title)}</a>', "hot-item")
                  for a in arts[3:7])
    options = "".join(f'<option value="{{{{base:offsite}}}}{h}">{t}</option>' for h, t in
                      [("/lmhtx-vn/", "Liên minh HTX Việt Nam"), ("/chinh-phu/", "Cổng TTĐT Chính phủ"),
                       ("/bo-khdt/", "Bộ Tài chính")])
    poll = "".join(f'<li><label><input type="radio" name="vote" value="{i}"> {esc(o)}</label></li>'
                   for i, o in enumerate(POLL_A, 1))
    footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:5])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)} - Liên minh HTX tỉnh Lai Châu</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/application/themes/lmhtx/css/styles.css">
</head>
<body class="dot-page">
<div class="topbar"><div class="container"><span class="date-now">{TODAY}</span>
<a href="{ADMIN}" class="login">Đăng nhập</a></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/application/themes/lmhtx/images/logo.png" alt="{NAME}"></a>
<div class="brand"><span>{NAME.upper()}</span></div>
<div class="slogans"><span>{esc(SLOGANS[0])}</span><span>{esc(SLOGANS[1])}</span></div></div></header>
<nav class="navbar mega-menu"><div class="container"><ul class="navbar-nav">
<li><a href="/">Trang chủ</a></li><li><a href="{ABOUT}">Giới thiệu</a></li>
<li class="dropdown mega"><a href="{NEWS}">Tin tức</a><div class="mega-panel"><div class="mega-col"><h5>Chuyên mục</h5>
<a href="{NEWS}?tag=ocop">Sản phẩm OCOP</a><a href="{NEWS}?tag=htx">Mô hình HTX</a><a href="{NEWS}?tag=van-ban">Văn bản</a></div>
<div class="mega-col mega-news"><h5>{MEGA}</h5>{mega}</div></div></li>
<li><a href="{GALLERY}">Thư viện ảnh</a></li><li><a href="{CONTACT}">Liên hệ</a></li></ul>
<form action="/tim-kiem" method="get" class="search"><input name="q" placeholder="Tìm kiếm..."></form></div></nav>
<main class="container"><div class="row"><div class="col-md-8">
{main}
</div>
<aside class="col-md-4">
<div class="widget"><h3>{SIDE[0]}</h3>{hot}</div>
<div class="widget weather"><h3>{SIDE[1]}</h3><p>19°C</p><p>{SIDE[2]}</p><p>{SIDE[3]}</p></div>
<div class="widget poll"><h3>Thăm dò ý kiến</h3><p>{esc(POLL_Q)}</p><ul>{poll}</ul><button type="button">Bình chọn</button> <button type="button">Xem kết quả</button></div>
<div class="widget"><h3>{SIDE[8]}</h3><select onchange="window.open(this.value)"><option value="">{SIDE[9]}</option>{options}</select></div>
<div class="widget counter"><h3>{SIDE[4]}</h3><p>{SIDE[5]}</p><p>{SIDE[6]}</p><p>{SIDE[7]}</p></div>
</aside></div></main>
<footer class="footer"><div class="container"><h4>{FOOTER[0]}</h4>{footer}<p class="small">{FOOTER[5]}</p></div></footer>
<script src="/application/themes/lmhtx/js/main.js"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lai-chau", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        related = [o for o in arts if o is not a and o.date < a.date][:3] or [o for o in arts if o is not a][:3]
        site.page(a.path, layout(a.title, detail(a, related), arts), content_type=HTML)
        site.add_article(a)
    for name in {b.src for a in arts for b in a.blocks if b.kind == "img"} | {"no-image.jpg"}:
        site.binary(img(name), image_for(name))
    site.binary(PDF_PATH, pdf("Công văn số 45/LMHTX-VP", ["CONG VAN VE VIEC THAM, TANG QUA TET 2026",
                                                           "Lien minh HTX tinh Lai Chau"]))
    site.trap("mega-menu: the three newest posts (title, photo, summary) inside contentlet divs on every page, "
              "above the article", arts[0].path)

    def listing(query: str, name: str, items: list[Article]) -> None:
        pages = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(pages, 1):
            q = "&".join(x for x in [query, f"page={n}" if n > 1 else ""] if x)
            url = NEWS + (f"?{q}" if q else "")
            def href(k: int) -> str:
                q2 = "&amp;".join(x for x in [query, f"page={k}" if k > 1 else ""] if x)
                return NEWS + (f"?{q2}" if q2 else "")
            pager = ""
            if len(pages) > 1:
                pager = '<ul class="pagination">' + "".join(
                    f'<li class="active"><span>{k}</span></li>' if k == n else
                    f'<li><a href="{href(k)}">{k}</a></li>'
                    for k in range(1, len(pages) + 1)) + "</ul>"
            main = f'<h1 class="page-title">{esc(name)}</h1><div class="blog-list">' + "".join(card(a) for a in chunk) \
                + f"</div>{pager}"
            site.page(url, layout(name, main, arts), content_type=HTML)
            site.non_articles.append(url)

    listing("", "Tin tức", arts)
    ocop = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "") or "OCOP" in a.title]
    listing("tag=ocop", "Từ khóa: ocop", ocop)
    listing("tag=htx", "Từ khóa: htx", [a for a in arts if a not in ocop])
    listing("tag=van-ban", "Văn bản", [a for a in arts if a.doc_number])
    site.trap("listing /tin-tuc?page=2 holds the older posts; tag pages /tin-tuc?tag=ocop share the article "
              "prefix's path: not articles", NEWS + "?page=2")

    home = ('<section class="home-featured">' + card(arts[0]) + '</section><section class="home-list"><h2>Tin tức</h2>'
            + "".join(card(a) for a in arts[1:5]) + f'<a href="{NEWS}" class="more">Xem thêm</a></section>')
    site.page("/", layout("Trang chủ", home, arts), content_type=HTML)
    about = contentlet("page/about", "Giới thiệu", "webPageContent",
                       '<h1 class="blog-title">Giới thiệu Liên minh HTX tỉnh Lai Châu</h1><div class="blog-story">'
                       "<p>Liên minh Hợp tác xã tỉnh Lai Châu được thành lập năm 2004, khi tỉnh Lai Châu mới được chia "
                       "tách, là tổ chức đại diện cho các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn "
                       "tỉnh.</p><p>Liên minh tư vấn thành lập, đào tạo, xúc tiến thương mại, hỗ trợ vốn và khoa học công "
                       "nghệ cho hợp tác xã, đặc biệt ở các xã vùng cao, vùng đồng bào dân tộc thiểu số.</p>"
                       "<h2>Lãnh đạo Liên minh</h2><ul><li><p>Chủ tịch: Bà Lò Thị Hương</p></li>"
                       "<li><p>Phó Chủ tịch: Ông Vàng A Páo</p></li></ul></div>", "blog-detail")
    site.page(ABOUT, layout("Giới thiệu", about, arts), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", f'<h1 class="page-title">Liên hệ</h1><p>{NAME}</p><form method="post" '
                              'action="/api/v1/workflow/actions/default/fire/NEW"><input name="hoTen"><input name="email">'
                              '<textarea name="noiDung"></textarea><button type="button">Gửi</button></form>', arts),
              content_type=HTML)
    gal = "".join(f'<figure><img src="{img(a.first_image())}" alt=""><figcaption>{esc(a.title)}</figcaption></figure>'
                  for a in arts if a.first_image())
    site.page(GALLERY, layout("Thư viện ảnh", f'<h1 class="page-title">Thư viện ảnh</h1><div class="gallery">{gal}</div>',
                              arts), content_type=HTML)
    site.page(SEARCH, layout("Tìm kiếm", '<h1 class="page-title">Kết quả tìm kiếm: ocop</h1>'
                             + "".join(card(a) for a in ocop), arts), content_type=HTML)
    site.non_articles += ["/", ABOUT, CONTACT, GALLERY, SEARCH]
    site.trap("introduction /gioi-thieu: a webPageContent contentlet with h1.blog-title and a div.blog-story (two "
              "paragraphs, a heading, a list) but no date: not an article; contact, gallery, search: not articles",
              ABOUT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /dotAdmin/\nDisallow: /api/\n")
    site.page(ADMIN, '<!DOCTYPE html><html><head><meta charset="utf-8"><title>dotCMS</title></head><body>'
                     '<dot-root>Đang tải...</dot-root></body></html>', content_type=HTML)
    site.never_fetched.append(ADMIN)
    return site
