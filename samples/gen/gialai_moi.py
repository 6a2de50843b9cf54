"""Site `lmhtx-gialai-moi` (registry family `generic`): the portal of the merged Gia Lai alliance (Bình Định
joined it on 1 July 2025) on Adobe Experience Manager with the AEM core components, written as a held-out
test: no family module, no selectors.

Why it is hard: every page is a responsive grid (`div.aem-Grid` > `div.aem-GridColumn`) of core
components; the header and footer are experience fragments (`div.cmp-experiencefragment` >
`div.xf-content-height`) whose own Title component prints the site's name as a second
`h1.cmp-title__text` (before the article's), and whose Text components (`div.cmp-text`) hold the
slogan and the address, like the body's. The article is a column of components: a kicker Text, the
Title, a meta Text "Ngày đăng: 14/03/2026 - 08:30", the lead Text, body Texts interleaved with Image
components (`div.cmp-image`: a visible caption is `figcaption.cmp-image__title`; an image whose caption
is only the invisible `<meta itemprop="caption">` adds no line) and an Embed (YouTube), then an author
Text "Tác giả: X" (an author, not text; an office there is none), a Separator and a "Tin liên quan"
List (`ul.cmp-list` with dates). Every page has two addresses: the repository path
`/content/lmhtx-gialai/vi/tin-tuc/<slug>.html` (the listings link it) and the dispatcher's short
`/vi/tin-tuc/<slug>.html` (home teasers, rel=canonical): aliases. `/` redirects to `/vi.html`; the list
pages page by selector (`/vi/tin-tuc.page-2.html`). An event page has no meta Text: the date only in the
text ("Sáng 5/2, …") and in the listing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-gialai-moi"
NAME = "Liên minh Hợp tác xã tỉnh Gia Lai"
HTML = "text/html;charset=utf-8"
ROOT = "/content/lmhtx-gialai"
HOME = "/vi.html"
NEWS = "/vi/tin-tuc"
DOCS = "/vi/van-ban"
ABOUT = "/vi/gioi-thieu.html"
CONTACT = "/vi/lien-he.html"
GALLERY = "/vi/thu-vien-anh.html"
SEARCH = "/vi/tim-kiem.html?q=ocop"
DAM = "/content/dam/lmhtx-gialai"
PDF_PATH = f"{DAM}/van-ban/2025/QD-45-LMHTX.pdf"
PER = 6

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SITE_H1 = "Cổng thông tin điện tử Liên minh HTX tỉnh Gia Lai"
SLOGAN = "Hợp tác - Liên kết - Phát triển bền vững từ đại ngàn đến biển xanh"
FOOTER = ["Liên minh Hợp tác xã tỉnh Gia Lai",
          "Trụ sở chính: 02 Trần Phú, phường Quy Nhơn, tỉnh Gia Lai",
          "Cơ sở 2: 87 Phạm Văn Đồng, phường Pleiku, tỉnh Gia Lai",
          "Điện thoại: 0256.3822.471 - Fax: 0256.3822.470",
          "Người chịu trách nhiệm: Ông Lê Văn Thịnh - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép thiết lập trang thông tin điện tử số 21/GP-STTTT ngày 15/09/2025",
          "© 2025 Liên minh Hợp tác xã tỉnh Gia Lai. Bảo lưu mọi quyền."]
SIDE = ["Tin nổi bật", "Thời tiết", "Pleiku: 24°C, mưa rào", "Quy Nhơn: 29°C, nắng", "Thống kê truy cập",
        "Đang truy cập: 31", "Hôm nay: 705", "Tổng lượt truy cập: 986.214", "Đường dây nóng hỗ trợ HTX: 1900 6868"]
LABELS = ["Tin liên quan", "Tài liệu đính kèm", "Xem tất cả", "Từ khóa:"]
BOILERPLATE = [TODAY, SITE_H1, SLOGAN, *FOOTER, *SIDE, LABELS[0], "Từ khóa: OCOP, Hợp tác xã"]


@dataclass
class Page(Article):
    slug: str = ""
    author_field: str = ""
    show_meta: bool = True
    kind: str = "news"  # news | doc | photo
    hidden_captions: dict = field(default_factory=dict)  # image -> caption only in <meta itemprop=caption>
    embed: str = ""  # youtube id: an Embed component after the first body text

    @property
    def long(self) -> str:
        return f"{ROOT}{self.path}"


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Page]:
    A = Page
    return [
        A(path=f"{NEWS}/htx-ca-phe-chu-se-dat-chung-nhan-4c.html", kicker="KINH TẾ HỢP TÁC",
          title="HTX cà phê Chư Sê đạt chứng nhận 4C cho 250 ha cà phê của thành viên",
          date=datetime(2026, 3, 16, 9, 20), author_field="Tác giả: Ngọc Ánh", author="Ngọc Ánh",
          lead="HTX Nông nghiệp dịch vụ Ia Blang (xã Chư Sê) vừa được cấp chứng nhận cà phê bền vững 4C, mở cơ hội bán cà phê nhân cho các nhà rang xay quốc tế.",
          body="""
