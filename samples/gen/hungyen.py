"""Site `lmhtx-hungyen` (registry family `generic`): the Hưng Yên cooperative alliance's old home-made PHP
site, whose news items are mostly Microsoft Word documents saved as "Web Page" (.htm) and uploaded
as they are, written as a held-out test: no family module, no selectors.

Why it is hard: the index `/tintuc.php?nam=2024` is a bare table "Ngày | Tiêu đề" whose links go
straight to uploaded files such as `/upload/tintuc/2024/Tin%20nhan%20long%20Pho%20Hien.htm`: a
Word HTML page with no site furniture at all (`<div class=WordSection1>`, `<p class=MsoNormal>`,
`<o:p></o:p>`, `<span lang=VI style='mso-bidi-font-size:…'>`, `mso-list` paragraphs with their
`<![if !supportLists]>` bullets, VML pictures in `<!--[if gte vml 1]>` with an `<![if !vml]><img>`
fallback and a `MsoCaption` paragraph). The article's title is its bold centred 14-pt paragraph;
`<title>` is Word's Title property ("Tin bài", the alliance's name); the DocumentProperties in a
conditional comment carry an Author ("Admin", "HP") and Created/LastSaved times that are not the
publication. The date is only in the document's own closing line "Hưng Yên, ngày 14 tháng 3 năm
2024" (and in the index). One file declares `charset=windows-1252` while its bytes are UTF-8 (the
server's header says UTF-8); another is a real Windows-1258 file. A few items are ordinary pages of
the PHP template `/tintuc.php?id=214` ("Ngày đăng: 11/03/2024 15:22", "Người đăng: admin").
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

from .core import Article, SiteBuild, esc, image_for, inline_html, inline_text, iso, rtf, weekday

SITE = "lmhtx-hungyen"
NAME = "Liên minh Hợp tác xã tỉnh Hưng Yên"
HTML = "text/html"
UP = "/upload/tintuc/"
ABOUT = "/gioithieu.php"
CONTACT = "/lienhe.php"
DOCS = "/vanban.php"
SEARCH = "/timkiem.php?tukhoa=ocop"
DOC_PATH = "/upload/vanban/2024/KH%2015-LMHTX%20Ngay%20HTX.doc"

TODAY_D = datetime(2024, 3, 18)
TODAY = f"{weekday(TODAY_D)}, ngày {TODAY_D:%d/%m/%Y}"
SLOGANS = ["Chào mừng Ngày Hợp tác xã Việt Nam 11/4", "Hưng Yên - Đất nhãn lồng, quê hương Phố Hiến"]
FOOTER = ["Bản quyền thuộc Liên minh Hợp tác xã tỉnh Hưng Yên",
          "Địa chỉ: Số 2 đường Chùa Chuông, phường Hiến Nam, thành phố Hưng Yên",
          "Điện thoại: 0221.3862.447 - Fax: 0221.3862.448",
          "Chịu trách nhiệm: Ông Đỗ Văn Hòa - Chủ tịch Liên minh HTX tỉnh",
          "Thiết kế và phát triển: Trung tâm Tin học Hưng Yên"]
SIDE = ["Danh mục", "Tin mới nhất", "Số lượt truy cập:", "Đang xem: 4", "Liên kết", "Tìm kiếm"]
LABELS = ["Người đăng:", "Lượt xem:", "Quay lại", "Các tin khác", "Bản in", "Tải văn bản"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SIDE, *LABELS]


def listed(d: datetime, source: str = "document") -> dict:
    ev = ["document", "listing"] if source == "document" else ["listing"]
    return dict(published=iso(d, with_time=False), published_source=source, evidence=ev)


def place_date(d: datetime) -> str:
    return f"Hưng Yên, ngày {d.day:02d} tháng {d.month} năm {d.year}"


def articles() -> list[Article]:
    arts = _articles()
    for a in arts:
        if a.opts.get("sign"):  # a Word upload closes with its place-date line and the writer
            a.body = a.body.rstrip() + "\n" + place_date(a.date) + "\n"
            a.byline = a.opts["sign"]
    return arts


def _articles() -> list[Article]:
    A = Article
    return [
        A(path=UP + "2024/Tin%20nhan%20long%20Pho%20Hien.htm",
          title="HTX nhãn lồng Phố Hiến mở rộng vùng trồng đạt chuẩn xuất khẩu",
          date=datetime(2024, 3, 14),
          lead="Năm 2024, HTX Sản xuất và tiêu thụ nhãn lồng Phố Hiến đặt mục tiêu mở rộng vùng trồng nhãn đạt mã số xuất khẩu lên 120 ha.",
          body="""
