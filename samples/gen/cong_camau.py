"""Site `cong-camau` (registry family `generic`): the cooperative alliance's section of the Cà Mau provincial web portal
(Cổng thông tin điện tử tỉnh Cà Mau, the province merged with Bạc Liêu on 1 July 2025), which runs on **Oracle
WebCenter Portal 12c** (ADF Faces pages, Content Presenter templates over WebCenter Content, the kind the Ministry of
Finance's portal runs); written as a held-out test: no family module, no selectors.

Why it is hard: every page is an ADF page `/webcenter/portal/camau/pages_r/l/<page>` wrapped in one `form.af_form`
(method POST) with `af_panel…` layout divs and a portal chrome many times larger than the article (the province's
menu, "Văn bản chỉ đạo điều hành" and "Lịch công tác" boxes full of dates, hotline, weather, counter, poll, links,
a long footer). A news item is a WebCenter Content document shown by the detail page `…/chi-tiet-tin?dDocName=<id>`;
the section's lists link it with ADF's session parameters (`&_adf.ctrl-state=<token>_<n>`, the home with
`&_afrLoop=<16 digits>&_afrWindowMode=0&_afrWindowId=null`) and "In bài" with the print page `…/in-tin?dDocName=<id>`:
the same article, no canonical link anywhere. `<title>` is the PAGE's name ("Chi tiết tin") on every item and there is
no `<h1>`: the title is the Content Presenter's `h2.cp-title`, the date `span.cp-date` "Ngày đăng: 12/03/2026 08:30"
(Vietnam time), the lead `div.cp-sapo`, the text `div.cp-content` (justified `<p>`, photos in `table.image-table` with
a `td.image-caption` line, Word tables, lists), closed either by a right-aligned byline (text) or by `div.cp-tacgia`
"Tác giả: X" after it (author only); files are `/webcenter/contentattachfile/idcplg?dID=<n>&dDocName=<id>&filename=
<name>.pdf` under "Tệp đính kèm:". A "Gương HTX điển hình" item uses a template without date: only its list dates it.
Images are `/webcenter/content/conn/UCM/uuid/dDocName:<id>`. The document register (Số ký hiệu, Ngày ban hành,
Trích yếu) and its records, the section's introduction, contact and search pages are no articles; robots.txt
disallows the sign-in and ADF resource paths.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, SiteBuild, attr, esc, image_for, inline_html, iso, pdf, table_row, weekday
from .richbody import RichArticle, table_html

SITE = "cong-camau"
NAME = "Cổng thông tin điện tử tỉnh Cà Mau"
HTML = "text/html; charset=utf-8"
PORTAL = "/webcenter/portal/camau"
PR = f"{PORTAL}/pages_r/l"
SECTION = f"{PR}/lien-minh-htx"
LIST = f"{PR}/tin-hoat-dong-lmhtx"
MODELS = f"{PR}/guong-htx-dien-hinh"
DOCS = f"{PR}/van-ban-lmhtx"
CONTACT = f"{PR}/lien-he-lmhtx"
ABOUT = f"{PR}/gioi-thieu-lmhtx"
SEARCH = f"{PR}/tim-kiem?keyword=OCOP"
SIGNIN = "/webcenter/portal/signin"
PER = 4

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
HEADER = ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU", "CA MAU PROVINCE PORTAL"]
MENU = [("Trang chủ", PORTAL), ("Giới thiệu", f"{PR}/gioi-thieu-tong-quan"), ("Tin tức - Sự kiện", f"{PR}/tin-tuc-su-kien"),
        ("Chính quyền", f"{PR}/gioi-thieu-tong-quan"), ("Công dân", f"{PR}/tin-tuc-su-kien"),
        ("Doanh nghiệp", f"{PR}/tin-tuc-su-kien"), ("Liên minh HTX", SECTION)]
SIDE = ["Văn bản chỉ đạo điều hành", "Quyết định số 2154/QĐ-UBND ngày 10/11/2026 về việc ban hành Quy chế phối hợp",
        "Chỉ thị số 18/CT-UBND ngày 05/11/2026 về tăng cường công tác phòng chống thiên tai",
        "Lịch công tác", "Lịch công tác tuần 48/2026 của Chủ tịch UBND tỉnh (từ 23/11 đến 29/11/2026)",
        "Đường dây nóng: 0290.3831.888", "Thời tiết Cà Mau", "Cà Mau: 29°C - Có mưa rào", "Thống kê truy cập",
        "Đang trực tuyến: 214", "Tổng lượt truy cập: 38.416.207", "Thăm dò ý kiến",
        "Bạn đánh giá thế nào về Cổng thông tin điện tử tỉnh?", "Dễ tra cứu, thông tin đầy đủ", "Cần cải thiện giao diện",
        "Gửi ý kiến", "Liên kết website", "-- Các sở, ban, ngành --", "Thủ tục hành chính", "Tiếp nhận: 1.852 hồ sơ"]
SECTION_MENU = ["Liên minh Hợp tác xã tỉnh", "Giới thiệu Liên minh", "Tin hoạt động", "Gương HTX điển hình",
                "Văn bản", "Liên hệ"]
LABELS = ["Ngày đăng:", "Lượt xem:", "Tệp đính kèm:", "Tác giả:", "In bài", "Gửi email", "Quay lại", "Tin khác",
          "Chia sẻ", "Facebook", "Zalo"]
FOOTER = ["Cơ quan chủ quản: Ủy ban nhân dân tỉnh Cà Mau",
          "Cơ quan thường trực: Văn phòng UBND tỉnh Cà Mau",
          "Giấy phép số 32/GP-TTĐT ngày 18/8/2025 của Cục Phát thanh, truyền hình và thông tin điện tử",
          "Địa chỉ: Số 02 đường Hùng Vương, phường Tân Thành, tỉnh Cà Mau",
          "Điện thoại: 0290.3831.888 - Email: congthongtin@camau.gov.vn",
          "Ghi rõ nguồn \"Cổng thông tin điện tử tỉnh Cà Mau\" khi phát hành lại thông tin từ website này."]
BOILERPLATE = [NAME, TODAY, *HEADER, *SIDE, *SECTION_MENU[1:], *LABELS, *FOOTER]


def detail(doc: str) -> str:
    return f"{PR}/chi-tiet-tin?dDocName={doc}"


def printed(doc: str) -> str:
    return f"{PR}/in-tin?dDocName={doc}"


def ctrl(url: str, n: int) -> str:
    return f"{url}&_adf.ctrl-state=1bd9x0tq7l_{n}"


def loop(url: str, k: int) -> str:
    return f"{url}&_afrLoop={4170213697721946 + k * 7919}&_afrWindowMode=0&_afrWindowId=null"


def img_url(doc: str) -> str:
    return f"/webcenter/content/conn/UCM/uuid/dDocName:{doc}"


def attach(did: int, doc: str, name: str) -> str:
    return f"/webcenter/contentattachfile/idcplg?dID={did}&dDocName={doc}&filename={name}"


def shown(d: datetime) -> dict:
    return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


FORM_FILE = attach(154318, "CMU0314507", "Mau-ho-so-de-nghi-ho-tro-HTX-2026.pdf")


def articles() -> list[RichArticle]:
    A = RichArticle
    D = datetime
    return [
        A(path=detail("CMU0314522"), title="Cà Mau: 26 HTX nuôi tôm ứng dụng công nghệ cao cho lợi nhuận gấp đôi",
          lead="Năm 2025, toàn tỉnh có 26 HTX nuôi tôm siêu thâm canh, thâm canh ứng dụng công nghệ cao, lợi nhuận bình quân gấp đôi nuôi quảng canh cải tiến.",
          body="""
