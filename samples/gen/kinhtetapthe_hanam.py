"""Site `kinhtetapthe-hanam` (registry family `generic`): the channel "Kinh tế tập thể" of the Hà Nam provincial
e-government portal (since 1 July 2025 part of Ninh Bình province) that hosts the news of the Hà Nam cooperative
alliance, on **Bloomreach Experience Manager 14 (Hippo CMS)**, HST delivery tier at `/site/`, a Bootstrap 4 portal
template. Written as a held-out test: no family module, no selectors.

Why it is hard: the portal chrome is large (the province's mega menu, "Dịch vụ công trực tuyến", "Hệ thống văn bản",
a ticker, footer blocks) and the page's only `<h1>` is the portal's name; the alliance's news lives at
`/site/lmhtx/tin-tuc/<yyyy>/<mm>/<slug>.html` (the document's folder path: year and month, never the day), its title is
`h2.detail-title`, its date `span.detail-date` "Ngày đăng: 12/03/2025 08:30" and, from the SEO plugin,
`<meta property="article:published_time">` in UTC with milliseconds ("2025-03-12T01:30:00.000Z", i.e. 08:30 in Hà Nam);
some show "Cập nhật: …" (the last modification) beside it. Lead `div.detail-summary`, text `div.detail-content` (Hippo
rich text: paragraphs, an image paragraph followed by a centred italic caption, tables, lists), the last right-aligned
bold paragraph is the byline (text; the author unless "Nguồn: …"). Every document also answers with `;jsessionid=…`
(HST URL-rewrites sessions for cookie-less clients), as its main component alone `?_hn:type=component-rendering&_hn:ref=
r46_r1` (the "In bài" link: a fragment without the chrome) and from its folder path under the portal's global sitemap
`/site/tin-tuc-su-kien/lmhtx/<yyyy>/<mm>/<slug>.html` (301). Lists are paged by the component's namespaced parameter
`?r46_r1_r1:page=2`; category lists `/site/lmhtx/chuyen-muc/<cat>`; the "Thông báo" document type shows no date, only its
list. Section home, introduction, contact form, document register, gallery and search `?query=` are no articles;
robots.txt disallows `/cms/`, `/site/_cmsinternal/` and `/site/_rp/`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "kinhtetapthe-hanam"
PORTAL = "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ NAM"
SECTION = "Liên minh Hợp tác xã tỉnh Hà Nam"
NS = "r46_r1_r1"
JSID = "9C0E1B47A2D35F86E4B1C7A0D2F3E581"
CHROME = [PORTAL, "Dịch vụ công trực tuyến", "Hệ thống văn bản", "Hỏi đáp trực tuyến", "Thủ tục hành chính",
          "Chào mừng kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)",
          "Thứ Hai, 16/06/2025", "Phủ Lý: 27°C - 34°C, có mưa rào vài nơi", "Bạn quan tâm đến nội dung nào của Luật HTX 2023?",
          "Chính sách hỗ trợ HTX", "Thủ tục thành lập HTX", "Quyền lợi của thành viên", "Đang online: 37",
          "Lượt truy cập: 3.204.118", "Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hà Nam",
          "Cơ quan thường trực: Sở Thông tin và Truyền thông tỉnh Hà Nam",
          "Giấy phép số 18/GP-TTĐT ngày 10/3/2021 của Cục Phát thanh, truyền hình và thông tin điện tử",
          "Địa chỉ: Số 1 đường Trần Phú, thành phố Phủ Lý, tỉnh Hà Nam", "Tin cùng chuyên mục", "In bài", "Gửi bài",
          "Chia sẻ:", "Ngày đăng:", "Cập nhật:", "Kinh tế tập thể", "Tin mới nhất"]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, ev=("metadata", "date-element", "listing")) -> dict:
        return dict(date=d, published=iso(d), published_source=ev[0], evidence=list(ev))

    return [
        A(path="tin-tuc/2025/06/lien-minh-htx-tinh-so-ket-6-thang-dau-nam-2025", title="Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2025",
          lead="Chiều 13/6, Liên minh HTX tỉnh Hà Nam tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025.",
          body="""
