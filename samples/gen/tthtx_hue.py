"""Site `tthtx-hue` (registry family `generic`): the Trung tâm Tư vấn và Hỗ trợ hợp tác xã of Huế city (the
advisory and support centre of the city's cooperative alliance; Thừa Thiên Huế province until 2025), an e107
1.x/2.x site; written as a held-out test: no family module, no selectors.

Why it is hard: every news item is reached by four URLs and none has a canonical link: `/news.php?extend.N`
(the full item: body and extended part, what the listings' "Đọc tiếp…" opens), `/news.php?item.N.C` (the same
with the comments, linked from "Bình luận: k"), the SEF twin `/news/N/slug` (the "Tin mới" menu) and the print
view `/print.php?news.N`. The page's only `<h1>` is the site name; the title is `h2.news-title`. The date is the
e107 news-info line "Đăng bởi admin, Thứ Sáu 20 Tháng 3 2026 - 08:30:00", where "admin" is the account (never an
author); a person's account is the author unless a byline names the writer. The text is `div.news-body` then
`div.news-extended`; the listings (`/news.php`, paged `/news.php?default.0.4`, categories `/news.php?cat.2`
and `/news.php?cat.2.4`) show each item's whole `news-body` with its news-info line, and items without an
extended part appear there in full. Items written before 2025 are in bbcode: paragraphs are runs of text between
`<br /><br />`, a heading is a bold run, a caption an `<i>` after the photo's `<br />`. The sidebar is e107_plugins
menus: online users, a poll, a chatbox with dated messages, login, "Tin mới" with dates; under each item the
comments (dated) and "Tin cùng chuyên mục" (dated). User pages, the chatbox page, the custom page
`/page.php?3` (introduction), contact, signup and the search are not articles.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, esc, inline_html, iso, pdf, weekday

SITE = "tthtx-hue"
NAME = "Trung tâm Tư vấn và Hỗ trợ hợp tác xã thành phố Huế"
HTML = "text/html; charset=utf-8"
PER = 4
CATS = {2: "Tin hoạt động", 3: "Thông báo - Văn bản", 4: "Xúc tiến thương mại"}
USERS = {1: "admin", 3: "Nguyễn Thị Mai", 5: "Lê Văn Bình"}
PDF_PATH = "/e107_media/files/TB-08-TTTV-chieu-sinh-2026.pdf"

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGAN = "Hợp tác xã - Vững bước cùng Huế phát triển"
SIDE = ["Trực tuyến", "Khách trực tuyến: 14", "Thành viên trực tuyến: 0", "Thành viên mới nhất: htxphongdien",
        "Thăm dò", "HTX của bạn cần hỗ trợ gì nhất trong năm 2026?", "Vốn vay ưu đãi", "Đào tạo cán bộ quản lý",
        "Tìm đầu ra cho sản phẩm", "Bình chọn", "Tổng số phiếu: 86", "Hộp thoại", "Xem tất cả tin nhắn",
        "Đăng nhập", "Tên đăng nhập:", "Mật khẩu:", "Đăng ký thành viên", "Tin mới"]
CHAT = [("htxthuyvan", "18/03/2026 09:12", "Cho hỏi Trung tâm có mở lớp kế toán HTX trong tháng 4 không ạ?"),
        ("quantri", "18/03/2026 10:05", "Lớp kế toán dự kiến khai giảng ngày 15/4, bạn theo dõi thông báo trên trang nhé."),
        ("htxphongdien", "16/03/2026 15:40", "Cảm ơn Trung tâm đã hỗ trợ HTX làm hồ sơ OCOP.")]
LABELS = ["Đọc tiếp…", "Lượt xem:", "Bình luận", "Tin cùng chuyên mục", "Gửi bình luận", "Tệp đính kèm:",
          "In bản tin", "Trang chủ"]
FOOTER = ["Trung tâm Tư vấn và Hỗ trợ hợp tác xã thành phố Huế - Liên minh Hợp tác xã thành phố Huế",
          "Địa chỉ: 16 Lê Lợi, phường Thuận Hóa, thành phố Huế",
          "Điện thoại: 0234.3822.917 - Email: tuvanhtxhue@gmail.com",
          "Chịu trách nhiệm nội dung: Ông Trần Quốc Khánh - Giám đốc Trung tâm",
          "Vận hành trên nền e107, phát hành theo giấy phép GNU GPL"]
COMMENTS = {214: [("htxhuongtra", "21/03/2026 08:40", "Đề nghị Trung tâm mở thêm lớp cho HTX vùng gò đồi.")],
            201: [("Hồ Văn Tâm", "01/03/2026 19:22", "Mong Trung tâm sớm triển khai tư vấn tại các xã mới.")]}
BOILERPLATE = [TODAY, SLOGAN, *SIDE, *[c[2] for c in CHAT], *LABELS[1:6], *FOOTER] + \
    [c[2] for cs in COMMENTS.values() for c in cs]


def shown(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/news.php?extend.214", title="Tập huấn chuyển đổi số cho HTX nông nghiệp trên địa bàn thành phố",
          date=datetime(2026, 3, 20, 8, 30),
          body="""
