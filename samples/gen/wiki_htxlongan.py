"""Site `wiki-htxlongan` (registry family `generic`): "Wiki Liên minh HTX Long An", the wiki of the Long An
cooperative alliance (before the province merged into Tây Ninh on 1 July 2025) on **PmWiki 2.3** with the default
`pmwiki` skin (the table layout of pmwiki.tmpl), a Vietnamese XLPage, clean URLs ($EnablePathInfo, $ScriptUrl without
pmwiki.php) and the **BlogIt** cookbook recipe keeping the news as wiki pages of a `Tin` group. Written as a held-out
test: no family module, no selectors.

URL shapes: wiki pages `/Group/Name` (absolute links, BlogIt names made from the title with hyphens:
`/Tin/Ke-hoach-12-KH-LMHTX-hoi-cho-nong-san-2025`; tag pages keep Vietnamese letters, percent-encoded in lower-case
hex by PmWiki's PUE: `/Tags/H%e1%bb%99i-ngh%e1%bb%8b`), the old address `/pmwiki.php?n=Group.Name` (served as is),
`/Tin` (302 to `/Tin/HomePage`, BlogIt's multi-entry view, `?page=2` for older entries), each group's `RecentChanges`,
`/Site/Search`; every page links `?action=print` (the print skin: an alias of an entry, robots noindex),
`?action=edit`, `?action=diff`, `?action=upload` and `?action=login` (robots.txt disallows those four); the feed is
`/Site/BlogIt-Admin?action=rss` (BlogIt writes its head link wrongly as `{$ScriptUrl}?n=Site.BlogIt-Admin?action=rss`,
which PmWiki redirects to the admin page); attachments `/uploads/Tin/<file>`.

Why it is hard: the page's `<h1 class='pagetitle'>` is the entry's title, under a "Tin /" group link and the page
actions (Xem, Sửa, Lịch sử, Đính kèm, In); the entry is BlogIt's single-entry view inside `div#wikitext`: an `<h5>`
"Đăng bởi <entryauthor>, ngày 14/03/2025 lúc 08:30" (the entry's author field: a person, or the office login
"VanPhong" / "admin", no author), `div.blogit-post-body` holding PmWiki's own HTML (`<p class='vspace'>`, `<h3>`,
`%center%` bold document lines, advanced `(:table:)` tables, `div.img.imgcaption` photos with `span.caption`, a
`%right%` bold byline), then the tags line "Thẻ: …", the comment count and BlogIt's comment form. The footer says
"Trang sửa lần cuối lúc …" (the page's last edit, not the entry date). Lists show the intro before `[[#break]]` and
"Đọc tiếp..." (a short entry without the break shows all of its text). The RSS gives `pubDate` in GMT (an entry of
06:40 is the previous day) and links `?when=<last edit in UTC>` (another address of the same page).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from .core import SiteBuild, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "wiki-htxlongan"
NAME = "Wiki Liên minh HTX Long An"
HTML = "text/html; charset=utf-8"
BREAK = "[break]"
FOOT_NOTE = "Liên minh Hợp tác xã tỉnh Long An – Số 66 đường Hùng Vương, Phường 2, thành phố Tân An, tỉnh Long An"
FURN = ["Thay đổi gần đây", "Trang sửa lần cuối lúc", "Đăng bởi", "Bài mới đăng", "Chủ đề", "sửa SideBar", "đăng nhập",
        "Gửi bình luận", "Bình luận sẽ được kiểm duyệt trước khi hiển thị.", "Tên (bắt buộc):", "Thẻ:", "bình luận",
        "Lịch sử", "Đính kèm", "RSS tin tức", FOOT_NOTE]
PER_PAGE = 5
RC_LINES = 6


def pue(s: str) -> str:
    """PmWiki's PUE: bytes >= 0x80, spaces and quotes as %xx in lower-case hex."""
    return "".join(f"%{b:x}" if b >= 0x80 or chr(b) in " '\"<>" else chr(b) for b in s.encode("utf-8"))


def bi_name(title: str) -> str:
    """BlogIt's page name: everything but letters/digits to '-', the first letter upper-case."""
    s = re.sub(r"[^\w]+", "-", title.replace("'", "")).strip("-")
    s = re.sub(r"-{2,}", "-", s)
    return s[:1].upper() + s[1:]


class Entry(RichArticle):
    @property
    def blocks(self):
        return parse_rich(self.body.replace(BREAK, ""))


