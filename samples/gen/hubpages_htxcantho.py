"""Site `hubpages-htxcantho` (registry family `generic`): "Kinh Tế Hợp Tác Hub", a Vietnamese writers' hub on the
**HubPages / Maven** platform (the Arena Group's shared publishing stack: one domain, many writers' accounts, topic
channels, the `m-detail` article template, programmatic ad slots, a OneTrust cookie banner). Staff of the Cần Thơ city
cooperative alliance write here under their own accounts, and the alliance has an organisation account. The copy is of
20 November 2024, 09:00 (before Cần Thơ merged with Sóc Trăng and Hậu Giang). Written as a held-out test: no family
module, no selectors.

What is an article here: an article page `/<topic>/<Title-Slug>` (HubPages' Title-Case slugs; its canonical). Old
HubPages addresses `/hub/<Title-Slug>` still answer 301 to it (the writers' profiles link three of them: aliases). Other
pages: the home `/`, topic channels `/nong-nghiep` and `/kinh-te-hop-tac` (cards, 4 a page, "Xem thêm" to `?page=2`:
the oldest articles only there), writer profiles `/@<user>`, `/sitemap.xml` (lastmod = the last update), robots.txt.
No feed.

Why it is hard: the date under the title is the LAST UPDATE when the article was edited ("Cập nhật ngày 3 tháng 11,
2024", no time); the publication is only in the JSON-LD `datePublished`, in UTC ("2024-10-21T01:30:00Z"), beside
`dateModified`; an article never edited shows its publication day ("Ngày 12 tháng 11, 2024"), which for a post at 06:15
Vietnam time is the day AFTER the JSON-LD's UTC date ("2024-11-11T23:15:00Z"). The writer is the byline account ("Bởi
Lê Quốc Thanh", linked to /@lequocthanh): the author; the organisation account "Liên minh HTX TP Cần Thơ" is an office:
no author. The text is `div.m-detail--body`: paragraphs, `<h2>`, lists, a table, `<figure>` photos with `<figcaption>`
lines; the ad slots inside it ("Quảng cáo"), the author bio box at the end ("Về tác giả"), the HubPages accuracy
disclaimer, "Bài viết liên quan" cards, comments (with the writer's replies), the share bar and the cookie banner are
not text.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, nfc
from .richbody import RichArticle, RichBlock

SITE = "hubpages-htxcantho"
NAME = "Kinh Tế Hợp Tác Hub"
NOW = datetime(2024, 11, 20, 9, 0)
PER_PAGE = 4
TOPICS = {"nong-nghiep": "Nông nghiệp", "kinh-te-hop-tac": "Kinh tế hợp tác"}
USERS = {
    "lequocthanh": ("Lê Quốc Thanh", "Lê Quốc Thanh là cán bộ Ban Tuyên truyền, Liên minh HTX TP Cần Thơ, viết về "
                                     "mô hình HTX nông nghiệp vùng Đồng bằng sông Cửu Long."),
    "bichngoc_ct": ("Trần Thị Bích Ngọc", "Trần Thị Bích Ngọc là cộng tác viên, quan tâm đến OCOP và du lịch cộng đồng "
                                          "ở Cần Thơ."),
    "lmhtxcantho": ("Liên minh HTX TP Cần Thơ", "Tài khoản chính thức của Liên minh Hợp tác xã thành phố Cần Thơ: thông "
                                              "báo, văn bản và tin hoạt động."),
}
COOKIE = ("Chúng tôi và các đối tác sử dụng cookie để cá nhân hóa nội dung và quảng cáo, cung cấp tính năng mạng xã hội "
          "và phân tích lưu lượng truy cập.")
DISCLAIMER = "Nội dung này chính xác và đúng sự thật theo hiểu biết tốt nhất của tác giả."
COPY = "© 2024 Kinh Tế Hợp Tác Hub và các tác giả. Mọi quyền được bảo lưu."
CHROME = [COOKIE, DISCLAIMER, COPY, "Chấp nhận tất cả", "Cài đặt cookie", "Quảng cáo", "Về tác giả", "Bài viết liên quan",
          "Bình luận", "Đăng nhập để bình luận", "Chia sẻ", "Viết bài trên Kinh Tế Hợp Tác Hub", "Điều khoản sử dụng",
          "Chính sách quyền riêng tư"] + [bio for _, bio in USERS.values()]


def title_slug(title: str) -> str:
    t = nfc(title).replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii")
    words = "".join(c if c.isalnum() else " " for c in t).split()
    return "-".join(w[:1].upper() + w[1:] for w in words)


def vn_day(d: datetime) -> str:
    return f"{d.day} tháng {d.month}, {d.year}"


def z(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}Z"


def articles() -> list[RichArticle]:
    def A(**kw) -> RichArticle:
        return RichArticle(date=datetime(1970, 1, 1), **kw)  # the real date is set from at() below

    def at(d: datetime, updated: datetime | None = None) -> dict:
        ev = ["metadata"] if updated else ["metadata", "date-element"]
        return dict(date=d, published=iso(d), published_source="metadata", evidence=ev,
                    opts={"updated": updated})

    arts = [
        (A(path="", title="HTX Thạnh Mỹ: Nông dân hợp sức làm lúa thơm xuất khẩu",
           body="""
