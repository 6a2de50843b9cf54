"""Site `ameba-htxphutho` (registry family `generic`): "Nhật ký Liên minh HTX tỉnh Phú Thọ", a blog the Phú Thọ
cooperative alliance's office keeps on **Ameba Blog** (アメーバブログ, "Ameblo", CyberAgent's Japanese host: one host
for every blog, each under `/<ameba id>/`; here `/htx-phutho/`, the stock skin of the 2019 "uranus" renderer, the
reaction bar shown with Vietnamese labels); posts in Vietnamese, themes (テーマ) named in Vietnamese, the host's chrome,
profile and side widgets in Japanese; the copy is of 10 December 2024. Written as a held-out test: no family module,
no selectors.

What is an article here: an entry `/htx-phutho/entry-<n>.html` (n: Ameba's global entry id, 11 digits, rising with
time across all blogs). Not articles: the blog top `/htx-phutho/` and its pages `page-<n>.html` (3 entries a page, each
IN FULL: the same text as the entry page), the entry list `entrylist.html` / `entrylist-2.html` (10 a page: the oldest
entry only on the second), theme listings `theme-<id>.html` (entries in full), monthly archives `archive-<yyyymm>.html`,
the photo viewer `image-<entry>-<image>.html`, and two "アメンバー限定" (members-only) entries: their page holds the title
and a lock notice only.

URL shapes: entries `/htx-phutho/entry-<n>.html`; their AMP copy `/htx-phutho/amp/entry-<n>.html` (another skeleton,
`<link rel="canonical">` to the entry: an alias, reached from `<link rel="amphtml">`). RSS lives on another host
(`rssblog.ameba.jp`, here the offsite sample): no feed on the site. No site map; robots.txt keeps crawlers out of the
reader's action URLs (`/htx-phutho/reblog-…`, linked from every "Reblog" button: never fetched).

Why it is hard: every time is Japan time (JST, +09:00; Ameba has no time-zone setting): the line under the title
"2024-11-29 01:40:00" in `<time datetime="2024-11-29">` is 28 November 23:40 in Việt Nam (the text says "tối
28/11"); JSON-LD `datePublished` carries the +09:00 offset, and names the account ("LMHTX Phú Thọ") as the author: the
author is the closing byline of the text when it names a person. The text is `div#entryBody`: `<p>` paragraphs with
`<br>` spacer paragraphs, photos `a > img.PhotoSwipeImage` with their caption in the next `<p>`; after it come the
reaction bar ("Thích!" count, "Reblog", "Bình luận (2)"), a "PR" ad unit, the comments (`div#cbox`), the box "Bài viết
liên quan" and the side bar's latest entries. A reblog entry holds the owner's lines and a card (`div.reblogCard`)
quoting another blog's entry (title and excerpt): the card is not its text.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso
from .richbody import RichArticle, parse_rich

SITE = "ameba-htxphutho"
USER = "htx-phutho"
U = f"/{USER}"
BLOG = "Nhật ký Liên minh HTX tỉnh Phú Thọ"
DESC = "Tin hoạt động của Liên minh Hợp tác xã tỉnh Phú Thọ, các HTX và sản phẩm OCOP vùng đất Tổ"
NICK = "LMHTX Phú Thọ"
PROFILE = "Văn phòng Liên minh HTX tỉnh Phú Thọ - số 1 đường Trần Phú, TP Việt Trì"
THEMES = {10118345201: "Tin hoạt động", 10118345202: "Thông báo", 10118345203: "Gương HTX tiêu biểu",
          10118345204: "Tin tổng hợp"}
AMEMBER = "アメンバー限定公開記事です"
FURN = ["Ameba", "ブログを書く", "ログイン", "ブログトップ", "記事一覧", "画像一覧", "プロフィール", "フォロー",
        "テーマ：", "Thích!", "Reblog", "最新の記事", "テーマ別一覧", "月別", "もっと見る", "前の記事", "次の記事",
        "コメント", "コメントする", "Bài viết liên quan", "Bài viết mới nhất", "PR",
        "© CyberAgent, Inc. All Rights Reserved.", DESC, PROFILE]


def jst(d: datetime) -> datetime:
    return d + timedelta(hours=2)


POSTS = [
    dict(id=12862741190, when=datetime(2024, 11, 28, 23, 40), theme=10118345201, author="Minh Hải", likes=24,
         title="Bế mạc Hội chợ sản phẩm OCOP và hàng nông sản tỉnh Phú Thọ năm 2024",
         body="""
