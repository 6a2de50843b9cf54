"""Site `lmhtx-laichau` (registry family `generic`): a home-made ASP.NET CMS with Vietnamese class
names, built as a held-out test: no family module, no selectors.

Articles are `/tin-tuc-su-kien/<slug>-<id>.html`; videos `/video/<slug>-<id>.html` and a
caption-only photo post share the shape. The server runs with the en-US culture, so the time line
under the title is MONTH first ("Ngày đăng: 7/16/2024 3:20:45 PM"); the listings print the same
day day-first ("16/07/2024"), and most days are above 12, so the order is evident. Photos and
captions sit in one centred `<p>` (`<img><br><em>caption</em>`). One article is a short intro and
a photo reportage whose long captions are its text. Bylines close the body ("Bài, ảnh: X").
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-laichau"
NAME = "Liên minh Hợp tác xã tỉnh Lai Châu"
SHORT = "Liên minh HTX tỉnh Lai Châu"
HTML = "text/html; charset=utf-8"
CAT = "/tin-tuc-su-kien.html"
TAG = "/tags/ocop.html"
GALLERY = "/thu-vien-anh.html"
CONTACT = "/lien-he.html"
VIDEO = "/video/phong-su-htx-che-tam-duong-vuon-ra-thi-truong-217.html"
STUB = "/tin-tuc-su-kien/anh-htx-hoa-dao-sin-ho-vao-xuan-1096.html"
PDF_PATH = "/Upload/VanBan/2024/HD-07-LMHTX.pdf"

TODAY = f"Hôm nay: {weekday(TODAY_2026)}, ngày {TODAY_2026:%d} tháng {TODAY_2026.month} năm {TODAY_2026:%Y}"
SLOGANS = ["Chào mừng kỷ niệm 20 năm thành lập tỉnh Lai Châu (01/01/2004 - 01/01/2024)",
           "Phát triển kinh tế tập thể - Động lực giảm nghèo bền vững"]
FOOTER = ["TRANG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ TỈNH LAI CHÂU",
          "Người chịu trách nhiệm: Ông Tao Văn Hùng - Phó Chủ tịch Thường trực",
          "Giấy phép số 05/GP-TTĐT ngày 03/8/2020 của Sở Thông tin và Truyền thông tỉnh Lai Châu",
          "Địa chỉ: Tầng 4, Khu hợp khối các cơ quan tỉnh, phường Đông Phong, TP Lai Châu",
          "Điện thoại: 0213.3876.288 - Fax: 0213.3876.289",
          "Thiết kế bởi Trung tâm Công nghệ thông tin và Truyền thông Lai Châu"]
SIDE = ("Tin nổi bật", "Tin xem nhiều", "Thời tiết Lai Châu", "Sương mù buổi sáng, trưa chiều hửng nắng", "Độ ẩm: 88%",
        "Lượt truy cập", "Đang online: 6", "Hôm nay: 158", "Tổng: 287.930", "Liên kết website")
POLL_Q = "Bạn quan tâm nội dung nào nhất trên trang?"
POLL_A = ("Tin hoạt động", "Văn bản, chính sách", "Sản phẩm HTX")
LABELS = ("Ngày đăng:", "Lượt xem:", "Văn bản đính kèm:", "Các tin khác", "Từ khóa:", "Quay lại", "Bản in", "Gửi bạn bè",
          )
BOILERPLATE = [TODAY, *SLOGANS, "Tăng tương phản", "Giảm tương phản", *FOOTER, *SIDE, POLL_Q, *POLL_A, "Biểu quyết", *LABELS]


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/tin-tuc-su-kien/htx-che-tan-uyen-xay-dung-vung-nguyen-lieu-972.html",
          title="HTX chè Tân Uyên xây dựng vùng nguyên liệu chè Shan tuyết",
          date=datetime(2023, 10, 19, 9, 40, 12),
          lead="HTX Chè Tân Uyên liên kết với 140 hộ đồng bào Mông, Dao trồng mới 60 ha chè Shan tuyết tại xã Phúc Khoa.",
          body="""