HTX có 118 thành viên, phần lớn là đồng bào Jrai, canh tác 250 ha cà phê theo quy trình giảm phân bón hóa học, tưới nước tiết kiệm.
[img ca-phe-ia-blang.png] Thành viên HTX Ia Blang thu hái cà phê chín
Nhờ chứng nhận 4C, cà phê nhân của HTX được một doanh nghiệp xuất khẩu thu mua cao hơn giá thị trường 1.500 đồng/kg.
[img ca-phe-phoi.png]
HTX dự kiến mở rộng vùng chứng nhận lên 400 ha và đầu tư máy sấy để giảm hao hụt sau thu hoạch.
""",
          hidden_captions={"ca-phe-phoi.png": "Sân phơi cà phê của HTX"},
          **dated(datetime(2026, 3, 16, 9, 20)),
          notes=["the header experience fragment's Title component prints the site's name 'Cổng thông tin điện tử "
                 "Liên minh HTX tỉnh Gia Lai' as an h1.cmp-title__text before the article's h1; kicker Text 'KINH TẾ HỢP TÁC' above the "
                 "title; the second image's caption is only an invisible <meta itemprop='caption'>: no line; author "
                 "Text 'Tác giả: Ngọc Ánh' after the body: the author, not text"]),
        A(path=f"{NEWS}/ra-mat-lien-hiep-htx-thuy-san-quy-nhon.html", kicker="HOẠT ĐỘNG LIÊN MINH",
          title="Ra mắt Liên hiệp HTX thủy sản Quy Nhơn", show_meta=False,
          date=datetime(2026, 2, 5), byline="Bài, ảnh: Hoài Thu", author="Hoài Thu",
          body="""
Sáng 5/2, tại phường Quy Nhơn Đông, Liên minh HTX tỉnh tổ chức lễ ra mắt Liên hiệp HTX Thủy sản Quy Nhơn gồm 6 HTX khai thác và dịch vụ hậu cần nghề cá.
Liên hiệp HTX có 214 tàu cá thành viên, tổ chức thu mua cá ngừ đại dương ngay tại cảng, bảo quản theo quy trình của nhà nhập khẩu Nhật Bản.
[img lien-hiep-quy-nhon.png] Đại diện các HTX thành viên nhận quyết định thành lập Liên hiệp HTX
Liên minh HTX tỉnh sẽ hỗ trợ Liên hiệp HTX tiếp cận vốn vay để đầu tư hầm bảo quản lạnh trên tàu.
""",
          published=iso(datetime(2026, 2, 5), with_time=False), published_source="listing", evidence=["listing"],
          notes=["event page without the meta Text: the date only in the text ('Sáng 5/2', no year) and in the "
                 "listing '05/02/2026': midnight; byline 'Bài, ảnh: Hoài Thu' closes the last body Text: part of "
                 "the text, the author"]),
        A(path=f"{NEWS}/anh-le-hoi-ca-phe-va-san-pham-ocop-htx.html", kind="photo", kicker="ẢNH",
          title="Ảnh: HTX Gia Lai tại Lễ hội cà phê và sản phẩm OCOP 2026",
          date=datetime(2026, 1, 24, 17, 0), author_field="Tác giả: Đình Văn", author="Đình Văn",
          lead="Hơn 80 HTX từ khu vực Tây Nguyên và ven biển của tỉnh mang sản phẩm đến Lễ hội cà phê và sản phẩm OCOP tại phường Pleiku.",
          body="""
