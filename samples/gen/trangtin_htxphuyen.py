"""Site `trangtin-htxphuyen` (registry family `generic`): "Liên minh Hợp tác xã tỉnh Phú Yên", the news blog of the Phú
Yên cooperative alliance (before the province joined Đắk Lắk on 1 July 2025) on **FlatPress 1.3.1**, the flat-file
blog, with its default theme **Leggero** (style leggero-v2), the bundled plugins of a fresh install (BBCode, PhotoSwipe,
PrettyURLs with `.htaccess`, SEO Meta Tag Info, ReadMore, PostViews, Archives, Categories, SearchBox, Feed, AdminArea,
BlockParser) and no Vietnamese language pack: FlatPress 1.3 ships none, so the interface is English ("Posted by … at
…", "Add a comment", "Wednesday, May 14, 2025"). Locale time offset +7. Written as a held-out test: no family module,
no selectors.

URL shapes: an entry `/YYYY/MM/DD/<title>/` (PrettyURLs), the title run through FlatPress' copy of WordPress'
`sanitize_title_with_dashes`: its `remove_accents` table has WordPress' old typo (`chr(196)` for `chr(197)`), so later
duplicate keys win and `đ` becomes `o`, `ă` becomes `n` ("năm" -> "nnm"), and every letter it does not know (ơ, ư and
all of U+1Exx) is percent-encoded in lower case (`h%e1%bb%a3p`); the same entry answers its engine address
`/?x=entry:entryYYMMDD-HHMMSS` and its comment page `/YYYY/MM/DD/<title>/comments/`. Lists: `/` and `/page/2/`,
categories `/category/<sanitized name>/` (+ `page/2/`), archives `/YYYY/`, `/YYYY/MM/` (+ `page/2/`); static pages
`/about/` (also `?page=about` in the sitemap), the contact form `/contact.php`; feeds `/feed/rss2/`, `/feed/atom/` (the
Feed widget links `/?x=feed:rss2` and `/?x=feed:atom`); `/sitemap.php`; `/login.php` (robots-disallowed).

Why it is hard: the page's `<h1>` is the blog's name; each entry is `div.entry` with a day heading `h2.date` ("Tuesday,
May  6, 2025", `%e` pads the day with a space) ABOVE the title `h2.entry-title`, and the time only in the footer line
"Posted by lmhtxphuyen at 22:40:00 in Tin hoạt động" (the single FlatPress account: no author). FlatPress keeps its
timestamps in local time and formats them as UTC, so the RSS `pubDate` "Tue, 06 May 2025 22:40:00 +0000" and the
Atom `<published>2025-05-06T22:40:00+00:00</published>` of an evening post name the next morning in Vietnam, while
`sitemap.php` subtracts the offset and is right. SEO Meta Tag Info prints `<link rel="canonical">` as the URL that was
requested (only `comments/` is stripped): the `?x=entry:` address declares ITSELF canonical. Lists carry the text up
to `[more]` and "[Read more...]"; photos are PhotoSwipe's `div.photoswipe > figure > figcaption`; a table is raw HTML
in `[html]`; the byline is a right-aligned `div` of bold text; attachments are BBCode links to `fp-content/attachs/`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from email.utils import format_datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, page_links, pdf
from .richbody import RichArticle, parse_rich

SITE = "trangtin-htxphuyen"
TITLE = "Liên minh Hợp tác xã tỉnh Phú Yên"
SUBTITLE = "Trang tin hoạt động kinh tế tập thể tỉnh Phú Yên"
OWNER = "Văn phòng Liên minh HTX tỉnh Phú Yên"  # general.author: meta author, feed rights
USERID = "lmhtxphuyen"  # the FlatPress account every entry is posted from
FOOTER = "Liên minh Hợp tác xã tỉnh Phú Yên - Số 40 Lê Duẩn, phường 7, thành phố Tuy Hòa - ĐT: 0257 3823 456"
POWERED = "This blog is proudly powered by FlatPress."
HTML = "text/html; charset=utf-8"
NOW = datetime(2025, 5, 22, 9, 0)
MORE = "[more]"
CATS = {1: "Tin hoạt động", 2: "Thông báo", 3: "Mô hình HTX"}
FURN = [SUBTITLE, FOOTER, "proudly powered by", f"Posted by {USERID} at", "Add a comment", "Subscribe",
        "Archives", "Categories", "Log in"]

# FlatPress' remove_accents() as PHP resolves its array (a later duplicate key wins): Latin-1 and Latin Extended-A.
_ACCENTS = ("ÀA|ÁA|ÂA|ÃA|ÄA|ÅA|ÇC|ÈE|ÉE|ÊE|ËE|ÌI|ÍI|ÎI|ÏI|ÑN|ÒO|ÓO|ÔO|ÕO|ÖO|ÙU|ÚU|ÛU|ÜU|ÝY|ßs|àa|áa|âa|ãa|äa|åa|"
            "çc|èe|ée|êe|ëe|ìi|íi|îi|ïi|ñn|òo|óo|ôo|õo|öo|ùu|úu|ûu|üu|ýy|ÿy|ĀA|āL|ĂA|ăN|ĄA|ąN|Ćc|ćN|ĈC|ĉN|ĊC|ċN|"
            "ČC|čo|ĎD|ďo|ĐD|đo|ĒE|ēe|ĔE|ĕe|ĖE|ėe|ĘE|ęe|ĚE|ěe|ĜG|ĝg|ĞG|ğg|ĠG|ġg|ĢG|ģg|ĤH|ĥh|ĦH|ħh|ĨI|ĩi|ĪI|īi|ĬI|ĭi|"
            "ĮI|įi|İI|ıi|ĲIJ|ĳij|ĴJ|ĵj|ĶK|ķk|ĸk|ĹL|ĺl|ĻL|ļl|ĽL|ľl|ĿL|ŀl|łl|ńn|ņn|ňn|Ŋn|ŌO|ŎO|ŐO|ŒOE|œoe|ŔR|ŕr|ŖR|ŗr|"
            "ŘR|řr|ŚS|śs|ŜS|ŝs|ŞS|şs|ŠS|šs|ŢT|ţt|ŤT|ťt|ŦT|ŧt|ŨU|ũu|ŪU|ūu|ŬU|ŭu|ŮU|ůu|ŰU|űu|ŲU|ųu|ŴW|ŵw|ŶY|ŷy|ŸY|ŹZ|"
            "źz|ŻZ|żz|ŽZ|žz|ſs")
ACCENTS = {x[0]: x[1:] for x in _ACCENTS.split("|")}


def sanitize_title(title: str) -> str:
    """FlatPress 1.3 sanitize_title_with_dashes()."""
    t = "".join(ACCENTS.get(c, c) for c in esc(title).replace("%", ""))
    t = "".join(c if c.isascii() else "".join(f"%{b:x}" for b in c.encode("utf-8")) for c in t.lower())
    t = re.sub(r"&.+?;", "", t.lower())
    t = re.sub(r"[^%a-z0-9 _-]", "", t)
    t = re.sub(r"\s+", "-", t)
    return re.sub(r"-+", "-", t).strip("-")


class Entry(RichArticle):
    @property
    def blocks(self):
        return parse_rich(self.body.replace(MORE, ""))


def entry_id(d: datetime) -> str:
    return f"entry{d:%y%m%d-%H%M%S}"


def articles() -> list[Entry]:
    A = Entry

    def at(d: datetime) -> dict:
        return dict(date=d, published=d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), published_source="date-element",
                    evidence=["date-element", "url", "listing"])

    return [
        A(path="", title="Thông báo số 07/TB-LMHTX về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH PHÚ YÊN
Số: 07/TB-LMHTX
Phú Yên, ngày 12 tháng 5 năm 2025
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng kiến thức quản lý hợp tác xã năm 2025
Thực hiện Kế hoạch số 02/KH-LMHTX ngày 10/01/2025 của Liên minh HTX tỉnh về công tác đào tạo, bồi dưỡng năm 2025, Liên minh HTX tỉnh thông báo tổ chức lớp bồi dưỡng kiến thức quản lý HTX như sau:
[more]
* Thời gian: 03 ngày, từ ngày 27 đến ngày 29/5/2025.
* Địa điểm: Hội trường Liên minh HTX tỉnh, số 40 Lê Duẩn, phường 7, thành phố Tuy Hòa.
* Đối tượng: Chủ tịch Hội đồng quản trị, Giám đốc, Kế toán các HTX nông nghiệp trên địa bàn tỉnh.
Học viên được hỗ trợ tài liệu, tiền ăn và tiền đi lại theo quy định. Các HTX gửi danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 22/5/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Kim Hoa
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/fp-content/attachs/TB-07-LMHTX-2025.pdf", "text": "TB-07-LMHTX-2025.pdf"}],
          opts={"cats": [2], "views": 214, "comments": [
              ("Lê Văn Sáu", datetime(2025, 5, 15, 7, 52),
               "HTX Nông nghiệp Hòa Thắng xin đăng ký 03 học viên, danh sách đã gửi qua thư điện tử của Văn phòng.")],
              "center": {"LIÊN MINH HTX TỈNH PHÚ YÊN", "Số: 07/TB-LMHTX", "Phú Yên, ngày 12 tháng 5 năm 2025", "THÔNG BÁO",
                         "Về việc tổ chức lớp bồi dưỡng kiến thức quản lý hợp tác xã năm 2025"},
              "right": {"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Kim Hoa"}},
          notes=["notice 'Số: 07/TB-LMHTX' dated 12/5 in the text ('Phú Yên, ngày 12 tháng 5 năm 2025'), posted "
                 "Wednesday, May 14, 2025 at 15:20:00; the signer (three right-aligned bold divs) ends the text, 'Posted "
                 "by lmhtxphuyen' is the single FlatPress account: author null; the BBCode link 'Tải về: "
                 "TB-07-LMHTX-2025.pdf' to fp-content/attachs/ after the signer: an attachment, not text; one comment on "
                 "its comments/ page (name, date, text: not the article's)"],
          **at(datetime(2025, 5, 14, 15, 20))),
        A(path="", title="HTX Nông nghiệp Hòa Quang Bắc liên kết trồng 50 ha dưa hấu theo hướng hữu cơ",
          body="""
