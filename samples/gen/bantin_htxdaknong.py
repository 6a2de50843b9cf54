"""Site `bantin-htxdaknong` (registry family `generic`): "Bản tin HTX Đắk Nông", the news site of the cooperatives of
the former Đắk Nông province (since 1 July 2025 part of Lâm Đồng), a static site built with **Zola 0.19** and the
**tabi** theme (Vietnamese strings from the site's own `i18n/vi.toml`), served as plain files. Written as a held-out
test: no family module, no selectors.

URL shapes: a post is `/tin-tuc/<slug>/` (the section `tin-tuc`, `paginate_by = 5`: `/tin-tuc/page/2/`); taxonomies
`/tags/<slug>/` (with a per-term `atom.xml`) and `/chuyen-muc/<slug>/`, their indexes `/tags/` and `/chuyen-muc/`;
the archive `/luu-tru/`; pages `/gioi-thieu/`, `/lien-he/`; the feed `/atom.xml`, `/sitemap.xml` and Zola's default
`robots.txt`; colocated images `/tin-tuc/<slug>/<file>.png`; a post's front-matter `aliases` (its former Blogger
address `/2025/06/<slug>.html`) are Zola's meta-refresh alias pages.

Why it is hard: front-matter dates are DATES ONLY (`date = 2026-01-12`): the page shows "12/01/2026" in the
`ul.meta` list (no `<time>`, no meta date, no JSON-LD); the Atom feed says `2026-01-12T00:00:00+00:00` (Zola's "%+"
of a bare date: 07:00 in Vietnam); truth is the day at midnight +07:00. One post has `updated`: a second `ul.meta
last-updated` "Cập nhật ngày 20/01/2026". tabi's head has no canonical, `og:type` "article" on EVERY page (home,
lists, tags) and `<meta name="robots" content="index, nofollow">` everywhere (the theme's default then); `og:url` is
the only address. The title is `h1.article-title`; the body `section.body` (Markdown: `<figure>` shortcode with
lazy images, `<h2>` with an empty anchor link, tables, lists; a `<p><strong>` byline); the meta list's "Bởi X" is the
front-matter `authors` (no byline then); the Atom `<author>` is `config.author` ("Nhóm biên tập") when a post has
none. The article navigation under the body prints the neighbours' titles. Listings show `description` or the
summary before `<!-- more -->` with "Đọc thêm →"; the feed carries the FULL HTML of posts without a summary.
"""

from __future__ import annotations

from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "bantin-htxdaknong"
TITLE = "Bản tin HTX Đắk Nông"
DESC = "Tin tức, gương điển hình và chính sách cho hợp tác xã, tổ hợp tác khu vực Đắk Nông."
BIO = "Trang tin do nhóm cộng tác viên của Liên minh HTX và các HTX khu vực Đắk Nông thực hiện từ năm 2022."
ACCOUNT = "Nhóm biên tập"
MORE = "<!-- more -->"
CATS = {"tin-hoat-dong": "Tin hoạt động", "van-ban": "Văn bản", "guong-dien-hinh": "Gương điển hình", "anh": "Ảnh"}
FURN = ["Được tạo bằng Zola & tabi", "© 2026 Bản tin HTX Đắk Nông",
        "Nội dung được chia sẻ theo giấy phép CC BY-SA 4.0, vui lòng ghi nguồn khi đăng lại.", "Sơ đồ trang",
        "Bật JavaScript để xem và gửi bình luận.", "phút đọc", "Bài trước", "Bài sau"]


def slugify(text: str) -> str:
    import re
    import unicodedata
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


class Post(RichArticle):
    @property
    def blocks(self):
        return parse_rich(self.body.replace(MORE, ""))


