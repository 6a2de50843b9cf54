"""Site `sonnmt-hatinh` (registry family `generic`): the cooperative alliance's news inside the web portal of the
Hà Tĩnh Department of Agriculture and Environment (Sở Nông nghiệp và Môi trường), which runs on **Jahia 8** (Digital
Experience Platform, JSP templates, bootstrap template set); written as a held-out test: no family module, no
selectors.

Why it is hard: a news item (`jnt:news`) lives at `/cms/render/live/vi/sites/sonnmt/home/tin-tuc/<slug>.html`, is
linked from the home page by its vanity URL `/vi/tin-tuc/<slug>`, from "Tin liên quan" by the server-name short form
`/home/tin-tuc/<slug>.html` and from "In bài" by its print view `<slug>.print.html`: one article each. The page's
`<h1>` is the section ("Tin tức - Sự kiện"), the title an `h2.newsTitle` inside `div.newsDetail`, the date
`span.newsDate` "Ngày 12/03/2026 08:45" (the news module prints the time only when it is not 00:00), the text the
CKEditor field `div.newsDesc` (justified paragraphs, centred images with an italic caption paragraph, tables,
right-aligned closing byline: text, and the author unless "Nguồn: …"). No og:*, no JSON-LD; `<meta name="author">`
names the department on every page. A "Thông báo" is a `jnt:article` (intro, paragraphs with their titles, no date
at all): only the "Thông báo" list (`(10/03/2026)`) dates it. Edit-mode leftovers (`div.jahia-template-gxt` with
`jahiatype="mainmodule"`), the department's big mega-menu, the "Liên kết website" dropdown, a visit counter, the
date banner, and the common footer with the ministry licence surround every page. Lists page by Jahia's
`?begin=5&end=9&pagesize=5` (and `?begin=0&end=4&pagesize=5` is page 1 again); the category page by `?page=2`.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, image_for, inline_html, iso, pdf, rtf, weekday

SITE = "sonnmt-hatinh"
NAME = "Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh"
HTML = "text/html; charset=utf-8"
R = "/cms/render/live/vi/sites/sonnmt/home"
NEWS = f"{R}/tin-tuc"
FILES = "/files/live/sites/sonnmt/files"
PER = 5
TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
HEADER = ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÀ TĨNH", "Hà Tinh Department of Agriculture and Environment"]
MENU = {"Giới thiệu": ["Chức năng nhiệm vụ", "Cơ cấu tổ chức", "Lãnh đạo Sở", "Đơn vị trực thuộc"],
        "Tin tức - Sự kiện": ["Tin hoạt động", "Kinh tế hợp tác", "Nông thôn mới", "Tài nguyên - Môi trường"],
        "Văn bản": ["Văn bản chỉ đạo điều hành", "Văn bản quy phạm pháp luật", "Dự thảo văn bản"],
        "Thủ tục hành chính": ["Lĩnh vực Nông nghiệp", "Lĩnh vực Đất đai", "Lĩnh vực Môi trường"],
        "Thông báo": [], "Liên hệ": []}
SIDE = ["Liên kết website", "-- Chọn liên kết --", "Thống kê truy cập", "Đang online: 37", "Tổng lượt truy cập: 2.406.118",
        "Đường dây nóng", "Hỗ trợ HTX: 0239.3855.662", "Tin mới nhất"]
LABELS = ["Trang chủ", "Tin liên quan", "In bài", "Gửi bài viết", "Tệp đính kèm", "Trang đầu", "Trang cuối", "Xem tiếp",
          "Tìm kiếm"]
FOOTER = ["Cơ quan chủ quản: Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh",
          "Địa chỉ: Số 22 đường Trần Phú, phường Thành Sen, tỉnh Hà Tĩnh",
          "Điện thoại: 0239.3855.662 - Email: snnmt@hatinh.gov.vn",
          "Giấy phép số 112/GP-TTĐT ngày 21/8/2019 của Bộ Thông tin và Truyền thông",
          "Chịu trách nhiệm nội dung: Giám đốc Sở Nông nghiệp và Môi trường",
          "Ghi rõ nguồn khi phát hành lại thông tin từ Cổng thông tin này"]
BOILERPLATE = [TODAY, *HEADER, *SIDE, *LABELS[:4], *FOOTER, "Tin tức - Sự kiện", "Kinh tế hợp tác"]


def articles() -> list[Article]:
    A = Article

    def dt(t: datetime, listing: bool = True) -> dict:
        return dict(date=t, published=iso(t), published_source="date-element",
                    evidence=["date-element", "listing"] if listing else ["date-element"])

    return [
        A(path=f"{NEWS}/thong-bao-12-tb-lmhtx-tuyen-chon-htx-tham-gia-ocop-2026.html",
          title="Thông báo số 12/TB-LMHTX về tuyển chọn HTX tham gia Chương trình OCOP năm 2026",
          body="""
