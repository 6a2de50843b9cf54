"""Site `cong-cantho` (registry family `generic`): the Liên minh Hợp tác xã thành phố Cần Thơ as a *site* of the
city's e-government portal on **Liferay DXP 7.4** (the platform most Vietnamese provincial portals moved to): the
alliance's pages live under `/web/lmhtx/...` inside the portal's own header, city menu and footer; written as a
held-out test: no family module, no selectors.

Why it is hard: a news item is shown by an Asset Publisher portlet at
`/web/lmhtx/tin-tuc/-/asset_publisher/<instanceId>/content/<url-title>`, linked with `?redirect=<the listing's
URL, encoded>` (another value on each listing page and on the tag page), at the friendly alias
`/web/lmhtx/-/<url-title>` (the home page's portlet), under the "Văn bản" page's own portlet instance
(`/web/lmhtx/van-ban/-/asset_publisher/<otherId>/content/<url-title>`) and as the print pop-up
(`?p_p_state=pop_up&_…_viewMode=print`): one article. The page has no heading for the story: the `<h1>`-like
site name is the alliance's, the `<h2>` the portlet's title ("Tin tức - Sự kiện"), and the title is the Asset
Publisher's `p.component-title span.asset-title`; the text is the `journal-content-article` of a custom web
content template (date line "Thứ Sáu, 16/01/2026 - 08:30", a bold lead, the body). `og:title` is the page's
name ("Tin tức"), `<meta name="description">` the site's. A notice uses the "Thông báo" template without a date:
only the listing's "20/03/2026" dates it. A migrated item of the former Hậu Giang portal shows "22/10/2024"
(no time) and "Cập nhật: 01/07/2025". Listings are paged by `?p_p_id=…&_…_cur=2&_…_delta=5`; the tag filter is
`?p_r_p_tag=ocop`; the search, documents table, gallery, contact, an introduction that looks like an article,
and the city portal's own pages are not articles; `/c/portal/login` is robots-disallowed; "Hỏi đáp" is gone (404).
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import quote, urlsplit

from .core import TODAY_2026, SiteBuild, attr, esc, inline_html, iso, page_links, pdf, weekday
from .richbody import RichArticle, table_html

SITE = "cong-cantho"
NAME = "Liên minh Hợp tác xã thành phố Cần Thơ"
PORTAL = "Cổng thông tin điện tử thành phố Cần Thơ"
HTML = "text/html; charset=utf-8"
ROOT = "/web/lmhtx"
NEWS = ROOT + "/tin-tuc"
DOCS = ROOT + "/van-ban"
INST, HOME_INST, DOC_INST = "Xq8pLm2ZcV7k", "hP3nT6wQ9rLe", "vB7kR2mN5sJd"
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"
PID = AP + INST
PER = 5
PAGE2 = (f"{NEWS}?p_p_id={PID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_{PID}_cur=2&_{PID}_delta={PER}")
PAGE1 = (f"{NEWS}?p_p_id={PID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_{PID}_cur=1&_{PID}_delta={PER}")
TAG = f"{NEWS}?p_r_p_tag=ocop"
SEARCH = f"{ROOT}/search?q=OCOP"
LOGIN = "/c/portal/login?p_l_id=20125"
PDF_URL = "/documents/20125/31005/KH-15-LMHTX-2026.pdf/6f1c2a3e-4b5d-4e6f-8a9b-0c1d2e3f4a5b"
PDF_HREF = PDF_URL + "?t=1741078800000"
CATS = {1: "Tin hoạt động", 2: "Kinh tế tập thể", 3: "Văn bản - Thông báo"}

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
CITY = ["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ", "Chính quyền điện tử - Phục vụ người dân và doanh nghiệp",
        "Dịch vụ công trực tuyến", "Sở, ban, ngành", "English"]
SIDE = ["Tin mới", "Thời tiết Cần Thơ", "Trời nắng, có mây", "Độ ẩm: 72%", "Liên kết website",
        "Thống kê truy cập", "Đang trực tuyến: 35", "Tổng lượt truy cập: 2.346.718", "Đường dây nóng: 0292.3820.445"]
LABELS = ["Quay lại", "In trang", "Chia sẻ", "Tin khác", "Từ khóa:", "Xem thêm »", "Đánh giá bài viết", "Đăng nhập"]
FOOTER = ["Cơ quan chủ quản: Ủy ban nhân dân thành phố Cần Thơ",
          "Trang thông tin của Liên minh Hợp tác xã thành phố Cần Thơ - Địa chỉ: Số 105 Trần Hưng Đạo, phường Ninh Kiều, "
          "thành phố Cần Thơ",
          "Điện thoại: 0292.3820.445 - Email: lmhtx@cantho.gov.vn",
          "Giấy phép số 30/GP-TTĐT do Sở Thông tin và Truyền thông thành phố Cần Thơ cấp",
          "Ghi rõ nguồn \"Cổng thông tin điện tử thành phố Cần Thơ\" khi phát hành lại thông tin từ website này.",
          "Powered by Liferay DXP"]
BOILERPLATE = [TODAY, *CITY, *SIDE, *[x for i, x in enumerate(LABELS) if i not in (0, 5)], *FOOTER]


def content(a: RichArticle, inst: str = INST, page: str = NEWS) -> str:
    return f"{page}/-/asset_publisher/{inst}/content/{a.opts['u']}"


def friendly(a: RichArticle) -> str:
    return f"{ROOT}/-/{a.opts['u']}"


def view_url(a: RichArticle, back: str) -> str:
    return f"{content(a)}?redirect={quote(back, safe='')}"


def print_url(a: RichArticle) -> str:
    return f"{content(a)}?p_p_state=pop_up&_{PID}_viewMode=print"


def dated(d: datetime, listing: bool = True) -> dict:
    return dict(published=iso(d), published_source="date-element",
                evidence=["date-element", "listing"] if listing else ["date-element"])


def articles() -> list[RichArticle]:
    A = RichArticle
    return [
        A(path="", title="Thông báo tuyển dụng viên chức Trung tâm Tư vấn và Hỗ trợ hợp tác xã năm 2026",
          date=datetime(2026, 3, 20, 9, 0),
          body="""