Trong hai ngày 18 và 19/3, Trung tâm Tư vấn và Hỗ trợ hợp tác xã thành phố Huế tổ chức lớp tập huấn chuyển đổi số cho 70 cán bộ quản lý HTX nông nghiệp.
Học viên được hướng dẫn sử dụng phần mềm quản lý thành viên, kế toán điện tử và hóa đơn điện tử theo quy định mới.
## Bán hàng trên sàn thương mại điện tử
Chuyên gia của Sở Công Thương hướng dẫn HTX mở gian hàng trên các sàn thương mại điện tử, chụp ảnh sản phẩm và viết mô tả sản phẩm OCOP.
[img tap-huan-cds.png] Học viên thực hành đăng sản phẩm lên sàn thương mại điện tử
Kết thúc lớp học, 18 HTX đăng ký được Trung tâm hỗ trợ xây dựng gian hàng trực tuyến trong quý II/2026.
Hoàng Lan
""",
          author="Hoàng Lan", **shown(datetime(2026, 3, 20, 8, 30)),
          opts={"n": 214, "cat": 2, "uid": 1, "split": 2, "right": "Hoàng Lan", "slug": "tap-huan-chuyen-doi-so-cho-htx",
                "views": 312},
          notes=["title h2.news-title (the only h1 is the site name); news-info 'Đăng bởi admin, Thứ Sáu 20 Tháng 3 "
                 "2026 - 08:30:00' (admin: the account); text = div.news-body (two paragraphs, all the listings show, "
                 "with 'Đọc tiếp…') + div.news-extended; byline 'Hoàng Lan' closes the extended part (text, author); a "
                 "reader's comment of 21/03/2026 below; twins /news.php?item.214.2, /news/214/…, /print.php?news.214"]),
        A(path="/news.php?extend.211", title="Thông báo chiêu sinh lớp bồi dưỡng giám đốc HTX năm 2026",
          date=datetime(2026, 3, 4, 10, 15),
          body="""
LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HUẾ
TRUNG TÂM TƯ VẤN VÀ HỖ TRỢ HỢP TÁC XÃ
Số: 08/TB-TTTV
Huế, ngày 02 tháng 3 năm 2026
THÔNG BÁO
Chiêu sinh lớp bồi dưỡng kiến thức quản lý cho giám đốc HTX năm 2026
Thực hiện Kế hoạch số 05/KH-LMHTX ngày 12/01/2026 của Liên minh Hợp tác xã thành phố, Trung tâm thông báo chiêu sinh như sau:
1. Đối tượng: giám đốc, phó giám đốc HTX, liên hiệp HTX trên địa bàn thành phố.
2. Thời gian học: 5 ngày, từ ngày 06/4/2026 đến ngày 10/4/2026.
3. Học viên được miễn học phí và hỗ trợ tài liệu; hồ sơ đăng ký gửi về Trung tâm trước ngày 25/3/2026.
GIÁM ĐỐC Trần Quốc Khánh
""",
          author=None, doc_number="08/TB-TTTV", **shown(datetime(2026, 3, 4, 10, 15)),
          attachments=[{"path": PDF_PATH, "text": "TB-08-TTTV-chieu-sinh-2026.pdf"}],
          opts={"n": 211, "cat": 3, "uid": 1, "split": 6, "slug": "thong-bao-chieu-sinh-lop-boi-duong-giam-doc-htx",
                "views": 540},
          notes=["official notice 'Số: 08/TB-TTTV' dated 'Huế, ngày 02 tháng 3 năm 2026' citing a plan of 12/01/2026, "
                 "a course from 06/4/2026 and a deadline 25/3/2026; the news-info says 04/03/2026 10:15; the heading "
                 "lines in news-body, the rest in news-extended; signer last (text, author null); the PDF in "
                 "'Tệp đính kèm:' after the text"]),
        A(path="/news.php?extend.207", title="Ảnh: HTX rau má Quảng Thành vào vụ thu hoạch",
          date=datetime(2025, 12, 5, 15, 40),
          body="""
[img rau-ma-1.png] Thành viên HTX Nông nghiệp Quảng Thành thu hoạch rau má trên cánh đồng ven sông Bồ
[img rau-ma-2.png] Rau má được rửa sạch, đóng gói tại nhà sơ chế của HTX
[img rau-ma-3.png] Bột rau má và trà rau má túi lọc, hai sản phẩm OCOP 3 sao của HTX
[img rau-ma-4.png] Cán bộ Trung tâm tư vấn HTX thiết kế lại bao bì sản phẩm
Ảnh: Văn Thành
""",
          author="Văn Thành", **shown(datetime(2025, 12, 5, 15, 40)),
          opts={"n": 207, "cat": 2, "uid": 1, "split": 99, "right": "Ảnh: Văn Thành",
                "slug": "anh-htx-rau-ma-quang-thanh-vao-vu", "views": 205},
          notes=["photo story: four photos with centred <i> captions, no paragraph but the closing right-aligned 'Ảnh: "
                 "Văn Thành' (text, author); no extended part: the listings show it in full with the same news-info"]),
        A(path="/news.php?extend.205", title="Hơn 60 HTX tham gia Hội chợ OCOP Huế 2026",
          date=datetime(2026, 3, 17, 9, 0),
          body="""
Từ ngày 12 đến 16/3, Hội chợ OCOP Huế 2026 diễn ra tại Công viên Thương Bạc với 150 gian hàng, trong đó có 62 gian hàng của HTX.
Trung tâm Tư vấn và Hỗ trợ hợp tác xã thành phố hỗ trợ 100% chi phí gian hàng cho 30 HTX có sản phẩm OCOP.
Sau 5 ngày, doanh thu bán hàng của các HTX đạt khoảng 2,8 tỷ đồng; nhiều HTX ký hợp đồng tiêu thụ với hệ thống siêu thị.
* HTX Nông nghiệp Thủy Thanh ký hợp đồng cung ứng 20 tấn gạo hữu cơ;
* HTX Dịch vụ Hương Trà ký hợp đồng tiêu thụ 5 tấn tinh dầu tràm;
* HTX Bún Vân Cù ký hợp đồng với hai bếp ăn tập thể.
Thanh Hương
""",
          author="Thanh Hương", **shown(datetime(2026, 3, 17, 9, 0)),
          opts={"n": 205, "cat": 4, "uid": 5, "split": 1, "right": "Thanh Hương", "slug": "hon-60-htx-tham-gia-hoi-cho-ocop-hue-2026",
                "views": 428},
          notes=["the fair ran 'Từ ngày 12 đến 16/3'; the news-info says 17/03/2026 09:00; the chatbox beside it has "
                 "messages of 16/03 and 18/03/2026; account 'Lê Văn Bình' (a person) but the byline 'Thanh Hương' names "
                 "the writer: author Thanh Hương"]),
        A(path="/news.php?extend.201", title="Hội nghị triển khai nhiệm vụ tư vấn, hỗ trợ HTX năm 2026",
          date=datetime(2026, 2, 28, 15, 30),
          body="""