HTX cung cấp cây giống, phân bón hữu cơ và hướng dẫn kỹ thuật trồng, chăm sóc; các hộ góp đất và công lao động, sản phẩm búp tươi được HTX thu mua theo giá sàn.
[img che-tan-uyen.png] Thành viên HTX chăm sóc nương chè Shan tuyết tại xã Phúc Khoa
Dự kiến sau 3 năm, vùng nguyên liệu cho thu hoạch khoảng 300 tấn búp tươi mỗi năm, tạo việc làm thường xuyên cho gần 200 lao động.
""",
          byline="Bài, ảnh: Lò Thị Hương", author="Lò Thị Hương", **dated(datetime(2023, 10, 19, 9, 40, 12)),
          notes=["the time line under the title is month first (en-US culture): 'Ngày đăng: 10/19/2023 9:40:12 AM'; "
                 "the listing prints 19/10/2023; byline 'Bài, ảnh: Lò Thị Hương' (author: Lò Thị Hương)"]),
        A(path="/tin-tuc-su-kien/lien-minh-htx-tinh-tong-ket-nam-2023-1011.html",
          title="Liên minh HTX tỉnh Lai Châu tổng kết công tác năm 2023",
          date=datetime(2023, 12, 27, 14, 5, 30),
          body="""
Chiều 26/12, Liên minh HTX tỉnh Lai Châu tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
Năm 2023, toàn tỉnh thành lập mới 31 HTX, nâng tổng số lên 289 HTX; doanh thu bình quân đạt 1,4 tỷ đồng/HTX.
## Nhiệm vụ năm 2024
* Thành lập mới ít nhất 25 HTX, trong đó có HTX của đồng bào dân tộc thiểu số ở vùng cao;
* Hỗ trợ 10 HTX xây dựng sản phẩm OCOP;
* Cho vay vốn Quỹ hỗ trợ phát triển HTX 8 tỷ đồng.
[img tong-ket-2023-lc.png] Quang cảnh hội nghị
""",
          byline="Bài, ảnh: Quàng Văn Thanh", author="Quàng Văn Thanh", **dated(datetime(2023, 12, 27, 14, 5, 30))),
        A(path="/tin-tuc-su-kien/huong-dan-xay-dung-phuong-an-sxkd-2024-1045.html",
          title="Hướng dẫn HTX xây dựng phương án sản xuất, kinh doanh năm 2024",
          date=datetime(2024, 2, 20, 8, 15, 0),
          body="""
Liên minh HTX tỉnh ban hành Hướng dẫn số 07/HD-LMHTX về việc xây dựng phương án sản xuất, kinh doanh năm 2024 của HTX.
Phương án cần nêu rõ thị trường tiêu thụ, nhu cầu vốn, dự kiến doanh thu, chi phí và phân phối thu nhập cho thành viên.
Các HTX có nhu cầu vay vốn Quỹ hỗ trợ phát triển HTX gửi phương án kèm hồ sơ vay trước ngày 15/4/2024.
""",
          byline="Văn phòng Liên minh HTX tỉnh", author=None,
          attachments=[{"path": PDF_PATH, "text": "HD-07-LMHTX.pdf"}], **dated(datetime(2024, 2, 20, 8, 15, 0)),
          notes=["guidance announced as news; the document as a PDF under 'Văn bản đính kèm:' after the body; byline "
                 "an office: an office is no writer: author null"]),
        A(path="/tin-tuc-su-kien/phong-su-anh-phien-cho-nong-san-htx-sin-ho-1088.html",
          title="Phóng sự ảnh: Phiên chợ nông sản HTX trên cao nguyên Sìn Hồ",
          date=datetime(2024, 3, 23, 16, 30, 0),
          lead="Phiên chợ nông sản HTX lần đầu tiên tổ chức tại thị trấn Sìn Hồ thu hút hơn 3.000 lượt người dân và du khách.",
          body="""