[img le-hoi-1.png] Không gian trưng bày cà phê đặc sản của các HTX khu vực Gia Lai cũ
[img le-hoi-2.png] Nước mắm Gành Ráng và bánh tráng nước dừa của HTX khu vực Bình Định cũ
[img le-hoi-3.png] Nghệ nhân HTX dệt thổ cẩm Ia Mơ Nông trình diễn dệt vải
[img le-hoi-4.png] Du khách thưởng thức cà phê phin tại gian hàng HTX
""",
          **dated(datetime(2026, 1, 24, 17, 0)),
          notes=["photo story: the lead Text then four Image components with visible figcaption.cmp-image__title "
                 "(one line each); author Text 'Tác giả: Đình Văn'"]),
        A(path=f"{DOCS}/quyet-dinh-cong-nhan-htx-dien-hinh-tien-tien-nam-2025.html", kind="doc", kicker="VĂN BẢN",
          title="Quyết định công nhận 30 HTX điển hình tiên tiến năm 2025",
          date=datetime(2025, 12, 29, 14, 0), author_field="Văn phòng Liên minh HTX tỉnh", author=None,
          body="""
LIÊN MINH HTX TỈNH GIA LAI
Số: 45/QĐ-LMHTX
Gia Lai, ngày 26 tháng 12 năm 2025
QUYẾT ĐỊNH
Về việc công nhận hợp tác xã điển hình tiên tiến năm 2025
CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ TỈNH GIA LAI
Căn cứ Điều lệ Liên minh Hợp tác xã Việt Nam; xét đề nghị của Hội đồng Thi đua - Khen thưởng Liên minh HTX tỉnh,
QUYẾT ĐỊNH:
Điều 1. Công nhận 30 hợp tác xã đạt danh hiệu điển hình tiên tiến năm 2025 (có danh sách kèm theo).
Điều 2. Mỗi HTX được tặng Giấy khen và tiền thưởng theo quy định.
Điều 3. Chánh Văn phòng, Trưởng các ban và các HTX có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
CHỦ TỊCH Lê Văn Thịnh
""",
          doc_number="45/QĐ-LMHTX", attachments=[{"path": PDF_PATH, "text": "QD-45-LMHTX.pdf"}],
          published=iso(datetime(2025, 12, 29, 14, 0)), published_source="date-element",
          evidence=["date-element", "listing"],
          notes=["official decision 'Số: 45/QĐ-LMHTX' (meta Text '29/12/2025 - 14:00', three days after the place-date "
                 "line 'Gia Lai, ngày 26 tháng 12 năm 2025'); signer last; author Text 'Văn phòng Liên minh HTX tỉnh' "
                 "(an office): author null; the PDF in a Download component ('Tài liệu đính kèm') after the body: "
                 "an attachment, not text"]),
        A(path=f"{NEWS}/video-htx-muoi-sa-huynh-nhon-hai.html", kicker="VIDEO",
          title="Video: HTX làm muối Nhơn Hải vào vụ muối mới",
          date=datetime(2025, 12, 10, 10, 30), embed="d8Kq3pXyZ4A", author_field="Tác giả: Bảo Trung",
          author="Bảo Trung",
          body="""
