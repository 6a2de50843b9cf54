"""Site `instantcms-htxbaclieu` (registry family `generic`): "Cộng đồng HTX Bạc Liêu", the social portal of the Bạc Liêu
cooperative alliance on **InstantCMS 2.16** (PHP social-portal CMS: content types "Tin tức" (`news`) and "Bài viết"
(`posts`), comments, ratings, tags, groups, the activity feed; the bundled "modern" template (Bootstrap 4), a
Vietnamese language pack; time zone Asia/Ho_Chi_Minh). The copy is of 14 November 2024, 10:30 (before Bạc Liêu merged
into Cà Mau). Written as a held-out test: no family module, no selectors.

What is an article here: a `news` item `/news/<slug>.html` (the alliance's office and staff post them) and a member's
`posts` item `/posts/<slug>.html`. URL shapes: the lists `/news` (5 a page, `?page=2` holds the two oldest news),
categories `/news/hoat-dong`, `/news/thong-bao`, `/posts`, the tag links `/tags/<tag>` (InstantCMS answers 301 to
`/tags/content-news/<tag>`, the tag's list), the activity feed `/activity`, groups `/groups`, `/groups/<slug>`, profiles
`/users/<id>`, the feed `/rss/feed/news` (head alternate). Login and registration `/auth/…` are disallowed. No sitemap,
no canonical, no JSON-LD; og:title/og:type/og:url/og:description only.

Why it is hard: the date is only in the info bar UNDER the text (`div.bi_date_pub`): relative for the last two days —
"hôm nay lúc 08:15", "hôm qua lúc 20:40" (InstantCMS's string_date_age_max) — else "3 tháng 11 2024" without the
time; the `<time datetime="2024-11-03T09:20:00+07:00">` around it carries the full local time (the page's time). The
"Tác giả:" field above the text names the posting ACCOUNT with its avatar: a staff member's account is the author, the
office account "Ban Biên tập" is not (a closing byline then names the writer). Not text: the tags bar, the info bar
(rating "+3", the hits "152", "Chia sẻ"), "Tin liên quan", the comment tree (each comment with its name and its own
relative or absolute date, replies indented with data-level 2), the guest notice "Để viết bình luận…", the sidebar
(tag cloud, new members), the header menus and the footer.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich, table_html

SITE = "instantcms-htxbaclieu"
NAME = "Cộng đồng HTX Bạc Liêu"
NOW = datetime(2024, 11, 14, 10, 30)
PER_PAGE = 5
USERS = {1: "Ban Biên tập", 4: "Trần Mỹ Linh", 7: "Lâm Văn Phúc", 9: "HTX Muối Đông Hải"}
GUEST = "Để viết bình luận, hãy đăng nhập hoặc đăng ký."
FOOT = "© 2024 Liên minh Hợp tác xã tỉnh Bạc Liêu · 08 Hoàng Văn Thụ, phường 3, TP Bạc Liêu"
CHROME = [FOOT, GUEST, "Powered by InstantCMS", "Tin liên quan", "Đám mây thẻ", "Thành viên mới", "Đăng nhập",
          "Đăng ký", "Chia sẻ", "Tác giả:", "Trả lời", "Kết nối cộng đồng hợp tác xã, tổ hợp tác tỉnh Bạc Liêu"]
MONTHS = "tháng"


def vdate(d: datetime) -> str:
    """The date field: relative for today and yesterday, else 'j tháng n Y' (no time)."""
    if d.date() == NOW.date():
        return f"hôm nay lúc {d:%H:%M}"
    if (NOW.date() - d.date()).days == 1:
        return f"hôm qua lúc {d:%H:%M}"
    return f"{d.day} tháng {d.month} {d.year}"


def cdate(d: datetime) -> str:
    """A comment's date: relative for today and yesterday, else with the time."""
    if (NOW.date() - d.date()).days <= 1:
        return vdate(d)
    return f"{d.day} tháng {d.month} {d.year} lúc {d:%H:%M}"