LIÊN MINH HTX TỈNH HÀ TĨNH
Số: 12/TB-LMHTX
Hà Tĩnh, ngày 04 tháng 3 năm 2026
THÔNG BÁO
Về việc tuyển chọn HTX tham gia Chương trình OCOP năm 2026
Liên minh HTX tỉnh thông báo tuyển chọn các HTX có sản phẩm tiềm năng tham gia Chương trình OCOP năm 2026.
HTX đăng ký gửi hồ sơ về Liên minh HTX tỉnh trước ngày 31/3/2026.
CHỦ TỊCH
Trần Văn Lý
""",
          author=None, doc_number="12/TB-LMHTX", **dt(datetime(2026, 3, 5)),
          attachments=[{"path": f"{FILES}/van-ban/2026/TB-12-LMHTX.pdf", "text": "TB-12-LMHTX.pdf"}],
          opts={"slug": "thong-bao-12-tb-lmhtx-tuyen-chon-htx-tham-gia-ocop-2026", "vanity": True},
          notes=["notice 'Số: 12/TB-LMHTX', 'Hà Tĩnh, ngày 04 tháng 3 năm 2026'; the news date 'Ngày 05/03/2026' (no time: "
                 "00:00 is not printed); signer last, no author; the PDF under /files/live/sites/sonnmt/files/ in the "
                 "'Tệp đính kèm' box after the text"]),
        A(path=f"{NEWS}/sau-nhiem-vu-trong-tam-cua-lien-minh-htx-tinh-nam-2026.html",
          title="Sáu nhiệm vụ trọng tâm của Liên minh HTX tỉnh năm 2026",
          lead="Năm 2026, Liên minh HTX tỉnh Hà Tĩnh xác định sáu nhiệm vụ trọng tâm để phát triển kinh tế tập thể.",
          body="""
* Tuyên truyền Luật HTX năm 2023 và các văn bản hướng dẫn;
* Thành lập mới ít nhất 40 HTX;
* Hỗ trợ 30 HTX chuyển đổi số;
* Giải ngân 20 tỷ đồng vốn vay từ Quỹ hỗ trợ phát triển HTX;
* Xây dựng 10 mô hình HTX liên kết chuỗi giá trị;
* Kiện toàn tổ chức bộ máy sau sắp xếp đơn vị hành chính.
Thu Hà
""",
          author="Thu Hà", **dt(datetime(2026, 2, 26, 14, 20)),
          opts={"slug": "sau-nhiem-vu-trong-tam-cua-lien-minh-htx-tinh-nam-2026"},
          notes=["bold lead paragraph and a six-item list; closing right-aligned 'Thu Hà' (text, author)"]),
        A(path=f"{NEWS}/chu-tich-lien-minh-htx-tinh-nam-2026-tap-trung-chuyen-doi-so.html",
          title="Chủ tịch Liên minh HTX tỉnh: Năm 2026 tập trung hỗ trợ HTX chuyển đổi số",
          lead="Nhân dịp đầu xuân, phóng viên trao đổi với ông Trần Văn Lý, Chủ tịch Liên minh HTX tỉnh Hà Tĩnh.",
          body="""
**Phóng viên: Thưa ông, năm 2025 kinh tế tập thể của tỉnh đạt kết quả nổi bật nào?**
Ông Trần Văn Lý: Toàn tỉnh thành lập mới 52 HTX, doanh thu bình quân của HTX tăng 12% so với năm trước.
**Phóng viên: Năm 2026 Liên minh sẽ tập trung vào việc gì?**
Ông Trần Văn Lý: Chúng tôi tập trung hỗ trợ HTX chuyển đổi số, từ kế toán điện tử đến bán hàng trên sàn thương mại điện tử.
**Phóng viên: Xin cảm ơn ông!**
Phan Trâm (thực hiện)
""",
          author="Phan Trâm", **dt(datetime(2026, 2, 10, 15, 0)),
          opts={"slug": "chu-tich-lien-minh-htx-tinh-nam-2026-tap-trung-chuyen-doi-so", "vanity": True},
          notes=["interview: bold 'Phóng viên: …?' questions and 'Ông Trần Văn Lý: …' answers; closing 'Phan Trâm (thực "
                 "hiện)' (text, author Phan Trâm)"]),
        A(path=f"{NEWS}/lien-minh-htx-tinh-ha-tinh-tong-ket-hoat-dong-nam-2025.html",
          title="Liên minh HTX tỉnh Hà Tĩnh tổng kết hoạt động năm 2025",
          lead="Ngày 13/1, Liên minh HTX tỉnh Hà Tĩnh tổ chức hội nghị tổng kết hoạt động năm 2025, triển khai nhiệm vụ năm "
               "2026.",
          body="""
