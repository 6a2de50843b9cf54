"""Site `gila-htxninhbinh` (registry family `generic`): "Liên minh HTX tỉnh Ninh Bình", the alliance's news site on
**Gila CMS 1.x** (PHP; the bundled `gila-blog` theme, Vietnamese language file, the latest-post, tag, post-categories,
social-icons and text widgets; timezone set to Asia/Ho_Chi_Minh at install) as of 20 November 2024, 10:00. Written as
a held-out test: no family module, no selectors.

What is an article here: a post of the blog. URL shapes: the post `/blog/<id>/<slug>` (what the lists and widgets
link, its `<link rel="canonical">`); the same post answers 200 at `/blog/<id>` (the RSS `<link>`): an alias. Lists:
the front page `/` and `/blog` (the theme's blog-list, 5 a page, the pager `blog?page=2`: the oldest posts only on the
second page), categories `/blog/category/<id>/<slug>`, tags `/blog/tag/<tag>`, authors `/blog/author/<uid>`, search
`/blog?search=…` (robots-disallowed). Pages: `/gioi-thieu`, `/lien-he` (the contact template). RSS `/rss` (10 newest,
`pubDate` date('r') of the `updated` column with the time, +0700; `<link>` /blog/<id>, `<guid>` /blog/<slug>). No
sitemap, no JSON-LD; og:title / og:description / og:image / twitter:card from the post.

Why it is hard: every page prints `<base href="/">` and the theme's links are relative ("blog/12/…", "blog?page=2",
"assets/uploads/…"). The meta line is the template's English "Posted by <a>bbt_lmhtx</a> on November 4, 2024" (an
English month, no time: published is that day at midnight; the account is never the author). The post body is the
`<article>`; its closing right-aligned paragraph is part of the text and the author (not "Theo …", not an office, not
a signer). The featured image above the title has no caption (no line). The post.after widget area puts a share bar
("Chia sẻ:") and "Bài viết cùng chuyên mục" right after the `<article>`; the sidebar has search, "Bài viết mới",
"Chuyên mục", the tag cloud ("Thẻ") with counts "ocop(3)", the social icons; the dark footer, a cookie notice.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich, table_html

SITE = "gila-htxninhbinh"
NAME = "Liên minh HTX tỉnh Ninh Bình"
DESC = "Tin tức hoạt động kinh tế tập thể, hợp tác xã tỉnh Ninh Bình"
NOW = datetime(2024, 11, 20, 10, 0)
PER_PAGE = 5
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
CATS = {1: ("Tin hoạt động", "tin-hoat-dong"), 2: ("Thông báo", "thong-bao"), 3: ("Mô hình HTX", "mo-hinh-htx")}
USERS = {1: "admin", 3: "bbt_lmhtx"}
FOOT = "© 2024 Liên minh Hợp tác xã tỉnh Ninh Bình. Địa chỉ: Số 10 đường Lê Hồng Phong, phường Vân Giang, thành phố Ninh Bình"
PHONE = "Điện thoại: 0229 3871 155 | Email: lmhtxninhbinh@gmail.com"
COOKIE = "Website sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý."
CHROME = [DESC, FOOT, PHONE, COOKIE, "Đồng ý", "Powered by Gila CMS", "Bài viết mới", "Chuyên mục", "Thẻ",
          "Kết nối với chúng tôi", "Chia sẻ:", "Bài viết cùng chuyên mục", "Tìm kiếm", "Posted by"]


def gdate(d: datetime) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def specs() -> list[dict]:
    return [
        dict(id=57, slug="ninh-binh-co-them-12-san-pham-ocop-cua-htx-dat-3-sao", cat=3, user=3,
             when=datetime(2024, 11, 18, 16, 10), tags=["ocop", "htx"],
             title="Ninh Bình có thêm 12 sản phẩm OCOP của HTX đạt 3 sao",
             body="""