Các HTX tập trung ở các xã Tân Thuận, Đất Mũi, Hồ Thị Kỷ và vùng ven biển phía Đông thuộc tỉnh Bạc Liêu cũ, tổng diện tích nuôi trên 520 ha.
[img CMU0314530] Ao nuôi tôm siêu thâm canh của HTX Thủy sản Tân Thuận
Theo Liên minh HTX tỉnh, năng suất bình quân đạt 35 tấn/ha/vụ; nhiều HTX đã ký hợp đồng bao tiêu với doanh nghiệp chế biến xuất khẩu.
[img CMU0314531] Thành viên HTX thu hoạch tôm thẻ chân trắng
Năm 2026, Liên minh HTX tỉnh phối hợp với ngân hàng hỗ trợ thêm 10 HTX vay vốn đầu tư hệ thống ao lót bạt, xử lý nước thải.
""", byline="Trúc Linh", author="Trúc Linh",
          opts={"views": 1245, "loop": 1, "print": True},
          notes=["detail page …/chi-tiet-tin?dDocName=CMU0314522: <title> 'Chi tiết tin' (the page's name), no <h1>; "
                 "h2.cp-title, span.cp-date 'Ngày đăng: 12/03/2026 08:30', div.cp-sapo (lead), div.cp-content with two "
                 "table.image-table photos (td.image-caption lines); the right-aligned 'Trúc Linh' closes it (author)",
                 "the same document at &_adf.ctrl-state=…_<n> (the lists), &_afrLoop=…&_afrWindowMode=0&_afrWindowId=null "
                 "(the section home) and its print page …/in-tin?dDocName=… ('In bài'): aliases"],
          **shown(D(2026, 3, 12, 8, 30))),
        A(path=detail("CMU0314511"), title="Kế hoạch số 20/KH-LMHTX tuyên truyền Luật Hợp tác xã năm 2023 trên địa bàn tỉnh năm 2026",
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH CÀ MAU
Số: 20/KH-LMHTX
Cà Mau, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Tuyên truyền Luật Hợp tác xã năm 2023 trên địa bàn tỉnh năm 2026
## I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về bản chất, vai trò của HTX trong nền kinh tế thị trường.
## II. NỘI DUNG, HÌNH THỨC
- Tổ chức 12 hội nghị tuyên truyền tại các xã có nhiều HTX nông nghiệp, thủy sản;
- Biên soạn 5.000 tờ gấp giới thiệu những điểm mới của Luật Hợp tác xã năm 2023;
- Phối hợp với Báo và Phát thanh, Truyền hình Cà Mau thực hiện chuyên mục "Kinh tế tập thể" hằng tháng.
## III. TỔ CHỨC THỰC HIỆN
Ban Tuyên truyền - Thi đua chủ trì, phối hợp với các ban, đơn vị thuộc Liên minh HTX tỉnh triển khai thực hiện.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Huỳnh Văn Tâm
""", author=None, doc_number="20/KH-LMHTX",
          opts={"views": 386, "print": True},
          notes=["plan 'Số: 20/KH-LMHTX' dated 'Cà Mau, ngày 02 tháng 3 năm 2026' in the text, posted 06/03/2026 15:10; "
                 "capital headings, '- ' paragraphs; signer last (text, author null); its register record "
                 "…/chi-tiet-van-ban?dDocName=… (Số ký hiệu, Ngày ban hành, Trích yếu) is no article"],
          **shown(D(2026, 3, 6, 15, 10))),
        A(path=detail("CMU0314507"), title="Hướng dẫn hồ sơ đề nghị hỗ trợ phát triển HTX năm 2026",
          lead="Liên minh HTX tỉnh hướng dẫn các HTX lập hồ sơ đề nghị hỗ trợ theo chính sách phát triển kinh tế tập thể năm 2026.",
          body="""
HTX được hỗ trợ đào tạo, bồi dưỡng nguồn nhân lực, xúc tiến thương mại, ứng dụng khoa học công nghệ và đầu tư kết cấu hạ tầng.
Hồ sơ gửi về Văn phòng Liên minh HTX tỉnh trước ngày 15/4/2026; mẫu hồ sơ trong tệp đính kèm.
""", author="Hồng Nhung",
          attachments=[{"path": FORM_FILE, "text": "Mau-ho-so-de-nghi-ho-tro-HTX-2026.pdf"}],
          opts={"views": 902, "tacgia": True},
          notes=["'Tệp đính kèm:' after the text: /webcenter/contentattachfile/idcplg?dID=154318&dDocName=…&filename="
                 "Mau-ho-so-de-nghi-ho-tro-HTX-2026.pdf (an attachment, no text); 'Tác giả: Hồng Nhung' in div.cp-tacgia "
                 "after the text: author, not text"],
          **shown(D(2026, 2, 25, 9, 0))),
        A(path=detail("CMU0314498"), title="Kết quả hoạt động của HTX tỉnh Cà Mau năm 2025",
          body="""
Năm 2025, khu vực kinh tế tập thể tỉnh Cà Mau tiếp tục phát triển; toàn tỉnh có 742 HTX đang hoạt động.
| STT | Chỉ tiêu | Đơn vị tính | Năm 2024 | Năm 2025 |
| 1 | Số HTX đang hoạt động | HTX | 698 | 742 |
| 2 | Số thành viên | Người | 24.310 | 26.085 |
| 3 | Doanh thu bình quân một HTX | Triệu đồng | 2.140 | 2.390 |
| 4 | Thu nhập bình quân của lao động | Triệu đồng/tháng | 6,1 | 6,6 |
Số HTX xếp loại tốt, khá chiếm 51%.
""", byline="Nguồn: Sở Nông nghiệp và Môi trường tỉnh Cà Mau", author=None,
          opts={"views": 517},
          notes=["a Word table (table.MsoTableGrid): one line per row; 'Nguồn: …' is no author"],
          **shown(D(2026, 2, 11, 10, 15))),
        A(path=detail("CMU0314486"), title="Liên minh HTX tỉnh triển khai 5 nhiệm vụ trọng tâm năm 2026",
          lead="Năm 2026, Liên minh HTX tỉnh Cà Mau tập trung thực hiện 5 nhiệm vụ trọng tâm.",
          body="""
* Kiện toàn tổ chức bộ máy Liên minh HTX tỉnh sau hợp nhất;
* Thành lập mới ít nhất 80 HTX, trong đó 20 HTX thủy sản;
* Hỗ trợ 30 sản phẩm của HTX đạt chứng nhận OCOP;
* Giải ngân 40 tỷ đồng từ Quỹ hỗ trợ phát triển HTX;
* Nhân rộng mô hình HTX nuôi tôm - rừng đạt chứng nhận quốc tế.
""", author=None,
          opts={"views": 655},
          notes=["a five-item list; no byline: author null"],
          **shown(D(2026, 1, 27, 14, 0))),
        A(path=detail("CMU0314470"), title="HTX Nông nghiệp Thới Bình: Nâng giá trị lúa - tôm",
          body="""
HTX Nông nghiệp Thới Bình có 86 thành viên, canh tác 310 ha theo mô hình lúa - tôm.
HTX liên kết với doanh nghiệp bao tiêu lúa hữu cơ với giá cao hơn thị trường 10%; tôm nuôi xen trong ruộng lúa cho thu nhập thêm 60 triệu đồng/ha/năm.
Ông Nguyễn Văn Út, Giám đốc HTX, cho biết HTX đang hoàn thiện hồ sơ đề nghị công nhận sản phẩm gạo lúa - tôm đạt OCOP 3 sao.
""", byline="Kim Ngân", author="Kim Ngân",
          opts={"views": 433, "model": True},
          notes=["a 'Gương HTX điển hình' item: its template shows no date (no Ngày đăng, no metadata); only the list "
                 "…/guong-htx-dien-hinh dates it '(20/01/2026)' -> published from the listing, midnight"],
          date=D(2026, 1, 20), published=iso(D(2026, 1, 20), with_time=False), published_source="listing",
          evidence=["listing"]),
        A(path=detail("CMU0314455"), title="Ảnh: Làng nghề khô Rạch Gốc vào mùa Tết",
          lead="Cận Tết, các cơ sở của HTX Chế biến thủy sản Rạch Gốc làm việc hết công suất.",
          body="""
[img CMU0314456] Thành viên HTX phơi khô cá đù trên sân phơi
[img CMU0314457] Tôm khô Rạch Gốc được phân loại trước khi đóng gói
[img CMU0314458] Sản phẩm tôm khô của HTX đạt OCOP 4 sao
""", byline="Ảnh: Minh Quân", author="Minh Quân",
          opts={"views": 1102},
          notes=["photo story: three image-table photos, their td.image-caption lines; 'Ảnh: Minh Quân' -> author"],
          **shown(D(2026, 1, 9, 16, 45))),
        A(path=detail("CMU0312207"), title="HTX Muối Đông Hải mở rộng diện tích làm muối trải bạt",
          body="""
HTX Muối Đông Hải (huyện Đông Hải, tỉnh Bạc Liêu) mở rộng diện tích làm muối trải bạt lên 45 ha, năng suất tăng 30% so với làm muối truyền thống.
Muối trải bạt của HTX sạch, trắng, được các doanh nghiệp chế biến thực phẩm thu mua với giá cao hơn 20%.
""", byline="Thanh Hương", author="Thanh Hương",
          opts={"views": 287},
          notes=["2025 item of the old province ('huyện Đông Hải, tỉnh Bạc Liêu', before the merger), only on the "
                 "list's ?page=2; 'Thanh Hương' closes it (author)"],
          **shown(D(2025, 6, 20, 7, 50))),
    ]


