"""Site `cong-nghean` (registry family `generic`): the Nghệ An cooperative alliance's section of the provincial web
portal (Cổng thông tin điện tử tỉnh Nghệ An), which runs on **Oracle WebCenter Sites** (ex-FatWire); written as a
held-out test: no family module, no selectors.

Why it is hard: every page is `/cs/Satellite?c=<AssetType>&cid=<13-digit id>&pagename=NgheAn%2F<AssetType>%2F<Template>`
(a news item `c=Article_C`, a portrait `c=Profile_C`, a register record `c=Document_C`, a page `c=Page`), and the
templates link the same asset in several shapes: the parameters in another order (the home page), with the context
page `&p=<section cid>` ("Tin khác" box), with a leaked `&rendermode=preview`, its print template
`pagename=NgheAn%2FArticle_C%2FPrint` ("In bài"), and for a few items a vanity URL `/lmhtx/<slug>`: one article
each. Images and files are blobs (`/cs/BlobServer?blobcol=urldata&…&blobwhere=<id>&ssbinary=true`,
`/cs/Satellite?blobcol=…&blobheadervalue1=attachment%3Bfilename%3D….pdf…`). `<title>` is the portal's name on every
page and `<meta name="author">` too; the article is `h2.ArticleTitle` under the portlet caption, `span.ArticleDate`
"12/03/2026 08:30", `div.ArticleSapo` (the lead), `div.ArticleContent`, then `div.ArticleAuthor` "Tác giả: X" (author
only, not text) or `div.ArticleSource` "Nguồn: …" (neither). The section lists items with "(dd/mm/yyyy)" and pages by
`&page=2`; a "Gương HTX điển hình" portrait (Profile_C) has no date anywhere with a year and is listed only on the
topic page, without dates. Register records (Document_C: Số ký hiệu, Ngày ban hành, Người ký, Trích yếu, Tệp đính kèm),
the section's introduction in the article template (no date), the gallery, contact and search pages are no articles.
Around: the provincial portal's furniture (date banner, menus of the province, weather, visit counter, poll, online
support, links, footer with the licence).
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from .core import TODAY_2026, Article, SiteBuild, attr, esc, image_for, inline_html, iso, pdf, weekday

SITE = "cong-nghean"
NAME = "Cổng thông tin điện tử tỉnh Nghệ An"
HTML = "text/html; charset=utf-8"
PER = 5
SECTION = 1400000086011  # "Liên minh Hợp tác xã tỉnh" section page
TOPIC = 1400000086019  # "Gương HTX điển hình"
DOCS = 1400000086015  # "Văn bản"
GALLERY = 1400000086023
CONTACT = 1400000086027
HOME = 1400000000100
SEARCH = 1400000000210
ABOUT = 1400000135002  # the section's introduction, an Article_C without date
DELETED = 1400000134577
LOGIN = "/cs/Xcelerate/LoginPage.html"

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
HEADER = ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN", "NGHE AN PROVINCE PORTAL"]
SIDE = ["Liên minh Hợp tác xã tỉnh", "Thời tiết", "Vinh: 24°C - Có mây, không mưa", "Thống kê truy cập",
        "Đang trực tuyến: 85", "Tổng lượt truy cập: 12.345.678", "Thăm dò ý kiến",
        "Bạn đánh giá thế nào về thông tin trên Cổng?", "Đầy đủ, kịp thời", "Cần bổ sung thêm", "Biểu quyết",
        "Hỗ trợ trực tuyến", "Đường dây nóng: 0238.3598.599", "Liên kết website", "-- Chọn liên kết --"]
LABELS = ["Trang chủ", "Tin khác", "Tin liên quan", "Từ khóa:", "In bài", "Gửi email", "Quay lại", "Chia sẻ",
          "Lượt xem:", "Tệp đính kèm:", "Trang sau", "Góp ý về bài viết", "Họ và tên", "Gửi góp ý"]
FOOTER = ["Cơ quan chủ quản: Ủy ban nhân dân tỉnh Nghệ An",
          "Cơ quan thường trực: Sở Khoa học và Công nghệ tỉnh Nghệ An",
          "Giấy phép số 45/GP-TTĐT ngày 20/4/2015 của Bộ Thông tin và Truyền thông",
          "Địa chỉ: Số 03 đường Trường Thi, phường Thành Vinh, tỉnh Nghệ An",
          "Điện thoại: 0238.3598.599 - Email: banbientap@nghean.gov.vn",
          "Ghi rõ nguồn \"Cổng thông tin điện tử tỉnh Nghệ An\" khi phát hành lại thông tin từ website này."]
MENU = ["Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Công dân", "Doanh nghiệp", "Dịch vụ công"]
BOILERPLATE = [NAME, TODAY, *HEADER, *SIDE, *LABELS[:10], LABELS[11], LABELS[13], *FOOTER, "Facebook", "Zalo"]


def sat(c: str, cid: int, tpl: str = "Layout", **extra) -> str:
    q = f"c={c}&cid={cid}" + "".join(f"&{k}={v}" for k, v in extra.items())
    return f"/cs/Satellite?{q}&pagename=NgheAn%2F{c}%2F{tpl}"


def page_url(cid: int, tpl: str = "Layout", **extra) -> str:
    return sat("Page", cid, tpl, **extra)


def blob(where: int, header: str = "image%2Fpng") -> str:
    return (f"/cs/BlobServer?blobcol=urldata&blobheader={header}&blobkey=id&blobtable=MungoBlobs&blobwhere={where}"
            "&ssbinary=true")


def file_blob(where: int, name: str) -> str:
    return ("/cs/Satellite?blobcol=urldata&blobheader=application%2Fpdf&blobheadername1=Content-Disposition"
            f"&blobheadervalue1=attachment%3Bfilename%3D{quote(name)}&blobkey=id&blobtable=MungoBlobs"
            f"&blobwhere={where}&ssbinary=true")


PLAN_FILE = file_blob(1400000140020, "KH-15-LMHTX.pdf")


def shown(d: datetime, listed: bool = True) -> dict:
    return dict(published=iso(d), published_source="date-element",
                evidence=["date-element", "listing"] if listed else ["date-element"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=sat("Article_C", 1400000135522), title="Nghệ An có thêm 15 HTX nông nghiệp ứng dụng công nghệ cao",
          date=datetime(2026, 3, 12, 8, 30),
          lead="Năm 2025, toàn tỉnh có thêm 15 HTX nông nghiệp ứng dụng công nghệ cao, nâng tổng số lên 64 HTX.",
          body="""
