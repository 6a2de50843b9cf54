"""Site `note-htxhue` (registry family `generic`): the creator page "LMHTX Thừa Thiên Huế" that the Thừa Thiên Huế
cooperative alliance keeps on **note** (note.com, the Japanese publishing platform: a Nuxt 2 app rendered on the
server, `data-v-*` attributes, the page state again in `window.__NUXT__`); the copy is of 22 November 2024. The
platform's own strings stay Japanese (note is not translated: "スキ", "フォロー", "ログイン", "この記事が含まれている
マガジン"). Written as a held-out test: no family module, no selectors.

What is an article here: a note `/htxhue/n/<key>` (key "n" + 12 hex digits) of the alliance's creator. Not articles:
the creator page `/htxhue` (profile and the 5 newest note cards; older ones come from a JSON API behind the
"もっとみる" button, no link), the magazine `/htxhue/m/<key>` (every note of it), the magazine list
`/htxhue/magazines`, hashtag pages `/hashtag/<tag>`, the platform's about page.

URL shapes: a note opened from its magazine carries `?magazine_key=<key>` (the same page: an alias; the canonical
has no query); the RSS `/htxhue/rss` (every note, `pubDate` +0900). No sitemap of the creator; robots.txt is the
platform's (it disallows `/api/` and the search).

Why it is hard: note prints every time in Japan time: the header `<time datetime="2024-11-19T17:00:00.000+09:00">
2024年11月19日 17:00</time>`, JSON-LD `datePublished` and the state's `publishAt` alike (+09:00): the time in Vietnam
is two hours earlier (one note shown "2024年11月8日 00:40" was posted at 22:40 on the 7th in Huế). The creator page
prints relative ages ("3日前", "2週間前") with the exact time only in the `datetime` attribute. The creator's name
(the office) is the header's and JSON-LD's author, never the article's: the author is the closing byline when it
names a person. note has no tables and no file attachments: a statistics note is a list. The footer carries
hashtags, the like counter, the tip box, the creator card and the magazine card; recommendations are loaded by
JavaScript (absent from the HTML).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, inline_html, inline_text, iso
from .richbody import RichArticle, parse_rich

SITE = "note-htxhue"
USER = "htxhue"
NAME = "LMHTX Thừa Thiên Huế"
BIO = "Trang note chính thức của Liên minh Hợp tác xã tỉnh Thừa Thiên Huế: tin hoạt động, thông báo, mô hình hay."
MAG = "mb3c7e91a2d4f"
MAG_NAME = "Tin hoạt động kinh tế tập thể Huế"
NOW = datetime(2024, 11, 22, 10, 0)  # Vietnam time
FURN = [NAME, BIO, "ログイン", "会員登録", "スキ", "フォロー", "この記事が気に入ったらチップで応援してみませんか？",
        "チップで応援", "この記事が含まれているマガジン", MAG_NAME, "noteについて", "利用規約", "プライバシーポリシー",
        "ヘルプセンター", "© note inc."]


def jst(d: datetime) -> datetime:
    return d + timedelta(hours=2)


def jiso(d: datetime, ms: bool = True) -> str:
    return f"{jst(d):%Y-%m-%dT%H:%M:%S}" + (".000" if ms else "") + "+09:00"


def jtext(d: datetime) -> str:
    j = jst(d)
    return f"{j.year}年{j.month}月{j.day}日 {j:%H:%M}"


def ago(d: datetime) -> str:
    secs = (NOW - d).total_seconds()
    if secs < 86400:
        return f"{int(secs // 3600)}時間前"
    days = int(secs // 86400)
    if days < 7:
        return f"{days}日前"
    if days < 30:
        return f"{days // 7}週間前"
    j = jst(d)
    return f"{j.year}年{j.month}月{j.day}日 {j:%H:%M}"


def h(text: str, n: int = 12) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, tags: list[str], likes: int, listed: bool = True) -> dict:
        key = "n" + h(str(d))
        ev = ["metadata", "date-element"]
        return dict(path=f"/{USER}/n/{key}", date=d, published=iso(d), published_source="metadata", evidence=ev,
                    opts={"key": key, "tags": tags, "likes": likes})

    return [
        A(title="Thông báo số 52/TB-LMHTX về việc tuyển chọn sản phẩm OCOP tham gia Festival Huế 2025",
          body="""
