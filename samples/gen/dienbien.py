"""Site `lmhtx-dienbien` (registry family `generic`): the Điện Biên cooperative alliance on an **Odoo
Website / Blog** (with the eCommerce app selling the HTX's OCOP products), built blind as a held-out
test: no family module, no selectors.

Why it is hard: Odoo's frontend: `<html data-main-object="blog.post(12,)">`, `#wrapwrap > main > #wrap`,
`var odoo = {csrf_token: …}` scripts, `/web/assets/…` bundles, `/web/image/…` pictures. A post is
`/blog/tin-tuc-1/<slug>-12` (blog id, then post id). The title is `h1#o_wblog_post_name` inside the
cover, the subtitle `#o_wblog_post_subtitle` under it is the lead; the date `span.o_wblog_post_date >
time` prints as Odoo's Vietnamese locale does ("14 thg 3, 2024": day, abbreviated month "thg 3",
year; no time: midnight); the author is `span[itemprop=name]` in `div.o_wblog_author` — a reporter
(the author, not text), the "Administrator" account (never an author: the reporter is then the
closing byline, if any) or the company partner "Liên minh HTX tỉnh Điện Biên" (an office: no
author). The text is `div.o_wblog_post_content` made of `section.s_text_block` / `section.s_picture`
snippets (captions in `figcaption`), with empty `div.oe_structure` placeholders around it and one
holding a newsletter snippet ("Đăng ký nhận bản tin") under it; after the post the "Đọc tiếp" cover of
the NEXT post (its title and subtitle). Listings `/blog/tin-tuc-1` and `/blog/tin-tuc-1/page/2`,
tags `/blog/tin-tuc-1/tag/<tag>-3`, archive filters `?date_begin=…&date_end=…`, `/blog`, `/shop` and a
product page (description, price), `/aboutus`, `/contactus`: not articles; `/web/login` is
robots-disallowed.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import quote

from .core import TODAY_2024, Article, SiteBuild, attr, esc, inline_html, pdf

SITE = "lmhtx-dienbien"
NAME = "Liên minh Hợp tác xã tỉnh Điện Biên"
COMPANY = "Liên minh HTX tỉnh Điện Biên"
HTML = "text/html; charset=utf-8"
BLOGS = {1: ("tin-tuc", "Tin tức"), 2: ("van-ban", "Văn bản")}
TAGS = {3: ("ocop", "OCOP"), 4: ("nong-nghiep", "Nông nghiệp"), 5: ("hoat-dong-lien-minh", "Hoạt động Liên minh")}
ABOUT = "/aboutus"
CONTACT = "/contactus"
SHOP = "/shop"
PRODUCT = "/shop/gao-seng-cu-dien-bien-5kg-7"
LOGIN = "/web/login"
PER = 5
ADMIN = "Administrator"
PDF_PATH = "/web/content/456/KH-15-LMHTX.pdf"

SLOGANS = ["Hợp tác để phát triển bền vững vùng cao Điện Biên",
           "Chào mừng kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)"]
UI = ["Đọc tiếp", "Chia sẻ bài viết", "Đăng ký nhận bản tin",
      "Nhận tin mới về hợp tác xã và sản phẩm OCOP Điện Biên qua email", "Đăng ký", "Giỏ hàng",
      "Đăng nhập", "Theo dõi chúng tôi"]
FOOTER = ["Liên minh Hợp tác xã tỉnh Điện Biên",
          "Địa chỉ: Tổ dân phố 5, phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên",
          "Điện thoại: 0215.3825.226 - Email: lmhtx.dienbien@gmail.com",
          "Chịu trách nhiệm nội dung: Ông Lò Văn Pản - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 02/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Điện Biên cấp ngày 20/3/2023",
          "Bản quyền © Liên minh HTX tỉnh Điện Biên",
          "Được cung cấp bởi Odoo - Tạo một trang web miễn phí"]
BOILERPLATE = [*SLOGANS, *UI, *FOOTER]


def vi_date(d: datetime) -> str:
    return f"{d.day} thg {d.month}, {d.year}"


def post(blog: int, slug: str, pid: int, d: datetime, title: str, writer: str, tags: list[int], **kw) -> Article:
    a = Article(path=f"/blog/{BLOGS[blog][0]}-{blog}/{slug}-{pid}", title=title, date=d, **kw)
    a.opts.update(blog=blog, pid=pid, writer=writer, tags=tags)
    return a


def dated(d: datetime) -> dict:
    return dict(published=d.strftime("%Y-%m-%dT00:00:00+07:00"), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[Article]:
    P = post
    return [
        P(1, "htx-gao-sam-mun-dua-gao-seng-cu-len-san-thuong-mai-dien-tu", 12, datetime(2024, 3, 14),
          "HTX gạo Sam Mứn đưa gạo Séng Cù lên sàn thương mại điện tử", "Lò Thị Hương", [3, 4],
          lead="Từ đầu năm 2024, gạo Séng Cù của HTX Nông nghiệp Sam Mứn đã có gian hàng trên ba sàn thương mại điện tử lớn.",
          body="""