Ở huyện Vĩnh Thạnh, HTX Nông nghiệp Thạnh Mỹ đã tập hợp 146 hộ nông dân cùng sản xuất 520 ha lúa thơm theo một quy trình thống nhất.
[img thanh-my-1.png] Thành viên HTX Thạnh Mỹ thăm đồng lúa thơm trước ngày thu hoạch
Nhờ liên kết với doanh nghiệp, lúa của thành viên được bao tiêu ngay tại ruộng với giá cao hơn thị trường 300 - 500 đồng/kg.
## Giảm chi phí nhờ làm chung
HTX cung ứng giống xác nhận, phân bón trả chậm và dịch vụ bay phun thuốc bằng thiết bị bay không người lái cho thành viên.
Giám đốc HTX cho biết chi phí sản xuất mỗi vụ giảm khoảng 2,5 triệu đồng/ha so với trước khi vào HTX.
""", author="Lê Quốc Thanh"),
         "lequocthanh", "nong-nghiep", ["Nong-Dan-Hop-Suc-Lam-Lua-Thom"],
         ["published 15:40 on 18 November (JSON-LD datePublished '2024-11-18T08:40:00Z'); the page shows 'Ngày 18 tháng "
          "11, 2024' (never edited): metadata and date-element agree; a figure with <figcaption>, an <h2>; an ad slot "
          "('Quảng cáo') between its paragraphs; byline 'Bởi Lê Quốc Thanh' -> author; the writer's profile links it by "
          "its old address /hub/Nong-Dan-Hop-Suc-Lam-Lua-Thom (301 here: an alias)"],
         at(datetime(2024, 11, 18, 15, 40))),
        (A(path="", title="Cần Thơ có thêm 12 sản phẩm OCOP của HTX đạt 4 sao",
           body="""
Hội đồng đánh giá, phân hạng sản phẩm OCOP TP Cần Thơ vừa công nhận thêm 12 sản phẩm của các HTX đạt 4 sao.
Trong đó có bánh tét lá cẩm của HTX Bánh dân gian Cái Răng, mắm cá linh của HTX Thủy sản Thới Lai và bưởi năm roi của HTX Phong Điền.
Đến nay, toàn thành phố có 58 sản phẩm OCOP của HTX, chiếm gần 40% tổng số sản phẩm OCOP của Cần Thơ.
""", author="Trần Thị Bích Ngọc"),
         "bichngoc_ct", "kinh-te-hop-tac", [],
         ["posted 06:15 on 12 November (Vietnam): the JSON-LD says '2024-11-11T23:15:00Z' (UTC, the day before) and the "
          "page 'Ngày 12 tháng 11, 2024': published 2024-11-12 06:15 +07:00; byline 'Bởi Trần Thị Bích Ngọc' -> author; "
          "two comments, one answered by the writer (not text)"],
         at(datetime(2024, 11, 12, 6, 15))),
        (A(path="", title="Thông báo về việc tổ chức lớp bồi dưỡng cán bộ quản lý HTX năm 2024",
           body="""