Các HTX tập trung ở Nghĩa Đàn, Quỳnh Lưu, Diễn Châu và Đô Lương, chủ yếu sản xuất rau, quả trong nhà màng, chăn nuôi bò sữa và nuôi tôm công nghệ cao.
[img htx-cnc-nghia-dan.png] Nhà màng trồng dưa lưới của HTX Nông nghiệp công nghệ cao Nghĩa Đàn
Theo Liên minh HTX tỉnh, doanh thu bình quân của nhóm HTX này đạt 7,2 tỷ đồng/năm, cao gấp ba lần bình quân chung của HTX nông nghiệp.
Năm 2026, Liên minh HTX tỉnh phấn đấu hỗ trợ thêm 10 HTX ứng dụng công nghệ cao thông qua vốn vay ưu đãi và tư vấn kỹ thuật.
""",
          author="Hải Yến", **shown(datetime(2026, 3, 12, 8, 30)),
          opts={"slug": "nghe-an-co-them-15-htx-nong-nghiep-ung-dung-cong-nghe-cao", "views": 312, "vanity": True,
                "related": [1400000134881], "preview_link": True},
          notes=["article /cs/Satellite?c=Article_C&cid=…&pagename=NgheAn%2FArticle_C%2FLayout: <title> is the portal's name, "
                 "<meta name=author> the portal; h2.ArticleTitle under the portlet caption, span.ArticleDate '12/03/2026 08:30', "
                 "div.ArticleSapo (lead), div.ArticleContent, 'Tác giả: Hải Yến' after the body (author only)",
                 "the same asset at its vanity URL /lmhtx/<slug> (home page), with the parameters reordered (home page), "
                 "with &p=<section> ('Tin khác') and its print template NgheAn%2FArticle_C%2FPrint ('In bài'): aliases"]),
        A(path=sat("Article_C", 1400000135497),
          title="Liên minh HTX tỉnh ban hành kế hoạch xúc tiến thương mại cho HTX năm 2026",
          date=datetime(2026, 3, 5, 15, 0),
          lead="Liên minh HTX tỉnh vừa ban hành Kế hoạch số 15/KH-LMHTX về xúc tiến thương mại, hỗ trợ HTX tiêu thụ sản phẩm năm 2026.",
          body="""
Theo kế hoạch, năm 2026 Liên minh HTX tỉnh tổ chức 2 hội chợ sản phẩm HTX tại Vinh, hỗ trợ 40 HTX tham gia hội chợ ngoài tỉnh và đưa 30 sản phẩm OCOP của HTX lên sàn thương mại điện tử.
HTX có nhu cầu tham gia liên hệ Ban Kế hoạch - Hỗ trợ, Liên minh HTX tỉnh để được hướng dẫn.
""",
          author=None, attachments=[{"path": PLAN_FILE, "text": "KH-15-LMHTX.pdf"}],
          **shown(datetime(2026, 3, 5, 15, 0)),
          opts={"slug": "ke-hoach-xuc-tien-thuong-mai-htx-2026", "views": 188, "source": "Văn phòng Liên minh HTX tỉnh",
                "file": True},
          notes=["plan announced as news: 'Tệp đính kèm: KH-15-LMHTX.pdf' after the body, a WebCenter blob URL "
                 "(/cs/Satellite?blobcol=urldata&…&blobheadervalue1=attachment%3Bfilename%3DKH-15-LMHTX.pdf…); "
                 "'Nguồn: Văn phòng Liên minh HTX tỉnh' is no author; the register record of the plan (Document_C) is no "
                 "article"]),
        A(path=sat("Article_C", 1400000135463),
          title="Thông báo về việc tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX tỉnh đợt 1 năm 2026",
          date=datetime(2026, 2, 24, 9, 0),
          body="""
