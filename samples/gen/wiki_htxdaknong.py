"""Site `wiki-htxdaknong` (registry family `generic`): "Wiki Liên minh HTX Đắk Nông", the wiki the Đắk Nông cooperative
alliance keeps on **MoinMoin 1.9.11** (the `modernist` theme, `language_default = 'vi'` with the partial Vietnamese
translation, `acl_rights_default` read-only for guests, `tz_offset` left at 0: guests see every time in UTC,
`url_prefix_action` unset; the copy is of 20 June 2024; since 1 July 2025 the province is part of Lâm Đồng). The
office writes each news item as a wiki page `TinTuc/<year>/<CamelCaseName>` whose first lines are the title (`= … =`)
and a typed italic line "Ngày đăng: dd/mm/yyyy", and ends it with `----` and `CategoryTinTuc`. Written as a held-out
test: no family module, no selectors.

URL shapes: a page `/TinTuc/2024/ThongBao08TBLMHTX` (no extension; `/` is FrontPage); its actions `?action=print` (the
print view: the same text without the theme, robots noindex: an alias), `?action=raw` (the wiki markup, text/plain),
`?action=info` (the revision history, UTC), `?action=diff&rev1=1&rev2=2` (a diff table and then the current page),
`?action=recall&rev=1` (an older revision), `?action=AttachFile` (the attachment list), `…&do=view&target=x.pdf` and
`…&do=get&target=x.pdf` (the file itself; photos are served the same way), `?action=login`, the title link's
backlink search `?action=fullsearch&context=180&value=linkto%3A%22…%22`, the page's RSS `?…&action=rss_rc&page=…`;
the news index `/TinTuc` and its second part `/TinTuc/TinCu`, `/CategoryTinTuc`, `/RecentChanges` (+ its RSS
`?action=rss_rc&ddiffs=1&unique=1`), `/TitleIndex`, `/FindPage`, `/WordIndex`, `/HelpContents`, `/HelpOnFormatting`;
the year pages `/TinTuc/2024`, `/TinTuc/2023` do not exist (404, MoinMoin's "Trang này chưa có"). MoinMoin's
stock robots.txt disallows only `/action/`, which matches nothing here (actions are query strings).

Why it is hard: the page's first `<h1>` is the modernist theme's `h1#locationline` (the page NAME as links
"TinTuc / 2024 / ThongBao08TBLMHTX"), the `<title>` is the page name too: the article's title is the content's own
`<h1>`. The text is MoinMoin's HTML: `<p class="line874">` paragraphs full of `<span class="anchor" id="line-N">`,
`<<BR>>` lines inside one paragraph, `<h2>`, `<ol type="1">`, tables with no `<th>` (bold `<strong>` cells in the first
row, unclosed `<p class="line891">` in each cell), photos as `img.attachment` served by `?action=AttachFile&do=get&…`
with an italic caption paragraph under each, a bold byline paragraph. The publication day is only in the typed line
"Ngày đăng: 12/06/2024" (no time; not text); the footer's "last edited 2024-06-14 03:02:55 by VanPhongLMHTX" is the
LAST EDIT and in UTC: a page created at 00:20 on 3 June reads "last edited 2024-06-02 17:20:33"; the notice was
corrected two days after publication; the oldest item was fixed weeks later. The editor named there is a wiki
account, never the author: a closing byline gives the author, none -> null. The news index `/TinTuc` shows four
pages IN FULL through `<<Include(^TinTuc/2024/.*,"",2,sort=descending,items=4)>>` — sorted by page NAME, not by
date — and `/TinTuc/TinCu` the rest (`skipitems=4`): both contain whole article texts and are no articles, nor are
`?action=diff` (the current text under the diff), `?action=recall` (an older text) and `?action=info`. The oldest
item lacks its category line: among the news lists only `/TinTuc/TinCu` (page 2) reaches it (TitleIndex lists every
page of the wiki).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import quote, quote_plus

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "wiki-htxdaknong"
WIKI = "Wiki Liên minh HTX Đắk Nông"
NOW = datetime(2024, 6, 20, 9, 0)  # Vietnam time of the copy
UTC = timedelta(hours=7)
HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"
FOOTER = "Liên minh Hợp tác xã tỉnh Đắk Nông - Đường 23/3, phường Nghĩa Đức, TP Gia Nghĩa - ĐT: 0261.3544.279"
NAVI = ["FrontPage", "TinTuc", "RecentChanges", "FindPage", "HelpContents"]
FURN = [FOOTER, "MoinMoin Powered", "Python Powered", "GPL licensed", "Valid HTML 4.01", "last edited", "Ngày đăng:",
        "CategoryTinTuc", "Trang không sửa được", "Thông tin", "Đính kèm", "Thêm thao tác:", "Đăng nhập", "RecentChanges",
        "FindPage", "HelpContents", "Tìm kiếm"]
LOGIN_NOTE = "Trang này chỉ đọc; liên hệ Văn phòng Liên minh HTX để được cấp tài khoản."


def anchor(text: str) -> str:
    """wikiutil.anchor_name_from_text of MoinMoin 1.9: UTF-7, quote_plus, '%' -> '.', '+' -> '_'."""
    res = quote_plus(text.encode("utf-7"), safe=":").replace("%", ".").replace("+", "_")
    return res if res[:1].isalpha() else "A" + res


def z(d: datetime) -> datetime:
    return d - UTC


@dataclass
class MoinArticle(RichArticle):
    name: str = ""  # the wiki page name
    revs: list = field(default_factory=list)  # [(vn datetime, editor, comment)]
    category: bool = True


def articles() -> list[MoinArticle]:
    A = MoinArticle

    def day(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="document", evidence=["document"])

    return [
        A(path="", name="TinTuc/2024/ThongBao08TBLMHTX",
          title="Thông báo số 08/TB-LMHTX về việc tham gia Hội chợ nông sản Đắk Nông năm 2024",
          body="""
