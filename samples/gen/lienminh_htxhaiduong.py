"""Site `lienminh-htxhaiduong` (registry family `generic`): the portal of the Hải Dương cooperative alliance
(since 1 July 2025 part of Hải Phòng city; the pages are of June 2025) on **October CMS 3.6** with the
**RainLab.Blog** plugin (components blogPost, blogPosts, blogCategories, blogRssFeed), RainLab.Sitemap, a Bootstrap 5
theme built on the plugin's default component markup, and the Vdlp.Redirect plugin for the old Joomla addresses.
Written as a held-out test: no family module, no selectors.

URL shapes: posts `/blog/post/<slug>`, the blog `/blog` paged by `?page=2` (Laravel's paginator: page 1 is
`/blog?page=1` in the pager), categories `/blog/category/<slug>` (`?page=2`), CMS pages `/gioi-thieu`, `/lien-he`,
the SiteSearch plugin's `/tim-kiem?q=…`, the feed `/blog/rss`, `/sitemap.xml`.

Why it is hard: the post page's `<h1 class="blog-post-title">` sits above `p.info` "Đăng trong <a>Chuyên mục</a>
ngày 20 Jun, 2025": Twig's `|date('d M, Y')` prints ENGLISH month abbreviations on a Vietnamese page, and October
keeps `app.timezone` = UTC, so the shown day is the UTC day: a post of 06:30 on 12 June shows "11 Jun, 2025" (the
head's `article:published_time` `2025-06-11T23:30:00+00:00` is the same instant). The excerpt field is printed as
`div.lead` above `div.content` (the lead, and the listings' summary); featured images follow the content in
`div.featured-images` (`<img data-src=… src=…>`, no caption); the photo story was written in the rich editor
(Froala `span.fr-img-caption` / `span.fr-inner` captions). The backend account ("Quản trị viên") is shown as the poster,
never the author. Trailing-slash addresses answer 301 to the slashless one (October's .htaccess), an old Joomla
address 301s (Vdlp.Redirect). The home slider, "Tin cùng chuyên mục" with dates, weather, visit counter, poll and the
sidebar's "Tin mới" are furniture.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich, table_html

SITE = "lienminh-htxhaiduong"
ORG = "Liên minh Hợp tác xã tỉnh Hải Dương"
SHORT = "Liên minh HTX tỉnh Hải Dương"
HTML = "text/html; charset=UTF-8"
TODAY = "Thứ Hai, 23/06/2025"
ACCOUNT = "Quản trị viên"
CATS = {"hoat-dong-lien-minh": "Hoạt động Liên minh", "guong-htx-dien-hinh": "Gương HTX điển hình",
        "van-ban-thong-bao": "Văn bản - Thông báo", "phong-su-anh": "Phóng sự ảnh"}
SLOGAN = "Hợp tác để phát triển - Liên kết để vững mạnh"
FURN = [TODAY, SLOGAN, "Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Hải Dương",
        "Chịu trách nhiệm nội dung: Phó Chủ tịch Thường trực Vũ Văn Hiển",
        "Địa chỉ: Số 4 đường Thanh Niên, phường Quang Trung, TP. Hải Dương",
        "Điện thoại: 0220.3852.491 - Email: lmhtx@haiduong.gov.vn",
        "Ghi rõ nguồn \"Liên minh HTX tỉnh Hải Dương\" khi phát hành lại thông tin từ website này.",
        "Tin cùng chuyên mục", "Tin mới cập nhật", "Thời tiết Hải Dương", "Nhiều mây, có mưa rào 29°C",
        "Thống kê truy cập", "Đang truy cập: 18", "Tổng lượt truy cập: 1.248.305",
        "Bình chọn", "HTX của bạn cần hỗ trợ nhất về nội dung nào?", "Vốn tín dụng ưu đãi",
        "Đào tạo nguồn nhân lực", "Xúc tiến thương mại, tiêu thụ sản phẩm", "Biểu quyết", "Xem kết quả",
        "Chia sẻ:", "In bài viết", "Đăng trong", "Liên kết website"]


def utc(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def shown(d: datetime) -> str:
    """Twig |date('d M, Y') in app.timezone UTC: English month, the UTC day."""
    return (d - timedelta(hours=7)).strftime("%d %b, %Y")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, evidence=("metadata", "date-element", "listing")) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=list(evidence))

    return [
        A(path="lien-minh-htx-tinh-so-ket-cong-tac-6-thang-dau-nam-2025",
          title="Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2025",
          lead="Ngày 19/6, Liên minh HTX tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025.",
          body="""