Ngày 20/3, Liên minh Hợp tác xã thành phố Cần Thơ thông báo tuyển dụng 04 viên chức làm việc tại Trung tâm Tư vấn và Hỗ trợ hợp tác xã.
Vị trí tuyển dụng gồm 02 chuyên viên tư vấn phát triển HTX, 01 kế toán viên và 01 chuyên viên xúc tiến thương mại.
* Thời gian nhận hồ sơ: trong giờ hành chính, đến hết ngày 20/4;
* Địa điểm: Văn phòng Liên minh HTX thành phố, số 105 Trần Hưng Đạo, phường Ninh Kiều;
* Hình thức tuyển dụng: xét tuyển.
Thông tin chi tiết liên hệ Văn phòng Liên minh HTX thành phố trong giờ hành chính.
""",
          author=None, published=iso(datetime(2026, 3, 20), with_time=False), published_source="listing",
          evidence=["listing"],
          opts={"u": "thong-bao-tuyen-dung-vien-chuc-trung-tam-tu-van-va-ho-tro-hop-tac-xa-nam-2026", "cat": 3,
                "notice": True, "entry": 48213, "tags": []},
          notes=["'Thông báo' web content template: no date line, no byline; the text says 'Ngày 20/3' (no year); the "
                 "listing's metadata-publish-date '20/03/2026' is its only date -> 2026-03-20 from the listing"]),
        A(path="", title="Chủ tịch Liên minh HTX thành phố: Hợp tác xã phải chuyển đổi số để đi xa",
          date=datetime(2026, 3, 5, 9, 0),
          lead="Nhân dịp đầu xuân, phóng viên trao đổi với ông Trần Văn Tâm, Chủ tịch Liên minh HTX thành phố Cần Thơ, "
               "về định hướng phát triển khu vực kinh tế tập thể năm 2026.",
          body="""
**PV: Thưa ông, sau hợp nhất, khu vực HTX của thành phố có những thay đổi gì?**
Ông Trần Văn Tâm: Thành phố hiện có 1.126 HTX với hơn 98.000 thành viên, quy mô gần gấp ba trước đây. Nhiều HTX lúa gạo, trái cây, thủy sản của Sóc Trăng và Hậu Giang cũ bổ sung cho nhau rất tốt.
**PV: Vì sao Liên minh chọn chuyển đổi số làm nhiệm vụ trọng tâm?**
Ông Trần Văn Tâm: Thị trường bây giờ đòi hỏi truy xuất nguồn gốc, bán hàng trên sàn, thanh toán không dùng tiền mặt. HTX không chuyển đổi số thì không thể đi xa.
**PV: Xin cảm ơn ông!**
""",
          byline="Thu Hà", author="Thu Hà", **dated(datetime(2026, 3, 5, 9, 0)),
          opts={"u": "chu-tich-lien-minh-htx-thanh-pho-hop-tac-xa-phai-chuyen-doi-so-de-di-xa", "cat": 1,
                "entry": 48177, "tags": ["chuyen-doi-so"]},
          notes=["interview: bold 'PV: …' questions and 'Ông Trần Văn Tâm: …' answers, one line each; closing right-aligned "
                 "'Thu Hà' (text, author); the title sits in the Asset Publisher's p.component-title span.asset-title, "
                 "not in a heading; og:title is the page's name 'Tin tức'"]),
        A(path="", title="Kế hoạch tổ chức Hội chợ sản phẩm hợp tác xã thành phố Cần Thơ năm 2026",
          date=datetime(2026, 3, 4, 14, 0),
          body="""