LIÊN MINH HTX TỈNH NGHỆ AN
Số: 09/TB-LMHTX
Nghệ An, ngày 23 tháng 02 năm 2026
THÔNG BÁO
Về việc tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX tỉnh đợt 1 năm 2026
Quỹ hỗ trợ phát triển HTX tỉnh Nghệ An thông báo tiếp nhận hồ sơ vay vốn đợt 1 năm 2026 với tổng nguồn vốn 30 tỷ đồng.
Mức cho vay tối đa 1,5 tỷ đồng/dự án; lãi suất 4,8%/năm; thời hạn vay tối đa 60 tháng.
Hồ sơ nộp tại Quỹ hỗ trợ phát triển HTX tỉnh, số 16 đường Trường Thi, phường Thành Vinh, từ ngày 01/3 đến ngày 15/4/2026.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Thắng
""",
          author=None, doc_number="09/TB-LMHTX", **shown(datetime(2026, 2, 24, 9, 0)),
          opts={"slug": "thong-bao-tiep-nhan-ho-so-vay-von-dot-1-2026", "views": 451},
          notes=["official notice 'Số: 09/TB-LMHTX', place-date line 'Nghệ An, ngày 23 tháng 02 năm 2026' (the day before "
                 "the posting time 24/02/2026 09:00, the publication date); signer last; no author"]),
        A(path=sat("Article_C", 1400000135431),
          title="Giám đốc HTX Cam Vinh Yên Thành: Muốn đi xa phải có thương hiệu",
          date=datetime(2026, 2, 10, 10, 0),
          lead="Cam Vinh của HTX Dịch vụ nông nghiệp Yên Thành đã vào hệ thống siêu thị lớn. Phóng viên trao đổi với bà Trần Thị Hương, Giám đốc HTX.",
          body="""
**Phóng viên: Thưa bà, vì sao HTX chọn làm thương hiệu ngay từ khi còn nhỏ?**
Bà Trần Thị Hương: Cam Vinh ngon nhưng nếu không có thương hiệu thì thương lái ép giá. Khi có nhãn hiệu, tem truy xuất và hợp đồng với siêu thị, giá cam của thành viên ổn định hơn nhiều.
**Phóng viên: Khó khăn lớn nhất của HTX hiện nay là gì?**
Bà Trần Thị Hương: Là vốn để làm kho lạnh. Chúng tôi đang làm hồ sơ vay Quỹ hỗ trợ phát triển HTX tỉnh để xây kho 200 tấn.
**Phóng viên: Xin cảm ơn bà!**
""",
          author="Thanh Lê", **shown(datetime(2026, 2, 10, 10, 0)),
          opts={"slug": "giam-doc-htx-cam-vinh-yen-thanh", "views": 267},
          notes=["interview: bold 'Phóng viên: …?' questions, 'Bà Trần Thị Hương: …' answers; author 'Thanh Lê' in "
                 "div.ArticleAuthor after the body (not text)"]),
        A(path=sat("Article_C", 1400000135402), title="Phóng sự ảnh: Mùa thu hoạch chè ở HTX chè Thanh Chương",
          date=datetime(2026, 1, 18, 7, 45),
          lead="Những ngày cuối năm, các đồi chè của HTX Chè Thanh Mai vào vụ thu hoạch.",
          body="""
[img che-thanh-chuong-1.png] Thành viên HTX hái chè búp trên những đồi chè rộng 180 ha
[img che-thanh-chuong-2.png] Chè búp tươi được đưa về xưởng chế biến của HTX ngay trong buổi sáng
[img che-thanh-chuong-3.png] Sản phẩm chè xanh Thanh Chương của HTX đạt chứng nhận OCOP 4 sao
""",
          author="Nguyễn Hoa", **shown(datetime(2026, 1, 18, 7, 45)),
          opts={"slug": "phong-su-anh-mua-thu-hoach-che-thanh-chuong", "views": 530},
          notes=["photo story: a lead and three photos (centred blob <img>, centred <em> caption paragraph): the captions "
                 "are the text"]),
        A(path=sat("Article_C", 1400000135377),
          title="Kết quả hoạt động của Quỹ hỗ trợ phát triển HTX tỉnh năm 2025",
          date=datetime(2026, 1, 9, 14, 20),
          lead="Năm 2025, Quỹ hỗ trợ phát triển HTX tỉnh giải ngân 42,5 tỷ đồng cho 38 dự án của HTX, không phát sinh nợ xấu.",
          body="""
Kết quả cho vay của Quỹ qua các năm như sau:
| Năm | Số dự án | Số tiền giải ngân (tỷ đồng) | Dư nợ cuối năm (tỷ đồng) |
| 2023 | 27 | 28,0 | 51,6 |
| 2024 | 31 | 35,2 | 63,9 |
| 2025 | 38 | 42,5 | 78,4 |
Các dự án vay vốn chủ yếu đầu tư nhà màng, kho lạnh, máy chế biến và phương tiện vận chuyển.
""",
          author=None, **shown(datetime(2026, 1, 9, 14, 20)),
          opts={"slug": "ket-qua-hoat-dong-quy-ho-tro-phat-trien-htx-2025", "views": 204,
                "source": "Quỹ hỗ trợ phát triển HTX tỉnh"},
          notes=["a data table (div-free: the one <table> of the body): one line per row, cells between ' | '; "
                 "'Nguồn: Quỹ hỗ trợ phát triển HTX tỉnh' is no author"]),
        A(path=sat("Profile_C", 1400000135350), title="HTX Thủy sản Quỳnh Lập: Từ bãi cát hoang thành vùng nuôi tôm",
          date=datetime(2025, 12, 20, 9, 0),
          lead="Từ 8 thành viên với 5 ha đầm nuôi, HTX Thủy sản Quỳnh Lập nay là một trong những HTX nuôi tôm hiệu quả nhất vùng biển Hoàng Mai.",
          body="""
