"""Site `livedoor-htxnamdinh` (registry family `generic`): "Nhật ký Liên minh HTX Nam Định", the blog the Nam Định
cooperative alliance's office keeps on **Livedoor Blog** (ライブドアブログ, the Japanese host: `htxnamdinh.blog.jp`, the
PC template "ライブドアブログ標準 (2カラム)"), posts in Vietnamese, categories named in Vietnamese, the host's chrome,
comment form and side widgets in Japanese; the copy is of 20 November 2024. Written as a held-out test: no family
module, no selectors.

What is an article here: a post `/archives/<n>.html` (n: Livedoor's global article id, not in date order across
blogs). The comments under it are not part of it.

URL shapes: posts `/archives/<n>.html`, their smartphone view `/lite/archives/<n>.html` (another skeleton, a canonical
link to the PC URL: an alias); the top page `/` with 5 posts a page (each cut at the "続きを読む" more-link), older
pages `/?p=2`; monthly archives `/archives/<yyyy>-<mm>.html`, category archives `/archives/cat_<n>.html`; feeds
`/index.rdf` (RSS 1.0, the 5 newest, `dc:date` in JST) and `/atom.xml`. No site map; robots.txt allows everything.

Why it is hard: every time is Japan time (JST, +09:00: the host has no time zone setting): the date header
"2024年11月04日" and the footer "01:30" of a post written at 23:30 on 3 November in Việt Nam, `abbr.updated` title
`2024-11-04T01:30:00+09:00`: published is that instant in Vietnam time, 3 November 23:30; the post's title is an
`<h2 class="article-title">` (the `<h1>` is the blog's name), the `<title>` "<title> : <blog name>"; the body is
`<br />`-separated lines (the Livedoor editor), photos are `a > img.pict` with the caption as the next line, the
article page joins the text before and after the more-link (`div.article-body-more`), and an in-article ad unit
("スポンサーリンク") sits between them on one post; comments ("1. Posted by X 2024年11月04日 09:10"), the trackback URL box
and the comment form follow; the sidebar carries the category list with counts and the monthly archive.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso
from .richbody import RichArticle, parse_rich

SITE = "livedoor-htxnamdinh"
BLOG = "Nhật ký Liên minh HTX Nam Định"
DESC = "Tin hoạt động của Liên minh Hợp tác xã tỉnh Nam Định và các HTX thành viên"
ACCOUNT = "htxnamdinh"
CATS = {1286711: "Tin hoạt động", 1286712: "Thông báo", 1286713: "Gương HTX tiêu biểu", 1286714: "Tin tổng hợp"}
WD = "月火水木金土日"
JP_FURN = ["スポンサーリンク", "コメント", "コメント一覧", "コメントする", "名前", "情報を記憶",
           "トラックバック", "トラックバックURL", "このエントリーをはてなブックマークに追加", "カテゴリ",
           "プロフィール", "最新記事", "カテゴリ別アーカイブ", "月別アーカイブ", "記事検索", "ライブドアブログ",
           "Powered by ライブドアブログ", "次の記事", "前の記事", "ブログを作る"]
FURN = JP_FURN + [DESC, "Văn phòng Liên minh HTX tỉnh Nam Định ghi chép hoạt động của Liên minh và các HTX trên địa bàn tỉnh.",
                  "Liên hệ: 0228 3849 xxx"]


def jst(d: datetime) -> datetime:
    return d + timedelta(hours=2)


def jdate(d: datetime) -> str:
    j = jst(d)
    return f"{j:%Y年%m月%d日}"


def jiso(d: datetime) -> str:
    return f"{jst(d):%Y-%m-%dT%H:%M:%S}+09:00"


POSTS = [
    dict(id=52419906, when=datetime(2024, 11, 3, 23, 30), cat=1286711, author="Ngọc Hà",
         title="Bế mạc Phiên chợ sản phẩm OCOP và nông sản an toàn tỉnh Nam Định năm 2024",
         inner="""