LIÊN MINH HTX THÀNH PHỐ CẦN THƠ
Số: 15/KH-LMHTX
Cần Thơ, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức Hội chợ sản phẩm hợp tác xã thành phố Cần Thơ năm 2026
Căn cứ Chương trình công tác năm 2026 của Liên minh Hợp tác xã thành phố Cần Thơ ban hành ngày 12/01/2026;
## I. MỤC ĐÍCH, YÊU CẦU
Quảng bá, giới thiệu sản phẩm của HTX, tổ hợp tác; kết nối HTX với doanh nghiệp phân phối, siêu thị và sàn thương mại điện tử.
## II. NỘI DUNG
* Thời gian: từ ngày 24 đến ngày 28/4/2026;
* Địa điểm: Khu vực Bến Ninh Kiều, phường Ninh Kiều;
* Quy mô: 120 gian hàng của HTX, tổ hợp tác và doanh nghiệp.
## III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh HTX thành phố chủ trì, phối hợp với Trung tâm Tư vấn và Hỗ trợ HTX triển khai Kế hoạch này.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Mỹ Linh
""",
          author=None, doc_number="15/KH-LMHTX", **dated(datetime(2026, 3, 4, 14, 0)),
          attachments=[{"path": PDF_HREF, "text": "KH-15-LMHTX-2026.pdf"}],
          opts={"u": "ke-hoach-to-chuc-hoi-cho-san-pham-hop-tac-xa-thanh-pho-can-tho-nam-2026", "cat": 3,
                "entry": 48160, "tags": ["ocop"], "doc": True},
          notes=["official plan 'Số: 15/KH-LMHTX', place-date line 'Cần Thơ, ngày 02 tháng 3 năm 2026', a cited programme "
                 "of 12/01/2026 and the fair's dates in April; the date line says 04/03/2026 - 14:00; the signer is no "
                 "author: null; the PDF is a Documents and Media link /documents/20125/31005/<file>/<uuid>?t=… after "
                 "'Tải về:' (attachment, not text); also reachable under the 'Văn bản' page's own portlet instance"]),
        A(path="", title="Phiên chợ nông sản OCOP của hợp tác xã tại Bến Ninh Kiều",
          date=datetime(2026, 2, 8, 16, 0),
          lead="Chiều 7/2, gần 60 HTX, tổ hợp tác mang sản phẩm OCOP về Bến Ninh Kiều phục vụ người dân và du khách "
               "dịp cận Tết.",
          body="""
[img phien-cho-ocop-1.png] Gian hàng gạo ST25 của HTX Nông nghiệp Hồ Quang Cua
[img phien-cho-ocop-2.png] Du khách chọn mua bánh pía, lạp xưởng của các HTX vùng Sóc Trăng cũ
[img phien-cho-ocop-3.png] HTX khóm Hỏa Tiến giới thiệu sản phẩm khóm sấy dẻo
Phiên chợ kéo dài đến hết ngày 9/2, doanh thu dự kiến đạt trên 2 tỷ đồng.
""",
          byline="Ảnh: Minh Khang", author="Minh Khang", **dated(datetime(2026, 2, 8, 16, 0)),
          opts={"u": "phien-cho-nong-san-ocop-cua-hop-tac-xa-tai-ben-ninh-kieu", "cat": 1, "entry": 48102,
                "tags": ["ocop"]},
          notes=["photo story: three centred photos with italic caption paragraphs and one paragraph; closing 'Ảnh: "
                 "Minh Khang' (text, author Minh Khang); the lead says 'Chiều 7/2', the date line 08/02/2026 - 16:00"]),
        A(path="", title="Liên minh HTX thành phố Cần Thơ tổng kết công tác năm 2025",
          date=datetime(2026, 1, 16, 8, 30),
          lead="Sáng 15/1, Liên minh HTX thành phố Cần Thơ tổ chức hội nghị tổng kết công tác năm 2025, triển khai "
               "nhiệm vụ năm 2026.",
          body="""
Năm 2025, khu vực kinh tế tập thể của thành phố tiếp tục phát triển, nhiều chỉ tiêu vượt kế hoạch đề ra.
| Chỉ tiêu | Năm 2024 | Năm 2025 |
| Số HTX đang hoạt động | 1.047 | 1.126 |
| HTX thành lập mới | 58 | 79 |
| Sản phẩm OCOP của HTX | 131 | 164 |
| Doanh thu bình quân (tỷ đồng/HTX) | 3,9 | 4,6 |
Năm 2026, Liên minh phấn đấu thành lập mới 80 HTX, hỗ trợ 30 HTX ứng dụng công nghệ số trong quản lý và bán hàng.
""",
          byline="Hồng Nhung", author="Hồng Nhung", **dated(datetime(2026, 1, 16, 8, 30)),
          opts={"u": "lien-minh-htx-thanh-pho-can-tho-tong-ket-cong-tac-nam-2025", "cat": 1, "entry": 48015,
                "tags": []},
          notes=["a data table in the body (one line per row, cells between ' | '); the conference was 'Sáng 15/1', the "
                 "date line says Thứ Sáu, 16/01/2026 - 08:30; closing 'Hồng Nhung' (text, author)"]),
        A(path="", title="HTX Thới An cung ứng 300 tấn gạo thơm cho doanh nghiệp xuất khẩu",
          date=datetime(2025, 12, 10, 10, 15),
          lead="HTX Nông nghiệp Thới An (phường Thới An Đông) vừa ký hợp đồng cung ứng 300 tấn gạo thơm ST25 cho một "
               "doanh nghiệp xuất khẩu.",
          body="""
HTX có 86 thành viên, canh tác 210 ha lúa theo quy trình giảm phát thải, có mã số vùng trồng và nhật ký điện tử.
Giá thu mua cao hơn giá thị trường 300 đồng/kg, giúp thành viên có lãi khoảng 25 triệu đồng/ha mỗi vụ.
Nguồn: Báo Cần Thơ
""",
          author=None, **dated(datetime(2025, 12, 10, 10, 15)),
          opts={"u": "htx-thoi-an-cung-ung-300-tan-gao-thom-cho-doanh-nghiep-xuat-khau", "cat": 2, "entry": 47866,
                "tags": ["ocop"]},
          notes=["closing 'Nguồn: Báo Cần Thơ' is a source, no writer: author null"]),
        A(path="", title="Tập huấn chuyển đổi số cho 120 cán bộ quản lý hợp tác xã",
          date=datetime(2025, 11, 18, 8, 0),
          lead="Từ ngày 12 đến 14/11, Liên minh HTX thành phố phối hợp với Sở Khoa học và Công nghệ tổ chức lớp tập huấn "
               "chuyển đổi số cho 120 cán bộ quản lý HTX.",
          body="""
