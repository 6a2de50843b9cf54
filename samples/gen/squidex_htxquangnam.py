"""Site `squidex-htxquangnam` (registry family `generic`): "Liên minh HTX tỉnh Quảng Nam", the alliance's new portal: a
**Next.js 13** front end (pages router, `getServerSideProps`, CSS modules, `next/image`) on the headless **Squidex** CMS
(app `lmhtx-quangnam`, schemas `tin-tuc` and `thong-bao`; every field in Squidex's invariant form `{"iv": …}`; assets
proxied by a Next rewrite at `/api/assets/lmhtx-quangnam/<uuid>/<file>`). The copy is of 20 November 2024, before
the province merged into Đà Nẵng. Written as a held-out test: no family module, no selectors.

What is an article here: a news item `/tin-tuc/<slug>` or a notice `/thong-bao/<slug>`. Its server HTML carries the
whole item (the category link, `h1` with a CSS-module class, the date row, the lead, the rich-text field `noiDung`
as HTML, the attachment list of a notice); the same item is in `<script id="__NEXT_DATA__">`
(`props.pageProps.item`: the Squidex content object: `id`, `created`, `lastModified`, `createdBy: "subject:…"`,
`data.tieuDe.iv`, `data.ngayDang.iv` = the editor's DateTime field in **UTC** ("2024-11-02T19:30:00Z"), `data.noiDung.iv`).

URL shapes: the listings `/tin-tuc` (6 cards; its pager links `/tin-tuc?page=1` (the same page) and
`/tin-tuc?page=2`: the oldest news only there) and `/thong-bao` (notices); the home `/` (a hero, "Tin mới",
"Thông báo"); `/gioi-thieu`, `/lien-he`, the client-side search `/tim-kiem`; an old URL of the previous portal
(`/tin-tuc/chi-tiet/1187`, linked from a notice's text) answers 308 to its item via `next.config.js` redirects (an
alias). robots.txt allows everything but `/api/`; no sitemap, no feed.

Why it is hard: the date row prints only `dd/MM/yyyy` computed in Vietnam time ("03/11/2024"), the time of day is
only in the script JSON, in UTC: `ngayDang` "2024-11-02T19:30:00Z" is 02:30 on 3 November in Quảng Nam (two items
cross midnight so). Squidex's `created` (when the draft was made, days earlier) and `lastModified` (edits) sit
beside it in the JSON: neither is the publication. `<title>` is "<title> | LMHTX Quảng Nam"; no JSON-LD, no
`article:published_time`. Around the item: skeleton placeholders (the client-loaded "Xem nhiều" box: empty
`div`s), the share bar, "Tin liên quan" cards (titles in `<h3>`, dates), the footer and a cookie banner, all
server-rendered. The author is the closing right-aligned byline when it names a person.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, table_html

SITE = "squidex-htxquangnam"
APP = "lmhtx-quangnam"
NAME = "Liên minh HTX tỉnh Quảng Nam"
SHORT = "LMHTX Quảng Nam"
ORG = "Liên minh Hợp tác xã tỉnh Quảng Nam"
BUILD_ID = "qN3v8LmZ0aXc1TpR7yWbE"
SLOGAN = "Hợp tác - Liên kết - Phát triển bền vững"
FOOT_ADDR = "Số 02 Trần Phú, phường Tân Thạnh, TP Tam Kỳ, tỉnh Quảng Nam"
FOOT_PHONE = "Điện thoại: 0235.3852.417 - Email: lmhtx@quangnam.gov.vn"
FOOT_RESP = "Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh Quảng Nam"
FOOT_COPY = "© 2024 Bản quyền thuộc về Liên minh Hợp tác xã tỉnh Quảng Nam"
COOKIE = "Trang web sử dụng cookie để nâng cao trải nghiệm người dùng. Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách cookie."
FURN = [SLOGAN, FOOT_ADDR, FOOT_PHONE, FOOT_RESP, FOOT_COPY, COOKIE, "Chấp nhận", "Tìm hiểu thêm", "Tin liên quan",
        "Xem nhiều", "Chia sẻ bài viết:", "Sao chép liên kết", "Tệp đính kèm", "Về trang chủ"]
CATS = {"tin-tuc": "Tin tức", "thong-bao": "Thông báo"}


def cls(component: str, local: str) -> str:
    """A CSS-module class name as Next builds it: Component_local__hash5."""
    return f"{component}_{local}__{hashlib.md5((component + local).encode()).hexdigest()[:5]}"


def utc_z(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def uuid(s: str) -> str:
    x = hashlib.sha1(s.encode()).hexdigest()
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, created_days: int = 1, old: str | None = None) -> dict:
        opts = {"created": created_days, **({"old": old} if old else {})}
        return dict(date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata", "date-element", "listing"], opts=opts)

    return [
        A(path="/tin-tuc/htx-que-tra-my-xuat-lo-que-huu-co-sang-chau-au",
          title="HTX Quế Trà My xuất lô quế hữu cơ đầu tiên sang châu Âu",
          lead="Sáng 2/11, HTX Nông lâm nghiệp Quế Trà My (huyện Bắc Trà My) đã xuất khẩu 18 tấn quế vỏ hữu cơ sang thị trường Hà Lan.",
          body="""
