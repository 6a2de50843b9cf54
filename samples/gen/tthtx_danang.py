"""Site `tthtx-danang` (registry family `generic`): the Trung tâm Tư vấn và Hỗ trợ hợp tác xã of Đà Nẵng city
(the advisory and support centre of the city's cooperative alliance; Quảng Nam joined the city on 1 July 2025),
a Dotclear 2 blog on the "Berlin" theme; written as a held-out test: no family module, no selectors.

Why it is hard: every URL is a query string of `/index.php?`: posts `/index.php?post/2026/03/16/Slug`, categories
`/index.php?category/Tin-tuc` (paged `/index.php?category/Tin-tuc/page/2`), the home pages `/index.php?page/2`,
month archives `/index.php?archive/2026/03`, tags `/index.php?tag/OCOP`, static pages `/index.php?pages/Gioi-thieu`,
the feed `/index.php?feed/atom`. The `<h1>` is the blog's name; the title is `h2.post-title`. The date is in
`p.post-info` with Dotclear's Vietnamese month WORDS: "Bởi Lê Thị Thu Hà, thứ hai 16 tháng ba 2026, 08:30"
("tháng năm" is May, "tháng một" January), and `<meta name="date">`. The day in the URL is the day the post was
first saved: the plan drafted on 09/01/2026 was published on 12/01/2026 and keeps `post/2026/01/09/`. The text is
`div.post-excerpt` (the chapô, first line) then `div.post-content`. The author is the Dotclear user of the
post-info (also `<meta name="author">`): a person is the author unless a byline names the writer; "admin" never is.
Listings group posts under `p.day-date` headings and show posts WITHOUT an excerpt in full (post-info included);
a month archive and a tag page hold a single whole post. Under each post: tags, attachments, comments (dated),
trackbacks and the comment form; the "Bài viết liên quan" box has dates.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, esc, inline_html, iso, pdf, weekday

SITE = "tthtx-danang"
NAME = "Trung tâm Tư vấn và Hỗ trợ hợp tác xã thành phố Đà Nẵng"
DESC = "Tư vấn - Đào tạo - Xúc tiến thương mại cho hợp tác xã, tổ hợp tác"
HTML = "text/html; charset=utf-8"
PER = 4
MONTHS = ["tháng một", "tháng hai", "tháng ba", "tháng tư", "tháng năm", "tháng sáu", "tháng bảy", "tháng tám",
          "tháng chín", "tháng mười", "tháng mười một", "tháng mười hai"]
CATS = {"Tin-tuc": "Tin tức", "Van-ban": "Văn bản", "Dao-tao": "Đào tạo", "Xuc-tien-thuong-mai": "Xúc tiến thương mại"}
USERS = {"admin": "admin", "thuha": "Lê Thị Thu Hà", "minhtam": "Trần Minh Tâm", "vanphuc": "Nguyễn Văn Phúc"}
PDF_PATH = "/public/van-ban/KH-05-TTTV-2026.pdf"

TODAY = f"Hôm nay: {weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SIDE = ["Tìm kiếm", "Điều hướng", "Lưu trữ", "Chuyên mục", "Thẻ", "Tất cả thẻ", "Bài mới", "Đường dây nóng tư vấn HTX",
        "Hotline: 0236.3812.459 (giờ hành chính)", "Thời tiết Đà Nẵng", "Nắng, có mây, gió nhẹ", "Độ ẩm: 74%",
        "Lượt truy cập", "Đang xem: 7", "Tổng cộng: 215.480", "Đăng ký theo dõi", "Liên kết", "Nguồn cấp bài viết"]
LABELS = ["Bình luận", "Trackback", "URL để trackback:", "Thêm bình luận", "Tên hoặc bí danh", "Nội dung bình luận",
          "Tệp đính kèm", "Bài viết liên quan", "Đọc tiếp", "Gửi"]
FOOTER = ["Trung tâm Tư vấn và Hỗ trợ hợp tác xã thành phố Đà Nẵng - Liên minh Hợp tác xã thành phố Đà Nẵng",
          "Địa chỉ: 24 Trần Phú, phường Hải Châu, thành phố Đà Nẵng",
          "Điện thoại: 0236.3812.459 - Email: tuvanhtx.danang@gmail.com",
          "Chịu trách nhiệm nội dung: Bà Phan Thị Thanh Nga - Giám đốc Trung tâm",
          "Vận hành bởi Dotclear"]
COMMENTS = {"tap-huan": [("Nguyễn Văn Lộc", datetime(2026, 3, 17, 10, 12), "HTX chúng tôi ở Hòa Vang muốn đăng ký lớp tiếp theo, xin hỏi thủ tục?")],
            "khai-giang": [("HTX Hòa Tiến", datetime(2026, 3, 2, 20, 5), "Đề nghị Trung tâm gửi tài liệu lớp học qua email.")]}
BOILERPLATE = [TODAY, DESC, *SIDE, *LABELS[:8], *FOOTER] + [c[2] for cs in COMMENTS.values() for c in cs]


def post(d: datetime, slug: str) -> str:
    return f"/index.php?post/{d:%Y/%m/%d}/{slug}"


def shown(d: datetime) -> dict:
    return dict(published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=post(datetime(2026, 3, 16), "Tap-huan-xay-dung-thuong-hieu-cho-HTX-nong-nghiep"),
          title="Tập huấn xây dựng thương hiệu cho HTX nông nghiệp",
          date=datetime(2026, 3, 16, 8, 30),
          lead="Trung tâm Tư vấn và Hỗ trợ hợp tác xã thành phố vừa mở lớp tập huấn xây dựng và quản lý thương hiệu cho 60 cán bộ HTX nông nghiệp.",
          body="""
