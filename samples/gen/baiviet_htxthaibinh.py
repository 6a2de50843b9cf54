"""Site `baiviet-htxthaibinh` (registry family `generic`): "Bài viết Liên minh HTX tỉnh Thái Bình", the pages the
alliance's press officer publishes with **Telegraph** (telegra.ph, Telegram's instant publishing tool: no account, no
listing, no feed, no tags, no search; the copy is of 20 May 2025, before the province merged into Hưng Yên). Written
as a held-out test: no family module, no selectors.

URL shapes: a page `/<Title-Slug>-<MM>-<DD>` (the title's words, Vietnamese letters kept, percent-encoded in links,
joined by hyphens, then the month and day of its creation in UTC: no year); a second page created with the same title
on the same day gets `-2`. Telegraph has no listing: the officer keeps two index pages, themselves Telegraph pages
("Tin bài Liên minh HTX tỉnh Thái Bình", created twice on 6 January: `…-01-06` and `…-01-06-2`, the second holding the
older links); they are the start pages. Uploaded photos live under `/file/<hex>.jpg`. `/` is the editor (an empty
new page). A page is also answered with any query string: a link copied from Facebook (`?fbclid=…`) is an alias.
Telegraph cannot store a PDF: the notice links its PDF on the alliance's portal, another host.

Why it is hard: every page is the same skeleton: `main.tl_article` with `header.tl_article_header` (`<h1>`, then
`<address>` with `<a rel="author">` and `<time datetime="2025-05-12T17:20:41+0000">May 12, 2025</time>`: UTC, an
English date, "+0000" without a colon), then `article#_tl_editor.tl_article_content`, which repeats the title as
`<h1>Title<br></h1>` and the author as `<address>Name<br></address>` before the text (the editor's own copy: not
text), `<p>`, `<h3 id>`/`<h4 id>` (the only headings), `<ul>`/`<ol>`, `<figure><img><figcaption>`, `<blockquote>`
(the officer's quotations: text), `<pre>` (Telegraph has no tables: a table is typed in a `<pre>` with "|" between
the columns, one text line per row). Then the "Edit" / "Publish" buttons, "Report content on this page" and the
hidden report form. The meta `article:published_time` is UTC too; the title of a page posted at 00:20 on 13 May
(Vietnam) reads "May 12, 2025" and its URL ends `-05-12`. The author is the page's free "author name": a person
(the author), the office (no author); a closing byline overrides it. The index pages look exactly like articles.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso
from .richbody import RichArticle

SITE = "baiviet-htxthaibinh"
NAME = "Liên minh HTX tỉnh Thái Bình"
UTC = timedelta(hours=7)
INDEX_TITLE = "Tin bài Liên minh HTX tỉnh Thái Bình"
INDEX_DATE = datetime(2025, 1, 6, 9, 12, 5)
PER = 6
OFFICE = "Liên minh HTX tỉnh Thái Bình"
OFFICER = "Phạm Thu Hà"
REPORT = ["Report content on this page", "Report Page", "Violence", "Child Abuse", "Copyright", "Illegal Drugs",
          "Personal Details", "Other", "Your comment", "Cancel"]
FURN = ["Edit", "Publish", *REPORT]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def h(text: str, n: int = 21) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


def slug(title: str) -> str:
    """Telegraph's path: the title's letters and digits (Vietnamese kept), other runs to '-', at most 100."""
    s = re.sub(r"[^\w]+", "-", title).replace("_", "-").strip("-")
    return s[:100].strip("-")


def enc(path: str) -> str:
    return quote(path, safe="/-?=&")


def utc(d: datetime) -> datetime:
    return d - UTC


def stamp(d: datetime) -> str:
    return f"{utc(d):%Y-%m-%dT%H:%M:%S}+0000"


def shown(d: datetime) -> str:
    u = utc(d)
    return f"{MONTHS[u.month - 1]} {u.day}, {u.year}"


class TgArticle(RichArticle):
    """'` ' lines are a <pre> (a typed table: one text line each); '>> ' lines a <blockquote> (text)."""

    def text_lines(self, byline_in_text: bool = True) -> list[str]:
        lines = [inline_text(self.lead)] if self.lead else []
        for b in self.blocks:
            if b.kind == "p" and b.text.startswith(("` ", ">> ")):
                lines.append(inline_text(b.text.split(" ", 1)[1]))
            else:
                lines.extend(b.lines())
        if self.byline and byline_in_text:
            lines.append(inline_text(self.byline))
        return lines


def articles() -> list[TgArticle]:
    A = TgArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element"])

    return [
        A(path="", title="Thông báo số 06/TB-LMHTX về việc đăng ký tham gia Hội chợ OCOP tỉnh Thái Bình năm 2025",
          body="""
