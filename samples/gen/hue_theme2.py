"""Theme 2 of `lmhtx-hue`: the same portal after a redesign, for the theme-change test
(tests/test_theme_change.py). Written into `lmhtx-hue/theme2/` (its own `www/`, `routes.yaml` and
`expected.json`); not in the registry. `SampleSites.set_theme("lmhtx-hue", "theme2")` serves it in
place of the site's own files.

Same URLs and the same article texts (and body markup) as `gen/hue.py`, another skeleton: two columns instead of
three, a title `<h1>` (the logo is no heading any more), other class names (none that a family's
furniture rule knows), another menu wording, other sidebar boxes ("Tin mới cập nhật", "Văn bản
chỉ đạo", "Hỗ trợ trực tuyến", "Thống kê"), another footer and `<title>` suffix. Inside the body,
after the first paragraph, the CMS inserts an inline box "Xem thêm: <a>…</a> <a>…</a>" of two
other articles (one line of links: not text). Three articles are new, published after the
redesign: `expected.json` holds their ground truth only (the others are `gen/hue.py`'s); its
`boilerplate` lists the new theme's furniture, which must never be in an item's text.
"""

from __future__ import annotations

from datetime import datetime

from . import hue
from .core import TODAY_2026, Article, SiteBuild, attr, dmy, esc, inline_html, listing_pages, page_text, squash, weekday
from .hue import CATS, CONTACT, INTRO, NAME, SITE, STUB, art, cat_of, image_src, json_ld, listing

THEME = "theme2"
SUFFIX = "Cổng thông tin Liên minh HTX Thừa Thiên Huế"
TODAY = f"Hôm nay: {weekday(TODAY_2026)}, {dmy(TODAY_2026)}"
LOGO_LINES = ("LIÊN MINH HỢP TÁC XÃ", "TỈNH THỪA THIÊN HUẾ")
MOTTO = "Đồng hành cùng hợp tác xã phát triển bền vững"
MENU = (("/", "Trang chủ"), (INTRO, "Về Liên minh"), (listing(431), "Hoạt động Liên minh"),
        (listing(432), "Kinh tế hợp tác"), (CONTACT, "Hỏi đáp - Góp ý"))
CAPTIONS = {431: "Hoạt động Liên minh", 432: "Kinh tế hợp tác"}
SEE_ALSO = "Xem thêm:"
DOCS = ("Luật Hợp tác xã số 17/2023/QH15 ngày 20/6/2023",
        "Nghị định số 92/2024/NĐ-CP hướng dẫn Luật Hợp tác xã",
        "Kế hoạch số 215/KH-UBND về phát triển kinh tế tập thể")
SUPPORT = ("Đường dây nóng hỗ trợ HTX: 0234.3822.476", "Hộp thư góp ý: gopy.lmhtx@thuathienhue.gov.vn")
STATS = ("Đang xem: 9", "Hôm nay: 388", "Tất cả: 2.611.450")
FOOTER = ("CỔNG THÔNG TIN ĐIỆN TỬ LIÊN MINH HTX TỈNH THỪA THIÊN HUẾ",
          "Đơn vị quản lý: Liên minh Hợp tác xã tỉnh Thừa Thiên Huế",
          "Người chịu trách nhiệm chính: Nguyễn Thị Thanh Hương",
          "Trụ sở: 12 Hà Nội, TP. Huế | ĐT: (0234) 3822 476 | Thư điện tử: lmhtx@thuathienhue.gov.vn",
          "Giấy phép thiết lập trang TTĐT số 08/GP-TTĐT do Sở TT&TT cấp ngày 25/5/2018",
          "© 2024 Bản quyền thuộc về Liên minh HTX tỉnh Thừa Thiên Huế. Phát triển bởi Trung tâm CNTT tỉnh.")
ASSETS = "/Themes/Hue2024"