Sáng 27/2, Trung tâm Tư vấn và Hỗ trợ hợp tác xã thành phố Huế tổ chức hội nghị triển khai nhiệm vụ năm 2026.
Năm 2025, Trung tâm đã tư vấn thành lập mới 41 HTX, hướng dẫn 96 HTX điều chỉnh địa chỉ trụ sở theo đơn vị hành chính mới và tổ chức 22 lớp tập huấn.
Năm 2026, Trung tâm đặt mục tiêu hỗ trợ 50 HTX ứng dụng chuyển đổi số và đưa thêm 15 sản phẩm của HTX đạt chuẩn OCOP.
Minh Khoa
""",
          author="Minh Khoa", **shown(datetime(2026, 2, 28, 15, 30)),
          opts={"n": 201, "cat": 2, "uid": 3, "split": 99, "right": "Minh Khoa", "slug": "hoi-nghi-trien-khai-nhiem-vu-nam-2026",
                "views": 187},
          notes=["the conference was 'Sáng 27/2'; the news-info says 28/02/2026 15:30; a reader's comment dated "
                 "01/03/2026 below; account 'Nguyễn Thị Mai' but the byline 'Minh Khoa' names the writer: author Minh Khoa"]),
        A(path="/news.php?extend.198", title="HTX tinh dầu tràm Hương Trà mở rộng vùng nguyên liệu",
          date=datetime(2025, 10, 8, 14, 20),
          body="""
HTX Dịch vụ Hương Trà vừa trồng mới 30 ha tràm gió, nâng vùng nguyên liệu của HTX lên 110 ha.
Với sự tư vấn của Trung tâm, HTX hoàn thiện hồ sơ công bố chất lượng và đăng ký nâng hạng sản phẩm tinh dầu tràm lên OCOP 4 sao.
Nguồn: Báo Huế
""",
          author=None, **shown(datetime(2025, 10, 8, 14, 20)),
          opts={"n": 198, "cat": 4, "uid": 1, "split": 99, "slug": "htx-tinh-dau-tram-huong-tra-mo-rong-vung-nguyen-lieu",
                "views": 143},
          notes=["closing 'Nguồn: Báo Huế' is a source and the account is 'admin': author null; no extended part: the "
                 "listings show the whole item"]),
        A(path="/news.php?extend.190", title="HTX Nông nghiệp Thủy Thanh chuyển đổi 40 ha sang lúa hữu cơ",
          date=datetime(2025, 8, 12, 7, 50),
          body="""
Vụ Hè Thu 2025, HTX Nông nghiệp Thủy Thanh chuyển đổi 40 ha sang sản xuất lúa hữu cơ, liên kết bao tiêu với doanh nghiệp.
Trung tâm Tư vấn và Hỗ trợ hợp tác xã thành phố hỗ trợ HTX xây dựng phương án sản xuất, tập huấn quy trình canh tác và thủ tục chứng nhận.
[img lua-huu-co.png] Cánh đồng lúa hữu cơ của HTX Nông nghiệp Thủy Thanh
Giá thu mua lúa hữu cơ cao hơn lúa thường 30%, giúp thành viên tăng thu nhập khoảng 15 triệu đồng/ha mỗi vụ.
""",
          author="Nguyễn Thị Mai", **shown(datetime(2025, 8, 12, 7, 50)),
          opts={"n": 190, "cat": 2, "uid": 3, "split": 1, "slug": "htx-thuy-thanh-chuyen-doi-lua-huu-co", "views": 264},
          notes=["no byline: the author is the account in the news-info ('Đăng bởi Nguyễn Thị Mai')"]),
        A(path="/news.php?extend.120", title="HTX Nông nghiệp Phong Hòa liên kết sản xuất lúa giống",
          date=datetime(2024, 6, 18, 16, 0),
          body="""
