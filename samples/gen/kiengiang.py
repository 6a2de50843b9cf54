"""Site `lmhtx-kiengiang` (family `generic`: a home-made table layout served as windows-1258).

Hooks (also the registry's `selectors`): `td.tieude` (title), `td.ngay` "(09:15 | 30/05/2024)",
`td.noidung` (body: the lead is its first `<p><b>`, the byline its last `<p align="right">`).
"""

from __future__ import annotations

from datetime import datetime

from ..server import encode_cp1258
from .core import (
    TODAY_2026,
    Article,
    Furniture,
    SiteBuild,
    access_bar,
    attr,
    counter,
    dmy,
    esc,
    inline_html,
    iso,
    links_box,
    listing_pages,
    news_list,
    poll,
    rating,
    share,
    weather,
    weekday,
)

F = Furniture(
    org="Liên minh Hợp tác xã tỉnh Kiên Giang",
    short="Liên minh HTX tỉnh Kiên Giang",
    today=f"{weekday(TODAY_2026)}, {dmy(TODAY_2026)}",
    slogans=["Nhiệt liệt chào mừng Đại hội đại biểu Liên minh Hợp tác xã tỉnh Kiên Giang lần thứ VII!",
             "Hợp tác - Liên kết - Phát triển bền vững"],
    responsible="Chịu trách nhiệm nội dung: Ông Lâm Văn Tám - Chủ tịch Liên minh HTX tỉnh Kiên Giang",
    licence="Giấy phép số 12/GP-TTĐT ngày 10/10/2015 của Sở Thông tin và Truyền thông tỉnh Kiên Giang",
    source_note="Ghi rõ nguồn “Liên minh HTX tỉnh Kiên Giang” khi phát hành lại thông tin từ website này",
    copyright="Copyright © 2024 Liên minh HTX tỉnh Kiên Giang. Technology Supported by Trung tâm CNTT&TT Kiên Giang",
    address="Địa chỉ: Số 31 Trần Phú, phường Vĩnh Thanh, TP Rạch Giá, tỉnh Kiên Giang",
    phone="Điện thoại: 0297.3862.047",
    counter=(43, 122, 123456),
    weather=("30°C", "Độ ẩm: 74%"),
)

CAT = 12
LISTING = f"/trang/TinTuc/{CAT}/danh-sach.html"
TWIN_ID = 3190
CAT2 = 15  # "Chuyển đổi số": the editors posted the twin article here again
CAT2_LISTING = f"/trang/TinTuc/{CAT2}/danh-sach.html"
TWIN_B = f"/trang/TinTuc/{CAT2}/3191/Tap-huan-chuyen-doi-so-cho-HTX-nam-2024.html"


def art(id_: int, slug: str) -> str:
    return f"/trang/TinTuc/{CAT}/{id_}/{slug}.html"


