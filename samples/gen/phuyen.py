"""Site `lmhtx-phuyen` (registry family `generic`): the Phú Yên alliance's site built on Webflow (a
purchased English template, partly translated), written as a held-out test: no family module, no
selectors.

Why it is hard: a Webflow CMS site: every page carries `data-wf-page`/`data-wf-site`, `data-w-id`
attributes and `w-*` classes; the text is a `div.rich-text.w-richtext` (figures
`figure.w-richtext-figure-type-image` with `<figcaption>`, a YouTube `w-richtext-figure-type-video`),
the lead a separate plain-text field `div.post-summary` above the main image, the author a CMS
reference (`div.author-name` + `div.author-role`) that is a person on some posts, the editorial
office on one, EMPTY (`w-dyn-bind-empty`) on others, where a byline closes the text. The news
template prints dates in the template's English format "March 14, 2024"; the documents collection
(`/van-ban/<slug>`) prints "05/03/2024" (day first: the document is dated "ngày 04 tháng 3"). Listings,
"Tin liên quan" and the home are collection lists (`div.w-dyn-list > div.w-dyn-items >
div.w-dyn-item`), with the English "No items found." (`w-dyn-empty`) where a filter finds nothing;
pagination `a.w-pagination-next` "Next" to `/tin-tuc?a1b2c3d4_page=2`; every page ends with a
newsletter `w-form` whose untranslated "Thank you! Your submission has been received!" /
"Oops! Something went wrong…" are in the HTML, `w-embed` blocks with inline scripts, and the
"Made in Webflow" badge.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import Article, SiteBuild, attr, esc, inline_html, iso, pdf, png

SITE = "lmhtx-phuyen"
NAME = "Liên minh Hợp tác xã tỉnh Phú Yên"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
DOCS = "/van-ban"
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
SEARCH = "/search?query=ocop"
PAGER = "a1b2c3d4_page"
PER = 6
PDF_PATH = "/documents/CV-21-LMHTX-hoi-cho-2024.pdf"
WF_SITE = "65e1c0a4b7d2f3a1c9e80d11"

TOPBAR = ["Đường dây nóng: 0257.3823.595", "lienminhhtx@phuyen.gov.vn"]
SLOGAN = "Hợp tác xã Phú Yên - Đoàn kết, sáng tạo, phát triển bền vững"
FOOTER = ["Liên minh Hợp tác xã tỉnh Phú Yên",
          "Địa chỉ: 58 Lê Trung Kiên, phường 1, thành phố Tuy Hòa, tỉnh Phú Yên",
          "Điện thoại: 0257.3823.595 - Fax: 0257.3827.112",
          "Chịu trách nhiệm nội dung: Bà Huỳnh Thị Ánh Sương - Phó Chủ tịch phụ trách Liên minh HTX tỉnh",
          "Nhận bản tin hợp tác xã", "Thank you! Your submission has been received!",
          "Oops! Something went wrong while submitting the form.",
          "© 2024 Liên minh HTX tỉnh Phú Yên. All rights reserved."]
LABELS = ["Tin liên quan", "No items found.", "Made in Webflow", "phút đọc", "Chia sẻ bài viết", "Tải văn bản"]
BOILERPLATE = [*TOPBAR, SLOGAN, *FOOTER, *LABELS]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def en_date(d: datetime) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def midnight(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/tin-tuc/htx-nuoi-tom-hum-song-cau-chuyen-sang-long-hdpe",
          title="HTX nuôi tôm hùm Sông Cầu chuyển sang lồng HDPE",
          date=datetime(2024, 3, 14),
          lead="Để thích ứng với Luật Thủy sản và giảm thiệt hại do bão, các thành viên HTX Nuôi trồng thủy sản Xuân Phương đã thay lồng gỗ truyền thống bằng lồng nhựa HDPE.",
          body="""
