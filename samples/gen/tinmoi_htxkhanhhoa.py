"""Site `tinmoi-htxkhanhhoa` (registry family `generic`): "Tin mới Liên minh HTX Khánh Hòa", the news site of the
Khánh Hòa cooperative alliance (Ninh Thuận joined the province on 1 July 2025), a **Next.js 14** site (Pages Router,
`getStaticProps` for posts, `getServerSideProps` for the paginated lists) server-rendered from **Contentful**
(headless CMS, content types `blogPost`, `author`, `category`, `htmlEmbed`). Written as a held-out test: no family
module, no selectors.

URL shapes: a post `/tin-tuc/<slug>` (no trailing slash: Next.js answers `/tin-tuc/<slug>/` with a 308 to it), the
news list `/tin-tuc` and `/tin-tuc?page=2`, categories `/chuyen-muc/<slug>` (`?page=2`), Contentful pages
`/gioi-thieu`, `/lien-he`; images through the optimizer `/_next/image?url=<encoded images.ctfassets.net URL>&w=…&q=75`
(`srcSet` of eight widths), files through a rewrite `/tai-lieu/<asset id>/<hash>/<file name>` to assets.ctfassets.net;
`/rss.xml` (the `feed` package, dates in GMT), `/sitemap.xml` -> `/sitemap-0.xml` (next-sitemap: every `lastmod` is
the build time), `/robots.txt` (next-sitemap's).

Why it is hard: the HTML is what Next.js emits: one line, no whitespace between blocks, React's `<!-- -->` between
adjacent text nodes (the date line is `06:10<!-- -->, <!-- -->10/03/2026`), `<time dateTime>` in UTC (a post of
06:10 on 10/03 carries `2026-03-09T23:10:00.000Z`), and `script#__NEXT_DATA__` holding the whole Contentful entry
(`sys.createdAt`/`updatedAt` in UTC, `publishDate` as Contentful stores it: `2026-03-10T06:10+07:00`, the rich-text
document, the author entry). The rich text is rendered by @contentful/rich-text-react-renderer (`<p>`, `<h2>`,
`<ul><li><p>`, `<b>`), photos are embedded assets rendered as `<figure>` + next/image + `<figcaption>` (the asset's
description), the data table is an embedded `htmlEmbed` entry (a Word table pasted as HTML, inserted with
dangerouslySetInnerHTML). The sapo is the `excerpt` field (`p.post__excerpt`), the byline is the last bold paragraph
of the rich text; the `author` reference above the text is an entry that is either a person or the office account
"Ban Biên tập" / "Văn phòng Liên minh" (JSON-LD then calls the office a Person). Attachments are an `attachments`
field rendered after the text ("Tài liệu đính kèm").
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "tinmoi-htxkhanhhoa"
NAME = "Tin mới Liên minh HTX Khánh Hòa"
ORG = "Liên minh Hợp tác xã tỉnh Khánh Hòa"
HTML = "text/html; charset=utf-8"
SPACE = "x8k2m4p9q1rs"
BUILD_ID = "kH7vT2qLmR9pW4nZb6JcY"
BUILT = datetime(2026, 3, 10, 3, 2, 17)  # UTC, the last deploy
CATS = {"tin-hoat-dong": "Tin hoạt động", "van-ban-thong-bao": "Văn bản - Thông báo", "mo-hinh-htx": "Mô hình HTX"}
AUTHORS = {"bbt": "Ban Biên tập", "vp": "Văn phòng Liên minh", "thuha": "Phạm Thị Thu Hà"}
ADDRESS = "Trụ sở: Số 2 Hàn Thuyên, phường Nha Trang, tỉnh Khánh Hòa"
PHONE = "Điện thoại: 0258 3822 147"
EMAIL = "Email: lienminhhtx@khanhhoa.gov.vn"
COPY = "© 2026 Liên minh Hợp tác xã tỉnh Khánh Hòa. Bản quyền thuộc về Liên minh HTX tỉnh."
SLOGAN = "Kinh tế tập thể vì sự phát triển bền vững"
FURN = [SLOGAN, ADDRESS, PHONE, EMAIL, COPY, "Trang chủ", "Tin mới nhất", "Đọc nhiều", "Bài viết liên quan",
        "Chia sẻ:", "Sao chép liên kết", "Zalo", "Facebook", "Tài liệu đính kèm", "Theo dõi chúng tôi", "Ban Biên tập"]
PER_PAGE = 5
WIDTHS = (640, 750, 828, 1080, 1200, 1920, 2048, 3840)


def hid(*parts: str, n: int = 22) -> str:
    """A Contentful-looking id (base62-ish) from a seed."""
    digest = hashlib.sha256("|".join(parts).encode()).digest()
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    return "".join(alphabet[b % 62] for b in digest)[:n]


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def zulu(d: datetime, ms: int = 0) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata", "date-element", "listing"])

    return [
        A(path="anh-diem-dan-htx-muoi-hon-khoi-vao-vu-thu-hoach-chinh",
          title="Ảnh: Diêm dân HTX Muối Hòn Khói vào vụ thu hoạch chính",
          lead="Tháng 3, các thành viên HTX Muối Hòn Khói (phường Ninh Hòa) bước vào vụ thu hoạch muối chính năm 2026 "
               "với sản lượng dự kiến hơn 12.000 tấn.",
          body="""
