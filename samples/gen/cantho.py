"""Site `lmhtx-cantho` (registry family `generic`): a WordPress news theme of the tagDiv kind
(`td-` class names), built as a held-out test: no family module, no selectors.

Posts are `/YYYY/MM/DD/<slug>/` and the theme shows no date anywhere: no meta
`article:published_time`, no date under the title, none in the category listings. The date is
ONLY in the URL, so the expected date is that day at midnight. One long post carries an inline
"Tin liên quan" box between its paragraphs (links to other posts) that is not part of the text.
Bylines are a right-aligned bold last paragraph ("Thanh Tâm"); a plan is announced with its PDF
in the media library (`/wp-content/uploads/...`). WordPress pages (`/gioi-thieu/`, `/lien-he/`),
a tag archive, a search page and a caption-only post are not articles.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-cantho"
NAME = "Liên minh Hợp tác xã thành phố Cần Thơ"
SHORT = "Liên minh HTX TP Cần Thơ"
HTML = "text/html; charset=UTF-8"
CAT = "/category/tin-hoat-dong/"
TAG = "/tag/ocop/"
SEARCH = "/?s=ocop"
ABOUT = "/gioi-thieu/"
CONTACT = "/lien-he/"
STUB = "/2024/10/21/anh-htx-vu-sua-lo-ren-vinh-kim-vao-mua/"
PDF_PATH = "/wp-content/uploads/2024/03/KH-09-LMHTX-2024.pdf"

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Nhiệt liệt chào mừng Đại hội đại biểu Liên minh HTX thành phố Cần Thơ lần thứ VI",
           "Hợp tác xã - Hướng đi bền vững cho kinh tế nông thôn"]
FOOTER = ["© 2024 Liên minh Hợp tác xã thành phố Cần Thơ. Bảo lưu mọi quyền.",
          "Chịu trách nhiệm nội dung: Bà Lê Thị Kim Chi - Phó Chủ tịch Liên minh HTX thành phố",
          "Giấy phép số 08/GP-TTĐT do Sở Thông tin và Truyền thông TP Cần Thơ cấp ngày 14/6/2021",
          "Địa chỉ: 02 Hòa Bình, phường Tân An, quận Ninh Kiều, TP Cần Thơ",
          "Điện thoại: 0292.3820.415 - Email: lienminhhtxct@gmail.com",
          "Ghi rõ nguồn \"lienminhhtxtpct.vn\" khi phát hành lại thông tin từ website này."]
WIDGETS = ("Bài viết mới", "Tin tiêu điểm", "Thời tiết Cần Thơ", "Nắng, có lúc có mây", "Độ ẩm: 79%",
           "Thống kê truy cập", "Đang xem: 14", "Hôm nay: 236", "Tổng lượt xem: 512.406", "Lưu trữ", "Tháng Mười 2024")
POLL_Q = "Bạn biết đến Liên minh HTX thành phố qua kênh nào?"
POLL_A = ("Báo, đài địa phương", "Mạng xã hội", "Cán bộ Liên minh HTX", "Kênh khác")
LABELS = ("Chia sẻ trên Facebook", "Chia sẻ trên Zalo", "In bài", "Tin liên quan:", "Bài trước", "Bài sau",
          "Để lại bình luận", "Đăng bình luận", "Chuyên mục:", "Thẻ:")
BOILERPLATE = [TODAY, *SLOGANS, "Tăng tương phản", "Giảm tương phản", *FOOTER, *WIDGETS, POLL_Q, *POLL_A,
               "Bình chọn", "Xem kết quả", *LABELS]


def url_dated(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="url", evidence=["url"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/2023/09/12/htx-thuy-san-thoi-lai-nuoi-ca-tra-theo-chuoi/",
          title="HTX thủy sản Thới Lai nuôi cá tra theo chuỗi liên kết",
          date=datetime(2023, 9, 12, 8, 0),
          body="""
