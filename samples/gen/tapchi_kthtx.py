"""Site `tapchi-kthtx` (registry family `generic`): "Tạp chí Kinh tế Hợp tác", the cooperative-economy journal published
in Hà Nội, on **Open Journal Systems (OJS) 3.3** (default theme, Vietnamese locale); its announcements ("Thông báo")
and its articles are what the archive keeps. Written as a held-out test: no family module, no selectors.

Why it is hard: everything lives under `/index.php/kthtx/…`. An article's landing page
`/index.php/kthtx/article/view/<n>` is no news page: `h1.page_title`, the authors with their affiliations
(`ul.authors`: `span.name`, `span.affiliation`), DOI, keywords ("Từ khóa:"), the abstract "Tóm tắt" (the text), the
references (no text), and beside them the PDF galley link (`/article/view/<n>/<galley>`, a pdf.js viewer page), the
"Đã xuất bản" date in ISO form, and the "Cách trích dẫn" box that repeats title, author and journal; the head carries
the Google Scholar tags OJS writes (`citation_title`, `citation_author`, `citation_date` with slashes "2026/03/10",
`citation_pdf_url` to `/article/download/<n>/<galley>`) and Dublin Core with a `DC.Date.modified` of a later day.
One article has a custom URL path (`/article/view/<slug>`: every link uses it; the numeric id is an alias) and one
is linked the OJS 2 way (`/index.php?journal=kthtx&page=article&op=view&path%5B%5D=<n>`: an alias). Announcements
`/announcement/view/<n>` are short: `h1`, `div.date` (2026-03-05, day only) and `div.description`. Listings: the
journal home (announcements and the current issue's table of contents), `/announcement`, the issue TOCs
`/issue/view/<n>` (`/issue/current` too) and `/issue/archive` paged by `/issue/archive/2`. The citation formats
(`/citationstylelanguage/get/<style>?…`: a bare HTML fragment with the title and the author), the pdf.js viewer pages,
the about, editorial-team, submissions and "Information" pages are no articles; the language switch and the login
are under `/user/` and `/login`, disallowed by robots.txt.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, inline_html, iso, pdf, png
from .richbody import RichArticle, table_html

SITE = "tapchi-kthtx"
NAME = "Tạp chí Kinh tế Hợp tác"
HTML = "text/html; charset=utf-8"
J = "/index.php/kthtx"
DOI = "10.59841/kthtx"
PDF_PATH = "/public/journals/1/TB-05-TCKTHT-2026.pdf"
GONE = f"{J}/article/view/99"
ISSUES = {  # id: (label, published)
    14: ("Số 3 (2026)", datetime(2026, 3, 10)),
    13: ("Số 2 (2026)", datetime(2026, 2, 10)),
    12: ("Số 1 (2026)", datetime(2026, 1, 12)),
    11: ("Số 11 (2025)", datetime(2025, 11, 10)),
}
PER_ARCHIVE = 3
SECTIONS = {"nc": "Nghiên cứu - Trao đổi", "tt": "Thực tiễn - Kinh nghiệm"}

NAV = ["Chuyển tới nội dung chính", "Chuyển tới phần điều hướng chính", "Chuyển tới chân trang của trang web",
       "Số hiện tại", "Lưu trữ", "Giới thiệu", "Đăng ký", "Đăng nhập"]
SIDE = ["Thông tin", "Dành cho độc giả", "Dành cho tác giả", "Dành cho cán bộ thư viện", "Ngôn ngữ", "English",
        "Tiếng Việt"]
LABELS = ["Các định dạng trích dẫn", "Tải xuống trích dẫn", "Cách trích dẫn", "Đã xuất bản", "Từ khóa:",
          "Tài liệu tham khảo", "Tải xuống", "Đọc thêm"]
FOOTER = ["Tạp chí Kinh tế Hợp tác - Cơ quan của Liên minh Hợp tác xã Việt Nam",
          "Giấy phép hoạt động báo chí số 312/GP-BTTTT ngày 15/6/2021 của Bộ Thông tin và Truyền thông",
          "ISSN 2815-6250",
          "Tòa soạn: Số 77 Nguyễn Thái Học, phường Ba Đình, thành phố Hà Nội",
          "Điện thoại: 024.3843.1166 - Email: tapchi@kinhtehoptac.vn",
          "Nền tảng và quy trình xuất bản OJS / PKP"]
BOILERPLATE = [*NAV, *SIDE, *LABELS[:7], *FOOTER[:5]]


def ann(n: int) -> str:
    return f"{J}/announcement/view/{n}"


def artp(n: int | str) -> str:
    return f"{J}/article/view/{n}"


def ymd(d: datetime) -> str:
    return f"{d:%Y-%m-%d}"


def jart(n: int, slug: str | None = None) -> str:
    return artp(slug or n)


def articles() -> list[RichArticle]:
    A = RichArticle
    meta = dict(published_source="metadata", evidence=["metadata", "date-element"])
    ann_d = dict(published_source="date-element", evidence=["date-element", "listing"])
    return [
        # -- announcements ---------------------------------------------------------------------------------------
        A(path=ann(18), title="Thông báo số 05/TB-TCKTHT về việc nhận bài cho số chuyên đề Kinh tế tập thể năm 2026",
          date=datetime(2026, 3, 5),
          body="""
TẠP CHÍ KINH TẾ HỢP TÁC
Số: 05/TB-TCKTHT
Hà Nội, ngày 04 tháng 3 năm 2026
THÔNG BÁO
Về việc nhận bài cho số chuyên đề Kinh tế tập thể năm 2026
Thực hiện kế hoạch xuất bản năm 2026, Tạp chí Kinh tế Hợp tác thông báo nhận bài nghiên cứu cho số chuyên đề "Kinh tế tập thể, hợp tác xã trong giai đoạn phát triển mới".
Bài gửi được trình bày theo mẫu của Tạp chí, dung lượng từ 4.000 đến 7.000 từ, có tóm tắt và từ khóa bằng tiếng Việt và tiếng Anh.
Hạn nhận bài: hết ngày 30/5/2026. Tác giả nộp bài trực tuyến trên hệ thống của Tạp chí.
TỔNG BIÊN TẬP
Nguyễn Văn Khôi
""",
          author=None, doc_number="05/TB-TCKTHT", published=iso(datetime(2026, 3, 5), False), **ann_d,
          attachments=[{"path": PDF_PATH, "text": "TB-05-TCKTHT-2026.pdf"}],
          opts={"doc": True, "short": "Tạp chí nhận bài cho số chuyên đề Kinh tế tập thể năm 2026, hạn nhận bài 30/5/2026."},
          notes=["official notice 'Số: 05/TB-TCKTHT', place-date line 'Hà Nội, ngày 04 tháng 3 năm 2026' (the day before "
                 "div.date 2026-03-05, the posting day); signer last (text, no author); the PDF after 'Tải về:' under "
                 "/public/journals/1/ is the attachment"]),
        A(path=ann(17), title="Hội thảo khoa học \"Kinh tế hợp tác trong kỷ nguyên số\"",
          date=datetime(2026, 2, 20),
          body="""