class ThemeBuild(SiteBuild):
    """Another look of a sample site, written into `<site>/<theme>/` (www/, routes.yaml,
    expected.json); never in the registry or the README's tables."""

    def __init__(self, site_id: str, theme: str, *args, **kwargs):
        super().__init__(f"{site_id}/{theme}", *args, **kwargs)  # the directory; the site is site_id
        self.site_id, self.theme = site_id, theme

    def expected(self) -> dict:
        return {**super().expected(), "site": self.site_id, "theme": self.theme}


def new_articles() -> list[Article]:
    """Published after the redesign: what the night after the theme change has to find."""
    A = Article

    def dated(d: datetime) -> dict:
        return dict(date=d, **hue.dated(d))

    return [
        A(path=art(431, 38631), title="Liên minh HTX tỉnh ký kết phối hợp hỗ trợ HTX chuyển đổi số năm 2024",
          lead="Ngày 17/6, Liên minh Hợp tác xã tỉnh Thừa Thiên Huế và Sở Thông tin và Truyền thông ký kết chương trình phối hợp hỗ trợ các HTX chuyển đổi số giai đoạn 2024 - 2026.",
          body="""
Theo chương trình, hai bên phối hợp khảo sát mức độ ứng dụng công nghệ thông tin của các HTX, hướng dẫn HTX sử dụng hóa đơn điện tử, chữ ký số, phần mềm kế toán và đưa sản phẩm lên các sàn thương mại điện tử.
[img ky-ket-chuyen-doi-so-htx-2024.png] Lãnh đạo hai đơn vị ký kết chương trình phối hợp
Năm 2024, phấn đấu có thêm 40 HTX mở gian hàng trực tuyến và 20 HTX áp dụng phần mềm quản lý thành viên. Sở Thông tin và Truyền thông sẽ cử chuyên gia hỗ trợ trực tiếp tại các huyện Phong Điền, Quảng Điền và Phú Vang.
Lãnh đạo Liên minh HTX tỉnh đề nghị các HTX chủ động cử cán bộ trẻ tham gia các lớp bồi dưỡng, coi chuyển đổi số là giải pháp then chốt để nâng cao năng lực cạnh tranh.
""",
          byline="Phan Thanh Hải", author="Phan Thanh Hải", **dated(datetime(2024, 6, 18, 10, 40)),
          notes=["new theme: an inline 'Xem thêm:' line of two links inside the body, after the first paragraph: not text"]),
        A(path=art(432, 38620), title="HTX nông nghiệp Quảng Thọ liên kết sản xuất lúa hữu cơ",
          lead="Vụ Hè Thu 2024, HTX nông nghiệp Quảng Thọ (huyện Quảng Điền) mở rộng diện tích lúa hữu cơ lên 60 ha, liên kết với doanh nghiệp bao tiêu toàn bộ sản phẩm.",
          body="""
Các hộ thành viên tham gia liên kết được HTX cung ứng giống, phân bón hữu cơ và hướng dẫn quy trình canh tác không dùng thuốc bảo vệ thực vật hóa học. Doanh nghiệp cam kết thu mua lúa tươi với giá cao hơn thị trường 15%.
## Hiệu quả bước đầu
* Năng suất bình quân đạt 52 tạ/ha, tương đương lúa thường;
* Lợi nhuận tăng thêm khoảng 8 triệu đồng/ha so với sản xuất truyền thống;
* Đồng ruộng xuất hiện trở lại nhiều loài thủy sản tự nhiên.
Ông Nguyễn Văn Lộc, Giám đốc HTX cho biết, HTX đang hoàn thiện hồ sơ đề nghị công nhận sản phẩm gạo hữu cơ Quảng Thọ đạt chuẩn OCOP 3 sao.
""",
          byline="Bảo Ngọc", author="Bảo Ngọc", **dated(datetime(2024, 6, 11, 15, 5))),
        A(path=art(431, 38612), title="Bồi dưỡng kiến thức quản trị cho giám đốc HTX kiểu mới",
          body="""
Từ ngày 03 - 05/6/2024, Liên minh HTX tỉnh tổ chức lớp bồi dưỡng kiến thức quản trị cho 45 học viên là giám đốc, kế toán các HTX trên địa bàn tỉnh.
Học viên được giới thiệu những điểm mới của Luật Hợp tác xã năm 2023 về tổ chức quản lý, phân phối thu nhập, quỹ chung không chia; kỹ năng xây dựng phương án sản xuất kinh doanh và tiếp cận nguồn vốn ưu đãi.
[img boi-duong-giam-doc-htx-2024.png] Học viên trao đổi kinh nghiệm xây dựng phương án kinh doanh
Kết thúc khóa học, các học viên được cấp giấy chứng nhận. Liên minh HTX tỉnh sẽ tiếp tục mở 3 lớp tương tự tại thị xã Hương Trà, huyện Phú Lộc và huyện A Lưới trong quý III năm 2024.
""",
          byline="Lê Thị Thu Hà", author="Lê Thị Thu Hà", **dated(datetime(2024, 6, 5, 8, 45))),
    ]


