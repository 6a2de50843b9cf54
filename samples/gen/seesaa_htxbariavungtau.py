"""Site `seesaa-htxbariavungtau` (registry family `generic`): "Nhật ký Liên minh HTX Bà Rịa - Vũng Tàu", a blog the
Bà Rịa - Vũng Tàu cooperative alliance's office keeps on **Seesaa Blog** (シーサーブログ, the Japanese host:
`htxbrvt.seesaa.net`, the stock two-column PC template, whose date format the owner rewrote in Vietnamese: "ngày 01
tháng 12 năm 2024"); posts in Vietnamese, the template's comment, trackback and side boxes in Japanese; the copy is of
20 March 2025, more than 90 days after the last post (so Seesaa shows its "inactive blog" ad on every page). Written as
a held-out test: no family module, no selectors.

What is an article here: a post `/article/<n>.html` (n: Seesaa's global article number, 9 digits). Not articles: the top
`/` and `/index-2.html` (5 posts a page, in full or cut at "続きを読む..."; the oldest posts only on the second page),
monthly archives `/archives/<yyyymm>-1.html`, categories `/category/<id>-1.html`, tags `/tag/<name>`, the feeds.

URL shapes: posts `/article/<n>.html`; the "関連記事" box under each post links other posts as
`/article/<n>.html?seesaa_related=category` (the same page: aliases); RSS 1.0 `/index.rdf` and RSS 2.0 `/index20.rdf`
(the 5 newest, times in +09:00). No site map; robots.txt allows everything.

Why it is hard: every time is Japan time (JST; Seesaa has no time-zone setting) and the page shows it in two halves: the
date header above the post (`h2.date` "ngày 01 tháng 12 năm 2024") and the footer line "posted by Văn phòng LMHTX at
01:15| Comment(1) | TrackBack(0) | …" under it; the post written at 23:15 on 30 November in Việt Nam (the text says
"tối 30/11") thus sits under 1 December, in the December archive; the trackback RDF in a comment carries
`dc:date="2024-12-01T01:15:00+09:00"`. On the top page two posts of the same day share one date header. The title is an
`<h3 class="title">` (the `<h1>` is the blog's name), the `<title>` "<title>: <blog name>"; "posted by …" names the
account, never the author (the closing byline of the text when it names a person). The text is `div.text`:
`<br />`-separated lines, `<h4>` headings, photos with the caption as the next line; on one post the part after the
more-link (`<a name="more">`); after it the footer, the tags, the "関連記事" box, the comments ("Posted by X at
2024年12月01日 08:12"), the comment form with its captcha and the trackback URL; a "スポンサードリンク" unit above.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso
from .richbody import RichArticle, parse_rich

SITE = "seesaa-htxbariavungtau"
BLOG = "Nhật ký Liên minh HTX Bà Rịa - Vũng Tàu"
DESC = "Hoạt động của Liên minh Hợp tác xã tỉnh Bà Rịa - Vũng Tàu và các HTX thành viên"
POSTER = "Văn phòng LMHTX"
CATS = {29871401: "Tin hoạt động", 29871402: "Thông báo", 29871403: "Gương HTX", 29871404: "Tin tổng hợp"}
INACTIVE = "この広告は90日以上新しい記事の投稿がないブログに表示されております。"
FURN = [INACTIVE, "スポンサードリンク", "このブログの読者になる", "更新情報をチェックする", "関連記事",
        "この記事へのコメント", "コメントを書く", "お名前：", "メールアドレス：", "ホームページアドレス：", "コメント：",
        "認証コード: [必須入力]", "※画像の中の文字を半角で入力してください。", "この記事へのトラックバックURL",
        "この記事へのトラックバック", "最近の記事", "カテゴリ", "過去ログ", "検索ボックス", "タグクラウド",
        "RDF Site Summary", "RSS 2.0", "Powered by Seesaa", "<< 前の記事", "次の記事 >>", "タグ：", DESC]


def jst(d: datetime) -> datetime:
    return d + timedelta(hours=2)


def vdate(d: datetime) -> str:
    j = jst(d)
    return f"ngày {j:%d} tháng {j:%m} năm {j:%Y}"


POSTS = [
    dict(id=510374829, when=datetime(2024, 11, 30, 23, 15), cat=29871401, author="Phương Thảo", tags=["OCOP", "Vũng Tàu"],
         title="Bế mạc Lễ hội trái cây và sản phẩm OCOP Bà Rịa - Vũng Tàu năm 2024",
         inner="""
