"""Site `lmhtx-bentre` (registry family `generic`): the portal of the Bến Tre cooperative alliance (before
the 2025 merger into Vĩnh Long) on **Sitefinity** (Telerik, ASP.NET WebForms), built blind as a
held-out test: no family module, no selectors.

Why it is hard: news addresses carry a date, `/tin-tuc/2024/03/14/<slug>`, but that is the day the
item was CREATED in the CMS: on four articles the page's own date in `div.sfnewsAuthorAndDate`
("Đăng bởi Admin | 15/03/2024", no time: midnight) is a later day, and the page wins. "Đăng bởi
Admin" is the CMS account, never the author (one item has its Author field filled with the
reporter's name: that one is the author); bylines are otherwise the last right-aligned paragraph
of `div.sfnewsContent`. The detail widget is `div.sfnewsDetails` > `h1.sfnewsTitle`,
`div.sfnewsAuthorAndDate`, `div.sfnewsSummary` (the lead), `div.sfnewsContent`; under it a
comments widget (`sfcommentsList`: names, "16/03/2024 08:20" stamps and comment text, then a
form) that is no part of the article. Everything sits inside one ViewState `<form
id="aspnetForm">` with RadMenu navigation, breadcrumbs, a "Liên kết website" `<select>`, a
visit counter and a poll. The home page's news widget opens items on the home page itself,
`/trang-chu/2024/03/14/<slug>` (Sitefinity's "same page" detail mode): aliases with a
rel=canonical to `/tin-tuc/…`. Listings `/tin-tuc`, `/tin-tuc/page/2`, taxonomy filters
`/tin-tuc/-in-Category/Categories/<x>` and `/tin-tuc/-in-Tags/Tags/<x>` are lists of
`sfnewsListItem`.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime

from .core import TODAY_2024, Article, SiteBuild, attr, esc, image_for, inline_html, pdf, weekday

SITE = "lmhtx-bentre"
NAME = "Liên minh Hợp tác xã tỉnh Bến Tre"
SHORT = "Liên minh HTX tỉnh Bến Tre"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
HOME_DETAIL = "/trang-chu"
PER = 5
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
SEARCH = "/tim-kiem?searchQuery=OCOP&indexCatalogue=portal&wordsMode=0"
GALLERY = "/thu-vien-anh"
PDF_PATH = "/docs/default-source/van-ban/qd-25-lmhtx.pdf"
PDF_LINK = PDF_PATH + "?sfvrsn=4a2b1c_2"

TODAY = f"{weekday(TODAY_2024)}, ngày {TODAY_2024:%d/%m/%Y}"
SLOGANS = ["Chào mừng kỷ niệm 64 năm Ngày Đồng Khởi (17/01/1960 - 17/01/2024)",
           "Liên minh HTX tỉnh Bến Tre - Đồng hành cùng hợp tác xã xứ Dừa"]
SIDE = ["Tin nổi bật", "Văn bản mới", "Thăm dò ý kiến", "Bạn quan tâm nội dung nào trên cổng thông tin?",
        "Chính sách hỗ trợ HTX", "Gương HTX điển hình", "Giới thiệu sản phẩm OCOP", "Bình chọn", "Xem kết quả",
        "Số lượt truy cập: 1.204.551", "Đang trực tuyến: 37", "Liên kết website", "-- Chọn liên kết --"]
FOOTER = ["CỔNG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ TỈNH BẾN TRE",
          "Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Bến Tre",
          "Địa chỉ: Số 126A đường Nguyễn Thị Định, phường Phú Tân, thành phố Bến Tre, tỉnh Bến Tre",
          "Điện thoại: 0275.3822.547 - Fax: 0275.3825.143 - Email: lmhtx@bentre.gov.vn",
          "Chịu trách nhiệm chính: Ông Huỳnh Văn Thà - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 14/GP-TTĐT ngày 09/5/2019 của Sở Thông tin và Truyền thông tỉnh Bến Tre",
          "Ghi rõ nguồn 'Liên minh HTX tỉnh Bến Tre' khi phát hành lại thông tin từ cổng thông tin này"]
UI = ["Bạn đang ở:", "Bình luận", "Để lại bình luận", "Họ và tên", "Nội dung bình luận", "Gửi bình luận",
      "Bình luận của bạn sẽ được kiểm duyệt trước khi hiển thị.", "Thẻ:", "Chuyên mục:", "In bài viết", "Gửi email",
      "Tài liệu đính kèm", "Tin khác", "Quay lại", "Đăng bởi Admin"]
COMMENTS = {
    "htx-dua-thanh-phu-xuat-khau-dua-xiem-xanh": [
        ("Nguyễn Văn Bé", datetime(2024, 3, 16, 8, 20),
         "HTX cho hỏi thành viên mới muốn tham gia thì cần điều kiện gì? Nhà tôi có 1,5 ha dừa xiêm ở xã An Thạnh."),
        ("Trần Thị Kim Loan", datetime(2024, 3, 17, 19, 45),
         "Mong HTX sớm có thêm đầu ra ổn định, giá dừa mấy tháng nay xuống thấp quá."),
    ],
    "tap-huan-thuong-mai-dien-tu-cho-htx": [
        ("Lê Hoàng Phúc", datetime(2024, 1, 12, 10, 5),
         "Lớp học rất bổ ích, đề nghị Liên minh tổ chức thêm lớp ở huyện Thạnh Phú cho bà con đi lại gần hơn."),
    ],
}
BOILERPLATE = [TODAY, *SLOGANS, *SIDE, *FOOTER, *UI] + [c[2] for cs in COMMENTS.values() for c in cs]


def news_path(slug: str, created: datetime, base: str = NEWS) -> str:
    return f"{base}/{created:%Y/%m/%d}/{slug}"


def dated(d: datetime, url_same: bool) -> dict:
    ev = ["date-element", "listing"] + (["url"] if url_same else [])
    return dict(published=f"{d:%Y-%m-%d}T00:00:00+07:00", published_source="date-element", evidence=ev)


def art(slug: str, created: datetime, shown: datetime, **kw) -> Article:
    a = Article(path=news_path(slug, created), date=shown, **kw, **dated(shown, created.date() == shown.date()))
    a.opts.setdefault("created", created)
    a.opts["slug"] = slug
    return a


def articles() -> list[Article]:
    return [
        art("htx-dua-thanh-phu-xuat-khau-dua-xiem-xanh", datetime(2024, 3, 14), datetime(2024, 3, 15),
            title="HTX Dừa Thạnh Phú xuất khẩu lô dừa xiêm xanh sang Hàn Quốc",
            lead="HTX Nông nghiệp Dừa Thạnh Phú vừa xuất khẩu lô hàng 22 tấn dừa xiêm xanh gọt vỏ sang thị trường Hàn Quốc, mở ra hướng tiêu thụ mới cho nhà vườn.",
            body="""