LIÊN MINH HTX THÀNH PHỐ CẦN THƠ
Số: 31/TB-LMHTX
Cần Thơ, ngày 04 tháng 11 năm 2024
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng cán bộ quản lý HTX năm 2024
Liên minh HTX thành phố tổ chức lớp bồi dưỡng cán bộ quản lý HTX từ ngày 25/11 đến ngày 29/11/2024 tại Trường Cao đẳng Kinh tế - Kỹ thuật Cần Thơ.
Mỗi HTX cử 01 cán bộ tham dự; danh sách gửi về Liên minh HTX thành phố trước ngày 18/11/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Thắng
""", author=None, doc_number="31/TB-LMHTX"),
         "lmhtxcantho", "kinh-te-hop-tac", [],
         ["notice 'Số: 31/TB-LMHTX' dated 04/11 in its text; published 14:00 on 5 November (JSON-LD '2024-11-05T07:00:00Z'), "
          "edited on 8 November: the page shows only 'Cập nhật ngày 8 tháng 11, 2024' (the update); byline the "
          "organisation account 'Liên minh HTX TP Cần Thơ': an office, no author; the signer is text"],
         at(datetime(2024, 11, 5, 14, 0), datetime(2024, 11, 8, 10, 30))),
        (A(path="", title="HTX rau an toàn Phong Điền mở điểm bán hàng giữa lòng thành phố",
           body="""
HTX Rau an toàn Phong Điền vừa khai trương điểm bán hàng thứ hai tại phường Xuân Khánh, quận Ninh Kiều.
[img phong-dien-1.png] Điểm bán rau an toàn của HTX tại phường Xuân Khánh
Mỗi ngày, điểm bán cung cấp khoảng 600 kg rau, củ, quả được truy xuất nguồn gốc bằng mã QR.
[img phong-dien-2.png] Khách hàng quét mã QR để xem nhật ký sản xuất của từng loại rau
HTX đặt mục tiêu mở thêm 3 điểm bán tại các quận trung tâm trong năm 2025.
""", author="Lê Quốc Thanh"),
         "lequocthanh", "nong-nghiep", [],
         ["published 08:30 on 21 October (JSON-LD datePublished '2024-10-21T01:30:00Z'), updated 3 November: the page "
          "shows only 'Cập nhật ngày 3 tháng 11, 2024' (dateModified '2024-11-03T02:05:00Z'): published is the JSON-LD's "
          "21 October, not the update; two figures with captions"],
         at(datetime(2024, 10, 21, 8, 30), datetime(2024, 11, 3, 9, 5))),
        (A(path="", title="Kinh tế tập thể TP Cần Thơ 9 tháng năm 2024: những con số nổi bật",
           body="""
