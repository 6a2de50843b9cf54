"""Site `sotay-htxtiengiang` (registry family `generic`): "Sổ tay HTX Tiền Giang", the team blog of the Tiền Giang
cooperative alliance (the province joined Đồng Tháp on 1 July 2025; the copy is of 10 June 2025) on **Hashnode**
(a team publication on a custom domain, served by Hashnode's Next.js blog front end, the `hashnode` theme of its
headless starter kit: Pages Router, `getStaticProps` posts, Tailwind classes, dayjs dates). Written as a held-out
test: no family module, no selectors.

URL shapes (URL pattern SIMPLE): a post `/<slug>`; the same post with Hashnode's tracking parameters
(`?source=more_series_bottom_blogs`, pasted by staff in another post); static pages `/gioi-thieu`, `/lien-he` (the
same `[slug]` route); tag pages `/tag/<slug>` (linked from posts as `/tag/<slug>?source=tags_bottom_blogs`), the
series page `/series/<slug>`, `/newsletter`; the home `/` (the post pages' logo links `/?source=top_nav_blog_home`);
`/rss.xml` (the `rss` package), `/sitemap.xml`, `/robots.txt` (the starter kit's: Allow /, GPTBot disallowed).

Why it is hard: the HTML is Next.js server output: one long line per region, React's `<!-- -->` between text
nodes, images on the CDN (`cdn.hashnode.com`, offsite), and `script#__NEXT_DATA__` with the whole post (markdown and
HTML, `publishedAt` in UTC with milliseconds, comments, the author's bio). A post page has THREE `<h1>`: the blog's
name twice (desktop and mobile logo, `h1.blog-title`) before the post's `h1.leading-snug`. The visible date is dayjs
`format('MMM D, YYYY')` run on the server in UTC: a post of 06:15 on 27 May reads "May 26, 2025" (its tooltip
`data-title` "May 26, 2025 23:15"; JSON-LD `datePublished` "2025-05-26T23:15:00.000Z"; the RSS pubDate GMT); the
browser would re-render it in local time. The JSON-LD is a `Blog` whose `blogPost[0].author` is a Person even when
the account is the office's ("Ban biên tập Sổ tay HTX": no author); a staff member's own account is the author; a
closing byline names the writer instead; "Theo Báo Ấp Bắc" is no author. The home page server-renders only the
pinned post and the five newest (the "Load more" button fetches the rest through GraphQL): the two oldest posts are
reachable only through their tag pages, the sitemap and the RSS feed, whose item descriptions have every non-ASCII
character removed (the starter kit's `NON_ASCII_REGEX`: "Lin minh HTX tnh"). The head's RSS alternate points at
`/feed.xml`, which does not exist (404).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, inline_html, inline_text, iso
from .richbody import RichArticle

SITE = "sotay-htxtiengiang"
NAME = "Sổ tay HTX Tiền Giang"
HTML = "text/html; charset=utf-8"
BUILD = "hK3uq9YaGm7bP0Vt2LsRw"
UTC = timedelta(hours=7)
NOW = datetime(2025, 6, 10, 9, 0)
CDN = "{{base:offsite}}/res/hashnode/image/upload"
PUB_ID = "65a1f3c2e4b0d19a7c8e2f41"
USERS = {  # username: (name, bio)
    "bbtsotayhtx": ("Ban biên tập Sổ tay HTX", "Tài khoản của Ban biên tập, Liên minh HTX tỉnh Tiền Giang."),
    "mylien-lmhtx": ("Nguyễn Thị Mỹ Liên", "Cán bộ Ban Tuyên truyền - Kiểm tra, Liên minh HTX tỉnh Tiền Giang."),
    "quocbao-lmhtx": ("Trần Quốc Bảo", "Cán bộ Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Tiền Giang."),
}
TAGS = {"ke-hoach": "Kế hoạch", "chuyen-doi-so": "Chuyển đổi số", "so-lieu": "Số liệu", "kinh-te-tap-the": "Kinh tế tập thể",
        "ocop": "OCOP", "nong-san": "Nông sản", "lien-ket-san-xuat": "Liên kết sản xuất", "tap-huan": "Tập huấn",
        "xuat-khau": "Xuất khẩu"}
SERIES = {"slug": "chuyen-doi-so-htx", "name": "Chuyển đổi số cho HTX", "id": "6624c0d8a1b2c3d4e5f60718",
          "desc": "Các bài viết về kế hoạch và kết quả chuyển đổi số trong HTX tỉnh Tiền Giang."}
IMPRINT = "Liên minh Hợp tác xã tỉnh Tiền Giang - Số 25 Hùng Vương, phường 1, TP Mỹ Tho - ĐT: 0273.3872.316"
ABOUT = ("Sổ tay HTX Tiền Giang là trang thông tin của Liên minh HTX tỉnh Tiền Giang, chia sẻ kế hoạch, số liệu và kinh "
         "nghiệm phát triển kinh tế tập thể.")
FURN = [IMPRINT, "Privacy policy", "Terms", "Publish with Hashnode", "Powered by Hashnode - Home for tech writers and readers",
        "Impressum", "Sign up", "Ban biên tập Sổ tay HTX", "min read"]


def slugify(title: str) -> str:
    t = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def cuid(seed: str) -> str:
    return "cm" + hashlib.sha1(seed.encode()).hexdigest()[:23]


def oid(seed: str) -> str:
    return hashlib.md5(seed.encode()).hexdigest()[:24]


def zulu(d: datetime) -> str:
    return (d - UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def mdy(d: datetime) -> str:
    """dayjs format('MMM D, YYYY') on the server, in UTC."""
    u = d - UTC
    return f"{u:%b} {u.day}, {u.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, visible: bool = True) -> dict:
        ev = ["metadata"] + (["date-element"] if visible else [])
        return dict(date=d, published=iso(d), published_source="metadata", evidence=ev)

    return [
        A(path="", title="Kế hoạch số 15/KH-LMHTX tổ chức tập huấn chuyển đổi số cho HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH TIỀN GIANG
Số: 15/KH-LMHTX
Tiền Giang, ngày 12 tháng 5 năm 2025
KẾ HOẠCH
Tổ chức tập huấn chuyển đổi số cho HTX năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Trang bị cho cán bộ quản lý HTX kiến thức, kỹ năng ứng dụng công nghệ số trong quản lý, sản xuất và tiêu thụ sản phẩm.
## II. NỘI DUNG, THỜI GIAN
Tổ chức 4 lớp tập huấn tại các huyện Gò Công Tây, Cái Bè, Cai Lậy và Chợ Gạo từ ngày 19/5 đến ngày 27/6/2025, mỗi lớp 50 học viên.
## III. KINH PHÍ
Từ nguồn kinh phí hỗ trợ phát triển kinh tế tập thể năm 2025 của tỉnh.
CHỦ TỊCH
Lê Văn Thuận
""", author=None, doc_number="15/KH-LMHTX",
          opts={"user": "bbtsotayhtx", "tags": ["ke-hoach", "chuyen-doi-so", "tap-huan"], "pinned": True, "series": True,
                "read": 2, "views": 318, "cover": "kh15-cover.png"},
          notes=["plan 'Số: 15/KH-LMHTX' dated 12/5 in its text, published 14/05 09:30 (JSON-LD, __NEXT_DATA__ publishedAt "
                 "'2025-05-14T02:30:00.000Z'); posted by the office account 'Ban biên tập Sổ tay HTX' (JSON-LD calls it a "
                 "Person: no author); the signer is text; pinned: first on the home page"],
          **at(datetime(2025, 5, 14, 9, 30))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Tiền Giang năm 2024",
          body="""
Năm 2024, kinh tế tập thể tỉnh Tiền Giang duy trì tốc độ tăng trưởng khá; các HTX nông nghiệp chiếm gần 80% tổng số HTX.
| Chỉ tiêu | Năm 2023 | Năm 2024 |
| Số HTX đang hoạt động | 268 | 284 |
| Số HTX thành lập mới | 19 | 24 |
| Số thành viên | 36.920 | 38.105 |
| Doanh thu bình quân một HTX (triệu đồng) | 4.210 | 4.580 |
| Số HTX có sản phẩm OCOP | 52 | 63 |
Năm 2025, tỉnh phấn đấu có thêm 25 HTX thành lập mới, trong đó ít nhất 10 HTX ứng dụng công nghệ cao.
""", author="Nguyễn Thị Mỹ Liên",
          opts={"user": "mylien-lmhtx", "tags": ["so-lieu", "kinh-te-tap-the"], "read": 2, "views": 540},
          notes=["a markdown table (div.hn-table, the header row in <thead> with <td> cells): one line per row; written "
                 "from the staff member's own account 'Nguyễn Thị Mỹ Liên', no byline in the text: she is the author"],
          **at(datetime(2025, 3, 20, 14, 10))),
        A(path="", title="Ảnh: Mùa xoài cát Hòa Lộc của các HTX ở Cái Bè",
          body="""
Tháng 4, các HTX trồng xoài ở huyện Cái Bè bước vào vụ thu hoạch xoài cát Hòa Lộc chính vụ.
[img xoai-1.png] Thành viên HTX Xoài cát Hòa Lộc bao trái xoài từ khi còn non để bảo đảm chất lượng
[img xoai-2.png] Xoài được phân loại, đóng thùng tại nhà sơ chế của HTX
[img xoai-3.png] Lô xoài đạt chuẩn VietGAP chuẩn bị xuất đi thị trường Nhật Bản
Năm nay, sản lượng xoài của các HTX ước đạt 3.200 tấn, giá bán cao hơn năm trước 10 - 15%.
""", byline="Bài và ảnh: Huỳnh Thanh Phong", author="Huỳnh Thanh Phong",
          opts={"user": "bbtsotayhtx", "tags": ["nong-san", "ocop"], "read": 3, "views": 911, "cover": "xoai-cover.png"},
          notes=["photo story: three images (each alone in a <p>, alt = caption) followed by an italic caption paragraph "
                 "(one line each); posted by the office account, 'Bài và ảnh: Huỳnh Thanh Phong' closes it -> author"],
          **at(datetime(2025, 4, 22, 16, 0))),
        A(path="", title="5 điều HTX cần biết khi đăng ký đánh giá sản phẩm OCOP",
          body="""
Để sản phẩm được đánh giá, phân hạng OCOP thuận lợi, HTX cần chuẩn bị kỹ hồ sơ và điều kiện sản xuất.
## Những điều cần lưu ý
+ Sản phẩm phải có giấy chứng nhận đủ điều kiện an toàn thực phẩm còn hiệu lực;
+ Có nhãn hàng hóa đúng quy định, thể hiện rõ nguồn gốc, xuất xứ;
+ Có câu chuyện sản phẩm gắn với địa phương;
+ Có kế hoạch kinh doanh và kênh phân phối ổn định;
+ Hồ sơ nộp về Phòng Nông nghiệp cấp huyện trước ngày 30/6 hằng năm.
Liên minh HTX tỉnh sẵn sàng hỗ trợ HTX hoàn thiện hồ sơ trước khi nộp.
""", byline="Lê Hoàng Nam - Trung tâm Khuyến nông", author="Lê Hoàng Nam",
          opts={"user": "bbtsotayhtx", "tags": ["ocop"], "read": 2, "views": 1204},
          notes=["a numbered list (<ol>) under a heading (h2 id='heading-…'); byline 'Lê Hoàng Nam - Trung tâm Khuyến "
                 "nông' -> Lê Hoàng Nam"],
          **at(datetime(2025, 4, 2, 8, 45))),
        A(path="", title="HTX Nông nghiệp Mỹ Thành Bắc liên kết tiêu thụ sầu riêng với doanh nghiệp",
          body="""
HTX Nông nghiệp Mỹ Thành Bắc (huyện Cai Lậy) vừa ký hợp đồng liên kết tiêu thụ 600 tấn sầu riêng với một doanh nghiệp xuất khẩu.
Doanh nghiệp cam kết thu mua theo giá thị trường, hỗ trợ thành viên HTX cấp mã số vùng trồng.
HTX hiện có 112 thành viên với 240 ha sầu riêng, trong đó 90 ha đạt tiêu chuẩn GlobalGAP.
""", byline="Theo Báo Ấp Bắc", author=None,
          opts={"user": "quocbao-lmhtx", "tags": ["lien-ket-san-xuat", "nong-san"], "read": 1, "views": 467},
          notes=["posted by the staff member Trần Quốc Bảo but 'Theo Báo Ấp Bắc' closes it: a reprint, no author; not "
                 "on the home page (only the pinned post and the five newest are server-rendered): reachable through "
                 "/tag/nong-san, /tag/lien-ket-san-xuat, the sitemap and the RSS"],
          **at(datetime(2025, 2, 25, 10, 0))),
        A(path="", title="HTX Thanh long Chợ Gạo xuất khẩu lô hàng đầu tiên sang Hàn Quốc",
          body="""
Ngày 26/5, HTX Thanh long Chợ Gạo xuất khẩu lô hàng 20 tấn thanh long ruột đỏ đầu tiên sang thị trường Hàn Quốc.
Để đáp ứng yêu cầu của thị trường, HTX đã áp dụng quy trình sản xuất VietGAP và xử lý chiếu xạ theo quy định.
Dự kiến trong năm 2025, HTX xuất khẩu khoảng 300 tấn thanh long sang Hàn Quốc và Nhật Bản.
""", author=None,
          opts={"user": "bbtsotayhtx", "tags": ["xuat-khau", "nong-san"], "read": 1, "views": 226, "cover": "thanhlong-cover.png"},
          notes=["no byline, the office account: author null; published at 06:15 on 27 May: the server renders the date "
                 "in UTC, 'May 26, 2025' (tooltip 'May 26, 2025 23:15'), JSON-LD '2025-05-26T23:15:00.000Z', RSS "
                 "'Mon, 26 May 2025 23:15:00 GMT'"],
          **at(datetime(2025, 5, 27, 6, 15), visible=False)),
        A(path="", title="Tập huấn kỹ năng bán hàng trực tuyến cho HTX huyện Gò Công Tây",
          body="""
Ngày 19/5, Liên minh HTX tỉnh phối hợp với UBND huyện Gò Công Tây tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến cho 45 cán bộ HTX.
Học viên được hướng dẫn mở gian hàng trên sàn thương mại điện tử, chụp ảnh sản phẩm và livestream bán hàng.
Đây là lớp đầu tiên theo [[Kế hoạch số 15/KH-LMHTX|/ke-hoach-so-15-kh-lmhtx-to-chuc-tap-huan-chuyen-doi-so-cho-htx-nam-2025?source=more_series_bottom_blogs]] về tập huấn chuyển đổi số cho HTX năm 2025.
""", byline="Phan Thị Kim Ngân", author="Phan Thị Kim Ngân",
          opts={"user": "bbtsotayhtx", "tags": ["chuyen-doi-so", "tap-huan"], "series": True, "read": 1, "views": 388},
          notes=["in the series 'Chuyển đổi số cho HTX'; its text links the plan as /<slug>?source=more_series_bottom_blogs "
                 "(Hashnode's series tracking parameter: the same page, canonical to /<slug>): an alias of the plan; "
                 "the bare name 'Phan Thị Kim Ngân' closes the text (author), posted by the office account"],
          **at(datetime(2025, 5, 20, 10, 0))),
        A(path="", title="Liên minh HTX tỉnh Tiền Giang tổng kết công tác năm 2024",
          body="""
Chiều 9/1, Liên minh HTX tỉnh Tiền Giang tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tongket-2024.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh đã tư vấn thành lập mới 24 HTX, tổ chức 18 lớp bồi dưỡng cho hơn 1.100 lượt cán bộ HTX.
Năm 2025, Liên minh HTX tỉnh tập trung hỗ trợ HTX chuyển đổi số và xây dựng sản phẩm OCOP.
""", author="Trần Quốc Bảo",
          opts={"user": "quocbao-lmhtx", "tags": ["kinh-te-tap-the"], "read": 2, "views": 702},
          notes=["the oldest post: not on the home page, reachable only through /tag/kinh-te-tap-the, the sitemap and "
                 "the RSS; written from the staff member's own account 'Trần Quốc Bảo' (author), no byline"],
          **at(datetime(2025, 1, 10, 15, 0))),
    ]


