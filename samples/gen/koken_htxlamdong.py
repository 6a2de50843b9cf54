"""Site `koken-htxlamdong` (registry family `generic`): "Ảnh và Tin - Liên minh HTX tỉnh Lâm Đồng", the photo site
the Lâm Đồng cooperative alliance's press office runs on **Koken 0.22** (the self-hosted PHP photo-publishing CMS;
theme **Regale**, Koken's essay-centred blog theme, its strings translated in the theme's language file; the site
time zone set to Asia/Ho_Chi_Minh; the date format set by hand to "Ngày j tháng n năm Y"). Photos come from
Lightroom with their EXIF. The copy is of 25 November 2024. Written as a held-out test: no family module, no selectors.

What is an article here: an essay (Koken's text posts: news and photo essays). URL shapes (Koken's URL settings with
essays "date + slug"): the essay `/essays/<yyyy>/<mm>/<slug>/` (canonical, linked everywhere, `og:url`); the slug
form `/essays/<slug>/` answers 301 to it (links pasted before the URL setting changed: aliases); the essay listing
`/essays/` and `/essays/page/2/` (5 a page; "← Bài mới hơn" / "Bài cũ hơn →"; the three oldest essays only on page
2); the home `/` (the newest album's cover and the 3 newest essays); albums `/albums/<slug>/` (galleries: photo titles
and captions, EXIF, no text: not articles); each photo's page `/content/<slug>/` and its lightbox
`/content/<slug>/lightbox/` (not articles); Koken pages `/pages/gioi-thieu/` and `/pages/lien-he/`; a category
listing `/categories/thong-bao/essays/`; the RSS `/feed/essays/recent.rss` (the 5 newest; pubDate in GMT). No
sitemap; robots.txt disallows `/admin/` (the Koken console).

Why it is hard: photos carry dates that are not the publication: each essay opens with its featured image and the
theme's EXIF line under it ("Chụp ngày 28 tháng 10 năm 2024 · Canon EOS 80D · f/8 · 1/250s"), ABOVE the title;
some photos were taken a year before the essay. The essay's own date is under the title: `<time class="k-post-date"
datetime="2024-11-03T08:15:00+07:00">Ngày 3 tháng 11 năm 2024</time>` (the attribute carries the time). The body
`div.essay-content` holds Koken's content embeds (`figure.k-content-embed`: a lightbox link `a.k-link-lightbox` around
the image, `figcaption.k-content-text` with `span.k-content-title` — the photo's file title, not text — and
`span.k-content-caption`, the caption: a line of the text), paragraphs, `<h3>`, lists, tables. Under the body: tags,
category, "Album liên quan" (Koken topics: album cards with photo counts), the essay pager (previous / next essay
titles), the share list, and the Disqus comment thread (replies printed server-side by the Koken Disqus plugin's
fallback): none of it is text. Koken is single-user: the account ("Ban Tuyên truyền") is no author; the closing line
names the author when a person ("Ảnh và bài: X" -> X); "Theo Báo Lâm Đồng" is a reprint.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "koken-htxlamdong"
NAME = "Ảnh và Tin - Liên minh HTX tỉnh Lâm Đồng"
DESC = "Phóng sự ảnh và tin hoạt động của Liên minh Hợp tác xã tỉnh Lâm Đồng"
PER_PAGE = 5
COPY = "© 2024 Liên minh Hợp tác xã tỉnh Lâm Đồng. Ảnh thuộc bản quyền Liên minh HTX tỉnh."
ADDR = "Địa chỉ: Số 2 Trần Hưng Đạo, phường 3, TP Đà Lạt, tỉnh Lâm Đồng"
NAV = [("Trang chủ", "/"), ("Phóng sự & Tin", "/essays/"), ("Album ảnh", "/albums/"), ("Giới thiệu", "/pages/gioi-thieu/"),
       ("Liên hệ", "/pages/lien-he/")]
CHROME = [DESC, COPY, ADDR, "Phóng sự & Tin", "Album ảnh", "Album liên quan", "Chia sẻ", "Chuyên mục:", "Thẻ:",
          "Bình luận", "Bài trước", "Bài sau", "Được tạo bằng Koken"]


def vn_date(d: datetime) -> str:
    return f"Ngày {d.day} tháng {d.month} năm {d.year}"


def hx(text: str, n: int = 10) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


# photo slug -> (title of the file, capture time, camera)
PHOTOS: dict[str, tuple[str, datetime, str]] = {}


def photo(slug: str, title: str, captured: datetime, camera: str = "Canon EOS 80D") -> str:
    PHOTOS[slug] = (title, captured, camera)
    return slug


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, featured: str) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"],
                    opts={"featured": featured})

    photo("ca-phe-cau-dat-1", "DSC_4471", datetime(2024, 10, 28, 7, 42))
    photo("ca-phe-cau-dat-2", "DSC_4502", datetime(2024, 10, 28, 9, 5))
    photo("ca-phe-cau-dat-3", "DSC_4533", datetime(2024, 10, 28, 10, 20))
    photo("hoa-dalat-1", "IMG_0912", datetime(2023, 12, 19, 15, 30), "Sony A7 III")
    photo("hoi-nghi-2024", "DSC_3980", datetime(2024, 10, 16, 8, 10))
    photo("dau-tay-1", "IMG_2215", datetime(2024, 9, 5, 6, 55), "Sony A7 III")
    photo("rau-vietgap-1", "DSC_3311", datetime(2024, 8, 22, 16, 40))
    photo("che-bao-loc-1", "DSC_2870", datetime(2024, 7, 30, 9, 15))
    photo("ocop-lam-dong-1", "DSC_3622", datetime(2024, 9, 26, 14, 0))
    photo("logo-lmhtx", "logo-lmhtx", datetime(2021, 3, 1, 10, 0), "Canon EOS 80D")

    return [
        A(path="/essays/2024/11/mua-ca-phe-tren-cao-nguyen-cau-dat/",
          title="Phóng sự ảnh: Mùa cà phê trên cao nguyên Cầu Đất",
          body="""
