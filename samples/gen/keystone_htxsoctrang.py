"""Site `keystone-htxsoctrang` (registry family `generic`): "Liên minh HTX tỉnh Sóc Trăng", a portal built by a local
agency on **KeystoneJS 6** (the headless CMS: lists Post, Category, Page, User; the post body a Keystone *document*
field) behind a **Next.js 14** front end (pages router, `getServerSideProps`, `next/image`, `next-sitemap`); the copy
is of 15 September 2024, before the province merged into Cần Thơ. Written as a held-out test: no family module, no
selectors.

What is an article here: a post `/tin-tuc/<slug>`. Its server-rendered HTML carries the whole post (category label,
`h1.post-title`, the meta row, the excerpt, the document rendered by `@keystone-6/document-renderer`, the attachment
button); the same post is in `<script id="__NEXT_DATA__" type="application/json">` (`props.pageProps.post`: `title`,
`publishedAt`/`updatedAt` as ISO **UTC** strings, `author` = the Keystone User who posted it, `content.document` =
the document JSON of paragraph/heading/list/component-block nodes).

URL shapes: posts `/tin-tuc/<slug>` (Next's default `trailingSlash: false`: `/tin-tuc/<slug>/` answers 308 to it; an
old slug renamed in Keystone answers 308 via `next.config.js` redirects: aliases); the news listing `/tin-tuc` (6
cards) with the "Xem thêm" button, a `next/link` to `/tin-tuc?page=2`, which server-renders the first 12 (all 9
posts: the three oldest only there); categories `/chuyen-muc/<slug>`; Keystone "Page" items `/gioi-thieu`,
`/lien-he`; the search page `/tim-kiem` (client-side: the server HTML has only the form); images through
`/_next/image?url=%2Fimages%2F<id>.png&w=1920&q=75`; attachments `/files/<name>-<id>.pdf` (Keystone local file
storage); `next-sitemap`'s `/sitemap.xml` (an index) and `/sitemap-0.xml` (every `lastmod` the build time, not a
publication date); robots.txt disallows `/api/` (Keystone's GraphQL endpoint) and names the sitemap.

Why it is hard: the times. The meta row prints `Intl.DateTimeFormat('vi-VN', {timeZone: 'Asia/Ho_Chi_Minh',
dateStyle: 'full', timeStyle: 'short'})`: "01:20 Thứ Ba, 10 tháng 9, 2024" (time before the date), inside
`<time dateTime="2024-09-09T18:20:00.000Z">`; `article:published_time` and the JSON say 2024-09-09T18:20:00.000Z: a
post published after midnight Vietnam time is on the previous day in UTC. Cards print `toLocaleDateString('vi-VN')`
("10/9/2024", no zero padding). The meta row's author is the posting account ("Ban Biên tập"), not the author; the
author is a closing byline naming a person. `<title>` is "<title> | LMHTX Sóc Trăng". Under the post: tags, a share
bar, "Tin liên quan" cards (titles in `<h3>`, dates), and a cookie-consent bar rendered by the server.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "keystone-htxsoctrang"
NAME = "Liên minh HTX tỉnh Sóc Trăng"
SHORT = "LMHTX Sóc Trăng"
ORG = "Liên minh Hợp tác xã tỉnh Sóc Trăng"
BUILD_ID = "k7Qf2XbN9pLr4TzW1sHcM"
BUILD_TIME = "2024-09-14T20:05:11.402Z"
CATS = {"hoat-dong": "Hoạt động", "thong-bao": "Thông báo", "mo-hinh": "Mô hình HTX"}
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
FOOT_ADDR = "Số 8 Trần Hưng Đạo, phường 2, TP Sóc Trăng, tỉnh Sóc Trăng"
FOOT_PHONE = "Điện thoại: 0299.3822.578 - Email: lmhtx@soctrang.gov.vn"
FOOT_COPY = "© 2024 Liên minh Hợp tác xã tỉnh Sóc Trăng. Bảo lưu mọi quyền."
FOOT_RESP = "Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh Sóc Trăng"
COOKIE = "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web."
SLOGAN = "Đồng hành cùng hợp tác xã Sóc Trăng"
FURN = [FOOT_ADDR, FOOT_PHONE, FOOT_COPY, FOOT_RESP, COOKIE, SLOGAN, "Đồng ý", "Tin liên quan", "Chia sẻ:",
        "Từ khóa:", "Đăng bởi Ban Biên tập"]


def utc_z(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def full_vi(d: datetime) -> str:
    """Intl vi-VN dateStyle full + timeStyle short: the time first."""
    return f"{d:%H:%M} {WEEKDAYS[d.weekday()]}, {d.day} tháng {d.month}, {d.year}"


def short_vi(d: datetime) -> str:
    return f"{d.day}/{d.month}/{d.year}"


def cuid(s: str) -> str:
    return "cl" + hashlib.sha1(s.encode()).hexdigest()[:23]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata", "date-element", "listing"])

    return [
        A(path="/tin-tuc/htx-hoa-tu-2-xuat-khau-lo-gao-st25-dau-tien",
          title="HTX Nông nghiệp Hòa Tú 2 xuất khẩu lô gạo ST25 đầu tiên",
          lead="HTX Nông nghiệp Hòa Tú 2 (huyện Mỹ Xuyên) vừa xuất khẩu 20 tấn gạo ST25 đầu tiên sang thị trường Úc.",
          body="""
