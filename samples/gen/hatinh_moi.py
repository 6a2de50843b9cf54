"""Site `lmhtx-hatinh-moi` (registry family `generic`): the Hà Tĩnh alliance's relaunched portal of 2025 (the province
was not merged on 1 July 2025) on mojoPortal, the ASP.NET Web Forms CMS long used by Vietnamese public bodies, written
as a held-out test: no family module, no selectors.

Why it is hard: the whole page is one `form#aspnetForm` (hidden `__VIEWSTATE`, a `__doPostBack` script); the page's
only `h1` is the blog MODULE's title ("Tin tức - Sự kiện"), the post's title an `h2.blogtitle` inside `div.blogitem`;
the date and account are a `div.blogdate` line "Đăng lúc 14/03/2026 08:30 bởi <span class="blogauthor">…</span>"
where "bởi" names a person (the author), the `admin` account or an office (no author). Posts migrated from the old
portal show "00:00". The text `div.blogtext` is followed, inside the same `div.blogitem`, by an attachment line, the
`div.blogcopyright` notice, the categories, "« Bài trước / Bài sau »" post links, a "Bài viết liên quan" list and a
comment box. Every post has a friendly address `/tin-tuc/<slug>.aspx` and a `/Blog/ViewPost.aspx?pageid=12&ItemID=N&mid=67`
one (the monthly archives link there; both name the friendly one canonical). The blog list `/tin-tuc.aspx` pages with
"Trang 1 2 3" real links (`?pagenumber=N`) beside `__doPostBack` ones; the archive `/Blog/ViewArchive.aspx?month=3&year=2026…`
and category pages list posts with excerpts. The "Sự kiện" blog hides post dates: its post's day is only "Ngày 12/3"
in the text and its entry "(12/03/2026)" in the home page's "Tin mới cập nhật" module.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, inline_text, iso, pdf, weekday

SITE = "lmhtx-hatinh-moi"
NAME = "Liên minh Hợp tác xã tỉnh Hà Tĩnh"
HTML = "text/html; charset=utf-8"
BLOG = "/tin-tuc.aspx"
EVENTS = "/su-kien.aspx"
PAGEID, MID = 12, 67
EV_PAGEID, EV_MID = 15, 72
PER = 4
PDF_PATH = "/Data/Sites/1/media/van-ban/2026/qd-27-lmhtx.pdf"

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Liên minh HTX tỉnh Hà Tĩnh - Đồng hành cùng hợp tác xã",
           "Phát triển kinh tế tập thể gắn với xây dựng nông thôn mới nâng cao, kiểu mẫu"]
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Hà Tĩnh",
          "Chịu trách nhiệm nội dung: Bà Trần Thị Thanh Hà - Chủ tịch Liên minh HTX tỉnh",
          "Địa chỉ: Số 41 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh",
          "Điện thoại: 0239.3855.412 - Fax: 0239.3856.006 - Email: lmhtx@hatinh.gov.vn",
          "Giấy phép số 03/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh cấp ngày 18/4/2025",
          "Powered by mojoPortal"]
LABELS = ["Bản quyền © 2026 Liên minh HTX tỉnh Hà Tĩnh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
          "« Bài trước", "Bài sau »", "Bài viết liên quan", "Bình luận (0)", "Gửi bình luận", "Tệp đính kèm:",
          "Chuyên mục", "Lưu trữ", "Bài viết mới", "Lượt truy cập: 864.215", "Đang xem: 11", "Liên kết website",
          "Bỏ qua nội dung", "Đăng nhập", "Chia sẻ:"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *LABELS]

CATS = {5: "Hoạt động Liên minh", 6: "HTX - THT tiêu biểu", 7: "Văn bản chỉ đạo", 8: "Sản phẩm OCOP"}


def when(d: datetime, listing: bool = True, midnight: bool = False) -> dict:
    return dict(published=iso(d, with_time=not midnight), published_source="date-element",
                evidence=["date-element"] + (["listing"] if listing else []))


def view_post(a: Article) -> str:
    pid, mid = (EV_PAGEID, EV_MID) if a.opts.get("event") else (PAGEID, MID)
    return f"/Blog/ViewPost.aspx?pageid={pid}&ItemID={a.opts['item']}&mid={mid}"


def articles() -> list[Article]:
    A = Article
    arts = [
        A(path="/tin-tuc/hoi-nghi-tong-ket-quy-i-lien-minh-htx-tinh-nam-2026.aspx",
          title="Liên minh HTX tỉnh Hà Tĩnh triển khai nhiệm vụ quý II năm 2026",
          date=datetime(2026, 3, 14, 8, 30),
          lead="Sáng 13/3, Liên minh HTX tỉnh tổ chức hội nghị sơ kết quý I, triển khai nhiệm vụ quý II năm 2026.",
          body="""