[img que-tra-my-1.png] Thành viên HTX phân loại quế vỏ trước khi đóng gói xuất khẩu
Đây là lô hàng đầu tiên của HTX đạt chứng nhận hữu cơ theo tiêu chuẩn của Liên minh châu Âu.
HTX hiện có 94 thành viên với 320 ha quế, trong đó 150 ha đã được cấp mã số vùng trồng.
## Liên kết với doanh nghiệp
Doanh nghiệp thu mua cam kết bao tiêu toàn bộ sản lượng quế hữu cơ của HTX trong 5 năm tới với giá cao hơn thị trường 15%.
""", byline="Bài, ảnh: Hồ Thị Thu Sương", author="Hồ Thị Thu Sương",
          notes=["published 02:30 on 3/11 Vietnam time: the page prints only '03/11/2024'; __NEXT_DATA__ "
                 "data.ngayDang.iv '2024-11-02T19:30:00Z' (UTC, the previous day); created '2024-11-01T…Z' (the draft) "
                 "and lastModified are not the publication; 'Bài, ảnh: Hồ Thị Thu Sương' -> author"],
          **at(datetime(2024, 11, 3, 2, 30), 2)),
        A(path="/thong-bao/thong-bao-18-tb-lmhtx-hoi-cho-ocop-quang-nam-2024",
          title="Thông báo số 18/TB-LMHTX về việc tham gia Hội chợ OCOP Quảng Nam năm 2024",
          body="""
LIÊN MINH HTX TỈNH QUẢNG NAM
Số: 18/TB-LMHTX
Quảng Nam, ngày 28 tháng 10 năm 2024
THÔNG BÁO
Về việc tham gia Hội chợ OCOP Quảng Nam năm 2024
Liên minh HTX tỉnh thông báo đến các HTX có sản phẩm OCOP về việc tham gia Hội chợ OCOP Quảng Nam năm 2024 tổ chức từ ngày 06/12 đến ngày 10/12/2024 tại TP Tam Kỳ.
Liên minh HTX tỉnh hỗ trợ 100% chi phí gian hàng cho các HTX thành viên, theo [[Kế hoạch số 09/KH-LMHTX|/tin-tuc/chi-tiet/1187]].
Các HTX đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 20/11/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Thanh
""", author=None, doc_number="18/TB-LMHTX",
          attachments=[{"path": f"/api/assets/{APP}/{uuid('tb18')}/tb-18-tb-lmhtx-2024.pdf",
                        "text": "tb-18-tb-lmhtx-2024.pdf"}],
          notes=["notice 'Số: 18/TB-LMHTX' dated 28/10 in its text, published 29/10 14:00 (printed 29/10/2024); the "
                 "signer is text, no author; the Squidex asset under 'Tệp đính kèm' (an attachment); its text links "
                 "the old portal URL /tin-tuc/chi-tiet/1187 (a 308 to the plan's item)"],
          **at(datetime(2024, 10, 29, 14, 0), 1)),
        A(path="/tin-tuc/kinh-te-tap-the-quang-nam-9-thang-nam-2024",
          title="Kinh tế tập thể Quảng Nam 9 tháng năm 2024 tăng trưởng khá",
          lead="Chín tháng năm 2024, khu vực kinh tế tập thể tỉnh Quảng Nam tiếp tục phát triển cả về số lượng và chất lượng.",
          body="""