Dự hội nghị có đại diện lãnh đạo Sở Nông nghiệp và Môi trường, Sở Tài chính cùng hơn 80 đại biểu là giám đốc các HTX tiêu biểu trong tỉnh.
## Kết quả nổi bật
Sáu tháng đầu năm, toàn tỉnh thành lập mới 19 HTX, nâng tổng số lên 652 HTX với hơn 96 nghìn thành viên; doanh thu bình quân đạt 4,1 tỷ đồng mỗi HTX.
Quỹ hỗ trợ phát triển HTX đã giải ngân 11,5 tỷ đồng cho 23 dự án, không phát sinh nợ quá hạn.
[img so-ket-6-thang-2025.png] Phó Chủ tịch Thường trực Liên minh HTX tỉnh phát biểu tại hội nghị
## Nhiệm vụ 6 tháng cuối năm
Liên minh HTX tỉnh sẽ tập trung chuẩn bị các điều kiện để sắp xếp tổ chức bộ máy sau khi hợp nhất với Liên minh HTX thành phố Hải Phòng, bảo đảm hoạt động hỗ trợ HTX không bị gián đoạn.
""", byline="Bài và ảnh: Nguyễn Văn Hưng", author="Nguyễn Văn Hưng",
          opts={"cat": "hoat-dong-lien-minh", "featured": "so-ket-featured.png", "slider": True},
          notes=["post /blog/post/<slug>: h1.blog-post-title, p.info 'Đăng trong <a>Hoạt động Liên minh</a> ngày 20 Jun, 2025' "
                 "(Twig d M, Y: English month); the excerpt as div.lead above div.content (first line); featured image after "
                 "the content (img data-src, no caption); 'Bài và ảnh: Nguyễn Văn Hưng' closes the text (author), the backend "
                 "account 'Quản trị viên' is none",
                 "the home slider links /blog/post/<slug>/ (trailing slash): 301 to the slashless address (October's .htaccess): "
                 "an alias"],
          **at(datetime(2025, 6, 20, 9, 15))),
        A(path="vai-thieu-thanh-ha-cua-htx-xuat-di-nhat-ban",
          title="Vải thiều Thanh Hà của HTX xuất đi Nhật Bản",
          lead="Lô vải thiều đầu tiên của năm 2025 do HTX Nông nghiệp Thanh Xá cung ứng đã được xuất khẩu sang thị trường Nhật Bản.",
          body="""
