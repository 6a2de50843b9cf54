"""Site `oa-htxquangtri` (registry family `generic`): the **Zalo Official Account** "Liên minh HTX tỉnh Quảng Trị"
(a verified OA of a state organisation), its articles ("Bài viết") as the browser shows them to anyone who opens a
shared link outside the Zalo app: the mobile-first article viewer and the OA's profile page (the copy is of Monday
20 May 2024, before the province merged with Quảng Bình). The sample cannot have several hosts: the viewer's host
stands for the whole of Zalo, and the photo and file CDN (`*.zadn.vn` in reality) is served from the same host under
`/zadn/`. Written as a held-out test: no family module, no selectors.

URL shapes: an article `/article/<32 hex id>` (no slug, no date); the same article with the tracking parameters
Zalo adds to links shared in chats: `?gidzl=<token>` (a staff member pasted such a link into a later article) and
`?utm_source=zalo&utm_medium=zalo&utm_campaign=zalo` (the links the in-app browser opened, pasted back into an
article): aliases; the OA's profile `/<19-digit OA id>` (cover, avatar, "người quan tâm", the "Bài viết" tab with the
6 newest article cards) and its no-script pager `/<oa id>?page=2`; the Zalo landing page `/` (the logo's link). No
feed, no site map, no search, no tags, no categories, no canonical (only `og:url`), no JSON-LD.

Why it is hard: a mobile web app. The page is a stack of `div`s: an app banner ("Mở ứng dụng để nhận tin mới nhất từ
Official Account", "Mở Zalo"), the header (`h1.article__title`; the OA's avatar and name with its verified tick; the
article's `author` field as the OA typed it; the date `span.article__date` "15/05/2024": the day only; the "Quan tâm"
button), the cover photo (no caption), the content blocks (`div.article-block--text` with the editor's HTML: `<p>`,
`<h2>`, lists, a table pasted from Word; `div.article-block--image` with the caption in `p.article-block__caption`;
`div.article-block--video` with a poster and no caption), the footer ("Lượt xem: 1.254", "Báo xấu"), an OA card, "Bài
viết khác của OA" (5 other articles with their dates) and a sticky bottom bar ("Quan tâm", "Chia sẻ"). The summary
the OA typed (`description`) is only in `og:description` and on the profile's cards: not text. The exact time is only
in the app's state (`window.__ARTICLE_DATA__ = {"create_date": 1715448000000, …}`, epoch milliseconds): the page
prints the day, so a careful reader gives the day (midnight, Vietnam time); read as UTC the state of the article
posted at 00:20 on 12 May says 11 May. The `author` field is free text: a person's name (the author), the OA's own
name, "Admin" or a newspaper (no author); a closing byline overrides it. The oldest article is only on `?page=2`.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, table_html

SITE = "oa-htxquangtri"
OA_ID = "2957301846192735104"
OA_NAME = "Liên minh HTX tỉnh Quảng Trị"
OA_DESC = "Kênh thông tin chính thức của Liên minh Hợp tác xã tỉnh Quảng Trị trên Zalo"
OA_ADDR = "Số 01 Hàn Thuyên, phường 1, TP Đông Hà, tỉnh Quảng Trị"
FOLLOWERS = "2.317 người quan tâm"
PER = 6
FURN = ["Mở ứng dụng để nhận tin mới nhất từ Official Account", "Mở Zalo", "Quan tâm", "Bài viết khác của OA",
        "Xem tất cả", "Báo xấu", "Lượt xem:", FOLLOWERS, OA_DESC, "Chia sẻ", "Official Account"]


def h(text: str, n: int = 32) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def epoch_ms(d: datetime) -> int:
    return int(d.replace(tzinfo=timezone(timedelta(hours=7))).timestamp() * 1000)


def articles() -> list[RichArticle]:
    A = RichArticle

    def day(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 14/TB-LMHTX về việc tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh Quảng Trị năm 2024",
          body="""
