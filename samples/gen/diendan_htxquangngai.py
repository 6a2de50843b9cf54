"""Site `diendan-htxquangngai` (registry family `generic`): "Diễn đàn Kinh tế tập thể Quảng Ngãi", the members' forum of
the Quảng Ngãi cooperative alliance (since 1 July 2025 the province includes the former Kon Tum) on **vBulletin 5
Connect 5.7.5** with the Vietnamese language pack; the alliance's news are the threads of the channel "Tin tức Liên
minh". Written as a held-out test: no family module, no selectors.

Why it is hard: a thread `/forum/tin-tuc-lien-minh/<node-id>-<topic-slug>` is a conversation: the `h1.main-title` is the
subject, then `ul.conversation-list` holds one `li.b-post` per post (the starter `b-post--first`, with schema.org
`DiscussionForumPosting` microdata): the poster's `b-userinfo` block, "Đăng vào" and `<time itemprop="dateCreated"
datetime="2026-03-05T09:10:00+07:00">03-05-2026, 09:10</time>` (vBulletin's default m-d-Y: 5 March, not 3 May), the
`b-post__body` with the BBCode output (lines split by `<br />` only, bold lines as headings, `cms_table` tables,
centred `<i>` captions under `bbcode-attachment` images), attachments in `b-post-attachments`, a signature. The starter
post is the article; the replies (`#2`, `#3`, quotes in `bbcode_container`) are comments; the thread's `/page2` holds
only replies. The office account "Ban Biên tập LMHTX" posts most news (never the author: the closing byline is); a
member posting in person is the author. Every thread also answers at `/node/<id>` (301 to the thread), at
`?p=<postid>#post<postid>` (the post permalink, the starter's id is the thread's) and with `?s=<hash>` (vBulletin's
cookie-less session); one thread migrated from vBulletin 4 keeps `/showthread.php?t=<old>` (301). The channel lists
(`/forum/tin-tuc-lien-minh`, `/page2`) are sorted by the last post and show it. Home, forum index, member channel "Hỏi
đáp HTX", profiles, album, calendar, contact and help are no articles; robots.txt disallows the login, registration,
search and private messages.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "diendan-htxquangngai"
FORUM = "Diễn đàn Kinh tế tập thể Quảng Ngãi"
HTML = "text/html; charset=UTF-8"
CH = "/forum/tin-tuc-lien-minh"
CH_NAME = "Tin tức Liên minh"
QA = "/forum/hoi-dap-htx"
QA_NAME = "Hỏi đáp HTX"
SESSION = "7f3c1a9e5b2d40c8a6e1f9b3d7c5a2e4"
OFFICE = (2, "ban-bien-tap-lmhtx", "Ban Biên tập LMHTX", "Quản trị viên", "05-2019", 1877)
MEMBERS = {5: ("huynh-thi-kim-oanh", "Huỳnh Thị Kim Oanh", "Điều hành viên", "08-2020", 612),
           14: ("htx-tinh-phong", "HTX Tịnh Phong", "Thành viên", "03-2022", 41),
           21: ("a-dinh-thien", "A Đinh Thiện", "Thành viên", "11-2023", 18),
           27: ("le-quang-vinh", "Lê Quang Vinh", "Thành viên", "06-2021", 133)}
SIGNATURE = "Ban Biên tập - Liên minh HTX tỉnh Quảng Ngãi | 96 Lê Trung Đình | ĐT 0255.3822.914"
CHROME = ["Múi giờ GMT+7. Bây giờ là 10:42.", "Powered by vBulletin® Version 5.7.5",
          "Copyright © 2026 MH Sub I, LLC dba vBulletin. Mọi quyền được bảo lưu.",
          "Chào mừng bạn đến với diễn đàn của các HTX Quảng Ngãi", "Giờ đây chúng ta là một tỉnh: chào thành viên từ Kon Tum!",
          "Đang tải...", "Thu gọn", "Lên đầu trang", "Bài viết mới nhất", "Thống kê diễn đàn",
          "Chủ đề: 2.184", "Bài viết: 9.870", "Thành viên: 1.512", "Thành viên tích cực: 37",
          "Chào mừng thành viên mới nhất, HTX Sa Huỳnh Xanh.", "Dung Quất hôm nay", "Có mây, gió Đông Nam cấp 3",
          "Độ ẩm 78%", "Bạn cần đăng nhập để trả lời chủ đề này", SIGNATURE, "Tập tin đính kèm", "Thích",
          "Trả lời", "Trích dẫn", "Bình chọn nhanh", "HTX của bạn đã chuyển đổi số chưa?", "Đã có phần mềm kế toán",
          "Đang tìm hiểu", "Chưa có kế hoạch"]
REPLIES = {1: (27, "Cảm ơn Ban Biên tập đã cập nhật, HTX chúng tôi sẽ theo dõi."),
           2: (14, "Xin hỏi HTX ở khu vực Kon Tum cũ có được tham gia không ạ?"),
           3: (21, "Thông tin rất bổ ích cho các HTX vùng Tây Nguyên."),
           4: (5, "Chào bạn, mọi HTX trên địa bàn tỉnh mới đều được đăng ký nhé.")}


def vdate(d: datetime) -> str:
    """vBulletin's default date format m-d-Y, time H:i (the language pack keeps 24 h)."""
    return f"{d:%m-%d-%Y, %H:%M}"