HTX Nông nghiệp Sam Mứn (huyện Điện Biên) có 46 thành viên, canh tác 85 ha lúa Séng Cù trên cánh đồng Mường Thanh theo quy trình VietGAP.
[img gao-sam-mun.png] Thành viên HTX Nông nghiệp Sam Mứn đóng gói gạo Séng Cù
Được Liên minh HTX tỉnh hướng dẫn mở gian hàng, chụp ảnh sản phẩm và livestream, mỗi tháng HTX bán trực tuyến khoảng 8 tấn gạo, gấp đôi cùng kỳ năm trước.
Sản phẩm gạo Séng Cù Sam Mứn đạt chuẩn OCOP 4 sao, được bán với giá 32.000 đồng/kg.
""",
          author="Lò Thị Hương", **dated(datetime(2024, 3, 14)),
          notes=["title h1#o_wblog_post_name in the cover, subtitle #o_wblog_post_subtitle (the lead: first line); "
                 "'14 thg 3, 2024' in span.o_wblog_post_date > time (Odoo's vi locale: no time, midnight); author "
                 "span[itemprop=name] 'Lò Thị Hương' in div.o_wblog_author (not text)",
                 "the text is s_text_block / s_picture snippets in div.o_wblog_post_content, empty div.oe_structure "
                 "placeholders around it, a newsletter snippet ('Đăng ký nhận bản tin') in the oe_structure under "
                 "it, then the 'Đọc tiếp' cover of the next post (its title and subtitle)"]),
        P(2, "ke-hoach-ho-tro-htx-tham-gia-chuong-trinh-ocop-nam-2024", 9, datetime(2024, 3, 11),
          "Kế hoạch hỗ trợ HTX tham gia Chương trình OCOP năm 2024", COMPANY, [3, 5],
          body="""
LIÊN MINH HTX TỈNH ĐIỆN BIÊN
Số: 15/KH-LMHTX
Điện Biên, ngày 08 tháng 3 năm 2024
KẾ HOẠCH
Hỗ trợ hợp tác xã tham gia Chương trình OCOP năm 2024
## I. MỤC ĐÍCH, YÊU CẦU
Hỗ trợ các HTX hoàn thiện hồ sơ, nâng hạng sản phẩm OCOP; gắn sản phẩm OCOP với phát triển du lịch cộng đồng.
## II. NỘI DUNG HỖ TRỢ
* Tư vấn hoàn thiện hồ sơ cho ít nhất 15 sản phẩm của HTX tham gia đánh giá, phân hạng;
* Hỗ trợ thiết kế bao bì, nhãn mác, tem truy xuất nguồn gốc cho 10 HTX;
* Đưa sản phẩm OCOP của HTX tham gia các hội chợ trong và ngoài tỉnh.
## III. TỔ CHỨC THỰC HIỆN
Ban Hỗ trợ phát triển chủ trì, phối hợp với Văn phòng Điều phối nông thôn mới tỉnh triển khai kế hoạch.
Nơi nhận: Thường trực Tỉnh ủy; UBND tỉnh; Sở Nông nghiệp và PTNT; Lưu VT.
CHỦ TỊCH Lò Văn Pản
""",
          author=None, doc_number="15/KH-LMHTX", attachments=[{"path": PDF_PATH, "text": "KH-15-LMHTX.pdf"}],
          **dated(datetime(2024, 3, 11)),
          notes=["official plan 'Số: 15/KH-LMHTX' in the 'Văn bản' blog (/blog/van-ban-2/…-9), place-date line 'Điện "
                 "Biên, ngày 08 tháng 3 năm 2024' three days before '11 thg 3, 2024'; the author span names the "
                 "company partner 'Liên minh HTX tỉnh Điện Biên' (an office): author null; signer last; the PDF a "
                 "/web/content/456/KH-15-LMHTX.pdf link in an s_text_block after the text ('Tải văn bản'): an "
                 "attachment, not text"]),
        P(1, "anh-mua-hoa-ban-o-ban-du-lich-cong-dong-muong-phang", 11, datetime(2024, 3, 6),
          "Ảnh: Mùa hoa ban ở bản du lịch cộng đồng Mường Phăng", ADMIN, [5],
          lead="Tháng Ba, hoa ban nở trắng các bản của HTX Du lịch cộng đồng Mường Phăng, thu hút đông du khách.",
          body="""