Quý I/2026, toàn tỉnh thành lập mới 19 HTX, nâng tổng số HTX đang hoạt động lên 782 HTX; 68% HTX được xếp loại khá, tốt.
Liên minh HTX tỉnh đã tư vấn cho 34 HTX xây dựng phương án sản xuất kinh doanh, hỗ trợ 12 HTX tham gia sàn thương mại điện tử.
[img hoi-nghi-quy-1.png] Quang cảnh hội nghị sơ kết quý I
## Nhiệm vụ quý II
* Tổ chức các hoạt động kỷ niệm Ngày Hợp tác xã Việt Nam 11/4;
* Giải ngân 15 tỷ đồng vốn Quỹ hỗ trợ phát triển HTX tỉnh;
* Khảo sát nhu cầu chuyển đổi số của HTX nông nghiệp.
""",
          author="Nguyễn Văn Hùng", **when(datetime(2026, 3, 14, 8, 30)),
          opts={"by": "Nguyễn Văn Hùng", "cat": 5},
          notes=["title h2.blogtitle (the page's only h1 is the blog module's title 'Tin tức - Sự kiện'); div.blogdate "
                 "'Đăng lúc 14/03/2026 08:30 bởi Nguyễn Văn Hùng': 08:30, the person is the author (not text); the lead "
                 "a bold first paragraph of div.blogtext"]),
        A(path="/su-kien/ra-mat-htx-du-lich-cong-dong-song-ngan-pho.aspx",
          title="Ra mắt HTX Du lịch cộng đồng sông Ngàn Phố",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại xã Sơn Kim 1, Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Du lịch cộng đồng sông Ngàn Phố.
HTX có 24 thành viên, cung cấp dịch vụ lưu trú homestay, tắm suối, trải nghiệm hái cam bù và thưởng thức ẩm thực miền núi.
[img ngan-pho.png] Đại diện HTX nhận quyết định thành lập
Liên minh HTX tỉnh cam kết hỗ trợ HTX xây dựng thương hiệu và kết nối với các công ty lữ hành.
""",
          byline="Bài, ảnh: Thu Hiền", author="Thu Hiền",
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          opts={"event": True, "cat": 5},
          notes=["post of the 'Sự kiện' blog (pageid=15) whose settings hide the post date and author: no div.blogdate; "
                 "'Ngày 12/3' (no year) in the text and '(12/03/2026)' on the home page's 'Tin mới cập nhật' list: "
                 "midnight; byline 'Bài, ảnh: Thu Hiền' last: part of the text, the author"]),
        A(path="/tin-tuc/quyet-dinh-khen-thuong-htx-tieu-bieu-nam-2025.aspx",
          title="Quyết định khen thưởng các HTX tiêu biểu năm 2025",
          date=datetime(2026, 2, 9, 15, 10),
          body="""
LIÊN MINH HTX TỈNH HÀ TĨNH
Số: 27/QĐ-LMHTX
Hà Tĩnh, ngày 06 tháng 02 năm 2026
QUYẾT ĐỊNH
Về việc khen thưởng các hợp tác xã có thành tích tiêu biểu năm 2025
CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ TỈNH HÀ TĨNH
Căn cứ Luật Thi đua, khen thưởng năm 2022; căn cứ Điều lệ Liên minh Hợp tác xã Việt Nam;
Xét đề nghị của Ban Kiểm tra - Thi đua Liên minh HTX tỉnh,
QUYẾT ĐỊNH:
Điều 1. Tặng Bằng khen của Liên minh HTX tỉnh cho 25 HTX có thành tích tiêu biểu năm 2025 (có danh sách kèm theo).
Điều 2. Mỗi HTX được khen thưởng kèm theo tiền thưởng theo quy định.
Điều 3. Chánh Văn phòng, các ban và các HTX có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
Nơi nhận: Như Điều 3; Lưu VT.
CHỦ TỊCH Trần Thị Thanh Hà
""",
          author=None, doc_number="27/QĐ-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "qd-27-lmhtx.pdf"}], **when(datetime(2026, 2, 9, 15, 10)),
          opts={"by": "Văn phòng Liên minh", "cat": 7, "doc": True},
          notes=["decision 'Số: 27/QĐ-LMHTX' signed 'ngày 06 tháng 02 năm 2026', posted 'Đăng lúc 09/02/2026 15:10 bởi "
                 "Văn phòng Liên minh' (an office: author null); the signer last (text); the PDF in a 'Tệp đính kèm:' "
                 "div.blogattachments after the text: an attachment, not text"]),
        A(path="/tin-tuc/anh-htx-buoi-phuc-trach-vao-vu-thu-hoach.aspx",
          title="Ảnh: HTX bưởi Phúc Trạch vào vụ thu hoạch",
          date=datetime(2026, 1, 20, 16, 45),
          lead="Những ngày này, thành viên HTX Bưởi Phúc Trạch tất bật thu hoạch bưởi phục vụ thị trường Tết Bính Ngọ.",
          body="""
[img buoi-1.png] Thành viên HTX thu hoạch bưởi Phúc Trạch
[img buoi-2.png] Bưởi được tuyển chọn, dán tem truy xuất nguồn gốc
[img buoi-3.png] Xe của doanh nghiệp đến tận vườn nhận hàng
[img buoi-4.png] Gian hàng bưởi Phúc Trạch của HTX tại hội chợ Tết
""",
          author="Phan Quang", **when(datetime(2026, 1, 20, 16, 45)),
          opts={"by": "Phan Quang", "cat": 6, "photo": True},
          notes=["photo story: the bold lead then four photos, each in a two-row CKEditor table (image, then its italic "
                 "caption: one line each); 'bởi Phan Quang' (the photographer): the author, not text; 16:45"]),
        A(path="/tin-tuc/ha-tinh-co-them-18-san-pham-ocop-cua-htx.aspx",
          title="Hà Tĩnh có thêm 18 sản phẩm OCOP của HTX",
          date=datetime(2025, 12, 3, 14, 15),
          lead="UBND tỉnh vừa quyết định công nhận 18 sản phẩm OCOP của các HTX đợt 2 năm 2025.",
          body="""
Trong số các sản phẩm được công nhận, có 4 sản phẩm đạt 4 sao, 14 sản phẩm đạt 3 sao, chủ yếu thuộc nhóm thực phẩm và đồ uống.
* Kẹo cu đơ của HTX Kẹo cu đơ Thành Sen đạt 4 sao;
* Nước mắm Cẩm Nhượng của HTX Chế biến hải sản Cẩm Nhượng đạt 4 sao;
* Cam bù Hương Sơn của HTX Cam bù Sơn Kim đạt 3 sao.
Đến nay, Hà Tĩnh có 412 sản phẩm OCOP, trong đó HTX là chủ thể của 196 sản phẩm.
Nguồn: Báo Hà Tĩnh
""",
          author=None, **when(datetime(2025, 12, 3, 14, 15)), opts={"by": "admin", "cat": 8},
          notes=["'Đăng lúc 03/12/2025 14:15' = 3 December (day first); 'bởi admin' is the account; 'Nguồn: Báo Hà Tĩnh' "
                 "last: part of the text, a source; author null"]),
        A(path="/tin-tuc/htx-nuoc-mam-cam-nhuong-dau-tu-day-chuyen-moi.aspx",
          title="HTX nước mắm Cẩm Nhượng đầu tư dây chuyền đóng chai mới",
          date=datetime(2025, 10, 22, 9, 5),
          lead="HTX Chế biến hải sản Cẩm Nhượng đưa vào vận hành dây chuyền đóng chai khép kín công suất 2.000 chai mỗi giờ.",
          body="""
HTX có 38 thành viên, mỗi năm chế biến khoảng 450 tấn cá cơm thành nước mắm theo phương pháp ủ chượp truyền thống.
Dây chuyền mới trị giá 3,2 tỷ đồng, trong đó 1 tỷ đồng vay từ Quỹ hỗ trợ phát triển HTX tỉnh với lãi suất ưu đãi.
[img nuoc-mam-cam-nhuong.png] Dây chuyền đóng chai nước mắm của HTX
Nhờ dây chuyền mới, sản phẩm của HTX đủ điều kiện vào hệ thống siêu thị và các sàn thương mại điện tử.
""",
          byline="Thu Trang", author="Thu Trang", **when(datetime(2025, 10, 22, 9, 5)),
          opts={"by": "admin", "cat": 6},
          notes=["'bởi admin' (the account); closing byline 'Thu Trang' (a name alone, right-aligned): part of the "
                 "text, the author"]),
        A(path="/tin-tuc/quy-ho-tro-htx-tinh-cho-vay-htx-nuoi-huou-huong-son.aspx",
          title="Quỹ hỗ trợ phát triển HTX tỉnh cho vay HTX nuôi hươu Hương Sơn",
          date=datetime(2025, 8, 5, 10, 0),
          lead="Quỹ hỗ trợ phát triển HTX tỉnh Hà Tĩnh vừa giải ngân 1,5 tỷ đồng cho HTX Chăn nuôi hươu Sơn Châu mở rộng đàn.",
          body="""
HTX có 52 thành viên nuôi gần 900 con hươu sao, sản phẩm nhung hươu Hương Sơn đã được cấp chỉ dẫn địa lý.
Nguồn vốn vay giúp HTX xây dựng khu chuồng trại tập trung và cơ sở sơ chế nhung đạt chuẩn an toàn thực phẩm.
Lãnh đạo Quỹ cho biết, năm 2025 Quỹ ưu tiên các dự án liên kết chuỗi giá trị sản phẩm chủ lực của tỉnh.
""",
          author="Lê Minh Châu", **when(datetime(2025, 8, 5, 10, 0)), opts={"by": "Lê Minh Châu", "cat": 5},
          notes=["also reached at /Blog/ViewPost.aspx?pageid=12&ItemID=N&mid=67 from the monthly archive (both name the "
                 "friendly URL canonical): one article; 'bởi Lê Minh Châu': the author"]),
        A(path="/tin-tuc/cong-thong-tin-lien-minh-htx-tinh-ha-tinh-ra-mat-giao-dien-moi.aspx",
          title="Cổng thông tin Liên minh HTX tỉnh Hà Tĩnh ra mắt giao diện mới",
          date=datetime(2025, 6, 9, 7, 45),
          body="""
Từ ngày 09/6/2025, Cổng thông tin điện tử Liên minh HTX tỉnh Hà Tĩnh chính thức hoạt động với giao diện mới.
Cổng mới bổ sung chuyên mục Sản phẩm OCOP, Sự kiện và chức năng tra cứu văn bản theo số, ký hiệu.
Các bài viết của cổng cũ từ năm 2020 được chuyển sang cổng mới và tiếp tục được cập nhật.
""",
          author=None, **when(datetime(2025, 6, 9, 7, 45)), opts={"by": "admin", "cat": 5},
          notes=["oldest post of the relaunched portal, only on /tin-tuc.aspx?pagenumber=3 (and its archive); no lead, "
                 "'bởi admin', no byline: author null"]),
        A(path="/tin-tuc/htx-keo-cu-do-thanh-sen-giu-nghe-truyen-thong.aspx",
          title="HTX kẹo cu đơ Thành Sen giữ nghề truyền thống",
          date=datetime(2024, 9, 18),
          lead="Giữa nhiều cơ sở sản xuất nhỏ lẻ, HTX Kẹo cu đơ Thành Sen chọn cách giữ công thức truyền thống để tạo thương hiệu.",
          body="""
HTX có 15 thành viên, mỗi ngày sản xuất khoảng 300 kg kẹo cu đơ từ lạc, mật mía và bánh đa nướng.
Năm 2024, HTX đăng ký nhãn hiệu, thiết kế bao bì mới và đưa sản phẩm lên các sàn thương mại điện tử.
[img keo-cu-do.png] Thành viên HTX ép kẹo cu đơ
""",
          byline="Hải Yến", author="Hải Yến", **when(datetime(2024, 9, 18), midnight=True),
          opts={"by": "admin", "cat": 8, "migrated": True},
          notes=["a 2024 post migrated from the old portal: 'Đăng lúc 18/09/2024 00:00 bởi admin' (the import kept no "
                 "time: midnight); closing 'Hải Yến': part of the text, the author; only on /tin-tuc.aspx?pagenumber=3"]),
    ]
    for a in arts:
        a.opts["item"] = 300 + int(hashlib.md5(a.path.encode()).hexdigest(), 16) % 97
        a.aliases = [view_post(a)]
    assert len({a.opts["item"] for a in arts}) == len(arts)
    return arts