Ngày 18/2, Tạp chí Kinh tế Hợp tác phối hợp với Học viện Chính sách và Phát triển tổ chức Hội thảo khoa học "Kinh tế hợp tác trong kỷ nguyên số".
[img hoi-thao-1.png] Quang cảnh Hội thảo tại Hà Nội
[img hoi-thao-2.png] Các nhà khoa học trao đổi về chuyển đổi số trong hợp tác xã
[img hoi-thao-3.png] Ban Biên tập trao giấy chứng nhận cho các tác giả có bài tham luận
Các bài tham luận tiêu biểu sẽ được đăng trong Số 4 năm 2026 của Tạp chí.
""",
          byline="Ảnh: Minh Tuấn", author="Minh Tuấn", published=iso(datetime(2026, 2, 20), False), **ann_d,
          opts={"short": "Hội thảo khoa học \"Kinh tế hợp tác trong kỷ nguyên số\" diễn ra ngày 18/2 tại Hà Nội."},
          notes=["photo story announcement: three photos with centred italic captions (the text); 'Ảnh: Minh Tuấn' last "
                 "(text, author); the text's 'Ngày 18/2' has no year, div.date says 2026-02-20"]),
        A(path=ann(16), title="Trao đổi với Tổng biên tập về định hướng phát triển Tạp chí năm 2026",
          date=datetime(2026, 1, 28),
          body="""
**Hỏi: Thưa ông, năm 2026 Tạp chí có những thay đổi gì trong công tác xuất bản?**
Ông Nguyễn Văn Khôi: Từ năm 2026, toàn bộ quy trình nhận bài, phản biện và xuất bản được thực hiện trực tuyến. Mỗi bài báo được cấp mã DOI để thuận tiện cho việc trích dẫn.
**Hỏi: Tạp chí ưu tiên những chủ đề nghiên cứu nào?**
Ông Nguyễn Văn Khôi: Chúng tôi ưu tiên các nghiên cứu về hợp tác xã nông nghiệp, liên kết chuỗi giá trị, chuyển đổi số và tác động của Luật Hợp tác xã năm 2023.
**Hỏi: Xin cảm ơn ông!**
""",
          byline="Thu Hà (thực hiện)", author="Thu Hà", published=iso(datetime(2026, 1, 28), False), **ann_d,
          opts={"short": "Tổng biên tập Nguyễn Văn Khôi trao đổi về định hướng phát triển Tạp chí năm 2026."},
          notes=["interview: bold 'Hỏi: …' questions, 'Ông Nguyễn Văn Khôi: …' answers; 'Thu Hà (thực hiện)' closes it "
                 "(text, author Thu Hà)"]),
        A(path=ann(15), title="Kết quả xét duyệt bài gửi Tạp chí năm 2025",
          date=datetime(2026, 1, 10),
          body="""
Năm 2025, Tạp chí nhận được 214 bài gửi, trong đó 96 bài được chấp nhận đăng sau phản biện.
| Chuyên mục | Số bài nhận | Số bài được đăng | Tỷ lệ (%) |
| Nghiên cứu - Trao đổi | 128 | 52 | 40,6 |
| Thực tiễn - Kinh nghiệm | 61 | 33 | 54,1 |
| Chính sách - Pháp luật | 25 | 11 | 44,0 |
Thời gian phản biện trung bình là 45 ngày kể từ khi nhận bài.
""",
          author=None, published=iso(datetime(2026, 1, 10), False), **ann_d,
          opts={"short": "Năm 2025, Tạp chí nhận 214 bài gửi, 96 bài được chấp nhận đăng."},
          notes=["a data table in the announcement (one line per row, cells between ' | ')"]),
        A(path=ann(12), title="Tạp chí Kinh tế Hợp tác chính thức vận hành hệ thống xuất bản trực tuyến",
          date=datetime(2025, 12, 15),
          body="""
Từ ngày 15/12/2025, Tạp chí Kinh tế Hợp tác chính thức vận hành hệ thống quản lý và xuất bản trực tuyến trên nền tảng Open Journal Systems.
Tác giả đăng ký tài khoản, nộp bài và theo dõi quá trình phản biện ngay trên hệ thống. Các số đã xuất bản từ năm 2025 được đưa lên hệ thống, trong đó có bài [[Mô hình liên kết sản xuất chè của hợp tác xã vùng trung du|/index.php?journal=kthtx&page=article&op=view&path%5B%5D=137]].
Bài viết về kinh tế trang trại của Số 9 năm 2025 đã được tác giả rút lại: [[Kinh tế trang trại và hợp tác xã|/index.php/kthtx/article/view/99]].
""",
          author=None, published=iso(datetime(2025, 12, 15), False), **ann_d,
          opts={"short": "Tạp chí vận hành hệ thống xuất bản trực tuyến từ ngày 15/12/2025."},
          notes=["links an article the OJS 2 way (/index.php?journal=kthtx&page=article&op=view&path%5B%5D=137: an "
                 "alias of it) and a withdrawn article /article/view/99 (404)"]),
        # -- articles ---------------------------------------------------------------------------------------------
        A(path=jart(152, "vai-tro-htx-chuoi-gia-tri-lua-gao"),
          title="Vai trò của hợp tác xã nông nghiệp trong chuỗi giá trị lúa gạo vùng Đồng bằng sông Hồng",
          date=datetime(2026, 3, 10),
          body="""