HTX Thủy sản Thới Lai (huyện Thới Lai) vừa ký hợp đồng bao tiêu 1.200 tấn cá tra thương phẩm với một doanh nghiệp chế biến xuất khẩu ở quận Ô Môn.
Theo hợp đồng, doanh nghiệp cung cấp con giống, thức ăn và hướng dẫn quy trình nuôi đạt chuẩn ASC; HTX tổ chức cho thành viên nuôi và ghi chép nhật ký ao nuôi.
[img ca-tra-thoi-lai.png] Thành viên HTX thu hoạch cá tra tại ao nuôi ở xã Thới Thạnh
Ông Trần Văn Lượm, Giám đốc HTX, cho biết giá bao tiêu cao hơn giá thương lái 1.500 đồng/kg, giúp thành viên yên tâm đầu tư.
""",
          byline="Thanh Tâm", author="Thanh Tâm", **url_dated(datetime(2023, 9, 12))),
        A(path="/2023/11/28/lien-minh-htx-thanh-pho-tap-huan-ke-toan-htx/",
          title="Liên minh HTX thành phố tập huấn nghiệp vụ kế toán cho HTX",
          date=datetime(2023, 11, 28, 8, 0),
          body="""
Từ ngày 27 đến 29/11, Liên minh HTX thành phố Cần Thơ tổ chức lớp tập huấn nghiệp vụ kế toán cho 45 kế toán viên của các HTX trên địa bàn.
## Nội dung lớp học
* Chế độ kế toán áp dụng cho HTX theo Thông tư 71/2019/TT-BTC;
* Lập báo cáo tài chính và quyết toán thuế cuối năm;
* Sử dụng phần mềm kế toán miễn phí dành cho HTX.
Kết thúc lớp học, các học viên được cấp giấy chứng nhận hoàn thành khóa đào tạo.
""",
          byline="Minh Khoa", author="Minh Khoa", **url_dated(datetime(2023, 11, 28))),
        A(path="/2024/01/16/htx-lua-gao-co-do-dat-chung-nhan-ocop-4-sao/",
          title="Gạo thơm HTX Cờ Đỏ đạt chứng nhận OCOP 4 sao",
          date=datetime(2024, 1, 16, 8, 0),
          body="""
Sản phẩm gạo thơm ST24 của HTX Nông nghiệp Cờ Đỏ vừa được UBND thành phố công nhận đạt chuẩn OCOP 4 sao, là sản phẩm gạo thứ ba của huyện đạt hạng này.
HTX liên kết với 320 hộ trồng lúa theo quy trình giảm phát thải, sử dụng giống xác nhận và giảm 30% lượng phân bón hóa học.
[img gao-co-do-ocop.png] Sản phẩm gạo thơm của HTX được trưng bày tại hội chợ nông sản Cần Thơ
Năm 2023, HTX tiêu thụ hơn 2.000 tấn gạo đóng gói, doanh thu đạt 38 tỷ đồng.
""",
          byline="Thanh Tâm", author="Thanh Tâm", **url_dated(datetime(2024, 1, 16))),
        A(path="/2024/03/05/ke-hoach-ho-tro-htx-chuyen-doi-so-nam-2024/",
          title="Liên minh HTX thành phố ban hành kế hoạch hỗ trợ HTX chuyển đổi số năm 2024",
          date=datetime(2024, 3, 5, 8, 0),
          body="""
Liên minh HTX thành phố Cần Thơ vừa ban hành Kế hoạch số 09/KH-LMHTX về hỗ trợ HTX chuyển đổi số năm 2024, với mục tiêu 60% HTX nông nghiệp sử dụng phần mềm quản lý.
Kế hoạch tập trung vào ba nhóm việc: đào tạo kỹ năng số cho cán bộ quản lý HTX, hỗ trợ HTX mở gian hàng trên sàn thương mại điện tử và gắn mã truy xuất nguồn gốc cho sản phẩm.
Các HTX có nhu cầu đăng ký với Liên minh HTX thành phố trước ngày 30/4/2024.
Tải về: [[Kế hoạch số 09/KH-LMHTX (PDF)|/wp-content/uploads/2024/03/KH-09-LMHTX-2024.pdf]]
""",
          byline="Văn phòng Liên minh HTX thành phố", author=None,
          attachments=[{"path": PDF_PATH, "text": "Kế hoạch số 09/KH-LMHTX (PDF)"}],
          **url_dated(datetime(2024, 3, 5)),
          notes=["plan announced as news, its PDF in the media library linked by 'Tải về:'; byline an office"]),
        A(path="/2024/05/22/htx-du-lich-con-son-don-hon-20-nghin-luot-khach/",
          title="HTX du lịch Cồn Sơn đón hơn 20 nghìn lượt khách",
          date=datetime(2024, 5, 22, 8, 0),
          body="""