UBND tỉnh Ninh Bình vừa công nhận 12 sản phẩm OCOP đạt 3 sao năm 2024 của các HTX trên địa bàn.
Các sản phẩm gồm gạo Bắc Hương Kim Sơn, cơm cháy Ninh Bình, rượu Kim Sơn, dê núi Gia Viễn và miến dong Yên Mô.
## HTX là chủ thể chính
Trong 12 sản phẩm, 9 sản phẩm thuộc các HTX nông nghiệp, 3 sản phẩm của tổ hợp tác.
[right]Phạm Thu Trang
""",
             notes=["'Posted by bbt_lmhtx on November 18, 2024': English template words and month, no time: published "
                    "18/11 at midnight; bbt_lmhtx is the account; the featured image above the <h1> has no caption; "
                    "author from the closing right-aligned paragraph"]),
        dict(id=55, slug="thong-bao-moi-du-hoi-cho-htx-vung-dong-bang-song-hong", cat=2, user=1,
             when=datetime(2024, 11, 11, 9, 0), tags=["hoi-cho", "thong-bao"], doc="45/TB-LMHTX",
             file=("TB-45-LMHTX-hoi-cho.pdf", "Thông báo số 45/TB-LMHTX (PDF)"),
             title="Thông báo mời tham gia Hội chợ HTX vùng Đồng bằng sông Hồng năm 2024",
             body="""
LIÊN MINH HỢP TÁC XÃ TỈNH NINH BÌNH
Số: 45/TB-LMHTX
Ninh Bình, ngày 08 tháng 11 năm 2024
Liên minh HTX tỉnh thông báo mời các HTX đăng ký tham gia Hội chợ HTX vùng Đồng bằng sông Hồng năm 2024.
* Thời gian: từ ngày 12 đến 15/12/2024;
* Địa điểm: Quảng trường Đinh Tiên Hoàng Đại Vương, thành phố Ninh Bình;
* Hạn đăng ký: ngày 30/11/2024.
Các HTX tham gia được hỗ trợ 100% chi phí gian hàng.
CHỦ TỊCH
[right]Đinh Văn Hùng
[[Thông báo số 45/TB-LMHTX (PDF)|assets/uploads/files/TB-45-LMHTX-hoi-cho.pdf]]
""",
             notes=["a notice 'Số: 45/TB-LMHTX' (the document's own date 08/11, posted 11/11: the page's date wins); "
                    "the signer is text, no author; the PDF link 'Thông báo số 45/TB-LMHTX (PDF)' is the post's last "
                    "paragraph, inside the <article>: a line of the text and the attachment"]),
        dict(id=53, slug="htx-nong-nghiep-khanh-thien-lien-ket-san-xuat-lua-huu-co", cat=3, user=3,
             when=datetime(2024, 11, 4, 6, 30), tags=["htx", "lua-gao"],
             title="HTX Nông nghiệp Khánh Thiện liên kết sản xuất lúa hữu cơ",
             body="""
HTX Nông nghiệp Khánh Thiện (huyện Yên Khánh) liên kết với doanh nghiệp sản xuất 80 ha lúa hữu cơ vụ mùa 2024.
[img khanhthien-lua.png] Cánh đồng lúa hữu cơ của HTX Khánh Thiện trước ngày thu hoạch.
Năng suất đạt 5,2 tấn/ha, giá bán cao hơn lúa thường 20-25%.
[right]Theo Báo Ninh Bình
""",
             notes=["a captioned photo inside the post (a line); a reprint 'Theo Báo Ninh Bình': no author; RSS pubDate "
                    "'Mon, 04 Nov 2024 06:30:00 +0700' carries a time the page does not show (published: midnight)"]),
        dict(id=50, slug="tap-huan-ky-nang-quan-tri-cho-giam-doc-htx", cat=1, user=3,
             when=datetime(2024, 10, 24, 14, 0), tags=["dao-tao", "htx"],
             title="Tập huấn kỹ năng quản trị cho giám đốc HTX",
             body="""
Từ ngày 22 đến 24/10, Liên minh HTX tỉnh tổ chức lớp tập huấn kỹ năng quản trị cho 60 giám đốc HTX.
+ Quản trị tài chính và kế toán HTX;
+ Xây dựng phương án sản xuất kinh doanh;
+ Tiếp cận nguồn vốn Quỹ hỗ trợ phát triển HTX.
[right]Vũ Quang Huy
""",
             notes=["an ordered list; author from the closing paragraph"]),
        dict(id=48, slug="ket-qua-phat-trien-htx-9-thang-2024", cat=1, user=1,
             when=datetime(2024, 10, 9, 8, 20), tags=["so-lieu"],
             title="Kết quả phát triển HTX 9 tháng năm 2024",
             body="""