Ngày 5/12, HTX đón đoàn công tác của Liên minh HTX tỉnh đến khảo sát mô hình nuôi tôm hai giai đoạn trong nhà màng.
Những kết quả nổi bật của HTX:
* Diện tích nuôi 42 ha, trong đó 12 ha nuôi trong nhà màng;
* Sản lượng tôm năm 2025 đạt 860 tấn;
* 56 thành viên, thu nhập bình quân 14 triệu đồng/người/tháng;
* Được công nhận HTX kiểu mới tiêu biểu của tỉnh.
""",
          author=None, published=None, published_source=None, evidence=[], listed=False,
          opts={"slug": "htx-thuy-san-quynh-lap", "views": 96, "nodate": True},
          notes=["portrait in the 'Gương HTX điển hình' topic (c=Profile_C): its template shows no date, the text says only "
                 "'Ngày 5/12' and the topic page lists it without dates: published null"]),
        A(path=sat("Article_C", 1400000134881), title="HTX Nông nghiệp Diễn Châu đưa máy cấy vào sản xuất vụ đông xuân",
          date=datetime(2025, 11, 27, 9, 10),
          lead="HTX Dịch vụ nông nghiệp Diễn Thọ đầu tư 4 máy cấy, phục vụ 250 ha lúa của thành viên ngay từ vụ đông xuân.",
          body="""
Cấy bằng máy giúp thành viên tiết kiệm 30% lượng giống và giảm một nửa công lao động so với cấy tay.
[img may-cay-dien-tho.png] Máy cấy của HTX Dịch vụ nông nghiệp Diễn Thọ trên cánh đồng mẫu lớn
HTX thu phí dịch vụ cấy máy 1,2 triệu đồng/ha, thấp hơn chi phí thuê lao động cấy tay.
""",
          author="Hải Yến", **shown(datetime(2025, 11, 27, 9, 10)),
          opts={"slug": "htx-dien-chau-dua-may-cay-vao-san-xuat", "views": 142, "vanity": True},
          notes=["linked from another article's 'Tin liên quan' with a leaked &rendermode=preview: an alias"]),
        A(path=sat("Article_C", 1400000134810), title="Hội nghị tập huấn nâng cao năng lực quản trị cho cán bộ HTX",
          date=datetime(2025, 10, 15, 16, 0),
          lead="Liên minh HTX tỉnh tổ chức lớp tập huấn nâng cao năng lực quản trị cho 90 cán bộ quản lý HTX tại thành phố Vinh.",
          body="""