Những ngày này, hơn 60 hộ thành viên HTX muối Nhơn Hải (phường Quy Nhơn Đông) tất bật vào vụ muối đầu tiên của mùa khô.
HTX đang thử nghiệm trải bạt trên ruộng muối để tăng độ trắng của hạt muối và rút ngắn thời gian kết tinh.
""",
          **dated(datetime(2025, 12, 10, 10, 30)),
          notes=["video page: an Embed component (cmp-embed, a YouTube iframe) between two short Texts: an article; "
                 "author Text 'Tác giả: Bảo Trung'"]),
        A(path=f"{NEWS}/gia-lai-phan-dau-thanh-lap-moi-120-htx-nam-2026.html", kicker="KINH TẾ HỢP TÁC",
          title="Gia Lai phấn đấu thành lập mới 120 HTX trong năm 2026",
          date=datetime(2025, 11, 27, 8, 0), byline="Nguồn: Báo Gia Lai", author=None,
          lead="Năm 2026, tỉnh Gia Lai đặt mục tiêu thành lập mới 120 HTX, trong đó ít nhất 40 HTX ứng dụng công nghệ cao trong sản xuất nông nghiệp.",
          body="""
Sau hợp nhất, toàn tỉnh có 1.287 HTX với gần 190 nghìn thành viên, doanh thu bình quân một HTX đạt 3,8 tỷ đồng/năm.
## Các giải pháp chủ yếu
* Rà soát, giải thể dứt điểm các HTX ngừng hoạt động kéo dài;
* Ưu tiên vốn Quỹ hỗ trợ phát triển HTX cho HTX liên kết chuỗi giá trị;
* Phát triển HTX du lịch cộng đồng ở vùng đồng bào dân tộc thiểu số.
""",
          **dated(datetime(2025, 11, 27, 8, 0)),
          notes=["no author Text; the last body Text ends with 'Nguồn: Báo Gia Lai' (a source): part of the text, "
                 "author null; a heading and a list in the body Text"]),
        A(path=f"{NEWS}/htx-dua-tam-quan-lien-ket-xuat-khau-thach-dua.html", kicker="KINH TẾ HỢP TÁC",
          title="HTX dừa Tam Quan liên kết xuất khẩu thạch dừa",
          date=datetime(2025, 10, 8, 15, 10), author_field="Ban Biên tập", author=None,
          body="""
HTX Nông nghiệp Tam Quan Bắc (khu vực Bình Định cũ) ký hợp đồng cung ứng 1.200 tấn nước dừa mỗi năm cho một nhà máy sản xuất thạch dừa xuất khẩu.
[img dua-tam-quan.png]
Hợp đồng giúp hơn 300 hộ trồng dừa ổn định đầu ra, giá thu mua được điều chỉnh theo quý.
""",
          hidden_captions={"dua-tam-quan.png": "Thành viên HTX thu hoạch dừa trên vùng nguyên liệu"},
          **dated(datetime(2025, 10, 8, 15, 10)),
          notes=["the only image's caption is an invisible <meta itemprop='caption'>: no line; author Text 'Ban Biên "
                 "tập' (an office): author null; on the second list page /vi/tin-tuc.page-2.html"]),
        A(path=f"{NEWS}/lien-minh-htx-tinh-gia-lai-moi-ra-mat.html", kicker="HOẠT ĐỘNG LIÊN MINH",
          title="Liên minh HTX tỉnh Gia Lai (mới) ra mắt, bắt đầu hoạt động",
          date=datetime(2025, 7, 1, 16, 30), byline="Thanh Bình", author="Thanh Bình",
          body="""
