"""Site `lmhtx-tiengiang` (registry family `generic`): the Tiền Giang alliance's site on Wix (free
plan, with the Wix Blog app), written as a held-out test: no family module, no selectors.

Why it is hard: the page is a Wix render: `#SITE_CONTAINER > #main_MF > #site-root > #masterPage`
with absolute-positioned comps (`comp-lq…` ids, `wixui-rich-text` / `font_8` classes) for the header,
the strips and the footer; a "Trang web này được thiết kế bằng Wix.com" free-plan ad bar on top and
a cookie banner. Posts are `/post/<slug>`; the post widget marks its parts with `data-hook`:
`user-name` (the writer: a person's Wix profile, or the alliance's own account "Liên minh HTX Tiền
Giang", which is no author), `time-ago` ("14 thg 3, 2025", no time), `time-to-read` ("2 phút đọc"),
`post-title` (h1), `post-description` (the Ricos rich content: `<p dir="auto">` with nested spans,
`figure-IMAGE` with `imageViewerCaption`, lists, a table plugin). JSON-LD BlogPosting gives
`datePublished` in UTC (`…Z`: a post made at 00:30 Vietnam time is the previous day in UTC) and an
`author` that is a Person on some posts and the Organization (the site itself) on others; a huge
`<script id="wix-warmup-data" type="application/json">` holds this post's text and the other posts'
excerpts. Under the text: categories and hashtag links (`/blog/hashtags/<x>`), "12 lượt xem ·
0 bình luận", likes, "Bài đăng gần đây" cards (title, stats), the comments box, a "Đăng ký nhận tin"
strip. The blog feed `/blog` (`/blog/page/2`), categories `/blog/categories/<x>`, hashtags, the
home page, "Giới thiệu", "Sản phẩm OCOP" and "Liên hệ" are not articles.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from .core import Article, SiteBuild, attr, esc, inline_text

SITE = "lmhtx-tiengiang"
NAME = "Liên minh Hợp tác xã tỉnh Tiền Giang"
ACCOUNT = "Liên minh HTX Tiền Giang"
HTML = "text/html; charset=utf-8"
BLOG = "/blog"
CATS = {"tin-hoat-dong": "Tin hoạt động", "van-ban": "Văn bản", "htx-dien-hinh": "HTX điển hình"}
TAGS = {"ocop": "OCOP", "luat-htx-2023": "LuậtHTX2023", "xuat-khau": "XuấtKhẩu"}
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
PRODUCTS = "/san-pham-ocop"
PER = 6

WIX_AD = "Trang web này được thiết kế bằng trình tạo trang web Wix.com. Tạo trang web của bạn ngay hôm nay."
COOKIE = "Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn. Bằng việc tiếp tục truy cập, bạn đồng ý với chính sách cookie của chúng tôi."
HEADER = ["Liên minh Hợp tác xã tỉnh Tiền Giang - Đồng hành cùng hợp tác xã", "Hotline: 0273.3872.116"]
FOOTER = ["Địa chỉ: Số 35 đường Hùng Vương, phường 1, thành phố Mỹ Tho, tỉnh Tiền Giang",
          "Điện thoại: 0273.3872.116 - Email: lmhtxtiengiang@gmail.com",
          "Đăng ký nhận tin", "Nhận bản tin kinh tế tập thể hằng tháng qua email", "Cảm ơn bạn đã đăng ký!",
          "© 2025 Liên minh Hợp tác xã tỉnh Tiền Giang. Tạo bằng Wix.com"]
LABELS = ["phút đọc", "lượt xem", "bình luận", "Bài đăng gần đây", "Xem tất cả", "Viết bình luận...",
          "Chấp nhận", "Cài đặt cookie", "Bài đăng không được đánh dấu là đã thích", "Đã cập nhật:", "Bắt đầu"]
BOILERPLATE = [WIX_AD, COOKIE, *HEADER, *FOOTER, *LABELS]
MONTHS = "thg"


def wixdate(d: datetime) -> str:
    return f"{d.day} thg {d.month}, {d.year}"


def utc(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def meta(d: datetime) -> dict:
    return dict(published=d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), published_source="metadata",
                evidence=["metadata", "date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/post/lien-minh-htx-tinh-tong-ket-cong-tac-nam-2024",
          title="Liên minh HTX tỉnh Tiền Giang tổng kết công tác năm 2024",
          date=datetime(2025, 1, 10, 8, 30),
          body="""
