"""Site `lmhtx-tuyenquang` (registry family `generic`): the old portal of the Tuyên Quang alliance
(Hà Giang merged into the province in 2025), built around 2008 in FrontPage on classic ASP and never
redesigned; built blind as a held-out test: no family module, no selectors.

The whole site is served in windows-1258, declared ONLY in the HTTP Content-Type header (no meta
charset; FrontPage's GENERATOR and ProgId metas instead), and every page has the same `<title>`,
the site's name without diacritics. The layout is nested tables with spacer GIFs; there is no
`<p>`, no heading, no class on the content: the title is `<font size="4" color="#003399"><b>`,
the date follows it in parentheses "(Cập nhật: 14/3/2024)" (no time), the text sits in one
`<font face="Arial" size="2">` with paragraphs separated by `<br><br>`, "- " items by one `<br>`,
photo captions in `<i>` after the photo's `<br>`, the byline bold at the end. Articles answer
at `/tintuc.asp?id=<n>&cat=<m>` (what the listings link) and at `/tintuc_chitiet.asp?ID=<n>` (what
the home page, "Tin tiêu điểm" and "Các tin khác" link): the same page, no rel=canonical.
Listings are `/tintuc.asp?cat=<m>` with `&trang=N`. A decision is posted as its "Số:" line and
a scanned image of the paper; a guestbook `/luubut.asp` holds visitors' dated posts.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, image_for, inline_html, iso, rtf, weekday

SITE = "lmhtx-tuyenquang"
NAME = "Liên minh Hợp tác xã tỉnh Tuyên Quang"
PER_PAGE = 4
HTML = "text/html"
NEWS, DOCS = 1, 3
CATS = {NEWS: "TIN HOẠT ĐỘNG", DOCS: "VĂN BẢN"}
ABOUT = "/gioithieu.asp"
CONTACT = "/lienhe.asp"
GALLERY = "/thuvienanh.asp"
GUESTBOOK = "/luubut.asp"
SEARCH = "/timkiem.asp?tukhoa=htx"
DOC_PATH = "/upload/vanban/KH18-LMHTX.doc"
SCAN = "/upload/vanban/qd45-2024.jpg"
# A 1x1 transparent GIF: the spacer of every table layout of the time.
SPACER = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Nhiệt liệt chào mừng Đại hội đại biểu Liên minh Hợp tác xã tỉnh Tuyên Quang lần thứ VII",
           "Phát triển kinh tế tập thể là nhiệm vụ của cả hệ thống chính trị"]
SIDE = ["Tin tiêu điểm", "Thời tiết", "Tuyên Quang: 24°C, trời nắng nhẹ", "Thăm dò ý kiến", "Số lượt truy cập:",
        "0.481.220", "Đang xem: 7", "Liên kết website", "Lưu bút", "Tìm kiếm"]
POLL_Q = "Bạn thấy trang web của Liên minh HTX tỉnh thế nào?"
POLL_A = ("Rất hữu ích", "Bình thường", "Cần cải tiến thêm")
FOOTER = ["Bản quyền © 2008 Liên minh Hợp tác xã tỉnh Tuyên Quang",
          "Chịu trách nhiệm nội dung: Ông Đặng Văn Hùng - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Tuyên Quang cấp ngày 10/3/2010",
          "Địa chỉ: Số 9 đường Tân Trào, phường Minh Xuân, tỉnh Tuyên Quang - Điện thoại: 0207.3822.156",
          "Trang web hiển thị tốt nhất với độ phân giải 1024 x 768, Internet Explorer 6.0"]
LABELS = ["Các tin khác:", "In trang", "Về đầu trang", "Quay lại", "Tăng tương phản", "Giảm tương phản", "Cỡ chữ:",
          "Bình chọn", "Xem kết quả", "TRANG CHỦ", "GIỚI THIỆU", "LIÊN HỆ"]


def path_of(n: int, cat: int = NEWS) -> str:
    return f"/tintuc.asp?id={n}&cat={cat}"


def alias_of(n: int) -> str:
    return f"/tintuc_chitiet.asp?ID={n}"


def listing(cat: int, page: int = 1) -> str:
    return f"/tintuc.asp?cat={cat}" + (f"&trang={page}" if page > 1 else "")


def articles() -> list[Article]:
    A = Article
    return [
        A(path=path_of(1187), title="HTX chè Shan tuyết Cao Bồ xuất bán lô chè đầu tiên sang châu Âu",
          date=datetime(2024, 10, 15),
          body="""