Lớp học diễn ra trong hai ngày tại phường Hải Châu, với sự tham gia của HTX đến từ các xã phía tây thành phố.
## Nội dung tập huấn
* Đăng ký nhãn hiệu tập thể và chỉ dẫn địa lý cho nông sản;
* Thiết kế bao bì, tem truy xuất nguồn gốc;
* Quảng bá sản phẩm trên mạng xã hội.
[img tap-huan-thuong-hieu.png] Học viên thảo luận nhóm về câu chuyện sản phẩm
Sau lớp học, Trung tâm sẽ tư vấn miễn phí cho 10 HTX hoàn thiện hồ sơ đăng ký nhãn hiệu trong năm 2026.
""",
          author="Lê Thị Thu Hà", **shown(datetime(2026, 3, 16, 8, 30)),
          opts={"id": 412, "cat": "Dao-tao", "user": "thuha", "tags": ["Tap-huan"], "com": "tap-huan"},
          notes=["chapô div.post-excerpt (first line) then div.post-content; author only as the Dotclear user in "
                 "p.post-info ('Bởi Lê Thị Thu Hà, thứ hai 16 tháng ba 2026, 08:30') and meta name=author; a reader's "
                 "comment of 17/03/2026 below"]),
        A(path=post(datetime(2026, 1, 9), "Ke-hoach-ho-tro-HTX-nam-2026"),
          title="Kế hoạch tư vấn, hỗ trợ HTX năm 2026",
          date=datetime(2026, 1, 12, 15, 0),
          body="""
LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ ĐÀ NẴNG
TRUNG TÂM TƯ VẤN VÀ HỖ TRỢ HỢP TÁC XÃ
Số: 05/KH-TTTV
Đà Nẵng, ngày 08 tháng 01 năm 2026
KẾ HOẠCH
Tư vấn, hỗ trợ hợp tác xã năm 2026
Căn cứ Chương trình công tác năm 2026 của Liên minh Hợp tác xã thành phố ban hành ngày 30/12/2025;
Trung tâm xây dựng kế hoạch tư vấn, hỗ trợ hợp tác xã năm 2026 như sau:
1. Tư vấn thành lập mới ít nhất 60 HTX, ưu tiên các xã thuộc khu vực Quảng Nam cũ.
2. Tổ chức 12 lớp bồi dưỡng cán bộ quản lý HTX; 4 lớp chuyển đổi số.
3. Hỗ trợ 40 HTX tham gia hội chợ, phiên chợ OCOP trong và ngoài thành phố.
GIÁM ĐỐC Phan Thị Thanh Nga
""",
          author=None, doc_number="05/KH-TTTV", **shown(datetime(2026, 1, 12, 15, 0)),
          attachments=[{"path": PDF_PATH, "text": "KH-05-TTTV-2026.pdf"}],
          opts={"id": 398, "cat": "Van-ban", "user": "admin", "tags": []},
          notes=["official plan 'Số: 05/KH-TTTV' dated 'Đà Nẵng, ngày 08 tháng 01 năm 2026'; the URL keeps the draft's "
                 "day post/2026/01/09/; p.post-info and meta date say 'thứ hai 12 tháng một 2026, 15:00' (the "
                 "publication); user 'admin': author null; signer last; the PDF in div.post-attachments"]),
        A(path=post(datetime(2025, 11, 28), "Anh-HTX-rau-Tra-Que-vao-vu-Dong"),
          title="Ảnh: HTX rau Trà Quế vào vụ Đông",
          date=datetime(2025, 11, 28, 16, 0),
          body="""
