"""Site `wiki-htxvietnam` (registry family `generic`): "Wiki Hợp tác xã Việt Nam", the cooperative knowledge wiki of the
national alliance, on **MediaWiki 1.39** (Vector 2022 skin, Vietnamese interface); the pages of its "Tin tức"
namespace are the alliance's news. Written as a held-out test: no family module, no selectors.

Why it is hard: a news page is `/wiki/Tin_t%E1%BB%A9c:<Title_with_underscores>` (percent-encoded as MediaWiki writes
it, ':' and ',' kept), its `h1#firstHeading` "Tin tức:Liên minh…" carries the namespace (`span.mw-page-title-namespace`:
not part of the title), `#siteSub` says "Bách khoa toàn thư mở về kinh tế hợp tác", the text is
`#mw-content-text .mw-parser-output` MINUS the `{{Tin tức}}` box (a floated infobox table with the date "Thứ Năm,
ngày 12 tháng 3 năm 2026" and "Người viết: X": the author, no text), the edit-section links "[sửa | sửa mã nguồn]"
in every heading, the reference markers "[1]" and the "Chú thích" list `ol.references`, and the navbox at the
bottom; the Vector 2022 sidebar repeats the headings in its table of contents. The footer says "Trang này được sửa
đổi lần cuối vào ngày 20 tháng 3 năm 2026, lúc 09:15." (a modification, not the publication); the history
(`&action=history`, a list of dated revisions) and the edit view (`&action=edit`: the wikitext in a textarea) are
noindex,nofollow pages. One article only dates itself in its text as a document ("Hà Nội, ngày 05 tháng 3 năm
2026"), one only in the news index "Tin tức:Mục lục" (itself a page of the namespace, no article), one nowhere with a
year (`published: null`). Aliases: `/index.php?title=…` (the twin, linked as an external link in the index),
`&printable=yes` ("Bản để in ra"), `&oldid=<rev>` ("Liên kết thường trực", noindex,nofollow), and a redirect
page from an old title that MediaWiki serves with the target's content ("(Đổi hướng từ …)", canonical to the
target); its `&redirect=no` view is no article. Category pages `/wiki/Th%E1%BB%83_lo%E1%BA%A1i:…` list the pages
alphabetically, four to a page, "(trang trước) (trang sau)" paged by `&pagefrom=`/`&pageuntil=`; Special pages
(`Đặc_biệt:Thay_đổi_gần_đây` with its dated changes, `Đặc_biệt:Mọi_trang` with `&from=`, `Đặc_biệt:Tìm_kiếm`
results), talk pages (signatures with dates), file pages, the main page, an encyclopedic article in the main
namespace ("Hợp tác xã": infobox, TOC, references: no news) and the project pages are no articles. robots.txt keeps
crawlers off `/api.php` (the EditURI link), `?diff=`, `?oldid=` and `title=Special:`.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "wiki-htxvietnam"
NAME = "Wiki Hợp tác xã Việt Nam"
HTML = "text/html; charset=UTF-8"
NS = "Tin tức"
SAFE = ":/(),!*$@;~"
PDF_PATH = "/images/7/7a/KH-09-KH-LMHTXVN.pdf"
CAT_PER = 4
CATS = {"Tin hoạt động": "Tin hoạt động của Liên minh HTX Việt Nam và các HTX", "Văn bản": "Văn bản, thông báo"}
SITESUB = "Bách khoa toàn thư mở về kinh tế hợp tác"
CHROME = ["Bước tới nội dung", "Trình đơn chính", "Trang Chính", "Thay đổi gần đây", "Trang ngẫu nhiên",
          "Trợ giúp về MediaWiki", "Công cụ", "Các liên kết đến đây", "Thay đổi liên quan", "Trang đặc biệt",
          "Bản để in ra", "Liên kết thường trực", "Thông tin trang", "Tạo tài khoản", "Đăng nhập", "Thảo luận",
          "Đọc", "Sửa đổi", "Xem lịch sử", SITESUB, "Lấy từ", "Thể loại", "sửa mã nguồn",
          "Nội dung được phát hành theo Creative Commons Ghi công–Chia sẻ tương tự trừ khi có ghi chú khác.",
          "Quy định quyền riêng tư", "Giới thiệu Wiki Hợp tác xã Việt Nam", "Lời phủ nhận", "Giao diện di động",
          "Trang này được sửa đổi lần cuối vào ngày", "Tin tức Liên minh HTX Việt Nam", "Người viết:", "Chú thích"]


WLH: set[str] = set()  # pages whose tools link "Các liên kết đến đây"


def dbkey(title: str) -> str:
    return title.replace(" ", "_")


def wurl(title: str) -> str:
    return "/wiki/" + quote(dbkey(title), safe=SAFE)


def iurl(title: str, query: str = "") -> str:
    return "/index.php?title=" + quote(dbkey(title), safe=SAFE) + (f"&{query}" if query else "")


def vdate(d: datetime) -> str:
    return f"ngày {d.day} tháng {d.month} năm {d.year}"


def vwd(d: datetime) -> str:
    return ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")[d.weekday()]


def articles() -> list[RichArticle]:
    A = RichArticle

    def boxed(d: datetime) -> dict:
        return dict(published=iso(d, False), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path=wurl(f"{NS}:Liên minh HTX Việt Nam tổ chức Hội nghị Ban Chấp hành lần thứ 8"),
          title="Liên minh HTX Việt Nam tổ chức Hội nghị Ban Chấp hành lần thứ 8", date=datetime(2026, 3, 12),
          body="""
Ngày 11/3/2026, tại Hà Nội, Liên minh HTX Việt Nam tổ chức Hội nghị Ban Chấp hành lần thứ 8, khóa VI, nhiệm kỳ 2020 - 2025.
## Kết quả năm 2025
Năm 2025, cả nước thành lập mới hơn 3.800 HTX, nâng tổng số HTX lên gần 33.000 HTX với khoảng 3,9 triệu thành viên.
Doanh thu bình quân của HTX đạt khoảng 4,1 tỷ đồng/năm, tăng 7% so với năm 2024.
## Nhiệm vụ năm 2026
Hội nghị thống nhất tập trung hỗ trợ HTX chuyển đổi số, tiếp cận vốn và tham gia chuỗi giá trị nông sản.
""",
          author="Minh Anh", **boxed(datetime(2026, 3, 12)),
          opts={"cat": "Tin hoạt động", "by": "Minh Anh", "refs": {2: "Báo cáo của Ban Chấp hành Liên minh HTX Việt Nam tại "
                                                                      "Hội nghị lần thứ 8, tháng 3/2026."},
                "mod": datetime(2026, 3, 20, 9, 15), "rev": 4812,
                "old_title": "Hội nghị Ban Chấp hành Liên minh HTX Việt Nam lần thứ 8", "talk": True},
          notes=["{{Tin tức}} box 'Thứ Năm, ngày 12 tháng 3 năm 2026' and 'Người viết: Minh Anh' (author, not text); "
                 "headings with '[sửa | sửa mã nguồn]', a reference marker and the 'Chú thích' list (no text); footer "
                 "'sửa đổi lần cuối vào ngày 20 tháng 3 năm 2026, lúc 09:15' (a modification); the redirect from its old "
                 "title serves this content (alias), like ?title=, &printable=yes and &oldid=4812"]),
        A(path=wurl(f"{NS}:Thông báo số 18/TB-LMHTXVN về Giải thưởng Sản phẩm HTX tiêu biểu năm 2026"),
          title="Thông báo số 18/TB-LMHTXVN về Giải thưởng Sản phẩm HTX tiêu biểu năm 2026", date=datetime(2026, 3, 5),
          body="""