Vụ hè thu năm 2025, HTX Nông nghiệp Hòa Quang Bắc (huyện Phú Hòa) liên kết với một doanh nghiệp tại Thành phố Hồ Chí Minh trồng 50 ha dưa hấu theo hướng hữu cơ, với 64 hộ thành viên tham gia.
[more]
Theo hợp đồng, doanh nghiệp cung ứng giống, phân bón hữu cơ và bao tiêu toàn bộ sản phẩm với giá sàn 6.500 đồng/kg; HTX chịu trách nhiệm tổ chức sản xuất và giám sát quy trình canh tác của các hộ.
Ông Trần Văn Lợi, Giám đốc HTX cho biết, nếu năng suất đạt 30 tấn/ha như vụ trước, mỗi ha dưa hấu sẽ cho lãi khoảng 70 triệu đồng, cao gấp đôi trồng lúa.
""", byline="Nguyễn Hữu Phước - Trung tâm Khuyến nông", author="Nguyễn Hữu Phước",
          opts={"cats": [1], "views": 163, "comments": []},
          notes=["posted late in the evening: 'Tuesday, May  6, 2025' and '… at 22:40:00'; the RSS pubDate 'Tue, 06 May "
                 "2025 22:40:00 +0000' and Atom '2025-05-06T22:40:00+00:00' are local time labelled UTC (7 May 05:40 in "
                 "Vietnam), sitemap.php's lastmod 2025-05-06T15:40:00+00:00 is right; byline 'Nguyễn Hữu Phước - Trung "
                 "tâm Khuyến nông' -> author Nguyễn Hữu Phước"],
          **at(datetime(2025, 5, 6, 22, 40))),
        A(path="", title="Kinh tế tập thể tỉnh Phú Yên năm 2024 qua các con số",
          body="""