[img tra-que-1.png] Nông dân HTX Trà Quế xuống giống rau thơm vụ Đông
[img tra-que-2.png] Rau được bón bằng rong rêu từ sông Đế Vọng theo cách truyền thống
[img tra-que-3.png] Du khách trải nghiệm làm nông dân tại làng rau
[img tra-que-4.png] Rau Trà Quế đóng gói mang nhãn hiệu tập thể của HTX
Ảnh: Võ Văn Dũng
""",
          author="Võ Văn Dũng", **shown(datetime(2025, 11, 28, 16, 0)),
          opts={"id": 377, "cat": "Tin-tuc", "user": "admin", "tags": ["OCOP"], "right": "Ảnh: Võ Văn Dũng"},
          notes=["photo story: four <figure> with <figcaption>, the closing 'Ảnh: Võ Văn Dũng' (text, author); no "
                 "excerpt, so the listings show it whole under its day-date"]),
        A(path=post(datetime(2025, 12, 22), "70-HTX-tham-gia-Phien-cho-OCOP-cuoi-nam"),
          title="70 HTX tham gia Phiên chợ OCOP cuối năm 2025",
          date=datetime(2025, 12, 22, 9, 30),
          lead="Phiên chợ OCOP cuối năm 2025 diễn ra từ ngày 18 đến 21/12 tại Công viên APEC, thu hút 70 HTX của thành phố.",
          body="""
Trung tâm Tư vấn và Hỗ trợ hợp tác xã thành phố hỗ trợ chi phí gian hàng và vận chuyển cho 35 HTX, trong đó 20 HTX thuộc các xã khu vực Quảng Nam cũ.
Sau bốn ngày, tổng doanh thu của các gian hàng HTX đạt trên 3,1 tỷ đồng; các sản phẩm bán chạy là trà sâm Ngọc Linh, nước mắm Nam Ô và rau Trà Quế.
[img phien-cho-ocop.png] Khách tham quan gian hàng của HTX tại phiên chợ
Trung tâm dự kiến tổ chức phiên chợ định kỳ mỗi quý trong năm 2026.
""",
          author="Trần Minh Tâm", **shown(datetime(2025, 12, 22, 9, 30)),
          opts={"id": 381, "cat": "Xuc-tien-thuong-mai", "user": "minhtam", "tags": ["OCOP"]},
          notes=["the fair ran 'từ ngày 18 đến 21/12'; the post-info says 22/12/2025 09:30; the 'Bài viết liên quan' "
                 "box under it lists other posts with their dates; no byline: the Dotclear user 'Trần Minh Tâm' is the author"]),
        A(path=post(datetime(2025, 7, 8), "Ra-mat-Trung-tam-Tu-van-va-Ho-tro-HTX-thanh-pho-sau-hop-nhat"),
          title="Ra mắt Trung tâm Tư vấn và Hỗ trợ HTX thành phố sau hợp nhất",
          date=datetime(2025, 7, 8, 10, 0),
          lead="Từ ngày 1/7/2025, Trung tâm Tư vấn và Hỗ trợ hợp tác xã thành phố Đà Nẵng chính thức hoạt động trên cơ sở hợp nhất các trung tâm của Đà Nẵng và Quảng Nam.",
          body="""