Năm tháng đầu năm 2024, HTX Du lịch Cồn Sơn (quận Bình Thủy) đón hơn 20.000 lượt khách, tăng gần 40% so với cùng kỳ năm trước.
Các hộ thành viên phục vụ khách tham quan vườn trái cây, xem cá lóc bay, làm bánh dân gian và đi xuồng quanh cồn.
HTX đã xây dựng bộ quy tắc ứng xử chung, niêm yết giá dịch vụ và phân chia lượt đón khách công bằng giữa các hộ.
[img con-son-du-lich.png] Du khách trải nghiệm chèo xuồng tại Cồn Sơn
Liên minh HTX thành phố hỗ trợ HTX in tờ rơi quảng bá bằng ba thứ tiếng và tham gia hội chợ du lịch tại TP Hồ Chí Minh.
Theo kế hoạch, cuối năm nay HTX sẽ mở thêm tuyến tham quan kết hợp chợ nổi Cái Răng.
""",
          byline="Minh Khoa", author="Minh Khoa", **url_dated(datetime(2024, 5, 22)),
          opts={"related_inline": 3},
          notes=["an inline 'Tin liên quan:' box with links to other posts sits between the body's paragraphs: "
                 "not part of the text (the text goes on after it)"]),
        A(path="/2024/07/09/so-ket-6-thang-kinh-te-tap-the-thanh-pho-can-tho/",
          title="Sơ kết 6 tháng đầu năm 2024 về kinh tế tập thể thành phố Cần Thơ",
          date=datetime(2024, 7, 9, 8, 0),
          body="""
Sáng 8/7, Liên minh HTX thành phố phối hợp với Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.
Toàn thành phố hiện có 318 HTX với hơn 24.000 thành viên; 6 tháng qua thành lập mới 14 HTX, giải thể 5 HTX ngừng hoạt động lâu năm.
[img so-ket-ct-2024.png] Quang cảnh hội nghị
## Nhiệm vụ 6 tháng cuối năm
- Tiếp tục rà soát, hướng dẫn HTX tổ chức lại theo Luật HTX năm 2023.
- Giải ngân nguồn vốn Quỹ hỗ trợ phát triển HTX cho 12 dự án.
""",
          byline="Thanh Tâm", author="Thanh Tâm", **url_dated(datetime(2024, 7, 9))),
        A(path="/2024/09/03/htx-rau-an-toan-phong-dien-mo-diem-ban-hang/",
          title="HTX rau an toàn Phong Điền mở thêm điểm bán hàng",
          date=datetime(2024, 9, 3, 8, 0),
          body="""
