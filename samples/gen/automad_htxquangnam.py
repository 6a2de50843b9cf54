"""Site `automad-htxquangnam` (registry family `generic`): "Liên minh HTX tỉnh Quảng Nam", the news site of the Quảng
Nam cooperative alliance on **Automad 1.10** (flat-file PHP CMS: every page a folder `pages/NN.slug/` with a `.txt`
data file and its files beside it; the bundled **Standard** package, theme "light", templates `blog` and `post`;
the site-wide `locale` set to `vi_VN`, so dates go through PHP's IntlDateFormatter, and the post date format
`formatDatePost` set to `dd. LLLL y`: "03. Tháng 11 2024"). The copy is of 26 November 2024 (before Quảng Nam merged
into Đà Nẵng). Written as a held-out test: no family module, no selectors.

What is an article here: a page of the `post` template below `/tin-tuc` (news) or `/thong-bao` (notices). URL shapes:
the post `/tin-tuc/<slug>` (the folder's number prefix `NN.` dropped; og:url carries it, no rel=canonical), the blog
pages `/tin-tuc` and `/thong-bao` (template `blog`: a card per child, 5 a page), their pages `?page=<n>`, their tag
filters `?filter=<tag>` (the raw tag, spaces and all, in the href), the search results `/tim-kiem?search=…`, the pages
`/gioi-thieu` and `/lien-he`, the home `/` (a `blog` page listing the newest of both sections), `/sitemap.xml` (Automad
writes it itself: every page's URL, no dates; no robots.txt). No feed, no JSON-LD, no comments.

Why it is hard: the pagination of a blog page is drawn by UIkit's JavaScript from `data-uk-pagination=
"{pages:2,currentPage:0}"` on an empty `<ul>`: no `<a href="?page=2">` anywhere; the two oldest posts are on
`/tin-tuc?page=2`, reached otherwise only through the tag filters, the prev/next links at the foot of a post (the
siblings in FOLDER order, not date order) and the sitemap. The date is only the subtitle under the `<h1>`,
"03. Tháng 11 2024 — OCOP, Nông nghiệp" (date and tag links in one `div.text-subtitle`), no time: midnight; the data
file's time (09:20) is nowhere on the page. `<title>` and og:title are "Liên minh HTX tỉnh Quảng Nam / <title>". The
text is the block editor's output under the subtitle: `<p class="am-block">`, `<h2 id=…>`, `<am-list>` lists whose
items wrap their text in `<span>` (and an empty `<ul></ul>` of sub-items), `<am-img><figure>…<figcaption>`,
`<am-table>`, `<am-filelist>` (the PDF's file name as its link text). Not text: the related-posts cards ("Tin liên
quan": other posts' titles, dates and first paragraphs), the prev/next links (other titles), the footer (address
field and "© 2024 …").
"""

from __future__ import annotations

from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "automad-htxquangnam"
NAME = "Liên minh HTX tỉnh Quảng Nam"
VERSION = "1.10.9"
PER_PAGE = 5
FOOT_ADDR = "Số 02 Trần Phú, TP Tam Kỳ, tỉnh Quảng Nam · ĐT: 0235.3812.596"
FOOT_COPY = "© 2024 Liên minh HTX tỉnh Quảng Nam"
LABEL_RELATED = "Tin liên quan"
CHROME = [FOOT_ADDR, FOOT_COPY, LABEL_RELATED]
NAV = [("Tin tức", "/tin-tuc"), ("Thông báo", "/thong-bao"), ("Giới thiệu", "/gioi-thieu"), ("Liên hệ", "/lien-he")]


def vdate(d: datetime) -> str:
    """ICU 'dd. LLLL y' in vi_VN: the stand-alone month name, capitalised."""
    return f"{d:%d}. Tháng {d.month} {d:%Y}"