Lô hàng gồm 6 tấn vải tươi được xử lý chiếu xạ, đóng gói tại cơ sở của doanh nghiệp liên kết ngay trong ngày thu hoạch.
Vùng trồng 35 ha của HTX được cấp mã số và đạt chứng nhận GlobalGAP từ năm 2023.
Theo Ban quản trị HTX, giá xuất khẩu cao gấp ba lần giá bán tại vườn; các thành viên đã ký hợp đồng cung ứng thêm 40 tấn trong vụ này.
""", byline="Theo Báo Hải Dương", author=None,
          opts={"cat": "guong-htx-dien-hinh", "featured": "vai-thieu-featured.png"},
          notes=["posted at 06:30 on 12/6/2025: October stores and prints UTC, so p.info and the listings show '11 Jun, 2025'; "
                 "article:published_time '2025-06-11T23:30:00+00:00' is the true instant; 'Theo Báo Hải Dương' (a newspaper): "
                 "text, author null"],
          **at(datetime(2025, 6, 12, 6, 30), evidence=("metadata",))),
        A(path="thong-bao-27-tb-lmhtx-mo-lop-boi-duong-can-bo-quan-ly-htx",
          title="Thông báo số 27/TB-LMHTX về việc mở lớp bồi dưỡng cán bộ quản lý HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH HẢI DƯƠNG
Số: 27/TB-LMHTX
Hải Dương, ngày 04 tháng 6 năm 2025
THÔNG BÁO
Về việc mở lớp bồi dưỡng cán bộ quản lý HTX năm 2025
Thực hiện Kế hoạch số 05/KH-LMHTX ngày 15/01/2025, Liên minh HTX tỉnh thông báo mở lớp bồi dưỡng như sau:
* Đối tượng: giám đốc, kế toán, kiểm soát viên HTX trên địa bàn tỉnh;
* Thời gian: từ ngày 24/6 đến ngày 27/6/2025;
* Địa điểm: Hội trường Liên minh HTX tỉnh.
Các HTX đăng ký danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 18/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Vũ Văn Hiển
""", author=None, doc_number="27/TB-LMHTX",
          attachments=[{"path": "/storage/app/media/van-ban/2025/TB-27-LMHTX.pdf", "text": "TB-27-LMHTX.pdf"}],
          opts={"cat": "van-ban-thong-bao"},
          notes=["notice 'Số: 27/TB-LMHTX' dated 04/6 in its place-date line, posted 05/6/2025 14:00; no excerpt (the listings "
                 "print the auto summary); the signer ends the text, author null; the media library's PDF under 'Tải về:' "
                 "(an attachment, not text)"],
          **at(datetime(2025, 6, 5, 14, 0))),
        A(path="anh-ngay-hoi-nong-san-htx-tai-chi-linh",
          title="Ảnh: Ngày hội nông sản HTX tại Chí Linh",
          lead="Ngày hội nông sản HTX năm 2025 tại thành phố Chí Linh quy tụ 54 gian hàng của các HTX trong và ngoài tỉnh.",
          body="""
[img chi-linh-1.png] Gian hàng gà đồi Chí Linh của HTX Chăn nuôi Hoàng Tiến
[img chi-linh-2.png] Thành viên HTX giới thiệu bánh đa gấc Kinh Môn tới khách tham quan
[img chi-linh-3.png] Người dân chọn mua cà rốt Cẩm Giàng đóng túi
""", byline="Ảnh: Phạm Thu Trang", author="Phạm Thu Trang",
          opts={"cat": "phong-su-anh", "froala": True},
          notes=["photo story written in the rich editor: each photo a Froala span.fr-img-caption whose span.fr-inner is the "
                 "caption (one line each); 'Ảnh: Phạm Thu Trang' -> author"],
          **at(datetime(2025, 5, 30, 16, 45))),
        A(path="ket-qua-danh-gia-phan-loai-htx-nong-nghiep-nam-2024",
          title="Kết quả đánh giá, phân loại HTX nông nghiệp năm 2024",
          body="""
Theo kết quả đánh giá, phân loại theo Thông tư số 09/2024/TT-BKHĐT, năm 2024 toàn tỉnh có 471 HTX nông nghiệp được xếp loại.
| Xếp loại | Số HTX | Tỷ lệ (%) |
| Tốt | 98 | 20,8 |
| Khá | 187 | 39,7 |
| Trung bình | 142 | 30,1 |
| Yếu | 44 | 9,4 |
So với năm 2023, số HTX xếp loại tốt tăng 17, số HTX yếu giảm 12.
""", author=None,
          opts={"cat": "hoat-dong-lien-minh"},
          notes=["a data table (one line per row); no byline: author null (the account 'Quản trị viên' is none)"],
          **at(datetime(2025, 5, 22, 10, 20))),
        A(path="htx-ca-rot-cam-giang-nang-cao-gia-tri-san-pham",
          title="HTX cà rốt Cẩm Giàng nâng cao giá trị sản phẩm",
          lead="Từ một HTX dịch vụ nông nghiệp thuần túy, HTX Cà rốt Đức Chính đã xây dựng được chuỗi sơ chế, đóng gói đạt chuẩn xuất khẩu.",
          body="""
Để nâng giá trị cà rốt, HTX tập trung vào các giải pháp:
+ Áp dụng quy trình VietGAP trên toàn bộ 120 ha vùng nguyên liệu;
+ Đầu tư dây chuyền rửa, phân loại và kho lạnh 500 tấn;
+ Liên kết với ba doanh nghiệp xuất khẩu sang Hàn Quốc và Nhật Bản.
Năm 2024, doanh thu của HTX đạt 38 tỷ đồng, thu nhập bình quân của thành viên tăng 15%.
""", byline="Đức Anh - Trung tâm Khuyến nông", author="Đức Anh",
          opts={"cat": "guong-htx-dien-hinh", "featured": "ca-rot-featured.png"},
          notes=["a numbered list after a line ending with a colon; byline 'Đức Anh - Trung tâm Khuyến nông' -> author Đức Anh"],
          **at(datetime(2025, 5, 13, 8, 5))),
        A(path="banh-gai-ninh-giang-giu-nghe-nho-lien-ket-htx",
          title="Bánh gai Ninh Giang giữ nghề nhờ liên kết HTX",
          lead="HTX Bánh gai Ninh Giang hiện có 27 hộ thành viên, mỗi năm cung ứng hơn 1,5 triệu chiếc bánh ra thị trường.",
          body="""
HTX thống nhất dùng chung nhãn hiệu tập thể và tem truy xuất nguồn gốc cho toàn bộ sản phẩm của các hộ.
Sản phẩm bánh gai của HTX đạt OCOP 4 sao và đang hoàn thiện hồ sơ nâng hạng 5 sao.
""", byline="Hoàng Lan", author="Hoàng Lan",
          opts={"cat": "guong-htx-dien-hinh", "old": "/index.php/tin-tuc/guong-htx/1562-banh-gai-ninh-giang-giu-nghe"},
          notes=["the old Joomla address /index.php/tin-tuc/guong-htx/1562-banh-gai-ninh-giang-giu-nghe (linked from the "
                 "introduction) answers 301 (Vdlp.Redirect): an alias; on /blog?page=2 and its category only"],
          **at(datetime(2025, 4, 28, 15, 10))),
        A(path="tap-huan-luat-hop-tac-xa-nam-2023-cho-can-bo-co-so",
          title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ cơ sở",
          lead="Liên minh HTX tỉnh phối hợp với Sở Tư pháp tập huấn các nội dung mới của Luật Hợp tác xã năm 2023 cho 150 cán bộ cấp xã.",
          body="""
Các học viên được giới thiệu những điểm mới về tổ hợp tác, liên hiệp HTX và chính sách hỗ trợ của Nhà nước.
Lớp tập huấn dành thời gian trao đổi về việc chuyển đổi các HTX chưa đăng ký lại theo luật mới.
""", byline="Thu Hà", author="Thu Hà",
          opts={"cat": "hoat-dong-lien-minh"},
          notes=["oldest post: on /blog?page=2 ('?page=2' of the Laravel paginator) and its category's ?page=2 only; the title "
                 "cites the Law of 2023 (no publication date)"],
          **at(datetime(2025, 4, 9, 9, 0))),
    ]


