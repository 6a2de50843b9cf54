"""Site `blog-htxquangbinh` (registry family `generic`): "Liên minh HTX tỉnh Quảng Bình", the news blog of the Quảng
Bình cooperative alliance (before the province joined Quảng Trị on 1 July 2025) on **Nibbleblog 4.0.5** "Espresso" with
its default theme **Simpler** (theme config "Simpler2"), the Vietnamese language file `vi_VI`, friendly URLs on (the
`.htaccess` of Settings > SEO), posts written in TinyMCE, the plugins Pages, Categories, Latest posts (5), Tag cloud and
Open Graph installed. Written as a held-out test: no family module, no selectors.

URL shapes: a post `/post/<slug>/` (slugs typed by the staff, ASCII); the router still answers the engine address
`/index.php?controller=post&action=view&id_post=N` and Nibbleblog 3's `/post-N/<anything>` (a rewrite rule kept for
old links); the blog `/`, its older pages `/page-1` (the pager counts from 0; page 1 back is `/page-0`), categories
`/category/<slug>/` and `/category/<slug>/page-1`, tags `/tag/<name>/` (the tag with its spaces stripped, Vietnamese
letters kept: `/tag/Nôngnghiệp/`); pages `/page/<slug>/`; the Atom feed `/feed/` (4 newest); `/sitemap.php`.

Why it is hard: the locale field is set from the language name, `vi_VI`, which no system has, so `setlocale` fails
and `strftime('%d %B, %Y')` prints ENGLISH months under Vietnamese labels ("24 April, 2025", no time); the timezone
is set (Asia/Ho_Chi_Minh), so the Atom `<updated>` carries `+07:00`. The theme prints no author at all: the only
`<meta name="author">` is the SEO setting (the alliance), the byline is the last paragraph of the text. The post's
`h1.post-title` is a link to itself, `<title>` and `og:title` read "Liên minh HTX tỉnh Quảng Bình - <title>". Every
blog page, page 2 included, says `<link rel="canonical" href="/">` (the blog's layout never changes it), a category's
page 2 the category; a tag page lists all its posts with the blog's pager, whose "← Bài viết cũ hơn" goes to the
blog's `/page-1`, not the tag's. The full text keeps TinyMCE's `<!-- pagebreak -->`; the lists show the text before it
with "Địa chỉ Bài viết" and "Bình luận (N)" links; share links (Twitter, Facebook, Google+, Linkedin) sit between the
date and the text; the comment list and form follow the text.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, page_links, rtf
from .richbody import RichArticle, parse_rich

SITE = "blog-htxquangbinh"
NAME = "Liên minh HTX tỉnh Quảng Bình"
SLOGAN = "Kênh thông tin kinh tế tập thể tỉnh Quảng Bình"
FOOTER = "© 2025 Liên minh Hợp tác xã tỉnh Quảng Bình · Số 2 Hữu Nghị, Đồng Hới · ĐT: 0232 3822 675"
SEO_DESC = "Tin tức hoạt động của Liên minh Hợp tác xã tỉnh Quảng Bình và các hợp tác xã trong tỉnh."
HTML = "text/html; charset=utf-8"
BREAK = "<!-- pagebreak -->"
CATS = {"hoat-dong": (1, "Hoạt động"), "thong-bao": (2, "Thông báo")}
FURN = [SLOGAN, FOOTER, "Bình luận mới", "Không có bình luận nào được đăng.", "Chuyên mục",
        "Bài viết mới", "Google+", "Linkedin", "Twitter", "Facebook"]


class Post(RichArticle):
    @property
    def blocks(self):
        return parse_rich(self.body.replace(BREAK, ""))


def articles() -> list[Post]:
    A = Post

    def at(d: datetime) -> dict:
        return dict(date=d, published=d.strftime("%Y-%m-%dT00:00:00+07:00"), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="thong-bao-09-tb-lmhtx-hoi-cho-ocop-2025",
          title="Thông báo số 09/TB-LMHTX về việc đăng ký tham gia Hội chợ sản phẩm OCOP và sản phẩm HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH QUẢNG BÌNH
Số: 09/TB-LMHTX
Quảng Bình, ngày 16 tháng 5 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ sản phẩm OCOP và sản phẩm HTX năm 2025
Nhằm hỗ trợ các HTX quảng bá, kết nối tiêu thụ sản phẩm, Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm OCOP và sản phẩm HTX năm 2025 tại Quảng trường Hồ Chí Minh, thành phố Đồng Hới, từ ngày 12 đến ngày 15/6/2025.
<!-- pagebreak -->
Mỗi HTX được bố trí miễn phí một gian hàng tiêu chuẩn. Các HTX có nhu cầu tham gia gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 31/5/2025.
CHỦ TỊCH
Hoàng Văn Dũng
""", author=None, doc_number="09/TB-LMHTX",
          attachments=[{"path": "/content/public/upload/phieu-dang-ky-hoi-cho-ocop-2025.doc",
                        "text": "Phiếu đăng ký tham gia Hội chợ OCOP 2025"}],
          opts={"cat": "thong-bao", "id": 12, "tags": ["OCOP"], "comments": [],
                "center": {"LIÊN MINH HTX TỈNH QUẢNG BÌNH", "Số: 09/TB-LMHTX", "Quảng Bình, ngày 16 tháng 5 năm 2025", "THÔNG BÁO",
                           "Về việc đăng ký tham gia Hội chợ sản phẩm OCOP và sản phẩm HTX năm 2025"},
                "right": {"CHỦ TỊCH", "Hoàng Văn Dũng"}},
          notes=["notice 'Số: 09/TB-LMHTX' dated 16/5 in the text, published '20 May, 2025' (English month: the vi_VI "
                 "locale does not exist; no time: midnight); signer last, no author field anywhere: author null; a TinyMCE "
                 "link 'Tải phiếu đăng ký: Phiếu đăng ký tham gia Hội chợ OCOP 2025' to /content/public/upload/…doc: an "
                 "attachment (a label naming the document stays in its text)"],
          **at(datetime(2025, 5, 20, 10, 5))),
        A(path="htx-hai-ninh-dua-khoai-lang-len-san-thuong-mai-dien-tu",
          title="HTX Nông nghiệp Hải Ninh đưa khoai lang lên sàn thương mại điện tử",
          body="""
Sau một năm bán hàng trên sàn thương mại điện tử, HTX Nông nghiệp Hải Ninh (huyện Quảng Ninh) đã tiêu thụ hơn 60 tấn khoai lang, gấp ba lần so với bán cho thương lái.
<!-- pagebreak -->
HTX hiện liên kết với 85 hộ trồng khoai trên diện tích 40 ha vùng cát ven biển, áp dụng quy trình VietGAP.
Sản phẩm khoai lang sấy của HTX vừa được công nhận sản phẩm OCOP 3 sao, mở ra cơ hội đưa hàng vào các chuỗi siêu thị.
""", byline="Theo Báo Quảng Bình", author=None,
          opts={"cat": "hoat-dong", "id": 11, "tags": ["Chuyển đổi số", "OCOP"], "comments": []},
          notes=["posted at 22:50 on 8 May (Atom <updated>2025-05-08T22:50:00+07:00</updated>); the page shows only "
                 "'08 May, 2025'; 'Theo Báo Quảng Bình' names a newspaper: text, author null"],
          **at(datetime(2025, 5, 8, 22, 50))),
        A(path="san-pham-ocop-cua-htx-quang-binh-nam-2024",
          title="Sản phẩm OCOP của các HTX tỉnh Quảng Bình năm 2024",
          body="""
Năm 2024, các HTX trên địa bàn tỉnh có thêm 27 sản phẩm được công nhận đạt chuẩn OCOP, nâng tổng số sản phẩm OCOP của khu vực kinh tế tập thể lên 96 sản phẩm.
<!-- pagebreak -->
| STT | Địa phương | Sản phẩm 3 sao | Sản phẩm 4 sao |
| 1 | Thành phố Đồng Hới | 4 | 2 |
| 2 | Huyện Lệ Thủy | 6 | 1 |
| 3 | Huyện Bố Trạch | 5 | 2 |
| 4 | Huyện Quảng Trạch | 4 | 0 |
| 5 | Huyện Minh Hóa | 3 | 0 |
Các sản phẩm chủ lực gồm gạo hữu cơ, nước mắm, khoai deo, dược liệu và mật ong rừng.
""", byline="Bài: Phạm Thanh Tùng", author="Phạm Thanh Tùng",
          opts={"cat": "hoat-dong", "id": 10, "tags": ["OCOP"], "comments": []},
          notes=["TinyMCE table (tbody only, header row of <strong> cells; one line per row); 'Bài: Phạm Thanh Tùng' -> "
                 "author Phạm Thanh Tùng"],
          **at(datetime(2025, 4, 24, 8, 30))),
        A(path="anh-htx-canh-duong-vao-mua-lam-nuoc-mam",
          title="Ảnh: HTX Thủy sản Cảnh Dương vào mùa làm nước mắm",
          body="""
Tháng 4 là mùa cá cơm, cũng là thời điểm các thành viên HTX Thủy sản Cảnh Dương (huyện Quảng Trạch) tất bật chế biến nước mắm truyền thống.
<!-- pagebreak -->
[img canh-duong-1.jpg] Cá cơm tươi được thành viên HTX trộn muối ngay khi thuyền cập bến
[img canh-duong-2.jpg] Những thùng gỗ ủ chượp của HTX, mỗi thùng chứa khoảng 2 tấn cá
[img canh-duong-3.jpg] Nước mắm Cảnh Dương đóng chai mang nhãn hiệu tập thể của HTX
""", byline="Bài và ảnh: Trần Thị Thu Hiền", author="Trần Thị Thu Hiền",
          opts={"cat": "hoat-dong", "id": 9, "tags": ["OCOP", "Thủy sản"], "comments": [
              ("Nguyễn Văn Lâm", datetime(2025, 4, 11, 9, 2), "Nước mắm Cảnh Dương ngon nổi tiếng, mong HTX giữ được nghề truyền thống."),
              ("Hoàng Thị Nga", datetime(2025, 4, 12, 20, 45), "Cho hỏi mua nước mắm của HTX ở đâu tại Đồng Hới ạ?")]},
          notes=["photo story: each image in its own <p>, the caption a centred <em> paragraph under it (one line each); "
                 "'Bài và ảnh: Trần Thị Thu Hiền' -> author; two comments under the text (author, date '11 April, 2025', "
                 "text: not the article's)"],
          **at(datetime(2025, 4, 10, 7, 15))),
        A(path="bon-nhom-giai-phap-nang-cao-hieu-qua-htx-nong-nghiep",
          title="Bốn nhóm giải pháp nâng cao hiệu quả hoạt động của HTX nông nghiệp",
          body="""
Để các HTX nông nghiệp hoạt động hiệu quả hơn trong năm 2025, Liên minh HTX tỉnh đề xuất bốn nhóm giải pháp trọng tâm:
* Củng cố tổ chức, nâng cao năng lực cho đội ngũ cán bộ quản lý HTX.
* Đẩy mạnh liên kết sản xuất gắn với tiêu thụ sản phẩm theo chuỗi giá trị.
* Tăng cường ứng dụng khoa học công nghệ và chuyển đổi số trong quản trị HTX.
* Tạo điều kiện để HTX tiếp cận nguồn vốn Quỹ hỗ trợ phát triển HTX và các chương trình tín dụng ưu đãi.
""", author=None,
          opts={"cat": "hoat-dong", "id": 8, "tags": ["Nông nghiệp"], "comments": []},
          notes=["bulleted list (one line per item); no byline and no author field: author null; its tag "
                 "'Nông nghiệp' becomes /tag/Nôngnghiệp/ (spaces stripped, letters kept)"],
          **at(datetime(2025, 3, 25, 15, 0))),
        A(path="htx-hung-trach-mo-rong-vung-lua-huu-co",
          title="HTX Dịch vụ nông nghiệp Hưng Trạch mở rộng vùng lúa hữu cơ",
          body="""
Vụ đông xuân 2024 - 2025, HTX Dịch vụ nông nghiệp Hưng Trạch (huyện Bố Trạch) mở rộng diện tích lúa hữu cơ lên 35 ha, tăng 15 ha so với vụ trước.
Toàn bộ sản lượng lúa hữu cơ được doanh nghiệp bao tiêu với giá cao hơn lúa thường 25%.
## Liên kết bốn nhà
Mô hình có sự tham gia của doanh nghiệp, nhà khoa học, HTX và nông dân, giúp thành viên yên tâm sản xuất.
""", byline="Lê Quang Vinh - Phòng Nông nghiệp huyện Bố Trạch", author="Lê Quang Vinh",
          opts={"cat": "hoat-dong", "id": 7, "tags": ["Nông nghiệp"], "comments": [], "engine_link": True},
          notes=["its engine address /index.php?controller=post&action=view&id_post=7 (linked from /page/gioi-thieu/, "
                 "written before friendly URLs were switched on) renders the post with rel=canonical to /post/<slug>/: an "
                 "alias; no pagebreak: the whole text is on the lists; byline 'Lê Quang Vinh - Phòng Nông nghiệp huyện "
                 "Bố Trạch' -> author Lê Quang Vinh"],
          **at(datetime(2025, 2, 21, 9, 40))),
        A(path="lien-minh-htx-quang-binh-tong-ket-nam-2024",
          title="Liên minh HTX tỉnh Quảng Bình tổng kết công tác năm 2024",
          body="""
Chiều 9/1, Liên minh HTX tỉnh Quảng Bình tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
<!-- pagebreak -->
## Kết quả năm 2024
Năm 2024, toàn tỉnh thành lập mới 21 HTX, nâng tổng số HTX đang hoạt động lên 357 HTX với hơn 96.000 thành viên.
## Nhiệm vụ năm 2025
Liên minh HTX tỉnh tập trung hỗ trợ HTX sửa đổi điều lệ theo Luật HTX năm 2023 và phát triển sản phẩm OCOP.
""", byline="Nguyễn Đức Thắng", author="Nguyễn Đức Thắng",
          opts={"cat": "hoat-dong", "id": 6, "tags": [], "comments": [], "old_link": True},
          notes=["its Nibbleblog 3 address /post-6/lien-minh-htx-tinh-quang-binh-tong-ket-cong-tac-nam-2024 (linked from "
                 "/page/gioi-thieu/; the rewrite rule ^post-([0-9]+)/(.*)$ still answers it) renders the post: an alias; "
                 "on /page-1 only among the blog pages; the bare name 'Nguyễn Đức Thắng' closes the text"],
          **at(datetime(2025, 1, 10, 16, 30))),
        A(path="tap-huan-ke-toan-htx-2024",
          title="Tập huấn nghiệp vụ kế toán cho cán bộ HTX năm 2024",
          body="""
Từ ngày 12 đến 13/11, Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho 50 cán bộ kế toán các HTX trong tỉnh.
Học viên được cập nhật chế độ kế toán mới áp dụng cho HTX và hướng dẫn lập báo cáo tài chính năm.
""", byline="Tin: Ngọc Mai", author="Ngọc Mai",
          opts={"cat": "hoat-dong", "id": 4, "tags": [], "comments": []},
          notes=["oldest post: only on /page-1 and /category/hoat-dong/page-1 (not in the 5 'Bài viết mới', no tags, "
                 "not in the feed's 4); 'Tin: Ngọc Mai' -> author Ngọc Mai"],
          **at(datetime(2024, 11, 14, 9, 0))),
    ]