HTX hiện có 152 thành viên ở các xã Hồng Nam, Quảng Châu và Tân Hưng (thành phố Hưng Yên), trong đó 86 ha đã được cấp mã số vùng trồng xuất khẩu sang Úc và Hoa Kỳ.
Để giữ mã số, thành viên phải ghi nhật ký sản xuất, sử dụng thuốc bảo vệ thực vật sinh học và bao quả trước thu hoạch 30 ngày.
[img image002.png] Ảnh: Thành viên HTX nhãn lồng Phố Hiến tỉa cành, tạo tán sau thu hoạch
Năm 2023, HTX tiêu thụ hơn 1.300 tấn nhãn, trong đó 210 tấn xuất khẩu, giá bán bình quân cao hơn thị trường trong nước khoảng 30%.
""",
          byline=None, author="Đào Thu Hà", **listed(datetime(2024, 3, 14)),
          opts={"file": "Tin nhan long Pho Hien", "charset": "windows-1252", "doc_title": "Tin bài",
                "created": "2024-03-12T02:15:00Z", "saved": "2024-03-13T09:40:00Z", "doc_author": "Admin",
                "sign": "Đào Thu Hà"},
          notes=["a Word 'Web Page' upload (/upload/tintuc/2024/Tin%20nhan%20long%20Pho%20Hien.htm, spaces in the "
                 "name): <meta charset=windows-1252> but UTF-8 bytes (the HTTP header says UTF-8); title = the bold "
                 "centred 14pt paragraph (<title> is Word's 'Tin bài'); DocumentProperties Author 'Admin', Created "
                 "2024-03-12 and LastSaved 2024-03-13 in a conditional comment: not the date nor the author; the "
                 "date only in the closing line 'Hưng Yên, ngày 14 tháng 3 năm 2024' (part of the text) and the index; "
                 "'Đào Thu Hà' right-aligned bold last: part of the text, the author"]),
        A(path=UP + "2024/giao-ban-quy-1-2024.htm",
          title="Giao ban công tác HTX quý I năm 2024",
          date=datetime(2024, 3, 12),
          lead="Ngày 12/3, Liên minh HTX tỉnh tổ chức hội nghị giao ban công tác HTX quý I với lãnh đạo các phòng Kinh tế, Nông nghiệp của 10 huyện, thị xã, thành phố.",
          body="""
Quý I, toàn tỉnh thành lập mới 14 HTX; 27 HTX đã hoàn thành việc sửa đổi điều lệ theo Luật Hợp tác xã năm 2023.
Các đại biểu phản ánh khó khăn về mặt bằng sản xuất, tiếp cận vốn vay và thiếu cán bộ có trình độ chuyên môn ở các HTX nông nghiệp.
Liên minh HTX tỉnh đề nghị các địa phương rà soát, hướng dẫn các HTX ngừng hoạt động lâu năm làm thủ tục giải thể theo quy định.
""",
          author=None, **listed(datetime(2024, 3, 12), "listing"),
          opts={"file": "giao-ban-quy-1-2024", "charset": "utf-8", "doc_title": "LIÊN MINH HTX TỈNH HƯNG YÊN",
                "created": "2024-03-12T08:05:00Z", "saved": "2024-03-12T09:30:00Z", "doc_author": "HP"},
          notes=["Word upload without place-date line: the lead says 'Ngày 12/3' (no year); the index "
                 "/tintuc.php?nam=2024 shows '12/03/2024' beside the link -> published from the listing, midnight "
                 "(DocumentProperties Created 2024-03-12T08:05Z is Word metadata in a comment, not the page); no "
                 "byline: author null"]),
        A(path=UP + "2024/ga-dong-tao-khoai-chau.htm",
          title="HTX gà Đông Tảo Khoái Châu xây dựng chuỗi giá trị",
          date=datetime(2024, 3, 5),
          lead="HTX Chăn nuôi gà Đông Tảo (huyện Khoái Châu) đã hình thành chuỗi khép kín từ con giống, chăn nuôi đến giết mổ và tiêu thụ.",
          body="""