Chín tháng năm 2024, khu vực kinh tế tập thể thành phố Cần Thơ tiếp tục tăng trưởng cả về số lượng và hiệu quả.
| Chỉ tiêu | Đơn vị | 9 tháng 2024 | Cùng kỳ 2023 |
| HTX đang hoạt động | HTX | 318 | 301 |
| HTX thành lập mới | HTX | 19 | 15 |
| Thành viên HTX | người | 14.250 | 13.680 |
| Doanh thu bình quân một HTX | triệu đồng | 3.960 | 3.540 |
Liên minh HTX thành phố sẽ tập trung hỗ trợ HTX tiếp cận vốn và chuyển đổi số trong những tháng cuối năm.
""", author=None),
         "lmhtxcantho", "kinh-te-hop-tac", [],
         ["a table (thead): one line per row; by the organisation account (no author); published 16:20 on 14 October "
          "('2024-10-14T09:20:00Z'), never edited: 'Ngày 14 tháng 10, 2024'"],
         at(datetime(2024, 10, 14, 16, 20))),
        (A(path="", title="Năm bước để thành lập một hợp tác xã theo Luật HTX 2023",
           body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024. Dưới đây là các bước cơ bản để những người cùng nhu cầu thành lập một HTX.
## Các bước thành lập
+ Sáng lập viên tuyên truyền, vận động người có nhu cầu tham gia HTX;
+ Xây dựng dự thảo điều lệ và phương án sản xuất, kinh doanh;
+ Tổ chức hội nghị thành lập HTX;
+ Nộp hồ sơ đăng ký tại Phòng Tài chính - Kế hoạch cấp huyện;
+ Nhận giấy chứng nhận đăng ký HTX và khắc dấu.
## Được hỗ trợ gì?
Liên minh HTX thành phố tư vấn miễn phí hồ sơ và hỗ trợ chi phí tổ chức hội nghị thành lập cho HTX mới.
""", author="Lê Quốc Thanh"),
         "lequocthanh", "kinh-te-hop-tac", ["5-Buoc-Thanh-Lap-Hop-Tac-Xa"],
         ["a how-to: two <h2>, an ordered list (one line per item); published 10:10 on 2 October ('2024-10-02T03:10:00Z'), "
          "updated 15 November: 'Cập nhật ngày 15 tháng 11, 2024'; the old address /hub/5-Buoc-Thanh-Lap-Hop-Tac-Xa "
          "(linked from the writer's profile) answers 301 here: an alias; channel page 2 only"],
         at(datetime(2024, 10, 2, 10, 10), datetime(2024, 11, 15, 11, 0))),
        (A(path="", title="Du lịch cộng đồng ở cồn Sơn: HTX giữ nghề nuôi cá, đón khách trải nghiệm",
           body="""
Cồn Sơn (quận Bình Thủy) nay là điểm du lịch cộng đồng được nhiều du khách biết đến nhờ mô hình HTX Du lịch cồn Sơn.
[img con-son.png] Du khách xem biểu diễn cá lóc bay tại một hộ thành viên HTX
HTX có 25 hộ thành viên, mỗi năm đón hơn 30.000 lượt khách, doanh thu bình quân mỗi hộ 150 triệu đồng/năm.
Theo Báo Cần Thơ
""", author=None),
         "lmhtxcantho", "nong-nghiep", [],
         ["a reprint posted by the organisation account ('Theo Báo Cần Thơ' closes the text: a source; no author); "
          "published 07:45 on 25 September ('2024-09-25T00:45:00Z'), never edited; channel page 2 only"],
         at(datetime(2024, 9, 25, 7, 45))),
        (A(path="", title="HTX Bánh dân gian Cái Răng: giữ nghề truyền thống, mở lối OCOP",
           body="""
Từ một tổ hợp tác làm bánh của 7 hộ, HTX Bánh dân gian Cái Răng nay có 32 thành viên và 5 sản phẩm đạt chuẩn OCOP.
Bí quyết của HTX là giữ công thức truyền thống nhưng cải tiến bao bì, đăng ký mã vạch và bán hàng qua mạng.
Trung bình mỗi tháng HTX bán ra 15.000 đòn bánh tét và 40.000 cái bánh ít lá gai.
""", author="Trần Thị Bích Ngọc"),
         "bichngoc_ct", "kinh-te-hop-tac", ["Banh-Dan-Gian-Cai-Rang-Giu-Nghe"],
         ["the oldest article: channel page 2 only (/kinh-te-hop-tac?page=2) and the writer's profile, which links it by "
          "the old address /hub/Banh-Dan-Gian-Cai-Rang-Giu-Nghe (301: an alias); published 13:25 on 9 September "
          "('2024-09-09T06:25:00Z'), updated 30 September: 'Cập nhật ngày 30 tháng 9, 2024'"],
         at(datetime(2024, 9, 9, 13, 25), datetime(2024, 9, 30, 16, 0))),
    ]
    out = []
    for a, user, topic, old, notes, dates in arts:
        for k, v in dates.items():
            if k == "opts":
                a.opts.update(v)
            else:
                setattr(a, k, v)
        a.opts.update(user=user, topic=topic, old=old)
        a.notes = notes
        a.path = f"/{topic}/{title_slug(a.title)}"
        out.append(a)
    return out