def render(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img" and a.opts.get("froala"):
            out.append(f'<p><span class="fr-img-caption fr-fic fr-dib" style="width: 100%;"><span class="fr-img-wrap">'
                       f'<img src="/storage/app/media/anh/2025/{b.src}" alt="{attr(b.text)}"><span class="fr-inner">{esc(b.text)}</span>'
                       f'</span></span></p>')
        elif b.kind == "img":
            out.append(f'<p><img src="/storage/app/media/anh/2025/{b.src}" alt="{attr(b.text)}"></p>\n<p><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            out.append(table_html(b, "table table-bordered", border=False))
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        out.append(f'<p>Tải về: <a href="{x["path"]}">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def summary(a: RichArticle) -> str:
    if a.lead:
        return esc(a.lead)
    text = " ".join(line for b in a.blocks for line in b.lines())
    words = text.split()
    return esc(" ".join(words[:30]) + "...")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hai-duong", "Liên minh Hợp tác xã tỉnh Hải Dương (October CMS)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["slug"] = a.path
        a.path = f"/blog/post/{a.path}"
    newest = posts[:5]

    def layout(title: str, main: str, *, head: str = "", sidebar: bool = True) -> str:
        side = ""
        if sidebar:
            side = ('<div class="col-lg-4"><aside class="sidebar">'
                    '<div class="card mb-3"><div class="card-header fw-bold">Tin mới cập nhật</div><ul class="list-group list-group-flush">'
                    + "".join(f'<li class="list-group-item"><a href="{p.path}">{esc(p.title)}</a></li>' for p in newest)
                    + '</ul></div>'
                    '<div class="card mb-3"><div class="card-header fw-bold">Chuyên mục</div><ul class="list-group list-group-flush">'
                    + "".join(f'<li class="list-group-item"><a href="/blog/category/{c}">{esc(n)}</a> '
                              f'<span class="badge bg-secondary">{sum(1 for p in posts if p.opts["cat"] == c)}</span></li>'
                              for c, n in CATS.items())
                    + '</ul></div>'
                    '<div class="card mb-3 weather"><div class="card-header fw-bold">Thời tiết Hải Dương</div>'
                    '<div class="card-body"><p>Nhiều mây, có mưa rào 29°C</p><p>Độ ẩm 82% - Gió đông nam cấp 2</p></div></div>'
                    '<div class="card mb-3 poll"><div class="card-header fw-bold">Bình chọn</div><div class="card-body">'
                    '<form data-request="onVote" data-request-update="\'poll\': \'#poll-result\'">'
                    '<p class="fw-bold">HTX của bạn cần hỗ trợ nhất về nội dung nào?</p>'
                    '<div class="form-check"><input class="form-check-input" type="radio" name="option" value="1"> <label>Vốn tín dụng ưu đãi</label></div>'
                    '<div class="form-check"><input class="form-check-input" type="radio" name="option" value="2"> <label>Đào tạo nguồn nhân lực</label></div>'
                    '<div class="form-check"><input class="form-check-input" type="radio" name="option" value="3"> <label>Xúc tiến thương mại, tiêu thụ sản phẩm</label></div>'
                    '<button type="submit" class="btn btn-sm btn-primary">Biểu quyết</button> '
                    '<button type="button" class="btn btn-sm btn-link" data-request="onResults">Xem kết quả</button></form>'
                    '<div id="poll-result"></div></div></div>'
                    '<div class="card mb-3 counter"><div class="card-header fw-bold">Thống kê truy cập</div><div class="card-body">'
                    '<p>Đang truy cập: 18</p><p>Tổng lượt truy cập: 1.248.305</p></div></div>'
                    '<div class="card mb-3"><div class="card-header fw-bold">Liên kết website</div><div class="card-body">'
                    '<select class="form-select" onchange="window.open(this.value)"><option>-- Chọn website --</option>'
                    '<option value="{{base:vca}}/">Liên minh HTX Việt Nam</option><option value="{{base:offsite}}/haiduong-gov">Cổng TTĐT tỉnh Hải Dương</option>'
                    '</select></div></div>'
                    '</aside></div>')
        col = "col-lg-8" if sidebar else "col-lg-12"
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="Xq7kT2bWm9v1Qe0YpL3sNc8RzHfA4uJdGiK6oVnE">
<title>{title}</title>
{head}
<link href="/themes/lmhtx-haiduong/assets/vendor/bootstrap/bootstrap.min.css" rel="stylesheet">
<link href="/themes/lmhtx-haiduong/assets/css/theme.css" rel="stylesheet">
<link href="/modules/system/assets/css/framework-extras.css" rel="stylesheet">
<link rel="alternate" type="application/rss+xml" title="Tin tức {SHORT}" href="/blog/rss">
</head>
<body class="layout-default">
<div class="topbar bg-primary text-white small py-1"><div class="container d-flex justify-content-between">
<span class="today">{TODAY}</span><marquee class="slogan" scrollamount="4">{SLOGAN}</marquee></div></div>
<header class="site-header py-3"><div class="container d-flex align-items-center">
<a href="/" class="brand d-flex align-items-center text-decoration-none"><img src="/themes/lmhtx-haiduong/assets/images/logo.png" alt="{ORG}" height="72">
<span class="ms-3"><span class="d-block text-uppercase small">Cổng thông tin điện tử</span><span class="d-block fs-4 fw-bold text-uppercase">{ORG}</span></span></a>
</div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-success"><div class="container">
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav me-auto">
<li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>
<li class="nav-item"><a class="nav-link" href="/gioi-thieu">Giới thiệu</a></li>
<li class="nav-item"><a class="nav-link" href="/blog">Tin tức</a></li>
{''.join(f'<li class="nav-item"><a class="nav-link" href="/blog/category/{c}">{esc(n)}</a></li>' for c, n in CATS.items())}
<li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li>
</ul>
<form class="d-flex" action="/tim-kiem" method="get"><input class="form-control form-control-sm me-2" type="search" name="q" placeholder="Tìm kiếm..."><button class="btn btn-sm btn-light" type="submit">Tìm</button></form>
</div></div></nav>
<div class="container py-4"><div class="row">
<div class="{col}">
{main}
</div>
{side}
</div></div>
<footer class="site-footer bg-dark text-white-50 pt-4 pb-3 mt-4"><div class="container">
<p class="fw-bold text-white">Cơ quan chủ quản: {ORG}</p>
<p>Chịu trách nhiệm nội dung: Phó Chủ tịch Thường trực Vũ Văn Hiển</p>
<p>Địa chỉ: Số 4 đường Thanh Niên, phường Quang Trung, TP. Hải Dương</p>
<p>Điện thoại: 0220.3852.491 - Email: lmhtx@haiduong.gov.vn</p>
<p class="small">Ghi rõ nguồn "{SHORT}" khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script src="/themes/lmhtx-haiduong/assets/vendor/bootstrap/bootstrap.bundle.min.js"></script>
<script src="/modules/system/assets/js/framework-extras.min.js"></script>
<script src="/themes/lmhtx-haiduong/assets/js/app.js"></script>
</body>
</html>
"""

    def info(a: RichArticle) -> str:
        c = a.opts["cat"]
        return f'Đăng trong <a href="/blog/category/{c}">{esc(CATS[c])}</a> ngày {shown(a.date)}'

    for a in posts:
        c = a.opts["cat"]
        full = f"{{{{base}}}}{a.path}"
        feat = a.opts.get("featured")
        featured = (f'<div class="featured-images text-center"><p><img data-src="{feat}" '
                    f'src="/storage/app/uploads/public/685/1f2/a3c/{feat}" alt="" style="max-width: 100%"></p></div>' if feat else "")
        lead = f'<div class="lead mb-3">{esc(a.lead)}</div>' if a.lead else ""
        same = [p for p in posts if p is not a and p.opts["cat"] == c][:4]
        related = ('<div class="related-posts card mt-4"><div class="card-header fw-bold">Tin cùng chuyên mục</div><ul class="list-group list-group-flush">'
                   + "".join(f'<li class="list-group-item"><a href="{p.path}">{esc(p.title)}</a> <small class="text-muted">({shown(p.date)})</small></li>'
                             for p in same) + '</ul></div>') if same else ""
        main = (f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
                f'<li class="breadcrumb-item"><a href="/blog">Tin tức</a></li><li class="breadcrumb-item"><a href="/blog/category/{c}">{esc(CATS[c])}</a></li></ol></nav>'
                f'<article class="blog-post"><h1 class="blog-post-title mb-2">{esc(a.title)}</h1>'
                f'<p class="info text-muted small">{info(a)}</p>'
                f'{lead}<div class="content">\n{render(a)}\n</div>{featured}</article>'
                f'<div class="share-bar d-flex align-items-center gap-2 mt-3 border-top pt-2"><span>Chia sẻ:</span>'
                f'<a class="btn btn-sm btn-outline-primary" href="{{{{base:offsite}}}}/facebook/sharer">Facebook</a>'
                f'<a class="btn btn-sm btn-outline-info" href="{{{{base:offsite}}}}/zalo/share">Zalo</a>'
                f'<a class="btn btn-sm btn-outline-secondary" href="javascript:window.print()">In bài viết</a></div>'
                f'{related}')
        img = feat or a.first_image()
        head = (f'<meta name="description" content="{attr(a.lead or a.title)}">\n'
                f'<meta property="og:type" content="article">\n<meta property="og:title" content="{attr(a.title)}">\n'
                f'<meta property="og:url" content="{full}">\n<meta property="og:site_name" content="{SHORT}">\n'
                + (f'<meta property="og:image" content="{{{{base}}}}/storage/app/uploads/public/685/1f2/a3c/{img}">\n' if feat else "")
                + f'<meta property="article:published_time" content="{utc(a.date)}">\n'
                f'<meta property="article:section" content="{attr(CATS[c])}">')
        site.page(a.path, layout(f"{esc(a.title)} - {SHORT}", main, head=head), content_type=HTML)
        if feat:
            site.binary(f"/storage/app/uploads/public/685/1f2/a3c/{feat}", image_for(feat))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/storage/app/media/anh/2025/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 27/TB-LMHTX", "Mo lop boi duong can bo quan ly HTX nam 2025"]))
        site.redirect(a.path + "/", a.path, 301)
        if a.opts.get("slider"):
            a.aliases.append(a.path + "/")
        if a.opts.get("old"):
            site.redirect(a.opts["old"], a.path, 301)
            a.aliases.append(a.opts["old"])
        site.add_article(a)

    def post_list(items: list, base: str, page_no: int, pages: int) -> str:
        lis = "".join(
            f'<li class="mb-4"><h3 class="h5"><a href="{p.path}">{esc(p.title)}</a></h3>'
            f'<p class="info text-muted small">{info(p)}</p><p class="excerpt">{summary(p)}</p></li>' for p in items)
        pager = ""
        if pages > 1:
            sep = "&" if "?" in base else "?"
            parts = []
            if page_no > 1:
                parts.append(f'<li class="page-item"><a class="page-link" href="{base}{sep}page={page_no - 1}">&larr; Trước</a></li>')
            for k in range(1, pages + 1):
                parts.append(f'<li class="page-item{" active" if k == page_no else ""}"><a class="page-link" href="{base}{sep}page={k}">{k}</a></li>')
            if page_no < pages:
                parts.append(f'<li class="page-item"><a class="page-link" href="{base}{sep}page={page_no + 1}">Sau &rarr;</a></li>')
            pager = f'<ul class="pagination">{"".join(parts)}</ul>'
        return f'<ul class="post-list list-unstyled">{lis}</ul>{pager}'

    def listing(base: str, heading: str, items: list, per: int = 5) -> None:
        chunks = [items[i:i + per] for i in range(0, len(items), per)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            main = f'<h1 class="h3 mb-4">{esc(heading)}</h1>' + post_list(chunk, base, n, len(chunks))
            title = f"{esc(heading)} - {SHORT}" + (f" - Trang {n}" if n > 1 else "")
            html = layout(title, main, head=f'<meta name="description" content="{attr(heading)}">')
            site.page(base if n == 1 else f"{base}?page={n}", html, content_type=HTML)
            site.non_articles.append(base if n == 1 else f"{base}?page={n}")
            if len(chunks) > 1 and n == 1:
                site.same_page(f"{base}?page=1", base)
                site.non_articles.append(f"{base}?page=1")

    listing("/blog", "Tin tức", posts)
    site.trap("the blog /blog paged by ?page=2 (the pager's page 1 is /blog?page=1), five posts a page: title (h3), the same p.info "
              "line as the post, the excerpt (the post's lead) as p.excerpt: listings", "/blog?page=2")
    for c, name in CATS.items():
        listing(f"/blog/category/{c}", name, [p for p in posts if p.opts["cat"] == c], per=2)
    site.trap("category pages /blog/category/<slug> (two a page, ?page=2): listings", "/blog/category/hoat-dong-lien-minh?page=2")

    # home: slider (trailing-slash link), latest four with summary
    slide = next(p for p in posts if p.opts.get("slider"))
    home = (f'<div id="homeSlider" class="carousel slide mb-4"><div class="carousel-inner"><div class="carousel-item active">'
            f'<a href="{slide.path}/"><img src="/storage/app/uploads/public/685/1f2/a3c/{slide.opts["featured"]}" class="d-block w-100" alt="{attr(slide.title)}"></a>'
            f'<div class="carousel-caption"><h5>{esc(slide.title)}</h5></div></div></div></div>'
            '<h2 class="h4 border-bottom pb-2">Tin mới</h2>' + post_list(posts[:4], "/blog", 1, 1)
            + '<p class="text-end"><a href="/blog">Xem tất cả tin &raquo;</a></p>'
            '<div class="keywords mt-3"><span class="fw-bold">Từ khóa nổi bật:</span> <a class="badge bg-light text-dark" href="/tim-kiem?q=OCOP">OCOP</a></div>')
    site.page("/", layout(f"Trang chủ - {ORG}", home, head=f'<meta name="description" content="Cổng thông tin điện tử {ORG}">'))
    site.non_articles.append("/")

    old = next(p for p in posts if p.opts.get("old"))
    about = (f'<h1 class="h3">Giới thiệu</h1><div class="static-page"><p>{ORG} được thành lập năm 1996, là tổ chức kinh tế - xã hội '
             'đại diện cho các HTX, liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.</p>'
             '<p>Website được chuyển sang nền tảng mới từ năm 2022; các địa chỉ bài viết cũ vẫn được chuyển hướng, ví dụ: '
             f'<a href="{old.opts["old"]}">{esc(old.title)}</a>.</p></div>')
    site.page("/gioi-thieu", layout(f"Giới thiệu - {SHORT}", about), content_type=HTML)
    contact = ('<h1 class="h3">Liên hệ</h1><form data-request="contactForm::onSubmit" class="row g-2">'
               '<div class="col-md-6"><input class="form-control" name="name" placeholder="Họ và tên"></div>'
               '<div class="col-md-6"><input class="form-control" name="email" placeholder="Email"></div>'
               '<div class="col-12"><textarea class="form-control" name="message" rows="5" placeholder="Nội dung"></textarea></div>'
               '<div class="col-12"><button class="btn btn-success" type="submit">Gửi liên hệ</button></div></form>')
    site.page("/lien-he", layout(f"Liên hệ - {SHORT}", contact), content_type=HTML)
    hits = [p for p in posts if "OCOP" in p.body or "OCOP" in (p.lead or "")]
    search = ('<h1 class="h3">Kết quả tìm kiếm</h1><p>Tìm thấy ' + str(len(hits)) + ' kết quả cho "<strong>OCOP</strong>"</p>'
              '<ul class="list-unstyled search-results">' + "".join(
                  f'<li class="mb-3"><h3 class="h6"><a href="{p.path}">{esc(p.title)}</a></h3><p class="small">{summary(p)}</p></li>' for p in hits)
              + '</ul>')
    site.page("/tim-kiem?q=OCOP", layout(f"Tìm kiếm - {SHORT}", search), content_type=HTML)
    site.non_articles += ["/gioi-thieu", "/lien-he", "/tim-kiem?q=OCOP"]
    site.trap("CMS pages /gioi-thieu (links the old Joomla address of a post), /lien-he (an AJAX form) and the SiteSearch results "
              "/tim-kiem?q=OCOP: not articles", "/gioi-thieu")

    items = "".join(
        f'<item><title>{esc(p.title)}</title><link>{{{{base}}}}{p.path}</link><guid>{{{{base}}}}{p.path}</guid>'
        f'<pubDate>{(p.date - timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S +0000")}</pubDate>'
        f'<description>{summary(p)}</description></item>' for p in posts)
    site.page("/blog/rss", f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
              f'<title>Tin tức {SHORT}</title><link>{{{{base}}}}/blog</link><description>Tin tức mới nhất</description>'
              f'<atom:link href="{{{{base}}}}/blog/rss" rel="self" type="application/rss+xml"/>{items}</channel></rss>',
              content_type="application/rss+xml; charset=UTF-8")
    urls = "".join(f'<url><loc>{{{{base}}}}{p.path}</loc><lastmod>{utc(p.date)}</lastmod><changefreq>weekly</changefreq><priority>0.7</priority></url>'
                   for p in posts)
    urls += "".join(f'<url><loc>{{{{base}}}}/blog/category/{c}</loc><changefreq>daily</changefreq><priority>0.5</priority></url>' for c in CATS)
    site.page("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
              content_type="application/xml; charset=UTF-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /backend\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("the blogRssFeed page /blog/rss (pubDate in UTC) and RainLab.Sitemap's /sitemap.xml (lastmod in UTC): feeds; robots.txt "
              "disallows /backend (no page links it)", "/blog/rss")
    site.binary("/themes/lmhtx-haiduong/assets/images/logo.png", image_for("logo.png"))
    return site