Hai mươi sáu HTX mang đến phiên chợ các sản phẩm đặc trưng của vùng cao như gạo tẻ râu, thảo quả, mật ong, chè và thịt lợn đen.
[img cho-sin-ho-1.png] Từ sáng sớm, thành viên các HTX đã gùi nông sản từ các bản xa về thị trấn. Nhiều người đi bộ hơn hai giờ đường núi để kịp bày hàng khi phiên chợ khai mạc.
[img cho-sin-ho-2.png] Gian hàng gạo tẻ râu của HTX Nông nghiệp Tả Phìn là nơi đông khách nhất. Loại gạo đặc sản này chỉ trồng được một vụ mỗi năm trên ruộng bậc thang ở độ cao hơn 1.500 mét.
[img cho-sin-ho-3.png] Du khách thưởng thức chè Shan tuyết do thành viên HTX pha ngay tại gian hàng. Mỗi kg chè khô của HTX được bán với giá từ 400.000 đến 600.000 đồng.
[img cho-sin-ho-4.png] Phụ nữ dân tộc Mông trong trang phục truyền thống giới thiệu sản phẩm thổ cẩm của HTX dệt may Nậm Tăm. Các sản phẩm túi, khăn, áo được khách mua làm quà.
[img cho-sin-ho-5.png] Kết thúc phiên chợ, các HTX bán được gần 9 tấn nông sản với doanh thu khoảng 650 triệu đồng. Liên minh HTX tỉnh dự kiến tổ chức phiên chợ định kỳ mỗi quý.
""",
          byline="Ảnh: Lò Thị Hương", author="Lò Thị Hương", **dated(datetime(2024, 3, 23, 16, 30, 0)),
          notes=["photo reportage: a short intro and five photos whose long captions (two sentences each) are the text; "
                 "an article, not a gallery"]),
        A(path="/tin-tuc-su-kien/htx-thao-qua-muong-te-nang-cao-gia-tri-1130.html",
          title="HTX thảo quả Mường Tè nâng cao giá trị sản phẩm",
          date=datetime(2024, 5, 14, 10, 20, 45),
          body="""
HTX Thảo quả Mường Tè đầu tư lò sấy bằng hơi nóng thay cho sấy bằng củi, giúp quả thảo quả khô đều, giữ được màu và mùi thơm.
Sản phẩm được đóng túi 500 gam có nhãn mác, mã QR và đã có mặt tại một số cửa hàng đặc sản ở Hà Nội.
[img thao-qua-muong-te.png] Thành viên HTX phân loại thảo quả khô
Nguồn: Báo Lai Châu
""",
          author=None, **dated(datetime(2024, 5, 14, 10, 20, 45)),
          notes=["last line 'Nguồn: Báo Lai Châu' is a source, not an author"]),
        A(path="/tin-tuc-su-kien/so-ket-6-thang-kinh-te-tap-the-lai-chau-1172.html",
          title="Sơ kết 6 tháng đầu năm 2024 phát triển kinh tế tập thể",
          date=datetime(2024, 7, 16, 15, 20, 45),
          lead="6 tháng đầu năm 2024, tỉnh Lai Châu thành lập mới 14 HTX và 9 tổ hợp tác.",
          body="""
Các HTX nông nghiệp đã liên kết tiêu thụ trên 4.000 tấn nông sản; 38 HTX có sản phẩm được chứng nhận OCOP từ 3 sao trở lên.
## Giải pháp 6 tháng cuối năm
- Đẩy mạnh tuyên truyền Luật HTX năm 2023 đến cấp xã.
- Hỗ trợ HTX tham gia hội chợ, sàn thương mại điện tử.
""",
          byline="Bài, ảnh: Quàng Văn Thanh", author="Quàng Văn Thanh", **dated(datetime(2024, 7, 16, 15, 20, 45))),
        A(path="/tin-tuc-su-kien/htx-mien-dong-phong-tho-mo-rong-san-xuat-1208.html",
          title="HTX miến dong Phong Thổ mở rộng sản xuất",
          date=datetime(2024, 8, 28, 7, 50, 5),
          body="""