HTX hiện có 126 thành viên với gần 180 ha dừa xiêm xanh, trong đó 95 ha được cấp chứng nhận hữu cơ theo tiêu chuẩn châu Âu và Mỹ.
Để đáp ứng yêu cầu của đối tác, trái dừa phải đạt trọng lượng từ 1,2 kg trở lên, được gọt vỏ, xử lý và đóng gói ngay trong ngày tại xưởng sơ chế của HTX.
[img dua-thanh-phu.png] Công nhân HTX gọt vỏ, đóng gói dừa xiêm xanh xuất khẩu
Giá thu mua dừa xuất khẩu cao hơn bán cho thương lái từ 15.000 đến 20.000 đồng/chục; HTX dự kiến xuất thêm 6 container trong quý II/2024.
""",
            byline="Thanh Tâm", author="Thanh Tâm", opts={"cats": ["hoat-dong"], "tags": ["dua", "xuat-khau"]},
            notes=["created on 14/03 (the URL /tin-tuc/2024/03/14/…), published 'Đăng bởi Admin | 15/03/2024' in "
                   "div.sfnewsAuthorAndDate (no time: midnight): the page's date wins; 'Admin' is the CMS account; "
                   "byline 'Thanh Tâm' last (right-aligned): part of the text, the author; two comments under it "
                   "(names, '16/03/2024 08:20', text): not text",
                   "also opened by the home page's news widget at /trang-chu/2024/03/14/… (Sitefinity's same-page "
                   "detail, rel=canonical to /tin-tuc/…): an alias"]),
        art("ben-tre-co-them-12-san-pham-ocop-cua-htx", datetime(2024, 3, 8), datetime(2024, 3, 8),
            title="Bến Tre có thêm 12 sản phẩm OCOP của HTX",
            lead="UBND tỉnh vừa công nhận 27 sản phẩm đạt chuẩn OCOP đợt 1 năm 2024, trong đó có 12 sản phẩm của các HTX.",
            body="""
Các sản phẩm của HTX được công nhận lần này chủ yếu là sản phẩm chế biến từ dừa, trái cây và thủy sản:
* Kẹo dừa sữa lá dứa của HTX Kẹo dừa Mỏ Cày - 4 sao;
* Bưởi da xanh của HTX Nông nghiệp Thạnh Phú Đông - 4 sao;
* Tôm khô của HTX Thủy sản Bình Thắng - 3 sao;
* Mật hoa dừa của HTX Dừa hữu cơ Giồng Trôm - 3 sao.
Đến nay toàn tỉnh có 298 sản phẩm OCOP, trong đó 86 sản phẩm của HTX.
Nguồn: Báo Đồng Khởi
""",
            author=None, opts={"cats": ["ocop"], "tags": ["ocop"]},
            notes=["URL date = page date (08/03/2024); the text ends with 'Nguồn: Báo Đồng Khởi' (right-aligned "
                   "italic): part of the text, a source, author null"]),
        art("quyet-dinh-kien-toan-hoi-dong-quan-ly-quy-ho-tro-phat-trien-htx", datetime(2024, 2, 28),
            datetime(2024, 3, 1),
            title="Quyết định kiện toàn Hội đồng quản lý Quỹ hỗ trợ phát triển HTX tỉnh",
            body="""