Tối 28/11, tại Công viên Văn Lang, TP Việt Trì, Liên minh HTX tỉnh phối hợp với Sở Công Thương bế mạc Hội chợ sản phẩm OCOP và hàng nông sản tỉnh Phú Thọ năm 2024.
Sau 5 ngày, hội chợ đón khoảng 30.000 lượt khách; 85 gian hàng của các HTX, cơ sở sản xuất đạt doanh thu trên 3,1 tỷ đồng.
[img hoicho-ocop-1.png] Khách tham quan gian hàng chè Long Cốc của HTX Chè Tân Sơn
Nhiều HTX ký được hợp đồng tiêu thụ bưởi Đoan Hùng, chè, mật ong với các siêu thị trong và ngoài tỉnh.
Minh Hải
""", comments=[("bachtuyet-doanhung", datetime(2024, 11, 29, 10, 5), "Năm nay gian hàng bưởi Đoan Hùng rất đông khách ạ!"),
               ("htx-che-tanson", datetime(2024, 11, 29, 14, 22), "Cảm ơn Liên minh đã tạo điều kiện cho HTX tham gia.")],
         notes=["posted at 23:40 on 28 November in Việt Nam: the page prints Japan time, '2024-11-29 01:40:00' in "
                "<time datetime=\"2024-11-29\">, JSON-LD datePublished '2024-11-29T01:40:00+09:00': published = "
                "2024-11-28T23:40+07:00; two comments under it are no text; 'Minh Hải' -> author (JSON-LD's author is "
                "the account)"]),
    dict(id=12861530044, when=datetime(2024, 11, 25, 8, 30), amember=True,
         title="Họp giao ban cơ quan tháng 11/2024 (nội bộ)"),
    dict(id=12860977315, when=datetime(2024, 11, 20, 15, 0), theme=10118345202, author=None, doc="52/TB-LMHTX", likes=9,
         title="Thông báo số 52/TB-LMHTX về việc tổ chức Hội nghị tổng kết công tác năm 2024",
         body="""
LIÊN MINH HTX TỈNH PHÚ THỌ
Số: 52/TB-LMHTX
Phú Thọ, ngày 19 tháng 11 năm 2024
Liên minh HTX tỉnh tổ chức Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025 vào 8 giờ ngày 20/12/2024 tại Hội trường Liên minh HTX tỉnh.
Thành phần mời:
* Chủ tịch Hội đồng quản trị, Giám đốc các HTX tiêu biểu;
* Đại diện Phòng Nông nghiệp và PTNT, Phòng Kinh tế các huyện, thành, thị;
* Cán bộ, công chức, viên chức cơ quan Liên minh HTX tỉnh.
Đề nghị các đơn vị cử đại biểu dự họp đúng thành phần, thời gian.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Thắng
""", comments=[],
         notes=["a notice 'Số: 52/TB-LMHTX' dated 19/11 in its text, posted 20/11 17:00 JST (15:00 in Việt Nam); the "
                "signer is text, not author; a list of invitees"]),
    dict(id=12859846227, when=datetime(2024, 11, 12, 9, 20), theme=10118345203, author="Thu Trang", likes=31,
         title="HTX Nông nghiệp Chí Đám đưa bưởi Đoan Hùng vào siêu thị",
         body="""