HTX Miến dong Sì Lở Lầu (huyện Phong Thổ) mở rộng xưởng sản xuất lên 400 m2, nâng công suất lên 2 tấn miến mỗi ngày.
HTX ký hợp đồng bao tiêu củ dong riềng với 90 hộ trong xã, giá thu mua ổn định 2.500 đồng/kg.
[img mien-dong-phong-tho.png] Phơi miến dong tại xưởng của HTX
""",
          byline="Bài, ảnh: Lò Thị Hương", author="Lò Thị Hương", **dated(datetime(2024, 8, 28, 7, 50, 5))),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/Upload/Images/2024/{src}"


def us_time(d: datetime) -> str:
    """The .NET en-US general date: month first, 12-hour clock with seconds."""
    hour = d.hour % 12 or 12
    return f"{d.month}/{d.day}/{d.year} {hour}:{d.minute:02d}:{d.second:02d} {'AM' if d.hour < 12 else 'PM'}"


def render_body(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f"<p><b>{inline_html(b.text)}</b></p>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<p style="text-align: center;"><img src="{img(b.src)}" alt="{attr(b.text)}" width="600">'
                         + (f"<br><em>{inline_html(b.text)}</em>" if b.text else "") + "</p>")
    if a.byline:
        parts.append(f'<p style="text-align: right;"><b>{esc(a.byline)}</b></p>')
    return "\n".join(parts)


def layout(title: str, main: str, items: list[Article]) -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (CAT, "Tin tức - Sự kiện"), (GALLERY, "Thư viện ảnh"), (VIDEO, "Video"),
                    (CONTACT, "Liên hệ")])
    hot = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in items[:4])
    most = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in items[3:6])
    poll = "".join(f'<div><input type="radio" name="binhchon" value="{i}"> {esc(o)}</div>' for i, o in enumerate(POLL_A, 1))
    footer = "".join(f"<div>{esc(x)}</div>" for x in FOOTER)
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} | {SHORT}</title>
<link href="/Content/css/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<div class="khung">
<div class="dau-trang"><div class="ngay-thang">{TODAY}</div>
<div class="tro-nang"><a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A+</a> <a href="javascript:void(0)">Tăng tương phản</a> <a href="javascript:void(0)">Giảm tương phản</a></div>
<a href="/"><img src="/Content/images/banner-lmhtx.png" alt="{NAME}"></a>
<div class="khau-hieu">{"".join(f"<span>{esc(s)}</span>" for s in SLOGANS)}</div></div>
<ul class="menu-ngang">{menu}</ul>
<div class="than-trang">
<div class="cot-trai">
{main}
</div>
<div class="cot-phai">
<div class="khoi"><div class="khoi-tieude">{SIDE[0]}</div><ul>{hot}</ul></div>
<div class="khoi"><div class="khoi-tieude">{SIDE[1]}</div><ul>{most}</ul></div>
<div class="khoi"><div class="khoi-tieude">{SIDE[2]}</div><div>21°C</div><div>{SIDE[3]}</div><div>{SIDE[4]}</div></div>
<div class="khoi"><div class="khoi-tieude">Thăm dò ý kiến</div><div>{esc(POLL_Q)}</div>{poll}<input type="submit" value="Biểu quyết"><span class="nut">Biểu quyết</span></div>
<div class="khoi"><div class="khoi-tieude">{SIDE[5]}</div><div>{SIDE[6]}</div><div>{SIDE[7]}</div><div>{SIDE[8]}</div></div>
<div class="khoi"><div class="khoi-tieude">{SIDE[9]}</div><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option></select>
<ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/">Cổng TTĐT Chính phủ</a></li></ul></div>
</div>
</div>
<div class="chan-trang">{footer}</div>
</div>
<script src="/Content/js/jquery.js"></script>
</body>
</html>
"""


def detail(a: Article, others: list[Article]) -> str:
    lead = f'<div class="tom-tat"><b>{inline_html(a.lead)}</b></div>\n' if a.lead else ""
    att = (f'<div class="dinh-kem">Văn bản đính kèm: <a href="{a.attachments[0]["path"]}">{esc(a.attachments[0]["text"])}</a></div>'
           if a.attachments else "")
    rel = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="ngay">({o.date:%d/%m/%Y})</span></li>' for o in others[:5])
    return f"""<div class="duong-dan"><a href="/">Trang chủ</a> » <a href="{CAT}">Tin tức - Sự kiện</a></div>
<div class="chi-tiet">
<h1 class="tieu-de-chi-tiet">{esc(a.title)}</h1>
<div class="thong-tin"><span class="ngay-dang">Ngày đăng: {us_time(a.date)}</span> <span class="luot-xem">Lượt xem: 204</span></div>
{lead}<div class="noi-dung-chi-tiet">
{render_body(a)}
</div>
{att}<div class="tu-khoa">Từ khóa: <a href="{TAG}">OCOP</a></div>
<div class="cong-cu"><a href="javascript:history.back()">Quay lại</a> | <a href="javascript:window.print()">Bản in</a> | <a href="javascript:void(0)">Gửi bạn bè</a></div>
</div>
<div class="tin-khac"><div class="khoi-tieude">Các tin khác</div><ul>{rel}</ul></div>"""