HTX Chè Shan tuyết Cao Bồ (xã Cao Bồ, huyện Vị Xuyên, tỉnh Hà Giang) vừa xuất bán 2 tấn chè xanh đặc sản sang Cộng hòa Séc và Ba Lan.
Để đáp ứng yêu cầu của thị trường, HTX chuyển 40 ha chè cổ thụ sang canh tác hữu cơ, không dùng thuốc bảo vệ thực vật từ năm 2021.
[img che-cao-bo.jpg] Thành viên HTX thu hái chè Shan tuyết cổ thụ
Liên minh HTX tỉnh Hà Giang cho biết sẽ tiếp tục hỗ trợ HTX tham gia các hội chợ xúc tiến thương mại trong và ngoài nước.
Nguồn: Báo Hà Giang
""",
          author=None,
          notes=["news of a neighbouring Hà Giang cooperative (the province merged into Tuyên Quang in 2025); last line 'Nguồn: Báo Hà Giang' in bold "
                 "like a byline: a source, author null"]),
        A(path=path_of(1152), title="Liên minh HTX tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện Luật Hợp tác xã",
          date=datetime(2024, 3, 14),
          lead="Ngày 12/3, Liên minh HTX tỉnh tổ chức hội nghị đánh giá 5 năm thi hành Luật Hợp tác xã năm 2012 trên địa bàn tỉnh.",
          body="""
Giai đoạn 2019 - 2023, toàn tỉnh thành lập mới 186 HTX, nâng tổng số lên 542 HTX; doanh thu bình quân một HTX đạt 1,7 tỷ đồng/năm.
[img hoi-nghi-tong-ket-luat.jpg] Quang cảnh hội nghị
Hội nghị chỉ ra một số hạn chế:
- Nhiều HTX quy mô nhỏ, vốn góp thấp, chưa xây dựng được phương án sản xuất kinh doanh dài hạn;
- Cán bộ quản lý HTX phần lớn chưa qua đào tạo chuyên môn;
- Liên kết giữa HTX với doanh nghiệp còn lỏng lẻo.
Năm 2024, Liên minh HTX tỉnh tập trung hướng dẫn các HTX tổ chức lại theo Luật Hợp tác xã năm 2023.
Thu Hằng
""",
          byline=None, author="Thu Hằng",
          notes=["no <p>: text in one <font face=\"Arial\" size=\"2\">, paragraphs split by <br><br>, '- ' lines by one <br>; "
                 "title a <font size=\"4\"><b>, date after it '(Cập nhật: 14/3/2024)'; lead bold; caption <br><i>…</i> "
                 "after the photo; byline bold last (author Thu Hằng)"]),
        A(path=path_of(1140), title="HTX cam sành Hàm Yên ứng dụng tưới nhỏ giọt",
          date=datetime(2024, 2, 27),
          body="""
HTX Nông nghiệp Phù Lưu (huyện Hàm Yên) vừa hoàn thành lắp đặt hệ thống tưới nhỏ giọt cho 25 ha cam sành của thành viên.
Hệ thống do HTX đầu tư bằng vốn vay Quỹ hỗ trợ phát triển HTX tỉnh và vốn góp của thành viên, tổng kinh phí gần 1,8 tỷ đồng.
[img cam-ham-yen.jpg] Hệ thống tưới nhỏ giọt tại vườn cam của HTX Phù Lưu
Theo tính toán của HTX, tưới nhỏ giọt giúp tiết kiệm 40% lượng nước và giảm một nửa công lao động so với tưới thủ công.
Bài và ảnh: Quang Huy
""",
          author="Quang Huy", notes=["byline 'Bài và ảnh: Quang Huy' bold at the end: part of the text, author Quang Huy"]),
        A(path=path_of(1133), title="Tập huấn nghiệp vụ kế toán cho HTX năm 2024",
          date=datetime(2024, 2, 6),
          body="""