def boilerplate() -> list[str]:
    """The new theme's furniture on its article pages: never in an item's text."""
    return [TODAY, *LOGO_LINES, MOTTO, *(label for _, label in MENU[1:]), "Ngày đăng:", "Lượt xem:",
            SEE_ALSO, "Bản in", "Gửi bạn bè", "Chia sẻ:", "Tin cùng chuyên mục", "Tin mới cập nhật",
            "Văn bản chỉ đạo", *DOCS, "Hỗ trợ trực tuyến", *SUPPORT, "Thống kê", *STATS, *FOOTER]


# -- page pieces -------------------------------------------------------------------------------

def widget(title: str, inner: str) -> str:
    return f'<div class="kh"><div class="kh-tieu">{title}</div><div class="kh-than">{inner}</div></div>'


def titles_ul(items: list[Article]) -> str:
    return '<ul class="ds">' + "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <em>{dmy(a.date)}</em></li>' for a in items) + "</ul>"


def sidebar(latest: list[Article]) -> str:
    docs = "".join(f'<p class="vb">{esc(d)}</p>' for d in DOCS)
    support = "".join(f"<p>{esc(s)}</p>" for s in SUPPORT)
    stats = "".join(f"<li>{s}</li>" for s in STATS)
    links = ('<a href="{{base:offsite}}/lmhtx-vn/" target="_blank"><img src="' + ASSETS + '/img/vca.png" alt="Liên minh HTX Việt Nam"></a>'
             '<a href="{{base:offsite}}/chinh-phu/" target="_blank"><img src="' + ASSETS + '/img/chinhphu.png" alt="Chính phủ"></a>')
    return "\n".join([widget("Tin mới cập nhật", titles_ul(latest)), widget("Văn bản chỉ đạo", docs),
                      widget("Hỗ trợ trực tuyến", support), widget("Thống kê", f'<ul class="tk">{stats}</ul>'),
                      f'<div class="kh kh-lk">{links}</div>'])


def layout(title: str, main: str, latest: list[Article], *, head: str = "", description: str = "") -> str:
    full = f"{title} | {SUFFIX}" if title else SUFFIX
    menu = "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in MENU)
    footer = "\n".join(f"<p>{esc(line)}</p>" for line in FOOTER)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(full)}</title>