HTX có 48 thành viên, tổng đàn thường xuyên khoảng 12.000 con gà Đông Tảo thuần chủng, được chăn thả trong vườn theo quy trình an toàn sinh học.
Các khâu trong chuỗi giá trị của HTX gồm:
- Chọn lọc, nhân giống gà Đông Tảo thuần chủng cung cấp cho thành viên;
- Hướng dẫn kỹ thuật, tiêm phòng và thu mua gà thương phẩm theo hợp đồng;
- Giết mổ, đóng gói, dán tem truy xuất nguồn gốc và bán qua hệ thống cửa hàng.
Sản phẩm gà Đông Tảo của HTX đạt OCOP 4 sao, giá bán từ 450.000 đến 600.000 đồng/kg tùy loại.
""",
          byline=None, author="Nguyễn Văn Thắng", **listed(datetime(2024, 3, 5)),
          opts={"file": "ga-dong-tao-khoai-chau", "charset": "windows-1258", "doc_title": "Tin bài",
                "created": "2024-03-04T03:00:00Z", "saved": "2024-03-05T01:12:00Z", "doc_author": "Admin",
                "sign": "Nguyễn Văn Thắng"},
          notes=["a Word upload saved as Vietnamese (Windows) text: charset=windows-1258 in the meta and the header, "
                 "tone marks as combining characters; three mso-list paragraphs with '-' bullets in <![if "
                 "!supportLists]>: one line each, the dash kept; date only in the closing 'Hưng Yên, ngày 05 tháng 3 "
                 "năm 2024'; author Nguyễn Văn Thắng (right-aligned bold last line)"]),
        A(path=UP + "2024/anh-hoi-cho-ocop-2024.htm",
          title="Ảnh: Hội chợ nông sản và sản phẩm OCOP của các HTX tỉnh Hưng Yên",
          date=datetime(2024, 2, 26),
          body="""
Từ ngày 22 đến 26/2, tại Quảng trường Nguyễn Văn Linh, 65 HTX và chủ thể OCOP của tỉnh tham gia Hội chợ nông sản và sản phẩm OCOP năm 2024.
[img image002.png] Gian hàng nhãn lồng sấy khô của các HTX thành phố Hưng Yên
[img image004.png] Tương Bần Mỹ Hào thu hút đông đảo khách tham quan
[img image006.png] Gà Đông Tảo, sản phẩm OCOP 4 sao của huyện Khoái Châu
[img image008.png] Lãnh đạo Liên minh HTX tỉnh thăm gian hàng của các HTX
""",
          byline=None, author="Phạm Thị Lan", **listed(datetime(2024, 2, 26)),
          opts={"file": "anh-hoi-cho-ocop-2024", "charset": "utf-8", "doc_title": "Tin bài",
                "created": "2024-02-26T06:20:00Z", "saved": "2024-02-26T07:02:00Z", "doc_author": "Windows User",
                "sign": "Bài, ảnh: Phạm Thị Lan"},
          notes=["photo story as a Word upload: one paragraph and four VML pictures, each followed by its MsoCaption "
                 "paragraph: one line each; 'Hưng Yên, ngày 26 tháng 02 năm 2024' then 'Bài, ảnh: Phạm Thị Lan' "
                 "(author Phạm Thị Lan)"]),
        A(path="/tintuc.php?id=214",
          title="Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Hợp tác xã Việt Nam năm 2024",
          date=datetime(2024, 3, 11, 15, 22),
          body="""
