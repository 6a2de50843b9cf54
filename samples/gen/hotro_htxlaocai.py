"""Site `hotro-htxlaocai` (registry family `generic`): "Trung tâm hỗ trợ Liên minh HTX tỉnh Lào Cai", a **Zendesk Guide
help center** (host-mapped, Copenhagen theme with the alliance's colours and logo, locale `vi`, account time zone
Hà Nội) that the alliance uses as its notice board for cooperatives: notices, guides and news are help-center
articles. The copy is of 20 March 2025, 10:00 (Vietnam time). Written as a held-out test: no family module, no
selectors.

What is an article here: a help-center article `/hc/vi/articles/<id>-<slug>`, the slug built by Zendesk from the
title with its Vietnamese letters kept (percent-encoded in the links: `…/360041183512-Th%C3%B4ng-b%C3%A1o-…`). The
bare `/hc/vi/articles/<id>` and the locale-less `/hc/articles/<id>` answer 301 to it (aliases); the "Bài viết liên
quan" links go through `/hc/vi/related/click?data=…` (a 302 to the article: an alias too).

URL shapes: `/` and `/hc` answer 302 to the home `/hc/vi` (search, the two categories' blocks, three promoted
articles, "Hoạt động gần đây"); categories `/hc/vi/categories/<id>-<slug>` (each section with its first six articles
and "Xem tất cả N bài viết"); sections `/hc/vi/sections/<id>-<slug>` (every article of the section: the oldest news is
only there); the feed `/hc/vi/articles.atom`; `/hc/sitemap.xml` (named in robots.txt, `<lastmod>` = updated); files
`/hc/article_attachments/<id>/<file name>`. robots.txt disallows the request form, the sign-in, search and the
follow (subscription) links.

Why it is hard: Zendesk chrome on every page (header "Gửi yêu cầu" / "Đăng nhập", the breadcrumbs, the search box,
"Theo dõi", the vote box "Bài viết này có hữu ích không?" with "Có"/"Không" and "Số người thấy hữu ích: 2 trên 3", "Có
thêm câu hỏi? Gửi yêu cầu", "Quay lại đầu trang", "Bài viết liên quan", the comments "Nhận xét" with their own dates,
the footer). The date is `<time datetime="…Z" title="yyyy-MM-dd HH:mm" data-datetime="relative">6 ngày trước</time>`:
the attribute in UTC (a 06:15 post is on the previous day there), the title in the account's zone, the text a
relative age against the copy's day. An edited article shows ONLY its edit time followed by "Đã cập nhật": that is
no publication date (the notice's own date, confirmed by the feed's `<published>`, is). The name beside the avatar is
the Zendesk agent who wrote the article: the office's account "Văn phòng LMHTX Lào Cai" is no author (a closing
byline is), a staff member's own account with no byline is the author. `<title>` is "<title> – Trung tâm hỗ trợ …";
og tags and the canonical link carry no date.
"""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "hotro-htxlaocai"
HC = "Trung tâm hỗ trợ Liên minh HTX tỉnh Lào Cai"
NOW = datetime(2025, 3, 20, 10, 0)
UTC = timedelta(hours=7)
OFFICE = ("Văn phòng LMHTX Lào Cai", 381120045)
STAFF = {"mai": ("Hoàng Thị Mai", 381120191), "tuan": ("Lò Văn Tuấn", 381120233)}
CATS = {"tb": (360001192711, "Thông báo - Văn bản"), "tin": (360001192731, "Tin hoạt động")}
SECTIONS = {"thongbao": (360004201511, "Thông báo", "tb"), "huongdan": (360004201531, "Hướng dẫn thủ tục", "tb"),
            "tintuc": (360004201551, "Tin tức HTX", "tin")}
CHROME = ["Gửi yêu cầu", "Đăng nhập", "Theo dõi", "Bài viết này có hữu ích không?", "Có thêm câu hỏi?", "Quay lại đầu trang",
          "Bài viết liên quan", "Nhận xét", "Được hỗ trợ bởi Zendesk", HC]


def slug(title: str) -> str:
    return re.sub(r"[\W_]+", "-", title).strip("-")


def zd_path(kind: str, id_: int, name: str) -> str:
    return f"/hc/vi/{kind}/{id_}-{quote(slug(name), safe='-')}"