def tag_name(human: str) -> str:
    return "".join(human.split())


def render(a: Post, markup: str) -> str:
    """TinyMCE 4's output as Nibbleblog stores it."""
    out = []
    center, right = a.opts.get("center", set()), a.opts.get("right", set())
    for b in parse_rich(markup):
        if b.kind == "p":
            if b.text in center:
                out.append(f'<p style="text-align: center;"><strong>{inline_html(b.text)}</strong></p>')
            elif b.text in right:
                out.append(f'<p style="text-align: right;"><strong>{inline_html(b.text)}</strong></p>')
            else:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p><img src="/content/public/upload/{b.src}" alt="" width="640" height="427" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table style="width: 100%;" border="1">\n<tbody>\n<tr>\n'
                       + "\n".join(f"<td><strong>{esc(c)}</strong></td>" for c in head) + "\n</tr>\n"
                       + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>\n" for r in rows)
                       + "</tbody>\n</table>")
    return "\n".join(out)


def content(a: Post, full: bool) -> str:
    """content[0] (the whole text, the pagebreak comment kept) or content[1] (the text before it)."""
    before, sep, after = a.body.partition(BREAK)
    tail = ""
    if a.byline:
        tail += f'\n<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>'
    for x in a.attachments:
        tail += f'\n<p>Tải phiếu đăng ký: <a href="{x["path"]}">{esc(x["text"])}</a></p>'
    if not sep:
        return render(a, a.body) + tail
    if full:
        return render(a, before) + "\n" + BREAK + "\n" + render(a, after) + tail
    return render(a, before)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-binh", NAME + " (Nibbleblog)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["slug"] = a.path
        a.path = f"/post/{a.path}/"
    per, latest_n, rss_n = 6, 5, 4

    def url(a: Post) -> str:
        return a.path

    def published(d: datetime) -> str:
        return f"{d:%d %B, %Y}"

    def share(a: Post) -> str:
        u = quote("{{base}}" + a.path, safe="{}")
        t = quote(a.title)
        return f"""		<div class="share_wrap">
			<span class="share">
				<a target="_blank" href="{{{{base:offsite}}}}/twitter/home?status={t}+{u}">Twitter</a>
			</span>

			<span class="share">
				<a target="_blank" href="{{{{base:offsite}}}}/facebook/sharer/sharer.php?u={t}+{u}">Facebook</a>
			</span>

			<span class="share">
				<a target="_blank" href="{{{{base:offsite}}}}/plus-google/share?url={t}+{u}">Google+</a>
			</span>

			<span class="share">
				<a target="_blank" href="{{{{base:offsite}}}}/linkedin/shareArticle?mini=true&amp;url={u}&amp;title={t}&amp;summary=">Linkedin</a>
			</span>
		</div>"""

    def tags_html(a: Post) -> str:
        return "<ul>" + "".join(f'<li><a class="tag" href="/tag/{tag_name(t)}/">{esc(t)}</a></li>' for t in a.opts["tags"]) + "</ul>"

    def list_post(a: Post) -> str:
        n = len(a.opts["comments"])
        return f"""<article class="post">

	<header>
		<h1 class="post-title">
			<a href="{url(a)}">{esc(a.title)}</a>
		</h1>
		<div class="post-published">{published(a.date)}</div>
{share(a)}
	</header>

	<div class="post-content">
		{content(a, False)}
	</div>

	<footer>
		<div class="readmore">

			<span class="permalink">
				<a href="{url(a)}">Địa chỉ Bài viết</a>
			</span>

			<span class="comment-count">
				<a href="{url(a)}#comment_form">Bình luận ({n})</a>
			</span>

		</div>

		<div class="post-tags">
			{tags_html(a)}
		</div>

	</footer>

</article>"""

    def full_post(a: Post) -> str:
        cl = "".join(f'<div class="comment"><img class="avatar" src="{{{{base:offsite}}}}/gravatar/avatar/{hashlib.md5(name.encode()).hexdigest()}?s=64&amp;d=mm">'
                     f'<span class="author_name">{esc(name)}</span><span class="date">{published(when)}</span>'
                     f'<span class="content">{esc(text)}</span></div>' for name, when, text in a.opts["comments"])
        head = "Bình luận" if a.opts["comments"] else "Không có bình luận nào được đăng."
        return f"""<article class="post">

	<header>
		<h1 class="post-title">
			<a href="{url(a)}">{esc(a.title)}</a>
		</h1>
		<div class="post-published">{published(a.date)}</div>
{share(a)}
	</header>

	<div class="post-content">
		{content(a, True)}
	</div>

</article>

<section id="comments">

	<div id="comment_list">

		<h2>{head}</h2>

		{cl}
	</div>

	<div id="comment_form">

		<h2>Bình luận mới</h2>


		<form method="post" name="form" action="#comment_form">

			<input type="hidden" name="hash" value="3f9c2a71d0b84e56">

			<input type="text" name="author_name" value="" placeholder="Tên">

			<input type="text" name="author_email" value="" placeholder="E-mail">

			<textarea name="content" placeholder="Viết Bình luận ở đây"></textarea>

			<input type="submit" value="Đăng Bài">

		</form>

	</div>

</section>

"""

    # -- sidebar plugins ------------------------------------------------------------------------
    pages = [("gioi-thieu", "Giới thiệu", 1), ("lien-he", "Liên hệ", 2)]
    tag_count: dict[str, int] = {}
    tag_human: dict[str, str] = {}
    for a in posts:
        for t in a.opts["tags"]:
            tag_count[tag_name(t)] = tag_count.get(tag_name(t), 0) + 1
            tag_human[tag_name(t)] = t
    cloud = "".join(
        f'<a class="level_{min(40, max(12, 12 + n))}" style="font-size:{min(40, max(12, 12 + n))}px; margin-right: 5px; display: inline-block;" '
        f'href="/tag/{name}/">{esc(tag_human[name])}</a>' for name, n in sorted(tag_count.items()))
    boxes = [
        ("pages", "Trang", '<ul><li><a href="/">Trang chủ</a></li>' + "".join(f'<li><a href="/page/{s}/">{esc(t)}</a></li>' for s, t, _ in pages) + "</ul>"),
        ("categories", "Chuyên mục", "<ul>" + "".join(f'<li class="category"><a href="/category/{s}/">{esc(n)}</a></li>' for s, (_, n) in CATS.items()) + "</ul>"),
        ("latest_posts", "Bài viết mới", "<ul>" + "".join(f'<li><a href="{url(a)}">{esc(a.title)}</a></li>' for a in posts[:latest_n]) + "</ul>"),
        ("tag_cloud", "Thẻ", cloud),
    ]
    sidebar = '<section id="sidebar">' + "".join(
        f'<div class="plugin-box {slug}"><h3 class="plugin-title">{esc(t)}</h3>{body}</div>' for slug, t, body in boxes) + "</section>"

    def layout(*, title: str, main: str, canonical: str, description: str = SEO_DESC, keywords: str = "hợp tác xã,Quảng Bình,kinh tế tập thể",
               og: dict | None = None) -> str:
        og = og or {}
        meta = ['<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', f"<title>{esc(title)}</title>"]
        if description:
            meta.append(f'<meta name="description" content="{attr(description)}">')
        meta.append('<meta name="generator" content="Nibbleblog">')
        if keywords:
            meta.append(f'<meta name="keywords" content="{attr(keywords)}">')
        meta += [f'<meta name="author" content="{attr(NAME)}">', f'<link rel="canonical" href="{{{{base}}}}{canonical}">',
                 '<meta name="robots" content="index,follow">',
                 '<link rel="alternate" type="application/atom+xml" title="ATOM Feed" href="/feed/">']
        css = "".join(f'<link rel="stylesheet" type="text/css" href="/themes/simpler/css/{c}">\n'
                      for c in ("normalize.css", "main.css", "post.css", "page.css", "plugins.css", "rainbow.css"))
        ogh = ("\n<!-- Open Graph -->\n<meta property=\"og:locale\" content=\"vi_VI\">\n"
               f'<meta property="og:type" content="{og.get("type", "website")}">\n'
               f'<meta property="og:title" content="{attr(og.get("title", NAME))}">\n'
               f'<meta property="og:description" content="{attr(og.get("description", SEO_DESC))}">\n'
               '<meta property="og:image" content="{{base}}/admin/templates/default/css/img/mrnibbler128.png">\n'
               f'<meta property="og:url" content="{{{{base}}}}{og.get("url", "/")}">\n'
               f'<meta property="og:site_name" content="{attr(NAME)}">\n' + og.get("tags", ""))
        return f"""<!DOCTYPE HTML>
<html lang="vi">
<head>
{chr(10).join(meta)}
{css}<script src="/admin/js/jquery/jquery.js"></script>
<script src="/themes/simpler/js/rainbow-custom.min.js"></script>
<link rel="shortcut icon" href="/themes/simpler/css/img/favicon.ico" type="image/x-icon">
{ogh}</head>
<body>

<div id="container">

	<!-- HEADER -->
	<header id="blog-head">
		<a href="/">
			<span class="blog-name">{esc(NAME)}</span>
			<span class="blog-slogan">{esc(SLOGAN)}</span>
		</a>
	</header>

	<!-- MAIN -->
	<section id="main">

		<!-- PLUGINS -->
		{sidebar}
		<!-- VIEW -->
		<section id=left >
			{main}
		</section>

	</section>

	<!-- FOOTER -->
	<footer id="blog-foot">
		<span class="blog-atom"><a href="/feed/">Atom</a></span>
		<span class="blog-footer"> · <a class="top" href="#">Top</a></span>
		<span class="blog-footer"> · {esc(FOOTER)}</span>
		<script>
		$(".top").click(function(){{
			$("html, body").animate({{ scrollTop: 0 }}, 600);
			return false;
		}});
		</script>
	</footer>

</div>

</body>
</html>"""

    def pager(number: int, total_pages: int, base: str) -> str:
        newer = f'<a class="next-page" href="{base}page-{number - 1}">Bài viết mới hơn →</a>' if number > 0 else ""
        older = f'<a class="prev-page" href="{base}page-{number + 1}">← Bài viết cũ hơn</a>' if total_pages - 1 > number else ""
        return f'<section id="pager">\n\t{newer}\n\n\t<a class="home-page" href="/">Trang chủ</a>\n\n\t{older}\n</section>'

    # -- posts -------------------------------------------------------------------------------
    for a in posts:
        cat_name = CATS[a.opts["cat"]][1]
        tags = f'<meta property="article:tag" content="{attr(cat_name)}">\n' + "".join(
            f'<meta property="article:tag" content="{attr(t)}">\n' for t in a.opts["tags"])
        page = layout(title=f"{NAME} - {a.title}", main=full_post(a), canonical=a.path, description="",
                      keywords=",".join(tag_name(t) for t in a.opts["tags"]),
                      og={"type": "article", "title": f"{NAME} - {a.title}", "description": "", "url": a.path, "tags": tags})
        site.page(a.path, page)
        if a.opts.get("engine_link"):
            alias = f"/index.php?controller=post&action=view&id_post={a.opts['id']}"
            site.page(alias, page, content_type=HTML)
            a.aliases.append(alias)
            a.opts["alias"] = alias
        if a.opts.get("old_link"):
            alias = f"/post-{a.opts['id']}/lien-minh-htx-tinh-quang-binh-tong-ket-cong-tac-nam-2024"
            site.page(alias, page, content_type=HTML)
            a.aliases.append(alias)
            a.opts["alias"] = alias
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/content/public/upload/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], rtf(["PHIẾU ĐĂNG KÝ THAM GIA HỘI CHỢ SẢN PHẨM OCOP VÀ SẢN PHẨM HTX NĂM 2025",
                                        "Tên HTX: ..............................", "Sản phẩm đăng ký trưng bày: ..............."]))
        site.add_article(a)
    site.trap("each post: h1.post-title linking to itself, 'dd Month, YYYY' in English under it, share links, the "
              "full text with its <!-- pagebreak -->, then 'Bình luận' / 'Không có bình luận nào được đăng.', the "
              "comments and the 'Bình luận mới' form; <title> and og:title 'Liên minh HTX tỉnh Quảng Bình - <title>'",
              posts[3].path)

    # -- lists -------------------------------------------------------------------------------------
    def blog_pages(base: str, items: list[Post], title: str, canonical: str, extra_paths: dict[int, list[str]] | None = None) -> None:
        chunks = [items[i:i + per] for i in range(0, len(items), per)] or [[]]
        for n, chunk in enumerate(chunks):
            main = "\n".join(list_post(a) for a in chunk) + "\n" + pager(n, len(chunks), base)
            paths = [base if n == 0 else f"{base}page-{n}"] + (extra_paths or {}).get(n, [])
            for p in paths:
                site.page(p, layout(title=title, main=main, canonical=canonical), content_type=None if p.endswith("/") else HTML)
                site.non_articles.append(p)

    blog_pages("/", posts, NAME, "/", {0: ["/page-0"]})
    site.trap("blog pages / and /page-1 (6 posts a page, '← Bài viết cũ hơn' / 'Bài viết mới hơn →' and 'Trang chủ'; "
              "page 1 again at /page-0): both say rel=canonical '/'; each post with the text before its pagebreak", "/page-1")
    for slug, (_, name) in CATS.items():
        blog_pages(f"/category/{slug}/", [a for a in posts if a.opts["cat"] == slug], f"{NAME} - {name}",
                   f"/category/{slug}/", {0: [f"/category/{slug}/page-0"]} if len([a for a in posts if a.opts["cat"] == slug]) > per else None)
    site.trap("category pages /category/hoat-dong/ (7 posts: its page-1 holds the oldest) and /category/thong-bao/: "
              "canonical the category on every page", "/category/hoat-dong/page-1")
    total_pages = -(-len(posts) // per)
    for name, n in tag_count.items():
        items = [a for a in posts if name in [tag_name(t) for t in a.opts["tags"]]]
        main = "\n".join(list_post(a) for a in items) + "\n" + pager(0, total_pages, "/")
        p = f"/tag/{name}/"
        site.page(p, layout(title=f"{NAME} - {name}", main=main, canonical=p))
        site.non_articles.append(p)
    site.trap("tag pages /tag/<name>/ (the tag cloud; Vietnamese letters kept in the path, spaces stripped: "
              "/tag/Chuyểnđổisố/): every post of the tag, and the blog's pager linking /page-1", "/tag/OCOP/")

    # -- pages ---------------------------------------------------------------------------------------
    engine = next(a for a in posts if a.opts.get("engine_link"))
    old = next(a for a in posts if a.opts.get("old_link"))
    page_bodies = {
        "gioi-thieu": ("<p>Liên minh Hợp tác xã tỉnh Quảng Bình là tổ chức chính trị - xã hội và kinh tế, đại diện và bảo vệ "
                       "quyền, lợi ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trong tỉnh.</p>\n"
                       "<p>Trang tin giới thiệu hoạt động của Liên minh HTX tỉnh và các mô hình hợp tác xã tiêu biểu, ví dụ:</p>\n"
                       f'<ul>\n<li><a href="{engine.opts["alias"].replace("&", "&amp;")}">{esc(engine.title)}</a></li>\n'
                       f'<li><a href="{old.opts["alias"]}">{esc(old.title)}</a></li>\n</ul>'),
        "lien-he": ("<p><strong>Liên minh Hợp tác xã tỉnh Quảng Bình</strong></p>\n<p>Địa chỉ: Số 2 Hữu Nghị, phường Nam Lý, "
                    "thành phố Đồng Hới, tỉnh Quảng Bình</p>\n<p>Điện thoại: 0232 3822 675</p>\n<p>Thư điện tử: lmhtxquangbinh@gmail.com</p>"),
    }
    for slug, title, _pid in pages:
        main = (f'<article class="page">\n\t<header>\n\t\t<h1 class="page-title">{esc(title)}</h1>\n\t</header>\n\n'
                f'\t<div class="page-content">\n\t\t{page_bodies[slug]}\n\t</div>\n</article>')
        p = f"/page/{slug}/"
        site.page(p, layout(title=f"{NAME} - {title}", main=main, canonical=p, description="", keywords="",
                            og={"type": "article", "title": f"{NAME} - {title}", "description": "", "url": p}))
        site.non_articles.append(p)
    site.trap("pages /page/gioi-thieu/ and /page/lien-he/ (article.page > h1.page-title, no date): not articles; "
              "Giới thiệu links one post by its engine address and one by its Nibbleblog 3 address (aliases)",
              "/page/gioi-thieu/")

    # -- feed, sitemap ------------------------------------------------------------------------------
    def atom_date(d: datetime) -> str:
        return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")

    entries = ""
    for a in posts[:rss_n]:
        body = content(a, True).replace('src="/', 'src="{{base}}/')
        entries += (f'<entry>\n<title type="html">{esc(a.title)}</title>\n<content type="html">{attr(body)}</content>\n'
                    f'<link href="{{{{base}}}}{a.path}" />\n<id>{{{{base}}}}{a.path}</id>\n<updated>{atom_date(a.date)}</updated>\n'
                    f'<category term="{attr(CATS[a.opts["cat"]][1])}"/>\n</entry>\n')
    feed = (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>{esc(NAME)}</title>\n'
            f"<subtitle>{esc(SLOGAN)}</subtitle>\n<link href=\"{{{{base}}}}/feed\" rel=\"self\" />\n<id>{{{{base}}}}/feed</id>\n"
            f"<updated>{atom_date(posts[0].date)}</updated>\n{entries}</feed>")
    site.page("/feed/", feed, content_type="text/xml; charset=utf-8")
    site.trap("Atom /feed/ (head link and the footer's 'Atom'): the 4 newest, full text, <updated> in +07:00 (the "
              "publication time; the pages show only the day)", "/feed/")
    smap = ('<?xml version="1.0" encoding="utf-8"?>\n<urlset\n      xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            "<url>\n<loc>{{base}}/</loc>\n<changefreq>always</changefreq>\n</url>\n"
            + "".join(f"<url>\n<loc>{{{{base}}}}/page/{s}/</loc>\n<changefreq>always</changefreq>\n</url>\n" for s, _, _ in pages)
            + "".join(f"<url>\n<loc>{{{{base}}}}{a.path}</loc>\n<changefreq>always</changefreq>\n</url>\n" for a in posts)
            + "</urlset>")
    site.page("/sitemap.php", smap, content_type="text/xml; charset=utf-8")

    fill_assets(site, ("/themes/", "/admin/", "/content/"))
    return site


def fill_assets(site: SiteBuild, prefixes: tuple[str, ...]) -> None:
    """Files the pages' <link>, <img> and <script> point at: small stand-ins."""
    for path, page in list(site.html_pages.items()):
        for link in page_links(page, path):
            bare = link.split("?")[0].split("#")[0]
            if bare.startswith(prefixes) and not site._exists(link):
                site.binary(bare, image_for(bare) if bare.endswith((".png", ".ico", ".jpg", ".svg", ".gif")) else b"/* asset */\n")