Từ ngày 1 đến ngày 3/2, Liên minh HTX tỉnh phối hợp với Trường Chính trị tỉnh mở lớp tập huấn nghiệp vụ kế toán cho 55 học viên là kế toán các HTX.
Học viên được cập nhật chế độ kế toán áp dụng cho HTX, cách lập báo cáo tài chính và quyết toán thuế cuối năm.
Thu Hằng
""",
          author="Thu Hằng"),
        A(path=path_of(1121), title="HTX Hợp Thành giữ vững thương hiệu bưởi Xuân Vân",
          date=datetime(2024, 1, 10),
          body="""
Năm 2023, HTX Hợp Thành (huyện Yên Sơn) tiêu thụ hơn 900 tấn bưởi Xuân Vân, doanh thu đạt 13 tỷ đồng.
HTX yêu cầu các hộ thành viên ghi nhật ký sản xuất, dán tem truy xuất nguồn gốc trên từng quả bưởi trước khi xuất bán.
[img buoi-xuan-van.jpg] Bưởi Xuân Vân của HTX Hợp Thành được đóng hộp bán dịp Tết
Dịp Tết Giáp Thìn, HTX nhận đặt hàng của các siêu thị ở Hà Nội, Hải Phòng và Quảng Ninh.
Minh Đức
""",
          author="Minh Đức"),
        A(path=path_of(1109), title="HTX Dịch vụ du lịch Thanh Tân đón khách về Tân Trào",
          date=datetime(2023, 12, 4),
          body="""
HTX Dịch vụ du lịch Thanh Tân (xã Tân Trào, huyện Sơn Dương) có 24 nhà sàn đón khách lưu trú, phục vụ các đoàn về thăm Khu di tích quốc gia đặc biệt Tân Trào.
Thành viên HTX là đồng bào Tày; du khách được trải nghiệm hát then, đàn tính và nấu các món ăn truyền thống.
[img tan-trao.jpg] Đoàn du khách thưởng thức văn nghệ tại nhà sàn của HTX
Năm 2023, HTX đón hơn 9.000 lượt khách, doanh thu trên 2 tỷ đồng.
Minh Đức
""",
          author="Minh Đức"),
        A(path=path_of(1172, DOCS), title="Kế hoạch tổ chức Ngày hội sản phẩm HTX tỉnh Tuyên Quang năm 2024",
          date=datetime(2024, 3, 18), doc_number="18/KH-LMHTX",
          attachments=[{"path": DOC_PATH, "text": "KH18-LMHTX.doc"}],
          body="""
Số: 18/KH-LMHTX
Tuyên Quang, ngày 15 tháng 3 năm 2024
## KẾ HOẠCH Tổ chức Ngày hội sản phẩm hợp tác xã tỉnh Tuyên Quang năm 2024
Nhằm quảng bá sản phẩm của HTX, kết nối tiêu thụ nông sản, Liên minh HTX tỉnh xây dựng kế hoạch như sau:
- Thời gian: 3 ngày, từ ngày 19/4 đến ngày 21/4/2024.
- Địa điểm: Quảng trường Nguyễn Tất Thành, thành phố Tuyên Quang.
- Thành phần: 60 HTX, tổ hợp tác có sản phẩm OCOP, sản phẩm chủ lực của tỉnh.
TM. BAN THƯỜNG VỤ CHỦ TỊCH Đặng Văn Hùng
""",
          author=None,
          notes=["plan posted '(Cập nhật: 18/3/2024)' with 'Số: 18/KH-LMHTX' and the place-date line 'Tuyên Quang, ngày 15 "
                 "tháng 3 năm 2024' (the document's day); signer last in bold like a byline: author null; its Word file "
                 "after the text ('Tải về: KH18-LMHTX.doc')"]),
        A(path=path_of(1168, DOCS), title="Quyết định khen thưởng các HTX tiêu biểu năm 2023",
          date=datetime(2024, 3, 4), doc_number="45/QĐ-LMHTX",
          body="Số: 45/QĐ-LMHTX",
          author=None,
          notes=["decision posted as its 'Số: 45/QĐ-LMHTX' line and a scanned image of the paper (no other text, no "
                 "caption): an article whose text is that one line"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def item_id(a: Article) -> int:
    return int(a.path.split("id=")[1].split("&")[0])


def cat_of(a: Article) -> int:
    return int(a.path.rsplit("cat=", 1)[1])


def vn_date(d: datetime) -> str:
    return f"{d.day}/{d.month}/{d.year}"


def img(src: str) -> str:
    return f"/upload/anh/{src}"


def spacer(w: int = 1, h: int = 1) -> str:
    return f'<img border="0" src="/images/spacer.gif" width="{w}" height="{h}">'


def text_html(a: Article) -> str:
    """The article's text as the 2008 editor saved it: runs of text and <br>."""
    chunks = []
    if a.lead:
        chunks.append(f"<b>{inline_html(a.lead)}</b>")
    blocks = a.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind == "p" and b.text.startswith("- "):
            run = []
            while i < len(blocks) and blocks[i].kind == "p" and blocks[i].text.startswith("- "):
                run.append(inline_html(blocks[i].text))
                i += 1
            chunks.append("<br>\n".join(run))
            continue
        last = i == len(blocks) - 1 and a.path != path_of(1168, DOCS)
        if b.kind == "h" or (b.kind == "p" and last):
            chunks.append(f"<b>{inline_html(b.text)}</b>")
        elif b.kind == "p":
            chunks.append(inline_html(b.text))
        elif b.kind == "img":
            chunks.append(f'<img border="0" src="{img(b.src)}" width="400" height="270"><br>\n<i>{inline_html(b.text)}</i>')
        i += 1
    return "<br>\n<br>\n".join(chunks)