HTX Nông nghiệp Chí Đám (huyện Đoan Hùng) có 45 thành viên, canh tác 60 ha bưởi theo tiêu chuẩn VietGAP, mỗi vụ cung ứng cho hệ thống siêu thị khoảng 300 tấn quả.
[img chidam-buoi-1.png] Thành viên HTX thu hoạch bưởi chuẩn bị giao cho siêu thị
HTX đầu tư nhà sơ chế, dán tem truy xuất nguồn gốc cho từng quả bưởi trước khi xuất bán.
[img chidam-buoi-2.png] Bưởi Đoan Hùng được phân loại, dán tem tại nhà sơ chế của HTX
[img chidam-buoi-3.png]
Năm 2024, doanh thu của HTX ước đạt 9 tỷ đồng, thu nhập bình quân của thành viên tăng 15% so với năm trước.
Bài, ảnh: Thu Trang
""", comments=[("hoa-viettri", datetime(2024, 11, 12, 20, 40), "Bưởi Chí Đám ngon nhất vùng, mong HTX giữ vững chất lượng.")],
         notes=["photo story: captions are the <p> after each photo, one photo has none; every photo links to the photo "
                "viewer /htx-phutho/image-<entry>-<image>.html (a non-article); 'Bài, ảnh: Thu Trang' -> Thu Trang"]),
    dict(id=12858710583, when=datetime(2024, 11, 5, 10, 15), theme=10118345204, author=None, likes=6,
         reblog=("Liên minh HTX Việt Nam triển khai Tháng hành động vì HTX năm 2024",
                 "Liên minh HTX Việt Nam phát động Tháng hành động vì hợp tác xã với chủ đề Hợp tác xã - nền tảng "
                 "phát triển kinh tế tập thể bền vững..."),
         title="Hưởng ứng Tháng hành động vì hợp tác xã năm 2024",
         body="""
Liên minh HTX tỉnh Phú Thọ chia sẻ bài viết của Liên minh HTX Việt Nam về Tháng hành động vì hợp tác xã năm 2024.
Trong tháng 11, Liên minh HTX tỉnh tổ chức 12 lớp tuyên truyền Luật Hợp tác xã năm 2023 tại các huyện, thu hút hơn 900 cán bộ, thành viên HTX tham gia.
Các HTX trên địa bàn tỉnh đăng ký tham gia phong trào thi đua đổi mới, nâng cao hiệu quả hoạt động.
""", comments=[],
         notes=["a reblog (リブログ): the owner's three paragraphs, then a card quoting another blog's entry (title, "
                "excerpt, link off the site): the card is no text; no byline -> author null"]),
    dict(id=12857201946, when=datetime(2024, 10, 25, 14, 30), theme=10118345204, author=None, likes=11,
         title="Kinh tế tập thể tỉnh Phú Thọ 9 tháng đầu năm 2024",
         body="""
Đến hết tháng 9/2024, toàn tỉnh có 512 HTX đang hoạt động, tăng 27 HTX so với cùng kỳ năm trước.
| Lĩnh vực | Số HTX | Số thành viên |
| Nông nghiệp | 398 | 41.250 |
| Công nghiệp - Tiểu thủ công nghiệp | 46 | 2.180 |
| Thương mại - Dịch vụ | 41 | 1.960 |
| Vận tải | 27 | 1.130 |
Doanh thu bình quân một HTX đạt 2,6 tỷ đồng; thu nhập bình quân của người lao động trong HTX đạt 5,4 triệu đồng/tháng.
Nguồn: Phòng Tổ chức - Kiểm tra, Liên minh HTX tỉnh
""", comments=[],
         notes=["a data table (one line per row); 'Nguồn: Phòng Tổ chức - Kiểm tra…' is no author"]),
    dict(id=12856033418, when=datetime(2024, 10, 16, 8, 45), theme=10118345203, author="Hà Linh", likes=18,
         title="HTX Chè Phú Thịnh: từ nương chè cằn đến sản phẩm OCOP 4 sao",
         body="""
Từ những nương chè già cỗi, HTX Chè Phú Thịnh (huyện Thanh Sơn) đã cải tạo 40 ha chè, xây dựng thương hiệu chè xanh đạt chuẩn OCOP 4 sao.
## Đổi mới quy trình sản xuất
HTX áp dụng quy trình sản xuất chè an toàn, ghi chép nhật ký đồng ruộng và kiểm soát dư lượng thuốc bảo vệ thực vật.
* Thay thế 15 ha chè trung du bằng giống LDP1 và Kim Tuyên;
* Đầu tư 2 dây chuyền sao sấy chè bằng điện;
* Liên kết tiêu thụ với 3 doanh nghiệp tại Hà Nội.
## Hướng đi bền vững
HTX đang xây dựng điểm du lịch trải nghiệm trên đồi chè để quảng bá sản phẩm.
Hà Linh
""", comments=[],
         notes=["headings are <h3> inside the text, a list; 'Hà Linh' -> author"]),
    dict(id=12854879502, when=datetime(2024, 10, 8, 16, 10), theme=10118345204, author=None, likes=4,
         title="Phú Thọ có thêm 35 sản phẩm đạt chuẩn OCOP",
         body="""
