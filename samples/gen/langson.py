"""Site `lmhtx-langson` (registry family `generic`): the Lạng Sơn cooperative alliance on an old
**Lotus Domino** web database (`/lmhtx/web.nsf`), built blind as a held-out test: no family module,
no selectors.

Why it is hard: everything is a query URL on one database. A document is
`/lmhtx/web.nsf/0/<32-hex UNID>?OpenDocument`; the same document opened from a view is
`/lmhtx/web.nsf/TinTuc/<UNID>?OpenDocument` (the views link so), and a document with a collapsible
section also answers `…?OpenDocument&ExpandSection=1` (the section open: the `$FILE` attachment
link shows). No rel=canonical, no heading elements: the page is nested `<table>`s and `<font>` tags;
the document's fields sit in a table of bold labels ("Tiêu đề:", "Ngày đăng:", "Người viết:",
"Chuyên mục:") and values, the title being the value of "Tiêu đề:". The date is Domino's
"14/03/2024 08:30:00 AM" (12-hour clock with AM/PM and seconds: "12:15:00 PM" is a quarter past
noon, "03:00:00 PM" is 15:00); views print only "14/03/2024". The rich-text Body renders its
paragraphs as `<font>` runs ended by `<br>` (no `<p>`), centred `<div align=center>` photo captions,
a right-aligned byline `<div align=right>`. "Người viết:" is sometimes a person (the author, not text),
sometimes the Domino account "Admin/LMHTX" (never an author) with the reporter in the closing byline.
Views are tables (`?OpenView`, `&Start=6`) with "Next"/"Previous" image links; the introduction is a
document of another form at the same `/0/<UNID>?OpenDocument` shape (no date): not an article. One
document's "Ngày đăng:" field is empty: its text says "Ngày 12/3", the view prints 12/03/2024.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import TODAY_2024, Article, SiteBuild, attr, esc, inline_html, pdf, weekday

SITE = "lmhtx-langson"
NAME = "Liên minh Hợp tác xã tỉnh Lạng Sơn"
HTML = "text/html; charset=utf-8"
DB = "/lmhtx/web.nsf"
HOME = f"{DB}/Home?OpenPage"
VIEW_NEWS = "TinTuc"
VIEW_DOCS = "VanBan"
CONTACT = f"{DB}/LienHe?OpenForm"
SEARCH = f"{DB}/TinTuc?SearchView&Query=ocop"
LOGIN = "/names.nsf?Login"
PER = 5
ACCOUNT = "Admin/LMHTX"

TODAY = f"{weekday(TODAY_2024)}, ngày {TODAY_2024:%d/%m/%Y}"
SLOGANS = ["Nhiệt liệt chào mừng kỷ niệm 78 năm Ngày Hợp tác xã Việt Nam 11/4",
           "Phát triển kinh tế tập thể - Động lực xây dựng nông thôn mới xứ Lạng"]
SIDE = ["Danh mục", "Tin mới nhận", "Số lượt truy cập: 0.412.877", "Đang truy cập: 6", "Thời tiết Lạng Sơn",
        "Sương mù buổi sáng, trưa chiều hửng nắng", "Độ ẩm: 84%", "Liên kết"]
POLL_Q = "Bạn biết đến Liên minh HTX tỉnh qua kênh nào?"
POLL_A = ("Báo, đài địa phương", "Cổng thông tin này", "Cán bộ Liên minh tới HTX")
UI = ["Tiêu đề:", "Ngày đăng:", "Người viết:", "Chuyên mục:", "Tệp đính kèm", "Trở về", "In tài liệu",
      "Tài liệu khác"]
FOOTER = ["LIÊN MINH HỢP TÁC XÃ TỈNH LẠNG SƠN",
          "Địa chỉ: Số 2 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn",
          "Điện thoại: 0205.3812.475 - Fax: 0205.3812.476",
          "Chịu trách nhiệm: Ông Hoàng Văn Hồng - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 03/GP-STTTT ngày 12/02/2014 của Sở Thông tin và Truyền thông Lạng Sơn",
          "Ghi rõ nguồn \"Liên minh HTX Lạng Sơn\" khi sử dụng thông tin từ website này",
          "Lotus Domino Web Server"]
BOILERPLATE = [TODAY, *SLOGANS, *SIDE, POLL_Q, *POLL_A, *UI, *FOOTER]


def unid(key: str) -> str:
    return hashlib.md5(("langson:" + key).encode()).hexdigest().upper()


def doc_path(view: str, u: str, expand: bool = False) -> str:
    return f"{DB}/{view}/{u}?OpenDocument" + ("&ExpandSection=1" if expand else "")


def domino(d: datetime) -> str:
    return d.strftime("%d/%m/%Y %I:%M:%S %p")


def post(key: str, view: str, d: datetime, title: str, **kw) -> Article:
    u = unid(key)
    a = Article(path=doc_path("0", u), title=title, date=d, **kw)
    a.opts.update(unid=u, view=view)
    return a


def dated(d: datetime) -> dict:
    return dict(published=d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[Article]:
    P = post
    return [
        P("hoi-van-quan", VIEW_NEWS, datetime(2024, 3, 14, 8, 30), "HTX Hồi Văn Quan đầu tư lò chưng cất tinh dầu hồi",
          lead="HTX Nông lâm nghiệp Văn Quan vừa đưa vào vận hành lò chưng cất tinh dầu hồi công suất 2 tấn hoa hồi tươi mỗi mẻ, giúp thành viên bán được hoa hồi giá cao hơn.",
          body="""