LIÊN MINH HTX TỈNH BẾN TRE
Số: 25/QĐ-LMHTX
Bến Tre, ngày 29 tháng 02 năm 2024
QUYẾT ĐỊNH
Về việc kiện toàn Hội đồng quản lý Quỹ hỗ trợ phát triển hợp tác xã tỉnh Bến Tre
CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ TỈNH BẾN TRE
Căn cứ Điều lệ Liên minh Hợp tác xã tỉnh Bến Tre; căn cứ Quyết định số 1650/QĐ-UBND ngày 12/7/2022 của UBND tỉnh ban hành Điều lệ tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã tỉnh; xét đề nghị của Chánh Văn phòng,
QUYẾT ĐỊNH:
Điều 1. Kiện toàn Hội đồng quản lý Quỹ hỗ trợ phát triển hợp tác xã tỉnh gồm 5 thành viên do Chủ tịch Liên minh HTX tỉnh làm Chủ tịch Hội đồng.
Điều 2. Hội đồng quản lý Quỹ có nhiệm vụ quyết định kế hoạch hoạt động, phê duyệt các khoản cho vay trên 500 triệu đồng và giám sát hoạt động của Ban Điều hành Quỹ.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Giám đốc Quỹ và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
Nơi nhận: Như Điều 3; UBND tỉnh; Lưu VT.
CHỦ TỊCH Huỳnh Văn Thà
""",
            author=None, doc_number="25/QĐ-LMHTX", attachments=[{"path": PDF_LINK, "text": "QĐ 25-LMHTX.pdf"}],
            opts={"cats": ["van-ban"], "tags": ["quy-ho-tro"], "doc": True},
            notes=["official decision: 'Số: 25/QĐ-LMHTX', place-date line 'Bến Tre, ngày 29 tháng 02 năm 2024'; "
                   "created 28/02 (URL), published 'Đăng bởi Admin | 01/03/2024' (the page wins); signer last, author "
                   "null; the PDF from the document library (/docs/default-source/…pdf?sfvrsn=…) under 'Tài liệu "
                   "đính kèm' after the content"]),
        art("anh-hoi-cho-trai-cay-va-san-pham-htx-cho-lach", datetime(2024, 2, 20), datetime(2024, 2, 22),
            title="Ảnh: Hội chợ trái cây và sản phẩm HTX huyện Chợ Lách",
            lead="Hội chợ trái cây và sản phẩm HTX huyện Chợ Lách năm 2024 thu hút hàng nghìn lượt khách tham quan, mua sắm.",
            body="""
Hội chợ diễn ra từ ngày 20 đến 23/2 tại thị trấn Chợ Lách với 85 gian hàng của 34 HTX, tổ hợp tác và cơ sở sản xuất.
[img cho-lach-1.png] Gian hàng sầu riêng, chôm chôm của HTX Nông nghiệp Vĩnh Thành
[img cho-lach-2.png] Khách tham quan chọn mua cây giống tại gian hàng HTX Hoa kiểng Cái Mơn
[img cho-lach-3.png] Sản phẩm OCOP của các HTX được trưng bày tại khu vực riêng
[img cho-lach-4.png] Lãnh đạo Liên minh HTX tỉnh thăm gian hàng của các HTX
""",
            byline="Ảnh: Hữu Hiệp", author="Hữu Hiệp", opts={"cats": ["hoat-dong"], "tags": ["hoi-cho"]},
            notes=["photo story: one paragraph and four photos, each with its caption (centred italic <p> under the "
                   "<img>): one line each; 'Ảnh: Hữu Hiệp' last: part of the text, author Hữu Hiệp; created 20/02 "
                   "(URL), published 22/02/2024 (the page wins)"]),
        art("htx-nuoi-tom-binh-dai-ung-dung-cong-nghe-cao", datetime(2024, 2, 5), datetime(2024, 2, 5),
            title="HTX nuôi tôm Bình Đại ứng dụng công nghệ cao",
            lead="Nhờ chuyển sang nuôi tôm thẻ chân trắng trong ao lót bạt, nhà màng, năng suất của HTX Thủy sản Thừa Đức đạt 35 tấn/ha/vụ.",
            body="""