Học viên được hướng dẫn các nội dung:
* Sử dụng phần mềm kế toán và hóa đơn điện tử;
* Mở gian hàng trên sàn thương mại điện tử;
* Tạo mã QR truy xuất nguồn gốc sản phẩm;
* Thanh toán không dùng tiền mặt.
Sau lớp học, mỗi HTX được hỗ trợ miễn phí 12 tháng sử dụng phần mềm quản lý.
""",
          byline="Quốc Huy", author="Quốc Huy", **dated(datetime(2025, 11, 18, 8, 0)),
          opts={"u": "tap-huan-chuyen-doi-so-cho-120-can-bo-quan-ly-hop-tac-xa", "cat": 1, "entry": 47790,
                "tags": ["chuyen-doi-so"]},
          notes=["a list of four items (one line each); the course ran 12-14/11, the item is of 18/11/2025 08:00"]),
        A(path="", title="Ra mắt Liên minh Hợp tác xã thành phố Cần Thơ sau hợp nhất",
          date=datetime(2025, 7, 8, 15, 30),
          lead="Từ ngày 1/7/2025, Liên minh HTX thành phố Cần Thơ được tổ chức lại trên cơ sở hợp nhất Liên minh HTX "
               "thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang.",
          body="""
[img ra-mat-lien-minh.png] Lãnh đạo thành phố trao quyết định cho Ban Thường vụ Liên minh HTX thành phố
Liên minh HTX thành phố mới có trụ sở tại phường Ninh Kiều và hai văn phòng đại diện tại phường Phú Lợi và phường Vị Thanh.
Ông Trần Văn Tâm được giao giữ chức Chủ tịch Liên minh HTX thành phố nhiệm kỳ 2025-2030.
""",
          byline="Tin, ảnh: Phương Thảo", author="Phương Thảo", **dated(datetime(2025, 7, 8, 15, 30)),
          opts={"u": "ra-mat-lien-minh-hop-tac-xa-thanh-pho-can-tho-sau-hop-nhat", "cat": 1, "entry": 46902,
                "tags": []},
          notes=["the merger's date 1/7/2025 opens the text; the item is of 08/07/2025 15:30; closing 'Tin, ảnh: "
                 "Phương Thảo' -> author Phương Thảo"]),
        A(path="", title="HTX khóm Hỏa Tiến nhận chứng nhận sản phẩm OCOP 4 sao",
          date=datetime(2024, 10, 22),
          lead="HTX Khóm Hỏa Tiến (thành phố Vị Thanh, tỉnh Hậu Giang) vừa được UBND tỉnh công nhận sản phẩm khóm sấy "
               "dẻo đạt OCOP 4 sao.",
          body="""