HTX có 56 thành viên với 1.240 lồng nuôi tôm hùm trên vịnh Xuân Đài, thị xã Sông Cầu; đến nay đã có 430 lồng được chuyển sang vật liệu HDPE.
Lồng HDPE chịu được sóng gió cấp 10, tuổi thọ trên 15 năm, giúp giảm ô nhiễm do gỗ mục và thuận lợi cho việc vệ sinh lồng nuôi.
[img tom-hum-song-cau.png] Lồng nuôi tôm hùm bằng nhựa HDPE của thành viên HTX trên vịnh Xuân Đài
Chi phí chuyển đổi khoảng 25 triệu đồng/lồng; HTX đã kết nối với Quỹ hỗ trợ phát triển HTX tỉnh để thành viên được vay vốn ưu đãi.
""",
          author="Nguyễn Thị Hoa", **midnight(datetime(2024, 3, 14)), opts={"author": ("Nguyễn Thị Hoa", "Phóng viên"),
                                                                              "cat": "hoat-dong-htx"},
          notes=["news template: date 'March 14, 2024' (the English template's format, no time: midnight); lead in "
                 "div.post-summary above the main image; author a CMS reference 'Nguyễn Thị Hoa' with role "
                 "'Phóng viên' (div.author-name / div.author-role): author; no byline in the text"]),
        A(path="/tin-tuc/anh-mua-thu-hoach-muoi-o-tuyet-diem",
          title="Ảnh: Mùa thu hoạch muối ở Tuyết Diêm",
          date=datetime(2024, 3, 9),
          body="""
Những ngày nắng đẹp đầu tháng 3, diêm dân HTX Muối Tuyết Diêm (thị xã Sông Cầu) tất bật thu hoạch vụ muối đầu năm.
[img muoi-1.png] Diêm dân cào muối trên ruộng trải bạt của HTX
[img muoi-2.png] Muối trắng được gom thành từng đống trên đồng muối Tuyết Diêm
[img muoi-3.png] Thành viên HTX vận chuyển muối về kho trước khi trời tối
[img muoi-4.png] Muối sạch đóng túi của HTX đạt chứng nhận OCOP 3 sao
Ảnh: Trần Quỳnh
""",
          author="Trần Quỳnh", **midnight(datetime(2024, 3, 9)), opts={"author": None, "cat": "phong-su-anh"},
          notes=["photo story: four rich-text figures with <figcaption> (one line each); the author reference is "
                 "EMPTY (div.author-name.w-dyn-bind-empty) and no lead (div.post-summary.w-dyn-bind-empty); 'Ảnh: "
                 "Trần Quỳnh' last paragraph: part of the text, author Trần Quỳnh"]),
        A(path="/van-ban/cong-van-ve-viec-dang-ky-tham-gia-hoi-cho-ocop-2024",
          title="Công văn về việc đăng ký tham gia Hội chợ OCOP và sản phẩm HTX năm 2024",
          date=datetime(2024, 3, 5),
          body="""
LIÊN MINH HTX TỈNH PHÚ YÊN
Số: 21/LMHTX-VP
V/v đăng ký tham gia Hội chợ OCOP và sản phẩm HTX năm 2024
Phú Yên, ngày 04 tháng 3 năm 2024
Kính gửi: Các hợp tác xã, liên hiệp hợp tác xã trên địa bàn tỉnh.
Thực hiện Kế hoạch xúc tiến thương mại năm 2024, Liên minh HTX tỉnh tổ chức Hội chợ OCOP và sản phẩm HTX tại thành phố Tuy Hòa từ ngày 18 đến 22/4/2024.
Liên minh HTX tỉnh đề nghị các HTX có sản phẩm OCOP, sản phẩm chủ lực đăng ký tham gia theo mẫu gửi kèm, trước ngày 25/3/2024.
Các HTX được hỗ trợ 100% chi phí thuê gian hàng tiêu chuẩn và chi phí vận chuyển hàng hóa trưng bày.
Nơi nhận: Như trên; UBND tỉnh (b/c); Lưu VT.
KT. CHỦ TỊCH PHÓ CHỦ TỊCH Huỳnh Thị Ánh Sương
""",
          author=None, doc_number="21/LMHTX-VP", attachments=[{"path": PDF_PATH, "text": PDF_PATH.rsplit("/", 1)[-1]}],
          **midnight(datetime(2024, 3, 5)), opts={"author": None, "docs": True},
          notes=["official letter 'Số: 21/LMHTX-VP' in the documents collection, whose template prints '05/03/2024' "
                 "(day first: 5 March, not 3 May; the letter is dated 'ngày 04 tháng 3 năm 2024'); the file field "
                 "is a link block 'Tải văn bản' after the rich text: an attachment, not text; signer last, author "
                 "null"]),
        A(path="/tin-tuc/lien-minh-htx-tinh-tong-ket-cong-tac-nam-2023",
          title="Liên minh HTX tỉnh tổng kết công tác năm 2023",
          date=datetime(2024, 1, 19),
          lead="Năm 2023, kinh tế tập thể tỉnh Phú Yên tiếp tục phát triển, số HTX hoạt động hiệu quả tăng so với năm trước.",
          body="""