[img gao-st25-1.png] Thành viên HTX Hòa Tú 2 đóng bao gạo ST25 xuất khẩu
Lô hàng được sản xuất theo mô hình tôm - lúa, đạt chứng nhận hữu cơ của Úc.
HTX hiện có 126 thành viên với 210 ha lúa ST25 luân canh trên đất nuôi tôm.
## Mở rộng vùng nguyên liệu
Năm 2025, HTX dự kiến mở rộng thêm 100 ha, liên kết với 2 doanh nghiệp xuất khẩu gạo.
""", byline="Bài, ảnh: Lâm Thị Mỹ", author="Lâm Thị Mỹ",
          notes=["published 01:20 on 10/9 Vietnam time: <time dateTime='2024-09-09T18:20:00.000Z'>, "
                 "article:published_time and __NEXT_DATA__ publishedAt are the previous day in UTC; the meta row "
                 "'01:20 Thứ Ba, 10 tháng 9, 2024' puts the time first; 'Đăng bởi Ban Biên tập' is the posting "
                 "account; 'Bài, ảnh: Lâm Thị Mỹ' -> author; the home page's hero links it with a trailing slash (308)"],
          opts={"cat": "hoat-dong", "tags": ["ST25", "xuất khẩu"]}, **at(datetime(2024, 9, 10, 1, 20))),
        A(path="/tin-tuc/lien-minh-htx-tinh-lam-viec-voi-htx-thi-xa-vinh-chau",
          title="Liên minh HTX tỉnh làm việc với các HTX thị xã Vĩnh Châu",
          lead="Ngày 4/9, đoàn công tác Liên minh HTX tỉnh do đồng chí Chủ tịch làm trưởng đoàn đã làm việc với 8 HTX tại thị xã Vĩnh Châu.",
          body="""