HTX có 28 thành viên, quản lý gần 300 ha rừng hồi tại các xã Tân Đoàn, Tràng Các và Hữu Lễ của huyện Văn Quan.
Trước đây, hoa hồi chủ yếu được phơi khô bán cho thương lái, giá lên xuống thất thường; nay HTX chưng cất tinh dầu và bán cho các doanh nghiệp dược phẩm, mỹ phẩm theo hợp đồng.
[img lo-chung-cat-hoi.png] Lò chưng cất tinh dầu hồi của HTX Nông lâm nghiệp Văn Quan
Tổng vốn đầu tư lò chưng cất và nhà xưởng khoảng 1,8 tỷ đồng, trong đó 500 triệu đồng vay từ Quỹ hỗ trợ phát triển HTX tỉnh.
Năm 2024, HTX dự kiến sản xuất 6 tấn tinh dầu hồi, doanh thu khoảng 4 tỷ đồng.
""",
          author="Hoàng Lan", **dated(datetime(2024, 3, 14, 8, 30)), opts={"writer": "Hoàng Lan", "cat": "Tin hoạt động"},
          notes=["fields in a table of bold labels: 'Tiêu đề:' (the title's only place besides <title>), 'Ngày đăng: "
                 "14/03/2024 08:30:00 AM', 'Người viết: Hoàng Lan' (the author, not text); the Body is <font> runs ended "
                 "by <br>, no <p>; the lead a bold run before it",
                 "three addresses: /lmhtx/web.nsf/0/<UNID>?OpenDocument (home page, 'Tài liệu khác'), "
                 "/lmhtx/web.nsf/TinTuc/<UNID>?OpenDocument (the view's links); no rel=canonical: one article"]),
        P("cv-35-hoi-cho", VIEW_DOCS, datetime(2024, 3, 11, 15, 0),
          "Công văn về việc đăng ký tham gia Hội chợ sản phẩm HTX vùng Đông Bắc năm 2024",
          body="""