def bullet(href: str, text: str, d: datetime | None = None) -> str:
    when = f' <font face="Arial" size="1" color="#808080">({vn_date(d)})</font>' if d else ""
    return f'<img border="0" src="/images/bullet.gif" width="7" height="7"> <a href="{href}">{esc(text)}</a>{when}<br>'


def layout(main: str, hot: list[Article]) -> str:
    menu = "".join(f'<tr><td height="24" background="/images/menu_bg.gif">&nbsp;<img border="0" src="/images/arrow.gif" width="5" height="9">'
                   f' <a href="{h}"><font face="Arial" size="2" color="#003399"><b>{t}</b></font></a></td></tr>'
                   for h, t in [("/", "TRANG CHỦ"), (ABOUT, "GIỚI THIỆU"), (listing(NEWS), CATS[NEWS]),
                                (listing(DOCS), CATS[DOCS]), (GALLERY, "THƯ VIỆN ẢNH"), (GUESTBOOK, "LƯU BÚT"),
                                (CONTACT, "LIÊN HỆ")])
    hot_html = "".join(bullet(alias_of(item_id(a)), a.title) for a in hot)
    poll = "".join(f'<input type="radio" name="R1" value="V{i}">{esc(o)}<br>' for i, o in enumerate(POLL_A, 1))
    footer = "<br>\n".join(esc(x) for x in FOOTER)
    return f"""<html>

<head>
<meta http-equiv="Content-Language" content="vi">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>Lien minh HTX tinh Tuyen Quang</title>
<link rel="stylesheet" type="text/css" href="/style.css">
<script language="JavaScript" src="/js/menu.js"></script>
</head>

<body topmargin="0" leftmargin="0" bgcolor="#FFFFFF">

<div align="center">
<table border="0" width="778" cellspacing="0" cellpadding="0">
	<tr>
		<td colspan="5"><img border="0" src="/images/banner.png" width="778" height="120"></td>
	</tr>
	<tr>
		<td colspan="5" bgcolor="#003399" height="22"><font face="Arial" size="2" color="#FFFFFF">&nbsp;<b>{TODAY}</b></font>
		<font face="Arial" size="1" color="#FFFFFF">&nbsp;|&nbsp; Cỡ chữ: <a href="javascript:void(0)"><font color="#FFFFFF">A-</font></a> <a href="javascript:void(0)"><font color="#FFFFFF">A+</font></a> | <a href="javascript:void(0)"><font color="#FFFFFF">Tăng tương phản</font></a> <a href="javascript:void(0)"><font color="#FFFFFF">Giảm tương phản</font></a></font></td>
	</tr>
	<tr>
		<td colspan="5" bgcolor="#FFFFCC" height="20"><marquee scrollamount="2"><font face="Arial" size="2" color="#CC0000"><b>{esc(SLOGANS[0])}</b> *** <b>{esc(SLOGANS[1])}</b></font></marquee></td>
	</tr>
	<tr>
		<td width="170" valign="top" bgcolor="#EEF3FB">
		<table border="0" width="100%" cellspacing="0" cellpadding="0">
{menu}
		</table>
		{spacer(1, 10)}<br>
		<table border="0" width="100%" cellspacing="0" cellpadding="3">
			<tr><td bgcolor="#003399"><font face="Arial" size="2" color="#FFFFFF"><b>{SIDE[9]}</b></font></td></tr>
			<tr><td><form method="GET" action="/timkiem.asp"><input type="text" name="tukhoa" size="15"><input type="submit" value="Tìm"></form></td></tr>
			<tr><td bgcolor="#003399"><font face="Arial" size="2" color="#FFFFFF"><b>{SIDE[4]}</b></font></td></tr>
			<tr><td align="center"><font face="Arial" size="2"><b>{SIDE[5]}</b><br>{SIDE[6]}</font></td></tr>
		</table>
		</td>
		<td width="1" bgcolor="#CCCCCC">{spacer()}</td>
		<td width="436" valign="top">
{main}
		</td>
		<td width="1" bgcolor="#CCCCCC">{spacer()}</td>
		<td width="170" valign="top" bgcolor="#EEF3FB">
		<table border="0" width="100%" cellspacing="0" cellpadding="3">
			<tr><td bgcolor="#003399"><font face="Arial" size="2" color="#FFFFFF"><b>{SIDE[0]}</b></font></td></tr>
			<tr><td><font face="Arial" size="2">{hot_html}</font></td></tr>
			<tr><td bgcolor="#003399"><font face="Arial" size="2" color="#FFFFFF"><b>{SIDE[1]}</b></font></td></tr>
			<tr><td><font face="Arial" size="2">{SIDE[2]}</font></td></tr>
			<tr><td bgcolor="#003399"><font face="Arial" size="2" color="#FFFFFF"><b>{SIDE[3]}</b></font></td></tr>
			<tr><td><form action="javascript:void(0)"><font face="Arial" size="2">{esc(POLL_Q)}<br>{poll}<button type="button">Bình chọn</button> <a href="javascript:void(0)">Xem kết quả</a></font></form></td></tr>
			<tr><td bgcolor="#003399"><font face="Arial" size="2" color="#FFFFFF"><b>{SIDE[8]}</b></font></td></tr>
			<tr><td><font face="Arial" size="2"><a href="{GUESTBOOK}">Mời bạn ghi lưu bút</a></font></td></tr>
			<tr><td bgcolor="#003399"><font face="Arial" size="2" color="#FFFFFF"><b>{SIDE[7]}</b></font></td></tr>
			<tr><td><select size="1" onchange="window.open(this.value)"><option>--- Chọn website ---</option><option value="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</option></select><br>
			<a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank"><img border="0" src="/images/logo-chinhphu.png" width="160" height="50"></a></td></tr>
		</table>
		</td>
	</tr>
	<tr>
		<td colspan="5" bgcolor="#003399" height="2">{spacer()}</td>
	</tr>
	<tr>
		<td colspan="5" align="center" bgcolor="#EEF3FB"><font face="Arial" size="1">{footer}</font></td>
	</tr>
</table>
</div>

</body>

</html>
"""