Sáu tháng đầu năm, toàn tỉnh thành lập mới 19 HTX, đạt 63% kế hoạch năm; doanh thu bình quân của HTX đạt 2,9 tỷ đồng.
[img so-ket-6-thang.png] Quang cảnh hội nghị sơ kết
## Nhiệm vụ 6 tháng cuối năm
Liên minh HTX tỉnh tập trung hoàn thiện phương án hợp nhất với Liên minh HTX các tỉnh Ninh Bình, Nam Định.
Các HTX tiếp tục được hỗ trợ tham gia Chương trình OCOP và sàn thương mại điện tử.
""", byline="Trần Minh Khoa", author="Trần Minh Khoa",
          opts={"cat": "hoat-dong", "modified": datetime(2025, 6, 14, 9, 20), "old": True},
          notes=["document /site/lmhtx/tin-tuc/2025/06/<slug>.html: h2.detail-title (the page's h1 is the portal's name), "
                 "'Ngày đăng: 13/06/2025 16:45' and 'Cập nhật: 14/06/2025 09:20' (a modification), article:published_time "
                 "'2025-06-13T09:45:00.000Z' (UTC); the caption paragraph is a line; 'Trần Minh Khoa' closes it (author); "
                 "the global-sitemap path /site/tin-tuc-su-kien/lmhtx/… (301) and ;jsessionid=… are aliases"],
          **at(datetime(2025, 6, 13, 16, 45))),
        A(path="tin-tuc/2025/05/ke-hoach-so-08-kh-lmhtx-to-chuc-hoi-cho-san-pham-htx", title="Kế hoạch số 08/KH-LMHTX tổ chức Hội chợ sản phẩm HTX, OCOP tỉnh Hà Nam năm 2025",
          body="""
LIÊN MINH HTX TỈNH HÀ NAM
Số: 08/KH-LMHTX
Hà Nam, ngày 12 tháng 5 năm 2025
KẾ HOẠCH
Tổ chức Hội chợ sản phẩm HTX, OCOP tỉnh Hà Nam năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Quảng bá, kết nối tiêu thụ sản phẩm của các HTX, chủ thể OCOP trong và ngoài tỉnh.
## II. THỜI GIAN, ĐỊA ĐIỂM
- Thời gian: từ ngày 18 đến 22/6/2025.
- Địa điểm: Quảng trường Vị Xuyên, thành phố Phủ Lý.
- Quy mô: 120 gian hàng tiêu chuẩn.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lại Thị Hồng Nhung
""", author=None, doc_number="08/KH-LMHTX",
          attachments=[{"path": "/site/binaries/content/assets/lmhtx/van-ban/2025/kh-08-lmhtx-hoi-cho-2025.pdf",
                        "text": "kh-08-lmhtx-hoi-cho-2025.pdf"}],
          opts={"cat": "van-ban"},
          notes=["plan 'Số: 08/KH-LMHTX' dated 12/5 in the text, posted 15/05/2025 10:00; '- ' lines keep their dash; "
                 "the signer is text, author null; 'Tệp đính kèm:' with the asset /site/binaries/content/assets/lmhtx/… "
                 "(its size no text): an attachment"],
          **at(datetime(2025, 5, 15, 10, 0))),
        A(path="tin-tuc/2025/04/ket-qua-danh-gia-phan-hang-san-pham-ocop-cua-htx-nam-2024", title="Kết quả đánh giá, phân hạng sản phẩm OCOP của các HTX năm 2024",
          body="""
