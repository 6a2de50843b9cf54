"""Site `wiki-htxkontum` (registry family `generic`): "Wiki HTX Kon Tum", the news and knowledge wiki of the Kon Tum
cooperative alliance (before the merger of 1 July 2025 with Quảng Ngãi) on **Wiki.js 2.5** (Vue app shell, markdown
editor, locale namespacing on with `vi` as the only language). Written as a held-out test: no family module, no
selectors.

Why it is hard: the server sends no visible chrome: every page is a `<page>` custom element inside `div#root` whose
attributes carry the title, the description, the tags (`:tags` JSON), `created-at` / `updated-at` (UTC ISO with
milliseconds: a post of 01:30 in Kon Tum was created the previous day in UTC; `updated-at` is the last edit),
`author-name` (the last editor's account), the TOC and the navigation (base64 JSON in `toc` and `sidebar`); the
rendered page is inside `<template slot="contents">`. No `<h1>`: the title is the attribute and `<title>`. Headings
render as `h2.toc-header` with a "¶" anchor link inside; photos are `<p><img></p>` with the caption as the next
`<p><em>`; the byline is the last `<p><em>`. Pages live at `/vi/<path>`; `/i/<id>` (the short link) and the path
without its locale redirect there; `/h/vi/<path>` (history, Vue only) and `/s/vi/<path>` (the markdown source in a
`<source>` element) are no news. The news index is itself a wiki page `/vi/tin-tuc` (dates "19/06/2025", a link to
`/vi/tin-tuc/trang-2`), as are the home, introduction and editors' guide. A renamed page left a dead link (Wiki.js
keeps no redirect: 404). `/login`, `/a/` and `/e/` are disallowed by robots.txt.
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "wiki-htxkontum"
WIKI = "Wiki HTX Kon Tum"
ASSET = "/_assets"
EDITOR = ("Biên tập viên", 2)
# The article pages show nothing but the rendered page and the <title> suffix; the heading anchors' pilcrow is chrome.
FURN = [f"| {WIKI}", "¶"]


def slug(text: str) -> str:
    t = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def zulu(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def articles() -> list[RichArticle]:
    A = RichArticle

    def created(d: datetime, upd: datetime | None = None, **o) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "listing"],
                    opts={"updated": upd or d, **o})

    return [
        A(path="hoat-dong/hoi-nghi-lien-minh-htx-kon-tum-truoc-hop-nhat", title="Liên minh HTX tỉnh Kon Tum tổng kết nhiệm kỳ trước khi hợp nhất",
          lead="Ngày 18/6, Liên minh HTX tỉnh Kon Tum tổ chức hội nghị tổng kết hoạt động giai đoạn 2020-2025 và triển khai phương án hợp nhất với Liên minh HTX tỉnh Quảng Ngãi.",
          body="""
Hội nghị có sự tham dự của đại diện Liên minh HTX Việt Nam, lãnh đạo UBND tỉnh và 110 đại biểu các HTX.
[img hoi-nghi-tong-ket.png] Đại biểu biểu quyết thông qua báo cáo tổng kết nhiệm kỳ
## Kết quả giai đoạn 2020-2025
Số HTX trên địa bàn tỉnh tăng từ 142 lên 236 HTX; doanh thu bình quân đạt 2,7 tỷ đồng/HTX/năm, gấp 1,8 lần đầu nhiệm kỳ.
## Phương án hợp nhất
Toàn bộ hồ sơ, tài sản và Quỹ hỗ trợ phát triển HTX tỉnh sẽ được bàn giao cho Liên minh HTX tỉnh Quảng Ngãi (mới) từ ngày 1/7/2025.
""", byline="Bài, ảnh: Lê Văn Hòa", author="Lê Văn Hòa",
          notes=["Wiki.js page: no <h1>, the title only in <page title=…> and <title>; created-at='2025-06-19T02:00:00.000Z' "
                 "(09:00 in Kon Tum) and updated-at two days later (the last edit), author-name the editor's account; two "
                 "h2.toc-header with a '¶' anchor link inside (the heading lines are without it); the caption is the <p><em> "
                 "under the photo (a line); 'Bài, ảnh: Lê Văn Hòa' -> author; /i/41 (short link) and the locale-less path "
                 "redirect here: aliases"],
          **created(datetime(2025, 6, 19, 9, 0), datetime(2025, 6, 21, 16, 20))),
        A(path="van-ban/ke-hoach-21-kh-lmhtx-ho-tro-htx-sam-ngoc-linh", title="Kế hoạch số 21/KH-LMHTX hỗ trợ HTX phát triển sâm Ngọc Linh năm 2025",
          body="""