HTX có 42 thành viên, trồng 85 ha khóm Cầu Đúc theo tiêu chuẩn VietGAP và đầu tư dây chuyền sấy dẻo công suất 2 tấn/ngày.
Sản phẩm đã có mặt tại hệ thống siêu thị ở TP. Hồ Chí Minh và được xuất khẩu sang Hàn Quốc.
""",
          byline="Kim Thoa", author="Kim Thoa", **dated(datetime(2024, 10, 22)),
          opts={"u": "htx-khom-hoa-tien-nhan-chung-nhan-san-pham-ocop-4-sao", "cat": 2, "entry": 31544,
                "tags": ["ocop"], "migrated": True},
          notes=["migrated 2024 item of the former Hậu Giang portal ('thành phố Vị Thanh, tỉnh Hậu Giang'): the date line "
                 "shows '22/10/2024' only (midnight) beside 'Cập nhật: 01/07/2025' (the migration, not the date)"]),
    ]


# -- markup ----------------------------------------------------------------------------------

def doc_img(name: str) -> str:
    return f"/documents/d/lmhtx/{name}"


def date_line(d: datetime) -> str:
    return f"{weekday(d)}, {d:%d/%m/%Y - %H:%M}"


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            if a.opts.get("doc") and b.text.isupper():
                out.append(f'<p style="text-align: center;"><strong>{inline_html(b.text)}</strong></p>')
            else:
                out.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
        elif b.kind in ("ul", "ol"):
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img alt="" src="{doc_img(b.src)}" style="width: 600px;" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            out.append(table_html(b, "table table-bordered"))
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    if a.attachments:
        att = a.attachments[0]
        out.append(f'<p>Tải về: <a href="{attr(att["path"])}" target="_blank">{esc(att["text"])}</a></p>')
    return "\n".join(out)


def journal(a: RichArticle) -> str:
    parts = [f'<div class="clearfix journal-content-article" data-analytics-asset-id="{a.opts["entry"] + 2}" '
             f'data-analytics-asset-title="{attr(a.title)}" data-analytics-asset-type="web-content">']
    if a.opts.get("notice"):
        parts.append(f'<div class="thong-bao"><div class="noi-dung-thong-bao">{body_html(a)}</div></div>')
    else:
        if a.opts.get("migrated"):
            line = (f'<span class="ngay-dang">{a.date:%d/%m/%Y}</span> <span class="ngay-cap-nhat">Cập nhật: '
                    '01/07/2025</span>')
        else:
            line = f'<span class="ngay-dang"><i class="icon-time"></i> {date_line(a.date)}</span>'
        lead = f'<div class="tom-tat"><p><strong>{inline_html(a.lead)}</strong></p></div>' if a.lead else ""
        parts.append(f'<div class="tin-chi-tiet"><div class="thoi-gian">{line}</div>{lead}'
                     f'<div class="noi-dung">{body_html(a)}</div></div>')
    parts.append("</div>")
    return "".join(parts)


def portlet(inst: str, title: str, inner: str, css: str = "") -> str:
    pid = AP + inst
    return (f'<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ '
            f'portlet-static portlet-static-end portlet-decorate portlet-asset-publisher {css}" id="p_p_id_{pid}_">'
            f'<span id="p_{pid}"></span><section class="portlet" id="portlet_{pid}">'
            f'<div class="portlet-content"><div class="autofit-float autofit-row portlet-header">'
            f'<div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">{esc(title)}</h2></div></div>'
            f'<div class=" portlet-content-container"><div class="portlet-body">{inner}</div></div></div></section></div>')


def abstract(a: RichArticle, href: str) -> str:
    pic = a.first_image()
    img = f'<div class="asset-small-image"><img alt="" class="asset-small-image" src="{doc_img(pic)}" width="150" /></div>' \
        if pic else ""
    return (f'<div class="asset-abstract"><div class="asset-title-wrapper"><h3 class="asset-title"><a href="{attr(href)}">'
            f'{esc(a.title)}</a></h3></div><div class="asset-metadata"><span class="metadata-entry metadata-publish-date">'
            f'{a.date:%d/%m/%Y}</span></div><div class="asset-summary">{img}<p>{esc(a.summary())}</p></div>'
            f'<div class="asset-more"><a href="{attr(href)}">{LABELS[5]}</a></div></div>')


def sidebar(arts: list[RichArticle]) -> str:
    news = "".join(f'<li><a href="{attr(view_url(x, NEWS))}">{esc(x.title)}</a> <span class="date">({x.date:%d/%m/%Y})'
                   '</span></li>' for x in arts[:5])
    links = "".join(f'<li><a href="{{{{base:offsite}}}}{h}" target="_blank">{t}</a></li>'
                    for t, h in [("Liên minh HTX Việt Nam", "/lmhtx-vn/"), ("Cổng TTĐT Chính phủ", "/chinh-phu/")])
    return (f'<div class="col-md-4 sidebar">{portlet(HOME_INST, SIDE[0], f"<ul class=tin-moi>{news}</ul>")}'
            f'<div class="portlet-weather"><h2 class="portlet-title-text">{SIDE[1]}</h2><p>30°C</p><p>{SIDE[2]}</p>'
            f'<p>{SIDE[3]}</p></div><div class="portlet-hotline"><p>{SIDE[8]}</p></div>'
            f'<div class="portlet-links"><h2 class="portlet-title-text">{SIDE[4]}</h2><ul>{links}</ul></div>'
            f'<div class="portlet-counter"><h2 class="portlet-title-text">{SIDE[5]}</h2><p>{SIDE[6]}</p><p>{SIDE[7]}</p>'
            '</div></div>')


def layout(title: str, main: str, *, site: str = "lmhtx", page: str = "Tin tức", head: str = "",
           friendly_page: str = "/tin-tuc") -> str:
    city_menu = "".join(f'<li class="lfr-nav-item nav-item"><a class="nav-link" href="{h}">{t}</a></li>' for t, h in
                        [("Trang chủ", "/web/guest"), ("Giới thiệu", "/web/guest/gioi-thieu"),
                         (CITY[2], "{{base:offsite}}/chinh-phu/"), (CITY[3], "{{base:offsite}}/bo-khdt/")])
    own = ""
    if site == "lmhtx":
        items = [("Trang chủ", ROOT), ("Giới thiệu", ROOT + "/gioi-thieu"), ("Tin tức - Sự kiện", NEWS),
                 ("Văn bản", DOCS), ("Thư viện ảnh", ROOT + "/thu-vien-anh"), ("Hỏi đáp", ROOT + "/hoi-dap"),
                 ("Liên hệ", ROOT + "/lien-he")]
        nav = "".join(f'<li class="lfr-nav-item nav-item{" active" if t.startswith(page) else ""}" role="presentation">'
                      f'<a class="nav-link text-truncate" href="{h}" role="menuitem"><span class="text-truncate">{t}</span>'
                      '</a></li>' for t, h in items)
        own = (f'<div class="site-banner"><div id="heading"><div aria-level="1" class="site-title" role="heading">'
               f'<a class="logo custom-logo" href="{ROOT}" title="Đi tới {attr(NAME)}"><img alt="" height="64" '
               f'src="/image/layout_set_logo_lmhtx.png" width="64" /></a><span class="site-name" title="Đi tới {attr(NAME)}">'
               f'{esc(NAME)}</span></div></div><nav class="sort-pages modify-pages" id="navigation" role="navigation">'
               f'<ul aria-label="Các trang của site" class="navbar-site" role="menubar">{nav}</ul></nav>'
               f'<form action="{ROOT}/search" class="search-bar" method="get"><input name="q" placeholder="Tìm kiếm..." '
               'type="text" /><button type="submit">Tìm</button></form></div>')
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="Trang thông tin điện tử Liên minh Hợp tác xã thành phố Cần Thơ" lang="vi-VN" name="description" />
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="{attr(PORTAL)}">
<meta property="og:title" content="{attr(page)} - {attr(NAME)} - {attr(PORTAL)}">
{head}
<link class="lfr-css-file" href="/o/cantho-theme/css/main.css" rel="stylesheet" type="text/css" />
<script src="/o/frontend-js-web/liferay/global.bundle.js" type="text/javascript"></script>
</head>
<body class="controls-visible chrome signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header id="banner" role="banner">
<div class="city-top"><div class="container"><span class="today">{TODAY}</span> <a href="{{{{base:offsite}}}}/chinh-phu/">{CITY[4]}</a>
<a href="{LOGIN}" class="sign-in text-default" data-redirect="false" rel="nofollow">{LABELS[7]}</a></div></div>
<div class="city-banner"><div class="container"><a href="/web/guest"><img alt="" src="/o/cantho-theme/images/quoc-huy.png" /></a>
<div class="city-name"><p class="portal-name">{CITY[0]}</p><p class="slogan">{CITY[1]}</p></div></div></div>
<nav class="city-nav"><ul class="navbar-nav">{city_menu}</ul></nav>
{own}
</header>
<section class="container-fluid flex-fill" id="content">
<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">
{main}
</div></div>
</section>
<footer id="footer" role="contentinfo"><div class="container">
<p class="footer-org">{esc(FOOTER[0])}</p><p>{esc(FOOTER[1])}</p><p>{esc(FOOTER[2])}</p><p>{esc(FOOTER[3])}</p>
<p>{esc(FOOTER[4])}</p><p class="powered-by">{FOOTER[5]}</p></div></footer>
</div></div>
</body>
</html>
"""