LIÊN MINH HTX TỈNH THỪA THIÊN HUẾ
Số: 52/TB-LMHTX
Thừa Thiên Huế, ngày 18 tháng 11 năm 2024
Liên minh HTX tỉnh thông báo tuyển chọn sản phẩm OCOP của các HTX để trưng bày, giới thiệu tại Festival Huế 2025.
Sản phẩm đăng ký phải đạt chuẩn OCOP từ 3 sao trở lên, có bao bì, nhãn mác và truy xuất nguồn gốc rõ ràng.
Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX tỉnh, số 16 Lê Lợi, TP Huế, trước ngày 10/12/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hồ Văn Thanh
""", author=None, doc_number="52/TB-LMHTX",
          notes=["notice 'Số: 52/TB-LMHTX' dated 18/11 in its text, shown '2024年11月19日 17:00' with <time datetime="
                 "'2024-11-19T17:00:00.000+09:00'> (Japan time): published 2024-11-19 15:00 +07:00; the creator page "
                 "card says '2日前'; the signer is text, no author"],
          **at(datetime(2024, 11, 19, 15, 0), ["OCOP", "FestivalHuế"], 8)),
        A(title="Ảnh: Làng hương Thủy Xuân rực rỡ sắc màu mùa cuối năm",
          body="""
Những ngày này, các thành viên HTX Hương trầm Thủy Xuân (TP Huế) tất bật sản xuất hương phục vụ thị trường cuối năm.
[img thuy-xuan-1.png] Những bó chân hương nhuộm màu được phơi khắp sân nhà
[img thuy-xuan-2.png] Nghệ nhân của HTX se hương bằng tay theo cách truyền thống
[img thuy-xuan-3.png] Làng hương trở thành điểm check-in hút khách du lịch
HTX hiện có 38 thành viên, mỗi tháng cung ứng ra thị trường khoảng 15 tấn hương các loại.
Ảnh: Nguyễn Phong
""", author="Nguyễn Phong",
          notes=["photo story: three <figure> blocks of note's editor, their <figcaption> lines of the text; 'Ảnh: Nguyễn "
                 "Phong' -> author; the creator card (the office) is no author"],
          **at(datetime(2024, 11, 14, 9, 10), ["HTX", "làng nghề"], 21)),
        A(title="HTX Nông nghiệp Quảng Thành ra mắt sản phẩm gạo hữu cơ",
          body="""
Tối 7/11, HTX Nông nghiệp Quảng Thành (huyện Quảng Điền) tổ chức lễ ra mắt sản phẩm gạo hữu cơ mang thương hiệu của HTX.
Vùng sản xuất lúa hữu cơ của HTX rộng 45 ha, được chứng nhận theo tiêu chuẩn hữu cơ Việt Nam.
Sản phẩm được bán tại các siêu thị, cửa hàng nông sản sạch ở Huế và Đà Nẵng.
""", author=None,
          notes=["posted at 22:40 on 7 November in Huế: note shows '2024年11月8日 00:40' and '2024-11-08T00:40:00.000+"
                 "09:00' (Japan time, the next day); published 2024-11-07 22:40; no byline: no author"],
          **at(datetime(2024, 11, 7, 22, 40), ["HTX", "nôngnghiệphữucơ"], 13)),
        A(title="Kinh tế tập thể Thừa Thiên Huế 9 tháng năm 2024 qua những con số",
          body="""
Chín tháng năm 2024, khu vực kinh tế tập thể của tỉnh tiếp tục phát triển ổn định.
## Số lượng và quy mô
* Toàn tỉnh có 286 HTX đang hoạt động, tăng 14 HTX so với cuối năm 2023;
* Tổng số thành viên HTX đạt 48.650 người;
* Doanh thu bình quân một HTX đạt 2,9 tỷ đồng.
## Chất lượng hoạt động
* 62% số HTX được xếp loại tốt và khá;
* 41 HTX có sản phẩm đạt chuẩn OCOP.
Phòng Tổng hợp - Liên minh HTX tỉnh
""", author=None,
          notes=["note has no tables: the figures are lists under <h3> headings; closed by 'Phòng Tổng hợp - Liên minh "
                 "HTX tỉnh' (an office: text, no author)"],
          **at(datetime(2024, 10, 30, 10, 30), ["HTX", "kinhtếtậpthể"], 6)),
        A(title="HTX Thanh trà Thủy Biều được mùa, được giá",
          body="""