Chiều 1/7, Liên minh HTX tỉnh Gia Lai hợp nhất từ Liên minh HTX tỉnh Gia Lai và Liên minh HTX tỉnh Bình Định đã công bố quyết định về tổ chức bộ máy.
Liên minh đặt trụ sở chính tại phường Quy Nhơn và cơ sở 2 tại phường Pleiku để phục vụ HTX ở cả hai khu vực.
""",
          **dated(datetime(2025, 7, 1, 16, 30)),
          notes=["oldest page, only on /vi/tin-tuc.page-2.html; byline 'Thanh Bình' last: the author"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"{DAM}/tin-tuc/{src}"


def col(name: str, inner: str, width: int = 12, extra: str = "") -> str:
    return (f'<div class="{name} {extra} aem-GridColumn aem-GridColumn--default--{width}">{inner}</div>')


def text_cmp(html: str, extra: str = "") -> str:
    return col("text", f'<div class="cmp-text" data-cmp-data-layer="{{}}">{html}</div>', extra=extra)


def title_cmp(text: str, tag: str = "h1") -> str:
    return col("title", f'<div class="cmp-title"><{tag} class="cmp-title__text">{esc(text)}</{tag}></div>')


def image_cmp(b, hidden: str = "") -> str:
    cap = (f'<meta itemprop="caption" content="{attr(hidden)}" />' if hidden else
           f'<figcaption class="cmp-image__title" itemprop="caption">{esc(b.text)}</figcaption>')
    return col("image", f'<div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><img '
                        f'src="{img(b.src)}" loading="lazy" class="cmp-image__image" itemprop="contentUrl" '
                        f'width="960" height="640" alt="{attr(b.text or hidden)}" />{cap}</div>')


def inner_text(blocks) -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
    return "".join(out)


def page_html(a: Page, related: list[Page]) -> str:
    parts = [text_cmp(f'<p class="kicker">{esc(a.kicker)}</p>', "article-category"), title_cmp(a.title)]
    if a.show_meta:
        parts.append(text_cmp(f'<p><span class="icon-calendar"></span>Ngày đăng: {a.date:%d/%m/%Y - %H:%M}</p>',
                              "article-meta"))
    if a.lead:
        parts.append(text_cmp(f"<p><b>{esc(a.lead)}</b></p>", "article-lead"))
    run: list = []
    first_text = True

    def flush(last: bool = False):
        nonlocal first_text
        html = inner_text(run)
        if last and a.byline:
            html += f'<p style="text-align: right;"><b>{esc(a.byline)}</b></p>'
        if html:
            parts.append(text_cmp(html))
            if first_text and a.embed:
                parts.append(col("embed", f'<div class="cmp-embed"><iframe width="720" height="405" '
                                          f'src="{{{{base:offsite}}}}/youtube/embed/{a.embed}" frameborder="0" '
                                          f'allowfullscreen></iframe></div>'))
            first_text = False
        run.clear()

    for b in a.blocks:
        if b.kind == "img":
            flush()
            parts.append(image_cmp(b, a.hidden_captions.get(b.src, "")))
        else:
            run.append(b)
    flush(last=True)
    if a.attachments:
        parts.append(col("download", f'<div class="cmp-download"><div class="cmp-download__title">{LABELS[1]}</div>'
                                     + "".join(f'<a class="cmp-download__action" href="{x["path"]}"><span '
                                               f'class="cmp-download__action-text">{esc(x["text"])}</span></a>'
                                               for x in a.attachments) + "</div>"))
    if a.author_field:
        parts.append(text_cmp(f'<p style="text-align: right;"><i>{esc(a.author_field)}</i></p>', "article-author"))
    parts.append(text_cmp(f'<p>Từ khóa: <a href="{SEARCH}">OCOP</a>, <a href="{SEARCH.replace("ocop", "hop-tac-xa")}">'
                          f'Hợp tác xã</a></p>', "tags"))
    parts.append(col("separator", '<div class="cmp-separator"><hr class="cmp-separator__horizontal-rule" /></div>'))
    parts.append(title_cmp(LABELS[0], "h2"))
    parts.append(col("list", '<ul class="cmp-list">' + "".join(list_item(r) for r in related) + "</ul>"))
    return "".join(parts)


def list_item(a: Page) -> str:
    return (f'<li class="cmp-list__item"><article><a class="cmp-list__item-link" href="{a.long}"><span '
            f'class="cmp-list__item-title">{esc(a.title)}</span><span class="cmp-list__item-date">'
            f'{a.date:%d/%m/%Y}</span></a></article></li>')


def teaser(a: Page) -> str:
    pic = a.first_image()
    return col("teaser", f'<div class="cmp-teaser">'
                         + (f'<div class="cmp-teaser__image"><div class="cmp-image"><img class="cmp-image__image" '
                            f'src="{img(pic)}.thumb.480.320.png" alt="" /></div></div>' if pic else "")
               + f'<div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">{esc(a.kicker)}</p><h3 '
                 f'class="cmp-teaser__title"><a class="cmp-teaser__title-link" href="{a.path}">{esc(a.title)}</a></h3>'
                 f'<div class="cmp-teaser__description"><p>{esc(" ".join(a.summary().split()[:26]))}...</p></div>'
                 f'<div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="{a.path}">'
                 f'Xem chi tiết</a></div></div></div>', 6)


def xf(kind: str, inner: str) -> str:
    return col("experiencefragment", f'<div id="experiencefragment-{kind}" class="cmp-experiencefragment '
                                     f'cmp-experiencefragment--{kind}"><div class="xf-content-height"><div '
                                     f'class="aem-Grid aem-Grid--12 aem-Grid--default--12">{inner}</div></div></div>')


def layout(title: str, main: str, hot: list[Page], *, crumbs: list[tuple[str, str]] = (), head: str = "") -> str:
    nav = "".join(f'<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="{h}" '
                  f'class="cmp-navigation__item-link">{t}</a></li>'
                  for h, t in [(HOME, "Trang chủ"), (ABOUT, "Giới thiệu"), (f"{NEWS}.html", "Tin tức"),
                               (f"{DOCS}.html", "Văn bản"), (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    header = (col("image", f'<div class="cmp-image"><a class="cmp-image__link" href="{HOME}"><img '
                           f'class="cmp-image__image" src="{DAM}/logo/logo-lmhtx-gialai.png" alt="Logo" /></a></div>', 2)
              + col("title", f'<div class="cmp-title"><h1 class="cmp-title__text">{SITE_H1}</h1></div>', 7)
              + col("search", '<section class="cmp-search" role="search"><form class="cmp-search__form" '
                              'action="/vi/tim-kiem.html" method="get"><input class="cmp-search__input" type="text" '
                              'name="q" placeholder="Tìm kiếm" /></form></section>', 3)
              + text_cmp(f'<p class="today">{esc(TODAY)}</p><p class="slogan">{esc(SLOGAN)}</p>', "header-slogan")
              + col("navigation", f'<nav class="cmp-navigation" role="navigation"><ul class="cmp-navigation__group">'
                                  f'{nav}</ul></nav>'))
    crumb = ""
    if crumbs:
        crumb = col("breadcrumb", '<nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">'
                    + "".join(f'<li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="{h}">'
                              f'<span>{t}</span></a></li>' for h, t in crumbs) + "</ol></nav>")
    side = (title_cmp(SIDE[0], "h3")
            + col("list", '<ul class="cmp-list">' + "".join(list_item(a) for a in hot) + "</ul>")
            + text_cmp(f"<h3>{SIDE[1]}</h3><p>{SIDE[2]}</p><p>{SIDE[3]}</p>", "weather")
            + text_cmp(f"<h3>{SIDE[4]}</h3><p>{SIDE[5]}</p><p>{SIDE[6]}</p><p>{SIDE[7]}</p>", "counter")
            + text_cmp(f"<p><b>{SIDE[8]}</b></p>", "hotline")
            + text_cmp(f'<ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a>'
                       f'</li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a>'
                       f'</li></ul>', "weblinks"))
    footer = text_cmp("".join(f"<p>{esc(x)}</p>" for x in FOOTER[:6]), "footer-info") + text_cmp(
        f'<p class="copyright">{esc(FOOTER[6])}</p>', "footer-copy")
    return f"""<!DOCTYPE HTML>