| Chỉ tiêu | Đơn vị | 9 tháng 2024 | Cùng kỳ 2023 |
| HTX đang hoạt động | HTX | 598 | 571 |
| HTX thành lập mới | HTX | 31 | 24 |
| Thành viên HTX | người | 104.260 | 101.930 |
| Doanh thu bình quân một HTX | triệu đồng | 3.240 | 2.980 |
Liên minh HTX tỉnh đề ra mục tiêu đến cuối năm thành lập mới thêm 15 HTX, chủ yếu trong lĩnh vực nông nghiệp và du lịch cộng đồng.
""", byline="Phòng Chính sách - Liên minh HTX tỉnh", author=None,
          notes=["a table in the rich-text field (one line per row, header row in <th>); closed by an office: text, "
                 "author null"],
          **at(datetime(2024, 10, 18, 9, 15), 3)),
        A(path="/tin-tuc/tap-huan-chuyen-doi-so-cho-htx-vung-tay-quang-nam",
          title="Tập huấn chuyển đổi số cho HTX vùng tây Quảng Nam",
          lead="Từ ngày 8 đến 10/10, Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho 60 cán bộ HTX các huyện miền núi.",
          body="""
## Nội dung chính của lớp học
* Ứng dụng phần mềm kế toán và hóa đơn điện tử trong HTX;
* Quảng bá, bán sản phẩm trên mạng xã hội và sàn thương mại điện tử;
* Truy xuất nguồn gốc sản phẩm bằng mã QR.
Học viên được thực hành mở gian hàng trên sàn thương mại điện tử ngay tại lớp.
""", byline="Nguyễn Đình Phúc", author="Nguyễn Đình Phúc",
          notes=["a heading and a list in the rich-text field; the bare name closing the text is the author"],
          **at(datetime(2024, 10, 11, 16, 40), 1)),
        A(path="/tin-tuc/htx-rau-tra-que-don-khach-trai-nghiem",
          title="HTX Rau Trà Quế đón khách trải nghiệm làm nông",
          body="""
Mỗi ngày, HTX Nông nghiệp Trà Quế (TP Hội An) đón từ 200 đến 300 lượt khách đến trải nghiệm trồng rau, tưới rau bằng gàu đôi.
Doanh thu từ dịch vụ du lịch chiếm gần 40% tổng doanh thu của HTX.
HTX đang phối hợp với các công ty lữ hành xây dựng tour nông nghiệp kết hợp ẩm thực.
""", byline="Theo Báo Quảng Nam", author=None,
          notes=["no lead; reprint 'Theo Báo Quảng Nam': a source, author null"],
          **at(datetime(2024, 9, 27, 10, 5), 4)),
        A(path="/tin-tuc/anh-mua-thu-hoach-sam-ngoc-linh",
          title="Ảnh: Mùa thu hoạch sâm Ngọc Linh ở Nam Trà My",
          lead="Tháng 9, các thành viên HTX Dược liệu Sâm Ngọc Linh Tắk Ngo bước vào vụ thu hoạch sâm.",
          body="""