def full_content(a: RichArticle, arts: list[RichArticle], title: str = "Tin tức - Sự kiện") -> str:
    others = [x for x in arts if x is not a][:5]
    tin_khac = "".join(f'<li><a href="{attr(view_url(x, NEWS))}">{esc(x.title)}</a> <span class="small">({x.date:%d/%m/%Y})'
                       '</span></li>' for x in others)
    tags = "".join(f'<a class="badge badge-default" href="{NEWS}?p_r_p_tag={t}">{t}</a> ' for t in a.opts["tags"])
    tag_html = f'<div class="asset-tags"><span>{LABELS[4]}</span> {tags}</div>' if tags else ""
    inner = (f'<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title visible">'
             f'<div class="align-items-center d-flex mb-2"><p class="component-title h4">'
             f'<a class="icon-monospaced lfr-portal-tooltip" href="{NEWS}" title="{LABELS[0]}"><svg class="lexicon-icon '
             f'lexicon-icon-angle-left"></svg></a> <span class="asset-title d-inline">{esc(a.title)}</span></p></div>'
             f'<span class="asset-anchor lfr-asset-anchor" id="{a.opts["entry"]}"></span>'
             f'<div class="asset-content mb-3">{journal(a)}</div>{tag_html}'
             f'<div class="asset-share"><span>{LABELS[2]}</span> <a href="javascript:void(0)" class="fb">Facebook</a> '
             f'<a href="{attr(print_url(a))}" target="_blank" class="print">{LABELS[1]}</a></div>'
             f'<div class="asset-ratings"><span>{LABELS[6]}</span> <span class="stars">☆☆☆☆☆</span></div></div>'
             f'<div class="tin-khac"><h3>{LABELS[3]}</h3><ul>{tin_khac}</ul></div>')
    return f'<div class="col-md-8">{portlet(INST, title, inner)}</div>{sidebar(arts)}'