Sáng 9/1, Liên minh HTX tỉnh Tiền Giang tổ chức hội nghị tổng kết công tác năm 2024 và triển khai phương hướng, nhiệm vụ năm 2025.
Năm 2024, toàn tỉnh có 196 HTX đang hoạt động với hơn 21.000 thành viên; thành lập mới 14 HTX, vượt 40% kế hoạch. Doanh thu bình quân một HTX đạt 5,6 tỷ đồng.
[img tong-ket-2024-tg.png] Đại biểu dự hội nghị tổng kết công tác năm 2024
## Năm 2025: tập trung chuyển đổi HTX theo luật mới
* Hoàn thành chuyển đổi các HTX theo Luật Hợp tác xã năm 2023;
* Giải ngân 12 tỷ đồng từ Quỹ hỗ trợ phát triển HTX;
* Hỗ trợ 15 HTX xây dựng sản phẩm OCOP và tham gia sàn thương mại điện tử.
Dịp này, Liên minh HTX Việt Nam tặng Bằng khen cho 5 tập thể và 7 cá nhân có thành tích xuất sắc.
""",
          author="Ngọc Trâm", **meta(datetime(2025, 1, 10, 8, 30)),
          opts={"writer": "Ngọc Trâm", "read": 3, "views": 87, "cat": "tin-hoat-dong", "tags": ["luat-htx-2023"]},
          notes=["writer 'Ngọc Trâm' in data-hook=user-name (a Wix member profile) and JSON-LD author Person: the "
                 "author, not part of the text; date '10 thg 1, 2025' in data-hook=time-ago, JSON-LD datePublished "
                 "'2025-01-10T01:30:00.000Z' (UTC) -> 08:30 Vietnam time"]),
        A(path="/post/htx-xoai-cat-hoa-loc-xuat-lo-hang-sang-uc",
          title="HTX xoài cát Hòa Lộc xuất lô hàng đầu tiên sang Úc",
          date=datetime(2025, 3, 14, 0, 30),
          body="""
HTX Xoài cát Hòa Lộc (huyện Cái Bè) vừa xuất khẩu lô xoài 12 tấn đầu tiên sang thị trường Úc, sau hai năm chuẩn bị vùng trồng đạt chuẩn.
HTX có 52 thành viên với 80 ha xoài, trong đó 35 ha được cấp mã số vùng trồng xuất khẩu và chứng nhận GlobalGAP.
[img xoai-hoa-loc.png] Thành viên HTX Xoài cát Hòa Lộc bao trái xoài để đảm bảo chất lượng xuất khẩu
Giá thu mua xoài xuất khẩu cao hơn bán trong nước từ 10.000 đến 15.000 đồng/kg; HTX dự kiến xuất thêm 50 tấn trong năm 2025.
Bài, ảnh: Hữu Phước
""",
          author="Hữu Phước", **meta(datetime(2025, 3, 14, 0, 30)),
          opts={"writer": ACCOUNT, "read": 2, "views": 143, "cat": "htx-dien-hinh", "tags": ["xuat-khau", "ocop"]},
          notes=["posted at 00:30 on 14/03/2025 (page: '14 thg 3, 2025'); JSON-LD datePublished '2025-03-13T17:30:00"
                 ".000Z' is the previous day in UTC; written by the alliance's account ('Liên minh HTX Tiền Giang' in "
                 "user-name, JSON-LD author Organization): no author there; the text ends 'Bài, ảnh: Hữu Phước' -> "
                 "author Hữu Phước"]),
        A(path="/post/cong-van-dang-ky-tham-gia-hoi-cho-ocop-2025",
          title="Công văn về việc đăng ký tham gia Hội chợ sản phẩm OCOP và HTX năm 2025",
          date=datetime(2025, 2, 20, 14, 0),
          body="""
LIÊN MINH HTX TỈNH TIỀN GIANG
Số: 25/LMHTX-VP
Tiền Giang, ngày 18 tháng 02 năm 2025
V/v đăng ký tham gia Hội chợ sản phẩm OCOP và HTX năm 2025
Kính gửi: Các hợp tác xã, liên hiệp hợp tác xã trên địa bàn tỉnh.
Thực hiện Kế hoạch số 10/KH-LMHTX ngày 15/01/2025 của Liên minh HTX tỉnh, Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm OCOP và HTX năm 2025 từ ngày 20 đến 24/4/2025 tại Quảng trường Trung tâm thành phố Mỹ Tho.
Các HTX có nhu cầu tham gia đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 31/3/2025. HTX tham gia được hỗ trợ miễn phí 01 gian hàng tiêu chuẩn.
Nơi nhận: Như trên; Lưu VT.
CHỦ TỊCH Trần Văn Dũng
""",
          author=None, doc_number="25/LMHTX-VP", **meta(datetime(2025, 2, 20, 14, 0)),
          opts={"writer": ACCOUNT, "read": 2, "views": 54, "cat": "van-ban", "tags": ["ocop"]},
          notes=["official letter 'Số: 25/LMHTX-VP', place-date line 'Tiền Giang, ngày 18 tháng 02 năm 2025' two days "
                 "before the post (20/02/2025 14:00); signer last; the account writes it: author null"]),
        A(path="/post/9-san-pham-cua-htx-dat-ocop-nam-2024",
          title="9 sản phẩm của HTX đạt chứng nhận OCOP năm 2024",
          date=datetime(2024, 12, 20, 9, 15),
          body="""