[img ban-1.png] Hoa ban nở trắng quanh nhà sàn của thành viên HTX
[img ban-2.png] Du khách thưởng thức ẩm thực Thái tại homestay của HTX
[img ban-3.png] Đội văn nghệ của HTX biểu diễn múa xòe phục vụ khách
[img ban-4.png] Gian hàng nông sản, thổ cẩm của HTX tại khu di tích Sở Chỉ huy chiến dịch
""",
          byline="Ảnh: Quàng Văn Minh", author="Quàng Văn Minh", **dated(datetime(2024, 3, 6)),
          notes=["photo story: four s_picture snippets (figure + figcaption, one line each) after the subtitle; "
                 "'Ảnh: Quàng Văn Minh' last (right-aligned s_text_block): part of the text, author Quàng Văn Minh; "
                 "the author span is the 'Administrator' account: not the author"]),
        P(1, "lien-minh-htx-tinh-trien-khai-nhiem-vu-nam-2024", 10, datetime(2024, 3, 1),
          "Liên minh HTX tỉnh triển khai nhiệm vụ năm 2024", ADMIN, [5],
          lead="Ngày 29/2, Liên minh HTX tỉnh Điện Biên tổ chức hội nghị triển khai nhiệm vụ năm 2024.",
          body="""
Năm 2023, toàn tỉnh có 352 HTX với hơn 7.800 thành viên; doanh thu bình quân đạt 1,6 tỷ đồng/HTX.
## Nhiệm vụ trọng tâm năm 2024
* Thành lập mới ít nhất 35 HTX, ưu tiên các huyện vùng cao Mường Nhé, Nậm Pồ;
* Hỗ trợ HTX liên kết với doanh nghiệp tiêu thụ gạo, cà phê, mắc ca;
* Tổ chức 8 lớp bồi dưỡng cho cán bộ quản lý HTX.
Hội nghị đã khen thưởng 12 HTX có thành tích tiêu biểu trong năm 2023.
""",
          byline="Minh Thu", author="Minh Thu", **dated(datetime(2024, 3, 1)),
          notes=["an <h3> heading and a list in an s_text_block; the lead says 'Ngày 29/2', the post '1 thg 3, 2024'; "
                 "byline 'Minh Thu' last: part of the text, the author (the author span says 'Administrator')"]),
        P(1, "che-shan-tuyet-tua-chua-vuon-xa", 8, datetime(2024, 2, 22),
          "Chè Shan tuyết Tủa Chùa vươn xa nhờ HTX", ADMIN, [3, 4],
          lead="Các HTX chè ở Tủa Chùa đang đưa sản phẩm chè Shan tuyết cổ thụ đến với thị trường cả nước.",
          body="""
Huyện Tủa Chùa có hơn 700 ha chè Shan tuyết, trong đó nhiều cây chè cổ thụ hàng trăm năm tuổi ở xã Sín Chải, Tả Sìn Thàng.
HTX Chè Shan tuyết Tả Sìn Thàng đầu tư xưởng chế biến, có 3 sản phẩm đạt chuẩn OCOP 4 sao.
Nguồn: Báo Điện Biên Phủ
""",
          author=None, **dated(datetime(2024, 2, 22)),
          notes=["the text ends with 'Nguồn: Báo Điện Biên Phủ' (right-aligned italic): part of the text, a source; "
                 "the author span is 'Administrator': author null"]),
        P(1, "htx-ca-phe-muong-ang-lien-ket-tieu-thu", 7, datetime(2024, 2, 15),
          "HTX cà phê Mường Ảng liên kết tiêu thụ với doanh nghiệp", "Đỗ Thu Trang", [4],
          lead="Các HTX cà phê ở huyện Mường Ảng ký hợp đồng bán cà phê quả tươi cho doanh nghiệp chế biến với giá ổn định.",
          body="""
Huyện Mường Ảng có hơn 3.000 ha cà phê Arabica, phần lớn do các HTX và tổ hợp tác quản lý.
[img ca-phe-muong-ang.png] Thành viên HTX thu hái cà phê chín tại xã Ẳng Nưa
Theo hợp đồng, doanh nghiệp thu mua quả chín đạt tỷ lệ trên 90% với giá cao hơn giá thị trường 500 đồng/kg.
Các HTX cam kết không thu hái quả xanh, tuân thủ quy trình canh tác bền vững.
""",
          author="Đỗ Thu Trang", **dated(datetime(2024, 2, 15)),
          notes=["author span 'Đỗ Thu Trang' (a reporter's partner record): the author, not text"]),
        P(1, "htx-mac-ca-muong-cha-trong-moi-200-ha", 6, datetime(2024, 1, 25),
          "HTX mắc ca Mường Chà trồng mới 200 ha", COMPANY, [4],
          lead="Năm 2024, các HTX mắc ca ở huyện Mường Chà phối hợp với doanh nghiệp trồng mới 200 ha mắc ca xen cà phê.",
          body="""