[img hon-khoi-1.jpg] Diêm dân cào muối trên đồng muối Hòn Khói từ 4 giờ sáng
[img hon-khoi-2.jpg] Muối được gánh lên bờ, tập kết để đưa về kho của HTX
[img hon-khoi-3.jpg] Sản phẩm muối sạch Hòn Khói đóng gói tại xưởng, đạt chứng nhận OCOP 3 sao
Năm nay, HTX đã ký hợp đồng tiêu thụ 5.000 tấn muối với hai doanh nghiệp chế biến thủy sản trong tỉnh.
""", byline="Bài và ảnh: Nguyễn Hữu Phước", author="Nguyễn Hữu Phước",
          opts={"cat": "tin-hoat-dong", "who": "bbt", "updated": datetime(2026, 3, 10, 7, 41), "hero": "hon-khoi-0.jpg"},
          notes=["photo story published 06:10 on 10/03/2026: the page's <time dateTime> is '2026-03-09T23:10:00.000Z' and "
                 "/rss.xml says 'Mon, 09 Mar 2026 23:10:00 GMT' (both the previous day in UTC), article:published_time "
                 "'2026-03-10T06:10+07:00'; three embedded assets rendered as <figure> + next/image (srcSet through "
                 "/_next/image) + <figcaption>: one line each; 'Bài và ảnh: Nguyễn Hữu Phước' (a bold paragraph) -> "
                 "author, although the author field (and JSON-LD's Person) is 'Ban Biên tập'"],
          **at(datetime(2026, 3, 10, 6, 10))),
        A(path="thong-bao-so-07-tb-lmhtx-to-chuc-hoi-cho-san-pham-ocop-va-htx-nam-2026",
          title="Thông báo số 07/TB-LMHTX về việc tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh Khánh Hòa năm 2026",
          lead="Liên minh HTX tỉnh thông báo tới các HTX, liên hiệp HTX trên địa bàn tỉnh về việc đăng ký tham gia Hội chợ "
               "sản phẩm OCOP và HTX năm 2026.",
          body="""