def print_page(a: RichArticle) -> str:
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head><title>{esc(a.title)}</title><meta content="text/html; charset=UTF-8" http-equiv="content-type" /></head>
<body class="portal-popup"><div class="portlet-body"><div class="asset-full-content print">
<p class="component-title h4"><span class="asset-title">{esc(a.title)}</span></p>
{journal(a)}
</div></div><script>window.print();</script></body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "can-tho", NAME, "generic", None, start_urls=["{{base:%s}}%s" % (SITE, ROOT)])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = content(a)

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    for a in arts:
        head = (f'\n<link data-senna-track="temporary" href="{{{{base}}}}{a.path}" rel="canonical" />'
                f'\n<link data-senna-track="temporary" href="{{{{base}}}}{a.path}" hreflang="x-default" rel="alternate" />')
        html = layout(f"{a.title} - Tin tức - {NAME} - {PORTAL}", full_content(a, arts), head=head)
        page(a.path, html)
        site.same_page(friendly(a), a.path)
        site.page(print_url(a), print_page(a), content_type=HTML)
        if a.doc_number:
            site.same_page(content(a, DOC_INST, DOCS), a.path)
        site.add_article(a)
    site.files["_routes/kh-15-lmhtx-2026.pdf"] = pdf("Kế hoạch số 15/KH-LMHTX", [
        "KE HOACH TO CHUC HOI CHO SAN PHAM HTX TP CAN THO NAM 2026", "So: 15/KH-LMHTX"])
    site.routes.append({"path": PDF_URL, "file": "_routes/kh-15-lmhtx-2026.pdf", "content_type": "application/pdf"})
    site.trap("every item answers at the Asset Publisher URL …/tin-tuc/-/asset_publisher/Xq8pLm2ZcV7k/content/<url-title> "
              "(canonical), linked with ?redirect=<listing URL> (another value per listing page and on the tag page), "
              "at the friendly /web/lmhtx/-/<url-title> (home page portlet), as the print pop-up "
              "?p_p_state=pop_up&_…_viewMode=print (a bare page), and a document also under the 'Văn bản' page's "
              "instance: one article", arts[1].path)

    def listing(first: str, heading: str, items: list[RichArticle], pages: list[str]) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(chunks):
            url = pages[n]
            pager = ""
            if len(chunks) > 1:
                lis = "".join(f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" '
                              f'href="{attr(PAGE1 if k == 0 else pages[k])}">{k + 1}</a></li>' for k in range(len(chunks)))
                nxt = (f'<li class="page-item"><a class="page-link" href="{attr(pages[n + 1])}">Sau</a></li>'
                       if n + 1 < len(chunks) else "")
                pager = (f'<div class="pagination-bar"><div class="pagination-results">Đang hiển thị {n * PER + 1} - '
                         f'{n * PER + len(chunk)} mục trong tổng số {len(items)} kết quả.</div>'
                         f'<ul class="pagination">{lis}{nxt}</ul></div>')
            inner = "".join(abstract(a, view_url(a, url)) for a in chunk) + pager
            main = f'<div class="col-md-8">{portlet(INST, heading, inner)}</div>{sidebar(arts)}'
            page(url, layout(f"Tin tức - {NAME} - {PORTAL}", main))
            site.non_articles.append(url)

    listing(NEWS, "Tin tức - Sự kiện", arts, [NEWS, PAGE2])
    listing(TAG, "Tin tức - Sự kiện", [a for a in arts if "ocop" in a.opts["tags"]], [TAG])
    site.page(f"{NEWS}?p_r_p_tag=chuyen-doi-so", layout(f"Tin tức - {NAME} - {PORTAL}", '<div class="col-md-8">' + portlet(
        INST, "Tin tức - Sự kiện", "".join(abstract(a, view_url(a, f"{NEWS}?p_r_p_tag=chuyen-doi-so")) for a in arts
                                           if "chuyen-doi-so" in a.opts["tags"])) + "</div>" + sidebar(arts)),
              content_type=HTML)
    site.non_articles.append(f"{NEWS}?p_r_p_tag=chuyen-doi-so")
    site.trap("listing /web/lmhtx/tin-tuc (abstracts: h3 title link, metadata-publish-date dd/mm/yyyy, summary, "
              "'Xem thêm »') paged by ?p_p_id=…&p_p_lifecycle=0&…_cur=2&…_delta=5; the tag filter ?p_r_p_tag=ocop: "
              "listings, and the only date of the notice", PAGE2)

    rows = "".join(f'<tr><td>{a.doc_number}</td><td>{a.date:%d/%m/%Y}</td><td><a href="'
                   f'{attr(content(a, DOC_INST, DOCS) + "?redirect=" + quote(DOCS, safe=""))}">{esc(a.title)}</a></td></tr>'
                   for a in arts if a.doc_number)
    docs = ('<table class="table table-striped"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th>'
            f'</tr></thead><tbody>{rows}</tbody></table>')
    page(DOCS, layout(f"Văn bản - {NAME} - {PORTAL}", f'<div class="col-md-8">{portlet(DOC_INST, "Văn bản", docs)}</div>'
                      + sidebar(arts), page="Văn bản"))
    home_items = "".join(f'<div class="asset-abstract"><h3 class="asset-title"><a href="{friendly(a)}">{esc(a.title)}</a>'
                         f'</h3><span class="metadata-publish-date">{a.date:%d/%m/%Y}</span></div>' for a in arts[:6])
    home = (f'<div class="col-md-8">{portlet(HOME_INST, "Tin mới nhất", home_items)}'
            f'<p><a href="{NEWS}">Xem tất cả tin tức</a> | <a href="{TAG}">Tin OCOP</a></p></div>{sidebar(arts)}')
    page(ROOT, layout(f"Trang chủ - {NAME} - {PORTAL}", home, page="Trang chủ"))
    site.same_page(ROOT + "/trang-chu", ROOT)
    intro = ('<div class="clearfix journal-content-article" data-analytics-asset-id="20410" data-analytics-asset-title='
             '"Giới thiệu" data-analytics-asset-type="web-content"><div class="tin-chi-tiet"><div class="tom-tat"><p><strong>'
             'Liên minh Hợp tác xã thành phố Cần Thơ là tổ chức kinh tế - xã hội, đại diện và hỗ trợ các hợp tác xã, '
             'tổ hợp tác trên địa bàn thành phố.</strong></p></div><div class="noi-dung"><p>Liên minh có chức năng tuyên '
             'truyền, tư vấn, hỗ trợ thành lập và phát triển hợp tác xã; đào tạo, bồi dưỡng cán bộ; xúc tiến thương mại '
             'cho sản phẩm của hợp tác xã.</p><p><strong>Tổ chức bộ máy</strong></p><ul><li>Văn phòng;</li><li>Ban Tuyên '
             'truyền - Đào tạo;</li><li>Trung tâm Tư vấn và Hỗ trợ hợp tác xã.</li></ul></div></div></div>')
    page(ROOT + "/gioi-thieu", layout(f"Giới thiệu - {NAME} - {PORTAL}", '<div class="col-md-8"><div class="portlet-journal-'
                                      'content"><h2 class="portlet-title-text">Giới thiệu</h2>'
                                      f'<p class="component-title h4"><span class="asset-title">Giới thiệu Liên minh HTX '
                                      f'thành phố Cần Thơ</span></p>{intro}</div></div>{sidebar(arts)}', page="Giới thiệu"))
    gallery = "".join(f'<div class="card"><img alt="" src="{doc_img(b.src)}" /><p class="card-title">{esc(b.text)}</p></div>'
                      for a in arts for b in a.blocks if b.kind == "img" and b.text)
    page(ROOT + "/thu-vien-anh", layout(f"Thư viện ảnh - {NAME} - {PORTAL}", '<div class="col-md-8"><h2 class="portlet-title-'
                                        f'text">Thư viện ảnh</h2><div class="image-gallery">{gallery}</div></div>',
                                        page="Thư viện ảnh"))
    page(ROOT + "/lien-he", layout(f"Liên hệ - {NAME} - {PORTAL}", '<div class="col-md-8"><h2 class="portlet-title-text">Liên '
                                   f'hệ</h2><p>{esc(FOOTER[1])}</p><form action="javascript:void(0)"><input name="_name" />'
                                   '<textarea name="_msg"></textarea><button type="button">Gửi</button></form></div>',
                                   page="Liên hệ"))
    hits = [a for a in arts if "OCOP" in a.title + a.body + (a.lead or "")]
    res = "".join(f'<li class="list-group-item"><h4><a href="{attr(view_url(a, SEARCH))}">{esc(a.title)}</a></h4>'
                  f'<p class="search-document-content">{esc(a.summary()[:120])}</p><span>Nội dung web</span></li>'
                  for a in hits)
    page(SEARCH, layout(f"Tìm kiếm - {NAME} - {PORTAL}", '<div class="col-md-8"><h2 class="portlet-title-text">Tìm kiếm</h2>'
                        f'<p class="search-total-label">{len(hits)} kết quả cho OCOP</p><ul class="list-group">{res}</ul>'
                        '</div>', page="Tìm kiếm"))
    page(ROOT + "/search", layout(f"Tìm kiếm - {NAME} - {PORTAL}", '<div class="col-md-8"><h2 class="portlet-title-text">'
                                  'Tìm kiếm</h2><p>Nhập từ khóa cần tìm.</p></div>', page="Tìm kiếm"))
    site.non_articles += [DOCS, ROOT, ROOT + "/trang-chu", ROOT + "/gioi-thieu", ROOT + "/thu-vien-anh", ROOT + "/lien-he",
                          SEARCH]
    site.trap("the introduction /web/lmhtx/gioi-thieu is a web content with the same template (component-title, bold "
              "lead, paragraphs, a bold heading and a list) but no date: not an article; documents table, gallery, "
              "contact and the search results likewise", ROOT + "/gioi-thieu")
    city = (f'<div class="col-md-12"><h2 class="portlet-title-text">{PORTAL}</h2><p>Chào mừng bạn đến với Cổng thông tin '
            'điện tử thành phố Cần Thơ.</p><ul class="site-links"><li><a href="/web/lmhtx">Liên minh Hợp tác xã thành '
            'phố</a></li><li><a href="{{base:offsite}}/chinh-phu/">Sở Nông nghiệp và Môi trường</a></li>'
            '<li><a href="{{base:offsite}}/bo-khdt/">Sở Tài chính</a></li></ul></div>')
    page("/web/guest", layout(PORTAL, city, site="guest", page="Trang chủ"))
    page("/web/guest/gioi-thieu", layout(f"Giới thiệu - {PORTAL}", '<div class="col-md-12"><h2 class="portlet-title-text">'
                                         'Giới thiệu thành phố Cần Thơ</h2><p>Thành phố Cần Thơ là thành phố trực thuộc '
                                         'trung ương, trung tâm của vùng đồng bằng sông Cửu Long.</p></div>', site="guest",
                                         page="Giới thiệu"))
    site.redirect("/", "/web/guest", 302)
    site.non_articles += ["/web/guest", "/web/guest/gioi-thieu"]
    site.trap("the city portal around the alliance's site: its own top bar (today's date, login), city banner and menu, "
              "city home /web/guest and pages: not the alliance's, not articles", "/web/guest")
    page(LOGIN, layout("Đăng nhập", '<div class="col-md-12"><h2>Đăng nhập</h2><form action="javascript:void(0)">'
                       '<input name="login" /><input name="password" type="password" /></form></div>', site="guest"))
    site.never_fetched.append(LOGIN)
    site.error(ROOT + "/hoi-dap", 404)
    site.static("/robots.txt", "User-Agent: *\nDisallow: /c/\nDisallow: /group/\nDisallow: /user/\nDisallow: /api/\n"
                "Disallow: /o/\n")

    # every URL the pages link for an article is one of its aliases
    keys = {}
    for a in arts:
        for p in (a.path, friendly(a), content(a, DOC_INST, DOCS)):
            keys[p] = a
    for path, html in list(site.html_pages.items()):
        for link in page_links(html, path):
            a = keys.get(urlsplit(link).path)
            if a and link != a.path and link not in a.aliases:
                a.aliases.append(link)
    for a in arts:
        if a.doc_number:
            a.aliases.append(content(a, DOC_INST, DOCS))
        a.aliases.sort(key=lambda x: (len(x), x))
        assert not re.search(r"\s", "".join(a.aliases))
    return site
