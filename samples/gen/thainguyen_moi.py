"""Site `lmhtx-thainguyen-moi` (registry family `generic`): the portal of the merged Thái Nguyên alliance (Bắc Kạn
joined it on 1 July 2025) built with LadiPage, the Vietnamese landing-page builder, and its blog, written as a
held-out test: no family module, no selectors.

Why it is hard: every piece of every page is a `div.ladi-element` with an id (`#HEADLINE12`, `#PARAGRAPH34`,
`#IMAGE7`, `#BOX3`, `#BUTTON5`, `#FORM9`, `#LIST_PARAGRAPH4`) positioned absolutely inside `div.ladi-section >
div.ladi-container` by a `<style id="style_element">` rule (`#PARAGRAPH34{top:412px;left:40px;…}`); photos are CSS
background images of `div.ladi-image-background` (no <img>). Blog posts at `/blog/<slug>` come in two makes: the
blog template (`div.ladi-blog-post`: `h1.ladi-blog-post-title`, a meta line "14/03/2026 08:30 · Hoàng Thu Trang",
`div.ladi-blog-post-content` of ordinary HTML) and "landing" posts the editors built element by element (h1
headline element, a date paragraph element, one paragraph element per paragraph, image elements each with a
caption paragraph element). In those, the DOM order is the order the elements were ADDED, not the order they are
shown: the title and date added last sit first on screen (smaller `top`), the captions added after all the photos
sit under each photo, a paragraph inserted later sits between earlier ones. The text is read in the visual order
(by `top`). Every page also carries a header section (logo, menu, today's date), a popup section with a sign-up
`div.ladi-form`, a footer section and a floating Zalo button. Landing pages of the same make (home, introduction,
member sign-up, contact, gallery) are not articles; the blog index pages with `/blog/page/2`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-thainguyen-moi"
NAME = "Liên minh Hợp tác xã tỉnh Thái Nguyên"
BLOG = "/blog"
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
SIGNUP = "/dang-ky-thanh-vien"
GALLERY = "/thu-vien-anh"
CATEGORY = "/blog/category/hoat-dong-lien-minh"
PDF_PATH = "/files/cong-van-21-lmhtx-vp.pdf"
PER = 6

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
HERO = "Đồng hành cùng hợp tác xã Thái Nguyên vươn xa"
POPUP = ["ĐĂNG KÝ NHẬN BẢN TIN HỢP TÁC XÃ", "Nhận thông tin chính sách, hội chợ, tập huấn mới nhất qua email và Zalo",
         "ĐĂNG KÝ NGAY"]
FLOAT = ["Chat Zalo", "Gọi ngay: 0208.3855.214"]
FOOTER = ["LIÊN MINH HỢP TÁC XÃ TỈNH THÁI NGUYÊN",
          "Trụ sở: Số 18 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên",
          "Văn phòng đại diện: Tổ 1, phường Đức Xuân, tỉnh Thái Nguyên",
          "Điện thoại: 0208.3855.214 - Email: lienminhhtxthainguyen@gmail.com",
          "Chịu trách nhiệm nội dung: Ông Hoàng Văn Hùng - Chủ tịch Liên minh HTX tỉnh",
          "© 2025 Liên minh HTX tỉnh Thái Nguyên. Thiết kế trên nền tảng LadiPage"]
LABELS = ["BÀI VIẾT KHÁC", "Xem thêm", "GỬI THÔNG TIN", "Đăng ký tư vấn thành lập HTX"]
BOILERPLATE = [TODAY, HERO, *POPUP, *FLOAT, *FOOTER, *LABELS]


@dataclass
class LPost(Article):
    make: str = "template"  # template | landing
    account: str | None = None  # template meta: who posted it
    meta_author: bool = False  # the meta names the author (a person)
    date_line: str | None = None  # landing: the date paragraph as printed (None: no date element)
    dom: str = "plain"  # landing: title_last | captions_last | insert_late
    category: str = "Tin hoạt động"


def tpl(d: datetime) -> dict:
    return dict(published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])


def articles() -> list[LPost]:
    P = LPost
    return [
        P(path=f"{BLOG}/htx-che-tan-cuong-ky-ket-tieu-thu-che-xuan-2026", account="Hoàng Thu Trang", meta_author=True,
          title="HTX chè Tân Cương ký kết tiêu thụ chè xuân năm 2026",
          date=datetime(2026, 3, 20, 8, 30),
          body="""