Toàn tỉnh hiện có 186 HTX đang hoạt động với hơn 41.000 thành viên; năm 2023 thành lập mới 17 HTX, giải thể 9 HTX ngừng hoạt động lâu năm.
## Kết quả nổi bật
* Hỗ trợ 12 HTX xây dựng sản phẩm OCOP, trong đó 4 sản phẩm đạt 4 sao;
* Quỹ hỗ trợ phát triển HTX cho vay 6,8 tỷ đồng đối với 14 dự án;
* Đào tạo, tập huấn cho 620 lượt cán bộ quản lý và thành viên HTX.
## Nhiệm vụ năm 2024
Liên minh HTX tỉnh tập trung tuyên truyền Luật Hợp tác xã năm 2023, củng cố các HTX yếu kém và phát triển HTX gắn với du lịch cộng đồng ở Tuy An, Đông Hòa.
""",
          author=None, **midnight(datetime(2024, 1, 19)),
          opts={"author": ("Ban Biên tập", "Liên minh HTX tỉnh Phú Yên"), "cat": "hoat-dong-lien-minh"},
          notes=["the author reference is the editorial office 'Ban Biên tập' (role 'Liên minh HTX tỉnh Phú Yên'): "
                 "author null; two <h3> headings and a list in the rich text"]),
        A(path="/tin-tuc/htx-nong-nghiep-hoa-thang-lien-ket-san-xuat-lua-giong",
          title="HTX Nông nghiệp Hòa Thắng liên kết sản xuất lúa giống",
          date=datetime(2024, 2, 22),
          lead="HTX Nông nghiệp Hòa Thắng (huyện Phú Hòa) liên kết với công ty giống cây trồng sản xuất 85 ha lúa giống vụ Đông Xuân.",
          body="""
Công ty cung ứng giống siêu nguyên chủng, hướng dẫn kỹ thuật và thu mua toàn bộ sản phẩm với giá cao hơn lúa thịt 1.500 đồng/kg.
[img lua-giong-hoa-thang.png] Cán bộ kỹ thuật kiểm tra ruộng lúa giống của HTX Nông nghiệp Hòa Thắng
HTX đảm nhận khâu làm đất, điều tiết nước và khử lẫn, mỗi vụ mang lại cho thành viên thêm khoảng 8 triệu đồng/ha.
Nguồn: Báo Phú Yên
""",
          author=None, **midnight(datetime(2024, 2, 22)), opts={"author": None, "cat": "hoat-dong-htx"},
          notes=["the text ends with 'Nguồn: Báo Phú Yên' (italic): part of the text, a source; the author "
                 "reference is empty: author null"]),
        A(path="/tin-tuc/video-htx-du-lich-cong-dong-ganh-da-dia",
          title="Video: HTX du lịch cộng đồng dưới chân Gành Đá Đĩa",
          date=datetime(2024, 2, 2),
          lead="Những người dân thôn Phước Lương (huyện Tuy An) thành lập HTX để cùng làm du lịch cộng đồng bên danh thắng Gành Đá Đĩa.",
          body="""
