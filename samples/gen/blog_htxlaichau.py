"""Site `blog-htxlaichau` (registry family `generic`): "Blog Liên minh HTX tỉnh Lai Châu", the staff blog the Lai Châu
cooperative alliance runs on **Joomla 2.5 + EasyBlog 3.9** (StackIdeas' blog component with its "default" theme, the
vi-VN language packs of Joomla and of EasyBlog, SEF URLs with mod_rewrite, the site's time zone Asia/Ho_Chi_Minh, 5
posts a page; a home-made template with the Vinaora Visitors Counter module; the copy is of 30 May 2025). Written as
a held-out test: no family module, no selectors.

URL shapes: a post `/blog/entry/<permalink>` (EasyBlog's SEF, the ASCII permalink of the vi-VN transliteration); the
same post non-SEF `/index.php?option=com_easyblog&view=entry&id=N&Itemid=112` (EasyBlog's composer inserts links to
other posts so, absolute: an alias) and its print view `/blog/entry/<permalink>?tmpl=component&print=1` (the "In"
button: an alias); the latest list `/blog` and its Joomla pager `?limitstart=5` ("Đầu"/"Trước"/"1" of page 2 link
`?limitstart=0`, the same list); categories `/blog/categories` and `/blog/categories/listings/<alias>` (+
`?limitstart=5`); tags `/blog/tags` and `/blog/tags/tag/<alias>`; bloggers `/blog/blogger` and
`/blog/blogger/listings/<username>` (+ `?limitstart=5`); month archives `/blog/archive/<yyyy>/<mm>` (the archive
module); `/blog/search`; the feed `/blog?format=feed&type=rss` (Joomla's RSS renderer); Joomla's pages `/` (the
featured article), `/gioi-thieu`, `/lien-he`, the login `/component/users/?view=login` (Joomla 2.5's robots.txt does
not disallow it: a page, not an article). No site map.

Why it is hard: Joomla prints `<base href>` with the page's own address; the page's `<h1>` is EasyBlog's
`h1.blog-title` inside `div.blog-read`, under the blog's own header (`#ezblog-head`, the blog's name in an `<h2>`) and
the toolbar. The header of a post holds the blogger's avatar, "Viết bởi <blogger>" and "trong <category>", and the
line "Đăng ngày <time datetime='2025-05-12'>Thứ hai, 12 Tháng 5 2025</time>" (EasyBlog's "%A, %d %B %Y" in the vi-VN
pack: no time, midnight); then the tool row ("In", "Gửi email"), the rating ("Đánh giá bài viết này:" and the votes),
the text `div.blog-text` (the intro and the rest of the post joined: `<p>`, `<h3>`, lists, bordered tables with a bold
first row, photos in centred paragraphs with the caption typed below in italics), the tags, the social buttons,
"Lượt xem", the author box ("Giới thiệu tác giả": the blogger's bio), "Bài viết liên quan" (posts sharing a tag) and
the comments with their form. The blogger is the author when a person; the office's account "Văn phòng Liên minh HTX"
and "Quản trị viên" are not; a closing byline overrides the blogger. The archive module counts posts by the raw UTC
`created` column, so the post of 00:15 on 1 April 2025 (31 March 17:15 UTC) sits under "Tháng 3 2025" (and on
`/blog/archive/2025/03`), while its page says 01 Tháng 4 2025. The feed gives Joomla's local "+0700" times of the 5
newest. The oldest post has no tag, the module shows only 2025 and the prev/next links are switched off: only page 2
of `/blog`, of its category and of its blogger's list reach it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "blog-htxlaichau"
NAME = "Blog Liên minh HTX tỉnh Lai Châu"
DESC = "Nơi cán bộ Liên minh Hợp tác xã tỉnh Lai Châu chia sẻ tin tức, kinh nghiệm phát triển kinh tế tập thể"
ITEMID = 112
PER = 5
HTML = "text/html; charset=utf-8"
DAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
TODAY = "Thứ sáu, 30/05/2025"
USERS = {
    "vanphong": ("Văn phòng Liên minh HTX", "Tài khoản của Văn phòng Liên minh Hợp tác xã tỉnh Lai Châu."),
    "quantri": ("Quản trị viên", "Quản trị blog."),
    "tuannm": ("Nguyễn Minh Tuấn", "Chuyên viên Ban Tuyên truyền - Kiểm tra, Liên minh HTX tỉnh Lai Châu."),
}
CATS = {"tin-hoat-dong": "Tin hoạt động", "thong-bao": "Thông báo", "kien-thuc": "Kiến thức - Kỹ thuật"}
ADDRESS = "Trụ sở: Tầng 4, Khu hợp khối các Hội đoàn thể, phường Đông Phong, TP Lai Châu, tỉnh Lai Châu"
PHONE = "Điện thoại: 0213.3876.528 - Email: lmhtxlaichau@gmail.com"
COPY = "Bản quyền © 2013 Liên minh Hợp tác xã tỉnh Lai Châu"
FURN = [TODAY, ADDRESS, PHONE, COPY, DESC, "Viết bởi", "Đăng ngày", "Đánh giá bài viết này:", "Giới thiệu tác giả",
        "Bài viết liên quan", "Để lại bình luận", "Gửi bình luận", "Lượt xem:", "Gửi email", "Thống kê truy cập",
        "Hôm qua", "Tuần này", "Tháng này", "Tất cả", "Bài viết mới", "Lưu trữ", "Thẻ:", "Mới nhất",
        "Chuyên mục", "Tác giả", "Tìm kiếm", "Đăng nhập", "Tweet", *(bio for _, bio in USERS.values())]


def h(text: str, n: int = 12) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def slug(text: str) -> str:
    t = text.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def vn_date(d: datetime) -> str:
    return f"{DAYS[d.weekday()]}, {d:%d} Tháng {d.month} {d.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 08/TB-LMHTX về việc tham gia Hội chợ sản phẩm HTX, OCOP tỉnh Lai Châu năm 2025",
          body="""