Năm 2024, khu vực kinh tế tập thể tỉnh Phú Yên tiếp tục phát triển cả về số lượng và chất lượng, nhiều HTX mở rộng liên kết sản xuất gắn với tiêu thụ sản phẩm.
[more]
| Chỉ tiêu | Năm 2023 | Năm 2024 |
| Số HTX đang hoạt động | 196 | 211 |
| Số HTX thành lập mới | 12 | 18 |
| Số thành viên HTX | 41.350 | 42.870 |
| Doanh thu bình quân một HTX (triệu đồng) | 1.950 | 2.240 |
Đáng chú ý, số HTX hoạt động hiệu quả, đạt loại khá và tốt chiếm gần 62% tổng số HTX được đánh giá.
""", byline="Theo Báo Phú Yên", author=None,
          opts={"cats": [1], "views": 302, "comments": []},
          notes=["data table written as raw HTML inside [html] (border=1, first row of <th>; one line per row); 'Theo "
                 "Báo Phú Yên' names a newspaper: text, author null"],
          **at(datetime(2025, 4, 22, 9, 30))),
        A(path="", title="Ảnh: HTX Nông nghiệp Hòa Mỹ Đông vào vụ thu hoạch lúa đông xuân",
          body="""
Những ngày đầu tháng 4, hơn 300 ha lúa đông xuân của thành viên HTX Nông nghiệp Hòa Mỹ Đông (huyện Tây Hòa) bước vào thu hoạch, năng suất ước đạt 7,2 tấn/ha.
[more]
[img hoa-my-dong-1.jpg] Máy gặt đập liên hợp của HTX thu hoạch lúa trên cánh đồng lớn thôn Phú Thứ
[img hoa-my-dong-2.jpg] Thành viên HTX phơi lúa tại sân phơi tập trung của HTX
[img hoa-my-dong-3.jpg] Lúa giống được HTX thu mua ngay tại ruộng với giá 8.200 đồng/kg
""", byline="Bài và ảnh: Lê Thị Ngọc Hân", author="Lê Thị Ngọc Hân",
          opts={"cats": [3], "views": 418, "comments": [
              ("Nguyễn Văn Hải", datetime(2025, 4, 3, 12, 5), "Năm nay lúa Hòa Mỹ Đông được mùa, bà con phấn khởi lắm."),
              ("Trần Thị Mai", datetime(2025, 4, 4, 20, 31), "Cho hỏi HTX còn thu mua lúa giống không ạ?")]},
          notes=["photo story: three [img title=…] tags, each rendered by PhotoSwipe as div.photoswipe > figure > a > img "
                 "+ figcaption (one line each); 'Bài và ảnh: Lê Thị Ngọc Hân' -> author; two comments on its comments/ "
                 "page (not text)"],
          **at(datetime(2025, 4, 3, 7, 45))),
        A(path="", title="Năm điểm mới của Luật Hợp tác xã năm 2023 mà HTX cần lưu ý",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024, có nhiều điểm mới tác động trực tiếp đến tổ chức và hoạt động của các HTX. Trong đó, có năm điểm mới HTX cần đặc biệt lưu ý:
+ Mở rộng đối tượng thành viên, cho phép pháp nhân Việt Nam tham gia làm thành viên chính thức.
+ Quy định rõ tỷ lệ giao dịch nội bộ tối thiểu giữa HTX và thành viên.
+ Cho phép HTX thành lập doanh nghiệp, góp vốn và mua cổ phần.
+ Bổ sung quy định về tài sản không chia và việc xử lý tài sản không chia khi giải thể.
+ Quy định chính sách hỗ trợ HTX có nhiều thành viên là đồng bào dân tộc thiểu số.
Các HTX cần rà soát, sửa đổi điều lệ cho phù hợp với Luật mới trước ngày 01/7/2025.
""", author=None,
          opts={"cats": [1], "views": 527, "comments": []},
          notes=["numbered BBCode list [list=#] (<ol>, one line per item); no byline and the FlatPress account: author "
                 "null; the text names 01/7/2024 and 01/7/2025 (the law's dates, not the publication)"],
          **at(datetime(2025, 3, 18, 14, 0))),
        A(path="", title="Liên minh HTX tỉnh Phú Yên tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025",
          body="""
Chiều 15/1, Liên minh HTX tỉnh Phú Yên tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[more]
## Kết quả năm 2024
Năm 2024, toàn tỉnh thành lập mới 18 HTX; Liên minh HTX tỉnh tư vấn cho 74 HTX sửa đổi điều lệ theo Luật HTX năm 2023.
Quỹ hỗ trợ phát triển HTX tỉnh giải ngân 7,8 tỷ đồng cho 16 dự án của HTX.
## Nhiệm vụ năm 2025
Liên minh HTX tỉnh tập trung hỗ trợ HTX chuyển đổi số, phát triển sản phẩm OCOP và mở rộng liên kết tiêu thụ nông sản.
""", byline="Trần Minh Quang", author="Trần Minh Quang",
          opts={"cats": [1], "views": 389, "comments": [], "engine_link": True},
          notes=["its engine address /?x=entry:entry250116-161000 (an absolute link the staff pasted into /about/, which "
                 "BBCode marks class=externlink) renders the entry with rel=canonical to ITSELF (SEO Meta Tag Info prints "
                 "the requested URL): an alias; [h3] headings; the bare name 'Trần Minh Quang' closes the text; only on "
                 "/page/2/ among the blog pages"],
          **at(datetime(2025, 1, 16, 16, 10))),
        A(path="", title="HTX Thủy sản Xuân Thịnh ký hợp đồng tiêu thụ 40 tấn tôm hùm",
          body="""
HTX Thủy sản Xuân Thịnh (thị xã Sông Cầu) vừa ký hợp đồng tiêu thụ 40 tấn tôm hùm thương phẩm với một doanh nghiệp xuất khẩu tại Khánh Hòa.
[img xuan-thinh-tom-hum.jpg] Thành viên HTX chăm sóc lồng nuôi tôm hùm trên vịnh Xuân Đài
Theo hợp đồng, tôm hùm của thành viên HTX được thu mua theo giá thị trường cộng thêm 20.000 đồng/kg, với điều kiện nuôi đúng quy trình và ghi chép nhật ký.
""", byline="Tin, ảnh: Hoài Thương", author="Hoài Thương",
          opts={"cats": [1], "views": 276, "comments": []},
          notes=["no [more]: the whole text (photo included) is on the lists; 'Tin, ảnh: Hoài Thương' -> author Hoài "
                 "Thương"],
          **at(datetime(2024, 12, 20, 8, 0))),
        A(path="", title="Tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho cán bộ HTX",
          body="""
Trong hai ngày 5 và 6/11, Liên minh HTX tỉnh phối hợp với Sở Công Thương tổ chức lớp tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho 45 cán bộ quản lý HTX.
Học viên được hướng dẫn mở gian hàng, chụp ảnh sản phẩm, phát trực tiếp giới thiệu sản phẩm và xử lý đơn hàng.
""", byline="Văn phòng Liên minh HTX tỉnh", author=None,
          opts={"cats": [1], "views": 198, "comments": []},
          notes=["oldest entry: on /page/2/, /category/tin-ho%e1%ba%a1t-o%e1%bb%99ng/page/2/ and the archives /2024/ "
                 "and /2024/11/ only (no 'Last entries' widget on this site, the feeds keep the 5 newest); the byline "
                 "names an office ('Văn phòng Liên minh HTX tỉnh'): text, author null"],
          **at(datetime(2024, 11, 7, 9, 20))),
    ]