Doanh nghiệp cung ứng cây giống ghép, hướng dẫn kỹ thuật và cam kết bao tiêu sản phẩm trong 20 năm.
Các HTX tổ chức cho thành viên góp đất, góp công chăm sóc và được chia lợi nhuận theo tỷ lệ góp vốn.
""",
          author=None, **dated(datetime(2024, 1, 25)),
          notes=["no byline; the author span is the company partner 'Liên minh HTX tỉnh Điện Biên': author null"]),
        P(1, "lien-minh-htx-tinh-tong-ket-cong-tac-nam-2023", 5, datetime(2024, 1, 9),
          "Liên minh HTX tỉnh tổng kết công tác năm 2023", ADMIN, [5],
          lead="Sáng 8/1, Liên minh HTX tỉnh Điện Biên tổng kết công tác năm 2023.",
          body="""
Năm 2023, Liên minh HTX tỉnh tư vấn thành lập mới 31 HTX, tổ chức 7 lớp bồi dưỡng cho 350 lượt cán bộ HTX.
Quỹ hỗ trợ phát triển HTX giải ngân 5,2 tỷ đồng cho 18 dự án.
""",
          byline="Hoàng Châu", author="Hoàng Châu", **dated(datetime(2024, 1, 9)),
          notes=["oldest post: only on /blog/tin-tuc-1/page/2, its tag page and its archive filter; byline 'Hoàng "
                 "Châu' last: part of the text, the author (the author span says 'Administrator')"]),
    ]


def img(name: str) -> str:
    h = hashlib.md5(name.encode()).hexdigest()
    return f"/web/image/{int(h[:4], 16) % 900 + 100}-{h[4:12]}/{name}"


def tag_url(blog: int, tid: int) -> str:
    slug, _ = BLOGS[blog]
    return f"/blog/{slug}-{blog}/tag/{TAGS[tid][0]}-{tid}"


def blog_url(blog: int) -> str:
    return f"/blog/{BLOGS[blog][0]}-{blog}"


def archive_url(blog: int, y: int, m: int) -> str:
    import calendar
    last = calendar.monthrange(y, m)[1]
    b = quote(f"{y}-{m:02d}-01 00:00:00")
    e = quote(f"{y}-{m:02d}-{last} 23:59:59")
    return f"{blog_url(blog)}?date_begin={b}&date_end={e}"


def text_block(inner: str, extra: str = "") -> str:
    return (f'<section class="s_text_block pt16 pb16 o_colored_level" data-snippet="s_text_block" data-name="Văn bản">'
            f'<div class="container s_allow_columns"{extra}>{inner}</div></section>')


def content(a: Article) -> str:
    parts, run = [], []

    def flush() -> None:
        if run:
            parts.append(text_block("".join(run)))
            run.clear()
    for b in a.blocks:
        if b.kind == "img":
            flush()
            parts.append('<section class="s_picture pt24 pb24 o_colored_level" data-snippet="s_picture" '
                         'data-name="Ảnh"><div class="container"><div class="row s_nb_column_fixed"><div '
                         'class="col-lg-10 offset-lg-1 pb24 o_colored_level" style="text-align: center;"><figure '
                         f'class="figure"><img src="{img(b.src)}" class="figure-img img-fluid rounded" alt="" '
                         f'loading="lazy"><figcaption class="figure-caption py-3">{inline_html(b.text)}</figcaption>'
                         '</figure></div></div></div></section>')
        elif b.kind == "p":
            t = inline_html(b.text)
            if b.text.startswith("Nguồn: "):
                run.append(f'<p style="text-align: right;"><em>{t}</em></p>')
            elif b.text.isupper() or b.text.startswith("Số: "):
                run.append(f'<p style="text-align: center;"><strong>{t}</strong></p>')
            else:
                run.append(f"<p>{t}</p>")
        elif b.kind == "h":
            run.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            run.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
    if a.byline:
        run.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    flush()
    return "".join(parts)


def cover(a: Article, h: str = "h1", next_: bool = False) -> str:
    pic = a.first_image() or "cover-default.png"
    ident = "" if next_ else ' id="o_wblog_post_name"'
    sub_id = "" if next_ else ' id="o_wblog_post_subtitle"'
    sub = esc(a.lead or "")
    return (f'<div class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 cover_mid '
            f'o_wblog_post_page_cover"><div class="o_record_cover_component o_record_cover_image" '
            f'style="background-image: url({img(pic)});"></div><div class="container text-center position-relative '
            f'h-100 d-flex flex-column flex-grow-1 justify-content-around"><div class="o_wblog_post_title">'
            f'<{h}{ident} class="o_editable_no_shadow" data-oe-expression="blog_post.name" '
            f'placeholder="Tiêu đề bài viết">{esc(a.title)}</{h}><div{sub_id} class="o_editable_no_shadow" '
            f'placeholder="Phụ đề">{sub}</div></div></div></div>')


def author_box(a: Article) -> str:
    w = a.opts["writer"]
    pid = int(hashlib.md5(w.encode()).hexdigest()[:2], 16) % 40 + 3
    return (f'<div class="o_wblog_author d-flex align-items-center"><img class="o_wblog_author_avatar rounded-circle '
            f'me-2" src="/web/image/res.partner/{pid}/avatar_128.png" alt="" loading="lazy"><div class="small">'
            f'<span itemprop="name">{esc(w)}</span><br><span class="text-muted o_wblog_post_date"><time '
            f'class="text-nowrap">{vi_date(a.date)}</time></span></div></div>')


def post_page(a: Article, nxt: Article | None) -> str:
    tags = "".join(f'<a class="badge border mb-2 me-1" href="{tag_url(a.opts["blog"], t)}">#{TAGS[t][1]}</a>'
                   for t in a.opts["tags"])
    attach = ""
    if a.attachments:
        att = a.attachments[0]
        attach = text_block(f'<p><a href="{att["path"]}" class="btn btn-primary"><i class="fa fa-download"></i> '
                            f'Tải văn bản: {esc(att["text"])}</a></p>')
    newsletter = ('<div class="oe_structure" id="oe_structure_blog_post_footer"><section class="s_newsletter_block '
                  'bg-200 pt32 pb32" data-snippet="s_newsletter_block" data-list-id="1"><div class="container">'
                  f'<h3>{UI[2]}</h3><p>{UI[3]}</p><div class="s_newsletter_subscribe_form js_subscribe" '
                  'data-vxml="001" data-list-id="1"><div class="input-group"><input type="email" name="email" '
                  'class="js_subscribe_value form-control" placeholder="email@example.com"><a role="button" href="#" '
                  f'class="btn btn-primary js_subscribe_btn o_submit">{UI[4]}</a></div></div></div></section></div>')
    share = (f'<div class="o_wblog_social_links d-flex flex-wrap mx-n1"><span class="me-2">{UI[1]}</span>'
             '<a href="#" aria-label="Facebook" class="o_facebook mx-1"><i class="fa fa-facebook-square"></i></a>'
             '<a href="#" aria-label="LinkedIn" class="o_linkedin mx-1"><i class="fa fa-linkedin"></i></a></div>')
    nxt_html = ""
    if nxt:
        nxt_html = (f'<div id="o_wblog_next_container" class="d-flex flex-column"><div class="o_wblog_next_loader '
                    f'o_ready_to_display"><a href="{nxt.path}" class="text-decoration-none"><div class="text-center '
                    f'text-muted small">{UI[0]}</div>{cover(nxt, "h2", True)}</a></div></div>')
    return (f'<section id="o_wblog_post_top"><div id="title" class="blog_header">{cover(a)}</div></section>'
            f'<section id="o_wblog_post_main" class="container pt-4 pb-5"><div class="o_container_small">'
            f'<div class="d-flex mb-4">{author_box(a)}</div>'
            f'<div class="oe_structure" id="oe_structure_blog_post_content_1"></div>'
            f'<div class="o_wblog_post_content"><div data-oe-model="blog.post" data-oe-id="{a.opts["pid"]}" '
            f'data-oe-field="content" data-oe-type="html" class="o_wblog_post_content_field o_wblog_read_text">'
            f'{content(a)}</div>{attach}</div>'
            f'<div class="oe_structure" id="oe_structure_blog_post_content_2"></div>'
            f'<div class="o_wblog_post_tags mt-4">{tags}</div>{share}</div></section>'
            f'{newsletter}{nxt_html}')


def card(a: Article) -> str:
    tags = "".join(f'<a class="badge border me-1" href="{tag_url(a.opts["blog"], t)}">#{TAGS[t][1]}</a>'
                   for t in a.opts["tags"])
    pic = a.first_image() or "cover-default.png"
    return (f'<article name="blog_post" class="o_wblog_post position-relative col-12 col-md-6 pb-5">'
            f'<a href="{a.path}" class="text-reset text-decoration-none"><div class="o_record_cover_container '
            f'o_wblog_post_cover"><div class="o_record_cover_image" style="background-image: url({img(pic)});"></div>'
            f'</div><h3 class="o_blog_post_title mt-3">{esc(a.title)}</h3><div class="o_wblog_post_teaser">'
            f'{esc(a.lead or a.summary())}</div></a><div class="o_wblog_post_short_tag_section">{tags}</div>'
            f'<div class="text-muted small"><span>{esc(a.opts["writer"])}</span> &bull; <time class="text-nowrap">'
            f'{vi_date(a.date)}</time></div></article>')


def layout(title: str, main: str, obj: str, canonical: str | None = None, og: str = "website") -> str:
    menu = "".join(f'<li class="nav-item"><a role="menuitem" href="{h}" class="nav-link"><span>{t}</span></a></li>'
                   for h, t in [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (blog_url(1), "Tin tức"),
                                (blog_url(2), "Văn bản"), (SHOP, "Sản phẩm OCOP"), (CONTACT, "Liên hệ")])
    canon = f'\n<link rel="canonical" href="{{{{base}}}}{canonical}">' if canonical else ""
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[:5])
    return f"""<!DOCTYPE html>