LIÊN MINH HTX TỈNH THÁI BÌNH
Số: 06/TB-LMHTX
Thái Bình, ngày 02 tháng 5 năm 2025
## THÔNG BÁO
Về việc đăng ký tham gia Hội chợ OCOP tỉnh Thái Bình năm 2025
Thực hiện Kế hoạch số 19/KH-UBND ngày 10/3/2025 của UBND tỉnh, Liên minh HTX tỉnh thông báo tới các HTX có sản phẩm OCOP như sau:
* Thời gian hội chợ: từ ngày 06/6/2025 đến ngày 10/6/2025.
* Địa điểm: Quảng trường Thái Bình, TP Thái Bình.
* Mỗi HTX được bố trí 01 gian hàng tiêu chuẩn miễn phí.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 25/5/2025. Toàn văn Thông báo và mẫu phiếu đăng ký đăng trên [[Cổng thông tin Liên minh HTX tỉnh|{{base:offsite}}/lmhtx-thaibinh/van-ban/TB-06-LMHTX-2025.pdf]] (tệp PDF).
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Toản
""", author=None, doc_number="06/TB-LMHTX",
          opts={"by": OFFICE, "url": "{{base:offsite}}/lmhtxthaibinh", "dup": True},
          notes=["notice 'Số: 06/TB-LMHTX' dated 02/5 in its text, published 2025-05-05 08:40:12 (<time datetime="
                 "'2025-05-05T01:40:12+0000'>May 5, 2025, the meta article:published_time in UTC); its path ends '-05-05-2' "
                 "(the officer created a page with the same title that day); author name = the office: no author; the "
                 "signer is text; Telegraph stores no PDF: the PDF link goes to the alliance's portal (another host, "
                 "never fetched), inside a sentence of the text: no attachment of this site; the <h3> 'THÔNG BÁO' is a line"],
          **at(datetime(2025, 5, 5, 8, 40, 12))),
        A(path="", title="Ảnh: HTX Nông nghiệp Vũ Thắng vào vụ thu hoạch dưa kim hoàng hậu",
          body="""
Giữa tháng 5, các thành viên HTX Nông nghiệp Vũ Thắng (huyện Kiến Xương) thu hoạch dưa kim hoàng hậu trồng trong nhà màng.
[img vu-thang-1.jpg] Thành viên HTX thu hoạch dưa trong nhà màng
[img vu-thang-2.jpg] Dưa được phân loại, dán tem truy xuất nguồn gốc trước khi xuất bán
[img vu-thang-3.jpg]
[img vu-thang-4.jpg] Thương lái đến tận ruộng thu mua dưa của HTX
Vụ này HTX thu khoảng 40 tấn dưa, giá bán từ 25.000 đến 30.000 đồng/kg.
""", byline="Ảnh: Phạm Thu Hà", author=OFFICER,
          opts={"by": OFFICER, "url": "{{base:offsite}}/phamthuha_tb"},
          notes=["photo story: <figure><img src=/file/…jpg><figcaption> (one line per caption; a photo without caption adds "
                 "nothing); author name Phạm Thu Hà (a person) and 'Ảnh: Phạm Thu Hà' closes it -> author"],
          **at(datetime(2025, 5, 16, 15, 22, 47))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Thái Bình năm 2024",
          body="""