def day_heading(d: datetime) -> str:
    """'%A, %B %e, %Y' in en-us: %e pads the day with a space."""
    return f"{d:%A, %B} {d.day:2d}, {d.year}"


def render_blocks(a: Entry, markup: str) -> str:
    """What BBCode + PhotoSwipe + wpautop make of the entry's text."""
    out = []
    center, right = a.opts.get("center", set()), a.opts.get("right", set())
    before, sep, after = a.body.partition(MORE)
    index = sum(1 for b in parse_rich(before) if b.kind == "img") if sep and markup == after else 0  # PhotoSwipe's data-index
    for b in parse_rich(markup):
        if b.kind == "p":
            if b.text in center:
                inner = f"<strong>{inline_html(b.text)}</strong>" if b.text.isupper() or b.text.startswith("Về việc") else inline_html(b.text)
                out.append(f'<div style="text-align:center">{inner}</div>')
            elif b.text in right:
                out.append(f'<div style="text-align:right"><strong>{inline_html(b.text)}</strong></div>')
            else:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            src = f"{{{{base}}}}/fp-content/images/{b.src}"
            t = attr(b.text)
            out.append(f'<div class="photoswipe thumbnail nofloat"itemscope itemtype="http://schema.org/ImageGallery">'
                       f'<figure itemprop="associatedMedia" itemscope itemtype="http://schema.org/ImageObject" data-index="{index}" '
                       f'class="thumbnail nofloat" ><a href="{src}" itemprop="contentUrl" data-size="1200x800" data-index="{index}" '
                       f'title="{t}" ><img src="{src}" alt="{attr(b.src)}"  class="center" width="1200" height="800" '
                       f'loading="lazy" itemprop="thumbnail" title="{t}"></a><figcaption>{esc(b.text)}</figcaption></figure></div>')
            index += 1
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellpadding="5" cellspacing="0" style="width:100%">\n<tr>'
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>\n"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows) + "</table>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "phu-yen", TITLE + " (FlatPress)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    cat_slug = {k: sanitize_title(v) for k, v in CATS.items()}
    for a in posts:
        a.opts["id"] = entry_id(a.date)
        a.opts["slug"] = sanitize_title(a.title)
        a.path = f"/{a.date:%Y/%m/%d}/{a.opts['slug']}/"
        a.aliases.append(a.path + "comments/")

    def link(a: Entry) -> str:
        return "{{base}}" + a.path

    def content(a: Entry, single: bool) -> str:
        """the_content: in lists cut at [more] with the ReadMore link, on the entry an anchor where [more] was."""
        before, sep, after = a.body.partition(MORE)
        tail = ""
        if a.byline:
            tail += f'\n<div style="text-align:right"><strong>{esc(a.byline)}</strong></div>'
        for x in a.attachments:
            tail += (f'\n<p><a href="{{{{base}}}}{x["path"]}">Tải về: {esc(x["text"])}</a></p>')
        if not sep:
            return render_blocks(a, a.body) + tail
        if single:
            return render_blocks(a, before) + f'\n<p><a id="readmore-{a.opts["id"]}"></a></p>\n' + render_blocks(a, after) + tail
        return render_blocks(a, before) + (f'\n<p><span class="readmore"><a href="{link(a)}#readmore-{a.opts["id"]}">'
                                            "[Read more...]</a></span></p>")

    def filed(a: Entry) -> str:
        return ", ".join(f'<a href="{{{{base}}}}/category/{cat_slug[c]}/">{esc(CATS[c])}</a>' for c in sorted(a.opts["cats"]))

    def comments_label(n: int) -> str:
        return "Add a comment" if n == 0 else ("1 comment" if n == 1 else f"{n} comments")

    def entry_html(a: Entry, *, single: bool, show_day: bool) -> str:
        d = a.date
        day = f'<h2 class="date">{day_heading(d)}</h2>' if show_day else ""
        n = len(a.opts["comments"])
        return f"""	<div itemscope itemtype="http://schema.org/BlogPosting" id="{a.opts['id']}" class="entry y-{d:%Y} m-{d:%m} d-{d:%d}">

		{day}

				<h2 itemprop="name" class="entry-title">
					<a href="{link(a)}">
					{esc(a.title)}
					</a>
				</h2>

				<div itemprop="articleBody">
				{content(a, single)}
				</div>

				<ul class="entry-footer">

					<li class="entry-info">Posted by <span itemprop="author">{USERID}</span> at
					{d:%H:%M:%S}

						<span itemprop="articleSection">
							in {filed(a)}
						</span>
					</li>

					<li class="link-comments">
											<strong>{a.opts['views']}</strong> views
																	<a href="{link(a)}comments/#comments">{comments_label(n)}
						</a>
										</li>

				</ul>

	</div>
"""

    # -- widgets (right column) -----------------------------------------------------------
    years: dict[int, list[int]] = {}
    for a in posts:
        years.setdefault(a.date.year, [])
        if a.date.month not in years[a.date.year]:
            years[a.date.year].append(a.date.month)
    archive_html = "<ul>" + "".join(
        f'<li class="archive-year archive-y{y}"> <a href="{{{{base}}}}/{y}/">{y}</a><ul>'
        + "".join(f'<li class="archive-month archive-m{m:02d}"><a href="{{{{base}}}}/{y}/{m:02d}/">{datetime(y, m, 1):%B} </a></li>'
                  for m in sorted(ms, reverse=True)) + "</ul></li>" for y, ms in sorted(years.items(), reverse=True)) + "</ul>"
    cats_html = "<ul><ul>\n" + "".join(f'<li><a href="{{{{base}}}}/category/{cat_slug[k]}/">{esc(v)}</a></li>\n' for k, v in CATS.items()) + "</ul>\n</ul>"
    menu_html = ('<ul><li><a href="{{base}}/">Trang chủ</a></li><li><a href="{{base}}/about/">Giới thiệu</a></li>'
                 '<li><a href="{{base}}/contact.php">Liên hệ</a></li></ul>')
    widgets = [
        ("widget-adminarea", "Admin", '<ul><li><a href="{{base}}/login.php">Log in</a></li></ul>'),
        ("widget-bp-menu", "Menu", menu_html),
        ("widget-categories", "Categories", cats_html),
        ("widget-archives", "Archives", archive_html),
        ("widget-searchbox", "Search", '<ul><li>\n\t\t<form method="get" action="{{base}}/search.php">\n\t\t<input type="hidden" name="stype" value="full" />'
         '<p><input type="text" name="q" /></p><div class="buttonbar"><p><input name="search" type="submit" value="Search" /> </p></div>\n\t\t</form>\n\t\t</li></ul>'),
        ("widget-feed", "Subscribe", '\n\t\t<!-- BOF Feed-Buttons -->\n\t\t<ul>\n\t\t\t<li>\n'
         '\t\t\t\t<a href="{{base}}/?x=feed:rss2" title="Subscribe RSS feed" target="_blank"><img class="feed-widget" src="{{base}}/fp-plugins/feed/img/rss.png" alt="RSS"></a>\n'
         '\t\t\t\t<a href="{{base}}/?x=feed:atom" title="Subscribe Atom feed" target="_blank"><img class="feed-widget" src="{{base}}/fp-plugins/feed/img/atom.png" alt="Atom"></a>\n'
         '\t\t\t</li>\n\t\t</ul>\n\t\t<!-- EOF Feed-Buttons -->\n\t'),
    ]
    column = "\n\t\t<div id=\"column\">\n\t\t\n" + "".join(
        f'\t\t\t<div id="{i}">\n\t\t\t<h4>{t}</h4>\n\t\t\t{c}\n\t\t\t</div>\n' for i, t, c in widgets) + "\n\t\t\n\t\t</div>\n"

    archive_links = "".join(f'<link rel="archives" title="{datetime(y, m, 1):%B} {y}" href="{{{{base}}}}/{y}/{m:02d}/" />\n'
                            for y, ms in sorted(years.items(), reverse=True) for m in sorted(ms))

    def layout(*, title: str, main: str, canonical: str | None, seo: tuple[str, str] | None) -> str:
        seo_html = ""
        if seo is not None:
            desc, keys = seo
            seo_html = (f'\n\t<!-- beginning of SEO Metatag Info -->\n\n    <meta name="title" content="{attr(title)}">\n'
                        f'    <meta name="description" content="{attr(TITLE)} - {attr(desc)}">\n'
                        f'    <meta name="keywords" content="{attr(TITLE)}, {attr(keys)}">\n'
                        f'    <meta name="author" content="{attr(OWNER)}">\n'
                        + (f'    <link rel="canonical" href="{{{{base}}}}{canonical}">\n' if canonical else "")
                        + "    <!-- end of SEO Metatag Info -->\n")
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-us">
<head>
	<title>{esc(title)}</title>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<!-- PhotoSwipe -->