def posts() -> list[dict]:
    """index = the folder number (the editor's order: not the date order)."""
    return [
        dict(sec="tin-tuc", idx=8, slug="htx-sam-ngoc-linh-tra-linh-dat-ocop-5-sao",
             when=datetime(2024, 11, 22, 15, 40), tags=["OCOP", "Nông nghiệp"],
             title="HTX Sâm Ngọc Linh Trà Linh có sản phẩm đạt OCOP 5 sao",
             body="""
Sản phẩm sâm Ngọc Linh củ tươi của HTX Nông dược liệu Trà Linh (huyện Nam Trà My) vừa được công nhận sản phẩm OCOP cấp quốc gia, đạt 5 sao.
[img sam-ngoc-linh.png] Thành viên HTX chăm sóc vườn sâm dưới tán rừng ở xã Trà Linh
Đây là sản phẩm OCOP 5 sao thứ hai của tỉnh Quảng Nam. HTX hiện có 96 thành viên với 28 ha sâm trồng dưới tán rừng.
Liên minh HTX tỉnh sẽ hỗ trợ HTX quảng bá sản phẩm tại các hội chợ trong và ngoài nước năm 2025.
Nguyễn Thị Thu Hà
""", author="Nguyễn Thị Thu Hà",
             notes=["the subtitle '22. Tháng 11 2024 — OCOP, Nông nghiệp' (ICU 'dd. LLLL y', vi_VN) is the only date: no "
                    "time (the data file's 15:40 is not shown): midnight; a <figure> caption is a line; the bare name "
                    "closing it is the author"]),
        dict(sec="thong-bao", idx=3, slug="thong-bao-so-21-tb-lmhtx-dai-hoi-thi-dua",
             when=datetime(2024, 11, 18, 8, 0), tags=["Thông báo"],
             title="Thông báo về việc tổ chức Đại hội thi đua yêu nước khu vực kinh tế tập thể",
             doc="21/TB-LMHTX", file="tb-21-lmhtx-2024.pdf",
             body="""
Số: 21/TB-LMHTX
Quảng Nam, ngày 15 tháng 11 năm 2024
Liên minh HTX tỉnh Quảng Nam thông báo tổ chức Đại hội thi đua yêu nước khu vực kinh tế tập thể lần thứ V như sau:
+ Thời gian: 08 giờ 00, ngày 06/12/2024;
+ Địa điểm: Hội trường Liên minh HTX tỉnh, số 02 Trần Phú, TP Tam Kỳ;
+ Thành phần: đại diện các HTX, liên hiệp HTX, tổ hợp tác tiêu biểu.
Các đơn vị gửi danh sách đại biểu về Văn phòng Liên minh HTX tỉnh trước ngày 30/11/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Dũng
""", author=None,
             notes=["notice 'Số: 21/TB-LMHTX' dated 15/11 in its text, the page dated '18. Tháng 11 2024'; the signer is "
                    "text, not author; the PDF is an <am-filelist> block whose link text is the file's name"]),
        dict(sec="tin-tuc", idx=7, slug="so-lieu-kinh-te-tap-the-10-thang-2024",
             when=datetime(2024, 11, 11, 10, 5), tags=["Số liệu"],
             title="Kinh tế tập thể Quảng Nam 10 tháng năm 2024 qua các con số",
             body="""
Đến hết tháng 10/2024, toàn tỉnh Quảng Nam có 586 HTX và 1.102 tổ hợp tác đang hoạt động.
| Lĩnh vực | Số HTX | Thành viên |
| Nông nghiệp | 402 | 58.310 |
| Tiểu thủ công nghiệp | 47 | 1.920 |
| Thương mại, dịch vụ | 98 | 6.450 |
| Vận tải | 39 | 2.115 |
## Định hướng những tháng cuối năm
Liên minh HTX tỉnh tập trung hỗ trợ thành lập mới HTX ở các huyện miền núi, phấn đấu đạt chỉ tiêu 40 HTX thành lập mới năm 2024.
Phòng Tổng hợp
""", author=None,
             notes=["an <am-table> block (th header row): one line per row; an <h2 id> heading; closed by 'Phòng Tổng "
                    "hợp' (an office: text, no author)"]),
        dict(sec="tin-tuc", idx=6, slug="anh-hoi-an-lang-rau-tra-que-vao-vu",
             when=datetime(2024, 11, 4, 7, 30), tags=["Nông nghiệp", "Du lịch"],
             title="Ảnh: Làng rau Trà Quế vào vụ rau đông",
             body="""
Những ngày đầu tháng 11, các thành viên HTX Nông nghiệp Cẩm Hà (TP Hội An) xuống giống vụ rau đông.
[img tra-que-1.png] Thành viên HTX bón rong biển cho luống rau theo cách truyền thống
[img tra-que-2.png] Du khách trải nghiệm trồng rau cùng người dân làng Trà Quế
[img tra-que-3.png] Rau thơm Trà Quế được đóng gói mang nhãn hiệu tập thể
Ảnh: Trần Quốc Việt
""", author="Trần Quốc Việt",
             notes=["photo story: three <figure> captions, one line each; 'Ảnh: Trần Quốc Việt' -> author"]),
        dict(sec="tin-tuc", idx=5, slug="tap-huan-ke-toan-htx-nam-2024",
             when=datetime(2024, 10, 25, 14, 0), tags=["Đào tạo"],
             title="Tập huấn nghiệp vụ kế toán cho cán bộ HTX nông nghiệp",
             body="""
Từ ngày 22 đến 24/10, Liên minh HTX tỉnh phối hợp Trường Cao đẳng Quảng Nam tổ chức lớp tập huấn nghiệp vụ kế toán cho 65 cán bộ HTX nông nghiệp.
Nội dung tập huấn gồm:
* Chế độ kế toán áp dụng cho HTX theo Thông tư 71/2019/TT-BTC;
* Lập báo cáo tài chính năm và quyết toán thuế;
* Sử dụng phần mềm kế toán và hóa đơn điện tử.
Kết thúc lớp học, các học viên được cấp giấy chứng nhận hoàn thành khóa học.
Văn Phú
""", author="Văn Phú",
             notes=["an <am-list>: each item's text in <span>, followed by an empty <ul></ul> (Automad's list renderer "
                    "always writes the sub-list); one line per item"]),
        dict(sec="tin-tuc", idx=2, slug="htx-dich-vu-nong-nghiep-dien-quang-san-xuat-lua-huu-co",
             when=datetime(2024, 10, 12, 9, 15), tags=["Nông nghiệp"],
             title="HTX Dịch vụ nông nghiệp Điện Quang mở rộng cánh đồng lúa hữu cơ",
             body="""
Vụ hè thu năm 2024, HTX Dịch vụ nông nghiệp Điện Quang (thị xã Điện Bàn) mở rộng diện tích lúa hữu cơ lên 45 ha.
Lúa hữu cơ của HTX được doanh nghiệp bao tiêu với giá cao hơn lúa thường 20%, lợi nhuận của thành viên tăng khoảng 8 triệu đồng/ha.
Theo Báo Quảng Nam
""", author=None,
             notes=["on /tin-tuc?page=2 only (the JavaScript pagination prints no link) and in its tag filter, the "
                    "prev/next links and the sitemap; a reprint 'Theo Báo Quảng Nam': no author"]),
        dict(sec="tin-tuc", idx=1, slug="lien-minh-htx-tinh-so-ket-9-thang-2024",
             when=datetime(2024, 10, 3, 16, 20), tags=["Hội nghị"],
             title="Liên minh HTX tỉnh sơ kết công tác 9 tháng năm 2024",
             body="""
Ngày 2/10, Liên minh HTX tỉnh Quảng Nam tổ chức hội nghị sơ kết công tác 9 tháng, triển khai nhiệm vụ quý IV năm 2024.
[img so-ket-9-thang.png] Quang cảnh hội nghị sơ kết
Trong 9 tháng, Liên minh HTX tỉnh đã tư vấn thành lập mới 27 HTX, tổ chức 9 lớp bồi dưỡng cho 540 lượt cán bộ HTX.
Nguyễn Thị Thu Hà
""", author="Nguyễn Thị Thu Hà",
             notes=["the oldest: on /tin-tuc?page=2 only; folder 01 (first sibling): its post has no 'previous' link"]),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-nam", f"{NAME} (Automad)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += CHROME
    specs = posts()
    for s in specs:
        s["path"] = f"/{s['sec']}/{s['slug']}"
        s["dir"] = f"/pages/{'01' if s['sec'] == 'tin-tuc' else '02'}.{s['sec']}/{s['idx']:02d}.{s['slug']}"
        s["first"] = next(b.lines()[0] for b in parse_rich(s["body"]) if b.kind == "p")
        s["image"] = next((b.src for b in parse_rich(s["body"]) if b.kind == "img"), None)
    by_date = sorted(specs, key=lambda s: s["when"], reverse=True)

    def tag_links(s: dict) -> str:
        svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="1em" height="1em" viewBox="0 0 28 30"><path d="M12,0H0v12'
               'l14,14l12-12L12,0z M3,10.757V3h7.757l11,11L14,21.758L3,10.757z"/></svg>&nbsp;')
        return svg + ",&nbsp;".join(f'<a href="/{s["sec"]}?filter={attr(t)}">{esc(t)}</a>' for t in s["tags"])

    def subtitle(s: dict) -> str:
        return (f'<div class="text-subtitle">\n\t\t{vdate(s["when"])}&nbsp;&mdash;&nbsp;<br class="uk-visible-small">'
                f'\n\t\t{tag_links(s)}\n\t</div>')

    def teaser(s: dict) -> str:
        return s["first"]

    def card(s: dict) -> str:
        img = (f'<div class="uk-panel-teaser"><a href="{s["path"]}"><img src="/cache/pages/{s["idx"]:02d}-{s["image"]}">'
               '</a></div>' if s["image"] else "")
        return f"""		<div class="card">
			<div class="card-content uk-panel uk-panel-box">
				{img}
				<div class="panel-body">
					<div class="uk-panel-title">
						<a href="{s['path']}">
							{esc(s['title'])}
						</a>
						<div class="text-subtitle">
							{vdate(s['when'])}
							<br>
							{tag_links(s)}
						</div>
					</div>
					<p class="content uk-margin-bottom-remove">{esc(teaser(s))}</p>
				</div>
				<a href="{s['path']}" class="nav-link panel-more">
				</a>
			</div>
		</div>"""

    def cards(items: list[dict]) -> str:
        if not items:
            return ('<div class="cards cards-large clean masonry"><div class="card"><div class="card-content uk-panel '
                    'uk-panel-box"><div class="uk-panel-title uk-margin-remove">Không tìm thấy trang nào</div></div></div>'
                    '</div>')
        return '<div class="cards cards-large clean masonry">\n' + "\n".join(card(s) for s in items) + "\n</div>"

    def blocks_html(s: dict) -> str:
        out = []
        for b in parse_rich(s["body"]):
            if b.kind == "p":
                out.append(f'<p class="am-block">{inline_html(b.text)}</p>')
            elif b.kind == "h":
                slug = b.text.lower().replace(" ", "-")
                out.append(f'<h2 id="{attr(slug)}" class="am-block">{esc(b.text)}</h2>')
            elif b.kind in ("ul", "ol"):
                out.append(f'<am-list class="am-block"><{b.kind}>' + "".join(
                    f"<li><span>{inline_html(x)}</span><{b.kind}></{b.kind}></li>" for x in b.items)
                    + f"</{b.kind}></am-list>")
            elif b.kind == "img":
                cap = f"<figcaption>{esc(b.text)}</figcaption>" if b.text else ""
                out.append(f'<am-img class="am-block">\n\t<figure>\n\t\t<img src="{s["dir"]}/{b.src}" />\n\t\t{cap}\n'
                           '\t</figure>\n</am-img>')
            elif b.kind == "table":
                head, *rows = b.rows
                out.append('<am-table class="am-block"><table><thead><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                           + "</tr></thead><tbody>" + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r)
                                                             + "</tr>" for r in rows) + "</tbody></table></am-table>")
        if s.get("file"):
            out.insert(len(out) - 3, f'<am-filelist class="am-block"><ul>\n\t<li>\n\t\t<a href="{s["dir"]}/{s["file"]}">'
                                     f'{s["file"]}</a>\n\t</li>\n</ul></am-filelist>')
        return "\n".join(out)

    def navbar(current: str) -> str:
        lis = "".join(f'\n\t\t\t\t\t\t\t<li'
                      + (' class="uk-active"' if current.startswith(href) else "")
                      + f'>\n\t\t\t\t\t\t\t\t<a href="{href}">{esc(t)}</a>\n\t\t\t\t\t\t\t</li>' for t, href in NAV)
        tree = "".join(f'<li><a href="{href}">{esc(t)}</a></li>' for t, href in NAV)
        return f"""	<div class="navbar">
		<div class="uk-container uk-container-center">
			<nav class="uk-navbar">
				<a href="/" class="uk-navbar-brand">{esc(NAME)}</a>
				<div class="uk-navbar-flip">
					<ul class="uk-navbar-nav uk-visible-large">{lis}
					</ul>
					<a href="#modal-nav" class="navbar-toggle uk-navbar-content " data-modal-toggle="#modal-nav">
						<span aria-hidden="true"></span>
						<span aria-hidden="true"></span>
						<span aria-hidden="true"></span>
					</a>
					<div id="modal-nav" class="uk-modal">
						<div class="uk-modal-dialog uk-modal-dialog-blank">
							<div class="uk-container uk-container-center">
									<div class="uk-block uk-margin-bottom-remove uk-margin-top-remove">
										<form class="uk-form" action="/tim-kiem" method="get">
											<script>
												var autocomplete = [{{"value":"Tin tức"}},{{"value":"Thông báo"}}]
											</script>
											<div class="uk-autocomplete uk-width-1-1" data-uk-autocomplete='{{source:autocomplete,minLength:2}}'>
												<input class="uk-form-controls uk-form-large uk-width-1-1" type="search" name="search" placeholder="Tìm kiếm trên trang" required />
											</div>
										</form>
									</div>
								<div class="uk-block ">
									<ul class="uk-nav uk-nav-side">{tree}</ul>
								</div>
							</div>
						</div>
					</div>
				</div>
			</nav>
		</div>
	</div>"""

    def page(title: str, path: str, template: str, main: str, desc: str, prev_next: str = "",
             og_image: str | None = None) -> str:
        og_img = f'<meta property="og:image" content="{{{{base}}}}{og_image}" />' if og_image else ""
        return f"""<!DOCTYPE html>
<html lang="en" class="">
<head>
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>{esc(NAME)} / {esc(title)}</title>
	<meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" /><meta name="description" content="{attr(desc)}" /><meta property="og:title" content="{attr(NAME)} / {attr(title)}" /><meta property="og:description" content="{attr(desc)}" /><meta property="og:type" content="website" /><meta property="og:url" content="{{{{base}}}}{path}" />{og_img}<meta name="twitter:card" content="summary_large_image" />
	<link href="/shared/favicon.png" rel="shortcut icon" type="image/x-icon" />
	<link href="/packages/standard/dist/standard.min.css?v={VERSION}" rel="stylesheet">
	<script src="/packages/standard/dist/standard.min.js?v={VERSION}"></script>
</head>

<body class="{template}">
{navbar(path)}
	<div class="uk-container uk-container-center">
{main}
		<footer class="uk-block">
			{prev_next}
			<div class="am-block footer uk-margin-bottom">
				<ul class="uk-grid uk-grid-width-medium-1-2" data-uk-grid-margin>
					<li>
							<a href="/gioi-thieu">Giới thiệu</a><br />
							<a href="/lien-he">Liên hệ</a><br />
					</li>
					<li class="uk-text-right uk-text-left-small">
						<a href="/">
							{FOOT_COPY}
						</a>
					</li>
				</ul>
				<p class="footer-address">{esc(FOOT_ADDR)}</p>
			</div>
		</footer>
	</div>
</body>
</html>
"""

    def add(path: str, html: str) -> None:
        site.page(path, html, content_type="text/html; charset=utf-8")

    # posts
    for s in specs:
        siblings = sorted([x for x in specs if x["sec"] == s["sec"]], key=lambda x: x["idx"])
        i = siblings.index(s)
        prev_s = siblings[i - 1] if i > 0 else None
        next_s = siblings[i + 1] if i + 1 < len(siblings) else None
        pn = ""
        if prev_s or next_s:
            pn = '<nav class="am-block prev-next uk-margin-large-bottom">'
            if prev_s:
                pn += (f'<a href="{prev_s["path"]}" class="nav-link prev"><span class="arrow">⟵</span>'
                       f'<span class="uk-hidden-small uk-text-truncate">{esc(prev_s["title"])}</span></a>')
            if next_s:
                pn += (f'<a href="{next_s["path"]}" class="nav-link next"><span class="uk-hidden-small uk-text-truncate">'
                       f'{esc(next_s["title"])}</span><span class="arrow">⟶</span></a>')
            pn += "</nav>"
        related = [x for x in by_date if x is not s and set(x["tags"]) & set(s["tags"])]
        rel_html = ""
        if related:
            rel_html = (f'<h3 class="am-block uk-margin-top"><svg xmlns="http://www.w3.org/2000/svg" width="1.2em" '
                        f'height="0.92em" viewBox="0 0 35 30"><path d="M21,0H9v12l14,14l12-12L21,0z"/></svg>&nbsp;\n'
                        f'\t{LABEL_RELATED}\n</h3>\n<section ' + ('class="am-block"' if len(related) < 3 else "") + ">"
                        + cards(related) + "</section>")
        main = f"""		<main class="content uk-block">
	<h1 class="am-block uk-margin-bottom-remove uk-margin-top-remove">
		{esc(s['title'])}
	</h1>
	<div class="am-block uk-margin-top-remove uk-margin-bottom">
		{subtitle(s)}
	</div>
{blocks_html(s)}
		</main>
		<div class="content uk-block">
{rel_html}
		</div>"""
        og = f"{s['dir']}/{s['image']}" if s["image"] else None
        add(s["path"], page(s["title"], s["path"], "post", main, s["first"][:160], pn, og))
        for b in parse_rich(s["body"]):
            if b.kind == "img":
                site.binary(f"{s['dir']}/{b.src}", image_for(b.src))
                site.binary(f"/cache/pages/{s['idx']:02d}-{b.src}", image_for(b.src))
        art = RichArticle(path=s["path"], title=s["title"], date=s["when"], body=s["body"], author=s["author"],
                          published=iso(s["when"], with_time=False), published_source="date-element",
                          evidence=["date-element", "listing"], doc_number=s.get("doc"), notes=s["notes"])
        if s.get("file"):
            art.attachments = [{"path": f"{s['dir']}/{s['file']}", "text": s["file"]}]
            site.binary(f"{s['dir']}/{s['file']}", pdf(s["title"], ["LIEN MINH HTX TINH QUANG NAM",
                                                                   "THONG BAO SO 21/TB-LMHTX"]))
        site.add_article(art)

    # blog pages, their pages and filters
    def blog(path: str, title: str, intro: str, items: list[dict], page_no: int, count: int, filters: list[str],
             active: str | None) -> str:
        flt = "".join(f'\n\t\t\t\t<li>\n\t\t\t\t\t<a href="?filter={attr(f)}&amp;page=1#list">\n\t\t\t\t\t\t{esc(f)}\n'
                      f'\t\t\t\t\t</a>\n\t\t\t\t</li>' for f in filters)
        pag = ""
        if count > 1:
            pag = (f'<section>\n\t\t<ul\n\t\tclass="uk-pagination uk-pagination-left uk-margin-top" \n\t\t'
                   f'data-uk-pagination="{{pages:{count},currentPage:{page_no - 1}}}"\n\t\t></ul>\n\t</section>')
        main = f"""	<main class="content uk-block">
	<h1 class="am-block uk-margin-bottom-remove uk-margin-top-remove">
		{esc(title)}
	</h1>
	<div class="am-block uk-margin-top-remove uk-margin-bottom">
	</div>
	<p class="am-block">{esc(intro)}</p>
			<div id="list" class="am-block buttons-stacked uk-margin-bottom">
	<div class="uk-button-dropdown" data-uk-dropdown>
		<button class="uk-button">{esc(active or 'Tất cả')}</button>
		<div class="uk-dropdown uk-dropdown-small uk-text-left">
			<ul class="uk-nav uk-nav-dropdown">
				<li>
					<a href="?page=1#list">
						Tất cả
					</a>
				</li>{flt}
			</ul>
		</div>
	</div>
			</div>
		<section {'class="am-block"' if len(items) < 3 else ''}>
{cards(items)}
		</section>
		{pag}
	</main>"""
        return page(title, path, "blog", main, intro)

    sections = {"tin-tuc": ("Tin tức", "Tin hoạt động của Liên minh HTX và các HTX tỉnh Quảng Nam"),
                "thong-bao": ("Thông báo", "Thông báo, văn bản của Liên minh HTX tỉnh Quảng Nam")}
    for sec, (title, intro) in sections.items():
        items = [s for s in by_date if s["sec"] == sec]
        filters = sorted({t for s in items for t in s["tags"]})
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        for k, chunk in enumerate(chunks, 1):
            path = f"/{sec}" if k == 1 else f"/{sec}?page={k}"
            add(path, blog(f"/{sec}", title, intro, chunk, k, len(chunks), filters, None))
            site.non_articles.append(path)
        site.same_page(f"/{sec}?page=1", f"/{sec}")
        for f in filters:
            tagged = [s for s in items if f in s["tags"]]
            path = f"/{sec}?filter={f}"
            add(path, blog(f"/{sec}", title, intro, tagged, 1, 1, filters, f))
            site.same_page(f"/{sec}?filter={f}&page=1", path)
            site.non_articles.append(path)
    site.trap("the blog pages draw their pagination with UIkit JavaScript from data-uk-pagination=\"{pages:2,"
              "currentPage:0}\" on an empty <ul>: no link to ?page=2, which alone lists the two oldest posts",
              "/tin-tuc?page=2")
    site.trap("tag links '?filter=Nông nghiệp' (raw tag with a space and diacritics in the href) lead to the blog "
              "page filtered: a listing, not an article", "/tin-tuc?filter=Nông nghiệp")
    site.trap("the prev/next links at a post's foot follow the folders' order (01., 02., …), not the dates; related "
              "cards 'Tin liên quan' under the text carry other posts' titles, dates and first paragraphs",
              specs[0]["path"])
    site.trap("<title> and og:title are 'Liên minh HTX tỉnh Quảng Nam / <title>'; og:type 'website' on posts; no "
              "JSON-LD, no time anywhere", specs[0]["path"])

    home = page("Trang chủ", "/", "blog", f"""	<main class="content uk-block">
	<h1 class="am-block uk-margin-bottom-remove uk-margin-top-remove">
		{esc(NAME)}
	</h1>
	<div class="am-block uk-margin-top-remove uk-margin-bottom">
	</div>
	<p class="am-block">Cổng thông tin của Liên minh Hợp tác xã tỉnh Quảng Nam.</p>
		<section>
{cards(by_date[:4])}
		</section>
	</main>""", "Cổng thông tin của Liên minh Hợp tác xã tỉnh Quảng Nam")
    add("/", home)
    site.non_articles.append("/")
    simple = {"/gioi-thieu": ("Giới thiệu", "Liên minh Hợp tác xã tỉnh Quảng Nam được thành lập năm 1996, là tổ chức "
                                             "đại diện và hỗ trợ các HTX, tổ hợp tác trên địa bàn tỉnh."),
              "/lien-he": ("Liên hệ", "Văn phòng Liên minh HTX tỉnh làm việc từ thứ Hai đến thứ Sáu.")}
    for path, (title, text) in simple.items():
        add(path, page(title, path, "sidebar_left", f"""	<main class="content uk-block">
	<h1 class="am-block uk-margin-bottom-remove uk-margin-top-remove">
		{esc(title)}
	</h1>
	<div class="am-block uk-margin-top-remove uk-margin-bottom">
	</div>
	<p class="am-block">{esc(text)}</p>
	</main>""", text))
        site.non_articles.append(path)
    results = [s for s in by_date if "OCOP" in s["title"] or "OCOP" in s["tags"]]
    add("/tim-kiem?search=OCOP", page("Tìm kiếm", "/tim-kiem", "blog", f"""	<main class="content uk-block">
	<h1 class="am-block uk-margin-bottom-remove uk-margin-top-remove">
		Tìm kiếm
	</h1>
		<a href="?" class="uk-button">
			Xóa kết quả tìm kiếm cho "OCOP"
		</a>
		<section>
{cards(results)}
		</section>
	</main>""", "Tìm kiếm"))
    add("/tim-kiem", page("Tìm kiếm", "/tim-kiem", "blog", """	<main class="content uk-block">
	<h1 class="am-block uk-margin-bottom-remove uk-margin-top-remove">
		Tìm kiếm
	</h1>
	</main>""", "Tìm kiếm"))
    site.non_articles += ["/tim-kiem", "/tim-kiem?search=OCOP"]
    site.trap("/tim-kiem?search=OCOP: the search results page (cards of matching posts): not an article",
              "/tim-kiem?search=OCOP")

    urls = ["/", "/tin-tuc", "/thong-bao", "/gioi-thieu", "/lien-he", "/tim-kiem"] + [s["path"] for s in specs]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9">\n' + "".join(f"<url><loc>{{{{base}}}}{u}</loc></url>\n" for u in urls) + "</urlset>",
              content_type="application/xml; charset=utf-8")
    site.trap("/sitemap.xml is written by Automad itself: every page's URL (blog pages, about, search too), no dates; "
              "no robots.txt", "/sitemap.xml")
    site.binary("/shared/favicon.png", image_for("favicon"))
    return site