Trung tâm có trụ sở chính tại phường Hải Châu và một điểm tiếp nhận hồ sơ tại phường Tam Kỳ, phục vụ hơn 700 HTX trên địa bàn thành phố mới.
Các hợp đồng tư vấn, lớp tập huấn đang thực hiện của hai trung tâm cũ tiếp tục được triển khai, HTX không phải làm lại thủ tục.
Thu Trang
""",
          author="Thu Trang", **shown(datetime(2025, 7, 8, 10, 0)),
          opts={"id": 352, "cat": "Tin-tuc", "user": "admin", "tags": ["Hop-nhat"], "right": "Thu Trang"},
          notes=["the merger's date 1/7/2025 opens the text; the post-info says 08/07/2025 10:00; user 'admin', closing "
                 "right-aligned 'Thu Trang' (text, author)"]),
        A(path=post(datetime(2025, 9, 19), "HTX-nuoc-mam-Nam-O-mo-rong-nha-thung"),
          title="HTX nước mắm Nam Ô mở rộng nhà thùng",
          date=datetime(2025, 9, 19, 14, 45),
          body="""
HTX Nước mắm Nam Ô vừa đưa vào sử dụng nhà thùng mới với 40 thùng gỗ ủ chượp, nâng công suất lên 120.000 lít mỗi năm.
Trung tâm đã tư vấn HTX lập hồ sơ vay vốn và đăng ký nâng hạng sản phẩm nước mắm Nam Ô lên OCOP 4 sao.
Nguồn: Báo Đà Nẵng
""",
          author=None, **shown(datetime(2025, 9, 19, 14, 45)),
          opts={"id": 366, "cat": "Tin-tuc", "user": "admin", "tags": ["OCOP"]},
          notes=["closing 'Nguồn: Báo Đà Nẵng' is a source and the user is 'admin': author null"]),
        A(path=post(datetime(2024, 5, 22), "HTX-Nong-nghiep-Duy-Phuoc-lien-ket-trong-dua-luoi"),
          title="HTX Nông nghiệp Duy Phước liên kết trồng dưa lưới trong nhà màng",
          date=datetime(2024, 5, 22, 9, 10),
          body="""
HTX Nông nghiệp Duy Phước (huyện Duy Xuyên, tỉnh Quảng Nam) đưa vào sản xuất 2 ha nhà màng trồng dưa lưới theo hướng công nghệ cao.
Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Quảng Nam hỗ trợ HTX lập dự án, kết nối doanh nghiệp bao tiêu toàn bộ sản phẩm.
[img dua-luoi-duy-phuoc.png] Dưa lưới trong nhà màng của HTX vào vụ thu hoạch
Mỗi vụ HTX thu khoảng 30 tấn dưa, lợi nhuận gấp 4 lần trồng lúa trên cùng diện tích.
Bài, ảnh: Thu Hiền
""",
          author="Thu Hiền", **shown(datetime(2024, 5, 22, 9, 10)),
          opts={"id": 214, "cat": "Tin-tuc", "user": "vanphuc", "tags": ["Quang-Nam"], "right": "Bài, ảnh: Thu Hiền"},
          notes=["migrated 2024 post of the former Quảng Nam centre ('huyện Duy Xuyên, tỉnh Quảng Nam'): post-info "
                 "'thứ tư 22 tháng năm 2024' ('tháng năm' is May); user 'Nguyễn Văn Phúc' but the byline 'Bài, ảnh: "
                 "Thu Hiền' names the writer: author Thu Hiền; the only post of May 2024: /index.php?archive/2024/05 shows "
                 "it whole"]),
        A(path=post(datetime(2023, 10, 5), "Da-Nang-tap-huan-Luat-Hop-tac-xa-cho-can-bo-HTX"),
          title="Đà Nẵng tập huấn dự thảo Luật Hợp tác xã sửa đổi cho cán bộ HTX",
          date=datetime(2023, 10, 5, 14, 0),
          body="""
Trung tâm Tư vấn và Hỗ trợ hợp tác xã thành phố Đà Nẵng tổ chức hội nghị giới thiệu những điểm mới của dự thảo Luật Hợp tác xã sửa đổi cho 120 cán bộ HTX.
Các đại biểu góp ý về quy định tổ hợp tác, thành viên liên kết và chính sách hỗ trợ của Nhà nước đối với HTX.
""",
          author=None, **shown(datetime(2023, 10, 5, 14, 0)),
          opts={"id": 150, "cat": "Dao-tao", "user": "admin", "tags": []},
          notes=["2023 post, user 'admin' and no byline: author null"]),
        A(path=post(datetime(2026, 2, 24), "Khai-giang-lop-chuyen-doi-so-cho-HTX"),
          title="Khai giảng lớp chuyển đổi số cho HTX khu vực phía Nam thành phố",
          date=datetime(2026, 2, 24, 14, 10),
          body="""