LIÊN MINH HTX TỈNH LAI CHÂU
Số: 08/TB-LMHTX
Lai Châu, ngày 16 tháng 5 năm 2025
THÔNG BÁO
Về việc tham gia Hội chợ sản phẩm HTX, OCOP tỉnh Lai Châu năm 2025
Hội chợ sản phẩm HTX, OCOP tỉnh Lai Châu năm 2025 diễn ra từ ngày 12/6 đến ngày 16/6/2025 tại Quảng trường Nhân dân tỉnh.
Liên minh HTX tỉnh hỗ trợ 25 gian hàng miễn phí cho các HTX có sản phẩm OCOP hoặc sản phẩm chủ lực của tỉnh.
Các HTX đăng ký tham gia gửi về Văn phòng Liên minh HTX tỉnh trước ngày 02/6/2025.
CHỦ TỊCH
Lò Văn Pâng
""", author=None, doc_number="08/TB-LMHTX",
          attachments=[{"path": "/images/easyblog_images/63/TB-08-LMHTX.pdf", "text": "TB-08-LMHTX.pdf"}],
          opts={"by": "vanphong", "cat": "thong-bao", "tags": ["OCOP", "Hội chợ"], "hits": 287, "votes": 2,
                "comments": [("Hoàng Văn Chiến", "HTX chè Tân Uyên xin đăng ký 2 gian hàng ạ.")]},
          notes=["notice 'Số: 08/TB-LMHTX' dated 16/5 in its text; 'Đăng ngày Thứ ba, 20 Tháng 5 2025' (no time: "
                 "midnight); blogger = the office account 'Văn phòng Liên minh HTX': no author; the signer is text; the "
                 "PDF link (EasyBlog's media manager, /images/easyblog_images/63/…) in its own paragraph is an "
                 "attachment; a reader's comment is not text"],
          **at(datetime(2025, 5, 20, 9, 10))),
        A(path="", title="Ảnh: HTX chè Tả Lèng vào vụ thu hái chè xuân",
          body="""
Giữa tháng 5, các thành viên HTX chè Tả Lèng (TP Lai Châu) thu hái lứa chè xuân cuối cùng của năm 2025.
[img ta-leng-1.jpg] Thành viên HTX thu hái chè Shan tuyết trên đồi chè Tả Lèng
[img ta-leng-2.jpg] Chè búp tươi được cân và phân loại tại điểm thu mua của HTX
[img ta-leng-3.jpg] Xưởng sao sấy chè của HTX hoạt động hết công suất
Vụ xuân năm nay HTX thu mua khoảng 90 tấn chè búp tươi cho 75 hộ thành viên.
Xem thêm số liệu tại [[bài kết quả hoạt động của các HTX quý I|{{alias}}]].
""", byline="Bài, ảnh: Lò Thị Hương", author="Lò Thị Hương",
          opts={"by": "tuannm", "cat": "tin-hoat-dong", "tags": ["Chè"], "hits": 412, "votes": 5,
                "comments": [("Tòng Thị Xuân", "Chè Tả Lèng năm nay búp đẹp quá."),
                             ("Phạm Văn Hải", "Mong HTX sớm có sản phẩm chè OCOP 4 sao.")]},
          notes=["photo story: centred image paragraphs, each caption the next centred italic paragraph (one line each); "
                 "blogger Nguyễn Minh Tuấn but 'Bài, ảnh: Lò Thị Hương' closes it -> author; its last paragraph links the "
                 "table post by EasyBlog's non-SEF address {{base}}/index.php?option=com_easyblog&view=entry&id=N&Itemid=112 "
                 "(an alias of it)"],
          **at(datetime(2025, 5, 12, 15, 20))),
        A(path="", title="Kết quả hoạt động của các HTX tỉnh Lai Châu quý I năm 2025",
          body="""