LIÊN MINH HTX TỈNH QUẢNG TRỊ
Số: 14/TB-LMHTX
Quảng Trị, ngày 13 tháng 5 năm 2024
THÔNG BÁO
Về việc tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh Quảng Trị năm 2024
Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm OCOP và HTX từ ngày 07/6 đến ngày 11/6/2024 tại Quảng trường Hùng Vương, TP Đông Hà.
Các HTX có nhu cầu tham gia gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 31/5/2024; mỗi HTX được hỗ trợ một gian hàng tiêu chuẩn.
Mọi chi tiết xin liên hệ Văn phòng Liên minh HTX tỉnh, điện thoại 0233.3852.146.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Thu Hiền
""", author=None, doc_number="14/TB-LMHTX",
          attachments=[{"path": "/zadn/file/8c1f0e5b7a2d4c93b6e1f0a2d3c4b5e6/TB-14-LMHTX.pdf", "text": "TB-14-LMHTX.pdf"}],
          description="Liên minh HTX tỉnh thông báo tổ chức Hội chợ sản phẩm OCOP và HTX năm 2024 tại TP Đông Hà.",
          opts={"by": "Văn phòng Liên minh HTX", "views": "1.254", "cover": "hoi-cho-ocop-cover.jpg"},
          notes=["notice 'Số: 14/TB-LMHTX' dated 13/5 in its text, shown '15/05/2024' (the day only: midnight); the author "
                 "field 'Văn phòng Liên minh HTX' (the office): no author; the signer is text; the file link in its own "
                 "paragraph (/zadn/file/…/TB-14-LMHTX.pdf, the CDN) is an attachment, not text; a later article links "
                 "it with Zalo's utm parameters: an alias"],
          **day(datetime(2024, 5, 15, 9, 30))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Hải Ba",
          body="""
Chiều 11/5, đoàn công tác Liên minh HTX tỉnh do Chủ tịch Lê Văn Bình dẫn đầu đã làm việc với HTX Nông nghiệp Hải Ba (huyện Hải Lăng).
HTX hiện có 1.420 thành viên, cung ứng dịch vụ thủy lợi, làm đất, giống lúa và tiêu thụ 3.000 tấn lúa mỗi vụ.
HTX kiến nghị được hỗ trợ vốn đầu tư máy sấy lúa và kho chứa để chủ động tiêu thụ lúa hữu cơ.
Liên minh HTX tỉnh ghi nhận các kiến nghị và sẽ hướng dẫn HTX lập hồ sơ vay Quỹ hỗ trợ phát triển HTX.
""", author=None,
          description="Đoàn công tác Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Hải Ba về sản xuất lúa hữu cơ.",
          opts={"by": "Admin", "views": "642", "cover": "hai-ba-cover.jpg"},
          notes=["posted at 00:20 on 12 May about the afternoon of 11/5: the page shows '12/05/2024' (midnight of the 12th, "
                 "Vietnam time); only the app state has the time, as epoch milliseconds (create_date 1715448000000 = "
                 "2024-05-11T17:20Z: read as UTC it is the 11th); the author field 'Admin': no author"],
          **day(datetime(2024, 5, 12, 0, 20))),
        A(path="", title="Ảnh: HTX Dịch vụ nông nghiệp Triệu Đại thu hoạch lúa hữu cơ vụ đông xuân",
          body="""
Những ngày đầu tháng 5, thành viên HTX Dịch vụ nông nghiệp Triệu Đại (huyện Triệu Phong) thu hoạch 45 ha lúa hữu cơ vụ đông xuân.
[img trieu-dai-1.jpg] Máy gặt đập liên hợp của HTX thu hoạch lúa trên cánh đồng hữu cơ
[img trieu-dai-2.jpg] Lúa hữu cơ được sấy ngay tại lò sấy của HTX để giữ chất lượng hạt
[img trieu-dai-3.jpg] Gạo hữu cơ Triệu Đại đóng túi 5 kg mang tem truy xuất nguồn gốc
Năng suất lúa hữu cơ vụ này đạt 5,2 tấn/ha; toàn bộ sản lượng đã có doanh nghiệp bao tiêu. Xem lại [[thông báo về Hội chợ OCOP|{{notice}}]].
""", byline="Bài, ảnh: Lê Quang Hiếu", author="Lê Quang Hiếu",
          description="Thành viên HTX Triệu Đại thu hoạch 45 ha lúa hữu cơ vụ đông xuân 2024.",
          opts={"by": OA_NAME, "views": "2.108", "cover": "trieu-dai-cover.jpg"},
          notes=["photo story: three image blocks, the caption in p.article-block__caption (one line each); the author "
                 "field is the OA's own name, 'Bài, ảnh: Lê Quang Hiếu' closes it -> author; its last paragraph links the "
                 "notice as /article/<id>?utm_source=zalo&utm_medium=zalo&utm_campaign=zalo (an alias)"],
          **day(datetime(2024, 5, 10, 15, 45))),
        A(path="", title="Kinh tế tập thể tỉnh Quảng Trị 4 tháng đầu năm 2024",
          body="""