Ngày 20/2, Trung tâm Tư vấn và Hỗ trợ hợp tác xã thành phố khai giảng lớp chuyển đổi số cho 45 cán bộ HTX tại phường Tam Kỳ.
Học viên được hướng dẫn ứng dụng phần mềm quản lý HTX, hóa đơn điện tử và bán hàng qua sàn thương mại điện tử.
Lớp học kéo dài đến ngày 6/3, học viên hoàn thành được cấp chứng chỉ.
""",
          author="Lê Thị Thu Hà", **shown(datetime(2026, 2, 24, 14, 10)),
          opts={"id": 405, "cat": "Dao-tao", "user": "thuha", "tags": ["Chuyen-doi-so"], "com": "khai-giang"},
          notes=["the class opened 'Ngày 20/2' and runs to '6/3'; the post-info says 24/02/2026 14:10 and a comment of "
                 "02/03/2026 follows; the only post tagged 'Chuyen-doi-so': the tag page shows it whole"]),
    ]


def img(name: str) -> str:
    return f"/public/images/{name}"


def dc_date(d: datetime, time: bool = True) -> str:
    s = f"{weekday(d).lower()} {d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{s}, {d:%H:%M}" if time else s


def content_html(a: Article) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p" and b.text == a.opts.get("right"):
            out.append(f'<p style="text-align:right;"><strong>{inline_html(b.text)}</strong></p>')
        elif b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        else:
            cap = f"<figcaption>{inline_html(b.text)}</figcaption>" if b.text else ""
            out.append(f'<figure class="media-center"><img src="{img(b.src)}" alt="" />{cap}</figure>')
    return "\n".join(out)


def cat_link(a: Article) -> str:
    c = a.opts["cat"]
    return f'<a href="/index.php?category/{c}">{CATS[c]}</a>'


def user_name(a: Article) -> str:
    return USERS[a.opts["user"]]


def post_div(a: Article, full: bool, listing: bool) -> str:
    title = f'<a href="{a.path}">{esc(a.title)}</a>' if listing else esc(a.title)
    when = f"{a.date:%H:%M}" if listing else dc_date(a.date)
    infoline = f'<p class="post-info">Bởi {esc(user_name(a))}, {when} - {cat_link(a)}</p>'
    excerpt = f'<div class="post-excerpt"><p>{inline_html(a.lead)}</p></div>' if a.lead else ""
    if listing and a.lead:
        inner = excerpt + f'<p class="read-it"><a href="{a.path}" title="{esc(a.title)}">{LABELS[8]}</a></p>'
    else:
        inner = excerpt + f'<div class="post-content">\n{content_html(a)}\n</div>'
    return f'<div id="p{a.opts["id"]}" class="post" role="article" lang="vi">\n<h2 class="post-title">{title}</h2>\n{infoline}\n{inner}\n</div>'


def grouped(items: list[Article]) -> str:
    out, last = [], None
    for a in items:
        if a.date.date() != last:
            out.append(f'<p class="day-date">{dc_date(a.date, False)}</p>')
            last = a.date.date()
        out.append(post_div(a, False, True))
    return "\n".join(out)


def layout(title: str, main: str, arts: list[Article], body_class: str, head: str = "") -> str:
    cats = "".join(f'<li><a href="/index.php?category/{c}">{n}</a></li>' for c, n in CATS.items())
    recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in arts[:5])
    tags = " ".join(f'<a href="/index.php?tag/{t}">{t}</a>' for t in ["OCOP", "Tap-huan", "Hop-nhat"])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<title>{esc(title)} - {esc(NAME)}</title>
<meta name="generator" content="Dotclear 2.28" />{head}
<link rel="alternate" type="application/atom+xml" title="Atom 1.0" href="/index.php?feed/atom" />
<link rel="stylesheet" type="text/css" href="/themes/berlin/style.css" media="screen" />
<script src="/inc/js/jquery/3.6.0/jquery.js"></script>
</head>
<body class="{body_class}">
<div id="page">
<p id="today">{TODAY}</p>
<header id="top" role="banner"><h1><span><a href="/">{esc(NAME)}</a></span></h1><p id="blogdesc">{DESC}</p></header>
<nav id="blognav" role="navigation"><ul class="simple-menu"><li><a href="/">Trang chủ</a></li>
<li><a href="/index.php?pages/Gioi-thieu">Giới thiệu</a></li><li><a href="/index.php?category/Tin-tuc">Tin tức</a></li>
<li><a href="/index.php?category/Van-ban">Văn bản</a></li><li><a href="/index.php?contact">Liên hệ</a></li></ul></nav>
<div id="wrapper"><div id="main" role="main"><div id="content">
{main}
</div></div>
<div id="sidebar" role="complementary"><div id="blognav-widgets">
<div class="widget" id="search"><h2>{SIDE[0]}</h2><form action="/index.php" method="get"><p><input type="text" name="q" /></p></form><a href="/index.php?q=OCOP">OCOP</a></div>
<div class="widget" id="topnav"><h2>{SIDE[1]}</h2><ul><li><a href="/index.php?archive">{SIDE[2]}</a></li></ul></div>
<div class="widget categories"><h2>{SIDE[3]}</h2><ul>{cats}</ul></div>
<div class="widget tags"><h2>{SIDE[4]}</h2><p>{tags}</p><p><strong><a href="/index.php?tags">{SIDE[5]}</a></strong></p></div>
<div class="widget lastposts"><h2>{SIDE[6]}</h2><ul>{recent}</ul></div>
<div class="widget text"><h2>{SIDE[7]}</h2><p>{SIDE[8]}</p></div>
<div class="widget text"><h2>{SIDE[9]}</h2><p>27°C</p><p>{SIDE[10]}</p><p>{SIDE[11]}</p></div>
<div class="widget text"><h2>{SIDE[12]}</h2><p>{SIDE[13]}</p><p>{SIDE[14]}</p></div>
<div class="widget syndicate"><h2>{SIDE[15]}</h2><ul><li><a type="application/atom+xml" href="/index.php?feed/atom" class="feed">{SIDE[17]}</a></li></ul></div>
<div class="widget links"><h2>{SIDE[16]}</h2><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</a></li>
<li><a href="{{{{base:offsite}}}}/chinh-phu/">Cổng TTĐT Chính phủ</a></li></ul></div>
</div></div>
</div>
<footer id="footer" role="contentinfo"><p>{"<br />".join(esc(x) for x in FOOTER)}</p></footer>
</div>
</body>
</html>
"""


