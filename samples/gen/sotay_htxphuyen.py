"""Site `sotay-htxphuyen` (registry family `generic`): "Sổ tay HTX Phú Yên", the blog server of the Phú Yên cooperative
alliance on **Apache Roller 5.2** (Tomcat, context `/roller`, the JVM in UTC; two weblogs with the locale `vi_VN`
and the timezone Asia/Ho_Chi_Minh: `lienminh` "Sổ tay Liên minh HTX Phú Yên" and the project weblog `ocop` "Dự án
OCOP Phú Yên", both in the stock "basic" theme, 5 entries a page; the site's front page is the `trangchu` weblog in
the "frontpage" theme, which aggregates the site's newest entries; the copy is of 10 June 2024, before the province
merged into Đắk Lắk). Written as a held-out test: no family module, no selectors.

URL shapes: an entry `/roller/<weblog>/entry/<anchor>`, the anchor Roller's `createAnchorBase`: the title's first five
words, lower-cased, non-alphanumerics dropped, joined by `_`, Vietnamese letters kept and percent-encoded in the
links (`/roller/lienminh/entry/th%C3%B4ng_b%C3%A1o_s%E1%BB%91_18_tb`); the weblog `/roller/<weblog>/` and its pager
`?page=1` (0-based: the second page); a category `/roller/<weblog>/category/Tin+t%E1%BB%A9c` (URLEncoder: `+` for the
space) and `?page=1`; date archives `/roller/<weblog>/date/202405` (the calendar's « » links) and
`/roller/<weblog>/date/20240512` (its linked days); a weblog page `/roller/lienminh/page/gioithieu`; feeds
`/roller/<weblog>/feed/entries/atom`, `/feed/entries/rss`, `/feed/comments/atom`; media files
`/roller/<weblog>/mediaresource/<uuid>` (photos and the notice's PDF: no extension); the front page `/roller/` (`/`
redirects there) and its `?page=1`; `/roller/roller-ui/login-redirect.rol` and `register.rol` (robots.txt disallows
`/roller/roller-ui/`). No site map, no canonical, no Open Graph, no JSON-LD.

Why it is hard: the "basic" theme is a table: `<h1>` is the weblog's name (and `<title>` is the weblog's name on
every page, the entry's too); the entry's title is `p.entryTitle`, a paragraph; the day heading `div.dayTitle` over
each day's entries is Java's "EEEE MMM dd, yyyy" in Vietnamese: "Chủ nhật thg 5 12, 2024" (month first!); the text
is the editor's HTML inside `<p class="entryContent">`, which the parser closes at the first `<p>` of the text (the
paragraphs end up beside it); then `p.entryInfo` "Posted at 12:25SA thg 5 12, 2024 by admin in Tin tức | Bình
luận [0]" (the theme's English, "hh:mma" with the Vietnamese SA/CH markers, the creator's screen name). On an entry's
page come the comments ("Gửi bởi … vào thg 5 29, 2024 lúc 07:15 SA ICT") and the comment form; the sidebar has the
calendar, categories, recent entries, links, feeds and "Lượt xem hôm nay". The author is the creator when a person
("Nguyễn Thị Thu Hà", "Phan Minh Quân"), never "admin" nor the office account "Văn phòng LMHTX"; a closing byline
overrides. The feeds print the JVM's UTC: the entry of 00:25 on 12 May reads `2024-05-11T17:25:00+00:00`. The oldest
entry is on no first page: the weblog's `?page=1`, its category's `?page=1`, the front page's `?page=1`, its month
archive (down the calendar's « links) and the feeds reach it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote, quote_plus

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "sotay-htxphuyen"
NAME = "Sổ tay HTX Phú Yên"
NOW = datetime(2024, 6, 10, 9, 0)
UTC = timedelta(hours=7)
PER = 5
HTML = "text/html; charset=utf-8"
WEBLOGS = {"lienminh": ("Sổ tay Liên minh HTX Phú Yên", "Ghi chép hoạt động của Liên minh Hợp tác xã tỉnh Phú Yên",
                        ["Tin tức", "Thông báo"], 47),
           "ocop": ("Dự án OCOP Phú Yên", "Nhật ký dự án hỗ trợ hợp tác xã tham gia Chương trình OCOP",
                    ["Sản phẩm", "Hoạt động dự án"], 12)}
SCREEN = {"admin": "admin", "vanphong": "Văn phòng LMHTX", "thuhant": "Nguyễn Thị Thu Hà", "quanpm": "Phan Minh Quân"}
DAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
SHORT_DAYS = ("CN", "Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7")
MONTHS = ("tháng một", "tháng hai", "tháng ba", "tháng tư", "tháng năm", "tháng sáu", "tháng bảy", "tháng tám",
          "tháng chín", "tháng mười", "tháng mười một", "tháng mười hai")
FOOTER = "© 2024 Liên minh Hợp tác xã tỉnh Phú Yên - 93 Lê Duẩn, phường 7, TP Tuy Hòa - ĐT: 0257.3823.614"
POWERED = "Vận hành bởi Apache Roller 5.2.4"
FURN = [FOOTER, POWERED, "Posted at", "Bình luận:", "Gửi bình luận:", "Nhớ thông tin?", "Bình luận được kiểm duyệt trước khi hiển thị.",
        "Vui lòng trả lời câu hỏi đơn giản:", "Bài viết gần đây", "Nguồn tin", "Lượt xem hôm nay:", "Chuyên mục", "Tất cả"]


def java_day(d: datetime) -> str:
    """'EEEE MMM dd, yyyy' in vi_VN (the JRE's locale data)."""
    return f"{DAYS[d.weekday()]} thg {d.month} {d:%d}, {d.year}"


def java_posted(d: datetime) -> str:
    """'hh:mma MMM dd, yyyy' in vi_VN."""
    return f"{d:%I:%M}{'SA' if d.hour < 12 else 'CH'} thg {d.month} {d:%d}, {d.year}"


def iso_utc(d: datetime) -> str:
    return f"{d - UTC:%Y-%m-%dT%H:%M:%S}+00:00"


def rfc822(d: datetime) -> str:
    return f"{d - UTC:%a, %d %b %Y %H:%M:%S} +0000"


def anchor_of(title: str) -> str:
    """Roller's WeblogEntry.createAnchorBase: non-alphanumerics to spaces, the first five words, lower case, '_'."""
    base = "".join(c if c.isalnum() else " " for c in title)
    return "_".join(w.lower() for w in base.split()[:5])


def cat_url(weblog: str, cat: str, page: int = 0) -> str:
    return f"/roller/{weblog}/category/{quote_plus(cat)}" + (f"?page={page}" if page else "")


def media(weblog: str, name: str) -> str:
    import hashlib
    h = hashlib.md5(f"{weblog}/{name}".encode()).hexdigest()
    return f"/roller/{weblog}/mediaresource/{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 18/TB-LMHTX về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH PHÚ YÊN
Số: 18/TB-LMHTX
Phú Yên, ngày 03 tháng 6 năm 2024
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2024
Liên minh HTX tỉnh tổ chức lớp bồi dưỡng kiến thức quản lý cho giám đốc, kế toán HTX từ ngày 18/6 đến ngày 20/6/2024 tại Hội trường Liên minh HTX tỉnh.
Mỗi HTX cử không quá 02 học viên; học viên được hỗ trợ tài liệu và tiền ăn trong thời gian học.
Các HTX gửi danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 12/6/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Minh Nguyệt
""", author=None, doc_number="18/TB-LMHTX",
          attachments=[{"path": media("lienminh", "TB-18-LMHTX-2024.pdf"), "text": "TB-18-LMHTX-2024.pdf"}],
          opts={"weblog": "lienminh", "cat": "Thông báo", "by": "vanphong",
                "comments": [("HTX Nông nghiệp Hòa Thắng", "HTX Hòa Thắng đăng ký 2 học viên, đã gửi danh sách qua email ạ.",
                              datetime(2024, 6, 5, 7, 15))]},
          notes=["notice 'Số: 18/TB-LMHTX' dated 03/6 in its text, posted 'Posted at 08:40SA thg 6 04, 2024' under the day "
                 "heading 'Thứ ba thg 6 04, 2024'; creator = the office account 'Văn phòng LMHTX': no author; the signer is "
                 "text; the PDF is a media file /roller/lienminh/mediaresource/<uuid> (no extension, the link's text names "
                 "it): an attachment, not text; a reader's comment is not text"],
          **at(datetime(2024, 6, 4, 8, 40))),
        A(path="", title="Ảnh: HTX Muối Tuyết Diêm vào vụ muối chính",
          body="""
Những ngày cuối tháng 5, diêm dân HTX Muối Tuyết Diêm (thị xã Sông Cầu) tất bật thu hoạch muối vụ chính.
[img tuyetdiem-1.png] Diêm dân cào muối trên đồng muối Tuyết Diêm
[img tuyetdiem-2.png] Muối được gom thành từng ụ trước khi chuyển vào kho
[img tuyetdiem-3.png] Kho chứa muối mới được HTX đầu tư năm 2024
Năm nay HTX dự kiến thu hoạch khoảng 4.500 tấn muối, giá bán ổn định ở mức 2.000 đồng/kg.
""", byline="Bài và ảnh: Lê Văn Tâm", author="Lê Văn Tâm",
          opts={"weblog": "lienminh", "cat": "Tin tức", "by": "thuhant",
                "comments": [("Trần Văn Sáu", "Muối Tuyết Diêm sạch và đẹp, mong HTX sớm có nhãn hiệu riêng.",
                              datetime(2024, 5, 29, 7, 15)),
                             ("Nguyễn Hoàng", "Giá muối năm nay khá hơn năm ngoái, chúc diêm dân được mùa.",
                              datetime(2024, 5, 30, 20, 5))]},
          notes=["photo story: centred <p><img><br /><em>caption</em></p> (one line each; the photos are media files); "
                 "creator Nguyễn Thị Thu Hà but 'Bài và ảnh: Lê Văn Tâm' closes it -> author Lê Văn Tâm; two comments "
                 "('Gửi bởi … vào thg 5 29, 2024 lúc 07:15 SA ICT') are not text"],
          **at(datetime(2024, 5, 28, 16, 20))),
        A(path="", title="Liên minh HTX tỉnh tọa đàm với các HTX thủy sản thị xã Sông Cầu",
          body="""
Tối 11/5, Liên minh HTX tỉnh tổ chức buổi tọa đàm với đại diện 14 HTX nuôi trồng, khai thác thủy sản thị xã Sông Cầu.
Các HTX phản ánh khó khăn về vốn chuyển đổi lồng nuôi tôm hùm sang vật liệu HDPE và thị trường tiêu thụ.
Liên minh HTX tỉnh cam kết phối hợp với Quỹ hỗ trợ phát triển HTX ưu tiên cho vay các dự án chuyển đổi lồng nuôi.
""", author=None,
          opts={"weblog": "lienminh", "cat": "Tin tức", "by": "admin", "comments": []},
          notes=["posted at 00:25 on 12 May about the evening before ('Tối 11/5' is the event): the day heading 'Chủ nhật "
                 "thg 5 12, 2024', 'Posted at 12:25SA thg 5 12, 2024' (12-hour, 'SA'), the day archive /date/20240512; the "
                 "feeds print the JVM's UTC '2024-05-11T17:25:00+00:00' (the 11th if the zone is dropped); published "
                 "2024-05-12 00:25; creator 'admin', no byline: author null"],
          **at(datetime(2024, 5, 12, 0, 25))),
        A(path="", title="Tình hình phát triển HTX tỉnh Phú Yên 4 tháng đầu năm 2024",
          body="""
Bốn tháng đầu năm 2024, toàn tỉnh thành lập mới 11 HTX, nâng tổng số HTX đang hoạt động lên 228 HTX.
| Loại hình | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng/HTX) |
| Nông nghiệp | 142 | 48.210 | 2.350 |
| Thủy sản | 27 | 1.084 | 1.120 |
| Công nghiệp - tiểu thủ công nghiệp | 21 | 536 | 1.870 |
| Thương mại, dịch vụ, vận tải | 38 | 912 | 2.640 |
Liên minh HTX tỉnh tiếp tục hỗ trợ các HTX xây dựng phương án sản xuất, tiếp cận vốn vay ưu đãi.
""", author="Nguyễn Thị Thu Hà",
          opts={"weblog": "lienminh", "cat": "Tin tức", "by": "thuhant", "comments": []},
          notes=["a bordered table from the editor (<tbody>, the first row in <strong>): one line per row; creator Nguyễn "
                 "Thị Thu Hà (a person), no byline: she is the author"],
          **at(datetime(2024, 5, 6, 14, 0))),
        A(path="", title="Những điểm mới của Luật Hợp tác xã năm 2023 mà HTX cần biết",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024 với nhiều quy định mới về tổ chức và hoạt động của HTX.
## Một số điểm mới đáng chú ý
* Bổ sung quy định về tổ hợp tác, liên hiệp HTX và liên đoàn HTX;
* HTX được lựa chọn mô hình quản trị rút gọn hoặc đầy đủ;
* Quy định rõ tài sản không chia và việc xử lý khi HTX giải thể;
* Nhà nước hỗ trợ HTX về đào tạo, ứng dụng khoa học công nghệ và chuyển đổi số.
Các HTX cần rà soát, sửa đổi điều lệ cho phù hợp với Luật mới trong thời hạn quy định.
""", byline="Trần Văn Hùng - Sở Kế hoạch và Đầu tư", author="Trần Văn Hùng",
          opts={"weblog": "lienminh", "cat": "Tin tức", "by": "admin", "comments": []},
          notes=["an <h3> and a bulleted list; creator 'admin' but 'Trần Văn Hùng - Sở Kế hoạch và Đầu tư' closes the text "
                 "-> Trần Văn Hùng"],
          **at(datetime(2024, 4, 22, 9, 10))),
        A(path="", title="HTX Nông nghiệp Hòa An liên kết trồng rau an toàn",
          body="""
HTX Nông nghiệp Hòa An (huyện Phú Hòa) đã liên kết với doanh nghiệp trồng 25 ha rau an toàn theo tiêu chuẩn VietGAP.
Doanh nghiệp cung ứng giống, hướng dẫn kỹ thuật và bao tiêu sản phẩm với giá ổn định trong cả năm.
Thu nhập của các hộ thành viên tham gia liên kết tăng khoảng 30% so với trồng lúa.
""", byline="Theo Báo Phú Yên", author=None,
          opts={"weblog": "lienminh", "cat": "Tin tức", "by": "thuhant", "comments": []},
          notes=["a reprint: 'Theo Báo Phú Yên' closes the text: no author (the creator Nguyễn Thị Thu Hà only posted it); "
                 "on the weblog's page 2 (?page=1)"],
          **at(datetime(2024, 4, 15, 10, 30))),
        A(path="", title="Liên minh HTX tỉnh Phú Yên triển khai nhiệm vụ năm 2024",
          body="""
Ngày 19/3, Liên minh HTX tỉnh Phú Yên tổ chức hội nghị triển khai nhiệm vụ năm 2024.
[img trienkhai-2024.png] Quang cảnh hội nghị triển khai nhiệm vụ năm 2024
Năm 2024, Liên minh HTX tỉnh phấn đấu thành lập mới 30 HTX, tổ chức 12 lớp bồi dưỡng cho 600 lượt cán bộ HTX.
""", byline="Tin, ảnh: Hoàng Minh Đức", author="Hoàng Minh Đức",
          opts={"weblog": "lienminh", "cat": "Tin tức", "by": "admin", "comments": []},
          notes=["the oldest entry: on no first page: only on /roller/lienminh/?page=1 (the weblog's second page, "
                 "0-based), its category's ?page=1, the front page's ?page=1, the March archive (down the calendar's « "
                 "links) and the feeds; 'Tin, ảnh: Hoàng Minh Đức' -> author"],
          **at(datetime(2024, 3, 20, 15, 0))),
        A(path="", title="HTX Nông nghiệp Hòa Trị có thêm sản phẩm đạt OCOP 4 sao",
          body="""
Sản phẩm bánh tráng nước dừa của HTX Nông nghiệp Hòa Trị (huyện Phú Hòa) vừa được UBND tỉnh công nhận đạt OCOP 4 sao.
Dự án đã hỗ trợ HTX thiết kế bao bì, xây dựng tem truy xuất nguồn gốc và tham gia hội chợ tại TP Hồ Chí Minh.
Hiện mỗi tháng HTX tiêu thụ khoảng 8 tấn bánh tráng, tạo việc làm ổn định cho 35 lao động nữ.
""", author="Phan Minh Quân",
          opts={"weblog": "ocop", "cat": "Sản phẩm", "by": "quanpm", "comments": []},
          notes=["the project weblog 'ocop' (another weblog on the same server, its own sidebar and feeds); creator Phan "
                 "Minh Quân (a person), no byline: the author"],
          **at(datetime(2024, 5, 30, 11, 0))),
        A(path="", title="Dự án OCOP Phú Yên khảo sát sản phẩm của các HTX miền núi",
          body="""
Từ ngày 22 đến 25/4, nhóm dự án đã khảo sát sản phẩm của 9 HTX tại các huyện Sơn Hòa, Sông Hinh và Đồng Xuân.
Nhiều sản phẩm có tiềm năng phát triển thành sản phẩm OCOP như mật ong rừng, rượu cần, gạo lúa rẫy.
Dự án sẽ chọn 4 sản phẩm để hỗ trợ hoàn thiện hồ sơ đánh giá, phân hạng OCOP trong năm 2024.
""", byline="Nguyễn Thị Mỹ Linh", author="Nguyễn Thị Mỹ Linh",
          opts={"weblog": "ocop", "cat": "Hoạt động dự án", "by": "quanpm", "comments": []},
          notes=["project weblog 'ocop'; creator Phan Minh Quân but the bare name 'Nguyễn Thị Mỹ Linh' closes the text: "
                 "the author"],
          **at(datetime(2024, 4, 26, 15, 30))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    w = a.opts["weblog"]
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table style="width: 100%;" border="1" cellspacing="0" cellpadding="4">\n<tbody>\n<tr>\n'
                       + "\n".join(f"<td><strong>{esc(c)}</strong></td>" for c in head) + "\n</tr>\n"
                       + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>\n" for r in rows)
                       + "</tbody>\n</table>")
        elif b.kind == "img":
            cap = f"<br /><em>{esc(b.text)}</em>" if b.text else ""
            out.append(f'<p style="text-align: center;"><img src="{media(w, b.src)}" alt="" width="600" />{cap}</p>')
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def month_key(d: datetime) -> str:
    return f"{d:%Y%m}"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "phu-yen", f"{NAME} (Apache Roller 5)", "generic", None, start_urls=["{{base:%s}}/roller/" % SITE],
                     feeds=["{{base:%s}}/roller/lienminh/feed/entries/atom" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.opts["anchor"] = anchor_of(a.title)
        a.path = f"/roller/{a.opts['weblog']}/entry/{quote(a.opts['anchor'])}"
    assert len({a.path for a in arts}) == len(arts)
    comment_texts = []

    def sidebar(w: str, month: datetime) -> str:
        name, about, cats, hits = WEBLOGS[w]
        own = [a for a in arts if a.opts["weblog"] == w]
        # the calendar
        days_with = {a.date.day for a in own if a.date.year == month.year and a.date.month == month.month}
        earlier = [a.date for a in own if month_key(a.date) < month_key(month)]
        later = [a.date for a in own if month_key(a.date) > month_key(month)]
        prev = (f'<a href="/roller/{w}/date/{month_key(max(earlier))}" title="Trước" class="hCalendarNavBar">&laquo;</a>'
                if earlier else "")
        nxt = (f'<a href="/roller/{w}/date/{month_key(min(later))}" title="Sau" class="hCalendarNavBar">&raquo;</a>'
               if later else "")
        first = month.replace(day=1)
        lead = (first.weekday() + 1) % 7
        ndays = ((first.replace(month=first.month % 12 + 1, year=first.year + first.month // 12)) - first).days
        cells = ['<td class="hCalendarDayNotCurrent">&nbsp;</td>'] * lead
        for d in range(1, ndays + 1):
            if d in days_with:
                cells.append(f'<td class="hCalendarDayLinked"><div class="hCalendarDayTitle"><a href="/roller/{w}/date/'
                             f'{month:%Y%m}{d:02d}">{d}</a></div></td>')
            else:
                cells.append(f'<td class="hCalendarDay"><div class="hCalendarDayTitleNoLink">{d}</div></td>')
        while len(cells) % 7:
            cells.append('<td class="hCalendarDayNotCurrent">&nbsp;</td>')
        weeks = "".join('<tr class="hCalendarWeekRow">' + "".join(cells[i:i + 7]) + "</tr>\n" for i in range(0, len(cells), 7))
        calendar = (f'<div class="hCalendarDiv"><table cellspacing="0" border="0" summary="Lịch weblog" class="hCalendarTable">'
                    f'<tr class="hCalendarMonthYearRow"><td class="hCalendarNavBar">{prev}</td><td colspan="5" '
                    f'class="hCalendarMonthYear">{MONTHS[month.month - 1]} {month.year}</td><td class="hCalendarNavBar">{nxt}'
                    '</td></tr>\n<tr>' + "".join(f'<th class="hCalendarDayNameRow" align="center">{d}</th>' for d in SHORT_DAYS)
                    + f"</tr>\n{weeks}</table></div>")
        recent = "".join(f'<li class="recentposts"><a href="{a.path}">{esc(a.title)}</a></li>' for a in own[:5])
        cat_list = f'<li><a href="/roller/{w}/">Tất cả</a></li>' + "".join(
            f'<li><a href="{cat_url(w, c)}">{esc(c)}</a></li>' for c in cats)
        links = "".join(f'<li><a href="{{{{base:offsite}}}}{h}" title="{attr(t)}">{esc(t)}</a></li>' for t, h in [
            ("Liên minh HTX Việt Nam", "/lmhtx-vn/"), ("Cổng thông tin tỉnh Phú Yên", "/phuyen/"),
            ("Báo Phú Yên", "/bao-phuyen/")])
        pages = (f'<ul class="rNavigationBar"><li class="rNavItem"><a href="/roller/{w}/">Trang chủ</a></li>'
                 + (f'<li class="rNavItem"><a href="/roller/{w}/page/gioithieu">Giới thiệu</a></li>' if w == "lienminh" else "")
                 + "</ul>")
        return f"""<div class="sidebar">
<h2>Điều hướng</h2>
{pages}
<p><a href="/roller/roller-ui/login-redirect.rol">Đăng nhập</a> | <a href="/roller/roller-ui/register.rol">Đăng ký</a></p>
<h2>Lịch</h2>
{calendar}
<h2>Chuyên mục</h2>
<ul class="rCategory">{cat_list}</ul>
<h2>Tìm kiếm</h2>
<form id="searchForm" method="get" action="/roller/{w}/search" style="margin: 0; padding: 0"><p><input type="text" id="q" name="q" size="10" maxlength="255" value="" /> <input type="submit" value="Tìm" /></p></form>
<h2>Bài viết gần đây</h2>
<ul class="rEntriesList">{recent}</ul>
<h2>Liên kết</h2>
<ul class="rFolder">{links}</ul>
<h2>Nguồn tin</h2>
<ul class="rFeeds"><li><a href="/roller/{w}/feed/entries/atom">Tất cả</a></li><li><a href="/roller/{w}/feed/comments/atom">Bình luận</a></li></ul>
<p class="hits">Lượt xem hôm nay: {hits}</p>
<p class="footer">{esc(FOOTER)}<br />{POWERED}</p>
</div>"""

    def page(w: str, month: datetime, main: str) -> str:
        name, about, cats, _ = WEBLOGS[w]
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title>{esc(name)}</title>
    <link rel="alternate" type="application/atom+xml" title="{attr(name)} (Atom)" href="/roller/{w}/feed/entries/atom" />
    <link rel="alternate" type="application/rss+xml" title="{attr(name)} (RSS)" href="/roller/{w}/feed/entries/rss" />
    <link rel="stylesheet" type="text/css" media="all" href="/roller/{w}/page/basic-custom.css" />
</head>
<body>
<table border="0" align="center" width="95%">
<tr>
<td class="leftContent" valign="top" width="80%">
   <h1>{esc(name)}</h1>
   <p class="descrip">{esc(about)}</p>
   <ul class="rCategory"><li><a href="/roller/{w}/">Tất cả</a></li>{''.join(f'<li><a href="{cat_url(w, c)}">{esc(c)}</a></li>' for c in cats)}</ul><br/>
{main}
</td>
<td valign="top">
{sidebar(w, month)}
</td>
</tr>
</table>
</body>
</html>
"""

    def entry_box(a: RichArticle) -> str:
        n = len(a.opts["comments"])
        return f"""    <div class="entryBox">
        <p class="entryTitle">{esc(a.title)}</p>
        <p class="entryContent">
            {body_html(a)}
        </p>
        <p class="entryInfo">
            Posted at <a href="{a.path}">{java_posted(a.date)}</a>
            by {esc(SCREEN[a.opts['by']])} in <span class="category">{esc(a.opts['cat'])}</span> &nbsp;|&nbsp;
            <a href="{a.path}#comments" class="commentsLink">Bình luận [{n}]</a>
        </p>
    </div>
"""

    def days(items: list[RichArticle]) -> str:
        out, cur = [], None
        for a in items:
            if cur != a.date.date():
                if cur is not None:
                    out.append("</div>\n")
                cur = a.date.date()
                out.append(f'<div class="dayBox">\n    <div class="dayTitle">\n        {java_day(a.date)}\n    </div>\n')
            out.append(entry_box(a))
        if items:
            out.append("</div>\n")
        return "".join(out)

    def pager(base: str, n: int, total: int) -> str:
        pages = (total + PER - 1) // PER
        sep = "&amp;" if "?" in base else "?"
        parts = []
        if n > 0:
            parts.append(f'<a href="{base if n == 1 else f"{base}{sep}page={n - 1}"}">&laquo; Bài mới hơn</a> |')
        parts.append(f'<a href="{base}">Trang chính</a>')
        if n < pages - 1:
            parts.append(f'| <a href="{base}{sep}page={n + 1}">Bài cũ hơn &raquo;</a>')
        return f'<div class="next-previous">{" ".join(parts)}</div>'

    def listing(w: str, base: str, items: list[RichArticle], month: datetime, heading: str = "") -> None:
        pages = max(1, (len(items) + PER - 1) // PER)
        for n in range(pages):
            path = base if n == 0 else f"{base}?page={n}"
            head = f'<h2 class="archiveTitle">{esc(heading)}</h2>' if heading else ""
            main = head + pager(base, n, len(items)) + days(items[n * PER:(n + 1) * PER])
            site.page(path, page(w, month, main), content_type=HTML if "?" in path or not path.isascii() else None)
            site.non_articles.append(path)

    for w, (name, about, cats, _) in WEBLOGS.items():
        own = [a for a in arts if a.opts["weblog"] == w]
        listing(w, f"/roller/{w}/", own, NOW)
        for c in cats:
            listing(w, cat_url(w, c), [a for a in own if a.opts["cat"] == c], NOW, f"Chuyên mục: {c}")
        for mk in sorted({month_key(a.date) for a in own}):
            month = datetime(int(mk[:4]), int(mk[4:]), 1)
            listing(w, f"/roller/{w}/date/{mk}", [a for a in own if month_key(a.date) == mk], month,
                    f"{MONTHS[month.month - 1]} {month.year}")
        for day in sorted({a.date.date() for a in own}):
            d = datetime(day.year, day.month, day.day)
            site.page(f"/roller/{w}/date/{d:%Y%m%d}", page(w, d, days([a for a in own if a.date.date() == day])))
            site.non_articles.append(f"/roller/{w}/date/{d:%Y%m%d}")
        # entries
        for a in own:
            comments = ""
            for i, (who, text, when) in enumerate(a.opts["comments"], 1):
                comment_texts.append(text)
                comments += (f'<div class="comment {"odd" if i % 2 else "even"}" id="comment-{a.date:%Y%m%d}{i:03d}">\n<p>'
                             f'{esc(text)}</p>\n<p class="comment-details">\nGửi bởi <b>{esc(who)}</b> vào thg {when.month} '
                             f'{when:%d}, {when.year} lúc {when:%I:%M} {"SA" if when.hour < 12 else "CH"} ICT\n<a href="'
                             f'{a.path}#comment-{a.date:%Y%m%d}{i:03d}" class="entrypermalink" title="Liên kết cố định của '
                             'bình luận">#</a>\n</p>\n</div>\n')
            q1, q2 = 3 + len(a.title) % 5, 4 + a.date.day % 5
            main = (days([a]) + f'<div class="comments" id="comments">\n<div class="comments-head">Bình luận:</div>\n<br/>\n'
                    f"{comments or '<p>Chưa có bình luận.</p>'}</div>\n"
                    f'<div class="comments-form"><div class="comments-head">Gửi bình luận:</div><span class="status">Bình '
                    f'luận được kiểm duyệt trước khi hiển thị.</span><form method="post" action="{a.path}" focus="content" '
                    'name="commentForm"><ul><li><label class="desc">Tên:</label><input type="text" name="name" size="50" />'
                    '</li><li><label class="desc">E-Mail:</label><input type="text" name="email" size="50" /></li><li><label '
                    'class="desc">URL:</label><input type="text" name="url" size="50" /></li><li><input type="checkbox" '
                    'name="rememberInfo" /><label>Nhớ thông tin?</label></li><li><label class="desc">Bình luận của bạn:'
                    '</label><textarea name="content" cols="40" rows="10"></textarea></li></ul><p>Vui lòng trả lời câu hỏi '
                    f'đơn giản: {q1} + {q2} = <input name="answer" value="" size="4" /></p><input type="button" value="Xem '
                    'trước" /> <input type="submit" value="Gửi" /></form></div>')
            site.page(a.path, page(w, a.date, main))
            for b in a.blocks:
                if b.kind == "img":
                    m = media(w, b.src)
                    site.files[m.lstrip("/")] = image_for(b.src)
                    site.routes.append({"path": m, "file": m.lstrip("/"), "content_type": "image/png"})
            for x in a.attachments:
                site.files[x["path"].lstrip("/")] = pdf(a.title, ["LIEN MINH HTX TINH PHU YEN", "THONG BAO SO 18/TB-LMHTX"])
                site.routes.append({"path": x["path"], "file": x["path"].lstrip("/"), "content_type": "application/pdf"})
            site.add_article(a)
        # feeds
        upd = own[0].date

        def atom_entry(a: RichArticle) -> str:
            return (f"    <entry>\n        <id>{{{{base}}}}{a.path}</id>\n        <title type=\"html\">{esc(a.title)}</title>\n"
                    f"        <author><name>{esc(SCREEN[a.opts['by']])}</name></author>\n        <link rel=\"alternate\" "
                    f"type=\"text/html\" href=\"{{{{base}}}}{a.path}\"/>\n        <published>{iso_utc(a.date)}</published>\n"
                    f"        <updated>{iso_utc(a.date)}</updated>\n        <category term=\"{attr(a.opts['cat'])}\" "
                    f"label=\"{attr(a.opts['cat'])}\" />\n        <content type=\"html\">{esc(body_html(a))}</content>\n"
                    "    </entry>\n")

        site.page(f"/roller/{w}/feed/entries/atom",
                  f"<?xml version=\"1.0\" encoding='utf-8'?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n    <title "
                  f"type=\"html\">{esc(name)}</title>\n    <subtitle type=\"html\">{esc(about)}</subtitle>\n    <id>{{{{base}}}}"
                  f"/roller/{w}/feed/entries/atom</id>\n    <link rel=\"self\" type=\"application/atom+xml\" href=\"{{{{base}}}}"
                  f"/roller/{w}/feed/entries/atom\" />\n    <link rel=\"alternate\" type=\"text/html\" href=\"{{{{base}}}}/roller/"
                  f"{w}/\" />\n    <updated>{iso_utc(upd)}</updated>\n    <generator uri=\"http://roller.apache.org\" version="
                  f"\"5.2.4\">Apache Roller</generator>\n" + "".join(atom_entry(a) for a in own) + "</feed>\n",
                  content_type="application/atom+xml; charset=utf-8")
        site.page(f"/roller/{w}/feed/entries/rss",
                  f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
                  f"<channel>\n  <title>{esc(name)}</title>\n  <link>{{{{base}}}}/roller/{w}/</link>\n  <description>"
                  f"{esc(about)}</description>\n  <language>vi-vn</language>\n  <lastBuildDate>{rfc822(upd)}</lastBuildDate>\n"
                  + "".join(f"  <item>\n    <guid isPermaLink=\"true\">{{{{base}}}}{a.path}</guid>\n    <title>{esc(a.title)}"
                            f"</title>\n    <dc:creator>{esc(SCREEN[a.opts['by']])}</dc:creator>\n    <link>{{{{base}}}}{a.path}"
                            f"</link>\n    <pubDate>{rfc822(a.date)}</pubDate>\n    <category>{esc(a.opts['cat'])}</category>\n"
                            f"    <description>{esc(body_html(a))}</description>\n  </item>\n" for a in own)
                  + "</channel>\n</rss>\n", content_type="application/rss+xml; charset=utf-8")
        with_comments = [(a, c) for a in own for c in a.opts["comments"]]
        site.page(f"/roller/{w}/feed/comments/atom",
                  f"<?xml version=\"1.0\" encoding='utf-8'?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n    <title "
                  f"type=\"html\">{esc(name)} - Bình luận</title>\n    <id>{{{{base}}}}/roller/{w}/feed/comments/atom</id>\n"
                  + "".join(f"    <entry>\n        <id>{{{{base}}}}{a.path}#comment</id>\n        <title type=\"html\">Re: "
                            f"{esc(a.title)}</title>\n        <author><name>{esc(who)}</name></author>\n        <updated>"
                            f"{iso_utc(when)}</updated>\n        <content type=\"html\">{esc(text)}</content>\n    </entry>\n"
                            for a, (who, text, when) in with_comments) + "</feed>\n",
                  content_type="application/atom+xml; charset=utf-8")
        site.static(f"/roller/{w}/page/basic-custom.css", "body{font-family:Verdana,Arial,sans-serif;font-size:13px}\n"
                    ".entryTitle{font-weight:bold;font-size:1.2em}.dayTitle{border-bottom:1px solid #ccc}\n")
    site.extra_boilerplate += comment_texts
    notice = next(a for a in arts if a.doc_number)
    site.trap("an entry's page (basic theme): <title> and the only <h1> are the weblog's name; the title is "
              "p.entryTitle; the text sits in <p class='entryContent'> (closed by its first <p>); the day heading 'Thứ ba "
              "thg 6 04, 2024' (month first) and 'Posted at 08:40SA thg 6 04, 2024 by … in …'", notice.path)
    site.trap("/roller/lienminh/ (5 entries a page under their day headings, 'Bài cũ hơn »' -> ?page=1, 0-based): the "
              "reprint and the oldest entry are on ?page=1", "/roller/lienminh/?page=1")
    site.trap("category lists /roller/lienminh/category/Tin+t%E1%BB%A9c (URLEncoder '+'; ?page=1), date archives "
              "/date/YYYYMM (the calendar's « ») and /date/YYYYMMDD (its linked days): lists, not articles",
              cat_url("lienminh", "Tin tức"))
    site.trap("feeds /roller/<weblog>/feed/entries/atom (<published> in the JVM's UTC, '+00:00'), /feed/entries/rss "
              "('+0000'), /feed/comments/atom", "/roller/lienminh/feed/entries/atom")

    # the weblog page "Giới thiệu"
    site.page("/roller/lienminh/page/gioithieu", page("lienminh", NOW, '<h2>Giới thiệu</h2><p>Liên minh Hợp tác xã tỉnh Phú '
                                                     "Yên là tổ chức chính trị - xã hội, đại diện và hỗ trợ các HTX, tổ hợp "
                                                     "tác trên địa bàn tỉnh. Sổ tay này ghi lại các hoạt động của Liên minh."
                                                     "</p>"))
    site.non_articles.append("/roller/lienminh/page/gioithieu")

    # the front page (frontpage theme): the site's newest entries, 5 a page
    def front(n: int) -> str:
        chunk = arts[n * PER:(n + 1) * PER]
        boxes = "".join(
            f'<div class="entryBox"><div class="entryTitleBox"><a href="{a.path}" class="entryTitle">{esc(a.title)}</a><br/>'
            f'<span class="entryInfo">Đăng bởi {esc(SCREEN[a.opts["by"]])} trên <a href="/roller/{a.opts["weblog"]}/">'
            f'{esc(WEBLOGS[a.opts["weblog"]][0])}</a> lúc {java_posted(a.date)}</span></div></div>\n' for a in chunk)
        nav = []
        if n > 0:
            nav.append(f'<a href="/roller/{"" if n == 1 else f"?page={n - 1}"}">&laquo; Bài mới hơn</a>')
        if (n + 1) * PER < len(arts):
            nav.append(f'<a href="/roller/?page={n + 1}">Bài cũ hơn &raquo;</a>')
        blogs = "".join(f'<li><a href="/roller/{w}/">{esc(v[0])}</a><br/><span>{esc(v[1])}</span></li>' for w, v in WEBLOGS.items())
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(NAME)}</title>
<link rel="stylesheet" type="text/css" media="all" href="/roller/trangchu/page/frontpage.css" />
</head>
<body>
<div id="wrapper">
<div id="banner"><h1 class="bannerH1">{esc(NAME)}</h1><p class="bannerP">Các weblog của Liên minh Hợp tác xã tỉnh Phú Yên</p></div>
<div id="leftcontent_wrap"><div id="leftcontent">
<h2>Bài viết mới trên các weblog</h2>
{boxes}
<div class="next-previous">{" | ".join(nav)}</div>
</div></div>
<div id="rightcontent">
<h2>Các weblog</h2><ul class="weblogs">{blogs}</ul>
<h2>Thống kê</h2><p>Số weblog: {len(WEBLOGS)}<br/>Số bài viết: {len(arts)}</p>
<p><a href="/roller/roller-ui/login-redirect.rol">Đăng nhập</a> | <a href="/roller/roller-ui/register.rol">Đăng ký</a></p>
<p class="footer">{esc(FOOTER)}<br />{POWERED}</p>
</div>
</div>
</body>
</html>
"""

    for n in range((len(arts) + PER - 1) // PER):
        path = "/roller/" if n == 0 else f"/roller/?page={n}"
        site.page(path, front(n), content_type=None if n == 0 else HTML)
        site.non_articles.append(path)
    site.same_page("/roller/trangchu/", "/roller/")
    site.non_articles.append("/roller/trangchu/")
    site.static("/roller/trangchu/page/frontpage.css", "body{font-family:Arial,sans-serif}\n")
    site.redirect("/", "/roller/", 302)
    site.trap("the front page /roller/ (the 'trangchu' weblog in the frontpage theme; '/' redirects there): the site's 5 "
              "newest entries of both weblogs ('Đăng bởi … trên <weblog> lúc …'), ?page=1: not articles", "/roller/?page=1")
    for path in ["/roller/roller-ui/login-redirect.rol", "/roller/roller-ui/register.rol"]:
        site.page(path, '<html><head><title>Apache Roller</title></head><body><form method="post" action="/roller/roller_j_'
                  'security_check"><input name="j_username" /><input type="password" name="j_password" /><input '
                  'type="submit" value="Đăng nhập" /></form></body></html>')
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /roller/roller-ui/\nDisallow: /roller/roller-services/\n")
    site.trap("robots.txt disallows /roller/roller-ui/: the sidebar's 'Đăng nhập' (login-redirect.rol) and 'Đăng ký' "
              "(register.rol) are never fetched", "/roller/roller-ui/login-redirect.rol")
    return site