LIÊN MINH HTX TỈNH ĐẮK NÔNG
Số: 08/TB-LMHTX
Đắk Nông, ngày 10 tháng 6 năm 2024
THÔNG BÁO
Về việc tham gia Hội chợ nông sản Đắk Nông năm 2024
Hội chợ nông sản Đắk Nông năm 2024 diễn ra từ ngày 15/7 đến ngày 19/7/2024 tại Quảng trường Trung tâm TP Gia Nghĩa.
Liên minh HTX tỉnh hỗ trợ 18 gian hàng miễn phí cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 05/7/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hòa
""", author=None, doc_number="08/TB-LMHTX",
          attachments=[{"path": "/TinTuc/2024/ThongBao08TBLMHTX?action=AttachFile&do=get&target=TB-08-LMHTX-2024.pdf",
                        "text": "TB-08-LMHTX-2024.pdf"}],
          revs=[(datetime(2024, 6, 12, 9, 30, 10), "VanPhongLMHTX", "Tạo trang"),
                (datetime(2024, 6, 14, 10, 2, 55), "VanPhongLMHTX", "Sửa hạn đăng ký")],
          opts={"old": ("trước ngày 28/6/2024", "trước ngày 05/7/2024"), "br_head": 5},
          notes=["notice 'Số: 08/TB-LMHTX' dated 10/6 in its text; the typed line 'Ngày đăng: 12/06/2024' is the "
                 "publication day (no time: midnight); the footer 'last edited 2024-06-14 03:02:55 by VanPhongLMHTX' is a "
                 "correction two days later, in UTC; the first five lines one paragraph with <<BR>> (<br>) breaks; the office's account is no author; the signer is text; the "
                 "[[attachment:…|…|&do=get]] link (?action=AttachFile&do=get&target=TB-08-LMHTX-2024.pdf, its own "
                 "paragraph) is an attachment, not text; ?action=recall&rev=1 (the old deadline) and ?action=diff&rev1=1"
                 "&rev2=2 are no articles; ?action=print is an alias"],
          **day(datetime(2024, 6, 12))),
        A(path="", name="TinTuc/2024/TapHuanKeToanHTX",
          title="Liên minh HTX tỉnh tập huấn nghiệp vụ kế toán cho HTX",
          body="""
Trong hai ngày 17 và 18/6, Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho 40 kế toán HTX trên địa bàn tỉnh.
Học viên được cập nhật các quy định mới về chế độ kế toán HTX, hóa đơn điện tử và quyết toán thuế.
Liên minh HTX tỉnh sẽ tiếp tục mở lớp tại huyện Đắk R'lấp và Tuy Đức trong quý III.
""", byline="Trần Thu Hà", author="Trần Thu Hà",
          revs=[(datetime(2024, 6, 18, 16, 45, 2), "TranThuHa", "")],
          notes=["the newest item: typed 'Ngày đăng: 18/06/2024', 'last edited 2024-06-18 09:45:02' (UTC); the bold closing "
                 "name 'Trần Thu Hà' is the author (also the wiki account TranThuHa, which is not what makes her so)"],
          **day(datetime(2024, 6, 18))),
        A(path="", name="TinTuc/2024/SoLieuHTXNam2023",
          title="Số liệu phát triển HTX tỉnh Đắk Nông năm 2023",
          body="""