UBND tỉnh Tiền Giang vừa công nhận 38 sản phẩm OCOP năm 2024, trong đó có 9 sản phẩm của các HTX.
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Vú sữa Lò Rèn | HTX Vú sữa Lò Rèn Vĩnh Kim | 4 sao |
| 2 | Sầu riêng Ngũ Hiệp | HTX Nông nghiệp Ngũ Hiệp | 4 sao |
| 3 | Thanh long ruột đỏ | HTX Thanh long Chợ Gạo | 3 sao |
| 4 | Khô cá lóc | HTX Thủy sản Gò Công | 3 sao |
Các HTX có sản phẩm đạt chuẩn được hỗ trợ thiết kế tem nhãn và quảng bá trên trang thông tin của Liên minh HTX tỉnh.
""",
          author="Minh Thư", **meta(datetime(2024, 12, 20, 9, 15)),
          opts={"writer": "Minh Thư", "read": 1, "views": 212, "cat": "tin-hoat-dong", "tags": ["ocop"]},
          notes=["a Ricos table plugin (table-component) of four products: one line per row, header first; writer "
                 "'Minh Thư' (Person): author"]),
        A(path="/post/htx-thanh-long-cho-gao-chuyen-doi-san-xuat-huu-co",
          title="HTX Thanh long Chợ Gạo chuyển đổi sang sản xuất hữu cơ",
          date=datetime(2024, 11, 5, 10, 0),
          body="""
Sau nhiều năm sản xuất theo VietGAP, HTX Thanh long Chợ Gạo bắt đầu chuyển 20 ha sang canh tác hữu cơ, hướng tới các thị trường khó tính.
Thành viên HTX thay phân bón hóa học bằng phân hữu cơ vi sinh ủ từ phụ phẩm, sử dụng đèn chiếu sáng tiết kiệm điện để xử lý ra hoa.
[img thanh-long-cho-gao.png] Vườn thanh long ruột đỏ của thành viên HTX tại xã Quơn Long
Năng suất giảm khoảng 15% trong hai năm đầu, nhưng giá bán thanh long hữu cơ cao gấp đôi thanh long thường.
Nguồn: Báo Ấp Bắc
""",
          author=None, **meta(datetime(2024, 11, 5, 10, 0)),
          opts={"writer": ACCOUNT, "read": 2, "views": 96, "cat": "htx-dien-hinh", "tags": [],
                "updated": datetime(2024, 11, 20, 16, 40)},
          notes=["'Đã cập nhật: 20 thg 11, 2024' beside the date and JSON-LD dateModified: not the publication date; "
                 "last line 'Nguồn: Báo Ấp Bắc' (a source, part of the text); the account writes it: author null"]),
        A(path="/post/tap-huan-luat-hop-tac-xa-nam-2023-cho-can-bo-htx",
          title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ quản lý HTX",
          date=datetime(2024, 6, 26, 16, 45),
          body="""
Trong hai ngày 25 và 26/6, Liên minh HTX tỉnh tổ chức lớp tập huấn giới thiệu những điểm mới của Luật Hợp tác xã năm 2023 cho 120 cán bộ quản lý HTX.
Luật có hiệu lực từ ngày 01/7/2024, quy định nhiều chính sách mới về hỗ trợ đào tạo, ứng dụng khoa học công nghệ và tiếp cận vốn cho HTX.
[img tap-huan-luat-htx.png] Báo cáo viên giới thiệu những điểm mới của Luật Hợp tác xã năm 2023
Các học viên được hướng dẫn rà soát điều lệ, tổ chức đại hội thành viên để sửa đổi điều lệ cho phù hợp với luật mới.
""",
          author="Ngọc Trâm", **meta(datetime(2024, 6, 26, 16, 45)),
          opts={"writer": "Ngọc Trâm", "read": 2, "views": 158, "cat": "tin-hoat-dong", "tags": ["luat-htx-2023"]},
          notes=["the text names 01/7/2024 (the law's effective date), after the post's date; page 2 of the feed"]),
        A(path="/post/htx-sau-rieng-ngu-hiep-lien-ket-bao-tieu",
          title="HTX sầu riêng Ngũ Hiệp liên kết bao tiêu với doanh nghiệp xuất khẩu",
          date=datetime(2024, 8, 8, 7, 0),
          body="""
