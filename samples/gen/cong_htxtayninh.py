"""Site `cong-htxtayninh` (registry family `generic`): "Cổng thông tin Liên minh HTX tỉnh Tây Ninh" (the alliance of
the merged province, Tây Ninh + Long An since 1 July 2025; the copy is of 20 September 2025) on **Plone 6.1 with the
Volto 18 React front end**, server-side rendered (Pastanaga UI / Semantic UI classes, React Helmet head tags with
`data-react-helmet`, the whole Redux state in `window.__data`). Written as a held-out test: no family module, no
selectors.

URL shapes: a News Item `/tin-tuc/<id>` (the id is Plone's URL normaliser of the title: ASCII, cut at a hyphen
before 50 characters), the same item at `/tin-tuc/<id>/view` (Plone's explicit view, linked from a text block of the
front page); images `/tin-tuc/<id>/<file>.png/@@images/image-1200-<hash>.png`, files
`/van-ban/<file>.pdf/@@download/file`; the folder page `/tin-tuc` (a listing block, 6 a page, its pager `?page=2`),
the front page `/`, pages `/gioi-thieu`, `/contact-form`, `/sitemap` (Volto's navigation tree), `/login`, the search
`/search` and its keyword filter `/search?Subject=<keyword>` (the tags under an item); `/robots.txt` (Plone's default:
every rule for Googlebot only; its Sitemap line names `/sitemap.xml.gz`, which answers 404: the site map is off).

Why it is hard: the text is the blocks of `#page-document`: `h1.documentFirstHeading`, the description
`p.documentDescription` (the lead), a byline `div.documentByLine` ("bởi <creator's full name> — xuất bản <date>"),
slate paragraphs / `h2` / lists, table blocks whose cells hold `<p>`, image blocks as `<figure>` with
`figcaption > div.title`. The Node server renders in UTC: the byline's date and `window.__data`'s `effective`
("2025-07-09T23:20:00+00:00") are UTC, so an item published at 06:20 on 10 July reads "9 thg 7, 2025 23:20". The
byline names the Plone user who created the item: a staff member (the author, when no byline closes the text) or
the office / admin account (no author). The breadcrumbs repeat the title; lists show no dates; the whole item is
again in `window.__data` (slate JSON, `/` escaped as `\\u002F`).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "cong-htxtayninh"
NAME = "Liên minh Hợp tác xã tỉnh Tây Ninh"
UTC = timedelta(hours=7)
PER = 6
USERS = {"admin": "admin", "vanphong": "Văn phòng Liên minh HTX", "thuthao": "Nguyễn Thị Thu Thảo",
         "quocviet": "Trần Quốc Việt"}
ADDRESS = "Số 102 đường 30/4, phường Tân Ninh, tỉnh Tây Ninh"
PHONE = "Điện thoại: 0276.3822.519 - Email: lmhtx@tayninh.gov.vn"
LICENSE1 = "The Plone® Open Source CMS/WCM is © 2000-2025 by the Plone Foundation and friends."
LICENSE2 = "Distributed under the GNU GPL license."
FURN = [ADDRESS, PHONE, LICENSE1, LICENSE2, "Chuyển đến nội dung chính", "Chuyển đến điều hướng", "Chuyển đến chân trang",
        "Sơ đồ trang", "Trợ năng", "Vận hành bởi Plone & Python", "Đăng nhập", "Bản quyền thuộc "
        "Liên minh Hợp tác xã tỉnh Tây Ninh"]


def plone_id(title: str) -> str:
    t = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    if len(t) > 50:
        t = t[:50].rsplit("-", 1)[0]
    return t


def h(text: str, n: int = 10) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


def uid(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def utc_label(d: datetime) -> str:
    x = d - UTC
    return f"{x.day} thg {x.month}, {x.year} {x:%H:%M}"


def utc_iso(d: datetime) -> str:
    return f"{d - UTC:%Y-%m-%dT%H:%M:%S}+00:00"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element"])

    return [
        A(path="", title="Thông báo số 07/TB-LMHTX về việc mở lớp bồi dưỡng kiến thức quản trị HTX năm 2025",
          lead="Liên minh HTX tỉnh thông báo mở lớp bồi dưỡng kiến thức quản trị cho cán bộ quản lý HTX, tổ hợp tác trên địa bàn tỉnh.",
          body="""