Cuối tháng 10, gần 200 thành viên HTX Cà phê Cầu Đất (TP Đà Lạt) bước vào vụ thu hoạch cà phê Arabica năm 2024.
[img ca-phe-cau-dat-1] Thành viên HTX hái cà phê chín trên đồi Cầu Đất ở độ cao 1.600 m
[img ca-phe-cau-dat-2] Cà phê tươi được phân loại ngay tại vườn, chỉ lấy quả chín đỏ
[img ca-phe-cau-dat-3] Phơi cà phê trong nhà kính theo phương pháp chế biến mật ong
Năm nay HTX dự kiến thu khoảng 600 tấn quả tươi; giá thu mua quả chín cho thành viên đạt 26.000 đồng/kg, cao nhất từ trước tới nay.
""", byline="Ảnh và bài: Trần Đăng Khoa", author="Trần Đăng Khoa",
          notes=["the featured photo's EXIF line 'Chụp ngày 28 tháng 10 năm 2024 · Canon EOS 80D …' sits above the "
                 "title: a capture date, not the publication; the essay's <time datetime='2024-11-03T08:15:00+07:00'>"
                 "Ngày 3 tháng 11 năm 2024</time> is; three content embeds: the span.k-content-title (file name "
                 "'DSC_4471') is not text, the caption is"],
          **at(datetime(2024, 11, 3, 8, 15), "ca-phe-cau-dat-1")),
        A(path="/essays/2024/11/thong-bao-so-27-tb-lmhtx-binh-chon-san-pham-ocop/",
          title="Thông báo số 27/TB-LMHTX về việc đăng ký sản phẩm tham gia đánh giá OCOP đợt 2 năm 2024",
          body="""