HTX có 38 thành viên với 42 ha ao nuôi; từ năm 2022, HTX vận động thành viên chuyển sang mô hình nuôi hai giai đoạn có hệ thống xử lý nước tuần hoàn.
[img tom-binh-dai.png] Ao nuôi tôm công nghệ cao của thành viên HTX Thủy sản Thừa Đức
Mô hình giúp giảm dịch bệnh, tiết kiệm 30% lượng nước thay và cho lợi nhuận 800 triệu đến 1 tỷ đồng/ha/vụ.
HTX đang liên kết với hai doanh nghiệp chế biến để bao tiêu toàn bộ sản lượng tôm của thành viên.
""",
            author="Phương Thảo", opts={"cats": ["guong-htx"], "tags": ["thuy-san"], "poster": "Phương Thảo"},
            notes=["the item's Author field is filled with the reporter's name: 'Đăng bởi Phương Thảo | 05/02/2024' "
                   "(the other items say 'Đăng bởi Admin'): author Phương Thảo, not text; no byline in the content"]),
        art("lien-minh-htx-tinh-trien-khai-nhiem-vu-nam-2024", datetime(2024, 1, 16), datetime(2024, 1, 16),
            title="Liên minh HTX tỉnh triển khai nhiệm vụ năm 2024",
            lead="Ngày 15/1, Liên minh HTX tỉnh Bến Tre tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.",
            body="""
Năm 2023, toàn tỉnh thành lập mới 41 HTX, nâng tổng số lên 326 HTX với hơn 23.000 thành viên; có 78% HTX hoạt động đạt hiệu quả từ trung bình trở lên.
## Chỉ tiêu năm 2024
* Thành lập mới 35 HTX, 50 tổ hợp tác;
* 60% HTX nông nghiệp liên kết tiêu thụ sản phẩm;
* Giải ngân 15 tỷ đồng từ Quỹ hỗ trợ phát triển HTX.
[img tong-ket-2023.png] Quang cảnh hội nghị
Dịp này, 10 tập thể và 15 cá nhân được nhận Bằng khen của Liên minh HTX Việt Nam và UBND tỉnh.
""",
            byline="Minh Trí", author="Minh Trí", opts={"cats": ["hoat-dong"], "tags": ["hoi-nghi"]},
            notes=["bold <p> heading and a list; the lead says 'Ngày 15/1' (the event), the page 16/01/2024"]),
        art("tap-huan-thuong-mai-dien-tu-cho-htx", datetime(2024, 1, 9), datetime(2024, 1, 11),
            title="Tập huấn thương mại điện tử cho cán bộ quản lý HTX",
            lead="Hơn 60 cán bộ quản lý HTX trên địa bàn tỉnh được tập huấn kỹ năng bán hàng trên sàn thương mại điện tử và mạng xã hội.",
            body="""
Lớp tập huấn do Liên minh HTX tỉnh phối hợp với Sở Công Thương tổ chức trong hai ngày 9 và 10/1 tại thành phố Bến Tre.
Học viên được hướng dẫn cách chụp ảnh sản phẩm, viết mô tả, mở gian hàng trên các sàn Shopee, Postmart và livestream bán hàng.
Sau lớp học, 18 HTX đã mở gian hàng trực tuyến; Liên minh HTX tỉnh sẽ hỗ trợ chi phí quảng cáo trong 3 tháng đầu cho các HTX này.
""",
            author=None, opts={"cats": ["hoat-dong"], "tags": ["chuyen-doi-so"]},
            notes=["no byline, 'Đăng bởi Admin': author null; created 09/01 (URL), published 11/01/2024 (the page "
                   "wins); the text names 9 and 10/1; a comment of 12/01/2024 10:05 under it: not text"]),
        art("htx-giong-cay-trong-cai-mon-mo-rong-thi-truong", datetime(2023, 12, 26), datetime(2023, 12, 26),
            title="HTX giống cây trồng Cái Mơn mở rộng thị trường",
            lead="Không chỉ bán trong nước, cây giống của HTX Giống cây trồng Cái Mơn đã được xuất sang Campuchia và Lào.",
            body="""