HTX có 24 thành viên, cung cấp dịch vụ homestay, ẩm thực, chèo thuyền thúng và trải nghiệm kéo lưới, mỗi tháng đón hơn 2.000 lượt khách.
""",
          author="Hoàng Nam", **midnight(datetime(2024, 2, 2)),
          opts={"author": ("Hoàng Nam", "Quay phim"), "cat": "video", "video": "py7Gd2LmQ0k"},
          notes=["video post: a rich-text video figure (YouTube iframe) and one paragraph under the lead: an article; "
                 "author reference 'Hoàng Nam' (role 'Quay phim')"]),
        A(path="/tin-tuc/htx-dich-vu-nong-nghiep-son-thanh-tieu-thu-sau-rieng",
          title="HTX Sơn Thành tìm đầu ra cho sầu riêng Tây Hòa",
          date=datetime(2024, 1, 30),
          lead="Với 120 ha sầu riêng sắp vào kỳ thu hoạch, HTX Dịch vụ nông nghiệp Sơn Thành (huyện Tây Hòa) đang tích cực tìm kiếm doanh nghiệp thu mua.",
          body="""
Phần lớn diện tích sầu riêng của thành viên được chuyển đổi từ đất trồng mía kém hiệu quả, nay đã cho trái ổn định.
[img sau-rieng-son-thanh.png] Vườn sầu riêng của thành viên HTX Dịch vụ nông nghiệp Sơn Thành
HTX đã được hỗ trợ cấp mã số vùng trồng cho 45 ha và đang hoàn thiện hồ sơ cho 75 ha còn lại để đủ điều kiện xuất khẩu chính ngạch.
Bài, ảnh: Lương Thanh
""",
          author="Lương Thanh", **midnight(datetime(2024, 1, 30)), opts={"author": None, "cat": "hoat-dong-htx"},
          notes=["empty author reference (w-dyn-bind-empty); 'Bài, ảnh: Lương Thanh' last paragraph (bold): part of "
                 "the text, author Lương Thanh"]),
        A(path="/tin-tuc/tap-huan-nghiep-vu-ke-toan-cho-htx-nam-2024",
          title="Tập huấn nghiệp vụ kế toán cho HTX năm 2024",
          date=datetime(2024, 1, 11),
          lead="Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho 55 kế toán HTX trong tỉnh.",
          body="""