LIÊN MINH HTX TỈNH LÂM ĐỒNG
Số: 27/TB-LMHTX
Lâm Đồng, ngày 15 tháng 11 năm 2024
THÔNG BÁO
Về việc đăng ký sản phẩm tham gia đánh giá, phân hạng OCOP đợt 2 năm 2024
Liên minh HTX tỉnh đề nghị các HTX có sản phẩm đủ điều kiện đăng ký tham gia đánh giá, phân hạng sản phẩm OCOP đợt 2 năm 2024.
Hồ sơ gửi về Văn phòng Liên minh HTX tỉnh trước ngày 05/12/2024; mẫu hồ sơ tại tệp đính kèm [[TB-27-LMHTX-2024.pdf|/storage/originals/TB-27-LMHTX-2024.pdf]].
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Bích Ngọc
""", author=None, doc_number="27/TB-LMHTX",
          attachments=[{"path": "/storage/originals/TB-27-LMHTX-2024.pdf", "text": "TB-27-LMHTX-2024.pdf"}],
          notes=["a notice: 'Số: 27/TB-LMHTX', dated 15/11 in its text, posted 18/11 15:40; the signer is text, not "
                 "author; featured image the alliance's logo (EXIF 'Chụp ngày 1 tháng 3 năm 2021'); in category "
                 "'Thông báo' (/categories/thong-bao/essays/)"],
          **at(datetime(2024, 11, 18, 15, 40), "logo-lmhtx")),
        A(path="/essays/2024/10/lien-minh-htx-lam-dong-so-ket-9-thang/",
          title="Liên minh HTX tỉnh Lâm Đồng sơ kết 9 tháng năm 2024",
          body="""
Ngày 16/10, Liên minh HTX tỉnh Lâm Đồng tổ chức hội nghị sơ kết công tác 9 tháng, triển khai nhiệm vụ quý IV năm 2024.
[img hoi-nghi-2024] Quang cảnh hội nghị sơ kết 9 tháng năm 2024
| Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện 9 tháng |
| HTX thành lập mới | 50 | 41 |
| Lớp tập huấn | 15 | 11 |
| Dự án vay vốn Quỹ hỗ trợ | 30 | 24 |
Hội nghị đề ra nhiệm vụ quý IV: hoàn thành chỉ tiêu thành lập mới HTX và giải ngân vốn vay.
""", byline="Phòng Tổng hợp", author=None,
          notes=["a table (<th> header row): one line per row; the office 'Phòng Tổng hợp' closes it: no author; "
                 "posted 23:50 on 16/10 (the datetime attribute's time, Vietnam time)"],
          **at(datetime(2024, 10, 16, 23, 50), "hoi-nghi-2024")),
        A(path="/essays/2024/10/htx-hoa-da-lat-chuan-bi-vu-tet/",
          title="HTX hoa Đà Lạt chuẩn bị vụ hoa Tết",
          body="""
Các HTX sản xuất hoa ở Đà Lạt đã xuống giống hơn 1.200 ha hoa phục vụ thị trường Tết Nguyên đán Ất Tỵ 2025.
[img hoa-dalat-1] Nhà kính trồng cúc của HTX Hoa Thái Phiên (ảnh tư liệu)
## Những chủng loại chủ lực
* Cúc các loại: khoảng 650 ha;
* Lily, lan hồ điệp: khoảng 180 ha;
* Hồng, đồng tiền và hoa chậu: khoảng 370 ha.
Giá hoa năm nay được dự báo ổn định nhờ các HTX ký hợp đồng trước với thương lái ở TP Hồ Chí Minh.
""", byline="Theo Báo Lâm Đồng", author=None,
          notes=["the featured photo is an archive photo: EXIF 'Chụp ngày 19 tháng 12 năm 2023' (another year) "
                 "above the title; the essay is of 25/10/2024; a heading and a list; a reprint (no author)"],
          **at(datetime(2024, 10, 25, 10, 30), "hoa-dalat-1")),
        A(path="/essays/2024/09/ocop-lam-dong-tai-hoi-cho-ha-noi/",
          title="Sản phẩm OCOP Lâm Đồng tại Hội chợ nông sản Hà Nội",
          body="""