# -- markup ------------------------------------------------------------------------------------

def img(name: str) -> str:
    return f"/Data/Sites/1/media/tin-tuc/{name}"


def blog_text(a: Article) -> str:
    parts = []
    if a.lead:
        parts.append(f"<p><strong>{inline_html(a.lead)}</strong></p>")
    doc = a.opts.get("doc")
    for i, b in enumerate(a.blocks):
        if b.kind == "img":
            if a.opts.get("photo"):
                parts.append('<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 600px;">'
                             f'<tbody><tr><td><img alt="" src="{img(b.src)}" style="width: 600px; height: 400px;" /></td>'
                             f'</tr><tr><td style="text-align: center;"><em>{inline_html(b.text)}</em></td></tr></tbody>'
                             '</table>')
            else:
                parts.append(f'<p style="text-align: center;"><img alt="" src="{img(b.src)}" style="width: 600px;" /></p>')
                if b.text:
                    parts.append(f'<p style="text-align: center;"><em>{inline_html(b.text)}</em></p>')
        elif b.kind == "h":
            parts.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + "</ul>")
        elif doc and (b.text.isupper() or b.text.startswith(("Số:", "Hà Tĩnh, ngày", "Về việc"))) and i < 7:
            parts.append(f'<p style="text-align: center;"><strong>{inline_html(b.text)}</strong></p>')
        elif doc and b.text.startswith("CHỦ TỊCH "):
            parts.append(f'<p style="text-align: right;"><strong>{inline_html(b.text)}</strong></p>')
        elif b.text.startswith("Nguồn:"):
            parts.append(f'<p style="text-align: right;"><em>{inline_html(b.text)}</em></p>')
        else:
            parts.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(parts)