HTX Nông nghiệp Ngũ Hiệp (huyện Cai Lậy) ký hợp đồng bao tiêu 1.500 tấn sầu riêng mỗi năm với một doanh nghiệp xuất khẩu sang Trung Quốc.
Theo hợp đồng, doanh nghiệp thu mua theo giá thị trường cộng thêm 2.000 đồng/kg cho sầu riêng đạt chuẩn, đồng thời hỗ trợ kỹ thuật cho thành viên.
[img sau-rieng-ngu-hiep.png] Cán bộ HTX kiểm tra chất lượng sầu riêng trước khi giao cho doanh nghiệp
HTX hiện có 120 thành viên với 210 ha sầu riêng, trong đó 150 ha đã có mã số vùng trồng.
""",
          author="Thanh Nhàn", **meta(datetime(2024, 8, 8, 7, 0)),
          opts={"writer": "Thanh Nhàn", "read": 2, "views": 301, "cat": "htx-dien-hinh", "tags": ["xuat-khau"]}),
        A(path="/post/ra-mat-htx-nuoi-nghieu-go-cong",
          title="Ra mắt HTX nuôi nghêu Gò Công",
          date=datetime(2024, 9, 18, 15, 10),
          body="""
Chiều 17/9, tại xã Tân Thành (huyện Gò Công Đông), HTX Thủy sản nuôi nghêu Gò Công chính thức ra mắt với 32 thành viên.
HTX quản lý 250 ha bãi nghêu ven biển, tổ chức cho thành viên khai thác luân phiên và bảo vệ bãi nuôi theo quy chế chung.
[img htx-ngheu-go-cong.png] Lãnh đạo Liên minh HTX tỉnh tặng hoa chúc mừng HTX
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng nhãn hiệu nghêu Gò Công và tìm đầu ra ổn định.
Trúc Ly
""",
          author="Trúc Ly", **meta(datetime(2024, 9, 18, 15, 10)),
          opts={"writer": ACCOUNT, "read": 1, "views": 12, "cat": "tin-hoat-dong", "tags": []},
          notes=["account 'Liên minh HTX Tiền Giang' in user-name (JSON-LD Organization); the last paragraph 'Trúc Ly' "
                 "is the byline: part of the text and the author; '12 lượt xem · 0 bình luận' under it"]),
    ]


# -- Wix markup --------------------------------------------------------------------------------

def cid(key: str) -> str:
    return "comp-" + hashlib.md5(key.encode()).hexdigest()[:8]


def vid(key: str) -> str:
    return "viewer-" + hashlib.md5(key.encode()).hexdigest()[:5]


def comp(key: str, inner: str, top: int, left: int = 0, width: int = 980, kind: str = "wixui-rich-text") -> str:
    c = cid(key)
    return (f'<div id="{c}" class="{c} {kind}" data-testid="richTextElement" '
            f'style="position:absolute;top:{top}px;left:{left}px;width:{width}px">{inner}</div>')


def rt(text: str, font: str = "font_8") -> str:
    return f'<p class="{font} wixui-rich-text__text"><span class="wixui-rich-text__text">{esc(text)}</span></p>'


def ricos_text(text: str) -> str:
    out = []
    for i, part in enumerate(text.split("**")):
        if part:
            inner = esc(part)
            out.append(f'<span style="font-weight:700"><span class="_2PHJq public-DraftStyleDefault-ltr">{inner}</span></span>'
                       if i % 2 else f'<span class="_2PHJq public-DraftStyleDefault-ltr">{inner}</span>')
    return "".join(out)


def ricos(a: Article) -> str:
    parts, table = [], []

    def flush_table() -> None:
        if table:
            rows = "".join("<tr>" + "".join(f'\n<td class="Ef2Lt"><div class="wQ0bM"><p class="MMl86 _4-Qp4" dir="auto">'
                                            f'<span class="_2PHJq">{esc(c)}</span></p></div></td>' for c in r) + "</tr>\n"
                           for r in table)
            parts.append(f'<div data-hook="table-component" id="{vid(a.path + "table")}" class="YFUJn">'
                         f'<table class="_9B6RE"><tbody>{rows}</tbody></table></div>')
            table.clear()

    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            table.append([c.strip() for c in b.text.strip("| ").split(" | ")])
            continue
        flush_table()
        if b.kind == "p":
            parts.append(f'<p class="MMl86 _4-Qp4 _2SFfe" dir="auto" id="{vid(a.path + b.text)}">{ricos_text(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f'<h2 class="MMl86 FBVUO _2SFfe" dir="auto" id="{vid(a.path + b.text)}">'
                         f'<span style="font-weight:700">{ricos_text(b.text)}</span></h2>')
        elif b.kind == "ul":
            parts.append('<ul class="_8JDsC" dir="auto">' + "".join(
                f'<li class="_1bAkm" dir="auto"><p class="MMl86 _4-Qp4" dir="auto">{ricos_text(i)}</p></li>'
                for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<div data-hook="figure-IMAGE" id="{vid(a.path + b.src)}" class="C2ld9 m1JGH">'
                         f'<figure class="_3aLaP"><div data-hook="imageViewer" class="ImRXd" role="button" tabindex="0">'
                         f'<img src="/media/{hashlib.md5(b.src.encode()).hexdigest()[:6]}_{b.src}" alt="" '
                         f'data-pin-media="{attr(b.src)}" class="q8_3n"></div>'
                         + (f'<figcaption class="_0ObGK" dir="auto" data-hook="imageViewerCaption">{esc(b.text)}</figcaption>'
                            if b.text else "") + "</figure></div>")
    flush_table()
    return (f'<div class="ricos-viewer" data-id="content-viewer"><div data-id="rich-content-viewer" class="_5BNHo" '
            f'dir="ltr" data-hook="ricos-viewer">{"".join(parts)}</div></div>')


def card(a: Article, feed: bool = True) -> str:
    return (f'<article data-hook="post-list-item" class="gqAQI post-list-item">'
            + (f'<a href="{a.path}" tabindex="-1"><img src="/media/{hashlib.md5(a.first_image().encode()).hexdigest()[:6]}_'
               f'{a.first_image()}" alt="" data-hook="cover-image"></a>' if a.first_image() else "")
            + f'<div class="post-metadata"><span data-hook="user-name" class="tQ0Q1A">{esc(a.opts["writer"])}</span> '
            f'<span data-hook="time-ago" class="post-metadata__date">{wixdate(a.date)}</span> '
            f'<span data-hook="time-to-read">{a.opts["read"]} phút đọc</span></div>'
            f'<a href="{a.path}" class="O16KGI"><h2 data-hook="post-title" class="bD0vt9">{esc(a.title)}</h2></a>'
            + (f'<div data-hook="post-description" class="BOlnTh"><p>{esc(a.summary()[:160])}</p></div>' if feed else "")
            + f'<div data-hook="post-footer"><span data-hook="view-count">{a.opts["views"]} lượt xem</span> '
            f'<span data-hook="comment-count">0 bình luận</span> '
            f'<button data-hook="like-button" aria-label="Bài đăng không được đánh dấu là đã thích"></button></div></article>')


def header_comps() -> str:
    menu = "".join(f'<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="{h}" class="StylableButton">'
                   f'<div class="label">{t}</div></a></li>'
                   for h, t in [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (BLOG, "Tin tức"), (PRODUCTS, "Sản phẩm OCOP"),
                                (CONTACT, "Liên hệ")])
    return (f'<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="MW5IWV">'
            f'<div id="{cid("logo")}" style="position:absolute;top:10px;left:0"><a href="/" data-testid="linkElement">'
            '<img src="/media/logo-lmhtx-tg.png" alt="logo"></a></div>'
            + comp("hdr1", rt(HEADER[0], "font_2"), 14, 120, 600)
            + comp("hdr2", rt(HEADER[1], "font_9"), 20, 760, 220)
            + f'<nav id="{cid("menu")}" aria-label="Trang web" style="position:absolute;top:80px;left:0">'
            f'<ul class="wixui-dropdown-menu">{menu}</ul></nav></div></header>')


def footer_comps() -> str:
    return (f'<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="MW5IWV">'
            + comp("ft1", rt(FOOTER[0]) + rt(FOOTER[1]), 20, 0, 500)
            + f'<form id="{cid("subscribe")}" class="wixui-form" style="position:absolute;top:20px;left:540px" '
            'action="javascript:void(0)">'
            f'{rt(FOOTER[2], "font_5")}{rt(FOOTER[3])}<label>Email *<input type="email" name="email"></label>'
            f'<button type="button" class="StylableButton">Đăng ký</button>'
            f'<div class="success" hidden>{rt(FOOTER[4])}</div></form>'
            + comp("ft3", rt(FOOTER[5], "font_9"), 160, 0, 980)
            + '<div class="social-bar"><a href="{{base:offsite}}/" target="_blank" aria-label="Facebook">'
            '<img src="/media/fb-icon.png" alt="Facebook"></a></div></div></footer>')


def layout(title: str, main: str, *, head: str = "", warmup: dict | None = None) -> str:
    data = json.dumps(warmup or {"appsWarmupData": {}}, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>{esc(title)}</title>{head}
<script src="/_partials/wix-thunderbolt/dist/clientWorker.js"></script>
</head>
<body class="responsive">
<div id="WIX_ADS" class="wix-ads-bar"><a href="{{{{base:offsite}}}}/" target="_blank" rel="nofollow"><span>{esc(WIX_AD)}</span> <span class="cta">Bắt đầu</span></a></div>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout masterPage css-editing-scope">
{header_comps()}
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true">
<div id="SITE_PAGES" class="SITE_PAGES"><div class="JsJXaX"><div id="{cid(title)}" class="dBAkHi theme-vars-{cid(title)[5:]}">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div>
<div data-mesh-id="Containerc1dmpinlineContent" class="Containerc1dmp">
{main}
</div></div></div></div>
</main>
{footer_comps()}
</div></div></div></div>
<div id="ccsu-banner" data-hook="consent-banner-root" class="consent-banner" role="dialog"><p data-hook="consent-banner-text">{esc(COOKIE)}</p>
<button data-hook="consent-banner-settings-button" type="button">Cài đặt cookie</button> <button data-hook="consent-banner-apply-button" type="button">Chấp nhận</button></div>
<script type="application/json" id="wix-warmup-data">{data}</script>
</body></html>
"""