Nghiên cứu phân tích vai trò của hợp tác xã nông nghiệp trong chuỗi giá trị lúa gạo tại ba tỉnh vùng Đồng bằng sông Hồng, dựa trên số liệu khảo sát 120 hợp tác xã và 600 hộ thành viên năm 2025.
Kết quả cho thấy hợp tác xã tham gia liên kết tiêu thụ giúp giá bán lúa của thành viên cao hơn 8 - 12% so với bán cho thương lái; tuy nhiên năng lực chế biến và xây dựng thương hiệu còn hạn chế.
Bài viết đề xuất nhóm giải pháp về tín dụng, đào tạo cán bộ quản lý và hỗ trợ hợp tác xã đầu tư kho bảo quản, chế biến sau thu hoạch.
""",
          author="Nguyễn Thị Lan Anh", published=iso(datetime(2026, 3, 10), False), **meta,
          aliases=[artp(152)],
          opts={"id": 152, "issue": 14, "sec": "nc", "galley": 301, "pub": 160, "pages": "5-14",
                "aff": "Học viện Nông nghiệp Việt Nam",
                "kw": ["hợp tác xã nông nghiệp", "chuỗi giá trị", "lúa gạo", "Đồng bằng sông Hồng"]},
          notes=["article landing page with a custom URL path /article/view/vai-tro-htx-chuoi-gia-tri-lua-gao (every "
                 "link uses it; /article/view/152, the id, is an alias); the abstract 'Tóm tắt' is the text; "
                 "citation_date '2026/03/10', 'Đã xuất bản 2026-03-10'; DC.Date.modified is a later day"]),
        A(path=jart(148), title="Chuyển đổi số trong hợp tác xã: thực trạng và giải pháp",
          date=datetime(2026, 3, 10),
          body="""
Bài viết đánh giá mức độ ứng dụng công nghệ số của hợp tác xã trên cơ sở khảo sát 350 hợp tác xã thuộc 12 tỉnh, thành phố trong năm 2025.
Có 41% hợp tác xã sử dụng phần mềm kế toán, 23% bán hàng trên sàn thương mại điện tử và chỉ 7% ứng dụng truy xuất nguồn gốc sản phẩm.
Tác giả đề xuất xây dựng nền tảng dùng chung cho hợp tác xã và tăng cường đào tạo kỹ năng số cho cán bộ quản lý.
""",
          author="Trần Quốc Việt", published=iso(datetime(2026, 3, 10), False), **meta,
          opts={"id": 148, "issue": 14, "sec": "nc", "galley": 296, "pub": 155, "pages": "15-24",
                "aff": "Viện Nghiên cứu Kinh tế hợp tác",
                "kw": ["chuyển đổi số", "hợp tác xã", "thương mại điện tử"]},
          notes=["article: authors with affiliation, DOI, keywords, abstract (text), references (no text), the "
                 "'Cách trích dẫn' box repeating title, author and journal; PDF galley /article/view/148/296"]),
        A(path=jart(141), title="Tác động của Luật Hợp tác xã năm 2023 đến tổ chức lại hợp tác xã",
          date=datetime(2026, 2, 10),
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024 đặt ra yêu cầu tổ chức lại các hợp tác xã theo mô hình mới.
Qua nghiên cứu trường hợp 45 hợp tác xã, bài viết chỉ ra ba nhóm khó khăn chính: thủ tục chuyển đổi, xác định tài sản không chia và năng lực của bộ máy quản lý.
""",
          author="Phạm Minh Hằng", published=iso(datetime(2026, 2, 10), False), **meta,
          opts={"id": 141, "issue": 13, "sec": "nc", "galley": 288, "pub": 147, "pages": "3-11",
                "aff": "Trường Đại học Kinh tế Quốc dân",
                "kw": ["Luật Hợp tác xã", "tổ chức lại", "tài sản không chia"]},
          notes=["the law's date 01/7/2024 opens the abstract; published 2026-02-10 (citation_date 2026/02/10)"]),
        A(path=jart(137), title="Mô hình liên kết sản xuất chè của hợp tác xã vùng trung du",
          date=datetime(2026, 1, 12),
          body="""
Bài viết nghiên cứu mô hình liên kết sản xuất và tiêu thụ chè của 18 hợp tác xã tại vùng trung du phía Bắc.
Hợp tác xã giữ vai trò đầu mối cung ứng vật tư, hướng dẫn quy trình VietGAP và ký hợp đồng tiêu thụ với doanh nghiệp; thu nhập của hộ thành viên tăng bình quân 15% sau ba năm tham gia liên kết.
""",
          author="Hoàng Văn Tâm", published=iso(datetime(2026, 1, 12), False), **meta,
          aliases=["/index.php?journal=kthtx&page=article&op=view&path%5B%5D=137"],
          opts={"id": 137, "issue": 12, "sec": "tt", "galley": 279, "pub": 142, "pages": "40-47",
                "aff": "Trường Đại học Nông Lâm Thái Nguyên", "kw": ["liên kết", "chè", "VietGAP"]},
          notes=["linked from an announcement the OJS 2 way (/index.php?journal=kthtx&page=article&op=view&path%5B%5D=137):"
                 " an alias"]),
        A(path=jart(120), title="Kinh nghiệm phát triển hợp tác xã du lịch cộng đồng ở miền núi phía Bắc",
          date=datetime(2025, 11, 10),
          body="""
Du lịch cộng đồng đang mở ra hướng phát triển mới cho hợp tác xã ở các tỉnh miền núi phía Bắc.
Từ kinh nghiệm của 9 hợp tác xã du lịch cộng đồng tại Lào Cai, Hà Giang và Sơn La, bài viết rút ra các bài học về phân chia lợi ích, giữ gìn bản sắc văn hóa và liên kết với doanh nghiệp lữ hành.
""",
          author="Lò Thị Mai", published=iso(datetime(2025, 11, 10), False), **meta,
          opts={"id": 120, "issue": 11, "sec": "tt", "galley": 251, "pub": 126, "pages": "52-60",
                "aff": "Trường Đại học Tây Bắc", "kw": ["du lịch cộng đồng", "hợp tác xã", "miền núi"]},
          notes=["2025 article on the archive's second page (/issue/archive/2)"]),
    ]


# -- markup --------------------------------------------------------------------------------------------------------