Năm 2025, toàn tỉnh có 712 HTX đang hoạt động với hơn 41.000 thành viên; 86 HTX có sản phẩm OCOP.
[img tong-ket-2025.png] Quang cảnh hội nghị tổng kết
## Hỗ trợ vốn cho HTX
Quỹ hỗ trợ phát triển HTX tỉnh đã giải ngân 18,5 tỷ đồng cho 37 dự án của HTX, không có nợ quá hạn.
Thu Hà
""",
          author="Thu Hà", **dt(datetime(2026, 1, 14, 8, 45)),
          opts={"slug": "lien-minh-htx-tinh-ha-tinh-tong-ket-hoat-dong-nam-2025", "vanity": True},
          notes=["'Ngày 13/1' opens the lead; the news date 'Ngày 14/01/2026 08:45'; centred image with an italic "
                 "caption paragraph; bold <p> heading"]),
        A(path=f"{NEWS}/ket-qua-thuc-hien-chuong-trinh-ocop-cua-htx-nam-2025.html",
          title="Kết quả thực hiện Chương trình OCOP của HTX năm 2025",
          body="""
Năm 2025, các HTX trên địa bàn tỉnh có thêm 24 sản phẩm được công nhận OCOP.
| STT | Xếp hạng | Số sản phẩm | Tỷ lệ |
| 1 | 3 sao | 17 | 70,8% |
| 2 | 4 sao | 6 | 25,0% |
| 3 | 5 sao tiềm năng | 1 | 4,2% |
Nguồn: Văn phòng Điều phối nông thôn mới tỉnh
""",
          author=None, **dt(datetime(2025, 12, 22, 10, 0)),
          opts={"slug": "ket-qua-thuc-hien-chuong-trinh-ocop-cua-htx-nam-2025"},
          notes=["a CKEditor table (border=1, header row): one line per row, cells between ' | '; 'Nguồn: …' is no author"]),
        A(path=f"{NEWS}/anh-mua-buoi-phuc-trach.html",
          title="Ảnh: Mùa bưởi Phúc Trạch",
          lead="Những ngày này, các HTX trồng bưởi ở xã Phúc Trạch tất bật vào vụ thu hoạch.",
          body="""