def block_html(b: RichBlock) -> str:
    if b.kind == "p":
        return f'<p class="m-detail--paragraph">{inline_html(b.text)}</p>'
    if b.kind == "h":
        return f'<h2 class="m-detail--subheading">{inline_html(b.text)}</h2>'
    if b.kind in ("ul", "ol"):
        return f'<{b.kind} class="m-detail--list">' + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>"
    if b.kind == "img":
        return (f'<figure class="m-detail--figure"><img src="/.image/t_share/{b.src}" alt="{attr(b.text)}" loading="lazy">'
                + (f'<figcaption class="m-detail--caption">{inline_html(b.text)}</figcaption>' if b.text else "")
                + "</figure>")
    if b.kind == "table":
        head, *rows = b.rows
        return ('<div class="m-detail--table"><table><thead><tr>' + "\n".join(f"<th>{inline_html(c)}</th>" for c in head)
                + "</tr></thead><tbody>" + "".join("<tr>" + "\n".join(f"<td>{inline_html(c)}</td>" for c in r) + "</tr>"
                                                   for r in rows) + "</tbody></table></div>")
    raise ValueError(b.kind)


AD = '<div class="m-ad m-ad--inline" data-slot="in-content-{n}"><span class="m-ad--label">Quảng cáo</span></div>'


