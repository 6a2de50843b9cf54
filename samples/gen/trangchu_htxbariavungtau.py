"""Site `trangchu-htxbariavungtau` (registry family `generic`): "Trang thông tin Liên minh HTX Bà Rịa - Vũng Tàu", the
site the Bà Rịa - Vũng Tàu cooperative alliance ran until the province joined Hồ Chí Minh City on 1 July 2025, on
**Microweber 2.0** (the Laravel drag-and-drop CMS) with its default template **Big** (`userfiles/templates/big`), the
blog built from the template's layouts: the `posts` module (default "grid" skin) on the blog page, `blog_inner.php` for
a post. Written as a held-out test: no family module, no selectors.

URL shapes: the home `/`, the blog page `/tin-tuc`, its categories `/tin-tuc/<category-slug>`, a post `/<slug>` (the
post's own URL, as og:url says); Microweber resolves a post under its blog page too (`/tin-tuc/<slug>`, the same page,
no redirect: the home's "Tin nổi bật" box links one so); pages `/gioi-thieu`, `/lien-he`; the posts module's paging
parameter is `current_page` + crc32 of the module id (`/tin-tuc?current_page3478131522=2`, page 1 linked as `=1`);
the feed `/rss`, `/sitemap.xml`, the login `/login` (robots-disallowed).

Why it is hard: no `<h1>` on a post page (the home's is a hero slogan); the post's title is the template's `<h2 class="... edit plain-text" field="title"
rel="content">` and the only date under it is `date('d M Y')` of created_at ("27 May 2025", no time); the lists print
`date_system_format` ("2025-05-27 22:40:00"); the RSS `pubDate` prints the same local wall clock with "+0000" (PHP's
UTC), so the late-evening post reads as the next day there. Every module is wrapped in `div.module.module-<type>` with
data-type / parent-module attributes, the editable regions keep their `edit` classes and `field` / `rel` attributes;
the text sits in `div.description.edit.dropcap.typography-area[field=content]`, paragraphs `p.element`; the sharer
and the breadcrumb (which repeats the title) follow it. No author field is printed: the byline in the text decides.
"""

from __future__ import annotations