Năm 2024, khu vực kinh tế tập thể tỉnh Thái Bình tiếp tục phát triển ổn định, doanh thu bình quân của HTX tăng khá.
` Chỉ tiêu | Năm 2023 | Năm 2024
` HTX đang hoạt động | 312 | 327
` Thành viên HTX | 248.150 | 251.600
` Doanh thu bình quân một HTX (triệu đồng) | 2.950 | 3.280
` HTX xếp loại tốt, khá | 188 | 205
Năm 2025, Liên minh HTX tỉnh phấn đấu thành lập mới 20 HTX, nâng tỷ lệ HTX khá, tốt lên trên 65%.
""", author=OFFICER,
          opts={"by": OFFICER, "url": "{{base:offsite}}/phamthuha_tb"},
          notes=["Telegraph has no tables: the officer typed the table in a <pre> with '|' between padded columns: one "
                 "line per row, as printed ('Chỉ tiêu | Năm 2023 | Năm 2024'); author name Phạm Thu Hà, no byline: author"],
          **at(datetime(2025, 4, 21, 10, 5, 30))),
        A(path="", title="Những lưu ý khi HTX gieo cấy lúa vụ mùa năm 2025",
          body="""
Vụ mùa năm 2025, các HTX trong tỉnh dự kiến gieo cấy hơn 75.000 ha lúa, trong đó lúa chất lượng cao chiếm trên 60%.
## Một số lưu ý về kỹ thuật
+ Gieo mạ khay, cấy máy tập trung từ ngày 15/6 đến ngày 10/7;
+ Dùng giống ngắn ngày, chịu bệnh, phù hợp cơ cấu vụ đông;
+ Bón lót phân hữu cơ vi sinh, giảm phân đạm;
+ Thăm đồng thường xuyên, phòng trừ sâu bệnh theo dự báo.
>> "Giống tốt, thời vụ đúng là hai điều kiện quyết định năng suất vụ mùa", ông Bùi Văn Nam cho biết.
Các HTX cần chủ động nạo vét kênh mương, bảo đảm tưới tiêu trước khi gieo cấy. Xem thêm [[kết quả phát triển kinh tế tập thể năm 2024|{{alias}}]].
""", byline="Bùi Văn Nam - Trung tâm Khuyến nông tỉnh", author="Bùi Văn Nam",
          opts={"by": OFFICER, "url": "{{base:offsite}}/phamthuha_tb"},
          notes=["an <h3 id> heading and a numbered <ol>; a <blockquote> quoting the writer (text, one line); author name "
                 "Phạm Thu Hà but 'Bùi Văn Nam - Trung tâm Khuyến nông tỉnh' closes the text -> Bùi Văn Nam; its text "
                 "links the table page with '?fbclid=…' copied from Facebook (the same page: an alias)"],
          **at(datetime(2025, 4, 9, 14, 48, 3))),
        A(path="", title="HTX Dịch vụ nông nghiệp Thụy Dương đưa gạo nếp cái hoa vàng lên sàn thương mại điện tử",
          body="""
HTX Dịch vụ nông nghiệp Thụy Dương (huyện Thái Thụy) vừa đưa sản phẩm gạo nếp cái hoa vàng lên các sàn thương mại điện tử.
Mỗi tháng HTX bán trực tuyến khoảng 3 tấn gạo, giá cao hơn bán buôn 15%.
HTX đang xây dựng vùng nguyên liệu 30 ha theo hướng hữu cơ để bảo đảm nguồn hàng ổn định.
""", byline="Theo Báo Thái Bình", author=None,
          opts={"by": OFFICER, "url": "{{base:offsite}}/phamthuha_tb"},
          notes=["author name Phạm Thu Hà (who copied it) but 'Theo Báo Thái Bình' closes the text: a reprint, no author"],
          **at(datetime(2025, 3, 26, 9, 15, 54))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Đông Xuân",
          body="""
Chiều 12/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Đông Xuân (huyện Đông Hưng).
HTX hiện cung ứng dịch vụ làm đất, thủy lợi và tiêu thụ lúa giống cho hơn 1.300 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX lập dự án vay vốn đầu tư máy cấy và lò sấy lúa.
""", author=None,
          opts={"by": OFFICE, "url": "{{base:offsite}}/lmhtxthaibinh"},
          notes=["published at 00:20 on 13 May (Vietnam) about the afternoon of 12/5: <time datetime='2025-05-12T17:20:41+0000'> "
                 "'May 12, 2025' and the URL's '-05-12' are the UTC day; published = 2025-05-13 00:20:41+07:00; the "
                 "officer's index lists it '13/5/2025'; author name = the office: no author"],
          **at(datetime(2025, 5, 13, 0, 20, 41))),
        A(path="", title="HTX Thủy sản Thái Đô nâng cao giá trị ngao thương phẩm",
          body="""
HTX Thủy sản Thái Đô (huyện Thái Thụy) hiện quản lý 120 ha bãi nuôi ngao của 215 hộ thành viên.
Sản phẩm ngao của HTX đạt chứng nhận OCOP 3 sao và được xuất khẩu sang Hàn Quốc, Nhật Bản.
Năm 2025, HTX đầu tư thêm hệ thống làm sạch ngao để nâng giá bán.
""", byline="Đặng Minh Tuấn", author="Đặng Minh Tuấn",
          opts={"by": "Ban Tuyên truyền", "url": ""},
          notes=["author name 'Ban Tuyên truyền' (an office, <a rel=author> without href) but the bare name 'Đặng Minh "
                 "Tuấn' closes the text: the author"],
          **at(datetime(2025, 2, 24, 16, 2, 19))),
        A(path="", title="Liên minh HTX tỉnh Thái Bình tổng kết công tác năm 2024",
          body="""
Ngày 27/12, Liên minh HTX tỉnh Thái Bình tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.jpg] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 18 HTX, tổ chức 12 lớp tập huấn cho 740 lượt cán bộ HTX.
""", byline="Tin, ảnh: Vũ Thị Lan", author="Vũ Thị Lan",
          opts={"by": OFFICER, "url": "{{base:offsite}}/phamthuha_tb"},
          notes=["the oldest page: linked only from the second index page (…-01-06-2); author name Phạm Thu Hà but "
                 "'Tin, ảnh: Vũ Thị Lan' closes the text -> Vũ Thị Lan"],
          **at(datetime(2024, 12, 30, 10, 30, 8))),
    ]


def body_html(a: TgArticle, alias: str = "") -> str:
    out = []
    pre: list[str] = []

    def flush() -> None:
        if pre:
            rows = [[c.strip() for c in r.split("|")] for r in pre]
            widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            out.append("<pre>" + "\n".join(" | ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)
                       + "</pre>")
            pre.clear()

    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("` "):
            pre.append(b.text[2:])
            continue
        flush()
        if b.kind == "p" and b.text.startswith(">> "):
            out.append(f"<blockquote>{inline_html(b.text[3:])}</blockquote>")
        elif b.kind == "p":
            out.append(f"<p>{inline_html(b.text).replace('{{alias}}', alias)}</p>")
        elif b.kind == "h":
            out.append(f'<h3 id="{attr(slug(b.text))}">{esc(b.text)}</h3>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            cap = f"<figcaption>{esc(b.text)}</figcaption>" if b.text else "<figcaption></figcaption>"
            out.append(f'<figure><img src="/file/{h(b.src)}.jpg">{cap}</figure>')
    flush()
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    return "".join(out)


def page(title: str, by: str, url: str, d: datetime, path: str, content: str, desc: str, image: str = "",
         modified: datetime | None = None) -> str:
    author_a = f'<a rel="author" href="{url}" target="_blank">{esc(by)}</a>' if url else f'<a rel="author">{esc(by)}</a>'
    inner_by = f'<a href="{url}" target="_blank">{esc(by)}</a>' if url else esc(by)
    img = f"{{{{base}}}}{image}" if image else ""
    mod = modified or d
    report = "".join(f'<label class="tl_radio_item"><input type="radio" class="radio" name="reason" value="{v}"><span '
                     f'class="tl_radio_item_label">{t}</span></label>'
                     for v, t in [("violence", "Violence"), ("childabuse", "Child Abuse"), ("copyright", "Copyright"),
                                  ("illegal_drugs", "Illegal Drugs"), ("personal_details", "Personal Details"),
                                  ("other", "Other")])
    return f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>{esc(title)} – Telegraph</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
    <meta name="format-detection" content="telephone=no" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="MobileOptimized" content="176" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="robots" content="index, follow" />
    <meta property="og:type" content="article">
    <meta property="og:title" content="{attr(title)}">
    <meta property="og:description" content="{attr(desc)}">
    <meta property="og:image" content="{img}">
    <meta property="og:site_name" content="Telegraph">
    <meta property="article:published_time" content="{stamp(d)}">
    <meta property="article:modified_time" content="{stamp(mod)}">
    <meta property="article:author" content="{attr(by)}">
    <meta name="twitter:card" content="summary">
    <meta name="twitter:title" content="{attr(title)}">
    <meta name="twitter:description" content="{attr(desc)}">
    <meta name="twitter:image" content="{img}">
    <link rel="canonical" href="{{{{base}}}}{path}" />
    <link rel="shorturl" href="{{{{base}}}}{path}" />
    <link rel="icon" type="image/png" href="/images/favicon.png" sizes="16x16" />
    <link rel="icon" type="image/png" href="/images/favicon_2x.png" sizes="32x32" />
    <link href="/css/quill.core.min.css" rel="stylesheet" />
    <link href="/css/core.min.css?47" rel="stylesheet" />
    <script>var T={{"apiUrl":"{{{{base}}}}/api","datetime":{int(utc(d).timestamp())},"pageId":"{h(path, 32)}"}};(function(){{var b=document.documentElement;if("ontouchstart" in window)b.className+=" tl_touch"}})();</script>
  </head>
  <body>
    <div class="tl_page_wrap">
      <div class="tl_page">
        <main class="tl_article">
          <header class="tl_article_header" dir="auto">
            <h1>{esc(title)}</h1>
            <address>
              {author_a}<!--
           --><time datetime="{stamp(d)}">{shown(d)}</time>
            </address>
          </header>
          <article id="_tl_editor" class="tl_article_content"><h1>{esc(title)}<br></h1><address>{inner_by}<br></address>{content}</article>
          <div id="_tl_link_tooltip" class="tl_link_tooltip"></div>
          <div id="_tl_tooltip" class="tl_tooltip">
            <div class="buttons">
              <span class="button_hover"></span>
              <span class="button_group"><button id="_bold_button"></button><button id="_italic_button"></button><button id="_link_button"></button></span><span class="button_group"><button id="_header_button"></button><button id="_subheader_button"></button><button id="_quote_button"></button></span>
            </div>
            <div class="prompt">
              <span class="close"></span>
              <div class="prompt_input_wrap"><input type="url" class="prompt_input" /></div>
              <div class="prompt_status"></div>
            </div>
          </div>
          <div id="_tl_blocks" class="tl_blocks">
            <div class="buttons">
              <button id="_image_button"></button><button id="_embed_button"></button>
            </div>
          </div>
          <aside class="tl_article_buttons">
            <div class="account account_top"></div>
            <button id="_edit_button" class="button edit_button">Edit</button><button id="_publish_button" class="button publish_button">Publish</button>
            <div class="account account_bottom"></div>
            <div id="_error_msg" class="error_msg"></div>
          </aside>
        </main>
      </div>
      <div class="tl_page_footer">
        <div id="_report_button" class="tl_footer_button">Report content on this page</div>
      </div>
    </div>
    <div class="tl_popup tl_popup_hidden" id="_report_popup">
      <main class="tl_popup_body tl_report_popup">
        <form id="_report_form" method="post">
          <section>
            <h2 class="tl_popup_header">Report Page</h2>
            <div class="tl_radio_items">{report}</div>
          </section>
          <section>
            <h2 class="tl_popup_header">Your comment</h2>
            <input type="hidden" name="page_id" value="{h(path, 32)}">
            <textarea class="tl_comment_field" placeholder="Add Comment…"></textarea>
          </section>
          <section class="tl_popup_buttons">
            <button type="reset" class="button" id="_report_cancel">Cancel</button>
            <button type="submit" class="button submit_button">Report</button>
          </section>
        </form>
      </main>
    </div>
    <script src="/js/jquery.min.js"></script>
    <script src="/js/jquery.selection.min.js"></script>
    <script src="/js/autosize.min.js"></script>
    <script src="/js/load-image.all.min.js?1"></script>
    <script src="/js/quill.min.js?10"></script>
    <script src="/js/core.min.js?67"></script>
    <script>initPage({{"version":"{h(path, 8)}","save_hash":"","can_edit":false,"short_name":"","author_name":"{attr(by)}","author_url":"{url}","page_id":"{h(path, 32)}","published_time":{int(utc(d).timestamp())}}});</script>
  </body>
</html>
"""


def build() -> SiteBuild:
    index1 = f"/{slug(INDEX_TITLE)}-{INDEX_DATE:%m-%d}"
    index2 = index1 + "-2"
    site = SiteBuild(SITE, "thai-binh", f"Bài viết {NAME} (Telegraph)", "generic", None,
                     start_urls=["{{base:%s}}%s" % (SITE, enc(index1))])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = enc(f"/{slug(a.title)}-{utc(a.date):%m-%d}" + ("-2" if a.opts.get("dup") else ""))
        a.opts["href"] = a.path
    table = next(a for a in arts if "` " in a.body)
    alias = table.opts["href"] + "?fbclid=IwAR2xK7pQm4ZbT1vLh9cD3eF5gH6jK8lM0nP"
    for a in arts:
        first = next(b.text for b in a.blocks if b.kind == "p")
        image = next((f"/file/{h(b.src)}.jpg" for b in a.blocks if b.kind == "img"), "")
        content = body_html(a, alias)
        site.page(a.opts["href"], page(a.title, a.opts["by"], a.opts["url"], a.date, a.opts["href"], content,
                                       inline_text(first)[:150], image,
                                       modified=a.date + timedelta(minutes=4)))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/file/{h(b.src)}.jpg", image_for(b.src))
        site.add_article(a)
    site.same_page(alias, table.opts["href"])
    table.aliases.append(alias)

    # the officer's two index pages (Telegraph pages with the same title, created the same day)
    def index_page(items: list[TgArticle], path: str, intro: str, more: str) -> str:
        lis = "".join(f'<li><a href="{x.opts["href"]}">{esc(x.title)}</a> ({x.date.day}/{x.date.month}/{x.date.year})</li>'
                      for x in items)
        content = f"<p>{esc(intro)}</p><ul>{lis}</ul>{more}"
        return page(INDEX_TITLE, OFFICE, "{{base:offsite}}/lmhtxthaibinh", INDEX_DATE, enc(path), content, intro,
                    modified=arts[0].date + timedelta(minutes=10))

    site.page(enc(index1), index_page(
        arts[:PER], index1, "Các bài viết mới của Liên minh HTX tỉnh Thái Bình (cập nhật thường xuyên).",
        f'<p>Các bài cũ hơn: <a href="{enc(index2)}">Trang 2</a></p>'
        f'<p>Trang thông tin chính thức: <a href="{{{{base:offsite}}}}/lmhtx-thaibinh/" target="_blank">'
        f"lienminhhtx.thaibinh.gov.vn</a></p>"))
    site.page(enc(index2), index_page(
        arts[PER:], index2, "Trang 2 - các bài viết trước đây.",
        f'<p><a href="{enc(index1)}">← Trang 1</a></p>'))
    site.non_articles += [enc(index1), enc(index2)]
    site.trap("the officer's index: a Telegraph page like any article (h1 'Tin bài Liên minh HTX tỉnh Thái Bình', the "
              "office as author, 'January 6, 2025'), a <ul> of the 6 newest pages with the Vietnam day typed after each; "
              "'Trang 2' links the page of the same title created the same day (…-01-06-2), which holds the older links: "
              "both are not articles", enc(index1))
    site.page("/", """<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>Telegraph</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
    <meta property="og:site_name" content="Telegraph">
    <link rel="icon" type="image/png" href="/images/favicon.png" sizes="16x16" />
    <link href="/css/quill.core.min.css" rel="stylesheet" />
    <link href="/css/core.min.css?47" rel="stylesheet" />
  </head>
  <body>
    <div class="tl_page_wrap">
      <div class="tl_page">
        <main class="tl_article tl_article_editable tl_article_edit">
          <header class="tl_article_header" dir="auto"><h1></h1><address><a rel="author"></a><time></time></address></header>
          <article id="_tl_editor" class="tl_article_content"><h1 data-placeholder="Title"><br></h1><address data-placeholder="Your name"><br></address><p data-placeholder="Your story..."><br></p></article>
          <aside class="tl_article_buttons">
            <div class="account account_top"></div>
            <button id="_edit_button" class="button edit_button">Edit</button><button id="_publish_button" class="button publish_button">Publish</button>
            <div class="account account_bottom"></div>
            <div id="_error_msg" class="error_msg"></div>
          </aside>
        </main>
      </div>
    </div>
    <script src="/js/jquery.min.js"></script>
    <script src="/js/quill.min.js?10"></script>
    <script src="/js/core.min.js?67"></script>
    <script>initPage({"version":0,"save_hash":"","can_edit":true,"short_name":"","author_name":"","author_url":""});</script>
  </body>
</html>
""")
    site.non_articles.append("/")
    for icon in ("/images/favicon.png", "/images/favicon_2x.png"):
        site.binary(icon, image_for(icon))
    site.trap("/ is Telegraph's editor (an empty page with placeholders 'Title', 'Your name', 'Your story...'): not an "
              "article", "/")
    return site