LIÊN MINH HTX TỈNH LẠNG SƠN
Số: 35/LMHTX-VP
V/v đăng ký tham gia Hội chợ sản phẩm HTX vùng Đông Bắc năm 2024
Lạng Sơn, ngày 08 tháng 3 năm 2024
Kính gửi: Các hợp tác xã, liên hiệp hợp tác xã trên địa bàn tỉnh.
Thực hiện Kế hoạch của Liên minh HTX Việt Nam về tổ chức Hội chợ sản phẩm HTX vùng Đông Bắc năm 2024 tại thành phố Lạng Sơn từ ngày 18 đến ngày 22/4/2024, Liên minh HTX tỉnh đề nghị các HTX có sản phẩm đạt chuẩn OCOP, sản phẩm chủ lực đăng ký tham gia.
Các HTX tham gia được hỗ trợ 100% chi phí thuê gian hàng tiêu chuẩn và một phần chi phí vận chuyển.
Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX tỉnh trước ngày 25/3/2024.
Nơi nhận: Như trên; Liên minh HTX Việt Nam (b/c); Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Lương Thị Thu
""",
          author=None, doc_number="35/LMHTX-VP", **dated(datetime(2024, 3, 11, 15, 0)),
          opts={"writer": ACCOUNT, "cat": "Văn bản chỉ đạo", "pdf": "CV-35-LMHTX-VP.pdf", "section": True},
          notes=["official letter 'Số: 35/LMHTX-VP', place-date line 'Lạng Sơn, ngày 08 tháng 3 năm 2024' three days "
                 "before 'Ngày đăng: 11/03/2024 03:00:00 PM' (= 15:00, PM); 'Người viết: Admin/LMHTX' is the Domino "
                 "account: author null; signer last",
                 "the PDF is in a collapsed section 'Tệp đính kèm' (twistie link …?OpenDocument&ExpandSection=1#_Section1); "
                 "the expanded page (an alias: the same text) shows $FILE/CV-35-LMHTX-VP.pdf: an attachment, not "
                 "text; the document is in the VanBan view (/lmhtx/web.nsf/VanBan/<UNID>?OpenDocument)"]),
        P("tap-huan-ke-toan", VIEW_NEWS, datetime(2024, 3, 12, 0, 0),
          "Tập huấn nghiệp vụ kế toán cho cán bộ HTX",
          lead="Ngày 12/3, Liên minh HTX tỉnh phối hợp với Trường Cao đẳng nghề Lạng Sơn khai giảng lớp tập huấn nghiệp vụ kế toán cho 45 cán bộ HTX.",
          body="""
Trong 5 ngày, học viên được hướng dẫn chế độ kế toán áp dụng cho HTX theo Thông tư số 71/2019/TT-BTC, lập báo cáo tài chính và sử dụng phần mềm kế toán miễn phí.
Đa số học viên là kế toán của các HTX mới thành lập năm 2023 ở các huyện Bình Gia, Văn Lãng và Đình Lập.
Kết thúc khóa học, học viên đạt yêu cầu được cấp giấy chứng nhận.
""",
          author=None, published="2024-03-12T00:00:00+07:00", published_source="listing", evidence=["listing"],
          opts={"writer": "", "cat": "Tin hoạt động", "no_date": True},
          notes=["'Ngày đăng:' field empty and 'Người viết:' empty; the lead says 'Ngày 12/3' (no year); the TinTuc "
                 "view prints '12/03/2024' in its date column -> published from the listing, midnight; no author"]),
        P("trien-khai-2024", VIEW_NEWS, datetime(2024, 3, 5, 14, 20), "Liên minh HTX tỉnh triển khai nhiệm vụ năm 2024",
          lead="Chiều 4/3, Liên minh HTX tỉnh Lạng Sơn tổ chức hội nghị triển khai nhiệm vụ năm 2024.",
          body="""
Năm 2023, toàn tỉnh thành lập mới 58 HTX, nâng tổng số lên 412 HTX; doanh thu bình quân đạt 2,1 tỷ đồng/HTX.
## Chỉ tiêu chủ yếu năm 2024
* Thành lập mới 50 HTX, trong đó 20 HTX nông nghiệp ứng dụng công nghệ cao;
* Hỗ trợ 25 sản phẩm của HTX tham gia Chương trình OCOP;
* Giải ngân 10 tỷ đồng vốn Quỹ hỗ trợ phát triển HTX.
Hội nghị cũng ký kết chương trình phối hợp với Hội Nông dân tỉnh giai đoạn 2024 - 2026.
""",
          byline="Mai Phương", author="Mai Phương", **dated(datetime(2024, 3, 5, 14, 20)),
          opts={"writer": "Mai Phương", "cat": "Tin hoạt động"},
          notes=["a bold <font size=3> heading run and a <ul> (Domino writes <li> without </li>) in the Body; byline "
                 "'Mai Phương' last (<div align=right>): part of the text, and the author ('Người viết:' says the same)"]),
        P("thach-den-trang-dinh", VIEW_NEWS, datetime(2024, 2, 27, 10, 0), "Thạch đen Tràng Định vươn ra thị trường cả nước",
          lead="Từ một sản phẩm nông sản thô, thạch đen Tràng Định nay đã có mặt ở nhiều siêu thị nhờ các HTX đầu tư chế biến.",
          body="""