Sáng 20/3, tại phường Quyết Thắng, 12 HTX chè vùng Tân Cương đã ký kết hợp đồng tiêu thụ chè xuân với bốn doanh nghiệp chế biến và xuất khẩu.
Tổng sản lượng cam kết là 380 tấn chè búp khô, giá bình quân từ 350.000 đồng/kg trở lên, cao hơn năm 2025 khoảng 10%.
[img che-tan-cuong.png] Đại diện các HTX và doanh nghiệp ký biên bản hợp tác
## Điều kiện đối với HTX
* Sản xuất theo quy trình VietGAP hoặc hữu cơ, có nhật ký canh tác;
* Có mã số vùng trồng và tem truy xuất nguồn gốc cho từng lô hàng;
* Bảo đảm dư lượng thuốc bảo vệ thực vật đạt chuẩn thị trường nhập khẩu.
Liên minh HTX tỉnh sẽ giám sát việc thực hiện hợp đồng và hỗ trợ giải quyết vướng mắc giữa các bên.
""",
          author="Hoàng Thu Trang", **tpl(datetime(2026, 3, 20, 8, 30)),
          notes=["blog template post: div.ladi-blog-post (h1.ladi-blog-post-title, meta '20/03/2026 08:30 · Hoàng Thu "
                 "Trang', article:published_time meta), content ordinary HTML with an h2 and a list; the meta names "
                 "the reporter: the author (no byline in the text)"]),
        P(path=f"{BLOG}/ra-mat-htx-du-lich-cong-dong-pac-ngoi", make="landing", date_line=None, dom="title_last",
          title="Ra mắt HTX du lịch cộng đồng Pác Ngòi",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại xã Nam Mẫu, Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Du lịch cộng đồng Pác Ngòi bên hồ Ba Bể.
HTX gồm 24 hộ người Tày làm homestay, chèo thuyền độc mộc và biểu diễn hát then, đàn tính phục vụ du khách.
[img pac-ngoi.png] Các thành viên HTX Du lịch cộng đồng Pác Ngòi trong ngày ra mắt
Liên minh HTX tỉnh sẽ hỗ trợ HTX đào tạo nghiệp vụ lưu trú, quảng bá trên các nền tảng số và kết nối với công ty lữ hành tại Hà Nội.
Lý Văn Sơn
""",
          author="Lý Văn Sơn",
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          notes=["landing post built from elements with no date element: the date is only in the text ('Ngày 12/3', "
                 "no year) and in the blog index card '12/03/2026': midnight; the h1 headline element was added last "
                 "(last in the DOM) but sits on top (top:30px); last paragraph element 'Lý Văn Sơn' (right-aligned): "
                 "part of the text, the author"]),
        P(path=f"{BLOG}/anh-phien-cho-nong-san-htx-ba-be", make="landing", date_line="Ngày đăng: 05/02/2026",
          dom="captions_last",
          title="Ảnh: Phiên chợ nông sản HTX vùng hồ Ba Bể",
          date=datetime(2026, 2, 5),
          body="""
Phiên chợ nông sản HTX vùng hồ Ba Bể (Bắc Kạn cũ) họp vào sáng chủ nhật hằng tuần tại xã Chợ Rã, thu hút đông đảo người dân và du khách.
[img cho-ba-be-1.png] Gian hàng miến dong, bánh gio của HTX Nông sản Ba Bể
[img cho-ba-be-2.png] Cá nướng, măng sặt và rau rừng được bày bán ngay bên bờ hồ
[img cho-ba-be-3.png] Du khách nước ngoài chọn mua thổ cẩm của HTX dệt Tày Nam Mẫu
[img cho-ba-be-4.png] Phiên chợ là nơi các HTX giới thiệu sản phẩm OCOP của địa phương
Ảnh: Đức Thọ
""",
          author="Đức Thọ",
          published=iso(datetime(2026, 2, 5), with_time=False), published_source="date-element",
          evidence=["date-element", "listing"],
          notes=["landing photo story: four image elements (CSS background images) each with a caption paragraph "
                 "element under it; the editor added the four photos first and the four captions after them, so in "
                 "the DOM the captions follow all the photos while on screen each sits under its photo (read by "
                 "top); 'Ngày đăng: 05/02/2026' paragraph element (midnight); 'Ảnh: Đức Thọ' last: the author"]),
        P(path=f"{BLOG}/cong-van-ve-viec-dang-ky-tham-gia-hoi-cho-ocop-2026", account="Admin LMHTX",
          title="Công văn về việc đăng ký tham gia Hội chợ OCOP và sản phẩm HTX năm 2026",
          date=datetime(2026, 1, 16, 14, 0), category="Văn bản",
          body="""
LIÊN MINH HTX TỈNH THÁI NGUYÊN
Số: 21/LMHTX-VP
V/v đăng ký tham gia Hội chợ OCOP và sản phẩm HTX năm 2026
Thái Nguyên, ngày 15 tháng 01 năm 2026
Kính gửi: Các hợp tác xã, liên hiệp hợp tác xã trên địa bàn tỉnh.
Thực hiện Kế hoạch công tác năm 2026, Liên minh HTX tỉnh tổ chức Hội chợ OCOP và sản phẩm HTX tại phường Phan Đình Phùng từ ngày 10 đến ngày 14 tháng 4 năm 2026.
Liên minh HTX tỉnh đề nghị các HTX có nhu cầu đăng ký gian hàng gửi phiếu đăng ký về Văn phòng Liên minh trước ngày 15 tháng 3 năm 2026. Các HTX khu vực Bắc Kạn cũ nộp phiếu tại Văn phòng đại diện phường Đức Xuân.
Nơi nhận: Như trên; Lưu VT.
CHÁNH VĂN PHÒNG Nông Thị Hạnh
""",
          author=None, doc_number="21/LMHTX-VP",
          attachments=[{"path": PDF_PATH, "text": "Tải công văn số 21/LMHTX-VP (PDF)"}],
          **tpl(datetime(2026, 1, 16, 14, 0)),
          notes=["official letter 'Số: 21/LMHTX-VP' in the blog template: place-date line 'Thái Nguyên, ngày 15 tháng "
                 "01 năm 2026' the day before the posting '16/01/2026 14:00'; signer last; meta 'Admin LMHTX' (the "
                 "account): author null; the PDF as a ladi-button element 'Tải công văn…' after the content"]),
        P(path=f"{BLOG}/htx-bac-kan-cu-co-them-9-san-pham-ocop", account="Admin LMHTX",
          title="Các HTX khu vực Bắc Kạn cũ có thêm 9 sản phẩm OCOP",
          date=datetime(2025, 12, 22, 9, 15),
          body="""
Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh vừa công nhận thêm 9 sản phẩm của các HTX khu vực Bắc Kạn cũ đạt từ 3 sao trở lên.
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Miến dong Côn Minh | HTX Nông sản Côn Minh | 4 sao |
| 2 | Hồng không hạt Bằng Vân | HTX Nông nghiệp Bằng Vân | 4 sao |
| 3 | Trà hoa vàng Ba Bể | HTX Dược liệu Ba Bể | 3 sao |
| 4 | Cam quýt Quang Thuận | HTX Cam quýt Quang Thuận | 3 sao |
Đến nay, toàn tỉnh Thái Nguyên có 486 sản phẩm OCOP, trong đó 221 sản phẩm do HTX làm chủ thể.
Bài, ảnh: Ma Thị Ngọc
""",
          author="Ma Thị Ngọc", **tpl(datetime(2025, 12, 22, 9, 15)),
          notes=["blog template post whose content is mostly a data table (one line per row, cells between ' | '); "
                 "meta 'Admin LMHTX' is the account; byline 'Bài, ảnh: Ma Thị Ngọc' closes the content: the author"]),
        P(path=f"{BLOG}/tap-huan-quan-tri-htx-cho-can-bo-cac-xa-moi", make="landing",
          date_line="10:15 | 14/10/2025", dom="insert_late",
          title="Tập huấn quản trị HTX cho cán bộ các xã, phường mới",
          date=datetime(2025, 10, 14, 10, 15),
          lead="Hơn 150 cán bộ phụ trách kinh tế của các xã, phường sau sắp xếp được tập huấn về quản lý nhà nước đối với HTX.",
          body="""
Lớp tập huấn do Liên minh HTX tỉnh tổ chức trong hai ngày tại phường Phan Đình Phùng, với học viên từ 92 xã, phường của tỉnh.
Giảng viên giới thiệu những điểm mới của Luật Hợp tác xã năm 2023 và các nghị định hướng dẫn, quy trình đăng ký HTX tại cấp xã.
Học viên cũng được hướng dẫn cách khảo sát, đánh giá và phân loại HTX theo tiêu chí mới.
[img tap-huan-can-bo-xa.png] Cán bộ các xã, phường trao đổi tại lớp tập huấn
Nguồn: Báo Thái Nguyên
""",
          author=None,
          published=iso(datetime(2025, 10, 14, 10, 15)), published_source="date-element",
          evidence=["date-element", "listing"],
          notes=["landing post: date paragraph element '10:15 | 14/10/2025'; the second body paragraph ('Giảng viên giới "
                 "thiệu…') was inserted later: last element in the DOM (after the photo and 'Nguồn') but placed "
                 "between the first and the third body paragraphs by its top; lead a bold paragraph element; last line 'Nguồn: Báo Thái Nguyên' (a source): "
                 "author null"]),
        P(path=f"{BLOG}/lien-minh-htx-tinh-thai-nguyen-hop-nhat", account="Hoàng Thu Trang", meta_author=True,
          title="Liên minh HTX tỉnh Thái Nguyên chính thức hợp nhất",
          date=datetime(2025, 7, 2, 16, 40),
          lead="Từ ngày 1/7/2025, Liên minh HTX tỉnh Thái Nguyên được hợp nhất từ Liên minh HTX hai tỉnh Thái Nguyên và Bắc Kạn.",
          body="""
Trụ sở chính đặt tại phường Phan Đình Phùng; văn phòng đại diện tại phường Đức Xuân tiếp tục tiếp nhận hồ sơ của các HTX khu vực Bắc Kạn cũ.
[img hop-nhat.png] Lễ công bố quyết định hợp nhất Liên minh HTX tỉnh
Các khoản vay của Quỹ hỗ trợ phát triển HTX hai tỉnh được chuyển giao nguyên trạng, HTX không phải làm lại hồ sơ.
""",
          author="Hoàng Thu Trang", **tpl(datetime(2025, 7, 2, 16, 40)),
          notes=["blog template post with a bold lead; meta names the reporter: the author; on /blog/page/2 only"]),
        P(path=f"{BLOG}/htx-mien-dong-con-minh-mo-rong-vung-nguyen-lieu", account="Admin LMHTX",
          title="HTX miến dong Côn Minh mở rộng vùng nguyên liệu",
          date=datetime(2024, 8, 27, 7, 50),
          body="""
HTX Nông sản Côn Minh (huyện Na Rì, tỉnh Bắc Kạn) vừa ký hợp đồng liên kết trồng 40 ha dong riềng với 120 hộ dân trong xã.
Nhờ máy sấy và dây chuyền tráng miến mới, HTX có thể làm miến quanh năm thay vì chỉ trong mùa khô như trước đây.
[img mien-dong.png] Thành viên HTX Nông sản Côn Minh phơi miến dong
Bài viết chuyển từ Cổng thông tin Liên minh HTX tỉnh Bắc Kạn (cũ).
""",
          author=None, **tpl(datetime(2024, 8, 27, 7, 50)),
          notes=["migrated from the former Bắc Kạn portal (2024): blog template, meta 'Admin LMHTX' (account), no "
                 "byline: author null; the last line (migration note) is part of the text"]),
    ]