LIÊN MINH HTX TỈNH TÂY NINH
Số: 07/TB-LMHTX
Tây Ninh, ngày 12 tháng 9 năm 2025
THÔNG BÁO
Về việc mở lớp bồi dưỡng kiến thức quản trị HTX năm 2025
Thực hiện Kế hoạch số 21/KH-LMHTX ngày 15/7/2025, Liên minh HTX tỉnh mở lớp bồi dưỡng kiến thức quản trị HTX năm 2025 như sau:
- Thời gian: từ ngày 06/10/2025 đến ngày 08/10/2025.
- Địa điểm: Hội trường Liên minh HTX tỉnh, phường Tân Ninh.
- Đối tượng: Chủ tịch Hội đồng quản trị, Giám đốc, kế toán HTX; mỗi HTX cử không quá 02 người.
Các HTX gửi danh sách đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 30/9/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Hùng
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/van-ban/tb-07-lmhtx-2025.pdf/@@download/file", "text": "TB-07-LMHTX-2025.pdf"}],
          opts={"by": "vanphong", "tags": ["Thông báo", "Tập huấn"], "view_alias": True},
          notes=["notice 'Số: 07/TB-LMHTX' dated 12/9 in its text, published 15/09 08:45 (byline '15 thg 9, 2025 01:45' in "
                 "UTC, __data effective '2025-09-15T01:45:00+00:00'); created by the office account ('bởi Văn phòng Liên "
                 "minh HTX': no author); the signer is text; the PDF is a File linked as …/@@download/file in a paragraph "
                 "of its own: an attachment, not text; the front page links it as /tin-tuc/<id>/view: an alias"],
          **at(datetime(2025, 9, 15, 8, 45))),
        A(path="", title="Ảnh: Mùa thu hoạch mãng cầu của HTX Thạnh Tân",
          body="""
Những ngày cuối tháng 8, các thành viên HTX Nông nghiệp Thạnh Tân (TP Tây Ninh) tất bật thu hoạch mãng cầu ta vụ chính.
[img mang-cau-1.png] Thành viên HTX thu hoạch mãng cầu trên sườn núi Bà Đen
[img mang-cau-2.png] Mãng cầu được phân loại, đóng thùng tại nhà sơ chế của HTX
[img mang-cau-3.png] Sản phẩm mãng cầu Bà Đen mang nhãn OCOP 4 sao
Năm nay HTX dự kiến thu hoạch khoảng 900 tấn, giá bán bình quân 35.000 đồng/kg.
""", byline="Bài và ảnh: Lê Minh Trí", author="Lê Minh Trí",
          opts={"by": "vanphong", "tags": ["OCOP"]},
          notes=["photo story: three image blocks (<figure>, the caption in figcaption > div.title, one line each), "
                 "@@images scale URLs; created by the office account, 'Bài và ảnh: Lê Minh Trí' closes it -> author"],
          **at(datetime(2025, 8, 22, 16, 30))),
        A(path="", title="5 nhóm chính sách hỗ trợ HTX nông nghiệp theo Nghị định 113/2024/NĐ-CP",
          lead="Nghị định 113/2024/NĐ-CP quy định chi tiết một số điều của Luật HTX năm 2023, trong đó có nhiều chính sách hỗ trợ HTX nông nghiệp.",
          body="""
## Các nhóm hỗ trợ chính
* Hỗ trợ đào tạo, bồi dưỡng nguồn nhân lực cho HTX;
* Hỗ trợ ứng dụng khoa học, kỹ thuật và công nghệ mới;
* Hỗ trợ tiếp cận thị trường, xúc tiến thương mại;
* Hỗ trợ kết cấu hạ tầng, trang thiết bị phục vụ sản xuất;
* Hỗ trợ chế biến sản phẩm nông nghiệp.
HTX cần lập hồ sơ đề nghị hỗ trợ gửi UBND cấp xã trước ngày 30 tháng 11 hằng năm.
""", byline="Phạm Văn Lộc - Trung tâm Khuyến nông", author="Phạm Văn Lộc",
          opts={"by": "thuthao", "tags": ["Chính sách"]},
          notes=["a slate h2 and a five-item list; created by the staff member Nguyễn Thị Thu Thảo but 'Phạm Văn Lộc - "
                 "Trung tâm Khuyến nông' closes the text -> Phạm Văn Lộc"],
          **at(datetime(2025, 8, 5, 10, 15))),
        A(path="", title="HTX Nông nghiệp Hòa Hội liên kết tiêu thụ củ mì cho thành viên",
          body="""
HTX Nông nghiệp Hòa Hội (xã Hòa Hội) vừa ký hợp đồng liên kết tiêu thụ 12.000 tấn củ mì với một doanh nghiệp chế biến tinh bột trong tỉnh.
Theo hợp đồng, doanh nghiệp bao tiêu toàn bộ sản lượng của 140 hộ thành viên với giá sàn 2.800 đồng/kg.
HTX còn hỗ trợ thành viên giống mì kháng bệnh khảm lá và phân bón trả chậm.
""", byline="Theo Báo Tây Ninh", author=None,
          opts={"by": "quocviet", "tags": ["Liên kết sản xuất"]},
          notes=["created by the staff member Trần Quốc Việt ('bởi Trần Quốc Việt') but closed by 'Theo Báo Tây Ninh': a "
                 "reprint, no author"],
          **at(datetime(2025, 7, 30, 9, 0))),
        A(path="", title="Kết quả phát triển kinh tế tập thể 6 tháng đầu năm 2025",
          lead="Sáu tháng đầu năm 2025, kinh tế tập thể trên địa bàn tỉnh tiếp tục phát triển cả về số lượng và chất lượng.",
          body="""
| Chỉ tiêu | Đơn vị | 6 tháng 2025 | So cùng kỳ (%) |
| HTX đang hoạt động | HTX | 412 | 106,2 |
| Tổ hợp tác | THT | 1.085 | 103,5 |
| Thành viên HTX | người | 38.640 | 104,8 |
| Doanh thu bình quân một HTX | triệu đồng | 2.370 | 108,1 |
Trong 6 tháng, toàn tỉnh thành lập mới 24 HTX, chủ yếu trong lĩnh vực nông nghiệp.
""", author="Nguyễn Thị Thu Thảo",
          opts={"by": "thuthao", "tags": ["Số liệu"]},
          notes=["a table block (thead/tbody, each cell's text in a <p>): one line per row; created by the staff member "
                 "Nguyễn Thị Thu Thảo ('bởi Nguyễn Thị Thu Thảo'), no byline in the text: she is the author"],
          **at(datetime(2025, 7, 18, 14, 0))),
        A(path="", title="Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2025",
          body="""
Chiều 9/7, Liên minh HTX tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025.
Đây là hội nghị đầu tiên của Liên minh HTX tỉnh Tây Ninh sau khi hợp nhất với Liên minh HTX tỉnh Long An.
Hội nghị thống nhất 5 nhóm nhiệm vụ trọng tâm, trong đó ưu tiên kiện toàn bộ máy và hỗ trợ HTX chuyển đổi số.
""", author=None,
          opts={"by": "admin", "tags": ["Hoạt động"]},
          notes=["published at 06:20 on 10 July about the afternoon before: the Node server renders in UTC, the byline "
                 "reads '9 thg 7, 2025 23:20' and __data effective '2025-07-09T23:20:00+00:00'; published = 2025-07-10 "
                 "06:20; no byline in the text, created by the 'admin' account: author null"],
          **at(datetime(2025, 7, 10, 6, 20))),
        A(path="", title="HTX Dịch vụ nông nghiệp Mỹ Lộc ra mắt sản phẩm gạo OCOP",
          body="""
Ngày 25/6, HTX Dịch vụ nông nghiệp Mỹ Lộc (huyện Cần Giuộc cũ) ra mắt sản phẩm gạo thơm Mỹ Lộc đạt chứng nhận OCOP 3 sao.
Sản phẩm được sản xuất theo quy trình VietGAP trên 120 ha của 95 hộ thành viên.
HTX đặt mục tiêu tiêu thụ 300 tấn gạo trong năm qua các cửa hàng tiện lợi và sàn thương mại điện tử.
""", byline="Võ Hoàng Anh", author="Võ Hoàng Anh",
          opts={"by": "vanphong", "tags": []},
          notes=["created by the office account but the bare name 'Võ Hoàng Anh' closes the text: he is the author; only "
                 "on page 2 of /tin-tuc"],
          **at(datetime(2025, 6, 26, 15, 45))),
        A(path="", title="Tây Ninh triển khai Luật HTX năm 2023 đến cán bộ cơ sở",
          body="""
Ngày 11/6, Liên minh HTX tỉnh phối hợp với Sở Nông nghiệp và Môi trường tổ chức hội nghị triển khai Luật HTX năm 2023.
[img hoi-nghi-luat.png] Quang cảnh hội nghị
Hơn 150 đại biểu là cán bộ phụ trách kinh tế tập thể cấp xã và đại diện các HTX tham dự.
""", byline="Trần Thị Kim Yến", author="Trần Thị Kim Yến",
          opts={"by": "thuthao", "tags": []},
          notes=["the oldest item: only on page 2 of the /tin-tuc listing (/tin-tuc?page=2), no keywords; created by "
                 "Nguyễn Thị Thu Thảo but closed by 'Trần Thị Kim Yến': the closing name is the author"],
          **at(datetime(2025, 6, 12, 9, 30))),
    ]


