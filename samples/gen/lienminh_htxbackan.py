"""Site `lienminh-htxbackan` (registry family `generic`): the portal of the Bắc Kạn cooperative alliance (since 1 July
2025 part of Thái Nguyên province), as it stood in June 2025, on **Mura CMS 7.1** (ColdFusion/Lucee, the Bootstrap
default theme translated). Written as a held-out test: no family module, no selectors.

Why it is hard: Mura serves every node twice, at `/index.cfm/tin-tuc/<filename>/` and at the rewritten friendly
`/tin-tuc/<filename>/` (the canonical one; the menus mix both), and at `/index.cfm?LinkServID=<contentID>` (its
permanent link, 301). The page is `div.mura-region-local` → `article.mura-content`: `h1.mura-page-title` (the `<h1>`
of the header is the logo link), then Mura's `dspMetaData` list `ul.metadata` with `li.releaseDate` "Ngày đăng:
12/06/2025" (no time) and `li.credits` "Người viết: X" (the credits field: the author, never text), a
`div.mura-summary` (the lead), `div.mura-body` (CKEditor: paragraphs, `figure.image` with figcaption, tables, lists),
then Mura's related content "Tin liên quan" and a comments form. `<meta name="author">` is the alliance (no author).
Folders list 4 a page, Mura's nextN `?startrow=5`, also by category `/tin-tuc/category/<filename>/`, show the date
and summary; the "Thông báo" folder's template hides the release date: its notice is dated by the list only. Pages
"Giới thiệu", "Liên hệ" (a Mura form), the gallery and the site search `?keywords=…&display=search&newSearch=true`
are no articles; robots.txt disallows `/admin/` and Mura's `/index.cfm/_api/`.
"""

from __future__ import annotations

from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "lienminh-htxbackan"
NAME = "Liên minh Hợp tác xã tỉnh Bắc Kạn"
SITEID = "lmhtxbk"
CHROME = ["Thứ Năm, 19/06/2025", "Nhiệt liệt chào mừng Đại hội Đảng bộ tỉnh Bắc Kạn lần thứ XIII",
          "Thời tiết Chợ Đồn", "Mây rải rác, 24°C - 31°C", "Đang trực tuyến: 9", "Truy cập trong ngày: 214",
          "Tổng lượt truy cập: 687.402", "HTX của bạn đã ứng dụng phần mềm kế toán chưa?", "Đã ứng dụng",
          "Đang tìm hiểu", "Chưa có nhu cầu", "Gửi ý kiến", "Tin liên quan", "Ý kiến bạn đọc", "Gửi bình luận",
          "Chia sẻ bài viết", "In trang", "Người viết:", "Ngày đăng:", "Đơn vị quản lý: Liên minh Hợp tác xã tỉnh Bắc Kạn",
          "Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn", "Điện thoại: 0209.3870.512",
          "Ghi rõ nguồn \"lmhtxbackan.vn\" khi phát hành lại thông tin từ website này.", "Powered by Mura CMS",
          "Xem nhiều", "Văn bản mới"]