def jsonld(a: Article) -> str:
    writer = a.opts["writer"]
    author = ({"@type": "Organization", "name": ACCOUNT, "url": "{{base}}/"} if writer == ACCOUNT
              else {"@type": "Person", "name": writer, "url": "{{base}}/profile/" + hashlib.md5(writer.encode()).hexdigest()[:8]
                    + "/profile"})
    upd = a.opts.get("updated", a.date)
    data = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": a.title,
            "mainEntityOfPage": {"@type": "WebPage", "@id": "{{base}}" + a.path},
            "datePublished": utc(a.date), "dateModified": utc(upd), "author": author,
            "publisher": {"@type": "Organization", "name": ACCOUNT, "logo": {"@type": "ImageObject",
                                                                         "url": "{{base}}/media/logo-lmhtx-tg.png"}},
            "description": a.summary()[:160],
            "interactionStatistic": {"@type": "InteractionCounter", "interactionType": "https://schema.org/ViewAction",
                                     "userInteractionCount": a.opts["views"]}}
    return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"


def warmup(a: Article | None, arts: list[Article]) -> dict:
    posts = [{"id": hashlib.md5(o.path.encode()).hexdigest()[:24], "title": o.title, "slug": o.path[6:],
              "firstPublishedDate": utc(o.date), "excerpt": o.summary()[:160], "viewCount": o.opts["views"],
              "owner": {"name": o.opts["writer"]}} for o in arts]
    app = {"feedPosts": posts}
    if a:
        app["postPage"] = {"post": {"title": a.title, "firstPublishedDate": utc(a.date),
                                    "contentText": "\n".join(a.text_lines()),
                                    "categories": [CATS[a.opts["cat"]]]}}
    return {"appsWarmupData": {"14bcded7-0066-7c35-14d7-466cb3f09103": app}}