LIÊN MINH HTX TỈNH HƯNG YÊN
Số: 15/KH-LMHTX
Hưng Yên, ngày 08 tháng 3 năm 2024
KẾ HOẠCH
Tổ chức các hoạt động hưởng ứng Ngày Hợp tác xã Việt Nam (11/4/2024)
I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng về vai trò của kinh tế tập thể, hợp tác xã; biểu dương các HTX, tổ hợp tác điển hình tiên tiến.
II. NỘI DUNG
1. Treo băng rôn, khẩu hiệu tại trụ sở các HTX từ ngày 01/4 đến 15/4/2024.
2. Tổ chức gặp mặt, tọa đàm với đại diện 50 HTX tiêu biểu vào ngày 10/4/2024 tại Hội trường Liên minh HTX tỉnh.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh HTX tỉnh chủ trì, phối hợp với các ban chuyên môn triển khai kế hoạch này.
Nơi nhận: Thường trực Tỉnh ủy; UBND tỉnh; các HTX; Lưu VT.
CHỦ TỊCH Đỗ Văn Hòa
""",
          author=None, doc_number="15/KH-LMHTX", attachments=[{"path": DOC_PATH, "text": "KH 15-LMHTX Ngay HTX.doc"}],
          published=iso(datetime(2024, 3, 11, 15, 22)), published_source="date-element", evidence=["date-element", "listing"],
          opts={"views": 312},
          notes=["official plan in the PHP template: 'Số: 15/KH-LMHTX', place-date line 'Hưng Yên, ngày 08 tháng 3 năm "
                 "2024', posted 'Ngày đăng: 11/03/2024 15:22'; 11/4/2024 and other event dates in the text; signer "
                 "last, author null; the Word file (.doc) under 'Tải văn bản'"]),
        A(path="/tintuc.php?id=209",
          title="HTX tương Bần Mỹ Hào giữ nghề truyền thống",
          date=datetime(2024, 2, 28, 9, 10),
          lead="Giữa nhiều khó khăn về thị trường, HTX Tương Bần (thị xã Mỹ Hào) vẫn giữ được nghề làm tương truyền thống và đưa sản phẩm đạt OCOP 4 sao.",
          body="""
HTX có 25 hộ thành viên, mỗi năm sản xuất khoảng 180.000 lít tương, sử dụng gạo nếp, đậu tương và nước giếng của địa phương.
[img tuong-ban.png] Chum tương phơi nắng tại cơ sở của thành viên HTX Tương Bần
Sản phẩm được đóng chai thủy tinh, dán tem truy xuất nguồn gốc, bán tại các siêu thị ở Hà Nội và Hưng Yên.
""",
          byline="Hải Yến", author="Hải Yến",
          published=iso(datetime(2024, 2, 28, 9, 10)), published_source="date-element", evidence=["date-element", "listing"],
          opts={"views": 845},
          notes=["PHP template: 'Ngày đăng: 28/02/2024 09:10 | Người đăng: admin' ('admin' is the account); byline "
                 "'Hải Yến' right-aligned last: part of the text, the author"]),
        A(path="/tintuc.php?id=198",
          title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ quản lý HTX",
          date=datetime(2024, 1, 25, 8, 5),
          lead="Hơn 150 cán bộ quản lý HTX trong tỉnh tham dự hội nghị tập huấn, phổ biến Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn.",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024, quy định nhiều điểm mới về tổ hợp tác, liên đoàn hợp tác xã và chính sách hỗ trợ của Nhà nước.
Báo cáo viên hướng dẫn các HTX rà soát, sửa đổi điều lệ, quy chế hoạt động cho phù hợp với quy định mới.
Nguồn: Báo Hưng Yên
""",
          author=None, published=iso(datetime(2024, 1, 25, 8, 5)), published_source="date-element",
          evidence=["date-element", "listing"], opts={"views": 530},
          notes=["the text names 01/7/2024 (the law's effective date), not the publication; it ends with 'Nguồn: Báo "
                 "Hưng Yên' (right-aligned italic): part of the text, a source, author null"]),
        A(path=UP + "2023/hoa-cay-canh-van-giang.htm",
          title="HTX Dịch vụ nông nghiệp Văn Giang phát triển hoa, cây cảnh",
          date=datetime(2023, 12, 20),
          lead="Với 210 ha hoa, cây cảnh, HTX Dịch vụ nông nghiệp Xuân Quan đưa Văn Giang trở thành điểm cung ứng hoa Tết lớn của vùng đồng bằng sông Hồng.",
          body="""
HTX cung ứng giống, vật tư và hướng dẫn thành viên trồng hoa trong nhà lưới, tưới tự động để chủ động thời vụ.
Vụ Tết Giáp Thìn, thành viên HTX dự kiến đưa ra thị trường khoảng 1,5 triệu chậu hoa các loại.
""",
          byline=None, author="Trần Minh Đức", **listed(datetime(2023, 12, 20)),
          opts={"file": "hoa-cay-canh-van-giang", "charset": "utf-8", "doc_title": "Tin bài",
                "created": "2021-05-06T01:00:00Z", "saved": "2023-12-20T02:45:00Z", "doc_author": "Admin",
                "sign": "Trần Minh Đức"},
          notes=["Word upload made from an old template: DocumentProperties Created 2021-05-06 (not the date); on "
                 "/tintuc.php?nam=2023 only; 'Hưng Yên, ngày 20 tháng 12 năm 2023'; author Trần Minh Đức"]),
        A(path="/tintuc.php?id=187",
          title="Liên minh HTX tỉnh tổng kết công tác năm 2023",
          date=datetime(2023, 12, 28, 16, 30),
          lead="Năm 2023, khu vực kinh tế tập thể tỉnh Hưng Yên có 452 HTX đang hoạt động, doanh thu bình quân đạt 3,1 tỷ đồng/HTX.",
          body="""
Liên minh HTX tỉnh đã tư vấn thành lập mới 38 HTX, tổ chức 12 lớp tập huấn cho hơn 900 lượt cán bộ HTX.
Năm 2024, Liên minh phấn đấu thành lập mới 40 HTX, hỗ trợ 20 HTX ứng dụng chuyển đổi số trong quản lý và bán hàng.
""",
          author=None, published=iso(datetime(2023, 12, 28, 16, 30)), published_source="date-element",
          evidence=["date-element", "listing"], opts={"views": 402},
          notes=["PHP template, no byline: author null; on /tintuc.php?nam=2023 only"]),
    ]