<html lang="vi-VN" data-website-id="1" data-main-object="{obj}" data-oe-company-name="{COMPANY}">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Odoo">
<meta property="og:type" content="{og}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:site_name" content="{COMPANY}">{canon}
<title>{esc(title)} | {COMPANY}</title>
<link type="text/css" rel="stylesheet" href="/web/assets/1/3f9a1c2/web.assets_frontend.min.css">
<script id="web.layout.odooscript" type="text/javascript">
var odoo = {{ csrf_token: "b1e4c0d9a2f37e6a5c8d1f0b9e2a7c4d3f6e8a1bo1752000000", debug: "", }};
</script>
<script type="text/javascript">
odoo.__session_info__ = {{"is_admin": false, "is_system": false, "is_website_user": true, "user_id": false, "is_frontend": true, "profile_session": null, "lang_url_code": "vi", "geoip_country_code": "VN", "add_to_cart_action": "stay", "web.base.url": "", "translationURL": "/website/translations", "cache_hashes": {{"translations": "4e1a9c"}}, "recaptcha_public_key": ""}};
</script>
<script type="text/javascript" src="/web/assets/1/8d2e4b7/web.assets_frontend_minimal.min.js"></script>
<script type="text/javascript" src="/web/assets/1/a71c3f0/web.assets_frontend_lazy.min.js" defer></script>
</head>
<body>
<div id="wrapwrap" class="   ">
<header id="top" data-anchor="true" data-name="Header" class="o_header_standard">
<div class="o_header_slogans bg-primary text-white small"><div class="container"><span>{esc(SLOGANS[0])}</span> &middot; <span>{esc(SLOGANS[1])}</span></div></div>
<nav data-name="Navbar" aria-label="Main" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc">
<div id="o_main_nav" class="container">
<a data-name="Navbar Logo" href="/" class="navbar-brand logo me-4"><span role="img" aria-label="Logo of {COMPANY}" title="{COMPANY}"><img src="/web/image/website/1/logo.png" class="img img-fluid" width="95" height="40" alt="{COMPANY}" loading="lazy"></span></a>
<ul id="top_menu" role="menu" class="nav navbar-nav o_menu_loading flex-grow-1">{menu}</ul>
<ul class="navbar-nav align-items-center gap-2 flex-shrink-0 justify-content-end ps-3">
<li class="o_wsale_my_cart"><a href="/shop/cart" class="btn position-relative rounded-circle p-1 text-reset" aria-label="{UI[5]}"><i class="fa fa-shopping-cart fa-stack"></i><sup class="my_cart_quantity badge text-bg-primary d-none">0</sup><span class="d-none">{UI[5]}</span></a></li>
<li class="o_no_autohide_item"><a href="{LOGIN}" class="btn btn-outline-secondary">{UI[6]}</a></li>
</ul>
</div>
</nav>
</header>
<main>
<div id="wrap" class="js_blog website_blog">
<div class="oe_structure oe_empty" id="oe_structure_website_blog_top"></div>
{main}
<div class="oe_structure oe_empty" id="oe_structure_website_blog_bottom"></div>
</div>
</main>
<footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc">
<div id="footer" class="oe_structure oe_structure_solo"><section class="s_text_block pt40 pb16" data-snippet="s_text_block" data-name="Văn bản"><div class="container"><div class="row"><div class="col-lg-8">{foot}</div>
<div class="col-lg-4"><h5>{UI[7]}</h5><p><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></p><p><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></p></div></div></div></section></div>
<div class="o_footer_copyright o_colored_level o_cc"><div class="container py-3"><div class="row"><div class="col-sm text-center text-sm-start text-muted"><span class="o_footer_copyright_name me-2">{FOOTER[5]}</span></div>
<div class="col-sm text-center text-sm-end o_not_editable"><div class="o_brand_promotion">{FOOTER[6]}</div></div></div></div></div>
</footer>
</div>
</body>
</html>
"""


def blog_sidebar(blog: int, items: list[Article]) -> str:
    months = sorted({(a.date.year, a.date.month) for a in items}, reverse=True)
    arch = "".join(f'<option value="{attr(archive_url(blog, y, m))}">Tháng {m} {y}</option>' for y, m in months)
    arch_links = "".join(f'<li><a href="{archive_url(blog, y, m)}">Tháng {m} {y}</a></li>' for y, m in months)
    used = sorted({t for a in items for t in a.opts["tags"]})
    tags = "".join(f'<a class="badge border me-1" href="{tag_url(blog, t)}">{TAGS[t][1]}</a>' for t in used)
    return (f'<div class="col-lg-3 o_wblog_sidebar"><div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase '
            f'pb-2 mb-4 border-bottom fw-bold">Lưu trữ</h6><select name="archive" class="form-select">'
            f'<option value="">-- Tất cả --</option>{arch}</select><ul class="list-unstyled">{arch_links}</ul></div>'
            f'<div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">'
            f'Thẻ</h6>{tags}</div></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dien-bien", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        same = [o for o in arts if o.opts["blog"] == a.opts["blog"]]
        i = same.index(a)
        nxt = same[i + 1] if i + 1 < len(same) else (same[0] if len(same) > 1 else None)
        site.page(a.path, layout(a.title, post_page(a, nxt), f"blog.post({a.opts['pid']},)", a.path, "article"),
                  content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 15/KH-LMHTX", ["KE HOACH HO TRO HTX THAM GIA OCOP NAM 2024",
                                                         "Lien minh HTX tinh Dien Bien"]))

    def listing(url: str, blog: int, heading: str, items: list[Article], nav: str = "") -> None:
        main = (f'<section id="o_wblog_index_content" class="container py-4"><h1 class="o_blog_title">{esc(heading)}</h1>'
                f'<div class="row"><div class="col-lg-9"><div class="row">{"".join(card(a) for a in items)}</div>{nav}'
                f'</div>{blog_sidebar(blog, [a for a in arts if a.opts["blog"] == blog])}</div></section>')
        site.page(url, layout(heading, main, f"blog.blog({blog},)", url.split("?")[0] if "?" not in url else None),
                  content_type=HTML)
        site.non_articles.append(url)

    for blog, (slug, name) in BLOGS.items():
        items = [a for a in arts if a.opts["blog"] == blog]
        pages = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(pages, 1):
            url = blog_url(blog) if n == 1 else f"{blog_url(blog)}/page/{n}"
            nav = ""
            if len(pages) > 1:
                lis = "".join(f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="'
                              f'{blog_url(blog) if k == 1 else f"{blog_url(blog)}/page/{k}"}">{k}</a></li>'
                              for k in range(1, len(pages) + 1))
                prev = (f'<li class="page-item"><a class="page-link" href="'
                        f'{blog_url(blog) if n == 2 else f"{blog_url(blog)}/page/{n - 1}"}">Trước</a></li>' if n > 1 else "")
                nxt = (f'<li class="page-item"><a class="page-link" href="{blog_url(blog)}/page/{n + 1}">Sau</a></li>'
                       if n < len(pages) else "")
                nav = f'<ul class="pagination m-0 mt-3">{prev}{lis}{nxt}</ul>'
            listing(url, blog, name, chunk, nav)
        for tid, (tslug, tname) in TAGS.items():
            tagged = [a for a in items if tid in a.opts["tags"]]
            if tagged:
                listing(tag_url(blog, tid), blog, f"{name} - #{tname}", tagged)
        for y, m in sorted({(a.date.year, a.date.month) for a in items}, reverse=True):
            listing(archive_url(blog, y, m), blog, f"{name} - Tháng {m} {y}",
                    [a for a in items if (a.date.year, a.date.month) == (y, m)])
    site.trap("listing /blog/tin-tuc-1 and /blog/tin-tuc-1/page/2 (article.o_wblog_post cards: cover, title, teaser, "
              "tags, author, '14 thg 3, 2024'); page 2 holds the oldest post; tag pages /blog/tin-tuc-1/tag/<tag>-3 "
              "and archive filters ?date_begin=…&date_end=… (the sidebar's 'Lưu trữ'): listings, not articles",
              "/blog/tin-tuc-1/page/2")

    all_posts = (f'<section class="container py-4"><h1 class="o_blog_title">Tin tức - Văn bản</h1><div class="row">'
                 + "".join(f'<div class="col-12"><h2><a href="{blog_url(b)}">{n}</a></h2><div class="row">'
                           + "".join(card(a) for a in arts if a.opts["blog"] == b) + "</div></div>"
                           for b, (_, n) in BLOGS.items()) + "</div></section>")
    site.page("/blog", layout("Blog", all_posts, "website(1,)", "/blog"), content_type=HTML)
    home = ('<section class="s_cover parallax s_parallax_is_fixed bg-black-50 pt96 pb96" data-snippet="s_cover">'
            f'<div class="container s_allow_columns"><h1 style="text-align: center;">{NAME}</h1>'
            f'<p class="lead" style="text-align: center;">{esc(SLOGANS[0])}</p></div></section>'
            '<section class="s_latest_posts pt32 pb32" data-snippet="s_blog_posts"><div class="container"><h2>Tin mới</h2>'
            '<div class="row">' + "".join(card(a) for a in arts[:4]) + "</div></div></section>"
            f'<section class="s_text_block pt32 pb32"><div class="container"><p><a href="{SHOP}" class="btn '
            'btn-primary">Xem sản phẩm OCOP của các HTX</a></p></div></section>')
    site.page("/", layout("Trang chủ", home, "website.page(2,)", "/"), content_type=HTML)
    about = [
        "Liên minh Hợp tác xã tỉnh Điện Biên là tổ chức kinh tế - xã hội đại diện cho các hợp tác xã, liên hiệp hợp tác "
        "xã và tổ hợp tác trên địa bàn tỉnh, được thành lập năm 2004 khi tỉnh Điện Biên được chia tách.",
        "Liên minh tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ thành lập hợp tác xã; đào tạo, bồi "
        "dưỡng cán bộ; xúc tiến thương mại cho các sản phẩm như gạo Điện Biên, cà phê, chè Shan tuyết, mắc ca.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra - Chính sách, Ban Hỗ trợ phát triển và Quỹ hỗ trợ phát triển hợp "
        "tác xã tỉnh Điện Biên."]
    site.page(ABOUT, layout("Giới thiệu", '<div class="oe_structure"><section class="s_title pt40 pb24" '
                            'data-snippet="s_title"><div class="container"><h1>Giới thiệu Liên minh HTX tỉnh Điện Biên'
                            '</h1></div></section>' + text_block("".join(f"<p>{esc(p)}</p>" for p in about))
                            + "</div>", "website.page(3,)", ABOUT), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", '<div class="oe_structure"><section class="s_title pt40 pb24"><div '
                              'class="container"><h1>Liên hệ với chúng tôi</h1></div></section><section '
                              'class="s_website_form pt16 pb16" data-snippet="s_website_form"><div class="container">'
                              '<form action="/website/form/" method="post" enctype="multipart/form-data" '
                              'class="o_mark_required" data-model_name="mail.mail"><input type="text" name="name">'
                              '<input type="email" name="email_from"><textarea name="description"></textarea>'
                              '<a href="#" role="button" class="btn btn-primary s_website_form_send">Gửi</a></form>'
                              '</div></section></div>', "website.page(4,)", CONTACT), content_type=HTML)
    products = [("Gạo Séng Cù Điện Biên túi 5kg", "165.000 ₫", PRODUCT),
                ("Chè Shan tuyết Tủa Chùa hộp 200g", "240.000 ₫", PRODUCT),
                ("Cà phê Arabica Mường Ảng rang xay 500g", "150.000 ₫", PRODUCT)]
    shop = ('<div id="wrap" class="js_sale o_wsale_products_page"><div class="container oe_website_sale pt-2">'
            '<h1 class="h3">Sản phẩm OCOP</h1><div id="products_grid" class="row">'
            + "".join(f'<div class="oe_product col-lg-4"><form action="/shop/cart/update" method="post" '
                      f'class="oe_product_cart"><a href="{p}"><img src="{img("sp-" + str(i) + ".png")}" alt=""></a>'
                      f'<h6 class="o_wsale_products_item_title"><a href="{p}">{esc(n)}</a></h6><div class="product_price">'
                      f'<span class="oe_currency_value">{pr}</span></div></form></div>'
                      for i, (n, pr, p) in enumerate(products)) + "</div></div></div>")
    site.page(SHOP, layout("Cửa hàng", shop, "website(1,)", SHOP), content_type=HTML)
    site.page(PRODUCT, layout("Gạo Séng Cù Điện Biên túi 5kg", (
        '<div id="product_detail" class="container oe_website_sale"><div class="row"><div class="col-md-6">'
        f'<img src="{img("sp-0.png")}" alt=""></div><div class="col-md-6" id="product_details">'
        '<h1 itemprop="name">Gạo Séng Cù Điện Biên túi 5kg</h1><p class="text-muted">Gạo Séng Cù trồng trên cánh đồng '
        'Mường Thanh, hạt dài, cơm dẻo, thơm nhẹ; sản phẩm OCOP 4 sao của HTX Nông nghiệp Sam Mứn.</p>'
        '<div class="product_price"><span class="oe_currency_value">165.000 ₫</span></div>'
        '<a role="button" id="add_to_cart" class="btn btn-primary" href="#">Thêm vào giỏ hàng</a></div></div></div>'),
        "product.template(7,)", PRODUCT, "product"), content_type=HTML)
    site.page(LOGIN, layout("Đăng nhập", '<div class="oe_login_form"><form class="oe_login_form" role="form" '
                            'action="/web/login" method="post"><input type="text" name="login"><input type="password" '
                            'name="password"><button type="submit" class="btn btn-primary">Đăng nhập</button></form>'
                            '</div>', "website(1,)"), content_type=HTML)
    site.static("/shop/cart", layout("Giỏ hàng", '<div class="container"><h1>Giỏ hàng</h1><p>Giỏ hàng của bạn đang '
                                                'trống!</p></div>', "website(1,)"))
    site.non_articles += ["/", "/blog", ABOUT, CONTACT, SHOP, PRODUCT]
    site.never_fetched += [LOGIN, "/shop/cart"]
    site.trap("/shop (product grid with prices), a product page /shop/gao-seng-cu-dien-bien-5kg-7 (h1, a description "
              "paragraph, price: the posts' <slug>-<id> URL shape), /aboutus (s_title h1, three paragraphs in an "
              "s_text_block, no date), /contactus (website form), /blog (both blogs' cards): not articles; "
              "'Đăng nhập' /web/login is robots-disallowed: never fetch", PRODUCT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /web/login\nDisallow: /shop/cart\n")
    return site