Bốn tháng đầu năm 2024, toàn tỉnh thành lập mới 14 HTX, nâng tổng số HTX đang hoạt động lên 512 HTX.
| Chỉ tiêu | Đơn vị | 4 tháng 2024 | Cùng kỳ 2023 |
| HTX thành lập mới | HTX | 14 | 11 |
| HTX giải thể | HTX | 3 | 5 |
| Tổ hợp tác thành lập mới | THT | 22 | 18 |
| Thành viên HTX | người | 61.480 | 60.215 |
Liên minh HTX tỉnh tiếp tục hướng dẫn các HTX tổ chức lại theo Luật Hợp tác xã năm 2023.
""", author="Hồ Thị Thu Trang",
          description="Số liệu phát triển HTX, tổ hợp tác tỉnh Quảng Trị 4 tháng đầu năm 2024.",
          opts={"by": "Hồ Thị Thu Trang", "views": "877", "cover": "so-lieu-cover.jpg"},
          notes=["a table pasted from Word into the text block (<table> with a header row): one line per row; the author "
                 "field 'Hồ Thị Thu Trang' (a staff member), no byline: she is the author"],
          **day(datetime(2024, 5, 6, 8, 10))),
        A(path="", title="5 bước để HTX đăng ký đánh giá, phân hạng sản phẩm OCOP",
          body="""
Năm 2024, tỉnh Quảng Trị phấn đấu có thêm 40 sản phẩm OCOP, trong đó các HTX là chủ thể chính.
## Các bước HTX cần thực hiện
* Đăng ký ý tưởng sản phẩm với UBND cấp xã;
* Hoàn thiện phương án sản xuất kinh doanh và hồ sơ sản phẩm;
* Đánh giá, phân hạng sản phẩm ở cấp huyện;
* Gửi hồ sơ sản phẩm đạt từ 3 sao lên Hội đồng cấp tỉnh;
* Nhận giấy chứng nhận và sử dụng nhãn OCOP trên bao bì.
Liên minh HTX tỉnh hỗ trợ miễn phí HTX hoàn thiện hồ sơ; xem số liệu HTX tại [[bài trước|{{table}}]].
""", byline="Nguyễn Văn Lực - Phòng Tư vấn, hỗ trợ", author="Nguyễn Văn Lực",
          description="Hướng dẫn các bước để HTX đăng ký đánh giá, phân hạng sản phẩm OCOP năm 2024.",
          opts={"by": "Admin", "views": "1.530", "cover": "ocop-cover.jpg"},
          notes=["an h2 and a bulleted list in the text block (one line each); the author field 'Admin', 'Nguyễn Văn Lực - "
                 "Phòng Tư vấn, hỗ trợ' closes it -> Nguyễn Văn Lực; it links the table article as a link copied from a "
                 "chat: /article/<id>?gidzl=<token> (an alias)"],
          **day(datetime(2024, 4, 29, 10, 0))),
        A(path="", title="HTX Nông nghiệp hữu cơ Triệu Phong liên kết xuất khẩu gạo sang châu Âu",
          body="""
HTX Nông nghiệp hữu cơ Triệu Phong vừa ký hợp đồng xuất khẩu 60 tấn gạo hữu cơ sang Đức và Hà Lan.
Gạo được sản xuất trên cánh đồng 80 ha đạt chứng nhận hữu cơ của Liên minh châu Âu.
Giá xuất khẩu cao gấp đôi gạo thường, giúp thành viên HTX có thu nhập ổn định.
""", byline="Theo Báo Quảng Trị", author=None,
          description="HTX Nông nghiệp hữu cơ Triệu Phong ký hợp đồng xuất khẩu 60 tấn gạo hữu cơ.",
          opts={"by": "Báo Quảng Trị", "views": "3.402", "cover": "gao-huu-co-cover.jpg"},
          notes=["the author field 'Báo Quảng Trị' and 'Theo Báo Quảng Trị' closing the text: a reprint, no author"],
          **day(datetime(2024, 4, 22, 14, 30))),
        A(path="", title="HTX Thủy sản Cửa Việt đầu tư tàu dịch vụ hậu cần nghề cá",
          body="""