Huyện Tràng Định có hơn 1.000 ha cây thạch đen; 4 HTX chế biến thạch đen đã có sản phẩm đạt chuẩn OCOP 3 và 4 sao.
HTX Thạch đen Hùng Sơn đầu tư dây chuyền sản xuất bột thạch đen hòa tan và thạch đen đóng cốc, mỗi năm tiêu thụ khoảng 200 tấn cây khô của nông dân.
Sản phẩm được bán qua sàn thương mại điện tử và hệ thống cửa hàng đặc sản ở Hà Nội.
Nguồn: Báo Lạng Sơn
""",
          author=None, **dated(datetime(2024, 2, 27, 10, 0)), opts={"writer": ACCOUNT, "cat": "Tin hoạt động"},
          notes=["the text ends with 'Nguồn: Báo Lạng Sơn' (right-aligned italic): a source; 'Người viết: Admin/LMHTX' "
                 "is the account: author null"]),
        P("anh-dao-mau-son", VIEW_NEWS, datetime(2024, 2, 1, 16, 45), "Ảnh: HTX đào cảnh Mẫu Sơn vào vụ Tết Giáp Thìn",
          lead="Những ngày giáp Tết, các thành viên HTX Đào cảnh Mẫu Sơn tất bật chăm sóc, vận chuyển đào phục vụ thị trường.",
          body="""
[img dao-1.png] Vườn đào của HTX ở xã Mẫu Sơn, huyện Lộc Bình
[img dao-2.png] Thành viên HTX tỉa cành, tạo dáng đào thế
[img dao-3.png] Đào cảnh được đóng gói để chuyển về xuôi
[img dao-4.png] Khách hàng chọn đào tại điểm bán của HTX ở thành phố Lạng Sơn
""",
          byline="Ảnh: Hoàng Anh", author="Hoàng Anh", **dated(datetime(2024, 2, 1, 16, 45)),
          opts={"writer": ACCOUNT, "cat": "Phóng sự ảnh"},
          notes=["photo story: four $FILE photos, each with a centred italic caption <div align=center> (one line "
                 "each); 'Ảnh: Hoàng Anh' last (right-aligned): part of the text, author Hoàng Anh; 'Người viết: "
                 "Admin/LMHTX' is the account, not the author; '01/02/2024 04:45:00 PM' = 16:45"]),
        P("hong-bao-lam", VIEW_NEWS, datetime(2024, 1, 15, 12, 15), "HTX hồng không hạt Bảo Lâm xây dựng thương hiệu",
          lead="Sau khi được cấp nhãn hiệu chứng nhận, hồng không hạt Bảo Lâm của HTX Nông nghiệp Hồng Phong được bán với giá cao gấp đôi.",
          body="""
HTX có 36 thành viên với 40 ha hồng không hạt tại xã Hồng Phong, huyện Cao Lộc.
[img hong-bao-lam.png] Thành viên HTX Nông nghiệp Hồng Phong thu hoạch hồng không hạt
Mỗi quả hồng đều dán tem truy xuất nguồn gốc; vụ năm 2023, HTX tiêu thụ hơn 120 tấn quả.
HTX đang liên kết với doanh nghiệp để sấy dẻo hồng, kéo dài thời gian bán sản phẩm.
""",
          author="Lộc Hiền", **dated(datetime(2024, 1, 15, 12, 15)), opts={"writer": "Lộc Hiền", "cat": "Tin hoạt động"},
          notes=["'Ngày đăng: 15/01/2024 12:15:00 PM' is a quarter past noon (12 PM), not past midnight; author "
                 "'Người viết: Lộc Hiền' (not text); only in the TinTuc view's second page (&Start=6)"]),
        P("tong-ket-2023", VIEW_NEWS, datetime(2024, 1, 8, 9, 0), "Liên minh HTX tỉnh tổng kết công tác năm 2023",
          lead="Sáng 8/1, Liên minh HTX tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác năm 2023.",
          body="""