def post_page(a: Article, arts: list[Article]) -> str:
    tags = ""
    if a.opts["tags"]:
        tags = '<ul class="post-tags">' + "".join(f'<li><a href="/index.php?tag/{t}">{t}</a></li>' for t in a.opts["tags"]) + "</ul>"
    files = ""
    if a.attachments:
        files = (f'<div class="post-attachments"><h3>{LABELS[6]}</h3><ul>'
                 + "".join(f'<li class="pdf"><a href="{x["path"]}" title="{esc(x["text"])} (95 KB)">{esc(x["text"])}</a></li>'
                           for x in a.attachments) + "</ul></div>")
    rel = [x for x in arts if x.opts["cat"] == a.opts["cat"] and x is not a][:3]
    related = ""
    if rel:
        related = (f'<div class="related"><h3>{LABELS[7]}</h3><ul>'
                   + "".join(f'<li><a href="{x.path}">{esc(x.title)}</a> - {dc_date(x.date, False)}</li>' for x in rel)
                   + "</ul></div>")
    cs = COMMENTS.get(a.opts.get("com"), [])
    com = "".join(f'<dt id="c{a.opts["id"]}{i}" class="odd"><a href="#c{a.opts["id"]}{i}" class="comment-number">{i + 1}.</a> '
                  f'Vào {dc_date(d)} bởi {esc(w)}</dt><dd class="odd"><p>{esc(t)}</p></dd>' for i, (w, d, t) in enumerate(cs))
    n = len(cs)
    return f"""{post_div(a, True, False)}
{tags}
<p class="post-info-co"><a href="#comments" class="comment_count">{n} bình luận</a> - <a href="#pings" class="ping_count">không có trackback</a></p>
{files}
{related}
<div id="comments"><h3>{LABELS[0]}</h3><dl>{com}</dl></div>
<div id="pings"><h3>{LABELS[1]}</h3><p>{LABELS[2]} {{{{base}}}}/index.php?trackback/{a.opts["id"]}</p></div>
<form action="{a.path}#pr" method="post" id="comment-form"><h3>{LABELS[3]}</h3>
<p class="field"><label for="c_name">{LABELS[4]}</label> <input name="c_name" id="c_name" type="text" /></p>
<p class="field"><label for="c_content">{LABELS[5]}</label> <textarea name="c_content" id="c_content" cols="35" rows="7"></textarea></p>
<p class="form-help">Bình luận của bạn sẽ được kiểm duyệt trước khi hiển thị.</p></form>"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "da-nang", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        head = (f'\n<meta name="author" content="{esc(user_name(a))}" />\n<meta name="date" content="{iso(a.date)}" />'
                f'\n<meta name="description" lang="vi" content="{esc(a.summary())}" />')
        site.page(a.path, layout(a.title, post_page(a, arts), arts, "dc-post", head), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 05/KH-TTTV", ["KE HOACH TU VAN, HO TRO HTX NAM 2026", "So: 05/KH-TTTV"]))

    def paged(first: str, nxt: str, title: str, heading: str, items: list[Article], cls: str) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for k, chunk in enumerate(chunks):
            here = first if k == 0 else nxt.format(k + 1)
            nav = ""
            if len(chunks) > 1:
                older = f'<a href="{nxt.format(k + 2)}" class="prev">« bài cũ hơn</a>' if k + 1 < len(chunks) else ""
                newer = (f'<a href="{first if k == 1 else nxt.format(k)}" class="next">bài mới hơn »</a>' if k else "")
                nav = f'<p class="pagination">{older} {newer} <span>trang {k + 1} / {len(chunks)}</span></p>'
            head = f'<div class="content-info"><h2>{esc(heading)}</h2></div>' if heading else ""
            site.page(here, layout(title, head + grouped(chunk) + nav, arts, cls), content_type=HTML)
            site.non_articles.append(here)

    paged("/", "/index.php?page/{}", "Trang chủ", "", arts, "dc-home")
    for c, name in CATS.items():
        paged(f"/index.php?category/{c}", f"/index.php?category/{c}/page/{{}}", name, name,
              [a for a in arts if a.opts["cat"] == c], "dc-category")
    months = sorted({(a.date.year, a.date.month) for a in arts}, reverse=True)
    for y, m in months:
        items = [a for a in arts if (a.date.year, a.date.month) == (y, m)]
        here = f"/index.php?archive/{y}/{m:02d}"
        site.page(here, layout(f"Lưu trữ {MONTHS[m - 1]} {y}", f'<div class="content-info"><h2>Lưu trữ - {MONTHS[m - 1]} {y}</h2></div>'
                               + grouped(items), arts, "dc-archive-month"), content_type=HTML)
        site.non_articles.append(here)
    arch = "".join(f'<li><a href="/index.php?archive/{y}/{m:02d}">{MONTHS[m - 1]} {y}</a></li>' for y, m in months)
    site.page("/index.php?archive", layout("Lưu trữ", f'<div class="content-info"><h2>Lưu trữ</h2></div><ul class="arch-list">{arch}</ul>',
                                           arts, "dc-archive"), content_type=HTML)
    site.non_articles.append("/index.php?archive")
    all_tags = sorted({t for a in arts for t in a.opts["tags"]})
    for t in all_tags:
        here = f"/index.php?tag/{t}"
        site.page(here, layout(f"Thẻ {t}", f'<div class="content-info"><h2>Thẻ - {t}</h2></div>'
                               + grouped([a for a in arts if t in a.opts["tags"]]), arts, "dc-tag"), content_type=HTML)
        site.non_articles.append(here)
    site.page("/index.php?tags", layout("Tất cả thẻ", '<div class="content-info"><h2>Tất cả thẻ</h2></div><ul class="tags">'
                                        + "".join(f'<li><a href="/index.php?tag/{t}">{t}</a></li>' for t in all_tags) + "</ul>",
                                        arts, "dc-tags"), content_type=HTML)
    hits = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page("/index.php?q=OCOP", layout("Tìm kiếm", f'<div class="content-info"><h2>Kết quả tìm kiếm cho "OCOP": '
                                          f'{len(hits)} bài viết</h2></div>' + grouped(hits), arts, "dc-search"), content_type=HTML)
    site.non_articles += ["/index.php?tags", "/index.php?q=OCOP"]
    site.trap("listings group posts under p.day-date (Dotclear month words); posts without an excerpt appear in full "
              "with their post-info ('Bởi …, HH:MM - category'): home paged /index.php?page/2, categories "
              "/index.php?category/Tin-tuc/page/2, month archives, tags (/index.php?tag/Chuyen-doi-so holds one whole "
              "post), search: not articles", "/index.php?tag/Chuyen-doi-so")
    site.trap("/index.php?archive/2024/05 holds the only post of May 2024 in full under 'thứ tư 22 tháng năm 2024'",
              "/index.php?archive/2024/05")
    site.trap("/index.php?archive/2026/01 holds the only post of January 2026 (the plan, no excerpt) in full: h2 title "
              "link, post-info with the date, the whole document text; a listing, not an article",
              "/index.php?archive/2026/01")

    about = ('<div class="post"><h2 class="post-title">Giới thiệu</h2><div class="post-content"><p>Trung tâm Tư vấn và Hỗ trợ '
             'hợp tác xã thành phố Đà Nẵng là đơn vị sự nghiệp trực thuộc Liên minh Hợp tác xã thành phố, được kiện toàn từ '
             'ngày 1/7/2025 trên cơ sở hợp nhất trung tâm của hai địa phương.</p><p>Trung tâm tư vấn pháp lý, tài chính, '
             'kế toán cho hợp tác xã; tổ chức đào tạo, bồi dưỡng cán bộ quản lý; hỗ trợ xúc tiến thương mại và chuyển '
             'đổi số.</p><h3>Cơ cấu tổ chức</h3><ul><li>Ban Giám đốc;</li><li>Phòng Tư vấn - Đào tạo;</li>'
             '<li>Phòng Xúc tiến thương mại;</li><li>Điểm tiếp nhận hồ sơ Tam Kỳ.</li></ul></div></div>')
    site.page("/index.php?pages/Gioi-thieu", layout("Giới thiệu", about, arts, "dc-page"), content_type=HTML)
    site.page("/index.php?contact", layout("Liên hệ", f'<div class="post"><h2 class="post-title">Liên hệ</h2><p>{esc(FOOTER[1])}</p>'
                                           '<form action="/index.php?contact" method="post"><input name="c_name" />'
                                           '<textarea name="c_message"></textarea></form></div>', arts, "dc-contactme"),
              content_type=HTML)
    site.non_articles += ["/index.php?pages/Gioi-thieu", "/index.php?contact"]
    site.trap("static page /index.php?pages/Gioi-thieu (h2.post-title, post-content with paragraphs, a heading and a "
              "list, no post-info, no date) and the contact page: not articles", "/index.php?pages/Gioi-thieu")
    entries = "".join(
        f"<entry><title>{esc(a.title)}</title><link href=\"{{{{base}}}}{a.path}\" rel=\"alternate\" type=\"text/html\" />"
        f"<id>urn:md5:{a.opts['id']:032x}</id><published>{a.date:%Y-%m-%dT%H:%M:%S}+07:00</published>"
        f"<updated>{a.date:%Y-%m-%dT%H:%M:%S}+07:00</updated><author><name>{esc(user_name(a))}</name></author>"
        f"<content type=\"html\">{esc(content_html(a))}</content></entry>" for a in arts)
    site.page("/index.php?feed/atom", '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
              f'xml:lang="vi"><title type="html">{esc(NAME)}</title><link href="{{{{base}}}}/" rel="alternate" type="text/html" />'
              f"<updated>2026-03-16T08:30:00+07:00</updated><id>urn:md5:tthtxdanang</id>{entries}</feed>\n",
              content_type="application/atom+xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\n")
    return site
