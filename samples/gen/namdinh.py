"""Site `lmhtx-namdinh` (registry family `generic`): a portal built of portlets (`div.portlet` with
`.portlet-title` and `.portlet-body`, the article in one of them), built as a held-out test: no
family module, no selectors.

Every article, and the gallery too, is `/<category>/<slug>-<id>` with no extension; category pages
are `/<category>` and `/<category>/trang-N`. The date line under the title is "Cập nhật: 9/4/2024"
(day and month without leading zeros, no time); two older articles show no date on the page at
all, only their listing does. The lead is `<p class="sapo"><b>`, captions are `<em>` paragraphs
with `class="chuthich"` under a `<p><img>`, lists are "- " paragraphs, and the byline is the last
right-aligned `<p>` of the body ("Nguồn: Báo Nam Định" once: a source, no author).
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, esc, image_for, inline_html, iso

SITE = "lmhtx-namdinh"
NAME = "Liên minh Hợp tác xã tỉnh Nam Định"
HTML = "text/html; charset=utf-8"
CATS = {"tin-tuc": "Tin tức - Sự kiện", "van-ban": "Văn bản - Chính sách"}
GALLERY = "/thu-vien-anh/hoi-cho-san-pham-htx-nam-dinh-2024-12"
CONTACT = "/lien-he"
SEARCH = "/tim-kiem?tukhoa=htx"

TODAY = f"Ngày {TODAY_2026.day} tháng {TODAY_2026.month} năm {TODAY_2026.year}"
SLOGANS = ["Mừng Đảng - Mừng Xuân", "Hợp tác xã - Con đường phát triển bền vững của kinh tế tập thể"]
PORTLETS = ("Tin mới", "Liên kết", "Thống kê truy cập", "Thời tiết", "Bình chọn", "Tìm kiếm", "Tin cùng loại")
STATS = ("Đang xem: 3", "Trong ngày: 188", "Trong tháng: 4.210", "Tổng lượt: 612.930")
WEATHER = ("Nam Định 24°C", "Nắng nhẹ")
POLL_Q = "Theo bạn, HTX cần hỗ trợ gì nhất hiện nay?"
POLL_A = ("Vốn", "Thị trường tiêu thụ", "Đào tạo nguồn nhân lực")
FOOTER = ["LIÊN MINH HỢP TÁC XÃ TỈNH NAM ĐỊNH",
          "Địa chỉ: Số 1 đường Vị Xuyên, TP Nam Định",
          "Điện thoại: 0228.3849.507 - Fax: 0228.3849.508",
          "Chịu trách nhiệm: Chủ tịch Liên minh HTX tỉnh Nam Định",
          "Giấy phép số 27/GP-TTĐT ngày 10/5/2019",
          "Thiết kế và phát triển: Trung tâm CNTT tỉnh"]
TOOLS = ("Bản in", "Gửi cho bạn bè", "Trở về", "Lượt xem:")
BOILERPLATE = [TODAY, *SLOGANS, "Tăng tương phản", "Giảm tương phản", *PORTLETS, *STATS, *WEATHER, POLL_Q, *POLL_A,
               "Gửi bình chọn", *FOOTER, *TOOLS]


def shown(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="date-element", evidence=["date-element", "listing"])


def listed_only(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="listing", evidence=["listing"],
                opts={"no_date": True})


def articles() -> list[tuple[str, Article]]:
    A = Article
    return [
        ("tin-tuc", A(
            path="/tin-tuc/htx-nong-nghiep-hai-hau-san-xuat-gao-st25-hang-hoa-1876",
            title="HTX nông nghiệp Hải Hậu sản xuất gạo ST25 hàng hóa",
            date=datetime(2023, 8, 3),
            body="""
HTX Dịch vụ nông nghiệp Hải Toàn (huyện Hải Hậu) liên kết với doanh nghiệp gieo cấy 120 ha lúa ST25 theo hướng hữu cơ, bao tiêu toàn bộ sản phẩm.
[img lua-st25-hai-hau.png] Cánh đồng lúa ST25 của HTX vào vụ thu hoạch
Giá thu mua lúa tươi cao hơn giá thị trường 500 đồng/kg; mỗi ha thành viên lãi thêm khoảng 8 triệu đồng so với giống lúa cũ.
HTX đã đăng ký nhãn hiệu gạo Hải Toàn và đang hoàn thiện hồ sơ đánh giá sản phẩm OCOP.
""",
            byline="Nguồn: Báo Nam Định", author=None, **listed_only(datetime(2023, 8, 3)),
            notes=["no date on the page (only 'Lượt xem'); the listing shows 03/08/2023; last line 'Nguồn: Báo Nam Định' "
                   "is a source, not an author"])),
        ("tin-tuc", A(
            path="/tin-tuc/lien-minh-htx-tinh-to-chuc-hoi-thi-can-bo-htx-gioi-1902",
            title="Liên minh HTX tỉnh tổ chức Hội thi cán bộ HTX giỏi",
            date=datetime(2023, 11, 21),
            body="""