Vụ thanh trà năm nay, HTX Thanh trà Thủy Biều thu hoạch khoảng 120 tấn quả, giá bán bình quân 35.000 đồng/kg.
HTX đã ký hợp đồng tiêu thụ với hai chuỗi siêu thị, giúp thành viên yên tâm mở rộng diện tích.
Theo Báo Thừa Thiên Huế
""", author=None,
          notes=["a reprint closed by 'Theo Báo Thừa Thiên Huế': no author"],
          **at(datetime(2024, 10, 21, 14, 45), ["HTX", "thanhtrà"], 17)),
        A(title="HTX Mè xửng Thiện Hương giữ hương vị đặc sản cố đô",
          body="""
HTX Mè xửng Thiện Hương hiện có 25 thành viên, sản xuất hơn 200 tấn mè xửng mỗi năm.
Sản phẩm của HTX đạt chuẩn OCOP 4 sao và được xuất khẩu sang Hàn Quốc, Nhật Bản.
HTX đang đầu tư dây chuyền đóng gói mới để nâng công suất thêm 30%.
Trần Thị Thu Hiền
""", author="Trần Thị Thu Hiền",
          notes=["not among the creator page's 5 cards (the rest come from a JSON API behind 'もっとみる'): reachable from "
                 "the magazine /htxhue/m/… (linked as ?magazine_key=…, an alias) and the RSS; 'Trần Thị Thu Hiền' -> author"],
          **at(datetime(2024, 10, 9, 8, 20), ["OCOP", "đặcsảnHuế"], 11)),
        A(title="Liên minh HTX tỉnh tập huấn chuyển đổi số cho HTX nông nghiệp",
          body="""
Từ ngày 23 đến 25/9, Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho 45 cán bộ quản lý HTX nông nghiệp.
Học viên được hướng dẫn sử dụng phần mềm kế toán, quản lý thành viên và bán hàng trên sàn thương mại điện tử.
Tin: Lê Văn Hòa
""", author="Lê Văn Hòa",
          notes=["only in the magazine and the RSS; 'Tin: Lê Văn Hòa' -> author"],
          **at(datetime(2024, 9, 26, 16, 0), ["HTX", "chuyểnđổisố"], 9)),
        A(title="Hội nghị tổng kết mô hình HTX kiểu mới huyện Phú Vang",
          body="""
Sáng 11/9, Liên minh HTX tỉnh phối hợp với UBND huyện Phú Vang tổ chức hội nghị tổng kết mô hình HTX kiểu mới giai đoạn 2021 - 2024.
Giai đoạn này, huyện thành lập mới 16 HTX, nâng tổng số lên 38 HTX với hơn 6.200 thành viên.
Hội nghị khen thưởng 6 HTX và 4 cá nhân có thành tích xuất sắc.
Bài: Võ Thị Minh Châu
""", author="Võ Thị Minh Châu",
          notes=["the oldest note: only in the magazine and the RSS; the event 'Sáng 11/9', posted 12/9 09:00 (JST 11:00)"],
          **at(datetime(2024, 9, 12, 9, 0), ["HTX"], 5)),
    ]


def uid(text: str) -> str:
    x = h("id" + text, 32)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


def img_src(name: str) -> str:
    return f"/production/uploads/images/{int(h(name, 8), 16) % 900000000 + 100000000}/picture_pc_{h(name, 32)}.png"


def body_html(a: RichArticle) -> str:
    out = []
    for b in parse_rich(a.body):
        i = uid(a.path + b.text + "".join(b.items))
        if b.kind == "p":
            out.append(f'<p name="{i}" id="{i}">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f'<h3 name="{i}" id="{i}">{esc(b.text)}</h3>')
        elif b.kind in ("ul", "ol"):
            out.append(f'<{b.kind} name="{i}" id="{i}">' + "".join(f"<li>{inline_html(x)}</li>" for x in b.items)
                       + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<figure name="{i}" id="{i}"><a href="{img_src(b.src)}" data-lightbox="{i}"><img src="'
                       f'{img_src(b.src)}" alt="画像" width="620" height="413"></a>'
                       + (f"<figcaption>{esc(b.text)}</figcaption>" if b.text else "") + "</figure>")
    return "".join(out)


V = 'data-v-2f8c1e4a'


HTML = "text/html; charset=utf-8"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thua-thien-hue", f"{NAME} (note)", "generic", None,
                     start_urls=["{{base:%s}}/%s" % (SITE, USER)], feeds=["{{base:%s}}/%s/rss" % (SITE, USER)])
    site.extra_boilerplate += FURN
    add_page = site.page

    def page(path: str, content: str, **kw) -> None:
        add_page(path, content, **(kw or {"content_type": HTML}))
    site.page = page  # type: ignore[method-assign]
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    mag_path = f"/{USER}/m/{MAG}"
    tags = sorted({t for a in arts for t in a.opts["tags"]})

    def layout(title: str, head: str, main: str, state: dict) -> str:
        nuxt = json.dumps(state, ensure_ascii=False).replace("</", "\\u003C/")
        return f"""<!doctype html>