Tối 3/11, tại Quảng trường 3 tháng 2, TP Nam Định, Liên minh HTX tỉnh phối hợp với Sở Công Thương bế mạc Phiên chợ sản phẩm OCOP và nông sản an toàn tỉnh Nam Định năm 2024.
[img phien-cho-1.png] Khách tham quan gian hàng sản phẩm OCOP của các HTX
""", more="""
Sau 4 ngày, phiên chợ thu hút khoảng 25.000 lượt khách, doanh thu của 60 gian hàng đạt trên 2,3 tỷ đồng.
Nhiều HTX ký được hợp đồng tiêu thụ với các bếp ăn tập thể và cửa hàng nông sản sạch.
Ngọc Hà
""", comments=[("Trần Văn Bình", datetime(2024, 11, 4, 9, 10), "Phiên chợ năm nay đông vui hơn năm ngoái, chúc mừng các HTX!")],
         notes=["written at 23:30 on 3 November in Việt Nam: the page prints Japan time, the header '2024年11月04日' and the footer "
                "'01:30', abbr.updated title '2024-11-04T01:30:00+09:00': published = 2024-11-03T23:30+07:00; the text "
                "before and after the more-link is one text; a comment under it is no text; 'Ngọc Hà' -> author"]),
    dict(id=52419513, when=datetime(2024, 10, 29, 15, 20), cat=1286712, author=None, doc="45/TB-LMHTX",
         title="Thông báo số 45/TB-LMHTX về việc đăng ký tham gia lớp bồi dưỡng Giám đốc HTX",
         inner="""
LIÊN MINH HTX TỈNH NAM ĐỊNH
Số: 45/TB-LMHTX
Nam Định, ngày 28 tháng 10 năm 2024
Liên minh HTX tỉnh tổ chức lớp bồi dưỡng kiến thức quản trị cho Giám đốc HTX từ ngày 18/11 đến ngày 22/11/2024 tại Trường Chính trị Trường Chinh.
Các HTX đăng ký học viên với Ban Tổ chức - Kiểm tra trước ngày 12/11/2024.
CHỦ TỊCH
Trần Thị Thu Hương
""", more="", comments=[],
         notes=["a notice 'Số: 45/TB-LMHTX' dated 28/10 in its text, posted 29/10 17:20 JST (15:20 in Việt Nam); the signer "
                "is text, not author; no more-link"]),
    dict(id=52419207, when=datetime(2024, 10, 22, 9, 0), cat=1286714, author=None,
         title="Kết quả phát triển HTX tỉnh Nam Định 9 tháng đầu năm 2024",
         inner="""
Đến hết tháng 9/2024, toàn tỉnh Nam Định có 482 HTX đang hoạt động với hơn 230 nghìn thành viên.
""", more="""
| Lĩnh vực | Số HTX | Doanh thu bình quân (triệu đồng) |
| Nông nghiệp | 395 | 1.850 |
| Tiểu thủ công nghiệp | 38 | 4.120 |
| Thương mại, dịch vụ | 49 | 3.460 |
Liên minh HTX tỉnh phấn đấu đến cuối năm có thêm 20 HTX thành lập mới.
Nguồn: Ban Tổ chức - Kiểm tra Liên minh HTX tỉnh
""", comments=[], ad=True,
         notes=["a table after the more-link, an ad unit ('スポンサーリンク', Livedoor's in-article slot) between the two "
                "halves: not text; 'Nguồn: Ban Tổ chức - Kiểm tra…' is no author"]),
    dict(id=52418860, when=datetime(2024, 10, 14, 10, 40), cat=1286713, author="Thanh Tâm",
         title="HTX Nông nghiệp Hải Anh làm giàu từ cây lúa chất lượng cao",
         inner="""
HTX Nông nghiệp Hải Anh (huyện Hải Hậu) đưa giống lúa chất lượng cao vào sản xuất trên 350 ha, liên kết bao tiêu cho 1.200 hộ thành viên.
""", more="""
## Liên kết theo chuỗi
HTX ký hợp đồng với doanh nghiệp cung ứng giống, phân bón và thu mua toàn bộ sản lượng lúa của thành viên.
* Giá thu mua cao hơn thị trường 300 đồng/kg;
* Thành viên được ứng trước vật tư, trả sau khi thu hoạch;
* HTX làm dịch vụ cơ giới hóa khâu làm đất, gieo cấy và thu hoạch.
Thanh Tâm
""", comments=[("Phạm Minh", datetime(2024, 10, 15, 20, 5), "Mô hình rất hay, HTX ở Giao Thủy nên học tập."),
               ("Lê Thị Hoa", datetime(2024, 10, 16, 7, 30), "Cho hỏi giống lúa HTX đang dùng là giống gì ạ?")],
         lite=True,
         notes=["a bold line and a list after the more-link; the smartphone view /lite/archives/52418860.html (the "
                "template's handheld alternate) is an alias; two comments; 'Thanh Tâm' -> author"]),
    dict(id=52418512, when=datetime(2024, 10, 3, 14, 15), cat=1286711, author=None,
         title="Đoàn công tác Liên minh HTX Việt Nam làm việc tại Nam Định",
         inner="""