Ngày 20/11, Liên minh HTX tỉnh Nam Định tổ chức Hội thi cán bộ quản lý HTX giỏi năm 2023 với sự tham gia của 10 đội thi đến từ các huyện, thành phố.
Các đội thi tài qua ba phần: chào hỏi, kiến thức về Luật HTX năm 2023 và xử lý tình huống trong quản lý, điều hành HTX.
[img hoi-thi-can-bo-htx.png] Đội thi huyện Giao Thủy trong phần xử lý tình huống
Kết quả, đội huyện Nghĩa Hưng giành giải Nhất; hai giải Nhì thuộc về đội huyện Hải Hậu và đội huyện Xuân Trường.
""",
            byline="Thu Hằng", author="Thu Hằng", **listed_only(datetime(2023, 11, 21)))),
        ("van-ban", A(
            path="/van-ban/huong-dan-chuyen-doi-htx-theo-luat-htx-nam-2023-1931",
            title="Hướng dẫn HTX tổ chức lại theo Luật Hợp tác xã năm 2023",
            date=datetime(2024, 2, 6),
            lead="Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024; các HTX thành lập trước ngày này phải rà soát, sửa đổi điều lệ cho phù hợp.",
            body="""
Theo hướng dẫn của Liên minh HTX tỉnh, HTX cần thực hiện các bước sau:
- Rà soát điều lệ, quy chế nội bộ và danh sách thành viên;
- Tổ chức đại hội thành viên thông qua điều lệ sửa đổi;
- Đăng ký thay đổi nội dung đăng ký HTX tại cơ quan đăng ký cấp huyện.
HTX gặp khó khăn trong quá trình thực hiện liên hệ Ban Hỗ trợ phát triển HTX, Liên minh HTX tỉnh, điện thoại 0228.3849.510 để được hướng dẫn.
""",
            byline="Ban Hỗ trợ phát triển HTX", author=None, **shown(datetime(2024, 2, 6)),
            notes=["lead names the date the law takes effect (01/7/2024), not the publication date; '- ' paragraphs"])),
        ("tin-tuc", A(
            path="/tin-tuc/htx-che-bien-nong-san-giao-thuy-nang-cap-nha-xuong-1958",
            title="HTX chế biến nông sản Giao Thủy nâng cấp nhà xưởng",
            date=datetime(2024, 4, 9),
            body="""
HTX Chế biến nông sản Giao Tiến (huyện Giao Thủy) vừa hoàn thành nâng cấp nhà xưởng sơ chế, chế biến với tổng vốn đầu tư 2,3 tỷ đồng, trong đó 1 tỷ đồng vay từ Quỹ hỗ trợ phát triển HTX.
Dây chuyền mới gồm máy sấy lạnh, máy hút chân không và kho lạnh 40 m3, giúp HTX chủ động bảo quản rau củ và thủy sản của thành viên.
[img nha-xuong-giao-tien.png] Dây chuyền sấy lạnh mới của HTX
Sản phẩm ngao sấy và rau củ sấy của HTX đã có mặt tại 15 cửa hàng nông sản an toàn trong tỉnh.
""",
            byline="Văn Hiếu", author="Văn Hiếu", **shown(datetime(2024, 4, 9)))),
        ("tin-tuc", A(
            path="/tin-tuc/hoi-nghi-tong-ket-10-nam-thuc-hien-nghi-quyet-13-1984",
            title="Tổng kết 10 năm thực hiện Nghị quyết 13 về kinh tế tập thể",
            date=datetime(2024, 6, 18),
            body="""
Sáng 17/6, Tỉnh ủy Nam Định tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 13-NQ/TW ngày 18/3/2002 của Ban Chấp hành Trung ương Đảng về kinh tế tập thể.
Sau 10 năm, số HTX nông nghiệp kiểu mới tăng từ 245 lên 312 HTX; 62% HTX xếp loại khá, tốt; thu nhập bình quân của lao động trong HTX đạt 4,8 triệu đồng/tháng.
## Một số hạn chế
- Quy mô HTX còn nhỏ, vốn ít, năng lực cạnh tranh hạn chế;
- Còn ít HTX liên kết chuỗi giá trị với doanh nghiệp.
Hội nghị đề ra mục tiêu đến năm 2030 có 50% HTX nông nghiệp tham gia chuỗi giá trị.
""",
            byline="Thu Hằng", author="Thu Hằng", **shown(datetime(2024, 6, 18)))),
        ("tin-tuc", A(
            path="/tin-tuc/htx-nuoi-ngao-nghia-hung-dat-chung-nhan-asc-2011",
            title="HTX nuôi ngao Nghĩa Hưng đạt chứng nhận ASC",
            date=datetime(2024, 9, 12),
            body="""