<meta name="description" content="{attr(description or full)}">
<link rel="stylesheet" href="{ASSETS}/css/giaodien.css">
<script src="{ASSETS}/js/giaodien.js"></script>
{head}</head>
<body class="gd2">
<div class="khung">
<div class="dau"><div class="dau-ngay">{TODAY}</div>
<div class="dau-logo"><a href="/"><img src="{ASSETS}/img/logo.png" alt="Logo"></a>
<div class="dau-ten"><p class="t1">{LOGO_LINES[0]}</p><p class="t2">{LOGO_LINES[1]}</p><p class="t3">{MOTTO}</p></div></div>
<ul class="dh">{menu}</ul></div>
<div class="than">
<div class="cot-chinh">
{main}
</div>
<div class="cot-phu">
{sidebar(latest)}
</div>
</div>
<div class="cuoi">
{footer}
</div>
</div>
</body>
</html>
"""


def body_html(a: Article, see_also: list[Article]) -> str:
    """The body as the editor stored it (a redesign changes the page around it, not the body's
    own markup: `hue.body_html`), with the new CMS's inline box after the first paragraph."""
    first, _, rest = hue.body_html(a).partition("\n")
    if not see_also:
        return "\n".join(x for x in (first, rest) if x)
    links = " ".join(f'<a href="{o.path}">{esc(o.title)}</a>' for o in see_also)
    return "\n".join(x for x in (first, f'<div class="bx-xt"><b>{SEE_ALSO}</b> {links}</div>', rest) if x)


def detail(a: Article, cat: int | None, see_also: list[Article], others: list[Article], *,
           show_date: bool = True) -> str:
    crumb = f' › <a href="{listing(cat)}">{CAPTIONS[cat]}</a>' if cat else ""
    date = (f'<div class="bv-ngay">Ngày đăng: {dmy(a.date)} {a.date:%H:%M} &nbsp; '
            f'<span>Lượt xem: {hue.views(a.path)}</span></div>\n') if show_date else ""
    lead = f'<div class="bv-tt"><b>{inline_html(a.lead)}</b></div>\n' if a.lead else ""
    more = (f'<div class="bv-cung"><div class="kh-tieu">Tin cùng chuyên mục</div>{titles_ul(others)}</div>'
            if others else "")
    return f"""<div class="dd"><a href="/">Trang chủ</a>{crumb}</div>
<div class="bv">
<h1 class="bv-tieude">{esc(a.title)}</h1>
{date}{lead}<div class="bv-nd">
{body_html(a, see_also)}
</div>
<div class="bv-tienich"><a href="javascript:window.print()">Bản in</a> | <a href="javascript:void(0)">Gửi bạn bè</a> | Chia sẻ: <a href="javascript:void(0)">Facebook</a> <a href="javascript:void(0)">Zalo</a></div>
{more}
</div>"""


def thumb(a: Article) -> str:
    image = a.first_image()
    return f'<a class="tin-anh" href="{a.path}"><img src="{image_src(a, image)}" alt=""></a>' if image else ""


# -- the theme ---------------------------------------------------------------------------------