def time_tag(d: datetime, prop: str = "dateCreated") -> str:
    return f'<time itemprop="{prop}" datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00">{vdate(d)}</time>'


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Liên minh HTX tỉnh Quảng Ngãi tổng kết năm 2025, triển khai nhiệm vụ năm 2026",
          lead="**Ngày 15/1, Liên minh HTX tỉnh Quảng Ngãi tổ chức hội nghị tổng kết công tác năm 2025 - năm đầu tiên hoạt động sau khi hợp nhất với Liên minh HTX tỉnh Kon Tum.**",
          body="""
Đến cuối năm 2025, toàn tỉnh có 742 HTX và 21 liên hiệp HTX với gần 86.000 thành viên; doanh thu bình quân đạt 3,1 tỷ đồng mỗi HTX.
[img tong-ket-2025-quang-ngai.png] Đại biểu dự hội nghị tổng kết tại trụ sở Liên minh HTX tỉnh
**Ba nhóm nhiệm vụ trọng tâm**
Năm 2026, Liên minh HTX tỉnh tập trung kiện toàn tổ chức sau hợp nhất, hỗ trợ HTX vùng đồng bào dân tộc thiểu số và đẩy mạnh chuyển đổi số.
Hội nghị đã khen thưởng 25 tập thể, 18 cá nhân có thành tích xuất sắc trong phong trào kinh tế tập thể.
""", byline="Bài, ảnh: Trương Định", author="Trương Định",
          opts={"node": 4812, "slug": "lien-minh-htx-tinh-quang-ngai-tong-ket-nam-2025-trien-khai-nhiem-vu-nam-2026",
                "poster": 2, "replies": [1, 2, 4, 3, 1, 2, 3, 4, 1, 3, 2], "old": 2291, "img": 5120},
          notes=["thread: the starter li.b-post--first is the article (BBCode lines split by <br />, a bold line as "
                 "heading, a centred <i> caption under a bbcode-attachment image); ten replies on page 1 and more on "
                 "/page2 (replies only: no article); posted by the office account: 'Bài, ảnh: Trương Định' -> author; "
                 "migrated from vBulletin 4: /showthread.php?t=2291 301-redirects here (alias), as /node/4812 does"],
          **at(datetime(2026, 1, 16, 8, 40))),
        A(path="", title="Kế hoạch số 15/KH-LMHTX hỗ trợ HTX tham gia Chương trình OCOP năm 2026",
          body="""
LIÊN MINH HTX TỈNH QUẢNG NGÃI
Số: 15/KH-LMHTX
Quảng Ngãi, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Hỗ trợ HTX tham gia Chương trình Mỗi xã một sản phẩm năm 2026
**I. MỤC TIÊU**
Phấn đấu năm 2026 có thêm ít nhất 30 sản phẩm của HTX được đánh giá, phân hạng từ 3 sao trở lên.
**II. NỘI DUNG HỖ TRỢ**
- Tư vấn hoàn thiện hồ sơ, câu chuyện sản phẩm, bao bì và nhãn mác.
- Kết nối HTX với các đơn vị kiểm nghiệm, cấp mã số vùng trồng.
- Giới thiệu sản phẩm tại Hội chợ OCOP tỉnh Quảng Ngãi tháng 9/2026.
**III. TỔ CHỨC THỰC HIỆN**
Ban Tư vấn - Hỗ trợ chủ trì, phối hợp với các xã, phường triển khai kế hoạch này.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Thị Ngọc Diệp
""", author=None, doc_number="15/KH-LMHTX",
          attachments=[{"path": "/filedata/fetch?id=5133&d=1741140600", "text": "KH-15-LMHTX-OCOP-2026.pdf"}],
          opts={"node": 4790, "slug": "ke-hoach-so-15-kh-lmhtx-ho-tro-htx-tham-gia-chuong-trinh-ocop-nam-2026",
                "poster": 2, "replies": [2, 4], "attach": 5133},
          notes=["plan 'Số: 15/KH-LMHTX' dated 02/3 in the text, posted '03-05-2026, 09:10' (vBulletin's month-first "
                 "m-d-Y: 5 March; the time element's datetime says so); '- ' lines keep their dash; the signer is "
                 "text, author null; the PDF in div.b-post-attachments (/filedata/fetch?id=5133&d=…, its size and "
                 "download count no text): an attachment"],
          **at(datetime(2026, 3, 5, 9, 10))),
        A(path="", title="Kết quả sản xuất, kinh doanh của HTX nông nghiệp năm 2025",
          body="""
Theo số liệu tổng hợp của Liên minh HTX tỉnh, doanh thu và lợi nhuận của HTX nông nghiệp đều tăng so với năm 2024.
| Khu vực | Số HTX | Doanh thu bình quân (triệu đồng) | Lãi bình quân (triệu đồng) |
| Đồng bằng ven biển | 318 | 3.420 | 265 |
| Miền núi phía Tây | 176 | 1.980 | 120 |
| Khu vực Kon Tum cũ | 141 | 2.250 | 148 |
Các HTX có dịch vụ tiêu thụ sản phẩm cho thành viên đạt hiệu quả cao hơn rõ rệt.
""", byline="Theo Nguyễn Trang", author="Nguyễn Trang",
          opts={"node": 4771, "slug": "ket-qua-san-xuat-kinh-doanh-cua-htx-nong-nghiep-nam-2025",
                "poster": 2, "replies": [3]},
          notes=["a [TABLE] BBCode table (div.cms_table > table.cms_table_grid, no header cells): one line per row; "
                 "'Theo Nguyễn Trang' closes the post -> author 'Nguyễn Trang'; posted '02-24-2026, 15:30'"],
          **at(datetime(2026, 2, 24, 15, 30))),
        A(path="", title="Sáu lưu ý khi HTX lập báo cáo tài chính năm 2025",
          body="""
Thời hạn nộp báo cáo tài chính năm 2025 sắp hết, Ban Tư vấn nhắc các HTX mấy điểm thường gặp sai sót:
* Đối chiếu công nợ với thành viên trước khi khóa sổ;
* Trích lập quỹ đầu tư phát triển đúng tỷ lệ điều lệ quy định;
* Ghi nhận riêng khoản hỗ trợ của Nhà nước;
* Kiểm kê vật tư, nông sản tồn kho cuối năm;
* Lập thuyết minh báo cáo theo mẫu của Thông tư số 71/2019/TT-BTC;
* Nộp báo cáo qua cổng dịch vụ công của tỉnh.
Thành viên cần hướng dẫn thêm có thể trả lời ngay trong chủ đề này.
""", author="Huỳnh Thị Kim Oanh",
          opts={"node": 4755, "slug": "sau-luu-y-khi-htx-lap-bao-cao-tai-chinh-nam-2025", "poster": 5,
                "replies": [1, 2]},
          notes=["a six-item list; no byline: posted in person by the moderator 'Huỳnh Thị Kim Oanh' (a person) -> author"],
          **at(datetime(2026, 2, 11, 16, 5))),
        A(path="", title="Ảnh: Mùa thu hoạch hành tím ở đặc khu Lý Sơn",
          body="""
[img hanh-tim-ly-son-1.png] Thành viên HTX Dịch vụ nông nghiệp Lý Sơn nhổ hành trên ruộng cát
[img hanh-tim-ly-son-2.png] Hành tím được phơi khô, tết thành bó trước khi bán
[img hanh-tim-ly-son-3.png] Thương lái ra đảo thu mua hành cho HTX
""", byline="Ảnh: Đinh Hương", author="Đinh Hương",
          opts={"node": 4738, "slug": "anh-mua-thu-hoach-hanh-tim-o-dac-khu-ly-son", "poster": 2, "replies": [3],
                "img": 5101},
          notes=["photo story: three bbcode-attachment images, each with a centred <i> caption (the lines); "
                 "'Ảnh: Đinh Hương' -> author"],
          **at(datetime(2026, 1, 29, 7, 15))),
        A(path="", title="HTX Nông nghiệp Tịnh Hà đưa máy bay không người lái vào sản xuất lúa",
          body="""
HTX Nông nghiệp Tịnh Hà, huyện Sơn Tịnh, tỉnh Quảng Ngãi vừa đầu tư 2 máy bay không người lái để phun thuốc và bón phân cho thành viên.
Mỗi ngày, một máy phun được 25 ha, chi phí thấp hơn thuê nhân công khoảng 30%.
HTX dự kiến mở rộng dịch vụ sang các xã lân cận trong vụ Hè Thu năm 2025.
""", byline="Ngọc Hân - Quốc Việt", author="Ngọc Hân - Quốc Việt",
          opts={"node": 4391, "slug": "htx-nong-nghiep-tinh-ha-dua-may-bay-khong-nguoi-lai-vao-san-xuat-lua",
                "poster": 2, "replies": [1]},
          notes=["2025 thread of the old province ('huyện Sơn Tịnh', before the merger), only on the channel's "
                 "/page2; two reporters 'Ngọc Hân - Quốc Việt' close it -> author"],
          **at(datetime(2025, 4, 22, 14, 50))),
        A(path="", title="Thông báo tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 1 năm 2026",
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh Quảng Ngãi thông báo tiếp nhận hồ sơ vay vốn đợt 1 năm 2026.
**Đối tượng**
HTX, liên hiệp HTX có phương án sản xuất, kinh doanh khả thi, ưu tiên dự án ứng dụng công nghệ cao.
**Thời gian**
Từ ngày 10/3 đến hết ngày 10/4/2026, trong giờ hành chính.
Nguồn: Quỹ hỗ trợ phát triển HTX tỉnh
""", author=None,
          opts={"node": 4802, "slug": "thong-bao-tiep-nhan-ho-so-vay-von-quy-ho-tro-phat-trien-htx-dot-1-nam-2026",
                "poster": 2, "replies": [], "session": True},
          notes=["notice posted by the office account with two bold headings and no byline: 'Nguồn: …' is no "
                 "author -> null; linked from the home page with ?s=<hash> (cookie-less session): alias"],
          **at(datetime(2026, 3, 9, 10, 20))),
        A(path="", title="HTX sâm Ngọc Linh ở Tu Mơ Rông mở rộng vùng trồng dưới tán rừng",
          lead="**Sau hợp nhất tỉnh, các HTX trồng sâm Ngọc Linh ở vùng Kon Tum cũ được hỗ trợ liên kết tiêu thụ qua mạng lưới của Liên minh HTX tỉnh.**",
          body="""
HTX Sâm Ngọc Linh Tu Mơ Rông hiện có 46 thành viên, quản lý 38 ha sâm trồng dưới tán rừng ở độ cao trên 1.800 m.
[img sam-ngoc-linh-tu-mo-rong.png] Thành viên HTX chăm sóc vườn sâm dưới tán rừng
Năm 2026, HTX trồng thêm 6 ha và hoàn thiện hồ sơ truy xuất nguồn gốc cho từng củ sâm.
""", byline="Bài, ảnh: Y Ngọc", author="Y Ngọc",
          opts={"node": 4819, "slug": "htx-sam-ngoc-linh-o-tu-mo-rong-mo-rong-vung-trong-duoi-tan-rung",
                "poster": 21, "replies": [4], "img": 5140},
          notes=["posted by the member 'A Đinh Thiện' but closed by 'Bài, ảnh: Y Ngọc': the byline names the author "
                 "(the poster only shared it); the home page's 'Bài viết mới nhất' links its ?p=4819#post4819 permalink"],
          **at(datetime(2026, 3, 11, 19, 25))),
    ]


def bbc(a: RichArticle) -> str:
    """vBulletin 5's BBCode output: no paragraphs, <br /> between the lines."""
    out: list[str] = []
    img = a.opts.get("img", 5100)
    if a.lead:
        out.append(inline_html(a.lead).replace("<strong>", "<b>").replace("</strong>", "</b>") + "<br />\n<br />\n")
    for b in a.blocks:
        if b.kind == "p":
            out.append(inline_html(b.text).replace("<strong>", "<b>").replace("</strong>", "</b>") + "<br />\n")
        elif b.kind == "h":
            out.append(f"<b>{inline_html(b.text)}</b><br />\n")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>\n")
        elif b.kind == "img":
            out.append(f'<a href="/filedata/fetch?id={img}" class="bbcode-attachment js-slideshow__gallery-node">'
                       f'<img title="Name: {attr(b.src)} Views: 1 Size: 84,2 KB ID: {img}" '
                       f'class="bbcode-attachment thumbnail js-lightbox bbcode-attachment--lightbox" '
                       f'src="/filedata/fetch?id={img}&amp;type=thumb" data-fullsize-url="/filedata/fetch?id={img}" '
                       f'alt="Click image for larger version  Name: {attr(b.src)} ID: {img}" data-attachmentid="{img}"></a><br />\n'
                       f'<div style="text-align: center;"><i>{esc(b.text)}</i></div>\n')
            img += 1
        elif b.kind == "table":
            out.append('<div class="cms_table"><table width="600" class="cms_table_grid">' + "".join(
                '<tr valign="top" class="cms_table_grid_tr">'
                + "\n".join(f'<td class="cms_table_grid_td">{esc(c)}</td>' for c in r) + "</tr>" for r in b.rows)
                + "</table></div>\n")
    if a.byline:
        out.append(f'<div style="text-align: right;"><b>{esc(a.byline)}</b></div>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-ngai", FORUM, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    news = articles()
    site.extra_boilerplate += CHROME
    for a in news:
        a.path = f"{CH}/{a.opts['node']}-{a.opts['slug']}"
    by_date = sorted(news, key=lambda a: a.date, reverse=True)

    def user(uid: int) -> tuple:
        return OFFICE if uid == 2 else (uid, *MEMBERS[uid])

    def member_url(uid: int) -> str:
        return f"/member/{uid}-{user(uid)[1]}"

    def sidebar() -> str:
        latest = "".join(f'<li class="b-post-sm"><a href="{a.path}" class="b-post-sm__title">{esc(a.title)}</a>'
                         f'<div class="b-post-sm__meta">{esc(user(a.opts["poster"])[2])}</div></li>' for a in by_date[:4])
        return (f'<div class="b-module canvas-widget" id="widget_41"><div class="widget-header"><h2 class="module-title">Bài viết mới nhất</h2></div>'
                f'<div class="widget-content"><ul class="b-post-sm__list">{latest}</ul></div></div>'
                '<div class="b-module canvas-widget" id="widget_42"><div class="widget-header"><h2 class="module-title">Thống kê diễn đàn</h2></div>'
                '<div class="widget-content"><dl class="stats"><dd>Chủ đề: 2.184</dd><dd>Bài viết: 9.870</dd><dd>Thành viên: 1.512</dd>'
                '<dd>Thành viên tích cực: 37</dd></dl><p class="newest-member">Chào mừng thành viên mới nhất, HTX Sa Huỳnh Xanh.</p></div></div>'
                '<div class="b-module canvas-widget static-html-module" id="widget_43"><div class="widget-header"><h2 class="module-title">Dung Quất hôm nay</h2></div>'
                '<div class="widget-content"><span class="temp">29°C</span><p>Có mây, gió Đông Nam cấp 3</p><p>Độ ẩm 78%</p></div></div>'
                '<div class="b-module canvas-widget poll-module" id="widget_44"><div class="widget-header"><h2 class="module-title">Bình chọn nhanh</h2></div>'
                '<div class="widget-content"><p class="poll-question">HTX của bạn đã chuyển đổi số chưa?</p><form action="/auth/login-form">'
                '<ul><li><label><input type="radio" name="opt" value="1"> Đã có phần mềm kế toán</label></li>'
                '<li><label><input type="radio" name="opt" value="2"> Đang tìm hiểu</label></li>'
                '<li><label><input type="radio" name="opt" value="3"> Chưa có kế hoạch</label></li></ul></form></div></div>')

    def layout(title: str, content: str, crumbs: list[tuple[str, str]], canonical: str = "", desc: str = "",
               og_type: str = "website", sidebar_on: bool = True) -> str:
        trail = "".join(f'<li class="crumb ellipsis"><a class="crumb-link h-border-box" href="{h}">{esc(t)}</a></li>'
                        for t, h in [("Diễn đàn", "/forum"), *crumbs])
        head = f'<link rel="canonical" href="{{{{base}}}}{attr(canonical)}">' if canonical else ""
        og = (f'<meta property="og:site_name" content="{FORUM}"><meta property="og:type" content="{og_type}">'
              f'<meta property="og:title" content="{attr(title)}">'
              + (f'<meta property="og:url" content="{{{{base}}}}{attr(canonical)}">' if canonical else "")
              + (f'<meta property="og:description" content="{attr(desc)}">' if desc else ""))
        side = f'<div class="canvas-layout-container js-canvas-layout-container"><div class="section-1">{sidebar()}</div></div>' if sidebar_on else ""
        return f"""<!DOCTYPE html>
<html id="htmlTag" xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi" dir="ltr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href="{{{{base}}}}/">
<title>{esc(title)} - {FORUM}</title>
<meta name="description" content="{attr(desc or title)}">
<meta name="generator" content="vBulletin 5.7.5">{og}{head}
<link rel="stylesheet" type="text/css" href="/css.php?styleid=1&amp;td=ltr&amp;sheet=css_reset.css,css_unreset.css,css_utilities.css&amp;df=0&amp;ts=1741748100">
<script src="/js/header-rollup-575.js"></script>
</head>
<body id="vb-page-body" class="l-desktop page60 vb-page view-mode logged-out" itemscope itemtype="http://schema.org/WebPage" data-usergroupid="1" data-styleid="1">
<div id="wrapper"><div id="header-axd" class="header-edit-box axdnum_1 h-clearfix"><div class="axd-container">
<div id="header" class="noselect"><div class="header-cell"><div class="site-logo header-edit-box"><a href="/"><img src="/images/misc/logo-lmhtx-qng.png" alt="{FORUM}" title="Powered by vBulletin"></a></div></div>
<div class="header-cell header-edit-box"><div class="toolbar"><ul class="h-right"><li class="search-container"><form id="searchForm" action="/search" class="h-left" method="GET">
<input type="text" name="q" id="q" placeholder="Tìm kiếm"><button type="submit" id="btnSearch" class="search-btn"><span class="b-icon b-icon__search"></span></button></form></li>
<li id="idLoginBtn"><a href="/auth/login-form">Đăng nhập</a></li><li id="idRegisterBtn"><a href="/register">Đăng ký</a></li></ul></div></div></div>
<div id="channel-tabbar" class="h-clearfix header-edit-box"><ul class="channel-tabbar-list h-left b-comp-menu-horizontal">
<li class="current section-item"><a href="/" class="h-left navbar_home">Trang chủ</a></li>
<li class="section-item"><a href="/forum" class="h-left navbar_forum">Diễn đàn</a></li>
<li class="section-item"><a href="{CH}" class="h-left">{CH_NAME}</a></li>
<li class="section-item"><a href="/calendar" class="h-left">Lịch sự kiện</a></li>
<li class="section-item"><a href="/contact-us" class="h-left">Liên hệ</a></li></ul></div>
<div class="announcement-bar"><p>Chào mừng bạn đến với diễn đàn của các HTX Quảng Ngãi</p><p>Giờ đây chúng ta là một tỉnh: chào thành viên từ Kon Tum!</p></div>
</div></div>
<main id="content"><div class="canvas-layout-container js-canvas-layout-container">
<div id="breadcrumbs" class="h-clearfix" itemscope itemtype="https://schema.org/BreadcrumbList"><ul class="breadcrumbs h-clearfix">{trail}</ul></div>
<div class="canvas-widget-list section-0">{content}</div></div>{side}</main>
<div id="footer"><div id="footer-tabbar"><ul class="h-left js-footer-chooser-list"><li><a href="/contact-us">Liên hệ</a></li><li><a href="/help">Trợ giúp</a></li>
<li><a href="#top" class="js-top">Lên đầu trang</a></li></ul></div>
<div id="footer-copyright"><p>Múi giờ GMT+7. Bây giờ là 10:42.</p><p class="js-footer-copyright">Powered by vBulletin® Version 5.7.5 <br>Copyright © 2026 MH Sub I, LLC dba vBulletin. Mọi quyền được bảo lưu.</p>
<p class="js-footer-loading">Đang tải...</p></div></div></div>
<script src="/js/footer-rollup-575.js"></script></body></html>"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def userinfo(uid: int, prop: bool) -> str:
        _, slug, name, group, joined, count = user(uid)
        micro = ' itemprop="author" itemscope itemtype="https://schema.org/Person"' if prop else ""
        return (f'<div class="b-userinfo b-post__userinfo"{micro}><div class="b-userinfo__icon"><a href="{member_url(uid)}" class="b-avatar b-avatar--m">'
                f'<img src="/images/default/default_avatar_medium.png" alt="{attr(name)}"></a></div>'
                f'<div class="author h-text-size--14"><strong><a href="{member_url(uid)}"'
                + (' itemprop="url"' if prop else "") + f'><span itemprop="name">{esc(name)}</span></a></strong></div>'
                f'<div class="usertitle">{esc(group)}</div><ul class="b-userinfo__details"><li class="b-userinfo__additional-info">'
                f'<label>Ngày tham gia:</label> <span>{joined}</span></li><li class="b-userinfo__additional-info"><label>Bài viết:</label> '
                f'<span>{count}</span></li></ul></div>')

    def post(a_path: str, nid: int, uid: int, title: str, when: datetime, body: str, n: int, attach: str = "",
             first: bool = False) -> str:
        cls = "b-post js-post js-comment-entry__parent h-restore--on-preview b-content-entry" + (" b-post--first" if first else "")
        micro = (' itemscope itemtype="https://schema.org/DiscussionForumPosting" itemprop="mainEntity"' if first else
                 ' itemscope itemtype="https://schema.org/Comment" itemprop="comment"')
        sig = (f'<div class="b-post__signature restore"><div class="b-post__signature-separator"></div>{esc(SIGNATURE)}</div>'
               if uid == 2 else "")
        head = f'<h2 class="b-post__title js-post-title OLD__post-title" itemprop="headline">{esc(title)}</h2>' if first else ""
        return (f'<li class="{cls}" data-node-id="{nid}" id="post{nid}"{micro}>'
                f'<meta itemprop="url" content="{{{{base}}}}{a_path}?p={nid}#post{nid}"><div class="b-post__grid">'
                f'<div class="b-post__arrow"></div><div class="b-post__hide-when-deleted">{userinfo(uid, first)}'
                f'<div class="b-post__content js-post__content"><hr class="b-divider--section"><div class="b-media b-post__header">'
                f'<div class="b-post__timestamp"><span class="b-post__timestamp-label">Đăng vào</span> {time_tag(when)}</div>'
                f'<div class="b-post__count"><a href="{a_path}?p={nid}#post{nid}">#{n}</a></div></div>'
                f'<div class="b-post__body">{head}<div class="OLD__post-content"><div class="js-post__content-text restore h-wordwrap" itemprop="text">'
                f'{body}</div></div>{attach}{sig}</div>'
                f'<div class="b-post__footer h-hide--on-preview"><ul class="h-margin-0 h-right"><li><a href="/auth/login-form" class="b-button js-post-control__like">Thích</a></li>'
                f'<li><a href="/auth/login-form" class="b-button js-post-control__reply">Trả lời</a></li>'
                f'<li><a href="/auth/login-form" class="b-button js-post-control__quote">Trích dẫn</a></li></ul></div></div></div></div></li>')

    def reply_posts(a: RichArticle, replies: list[int], start: int) -> str:
        nid = a.opts["node"]
        out = []
        for k, r in enumerate(replies, start):
            uid, txt = REPLIES[r]
            quote = ""
            if r == 4:
                quote = (f'<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container">'
                         f'<div class="bbcode_postedby">Gửi bởi <strong>{esc(user(REPLIES[2][0])[2])}</strong> '
                         f'<a href="{a.path}?p={nid}#post{nid}" rel="nofollow">Xem bài viết</a></div>'
                         f'<div class="message">{esc(REPLIES[2][1])}</div></div></div></div>')
            when = a.date + timedelta(hours=3 * k, minutes=11 * k)
            out.append(post(a.path, nid + 100 * k + 3, uid, "", when, quote + esc(txt), k))
        return "".join(out)

    def pagenav(base: str, n: int, total: int) -> str:
        if total < 2:
            return ""
        links = "".join(f'<a class="js-pagenav-button b-button{" b-button--secondary js-shrink-event-child h-disabled" if k == n else ""}" '
                        f'href="{base if k == 1 else f"{base}/page{k}"}" data-page="{k}">{k}</a>' for k in range(1, total + 1))
        return f'<div class="pagenav-container h-clearfix noselect"><div class="js-pagenav pagenav h-right js-shrink-event-parent">{links}</div></div>'

    for i, a in enumerate(news):
        o = a.opts
        nid = o["node"]
        body = bbc(a)
        attach = ""
        for b in a.blocks:
            if b.kind == "img":
                pass
        if o.get("attach"):
            x = a.attachments[0]
            attach = (f'<div class="b-post-attachments"><h4 class="b-post-attachments__title">Tập tin đính kèm</h4><ul class="b-post-attachments__list">'
                      f'<li><span class="b-icon b-icon__paperclip"></span><a href="{x["path"].replace("&", "&amp;")}" rel="nofollow">{esc(x["text"])}</a> '
                      f'<span class="h-text-size--11">(215,4 KB, 41 lượt tải)</span></li></ul></div>')
            site.files[f"_routes/filedata-{o['attach']}.pdf"] = pdf(a.title, ["KE HOACH SO 15/KH-LMHTX", "Ho tro HTX tham gia OCOP 2026"])
            site.routes.append({"path": x["path"], "file": f"_routes/filedata-{o['attach']}.pdf", "content_type": "application/pdf"})
        first = post(a.path, nid, o["poster"], a.title, a.date, body, 1, attach, first=True)
        replies = o["replies"]
        p1, p2 = replies[:10], replies[10:]
        total = 2 if p2 else 1
        others = [t for t in by_date if t is not a][:2]
        views = 318 + 53 * i

        def thread(posts: str, n: int, a=a, views=views, total=total, others=others) -> str:
            return (f'<div class="b-module canvas-widget default-widget conversation-content-widget forum-conversation-content-widget widget-tabs widget-no-border widget-no-header-buttons">'
                    f'<div class="widget-header"><div class="module-title h-left"><h1 class="main-title js-main-title hide-on-editmode">{esc(a.title)}</h1></div></div>'
                    f'<div class="conversation-status-messages"><div class="conversation-status-message notice h-hide"><span>Bạn cần đăng nhập để trả lời chủ đề này</span></div></div>'
                    f'<div class="conversation-toolbar-wrapper top h-clearfix"><div class="conversation-toolbar"><span class="b-toolbar__item">Thu gọn</span>'
                    f'<span class="topic-views">{views} lượt xem</span></div>{pagenav(a.path, n, total)}</div>'
                    f'<ul class="conversation-list list-container h-clearfix thread-view">{posts}</ul>'
                    f'<div class="conversation-toolbar-wrapper bottom">{pagenav(a.path, n, total)}</div>'
                    f'<div class="b-module related-topics"><h3>Chủ đề liên quan</h3><ul><li><a href="{others[0].path}">{esc(others[0].title)}</a></li>'
                    f'<li><a href="{others[1].path}">{esc(others[1].title)}</a></li></ul></div></div>')

        crumbs = [(CH_NAME, CH)]
        html1 = layout(a.title, thread(first + reply_posts(a, p1, 2), 1), crumbs, a.path, a.summary(), "article")
        page(a.path, html1)
        if p2:
            page(f"{a.path}/page2", layout(f"{a.title} - Trang 2", thread(reply_posts(a, p2, 12), 2), crumbs,
                                            f"{a.path}/page2", a.summary()))
            site.non_articles.append(f"{a.path}/page2")
        site.redirect(f"/node/{nid}", a.path, 301)
        permalink = f"{a.path}?p={nid}"
        site.same_page(permalink, a.path)
        a.aliases += [f"/node/{nid}", f"{permalink}#post{nid}"]
        if o.get("session"):
            sess = f"{a.path}?s={SESSION}"
            site.same_page(sess, a.path)
            a.aliases.append(sess)
        if o.get("old"):
            site.redirect(f"/showthread.php?t={o['old']}", a.path, 301)
            a.aliases.append(f"/showthread.php?t={o['old']}")
        site.add_article(a)

    # the pictures: vBulletin serves every attachment through filedata/fetch
    site.binary("/filedata/fetch", image_for("filedata"))
    site.static("/css.php", "body{font-family:Arial,sans-serif}\n")

    # channel lists: sorted by last post, 5 threads a page
    def last_post(a: RichArticle) -> tuple[datetime, str]:
        if not a.opts["replies"]:
            return a.date, user(a.opts["poster"])[2]
        n = len(a.opts["replies"])
        return a.date + timedelta(hours=3 * (n + 1), minutes=11 * (n + 1)), user(REPLIES[a.opts["replies"][-1]][0])[2]

    listed = sorted(news, key=lambda a: last_post(a)[0], reverse=True)
    chunks = [listed[i:i + 5] for i in range(0, len(listed), 5)]
    for n, chunk in enumerate(chunks, 1):
        rows = ""
        for a in chunk:
            when, who = last_post(a)
            o = a.opts
            rows += (f'<tr class="topic-item" data-node-id="{o["node"]}"><td class="cell-topic"><div class="topic-info h-clear js-topic-info">'
                     f'<a href="{a.path}" class="topic-title h-left js-topic-title">{esc(a.title)}</a></div>'
                     f'<div class="topic-info h-clear"><span class="username">Bắt đầu bởi <a href="{member_url(o["poster"])}">{esc(user(o["poster"])[2])}</a></span>, '
                     f'<span class="date">{vdate(a.date)}</span></div></td><td class="cell-count"><div class="posts-count">{len(o["replies"])} Trả lời</div>'
                     f'<div class="views-count">{200 + o["node"] % 97} Xem</div></td><td class="cell-lastpost"><div class="lastpost-by">bởi {esc(who)}</div>'
                     f'<a href="{a.path}?p={o["node"]}#post{o["node"]}" class="go-to-last-post"><span class="post-date">{vdate(when)}</span></a></td></tr>')
        path = CH if n == 1 else f"{CH}/page{n}"
        content = (f'<div class="b-module canvas-widget default-widget channel-content-widget"><div class="widget-header"><h1 class="main-title js-main-title">{CH_NAME}</h1>'
                   f'<p class="channel-description">Tin hoạt động của Liên minh HTX tỉnh và các HTX thành viên</p></div>{pagenav(CH, n, len(chunks))}'
                   f'<table class="topic-list-wrapper js-topic-list"><thead><tr><th>Chủ đề</th><th>Trả lời / Xem</th><th>Bài viết mới nhất</th></tr></thead>'
                   f'<tbody>{rows}</tbody></table>{pagenav(CH, n, len(chunks))}</div>')
        page(path, layout(CH_NAME if n == 1 else f"{CH_NAME} - Trang {n}", content, [(CH_NAME, CH)], path))
        site.non_articles.append(path)

    # members' questions: threads, no news
    qa = [(4808, 14, "thu-tuc-dang-ky-lai-htx-sau-sap-xep-don-vi-hanh-chinh", "Thủ tục đăng ký lại HTX sau sắp xếp đơn vị hành chính",
           "HTX chúng tôi đổi địa chỉ từ huyện sang xã mới, có cần làm lại giấy chứng nhận đăng ký không ạ?"),
          (4797, 27, "tim-doi-tac-bao-tieu-que-tra-bong", "Tìm đối tác bao tiêu quế Trà Bồng",
           "HTX có khoảng 40 tấn quế vỏ khô mỗi năm, cần tìm doanh nghiệp thu mua ổn định.")]
    qa_rows = ""
    for nid, uid, slug, title, text in qa:
        path = f"{QA}/{nid}-{slug}"
        when = datetime(2026, 3, 6, 20, 15)
        posts = (post(path, nid, uid, title, when, esc(text), 1, first=True)
                 + post(path, nid + 7, 5, "", when + timedelta(hours=13), "Bạn liên hệ Ban Tư vấn - Hỗ trợ của Liên minh HTX tỉnh để được hướng dẫn nhé.", 2))
        content = (f'<div class="b-module canvas-widget conversation-content-widget"><div class="widget-header"><h1 class="main-title js-main-title">{esc(title)}</h1></div>'
                   f'<ul class="conversation-list list-container thread-view">{posts}</ul></div>')
        page(path, layout(title, content, [(QA_NAME, QA)], path))
        site.non_articles.append(path)
        qa_rows += (f'<tr class="topic-item"><td class="cell-topic"><a href="{path}" class="topic-title">{esc(title)}</a>'
                    f'<div class="topic-info"><span class="username">Bắt đầu bởi {esc(user(uid)[2])}</span>, <span class="date">{vdate(when)}</span></div></td></tr>')
    page(QA, layout(QA_NAME, f'<div class="b-module channel-content-widget"><h1 class="main-title">{QA_NAME}</h1><table class="topic-list-wrapper"><tbody>{qa_rows}</tbody></table></div>',
                    [(QA_NAME, QA)], QA))
    site.non_articles.append(QA)

    # forum index, home (the activity page with the latest news)
    chans = "".join(f'<tr class="forum-item"><td class="cell-forum"><a href="{h}" class="forum-title">{esc(t)}</a><p class="forum-desc">{esc(d)}</p></td></tr>'
                    for t, h, d in [(CH_NAME, CH, "Tin hoạt động của Liên minh HTX tỉnh"), (QA_NAME, QA, "Thành viên hỏi, Ban Tư vấn trả lời")])
    page("/forum", layout("Diễn đàn", f'<div class="b-module forum-list-widget"><h1 class="main-title">Diễn đàn</h1><table class="forum-list-container"><tbody>{chans}</tbody></table></div>', [], "/forum"))
    home_items = ""
    for a in by_date[:5]:
        href = f"{a.path}?s={SESSION}" if a.opts.get("session") else a.path
        if a.opts["node"] == 4819:
            href = f"{a.path}?p=4819#post4819"
        home_items += (f'<li class="b-post-sm"><h3 class="b-post-sm__title"><a href="{href}">{esc(a.title)}</a></h3>'
                       f'<p class="b-post-sm__excerpt">{esc(a.summary())}</p><span class="date">{vdate(a.date)}</span></li>')
    home_items += f'<li><a href="/showthread.php?t=2291">Bài cũ: Tổng kết năm 2025 (liên kết từ diễn đàn cũ)</a></li>'
    home_items += f'<li><a href="/node/{news[1].opts["node"]}">{esc(news[1].title)}</a></li>'
    page("/", layout(FORUM, f'<div class="b-module canvas-widget" id="widget_10"><div class="widget-header"><h1 class="main-title">{CH_NAME}</h1></div>'
                            f'<ul class="b-post-sm__list">{home_items}</ul><a href="{CH}">Xem tất cả</a></div>', [], "/"))
    site.non_articles += ["/", "/forum"]

    for uid in [2, *MEMBERS]:
        name = user(uid)[2]
        page(member_url(uid), layout(name, f'<div class="profile-sidebar"><h1 class="main-title">{esc(name)}</h1><p>{esc(user(uid)[3])}</p>'
                                           f'<p>Bài viết: {user(uid)[5]}</p><a href="{member_url(uid)}/media">Album ảnh</a></div>', [], member_url(uid), sidebar_on=False))
        site.non_articles.append(member_url(uid))
    page("/member/2-ban-bien-tap-lmhtx/media", layout("Album ảnh", '<h1 class="main-title">Album ảnh</h1><div class="album-list">'
         '<a href="/filedata/fetch?id=5101"><img src="/filedata/fetch?id=5101&amp;type=thumb" alt=""></a>'
         '<a href="/filedata/fetch?id=5120"><img src="/filedata/fetch?id=5120&amp;type=thumb" alt=""></a><p>Hành tím Lý Sơn (3 ảnh)</p></div>',
         [], sidebar_on=False))
    for uid in MEMBERS:
        page(f"{member_url(uid)}/media", layout("Album ảnh", '<h1 class="main-title">Album ảnh</h1><p>Chưa có ảnh.</p>', [], sidebar_on=False))
        site.non_articles.append(f"{member_url(uid)}/media")
    site.non_articles.append("/member/2-ban-bien-tap-lmhtx/media")
    page("/calendar", layout("Lịch sự kiện", '<h1 class="main-title">Lịch sự kiện</h1><table class="calendar"><tr><td>10/03: Mở nhận hồ sơ vay vốn</td>'
                                              '<td>24/03: Tập huấn OCOP</td></tr></table>', []))
    page("/contact-us", layout("Liên hệ", '<h1 class="main-title">Liên hệ với chúng tôi</h1><p>Văn phòng Liên minh HTX tỉnh Quảng Ngãi, 96 Lê Trung Đình.</p>'
                                          '<form action="/contact-us" method="post"><input name="name"><textarea name="message"></textarea><button>Gửi</button></form>', []))
    page("/help", layout("Trợ giúp", '<h1 class="main-title">Trợ giúp</h1><p>Câu hỏi thường gặp về việc sử dụng diễn đàn.</p>', []))
    site.non_articles += ["/calendar", "/contact-us", "/help"]
    for path in ["/auth/login-form", "/register", "/search", "/privatemessage"]:
        page(path, layout("Đăng nhập", '<h1 class="main-title">Đăng nhập</h1><form><input name="username"></form>', [], sidebar_on=False))
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /auth/\nDisallow: /register\nDisallow: /search\nDisallow: /privatemessage\n"
                "Disallow: /lostpw\n")
    site.trap("channel lists /forum/tin-tuc-lien-minh and /page2 (5 a page) are sorted by the LAST post and show its "
              f"time ('bởi {last_post(listed[0])[1]} {vdate(last_post(listed[0])[0])}') beside the start; forum index, home, member channel 'Hỏi đáp "
              "HTX' and its threads, profiles, albums, calendar, contact, help: no articles", f"{CH}/page2")
    site.trap("every thread answers at /node/<id> (301), at ?p=<id>#post<id> (the post permalink) and one with "
              "?s=<hash> (session): aliases; robots.txt disallows /auth/, /register, /search, /privatemessage: never fetched",
              news[0].path)
    return site