UBND tỉnh Phú Thọ vừa quyết định công nhận 35 sản phẩm đạt chuẩn OCOP đợt 2 năm 2024, nâng tổng số sản phẩm OCOP của tỉnh lên 389 sản phẩm.
Trong đó, các HTX là chủ thể của 21 sản phẩm, chủ yếu thuộc nhóm thực phẩm và đồ uống.
Theo Báo Phú Thọ
""", comments=[],
         notes=["a reprint ('Theo Báo Phú Thọ'): no author"]),
    dict(id=12853620177, when=datetime(2024, 10, 1, 9, 0), amember=True,
         title="Kế hoạch công tác quý IV/2024 (nội bộ)"),
    dict(id=12852104735, when=datetime(2024, 9, 27, 11, 0), theme=10118345201, author="Quang Huy", likes=13,
         title="Tập huấn chuyển đổi số cho cán bộ quản lý HTX",
         body="""
Ngày 26/9, Liên minh HTX tỉnh phối hợp với Viettel Phú Thọ tổ chức tập huấn chuyển đổi số cho 60 cán bộ quản lý HTX.
Nội dung tập huấn gồm:
+ Ứng dụng phần mềm kế toán điện tử trong HTX;
+ Đưa sản phẩm lên sàn thương mại điện tử Postmart, Voso;
+ Sử dụng chữ ký số và hóa đơn điện tử.
Quang Huy
""", comments=[], notes=["a numbered list; 'Quang Huy' -> author"]),
    dict(id=12850390811, when=datetime(2024, 9, 12, 7, 50), theme=10118345201, author="Thanh Nga", likes=8,
         title="Đại hội thành viên HTX Dịch vụ nông nghiệp Hùng Lô nhiệm kỳ 2024 - 2029",
         body="""
Ngày 11/9, HTX Dịch vụ nông nghiệp Hùng Lô (TP Việt Trì) tổ chức Đại hội thành viên nhiệm kỳ 2024 - 2029.
Đại hội bầu Hội đồng quản trị gồm 5 thành viên, ông Nguyễn Văn Tiến tiếp tục được bầu giữ chức Chủ tịch Hội đồng quản trị kiêm Giám đốc HTX.
Nhiệm kỳ mới, HTX đặt mục tiêu phát triển dịch vụ làm đất, cung ứng giống và tiêu thụ sản phẩm cho thành viên.
Thanh Nga
""", comments=[],
         notes=["the oldest entry: only on entrylist-2.html, the top's page-4.html, its theme and its month; 'Thanh Nga' "
                "-> author"]),
]

IMAGES: dict[str, str] = {}  # image viewer path -> entry path


def lines_of(markup: str) -> list[str]:
    return [x for b in parse_rich(markup) for x in b.lines()]


def body_html(p: dict) -> str:
    out = []
    img_no = 0
    for b in parse_rich(p["body"]):
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>\n<p><br></p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            img_no += 1
            image_id = f"{p['id']}{img_no:02d}"[-11:]
            viewer = f"{U}/image-{p['id']}-{image_id}.html"
            IMAGES[viewer] = p
            out.append(f'<p><a id="i{image_id}" href="{viewer}" class="detailOn"><img src="/user_images/20241112/'
                       f'{b.src}" alt="" width="400" height="300" class="PhotoSwipeImage" data-entry-id="{p["id"]}" '
                       f'data-image-id="{image_id}" data-image-order="{img_no}"></a></p>')
            if b.text:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" style="border-collapse:collapse"><tbody>'
                       + "<tr>" + "\n".join(f"<td><b>{esc(c)}</b></td>" for c in head) + "</tr>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</tbody></table>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "phu-tho", f"{BLOG} (Ameba Blog)", "generic", None,
                     start_urls=["{{base:%s}}%s/" % (SITE, U)])
    site.extra_boilerplate += FURN
    entries = sorted(POSTS, key=lambda p: p["when"], reverse=True)
    for p in entries:
        p["path"] = f"{U}/entry-{p['id']}.html"
    public = [p for p in entries if not p.get("amember")]
    months = sorted({(jst(p["when"]).year, jst(p["when"]).month) for p in entries}, reverse=True)

    def stamp(p: dict) -> str:
        j = jst(p["when"])
        return (f'<p class="skin-entryPubdate"><time datetime="{j:%Y-%m-%d}" class="skin-textQuiet">'
                f'{j:%Y-%m-%d %H:%M:%S}</time></p>')

    def sidebar() -> str:
        latest = "".join(f'<li class="skin-widgetRecentEntryItem"><a href="{p["path"]}">{esc(p["title"])}</a></li>'
                         for p in entries[:5])
        themes = "".join(f'<li><a href="{U}/theme-{t}.html">{esc(n)}（{sum(1 for p in public if p["theme"] == t)}）'
                         f'</a></li>' for t, n in THEMES.items())
        mons = "".join(f'<li><a href="{U}/archive-{y}{m:02d}.html">{y}年{m}月（'
                       f'{sum(1 for p in entries if (jst(p["when"]).year, jst(p["when"]).month) == (y, m))}）</a></li>'
                       for y, m in months)
        return f"""<aside class="skin-blogSide">