Học viên được giới thiệu những điểm mới của Luật Hợp tác xã năm 2023, kỹ năng xây dựng phương án sản xuất kinh doanh và quản trị tài chính HTX.
Kết thúc lớp học, các học viên được cấp giấy chứng nhận hoàn thành khóa học.
""",
          author=None, **shown(datetime(2025, 10, 15, 16, 0)),
          opts={"slug": "tap-huan-nang-cao-nang-luc-quan-tri-htx", "views": 77, "source": "Báo Nghệ An"},
          notes=["'Nguồn: Báo Nghệ An' (div.ArticleSource): no author; listed on the section's page 2 (&page=2)"]),
    ]


# -- markup ------------------------------------------------------------------------------------

_blob_ids = [1400000140100]
IMG_IDS: dict[str, int] = {}


def img_blob(name: str) -> str:
    if name not in IMG_IDS:
        _blob_ids[0] += 7
        IMG_IDS[name] = _blob_ids[0]
    return blob(IMG_IDS[name])


def aval(url: str) -> str:
    return url.replace("&", "&amp;")


def content_html(a: Article) -> str:
    out, table = [], []

    def flush_table() -> None:
        if table:
            rows = "".join("<tr>\n" + "\n".join(f"<td>{esc(c.strip())}</td>" for c in r.strip("|").split("|")) + "\n</tr>\n"
                           for r in table)
            out.append(f'<table class="table table-bordered" border="1" cellpadding="4">\n{rows}</table>')
            table.clear()

    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            table.append(b.text)
            continue
        flush_table()
        if b.kind == "p":
            if a.doc_number and (b.text.isupper() or b.text.startswith("Số:")):
                out.append(f'<p style="text-align: center;"><strong>{esc(b.text)}</strong></p>')
            elif a.doc_number and b.text.startswith("Nghệ An, ngày"):
                out.append(f'<p style="text-align: right;"><em>{esc(b.text)}</em></p>')
            else:
                out.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "h":
            out.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img alt="" src="{aval(img_blob(b.src))}" style="width: 600px;"></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    flush_table()
    return "\n".join(out)


def layout(main: str, arts: list[Article], crumb: str = "") -> str:
    menu = "".join(f'<li class="menu-item"><a href="{{{{base:offsite}}}}/chinh-phu/">{esc(m)}</a></li>' for m in MENU[2:])
    side_menu = "".join(f'<li><a href="{aval(h)}">{esc(t)}</a></li>' for h, t in [
        (page_url(SECTION), "Tin hoạt động"), (page_url(TOPIC, "Topic"), "Gương HTX điển hình"),
        (page_url(DOCS, "DocList"), "Văn bản"), (page_url(GALLERY, "Gallery"), "Thư viện ảnh"),
        (sat("Article_C", ABOUT), "Giới thiệu Liên minh"), (page_url(CONTACT, "Contact"), "Liên hệ")])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{NAME}</title>
<meta name="description" content="{NAME}">
<meta name="keywords" content="Nghệ An, cổng thông tin, chính quyền điện tử">
<meta name="author" content="{NAME}">
<link rel="stylesheet" href="/cs/NgheAn/css/bootstrap.min.css">
<link rel="stylesheet" href="/cs/NgheAn/css/portal.css">
<script src="/cs/NgheAn/js/jquery.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="top-bar" class="top-bar"><div class="container"><span class="date-now">{TODAY}</span>
<div class="top-links"><a href="{aval(page_url(CONTACT, "Contact"))}">Liên hệ</a> | <a href="/sitemap.xml">Sơ đồ cổng</a></div></div></div>
<div id="header" class="header"><div class="container"><div class="logo"><h1><a href="{aval(page_url(HOME, "Home"))}"><img src="/cs/NgheAn/images/logo-nghean.png" alt="{NAME}"></a></h1>
<div class="portal-name"><div class="line1">{HEADER[0]}</div><div class="line2">{HEADER[1]}</div></div></div>
<div class="search-box"><form action="/cs/Satellite" method="get"><input type="hidden" name="c" value="Page"><input type="hidden" name="cid" value="{SEARCH}"><input type="hidden" name="pagename" value="NgheAn/Page/Search"><input type="text" name="q" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form></div></div></div>
<div id="main-menu" class="main-menu"><div class="container"><ul class="nav-menu">
<li class="menu-item"><a href="{aval(page_url(HOME, "Home"))}">{LABELS[0]}</a></li>
<li class="menu-item"><a href="{aval(sat("Article_C", ABOUT))}">{MENU[0]}</a></li>
<li class="menu-item"><a href="{aval(page_url(SECTION))}">{MENU[1]}</a></li>{menu}</ul></div></div>
<div id="content" class="container"><div class="breadcrumb-wrap"><ol class="breadcrumb"><li><a href="{aval(page_url(HOME, "Home"))}">{LABELS[0]}</a></li><li><a href="{aval(page_url(SECTION))}">{SIDE[0]}</a></li>{crumb}</ol></div>
<div class="row">
<div class="col-md-3 col-left"><div class="portlet side-menu"><div class="portlet-header"><span>{SIDE[0]}</span></div><div class="portlet-body"><ul>{side_menu}</ul></div></div>
<div class="portlet support"><div class="portlet-header"><span>{SIDE[11]}</span></div><div class="portlet-body"><div class="hotline">{SIDE[12]}</div></div></div></div>
<div class="col-md-6 col-center">
{main}
</div>
<div class="col-md-3 col-right">
<div class="portlet weather"><div class="portlet-header"><span>{SIDE[1]}</span></div><div class="portlet-body"><div>{SIDE[2]}</div></div></div>
<div class="portlet poll"><div class="portlet-header"><span>{SIDE[6]}</span></div><div class="portlet-body"><div class="question">{esc(SIDE[7])}</div>
<form action="javascript:void(0)"><div><label><input type="radio" name="poll" value="1"> {SIDE[8]}</label></div><div><label><input type="radio" name="poll" value="2"> {SIDE[9]}</label></div><button type="button">{SIDE[10]}</button></form></div></div>
<div class="portlet counter"><div class="portlet-header"><span>{SIDE[3]}</span></div><div class="portlet-body"><div>{SIDE[4]}</div><div>{SIDE[5]}</div></div></div>
<div class="portlet weblinks"><div class="portlet-header"><span>{SIDE[13]}</span></div><div class="portlet-body"><select onchange="window.open(this.value)"><option>{SIDE[14]}</option><option value="{{{{base:offsite}}}}/chinh-phu/">Cổng TTĐT Chính phủ</option><option value="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</option></select></div></div>
</div>
</div></div>
<div id="footer" class="footer"><div class="container"><div class="footer-info">{"".join(f"<div>{esc(x)}</div>" for x in FOOTER)}</div>
<div class="footer-admin"><a href="{LOGIN}">Quản trị</a></div></div></div>
</div>
</body>
</html>
"""


def tpl_of(a: Article) -> str:
    return "Profile_C" if a.opts.get("nodate") else "Article_C"


def cid_of(a: Article) -> int:
    return int(a.path.split("cid=")[1].split("&")[0])


def print_url(a: Article) -> str:
    return sat(tpl_of(a), cid_of(a), "Print")


def ctx_url(a: Article) -> str:
    return sat(tpl_of(a), cid_of(a), p=SECTION)