HTX Thủy sản Nghĩa Thắng (huyện Nghĩa Hưng) vừa được cấp chứng nhận nuôi trồng thủy sản có trách nhiệm ASC cho 180 ha nuôi ngao.
Với chứng nhận này, ngao của HTX đủ điều kiện xuất khẩu sang các thị trường châu Âu, giá bán dự kiến tăng 15 - 20%.
[img ngao-nghia-hung.png] Thành viên HTX thu hoạch ngao
HTX có 74 thành viên; sản lượng ngao thương phẩm năm 2023 đạt 5.600 tấn.
""",
            byline="Văn Hiếu", author="Văn Hiếu", **shown(datetime(2024, 9, 12)))),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/Uploads/Images/{src}"


def dm(d: datetime) -> str:
    return f"{d.day}/{d.month}/{d.year}"


def views(path: str) -> int:
    return 50 + sum(map(ord, path)) % 700


def render_body(a: Article) -> str:
    parts = [f'<p class="sapo"><b>{inline_html(a.lead)}</b></p>'] if a.lead else []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f"<p><b>{inline_html(b.text)}</b></p>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<p style="text-align: center;"><img src="{img(b.src)}" alt="" width="600"></p>')
            if b.text:
                parts.append(f'<p class="chuthich" style="text-align: center;"><em>{inline_html(b.text)}</em></p>')
    if a.byline:
        parts.append(f'<p style="text-align: right;"><b>{esc(a.byline)}</b></p>')
    return "\n".join(parts)


def portlet(title: str, body: str, extra: str = "") -> str:
    return (f'<div class="portlet {extra}"><div class="portlet-title"><span>{title}</span></div>'
            f'<div class="portlet-body">{body}</div></div>')


def layout(title: str, main: str, items: list[Article], *, path: str) -> str:
    menu = "".join(f'<td><a href="{h}">{t}</a></td>' for h, t in
                   [("/", "TRANG CHỦ"), ("/tin-tuc", "TIN TỨC"), ("/van-ban", "VĂN BẢN"), (GALLERY, "THƯ VIỆN ẢNH"),
                    (CONTACT, "LIÊN HỆ")])
    newest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in items[:5])
    poll = "".join(f'<div><input type="radio" name="poll" value="{i}"> {esc(o)}</div>' for i, o in enumerate(POLL_A, 1))
    left = "\n".join([
        portlet(PORTLETS[5], '<form action="/tim-kiem" method="get"><input name="tukhoa"><button type="submit">Tìm</button></form>'
                             f'<div>Từ khóa: <a href="{SEARCH}">HTX</a></div>'),
        portlet(PORTLETS[0], f"<ul>{newest}</ul>"),
        portlet(PORTLETS[1], '<ul><li><a href="{{base:offsite}}/lmhtx-vn/">Liên minh HTX Việt Nam</a></li>'
                             '<li><a href="{{base:offsite}}/chinh-phu/">Chính phủ</a></li></ul>'),
    ])
    right = "\n".join([
        portlet(PORTLETS[3], f"<div>{WEATHER[0]}</div><div>{WEATHER[1]}</div>"),
        portlet(PORTLETS[4], f"<div>{esc(POLL_Q)}</div>{poll}<button type=\"button\">Gửi bình chọn</button>"),
        portlet(PORTLETS[2], "".join(f"<div>{x}</div>" for x in STATS)),
    ])
    footer = "".join(f"<div>{esc(x)}</div>" for x in FOOTER)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<link href="/Portals/css/portal.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="wrapper">
<div id="top"><span class="ngay">{TODAY}</span> <span class="tools"><a href="javascript:;">Tăng tương phản</a> | <a href="javascript:;">Giảm tương phản</a></span></div>
<div id="banner"><img src="/Portals/images/banner.png" alt="{NAME}" /><div class="khauhieu">{"<br />".join(esc(s) for s in SLOGANS)}</div></div>
<table id="menu" cellpadding="0" cellspacing="0"><tr>{menu}</tr></table>
<div id="content">
<div class="col-left">{left}</div>
<div class="col-center">
{main}
</div>
<div class="col-right">{right}</div>
</div>
<div id="footer">{footer}</div>
</div>
<script type="text/javascript" src="/Portals/js/portal.js"></script>
</body>
</html>
"""