def blogdate(a: Article) -> str:
    if a.opts.get("event"):
        return ""
    return (f'<div class="blogdate">Đăng lúc {a.date:%d/%m/%Y %H:%M} bởi <span class="blogauthor">'
            f'{esc(a.opts["by"])}</span></div>')


def cat_url(c: int) -> str:
    return f"/Blog/ViewCategory.aspx?cat={c}&amp;pageid={PAGEID}&amp;mid={MID}"


def archive_url(y: int, m: int, amp: bool = True) -> str:
    sep = "&amp;" if amp else "&"
    return f"/Blog/ViewArchive.aspx?month={m}{sep}year={y}{sep}pageid={PAGEID}{sep}mid={MID}"


def post_page(a: Article, prev: Article | None, nxt: Article | None, related: list[Article]) -> str:
    att = ""
    if a.attachments:
        x = a.attachments[0]
        att = (f'<div class="blogattachments"><span>{LABELS[6]}</span> <a href="{x["path"]}" target="_blank">'
               f'<img src="/Data/SiteImages/Icons/pdf.png" alt="" /> {esc(x["text"])}</a></div>')
    links = ""
    if prev:
        links += f'<a class="previouspost" href="{prev.path}" title="{attr(prev.title)}">{LABELS[1]}</a> '
    if nxt:
        links += f'<a class="nextpost" href="{nxt.path}" title="{attr(nxt.title)}">{LABELS[2]}</a>'
    rel = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a></li>' for o in related)
    cats = "" if a.opts.get("event") else (f'<div class="blogcategories"><span>{LABELS[7]}:</span> '
                                           f'<a href="{cat_url(a.opts["cat"])}">{esc(CATS[a.opts["cat"]])}</a></div>')
    item = (f'<div class="blogitem"><h2 class="blogtitle">{esc(a.title)}</h2>{blogdate(a)}'
            f'<div class="blogtext">\n{blog_text(a)}\n</div>{att}'
            f'<div class="bsocial"><span>{LABELS[15]}</span> <a href="javascript:void(0)" class="fb">Facebook</a> '
            f'<a href="javascript:void(0)" class="zalo">Zalo</a></div>'
            f'<div class="blogcopyright">{esc(LABELS[0])}</div>{cats}'
            f'<div class="postlinks">{links}</div>'
            + (f'<div class="relatedposts"><h3>{LABELS[3]}</h3><ul>{rel}</ul></div>' if rel else "")
            + f'<div class="blogcommentlink"><a href="#comments">{LABELS[4]}</a></div>'
            f'<div class="blogcomments" id="comments"><h3>{LABELS[5]}</h3><textarea name="ctl00$mainContent$ctl00$txtComment" '
            f'rows="4" cols="60"></textarea><input type="submit" name="ctl00$mainContent$ctl00$btnPostComment" value="Gửi" />'
            f'</div></div>')
    module = "Sự kiện" if a.opts.get("event") else "Tin tức - Sự kiện"
    crumb = (EVENTS, "Sự kiện") if a.opts.get("event") else (BLOG, "Tin tức")
    return item, module, crumb