# -- LadiPage elements -------------------------------------------------------------------------

class Ids:
    def __init__(self) -> None:
        self.n = 0

    def __call__(self, kind: str) -> str:
        self.n += 1
        return f"{kind}{self.n}"


def bg(src: str) -> str:
    h = hashlib.sha1(src.encode()).hexdigest()[:6]
    return f"/images/lmhtx-tn/{h}-{src}"


def element(eid: str, inner: str, extra: str = "") -> str:
    return f'<div id="{eid}" class="ladi-element"{extra}>{inner}</div>'


def headline(eid: str, text: str, tag: str = "h3") -> str:
    return element(eid, f'<{tag} class="ladi-headline">{esc(text)}</{tag}>')


def paragraph(eid: str, html_text: str) -> str:
    return element(eid, f'<div class="ladi-paragraph">{html_text}</div>')


def image(eid: str, link: str | None = None) -> str:
    a = f'<a href="{link}" class="ladi-link"></a>' if link else ""
    return element(eid, f'<div class="ladi-image"><div class="ladi-image-background"></div></div>{a}')


def box(eid: str) -> str:
    return element(eid, '<div class="ladi-box"></div>')


def button(eid: str, text: str, href: str) -> str:
    return element(eid, f'<div class="ladi-button"><div class="ladi-button-background"></div><div '
                        f'class="ladi-button-headline"><p class="ladi-headline">{esc(text)}</p></div></div>'
                        f'<a href="{href}" class="ladi-link"></a>')


