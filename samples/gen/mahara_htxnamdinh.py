"""Site `mahara-htxnamdinh` (registry family `generic`): "Hồ sơ năng lực HTX Nam Định", the **Mahara 22.10** ePortfolio
that the Nam Định cooperative alliance runs for its member cooperatives (the "Raw"-based default theme, the Vietnamese
language pack, clean URLs off); the alliance's own account keeps two journals and shows them on two public pages of a
collection: "Tin hoạt động" and "Thông báo - Văn bản". The copy is of 20 May 2025, before the province merged into
Ninh Bình. Written as a held-out test: no family module, no selectors.

What is an article here: a journal entry as Mahara shows it in the context of a page,
`/artefact/artefact.php?artefact=<n>&view=<m>` (what the block titles, "Bình luận (2)" and the Atom feed link). The
pages `/view/view.php?id=12` and `/view/view.php?id=13` are listings: a Journal block prints the five newest entries in
full (title `h3.title` linking the entry, date line, text, tags, "Bình luận (n)"), with its pager
`/view/view.php?id=12&block=45&offset=5` (the oldest news only there), beside a Text block and a Links block; the tabs
of the collection link the two pages. The owner's journal address `/artefact/blog/view/index.php?id=<n>` is not public
(it answers 302 to the login page `/?login`). Other pages: the site's home `/`, the alliance's public profile
`/user/view.php?id=5`, the "Giới thiệu" page `/view/view.php?id=14`, the Atom feed of each journal
`/artefact/blog/atom.php?artefact=<n>&view=<m>`. No sitemap, no robots.txt.

Why it is hard: an entry page has no heading of its own: its `<h1 id="viewh1">` is the path "Tin hoạt động: Bản tin
Liên minh HTX: <entry title>" (page, journal, entry) and `<title>` is "<entry title> trong Tin hoạt động | Hồ sơ năng
lực HTX Nam Định"; the title is the last part. The date line is Mahara's `postedbyon` with the `strftimedaydatetime`
format under the vi_VN locale: "Đăng bởi Liên minh HTX Nam Định lúc Thứ hai, 12 Tháng năm 2025,  2:05CH" (weekday and
month in words, 12-hour clock with SA/CH); an edited entry has a second line "Cập nhật lúc …" (not the publication).
The name is the owner account (the alliance): never the author; the author is a closing byline. The Atom feed's
`<published>` is UTC ("Z"): the entry of 00:40 on 6 May is 5 May there. Under the entry: the comments block
("Bình luận", names, dates "14 Tháng năm 2025, 8:30SA", the add-comment form) and, on a notice, the collapsible
attachments panel ("Tệp đính kèm (1)", the file's title, size, "Tải về"). The page footer carries "Cập nhật lần cuối"
and the visit count of the page.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "mahara-htxnamdinh"
SITENAME = "Hồ sơ năng lực HTX Nam Định"
OWNER = "Liên minh HTX Nam Định"
DAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
MONTHS = ("Tháng một", "Tháng hai", "Tháng ba", "Tháng tư", "Tháng năm", "Tháng sáu", "Tháng bảy", "Tháng tám",
          "Tháng chín", "Tháng mười", "Tháng mười một", "Tháng mười hai")
VIEWS = {12: ("Tin hoạt động", 40, "Bản tin Liên minh HTX", 45), 13: ("Thông báo - Văn bản", 41, "Văn bản của Liên minh", 46)}
FOOT = "Liên minh Hợp tác xã tỉnh Nam Định - 45 đường Hùng Vương, TP Nam Định - ĐT: 0228.3849.245"
INTRO = "Trang tin của Liên minh Hợp tác xã tỉnh Nam Định dành cho các HTX thành viên."
FURN = [FOOT, "Đăng nhập", "Bình luận", "Thêm bình luận",
        "Đăng bởi Liên minh HTX Nam Định", "Vận hành bởi Mahara", "Điều khoản và điều kiện", "Chính sách bảo mật",
        "Giới thiệu", "Liên hệ",
        "Thẻ:", "Tệp đính kèm", "Tải về"]


def strf(d: datetime) -> str:
    """strftimedaydatetime '%A, %d %B %Y, %l:%M%p' under vi_VN (glibc names, SA/CH)."""
    h = d.hour % 12 or 12
    return f"{DAYS[d.weekday()]}, {d:%d} {MONTHS[d.month - 1]} {d.year}, {h:>2}:{d:%M}{'SA' if d.hour < 12 else 'CH'}"


def strf_short(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}, {h}:{d:%M}{'SA' if d.hour < 12 else 'CH'}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="HTX Nông nghiệp Giao Thủy liên kết xuất khẩu nghêu sang châu Âu",
          lead="HTX Nông nghiệp Giao Thủy vừa ký hợp đồng cung cấp 600 tấn nghêu thương phẩm cho doanh nghiệp xuất khẩu sang thị trường châu Âu.",
          body="""