def excerpt_item(a: Article, href: str, with_date: bool = True) -> str:
    d = (f'<div class="blogdate">Đăng lúc {a.date:%d/%m/%Y %H:%M} bởi <span class="blogauthor">{esc(a.opts["by"])}'
         f'</span></div>') if with_date and not a.opts.get("event") else ""
    return (f'<div class="blogitem"><h3 class="blogtitle"><a href="{href}">{esc(a.title)}</a></h3>{d}'
            f'<div class="blogtext"><p>{esc(a.summary())}</p></div><a class="morelink" href="{href}">Xem tiếp »</a></div>')


def layout(title: str, action: str, crumb: tuple[str, str] | None, module_title: str, content: str,
           side: str, canonical: str | None = None) -> str:
    menu = "".join(f'<li class="AspNet-Menu-Leaf"><a href="{h}" class="AspNet-Menu-Link">{t}</a></li>'
                   for h, t in [("/home.aspx", "Trang chủ"), ("/gioi-thieu.aspx", "Giới thiệu"), (BLOG, "Tin tức"),
                                (EVENTS, "Sự kiện"), ("/thu-vien-anh.aspx", "Thư viện ảnh"), ("/lien-he.aspx", "Liên hệ")])
    cr = (f'<div class="breadcrumbs"><a href="/home.aspx" class="unselectedcrumb">Trang chủ</a> &gt; '
          f'<a href="{crumb[0]}" class="selectedcrumb">{crumb[1]}</a></div>') if crumb else ""
    can = f'<link rel="canonical" href="{{{{base}}}}{canonical}" />' if canonical else ""
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[:5])
    vs = hashlib.sha1(action.encode()).hexdigest()
    return f"""<!DOCTYPE html>
<html lang="vi" xml:lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head><title>
	{esc(title)} - Liên minh HTX tỉnh Hà Tĩnh
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{can}
<link rel="stylesheet" type="text/css" href="/csshandler.ashx?skin=lmhtx-hatinh&amp;s=1&amp;sv=6fd2c6d1.css" />
<meta name="generator" content="mojoPortal" />
</head>
<body class="pagebody" id="Body">
<form method="post" action="{action.replace("&", "&amp;")}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY{vs}ZGQ=" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }}
}}
//]]>
</script>
<a href="#startcontent" class="skiplink">{LABELS[13]}</a>
<div id="wrapwebsite">
<div class="topnavwrap"><span class="todaydate">{TODAY}</span> <a href="/Secure/Login.aspx" class="sitelink">{LABELS[14]}</a></div>
<div id="wrapheader"><a href="/" class="sitelogo"><img src="/Data/Sites/1/skins/lmhtx-hatinh/logo.png" alt="" /></a>
<a class="siteheading" href="/">LIÊN MINH HỢP TÁC XÃ TỈNH HÀ TĨNH</a>
<div class="slogan">{esc(SLOGANS[0])}</div></div>
<div id="topnav"><div class="AspNet-Menu-Horizontal"><ul class="AspNet-Menu">{menu}</ul></div>
<div class="searchpanel"><input name="ctl00$SiteSearch1$txtSearch" type="text" id="txtSearch" class="watermarktextbox" />
<a href="/SearchResults.aspx?q=ocop">Tìm kiếm</a></div></div>
<div class="marquee-slogan"><marquee scrollamount="3">{esc(SLOGANS[1])}</marquee></div>
<div id="wrapcenter">
<div id="center-rightmargin" class="art-content cmszone">
{cr}
<a id="startcontent"></a>
<div class="modulecontainer blogmodule"><div class="module">
<h1 class="art-PostHeader moduletitle">{esc(module_title)}</h1>
<div class="modulecontent"><div class="blogwrapper">
{content}
</div></div></div></div>
</div>
<div id="rightcol" class="rightside cmszone">
{side}
<div class="modulecontainer"><div class="module"><h2 class="moduletitle">{LABELS[12]}</h2><div class="modulecontent"><ul>
<li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>
<li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div></div></div>
<div class="modulecontainer"><div class="module"><div class="modulecontent"><p>{LABELS[10]}</p><p>{LABELS[11]}</p></div></div></div>
</div>
</div>
<div id="wrapfooter">{foot}<p class="poweredby"><a href="{{{{base:offsite}}}}/mojoportal/" target="_blank">{FOOTER[5]}</a></p></div>
</div>
<script src="/ClientScript/jqmojo/jquery-1.12.4.min.js" type="text/javascript"></script>
</form>
</body>
</html>
"""