HTX Nông nghiệp Phong Hòa (huyện Phong Điền) liên kết với Công ty Giống cây trồng Thừa Thiên Huế sản xuất 60 ha lúa giống vụ Hè Thu 2024.
Trung tâm Tư vấn và Hỗ trợ hợp tác xã tỉnh hỗ trợ HTX soạn thảo hợp đồng liên kết và tập huấn kỹ thuật cho 85 hộ thành viên.
## Hiệu quả từ liên kết
Doanh nghiệp cung ứng giống, vật tư và thu mua toàn bộ sản phẩm với giá cao hơn lúa thương phẩm 1.500 đồng/kg.
[img lua-giong-phong-hoa.png] Thành viên HTX khử lẫn trên ruộng lúa giống
Bài, ảnh: Phan Thanh
""",
          author="Phan Thanh", **shown(datetime(2024, 6, 18, 16, 0)),
          opts={"n": 120, "cat": 2, "uid": 1, "split": 2, "bb": True, "right": "Bài, ảnh: Phan Thanh",
                "slug": "htx-phong-hoa-lien-ket-san-xuat-lua-giong", "views": 611},
          notes=["migrated 2024 item of the former province ('huyện Phong Điền', 'Thừa Thiên Huế') in bbcode: paragraphs "
                 "separated by <br /><br />, the heading a bold run, the caption <i> after the photo's <br />; byline "
                 "'Bài, ảnh: Phan Thanh' in the extended part (text, author)"]),
        A(path="/news.php?extend.96", title="Tỉnh Thừa Thiên Huế có thêm 15 HTX thành lập mới",
          date=datetime(2023, 11, 2, 10, 30),
          body="""
Từ đầu năm 2023 đến nay, toàn tỉnh Thừa Thiên Huế có thêm 15 HTX được thành lập mới, nâng tổng số HTX đang hoạt động lên 287 HTX.
Các HTX mới chủ yếu hoạt động trong lĩnh vực nông nghiệp, du lịch cộng đồng và tiểu thủ công nghiệp.
Trung tâm Tư vấn và Hỗ trợ hợp tác xã tỉnh đã hỗ trợ miễn phí thủ tục đăng ký, xây dựng điều lệ cho các HTX này.
""",
          author=None, **shown(datetime(2023, 11, 2, 10, 30)),
          opts={"n": 96, "cat": 2, "uid": 1, "split": 99, "bb": True, "slug": "thua-thien-hue-co-them-15-htx-thanh-lap-moi",
                "views": 902},
          notes=["2023 bbcode item without an extended part or a byline; account 'admin': author null"]),
    ]


def img(name: str) -> str:
    return f"/e107_media/images/{name}"


def sef(a: Article) -> str:
    return f"/news/{a.opts['n']}/{a.opts['slug']}"


def blocks_html(a: Article, blocks) -> str:
    bb = a.opts.get("bb")
    out = []
    for b in blocks:
        if b.kind == "p" and b.text == a.opts.get("right"):
            out.append(f'<div style="text-align:right"><b>{inline_html(b.text)}</b></div>' if bb else
                       f'<p style="text-align: right;"><strong>{inline_html(b.text)}</strong></p>')
        elif b.kind == "p":
            out.append(inline_html(b.text) if bb else f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<span class="bbcode-b"><b>{inline_html(b.text)}</b></span>' if bb else f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            out.append('<ul class="bbcode">' + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        else:
            cap = f"<br /><i>{inline_html(b.text)}</i>" if b.text else ""
            out.append(f'<div style="text-align:center"><img class="bbcode" src="{img(b.src)}" alt="" />{cap}</div>')
    return "<br /><br />\n".join(out) if bb else "\n".join(out)


def halves(a: Article) -> tuple[str, str]:
    blocks = a.blocks
    n = a.opts["split"]
    return blocks_html(a, blocks[:n]), blocks_html(a, blocks[n:])


def when(d: datetime) -> str:
    return f"{weekday(d)} {d.day} Tháng {d.month} {d.year} - {d:%H:%M:%S}"


def info(a: Article) -> str:
    uid = a.opts["uid"]
    k = len(COMMENTS.get(a.opts["n"], []))
    return (f'<div class="news-info">Đăng bởi <a href="/user.php?id.{uid}">{esc(USERS[uid])}</a>, {when(a.date)} | '
            f'<a href="/news.php?item.{a.opts["n"]}.{a.opts["cat"]}">{LABELS[2]}: {k}</a> | {LABELS[1]} {a.opts["views"]} '
            f'<a href="/print.php?news.{a.opts["n"]}" title="{LABELS[6]}"><img src="/e107_images/generic/printer.png" alt="{LABELS[6]}" /></a></div>')


def listed(a: Article) -> str:
    body, ext = halves(a)
    more = f'<div class="news-readmore"><a href="{a.path}">{LABELS[0]}</a></div>' if ext else ""
    return (f'<div class="view-item"><h2 class="news-title"><a href="{a.path}">{esc(a.title)}</a></h2>{info(a)}'
            f'<div class="news-body">\n{body}\n</div>{more}</div>')


def item(a: Article, arts: list[Article]) -> str:
    body, ext = halves(a)
    files = "".join(f'<div class="news-attach">{LABELS[5]} <a href="{x["path"]}">{esc(x["text"])}</a></div>'
                    for x in a.attachments)
    cs = "".join(f'<div class="comment"><div class="comment-info"><b>{esc(w)}</b> vào {d}</div><div class="comment-body">'
                 f'{esc(t)}</div></div>' for w, d, t in COMMENTS.get(a.opts["n"], []))
    same = [x for x in arts if x.opts["cat"] == a.opts["cat"] and x is not a][:4]
    others = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a> ({x.date:%d/%m/%Y})</li>' for x in same)
    return f"""<div class="view-item">