Trong 9 tháng năm 2024, kinh tế tập thể tỉnh Ninh Bình tiếp tục phát triển ổn định.
| Chỉ tiêu | Số lượng | So với cùng kỳ |
| HTX thành lập mới | 21 | tăng 5 |
| HTX đang hoạt động | 432 | tăng 3,6% |
| Thành viên HTX | 158.400 | tăng 1,2% |
[right]Văn phòng Liên minh HTX tỉnh
""",
             notes=["a data table (one line per row); the closing line names an office: text, no author"]),
        dict(id=46, slug="hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-5", cat=1, user=3,
             when=datetime(2024, 9, 27, 15, 45), tags=["htx"],
             title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 5",
             body="""
Chiều 26/9, Ban Chấp hành Liên minh HTX tỉnh Ninh Bình khóa VI tổ chức hội nghị lần thứ 5.
Hội nghị đánh giá kết quả 9 tháng và bàn giải pháp hoàn thành các chỉ tiêu năm 2024.
[right]Phạm Thu Trang
""",
             notes=["only on the second list page blog?page=2 (and in the RSS)"]),
        dict(id=41, slug="htx-du-lich-trang-an-phat-trien-dich-vu-cong-dong", cat=3, user=3,
             when=datetime(2024, 8, 30, 10, 5), tags=["du-lich", "htx"],
             title="HTX Dịch vụ du lịch Tràng An phát triển dịch vụ cộng đồng",
             body="""
HTX Dịch vụ du lịch Tràng An có hơn 2.000 thành viên chèo đò đưa khách tham quan danh thắng.
- Năm 2024, HTX đón khoảng 1,8 triệu lượt khách;
- Thu nhập bình quân của thành viên đạt 9 triệu đồng/tháng.
[right]Vũ Quang Huy
""",
             notes=["the oldest post: only on blog?page=2; '- ' paragraphs keep their dash"]),
    ]


def text_html(s: dict) -> str:
    out = []
    for b in parse_rich(s["body"]):
        if b.kind == "p":
            if b.text.startswith("[right]"):
                out.append(f'<p style="text-align: right;"><em>{inline_html(b.text[7:])}</em></p>')
            else:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<figure class="image"><img src="assets/uploads/{b.src}" alt="" style="width:100%">'
                       f'<figcaption>{esc(b.text)}</figcaption></figure>')
        elif b.kind == "table":
            out.append(table_html(b, "g-table"))
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ninh-binh", f"{NAME} (Gila CMS)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}/blog" % SITE],
                     feeds=["{{base:%s}}/rss" % SITE])
    site.extra_boilerplate += CHROME
    posts = specs()
    for s in posts:
        s["path"] = f"/blog/{s['id']}/{s['slug']}"
        s["href"] = s["path"][1:]
    tags = {}
    for s in posts:
        for t in s["tags"]:
            tags[t] = tags.get(t, 0) + 1

    def sidebar() -> str:
        latest = "".join(f"<li><a href='{s['href']}'>{esc(s['title'])}</a></li>" for s in posts[:5])
        cats = "".join(f'<li><a href="blog/category/{cid}/{slug}">{esc(n)}</a></li>' for cid, (n, slug) in CATS.items())
        cloud = "".join(f"<a class='g-btn btn-white' href='blog/tag/{t}'>{esc(t)}({n}) </a>"
                        for t, n in sorted(tags.items(), key=lambda x: -x[1]))
        return f"""<div class="gm-3 sidebar">
  <form method="get" class="inline-flex" action="blog">
    <input name='search' class="g-input fullwidth" value="">
    <button class="g-btn g-group-item" onclick='submit'>Tìm kiếm</button>
  </form>
  <div class="widget widget-latest-post"><div class="widget-title">Bài viết mới</div><div><ul class="g-nav vertical">{latest}</ul></div></div>
  <div class="widget widget-post-categories"><div class="widget-title">Chuyên mục</div><div><ul class="g-nav vertical">{cats}</ul></div></div>
  <div class="widget widget-tag"><div class="widget-title">Thẻ</div><div>{cloud}</div></div>
  <div class="widget widget-social-icons"><div class="widget-title">Kết nối với chúng tôi</div><div><ul class="widget-social-icons"><li><a href="{{{{base:offsite}}}}/facebook/lmhtxninhbinh" target="_blank" title="Facebook"><i class="fa fa-facebook"></i></a></li><li><a href="{{{{base:offsite}}}}/youtube/lmhtxninhbinh" target="_blank" title="Youtube"><i class="fa fa-youtube"></i></a></li></ul></div></div>