Các HTX kiến nghị hỗ trợ vốn xây dựng kho lạnh bảo quản hành tím và xúc tiến thương mại.
Liên minh HTX tỉnh ghi nhận các kiến nghị, hướng dẫn HTX lập hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX.
""", byline="Trần Quốc Việt", author="Trần Quốc Việt",
          notes=["the lead names 4/9 (the event), the post is of 05/9 16:00"],
          opts={"cat": "hoat-dong", "tags": ["Vĩnh Châu"]}, **at(datetime(2024, 9, 5, 16, 0))),
        A(path="/tin-tuc/thong-bao-21-tb-lmhtx-hoi-cho-san-pham-htx-2024",
          title="Thông báo số 21/TB-LMHTX về việc tham gia Hội chợ sản phẩm HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH SÓC TRĂNG
Số: 21/TB-LMHTX
Sóc Trăng, ngày 27 tháng 8 năm 2024
THÔNG BÁO
Về việc tham gia Hội chợ sản phẩm HTX năm 2024
Liên minh HTX tỉnh thông báo đến các HTX về việc tham gia Hội chợ sản phẩm HTX khu vực đồng bằng sông Cửu Long tổ chức từ ngày 20/10 đến 24/10/2024 tại TP Cần Thơ.
Các HTX có nhu cầu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 30/9/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lý Thị Sang
""", author=None, doc_number="21/TB-LMHTX",
          attachments=[{"path": "/files/tb-21-lmhtx-2024-Xy7kQ2.pdf", "text": "TB-21-LMHTX-2024.pdf"}],
          notes=["notice 'Số: 21/TB-LMHTX' dated 27/8 in its text, published 28/8 08:15; signer: text, author null; "
                 "the Keystone file field after the document: a button 'Tải về: TB-21-LMHTX-2024.pdf' (the label is "
                 "not part of the name)"],
          opts={"cat": "thong-bao", "tags": ["hội chợ"]}, **at(datetime(2024, 8, 28, 8, 15))),
        A(path="/tin-tuc/hoi-thao-xuc-tien-tieu-thu-hanh-tim-vinh-chau",
          title="Hội thảo xúc tiến tiêu thụ hành tím Vĩnh Châu",
          body="""
Hội thảo thu hút hơn 100 đại biểu là đại diện các HTX, doanh nghiệp thu mua và nhà bán lẻ.
Các doanh nghiệp đã ký biên bản ghi nhớ tiêu thụ 1.200 tấn hành tím với 5 HTX.
Hành tím Vĩnh Châu là sản phẩm được bảo hộ chỉ dẫn địa lý, diện tích gần 6.000 ha.
""", byline="Theo Báo Sóc Trăng", author=None,
          notes=["no excerpt; reprint 'Theo Báo Sóc Trăng': a source, author null"],
          opts={"cat": "hoat-dong", "tags": ["hành tím", "Vĩnh Châu"]}, **at(datetime(2024, 8, 19, 9, 30))),
        A(path="/tin-tuc/tap-huan-quan-tri-hop-tac-xa-nam-2024",
          title="Tập huấn nâng cao năng lực quản trị cho cán bộ HTX năm 2024",
          lead="Từ ngày 5 đến 7/8, Liên minh HTX tỉnh tổ chức lớp tập huấn nâng cao năng lực quản trị cho 70 cán bộ HTX.",
          body="""
## Nội dung tập huấn
* Xây dựng phương án sản xuất, kinh doanh của HTX;
* Quản lý tài chính, kế toán HTX theo quy định mới;
* Kỹ năng đàm phán, ký kết hợp đồng liên kết tiêu thụ.
Lớp học giúp cán bộ HTX nâng cao kiến thức quản trị và điều hành.
""", byline="Nguyễn Thanh Phong", author="Nguyễn Thanh Phong",
          notes=["a heading node and a list node of the document (one line per item)"],
          opts={"cat": "hoat-dong", "tags": ["tập huấn"]}, **at(datetime(2024, 8, 6, 14, 0))),
        A(path="/tin-tuc/htx-tom-lua-thanh-phu-nang-cao-thu-nhap-thanh-vien",
          title="HTX Tôm - lúa Thạnh Phú nâng cao thu nhập cho thành viên",
          lead="Mô hình tôm - lúa giúp thành viên HTX Thạnh Phú (huyện Mỹ Xuyên) có lãi 80 - 100 triệu đồng/ha/năm.",
          body="""
HTX cung ứng con giống, thức ăn và tổ chức bao tiêu sản phẩm cho thành viên.
Năm 2024, HTX được hỗ trợ xây dựng nhà sơ chế và trang bị máy móc.
""", author=None,
          notes=["no byline: author null; renamed in Keystone: the old slug /tin-tuc/htx-tom-lua-thanh-phu answers 308 "
                 "to it (linked from another post's 'Tin liên quan'): an alias"],
          opts={"cat": "mo-hinh", "tags": ["tôm - lúa"], "old_slug": "/tin-tuc/htx-tom-lua-thanh-phu"},
          **at(datetime(2024, 7, 24, 7, 5))),
        A(path="/tin-tuc/so-ket-cong-tac-6-thang-dau-nam-2024",
          title="Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2024",
          lead="Chiều 5/7, Liên minh HTX tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.",
          body="""
Sáu tháng đầu năm, toàn tỉnh thành lập mới 19 HTX, nâng tổng số lên 318 HTX đang hoạt động.
Quỹ hỗ trợ phát triển HTX đã giải ngân 7,5 tỷ đồng cho 14 HTX.
""", byline="Phòng Tuyên truyền - Liên minh HTX tỉnh", author=None,
          notes=["only on /tin-tuc?page=2 (the 'Xem thêm' link) and its category; an office closes it: author null"],
          opts={"cat": "hoat-dong", "tags": ["sơ kết"]}, **at(datetime(2024, 7, 8, 15, 30))),
        A(path="/tin-tuc/ke-hoach-14-kh-lmhtx-tuyen-truyen-luat-htx-2023",
          title="Kế hoạch tuyên truyền Luật Hợp tác xã năm 2023",
          body="""
LIÊN MINH HTX TỈNH SÓC TRĂNG
Số: 14/KH-LMHTX
Sóc Trăng, ngày 18 tháng 6 năm 2024
KẾ HOẠCH
Tuyên truyền Luật Hợp tác xã năm 2023
## I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, thành viên HTX về những điểm mới của Luật Hợp tác xã năm 2023.
## II. HÌNH THỨC TUYÊN TRUYỀN
* Tổ chức hội nghị tuyên truyền tại 11 huyện, thị xã, thành phố;
* Đăng tải tin, bài trên trang thông tin điện tử của Liên minh HTX tỉnh.
CHỦ TỊCH
Trương Văn Hiền
""", author=None, doc_number="14/KH-LMHTX",
          notes=["plan 'Số: 14/KH-LMHTX', place-date line 18/6, published 20/6 10:00; only on /tin-tuc?page=2"],
          opts={"cat": "thong-bao", "tags": ["Luật Hợp tác xã"]}, **at(datetime(2024, 6, 20, 10, 0))),
        A(path="/tin-tuc/htx-buoi-nam-roi-ke-sach-dat-ocop-4-sao",
          title="HTX Bưởi Năm Roi Kế Sách đạt OCOP 4 sao",
          lead="Sản phẩm bưởi Năm Roi của HTX Nông nghiệp Kế Sách vừa được UBND tỉnh công nhận đạt chuẩn OCOP 4 sao.",
          body="""
[img buoi-nam-roi.png] Bưởi Năm Roi của HTX được dán tem OCOP trước khi giao cho siêu thị
HTX có 42 thành viên với 65 ha bưởi, sản lượng khoảng 900 tấn mỗi năm.
""", byline="Bài, ảnh: Lâm Thị Mỹ", author="Lâm Thị Mỹ",
          notes=["published 00:30 on 04/6 Vietnam time = 2024-06-03T17:30:00.000Z (the previous day in UTC); only on "
                 "/tin-tuc?page=2"],
          opts={"cat": "mo-hinh", "tags": ["OCOP"]}, **at(datetime(2024, 6, 4, 0, 30))),
    ]