def content_html(a: RichArticle) -> str:
    """Hashnode's markdown renderer: <p>, h2 with heading ids, lists, div.hn-table, images with the CDN URL."""
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h2 id="heading-{slugify(b.text)}">{esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<div class="hn-table"><table>\n<thead>\n<tr>\n' + "\n".join(f"<td>{esc(c)}</td>" for c in head)
                       + "\n</tr>\n</thead>\n<tbody>\n" + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r)
                                                                     + "\n</tr>" for r in rows) + "\n</tbody>\n</table>\n</div>")
        elif b.kind == "img":
            v = 1700000000000 + int(hashlib.md5(b.src.encode()).hexdigest()[:8], 16) % 99999999999
            src = f"{CDN}/v{v}/{oid(b.src)[:9]}.png?auto=compress,format&amp;format=webp"
            out.append(f'<p><img src="{src}" alt="{attr(b.text)}" class="image--center mx-auto" /></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    return "\n".join(out)


def markdown(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(re.sub(r"\[\[(.+?)\|(.+?)\]\]", r"[\1](\2)", b.text))
        elif b.kind == "h":
            out.append(f"## {b.text}")
        elif b.kind in ("ul", "ol"):
            out.append("\n".join(("* " if b.kind == "ul" else f"{k}. ") + i for k, i in enumerate(b.items, 1)))
        elif b.kind == "table":
            rows = [f"| {' | '.join(r)} |" for r in b.rows]
            out.append("\n".join([rows[0], "| " + " | ".join("---" for _ in b.rows[0]) + " |", *rows[1:]]))
        elif b.kind == "img":
            out.append(f'![{b.text}]({CDN}/{b.src} align="center")\n\n*{b.text}*')
    if a.byline:
        out.append(f"**{a.byline}**")
    return "\n\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tien-giang", f"{NAME} (Hashnode)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.opts["slug"] = slugify(a.title)
        a.path = "/" + a.opts["slug"]
        a.opts["id"] = oid(a.title)
        a.opts["cuid"] = cuid(a.title)
    pinned = next(a for a in arts if a.opts.get("pinned"))
    plain = [a for a in arts if a is not pinned]
    home_posts = [pinned] + plain[:5]

    def user_json(u: str) -> dict:
        n, bio = USERS[u]
        return {"__typename": "User", "id": oid(u), "username": u, "name": n, "profilePicture": f"{CDN}/v1704172134564/{oid(u)[:9]}.png",
                "followersCount": 3, "socialMediaLinks": {"twitter": ""}, "bio": {"html": f"<p>{esc(bio)}</p>"}}

    publication = {
        "id": PUB_ID, "imprint": f"<p>{esc(IMPRINT)}</p>", "title": NAME, "displayTitle": None, "url": "{{base}}",
        "urlPattern": "SIMPLE", "metaTags": None, "favicon": f"{CDN}/v1704172134564/favicon-sotay.png", "isTeam": True,
        "headerColor": None, "followersCount": 41, "descriptionSEO": ABOUT, "about": {"html": f"<p>{esc(ABOUT)}</p>"},
        "features": {"newsletter": {"isEnabled": True}, "viewCount": {"isEnabled": True}, "readTime": {"isEnabled": True},
                     "audioBlog": {"isEnabled": False, "voiceType": "FEMALE"}, "textSelectionSharer": {"isEnabled": True},
                     "customCSS": {"isEnabled": False, "published": None, "draft": None}},
        "author": {k: v for k, v in user_json("bbtsotayhtx").items() if k in ("id", "name", "username", "profilePicture", "followersCount")},
        "ogMetaData": {"image": None},
        "preferences": {"layout": "magazine", "logo": None, "disableFooterBranding": False,
                        "enabledPages": {"newsletter": True, "members": False}, "darkMode": {"enabled": False, "logo": None},
                        "navbarItems": [
                            {"__typename": "PublicationNavbarItem", "id": "nav1", "label": SERIES["name"], "url": None, "priority": 0,
                             "type": "series", "series": {"__typename": "Series", "id": SERIES["id"]}, "page": None},
                            {"__typename": "PublicationNavbarItem", "id": "nav2", "label": "Giới thiệu", "url": None, "priority": 1,
                             "type": "page", "series": None, "page": {"__typename": "StaticPage", "id": oid("gioi-thieu")}},
                            {"__typename": "PublicationNavbarItem", "id": "nav3", "label": "Liên minh HTX tỉnh",
                             "url": "{{base:offsite}}/lmhtx-tiengiang/", "priority": 2, "type": "link", "series": None, "page": None}]},
        "links": {"twitter": "", "instagram": "", "github": "", "website": "{{base:offsite}}/lmhtx-tiengiang/", "hashnode": "",
                  "youtube": "", "linkedin": "", "mastodon": "", "facebook": "{{base:offsite}}/facebook/lmhtxtiengiang"},
        "integrations": {"umamiWebsiteUUID": None, "gaTrackingID": "G-7Q2K9TGX1M", "fbPixelID": None, "hotjarSiteID": None,
                         "matomoURL": None, "matomoSiteID": None, "fathomSiteID": None, "gTagManagerID": None,
                         "fathomCustomDomain": None, "fathomCustomDomainEnabled": False, "plausibleAnalyticsEnabled": False,
                         "koalaPublicKey": None, "msClarityID": None},
        "pinnedPost": {"id": pinned.opts["id"]},
    }

    def cover_url(a) -> str | None:
        c = a.opts.get("cover")
        return f"{CDN}/v1747100000000/{oid(c)[:9]}.png" if c else None

    def thumb(a) -> dict:
        return {"__typename": "Post", "id": a.opts["id"], "title": a.title, "slug": a.opts["slug"], "publishedAt": zulu(a.date),
                "cuid": a.opts["cuid"], "url": "{{base}}" + a.path, "subtitle": None, "brief": brief(a),
                "readTimeInMinutes": a.opts["read"], "views": a.opts["views"],
                "author": {k: v for k, v in user_json(a.opts["user"]).items() if k in ("__typename", "id", "username", "name",
                                                                                       "profilePicture", "followersCount")},
                "coverImage": {"__typename": "PostCoverImage", "url": cover_url(a), "isPortrait": False,
                               "isAttributionHidden": False} if cover_url(a) else None}

    def brief(a) -> str:
        text = " ".join(inline_text(b.text) if b.kind != "table" else "" for b in a.blocks if b.kind in ("p", "table"))
        return text[:150].rsplit(" ", 1)[0] + "…" if len(text) > 150 else text

    def svg(name: str) -> str:
        return f'<svg class="h-4 w-4 fill-current" viewBox="0 0 20 20" aria-hidden="true" data-icon="{name}"><path d="M0 0h20v20H0z"></path></svg>'

    def logo(post_page: bool, size: str) -> str:
        href = "/?source=top_nav_blog_home" if post_page else "/"
        cls = {"sm": "text-lg md:text-xl text-left", "lg": "text-xl md:text-2xl text-left", "xl": "text-2xl text-center"}[size]
        return (f'<h1 class="blog-title {cls} font-heading break-words font-semibold leading-snug md:font-bold dark:text-white">'
                f'<a class="focus-ring-base flex flex-row items-center focus-ring-colors-base" aria-label="{NAME} home page" '
                f'href="{href}">{NAME}</a></h1>')

    def nav(active: str | None, home: bool) -> str:
        items = [("home", "/", home and not active), (SERIES["name"], f"/series/{SERIES['slug']}", active == "series"),
                 ("Giới thiệu", "/gioi-thieu", active == "page"), ("Liên minh HTX tỉnh", "{{base:offsite}}/lmhtx-tiengiang/", False),
                 ("newsletter", "/newsletter", active == "newsletter")]
        links = "".join(f'<a class="{"blog-nav-active" if on else "blog-nav"} group flex items-center justify-center border-b-2 '
                        f'border-transparent px-2 capitalize focus:outline-none{" border-black dark:border-slate-50" if on else ""}" '
                        f'href="{href}"><span class="blog-nav-text mb-2 block rounded-lg px-2 py-1 ring-offset-2 transition-colors '
                        f'duration-150 group-focus:ring text-slate-900 hover:bg-slate-100 {"font-semibold" if on else "font-medium"}">'
                        f'{esc(label)}</span></a>' for label, href, on in items)
        return (f'<div class="relative mt-8 hidden flex-row items-center justify-center overflow-hidden text-base md:flex">'
                f'<div class="scrollbar-container overflow-hidden ps"><nav class="relative flex flex-row flex-nowrap items-end '
                f'whitespace-nowrap px-2 pt-2">{links}</nav></div></div>')

    def socials() -> str:
        return ('<div class="blog-social-media-section flex flex-row flex-wrap gap-x-2"><a href="{{base:offsite}}/facebook/'
                'lmhtxtiengiang" aria-label="Find us on Facebook, external website, opens in new tab" target="_blank" '
                'rel="me noopener" class="flex flex-row items-center justify-center rounded-full border p-2">' + svg("fb")
                + '</a><a href="{{base:offsite}}/lmhtx-tiengiang/" aria-label="Find us on Website, external website, opens in '
                'new tab" target="_blank" rel="me noopener" class="flex flex-row items-center justify-center rounded-full '
                'border p-2">' + svg("web") + '</a><a href="/rss.xml" aria-label="Open blog XML Feed, opens in new tab" '
                'target="_blank" rel="noopener" class="flex flex-row items-center justify-center rounded-full border p-2">'
                + svg("rss") + "</a></div>")

    def header(active: str | None, home: bool) -> str:
        return ('<header class="blog-header relative z-50 w-full border-b border-black/10 bg-white bg-opacity-70 dark:border-white/10 '
                'dark:bg-slate-900 dark:bg-opacity-70"><div class="container mx-auto px-2 md:px-4 2xl:px-10"><div class="relative '
                'z-40 flex flex-row items-center justify-between pb-2 pt-8 md:mb-4"><div class="flex flex-row items-center py-1">'
                '<div class="md:hidden dark:text-white"><button type="button" aria-label="Open blog navigation" class="rounded-full '
                'p-2">' + svg("menu") + '</button></div><div class="hidden md:block">' + logo(False, "lg") + '</div></div><div '
                'class="flex flex-row items-center dark:text-white"><button type="button" aria-label="Open blog search" class="'
                'rounded-full p-2">' + svg("search") + '</button><a href="#" class="blog-sign-up-button rounded-full border '
                'px-3 py-2 font-semibold">Sign up</a></div></div><div class="mx-auto my-5 flex w-2/3 flex-row items-center '
                'justify-center md:hidden">' + logo(False, "xl") + '</div><div class="blog-sub-header" data-testid="blog-sub-header">'
                '<div class="justify-betweem mx-0 mb-2 hidden w-full flex-row items-center md:flex">' + socials() + '</div></div>'
                + nav(active, home) + "</div></header>")

    def post_navbar() -> str:
        return ('<header class="blog-header z-50 w-full border-b relative transform-none md:sticky md:top-0 md:left-0 '
                'md:backdrop-blur-lg border-black/10 bg-white bg-opacity-70"><div class="container mx-auto px-2 md:px-4 md:py-1 '
                '2xl:px-10"><div class="relative z-40 flex flex-row items-center justify-between pb-2 pt-8 md:py-4"><div class="'
                'mb-2 flex flex-row items-center md:mb-0 dark:text-white"><a aria-label="Back to blog home" class="blog-back-to-'
                'home-button rounded-full p-3 mr-2" href="/">' + svg("chevron-left") + '</a><div class="mr-2"><button type="button" '
                'aria-label="Open blog navigation" class="rounded-full p-2">' + svg("menu") + '</button></div><div class="hidden '
                'md:block">' + logo(True, "sm") + '</div></div><div class="flex flex-row items-center dark:text-white"><button '
                'type="button" aria-label="Open blog search" class="rounded-full p-2">' + svg("search") + '</button><a href="#" '
                'class="blog-sign-up-button rounded-full border px-3 py-2 font-semibold">Sign up</a></div></div><div class="mx-auto '
                'my-5 flex w-2/3 flex-row items-center justify-center md:hidden">' + logo(True, "xl") + '</div><div class="blog-sub-'
                'header mb-4 md:hidden" data-testid="blog-sub-header"><div class="mt-6">' + socials() + "</div></div></div></header>")

    def footer() -> str:
        return ('<footer class="blog-footer-area -mt-px border-t bg-slate-100 px-5 py-10 text-center text-slate-800 md:px-10 md:py-12 '
                'lg:py-20"><section class="blog-impressum mx-auto mb-10 rounded-lg border bg-white px-4 py-6 text-left lg:w-3/4 '
                'xl:w-2/3"><p class="mb-4 text-center text-sm font-bold uppercase tracking-wider text-slate-600">Impressum</p>'
                f'<div class="prose mx-auto w-full dark:prose-dark"><p>{esc(IMPRINT)}</p></div></section><div class="blog-footer-'
                'credits flex flex-col items-center justify-center"><div class="mb-12 flex flex-col flex-wrap items-center"><p '
                f'class="mb-2 text-slate-600 dark:text-slate-300">©<!-- -->2025<!-- --> <!-- -->{NAME}</p><div class="flex '
                'flex-row items-center text-slate-600 dark:text-slate-300"><a href="{{base:offsite}}/hashnode/privacy?source=blog-'
                'footer" class="mx-2 underline">Privacy policy</a><span class="font-extrabold text-black opacity-20 dark:text-'
                'white">·</span><a class="mx-2 underline" href="{{base:offsite}}/hashnode/terms?source=blog-footer">Terms</a>'
                '</div></div><div class="flex flex-col items-center"><a aria-label="Publish with Hashnode" class="mb-4 flex '
                'flex-row items-center rounded-lg border border-slate-300 bg-white p-3 font-heading font-bold tracking-wide '
                'text-slate-600" href="{{base:offsite}}/hashnode/onboard?unlock-blog=true&amp;source=blog-footer"><span class="'
                'mr-2 block text-blue-600">' + svg("hn") + '</span><span>Publish with Hashnode</span></a><p class="text-sm '
                'text-slate-600 dark:text-slate-300">Powered by<!-- --> <a aria-label="Hashnode" href="{{base:offsite}}/hashnode?'
                'source=blog-footer" class="underline">Hashnode</a> <!-- -->- Home for tech writers and readers</p></div></div>'
                "</footer>")

    def document(title: str, head: str, main: str, data: dict) -> str:
        payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        return (f'<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>'
                f'<link rel="icon" type="image/png" href="{CDN}/v1704172134564/favicon-sotay.png"/><meta name="msapplication-config" '
                f'content="/favicon/browserconfig.xml"/><link rel="alternate" type="application/rss+xml" href="/feed.xml"/>'
                f'<title>{esc(title)}</title>{head}<meta name="next-head-count" content="16"/><link rel="preload" '
                f'href="/_next/static/css/5c1e0a9b7d2f4e38.css" as="style"/><link rel="stylesheet" href="/_next/static/css/'
                f'5c1e0a9b7d2f4e38.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/'
                f'static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-3f2b8e91c4d5a6b7.js" '
                f'defer=""></script><script src="/_next/static/chunks/framework-ecc4130bc7a58a64.js" defer=""></script><script '
                f'src="/_next/static/chunks/main-0a9d2c1f3e4b5a68.js" defer=""></script><script src="/_next/static/chunks/pages/'
                f'_app-8e7d6c5b4a392817.js" defer=""></script><script src="/_next/static/{BUILD}/_buildManifest.js" defer=""></script>'
                f'<script src="/_next/static/{BUILD}/_ssgManifest.js" defer=""></script></head><body><div id="__next"><div class="'
                f'min-h-screen bg-white dark:bg-neutral-950"><main>{main}</main></div></div><script id="__NEXT_DATA__" '
                f'type="application/json">{payload}</script><div id="hn-toast"></div></body></html>')

    def article_ld(a) -> str:
        ld = {"@context": "https://schema.org/", "@type": "Blog", "@id": "{{base}}", "mainEntityOfPage": "{{base}}", "name": NAME,
              "description": None, "publisher": {"@type": "Organization", "@id": "{{base}}", "name": NAME,
                                                  "image": {"@type": "ImageObject"}},
              "blogPost": [{"@type": "BlogPosting", "@id": "{{base}}" + a.path, "mainEntityOfPage": "{{base}}" + a.path,
                            "headline": a.title, "name": a.title, "description": brief(a), "datePublished": zulu(a.date),
                            "dateModified": zulu(a.date + timedelta(hours=2)),
                            "author": {"@type": "Person", "@id": f"{{base:offsite}}/hashnode/@{a.opts['user']}",
                                       "name": USERS[a.opts["user"]][0], "url": f"{{base:offsite}}/hashnode/@{a.opts['user']}"},
                            "image": {"@type": "ImageObject", "url": cover_url(a)}, "url": "{{base}}" + a.path,
                            "keywords": [TAGS[t] for t in a.opts["tags"]]}]}
        return json.dumps(ld, ensure_ascii=False)

    comments = {  # on two posts: in __NEXT_DATA__ only (the comments sidebar is client-side)
        "mylien-lmhtx": [("Cảm ơn Liên minh, số liệu rất hữu ích cho HTX chúng tôi.", datetime(2025, 3, 21, 8, 0))],
    }

    # -- posts
    for a in arts:
        o = a.opts
        html = content_html(a)
        u = o["user"]
        cover = cover_url(a)
        cover_html = (f'<div class="relative"><span style="box-sizing:border-box;display:block;overflow:hidden;width:initial;'
                      f'height:initial;background:none;opacity:1;border:0;margin:0;padding:0;position:relative"><img alt="'
                      f'{attr(a.title)}" src="{cover}?w=1600&amp;h=840&amp;fit=crop&amp;crop=entropy&amp;auto=compress,format&amp;'
                      f'format=webp" decoding="async" data-nimg="responsive" class="mb-0 block w-full"/></span></div>') if cover else ""
        tags = "".join(f'<a class="mb-2 mr-3 rounded-lg border bg-slate-100 px-2 py-1 text-base font-medium text-slate-700" '
                       f'href="/tag/{t}?source=tags_bottom_blogs"><span>{esc(TAGS[t])}</span></a>' for t in o["tags"])
        u_date = a.date - UTC
        main = (post_navbar() + '<div class="container mx-auto px-2 md:px-4 2xl:px-10"><article class="flex flex-col items-start '
                'gap-10 pb-10"><div class="blog-article-page container relative mx-auto grid grid-cols-8"><div class="col-span-full '
                f'lg:col-span-6 lg:col-start-2">{cover_html}<div class="font-heading mt-6 break-words px-4 text-center text-3xl '
                'font-extrabold text-slate-900 dark:text-white md:mt-10 md:px-5 md:text-4xl lg:px-8 xl:px-20 xl:text-5xl mb-8 '
                f'md:mb-14"><h1 class="leading-snug" data-query="post-title">{esc(a.title)}</h1></div><div class="relative z-20 '
                'mb-8 flex flex-row flex-wrap items-center justify-center px-4 md:-mt-7 md:mb-14 md:text-lg last:md:mb-10"><div '
                'class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><div style="'
                'z-index:1" class="overflow-hidden rounded-full bg-slate-200 dark:bg-white/20 md:mr-3 h-10 w-10 md:h-12 md:w-12">'
                f'<a href="{{{{base:offsite}}}}/hashnode/@{u}" class="relative block h-full w-full"><img alt="{attr(USERS[u][0])}" '
                f'src="{CDN}/v1704172134564/{oid(u)[:9]}.png?w=200&amp;h=200&amp;fit=crop&amp;crop=faces" class="block h-full '
                f'w-full"/></a></div><a href="{{{{base:offsite}}}}/hashnode/@{u}" class="ml-2 font-semibold text-slate-600 '
                f'dark:text-white md:ml-0"><span>{esc(USERS[u][0])}</span></a></div><div class="mb-5 flex w-full flex-row '
                'items-center justify-center md:mb-0 md:w-auto md:justify-start"><span class="mx-3 hidden font-bold text-slate-500 '
                f'md:block">·</span><a class="tooltip-handle text-slate-700 dark:text-slate-400" data-title="{mdy(a.date)} '
                f'{u_date:%H:%M}" href="{{{{base}}}}{a.path}"><span>{mdy(a.date)}</span></a><span class="mx-3 block font-bold '
                'text-slate-500">·</span><p class="flex flex-row items-center text-slate-700 dark:text-slate-400">'
                + svg("book") + f'<span>{o["read"]}<!-- --> min read</span></p></div></div></div></div><div class="blog-content-'
                'wrapper article-main-wrapper container relative z-30 mx-auto grid grid-flow-row grid-cols-8 xl:gap-6 '
                '2xl:grid-cols-10"><section class="blog-content-main z-20 col-span-8 mb-10 px-4 md:z-10 lg:col-span-6 '
                'lg:col-start-2 lg:px-0 xl:col-span-6 xl:col-start-2 2xl:col-span-6 2xl:col-start-3"><div class="relative"><div '
                'id="post-content-parent" class="relative mb-10 pb-14"><div id="post-content-wrapper" class="prose prose-lg '
                f'min-h-30 dark:prose-dark xl:prose-xl mx-auto mb-10 break-words">{html}</div></div><div class="mb-5 flex w-full '
                f'flex-row flex-wrap justify-center md:mb-0">{tags}</div></div></section></div></article></div>' + footer())
        desc = brief(a)
        head = (f'<link rel="canonical" href="{{{{base}}}}{a.path}"/><meta name="description" content="{attr(desc)}"/>'
                f'<meta property="twitter:card" content="summary_large_image"/><meta property="twitter:title" content="'
                f'{attr(a.title)}"/><meta property="twitter:description" content="{attr(desc)}"/><meta property="og:image" '
                f'content="{cover or "{{base}}/api/og/post?og=" + o["slug"]}"/><meta property="twitter:image" content="'
                f'{cover or "{{base}}/api/og/post?og=" + o["slug"]}"/><script type="application/ld+json">{article_ld(a)}</script>'
                '<style>.hljs{display:block;overflow-x:auto;padding:.5em;background:#23241f}</style>')
        cms = comments.get(u, []) if "so-lieu" in o["tags"] else []
        post_json = {
            "publication": {"id": PUB_ID, "title": NAME, "isTeam": True, "favicon": publication["favicon"],
                            "about": publication["about"], "domainInfo": {"hashnodeSubdomain": "sotayhtxtiengiang",
                                                                          "domain": {"host": "sotay.lmhtxtiengiang.vn", "ready": True}},
                            "urlPattern": "SIMPLE", "features": {"newsletter": {"isEnabled": True}, "readTime": {"isEnabled": True},
                                                                 "textSelectionSharer": {"isEnabled": True}}},
            "id": o["id"], "cuid": o["cuid"], "replyCount": 0, "slug": o["slug"], "series": {"id": SERIES["id"]} if o.get("series") else None,
            "url": "{{base}}" + a.path, "brief": desc, "title": a.title, "hasLatexInPost": False, "subtitle": None,
            "publishedAt": zulu(a.date), "updatedAt": zulu(a.date + timedelta(hours=2)), "readTimeInMinutes": o["read"],
            "reactionCount": 3, "responseCount": len(cms), "seo": {"title": None, "description": None},
            "coverImage": {"url": cover, "isPortrait": False} if cover else None, "author": user_json(u), "coAuthors": [],
            "content": {"markdown": markdown(a), "html": html}, "ogMetaData": {"image": None},
            "tags": [{"id": oid(t), "name": TAGS[t], "slug": t} for t in o["tags"]],
            "features": {"tableOfContents": {"isEnabled": False, "items": []}},
            "preferences": {"disableComments": False, "stickCoverToBottom": False},
            "comments": {"totalDocuments": len(cms), "edges": [
                {"node": {"id": oid(t), "dateAdded": zulu(d), "totalReactions": 0, "replies": {"edges": []},
                          "content": {"markdown": t, "html": f"<p>{esc(t)}</p>"},
                          "author": {"name": "Võ Văn Lộc", "id": oid("loc"), "username": "vovanloc", "profilePicture": None}}}
                for t, d in cms]},
        }
        data = {"props": {"pageProps": {"type": "post", "post": post_json, "morePosts": [{"node": thumb(x)} for x in arts[:4]],
                                        "publication": publication}, "__N_SSG": True},
                "page": "/[slug]", "query": {"slug": o["slug"]}, "buildId": BUILD, "isFallback": False, "gsp": True,
                "scriptLoader": []}
        site.page(a.path, document(a.title, head, main, data), content_type=HTML)
        site.add_article(a)
    alias = "/" + pinned.opts["slug"] + "?source=more_series_bottom_blogs"
    site.same_page(alias, pinned.path)
    pinned.aliases.append(alias)
    site.trap("a post page has three <h1>: the blog's name twice (h1.blog-title, desktop and mobile logo, linking "
              "/?source=top_nav_blog_home) before the post's h1.leading-snug; the whole post again in __NEXT_DATA__",
              arts[0].path)

    # -- lists
    def card(a, first: bool) -> str:
        u = a.opts["user"]
        return (f'<div class="blog-article-card col-span-1{" md:row-span-2 xl:col-span-2" if first else ""}"><a aria-label="Cover '
                f'photo of the article titled {attr(a.title)}" class="blog-article-card-cover mb-4 block w-full overflow-hidden '
                f'rounded-lg border bg-slate-100" href="{a.path}"><img alt="{attr(a.title)}" src="{cover_url(a) or CDN + "/v1/default-cover.png"}'
                f'?w=1600&amp;h=840&amp;fit=crop&amp;crop=entropy&amp;auto=compress,format&amp;format=webp" class="block w-full"/></a>'
                f'<h1 class="blog-article-card-title mx-4 mb-3 block font-heading font-extrabold text-slate-900 hover:opacity-75 '
                f'{"text-xl md:text-3xl lg:text-4xl" if first else "text-xl"}"><a href="{a.path}">{esc(a.title)}</a></h1>'
                + ('<div class="blog-article-card-label mx-4 mb-1 flex flex-row items-center break-words font-heading font-medium '
                   'leading-snug text-blue-600"><span>Pinned</span>' + svg("pin") + "</div>" if a is pinned else "")
                + (f'<p class="blog-article-card-brief mx-4 mb-3 break-words text-lg leading-snug text-slate-500"><a href="{a.path}">'
                   f'{esc(brief(a))}</a></p>' if first else "")
                + f'<div class="blog-article-card-author-strip mx-4 flex flex-row flex-wrap items-center"><a href="{{{{base:offsite}}}}'
                f'/hashnode/@{u}" class="blog-article-card-author-photo mr-2 block h-8 w-8 overflow-hidden rounded-full"><img '
                f'alt="{attr(USERS[u][0])}" src="{CDN}/v1704172134564/{oid(u)[:9]}.png?w=72&amp;h=72&amp;fit=crop&amp;crop=faces"/>'
                f'</a><div class="flex flex-col items-start leading-snug"><a class="blog-article-card-author-name block font-semibold '
                f'text-slate-700" href="{{{{base:offsite}}}}/hashnode/@{u}">{esc(USERS[u][0])}</a><div class="blog-article-card-'
                f'article-meta flex flex-row text-sm"><p class="text-slate-500"><a class="flex flex-row items-center" href="'
                f'{a.path}">' + svg("book") + f'<span>{a.opts["read"]}<!-- --> min read</span></a></p><p class="mx-2 font-bold '
                f'text-slate-500">·</p><p class="text-slate-500"><a class="flex flex-row items-center" href="{a.path}">'
                + svg("chart") + f'<span>{a.opts["views"]}<!-- --> views</span></a></p></div></div></div></div>')

    def preview(a) -> str:
        """blog-post-preview (tag and series pages): title, author (team), date 'll', read time, brief."""
        u = a.opts["user"]
        return (f'<div class="blog-post-card mb-16 px-4 lg:px-16"><section class="blog-post-card-wrapper flex flex-wrap items-start '
                f'flex-row"><div class="lg:w-3/5"><h1 class="blog-post-card-title mb-3 break-words font-heading text-2xl font-bold '
                f'leading-tight text-slate-900 lg:text-3xl"><a aria-label="{attr(a.title)}" href="{a.path}">{esc(a.title)}</a></h1>'
                f'<div class="blog-post-card-meta mb-3 flex flex-row flex-wrap items-center font-heading text-sm font-medium '
                f'text-slate-500 mt-4"><div class="mb-4 flex w-full flex-row items-center"><a href="{{{{base:offsite}}}}/hashnode/@{u}" '
                f'class="blog-post-card-author-name text-lg font-medium text-slate-800">{esc(USERS[u][0])}</a></div><a aria-label="'
                f'{attr(a.title)}" class="blog-post-card-time mr-4" href="{a.path}">{mdy(a.date)}</a><a aria-label="{attr(a.title)} '
                f'min read" class="mr-4 flex flex-row items-center" href="{a.path}">' + svg("book") + f'<span>{a.opts["read"]}'
                f'<!-- --> min read </span></a></div><p class="blog-post-card-brief block w-full break-words text-lg leading-snug '
                f'text-slate-700"><a aria-label="{attr(a.title)}" href="{a.path}">{esc(brief(a))}</a></p></div></section></div>')

    def list_head(desc: str, canon: str | None = None) -> str:
        return ((f'<link rel="canonical" href="{{{{base}}}}{canon}"/>' if canon else "")
                + f'<meta name="description" content="{attr(desc)}"/><meta property="twitter:card" content="summary_large_image"/>'
                f'<meta property="twitter:title" content="{NAME}"/><meta property="og:image" content="{{{{base}}}}/api/og/home"/>')

    featured = "".join(card(a, k == 0) for k, a in enumerate(home_posts[:3]))
    rest = "".join(card(a, False) for a in home_posts[3:])
    home_main = (header(None, True) + f'<div><div class="blog-featured-area mx-auto border-b bg-slate-50"><div class="blog-featured-'
                 f'container container mx-auto grid grid-cols-1 gap-8 px-4 py-4 md:grid-flow-col md:grid-cols-2 md:grid-rows-2 '
                 f'xl:grid-cols-3 xl:py-10 xl:px-10 2xl:px-24 2xl:py-10">{featured}</div></div><div class="blog-author-container '
                 f'border-b"><div class="blog-author-area feed-width mx-auto md:w-3/4 lg:w-2/3 px-4 lg:px-8"><div class="blog-author-'
                 f'card mx-auto px-2 py-8 md:px-8 md:py-10"><div class="flex flex-col flex-wrap items-center"><div class="flex w-full '
                 f'flex-col items-center"><div class="prose text-center dark:prose-dark max-w-full lg:prose-xl"><p>{esc(ABOUT)}</p>'
                 f'</div></div></div></div></div></div><div class="blog-content-area feed-width mx-auto md:w-2/3"><div></div></div>'
                 f'<div class="blog-articles-area mx-auto mt-10"><div class="blog-articles-container container mx-auto grid '
                 f'grid-cols-1 gap-10 px-4 py-4 md:grid-cols-2 lg:grid-cols-3 xl:py-10 xl:px-10 2xl:px-24 2xl:py-5">{rest}<div '
                 f'class="col-span-1 flex flex-row justify-center py-10 md:col-span-2 lg:col-span-3"><button type="button" class="'
                 f'w-full justify-center px-4 py-2 text-lg text-blue-600"><span>Load more</span>' + svg("chevron-down")
                 + "</button></div></div></div></div>" + footer())
    edges = [{"__typename": "PostEdge", "cursor": f"{thumb(a)['id']}_{zulu(a.date)}", "node": thumb(a)} for a in plain[:5]]
    urql = {"1183457283": {"data": json.dumps({"publication": {"__typename": "Publication", "id": PUB_ID, "posts": {
        "__typename": "PublicationPostConnection", "edges": edges,
        "pageInfo": {"__typename": "PageInfo", "hasNextPage": True, "endCursor": edges[-1]["cursor"]}}}}, ensure_ascii=False),
        "hasNext": False}}
    home_data = {"props": {"pageProps": {"publication": {**publication, "pinnedPost": thumb(pinned)}, "initialLimit": 5,
                                         "urqlState": urql, "host": "sotay.lmhtxtiengiang.vn", "isHome": True}, "__N_SSG": True},
                 "page": "/", "query": {}, "buildId": BUILD, "isFallback": False, "gsp": True, "scriptLoader": []}
    site.page("/", document(NAME, list_head(ABOUT) + '<script type="application/ld+json">' + json.dumps(
        {"@context": "https://schema.org/", "@type": "Blog", "@id": "{{base}}", "mainEntityOfPage": "{{base}}", "name": NAME,
         "description": ABOUT, "publisher": {"@type": "Organization", "@id": "{{base}}", "name": NAME, "image": {"@type": "ImageObject"}}},
        ensure_ascii=False) + "</script>", home_main, home_data))
    site.same_page("/?source=top_nav_blog_home", "/")
    site.non_articles += ["/", "/?source=top_nav_blog_home"]
    site.trap("home page: the pinned plan first ('Pinned'), then the five newest (featured cards h1.blog-article-card-title "
              "and magazine cards); 'Load more' is a button (GraphQL, no page-2 URL): the two oldest posts are not on it; "
              "the post pages link it as /?source=top_nav_blog_home", "/")

    def list_page(path: str, title: str, kind: str, label: str, name: str, sub: str, posts: list, active: str | None) -> None:
        body = "".join(preview(a) for a in posts)
        main = (header(active, False) + '<div class="blog-content-area feed-width mx-auto md:w-2/3 mt-12"><div class="blog-series-'
                'card mt-12 mb-16 px-4 lg:px-16"><div class="flex w-full min-w-0 flex-col flex-wrap items-center md:flex-row '
                'xl:flex-nowrap"><div class="mb-5 w-full min-w-0 xl:mb-0 xl:flex-1 xl:pr-8"><span class="blog-series-label mb-2 '
                f'font-semibold uppercase tracking-tight text-slate-600">{label}</span><div class="truncate "><h1 class="blog-series-'
                f'title mb-2 pb-px font-heading text-3xl font-bold text-slate-900 md:text-4xl">{esc(name)}</h1><p class="text-lg '
                f'text-slate-600">{esc(sub)}</p></div></div></div></div><div class="my-10 flex flex-col items-center justify-center">'
                '<hr class="w-full border-t"/><p class="-mt-5 bg-white p-2 font-medium text-slate-600">'
                + ("Articles with this tag" if kind == "tag" else "Articles in this series")
                + f'</p></div><div class="blog-posts-wrapper mt-10">{body}</div></div>' + footer())
        data = {"props": {"pageProps": {"publication": publication, "posts": {"edges": [{"node": thumb(a), "cursor": thumb(a)["id"]}
                                                                                          for a in posts],
                                                                                "pageInfo": {"hasNextPage": False, "endCursor": None}},
                                        "slug": path.rsplit("/", 1)[1], "currentMenuId": ""}, "__N_SSP": True},
                "page": f"/{kind}/[slug]", "query": {"slug": path.rsplit("/", 1)[1]}, "buildId": BUILD, "isFallback": False,
                "gssp": True, "scriptLoader": []}
        site.page(path, document(title, "", main, data), content_type=HTML)
        site.non_articles.append(path)

    for t, n in TAGS.items():
        posts = [a for a in arts if t in a.opts["tags"]][:6]
        list_page(f"/tag/{t}", f"#{n} - {NAME}", "tag", "Tag", n, f"#{t}", posts, None)
        site.same_page(f"/tag/{t}?source=tags_bottom_blogs", f"/tag/{t}")
        site.non_articles.append(f"/tag/{t}?source=tags_bottom_blogs")
    series_posts = [a for a in arts if a.opts.get("series")]
    list_page(f"/series/{SERIES['slug']}", f"{SERIES['name']} - {NAME}", "series", "Series", SERIES["name"], SERIES["desc"],
              series_posts, "series")
    site.trap("tag pages /tag/<slug> (h1 = the tag's name under 'Tag', cards with h1 titles and dates 'Mar 20, 2025'; the "
              "posts link them with ?source=tags_bottom_blogs) and the series page: lists", "/tag/kinh-te-tap-the")

    # newsletter, static pages
    recent = "".join(card(a, False) for a in arts[:3])
    news_main = (header("newsletter", False) + '<div class="blog-page-area mx-auto min-h-screen px-4 pb-8 pt-20 md:px-10 md:pt-20">'
                 f'<div class="mx-auto w-full text-center md:w-2/3"><h1 class="mb-5 font-heading text-3xl font-bold">{NAME} '
                 '- Newsletter</h1><div class="my-10 mt-20 flex w-full flex-col items-center pb-10 md:px-5"><h3 class="mb-5 '
                 'text-center font-heading text-2xl font-bold text-slate-900 md:text-3xl">Subscribe to our newsletter</h3><p '
                 f'class="mb-5 text-center text-lg text-slate-700 md:w-2/3 md:text-xl">Read articles from <strong>{NAME}</strong> '
                 'directly inside your inbox. Subscribe to the newsletter, and don\'t miss out.</p><div class="flex flex-row '
                 'overflow-hidden rounded-lg border border-slate-800 md:w-2/3"><input type="email" placeholder="Enter your email '
                 'address" class="w-full bg-transparent p-3"/><button type="button" class="shrink-0 rounded-none bg-slate-800 px-3 '
                 'font-bold uppercase tracking-wide text-white">Subscribe</button></div></div></div><div class="blog-more-articles '
                 'mt-10"><h3 class="mb-3 text-center font-heading text-xl font-bold text-slate-900">Recent articles</h3></div><div '
                 'class="blog-articles-container container mx-auto grid grid-cols-1 gap-10 px-4 md:grid-cols-2 lg:grid-cols-3 xl:px-10 '
                 f'xl:py-10 2xl:px-24 2xl:py-5">{recent}</div></div>' + footer())
    site.page("/newsletter", document(f"Newsletter - {NAME}", "", news_main, {
        "props": {"pageProps": {"publication": publication, "recent3Posts": [thumb(a) for a in arts[:3]], "currentMenuId": "newsletter"},
                  "__N_SSP": True}, "page": "/newsletter", "query": {}, "buildId": BUILD, "isFallback": False, "gssp": True,
        "scriptLoader": []}), content_type=HTML)
    site.non_articles.append("/newsletter")
    for slug, title, body, active in [
            ("gioi-thieu", "Giới thiệu", f"<p>{esc(ABOUT)}</p><p>Trang do Ban Tuyên truyền - Kiểm tra, Liên minh HTX tỉnh "
             "Tiền Giang quản lý từ tháng 1/2024.</p><h2>Chuyên mục</h2><ul><li>Kế hoạch, văn bản</li><li>Số liệu kinh tế "
             "tập thể</li><li>Mô hình HTX tiêu biểu</li></ul>", "page"),
            ("lien-he", "Liên hệ", f"<p>{esc(IMPRINT)}</p><p>Email: bbt.sotayhtx@lmhtxtiengiang.vn</p>", None)]:
        main = (header(active, False) + '<div class="container mx-auto px-2 md:px-4 2xl:px-10"><article class="flex flex-col '
                'items-start gap-10 pb-10"><div class="blog-page-area mx-auto min-h-screen px-4 py-8 md:w-2/3 md:p-10"><div '
                'class="blog-page-card pb-32"><div class="blog-page-content prose prose-lg mx-auto break-words tracking-tight '
                'dark:prose-dark xl:prose-xl"><h1 class="blog-page-title mb-10 break-words text-3xl font-bold text-black '
                f'md:text-4xl xl:text-5xl">{esc(title)}</h1><div>{body}</div></div></div></div></article></div>' + footer())
        data = {"props": {"pageProps": {"type": "page", "page": {"id": oid(slug), "title": title, "slug": slug,
                                                                 "content": {"html": body}}, "publication": publication},
                          "__N_SSG": True}, "page": "/[slug]", "query": {"slug": slug}, "buildId": BUILD,
                "isFallback": False, "gsp": True, "scriptLoader": []}
        site.page(f"/{slug}", document(NAME, list_head(ABOUT), main, data), content_type=HTML)
        site.non_articles.append(f"/{slug}")
    site.trap("static pages /gioi-thieu, /lien-he (the post route [slug] with type 'page': h1.blog-page-title, text, no "
              "date) and /newsletter: no articles", "/gioi-thieu")

    # feeds, sitemap, robots
    def rfc(d: datetime) -> str:
        return (d - UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")

    def cdata(s: str) -> str:
        return f"<![CDATA[{s}]]>"

    non_ascii = re.compile("[\u0080-\uffff]")
    items = "".join(
        f"<item><title>{cdata(a.title)}</title><description>{cdata(non_ascii.sub('', content_html(a)))}"
        f'</description><link>{{{{base}}}}{a.path}</link><guid isPermaLink="true">{{{{base}}}}{a.path}</guid>'
        + "".join(f"<category>{cdata(TAGS[t])}</category>" for t in a.opts["tags"])
        + f"<dc:creator>{cdata(USERS[a.opts['user']][0])}</dc:creator><pubDate>{rfc(a.date)}</pubDate>"
        + (f"<cover_image>{cover_url(a)}</cover_image>" if cover_url(a) else "") + "</item>" for a in arts)
    rss = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/'
           'rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>'
           f"<title>{cdata(NAME)}</title><description>{cdata('<p>' + esc(ABOUT) + '</p>')}</description><link>{{{{base}}}}</link>"
           f"<generator>RSS for Node</generator><lastBuildDate>Tue, 10 Jun 2025 02:00:00 GMT</lastBuildDate><atom:link href="
           f'"{{{{base}}}}/rss.xml" rel="self" type="application/rss+xml"/><language>{cdata("en")}</language><ttl>60</ttl>'
           f'<atom:link rel="first" href="{{{{base}}}}/rss.xml"/>{items}</channel></rss>')
    site.page("/rss.xml", rss, content_type="text/xml")
    site.trap("RSS /rss.xml (the `rss` package): pubDate in GMT, dc:creator the account, the description is the post's HTML "
              "with every non-ASCII character stripped ('Lin minh HTX tnh'); the head's alternate link names /feed.xml, "
              "which answers 404", "/rss.xml")
    site.broken("/feed.xml")
    sm = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{{base}}</loc>'
          f"<changefreq>always</changefreq><priority>1</priority><lastmod>{zulu(arts[0].date)}</lastmod></url>"
          + "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><changefreq>daily</changefreq><priority>0.8</priority><lastmod>"
                    f"{zulu(a.date + timedelta(hours=2))}</lastmod></url>" for a in arts)
          + "".join(f"<url><loc>{{{{base}}}}/{p}</loc><changefreq>always</changefreq><priority>1</priority></url>"
                    for p in ("gioi-thieu", "lien-he"))
          + "".join(f"<url><loc>{{{{base}}}}/tag/{t}</loc><changefreq>always</changefreq><priority>1</priority></url>"
                    for t in dict.fromkeys(t for a in arts for t in a.opts["tags"]))
          + "</urlset>")
    site.page("/sitemap.xml", sm, content_type="text/xml")
    site.static("/robots.txt", "User-agent: *\nAllow: /\n\n# Google adsbot ignores robots.txt unless specifically named!\n"
                "User-agent: AdsBot-Google\nAllow: /\n\nUser-agent: GPTBot\nDisallow: /\n\nSitemap: {{base}}/sitemap.xml")
    for f in ("/_next/static/css/5c1e0a9b7d2f4e38.css",):
        site.static(f, "body{margin:0}\n")
    site.static("/favicon/browserconfig.xml", '<?xml version="1.0" encoding="utf-8"?><browserconfig><msapplication/></browserconfig>')
    return site