HTX Thủy sản Cửa Việt (huyện Gio Linh) vừa đưa vào hoạt động tàu dịch vụ hậu cần nghề cá công suất 800 CV.
[img video-cua-viet.jpg]
Tàu thu mua hải sản trên biển cho 35 tàu cá thành viên, giúp ngư dân kéo dài thời gian bám biển.
HTX dự kiến doanh thu từ dịch vụ hậu cần năm 2024 đạt 12 tỷ đồng.
""", byline="Phan Thị Hạnh", author="Phan Thị Hạnh",
          description="HTX Thủy sản Cửa Việt đưa tàu dịch vụ hậu cần nghề cá vào hoạt động.",
          opts={"by": OA_NAME, "views": "958", "cover": "cua-viet-cover.jpg"},
          notes=["a video block (poster image, play button, no caption): adds no line; the bare name 'Phan Thị Hạnh' closes "
                 "the text: the author; only on the profile's ?page=2 (never in 'Bài viết khác của OA')"],
          **day(datetime(2024, 4, 12, 16, 5))),
        A(path="", title="Liên minh HTX tỉnh Quảng Trị tổng kết công tác năm 2023",
          body="""
Ngày 24/1, Liên minh HTX tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
[img tong-ket-2023.jpg] Quang cảnh hội nghị tổng kết
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 36 HTX, tổ chức 10 lớp tập huấn cho 540 lượt cán bộ HTX.
""", byline="Tin, ảnh: Võ Thị Mỹ Linh", author="Võ Thị Mỹ Linh",
          description="Liên minh HTX tỉnh tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.",
          opts={"by": OA_NAME, "views": "1.106", "cover": "tong-ket-cover.jpg"},
          notes=["the oldest article: only on the profile's no-script pager /<oa id>?page=2 (never in 'Bài viết khác của "
                 "OA'); 'Tin, ảnh: Võ Thị Mỹ Linh' -> author"],
          **day(datetime(2024, 1, 25, 9, 0))),
    ]


def body_html(a: RichArticle, links: dict[str, str]) -> str:
    """The content blocks: consecutive text blocks form one `article-block--text` (the editor's HTML); a photo is an
    image block, a `video-…` poster a video block (no caption, no line)."""
    out, text = [], []

    def flush() -> None:
        if text:
            out.append('<div class="article-block article-block--text">' + "".join(text) + "</div>")
            text.clear()

    for b in a.blocks:
        if b.kind == "p":
            html = inline_html(b.text)
            for key, href in links.items():
                html = html.replace("{{" + key + "}}", attr(href))
            text.append(f"<p>{html}</p>")
        elif b.kind == "h":
            text.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            text.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            text.append(table_html(b, css="MsoTableGrid"))
        elif b.kind == "img" and b.src.startswith("video-"):
            flush()
            out.append(f'<div class="article-block article-block--video"><div class="video-player" data-video-id="'
                       f'{h(b.src, 20)}"><img class="video-player__poster" src="/zadn/photo/{h(b.src)}/{b.src}" alt="">'
                       '<span class="video-player__play"></span></div></div>')
        elif b.kind == "img":
            flush()
            cap = f'<p class="article-block__caption">{esc(b.text)}</p>' if b.text else ""
            out.append(f'<div class="article-block article-block--image"><img src="/zadn/photo/{h(b.src)}/{b.src}" '
                       f'alt="" loading="lazy">{cap}</div>')
    for x in a.attachments:
        text.append(f'<p><a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    if a.byline:
        text.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    flush()
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-tri", f"{OA_NAME} (Zalo Official Account)", "generic", None,
                     start_urls=["{{base:%s}}/%s" % (SITE, OA_ID)])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.opts["id"] = h(a.title)
        a.path = f"/article/{a.opts['id']}"
    notice = next(a for a in arts if a.doc_number)
    table = next(a for a in arts if "| Chỉ tiêu" in a.body)
    photo = next(a for a in arts if a.title.startswith("Ảnh:"))
    oldest = arts[-1]
    utm = f"{notice.path}?utm_source=zalo&utm_medium=zalo&utm_campaign=zalo"
    gid = f"{table.path}?gidzl=Qk9wL5xGm2nVh7sT1yKc4RbA0pDfEuJ8oZiN3qWlXa6vBtC"
    links = {"notice": utm, "table": gid}
    notice.aliases.append(utm)
    table.aliases.append(gid)
    avatar = f"/zadn/avatar/{h(OA_ID)}/oa-avatar.jpg"

    def state(a: RichArticle) -> str:
        data = {"id": a.opts["id"], "oa_id": OA_ID, "type": "normal", "title": a.title, "author": a.opts["by"],
                "description": a.description, "cover": {"cover_type": "photo", "photo_url": cover(a)},
                "create_date": epoch_ms(a.date), "update_date": epoch_ms(a.date + timedelta(minutes=7)),
                "total_view": int(a.opts["views"].replace(".", "")), "status": "show", "comment": "hide"}
        return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")

    def cover(a: RichArticle) -> str:
        return f"/zadn/photo/{h(a.opts['cover'])}/{a.opts['cover']}"

    def page(title: str, desc: str, image: str, url: str, main: str, script: str = "", kind: str = "article") -> str:
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{esc(title)}</title>
<meta name="description" content="{attr(desc)}">
<meta property="og:type" content="{kind}">
<meta property="og:site_name" content="Zalo">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(desc)}">
<meta property="og:image" content="{{{{base}}}}{image}">
<meta property="og:url" content="{{{{base}}}}{url}">
<link rel="icon" href="/static/images/favicon.png">
<link rel="stylesheet" href="/static/article/css/app.min.css">
</head>
<body class="zl-page zl-page--{kind}">
<div id="app">
<div class="app-banner"><a class="app-banner__logo" href="/"><img src="/static/images/zalo-logo.png" alt="Zalo"></a><div class="app-banner__text">Mở ứng dụng để nhận tin mới nhất từ Official Account</div><a class="app-banner__btn" href="javascript:void(0)" data-deeplink="zalo://oa/{OA_ID}">Mở Zalo</a></div>
{main}
</div>
{script}<script src="/static/article/js/app.min.js"></script>
</body>
</html>
"""

    def oa_head(cls: str) -> str:
        return (f'<a class="oa-info {cls}" href="/{OA_ID}"><img class="oa-info__avatar" src="{avatar}" alt=""><span '
                f'class="oa-info__name">{esc(OA_NAME)}</span><i class="oa-info__verified" title="Tài khoản đã xác thực">'
                "</i></a>")

    def card(a: RichArticle, css: str = "related", desc: bool = False) -> str:
        d = f'<p class="{css}__desc">{esc(a.description)}</p>' if desc else ""
        return (f'<li class="{css}__item"><a class="{css}__link" href="{a.path}"><img class="{css}__thumb" src="{cover(a)}" '
                f'alt="" loading="lazy"><div class="{css}__info"><p class="{css}__name">{esc(a.title)}</p>{d}'
                f'<span class="{css}__date">{a.date:%d/%m/%Y}</span></div></a></li>')

    follow = f'<button type="button" class="btn-follow" data-oaid="{OA_ID}">Quan tâm</button>'
    visible = [a for a in arts if a is not oldest]
    for a in arts:
        rel = [x for x in visible if x is not a][:5]
        main = f"""<article class="article" data-id="{a.opts['id']}">
<header class="article__header">
<h1 class="article__title">{esc(a.title)}</h1>
<div class="article__info">{oa_head("article__oa")}<div class="article__sub"><span class="article__author">{esc(a.opts['by'])}</span><span class="article__dot">·</span><span class="article__date">{a.date:%d/%m/%Y}</span></div>{follow}</div>
</header>
<div class="article__cover"><img src="{cover(a)}" alt=""></div>
<div class="article__body">{body_html(a, links)}</div>
<div class="article__footer"><span class="article__views">Lượt xem: {a.opts['views']}</span><a class="article__report" href="javascript:void(0)">Báo xấu</a></div>
</article>
<section class="oa-card">{oa_head("oa-card__head")}<p class="oa-card__desc">{esc(OA_DESC)}</p><p class="oa-card__followers">{FOLLOWERS}</p>{follow}</section>
<section class="related"><h2 class="related__title">Bài viết khác của OA</h2><ul class="related__list">{"".join(card(x) for x in rel)}</ul><a class="related__more" href="/{OA_ID}">Xem tất cả</a></section>
<div class="bottom-bar">{follow}<button type="button" class="btn-share" data-url="{a.path}">Chia sẻ</button></div>"""
        script = f"<script>window.__ARTICLE_DATA__ = {state(a)};</script>\n"
        site.page(a.path, page(a.title, a.description, cover(a), a.path, main, script))
        for alias in a.aliases:
            site.same_page(alias, a.path)
        site.binary(cover(a), image_for(a.opts["cover"]))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/zadn/photo/{h(b.src)}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH QUANG TRI", "THONG BAO SO 14/TB-LMHTX"]))
        site.add_article(a)
    site.binary(avatar, image_for("oa-avatar"))
    site.binary("/static/images/favicon.png", image_for("favicon"))
    site.trap("the viewer's 'Bài viết khác của OA' (5 other articles, cover, title, dd/mm/yyyy) and the OA card "
              "('2.317 người quan tâm', the OA's description) follow every article: not text", photo.path)
    site.trap("links pasted from chats: ?utm_source=zalo&utm_medium=zalo&utm_campaign=zalo and ?gidzl=<token> after "
              "/article/<id>: the same page (aliases)", gid)

    # the OA's profile and its no-script pager
    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(pages, 1):
        path = f"/{OA_ID}" if n == 1 else f"/{OA_ID}?page={n}"
        pager = ""
        if n < len(pages):
            pager = f'<a class="oa-articles__more" href="/{OA_ID}?page={n + 1}">Xem thêm</a>'
        if n > 1:
            pager = f'<a class="oa-articles__prev" href="/{OA_ID}{"" if n == 2 else f"?page={n - 1}"}">Mới hơn</a>' + pager
        main = f"""<div class="oa-profile">
<div class="oa-profile__cover"><img src="/zadn/photo/{h("oa-cover")}/oa-cover.jpg" alt=""></div>
<div class="oa-profile__head"><img class="oa-profile__avatar" src="{avatar}" alt=""><h1 class="oa-profile__name">{esc(OA_NAME)}<i class="oa-info__verified" title="Tài khoản đã xác thực"></i></h1><p class="oa-profile__followers">{FOLLOWERS}</p>{follow}</div>
<div class="oa-profile__about"><p>{esc(OA_DESC)}</p><p class="oa-profile__addr">Địa chỉ: {esc(OA_ADDR)}</p></div>
<nav class="oa-tabs"><span class="oa-tabs__item oa-tabs__item--active">Bài viết</span></nav>
<ul class="oa-articles">{"".join(card(a, "oa-articles", True) for a in chunk)}</ul>
<div class="oa-articles__pager">{pager}</div>
</div>"""
        site.page(path, page(OA_NAME, OA_DESC, avatar, f"/{OA_ID}", main, kind="profile"))
        site.non_articles.append(path)
    site.binary(f"/zadn/photo/{h('oa-cover')}/oa-cover.jpg", image_for("oa-cover"))
    site.trap("the OA's profile /<oa id>: 6 article cards (cover, title, the OA's summary, dd/mm/yyyy), 'Xem thêm' to "
              "the no-script pager ?page=2 that holds the two oldest", f"/{OA_ID}?page=2")
    site.page("/", page("Zalo - Nhắn gửi yêu thương", "Zalo - ứng dụng nhắn tin, gọi điện miễn phí", "/static/images/zalo-logo.png",
                        "/", '<div class="landing"><h1>Zalo</h1><p>Nhắn gửi yêu thương</p><p><a href="'
                        '{{base:offsite}}/zalo-download/">Tải Zalo</a></p></div>', kind="website"))
    site.non_articles.append("/")
    site.trap("the logo links the Zalo landing page '/': not the OA, not an article", "/")
    site.static("/robots.txt", "User-agent: *\nAllow: /\n")
    return site