<div class="skin-widget" data-uranus-component="profile"><h3 class="skin-widgetTitle">プロフィール</h3>
<div class="skin-widgetBody"><img src="/img/profile-htx-phutho.png" width="64" height="64" alt="{attr(NICK)}">
<p class="skin-profileName">{esc(NICK)}</p><p>{esc(PROFILE)}</p>
<a href="{{{{base:offsite}}}}/ameba/{USER}" class="skin-btnFollow">フォロー</a></div></div>
<div class="skin-widget" data-uranus-component="recentEntries"><h3 class="skin-widgetTitle">最新の記事</h3>
<ul>{latest}</ul><a href="{U}/entrylist.html" class="skin-widgetMore">もっと見る</a></div>
<div class="skin-widget" data-uranus-component="themes"><h3 class="skin-widgetTitle">テーマ別一覧</h3><ul>{themes}</ul></div>
<div class="skin-widget" data-uranus-component="archive"><h3 class="skin-widgetTitle">月別</h3><ul>{mons}</ul></div>
</aside>"""

    def layout(title: str, main: str, head: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="ja" data-uranus-layout="skin">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=1280">
<link rel="stylesheet" href="/static/css/uranus-skin.css">
<link rel="alternate" type="application/rss+xml" title="RSS" href="{{{{base:offsite}}}}/rssblog/{USER}/rss20.xml">
{head}
<script src="/static/js/uranus.js" async></script>
</head>
<body class="skin-bgColor">
<div id="ambHeader" class="amb-header"><a href="{{{{base:offsite}}}}/ameba/" class="amb-logo">Ameba</a>
<a href="{{{{base:offsite}}}}/ameba/signup" class="amb-write">ブログを書く</a> <a href="{{{{base:offsite}}}}/ameba/login" class="amb-login">ログイン</a></div>
<div class="skin-blogWrapper">
<header class="skin-blogHeader"><div class="skin-blogTitle"><a href="{U}/" class="skin-blogTitleLink">{esc(BLOG)}</a></div>
<p class="skin-blogSubTitle">{esc(DESC)}</p>
<nav class="skin-blogNav"><ul><li><a href="{U}/">ブログトップ</a></li><li><a href="{U}/entrylist.html">記事一覧</a></li>
<li><a href="{U}/imagelist.html">画像一覧</a></li></ul></nav></header>
<div class="skin-blogBody"><main class="skin-blogMain">
{main}
</main>
{sidebar()}
</div>
<footer class="skin-blogFooter"><p class="amb-copyright">© CyberAgent, Inc. All Rights Reserved.</p></footer>
</div>
<script>window.INIT_DATA={{"bloggerState":{{"amebaId":"{USER}"}}}};</script>
</body>
</html>
"""

    def reactions(p: dict) -> str:
        return (f'<div class="skin-reactionBar" data-uranus-component="reaction">'
                f'<button type="button" class="skin-iineBtn js-iineButton"><span>Thích!</span></button>'
                f'<span class="skin-iineCount">{p["likes"]}</span> '
                f'<a href="{U}/reblog-{p["id"]}.html" class="skin-reblogBtn" rel="nofollow">Reblog</a> '
                f'<a href="{p["path"]}#cbox" class="skin-commentBtn">Bình luận ({len(p["comments"])})</a></div>')

    def entry_block(p: dict, tag: str = "h2") -> str:
        if p.get("amember"):
            return f"""<article class="js-entryWrapper skin-entry"><div class="skin-entryHead">
<{tag} class="skin-entryTitle"><a href="{p['path']}" class="skinArticleTitle" rel="bookmark">{esc(p['title'])}</a></{tag}>
{stamp(p)}</div><div class="skin-entryInner"><p class="skin-amemberLock">{AMEMBER}</p></div></article>"""
        card = ""
        if p.get("reblog"):
            t, ex = p["reblog"]
            card = (f'<div class="reblogCard"><a href="{{{{base:offsite}}}}/tin-tuc/bai-viet-1.html" class="reblogCard-link">'
                    f'<p class="reblogCard-title">{esc(t)}</p><p class="reblogCard-text">{esc(ex)}</p>'
                    f'<p class="reblogCard-blog">lienminhhtxvn</p></a></div>')
        return f"""<article class="js-entryWrapper skin-entry" data-unique-entry-id="{p['id']}" data-unique-ameba-id="{USER}">
<div class="skin-entryHead">
<{tag} class="skin-entryTitle" data-uranus-component="entryTitle"><a href="{p['path']}" class="skinArticleTitle" rel="bookmark">{esc(p['title'])}</a></{tag}>
{stamp(p)}
<dl class="skin-entryThemes"><dt>テーマ：</dt><dd><a href="{U}/theme-{p['theme']}.html" rel="tag">{esc(THEMES[p['theme']])}</a></dd></dl>
</div>
<div class="skin-entryInner"><div id="entryBody" class="skin-entryBody" data-uranus-component="entryBody">
{body_html(p)}
{card}
</div></div>
<div class="skin-entryFoot">{reactions(p)}</div>
</article>"""

    for i, p in enumerate(entries):
        path = p["path"]
        nav = ""
        if i + 1 < len(entries):
            nav += f'<a href="{entries[i + 1]["path"]}" class="skin-pagingPrev">前の記事</a> '
        if i:
            nav += f'<a href="{entries[i - 1]["path"]}" class="skin-pagingNext">次の記事</a>'
        if p.get("amember"):
            site.page(path, layout(f"{p['title']} | {BLOG}", entry_block(p, "h1")
                                   + f'<div class="skin-paging">{nav}</div>'))
            site.non_articles.append(path)
            continue
        first = lines_of(p["body"])[0]
        j = jst(p["when"])
        ld = {"@context": "http://schema.org", "@type": "BlogPosting",
              "mainEntityOfPage": {"@type": "WebPage", "@id": "{{base}}" + path},
              "headline": p["title"], "datePublished": f"{j:%Y-%m-%dT%H:%M:%S}+09:00",
              "dateModified": f"{j:%Y-%m-%dT%H:%M:%S}+09:00",
              "author": {"@type": "Person", "name": NICK, "url": "{{base:offsite}}/ameba/" + USER},
              "publisher": {"@type": "Organization", "name": "Ameba"}, "description": first[:100]}
        head = (f'<meta name="description" content="{attr(first[:120])}">\n'
                f'<meta property="og:title" content="{attr(p["title"])}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:url" content="{{{{base}}}}{path}">\n<meta property="og:site_name" content="{attr(BLOG)}">\n'
                f'<meta property="og:description" content="{attr(first[:120])}">\n'
                f'<meta name="twitter:card" content="summary_large_image">\n<meta name="twitter:site" content="@ameblo_official">\n'
                f'<link rel="canonical" href="{{{{base}}}}{path}">\n<link rel="amphtml" href="{{{{base}}}}{U}/amp/entry-{p["id"]}.html">\n'
                f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        comments = "".join(
            f'<li class="skin-commentItem"><div class="skin-commentHeader"><span class="skin-commentName">{esc(n)}</span>'
            f'<time class="skin-commentDate">{jst(w):%Y-%m-%d %H:%M:%S}</time></div>'
            f'<p class="skin-commentText">{esc(t)}</p></li>' for n, w, t in p["comments"])
        cbox = (f'<div id="cbox" class="skin-commentArea"><h3 class="skin-commentTitle">コメント</h3>'
                f'<ul class="skin-commentList">{comments}</ul>'
                f'<a href="{{{{base:offsite}}}}/ameba/login" class="skin-commentPost">コメントする</a></div>')
        related = [q for q in public if q is not p and q["theme"] == p["theme"]][:3] or \
            [q for q in public if q is not p][:3]
        rel = "".join(f'<li><a href="{q["path"]}">{esc(q["title"])}</a> <span class="skin-textQuiet">'
                      f'{jst(q["when"]):%Y-%m-%d}</span></li>' for q in related)
        newest = "".join(f'<li><a href="{q["path"]}">{esc(q["title"])}</a></li>' for q in public[:4] if q is not p)
        main = f"""{entry_block(p, "h1")}
<div class="skin-entryAd"><span class="skin-adLabel">PR</span><div id="ad-entry-bottom"><script>/* ad slot */</script></div></div>
{cbox}
<div class="skin-relatedEntries"><h3>Bài viết liên quan</h3><ul>{rel}</ul></div>
<div class="skin-recentEntries"><h3>Bài viết mới nhất</h3><ul>{newest}</ul></div>
<div class="skin-paging">{nav}</div>"""
        site.page(path, layout(f"{p['title']} | {BLOG}", main, head))
        amp = f"{U}/amp/entry-{p['id']}.html"
        site.page(amp, f"""<!doctype html>
<html ⚡ lang="ja"><head><meta charset="utf-8"><title>{esc(p['title'])} | {esc(BLOG)}</title>
<link rel="canonical" href="{{{{base}}}}{path}"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="/static/amp/v0.js"></script></head>
<body><header class="amp-header"><a href="{U}/">{esc(BLOG)}</a></header>
<article class="amp-entry"><h1 class="amp-entryTitle">{esc(p['title'])}</h1>
<p class="amp-entryDate">{j:%Y-%m-%d %H:%M:%S}</p>
<div class="amp-entryBody">{body_html(p)}</div>
<p class="amp-theme">テーマ：<a href="{U}/theme-{p['theme']}.html">{esc(THEMES[p['theme']])}</a></p></article>
<footer><a href="{path}">PC版で見る</a></footer></body></html>
""")
        a = RichArticle(path=path, title=p["title"], date=p["when"], body=p["body"], author=p["author"],
                        published=iso(p["when"]), published_source="metadata", evidence=["metadata", "date-element"],
                        doc_number=p.get("doc"), notes=p["notes"], aliases=[amp])
        site.add_article(a)
        site.extra_boilerplate += [t for _, _, t in p["comments"]] + [n for n, _, _ in p["comments"]]
        if p.get("reblog"):
            site.extra_boilerplate += list(p["reblog"])
    for p in public:
        reblog = f"{U}/reblog-{p['id']}.html"
        site.page(reblog, layout(f"リブログ | {BLOG}", '<p class="skin-loginRequired">ログインしてください</p>'))
        site.never_fetched.append(reblog)
    site.trap("every entry has an AMP copy /htx-phutho/amp/entry-<n>.html (another skeleton, canonical to the entry, "
              "date 'YYYY-MM-DD HH:MM:SS' in JST): an alias", f"{U}/amp/entry-{public[0]['id']}.html")
    site.trap("robots.txt disallows the 'Reblog' action URLs /htx-phutho/reblog-<n>.html linked from every entry: "
              "never fetched", f"{U}/reblog-{public[0]['id']}.html")

    def listing(path: str, title: str, main: str) -> None:
        site.page(path, layout(title, main))
        site.non_articles.append(path)

    # the blog top: 3 entries a page, in full
    tops = [entries[i:i + 3] for i in range(0, len(entries), 3)]
    for k, chunk in enumerate(tops):
        pager = '<div class="skin-paging">'
        if k:
            pager += f'<a href="{U}/{"" if k == 1 else f"page-{k}.html"}" class="skin-pagingPrev">前ページ</a> '
        if k + 1 < len(tops):
            pager += f'<a href="{U}/page-{k + 2}.html" class="skin-pagingNext">次ページ</a>'
        pager += "</div>"
        listing(f"{U}/" if k == 0 else f"{U}/page-{k + 1}.html", BLOG if k == 0 else f"{BLOG}-{k + 1}ページ目",
                "\n".join(entry_block(p) for p in chunk) + pager)
    site.trap("the blog top shows 3 entries IN FULL a page (page-2.html … page-4.html): the same text as the entry "
              "pages, but listings", f"{U}/page-2.html")
    # the entry list: 10 a page, title, date, excerpt
    lists = [entries[i:i + 10] for i in range(0, len(entries), 10)]
    for k, chunk in enumerate(lists):
        rows = "".join(
            f'<li class="skin-borderQuiet"><h2 class="contentTitleArea"><a href="{p["path"]}" class="contentTitle">'
            f'{esc(p["title"])}</a></h2><time class="contentsDate">{jst(p["when"]):%Y-%m-%d %H:%M:%S}</time>'
            + (f'<span class="contentLock">{AMEMBER}</span>' if p.get("amember") else
               f'<p class="contentText">{esc(lines_of(p["body"])[0][:60])}…</p>'
               f'<span class="contentIine">Thích! {p["likes"]}</span>') + "</li>"
            for p in chunk)
        pager = '<div class="skin-paging">'
        if k:
            pager += f'<a href="{U}/entrylist{"" if k == 1 else f"-{k}"}.html" class="skin-pagingPrev">前ページ</a> '
        if k + 1 < len(lists):
            pager += f'<a href="{U}/entrylist-{k + 2}.html" class="skin-pagingNext">次ページ</a>'
        pager += "</div>"
        listing(f"{U}/entrylist.html" if k == 0 else f"{U}/entrylist-{k + 1}.html",
                f"記事一覧 | {BLOG}" + ("" if k == 0 else f"-{k + 1}ページ目"),
                f'<h1 class="skin-archiveTitle">記事一覧</h1><ul class="contentsList">{rows}</ul>{pager}')
    site.trap("the entry list /htx-phutho/entrylist.html shows 10 entries (title, JST time, excerpt, like count; "
              "members-only ones with '" + AMEMBER + "'): the oldest only on entrylist-2.html", f"{U}/entrylist-2.html")
    site.trap("two members-only entries (アメンバー限定): their page holds a title, a date and a lock notice: "
              "non-articles", entries[1]["path"])
    for t, n in THEMES.items():
        items = [p for p in public if p["theme"] == t]
        listing(f"{U}/theme-{t}.html", f"{n}の記事一覧 | {BLOG}",
                f'<h1 class="skin-archiveTitle">テーマ：{esc(n)}</h1>' + "\n".join(entry_block(p) for p in items))
    for y, m in months:
        items = [p for p in entries if (jst(p["when"]).year, jst(p["when"]).month) == (y, m)]
        listing(f"{U}/archive-{y}{m:02d}.html", f"{y}年{m}月の記事 | {BLOG}",
                f'<h1 class="skin-archiveTitle">{y}年{m}月の記事</h1>' + "\n".join(entry_block(p) for p in items))
    site.trap("theme listings theme-<id>.html and monthly archives archive-<yyyymm>.html show entries in full "
              "(months in JST: the 28 November 23:40 entry is under 2024年11月 either way)", f"{U}/archive-202410.html")
    gallery = []
    for viewer, p in IMAGES.items():
        image_id = viewer.rsplit("-", 1)[1][:-5]
        listing(viewer, f"{p['title']}の画像 | {BLOG}",
                f'<div class="imageDetail"><img src="/user_images/viewer/{image_id}.png" width="800" height="600" alt="">'
                f'<p class="imageDetail-entry">この画像の記事：<a href="{p["path"]}">{esc(p["title"])}</a></p></div>')
        gallery.append(f'<li><a href="{viewer}"><img src="/user_images/viewer/{image_id}.png" width="120" height="90" '
                       f'alt=""></a></li>')
    listing(f"{U}/imagelist.html", f"画像一覧 | {BLOG}",
            f'<h1 class="skin-archiveTitle">画像一覧</h1><ul class="imageList">{"".join(gallery)}</ul>')
    site.trap("the photo viewer image-<entry>-<image>.html behind every photo and the gallery imagelist.html: "
              "non-articles", next(iter(IMAGES)))
    site.static("/robots.txt", "User-agent: *\nDisallow: /*/reblog-\nDisallow: /_api/\n")
    for p in public:
        for b in parse_rich(p["body"]):
            if b.kind == "img":
                src = f"/user_images/20241112/{b.src}"
                site.binary(src, image_for(src))
    return site