LIÊN MINH HỢP TÁC XÃ VIỆT NAM
Số: 18/TB-LMHTXVN
Hà Nội, ngày 05 tháng 3 năm 2026
THÔNG BÁO
Về việc tổ chức Giải thưởng Sản phẩm HTX tiêu biểu năm 2026
Liên minh HTX Việt Nam tổ chức Giải thưởng Sản phẩm HTX tiêu biểu năm 2026 nhằm tôn vinh các HTX có sản phẩm chất lượng, có thương hiệu.
Các Liên minh HTX tỉnh, thành phố lựa chọn, gửi hồ sơ đề cử về Ban Tuyên giáo trước ngày 30/5/2026.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Mạnh Cường
""",
          author=None, doc_number="18/TB-LMHTXVN", published=iso(datetime(2026, 3, 5), False),
          published_source="document", evidence=["document", "listing"],
          opts={"cat": "Văn bản", "doc": True, "mod": datetime(2026, 3, 6, 16, 2), "rev": 4760},
          notes=["a notice without the {{Tin tức}} box: its only date is the place-date line 'Hà Nội, ngày 05 tháng 3 năm "
                 "2026' (and the news index); the signer is text, author null; footer date 6/3/2026 16:02"]),
        A(path=wurl(f"{NS}:Ảnh: Phiên chợ sản phẩm HTX tại Hà Nội"), title="Ảnh: Phiên chợ sản phẩm HTX tại Hà Nội",
          date=datetime(2026, 2, 28),
          body="""
Ngày 27 và 28/2, phiên chợ sản phẩm HTX được tổ chức tại trụ sở Liên minh HTX Việt Nam với 60 gian hàng của HTX từ 25 tỉnh, thành phố.
[img Phien-cho-HTX-1.png] Gian hàng nông sản của HTX các tỉnh miền núi phía Bắc
[img Phien-cho-HTX-2.png] Người dân Hà Nội mua sản phẩm OCOP của HTX
[img Phien-cho-HTX-3.png] Sản phẩm thủ công mỹ nghệ thu hút du khách nước ngoài
""",
          byline="Ảnh: Quang Vinh", author="Quang Vinh", **boxed(datetime(2026, 2, 28)),
          opts={"cat": "Tin hoạt động", "gallery": True, "mod": datetime(2026, 3, 2, 8, 40), "rev": 4702},
          notes=["photo story in a <gallery> (ul.gallery, div.gallerytext captions: text; file pages /wiki/Tập_tin:… "
                 "with their upload history: no articles); 'Ảnh: Quang Vinh' closes it (author)"]),
        A(path=wurl(f"{NS}:Chủ tịch HTX Thành Công: Chuyển đổi số là con đường tất yếu"),
          title="Chủ tịch HTX Thành Công: Chuyển đổi số là con đường tất yếu", date=datetime(2026, 2, 16),
          body="""
**Hỏi: Thưa ông, HTX Thành Công đã chuyển đổi số như thế nào?**
Ông Trần Văn Lợi: HTX đưa toàn bộ sổ sách kế toán, nhật ký sản xuất lên phần mềm, thành viên đặt vật tư và theo dõi công nợ qua điện thoại.
**Hỏi: Kết quả mang lại là gì?**
Ông Trần Văn Lợi: Chi phí quản lý giảm 20%, đơn hàng trực tuyến chiếm một phần ba doanh thu năm 2025.
**Hỏi: Xin cảm ơn ông!**
""",
          author="Hồng Nhung", **boxed(datetime(2026, 2, 16)),
          opts={"cat": "Tin hoạt động", "by": "Hồng Nhung", "mod": datetime(2026, 2, 16, 14, 5), "rev": 4650},
          notes=["interview: bold questions; author from the box 'Người viết: Hồng Nhung'"]),
        A(path=wurl(f"{NS}:Ban hành Kế hoạch tuyên truyền về kinh tế tập thể năm 2026"),
          title="Ban hành Kế hoạch tuyên truyền về kinh tế tập thể năm 2026", date=datetime(2026, 1, 27),
          body="""
Liên minh HTX Việt Nam ban hành Kế hoạch số 09/KH-LMHTXVN về công tác tuyên truyền kinh tế tập thể năm 2026.
Kế hoạch đặt mục tiêu mỗi Liên minh HTX tỉnh có chuyên trang, chuyên mục về HTX trên báo địa phương và cổng thông tin điện tử.
Toàn văn: [[Kế hoạch số 09/KH-LMHTXVN|/images/7/7a/KH-09-KH-LMHTXVN.pdf]]
""",
          author=None, **boxed(datetime(2026, 1, 27)),
          attachments=[{"path": PDF_PATH, "text": "Kế hoạch số 09/KH-LMHTXVN"}],
          opts={"cat": "Văn bản", "mod": datetime(2026, 2, 3, 10, 30), "rev": 4590, "media": True},
          notes=["the plan as a [[Media:…]] link (a.internal to /images/7/7a/KH-09-KH-LMHTXVN.pdf) in the last line: an "
                 "attachment; doc_number null"]),
        A(path=wurl(f"{NS}:Số liệu HTX theo vùng kinh tế năm 2025"), title="Số liệu HTX theo vùng kinh tế năm 2025",
          date=datetime(2026, 1, 15),
          body="""
Theo số liệu tổng hợp của Liên minh HTX Việt Nam, số HTX đang hoạt động năm 2025 phân theo vùng như sau:
| Vùng | Số HTX | Thành viên (nghìn người) | Tỷ lệ HTX khá, tốt (%) |
| Trung du và miền núi phía Bắc | 7.950 | 610 | 54 |
| Đồng bằng sông Hồng | 8.420 | 1.240 | 63 |
| Bắc Trung Bộ và duyên hải miền Trung | 6.310 | 980 | 58 |
| Tây Nguyên | 2.170 | 210 | 49 |
| Đông Nam Bộ và Đồng bằng sông Cửu Long | 7.980 | 860 | 61 |
Số liệu được cập nhật định kỳ hằng năm.
""",
          author=None, **boxed(datetime(2026, 1, 15)),
          opts={"cat": "Tin hoạt động", "mod": datetime(2026, 3, 18, 22, 47), "rev": 4801,
                "refs": {0: "Báo cáo tình hình kinh tế tập thể năm 2025, Liên minh HTX Việt Nam."}},
          notes=["a wikitable (one line per row); footer date 18/3/2026 22:47 (a later edit)"]),
        A(path=wurl(f"{NS}:Lịch tập huấn cán bộ HTX quý I năm 2026"), title="Lịch tập huấn cán bộ HTX quý I năm 2026",
          date=datetime(2026, 1, 8),
          body="""