[img sam-1.png] Thành viên HTX thu hoạch sâm dưới tán rừng ở độ cao 1.800 m
[img sam-2.png] Củ sâm được rửa sạch, phân loại theo trọng lượng
[img sam-3.png] Cán bộ HTX ghi sổ truy xuất nguồn gốc cho từng lô sâm
Năm nay HTX dự kiến thu hoạch khoảng 120 kg sâm củ đạt tuổi từ 6 năm trở lên.
""", byline="Ảnh: Đinh Văn Hòa", author="Đinh Văn Hòa",
          notes=["published 06:45 on 14/9 Vietnam time = '2024-09-13T23:45:00Z' in the JSON: the UTC day is the 13th; "
                 "photo story: one caption line per photo (<figure>/<figcaption> in the rich text)"],
          **at(datetime(2024, 9, 14, 6, 45), 2)),
        A(path="/tin-tuc/ke-hoach-09-kh-lmhtx-xuc-tien-thuong-mai-2024",
          title="Kế hoạch xúc tiến thương mại cho sản phẩm HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH QUẢNG NAM
Số: 09/KH-LMHTX
Quảng Nam, ngày 15 tháng 8 năm 2024
KẾ HOẠCH
Xúc tiến thương mại cho sản phẩm HTX năm 2024
## I. MỤC ĐÍCH
Hỗ trợ các HTX quảng bá, giới thiệu và kết nối tiêu thụ sản phẩm, nhất là sản phẩm OCOP.
## II. NỘI DUNG
+ Tổ chức gian hàng chung của HTX tại các hội chợ trong và ngoài tỉnh;
+ Hỗ trợ HTX đưa sản phẩm lên sàn thương mại điện tử;
+ Kết nối HTX với hệ thống siêu thị, cửa hàng tiện lợi.
CHỦ TỊCH
Phạm Thị Thu Hà
""", author=None, doc_number="09/KH-LMHTX",
          notes=["plan 'Số: 09/KH-LMHTX' (numbered list: one line per item) posted 16/8 08:00, the last "
                 "card of /tin-tuc; the old portal URL /tin-tuc/chi-tiet/1187 answers 308 here (an alias)"],
          **at(datetime(2024, 8, 16, 8, 0), 1, old="/tin-tuc/chi-tiet/1187")),
        A(path="/tin-tuc/lien-minh-htx-tinh-so-ket-6-thang-dau-nam-2024",
          title="Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2024",
          lead="Chiều 12/7, Liên minh HTX tỉnh Quảng Nam tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.",
          body="""
Sáu tháng đầu năm, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 17 HTX, tổ chức 6 lớp tập huấn cho 410 lượt cán bộ HTX.
Quỹ hỗ trợ phát triển HTX tỉnh đã giải ngân 9,2 tỷ đồng cho 21 dự án của HTX.
""", byline="Trần Minh Quân", author="Trần Minh Quân",
          notes=["the oldest news: only on /tin-tuc?page=2 (the pager)"],
          **at(datetime(2024, 7, 12, 17, 20), 1)),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-nam", f"{NAME} (Squidex + Next.js)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if a.path.startswith("/tin-tuc/")]
    notices = [a for a in arts if a.path.startswith("/thong-bao/")]
    images: set[str] = set()

    def asset(name: str) -> str:
        return f"/api/assets/{APP}/{uuid(name)}/{name}"

    def nimg(name: str, alt: str, w: int = 800, h: int = 533, priority: bool = False) -> str:
        images.add(name)
        u = asset(name).replace("/", "%2F")
        lazy = '' if priority else 'loading="lazy" '
        return (f'<img alt="{attr(alt)}" {lazy}width="{w}" height="{h}" decoding="async" data-nimg="1" '
                f'style="color:transparent" srcSet="/_next/image?url={u}&amp;w=828&amp;q=75 1x, '
                f'/_next/image?url={u}&amp;w=1920&amp;q=75 2x" src="/_next/image?url={u}&amp;w=1920&amp;q=75"/>')

    def content_html(a: RichArticle) -> str:
        out = []
        for b in a.blocks:
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<h2>{esc(b.text)}</h2>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
            elif b.kind == "table":
                out.append(table_html(b, "table"))
            elif b.kind == "img":
                images.add(b.src)
                out.append(f'<figure class="image"><img src="{asset(b.src)}?width=800" alt="{attr(b.text)}"/>'
                           f'<figcaption>{esc(b.text)}</figcaption></figure>')
        if a.byline:
            out.append(f'<p style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
        return "".join(out)

    def squidex_item(a: RichArticle) -> dict:
        slug = a.path.rsplit("/", 1)[1]
        d = a.date
        created = d - timedelta(days=a.opts["created"], hours=3, minutes=11)
        data = {"tieuDe": {"iv": a.title}, "slug": {"iv": slug},
                "moTa": {"iv": inline_text(a.lead) if a.lead else None},
                "ngayDang": {"iv": utc_z(d)},
                "anhDaiDien": {"iv": [uuid(a.first_image())] if a.first_image() else []},
                "noiDung": {"iv": content_html(a)}}
        if a.attachments:
            data["tepDinhKem"] = {"iv": [uuid("tb18")]}
        return {"id": uuid(a.path), "created": utc_z(created),
                "createdBy": "subject:64f1c2a9e3b7d5f0a1c4e8b2", "lastModified": utc_z(d + timedelta(minutes=9)),
                "lastModifiedBy": "subject:64f1c2a9e3b7d5f0a1c4e8b2", "version": 3, "status": "Published",
                "schemaName": "thong-bao" if a.path.startswith("/thong-bao/") else "tin-tuc", "data": data}

    def card_json(a: RichArticle) -> dict:
        return {"id": uuid(a.path), "title": a.title, "slug": a.path.rsplit("/", 1)[1], "ngayDang": utc_z(a.date),
                "moTa": inline_text(a.lead) if a.lead else None,
                "anh": asset(a.first_image()) if a.first_image() else None}

    def cat_of(a: RichArticle) -> str:
        return "thong-bao" if a.path.startswith("/thong-bao/") else "tin-tuc"

    def card(a: RichArticle, tag: str = "h3") -> str:
        im = a.first_image()
        thumb = (f'<a href="{a.path}" class="{cls("NewsCard", "thumb")}">{nimg(im, a.title, 400, 267)}</a>' if im
                 else f'<a href="{a.path}" class="{cls("NewsCard", "thumb")} {cls("NewsCard", "noImage")}"></a>')
        return (f'<div class="{cls("NewsCard", "card")}">{thumb}<div class="{cls("NewsCard", "body")}">'
                f'<{tag} class="{cls("NewsCard", "title")}"><a href="{a.path}">{esc(a.title)}</a></{tag}>'
                f'<span class="{cls("NewsCard", "date")}">{a.date:%d/%m/%Y}</span></div></div>')

    nav_items = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Tin tức", "/tin-tuc"), ("Thông báo", "/thong-bao"),
                 ("Liên hệ", "/lien-he")]
    nav = "".join(f'<li><a class="{cls("Header", "navLink")}" href="{h}">{esc(t)}</a></li>' for t, h in nav_items)

    def layout(title: str, main: str, page: str, props: dict, query: dict, head: str = "",
               desc: str = "Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Quảng Nam") -> str:
        data = {"props": {"pageProps": props, "__N_SSP": True}, "page": page, "query": query,
                "buildId": BUILD_ID, "isFallback": False, "gssp": True, "locale": "vi", "locales": ["vi"],
                "defaultLocale": "vi", "scriptLoader": []}
        js = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(title)}</title><meta name="description" content="{attr(desc)}"/><meta property="og:site_name" content="{attr(SHORT)}"/><meta property="og:locale" content="vi_VN"/>{head}<link rel="icon" href="/favicon.ico"/><meta name="next-head-count" content="9"/><link rel="preload" href="/_next/static/css/9c1d4e7f2a3b6058.css" as="style"/><link rel="stylesheet" href="/_next/static/css/9c1d4e7f2a3b6058.css" data-n-g=""/><link rel="preload" href="/_next/static/css/e0a7b35c41d29f86.css" as="style"/><link rel="stylesheet" href="/_next/static/css/e0a7b35c41d29f86.css" data-n-p=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js"></script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script><script src="/_next/static/chunks/pages/_app-6b0e1c4a87f2d9a3.js" defer=""></script><script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script><script src="/_next/static/{BUILD_ID}/_ssgManifest.js" defer=""></script></head><body><div id="__next"><div class="{cls("Layout", "wrapper")}"><header class="{cls("Header", "header")}"><div class="{cls("Header", "top")}"><div class="container"><a href="/" class="{cls("Header", "brand")}"><img alt="{attr(NAME)}" width="64" height="64" decoding="async" data-nimg="1" style="color:transparent" src="/logo.png"/><div><p class="{cls("Header", "org")}">{esc(ORG)}</p><p class="{cls("Header", "slogan")}">{esc(SLOGAN)}</p></div></a><form action="/tim-kiem" class="{cls("Header", "search")}"><input type="search" name="q" placeholder="Nhập từ khóa..." aria-label="Tìm kiếm"/><button type="submit" aria-label="Tìm kiếm"><svg width="18" height="18" viewBox="0 0 24 24"><path d="M10 2a8 8 0 1 0 5 14l5 5 1-1-5-5A8 8 0 0 0 10 2z"></path></svg></button></form></div></div><nav class="{cls("Header", "nav")}"><ul class="container">{nav}</ul></nav></header><main class="{cls("Layout", "main")} container">{main}</main><footer class="{cls("Footer", "footer")}"><div class="container"><p class="{cls("Footer", "org")}">{esc(ORG)}</p><p>{esc(FOOT_ADDR)}</p><p>{esc(FOOT_PHONE)}</p><p>{esc(FOOT_RESP)}</p><p class="{cls("Footer", "copy")}">{esc(FOOT_COPY)}</p></div></footer><div class="{cls("CookieBanner", "banner")}" role="dialog" aria-label="cookie"><p>{esc(COOKIE)}</p><div><a href="/gioi-thieu" class="{cls("CookieBanner", "more")}">Tìm hiểu thêm</a><button type="button" class="{cls("CookieBanner", "accept")}">Chấp nhận</button></div></div></div></div><script id="__NEXT_DATA__" type="application/json">{js}</script></body></html>