Từ ngày 26 đến 29/9, 18 HTX của tỉnh Lâm Đồng tham gia Hội chợ nông sản và sản phẩm OCOP tại Hà Nội.
[img ocop-lam-dong-1] Gian hàng chè, cà phê của các HTX Lâm Đồng thu hút đông khách tham quan
Doanh thu bán hàng tại hội chợ đạt hơn 1,2 tỷ đồng; các HTX ký được 9 biên bản ghi nhớ hợp tác tiêu thụ.
Xem thêm: [[Mùa dâu tây của HTX Xuân Thọ|/essays/htx-dau-tay-xuan-tho-vao-mua/]].
""", byline="Ảnh và bài: Phạm Ngọc Lan", author="Phạm Ngọc Lan",
          notes=["its text links an older essay by the slug form /essays/<slug>/ (301 to the dated URL: an alias)"],
          **at(datetime(2024, 9, 30, 17, 5), "ocop-lam-dong-1")),
        A(path="/essays/2024/09/htx-dau-tay-xuan-tho-vao-mua/",
          title="Mùa dâu tây của HTX Xuân Thọ",
          body="""
HTX Nông nghiệp Xuân Thọ (TP Đà Lạt) có 35 ha dâu tây trồng trên giá thể trong nhà màng.
[img dau-tay-1] Thành viên HTX thu hoạch dâu tây lúc sáng sớm
Mỗi ngày HTX cung cấp cho thị trường khoảng 2 tấn dâu tây, phần lớn bán cho các chuỗi cửa hàng tại TP Hồ Chí Minh.
""", byline="Trần Đăng Khoa", author="Trần Đăng Khoa",
          aliases=["/essays/htx-dau-tay-xuan-tho-vao-mua/"],
          notes=["page 2 of the essay listing only; also reached by the slug form /essays/htx-dau-tay-xuan-tho-vao-mua/ "
                 "(301: an alias)"],
          **at(datetime(2024, 9, 10, 9, 0), "dau-tay-1")),
        A(path="/essays/2024/08/rau-vietgap-don-duong/",
          title="HTX rau Đơn Dương mở rộng sản xuất theo VietGAP",
          body="""
HTX Dịch vụ nông nghiệp Lạc Xuân (huyện Đơn Dương) vừa được cấp chứng nhận VietGAP cho thêm 40 ha rau.
[img rau-vietgap-1] Thành viên HTX chăm sóc cải thảo trong nhà màng
+ Ghi chép nhật ký sản xuất đầy đủ;
+ Sử dụng thuốc bảo vệ thực vật trong danh mục cho phép;
+ Thu hoạch đúng thời gian cách ly.
Toàn bộ rau VietGAP của HTX được bao tiêu bởi các bếp ăn công nghiệp tại Bình Dương.
""", byline="Lê Thị Thanh Tâm", author="Lê Thị Thanh Tâm",
          notes=["page 2 only; an ordered list"],
          **at(datetime(2024, 8, 26, 14, 20), "rau-vietgap-1")),
        A(path="/essays/2024/08/htx-che-bao-loc-xuat-khau-lo-dau-tien/",
          title="HTX chè Bảo Lộc xuất khẩu lô chè ô long đầu tiên",
          body="""