</div>"""

    def layout(title: str, main: str, head: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="vi">
<base href="/">
<title>{esc(title)}</title>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Gila CMS">
{head}<link href="lib/gila.min.css" rel="stylesheet"><link href="lib/font-awesome/css/font-awesome.min.css" rel="stylesheet"><link rel="alternate" type="application/rss+xml" title="{attr(NAME)}" href="rss">
<style>body{{background:#fcfcfc}}</style>

<body>
    <div class="header" style="padding:0 10px;">
    <div style="max-width:1000px; margin:auto;">
      <div class="logo"><a href="{{{{base}}}}/"><span style="font-size:2em; color:#fff">{esc(NAME)}</span></a>
      <div style="color:#ccc">{esc(DESC)}</div></div>
      <ul class="g-nav g-navbar">
        <li><a href="{{{{base}}}}/">Trang chủ</a></li>
        <li><a href="blog/category/1/tin-hoat-dong">Tin hoạt động</a></li>
        <li><a href="blog/category/2/thong-bao">Thông báo</a></li>
        <li><a href="blog/category/3/mo-hinh-htx">Mô hình HTX</a></li>
        <li><a href="gioi-thieu">Giới thiệu</a></li>
        <li><a href="lien-he">Liên hệ</a></li>
      </ul>
    </div>
    </div>
<div style="max-width:1000px; margin:auto;">
{main}
</div>
<footer>
  <div style="max-width:1000px; margin:auto; padding:20px">
    <div class="footer-text">{esc(FOOT)}</div>
    <div class="footer-text">{esc(PHONE)}</div>
    <div class="footer-text"><a href="{{{{base:offsite}}}}/gilacms/">Powered by Gila CMS</a></div>
  </div>
</footer>
<div id="cookie-notice" class="g-alert" style="position:fixed;bottom:0;display:none">{esc(COOKIE)} <button class="g-btn" onclick="this.parentNode.remove()">Đồng ý</button></div>
<script src="lib/gila.min.js"></script>
<script src="lib/lazyImgLoad.js"></script>
</body>
</html>
"""

    for s in posts:
        cid = s["cat"]
        same = [x for x in posts if x["cat"] == cid and x is not s][:4]
        related = ("<div class=\"widget widget-category-post\"><div class=\"widget-title\">Bài viết cùng chuyên mục</div>"
                   "<div><ul class=\"g-nav vertical\">" + "".join(f"<li><a href='{x['href']}'>{esc(x['title'])}</a></li>"
                                                                  for x in same) + "</ul></div></div>") if same else ""
        share = ('<div class="widget widget-share"><div>Chia sẻ: '
                 f'<a href="{{{{base:offsite}}}}/facebook/sharer" target="_blank" title="Facebook"><i class="fa fa-facebook"></i></a> '
                 f'<a href="{{{{base:offsite}}}}/twitter/share" target="_blank" title="Twitter"><i class="fa fa-twitter"></i></a> '
                 f'<a href="{{{{base:offsite}}}}/zalo/share" target="_blank" title="Zalo"><i class="fa fa-share-alt"></i></a></div></div>')
        thumb = f"assets/uploads/thumb-{s['id']}.png"
        first = next(b.lines()[0] for b in parse_rich(s["body"]) if b.kind == "p")
        head = (f'<meta name="description" content="{attr(first)}">'
                f'<meta property="og:title" content="{attr(s["title"])}">'
                f'<meta property="og:type" content="website">'
                f'<meta property="og:url" content="{{{{base}}}}{s["path"]}">'
                f'<meta property="og:image" content="{{{{base}}}}/{thumb}">'
                f'<meta property="og:description" content="{attr(first)}">'
                f'<meta name="twitter:card" content="summary_large_image">'
                f'<link rel="canonical" href="{{{{base}}}}{s["path"]}" />\n')
        main = f"""<div class="row wrapper">
<div class="gm-9">
  <img src="{thumb}" alt="" style="width:100%; height:auto">
  <h1>{esc(s['title'])}</h1>
      <span class="meta">Posted by <a href="blog/author/{s['user']}">{esc(USERS[s['user']])}</a> on {gdate(s['when'])}</span>
  <hr>

  <!-- Post Content nl2br($text) -->
  <article>
      {text_html(s)}
  </article>
  {share}
  {related}
</div>

{sidebar()}
</div>"""
        page = layout(s["title"], main, head)
        site.page(s["path"], page, content_type="text/html; charset=utf-8")
        site.same_page(f"/blog/{s['id']}", s["path"])
        site.binary(f"/{thumb}", image_for(thumb))
        for b in parse_rich(s["body"]):
            if b.kind == "img":
                site.binary(f"/assets/uploads/{b.src}", image_for(b.src))
        if s.get("file"):
            site.binary(f"/assets/uploads/files/{s['file'][0]}",
                        pdf(s["title"], ["LIEN MINH HOP TAC XA TINH NINH BINH", "THONG BAO SO 45/TB-LMHTX"]))
        last = [b.text for b in parse_rich(s["body"]) if b.kind == "p" and b.text.startswith("[right]")][-1][7:]
        author = None if last.startswith(("Theo ", "Văn phòng", "Đinh Văn Hùng")) else last
        art = RichArticle(path=s["path"], title=s["title"], date=s["when"], body=s["body"].replace("[right]", ""),
                          author=author, published=iso(s["when"], with_time=False), published_source="date-element",
                          evidence=["date-element"], doc_number=s.get("doc"), notes=s["notes"])
        art.aliases.append(f"/blog/{s['id']}")
        if s.get("file"):
            art.attachments = [{"path": f"/assets/uploads/files/{s['file'][0]}", "text": s["file"][1]}]
        site.add_article(art)
    site.trap("<base href='/'> on every page: the theme's links are relative ('blog/57/…', 'blog?page=2'); /blog/<id> "
              "without the slug answers 200 with the same post (the RSS link): an alias of /blog/<id>/<slug>",
              f"/blog/{posts[0]['id']}")

    def review(s: dict) -> str:
        first = next(b.lines()[0] for b in parse_rich(s["body"]) if b.kind == "p")
        return f"""    <div class="row gap-8px post-review">
        <div class="gs-3"><img class="lazy" data-src="assets/uploads/thumb-{s['id']}.png" style="width:100%; height:auto"></div>
        <div class="gs-9">
            <a href="{s['href']}">
                <h2 class="post-title" style="margin-top:0">{esc(s['title'])}</h2>
            </a>
            {esc(first)}
        </div>
    </div><!--hr-->"""

    def lists(url: str, title: str, members: list[dict], canonical: bool = False) -> None:
        chunks = [members[i:i + PER_PAGE] for i in range(0, len(members), PER_PAGE)] or [[]]
        for k, chunk in enumerate(chunks, 1):
            pag = ""
            if len(chunks) > 1:
                pag = '<ul class="g-nav pagination">\n' + "".join(
                    f'  <li><a href="{url.lstrip("/")}?page={j}">{j}</a></li>\n' for j in range(1, len(chunks) + 1)) + "</ul>"
            main = (f'<div class="row wrapper">\n    <div class="gm-9">\n' + "\n".join(review(s) for s in chunk)
                    + f"\n    <!-- Pagination -->\n    {pag}\n    </div>\n{sidebar()}\n</div>")
            path = url if k == 1 else f"{url}?page={k}"
            site.page(path, layout(title, main), content_type="text/html; charset=utf-8")
            site.non_articles.append(path)
            if len(chunks) > 1 and k == 1:
                site.page(f"{url}?page=1", layout(title, main))
                site.non_articles.append(f"{url}?page=1")

    lists("/blog", f"Tin tức - {NAME}", posts)
    front = ('<div class="row wrapper">\n    <div class="gm-9">\n' + "\n".join(review(s) for s in posts[:5])
             + '\n    <p><a href="blog?page=2">Xem thêm tin cũ hơn</a></p>\n    </div>\n' + sidebar() + "\n</div>")
    site.page("/", layout(NAME, front), content_type="text/html; charset=utf-8")
    site.non_articles.append("/")
    site.trap("the blog list shows 5 posts; the pager (blog?page=1, blog?page=2, relative to the base) alone reaches "
              "the two oldest posts", "/blog?page=2")
    for cid, (cname, slug) in CATS.items():
        lists(f"/blog/category/{cid}/{slug}", cname, [s for s in posts if s["cat"] == cid])
    for t in tags:
        lists(f"/blog/tag/{t}", f"Thẻ: {t}", [s for s in posts if t in s["tags"]])
    for uid, uname in USERS.items():
        lists(f"/blog/author/{uid}", uname, [s for s in posts if s["user"] == uid])

    about = ('<div class="row wrapper"><div class="gm-9"><h1>Giới thiệu</h1><p>Liên minh HTX tỉnh Ninh Bình là tổ chức '
             'kinh tế - xã hội đại diện và hỗ trợ các HTX, liên hiệp HTX, tổ hợp tác trên địa bàn tỉnh.</p><p>Liên minh '
             'có 432 HTX thành viên hoạt động trong các lĩnh vực nông nghiệp, du lịch, tiểu thủ công nghiệp.</p></div>'
             + sidebar() + "</div>")
    site.page("/gioi-thieu", layout("Giới thiệu", about), content_type="text/html; charset=utf-8")
    contact = ('<div class="row wrapper"><div class="gm-9"><h1>Liên hệ</h1><form method="post" action="lien-he">'
               '<label>Họ tên</label><input name="name" class="g-input"><label>Email</label><input name="email" '
               'class="g-input"><label>Nội dung</label><textarea name="message" class="g-input"></textarea>'
               '<button class="g-btn">Gửi</button></form></div>' + sidebar() + "</div>")
    site.page("/lien-he", layout("Liên hệ", contact), content_type="text/html; charset=utf-8")
    site.non_articles += ["/gioi-thieu", "/lien-he"]
    site.page("/blog?search=htx", layout("Tìm kiếm", "<p>Tìm kiếm</p>"))
    site.never_fetched.append("/blog?search=htx")

    def rfc(d: datetime) -> str:
        return d.strftime("%a, %d %b %Y %H:%M:%S +0700")

    items = "".join(f"""<item>
<title>{esc(s['title'])}</title>
  <link>{{{{base}}}}/blog/{s['id']}</link>
  <guid>{{{{base}}}}/blog/{s['slug']}</guid>
  <pubDate>{rfc(s['when'])}</pubDate>
  <description><![CDATA[{text_html(s)}]]></description>
</item>
""" for s in posts)
    site.page("/rss", f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{esc(NAME)}</title>
<link>{{{{base}}}}/</link>
<description>{esc(DESC)}</description>
<atom:link href="{{{{base}}}}/rss" rel="self" type="application/rss+xml" />
<image>
  <url>{{{{base}}}}/assets/gila-logo.png</url>
  <title>{esc(NAME)}</title>
  <link>{{{{base}}}}/</link>
</image>
{items}</channel>
</rss>
""", content_type="application/rss+xml; charset=utf-8")
    for s in posts:
        site.error(f"/blog/{s['slug']}", 404)
    site.trap("RSS /rss: <link> /blog/<id> (an alias), <guid> /blog/<slug> (answers 404 here: not a permalink of this "
              "site), pubDate with a time the pages do not print", "/rss")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin\nDisallow: /blog?search=\nDisallow: /login\n")
    site.binary("/assets/gila-logo.png", image_for("gila-logo"))
    site.static("/lib/gila.min.css", "body{font-family:Arial,sans-serif}\n")
    site.static("/lib/font-awesome/css/font-awesome.min.css", "/* fa */\n")
    site.static("/lib/gila.min.js", "/* gila */\n")
    site.static("/lib/lazyImgLoad.js", "/* lazy */\n")
    return site