Trung tâm Đào tạo của Liên minh HTX Việt Nam thông báo các lớp tập huấn quý I năm 2026:
* Quản trị HTX theo Luật Hợp tác xã năm 2023
* Kế toán HTX và lập báo cáo tài chính
* Xây dựng thương hiệu, bán hàng trên sàn thương mại điện tử
Các Liên minh HTX tỉnh đăng ký học viên với Trung tâm Đào tạo.
""",
          author=None, published=iso(datetime(2026, 1, 8), False), published_source="listing", evidence=["listing"],
          opts={"cat": "Tin hoạt động", "nodate": True, "mod": datetime(2026, 1, 9, 7, 55), "rev": 4540},
          notes=["box without a date (the template's 'ngày=' left empty): only the news index 'Tin tức:Mục lục' dates it "
                 "08/01/2026 -> published from the listing; the footer's 9/1/2026 07:55 is a modification"]),
        A(path=wurl(f"{NS}:HTX Nông nghiệp Hòa Bình ra mắt sản phẩm gạo hữu cơ"),
          title="HTX Nông nghiệp Hòa Bình ra mắt sản phẩm gạo hữu cơ", date=datetime(2026, 3, 8),
          body="""
HTX Nông nghiệp Hòa Bình vừa ra mắt sản phẩm gạo hữu cơ đầu tiên, canh tác trên 30 ha theo tiêu chuẩn hữu cơ Việt Nam.
Sản phẩm được bán tại các cửa hàng nông sản sạch ở Hà Nội và trên sàn thương mại điện tử.
""",
          author=None, published=None, published_source=None, evidence=[],
          opts={"cat": "Tin hoạt động", "yearless": "Chủ nhật, ngày 8 tháng 3", "mod": None, "rev": 4771},
          notes=["box date 'Chủ nhật, ngày 8 tháng 3' without a year, undated in the news index, no date in the text: "
                 "published null (the footer's modification date is no publication date)"]),
        A(path=wurl(f"{NS}:Luật Hợp tác xã năm 2023 chính thức có hiệu lực"),
          title="Luật Hợp tác xã năm 2023 chính thức có hiệu lực", date=datetime(2024, 7, 1),
          body="""