<script src="{{{{base}}}}/fp-plugins/jquery/res/jquery-3.7.1.min.js"></script>

	<script src="{{{{base}}}}/fp-plugins/photoswipe/res/photoswipe-4.1.3/photoswipe-ui-default.min.js"></script>
	<script src="{{{{base}}}}/fp-plugins/photoswipe/res/photoswipe-4.1.3/photoswipe.min.js"></script>
	<link rel="stylesheet" property="stylesheet" href="{{{{base}}}}/fp-plugins/photoswipe/res/photoswipe-4.1.3/default-skin/default-skin.css">
	<link media="screen" href="{{{{base}}}}/fp-plugins/photoswipe/res/photoswipe-4.1.3/photoswipe.css" type="text/css" rel="stylesheet">
	<!-- /PhotoSwipe -->{seo_html}
<!-- FP STD HEADER -->

<meta name="generator" content="FlatPress fp-1.3.1" />
<link rel="alternate" type="application/rss+xml" title="Get RSS 2.0 Feed" href="{{{{base}}}}/feed/rss2/" />
<link rel="alternate" type="application/atom+xml" title="Get Atom 1.0 Feed" href="{{{{base}}}}/feed/atom/" />
<!-- EOF FP STD HEADER -->

<!-- FP STD STYLESHEET -->
<link media="screen" href="{{{{base}}}}/fp-interface/themes/leggero/leggero-v2/res/style.css" type="text/css" rel="stylesheet" /><link media="print" href="{{{{base}}}}/fp-interface/themes/leggero/leggero-v2/res/print.css" type="text/css" rel="stylesheet" />
<!-- FP STD STYLESHEET -->
	<!-- bbcode plugin -->
	<link rel="stylesheet" type="text/css" href="{{{{base}}}}/fp-plugins/bbcode/res/bbcode.css" />
	<script src="{{{{base}}}}/fp-plugins/bbcode/res/editor.js"></script>
	<!-- end of bbcode plugin -->

<!-- archives -->
{archive_links}
<!-- end of archives -->
<link rel="shortcut icon" href="{{{{base}}}}/fp-interface/themes/leggero/imgs/favicon.ico" />

	<!-- BOF Feed-Button Stylesheet -->
	<link rel="stylesheet" type="text/css" href="{{{{base}}}}/fp-plugins/feed/res/feed.css">
	<!-- EOF Feed Stylesheet  -->
	</head>

<body>
	<div id="body-container">

		<div id="head">
			<h1><a href="{{{{base}}}}/">{esc(TITLE)}</a></h1>
			<p class="subtitle">{esc(SUBTITLE)}</p>
		</div> <!-- end of #head -->

	<div id="outer-container">

		<div id="main">
		{main}
		</div>
{column}
		</div>


		<div id="footer">
			{esc(FOOTER)}

			<!--

				Even though your not required to do this, we'd appreciate
				a lot if you didn't remove the notice above.

			-->

			<p>
			This blog is proudly powered by <a href="{{{{base:offsite}}}}/flatpress/">FlatPress</a>.
			</p>
		</div> <!-- end of #footer -->

	</div>