def cat_bar(cat: int) -> str:
    return (f'<table border="0" width="100%" cellspacing="0" cellpadding="4"><tr><td bgcolor="#FFFFFF">'
            f'<img border="0" src="/images/icon_cat.gif" width="16" height="16"> <a href="{listing(cat)}">'
            f'<font face="Arial" size="2" color="#CC0000"><b>{CATS[cat]}</b></font></a></td></tr>'
            f'<tr><td background="/images/line.gif" height="1">{spacer()}</td></tr></table>')


def detail(a: Article, others: list[Article], text: str) -> str:
    tools = ('<font face="Arial" size="1">[<a href="javascript:window.print()">In trang</a>] '
             '[<a href="#">Về đầu trang</a>] [<a href="javascript:history.back()">Quay lại</a>]</font>')
    rel = "\n".join(bullet(alias_of(item_id(o)), o.title, o.date) for o in others[:6])
    return f"""{cat_bar(cat_of(a))}
		<table border="0" width="100%" cellspacing="0" cellpadding="5">
			<tr><td>{spacer(1, 6)}</td></tr>
			<tr><td><font size="4" color="#003399"><b>{esc(a.title)}</b></font> <font face="Arial" size="1" color="#808080">(Cập nhật: {vn_date(a.date)})</font></td></tr>
			<tr><td align="justify"><font face="Arial" size="2">{text}</font></td></tr>
			<tr><td align="right">{tools}</td></tr>
			<tr><td><font face="Arial" size="2" color="#CC0000"><b>Các tin khác:</b></font><br>
<font face="Arial" size="2">{rel}</font></td></tr>
		</table>"""