Năm 2023, toàn tỉnh có 196 HTX đang hoạt động với hơn 9.800 thành viên.
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| Nông nghiệp | 142 | 7.320 | 1.960 |
| Công nghiệp - Xây dựng | 17 | 410 | 2.840 |
| Thương mại - Dịch vụ | 26 | 1.530 | 2.210 |
| Vận tải | 11 | 580 | 1.350 |
Các HTX nông nghiệp tập trung ở các huyện Đắk Mil, Cư Jút và Krông Nô.
""", byline="Hoàng Thị Mai - Văn phòng Liên minh HTX tỉnh", author="Hoàng Thị Mai",
          revs=[(datetime(2024, 6, 10, 14, 20, 41), "HoangThiMai", "")],
          notes=["a MoinMoin table (no <th>: the first row's cells bold, each cell an unclosed <p class='line891'>): one "
                 "line per row; 'Hoàng Thị Mai - Văn phòng Liên minh HTX tỉnh' closes it -> Hoàng Thị Mai"],
          **day(datetime(2024, 6, 10))),
        A(path="", name="TinTuc/2024/HuongDanSuaDoiDieuLe",
          title="Hướng dẫn HTX sửa đổi điều lệ theo Luật Hợp tác xã năm 2023",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024; HTX đã thành lập phải sửa đổi điều lệ cho phù hợp.
## Trình tự sửa đổi điều lệ
+ Hội đồng quản trị xây dựng dự thảo điều lệ sửa đổi;
+ Gửi dự thảo lấy ý kiến thành viên;
+ Đại hội thành viên biểu quyết thông qua;
+ Thông báo thay đổi đến cơ quan đăng ký kinh doanh.
Liên minh HTX tỉnh có mẫu điều lệ và cử cán bộ hỗ trợ HTX khi có đề nghị.
""", byline="Lê Văn Tùng - Ban Tư vấn, Liên minh HTX tỉnh", author="Lê Văn Tùng",
          revs=[(datetime(2024, 5, 27, 8, 5, 12), "admin", "")],
          notes=["a '== … ==' heading (<h2 id='Tr.2BAOw-nh_…'>, an id from UTF-7) and a ' 1.' list (<ol type='1'>); edited "
                 "by the 'admin' account but 'Lê Văn Tùng - Ban Tư vấn, Liên minh HTX tỉnh' closes it -> Lê Văn Tùng"],
          **day(datetime(2024, 5, 27))),
        A(path="", name="TinTuc/2024/HTXSauRiengDakMil",
          title="HTX Nông nghiệp Đức Mạnh mở rộng vùng sầu riêng đạt chuẩn xuất khẩu",
          body="""
HTX Nông nghiệp Đức Mạnh (huyện Đắk Mil) hiện có 150 ha sầu riêng được cấp mã số vùng trồng xuất khẩu.
HTX liên kết với doanh nghiệp thu mua toàn bộ sản phẩm, giá cao hơn thị trường khoảng 5.000 đồng/kg.
Năm 2024, HTX dự kiến xuất khẩu 1.200 tấn sầu riêng sang thị trường Trung Quốc.
""", byline="Theo Báo Đắk Nông", author=None,
          revs=[(datetime(2024, 5, 20, 15, 10, 0), "VanPhongLMHTX", "")],
          notes=["a reprint: 'Theo Báo Đắk Nông' closes the text: no author"],
          **day(datetime(2024, 5, 20))),
        A(path="", name="TinTuc/2024/DoiThoaiHTXDakGlong",
          title="Liên minh HTX tỉnh đối thoại với các HTX huyện Đắk Glong",
          body="""
Tối 2/6, Liên minh HTX tỉnh tổ chức buổi đối thoại với đại diện 18 HTX nông nghiệp huyện Đắk Glong.
Các HTX kiến nghị hỗ trợ vốn vay, đào tạo cán bộ quản lý và kết nối tiêu thụ cà phê, hồ tiêu.
Liên minh HTX tỉnh sẽ tổng hợp, báo cáo Ủy ban nhân dân tỉnh các kiến nghị vượt thẩm quyền.
""", author=None,
          revs=[(datetime(2024, 6, 3, 0, 20, 33), "admin", "")],
          notes=["created at 00:20 on 3 June about the evening before ('Tối 2/6' is the event): the typed line 'Ngày "
                 "đăng: 03/06/2024'; the footer 'last edited 2024-06-02 17:20:33 by admin', the info page and the RSS "
                 "(dc:date 2024-06-02T17:20:33Z) are UTC: the 2nd if read naively; published 2024-06-03; no byline: author "
                 "null"],
          **day(datetime(2024, 6, 3))),
        A(path="", name="TinTuc/2024/AnhHTXCaPheThuanAn",
          title="Ảnh: HTX Nông nghiệp Dịch vụ Thuận An chăm sóc cà phê đầu mùa mưa",
          body="""
Đầu mùa mưa, các thành viên HTX Nông nghiệp Dịch vụ Thuận An (huyện Đắk Mil) tập trung chăm sóc 320 ha cà phê.
[img ca-phe-thuan-an-1.png] Thành viên HTX bón phân hữu cơ cho vườn cà phê
[img ca-phe-thuan-an-2.png] Cán bộ kỹ thuật hướng dẫn tỉa cành, tạo tán cho cây cà phê
[img ca-phe-thuan-an-3.png] Vườn ươm cây giống cà phê của HTX
HTX đang áp dụng quy trình sản xuất cà phê bền vững để đáp ứng quy định chống phá rừng của châu Âu.
""", byline="Bài, ảnh: Nguyễn Lâm", author="Nguyễn Lâm",
          revs=[(datetime(2024, 6, 5, 10, 40, 18), "TranThuHa", "")],
          notes=["photo story: each {{attachment:…}} an img.attachment served by ?action=AttachFile&do=get&target=…png, its "
                 "caption the italic paragraph under it (one line each); 'Bài, ảnh: Nguyễn Lâm' closes it -> author"],
          **day(datetime(2024, 6, 5))),
        A(path="", name="TinTuc/2024/AnToanThucPhamHTX",
          title="Tập huấn an toàn thực phẩm cho HTX chế biến nông sản",
          body="""
Ngày 12/4, Liên minh HTX tỉnh phối hợp với Chi cục An toàn vệ sinh thực phẩm tập huấn cho 35 HTX chế biến nông sản.
Các HTX được hướng dẫn điều kiện cơ sở sản xuất, ghi nhãn hàng hóa và hồ sơ tự công bố sản phẩm.
Sau tập huấn, 12 HTX đăng ký được hỗ trợ cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.
""", byline="Tin: Phạm Quốc Bảo", author="Phạm Quốc Bảo", category=False,
          revs=[(datetime(2024, 4, 15, 9, 12, 40), "HoangThiMai", ""),
                (datetime(2024, 5, 2, 14, 3, 9), "HoangThiMai", "Sửa lỗi chính tả")],
          opts={"old": ("tập huấn cho 35 HTX chế biến nông sản.", "tập huấn cho 35 HTX chế biến nông sản")},
          notes=["the oldest item: among the news lists only on /TinTuc/TinCu (the index's second part, items 5-8 by NAME); "
                 "no CategoryTinTuc line, older than RecentChanges' 30 days; typed 'Ngày đăng: 15/04/2024' while the footer "
                 "says 'last edited 2024-05-02 07:03:09' (a later typo fix); 'Tin: Phạm Quốc Bảo' -> author"],
          **day(datetime(2024, 4, 15))),
    ]


def content_html(a: MoinArticle, old: bool = False) -> str:
    """The page's HTML as MoinMoin 1.9's wiki parser writes it (line anchors, line classes)."""
    n = 1
    out = ['<span class="anchor" id="top"></span>']

    def ln() -> str:
        nonlocal n
        n += 1
        return f'<span class="anchor" id="line-{n}"></span>'

    out.append(f'<span class="anchor" id="line-1"></span><h1 id="{anchor(a.title)}">{esc(a.title)}</h1>')
    out.append(f'{ln()}<p class="line862"><em>Ngày đăng: {a.date:%d/%m/%Y}</em> {ln()}</p>')
    page = a.name
    blocks = a.blocks
    head = a.opts.get("br_head", 0)
    if head:  # lines typed with <<BR>>: one paragraph
        out.append(f'{ln()}<p class="line874">' + "<br>\n".join(f"{inline_html(b.text)} {ln()}" for b in blocks[:head])
                   + "</p>")
        blocks = blocks[head:]
    for b in blocks:
        if b.kind == "p":
            text = b.text
            if old and a.opts.get("old") and a.opts["old"][1] in text:
                text = text.replace(a.opts["old"][1], a.opts["old"][0])
            out.append(f'{ln()}<p class="line874">{inline_html(text)} {ln()}</p>')
        elif b.kind == "h":
            out.append(f'{ln()}<h2 id="{anchor(b.text)}">{esc(b.text)}</h2>')
        elif b.kind in ("ol", "ul"):
            tag = '<ol type="1">' if b.kind == "ol" else "<ul>"
            out.append(ln() + tag + "".join(f'<li><p class="line862">{inline_html(x)} {ln()}</li>' for x in b.items)
                       + f"</{b.kind}>")
        elif b.kind == "table":
            rows = []
            for i, row in enumerate(b.rows):
                cells = "\n".join(f'  <td><p class="line891"><strong>{esc(c)}</strong></td>' if i == 0 else
                                  f'  <td><p class="line891">{esc(c)}</td>' for c in row)
                rows.append(f"<tr>\n{cells}\n</tr>\n")
            out.append(f'{ln()}<div><table><tbody>{"".join(rows)}</tbody></table></div>')
        elif b.kind == "img":
            src = f"/{page}?action=AttachFile&amp;do=get&amp;target={b.src}"
            out.append(f'{ln()}<p class="line874"><img alt="{attr(b.text)}" class="attachment" src="{src}" title="{attr(b.text)}" />'
                       f" {ln()}</p>")
            if b.text:
                out.append(f'{ln()}<p class="line862"><em>{esc(b.text)}</em> {ln()}</p>')
    for x in a.attachments:
        target = x["path"].split("target=")[1]
        out.append(f'{ln()}<p class="line862"><a class="attachment" href="/{page}?action=AttachFile&amp;do=get&amp;target='
                   f'{target}" title="{attr(target)}">{esc(x["text"])}</a> {ln()}</p>')
    if a.byline:
        out.append(f'{ln()}<p class="line862"><strong>{esc(a.byline)}</strong> {ln()}</p>')
    if a.category:
        out.append(f'{ln()}<div><hr></div><p class="line874"><a href="/CategoryTinTuc">CategoryTinTuc</a> {ln()}</p>')
    out.append('<span class="anchor" id="bottom"></span>')
    return "\n".join(out)