Năm 2023, Liên minh HTX tỉnh tư vấn thành lập mới 58 HTX, tổ chức 10 lớp bồi dưỡng cho 520 lượt cán bộ HTX.
Quỹ hỗ trợ phát triển HTX giải ngân 8,6 tỷ đồng cho 27 dự án của HTX.
Liên minh HTX tỉnh được UBND tỉnh tặng Bằng khen vì thành tích xuất sắc.
""",
          byline="Thanh Hà", author="Thanh Hà", **dated(datetime(2024, 1, 8, 9, 0)),
          opts={"writer": "Thanh Hà", "cat": "Tin hoạt động"},
          notes=["oldest document: only in the TinTuc view's second page (&Start=6, reached by the 'Next' image link); "
                 "byline 'Thanh Hà' last: part of the text, the author"]),
    ]


F = 'face="Arial"'


def font(text: str, size: int = 2) -> str:
    return f'<font size="{size}" {F}>{text}</font>'


def img(a: Article, name: str) -> str:
    return f"{DB}/0/{a.opts['unid']}/$FILE/{name}"


def rich_text(a: Article) -> str:
    out = []
    if a.lead:
        out.append(f"<b>{font(esc(a.lead))}</b><br>")
    for b in a.blocks:
        if b.kind == "p":
            t = inline_html(b.text)
            if b.text.startswith("Nguồn: "):
                out.append(f'<div align="right"><i>{font(t)}</i></div>')
            elif b.text.isupper() or b.text.startswith(("Số: ", "V/v ")):
                out.append(f'<div align="center"><b>{font(t)}</b></div>')
            elif b.text.startswith(("Lạng Sơn, ngày", "KT. ")):
                out.append(f'<div align="right"><i>{font(t)}</i></div>')
            else:
                out.append(f"{font(t)}<br>")
        elif b.kind == "h":
            out.append(f'<b><font size="3" {F} color="#003399">{inline_html(b.text)}</font></b><br>')
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{font(inline_html(i))}" for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<div align="center"><img src="{img(a, b.src)}" width="500" height="333" border="0"></div>')
            if b.text:
                out.append(f'<div align="center"><i><font size="1" {F}>{inline_html(b.text)}</font></i></div>')
            out.append("<br>")
    if a.byline:
        out.append(f'<div align="right"><b>{font(esc(a.byline))}</b></div>')
    return "\n".join(out)


def field_row(label: str, value: str) -> str:
    return (f'<tr valign="top"><td width="120" bgcolor="#EFEFEF"><b>{font(label)}</b></td>'
            f'<td width="520">{font(value)}</td></tr>')


def document(a: Article, expanded: bool, others: list[Article]) -> str:
    rows = [field_row("Tiêu đề:", f"<b>{esc(a.title)}</b>"),
            field_row("Ngày đăng:", "" if a.opts.get("no_date") else domino(a.date)),
            field_row("Người viết:", esc(a.opts.get("writer", ""))),
            field_row("Chuyên mục:", esc(a.opts["cat"]))]
    section = ""
    if a.opts.get("section"):
        u = a.opts["unid"]
        name = a.opts["pdf"]
        if expanded:
            section = (f'<a name="_Section1"></a><a href="{doc_path("0", u)}"><img src="/icons/collapse.gif" '
                       f'border="0" alt="Hide details for Tệp đính kèm"></a><b>{font("Tệp đính kèm")}</b><br>'
                       f'<img src="/icons/pdf.gif" border="0"> <a href="{img(a, name)}">{font(esc(name))}</a>'
                       f' {font("(198 KB)", 1)}<br>')
        else:
            section = (f'<a name="_Section1"></a><a href="{doc_path("0", u, True)}#_Section1"><img '
                       f'src="/icons/expand.gif" border="0" alt="Show details for Tệp đính kèm"></a>'
                       f'<b>{font("Tệp đính kèm")}</b><br>')
    more = "".join(f'<tr><td>{font("&#187;")} <a href="{o.path}">{font(esc(o.title))}</a> '
                   f'{font("(" + o.date.strftime("%d/%m/%Y") + ")", 1)}</td></tr>' for o in others)
    return (f'<form method="post" action="{DB}/0/{a.opts["unid"]}?OpenDocument" name="_Tin">'
            f'<input type="hidden" name="__Click" value="0">'
            f'<table border="0" cellspacing="0" cellpadding="3" width="640">{"".join(rows)}</table><hr size="1">'
            f'<table border="0" cellpadding="4" width="640"><tr><td>{rich_text(a)}</td></tr></table>'
            f'{section}<hr size="1">'
            f'<a href="{DB}/{a.opts["view"]}?OpenView">{font("Trở về")}</a> | '
            f'<a href="javascript:window.print()">{font("In tài liệu")}</a>'
            f'<br><br><b>{font("Tài liệu khác", 2)}</b><table border="0">{more}</table></form>')


def left_menu() -> str:
    items = [(HOME, "Trang chủ"), (f"{DB}/0/{unid('gioi-thieu')}?OpenDocument", "Giới thiệu"),
             (f"{DB}/TinTuc?OpenView", "Tin tức - Hoạt động"), (f"{DB}/VanBan?OpenView", "Văn bản"),
             (CONTACT, "Liên hệ - Góp ý")]
    rows = "".join(f'<tr><td bgcolor="#DCE6F2"><img src="/icons/ecblank.gif" width="8" height="1"><a href="{h}">'
                   f'{font("<b>" + t + "</b>")}</a></td></tr>' for h, t in items)
    return f'<table border="0" cellspacing="1" cellpadding="4" width="180"><tr><td bgcolor="#1F4E79">' \
           f'<font size="2" {F} color="#FFFFFF"><b>{SIDE[0]}</b></font></td></tr>{rows}</table>'


def right_col(arts: list[Article]) -> str:
    news = "".join(f'<tr><td>{font("&#8226;")} <a href="{a.path}">{font(esc(a.title))}</a></td></tr>'
                   for a in arts[:5])
    poll = "".join(f'<input type="radio" name="Poll" value="{i}">{font(esc(o))}<br>' for i, o in enumerate(POLL_A, 1))
    return (f'<table border="0" cellpadding="3" width="200">'
            f'<tr><td bgcolor="#1F4E79"><font size="2" {F} color="#FFFFFF"><b>{SIDE[1]}</b></font></td></tr>{news}'
            f'<tr><td bgcolor="#1F4E79"><font size="2" {F} color="#FFFFFF"><b>Thăm dò ý kiến</b></font></td></tr>'
            f'<tr><td>{font(esc(POLL_Q))}<br>{poll}<input type="button" value="Biểu quyết"></td></tr>'
            f'<tr><td bgcolor="#1F4E79"><font size="2" {F} color="#FFFFFF"><b>{SIDE[4]}</b></font></td></tr>'
            f'<tr><td>{font("16°C")}<br>{font(SIDE[5])}<br>{font(SIDE[6])}</td></tr>'
            f'<tr><td>{font(SIDE[2])}<br>{font(SIDE[3])}</td></tr>'
            f'<tr><td bgcolor="#1F4E79"><font size="2" {F} color="#FFFFFF"><b>{SIDE[7]}</b></font></td></tr>'
            '<tr><td><a href="{{base:offsite}}/lmhtx-vn/" target="_blank"><font size="2" face="Arial">Liên minh HTX '
            'Việt Nam</font></a><br><a href="{{base:offsite}}/chinh-phu/" target="_blank"><font size="2" face="Arial">'
            'Cổng TTĐT Chính phủ</font></a></td></tr></table>')


def layout(title: str, main: str, arts: list[Article]) -> str:
    foot = "<br>".join(font(esc(x), 1) for x in FOOTER[:6])
    return f"""<html>