<html data-n-head-ssr lang="ja" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22ja%22%7D%7D">
<head>
<title>{esc(title)}</title>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="og:site_name" property="og:site_name" content="note（ノート）">
<meta data-n-head="ssr" data-hid="twitter:site" name="twitter:site" content="@note_PR">
{head}
<link rel="preload" href="/_nuxt/7c1d0f2.js" as="script"><link rel="stylesheet" href="/_nuxt/css/3a9e1b4.css">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div {V} class="l-wrapper">
<header {V} class="o-globalHeader"><div class="o-globalHeader__inner">
<a href="/" aria-label="note" class="o-globalHeader__logo"><img src="/images/common/logo_note.png" alt="note" width="80" height="26"></a>
<div class="o-globalHeader__search"><input type="search" placeholder="記事、クリエイター、ハッシュタグを検索" class="a-input"></div>
<div class="o-globalHeader__actions"><a href="/login" class="a-button a-button--small">ログイン</a><a href="/signup" class="a-button a-button--primary a-button--small">会員登録</a></div>
</div></header>
<main {V} class="l-main">
{main}
</main>
<footer {V} class="o-footer"><ul class="o-footer__list"><li><a href="/info/n/n6a5d1b9e0f3c">noteについて</a></li><li><a href="/terms">利用規約</a></li><li><a href="/privacy">プライバシーポリシー</a></li><li><a href="/help">ヘルプセンター</a></li></ul><p class="o-footer__copyright">© note inc.</p></footer>
</div></div></div>
<script>window.__NUXT__={nuxt};</script>
<script src="/_nuxt/7c1d0f2.js" defer></script>
</body>
</html>
"""

    def creator_card() -> str:
        return (f'<div {V} class="o-noteCreatorProfile"><a href="/{USER}" class="o-noteCreatorProfile__avatar"><img '
                f'src="/production/uploads/images/avatar/{USER}.png" alt="{attr(NAME)}" width="56" height="56"></a>'
                f'<div class="o-noteCreatorProfile__body"><a href="/{USER}" class="o-noteCreatorProfile__name">{esc(NAME)}'
                f'</a><p class="o-noteCreatorProfile__bio">{esc(BIO)}</p></div><button type="button" class="a-button '
                'o-followButton">フォロー</button></div>')

    def mag_card() -> str:
        return (f'<div {V} class="o-noteMagazineList"><h2 class="o-noteMagazineList__heading">この記事が含まれているマガジン'
                f'</h2><a href="{mag_path}" class="m-magazineCard"><div class="m-magazineCard__title">{esc(MAG_NAME)}</div>'
                f'<div class="m-magazineCard__count">{len(arts)}本</div></a></div>')

    def note_state(a: RichArticle) -> dict:
        return {"layout": "default", "data": [{}], "fetch": {}, "state": {"note": {"noteDetail": {
            "id": int(h(a.path, 8), 16), "key": a.opts["key"], "type": "TextNote", "status": "published",
            "name": a.title, "body": body_html(a), "publishAt": jiso(a.date, ms=False),
            "likeCount": a.opts["likes"], "hashtags": [{"hashtag": {"name": f"#{t}"}} for t in a.opts["tags"]],
            "user": {"urlname": USER, "nickname": NAME},
            "noteUrl": "{{base}}" + a.path, "canComment": True, "commentCount": 0}}}}

    for a in arts:
        desc = inline_text(next(b.text for b in parse_rich(a.body) if b.kind == "p"))[:120]
        img = next((b.src for b in parse_rich(a.body) if b.kind == "img"), None)
        og_img = "{{base}}" + (img_src(img) if img else f"/production/uploads/images/ogp/{USER}.png")
        ld = json.dumps({"@context": "http://schema.org", "@type": "Article",
                         "mainEntityOfPage": {"@type": "WebPage", "@id": "{{base}}" + a.path}, "headline": a.title,
                         "image": {"@type": "ImageObject", "url": og_img}, "datePublished": jiso(a.date, ms=False),
                         "dateModified": jiso(a.date + timedelta(minutes=4), ms=False),
                         "author": {"@type": "Person", "name": NAME, "url": "{{base}}/" + USER},
                         "publisher": {"@type": "Organization", "name": "note株式会社",
                                       "logo": {"@type": "ImageObject", "url": "{{base}}/images/common/logo_note.png"}},
                         "description": desc}, ensure_ascii=False)
        head = f"""<meta data-n-head="ssr" data-hid="description" name="description" content="{attr(desc)}">
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{attr(a.title)}｜{attr(NAME)}">
<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article">
<meta data-n-head="ssr" data-hid="og:url" property="og:url" content="{{{{base}}}}{a.path}">
<meta data-n-head="ssr" data-hid="og:description" property="og:description" content="{attr(desc)}">
<meta data-n-head="ssr" data-hid="og:image" property="og:image" content="{og_img}">
<meta data-n-head="ssr" data-hid="twitter:card" name="twitter:card" content="summary_large_image">
<meta data-n-head="ssr" data-hid="note:card" property="note:card" content="{og_img}">
<link data-n-head="ssr" rel="canonical" href="{{{{base}}}}{a.path}">
<link data-n-head="ssr" rel="alternate" type="application/rss+xml" title="RSS" href="{{{{base}}}}/{USER}/rss">
<script data-n-head="ssr" type="application/ld+json">{ld}</script>"""
        eyecatch = (f'<div {V} class="o-noteEyecatch"><img src="{img_src(img)}" alt="見出し画像" class="o-noteEyecatch__image" '
                    'width="1280" height="670"></div>') if img else ""
        tag_html = "".join(f'<a {V} href="/hashtag/{quote(t, safe="")}" class="m-tagList__item"><div class="a-tag__label">'
                           f"#{esc(t)}</div></a>" for t in a.opts["tags"])
        main = f"""<article {V} class="o-noteContent">
{eyecatch}
<div {V} class="o-noteContentHeader">
<h1 {V} class="o-noteContentHeader__title">{esc(a.title)}</h1>
<div {V} class="o-noteContentHeader__info">
<div class="o-noteContentHeader__avatar"><a href="/{USER}"><img src="/production/uploads/images/avatar/{USER}.png" alt="{attr(NAME)}" width="40" height="40"></a></div>
<div class="o-noteContentHeader__name"><a href="/{USER}">{esc(NAME)}</a></div>
<div class="o-noteContentHeader__date"><time datetime="{jiso(a.date)}">{jtext(a.date)}</time></div>
</div>
</div>
<div {V} class="p-article__content"><div data-name="body" class="note-common-styles__textnote-body">{body_html(a)}</div></div>
<div {V} class="o-noteContentFooter">
<div class="m-tagList">{tag_html}</div>
<div class="o-noteContentFooter__actions"><div class="o-noteLikeV3"><button type="button" aria-label="スキ" aria-pressed="false" class="o-noteLikeV3__iconButton"><span class="a-icon a-icon--heart"></span></button><span class="o-noteLikeV3__count">{a.opts['likes']}</span><span class="o-noteLikeV3__label">スキ</span></div></div>
<div class="o-noteSupport"><p class="o-noteSupport__text">この記事が気に入ったらチップで応援してみませんか？</p><button type="button" class="a-button a-button--primary">チップで応援</button></div>
{creator_card()}
{mag_card()}
</div>
</article>"""
        site.page(a.path, layout(f"{a.title}｜{NAME}", head, main, note_state(a)))
        site.add_article(a)
        alias = f"{a.path}?magazine_key={MAG}"
        site.same_page(alias, a.path)
        a.aliases.append(alias)
        for b in parse_rich(a.body):
            if b.kind == "img":
                from .core import image_for
                site.binary(img_src(b.src), image_for(b.src))
    site.trap("note prints times in Japan time: <time datetime='…+09:00'>2024年11月8日 00:40</time>, JSON-LD "
              "datePublished and __NUXT__ publishAt alike: two hours ahead of Vietnam", arts[2].path)
    site.trap("the header's and JSON-LD's author is the creator (the office 'LMHTX Thừa Thiên Huế'): never the author",
              arts[0].path)
    site.trap("the footer carries hashtags (#…), the like counter 'スキ', the tip box, the creator card and the magazine "
              "card; <title> and og:title are '<title>｜LMHTX Thừa Thiên Huế'", arts[1].path)

    # the creator page: 5 cards, relative ages
    def card(a: RichArticle, href: str) -> str:
        img = next((b.src for b in parse_rich(a.body) if b.kind == "img"), None)
        thumb = f'<img src="{img_src(img)}" alt="" class="m-largeNoteWrapper__thumbnail">' if img else ""
        return (f'<div {V} class="m-largeNoteWrapper"><a href="{href}" class="m-largeNoteWrapper__link">{thumb}'
                f'<h3 class="m-noteBodyTitle__title">{esc(a.title)}</h3><p class="m-noteBody__text">'
                f'{esc(a.summary()[:90])}</p></a><div class="o-largeNoteSummary__footer"><div class="o-largeNoteSummary__userName">'
                f'{esc(NAME)}</div><time class="o-largeNoteSummary__date" datetime="{jiso(a.date)}">{ago(a.date)}</time>'
                f'<span class="o-noteLikeV3__count">{a.opts["likes"]}</span></div></div>')

    creator_main = f"""<div {V} class="p-creator">