Quý I/2025, các HTX trên địa bàn tỉnh duy trì hoạt động ổn định, doanh thu tăng so với cùng kỳ.
| Lĩnh vực | Số HTX | Doanh thu quý I (tỷ đồng) | So cùng kỳ (%) |
| Nông, lâm nghiệp | 286 | 54,2 | 106,8 |
| Thủy sản | 21 | 6,7 | 104,1 |
| Thương mại, dịch vụ | 47 | 18,9 | 109,5 |
| Xây dựng, vận tải | 32 | 15,3 | 103,7 |
Trong quý, toàn tỉnh thành lập mới 9 HTX, chủ yếu trong lĩnh vực trồng chè và dược liệu.
""", author="Nguyễn Minh Tuấn",
          opts={"by": "tuannm", "cat": "tin-hoat-dong", "tags": ["Số liệu"], "hits": 198, "votes": 1, "comments": []},
          notes=["a bordered table (bold first row, no <th>): one line per row; blogger Nguyễn Minh Tuấn (a person), no "
                 "byline in the text: he is the author; also reached as /index.php?option=com_easyblog&view=entry&id=…"
                 "&Itemid=112 (an alias)"],
          **at(datetime(2025, 5, 5, 10, 0))),
        A(path="", title="Những lưu ý khi HTX trồng và chăm sóc cây sâm Lai Châu",
          body="""
Sâm Lai Châu là cây dược liệu quý, đang được nhiều HTX ở các huyện Tam Đường, Sìn Hồ, Mường Tè trồng dưới tán rừng.
## Một số lưu ý về kỹ thuật
* Chọn đất dưới tán rừng ở độ cao trên 1.500 m, độ che phủ từ 60 đến 70%;
* Sử dụng cây giống có nguồn gốc rõ ràng, được cơ quan chức năng xác nhận;
* Làm hàng rào bảo vệ, kiểm soát chuột và sâu bệnh thường xuyên;
* Ghi chép nhật ký sản xuất để phục vụ truy xuất nguồn gốc.
HTX cần liên kết với doanh nghiệp để bảo đảm đầu ra ổn định cho sản phẩm sâm.
""", byline="Tòng Văn Sơn - Trung tâm Khuyến nông tỉnh", author="Tòng Văn Sơn",
          opts={"by": "tuannm", "cat": "kien-thuc", "tags": ["Dược liệu"], "hits": 356, "votes": 3, "comments": []},
          notes=["an <h3> heading and a bulleted list; blogger Nguyễn Minh Tuấn but 'Tòng Văn Sơn - Trung tâm Khuyến nông "
                 "tỉnh' closes the text -> Tòng Văn Sơn"],
          **at(datetime(2025, 4, 18, 8, 30))),
        A(path="", title="HTX Nông nghiệp Bản Bo phát triển vùng lúa đặc sản Séng Cù",
          body="""
HTX Nông nghiệp Bản Bo (huyện Tam Đường) hiện liên kết với 120 hộ trồng 60 ha lúa Séng Cù theo hướng hữu cơ.
Gạo Séng Cù của HTX đã đạt chứng nhận OCOP 3 sao và được bán tại nhiều cửa hàng nông sản sạch ở Hà Nội.
Năm 2025, HTX mở rộng thêm 15 ha và đầu tư máy xay xát, đóng gói hút chân không.
""", byline="Theo Báo Lai Châu", author=None,
          opts={"by": "tuannm", "cat": "tin-hoat-dong", "tags": ["OCOP", "Lúa gạo"], "hits": 233, "votes": 0,
                "comments": []},
          notes=["blogger Nguyễn Minh Tuấn (a person) but 'Theo Báo Lai Châu' closes the text: a reprint, no author"],
          **at(datetime(2025, 4, 9, 14, 0))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ tổng hợp Phong Thổ",
          body="""
Chiều 31/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ tổng hợp Phong Thổ (huyện Phong Thổ).
HTX hiện cung ứng vật tư nông nghiệp, thu mua thảo quả và dong riềng cho hơn 300 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng kho bảo quản và tiếp cận vốn vay ưu đãi.
""", author=None,
          opts={"by": "quantri", "cat": "tin-hoat-dong", "tags": ["Làm việc"], "hits": 141, "votes": 0, "comments": []},
          notes=["posted at 00:15 on 1 April about the afternoon before: the page says 'Thứ ba, 01 Tháng 4 2025' "
                 "(<time datetime='2025-04-01'>, no time: 2025-04-01 midnight) but the archive module groups by the raw UTC "
                 "column (31 March 17:15): it is counted under 'Tháng 3 2025' and listed on /blog/archive/2025/03; "
                 "blogger 'Quản trị viên' (the admin account), no byline: author null"],
          **at(datetime(2025, 4, 1, 0, 15))),
        A(path="", title="HTX Thảo quả Sìn Hồ mở rộng liên kết tiêu thụ sản phẩm",
          body="""
HTX Thảo quả Sìn Hồ (huyện Sìn Hồ) vừa ký hợp đồng tiêu thụ 40 tấn thảo quả khô với một doanh nghiệp ở Hà Nội.
HTX hướng dẫn thành viên thu hái đúng độ chín, sấy bằng lò cải tiến để nâng cao chất lượng.
""", byline="Vàng Thị Mai", author="Vàng Thị Mai",
          opts={"by": "tuannm", "cat": "tin-hoat-dong", "tags": ["Dược liệu"], "hits": 175, "votes": 1, "comments": []},
          notes=["blogger Nguyễn Minh Tuấn but the bare name 'Vàng Thị Mai' closes the text: the author; on page 2 of /blog"],
          **at(datetime(2025, 3, 6, 16, 40))),
        A(path="", title="Liên minh HTX tỉnh Lai Châu tổng kết công tác năm 2024",
          body="""