[img buoi-phuc-trach-1.png] Thành viên HTX Bưởi Phúc Trạch thu hoạch bưởi
[img buoi-phuc-trach-2.png] Bưởi được phân loại trước khi dán tem truy xuất nguồn gốc
[img buoi-phuc-trach-3.png] Thương lái thu mua bưởi tại vườn
Ảnh: Đình Nhật
""",
          author="Đình Nhật", **dt(datetime(2025, 9, 20, 7, 30)),
          opts={"slug": "anh-mua-buoi-phuc-trach"},
          notes=["photo story: three centred images, each with an italic caption paragraph (the text); 'Ảnh: Đình Nhật' "
                 "(text, author)"]),
        A(path=f"{NEWS}/huong-dan-ho-so-vay-von-quy-ho-tro-phat-trien-htx.html",
          title="Hướng dẫn hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX năm 2026",
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh hướng dẫn các HTX chuẩn bị hồ sơ vay vốn năm 2026 theo mẫu đính kèm.
Hồ sơ gồm giấy đề nghị vay vốn, phương án sản xuất kinh doanh, báo cáo tài chính hai năm gần nhất và tài sản bảo đảm.
""",
          author=None, **dt(datetime(2026, 1, 20, 9, 0)),
          attachments=[{"path": f"{FILES}/van-ban/2026/mau-ho-so-vay-von-2026.doc", "text": "Mẫu hồ sơ vay vốn năm 2026"}],
          opts={"slug": "huong-dan-ho-so-vay-von-quy-ho-tro-phat-trien-htx"},
          notes=["the Word form in the 'Tệp đính kèm' box (a .doc under /files/live/…): attachment, not text; no author"]),
        A(path=f"{NEWS}/htx-nong-nghiep-thach-hung-lam-giau-tu-rau-sach.html",
          title="HTX Nông nghiệp Thạch Hưng làm giàu từ rau sạch",
          body="""
HTX Nông nghiệp Thạch Hưng (huyện Thạch Hà) có 12 ha rau an toàn, cung ứng mỗi ngày 3 tấn rau cho các bếp ăn và siêu thị.
Thu nhập của thành viên HTX đạt bình quân 9 triệu đồng/người/tháng.
Nguồn: Báo Hà Tĩnh
""",
          author=None, **dt(datetime(2024, 11, 5, 9, 15)),
          opts={"slug": "htx-nong-nghiep-thach-hung-lam-giau-tu-rau-sach"},
          notes=["2024 item of the old district ('huyện Thạch Hà'); 'Nguồn: Báo Hà Tĩnh' is no author; listed on page 2 "
                 "(?begin=5&end=9&pagesize=5)"]),
        A(path=f"{R}/thong-bao/lich-tiep-nhan-ho-so-thanh-lap-htx.html",
          title="Lịch tiếp nhận hồ sơ tư vấn thành lập HTX tháng 3/2026",
          lead="Liên minh HTX tỉnh tiếp nhận hồ sơ tư vấn thành lập HTX vào các ngày trong tuần.",
          body="""
## Thời gian
* Sáng từ 7 giờ 30 đến 11 giờ 30, thứ Hai đến thứ Sáu;
* Chiều từ 13 giờ 30 đến 17 giờ, thứ Hai đến thứ Năm.
## Địa điểm
Phòng Tư vấn - Hỗ trợ, Liên minh HTX tỉnh, số 28 đường Nguyễn Chí Thanh, phường Thành Sen.
""",
          author=None, date=datetime(2026, 3, 10), published=iso(datetime(2026, 3, 10)), published_source="listing",
          evidence=["listing"],
          opts={"slug": "lich-tiep-nhan-ho-so-thanh-lap-htx", "article": True},
          notes=["a jnt:article (intro, paragraphs with their titles): no date on the page; only the 'Thông báo' list "
                 "'(10/03/2026)' dates it -> 2026-03-10 from the listing"]),
    ]


# -- markup ----------------------------------------------------------------------------------

def img_url(name: str, year: int) -> str:
    return f"{FILES}/tin-tuc/{year}/{name}"


def desc_html(a: Article) -> str:
    out = []
    if a.lead:
        out.append(f'<p style="text-align: justify;"><strong>{inline_html(a.lead)}</strong></p>')
    rows = []
    blocks = [*a.blocks, None]
    for b in blocks:
        if b is not None and b.kind == "p" and b.text.startswith("| "):
            rows.append(b.text.strip("| ").split(" | "))
            continue
        if rows:
            out.append('<table border="1" cellpadding="0" cellspacing="0" style="width:100%"><tbody>' + "".join(
                "<tr>\n" + "".join(f"<td><strong>{esc(c)}</strong></td>\n" if i == 0 else f"<td>{esc(c)}</td>\n" for c in r)
                + "</tr>\n" for i, r in enumerate(rows)) + "</tbody></table>")
            rows = []
        if b is None:
            break
        if b.kind == "p":
            out.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f'<p style="text-align: justify;"><strong>{inline_html(b.text)}</strong></p>')
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<p style="text-align:center"><img alt="" src="{img_url(b.src, a.date.year)}" style="width: 600px; '
                       f'height: 400px;"></p><p style="text-align:center"><em>{esc(b.text)}</em></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def fix_byline(a: Article) -> None:
    """The closing line of the markup is the byline (right-aligned)."""
    lines = [x for x in a.body.strip().splitlines() if x.strip()]
    last = lines[-1].strip()
    if a.author and (last == a.author or last.startswith(("Ảnh:", a.author))) or last.startswith("Nguồn:"):
        a.byline = last
        a.body = "\n".join(lines[:-1])


def short(a: Article) -> str:
    return a.path.replace("/cms/render/live/vi/sites/sonnmt", "")


def print_url(a: Article) -> str:
    return a.path[:-5] + ".print.html"


def vanity(a: Article) -> str:
    return f"/vi/tin-tuc/{a.opts['slug']}"


def datestr(d: datetime) -> str:
    return f"Ngày {d:%d/%m/%Y}" + (f" {d:%H:%M}" if (d.hour, d.minute) != (0, 0) else "")