def post_page(a: Article, arts: list[Article]) -> str:
    o = a.opts
    upd = (f'<span data-hook="post-updated-date" class="post-metadata__updated">Đã cập nhật: {wixdate(o["updated"])}</span>'
           if o.get("updated") else "")
    recent = [x for x in arts if x is not a][:3]
    tags = "".join(f'<li><a href="{BLOG}/hashtags/{t}" data-hook="hashtag-link">#{esc(TAGS[t])}</a></li>'
                   for t in o["tags"])
    main = f"""<section id="{cid('blogpost')}" class="wixui-blog" data-hook="post-page" style="position:relative;top:0">
<div class="blog-post-page-font"><article data-hook="post" class="blog-post-page">
<div data-hook="post-header" class="Tbrn3"><div class="post-metadata">
<img data-hook="avatar-image" src="/media/avatar-{hashlib.md5(o['writer'].encode()).hexdigest()[:6]}.png" alt="">
<span data-hook="user-name" class="tQ0Q1A">{esc(o['writer'])}</span>
<ul class="meta-list"><li><span data-hook="time-ago" class="post-metadata__date">{wixdate(a.date)}</span></li>
<li><span data-hook="time-to-read">{o['read']} phút đọc</span></li>{f"<li>{upd}</li>" if upd else ""}</ul></div>
<button data-hook="more-button" aria-label="Thêm hành động"></button></div>
<h1 data-hook="post-title" class="H3vOVf blog-post-title-font">{esc(a.title)}</h1>
<div data-hook="post-description" class="post-content__body">{ricos(a)}</div>
<div data-hook="post-footer" class="post-footer">
<ul data-hook="post-categories-list" class="categories"><li><a href="{BLOG}/categories/{o['cat']}" data-hook="category-label-list__item">{CATS[o['cat']]}</a></li></ul>
{f'<ul data-hook="post-hashtags" class="hashtags">{tags}</ul>' if tags else ""}
<div data-hook="post-main-actions-desktop" class="share-buttons"><button aria-label="Chia sẻ qua Facebook"></button><button aria-label="Chia sẻ qua LinkedIn"></button><button aria-label="Sao chép liên kết"></button></div>
<div data-hook="post-stats" class="post-stats"><span data-hook="view-count">{o['views']} lượt xem</span> · <span data-hook="comment-count">0 bình luận</span>
<button data-hook="like-button"><span class="sr-only">Bài đăng không được đánh dấu là đã thích</span><span data-hook="like-button-counter">0</span></button></div>
</div></article>
<div data-hook="recent-posts" class="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Bài đăng gần đây</h2>
<a href="{BLOG}" data-hook="recent-posts-see-all">Xem tất cả</a></div><div class="recent-posts__list">{''.join(card(x, False) for x in recent)}</div></div>
<div data-hook="comments-widget" class="comments"><h3>Bình luận</h3><div role="textbox" data-hook="comment-box-placeholder">Viết bình luận...</div></div>
</div></section>"""
    head = (f'\n<link rel="canonical" href="{{{{base}}}}{a.path}">\n<meta property="og:type" content="article">'
            f'\n<meta property="og:title" content="{attr(a.title)}">\n<meta property="og:site_name" content="{attr(ACCOUNT)}">'
            f'\n{jsonld(a)}')
    return layout(a.title, main, head=head, warmup=warmup(a, arts))