def build() -> SiteBuild:
    site = SiteBuild(SITE, "can-tho", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += CHROME
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)

    def layout(title: str, content: str, head: str = "", canonical: str = "/") -> str:
        nav = "".join(f'<li><a href="/{t}">{esc(n)}</a></li>' for t, n in TOPICS.items())
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{{{{base}}}}{canonical}">
{head}<link rel="stylesheet" href="/static/css/maven-tempest.css">
<script src="/static/js/phoenix.js" defer></script>
</head>
<body class="m-layout">
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">{esc(COOKIE)}</p>
<button id="onetrust-accept-btn-handler">Chấp nhận tất cả</button> <button id="onetrust-pc-btn-handler">Cài đặt cookie</button></div>
<header class="m-header"><a class="m-header--logo" href="/"><img src="/static/img/logo-kthh.png" alt="{attr(NAME)}"></a>
<nav class="m-header--nav"><ul>{nav}</ul></nav><a class="m-header--cta" href="/@lmhtxcantho">Viết bài trên Kinh Tế Hợp Tác Hub</a></header>
<div class="m-ad m-ad--top-banner" data-slot="top"><span class="m-ad--label">Quảng cáo</span></div>
<main class="m-layout--main">
{content}
</main>
<footer class="m-footer"><p>{esc(COPY)}</p><ul><li><a href="/@lmhtxcantho">Liên hệ</a></li>
<li><a href="{{{{base:offsite}}}}/hubpages/terms">Điều khoản sử dụng</a></li><li><a href="{{{{base:offsite}}}}/hubpages/privacy">Chính sách quyền riêng tư</a></li></ul></footer>
</body>
</html>
"""

    def card(a: RichArticle) -> str:
        name = USERS[a.opts["user"]][0]
        img = a.first_image() or "card-default.png"
        return (f'<div class="m-card"><a class="m-card--image-link" href="{a.path}"><img src="/.image/t_share/{img}" alt=""></a>'
                f'<div class="m-card--content"><a class="m-card--topic" href="/{a.opts["topic"]}">{esc(TOPICS[a.opts["topic"]])}</a>'
                f'<h2 class="m-card--header"><a href="{a.path}">{esc(a.title)}</a></h2>'
                f'<p class="m-card--byline">{esc(name)}</p></div></div>')

    cmt_id = [5000]
    for i, a in enumerate(arts):
        user = a.opts["user"]
        name, bio = USERS[user]
        upd = a.opts.get("updated")
        shown = f"Cập nhật ngày {vn_day(upd)}" if upd else f"Ngày {vn_day(a.date)}"
        parts = []
        for j, b in enumerate(a.blocks):
            parts.append(block_html(b))
            if j == 1 and len(a.blocks) > 3:
                parts.append(AD.format(n=1))
        related = [o for o in arts if o is not a and o.opts["topic"] == a.opts["topic"]][:3]
        comments = {1: [("ut_phongdien", "Sản phẩm OCOP của Cần Thơ ngày càng nhiều, rất đáng tự hào.", None),
                        ("hoa_ninhkieu", "Cho hỏi mua bánh tét lá cẩm ở đâu ạ?",
                         "Chị có thể mua tại cửa hàng của HTX ở phường Lê Bình, quận Cái Răng nhé.")],
                    0: [("nongdan_vinhthanh", "Mô hình hay, xã tôi cũng đang vận động bà con vào HTX.", None)]}.get(i, [])
        com_html = ""
        for who, text, reply in comments:
            cmt_id[0] += 1
            site.extra_boilerplate.append(text)
            com_html += (f'<div class="m-comment" id="comment-{cmt_id[0]}"><div class="m-comment--author">{esc(who)}</div>'
                         f'<div class="m-comment--date">{max(1, (NOW - a.date).days - 1)} ngày trước</div>'
                         f'<div class="m-comment--body"><p>{esc(text)}</p></div>')
            if reply:
                site.extra_boilerplate.append(reply)
                com_html += (f'<div class="m-comment m-comment--reply"><div class="m-comment--author">{esc(name)} '
                             f'<span class="m-comment--badge">Tác giả</span></div><div class="m-comment--date">'
                             f'{max(1, (NOW - a.date).days - 2)} ngày trước</div><div class="m-comment--body"><p>{esc(reply)}</p>'
                             '</div></div>')
            com_html += "</div>"
        summary = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": a.title,
              "description": summary, "url": "{{base}}" + a.path,
              "datePublished": z(a.date), "dateModified": z(upd or a.date),
              "author": {"@type": "Person" if a.author else "Organization", "name": name,
                         "url": "{{base}}/@" + user},
              "publisher": {"@type": "Organization", "name": NAME, "logo": {"@type": "ImageObject",
                                                                         "url": "{{base}}/static/img/logo-kthh.png"}},
              "image": "{{base}}/.image/t_share/" + (a.first_image() or "card-default.png"),
              "mainEntityOfPage": {"@type": "WebPage", "@id": "{{base}}" + a.path}}
        head = (f'<meta name="description" content="{attr(summary)}">\n'
                f'<meta property="og:type" content="article">\n<meta property="og:title" content="{attr(a.title)}">\n'
                f'<meta property="og:description" content="{attr(summary)}">\n'
                f'<meta property="og:url" content="{{{{base}}}}{a.path}">\n<meta property="og:site_name" content="{attr(NAME)}">\n'
                f'<meta name="twitter:card" content="summary_large_image">\n<meta name="author" content="{attr(name)}">\n'
                f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n')
        content = f"""<article class="m-detail">