import zlib
from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "trangchu-htxbariavungtau"
NAME = "Trang thông tin Liên minh HTX Bà Rịa - Vũng Tàu"
ORG = "Liên minh Hợp tác xã tỉnh Bà Rịa - Vũng Tàu"
HTML = "text/html; charset=UTF-8"
TPL = "/userfiles/templates/big"
MEDIA = "/userfiles/media/default"
BLOG = "/tin-tuc"
POSTS_ID = "blog-posts-layout-4"
PAGING = "current_page" + str(zlib.crc32(POSTS_ID.encode()))
CATS = {"hoat-dong-lien-minh": "Hoạt động Liên minh", "mo-hinh-htx": "Mô hình HTX", "van-ban": "Văn bản"}
ADDR = "Địa chỉ: Số 2 đường Trường Chinh, phường Phước Trung, thành phố Bà Rịa"
PHONE = "Điện thoại: 0254 3826 417 - Email: lienminhhtx@baria-vungtau.gov.vn"
COPY = "© 2025 Liên minh HTX tỉnh Bà Rịa - Vũng Tàu. Bảo lưu mọi quyền."
FURN = [ADDR, PHONE, COPY, "Trang chủ", "Giới thiệu", "Liên hệ", "Đăng nhập", "Liên kết", "Liên minh HTX Việt Nam",
        "Cổng thông tin điện tử tỉnh"]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        # the post page shows the day only ('27 May 2025'): midnight (the lists' time is not the page's)
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="ke-hoach-so-12-kh-lmhtx-boi-duong-can-bo-quan-ly-htx-dot-2-nam-2025",
          title="Kế hoạch số 12/KH-LMHTX tổ chức lớp bồi dưỡng cán bộ quản lý HTX đợt 2 năm 2025",
          body="""
LIÊN MINH HTX TỈNH BÀ RỊA - VŨNG TÀU
Số: 12/KH-LMHTX
Bà Rịa - Vũng Tàu, ngày 09 tháng 6 năm 2025
KẾ HOẠCH
Tổ chức lớp bồi dưỡng cán bộ quản lý HTX đợt 2 năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Trang bị kiến thức quản trị, tài chính và chuyển đổi số cho cán bộ quản lý các HTX, tổ hợp tác trên địa bàn tỉnh.
## II. THỜI GIAN, ĐỊA ĐIỂM
Lớp học tổ chức từ ngày 24 đến ngày 26/6/2025 tại Hội trường Liên minh HTX tỉnh, thành phố Bà Rịa.
## III. THÀNH PHẦN
Mỗi HTX cử 01 cán bộ quản lý tham dự; tổng số 70 học viên.
CHỦ TỊCH
Trần Thị Ngọc Hân
""", author=None, doc_number="12/KH-LMHTX",
          attachments=[{"path": f"{MEDIA}/kh-12-kh-lmhtx-2025.pdf", "text": "Tải kế hoạch số 12/KH-LMHTX (PDF)"}],
          opts={"id": 71, "cat": "van-ban", "tags": ["kế hoạch", "đào tạo"]},
          notes=["plan 'Số: 12/KH-LMHTX' dated 09/6 in the text, posted 12 Jun 2025 (lists: '2025-06-12 09:30:00'); the "
                 "signer is text, author null; the link 'Tải kế hoạch số 12/KH-LMHTX (PDF)' to /userfiles/media/default/"
                 "…pdf in its own p.element at the end of the content: an attachment, not text"],
          **at(datetime(2025, 6, 12, 9, 30))),
        A(path="htx-nong-nghiep-hoa-hiep-xuat-khau-lo-sau-rieng-dau-tien",
          title="HTX Nông nghiệp Hòa Hiệp xuất khẩu lô sầu riêng đầu tiên",
          body="""
Tối 27/5, HTX Nông nghiệp Hòa Hiệp (huyện Xuyên Mộc) xuất lô sầu riêng đầu tiên gồm 2 container, khoảng 36 tấn, sang thị trường Trung Quốc.
Để đủ điều kiện xuất khẩu chính ngạch, HTX được cấp mã số vùng trồng cho 45 ha và mã số cơ sở đóng gói.
Giá thu mua của doanh nghiệp cao hơn bán cho thương lái từ 5.000 đến 8.000 đồng mỗi kg, giúp thành viên HTX yên tâm đầu tư chăm sóc vườn.
""", byline="Minh Khang - Trung tâm Khuyến nông tỉnh", author="Minh Khang",
          opts={"id": 69, "cat": "mo-hinh-htx", "tags": ["sầu riêng", "xuất khẩu"]},
          notes=["posted at 22:40 on 27/05/2025: the page shows '27 May 2025' (published: that day, midnight), the lists "
                 "'2025-05-27 22:40:00', the RSS pubDate 'Tue, 27 May 2025 22:40:00 +0000' (the local time labelled UTC: "
                 "28/05 05:40 in Vietnam, the next day); byline 'Minh Khang - Trung tâm Khuyến nông tỉnh' -> author Minh Khang"],
          **at(datetime(2025, 5, 27, 22, 40))),
        A(path="so-luong-htx-theo-linh-vuc-hoat-dong-tinh-den-thang-4-2025",
          title="Số lượng HTX theo lĩnh vực hoạt động tính đến tháng 4/2025",
          body="""
Tính đến cuối tháng 4/2025, toàn tỉnh có 412 HTX đang hoạt động, tăng 18 HTX so với đầu năm.
| Lĩnh vực | Số HTX | Số thành viên | Tỷ lệ (%) |
| Nông nghiệp | 236 | 7.845 | 57,3 |
| Thủy sản | 58 | 1.920 | 14,1 |
| Thương mại, dịch vụ | 71 | 1.312 | 17,2 |
| Vận tải | 29 | 1.046 | 7,0 |
| Lĩnh vực khác | 18 | 402 | 4,4 |
Số HTX nông nghiệp ứng dụng công nghệ cao tăng lên 34 HTX, tập trung ở huyện Châu Đức và Xuyên Mộc.
""", byline="Theo Báo Bà Rịa - Vũng Tàu", author=None,
          opts={"id": 66, "cat": "hoat-dong-lien-minh", "tags": ["số liệu"]},
          notes=["a table from Microweber's editor (table.mw-wysiwyg-table, every cell a <td>, the header row bold): one "
                 "line per row; 'Theo Báo Bà Rịa - Vũng Tàu' names a newspaper: text, author null"],
          **at(datetime(2025, 5, 6, 10, 15))),
        A(path="anh-htx-thuy-san-long-son-vao-mua-thu-hoach-hau",
          title="Ảnh: HTX Thủy sản Long Sơn vào mùa thu hoạch hàu",
          body="""
Tháng 4, các thành viên HTX Thủy sản Long Sơn (thành phố Vũng Tàu) tất bật thu hoạch hàu thương phẩm.
[img hau-long-son-1.png] Thành viên HTX kéo dàn hàu lên bè để thu hoạch
[img hau-long-son-2.png] Hàu được tách, rửa sạch trước khi giao cho thương lái
[img hau-long-son-3.png] Sản phẩm hàu sữa Long Sơn của HTX được đóng gói, dán tem truy xuất nguồn gốc
""", byline="Ảnh: Lê Hoàng Vũ", author="Lê Hoàng Vũ",
          opts={"id": 63, "cat": "mo-hinh-htx", "tags": ["hàu", "thủy sản"]},
          notes=["photo story: each image in a div.element, its caption a centred italic p.element (one line each); 'Ảnh: "
                 "Lê Hoàng Vũ' -> author"],
          **at(datetime(2025, 4, 15, 7, 45))),
        A(path="bon-nhom-htx-duoc-uu-tien-ho-tro-nam-2025", title="Bốn nhóm HTX được ưu tiên hỗ trợ năm 2025",
          body="""
Năm 2025, Liên minh HTX tỉnh ưu tiên hỗ trợ bốn nhóm HTX sau:
* HTX nông nghiệp ứng dụng công nghệ cao, sản xuất theo chuỗi giá trị;
* HTX có sản phẩm OCOP hoặc sản phẩm chủ lực của địa phương;
* HTX du lịch cộng đồng gắn với bảo tồn làng nghề;
* HTX do phụ nữ, thanh niên làm chủ.
Các HTX thuộc diện ưu tiên được hỗ trợ tư vấn xây dựng phương án kinh doanh và giới thiệu vay vốn Quỹ hỗ trợ phát triển HTX.
""", byline="Phạm Thị Thu Hằng", author="Phạm Thị Thu Hằng",
          opts={"id": 60, "cat": "hoat-dong-lien-minh", "tags": ["hỗ trợ HTX"]},
          notes=["a four-item ul.element after a line ending with a colon; the bare name 'Phạm Thị Thu Hằng' closes the text"],
          **at(datetime(2025, 3, 25, 14, 20))),
        A(path="lien-minh-htx-tinh-ky-ket-chuong-trinh-phoi-hop-voi-agribank",
          title="Liên minh HTX tỉnh ký kết chương trình phối hợp với Agribank chi nhánh Bà Rịa - Vũng Tàu",
          body="""
Sáng 3/3, Liên minh HTX tỉnh và Agribank chi nhánh tỉnh Bà Rịa - Vũng Tàu ký kết chương trình phối hợp hỗ trợ vốn cho HTX giai đoạn 2025 - 2027.
Theo chương trình, Agribank dành nguồn vốn 300 tỷ đồng cho các HTX, thành viên HTX vay phục vụ sản xuất, kinh doanh.
Liên minh HTX tỉnh có trách nhiệm giới thiệu HTX đủ điều kiện và phối hợp thẩm định phương án vay vốn.
""", author=None,
          opts={"id": 57, "cat": "hoat-dong-lien-minh", "tags": ["tín dụng"], "nested": True},
          notes=["no byline: author null (the template prints no author); the home's 'Tin nổi bật' box links it as "
                 "/tin-tuc/<slug> (Microweber resolves the post under its blog page: the same page, og:url the short "
                 "URL): an alias; the lead's 'Sáng 3/3' is the day before the post"],
          **at(datetime(2025, 3, 4, 8, 10))),
        A(path="hoi-nghi-tong-ket-cong-tac-lien-minh-htx-tinh-nam-2024",
          title="Hội nghị tổng kết công tác Liên minh HTX tỉnh năm 2024",
          body="""
Chiều 16/1, Liên minh HTX tỉnh Bà Rịa - Vũng Tàu tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết công tác năm 2024
## Kết quả nổi bật năm 2024
Năm 2024, toàn tỉnh thành lập mới 32 HTX; doanh thu bình quân của HTX đạt 2,6 tỷ đồng, tăng 8% so với năm 2023.
Năm 2025, Liên minh HTX tỉnh phấn đấu thành lập mới 35 HTX và hỗ trợ 20 HTX tham gia sàn thương mại điện tử.
""", byline="Bài và ảnh: Nguyễn Quốc Bảo", author="Nguyễn Quốc Bảo",
          opts={"id": 52, "cat": "hoat-dong-lien-minh", "tags": ["hội nghị"]},
          notes=["an <h3 class='element'> heading and a captioned photo; 'Bài và ảnh: Nguyễn Quốc Bảo' -> author"],
          **at(datetime(2025, 1, 16, 15, 0))),
        A(path="htx-du-lich-cong-dong-long-son-don-hon-12000-luot-khach-nam-2024",
          title="HTX Du lịch cộng đồng Long Sơn đón hơn 12.000 lượt khách năm 2024",
          body="""
Năm 2024, HTX Du lịch cộng đồng Long Sơn đón hơn 12.000 lượt khách tham quan, trải nghiệm nuôi hàu và ẩm thực làng biển.
Doanh thu từ hoạt động du lịch của HTX đạt khoảng 3,5 tỷ đồng, tạo việc làm thường xuyên cho 40 lao động địa phương.
""", byline="Nguồn: Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu", author=None,
          opts={"id": 47, "cat": None, "tags": ["du lịch cộng đồng"]},
          notes=["oldest post, in no category: only on the blog's page 2 (/tin-tuc?current_page…=2); 'Nguồn: Cổng TTĐT "
                 "tỉnh …' is a source: text, author null"],
          **at(datetime(2024, 12, 10, 9, 0))),
    ]