def feed_main(heading: str, items: list[Article], pager: str = "") -> str:
    return (f'<section id="{cid(heading)}" class="wixui-blog" data-hook="blog-feed"><h1 data-hook="feed-title">{esc(heading)}</h1>'
            f'<nav data-hook="category-menu"><ul>'
            + f'<li><a href="{BLOG}">Tất cả bài viết</a></li>'
            + "".join(f'<li><a href="{BLOG}/categories/{k}">{v}</a></li>' for k, v in CATS.items())
            + f'</ul></nav><div data-hook="post-list" class="post-list">{"".join(card(a) for a in items)}</div>{pager}</section>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tien-giang", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        site.page(a.path, post_page(a, arts), content_type=HTML)
        site.add_article(a)
    site.trap("Wix render: #SITE_CONTAINER/#masterPage with absolute-positioned rich-text comps for header, footer "
              "and strips; a free-plan ad bar 'Trang web này được thiết kế bằng … Wix.com' on top and a cookie banner "
              "at the end; a huge <script id=wix-warmup-data type=application/json> with this post's text and every "
              "post's excerpt", arts[0].path)

    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(pages, 1):
        url = BLOG if n == 1 else f"{BLOG}/page/{n}"
        pager = ('<nav data-hook="pagination" aria-label="Phân trang">'
                 + "".join(f'<a href="{BLOG if k == 1 else f"{BLOG}/page/{k}"}"'
                           f'{" aria-current=" + chr(34) + "page" + chr(34) if k == n else ""}>{k}</a>'
                           for k in range(1, len(pages) + 1)) + "</nav>")
        site.page(url, layout("Tin tức | " + ACCOUNT, feed_main("Tin tức", chunk, pager),
                              warmup=warmup(None, chunk)), content_type=HTML)
        site.non_articles.append(url)
    site.trap("blog feed /blog with /blog/page/2 (six cards a page: writer, '14 thg 3, 2025', 'N phút đọc', h2 title, "
              "160-character excerpt in data-hook=post-description, 'N lượt xem', '0 bình luận'); page 2 holds the "
              "two oldest posts", BLOG + "/page/2")
    for k, v in CATS.items():
        items = [a for a in arts if a.opts["cat"] == k]
        site.page(f"{BLOG}/categories/{k}", layout(f"{v} | {ACCOUNT}", feed_main(v, items), warmup=warmup(None, items)),
                  content_type=HTML)
        site.non_articles.append(f"{BLOG}/categories/{k}")
    used_tags = {t for a in arts for t in a.opts["tags"]}
    for k in sorted(used_tags):
        items = [a for a in arts if k in a.opts["tags"]]
        site.page(f"{BLOG}/hashtags/{k}", layout(f"#{TAGS[k]} | {ACCOUNT}", feed_main(f"#{TAGS[k]}", items),
                                                 warmup=warmup(None, items)), content_type=HTML)
        site.non_articles.append(f"{BLOG}/hashtags/{k}")
    site.trap("categories /blog/categories/<x> and hashtags /blog/hashtags/<x> (the post footer's links): feeds "
              "of cards, not articles", BLOG + "/hashtags/ocop")

    def strip(key, inner, top):
        return f'<section id="{cid(key)}" class="wixui-section" style="position:relative;top:{top}px">{inner}</section>'

    home = (strip("hero", comp("hero1", rt("Đồng hành cùng hợp tác xã Tiền Giang", "font_0"), 40)
                  + comp("hero2", rt("Kết nối - Hỗ trợ - Phát triển kinh tế tập thể", "font_7"), 120), 0)
            + strip("latest", comp("latest-h", rt("Tin mới nhất", "font_2"), 10)
                    + f'<div id="{cid("latest-w")}" class="wixui-blog" data-hook="post-list" '
                      f'style="position:absolute;top:60px">{"".join(card(a) for a in arts[:3])}</div>', 400))
    site.page("/", layout(ACCOUNT, home, warmup=warmup(None, arts[:3])), content_type=HTML)
    about = ["Liên minh Hợp tác xã tỉnh Tiền Giang là tổ chức chính trị - xã hội và kinh tế, đại diện và hỗ trợ các hợp "
             "tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
             "Liên minh tư vấn thành lập, tổ chức lại hợp tác xã theo Luật Hợp tác xã năm 2023; đào tạo, bồi dưỡng cán "
             "bộ quản lý; hỗ trợ xúc tiến thương mại, xây dựng sản phẩm OCOP và tiếp cận vốn của Quỹ hỗ trợ phát "
             "triển hợp tác xã tỉnh.",
             "Trang web này được xây dựng năm 2023 để giới thiệu hoạt động của Liên minh và các hợp tác xã, sản phẩm "
             "đặc trưng của các vùng cây ăn trái Cái Bè, Cai Lậy, Chợ Gạo và vùng biển Gò Công."]
    site.page(ABOUT, layout(f"Giới thiệu | {ACCOUNT}", strip("about", comp("about-h", rt("Giới thiệu", "font_0"), 10)
                                                             + comp("about-t", "".join(rt(p) for p in about), 80), 0)),
              content_type=HTML)
    products = [("Vú sữa Lò Rèn Vĩnh Kim", "60.000₫/kg"), ("Xoài cát Hòa Lộc", "85.000₫/kg"),
                ("Khô cá lóc Gò Công", "320.000₫/kg")]
    site.page(PRODUCTS, layout(f"Sản phẩm OCOP | {ACCOUNT}", strip("prod", comp("prod-h", rt("Sản phẩm OCOP", "font_0"), 10)
                                                                   + "".join(comp("p" + n, rt(n, "font_5") + rt(p), 80 + 60 * i)
                                                                             for i, (n, p) in enumerate(products)), 0)),
              content_type=HTML)
    site.page(CONTACT, layout(f"Liên hệ | {ACCOUNT}", strip("contact", comp("contact-h", rt("Liên hệ", "font_0"), 10)
                                                            + comp("contact-t", rt(NAME) + rt("Giờ làm việc: 7h00 - 17h00, "
                                                                                              "thứ Hai đến thứ Sáu"), 80)
                                                            + '<form class="wixui-form" action="javascript:void(0)">'
                                                              '<input name="name"><textarea name="msg"></textarea>'
                                                              '<button type="button">Gửi</button></form>', 0)),
              content_type=HTML)
    site.non_articles += ["/", ABOUT, PRODUCTS, CONTACT]
    site.trap("home, 'Giới thiệu' (three long paragraphs in rich-text comps), 'Sản phẩm OCOP' (names and prices) and "
              "'Liên hệ' (a Wix form): Wix pages, not articles", ABOUT)
    site.static("/robots.txt", "User-agent: *\nAllow: /\n")
    return site