def articles() -> list[RichArticle]:
    A = Post

    def on(y: int, m: int, d: int) -> dict:
        day = datetime(y, m, d)
        return dict(date=day, published=iso(day, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="ca-phe-htx-khu-vuc-dak-nong-vao-vu-thu-hoach-duoc-gia", title="Cà phê HTX khu vực Đắk Nông vào vụ thu hoạch được giá",
          body="""
Vụ cà phê năm nay, các HTX khu vực Đắk Nông thu hoạch khoảng 21.000 tấn nhân xô, giá bán tại vườn dao động 118.000 - 122.000 đồng/kg.
<!-- more -->
[img thu-hoach.png] Thành viên HTX Nông nghiệp Công bằng Ea Tling thu hái cà phê chín
Nhờ thu hái quả chín trên 90%, cà phê của HTX Công bằng Ea Tling và HTX Thuận An được doanh nghiệp thu mua cao hơn giá thị trường 3.000 - 5.000 đồng/kg.
Nhiều HTX đầu tư sân phơi nhà kính và máy sấy, giảm tỷ lệ hao hụt sau thu hoạch xuống dưới 2%.
""", author="Hoàng Anh",
          opts={"tags": ["Cà phê", "Liên kết tiêu thụ"], "cat": "tin-hoat-dong", "authors": ["Hoàng Anh"]},
          notes=["front matter 'date = 2026-01-12' (no time) and 'authors = [\"Hoàng Anh\"]': the meta list 'Bởi Hoàng Anh • "
                 "12/01/2026 • 3 phút đọc'; no byline -> author Hoàng Anh; atom <published>2026-01-12T00:00:00+00:00</published>"],
          **on(2026, 1, 12)),
        A(path="ke-hoach-12-kh-lmhtx-tap-huan-can-bo-quan-ly-htx-nam-2026", title="Kế hoạch số 12/KH-LMHTX tập huấn cán bộ quản lý HTX năm 2026",
          body="""
Liên minh HTX tỉnh ban hành kế hoạch tập huấn cho cán bộ quản lý HTX các xã, phường khu vực Đắk Nông năm 2026.
<!-- more -->
LIÊN MINH HỢP TÁC XÃ TỈNH LÂM ĐỒNG
Số: 12/KH-LMHTX
Lâm Đồng, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Tập huấn cán bộ quản lý HTX năm 2026
## 1. Đối tượng
Chủ tịch Hội đồng quản trị, giám đốc, kế toán HTX nông nghiệp tại các xã Gia Nghĩa, Nam Dong, Đắk Mil, Đắk Song, Tuy Đức.
## 2. Nội dung
+ Quy định mới của Luật HTX năm 2023 và các văn bản hướng dẫn;
+ Lập phương án sản xuất kinh doanh và tiếp cận vốn vay;
+ Chế độ kế toán HTX theo Thông tư số 71/2019/TT-BTC.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Đình Lộc
""", author=None, doc_number="12/KH-LMHTX",
          attachments=[{"path": "/tin-tuc/ke-hoach-12-kh-lmhtx-tap-huan-can-bo-quan-ly-htx-nam-2026/KH-12-LMHTX-2026.pdf", "text": "KH-12-LMHTX-2026.pdf"}],
          opts={"tags": ["Văn bản", "Tập huấn"], "cat": "van-ban"},
          notes=["plan 'Số: 12/KH-LMHTX' dated 05/01/2026 in the text, post date 08/01/2026 (date only); signer is text, "
                 "author null; the colocated PDF after 'Tải về:' is an attachment"],
          **on(2026, 1, 8)),
        A(path="anh-hoi-cho-nong-san-htx-tai-gia-nghia", title="Ảnh: Hội chợ nông sản HTX tại Gia Nghĩa",
          body="""
Hội chợ nông sản cuối năm tại phường Nam Gia Nghĩa có 54 gian hàng của HTX và tổ hợp tác.
[img hoi-cho-1.png] Sầu riêng Đắk Song của HTX Thuận Hạnh được nhiều khách hàng tìm mua
[img hoi-cho-2.png] Gian hàng hồ tiêu, mắc ca của các HTX ở Tuy Đức
[img hoi-cho-3.png] Đại biểu tham quan sản phẩm OCOP của HTX Nông nghiệp Quảng Sơn
""", byline="Bài và ảnh: Ngọc Thư", author="Ngọc Thư",
          opts={"tags": ["OCOP", "Hội chợ"], "cat": "anh"},
          notes=["photo story: three figure shortcodes (<figure><img loading='lazy' decoding='async'><figcaption>), "
                 "colocated images; 'Bài và ảnh: Ngọc Thư' -> author; no summary: the atom feed carries the full HTML"],
          **on(2025, 12, 22)),
        A(path="ket-qua-phat-trien-san-pham-ocop-cua-htx-nam-2025", title="Kết quả phát triển sản phẩm OCOP của HTX khu vực Đắk Nông năm 2025",
          body="""
Năm 2025, các HTX khu vực Đắk Nông có thêm 19 sản phẩm được công nhận OCOP.
| Nhóm sản phẩm | Số sản phẩm | 3 sao | 4 sao |
| Cà phê, ca cao | 7 | 5 | 2 |
| Hồ tiêu, mắc ca | 5 | 4 | 1 |
| Trái cây, sầu riêng | 4 | 3 | 1 |
| Dược liệu | 3 | 3 | 0 |
Nhóm cà phê tiếp tục chiếm tỷ trọng lớn nhất, chủ yếu là cà phê rang xay của các HTX ở Đắk Mil và Krông Nô.
""", author=None,
          opts={"tags": ["OCOP"], "cat": "tin-hoat-dong", "updated": datetime(2026, 1, 20),
                "description": "Thêm 19 sản phẩm OCOP của HTX trong năm 2025, nhóm cà phê dẫn đầu."},
          notes=["a Markdown table, one line per row; front matter 'updated = 2026-01-20': a second ul.meta 'Cập nhật ngày "
                 "20/01/2026' (the sitemap lastmod and the atom <updated> too): an edit, not the date (15/12/2025); no byline"],
          **on(2025, 12, 15)),
        A(path="bon-dieu-kien-de-htx-vay-von-quy-ho-tro-phat-trien-htx", title="Bốn điều kiện để HTX vay vốn Quỹ hỗ trợ phát triển HTX",
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh đang triển khai cho vay với lãi suất ưu đãi. HTX cần đáp ứng các điều kiện sau:
* Có phương án sản xuất kinh doanh khả thi, được Hội đồng quản trị thông qua;
* Hoạt động theo Luật HTX năm 2023, có báo cáo tài chính năm gần nhất;
* Có tài sản bảo đảm hoặc được bảo lãnh theo quy định;
* Không có nợ xấu tại các tổ chức tín dụng.
Mức cho vay tối đa 2 tỷ đồng mỗi dự án, thời hạn đến 5 năm.
""", byline="Theo Minh Thuận", author="Minh Thuận",
          opts={"tags": ["Vốn vay", "Luật HTX 2023"], "cat": "tin-hoat-dong"},
          notes=["a four-item list; 'Theo Minh Thuận' names a person -> author"],
          **on(2025, 11, 3)),
        A(path="htx-nong-nghiep-dich-vu-quang-son-lam-giau-tu-mac-ca", title="HTX Nông nghiệp Dịch vụ Quảng Sơn làm giàu từ mắc ca",
          body="""
Từ 30 ha mắc ca trồng xen trong vườn cà phê, HTX Nông nghiệp Dịch vụ Quảng Sơn đã xây dựng chuỗi sản phẩm mắc ca sấy nứt vỏ đạt OCOP 4 sao.
<!-- more -->
## Từ cây trồng xen đến sản phẩm chủ lực
Năm 2019, HTX vận động thành viên trồng xen mắc ca để giảm rủi ro khi giá cà phê xuống thấp.
Đến nay, mỗi năm HTX thu mua và chế biến khoảng 120 tấn hạt tươi, doanh thu hơn 9 tỷ đồng.
## Mở rộng thị trường
Sản phẩm của HTX đã có mặt tại các cửa hàng đặc sản ở Đà Lạt, TP. Hồ Chí Minh và trên ba sàn thương mại điện tử.
""", byline="Phạm Hòa - Trung tâm Khuyến nông", author="Phạm Hòa",
          opts={"tags": ["Mắc ca", "OCOP"], "cat": "guong-dien-hinh"},
          notes=["two <h2> with empty anchor links; a summary before <!-- more --> (the lists show it, the feed a <summary>); "
                 "'Phạm Hòa - Trung tâm Khuyến nông' -> Phạm Hòa"],
          **on(2025, 9, 26)),
        A(path="htx-ca-phe-nam-nung-ky-hop-dong-xuat-khau-100-tan", title="HTX Cà phê Nam Nung ký hợp đồng xuất khẩu 100 tấn cà phê đặc sản",
          body="""
HTX Cà phê Nam Nung vừa ký hợp đồng xuất khẩu 100 tấn cà phê nhân đặc sản sang Nhật Bản.
Toàn bộ sản lượng được thu hái chín từ vùng trồng 80 ha đạt chứng nhận 4C của 63 thành viên.
Giá xuất khẩu cao hơn cà phê thông thường khoảng 25%, giúp thu nhập của thành viên tăng đáng kể.
""", author=None,
          opts={"tags": ["Cà phê", "Xuất khẩu"], "cat": "guong-dien-hinh", "alias": "/2025/06/htx-ca-phe-nam-nung-xuat-khau.html"},
          notes=["front matter aliases: the former Blogger address /2025/06/htx-ca-phe-nam-nung-xuat-khau.html (linked from "
                 "/gioi-thieu/) is Zola's alias page (meta refresh, canonical): an alias; no byline, no authors: author null "
                 "(the feed's <author> is config.author 'Nhóm biên tập')"],
          **on(2025, 6, 18)),
        A(path="lien-minh-htx-tinh-dak-nong-tong-ket-20-nam-thanh-lap", title="Liên minh HTX tỉnh Đắk Nông tổng kết 20 năm thành lập",
          lead="**Ngày 6/5, Liên minh HTX tỉnh Đắk Nông tổ chức lễ kỷ niệm 20 năm thành lập (2005 - 2025).**",
          body="""
Sau 20 năm, số HTX trên địa bàn tỉnh tăng từ 47 lên 246 HTX, thu hút hơn 11.000 thành viên.
[img ky-niem-20-nam.png] Lãnh đạo tỉnh trao Bằng khen cho các tập thể có thành tích
Liên minh HTX tỉnh đã hỗ trợ thành lập mới 138 HTX và giới thiệu hơn 200 sản phẩm của HTX tham gia hội chợ trong và ngoài tỉnh.
""", byline="Lê Hiền", author="Lê Hiền",
          opts={"tags": ["Hội nghị"], "cat": "tin-hoat-dong"},
          notes=["oldest post, only on /tin-tuc/page/2/; bold lead paragraph; the bare name 'Lê Hiền' closes the text (author)"],
          **on(2025, 5, 7)),
    ]


def anchor(hid: str) -> str:
    return (f'<a class="header-anchor no-hover-padding" href="#{hid}" aria-label="Anchor link for: {hid}">'
            f'<span class="link-icon" aria-hidden="true"></span></a>')


def render(a: RichArticle, markup: str | None = None) -> str:
    out = []
    if a.lead and markup is None:
        out.append(f"<p>{inline_html(a.lead)}</p>")
    for b in parse_rich(markup if markup is not None else a.body.replace(MORE, "")):
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            hid = slugify(b.text)
            out.append(f'<h2 id="{hid}">{esc(b.text)}{anchor(hid)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<figure>\n<img src="{a.path}{b.src}" alt="{attr(b.text)}" loading="lazy" decoding="async" />\n'
                       f'<figcaption>{esc(b.text)}</figcaption>\n</figure>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table><thead><tr>" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead><tbody>\n"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows) + "</tbody></table>")
    return "\n".join(out)


def full_html(a: RichArticle) -> str:
    before, sep, after = a.body.partition(MORE)
    html = render(a) if not sep else (("<p>" + inline_html(a.lead) + "</p>\n" if a.lead else "") + render(a, before)
                                      + '\n<span id="continue-reading"></span>\n' + render(a, after))
    if a.byline:
        html += f"\n<p><strong>{esc(a.byline)}</strong></p>"
    for x in a.attachments:
        html += f'\n<p>Tải về: <a href="{x["path"]}">{esc(x["text"])}</a></p>'
    return html


def summary_html(a: RichArticle) -> str | None:
    before, sep, _ = a.body.partition(MORE)
    return render(a, before) if sep else None


def words(a: RichArticle) -> int:
    return len(" ".join(a.text_lines()).split())


def dmy(d: datetime) -> str:
    return d.strftime("%d/%m/%Y")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dak-nong", f"{TITLE} (tin tức HTX khu vực Đắk Nông)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["slug"] = a.path
        a.path = f"/tin-tuc/{a.path}/"
    tags = sorted({t for p in posts for t in p.opts["tags"]}, key=slugify)

    def tag_url(t: str) -> str:
        return f"/tags/{slugify(t)}/"

    def layout(title: str, main: str, *, url: str, desc: str = DESC) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>{esc(title)}</title>
        <link rel="icon" type="image/png" href="{{{{base}}}}/img/favicon.png"/>
    <link rel="alternate" type="application/atom+xml" title="{TITLE}" href="{{{{base}}}}/atom.xml">
        <link rel="stylesheet" href="{{{{base}}}}/main.css?h=6d2f8ac3e1a5b9d04c7e" />
    <meta name="color-scheme" content="light dark" />
        <meta name="description" content="{attr(desc)}" />
        <meta property="og:description" content="{attr(desc)}" />
        <meta name="robots" content="index, nofollow" />
    <meta property="og:title" content="{attr(title.split(' • ')[0])}" />
    <meta property="og:type" content="article" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:url" content="{{{{base}}}}{url}">
    <meta property="og:site_name" content="{TITLE}">
    <meta http-equiv="Content-Security-Policy" content="default-src 'self';font-src 'self' data:;img-src 'self' data:;script-src 'self';style-src 'self'">
<noscript><link rel="stylesheet" href="{{{{base}}}}/no_js.css"/></noscript>
<script type="text/javascript" src="{{{{base}}}}/js/initializeTheme.min.js"></script>
<script defer src="{{{{base}}}}/js/themeSwitcher.min.js"></script>
</head>
<body>
    <header>
    <nav class="navbar">
        <div class="nav-title">
            <a class="home-title" href="{{{{base}}}}/">{TITLE}</a>
        </div>
            <div class="nav-navs">
                <ul>
                        <li><a class="nav-links no-hover-padding" href="{{{{base}}}}/tin-tuc/">Tin tức</a></li>
                        <li><a class="nav-links no-hover-padding" href="{{{{base}}}}/luu-tru/">Lưu trữ</a></li>
                        <li><a class="nav-links no-hover-padding" href="{{{{base}}}}/tags/">Thẻ</a></li>
                        <li><a class="nav-links no-hover-padding" href="{{{{base}}}}/gioi-thieu/">Giới thiệu</a></li>
                        <li><a class="nav-links no-hover-padding" href="{{{{base}}}}/lien-he/">Liên hệ</a></li>
                    <li class="theme-switcher-wrapper js"><div title="Chuyển giao diện sáng/tối" class="theme-switcher" tabindex="0" role="button" aria-label="Chuyển giao diện sáng/tối" aria-pressed="false"></div></li>
                </ul>
            </div>
    </nav>
</header>
    <div class="content">
{main}
    </div>
    <footer>
    <section>
        <nav class="socials nav-links">
            <div class="social"><a href="{{{{base}}}}/atom.xml" aria-label="feed"><img loading="lazy" alt="feed" title="feed" src="{{{{base}}}}/social_icons/rss.svg.png"></a></div>
            <div class="social"><a rel="me" href="{{{{base:offsite}}}}/facebook/bantinhtxdaknong" aria-label="facebook"><img loading="lazy" alt="facebook" title="facebook" src="{{{{base}}}}/social_icons/facebook.svg.png"></a></div>
        </nav>
        <nav class="nav-links"><small><ul><li><a class="nav-links no-hover-padding" href="{{{{base}}}}/sitemap.xml">Sơ đồ trang</a></li></ul></small></nav>
        <div class="credits">
            <small>
                <p>© 2026 Bản tin HTX Đắk Nông • <span>Nội dung được chia sẻ theo giấy phép CC BY-SA 4.0, vui lòng ghi nguồn khi đăng lại.</span></p>
                Được tạo bằng <a rel="noopener noreferrer" href="{{{{base:offsite}}}}/getzola/">Zola</a> &amp; <a rel="noopener noreferrer" href="{{{{base:offsite}}}}/tabi/">tabi</a>
            </small>
        </div>
    </section>
</footer>
</body>
</html>
"""

    def meta_list(a: RichArticle) -> str:
        parts = []
        if a.opts.get("authors"):
            parts.append(f"<li>Bởi {esc(', '.join(a.opts['authors']))}</li>")
        parts.append(f"<li>{dmy(a.date)}</li>")
        n = words(a)
        parts.append(f'<li title="{n} từ">{max(1, round(n / 200))} phút đọc</li>')
        tag_items = [f'<li><a href="{{{{base}}}}{tag_url(t)}">{esc(t)}</a>' + (",&nbsp;" if k + 1 < len(a.opts["tags"]) else "") + "</li>"
                     for k, t in enumerate(a.opts["tags"])]
        parts.append("<li>Thẻ:&nbsp;</li>" + "".join(tag_items))
        out = '<ul class="meta">' + "&nbsp;•&nbsp;".join(parts)
        if a.opts.get("updated"):
            out += f'</ul><ul class="meta last-updated"><li>Cập nhật ngày {dmy(a.opts["updated"])}</li>'
        return out + "</ul>"

    for i, a in enumerate(posts):
        higher = posts[i - 1] if i > 0 else None
        lower = posts[i + 1] if i + 1 < len(posts) else None
        nav = '<nav class="full-width article-navigation">'
        nav += (f'<div><a href="{{{{base}}}}{higher.path}" aria-label="Bài trước" aria-describedby="left_title"><span class="arrow">←</span>&nbsp;Bài trước</a>'
                f'<p aria-hidden="true" id="left_title">{esc(higher.title)}</p></div>' if higher else "<div></div>")
        nav += (f'<div><a href="{{{{base}}}}{lower.path}" aria-label="Bài sau" aria-describedby="right_title">Bài sau&nbsp;<span class="arrow">→</span></a>'
                f'<p aria-hidden="true" id="right_title">{esc(lower.title)}</p></div>' if lower else "<div></div>")
        nav += "</nav>"
        main = (f'<main>\n    <article>\n        <h1 class="article-title">\n            {esc(a.title)}\n        </h1>\n'
                f'        {meta_list(a)}\n        <section class="body">{full_html(a)}</section>\n'
                f'<div class="comments" id="comments"><noscript>Bật JavaScript để xem và gửi bình luận.</noscript></div>\n'
                f'        {nav}\n    </article>\n</main>')
        desc = a.opts.get("description") or a.summary()
        site.page(a.path, layout(f"{a.title} • {TITLE}", main, url=a.path, desc=desc))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"{a.path}{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 12/KH-LMHTX", "Tap huan can bo quan ly HTX nam 2026"]))
        if a.opts.get("alias"):
            al = a.opts["alias"]
            site.page(al, f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<link rel="canonical" href="{{{{base}}}}{a.path}">\n'
                          f'<meta http-equiv="refresh" content="0; url={{{{base}}}}{a.path}">\n<title>Redirect</title>\n</head>\n<body>\n'
                          f'<p><a href="{{{{base}}}}{a.path}">Click here</a> to be redirected.</p>\n</body>\n</html>\n')
            a.aliases.append(al)
        site.add_article(a)

    def list_page(path: str, title: str, main: str) -> None:
        site.page(path, layout(title, main, url=path))
        site.non_articles.append(path)

    def bloglist(items: list) -> str:
        out = []
        for a in items:
            summ = summary_html(a)
            if a.opts.get("description"):
                desc = f"<p>{esc(a.opts['description'])}</p>"
            elif summ:
                desc = summ + "…"
            else:
                desc = ""
            out.append(f'<div class="bloglist-container"><section class="bloglist-meta bottom-divider"><ul>'
                       f'<li class="date">{dmy(a.date)}</li><li class="mobile-only">•</li>'
                       f'<li>{max(1, round(words(a) / 200))} phút đọc</li></ul></section>'
                       f'<section class="bloglist-content bottom-divider"><div><div class="bloglist-title">'
                       f'<a href="{{{{base}}}}{a.path}">{esc(a.title)}</a></div>'
                       f'<div class="bloglist-tags">' + "".join(f'<a class="tag" href="{{{{base}}}}{tag_url(t)}">{esc(t)}</a>' for t in a.opts["tags"])
                       + f'</div><div class="description">{desc}</div>'
                       f'<a class="readmore" href="{{{{base}}}}{a.path}">Đọc thêm&nbsp;<span class="arrow">→</span></a></div></section></div>')
        return '<div class="bloglist-container-wrapper">' + "".join(out) + "</div>"

    def paginate(urls: list[str], n: int) -> str:
        prev_ = f'<a class="previous" href="{{{{base}}}}{urls[n - 1]}">‹ Trang trước</a>' if n > 0 else ""
        next_ = f'<a class="next" href="{{{{base}}}}{urls[n + 1]}">Trang sau ›</a>' if n + 1 < len(urls) else ""
        return (f'<nav class="pagination"><ul><li class="page-item">{prev_}</li><li class="page-item page-numbers">'
                f'Trang {n + 1} / {len(urls)}</li><li class="page-item">{next_}</li></ul></nav>')

    # home: banner and recent posts
    recent = bloglist(posts[:4])
    list_page("/", TITLE, f'<main>\n<section id="banner-home-subtitle"><div class="padding-top bottom-divider">'
              f'<h1 class="title-container bottom-divider">{TITLE}</h1><section class="body"><p>{BIO}</p></section></div></section>'
              f'<div class="padding-top"><h2 class="title-container">Bài viết gần đây</h2>{recent}'
              f'<div class="all-posts"><a href="{{{{base}}}}/tin-tuc/">Tất cả bài viết&nbsp;<span class="arrow">⟶</span></a></div></div></main>')
    # the section, 5 a page
    chunks = [posts[k:k + 5] for k in range(0, len(posts), 5)]
    urls = ["/tin-tuc/"] + [f"/tin-tuc/page/{k}/" for k in range(2, len(chunks) + 1)]
    for n, chunk in enumerate(chunks):
        list_page(urls[n], f"Tin tức • {TITLE}", f'<main><h1 class="title-container section-title bottom-divider">Tin tức</h1>'
                  f'{bloglist(chunk)}{paginate(urls, n)}</main>')
    site.page("/tin-tuc/page/1/", f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<link rel="canonical" href="{{{{base}}}}/tin-tuc/">\n'
                                  f'<meta http-equiv="refresh" content="0; url={{{{base}}}}/tin-tuc/">\n<title>Redirect</title>\n</head>\n<body>\n'
                                  f'<p><a href="{{{{base}}}}/tin-tuc/">Click here</a> to be redirected.</p>\n</body>\n</html>\n')
    site.trap("home (banner + 4 recent posts), the section /tin-tuc/ and /tin-tuc/page/2/ (5 a page): bloglist "
              "entries with the date, reading time, tags, the description or the summary before <!-- more --> and "
              "'Đọc thêm →'; og:type 'article' and 'index, nofollow' on every page: listings", "/tin-tuc/page/2/")

    def archive(items: list) -> str:
        out, year = [], None
        for a in items:
            if a.date.year != year:
                if year is not None:
                    out.append("</ul></li>")
                year = a.date.year
                out.append(f'<li><h2 class="listing-title">{year}</h2><ul class="listing">')
            out.append(f'<li class="listing-item"><div class="post-time"><span class="date">{a.date:%d/%m}</span></div>'
                       f'<a href="{{{{base}}}}{a.path}" title="{attr(a.title)}">{esc(a.title)}</a></li>')
        return '<div class="archive"><ul class="years">' + "".join(out) + "</ul></li></ul></div>"

    list_page("/luu-tru/", f"Lưu trữ • {TITLE}", f'<main><h1 class="title-container section-title bottom-divider">Lưu trữ</h1>{archive(posts)}</main>')
    for t in tags:
        items = [a for a in posts if t in a.opts["tags"]]
        list_page(tag_url(t), f"{t} • {TITLE}", f'<main><h1 class="title-container section-title bottom-divider">Bài viết gắn thẻ “{esc(t)}”</h1>'
                  f'<div class="rss-link"><a href="{{{{base}}}}{tag_url(t)}atom.xml">Theo dõi thẻ này</a></div>{bloglist(items)}</main>')
        site.page(f"{tag_url(t)}atom.xml", atom(f"{TITLE} - {t}", f"{tag_url(t)}atom.xml", items), content_type="application/atom+xml; charset=utf-8")
    list_page("/tags/", f"Thẻ • {TITLE}", '<main><h1 class="title-container section-title bottom-divider">Thẻ</h1><ul class="tags-list">'
              + "".join(f'<li><a href="{{{{base}}}}{tag_url(t)}">{esc(t)}</a> <sup>{sum(1 for a in posts if t in a.opts["tags"])}</sup></li>' for t in tags)
              + "</ul></main>")
    for c, name in CATS.items():
        items = [a for a in posts if a.opts["cat"] == c]
        list_page(f"/chuyen-muc/{c}/", f"{name} • {TITLE}", f'<main><h1 class="title-container section-title bottom-divider">{esc(name)}</h1>{bloglist(items)}</main>')
    list_page("/chuyen-muc/", f"Chuyên mục • {TITLE}", '<main><h1 class="title-container section-title bottom-divider">Chuyên mục</h1><ul>'
              + "".join(f'<li><a href="{{{{base}}}}/chuyen-muc/{c}/">{esc(n)}</a></li>' for c, n in CATS.items()) + "</ul></main>")
    site.trap("taxonomies /tags/<slug>/ (slugs folded: 'Luật HTX 2023' -> luat-htx-2023, with a per-term atom.xml) and "
              "/chuyen-muc/<slug>/, the archive /luu-tru/ (dd/mm under year headers): listings", "/tags/ca-phe/")
    aliased = next(a for a in posts if a.opts.get("alias"))
    for path, title, body in [
        ("/gioi-thieu/", "Giới thiệu", f"<p>{BIO}</p><p>Trang được chuyển từ Blogger sang Zola năm 2025; các địa chỉ cũ như "
         f'<a href="{{{{base}}}}{aliased.opts["alias"]}">bài về HTX Cà phê Nam Nung</a> vẫn dẫn tới bài mới.</p>'),
        ("/lien-he/", "Liên hệ", "<p>Hộp thư: bantinhtxdaknong@gmail.com</p><p>Địa chỉ: số 12 đường Lê Duẩn, phường Nam Gia Nghĩa, tỉnh Lâm Đồng</p>")]:
        list_page(path, f"{title} • {TITLE}", f'<main><article><h1 class="article-title">{title}</h1><section class="body">{body}</section></article></main>')
    site.trap("pages /gioi-thieu/ (links a post's former Blogger address: Zola's alias page) and /lien-he/ (h1.article-title, "
              "no meta list): not articles", "/gioi-thieu/")

    site.page("/atom.xml", atom(TITLE, "/atom.xml", posts), content_type="application/atom+xml; charset=utf-8")
    locs = "".join(f"<url>\n<loc>{{{{base}}}}{p}</loc>\n</url>\n" for p in ["/", "/chuyen-muc/", "/gioi-thieu/", "/lien-he/", "/luu-tru/", "/tags/", "/tin-tuc/"])
    locs += "".join(f"<url>\n<loc>{{{{base}}}}{a.path}</loc>\n<lastmod>{(a.opts.get('updated') or a.date):%Y-%m-%d}</lastmod>\n</url>\n" for a in posts)
    locs += "".join(f"<url>\n<loc>{{{{base}}}}{tag_url(t)}</loc>\n</url>\n" for t in tags)
    site.page("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{locs}</urlset>\n',
              content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow:\nAllow: /\nSitemap: {{base}}/sitemap.xml\n")
    site.page("/404.html", layout(f"404 • {TITLE}", '<main><h1>404</h1><p>Không tìm thấy trang.</p></main>', url="/404.html"))
    site.trap("/atom.xml: <published>2026-01-12T00:00:00+00:00</published> for a bare date (midnight UTC = 07:00 in Vietnam), "
              "the full HTML of posts without a summary, <author> = config.author for posts without authors; sitemap "
              "lastmod = updated or date; Zola's default robots.txt; /tin-tuc/page/1/ is Zola's redirect page", "/atom.xml")
    for name in ("img/favicon.png", "social_icons/rss.svg.png", "social_icons/facebook.svg.png"):
        site.binary(f"/{name}", image_for(name))
    return site


def atom(title: str, self_path: str, items: list) -> str:
    entries = []
    for a in items:
        authors = a.opts.get("authors") or [ACCOUNT]
        summ = summary_html(a)
        content = (f'<summary type="html">{esc(summ)}</summary>' if summ else
                   f'<content type="html" xml:base="{{{{base}}}}{a.path}">{esc(full_html(a))}</content>')
        upd = a.opts.get("updated") or a.date
        entries.append(f'\n    <entry xml:lang="vi">\n        <title>{esc(a.title)}</title>\n'
                       f'        <published>{a.date:%Y-%m-%d}T00:00:00+00:00</published>\n        <updated>{upd:%Y-%m-%d}T00:00:00+00:00</updated>\n'
                       + "".join(f"        <author>\n          <name>\n            {esc(n)}\n          </name>\n        </author>\n" for n in authors)
                       + f'        <link rel="alternate" type="text/html" href="{{{{base}}}}{a.path}"/>\n        <id>{{{{base}}}}{a.path}</id>\n'
                       f'        {content}\n    </entry>')
    last = max((a.opts.get("updated") or a.date) for a in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">\n    <title>{esc(title)}</title>\n'
            f'    <subtitle>{esc(DESC)}</subtitle>\n    <link rel="self" type="application/atom+xml" href="{{{{base}}}}{self_path}"/>\n'
            f'    <link rel="alternate" type="text/html" href="{{{{base}}}}/"/>\n    <generator uri="https://www.getzola.org/">Zola</generator>\n'
            f'    <updated>{last:%Y-%m-%d}T00:00:00+00:00</updated>\n    <id>{{{{base}}}}{self_path}</id>{"".join(entries)}\n</feed>\n')