def render(a: RichArticle) -> str:
    """The content field as Microweber's editor saves it (p.element, div.element around images, mw-wysiwyg-table)."""
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p class="element">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f'<h3 class="element">{esc(b.text)}</h3>')
        elif b.kind in ("ul", "ol"):
            out.append(f'<{b.kind} class="element">' + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<div class="element"><img src="{MEDIA}/{b.src}" alt="" class="element" style="width: 100%;"></div>')
            if b.text:
                out.append(f'<p class="element" style="text-align: center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            rows = []
            for k, r in enumerate(b.rows):
                cell = (lambda c: f"<td><strong>{esc(c)}</strong></td>") if k == 0 else (lambda c: f"<td>{esc(c)}</td>")
                rows.append("<tr>\n" + "\n".join(cell(c) for c in r) + "\n</tr>")
            out.append('<div class="element"><table class="mw-wysiwyg-table" width="100%" border="1" cellpadding="5">'
                       "<tbody>\n" + "\n".join(rows) + "\n</tbody></table></div>")
    if a.byline:
        out.append(f'<p class="element" style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        out.append(f'<p class="element"><a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def description(a: RichArticle) -> str:
    text = " ".join(a.text_lines())
    if len(text) <= 150:
        return text
    cut = text[:151]
    return cut[:cut.rfind(" ")] + "..."


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ba-ria-vung-tau", NAME + " (Microweber)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["slug"] = a.path
        a.path = "/" + a.path

    def put(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def module(mtype: str, mid: str, inner: str, extra: str = "", title: str = "") -> str:
        return (f'<div class="module module-{mtype}{(" " + extra) if extra else ""}" id="{mid}" data-mw-title="{title or mtype.title()}" '
                f'data-type="{mtype}" parent-module="{mtype}" parent-module-id="{mid}">{inner}</div>')

    menu = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Tin tức", BLOG), ("Liên hệ", "/lien-he")]

    def layout(title: str, main: str, *, desc: str, url: str, og_type: str = "website", image: str = "",
               body_class: str = "", active: str = "", keywords: str = "") -> str:
        lis = "".join(
            f'<li role="menuitem" class="menu-item menu-item-id-{k + 2}{" active" if label == active else ""}">'
            f'<a itemprop="url" data-item-id="{k + 2}" class="menu_element_link" href="{{{{base}}}}{href}">{esc(label)}</a></li>'
            for k, (label, href) in enumerate(menu))
        header = module("layouts", "header-layout", (
            '<nav class="navigation navigation-skin-8 navbar navbar-expand-lg"><div class="container">'
            + module("logo", "header-logo", f'<a href="{{{{base}}}}/" class="mw-logo"><img src="{MEDIA}/logo-lmhtx-brvt.png" alt="{attr(NAME)}"></a>')
            + module("menu", "header-menu", f'<ul role="menu" id="ul-menu-1" class="list menu-root menu-item-id-1 menu-item-parent-0">{lis}</ul>', title="Menu")
            + "</div></nav>"), extra="", title="Layouts").replace('data-type="layouts"', 'data-type="layouts" template="menus/skin-8" template-filter="menus"')
        footer = module("layouts", "footer-layout", (
            '<footer class="footer-skin-19 py-5"><div class="container"><div class="row">'
            '<div class="col-md-6"><div class="edit" field="footer-text-1" rel="global">'
            f'<h4 class="element">{ORG}</h4><p class="element">{ADDR}</p><p class="element">{PHONE}</p></div></div>'
            '<div class="col-md-6"><div class="edit" field="footer-links" rel="global"><h4 class="element">Liên kết</h4>'
            '<p class="element"><a href="{{base:offsite}}/lmhtx-vn/">Liên minh HTX Việt Nam</a></p>'
            '<p class="element"><a href="{{base:offsite}}/baria-vungtau/">Cổng thông tin điện tử tỉnh</a></p>'
            '<p class="element"><a href="{{base}}/login">Đăng nhập</a></p></div></div></div>'
            f'<div class="edit" field="footer-copyright" rel="global"><p class="element mt-4">{COPY}</p></div></div></footer>'),
            title="Layouts").replace('data-type="layouts"', 'data-type="layouts" template="footers/skin-19" template-filter="footers"')
        og_img = f'{{{{base}}}}{MEDIA}/{image}' if image else f"{{{{base}}}}{MEDIA}/logo-lmhtx-brvt.png"
        return f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" lang="vi" dir="ltr">

<head>
    <title>{esc(title)}</title>

    <meta charset="utf-8"/>
    <meta http-equiv="X-UA-Compatible" content="IE=edge"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>

    <meta property="og:title" content="{attr(title)}"/>
    <meta name="keywords" content="{attr(keywords)}"/>
    <meta name="description" content="{attr(desc)}"/>
    <meta property="og:type" content="{og_type}"/>
    <meta property="og:url" content="{{{{base}}}}{url}"/>
    <meta property="og:image" content="{og_img}"/>
    <meta property="og:description" content="{attr(desc)}"/>
    <meta property="og:site_name" content="{NAME}"/>
    <link rel="alternate" type="application/rss+xml" title="{NAME}" href="{{{{base}}}}/rss"/>
    <script src="{{{{base}}}}/userfiles/cache/apijs/api.min.js"></script>
    <script>
        mw.require('icon_selector.js');
        mw.lib.require('bootstrap5js');
        mw.lib.require("collapse_nav");
        mw.iconLoader().addIconSet('materialDesignIcons');
    </script>
    <link href="{{{{base}}}}{TPL}/assets/fonts/jost-font/font.css" rel="stylesheet"/>
    <link href="{{{{base}}}}{TPL}/assets/css/main_tabler.css" rel="stylesheet"/>
    <link href="{{{{base}}}}{TPL}/assets/templates_features/css/scss/styles-for-template.css" rel="stylesheet"/>
    <script src="{{{{base}}}}{TPL}/assets/templates_features/js/js-for-template.js"></script>
    <link rel="stylesheet" href="{{{{base}}}}/userfiles/css/big/live_edit.css" type="text/css"/>
</head>
<body class="mw-template-big {body_class}">

<div class="main">

    <div class="position-relative ">

        <div class="navigation-holder">
            {header}
        </div>

    </div>

{main}

{footer}

</div>

<button id="to-top" class="btn btn-primary btn-square" style="display: block;"><i class="mdi mdi-arrow-up mdi-18px lh-1 m-0"></i></button>
<script src="{{{{base}}}}{TPL}/dist/main.min.js"></script>
</body>
</html>
"""

    def crumbs(items: list[tuple[str, str | None]], mid: str) -> str:
        lis = "".join(f'<li class="breadcrumb-item"><a href="{{{{base}}}}{href}">{esc(t)}</a></li>' if href else
                      f'<li class="breadcrumb-item active" aria-current="page">{esc(t)}</li>' for t, href in items)
        return module("breadcrumb", mid, f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{lis}</ol></nav>', title="Breadcrumb")

    sharer = module("sharer", "post-bottom-sharer", (
        '<div class="mw-social-share-links">'
        '<a href="{{base:offsite}}/facebook/sharer" target="_blank" title="Facebook"><i class="mdi mdi-facebook"></i></a> '
        '<a href="{{base:offsite}}/twitter/intent" target="_blank" title="Twitter"><i class="mdi mdi-twitter"></i></a> '
        '<a href="{{base:offsite}}/zalo/share" target="_blank" title="Zalo"><i class="mdi mdi-message"></i></a></div>'),
        extra="mt-5 py-3 float-start", title="Sharer")

    for a in posts:
        aid = a.opts["id"]
        trail = [("Trang chủ", "/"), ("Tin tức", BLOG)]
        if a.opts["cat"]:
            trail.append((CATS[a.opts["cat"]], f"{BLOG}/{a.opts['cat']}"))
        trail.append((a.title, None))
        main = f"""<div class="blog-inner-page py-5" id="blog-content-{aid}">
    <div class="container mw-m-t-30 mw-m-b-50">
        <div class="row">

                <h2 class="mt-5 text-center  text-dark edit plain-text" field="title" rel="content">{esc(a.title)}</h2>
                <p class="text-dark text-center">{a.date:%d %b %Y}</p>


                <div class="description edit dropcap typography-area" field="content" rel="content">
{render(a)}
                </div>

                {sharer}


            {crumbs(trail, f"breadcrumb-{aid}")}
        </div>
    </div>




</div>"""
        img = a.first_image()
        html = layout(a.title, main, desc=description(a), url=a.path, og_type="article", image=img or "",
                      body_class=f"page-id-4 post-id-{aid} content-id-{aid}" + (f" category-{a.opts['cat']}" if a.opts["cat"] else ""),
                      active="Tin tức", keywords=", ".join(a.opts["tags"]))
        put(a.path, html)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"{MEDIA}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 12/KH-LMHTX", "Boi duong can bo quan ly HTX dot 2 nam 2025"]))
        if a.opts.get("nested"):
            put(f"{BLOG}/{a.opts['slug']}", html)
            a.aliases.append(f"{BLOG}/{a.opts['slug']}")
        site.add_article(a)
    nested = next(a for a in posts if a.opts.get("nested"))

    def card(a: RichArticle, key: int) -> str:
        badges = "".join(f'<span class="badge badge-primary">{esc(t)}</span>' for t in a.opts["tags"])
        img = a.first_image() or "no-image.png"
        return (f'<div class="col-md-6 col-lg-4" data-aos="fade-up" data-aos-delay="{key}00" itemscope itemtype="http://schema.org/Article">'
                f'<div class="post-holder"><a href="{{{{base}}}}{a.path}" itemprop="url"><div class="thumbnail-holder">'
                f'<div class="tags">{badges}</div><div class="thumbnail" style="background: url(\'{{{{base}}}}{MEDIA}/{img}\')"></div></div></a>'
                f'<a href="{{{{base}}}}{a.path}"><h3 class="m-b-10">{esc(a.title)}</h3></a>'
                f"<small>{a.date:%Y-%m-%d %H:%M:%S}</small><p>{esc(description(a))}</p>"
                f'<a href="{{{{base}}}}{a.path}" itemprop="url" class="button-8 m-t-20"><span>Read more</span></a></div></div>')

    def pager(base: str, n: int, count: int) -> str:
        items = []
        for k in range(1, count + 1):
            items.append(f'<li class="page-item{" active" if k == n + 1 else ""}"><a class="page-link" data-page-number="{k}" '
                         f'href="{{{{base}}}}{base}?{PAGING}={k}">{k}</a></li>')
        if n + 1 < count:
            items.append(f'<li class="page-item"><a class="page-link" data-page-number="{n + 2}" href="{{{{base}}}}{base}?{PAGING}={n + 2}">Next</a></li>')
        if n > 0:
            items.insert(0, f'<li class="page-item"><a class="page-link" data-page-number="{n}" href="{{{{base}}}}{base}?{PAGING}={n}">Previous</a></li>')
        return module("pagination", f"pagination-{POSTS_ID}", f'<nav><ul class="pagination">{"".join(items)}</ul></nav>', title="Pagination")

    cat_module = module("categories", "blog-categories", '<ul class="mw-cats-menu">' + "".join(
        f'<li><a href="{{{{base}}}}{BLOG}/{slug}" data-category-id="{k + 3}">{esc(n)}</a></li>' for k, (slug, n) in enumerate(CATS.items()))
        + "</ul>", title="Categories")

    def blog_page(path: str, items: list, crumb: list, heading: str, canonical: str) -> None:
        chunks = [items[i:i + 6] for i in range(0, len(items), 6)] or [[]]
        for n, chunk in enumerate(chunks):
            grid = ('<div class="row"><div class="col-lg-12 mx-auto"><div class="row big-news">'
                    + "".join(card(a, k) for k, a in enumerate(chunk)) + "</div></div></div>"
                    + (pager(path, n, len(chunks)) if len(chunks) > 1 else ""))
            posts_mod = module("posts", POSTS_ID, grid, title="Posts")
            main = (f'<div class="edit main-content" data-layout-container rel="content" field="content">\n'
                    f'<div class="container">{crumbs(crumb, "blog-breadcrumb")}</div>\n'
                    + module("layouts", "blog-layout-4", (
                        '<section class="section  p-t-50 p-b-50 "><div class="container mw-layout-container no-element allow-drop edit" '
                        f'field="layout-blog-skin-4-blog-layout-4" rel="module"><h2 class="element">{esc(heading)}</h2>{cat_module}{posts_mod}</div></section>'),
                        title="Layouts").replace('data-type="layouts"', 'data-type="layouts" template="blog/skin-4"')
                    + "\n</div>")
            urls = [f"{path}?{PAGING}={n + 1}"] if n else ([path, f"{path}?{PAGING}=1"] if len(chunks) > 1 else [path])
            for u in urls:
                put(u, layout(heading, main, desc=f"{heading} - {NAME}", url=canonical, body_class="page-id-4", active="Tin tức"))
                site.non_articles.append(u)

    blog_page(BLOG, posts, [("Trang chủ", "/"), ("Tin tức", None)], "Tin tức", BLOG)
    for slug, name in CATS.items():
        blog_page(f"{BLOG}/{slug}", [a for a in posts if a.opts["cat"] == slug],
                  [("Trang chủ", "/"), ("Tin tức", BLOG), (name, None)], name, f"{BLOG}/{slug}")
    site.trap(f"the blog page /tin-tuc (6 a page: the posts module's grid with tag badges, h3 title links, created_at as "
              f"'2025-05-27 22:40:00', an auto description, 'Read more') and its page 2 by the module's own parameter "
              f"?{PAGING}=2 (page 1 also linked as =1); category pages /tin-tuc/<slug> with the same module: listings",
              f"{BLOG}?{PAGING}=2")

    # home, about, contact
    latest = "".join(card(a, k) for k, a in enumerate(posts[:3]))
    home = (f'<div class="edit main-content" data-layout-container rel="content" field="content">\n'
            + module("layouts", "home-hero", (
                '<section class="section p-t-100 p-b-100 background-primary"><div class="container edit" field="home-hero" rel="content">'
                f'<h1 class="element text-white hero-title">Đồng hành cùng hợp tác xã</h1>'
                f'<p class="element">{ORG} là tổ chức đại diện, hỗ trợ các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trong tỉnh.</p></div></section>'),
                title="Layouts")
            + module("layouts", "home-news", (
                '<section class="section p-t-50 p-b-50"><div class="container edit" field="home-news" rel="content">'
                '<h2 class="element">Tin mới</h2>'
                + module("posts", "home-posts", f'<div class="row big-news">{latest}</div>', title="Posts")
                + f'<div class="element mt-4"><p class="element"><strong>Tin nổi bật:</strong> <a href="{{{{base}}}}{BLOG}/{nested.opts["slug"]}">'
                f"{esc(nested.title)}</a></p></div></div></section>"), title="Layouts")
            + "\n</div>")
    put("/", layout(NAME, home, desc=f"{ORG} - tin tức, hoạt động hợp tác xã", url="/", body_class="page-id-1 is-home", active="Trang chủ"))
    site.non_articles.append("/")
    about = (f'<div class="edit main-content" data-layout-container rel="content" field="content"><div class="container py-5">'
             f'{crumbs([("Trang chủ", "/"), ("Giới thiệu", None)], "about-breadcrumb")}'
             '<h2 class="element">Giới thiệu</h2>'
             f'<p class="element">{ORG} được thành lập năm 1993, có chức năng đại diện, bảo vệ quyền và lợi ích hợp pháp của các thành viên; '
             "tư vấn, hỗ trợ, cung cấp dịch vụ cho các hợp tác xã.</p>"
             '<p class="element">Trụ sở Liên minh đặt tại thành phố Bà Rịa; Văn phòng đại diện tại thành phố Vũng Tàu.</p></div></div>')
    put("/gioi-thieu", layout("Giới thiệu", about, desc=f"Giới thiệu {ORG}", url="/gioi-thieu", body_class="page-id-2", active="Giới thiệu"))
    contact = (f'<div class="edit main-content" data-layout-container rel="content" field="content"><div class="container py-5">'
               '<h2 class="element">Liên hệ</h2>'
               + module("contact_form", "contact-form-main", (
                   f'<form class="mw_form" method="post" action="{{{{base}}}}/api/contact_form_submit"><input type="text" name="name" placeholder="Họ và tên">'
                   '<input type="email" name="email" placeholder="Email"><textarea name="message" placeholder="Nội dung"></textarea>'
                   '<button type="submit" class="btn btn-primary">Gửi</button></form>'), title="Contact form")
               + "</div></div>")
    put("/lien-he", layout("Liên hệ", contact, desc=f"Liên hệ {ORG}", url="/lien-he", body_class="page-id-3", active="Liên hệ"))
    site.non_articles += ["/gioi-thieu", "/lien-he"]
    put("/login", '<!DOCTYPE html><html><head><title>Login</title></head><body><form method="post"><input name="username">'
                  '<input type="password" name="password"><button>Login</button></form></body></html>')
    site.never_fetched.append("/login")
    site.trap("the home / (an <h1> hero slogan, the three newest posts as cards, a 'Tin nổi bật' box linking "
              "/tin-tuc/<slug>), /gioi-thieu and /lien-he (h2.element + p.element, like a post's text): not articles; "
              "robots.txt disallows /login (the footer's 'Đăng nhập')", "/")

    # feed, sitemap, robots
    def rss_date(d: datetime) -> str:
        return d.strftime("%a, %d %b %Y %H:%M:%S") + " +0000"

    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description><![CDATA[{description(a)}]]></description>"
                    f"<pubDate>{rss_date(a.date)}</pubDate><guid isPermaLink=\"true\">{{{{base}}}}{a.path}</guid></item>" for a in posts)
    site.page("/rss", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
              f"<title>{NAME}</title><link>{{{{base}}}}/</link><description>{ORG}</description>"
              f'<atom:link href="{{{{base}}}}/rss" rel="self" type="application/rss+xml"/><language>vi</language>{items}</channel></rss>',
              content_type="application/rss+xml; charset=UTF-8")
    urls = [("/", datetime(2025, 6, 12)), (BLOG, datetime(2025, 6, 12)), ("/gioi-thieu", datetime(2024, 10, 3)),
            ("/lien-he", datetime(2024, 10, 3))] + [(a.path, a.date) for a in posts]
    body = "".join(f"<url><loc>{{{{base}}}}{u}</loc><lastmod>{d:%Y-%m-%d}</lastmod><changefreq>weekly</changefreq></url>" for u, d in urls)
    site.page("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>',
              content_type="application/xml; charset=UTF-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin\nDisallow: /login\nDisallow: /api/\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("RSS /rss (head alternate on every page): every post with pubDate = the local wall clock with '+0000'; "
              "/sitemap.xml lists the posts with a day-only lastmod", "/rss")
    site.binary(f"{MEDIA}/logo-lmhtx-brvt.png", image_for("logo-brvt"))
    site.binary(f"{MEDIA}/no-image.png", image_for("no-image"))
    return site