# -- markup ------------------------------------------------------------------------------------

def content_html(a: RichArticle) -> str:
    out: list[str] = []
    for b in a.blocks:
        if b.kind == "img":
            out.append(f'<table class="image-table" align="center" border="0" cellpadding="3" cellspacing="0"><tbody>'
                       f'<tr><td><img src="{img_url(b.src)}" alt="" width="600"></td></tr>'
                       + (f'<tr><td class="image-caption"><em>{inline_html(b.text)}</em></td></tr>' if b.text else "")
                       + "</tbody></table>")
        elif b.kind == "h":
            out.append(f'<p style="text-align:justify"><strong>{inline_html(b.text)}</strong></p>')
        elif b.kind in ("ul", "ol"):
            t = b.kind
            out.append(f"<{t}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{t}>")
        elif b.kind == "table":
            out.append(table_html(b, "MsoTableGrid"))
        elif b.kind == "p":
            text = inline_html(b.text)
            if a.doc_number and (b.text.isupper() or b.text.startswith(("Số:", "Huỳnh Văn"))):
                out.append(f'<p style="text-align:center"><strong>{text}</strong></p>')
            elif a.doc_number and b.text.startswith("Cà Mau, ngày"):
                out.append(f'<p style="text-align:right"><em>{text}</em></p>')
            else:
                out.append(f'<p style="text-align:justify">{text}</p>')
    if a.byline:
        out.append(f'<p style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


class Portal:
    def __init__(self, news: list[RichArticle]):
        self.news = news

    def chrome(self, page_title: str, action: str, main: str) -> str:
        menu = "".join(f'<li class="af_commandNavigationItem"><a href="{h}" class="af_goLink">{esc(t)}</a></li>'
                       for t, h in MENU)
        sec = [(SECTION_MENU[0], SECTION), (SECTION_MENU[1], ABOUT), (SECTION_MENU[2], LIST),
               (SECTION_MENU[3], MODELS), (SECTION_MENU[4], DOCS), (SECTION_MENU[5], CONTACT)]
        secmenu = ('<div class="section-nav af_panelGroupLayout"><div class="section-nav-title">' + esc(sec[0][0]) + "</div><ul>"
                   + "".join(f'<li><a class="af_goLink" href="{h}">{esc(t)}</a></li>' for t, h in sec[1:]) + "</ul></div>")
        right = (f'<div class="box vanban"><div class="box-title">{SIDE[0]}</div><ul>'
                 f'<li><a href="{PR}/van-ban-chi-dao">{esc(SIDE[1])}</a></li><li><a href="{PR}/van-ban-chi-dao">{esc(SIDE[2])}</a></li>'
                 f'</ul></div><div class="box lichct"><div class="box-title">{SIDE[3]}</div><p><a href="{PR}/lich-cong-tac">'
                 f'{esc(SIDE[4])}</a></p></div><div class="box hotline"><p>{esc(SIDE[5])}</p></div>'
                 f'<div class="box weather"><div class="box-title">{SIDE[6]}</div><p>{esc(SIDE[7])}</p></div>'
                 f'<div class="box counter"><div class="box-title">{SIDE[8]}</div><p>{SIDE[9]}</p><p>{SIDE[10]}</p></div>'
                 f'<div class="box poll"><div class="box-title">{SIDE[11]}</div><p>{esc(SIDE[12])}</p>'
                 f'<label><input type="radio" name="poll"> {esc(SIDE[13])}</label><label><input type="radio" name="poll"> '
                 f'{esc(SIDE[14])}</label><button type="button" class="af_button">{SIDE[15]}</button></div>'
                 f'<div class="box tthc"><div class="box-title">{SIDE[18]}</div><p>{esc(SIDE[19])}</p></div>'
                 f'<div class="box links"><div class="box-title">{SIDE[16]}</div><select class="af_selectOneChoice" '
                 f'onchange="window.open(this.value)"><option>{esc(SIDE[17])}</option>'
                 f'<option value="{{{{base:offsite}}}}/chinh-phu/">Cổng thông tin điện tử Chính phủ</option></select>'
                 f'<ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh Hợp tác xã Việt Nam</a></li>'
                 f'</ul></div>')
        foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
        return f"""<!DOCTYPE html>
<html lang="vi-VN" dir="ltr" class="p_AFMaximized">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(page_title)}</title>
<link rel="icon" href="/webcenter/portal/camau/favicon.png" type="image/png">
<link rel="stylesheet" href="/webcenter/afr/alta-v1/skin-camau.css" type="text/css">
<script src="/webcenter/afr/partition/gecko/default/opt/boot-12.2.1.4.0.js"></script>
<script>var _adf_ctrl_state = "1bd9x0tq7l_4"; AdfPage.PAGE.setLocale("vi-VN");</script>
</head>
<body dir="ltr" class="AFMaximized">
<form id="T:f1" name="T:f1" class="af_form" method="POST" action="{attr(action)}">
<div id="T:pt_psl1" class="af_panelStretchLayout">
<div id="T:pt_top" class="portal-header af_panelGroupLayout">
<div class="topline"><span class="today">{esc(TODAY)}</span> <a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">English</a>
<a href="{SIGNIN}" class="af_goLink">Đăng nhập</a></div>
<div class="banner"><img src="/webcenter/portal/camau/banner.png" alt=""><div class="banner-text"><span class="b1">{HEADER[0]}</span>
<span class="b2">{HEADER[1]}</span></div></div>
<div class="search"><input type="text" class="af_inputText_content" name="T:it1" placeholder="Tìm kiếm"><a href="{SEARCH}" class="af_commandImageLink">Tìm</a></div>
<ul class="topmenu af_navigationPane">{menu}</ul></div>
<div id="T:pt_center" class="af_panelGridLayout"><div class="af_gridRow">
<div class="af_gridCell col-left">{secmenu}</div>
<div class="af_gridCell col-main"><div id="T:r1:0:cp1" class="af_contentPresenter">
{main}
</div></div>
<div class="af_gridCell col-right">{right}</div></div></div>
<div id="T:pt_bottom" class="portal-footer af_panelGroupLayout">{foot}</div>
</div>
<input type="hidden" name="org.apache.myfaces.trinidad.faces.FORM" value="T:f1">
<input type="hidden" name="javax.faces.ViewState" value="!-1d8cp0xw4u">
</form>
</body>
</html>
"""

    def article(self, p: RichArticle) -> str:
        o = p.opts
        date = "" if o.get("model") else f'<span class="cp-date">Ngày đăng: {p.date:%d/%m/%Y %H:%M}</span> '
        meta = f'<div class="cp-meta">{date}<span class="cp-views">Lượt xem: {o["views"]:,}</span></div>'.replace(",", ".")
        sapo = f'<div class="cp-sapo"><strong>{inline_html(p.lead)}</strong></div>' if p.lead else ""
        tacgia = f'<div class="cp-tacgia" style="text-align:right"><strong>Tác giả: {esc(p.author)}</strong></div>' \
            if o.get("tacgia") else ""
        att = ""
        if p.attachments:
            x = p.attachments[0]
            att = (f'<div class="cp-attach"><span class="af_outputLabel">Tệp đính kèm:</span> '
                   f'<a href="{attr(x["path"])}" class="af_goLink" target="_blank">{esc(x["text"])}</a></div>')
        doc = p.path.split("=")[1]
        tools = (f'<div class="cp-tools"><a class="af_goLink" href="{printed(doc)}" target="_blank">In bài</a> '
                 '<a class="af_goLink" href="javascript:void(0)">Gửi email</a> <a href="javascript:history.back()">Quay lại</a>'
                 ' <span>Chia sẻ</span> <a href="javascript:void(0)">Facebook</a> <a href="javascript:void(0)">Zalo</a></div>')
        others = [q for q in self.news if q is not p][:4]
        other = ('<div class="cp-others"><div class="box-title">Tin khác</div><ul>'
                 + "".join(f'<li><a href="{q.path}">{esc(q.title)}</a> <span class="date">({q.date:%d/%m/%Y})</span></li>'
                           for q in others if not q.opts.get("model")) + "</ul></div>")
        crumbs = (f'<div class="af_breadCrumbs"><a href="{PORTAL}">Trang chủ</a> &gt; <a href="{SECTION}">{SECTION_MENU[0]}</a>'
                  f' &gt; <a href="{MODELS if o.get("model") else LIST}">{SECTION_MENU[3] if o.get("model") else SECTION_MENU[2]}</a></div>')
        main = (f'{crumbs}<div class="cp-chitiet"><h2 class="cp-title">{esc(p.title)}</h2>{meta}{sapo}'
                f'<div class="cp-content">{content_html(p)}</div>{tacgia}{att}{tools}</div>{other}')
        return self.chrome("Chi tiết tin", p.path, main)

    def print_page(self, p: RichArticle) -> str:
        date = "" if p.opts.get("model") else f'<p class="cp-date">Ngày đăng: {p.date:%d/%m/%Y %H:%M}</p>'
        sapo = f'<div class="cp-sapo"><strong>{inline_html(p.lead)}</strong></div>' if p.lead else ""
        return (f'<!DOCTYPE html><html lang="vi-VN"><head><meta charset="UTF-8"><title>In tin</title></head>'
                f'<body onload="window.print()"><div class="print-header">{HEADER[0]}</div><div class="cp-chitiet">'
                f'<h2 class="cp-title">{esc(p.title)}</h2>{date}{sapo}<div class="cp-content">{content_html(p)}</div></div>'
                f'<div class="print-footer">{esc(FOOTER[3])}</div></body></html>')

    def item(self, p: RichArticle, href: str) -> str:
        img = p.first_image()
        pic = f'<img src="{img_url(img)}" alt="" width="160">' if img else ""
        return (f'<div class="cp-item af_panelGroupLayout">{pic}<a class="af_goLink cp-item-title" href="{attr(href)}">'
                f'{esc(p.title)}</a> <span class="cp-item-date">({p.date:%d/%m/%Y})</span>'
                f'<p class="cp-item-sapo">{esc(p.summary())}</p></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ca-mau", "Liên minh Hợp tác xã tỉnh Cà Mau (Cổng thông tin điện tử tỉnh)", "generic", None,
                     start_urls=["{{base:%s}}%s" % (SITE, SECTION)])
    allp = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [p for p in allp if not p.opts.get("model")]
    models = [p for p in allp if p.opts.get("model")]
    portal = Portal(allp)
    site.extra_boilerplate += BOILERPLATE

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    for p in allp:
        doc = p.path.split("=")[1]
        page(p.path, portal.article(p))
        page(printed(doc), portal.print_page(p))
        p.aliases.append(printed(doc))
        for b in p.blocks:
            if b.kind == "img":
                site.binary(img_url(b.src), image_for(b.src))
        site.add_article(p)
    for x in [FORM_FILE]:
        name = "_routes/mau-ho-so-de-nghi-ho-tro-htx-2026.pdf"
        site.files[name] = pdf("Mau ho so", ["MAU HO SO DE NGHI HO TRO HTX 2026"])
        site.routes.append({"path": x, "file": name, "content_type": "application/pdf"})

    # list of news, 4 a page, links with the ADF session parameter
    chunks = [news[i:i + PER] for i in range(0, len(news), PER)]
    urls = [LIST] + [f"{LIST}?page={n}" for n in range(2, len(chunks) + 1)]
    for n, chunk in enumerate(chunks):
        items = []
        for p in chunk:
            href = ctrl(p.path, 5 + n)
            site.same_page(href, p.path)
            p.aliases.append(href)
            items.append(portal.item(p, href))
        pager = ('<div class="cp-pager">' + "".join(
            f'<a class="af_goLink{" selected" if k == n else ""}" href="{u}">{k + 1}</a> ' for k, u in enumerate(urls))
            + (f'<a class="af_goLink" href="{urls[n + 1]}">Xem tiếp</a>' if n + 1 < len(urls) else "") + "</div>")
        main = f'<div class="cp-list"><div class="cp-list-title">{SECTION_MENU[2]}</div>{"".join(items)}{pager}</div>'
        page(urls[n], portal.chrome(SECTION_MENU[2], urls[n], main))
        site.non_articles.append(urls[n])
    # models list: dated items
    items = []
    for p in models:
        href = ctrl(p.path, 9)
        site.same_page(href, p.path)
        p.aliases.append(href)
        items.append(portal.item(p, href))
    main = f'<div class="cp-list"><div class="cp-list-title">{SECTION_MENU[3]}</div>{"".join(items)}</div>'
    page(MODELS, portal.chrome(SECTION_MENU[3], MODELS, main))
    site.non_articles.append(MODELS)
    site.trap("lists …/tin-hoat-dong-lmhtx (4 a page, ?page=2) and …/guong-htx-dien-hinh: title, '(12/03/2026)' and the "
              "lead; every link carries &_adf.ctrl-state=1bd9x0tq7l_<n> (an alias of the item)", f"{LIST}?page=2")

    # section home (start URL): latest items with _afrLoop links
    latest = []
    for k, p in enumerate(news[:5]):
        href = loop(p.path, k) if k < 2 else p.path
        if k < 2:
            site.same_page(href, p.path)
            p.aliases.append(href)
        latest.append(portal.item(p, href))
    intro = ('<div class="cp-intro"><p>Liên minh Hợp tác xã tỉnh Cà Mau là tổ chức kinh tế - xã hội, đại diện cho các HTX, '
             'liên hiệp HTX, tổ hợp tác trên địa bàn tỉnh.</p></div>')
    main = (f'<div class="cp-section"><div class="cp-list-title">{SECTION_MENU[0]}</div>{intro}{"".join(latest)}'
            f'<a class="af_goLink" href="{LIST}">Xem tiếp</a> <a class="af_goLink" href="{MODELS}">{SECTION_MENU[3]}</a></div>')
    page(SECTION, portal.chrome(SECTION_MENU[0], SECTION, main))
    site.non_articles.append(SECTION)

    # document register and its records
    plan = next(p for p in allp if p.doc_number)
    rec = f"{PR}/chi-tiet-van-ban?dDocName=CMU0314512"
    rows = [("Số ký hiệu", "Ngày ban hành", "Trích yếu"), ("20/KH-LMHTX", "02/03/2026", "Kế hoạch tuyên truyền Luật Hợp tác xã năm 2023 năm 2026")]
    reg = ('<table class="af_table vanban-table"><tr><th>' + "</th><th>".join(rows[0]) + "</th></tr>"
           f'<tr><td><a href="{rec}">{rows[1][0]}</a></td><td>{rows[1][1]}</td><td>{esc(rows[1][2])}</td></tr></table>')
    page(DOCS, portal.chrome(SECTION_MENU[4], DOCS, f'<div class="cp-list"><div class="cp-list-title">Văn bản</div>{reg}</div>'))
    page(rec, portal.chrome("Chi tiết văn bản", rec,
                            '<div class="cp-vanban"><table class="af_table"><tr><th>Số ký hiệu</th><td>20/KH-LMHTX</td></tr>'
                            '<tr><th>Ngày ban hành</th><td>02/03/2026</td></tr><tr><th>Người ký</th><td>Huỳnh Văn Tâm</td></tr>'
                            f'<tr><th>Trích yếu</th><td>{esc(rows[1][2])}</td></tr><tr><th>Bài viết</th><td>'
                            f'<a href="{plan.path}">{esc(plan.title)}</a></td></tr></table></div>'))
    site.non_articles += [DOCS, rec]

    # plain portal pages
    def plain(path: str, title: str, html: str) -> None:
        page(path, portal.chrome(title, path, html))
        site.non_articles.append(path)

    plain(ABOUT, SECTION_MENU[1], '<div class="cp-chitiet"><h2 class="cp-title">Giới thiệu Liên minh Hợp tác xã tỉnh Cà Mau</h2>'
          '<div class="cp-content"><p style="text-align:justify">Liên minh HTX tỉnh Cà Mau được kiện toàn từ ngày 01/7/2025 '
          'trên cơ sở hợp nhất Liên minh HTX tỉnh Cà Mau và Liên minh HTX tỉnh Bạc Liêu.</p><p style="text-align:justify">'
          'Liên minh có 4 ban chuyên môn, Quỹ hỗ trợ phát triển HTX và Trung tâm Tư vấn, hỗ trợ HTX.</p></div></div>')
    plain(CONTACT, SECTION_MENU[5], '<div class="cp-chitiet"><h2 class="cp-title">Liên hệ</h2><div class="cp-content">'
          '<p>Văn phòng Liên minh HTX tỉnh Cà Mau: Số 88 đường Lý Thường Kiệt, phường An Xuyên, tỉnh Cà Mau</p>'
          '<p>Điện thoại: 0290.3836.215</p></div></div>')
    hits = [p for p in allp if "OCOP" in p.title + p.body + (p.lead or "")]
    plain(SEARCH, "Tìm kiếm", '<div class="cp-list"><div class="cp-list-title">Kết quả tìm kiếm: OCOP</div>'
          + "".join(portal.item(p, p.path) for p in hits) + "</div>")
    plain(PORTAL, NAME, '<div class="cp-section"><div class="cp-list-title">Tin nổi bật</div><ul>'
          f'<li><a href="{PR}/tin-tuc-su-kien">Tin tức - Sự kiện của tỉnh</a></li><li><a href="{SECTION}">Liên minh HTX tỉnh</a></li></ul></div>')
    plain(f"{PR}/gioi-thieu-tong-quan", "Giới thiệu tổng quan", '<div class="cp-content"><p>Tỉnh Cà Mau có diện tích tự nhiên '
          '7.942 km2, gồm 64 xã, phường.</p></div>')
    plain(f"{PR}/tin-tuc-su-kien", "Tin tức - Sự kiện", '<div class="cp-list"><div class="cp-list-title">Tin tức - Sự kiện</div>'
          f'<p><a href="{SECTION}">Liên minh HTX tỉnh</a></p></div>')
    plain(f"{PR}/van-ban-chi-dao", SIDE[0], f'<div class="cp-list"><ul><li>{esc(SIDE[1])}</li><li>{esc(SIDE[2])}</li></ul></div>')
    plain(f"{PR}/lich-cong-tac", SIDE[3], f'<div class="cp-list"><p>{esc(SIDE[4])}</p></div>')
    site.trap("portal pages in the same ADF chrome: the section home (start URL, with intro and _afrLoop links), the "
              "introduction and contact (cp-title, cp-content, no date), the document register …/van-ban-lmhtx and its "
              "record …/chi-tiet-van-ban?dDocName=CMU0314512, search …/tim-kiem?keyword=OCOP, the province's pages: "
              "no articles", rec)

    site.binary("/webcenter/portal/camau/favicon.png", image_for("favicon"))
    page(SIGNIN, "<!DOCTYPE html><html><head><meta charset='UTF-8'><title>Đăng nhập</title></head><body><form method='post' "
                 "action='/webcenter/wcAuthentication/j_security_check'><input name='j_username'></form></body></html>")
    site.never_fetched.append(SIGNIN)
    site.static("/robots.txt", "User-agent: *\nDisallow: /webcenter/portal/signin\nDisallow: /webcenter/wcAuthentication/\n"
                "Disallow: /webcenter/afr/\nDisallow: /cs/\n")
    site.redirect("/", SECTION, 302)
    site.trap("every item also answers with ADF's session parameters (&_adf.ctrl-state=…, &_afrLoop=…) and as its print "
              "page …/in-tin?dDocName=… ('In bài'): aliases, no canonical link; robots.txt disallows the sign-in "
              "('Đăng nhập'): never fetched", allp[0].path)
    return site