def sidebar(arts: list[Article]) -> str:
    cats = "".join(f'<li><a href="{cat_url(c)}">{esc(n)}</a> ({sum(1 for a in arts if a.opts["cat"] == c and not a.opts.get("event"))})</li>'
                   for c, n in CATS.items())
    months = sorted({(a.date.year, a.date.month) for a in arts if not a.opts.get("event")}, reverse=True)
    arch = "".join(f'<li><a href="{archive_url(y, m)}">Tháng {m}/{y}</a></li>' for y, m in months)
    recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in [x for x in arts if not x.opts.get("event")][:5])
    return (f'<div class="modulecontainer"><div class="module"><h2 class="moduletitle">{LABELS[9]}</h2>'
            f'<div class="modulecontent"><ul class="blognav">{recent}'
            f'</ul></div></div></div>'
            f'<div class="modulecontainer"><div class="module"><h2 class="moduletitle">{LABELS[7]}</h2>'
            f'<div class="modulecontent"><ul class="blognav">{cats}</ul></div></div></div>'
            f'<div class="modulecontainer"><div class="module"><h2 class="moduletitle">{LABELS[8]}</h2>'
            f'<div class="modulecontent"><ul class="blognav">{arch}</ul></div></div></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-tinh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    posts = [a for a in arts if not a.opts.get("event")]
    events = [a for a in arts if a.opts.get("event")]
    side = sidebar(arts)
    for a in arts:
        seq = events if a.opts.get("event") else posts
        i = seq.index(a)
        prev = seq[i + 1] if i + 1 < len(seq) else None
        nxt = seq[i - 1] if i > 0 else None
        related = [o for o in posts if o is not a and o.opts["cat"] == a.opts["cat"]][:3]
        item, module, crumb = post_page(a, prev, nxt, related)
        site.page(a.path, layout(a.title, a.path, crumb, module, item, side, canonical=a.path), content_type=HTML)
        vp = view_post(a)
        site.page(vp, layout(a.title, vp, crumb, module, item, side, canonical=a.path), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Quyết định số 27/QĐ-LMHTX", ["QUYET DINH KHEN THUONG HTX TIEU BIEU NAM 2025",
                                                           "Lien minh HTX tinh Ha Tinh"]))
    site.trap("mojoPortal anatomy: one form#aspnetForm (__VIEWSTATE, __doPostBack), h1.moduletitle is the blog module's "
              "name, the post a div.blogitem (h2.blogtitle, div.blogdate 'Đăng lúc … bởi …', div.blogtext, attachments, "
              "div.blogcopyright, categories, '« Bài trước / Bài sau »', 'Bài viết liên quan', comment box); every post "
              "also at /Blog/ViewPost.aspx?pageid=…&ItemID=…&mid=… (canonical the friendly URL)", arts[0].path)

    # the blog list with its pager: real links beside __doPostBack ones
    chunks = [posts[i:i + PER] for i in range(0, len(posts), PER)]
    for n, chunk in enumerate(chunks, 1):
        url = BLOG if n == 1 else f"{BLOG}?pagenumber={n}"
        nums = []
        for k in range(1, len(chunks) + 1):
            if k == n:
                nums.append(f'<span class="SelectedPage">{k}</span>')
            else:
                nums.append(f'<a href="{BLOG}{"" if k == 1 else f"?pagenumber={k}"}" class="ModulePager">{k}</a>')
        post = (f' <a href="javascript:__doPostBack(&#39;ctl00$mainContent$ctl00$pgrBottom&#39;,&#39;{n + 1}&#39;)" '
                f'class="ModulePager">Trang sau</a> <a href="javascript:__doPostBack(&#39;ctl00$mainContent$ctl00$pgrBottom'
                f'&#39;,&#39;{len(chunks)}&#39;)" class="ModulePager">Trang cuối</a>') if n < len(chunks) else ""
        pager = f'<div class="modulepager"><span class="PagerLabel">Trang</span> {" ".join(nums)}{post}</div>'
        content = "".join(excerpt_item(a, a.path) for a in chunk) + pager
        site.page(url, layout("Tin tức", url, (BLOG, "Tin tức"), "Tin tức - Sự kiện", content, side), content_type=HTML)
        site.non_articles.append(url)
    site.trap("blog list /tin-tuc.aspx?pagenumber=N: 'Trang 1 2 3' real links beside 'Trang sau' / 'Trang cuối' "
              "__doPostBack links; excerpts with 'Xem tiếp »'; the two oldest posts only on page 3",
              f"{BLOG}?pagenumber=3")
    site.page(EVENTS, layout("Sự kiện", EVENTS, (EVENTS, "Sự kiện"), "Sự kiện",
                             "".join(excerpt_item(a, a.path, with_date=False) for a in events), side), content_type=HTML)
    site.non_articles.append(EVENTS)

    # monthly archives (ViewPost links) and categories
    months = sorted({(a.date.year, a.date.month) for a in posts}, reverse=True)
    for y, m in months:
        url = archive_url(y, m, amp=False)
        items = [a for a in posts if (a.date.year, a.date.month) == (y, m)]
        content = "".join(excerpt_item(a, view_post(a).replace("&", "&amp;")) for a in items)
        site.page(url, layout(f"Lưu trữ tháng {m}/{y}", url, (BLOG, "Tin tức"), f"Lưu trữ: Tháng {m}/{y}", content, side),
                  content_type=HTML)
        site.non_articles.append(url)
    for c, name in CATS.items():
        url = cat_url(c).replace("&amp;", "&")
        items = [a for a in posts if a.opts["cat"] == c]
        site.page(url, layout(name, url, (BLOG, "Tin tức"), f"Chuyên mục: {name}",
                              "".join(excerpt_item(a, a.path) for a in items), side), content_type=HTML)
        site.non_articles.append(url)
    site.trap("monthly archives /Blog/ViewArchive.aspx?month=M&year=Y&pageid=12&mid=67 (one post each for most months, "
              "excerpt + 'Xem tiếp »', links to the ViewPost address) and category pages: listings",
              archive_url(2024, 9, amp=False))

    # home: an html module and the "Tin mới cập nhật" list (the only date of the event post)
    recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({a.date:%d/%m/%Y})</span></li>'
                     for a in arts[:7])
    home = (f'<div class="slidecontainer"><p>{esc(NAME)} chào mừng bạn đến với cổng thông tin điện tử.</p></div>'
            f'<div class="modulecontainer"><h2 class="moduletitle">Tin mới cập nhật</h2><ul class="recentcontent">{recent}'
            f'</ul></div>')
    site.page("/home.aspx", layout("Trang chủ", "/home.aspx", None, "Trang chủ", home, side), content_type=HTML)
    site.same_page("/", "/home.aspx")

    about = ["Liên minh Hợp tác xã tỉnh Hà Tĩnh là tổ chức chính trị - xã hội và kinh tế, đại diện, bảo vệ quyền và lợi ích "
             "hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
             "Liên minh thực hiện tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn thành lập, đào tạo nguồn nhân "
             "lực, hỗ trợ xúc tiến thương mại và tiếp cận vốn cho các hợp tác xã thành viên.",
             "Quỹ hỗ trợ phát triển hợp tác xã tỉnh trực thuộc Liên minh, có vốn điều lệ 50 tỷ đồng, cho vay ưu đãi các dự "
             "án sản xuất kinh doanh của hợp tác xã."]
    site.page("/gioi-thieu.aspx", layout("Giới thiệu", "/gioi-thieu.aspx", ("/gioi-thieu.aspx", "Giới thiệu"),
                                         "Giới thiệu chung",
                                         '<div class="htmlmodule">' + "".join(f"<p>{esc(x)}</p>" for x in about) + "</div>",
                                         side), content_type=HTML)
    site.page("/lien-he.aspx", layout("Liên hệ", "/lien-he.aspx", ("/lien-he.aspx", "Liên hệ"), "Liên hệ",
                                      f'<p>{esc(NAME)}</p><input name="ctl00$mainContent$ctl01$txtName" type="text" />'
                                      '<textarea name="ctl00$mainContent$ctl01$edMessage"></textarea><input type="submit" '
                                      'name="ctl00$mainContent$ctl01$btnSend" value="Gửi" />', side), content_type=HTML)
    gal = "".join(f'<div class="galleryitem"><img src="{img(b.src)}" alt="" /><p>{esc(b.text)}</p></div>'
                  for a in arts for b in a.blocks if b.kind == "img" and b.text)
    site.page("/thu-vien-anh.aspx", layout("Thư viện ảnh", "/thu-vien-anh.aspx", ("/thu-vien-anh.aspx", "Thư viện ảnh"),
                                           "Thư viện ảnh", gal, side), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page("/SearchResults.aspx?q=ocop", layout("Tìm kiếm", "/SearchResults.aspx?q=ocop", None, "Kết quả tìm kiếm",
                                                   "".join(excerpt_item(a, a.path, False) for a in found), side),
              content_type=HTML)
    site.page("/Secure/Login.aspx", '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập</title>'
                                    '</head><body><form method="post" action="/Secure/Login.aspx" id="aspnetForm"><input '
                                    'name="UserName"><input name="Password" type="password"><input type="submit" '
                                    'value="Đăng nhập"></form></body></html>', content_type=HTML)
    site.trap("introduction /gioi-thieu.aspx (an HtmlContent module: h1.moduletitle and three paragraphs, no date), "
              "contact, gallery, /SearchResults.aspx?q=ocop, the Sự kiện list and the home ('Tin mới cập nhật'): not "
              "articles", "/gioi-thieu.aspx")
    site.non_articles += ["/home.aspx", "/", "/gioi-thieu.aspx", "/lien-he.aspx", "/thu-vien-anh.aspx",
                          "/SearchResults.aspx?q=ocop"]
    site.never_fetched.append("/Secure/Login.aspx")
    site.static("/robots.txt", "User-agent: *\nDisallow: /Secure/\nDisallow: /Admin/\n")
    site.static("/csshandler.ashx", "body{font-family:Arial,sans-serif}\n")
    return site