# -- Word "Web Page" markup --------------------------------------------------------------------

SPAN = "<span lang=VI style='font-size:13.0pt;mso-bidi-font-size:12.0pt;line-height:115%;font-family:\"Times New Roman\",serif'>"


def wrap_word(text: str, width: int = 72) -> str:
    """Word wraps its HTML source in the middle of sentences."""
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + len(word) + 1 > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n".join(out)


def w_para(text: str, *, align: str = "justify", bold: bool = False, italic: bool = False, size: str = "") -> str:
    inner = wrap_word(esc(text))
    # Word splits runs at proofing marks: the alliance's abbreviation is a separate run
    inner = inner.replace("HTX", "</span><span class=SpellE>" + SPAN + "HTX</span></span>" + SPAN, 1)
    opening = ("<b>" if bold else "") + ("<i>" if italic else "")
    closing = ("</i>" if italic else "") + ("</b>" if bold else "")
    style = f"text-align:{align};text-indent:{'0' if align != 'justify' else '36.0pt'};line-height:115%"
    span = SPAN if not size else SPAN.replace("font-size:13.0pt", f"font-size:{size}")
    return (f"<p class=MsoNormal align={align if align != 'justify' else 'justify'} style='margin-bottom:6.0pt;{style}'>"
            f"{opening}{span}{inner}<o:p></o:p></span>{closing}</p>")


def w_list(items: list[str]) -> str:
    out = []
    for i, item in enumerate(items):
        cls = "MsoListParagraphCxSpFirst" if i == 0 else "MsoListParagraphCxSpLast" if i == len(items) - 1 else "MsoListParagraphCxSpMiddle"
        out.append(f"<p class={cls} style='margin-left:54.0pt;mso-add-space:auto;text-align:justify;text-indent:-18.0pt;"
                   f"mso-list:l0 level1 lfo1'><![if !supportLists]>{SPAN}<span style='mso-list:Ignore'>-<span "
                   f"style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
                   f"<![endif]>{SPAN}{wrap_word(esc(item))}<o:p></o:p></span></p>")
    return "\n".join(out)


def w_picture(folder: str, src: str, n: int, caption: str) -> str:
    vml = src.replace(".png", "").replace("image", "")
    first = f"image{int(vml) - 1:03d}.png"
    return (f"<p class=MsoNormal align=center style='text-align:center'>{SPAN}<!--[if gte vml 1]><v:shape id=\"Picture_x0020_{n}\" "
            f"o:spid=\"_x0000_i102{n}\" type=\"#_x0000_t75\" style='width:340.5pt;height:255pt;visibility:visible;"
            f"mso-wrap-style:square'>\n <v:imagedata src=\"{folder}_files/{first}\" o:title=\"\"/>\n</v:shape><![endif]-->"
            f"<![if !vml]><img width=454 height=340 src=\"{folder}_files/{src}\" v:shapes=\"Picture_x0020_{n}\"><![endif]>"
            f"<o:p></o:p></span></p>\n"
            f"<p class=MsoCaption align=center style='text-align:center'><i>{SPAN}{wrap_word(esc(caption))}<o:p></o:p></span></i></p>")