def detail(a: Article, cat: str, same: list[Article]) -> str:
    when = "" if a.opts.get("no_date") else f'<span class="ngay-dang">Cập nhật: {dm(a.date)}</span> | '
    rel = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a></li>' for o in same)
    body = f"""<h1 class="tieu-de">{esc(a.title)}</h1>
<div class="thong-tin">{when}<span>Lượt xem: {views(a.path)}</span></div>
<div class="noi-dung">
{render_body(a)}
</div>
<div class="cong-cu"><a href="javascript:window.print()">Bản in</a> | <a href="javascript:;">Gửi cho bạn bè</a> | <a href="javascript:history.back()">Trở về</a></div>"""
    return portlet(CATS[cat], body, "chi-tiet") + "\n" + portlet(PORTLETS[6], f"<ul>{rel}</ul>")


def row(a: Article) -> str:
    pic = f'<a href="{a.path}"><img src="{img(a.first_image())}" alt="" width="120" /></a>' if a.first_image() else ""
    return (f'<div class="tin">{pic}<a class="tieu-de-tin" href="{a.path}">{esc(a.title)}</a> '
            f'<span class="ngay">({a.date:%d/%m/%Y})</span><div class="tom-tat">{esc(a.summary())}</div></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "nam-dinh", NAME, "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}/tin-tuc" % SITE])
    site.extra_boilerplate += BOILERPLATE
    pairs = sorted(articles(), key=lambda p: p[1].date, reverse=True)
    items = [a for _, a in pairs]
    for a in items:
        site.add_article(a)
    for cat, a in pairs:
        same = [o for c, o in pairs if o is not a][:4]
        site.page(a.path, layout(a.title, detail(a, cat, same), items, path=a.path), content_type=HTML)
    site.trap("articles /<category>/<slug>-<id> (no extension) in a portlet; date 'Cập nhật: 9/4/2024' (no leading zeros, "
              "no time); <title> is the bare title; the portlet title (category) above the <h1>", items[2].path)
    site.trap("captions are centred <p class=chuthich><em> under a centred <p><img>", items[0].path)

    for cat in CATS:
        arts = [a for c, a in pairs if c == cat]
        chunks = [arts[i:i + 3] for i in range(0, len(arts), 3)]
        for n, chunk in enumerate(chunks, 1):
            p = f"/{cat}" if n == 1 else f"/{cat}/trang-{n}"
            nav = ""
            if len(chunks) > 1:
                nav = '<div class="phan-trang">Trang: ' + " ".join(
                    f"<b>[{i}]</b>" if i == n else f'<a href="{f"/{cat}" if i == 1 else f"/{cat}/trang-{i}"}">[{i}]</a>'
                    for i in range(1, len(chunks) + 1)) + "</div>"
            site.page(p, layout(CATS[cat], portlet(CATS[cat], "".join(row(a) for a in chunk) + nav), items, path=p),
                      content_type=HTML)
    site.trap("category pages /tin-tuc and /tin-tuc/trang-2 ('Trang: [1] [2]'); page 2 holds the two oldest articles, whose "
              "pages show no date", "/tin-tuc/trang-2")

    main = portlet("Tin nổi bật", "".join(row(a) for a in items[:5])) + portlet("Văn bản mới", "".join(
        f'<div class="tin"><a href="{a.path}">{esc(a.title)}</a></div>' for c, a in pairs if c == "van-ban"))
    site.page("/", layout(NAME, main, items, path="/"), content_type=HTML)
    pics = "".join(f'<div class="anh"><img src="{img(a.first_image())}" alt="" /><div>{esc(a.title)}</div></div>'
                   for a in items if a.first_image())
    gallery = (f'<h1 class="tieu-de">Hội chợ sản phẩm HTX Nam Định 2024</h1><div class="thong-tin"><span>Lượt xem: 311</span></div>'
               f'<div class="album">{pics}</div>')
    site.page(GALLERY, layout("Hội chợ sản phẩm HTX Nam Định 2024", portlet("Thư viện ảnh", gallery), items, path=GALLERY),
              content_type=HTML)
    site.trap("photo album in the article URL shape /thu-vien-anh/<slug>-<id> (h1, photos with article titles): not an article",
              GALLERY)
    site.page(CONTACT, layout("Liên hệ", portlet("Liên hệ", f"<p>{NAME}</p><p>Số 1 đường Vị Xuyên, TP Nam Định</p>"
                                                          '<form action="javascript:;"><input name="hoten" /><textarea name="noidung"></textarea>'
                                                          '<button type="button">Gửi</button></form>'), items, path=CONTACT),
              content_type=HTML)
    hits = "".join(row(a) for a in items)
    site.page(SEARCH, layout("Tìm kiếm", portlet("Kết quả tìm kiếm", hits), items, path=SEARCH), content_type=HTML)
    site.non_articles += ["/", GALLERY, CONTACT, SEARCH]
    site.static("/robots.txt", "User-agent: *\nDisallow: /Admin/\n")
    site.binary("/Portals/images/favicon.png", image_for("/Portals/images/favicon.png"))
    return site