Từ ngày 1/7/2024, Luật Hợp tác xã năm 2023 chính thức có hiệu lực thi hành, thay thế Luật Hợp tác xã năm 2012.
Luật có nhiều điểm mới về tổ hợp tác, liên hiệp HTX, chính sách hỗ trợ và quản lý nhà nước đối với kinh tế tập thể.
Nguồn: Báo Kinh tế hợp tác
""",
          author=None, **boxed(datetime(2024, 7, 1)),
          opts={"cat": "Tin hoạt động", "mod": datetime(2025, 11, 3, 15, 20), "rev": 3120},
          notes=["2024 news re-edited 3/11/2025 (footer); 'Nguồn: Báo Kinh tế hợp tác' closes it: author null"]),
    ]


# -- markup ----------------------------------------------------------------------------------------------------------

def editsection(title: str, n: int, head: str) -> str:
    return (f'<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="'
            f'{attr(iurl(title, f"veaction=edit&section={n}"))}" class="mw-editsection-visualeditor" title="Sửa đổi phần '
            f'“{attr(head)}”">sửa</a><span class="mw-editsection-divider"> | </span><a href="'
            f'{attr(iurl(title, f"action=edit&section={n}"))}" title="Sửa đổi phần “{attr(head)}”">sửa mã nguồn</a>'
            f'<span class="mw-editsection-bracket">]</span></span>')


def anchor(text: str) -> str:
    return dbkey(text)


def content_html(a: RichArticle, full: str) -> tuple[str, list[str]]:
    """(the .mw-parser-output html, the headings for the sidebar TOC)."""
    o = a.opts
    out, heads = [], []
    if o.get("nodate"):
        date_row = ""
    elif o.get("yearless"):
        date_row = f'<tr><th scope="row">Ngày đăng</th><td><span class="published">{o["yearless"]}</span></td></tr>'
    elif o.get("doc"):
        date_row = None
    else:
        date_row = (f'<tr><th scope="row">Ngày đăng</th><td><span class="published">{vwd(a.date)}, {vdate(a.date)}'
                    f'</span></td></tr>')
    if date_row is not None:
        by = (f'<tr><th scope="row">Người viết:</th><td>{esc(o["by"])}</td></tr>' if o.get("by") else "")
        out.append(f'<table class="infobox tin-tuc-box" style="float:right; width:22em; margin:0 0 1em 1em;"><tbody><tr>'
                   f'<th colspan="2" class="infobox-above" style="background:#cfe3ff;"><a href="{wurl(f"{NS}:Mục lục")}" '
                   f'title="{NS}:Mục lục">Tin tức</a></th></tr>{date_row}{by}<tr><th scope="row">Chuyên mục</th><td><a href="'
                   f'{wurl("Thể loại:" + o["cat"])}" title="Thể loại:{attr(o["cat"])}">{esc(o["cat"])}</a></td></tr>'
                   f'</tbody></table>')
    refs = o.get("refs", {})
    pidx = 0
    nref = 0
    for b in a.blocks:
        if b.kind == "h":
            heads.append(b.text)
            out.append(f'<h2><span class="mw-headline" id="{attr(anchor(b.text))}">{esc(b.text)}</span>'
                       f'{editsection(full, len(heads), b.text)}</h2>')
        elif b.kind == "p":
            text = inline_html(b.text).replace('<a href="/images/', '<a href="/images/').replace(
                f'<a href="{PDF_PATH}">', f'<a href="{PDF_PATH}" class="internal" title="KH-09-KH-LMHTXVN.pdf">')
            if a.opts.get("doc") and (b.text.isupper() or b.text.startswith(("Số:", "Hà Nội,", "Về việc"))):
                text = f'<div style="text-align:center;"><b>{text}</b></div>'
                out.append(text)
                pidx += 1
                continue
            if pidx in refs:
                nref += 1
                text += (f'<sup id="cite_ref-{nref}" class="reference"><a href="#cite_note-{nref}">&#91;{nref}&#93;</a>'
                         f'</sup>')
            out.append(f"<p>{text}\n</p>")
            pidx += 1
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + "</ul>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="wikitable"><tbody><tr>\n' + "\n".join(f"<th>{esc(x)}\n</th>" for x in head)
                       + "</tr>\n" + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(x)}\n</td>" for x in r) + "</tr>"
                                               for r in rows) + "</tbody></table>")
        elif b.kind == "img":
            if not out or not out[-1].startswith('<ul class="gallery'):
                out.append('<ul class="gallery mw-gallery-traditional"></ul>')
            item = (f'<li class="gallerybox" style="width: 155px"><div class="thumb" style="width: 150px; height: 150px;">'
                    f'<span typeof="mw:File"><a href="{wurl("Tập tin:" + b.src)}" class="mw-file-description"><img alt="" '
                    f'src="/images/thumb/{b.src}/120px-{b.src}" decoding="async" width="120" height="90" class="mw-file-element">'
                    f'</a></span></div><div class="gallerytext">\n<p>{esc(b.text)}\n</p></div></li>')
            out[-1] = out[-1][:-5] + item + "</ul>"
    if a.byline:
        out.append(f'<p style="text-align:right;"><b>{esc(a.byline)}</b>\n</p>')
    if refs:
        heads.append("Chú thích")
        out.append(f'<h2><span class="mw-headline" id="Chú_thích">Chú thích</span>{editsection(full, len(heads), "Chú thích")}'
                   f'</h2><div class="reflist"><div class="mw-references-wrap"><ol class="references">' + "".join(
                       f'<li id="cite_note-{k}"><span class="mw-cite-backlink"><a href="#cite_ref-{k}">↑</a></span> <span '
                       f'class="reference-text">{esc(t)}</span>\n</li>' for k, t in enumerate(refs.values(), 1))
                   + "</ol></div></div>")
    return "\n".join(out), heads


def navbox(arts: list[RichArticle]) -> str:
    links = " · ".join(f'<a href="{a.path}" title="{NS}:{attr(a.title)}">{esc(a.title[:38])}</a>' for a in arts[:6])
    return (f'<div role="navigation" class="navbox" aria-labelledby="Tin_tức_Liên_minh_HTX"><table class="nowraplinks '
            f'hlist navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div id="Tin_tức_Liên_minh_HTX"'
            f'>Tin tức Liên minh HTX Việt Nam</div></th></tr><tr><td class="navbox-list navbox-odd">{links}</td></tr>'
            f'</tbody></table></div>')


def layout(full: str, h1: str, main: str, *, mod: datetime | None, tabs: str = "view", canonical: str | None = None,
           robots: str | None = None, toc: list[str] | None = None, sub: str = "", cats: list[str] | None = None,
           talk: bool = False, rev: int = 0, action: str = "view") -> str:
    is_article_ns = not full.startswith(("Đặc biệt:", "Thể loại:", "Tập tin:", "Thảo luận"))
    subject = full.split(":", 1)[0] if ":" in full else "Bài viết"
    tabs_html = ""
    if is_article_ns:
        talk_title = ("Thảo luận " + full) if ":" in full else ("Thảo luận:" + full)
        talk_href = wurl(talk_title) if talk else iurl(talk_title, "action=edit&redlink=1")
        tabs_html = (f'<div class="vector-page-toolbar"><nav class="vector-menu vector-menu-tabs mw-portlet" id="p-associated-'
                     f'pages"><ul class="vector-menu-content-list"><li id="ca-nstab" class="selected mw-list-item"><a href="'
                     f'{wurl(full)}">{esc(subject)}</a></li><li id="ca-talk" class="{"" if talk else "new "}mw-list-item"><a '
                     f'href="{attr(talk_href)}" rel="discussion">{CHROME[15]}</a></li></ul></nav><nav class="vector-menu '
                     f'vector-menu-tabs mw-portlet" id="p-views"><ul class="vector-menu-content-list"><li id="ca-view" class="'
                     f'{"selected " if action == "view" else ""}mw-list-item"><a href="{wurl(full)}">{CHROME[16]}</a></li><li '
                     f'id="ca-edit" class="{"selected " if action == "edit" else ""}mw-list-item"><a href="'
                     f'{attr(iurl(full, "action=edit"))}" accesskey="e">{CHROME[17]}</a></li><li id="ca-history" class="'
                     f'{"selected " if action == "history" else ""}mw-list-item"><a href="{attr(iurl(full, "action=history"))}" '
                     f'accesskey="h">{CHROME[18]}</a></li></ul></nav></div>')
    tools = ""
    if is_article_ns and rev:
        WLH.add(full)
        tools = (f'<li id="t-whatlinkshere" class="mw-list-item"><a href="{attr(wurl("Đặc biệt:Liên kết đến đây/" + full))}">'
                 f'{CHROME[7]}</a></li><li id="t-print" class="mw-list-item"><a href="{attr(iurl(full, "printable=yes"))}" '
                 f'rel="alternate" accesskey="p">{CHROME[10]}</a></li><li id="t-permalink" class="mw-list-item"><a href="'
                 f'{attr(iurl(full, f"oldid={rev}"))}">{CHROME[11]}</a></li><li id="t-info" class="mw-list-item"><a href="'
                 f'{attr(iurl(full, "action=info"))}">{CHROME[12]}</a></li>')
    toc_html = ""
    if toc:
        toc_html = ('<nav id="mw-panel-toc" role="navigation" aria-labelledby="vector-toc-label" class="vector-toc-landmark">'
                    '<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header">'
                    '<h2 class="vector-pinnable-header-label" id="vector-toc-label">Mục lục</h2></div><ul class="vector-toc-'
                    'contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-'
                    'level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">Đầu</div></a></li>' + "".join(
                        f'<li id="toc-{attr(anchor(h))}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-'
                        f'link" href="#{attr(anchor(h))}"><div class="vector-toc-text"><span class="vector-toc-numb">{k}'
                        f'</span><span>{esc(h)}</span></div></a></li>' for k, h in enumerate(toc, 1)) + "</ul></div></nav>")
    catlinks = ""
    if cats:
        catlinks = (f'<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-'
                    f'catlinks"><a href="{wurl("Đặc biệt:Thể loại")}" title="Đặc biệt:Thể loại">{CHROME[21]}</a>: <ul>'
                    + "".join(f'<li><a href="{wurl("Thể loại:" + c)}" title="Thể loại:{attr(c)}">{esc(c)}</a></li>' for c in cats)
                    + "</ul></div></div>")
    printfooter = (f'<div class="printfooter" data-nosnippet="">{CHROME[20]} “<a dir="ltr" href="{{{{base}}}}'
                   f'{attr(iurl(full, f"oldid={rev}"))}">{{{{base}}}}{esc(iurl(full, f"oldid={rev}"))}</a>”</div>'
                   if rev else "")
    lastmod = (f'<li id="footer-info-lastmod"> {CHROME[28]} {mod.day} tháng {mod.month} năm {mod.year}, lúc {mod:%H:%M}.'
               f'</li>' if mod else "")
    head = ""
    if canonical:
        head += f'\n<link rel="canonical" href="{{{{base}}}}{attr(canonical)}"/>'
    head += f'\n<meta name="robots" content="{robots}"/>' if robots else ""
    if is_article_ns and rev:
        head += f'\n<link rel="alternate" type="application/x-wiki" title="{CHROME[17]}" href="{attr(iurl(full, "action=edit"))}"/>'
    return f"""<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-disabled" lang="vi" dir="ltr">