<div class="p-creatorHeader"><img src="/production/uploads/images/avatar/{USER}.png" alt="{attr(NAME)}" width="96" height="96">
<h1 class="p-creatorHeader__name">{esc(NAME)}</h1><p class="p-creatorHeader__bio">{esc(BIO)}</p>
<div class="p-creatorHeader__count"><span>{len(arts)}</span> 記事 <span>312</span> フォロワー</div>
<button type="button" class="a-button o-followButton">フォロー</button></div>
<nav class="p-creatorTabs"><a href="/{USER}" class="is-active">ホーム</a><a href="/{USER}/magazines">マガジン</a></nav>
<section class="p-creatorSection"><h2>記事</h2><div class="p-creatorNotes">{"".join(card(a, a.path) for a in arts[:5])}</div>
<button type="button" class="a-button p-creatorNotes__more">もっとみる</button></section>
<section class="p-creatorSection"><h2>マガジン</h2><a href="{mag_path}" class="m-magazineCard"><div class="m-magazineCard__title">{esc(MAG_NAME)}</div><div class="m-magazineCard__count">{len(arts)}本</div></a></section>
</div>"""
    state = {"layout": "default", "data": [{}], "state": {"creator": {"urlname": USER, "nickname": NAME,
                                                                      "noteCount": len(arts)}}}
    chead = (f'<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{attr(NAME)}｜note">\n'
             f'<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="profile">\n'
             f'<link data-n-head="ssr" rel="canonical" href="{{{{base}}}}/{USER}">\n'
             f'<link data-n-head="ssr" rel="alternate" type="application/rss+xml" title="RSS" href="{{{{base}}}}/{USER}/rss">')
    site.page(f"/{USER}", layout(f"{NAME}｜note", chead, creator_main, state))
    site.non_articles.append(f"/{USER}")
    site.trap("the creator page /htxhue: the 5 newest note cards with relative ages ('2日前', '2週間前', older ones "
              "'2024年10月21日 16:45'), the exact time only in the datetime attribute; 'もっとみる' is a button (a JSON "
              "API), no link", f"/{USER}")

    # the magazine and the magazine list
    mag_main = (f'<div {V} class="p-magazine"><h1 class="p-magazine__title">{esc(MAG_NAME)}</h1><p class="p-magazine__'
                f'description">Tổng hợp tin hoạt động của Liên minh HTX tỉnh và các HTX trên địa bàn.</p>'
                f'<div class="p-magazine__creator"><a href="/{USER}">{esc(NAME)}</a></div><div class="p-magazine__notes">'
                + "".join(card(a, f"{a.path}?magazine_key={MAG}") for a in arts) + "</div></div>")
    site.page(mag_path, layout(f"{MAG_NAME}｜{NAME}｜note", f'<link data-n-head="ssr" rel="canonical" href="{{{{base}}}}'
                                                          f'{mag_path}">', mag_main, {"layout": "default", "data": [{}]}))
    site.page(f"/{USER}/magazines", layout(f"マガジン一覧｜{NAME}｜note", "",
                                           f'<div {V} class="p-magazines"><a href="{mag_path}" class="m-magazineCard">'
                                           f'<div class="m-magazineCard__title">{esc(MAG_NAME)}</div></a></div>',
                                           {"layout": "default", "data": [{}]}))
    site.non_articles += [mag_path, f"/{USER}/magazines"]
    site.trap("the magazine /htxhue/m/<key> lists every note, linked as /htxhue/n/<key>?magazine_key=<magazine> (the "
              "same page: an alias); the oldest notes are only there and in the RSS", mag_path)

    for t in tags:
        items = [a for a in arts if t in a.opts["tags"]]
        path = f"/hashtag/{quote(t, safe='')}"
        site.page(path, layout(f"#{t}｜note", "", f'<div {V} class="p-hashtag"><h1>#{esc(t)}</h1>'
                               + "".join(card(a, a.path) for a in items) + "</div>", {"layout": "default", "data": [{}]}))
        site.non_articles.append(path)
    for path, title in [("/", "note ――つくる、つながる、とどける。"), ("/login", "ログイン｜note"),
                        ("/signup", "会員登録｜note"), ("/terms", "利用規約｜note"), ("/privacy", "プライバシーポリシー｜note"),
                        ("/help", "ヘルプセンター｜note"), ("/info/n/n6a5d1b9e0f3c", "noteについて｜note公式")]:
        site.page(path, layout(title, "", f'<div {V} class="p-static"><h1>{esc(title)}</h1></div>',
                               {"layout": "default", "data": [{}]}))
        site.non_articles.append(path)
    site.trap("the platform's own pages (/, /info/n/…, /terms …) are on the same host: not the alliance's articles "
              "(/info/n/… has a note's URL shape)", "/info/n/n6a5d1b9e0f3c")

    items = "".join(f"""<item>