def listing_item(a: Article) -> str:
    pic = a.first_image()
    return ('<div class="tin-dong">' + (f'<a href="{a.path}"><img src="{img(pic)}" alt=""></a>' if pic else "")
            + f'<a class="tieu-de" href="{a.path}">{esc(a.title)}</a> <span class="ngay">({a.date:%d/%m/%Y})</span>'
            f'<div class="mo-ta">{esc(a.summary())}</div></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lai-chau", NAME, "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}%s" % (SITE, CAT)])
    site.extra_boilerplate += BOILERPLATE
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in items:
        site.add_article(a)
        site.page(a.path, layout(a.title, detail(a, [o for o in items if o is not a]), items), content_type=HTML)
    site.binary(PDF_PATH, pdf("Hướng dẫn số 07/HD-LMHTX", ["HUONG DAN XAY DUNG PHUONG AN SAN XUAT KINH DOANH NAM 2024",
                                                             "Lien minh HTX tinh Lai Chau"]))

    pages = [items[i:i + 4] for i in range(0, len(items), 4)]
    page_path = lambda n: CAT if n == 1 else f"{CAT}?page={n}"  # noqa: E731
    for n, chunk in enumerate(pages, 1):
        nav = (f'<div class="phan-trang"><a href="{page_path(1)}">Trang đầu</a> '
               + " ".join(f"<b>{i}</b>" if i == n else f'<a href="{page_path(i)}">{i}</a>' for i in range(1, len(pages) + 1))
               + f' <a href="{page_path(len(pages))}">Trang cuối</a></div>')
        site.page(page_path(n), layout("Tin tức - Sự kiện", '<div class="khoi-tieude">Tin tức - Sự kiện</div>'
                                       + "".join(listing_item(a) for a in chunk) + nav, items), content_type=HTML)
    site.trap("listing /tin-tuc-su-kien.html?page=N ('Trang đầu 1 2 Trang cuối'), dates day first '(16/07/2024)'; "
              "page 2 holds the oldest articles", page_path(2))

    home = "".join(listing_item(a) for a in items[:3])
    site.page("/", layout("Trang chủ", f'<div class="tin-moi">{home}</div>', items), content_type=HTML)

    stub = ('<div class="chi-tiet"><h1 class="tieu-de-chi-tiet">Ảnh: HTX hoa đào Sìn Hồ vào xuân</h1>'
            '<div class="thong-tin"><span class="ngay-dang">Ngày đăng: 1/28/2024 8:00:00 AM</span></div>'
            '<div class="noi-dung-chi-tiet"><p style="text-align: center;">'
            f'<img src="{img("dao-sin-ho.png")}" alt="" width="600"><br><em>Vườn đào của HTX nở rộ</em></p></div></div>')
    site.page(STUB, layout("Ảnh: HTX hoa đào Sìn Hồ vào xuân", stub, items), content_type=HTML)
    site.trap("caption-only stub in the article URL shape (h1, time line, one photo + caption): not an article", STUB)
    video = ('<div class="chi-tiet"><h1 class="tieu-de-chi-tiet">Phóng sự: HTX chè Tam Đường vươn ra thị trường</h1>'
             '<div class="thong-tin"><span class="ngay-dang">Ngày đăng: 6/21/2024 10:00:00 AM</span></div>'
             '<div class="video"><video controls width="640"></video></div><p>Thời lượng: 08:45</p></div>')
    site.page(VIDEO, layout("Phóng sự: HTX chè Tam Đường vươn ra thị trường", video, items), content_type=HTML)
    album = "".join(f'<div class="anh-nho"><a href="{STUB}"><img src="{img(a.first_image())}" alt=""></a><div>{esc(a.title)}</div></div>'
                    for a in items if a.first_image())
    site.page(GALLERY, layout("Thư viện ảnh", f'<div class="khoi-tieude">Thư viện ảnh</div>{album}', items), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", f'<div class="khoi-tieude">Liên hệ</div><p>{NAME}</p>'
                              '<form action="javascript:void(0)"><input name="hoten"><textarea name="noidung"></textarea>'
                              '<input type="button" value="Gửi"></form>', items), content_type=HTML)
    tagged = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({a.date:%d/%m/%Y})</li>' for a in items)
    site.page(TAG, layout("Từ khóa: OCOP", f'<div class="khoi-tieude">Từ khóa: OCOP</div><ul>{tagged}</ul>', items),
              content_type=HTML)
    site.non_articles += ["/", STUB, VIDEO, GALLERY, CONTACT, TAG]
    site.trap("video page in the article template (/video/<slug>-<id>.html, h1, time line, an empty <video>), gallery, "
              "contact and tag pages: not articles", VIDEO)
    site.static("/robots.txt", "User-agent: *\nDisallow: /Admin/\n")
    return site