def articles() -> list[Entry]:
    A = Entry

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="Ke-hoach-12-KH-LMHTX-hoi-cho-nong-san-2025",
          title="Kế hoạch số 12/KH-LMHTX tổ chức Hội chợ nông sản và sản phẩm HTX tỉnh Long An năm 2025",
          body="""
Liên minh HTX tỉnh ban hành kế hoạch tổ chức Hội chợ nông sản và sản phẩm HTX năm 2025, dự kiến có khoảng 150 gian hàng tham gia.
[break]
LIÊN MINH HTX TỈNH LONG AN
Số: 12/KH-LMHTX
Long An, ngày 12 tháng 3 năm 2025
KẾ HOẠCH
Tổ chức Hội chợ nông sản và sản phẩm HTX tỉnh Long An năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Quảng bá sản phẩm của HTX, tổ hợp tác; kết nối tiêu thụ giữa HTX với doanh nghiệp và hệ thống phân phối.
## II. THỜI GIAN, ĐỊA ĐIỂM
Hội chợ tổ chức từ ngày 18 đến 22/4/2025 tại Quảng trường tỉnh, Phường 1, thành phố Tân An.
## III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh HTX tỉnh chủ trì, phối hợp với các sở, ngành liên quan triển khai kế hoạch này.
CHỦ TỊCH
Nguyễn Văn Hùng
""", author=None, doc_number="12/KH-LMHTX",
          attachments=[{"path": "/uploads/Tin/KH-12-LMHTX-2025.pdf", "text": "Tải Kế hoạch số 12/KH-LMHTX (PDF)"}],
          opts={"who": "VanPhong", "tags": ["Văn bản"], "comments": "none", "mtime": datetime(2025, 3, 14, 8, 36)},
          notes=["plan 'Số: 12/KH-LMHTX' dated 12/3 in the text (centred bold %center% lines), entry date '14/03/2025 "
                 "lúc 08:30' in the <h5>; the entry author 'VanPhong' is the office login: no author; the signer is "
                 "text; [[Attach:KH-12-LMHTX-2025.pdf|Tải Kế hoạch số 12/KH-LMHTX (PDF)]] (a.urllink to "
                 "/uploads/Tin/…pdf) after the text: an attachment"],
          **at(datetime(2025, 3, 14, 8, 30))),
        A(path="Lien-minh-HTX-tinh-mo-lop-boi-duong-nghiep-vu-ke-toan-HTX-nam-2025",
          title="Liên minh HTX tỉnh mở lớp bồi dưỡng nghiệp vụ kế toán HTX năm 2025",
          body="""
Sáng 3/3, Liên minh HTX tỉnh Long An khai giảng lớp bồi dưỡng nghiệp vụ kế toán cho 70 học viên là kế toán các HTX.
[break]
Lớp học kéo dài năm ngày, tập trung vào chế độ kế toán HTX hiện hành và kỹ năng lập báo cáo tài chính năm.
Cuối khóa, học viên đạt yêu cầu được cấp giấy chứng nhận hoàn thành chương trình bồi dưỡng.
""", author=None,
          opts={"who": "VanPhong", "tags": ["Đào tạo"], "comments": "open", "mtime": datetime(2025, 3, 3, 8, 12)},
          notes=["no byline, entry author the office login 'VanPhong': author null"],
          **at(datetime(2025, 3, 3, 8, 0))),
        A(path="HTX-Nong-nghiep-Tan-Lap-mo-rong-vung-chanh-khong-hat-dat-chuan-GlobalGAP",
          title="HTX Nông nghiệp Tân Lập mở rộng vùng chanh không hạt đạt chuẩn GlobalGAP",
          body="""
HTX Nông nghiệp Tân Lập (huyện Thủ Thừa) vừa được cấp chứng nhận GlobalGAP cho thêm 35 ha chanh không hạt, nâng tổng diện tích đạt chuẩn lên 120 ha.
[break]
Sản phẩm chanh của HTX đã xuất khẩu sang thị trường châu Âu và Trung Đông thông qua hai doanh nghiệp liên kết.
Giám đốc HTX cho biết, năm 2025 HTX sẽ đầu tư hệ thống tưới tiết kiệm nước và kho sơ chế đạt chuẩn.
""", author="Nguyễn Thị Lan",
          opts={"who": "Nguyễn Thị Lan", "tags": ["Mô hình HTX"], "comments": "open", "mtime": datetime(2025, 2, 19, 9, 5),
                "oldurl": True},
          notes=["no byline; the BlogIt author field holds the reporter 'Nguyễn Thị Lan' (<h5> 'Đăng bởi Nguyễn Thị "
                 "Lan, ngày 18/02/2025 lúc 14:20') -> author; last edited the next day ('Trang sửa lần cuối lúc "
                 "19/02/2025, 09:05'); Main/GioiThieu links it as /pmwiki.php?n=Tin.<Name> (same page): an alias"],
          **at(datetime(2025, 2, 18, 14, 20))),
        A(path="Kinh-te-tap-the-tinh-Long-An-nam-2024-tiep-tuc-tang-truong",
          title="Kinh tế tập thể tỉnh Long An năm 2024 tiếp tục tăng trưởng",
          body="""
Năm 2024, khu vực kinh tế tập thể tỉnh Long An có bước phát triển khá, nhiều HTX mở rộng liên kết theo chuỗi giá trị.
[break]
Kết quả chủ yếu như sau:
| Chỉ tiêu | Năm 2023 | Năm 2024 |
| Số HTX đang hoạt động | 246 | 268 |
| Số thành viên | 21.540 | 22.815 |
| Doanh thu bình quân (triệu đồng/HTX) | 2.870 | 3.140 |
| Số HTX ứng dụng công nghệ cao | 31 | 38 |
Năm 2025, tỉnh phấn đấu thành lập mới ít nhất 25 HTX.
""", byline="Theo Báo Long An", author=None,
          opts={"who": "VanPhong", "tags": ["Số liệu"], "comments": "open", "mtime": datetime(2025, 1, 20, 15, 11)},
          notes=["an advanced (:table:) with (:head:) cells (one line per row); 'Theo Báo Long An' names a newspaper: "
                 "text, author null"],
          **at(datetime(2025, 1, 20, 15, 0))),
        A(path="Lien-minh-HTX-tinh-Long-An-tong-ket-cong-tac-nam-2024",
          title="Liên minh HTX tỉnh Long An tổng kết công tác năm 2024",
          body="""
Ngày 8/1, Liên minh HTX tỉnh Long An tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[break]
Năm 2024, Liên minh HTX tỉnh đã tư vấn thành lập mới 28 HTX, tổ chức 12 lớp tập huấn cho hơn 900 lượt cán bộ HTX.
## Nhiệm vụ năm 2025
Tập trung hỗ trợ HTX chuyển đổi số, xây dựng thương hiệu và tham gia chuỗi giá trị nông sản chủ lực của tỉnh.
""", byline="Trần Minh Khoa", author="Trần Minh Khoa",
          opts={"who": "admin", "tags": ["Hội nghị"], "comments": "open", "mtime": datetime(2025, 1, 9, 6, 52)},
          notes=["entry of 06:40 on 09/01: the RSS pubDate 'Wed, 08 Jan 2025 23:40:00 GMT' (and the text's 'Ngày 8/1') "
                 "name the previous day; 'Trần Minh Khoa' closes the text (%right% bold) -> author; entry author 'admin'"],
          **at(datetime(2025, 1, 9, 6, 40))),
        A(path="Anh-HTX-Thanh-long-Hoa-Phuoc-vao-vu-thanh-long-Tet",
          title="Ảnh: HTX Thanh long Hòa Phước vào vụ thanh long Tết",
          body="""
Những ngày đầu năm 2025, thành viên HTX Thanh long Hòa Phước (huyện Châu Thành) tất bật thu hoạch thanh long phục vụ thị trường Tết.
[break]
[img thanh-long-1.jpg] Thành viên HTX thu hái thanh long ruột đỏ trên vườn đạt chuẩn VietGAP
[img thanh-long-2.jpg] Thanh long được phân loại, đóng thùng tại nhà sơ chế của HTX
[img thanh-long-3.jpg] Xe của doanh nghiệp liên kết nhận hàng ngay tại HTX
""", byline="Bài và ảnh: Võ Thanh Tùng", author="Võ Thanh Tùng",
          opts={"who": "VanPhong", "tags": ["Mô hình HTX"], "comments": "open", "mtime": datetime(2025, 1, 6, 7, 48)},
          notes=["photo story: three %center% Attach:… | caption lines (div.img.imgcaption, <br /> then "
                 "span.caption): one line each; 'Bài và ảnh: Võ Thanh Tùng' -> author; only on /Tin/HomePage?page=2 "
                 "among the entry lists"],
          **at(datetime(2025, 1, 6, 7, 30))),
        A(path="Sau-ky-thuat-canh-tac-lua-giam-phat-thai-HTX-can-ap-dung",
          title="Sáu kỹ thuật canh tác lúa giảm phát thải HTX cần áp dụng",
          body="""
Để tham gia Đề án phát triển bền vững một triệu héc ta lúa chất lượng cao, phát thải thấp, các HTX cần áp dụng sáu kỹ thuật sau:
[break]
* Sử dụng giống lúa xác nhận, gieo sạ với lượng giống không quá 80 kg/ha;
* Áp dụng tưới ngập khô xen kẽ;
* Bón phân theo bảng so màu lá;
* Không đốt rơm rạ, thu gom rơm để làm nấm hoặc phân hữu cơ;
* Sử dụng thuốc bảo vệ thực vật theo nguyên tắc bốn đúng;
* Ghi chép nhật ký đồng ruộng đầy đủ.
""", byline="Huỳnh Văn Dũng - Trung tâm Khuyến nông", author="Huỳnh Văn Dũng",
          opts={"who": "VanPhong", "tags": ["Kỹ thuật"], "comments": "open", "mtime": datetime(2024, 12, 10, 9, 14)},
          notes=["a six-item list after a line ending with a colon; 'Huỳnh Văn Dũng - Trung tâm Khuyến nông' -> author "
                 "Huỳnh Văn Dũng"],
          **at(datetime(2024, 12, 10, 9, 0))),
        A(path="Dai-hoi-thanh-vien-HTX-Nong-nghiep-Thanh-Loi-nhiem-ky-2024-2029",
          title="Đại hội thành viên HTX Nông nghiệp Thạnh Lợi nhiệm kỳ 2024 - 2029",
          body="""
Ngày 21/10, HTX Nông nghiệp Thạnh Lợi (huyện Bến Lức) tổ chức đại hội thành viên nhiệm kỳ 2024 - 2029 với sự tham dự của 86 thành viên.
Đại hội đã bầu Hội đồng quản trị gồm 5 thành viên và thông qua phương án sản xuất, kinh doanh năm 2025.
""", byline="Lê Hoàng Nam", author="Lê Hoàng Nam",
          opts={"who": "VanPhong", "tags": [], "comments": "open", "mtime": datetime(2024, 10, 22, 10, 9)},
          notes=["oldest entry, no tags: only on /Tin/HomePage?page=2, where BlogIt shows all of it (no [[#break]], so "
                 "no 'Đọc tiếp...'); absent from Tin/RecentChanges (6 lines); 'Lê Hoàng Nam' closes the text -> author"],
          **at(datetime(2024, 10, 22, 10, 0))),
    ]