def menu() -> str:
    links = {"Giới thiệu": f"{R}/gioi-thieu.html", "Tin tức - Sự kiện": f"{NEWS}.html", "Văn bản": f"{R}/van-ban.html",
             "Thủ tục hành chính": f"{R}/thu-tuc-hanh-chinh.html", "Thông báo": f"{R}/thong-bao.html",
             "Liên hệ": f"{R}/lien-he.html"}
    sub = {"Kinh tế hợp tác": f"{R}/kinh-te-hop-tac.html", "Tin hoạt động": f"{NEWS}.html"}
    items = []
    for top, subs in MENU.items():
        lis = "".join(f'<li><a href="{sub.get(s, links[top])}">{s}</a></li>' for s in subs)
        items.append(f'<li class="dropdown mega-menu-fullwidth"><a href="{links[top]}" class="dropdown-toggle">{top}</a>'
                     + (f'<ul class="dropdown-menu"><li><div class="mega-menu-content"><ul class="list-unstyled">{lis}'
                        f'</ul></div></li></ul>' if lis else "") + "</li>")
    return (f'<nav class="navbar navbar-default mega-menu"><ul class="nav navbar-nav"><li><a href="{R}.html">'
            f'{LABELS[0]}</a></li>{"".join(items)}</ul></nav>')


def sidebar(arts: list[Article]) -> str:
    newest = [a for a in arts if not a.opts.get("article")][:5]
    lis = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in newest)
    opts = "".join(f'<option value="{{{{base:offsite}}}}{h}">{t}</option>' for t, h in
                   [("Cổng TTĐT tỉnh Hà Tĩnh", "/"), ("Liên minh HTX Việt Nam", "/lmhtx-vn/"),
                    ("Cổng TTĐT Chính phủ", "/chinh-phu/")])
    return (f'<div class="col-md-3 sidebar"><div class="box"><h3 class="box-title">{SIDE[7]}</h3><ul>{lis}</ul></div>'
            f'<div class="box hotline"><h3 class="box-title">{SIDE[5]}</h3><p>{SIDE[6]}</p></div>'
            f'<div class="box weblinks"><h3 class="box-title">{SIDE[0]}</h3><select class="form-control" '
            f'onchange="window.open(this.value)"><option value="">{SIDE[1]}</option>{opts}</select></div>'
            f'<div class="box counter"><h3 class="box-title">{SIDE[2]}</h3><p>{SIDE[3]}</p><p>{SIDE[4]}</p></div></div>')