Năm 2024, các HTX trên địa bàn tỉnh có 46 sản phẩm được công nhận OCOP từ 3 sao trở lên.
| Huyện, thị xã, thành phố | HTX có sản phẩm | Sản phẩm 3 sao | Sản phẩm 4 sao |
| Lý Nhân | 9 | 11 | 3 |
| Kim Bảng | 7 | 8 | 2 |
| Thanh Liêm | 6 | 7 | 1 |
| Duy Tiên | 8 | 10 | 4 |
""", byline="Nguồn: Văn phòng Điều phối nông thôn mới tỉnh", author=None,
          opts={"cat": "ocop"},
          notes=["a rich-text table (one line per row); 'Nguồn: …' closes it (text, no author)"],
          **at(datetime(2025, 4, 8, 14, 30))),
        A(path="thong-bao/2025/02/thong-bao-lich-tiep-nhan-ho-so-vay-von-quy-ho-tro-htx", title="Thông báo lịch tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 1 năm 2025",
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh Hà Nam thông báo tiếp nhận hồ sơ vay vốn đợt 1 năm 2025.
Thời gian tiếp nhận: từ ngày 24/02/2025 đến hết ngày 28/3/2025, trong giờ hành chính.
Địa điểm: Văn phòng Quỹ, tầng 3 trụ sở Liên minh HTX tỉnh.
""", author=None,
          opts={"cat": "thong-bao", "nodate": True},
          notes=["'Thông báo' document type: its template shows no date and no published_time (the URL has 2025/02 only); "
                 "the list /site/lmhtx/thong-bao dates it '18/02/2025' -> published from the listing, midnight; no byline"],
          date=datetime(2025, 2, 18, 9, 0), published=iso(datetime(2025, 2, 18), with_time=False),
          published_source="listing", evidence=["listing"]),
        A(path="tin-tuc/2025/03/nam-nhiem-vu-trong-tam-phat-trien-kinh-te-tap-the-nam-2025", title="Năm nhiệm vụ trọng tâm phát triển kinh tế tập thể năm 2025",
          lead="UBND tỉnh Hà Nam vừa ban hành kế hoạch phát triển kinh tế tập thể, HTX năm 2025 với năm nhiệm vụ trọng tâm.",
          body="""
* Thành lập mới ít nhất 30 HTX, 20 tổ hợp tác;
* Hỗ trợ 25 HTX ứng dụng công nghệ cao trong sản xuất;
* Xây dựng 10 mô hình HTX liên kết theo chuỗi giá trị;
* Đào tạo, bồi dưỡng 300 lượt cán bộ quản lý HTX;
* Giải thể dứt điểm các HTX ngừng hoạt động.
""", author=None,
          opts={"cat": "hoat-dong"},
          notes=["a five-item list; no byline: author null"],
          **at(datetime(2025, 3, 4, 8, 15))),
        A(path="tin-tuc/2025/03/htx-dich-vu-nong-nghiep-doi-son-giu-nghe-trong", title="Ảnh: Làng nghề trống Đọi Tam và HTX dịch vụ nông nghiệp Đọi Sơn",
          body="""
[img doi-tam-1.png] Thợ HTX hoàn thiện mặt trống da trâu
[img doi-tam-2.png] Trống Đọi Tam được đóng gói giao cho khách hàng
[img doi-tam-3.png] Gian trưng bày sản phẩm OCOP của HTX
""", byline="Ảnh: Phạm Hùng", author="Phạm Hùng",
          opts={"cat": "guong-htx"},
          notes=["photo story: three image paragraphs, each followed by a centred italic caption (the lines); the slug is "
                 "from an earlier title (Hippo keeps the node name); 'Ảnh: Phạm Hùng' -> author"],
          **at(datetime(2025, 3, 20, 7, 50))),
        A(path="tin-tuc/2024/12/htx-nong-nghiep-nhan-khang-lien-ket-trong-lua-chat-luong-cao", title="HTX Nông nghiệp Nhân Khang liên kết trồng lúa chất lượng cao",
          body="""
HTX Nông nghiệp Nhân Khang (huyện Lý Nhân) liên kết với doanh nghiệp sản xuất 210 ha lúa chất lượng cao vụ mùa 2024.
Năng suất bình quân đạt 62 tạ/ha, giá bán cao hơn lúa thường 1.000 đồng/kg.
""", byline="Nguyễn Thị Hằng", author="Nguyễn Thị Hằng",
          opts={"cat": "guong-htx"},
          notes=["2024 document of the old district ('huyện Lý Nhân'), only on the list's ?r46_r1_r1:page=2 and its category"],
          **at(datetime(2024, 12, 10, 15, 5))),
        A(path="tin-tuc/2025/01/lien-minh-htx-tinh-tang-qua-tet-cho-thanh-vien-htx-kho-khan", title="Liên minh HTX tỉnh tặng quà Tết cho thành viên HTX có hoàn cảnh khó khăn",
          lead="Ngày 20/1, Liên minh HTX tỉnh trao 100 suất quà Tết Ất Tỵ cho thành viên HTX có hoàn cảnh khó khăn.",
          body="""
Mỗi suất quà trị giá 1 triệu đồng, gồm tiền mặt và các nhu yếu phẩm, do doanh nghiệp và các HTX vận động đóng góp.
Đợt này, các HTX ở huyện Thanh Liêm và Kim Bảng được ưu tiên.
""", byline="Thu Hà - Ban Tuyên truyền", author="Thu Hà",
          opts={"cat": "hoat-dong", "modified": datetime(2025, 1, 23, 8, 0)},
          notes=["byline 'Thu Hà - Ban Tuyên truyền' -> author Thu Hà; 'Cập nhật: 23/01/2025 08:00' beside the date "
                 "(a modification)"],
          **at(datetime(2025, 1, 21, 9, 40))),
    ]