LIÊN MINH HTX TỈNH KHÁNH HÒA
Số: 07/TB-LMHTX
Khánh Hòa, ngày 03 tháng 3 năm 2026
THÔNG BÁO
Về việc tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh Khánh Hòa năm 2026
Hội chợ diễn ra từ ngày 24 đến 28/3/2026 tại Quảng trường 2/4, phường Nha Trang, với quy mô khoảng 200 gian hàng.
* Đối tượng: HTX, liên hiệp HTX, tổ hợp tác có sản phẩm OCOP hoặc sản phẩm chủ lực của địa phương.
* Hạn đăng ký: trước ngày 16/3/2026, gửi về Văn phòng Liên minh HTX tỉnh.
* Liên minh HTX tỉnh hỗ trợ toàn bộ chi phí gian hàng cho HTX ở khu vực Ninh Thuận cũ và các xã miền núi.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Thắng
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "", "text": "TB-07-LMHTX-2026.pdf"}],
          opts={"cat": "van-ban-thong-bao", "who": "vp", "updated": datetime(2026, 3, 5, 10, 12), "hero": "hoi-cho-ocop.jpg"},
          notes=["notice 'Số: 07/TB-LMHTX' dated 03/3 in the text, published 10:00 on 05/03 (publishDate "
                 "'2026-03-05T10:00+07:00'); the signer 'Lê Văn Thắng' is text; the author field is the office "
                 "'Văn phòng Liên minh': no author; the attachments field renders 'Tài liệu đính kèm' after the text, "
                 "a link to /tai-lieu/<asset>/<hash>/TB-07-LMHTX-2026.pdf (a Next.js rewrite to the Contentful CDN)"],
          **at(datetime(2026, 3, 5, 10, 0))),
        A(path="sau-giai-phap-phat-trien-htx-nuoi-trong-thuy-san-ven-bien",
          title="Sáu giải pháp phát triển HTX nuôi trồng thủy sản ven biển",
          lead="Để HTX nuôi trồng thủy sản ven biển phát triển bền vững, ngành nông nghiệp tỉnh khuyến cáo các HTX tập trung "
               "vào sáu giải pháp.",
          body="""
## Các giải pháp trọng tâm
* Quy hoạch vùng nuôi tập trung, có hệ thống cấp và thoát nước riêng;
* Áp dụng quy trình nuôi tôm hai giai đoạn, giảm rủi ro dịch bệnh;
* Liên kết với doanh nghiệp cung ứng con giống sạch bệnh;
* Ghi chép nhật ký nuôi để truy xuất nguồn gốc sản phẩm;
* Tham gia bảo hiểm nông nghiệp cho diện tích nuôi;
* Ký hợp đồng bao tiêu sản phẩm trước mỗi vụ nuôi.
Hiện toàn tỉnh có 46 HTX nuôi trồng thủy sản, tập trung ở Vạn Ninh, Cam Lâm và khu vực Ninh Thuận cũ.
""", byline="Trần Quốc Bảo - Trung tâm Khuyến nông", author="Trần Quốc Bảo",
          opts={"cat": "tin-hoat-dong", "who": "bbt", "updated": datetime(2026, 2, 12, 9, 30), "hero": "nuoi-tom.jpg"},
          notes=["an <h2> then six list items (rich text <ul><li><p>, one line each); byline 'Trần Quốc Bảo - Trung tâm "
                 "Khuyến nông' -> author Trần Quốc Bảo"],
          **at(datetime(2026, 2, 12, 9, 15))),
        A(path="htx-nong-nghiep-cam-thanh-bac-ky-hop-dong-tieu-thu-300-tan-xoai-uc",
          title="HTX Nông nghiệp Cam Thành Bắc ký hợp đồng tiêu thụ 300 tấn xoài Úc",
          lead="Ngày 2/2, HTX Nông nghiệp Cam Thành Bắc ký hợp đồng tiêu thụ 300 tấn xoài Úc với một doanh nghiệp xuất khẩu "
               "trái cây.",
          body="""
Theo hợp đồng, doanh nghiệp thu mua xoài đạt chuẩn VietGAP của 58 hộ thành viên với giá không thấp hơn giá thị trường tại vườn.
HTX chịu trách nhiệm hướng dẫn thành viên bao trái, ghi chép nhật ký sản xuất và tổ chức thu hái đúng độ chín.
Đây là năm thứ ba HTX liên kết tiêu thụ xoài theo hợp đồng, giúp thu nhập của thành viên tăng khoảng 20% so với bán lẻ cho thương lái.
""", byline="Lê Hoàng Anh", author="Lê Hoàng Anh",
          opts={"cat": "tin-hoat-dong", "who": "bbt", "updated": datetime(2026, 2, 3, 14, 6), "hero": "xoai-uc.jpg",
                "slash": True},
          notes=["the bare name 'Lê Hoàng Anh' closes the text (a bold paragraph) -> author; /gioi-thieu links it as "
                 "/tin-tuc/<slug>/ (trailing slash), which Next.js answers with a 308 to the post: an alias"],
          **at(datetime(2026, 2, 3, 14, 0))),
        A(path="kinh-te-tap-the-tinh-khanh-hoa-nam-2025-so-htx-va-doanh-thu-cung-tang",
          title="Kinh tế tập thể tỉnh Khánh Hòa năm 2025: số HTX và doanh thu cùng tăng",
          lead="Năm 2025, khu vực kinh tế tập thể của tỉnh Khánh Hòa (sau hợp nhất với tỉnh Ninh Thuận) tiếp tục phát triển "
               "cả về số lượng và chất lượng.",
          body="""
Số liệu tổng hợp của Liên minh HTX tỉnh như sau:
| Chỉ tiêu | Năm 2024 | Năm 2025 |
| Số HTX đang hoạt động | 412 | 447 |
| Số thành viên HTX | 38.620 | 40.115 |
| Doanh thu bình quân một HTX (triệu đồng) | 3.150 | 3.480 |
| Số tổ hợp tác | 1.208 | 1.263 |
Các HTX nông nghiệp, thủy sản và dịch vụ du lịch cộng đồng có mức tăng trưởng cao nhất.
""", byline="Theo Báo Khánh Hòa", author=None,
          opts={"cat": "tin-hoat-dong", "who": "bbt", "updated": datetime(2026, 1, 23, 8, 20), "hero": "so-lieu-2025.jpg",
                "utm": True},
          notes=["the table is an embedded 'htmlEmbed' entry (a pasted Word table inserted as raw HTML): one line per "
                 "row; 'Theo Báo Khánh Hòa' names a newspaper: text, author null; the home page's 'Tin nổi bật' links it "
                 "with ?utm_source=zalo&utm_medium=social (same page): an alias"],
          **at(datetime(2026, 1, 22, 15, 30))),
        A(path="lien-minh-htx-tinh-tap-huan-chuyen-doi-so-cho-80-can-bo-quan-ly-htx",
          title="Liên minh HTX tỉnh tập huấn chuyển đổi số cho 80 cán bộ quản lý HTX",
          lead="Trong hai ngày 6 và 7/1, Liên minh HTX tỉnh Khánh Hòa tổ chức lớp tập huấn chuyển đổi số cho 80 cán bộ quản "
               "lý HTX.",
          body="""
Học viên được hướng dẫn sử dụng phần mềm kế toán, hóa đơn điện tử và mở gian hàng trên sàn thương mại điện tử.
## Hỗ trợ sau tập huấn
Liên minh HTX tỉnh sẽ cử cán bộ đến từng HTX để hỗ trợ cài đặt phần mềm và hướng dẫn vận hành trong quý I năm 2026.
""", author=None,
          opts={"cat": "tin-hoat-dong", "who": "bbt", "updated": datetime(2026, 1, 8, 8, 41), "hero": "tap-huan-cds.jpg"},
          notes=["no byline; the author field is the office 'Ban Biên tập' (JSON-LD: a Person of that name): author null; "
                 "only on /tin-tuc?page=2 among the news pages"],
          **at(datetime(2026, 1, 8, 8, 30))),
        A(path="htx-yen-sao-ninh-hai-lien-ket-voi-doanh-nghiep-che-bien-nang-gia-tri-san-pham",
          title="HTX Yến sào Ninh Hải liên kết với doanh nghiệp chế biến nâng giá trị sản phẩm",
          lead="HTX Yến sào Ninh Hải vừa ký thỏa thuận liên kết với một doanh nghiệp chế biến yến sào tại phường Nha Trang.",
          body="""
HTX hiện có 32 thành viên với hơn 120 nhà nuôi chim yến ở khu vực Ninh Thuận cũ.
Theo thỏa thuận, doanh nghiệp hỗ trợ HTX xây dựng quy trình sơ chế tổ yến đạt chuẩn và bao tiêu toàn bộ sản phẩm.
HTX đặt mục tiêu có sản phẩm yến sào đạt chứng nhận OCOP 4 sao trong năm 2026.
""", author="Phạm Thị Thu Hà",
          opts={"cat": "mo-hinh-htx", "who": "thuha", "updated": datetime(2026, 1, 14, 9, 5), "hero": "yen-sao.jpg"},
          notes=["no byline in the text; the author field is the reporter 'Phạm Thị Thu Hà' (printed under the title) -> "
                 "author; edited weeks later: sys.updatedAt / article:modified_time '2026-01-14T02:05:…Z' is not the "
                 "publication"],
          **at(datetime(2025, 12, 18, 16, 45))),
        A(path="hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-hai-nhiem-ky-2025-2030",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ hai, nhiệm kỳ 2025 - 2030",
          lead="Ngày 4/12, Ban Chấp hành Liên minh HTX tỉnh Khánh Hòa tổ chức hội nghị lần thứ hai, nhiệm kỳ 2025 - 2030.",
          body="""
Hội nghị đánh giá kết quả hoạt động năm 2025 và thông qua chương trình công tác năm 2026.
## Chỉ tiêu năm 2026
Phấn đấu thành lập mới 60 HTX, nâng tỷ lệ HTX hoạt động hiệu quả lên 75%.
""", byline="Đức Minh", author="Đức Minh",
          opts={"cat": "tin-hoat-dong", "who": "bbt", "updated": datetime(2025, 12, 5, 10, 33), "hero": "hoi-nghi-bch.jpg"},
          notes=["oldest post: only on /tin-tuc?page=2 and /chuyen-muc/tin-hoat-dong?page=2 (no widget or related box "
                 "lists it); 'Đức Minh' closes the text -> author"],
          **at(datetime(2025, 12, 5, 10, 20))),
    ]