Ngày 2/10, đoàn công tác Liên minh HTX Việt Nam do Phó Chủ tịch Liên minh HTX Việt Nam làm trưởng đoàn đã làm việc với Liên minh HTX tỉnh Nam Định về tình hình phát triển kinh tế tập thể.
Đoàn đã thăm mô hình sản xuất rau an toàn của HTX Dịch vụ nông nghiệp Mỹ Thành (huyện Mỹ Lộc).
Theo Báo Nam Định
""", more="", comments=[],
         notes=["a reprint ('Theo Báo Nam Định'): no author"]),
    dict(id=52418140, when=datetime(2024, 9, 24, 8, 30), cat=1286713, author="Hồng Nhung",
         title="HTX Cói Kim Sơn Nam Định đưa sản phẩm cói ra thị trường quốc tế",
         inner="""
HTX Cói Nghĩa Hưng hiện có 120 thành viên, mỗi năm xuất khẩu khoảng 200.000 sản phẩm cói mỹ nghệ sang châu Âu và Nhật Bản.
[img coi-1.png] Thành viên HTX đan sản phẩm cói mỹ nghệ
""", more="""
HTX đang liên kết với 3 doanh nghiệp xuất khẩu và mở gian hàng trên sàn thương mại điện tử.
[img coi-2.png] Sản phẩm cói của HTX được đóng gói chuẩn bị xuất khẩu
Bài, ảnh: Hồng Nhung
""", comments=[],
         notes=["photo story: captions are the lines after the photos ('a > img.pict' then '<br />'); 'Bài, ảnh: Hồng Nhung' "
                "-> Hồng Nhung"]),
    dict(id=52417733, when=datetime(2024, 9, 10, 16, 0), cat=1286711, author="Đức Anh",
         title="Liên minh HTX tỉnh tổ chức tập huấn sản xuất nông nghiệp hữu cơ",
         inner="""
Từ ngày 5 đến 7/9, Liên minh HTX tỉnh Nam Định tổ chức lớp tập huấn sản xuất nông nghiệp hữu cơ cho 70 cán bộ, thành viên HTX tại huyện Ý Yên.
""", more="""
Học viên được hướng dẫn kỹ thuật ủ phân hữu cơ, quản lý dịch hại tổng hợp và quy trình chứng nhận hữu cơ.
Đức Anh
""", comments=[],
         notes=["the oldest post: only on the top page's second page /?p=2, its month's archive and its category's list; "
                "'Đức Anh' -> author"]),
]


BIG: set[str] = set()


def lines_of(markup: str) -> list[str]:
    return [x for b in parse_rich(markup) for x in b.lines()]


def body_html(markup: str, post_id: int) -> str:
    out = []
    blocks = parse_rich(markup)
    for k, b in enumerate(blocks):
        if b.kind == "p":
            out.append(f"{inline_html(b.text)}<br />\n<br />")
        elif b.kind == "h":
            out.append(f'<b>{esc(b.text)}</b><br />')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            h = f"{sum(map(ord, b.src)) % 97:02d}"
            big = f"/imgs/{h[0]}/{h[1]}/{b.src}"
            small = f"/imgs/{h[0]}/{h[1]}/{b.src[:-4]}-s.png"
            BIG.add(big)
            out.append(f'<a href="{big}" target="_blank" title="{attr(b.text)}"><img src="{small}" width="480" height="320" '
                       f'border="0" alt="{attr(b.text)}" hspace="5" class="pict" /></a><br />')
            if b.text:
                out.append(f"{inline_html(b.text)}<br />\n<br />")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse"><tbody>'
                       + "<tr>" + "\n".join(f"<td><b>{esc(c)}</b></td>" for c in head) + "</tr>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</tbody></table><br />")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "nam-dinh", f"{BLOG} (Livedoor Blog)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/index.rdf" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(POSTS, key=lambda p: p["when"], reverse=True)
    for p in posts:
        p["path"] = f"/archives/{p['id']}.html"
        p["markup"] = p["inner"] + "\n" + p["more"]
    months = sorted({(jst(p["when"]).year, jst(p["when"]).month) for p in posts}, reverse=True)

    def sidebar() -> str:
        latest = "".join(f'<li class="sidebody"><a href="{p["path"]}">{esc(p["title"])}</a></li>' for p in posts[:5])
        cats = "".join(f'<li class="sidebody"><a href="/archives/cat_{c}.html">{esc(n)}</a>（'
                       f'{sum(1 for p in posts if p["cat"] == c)}）</li>' for c, n in CATS.items())
        mons = "".join(f'<li class="sidebody"><a href="/archives/{y}-{m:02d}.html">{y}年{m:02d}月</a>（'
                       f'{sum(1 for p in posts if (jst(p["when"]).year, jst(p["when"]).month) == (y, m))}）</li>'
                       for y, m in months)
        return f"""<div id="sidebar"><div id="sidebar-inner">