<header class="m-detail-header">
<a class="m-detail-header--topic" href="/{a.opts["topic"]}">{esc(TOPICS[a.opts["topic"]])}</a>
<h1 class="m-detail-header--title">{esc(a.title)}</h1>
<div class="m-detail-header--meta">
<div class="m-detail-header--meta-author"><img src="/.image/avatar/{user}.png" alt="" class="m-detail-header--avatar">
<span>Bởi <a href="/@{user}" rel="author" class="m-detail-header--meta-author-name">{esc(name)}</a></span></div>
<div class="m-detail-header--date"><span>{shown}</span></div>
</div>
<div class="m-detail-header--share"><span>Chia sẻ</span> <a href="{{{{base:offsite}}}}/facebook/sharer">Facebook</a> <a href="{{{{base:offsite}}}}/twitter/intent">X</a></div>
</header>
<div class="m-detail--body">
{chr(10).join(parts)}
</div>
<p class="m-detail--disclaimer"><em>{esc(DISCLAIMER)}</em></p>
<div class="m-detail--author-bio"><h3>Về tác giả</h3><img src="/.image/avatar/{user}.png" alt=""><p class="m-author-bio--name"><a href="/@{user}">{esc(name)}</a></p><p>{esc(bio)}</p></div>
<div class="m-ad m-ad--after-article" data-slot="after-article"><span class="m-ad--label">Quảng cáo</span></div>
<section class="m-related"><h2>Bài viết liên quan</h2>{"".join(card(o) for o in related)}</section>
<section class="m-comments" id="comments"><h2>Bình luận</h2>{com_html}<p><a href="{{{{base:offsite}}}}/hubpages/login">Đăng nhập để bình luận</a></p></section>
</article>"""
        site.page(a.path, layout(f"{a.title} - {NAME}", content, head, canonical=a.path))
        for old in a.opts["old"]:
            site.redirect(f"/hub/{old}", a.path, 301)
            a.aliases.append(f"/hub/{old}")
        site.add_article(a)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/.image/t_share/{b.src}", image_for(b.src))
    site.binary("/.image/t_share/card-default.png", image_for("card-default"))
    for u in USERS:
        site.binary(f"/.image/avatar/{u}.png", image_for(u))

    # -- channels, profiles, home ---------------------------------------------------------------
    for t, tname in TOPICS.items():
        mine = [a for a in arts if a.opts["topic"] == t]
        pages = [mine[k:k + PER_PAGE] for k in range(0, len(mine), PER_PAGE)]
        for n, chunk in enumerate(pages, 1):
            path = f"/{t}" if n == 1 else f"/{t}?page={n}"
            more = (f'<a class="m-button m-button--load-more" href="/{t}?page={n + 1}">Xem thêm</a>' if n < len(pages) else "")
            # a route (the channel's path is also the articles' folder)
            site.page(path, layout(f"{tname} - {NAME}", f'<h1 class="m-channel--title">{esc(tname)}</h1>'
                                   f'<div class="m-card-group">{"".join(card(a) for a in chunk)}</div>{more}', canonical=path),
                      content_type="text/html; charset=utf-8")
            site.non_articles.append(path)
    site.trap("topic channels /nong-nghiep and /kinh-te-hop-tac: cards (image, topic, title, writer), 4 a page, the "
              "'Xem thêm' button links ?page=2 where the oldest articles are; no dates on the cards", "/kinh-te-hop-tac?page=2")
    for u, (name, bio) in USERS.items():
        mine = [a for a in arts if a.opts["user"] == u]
        links = "".join(f'<li><a href="{("/hub/" + a.opts["old"][0]) if a.opts["old"] else a.path}">{esc(a.title)}</a></li>'
                        for a in mine)
        site.page(f"/@{u}", layout(f"{name} - {NAME}", f'<div class="m-profile"><img src="/.image/avatar/{u}.png" alt="">'
                                   f'<h1>{esc(name)}</h1><p>{esc(bio)}</p><p>{len(mine)} bài viết</p><ul>{links}</ul></div>',
                                   canonical=f"/@{u}"))
        site.non_articles.append(f"/@{u}")
    site.trap("writer profiles /@<user>: the bio and the writer's articles, two of them linked by their old /hub/<Slug> "
              "addresses (301 to the article: aliases)", "/@bichngoc_ct")
    site.page("/", layout(NAME, f'<h1 class="m-home--title">{esc(NAME)}</h1><div class="m-card-group">'
                          + "".join(card(a) for a in arts[:5]) + "</div>"))
    site.non_articles.append("/")
    site.static("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /search\n\nSitemap: {{base}}/sitemap.xml\n")
    urls = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{z(a.opts.get('updated') or a.date)}</lastmod></url>"
                   for a in arts)
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              f'sitemap/0.9">{urls}</urlset>\n', content_type="application/xml; charset=utf-8")
    site.trap("/sitemap.xml: every article with lastmod = dateModified (UTC): the update, not the publication", "/sitemap.xml")
    site.binary("/static/img/logo-kthh.png", image_for("logo-kthh"))
    # Maven's image paths start with '/.image/' (a dot folder the file server keeps private): routes serve them
    for f in sorted(site.files):
        if f.startswith(".image/"):
            site.routes.append({"path": "/" + f, "file": f, "content_type": "image/png"})
    return site