[img ngheu-giao-thuy.png] Thành viên HTX thu hoạch nghêu tại bãi triều Giao Thủy
Vùng nuôi nghêu của HTX rộng 120 ha, được cấp chứng nhận ASC từ năm 2023.
## Nâng cao giá trị sản phẩm
HTX đầu tư hệ thống làm sạch nghêu, giúp giá bán tăng 15% so với trước.
""", byline="Bài, ảnh: Trần Văn Hưng", author="Trần Văn Hưng",
          opts={"view": 12, "id": 512, "tags": ["xuất khẩu", "nghêu"], "comments": [
              ("HTX Thủy sản Nghĩa Hưng", datetime(2025, 5, 14, 8, 30), "Mong Liên minh hỗ trợ các HTX khác học tập mô hình này."),
              ("Phạm Thị Lan", datetime(2025, 5, 15, 21, 5), "Tin rất hữu ích, cảm ơn Liên minh.")],
              "updated": datetime(2025, 5, 13, 9, 20)},
          notes=["entry page: h1#viewh1 is 'Tin hoạt động: Bản tin Liên minh HTX: <title>' (the title is the last part); "
                 "'Đăng bởi Liên minh HTX Nam Định lúc Thứ hai, 12 Tháng năm 2025,  2:05CH' (the owner account: no "
                 "author); a second line 'Cập nhật lúc …' (13/5) is no publication date; two comments (not text)"],
          **at(datetime(2025, 5, 12, 14, 5))),
        A(path="", title="Hội nghị sơ kết Chương trình OCOP các HTX huyện Hải Hậu",
          body="""
Ngày 5/5, UBND huyện Hải Hậu phối hợp với Liên minh HTX tỉnh tổ chức hội nghị sơ kết Chương trình OCOP.
Đến nay huyện có 42 sản phẩm OCOP, trong đó 27 sản phẩm của các HTX.
Các HTX kiến nghị được hỗ trợ thiết kế bao bì và quảng bá sản phẩm trên sàn thương mại điện tử.
""", byline="Theo Báo Nam Định", author=None,
          opts={"view": 12, "id": 509, "tags": ["OCOP"], "comments": []},
          notes=["published 00:40 on 6 May ('12:40SA' on a 12-hour clock); the Atom <published>2025-05-05T17:40:00Z is "
                 "the previous day; reprint 'Theo Báo Nam Định': author null"],
          **at(datetime(2025, 5, 6, 0, 40))),
        A(path="", title="Ảnh: Mùa gặt lúa tám xoan ở HTX Hải Toàn",
          body="""