def article_main(a: Article, arts: list[Article]) -> str:
    date = "" if a.opts.get("nodate") else (f'<span class="ArticleDate"><i class="fa fa-clock-o"></i> {a.date:%d/%m/%Y %H:%M}'
                                            '</span> | ')
    info = f'<div class="ArticleInfo">{date}<span class="ArticleView">{LABELS[8]} {a.opts["views"]}</span></div>'
    lead = f'<div class="ArticleSapo"><strong>{inline_html(a.lead)}</strong></div>' if a.lead else ""
    after = ""
    if a.author:
        after += f'<div class="ArticleAuthor" style="text-align: right;"><strong>Tác giả: {esc(a.author)}</strong></div>'
    if a.opts.get("source"):
        after += f'<div class="ArticleSource" style="text-align: right;"><em>Nguồn: {esc(a.opts["source"])}</em></div>'
    if a.opts.get("file"):
        after += (f'<div class="ArticleAttach"><span>{LABELS[9]}</span> <a href="{aval(PLAN_FILE)}" target="_blank">'
                  f'{esc(a.attachments[0]["text"])}</a></div>')
    tags = (f'<div class="ArticleTags"><span>{LABELS[3]}</span> <a href="{aval(page_url(SEARCH, "Search", q="OCOP"))}">OCOP'
            '</a></div>')
    tools = (f'<div class="ArticleTools"><span>{LABELS[7]}</span> <a href="javascript:void(0)" class="fb">Facebook</a> '
             f'<a href="javascript:void(0)" class="zalo">Zalo</a> | <a href="{aval(print_url(a))}" target="_blank">{LABELS[4]}</a> '
             f'| <a href="javascript:void(0)">{LABELS[5]}</a> | <a href="javascript:history.back()">{LABELS[6]}</a></div>')
    related = ""
    rel = a.opts.get("related", [])
    if rel:
        items = []
        for cid in rel:
            x = next(y for y in arts if cid_of(y) == cid)
            href = sat("Article_C", cid, rendermode="preview") if a.opts.get("preview_link") else x.path
            items.append(f'<li><a href="{aval(href)}">{esc(x.title)}</a> <span class="date">({x.date:%d/%m/%Y})</span></li>')
        items.append(f'<li><a href="{aval(sat("Article_C", DELETED))}">Hội nghị giao ban Liên minh HTX tỉnh quý III/2025</a> '
                     '<span class="date">(30/09/2025)</span></li>')
        related = f'<div class="ArticleRelated"><div class="box-title">{LABELS[2]}</div><ul>{"".join(items)}</ul></div>'
    others = [x for x in arts if x is not a and not x.opts.get("nodate")][:5]
    other = "".join(f'<li><a href="{aval(ctx_url(x))}">{esc(x.title)}</a> <span class="date">({x.date:%d/%m/%Y})</span></li>'
                    for x in others)
    comment = (f'<div class="ArticleComment"><div class="box-title">{LABELS[11]}</div><form action="javascript:void(0)">'
               f'<input type="text" name="name" placeholder="{LABELS[12]}"><input type="text" name="email" placeholder="Email">'
               f'<textarea name="content"></textarea><button type="button">{LABELS[13]}</button></form></div>')
    caption = "Gương HTX điển hình" if a.opts.get("nodate") else "Tin hoạt động"
    return (f'<div class="portlet article-portlet"><div class="portlet-header"><h3 class="portlet-title">{caption}</h3></div>'
            f'<div class="portlet-body"><div class="ArticleDetail">{info}'
            f'<h2 class="ArticleTitle">{esc(a.title)}</h2>{lead}<div class="ArticleContent">{content_html(a)}</div>'
            f'{after}{tags}{tools}</div>{related}{comment}'
            f'<div class="ArticleOther"><div class="box-title">{LABELS[1]}</div><ul>{other}</ul></div></div></div>')


def print_page(a: Article) -> str:
    date = "" if a.opts.get("nodate") else f'<div class="ArticleDate">{a.date:%d/%m/%Y %H:%M}</div>'
    lead = f'<div class="ArticleSapo"><strong>{inline_html(a.lead)}</strong></div>' if a.lead else ""
    by = f'<div class="ArticleAuthor">Tác giả: {esc(a.author)}</div>' if a.author else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>{NAME}</title><link rel="stylesheet" href="/cs/NgheAn/css/print.css"></head>