# -- Contentful JSON -------------------------------------------------------------------------------

def link(kind: str, ident: str) -> dict:
    return {"sys": {"type": "Link", "linkType": kind, "id": ident}}


def sys_of(ident: str, ctype: str | None, created: datetime, updated: datetime, revision: int = 1,
           kind: str = "Entry") -> dict:
    s = {"space": link("Space", SPACE), "id": ident, "type": kind, "createdAt": zulu(utc(created), int(ident[-2:], 36) % 1000),
         "updatedAt": zulu(utc(updated), int(ident[:2], 36) % 1000), "environment": link("Environment", "master"),
         "revision": revision}
    if ctype:
        s["contentType"] = link("ContentType", ctype)
    s["locale"] = "vi-VN"
    return {"metadata": {"tags": []}, "sys": s}


def asset(name: str, title: str, description: str, created: datetime) -> dict:
    aid = hid("asset", name)
    entry = sys_of(aid, None, created, created, 2, "Asset")
    ext = name.rsplit(".", 1)[-1]
    ctype = {"jpg": "image/jpeg", "png": "image/png", "pdf": "application/pdf"}[ext]
    details = {"size": 180_000 + int(hashlib.sha1(name.encode()).hexdigest()[:4], 16)}
    if ctype.startswith("image/"):
        details["image"] = {"width": 1600, "height": 1067}
    host = "images" if ctype.startswith("image/") else "assets"
    entry["fields"] = {"title": title, "description": description,
                       "file": {"url": f"//{host}.ctfassets.net/{SPACE}/{aid}/{hashlib.md5(name.encode()).hexdigest()}/{name}",
                                "details": details, "fileName": name, "contentType": ctype}}
    return entry


def text_nodes(text: str) -> list[dict]:
    """Rich-text text nodes: **bold** becomes a bold mark."""
    out = []
    parts = text.split("**")
    for k, part in enumerate(parts):
        if part:
            out.append({"nodeType": "text", "value": part, "marks": [{"type": "bold"}] if k % 2 else [], "data": {}})
    return out or [{"nodeType": "text", "value": "", "marks": [], "data": {}}]


def para(text: str) -> dict:
    return {"nodeType": "paragraph", "data": {}, "content": text_nodes(text)}