LIÊN MINH HTX TỈNH KON TUM
Số: 21/KH-LMHTX
Kon Tum, ngày 12 tháng 5 năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Hỗ trợ các HTX trồng sâm Ngọc Linh nâng cao năng lực quản trị, truy xuất nguồn gốc và liên kết tiêu thụ.
## II. NỘI DUNG
- Tập huấn kỹ thuật trồng, chăm sóc sâm dưới tán rừng cho 120 thành viên HTX.
- Hỗ trợ 8 HTX xây dựng hệ thống truy xuất nguồn gốc bằng mã QR.
- Tổ chức 2 hội nghị kết nối tiêu thụ tại Hà Nội và TP. Hồ Chí Minh.
## III. TỔ CHỨC THỰC HIỆN
Ban Tuyên truyền – Hỗ trợ HTX chủ trì triển khai, định kỳ báo cáo Thường trực Liên minh.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
A Thuyên
""", author=None, doc_number="21/KH-LMHTX",
          attachments=[{"path": "/van-ban/tep/kh-21-lmhtx-2025.pdf", "text": "kh-21-lmhtx-2025.pdf"}],
          notes=["plan 'Số: 21/KH-LMHTX', 'Kon Tum, ngày 12 tháng 5 năm 2025' (created 14/05/2025 15:10); three headings (the "
                 "TOC is only a base64 attribute); '- ' lines keep their dash; signer last, author null; 'Tải về:' the PDF "
                 "/van-ban/tep/kh-21-lmhtx-2025.pdf (an attachment)"],
          **created(datetime(2025, 5, 14, 15, 10))),
        A(path="so-lieu/htx-trong-sam-ngoc-linh-2024", title="Các HTX trồng sâm Ngọc Linh trên địa bàn tỉnh năm 2024",
          body="""
Năm 2024, toàn tỉnh có 19 HTX tham gia trồng, chế biến sâm Ngọc Linh với tổng diện tích hơn 480 ha.
| Huyện | Số HTX | Diện tích (ha) | Thành viên |
| Tu Mơ Rông | 9 | 236 | 412 |
| Đăk Glei | 7 | 198 | 305 |
| Đăk Tô | 3 | 47 | 96 |
""", byline="Nguồn: Sở Nông nghiệp và Phát triển nông thôn tỉnh Kon Tum", author=None,
          notes=["a markdown table (thead th, tbody rows): one line per row; 'Nguồn: …' is no author"],
          **created(datetime(2025, 4, 22, 10, 0))),
        A(path="htx-dien-hinh/mua-ca-phe-o-htx-dak-ui", title="Ảnh: Mùa cà phê ở HTX Nông nghiệp Đăk Ui",
          body="""
[img ca-phe-1.png] Thành viên HTX thu hái cà phê chín tại xã Đăk Ui
[img ca-phe-2.png] Cà phê tươi được sơ chế tại xưởng của HTX
[img ca-phe-3.png] Sản phẩm cà phê rang xay mang nhãn hiệu của HTX
""", byline="Ảnh: Thanh Tùng", author="Thanh Tùng",
          notes=["photo story: three photos, each caption the next <p><em> (the lines); 'Ảnh: Thanh Tùng' -> author"],
          **created(datetime(2025, 4, 3, 8, 30))),
        A(path="dao-tao/lop-boi-duong-giam-doc-htx-dot-1-2025", title="Mở lớp bồi dưỡng giám đốc HTX đợt 1 năm 2025",
          lead="Liên minh HTX tỉnh phối hợp với Trường Cán bộ quản lý nông nghiệp mở lớp bồi dưỡng cho 65 giám đốc HTX.",
          body="""