def layout(title: str, main: str, arts: list[Article], *, crumbs: list[tuple[str, str]], node: str, tpl: str,
           h1: str = "Tin tức - Sự kiện", head: str = "") -> str:
    crumb = "".join(f'<li><a href="{h}">{t}</a></li>' if h else f'<li class="active">{t}</li>'
                    for t, h in [(LABELS[0], f"{R}.html"), *crumbs])
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="author" content="{NAME}">
<meta name="description" content="{attr(title)}">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/modules/bootstrap3-core/css/bootstrap.min.css">
<link rel="stylesheet" href="/generated-resources/6a1f0c2b9e7d4a35.min.css">
<script type="text/javascript">var contextJsParameters={{contextPath:"",lang:"vi",uilang:"vi",siteUuid:"4b2d7e1a-6c3f-4e8a-9d15-0a7f3c2e9b81",wcag:true,ckeCfg:""}};</script>
<script type="text/javascript" src="/modules/jquery/javascript/jquery.min.js"></script>{head}
</head>
<body>
<div class="jahia-template-gxt bodywrapper" id="bodywrapper" jahiatype="mainmodule" path="{node}" locale="vi" template="{tpl}">
<div class="topbar"><div class="container"><span class="today">{TODAY}</span> <a href="/cms/login?redirect={attr(node)}">Đăng nhập</a></div></div>
<div class="header"><div class="container"><a class="logo" href="{R}.html"><img src="{FILES}/logo/logo-sonnmt.png" alt="logo"></a>
<div class="site-name"><div class="name-vi">{HEADER[0]}</div><div class="name-en">{HEADER[1]}</div></div>
<form class="search-form" action="{R}/search-results.html" method="get"><input type="text" name="src_terms[0].term" placeholder="{LABELS[8]}"></form></div></div>
<div class="container">{menu()}</div>
<div class="breadcrumbs"><div class="container"><ul class="breadcrumb">{crumb}</ul></div></div>
<div class="container content"><div class="row">
<div class="col-md-9"><div class="area-main" id="area-main"><h1 class="page-title">{h1}</h1>
{main}
</div></div>
{sidebar(arts)}
</div></div>
<div class="footer"><div class="container">{foot}</div></div>
</div>
</body>
</html>
"""


def news_detail(a: Article, arts: list[Article]) -> str:
    others = [x for x in arts if x is not a and not x.opts.get("article")][:4]
    rel = "".join(f'<li><a href="{short(x)}">{esc(x.title)}</a> <span class="newsDate">({x.date:%d/%m/%Y})</span></li>'
                  for x in others)
    rel += f'<li><a href="{NEWS}/htx-che-bien-hai-san-loc-ha-ra-mat-san-pham-moi.html">HTX chế biến hải sản Lộc Hà ra mắt sản phẩm mới</a> <span class="newsDate">(03/10/2024)</span></li>'
    att = ""
    if a.attachments:
        att = (f'<div class="news-attachments"><h4>{LABELS[4]}</h4><ul>' + "".join(
            f'<li><a href="{x["path"]}" target="_blank"><i class="fa fa-file"></i> {esc(x["text"])}</a></li>'
            for x in a.attachments) + "</ul></div>")
    pic = a.first_image()
    img = (f'<div class="newsImg"><img src="{img_url(pic, a.date.year)}?t=thumbnail2" alt="{attr(a.title)}"></div>'
           if pic else "")
    return (f'<div class="news-v3 newsDetail" id="news-{a.opts["slug"][:24]}">'
            f'<h2 class="newsTitle">{esc(a.title)}</h2>'
            f'<p class="newsInfo"><span class="newsDate">{datestr(a.date)}</span></p>{img}'
            f'<div class="newsDesc">{desc_html(a)}</div>{att}'
            f'<div class="news-tools"><a href="{print_url(a)}" target="_blank">{LABELS[2]}</a> | '
            f'<a href="javascript:void(0)" class="send-mail">{LABELS[3]}</a></div></div>'
            f'<div class="news-related"><h3>{LABELS[1]}</h3><ul>{rel}</ul></div>')


def article_detail(a: Article) -> str:
    paras, title = [], None
    for b in a.blocks:
        if b.kind == "h":
            title = b.text
            continue
        inner = (f"<p>{inline_html(b.text)}</p>" if b.kind == "p" else
                 "<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        paras.append(f'<div class="paragraph">' + (f"<h3>{esc(title)}</h3>" if title else "") + f"{inner}</div>")
        title = None
    return (f'<div class="article"><h2>{esc(a.title)}</h2><div class="intro"><p>{inline_html(a.lead)}</p></div>'
            f'{"".join(paras)}</div>')


def print_page(a: Article) -> str:
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(a.title)}</title></head>'
            f'<body onload="window.print()"><div class="print"><div class="print-header">{HEADER[0]}</div>'
            f'<h2 class="newsTitle">{esc(a.title)}</h2><p class="newsInfo"><span class="newsDate">{datestr(a.date)}</span>'
            f'</p><div class="newsDesc">{desc_html(a)}</div><div class="print-footer">{esc(FOOTER[5])}</div></div></body></html>')


def list_item(a: Article) -> str:
    pic = a.first_image()
    return ('<div class="newsListItem">'
            + (f'<div class="newsImg"><a href="{a.path}"><img src="{img_url(pic, a.date.year)}?t=thumbnail" alt=""></a></div>'
               if pic else "")
            + f'<h4><a href="{a.path}">{esc(a.title)}</a></h4><p class="newsInfo"><span class="newsDate">'
            f'{datestr(a.date)}</span></p><p class="newsResume">{esc(a.summary())}</p></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-tinh", "Liên minh HTX tỉnh Hà Tĩnh (Sở Nông nghiệp và Môi trường)", "generic", None,
                     start_urls=["{{base:%s}}%s/kinh-te-hop-tac.html" % (SITE, R)])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        fix_byline(a)
    news = [a for a in arts if not a.opts.get("article")]

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    for a in arts:
        node = a.path.replace("/cms/render/live/vi", "")[:-5]
        if a.opts.get("article"):
            page(a.path, layout(a.title, article_detail(a), arts, crumbs=[("Thông báo", f"{R}/thong-bao.html"),
                                                                          (a.title, None)],
                                node=node, tpl="article", h1="Thông báo"))
            site.add_article(a)
            continue
        page(a.path, layout(a.title, news_detail(a, arts), arts, crumbs=[("Tin tức - Sự kiện", f"{NEWS}.html"),
                                                                         (a.title, None)],
                            node=node, tpl="news-detail"))
        page(print_url(a), print_page(a))
        site.same_page(short(a), a.path)
        a.aliases = [short(a), print_url(a)]
        if a.opts.get("vanity"):
            site.same_page(vanity(a), a.path)
            a.aliases.append(vanity(a))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(img_url(b.src, a.date.year), image_for(b.src))
        site.add_article(a)
    site.binary(f"{FILES}/van-ban/2026/TB-12-LMHTX.pdf", pdf("Thông báo số 12/TB-LMHTX",
                                                              ["THONG BAO TUYEN CHON HTX THAM GIA OCOP 2026"]))
    site.binary(f"{FILES}/van-ban/2026/mau-ho-so-vay-von-2026.doc", rtf(["Mẫu hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX"]))
    site.binary(f"{FILES}/logo/logo-sonnmt.png", image_for("logo-sonnmt"))
    site.error(f"{NEWS}/htx-che-bien-hai-san-loc-ha-ra-mat-san-pham-moi.html", 404)
    site.trap("news detail: h1.page-title is the section, h2.newsTitle the title, span.newsDate 'Ngày dd/mm/yyyy hh:mm', "
              "div.newsDesc the CKEditor text; reached also at /home/tin-tuc/<slug>.html (Tin liên quan), "
              "<slug>.print.html (In bài) and for three items /vi/tin-tuc/<slug> (home page): aliases; 'Tin liên quan' "
              "links a deleted news item (404)", arts[0].path)

    def listing(base: str, items: list[Article], h1: str, crumbs: list, style: str = "begin",
                dated: bool = True) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        urls = [base if n == 0 else (f"{base}?begin={n * PER}&end={n * PER + PER - 1}&pagesize={PER}" if style == "begin"
                                      else f"{base}?page={n + 1}") for n in range(len(chunks))]
        for n, chunk in enumerate(chunks):
            pager = ""
            if len(chunks) > 1:
                first = f"{base}?begin=0&end={PER - 1}&pagesize={PER}" if style == "begin" else f"{base}?page=1"
                pager = (f'<div class="pagination"><ul><li><a href="{first}">{LABELS[5]}</a></li>'
                         + "".join(f'<li class="{"active" if k == n else ""}"><a href="{u if k else first}">{k + 1}</a></li>'
                                   for k, u in enumerate(urls))
                         + f'<li><a href="{urls[-1]}">{LABELS[6]}</a></li></ul></div>')
            if dated:
                body = "".join(list_item(a) for a in chunk)
            else:
                body = "<ul class=\"article-list\">" + "".join(
                    f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({a.date:%d/%m/%Y})</span></li>'
                    for a in chunk) + "</ul>"
            page(urls[n], layout(h1, f'<div class="newsList">{body}</div>{pager}', arts, crumbs=crumbs,
                                 node=base.replace("/cms/render/live/vi", "")[:-5], tpl="news-list", h1=h1))
            site.non_articles.append(urls[n])
        if len(chunks) > 1:
            first = f"{base}?begin=0&end={PER - 1}&pagesize={PER}" if style == "begin" else f"{base}?page=1"
            site.same_page(first, base)
            site.non_articles.append(first)

    listing(f"{NEWS}.html", news, "Tin tức - Sự kiện", [("Tin tức - Sự kiện", None)])
    listing(f"{R}/kinh-te-hop-tac.html", news, "Kinh tế hợp tác", [("Tin tức - Sự kiện", f"{NEWS}.html"),
                                                                  ("Kinh tế hợp tác", None)], style="page")
    notices = [a for a in arts if a.opts.get("article")] + [a for a in news if a.doc_number]
    listing(f"{R}/thong-bao.html", notices, "Thông báo", [("Thông báo", None)], dated=False)
    site.trap("lists: /home/tin-tuc.html paged by Jahia's ?begin=5&end=9&pagesize=5 (?begin=0&end=4&pagesize=5 is "
              "page 1 again), the 'Kinh tế hợp tác' category page by ?page=2; the 'Thông báo' list '(dd/mm/yyyy)' is the "
              "only date of the jnt:article notice", f"{NEWS}.html?begin=5&end=9&pagesize=5")

    home = ('<div class="home-news"><h2>Tin nổi bật</h2>'
            + "".join(f'<div class="hot"><a href="{vanity(a)}">{esc(a.title)}</a> <span class="newsDate">'
                      f'{datestr(a.date)}</span></div>' for a in news if a.opts.get("vanity"))
            + "".join(list_item(a) for a in news[:4]) + f'<a href="{R}/kinh-te-hop-tac.html">{LABELS[7]}</a></div>')
    page(f"{R}.html", layout(NAME, home, arts, crumbs=[], node="/sites/sonnmt/home", tpl="home", h1=NAME))
    site.redirect("/", f"{R}.html", 302)
    intro = Article(path="", title="Giới thiệu Liên minh HTX tỉnh Hà Tĩnh", date=TODAY_2026,
                    lead="Liên minh HTX tỉnh Hà Tĩnh là tổ chức đại diện của các HTX, liên hiệp HTX, tổ hợp tác trên địa "
                         "bàn tỉnh.",
                    body="## Chức năng\nĐại diện, bảo vệ quyền và lợi ích hợp pháp của thành viên; tư vấn, hỗ trợ HTX.\n"
                         "## Trụ sở\nSố 28 đường Nguyễn Chí Thanh, phường Thành Sen, tỉnh Hà Tĩnh.")
    page(f"{R}/gioi-thieu.html", layout("Giới thiệu", article_detail(intro), arts, crumbs=[("Giới thiệu", None)],
                                        node="/sites/sonnmt/home/gioi-thieu", tpl="article", h1="Giới thiệu"))
    site.trap("/home/gioi-thieu.html is a jnt:article in the same template as the notice (h2, intro, paragraphs with "
              "titles, no date), listed nowhere: a static page, not an article", f"{R}/gioi-thieu.html")
    docs = ('<table class="table"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>'
            f'<tr><td>12/TB-LMHTX</td><td>04/03/2026</td><td><a href="{FILES}/van-ban/2026/TB-12-LMHTX.pdf">Thông báo tuyển '
            'chọn HTX tham gia Chương trình OCOP năm 2026</a></td></tr>'
            '<tr><td>145/QĐ-SNNMT</td><td>15/01/2026</td><td>Quyết định ban hành kế hoạch phát triển kinh tế tập thể</td></tr>'
            '</tbody></table>')
    page(f"{R}/van-ban.html", layout("Văn bản", docs, arts, crumbs=[("Văn bản", None)], node="/sites/sonnmt/home/van-ban",
                                     tpl="doc-list", h1="Văn bản"))
    page(f"{R}/thu-tuc-hanh-chinh.html", layout("Thủ tục hành chính", '<ul class="tthc"><li>Đăng ký thành lập HTX</li>'
                                                '<li>Đăng ký thay đổi nội dung đăng ký HTX</li></ul>', arts,
                                                crumbs=[("Thủ tục hành chính", None)],
                                                node="/sites/sonnmt/home/thu-tuc-hanh-chinh", tpl="default",
                                                h1="Thủ tục hành chính"))
    page(f"{R}/lien-he.html", layout("Liên hệ", f'<div class="contact"><p>{esc(FOOTER[1])}</p><form action="javascript:void(0)">'
                                     '<input name="hoten"><textarea name="noidung"></textarea><button type="button">Gửi'
                                     '</button></form></div>', arts, crumbs=[("Liên hệ", None)],
                                     node="/sites/sonnmt/home/lien-he", tpl="default", h1="Liên hệ"))
    hits = [a for a in news if "OCOP" in a.title + a.body + (a.lead or "")]
    search = f"{R}/search-results.html?src_terms[0].term=OCOP"
    page(search, layout("Kết quả tìm kiếm", '<div class="search-results"><p>Có ' + str(len(hits)) + ' kết quả cho "OCOP"</p><ol>'
                        + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><p>{esc(a.summary())}</p><span class="date">'
                                  f'{a.date:%d/%m/%Y}</span></li>' for a in hits) + "</ol></div>", arts,
                        crumbs=[("Tìm kiếm", None)], node="/sites/sonnmt/home/search-results", tpl="search",
                        h1="Kết quả tìm kiếm"))
    site.same_page(f"{R}/search-results.html", search)
    page("/cms/login", "<!DOCTYPE html><html><head><meta charset='UTF-8'><title>Jahia - Login</title></head><body>"
                       "<form action='javascript:void(0)'><input name='username'><input type='password' name='password'>"
                       "</form></body></html>")
    site.never_fetched.append("/cms/login")
    site.non_articles += [f"{R}.html", f"{R}/gioi-thieu.html", f"{R}/van-ban.html", f"{R}/thu-tuc-hanh-chinh.html",
                          f"{R}/lien-he.html", search]
    site.static("/robots.txt", "User-agent: *\nDisallow: /cms/login\nDisallow: /cms/edit/\nDisallow: /cms/contribute/\n"
                "Disallow: /cms/render/default/\nDisallow: /start\n")
    return site