def uid(n: int) -> str:
    return f"6A1F{n:04d}-C2E4-4B0D-9F3A{n:012d}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def rel(d: datetime, ev=("date-element", "listing")) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source=ev[0], evidence=list(ev))

    return [
        A(path="tin-tuc/hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-8", title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 8, khóa V",
          lead="Ngày 11/6, Liên minh HTX tỉnh Bắc Kạn tổ chức Hội nghị Ban Chấp hành lần thứ 8, nhiệm kỳ 2020 - 2025.",
          body="""
Hội nghị đánh giá kết quả 6 tháng đầu năm 2025: toàn tỉnh thành lập mới 14 HTX, vượt 40% kế hoạch năm.
[img hoi-nghi-bch-lan-8.png] Đồng chí Chủ tịch Liên minh HTX tỉnh phát biểu tại hội nghị
## Chuẩn bị hợp nhất
Hội nghị thống nhất phương án sắp xếp tổ chức bộ máy Liên minh HTX tỉnh khi hợp nhất với tỉnh Thái Nguyên.
Các đại biểu đề nghị giữ ổn định hoạt động tư vấn, hỗ trợ HTX trong thời gian chuyển tiếp.
""", author="Hoàng Thu Trang",
          opts={"n": 48, "cat": "hoat-dong", "credits": "Hoàng Thu Trang", "related": True},
          notes=["Mura page: h1.mura-page-title, ul.metadata 'Ngày đăng: 12/06/2025' (no time: midnight) and "
                 "'Người viết: Hoàng Thu Trang' (the credits field: author, not text), div.mura-summary lead, figure "
                 "caption; the /index.cfm/… twin and ?LinkServID=<contentID> (301) are aliases"],
          **rel(datetime(2025, 6, 12))),
        A(path="tin-tuc/ke-hoach-so-21-kh-lmhtx-ho-tro-htx-tham-gia-ocop-2025", title="Kế hoạch số 21/KH-LMHTX hỗ trợ HTX tham gia Chương trình OCOP năm 2025",
          body="""
LIÊN MINH HTX TỈNH BẮC KẠN
Số: 21/KH-LMHTX
Bắc Kạn, ngày 26 tháng 5 năm 2025
KẾ HOẠCH
Hỗ trợ HTX tham gia Chương trình Mỗi xã một sản phẩm năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Hỗ trợ ít nhất 10 HTX hoàn thiện hồ sơ sản phẩm OCOP; nâng hạng 5 sản phẩm từ 3 sao lên 4 sao.
## II. NỘI DUNG HỖ TRỢ
- Tư vấn thiết kế bao bì, nhãn mác, câu chuyện sản phẩm;
- Kết nối HTX tham gia hội chợ, sàn thương mại điện tử;
- Hướng dẫn thủ tục vay vốn Quỹ hỗ trợ phát triển HTX.
Nơi nhận:
- Ban Thường vụ Tỉnh ủy;
- Lưu: VT.
CHỦ TỊCH
Nông Văn Chí
""", author=None, doc_number="21/KH-LMHTX",
          attachments=[{"path": f"/sites/{SITEID}/assets/File/KH-21-LMHTX-OCOP-2025.pdf",
                        "text": "Kế hoạch số 21/KH-LMHTX (PDF)"}],
          opts={"n": 45, "cat": "van-ban", "pdf": True},
          notes=["plan 'Số: 21/KH-LMHTX' dated 26/5 in the text, released 29/05/2025; 'Nơi nhận:' and the signer are text, "
                 "no credits: author null; the PDF /sites/lmhtxbk/assets/File/… linked 'Kế hoạch số 21/KH-LMHTX (PDF)' "
                 "under 'Tải về:' after the body (an attachment)"],
          **rel(datetime(2025, 5, 29))),
        A(path="tin-tuc/so-lieu-htx-tinh-bac-kan-den-31-12-2024", title="Số liệu HTX tỉnh Bắc Kạn đến ngày 31/12/2024",
          body="""
Đến hết năm 2024, tỉnh Bắc Kạn có 398 HTX, trong đó 312 HTX nông nghiệp.
| STT | Huyện, thành phố | Số HTX | Sản phẩm OCOP |
| 1 | Chợ Đồn | 64 | 21 |
| 2 | Ba Bể | 58 | 19 |
| 3 | Bạch Thông | 49 | 14 |
| 4 | Thành phố Bắc Kạn | 41 | 12 |
Nguồn: Chi cục Thống kê tỉnh Bắc Kạn
""", author=None,
          opts={"n": 41, "cat": "hoat-dong"},
          notes=["a CKEditor table (one line per row); 'Nguồn: …' closes the text (no author); no credits"],
          **rel(datetime(2025, 4, 17))),
        A(path="thong-bao/thong-bao-tuyen-dung-vien-chuc-quy-ho-tro-htx-2025", title="Thông báo tuyển dụng viên chức Quỹ hỗ trợ phát triển HTX năm 2025",
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh Bắc Kạn thông báo tuyển dụng 02 viên chức chuyên ngành tài chính - tín dụng.
Hồ sơ nhận tại Văn phòng Liên minh HTX tỉnh từ ngày 05/5 đến hết ngày 04/6/2025.
Thí sinh xem chi tiết điều kiện dự tuyển tại bảng tin của cơ quan.
""", author=None,
          opts={"n": 43, "cat": "thong-bao", "nodate": True},
          notes=["'Thông báo' folder whose template hides the release date and credits (no date on the page, no "
                 "metadata): only the folder list /thong-bao/ dates it '05/05/2025' -> published from the listing, midnight"],
          **rel(datetime(2025, 5, 5), ("listing",))),
        A(path="tin-tuc/bon-giai-phap-nang-cao-hieu-qua-htx-nong-nghiep", title="Bốn giải pháp nâng cao hiệu quả HTX nông nghiệp",
          lead="Tại hội thảo ngày 20/3, các chuyên gia đề xuất bốn nhóm giải pháp cho HTX nông nghiệp của tỉnh.",
          body="""
+ Đổi mới quản trị, công khai tài chính với thành viên;
+ Liên kết với doanh nghiệp theo chuỗi giá trị;
+ Ứng dụng khoa học kỹ thuật, cơ giới hóa sản xuất;
+ Tiếp cận vốn vay ưu đãi và các chính sách hỗ trợ của Nhà nước.
Liên minh HTX tỉnh sẽ tổng hợp các ý kiến để tham mưu cho UBND tỉnh.
""", author="Lý Thị Mai",
          opts={"n": 38, "cat": "tu-van", "credits": "Lý Thị Mai"},
          notes=["a four-item ordered list; credits 'Lý Thị Mai' -> author"],
          **rel(datetime(2025, 3, 21))),
        A(path="tin-tuc/htx-mien-dong-coi-thinh-vao-mua-san-xuat", title="HTX miến dong Côi Thịnh vào mùa sản xuất",
          lead="Những ngày cuối năm, HTX Nông nghiệp dịch vụ Côi Thịnh (huyện Na Rì) tất bật làm miến dong phục vụ thị trường Tết.",
          body="""
[img mien-dong-1.png] Củ dong riềng được rửa sạch, nghiền lấy tinh bột
[img mien-dong-2.png] Sợi miến được phơi trên giàn tre
[img mien-dong-3.png] Sản phẩm miến dong Côi Thịnh đạt OCOP 4 sao
""", author="Đình Hiếu",
          opts={"n": 33, "cat": "guong-htx", "credits": "Ảnh: Đình Hiếu"},
          notes=["photo story: three figure.image with figcaption (the lines); credits 'Ảnh: Đình Hiếu' -> author Đình Hiếu"],
          **rel(datetime(2025, 1, 9))),
        A(path="tin-tuc/htx-che-bang-phuc-mo-rong-thi-truong-tieu-thu", title="HTX chè Bằng Phúc mở rộng thị trường tiêu thụ",
          body="""
HTX Chè Bằng Phúc (huyện Chợ Đồn) năm 2024 tiêu thụ 12 tấn chè khô, doanh thu đạt 3,6 tỷ đồng.
HTX hiện có 3 sản phẩm chè đạt OCOP, được bán tại các cửa hàng đặc sản ở Hà Nội và Thái Nguyên.
Năm 2025, HTX đặt mục tiêu đưa sản phẩm lên sàn thương mại điện tử.
""", author=None,
          opts={"n": 29, "cat": "guong-htx"},
          notes=["2024 item only on the folder's second page (?startrow=5), its category and related boxes; no credits: author null"],
          **rel(datetime(2024, 11, 26))),
        A(path="tin-tuc/tap-huan-chuyen-doi-so-cho-can-bo-quan-ly-htx", title="Tập huấn chuyển đổi số cho cán bộ quản lý HTX",
          lead="Từ ngày 15 đến 17/4, Liên minh HTX tỉnh mở lớp tập huấn chuyển đổi số cho 60 cán bộ quản lý HTX.",
          body="""
Học viên được hướng dẫn sử dụng hóa đơn điện tử, chữ ký số và phần mềm quản lý bán hàng.
Giảng viên là chuyên gia của Trung tâm Chuyển đổi số tỉnh.
""", author="Hà Văn Lực",
          opts={"n": 42, "cat": "tu-van", "credits": "Hà Văn Lực"},
          notes=["credits 'Hà Văn Lực' (author); the lead says 'Từ ngày 15 đến 17/4', released 18/04/2025"],
          **rel(datetime(2025, 4, 18))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<figure class="image"><img alt="" src="/sites/{SITEID}/assets/Image/2025/{b.src}" width="700">'
                       f"<figcaption>{esc(b.text)}</figcaption></figure>")
        elif b.kind == "table":
            out.append(table_html(b, "table table-bordered"))
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-kan", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.byline_in_text = False
    site.extra_boilerplate += CHROME
    news = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in news:
        a.opts["slug"], a.path = a.path, f"/{a.path}/"
    cats = {"hoat-dong": "Hoạt động Liên minh", "tu-van": "Tư vấn - Hỗ trợ", "guong-htx": "Gương HTX điển hình",
            "van-ban": "Văn bản", "thong-bao": "Thông báo"}
    menu = [("Trang chủ", "/"), ("Giới thiệu", "/index.cfm/gioi-thieu/"), ("Tin tức", "/tin-tuc/"),
            ("Thông báo", "/thong-bao/"), ("Thư viện ảnh", "/thu-vien-anh/"), ("Liên hệ", "/lien-he/")]
    latest = news[:5]

    def layout(title: str, main: str, *, body_id: str, canonical: str = "", desc: str = "", crumbs=()) -> str:
        nav = "".join(f'<li class="nav-item"><a class="nav-link" href="{h}">{esc(t)}</a></li>' for t, h in menu)
        tree = "".join(f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' for t, h in [("Trang chủ", "/"), *crumbs])
        side = "".join(f'<li><a href="/index.cfm/{a.opts["slug"]}/">{esc(a.title)}</a></li>' for a in latest)
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)} - {NAME}</title><meta name="description" content="{attr(desc)}"><meta name="keywords" content="HTX, Bắc Kạn, OCOP">
<meta name="author" content="{NAME}"><meta name="generator" content="Mura CMS 7.1">
{f'<link rel="canonical" href="{{{{base}}}}{canonical}">' if canonical else ""}
<link rel="stylesheet" href="/sites/{SITEID}/themes/lmhtx/assets/css/site.min.css">
<script src="/core/vendor/jquery/jquery.min.js"></script><script src="/sites/{SITEID}/themes/lmhtx/js/mura.min.js"></script></head>
<body id="{body_id}" class="depth-2 {body_id}"><div class="topbar"><div class="container"><span class="today">Thứ Năm, 19/06/2025</span>
<marquee class="slogan">Nhiệt liệt chào mừng Đại hội Đảng bộ tỉnh Bắc Kạn lần thứ XIII</marquee></div></div>
<header class="mura-header"><div class="container"><h1 class="brand"><a href="/"><img src="/sites/{SITEID}/assets/Image/logo.png" alt="{NAME}"></a></h1>
<form class="navbar-form" action="/tim-kiem/" method="get"><input type="hidden" name="display" value="search"><input type="hidden" name="newSearch" value="true">
<input type="text" name="keywords" placeholder="Tìm kiếm"></form></div>
<nav class="navbar navbar-expand-lg"><ul class="navbar-nav mura-primary-nav">{nav}</ul></nav></header>
<div class="container"><ol class="mura-breadcrumb breadcrumb">{tree}</ol><div class="row">
<div class="col-lg-9 mura-region-local"><div class="mura-region-inner">{main}</div></div>
<aside class="col-lg-3 sidebar"><div class="mura-object" data-object="collection"><h3 class="mura-object-title">Xem nhiều</h3><ul>{side}</ul></div>
<div class="mura-object"><h3 class="mura-object-title">Văn bản mới</h3><ul><li><a href="/van-ban/">Văn bản</a></li></ul></div>
<div class="mura-object" data-object="weather"><h3>Thời tiết</h3><p>Thời tiết Chợ Đồn</p><p>Mây rải rác, 24°C - 31°C</p></div>
<div class="mura-object" data-object="form"><h3>Thăm dò ý kiến</h3><p>HTX của bạn đã ứng dụng phần mềm kế toán chưa?</p>
<ul><li>Đã ứng dụng</li><li>Đang tìm hiểu</li><li>Chưa có nhu cầu</li></ul><button type="button">Gửi ý kiến</button></div>
<div class="mura-object" data-object="counter"><h3>Thống kê</h3><ul><li>Đang trực tuyến: 9</li><li>Truy cập trong ngày: 214</li><li>Tổng lượt truy cập: 687.402</li></ul></div>
<div class="mura-object"><h3>Liên kết</h3><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>
<li><a href="{{{{base:offsite}}}}/bac-kan/" target="_blank">Cổng TTĐT tỉnh Bắc Kạn</a></li></ul></div></aside></div></div>
<footer class="mura-footer"><div class="container"><p>Đơn vị quản lý: Liên minh Hợp tác xã tỉnh Bắc Kạn</p>
<p>Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn</p><p>Điện thoại: 0209.3870.512</p>
<p>Ghi rõ nguồn "lmhtxbackan.vn" khi phát hành lại thông tin từ website này.</p><p class="powered">Powered by Mura CMS</p>
<a href="/admin/">Quản trị</a></div></footer></body></html>"""

    def page(path: str, html: str) -> None:
        site.page(path, html)

    def card(a: RichArticle, show_date: bool = True) -> str:
        return (f'<dl class="mura-collection-item"><dt class="releaseDate">{a.date:%d/%m/%Y}</dt>' if show_date else '<dl class="mura-collection-item">') + \
            (f'<dt class="title"><a href="{a.path}">{esc(a.title)}</a></dt><dd class="summary">{esc(a.summary())} '
             f'<a class="readmore" href="{a.path}">Xem tiếp</a></dd>'
             f'<dd class="tags">Chuyên mục: <a href="/tin-tuc/category/{a.opts["cat"]}/">{esc(cats[a.opts["cat"]])}</a></dd></dl>')

    for i, a in enumerate(news):
        o = a.opts
        folder = o["slug"].split("/")[0]
        canon = a.path
        meta = ""
        if not o.get("nodate"):
            meta = (f'<ul class="metadata"><li class="releaseDate">Ngày đăng: {a.date:%d/%m/%Y}</li>'
                    + (f'<li class="credits">Người viết: {esc(o["credits"])}</li>' if o.get("credits") else "")
                    + f'<li class="category">Chuyên mục: <a href="/tin-tuc/category/{o["cat"]}/">{esc(cats[o["cat"]])}</a></li></ul>')
        att = ""
        if o.get("pdf"):
            x = a.attachments[0]
            att = f'<p class="mura-file">Tải về: <a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>'
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 21/KH-LMHTX", "Ho tro HTX tham gia OCOP 2025"]))
        related = [b for b in news if b is not a][:3] if o.get("related") or i % 2 else [b for b in news if b is not a][3:5]
        rel_html = ('<div class="mura-related-content"><h3>Tin liên quan</h3><ul>'
                    + "".join(f'<li><a href="/index.cfm/{b.opts["slug"]}/">{esc(b.title)}</a></li>' for b in related) + "</ul></div>")
        main = (f'<article class="mura-content"><h1 class="mura-page-title pageTitle">{esc(a.title)}</h1>{meta}'
                + (f'<div class="mura-summary summary"><p><strong>{inline_html(a.lead)}</strong></p></div>' if a.lead else "")
                + f'<div class="mura-body">{body_html(a)}</div>{att}'
                '<div class="share-tools"><span>Chia sẻ bài viết</span> <a href="javascript:window.print()">In trang</a></div>'
                f'</article>{rel_html}<div class="mura-comments"><h3>Ý kiến bạn đọc</h3><form action="javascript:void(0)">'
                '<textarea name="comments"></textarea><button type="button">Gửi bình luận</button></form></div>')
        html = layout(a.title, main, body_id=folder, canonical=canon, desc=a.summary(),
                      crumbs=[(cats[o["cat"]] if folder == "tin-tuc" else "Thông báo", f"/{folder}/"), (a.title, canon)])
        page(canon, html)
        page(f"/index.cfm/{o['slug']}/", html)
        link = f"/index.cfm?LinkServID={uid(o['n'])}"
        site.redirect(link, canon, 301)
        a.aliases = [f"/index.cfm/{o['slug']}/", link]
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/sites/{SITEID}/assets/Image/2025/{b.src}", image_for(b.src))
        site.add_article(a)
    news[1].aliases.append(f"{news[1].path}?utm_source=zalo&utm_medium=social")
    site.same_page(news[1].aliases[-1], news[1].path)

    # folders: nextN 4 a page (?startrow=5), categories, the notices
    tin = [a for a in news if a.path.startswith("/tin-tuc/")]

    def folder(path: str, title: str, items: list, body_id: str, show_date: bool = True) -> None:
        chunks = [items[k:k + 4] for k in range(0, len(items), 4)] or [[]]
        for n, chunk in enumerate(chunks):
            url = path if n == 0 else f"{path}?startrow={4 * n + 1}"
            pager = '<ul class="pagination mura-next-n">' + "".join(
                f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="{path if k == 0 else f"{path}?startrow={4 * k + 1}"}">{k + 1}</a></li>'
                for k in range(len(chunks))) + (f'<li class="navNext"><a href="{path}?startrow={4 * n + 5}">Tiếp »</a></li>' if n + 1 < len(chunks) else "") + "</ul>"
            main = (f'<h2 class="mura-page-title">{esc(title)}</h2><div class="mura-collection">'
                    + "".join(card(a, show_date) for a in chunk) + f"</div>{pager}")
            page(url, layout(title, main, body_id=body_id, crumbs=[(title, path)]))
            site.non_articles.append(url)

    folder("/tin-tuc/", "Tin tức", tin, "tin-tuc")
    folder("/thong-bao/", "Thông báo", [a for a in news if a.path.startswith("/thong-bao/")], "thong-bao")
    for c, name in cats.items():
        folder(f"/tin-tuc/category/{c}/", name, [a for a in news if a.opts["cat"] == c], "tin-tuc")
    site.redirect("/index.cfm/tin-tuc/", "/tin-tuc/", 301)
    page("/van-ban/", layout("Văn bản", '<h2 class="mura-page-title">Văn bản</h2><table class="table"><tr><th>Số ký hiệu</th><th>Trích yếu</th></tr>'
                             f'<tr><td>21/KH-LMHTX</td><td><a href="{news[1].path}">Hỗ trợ HTX tham gia Chương trình OCOP năm 2025</a></td></tr></table>',
                             body_id="van-ban", crumbs=[("Văn bản", "/van-ban/")]))
    site.non_articles.append("/van-ban/")

    home = ('<div class="mura-object hero"><h2>Tin nổi bật</h2>'
            + "".join(f'<div class="item"><a href="{a.path}"><img src="/sites/{SITEID}/assets/Image/thumb-{k}.png" alt=""></a>'
                      f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(a.summary())}</p></div>' for k, a in enumerate(news[:4]))
            + f'</div><p><a href="{news[1].aliases[-1]}">{esc(news[1].title)}</a></p>'
            f'<p><a href="/index.cfm?LinkServID={uid(news[2].opts["n"])}">{esc(news[2].title)}</a></p>'
            '<p><a href="/tim-kiem/?keywords=ocop&display=search&newSearch=true">Tìm tin OCOP</a></p>')
    page("/", layout(NAME, home, body_id="home"))
    site.non_articles.append("/")
    intro = ('<h1 class="mura-page-title">Giới thiệu</h1><div class="mura-body"><p>Liên minh Hợp tác xã tỉnh Bắc Kạn là tổ chức '
             'kinh tế - xã hội đại diện cho các HTX, tổ hợp tác trên địa bàn tỉnh.</p><p>Liên minh có 5 phòng, ban chuyên môn và '
             'Quỹ hỗ trợ phát triển HTX.</p></div>')
    for path, title, main in [("/gioi-thieu/", "Giới thiệu", intro),
                              ("/lien-he/", "Liên hệ", '<h1 class="mura-page-title">Liên hệ</h1><div class="mura-form-builder"><form action="javascript:void(0)">'
                               '<label>Họ và tên</label><input name="hoten"><label>Nội dung</label><textarea name="noidung"></textarea>'
                               '<button type="button">Gửi</button></form></div>'),
                              ("/thu-vien-anh/", "Thư viện ảnh", '<h1 class="mura-page-title">Thư viện ảnh</h1><div class="mura-gallery">'
                               + "".join(f'<figure><img src="/sites/{SITEID}/assets/Image/gallery-{k}.png" alt=""><figcaption>Hoạt động HTX {k}</figcaption></figure>'
                                         for k in range(1, 4)) + "</div>")]:
        page(path, layout(title, main, body_id=path.strip("/"), canonical=path, crumbs=[(title, path)]))
        site.non_articles.append(path)
    site.same_page("/index.cfm/gioi-thieu/", "/gioi-thieu/")
    hits = [a for a in news if "OCOP" in a.title + a.body + (a.lead or "")]
    search = "/tim-kiem/?keywords=ocop&display=search&newSearch=true"
    page(search, layout("Tìm kiếm", f'<h2>Kết quả tìm kiếm cho "ocop"</h2><p>Tìm thấy {len(hits)} kết quả</p><div class="mura-search-results">'
                        + "".join(card(a) for a in hits) + "</div>", body_id="search"))
    site.non_articles.append(search)
    page("/admin/", "<!DOCTYPE html><html><head><title>Mura CMS</title></head><body><form><input name='username'></form></body></html>")
    site.never_fetched.append("/admin/")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /index.cfm/_api/\nDisallow: /config/\nDisallow: /plugins/\n")
    site.binary(f"/sites/{SITEID}/assets/Image/logo.png", image_for("logo"))
    site.trap("folders /tin-tuc/ and /thong-bao/ list 4 a page (Mura nextN ?startrow=5, ?startrow=9), categories "
              "/tin-tuc/category/<filename>/: dt.releaseDate, title, summary; home, Giới thiệu, Liên hệ (a Mura form), "
              "Thư viện ảnh, Văn bản and the search ?keywords=ocop&display=search&newSearch=true: no articles", "/tin-tuc/?startrow=5")
    site.trap("every page at /<folder>/<filename>/ (canonical) and /index.cfm/<folder>/<filename>/ (menus, 'Xem nhiều', "
              "'Tin liên quan'), its permanent link /index.cfm?LinkServID=<contentID> (301) and a ?utm_… link: aliases; "
              "<meta name='author'> names the alliance; robots.txt disallows /admin/ ('Quản trị'): never fetched", news[0].path)
    return site