def build() -> ThemeBuild:
    site = ThemeBuild(SITE, THEME, "thua-thien-hue", NAME, "generic", None, start_urls=[], per_page=hue.PER_PAGE)
    site.extra_boilerplate += boilerplate()
    old = hue.articles()
    new = new_articles()
    for a in sorted(new, key=lambda a: a.date, reverse=True):
        site.add_article(a)
    items = sorted(old + new, key=lambda a: a.date, reverse=True)
    listed = {cat: sorted([a for a in items + hue.stubs() if cat_of(a.path) == cat], key=lambda a: a.date,
                          reverse=True) for cat in CATS}
    pages = {cat: listing_pages(listed[cat], hue.PER_PAGE) for cat in CATS}
    latest = items[:5]

    for a in items + hue.stubs():
        cat = cat_of(a.path)
        same = [o for o in items if o.path != a.path and cat_of(o.path) == cat]
        others = [o for o in listed[cat] if o.path != a.path][:4]
        main = detail(a, cat, same[:2] if a.path != STUB else [], others)
        head = json_ld(a)
        site.page(a.path, layout(a.title, main, latest, head=head, description=a.summary()))
    # The redesign shows the same texts: every line of every older article is on its new page.
    for a in old:
        text = page_text(site.html_pages[a.path])
        missing = [line for line in a.text_lines() if squash(line) not in text]
        if missing:
            raise AssertionError(f"{site.id}: {a.path}: lines not on the page: {missing[:2]}")

    for cat in CATS:
        n_pages = len(pages[cat])
        for n, chunk in enumerate(pages[cat], 1):
            rows = "\n".join(
                f'<div class="tin">{thumb(a)}<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="tin-ngay">{dmy(a.date)}</span>'
                f"<p>{esc(a.summary())}</p></div>" for a in chunk)
            nav = []
            if n > 1:
                nav.append(f'<a href="{listing(cat, n - 1)}">« Trước</a>')
            nav += [f"<b>{k}</b>" if k == n else f'<a href="{listing(cat, k)}">{k}</a>' for k in range(1, n_pages + 1)]
            if n < n_pages:
                nav.append(f'<a href="{listing(cat, n + 1)}">Tiếp »</a>')
            main = (f'<div class="dd"><a href="/">Trang chủ</a> › {CAPTIONS[cat]}</div>\n'
                    f'<div class="cm"><h2 class="cm-ten">{CAPTIONS[cat]}</h2>\n{rows}\n'
                    f'<div class="so-trang">{" ".join(nav)}</div></div>')
            site.page(listing(cat, n), layout(CAPTIONS[cat], main, latest), content_type="text/html")

    top = items[0]
    blocks = [f'<div class="noi-bat"><a href="{top.path}"><img src="{image_src(top, top.first_image())}" alt=""></a>'
              f'<h2><a href="{top.path}">{esc(top.title)}</a></h2><p>{esc(top.summary())}</p></div>']
    for cat in CATS:
        blocks.append(f'<div class="cm"><h2 class="cm-ten"><a href="{listing(cat)}">{CAPTIONS[cat]}</a></h2>'
                      f'{titles_ul([a for a in pages[cat][0] if a is not top][:4])}</div>')
    site.page("/", layout("", "\n".join(blocks), latest, head=hue_org()))

    intro = Article(path=INTRO, title="Giới thiệu Liên minh Hợp tác xã tỉnh Thừa Thiên Huế", date=datetime(2018, 3, 15),
                    body="""
Liên minh Hợp tác xã tỉnh Thừa Thiên Huế là tổ chức kinh tế - xã hội, đại diện và hỗ trợ các hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác trên địa bàn tỉnh; là thành viên của Liên minh Hợp tác xã Việt Nam.
Cơ cấu tổ chức gồm Ban Thường vụ, Văn phòng, Ban Chính sách - Phong trào, Ban Tư vấn - Hỗ trợ và Quỹ hỗ trợ phát triển hợp tác xã tỉnh.
""")
    site.page(INTRO, layout("Về Liên minh", detail(intro, None, [], [], show_date=False), latest))
    contact = ('<div class="dd"><a href="/">Trang chủ</a> › Hỏi đáp - Góp ý</div>\n'
               f'<div class="cm"><h2 class="cm-ten">Hỏi đáp - Góp ý</h2><p>{esc(FOOTER[3])}</p>'
               '<form action="javascript:void(0)"><p><input name="hoten" placeholder="Họ và tên"></p>'
               '<p><textarea name="noidung" placeholder="Nội dung"></textarea></p><p><input type="button" value="Gửi"></p></form></div>')
    site.page(CONTACT, layout("Hỏi đáp - Góp ý", contact, latest), content_type="text/html")
    site.non_articles += [STUB, INTRO, CONTACT]
    site.static("/robots.txt", "User-agent: *\nDisallow: /Admin/\n")
    return site


def hue_org() -> str:
    import json

    org = json.dumps({"@context": "https://schema.org", "@type": "Organization", "name": NAME,
                      "url": "{{base}}/", "logo": "{{base}}" + ASSETS + "/img/logo.png"}, ensure_ascii=False)
    return f'<script type="application/ld+json">{org}</script>\n'