<h2 class="news-title">{esc(a.title)}</h2>
{info(a)}
<div class="news-body">
{body}
</div>
{f'<div class="news-extended">{chr(10)}{ext}{chr(10)}</div>' if ext else ''}
{files}
</div>
<div class="spacer"><div class="caption">{LABELS[2]}</div>{cs}
<form method="post" action="{a.path}" id="commentform"><textarea name="comment" cols="60" rows="5"></textarea>
<button type="submit" name="commentsubmit">{LABELS[4]}</button></form></div>
<div class="spacer"><div class="caption">{LABELS[3]}</div><ul>{others}</ul></div>"""


def layout(title: str, main: str, arts: list[Article], caption: str) -> str:
    cats = "".join(f'<li><a href="/news.php?cat.{c}">{esc(n)}</a></li>' for c, n in CATS.items())
    chat = "".join(f'<div class="chatbox-msg"><b>{esc(w)}</b> <span class="smalltext">[{d}]</span><br /><span>{esc(t)}</span></div>'
                   for w, d, t in CHAT)
    polls = "".join(f'<label><input type="radio" name="votea" value="{i}" /> {esc(o)}</label><br />'
                    for i, o in enumerate(SIDE[6:9], 1))
    recent = "".join(f'<li><a href="{sef(a)}">{esc(a.title)}</a><br /><span class="smalltext">{a.date:%d/%m/%Y}</span></li>'
                     for a in arts[:5])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>{esc(NAME)} : {esc(title)}</title>
<meta name="generator" content="e107 v2.3.2 (https://e107.org)" />
<link rel="stylesheet" href="/e107_themes/leaf/style.css" type="text/css" />
<script type="text/javascript" src="/e107_web/js/core/all_jquery.js"></script>
</head>
<body>
<div id="header"><div class="today">{TODAY}</div>
<h1 class="sitename"><a href="/news.php">{esc(NAME)}</a></h1><div class="sitetag">{SLOGAN}</div></div>
<div id="menu"><ul><li><a href="/news.php">{LABELS[7]}</a></li><li><a href="/page.php?3">Giới thiệu</a></li>{cats}
<li><a href="/contact.php">Liên hệ</a></li></ul>
<form method="get" action="/search.php"><input type="text" name="q" /><input type="hidden" name="r" value="0" /></form>
<a class="hotkey" href="/search.php?q=OCOP&amp;r=0">OCOP</a></div>
<table id="layout"><tr>
<td id="main" valign="top"><div class="caption">{esc(caption)}</div>
{main}
</td>
<td id="right" valign="top">
<div class="menu online_menu"><div class="caption">{SIDE[0]}</div><p>{SIDE[1]}</p><p>{SIDE[2]}</p><p>{SIDE[3]}</p></div>
<div class="menu other_news_menu"><div class="caption">{SIDE[17]}</div><ul>{recent}</ul></div>
<div class="menu poll_menu"><div class="caption">{SIDE[4]}</div><p>{esc(SIDE[5])}</p><form action="javascript:void(0)">{polls}
<button type="button">{SIDE[9]}</button></form><p class="smalltext">{SIDE[10]}</p></div>
<div class="menu chatbox_menu"><div class="caption">{SIDE[11]}</div>{chat}
<a href="/e107_plugins/chatbox_menu/chat.php">{SIDE[12]}</a></div>
<div class="menu login_menu"><div class="caption">{SIDE[13]}</div><form method="post" action="javascript:void(0)">
<p>{SIDE[14]} <input name="username" /></p><p>{SIDE[15]} <input type="password" name="userpass" /></p></form>
<a href="/signup.php">{SIDE[16]}</a></div>
<div class="menu"><div class="caption">Liên kết</div><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</a></li>
<li><a href="{{{{base:offsite}}}}/chinh-phu/">Cổng TTĐT Chính phủ</a></li></ul></div>
</td></tr></table>
<div id="footer">{"<br />".join(esc(x) for x in FOOTER)}</div>
</body>
</html>
"""