def raw_text(a: MoinArticle) -> str:
    lines = ["#language vi", f"= {a.title} =", f"''Ngày đăng: {a.date:%d/%m/%Y}''", ""]
    head = a.opts.get("br_head", 0)
    if head:
        lines += [f"{inline_text(b.text)}<<BR>>" for b in a.blocks[:head - 1]] + [inline_text(a.blocks[head - 1].text), ""]
    for b in a.blocks[head:]:
        if b.kind == "p":
            lines += [inline_text(b.text), ""]
        elif b.kind == "h":
            lines += [f"== {b.text} ==", ""]
        elif b.kind in ("ol", "ul"):
            lines += [(" 1. " if b.kind == "ol" else " * ") + x for x in b.items] + [""]
        elif b.kind == "table":
            lines += ["||" + "||".join(f"'''{c}'''" if i == 0 else c for c in row) + "||" for i, row in enumerate(b.rows)]
            lines.append("")
        elif b.kind == "img":
            lines += [f"{{{{attachment:{b.src}|{b.text}}}}}", "", f"''{b.text}''", ""]
    for x in a.attachments:
        lines += [f"[[attachment:{x['text']}|{x['text']}|&do=get]]", ""]
    if a.byline:
        lines += [f"'''{a.byline}'''", ""]
    if a.category:
        lines += ["----", "CategoryTinTuc"]
    return "\n".join(lines) + "\n"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dak-nong", f"{WIKI} (MoinMoin 1.9)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/RecentChanges?action=rss_rc&ddiffs=1&unique=1" % SITE])
    site.extra_boilerplate += FURN
    arts = articles()
    by_name = sorted(arts, key=lambda a: a.name, reverse=True)
    for a in arts:
        a.path = "/" + a.name
    pages_made: set[str] = set()
    links_to: dict[str, list[str]] = {"CategoryTinTuc": [a.name for a in arts if a.category],
                                      "TinTuc": ["FrontPage"], "TinTuc/TinCu": ["TinTuc"]}

    def q(name: str) -> str:
        return quote(name, safe="")

    def backlink(name: str) -> str:
        return f"/{name}?action=fullsearch&context=180&value=linkto%3A%22{q(name)}%22"

    def rss_link(name: str) -> str:
        return f"/{name}?diffs=1&show_att=1&action=rss_rc&unique=0&page={q(name)}&ddiffs=1"

    def layout(name: str, content: str, *, title_text: str | None = None, robots: str = "index,nofollow",
               info: tuple[str, str] | None = None) -> str:
        """modernist's page: head links, header (logo, login, h1#locationline, navibar, editbar), content, footer."""
        segs = name.split("/")
        if title_text is None:
            parts = []
            for i, s in enumerate(segs[:-1]):
                sub = "/".join(segs[:i + 1])
                cls = ' class="nonexistent"' if sub in ("TinTuc/2024", "TinTuc/2023") else ""
                parts.append(f'<a{cls} href="/{sub}">{esc(s)}</a>')
            parts.append(f'<a class="backlink" href="{esc(backlink(name))}" rel="nofollow" title="Click to do a full-text '
                         f'search for this title">{esc(segs[-1])}</a>')
            location = '<span class="sep">/</span>'.join(parts)
        else:
            location = esc(title_text)
        navi = "".join(f'<li class="wikilink"><a href="/{p}">{p}</a></li>' for p in NAVI)
        if name not in NAVI:
            navi += f'<li class="current"><a href="/{name}">{esc(segs[-1])}</a></li>'
        up = f'<link rel="Up" href="/{"/".join(segs[:-1])}">\n' if len(segs) > 1 else ""
        editbar = (f'<ul class="editbar"><li><span class="disabled">Trang không sửa được</span></li><li class="toggleCommentsButton" '
                   f'style="display:none;"><a href="#" class="nbcomment" onClick="toggleComments();return false;">Comments</a></li>'
                   f'<li><a class="nbinfo" href="/{name}?action=info" rel="nofollow">Thông tin</a></li><li><a class="nbattachments" '
                   f'href="/{name}?action=AttachFile" rel="nofollow">Đính kèm</a></li><li>\n<form class="actionsmenu" method="GET" '
                   f'action="/{name}">\n<div>\n    <label>Thêm thao tác:</label>\n    <select name="action"\n        '
                   f'onchange="if ((this.selectedIndex != 0) &&\n                      (this.options[this.selectedIndex].disabled == '
                   f'false)) {{\n                this.form.submit();\n            }}\n            this.selectedIndex = 0;">\n'
                   f'<option value="raw">Mã nguồn</option>\n<option value="print">Bản in</option>\n<option value="refresh">Xóa '
                   f'đệm</option>\n<option value="show" disabled class="disabled">--------</option>\n<option value="SpellCheck">'
                   f'Kiểm tra chính tả</option>\n<option value="LikePages">Trang tương tự</option>\n<option value="LocalSiteMap">'
                   f'Sơ đồ trang</option>\n</select>\n    <input type="submit" value="Thực hiện">\n</div>\n</form>\n</li></ul>')
        pageinfo = ""
        if info:
            when, who = info
            pageinfo = (f'<p id="pageinfo" class="info" lang="vi" dir="ltr">{esc(name)}  (last edited {when} by <span title="'
                        f'{who} @ 14.177.236.{len(who) * 7 % 250}[14.177.236.{len(who) * 7 % 250}]">{who}</span>)</p>\n')
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html>
<head>
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html;charset=utf-8">
<meta name="robots" content="{robots}">
<title>{esc(name)} - {esc(WIKI)}</title>
<script type="text/javascript" src="/moin_static1911/common/js/common.js"></script>