Tối 30/11, tại Quảng trường Tượng đài Dũng sĩ Thắng Nhì, TP Vũng Tàu, Liên minh HTX tỉnh phối hợp với Sở Công Thương bế mạc Lễ hội trái cây và sản phẩm OCOP năm 2024.
Sau 4 ngày, lễ hội thu hút khoảng 40.000 lượt khách; 70 gian hàng của HTX, cơ sở sản xuất đạt doanh thu gần 3,5 tỷ đồng.
Phương Thảo
""", more="", comments=[("Lê Hoàng", datetime(2024, 12, 1, 8, 12), "Lễ hội năm nay có nhiều sản phẩm hải sản khô rất ngon.")],
         notes=["written at 23:15 on 30 November in Việt Nam: the page prints Japan time, the date header 'ngày 01 tháng 12 năm "
                "2024' and the footer 'posted by … at 01:15', the trackback RDF dc:date '2024-12-01T01:15:00+09:00': "
                "published = 2024-11-30T23:15+07:00; it sits in the December archive; 'Phương Thảo' -> author; a comment "
                "under it is no text"]),
    dict(id=510201577, when=datetime(2024, 11, 22, 14, 0), cat=29871402, author=None, doc="61/TB-LMHTX", tags=[],
         title="Thông báo số 61/TB-LMHTX về việc xét chọn HTX tiêu biểu năm 2024",
         inner="""
LIÊN MINH HTX TỈNH BÀ RỊA - VŨNG TÀU
Số: 61/TB-LMHTX
Bà Rịa - Vũng Tàu, ngày 21 tháng 11 năm 2024
Liên minh HTX tỉnh thông báo xét chọn HTX, liên hiệp HTX tiêu biểu năm 2024 để biểu dương, khen thưởng tại Hội nghị tổng kết.
Tiêu chí xét chọn:
* Hoạt động có lãi liên tục 3 năm gần nhất;
* Thu nhập của thành viên, người lao động tăng so với năm trước;
* Chấp hành tốt các quy định của pháp luật về HTX.
Hồ sơ gửi về Văn phòng Liên minh HTX tỉnh trước ngày 10/12/2024.
CHỦ TỊCH
Lê Thị Thanh Hà
""", more="", comments=[],
         notes=["a notice 'Số: 61/TB-LMHTX' dated 21/11 in its text, posted 22/11 at 16:00 JST (14:00 in Việt Nam); the "
                "signer is text, not author"]),
    dict(id=510033914, when=datetime(2024, 11, 13, 15, 0), cat=29871403, author="Quốc Việt", tags=["Hải sản"],
         title="HTX Hải sản Phước Tỉnh nâng giá trị nước mắm truyền thống",
         inner="""
HTX Hải sản Phước Tỉnh (huyện Long Điền) có 32 thành viên, mỗi năm sản xuất khoảng 400.000 lít nước mắm theo phương pháp ủ chượp truyền thống.
[img phuoctinh-1.png] Thành viên HTX kiểm tra thùng ủ chượp cá cơm
HTX đầu tư hệ thống lọc, đóng chai và đăng ký mã vạch, truy xuất nguồn gốc cho sản phẩm.
[img phuoctinh-2.png] Nước mắm Phước Tỉnh được đóng chai tại xưởng của HTX
Bài, ảnh: Quốc Việt
""", more="", comments=[],
         notes=["photo story: each caption is the line after its photo; 'Bài, ảnh: Quốc Việt' -> Quốc Việt; same JST day "
                "as the next post: on the top page the two share one date header"]),
    dict(id=510029480, when=datetime(2024, 11, 13, 8, 30), cat=29871401, author=None, tags=[],
         title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Bình Châu",
         inner="""
Sáng 13/11, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Bình Châu (huyện Xuyên Mộc) về kế hoạch mở rộng vùng trồng thanh long ruột đỏ.
HTX đề nghị Liên minh hỗ trợ vay vốn từ Quỹ hỗ trợ phát triển HTX để đầu tư hệ thống tưới tiết kiệm.
Văn phòng Liên minh HTX tỉnh
""", more="", comments=[],
         notes=["the closing line names the office: text, no author; its date header is shared with the post above it on "
                "the top page"]),
    dict(id=509712366, when=datetime(2024, 10, 30, 10, 0), cat=29871404, author=None, tags=["Số liệu"],
         title="Tình hình phát triển kinh tế tập thể 10 tháng năm 2024",
         inner="""