[img tam-xoan-1.png] Máy gặt của HTX thu hoạch lúa tám xoan trên cánh đồng mẫu
[img tam-xoan-2.png] Lúa được phơi, sấy ngay tại sân kho của HTX
[img tam-xoan-3.png] Gạo tám xoan Hải Hậu đóng túi mang nhãn hiệu tập thể
""", byline="Ảnh: Vũ Đức Minh", author="Vũ Đức Minh",
          opts={"view": 12, "id": 505, "tags": ["ảnh"], "comments": []},
          notes=["photo story: TinyMCE images (artefact/file/download.php?file=N&embedded=1) each followed by an italic "
                 "caption paragraph: the lines; 'Ảnh: Vũ Đức Minh' -> author"],
          **at(datetime(2025, 4, 24, 16, 30))),
        A(path="", title="Tập huấn kỹ năng bán hàng trực tuyến cho HTX",
          lead="Trong hai ngày 15 và 16/4, Liên minh HTX tỉnh tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến cho 55 cán bộ HTX.",
          body="""
## Nội dung tập huấn
* Xây dựng gian hàng trên sàn thương mại điện tử;
* Chụp ảnh, viết mô tả sản phẩm;
* Livestream bán hàng và chăm sóc khách hàng.
Học viên được thực hành trực tiếp trên gian hàng của HTX mình.
""", author=None,
          opts={"view": 12, "id": 501, "tags": ["tập huấn", "chuyển đổi số"], "comments": []},
          notes=["a heading and a list; no byline: author null (the date line names the account)"],
          **at(datetime(2025, 4, 17, 10, 15))),
        A(path="", title="Kết quả hoạt động của HTX quý I năm 2025",
          body="""
Quý I/2025, toàn tỉnh thành lập mới 11 HTX, nâng tổng số lên 468 HTX đang hoạt động.
| Lĩnh vực | Số HTX | Doanh thu bình quân (triệu đồng) |
| Nông nghiệp | 389 | 1.850 |
| Thủy sản | 27 | 2.400 |
| Tiểu thủ công nghiệp | 31 | 1.320 |
| Dịch vụ, vận tải | 21 | 3.150 |
Liên minh HTX tỉnh tiếp tục hướng dẫn HTX tổ chức lại theo Luật Hợp tác xã năm 2023.
""", byline="Nguyễn Thị Thu Trang", author="Nguyễn Thị Thu Trang",
          opts={"view": 12, "id": 497, "tags": ["số liệu"], "comments": [
              ("HTX Mây tre đan Ý Yên", datetime(2025, 4, 9, 15, 0), "Đề nghị bổ sung số liệu về tổ hợp tác.")]},
          notes=["a data table (the TinyMCE table, first row <th>), one line per row; 'Nguyễn Thị Thu Trang' closes it: "
                 "the author; one comment"],
          **at(datetime(2025, 4, 8, 9, 0))),
        A(path="", title="Liên minh HTX tỉnh tổng kết công tác năm 2024",
          lead="Sáng 10/1, Liên minh HTX tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.",
          body="""