<html lang="vi">
<head>
<meta charset="UTF-8"/>
<title>{esc(title)}</title>{head}
<meta name="template" content="article-page"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="/etc.clientlibs/lmhtx-gialai/clientlibs/clientlib-site.lc-3f2a9c1d-lc.min.css" type="text/css">
<script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/core.wcm.components.commons.datalayer.v1.lc-1e0136bad0acfb78be509234578e44f9-lc.min.js"></script>
</head>
<body class="page basicpage" id="page-5e8c1b2a4d">
<div class="root container responsivegrid"><div id="container-root" class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
{xf("header", header)}
{crumb}
<div class="container responsivegrid aem-GridColumn aem-GridColumn--default--8"><div id="container-main" class="cmp-container"><div class="aem-Grid aem-Grid--8 aem-Grid--default--8">
{main}
</div></div></div>
<div class="container responsivegrid aem-GridColumn aem-GridColumn--default--4"><div id="container-side" class="cmp-container"><div class="aem-Grid aem-Grid--4 aem-Grid--default--4">
{side}
</div></div></div>
{xf("footer", footer)}
</div></div></div>
<script src="/etc.clientlibs/lmhtx-gialai/clientlibs/clientlib-site.lc-8b1e44c2-lc.min.js"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "gia-lai", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in items if a.kind != "doc"]
    docs = [a for a in items if a.kind == "doc"]
    hot = news[:4]

    for a in items:
        related = [r for r in news if r is not a][:3]
        head = (f'\n<link rel="canonical" href="{{{{base}}}}{a.path}"/>\n<meta property="og:title" '
                f'content="{attr(a.title)}"/>\n<meta property="og:url" content="{{{{base}}}}{a.path}"/>')
        section = (f"{DOCS}.html", "Văn bản") if a.kind == "doc" else (f"{NEWS}.html", "Tin tức")
        page = layout(a.title, page_html(a, related), hot, crumbs=[(HOME, "Trang chủ"), section], head=head)
        site.page(a.path, page, content_type=HTML)
        site.page(a.long, page, content_type=HTML)
        a.aliases = [a.long]
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Quyết định số 45/QĐ-LMHTX", ["QUYET DINH CONG NHAN HTX DIEN HINH TIEN TIEN 2025",
                                                           "Lien minh HTX tinh Gia Lai"]))
    site.trap("every page has two addresses: the repository path /content/lmhtx-gialai/vi/tin-tuc/<slug>.html (the "
              "listings, the 'Tin liên quan' and sidebar lists link it) and the dispatcher's short /vi/tin-tuc/<slug>"
              ".html (home teasers, rel=canonical): aliases, not second articles", items[0].path)
    site.trap("after the body: the author Text, a Separator, a Title 'Tin liên quan' (h2.cmp-title__text) and a List "
              "(ul.cmp-list, titles and dates); the sidebar is another List and Texts (weather, counter, hotline); "
              "header and footer are experience fragments (div.xf-content-height) of Text components", items[0].path)

    def listing(base: str, title: str, chunk_items: list[Page]) -> None:
        pages = [chunk_items[i:i + PER] for i in range(0, len(chunk_items), PER)]
        for k, chunk in enumerate(pages):
            url = f"{base}.html" if k == 0 else f"{base}.page-{k + 1}.html"
            pager = ""
            if len(pages) > 1:
                pager = text_cmp('<p class="pagination">' + " ".join(
                    f"<b>{j + 1}</b>" if j == k else
                    f'<a href="{base}.html">{j + 1}</a>' if j == 0 else f'<a href="{base}.page-{j + 1}.html">{j + 1}</a>'
                    for j in range(len(pages)))
                                 + (f' <a href="{base}.page-{k + 2}.html">Trang sau »</a>' if k < len(pages) - 1 else "")
                                 + "</p>", "pager")
            main = (title_cmp(title) + col("list", '<ul class="cmp-list">' + "".join(
                f'<li class="cmp-list__item"><article><a class="cmp-list__item-link" href="{x.long}"><span '
                f'class="cmp-list__item-title">{esc(x.title)}</span><span class="cmp-list__item-date">{x.date:%d/%m/%Y}'
                f'</span></a><span class="cmp-list__item-description">{esc(" ".join(x.summary().split()[:30]))}...'
                f'</span></article></li>' for x in chunk) + "</ul>") + pager)
            site.page(url, layout(title, main, hot, crumbs=[(HOME, "Trang chủ")]), content_type=HTML)
            site.non_articles.append(url)

    listing(NEWS, "Tin tức", news)
    listing(DOCS, "Văn bản", docs)
    site.trap("list pages page by Sling selector: /vi/tin-tuc.html then /vi/tin-tuc.page-2.html (the two oldest "
              "pages only there); items are ul.cmp-list entries (title, 'dd/mm/yyyy', description)",
              f"{NEWS}.page-2.html")

    home = (title_cmp("Tin mới", "h2") + "".join(teaser(a) for a in news[:6])
            + text_cmp(f'<p><a href="{NEWS}.html">{LABELS[2]}</a></p>', "more"))
    site.page(HOME, layout("Trang chủ - Liên minh HTX tỉnh Gia Lai", home, hot), content_type=HTML)
    site.redirect("/", HOME, 302)
    site.trap("'/' answers 302 to /vi.html (the language root); the home is a grid of Teaser components "
              "(cmp-teaser: pretitle, title, description, 'Xem chi tiết'): not an article", HOME)

    about = [
        "Liên minh Hợp tác xã tỉnh Gia Lai được hợp nhất từ Liên minh Hợp tác xã tỉnh Gia Lai và Liên minh Hợp tác xã "
        "tỉnh Bình Định, hoạt động từ ngày 01 tháng 7 năm 2025.",
        "Liên minh là tổ chức chính trị - xã hội, đại diện cho các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên "
        "địa bàn tỉnh, từ vùng cà phê, hồ tiêu Tây Nguyên đến các làng nghề và vùng biển ven bờ.",
        "Cơ quan Liên minh có Văn phòng, Ban Tuyên truyền - Kiểm tra, Ban Hỗ trợ phát triển và Quỹ hỗ trợ phát triển "
        "hợp tác xã, làm việc tại trụ sở chính phường Quy Nhơn và cơ sở 2 phường Pleiku."]
    site.page(ABOUT, layout("Giới thiệu", title_cmp("Giới thiệu Liên minh HTX tỉnh Gia Lai")
                            + text_cmp("".join(f"<p>{esc(p)}</p>" for p in about))
                            + image_cmp(type("B", (), {"src": "tru-so.png", "text": "Trụ sở Liên minh HTX tỉnh"})()),
                            hot, crumbs=[(HOME, "Trang chủ")]), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", title_cmp("Liên hệ") + col("form container", '<form method="POST" '
                              'action="/content/lmhtx-gialai/vi/lien-he/jcr:content/root/container/form.post.html" '
                              'class="cmp-form"><input type="hidden" name=":formstart" value="/content/lmhtx-gialai/vi/'
                              'lien-he/jcr:content/root/container/form"/><input class="cmp-form-text__text" '
                              'name="ho-ten" type="text"/><textarea class="cmp-form-text__textarea" name="noi-dung">'
                              '</textarea><button class="cmp-form-button" type="SUBMIT">Gửi</button></form>'), hot,
                              crumbs=[(HOME, "Trang chủ")]), content_type=HTML)
    slides = "".join(f'<div class="cmp-carousel__item" role="tabpanel">{image_cmp(b)}</div>'
                     for a in news for b in a.blocks if b.kind == "img")
    site.page(GALLERY, layout("Thư viện ảnh", title_cmp("Thư viện ảnh") + col("carousel", f'<div class="cmp-carousel" '
                              f'data-cmp-autoplay="true"><div class="cmp-carousel__content">{slides}</div></div>'), hot,
                              crumbs=[(HOME, "Trang chủ")]), content_type=HTML)
    hits = [a for a in items if "OCOP" in a.title or "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page(SEARCH, layout("Tìm kiếm", title_cmp("Kết quả tìm kiếm") + col("search", '<section class="cmp-search">'
                             '<div class="cmp-search__results">' + "".join(
                                 f'<a class="cmp-search__item" href="{a.long}"><span class="cmp-search__item-title">'
                                 f'{esc(a.title)}</span></a>' for a in hits) + "</div></section>"), hot,
                             crumbs=[(HOME, "Trang chủ")]), content_type=HTML)
    site.same_page(SEARCH.replace("ocop", "hop-tac-xa"), SEARCH)
    site.non_articles += [HOME, ABOUT, CONTACT, GALLERY, SEARCH, SEARCH.replace("ocop", "hop-tac-xa")]
    site.trap("/vi/gioi-thieu.html (Title, a Text of three paragraphs, an Image with caption, no date), the contact "
              "Form, the gallery Carousel of captioned Images and the search page /vi/tim-kiem.html?q=ocop: not "
              "articles", ABOUT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /bin/\nDisallow: /libs/\nDisallow: /apps/\n")
    return site