def word_page(a: Article) -> str:
    o = a.opts
    folder = o["file"].replace(" ", "%20")
    parts = [w_para(a.title, align="center", bold=True, size="14.0pt")]
    if a.lead:
        parts.append(w_para(a.lead, bold=True, italic=True))
    n = 0
    bullets: list[str] = []
    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("- "):
            bullets.append(b.text[2:])
            continue
        if bullets:
            parts.append(w_list(bullets))
            bullets = []
        if b.kind == "img":
            n += 1
            parts.append(w_picture(folder, b.src, n, b.text))
        elif b.text.startswith("Hưng Yên, ngày"):
            parts.append(w_para(b.text, align="right", italic=True))
        else:
            parts.append(w_para(b.text))
    if bullets:
        parts.append(w_list(bullets))
    if a.byline:
        parts.append(w_para(a.byline, align="right", bold=True))
    charset = o["charset"]
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{folder}_files/filelist.xml">
<title>{esc(o["doc_title"])}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>{esc(o["doc_author"])}</o:Author>
  <o:LastAuthor>{esc(o["doc_author"])}</o:LastAuthor>
  <o:Revision>4</o:Revision>
  <o:TotalTime>38</o:TotalTime>
  <o:Created>{o["created"]}</o:Created>
  <o:LastSaved>{o["saved"]}</o:LastSaved>
  <o:Pages>1</o:Pages>
  <o:Words>412</o:Words>
  <o:Company>Microsoft</o:Company>
  <o:Version>15.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>110</w:Zoom>
  <w:TrackMoves>false</w:TrackMoves>
  <w:ValidateAgainstSchemas/>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
p.MsoCaption, li.MsoCaption, div.MsoCaption
	{{mso-style-next:Normal;
	font-size:9.0pt;
	color:#44546A;
	font-style:italic;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:2.0cm 2.0cm 2.0cm 3.0cm;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-paper-source:0;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-style-noshow:yes;}}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]-->
</head>

<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>

{chr(10).join(parts)}

<p class=MsoNormal><span lang=VI><o:p>&nbsp;</o:p></span></p>

</div>

</body>

</html>
"""


# -- the PHP site ------------------------------------------------------------------------------

def index_link(a: Article) -> str:
    return a.path


def layout(title: str, main: str, recent: list[Article]) -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), ("/tintuc.php?nam=2024", "Tin tức"),
                    (DOCS, "Văn bản"), (CONTACT, "Liên hệ")])
    years = "".join(f'<li><a href="/tintuc.php?nam={y}">Tin tức năm {y}</a></li>' for y in (2024, 2023))
    recent_lis = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in recent)
    foot = "<br>".join(esc(x) for x in FOOTER)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} - Lien minh HTX tinh Hung Yen</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/menu.js"></script>
</head>
<body>
<div id="wrapper">
<div id="top"><span class="ngay">{TODAY}</span> <marquee class="chaychu" width="600">{esc(SLOGANS[0])} *** {esc(SLOGANS[1])}</marquee></div>
<div id="banner"><img src="/images/banner.png" alt="LIEN MINH HTX TINH HUNG YEN" width="980" height="150"></div>
<div id="menu"><ul>{menu}</ul></div>
<div id="left">
<div class="khoi"><div class="khoi-tieude">{SIDE[0]}</div><ul>{years}<li><a href="{DOCS}">Văn bản</a></li></ul></div>
<div class="khoi"><div class="khoi-tieude">{SIDE[5]}</div><form action="/timkiem.php" method="get"><input type="text" name="tukhoa" size="15"><input type="submit" value="Tìm"></form></div>
<div class="khoi"><div class="khoi-tieude">{SIDE[4]}</div><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</option></select></div>
<div class="khoi"><div class="khoi-tieude">{SIDE[2]}</div><p class="dem">0 0 4 8 1 2 7 3</p><p>{SIDE[3]}</p></div>
</div>
<div id="content">
{main}
</div>
<div id="right"><div class="khoi"><div class="khoi-tieude">{SIDE[1]}</div><ul class="tinmoi">{recent_lis}</ul></div></div>
<div id="footer">{foot}</div>
</div>
</body>
</html>
"""