def word_table(rows: list[list[str]]) -> str:
    """A table pasted from Word into the 'HTML' field: line breaks between its elements."""
    out = ['<table border="1" cellspacing="0" cellpadding="6" style="width:100%;border-collapse:collapse">', "<tbody>"]
    for k, row in enumerate(rows):
        tag = "th" if k == 0 else "td"
        out.append("<tr>")
        out.extend(f"<{tag}>{esc(c)}</{tag}>" for c in row)
        out.append("</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


# -- the site ---------------------------------------------------------------------------------------

def build() -> SiteBuild:
    site = SiteBuild(SITE, "khanh-hoa", NAME + " (Next.js)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["slug"] = a.path
        a.path = f"/tin-tuc/{a.path}"
        a.opts["id"] = hid("entry", a.opts["slug"])
    author_entries = {k: {**sys_of(hid("author", k), "author", datetime(2025, 7, 2, 9), datetime(2025, 7, 2, 9)),
                          "fields": {"name": v, "slug": k}} for k, v in AUTHORS.items()}
    cat_entries = {k: {**sys_of(hid("cat", k), "category", datetime(2025, 7, 2, 9), datetime(2025, 7, 2, 9)),
                       "fields": {"name": v, "slug": k}} for k, v in CATS.items()}

    def hero(a: RichArticle) -> dict:
        return asset(a.opts["hero"], a.title, "", a.date)

    def file_asset(a: RichArticle) -> dict:
        return asset(a.attachments[0]["text"], a.attachments[0]["text"].rsplit(".", 1)[0], a.title, a.date)

    for a in posts:
        if a.attachments:
            f = file_asset(a)["fields"]["file"]["url"].split(f"/{SPACE}/", 1)[1]
            a.attachments[0]["path"] = f"/tai-lieu/{f}"

    def rich_json(a: RichArticle) -> dict:
        content = []
        for b in a.blocks:
            if b.kind == "p":
                content.append(para(b.text))
            elif b.kind == "h":
                content.append({"nodeType": "heading-2", "data": {}, "content": text_nodes(b.text)})
            elif b.kind in ("ul", "ol"):
                content.append({"nodeType": "unordered-list" if b.kind == "ul" else "ordered-list", "data": {},
                                "content": [{"nodeType": "list-item", "data": {}, "content": [para(i)]} for i in b.items]})
            elif b.kind == "img":
                content.append({"nodeType": "embedded-asset-block", "content": [],
                                "data": {"target": asset(b.src, b.text, b.text, a.date)}})
            elif b.kind == "table":
                emb = {**sys_of(hid("embed", a.opts["slug"]), "htmlEmbed", a.date, a.date),
                       "fields": {"internalName": "Bảng số liệu " + a.opts["slug"][:40], "html": word_table(b.rows)}}
                content.append({"nodeType": "embedded-entry-block", "content": [], "data": {"target": emb}})
        if a.byline:
            content.append(para(f"**{a.byline}**"))
        content.append(para(""))  # the editor's trailing empty paragraph
        return {"nodeType": "document", "data": {}, "content": content}

    def entry_json(a: RichArticle, full: bool = True) -> dict:
        e = sys_of(a.opts["id"], "blogPost", a.date, a.opts["updated"], 4 if full else 3)
        fields = {"title": a.title, "slug": a.opts["slug"], "publishDate": a.date.strftime("%Y-%m-%dT%H:%M+07:00"),
                  "excerpt": a.lead, "heroImage": hero(a), "category": cat_entries[a.opts["cat"]],
                  "author": author_entries[a.opts["who"]]}
        if full:
            fields["body"] = rich_json(a)
            if a.attachments:
                fields["attachments"] = [file_asset(a)]
        e["fields"] = fields
        return e

    # -- rendering helpers (what React writes) --
    def img_url(name: str) -> str:
        a = asset(name, "", "", BUILT)
        return "https:" + a["fields"]["file"]["url"]

    def next_img(name: str, alt: str, *, sizes: str, priority: bool = False, cls: str = "") -> str:
        u = quote(img_url(name), safe="")
        srcset = ", ".join(f"/_next/image?url={u}&amp;w={w}&amp;q=75 {w}w" for w in WIDTHS)
        extra = ' fetchPriority="high"' if priority else ' loading="lazy"'
        c = f' class="{cls}"' if cls else ""
        return (f'<img alt="{attr(alt)}"{extra} width="1600" height="1067" decoding="async" data-nimg="1"{c} '
                f'style="color:transparent" sizes="{sizes}" srcSet="{srcset}" src="/_next/image?url={u}&amp;w=3840&amp;q=75"/>')

    def inline(text: str) -> str:
        parts = text.split("**")
        return "".join(f"<b>{esc(p)}</b>" if k % 2 else esc(p) for k, p in enumerate(parts))

    def rich_html(a: RichArticle) -> str:
        out = []
        for b in a.blocks:
            if b.kind == "p":
                out.append(f"<p>{inline(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<h2>{inline(b.text)}</h2>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>" + "".join(f"<li><p>{inline(i)}</p></li>" for i in b.items) + f"</{b.kind}>")
            elif b.kind == "img":
                out.append(f'<figure class="rt-figure">{next_img(b.src, b.text, sizes="(max-width: 768px) 100vw, 768px")}'
                           f'<figcaption class="rt-figure__caption">{esc(b.text)}</figcaption></figure>')
            elif b.kind == "table":
                out.append(f'<div class="rt-embed-html">{word_table(b.rows)}</div>')
        if a.byline:
            out.append(f"<p><b>{esc(a.byline)}</b></p>")
        out.append("<p></p>")
        return "".join(out)

    def vn_time(d: datetime) -> str:
        return f'<time dateTime="{zulu(utc(d))}">{d:%H:%M}<!-- -->, <!-- -->{d:%d/%m/%Y}</time>'

    def vn_day(d: datetime) -> str:
        return f'<time dateTime="{zulu(utc(d))}">{d:%d/%m/%Y}</time>'

    nav_items = [("/", "Trang chủ"), ("/tin-tuc", "Tin tức"), *((f"/chuyen-muc/{k}", v) for k, v in CATS.items()),
                 ("/gioi-thieu", "Giới thiệu"), ("/lien-he", "Liên hệ")]
    latest = posts[:5]
    most_read = [posts[4], posts[3], posts[6]]

    def sidebar() -> str:
        def items(lst):
            return "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in lst)
        return (f'<aside class="sidebar"><section class="widget"><h2 class="widget__title">Tin mới nhất</h2><ul>{items(latest)}</ul>'
                f'</section><section class="widget"><h2 class="widget__title">Đọc nhiều</h2><ol>{items(most_read)}</ol></section></aside>')

    def layout(*, title: str, head: str, main: str, next_data: dict, page_js: str, active: str = "") -> str:
        nav = "".join(f'<li><a class="nav__link{" nav__link--active" if href == active else ""}" href="{href}">{esc(t)}</a></li>'
                      for href, t in nav_items)
        data = json.dumps(next_data, ensure_ascii=False, separators=(",", ":"))
        data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        head_count = head.count("<meta") + head.count("<link") + head.count("<script") + head.count("<title") + 1
        return ('<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>'
                f'<title>{esc(title)}</title>{head}'
                '<link rel="alternate" type="application/rss+xml" title="Tin mới Liên minh HTX Khánh Hòa" href="/rss.xml"/>'
                f'<link rel="icon" href="/favicon.ico"/><meta name="next-head-count" content="{head_count + 2}"/>'
                '<link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" type="font/woff2" '
                'crossorigin="anonymous" data-next-font="size-adjust"/>'
                '<link rel="preload" href="/_next/static/css/5c1e8f0d2a7b4e93.css" as="style"/>'
                '<link rel="stylesheet" href="/_next/static/css/5c1e8f0d2a7b4e93.css" data-n-g=""/><noscript data-n-css=""></noscript>'
                '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script>'
                '<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>'
                '<script src="/_next/static/chunks/framework-64ad27b21261a9ce.js" defer=""></script>'
                '<script src="/_next/static/chunks/main-0e1b5c3f7d9a2b4c.js" defer=""></script>'
                '<script src="/_next/static/chunks/pages/_app-6a2f9e4d1c8b7a05.js" defer=""></script>'
                f'<script src="/_next/static/chunks/pages/{page_js}" defer=""></script>'
                f'<script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script>'
                f'<script src="/_next/static/{BUILD_ID}/_ssgManifest.js" defer=""></script></head>'
                '<body><div id="__next"><div class="__className_d65c78 app">'
                '<header class="site-header"><div class="topbar"><div class="container topbar__inner">'
                f'<span class="topbar__slogan">{SLOGAN}</span><form class="search" action="/tim-kiem" method="GET">'
                '<input type="search" name="q" placeholder="Tìm kiếm tin tức" aria-label="Tìm kiếm tin tức"/>'
                '<button type="submit" aria-label="Tìm">Tìm</button></form></div></div>'
                '<div class="container site-header__inner"><a class="brand" href="/">'
                f'<img alt="Logo Liên minh HTX Khánh Hòa" loading="lazy" width="64" height="64" decoding="async" data-nimg="1" '
                f'style="color:transparent" src="/logo-lmhtx.png"/><span class="brand__name">{NAME}</span></a>'
                f'<nav class="nav" aria-label="Menu chính"><ul class="nav__list">{nav}</ul></nav></div></header>'
                f'<main class="container main">{main}</main>'
                '<footer class="site-footer"><div class="container site-footer__inner"><div class="site-footer__org">'
                f'<p class="site-footer__name">{ORG}</p><p>{ADDRESS}</p><p>{PHONE}</p><p>{EMAIL}</p></div>'
                '<div class="site-footer__social"><p>Theo dõi chúng tôi</p>'
                '<a href="{{base:offsite}}/facebook/lienminhhtxkhanhhoa" target="_blank" rel="noopener noreferrer">Facebook</a>'
                '<a href="{{base:offsite}}/zalo/lienminhhtxkhanhhoa" target="_blank" rel="noopener noreferrer">Zalo</a></div>'
                f'<p class="site-footer__copy">{COPY}</p></div></footer></div></div>'
                f'<script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>')

    def card(a: RichArticle, small: bool = False) -> str:
        thumb = next_img(a.opts["hero"], a.title, sizes="(max-width: 640px) 100vw, 320px", cls="card__img")
        excerpt = "" if small else f'<p class="card__excerpt">{esc(a.lead)}</p>'
        return (f'<article class="card{" card--small" if small else ""}"><a class="card__thumb" href="{a.path}">{thumb}</a>'
                f'<div class="card__body"><a class="card__cat" href="/chuyen-muc/{a.opts["cat"]}">{CATS[a.opts["cat"]]}</a>'
                f'<h3 class="card__title"><a href="{a.path}">{esc(a.title)}</a></h3>{vn_day(a.date)}{excerpt}</div></article>')

    def mini(a: RichArticle) -> dict:
        return {"title": a.title, "slug": a.opts["slug"], "publishDate": a.date.strftime("%Y-%m-%dT%H:%M+07:00"),
                "excerpt": a.lead, "category": {"name": CATS[a.opts["cat"]], "slug": a.opts["cat"]},
                "heroImage": {"url": "//" + img_url(a.opts["hero"]).split("//", 1)[1], "width": 1600, "height": 1067}}

    # -- posts --
    for a in posts:
        same_cat = [p for p in posts if p.opts["cat"] == a.opts["cat"] and p is not a][:3]
        related = same_cat + [p for p in posts if p is not a and p not in same_cat][: 3 - len(same_cat)]
        d = a.date
        files = ""
        if a.attachments:
            x = a.attachments[0]
            size = file_asset(a)["fields"]["file"]["details"]["size"]
            files = (f'<section class="post__files"><h2 class="post__files-title">Tài liệu đính kèm</h2><ul><li>'
                     f'<a href="{x["path"]}" target="_blank" rel="noopener">{esc(x["text"])}</a> <span class="post__file-size">'
                     f'(<!-- -->{size // 1024}<!-- --> KB)</span></li></ul></section>')
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 07/TB-LMHTX", "Hoi cho san pham OCOP va HTX 2026"]))
        main = (f'<div class="layout"><div class="layout__main"><nav class="breadcrumb" aria-label="breadcrumb"><ol>'
                f'<li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li>'
                f'<li><a href="/chuyen-muc/{a.opts["cat"]}">{CATS[a.opts["cat"]]}</a></li></ol></nav>'
                f'<article class="post"><header class="post__header"><a class="post__cat" href="/chuyen-muc/{a.opts["cat"]}">'
                f'{CATS[a.opts["cat"]]}</a><h1 class="post__title">{esc(a.title)}</h1><div class="post__meta">'
                f'<span class="post__author">{esc(AUTHORS[a.opts["who"]])}</span><span class="post__dot">·</span>{vn_time(d)}</div>'
                f'<p class="post__excerpt">{esc(a.lead)}</p></header>'
                f'<figure class="post__hero">{next_img(a.opts["hero"], a.title, sizes="(max-width: 768px) 100vw, 768px", priority=True)}</figure>'
                f'<div class="post__body rich-text">{rich_html(a)}</div>{files}'
                '<div class="share"><span class="share__label">Chia sẻ:</span><button type="button" class="share__btn">Facebook</button>'
                '<button type="button" class="share__btn">Zalo</button><button type="button" class="share__btn">Sao chép liên kết</button></div>'
                '</article><section class="related"><h2 class="section-title">Bài viết liên quan</h2><div class="grid grid--3">'
                + "".join(card(r, small=True) for r in related) + f'</div></section></div>{sidebar()}</div>')
        img = img_url(a.opts["hero"]) + "?w=1200&h=630&fit=fill"
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
              "datePublished": d.strftime("%Y-%m-%dT%H:%M+07:00"), "dateModified": zulu(utc(a.opts["updated"])),
              "author": {"@type": "Person", "name": AUTHORS[a.opts["who"]]},
              "publisher": {"@type": "Organization", "name": ORG, "logo": {"@type": "ImageObject", "url": "{{base}}/logo-lmhtx.png"}},
              "image": [img], "mainEntityOfPage": "{{base}}" + a.path}
        head = (f'<meta name="description" content="{attr(a.lead)}"/><link rel="canonical" href="{{{{base}}}}{a.path}"/>'
                f'<meta property="og:type" content="article"/><meta property="og:title" content="{attr(a.title)}"/>'
                f'<meta property="og:description" content="{attr(a.lead)}"/><meta property="og:url" content="{{{{base}}}}{a.path}"/>'
                f'<meta property="og:image" content="{attr(img)}"/><meta property="og:site_name" content="{NAME}"/>'
                f'<meta property="og:locale" content="vi_VN"/><meta property="article:published_time" content="{d:%Y-%m-%dT%H:%M+07:00}"/>'
                f'<meta property="article:modified_time" content="{zulu(utc(a.opts["updated"]))}"/>'
                f'<meta property="article:section" content="{CATS[a.opts["cat"]]}"/><meta name="twitter:card" content="summary_large_image"/>'
                f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        nd = {"props": {"pageProps": {"post": entry_json(a), "related": [mini(r) for r in related],
                                      "latest": [mini(p) for p in latest]}, "__N_SSG": True},
              "page": "/tin-tuc/[slug]", "query": {"slug": a.opts["slug"]}, "buildId": BUILD_ID, "isFallback": False,
              "gsp": True, "scriptLoader": []}
        html = layout(title=f"{a.title} | {NAME}", head=head, main=main, next_data=nd,
                      page_js="tin-tuc/%5Bslug%5D-3b7c2f1e9d0a4c56.js", active="/tin-tuc")
        site.page(a.path, html, content_type=HTML)
        site.add_article(a)
        if a.opts.get("slash"):
            site.redirect(a.path + "/", a.path, 308)
            a.aliases.append(a.path + "/")
        if a.opts.get("utm"):
            alias = a.path + "?utm_source=zalo&utm_medium=social"
            site.same_page(alias, a.path)
            a.aliases.append(alias)

    # -- lists --
    def pager(base: str, n: int, total: int) -> str:
        def href(k):
            return base if k == 1 else f"{base}?page={k}"
        out = ['<nav class="pagination" aria-label="Phân trang">']
        if n > 1:
            out.append(f'<a class="pagination__prev" href="{href(n - 1)}">Trang trước</a>')
        for k in range(1, total + 1):
            out.append(f'<span class="pagination__current" aria-current="page">{k}</span>' if k == n
                       else f'<a class="pagination__link" href="{href(k)}">{k}</a>')
        if n < total:
            out.append(f'<a class="pagination__next" href="{href(n + 1)}">Trang sau</a>')
        return "".join(out) + "</nav>"

    def listing(base: str, heading: str, items: list, page_name: str, page_js: str, extra: dict) -> None:
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            path = base if n == 1 else f"{base}?page={n}"
            main = (f'<div class="layout"><div class="layout__main"><h1 class="page-title">{esc(heading)}</h1>'
                    f'<div class="list">{"".join(card(a) for a in chunk)}</div>'
                    + (pager(base, n, len(chunks)) if len(chunks) > 1 else "") + f'</div>{sidebar()}</div>')
            head = (f'<meta name="description" content="{attr(heading)} - {NAME}"/><link rel="canonical" href="{{{{base}}}}{path}"/>'
                    f'<meta property="og:type" content="website"/><meta property="og:title" content="{attr(heading)}"/>')
            nd = {"props": {"pageProps": {**extra, "posts": [mini(a) for a in chunk], "page": n, "totalPages": len(chunks),
                                          "latest": [mini(p) for p in latest]}, "__N_SSP": True},
                  "page": page_name, "query": {**({"page": str(n)} if n > 1 else {}), **extra.get("query", {})},
                  "buildId": BUILD_ID, "isFallback": False, "gssp": True, "scriptLoader": []}
            nd["props"]["pageProps"].pop("query", None)
            site.page(path, layout(title=f"{heading}{'' if n == 1 else f' - Trang {n}'} | {NAME}", head=head, main=main,
                                   next_data=nd, page_js=page_js, active=base), content_type=HTML)
            site.non_articles.append(path)

    listing("/tin-tuc", "Tin tức", posts, "/tin-tuc", "tin-tuc-9e2d4a7c1b3f8e60.js", {})
    for k, v in CATS.items():
        listing(f"/chuyen-muc/{k}", v, [a for a in posts if a.opts["cat"] == k], "/chuyen-muc/[slug]",
                "chuyen-muc/%5Bslug%5D-7d1a3c9e5f2b8d40.js", {"category": {"name": v, "slug": k}, "query": {"slug": k}})
    site.trap("lists /tin-tuc and /tin-tuc?page=2, /chuyen-muc/<slug> (+ ?page=2), 5 cards a page (getServerSideProps: "
              "__NEXT_DATA__ with __N_SSP): each card the category, an h3 title link, a <time> (UTC dateTime, dd/MM/yyyy) "
              "and the excerpt; sidebar 'Tin mới nhất' (5 newest) and 'Đọc nhiều': listings", "/tin-tuc?page=2")

    # -- home --
    utm = next(a for a in posts if a.opts.get("utm"))
    home_main = (f'<section class="hero">{card(posts[0])}</section><section class="home-latest"><h2 class="section-title">Tin mới nhất</h2>'
                 f'<div class="grid grid--3">{"".join(card(a, small=True) for a in posts[1:4])}</div>'
                 '<a class="more-link" href="/tin-tuc">Xem tất cả</a></section>'
                 f'<section class="featured"><h2 class="section-title">Tin nổi bật</h2><ul><li>'
                 f'<a href="{utm.path}?utm_source=zalo&amp;utm_medium=social">{esc(utm.title)}</a></li></ul></section>')
    nd = {"props": {"pageProps": {"latest": [mini(p) for p in posts[:4]], "featured": [mini(utm)]}, "__N_SSG": True},
          "page": "/", "query": {}, "buildId": BUILD_ID, "isFallback": False, "gsp": True, "scriptLoader": []}
    site.page("/", layout(title=NAME, head=f'<meta name="description" content="Tin tức hoạt động của {ORG}"/>'
                          '<link rel="canonical" href="{{base}}/"/><meta property="og:type" content="website"/>',
                          main=home_main, next_data=nd, page_js="index-1f4e8a2c6b9d3e71.js", active="/"))
    site.non_articles.append("/")

    # -- Contentful pages --
    slash = next(a for a in posts if a.opts.get("slash"))

    def cms_page(path: str, title: str, body: str, page_js: str) -> None:
        main = f'<div class="layout"><div class="layout__main"><article class="page"><h1 class="page-title">{esc(title)}</h1>' \
               f'<div class="rich-text">{body}</div></article></div>{sidebar()}</div>'
        nd = {"props": {"pageProps": {"page": {**sys_of(hid("page", path), "page", datetime(2025, 7, 10, 9), datetime(2025, 11, 3, 15)),
                                               "fields": {"title": title, "slug": path.strip("/")}}}, "__N_SSG": True},
              "page": "/[slug]", "query": {"slug": path.strip("/")}, "buildId": BUILD_ID, "isFallback": False, "gsp": True,
              "scriptLoader": []}
        site.page(path, layout(title=f"{title} | {NAME}", head=f'<link rel="canonical" href="{{{{base}}}}{path}"/>', main=main,
                               next_data=nd, page_js=page_js, active=path), content_type=HTML)
        site.non_articles.append(path)

    cms_page("/gioi-thieu", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Khánh Hòa là tổ chức đại diện cho các HTX, liên hiệp HTX và tổ "
             "hợp tác trên địa bàn tỉnh. Từ ngày 1/7/2025, Liên minh HTX tỉnh Ninh Thuận hợp nhất vào Liên minh HTX tỉnh Khánh Hòa.</p>"
             "<p>Trang Tin mới đăng tải tin hoạt động, văn bản và mô hình HTX tiêu biểu.</p>"
             f'<p>Ví dụ về liên kết tiêu thụ: <a href="{slash.path}/">{esc(slash.title)}</a></p>', "%5Bslug%5D-2c8e5a1f7d3b9e04.js")
    cms_page("/lien-he", "Liên hệ", "<p>Mọi ý kiến xin gửi về Văn phòng Liên minh HTX tỉnh Khánh Hòa.</p>"
             '<form class="contact-form" method="POST" action="/api/lien-he"><label>Họ và tên<input name="name"/></label>'
             '<label>Nội dung<textarea name="message"></textarea></label><button type="submit">Gửi liên hệ</button></form>',
             "%5Bslug%5D-2c8e5a1f7d3b9e04.js")
    site.trap("the home page (hero card, 'Tin mới nhất', 'Tin nổi bật' with a utm link), /gioi-thieu (links a post with a "
              "trailing slash: a 308 redirect to it) and /lien-he (a form posting to /api/lien-he): Contentful 'page' "
              "entries, not articles", "/gioi-thieu")

    # -- feeds, sitemap, robots, assets --
    def gmt(d: datetime) -> str:
        return utc(d).strftime("%a, %d %b %Y %H:%M:%S GMT")

    items = "".join(
        f"\n        <item>\n            <title><![CDATA[{a.title}]]></title>\n            <link>{{{{base}}}}{a.path}</link>\n"
        f"            <guid isPermaLink=\"false\">{a.opts['id']}</guid>\n            <pubDate>{gmt(a.date)}</pubDate>\n"
        f"            <description><![CDATA[{a.lead}]]></description>\n            <category>{CATS[a.opts['cat']]}</category>\n"
        "        </item>" for a in posts)
    site.page("/rss.xml", '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
              'xmlns:content="http://purl.org/rss/1.0/modules/content/">\n    <channel>\n'
              f"        <title>{NAME}</title>\n        <link>{{{{base}}}}</link>\n        <description>Tin tức hoạt động của {ORG}</description>\n"
              f"        <lastBuildDate>{BUILT:%a, %d %b %Y %H:%M:%S} GMT</lastBuildDate>\n        <docs>{{{{base:offsite}}}}/rss2-docs</docs>\n"
              "        <generator>https://github.com/jpmonette/feed</generator>\n        <language>vi</language>\n"
              f"        <copyright>{COPY}</copyright>{items}\n    </channel>\n</rss>", content_type="application/rss+xml; charset=utf-8")
    site.trap("/rss.xml (the 'feed' package, head alternate): pubDate in GMT (toUTCString), <guid> the Contentful entry "
              "id; a post of 06:10 shows the previous day", "/rss.xml")
    urls = ["/", "/tin-tuc", *(f"/chuyen-muc/{k}" for k in CATS), "/gioi-thieu", "/lien-he", *(a.path for a in posts)]
    body = "\n".join(f"<url><loc>{{{{base}}}}{u}</loc><lastmod>{zulu(BUILT, 512)}</lastmod><changefreq>daily</changefreq>"
                     f"<priority>0.7</priority></url>" for u in urls)
    site.page("/sitemap-0.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
              'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" '
              f'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">\n{body}\n</urlset>',
              content_type="application/xml; charset=utf-8")
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
              "<sitemap><loc>{{base}}/sitemap-0.xml</loc></sitemap>\n</sitemapindex>", content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "# *\nUser-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /tim-kiem\n\n# Host\nHost: {{base}}\n\n"
                "# Sitemaps\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("next-sitemap: /sitemap.xml (an index announced by robots.txt) -> /sitemap-0.xml, every lastmod the build "
              "time '2026-03-10T03:02:17.512Z' (not a publication date)", "/sitemap-0.xml")
    site.routes.append({"path": "/_next/image", "file": "_routes/next-image.png", "content_type": "image/png"})
    site.files["_routes/next-image.png"] = image_for("next-image")
    site.files["_next/image"] = image_for("next-image")  # never served: the route above answers every query
    site.binary("/favicon.ico", image_for("favicon"))
    site.binary("/logo-lmhtx.png", image_for("logo-lmhtx"))
    site.binary("/_next/static/media/a34f9d1faa5f3315-s.p.woff2", b"wOF2\x00\x01\x00\x00")
    return site