<title>{esc(a.title)}</title>
<media:thumbnail>{{{{base}}}}{img_src(next((b.src for b in parse_rich(a.body) if b.kind == "img"), a.title))}</media:thumbnail>
<description><![CDATA[{a.summary()}<a href='{{{{base}}}}{a.path}'>続きをみる</a>]]></description>
<note:creatorImage>{{{{base}}}}/production/uploads/images/avatar/{USER}.png</note:creatorImage>
<note:creatorName>{esc(NAME)}</note:creatorName>
<pubDate>{jst(a.date):%a, %d %b %Y %H:%M:%S} +0900</pubDate>
<link>{{{{base}}}}{a.path}</link>
<guid>{{{{base}}}}{a.path}</guid>
</item>
""" for a in arts)
    site.page(f"/{USER}/rss", f"""<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:media="http://search.yahoo.com/mrss/" xmlns:note="https://note.com" version="2.0">
<channel>
<title>{esc(NAME)}</title>
<description>{esc(BIO)}</description>
<link>{{{{base}}}}/{USER}</link>
<atom:link xmlns:atom="http://www.w3.org/2005/Atom" rel="self" type="application/rss+xml" href="{{{{base}}}}/{USER}/rss"/>
<copyright>{esc(NAME)}</copyright>
<lastBuildDate>{jst(NOW):%a, %d %b %Y %H:%M:%S} +0900</lastBuildDate>
{items}</channel>
</rss>
""", content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /htxhue/rss: every note, <pubDate> +0900", f"/{USER}/rss")
    site.static("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /search\nDisallow: /*/n/*/embed\n")
    return site