"""

    def skeleton_box() -> str:
        rows = "".join(f'<div class="{cls("Skeleton", "row")}"><span class="{cls("Skeleton", "thumb")}"></span>'
                       f'<span class="{cls("Skeleton", "line")}"></span><span class="{cls("Skeleton", "line")} '
                       f'{cls("Skeleton", "short")}"></span></div>' for _ in range(4))
        return (f'<section class="{cls("MostRead", "box")}"><h2 class="{cls("Sidebar", "heading")}">Xem nhiều</h2>'
                f'<div class="{cls("Skeleton", "wrap")}" aria-busy="true" aria-live="polite">{rows}</div></section>')

    # articles
    for a in arts:
        cat = cat_of(a)
        slug = a.path.rsplit("/", 1)[1]
        same = [x for x in arts if x is not a and cat_of(x) == cat]
        related = (same + [x for x in arts if x is not a and x not in same])[:3]
        lead = f'<p class="{cls("ArticleDetail", "lead")}">{esc(inline_text(a.lead))}</p>' if a.lead else ""
        att = ""
        if a.attachments:
            att = (f'<div class="{cls("ArticleDetail", "files")}"><h2 class="{cls("ArticleDetail", "filesTitle")}">'
                   'Tệp đính kèm</h2><ul>' + "".join(
                       f'<li><a href="{x["path"]}" target="_blank" rel="noreferrer"><svg width="14" height="14" '
                       f'viewBox="0 0 24 24"><path d="M6 2h9l5 5v15H6z"></path></svg>{esc(x["text"])}</a></li>'
                       for x in a.attachments) + "</ul></div>")
        hero = ""
        main = (f'<nav class="{cls("Breadcrumb", "crumbs")}" aria-label="breadcrumb"><a href="/">Trang chủ</a>'
                f'<span>›</span><a href="/{cat}">{CATS[cat]}</a></nav><div class="{cls("ArticleDetail", "grid")}">'
                f'<article class="{cls("ArticleDetail", "article")}"><a class="{cls("ArticleDetail", "category")}" '
                f'href="/{cat}">{CATS[cat]}</a><h1 class="{cls("ArticleDetail", "title")}">{esc(a.title)}</h1>'
                f'<div class="{cls("ArticleDetail", "meta")}"><svg width="14" height="14" viewBox="0 0 24 24"><path '
                f'd="M7 2v2H5v18h14V4h-2V2h-2v2H9V2z"></path></svg><span class="{cls("ArticleDetail", "date")}">'
                f'{a.date:%d/%m/%Y}</span></div>{hero}{lead}<div class="{cls("ArticleDetail", "content")}">'
                f'{content_html(a)}</div>{att}<div class="{cls("ShareBar", "bar")}"><span>Chia sẻ bài viết:</span>'
                f'<a href="{{{{base:offsite}}}}/facebook/sharer?u={slug}" target="_blank" rel="noreferrer" '
                f'aria-label="Facebook"><svg width="20" height="20" viewBox="0 0 24 24"><path d="M14 8h3V4h-3a4 4 0 '
                f'0 0-4 4v2H8v4h2v8h4v-8h3l1-4h-4V8z"></path></svg></a><button type="button" class="'
                f'{cls("ShareBar", "copy")}">Sao chép liên kết</button></div>'
                f'<section class="{cls("Related", "related")}"><h2 class="{cls("Related", "heading")}">Tin liên quan</h2>'
                f'<div class="{cls("Related", "grid")}">' + "".join(card(x) for x in related) + "</div></section>"
                f'<a href="/" class="{cls("ArticleDetail", "back")}">Về trang chủ</a></article>'
                f'<aside class="{cls("Sidebar", "aside")}">{skeleton_box()}</aside></div>')
        head = (f'<meta property="og:type" content="article"/><meta property="og:title" content="{attr(a.title)}"/>'
                f'<meta property="og:description" content="{attr(a.summary())}"/>'
                f'<meta property="og:url" content="{{{{base}}}}{a.path}"/>'
                + (f'<meta property="og:image" content="{{{{base}}}}{asset(a.first_image())}"/>' if a.first_image() else "")
                + f'<link rel="canonical" href="{{{{base}}}}{a.path}"/>')
        site.page(a.path, layout(f"{a.title} | {SHORT}", main, f"/{cat}/[slug]",
                                 {"item": squidex_item(a), "related": [card_json(x) for x in related]},
                                 {"slug": slug}, head, desc=a.summary()))
        old = a.opts.get("old")
        if old:
            site.redirect(old, a.path, 308)
            a.aliases.append(old)
        site.add_article(a)
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH QUANG NAM", "THONG BAO SO 18/TB-LMHTX"]))

    # listings
    def listing(heading: str, items: list[RichArticle], page_no: int, pages: int, base: str, page: str,
                query: dict) -> str:
        pager = ""
        if pages > 1:
            links = "".join(f'<a class="{cls("Pagination", "item")}{" " + cls("Pagination", "active") if n == page_no else ""}" '
                            f'href="{base}?page={n}">{n}</a>' for n in range(1, pages + 1))
            prev = (f'<a class="{cls("Pagination", "item")}" href="{base}?page={page_no - 1}" aria-label="Trang trước">‹</a>'
                    if page_no > 1 else "")
            nxt = (f'<a class="{cls("Pagination", "item")}" href="{base}?page={page_no + 1}" aria-label="Trang sau">›</a>'
                   if page_no < pages else "")
            pager = f'<nav class="{cls("Pagination", "pagination")}">{prev}{links}{nxt}</nav>'
        cards = "".join(card(x, "h2") for x in items)
        main = (f'<h1 class="{cls("ListPage", "title")}">{esc(heading)}</h1><div class="{cls("ListPage", "grid")}">'
                f'{cards}</div>{pager}')
        props = {"items": [card_json(x) for x in items], "page": page_no, "total": len(news) if base == "/tin-tuc"
                 else len(items)}
        return layout(f"{heading} | {SHORT}", main, page, props, query)

    first, second = news[:6], news[6:]
    site.page("/tin-tuc", listing("Tin tức", first, 1, 2, "/tin-tuc", "/tin-tuc", {}),
              content_type="text/html; charset=utf-8")
    site.same_page("/tin-tuc?page=1", "/tin-tuc")
    site.page("/tin-tuc?page=2", listing("Tin tức", second, 2, 2, "/tin-tuc", "/tin-tuc", {"page": "2"}))
    site.page("/thong-bao", listing("Thông báo", notices, 1, 1, "/thong-bao", "/thong-bao", {}),
              content_type="text/html; charset=utf-8")
    hero = arts[0]
    home = (f'<section class="{cls("Home", "hero")}"><a href="{hero.path}">{nimg(hero.first_image(), hero.title, 1200, 630, True)}'
            f'</a><div class="{cls("Home", "heroBody")}"><h2 class="{cls("Home", "heroTitle")}"><a href="{hero.path}">'
            f'{esc(hero.title)}</a></h2><p>{esc(inline_text(hero.lead))}</p></div></section>'
            f'<div class="{cls("Home", "cols")}"><section><h2 class="{cls("Home", "heading")}">Tin mới</h2>'
            f'<div class="{cls("Home", "grid")}">' + "".join(card(x) for x in news[1:5]) + '</div>'
            f'<a class="{cls("Home", "more")}" href="/tin-tuc">Xem tất cả</a></section><section><h2 class="'
            f'{cls("Home", "heading")}">Thông báo</h2><ul class="{cls("Home", "notices")}">'
            + "".join(f'<li><a href="{x.path}">{esc(x.title)}</a><span>{x.date:%d/%m/%Y}</span></li>' for x in notices)
            + f'</ul></section></div>')
    site.page("/", layout(f"{SHORT} - {NAME}", home, "/", {"hero": card_json(hero),
                                                          "latest": [card_json(x) for x in news[1:5]],
                                                          "notices": [card_json(x) for x in notices]}, {},
                          '<meta property="og:type" content="website"/>'))
    about = ["Liên minh Hợp tác xã tỉnh Quảng Nam là tổ chức chính trị - xã hội, đại diện và bảo vệ quyền, lợi ích "
             "hợp pháp của các HTX, tổ hợp tác trên địa bàn tỉnh.",
             "Liên minh HTX tỉnh tư vấn, hỗ trợ thành lập HTX, đào tạo cán bộ HTX và xúc tiến thương mại cho sản phẩm "
             "của HTX."]
    site.page("/gioi-thieu", layout(f"Giới thiệu | {SHORT}", f'<article class="{cls("StaticPage", "page")}"><h1>Giới '
                                    f'thiệu</h1>' + "".join(f"<p>{esc(p)}</p>" for p in about) + "</article>",
                                    "/gioi-thieu", {"page": {"data": {"tieuDe": {"iv": "Giới thiệu"}}}}, {}))
    site.page("/lien-he", layout(f"Liên hệ | {SHORT}", f'<article class="{cls("StaticPage", "page")}"><h1>Liên hệ</h1>'
                                 f'<form class="{cls("Contact", "form")}"><input name="hoTen" placeholder="Họ và tên"/>'
                                 '<input name="email" placeholder="Email"/><textarea name="noiDung" placeholder="Nội dung">'
                                 '</textarea><button type="submit">Gửi liên hệ</button></form></article>',
                                 "/lien-he", {}, {}))
    site.page("/tim-kiem", layout(f"Tìm kiếm | {SHORT}", f'<h1 class="{cls("ListPage", "title")}">Tìm kiếm</h1>'
                                  f'<div class="{cls("Skeleton", "wrap")}" aria-busy="true"></div>', "/tim-kiem", {}, {}))
    site.non_articles += ["/", "/tin-tuc", "/tin-tuc?page=2", "/thong-bao", "/gioi-thieu", "/lien-he", "/tim-kiem"]
    site.static("/robots.txt", "User-agent: *\nAllow: /\nDisallow: /api/\n")
    for name in sorted(images):
        u = asset(name).replace("/", "%2F")
        fname = f"_routes/next-image-{name}"
        site.files[fname] = image_for(name)
        site.routes.append({"path": f"/_next/image?url={u}&w=1920&q=75", "file": fname, "content_type": "image/png"})
        site.routes.append({"path": f"/_next/image?url={u}&w=828&q=75", "file": fname, "content_type": "image/png"})
        site.binary(asset(name), image_for(name))
        site.routes.append({"path": f"{asset(name)}?width=800", "file": f"{asset(name).lstrip('/')}",
                            "content_type": "image/png"})
    site.binary("/logo.png", image_for("logo"))
    site.binary("/favicon.ico", image_for("favicon"))

    site.trap("the listing /tin-tuc shows 6 cards; its pager links /tin-tuc?page=1 (the same page) and "
              "/tin-tuc?page=2, the only page with the oldest news item; cards print dd/MM/yyyy only",
              "/tin-tuc?page=2")
    site.trap("every page: hashed CSS-module classes (ArticleDetail_title__…), a server-rendered cookie banner "
              "('Chấp nhận', 'Tìm hiểu thêm'), the 'Xem nhiều' box as skeleton placeholders (empty spans, filled by "
              "the client), the footer; __NEXT_DATA__ holds the Squidex item ({'iv': …} fields, created/lastModified "
              "beside data.ngayDang) and the related cards", "/tin-tuc/htx-que-tra-my-xuat-lo-que-huu-co-sang-chau-au")
    site.trap("/thong-bao lists the notices; /gioi-thieu, /lien-he (form) and the client-side /tim-kiem (skeleton "
              "only): not articles", "/thong-bao")
    return site