<script type="text/javascript">
<!--
var search_hint = "Tìm kiếm";
//-->
</script>


<link rel="stylesheet" type="text/css" charset="utf-8" media="all" href="/moin_static1911/modernist/css/common.css">
<link rel="stylesheet" type="text/css" charset="utf-8" media="screen" href="/moin_static1911/modernist/css/screen.css">
<link rel="stylesheet" type="text/css" charset="utf-8" media="print" href="/moin_static1911/modernist/css/print.css">
<link rel="stylesheet" type="text/css" charset="utf-8" media="projection" href="/moin_static1911/modernist/css/projection.css">

<link rel="alternate" title="{attr(WIKI)}: {attr(name)}" href="{esc(rss_link(name))}" type="application/rss+xml">

<link rel="Start" href="/FrontPage">
<link rel="Alternate" title="Wiki Markup" href="/{name}?action=raw">
<link rel="Alternate" media="print" title="Print View" href="/{name}?action=print">
{up}<link rel="Search" href="/FindPage">
<link rel="Index" href="/TitleIndex">
<link rel="Glossary" href="/WordIndex">
<link rel="Help" href="/HelpOnFormatting">
</head>

<body  lang="vi" dir="ltr">

<div id="header">

<form id="searchform" method="get" action="/{name}">
<div>
<input type="hidden" name="action" value="fullsearch">
<input type="hidden" name="context" value="180">
<label for="searchinput">Tìm kiếm:</label>
<input id="searchinput" type="text" name="value" value="" size="20"
    onfocus="searchFocus(this)" onblur="searchBlur(this)"
    onkeyup="searchChange(this)" onchange="searchChange(this)" alt="Search">
<input id="titlesearch" name="titlesearch" type="submit"
    value="Tiêu đề" alt="Search Titles">
<input id="fullsearch" name="fullsearch" type="submit"
    value="Nội dung" alt="Search Full Text">
</div>
</form>
<script type="text/javascript">
<!--// Initialize search form
var f = document.getElementById('searchform');
f.getElementsByTagName('label')[0].style.display = 'none';
var e = document.getElementById('searchinput');
searchChange(e);
searchBlur(e);
//-->
</script>

<div id="logo"><a href="/FrontPage"><img src="/moin_static1911/common/lmhtx-daknong.png" alt="{attr(WIKI)}"></a></div>
<div id="username"><a href="/{name}?action=login" id="login" rel="nofollow">Đăng nhập</a></div>
<h1 id="locationline">

<span id="pagelocation">{location}</span>
</h1>


<ul id="navibar">
{navi}
</ul>

<div id="pageline"><hr style="display:none;"></div>

{editbar}

</div>

<div id="page" lang="vi" dir="ltr">
<div dir="ltr" id="content" lang="vi">
{content}
</div>
{pageinfo}
<div id="pagebottom"></div>
</div>