def list_rows(items: list[Article]) -> str:
    rows = []
    for a in items:
        pic = a.first_image()
        thumb = f'<img border="1" src="{img(pic)}" width="100" height="68" align="left" hspace="4">' if pic else ""
        rows.append(f'<tr><td valign="top">{thumb}<a href="{a.path}"><font face="Arial" size="2" color="#003399"><b>{esc(a.title)}</b>'
                    f'</font></a> <font face="Arial" size="1" color="#808080">({vn_date(a.date)})</font><br>'
                    f'<font face="Arial" size="2">{esc(a.summary())}</font></td></tr>'
                    f'<tr><td background="/images/dot_line.gif" height="1">{spacer()}</td></tr>')
    return '<table border="0" width="100%" cellspacing="0" cellpadding="4">' + "".join(rows) + "</table>"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tuyen-quang", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     default_encoding="windows-1258")
    site.extra_boilerplate += [TODAY, *SLOGANS, *SIDE, POLL_Q, *POLL_A, *FOOTER, *LABELS]
    for name in ("spacer", "bullet", "arrow", "menu_bg", "icon_cat", "line", "dot_line"):
        site.binary(f"/images/{name}.gif", SPACER)
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    stub = Article(path=path_of(1160), title="Ảnh: Gian hàng HTX tại Hội chợ xuân Tuyên Quang",
                   date=datetime(2024, 2, 20), body="[img hoi-cho-xuan.jpg] Gian hàng nông sản của các HTX tại hội chợ")
    everything = sorted(arts + [stub], key=lambda a: a.date, reverse=True)
    hot = arts[:5]

    for a in arts:
        a.published = iso(a.date, with_time=False)
        a.published_source = "date-element"
        a.evidence = ["date-element", "listing"]
        a.aliases = [alias_of(item_id(a))]
        site.add_article(a)
        others = [o for o in everything if o is not a]
        text = text_html(a)
        if a.doc_number == "45/QĐ-LMHTX":
            text = (f"<b>{esc(a.body)}</b><br>\n<br>\n"
                    f'<img border="0" src="{SCAN}" width="420" height="594" alt="{attr(a.title)}">')
        if a.attachments:
            att = a.attachments[0]
            text += (f'<br>\n<br>\n<img border="0" src="/images/icon_doc.gif" width="16" height="16"> '
                     f'Tải về: <a href="{att["path"]}">{esc(att["text"])}</a>')
        site.page(a.path, layout(detail(a, others, text), hot))
        site.same_page(alias_of(item_id(a)), a.path)
        for block in a.blocks:
            if block.kind == "img":
                site.binary(img(block.src), image_for(block.src))
    site.binary("/images/icon_doc.gif", SPACER)
    site.binary(SCAN, image_for(SCAN))
    site.binary(DOC_PATH, rtf(["LIÊN MINH HTX TỈNH TUYÊN QUANG", "Số: 18/KH-LMHTX",
                               "KẾ HOẠCH Tổ chức Ngày hội sản phẩm hợp tác xã tỉnh Tuyên Quang năm 2024"]))
    site.trap("the whole site in windows-1258, declared only in the HTTP Content-Type header (no meta charset); "
              "every page's <title> is the same 'Lien minh HTX tinh Tuyen Quang'", "/")
    site.trap("every article answers at /tintuc.asp?id=<n>&cat=<m> (listings) and /tintuc_chitiet.asp?ID=<n> (home "
              "page, 'Tin tiêu điểm', 'Các tin khác'): the same page, no rel=canonical: an alias", alias_of(1152))
    site.trap("after the text: '[In trang] [Về đầu trang] [Quay lại]' and 'Các tin khác:' (six links, dates in "
              "parentheses like the article's own): not text", path_of(1140))

    site.page(stub.path, layout(detail(stub, [o for o in everything if o is not stub], text_html(stub)), hot))
    site.same_page(alias_of(item_id(stub)), stub.path)
    site.binary(img("hoi-cho-xuan.jpg"), image_for("hoi-cho-xuan.jpg"))
    site.trap("caption-only stub in the article template (title, '(Cập nhật: 20/2/2024)', one photo and its <i> "
              "caption): not an article", stub.path)

    def pages(cat: int, items: list[Article]) -> None:
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        for n, chunk in enumerate(chunks, 1):
            nums = " ".join(f"<b>[{i}]</b>" if i == n else f'<a href="/tintuc.asp?cat={cat}&trang={i}">{i}</a>'
                            for i in range(1, len(chunks) + 1))
            nav = (f'<p align="center"><font face="Arial" size="2">Trang: {nums}</font></p>' if len(chunks) > 1 else "")
            main = cat_bar(cat) + list_rows(chunk) + nav
            site.page(listing(cat, n), layout(main, hot))
        if len(chunks) > 1:
            site.same_page(f"{listing(cat)}&trang=1", listing(cat))

    pages(NEWS, [a for a in everything if cat_of(a) == NEWS])
    pages(DOCS, [a for a in everything if cat_of(a) == DOCS])
    site.trap("listing /tintuc.asp?cat=1&trang=N ('Trang: [1] 2'), dates '(14/3/2024)' after the titles; page 2 holds "
              "the oldest articles", listing(NEWS, 2))

    home = (cat_bar(NEWS) + '<table border="0" width="100%" cellspacing="0" cellpadding="4">'
            + "".join(f'<tr><td><a href="{alias_of(item_id(a))}"><font face="Arial" size="2" color="#003399"><b>{esc(a.title)}</b></font></a>'
                      f' <img border="0" src="/images/new.gif" width="28" height="11"><br><font face="Arial" size="2">{esc(a.summary())}</font></td></tr>'
                      for a in everything[:5]) + "</table>")
    site.binary("/images/new.gif", SPACER)
    site.page("/", layout(home, hot))

    about = [
        "Liên minh Hợp tác xã tỉnh Tuyên Quang được thành lập năm 1996, là tổ chức kinh tế - xã hội tập hợp và đại diện cho các "
        "hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác trên địa bàn tỉnh, hoạt động theo Điều lệ Liên minh Hợp tác xã Việt Nam.",
        "Liên minh có chức năng tuyên truyền, vận động phát triển kinh tế tập thể; đại diện, bảo vệ quyền và lợi ích hợp pháp "
        "của thành viên; cung cấp dịch vụ tư vấn, đào tạo, hỗ trợ hợp tác xã tiếp cận vốn, thị trường và khoa học kỹ thuật.",
        "Cơ quan thường trực của Liên minh gồm Văn phòng, Ban Chính sách - Tuyên truyền, Ban Hỗ trợ phát triển hợp tác xã và "
        "Quỹ hỗ trợ phát triển hợp tác xã; Liên minh có các tổ chức thành viên là liên hiệp hợp tác xã và hội ngành nghề.",
        "Từ tháng 7 năm 2025, Liên minh Hợp tác xã tỉnh Hà Giang hợp nhất vào Liên minh Hợp tác xã tỉnh Tuyên Quang; Liên "
        "minh tiếp tục đồng hành cùng các hợp tác xã vùng cao trong phát triển chè, cam, dược liệu và du lịch cộng đồng."]
    site.page(ABOUT, layout(cat_bar(NEWS).replace(CATS[NEWS], "GIỚI THIỆU")
                            + '<table border="0" width="100%" cellpadding="5"><tr><td><font size="4" color="#003399"><b>'
                            "Giới thiệu Liên minh Hợp tác xã tỉnh Tuyên Quang</b></font></td></tr><tr><td align=\"justify\">"
                            '<font face="Arial" size="2">' + "<br>\n<br>\n".join(esc(x) for x in about)
                            + "</font></td></tr></table>", hot), content_type=HTML)
    site.trap("about page /gioithieu.asp in the article template (font title, four long <br><br> paragraphs, no date): "
              "not an article", ABOUT)

    posts = [("Nguyễn Văn Bình", "Hàm Yên", datetime(2024, 3, 12, 10, 25),
              "Tôi muốn thành lập HTX trồng cam cùng 8 hộ trong thôn, xin hỏi cần chuẩn bị những hồ sơ gì?",
              "Anh liên hệ Ban Hỗ trợ phát triển HTX, điện thoại 0207.3822.156, để được hướng dẫn miễn phí."),
             ("Hoàng Thị Nga", "Vị Xuyên", datetime(2024, 1, 5, 21, 40),
              "Trang web có nhiều thông tin bổ ích, mong Liên minh đăng thêm tin về các HTX vùng cao.", None),
             ("Lý Văn Sinh", "Na Hang", datetime(2023, 11, 28, 8, 15),
              "HTX chúng tôi cần vay vốn mua máy chế biến chè, Quỹ hỗ trợ có cho vay không?",
              "Quỹ hỗ trợ phát triển HTX tỉnh có cho vay; HTX gửi phương án sản xuất kinh doanh về Quỹ để được thẩm định.")]
    rows = "".join(f'<tr><td bgcolor="#F5F5F5"><font face="Arial" size="2"><b>{esc(who)}</b> ({esc(where)}) - Gửi lúc: '
                   f'{when:%H:%M} {vn_date(when)}</font></td></tr><tr><td><font face="Arial" size="2">{esc(text)}'
                   + (f"<br>\n<i>Trả lời: {esc(reply)}</i>" if reply else "") + "</font></td></tr>"
                   for who, where, when, text, reply in posts)
    site.page(GUESTBOOK, layout(cat_bar(NEWS).replace(CATS[NEWS], "LƯU BÚT")
                                + f'<table border="0" width="100%" cellpadding="4">{rows}</table>'
                                '<form action="javascript:void(0)"><font face="Arial" size="2">Họ tên: <input name="hoten"><br>'
                                'Nội dung: <textarea name="noidung" rows="4" cols="40"></textarea><br>'
                                '<input type="submit" value="Gửi lưu bút"></font></form>', hot), content_type=HTML)
    site.trap("guestbook /luubut.asp: visitors' posts, each with a name, a place and 'Gửi lúc: 10:25 12/3/2024', some "
              "with the editors' italic reply: not articles", GUESTBOOK)
    site.page(CONTACT, layout(cat_bar(NEWS).replace(CATS[NEWS], "LIÊN HỆ") + f'<font face="Arial" size="2"><b>{esc(NAME)}</b><br>'
                              f"{esc(FOOTER[3])}<br>Email: lienminhhtx@tuyenquang.gov.vn</font>", hot), content_type=HTML)
    album = "".join(f'<td align="center"><img border="1" src="{img(a.first_image())}" width="130" height="88"><br>'
                    f'<font face="Arial" size="1">{esc(a.title)}</font></td>' for a in arts if a.first_image())
    site.page(GALLERY, layout(cat_bar(NEWS).replace(CATS[NEWS], "THƯ VIỆN ẢNH")
                              + f'<table border="0" width="100%"><tr>{album}</tr></table>', hot), content_type=HTML)
    found = [a for a in everything if "HTX" in a.title]
    site.page(SEARCH, layout(cat_bar(NEWS).replace(CATS[NEWS], "KẾT QUẢ TÌM KIẾM") + list_rows(found), hot))
    site.non_articles += ["/", stub.path, ABOUT, GUESTBOOK, CONTACT, GALLERY, SEARCH]
    site.trap("home, contact, gallery and search /timkiem.asp?tukhoa=htx (the same rows as a listing): not articles", SEARCH)
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\n")
    return site
