"""Site `bantin-bacninh` (registry family `generic`): the "Bản tin Kinh tế hợp tác tỉnh Bắc Ninh", the news bulletin of
the Bắc Ninh cooperative alliance (Bắc Giang joined the province on 1 July 2025), on **CMS Made Simple** 2 with the
News module; written as a held-out test: no family module, no selectors.

Why it is hard: the News module renders an article inside whatever content page its `returnid` names, so one article
answers at the pretty `/news/<id>/15/<alias>` (the "Tin tức" page), at `/news/<id>/1/<alias>` (inside the home page's
template: the home page links so), at `/index.php?mact=News,cntnt01,detail,0&cntnt01articleid=<id>&cntnt01returnid=15`
(search results) and as the print view `mact=News,cntnt01,print,0…&cntnt01showtemplate=false`; no canonical link.
The `<title>` and the page's `<h2>` name the content page ("Tin tức"), the `<h1>` is the bulletin's name: the
article's title is only `h3#NewsPostDetailTitle`, and its date `div#NewsPostDetailDate` ("05/03/2026 09:15") comes
BEFORE it. Then `div#NewsPostDetailSummary` (the lead, bold), `div#NewsPostDetailCategory`,
`div#NewsPostDetailAuthor` ("Đăng bởi: admin" is the account; a staff account's full name is the author when no
byline names the writer), `div#NewsPostDetailContent`, sometimes a "Cập nhật" line after it. Listings are
`div.NewsSummary` blocks: an article with a summary shows it and "[Xem tiếp]", one WITHOUT a summary shows its whole
content (`div.NewsSummaryContent`); paging `&cntnt01pagenumber=2`. The notices of the "Thông báo" page open with the
`thongbao` detail template (`/news/<id>/17/<alias>/d,thongbao`) that prints no date at all: the text says "Ngày 12/3"
and only the listing gives the year.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, esc, inline_html, iso, pdf, weekday

SITE = "bantin-bacninh"
NAME = "Bản tin Kinh tế hợp tác tỉnh Bắc Ninh"
HTML = "text/html; charset=utf-8"
PER = 4
NEWS_RID, DOCS_RID, TB_RID = 15, 16, 17
CATS = {"Tin-hoat-dong": "Tin hoạt động", "Van-ban": "Văn bản", "Anh": "Phóng sự ảnh", "Thong-bao": "Thông báo"}
PDF_PATH = "/uploads/van-ban/QD-28-LMHTX-2026.pdf"

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ tỉnh Bắc Ninh lần thứ XXI, nhiệm kỳ 2025 - 2030",
           "Hợp tác xã - Vì lợi ích của thành viên và cộng đồng"]
SIDE = ["Tin mới", "Thông báo", "Tìm kiếm", "Thời tiết Bắc Ninh", "Trời nhiều mây, có mưa nhỏ", "Độ ẩm: 82%",
        "Thống kê truy cập", "Đang online: 14", "Hôm nay: 276", "Tổng lượt truy cập: 864.310",
        "Thăm dò ý kiến", "Bạn đọc Bản tin Kinh tế hợp tác qua kênh nào?", "Website", "Bản in", "Mạng xã hội",
        "Bình chọn", "Liên kết website"]
FOOTER = ["BẢN TIN KINH TẾ HỢP TÁC TỈNH BẮC NINH - Liên minh Hợp tác xã tỉnh Bắc Ninh",
          "Địa chỉ: Số 2 đường Hoàng Văn Thụ, phường Bắc Giang, tỉnh Bắc Ninh",
          "Điện thoại: 0204.3854.127 - Fax: 0204.3854.128",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Văn Quý - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 26/GP-XBBT do Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Ninh cấp ngày 12/9/2025",
          "Powered by CMS Made Simple"]
LABELS = ["Chuyên mục:", "Đăng bởi:", "« Quay lại", "[Xem tiếp]", "In bài viết", "Cập nhật:", "Trang"]
BOILERPLATE = [TODAY, *SLOGANS, *[x for x in SIDE if x != "Thông báo"], *FOOTER, *LABELS[:2], LABELS[4], LABELS[5]]


def shown(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/news/48/17/thong-bao-lich-tiep-nhan-ho-so-vay-von-quy-ho-tro-phat-trien-htx-dot-1/d,thongbao",
          title="Thông báo lịch tiếp nhận hồ sơ vay vốn Quỹ Hỗ trợ phát triển HTX đợt 1",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, Quỹ Hỗ trợ phát triển hợp tác xã tỉnh Bắc Ninh thông báo lịch tiếp nhận hồ sơ vay vốn đợt 1 như sau:
* Thời gian tiếp nhận: từ ngày 16/3 đến hết ngày 10/4, trong giờ hành chính;
* Địa điểm: trụ sở chính tại phường Bắc Giang và điểm giao dịch tại phường Kinh Bắc;
* Đối tượng: HTX, liên hiệp HTX có phương án sản xuất kinh doanh khả thi, ưu tiên dự án ứng dụng công nghệ cao.
Mức cho vay tối đa 2 tỷ đồng đối với một dự án, lãi suất ưu đãi theo quy định của Quỹ.
Mọi chi tiết xin liên hệ Phòng Nghiệp vụ của Quỹ, điện thoại 0204.3855.066.
""",
          author=None, published=iso(datetime(2026, 3, 12), False), published_source="listing", evidence=["listing"],
          opts={"id": 48, "rid": TB_RID, "cat": "Thong-bao", "user": "admin", "tpl": "thongbao"},
          notes=["notice opened with the 'thongbao' detail template (/news/48/17/<alias>/d,thongbao): no date "
                 "element at all; the text begins 'Ngày 12/3' (no year) and names other days; the 'Thông báo' page "
                 "/thong-bao.html and the home page's notice box show 12/03/2026: published 2026-03-12 (listing)"]),
        A(path="/news/47/16/quyet-dinh-kien-toan-hoi-dong-tu-van-ho-tro-htx",
          title="Quyết định kiện toàn Hội đồng tư vấn hỗ trợ HTX của Liên minh HTX tỉnh",
          date=datetime(2026, 3, 5, 9, 15),
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH BẮC NINH
Số: 28/QĐ-LMHTX
Bắc Ninh, ngày 02 tháng 3 năm 2026
QUYẾT ĐỊNH
Về việc kiện toàn Hội đồng tư vấn hỗ trợ hợp tác xã
CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ TỈNH BẮC NINH
Căn cứ Điều lệ Liên minh Hợp tác xã Việt Nam; Căn cứ Quyết định số 1056/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh về việc hợp nhất Liên minh Hợp tác xã tỉnh Bắc Ninh và tỉnh Bắc Giang;
QUYẾT ĐỊNH:
Điều 1. Kiện toàn Hội đồng tư vấn hỗ trợ hợp tác xã gồm 9 thành viên, do Phó Chủ tịch Liên minh HTX tỉnh làm Chủ tịch Hội đồng.
Điều 2. Hội đồng có nhiệm vụ thẩm định phương án vay vốn, đề xuất các chính sách hỗ trợ hợp tác xã trên địa bàn tỉnh.
Điều 3. Quyết định có hiệu lực kể từ ngày ký.
Nơi nhận: Như Điều 3; Lưu VT.
CHỦ TỊCH Nguyễn Văn Quý
""",
          author=None, doc_number="28/QĐ-LMHTX", **shown(datetime(2026, 3, 5, 9, 15)),
          attachments=[{"path": PDF_PATH, "text": "Quyết định số 28/QĐ-LMHTX (PDF)"}],
          opts={"id": 47, "rid": DOCS_RID, "cat": "Van-ban", "user": "admin"},
          notes=["official decision 'Số: 28/QĐ-LMHTX', place-date line 'Bắc Ninh, ngày 02 tháng 3 năm 2026', a cited "
                 "decision of 01/7/2025; div#NewsPostDetailDate (before the title) says 05/03/2026 09:15; 'Đăng bởi: "
                 "admin' and the signer: author null; no summary: the listings print the whole decision; the PDF "
                 "link 'Quyết định số 28/QĐ-LMHTX (PDF)' after the content"]),
        A(path="/news/45/15/anh-phien-cho-tet-san-pham-htx-nam-2026",
          title="Ảnh: Phiên chợ Tết sản phẩm HTX năm 2026",
          date=datetime(2026, 2, 9, 16, 20),
          body="""
[img cho-tet-1.png] Gian hàng bánh chưng, giò chả của HTX Dịch vụ nông nghiệp Tam Sơn
[img cho-tet-2.png] Mỳ Chũ của các HTX xã Chũ được khách hàng ưa chuộng
[img cho-tet-3.png] Lãnh đạo Liên minh HTX tỉnh tham quan gian hàng OCOP
[img cho-tet-4.png] Người dân mua sắm tại phiên chợ trong ngày khai mạc
""",
          byline="Ảnh: Đức Thắng", author="Đức Thắng", **shown(datetime(2026, 2, 9, 16, 20)),
          opts={"id": 45, "rid": NEWS_RID, "cat": "Anh", "user": "admin"},
          notes=["photo story: four photos, each caption a <p><em> under its image; closing right-aligned 'Ảnh: Đức "
                 "Thắng' (text, author); no summary, so the listings print it whole with its date"]),
        A(path="/news/44/15/tap-huan-ke-toan-htx-theo-thong-tu-moi",
          title="Tập huấn kế toán HTX theo thông tư mới cho 120 học viên",
          date=datetime(2026, 1, 20, 10, 0),
          lead="Liên minh HTX tỉnh Bắc Ninh tổ chức hai lớp tập huấn nghiệp vụ kế toán theo chế độ kế toán mới cho 120 cán bộ kế toán HTX.",
          body="""
Các lớp học diễn ra tại phường Bắc Giang và phường Kinh Bắc, mỗi lớp ba ngày.
Học viên được hướng dẫn chế độ kế toán áp dụng cho HTX, cách lập báo cáo tài chính, quản lý tài sản chung và phân phối thu nhập cho thành viên.
[img tap-huan-ke-toan.png] Giảng viên hướng dẫn học viên thực hành trên phần mềm kế toán
## Hỗ trợ sau tập huấn
Liên minh HTX tỉnh duy trì nhóm hỗ trợ trực tuyến để giải đáp vướng mắc của kế toán HTX trong quá trình áp dụng.
""",
          author="Trần Thu Hà", **shown(datetime(2026, 1, 20, 10, 0)),
          opts={"id": 44, "rid": NEWS_RID, "cat": "Tin-hoat-dong", "user": "Trần Thu Hà",
                "modified": datetime(2026, 2, 2, 14, 5)},
          notes=["no byline: the staff account 'Đăng bởi: Trần Thu Hà' is the author; a 'Cập nhật: 02/02/2026 14:05' "
                 "line under the content is the last edit, not the publication (20/01/2026 10:00)"]),
        A(path="/news/42/15/80-htx-tham-gia-hoi-cho-nong-san-ocop-bac-ninh-2025",
          title="80 HTX tham gia Hội chợ nông sản, sản phẩm OCOP Bắc Ninh 2025",
          date=datetime(2025, 11, 5, 8, 0),
          lead="Hội chợ nông sản, sản phẩm OCOP Bắc Ninh 2025 diễn ra từ ngày 29/10 đến 2/11 tại Quảng trường 3/2, thu hút 80 HTX trong và ngoài tỉnh.",
          body="""
Liên minh HTX tỉnh hỗ trợ toàn bộ chi phí gian hàng cho 40 HTX, trong đó có 25 HTX thuộc khu vực Bắc Giang cũ.
Sau năm ngày, doanh thu bán hàng tại hội chợ đạt gần 5 tỷ đồng; 32 biên bản ghi nhớ hợp tác tiêu thụ sản phẩm được ký kết.
[img hoi-cho-ocop.png] Khách tham quan gian hàng sản phẩm OCOP của HTX
Các sản phẩm được quan tâm nhiều là gạo nếp cái hoa vàng, mỳ Chũ, vải thiều sấy và gốm Phù Lãng.
""",
          byline="Bài, ảnh: Ngọc Mai", author="Ngọc Mai", **shown(datetime(2025, 11, 5, 8, 0)),
          opts={"id": 42, "rid": NEWS_RID, "cat": "Tin-hoat-dong", "user": "admin"},
          notes=["the fair ran 'từ ngày 29/10 đến 2/11' (lead); the date element says 05/11/2025 08:00; account admin, "
                 "closing right-aligned 'Bài, ảnh: Ngọc Mai' (text; author Ngọc Mai)"]),
        A(path="/news/40/15/htx-vai-thieu-luc-ngan-xuat-khau-sang-nhat-ban",
          title="HTX vải thiều Lục Ngạn xuất khẩu lô vải sấy đầu tiên sang Nhật Bản",
          date=datetime(2025, 8, 22, 15, 30),
          lead="HTX Nông sản an toàn Lục Ngạn (xã Lục Ngạn, tỉnh Bắc Ninh) vừa xuất khẩu 12 tấn vải thiều sấy khô sang thị trường Nhật Bản.",
          body="""
Đây là lần đầu tiên sản phẩm vải sấy của HTX đáp ứng các tiêu chuẩn khắt khe của thị trường Nhật Bản về dư lượng thuốc bảo vệ thực vật.
HTX có 64 thành viên với 150 ha vải thiều được cấp mã số vùng trồng xuất khẩu.
Sau hợp nhất tỉnh, Liên minh HTX tỉnh Bắc Ninh tiếp tục hỗ trợ HTX hoàn thiện lò sấy và kho lạnh.
Nguồn: Báo Bắc Ninh
""",
          author=None, **shown(datetime(2025, 8, 22, 15, 30)),
          opts={"id": 40, "rid": NEWS_RID, "cat": "Tin-hoat-dong", "user": "admin",
                "modified": datetime(2025, 9, 3, 8, 40)},
          notes=["closing 'Nguồn: Báo Bắc Ninh' is a source and the account admin: author null; 'Cập nhật: "
                 "03/09/2025 08:40' under the content"]),
        A(path="/news/31/15/htx-nuoi-ong-luc-nam-mo-rong-dan-ong",
          title="HTX nuôi ong Lục Nam mở rộng đàn ong lấy mật",
          date=datetime(2024, 6, 18, 9, 0),
          body="""
HTX Nuôi ong Huyền Sơn (huyện Lục Nam, tỉnh Bắc Giang) vừa mở rộng đàn ong lên 1.500 đàn, gấp ba lần so với năm 2021.
Sản phẩm mật ong rừng Huyền Sơn của HTX đạt chứng nhận OCOP 3 sao, được tiêu thụ tại các cửa hàng đặc sản trong tỉnh và Hà Nội.
[img ong-luc-nam.png] Thành viên HTX kiểm tra cầu ong
Liên minh HTX tỉnh Bắc Giang hỗ trợ HTX 300 triệu đồng mua máy quay mật và thiết bị đóng chai.
""",
          byline="Thu Hương", author="Thu Hương", **shown(datetime(2024, 6, 18, 9, 0)),
          opts={"id": 31, "rid": NEWS_RID, "cat": "Tin-hoat-dong", "user": "admin"},
          notes=["migrated 2024 article of the former Bắc Giang alliance ('huyện Lục Nam, tỉnh Bắc Giang'); no summary: "
                 "printed whole on /tin-tuc.html page 2; closing 'Thu Hương' (text, author)"]),
        A(path="/news/22/15/tu-son-ho-tro-htx-lang-nghe-go-dong-ky",
          title="Từ Sơn hỗ trợ HTX làng nghề gỗ Đồng Kỵ chuyển đổi số",
          date=datetime(2023, 9, 12, 14, 0),
          lead="Thành phố Từ Sơn phối hợp với Liên minh HTX tỉnh Bắc Ninh hỗ trợ 6 HTX làng nghề gỗ Đồng Kỵ ứng dụng phần mềm quản lý và bán hàng trực tuyến.",
          body="""
Các HTX được cấp miễn phí tài khoản phần mềm quản lý kho, đơn hàng trong một năm và được tập huấn chụp ảnh sản phẩm.
Sau ba tháng, đơn hàng trực tuyến của các HTX tăng bình quân 30%, chủ yếu là đồ gỗ mỹ nghệ cỡ nhỏ.
""",
          author=None, **shown(datetime(2023, 9, 12, 14, 0)),
          opts={"id": 22, "rid": NEWS_RID, "cat": "Tin-hoat-dong", "user": "admin"},
          notes=["migrated 2023 article of the old Bắc Ninh ('Thành phố Từ Sơn'); account admin, no byline: author null"]),
    ]


def alias(a: Article) -> str:
    return a.path.split("/")[4]


def detail_url(a: Article, rid: int | None = None) -> str:
    rid = a.opts["rid"] if rid is None else rid
    tail = f"/d,{a.opts['tpl']}" if a.opts.get("tpl") else ""
    return f"/news/{a.opts['id']}/{rid}/{alias(a)}{tail}"


def mact_url(a: Article) -> str:
    return f"/index.php?mact=News,cntnt01,detail,0&cntnt01articleid={a.opts['id']}&cntnt01returnid={a.opts['rid']}"


def print_url(a: Article) -> str:
    return (f"/index.php?mact=News,cntnt01,print,0&cntnt01articleid={a.opts['id']}&cntnt01showtemplate=false"
            f"&cntnt01returnid={a.opts['rid']}")


def img(name: str) -> str:
    return f"/uploads/images/tin-tuc/{name}"


def dt(d: datetime) -> str:
    return f"{d:%d/%m/%Y %H:%M}"


def content_html(a: Article) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        else:
            cap = f"<br /><em>{inline_html(b.text)}</em>" if b.text else ""
            out.append(f'<p style="text-align: center;"><img src="{img(b.src)}" alt="" width="600" height="400" />{cap}</p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def summary_block(a: Article, rid: int) -> str:
    link = detail_url(a, rid)
    head = (f'<div class="NewsSummaryPostdate">{a.date:%d/%m/%Y}</div>'
            f'<div class="NewsSummaryLink"><a href="{link}" title="{esc(a.title)}">{esc(a.title)}</a></div>'
            f'<div class="NewsSummaryCategory">{LABELS[0]} {CATS[a.opts["cat"]]}</div>'
            f'<div class="NewsSummaryAuthor">{LABELS[1]} {esc(a.opts["user"])}</div>')
    if a.lead:
        body = (f'<div class="NewsSummarySummary"><p>{inline_html(a.lead)}</p></div>'
                f'<div class="NewsSummaryMorelink"><a href="{link}">{LABELS[3]}</a></div>')
    else:
        body = f'<div class="NewsSummaryContent">{content_html(a)}</div>'
    return f'<div class="NewsSummary">{head}{body}</div>'


def detail_html(a: Article, rid: int) -> str:
    dated = not a.opts.get("tpl")
    parts = []
    if dated:
        parts.append(f'<div id="NewsPostDetailDate">{dt(a.date)}</div>')
    parts.append(f'<h3 id="NewsPostDetailTitle">{esc(a.title)}</h3><hr id="NewsPostDetailHorizRule" />')
    if a.lead:
        parts.append(f'<div id="NewsPostDetailSummary"><strong>{inline_html(a.lead)}</strong></div>')
    if dated:
        parts.append(f'<div id="NewsPostDetailCategory">{LABELS[0]} {CATS[a.opts["cat"]]}</div>'
                     f'<div id="NewsPostDetailAuthor">{LABELS[1]} {esc(a.opts["user"])}</div>')
    parts.append(f'<div id="NewsPostDetailContent">\n{content_html(a)}\n</div>')
    if a.attachments:
        parts.append('<div id="NewsPostDetailField-tep-dinh-kem" class="NewsPostDetailField">'
                     + "".join(f'<a href="{x["path"]}">{esc(x["text"])}</a>' for x in a.attachments) + "</div>")
    if a.opts.get("modified"):
        parts.append(f'<div id="NewsPostDetailModified">{LABELS[5]} {dt(a.opts["modified"])}</div>')
    if dated:
        parts.append(f'<div id="NewsPostDetailPrintLink"><a href="{print_url(a)}" target="_blank">{LABELS[4]}</a></div>')
    back = {NEWS_RID: "/tin-tuc.html", DOCS_RID: "/van-ban.html", TB_RID: "/thong-bao.html", 1: "/"}[rid]
    parts.append(f'<div id="NewsPostDetailReturnLink"><a href="{back}">{LABELS[2]}</a></div>')
    return "\n".join(parts)


def layout(page_title: str, heading: str | None, main: str, arts: list[Article], home: bool = False) -> str:
    latest = [a for a in arts if not a.opts.get("tpl")][:5]
    notices = [a for a in arts if a.opts.get("tpl")]
    tin_moi = "".join(f'<li><a href="{detail_url(a)}">{esc(a.title)}</a> <span class="date">({a.date:%d/%m/%Y})</span></li>'
                      for a in latest)
    tb = "".join(f'<li><a href="{detail_url(a)}">{esc(a.title)}</a> <span class="date">({a.date:%d/%m/%Y})</span></li>'
                 for a in notices)
    h2 = f'<h2 class="page-heading">{esc(heading)}</h2>' if heading else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>{esc(page_title)} - {esc(NAME)}</title>
<meta name="Generator" content="CMS Made Simple - Copyright (C) 2004-2023. All rights reserved." />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<base href="{{{{base}}}}/" />
<link rel="stylesheet" type="text/css" href="/tmp/cache/stylesheet_combined_3f2a1b.css" />
<script src="/lib/jquery/js/jquery-3.6.0.min.js"></script>
</head>
<body class="{"home" if home else "inner"}">
<div id="ngay-thang">{TODAY}</div>
<div id="header"><h1><a href="/">{esc(NAME)}</a></h1>
<marquee class="slogan">{esc(SLOGANS[0])} ★ {esc(SLOGANS[1])}</marquee></div>
<div id="menuwrapper"><ul id="primary-nav">
<li class="menuactive"><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li>
<li><a href="/tin-tuc.html">Tin tức</a></li><li><a href="/van-ban.html">Văn bản</a></li>
<li><a href="/thong-bao.html">Thông báo</a></li><li><a href="/thu-vien-anh.html">Thư viện ảnh</a></li>
<li><a href="/lien-he.html">Liên hệ</a></li></ul></div>
<div id="content">
<div id="main">
{h2}
{main}
</div>
<div id="sidebar">
<div class="box search"><h3>{SIDE[2]}</h3><form method="get" action="/index.php"><input type="hidden" name="mact" value="Search,cntnt01,dosearch,0" /><input type="text" name="cntnt01searchinput" /></form>
<p>Từ khóa: <a href="/index.php?mact=Search,cntnt01,dosearch,0&amp;cntnt01returnid=1&amp;cntnt01searchinput=OCOP">OCOP</a></p></div>
<div class="box tin-moi"><h3>{SIDE[0]}</h3><ul>{tin_moi}</ul></div>
<div class="box thong-bao"><h3>{SIDE[1]}</h3><ul>{tb}</ul></div>
<div class="box weather"><h3>{SIDE[3]}</h3><p>24°C</p><p>{SIDE[4]}</p><p>{SIDE[5]}</p></div>
<div class="box poll"><h3>{SIDE[10]}</h3><p>{SIDE[11]}</p><label><input type="radio" name="p" /> {SIDE[12]}</label><br /><label><input type="radio" name="p" /> {SIDE[13]}</label><br /><label><input type="radio" name="p" /> {SIDE[14]}</label><br /><button type="button">{SIDE[15]}</button></div>
<div class="box counter"><h3>{SIDE[6]}</h3><p>{SIDE[7]}</p><p>{SIDE[8]}</p><p>{SIDE[9]}</p></div>
<div class="box links"><h3>{SIDE[16]}</h3><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/">Cổng TTĐT Chính phủ</a></li></ul></div>
</div>
</div>
<div id="footer">{"".join(f"<p>{esc(x)}</p>" for x in FOOTER)}</div>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-ninh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    page_names = {NEWS_RID: "Tin tức", DOCS_RID: "Văn bản", TB_RID: "Thông báo", 1: "Trang chủ"}
    for a in arts:
        rid = a.opts["rid"]
        site.page(a.path, layout(page_names[rid], page_names[rid], detail_html(a, rid), arts), content_type=HTML)
        if not a.opts.get("tpl"):
            home_url = detail_url(a, 1)
            site.page(home_url, layout(page_names[1], None, detail_html(a, 1), arts, home=True), content_type=HTML)
            site.page(mact_url(a), layout(page_names[rid], page_names[rid], detail_html(a, rid), arts), content_type=HTML)
            site.page(print_url(a), f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(a.title)}</title><base href="{{{{base}}}}/" /></head>
<body onload="window.print();"><div class="print">
<div id="NewsPostDetailDate">{dt(a.date)}</div><h3 id="NewsPostDetailTitle">{esc(a.title)}</h3>
{f'<div id="NewsPostDetailSummary"><strong>{inline_html(a.lead)}</strong></div>' if a.lead else ""}
<div id="NewsPostDetailContent">{content_html(a)}</div></div></body></html>
""", content_type=HTML)
            a.aliases = [home_url, mact_url(a), print_url(a)]
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Quyết định số 28/QĐ-LMHTX", ["QUYET DINH KIEN TOAN HOI DONG TU VAN HO TRO HTX",
                                                           "So: 28/QD-LMHTX"]))
    site.trap("each article at four URLs without a canonical link: /news/<id>/15/<alias> (the 'Tin tức' page), "
              "/news/<id>/1/<alias> (inside the home page, linked from its list), the mact URL (search results) and "
              "the print view (&cntnt01showtemplate=false)", "/news/44/1/tap-huan-ke-toan-htx-theo-thong-tu-moi")
    site.trap("title only h3#NewsPostDetailTitle: <title> and h2 are the content page ('Tin tức - …'), h1 the "
              "bulletin; div#NewsPostDetailDate comes before the title", arts[1].path)

    regular = [a for a in arts if not a.opts.get("tpl")]

    def news_list(page_url: str, title: str, items: list[Article], rid: int, num: int) -> None:
        chunks = [items[i:i + num] for i in range(0, len(items), num)] or [[]]
        for k, chunk in enumerate(chunks, 1):
            url = page_url if k == 1 else (f"/index.php?mact=News,cntnt01,default,0&cntnt01number={num}"
                                            f"&cntnt01pagenumber={k}&cntnt01returnid={rid}")
            nav = ""
            if len(chunks) > 1:
                links = []
                for j in range(1, len(chunks) + 1):
                    u = page_url if j == 1 else (f"/index.php?mact=News,cntnt01,default,0&amp;cntnt01number={num}"
                                                 f"&amp;cntnt01pagenumber={j}&amp;cntnt01returnid={rid}")
                    links.append(f"<span>{j}</span>" if j == k else f'<a href="{u}">{j}</a>')
                nav = f'<div class="NewsSummaryPagination">{LABELS[6]} {k} / {len(chunks)}: {" ".join(links)}</div>'
            site.page(url, layout(title, title, "".join(summary_block(a, rid) for a in chunk) + nav, arts),
                      content_type=HTML)
            site.non_articles.append(url)

    news_list("/tin-tuc.html", "Tin tức", [a for a in regular if a.opts["rid"] == NEWS_RID], NEWS_RID, PER)
    news_list("/van-ban.html", "Văn bản", [a for a in regular if a.opts["rid"] == DOCS_RID], DOCS_RID, PER)
    news_list("/thong-bao.html", "Thông báo", [a for a in arts if a.opts.get("tpl")], TB_RID, PER)
    site.trap("/tin-tuc.html pages by /index.php?mact=News,cntnt01,default,0&cntnt01number=4&cntnt01pagenumber=2&"
              "cntnt01returnid=15; div.NewsSummary blocks: date, title, category, account, then the summary and "
              "'[Xem tiếp]', or the WHOLE content when the article has no summary (photo story, decision, migrated "
              "2024 item): listings, not articles",
              "/index.php?mact=News,cntnt01,default,0&cntnt01number=4&cntnt01pagenumber=2&cntnt01returnid=15")

    home = ('<div class="home-news"><h2>Tin mới nhất</h2>' + "".join(summary_block(a, 1) for a in regular[:4])
            + '<p class="more"><a href="/tin-tuc.html">Xem tất cả tin</a></p></div>'
            + '<div class="home-notice"><h2>Thông báo</h2><ul>'
            + "".join(f'<li><a href="{detail_url(a)}">{esc(a.title)}</a> - {a.date:%d/%m/%Y}</li>' for a in arts if a.opts.get("tpl"))
            + "</ul></div>")
    site.page("/", layout("Trang chủ", None, home, arts, home=True), content_type=HTML)
    site.non_articles.append("/")

    hits = [a for a in regular if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    search = (f'<h3>Kết quả tìm kiếm cho "OCOP"</h3><ul>'
              + "".join(f'<li><a href="{mact_url(a).replace("&", "&amp;")}">{esc(a.title)}</a> (Tin tức)</li>' for a in hits)
              + "</ul>")
    surl = "/index.php?mact=Search,cntnt01,dosearch,0&cntnt01returnid=1&cntnt01searchinput=OCOP"
    site.page(surl, layout("Tìm kiếm", "Tìm kiếm", search, arts), content_type=HTML)
    about = ('<p>Bản tin Kinh tế hợp tác tỉnh Bắc Ninh là ấn phẩm của Liên minh Hợp tác xã tỉnh Bắc Ninh, phát hành định '
             'kỳ hằng tháng và cập nhật thường xuyên trên trang điện tử này.</p><p>Từ ngày 1/7/2025, Liên minh Hợp tác xã '
             'tỉnh Bắc Ninh được hợp nhất từ Liên minh Hợp tác xã hai tỉnh Bắc Ninh và Bắc Giang; Bản tin phản ánh hoạt '
             'động của hơn 1.600 hợp tác xã, liên hiệp hợp tác xã trên địa bàn tỉnh mới.</p><p><strong>Ban biên tập'
             '</strong></p><ul><li>Trưởng ban: Phó Chủ tịch Liên minh HTX tỉnh;</li><li>Thư ký tòa soạn: Chánh Văn phòng;'
             '</li><li>Các phóng viên, cộng tác viên tại các xã, phường.</li></ul>')
    site.page("/gioi-thieu.html", layout("Giới thiệu", "Giới thiệu", about, arts), content_type=HTML)
    site.page("/lien-he.html", layout("Liên hệ", "Liên hệ", f'<p>{esc(FOOTER[1])}</p><form method="post" action="/lien-he.html">'
                                      '<input name="cntnt01name" /><textarea name="cntnt01message"></textarea></form>', arts),
              content_type=HTML)
    gallery = "".join(f'<div class="img"><a href="{detail_url(a)}"><img src="{img(b.src)}" alt="" /></a></div>'
                      for a in arts for b in a.blocks if b.kind == "img")
    site.page("/thu-vien-anh.html", layout("Thư viện ảnh", "Thư viện ảnh", f'<div class="gallery">{gallery}</div>', arts),
              content_type=HTML)
    site.non_articles += [surl, "/gioi-thieu.html", "/lien-he.html", "/thu-vien-anh.html"]
    site.trap("content pages /gioi-thieu.html (h2 and paragraphs, a bold heading and a list, no date), contact, "
              "gallery and the search results (mact=Search…): not articles", "/gioi-thieu.html")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /tmp/\n")
    return site