def print_page(a: Article) -> str:
    body, ext = halves(a)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(NAME)} : {esc(a.title)}</title>
<link rel="stylesheet" href="/e107_themes/leaf/style.css" type="text/css" /></head>
<body style="background:#fff"><div style="text-align:center"><img src="/e107_themes/leaf/images/logo.png" alt="" /></div>
<b>{esc(a.title)}</b><br />Đăng bởi {esc(USERS[a.opts["uid"]])} vào {when(a.date)}<hr />
<div class="news-body">{body}</div>{f'<div class="news-extended">{ext}</div>' if ext else ''}
<hr /><div class="smalltext">Bản tin này từ {esc(NAME)}: {{{{base}}}}{a.path}</div></body></html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thua-thien-hue", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        site.page(a.path, layout(a.title, item(a, arts), arts, CATS[a.opts["cat"]]), content_type=HTML)
        twin = f"/news.php?item.{a.opts['n']}.{a.opts['cat']}"
        site.same_page(twin, a.path)
        site.same_page(sef(a), a.path)
        pr = f"/print.php?news.{a.opts['n']}"
        site.page(pr, print_page(a), content_type=HTML)
        a.aliases = [twin, sef(a), pr]
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Thông báo số 08/TB-TTTV", ["THONG BAO CHIEU SINH LOP BOI DUONG GIAM DOC HTX 2026",
                                                          "So: 08/TB-TTTV"]))

    def paged(first: str, nxt: str, caption: str, items: list[Article]) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for k, chunk in enumerate(chunks):
            here = first if k == 0 else nxt.format(k * PER)
            nav = ""
            if len(chunks) > 1:
                nav = '<div class="nextprev">' + " ".join(
                    f"<b>{j + 1}</b>" if j == k else f'<a href="{first if j == 0 else nxt.format(j * PER)}">{j + 1}</a>'
                    for j in range(len(chunks))) + "</div>"
            site.page(here, layout(caption, "\n".join(listed(a) for a in chunk) + nav, arts, caption), content_type=HTML)
            site.non_articles.append(here)

    paged("/news.php", "/news.php?default.0.{}", "Tin tức", arts)
    site.redirect("/", "/news.php", 302)
    for c, name in CATS.items():
        paged(f"/news.php?cat.{c}", f"/news.php?cat.{c}.{{}}", name, [a for a in arts if a.opts["cat"] == c])
    site.trap("listings /news.php (paged /news.php?default.0.4) and categories /news.php?cat.2 (paged "
              "/news.php?cat.2.4) show every item's news-info and whole news-body; items without an extended part "
              "(photo story, short news) appear there in full: not articles", "/news.php?default.0.4")
    site.trap("each item at four URLs without a canonical link: /news.php?extend.N, /news.php?item.N.C (comments "
              "link), the SEF /news/N/slug ('Tin mới' menu) and the print view /print.php?news.N", "/news/214/tap-huan-chuyen-doi-so-cho-htx")

    for uid, name in USERS.items():
        n = sum(1 for a in arts if a.opts["uid"] == uid)
        site.page(f"/user.php?id.{uid}", layout(name, f'<table class="fborder"><tr><td>Tên hiển thị</td><td>{esc(name)}</td></tr>'
                                                f'<tr><td>Số tin đã đăng</td><td>{n}</td></tr><tr><td>Ngày tham gia</td>'
                                                f'<td>05/05/2019</td></tr></table>', arts, "Thông tin thành viên"),
                  content_type=HTML)
        site.non_articles.append(f"/user.php?id.{uid}")
    chat_all = "".join(f'<div class="chatbox-msg"><b>{esc(w)}</b> [{d}]<br />{esc(t)}</div>' for w, d, t in CHAT * 2)
    site.page("/e107_plugins/chatbox_menu/chat.php", layout("Hộp thoại", chat_all, arts, "Hộp thoại"), content_type=HTML)
    about = ('<div class="cpage_body"><h2>Giới thiệu Trung tâm</h2><p>Trung tâm Tư vấn và Hỗ trợ hợp tác xã thành phố Huế là '
             'đơn vị sự nghiệp công lập trực thuộc Liên minh Hợp tác xã thành phố, có chức năng tư vấn, đào tạo và hỗ trợ '
             'các hợp tác xã, tổ hợp tác.</p><p>Trung tâm tư vấn thành lập và tổ chức lại hợp tác xã, xây dựng phương án '
             'sản xuất kinh doanh, hồ sơ vay vốn; tổ chức các lớp bồi dưỡng cán bộ quản lý và hỗ trợ xúc tiến thương mại '
             'cho sản phẩm OCOP.</p><h3>Lĩnh vực tư vấn</h3><ul><li>Pháp lý hợp tác xã;</li><li>Tài chính, kế toán;</li>'
             '<li>Chuyển đổi số và thương mại điện tử.</li></ul></div>')
    site.page("/page.php?3", layout("Giới thiệu", about, arts, "Giới thiệu"), content_type=HTML)
    site.page("/contact.php", layout("Liên hệ", f'<p>{esc(FOOTER[1])}</p><form method="post" action="javascript:void(0)">'
                                     '<input name="author_name" /><textarea name="body"></textarea></form>', arts, "Liên hệ"),
              content_type=HTML)
    site.page("/signup.php", layout("Đăng ký", '<form method="post" action="javascript:void(0)"><input name="loginname" />'
                                    '<input type="password" name="password1" /></form>', arts, "Đăng ký thành viên"),
              content_type=HTML)
    hits = [a for a in arts if "OCOP" in a.body]
    site.page("/search.php?q=OCOP&r=0", layout("Tìm kiếm", f"<p>Kết quả tìm kiếm cho 'OCOP': {len(hits)} kết quả</p>"
                                               + "".join(f'<div class="search-result"><a href="{a.path}">{esc(a.title)}</a>'
                                                         f'<br /><span class="smalltext">{when(a.date)}</span></div>' for a in hits),
                                               arts, "Tìm kiếm"), content_type=HTML)
    site.non_articles += ["/e107_plugins/chatbox_menu/chat.php", "/page.php?3", "/contact.php", "/signup.php",
                          "/search.php?q=OCOP&r=0"]
    site.trap("custom page /page.php?3 (introduction: h2, paragraphs, a heading and a list, no date), user pages "
              "/user.php?id.N, the chatbox page (dated messages), contact, signup and search: not articles", "/page.php?3")
    site.static("/robots.txt", "User-agent: *\nDisallow: /e107_admin/\nDisallow: /e107_core/\nDisallow: /e107_handlers/\n")
    return site