# -- PmWiki markup as HTML ---------------------------------------------------------------------------

def is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and not text.startswith("Số")


def entry_html(a: Entry, base: str, intro_only: bool = False) -> str:
    """The entry body as PmWiki renders its markup: <p>, <p class='vspace'>, <h3>, lists, tables, images."""
    out = []
    first = True
    body = a.body.strip()
    if intro_only:
        body = body.split(BREAK)[0] if BREAK in body else body
    broke = False
    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line == BREAK:
            broke = True
            continue
        anchor = "<a id='break'></a>" if broke else ""
        broke = False
        vs = "" if first else " class='vspace'"
        if line.startswith("## "):
            out.append(f"{'' if first else chr(10) + '<div class=' + chr(39) + 'vspace' + chr(39) + '></div>'}"
                       f"<h3>{anchor}{esc(line[3:])}</h3>\n")
        elif line.startswith("* "):
            if out and out[-1].endswith("</ul>\n"):
                out[-1] = out[-1][:-len("</ul>\n")] + f"<li>{inline_html(line[2:])}\n</li></ul>\n"
            else:
                out.append(f"{'' if first else chr(10) + '<div class=' + chr(39) + 'vspace' + chr(39) + '></div>'}"
                           f"<ul><li>{anchor}{inline_html(line[2:])}\n</li></ul>\n")
        elif line.startswith("| "):
            cells = [c.strip() for c in line[2:-2].split(" | ")]
            tag = "td"
            if not (out and out[-1].startswith("<table")):
                out.append("<table border='1' cellpadding='5' cellspacing='0' width='100%' ></table>\n")
                tag = "th"
            row = "<tr>" + "".join(f"<{tag}  valign='top'>{esc(c)}\n</{tag}>" for c in cells) + "</tr>"
            out[-1] = out[-1].replace("</table>\n", row + "</table>\n")
        elif line.startswith("[img "):
            src, cap = line[5:].split("] ", 1)
            out.append(f"<div class='img imgcaption' style='text-align: center;'>{anchor}<img src='{base}/uploads/Tin/{src}' "
                       f"alt='' title='' /><br /><span class='caption'>{esc(cap)}</span></div>\n")
        elif is_caps(line) and len(line) < 60 and not intro_only:
            out.append(f"<p{vs} style='text-align: center;'>{anchor}<strong>{esc(line)}</strong>\n</p>\n")
        else:
            out.append(f"<p{vs}>{anchor}{inline_html(line)}\n</p>\n")
        first = False
    if a.byline and (not intro_only or BREAK not in a.body):
        out.append(f"<p class='vspace' style='text-align: right;'><strong>{esc(a.byline)}</strong>\n</p>\n")
    if not intro_only:
        for x in a.attachments:
            out.append(f"<p class='vspace'><a class='urllink' href='{base}{x['path']}' rel='nofollow'>{esc(x['text'])}</a>\n</p>\n")
    return "".join(out)