Năm 2024, Liên minh HTX tỉnh đã tư vấn thành lập mới 35 HTX, tổ chức 18 lớp bồi dưỡng cho 1.200 lượt cán bộ HTX.
Quỹ hỗ trợ phát triển HTX tỉnh cho 19 HTX vay 11,2 tỷ đồng.
""", byline="Trần Văn Hưng", author="Trần Văn Hưng",
          opts={"view": 12, "id": 470, "tags": ["tổng kết"], "comments": []},
          notes=["the oldest news: only on the journal block's second page /view/view.php?id=12&block=45&offset=5 (and "
                 "the Atom feed)"],
          **at(datetime(2025, 1, 11, 8, 45))),
        A(path="", title="Thông báo số 09/TB-LMHTX về việc tổ chức Hội chợ sản phẩm HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH NAM ĐỊNH
Số: 09/TB-LMHTX
Nam Định, ngày 28 tháng 4 năm 2025
THÔNG BÁO
Về việc tổ chức Hội chợ sản phẩm HTX năm 2025
Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm HTX năm 2025 từ ngày 10 đến 14/6/2025 tại Quảng trường 3/2, TP Nam Định.
Các HTX đăng ký gian hàng theo mẫu đính kèm, gửi về Văn phòng trước ngày 25/5/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đỗ Văn Thành
""", author=None, doc_number="09/TB-LMHTX",
          opts={"view": 13, "id": 507, "tags": ["thông báo", "hội chợ"], "comments": [], "file": (611, "TB-09-LMHTX-2025.pdf", "148.2KB")},
          notes=["notice 'Số: 09/TB-LMHTX' dated 28/4 in its text, posted 29/4 15:30 ('3:30CH') in the second journal; "
                 "the signer is text, no author; the attachments panel 'Tệp đính kèm (1)' (collapsed) links "
                 "artefact/file/download.php?file=611&view=13 by the file's title 'TB-09-LMHTX-2025.pdf'"],
          **at(datetime(2025, 4, 29, 15, 30))),
        A(path="", title="Kế hoạch tuyên truyền Luật Hợp tác xã năm 2023 trong các HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH NAM ĐỊNH
Số: 03/KH-LMHTX
Nam Định, ngày 20 tháng 02 năm 2025
KẾ HOẠCH
Tuyên truyền Luật Hợp tác xã năm 2023 trong các HTX năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Giúp cán bộ, thành viên HTX nắm vững các quy định mới của Luật Hợp tác xã năm 2023.
## II. NỘI DUNG, HÌNH THỨC
* Tổ chức 10 hội nghị tuyên truyền tại các huyện, thành phố;
* Đăng tải tin, bài trên trang thông tin của Liên minh HTX tỉnh.
CHỦ TỊCH
Phạm Văn Tuấn
""", author=None, doc_number="03/KH-LMHTX",
          opts={"view": 13, "id": 482, "tags": ["kế hoạch"], "comments": []},
          notes=["plan 'Số: 03/KH-LMHTX' dated 20/02, posted 21/02 10:00; headings and a list; signer: text"],
          **at(datetime(2025, 2, 21, 10, 0))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    if a.lead:
        out.append(f"<p><strong>{inline_html(a.lead)}</strong></p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h4>{esc(b.text)}</h4>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            fid = a.opts["imgs"][b.src]
            out.append(f'<p style="text-align: center;"><img src="/artefact/file/download.php?file={fid}&amp;embedded=1&amp;'
                       f'description={a.opts["id"]}" alt="{attr(b.text)}" width="640"></p>'
                       f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="table" style="border-collapse: collapse; width: 100%;" border="1"><tbody><tr>'
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</tbody></table>")
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "nam-dinh", SITENAME + " (Mahara)", "generic", None,
                     start_urls=["{{base:%s}}/view/view.php?id=12" % SITE, "{{base:%s}}/view/view.php?id=13" % SITE],
                     feeds=["{{base:%s}}/artefact/blog/atom.php?artefact=40&view=12" % SITE,
                            "{{base:%s}}/artefact/blog/atom.php?artefact=41&view=13" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    fid = 600
    for a in sorted(arts, key=lambda a: a.opts["id"]):
        a.path = f"/artefact/artefact.php?artefact={a.opts['id']}&view={a.opts['view']}"
        a.opts["imgs"] = {}
        for b in a.blocks:
            if b.kind == "img":
                fid += 1
                a.opts["imgs"][b.src] = fid

    def tabs(current: int | None) -> str:
        lis = "".join(f'<li class="nav-item"><a class="nav-link{" active" if v == current else ""}" '
                      f'href="/view/view.php?id={v}">{esc(VIEWS[v][0])}</a></li>' for v in VIEWS)
        return (f'<div class="collection-nav"><h2 class="collection-title">Bản tin Liên minh HTX tỉnh Nam Định</h2>'
                f'<ul class="nav nav-tabs">{lis}</ul></div>')

    def layout(title: str, main: str, *, body_id: str = "view", footer_meta: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Mahara 22.10 (https://mahara.org)">
<title>{esc(title)} | {SITENAME}</title>
<link rel="stylesheet" type="text/css" href="/theme/raw/style/style.css">
<script src="/lib/javascript/jquery/jquery.js"></script>
<script src="/js/mahara.js"></script>
</head>
<body data-usethemedjs="false" class="no-js no-touch" id="{body_id}">
<header class="header navbar fixed-top"><div class="container">
<div class="logo-wrapper"><a class="logo" href="/"><img src="/theme/raw/images/site-logo.png" alt="{SITENAME}"></a></div>
<nav class="nav-main"><ul class="nav"><li><a href="/view/view.php?id=14">Giới thiệu</a></li><li><a href="/contact.php">Liên hệ</a></li>
<li><a href="/?login" class="login-link">Đăng nhập</a></li></ul></nav>
</div></header>
<div class="main-content container"><div class="row"><div id="main-column" class="main-column col-lg-12">
<div id="main-column-container">
{main}
</div></div></div></div>
<footer class="footer"><div class="container">
<div class="footer-inner"><p>{FOOT}</p>{footer_meta}
<ul class="nav nav-pills footer-nav"><li><a href="/terms.php">Điều khoản và điều kiện</a></li><li><a href="/privacy.php">Chính sách bảo mật</a></li>
<li><a href="{{{{base:offsite}}}}/mahara/">Vận hành bởi Mahara</a></li></ul></div>
</div></footer>
</body>
</html>
"""

    def postdetails(a: RichArticle) -> str:
        upd = ""
        if a.opts.get("updated"):
            upd = (f'<br><span class="icon icon-calendar-alt left" role="presentation" aria-hidden="true"></span>'
                   f'Cập nhật lúc {strf(a.opts["updated"])}')
        return (f'<div class="postdetails metadata"><span class="icon icon-calendar-alt left" role="presentation" '
                f'aria-hidden="true"></span>Đăng bởi {OWNER} lúc {strf(a.date)}{upd}</div>')

    def tags(a: RichArticle) -> str:
        return ('<div class="tags metadata"><span class="icon icon-tags" role="presentation" aria-hidden="true"></span>'
                '<strong>Thẻ:</strong> ' + ", ".join(f'<span class="tag">{esc(t)}</span>' for t in a.opts["tags"]) + "</div>")

    def attachments(a: RichArticle) -> str:
        if not a.opts.get("file"):
            return ""
        f_id, name, size = a.opts["file"]
        href = f"/artefact/file/download.php?file={f_id}&amp;view={a.opts['view']}"
        return (f'<div class="has-attachment card collapsible"><div class="card-header"><a class="collapsed" '
                f'data-toggle="collapse" href="#blog-attach-{a.opts["id"]}" aria-expanded="false"><span class="icon '
                f'icon-paperclip left" role="presentation" aria-hidden="true"></span><span class="text-small">Tệp đính '
                f'kèm</span> <span class="metadata">(1)</span></a></div><div class="collapse" id="blog-attach-{a.opts["id"]}">'
                f'<ul class="list-group list-unstyled"><li class="list-group-item"><a href="{href}" class="outer-link">'
                f'<span class="sr-only">Tải về {esc(name)}</span></a><span class="file-icon-link"><img src="/theme/raw/'
                f'images/file.png" alt=""></span><h4 class="title list-group-item-heading text-inline"><a href="{href}" '
                f'class="inner-link">{esc(name)}</a> <span class="metadata"> - [{size}]</span></h4></li></ul></div></div>')

    for a in arts:
        v = a.opts["view"]
        vtitle, blog, btitle, _blk = VIEWS[v]
        if a.opts.get("file"):
            f_id, name, _size = a.opts["file"]
            path = f"/artefact/file/download.php?file={f_id}&view={v}"
            site.files[f"_routes/mahara-file-{f_id}.pdf"] = pdf(a.title, ["LIEN MINH HTX TINH NAM DINH", "THONG BAO SO 09/TB-LMHTX"])
            site.routes.append({"path": path, "file": f"_routes/mahara-file-{f_id}.pdf", "content_type": "application/pdf"})
            a.attachments.append({"path": path, "text": name})
        for src, f_id in a.opts["imgs"].items():
            path = f"/artefact/file/download.php?file={f_id}&embedded=1&description={a.opts['id']}"
            site.files[f"_routes/mahara-img-{f_id}.png"] = image_for(src)
            site.routes.append({"path": path, "file": f"_routes/mahara-img-{f_id}.png", "content_type": "image/png"})
        coms = "".join(
            f'<div class="comment-item list-group-item"><div class="flex-row"><div class="flex-title"><h4 class="'
            f'list-group-item-heading"><span class="user-name">{esc(n)}</span></h4><div class="postedon text-small">'
            f'{strf_short(d)}</div></div></div><div class="comment-text"><p>{esc(t)}</p></div></div>'
            for n, d, t in a.opts["comments"])
        comments = ('<div class="comment-container"><h3 class="title">Bình luận</h3><div id="feedbacktable" '
                    f'class="feedbacktable js-feedbackbase fullwidth list-group">{coms}</div>'
                    '<form class="add-comment-form" action="" method="post"><label for="add_feedback_form_message">Thêm '
                    'bình luận</label><textarea id="add_feedback_form_message" name="message"></textarea>'
                    '<button type="submit" class="btn btn-primary">Bình luận</button></form></div>')
        main = (f'{tabs(v)}<h1 id="viewh1" class="page-header"><span class="section-heading">{esc(vtitle)}</span>: '
                f'<a href="/view/view.php?id={v}">{esc(btitle)}</a>: <span class="subsection-heading">{esc(a.title)}</span></h1>'
                f'<div class="btn-group btn-group-top"><a title="In" id="print_link" href="#" class="btn btn-secondary" '
                f'onclick="window.print(); return false;"><span class="icon icon-print left" aria-hidden="true"></span>In</a></div>'
                f'<div id="view" class="view-container"><div id="bottom-pane"><div id="column-container" class="user-page-content">'
                f'<div id="blogpost-{a.opts["id"]}" class="card-body flush">{postdetails(a)}{tags(a)}'
                f'<div class="postcontent">{body_html(a)}</div>{attachments(a)}</div></div></div>'
                f'<div class="viewfooter view-container">{comments}</div></div>')
        site.page(a.path, layout(f"{a.title} trong {vtitle}", main, body_id="artefact"))
        site.add_article(a)

    def entry_block(a: RichArticle) -> str:
        n = len(a.opts["comments"])
        return (f'<div class="post list-group-item"><h3 class="title"><a href="{a.path.replace("&", "&amp;")}">'
                f'{esc(a.title)}</a></h3><div id="blogpost-{a.opts["id"]}" class="card-body flush">{postdetails(a)}{tags(a)}'
                f'<div class="postcontent">{body_html(a)}</div>{attachments(a)}</div>'
                f'<div class="comments"><a href="{a.path.replace("&", "&amp;")}">Bình luận ({n})</a></div></div>')

    visits = {12: 2841, 13: 1127}
    for v, (vtitle, blog, btitle, blk) in VIEWS.items():
        items = [a for a in arts if a.opts["view"] == v]
        chunks = [items[i:i + 5] for i in range(0, len(items), 5)]
        for k, chunk in enumerate(chunks):
            path = f"/view/view.php?id={v}" if k == 0 else f"/view/view.php?id={v}&block={blk}&offset={k * 5}"
            pager = ""
            if len(chunks) > 1:
                lis = "".join(
                    (f'<li class="page-item active"><span class="page-link">{j + 1}</span></li>' if j == k else
                     f'<li class="page-item"><a class="page-link" href="/view/view.php?id={v}'
                     + ("" if j == 0 else f"&amp;block={blk}&amp;offset={j * 5}") + f'">{j + 1}</a></li>')
                    for j in range(len(chunks)))
                pager = f'<div id="blogpost_page_container_{blk}" class="pagination-wrapper"><ul class="pagination">{lis}</ul></div>'
            journal = (f'<div class="bt-blog card clearfix" id="blockinstance_{blk}"><h2 class="title card-header js-heading">'
                       f'{esc(btitle)} <a href="/artefact/blog/atom.php?artefact={blog}&amp;view={v}"><span class="icon '
                       f'icon-rss" title="Nguồn cấp dữ liệu"></span></a></h2><div class="block" id="blockinstance_{blk}_target">'
                       f'<div id="postlist_{blk}" class="postlist list-group list-group-lite">'
                       + "".join(entry_block(a) for a in chunk) + f"</div>{pager}</div></div>")
            side = (f'<div class="bt-text card clearfix" id="blockinstance_{blk + 10}"><h2 class="title card-header '
                    f'js-heading">Giới thiệu</h2><div class="block"><p>{INTRO}</p></div></div>'
                    f'<div class="bt-externallink card clearfix" id="blockinstance_{blk + 11}"><h2 class="title card-header '
                    'js-heading">Liên kết</h2><div class="block"><ul><li><a href="{{base:offsite}}/namdinh/">Cổng thông tin '
                    'điện tử tỉnh Nam Định</a></li><li><a href="{{base:offsite}}/vca/">Liên minh Hợp tác xã Việt Nam</a>'
                    '</li></ul></div></div>')
            main = (f'{tabs(v)}<h1 id="viewh1" class="page-header"><span class="section-heading">{esc(vtitle)}</span></h1>'
                    f'<div class="with-heading text-small"><div class="author">bởi <a href="/user/view.php?id=5">{OWNER}</a>'
                    f'</div></div><div id="view" class="view-container"><div id="bottom-pane"><div id="column-container" '
                    f'class="user-page-content"><div class="row"><div class="column col-md-8">{journal}</div>'
                    f'<div class="column col-md-4">{side}</div></div></div></div></div>')
            meta = (f'<div class="metadata text-right">Cập nhật lần cuối {strf_short(items[0].date + timedelta(minutes=3))}; '
                    f'Lượt xem {visits[v]}</div>')
            site.page(path, layout(vtitle, main, footer_meta=meta))
            site.non_articles.append(path)
        # Atom feed
        entries = "".join(
            f"<entry><title>{esc(a.title)}</title><link rel=\"alternate\" href=\"{{{{base}}}}{a.path.replace('&', '&amp;')}\"/>"
            f"<id>{{{{base}}}}{a.path.replace('&', '&amp;')}</id><published>{(a.date - timedelta(hours=7)):%Y-%m-%dT%H:%M:%SZ}</published>"
            f"<updated>{((a.opts.get('updated') or a.date) - timedelta(hours=7)):%Y-%m-%dT%H:%M:%SZ}</updated>"
            f"<author><name>{OWNER}</name></author><summary type=\"html\">{esc(a.summary())}</summary></entry>"
            for a in items)
        site.page(f"/artefact/blog/atom.php?artefact={blog}&view={v}",
                  f'<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>{esc(btitle)}</title>'
                  f'<link rel="alternate" href="{{{{base}}}}/view/view.php?id={v}"/><id>{{{{base}}}}/artefact/blog/atom.php?'
                  f'artefact={blog}&amp;view={v}</id><updated>{(items[0].date - timedelta(hours=7)):%Y-%m-%dT%H:%M:%SZ}</updated>'
                  f'<generator uri="https://mahara.org">Mahara</generator>{entries}</feed>',
                  content_type="application/atom+xml; charset=utf-8")
        site.redirect(f"/artefact/blog/view/index.php?id={blog}", "/?login", 302)
    about = ('<h1 id="viewh1" class="page-header"><span class="section-heading">Giới thiệu</span></h1><div id="view" '
             'class="view-container"><div class="bt-text card"><div class="block"><p>Liên minh Hợp tác xã tỉnh Nam Định là '
             'tổ chức kinh tế - xã hội đại diện cho các HTX, liên hiệp HTX và tổ hợp tác trong tỉnh.</p><p>Hệ thống hồ sơ '
             'năng lực giúp các HTX giới thiệu sản phẩm, năng lực sản xuất và kết nối với đối tác.</p></div></div></div>')
    site.page("/view/view.php?id=14", layout("Giới thiệu", about,
                                             footer_meta='<div class="metadata text-right">Cập nhật lần cuối 3 Tháng một 2025, 9:12SA; Lượt xem 640</div>'))
    profile = (f'<h1 id="viewh1" class="page-header"><span class="section-heading">{OWNER}</span></h1><div class="bt-profileinfo '
               f'card"><div class="block"><p>{INTRO}</p><ul><li><a href="/view/view.php?id=12">Tin hoạt động</a></li>'
               '<li><a href="/view/view.php?id=13">Thông báo - Văn bản</a></li><li><a href="/view/view.php?id=14">Giới thiệu'
               '</a></li></ul></div></div>')
    site.page("/user/view.php?id=5", layout(OWNER, profile))
    home = (f'<h1 id="viewh1" class="page-header">Chào mừng</h1><div class="site-intro"><p>{SITENAME} là nơi các HTX trong '
            'tỉnh lưu giữ và giới thiệu hồ sơ năng lực, sản phẩm và hoạt động.</p><p>Xem <a href="/view/view.php?id=12">tin '
            'hoạt động</a> và <a href="/view/view.php?id=13">thông báo</a> của Liên minh HTX tỉnh.</p></div>'
            '<form class="login-form" action="/?login" method="post"><label>Tên đăng nhập</label><input name="login_username">'
            '<label>Mật khẩu</label><input type="password" name="login_password"><button type="submit">Đăng nhập</button>'
            '<a href="/forgotpass.php">Quên mật khẩu?</a></form>')
    site.page("/", layout("Trang chủ", home, body_id="home"))
    site.page("/?login", layout("Đăng nhập", '<form class="login-form" action="/?login" method="post"><input name="login_username">'
                                '<input type="password" name="login_password"><button type="submit">Đăng nhập</button></form>', body_id="login"))
    for p, t in (("/contact.php", "Liên hệ"), ("/terms.php", "Điều khoản và điều kiện"), ("/privacy.php", "Chính sách bảo mật"),
                 ("/forgotpass.php", "Quên mật khẩu?")):
        site.page(p, layout(t, f'<h1 id="viewh1" class="page-header">{esc(t)}</h1><p>{esc(FOOT)}</p>', body_id="static"))
    site.non_articles += ["/", "/?login", "/view/view.php?id=14", "/user/view.php?id=5", "/contact.php", "/terms.php", "/privacy.php",
                          "/forgotpass.php"]
    site.binary("/theme/raw/images/site-logo.png", image_for("mahara-logo"))
    site.binary("/theme/raw/images/file.png", image_for("mahara-file"))
    site.trap("the journal pages /view/view.php?id=12 and id=13 print the five newest entries in full (h3.title links, "
              "date lines, texts, 'Bình luận (n)'): listings; the news journal's older entry only on "
              "/view/view.php?id=12&block=45&offset=5", "/view/view.php?id=12&block=45&offset=5")
    site.trap("the owner's journal address /artefact/blog/view/index.php?id=40 is not public: 302 to /?login",
              "/artefact/blog/view/index.php?id=40")
    site.trap("Atom feeds /artefact/blog/atom.php?artefact=<n>&view=<m>: <published> in UTC ('Z'); the home page, the "
              "public profile /user/view.php?id=5, 'Giới thiệu' /view/view.php?id=14 ('Cập nhật lần cuối …; Lượt xem …'): "
              "no articles", "/artefact/blog/atom.php?artefact=40&view=12")
    return site