def items() -> list[dict]:
    return [
        dict(ctype="news", cat="hoat-dong", slug="lien-minh-htx-tinh-lam-viec-voi-htx-tom-lua-phuoc-long",
             when=datetime(2024, 11, 14, 8, 15), user=4, hits=37, rating=2, tags=["tôm", "lúa"],
             title="Liên minh HTX tỉnh làm việc với các HTX tôm - lúa huyện Phước Long",
             body="""
Sáng 13/11, đoàn công tác Liên minh HTX tỉnh Bạc Liêu làm việc với 6 HTX sản xuất theo mô hình tôm - lúa tại huyện Phước Long.
Các HTX kiến nghị hỗ trợ vốn cải tạo ao nuôi và kết nối doanh nghiệp bao tiêu lúa hữu cơ.
[img tom-lua-phuoc-long.jpg] Đoàn công tác thăm ruộng lúa hữu cơ của HTX Phước Hòa
Liên minh HTX tỉnh sẽ tổng hợp kiến nghị, báo cáo UBND tỉnh trong tháng 11.
""", author="Trần Mỹ Linh",
             comments=[(71, 7, "HTX chúng tôi rất mong sớm có doanh nghiệp bao tiêu.", datetime(2024, 11, 14, 9, 2), 0)],
             notes=["posted today: the info bar reads 'hôm nay lúc 08:15' (<time datetime='2024-11-14T08:15:00+07:00'>); "
                    "the 'Tác giả:' field names the staff account Trần Mỹ Linh (a person): the author; a figure with "
                    "its figcaption (one line)"]),
        dict(ctype="news", cat="thong-bao", slug="thong-bao-so-35-tb-lmhtx-ve-hoi-cho-ocop-bac-lieu-2024",
             when=datetime(2024, 11, 13, 20, 40), user=1, hits=152, rating=0, tags=["OCOP"],
             title="Thông báo số 35/TB-LMHTX về việc tham gia Hội chợ OCOP Bạc Liêu năm 2024",
             doc="35/TB-LMHTX", file=("TB-35-LMHTX.pdf", "/upload/000/u1/2b/7e/tb-35-lmhtx.pdf", "(184,2 KB)"),
             body="""
LIÊN MINH HTX TỈNH BẠC LIÊU
Số: 35/TB-LMHTX
Bạc Liêu, ngày 12 tháng 11 năm 2024
Liên minh HTX tỉnh thông báo đến các HTX có sản phẩm OCOP đăng ký tham gia Hội chợ OCOP Bạc Liêu năm 2024, diễn ra từ ngày 05 đến 09/12/2024 tại Quảng trường Hùng Vương.
Mỗi HTX được hỗ trợ 01 gian hàng tiêu chuẩn; hạn đăng ký trước ngày 25/11/2024.
CHỦ TỊCH
Huỳnh Văn Sang
""", author=None,
             comments=[(68, 9, "HTX Muối Đông Hải xin đăng ký một gian hàng muối hầm.", datetime(2024, 11, 13, 21, 5), 0),
                       (69, 1, "Văn phòng đã ghi nhận, HTX gửi phiếu đăng ký theo mẫu nhé.", datetime(2024, 11, 14, 7, 40), 68)],
             notes=["posted yesterday evening: 'hôm qua lúc 20:40' (datetime '2024-11-13T20:40:00+07:00'); notice 'Số: "
                    "35/TB-LMHTX' signed 12/11; the office account 'Ban Biên tập' is no author, the signer is text; the "
                    "file field 'Tệp đính kèm: TB-35-LMHTX.pdf (184,2 KB)' is the attachment; a comment and a reply "
                    "(data-level 2) with their own relative dates"]),
        dict(ctype="news", cat="hoat-dong", slug="htx-muoi-dong-hai-co-san-pham-muoi-ham-dat-ocop-4-sao",
             when=datetime(2024, 11, 3, 9, 20), user=1, hits=408, rating=5, tags=["muối", "OCOP"],
             title="HTX Muối Đông Hải có sản phẩm muối hầm đạt OCOP 4 sao",
             body="""
Sản phẩm muối hầm Đông Hải của HTX Muối Đông Hải (huyện Đông Hải) vừa được UBND tỉnh công nhận đạt OCOP 4 sao.
Muối hầm được làm theo phương pháp truyền thống, hầm trong lò đất từ 3 đến 5 ngày.
## Kết quả sản xuất năm 2024
| Sản phẩm | Sản lượng (tấn) | Giá bán (đồng/kg) |
| Muối hạt sạch | 1.200 | 3.500 |
| Muối hầm | 85 | 25.000 |
| Muối tôm | 12 | 60.000 |
Bài, ảnh: Quốc Tuấn
""", author="Quốc Tuấn",
             comments=[(52, 7, "Muối hầm Đông Hải ăn rất ngon, chúc mừng HTX!", datetime(2024, 11, 4, 7, 31), 0)],
             notes=["older than two days: 'Ngày đăng' shows '3 tháng 11 2024' without the time; <time datetime="
                    "'2024-11-03T09:20:00+07:00'> gives 09:20; posted by the office account, the closing 'Bài, ảnh: "
                    "Quốc Tuấn' is the author; a table under an <h3>"]),
        dict(ctype="news", cat="hoat-dong", slug="tap-huan-ban-hang-truc-tuyen-cho-htx-nam-2024",
             when=datetime(2024, 10, 28, 14, 0), user=4, hits=211, rating=1, tags=["HTX"],
             title="Tập huấn bán hàng trực tuyến cho 50 cán bộ HTX",
             body="""
Từ ngày 24 đến 26/10, Liên minh HTX tỉnh tổ chức lớp tập huấn bán hàng trực tuyến cho 50 cán bộ quản lý HTX.
Nội dung tập huấn gồm:
* Xây dựng gian hàng trên sàn Postmart, Voso;
* Chụp ảnh, quay video sản phẩm bằng điện thoại;
* Livestream bán hàng và chăm sóc khách hàng.
""", author="Trần Mỹ Linh", comments=[],
             notes=["a list (one line per item); 'Tác giả:' the staff account -> author"]),
        dict(ctype="news", cat="hoat-dong", slug="hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-8",
             when=datetime(2024, 10, 16, 15, 30), user=1, hits=176, rating=0, tags=["HTX"],
             title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 8, khóa VI",
             body="""
Ngày 16/10, Ban Chấp hành Liên minh HTX tỉnh Bạc Liêu khóa VI tổ chức hội nghị lần thứ 8.
Hội nghị thống nhất đề án thành lập mới 20 HTX nông nghiệp trong năm 2025 và kế hoạch chuẩn bị đại hội nhiệm kỳ mới.
Theo Báo Bạc Liêu
""", author=None, comments=[],
             notes=["'Theo Báo Bạc Liêu' closes the text: a reprint posted by the office account, no author"]),
        dict(ctype="news", cat="hoat-dong", slug="htx-nuoi-tom-cong-nghe-cao-vinh-thinh-thu-hoach-vu-2",
             when=datetime(2024, 9, 30, 7, 10), user=4, hits=233, rating=3, tags=["tôm"],
             title="HTX nuôi tôm công nghệ cao Vĩnh Thịnh thu hoạch vụ 2",
             body="""
HTX nuôi tôm công nghệ cao Vĩnh Thịnh (huyện Hòa Bình) thu hoạch vụ tôm thứ 2 năm 2024 với năng suất bình quân 35 tấn/ha.
HTX áp dụng quy trình nuôi ba giai đoạn trong nhà màng, giảm rủi ro dịch bệnh.
""", author="Trần Mỹ Linh", comments=[],
             notes=["only on /news?page=2 (and its category and tag lists)"]),
        dict(ctype="news", cat="thong-bao", slug="ke-hoach-to-chuc-ngay-hop-tac-xa-viet-nam-2024",
             when=datetime(2024, 9, 20, 10, 0), user=1, hits=98, rating=0, tags=[],
             title="Kế hoạch tổ chức các hoạt động kỷ niệm Ngày Hợp tác xã Việt Nam năm 2024",
             body="""
Số: 28/KH-LMHTX
Thực hiện hướng dẫn của Liên minh HTX Việt Nam, Liên minh HTX tỉnh xây dựng kế hoạch kỷ niệm Ngày Hợp tác xã Việt Nam 11/4.
Các hoạt động gồm tuyên truyền trên báo, đài địa phương và biểu dương các HTX tiêu biểu.
""", author=None, doc="28/KH-LMHTX", comments=[],
             notes=["the oldest news: only on /news?page=2 and /news/thong-bao; a plan 'Số: 28/KH-LMHTX' with no "
                    "signature and no byline: author null"]),
        dict(ctype="posts", cat=None, slug="kinh-nghiem-chuyen-doi-sang-mo-hinh-tom-lua-huu-co",
             when=datetime(2024, 11, 10, 21, 5), user=7, hits=64, rating=4, tags=["tôm", "lúa"],
             title="Kinh nghiệm chuyển đổi sang mô hình tôm - lúa hữu cơ",
             body="""
Gia đình tôi chuyển sang mô hình tôm - lúa hữu cơ từ năm 2021, khi tham gia HTX Tôm lúa Phước Long.
Vụ lúa không dùng phân, thuốc hóa học; phụ phẩm rơm rạ làm thức ăn tự nhiên cho tôm ở vụ sau.
## Một vài lưu ý
+ Cải tạo mương bao sâu ít nhất 1,2 m;
+ Rửa mặn kỹ trước khi xuống giống lúa;
+ Thả tôm giống đã kiểm dịch, mật độ thưa.
""", author="Lâm Văn Phúc",
             comments=[(63, 4, "Cảm ơn anh Phúc đã chia sẻ kinh nghiệm rất thiết thực.", datetime(2024, 11, 11, 8, 20), 0)],
             notes=["a member's post (/posts/…): 'Tác giả: Lâm Văn Phúc' (a person's account) is the author; '10 "
                    "tháng 11 2024' + datetime 21:05; an ordered list"]),
        dict(ctype="posts", cat=None, slug="gioi-thieu-san-pham-muoi-tom-dong-hai",
             when=datetime(2024, 10, 5, 16, 45), user=9, hits=120, rating=0, tags=["muối"],
             title="Giới thiệu sản phẩm muối tôm Đông Hải",
             body="""
Muối tôm của HTX được làm từ muối hạt Đông Hải, tôm khô và ớt tươi, không dùng chất bảo quản.
[img muoi-tom.jpg] Sản phẩm muối tôm đóng hũ 200 gram
Khách hàng đặt mua liên hệ Văn phòng HTX tại xã Long Điền Đông.
""", author=None, comments=[],
             notes=["a post by the cooperative's account 'HTX Muối Đông Hải' (an organisation): no author"]),
    ]