<body onload="window.print()"><div class="print-page"><div class="print-header">{HEADER[0]}</div>
{date}<h2 class="ArticleTitle">{esc(a.title)}</h2>{lead}<div class="ArticleContent">{content_html(a)}</div>{by}
<div class="print-footer">{esc(FOOTER[5])}</div></div></body></html>
"""


def item(a: Article, dated: bool = True) -> str:
    pic = a.first_image()
    return ('<div class="news-item clearfix">'
            + (f'<div class="news-img"><a href="{aval(a.path)}"><img src="{aval(img_blob(pic))}" alt=""></a></div>' if pic else "")
            + f'<div class="news-info"><a class="news-title" href="{aval(a.path)}">{esc(a.title)}</a>'
            + (f' <span class="news-date">({a.date:%d/%m/%Y})</span>' if dated else "")
            + f'<div class="news-sapo">{esc(a.summary())}</div></div></div>')


def build() -> SiteBuild:
    _blob_ids[0] = 1400000140100
    IMG_IDS.clear()
    site = SiteBuild(SITE, "nghe-an", "Liên minh Hợp tác xã tỉnh Nghệ An (Cổng thông tin điện tử tỉnh)", "generic", None,
                     start_urls=["{{base:%s}}%s" % (SITE, page_url(SECTION))])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    crumb = '<li class="active">Chi tiết</li>'
    for a in arts:
        page(a.path, layout(article_main(a, arts), arts, crumb))
        page(print_url(a), print_page(a))
        aliases = [print_url(a)]
        if not a.opts.get("nodate"):
            site.same_page(ctx_url(a), a.path)
            aliases.append(ctx_url(a))
        if a.opts.get("vanity"):
            vanity = f"/lmhtx/{a.opts['slug']}"
            site.same_page(vanity, a.path)
            aliases.append(vanity)
            reordered = f"/cs/Satellite?pagename=NgheAn%2F{tpl_of(a)}%2FLayout&cid={cid_of(a)}&c={tpl_of(a)}"
            aliases.append(reordered)
        a.aliases = aliases
        site.add_article(a)
    preview_url = sat("Article_C", 1400000134881, rendermode="preview")
    site.same_page(preview_url, sat("Article_C", 1400000134881))
    next(a for a in arts if cid_of(a) == 1400000134881).aliases.append(preview_url)
    site.error(sat("Article_C", DELETED), 404)
    site.trap("'Tin liên quan' links a deleted asset (cid 1400000134577): 404", sat("Article_C", DELETED))

    # blobs: every image is served by the BlobServer; the plan's PDF by its own blob URL
    site.binary("/cs/BlobServer", image_for("blobserver"))
    pdf_file = "_routes/blob-kh-15-lmhtx.pdf"
    site.routes.append({"path": PLAN_FILE, "file": pdf_file, "content_type": "application/pdf"})
    site.files[pdf_file] = pdf("Kế hoạch số 15/KH-LMHTX", ["KE HOACH XUC TIEN THUONG MAI HTX NAM 2026", "So: 15/KH-LMHTX"])

    dated = [a for a in arts if not a.opts.get("nodate")]
    chunks = [dated[i:i + PER] for i in range(0, len(dated), PER)]
    for n, chunk in enumerate(chunks, 1):
        url = page_url(SECTION) if n == 1 else page_url(SECTION, page=n)
        pager = '<div class="paging">' + " ".join(
            f'<span class="current">{k}</span>' if k == n else
            f'<a href="{aval(page_url(SECTION) if k == 1 else page_url(SECTION, page=k))}">{k}</a>'
            for k in range(1, len(chunks) + 1))
        if n < len(chunks):
            pager += f' <a href="{aval(page_url(SECTION, page=n + 1))}">{LABELS[10]}</a>'
        pager += "</div>"
        main = (f'<div class="portlet"><div class="portlet-header"><h3 class="portlet-title">Tin hoạt động</h3></div>'
                f'<div class="portlet-body news-list">{"".join(item(a) for a in chunk)}{pager}</div></div>')
        page(url, layout(main, arts))
        site.non_articles.append(url)
    site.trap("section listing c=Page&cid=1400000086011&pagename=NgheAn%2FPage%2FLayout with '(dd/mm/yyyy)' dates, "
              "paged by &page=2 (the oldest items)", page_url(SECTION, page=2))

    topic = [a for a in arts if a.opts.get("nodate")]
    main = (f'<div class="portlet"><div class="portlet-header"><h3 class="portlet-title">Gương HTX điển hình</h3></div>'
            f'<div class="portlet-body news-list">{"".join(item(a, dated=False) for a in topic)}</div></div>')
    page(page_url(TOPIC, "Topic"), layout(main, arts))

    records = [(1400000140031, "15/KH-LMHTX", "04/03/2026", "Kế hoạch", "Nguyễn Văn Thắng",
                "Kế hoạch xúc tiến thương mại, hỗ trợ HTX tiêu thụ sản phẩm năm 2026", PLAN_FILE, "KH-15-LMHTX.pdf"),
               (1400000139877, "128/QĐ-LMHTX", "22/12/2025", "Quyết định", "Hoàng Minh Chiến",
                "Quyết định khen thưởng các HTX tiêu biểu năm 2025", None, None)]
    rows = []
    for cid, num, day, kind, signer, summary, file, fname in records:
        url = sat("Document_C", cid)
        fields = [("Số ký hiệu", num), ("Ngày ban hành", day), ("Loại văn bản", kind),
                  ("Cơ quan ban hành", "Liên minh HTX tỉnh Nghệ An"), ("Người ký", signer), ("Trích yếu", summary)]
        body = "".join(f'<div class="doc-row"><div class="doc-label">{k}</div><div class="doc-value">{esc(v)}</div></div>'
                       for k, v in fields)
        if file:
            body += (f'<div class="doc-row"><div class="doc-label">Tệp đính kèm</div><div class="doc-value">'
                     f'<a href="{aval(file)}">{esc(fname)}</a></div></div>')
        main = (f'<div class="portlet"><div class="portlet-header"><h3 class="portlet-title">Văn bản</h3></div>'
                f'<div class="portlet-body"><div class="DocumentDetail"><h2 class="DocumentTitle">{esc(summary)}</h2>'
                f'{body}</div></div></div>')
        page(url, layout(main, arts, '<li class="active">Văn bản</li>'))
        site.non_articles.append(url)
        rows.append(f'<div class="doc-item"><span class="doc-num"><a href="{aval(url)}">{num}</a></span> '
                    f'<span class="doc-date">{day}</span> <span class="doc-summary">{esc(summary)}</span></div>')
    page(page_url(DOCS, "DocList"), layout(
        f'<div class="portlet"><div class="portlet-header"><h3 class="portlet-title">Văn bản</h3></div>'
        f'<div class="portlet-body"><div class="doc-head"><span>Số ký hiệu</span> <span>Ngày ban hành</span> <span>Trích yếu'
        f'</span></div>{"".join(rows)}</div></div>', arts))
    site.trap("register records c=Document_C (div rows: Số ký hiệu, Ngày ban hành, Người ký, Trích yếu, Tệp đính kèm): "
              "not articles, though 15/KH-LMHTX is the plan the news item announces", sat("Document_C", 1400000140031))

    about = Article(path=sat("Article_C", ABOUT), title="Giới thiệu Liên minh Hợp tác xã tỉnh Nghệ An", date=TODAY_2026,
                    body="Liên minh Hợp tác xã tỉnh Nghệ An là tổ chức chính trị - xã hội của các HTX, liên hiệp HTX, tổ hợp "
                         "tác trên địa bàn tỉnh.\nLiên minh có chức năng đại diện, bảo vệ quyền lợi của thành viên; tư vấn, hỗ "
                         "trợ, cung cấp dịch vụ cho HTX.",
                    lead=None, opts={"views": 1204, "nodate": True})
    page(about.path, layout(
        f'<div class="portlet article-portlet"><div class="portlet-header"><h3 class="portlet-title">Giới thiệu</h3></div>'
        f'<div class="portlet-body"><div class="ArticleDetail"><div class="ArticleInfo"><span class="ArticleView">'
        f'{LABELS[8]} 1204</span></div><h2 class="ArticleTitle">{esc(about.title)}</h2><div class="ArticleContent">'
        f'{content_html(about)}</div></div></div></div>', arts))
    site.trap("the section's introduction is an Article_C in the article template (h2.ArticleTitle, views, no date): "
              "not an article", about.path)

    gallery = "".join(f'<div class="album"><a href="{aval(a.path)}"><img src="{aval(img_blob(a.first_image()))}" alt=""></a>'
                      f'<div class="album-title">{esc(a.title)}</div></div>' for a in arts if a.first_image())
    page(page_url(GALLERY, "Gallery"), layout(f'<div class="portlet"><div class="portlet-header"><h3 class="portlet-title">'
                                              f'Thư viện ảnh</h3></div><div class="portlet-body">{gallery}</div></div>', arts))
    page(page_url(CONTACT, "Contact"), layout(
        '<div class="portlet"><div class="portlet-header"><h3 class="portlet-title">Liên hệ</h3></div><div class="portlet-body">'
        '<div>Liên minh Hợp tác xã tỉnh Nghệ An</div><div>Địa chỉ: Số 16 đường Trường Thi, phường Thành Vinh, tỉnh Nghệ An</div>'
        '<div>Điện thoại: 0238.3844.629</div><form action="javascript:void(0)"><input name="name"><textarea name="msg">'
        '</textarea><button type="button">Gửi</button></form></div></div>', arts))
    hits = [a for a in arts if "OCOP" in a.title + a.body + (a.lead or "")]
    page(page_url(SEARCH, "Search", q="OCOP"), layout(
        f'<div class="portlet"><div class="portlet-header"><h3 class="portlet-title">Kết quả tìm kiếm</h3></div>'
        f'<div class="portlet-body"><div class="search-summary">Tìm thấy {len(hits)} kết quả cho từ khóa "OCOP"</div>'
        f'{"".join(item(a) for a in hits)}</div></div>', arts))
    featured = [a for a in arts if a.opts.get("vanity")]
    home = (f'<div class="portlet"><div class="portlet-header"><h3 class="portlet-title">Tin nổi bật</h3></div>'
            '<div class="portlet-body">'
            + "".join(f'<div class="hot-news"><a href="/lmhtx/{a.opts["slug"]}">{esc(a.title)}</a> <span class="date">'
                      f'({a.date:%d/%m/%Y})</span></div>' for a in featured)
            + "".join(f'<div class="news-line"><a href="{aval(f"/cs/Satellite?pagename=NgheAn%2FArticle_C%2FLayout&cid={cid_of(a)}&c=Article_C")}">'
                      f'{esc(a.title)}</a></div>' for a in dated[:6] if a.opts.get("vanity"))
            + "".join(f'<div class="news-line"><a href="{aval(a.path)}">{esc(a.title)}</a></div>' for a in dated[:6]
                      if not a.opts.get("vanity"))
            + f'<a class="more" href="{aval(page_url(SECTION))}">Xem tiếp</a></div></div>')
    page(page_url(HOME, "Home"), layout(home, arts))
    site.redirect("/", page_url(HOME, "Home"), 302)
    page(LOGIN, '<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Oracle WebCenter Sites</title></head><body>'
                '<form action="javascript:void(0)"><input name="username"><input type="password" name="password"></form>'
                '</body></html>')
    site.never_fetched.append(LOGIN)
    site.non_articles += [page_url(TOPIC, "Topic"), page_url(DOCS, "DocList"), about.path, page_url(GALLERY, "Gallery"),
                          page_url(CONTACT, "Contact"), page_url(SEARCH, "Search", q="OCOP"), page_url(HOME, "Home")]
    site.static("/robots.txt", "User-agent: *\nDisallow: /cs/Xcelerate/\nDisallow: /cas/\nDisallow: /cs/ContentServer\n")
    site.static("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
                'sitemap/0.9"><url><loc>{{base}}' + aval(page_url(HOME, "Home")) + '</loc></url><url><loc>{{base}}'
                + aval(page_url(SECTION)) + "</loc></url></urlset>\n")
    return site