Đến cuối tháng 10/2024, toàn tỉnh có 176 HTX, 3 liên hiệp HTX và 412 tổ hợp tác đang hoạt động.
""", more="""
| Loại hình | Số lượng | Tăng so với cuối năm 2023 |
| Hợp tác xã | 176 | 9 |
| Liên hiệp HTX | 3 | 1 |
| Tổ hợp tác | 412 | 15 |
Liên minh HTX tỉnh tiếp tục hỗ trợ thành lập mới 15 HTX trong những tháng cuối năm.
Nguồn: Ban Kiểm tra - Tổng hợp
""", comments=[],
         notes=["the table is after the more-link ('続きを読む...' on the top page): the article page joins both halves; "
                "'Nguồn: …' is no author"]),
    dict(id=509455021, when=datetime(2024, 10, 18, 16, 40), cat=29871404, author=None, tags=[],
         title="Bà Rịa - Vũng Tàu có thêm 18 sản phẩm OCOP",
         inner="""
UBND tỉnh vừa công nhận 18 sản phẩm đạt chuẩn OCOP năm 2024, trong đó có 11 sản phẩm của các HTX.
Nâng tổng số sản phẩm OCOP của tỉnh lên 142 sản phẩm.
Theo Báo Bà Rịa - Vũng Tàu
""", more="", comments=[],
         notes=["a reprint ('Theo Báo Bà Rịa - Vũng Tàu'): no author; only on /index-2.html among the top pages"]),
    dict(id=509176348, when=datetime(2024, 10, 5, 9, 10), cat=29871403, author="Kim Ngân", tags=["Vũng Tàu"],
         title="HTX Dịch vụ du lịch Long Sơn phát triển du lịch cộng đồng",
         inner="""
HTX Dịch vụ du lịch Long Sơn (TP Vũng Tàu) được thành lập năm 2021 với 20 thành viên là hộ dân làm nghề nuôi hàu trên sông Dinh.
## Sản phẩm du lịch trải nghiệm
HTX xây dựng tour tham quan bè nuôi hàu, trải nghiệm đánh bắt và thưởng thức hải sản tại chỗ.
* Tour nửa ngày tham quan bè hàu: 250.000 đồng/khách;
* Tour một ngày kết hợp nhà Lớn Long Sơn: 450.000 đồng/khách.
Năm 2024, HTX đón khoảng 8.000 lượt khách, doanh thu đạt 2,1 tỷ đồng.
Kim Ngân
""", more="", comments=[],
         notes=["an <h4> heading and a list; 'Kim Ngân' -> author; only on /index-2.html among the top pages"]),
    dict(id=508893102, when=datetime(2024, 9, 20, 7, 45), cat=29871401, author="Đức Trung", tags=[],
         title="Tập huấn nâng cao năng lực quản trị cho HTX nông nghiệp",
         inner="""
Từ ngày 17 đến 19/9, Liên minh HTX tỉnh tổ chức lớp tập huấn nâng cao năng lực quản trị cho 55 cán bộ quản lý HTX nông nghiệp.
Học viên được trang bị kiến thức về xây dựng phương án sản xuất kinh doanh, quản lý tài chính và liên kết tiêu thụ sản phẩm.
Đức Trung
""", more="", comments=[],
         notes=["the oldest post: only on /index-2.html, the September archive and its category; 'Đức Trung' -> author"]),
]


def lines_of(markup: str) -> list[str]:
    return [x for b in parse_rich(markup) for x in b.lines()]


def body_html(markup: str) -> str:
    out = []
    for b in parse_rich(markup):
        if b.kind == "p":
            out.append(f"{inline_html(b.text)}<br />\n<br />")
        elif b.kind == "h":
            out.append(f"<h4>{esc(b.text)}</h4>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<a href="/upimage/{b.src}" target="_blank"><img border="0" alt="{attr(b.src[:-4])}" '
                       f'src="/upimage/{b.src[:-4]}-thumbnail2.png" width="320" height="240"></a><br />')
            if b.text:
                out.append(f"{inline_html(b.text)}<br />\n<br />")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellspacing="0" cellpadding="3"><tbody>'
                       + "<tr>" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</tbody></table><br />")
    return "\n".join(out)


def tag_path(t: str) -> str:
    return "/tag/" + quote(t)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ba-ria-vung-tau", f"{BLOG} (Seesaa Blog)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/index20.rdf" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(POSTS, key=lambda p: p["when"], reverse=True)
    for p in posts:
        p["path"] = f"/article/{p['id']}.html"
        p["markup"] = p["inner"] + "\n" + p["more"]
    months = sorted({(jst(p["when"]).year, jst(p["when"]).month) for p in posts}, reverse=True)
    tags = sorted({t for p in posts for t in p["tags"]})

    def sidebar() -> str:
        latest = "".join(f'<li><a href="{p["path"]}">{esc(p["title"])}</a></li>' for p in posts[:5])
        cats = "".join(f'<li><a href="/category/{c}-1.html">{esc(n)}</a>({sum(1 for p in posts if p["cat"] == c)})</li>'
                       for c, n in CATS.items())
        mons = "".join(f'<li><a href="/archives/{y}{m:02d}-1.html">{y}年{m:02d}月</a>'
                       f'({sum(1 for p in posts if (jst(p["when"]).year, jst(p["when"]).month) == (y, m))})</li>'
                       for y, m in months)
        cloud = " ".join(f'<a href="{tag_path(t)}" class="tagcloud">{esc(t)}</a>' for t in tags)
        return f"""<div id="links">