def content_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            src = f"/site/binaries/content/gallery/lmhtx/{a.date:%Y/%m}/{b.src}"
            out.append(f'<p style="text-align: center;"><img src="{src}" alt="" width="680"></p>'
                       f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            out.append(table_html(b, "table table-bordered"))
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-nam", "Kinh tế tập thể - Cổng TTĐT tỉnh Hà Nam (Liên minh HTX tỉnh)", "generic", None,
                     start_urls=["{{base:%s}}/site/lmhtx" % SITE])
    site.extra_boilerplate += CHROME
    news = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in news:
        a.opts["rel"], a.path = a.path, f"/site/lmhtx/{a.path}.html"
    cats = {"hoat-dong": "Hoạt động Liên minh", "ocop": "Chương trình OCOP", "guong-htx": "Gương HTX tiêu biểu",
            "van-ban": "Văn bản chỉ đạo", "thong-bao": "Thông báo"}

    def layout(title: str, main: str, *, head: str = "", crumbs=()) -> str:
        tree = "".join(f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>'
                       for t, h in [("Trang chủ", "/site/"), ("Kinh tế tập thể", "/site/lmhtx"), *crumbs])
        latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in news[:4])
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Cổng thông tin điện tử tỉnh Hà Nam</title>{head}
<link rel="stylesheet" href="/site/webfiles/1718000000000/css/bootstrap.min.css"><link rel="stylesheet" href="/site/webfiles/1718000000000/css/portal.css">
<script src="/site/webfiles/1718000000000/js/jquery-3.5.1.min.js"></script></head>
<body><div class="top-bar"><div class="container"><span class="today">Thứ Hai, 16/06/2025</span>
<ul class="top-links"><li><a href="/site/dich-vu-cong">Dịch vụ công trực tuyến</a></li><li><a href="/site/van-ban">Hệ thống văn bản</a></li>
<li><a href="/site/hoi-dap">Hỏi đáp trực tuyến</a></li><li><a href="/cms/">Đăng nhập</a></li></ul></div></div>
<header class="portal-header"><div class="container"><a href="/site/"><img src="/site/webfiles/1718000000000/images/quoc-huy.png" alt=""></a>
<h1 class="portal-name">{PORTAL}</h1><form action="/site/lmhtx/tim-kiem" method="get"><input name="query" placeholder="Tìm kiếm"></form></div></header>
<nav class="mega-menu"><ul><li><a href="/site/">Trang chủ</a></li><li><a href="/site/gioi-thieu-tinh">Giới thiệu</a></li>
<li><a href="/site/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li class="active"><a href="/site/lmhtx">Kinh tế tập thể</a>
<ul class="sub">{''.join(f'<li><a href="/site/lmhtx/chuyen-muc/{c}">{esc(n)}</a></li>' for c, n in cats.items())}</ul></li></ul></nav>
<div class="ticker"><marquee>Chào mừng kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)</marquee></div>
<div class="container"><div class="section-banner"><a href="/site/lmhtx">{SECTION}</a></div><ol class="breadcrumb">{tree}</ol>
<div class="row"><div class="col-md-8 hst-container"><div class="hst-container-item" id="r46_r1">{main}</div></div>
<div class="col-md-4 sidebar"><div class="box"><h4>Tin mới nhất</h4><ul>{latest}</ul></div>
<div class="box weather"><h4>Thời tiết</h4><p>Phủ Lý: 27°C - 34°C, có mưa rào vài nơi</p></div>
<div class="box poll"><h4>Thăm dò ý kiến</h4><p>Bạn quan tâm đến nội dung nào của Luật HTX 2023?</p>
<ul><li>Chính sách hỗ trợ HTX</li><li>Thủ tục thành lập HTX</li><li>Quyền lợi của thành viên</li></ul></div>
<div class="box stats"><h4>Thống kê truy cập</h4><p>Đang online: 37</p><p>Lượt truy cập: 3.204.118</p></div>
<div class="box links"><h4>Liên kết</h4><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>
<li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div></div></div></div>
<footer class="portal-footer"><div class="container"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hà Nam</p>
<p>Cơ quan thường trực: Sở Thông tin và Truyền thông tỉnh Hà Nam</p>
<p>Giấy phép số 18/GP-TTĐT ngày 10/3/2021 của Cục Phát thanh, truyền hình và thông tin điện tử</p>
<p>Địa chỉ: Số 1 đường Trần Phú, thành phố Phủ Lý, tỉnh Hà Nam</p></div></footer></body></html>"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type="text/html;charset=UTF-8")

    def detail(a: RichArticle) -> str:
        o = a.opts
        date = ""
        if not o.get("nodate"):
            date = f'<span class="detail-date">Ngày đăng: {a.date:%d/%m/%Y %H:%M}</span>'
            if o.get("modified"):
                date += f' <span class="detail-modified">Cập nhật: {o["modified"]:%d/%m/%Y %H:%M}</span>'
        att = ""
        for x in a.attachments:
            att = (f'<div class="detail-attachments"><p>Tệp đính kèm:</p><ul><li><a href="{x["path"]}" target="_blank">'
                   f'{esc(x["text"])}</a> <span class="size">(186 KB)</span></li></ul></div>')
        return (f'<div class="news-detail"><h2 class="detail-title">{esc(a.title)}</h2><div class="detail-meta">{date}</div>'
                + (f'<div class="detail-summary"><strong>{inline_html(a.lead)}</strong></div>' if a.lead else "")
                + f'<div class="detail-content">{content_html(a)}</div>{att}</div>')

    for i, a in enumerate(news):
        o = a.opts
        head = (f'<meta name="description" content="{attr(a.summary())}"><link rel="canonical" href="{{{{base}}}}{a.path}">'
                f'<meta property="og:title" content="{attr(a.title)}"><meta property="og:url" content="{{{{base}}}}{a.path}">')
        if not o.get("nodate"):
            utc = a.date - timedelta(hours=7)
            head += f'<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S}.000Z">'
        same = [b for b in news if b is not a and b.opts["cat"] == o["cat"]][:3] or [b for b in news if b is not a][:3]
        tools = (f'<div class="detail-tools"><a href="{a.path}?_hn:type=component-rendering&amp;_hn:ref=r46_r1" target="_blank">In bài</a> '
                 f'<a href="javascript:void(0)">Gửi bài</a> <span>Chia sẻ:</span> <a href="javascript:void(0)" class="fb">fb</a></div>')
        others = ('<div class="related"><h4>Tin cùng chuyên mục</h4><ul>'
                  + "".join(f'<li><a href="{b.path};jsessionid={JSID}">{esc(b.title)}</a> ({b.date:%d/%m/%Y})</li>' for b in same) + "</ul></div>")
        folder = "Thông báo" if o.get("nodate") else cats[o["cat"]]
        page(a.path, layout(a.title, detail(a) + tools + others, head=head,
                            crumbs=[(folder, f"/site/lmhtx/chuyen-muc/{o['cat']}")]))
        frag = f"{a.path}?_hn:type=component-rendering&_hn:ref=r46_r1"
        page(frag, f'<div class="hst-container-item" id="r46_r1">{detail(a)}</div>')
        js = f"{a.path};jsessionid={JSID}"
        site.same_page(js, a.path)
        a.aliases += [js, frag]
        if o.get("old") or i in (2, 4):
            old = f"/site/tin-tuc-su-kien/lmhtx/{o['rel'].split('/', 1)[1]}.html"
            site.redirect(old, a.path, 301)
            a.aliases.append(old)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/site/binaries/content/gallery/lmhtx/{a.date:%Y/%m}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 08/KH-LMHTX", "Hoi cho san pham HTX, OCOP 2025"]))
        site.add_article(a)

    def listing(path: str, title: str, items: list, per: int = 4) -> None:
        chunks = [items[k:k + per] for k in range(0, len(items), per)] or [[]]
        for n, chunk in enumerate(chunks):
            url = path if n == 0 else f"{path}?{NS}:page={n + 1}"
            pager = '<ul class="pagination">' + "".join(
                f'<li class="page-item"><a class="page-link" href="{path}?{NS}:page={k + 1}">{k + 1}</a></li>'
                for k in range(len(chunks))) + "</ul>"
            rows = "".join(f'<div class="media news-item"><a href="{a.path}"><img src="/site/webfiles/1718000000000/images/no-thumb.png" alt=""></a>'
                           f'<div class="media-body"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{a.date:%d/%m/%Y}</span>'
                           f'<p>{esc(a.summary())}</p></div></div>' for a in chunk)
            page(url, layout(title, f'<h2 class="list-title">{esc(title)}</h2>{rows}{pager}', crumbs=[(title, path)]))
            site.non_articles.append(url)
        site.same_page(f"{path}?{NS}:page=1", path)

    tin = [a for a in news if "/tin-tuc/" in a.path]
    listing("/site/lmhtx/tin-tuc", "Tin tức", tin)
    listing("/site/lmhtx/thong-bao", "Thông báo", [a for a in news if "/thong-bao/" in a.path])
    for c, n in cats.items():
        listing(f"/site/lmhtx/chuyen-muc/{c}", n, [a for a in news if a.opts["cat"] == c])

    home = ('<div class="featured">' + "".join(
        f'<div class="item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(a.summary())}</p></div>' for a in news[:3])
        + f'</div><p><a href="/site/lmhtx/tin-tuc">Xem tất cả tin tức</a> | <a href="/site/lmhtx/thong-bao">Thông báo</a> | '
        f'<a href="/site/tin-tuc-su-kien/lmhtx/{news[0].opts["rel"].split("/", 1)[1]}.html">{esc(news[0].title)}</a> | '
        f'<a href="/site/lmhtx/tim-kiem?query=ocop">OCOP</a> | <a href="/site/lmhtx/gioi-thieu">Giới thiệu</a> | '
        f'<a href="/site/lmhtx/lien-he">Liên hệ</a> | <a href="/site/lmhtx/thu-vien-anh">Thư viện ảnh</a> | <a href="/site/lmhtx/van-ban">Văn bản</a></p>')
    page("/site/lmhtx", layout(SECTION, home))
    site.non_articles.append("/site/lmhtx")
    site.redirect("/", "/site/", 302)
    portal_pages = {"/site/": "Trang chủ Cổng thông tin", "/site/gioi-thieu-tinh": "Giới thiệu tỉnh Hà Nam",
                    "/site/thu-tuc-hanh-chinh": "Thủ tục hành chính", "/site/dich-vu-cong": "Dịch vụ công trực tuyến",
                    "/site/van-ban": "Hệ thống văn bản", "/site/hoi-dap": "Hỏi đáp trực tuyến"}
    for path, title in portal_pages.items():
        page(path, layout(title, f'<h2 class="list-title">{esc(title)}</h2><p>Nội dung đang được cập nhật.</p>'))
        site.non_articles.append(path)
    pages = {"/site/lmhtx/gioi-thieu": ("Giới thiệu Liên minh HTX tỉnh", '<div class="detail-content"><p>Liên minh Hợp tác xã tỉnh Hà Nam '
                                        'được thành lập năm 1996, là tổ chức đại diện cho các HTX, tổ hợp tác trên địa bàn tỉnh.</p>'
                                        '<p style="text-align: right;"><strong>Văn phòng Liên minh</strong></p></div>'),
             "/site/lmhtx/lien-he": ("Liên hệ", '<form action="/site/lmhtx/lien-he?_hn:type=action&amp;_hn:ref=r46_r1" method="post">'
                                     '<label>Họ tên</label><input name="name"><label>Nội dung</label><textarea name="message"></textarea>'
                                     '<button type="submit">Gửi</button></form>'),
             "/site/lmhtx/thu-vien-anh": ("Thư viện ảnh", "".join(
                 f'<figure><img src="/site/binaries/content/gallery/lmhtx/album/anh-{k}.png" alt=""><figcaption>Album hoạt động {k}</figcaption></figure>'
                 for k in range(1, 4))),
             "/site/lmhtx/van-ban": ("Văn bản", '<table class="table"><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>'
                                     f'<tr><td>08/KH-LMHTX</td><td>12/05/2025</td><td><a href="{news[1].path}">Tổ chức Hội chợ sản phẩm HTX, OCOP</a></td></tr></table>')}
    for path, (title, main) in pages.items():
        page(path, layout(title, f'<h2 class="detail-title">{esc(title)}</h2>{main}', crumbs=[(title, path)]))
        site.non_articles.append(path)
    hits = [a for a in news if "OCOP" in a.title + a.body + (a.lead or "")]
    page("/site/lmhtx/tim-kiem?query=ocop", layout("Tìm kiếm", f'<h2>Kết quả tìm kiếm: ocop</h2><p>{len(hits)} kết quả</p><ul>'
                                                  + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><p>{esc(a.summary())}</p></li>' for a in hits)
                                                  + "</ul>"))
    site.same_page("/site/lmhtx/tim-kiem", "/site/lmhtx/tim-kiem?query=ocop")
    site.non_articles.append("/site/lmhtx/tim-kiem?query=ocop")
    for path in ["/cms/", "/site/lmhtx/lien-he?_hn:type=action&_hn:ref=r46_r1"]:
        page(path, "<!DOCTYPE html><html><head><title>Bloomreach</title></head><body><form><input name='username'></form></body></html>")
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /cms/\nDisallow: /site/_cmsinternal/\nDisallow: /site/_rp/\n"
                "Disallow: /site/lmhtx/lien-he?_hn:type=action\n")
    for name in ("quoc-huy.png", "no-thumb.png"):
        site.binary(f"/site/webfiles/1718000000000/images/{name}", image_for(name))
    site.trap("lists /site/lmhtx/tin-tuc and /site/lmhtx/thong-bao, category lists /site/lmhtx/chuyen-muc/<cat>, paged by "
              "the HST namespaced ?r46_r1_r1:page=2 (4 a page): title, 'dd/mm/yyyy', summary; section home, the portal's "
              "pages, introduction, contact form, gallery, document register and search ?query=ocop: no articles",
              f"/site/lmhtx/tin-tuc?{NS}:page=2")
    site.trap("every document also answers with ;jsessionid=… ('Tin cùng chuyên mục' links), as its component fragment "
              "?_hn:type=component-rendering&_hn:ref=r46_r1 ('In bài') and some from the portal's global sitemap "
              "/site/tin-tuc-su-kien/lmhtx/<yyyy>/<mm>/<slug>.html (301): aliases; robots.txt disallows /cms/ "
              "('Đăng nhập') and the contact form's action URL: never fetched", news[0].path)
    return site