<div id="footer">
{editbar}
<p class="footer-address">{esc(FOOTER)}</p>
<ul id="credits">
<li><a href="{{{{base:offsite}}}}/moinmoin/" title="This site uses the MoinMoin Wiki software.">MoinMoin Powered</a></li><li><a href="{{{{base:offsite}}}}/python/" title="MoinMoin is written in Python.">Python Powered</a></li><li><a href="{{{{base:offsite}}}}/gpl/" title="MoinMoin is GPL licensed.">GPL licensed</a></li><li><a href="{{{{base:offsite}}}}/w3c-validator/" title="Click here to validate this page.">Valid HTML 4.01</a></li>
</ul>
</div>
</body>
</html>
"""

    def print_view(name: str, content: str, info: tuple[str, str] | None) -> str:
        pageinfo = (f'<p id="pageinfo" class="info" lang="vi" dir="ltr">{esc(name)}  (last edited {info[0]} by {info[1]})</p>'
                    if info else "")
        return (f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\n<html>\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html;charset=utf-8">\n<meta name="robots" content="noindex,nofollow">\n'
                f"<title>{esc(name)} - {esc(WIKI)}</title>\n<link rel=\"stylesheet\" type=\"text/css\" charset=\"utf-8\" "
                f'media="all" href="/moin_static1911/modernist/css/common.css">\n<link rel="stylesheet" type="text/css" '
                f'charset="utf-8" media="all" href="/moin_static1911/modernist/css/print.css">\n</head>\n<body  lang="vi" '
                f'dir="ltr">\n<div id="page" lang="vi" dir="ltr">\n<div dir="ltr" id="content" lang="vi">\n{content}\n</div>\n'
                f"{pageinfo}\n</div>\n</body>\n</html>\n")

    login_done = []

    def wiki_page(name: str, content: str, *, raw: str, revs: list, attachments: list[str] = (),
                  article: MoinArticle | None = None) -> None:
        """A page and every action URL its chrome links."""
        path = "/" + name
        last = revs[-1] if revs else None
        info = (f"{z(last[0]):%Y-%m-%d %H:%M:%S}", last[1]) if last else None
        site.page(path, layout(name, content, info=info), content_type=HTML)
        pages_made.add(name)
        site.page(f"{path}?action=print", print_view(name, content, info), content_type=HTML)
        site.page(f"{path}?action=raw", raw, content_type="text/plain; charset=utf-8")
        # info: the revision history (UTC)
        rows = []
        for i, (when, who, comment) in reversed(list(enumerate(revs, 1))):
            view = f'<a href="{path}">xem</a>' if i == len(revs) else f'<a href="{path}?action=recall&amp;rev={i}">xem</a>'
            diff = f' <a href="{path}?action=diff&amp;rev1={i - 1}&amp;rev2={i}">so sánh</a>' if i > 1 else ""
            rows.append(f"<tr>\n<td>{i}</td>\n<td>{z(when):%Y-%m-%d %H:%M:%S}</td>\n<td>{len(raw) - (len(revs) - i) * 12}</td>\n"
                        f"<td><span title=\"{who}\">{who}</span></td>\n<td>{esc(comment)}</td>\n<td>{view}{diff}</td>\n</tr>")
        info_html = (f'<h2>Lịch sử sửa đổi</h2>\n<div><table id="dbw.table"><tbody><tr>\n<th>#</th>\n<th>Ngày</th>\n<th>Kích '
                     f'thước</th>\n<th>Người sửa</th>\n<th>Ghi chú</th>\n<th>Thao tác</th>\n</tr>\n' + "\n".join(rows)
                     + "</tbody></table></div>")
        site.page(f"{path}?action=info", layout(name, info_html, title_text=f"Thông tin về {name}", robots="noindex,nofollow"),
                  content_type=HTML)
        site.non_articles.append(f"{path}?action=info")
        # attachments
        if attachments:
            lis = "".join(f'<li>[ <a href="{path}?action=AttachFile&amp;do=get&amp;target={f}">tải về</a> | <a href="{path}?action='
                          f'AttachFile&amp;do=view&amp;target={f}">xem</a> ] (2024-06-01 02:00:00, 112.4 KB) <strong>{f}</strong>'
                          "</li>" for f in attachments)
            att = f"<p>Có {len(attachments)} tệp đính kèm trong trang <strong>{esc(name)}</strong>.</p><ul>{lis}</ul>"
        else:
            att = f"<p>Không có tệp đính kèm nào trong trang <strong>{esc(name)}</strong>.</p>"
        site.page(f"{path}?action=AttachFile", layout(name, '<h2>Tệp đính kèm</h2>\n' + att, title_text=f"Tệp đính kèm của {name}",
                                                      robots="noindex,nofollow"), content_type=HTML)
        site.non_articles.append(f"{path}?action=AttachFile")
        for f in attachments:
            view = (f'<h2>Tệp đính kèm "{f}"</h2>\n<p><a href="{path}?action=AttachFile&amp;do=get&amp;target={f}">Tải về '
                    f"tệp {f}</a></p>")
            site.page(f"{path}?action=AttachFile&do=view&target={f}",
                      layout(name, view, title_text=f"Tệp đính kèm của {name}", robots="noindex,nofollow"), content_type=HTML)
            site.non_articles.append(f"{path}?action=AttachFile&do=view&target={f}")
        # login (one form for every page)
        login = (f'<div class="error">{esc(LOGIN_NOTE)}</div><form action="/{name}" method="POST" name="loginform"><input '
                 'type="hidden" name="action" value="login"><table><tr><td>Tên</td><td><input type="text" name="name" size="32">'
                 '</td></tr><tr><td>Mật khẩu</td><td><input type="password" name="password" size="32"></td></tr></table><input '
                 'type="submit" name="login" value="Đăng nhập"></form>')
        site.page(f"{path}?action=login", layout(name, login, title_text="Đăng nhập", robots="noindex,nofollow"), content_type=HTML)
        login_done.append(f"{path}?action=login")
        site.non_articles.append(f"{path}?action=login")
        # the title link's backlink search
        hits = links_to.get(name, [])
        res = ("".join(f'<li><a href="/{h}">{esc(h)}</a></li>' for h in hits))
        search = (f'<div class="searchresults"><p class="searchstats">Kết quả 1 - {len(hits)} trong {len(hits)} kết quả cho '
                  f'"linkto:&quot;{esc(name)}&quot;"</p><ul>{res}</ul></div>' if hits else
                  f'<p class="searchstats">Không tìm thấy trang nào cho "linkto:&quot;{esc(name)}&quot;".</p>')
        site.page(backlink(name), layout(name, search, title_text=f'Kết quả tìm kiếm nội dung cho "linkto:"{name}""',
                                         robots="noindex,nofollow"), content_type=HTML)
        site.non_articles.append(backlink(name))
        # the page's RSS (rss_rc for one page, UTC)
        items = "".join(f"<item rdf:about=\"{{{{base}}}}{path}\"><title>{esc(name)}</title><link>{{{{base}}}}{path}</link>"
                        f"<dc:date>{z(w):%Y-%m-%dT%H:%M:%S}Z</dc:date><dc:contributor><rdf:Description><rdf:value>{who}"
                        f"</rdf:value></rdf:Description></dc:contributor><wiki:version>{i}</wiki:version><description>"
                        f"{esc(c)}</description></item>" for i, (w, who, c) in enumerate(revs, 1))
        site.page(rss_link(name), rdf(f"{WIKI}: {name}", path, items), content_type=RSS)
        if article is not None:
            article.aliases.append(f"{path}?action=print")
        else:
            site.non_articles += [path, f"{path}?action=print"]

    def rdf(title: str, link: str, items: str) -> str:
        return ('<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/'
                'elements/1.1/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:wiki="http://purl.org/rss/1.0/'
                f'modules/wiki/"><channel rdf:about="{{{{base}}}}{link}"><title>{esc(title)}</title><link>{{{{base}}}}{link}'
                f"</link><description>{esc(WIKI)}</description></channel>{items}</rdf:RDF>\n")

    # the news pages
    for a in arts:
        files = [b.src for b in a.blocks if b.kind == "img"] + [x["text"] for x in a.attachments]
        wiki_page(a.name, content_html(a), raw=raw_text(a), revs=a.revs, attachments=files, article=a)
        for b in a.blocks:
            if b.kind == "img":
                name = f"_attach/{a.name.replace('/', '_')}_{b.src}"
                site.files[name] = image_for(b.src)
                site.routes.append({"path": f"/{a.name}?action=AttachFile&do=get&target={b.src}", "file": name,
                                    "content_type": "image/png"})
        for x in a.attachments:
            name = f"_attach/{a.name.replace('/', '_')}_{x['text']}"
            site.files[name] = pdf(a.title, ["LIEN MINH HTX TINH DAK NONG", "THONG BAO SO 08/TB-LMHTX"])
            site.routes.append({"path": x["path"], "file": name, "content_type": "application/pdf"})
        if len(a.revs) > 1:
            old = content_html(a, old=True)
            when1 = z(a.revs[0][0])
            site.page(f"/{a.name}?action=recall&rev=1",
                      layout(a.name, f'<div class="message"><strong>Phiên bản 1 lúc {when1:%Y-%m-%d %H:%M:%S}</strong></div>\n'
                             + old, title_text=a.name, robots="noindex,nofollow"), content_type=HTML)
            o, nw = a.opts["old"]
            diff = (f'<div class="diff-header">Khác biệt giữa phiên bản 1 và 2</div><table class="diff"><tr><td class="diff-'
                    f'removed"><span>- {esc(o)}</span></td><td class="diff-added"><span>+ {esc(nw)}</span></td></tr></table>'
                    f"<hr>\n{content_html(a)}")
            site.page(f"/{a.name}?action=diff&rev1=1&rev2=2", layout(a.name, diff, title_text=f"Khác biệt cho \"{a.name}\"",
                                                                     robots="noindex,nofollow"), content_type=HTML)
            site.non_articles += [f"/{a.name}?action=recall&rev=1", f"/{a.name}?action=diff&rev1=1&rev2=2"]
        site.add_article(a)
    notice = arts[0]
    site.trap("every page's actions: ?action=print (an alias), ?action=raw (wiki markup, text/plain), ?action=info (the "
              "revision history in UTC), ?action=AttachFile, ?action=login, the title link's backlink search, the page's "
              "RSS; the notice's ?action=recall&rev=1 (the old deadline) and ?action=diff&rev1=1&rev2=2 (the current text "
              "under the diff): no articles", f"/{notice.name}?action=diff&rev1=1&rev2=2")
    for missing in ("/TinTuc/2024", "/TinTuc/2023"):
        site.error(missing, 404)
    site.trap("the location line's parent links /TinTuc/2024 (rel=Up too) are non-existent pages (404)", "/TinTuc/2024")

    # the news index: Include of full pages by NAME, 4 + the rest
    def included(a: MoinArticle) -> str:
        return (f'<h2 id="{a.name}"><a class="include-heading-link" href="/{a.name}">{esc(a.name)}</a></h2>\n<div dir="ltr" '
                f'id="content" lang="vi">{content_html(a)}</div>')

    first, rest = by_name[:4], by_name[4:]
    idx = ('<span class="anchor" id="top"></span>\n<span class="anchor" id="line-1"></span><h1 id="Tin_t.2BHqk-c">Tin tức</h1>\n'
           '<span class="anchor" id="line-2"></span><p class="line874">Tin hoạt động, thông báo của Liên minh HTX tỉnh Đắk Nông. '
           '<span class="anchor" id="line-3"></span></p>\n' + "\n".join(included(a) for a in first)
           + '\n<span class="anchor" id="line-5"></span><p class="line862"><a href="/TinTuc/TinCu">Xem các tin cũ hơn »</a> '
           '<span class="anchor" id="line-6"></span></p>\n<span class="anchor" id="bottom"></span>')
    wiki_page("TinTuc", idx, raw='#language vi\n= Tin tức =\nTin hoạt động, thông báo của Liên minh HTX tỉnh Đắk Nông.\n\n'
              '<<Include(^TinTuc/2024/.*,"",2,sort=descending,items=4)>>\n\n[[TinTuc/TinCu|Xem các tin cũ hơn »]]\n',
              revs=[(datetime(2023, 3, 2, 9, 0), "admin", "")])
    old_idx = ('<span class="anchor" id="top"></span>\n<span class="anchor" id="line-1"></span><h1 id="Tin_c.2BHak-">Tin cũ</h1>\n'
               + "\n".join(included(a) for a in rest)
               + '\n<span class="anchor" id="line-3"></span><p class="line862"><a href="/TinTuc">« Tin mới</a> <span '
               'class="anchor" id="line-4"></span></p>\n<span class="anchor" id="bottom"></span>')
    wiki_page("TinTuc/TinCu", old_idx, raw='#language vi\n= Tin cũ =\n<<Include(^TinTuc/2024/.*,"",2,sort=descending,'
              'items=10,skipitems=4)>>\n\n[[TinTuc|« Tin mới]]\n', revs=[(datetime(2023, 3, 2, 9, 5), "admin", "")])
    site.trap("the news index /TinTuc includes four pages IN FULL (<<Include(^TinTuc/2024/.*,\"\",2,sort=descending,"
              "items=4)>>: sorted by page NAME, not date), each under an h2 link 'TinTuc/2024/…' and a nested div#content; "
              "/TinTuc/TinCu ('Xem các tin cũ hơn »', skipitems=4) the other four: lists holding whole texts, no articles",
              "/TinTuc/TinCu")

    # category, front page, system pages
    cat = [a for a in arts if a.category]
    cat_html = ('<span class="anchor" id="top"></span>\n<p class="line874">Các trang tin tức của Liên minh HTX tỉnh.</p>\n'
                f'<div class="searchresults"><p class="searchstats">Kết quả 1 - {len(cat)} trong {len(cat)} kết quả cho '
                '"category:CategoryTinTuc"</p><ul>' + "".join(f'<li><a href="/{a.name}">{a.name}</a></li>'
                                                                for a in sorted(cat, key=lambda a: a.name)) + "</ul></div>")
    wiki_page("CategoryTinTuc", cat_html, raw="Các trang tin tức của Liên minh HTX tỉnh.\n\n"
              "<<FullSearchCached(category:CategoryTinTuc)>>\n\n----\nCategoryCategory\n",
              revs=[(datetime(2023, 3, 2, 9, 10), "admin", "")])
    front = ('<span class="anchor" id="top"></span>\n<span class="anchor" id="line-1"></span><h1 id="Wiki_Li.2BAOo-n_minh_HTX_'
             '.2BAOA-k_N.2BAPQ-ng">Wiki Liên minh HTX Đắk Nông</h1>\n<p class="line874">Trang tri thức và tin tức về kinh tế tập '
             'thể của Liên minh Hợp tác xã tỉnh Đắk Nông. <span class="anchor" id="line-2"></span></p>\n<ul><li><p class="line862">'
             '<a href="/TinTuc">Tin tức</a> <span class="anchor" id="line-3"></span></li><li><p class="line862"><a href="/'
             'CategoryTinTuc">CategoryTinTuc</a> <span class="anchor" id="line-4"></span></li><li><p class="line862"><a href="/'
             'RecentChanges">RecentChanges</a> <span class="anchor" id="line-5"></span></li></ul>\n'
             '<span class="anchor" id="bottom"></span>')
    wiki_page("FrontPage", front, raw="#language vi\n= Wiki Liên minh HTX Đắk Nông =\n", revs=[(datetime(2023, 3, 1, 8, 0), "admin", "")])
    site.same_page("/", "/FrontPage")
    site.non_articles.append("/")
    site.trap("/ = FrontPage, /CategoryTinTuc (a FullSearch of the category: the oldest item lacks the category line), "
              "/TitleIndex (every page), /FindPage, /WordIndex, /HelpContents, /HelpOnFormatting: no articles",
              "/CategoryTinTuc")

    # RecentChanges (14 days, UTC days and times) and its RSS
    changes = sorted([(w, a.name, who, c, i) for a in arts for i, (w, who, c) in enumerate(a.revs, 1)
                      if NOW - w < timedelta(days=30)], reverse=True)
    rc_rows, day = [], None
    for w, name, who, c, i in changes:
        d = z(w).date()
        if d != day:
            rc_rows.append(f'<tr><td colspan="6" class="rcdaybreak">{d:%Y-%m-%d}</td></tr>')
            day = d
        icon = (f'<a href="/{name}?action=diff&amp;rev1={i - 1}&amp;rev2={i}"><img src="/moin_static1911/modernist/img/moin-diff'
                '.png" alt="[DIFF]" title="[DIFF]"></a>' if i > 1 else
                f'<a href="/{name}"><img src="/moin_static1911/modernist/img/moin-new.png" alt="[MỚI]" title="[MỚI]"></a>')
        rc_rows.append(f'<tr class="rcrow"><td class="rcicon1">{icon}</td><td class="rcpagelink"><a href="/{name}">{name}</a></td>'
                       f'<td class="rctime">{z(w):%H:%M}</td><td class="rcicon2"><a href="/{name}?action=info"><img src="/'
                       f'moin_static1911/modernist/img/moin-info.png" alt="[INFO]" title="[INFO]"></a></td><td class="rceditor">'
                       f'<span title="{who}">{who}</span></td><td class="rccomment">{esc(c)}</td></tr>')
    rc = ('<span class="anchor" id="top"></span>\n<div class="recentchanges" dir="ltr" lang="vi">\n<table>\n<tr><td class='
          '"rcrss"><a href="/RecentChanges?action=rss_rc&amp;ddiffs=1&amp;unique=1"><img src="/moin_static1911/modernist/img/'
          'moin-rss.png" alt="[RSS]" title="[RSS]"></a></td><td class="rchead" colspan="4">[1 ngày] [2 ngày] [3 ngày] [7 '
          'ngày] [14 ngày] [30 ngày]</td></tr>\n' + "\n".join(rc_rows) + "\n</table>\n</div>")
    wiki_page("RecentChanges", rc, raw="<<RecentChanges(max_days=30)>>\n", revs=[(datetime(2023, 3, 1, 8, 0), "admin", "")])
    items = "".join(f'<item rdf:about="{{{{base}}}}/{name}"><title>{esc(name)}</title><link>{{{{base}}}}/{name}'
                    f'{"?action=diff&amp;rev1=%d&amp;rev2=%d" % (i - 1, i) if i > 1 else ""}</link><dc:date>'
                    f"{z(w):%Y-%m-%dT%H:%M:%S}Z</dc:date><dc:contributor><rdf:Description><rdf:value>{who}</rdf:value>"
                    f"</rdf:Description></dc:contributor><wiki:version>{i}</wiki:version><description>{esc(c)}</description>"
                    f"</item>" for w, name, who, c, i in changes)
    site.page("/RecentChanges?action=rss_rc&ddiffs=1&unique=1", rdf(f"{WIKI}: RecentChanges", "/RecentChanges", items),
              content_type=RSS)
    site.trap("RecentChanges (<<RecentChanges(max_days=30)>>; the day breaks and times in UTC: the 3 June item sits under 2024-06-02 at 17:20) "
              "and its RSS 1.0 (dc:date '…Z'): no publication dates of their own", "/RecentChanges")

    everything = sorted(pages_made | {"TitleIndex", "FindPage", "WordIndex", "HelpContents", "HelpOnFormatting"})
    ti = ('<span class="anchor" id="top"></span>\n<div><p><a href="#C">C</a> | <a href="#F">F</a> | <a href="#H">H</a> | <a '
          'href="#R">R</a> | <a href="#T">T</a> | <a href="#W">W</a></p><ul>' + "".join(f'<li><a href="/{p}">{p}</a></li>'
                                                                                     for p in everything) + "</ul></div>")
    wiki_page("TitleIndex", ti, raw="<<TitleIndex>>\n", revs=[])
    wiki_page("FindPage", '<p class="line874">Dùng ô tìm kiếm ở đầu trang để tìm theo tiêu đề hoặc nội dung.</p>\n'
              '<form method="get" action="/FindPage"><input type="hidden" name="action" value="fullsearch"><input type="text" '
              'name="value" size="30"><input type="submit" value="Tìm"></form>', raw="<<FullSearch>>\n", revs=[])
    wiki_page("WordIndex", '<p class="line874">Chỉ mục từ của các trang wiki.</p>', raw="<<WordIndex>>\n", revs=[])
    wiki_page("HelpContents", '<p class="line874">Trợ giúp sử dụng MoinMoin: xem <a href="/HelpOnFormatting">HelpOnFormatting'
              "</a>.</p>", raw="## Please edit system and help pages ONLY in the master wiki!\n", revs=[])
    wiki_page("HelpOnFormatting", '<p class="line874">Định dạng văn bản: <tt>\'\'nghiêng\'\'</tt>, <tt>\'\'\'đậm\'\'\'</tt>, '
              "<tt>= Tiêu đề =</tt>.</p>", raw="## Please edit system and help pages ONLY in the master wiki!\n", revs=[])

    site.static("/robots.txt", "User-agent: *\nCrawl-delay: 20\n# This has to match script url + cfg.url_prefix_action - it\n"
                "# saves lots of search engine load and traffic by disallowing crawlers\n# to request action related URLs.\n"
                "#\n# NOTE - in order to make this have any effect, you have to set\n#        url_prefix_action to \"action\", "
                "cf. HelpOnConfiguration\n\nDisallow: /action/\n")
    site.trap("robots.txt is MoinMoin's stock one: 'Disallow: /action/' with url_prefix_action unset matches nothing: "
              "?action=login, ?action=raw etc. are fetchable (and no articles)", "/FrontPage?action=login")
    site.binary("/moin_static1911/common/lmhtx-daknong.png", image_for("lmhtx-daknong"))
    return site