def php_body(a: Article) -> str:
    out = []
    if a.lead:
        out.append(f"<p><b>{inline_html(a.lead)}</b></p>")
    for b in a.blocks:
        if b.kind == "img":
            out.append(f'<p align="center"><img src="/upload/images/{b.src}" width="500"></p>'
                       f'<p align="center"><i>{esc(b.text)}</i></p>')
        elif b.text.startswith("Nguồn:"):
            out.append(f'<p align="right"><i>{inline_html(b.text)}</i></p>')
        elif a.doc_number and b.text.startswith(("Số:", "Hưng Yên, ngày", "KẾ HOẠCH", "LIÊN MINH", "Tổ chức các")):
            align = "right" if b.text.startswith("Hưng Yên") else "center"
            out.append(f'<p align="{align}">{inline_html(b.text)}</p>')
        else:
            out.append(f'<p align="justify">{inline_html(b.text)}</p>')
    if a.byline:
        out.append(f'<p align="right"><b>{esc(a.byline)}</b></p>')
    return "\n".join(out)


def php_detail(a: Article, others: list[Article]) -> str:
    att = ""
    if a.attachments:
        att = "".join(f'<p class="dinhkem"><img src="/images/icon-doc.png"> <a href="{x["path"]}">Tải văn bản</a> '
                      f'({esc(x["text"])})</p>' for x in a.attachments)
    lis = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> ({o.date:%d/%m/%Y})</li>' for o in others)
    return (f'<div class="chitiet"><div class="tieude">{esc(a.title)}</div>'
            f'<div class="thongtin">Ngày đăng: {a.date:%d/%m/%Y %H:%M} | Người đăng: admin | Lượt xem: {a.opts["views"]}</div>'
            f'<div class="noidung">\n{php_body(a)}\n</div>{att}'
            f'<div class="congcu"><a href="javascript:window.print()">Bản in</a> | <a href="javascript:history.back()">Quay lại</a></div>'
            f'<div class="tinkhac"><b>Các tin khác</b><ul>{lis}</ul></div></div>')