def utcz(d: datetime) -> str:
    return (d - UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ago(d: datetime) -> str:
    delta = NOW - d
    days = delta.days
    if days < 1:
        h = delta.seconds // 3600
        return f"{h} giờ trước" if h else "vài phút trước"
    if days < 30:
        return f"{days} ngày trước"
    if days < 365:
        return f"{days // 30} tháng trước"
    return f"{days // 365} năm trước"


def time_el(d: datetime) -> str:
    return f'<time datetime="{utcz(d)}" title="{d:%Y-%m-%d %H:%M}" data-datetime="relative">{ago(d)}</time>'


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, listing: bool = True) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element",
                    evidence=["date-element"] + (["listing"] if listing else []))

    return [
        A(path="", title="Thông báo số 09/TB-LMHTX về việc tổ chức Hội chợ sản phẩm OCOP và HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH LÀO CAI
Số: 09/TB-LMHTX
Lào Cai, ngày 17 tháng 3 năm 2025
THÔNG BÁO
Về việc tổ chức Hội chợ sản phẩm OCOP và HTX năm 2025
Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm OCOP và HTX năm 2025 từ ngày 25/4 đến ngày 29/4/2025 tại Quảng trường Hà Nội 1, phường Cốc Lếu, thành phố Lào Cai.
Các HTX có nhu cầu tham gia gửi phiếu đăng ký gian hàng về Văn phòng Liên minh HTX tỉnh trước ngày 10/4/2025. Mỗi HTX được hỗ trợ 01 gian hàng tiêu chuẩn.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Giàng Seo Vàng
""", author=None, doc_number="09/TB-LMHTX",
          attachments=[{"path": "/hc/article_attachments/38112700452117/Phieu-dang-ky-gian-hang-2025.pdf",
                        "text": "Phieu-dang-ky-gian-hang-2025.pdf"}],
          opts={"id": 360041183512, "sec": "thongbao", "by": OFFICE, "votes": (2, 3), "promoted": True},
          notes=["a notice 'Số: 09/TB-LMHTX' by the office's agent account 'Văn phòng LMHTX Lào Cai': no author, the "
                 "signer is text; the attachment list under the body (file name, size, 'Tải xuống'): an attachment, "
                 "not text; <time datetime='2025-03-17T07:45:00Z' title='2025-03-17 14:45'>3 ngày trước</time>; the "
                 "notice's own date (17/3) agrees"],
          **{**at(datetime(2025, 3, 17, 14, 45)), "evidence": ["date-element", "document", "listing"]}),
        A(path="", title="HTX Chè Shan tuyết Tả Phìn đón nhận chứng nhận OCOP 4 sao",
          body="""
Ngày 13/3, HTX Chè Shan tuyết Tả Phìn (thị xã Sa Pa) đón nhận chứng nhận sản phẩm OCOP 4 sao cho sản phẩm chè Shan tuyết cổ thụ.
[img ta-phin-che-1.png] Thành viên HTX thu hái chè Shan tuyết cổ thụ ở độ cao 1.600 m
[img ta-phin-che-2.png] Sản phẩm chè của HTX được đóng hộp, dán tem truy xuất nguồn gốc
HTX hiện có 42 thành viên, liên kết với hơn 150 hộ đồng bào Dao đỏ chăm sóc 80 ha chè cổ thụ.
""", byline="Bài, ảnh: Lò Văn Tuấn", author="Lò Văn Tuấn",
          opts={"id": 360041180871, "sec": "tintuc", "by": STAFF["tuan"], "votes": (5, 5), "promoted": True,
                "comments": [("Sùng A Páo", datetime(2025, 3, 15, 20, 12),
                              "Chúc mừng HTX! Cho hỏi mua chè ở đâu tại thành phố Lào Cai ạ?"),
                             (OFFICE[0], datetime(2025, 3, 16, 8, 3),
                              "Chào anh, sản phẩm có bán tại Điểm giới thiệu sản phẩm OCOP, số 2 đường Hoàng Liên.")]},
          notes=["published at 06:15 on 14/3 (Vietnam): datetime='2025-03-13T23:15:00Z' is the previous day in UTC; the "
                 "title attribute '2025-03-14 06:15' and the text '6 ngày trước'; photo story with <figcaption> "
                 "captions; two comments under it ('Nhận xét', the office answering) are no text; 'Bài, ảnh: Lò Văn "
                 "Tuấn' -> author"],
          **at(datetime(2025, 3, 14, 6, 15))),
        A(path="", title="Hướng dẫn hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX tỉnh Lào Cai",
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh Lào Cai cho các HTX, liên hiệp HTX vay vốn để đầu tư mở rộng sản xuất, kinh doanh. Hồ sơ vay vốn gồm:
## Hồ sơ pháp lý
* Giấy chứng nhận đăng ký HTX;
* Điều lệ HTX và Nghị quyết Đại hội thành viên về việc vay vốn.
## Hồ sơ dự án
* Dự án hoặc phương án sản xuất, kinh doanh;
* Báo cáo tài chính 02 năm gần nhất.
Thời gian thẩm định hồ sơ không quá 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.
""", author="Hoàng Thị Mai",
          opts={"id": 360041168232, "sec": "huongdan", "by": STAFF["mai"], "votes": (0, 0), "promoted": True},
          notes=["written by the staff member's own agent account 'Hoàng Thị Mai' (avatar, profile link) and no byline "
                 "in the body: she is the author; two <h2> headings, two lists; '2 tháng trước' (title '2025-01-08 "
                 "09:30')"],
          **at(datetime(2025, 1, 8, 9, 30))),
        A(path="", title="Thông báo số 02/TB-LMHTX về lịch nghỉ Tết Nguyên đán Ất Tỵ 2025",
          body="""
Số: 02/TB-LMHTX
Lào Cai, ngày 13 tháng 01 năm 2025
Thực hiện thông báo của UBND tỉnh, cơ quan Liên minh HTX tỉnh nghỉ Tết Nguyên đán Ất Tỵ từ ngày 25/01/2025 đến hết ngày 02/02/2025.
Trong thời gian nghỉ Tết, các HTX cần hỗ trợ liên hệ đường dây nóng của Văn phòng: 0214.3820.118.
CHÁNH VĂN PHÒNG
Nguyễn Thị Thu Hằng
""", author=None, doc_number="02/TB-LMHTX",
          opts={"id": 360041161705, "sec": "thongbao", "by": OFFICE, "votes": (1, 1),
                "edited": datetime(2025, 2, 3, 16, 20)},
          notes=["EDITED after publication: the page shows only the edit time ('2025-02-03 16:20', '1 tháng trước') "
                 "followed by 'Đã cập nhật' — no publication date; the notice's own date 13/01/2025 (its text) is, and "
                 "the feed's <published> 2025-01-13T03:10:00Z agrees: published 2025-01-13 (midnight, source "
                 "document); the sitemap's <lastmod> is the edit"],
          date=datetime(2025, 1, 13, 10, 10), published=iso(datetime(2025, 1, 13), with_time=False),
          published_source="document", evidence=["document", "listing"]),
        A(path="", title="HTX Du lịch cộng đồng Tả Van đón khách dịp đầu năm",
          body="""
Những ngày đầu tháng 3, HTX Du lịch cộng đồng Tả Van (thị xã Sa Pa) đón hơn 2.500 lượt khách đến trải nghiệm homestay và văn hóa bản địa.
HTX có 24 hộ thành viên làm homestay, tổ chức các tour đi bộ qua ruộng bậc thang, học thêu thổ cẩm và nấu món ăn truyền thống của người Giáy.
Doanh thu của HTX trong hai tháng đầu năm đạt gần 1,8 tỷ đồng, tăng 30% so với cùng kỳ.
""", byline="Bài: Lò Văn Tuấn", author="Lò Văn Tuấn",
          opts={"id": 360041176302, "sec": "tintuc", "by": OFFICE, "votes": (2, 2)},
          notes=["posted by the office's account, 'Bài: Lò Văn Tuấn' closes it -> author; the age reads "
                 "'17 ngày trước' (days, up to a month)"],
          **at(datetime(2025, 3, 3, 11, 20))),
        A(path="", title="HTX Nông nghiệp Bản Lầu mở rộng vùng trồng chuối xuất khẩu",
          body="""
HTX Nông nghiệp Bản Lầu (huyện Mường Khương) vừa mở rộng vùng trồng chuối tiêu hồng xuất khẩu lên 320 ha.
Sản phẩm chuối của HTX được doanh nghiệp bao tiêu để xuất khẩu sang Trung Quốc và Hàn Quốc với giá ổn định 5.500 đồng/kg.
| Năm | Diện tích (ha) | Sản lượng (tấn) |
| 2022 | 180 | 5.400 |
| 2023 | 245 | 7.600 |
| 2024 | 320 | 9.900 |
HTX đang xây dựng nhà sơ chế, đóng gói đạt chuẩn để tự xuất khẩu trực tiếp.
""", byline="Theo Báo Lào Cai", author=None,
          opts={"id": 360041155418, "sec": "tintuc", "by": OFFICE, "votes": (1, 2)},
          notes=["a data table (one line per row); 'Theo Báo Lào Cai' closes it: a reprint, no author"],
          **at(datetime(2025, 2, 25, 15, 0))),
        A(path="", title="Liên minh HTX tỉnh tập huấn chuyển đổi số cho HTX nông nghiệp",
          body="""
Từ ngày 18 đến 20/2, Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho 45 cán bộ quản lý HTX nông nghiệp tại thành phố Lào Cai.
Học viên được hướng dẫn sử dụng phần mềm kế toán, đăng ký mã QR truy xuất nguồn gốc và đưa sản phẩm lên sàn thương mại điện tử.
Kết thúc lớp học, 20 HTX đã đăng ký gian hàng trên sàn Postmart và Voso.
""", byline="Hoàng Thị Mai", author="Hoàng Thị Mai",
          opts={"id": 360041150093, "sec": "tintuc", "by": OFFICE, "votes": (0, 0)},
          notes=["posted by the office's account, closed by 'Hoàng Thị Mai' (right-aligned): she is the author"],
          **at(datetime(2025, 2, 21, 16, 40))),
        A(path="", title="HTX Dược liệu Bắc Hà phát triển vùng trồng đương quy",
          body="""
HTX Dược liệu Bắc Hà hiện liên kết với 120 hộ dân trồng 65 ha cây đương quy theo tiêu chuẩn GACP-WHO.
[img duong-quy-bac-ha.png] Thành viên HTX thu hoạch củ đương quy
Mỗi ha đương quy cho thu nhập từ 250 đến 300 triệu đồng, cao gấp 3 lần trồng ngô.
""", byline="Lò Văn Tuấn", author="Lò Văn Tuấn",
          opts={"id": 360041141760, "sec": "tintuc", "by": STAFF["tuan"], "votes": (3, 4)},
          notes=["'1 tháng trước'; a single photo with its caption; byline -> author"],
          **at(datetime(2025, 1, 24, 8, 50))),
        A(path="", title="Hội nghị tổng kết công tác năm 2024 của Liên minh HTX tỉnh Lào Cai",
          body="""
Ngày 27/12, Liên minh HTX tỉnh Lào Cai tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
Năm 2024, toàn tỉnh thành lập mới 58 HTX, nâng tổng số lên 512 HTX; doanh thu bình quân đạt 2,1 tỷ đồng/HTX.
Hội nghị đã khen thưởng 18 HTX tiêu biểu trong phong trào thi đua năm 2024.
""", author=None,
          opts={"id": 360041120388, "sec": "tintuc", "by": OFFICE, "votes": (0, 0),
                "comments": [("Vàng A Chư", datetime(2024, 12, 30, 14, 5), "Xin danh sách các HTX được khen thưởng ạ.")]},
          notes=["posted by the office's account, no byline: author null; one comment under it"],
          **at(datetime(2024, 12, 27, 17, 30))),
        A(path="", title="HTX Mận Tam Hoa Bắc Hà chuẩn bị cho vụ hoa mận năm 2025",
          body="""
HTX Nông nghiệp Mận Tam Hoa Bắc Hà đang chăm sóc 90 ha mận chuẩn bị cho mùa hoa và phục vụ du lịch trải nghiệm năm 2025.
HTX phối hợp với các công ty lữ hành xây dựng tour tham quan vườn mận, trải nghiệm hái mận và thưởng thức ẩm thực địa phương.
""", byline="Tin: Vàng Thị Dua", author="Vàng Thị Dua",
          opts={"id": 360041107724, "sec": "tintuc", "by": OFFICE, "votes": (0, 0)},
          notes=["the oldest news: not on the home page, not in the category's six, not in any related box; only on "
                 "the section page /hc/vi/sections/…-Tin-tức-HTX, the office agent's profile and the feed; 'Tin: Vàng "
                 "Thị Dua' -> author"],
          **at(datetime(2024, 12, 10, 9, 0))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            n = int(hashlib.md5(b.src.encode()).hexdigest()[:6], 16) % 10**6
            out.append(f'<figure class="image"><img src="/hc/article_attachments/38112{n:06d}/{b.src}" alt="">'
                       + (f"<figcaption>{esc(b.text)}</figcaption>" if b.text else "") + "</figure>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table style="border-collapse: collapse; width: 100%;" border="1"><thead><tr>'
                       + "\n".join(f"<th>{inline_html(c)}</th>" for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "\n".join(f"<td>{inline_html(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</tbody></table>")
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lao-cai", HC, "generic", None, start_urls=["{{base:%s}}/hc/vi" % SITE])
    site.extra_boilerplate += CHROME
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = zd_path("articles", a.opts["id"], a.title)
    sec_path = {k: zd_path("sections", v[0], v[1]) for k, v in SECTIONS.items()}
    cat_path = {k: zd_path("categories", v[0], v[1]) for k, v in CATS.items()}
    commenters: dict[str, int] = {}

    def layout(title: str, canonical: str, desc: str, main: str, crumbs: list[tuple[str, str]] | None = None) -> str:
        og = (f'<link rel="canonical" href="{{{{base}}}}{canonical}">\n'
              f'<link rel="alternate" hreflang="vi" href="{{{{base}}}}{canonical}">\n'
              f'<link rel="alternate" hreflang="x-default" href="{{{{base}}}}{canonical}">\n'
              f'<meta property="og:image" content="{{{{base}}}}/hc/theming_assets/01HZ4KXQ/logo-lmhtx-laocai.png">\n'
              f'<meta property="og:type" content="website">\n<meta property="og:site_name" content="{attr(HC)}">\n'
              f'<meta property="og:title" content="{attr(title)}">\n<meta property="og:description" content="{attr(desc)}">\n'
              f'<meta property="og:url" content="{{{{base}}}}{canonical}">')
        page_title = HC if title == HC else f"{title} &ndash; {esc(HC)}"
        bc = ""
        if crumbs is not None:
            items = [(HC, "/hc/vi")] + crumbs
            bc = ('<nav aria-label="Đường dẫn hiện tại" class="sub-nav"><ol class="breadcrumbs">'
                  + "".join(f'<li title="{attr(t)}"><a href="{h}">{esc(t)}</a></li>' for t, h in items) + "</ol>"
                  '<div class="search-container"><form role="search" class="search" data-search="" action="/hc/vi/search" '
                  'accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off">'
                  '<input type="search" name="query" id="query" placeholder="Tìm kiếm" autocomplete="off" aria-label="Tìm '
                  'kiếm"></form></div></nav>')
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi">
<head>
  <meta charset="utf-8" />
  <!-- v26880 -->
  <title>{page_title}</title>
  <meta name="csrf-param" content="authenticity_token">
  <meta name="csrf-token" content="">
  <meta name="description" content="{attr(desc)}" />
{og}
  <meta content="width=device-width, initial-scale=1.0" name="viewport" />
  <link rel="stylesheet" href="/hc/theming_assets/01HZ4KXQ/style.css" media="all" id="theme-styles">
  <script src="/hc/theming_assets/01HZ4KXQ/script.js" defer></script>
</head>
<body class="">
  <a class="skip-navigation" tabindex="1" href="#main-content">Chuyển đến nội dung chính</a>
  <header class="header">
    <div class="logo">
      <a title="Trang chủ" href="/hc/vi">
        <img src="/hc/theming_assets/01HZ4KXQ/logo-lmhtx-laocai.png" alt="Trang chủ {attr(HC)}">
        <span aria-hidden="true">{esc(HC)}</span>
      </a>
    </div>
    <div class="nav-wrapper-desktop">
      <nav class="user-nav" id="user-nav" aria-label="Menu người dùng">
        <ul class="user-nav-list">
          <li><a class="submit-a-request" href="/hc/vi/requests/new">Gửi yêu cầu</a></li>
          <li><a class="sign-in" rel="nofollow" data-auth-action="signin" title="Mở hộp thoại" role="button" href="/hc/vi/signin">Đăng nhập</a></li>
        </ul>
      </nav>
    </div>
  </header>
  <main role="main">
    <div class="container-divider"></div>
    <div class="container">
    {bc}
{main}
    </div>
  </main>
  <footer class="footer">
    <div class="footer-inner">
      <a title="Trang chủ" href="/hc/vi">{esc(HC)}</a>
      <div class="footer-language-selector"></div>
    </div>
    <div class="powered-by-zendesk"><a href="{{{{base:offsite}}}}/zendesk/help-center/" target="_blank" rel="nofollow">Được hỗ trợ bởi Zendesk</a></div>
  </footer>
</body>
</html>
"""

    by_sec: dict[str, list[RichArticle]] = {}
    for a in arts:
        by_sec.setdefault(a.opts["sec"], []).append(a)
    oldest = arts[-1]
    related_aliases = []

    for a in arts:
        o = a.opts
        sid, sname, ck = SECTIONS[o["sec"]]
        cid, cname = CATS[ck]
        name, uid = o["by"]
        if "edited" in o:
            meta = f'<li class="meta-data">{time_el(o["edited"])}</li>\n<li class="meta-data">Đã cập nhật</li>'
        else:
            meta = f'<li class="meta-data">{time_el(a.date)}</li>'
        attach = ""
        for x in a.attachments:
            attach += (f'<li class="attachment-item"><a href="{x["path"]}" target="_blank">{esc(x["text"])}</a>'
                       f'<div class="attachment-meta meta-group"><span class="attachment-meta-item meta-data">182 KB</span>'
                       f'<a href="{x["path"]}" target="_blank" class="attachment-meta-item meta-data">Tải xuống</a></div></li>')
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH LAO CAI", "PHIEU DANG KY GIAN HANG 2025"]))
        if attach:
            attach = f'<div class="article-attachments"><ul class="attachments">{attach}</ul></div>'
        up, total = o["votes"]
        vote_label = f"Số người thấy hữu ích: {up} trên {total}" if total else "Chưa có phiếu bầu nào"
        rel = [r for r in arts if r is not a and r is not oldest and r.opts["sec"] == o["sec"]][:3]
        rel_items = ""
        for r in rel:
            data = base64.urlsafe_b64encode(f'{{"article_id":{r.opts["id"]},"source":{o["id"]}}}'.encode()).decode()
            href = f"/hc/vi/related/click?data={data}&anchor=&locale=vi"
            site.redirect(href, r.path, 302)
            r.aliases.append(href)
            related_aliases.append(href)
            rel_items += f'<li><a href="{href}" rel="nofollow">{esc(r.title)}</a></li>'
        related = (f'<section class="related-articles"><h2 class="related-articles-title">Bài viết liên quan</h2>'
                   f"<ul>{rel_items}</ul></section>") if rel_items else ""
        comments = o.get("comments", [])
        for cn, _, _ in comments:
            if cn == OFFICE[0]:
                commenters.setdefault(cn, OFFICE[1])
            elif cn not in commenters:
                commenters[cn] = 381121000 + len(commenters) + 1
                cp = f"/hc/vi/profiles/{commenters[cn]}"
                site.page(cp, layout(cn, cp, cn, f'<div class="profile-header"><h1 class="name">{esc(cn)}</h1></div>', []))
                site.non_articles.append(cp)
        c_items = "".join(
            f'<li id="community_comment_{o["id"] + k}" class="comment"><div class="comment-wrapper"><div class="comment-info">'
            f'<div class="comment-author"><div class="avatar comment-avatar"><img src="/hc/theming_assets/01HZ4KXQ/default_avatar.png"'
            f' alt="" class="user-avatar"/></div><div class="comment-meta"><span title="{attr(cn)}">'
            f'<a href="/hc/vi/profiles/{commenters[cn]}">{esc(cn)}</a></span><ul class="meta-group meta-group-opposite">'
            f'<li class="meta-data">{time_el(cd)}</li></ul></div></div><section class="comment-body"><p>{esc(ct)}</p>'
            f"</section></div></div></li>" for k, (cn, cd, ct) in enumerate(comments, 1))
        main = f"""  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title"></aside>
    <article id="main-content" class="article">
      <header class="article-header">
        <h1 title="{attr(a.title)}" class="article-title">
          {esc(a.title)}
        </h1>
        <div class="article-author">
          <div class="avatar article-avatar">
            <img src="/hc/theming_assets/01HZ4KXQ/default_avatar.png" alt="" class="user-avatar"/>
          </div>
          <div class="article-meta">
            <a href="/hc/vi/profiles/{uid}">
              {esc(name)}
            </a>
            <ul class="meta-group">
              {meta}
            </ul>
          </div>
        </div>
        <div class="article-subscribe"><a class="button" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false" title="Chọn để nhận thông báo khi bài viết được cập nhật" href="/hc/vi/articles/{o['id']}/subscription.html">Theo dõi</a></div>
      </header>
      <section class="article-info">
        <div class="article-content">
          <div class="article-body">{body_html(a)}</div>
          {attach}
        </div>
      </section>
      <footer>
        <div class="article-footer">
          <div class="article-share"><ul class="share"><li><a href="{{{{base:offsite}}}}/facebook/sharer/" class="share-facebook" aria-label="Facebook">Facebook</a></li><li><a href="{{{{base:offsite}}}}/twitter/share/" class="share-twitter" aria-label="X Corp">X Corp</a></li><li><a href="{{{{base:offsite}}}}/linkedin/share/" class="share-linkedin" aria-label="LinkedIn">LinkedIn</a></li></ul></div>
        </div>
        <div class="article-votes">
          <span class="article-votes-question" id="article-votes-label">Bài viết này có hữu ích không?</span>
          <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
            <button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="Bài viết này hữu ích" aria-pressed="false">Có</button>
            <button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="Bài viết này không hữu ích" aria-pressed="false">Không</button>
          </div>
          <small class="article-votes-count"><span class="article-vote-label">{vote_label}</span></small>
        </div>
        <div class="article-more-questions">Có thêm câu hỏi? <a href="/hc/vi/requests/new">Gửi yêu cầu</a></div>
        <div class="article-return-to-top"><a href="#article-container">Quay lại đầu trang</a></div>
      </footer>
      <div class="article-relatives">
        <div data-recent-articles></div>
        {related}
      </div>
      <div class="article-comments" id="article-comments">
        <section class="comments">
          <header class="comment-overview">
            <h2 class="comment-heading">Nhận xét</h2>
            <p class="comment-callout">{len(comments)} nhận xét</p>
          </header>
          <ul id="comments" class="comment-list">{c_items}</ul>
          <p class="comment-callout">Vui lòng <a data-auth-action="signin" rel="nofollow" href="/hc/vi/signin">đăng nhập</a> để viết nhận xét.</p>
        </section>
      </div>
    </article>
  </div>"""
        site.page(a.path, layout(a.title, a.path, a.summary(), main,
                                 [(cname, cat_path[ck]), (sname, sec_path[o["sec"]])]))
        site.add_article(a)
        # aliases: the bare id and the locale-less URL answer 301
        for alias in (f"/hc/vi/articles/{o['id']}", f"/hc/articles/{o['id']}"):
            site.redirect(alias, a.path, 301)
            a.aliases.append(alias)
        sub = f"/hc/vi/articles/{o['id']}/subscription.html"
        site.redirect(sub, "/hc/vi/signin", 302)
        site.never_fetched.append(sub)
    site.trap("article meta: <time datetime='…Z' title='yyyy-MM-dd HH:mm' data-datetime='relative'>N ngày trước</time>; "
              "the name beside the avatar is the agent account; 'Theo dõi', the vote box, 'Có thêm câu hỏi? Gửi yêu cầu', "
              "'Bài viết liên quan' and the comments are chrome", arts[0].path)
    site.trap("'Bài viết liên quan' links go through /hc/vi/related/click?data=… (302 to the article: aliases); "
              "/hc/vi/articles/<id> and /hc/articles/<id> answer 301 to the slug URL (aliases)", related_aliases[0])

    # -- sections, categories, home ---------------------------------------------------------------
    for key, (sid, sname, ck) in SECTIONS.items():
        cid, cname = CATS[ck]
        items = "".join(f'<li class="article-list-item{" article-promoted" if a.opts.get("promoted") else ""}">'
                        f'<a href="{a.path}" class="article-list-link">{esc(a.title)}</a></li>' for a in by_sec.get(key, []))
        main = (f'<div class="section-container"><section id="main-content" class="section-content"><header class="page-header">'
                f'<h1>{esc(sname)}</h1><a class="section-subscribe button" rel="nofollow" role="button" data-auth-action='
                f'"signin" href="/hc/vi/signin">Theo dõi</a></header><ul class="article-list">{items}</ul></section></div>')
        site.page(sec_path[key], layout(sname, sec_path[key], sname, main, [(cname, cat_path[ck])]))
        site.non_articles.append(sec_path[key])
        site.redirect(f"/hc/vi/sections/{sid}", sec_path[key], 301)
    for ck, (cid, cname) in CATS.items():
        blocks = ""
        for key, (sid, sname, k2) in SECTIONS.items():
            if k2 != ck:
                continue
            lst = by_sec.get(key, [])
            items = "".join(f'<li class="article-list-item"><a href="{a.path}" class="article-list-link">{esc(a.title)}'
                            "</a></li>" for a in lst[:6])
            more = (f'<a href="{sec_path[key]}" class="see-all-articles">Xem tất cả {len(lst)} bài viết</a>'
                    if len(lst) > 6 else "")
            blocks += (f'<section class="section"><h2 class="section-tree-title"><a href="{sec_path[key]}">{esc(sname)}</a>'
                       f'</h2><ul class="article-list">{items}</ul>{more}</section>')
        main = (f'<div class="category-container"><div class="category-content"><header class="page-header"><h1>'
                f'{esc(cname)}</h1></header><div id="main-content" class="section-tree">{blocks}</div></div></div>')
        site.page(cat_path[ck], layout(cname, cat_path[ck], cname, main, []))
        site.non_articles.append(cat_path[ck])
    site.trap("a category page lists each section's first six articles and 'Xem tất cả 7 bài viết'; the oldest news is "
              "only on the section page (Zendesk's section pages list every article)", sec_path["tintuc"])
    promoted = "".join(f'<li class="promoted-articles-item"><a href="{a.path}">{esc(a.title)}</a></li>'
                       for a in arts if a.opts.get("promoted"))
    cats = "".join(f'<li class="blocks-item"><a href="{cat_path[ck]}" class="blocks-item-link"><span class="blocks-item-'
                   f'title">{esc(cn)}</span></a></li>' for ck, (cid, cn) in CATS.items())
    activity = "".join(
        f'<li class="recent-activity-item"><h3 class="recent-activity-item-parent"><a href="{sec_path[a.opts["sec"]]}">'
        f'{esc(SECTIONS[a.opts["sec"]][1])}</a></h3><a href="{a.path}" class="recent-activity-item-link">{esc(a.title)}</a>'
        f'<div class="recent-activity-item-meta"><div class="recent-activity-item-time">Bài viết đã tạo '
        f'{time_el(a.date)}</div></div></li>' for a in arts[:5])
    home = (f'<section class="section hero"><div class="hero-inner"><h2 class="visibility-hidden">Tìm kiếm</h2>'
            f'<form role="search" class="search search-full" data-search="" action="/hc/vi/search" method="get">'
            f'<input type="search" name="query" placeholder="Tìm kiếm" aria-label="Tìm kiếm"></form></div></section>'
            f'<section class="section knowledge-base"><h2 class="visibility-hidden">Các danh mục</h2><ul class="blocks-list">'
            f'{cats}</ul><section class="articles"><h2>Bài viết nổi bật</h2><ul class="article-list promoted-articles">'
            f'{promoted}</ul></section></section><section class="section activity"><section class="recent-activity">'
            f'<h2 class="recent-activity-header">Hoạt động gần đây</h2><ul class="recent-activity-list">{activity}</ul>'
            f"</section></section>")
    site.page("/hc/vi", layout(HC, "/hc/vi", HC, home), content_type="text/html; charset=utf-8")
    site.non_articles.append("/hc/vi")
    site.redirect("/", "/hc/vi", 302)
    site.redirect("/hc", "/hc/vi", 302)

    # profiles of the agents
    for name, uid in [OFFICE, *STAFF.values()]:
        mine = "".join(f'<li class="profile-contribution"><a href="{a.path}">{esc(a.title)}</a></li>'
                       for a in arts if a.opts["by"][1] == uid)
        path = f"/hc/vi/profiles/{uid}"
        site.page(path, layout(name, path, name, f'<div class="profile-header"><h1 class="name">{esc(name)}</h1>'
                                                  f'<p class="description">Nhân viên hỗ trợ</p></div>'
                                                  f'<section class="profile-section"><h2>Bài viết</h2><ul>{mine}</ul>'
                                                  "</section>", []))
        site.non_articles.append(path)
    site.trap("agents' profile pages /hc/vi/profiles/<id> (their articles listed) and commenters' profiles: no articles",
              f"/hc/vi/profiles/{OFFICE[1]}")

    # feed and sitemap
    entries = "".join(
        f"<entry><id>tag:{SITE},2005:Article/{a.opts['id']}</id><published>{utcz(a.date)}</published>"
        f"<updated>{utcz(a.opts.get('edited', a.date))}</updated><link rel=\"alternate\" type=\"text/html\" "
        f"href=\"{{{{base}}}}{a.path}\"/><title>{esc(a.title)}</title><author><name>{esc(a.opts['by'][0])}</name></author>"
        f"</entry>" for a in arts)
    site.page("/hc/vi/articles.atom", f'<?xml version="1.0" encoding="UTF-8"?><feed xml:lang="vi" xmlns="http://www.w3.org/'
              f'2005/Atom"><id>tag:{SITE},2005:/hc/vi/articles</id><link rel="alternate" type="text/html" href="{{{{base}}}}'
              f'/hc/vi"/><link rel="self" type="application/atom+xml" href="{{{{base}}}}/hc/vi/articles.atom"/><title>'
              f'{esc(HC)}</title><updated>{utcz(NOW)}</updated>{entries}</feed>',
              content_type="application/atom+xml; charset=utf-8")
    urls = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{utcz(a.opts.get('edited', a.date))}</lastmod></url>"
                   for a in arts)
    urls += "".join(f"<url><loc>{{{{base}}}}{p}</loc></url>" for p in [*sec_path.values(), *cat_path.values()])
    site.page("/hc/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/'
              f'sitemap/0.9">{urls}</urlset>', content_type="application/xml; charset=utf-8")
    site.trap("the feed /hc/vi/articles.atom (<published> and <updated> in UTC, the agent as <author>) and "
              "/hc/sitemap.xml (<lastmod> = the last edit)", "/hc/vi/articles.atom")

    # login / request form: robots-disallowed
    for path, title in [("/hc/vi/signin", "Đăng nhập"), ("/hc/vi/requests/new", "Gửi yêu cầu")]:
        site.page(path, layout(title, path, title, f'<h1>{title}</h1><form method="post" action="{path}"><input '
                                                    'name="email"><button>Gửi</button></form>', []))
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /hc/*/requests/\nDisallow: /hc/*/requests/new\n"
                "Disallow: /hc/*/signin\nDisallow: /hc/*/search\nDisallow: /hc/*/articles/*/subscription.html\n"
                "Disallow: /access/\n\nSitemap: {{base}}/hc/sitemap.xml\n")
    site.binary("/hc/theming_assets/01HZ4KXQ/logo-lmhtx-laocai.png", image_for("zd-logo"))
    site.binary("/hc/theming_assets/01HZ4KXQ/default_avatar.png", image_for("zd-avatar"))
    return site