HTX Rau an toàn Phong Điền vừa khai trương điểm bán thứ ba tại phường Hưng Lợi, quận Ninh Kiều, bày bán hơn 30 loại rau, củ của thành viên.
Mỗi ngày HTX cung cấp khoảng 1,5 tấn rau cho các bếp ăn trường học và siêu thị trong thành phố.
[img rau-phong-dien.png] Điểm bán rau an toàn của HTX
""",
          author=None, **url_dated(datetime(2024, 9, 3)),
          notes=["no byline: author null"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/wp-content/uploads/2024/{src}"


def related_box(others: list[Article]) -> str:
    links = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a></li>' for o in others[:3])
    return f'<div class="td-related-inline"><strong>Tin liên quan:</strong><ul>{links}</ul></div>'


def render_body(a: Article, others: list[Article]) -> str:
    parts = []
    box_after = a.opts.get("related_inline")
    n_par = 0
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{inline_html(b.text)}</p>")
            n_par += 1
            if box_after and n_par == box_after:
                parts.append(related_box(others))
        elif b.kind == "h":
            parts.append(f"<h4>{inline_html(b.text)}</h4>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<figure class="wp-caption aligncenter"><img class="size-large" src="{img(b.src)}" '
                         f'alt="{attr(b.text)}" width="800" height="533">'
                         + (f'<figcaption class="wp-caption-text">{inline_html(b.text)}</figcaption>' if b.text else "")
                         + "</figure>")
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(parts)


def layout(title: str, main: str, items: list[Article], *, body_class: str) -> str:
    menu = "".join(f'<li class="menu-item"><a href="{h}">{t}</a></li>'
                   for h, t in [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (CAT, "Tin hoạt động"), (CONTACT, "Liên hệ")])
    newest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in items[:5])
    hot = "".join(f'<div class="td-module"><h3 class="entry-title td-module-title"><a href="{a.path}">{esc(a.title)}</a></h3></div>'
                  for a in items[1:4])
    poll = "".join(f'<li><input type="radio" name="poll_3" value="{i}"> <label>{esc(o)}</label></li>'
                   for i, o in enumerate(POLL_A, 1))
    footer = "".join(f'<div class="td-footer-line">{esc(x)}</div>' for x in FOOTER)
    return f"""<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} &#8211; {SHORT}</title>
<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css" type="text/css" media="all">
<meta name="generator" content="WordPress 6.4.3">
</head>
<body class="{body_class} td-standard-pack">
<div class="td-header-top-menu"><div class="td-header-sp-top-menu"><span class="td_data_time">{TODAY}</span></div>
<div class="td-a11y"><a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A+</a> <a href="javascript:void(0)">Tăng tương phản</a> <a href="javascript:void(0)">Giảm tương phản</a></div></div>
<div class="td-header-logo"><a href="/"><img src="/wp-content/uploads/2021/06/logo-lmhtx.png" alt="{NAME}"></a>
<div class="td-header-slogan">{"".join(f'<marquee>{esc(s)}</marquee>' for s in SLOGANS)}</div></div>
<div class="td-header-menu-wrap"><ul id="menu-main" class="sf-menu">{menu}</ul>
<form method="get" class="td-search-form" action="/"><input name="s" type="text" placeholder="Tìm kiếm"></form></div>
<div class="td-container td-post-template-default">
<div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main">
{main}
</div>
<div class="td-pb-span4 td-main-sidebar" role="complementary">
<aside class="widget widget_recent_entries"><div class="block-title"><span>{WIDGETS[0]}</span></div><ul>{newest}</ul></aside>
<aside class="widget td_block_widget"><div class="block-title"><span>{WIDGETS[1]}</span></div>{hot}</aside>
<aside class="widget td-weather"><div class="block-title"><span>{WIDGETS[2]}</span></div><div class="td-weather-now">30°C</div><div>{WIDGETS[3]}</div><div>{WIDGETS[4]}</div></aside>
<aside class="widget widget_polls-widget"><div class="block-title"><span>Thăm dò ý kiến</span></div><p><strong>{esc(POLL_Q)}</strong></p><ul>{poll}</ul><p><button type="button" class="Buttons">Bình chọn</button> <a href="javascript:void(0)">Xem kết quả</a></p></aside>
<aside class="widget widget_wp_statistics"><div class="block-title"><span>{WIDGETS[5]}</span></div><ul><li>{WIDGETS[6]}</li><li>{WIDGETS[7]}</li><li>{WIDGETS[8]}</li></ul></aside>
<aside class="widget widget_archive"><div class="block-title"><span>{WIDGETS[9]}</span></div><ul><li><a href="{CAT}">{WIDGETS[10]}</a></li></ul></aside>
</div>
</div>
</div>
<div class="td-footer-wrapper"><div class="td-footer-links"><a href="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</a> | <a href="{{{{base:offsite}}}}/chinh-phu/">Cổng TTĐT Chính phủ</a></div>
{footer}</div>
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
<script src="/wp-content/themes/Newspaper/js/tagdiv_theme.min.js"></script>
</body>
</html>
"""


def single(a: Article, others: list[Article], prev: Article | None, nxt: Article | None) -> str:
    rel = "".join(f'<div class="td-related-span4"><h3 class="entry-title td-module-title"><a href="{o.path}">{esc(o.title)}</a></h3></div>'
                  for o in others[:3])
    nav = ""
    if prev:
        nav += f'<div class="td-post-next-prev-content"><span>Bài trước</span><a href="{prev.path}">{esc(prev.title)}</a></div>'
    if nxt:
        nav += f'<div class="td-post-next-prev-content"><span>Bài sau</span><a href="{nxt.path}">{esc(nxt.title)}</a></div>'
    return f"""<article class="post type-post status-publish format-standard hentry category-tin-hoat-dong">