<head>
<meta charset="UTF-8"/>
<title>{esc(full)} – {esc(NAME)}</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled";RLCONF={{"wgBreakFrames":false,"wgSeparatorTransformTable":[",\\t.",".\\t,"],"wgCanonicalNamespace":"{attr(dbkey(subject))}","wgPageName":"{attr(dbkey(full))}","wgTitle":"{attr(full.split(':', 1)[-1])}","wgCurRevisionId":{rev},"wgRevisionId":{rev},"wgIsArticle":{"true" if action == "view" else "false"},"wgAction":"{action}","wgUserName":null,"wgPageContentLanguage":"vi","wgSiteName":"{attr(NAME)}"}};</script>
<link rel="stylesheet" href="/load.php?lang=vi&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"/>
<meta name="generator" content="MediaWiki 1.39.6"/>
<meta name="format-detection" content="telephone=no"/>
<meta name="viewport" content="width=1000"/>{head}
<link rel="icon" href="/favicon.ico"/>
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="{attr(NAME)} (vi)"/>
<link rel="EditURI" type="application/rsd+xml" href="/api.php?action=rsd"/>
<link rel="license" href="{{{{base:offsite}}}}/licenses/by-sa/4.0/"/>
</head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt skin-vector-2022 action-{action}">
<div class="mw-page-container"><span id="top-page"></span><a class="mw-jump-link" href="#bodyContent">{CHROME[0]}</a>
<div class="mw-page-container-inner">
<header class="mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Trang"><div class="vector-main-menu-container"><div id="vector-main-menu" class="vector-main-menu"><div class="vector-pinnable-header-label">{CHROME[1]}</div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><ul class="vector-menu-content-list">
<li id="n-mainpage-description" class="mw-list-item"><a href="{wurl("Trang Chính")}" accesskey="z"><span>{CHROME[2]}</span></a></li>
<li id="n-recentchanges" class="mw-list-item"><a href="{wurl("Đặc biệt:Thay đổi gần đây")}" accesskey="r"><span>{CHROME[3]}</span></a></li>
<li id="n-randompage" class="mw-list-item"><a href="{wurl("Đặc biệt:Trang ngẫu nhiên")}" accesskey="x"><span>{CHROME[4]}</span></a></li>
<li id="n-help-mediawiki" class="mw-list-item"><a href="{{{{base:offsite}}}}/wiki/Special:MyLanguage/Help:Contents"><span>{CHROME[5]}</span></a></li>
</ul></div>
<div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"><div class="vector-menu-heading">{CHROME[6]}</div><ul class="vector-menu-content-list">{tools}<li id="t-specialpages" class="mw-list-item"><a href="{wurl("Đặc biệt:Trang đặc biệt")}" accesskey="q"><span>{CHROME[9]}</span></a></li></ul></div>
</div></div></nav>
<a href="{wurl("Trang Chính")}" class="mw-logo"><img class="mw-logo-icon" src="/resources/assets/htx-logo.png" alt="" aria-hidden="true" height="50" width="50"><span class="mw-logo-container"><strong class="mw-logo-wordmark">{esc(NAME)}</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform" class="vector-search-box-form"><input type="search" name="search" placeholder="Tìm kiếm trong {attr(NAME)}" aria-label="Tìm kiếm" autocapitalize="sentences" title="Tìm kiếm [f]" accesskey="f" id="searchInput"><input type="hidden" name="title" value="Đặc_biệt:Tìm_kiếm"></form></div>
<nav class="vector-user-links" aria-label="Công cụ cá nhân"><ul class="vector-menu-content-list"><li id="pt-createaccount" class="mw-list-item"><a href="{attr(iurl("Đặc biệt:Mở tài khoản", "returnto=" + quote(dbkey(full), safe=SAFE)))}"><span>{CHROME[13]}</span></a></li><li id="pt-login" class="mw-list-item"><a href="{attr(iurl("Đặc biệt:Đăng nhập", "returnto=" + quote(dbkey(full), safe=SAFE)))}" accesskey="o"><span>{CHROME[14]}</span></a></li></ul></nav></div>
</header>
<div class="vector-sticky-pinned-container">{toc_html}</div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading">{h1}</h1></header>
{tabs_html}
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div class="vector-body-before-content"><div class="mw-indicators"></div><div id="siteSub" class="noprint">{SITESUB}</div></div>
<div id="contentSub"><div id="mw-content-subtitle">{sub}</div></div>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="vi" dir="ltr">{main}{printfooter}</div>
{catlinks}
</div>
</main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">{lastmod}<li id="footer-info-copyright">Nội dung được phát hành theo <a class="external" rel="nofollow" href="{{{{base:offsite}}}}/licenses/by-sa/4.0/">Creative Commons Ghi công–Chia sẻ tương tự</a> trừ khi có ghi chú khác.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="{wurl(NAME + ":Quy định quyền riêng tư")}">{CHROME[24]}</a></li><li id="footer-places-about"><a href="{wurl(NAME + ":Giới thiệu")}">{CHROME[25]}</a></li><li id="footer-places-disclaimers"><a href="{wurl(NAME + ":Lời phủ nhận trách nhiệm chung")}">{CHROME[26]}</a></li><li id="footer-places-mobileview"><a href="{attr(iurl(full, "mobileaction=toggle_view_mobile"))}" class="noprint stopMobileRedirectToggle">{CHROME[27]}</a></li></ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="{{{{base:offsite}}}}/mediawiki/"><img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul>
</footer></div>
</div></div>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgBackendResponseTime":112}});}});</script>
</body>
</html>
"""


def h1_of(full: str) -> str:
    if ":" in full:
        ns, main = full.split(":", 1)
        return (f'<span class="mw-page-title-namespace">{esc(ns)}</span><span class="mw-page-title-separator">:</span>'
                f'<span class="mw-page-title-main">{esc(main)}</span>')
    return f'<span class="mw-page-title-main">{esc(full)}</span>'


def parser(html: str) -> str:
    return f'<div class="mw-parser-output">{html}</div>'


# -- build -------------------------------------------------------------------------------------------------------------

def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-noi", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    WLH.clear()
    arts = articles()
    by_date = sorted(arts, key=lambda a: a.date, reverse=True)
    site.extra_boilerplate += [x for x in CHROME if x not in ("Thảo luận", "Đọc", "Công cụ", "Thể loại", "Thay đổi liên quan")]
    nav = navbox(by_date)

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    catch_all = layout("Đặc biệt:Lỗi quyền hạn", h1_of("Lỗi quyền hạn"), parser(
        '<p>Bạn không được phép thực hiện tác vụ này vì lý do sau:</p><p>Tác vụ bạn yêu cầu chỉ dành cho thành viên '
        'đã đăng nhập.</p>'), mod=None, robots="noindex,nofollow", action="view")
    page("/index.php", catch_all)

    for a in arts:
        o = a.opts
        full = f"{NS}:{a.title}"
        body, heads = content_html(a, full)
        main = parser(body + nav)
        common = dict(mod=o["mod"] or datetime(2026, 3, 9, 11, 26), toc=heads or None, cats=[o["cat"]],
                      talk=o.get("talk", False), rev=o["rev"])
        page(a.path, layout(full, h1_of(full), main, canonical=a.path, **common))
        twin = iurl(full)
        page(twin, layout(full, h1_of(full), main, canonical=a.path, **common))
        page(iurl(full, "printable=yes"), layout(full, h1_of(full), main, canonical=a.path, robots="noindex,follow",
                                                 **common))
        perm_sub = (f'<div class="mw-revision"><div id="mw-revision-info">Phiên bản hiện hành của trang này, do '
                    f'<a href="{attr(iurl("Thành viên:Admin", "action=edit&redlink=1"))}" class="new mw-userlink">Admin</a> '
                    f'sửa đổi vào lúc {common["mod"]:%H:%M}, {vdate(common["mod"])}. Địa chỉ URL hiện tại là một liên kết vĩnh '
                    f'viễn đến phiên bản này của trang.</div></div>')
        page(iurl(full, f"oldid={o['rev']}"), layout(full, h1_of(full), main, robots="noindex,nofollow", sub=perm_sub,
                                                      **common))
        a.aliases += [twin, iurl(full, "printable=yes"), iurl(full, f"oldid={o['rev']}")]
        # edit (view source) and history: noindex,nofollow
        wikitext = "\n\n".join(a.text_lines())
        page(iurl(full, "action=edit"), layout(full, f"Xem mã nguồn của {esc(full)}", parser(
            f'<p>Bạn không được phép sửa đổi trang này, vì lý do sau:</p><p>Tác vụ bạn yêu cầu chỉ dành cho thành viên '
            f'đã đăng nhập.</p><p>Bạn vẫn có thể xem và sao chép mã nguồn của trang này:</p><textarea readonly="" '
            f'accesskey="," id="wpTextbox1" cols="80" rows="25" class="mw-editfont-monospace" lang="vi" dir="ltr" '
            f'name="wpTextbox1">&#123;&#123;Tin tức|chuyên mục={esc(o["cat"])}&#125;&#125;\n{esc(wikitext)}\n[[Thể loại:{esc(o["cat"])}]]'
            f'</textarea>'), mod=None, robots="noindex,nofollow", rev=0, action="edit"))
        revs = [(o["rev"], common["mod"], "Admin", "sửa chính tả"), (o["rev"] - 37, a.date.replace(hour=8, minute=50),
                                                                      "BanTuyenGiao", "Tạo trang mới")]
        hist = "".join(f'<li data-mw-revid="{r}"><span class="mw-history-histlinks mw-changeslist-links"><span>hiện</span>'
                       f'<span>trước</span></span> <a href="{attr(iurl(full, f"oldid={r}"))}" class="mw-changeslist-date">'
                       f'{d:%H:%M}, {vdate(d)}</a> <span class="history-user"><a href="{attr(iurl("Thành viên:" + u, "action=edit&redlink=1"))}" '
                       f'class="new mw-userlink">{u}</a></span> <span class="comment">({c})</span></li>' for r, d, u, c in revs)
        page(iurl(full, "action=history"), layout(full, f"{esc(full)}: Lịch sử sửa đổi", parser(
            f'<ul id="pagehistory" class="mw-contributions-list">{hist}</ul>'), mod=None, robots="noindex,nofollow",
            rev=0, action="history"))
        site.non_articles += [iurl(full, "action=edit"), iurl(full, "action=history")]
        if o.get("old_title"):
            old = f"{NS}:{o['old_title']}"
            sub = (f'<span class="mw-redirectedfrom">(Đổi hướng từ <a href="{attr(iurl(old, "redirect=no"))}" class="mw-redirect" '
                   f'title="{attr(old)}">{esc(old)}</a>)</span>')
            page(wurl(old), layout(full, h1_of(full), main, canonical=a.path, sub=sub, **common))
            a.aliases.append(wurl(old))
            page(iurl(old, "redirect=no"), layout(old, h1_of(old), parser(
                f'<div class="redirectMsg"><p>Đổi hướng đến:</p><ul class="redirectText"><li><a href="{a.path}" title="'
                f'{attr(full)}">{esc(full)}</a></li></ul></div>'), mod=datetime(2026, 3, 12, 10, 2), rev=4790))
            site.non_articles.append(iurl(old, "redirect=no"))
            site.trap("redirect page from the old title: /wiki/<old> serves the target's content with '(Đổi hướng từ …)' "
                      "and rel=canonical to the target (an alias); its &redirect=no view is the redirect itself (no "
                      "article)", wurl(old))
        if o.get("talk"):
            talk = f"Thảo luận {full}"
            page(wurl(talk), layout(talk, h1_of(talk), parser(
                '<h2><span class="mw-headline" id="Số_liệu_HTX">Số liệu HTX</span></h2><p>Số HTX năm 2025 nên dẫn nguồn '
                'báo cáo chính thức. <a href="/index.php?title=Th%C3%A0nh_vi%C3%AAn:Hoangnam&amp;action=edit&amp;redlink=1" '
                'class="new">Hoangnam</a> 14:20, ngày 13 tháng 3 năm 2026 (+07)</p><dl><dd>Đã bổ sung chú thích. <a href='
                '"/index.php?title=Th%C3%A0nh_vi%C3%AAn:Admin&amp;action=edit&amp;redlink=1" class="new">Admin</a> '
                '09:15, ngày 20 tháng 3 năm 2026 (+07)</dd></dl>'), mod=datetime(2026, 3, 20, 9, 16), rev=4813))
            site.non_articles.append(wurl(talk))
            site.trap("talk page 'Thảo luận Tin tức:…' (signatures with dates): no article", wurl(talk))
        if o.get("gallery"):
            for b in a.blocks:
                if b.kind == "img":
                    site.binary(f"/images/thumb/{b.src}/120px-{b.src}", image_for(b.src))
                    site.binary(f"/images/5/5e/{b.src}", image_for(b.src + "-full"))
                    fp = f"Tập tin:{b.src}"
                    page(wurl(fp), layout(fp, h1_of(fp), f'<div class="fullImageLink" id="file"><a href="/images/5/5e/{b.src}">'
                                          f'<img alt="" src="/images/5/5e/{b.src}" width="800" height="600"></a></div>'
                                          + parser(f'<p>{esc(b.text)}</p>') + '<h2 id="filehistory">Lịch sử tập tin</h2>'
                                          f'<table class="wikitable filehistory"><tr><td>hiện tại</td><td>08:40, ngày 28 '
                                          f'tháng 2 năm 2026</td><td>800 × 600 (124 kB)</td></tr></table>',
                                          mod=datetime(2026, 2, 28, 8, 40), rev=4690))
                    site.non_articles.append(wurl(fp))
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 09/KH-LMHTXVN", ["KE HOACH TUYEN TRUYEN KINH TE TAP THE NAM 2026",
                                                           "So: 09/KH-LMHTXVN"]))
    site.trap("edit (view source: the wikitext in a textarea) and history (dated revisions) views: noindex,nofollow, "
              "no articles", iurl(f"{NS}:{arts[0].title}", "action=history"))

    # the news index in the namespace itself (dates), with the ?title= twins as external links
    idx_title = f"{NS}:Mục lục"
    dated = [a for a in by_date if a.published]
    undated = [a for a in by_date if not a.published]
    lis = "".join(f'<li>{a.date:%d/%m/%Y}: <a href="{a.path}" title="{NS}:{attr(a.title)}">{esc(a.title)}</a> (<a rel="'
                  f'nofollow" class="external text" href="{{{{base}}}}{attr(iurl(f"{NS}:{a.title}"))}">bản cố định</a>)</li>'
                  for a in dated)
    old_lis = "".join(f'<li><a href="{a.path}" title="{NS}:{attr(a.title)}">{esc(a.title)}</a></li>' for a in undated)
    idx = parser(f'<p>Danh sách tin tức của Liên minh HTX Việt Nam trên Wiki, xếp theo ngày đăng.</p><h2><span class="'
                 f'mw-headline" id="Tin_mới">Tin mới</span></h2><ul>{lis}</ul><h2><span class="mw-headline" id="Chưa_phân_loại">'
                 f'Chưa xếp ngày</span></h2><ul>{old_lis}</ul>')
    page(wurl(idx_title), layout(idx_title, h1_of(idx_title), idx, canonical=wurl(idx_title), mod=datetime(2026, 3, 12, 11, 0),
                                 rev=4795, cats=["Tin hoạt động"]))
    site.non_articles.append(wurl(idx_title))
    site.trap("'Tin tức:Mục lục' is a page of the news namespace (same URL shape and skeleton) that lists the news "
              "with their dates: a listing, the only date of one item", wurl(idx_title))

    # category pages, 4 to a page, alphabetical
    def key(a: RichArticle | None) -> str:
        return a.title if a else "Mục lục"

    for cat, desc in CATS.items():
        ct = f"Thể loại:{cat}"
        members = sorted([a for a in arts if a.opts["cat"] == cat], key=lambda a: a.title)
        if cat == "Tin hoạt động":
            members = sorted(members + [None], key=lambda a: a.title if a else "Mục lục")
        chunks = [members[i:i + CAT_PER] for i in range(0, len(members), CAT_PER)]
        for n, chunk in enumerate(chunks):
            first_next = chunks[n + 1][0] if n + 1 < len(chunks) else None
            prev_link = (f'(<a href="{attr(iurl(ct, "pageuntil=" + quote(key(chunk[0]).replace(" ", "+"), safe="+")))}'
                         f'#mw-pages" title="{attr(ct)}">trang trước</a>)' if n else "(trang trước)")
            next_link = (f'(<a href="{attr(iurl(ct, "pagefrom=" + quote(key(first_next).replace(" ", "+"), safe="+")))}'
                         f'#mw-pages" title="{attr(ct)}">trang sau</a>)' if first_next else "(trang sau)")
            groups: dict[str, list] = {}
            for m in chunk:
                groups.setdefault(key(m)[0].upper(), []).append(m)
            cols = "".join(f'<div class="mw-category-group"><h3>{g}</h3><ul>' + "".join(
                f'<li><a href="{m.path if m else wurl(idx_title)}" title="{NS}:{attr(key(m))}">{NS}:{esc(key(m))}</a></li>'
                for m in ms) + "</ul></div>" for g, ms in groups.items())
            main = parser(f"<p>{esc(desc)}.</p>") + (
                f'<div id="mw-pages"><h2>Các trang trong thể loại “{esc(cat)}”</h2><p>Thể loại này chứa {len(chunk)} trang '
                f'sau, trên tổng số {len(members)} trang.</p>{prev_link} {next_link}<div lang="vi" dir="ltr" class="mw-content-'
                f'ltr"><div class="mw-category mw-category-columns">{cols}</div></div>{prev_link} {next_link}</div>')
            url = wurl(ct) if n == 0 else iurl(ct, "pagefrom=" + quote(key(chunk[0]).replace(" ", "+"), safe="+"))
            page(url, layout(ct, h1_of(ct), main, mod=datetime(2025, 6, 2, 10, 0), rev=120, canonical=wurl(ct)))
            site.non_articles.append(url)
            if n + 1 < len(chunks):
                site.same_page(iurl(ct, "pageuntil=" + quote(key(first_next).replace(" ", "+"), safe="+")), wurl(ct))
    site.trap("category pages list their members alphabetically ('Tin tức:…', grouped by first letter), four to a page, "
              "'(trang trước) (trang sau)' paged by &pagefrom= / &pageuntil=", wurl("Thể loại:Tin hoạt động"))

    # special pages
    rc_days: dict[str, list] = {}
    for a in sorted(arts, key=lambda a: a.opts["mod"] or datetime(2026, 3, 9, 11, 26), reverse=True):
        d = a.opts["mod"] or datetime(2026, 3, 9, 11, 26)
        full = f"{NS}:{a.title}"
        r = a.opts["rev"]
        rc_days.setdefault(f"{d.day} tháng {d.month} năm {d.year}", []).append(
            f'<li class="mw-changeslist-line"><span class="mw-changeslist-links"><span><a href="'
            f'{attr(iurl(full, f"curid={r // 10}&diff={r}&oldid={r - 1}"))}" class="'
            f'mw-changeslist-diff">khác</a></span><span><a href="{attr(iurl(full, "action=history"))}" class="mw-changeslist-'
            f'history">sử</a></span></span> . . <span class="mw-title"><a href="{a.path}" class="mw-changeslist-title">'
            f'{esc(full)}</a></span>; <span class="mw-changeslist-date">{d:%H:%M}</span> . . Admin</li>')
    rc = "".join(f'<h4>{day}</h4><ul class="special">{"".join(lis)}</ul>' for day, lis in rc_days.items())
    rc_title = "Đặc biệt:Thay đổi gần đây"
    page(wurl(rc_title), layout(rc_title, h1_of("Thay đổi gần đây"), parser(f'<div class="mw-changeslist">{rc}</div>'), mod=None,
                                robots="noindex,nofollow"))
    site.non_articles.append(wurl(rc_title))
    ap_title = "Đặc biệt:Mọi trang"
    names = sorted([f"{NS}:{a.title}" for a in arts] + [idx_title])
    half = len(names) // 2
    for n, chunk in enumerate((names[:half], names[half:])):
        url = iurl(ap_title, "namespace=3000") if n == 0 else iurl(ap_title, "from=" + quote(dbkey(names[half]), safe=SAFE)
                                                                   + "&namespace=3000")
        lis = "".join(f'<li><a href="{wurl(t)}" title="{attr(t)}">{esc(t)}</a></li>' for t in chunk)
        nxt = (f'<div class="mw-allpages-nav"><a href="{attr(iurl(ap_title, "from=" + quote(dbkey(names[half]), safe=SAFE) + "&namespace=3000"))}" '
               f'title="{attr(ap_title)}">Trang sau ({esc(names[half])})</a></div>' if n == 0 else
               f'<div class="mw-allpages-nav"><a href="{attr(iurl(ap_title, "namespace=3000"))}">Trang trước</a></div>')
        page(url, layout(ap_title, h1_of("Mọi trang"), f'{nxt}<div class="mw-allpages-body"><ul class="mw-allpages-chunk">'
                                                        f'{lis}</ul></div>{nxt}', mod=None, robots="noindex,nofollow"))
        site.non_articles.append(url)
    search_url = "/index.php?search=h%E1%BB%A3p+t%C3%A1c+x%C3%A3&title=%C4%90%E1%BA%B7c_bi%E1%BB%87t:T%C3%ACm_ki%E1%BA%BFm&fulltext=1"
    hits = "".join(f'<li class="mw-search-result"><div class="mw-search-result-heading"><a href="{a.path}" title="{NS}:'
                   f'{attr(a.title)}">{NS}:{esc(a.title)}</a></div><div class="searchresult">{esc(a.summary()[:120])}</div>'
                   f'<div class="mw-search-result-data">2 kB (312 từ) - {(a.opts["mod"] or a.date):%H:%M}, '
                   f'{vdate(a.opts["mod"] or a.date)}</div></li>' for a in by_date[:5])
    page(search_url, layout("Đặc biệt:Tìm kiếm", h1_of("Kết quả tìm kiếm"), f'<div class="searchresults"><ul class="mw-search-'
                                                                             f'results">{hits}</ul></div>', mod=None,
                            robots="noindex,nofollow"))
    site.non_articles.append(search_url)
    site.trap("Special pages: Thay_đổi_gần_đây (changes grouped under '12 tháng 3 năm 2026' headings), Mọi_trang "
              "(&namespace=3000, &from=…), Tìm_kiếm results (snippets with dates): no articles", wurl(rc_title))
    for t, body in (("Đặc biệt:Trang ngẫu nhiên", "<p>Trang ngẫu nhiên.</p>"), ("Đặc biệt:Trang đặc biệt", "<ul><li>Mọi trang"
                    "</li><li>Thay đổi gần đây</li></ul>"), ("Đặc biệt:Thể loại", "<ul><li>Tin hoạt động</li><li>Văn bản</li></ul>")):
        page(wurl(t), layout(t, h1_of(t.split(":", 1)[1]), parser(body), mod=None, robots="noindex,nofollow"))
        site.non_articles.append(wurl(t))
    # main page, an encyclopedic article, project pages
    old_full = f"{NS}:{arts[0].opts['old_title']}"
    news = "".join(f'<li><a href="{a.path}" title="{NS}:{attr(a.title)}">{esc(a.title)}</a></li>' for a in by_date[:6])
    mp = parser(f'<div id="mp-welcome"><p>Chào mừng bạn đến với <b>{NAME}</b>, bách khoa toàn thư mở về kinh tế hợp tác mà ai '
                f'cũng có thể đóng góp.</p></div><div id="mp-news"><h2><span class="mw-headline" id="Tin_tức">Tin tức</span>'
                f'</h2><ul>{news}</ul><p><a href="{wurl(idx_title)}">Xem tất cả tin tức</a> · <a href="{attr(search_url)}">Tìm '
                f'bài viết về hợp tác xã</a> · <a href="{attr(iurl(ap_title, "namespace=3000"))}">Mọi trang tin tức</a></p></div>'
                f'<div id="mp-kb"><h2><span class="mw-headline" id="Kiến_thức">Kiến thức</span></h2><ul><li><a href="'
                f'{wurl("Hợp tác xã")}">Hợp tác xã</a></li><li><a href="{wurl("Thể loại:Văn bản")}">Văn bản</a></li>'
                f'<li><a href="{wurl(old_full)}">{esc(old_full.split(":", 1)[1])}</a></li></ul></div>')
    page(wurl("Trang Chính"), layout("Trang Chính", h1_of("Trang Chính"), mp, canonical=wurl("Trang Chính"),
                                     mod=datetime(2026, 3, 12, 11, 5), rev=4796))
    site.redirect("/", wurl("Trang Chính"))
    site.non_articles.append(wurl("Trang Chính"))
    enc_body, enc_heads = parser(
        '<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Hợp tác xã</th></tr><tr><th>Luật điều '
        'chỉnh</th><td>Luật Hợp tác xã năm 2023</td></tr><tr><th>Số lượng (2025)</th><td>khoảng 33.000</td></tr></tbody>'
        '</table><p><b>Hợp tác xã</b> là tổ chức kinh tế tập thể, đồng sở hữu, có tư cách pháp nhân, do ít nhất 05 thành '
        'viên chính thức tự nguyện thành lập.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">&#91;1&#93;'
        '</a></sup></p><h2><span class="mw-headline" id="Lịch_sử">Lịch sử</span>' + editsection("Hợp tác xã", 1, "Lịch sử")
        + '</h2><p>Ở Việt Nam, hợp tác xã ra đời từ những năm 1950 và phát triển qua nhiều giai đoạn.</p><h2><span class="'
        'mw-headline" id="Chú_thích">Chú thích</span></h2><ol class="references"><li id="cite_note-1">Luật Hợp tác xã '
        'năm 2023, Điều 4.</li></ol>'), ["Lịch sử", "Chú thích"]
    page(wurl("Hợp tác xã"), layout("Hợp tác xã", h1_of("Hợp tác xã"), enc_body, canonical=wurl("Hợp tác xã"),
                                    mod=datetime(2025, 12, 1, 15, 45), rev=4401, toc=enc_heads, cats=["Văn bản"]))
    site.non_articles.append(wurl("Hợp tác xã"))
    site.trap("encyclopedic article 'Hợp tác xã' in the main namespace (infobox, TOC, sections with edit links, "
              "references, footer date): knowledge, no news", wurl("Hợp tác xã"))
    for t, body in (("Giới thiệu", f"<p>{NAME} do Liên minh HTX Việt Nam xây dựng năm 2021 để phổ biến kiến thức về kinh "
                                   "tế hợp tác.</p>"), ("Quy định quyền riêng tư", "<p>Wiki không thu thập thông tin cá "
                                                                                     "nhân của người đọc.</p>"),
                    ("Lời phủ nhận trách nhiệm chung", "<p>Nội dung trên Wiki chỉ có giá trị tham khảo.</p>")):
        full = f"{NAME}:{t}"
        page(wurl(full), layout(full, h1_of(full), parser(body), canonical=wurl(full), mod=datetime(2025, 5, 5, 9, 0),
                                rev=88))
        site.non_articles.append(wurl(full))

    for full in sorted(WLH):
        lt = "Đặc biệt:Liên kết đến đây/" + full
        page(wurl(lt), layout("Đặc biệt:Liên kết đến đây", h1_of("Các trang liên kết đến “" + full + "”"), parser(
            f'<ul id="mw-whatlinkshere-list"><li><a href="{wurl(idx_title)}">{esc(idx_title)}</a></li></ul>'), mod=None,
            robots="noindex,nofollow"))

    # assets, robots
    site.static("/load.php", "body{font-family:sans-serif}\n")
    site.static("/opensearch_desc.php", '<?xml version="1.0"?><OpenSearchDescription xmlns="http://a9.com/-/spec/'
                                        'opensearch/1.1/"><ShortName>Wiki HTX</ShortName></OpenSearchDescription>\n')
    site.binary("/favicon.ico", image_for("favicon"))
    site.binary("/resources/assets/htx-logo.png", image_for("logo"))
    site.page("/api.php?action=rsd", '<?xml version="1.0"?><rsd version="1.0"><service><apis><api name="MediaWiki" '
                                     'preferred="true" apiLink="{{base}}/api.php"/></apis></service></rsd>\n',
              content_type="application/rsd+xml")
    site.never_fetched.append("/api.php?action=rsd")
    site.trap("robots.txt disallows /api.php (the EditURI <link> of every page), /index.php?diff=, /index.php?oldid= "
              "and /index.php?title=Special:: never fetched", "/api.php?action=rsd")
    site.static("/robots.txt", "User-agent: *\nDisallow: /api.php\nDisallow: /index.php?diff=\nDisallow: /index.php?oldid=\n"
                "Disallow: /index.php?title=Special:\n")
    return site