def when(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=art(3050, "Mo-hinh-tom-lua-cua-HTX-o-huyen-An-Minh"),
          title="Mô hình tôm - lúa của HTX ở huyện An Minh",
          date=datetime(2022, 9, 12, 14, 30),
          lead="Mô hình luân canh tôm - lúa của các HTX ở huyện An Minh đang mang lại hiệu quả kinh tế cao, giúp thành viên tăng thu nhập bền vững.",
          body="""
Hiện huyện An Minh có 18 HTX sản xuất theo mô hình tôm - lúa với tổng diện tích hơn 3.500 ha. Mùa khô nuôi tôm sú, tôm càng xanh; mùa mưa trồng lúa đặc sản, hạn chế sử dụng phân bón và thuốc hóa học.
[img tom-lua-an-minh.png] Thành viên HTX thu hoạch tôm trên ruộng lúa
Lợi nhuận bình quân đạt 80 - 100 triệu đồng/ha/năm, cao gấp đôi so với độc canh lúa. Sản phẩm gạo tôm - lúa của HTX được doanh nghiệp bao tiêu với giá cao hơn lúa thường 15 - 20%.
Để phát triển bền vững, Liên minh HTX tỉnh khuyến nghị các HTX liên kết với doanh nghiệp theo Nghị định số 98/2018/NĐ-CP ngày 05/7/2018 của Chính phủ.
""",
          byline="Bảo Trân", author="Bảo Trân", **when(datetime(2022, 9, 12, 14, 30))),
        A(path=art(3088, "Dai-hoi-dai-bieu-Lien-minh-HTX-tinh-Kien-Giang-lan-thu-VI"),
          title="Tổng kết phong trào thi đua khu vực kinh tế tập thể năm 2022",
          date=datetime(2023, 2, 20, 8, 0),
          lead="Ngày 18/02/2023, Liên minh HTX tỉnh Kiên Giang tổ chức tổng kết phong trào thi đua khu vực kinh tế tập thể năm 2022.",
          body="""
Năm 2022, phong trào thi đua trong khu vực kinh tế tập thể diễn ra sôi nổi, thiết thực. Nhiều HTX đã vượt qua khó khăn do giá vật tư tăng cao, duy trì sản xuất ổn định và chăm lo đời sống thành viên.
## Kết quả nổi bật
* Thành lập mới 35 HTX, vượt 16% kế hoạch;
* 72% HTX xếp loại tốt, khá;
* 45 sản phẩm của HTX đạt chứng nhận OCOP.
[img tong-ket-thi-dua-2022-kg.png] Trao Bằng khen cho các tập thể có thành tích xuất sắc
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 10 tập thể và 12 cá nhân có thành tích xuất sắc trong phong trào thi đua, thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022.
""",
          byline="Bảo Trân", author="Bảo Trân", **when(datetime(2023, 2, 20, 8, 0)),
          notes=["URL slug does not match the title (the CMS kept an older title in the URL)"]),
        A(path=art(3120, "HTX-du-lich-cong-dong-tai-Phu-Quoc-thu-hut-du-khach"),
          title="HTX du lịch cộng đồng tại Phú Quốc thu hút du khách",
          date=datetime(2023, 6, 30, 16, 10),
          body="""
HTX du lịch cộng đồng Hàm Ninh (TP Phú Quốc) được thành lập năm 2021 với 25 thành viên là hộ dân làng chài. HTX tổ chức các tour trải nghiệm câu mực đêm, lặn ngắm san hô và thưởng thức hải sản tại nhà bè.
[img du-lich-ham-ninh.png] Du khách trải nghiệm câu mực đêm cùng thành viên HTX
Sáu tháng đầu năm 2023, HTX đón hơn 8.000 lượt khách, doanh thu đạt 2,5 tỷ đồng. Nhiều thành viên chuyển từ đánh bắt xa bờ sang làm dịch vụ du lịch, thu nhập ổn định hơn.
Liên minh HTX tỉnh đánh giá đây là mô hình HTX kiểu mới cần nhân rộng tại các xã ven biển, theo Quyết định số 167/QĐ-TTg ngày 02/02/2021 của Thủ tướng Chính phủ.
""",
          byline="Thanh Tùng", author="Thanh Tùng", **when(datetime(2023, 6, 30, 16, 10))),
        A(path=art(3150, "Kien-Giang-co-them-20-san-pham-OCOP-cua-HTX."),
          title="Kiên Giang có thêm 20 sản phẩm OCOP của HTX.",
          date=datetime(2023, 10, 18, 10, 20),
          lead="UBND tỉnh Kiên Giang vừa công nhận 20 sản phẩm của các HTX đạt tiêu chuẩn OCOP đợt 2 năm 2023.",
          body="""
Các sản phẩm được công nhận gồm nước mắm Phú Quốc, hồ tiêu, khô cá, mật ong U Minh Thượng, gạo ST25 và khóm Tắc Cậu. Trong đó có 5 sản phẩm đạt 4 sao, 15 sản phẩm đạt 3 sao.
[img ocop-kien-giang-2023.png] Sản phẩm nước mắm của HTX đạt OCOP 4 sao
Liên minh HTX tỉnh sẽ tiếp tục hỗ trợ các HTX tham gia hội chợ, xây dựng điểm bán sản phẩm OCOP tại các khu du lịch, theo Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ.
""",
          byline="Bảo Trân", author="Bảo Trân", **when(datetime(2023, 10, 18, 10, 20)),
          notes=["URL ends in '..html' (the title ends with a full stop)"]),
        A(path=art(TWIN_ID, "Tap-huan-chuyen-doi-so-cho-HTX-nam-2024"),
          title="Tập huấn chuyển đổi số cho HTX năm 2024",
          date=datetime(2024, 1, 9, 9, 0),
          lead="Ngày 08/01/2024, Liên minh HTX tỉnh Kiên Giang tổ chức lớp tập huấn chuyển đổi số cho 80 cán bộ quản lý HTX.",
          body="""
Học viên được hướng dẫn sử dụng hóa đơn điện tử, chữ ký số, phần mềm kế toán, quản lý thành viên và cách đưa sản phẩm lên sàn thương mại điện tử.
[img chuyen-doi-so-htx-kg.png] Học viên thực hành trên máy tính tại lớp tập huấn
## Mục tiêu năm 2024
* 50% HTX sử dụng hóa đơn điện tử;
* 30 HTX có gian hàng trên sàn thương mại điện tử;
* 100% sản phẩm OCOP có tem truy xuất nguồn gốc.
Lớp tập huấn nằm trong kế hoạch thực hiện Chương trình chuyển đổi số quốc gia theo Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ.
""",
          byline="Thanh Tùng", author="Thanh Tùng", **when(datetime(2024, 1, 9, 9, 0)),
          notes=["twin: the same article is posted again in category 15 (id 3191), and that copy is served as UTF-8 NFD; texts must be equal"]),
        A(path=art(3215, "HTX-khom-Tac-Cau-lien-ket-tieu-thu-voi-doanh-nghiep"),
          title="HTX khóm Tắc Cậu liên kết tiêu thụ với doanh nghiệp",
          date=datetime(2024, 3, 21, 15, 30),
          body="""
HTX khóm Tắc Cậu (huyện Châu Thành) vừa ký hợp đồng cung ứng 2.000 tấn khóm nguyên liệu mỗi năm cho doanh nghiệp chế biến nước ép trái cây xuất khẩu.
Theo hợp đồng, doanh nghiệp cam kết thu mua với giá sàn, hỗ trợ giống và kỹ thuật canh tác; HTX bảo đảm sản lượng, chất lượng theo tiêu chuẩn VietGAP.
[img khom-tac-cau.png] Thành viên HTX thu hoạch khóm Tắc Cậu
Ông Nguyễn Văn Út, Giám đốc HTX cho biết, nhờ liên kết, giá khóm ổn định hơn, thành viên yên tâm mở rộng diện tích.
""",
          byline="Bảo Trân", author="Bảo Trân", **when(datetime(2024, 3, 21, 15, 30))),
        A(path=art(3240, "Lien-minh-HTX-tinh-tuyen-truyen-Luat-Hop-tac-xa-nam-2023"),
          title="Liên minh HTX tỉnh tuyên truyền Luật Hợp tác xã năm 2023",
          date=datetime(2024, 5, 30, 9, 15),
          lead="Hưởng ứng Tháng hành động vì HTX, Liên minh HTX tỉnh Kiên Giang tổ chức 5 hội nghị tuyên truyền Luật Hợp tác xã năm 2023 tại các huyện, thành phố.",
          body="""
Hơn 600 cán bộ, thành viên HTX, tổ hợp tác đã được giới thiệu những điểm mới của Luật Hợp tác xã năm 2023, có hiệu lực từ ngày 01/7/2024.
[img tuyen-truyen-luat-htx-kg.png] Hội nghị tuyên truyền Luật Hợp tác xã tại huyện Giồng Riềng
Báo cáo viên tập trung làm rõ quy định về tổ hợp tác, thành viên liên kết, tài sản không chia và trách nhiệm của HTX trong việc sửa đổi điều lệ cho phù hợp với Luật mới.
""",
          byline="Thanh Tùng", author="Thanh Tùng", **when(datetime(2024, 5, 30, 9, 15)),
          notes=["date '(09:15 | 30/05/2024)' in parentheses, time first"]),
    ]