Chương trình bồi dưỡng gồm năm chuyên đề:
+ Luật HTX năm 2023 và văn bản hướng dẫn;
+ Quản trị HTX theo chuỗi giá trị;
+ Tài chính, kế toán và kiểm soát nội bộ;
+ Xây dựng thương hiệu, sản phẩm OCOP;
+ Chuyển đổi số trong HTX.
""", byline="Đinh Văn Tiến - Văn phòng Liên minh", author="Đinh Văn Tiến",
          notes=["a five-item numbered list (ol); byline 'Đinh Văn Tiến - Văn phòng Liên minh' -> author Đinh Văn Tiến"],
          **created(datetime(2025, 3, 17, 14, 45))),
        A(path="thong-bao/tiep-nhan-ho-so-vay-quy-ho-tro-htx-2025", title="Thông báo tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX năm 2025",
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh Kon Tum thông báo tiếp nhận hồ sơ vay vốn năm 2025 của các HTX, tổ hợp tác.
Thời gian tiếp nhận: từ ngày 3/3/2025 đến hết ngày 30/4/2025.
Mức cho vay tối đa 500 triệu đồng đối với HTX, lãi suất 5%/năm.
""", author=None,
          notes=["the text inside a <blockquote class='is-info'> callout; created-at='2025-02-26T17:40:00.000Z' is 26/02 in UTC "
                 "but 00:40 on 27/02/2025 in Kon Tum (the index page says 27/02/2025); no byline: author null"],
          **created(datetime(2025, 2, 27, 0, 40))),
        A(path="htx-dien-hinh/htx-det-tho-cam-kon-kloor", title="HTX dệt thổ cẩm Kon Klor giữ nghề truyền thống",
          body="""
HTX dệt thổ cẩm Kon Klor (phường Thắng Lợi) có 32 thành viên là phụ nữ Ba Na, mỗi năm làm ra khoảng 900 sản phẩm.
Sản phẩm khăn, váy, túi thổ cẩm của HTX được bán cho khách du lịch tại làng Kon Klor và qua mạng xã hội.
Năm 2024, doanh thu của HTX đạt gần 1,2 tỷ đồng.
""", author=None,
          notes=["no byline: author null (author-name 'Y Hlơi' on the <page> element is the last editor's account, no author)"],
          **created(datetime(2025, 1, 20, 11, 15), datetime(2025, 3, 2, 9, 5), editor=("Y Hlơi", 5))),
        A(path="hoat-dong/tong-ket-cong-tac-htx-nam-2024", title="Tổng kết công tác HTX năm 2024",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Kon Tum tổng kết công tác năm 2024; huyện Ngọc Hồi và huyện Kon Plông dẫn đầu về số HTX thành lập mới.
Năm 2024, toàn tỉnh thành lập mới 31 HTX, giải thể 6 HTX ngừng hoạt động.
""", byline="Y Phương", author="Y Phương",
          notes=["2024 page of the old districts, only on the news index's second page /vi/tin-tuc/trang-2; 'Ngày 26/12' has no "
                 "year (created-at carries it)"],
          **created(datetime(2024, 12, 27, 16, 0))),
    ]


def toc_b64(a: RichArticle) -> str:
    items = [{"title": b.text, "anchor": "#" + slug(b.text), "children": []} for b in a.blocks if b.kind == "h"]
    return base64.b64encode(json.dumps(items, ensure_ascii=False).encode()).decode()


SIDEBAR = [{"k": "home", "t": "link", "c": "/vi/home", "l": "Trang chủ"}, {"k": "news", "t": "link", "c": "/vi/tin-tuc", "l": "Tin tức"},
           {"k": "about", "t": "link", "c": "/vi/gioi-thieu", "l": "Giới thiệu"}, {"k": "tags", "t": "link", "c": "/t", "l": "Duyệt theo thẻ"}]


def content_html(a: RichArticle) -> str:
    out = []
    if a.lead:
        out.append(f"<p><strong>{inline_html(a.lead)}</strong></p>")
    body = []
    for b in a.blocks:
        if b.kind == "p":
            body.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            s = slug(b.text)
            body.append(f'<h2 class="toc-header" id="{s}"><a href="#{s}" class="toc-anchor">¶</a> {esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            body.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            body.append(f'<p><img src="/{a.opts["folder"]}/anh/{b.src}" alt="{attr(b.text)}"></p>\n<p><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            head, *rows = b.rows
            body.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n<tbody>\n"
                        + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                        + "\n</tbody>\n</table>")
    if a.opts.get("callout"):
        body = ['<blockquote class="is-info">\n' + "\n".join(body) + "\n</blockquote>"]
    out += body
    if a.byline:
        out.append(f"<p><em>{esc(a.byline)}</em></p>")
    for x in a.attachments:
        out.append(f'<p>Tải về: <a class="is-internal-link is-valid-page" href="{x["path"]}">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    def page(path: str, html: str) -> None:
        site.page(path, html, content_type="text/html; charset=utf-8")

    site = SiteBuild(SITE, "kon-tum", WIKI, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for n, a in enumerate(posts):
        a.opts["rel"] = "tin-tuc/" + a.path
        a.opts["folder"] = "tin-tuc/" + a.path.split("/")[0]
        a.opts["id"] = 41 - n
        a.path = "/vi/" + a.opts["rel"]
        if "thong-bao" in a.path:
            a.opts["callout"] = True
    sb = base64.b64encode(json.dumps(SIDEBAR, ensure_ascii=False).encode()).decode()
    page_ids = iter(range(60, 90))

    def shell(title: str, element: str, *, path: str, desc: str = "", head: str = "") -> str:
        return f"""<!DOCTYPE html><html lang="vi" dir="ltr"><head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta charset="UTF-8"><meta name="viewport" content="user-scalable=yes, width=device-width, initial-scale=1, maximum-scale=5"><meta name="theme-color" content="#1976d2"><meta name="msapplication-TileColor" content="#1976d2"><title>{esc(title)} | {WIKI}</title><meta property="og:title" content="{attr(title)}"><meta property="og:type" content="website"><meta property="og:url" content="{{{{base}}}}{path}"><meta property="og:site_name" content="{WIKI}"><meta property="og:description" content="{attr(desc)}">{head}<link rel="icon" type="image/png" sizes="192x192" href="{ASSET}/favicons/android-chrome-192x192.png"><link rel="apple-touch-icon" sizes="180x180" href="{ASSET}/favicons/apple-touch-icon.png"><script>var siteId = 'b7d2c1f0-5e3a-4c8b-9a61-2f4e8d7c3b10'; var siteConfig = {{"title":"{WIKI}","theme":{{"dark":false,"colorPrimary":"#1976d2"}},"darkMode":false,"lang":"vi","rtl":false,"company":"Liên minh HTX tỉnh Kon Tum","contentLicense":"","footerOverride":"Liên minh HTX tỉnh Kon Tum, 146 Bà Triệu, thành phố Kon Tum","logoUrl":"/_assets/img/logo-kontum.png"}}; var siteLangs = [{{"code":"vi","name":"Vietnamese","nativeName":"Tiếng Việt"}}]</script><link type="text/css" rel="stylesheet" href="{ASSET}/css/app.5ad3e2c7c8f2b1d4e9f0.css"><script type="text/javascript" src="{ASSET}/js/runtime.js?1712345678"></script><script type="text/javascript" src="{ASSET}/js/app.js?1712345678"></script></head><body><div id="root">{element}</div><script type="text/javascript">WIKI.$store.set('site/isLoading', false)</script></body></html>"""

    def page_el(*, locale_path: str, title: str, desc: str, tags: list[str], created: datetime, updated: datetime,
                editor: tuple[str, int], pid: int, contents: str, toc: str = "W10=") -> str:
        tg = attr(json.dumps([{"tag": t, "title": t} for t in tags], ensure_ascii=False))
        return (f'<page locale="vi" path="{attr(locale_path)}" title="{attr(title)}" description="{attr(desc)}" :tags="{tg}" '
                f'created-at="{zulu(created)}" updated-at="{zulu(updated)}" author-name="{attr(editor[0])}" :author-id="{editor[1]}" '
                f'editor="markdown" :is-published="true" toc="{toc}" :page-id="{pid}" sidebar="{sb}" nav-mode="MIXED" '
                f':comments-enabled="false" :effective-permissions="e30=" edit-shortcuts="e30=" filename="{attr(locale_path.split("/")[-1])}.md">'
                f'<template slot="contents"><div>{contents}</div></template></page>')

    def wpage(path: str, title: str, contents: str, created: datetime, updated: datetime, desc: str = "") -> None:
        el = page_el(locale_path=path[4:], title=title, desc=desc, tags=[], created=created, updated=updated, editor=EDITOR,
                     pid=next(page_ids), contents=contents)
        page(path, shell(title, el, path=path, desc=desc))
        site.non_articles.append(path)

    tags_of = {"hoat-dong": ["hoat-dong", "lien-minh"], "van-ban": ["van-ban"], "so-lieu": ["so-lieu", "sam-ngoc-linh"],
               "htx-dien-hinh": ["htx-dien-hinh"], "dao-tao": ["dao-tao"], "thong-bao": ["thong-bao", "quy-ho-tro"]}
    for a in posts:
        o = a.opts
        cat = o["rel"].split("/")[1]
        desc = a.summary() if not a.lead else a.title
        el = page_el(locale_path=o["rel"], title=a.title, desc=" ".join(desc.split()[:24]), tags=tags_of[cat], created=a.date,
                     updated=o["updated"], editor=o.get("editor", EDITOR), pid=o["id"], contents=content_html(a), toc=toc_b64(a))
        page(a.path, shell(a.title, el, path=a.path, desc=a.summary()))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/{o['folder']}/anh/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 21/KH-LMHTX", "Ho tro HTX sam Ngoc Linh 2025"]))
        site.redirect(f"/i/{o['id']}", a.path, 301)
        site.redirect(f"/{o['rel']}", a.path, 301)
        a.aliases += [f"/i/{o['id']}", f"/{o['rel']}"]
        # history (Vue only) and source view
        hp, sp = f"/h{a.path}", f"/s{a.path}"
        page(hp, shell(a.title, f'<history locale="vi" path="{attr(o["rel"])}" title="{attr(a.title)}" :page-id="{o["id"]}" '
                                     f':live-content="null" :effective-permissions="e30="></history>', path=hp))
        md = "\n\n".join([f"**{a.lead}**"] if a.lead else []) + "\n\n" + a.body.strip() + (f"\n\n*{a.byline}*" if a.byline else "")
        page(sp, shell(a.title, f'<source locale="vi" path="{attr(o["rel"])}" title="{attr(a.title)}" :page-id="{o["id"]}" '
                                    f':effective-permissions="e30="><template slot="contents"><div>{esc(md)}</div></template></source>',
                            path=sp))
        site.non_articles += [hp, sp]
        site.add_article(a)

    # news index (a wiki page), 5 a page
    per = 5
    chunks = [posts[:per], posts[per:]]
    urls = ["/vi/tin-tuc", "/vi/tin-tuc/trang-2"]
    for n, chunk in enumerate(chunks):
        lis = "\n".join(f'<li>{p.date:%d/%m/%Y} — <a class="is-internal-link is-valid-page" href="{p.path}">{esc(p.title)}</a></li>'
                        for p in chunk)
        nav = (f'<p><a class="is-internal-link is-valid-page" href="{urls[1]}">Tin cũ hơn →</a></p>' if n == 0 else
               f'<p><a class="is-internal-link is-valid-page" href="{urls[0]}">← Tin mới hơn</a></p>')
        title = "Tin tức" if n == 0 else "Tin tức – trang 2"
        wpage(urls[n], title, f'<h2 class="toc-header" id="tin-tuc-moi-cap-nhat"><a href="#tin-tuc-moi-cap-nhat" class="toc-anchor">¶</a> '
                              f'Tin tức mới cập nhật</h2>\n<ul>\n{lis}\n</ul>\n{nav}', datetime(2024, 3, 1, 9, 0), posts[0].opts["updated"],
              desc="Danh mục tin tức của Liên minh HTX tỉnh Kon Tum")
    site.trap("the news index /vi/tin-tuc and /vi/tin-tuc/trang-2 are wiki pages (the same <page> element, created-at in "
              "2024, updated-at the last edit) listing 'dd/mm/yyyy — title'; home, Giới thiệu, the editors' guide, the tag "
              "browser /t and the history /h/vi/… (a Vue <history> element) and source /s/vi/… (the markdown in a <source> "
              "element) of every page: no news", urls[1])
    home = (f'<p><strong>Wiki HTX Kon Tum – kho tri thức kinh tế tập thể vùng Bắc Tây Nguyên</strong></p>\n'
            f'<h2 class="toc-header" id="tin-moi"><a href="#tin-moi" class="toc-anchor">¶</a> Tin mới</h2>\n<ul>\n'
            + "\n".join(f'<li><a class="is-internal-link is-valid-page" href="{p.path}">{esc(p.title)}</a></li>' for p in posts[:4])
            + f'\n</ul>\n<p><a class="is-internal-link is-valid-page" href="/vi/tin-tuc">Tất cả tin tức</a> · '
            f'<a class="is-internal-link is-valid-page" href="/vi/gioi-thieu">Giới thiệu</a> · '
            f'<a class="is-internal-link is-valid-page" href="/vi/huong-dan-bien-tap">Hướng dẫn biên tập</a> · '
            f'<a class="is-internal-link is-invalid-page" href="/vi/tin-tuc/hoat-dong/hop-tac-voi-agribank-kon-tum">Hợp tác với Agribank Kon Tum</a> · '
            f'<a href="/t">Duyệt theo thẻ</a></p>\n<p>Liên kết ngắn: <a href="/i/{posts[0].opts["id"]}">/i/{posts[0].opts["id"]}</a> · '
            f'<a href="/{posts[1].opts["rel"]}">{esc(posts[1].title)}</a></p>\n'
            f'<p>Liên minh HTX tỉnh Kon Tum, 146 Bà Triệu, thành phố Kon Tum</p>')
    wpage("/vi/home", "Trang chủ", home, datetime(2023, 8, 1, 8, 0), posts[0].opts["updated"], desc="Trang chủ Wiki HTX Kon Tum")
    site.redirect("/", "/vi/home", 302)
    site.error("/vi/tin-tuc/hoat-dong/hop-tac-voi-agribank-kon-tum", 404)
    wpage("/vi/gioi-thieu", "Giới thiệu", '<p>Liên minh Hợp tác xã tỉnh Kon Tum được thành lập năm 1993, là tổ chức đại diện cho '
          'các HTX, tổ hợp tác trên địa bàn tỉnh.</p>\n<h2 class="toc-header" id="lien-he"><a href="#lien-he" class="toc-anchor">¶</a> '
          'Liên hệ</h2>\n<ul>\n<li>Điện thoại: 0260.3862.114</li>\n<li>Thư điện tử: lmhtx@kontum.gov.vn</li>\n</ul>',
          datetime(2023, 8, 1, 8, 30), datetime(2024, 11, 5, 10, 0), desc="Giới thiệu Liên minh HTX tỉnh Kon Tum")
    first = posts[0]
    wpage("/vi/huong-dan-bien-tap", "Hướng dẫn biên tập", '<p>Mỗi tin được tạo trong thư mục <code>tin-tuc/&lt;chuyên mục&gt;</code>, '
          'ảnh đặt trong thư mục <code>anh</code> của chuyên mục.</p>\n<ul>\n'
          f'<li>Xem mã nguồn mẫu: <a href="/s{first.path}">{esc(first.title)}</a></li>\n'
          f'<li>Xem lịch sử: <a href="/h{first.path}">{esc(first.title)}</a></li>\n</ul>\n'
          '<p>Câu hỏi về biên tập gửi về Văn phòng Liên minh.</p>', datetime(2023, 8, 2, 9, 0), datetime(2025, 1, 6, 14, 0),
          desc="Hướng dẫn cho biên tập viên")
    page("/t", shell("Duyệt theo thẻ", '<tags></tags>', path="/t"))
    site.non_articles.append("/t")
    page("/login", shell("Đăng nhập", '<login bg-url="" hide-local="false" change-pwd-continuation-token=""></login>', path="/login"))
    site.never_fetched.append("/login")
    site.static("/robots.txt", "User-agent: *\nDisallow: /login\nDisallow: /a/\nDisallow: /e/\nDisallow: /graphql\n")
    for f in ("favicons/android-chrome-192x192.png", "favicons/apple-touch-icon.png", "img/logo-kontum.png"):
        site.binary(f"{ASSET}/{f}", image_for(f))
    site.trap("every page also at /i/<id> (Wiki.js' short link, 301, on the home page) and at its path without the locale "
              "/tin-tuc/… (301 to /vi/tin-tuc/…): aliases; a link to a renamed page (Wiki.js keeps no redirect) answers 404; "
              "robots.txt disallows /login, /a/, /e/: never fetched", first.path)
    return site