HTX Chè Lộc Tân (TP Bảo Lộc) vừa xuất khẩu lô chè ô long đầu tiên gồm 5 tấn sang thị trường Đài Loan.
[img che-bao-loc-1] Đóng gói chè ô long tại xưởng của HTX
Để có lô hàng này, HTX đã chuẩn hóa vùng nguyên liệu 60 ha và đầu tư dây chuyền chế biến 4,5 tỷ đồng.
""", byline="Ảnh và bài: Phạm Ngọc Lan", author="Phạm Ngọc Lan",
          notes=["the oldest essay: page 2 only, not in the RSS (5 newest)"],
          **at(datetime(2024, 8, 2, 7, 45), "che-bao-loc-1")),
    ]


def exif_line(slug: str) -> str:
    _, cap, camera = PHOTOS[slug]
    return f"Chụp ngày {cap.day} tháng {cap.month} năm {cap.year} · {camera} · f/8 · 1/250s"


def img_tag(slug: str, alt: str = "") -> str:
    return (f'<img src="/storage/cache/images/000/0{hx(slug, 2)}/{slug},medium_large.2x.png" '
            f'class="k-lazy-loading" data-lazy-fade="400" alt="{attr(alt)}" width="1200" height="800">')


def embed(slug: str, caption: str) -> str:
    title = PHOTOS[slug][0]
    cap = f'<span class="k-content-caption">{esc(caption)}</span>' if caption else ""
    return (f'<figure class="k-content-embed"><div class="k-content">'
            f'<a href="/content/{slug}/lightbox/" class="k-link-lightbox" title="Xem trong lightbox" data-koken-internal>'
            f'{img_tag(slug, caption)}</a></div>'
            f'<figcaption class="k-content-text"><span class="k-content-title">{esc(title)}</span>{cap}</figcaption>'
            f"</figure>")


def essay_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            out.append(table_html(b, css="k-table", border=False))
        elif b.kind == "img":
            out.append(embed(b.src, b.text))
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


ALBUMS = {"ca-phe-cau-dat-2024": ("Mùa cà phê Cầu Đất 2024", ["ca-phe-cau-dat-1", "ca-phe-cau-dat-2",
                                                             "ca-phe-cau-dat-3"]),
          "nong-san-lam-dong": ("Nông sản HTX Lâm Đồng", ["dau-tay-1", "rau-vietgap-1", "che-bao-loc-1",
                                                          "hoa-dalat-1"])}


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lam-dong", f"{NAME} (Koken, theme Regale)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/feed/essays/recent.rss" % SITE])
    site.extra_boilerplate += CHROME
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)

    def layout(title: str, path: str, main: str, desc: str = DESC, og_type: str = "website", image: str = "") -> str:
        nav = "".join(f'<li><a href="{h}"' + (' class="k-nav-current"' if h == path else "") + f'>{esc(n)}</a></li>'
                      for n, h in NAV)
        og_img = (f'<meta property="og:image" content="{{{{base}}}}/storage/cache/images/000/0{hx(image, 2)}/'
                  f'{image},medium_large.2x.png" />') if image else ""
        return f"""<!DOCTYPE html>
<html class="k-source-essay k-lens-essay">
<head>
	<meta charset="utf-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1" />
	<meta name="description" content="{attr(desc)}" />
	<meta name="generator" content="Koken 0.22.24" />
	<meta name="theme" content="Regale 1.6.2" />
	<meta property="og:site_name" content="{attr(NAME)}" />
	<meta property="og:title" content="{attr(title.split(' - ')[0])}" />
	<meta property="og:description" content="{attr(desc)}" />
	<meta property="og:url" content="{{{{base}}}}{path}" />
	<meta property="og:type" content="{og_type}" />
	{og_img}
	<title>{esc(title)}</title>
	<link id="koken_settings_css_link" rel="stylesheet" type="text/css" href="/settings.css.lens" />
	<link rel="stylesheet" href="/app/site/themes/common/css/mediaelement.css" />
	<link rel="alternate" type="application/rss+xml" title="{attr(NAME)}: Phóng sự &amp; Tin" href="/feed/essays/recent.rss" />
	<script src="/app/site/themes/common/js/jquery.min.js"></script>
	<script src="/koken.js?0.22.24"></script>
	<script>$K.location = {{"root":"","here":"{path}","theme_path":"/storage/themes/regale","parameters":{{}},"page_class":"k-source-essay k-lens-essay"}};</script>
</head>
<body class="k-source-essay k-lens-essay">
<div id="container">
	<header class="top">
		<h2 id="site-title"><a href="/" title="Trang chủ" data-koken-internal>{esc(NAME)}</a></h2>
		<p class="site-tagline">{esc(DESC)}</p>
		<nav><ul class="k-nav-list k-nav-root">{nav}</ul></nav>
	</header>
	<main>
{main}
	</main>
	<footer class="bot">
		<p>{esc(COPY)}</p>
		<p>{esc(ADDR)}</p>
		<p class="koken"><a href="{{{{base:offsite}}}}/koken/" title="Koken">Được tạo bằng Koken</a></p>
	</footer>