HTX có 52 thành viên là các nhà vườn sản xuất cây giống lâu năm ở xã Vĩnh Thành, Vĩnh Hòa, mỗi năm cung ứng hơn 2 triệu cây giống sầu riêng, bưởi, mít.
[img giong-cai-mon.png] Thành viên HTX chăm sóc vườn ươm cây giống sầu riêng
HTX áp dụng quy trình nhân giống đạt chuẩn, có hồ sơ nguồn gốc cây đầu dòng nên được nhiều doanh nghiệp, trang trại lớn tin dùng.
""",
            byline="Bài, ảnh: Cẩm Trúc", author="Cẩm Trúc", opts={"cats": ["guong-htx"], "tags": ["giong-cay-trong"]},
            notes=["oldest item: page 2 of /tin-tuc; byline 'Bài, ảnh: Cẩm Trúc' -> Cẩm Trúc"]),
    ]


CATS = {"hoat-dong": "Tin hoạt động", "ocop": "Sản phẩm OCOP", "van-ban": "Văn bản", "guong-htx": "Gương HTX"}
TAGS = {"dua": "dừa", "xuat-khau": "xuất khẩu", "ocop": "OCOP", "quy-ho-tro": "quỹ hỗ trợ", "hoi-cho": "hội chợ",
        "thuy-san": "thủy sản", "hoi-nghi": "hội nghị", "chuyen-doi-so": "chuyển đổi số",
        "giong-cay-trong": "giống cây trồng"}


# -- markup ------------------------------------------------------------------------------------

def img(name: str) -> str:
    return f"/images/default-source/tin-tuc/2024/{name}"


def viewstate(path: str) -> str:
    seed = hashlib.sha256(path.encode()).digest() * 12
    return base64.b64encode(b"\xff\x01\x0f\x0f\x05\x0b" + seed).decode()


def content_html(a: Article) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="{img(b.src)}" alt="{attr(b.text)}" '
                       f'sfref="[images|OpenAccessDataProvider]{hashlib.md5(b.src.encode()).hexdigest()[:8]}" '
                       'style="width: 600px;" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{inline_html(b.text)}</em></p>')
        elif b.kind == "h":
            out.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.text.startswith("Nguồn:"):
            out.append(f'<p style="text-align: right;"><em>{inline_html(b.text)}</em></p>')
        elif a.opts.get("doc") and (b.text.isupper() or b.text.startswith(("Số:", "Về việc"))):
            out.append(f'<p style="text-align: center;"><strong>{inline_html(b.text)}</strong></p>')
        elif a.opts.get("doc") and b.text.startswith(("Bến Tre, ngày", "CHỦ TỊCH Huỳnh")):
            out.append(f'<p style="text-align: right;"><em>{inline_html(b.text)}</em></p>')
        else:
            out.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def comments(a: Article) -> str:
    items = COMMENTS.get(a.opts["slug"], [])
    lis = "".join(f'<li class="sfcommentListItem"><div class="sfcommentUser"><strong class="sfcommentAuthor">{esc(n)}'
                  f'</strong> <span class="sfcommentDate">{d:%d/%m/%Y %H:%M}</span></div><div class="sfcommentContent">'
                  f"<p>{esc(t)}</p></div></li>" for n, d, t in items)
    return (f'<div class="sfcommentsWrp" id="commentsWidget"><h2 class="sfcommentsTitle">{UI[1]} ({len(items)})</h2>'
            f'<ul class="sfcommentsList">{lis}</ul><div class="sfcommentsFormWrp"><h3>{UI[2]}</h3>'
            f'<label>{UI[3]}</label><input name="ctl00$content$C004$commentsWidget$txtName" type="text" class="sfTxt">'
            '<label>Email</label><input name="ctl00$content$C004$commentsWidget$txtEmail" type="text" class="sfTxt">'
            f'<label>{UI[4]}</label><textarea name="ctl00$content$C004$commentsWidget$txtMessage" rows="5"></textarea>'
            f'<p class="sfNote">{UI[6]}</p><button type="submit" name="ctl00$content$C004$commentsWidget$btnSubmit" '
            f'class="sfSubmitBtn">{UI[5]}</button></div></div>')


def detail(a: Article, others: list[Article]) -> str:
    poster = a.opts.get("poster", "Admin")
    cats = ", ".join(f'<a href="{NEWS}/-in-Category/Categories/{c}">{CATS[c]}</a>' for c in a.opts["cats"])
    tags = ", ".join(f'<a href="{NEWS}/-in-Tags/Tags/{t}">{esc(TAGS[t])}</a>' for t in a.opts["tags"])
    att = ""
    if a.attachments:
        f = a.attachments[0]
        att = (f'<div class="sfdownloadList"><h3>{UI[11]}</h3><ul><li class="sfpdf"><a href="{f["path"]}" '
               f'target="_blank">{esc(f["text"])}</a> <span class="sfdownloadSize">(214 KB)</span></li></ul></div>')
    other = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="sfnewsDate">({o.date:%d/%m/%Y})</span></li>'
                    for o in others)
    return (f'<div class="sfnewsDetails sfdetails">'
            f'<h1 class="sfnewsTitle">{esc(a.title)}</h1>'
            f'<div class="sfnewsAuthorAndDate">Đăng bởi {esc(poster)} | {a.date:%d/%m/%Y}</div>'
            + (f'<div class="sfnewsSummary">{inline_html(a.lead)}</div>' if a.lead else "")
            + f'<div class="sfnewsContent sfcontent">\n{content_html(a)}\n</div>{att}'
            f'<div class="sfnewsMeta"><span class="sfnewsCategories">{UI[8]} {cats}</span> '
            f'<span class="sfnewsTags">{UI[7]} {tags}</span></div>'
            f'<div class="sfnewsTools"><a href="javascript:window.print()">{UI[9]}</a> | '
            f'<a href="mailto:?subject={attr(a.title)}">{UI[10]}</a> | <a href="{NEWS}">{UI[13]}</a></div>'
            f'</div>{comments(a)}'
            f'<div class="sfnewsOther"><h3 class="sfnewsOtherTitle">{UI[12]}</h3><ul>{other}</ul></div>')


def list_item(a: Article) -> str:
    first = a.first_image()
    thumb = (f'<div class="sfnewsThumb"><a href="{a.path}"><img src="{img(first)}" alt="{attr(a.title)}"></a></div>'
             if first else "")
    return (f'<li class="sfnewsListItem">{thumb}<h2 class="sfnewsTitle"><a href="{a.path}">{esc(a.title)}</a></h2>'
            f'<div class="sfnewsMetaInfo">Ngày đăng: {a.date:%d/%m/%Y}</div>'
            f'<div class="sfnewsSummary">{esc(a.summary())}</div>'
            f'<a class="sfnewsFullStory" href="{a.path}">Xem chi tiết</a></li>')


def breadcrumb(items: list[tuple[str | None, str]]) -> str:
    parts = [f'<a href="{h}">{esc(t)}</a>' if h else f'<span class="sfCurrentNode">{esc(t)}</span>' for h, t in items]
    return (f'<div class="sfBreadcrumbWrp"><span class="sfBreadcrumbLabel">{UI[0]}</span> <div class="sfBreadcrumbNavigation">'
            + '<span class="sfBreadcrumbNodeSeparator">»</span>'.join(parts) + "</div></div>")


class Layout:
    def __init__(self, hot: list[Article], docs: list[Article]):
        self.hot = hot
        self.docs = docs

    def __call__(self, path: str, title: str, main: str, head: str = "") -> str:
        menu = "".join(f'<li class="rmItem"><a class="rmLink" href="{h}"><span class="rmText">{esc(t)}</span></a></li>'
                       for h, t in [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"),
                                    (f"{NEWS}/-in-Category/Categories/van-ban", "Văn bản"),
                                    (f"{NEWS}/-in-Category/Categories/ocop", "Sản phẩm OCOP"), (GALLERY, "Thư viện ảnh"),
                                    (CONTACT, "Liên hệ")])
        hot = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.hot)
        docs = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.docs)
        poll = "".join(f'<li><input type="radio" name="ctl00$side$poll" value="{i}"> <label>{esc(o)}</label></li>'
                       for i, o in enumerate(SIDE[4:7], 1))
        links = "".join(f'<option value="{{{{base:offsite}}}}{h}">{esc(t)}</option>' for h, t in
                        [("/chinh-phu/", "Cổng TTĐT Chính phủ"), ("/lmhtx-vn/", "Liên minh HTX Việt Nam"),
                         ("/bentre-gov/", "Cổng TTĐT tỉnh Bến Tre"), ("/baodongkhoi/", "Báo Đồng Khởi")])
        footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:])
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head><meta charset="utf-8" /><title>
	{esc(title)}
</title>
<meta name="Generator" content="Sitefinity 10.2.6602.0 PE" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link href="/ResourcePackages/Bootstrap/assets/dist/css/main.min.css" type="text/css" rel="stylesheet" />
<link href="/Sitefinity/WebsiteTemplates/LMHTX/App_Themes/LMHTX/global/portal.css" type="text/css" rel="stylesheet" />
{head}
</head>
<body>
<form method="post" action="{attr(path)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="ctl00_ScriptManager1_TSM" id="ctl00_ScriptManager1_TSM" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(path)}" />
</div>
<script src="/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ctl00_ScriptManager1_TSM&amp;compress=1" type="text/javascript"></script>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" /></div>
<div id="wrapper">
<div class="header-top"><div class="container"><span class="today">{TODAY}</span>
<div class="top-right"><a href="/Sitefinity/Authenticate/SWT">Đăng nhập</a> | <a href="{SEARCH}">Tìm kiếm</a></div></div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/images/default-source/default-album/logo-lmhtx-bentre.png" alt="{attr(SHORT)}" /></a>
<div class="site-name"><span class="name1">LIÊN MINH HỢP TÁC XÃ TỈNH BẾN TRE</span><span class="name2">BEN TRE COOPERATIVE ALLIANCE</span></div></div>
<div class="slogan"><marquee scrollamount="3">{" ★ ".join(esc(s) for s in SLOGANS)}</marquee></div></div>
<div id="ctl00_Header_T0C4B2A11001_ctl00_ctl00_navigationUl" class="RadMenu RadMenu_Sitefinity"><ul class="rmRootGroup rmHorizontal">{menu}</ul></div>
<div class="container sf_cols"><div class="sf_colsOut sf_2cols_1_67"><div class="sf_colsIn sf_2cols_1in_67" id="content">
{main}
</div></div>
<div class="sf_colsOut sf_2cols_2_33"><div class="sf_colsIn sf_2cols_2in_33" id="sidebar">
<div class="sfContentBlock box"><h3 class="box-title">{SIDE[0]}</h3><ul class="sfnewsList sfnewsListTitleDate">{hot}</ul></div>
<div class="sfContentBlock box"><h3 class="box-title">{SIDE[1]}</h3><ul>{docs}</ul></div>
<div class="sfContentBlock box"><h3 class="box-title">{SIDE[2]}</h3><p>{SIDE[3]}</p><ul class="poll">{poll}</ul>
<button type="submit" name="ctl00$side$btnVote">{SIDE[7]}</button> <button type="submit" name="ctl00$side$btnResult">{SIDE[8]}</button></div>
<div class="sfContentBlock box"><h3 class="box-title">{SIDE[11]}</h3><select name="ctl00$side$ddlLinks" onchange="window.open(this.value)"><option value="">{SIDE[12]}</option>{links}</select></div>
<div class="sfContentBlock box counter"><p>{SIDE[9]}</p><p>{SIDE[10]}</p></div>
</div></div></div>
<div class="footer"><div class="container"><p class="footer-title">{FOOTER[0]}</p>{footer}</div></div>
</div>
<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {{ $create(Telerik.Web.UI.RadMenu, {{"_skin":"Sitefinity"}}, null, null, $get("ctl00_Header_T0C4B2A11001_ctl00_ctl00_navigationUl")); }});
//]]>
</script>
</form>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ben-tre", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    docs = [a for a in posts if "van-ban" in a.opts["cats"]]
    layout = Layout(posts[:5], docs)
    home_items = posts[:3]

    for a in posts:
        others = [o for o in posts if o is not a and o.date < a.date][:4] or [o for o in posts if o is not a][:4]
        crumbs = breadcrumb([("/", "Trang chủ"), (NEWS, "Tin tức"), (None, a.title)])
        head = f'<link rel="canonical" href="{{{{base}}}}{a.path}" />\n<meta name="description" content="{attr(a.summary())}" />'
        page = layout(a.path, a.title, crumbs + detail(a, others), head)
        site.page(a.path, page, content_type=HTML)
        if a in home_items:
            alias = news_path(a.opts["slug"], a.opts["created"], HOME_DETAIL)
            site.page(alias, layout(alias, a.title, breadcrumb([("/", "Trang chủ"), (None, a.title)]) + detail(a, others),
                                    head), content_type=HTML)
            a.aliases.append(alias)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(img(b.src), image_for(b.src))
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Quyết định số 25/QĐ-LMHTX", ["QUYET DINH KIEN TOAN HOI DONG QUAN LY QUY",
                                                          "Lien minh HTX tinh Ben Tre"]))

    # listings: /tin-tuc, /tin-tuc/page/2, category and tag filters
    def listing(url: str, title: str, items: list[Article], pager: str = "") -> None:
        crumbs = [("/", "Trang chủ"), (None, "Tin tức")] if url == NEWS else [("/", "Trang chủ"), (NEWS, "Tin tức"),
                                                                                (None, title)]
        main = (breadcrumb(crumbs)
                + f'<h1 class="sfPageTitle">{esc(title)}</h1><ul class="sfnewsList sfnewsListTitleSummaryDate">'
                + "".join(list_item(a) for a in items) + f"</ul>{pager}")
        site.page(url, layout(url, title, main), content_type=HTML)
        site.non_articles.append(url)

    pages = [posts[i:i + PER] for i in range(0, len(posts), PER)]
    for n, chunk in enumerate(pages, 1):
        url = NEWS if n == 1 else f"{NEWS}/page/{n}"
        pager = ('<div class="sf_pagerNumeric">' + "".join(
            f'<a class="sf_PagerCurrent">{k}</a>' if k == n else f'<a href="{NEWS if k == 1 else f"{NEWS}/page/{k}"}">{k}</a>'
            for k in range(1, len(pages) + 1)) + "</div>")
        listing(url, "Tin tức", chunk, pager)
    for c, name in CATS.items():
        listing(f"{NEWS}/-in-Category/Categories/{c}", f"Tin tức - {name}", [a for a in posts if c in a.opts["cats"]])
    for t in sorted({t for a in posts for t in a.opts["tags"]}):
        listing(f"{NEWS}/-in-Tags/Tags/{t}", f"Tin tức - {TAGS[t]}", [a for a in posts if t in a.opts["tags"]])
    site.trap("listing /tin-tuc with a numeric pager to /tin-tuc/page/2 (sfnewsListItem: title, 'Ngày đăng: "
              "dd/mm/yyyy' = the page's date, summary, 'Xem chi tiết'); page 2 holds the three oldest items", f"{NEWS}/page/2")
    site.trap("taxonomy filters /tin-tuc/-in-Category/Categories/<x> and /tin-tuc/-in-Tags/Tags/<x> (every item's "
              "'Chuyên mục:' and 'Thẻ:' links, the menu): the same sfnewsList: not articles",
              f"{NEWS}/-in-Category/Categories/hoat-dong")

    # home (also at /trang-chu): a news widget opening items on the page itself
    home = ('<div class="home-news"><h2 class="box-title">Tin mới</h2><ul class="sfnewsList sfnewsListTitleSummaryDate">'
            + "".join(list_item(a).replace(a.path, news_path(a.opts["slug"], a.opts["created"], HOME_DETAIL))
                      for a in home_items)
            + f'</ul><a href="{NEWS}" class="more">Xem tất cả tin</a></div>'
            '<div class="home-ocop"><h2 class="box-title">Sản phẩm OCOP</h2><ul>'
            + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({a.date:%d/%m/%Y})</li>' for a in posts[3:])
            + "</ul></div>")
    site.page("/", layout("/", "Trang chủ", home), content_type=HTML)
    site.page(HOME_DETAIL, layout(HOME_DETAIL, "Trang chủ", home, '<link rel="canonical" href="{{base}}/" />'),
              content_type=HTML)
    site.non_articles += ["/", HOME_DETAIL]
    site.trap("the home page's news widget links its three newest items as /trang-chu/YYYY/MM/DD/<slug> (Sitefinity "
              "opens the detail on the widget's own page: breadcrumb 'Trang chủ » title', rel=canonical to "
              "/tin-tuc/…): aliases", news_path(posts[0].opts["slug"], posts[0].opts["created"], HOME_DETAIL))

    about = [
        "Liên minh Hợp tác xã tỉnh Bến Tre là tổ chức chính trị - xã hội mang tính kinh tế, đại diện cho các hợp tác xã, "
        "liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh, được thành lập từ năm 1996.",
        "Liên minh có chức năng tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ thành lập hợp tác xã; "
        "đào tạo, bồi dưỡng cán bộ; xúc tiến thương mại và hỗ trợ tiếp cận vốn qua Quỹ hỗ trợ phát triển hợp tác xã.",
        "Bộ máy cơ quan gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Hỗ trợ phát triển hợp tác xã và Quỹ hỗ trợ phát "
        "triển hợp tác xã tỉnh, trụ sở đặt tại phường Phú Tân, thành phố Bến Tre.",
        "Hợp tác xã của tỉnh gắn với các sản phẩm chủ lực như dừa, bưởi da xanh, cây giống, hoa kiểng, thủy sản và du "
        "lịch sinh thái, nhiều sản phẩm đã đạt chứng nhận OCOP và được xuất khẩu."]
    site.page(ABOUT, layout(ABOUT, "Giới thiệu", breadcrumb([("/", "Trang chủ"), (None, "Giới thiệu")])
                            + '<div class="sfContentBlock"><h1 class="sfPageTitle">Giới thiệu</h1>'
                            + "".join(f"<p>{esc(p)}</p>" for p in about) + "</div>"), content_type=HTML)
    site.page(CONTACT, layout(CONTACT, "Liên hệ", breadcrumb([("/", "Trang chủ"), (None, "Liên hệ")])
                              + f'<div class="sfContentBlock"><h1 class="sfPageTitle">Liên hệ</h1><p>{esc(NAME)}</p>'
                              f"<p>{esc(FOOTER[2])}</p><p>{esc(FOOTER[3])}</p></div><div class=\"sfFormsEditor\">"
                              '<input type="text" name="ctl00$content$C001$TextFieldController" class="sfTxt">'
                              '<textarea name="ctl00$content$C001$ParagraphTextFieldController"></textarea>'
                              '<input type="submit" value="Gửi" class="sfSubmitBtn"></div>'), content_type=HTML)
    album = "".join(f'<li><a href="{a.path}"><img src="{img(b.src)}" alt="{attr(b.text)}"></a></li>'
                    for a in posts for b in a.blocks if b.kind == "img")
    site.page(GALLERY, layout(GALLERY, "Thư viện ảnh", breadcrumb([("/", "Trang chủ"), (None, "Thư viện ảnh")])
                              + f'<h1 class="sfPageTitle">Thư viện ảnh</h1><ul class="sfimagesTmbList">{album}</ul>'),
              content_type=HTML)
    found = [a for a in posts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page(SEARCH, layout(SEARCH, "Tìm kiếm", '<h1 class="sfPageTitle">Kết quả tìm kiếm</h1>'
                             f'<p class="sfsearchResultStatistics">Tìm thấy {len(found)} kết quả cho "OCOP"</p>'
                             '<dl class="sfsearchResultsWrp sfsearchReultTitleSnippetUrl">'
                             + "".join(f'<dt><a href="{a.path}">{esc(a.title)}</a></dt><dd>{esc(a.summary())}</dd>'
                                       f'<dd class="sfsearchResultUrl">{{{{base}}}}{a.path}</dd>' for a in found)
                             + "</dl>"), content_type=HTML)
    site.page("/Sitefinity/Authenticate/SWT", '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng '
              'nhập Sitefinity</title></head><body><form method="post"><input name="wrap_name"><input name="wrap_password" '
              'type="password"><input type="submit" value="Đăng nhập"></form></body></html>', content_type=HTML)
    site.non_articles += [ABOUT, CONTACT, GALLERY, SEARCH]
    site.never_fetched.append("/Sitefinity/Authenticate/SWT")
    site.static("/robots.txt", "User-agent: *\nDisallow: /Sitefinity/\nDisallow: /tim-kiem\n")
    site.never_fetched.append(SEARCH)
    site.non_articles.remove(SEARCH)
    site.trap("introduction, contact (a Sitefinity form), photo gallery: not articles; the search results page "
              "/tim-kiem?searchQuery=… and the Sitefinity login are robots-disallowed: never fetch", ABOUT)
    site.static("/Telerik.Web.UI.WebResource.axd", "/* Telerik scripts */\n")
    return site