def img_path(name: str) -> str:
    return f"/images/{cuid(name)[:12]}.png"


def nimg(name: str, alt: str, w: int = 800, h: int = 533) -> str:
    u = img_path(name).replace("/", "%2F")
    return (f'<img alt="{attr(alt)}" loading="lazy" width="{w}" height="{h}" decoding="async" data-nimg="1" '
            f'style="color:transparent" srcSet="/_next/image?url={u}&amp;w=828&amp;q=75 1x, '
            f'/_next/image?url={u}&amp;w=1920&amp;q=75 2x" src="/_next/image?url={u}&amp;w=1920&amp;q=75"/>')


def doc_nodes(a: RichArticle) -> list[dict]:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append({"type": "paragraph", "children": [{"text": inline_text(b.text)}]})
        elif b.kind == "h":
            out.append({"type": "heading", "level": 2, "children": [{"text": b.text}]})
        elif b.kind in ("ul", "ol"):
            out.append({"type": "unordered-list" if b.kind == "ul" else "ordered-list", "children": [
                {"type": "list-item", "children": [{"type": "list-item-content", "children": [{"text": x}]}]}
                for x in b.items]})
        elif b.kind == "img":
            out.append({"type": "component-block", "component": "image",
                        "props": {"src": img_path(b.src), "caption": b.text},
                        "children": [{"type": "component-inline-prop", "children": [{"text": ""}]}]})
    if a.byline:
        out.append({"type": "paragraph", "textAlign": "end", "children": [{"text": a.byline, "bold": True}]})
    return out