def blocks_html(a: RichArticle, base: str) -> tuple[str, dict, list]:
    out, blocks, order = [], {}, []
    for i, b in enumerate(a.blocks):
        bid = uid(f"{a.title}-{i}")
        order.append(bid)
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
            blocks[bid] = {"@type": "slate", "value": [{"type": "p", "children": [{"text": inline_text(b.text)}]}],
                           "plaintext": inline_text(b.text)}
        elif b.kind == "h":
            out.append(f'<h2 id="{plone_id(b.text)}">{esc(b.text)}</h2>')
            blocks[bid] = {"@type": "slate", "value": [{"type": "h2", "children": [{"text": b.text}]}], "plaintext": b.text}
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
            blocks[bid] = {"@type": "slate", "value": [{"type": b.kind, "children": [
                {"type": "li", "children": [{"text": x}]} for x in b.items]}], "plaintext": " ".join(b.items)}
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<div class="block table"><table class="ui celled fixed table slate-table-block">'
                       '<thead><tr>' + "\n".join(f'<th class=""><p>{esc(c)}</p></th>' for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "\n".join(f'<td class=""><p>{esc(c)}</p></td>' for c in r) + "</tr>" for r in rows)
                       + "</tbody></table></div>")
            blocks[bid] = {"@type": "slateTable", "table": {"basic": False, "celled": True, "fixed": True, "rows": [
                {"key": h(f"{bid}{j}", 5), "cells": [{"key": h(f"{bid}{j}{k}", 5), "type": "header" if j == 0 else "data",
                                                      "value": [{"type": "p", "children": [{"text": c}]}]}
                                                     for k, c in enumerate(r)]} for j, r in enumerate(b.rows)]}}
        elif b.kind == "img":
            src = f"{base}/{b.src}/@@images/image-1200-{h(b.src, 32)}.png"
            cap = f'<figcaption><div class="title">{esc(b.text)}</div></figcaption>' if b.text else ""
            out.append(f'<div class="block image align center"><figure class="figure center large"><img src="{src}" '
                       f'alt="" class="responsive" loading="lazy" width="1200" height="800"/>{cap}</figure></div>')
            blocks[bid] = {"@type": "image", "url": f"{base}/{b.src}", "image_field": "image", "align": "center",
                           "size": "l", "title": b.text, "alt": ""}
    for x in a.attachments:
        bid = uid(x["path"])
        order.append(bid)
        out.append(f'<p><a href="{x["path"]}">{esc(x["text"])}</a></p>')
        blocks[bid] = {"@type": "slate", "value": [{"type": "p", "children": [{"type": "link", "data": {"url": x["path"]},
                                                                               "children": [{"text": x["text"]}]}]}]}
    if a.byline:
        bid = uid(a.title + "byline")
        order.append(bid)
        out.append(f'<p style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
        blocks[bid] = {"@type": "slate", "value": [{"type": "p", "children": [{"type": "strong", "children": [
            {"text": a.byline}]}]}], "plaintext": a.byline}
    return "\n".join(out), blocks, order


def serialize(state: dict) -> str:
    text = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")


NAV = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Tin tức", "/tin-tuc"), ("Liên hệ", "/contact-form")]


def layout(title: str, desc: str, path: str, body_class: str, crumbs: list[tuple[str, str]], main: str,
           content: dict, og_image: str = "") -> str:
    nav = "".join(f'<a class="item{" active" if href == "/" + path.strip("/").split("/")[0] else ""}" href="{href}">{esc(n)}</a>'
                  for n, href in NAV)
    crumb_html = ""
    if crumbs:
        parts = []
        for i, (n, href) in enumerate(crumbs):
            parts.append(f'<div class="divider">/</div>')
            parts.append(f'<div class="active section">{esc(n)}</div>' if i == len(crumbs) - 1
                         else f'<a class="section" href="{href}">{esc(n)}</a>')
        crumb_html = ('<nav role="navigation" aria-label="Breadcrumbs" class="breadcrumbs"><div class="ui container"><div '
                      'class="ui breadcrumb"><a class="section" title="Trang chủ" href="/"><svg xmlns="http://www.w3.org/2000/svg" '
                      'viewBox="0 0 36 36" class="icon home" style="height:18px;width:auto;fill:currentColor"><path '
                      'd="M18 6L6 16v14h9v-8h6v8h9V16z"></path></svg></a>' + "".join(parts) + "</div></div></nav>")
    state = {"router": {"location": {"pathname": path, "search": "", "hash": "", "key": h(path, 6)}, "action": "POP"},
             "intl": {"defaultLocale": "vi", "locale": "vi"},
             "breadcrumbs": {"items": [{"@id": "{{base}}" + href, "title": n} for n, href in crumbs], "root": "{{base}}"},
             "navigation": {"items": [{"@id": "{{base}}" + href, "title": n} for n, href in NAV[1:]]},
             "content": {"data": content, "get": {"loaded": True, "loading": False, "error": None}},
             "userSession": {"token": None}}
    og = (f'<meta data-react-helmet="true" property="og:image" content="{{{{base}}}}{og_image}"/><meta data-react-helmet="true" '
          'property="og:image:width" content="1200"/><meta data-react-helmet="true" property="og:image:height" content="800"/>'
          if og_image else "")
    return f"""<!doctype html>
<html lang="vi"><head><meta charSet="utf-8"/><title data-react-helmet="true">{esc(title)}</title><link data-react-helmet="true" rel="canonical" href="{{{{base}}}}{path}"/><meta data-react-helmet="true" name="description" content="{attr(desc)}"/><meta data-react-helmet="true" property="og:title" content="{attr(title)}"/><meta data-react-helmet="true" property="og:url" content="{{{{base}}}}{path}"/>{og}<meta data-react-helmet="true" property="og:description" content="{attr(desc)}"/><meta data-react-helmet="true" name="twitter:card" content="summary_large_image"/><meta name="generator" content="Plone 6 - https://plone.org"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="apple-mobile-web-app-capable" content="yes"/><link rel="icon" href="/favicon.ico" sizes="any"/><link rel="icon" href="/icon.svg" type="image/svg+xml"/><link rel="preload" href="/static/js/client.4f2b9c81.js" as="script"/><link href="/static/css/client.7a1de3f0.css" rel="stylesheet"/></head><body class="view-viewview {body_class} public-ui"><div role="navigation" aria-label="Toolbar" id="toolbar"></div><div id="main"><div class="skiplinks-wrapper" role="complementary" aria-label="skiplinks"><a class="skiplink" href="#view">Chuyển đến nội dung chính</a><a class="skiplink" href="#navigation">Chuyển đến điều hướng</a><a class="skiplink" href="#footer">Chuyển đến chân trang</a></div><div class="ui basic segment header-wrapper" role="banner"><div class="ui container"><div class="header"><div class="logo-nav-wrapper"><div class="logo"><a title="Trang chủ" href="/"><img src="/static/media/logo-lmhtx.png" alt="{attr(NAME)}" title="{attr(NAME)}" class="ui image"/></a></div><nav class="navigation" id="navigation" aria-label="Điều hướng chính"><div class="computer large screen widescreen only ui pointing secondary stackable menu">{nav}</div></nav><div class="tools-wrapper"><div class="tools"><a aria-label="Đăng nhập" href="/login">Đăng nhập</a></div></div></div><div class="tools-search-wrapper"><div class="search"><form action="/search"><div class="ui transparent icon input searchbox"><input aria-label="Tìm kiếm" type="text" name="SearchableText" placeholder="Tìm kiếm trang web" autoComplete="off" value=""/><button class="ui basic icon button" aria-label="Tìm kiếm"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36" class="icon" style="height:36px;width:auto;fill:currentColor"><path d="M15 5a10 10 0 1 0 6.3 17.7L29 30.4l1.4-1.4-7.7-7.7A10 10 0 0 0 15 5z"></path></svg></button></div></form></div></div></div></div></div>{crumb_html}<div class="ui basic segment content-area"><main><div id="view">{main}</div></main></div><footer id="footer"><div class="ui inverted vertical center aligned segment footer"><div class="ui text container"><div class="footer-message"><p><strong>Bản quyền thuộc Liên minh Hợp tác xã tỉnh Tây Ninh</strong></p><p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p><p>{esc(LICENSE1)} {esc(LICENSE2)}</p></div><ul class="footer-links"><li class="item"><a class="item" href="/sitemap">Sơ đồ trang</a></li><li class="item"><a class="item" href="/accessibility-info">Trợ năng</a></li><li class="item"><a class="item" href="/contact-form">Liên hệ</a></li><li class="item"><a class="item powered-by" href="{{{{base:offsite}}}}/plone/" target="_blank" rel="noopener noreferrer">Vận hành bởi Plone &amp; Python</a></li></ul></div></div></footer><div class="Toastify"></div></div><script charSet="UTF-8">window.env={{"RAZZLE_API_PATH":"{{{{base}}}}","apiPath":"{{{{base}}}}","publicURL":"{{{{base}}}}"}};</script><script charSet="UTF-8">window.__data={serialize(state)};</script><script src="/static/js/runtime~client.9c1e2a77.js" charSet="UTF-8"></script><script src="/static/js/client.4f2b9c81.js" charSet="UTF-8"></script></body></html>
"""


HTML = "text/html; charset=utf-8"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tay-ninh", f"{NAME} (Plone 6 / Volto)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/tin-tuc/{plone_id(a.title)}"
    cards = {}
    for a in arts:
        base = a.path
        body, blocks, order = blocks_html(a, base)
        tb, db = uid(a.title + "title"), uid(a.title + "desc")
        by = a.opts["by"]
        head_html = f'<h1 class="documentFirstHeading">{esc(a.title)}</h1>'
        if a.lead:
            head_html += f'\n<p class="documentDescription">{esc(a.lead)}</p>'
        mod = a.date + timedelta(hours=2, minutes=13)
        byline = (f'<div class="documentByLine"><span class="byline-author">bởi {esc(USERS[by])}</span><span> — </span>'
                  f'<span class="byline-published">xuất bản <time datetime="{utc_iso(a.date)}">{utc_label(a.date)}</time>'
                  f'</span><span> — </span><span class="byline-modified">sửa đổi lần cuối <time datetime="{utc_iso(mod)}">'
                  f'{utc_label(mod)}</time></span></div>')
        tags = ""
        if a.opts["tags"]:
            tags = ('<div class="ui container tags">' + "".join(
                f'<a class="ui label" href="/search?Subject={t.replace(" ", "+")}">{esc(t)}</a>' for t in a.opts["tags"])
                + "</div>")
        main = (f'<div id="page-document" class="ui container viewwrapper">{head_html}\n{byline}\n{body}\n</div>{tags}')
        img = a.first_image()
        preview = f"{base}/{img}/@@images/image-1200-{h(img, 32)}.png" if img else ""
        content = {"@id": "{{base}}" + a.path, "@type": "News Item", "UID": uid(a.path), "id": a.path.rsplit("/", 1)[1],
                   "title": a.title, "description": a.lead or "", "created": utc_iso(a.date - timedelta(hours=20)),
                   "effective": utc_iso(a.date), "modified": utc_iso(mod), "creators": [by], "contributors": [],
                   "subjects": a.opts["tags"], "review_state": "published", "language": {"token": "vi", "title": "Tiếng Việt"},
                   "parent": {"@id": "{{base}}/tin-tuc", "@type": "Document", "title": "Tin tức"},
                   "blocks": {tb: {"@type": "title"}, db: {"@type": "description"}, **blocks},
                   "blocks_layout": {"items": [tb, db, *order]}, "text": None, "is_folderish": False,
                   "allow_discussion": False, "exclude_from_nav": False, "expires": None, "rights": "", "version": "current"}
        page = layout(f"{a.title} — {NAME}", a.lead or a.summary(), a.path, "contenttype-news-item section-tin-tuc",
                      [("Tin tức", "/tin-tuc"), (a.title, a.path)], main, content, preview)
        site.page(a.path, page, content_type=HTML)
        cards[a.path] = (a, preview)
        for b in a.blocks:
            if b.kind == "img":
                p = f"{base}/{b.src}/@@images/image-1200-{h(b.src, 32)}.png"
                site.binary(p, image_for(p))
        for x in a.attachments:
            name = "_files/tb-07-lmhtx-2025.pdf"
            site.files[name] = pdf(a.title, ["LIEN MINH HTX TINH TAY NINH", "THONG BAO SO 07/TB-LMHTX"])
            site.routes.append({"path": x["path"], "file": name, "content_type": "application/pdf"})
        if a.opts.get("view_alias"):
            site.same_page(a.path + "/view", a.path)
            a.aliases.append(a.path + "/view")
        site.add_article(a)

    def listing(items: list[RichArticle], headline: str = "", pager: str = "", more: str = "") -> str:
        out = [f'<div class="block listing summary">' + (f'<h2 class="headline">{esc(headline)}</h2>' if headline else "")
               + '<div class="items">']
        for a in items:
            prev = cards[a.path][1]
            img = (f'<img src="{prev.replace("image-1200", "image-400")}" alt="" class="ui image" loading="lazy"/>'
                   if prev else "")
            out.append(f'<div class="listing-item"><a href="{a.path}">{img}<div class="listing-body"><h3>{esc(a.title)}</h3>'
                       f'<p>{esc(a.lead or "")}</p></div></a></div>')
            if prev:
                small = prev.replace("image-1200", "image-400")
                site.binary(small, image_for(small))
        out.append("</div>")
        if more:
            out.append(f'<div class="footer"><a href="{more}">Xem tất cả</a></div>')
        out.append(pager + "</div>")
        return "".join(out)

    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    folder = {"@id": "{{base}}/tin-tuc", "@type": "Document", "id": "tin-tuc", "title": "Tin tức", "is_folderish": True}
    for n, items in enumerate(pages, 1):
        path = "/tin-tuc" if n == 1 else f"/tin-tuc?page={n}"
        pager = ('<div class="pagination-wrapper"><div aria-label="Pagination Navigation" role="navigation" class="ui '
                 'pagination menu">' + "".join(
                     f'<a aria-current="{"true" if k == n else "false"}" tabindex="0" value="{k}" type="pageItem" '
                     f'class="{"active " if k == n else ""}item" href="{"/tin-tuc" if k == 1 else f"/tin-tuc?page={k}"}">{k}</a>'
                     for k in range(1, len(pages) + 1)) + "</div></div>")
        main = ('<div id="page-document" class="ui container"><h1 class="documentFirstHeading">Tin tức</h1>'
                + listing(items, pager=pager) + "</div>")
        site.page(path, layout(f"Tin tức — {NAME}", "", "/tin-tuc", "contenttype-document section-tin-tuc",
                               [("Tin tức", "/tin-tuc")], main, folder), content_type=HTML)
        site.non_articles.append(path)
    site.trap("the folder page /tin-tuc: a listing block (summary template: title and description, no date), 6 a page; "
              "the pager's page 2 (/tin-tuc?page=2) holds the two oldest items", "/tin-tuc?page=2")
    notice = arts[0] if arts[0].doc_number else next(a for a in arts if a.doc_number)
    home_main = ('<div id="page-document" class="ui container"><h1 class="documentFirstHeading">' + esc(NAME) + '</h1>'
                 '<p>Cổng thông tin điện tử của Liên minh Hợp tác xã tỉnh Tây Ninh: tin hoạt động, chính sách và văn bản '
                 'về kinh tế tập thể.</p>'
                 + listing(arts[:4], headline="Tin mới", more="/tin-tuc")
                 + f'<h2>Thông báo</h2><p>Các HTX xem <a href="{notice.path}/view">{esc(notice.title)}</a> và đăng ký '
                 'trước ngày 30/9/2025.</p></div>')
    site.page("/", layout(NAME, "Cổng thông tin điện tử Liên minh HTX tỉnh Tây Ninh", "/", "contenttype-plone-site siteroot",
                          [], home_main, {"@id": "{{base}}", "@type": "Plone Site", "title": NAME}))
    site.non_articles.append("/")
    site.trap("front page: a listing block 'Tin mới' (4 newest, 'Xem tất cả' to /tin-tuc) and a text block linking the "
              "notice as /tin-tuc/<id>/view", "/")
    # keyword searches, search form, static pages
    tags = sorted({t for a in arts for t in a.opts["tags"]})
    for t in tags:
        path = f"/search?Subject={t.replace(' ', '+')}"
        found = [a for a in arts if t in a.opts["tags"]]
        res = "".join(f'<article class="tileItem"><h2 class="tileHeadline"><a href="{a.path}" class="summary url" title="News Item">'
                      f'{esc(a.title)}</a></h2><div class="tileBody"><span class="description">{esc(a.lead or "")}</span></div>'
                      '<div class="tileFooter"><a href="' + a.path + '">Đọc thêm…</a></div><div class="visualClear"></div></article>'
                      for a in found)
        main = (f'<div id="page-search" class="ui container"><article id="content"><header><h1 class="documentFirstHeading">'
                f'Kết quả tìm kiếm</h1><div class="search-results-count-sort"><span>{len(found)} kết quả</span></div></header>'
                f'<section id="content-core">{res}</section></article></div>')
        site.page(path, layout(f"Tìm kiếm — {NAME}", "", "/search", "view-search", [("Tìm kiếm", "/search")], main, {}))
        site.non_articles.append(path)
    site.page("/search", layout(f"Tìm kiếm — {NAME}", "", "/search", "view-search", [("Tìm kiếm", "/search")],
                                '<div id="page-search" class="ui container"><article id="content"><header><h1 class="'
                                'documentFirstHeading">Tìm kiếm</h1></header><section id="content-core"></section></article></div>',
                                {}))
    site.non_articles.append("/search")
    site.trap("keyword search pages /search?Subject=<keyword> (the tags under an item) and /search: lists", "/search?Subject=OCOP")
    statics = [("/gioi-thieu", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Tây Ninh là tổ chức kinh tế - xã hội, đại diện và "
                "hỗ trợ các HTX, tổ hợp tác trên địa bàn tỉnh.</p><p>Ngày 1/7/2025, Liên minh HTX tỉnh Tây Ninh và Liên minh HTX "
                "tỉnh Long An hợp nhất thành Liên minh HTX tỉnh Tây Ninh.</p>"),
               ("/contact-form", "Liên hệ", '<form class="ui form"><div class="field"><label>Họ tên</label><input name="name"/>'
                '</div><div class="field"><label>Nội dung</label><textarea name="message"></textarea></div><button class="ui '
                'button">Gửi</button></form>'),
               ("/accessibility-info", "Trợ năng", "<p>Trang được thiết kế theo tiêu chuẩn WCAG 2.1 mức AA.</p>"),
               ("/login", "Đăng nhập", '<form class="ui form" id="login-form"><div class="field"><label>Tên đăng nhập</label>'
                '<input name="login"/></div><div class="field"><label>Mật khẩu</label><input type="password" name="password"/>'
                '</div><button class="ui button">Đăng nhập</button></form>')]
    for path, title, body in statics:
        main = f'<div id="page-document" class="ui container"><h1 class="documentFirstHeading">{esc(title)}</h1>{body}</div>'
        site.page(path, layout(f"{title} — {NAME}", "", path, "contenttype-document", [(title, path)], main,
                               {"@id": "{{base}}" + path, "@type": "Document", "title": title}))
        site.non_articles.append(path)
    tree = "".join(f'<li><a href="{href}">{esc(n)}</a></li>' for n, href in NAV[1:])
    site.page("/sitemap", layout(f"Sơ đồ trang — {NAME}", "", "/sitemap", "view-sitemap", [("Sơ đồ trang", "/sitemap")],
                                 f'<div id="page-sitemap" class="ui container"><h1>Sơ đồ trang</h1><ul>{tree}</ul></div>', {}))
    site.non_articles.append("/sitemap")
    site.trap("pages /gioi-thieu, /contact-form, /accessibility-info, /login and Volto's /sitemap (the navigation tree): "
              "no articles", "/gioi-thieu")
    site.static("/robots.txt", "Sitemap: {{base}}/sitemap.xml.gz\n\n# Define access-restrictions for robots/spiders\n"
                "# http://www.robotstxt.org/wc/norobots.html\n\n# By default we allow robots to access all areas of our site\n"
                "# already accessible to anonymous users\n\nUser-agent: *\nDisallow:\n\n# Add Googlebot-specific syntax "
                "extension to exclude forms\n# that are repeated for each piece of content in the site\n# the wildcard is "
                "only supported by Googlebot\n# http://www.google.com/support/webmasters/bin/answer.py?answer=40367&ctx="
                "sibling\n\nUser-Agent: Googlebot\nDisallow: /*?\nDisallow: /*atct_album_view$\nDisallow: /*folder_factories$\n"
                "Disallow: /*folder_summary_view$\nDisallow: /*login_form$\nDisallow: /*mail_password_form$\nDisallow: "
                "/@@search\nDisallow: /*search_rss$\nDisallow: /*sendto_form$\nDisallow: /*summary_view$\nDisallow: "
                "/*thumbnail_view$\nDisallow: /*view$\n")
    site.error("/sitemap.xml.gz", 404)
    site.trap("robots.txt is Plone's default (every Disallow, /*view$ included, is for Googlebot only); its Sitemap line "
              "names /sitemap.xml.gz, which answers 404 (the site map is off)", "/robots.txt")
    site.binary("/favicon.ico", image_for("favicon"))
    site.static("/icon.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="14"/></svg>')
    return site