Trong 3 ngày, học viên được hướng dẫn chế độ kế toán áp dụng cho HTX, lập báo cáo tài chính và quyết toán thuế năm 2023.
[img tap-huan-ke-toan.png] Giảng viên hướng dẫn học viên thực hành trên phần mềm kế toán
Các học viên cũng được giới thiệu những quy định mới về phân phối thu nhập và quỹ chung không chia theo Luật Hợp tác xã năm 2023.
Kim Sa
""",
          author="Kim Sa", **midnight(datetime(2024, 1, 11)), opts={"author": None, "cat": "hoat-dong-lien-minh"},
          notes=["oldest post: only on /tin-tuc?a1b2c3d4_page=2 (and its category page); 'Kim Sa' last (bold): part "
                 "of the text, the author"]),
    ]


CATS = {"hoat-dong-htx": "Hoạt động HTX", "hoat-dong-lien-minh": "Hoạt động Liên minh",
        "phong-su-anh": "Phóng sự ảnh", "video": "Video", "chinh-sach": "Chính sách"}


# -- markup ------------------------------------------------------------------------------------

def wid(*key: str) -> str:
    h = hashlib.md5("|".join(key).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def img(src: str) -> str:
    return f"/images/{src}"


def is_byline(a: Article, text: str) -> bool:
    return text.startswith(("Ảnh:", "Bài, ảnh:")) or text == "Kim Sa"


def richtext(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            if is_byline(a, b.text):
                parts.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
            elif b.text.startswith("Nguồn:"):
                parts.append(f"<p><em>{inline_html(b.text)}</em></p>")
            else:
                parts.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            parts.append('<ul role="list">' + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<figure style="max-width:1200pxpx" class="w-richtext-align-fullwidth '
                         f'w-richtext-figure-type-image"><div><img src="{img(b.src)}" loading="lazy" alt=""></div>'
                         + (f"<figcaption>{inline_html(b.text)}</figcaption>" if b.text else "") + "</figure>")
    if vid := a.opts.get("video"):
        parts.insert(0, f'<figure style="padding-bottom:56.206088992974244%" class="w-richtext-align-fullwidth '
                        f'w-richtext-figure-type-video"><div><iframe allowfullscreen="true" frameborder="0" '
                        f'scrolling="no" src="{{{{base:offsite}}}}/youtube/embed/{vid}" title="Video"></iframe></div>'
                        "</figure>")
    return '<div class="rich-text w-richtext">' + "".join(parts) + "</div>"


def card(a: Article, css: str = "post-card") -> str:
    shown = f"{a.date:%d/%m/%Y}" if a.opts.get("docs") else en_date(a.date)
    pic = a.first_image()
    return (f'<div role="listitem" class="w-dyn-item"><a data-w-id="{wid("card", a.path)}" href="{a.path}" '
            f'class="{css} w-inline-block">'
            + (f'<img src="{img(pic)}" loading="lazy" alt="" class="card-image">' if pic else
               '<img src="" loading="lazy" alt="" class="card-image w-dyn-bind-empty">')
            + f'<div class="card-date">{shown}</div><h3 class="card-title">{esc(a.title)}</h3>'
            f'<p class="card-summary">{esc(a.summary())}</p></a></div>')


def dyn_list(items: list[Article], css: str = "post-card", pager: str = "") -> str:
    if not items:
        return ('<div class="w-dyn-list"><div class="w-dyn-empty"><div>' + LABELS[1] + "</div></div></div>")
    return ('<div class="w-dyn-list"><div role="list" class="w-dyn-items w-row">' + "".join(card(a, css) for a in items)
            + f"</div>{pager}</div>")


def related_list(items: list[Article]) -> str:
    if not items:
        return f'<div class="w-dyn-list"><div class="w-dyn-empty"><div>{LABELS[1]}</div></div></div>'
    lis = "".join(f'<div role="listitem" class="related-item w-dyn-item w-col w-col-4"><a href="{o.path}" '
                  f'class="related-link w-inline-block"><div class="related-date">{o.date:%d/%m/%Y}</div>'
                  f'<div class="related-title">{esc(o.title)}</div></a></div>' for o in items)
    return f'<div class="w-dyn-list"><div role="list" class="w-dyn-items w-row">{lis}</div></div>'


def layout(title: str, main: str, page_id: str, item: bool = False) -> str:
    nav = "".join(f'<a href="{h}" class="nav-link w-nav-link">{t}</a>' for h, t in
                  [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (DOCS, "Văn bản"),
                   ("/chuyen-muc/phong-su-anh", "Phóng sự ảnh"), (CONTACT, "Liên hệ")])
    return f"""<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Sat Jul 13 2024 02:14:51 GMT+0000 (Coordinated Universal Time) --><html data-wf-domain="www.lienminhhtxphuyen.vn" data-wf-page="{page_id}" data-wf-site="{WF_SITE}"{' data-wf-collection="65e1c0a4b7d2f3a1c9e80d40" data-wf-item-slug="x"' if item else ""} lang="vi"><head><meta charset="utf-8"><title>{esc(title)} | Liên minh HTX tỉnh Phú Yên</title><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator"><meta content="{attr(title)}" property="og:title"><link href="/css/lmhtx-phuyen.webflow.css" rel="stylesheet" type="text/css"><script src="/js/webfont.js" type="text/javascript"></script><script type="text/javascript">WebFont.load({{google:{{families:["Be Vietnam Pro:300,400,600,700:vietnamese"]}}}});</script><script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script><link href="/images/favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body>