def doc_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<figure class="doc-image">{nimg(b.src, b.text)}<figcaption>{esc(b.text)}</figcaption></figure>')
    if a.byline:
        out.append(f'<p style="text-align:end"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "soc-trang", f"{NAME} (KeystoneJS + Next.js)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    images: set[str] = set()

    def card_json(a: RichArticle) -> dict:
        return {"id": cuid(a.path), "title": a.title, "slug": a.path.rsplit("/", 1)[1], "publishedAt": utc_z(a.date),
                "excerpt": inline_text(a.lead) if a.lead else None,
                "category": {"name": CATS[a.opts["cat"]], "slug": a.opts["cat"]},
                "heroImage": {"url": img_path(a.first_image())} if a.first_image() else None}

    def card(a: RichArticle, tag: str = "h3", href: str | None = None) -> str:
        im = a.first_image()
        thumb = (f'<a href="{href or a.path}" class="card-thumb">{nimg(im, a.title, 400, 267)}</a>' if im else "")
        if im:
            images.add(im)
        ex = f'<p class="card-excerpt">{esc(inline_text(a.lead))}</p>' if a.lead else ""
        return (f'<div class="card">{thumb}<div class="card-body"><a class="card-category" href="/chuyen-muc/'
                f'{a.opts["cat"]}">{esc(CATS[a.opts["cat"]])}</a><{tag} class="card-title"><a href="{href or a.path}">'
                f'{esc(a.title)}</a></{tag}><time class="card-date" dateTime="{utc_z(a.date)}">{short_vi(a.date)}</time>'
                f'{ex}</div></div>')

    nav = ("".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in
                   [("Trang chủ", "/"), ("Tin tức", "/tin-tuc")]
                   + [(n, f"/chuyen-muc/{s}") for s, n in CATS.items()]
                   + [("Giới thiệu", "/gioi-thieu"), ("Liên hệ", "/lien-he")]))

    def page(title: str, main: str, next_page: str, page_props: dict, query: dict, head: str = "",
             desc: str = "Trang thông tin điện tử Liên minh Hợp tác xã tỉnh Sóc Trăng") -> str:
        data = {"props": {"pageProps": page_props, "__N_SSP": True}, "page": next_page, "query": query,
                "buildId": BUILD_ID, "isFallback": False, "gssp": True, "scriptLoader": []}
        js = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(title)}</title><meta name="description" content="{attr(desc)}"/><meta property="og:site_name" content="{attr(SHORT)}"/><meta property="og:locale" content="vi_VN"/>{head}<link rel="icon" href="/favicon.ico"/><meta name="next-head-count" content="12"/><link rel="preload" href="/_next/static/css/4b1e0a7c9d2f3e55.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4b1e0a7c9d2f3e55.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/framework-ecc4130bc7a58a64.js" defer=""></script><script src="/_next/static/chunks/main-8e2bc2f0b5a7d3e1.js" defer=""></script><script src="/_next/static/chunks/pages/_app-3f9d1c2a7b6e5d40.js" defer=""></script><script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script><script src="/_next/static/{BUILD_ID}/_ssgManifest.js" defer=""></script></head><body><div id="__next"><div class="layout"><header class="site-header"><div class="topbar container"><a href="/" class="logo"><img src="/logo.png" alt="{attr(NAME)}" width="56" height="56"/><span class="logo-text"><span class="logo-name">{esc(NAME)}</span><span class="logo-slogan">{esc(SLOGAN)}</span></span></a><form action="/tim-kiem" class="search-form"><input type="search" name="q" placeholder="Tìm kiếm..."/></form></div><nav class="main-nav"><ul class="container">{nav}</ul></nav></header><main class="container main">{main}</main><footer class="site-footer"><div class="container"><p class="footer-org">{esc(ORG)}</p><p>{esc(FOOT_ADDR)}</p><p>{esc(FOOT_PHONE)}</p><p>{esc(FOOT_RESP)}</p><p class="copyright">{esc(FOOT_COPY)}</p></div></footer><div class="cookie-consent" role="dialog" aria-live="polite"><p>{esc(COOKIE)}</p><button type="button" class="btn btn-primary">Đồng ý</button></div></div></div><script id="__NEXT_DATA__" type="application/json">{js}</script></body></html>