def body_html(a: Article) -> str:
    parts = [f"<p><b>{inline_html(a.lead)}</b></p>"] if a.lead else []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p align="justify">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f"<p><b>{inline_html(b.text)}</b></p>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<p align="center"><img src="/images/tintuc/{b.src}" border="0" width="500"><br>'
                         f"<i>{inline_html(b.text)}</i></p>")
    parts.append(f'<p align="right"><b>{esc(a.byline)}</b></p>')
    return "\n".join(parts)


def detail(a: Article) -> str:
    return f"""<table class="chitiet" width="100%" cellpadding="4" cellspacing="0">
<tr><td class="tieude">{esc(a.title)}</td></tr>
<tr><td class="ngay">({a.date:%H:%M} | {dmy(a.date)})</td></tr>
<tr><td class="noidung">
{body_html(a)}
</td></tr>
</table>"""


def layout(title: str, main: str, side: str, charset: str = "windows-1258") -> str:
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{esc(title)} - Liên minh HTX tỉnh Kiên Giang</title>
<meta name="description" content="{attr(title)}">
<meta property="og:title" content="{attr(title)}">
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" class="banner"><div class="ngayhientai">{F.today}</div>{access_bar()}
<img src="/images/banner.png" width="1000" height="150" border="0"><marquee>{" *** ".join(esc(s) for s in F.slogans)}</marquee></td></tr>
<tr><td colspan="2" class="menu"><a href="/">Trang chủ</a> | <a href="{LISTING}">Tin hoạt động</a> | <a href="{CAT2_LISTING}">Chuyển đổi số</a> | <a href="/trang/LienHe.html">Liên hệ</a></td></tr>
<tr>
<td valign="top" width="740" class="cottrai">
{main}
</td>
<td valign="top" width="260" class="cotphai">
{side}
</td>
</tr>
<tr><td colspan="2" class="chantrang">
<p>{F.responsible}</p><p>{F.licence}</p><p>{esc(F.source_note)}</p>
<p>{F.address} - {F.phone}</p><p>{F.copyright}</p>
</td></tr>
</table>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild("lmhtx-kiengiang", "kien-giang", "Liên minh Hợp tác xã tỉnh Kiên Giang", "generic", F,
                     start_urls=["{{base:lmhtx-kiengiang}}/", "{{base:lmhtx-kiengiang}}" + LISTING],
                     selectors={"title": "td.tieude", "date": "td.ngay", "body": "td.noidung"},
                     default_encoding="windows-1258")
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    twin = next(a for a in items if f"/{TWIN_ID}/" in a.path)
    twin_b = Article(**{**twin.__dict__, "path": TWIN_B, "aliases": [], "evidence": list(twin.evidence),
                        "notes": ["served as UTF-8 NFD with meta charset utf-8 while the rest of the site is windows-1258"]})
    for a in items + [twin_b]:
        site.add_article(a)
    site.twins.append([twin.path, TWIN_B])

    def side() -> str:
        return "\n".join([
            news_list("Tin mới", [(a.path, a.title, dmy(a.date)) for a in items[:5]], "tinmoi"),
            news_list("Tin tiêu điểm", [(a.path, a.title, dmy(a.date)) for a in items[2:5]], "tintieudiem"),
            poll("b"), weather(F, "b"), counter(F, "b"), links_box("b"),
        ])

    for a in items + [twin_b]:
        others = [(o.path, o.title, dmy(o.date)) for o in items if o.path != a.path][:4]
        main = f"""{detail(a)}
{share(F)}
{rating()}
{news_list("Tin liên quan", others, "tinkhac")}"""
        if a is twin_b:
            site.page(a.path, layout(a.title, main, side(), charset="utf-8"), encoding="utf-8-nfd")
        else:
            site.page(a.path, layout(a.title, main, side()))

    row = (f'<tr><td class="tinlist"><img src="/images/tintuc/{twin_b.first_image()}" width="120" align="left">'
           f'<a href="{TWIN_B}" class="linktin">{esc(twin_b.title)}</a> <span class="ngaydang">({dmy(twin_b.date)})</span>'
           f"<br>{esc(twin_b.summary())}</td></tr>")
    main = f'<table width="100%"><tr><td class="tieudemuc">CHUYỂN ĐỔI SỐ</td></tr>\n{row}\n</table>'
    site.page(CAT2_LISTING, layout("Chuyển đổi số", main, side()))

    pages = listing_pages(items, 4)
    page_path = lambda k: LISTING if k == 1 else f"{LISTING}?trang={k}"  # noqa: E731
    for k, chunk in enumerate(pages, 1):
        rows = "\n".join(f'<tr><td class="tinlist"><img src="/images/tintuc/{a.first_image()}" width="120" align="left">'
                         f'<a href="{a.path}" class="linktin">{esc(a.title)}</a> <span class="ngaydang">({dmy(a.date)})</span>'
                         f"<br>{esc(a.summary())}</td></tr>" for a in chunk)
        nav = " ".join(f"<b>[{j}]</b>" if j == k else f'<a href="{page_path(j)}">[{j}]</a>' for j in range(1, len(pages) + 1))
        main = f'<table width="100%"><tr><td class="tieudemuc">TIN HOẠT ĐỘNG</td></tr>\n{rows}\n<tr><td align="center">Trang: {nav}</td></tr></table>'
        site.page(page_path(k), layout("Tin hoạt động", main, side()))
    site.trap("every page is windows-1258 (tone marks as combining code points); pagination ?trang=2", page_path(2))

    rows = "\n".join(f'<tr><td><a href="{a.path}" class="linktin">{esc(a.title)}</a> <span class="ngaydang">({dmy(a.date)})</span></td></tr>'
                     for a in items[:5])
    main = f'<table width="100%"><tr><td class="tieudemuc"><a href="{LISTING}">TIN HOẠT ĐỘNG</a></td></tr>\n{rows}\n</table>'
    site.page("/", layout("Trang chủ", main, side()))
    main = """<table width="100%"><tr><td class="tieudemuc">LIÊN HỆ</td></tr><tr><td>
<p>Liên minh Hợp tác xã tỉnh Kiên Giang</p><p>Số 31 Trần Phú, TP Rạch Giá</p></td></tr></table>"""
    site.page("/trang/LienHe.html", layout("Liên hệ", main, side()))
    site.non_articles.append("/trang/LienHe.html")
    site.static("/robots.txt", "User-agent: *\nDisallow: /quantri/\n")

    for path, page in site.html_pages.items():  # everything must survive windows-1258
        encode_cp1258(page)
    return site