<head>
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<script language="JavaScript" type="text/javascript">
<!--
document._domino_target = "_self";
function _doClick(v, o, t) {{
  var url="{DB}/0/?OpenDocument&Click=" + v;
  if (o.href != null) o.href = url; else {{ document.forms[0].__Click.value = v; document.forms[0].submit(); }}
}}
// -->
</script>
</head>
<body text="#000000" bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table border="0" cellspacing="0" cellpadding="0" width="1000" align="center">
<tr><td colspan="3" bgcolor="#1F4E79"><font size="1" {F} color="#FFFFFF">{TODAY}</font></td></tr>
<tr><td colspan="3"><a href="{HOME}"><img src="/lmhtx/web.nsf/banner.png" width="1000" height="140" border="0"
 alt="{NAME}"></a></td></tr>
<tr><td colspan="3" bgcolor="#C00000"><marquee><font size="2" {F} color="#FFFF00"><b>{esc(SLOGANS[0])}
 &nbsp;*&nbsp; {esc(SLOGANS[1])}</b></font></marquee></td></tr>
<tr valign="top">
<td width="180">{left_menu()}</td>
<td width="620">{main}</td>
<td width="200">{right_col(arts)}</td>
</tr>
<tr><td colspan="3" align="center" bgcolor="#DCE6F2">{foot}<br><font size="1" {F} color="#808080">{FOOTER[6]}</font>
<br><a href="{LOGIN}">{font("Quản trị", 1)}</a></td></tr>
</table>
</body>
</html>
"""


def view_table(view: str, items: list[Article]) -> str:
    head = (f'<tr><th align="left" bgcolor="#DCE6F2">{font("<b>Ngày</b>")}</th>'
            f'<th align="left" bgcolor="#DCE6F2">{font("<b>Tiêu đề</b>")}</th></tr>')
    rows = "".join(f'<tr valign="top"><td nowrap>{font(a.date.strftime("%d/%m/%Y"))}</td>'
                   f'<td><a href="{doc_path(view, a.opts["unid"])}">{font(esc(a.title))}</a></td></tr>' for a in items)
    return f'<table border="0" cellpadding="2" cellspacing="0" width="100%">{head}{rows}</table>'


def gif() -> bytes:
    return (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
            b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lang-son", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    for name in ("collapse", "expand", "pdf", "ecblank", "nextpage", "prevpage"):
        site.binary(f"/icons/{name}.gif", gif())
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        others = [o for o in arts if o is not a][:4]
        u = a.opts["unid"]
        page = layout(a.title, document(a, False, others), arts)
        site.page(a.path, page, content_type=HTML)
        site.page(doc_path(a.opts["view"], u), page.replace(f'<form method="post" action="{DB}/0/',
                                                             f'<form method="post" action="{DB}/{a.opts["view"]}/'),
                  content_type=HTML)
        a.aliases = [doc_path(a.opts["view"], u)]
        if a.opts.get("section"):
            site.page(doc_path("0", u, True), layout(a.title, document(a, True, others), arts), content_type=HTML)
            a.aliases.append(doc_path("0", u, True))
            site.binary(img(a, a.opts["pdf"]), pdf("Công văn số 35/LMHTX-VP",
                                                   ["CONG VAN VE VIEC DANG KY THAM GIA HOI CHO HTX 2024",
                                                    "Lien minh HTX tinh Lang Son"]))
            a.attachments = [{"path": img(a, a.opts["pdf"]), "text": a.opts["pdf"]}]
        site.add_article(a)

    def view(name: str, caption: str, items: list[Article]) -> None:
        pages = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(pages):
            start = n * PER + 1
            url = f"{DB}/{name}?OpenView" + (f"&Start={start}" if n else "")
            nav = ""
            if n:
                prev = f"{DB}/{name}?OpenView" + (f"&Start={start - PER}" if n > 1 else "")
                nav += f'<a href="{prev}"><img src="/icons/prevpage.gif" border="0" alt="Previous"></a> '
            if n + 1 < len(pages):
                nav += (f'<a href="{DB}/{name}?OpenView&Start={start + PER}"><img src="/icons/nextpage.gif" '
                        f'border="0" alt="Next"></a>')
            main = (f'<font size="4" {F} color="#1F4E79"><b>{esc(caption)}</b></font><hr size="1">'
                    f'{nav}{view_table(name, chunk)}{nav}')
            site.page(url, layout(caption, main, arts), content_type=HTML)
            site.non_articles.append(url)

    news = [a for a in arts if a.opts["view"] == VIEW_NEWS]
    view(VIEW_NEWS, "Tin tức - Hoạt động", news)
    view(VIEW_DOCS, "Văn bản", [a for a in arts if a.opts["view"] == VIEW_DOCS])
    site.trap("views /lmhtx/web.nsf/TinTuc?OpenView and …?OpenView&Start=6: Domino view tables (date column "
              "'14/03/2024', title links to /TinTuc/<UNID>?OpenDocument), 'Next'/'Previous' only as image links "
              "(/icons/nextpage.gif, alt text); page 2 holds the oldest documents", f"{DB}/TinTuc?OpenView&Start=6")

    home = (f'<font size="4" {F} color="#1F4E79"><b>Tin tức - Hoạt động</b></font><hr size="1">'
            + "".join(f'<table border="0" width="100%"><tr valign="top"><td width="130">'
                      + (f'<img src="{img(a, a.first_image())}" width="120" border="0">' if a.first_image() else "")
                      + f'</td><td><a href="{a.path}">{font("<b>" + esc(a.title) + "</b>")}</a><br>'
                        f'{font(a.date.strftime("%d/%m/%Y"), 1)}<br>{font(esc(a.lead or a.summary()))}</td></tr></table>'
                      for a in news[:4])
            + f'<br><a href="{DB}/TinTuc?OpenView">{font("Xem tiếp &#187;")}</a>')
    site.page(HOME, layout(NAME, home, arts), content_type=HTML)
    site.redirect("/", HOME, 302)
    about_u = unid("gioi-thieu")
    about = [
        "Liên minh Hợp tác xã tỉnh Lạng Sơn được thành lập năm 1997, là tổ chức kinh tế - xã hội đại diện cho các hợp "
        "tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
        "Liên minh tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ thành lập hợp tác xã; đào tạo, "
        "bồi dưỡng cán bộ; hỗ trợ xúc tiến thương mại và tiếp cận vốn cho các hợp tác xã.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra - Chính sách, Ban Tuyên truyền - Hỗ trợ và Quỹ hỗ trợ phát triển "
        "hợp tác xã tỉnh Lạng Sơn."]
    about_page = (f'<form method="post" action="{DB}/0/{about_u}?OpenDocument" name="_Trang">'
                  f'<font size="4" {F} color="#1F4E79"><b>Giới thiệu Liên minh HTX tỉnh Lạng Sơn</b></font><hr size="1">'
                  + "".join(f"{font(esc(p))}<br><br>" for p in about) + "</form>")
    about_path = f"{DB}/0/{about_u}?OpenDocument"
    site.page(about_path, layout("Giới thiệu", about_page, arts), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ - Góp ý", f'<form method="post" action="{DB}/LienHe?CreateDocument" '
                              f'name="_LienHe"><font size="4" {F}><b>Liên hệ - Góp ý</b></font><hr size="1">'
                              f'<table><tr><td>{font("Họ tên:")}</td><td><input name="HoTen"></td></tr>'
                              f'<tr><td>{font("Nội dung:")}</td><td><textarea name="NoiDung"></textarea></td></tr></table>'
                              '<input type="submit" value="Gửi ý kiến"></form>', arts), content_type=HTML)
    found = [a for a in news if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page(SEARCH, layout("Kết quả tìm kiếm", f'<font size="3" {F}><b>Kết quả tìm kiếm: ocop</b></font> '
                             f'{font("(" + str(len(found)) + " tài liệu)", 1)}<hr size="1">'
                             + view_table(VIEW_NEWS, found), arts), content_type=HTML)
    site.page(LOGIN, "<html><head><title>Server Login</title></head><body><form method=\"post\" action=\"/names.nsf?"
                     "Login\"><b>Server Login</b><br>User name: <input name=\"Username\"><br>Password: <input "
                     "type=\"password\" name=\"Password\"><br><input type=\"submit\" value=\"Log In\"></form></body></html>",
              content_type=HTML)
    site.non_articles += [HOME, about_path, CONTACT, SEARCH]
    site.never_fetched.append(LOGIN)
    site.trap("introduction /lmhtx/web.nsf/0/<UNID>?OpenDocument is a document of the 'Trang' form (title in "
              "<font size=4>, three paragraphs, no fields, no date): the articles' URL shape but not an article; "
              "contact form LienHe?OpenForm, full-text search TinTuc?SearchView&Query=ocop: not articles; the "
              "footer's 'Quản trị' link /names.nsf?Login is robots-disallowed: never fetch", about_path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /names.nsf\nDisallow: /*?EditDocument\n")
    return site