</div>
</body>
</html>
"""

    def pub(a: RichArticle) -> str:
        return (f'<time class="k-post-date" datetime="{a.date:%Y-%m-%dT%H:%M:%S}+07:00">{vn_date(a.date)}</time>')

    tags = {0: ["cà phê", "Cầu Đất"], 3: ["hoa", "Đà Lạt"], 5: ["dâu tây"]}
    topics = {"ca-phe-cau-dat-1": "ca-phe-cau-dat-2024"}
    comments = {0: [("Nguyễn Hữu Phước", "2 ngày trước", "Ảnh đẹp quá, cà phê Cầu Đất năm nay được giá."),
                    ("Ban Tuyên truyền", "1 ngày trước", "Cảm ơn anh đã theo dõi trang.")]}
    for i, a in enumerate(arts):
        feat = a.opts["featured"]
        cat = ("thong-bao", "Thông báo") if a.doc_number else ("tin-hoat-dong", "Tin hoạt động")
        a.opts["cat"] = cat
        newer = arts[i - 1] if i > 0 else None
        older = arts[i + 1] if i + 1 < len(arts) else None
        pager = '<nav class="essay-pager">'
        if older:
            pager += f'<a class="prev" href="{older.path}" data-koken-internal><span>Bài trước</span> {esc(older.title)}</a>'
        if newer:
            pager += f'<a class="next" href="{newer.path}" data-koken-internal><span>Bài sau</span> {esc(newer.title)}</a>'
        pager += "</nav>"
        tag_html = ""
        if i in tags:
            tag_html = ('<p class="tags"><strong>Thẻ:</strong> '
                        + ", ".join(f'<a href="/tags/{hx(t, 6)}/" data-koken-internal>{esc(t)}</a>' for t in tags[i])
                        + "</p>")
        topic_html = ""
        if feat in topics:
            slug = topics[feat]
            atitle, photos = ALBUMS[slug]
            topic_html = (f'<div class="k-topics"><h3>Album liên quan</h3><div class="topic"><a href="/albums/{slug}/" '
                          f'data-koken-internal>{img_tag(photos[0])}<h4>{esc(atitle)}</h4></a>'
                          f"<p>({len(photos)} ảnh)</p></div></div>")
        disc = "".join(f'<li class="post"><div class="post-byline"><span class="author">{esc(n)}</span> '
                       f'<span class="time-ago">{esc(t)}</span></div><div class="post-message"><p>{esc(m)}</p></div></li>'
                       for n, t, m in comments.get(i, []))
        main = f"""	<article class="essay">
		<div class="featured-image">
			<a href="/content/{feat}/lightbox/" class="k-link-lightbox" data-koken-internal>{img_tag(feat)}</a>
			<p class="exif">{exif_line(feat)}</p>
		</div>
		<header>
			<h1><a href="{a.path}" title="{attr(a.title)}" data-koken-internal>{esc(a.title)}</a></h1>
			<p class="meta">{pub(a)}</p>
		</header>
		<div class="essay-content">
{essay_html(a)}
		</div>
		<aside class="essay-meta">
			<p class="category"><strong>Chuyên mục:</strong> <a href="/categories/{cat[0]}/essays/" data-koken-internal>{cat[1]}</a></p>
			{tag_html}
			{topic_html}
			<div class="share"><span>Chia sẻ</span> <a href="{{{{base:offsite}}}}/facebook/sharer" class="share-facebook">Facebook</a> <a href="{{{{base:offsite}}}}/twitter/intent" class="share-twitter">Twitter</a> <a href="{{{{base:offsite}}}}/pinterest/pin" class="share-pinterest">Pinterest</a></div>
		</aside>
		{pager}
		<section class="k-discussion"><h3>Bình luận</h3><div id="disqus_thread"><ul class="post-list">{disc}</ul></div>
		<script>var disqus_shortname = 'lmhtxlamdong'; var disqus_identifier = 'essay-{hx(a.path, 6)}';</script></section>
	</article>"""
        site.page(a.path, layout(f"{a.title} - {NAME}", a.path, main, a.summary(), "article", feat))
        site.add_article(a)
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH LAM DONG", "THONG BAO SO 27/TB-LMHTX",
                                                 "DANH GIA PHAN HANG OCOP DOT 2 NAM 2024"]))
        for al in a.aliases:
            site.redirect(al, a.path, 301)
    site.trap("Koken's slug form /essays/<slug>/ answers 301 to the configured '/essays/<yyyy>/<mm>/<slug>/' (an "
              "essay's text links one: an alias)", "/essays/htx-dau-tay-xuan-tho-vao-mua/")
    site.trap("each essay opens with its featured photo and the theme's EXIF line 'Chụp ngày …' ABOVE the <h1>: a "
              "capture date (one of 2023 under an essay of 2024), never the publication; the essay's <time "
              "class='k-post-date' datetime='…+07:00'> under the title is", arts[3].path)
    site.trap("under the body: category, tags, 'Album liên quan' (Koken topics: an album card and its photo count), "
              "the essay pager (older/newer essay titles), share links and the Disqus fallback thread with replies "
              "and ages: none of it text", arts[0].path)

    # -- tags (linked from essays) ----------------------------------------------------------------
    for i, ts in tags.items():
        for t in ts:
            path = f"/tags/{hx(t, 6)}/"
            if path in site.html_pages:
                continue
            items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> {pub(a)}</li>'
                            for j, a in enumerate(arts) if t in tags.get(j, []))
            site.page(path, layout(f"Thẻ: {t} - {NAME}", path, f'<h1 class="archive">Thẻ: {esc(t)}</h1><ul>{items}</ul>'))
            site.non_articles.append(path)

    # -- essay listings ---------------------------------------------------------------------------
    def item(a: RichArticle) -> str:
        return (f'<article class="essay-item"><a href="{a.path}" data-koken-internal>{img_tag(a.opts["featured"])}</a>'
                f'<h2><a href="{a.path}" data-koken-internal>{esc(a.title)}</a></h2><p class="meta">{pub(a)}</p>'
                f'<p class="excerpt">{esc(a.summary())}</p><a class="more" href="{a.path}">Đọc tiếp</a></article>')

    pages = [arts[i:i + PER_PAGE] for i in range(0, len(arts), PER_PAGE)]
    for n, items in enumerate(pages, 1):
        path = "/essays/" if n == 1 else f"/essays/page/{n}/"
        nav = '<nav class="k-pagination">'
        if n > 1:
            nav += f'<a class="newer" href="{"/essays/" if n == 2 else f"/essays/page/{n - 1}/"}">← Bài mới hơn</a>'
        if n < len(pages):
            nav += f'<a class="older" href="/essays/page/{n + 1}/">Bài cũ hơn →</a>'
        nav += f"<span>Trang {n}/{len(pages)}</span></nav>"
        site.page(path, layout(f"Phóng sự & Tin - {NAME}", path, "".join(item(a) for a in items) + nav))
        site.non_articles.append(path)
    site.trap("essay listing /essays/ and /essays/page/2/ (5 a page, 'Bài cũ hơn →'): the three oldest essays only on "
              "page 2 (the RSS has the 5 newest)", "/essays/page/2/")
    for c, cname in (("thong-bao", "Thông báo"), ("tin-hoat-dong", "Tin hoạt động")):
        path = f"/categories/{c}/essays/"
        site.page(path, layout(f"{cname} - {NAME}", path, f'<h1 class="archive">Chuyên mục: {esc(cname)}</h1>'
                               + "".join(item(a) for a in arts if a.opts["cat"][0] == c)))
        site.non_articles.append(path)

    # -- home ---------------------------------------------------------------------------------------
    cover_album = next(iter(ALBUMS))
    home = (f'<section class="home-album"><a href="/albums/{cover_album}/">{img_tag(ALBUMS[cover_album][1][0])}'
            f'<h2>{esc(ALBUMS[cover_album][0])}</h2></a></section><section class="home-essays">'
            + "".join(item(a) for a in arts[:3]) + '<a class="all" href="/essays/">Xem tất cả</a></section>')
    site.page("/", layout(NAME, "/", home))
    site.non_articles.append("/")

    # -- albums, content, lightbox --------------------------------------------------------------
    al_items = ""
    for slug, (atitle, photos) in ALBUMS.items():
        grid = "".join(f'<li><a href="/content/{p}/" data-koken-internal>{img_tag(p)}</a>'
                       f'<span class="title">{esc(PHOTOS[p][0])}</span></li>' for p in photos)
        path = f"/albums/{slug}/"
        site.page(path, layout(f"{atitle} - {NAME}", path, f'<h1>{esc(atitle)}</h1><p class="count">{len(photos)} ảnh'
                               f'</p><ul class="album-grid">{grid}</ul>'))
        site.non_articles.append(path)
        al_items += f'<li><a href="{path}">{img_tag(photos[0])}<h3>{esc(atitle)}</h3></a><p>{len(photos)} ảnh</p></li>'
    site.page("/albums/", layout(f"Album ảnh - {NAME}", "/albums/", f'<ul class="albums">{al_items}</ul>'))
    site.non_articles.append("/albums/")
    site.trap("albums /albums/<slug>/ (galleries: photo file titles, counts) and each photo's /content/<slug>/ (title, "
              "caption, EXIF 'Chụp ngày …', upload date 'Tải lên …') and /content/<slug>/lightbox/: not articles",
              "/albums/ca-phe-cau-dat-2024/")
    captions = {}
    for a in arts:
        for b in a.blocks:
            if b.kind == "img":
                captions[b.src] = b.text
    for p, (ptitle, cap, camera) in PHOTOS.items():
        uploaded = cap + timedelta(days=2, hours=3)
        body = (f'<figure class="content-single">{img_tag(p)}<figcaption><h1>{esc(ptitle)}</h1>'
                f'<p>{esc(captions.get(p, ""))}</p></figcaption></figure><dl class="exif"><dt>Chụp</dt>'
                f"<dd>{exif_line(p)}</dd><dt>Tải lên</dt><dd>{vn_date(uploaded)}</dd></dl>")
        site.page(f"/content/{p}/", layout(f"{ptitle} - {NAME}", f"/content/{p}/", body))
        site.page(f"/content/{p}/lightbox/", f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(ptitle)}'
                  f'</title><link rel="stylesheet" href="/app/site/themes/common/css/lightbox.css"></head><body '
                  f'class="k-lightbox"><div id="lbox">{img_tag(p)}<p class="lbox-title">{esc(ptitle)}</p>'
                  f'<a href="/content/{p}/" class="lbox-close">Đóng</a></div></body></html>')
        site.non_articles += [f"/content/{p}/", f"/content/{p}/lightbox/"]

    # -- pages ------------------------------------------------------------------------------------
    about = ("<h1>Giới thiệu</h1><p>Trang ảnh của Liên minh Hợp tác xã tỉnh Lâm Đồng giới thiệu hoạt động của các HTX, "
             "tổ hợp tác trên địa bàn tỉnh qua phóng sự ảnh và tin bài.</p>")
    contact = ("<h1>Liên hệ</h1><p>Văn phòng Liên minh HTX tỉnh Lâm Đồng, điện thoại 0263.3822.146, email "
               "lienminhhtx@lamdong.gov.vn</p>")
    site.page("/pages/gioi-thieu/", layout(f"Giới thiệu - {NAME}", "/pages/gioi-thieu/", about))
    site.page("/pages/lien-he/", layout(f"Liên hệ - {NAME}", "/pages/lien-he/", contact))
    site.non_articles += ["/pages/gioi-thieu/", "/pages/lien-he/"]

    # -- feed, robots ---------------------------------------------------------------------------
    def rfc(d: datetime) -> str:
        return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT"

    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><guid>{{{{base}}}}{a.path}</guid>"
                    f"<pubDate>{rfc(a.date)}</pubDate><description>{esc(a.summary())}</description></item>"
                    for a in arts[:5])
    site.page("/feed/essays/recent.rss", '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
              f"<title>{esc(NAME)}: Phóng sự &amp; Tin</title><link>{{{{base}}}}/essays/</link>"
              f"<description>{esc(DESC)}</description><generator>Koken 0.22.24</generator>{items}</channel></rss>\n",
              content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /feed/essays/recent.rss: the 5 newest, pubDate in GMT (the essay of 23:50 on 16/10 Vietnam time is "
              "'Wed, 16 Oct 2024 16:50:00 GMT')", "/feed/essays/recent.rss")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\n")
    for p in PHOTOS:
        site.binary(f"/storage/cache/images/000/0{hx(p, 2)}/{p},medium_large.2x.png", image_for(p))
    for name in ("/settings.css.lens",):
        site.binary(name, b"body{font-family:Georgia,serif}\n")
    return site