<div class="sidebar"><h2 class="sidebar-title">検索ボックス</h2>
<form action="/pages/user/search/" method="get"><input type="text" size="15" name="keyword"><input type="submit" value="検索"></form></div>
<div class="sidebar"><h2 class="sidebar-title">最近の記事</h2><ul>{latest}</ul></div>
<div class="sidebar"><h2 class="sidebar-title">カテゴリ</h2><ul>{cats}</ul></div>
<div class="sidebar"><h2 class="sidebar-title">タグクラウド</h2><p>{cloud}</p></div>
<div class="sidebar"><h2 class="sidebar-title">過去ログ</h2><ul>{mons}</ul></div>
<div class="sidebar"><ul><li><a href="{{{{base}}}}/index.rdf">RDF Site Summary</a></li><li><a href="{{{{base}}}}/index20.rdf">RSS 2.0</a></li></ul></div>
</div>"""

    def layout(title: str, main: str, head: str = "") -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja" lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(title)}</title>
<link rel="stylesheet" href="{{{{base}}}}/styles-site.css" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{{{{base}}}}/index.rdf" />
<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="{{{{base}}}}/index20.rdf" />
{head}
<script type="text/javascript" src="/js/seesaa-blog.js"></script>
</head>
<body>
<div id="seesaa-inactive-ad" class="ad-inactive"><p>{INACTIVE}</p><div class="ad-unit"><script type="text/javascript">/* ad */</script></div></div>
<div id="container">
<div id="banner"><h1 id="banner-header"><a href="{{{{base}}}}/" accesskey="1">{esc(BLOG)}</a></h1>
<div id="banner-description">{esc(DESC)}</div></div>
<div id="content">
{main}
</div>
{sidebar()}
<div id="footer"><a href="{{{{base:offsite}}}}/seesaa/">Powered by Seesaa</a></div>
</div>
</body>
</html>
"""

    def post_block(p: dict, full: bool, header: bool = True) -> str:
        j = jst(p["when"])
        if full:
            text = body_html(p["inner"])
            if p["more"].strip():
                text += f'\n<a name="more"></a>\n{body_html(p["more"])}'
        else:
            text = body_html(p["inner"])
            if p["more"].strip():
                text += f'\n<div class="readmore"><a href="{p["path"]}#more">続きを読む...</a></div>'
        head = f'<h2 class="date">{vdate(p["when"])}</h2>\n' if header else ""
        return f"""<div class="blog">
{head}<div class="blogbody">
<a name="{p['id']}"></a>
<h3 class="title"><a href="{p['path']}">{esc(p['title'])}</a></h3>
<div class="text">
{text}
</div>
<div class="posted">posted by {POSTER} at {j:%H:%M}| <a href="{p['path']}#comment">Comment({len(p['comments'])})</a> | <a href="{p['path']}#trackback">TrackBack(0)</a> | <a href="/category/{p['cat']}-1.html">{esc(CATS[p['cat']])}</a> | <a href="{{{{base:offsite}}}}/seesaa/reader" class="reader">このブログの読者になる</a> | <a href="{{{{base:offsite}}}}/seesaa/check" class="check">更新情報をチェックする</a></div>
</div>
</div>"""

    def stream(items: list[dict], full: bool) -> str:
        out, last = [], None
        for p in items:
            day = jst(p["when"]).date()
            out.append(post_block(p, full, day != last))
            last = day
        return "\n".join(out)

    sponsor = ('<div class="ad-sponsor"><p class="ad-title">スポンサードリンク</p>'
               '<div class="ad-body"><script type="text/javascript">/* seesaa ad */</script></div></div>')
    for i, p in enumerate(posts):
        path = p["path"]
        j = jst(p["when"])
        tag_line = ("<div class=\"tags\">タグ：" + " ".join(f'<a href="{tag_path(t)}">{esc(t)}</a>' for t in p["tags"])
                    + "</div>") if p["tags"] else ""
        related = [q for q in posts if q["cat"] == p["cat"] and q is not p][:3]
        rel = ("<div class=\"related\"><h4>関連記事</h4><ul>" + "".join(
            f'<li><a href="{q["path"]}?seesaa_related=category">{esc(q["title"])}</a>（{jst(q["when"]):%Y年%m月%d日}）</li>'
            for q in related) + "</ul></div>") if related else ""
        comments = "".join(
            f'<div class="comment-body">{esc(t)}</div><div class="comment-post">Posted by {esc(n)} at '
            f'{jst(w):%Y年%m月%d日 %H:%M}</div>' for n, w, t in p["comments"])
        nav = '<p class="navi">'
        if i + 1 < len(posts):
            nav += f'<a href="{posts[i + 1]["path"]}">&lt;&lt; 前の記事</a> | '
        nav += '<a href="{{base}}/">トップへ</a>'
        if i:
            nav += f' | <a href="{posts[i - 1]["path"]}">次の記事 &gt;&gt;</a>'
        nav += "</p>"
        rdf = (f"<!--\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
               f"xmlns:trackback=\"http://madskills.com/public/xml/rss/module/trackback/\" "
               f"xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<rdf:Description rdf:about=\"{{{{base}}}}{path}\" "
               f"trackback:ping=\"https://blog.seesaa.jp/tb/{p['id']}\" dc:identifier=\"{{{{base}}}}{path}\" "
               f"dc:title=\"{attr(p['title'])}\" dc:subject=\"{attr(CATS[p['cat']])}\" dc:creator=\"{POSTER}\" "
               f"dc:date=\"{j:%Y-%m-%dT%H:%M:%S}+09:00\" />\n</rdf:RDF>\n-->")
        main = f"""{sponsor}
{post_block(p, True)}
{rdf}
{tag_line}
{rel}
<div class="blog"><div class="blogbody">
<a name="comment"></a><h3 class="comment-head">この記事へのコメント</h3>{comments}
<h3 class="comment-head">コメントを書く</h3>
<form method="post" action="/commentform" name="comment_form">
<p>お名前：<br /><input type="text" name="author" size="30" /></p>
<p>メールアドレス：<br /><input type="text" name="email" size="30" /></p>
<p>ホームページアドレス：<br /><input type="text" name="url" size="30" /></p>
<p>コメント：<br /><textarea name="body" rows="8" cols="40"></textarea></p>
<p>認証コード: [必須入力]<br /><img src="/captcha/{p['id']}.png" width="120" height="40" alt="" /><input type="text" name="captcha" size="8" /></p>
<p>※画像の中の文字を半角で入力してください。</p>
<input type="submit" value="送信" /></form>
<a name="trackback"></a><h3 class="trackback-head">この記事へのトラックバックURL</h3>
<p class="trackback-url">https://blog.seesaa.jp/tb/{p['id']}</p>
<h3 class="trackback-head">この記事へのトラックバック</h3>
</div></div>
{nav}"""
        first = lines_of(p["markup"])[0]
        head = (f'<meta name="description" content="{attr(first[:120])}" />\n'
                f'<meta property="og:title" content="{attr(p["title"])}" />\n<meta property="og:type" content="article" />\n'
                f'<meta property="og:url" content="{{{{base}}}}{path}" />\n<meta property="og:site_name" content="{attr(BLOG)}" />\n'
                f'<meta property="og:description" content="{attr(first[:120])}" />')
        site.page(path, layout(f"{p['title']}: {BLOG}", main, head))
        aliases = []
        if any(p in [q for q in posts if q["cat"] == r["cat"] and q is not r][:3] for r in posts):
            alias = f"{path}?seesaa_related=category"
            site.same_page(alias, path)
            aliases.append(alias)
        a = RichArticle(path=path, title=p["title"], date=p["when"], body=p["markup"], author=p["author"],
                        published=iso(p["when"]), published_source="date-element", evidence=["date-element"],
                        doc_number=p.get("doc"), notes=p["notes"], aliases=aliases)
        site.add_article(a)
        site.extra_boilerplate += [t for _, _, t in p["comments"]]
    site.trap("the '関連記事' box links other posts of the category as /article/<n>.html?seesaa_related=category: "
              "aliases", f"{posts[1]['path']}?seesaa_related=category")

    def listing(path: str, title: str, main: str) -> None:
        site.page(path, layout(title, main))
        site.non_articles.append(path)

    pages = [posts[i:i + 5] for i in range(0, len(posts), 5)]
    for k, chunk in enumerate(pages):
        pager = '<p class="navi">'
        if k:
            pager += f'<a href="{{{{base}}}}/{"" if k == 1 else f"index-{k}.html"}">&lt;&lt; 新しい記事</a> '
        if k + 1 < len(pages):
            pager += f'<a href="{{{{base}}}}/index-{k + 2}.html">過去の記事 &gt;&gt;</a>'
        pager += "</p>"
        listing("/" if k == 0 else f"/index-{k + 1}.html", BLOG, sponsor + stream(chunk, False) + pager)
    site.trap("the top shows 5 posts (one cut at '続きを読む...'); the older ones only on /index-2.html ('過去の記事 >>'); "
              "two posts of 13 November share one date header", "/index-2.html")
    for c, n in CATS.items():
        listing(f"/category/{c}-1.html", f"{n}: {BLOG}",
                f'<h2 class="archive-title">{esc(n)}</h2>' + stream([p for p in posts if p["cat"] == c], True))
    for y, m in months:
        items = [p for p in posts if (jst(p["when"]).year, jst(p["when"]).month) == (y, m)]
        listing(f"/archives/{y}{m:02d}-1.html", f"{y}年{m:02d}月の記事一覧: {BLOG}",
                f'<h2 class="archive-title">{y}年{m:02d}月の記事</h2>' + stream(items, True))
    site.trap("monthly archives by Japan time: the post of 30 November 23:15 (Việt Nam) is in /archives/202412-1.html",
              "/archives/202412-1.html")
    for t in tags:
        items = [p for p in posts if t in p["tags"]]
        listing(tag_path(t), f"{t}の記事一覧: {BLOG}",
                f'<h2 class="archive-title">タグ：{esc(t)}</h2>' + stream(items, False))

    # feeds: the 5 newest
    seq = "".join(f'<rdf:li rdf:resource="{{{{base}}}}{p["path"]}" />' for p in posts[:5])
    items = "".join(f"""<item rdf:about="{{{{base}}}}{p['path']}"><title>{esc(p['title'])}</title><link>{{{{base}}}}{p['path']}</link>
<description>{esc(lines_of(p['markup'])[0])}</description><dc:subject>{esc(CATS[p['cat']])}</dc:subject>
<dc:creator>{POSTER}</dc:creator><dc:date>{jst(p['when']):%Y-%m-%dT%H:%M:%S}+09:00</dc:date></item>
""" for p in posts[:5])
    site.page("/index.rdf", f"""<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="ja">
<channel rdf:about="{{{{base}}}}/"><title>{esc(BLOG)}</title><link>{{{{base}}}}/</link><description>{esc(DESC)}</description>
<items><rdf:Seq>{seq}</rdf:Seq></items></channel>
{items}</rdf:RDF>
""", content_type="application/rdf+xml; charset=UTF-8")
    items20 = "".join(f"""<item><title>{esc(p['title'])}</title><link>{{{{base}}}}{p['path']}</link>
<description>{esc(lines_of(p['markup'])[0])}</description><category>{esc(CATS[p['cat']])}</category>
<pubDate>{jst(p['when']):%a, %d %b %Y %H:%M:%S} +0900</pubDate><guid isPermaLink="true">{{{{base}}}}{p['path']}</guid></item>
""" for p in posts[:5])
    site.page("/index20.rdf", f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{esc(BLOG)}</title><link>{{{{base}}}}/</link><description>{esc(DESC)}</description>
<language>ja</language>
{items20}</channel></rss>
""", content_type="application/rss+xml; charset=UTF-8")
    site.trap("feeds /index.rdf (RSS 1.0, dc:date +09:00) and /index20.rdf (RSS 2.0, pubDate +0900): the 5 newest",
              "/index20.rdf")
    site.static("/robots.txt", "User-agent: *\nDisallow:\n")
    for p in posts:
        for b in parse_rich(p["markup"]):
            if b.kind == "img":
                site.binary(f"/upimage/{b.src}", image_for(b.src))
    return site