def index_table(items: list[Article]) -> str:
    rows = "".join(f'<tr><td align="center">{a.date:%d/%m/%Y}</td><td><a href="{a.path}">{esc(a.title)}</a></td></tr>'
                   for a in items)
    return ('<table class="bangtin" width="100%" border="1" cellspacing="0" cellpadding="4">'
            f'<tr bgcolor="#CCE5FF"><th width="90">Ngày</th><th>Tiêu đề</th></tr>{rows}</table>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hung-yen", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    recent = arts[:6]
    for a in arts:
        if a.path.startswith("/tintuc.php"):
            others = [o for o in arts if o is not a][:5]
            site.page(a.path, layout(a.title, php_detail(a, others), recent))
            for b in a.blocks:
                if b.kind == "img":
                    site.binary(f"/upload/images/{b.src}", image_for(b.src))
        else:
            o = a.opts
            enc = "windows-1258" if o["charset"] == "windows-1258" else None
            site.page(a.path, word_page(a), encoding=enc, content_type=HTML if enc else None)
            folder = a.path.rsplit("/", 1)[0] + "/" + o["file"] + "_files/"
            files = ["filelist.xml"]
            for b in a.blocks:
                if b.kind == "img":
                    n = int(b.src.replace("image", "").replace(".png", ""))
                    site.binary(folder + b.src, image_for(a.path + b.src))
                    site.binary(folder + f"image{n - 1:03d}.png", image_for(a.path + b.src + "vml"))
                    files += [b.src, f"image{n - 1:03d}.png"]
            site.static(folder + "filelist.xml", '<xml xmlns:o="urn:schemas-microsoft-com:office:office">\n <o:MainFile HRef="../'
                        + o["file"] + '.htm"/>\n' + "".join(f' <o:File HRef="{f}"/>\n' for f in files) + "</xml>")
        site.add_article(a)
    site.binary(DOC_PATH, rtf(["LIÊN MINH HTX TỈNH HƯNG YÊN", "Số: 15/KH-LMHTX",
                               "KẾ HOẠCH tổ chức các hoạt động hưởng ứng Ngày Hợp tác xã Việt Nam (11/4/2024)"]))
    site.trap("most news items are Word 'Web Page' files linked straight from the index (no site template, no "
              "furniture): WordSection1, MsoNormal paragraphs with <o:p></o:p>, source lines wrapped mid-sentence, "
              "an 'HTX' run split off as <span class=SpellE>", arts[0].path)

    for y in (2024, 2023):
        items = [a for a in arts if a.date.year == y]
        main = (f'<div class="tieude-trang">TIN TỨC NĂM {y}</div>'
                f'<p>Chọn năm: <a href="/tintuc.php?nam=2024">2024</a> | <a href="/tintuc.php?nam=2023">2023</a></p>'
                + index_table(items))
        site.page(f"/tintuc.php?nam={y}", layout(f"Tin tuc nam {y}", main, recent))
        site.non_articles.append(f"/tintuc.php?nam={y}")
    site.trap("the index /tintuc.php?nam=2024 (and ?nam=2023): a table 'Ngày | Tiêu đề', each row a date and a link to "
              "a Word upload or to /tintuc.php?id=N; the only place the Word items' dates are beside them", "/tintuc.php?nam=2024")
    home = ('<div class="tieude-trang">TIN MỚI</div>' + index_table(arts[:6])
            + '<p align="right"><a href="/tintuc.php?nam=2024">Xem tất cả tin năm 2024</a></p>')
    site.page("/", layout("Trang chu", home, recent))
    docs = [a for a in arts if a.doc_number]
    site.page(DOCS, layout("Van ban", '<div class="tieude-trang">VĂN BẢN</div>'
                           '<table class="bangtin" width="100%" border="1" cellspacing="0" cellpadding="4">'
                           '<tr><th>Số hiệu</th><th>Trích yếu</th><th>Tải về</th></tr>'
                           + "".join(f'<tr><td>{a.doc_number}</td><td><a href="{a.path}">{esc(a.title)}</a></td>'
                                     f'<td><a href="{a.attachments[0]["path"]}">.doc</a></td></tr>' for a in docs)
                           + "</table>", recent))
    about = ["Liên minh Hợp tác xã tỉnh Hưng Yên được thành lập năm 1997 sau khi tái lập tỉnh, là tổ chức kinh tế - xã "
             "hội đại diện cho các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
             "Liên minh có nhiệm vụ tuyên truyền, vận động phát triển kinh tế tập thể, tư vấn, hỗ trợ hợp tác xã về "
             "thành lập, đào tạo cán bộ, xúc tiến thương mại, tiếp cận vốn và ứng dụng khoa học kỹ thuật.",
             "Cơ quan Liên minh gồm Văn phòng, Ban Tuyên truyền - Kiểm tra, Ban Chính sách - Hỗ trợ phát triển và Quỹ "
             "hỗ trợ phát triển hợp tác xã tỉnh."]
    site.page(ABOUT, layout("Gioi thieu", '<div class="chitiet"><div class="tieude">Giới thiệu Liên minh HTX tỉnh Hưng Yên</div>'
                            '<div class="noidung">' + "".join(f'<p align="justify">{esc(p)}</p>' for p in about)
                            + "</div></div>", recent))
    site.page(CONTACT, layout("Lien he", '<div class="tieude-trang">LIÊN HỆ</div><form action="/lienhe.php" method="post">'
                              '<p>Họ tên: <input name="hoten"></p><p>Nội dung: <textarea name="noidung"></textarea></p>'
                              '<input type="submit" value="Gửi"></form>', recent))
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "") or "OCOP" in a.title]
    site.page(SEARCH, layout("Tim kiem", '<div class="tieude-trang">KẾT QUẢ TÌM KIẾM: ocop</div>' + index_table(found), recent))
    site.trap("introduction /gioithieu.php in the article template (div.tieude, three long paragraphs, no date), "
              "contact, the document register /vanban.php and search /timkiem.php?tukhoa=ocop: not articles", ABOUT)
    site.non_articles += ["/", DOCS, ABOUT, CONTACT, SEARCH]
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\n")
    return site