<div class="sidewrapper" id="ldblog_u_profile"><div class="side"><div class="sidetitle">プロフィール</div>
<div class="sidebody"><img src="/imgs/profile.png" width="80" height="80" alt="{ACCOUNT}" /><br /><span class="profile-name">{ACCOUNT}</span><br />
Văn phòng Liên minh HTX tỉnh Nam Định ghi chép hoạt động của Liên minh và các HTX trên địa bàn tỉnh.<br />Liên hệ: 0228 3849 xxx</div></div></div>
<div class="sidewrapper" id="recent_article"><div class="side"><div class="sidetitle">最新記事</div><ul>{latest}</ul></div></div>
<div class="sidewrapper" id="category"><div class="side"><div class="sidetitle">カテゴリ別アーカイブ</div><ul>{cats}</ul></div></div>
<div class="sidewrapper" id="monthly"><div class="side"><div class="sidetitle">月別アーカイブ</div><ul>{mons}</ul></div></div>
<div class="sidewrapper" id="search"><div class="side"><div class="sidetitle">記事検索</div>
<form method="get" action="/search"><input type="text" name="q" size="16" /><input type="submit" value="検索" /></form></div></div>
</div></div>"""

    def layout(title: str, main: str, head: str = "") -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja" lang="ja" xmlns:og="http://ogp.me/ns#" xmlns:fb="http://www.facebook.com/2008/fbml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="Content-Style-Type" content="text/css" />
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" href="/style.css" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{{{{base}}}}/index.rdf" />
<link rel="alternate" type="application/atom+xml" title="Atom" href="{{{{base}}}}/atom.xml" />
{head}
<script type="text/javascript" src="/js/ldblog.js"></script>
</head>
<body>
<div id="ld_blog_header"><a href="{{{{base:offsite}}}}/" class="ld-logo">ライブドアブログ</a> <a href="{{{{base:offsite}}}}/" class="ld-create">ブログを作る</a></div>
<div id="container">
<div id="blog-header"><div id="blog-header-inner">
<h1 id="blog-title"><a href="{{{{base}}}}/">{esc(BLOG)}</a></h1>
<p id="blog-description">{esc(DESC)}</p>
</div></div>
<div id="content"><div id="content-inner">
<div id="main"><div id="main-inner">
{main}
</div></div>
{sidebar()}
</div></div>
<div id="footer"><div id="footer-inner"><p>Powered by ライブドアブログ</p></div></div>
</div>
</body>
</html>
"""

    def article_block(p: dict, full: bool) -> str:
        j = jst(p["when"])
        ad = ('<div class="ad-rectangle" id="article_ad"><div class="ad-label">スポンサーリンク</div>'
              '<div id="ldblog_ad_1"><script type="text/javascript">ldblog_ad("rect", 300, 250);</script></div></div>'
              if p.get("ad") else "")
        if full:
            more = (f'{ad}<div class="article-body-more"><a name="more"></a>\n{body_html(p["more"], p["id"])}\n</div>'
                    if p["more"].strip() else "")
        else:
            more = (f'<div class="article-body-more"><a href="{p["path"]}#more" title="{attr(p["title"])}">続きを読む</a></div>'
                    if p["more"].strip() else "")
        title = f'<a href="{p["path"]}" title="{attr(p["title"])}">{esc(p["title"])}</a>'
        return f"""<div class="article-outer hentry"><div class="article-outer-2"><div class="article">
<div class="article-header">
<p class="article-date"><abbr class="updated" title="{jiso(p['when'])}">{jdate(p['when'])}</abbr></p>
<h2 class="article-title entry-title">{title}</h2>
</div>
<div class="article-body-outer"><div class="article-body entry-content">
<div class="article-body-inner">
{body_html(p['inner'], p['id'])}
</div>
{more}
</div></div>
<div class="article-footer"><div class="article-footer-inner">
<ul class="article-footer-info">
<li class="article-author">{ACCOUNT}</li>
<li class="article-time"><a href="{p['path']}">{j:%H:%M}</a></li>
<li class="article-category">カテゴリ：<a href="/archives/cat_{p['cat']}.html">{esc(CATS[p['cat']])}</a></li>
<li class="article-comment"><a href="{p['path']}#comments">コメント({len(p['comments'])})</a></li>
<li class="article-trackback"><a href="{p['path']}#trackback">トラックバック(0)</a></li>
<li class="article-hatena"><a href="{{{{base:offsite}}}}/" title="このエントリーをはてなブックマークに追加">このエントリーをはてなブックマークに追加</a></li>
</ul>
</div></div>
</div></div></div>"""

    for i, p in enumerate(posts):
        path = p["path"]
        first = lines_of(p["markup"])[0]
        head = (f'<meta name="description" content="{attr(first[:120])}" />\n<link rel="canonical" href="{{{{base}}}}{path}" />\n'
                f'<link rel="alternate" media="handheld" type="text/html" href="{{{{base}}}}/lite{path}" />\n'
                f'<meta property="og:title" content="{attr(p["title"])}" />\n<meta property="og:type" content="article" />\n'
                f'<meta property="og:url" content="{{{{base}}}}{path}" />\n<meta property="og:description" content="{attr(first[:120])}" />\n'
                f'<meta property="og:site_name" content="{attr(BLOG)}" />\n<meta name="twitter:card" content="summary" />')
        comments = "".join(
            f'<li class="comment"><div class="comment-body">{esc(t)}</div><div class="comment-author">{k + 1}. Posted by '
            f'<span class="comment-name">{esc(n)}</span> <span class="comment-date">{jst(w):%Y年%m月%d日 %H:%M}</span></div></li>'
            for k, (n, w, t) in enumerate(p["comments"]))
        comments_html = (f'<div id="comments"><div class="comments-head">コメント一覧</div><ol class="comments-list">{comments}'
                         f'</ol></div>' if comments else "")
        nav = ""
        if i + 1 < len(posts):
            nav += f'<a href="{posts[i + 1]["path"]}" class="prev-entry">« 前の記事</a> '
        if i:
            nav += f'<a href="{posts[i - 1]["path"]}" class="next-entry">次の記事 »</a>'
        main = f"""{article_block(p, True)}
<div class="article-navigation">{nav}</div>
<div id="trackback"><div class="trackback-head">トラックバック</div><p>トラックバックURL</p>
<input type="text" class="trackback-url" readonly="readonly" value="http://trackback.blogsys.jp/livedoor/{ACCOUNT}/{p['id']}" /></div>
{comments_html}
<div id="comment-form"><div class="comment-form-head">コメントする</div>
<form action="{path}" method="post" name="comment_form"><table>
<tr><th>名前</th><td><input type="text" name="author" /></td></tr><tr><th>URL</th><td><input type="text" name="url" /></td></tr>
<tr><td colspan="2"><textarea name="body" rows="5" cols="50"></textarea></td></tr>
<tr><td colspan="2"><label><input type="checkbox" name="remember" /> 情報を記憶</label>
<input type="submit" value="コメントを投稿する" /></td></tr></table></form></div>"""
        site.page(path, layout(f"{p['title']} : {BLOG}", main, head))
        note_nav = p["notes"]
        a = RichArticle(path=path, title=p["title"], date=p["when"], body=p["markup"], author=p["author"],
                        published=iso(p["when"]), published_source="date-element", evidence=["date-element"],
                        doc_number=p.get("doc"), notes=note_nav)
        if True:  # every post has its smartphone view
            lite = f"/lite{path}"
            site.page(lite, f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width,initial-scale=1" />
<title>{esc(p['title'])} : {esc(BLOG)}</title><link rel="canonical" href="{{{{base}}}}{path}" />
<link rel="stylesheet" href="/lite/css/lite.css" /></head>
<body><header class="lite-header"><a href="/">{esc(BLOG)}</a></header>
<article class="lite-article"><h1 class="lite-article-title">{esc(p['title'])}</h1>
<p class="lite-article-date">{jst(p['when']):%Y/%m/%d %H:%M}</p>
<div class="lite-article-body">{body_html(p['markup'], p['id'])}</div>
<p class="lite-category"><a href="/archives/cat_{p['cat']}.html">{esc(CATS[p['cat']])}</a></p></article>
<footer class="lite-footer"><a href="{path}">PC版で見る</a></footer></body></html>
""")
            a.aliases.append(lite)
            if p.get("lite"):
                site.trap("the smartphone view /lite/archives/<n>.html (the PC page's handheld alternate): another skeleton with "
                          "a canonical link to the PC URL, its date 'YYYY/MM/DD HH:MM' in JST: an alias", lite)
        site.add_article(a)
        site.extra_boilerplate += [t for _, _, t in p["comments"]]

    def listing(path: str, title: str, items: list, pager: str = "", head_html: str = "") -> None:
        main = head_html + "\n".join(article_block(p, False) for p in items) + pager
        site.page(path, layout(title, main))
        site.non_articles.append(path)

    pages = [posts[i:i + 5] for i in range(0, len(posts), 5)]
    for k, chunk in enumerate(pages):
        pager = '<div class="pager">'
        if k:
            pager += f'<a href="/{"" if k == 1 else f"?p={k}"}" class="prev">« 前のページ</a> '
        if k + 1 < len(pages):
            pager += f'<a href="/?p={k + 2}" class="next">次のページ »</a>'
        pager += "</div>"
        listing("/" if k == 0 else f"/?p={k + 1}", BLOG if k == 0 else f"{BLOG} (ページ {k + 1})", chunk, pager)
    site.trap("the top page shows 5 posts cut at '続きを読む'; /?p=2 ('次のページ »') holds the older ones", "/?p=2")
    for c, n in CATS.items():
        items = [p for p in posts if p["cat"] == c]
        listing(f"/archives/cat_{c}.html", f"{n} : {BLOG}", items,
                head_html=f'<h2 class="archive-title">カテゴリ：{esc(n)}</h2>')
    for y, m in months:
        items = [p for p in posts if (jst(p["when"]).year, jst(p["when"]).month) == (y, m)]
        listing(f"/archives/{y}-{m:02d}.html", f"{y}年{m:02d}月 : {BLOG}", items,
                head_html=f'<h2 class="archive-title">{y}年{m:02d}月</h2>')
    site.trap("category archives /archives/cat_<n>.html (Vietnamese names, counts '（3）') and monthly archives "
              "/archives/<yyyy>-<mm>.html: listings", "/archives/2024-11.html")
    site.page("/search", layout(f"記事検索 : {BLOG}", "<p>検索キーワードを入力してください</p>"))
    site.non_articles.append("/search")

    # feeds
    items = "".join(f"""<item rdf:about="{{{{base}}}}{p['path']}"><title>{esc(p['title'])}</title><link>{{{{base}}}}{p['path']}</link>
<description>{esc(lines_of(p['markup'])[0])}</description><dc:subject>{esc(CATS[p['cat']])}</dc:subject>
<dc:creator>{ACCOUNT}</dc:creator><dc:date>{jiso(p['when'])}</dc:date></item>
""" for p in posts[:5])
    seq = "".join(f'<rdf:li rdf:resource="{{{{base}}}}{p["path"]}" />' for p in posts[:5])
    site.page("/index.rdf", f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="ja">
<channel rdf:about="{{{{base}}}}/"><title>{esc(BLOG)}</title><link>{{{{base}}}}/</link><description>{esc(DESC)}</description>
<dc:language>ja</dc:language><dc:date>{jiso(posts[0]['when'])}</dc:date><items><rdf:Seq>{seq}</rdf:Seq></items></channel>
{items}</rdf:RDF>
""", content_type="application/rdf+xml; charset=utf-8")
    entries = "".join(f"""<entry><title>{esc(p['title'])}</title><link rel="alternate" type="text/html" href="{{{{base}}}}{p['path']}" />
<id>tag:blog.livedoor.jp,2024:{ACCOUNT}.{p['id']}</id><issued>{jiso(p['when'])}</issued><modified>{jiso(p['when'])}</modified>
<author><name>{ACCOUNT}</name></author><summary>{esc(lines_of(p['markup'])[0])}</summary></entry>
""" for p in posts[:5])
    site.page("/atom.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:lang="ja"><title>{esc(BLOG)}</title>
<link rel="alternate" type="text/html" href="{{{{base}}}}/" /><modified>{jiso(posts[0]['when'])}</modified>
{entries}</feed>
""", content_type="application/atom+xml; charset=utf-8")
    site.trap("feeds /index.rdf (RSS 1.0) and /atom.xml (Atom 0.3): the 5 newest, dc:date/issued in JST (+09:00)",
              "/index.rdf")
    site.static("/robots.txt", "User-agent: *\nAllow: /\n")
    for big in sorted(BIG):
        site.binary(big, image_for(big))
    return site