<div class="td-post-header">
<ul class="td-category"><li class="entry-category"><a href="{CAT}">Tin hoạt động</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{esc(a.title)}</h1>
<div class="td-module-meta-info"><span class="td-post-views"><i class="td-icon-views"></i>1.024</span></div></header>
</div>
<div class="td-post-sharing-top"><a class="td-social-facebook" href="javascript:void(0)">Chia sẻ trên Facebook</a> <a class="td-social-zalo" href="javascript:void(0)">Chia sẻ trên Zalo</a> <a href="javascript:window.print()">In bài</a></div>
<div class="td-post-content tagdiv-type">
{render_body(a, others)}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags"><li><span>Chuyên mục:</span></li><li><a href="{CAT}">Tin hoạt động</a></li><li><span>Thẻ:</span></li><li><a href="{TAG}">OCOP</a></li></ul></div>
<div class="td-block-row td-post-next-prev">{nav}</div></footer>
</article>
<div class="td_block_related_posts"><h4 class="td-related-title"><span>Tin liên quan</span></h4>{rel}</div>
<div id="comments" class="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại bình luận</h3>
<form action="javascript:void(0)" method="post" id="commentform"><textarea id="comment" name="comment"></textarea><button name="submit" type="button">Đăng bình luận</button></form></div></div>"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "can-tho", NAME, "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}%s" % (SITE, CAT)])
    site.extra_boilerplate += BOILERPLATE
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in items:
        site.add_article(a)
    for i, a in enumerate(items):
        others = [o for o in items if o is not a]
        nxt = items[i - 1] if i > 0 else None
        prev = items[i + 1] if i + 1 < len(items) else None
        site.page(a.path, layout(a.title, single(a, others, prev, nxt), items, body_class="post-template-default single single-post"),
                  content_type=HTML)
    site.trap("posts /YYYY/MM/DD/<slug>/: no date on the page (no published_time meta, none under the title, none in the "
              "listings): the date is ONLY in the URL, expected at midnight", items[0].path)
    site.binary(PDF_PATH, pdf("Kế hoạch số 09/KH-LMHTX", ["KE HOACH HO TRO HTX CHUYEN DOI SO NAM 2024",
                                                            "Lien minh HTX thanh pho Can Tho"]))

    pages = [items[i:i + 4] for i in range(0, len(items), 4)]
    page_path = lambda n: CAT if n == 1 else f"{CAT}page/{n}/"  # noqa: E731
    for n, chunk in enumerate(pages, 1):
        mods = "".join(f'<div class="td_module_10 td_module_wrap">'
                       + (f'<div class="td-module-thumb"><a href="{a.path}"><img src="{img(a.first_image())}" alt=""></a></div>'
                          if a.first_image() else "")
                       + f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{a.path}">{esc(a.title)}</a></h3>'
                       f'<div class="td-excerpt">{esc(a.summary())}</div></div></div>' for a in chunk)
        nav = '<div class="page-nav td-pb-padding-side">' + "".join(
            f'<span class="current">{i}</span>' if i == n else f'<a href="{page_path(i)}" class="page">{i}</a>'
            for i in range(1, len(pages) + 1))
        if n < len(pages):
            nav += f'<a href="{page_path(n + 1)}"><i class="td-icon-menu-right"></i></a>'
        nav += f'<span class="pages">Trang {n} / {len(pages)}</span></div>'
        site.page(page_path(n), layout("Tin hoạt động", f'<h1 class="entry-title td-page-title">Tin hoạt động</h1>{mods}{nav}',
                                       items, body_class="archive category category-tin-hoat-dong"), content_type=HTML)
    site.trap("category pages /category/<slug>/page/N/ show titles and excerpts, no dates; page 2 holds the oldest posts",
              page_path(2))

    home = "".join(f'<div class="td_module_4"><h3 class="entry-title td-module-title"><a href="{a.path}">{esc(a.title)}</a></h3>'
                   f'<div class="td-excerpt">{esc(a.summary())}</div></div>' for a in items[:5])
    site.page("/", layout("Trang chủ", f'<div class="td_block_big_grid">{home}</div><a href="{CAT}">Xem tất cả</a>', items,
                          body_class="home blog"), content_type=HTML)

    stub = ('<article class="post type-post"><div class="td-post-header"><header class="td-post-title">'
            '<h1 class="entry-title">Ảnh: HTX vú sữa Lò Rèn Vĩnh Kim vào mùa</h1></header></div>'
            '<div class="td-post-content tagdiv-type"><figure class="wp-caption aligncenter">'
            f'<img src="{img("vu-sua-vinh-kim.png")}" alt="" width="800" height="533">'
            '<figcaption class="wp-caption-text">Thành viên HTX thu hoạch vú sữa</figcaption></figure></div></article>')
    site.page(STUB, layout("Ảnh: HTX vú sữa Lò Rèn Vĩnh Kim vào mùa", stub, items, body_class="single single-post"),
              content_type=HTML)
    site.trap("caption-only post in the post URL shape (h1, one photo + caption): not an article", STUB)

    about = ('<article class="page type-page"><h1 class="entry-title">Giới thiệu</h1><div class="td-page-content">'
             f'<p>{NAME} là tổ chức chính trị - xã hội, đại diện và bảo vệ quyền lợi hợp pháp của các HTX, liên hiệp HTX '
             'trên địa bàn thành phố.</p><p>Liên minh có 6 phòng, ban chuyên môn và Quỹ hỗ trợ phát triển HTX thành phố, '
             'hằng năm tư vấn, đào tạo cho hàng trăm lượt cán bộ quản lý HTX.</p></div></article>')
    site.page(ABOUT, layout("Giới thiệu", about, items, body_class="page-template-default page"), content_type=HTML)
    contact = ('<article class="page type-page"><h1 class="entry-title">Liên hệ</h1><div class="td-page-content">'
               '<p>Gửi thông tin cho chúng tôi qua biểu mẫu dưới đây.</p>'
               '<form class="wpcf7-form" action="javascript:void(0)"><input name="your-name"><textarea name="your-message"></textarea>'
               '<input type="button" value="Gửi"></form></div></article>')
    site.page(CONTACT, layout("Liên hệ", contact, items, body_class="page-template-default page"), content_type=HTML)
    tagged = "".join(f'<div class="td_module_10"><h3 class="entry-title td-module-title"><a href="{a.path}">{esc(a.title)}</a></h3></div>'
                     for a in items[:4])
    site.page(TAG, layout("OCOP", f'<h1 class="entry-title td-page-title">Thẻ: OCOP</h1>{tagged}', items, body_class="archive tag"),
              content_type=HTML)
    site.page(SEARCH, layout("Kết quả tìm kiếm", f'<h1 class="entry-title td-page-title">Kết quả tìm kiếm cho: ocop</h1>{tagged}',
                             items, body_class="search search-results"), content_type=HTML)
    site.non_articles += ["/", STUB, ABOUT, CONTACT, TAG, SEARCH]
    site.trap("WordPress pages /gioi-thieu/ and /lien-he/ (h1 and prose, no date), the tag archive /tag/ocop/ and the "
              "search page /?s=ocop: not articles", ABOUT)

    site.static("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n")
    return site