def ann_body(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            if a.opts.get("doc") and (b.text.isupper() or b.text.startswith(("Số:", "Hà Nội,"))):
                out.append(f'<p style="text-align: center;"><strong>{inline_html(b.text)}</strong></p>')
            else:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="/public/journals/1/{b.src}" alt="" width="600" /></p>'
                       f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            out.append(table_html(b, "table"))
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    if a.attachments:
        x = a.attachments[0]
        out.append(f'<p>Tải về: <a href="{x["path"]}">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def cite(a: RichArticle) -> str:
    o = a.opts
    return (f'{esc(a.author)}. ({a.date:%Y}). {esc(a.title)}. <i>{NAME}</i>, <i>({ISSUES[o["issue"]][0].split()[1]})</i>, '
            f'{o["pages"]}. https://doi.org/{DOI}.{a.date:%Y}.{o["id"]}')


class Ctx:
    def __init__(self, site: SiteBuild, arts: list[RichArticle]):
        self.site = site
        self.arts = arts
        self.locale_links: set[str] = set()

    def locale(self, path: str) -> str:
        href = f"{J}/user/setLocale/en_US?source={quote(path, safe='')}"
        self.locale_links.add(href)
        return href

    def layout(self, path: str, title: str, main: str, *, head: str = "", body_class: str = "pkp_page_index pkp_op_index") -> str:
        cur = ISSUES[14]
        return f"""<!DOCTYPE html>
<html lang="vi-VN" xml:lang="vi-VN">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<title>
		{esc(title)}
	</title>
	<meta name="generator" content="Open Journal Systems 3.3.0.14">
	<link rel="icon" href="/public/journals/1/favicon_vi_VN.png">{head}
	<link rel="alternate" type="application/atom+xml" href="{J}/gateway/plugin/WebFeedGatewayPlugin/atom">
	<link rel="stylesheet" href="/plugins/themes/default/styles/index.css" type="text/css" />
	<link rel="stylesheet" href="/lib/pkp/styles/fontawesome/fontawesome.css" type="text/css" />
	<script src="/lib/pkp/lib/vendor/components/jquery/jquery.min.js" type="text/javascript"></script>
</head>
<body class="{body_class} has_site_logo" dir="ltr">
	<div class="pkp_structure_page">
		<header class="pkp_structure_head" id="headerNavigationContainer" role="banner">
			<nav class="cmp_skip_to_content" aria-label="Nhảy tới liên kết nội dung">
				<a href="#pkp_content_main">{NAV[0]}</a>
				<a href="#siteNav">{NAV[1]}</a>
				<a href="#pkp_content_footer">{NAV[2]}</a>
			</nav>
			<div class="pkp_head_wrapper">
				<div class="pkp_site_name_wrapper">
					<button class="pkp_site_nav_toggle"><span>Open Menu</span></button>
					<div class="pkp_site_name">
						<a href="{J}/index" class="is_img"><img src="/public/journals/1/pageHeaderLogoImage_vi_VN.png" width="620" height="90" alt="{attr(NAME)}" /></a>
					</div>
				</div>
				<nav class="pkp_site_nav_menu" aria-label="Điều hướng trang">
					<a id="siteNav"></a>
					<div class="pkp_navigation_primary_row"><div class="pkp_navigation_primary_wrapper">
						<ul id="navigationPrimary" class="pkp_navigation_primary pkp_nav_list">
							<li class=""><a href="{J}/issue/current">{NAV[3]}</a></li>
							<li class=""><a href="{J}/issue/archive">{NAV[4]}</a></li>
							<li class=""><a href="{J}/announcement">Thông báo</a></li>
							<li class=""><a href="{J}/about">{NAV[5]}</a>
								<ul>
									<li class=""><a href="{J}/about">Về Tạp chí</a></li>
									<li class=""><a href="{J}/about/submissions">Gửi bài</a></li>
									<li class=""><a href="{J}/about/editorialTeam">Ban biên tập</a></li>
									<li class=""><a href="{J}/about/contact">Liên hệ</a></li>
								</ul>
							</li>
						</ul>
						<div class="pkp_navigation_search_wrapper"><a href="{J}/search" class="pkp_search pkp_search_desktop"><span class="fa fa-search" aria-hidden="true"></span> Tìm kiếm</a></div>
					</div></div>
					<div class="pkp_navigation_user_wrapper" id="navigationUserWrapper">
						<ul id="navigationUser" class="pkp_navigation_user pkp_nav_list">
							<li class="profile"><a href="{J}/user/register">{NAV[6]}</a></li>
							<li class="profile"><a href="{J}/login">{NAV[7]}</a></li>
						</ul>
					</div>
				</nav>
			</div>
		</header>
		<div class="pkp_structure_content has_sidebar">
			<div class="pkp_structure_main" role="main">
				<a id="pkp_content_main"></a>
{main}
			</div>
			<div class="pkp_structure_sidebar left" role="complementary" aria-label="Thanh bên">
				<div class="pkp_block block_information">
					<h2 class="title">{SIDE[0]}</h2>
					<div class="content"><ul>
						<li><a href="{J}/information/readers">{SIDE[1]}</a></li>
						<li><a href="{J}/information/authors">{SIDE[2]}</a></li>
						<li><a href="{J}/information/librarians">{SIDE[3]}</a></li>
					</ul></div>
				</div>
				<div class="pkp_block block_language">
					<h2 class="title">{SIDE[4]}</h2>
					<div class="content"><ul>
						<li class="locale_en_US" lang="en-US"><a href="{self.locale(path)}">{SIDE[5]}</a></li>
						<li class="locale_vi_VN current" lang="vi-VN"><a href="#">{SIDE[6]}</a></li>
					</ul></div>
				</div>
				<div class="pkp_block block_current_issue">
					<h2 class="title">{NAV[3]}</h2>
					<div class="content">
						<a href="{J}/issue/view/14"><img src="/public/journals/1/cover_issue_14_vi_VN.png" alt="{cur[0]}" /></a>
						<a href="{J}/gateway/plugin/WebFeedGatewayPlugin/atom"><img src="/lib/pkp/templates/images/atom.png" alt="Atom" /></a>
						<a href="{J}/gateway/plugin/WebFeedGatewayPlugin/rss2"><img src="/lib/pkp/templates/images/rss20_logo.png" alt="RSS2" /></a>
					</div>
				</div>
			</div>
		</div>
		<div class="pkp_structure_footer_wrapper" role="contentinfo">
			<a id="pkp_content_footer"></a>
			<div class="pkp_structure_footer">
				<div class="pkp_footer_content">
					<p><strong>{esc(FOOTER[0])}</strong></p>
					<p>{esc(FOOTER[1])}</p>
					<p>{FOOTER[2]}</p>
					<p>{esc(FOOTER[3])}</p>
					<p>{esc(FOOTER[4])}</p>
				</div>
				<div class="pkp_brand_footer" role="complementary">
					<a href="{J}/about/aboutThisPublishingSystem"><img alt="{FOOTER[5]}" src="/templates/images/ojs_brand.png"></a>
				</div>
			</div>
		</div>
	</div>
	<script src="/plugins/themes/default/js/main.js" type="text/javascript"></script>
</body>
</html>
"""


def crumbs(*items: tuple[str, str | None]) -> str:
    lis = []
    for t, h in (("Trang chủ", f"{J}/index"), *items):
        if h:
            lis.append(f'<li><a href="{h}">{esc(t)}</a><span class="separator">/</span></li>')
        else:
            lis.append(f'<li class="current"><span aria-current="page">{esc(t)}</span></li>')
    return f'<nav class="cmp_breadcrumbs" role="navigation" aria-label="Bạn đang ở đây:"><ol>{"".join(lis)}</ol></nav>'


def ann_summary(a: RichArticle, tag: str = "h2") -> str:
    return (f'<article class="obj_announcement_summary"><{tag}><a href="{a.path}">{esc(a.title)}</a></{tag}>'
            f'<div class="date">{ymd(a.date)}</div><div class="summary"><p>{esc(a.opts["short"])}</p>'
            f'<a href="{a.path}" class="read_more"><span aria-hidden="true" role="presentation">{LABELS[7]}</span>'
            f'<span class="pkp_screen_reader">{LABELS[7]} về {esc(a.title)}</span></a></div></article>')


def art_summary(a: RichArticle) -> str:
    o = a.opts
    return (f'<li><div class="obj_article_summary"><h3 class="title"><a id="article-{o["id"]}" href="{a.path}">'
            f'{esc(a.title)}</a></h3><div class="meta"><div class="authors">{esc(a.author)}</div>'
            f'<div class="pages">{o["pages"]}</div></div><ul class="galleys_links"><li>'
            f'<a class="obj_galley_link pdf" href="{a.path}/{o["galley"]}">PDF</a></li></ul></div></li>')


def toc(issue: int, papers: list[RichArticle]) -> str:
    label, d = ISSUES[issue]
    secs = []
    for key, name in SECTIONS.items():
        items = [a for a in papers if a.opts["issue"] == issue and a.opts["sec"] == key]
        if items:
            secs.append(f'<div class="section"><h2>{esc(name)}</h2><ul class="cmp_article_list articles">'
                        + "".join(art_summary(a) for a in items) + "</ul></div>")
    return (f'<div class="obj_issue_toc"><div class="heading"><a class="cover" href="{J}/issue/view/{issue}">'
            f'<img src="/public/journals/1/cover_issue_{issue}_vi_VN.png" alt="{label}"></a>'
            f'<div class="published"><span class="label">{LABELS[3]}:</span><span class="value">{ymd(d)}</span></div>'
            f'</div><div class="sections">{"".join(secs)}</div></div>')


def article_main(a: RichArticle) -> str:
    o = a.opts
    n, pub = o["id"], o["pub"]
    kw = ", ".join(o["kw"])
    abstract = "".join(f"<p>{inline_html(b.text)}</p>" for b in a.blocks)
    styles = "".join(
        f'<li><a aria-controls="citationOutput" href="{J}/citationstylelanguage/get/{s}?submissionId={n}&amp;publicationId={pub}" '
        f'data-load-citation data-json-href="{J}/citationstylelanguage/get/{s}?submissionId={n}&amp;publicationId={pub}&amp;return=json">'
        f'{label}</a></li>' for s, label in (("acm-sig-proceedings", "ACM"), ("harvard-cite-them-right", "Harvard")))
    downloads = "".join(
        f'<li><a href="{J}/citationstylelanguage/download/{s}?submissionId={n}&amp;publicationId={pub}">'
        f'<span class="fa fa-download"></span> {label}</a></li>' for s, label in (("ris", "Endnote/Zotero/Mendeley (RIS)"),
                                                                                    ("bibtex", "BibTeX")))
    refs = ("<p>Liên minh Hợp tác xã Việt Nam (2025), Báo cáo tình hình kinh tế tập thể, hợp tác xã năm 2025, Hà Nội.</p>"
            "<p>Quốc hội (2023), Luật Hợp tác xã số 17/2023/QH15.</p>")
    return (f'<div class="page page_article">'
            + crumbs((NAV[4], f"{J}/issue/archive"), (ISSUES[o["issue"]][0], f"{J}/issue/view/{o['issue']}"), ("Bài báo", None))
            + f'<article class="obj_article_details"><h1 class="page_title">{esc(a.title)}</h1><div class="row">'
            f'<div class="main_entry"><section class="item authors"><h2 class="pkp_screen_reader">Tác giả</h2>'
            f'<ul class="authors"><li><span class="name">{esc(a.author)}</span><span class="affiliation">{esc(o["aff"])}</span>'
            f'</li></ul></section><section class="item doi"><h2 class="label">DOI:</h2><span class="value">'
            f'<a href="{{{{base:offsite}}}}/doi/{DOI}.{a.date:%Y}.{n}">https://doi.org/{DOI}.{a.date:%Y}.{n}</a></span></section>'
            f'<section class="item keywords"><h2 class="label">{LABELS[4]}</h2><span class="value">{esc(kw)}</span></section>'
            f'<section class="item abstract"><h2 class="label">Tóm tắt</h2>{abstract}</section>'
            f'<section class="item references"><h2 class="label">{LABELS[5]}</h2><div class="value">{refs}</div></section>'
            f'</div><div class="entry_details"><div class="item cover_image"><div class="sub_item"><a href="{J}/issue/view/{o["issue"]}">'
            f'<img src="/public/journals/1/cover_issue_{o["issue"]}_vi_VN.png" alt="Ảnh bìa"></a></div></div>'
            f'<div class="item galleys"><h2 class="pkp_screen_reader">{LABELS[6]}</h2><ul class="value galleys_links"><li>'
            f'<a class="obj_galley_link pdf" href="{a.path}/{o["galley"]}">PDF</a></li></ul></div>'
            f'<div class="item published"><section class="sub_item"><h2 class="label">{LABELS[3]}</h2><div class="value">'
            f'<span>{ymd(a.date)}</span></div></section></div>'
            f'<div class="item citation"><section class="sub_item citation_display"><h2 class="label">{LABELS[2]}</h2>'
            f'<div class="value"><div id="citationOutput" role="region" aria-live="polite"><div class="csl-bib-body">'
            f'<div class="csl-entry">{cite(a)}</div></div></div><div class="citation_formats"><button class="cmp_button '
            f'citation_formats_button" aria-controls="cslCitationFormats" aria-expanded="false" data-csl-dropdown="true">'
            f'{LABELS[0]}</button><div id="cslCitationFormats" class="citation_formats_list" aria-hidden="true">'
            f'<ul class="citation_formats_styles">{styles}</ul><div class="label">{LABELS[1]}</div>'
            f'<ul class="citation_formats_styles">{downloads}</ul></div></div></div></section></div>'
            f'<div class="item issue"><section class="sub_item"><h2 class="label">Số</h2><div class="value">'
            f'<a class="title" href="{J}/issue/view/{o["issue"]}">{ISSUES[o["issue"]][0]}</a></div></section>'
            f'<section class="sub_item"><h2 class="label">Chuyên mục</h2><div class="value">{SECTIONS[o["sec"]]}</div>'
            f'</section></div></div></div></article></div>')


def article_head(a: RichArticle) -> str:
    o = a.opts
    n = o["id"]
    kw = "".join(f'\n\t<meta name="citation_keywords" xml:lang="vi" content="{attr(k)}"/>' for k in o["kw"])
    return (f'\n\t<meta name="gs_meta_revision" content="1.1"/>\n\t<meta name="citation_journal_title" content="{NAME}"/>'
            f'\n\t<meta name="citation_journal_abbrev" content="KTHT"/>\n\t<meta name="citation_issn" content="2815-6250"/>'
            f'\n\t<meta name="citation_author" content="{attr(a.author)}"/>'
            f'\n\t<meta name="citation_author_institution" content="{attr(o["aff"])}"/>'
            f'\n\t<meta name="citation_title" content="{attr(a.title)}"/>\n\t<meta name="citation_language" content="vi"/>'
            f'\n\t<meta name="citation_date" content="{a.date:%Y/%m/%d}"/>'
            f'\n\t<meta name="citation_issue" content="{ISSUES[o["issue"]][0].split()[1]}"/>'
            f'\n\t<meta name="citation_firstpage" content="{o["pages"].split("-")[0]}"/>'
            f'\n\t<meta name="citation_lastpage" content="{o["pages"].split("-")[1]}"/>'
            f'\n\t<meta name="citation_doi" content="{DOI}.{a.date:%Y}.{n}"/>'
            f'\n\t<meta name="citation_abstract_html_url" content="{{{{base}}}}{a.path}"/>{kw}'
            f'\n\t<meta name="citation_pdf_url" content="{{{{base}}}}{J}/article/download/{n}/{o["galley"]}"/>'
            f'\n\t<link rel="schema.DC" href="{{{{base:offsite}}}}/dc/elements/1.1/" />'
            f'\n\t<meta name="DC.Creator.PersonalName" content="{attr(a.author)}"/>'
            f'\n\t<meta name="DC.Date.created" scheme="ISO8601" content="{ymd(a.date)}"/>'
            f'\n\t<meta name="DC.Date.dateSubmitted" scheme="ISO8601" content="2025-{(a.date.month + 5) % 12 + 1:02d}-02"/>'
            f'\n\t<meta name="DC.Date.issued" scheme="ISO8601" content="{ymd(ISSUES[o["issue"]][1])}"/>'
            f'\n\t<meta name="DC.Date.modified" scheme="ISO8601" content="2026-03-20"/>'
            f'\n\t<meta name="DC.Identifier.DOI" content="{DOI}.{a.date:%Y}.{n}"/>'
            f'\n\t<meta name="DC.Language" scheme="ISO639-1" content="vi"/>'
            f'\n\t<meta name="DC.Title" content="{attr(a.title)}"/>\n\t<meta name="DC.Type" content="Text.Serial.Journal"/>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-noi", NAME, "generic", None, start_urls=["{{base:%s}}%s/index" % (SITE, J)])
    site.extra_boilerplate += BOILERPLATE
    arts = articles()
    anns = [a for a in arts if "/announcement/" in a.path]
    papers = [a for a in arts if "/article/" in a.path]
    ctx = Ctx(site, arts)

    def page(path: str, title: str, main: str, **kw) -> None:
        site.page(path, ctx.layout(path, title, main, **kw), content_type=HTML)

    def nonart(path: str, title: str, main: str, **kw) -> None:
        page(path, title, main, **kw)
        site.non_articles.append(path)

    for a in anns:
        main = (f'<div class="page page_announcement">' + crumbs(("Thông báo", f"{J}/announcement"), (a.title, None))
                + f'<article class="obj_announcement_full"><h1>{esc(a.title)}</h1><div class="date">{ymd(a.date)}</div>'
                f'<div class="description">{ann_body(a)}</div></article></div>')
        page(a.path, f"{a.title} | {NAME}", main, body_class="pkp_page_announcement pkp_op_view")
        site.add_article(a)
    for a in papers:
        o = a.opts
        page(a.path, f"{a.title} | {NAME}", article_main(a), head=article_head(a), body_class="pkp_page_article pkp_op_view")
        for al in a.aliases:
            site.same_page(al, a.path)
        site.add_article(a)
        # the pdf.js viewer page of the galley, the PDF itself, the citation formats
        viewer = (f'<header class="header_view"><a href="{a.path}" class="return"><span class="pkp_screen_reader">Quay '
                  f'lại chi tiết bài báo</span></a><a href="{a.path}" class="title">{esc(a.title)}</a>'
                  f'<a href="{J}/article/download/{o["id"]}/{o["galley"]}/{o["galley"] + 90}" class="download" download>'
                  f'<span class="label">{LABELS[6]}</span></a></header><div id="pdfCanvasContainer" class="galley_view">'
                  f'<iframe src="/plugins/generic/pdfJsViewer/pdf.js/web/viewer.html?file={quote(J, safe="")}%2Farticle%2F'
                  f'download%2F{o["id"]}%2F{o["galley"]}%2F{o["galley"] + 90}" width="100%" height="100%" allowfullscreen>'
                  f'</iframe></div>')
        vpath = f"{a.path}/{o['galley']}"
        site.page(vpath, f'<!DOCTYPE html>\n<html lang="vi-VN"><head><meta charset="utf-8"><title>Xem {esc(a.title)}</title>'
                  f'</head><body class="pkp_page_article pkp_op_view">{viewer}</body></html>', content_type=HTML)
        site.non_articles.append(vpath)
        data = pdf(a.title, [f"Tap chi Kinh te Hop tac - bai {o['id']}"])
        for p in (f"{J}/article/download/{o['id']}/{o['galley']}", f"{J}/article/download/{o['id']}/{o['galley']}/{o['galley'] + 90}"):
            f = f"_files/ojs-{p.strip('/').replace('/', '-')}.pdf"
            site.files[f] = data
            site.routes.append({"path": p, "file": f, "content_type": "application/pdf"})
        for s in ("acm-sig-proceedings", "harvard-cite-them-right"):
            p = f"{J}/citationstylelanguage/get/{s}?submissionId={o['id']}&publicationId={o['pub']}"
            site.page(p, f'<div class="csl-bib-body"><div class="csl-entry">{cite(a)}</div></div>', content_type=HTML)
            site.non_articles.append(p)
        site.page(f"{J}/citationstylelanguage/download/ris?submissionId={o['id']}&publicationId={o['pub']}",
                  f"TY  - JOUR\nAU  - {a.author}\nTI  - {a.title}\nJO  - {NAME}\nPY  - {a.date:%Y}\nER  - \n",
                  content_type="application/x-research-info-systems")
        site.page(f"{J}/citationstylelanguage/download/bibtex?submissionId={o['id']}&publicationId={o['pub']}",
                  f"@article{{KTHT{o['id']},\n\tauthor = {{{a.author}}},\n\ttitle = {{{a.title}}},\n\tyear = {{{a.date:%Y}}}\n}}\n",
                  content_type="application/x-bibtex")
    site.trap("article landing page: h1.page_title, ul.authors (span.name + span.affiliation), DOI, 'Từ khóa:', the "
              "abstract 'Tóm tắt' (the text), 'Tài liệu tham khảo' (no text), galley link to the pdf.js viewer, "
              "'Đã xuất bản 2026-03-10', 'Cách trích dẫn' repeating title and author; citation_* and DC.* meta tags",
              papers[1].path)
    site.binary(PDF_PATH, pdf("Thông báo số 05/TB-TCKTHT", ["THONG BAO NHAN BAI SO CHUYEN DE 2026", "So: 05/TB-TCKTHT"]))
    site.error(GONE, 404)
    site.binary("/public/journals/1/favicon_vi_VN.png", png(4, 4, (20, 90, 140)))

    # listings
    nonart(f"{J}/announcement", f"Thông báo | {NAME}",
           '<div class="page page_announcements">' + crumbs(("Thông báo", None)) + '<h1>Thông báo</h1>'
           '<p>Thông báo của Tạp chí về nhận bài, hội thảo và hoạt động xuất bản.</p><ul class="cmp_announcements">'
           + "".join(f"<li>{ann_summary(a)}</li>" for a in anns) + "</ul></div>",
           body_class="pkp_page_announcement pkp_op_index")
    cur_toc = toc(14, papers)
    home = (f'<div class="page_index_journal"><section class="homepage_about"><a id="homepageAbout"></a><h2>Giới thiệu '
            f'Tạp chí</h2><p>{NAME} là cơ quan ngôn luận của Liên minh Hợp tác xã Việt Nam, xuất bản các công trình '
            f'nghiên cứu về kinh tế tập thể, hợp tác xã.</p></section><section class="cmp_announcements highlight_first">'
            f'<a id="homepageAnnouncements"></a><h2>Thông báo</h2>{ann_summary(anns[0])}<div class="more">'
            + "".join(ann_summary(a, "h3") for a in anns[1:3])
            + f'</div></section><section class="current_issue"><a id="homepageIssue"></a><h2>{NAV[3]}</h2>'
            f'<div class="current_issue_title">{ISSUES[14][0]}</div>{cur_toc}<a href="{J}/issue/archive" '
            f'class="read_more">Xem tất cả các số</a></section></div>')
    nonart(f"{J}/index", NAME, home)
    site.redirect(J, f"{J}/index", 302)
    site.trap("the journal home: announcements (the first with its summary) and the current issue's table of contents: "
              "a listing", f"{J}/index")
    for issue, (label, _) in ISSUES.items():
        main = ('<div class="page page_issue">' + crumbs((NAV[4], f"{J}/issue/archive"), (label, None))
                + f'<h1>{label}</h1>{toc(issue, papers)}</div>')
        nonart(f"{J}/issue/view/{issue}", f"{label} | {NAME}", main, body_class="pkp_page_issue pkp_op_view")
    nonart(f"{J}/issue/current", f"{ISSUES[14][0]} | {NAME}", '<div class="page page_issue">'
           + crumbs((NAV[4], f"{J}/issue/archive"), (ISSUES[14][0], None)) + f"<h1>{ISSUES[14][0]}</h1>{cur_toc}</div>",
           body_class="pkp_page_issue pkp_op_current")
    ids = list(ISSUES)
    chunks = [ids[i:i + PER_ARCHIVE] for i in range(0, len(ids), PER_ARCHIVE)]
    for k, chunk in enumerate(chunks, 1):
        url = f"{J}/issue/archive" if k == 1 else f"{J}/issue/archive/{k}"
        items = "".join(f'<li><div class="obj_issue_summary"><a class="cover" href="{J}/issue/view/{i}"><img src="/public/'
                        f'journals/1/cover_issue_{i}_vi_VN.png" alt="{ISSUES[i][0]}"></a><h2><a class="title" href="'
                        f'{J}/issue/view/{i}">{ISSUES[i][0]}</a></h2></div></li>' for i in chunk)
        pag = '<div class="cmp_pagination" aria-label="Xem thêm">'
        if k > 1:
            pag += f'<a class="prev" href="{J}/issue/archive{"" if k == 2 else f"/{k - 1}"}">Trang trước</a> '
        pag += f'<span class="current">{(k - 1) * PER_ARCHIVE + 1}-{(k - 1) * PER_ARCHIVE + len(chunk)} của {len(ids)}</span>'
        if k < len(chunks):
            pag += f' <a class="next" href="{J}/issue/archive/{k + 1}">Trang tiếp</a>'
        pag += "</div>"
        nonart(url, f"Lưu trữ{'' if k == 1 else f' - Trang {k}'} | {NAME}", '<div class="page page_issue_archive">'
               + crumbs((NAV[4], None)) + f'<h1>{NAV[4]}</h1><ul class="issues_archive">{items}</ul>{pag}</div>',
               body_class="pkp_page_issue pkp_op_archive")
    site.trap("issue archive /issue/archive paged by /issue/archive/2; issue TOCs /issue/view/<n> and /issue/current "
              "(no per-article dates, the issue's 'Đã xuất bản'): listings", f"{J}/issue/archive/2")
    statics = {
        "about": ("Giới thiệu Tạp chí", f"<p>{NAME} được thành lập năm 1999, xuất bản định kỳ hằng tháng.</p><h2>Tôn chỉ, "
                  "mục đích</h2><p>Tuyên truyền chủ trương, chính sách về kinh tế tập thể; công bố kết quả nghiên cứu khoa "
                  "học về hợp tác xã.</p>"),
        "about/editorialTeam": ("Ban biên tập", "<h2>Tổng biên tập</h2><p>Nguyễn Văn Khôi</p><h2>Hội đồng biên tập</h2>"
                                "<ul><li>GS.TS. Đỗ Kim Chung</li><li>PGS.TS. Lê Thị Thanh Huyền</li><li>TS. Trần Văn Hòa"
                                "</li></ul>"),
        "about/submissions": ("Gửi bài", "<h2>Hướng dẫn tác giả</h2><p>Bài viết gửi qua hệ thống trực tuyến, trình bày "
                              "theo mẫu của Tạp chí.</p><h2>Tuyên bố bản quyền</h2><p>Tác giả giữ bản quyền và cấp cho "
                              "Tạp chí quyền công bố lần đầu.</p>"),
        "about/contact": ("Liên hệ", f"<p>{esc(FOOTER[3])}</p><p>{esc(FOOTER[4])}</p>"),
        "about/aboutThisPublishingSystem": ("Về hệ thống xuất bản", "<p>Tạp chí sử dụng Open Journal Systems 3.3.0.14, "
                                            "phần mềm mã nguồn mở của Public Knowledge Project.</p>"),
        "information/readers": (SIDE[1], "<p>Độc giả đăng ký tài khoản để nhận thông báo khi có số mới.</p>"),
        "information/authors": (SIDE[2], "<p>Tác giả quan tâm có thể gửi bài cho Tạp chí.</p>"),
        "information/librarians": (SIDE[3], "<p>Thư viện có thể đưa Tạp chí vào danh mục tạp chí điện tử.</p>"),
        "search": ("Tìm kiếm", '<form class="cmp_form" method="post" action="javascript:void(0)"><input type="text" '
                   'name="query" /><button class="submit" type="button">Tìm kiếm</button></form><div class="cmp_notification'
                   ' notice">Không có kết quả nào</div>'),
    }
    for p, (t, body) in statics.items():
        nonart(f"{J}/{p}", f"{t} | {NAME}", f'<div class="page page_{p.split("/")[-1]}">' + crumbs((t, None))
               + f"<h1>{esc(t)}</h1>{body}</div>", body_class=f"pkp_page_{p.split('/')[0]} pkp_op_index")
    site.trap("about, editorial team, submissions, contact, 'Information' pages, the search form: no articles", f"{J}/about")
    for p, t in ((f"{J}/login", NAV[7]), (f"{J}/user/register", NAV[6])):
        page(p, f"{t} | {NAME}", f'<div class="page page_login"><h1>{t}</h1><form class="cmp_form" action="javascript:'
             f'void(0)"><input type="text" name="username" /><input type="password" name="password" /></form></div>',
             body_class="pkp_page_login pkp_op_index")
        site.never_fetched.append(p)
    for href in sorted(ctx.locale_links):
        src = href.split("source=", 1)[1].replace("%2F", "/")
        site.page(href, f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{NAME}</title></head><body>'
                  f'<p>Language changed. <a href="{src}">Continue</a></p></body></html>', content_type=HTML)
        site.never_fetched.append(href)
    site.trap("robots.txt disallows /index.php/kthtx/login and /index.php/kthtx/user/ (the language switch "
              "user/setLocale/en_US?source=…, the registration): never fetched", f"{J}/login")
    # feeds
    entries = "".join(f"<entry><id>{{{{base}}}}{a.path}</id><title>{esc(a.title)}</title><link rel=\"alternate\" "
                      f"href=\"{{{{base}}}}{a.path}\"/><published>{a.date:%Y-%m-%d}T00:00:00+07:00</published>"
                      f"<author><name>{esc(a.author)}</name></author></entry>" for a in papers if a.opts["issue"] == 14)
    site.page(f"{J}/gateway/plugin/WebFeedGatewayPlugin/atom", f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns='
              f'"http://www.w3.org/2005/Atom"><id>{{{{base}}}}{J}/issue/current</id><title>{NAME}</title>'
              f'<updated>2026-03-10T00:00:00+07:00</updated>{entries}</feed>\n', content_type="application/atom+xml")
    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link></item>"
                    for a in papers if a.opts["issue"] == 14)
    site.page(f"{J}/gateway/plugin/WebFeedGatewayPlugin/rss2", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version='
              f'"2.0"><channel><title>{NAME}</title><link>{{{{base}}}}{J}/index</link>{items}</channel></rss>\n',
              content_type="application/rss+xml")
    site.static("/robots.txt", f"User-agent: *\nDisallow: {J}/login\nDisallow: {J}/user/\nDisallow: /cache/\n")
    return site