def _page(site: SiteBuild, path: str, html: str) -> None:
    """Every page a route (nginx -> index.php: /news and /news/hoat-dong are both pages, no files)."""
    site.page(path, html, content_type="text/html; charset=utf-8")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-lieu", f"{NAME} (InstantCMS)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += CHROME
    specs = sorted(items(), key=lambda s: s["when"], reverse=True)
    for s in specs:
        s["url"] = f"/{s['ctype']}/{s['slug']}.html"
    news = [s for s in specs if s["ctype"] == "news"]
    posts = [s for s in specs if s["ctype"] == "posts"]
    cats = {"hoat-dong": "Hoạt động", "thong-bao": "Thông báo"}
    all_tags = sorted({t for s in specs for t in s["tags"]})

    def tag_href(t: str) -> str:
        return "/tags/" + quote(t)

    def layout(title: str, main: str, crumbs: list[tuple[str, str | None]], og: str = "", desc: str = "") -> str:
        bc = "".join(f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' if h else
                     f'<li class="breadcrumb-item active">{esc(t)}</li>' for t, h in crumbs)
        cloud = " ".join(f'<a class="tags_bar_link" style="font-size: {12 + len(t) % 4}px;" href="{tag_href(t)}">'
                         f'{esc(t)}</a>' for t in all_tags)
        members = "".join(f'<a href="/users/{u}" title="{attr(n)}"><img class="img-fluid rounded-circle" '
                          f'src="/upload/default/avatar_small.png" alt="{attr(n)}"></a>' for u, n in USERS.items())
        d = f'<meta name="description" content="{attr(desc)}">\n' if desc else ""
        return f"""<!DOCTYPE html>
<html lang="vi" class="min-vh-100">
<head>
<title>{esc(title)}</title>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta content="InstantCMS" name="generator">
{d}{og}<link rel="search" type="application/opensearchdescription+xml" href="/search/opensearch" title="Tìm kiếm trên {attr(NAME)}">
<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/rss/feed/news">
<link rel="stylesheet" type="text/css" href="/templates/modern/css/theme.css?1699950000">
<script src="/templates/modern/js/vendors/jquery.min.js"></script>
<script src="/templates/modern/js/core.js"></script>
</head>
<body id="desktop_device_type" data-device="desktop" class="d-flex flex-column min-vh-100">
<header>
 <div class="icms-header__top"><div class="container d-flex justify-content-end"><ul class="menu-header nav">
  <li class="ajax-modal key nav-item"><a title="Đăng nhập" class="nav-link" href="/auth/login">Đăng nhập</a></li>
  <li class="user_add nav-item"><a title="Đăng ký" class="nav-link" href="/auth/register">Đăng ký</a></li>
 </ul></div></div>
 <div class="icms-header__middle container"><a class="navbar-brand" href="/"><img src="/templates/modern/images/logo.png" alt="{attr(NAME)}"></a>
  <span class="icms-header__slogan">Kết nối cộng đồng hợp tác xã, tổ hợp tác tỉnh Bạc Liêu</span></div>
 <div class="icms-header__bottom border-bottom"><div class="container"><nav class="navbar p-0 navbar-expand-lg"><ul class="navbar-nav menu-main">
  <li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>
  <li class="nav-item"><a class="nav-link" href="/news">Tin tức</a></li>
  <li class="nav-item"><a class="nav-link" href="/posts">Bài viết</a></li>
  <li class="nav-item"><a class="nav-link" href="/groups">Nhóm</a></li>
  <li class="nav-item"><a class="nav-link" href="/activity">Hoạt động</a></li>
  <li class="nav-item"><a class="nav-link" href="/users">Thành viên</a></li>
 </ul></nav></div></div>
</header>
<div class="container"><ol class="breadcrumb mb-0 px-0 bg-transparent">{bc}</ol></div>
<main class="container mb-3"><div class="row">
 <section class="col-lg-8">
{main}
 </section>
 <aside class="col-lg-4">
  <div class="icms-widget card mb-3"><h3 class="h5 card-header">Đám mây thẻ</h3><div class="card-body tags_cloud">{cloud}</div></div>
  <div class="icms-widget card mb-3"><h3 class="h5 card-header">Thành viên mới</h3><div class="card-body">{members}</div></div>
 </aside>
</div></main>
<footer class="icms-footer__bottom mt-auto"><div class="container d-flex justify-content-between">
 <div class="copyright">{esc(FOOT)}</div>
 <div class="info"><a href="{{{{base:offsite}}}}/instantcms/" target="_blank">Powered by InstantCMS</a></div>
</div></footer>
</body>
</html>
"""

    def user_link(u: int, avatar: bool = True) -> str:
        img = ('<img class="img-fluid rounded-circle mr-2" src="/upload/default/avatar_small.png" alt="">'
               if avatar else "")
        return f'<a href="/users/{u}" class="d-flex align-items-center">{img}{esc(USERS[u])}</a>'

    def body_html(s: dict) -> str:
        out = []
        for b in parse_rich(s["body"]):
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
            elif b.kind == "table":
                out.append('<figure class="table">' + table_html(b, "table", border=False) + "</figure>")
            elif b.kind == "img":
                src = f"/upload/000/u{s['user']}/{b.src}"
                site.binary(src, image_for(src))
                cap = f"<figcaption>{esc(b.text)}</figcaption>" if b.text else ""
                out.append(f'<figure class="image"><img src="{src}" alt="">{cap}</figure>')
        return "\n".join(out)

    def info_bar(s: dict, in_list: bool = False) -> str:
        r = s["rating"]
        rating = (f'<div class="bar_item bi_rating"><div class="rating_widget d-flex align-items-center">'
                  f'<span class="arrow up disabled"></span><span class="score {"positive" if r else "zero"}">'
                  f'{"+" + str(r) if r else "0"}</span><span class="arrow down disabled"></span></div></div>')
        date = (f'<div class="bar_item bi_date_pub" title="Ngày đăng"><svg class="icms-svg-icon w-16" '
                f'fill="currentColor"><use href="/templates/modern/images/icons/solid.svg#calendar-alt"></use></svg> '
                f'<time datetime="{s["when"]:%Y-%m-%dT%H:%M:%S}+07:00">{vdate(s["when"])}</time></div>')
        if in_list:
            return (f'<div class="info_bar">{date}<div class="bar_item bi_user" title="Tác giả">'
                    f'{user_link(s["user"], False)}</div><div class="bar_item bi_comments"><a href="{s["url"]}#comments">'
                    f'{len(s["comments"])}</a></div></div>')
        return (f'<div class="info_bar">{rating}{date}<div class="bar_item bi_hits" title="Lượt xem">'
                f'<svg class="icms-svg-icon w-16" fill="currentColor"><use href="/templates/modern/images/icons/'
                f'solid.svg#eye"></use></svg> {s["hits"]}</div><div class="bar_item bi_share"><span>Chia sẻ</span> '
                f'<a href="javascript:void(0)" class="share-fb">Facebook</a> <a href="javascript:void(0)" '
                f'class="share-zalo">Zalo</a></div></div>')

    def comments_html(s: dict) -> str:
        def one(c: tuple) -> str:
            cid, u, text, when, parent = c
            level = 2 if parent else 1
            indent = ' style="margin-left: 30px"' if parent else ""
            return (f'<div id="comment_{cid}" class="comment media my-3" data-level="{level}"{indent}>'
                    f'<a href="/users/{u}" class="mr-2"><img class="img-fluid rounded-circle" '
                    f'src="/upload/default/avatar_small.png" alt=""></a><div class="media-body">'
                    f'<h6 class="d-flex align-items-center mb-2"><a class="user" href="/users/{u}">{esc(USERS[u])}</a>'
                    f' <small class="text-muted ml-2">{cdate(when)}</small> <a href="#comment_{cid}" '
                    f'class="text-muted ml-2">#</a></h6><div class="icms-comment-html text-break">{esc(text)}</div>'
                    f'<div class="comment_links"><a href="javascript:void(0)" class="reply">Trả lời</a></div></div></div>')
        lst = "".join(one(c) for c in s["comments"])
        return (f'<div id="comments_widget" class="tabs-menu icms-comments__tabs mt-4"><a name="comments"></a>'
                f'<ul class="nav nav-tabs"><li class="nav-item"><a class="nav-link active" href="#">Bình luận '
                f'({len(s["comments"])})</a></li></ul><div id="comments_list" class="my-3">{lst}</div>'
                f'<div class="alert alert-info">{GUEST.replace("đăng nhập", "<a href=/auth/login>đăng nhập</a>")}</div></div>')

    for s in specs:
        tags = ""
        if s["tags"]:
            tags = ('<div class="tags_bar mt-3">' + " ".join(
                f'<a class="btn btn-outline-secondary btn-sm mr-1 mb-1" href="{tag_href(t)}">{esc(t)}</a>'
                for t in s["tags"]) + "</div>")
        file_field = ""
        if s.get("file"):
            label, href, size = s["file"]
            file_field = (f'<div class="field ft_file f_doc"><div class="field_label title_left">Tệp đính kèm: </div>'
                          f'<div class="value"><a class="file_download" href="{href}">{esc(label)}</a> '
                          f'<span class="size">{size}</span></div></div>')
            site.binary(href, pdf(s["title"], ["LIEN MINH HTX TINH BAC LIEU", "SO: 35/TB-LMHTX"]))
        related = [x for x in specs if x is not s and x["ctype"] == s["ctype"]][:3]
        rel = ('<div class="content_related mt-4"><h3 class="h5">Tin liên quan</h3><ul class="list-unstyled">'
               + "".join(f'<li><a href="{x["url"]}">{esc(x["title"])}</a> <small class="text-muted">'
                         f'{vdate(x["when"])}</small></li>' for x in related) + "</ul></div>")
        main = f"""<h1>{esc(s['title'])}</h1>
<div class="content_item {s['ctype']}_item clearfix text-break my-3">
 <div class="icms-content-fields">
  <div class="field ft_user f_user auto_field"><div class="field_label title_left">Tác giả: </div><div class="value">{user_link(s['user'])}</div></div>
  <div class="field ft_html f_content"><div class="value">
{body_html(s)}
  </div></div>
  {file_field}
 </div>
 {tags}
 {info_bar(s)}
</div>
{rel}
{comments_html(s)}"""
        if s["ctype"] == "news":
            crumbs = [("Trang chủ", "/"), ("Tin tức", "/news"), (cats[s["cat"]], f"/news/{s['cat']}"),
                      (s["title"], None)]
        else:
            crumbs = [("Trang chủ", "/"), ("Bài viết", "/posts"), (s["title"], None)]
        first = next(b.lines()[0] for b in parse_rich(s["body"]) if b.kind == "p")
        desc = first[:180]
        og = (f'<meta property="og:title" content="{attr(s["title"])}">\n<meta property="og:type" content="article">\n'
              f'<meta property="og:url" content="{{{{base}}}}{s["url"]}">\n'
              f'<meta property="og:description" content="{attr(desc)}">\n')
        _page(site, s["url"], layout(f"{s['title']} — {NAME}", main, crumbs, og, desc))
        art = RichArticle(path=s["url"], title=s["title"], date=s["when"], body=s["body"], author=s["author"],
                          published=iso(s["when"]), published_source="date-element",
                          evidence=["date-element"] if (NOW.date() - s["when"].date()).days <= 1
                          else ["date-element", "listing"], doc_number=s.get("doc"), notes=s["notes"])
        if s.get("file"):
            art.attachments = [{"path": s["file"][1], "text": s["file"][0]}]
            site.extra_boilerplate.append(s["file"][2])
        site.add_article(art)
        site.extra_boilerplate += [c[2] for c in s["comments"]]
    site.trap("the info bar under the text dates the item: relative ('hôm nay lúc 08:15', 'hôm qua lúc 20:40') for "
              "the last two days, '3 tháng 11 2024' (no time) before; <time datetime> holds the local time with "
              "+07:00", news[0]["url"])
    site.trap("'Tác giả:' names the posting account (with its avatar): a person's account is the author, the office "
              "account 'Ban Biên tập' and a cooperative's account are not", news[1]["url"])

    # lists
    def list_item(s: dict) -> str:
        first = next(b.lines()[0] for b in parse_rich(s["body"]) if b.kind == "p")
        return (f'<div class="content_list_item {s["ctype"]}_list_item mb-3 mb-md-4"><div class="icms-content-fields">'
                f'<div class="field ft_caption f_title"><h2 class="h3 m-0"><a href="{s["url"]}">{esc(s["title"])}</a>'
                f'</h2></div><div class="field ft_text f_teaser">{esc(first[:150])}…</div></div>'
                f'{info_bar(s, True)}</div>')

    def list_pages(base: str, heading: str, chosen: list[dict], crumbs: list, tabs: str = "") -> None:
        chunks = [chosen[i:i + PER_PAGE] for i in range(0, len(chosen), PER_PAGE)] or [[]]
        for k, chunk in enumerate(chunks, 1):
            pag = ""
            if len(chunks) > 1:
                lis = "".join(f'<li class="page-item active"><span class="page-link">{j}</span></li>' if j == k else
                              f'<li class="page-item"><a class="page-link" href="{base}{"" if j == 1 else f"?page={j}"}">'
                              f"{j}</a></li>" for j in range(1, len(chunks) + 1))
                nxt = (f'<li class="page-item"><a class="page-link" href="{base}?page={k + 1}">Tiếp →</a></li>'
                       if k < len(chunks) else "")
                pag = f'<nav><ul class="pagination">{lis}{nxt}</ul></nav>'
            main = (f'<h1>{esc(heading)}</h1>{tabs}<div class="content_list default_list">'
                    + "".join(list_item(s) for s in chunk) + f"</div>{pag}")
            path = base if k == 1 else f"{base}?page={k}"
            _page(site, path, layout(f"{heading} — {NAME}" if k == 1 else f"{heading} — trang {k} — {NAME}", main,
                                   crumbs))
            site.non_articles.append(path)

    cat_tabs = ('<ul class="nav nav-pills mb-3">' + "".join(f'<li class="nav-item"><a class="nav-link" '
                                                             f'href="/news/{c}">{esc(n)}</a></li>'
                                                             for c, n in cats.items()) + "</ul>")
    list_pages("/news", "Tin tức", news, [("Trang chủ", "/"), ("Tin tức", None)], cat_tabs)
    for c, n in cats.items():
        list_pages(f"/news/{c}", n, [s for s in news if s["cat"] == c],
                   [("Trang chủ", "/"), ("Tin tức", "/news"), (n, None)], cat_tabs)
    list_pages("/posts", "Bài viết", posts, [("Trang chủ", "/"), ("Bài viết", None)])
    for t in all_tags:
        target = "/tags/content-news/" + quote(t)
        site.redirect(tag_href(t), target)
        tagged = [s for s in specs if t in s["tags"]]
        main = (f'<h1>Thẻ «{esc(t)}»</h1><ul class="nav nav-tabs mb-3"><li class="nav-item"><a class="nav-link active" '
                f'href="{target}">Tin tức</a></li></ul><div class="content_list default_list">'
                + "".join(list_item(s) for s in tagged) + "</div>")
        _page(site, target, layout(f"Thẻ «{t}» — {NAME}", main, [("Trang chủ", "/"), ("Thẻ", None)]))
        site.non_articles.append(target)
    site.trap("/news shows 5 news with their relative dates; its Bootstrap pager leads to /news?page=2, which alone "
              "(with the category pages) holds the two oldest", "/news?page=2")
    site.trap("tag links /tags/<tag> answer 301 to /tags/content-news/<tag> (the tag's list per content type): "
              "listings", "/tags/content-news/" + quote("tôm"))

    # activity, groups, users, home
    acts = "".join(f'<div class="icms-activity__item media mb-3"><a href="/users/{s["user"]}"><img class="img-fluid '
                   f'rounded-circle mr-2" src="/upload/default/avatar_small.png" alt=""></a><div class="media-body">'
                   f'<a href="/users/{s["user"]}">{esc(USERS[s["user"]])}</a> đã thêm '
                   f'{"tin tức" if s["ctype"] == "news" else "bài viết"} <a href="{s["url"]}">{esc(s["title"])}</a>'
                   f'<div class="text-muted small">{cdate(s["when"])}</div></div></div>' for s in specs[:7])
    _page(site, "/activity", layout(f"Hoạt động — {NAME}", f'<h1>Hoạt động</h1><div class="icms-activity">{acts}</div>',
                                  [("Trang chủ", "/"), ("Hoạt động", None)]))
    _page(site, "/groups", layout(f"Nhóm — {NAME}", '<h1>Nhóm</h1><div class="content_list"><div class="media"><a '
                                'href="/groups/htx-tom-lua-bac-lieu">Nhóm HTX tôm - lúa Bạc Liêu</a> <span '
                                'class="text-muted">24 thành viên</span></div></div>',
                                [("Trang chủ", "/"), ("Nhóm", None)]))
    _page(site, "/groups/htx-tom-lua-bac-lieu", layout(
        f"Nhóm HTX tôm - lúa Bạc Liêu — {NAME}", '<h1>Nhóm HTX tôm - lúa Bạc Liêu</h1><p>Nơi trao đổi kinh nghiệm sản '
        'xuất tôm - lúa của các HTX và thành viên.</p><div class="info_bar"><div class="bar_item bi_date_pub" '
        'title="Ngày tạo">12 tháng 3 2022</div><div class="bar_item bi_user">' + user_link(7, False) + "</div></div>"
        + f'<h3>Bài viết của nhóm</h3><ul><li><a href="{posts[0]["url"]}">{esc(posts[0]["title"])}</a></li></ul>',
        [("Trang chủ", "/"), ("Nhóm", "/groups"), ("Nhóm HTX tôm - lúa Bạc Liêu", None)]))
    users = "".join(f'<li><a href="/users/{u}">{esc(n)}</a></li>' for u, n in USERS.items())
    _page(site, "/users", layout(f"Thành viên — {NAME}", f"<h1>Thành viên</h1><ul>{users}</ul>",
                               [("Trang chủ", "/"), ("Thành viên", None)]))
    site.non_articles += ["/activity", "/groups", "/groups/htx-tom-lua-bac-lieu", "/users"]
    for u, n in USERS.items():
        mine = [s for s in specs if s["user"] == u]
        li = "".join(f'<li><a href="{s["url"]}">{esc(s["title"])}</a></li>' for s in mine)
        _page(site, f"/users/{u}", layout(f"{n} — {NAME}", f'<h1>{esc(n)}</h1><div class="text-muted">Trên trang từ '
                                        f'năm 2021</div><h3>Nội dung</h3><ul>{li}</ul>',
                                        [("Trang chủ", "/"), ("Thành viên", "/users"), (n, None)]))
        site.non_articles.append(f"/users/{u}")
    site.trap("/activity: the users' activity feed ('Trần Mỹ Linh đã thêm tin tức …', relative ages), groups and "
              "profiles: no articles", "/activity")
    home = ('<h1 class="sr-only">' + esc(NAME) + '</h1><h2>Tin mới</h2><div class="content_list default_list">'
            + "".join(list_item(s) for s in news[:4]) + '</div><h2>Bài viết mới</h2><div class="content_list">'
            + "".join(list_item(s) for s in posts[:2]) + "</div>")
    _page(site, "/", layout(NAME, home, [("Trang chủ", None)]))
    site.non_articles.append("/")
    for p in ("/auth/login", "/auth/register"):
        _page(site, p, layout(f"Đăng nhập — {NAME}", '<h1>Đăng nhập</h1><form method="post"><input type="text" '
                            'name="login_email"><input type="password" name="password"></form>',
                            [("Trang chủ", "/"), ("Đăng nhập", None)]))
        site.never_fetched.append(p)

    def rfc(d: datetime) -> str:
        return d.strftime("%a, %d %b %Y %H:%M:%S +0700")
    rss = "".join(f"<item><title>{esc(s['title'])}</title><link>{{{{base}}}}{s['url']}</link><pubDate>"
                  f"{rfc(s['when'])}</pubDate><guid>{{{{base}}}}{s['url']}</guid></item>" for s in news)
    site.page("/rss/feed/news", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Tin tức'
              f"</title><link>{{{{base}}}}/news</link><description>{esc(NAME)}</description>{rss}</channel></rss>\n",
              content_type="application/rss+xml; charset=utf-8")
    site.page("/search/opensearch", '<?xml version="1.0" encoding="UTF-8"?>\n<OpenSearchDescription xmlns="http://a9.com/'
              f'-/spec/opensearch/1.1/"><ShortName>{esc(NAME)}</ShortName><Url type="text/html" template="{{{{base}}}}'
              '/search?q={searchTerms}"/></OpenSearchDescription>\n', content_type="application/opensearchdescription+xml")
    site.never_fetched.append("/search/opensearch")
    site.static("/robots.txt", "User-agent: *\nDisallow: /auth/\nDisallow: /admin/\nDisallow: /search\n")
    for p in ("/upload/default/avatar_small.png", "/templates/modern/images/logo.png"):
        site.binary(p, image_for(p))
    return site