def form(eid: str, ids: Ids) -> str:
    fields = "".join(element(ids("FORM_ITEM"), f'<div class="ladi-form-item-container"><div class="ladi-form-item">'
                                                f'<input autocomplete="off" tabindex="{i}" name="{n}" required '
                                                f'class="ladi-form-control" type="text" placeholder="{p}" value="">'
                                                f'</div></div>')
                     for i, (n, p) in enumerate([("name", "Họ và tên"), ("phone", "Số điện thoại")], 1))
    return element(eid, f'<form autocomplete="off" method="post" class="ladi-form">{fields}'
                        + button(ids("BUTTON"), "GỬI THÔNG TIN", "javascript:void(0)") + "</form>")


def section(sid: str, elements: list[str], height: int, extra_class: str = "") -> str:
    return (f'<div id="{sid}" class="ladi-section{extra_class}"><div class="ladi-section-background"></div>'
            f'<div class="ladi-container">{"".join(elements)}</div></div>')


# -- page chrome -------------------------------------------------------------------------------

def chrome(title: str, sections: list[str], css: list[str], *, head: str = "") -> str:
    ids = Ids()
    ids.n = 900
    nav = [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (BLOG, "Tin tức"), (SIGNUP, "Đăng ký thành viên"),
           (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")]
    hdr = [image("IMAGE_LOGO", "/"), headline("HEADLINE_TODAY", TODAY, "p"), headline("HEADLINE_SLOGAN", HERO, "p")]
    hdr_css = ["#IMAGE_LOGO{top:10px;left:15px;width:180px;height:60px}",
               "#IMAGE_LOGO > .ladi-image > .ladi-image-background{background-image:url(\"/images/lmhtx-tn/logo.png\")}",
               "#HEADLINE_TODAY{top:8px;left:760px;width:200px}", "#HEADLINE_SLOGAN{top:8px;left:220px;width:500px}"]
    for i, (href, text) in enumerate(nav):
        eid = f"HEADLINE_MENU{i + 1}"
        hdr.append(element(eid, f'<h3 class="ladi-headline"><a href="{href}">{esc(text)}</a></h3>'))
        hdr_css.append(f"#{eid}{{top:40px;left:{220 + i * 110}px;width:105px}}")
    footer_els = [paragraph(f"PARAGRAPH_FOOT{i + 1}", esc(x)) for i, x in enumerate(FOOTER)]
    foot_css = [f"#PARAGRAPH_FOOT{i + 1}{{top:{20 + i * 28}px;left:20px;width:900px}}" for i in range(len(FOOTER))]
    popup = element("POPUP_DANGKY", '<div class="ladi-popup"><div class="ladi-popup-background"></div>'
                    + headline("HEADLINE_POPUP1", POPUP[0]) + paragraph("PARAGRAPH_POPUP2", esc(POPUP[1]))
                    + form("FORM_POPUP", ids) + button("BUTTON_POPUP", POPUP[2], "javascript:void(0)") + "</div>")
    zalo = element("BUTTON_ZALO", '<div class="ladi-button"><div class="ladi-button-background"></div><div '
                   f'class="ladi-button-headline"><p class="ladi-headline">{FLOAT[0]}</p></div></div><a '
                   'href="{{base:offsite}}/lmhtx-vn/" class="ladi-link" target="_blank"></a>')
    hotline = element("BUTTON_HOTLINE", f'<div class="ladi-button"><div class="ladi-button-headline"><p '
                      f'class="ladi-headline">{FLOAT[1]}</p></div></div><a href="tel:02083855214" '
                      f'class="ladi-link"></a>')
    style = "".join(hdr_css + css + foot_css + [
        "#POPUP_DANGKY{width:420px;top:0;left:0;bottom:0;right:0;margin:auto;display:none}",
        "#BUTTON_ZALO{position:fixed;right:15px;bottom:90px;width:60px;height:60px}",
        "#BUTTON_HOTLINE{position:fixed;left:15px;bottom:20px;width:200px}"])
    all_sections = ([section("SECTION_HEADER", hdr, 80)] + sections
                    + [section("SECTION_FOOTER", footer_els, 200),
                       section("SECTION_POPUP", [popup], 0, " ladi-section-popup")])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>{esc(title)}</title>{head}
<meta name="format-detection" content="telephone=no">
<meta name="generator" content="LadiPage">
<style id="style_ladi" type="text/css">a,abbr,acronym,address,applet,article,aside,audio,b,big,blockquote,body,button,canvas,caption,center,cite,code,dd,del,details,dfn,div,dl,dt,em,embed,fieldset,figcaption,figure,footer,form,h1,h2,h3,h4,h5,h6,header,hgroup,html,i,iframe,img,input,ins,kbd,label,legend,li,mark,menu,nav,object,ol,output,p,pre,q,ruby,s,samp,section,select,small,span,strike,strong,sub,summary,sup,table,tbody,td,textarea,tfoot,th,thead,time,tr,tt,u,ul,var,video{{margin:0;padding:0;border:0;outline:0;vertical-align:baseline;font-size:100%;font-family:inherit;box-sizing:border-box}}.ladi-wraper{{width:100%;height:100%;min-height:100%;overflow:hidden}}.ladi-section{{margin:0 auto;position:relative}}.ladi-section .ladi-container{{position:relative;max-width:960px;margin:0 auto;height:100%}}.ladi-element{{position:absolute}}.ladi-paragraph{{line-height:1.6;word-break:break-word}}.ladi-image .ladi-image-background{{background-repeat:no-repeat;background-position:left top;background-size:cover;width:100%;height:100%}}</style>
<style id="style_element" type="text/css">{style}</style>
</head>
<body>
<div class="ladi-wraper">
{"".join(all_sections)}
</div>
<div id="backdrop-popup" class="backdrop-popup"></div>
{zalo}{hotline}
<script id="script_lazyload" type="text/javascript">window.lazyload_run=function(){{}};</script>
<script src="/js/ladipage.min.js" type="text/javascript"></script>
<script id="script_event_data" type="application/json">{{"BUTTON_ZALO":{{"type":"button","option.data_event":[{{"type":"link","action":"https://zalo.me/02083855214"}}]}},"POPUP_DANGKY":{{"type":"popup","option.show_popup_welcome_page":true,"option.delay_popup_welcome_page":8}}}}</script>
</body>
</html>
"""


def card(a: LPost, ids: Ids, top: int, left: int) -> tuple[list[str], list[str]]:
    i, h, d, p, b = ids("IMAGE"), ids("HEADLINE"), ids("PARAGRAPH"), ids("PARAGRAPH"), ids("BUTTON")
    els = [image(i, a.path), element(h, f'<h3 class="ladi-headline"><a href="{a.path}">{esc(a.title)}</a></h3>'),
           paragraph(d, f"{a.date:%d/%m/%Y}"), paragraph(p, esc(" ".join(a.summary().split()[:24])) + "..."),
           button(b, "Xem thêm", a.path)]
    pic = a.first_image() or "mac-dinh.png"
    css = [f"#{i}{{top:{top}px;left:{left}px;width:290px;height:180px}}",
           f"#{i} > .ladi-image > .ladi-image-background{{background-image:url(\"{bg(pic)}\")}}",
           f"#{h}{{top:{top + 190}px;left:{left}px;width:290px}}", f"#{d}{{top:{top + 250}px;left:{left}px;width:290px}}",
           f"#{p}{{top:{top + 275}px;left:{left}px;width:290px}}", f"#{b}{{top:{top + 360}px;left:{left}px;width:120px}}"]
    return els, css


def cards_section(sid: str, heading: str, posts: list[LPost], ids: Ids, extra: str = "") -> tuple[str, list[str]]:
    hid = ids("HEADLINE")
    els, css = [headline(hid, heading, "h2")], [f"#{hid}{{top:20px;left:15px;width:930px}}"]
    for k, a in enumerate(posts):
        e, c = card(a, ids, 70 + (k // 3) * 420, 15 + (k % 3) * 315)
        els += e
        css += c
    if extra:
        els.append(extra)
    return section(sid, els, 0), css


def post_sections(a: LPost, others: list[LPost]) -> tuple[list[str], list[str]]:
    ids = Ids()
    css: list[str] = []
    if a.make == "template":
        lead = f'<p><strong>{esc(a.lead)}</strong></p>' if a.lead else ""
        rows, parts = [], [lead]
        for b in a.blocks:
            if b.kind == "p" and b.text.startswith("| "):
                cells = b.text.strip("| ").split(" | ")
                rows.append("<tr>" + "".join(f"\n<td>{esc(c)}</td>" for c in cells) + "\n</tr>")
                continue
            if rows:
                parts.append('<table border="1" style="border-collapse:collapse;width:100%"><tbody>' + "".join(rows)
                             + "</tbody></table>")
                rows = []
            if b.kind == "p":
                right = len(b.text) < 45 and b.text.startswith("Bài, ảnh")
                parts.append(f'<p style="text-align:right"><strong>{inline_html(b.text)}</strong></p>' if right
                             else f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                parts.append(f"<h2>{inline_html(b.text)}</h2>")
            elif b.kind == "ul":
                parts.append("<ul>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + "</ul>")
            elif b.kind == "img":
                parts.append(f'<figure class="image"><img src="{bg(b.src)}" alt="{attr(b.text)}"><figcaption>'
                             f'{esc(b.text)}</figcaption></figure>')
        who = f'<span class="ladi-blog-post-author">{esc(a.account)}</span>'
        post = element("BLOG_POST1", f'<div class="ladi-blog-post"><div class="ladi-blog-post-category"><a '
                                     f'href="{CATEGORY}">{esc(a.category)}</a></div><h1 class="ladi-blog-post-title">'
                                     f'{esc(a.title)}</h1><div class="ladi-blog-post-meta"><span '
                                     f'class="ladi-blog-post-date">{a.date:%d/%m/%Y %H:%M}</span> · {who}</div><div '
                                     f'class="ladi-blog-post-content">{"".join(parts)}</div></div>')
        els = [post]
        css.append("#BLOG_POST1{top:30px;left:15px;width:930px;position:relative}")
        if a.attachments:
            x = a.attachments[0]
            els.append(button("BUTTON_TAI_VE", x["text"], x["path"]))
            css.append("#BUTTON_TAI_VE{top:auto;left:15px;width:420px;position:relative}")
        main = section("SECTION_POST", els, 0)
    else:
        # visual order: (kind, html) with tops; DOM order differs by a.dom
        vis: list[tuple[str, str, int]] = []  # (id, html, height)
        tid = "HEADLINE" + str(40 + len(a.title) % 7)
        vis.append((tid, headline(tid, a.title, "h1"), 90))
        if a.date_line:
            vis.append(("PARAGRAPH_DATE", paragraph("PARAGRAPH_DATE", esc(a.date_line)), 30))
        if a.lead:
            pid = ids("PARAGRAPH")
            vis.append((pid, paragraph(pid, f"<strong>{esc(a.lead)}</strong>"), 60))
        captions: list[tuple[str, str, int]] = []
        for b in a.blocks:
            if b.kind == "img":
                iid = ids("IMAGE")
                vis.append((iid, image(iid), 420))
                css.append(f"#{iid} > .ladi-image > .ladi-image-background{{background-image:url(\"{bg(b.src)}\")}}")
                if b.text:
                    cid = ids("PARAGRAPH")
                    item = (cid, paragraph(cid, f"<em>{esc(b.text)}</em>"), 40)
                    vis.append(item)
                    captions.append(item)
            elif b.kind == "p":
                pid = ids("PARAGRAPH")
                right = len(b.text) < 30
                inner = f'<span style="float:right">{inline_html(b.text)}</span>' if right else inline_html(b.text)
                vis.append((pid, paragraph(pid, inner), 30 + len(b.text) // 3))
        top = 30
        for eid, _, h in vis:
            css.append(f"#{eid}{{top:{top}px;left:15px;width:930px}}")
            top += h + 16
        dom = list(vis)
        if a.dom == "title_last":
            dom = dom[1:] + dom[:1]
        elif a.dom == "captions_last":
            dom = [x for x in dom if x not in captions] + captions
        elif a.dom == "insert_late":
            late = dom[4]  # the third body paragraph, inserted after the rest
            dom = [x for x in dom if x is not late] + [late]
        boxid = ids("BOX")
        css.append(f"#{boxid}{{top:0;left:0;width:960px;height:{top}px}}")
        main = section("SECTION_POST", [box(boxid)] + [h for _, h, _ in dom], top)
    ids3 = Ids()
    ids3.n = 300
    other, other_css = cards_section("SECTION_OTHER", "BÀI VIẾT KHÁC", others[:3], ids3)
    ids2 = Ids()
    ids2.n = 500
    cta = section("SECTION_CTA", [headline("HEADLINE_CTA", LABELS[3], "h3"), form("FORM_CTA", ids2)], 0)
    return [main, other, cta], css + other_css + ["#HEADLINE_CTA{top:20px;left:15px;width:600px}",
                                                    "#FORM_CTA{top:70px;left:15px;width:600px}"]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thai-nguyen", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    plain_page = site.page

    def html_page(path: str, content: str, **kw) -> None:
        """Served by route (text/html): a listing and its articles share a path prefix (/x and /x/y)."""
        plain_page(path, content, **({"content_type": "text/html; charset=utf-8"} | kw))

    site.page = html_page
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in items:
        others = [x for x in items if x is not a]
        secs, css = post_sections(a, others)
        head = (f'\n<meta name="description" content="{attr(a.summary())}">\n<meta property="og:title" '
                f'content="{attr(a.title)}">\n<meta property="og:type" content="article">')
        if a.make == "template":
            head += f'\n<meta property="article:published_time" content="{iso(a.date)}">'
        site.page(a.path, chrome(a.title, secs, css, head=head))
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Công văn số 21/LMHTX-VP", ["DANG KY THAM GIA HOI CHO OCOP VA SAN PHAM HTX 2026",
                                                         "Lien minh HTX tinh Thai Nguyen"]))
    site.trap("every page is LadiPage sections of absolutely positioned div.ladi-element (header: logo, today "
              "'Thứ Hai, 23/11/2026', menu headlines; footer paragraphs; a hidden popup section with a ladi-form "
              "'ĐĂNG KÝ NHẬN BẢN TIN HỢP TÁC XÃ'; floating 'Chat Zalo' and 'Gọi ngay' buttons); after each post a "
              "'BÀI VIẾT KHÁC' section of three cards (title, date, excerpt, 'Xem thêm') and a sign-up form",
              items[0].path)

    # blog index /blog, /blog/page/2: cards
    pages = [items[i:i + PER] for i in range(0, len(items), PER)]
    for k, chunk in enumerate(pages):
        ids = Ids()
        pager = "".join(f'<a href="{BLOG}{"/page/" + str(j + 1) if j else ""}" class="ladi-pagination-item'
                        f'{" active" if j == k else ""}">{j + 1}</a>' for j in range(len(pages)))
        sec, css = cards_section("SECTION_BLOG", "TIN TỨC - SỰ KIỆN", chunk, ids,
                                 extra=element("PAGINATION1", f'<div class="ladi-pagination">{pager}</div>'))
        css.append(f"#PAGINATION1{{top:{70 + ((len(chunk) + 2) // 3) * 420}px;left:15px;width:930px}}")
        url = BLOG if k == 0 else f"{BLOG}/page/{k + 1}"
        site.page(url, chrome("Tin tức - Liên minh HTX tỉnh Thái Nguyên", [sec], css))
        site.non_articles.append(url)
    cat = [a for a in items if a.category == "Tin hoạt động"][:6]
    sec, css = cards_section("SECTION_CAT", "TIN HOẠT ĐỘNG", cat, Ids())
    site.page(CATEGORY, chrome("Tin hoạt động - Liên minh HTX tỉnh Thái Nguyên", [sec], css))
    site.non_articles.append(CATEGORY)
    site.trap("blog index /blog (cards: image, title headline, 'dd/mm/yyyy' paragraph, excerpt, 'Xem thêm' button; "
              "six a page, /blog/page/2 holding the oldest) and the category page: not articles", f"{BLOG}/page/2")

    # landing pages
    def landing(path: str, title: str, blocks: list[tuple[str, str]]) -> None:
        ids = Ids()
        els, css, top = [], [], 30
        for kind, text in blocks:
            eid = ids("HEADLINE" if kind.startswith("h") else "PARAGRAPH")
            els.append(headline(eid, text, kind) if kind.startswith("h") else paragraph(eid, esc(text)))
            css.append(f"#{eid}{{top:{top}px;left:15px;width:930px}}")
            top += 40 + len(text) // 3
        secs = [section("SECTION_MAIN", els, top)]
        if path == "/":
            sec, c = cards_section("SECTION_NEWS", "TIN TỨC MỚI", items[:6], ids)
            secs.append(sec)
            css += c
        if path in (SIGNUP, CONTACT, "/"):
            ids.n = 700
            secs.append(section("SECTION_FORM", [headline("HEADLINE_CTA", LABELS[3]), form("FORM_CTA", ids)], 0))
        site.page(path, chrome(title, secs, css))
        site.non_articles.append(path)

    landing("/", "Liên minh Hợp tác xã tỉnh Thái Nguyên", [
        ("h1", "Liên minh HTX tỉnh Thái Nguyên"),
        ("p", "Liên minh HTX tỉnh Thái Nguyên hỗ trợ hơn 1.300 hợp tác xã và 9.000 tổ hợp tác trên địa bàn tỉnh về "
              "đào tạo, tư vấn, xúc tiến thương mại, chuyển đổi số và tiếp cận vốn."),
        ("h2", "1.300+ HTX thành viên"), ("h2", "486 sản phẩm OCOP"), ("h2", "92 xã, phường")])
    landing(ABOUT, "Giới thiệu - Liên minh HTX tỉnh Thái Nguyên", [
        ("h1", "Giới thiệu Liên minh Hợp tác xã tỉnh Thái Nguyên"),
        ("p", "Liên minh Hợp tác xã tỉnh Thái Nguyên được hợp nhất từ Liên minh Hợp tác xã tỉnh Thái Nguyên và Liên "
              "minh Hợp tác xã tỉnh Bắc Kạn theo Nghị quyết số 202/2025/QH15 của Quốc hội, hoạt động từ ngày 01 tháng 7 "
              "năm 2025."),
        ("p", "Liên minh là tổ chức chính trị - xã hội, làm nòng cốt trong tuyên truyền, vận động phát triển kinh tế "
              "tập thể; đại diện, bảo vệ quyền và lợi ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ "
              "hợp tác thành viên."),
        ("p", "Cơ quan Liên minh gồm Văn phòng, các ban chuyên môn, Quỹ hỗ trợ phát triển hợp tác xã và Văn phòng "
              "đại diện tại phường Đức Xuân phục vụ các hợp tác xã khu vực Bắc Kạn cũ.")])
    landing(SIGNUP, "Đăng ký thành viên - Liên minh HTX tỉnh Thái Nguyên", [
        ("h1", "Đăng ký gia nhập Liên minh HTX tỉnh"),
        ("p", "Hợp tác xã, liên hiệp hợp tác xã tán thành Điều lệ Liên minh, tự nguyện gia nhập và đóng phí thành "
              "viên theo quy định."),
        ("p", "Điền thông tin vào biểu mẫu dưới đây, cán bộ Liên minh sẽ liên hệ hướng dẫn trong vòng 3 ngày làm việc.")])
    landing(CONTACT, "Liên hệ - Liên minh HTX tỉnh Thái Nguyên", [
        ("h1", "Liên hệ"), ("p", "Văn phòng Liên minh HTX tỉnh Thái Nguyên làm việc từ thứ Hai đến thứ Sáu.")])
    ids = Ids()
    gal_els, gal_css = [headline("HEADLINE_GAL", "THƯ VIỆN ẢNH", "h1")], ["#HEADLINE_GAL{top:20px;left:15px}"]
    for k in range(6):
        iid = ids("IMAGE")
        gal_els.append(image(iid))
        gal_css += [f"#{iid}{{top:{80 + (k // 3) * 220}px;left:{15 + (k % 3) * 315}px;width:300px;height:200px}}",
                    f"#{iid} > .ladi-image > .ladi-image-background{{background-image:url(\"{bg(f'gal-{k}.png')}\")}}"]
    site.page(GALLERY, chrome("Thư viện ảnh", [section("SECTION_GALLERY", gal_els, 600)], gal_css))
    site.non_articles.append(GALLERY)
    site.trap("landing pages of the same make: the home (hero, counters, 'TIN TỨC MỚI' cards, a form), the "
              "introduction /gioi-thieu (h1 headline element + three long paragraph elements, no date), member "
              "sign-up and contact (a ladi-form), gallery (image elements only): not articles", ABOUT)
    site.static("/robots.txt", "User-agent: *\nAllow: /\n")
    return site