"""

    # articles
    for i, a in enumerate(arts):
        slug = a.path.rsplit("/", 1)[1]
        cat = a.opts["cat"]
        related = [x for x in arts if x is not a and x.opts["cat"] == cat][:3]
        if len(related) < 3:
            related += [x for x in arts if x is not a and x not in related][:3 - len(related)]
        renamed = next((x for x in arts if x.opts.get("old_slug")), None)

        def rel_href(x: RichArticle, renamed: RichArticle | None = renamed) -> str:
            return x.opts["old_slug"] if x is renamed and x.opts.get("old_slug") else x.path
        tags = "".join(f'<a class="tag" href="/tim-kiem?q={t.replace(" ", "+")}">#{esc(t)}</a>' for t in a.opts["tags"])
        att = ""
        if a.attachments:
            x = a.attachments[0]
            att = (f'<div class="post-attachments"><a class="btn btn-outline attachment" href="{x["path"]}" download="">'
                   f'<span class="attachment-label">Tải về:</span> {esc(x["text"])}</a></div>')
        lead = f'<div class="post-excerpt"><p>{esc(inline_text(a.lead))}</p></div>' if a.lead else ""
        main = (f'<nav aria-label="breadcrumb" class="breadcrumb"><a href="/">Trang chủ</a><span>/</span>'
                f'<a href="/tin-tuc">Tin tức</a><span>/</span><a href="/chuyen-muc/{cat}">{esc(CATS[cat])}</a></nav>'
                f'<div class="row"><article class="post col-main"><a class="post-category" href="/chuyen-muc/{cat}">'
                f'{esc(CATS[cat])}</a><h1 class="post-title">{esc(a.title)}</h1><div class="post-meta">'
                f'<time dateTime="{utc_z(a.date)}">{full_vi(a.date)}</time><span class="dot">·</span>'
                f'<span class="post-author">Đăng bởi Ban Biên tập</span></div>{lead}'
                f'<div class="post-content document-renderer">{doc_html(a)}</div>{att}'
                f'<div class="post-tags"><span>Từ khóa:</span>{tags}</div>'
                f'<div class="share-bar"><span>Chia sẻ:</span><a href="{{{{base:offsite}}}}/facebook/sharer?u={slug}" '
                f'target="_blank" rel="noopener">Facebook</a><a href="{{{{base:offsite}}}}/zalo/share?u={slug}" '
                f'target="_blank" rel="noopener">Zalo</a></div></article>'
                f'<aside class="col-side"><section class="related"><h2 class="section-title">Tin liên quan</h2>'
                + "".join(card(x, "h3", rel_href(x)) for x in related) + "</section></aside></div>")
        for b in a.blocks:
            if b.kind == "img":
                images.add(b.src)
        post = {"id": cuid(a.path), "title": a.title, "slug": slug, "status": "published",
                "publishedAt": utc_z(a.date), "updatedAt": utc_z(a.date + timedelta(minutes=17)),
                "excerpt": inline_text(a.lead) if a.lead else "", "category": {"name": CATS[cat], "slug": cat},
                "author": {"id": cuid("bbt"), "name": "Ban Biên tập"},
                "tags": [{"name": t} for t in a.opts["tags"]],
                "heroImage": {"url": img_path(a.first_image())} if a.first_image() else None,
                "attachment": ({"filename": a.attachments[0]["path"].rsplit("/", 1)[1],
                                "url": a.attachments[0]["path"]} if a.attachments else None),
                "content": {"document": doc_nodes(a)}}
        head = (f'<meta property="og:type" content="article"/><meta property="og:title" content="{attr(a.title)}"/>'
                f'<meta property="og:url" content="{{{{base}}}}{a.path}"/>'
                + (f'<meta property="og:image" content="{{{{base}}}}{img_path(a.first_image())}"/>' if a.first_image() else "")
                + f'<meta property="article:published_time" content="{utc_z(a.date)}"/>'
                f'<meta property="article:section" content="{attr(CATS[cat])}"/>'
                f'<meta name="twitter:card" content="summary_large_image"/><link rel="canonical" href="{{{{base}}}}{a.path}"/>')
        html = page(f"{a.title} | {SHORT}", main, "/tin-tuc/[slug]",
                    {"post": post, "related": [card_json(x) for x in related]}, {"slug": slug}, head,
                    desc=a.summary())
        site.page(a.path, html)
        site.redirect(a.path + "/", a.path, 308)
        if a.opts.get("old_slug"):
            site.redirect(a.opts["old_slug"], a.path, 308)
            a.aliases.append(a.opts["old_slug"])
        site.add_article(a)
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH SOC TRANG", "THONG BAO SO 21/TB-LMHTX"]))
    hero = arts[0]
    hero.aliases.append(hero.path + "/")

    # home
    home = (f'<section class="hero"><div class="hero-card">{nimg(hero.first_image(), hero.title, 1200, 600)}'
            f'<div class="hero-body"><span class="badge">Tin nổi bật</span><h2 class="hero-title"><a href="{hero.path}/">'
            f'{esc(hero.title)}</a></h2><p>{esc(inline_text(hero.lead))}</p></div></div></section>'
            f'<section class="latest"><h2 class="section-title">Tin mới</h2><div class="grid">'
            + "".join(card(a) for a in arts[1:5]) + '</div><a href="/tin-tuc" class="btn btn-more">Xem tất cả</a></section>')
    site.page("/", page(f"{SHORT} - {NAME}", home, "/", {"posts": [card_json(a) for a in arts[:5]]}, {},
                        '<meta property="og:type" content="website"/>'))
    # listing with "Xem thêm"
    def listing(items: list[RichArticle], more: str | None, heading: str, pg: str, q: dict, props: dict) -> str:
        btn = (f'<div class="load-more"><a class="btn btn-outline" href="{more}">Xem thêm</a></div>' if more else "")
        main = (f'<h1 class="page-title">{esc(heading)}</h1><div class="grid">' + "".join(card(a) for a in items)
                + f"</div>{btn}")
        return page(f"{heading} | {SHORT}", main, pg, props, q)
    site.page("/tin-tuc", listing(arts[:6], "/tin-tuc?page=2", "Tin tức", "/tin-tuc", {},
                                  {"posts": [card_json(a) for a in arts[:6]], "page": 1, "total": len(arts)}),
              content_type="text/html; charset=utf-8")  # /tin-tuc is also the posts' directory
    site.page("/tin-tuc?page=2", listing(arts[:12], None, "Tin tức", "/tin-tuc", {"page": "2"},
                                         {"posts": [card_json(a) for a in arts[:12]], "page": 2, "total": len(arts)}))
    site.non_articles += ["/", "/tin-tuc", "/tin-tuc?page=2"]
    for s, n in CATS.items():
        items = [a for a in arts if a.opts["cat"] == s]
        site.page(f"/chuyen-muc/{s}", listing(items, None, n, "/chuyen-muc/[slug]", {"slug": s},
                                               {"category": {"name": n, "slug": s},
                                                "posts": [card_json(a) for a in items]}))
        site.non_articles.append(f"/chuyen-muc/{s}")
    about_doc = ["Liên minh Hợp tác xã tỉnh Sóc Trăng là tổ chức chính trị - xã hội, đại diện và bảo vệ quyền lợi hợp "
                 "pháp của các HTX, tổ hợp tác trên địa bàn tỉnh.",
                 "Liên minh HTX tỉnh tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ thành lập HTX; "
                 "đào tạo, bồi dưỡng cán bộ HTX và xúc tiến thương mại cho sản phẩm của HTX."]
    site.page("/gioi-thieu", page(f"Giới thiệu | {SHORT}", '<article class="static-page"><h1 class="page-title">'
              'Giới thiệu</h1><div class="document-renderer">' + "".join(f"<p>{esc(p)}</p>" for p in about_doc)
              + "</div></article>", "/[page]", {"page": {"title": "Giới thiệu", "slug": "gioi-thieu", "content": {
                  "document": [{"type": "paragraph", "children": [{"text": p}]} for p in about_doc]}}},
              {"page": "gioi-thieu"}))
    site.page("/lien-he", page(f"Liên hệ | {SHORT}", '<article class="static-page"><h1 class="page-title">Liên hệ</h1>'
              '<form class="contact-form"><input name="name" placeholder="Họ và tên"/><input name="email" '
              'placeholder="Email"/><textarea name="message" placeholder="Nội dung"></textarea><button type="submit">'
              'Gửi</button></form></article>', "/[page]", {"page": {"title": "Liên hệ", "slug": "lien-he"}},
              {"page": "lien-he"}))
    site.page("/tim-kiem", page(f"Tìm kiếm | {SHORT}", '<h1 class="page-title">Tìm kiếm</h1><form action="/tim-kiem">'
              '<input type="search" name="q"/></form><p class="search-hint">Nhập từ khóa để tìm kiếm.</p>',
              "/tim-kiem", {}, {}))
    site.non_articles += ["/gioi-thieu", "/lien-he", "/tim-kiem"]
    # sitemap, robots, assets
    urls = ["/", "/tin-tuc", "/gioi-thieu", "/lien-he"] + [f"/chuyen-muc/{s}" for s in CATS] + [a.path for a in arts]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/'
              'schemas/sitemap/0.9">\n<sitemap><loc>{{base}}/sitemap-0.xml</loc></sitemap>\n</sitemapindex>\n',
              content_type="application/xml; charset=utf-8")
    site.page("/sitemap-0.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
              + "".join(f"<url><loc>{{{{base}}}}{u}</loc><lastmod>{BUILD_TIME}</lastmod><changefreq>daily</changefreq>"
                        f"<priority>0.7</priority></url>\n" for u in urls) + "</urlset>\n",
              content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "# *\nUser-agent: *\nAllow: /\nDisallow: /api/\n\n# Host\nHost: {{base}}\n\n"
                "# Sitemaps\nSitemap: {{base}}/sitemap.xml\n")
    for name in sorted(images):
        u = img_path(name).replace("/", "%2F")
        fname = f"_routes/next-image-{name}"
        site.files[fname] = image_for(name)
        for w in (1920,):
            site.routes.append({"path": f"/_next/image?url={u}&w={w}&q=75", "file": fname, "content_type": "image/png"})
        site.binary(img_path(name), image_for(name))
    site.binary("/logo.png", image_for("logo"))
    site.binary("/favicon.ico", image_for("favicon"))

    site.trap("the home page's hero links the newest post with a trailing slash: Next answers 308 to the plain path "
              "(an alias); 'Tin mới' cards with d/M/yyyy dates", "/")
    site.trap("listing /tin-tuc: 6 cards and 'Xem thêm', a next/link to /tin-tuc?page=2 which server-renders the first "
              "12 (all 9): the three oldest posts only there; __NEXT_DATA__ repeats the cards", "/tin-tuc?page=2")
    site.trap("category pages /chuyen-muc/<slug> (cards, dates d/M/yyyy, page '/chuyen-muc/[slug]'): not articles",
              "/chuyen-muc/thong-bao")
    site.trap("Keystone 'Page' items /gioi-thieu and /lien-he (h1, paragraphs or a form, no date): not articles",
              "/gioi-thieu")
    site.trap("/sitemap-0.xml (next-sitemap): every lastmod is the build time 2024-09-14T20:05:11.402Z, not a "
              "publication date", "/sitemap-0.xml")
    site.trap("every page ends with a server-rendered cookie-consent bar and the footer; tag links go to the "
              "client-side search /tim-kiem?q=… (the server HTML is only the form)", "/tim-kiem")
    return site