<div class="topbar"><div class="container w-container"><div class="topbar-text">{TOPBAR[0]}</div><a href="mailto:{TOPBAR[1]}" class="topbar-link">{TOPBAR[1]}</a></div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img src="/images/logo-lmhtx-phuyen.png" loading="lazy" alt=""></a><nav role="navigation" class="nav-menu w-nav-menu">{nav}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div data-w-id="{wid("slogan", page_id)}" class="slogan-bar"><div class="slogan-text">{SLOGAN}</div></div>
{main}
<div class="footer"><div class="container w-container"><div class="w-row"><div class="w-col w-col-6"><h4 class="footer-heading">{FOOTER[0]}</h4><p class="footer-text">{FOOTER[1]}</p><p class="footer-text">{FOOTER[2]}</p><p class="footer-text">{FOOTER[3]}</p></div>
<div class="w-col w-col-6"><div class="footer-heading">{FOOTER[4]}</div><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get"><input class="w-input" maxlength="256" name="email" data-name="Email" placeholder="Email của bạn" type="email" id="email" required=""><input type="submit" data-wait="Please wait..." class="w-button" value="Đăng ký"></form><div class="w-form-done"><div>{FOOTER[5]}</div></div><div class="w-form-fail"><div>{FOOTER[6]}</div></div></div></div></div>
<div class="footer-copyright">{FOOTER[7]}</div></div></div>
<a class="w-webflow-badge" href="{{{{base:offsite}}}}/webflow/"><img src="{{{{base:offsite}}}}/webflow/badge-icon.svg" alt="" style="margin-right:4px;width:26px"><span>{LABELS[2]}</span></a>
<script src="/js/jquery-3.5.1.min.js" type="text/javascript"></script><script src="/js/webflow.js" type="text/javascript"></script>
</body></html>
"""


def item_page(a: Article, related: list[Article]) -> str:
    docs = a.opts.get("docs")
    shown = f"{a.date:%d/%m/%Y}" if docs else en_date(a.date)
    auth = a.opts.get("author")
    if auth:
        author = (f'<div class="post-author"><img src="/images/avatar-{wid("av", auth[0])[:8]}.png" loading="lazy" '
                  f'alt="" class="author-avatar"><div><div class="author-name">{esc(auth[0])}</div>'
                  f'<div class="author-role">{esc(auth[1])}</div></div></div>')
    else:
        author = ('<div class="post-author"><img src="" loading="lazy" alt="" class="author-avatar w-dyn-bind-empty">'
                  '<div><div class="author-name w-dyn-bind-empty"></div><div class="author-role w-dyn-bind-empty">'
                  '</div></div></div>')
    lead = (f'<div class="post-summary">{esc(a.lead)}</div>' if a.lead else
            '<div class="post-summary w-dyn-bind-empty"></div>')
    pic = a.first_image()
    main_img = (f'<img src="{img(pic)}" loading="lazy" alt="" class="post-main-image">' if pic and not docs else
                '<img src="" loading="lazy" alt="" class="post-main-image w-dyn-bind-empty">')
    words = sum(len(x.split()) for x in a.body.splitlines())
    cat = "" if docs else (f'<a href="/chuyen-muc/{a.opts["cat"]}" class="category-tag w-inline-block">'
                           f'<div>{CATS[a.opts["cat"]]}</div></a>')
    file_link = ""
    if a.attachments:
        f = a.attachments[0]
        file_link = (f'<a href="{f["path"]}" target="_blank" class="file-link w-inline-block"><img '
                     f'src="/images/icon-pdf.png" loading="lazy" alt=""><div>{esc("Tải văn bản")}</div></a>')
    share = (f'<div class="share-block"><div class="share-label">{LABELS[4]}</div><div class="w-embed w-script">'
             '<div class="sharethis-inline-share-buttons"></div><script type="text/javascript">'
             'var s=document.createElement("script");s.src="//platform-api.sharethis.com/js/sharethis.js#property='
             '65e1d2&product=inline-share-buttons";document.body.appendChild(s);</script></div></div>')
    main = (f'<div class="section-post"><div class="container-narrow w-container">'
            f'<div class="breadcrumb"><a href="/" class="breadcrumb-link">Trang chủ</a><div class="breadcrumb-divider">/'
            f'</div><a href="{DOCS if docs else NEWS}" class="breadcrumb-link">{"Văn bản" if docs else "Tin tức"}</a>'
            f'</div>{cat}<h1 class="post-title">{esc(a.title)}</h1>'
            f'<div class="post-meta"><div class="text-date">{shown}</div><div class="text-divider">•</div>'
            f'<div class="text-read">{max(1, words // 200)} {LABELS[3]}</div></div>{author}{lead}{main_img}'
            f'{richtext(a)}{file_link}{share}'
            f'<div class="w-embed w-script"><script>document.querySelectorAll(".rich-text a").forEach(function(l)'
            f'{{if(l.hostname!==location.hostname)l.target="_blank"}});</script></div></div></div>'
            f'<div class="section-related"><div class="container w-container"><h2 class="section-heading">{LABELS[0]}'
            f'</h2>{related_list(related)}</div></div>')
    return layout(a.title, main, wid("tpl", "docs" if docs else "news")[:24].replace("-", ""), item=True)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "phu-yen", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if not a.opts.get("docs")]
    docs = [a for a in arts if a.opts.get("docs")]
    oldest = news[-1]
    for a in arts:
        if a.opts.get("docs"):
            related = []
        else:
            related = [o for o in news if o is not a and o is not oldest and o.opts["cat"] == a.opts["cat"]][:3]
        site.page(a.path, item_page(a, related), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Công văn số 21/LMHTX-VP", ["CONG VAN DANG KY THAM GIA HOI CHO OCOP 2024",
                                                        "Lien minh HTX tinh Phu Yen"]))
    site.binary("/images/favicon.png", png(16, 16, (0, 90, 160)))
    site.trap("'Tin liên quan' is a collection list filtered by category: where nothing else is in the category "
              "(the video, the documents) the list shows Webflow's English 'No items found.' (div.w-dyn-empty)",
              docs[0].path)

    pages = [news[i:i + PER] for i in range(0, len(news), PER)]
    for n, chunk in enumerate(pages, 1):
        url = NEWS if n == 1 else f"{NEWS}?{PAGER}={n}"
        links = ""
        if n > 1:
            links += (f'<a href="?{PAGER}={n - 1}" aria-label="Previous Page" class="w-pagination-previous">'
                      '<div class="w-inline-block">Previous</div></a>')
        if n < len(pages):
            links += (f'<a href="?{PAGER}={n + 1}" aria-label="Next Page" class="w-pagination-next">'
                      '<div class="w-inline-block">Next</div></a>')
        pager = (f'<div role="navigation" aria-label="List" class="w-pagination-wrapper">{links}'
                 f'<div aria-label="Page {n} of {len(pages)}" role="heading" class="w-page-count">{n} / {len(pages)}'
                 "</div></div>")
        main = (f'<div class="section-list"><div class="container w-container"><h1 class="page-heading">Tin tức</h1>'
                f'{dyn_list(chunk, pager=pager)}</div></div>')
        site.page(url, layout("Tin tức", main, wid("page", "news")[:24].replace("-", "")), content_type=HTML)
        site.non_articles.append(url)
    site.same_page(f"{NEWS}?{PAGER}=1", NEWS)
    site.non_articles.append(f"{NEWS}?{PAGER}=1")
    site.trap("listing /tin-tuc (collection list: date 'March 14, 2024', title, summary) with Webflow pagination "
              "'Next' -> ?a1b2c3d4_page=2, 'Previous' -> ?a1b2c3d4_page=1 and a '1 / 2' page count: not articles",
              f"{NEWS}?{PAGER}=2")
    site.page(DOCS, layout("Văn bản", f'<div class="section-list"><div class="container w-container"><h1 '
                           f'class="page-heading">Văn bản</h1>{dyn_list(docs, css="doc-card")}</div></div>',
                           wid("page", "docs")[:24].replace("-", "")), content_type=HTML)
    for slug, name in CATS.items():
        items = [a for a in news if a.opts["cat"] == slug]
        url = f"/chuyen-muc/{slug}"
        site.page(url, layout(name, f'<div class="section-list"><div class="container w-container"><div '
                              f'class="category-label">Chuyên mục</div><h1 class="page-heading">{esc(name)}</h1>'
                              f'{dyn_list(items)}</div></div>', wid("tpl", "cat")[:24].replace("-", ""), item=True),
                  content_type=HTML)
        site.non_articles.append(url)
    home = ('<div class="section-hero"><div class="container w-container"><h1 class="hero-heading">Liên minh Hợp tác '
            'xã tỉnh Phú Yên</h1><p class="hero-paragraph">Đồng hành cùng hợp tác xã, vì sự phát triển bền vững của '
            'kinh tế tập thể.</p><a href="/chuyen-muc/chinh-sach" class="button w-button">Chính sách mới</a></div></div>'
            f'<div class="section-list"><div class="container w-container"><h2 class="section-heading">Tin mới</h2>'
            f'{dyn_list(news[:4])}<a href="{NEWS}" class="button-outline w-button">Xem tất cả</a>'
            f'<h2 class="section-heading">Văn bản mới</h2>{dyn_list(docs, css="doc-card")}</div></div>')
    site.page("/", layout("Trang chủ", home, wid("page", "home")[:24].replace("-", "")), content_type=HTML)
    about = ["Liên minh Hợp tác xã tỉnh Phú Yên là tổ chức chính trị - xã hội, tập hợp và đại diện cho các hợp tác xã, "
             "liên hiệp hợp tác xã, tổ hợp tác trên địa bàn tỉnh.",
             "Liên minh hỗ trợ thành lập mới hợp tác xã, đào tạo nguồn nhân lực, xúc tiến thương mại, cho vay vốn từ "
             "Quỹ hỗ trợ phát triển hợp tác xã và tư vấn pháp lý cho thành viên.",
             "Các hợp tác xã tỉnh Phú Yên hoạt động chủ yếu trong lĩnh vực nông nghiệp, nuôi trồng thủy sản, làm muối, "
             "vận tải và du lịch cộng đồng ven biển."]
    site.page(ABOUT, layout("Giới thiệu", '<div class="section-post"><div class="container-narrow w-container"><h1 '
                            'class="post-title">Giới thiệu</h1><img src="/images/tru-so.png" loading="lazy" alt="">'
                            '<div class="rich-text w-richtext">' + "".join(f"<p>{esc(p)}</p>" for p in about)
                            + "</div></div></div>", wid("page", "about")[:24].replace("-", "")), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", '<div class="section-post"><div class="container-narrow w-container"><h1 '
                              'class="post-title">Liên hệ</h1><div class="w-form"><form id="contact-form" '
                              'method="get"><input class="w-input" name="name" placeholder="Họ tên"><textarea '
                              'class="w-input" name="message"></textarea><input type="submit" class="w-button" '
                              'value="Gửi"></form></div></div></div>', wid("page", "contact")[:24].replace("-", "")),
              content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body]
    site.page(SEARCH, layout("Tìm kiếm", '<div class="section-list"><div class="container w-container"><form '
                             'action="/search" class="w-form"><input type="search" name="query" class="w-input">'
                             '</form><div class="search-result-items">' + "".join(
                                 f'<div class="search-result-item"><a href="{a.path}" class="search-result-title">'
                                 f'{esc(a.title)}</a><div class="search-result-url">{a.path}</div><p>'
                                 f'{esc(a.summary())}</p></div>' for a in found) + "</div></div></div>",
                             wid("page", "search")[:24].replace("-", "")), content_type=HTML)
    site.non_articles += ["/", DOCS, ABOUT, CONTACT, SEARCH]
    site.trap("Webflow static pages /gioi-thieu (h1.post-title, an image, a w-richtext of three paragraphs, no "
              "date), /lien-he (w-form), the category collection pages /chuyen-muc/<slug> (an empty one shows "
              "'No items found.') and site search /search?query=ocop: not articles", ABOUT)
    site.static("/robots.txt", "User-agent: *\nAllow: /\n")
    return site