# -- the site ----------------------------------------------------------------------------------------

def build() -> SiteBuild:
    site = SiteBuild(SITE, "long-an", NAME + " (PmWiki)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    B = "{{base}}"
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["name"] = bi_name(a.path)
        a.opts["full"] = "Tin." + a.opts["name"]
        a.path = "/Tin/" + a.opts["name"]
    tags = []
    for a in posts:
        for t in a.opts["tags"]:
            if t not in tags:
                tags.append(t)
    tag_name = {t: bi_name(t) for t in tags}

    def url(full: str) -> str:
        g, n = full.split(".", 1)
        return f"/{g}/{pue(n)}"

    # pages: full name -> dict(title, render(print_mode) -> html, mtime, author, robots)
    pages: dict[str, dict] = {}

    def wl(full: str, text: str, pm: bool, extra: str = "") -> str:
        href = f"{B}{url(full)}?action=print" if pm else f"{B}{url(full)}{extra}"
        return f"<a class='wikilink' href='{href}'>{esc(text)}</a>"

    def fmt_long(d: datetime) -> str:
        return f"{d:%d/%m/%Y} lúc {d:%H:%M}"

    def fmt_mod(d: datetime) -> str:
        return f"{d:%d/%m/%Y}, {d:%H:%M}"

    def tag_links(a: Entry, pm: bool) -> str:
        return ", ".join(wl("Tags." + tag_name[t], t, pm) for t in a.opts["tags"])

    def entry_view(a: Entry, pm: bool) -> str:
        head = (f"<div class='blogit-post' >\n<div class='blogit-meta-data-head' >\n<h5>Đăng bởi {esc(a.opts['who'])}, ngày "
                f"<span class='blogit-date'>{fmt_long(a.date)}</span> </h5>\n</div>\n<div class='blogit-post-body' >\n"
                f"{entry_html(a, B)}</div>\n<div class='blogit-meta-data-footer' >\n")
        if a.opts["tags"]:
            head += f"<h5><span class='blogit-tags'>Thẻ: {tag_links(a, pm)}</span></h5>\n"
        if a.opts["comments"] != "none":
            cc = f"{B}{url(a.opts['full'])}?action=print" if pm else f"{B}{url(a.opts['full'])}#blogit-comment-list"
            head += f"<h5><span class='blogit-comment-count'><a class='wikilink' href='{cc}'>0 bình luận</a></span></h5>\n"
        head += "</div>\n</div>\n"
        if a.opts["comments"] == "open" and not pm:
            full = a.opts["full"]
            head += (f"<div id='commentblock'></div>\n<div class='blogit-comment-form' >\n<h3>Gửi bình luận</h3>\n"
                     f"<form class='blogit-submit-comment' action='{B}{url(full)}' method='post'>\n"
                     f"<input type='hidden' name='n' value='{full}' /><input type='hidden' name='action' value='pmform' />"
                     "<input type='hidden' name='target' value='blogit-comments' />\n"
                     "<p>Tên (bắt buộc): <input type='text' name='author' class='inputbox' size='40' /></p>\n"
                     "<p>Email (bắt buộc, không hiển thị): <input type='text' name='email' class='inputbox' size='40' /></p>\n"
                     "<p>Website: <input type='text' name='website' class='inputbox' size='40' /></p>\n"
                     "<p><textarea name='comment' rows='6' cols='50' class='inputtext'></textarea></p>\n"
                     "<p><input type='submit' value='Gửi' class='inputbutton' /></p>\n</form>\n"
                     "<p class='blogit-comment-note'><em>Bình luận sẽ được kiểm duyệt trước khi hiển thị.</em></p>\n</div>\n")
        return head

    def summary(a: Entry, pm: bool) -> str:
        more = ""
        if BREAK in a.body:
            more = (f"<p class='vspace'><span class='blogit-more'><span class='blogit-readmore'>"
                    f"{wl(a.opts['full'], 'Đọc tiếp...', pm, '#break')}</span></span>\n</p>\n")
        return (f"<div class='blogit-post-summary' >\n<h2>{wl(a.opts['full'], a.title, pm)}</h2>\n"
                f"<div class='blogit-meta-data-head' >\n<h5>Đăng bởi {esc(a.opts['who'])}, ngày <span class='blogit-date'>"
                f"{fmt_long(a.date)}</span> </h5>\n</div>\n<div class='blogit-post-intro' >{entry_html(a, B, intro_only=True)}"
                f"{more}</div>\n</div>\n")

    for a in posts:
        pages[a.opts["full"]] = dict(title=a.title, render=(lambda pm, a=a: entry_view(a, pm)), mtime=a.opts["mtime"], article=a)

    chunks = [posts[i:i + PER_PAGE] for i in range(0, len(posts), PER_PAGE)]

    def blog_home(n: int):
        def render(pm: bool) -> str:
            out = "".join(summary(a, pm) for a in chunks[n])
            nav = []
            if n > 0:
                nav.append(f"<span class='blogit-newer-entries'>{wl('Tin.HomePage', 'Bài mới hơn', pm, f'?page={n}')}</span>")
            if len(chunks[n]) == PER_PAGE and n + 1 < len(chunks):
                nav.append(f"<span class='blogit-older-entries'>{wl('Tin.HomePage', 'Bài cũ hơn', pm, f'?page={n + 2}')}</span>")
            return out + f"<div class='blogit-page-navigation force_contain' >{''.join(nav)}</div>\n<div class='blogit-clear' ></div>\n"
        return render

    pages["Tin.HomePage"] = dict(title="Tin tức", render=blog_home(0), mtime=datetime(2024, 9, 30, 16, 2),
                                 variants={"?page=1": blog_home(0), "?page=2": blog_home(1)})
    for t in tags:
        tagged = [a for a in posts if t in a.opts["tags"]]
        pages["Tags." + tag_name[t]] = dict(
            title=tag_name[t], mtime=min(a.date for a in tagged) + timedelta(minutes=3),
            render=(lambda pm, tagged=tagged, t=t: f"<p>Các bài viết gắn thẻ <strong>{esc(t)}</strong>:\n</p>\n<ul>"
                    + "".join(f"<li>{wl(a.opts['full'], a.title, pm)} <span class='blogit-entry-date'>{a.date:%d/%m/%Y}</span>\n</li>"
                              for a in tagged) + "</ul>\n"))
    oldurl = next(a for a in posts if a.opts.get("oldurl"))
    pages["Main.HomePage"] = dict(
        title="Trang chủ wiki", mtime=datetime(2024, 9, 30, 15, 40),
        render=lambda pm: (f"<p>Chào mừng bạn đến với {NAME} – nơi lưu trữ văn bản, tin hoạt động và kiến thức về kinh tế tập thể "
                           "tỉnh Long An.\n</p>\n<div class='vspace'></div><h2>Tin mới</h2>\n<ul>"
                           + "".join(f"<li>{wl(a.opts['full'], a.title, pm)}\n</li>" for a in posts[:3])
                           + f"</ul>\n<p class='vspace'>{wl('Tin.HomePage', 'Xem tất cả tin...', pm)}\n</p>\n"))
    pages["Main.GioiThieu"] = dict(
        title="Giới thiệu", mtime=datetime(2024, 9, 30, 15, 55),
        render=lambda pm: ("<p>Liên minh Hợp tác xã tỉnh Long An là tổ chức chính trị - xã hội và kinh tế, đại diện cho các HTX, "
                           "liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.\n</p>\n<p class='vspace'>Wiki này do Văn phòng Liên "
                           "minh HTX tỉnh cập nhật.\n</p>\n<p class='vspace'>Mô hình tiêu biểu: <a class='urllink' "
                           f"href='{B}/pmwiki.php?n={oldurl.opts['full']}' rel='nofollow'>{esc(oldurl.title)}</a>\n</p>\n"))
    pages["Main.LienHe"] = dict(
        title="Liên hệ", mtime=datetime(2024, 9, 30, 16, 0),
        render=lambda pm: ("<p>Văn phòng Liên minh HTX tỉnh Long An\n</p>\n<p class='vspace'>Điện thoại: 0272 3826 441 – "
                           "Thư điện tử: lmhtx@longan.gov.vn\n</p>\n"))

    def rc(group: str, lines: list[tuple[str, str, datetime, str]]):
        def render(pm: bool) -> str:
            return "<ul>" + "".join(f"<li>{wl(full, full.split('.', 1)[1], pm)}  . . . {fmt_mod(d)} bởi {esc(who)}: "
                                    f"{esc(csum)}\n</li>" for full, who, d, csum in lines) + "</ul>\n"
        return render

    tin_rc = sorted(((a.opts["full"], a.opts["who"] if a.opts["who"] != "Nguyễn Thị Lan" else "NguyenThiLan",
                      a.opts["mtime"], "sửa lỗi chính tả" if a.opts["mtime"].date() != a.date.date() else "đăng bài")
                     for a in posts), key=lambda x: x[2], reverse=True)[:RC_LINES]
    pages["Tin.RecentChanges"] = dict(title="RecentChanges", render=rc("Tin", tin_rc), mtime=tin_rc[0][2], robots="noindex")
    pages["Main.RecentChanges"] = dict(title="RecentChanges", mtime=datetime(2024, 9, 30, 16, 0), robots="noindex",
                                       render=rc("Main", [("Main.LienHe", "admin", datetime(2024, 9, 30, 16, 0), ""),
                                                          ("Main.GioiThieu", "admin", datetime(2024, 9, 30, 15, 55), ""),
                                                          ("Main.HomePage", "admin", datetime(2024, 9, 30, 15, 40), "")]))
    tag_rc = [("Tags." + tag_name[t], "VanPhong", pages["Tags." + tag_name[t]]["mtime"], "") for t in tags]
    pages["Tags.RecentChanges"] = dict(title="RecentChanges", mtime=max(x[2] for x in tag_rc), robots="noindex",
                                       render=rc("Tags", sorted(tag_rc, key=lambda x: x[2], reverse=True)))
    pages["Site.Search"] = dict(
        title="Search", mtime=datetime(2024, 9, 30, 14, 0), robots="noindex,nofollow",
        render=lambda pm: (f"<form  class='wikisearch' action='{B}' method='get'><input type='hidden' name='n' value='Site.Search' />"
                           "<input type='hidden' name='action' value='search' /><input type='text' name='q' value='' class='inputbox "
                           "searchbox' /> <input type='submit' class='inputbutton searchbutton' value='Tìm' /></form>\n"))
    pages["Site.BlogIt-Admin"] = dict(
        title="BlogIt-Admin", mtime=datetime(2024, 9, 30, 14, 5), robots="noindex,nofollow",
        render=lambda pm: (f"<p>Khu vực quản trị tin tức. Vui lòng đăng nhập.\n</p>\n<form name='authform' action='{B}/Site/BlogIt-Admin' "
                           "method='post'>Mật khẩu: <input tabindex='1' type='password' name='authpw' value='' /> <input "
                           "type='submit' value='OK' /></form>\n"))
    pages["Site.RecentChanges"] = dict(title="RecentChanges", mtime=datetime(2024, 9, 30, 14, 5), robots="noindex,nofollow",
                                       render=rc("Site", [("Site.BlogIt-Admin", "admin", datetime(2024, 9, 30, 14, 5), ""),
                                                          ("Site.Search", "admin", datetime(2024, 9, 30, 14, 0), "")]))

    # -- layout --
    latest = posts[:5]

    def sidebar(full: str) -> str:
        nav = [("Main.HomePage", "Trang chủ"), ("Tin.HomePage", "Tin tức"), ("Main.GioiThieu", "Giới thiệu"), ("Main.LienHe", "Liên hệ")]
        counts = {t: sum(t in a.opts["tags"] for a in posts) for t in tags}
        return ("<ul><li>" + "\n</li><li>".join(wl(f, t, False) for f, t in nav) + "\n</li></ul>\n"
                "<p class='sidehead'>Bài mới đăng\n</p><ul>" + "".join(f"<li>{wl(a.opts['full'], a.title, False)}\n</li>" for a in latest)
                + "</ul>\n<p class='sidehead'>Chủ đề\n</p><ul>"
                + "".join(f"<li>{wl('Tags.' + tag_name[t], t, False)} ({counts[t]})\n</li>" for t in tags)
                + f"</ul>\n<p class='sidehead'>Tiện ích\n</p><ul><li><a class='urllink' href='{B}/Site/BlogIt-Admin?action=rss' "
                f"rel='nofollow'>RSS tin tức</a>\n</li><li>{wl('Site.Search', 'Tìm kiếm', False)}\n</li></ul>\n"
                f"<p style='text-align: right;'><span style='font-size:83%'><a class='wikilink' href='{B}/Site/SideBar?action=edit'>"
                "sửa SideBar</a></span>\n</p>\n<div class='list-admin' ><ul><li class='login'><a rel='nofollow' class='wikilink' "
                f"href='{B}{url(full)}?action=login'>đăng nhập</a>\n</li></ul>\n</div>\n")

    head_common = ("<style type='text/css'><!--\n  ul, ol, pre, dl, p { margin-top:0px; margin-bottom:0px; }\n  code.escaped { "
                   "white-space: pre; }\n  .vspace { margin-top:1.33em; }\n  .indent { margin-left:40px; }\n  .outdent { "
                   "margin-left:40px; text-indent:-40px; }\n  a.createlinktext { text-decoration:none; border-bottom:1px dotted "
                   "gray; }\n  a.createlink { text-decoration:none; position:relative; top:-0.5em;\n    font-weight:bold; "
                   "font-size:smaller; border-bottom:none; }\n  img { border:0px; }\n  .sidehead { font-weight:bold; }\n\n--></style>"
                   f'<link rel="stylesheet" href="{B}/pub/blogit/jbox.css" type="text/css" />'
                   f'<link rel="stylesheet" href="{B}/pub/blogit/awesomplete.css" type="text/css" />'
                   f'<link rel="stylesheet" href="{B}/pub/blogit/blogit.min.css" type="text/css" />'
                   '<meta name="generator" content="BlogIt 2019-09-04" />'
                   f'<link rel="alternate" type="application/rss+xml" title="{NAME}" href="{B}/?n=Site.BlogIt-Admin?action=rss" />')
    foot_js = "".join(f'<script type="text/javascript" src="{B}/pub/blogit/{s}"></script>'
                      for s in ("jquery.min.js", "jquery.validate.min.js", "jbox.min.js", "awesomplete.min.js", "blogit.min.js"))

    def layout(full: str, p: dict, content: str) -> str:
        g = full.split(".")[0]
        robots = p.get("robots", "index,follow")
        if robots == "noindex":
            robots = "index,follow"
        u = f"{B}{url(full)}"
        actions = [("browse", "v", u, "Xem"), ("edit", "e", f"{u}?action=edit", "Sửa"), ("diff", "h", f"{u}?action=diff", "Lịch sử"),
                   ("upload", "", f"{u}?action=upload", "Đính kèm"), ("print", "", f"{u}?action=print", "In")]
        cmds = "<ul>" + "".join(f"<li class='{c}'><a{f' accesskey={chr(39)}{k}{chr(39)}' if k else ''} rel='nofollow' "
                                f"class='wikilink' href='{h}'>{t}</a>\n</li>" for c, k, h, t in actions) + "</ul>\n"
        return f"""<!DOCTYPE html
    PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang='vi'>
<head>
  <title>{NAME} | {g} / {esc(p['title'])} </title>
  <meta http-equiv='Content-Style-Type' content='text/css' />
  <link rel='stylesheet' href='{B}/pub/skins/pmwiki/pmwiki.css' type='text/css' />
  {head_common}
  <meta name='robots' content='{robots}' />
</head>
<body>
  <div id='wikilogo'><a href='{B}'><img src='{B}/pub/skins/pmwiki/logo-lmhtx-longan.png'
    alt='{NAME}' border='0' /></a></div>
  <div id='wikihead'>
  <form action='{B}'>
    <span class='headnav'><a href='{B}/{g}/RecentChanges'
      accesskey='c'>Thay đổi gần đây</a> -</span>
    <input type='hidden' name='n' value='{full}' />
    <input type='hidden' name='action' value='search' />
    <a href='{B}/Site/Search'>Tìm kiếm</a>:
    <input type='text' name='q' value='' class='inputbox searchbox' />
    <input type='submit' class='inputbutton searchbutton'
      value='Tìm' /></form></div>
  <table id='wikimid' width='100%' cellspacing='0' cellpadding='0'><tr>
      <td id='wikileft' valign='top'>
        {sidebar(full)}</td>
      <td id='wikibody' valign='top'>
        <div id='wikicmds'>{cmds}</div>
        <div id='wikititle'>
          <div class='pagegroup'><a href='{B}/{g}'>{g}</a> /</div>
          <h1 class='pagetitle'>{esc(p['title'])}</h1></div>
<div id='wikitext'>
{content}</div>

      </td>
    </tr></table>
  <div id='wikifoot'>
    <div class='footnav'>
      <a rel="nofollow" href='{u}?action=edit'>Sửa</a> -
      <a rel="nofollow" href='{u}?action=diff'>Lịch sử</a> -
      <a rel="nofollow" href='{u}?action=print' target='_blank'>In</a> -
      <a href='{B}/{g}/RecentChanges'>Thay đổi gần đây</a> -
      <a href='{B}/Site/Search'>Tìm kiếm</a></div>
    <div class='lastmod'>Trang sửa lần cuối lúc {fmt_mod(p['mtime'])}</div>
    <div class='sitefoot'>{FOOT_NOTE}</div></div>
{foot_js}
</body>
</html>
"""

    def print_layout(full: str, p: dict, content: str) -> str:
        g = full.split(".")[0]
        return f"""<!DOCTYPE html
    PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
  <title>{NAME} | {g} / {esc(p['title'])}</title>
  <link rel='stylesheet' href='{B}/pub/skins/print/print.css' type='text/css' />
  {head_common}
  <meta name='robots' content='noindex,nofollow' />
</head>
<body>
  <div id='printhead'>
    <h3>Từ {NAME}</h3>
    <h1 class='pagename'><a href='{B}/{g}'>{g}: {esc(p['title'])}</a></h1>
  </div>
<div id='wikitext'>
{content}</div>
  <div id='printfoot'>
    <div class='from'>Lấy từ {B}{url(full)}</div>
    <div class='lastmod'>Trang sửa lần cuối lúc {fmt_mod(p['mtime'])}</div></div>
{foot_js}
</body>
</html>
"""

    auth_page = ("<!DOCTYPE html><html><head><title>Cần mật khẩu</title><meta name='robots' content='noindex,nofollow' /></head>"
                 "<body><p><b>Cần mật khẩu</b></p><form name='authform' method='post'>Mật khẩu: <input type='password' name='authpw' />"
                 "<input type='submit' value='OK' /></form></body></html>")
    site.files["_routes/pmwiki-auth.html"] = auth_page.encode("utf-8")

    def disallowed(path: str) -> None:
        site.routes.append({"path": path, "file": "_routes/pmwiki-auth.html", "content_type": HTML})
        site.never_fetched.append(path)

    for full, p in pages.items():
        path = url(full)
        html = layout(full, p, p["render"](False))
        site.page(path, html, content_type=HTML)
        art = p.get("article")
        if art is None:
            site.non_articles.append(path)
        for q, render in p.get("variants", {}).items():
            site.page(path + q, layout(full, p, render(False)), content_type=HTML)
            site.non_articles.append(path + q)
        site.page(path + "?action=print", print_layout(full, p, p["render"](True)), content_type=HTML)
        if art is not None:
            art.aliases.append(path + "?action=print")
        else:
            site.non_articles.append(path + "?action=print")
        for act in ("edit", "diff", "upload", "login"):
            disallowed(f"{path}?action={act}")
    disallowed("/Site/SideBar?action=edit")
    site.page("/", layout("Main.HomePage", pages["Main.HomePage"], pages["Main.HomePage"]["render"](False)), content_type=None)
    site.non_articles.append("/")
    for a in posts:
        site.add_article(a)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/uploads/Tin/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 12/KH-LMHTX", "Hoi cho nong san va san pham HTX 2025"]))
    old = f"/pmwiki.php?n={oldurl.opts['full']}"
    site.page(old, site.html_pages[oldurl.path])
    oldurl.aliases.append(old)
    site.redirect("/Tin", "/Tin/HomePage", 302)
    site.redirect("/Main", "/Main/HomePage", 302)
    site.redirect("/?n=Site.BlogIt-Admin?action=rss", "/Site/BlogIt-Admin", 302)
    site.error("/Tags", 404)
    site.error("/Site", 404)
    site.trap("BlogIt's multi-entry view /Tin/HomePage (5 a page; 'Bài cũ hơn' -> ?page=2, 'Bài mới hơn' -> ?page=1): each "
              "entry an <h2> link, the <h5> 'Đăng bởi …, ngày dd/mm/yyyy lúc HH:MM', the intro before [[#break]] and "
              "'Đọc tiếp...' (a short entry: all of it); tag pages /Tags/<Vietnamese name> (PUE: lower-case %xx), "
              "RecentChanges of each group, Main/HomePage ('/' too), Main/GioiThieu, Main/LienHe, Site/Search, "
              "Site/BlogIt-Admin (a password form): not articles; /Tin and /Main answer 302, /Tags and /Site 404 (the "
              "'Tags /' and 'Site /' group links)", "/Tin/HomePage?page=2")
    site.trap("every page links ?action=print (the print skin: 'Từ Wiki…', h1.pagename 'Tin: <title>', the whole entry, "
              "robots noindex,nofollow: an alias of an entry), ?action=edit / ?action=diff / ?action=upload / ?action=login "
              "and Site/SideBar?action=edit (robots.txt disallows them: never fetched)", posts[0].path + "?action=print")

    # -- feed, robots, assets --
    def gmt(d: datetime) -> str:
        return (d - timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S GMT")

    def isoz(d: datetime) -> str:
        return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")

    items = []
    for a in posts:
        when = f"?when={isoz(a.opts['mtime'])}"
        a.aliases.append(a.path + when)
        items.append(f"<item>\n<title>Tin / {esc(a.title)}</title>\n<link>{B}{a.path}{when}</link>\n<author>{esc(a.opts['who'])}</author>\n"
                     f"<dc:date>{isoz(a.date)}</dc:date>\n<pubDate>{gmt(a.date)}</pubDate>\n"
                     f"<description><![CDATA[{entry_html(a, B)}]]></description>\n</item>\n")
    site.page("/Site/BlogIt-Admin?action=rss", '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
              'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
              f"<title>{NAME}</title>\n<link>{B}/Site/BlogIt-Admin?action=rss</link>\n<description>Tin hoạt động Liên minh HTX tỉnh "
              f"Long An</description>\n<lastBuildDate>{gmt(posts[0].opts['mtime'])}</lastBuildDate>\n{''.join(items)}</channel>\n</rss>\n",
              content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /Site/BlogIt-Admin?action=rss (the sidebar's 'RSS tin tức'; the head's alternate link "
              "'{$ScriptUrl}?n=Site.BlogIt-Admin?action=rss' only redirects to the admin page): <title> 'Tin / <title>', "
              "<link> /Tin/<Name>?when=<last edit, UTC> (an alias), pubDate in GMT, <author> the entry author field",
              "/Site/BlogIt-Admin?action=rss")
    site.static("/robots.txt", "User-agent: *\nDisallow: /*?action=edit\nDisallow: /*?action=diff\nDisallow: /*?action=upload\n"
                "Disallow: /*?action=login\nDisallow: /*?action=search\nDisallow: /*?action=bi_\nDisallow: /wiki.d/\n"
                "Disallow: /local/\nDisallow: /cookbook/\n")
    site.binary("/pub/skins/pmwiki/logo-lmhtx-longan.png", image_for("logo-longan"))
    for s in ("jbox.css", "awesomplete.css", "blogit.min.css"):
        site.static(f"/pub/blogit/{s}", ".blogit-post{margin:0}\n")
    return site