Ngày 25/12, Liên minh HTX tỉnh Lai Châu tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.jpg] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 38 HTX, tổ chức 9 lớp tập huấn cho 480 lượt cán bộ HTX.
""", byline="Tin, ảnh: Lò Văn Thắng", author="Lò Văn Thắng",
          opts={"by": "tuannm", "cat": "tin-hoat-dong", "tags": [], "hits": 264, "votes": 0, "comments": []},
          notes=["the oldest post: no tag (no related box lists it), outside the archive module (2025 only), not in the "
                 "5-item feed nor 'Bài viết mới'; only page 2 (?limitstart=5) of /blog, of its category and of its "
                 "blogger's list; 'Tin, ảnh: Lò Văn Thắng' -> author"],
          **at(datetime(2024, 12, 26, 15, 0))),
    ]


def body_html(a: RichArticle, folder: str) -> str:
    out = []
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
            src = f"{folder}/{b.src}"
            out.append(f'<p style="text-align: center;"><a class="easyblog-thumb-preview" href="{src}"><img src="{src}" '
                       f'alt="" width="600" /></a></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lai-chau", f"{NAME} (Joomla 2.5 + EasyBlog 3)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/blog?format=feed&type=rss" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    eid = 30
    for a in reversed(arts):
        eid += 3
        a.opts["id"] = eid
        a.path = f"/blog/entry/{slug(a.title)}"
    table = next(a for a in arts if any(b.kind == "table" for b in a.blocks))
    nonsef = f"/index.php?option=com_easyblog&view=entry&id={table.opts['id']}&Itemid={ITEMID}"
    for a in arts:
        a.body = a.body.replace("{{alias}}", "{{base}}" + nonsef)
    oldest = arts[-1]
    assert not oldest.opts["tags"], "the oldest post has no tag (no related box, no tag list reaches it)"
    tags = sorted({t for a in arts for t in a.opts["tags"]}, key=slug)

    def amp(u: str) -> str:
        return u.replace("&", "&amp;")

    def folder(a: RichArticle) -> str:
        return "/images/easyblog_images/63" if a.opts["by"] == "vanphong" else f"/images/easyblog_images/{70 + len(a.opts['by'])}"

    def avatar(user: str, size: int = 60) -> str:
        return (f'<a href="/blog/blogger/listings/{user}" class="avatar"><img src="/components/com_easyblog/assets/images/'
                f'avatar/{user}.png" alt="{attr(USERS[user][0])}" width="{size}" height="{size}" class="avatar" /></a>')

    def module(title: str, content: str, css: str = "") -> str:
        return f'<div class="moduletable{css}"><h3>{esc(title)}</h3>{content}</div>'

    archive_counts: dict[tuple[int, int], list[RichArticle]] = {}
    for a in arts:
        u = a.date - timedelta(hours=7)
        if u.year == 2025:
            archive_counts.setdefault((u.year, u.month), []).append(a)

    def layout(title: str, path: str, component: str, head: str = "", desc: str = DESC, tmpl: str = "index") -> str:
        if tmpl == "component":
            return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
  <base href="{{{{base}}}}{amp(path)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="noindex, nofollow" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(title)}</title>
  <link rel="stylesheet" href="/components/com_easyblog/themes/default/css/styles.css" type="text/css" />
  <link rel="stylesheet" href="/templates/system/css/general.css" type="text/css" />
</head>
<body class="contentpane" onload="window.print();">
{component}
</body>
</html>
"""
        latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in arts[:PER])
        archive = "".join(f'<li><a href="/blog/archive/{y}/{m:02d}">Tháng {m} {y}</a> ({len(v)})</li>'
                          for (y, m), v in sorted(archive_counts.items(), reverse=True))
        cats = "".join(f'<li><a href="/blog/categories/listings/{c}">{esc(n)}</a> '
                       f'({sum(1 for a in arts if a.opts["cat"] == c)})</li>' for c, n in CATS.items())
        cloud = " ".join(f'<a href="/blog/tags/tag/{slug(t)}" class="tag-cloud">{esc(t)}</a>' for t in tags)
        menu = "".join(f'<li class="item-{i}"><a href="{href}">{esc(n)}</a></li>' for i, (n, href) in enumerate(
            [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Blog", "/blog"), ("Liên hệ", "/lien-he")], 101))
        counter = ('<div class="vinaora_counter"><table cellpadding="0" cellspacing="0" style="text-align: center;" '
                   'width="90%"><tbody>' + "".join(f'<tr align="left"><td>{n}</td><td align="right">{v}</td></tr>' for n, v in
                                                   [("Hôm nay", "127"), ("Hôm qua", "214"), ("Tuần này", "1.036"),
                                                    ("Tháng này", "4.902"), ("Tất cả", "186.417")]) + "</tbody></table></div>")
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
  <base href="{{{{base}}}}{amp(path)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="Liên minh HTX Lai Châu, hợp tác xã, kinh tế tập thể" />
  <meta name="description" content="{attr(desc)}" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(title)}</title>
  <link href="/blog?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
  <link rel="stylesheet" href="/components/com_easyblog/assets/css/common.css" type="text/css" />
  <link rel="stylesheet" href="/components/com_easyblog/themes/default/css/styles.css" type="text/css" />
  <link rel="stylesheet" href="/templates/lmhtx_laichau/css/template.css" type="text/css" />
  <script src="/media/system/js/mootools-core.js" type="text/javascript"></script>
  <script src="/media/system/js/core.js" type="text/javascript"></script>
  <script src="/components/com_easyblog/assets/js/eblog.js" type="text/javascript"></script>
{head}
</head>
<body>
<div id="wrapper">
  <div id="header"><div class="logo"><a href="/"><img src="/templates/lmhtx_laichau/images/logo.png" alt="Liên minh HTX tỉnh Lai Châu" /></a></div><div class="today">{TODAY}</div></div>
  <div id="mainmenu"><ul class="menu">{menu}</ul></div>
  <div id="container">
    <div id="main">
<div id="system-message-container">
</div>
{component}
    </div>
    <div id="right">
{module("Bài viết mới", f'<ul class="mod-easybloglatestblogs">{latest}</ul>')}
{module("Chuyên mục", f'<ul class="mod-easyblogcategories">{cats}</ul>')}
{module("Lưu trữ", f'<ul class="mod-easyblogarchive">{archive}</ul>')}
{module("Thẻ", f'<div class="mod-easyblogtagcloud">{cloud}</div>')}
{module("Thống kê truy cập", counter)}
    </div>
  </div>
  <div id="footer"><p>{esc(COPY)}</p><p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p></div>
</div>
</body>
</html>
"""

    def ezhead() -> str:
        nav = "".join(f'<li class="toolbar-item toolbar-{k}"><a href="{href}"><span>{esc(n)}</span></a></li>' for k, n, href in
                      [("latest", "Mới nhất", "/blog"), ("categories", "Chuyên mục", "/blog/categories"),
                       ("tags", "Thẻ", "/blog/tags"), ("bloggers", "Tác giả", "/blog/blogger"),
                       ("search", "Tìm kiếm", "/blog/search"), ("login", "Đăng nhập", "/component/users/?view=login")])
        return (f'<div id="ezblog-head"><div class="in"><h2 class="blog-title rip"><a href="/blog">{esc(NAME)}</a></h2>'
                f'<p class="blog-descp">{esc(DESC)}</p></div><div id="ezblog-menu"><ul class="blog-navi reset-ul float-li '
                f'clearfix">{nav}</ul><form name="search-blogs" action="/blog/search" method="get" class="search-form">'
                '<input type="text" name="query" class="input-search" /><input type="submit" value="Tìm" /></form></div></div>')

    def wrap(inner: str) -> str:
        return f'<div id="eblog-wrapper" class="theme-default">{ezhead()}<div id="ezblog-body">{inner}</div></div>'

    def meta(a: RichArticle) -> str:
        user = a.opts["by"]
        return (f'<div class="blog-meta"><span class="blog-author">Viết bởi <a href="/blog/blogger/listings/{user}">'
                f'{esc(USERS[user][0])}</a></span> <span class="blog-category">trong <a href="/blog/categories/listings/'
                f'{a.opts["cat"]}">{esc(CATS[a.opts["cat"]])}</a></span></div><div class="blog-created">Đăng ngày '
                f'<time datetime="{a.date:%Y-%m-%d}">{vn_date(a.date)}</time></div>')

    def stars(a: RichArticle) -> str:
        return ('<div class="blog-rating"><span class="rating-text">Đánh giá bài viết này:</span> <ul class="ratings-value '
                'reset-ul float-li">' + "".join(f'<li><a href="javascript:void(0);" title="{i}" class="star-{i}">{i}</a></li>'
                                                for i in range(1, 6))
                + f'</ul> <span class="ratings-count">({a.opts["votes"]} bình chọn)</span></div>')

    def taglist(a: RichArticle) -> str:
        if not a.opts["tags"]:
            return ""
        return ('<div class="blog-taglist"><span class="tag-head">Thẻ:</span> ' + ", ".join(
            f'<a href="/blog/tags/tag/{slug(t)}">{esc(t)}</a>' for t in a.opts["tags"]) + "</div>")

    def teaser(a: RichArticle) -> str:
        intro = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        return (f'<div id="entry-{a.opts["id"]}" class="blog-post clearfix"><div class="blog-avatar float-l">'
                f'{avatar(a.opts["by"], 40)}</div><div class="blog-head"><h2 class="blog-title rip"><a href="{a.path}">'
                f'{esc(a.title)}</a></h2>{meta(a)}</div><div class="blog-content clearfix"><p>{esc(intro)}</p></div>'
                f'<div class="blog-more"><a href="{a.path}" class="readmore">Đọc tiếp</a></div>{taglist(a)}'
                f'<div class="blog-stats"><span class="blog-hit">Lượt xem: {a.opts["hits"]}</span> <span class="blog-comments">'
                f'<a href="{a.path}#comments">{len(a.opts["comments"])} bình luận</a></span></div></div>')

    def pager(base: str, n: int, pages: int) -> str:
        if pages < 2:
            return ""
        sep = "&amp;" if "?" in base else "?"

        def href(k: int) -> str:
            return f"{base}{sep}limitstart={k * PER}"
        items = []
        for cls, label, k in [("pagination-start", "Đầu", 0), ("pagination-prev", "Trước", n - 1)]:
            items.append(f'<li class="{cls}"><span class="pagenav">{label}</span></li>' if n == 0 else
                         f'<li class="{cls}"><a title="{label}" href="{href(k)}" class="pagenav">{label}</a></li>')
        items += [f'<li><span class="pagenav">{k + 1}</span></li>' if k == n else
                  f'<li><a title="{k + 1}" href="{href(k)}" class="pagenav">{k + 1}</a></li>' for k in range(pages)]
        for cls, label, k in [("pagination-next", "Sau", n + 1), ("pagination-end", "Cuối", pages - 1)]:
            items.append(f'<li class="{cls}"><span class="pagenav">{label}</span></li>' if n == pages - 1 else
                         f'<li class="{cls}"><a title="{label}" href="{href(k)}" class="pagenav">{label}</a></li>')
        return (f'<div class="eblog-pagination clearfix"><ul class="pagination-list">{"".join(items)}</ul>'
                f'<p class="counter">Trang {n + 1} / {pages}</p></div>')

    def pg(path: str, content: str) -> None:
        site.page(path, content, content_type=HTML)

    def lists(base: str, title: str, heading: str, items: list[RichArticle]) -> None:
        pages = max(1, (len(items) + PER - 1) // PER)
        for n in range(pages):
            chunk = items[n * PER:(n + 1) * PER]
            path = base if n == 0 else f"{base}{'&' if '?' in base else '?'}limitstart={n * PER}"
            inner = (f'<h2 class="section-title">{esc(heading)}</h2>' if heading else "") + \
                "".join(teaser(a) for a in chunk) + pager(base, n, pages)
            pg(path, layout(title, path, wrap(inner)))
            site.non_articles.append(path)
            if pages > 1 and n == 0:
                zero = f"{base}{'&' if '?' in base else '?'}limitstart=0"
                site.same_page(zero, path)
                site.non_articles.append(zero)

    comment_strings = []
    for a in arts:
        user = a.opts["by"]
        fold = folder(a)
        same = [x for x in arts if x is not a and set(x.opts["tags"]) & set(a.opts["tags"])][:5]
        related = ""
        if same:
            related = ('<div class="blog-related"><h3 class="section-title">Bài viết liên quan</h3><ul class="related-list '
                       'reset-ul">' + "".join(f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="blog-date">'
                                              f'{vn_date(x.date)}</span></li>' for x in same) + "</ul></div>")
        coms = ""
        for i, (who, text) in enumerate(a.opts["comments"]):
            when = a.date + timedelta(days=1, hours=i * 3)
            comment_strings.append(text)
            coms += (f'<li id="comment-{a.opts["id"]}{i}" class="comment-item"><div class="comment-avatar"><img src="/components/'
                     f'com_easyblog/assets/images/default_blogger.png" width="40" height="40" alt="" /></div><div class="'
                     f'comment-body"><div class="comment-head"><b class="comment-author">{esc(who)}</b> <span class="comment-date">'
                     f'{vn_date(when)}</span></div><div class="comment-text"><p>{esc(text)}</p></div></div></li>')
        comments = (f'<div id="comments" class="blog-comment"><h3 class="section-title">Bình luận ({len(a.opts["comments"])})</h3>'
                    f'<ul class="comment-list reset-ul">{coms}</ul><div id="ezblog-comment-form"><h3 class="section-title">'
                    f'Để lại bình luận</h3><form id="frmComment" method="post" action="/blog/entry/{slug(a.title)}">'
                    '<label>Tên</label><input type="text" name="esname" /><label>Email</label><input type="text" name="esemail" />'
                    '<label>Website</label><input type="text" name="url" /><textarea name="comment" rows="5" cols="50"></textarea>'
                    f'<input type="hidden" name="id" value="{a.opts["id"]}" /><button type="submit" class="button">Gửi bình luận</button>'
                    "</form></div></div>")
        printing = f"{a.path}?tmpl=component&print=1"
        text = body_html(a, fold)
        read = (f'<div id="entry-{a.opts["id"]}" class="blog-read clearfix"><div class="blog-header clearfix"><div class="'
                f'blog-avatar float-l">{avatar(user)}</div><div class="blog-head"><h1 id="title-{a.opts["id"]}" class="blog-title '
                f'rip">{esc(a.title)}</h1>{meta(a)}</div></div><div class="blog-option"><ul class="reset-ul float-li"><li '
                f'class="print"><a href="{amp(printing)}" rel="nofollow" onclick="window.open(this.href,\'win2\',\'status=no,'
                f'toolbar=no,scrollbars=yes,width=640,height=480\'); return false;">In</a></li><li class="email"><a href="'
                f'javascript:void(0);" onclick="eblog.blog.email({a.opts["id"]});">Gửi email</a></li></ul></div>{stars(a)}'
                f'<div class="blog-content clearfix"><div class="blog-text clearfix prel">{text}</div></div>{taglist(a)}'
                '<div class="blog-social clearfix"><div class="social-button facebook-like"><iframe src="{{base:offsite}}/'
                'plugins/like.php" scrolling="no" frameborder="0" style="border:none; width:90px; height:21px;"></iframe></div>'
                '<div class="social-button retweet"><a href="{{base:offsite}}/share" class="twitter-share-button">Tweet</a>'
                f'</div></div><div class="blog-hits">Lượt xem: {a.opts["hits"]}</div><div class="blog-author-box clearfix">'
                f'<h3 class="section-title">Giới thiệu tác giả</h3><div class="blog-avatar float-l">{avatar(user)}</div>'
                f'<div class="author-info"><a href="/blog/blogger/listings/{user}" class="author-name">{esc(USERS[user][0])}'
                f'</a><p class="author-bio">{esc(USERS[user][1])}</p></div></div>{related}{comments}</div>')
        og = (f'  <meta property="og:title" content="{attr(a.title)}" />\n  <meta property="og:type" content="article" />\n'
              f'  <meta property="og:url" content="{{{{base}}}}{a.path}" />\n  <meta property="og:description" content="'
              f'{attr(inline_text(next(b.text for b in a.blocks if b.kind == "p")))}" />')
        pg(a.path, layout(f"{a.title} - {NAME}", a.path, wrap(read), og))
        pg(printing, layout(a.title, printing, f'<div id="eblog-wrapper" class="theme-default print"><div class="blog-read">'
                                              f'<h1 class="blog-title">{esc(a.title)}</h1>{meta(a)}<div class="blog-text">'
                                              f"{text}</div></div></div>", tmpl="component"))
        a.aliases.append(printing)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"{fold}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH LAI CHAU", "THONG BAO SO 08/TB-LMHTX"]))
        site.add_article(a)
    site.extra_boilerplate += comment_strings
    site.same_page(nonsef, table.path)
    table.aliases.append(nonsef)
    site.trap("every post's 'In' button opens /blog/entry/<permalink>?tmpl=component&print=1 (Joomla's component "
              "template, noindex, window.print()): an alias", f"{arts[1].path}?tmpl=component&print=1")

    lists("/blog", NAME, "", arts)
    site.trap("/blog: 5 teasers a page (avatar, title, 'Viết bởi', 'Đăng ngày …', the intro, 'Đọc tiếp', tags, 'Lượt "
              "xem'); Joomla's pager ?limitstart=5 holds the three oldest; 'Đầu'/'Trước'/'1' link ?limitstart=0 (the same "
              "list)", "/blog?limitstart=5")
    for c, n in CATS.items():
        lists(f"/blog/categories/listings/{c}", f"{n} - {NAME}", n, [a for a in arts if a.opts["cat"] == c])
    for user, (n, _) in USERS.items():
        lists(f"/blog/blogger/listings/{user}", f"{n} - {NAME}", n, [a for a in arts if a.opts["by"] == user])
    for t in tags:
        lists(f"/blog/tags/tag/{slug(t)}", f"Thẻ: {t} - {NAME}", f"Thẻ: {t}", [a for a in arts if t in a.opts["tags"]])
    site.trap("category, blogger and tag lists /blog/categories/listings/<alias>, /blog/blogger/listings/<username>, "
              "/blog/tags/tag/<alias> (with ?limitstart=5 where longer than 5): lists; the office account and the admin "
              "have blogger pages too", "/blog/blogger/listings/tuannm?limitstart=5")
    for (y, m), items in archive_counts.items():
        path = f"/blog/archive/{y}/{m:02d}"
        inner = f'<h2 class="section-title">Lưu trữ: Tháng {m} {y}</h2>' + "".join(teaser(a) for a in items)
        pg(path, layout(f"Lưu trữ - {NAME}", path, wrap(inner)))
        site.non_articles.append(path)
    site.trap("the archive module (mod_easyblogarchive, 2025 only) and its month pages /blog/archive/2025/MM count posts "
              "by the UTC 'created' column: the post of 00:15 on 01/04/2025 is under 'Tháng 3 2025'", "/blog/archive/2025/03")
    pg("/blog/categories", layout(f"Chuyên mục - {NAME}", "/blog/categories", wrap(
        '<h2 class="section-title">Chuyên mục</h2><ul class="category-list">' + "".join(
            f'<li><a href="/blog/categories/listings/{c}">{esc(n)}</a> ({sum(1 for a in arts if a.opts["cat"] == c)} bài viết)'
            "</li>" for c, n in CATS.items()) + "</ul>")))
    pg("/blog/tags", layout(f"Thẻ - {NAME}", "/blog/tags", wrap(
        '<h2 class="section-title">Thẻ</h2><ul class="tag-list">' + "".join(
            f'<li><a href="/blog/tags/tag/{slug(t)}">{esc(t)}</a></li>' for t in tags) + "</ul>")))
    pg("/blog/blogger", layout(f"Tác giả - {NAME}", "/blog/blogger", wrap(
        '<h2 class="section-title">Tác giả</h2><ul class="blogger-list">' + "".join(
            f'<li>{avatar(u, 40)} <a href="/blog/blogger/listings/{u}">{esc(n)}</a> '
            f'({sum(1 for a in arts if a.opts["by"] == u)} bài viết)</li>' for u, (n, _) in USERS.items()) + "</ul>")))
    pg("/blog/search", layout(f"Tìm kiếm - {NAME}", "/blog/search", wrap(
        '<h2 class="section-title">Tìm kiếm</h2><form action="/blog/search" method="get"><input type="text" name="query" />'
        '<input type="submit" value="Tìm" /></form>')))
    site.non_articles += ["/blog/categories", "/blog/tags", "/blog/blogger", "/blog/search"]

    def joomla_page(path: str, title: str, html: str) -> None:
        pg(path, layout(f"{title} - Liên minh HTX tỉnh Lai Châu", path, f'<div class="item-page"><h2>{esc(title)}</h2>{html}</div>'))
        site.non_articles.append(path)

    site.page("/", layout("Trang chủ - Liên minh HTX tỉnh Lai Châu", "/", '<div class="blog-featured"><div class="items-leading">'
                          '<div class="leading-0"><h2>Chào mừng đến với Blog Liên minh HTX tỉnh Lai Châu</h2><p>Blog là nơi cán '
                          'bộ Liên minh HTX tỉnh đưa tin hoạt động, thông báo và kiến thức cho các HTX. Mời bạn đọc các bài '
                          'viết mới tại <a href="/blog">Blog</a>.</p></div></div></div>'))
    site.non_articles.append("/")
    joomla_page("/gioi-thieu", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Lai Châu được thành lập năm 2004, là tổ chức "
                "đại diện, hỗ trợ các HTX, tổ hợp tác trên địa bàn tỉnh.</p>")
    joomla_page("/lien-he", "Liên hệ", f'<div class="contact"><p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p></div>')
    joomla_page("/component/users/?view=login", "Đăng nhập", '<form action="/component/users/?task=user.login" method="post">'
                '<input name="username" /><input type="password" name="password" /><input type="submit" value="Đăng nhập" />'
                "</form>")
    site.trap("Joomla's pages: / (a featured article), /gioi-thieu, /lien-he and the login /component/users/?view=login "
              "(the toolbar's 'Đăng nhập'; Joomla 2.5's robots.txt does not disallow it): no articles",
              "/component/users/?view=login")

    def rfc822(d: datetime) -> str:
        return f"{d:%a, %d %b %Y %H:%M:%S} +0700"

    items = "".join(
        f"<item>\n<title>{esc(a.title)}</title>\n<link>{{{{base}}}}{a.path}</link>\n<guid isPermaLink=\"true\">{{{{base}}}}"
        f"{a.path}</guid>\n<description><![CDATA[{body_html(a, folder(a))}]]></description>\n<author>"
        f"{esc(USERS[a.opts['by']][0])}</author>\n<category>{esc(CATS[a.opts['cat']])}</category>\n<pubDate>{rfc822(a.date)}"
        "</pubDate>\n</item>\n" for a in arts[:PER])
    site.page("/blog?format=feed&type=rss",
              f'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n'
              f'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n<title>{esc(NAME)}</title>\n'
              f"<description>{esc(DESC)}</description>\n<link>{{{{base}}}}/blog</link>\n<lastBuildDate>Fri, 30 May 2025 "
              "08:12:40 +0700</lastBuildDate>\n<generator>Joomla! - Open Source Content Management</generator>\n<atom:link "
              'rel="self" type="application/rss+xml" href="{{base}}/blog?format=feed&amp;type=rss"/>\n<language>vi-vn</language>\n'
              f"{items}</channel>\n</rss>\n", content_type="application/rss+xml; charset=utf-8")
    site.trap("the feed /blog?format=feed&type=rss (the head's alternate; the 5 newest, the whole text): Joomla's "
              "renderer prints local times '+0700' (the time the page does not show)", "/blog?format=feed&type=rss")
    site.static("/robots.txt", "User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /cli/\n"
                "Disallow: /components/\nDisallow: /includes/\nDisallow: /installation/\nDisallow: /language/\n"
                "Disallow: /libraries/\nDisallow: /logs/\nDisallow: /media/\nDisallow: /modules/\nDisallow: /plugins/\n"
                "Disallow: /templates/\nDisallow: /tmp/\n")
    site.trap("robots.txt is Joomla 2.5's (with /images/ taken out so the photos and files of the media manager are "
              "reachable): it disallows /components/, /media/, /templates/ (styles, scripts, avatars)", "/robots.txt")
    return site