</body>
</html>
"""

    def nav(prev_link: tuple[str, str] | None, next_link: tuple[str, str] | None) -> str:
        out = '\n\t\t\t<div class="navigation">\n\t\t\t\t'
        if next_link:
            out += f'<div class="alignright"><a href="{next_link[0]}">{next_link[1]}</a></div>'
        if prev_link:
            out += f'<div class="alignleft"><a href="{prev_link[0]}">{prev_link[1]}</a></div>'
        return out + "\n\t\t\t</div>\n"

    # -- entries ----------------------------------------------------------------------------
    for k, a in enumerate(posts):
        older = posts[k + 1] if k + 1 < len(posts) else None
        newer = posts[k - 1] if k > 0 else None
        navigation = nav((link(newer), f" &laquo; {esc(newer.title)}") if newer else None,
                         (link(older), f"{esc(older.title)} &raquo; ") if older else None)
        title = f"{a.title} « {TITLE} "
        main = "\n\t\t\n\t\t\n\t\t" + entry_html(a, single=True, show_day=True) + navigation
        site.page(a.path, layout(title=title, main=main, canonical=a.path, seo=("", "")))
        # the comments page: the entry, its comments and the form (canonical with comments/ stripped)
        items = ""
        for n, (name, when, text) in enumerate(a.opts["comments"]):
            cid = f"comment{when:%y%m%d-%H%M%S}"
            items += (f'\n\t\t\t<li id="{cid}" >\n\t\t\t\t\n\t\t\t\t<strong class=\'comment-name\'>\n\t\t\t\t{esc(name)}\n\t\t\t\t</strong>\n'
                      f'\t\t\t\t\n\t\t\t\t\n\t\t\t\t<p class="date">\n\t\t\t\t<a href="{link(a)}comments/#{cid}" title="Permalink to {esc(name)}\'s comment">'
                      f'{day_heading(when)} at {when:%H:%M:%S}</a>\n\t\t\t\t</p>\n\t\t\t\t\n\t\t\t\t<p>{esc(text)}</p>\n\t\t\t\t\n\t\t\t</li>')
        comments = f'\n\t\t<ol id="comments">{items}\n\t\t</ol>\n' if items else ""
        form = (f'\n<h4 id="addcomment">Add comment</h4>\n<p>Fill out the form below to add your own comments</p>\n\n'
                f'<form id="commentform" method="post"\n\taction="{link(a)}comments/#commentform"\n\tenctype="multipart/form-data">\n'
                '\t<div id="comment-userdata">\n\t\t<p>\n\t\t<input type="text" class="" name="name" id="name" value="" />\n'
                '\t\t<label class="textlabel" for="name">Name (*)</label>\n\t\t</p>\n\t\t<p>\n\t\t<input type="text" class="" name="email" id="email" value="" />\n'
                '\t\t<label class="textlabel" for="email">Email:</label>\n\t\t</p>\n\t\t<p>\n\t\t<input type="text" class="" name="url" id="url" value="" />\n'
                '\t\t<label class="textlabel" for="url">Web:</label>\n\t\t</p>\n'
                '\t\t<p><input type="checkbox" name="remember" id="remember" value="1" /><label for="remember">Remember me</label></p>\n'
                '\t\t<p><label for="aaspam">What is the sum of four and three? (*)</label><br /><input type="text" name="aaspam" id="aaspam" /></p>\n\t</div>\n'
                '\t<div class="comment-content">\n\t\t\t<p><textarea name="content" class="" \n\t\t\tid="content" rows="10" cols="74"></textarea></p>\n\t</div>\n'
                '\t<div class="buttonbar">\n\t<input type="submit" name="submit" id="submit" value="Add" />\n\t</div>\n\n</form>\n')
        main_c = "\n\t\t" + entry_html(a, single=True, show_day=True) + comments + navigation + form + "\n\t\n\t\t"
        site.page(a.path + "comments/", layout(title=title, main=main_c, canonical=a.path, seo=(" - (Comments)", "")))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/fp-content/images/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH PHU YEN", "THONG BAO SO 07/TB-LMHTX",
                                                 "Lop boi duong kien thuc quan ly HTX nam 2025"]))
        site.add_article(a)
    engine = next(a for a in posts if a.opts.get("engine_link"))
    engine_url = f"/?x=entry:{engine.opts['id']}"
    site.page(engine_url, layout(title=f"{engine.title} « {TITLE} ", main="\n\t\t\n\t\t\n\t\t" + entry_html(engine, single=True, show_day=True),
                                 canonical=engine_url, seo=("", "")))
    engine.aliases.append(engine_url)
    site.trap("every entry's 'N comments' / 'Add a comment' link goes to /YYYY/MM/DD/<title>/comments/: the same entry "
              "with its comments and the comment form, rel=canonical without comments/: an alias; the day heading "
              "h2.date sits ABOVE h2.entry-title (the page's h1 is the blog name) and the time is only in 'Posted by "
              "lmhtxphuyen at HH:MM:SS in <category>'", posts[3].path + "comments/")

    # -- lists ------------------------------------------------------------------------------
    per = 5

    def list_pages(base: str, entries: list[Entry], title: str, seo: tuple[str, str] | None) -> None:
        chunks = [entries[i:i + per] for i in range(0, len(entries), per)]
        for n, chunk in enumerate(chunks, 1):
            path = base if n == 1 else f"{base}page/{n}/"
            shown, body = set(), ""
            for a in chunk:
                day = a.date.date()
                body += entry_html(a, single=False, show_day=day not in shown)
                shown.add(day)
            links = ""
            if n < len(chunks):
                links += f'<div class="alignright"><a href="{{{{base}}}}{base}page/{n + 1}/">Next Page &raquo;</a></div>'
            if n > 1:
                prev = base if n == 2 else f"{base}page/{n - 1}/"
                links += f'<div class="alignleft"><a href="{{{{base}}}}{prev}">&laquo; Previous Page</a></div>'
            main = "\n\t\t\n\t\t\n\t\t" + body + f'\n\t\t\t<div class="navigation">\n\t\t\t\t{links}\n\t\t\t</div>\n\t\t\t\n\t\t'
            t = title + (f" - Page #{n}" if n > 1 else "")
            s = None if seo is None else (seo[0] + (f" - (Page #{n})" if n > 1 else ""), seo[1])
            site.page(path, layout(title=t, main=main, canonical=path if seo else None, seo=s))
            site.non_articles.append(path)

    list_pages("/", posts, f"{TITLE} « Blog", None)
    site.trap("blog pages / and /page/2/ (5 entries a page, 'Next Page »' / '« Previous Page'): whole div.entry blocks "
              "with the day heading once per day, the text up to [more] and '[Read more...]' (the whole text when the "
              "entry has no [more])", "/page/2/")
    for cid, name in CATS.items():
        list_pages(f"/category/{cat_slug[cid]}/", [a for a in posts if cid in a.opts["cats"]],
                   f"{TITLE} « Category - {name}", (f"Category - {name}", "Category"))
    site.trap("category pages /category/<sanitized name>/: FlatPress' remove_accents maps đ to 'o' and leaves the "
              "Vietnamese letters percent-encoded ('Tin hoạt động' -> tin-ho%e1%ba%a1t-o%e1%bb%99ng); 'Tin hoạt động' "
              "has 6 entries, so its oldest is on its page/2/", f"/category/{cat_slug[1]}/page/2/")
    for y, months in sorted(years.items(), reverse=True):
        list_pages(f"/{y}/", [a for a in posts if a.date.year == y], f"{TITLE} « Archive - {y}", (f"Archive - {y}", "Archive"))
        for m in months:
            list_pages(f"/{y}/{m:02d}/", [a for a in posts if (a.date.year, a.date.month) == (y, m)],
                       f"{TITLE} « Archive - {y}/{m:02d}", (f"Archive - {y}/{m:02d}", "Archive"))
    site.trap("archives (widget: years and months, newest first): /2025/ (6 entries: /2025/page/2/), /2025/05/ … "
              "/2024/11/: the same list markup", "/2025/page/2/")

    # -- static pages, contact, login ---------------------------------------------------------
    about_date = datetime(2024, 9, 9, 10, 12)
    about = (f'\n\t\t\n\t\t\n\t\t\n\t\t\t<div id="about" class="entry page-about">\n\t\t\t\t<h2 class="entry-title">Giới thiệu</h2>\n'
             f'\t\t\t\t<p class="date">Published by {USERID} on {day_heading(about_date)}</p>\n\t\t\t\t\n'
             "<p>Liên minh Hợp tác xã tỉnh Phú Yên là tổ chức chính trị - xã hội và kinh tế, đại diện và bảo vệ quyền, lợi ích hợp "
             "pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.</p>\n"
             "<p>Trang tin này đăng tải hoạt động của Liên minh HTX tỉnh và các mô hình kinh tế tập thể tiêu biểu. Bài viết "
             f'được nhiều bạn đọc quan tâm: <a class="externlink" title="Go to {{{{base}}}}{engine_url}" href="{{{{base}}}}{engine_url}">'
             f"{esc(engine.title)}</a>.</p>\n"
             "<p>Mọi ý kiến đóng góp xin gửi về Văn phòng Liên minh HTX tỉnh qua trang Liên hệ.</p>\n\t\t\t</div>\n\t\t\n\t\t\n\t\t")
    for p in ("/about/", "/?page=about"):
        site.page(p, layout(title=f"{TITLE} « Giới thiệu", main=about, canonical=p, seo=("", "")))
    site.non_articles += ["/about/", "/?page=about"]
    contact = ('\n\t\t\t<div class="entry">\n\t\t\t\t<h2 class="title">Contact Us</h2>\n\t\t\t\t<div class="body">\n'
               "<p>Fill out the form below to send us feedback. Please add your email if you wish to be answered.</p>\n"
               '<form id="contactform" method="post" action="{{base}}/contact.php" enctype="multipart/form-data">\n'
               '\t<fieldset><legend>User data</legend>\n\t\t<p><label class="textlabel" for="name">Name (*)</label><br>\n'
               '\t\t<input type="text" name="name" id="name" class="" value=""></p>\n'
               '\t\t<p><label class="textlabel" for="email">Email:</label><br>\n\t\t<input type="text" name="email" id="email" class="" value=""></p>\n'
               '\t\t<p><label class="textlabel" for="url">Web:</label><br>\n\t\t<input type="text" name="url" id="url" class="" value=""></p>\n'
               "\t</fieldset>\n\t<fieldset><legend>Your message</legend>\n\t\t<p><label for=\"content\">Message (*):</label><br>\n"
               '\t\t<textarea name="content" id="content" class="" rows="10" cols="74"></textarea></p>\n\t</fieldset>\n'
               '\t<div class="buttonbar">\n\t<input type="submit" name="submit" id="submit" value="Send">\n'
               '\t<input type="reset" name="reset" id="reset" value="Reset">\n\t</div>\n</form>\n\t\t\t\t</div>\n\t\t\t</div>\n')
    site.page("/contact.php", layout(title=f"{TITLE} « Contact Us", main=contact, canonical="/contact.php", seo=("", "")), content_type=HTML)
    site.non_articles.append("/contact.php")
    site.trap("static page /about/ ('Published by lmhtxphuyen on Monday, September  9, 2024' under its h2.entry-title, the "
              "same div.entry as a post; also ?page=about, the sitemap's address) and the contact form /contact.php: not "
              "articles; /about/ links an entry by its engine address (an alias)", "/about/")
    login = ('\n\t\t\t<div class="entry">\n\t\t\t\t<h2 class="title">Login</h2>\n\t\t\t\t<div class="body">\n'
             '<form id="login" method="post" action="{{base}}/login.php" enctype="multipart/form-data">\n'
             '<fieldset><legend>Insert your user name and password</legend>\n<p><label for="user">Username:</label><br>\n'
             '<input type="text" name="user" id="user" value=""></p>\n<p><label for="pass">Password:</label><br>\n'
             '<input type="password" name="pass" id="pass"></p>\n</fieldset>\n<div class="buttonbar">\n'
             '<input type="submit" name="submit" id="submit" value="Login">\n</div>\n</form>\n\t\t\t\t</div>\n\t\t\t</div>\n')
    site.page("/login.php", layout(title=f"{TITLE} « Login", main=login, canonical=None, seo=None), content_type=HTML)
    site.never_fetched.append("/login.php")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin.php\nDisallow: /login.php\nDisallow: /setup.php\n"
                               "Disallow: /fp-content/\nAllow: /fp-content/images/\nAllow: /fp-content/attachs/\n\n"
                               "Sitemap: {{base}}/sitemap.php\n")
    site.trap("robots.txt written by the admin disallows /login.php, which the 'Admin' widget of every page links ('Log "
              "in'): never fetch; it names /sitemap.php", "/login.php")

    # -- feeds and sitemap ---------------------------------------------------------------------
    def as_utc_label(d: datetime) -> str:  # FlatPress: local timestamps formatted as UTC
        return format_datetime(d).replace("-0000", "+0000")

    rss_items = ""
    atom_entries = ""
    for a in posts[:per]:
        body = content(a, single=False)
        cats = ", ".join(CATS[c] for c in sorted(a.opts["cats"]))
        rss_items += (f"\n\t\t\t<item>\n\t\t\n\t\t\t<title>{esc(a.title)}</title>\n\t\t\t<link>{link(a)}</link>\n"
                      f"\t\t\t<description><![CDATA[{body}]]></description>\n\t\t\t <category><![CDATA[ {cats} ]]></category>\n"
                      f'\t\t\t<guid isPermaLink="true">{link(a)}</guid>\n\n\t\t\t\n\t\t\t<pubDate>{as_utc_label(a.date)}</pubDate>\n'
                      f"\t\t\t<comments>{link(a)}comments/</comments>\n\n\t\t\t\n\t\t\t</item>")
        stamp = a.date.strftime("%Y-%m-%dT%H:%M:%S+00:00")
        atom_entries += (f'\n\t<entry>\n\t\t<title>{esc(a.title)}</title>\n\t\t<link href="{link(a)}" />\n\t\t\t\t\n\t\t<id>{link(a)}</id>\n'
                         f"\t\t\t\t<published>{stamp}</published>\n\t\t<updated>{stamp}</updated>\n"
                         f'\t\t<content type="xhtml">\n\t\t\t<div xmlns="http://www.w3.org/1999/xhtml"> \n\t\t\t\t {body} \n\t\t\t</div>\n\t\t</content>\n\t</entry>')
    rss = (f'<?xml version="1.0" encoding="utf-8" ?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
           f"\t\t<title>{esc(TITLE)}</title>\n\t\t<link>{{{{base}}}}/</link>\n\t\t<description><![CDATA[{SUBTITLE}]]></description>\n"
           f"\t\t<copyright>Copyright {NOW.year}, {esc(OWNER)}</copyright>\n\t\t<language>en-us</language>\n"
           '\t\t<atom:link rel="self" href="{{base}}/feed/rss2/" type="application/rss+xml" />\n\t\t<generator>FlatPress</generator>\n'
           f"\t\t{rss_items}\n\t\t\n\t</channel>\n</rss>\n")
    atom = (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n\n\t<title>{esc(TITLE)}</title>\n'
            f'\t<subtitle>{esc(SUBTITLE)}</subtitle>\n\t<link href="{{{{base}}}}/" />\n\t<link rel="self" href="{{{{base}}}}/feed/atom/" />\n'
            '\t<generator uri="http://www.flatpress.org/" version="fp-1.3.1">\n  \t\tFlatPress\n\t</generator>\n'
            f"\t<rights> {esc(OWNER)} {NOW.year} </rights>\n\t<updated>{NOW:%Y-%m-%dT%H:%M:%S}+00:00</updated>\n"
            f"\t<author>\n\t\t<name>{esc(OWNER)}</name>\n\t</author>\n\t<id>{{{{base}}}}/</id>\n\t{atom_entries}\n\t\n</feed>\n")
    for p in ("/feed/rss2/", "/?x=feed:rss2"):
        site.page(p, rss, content_type="application/rss+xml")
    for p in ("/feed/atom/", "/?x=feed:atom"):
        site.page(p, atom, content_type="application/atom+xml")
    site.trap("RSS /feed/rss2/ and Atom /feed/atom/ (head alternates; the Feed widget links ?x=feed:rss2 and "
              "?x=feed:atom): the 5 newest, text up to [more], local times labelled UTC ('+0000', '+00:00')", "/feed/rss2/")
    offset = timedelta(hours=7)
    smap = (f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url> \n'
            f"<loc>{{{{base}}}}/</loc>\n<lastmod>{NOW - offset:%Y-%m-%dT%H:%M:%S}+00:00</lastmod>\n<changefreq>daily</changefreq>\n"
            "<priority>1.0</priority>\n</url>")
    for a in posts:
        smap += f"<url>\n<loc>{link(a)}</loc>\n<lastmod>{a.date - offset:%Y-%m-%dT%H:%M:%S}+00:00</lastmod>\n</url>\n"
    for name, d in (("about", about_date), ("menu", datetime(2024, 9, 9, 10, 5))):
        smap += f"<url>\n<loc>{{{{base}}}}/?page={name}</loc>\n<lastmod>{d - offset:%Y-%m-%dT%H:%M:%S}+00:00</lastmod>\n</url>"
    smap += "</urlset>"
    site.page("/sitemap.php", smap, content_type="text/xml; charset=utf-8")
    site.page("/?page=menu", layout(title=f"{TITLE} « Menu", canonical="/?page=menu", seo=("", ""), main=(
        f'\n\t\t\t<div id="menu" class="entry page-menu">\n\t\t\t\t<h2 class="entry-title">Menu</h2>\n'
        f'\t\t\t\t<p class="date">Published by {USERID} on {day_heading(datetime(2024, 9, 9))}</p>\n{menu_html}\n\t\t\t</div>\n')))
    site.non_articles.append("/?page=menu")
    site.trap("sitemap.php (named by robots.txt): every entry with lastmod = the publication time converted to UTC "
              "(right), the static pages as ?page=about and ?page=menu (the BlockParser menu as a page)", "/sitemap.php")

    fill_assets(site, ("/fp-", "/favicon"))
    return site


def fill_assets(site: SiteBuild, prefixes: tuple[str, ...]) -> None:
    """Files the pages' <link>, <img> and <script> point at (icons, styles, plugin assets): small stand-ins."""
    for path, page in list(site.html_pages.items()):
        for link in page_links(page, path):
            bare = link.split("?")[0].split("#")[0]
            if bare.startswith(prefixes) and not site._exists(link):
                site.binary(bare, image_for(bare) if bare.endswith((".png", ".ico", ".jpg", ".svg", ".gif")) else b"/* asset */\n")

