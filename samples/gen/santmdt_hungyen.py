"""Site `santmdt-hungyen` (registry family `generic`): the Sàn thương mại điện tử sản phẩm hợp tác xã tỉnh Hưng Yên,
the OCOP / cooperative-products shop of the provincial cooperative alliance (the merged province: Thái Bình joined
it on 1 July 2025), on **Haravan** (the Vietnamese e-commerce platform, Liquid themes); its blog "Tin tức" carries
the alliance's news. Written as a held-out test: no family module, no selectors.

Why it is hard: most pages are shop pages: product pages `/products/<handle>` with an `<h1>`, a price and a LONG
description (paragraphs, headings, lists: not articles), collections `/collections/<handle>` (paged `?page=2`), the
cart, the search (robots-disallowed, like `/cart` and `/account`), and the shop's furniture on every page (hotline,
"Giỏ hàng (0)" counter, "Sản phẩm bán chạy" with prices, the newsletter form, Zalo / Messenger chat buttons). The
news are blog articles `/blogs/tin-tuc/<handle>` (`h1.title-head`, the theme's line "Người viết: X lúc
12.03.2026": X is the staff account, a person or the shop itself, the date day-only with dots), listed by
`/blogs/tin-tuc?page=2` and `/blogs/tin-tuc/tagged/<tag>`; an article with many comments pages them with
`/blogs/tin-tuc/<handle>?page=2` (the same article, the next comments). A notice uses the alternate template
`article.thong-bao` without the author/date line: its text says "Từ ngày 14/2" only and the blog listing dates it.
The static page `/pages/gioi-thieu` (h1 and text, no date) and the policies are no articles; a linked product that
was deleted answers 404.
"""

from __future__ import annotations

from datetime import datetime

from .core import SiteBuild, attr, esc, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "santmdt-hungyen"
NAME = "Sàn TMĐT sản phẩm HTX tỉnh Hưng Yên"
HTML = "text/html; charset=utf-8"
BLOG = "/blogs/tin-tuc"
PER = 6
PDF_PATH = "/files/tb-12-lmhtx-2026.pdf"
SHOP = "Sàn TMĐT Hưng Yên"

PRODUCTS = {
    "nhan-long-hung-yen-hop-2kg": ("Nhãn lồng Hưng Yên - Hộp 2kg", "120.000₫", "HTX Nông nghiệp Hồng Nam"),
    "mat-ong-hoa-nhan-khoai-chau-500ml": ("Mật ong hoa nhãn Khoái Châu 500ml", "185.000₫", "HTX Mật ong Khoái Châu"),
    "ruou-nep-cai-hoa-vang-thuy-duong": ("Rượu nếp cái hoa vàng Thụy Dương 1 lít", "150.000₫", "HTX Nông nghiệp Thụy Dương"),
    "gao-nep-cai-hoa-vang-tui-5kg": ("Gạo nếp cái hoa vàng - Túi 5kg", "165.000₫", "HTX Dịch vụ nông nghiệp Đông Hưng"),
    "tuong-ban-hung-yen-chai-500ml": ("Tương Bần Hưng Yên chai 500ml", "45.000₫", "HTX Tương Bần Mỹ Hào"),
    "banh-cay-lang-nguyen-hop-300g": ("Bánh cáy làng Nguyễn - Hộp 300g", "55.000₫", "HTX Bánh cáy Thái Phương"),
}
COLLECTIONS = {"all": "Tất cả sản phẩm", "san-pham-ocop": "Sản phẩm OCOP", "dac-san-thai-binh": "Đặc sản vùng Thái Bình"}
IN_COLL = {"san-pham-ocop": ["nhan-long-hung-yen-hop-2kg", "mat-ong-hoa-nhan-khoai-chau-500ml",
                             "ruou-nep-cai-hoa-vang-thuy-duong", "tuong-ban-hung-yen-chai-500ml"],
           "dac-san-thai-binh": ["ruou-nep-cai-hoa-vang-thuy-duong", "gao-nep-cai-hoa-vang-tui-5kg",
                                 "banh-cay-lang-nguyen-hop-300g"]}
GONE = "/products/mat-ong-hoa-nhan-hop-qua-tet"
TAGS = {"ocop": "OCOP", "san-tmdt": "Sàn TMĐT", "hop-tac-xa": "Hợp tác xã", "thong-bao": "Thông báo"}

TOP = ["Hotline: 0221.3863.668", "Giao hàng toàn quốc - Miễn phí vận chuyển đơn từ 500.000₫", "Giỏ hàng (0)",
       "Đăng nhập", "Đăng ký"]
SIDE = ["Danh mục tin tức", "Bài viết mới nhất", "Sản phẩm bán chạy", "Thẻ bài viết",
        *[v[0] for v in list(PRODUCTS.values())[:4]], *[v[1] for v in list(PRODUCTS.values())[:4]]]
LABELS = ["Trang chủ", "Chia sẻ:", "Bài trước", "Bài sau", "Bài viết liên quan", "Viết bình luận của bạn",
          "Bình luận của bạn sẽ được duyệt trước khi đăng lên.", "Gửi bình luận", "Người viết:", "Thẻ:"]
FOOTER = ["Đăng ký nhận tin", "Nhận thông tin sản phẩm mới, chương trình khuyến mãi và tin tức của Sàn.",
          "Sàn thương mại điện tử sản phẩm hợp tác xã tỉnh Hưng Yên - Liên minh Hợp tác xã tỉnh Hưng Yên",
          "Địa chỉ: Số 8 đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên",
          "Điện thoại: 0221.3863.668 - Email: santmdt@lmhtxhungyen.vn",
          "Giấy chứng nhận đăng ký website TMĐT số 0901234567 do Sở Công Thương tỉnh Hưng Yên cấp",
          "© Bản quyền thuộc về Liên minh HTX tỉnh Hưng Yên | Cung cấp bởi Haravan",
          "Chat Zalo", "Chat Messenger", "Gọi ngay"]
BOILERPLATE = [*TOP[:4], *SIDE, *LABELS, *FOOTER]


def art(handle: str) -> str:
    return f"{BLOG}/{handle}"


def shown(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="date-element", evidence=["date-element", "listing"])


COMMENTS = [("Nguyễn Văn Hùng", "13/03/2026", "Sàn có bán nhãn sấy của HTX Hồng Nam không ạ?"),
            ("Trần Thị Mai", "13/03/2026", "Mua mật ong trên sàn giao hàng rất nhanh, đóng gói cẩn thận."),
            ("Lê Quang Đạo", "14/03/2026", "HTX của tôi ở xã Tiên Lữ muốn đăng ký gian hàng thì liên hệ ai?"),
            ("Phạm Thị Hằng", "15/03/2026", "Mong sàn có thêm nhiều sản phẩm của vùng Thái Bình cũ."),
            ("Vũ Văn Long", "16/03/2026", "Giá bán trên sàn có chênh lệch so với mua tại HTX không?"),
            ("Đỗ Thu Hà", "17/03/2026", "Sàn nên có thêm chương trình giảm giá cho khách mua lần đầu.")]


def articles() -> list[RichArticle]:
    A = RichArticle
    return [
        A(path=art("hon-200-san-pham-cua-htx-duoc-dua-len-san-thuong-mai-dien-tu-tinh"),
          title="Hơn 200 sản phẩm của HTX được đưa lên Sàn thương mại điện tử tỉnh",
          date=datetime(2026, 3, 12),
          body="""
Đến đầu tháng 3/2026, Sàn thương mại điện tử sản phẩm hợp tác xã tỉnh Hưng Yên đã có 214 sản phẩm của 87 HTX, tổ hợp tác, trong đó 96 sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên.
Các nhóm sản phẩm bán chạy nhất là nhãn lồng, mật ong, gạo nếp cái hoa vàng, rượu nếp và tương Bần.
[img san-tmdt-dong-goi.png] Thành viên HTX đóng gói đơn hàng nhận từ Sàn
Liên minh HTX tỉnh cho biết sẽ hỗ trợ các HTX chụp ảnh sản phẩm, viết mô tả và livestream bán hàng trong năm 2026.
""",
          author="Phạm Thu Trang", **shown(datetime(2026, 3, 12)),
          opts={"by": "Phạm Thu Trang", "tags": ["ocop", "san-tmdt"], "comments": COMMENTS},
          notes=["no byline: the theme's line 'Người viết: Phạm Thu Trang lúc 12.03.2026' names a staff account that is a "
                 "person (author); six comments paged by ?page=2: /blogs/tin-tuc/<handle>?page=2 is the same article "
                 "with the next comments (alias)"]),
        A(path=art("giam-doc-htx-mat-ong-khoai-chau-len-san-giup-htx-ban-hang-quanh-nam"),
          title="Giám đốc HTX mật ong Khoái Châu: Lên sàn giúp HTX bán hàng quanh năm",
          date=datetime(2026, 2, 10),
          body="""
**PV: Thưa ông, HTX bắt đầu bán hàng trên sàn từ khi nào?**
Ông Đào Văn Thịnh: Từ tháng 5/2024, HTX đưa 4 sản phẩm mật ong lên Sàn. Trước đây chúng tôi chỉ bán vào mùa hoa nhãn, nay đơn hàng đều quanh năm.
**PV: Doanh thu của HTX thay đổi thế nào?**
Ông Đào Văn Thịnh: Năm 2025, HTX bán qua sàn được 6,2 tấn mật ong, chiếm gần 40% sản lượng, thu nhập của thành viên tăng khoảng 20%.
**PV: Xin cảm ơn ông!**
""",
          author="Nguyễn Hải Yến", **shown(datetime(2026, 2, 10)),
          opts={"by": "Nguyễn Hải Yến", "tags": ["ocop", "hop-tac-xa"]},
          notes=["interview: bold 'PV: …' questions and 'Ông Đào Văn Thịnh: …' answers, one line each; author = the "
                 "staff account Nguyễn Hải Yến in 'Người viết:' (not text)"]),
        A(path=art("thong-bao-lich-nghi-tet-va-giao-hang-dip-tet-binh-ngo"),
          title="Thông báo lịch nghỉ Tết và giao hàng dịp Tết Bính Ngọ",
          date=datetime(2026, 2, 3),
          body="""
Sàn thương mại điện tử sản phẩm HTX tỉnh Hưng Yên thông báo lịch nghỉ Tết Nguyên đán Bính Ngọ như sau:
* Từ ngày 14/2 đến hết ngày 22/2: tạm dừng giao hàng;
* Đơn hàng đặt trong thời gian nghỉ Tết được giao từ ngày 23/2;
* Bộ phận chăm sóc khách hàng vẫn trả lời tin nhắn qua Zalo OA của Sàn.
Trân trọng cảm ơn quý khách hàng và các HTX đã đồng hành cùng Sàn.
""",
          author=None, published=iso(datetime(2026, 2, 3), with_time=False), published_source="listing",
          evidence=["listing"],
          opts={"tags": ["thong-bao"], "notice": True},
          notes=["alternate template article.thong-bao: no 'Người viết … lúc …' line; the text gives only '14/2' and "
                 "'22/2' (no year); the blog listing's date block (03 Tháng 02 2026) is its only date"]),
        A(path=art("thong-bao-so-12-tb-lmhtx-ve-viec-tiep-nhan-ho-so-dang-ky-gian-hang-nam-2026"),
          title="Thông báo số 12/TB-LMHTX về việc tiếp nhận hồ sơ đăng ký gian hàng năm 2026",
          date=datetime(2026, 1, 20),
          body="""
LIÊN MINH HTX TỈNH HƯNG YÊN
Số: 12/TB-LMHTX
Hưng Yên, ngày 19 tháng 01 năm 2026
THÔNG BÁO
Về việc tiếp nhận hồ sơ đăng ký gian hàng trên Sàn thương mại điện tử sản phẩm HTX năm 2026
Căn cứ Kế hoạch số 05/KH-LMHTX ngày 08/01/2026 của Liên minh HTX tỉnh về hỗ trợ HTX chuyển đổi số;
Liên minh HTX tỉnh thông báo tiếp nhận hồ sơ của các HTX, tổ hợp tác có nhu cầu mở gian hàng trên Sàn. Hồ sơ gồm đơn đăng ký, giấy chứng nhận đăng ký HTX và giấy chứng nhận sản phẩm OCOP (nếu có).
Thời hạn tiếp nhận: đến hết ngày 31/3/2026.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Quyết
""",
          author=None, doc_number="12/TB-LMHTX", **shown(datetime(2026, 1, 20)),
          attachments=[{"path": PDF_PATH, "text": "TB-12-LMHTX-2026.pdf"}],
          opts={"by": SHOP, "tags": ["thong-bao", "san-tmdt"], "doc": True},
          notes=["official notice 'Số: 12/TB-LMHTX', place-date line 'Hưng Yên, ngày 19 tháng 01 năm 2026' and a cited "
                 "plan of 08/01/2026; 'lúc 20.01.2026' is the post's date; 'Người viết: Sàn TMĐT Hưng Yên' is the shop's "
                 "account and the signer no author: null; the PDF after 'Tải văn bản:' (attachment, not text)"]),
        A(path=art("doanh-thu-ban-hang-cua-htx-qua-san-nam-2025-dat-18-6-ty-dong"),
          title="Doanh thu bán hàng của HTX qua Sàn năm 2025 đạt 18,6 tỷ đồng",
          date=datetime(2026, 1, 8),
          body="""
Năm 2025, tổng doanh thu bán hàng của các HTX qua Sàn đạt 18,6 tỷ đồng, tăng 42% so với năm 2024.
| Nhóm sản phẩm | Số đơn hàng | Doanh thu (triệu đồng) |
| Nhãn lồng, nhãn sấy | 9.850 | 6.120 |
| Mật ong | 7.420 | 4.480 |
| Gạo, nếp các loại | 5.310 | 3.950 |
| Rượu, tương, bánh kẹo | 6.870 | 4.050 |
Năm 2026, Sàn phấn đấu đạt doanh thu 25 tỷ đồng và có thêm 60 HTX tham gia.
""",
          byline="Minh Châu", author="Minh Châu", **shown(datetime(2026, 1, 8)),
          opts={"by": "Admin", "tags": ["san-tmdt"]},
          notes=["a data table (one line per row); 'Người viết: Admin' is the account, the closing right-aligned "
                 "'Minh Châu' is the author (text)"]),
        A(path=art("huong-dan-htx-dang-ky-mo-gian-hang-tren-san-tmdt-tinh"),
          title="Hướng dẫn HTX đăng ký mở gian hàng trên Sàn TMĐT tỉnh",
          date=datetime(2025, 11, 20),
          body="""
Để mở gian hàng trên Sàn, HTX thực hiện các bước sau:
+ Đăng ký tài khoản người bán bằng số điện thoại và email của HTX;
+ Gửi bản chụp giấy chứng nhận đăng ký HTX và giấy tờ chứng nhận chất lượng sản phẩm;
+ Cung cấp ảnh, mô tả, giá bán và quy cách đóng gói của từng sản phẩm;
+ Ký thỏa thuận hợp tác với Ban Quản lý Sàn.
Ban Quản lý Sàn hỗ trợ miễn phí chụp ảnh sản phẩm cho các HTX đăng ký trong năm 2025.
""",
          author=None, **shown(datetime(2025, 11, 20)),
          opts={"by": SHOP, "tags": ["san-tmdt", "hop-tac-xa"]},
          notes=["a numbered list (ol, one line per item); account 'Sàn TMĐT Hưng Yên' (the shop) and no byline: author null"]),
        A(path=art("anh-vao-vu-nhan-long-o-htx-hong-nam"),
          title="Ảnh: Vào vụ nhãn lồng ở HTX Hồng Nam",
          date=datetime(2025, 8, 5),
          body="""
[img nhan-long-1.png] Thành viên HTX Nông nghiệp Hồng Nam thu hoạch nhãn lồng
[img nhan-long-2.png] Nhãn được phân loại, đóng hộp 2kg ngay tại vườn
[img nhan-long-3.png] Mỗi ngày HTX giao khoảng 1,5 tấn nhãn cho khách đặt qua Sàn
""",
          byline="Ảnh: Đức Anh", author="Đức Anh", **shown(datetime(2025, 8, 5)),
          opts={"by": "Admin", "tags": ["ocop"]},
          notes=["photo story: three captioned photos and the closing 'Ảnh: Đức Anh' (text, author Đức Anh); the "
                 "account 'Admin' is no author"]),
        A(path=art("san-tmdt-san-pham-htx-cua-hai-tinh-hung-yen-va-thai-binh-hop-nhat"),
          title="Sàn TMĐT sản phẩm HTX của hai tỉnh Hưng Yên và Thái Bình hợp nhất",
          date=datetime(2025, 7, 15),
          body="""
Từ ngày 1/7/2025, cùng với việc hợp nhất tỉnh, Liên minh HTX tỉnh Hưng Yên tiếp nhận Sàn giới thiệu sản phẩm HTX của Liên minh HTX tỉnh Thái Bình.
Toàn bộ 73 gian hàng của các HTX vùng Thái Bình cũ được chuyển sang Sàn chung, giữ nguyên tài khoản và lịch sử đơn hàng.
Khách hàng có thể tìm sản phẩm của từng vùng trong danh mục Đặc sản vùng Thái Bình.
""",
          author="Phạm Thu Trang", **shown(datetime(2025, 7, 15)),
          opts={"by": "Phạm Thu Trang", "tags": ["san-tmdt"]},
          notes=["the merger's date 1/7/2025 opens the text; the post is of 15.07.2025; author the account Phạm Thu Trang"]),
        A(path=art("htx-thuy-duong-dua-ruou-nep-cai-hoa-vang-len-san"),
          title="HTX Thụy Dương đưa rượu nếp cái hoa vàng lên sàn",
          date=datetime(2024, 12, 5),
          body="""
HTX Nông nghiệp Thụy Dương (huyện Thái Thụy, tỉnh Thái Bình) vừa đưa sản phẩm rượu nếp cái hoa vàng đạt OCOP 3 sao lên Sàn giới thiệu sản phẩm HTX của tỉnh.
Mỗi năm HTX sản xuất khoảng 25.000 lít rượu, tiêu thụ chủ yếu dịp Tết.
Nguồn: Báo Thái Bình
""",
          author=None, **shown(datetime(2024, 12, 5)),
          opts={"by": "Admin", "tags": ["ocop"]},
          notes=["migrated 2024 post of the old Thái Bình shop ('huyện Thái Thụy, tỉnh Thái Bình'); 'Nguồn: Báo Thái "
                 "Bình' is a source, the account 'Admin' no person: author null"]),
    ]


# -- markup ----------------------------------------------------------------------------------

def img(name: str, size: str = "grande") -> str:
    stem = name.rsplit(".", 1)[0]
    return f"/assets/1000987654/article/{stem}_{size}.png"


def prod_img(handle: str, size: str = "medium") -> str:
    return f"/assets/1000987654/products/{handle}_{size}.png"


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            if a.opts.get("doc") and b.text.isupper():
                out.append(f'<p style="text-align: center;"><strong>{inline_html(b.text)}</strong></p>')
            else:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            tag = b.kind
            out.append(f"<{tag}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{tag}>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="{img(b.src)}" alt="{attr(b.text)}" /><br />'
                       f"<em>{esc(b.text)}</em></p>")
        elif b.kind == "table":
            out.append(table_html(b, "table"))
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    if a.attachments:
        x = a.attachments[0]
        out.append(f'<p>Tải văn bản: <a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def blog_date(d: datetime) -> str:
    return (f'<div class="blog-date"><span class="d">{d:%d}</span> <span class="m">Tháng {d:%m}</span> '
            f'<span class="y">{d:%Y}</span></div>')


def card(a: RichArticle) -> str:
    pic = a.first_image()
    thumb = f'<a href="{a.path}" class="blog-thumb"><img src="{img(pic, "large")}" alt="{attr(a.title)}" /></a>' if pic else ""
    return (f'<div class="col-md-4 col-sm-6 blog-item"><article class="blog-item-inner">{thumb}{blog_date(a.date)}'
            f'<h3 class="blog-item-name"><a href="{a.path}" title="{attr(a.title)}">{esc(a.title)}</a></h3>'
            f'<p class="blog-item-summary">{esc(a.summary()[:160])}</p></article></div>')


def product_card(h: str) -> str:
    name, price, _ = PRODUCTS[h]
    return (f'<div class="col-md-3 col-6 product-block"><div class="product-img"><a href="/products/{h}"><img '
            f'src="{prod_img(h)}" alt="{attr(name)}" /></a></div><h3 class="pro-name"><a href="/products/{h}">{esc(name)}'
            f'</a></h3><div class="box-pro-prices"><span class="pro-price">{price}</span></div>'
            '<button type="button" class="btn-addcart">Thêm vào giỏ</button></div>')


def sidebar(arts: list[RichArticle]) -> str:
    latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><span class="date">{a.date:%d/%m/%Y}</span></li>'
                     for a in arts[:4])
    best = "".join(f'<li><a href="/products/{h}"><img src="{prod_img(h, "small")}" alt="" /></a><a href="/products/{h}">'
                   f'{esc(v[0])}</a> <span class="price">{v[1]}</span></li>' for h, v in list(PRODUCTS.items())[:4])
    tags = " ".join(f'<a href="{BLOG}/tagged/{k}">{esc(v)}</a>' for k, v in TAGS.items())
    return (f'<aside class="col-md-3 sidebar-blog"><div class="box-sidebar"><h3 class="title-sidebar">{SIDE[0]}</h3>'
            f'<ul><li><a href="{BLOG}">Tin tức</a></li></ul></div><div class="box-sidebar"><h3 class="title-sidebar">'
            f'{SIDE[1]}</h3><ul class="latest-posts">{latest}</ul></div><div class="box-sidebar"><h3 class="title-sidebar">'
            f'{SIDE[2]}</h3><ul class="best-sellers">{best}</ul></div><div class="box-sidebar tag-cloud"><h3 '
            f'class="title-sidebar">{SIDE[3]}</h3>{tags}</div></aside>')


def layout(title: str, main: str, *, head: str = "", template: str = "index") -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in
                   [("Trang chủ", "/"), ("Giới thiệu", "/pages/gioi-thieu"), ("Sản phẩm", "/collections/all"),
                    ("Sản phẩm OCOP", "/collections/san-pham-ocop"), ("Đặc sản Thái Bình", "/collections/dac-san-thai-binh"),
                    ("Tin tức", BLOG), ("Liên hệ", "/pages/lien-he")])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="x-ua-compatible" content="ie=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>{head}
<meta property="og:site_name" content="{attr(NAME)}" />
<link href="/theme/1000987654/assets/styles.scss.css" rel="stylesheet" type="text/css" />
<script>var Haravan = Haravan || {{}}; Haravan.shop = "santmdt-hungyen.myharavan.com"; Haravan.template = "{template}";</script>
<script src="/theme/1000987654/assets/scripts.js"></script>
</head>
<body class="template-{template}">
<div class="topbar"><div class="container"><span class="hotline">{TOP[0]}</span> <span class="ship">{TOP[1]}</span>
<span class="account"><a href="/account/login">{TOP[3]}</a> | <a href="/account/register">{TOP[4]}</a></span></div></div>
<header class="main-header"><div class="container"><div class="logo"><a href="/"><img src="/theme/1000987654/assets/logo.png" alt="{attr(NAME)}" /></a></div>
<form action="/search" method="get" class="searchform"><input type="hidden" name="type" value="product" /><input type="text" name="q" placeholder="Tìm kiếm sản phẩm..." /><button type="submit">Tìm</button></form>
<div class="header-cart"><a href="/cart"><span class="count">{TOP[2]}</span></a></div></div>
<nav class="main-nav"><div class="container"><ul class="menuList-main">{menu}</ul></div></nav></header>
<main class="mainContent-theme">
{main}
</main>
<footer class="main-footer">
<div class="newsletter"><div class="container"><h4>{FOOTER[0]}</h4><p>{esc(FOOTER[1])}</p>
<form action="javascript:void(0)" class="contact-form"><input type="email" name="contact[email]" placeholder="Nhập email của bạn" /><button type="button">Đăng ký</button></form></div></div>
<div class="container"><div class="footer-col"><p><strong>{esc(FOOTER[2])}</strong></p><p>{esc(FOOTER[3])}</p><p>{esc(FOOTER[4])}</p><p>{esc(FOOTER[5])}</p></div>
<div class="footer-col"><h4>Chính sách</h4><ul><li><a href="/pages/chinh-sach-doi-tra">Chính sách đổi trả</a></li><li><a href="/pages/chinh-sach-bao-mat">Chính sách bảo mật</a></li></ul></div>
<div class="footer-col"><h4>Liên kết</h4><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li></ul></div>
<p class="copyright">{esc(FOOTER[6])}</p></div></footer>
<div class="fixed-buttons"><a href="{{{{base:offsite}}}}/" class="btn-zalo" target="_blank">{FOOTER[7]}</a> <a href="{{{{base:offsite}}}}/" class="btn-messenger" target="_blank">{FOOTER[8]}</a> <a href="tel:02213863668" class="btn-call">{FOOTER[9]}</a></div>
</body>
</html>
"""


def crumb(*items: tuple[str, str | None]) -> str:
    lis = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' if h else f'<li class="active"><span>{esc(t)}</span></li>'
                  for t, h in (("Trang chủ", "/"), *items))
    return f'<div class="breadcrumb-shop"><div class="container"><ol class="breadcrumb">{lis}</ol></div></div>'


def article_page(a: RichArticle, arts: list[RichArticle], cpage: int = 1) -> str:
    i = arts.index(a)
    meta = ""
    if not a.opts.get("notice"):
        meta = (f'<div class="article-meta"><span class="author">{LABELS[8]} <b>{esc(a.opts["by"])}</b></span> '
                f'<span class="date">lúc {a.date:%d.%m.%Y}</span></div>')
    tags = " ".join(f'<a href="{BLOG}/tagged/{t}">{esc(TAGS[t])}</a>' for t in a.opts["tags"])
    nav = []
    if i + 1 < len(arts):
        nav.append(f'<a class="prev" href="{arts[i + 1].path}">« {LABELS[2]}</a>')
    if i > 0:
        nav.append(f'<a class="next" href="{arts[i - 1].path}">{LABELS[3]} »</a>')
    related = [x for x in arts if x is not a and set(x.opts["tags"]) & set(a.opts["tags"])][:3]
    rel = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in related)
    comments = a.opts.get("comments", [])
    cm = ""
    if comments:
        shown_c = comments[(cpage - 1) * 5: cpage * 5]
        lis = "".join(f'<div class="comment-item"><strong class="name">{esc(n)}</strong> - <span class="date">{d}</span>'
                      f'<p>{esc(t)}</p></div>' for n, d, t in shown_c)
        pag = (f'<div class="pagination"><a href="{a.path}"{" class=current" if cpage == 1 else ""}>1</a> '
               f'<a href="{a.path}?page=2"{" class=current" if cpage == 2 else ""}>2</a></div>')
        cm = f'<div class="article-comments"><h3>Bình luận ({len(comments)})</h3>{lis}{pag}</div>'
    form = (f'<div class="form-comment"><h3>{LABELS[5]}</h3><form action="javascript:void(0)"><input name="comment[author]" '
            f'placeholder="Họ tên" /><input name="comment[email]" placeholder="Email" /><textarea name="comment[body]">'
            f'</textarea><p class="note">{LABELS[6]}</p><button type="button">{LABELS[7]}</button></form></div>')
    return (crumb(("Tin tức", BLOG), (a.title, None))
            + f'<div class="layout-article"><div class="container"><div class="row"><div class="col-md-9"><div class="article-main">'
            f'<div class="header-article"><h1 class="title-head">{esc(a.title)}</h1>{meta}</div>'
            f'<div class="article-content box-article-detail"><div class="rte">{body_html(a)}</div></div>'
            f'<div class="article-tags">{LABELS[9]} {tags}</div>'
            f'<div class="social-share"><span>{LABELS[1]}</span> <a href="{{{{base:offsite}}}}/" target="_blank">Facebook</a> '
            f'<a href="{{{{base:offsite}}}}/" target="_blank">Zalo</a></div>'
            f'<div class="post-navigation">{" ".join(nav)}</div>{cm}{form}'
            f'<div class="related-articles"><h3>{LABELS[4]}</h3><ul>{rel}</ul></div>'
            f'</div></div>{sidebar(arts)}</div></div></div>')


DESCRIPTIONS = {
    "nhan-long-hung-yen-hop-2kg": """<p>Nhãn lồng Hưng Yên là đặc sản nổi tiếng của vùng đất Phố Hiến, từng là sản vật tiến vua. Quả nhãn to, cùi dày, giòn, ngọt sắc và thơm mùi đặc trưng.</p>
<h3>Đặc điểm sản phẩm</h3><ul><li>Xuất xứ: HTX Nông nghiệp Hồng Nam, phường Hồng Châu, tỉnh Hưng Yên</li><li>Tiêu chuẩn: VietGAP, OCOP 4 sao</li><li>Quy cách: hộp carton 2kg, có tem truy xuất nguồn gốc</li></ul>
<h3>Hướng dẫn bảo quản</h3><p>Bảo quản nơi thoáng mát hoặc trong ngăn mát tủ lạnh từ 5 đến 7 ngày. Không rửa nhãn trước khi bảo quản.</p>
<p>Sản phẩm được thu hái trong ngày, đóng hộp tại vườn và giao trong vòng 24 giờ tại Hà Nội và Hưng Yên.</p>""",
    "mat-ong-hoa-nhan-khoai-chau-500ml": """<p>Mật ong hoa nhãn nguyên chất được khai thác từ các trại ong của HTX Mật ong Khoái Châu vào mùa hoa nhãn tháng 3, tháng 4 hằng năm.</p>
<h3>Công dụng</h3><ul><li>Bổ sung năng lượng, tăng sức đề kháng</li><li>Pha nước ấm uống buổi sáng</li><li>Dùng làm gia vị trong chế biến món ăn</li></ul>
<p>Sản phẩm đạt chứng nhận OCOP 4 sao năm 2023, đóng chai thủy tinh 500ml, hạn sử dụng 24 tháng.</p>""",
    "ruou-nep-cai-hoa-vang-thuy-duong": """<p>Rượu nếp cái hoa vàng Thụy Dương được nấu thủ công từ gạo nếp cái hoa vàng và men lá truyền thống, hạ thổ 6 tháng trước khi đóng chai.</p>
<h3>Thông tin sản phẩm</h3><ul><li>Nồng độ: 35 độ</li><li>Dung tích: 1 lít</li><li>Sản phẩm OCOP 3 sao</li></ul>
<p>Không bán cho người dưới 18 tuổi. Uống có trách nhiệm.</p>""",
    "gao-nep-cai-hoa-vang-tui-5kg": """<p>Gạo nếp cái hoa vàng hạt tròn, đều, dẻo thơm, chuyên dùng đồ xôi, làm bánh chưng và nấu rượu.</p>
<p>Sản phẩm của HTX Dịch vụ nông nghiệp Đông Hưng, canh tác theo quy trình hữu cơ trên cánh đồng mẫu lớn 45 ha.</p>""",
    "tuong-ban-hung-yen-chai-500ml": """<p>Tương Bần được làm từ gạo nếp, đậu tương và muối theo công thức gia truyền hơn 300 năm của làng Bần Yên Nhân.</p>
<h3>Cách dùng</h3><p>Dùng chấm rau luộc, thịt luộc hoặc làm gia vị kho cá, nấu các món om.</p>""",
    "banh-cay-lang-nguyen-hop-300g": """<p>Bánh cáy làng Nguyễn là đặc sản trứ danh của vùng Thái Bình, làm từ gạo nếp, mạch nha, gấc, vừng và gừng.</p>
<p>Hộp 300g gồm 10 thanh bánh, hạn sử dụng 3 tháng.</p>""",
}


def product_page(h: str) -> str:
    name, price, htx = PRODUCTS[h]
    others = "".join(product_card(x) for x in [x for x in PRODUCTS if x != h][:3])
    return (crumb(("Sản phẩm", "/collections/all"), (name, None))
            + f'<div class="productDetail-page"><div class="container"><div class="row"><div class="col-md-6 product-gallery">'
            f'<img src="{prod_img(h, "grande")}" alt="{attr(name)}" /></div><div class="col-md-6 product-content-desc">'
            f'<h1 class="product-title">{esc(name)}</h1><p class="pro-vendor">Nhà cung cấp: {esc(htx)}</p>'
            f'<p class="pro-sku">Mã sản phẩm: HY-{len(h):04d}</p><div class="product-price"><span class="pro-price">{price}</span>'
            '</div><form action="javascript:void(0)" class="variants"><input type="number" name="quantity" value="1" />'
            '<button type="button" class="btn-addtocart">Thêm vào giỏ</button> <button type="button" class="btn-buynow">Mua '
            'ngay</button></form></div></div><div class="product-description"><ul class="nav-tabs"><li class="active">Mô tả '
            f'sản phẩm</li><li>Chính sách giao hàng</li></ul><div class="tab-content rte">{DESCRIPTIONS[h]}</div></div>'
            f'<div class="list-productRelated"><h3>Sản phẩm liên quan</h3><div class="row">{others}</div></div></div></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hung-yen", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    for a in arts:
        pic = a.first_image()
        head = (f'\n<meta name="description" content="{attr(a.summary()[:150])}" />'
                f'\n<link rel="canonical" href="{{{{base}}}}{a.path}" />'
                f'\n<meta property="og:type" content="article" />\n<meta property="og:title" content="{attr(a.title)}" />'
                f'\n<meta property="og:url" content="{{{{base}}}}{a.path}" />'
                + (f'\n<meta property="og:image" content="{{{{base}}}}{img(pic)}" />' if pic else ""))
        page(a.path, layout(f"{a.title} - {NAME}", article_page(a, arts), head=head, template="article"))
        if a.opts.get("comments"):
            page(f"{a.path}?page=2", layout(f"{a.title} - {NAME}", article_page(a, arts, 2), head=head, template="article"))
            a.aliases.append(f"{a.path}?page=2")
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Thông báo số 12/TB-LMHTX", ["THONG BAO TIEP NHAN HO SO DANG KY GIAN HANG NAM 2026",
                                                           "So: 12/TB-LMHTX"]))
    site.trap("blog article: h1.title-head, the theme's line 'Người viết: <account> lúc dd.mm.yyyy' (a person, 'Admin' or "
              "the shop's own account), div.rte text, tags, share bar, 'Bài trước / Bài sau', comments with dates and a "
              "comment form, 'Bài viết liên quan'; sidebar 'Bài viết mới nhất' with dates and 'Sản phẩm bán chạy' with "
              "prices", arts[0].path)

    def listing(base: str, heading: str, items: list[RichArticle]) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            url = base if n == 1 else f"{base}?page={n}"
            pag = ""
            if len(chunks) > 1:
                pag = '<div class="pagination">' + " ".join(
                    f'<span class="current">{k}</span>' if k == n else f'<a href="{base if k == 1 else f"{base}?page={k}"}">{k}</a>'
                    for k in range(1, len(chunks) + 1)) + "</div>"
            main = (crumb(("Tin tức", None if base == BLOG else BLOG), *(((heading, None),) if base != BLOG else ()))
                    + f'<div class="layout-blogs"><div class="container"><div class="row"><div class="col-md-9">'
                    f'<h1 class="title-blog">{esc(heading)}</h1><div class="row list-article-content">'
                    f'{"".join(card(a) for a in chunk)}</div>{pag}</div>{sidebar(arts)}</div></div></div>')
            page(url, layout(f"{heading} - {NAME}", main, template="blog"))
            site.non_articles.append(url)

    listing(BLOG, "Tin tức", arts)
    for k, v in TAGS.items():
        listing(f"{BLOG}/tagged/{k}", f"Tin tức - {v}", [a for a in arts if k in a.opts["tags"]])
    site.trap("blog listing /blogs/tin-tuc (cards: date block '03 Tháng 02 2026', title, summary) paged ?page=2, and tag "
              "pages /blogs/tin-tuc/tagged/<tag>: listings, and the only date of the notice", BLOG + "?page=2")

    for h in PRODUCTS:
        page(f"/products/{h}", layout(f"{PRODUCTS[h][0]} - {NAME}", product_page(h), template="product",
                                      head='\n<meta property="og:type" content="product" />'))
        site.non_articles.append(f"/products/{h}")
    site.trap("product pages /products/<handle>: h1, price, add-to-cart and a long description (paragraphs, headings, "
              "lists): not articles", "/products/nhan-long-hung-yen-hop-2kg")
    for c, name in COLLECTIONS.items():
        items = list(PRODUCTS) if c == "all" else IN_COLL[c]
        chunks = [items[i:i + 4] for i in range(0, len(items), 4)]
        for n, chunk in enumerate(chunks, 1):
            url = f"/collections/{c}" if n == 1 else f"/collections/{c}?page={n}"
            pag = ("" if len(chunks) == 1 else '<div class="pagination">' + " ".join(
                f'<a href="/collections/{c}{"" if k == 1 else f"?page={k}"}">{k}</a>' for k in range(1, len(chunks) + 1))
                + "</div>")
            main = (crumb((name, None)) + f'<div class="layout-collections"><div class="container"><h1 class="title-collection">'
                    f'{esc(name)}</h1><div class="row">{"".join(product_card(h) for h in chunk)}</div>{pag}</div></div>')
            page(url, layout(f"{name} - {NAME}", main, template="collection"))
            site.non_articles.append(url)
    best = "".join(product_card(h) for h in list(PRODUCTS)[:4])
    news = "".join(card(a) for a in arts[:3])
    home = (f'<section class="section-slider"><img src="/theme/1000987654/assets/slide_1.png" alt="" /></section>'
            f'<section class="section-products"><div class="container"><h2>Sản phẩm OCOP nổi bật</h2><div class="row">{best}'
            f'</div><a href="/collections/san-pham-ocop">Xem tất cả</a> <a href="{GONE}">Hộp quà Tết mật ong</a></div></section>'
            f'<section class="section-blog"><div class="container"><h2>Tin tức</h2><div class="row">{news}</div>'
            f'<a href="{BLOG}">Xem thêm tin tức</a></div></section>')
    page("/", layout(NAME, home))
    site.broken(GONE)
    intro = ('<p>Sàn thương mại điện tử sản phẩm hợp tác xã tỉnh Hưng Yên do Liên minh Hợp tác xã tỉnh xây dựng từ năm 2023 '
             'nhằm hỗ trợ các HTX, tổ hợp tác tiêu thụ sản phẩm.</p><h3>Mục tiêu</h3><ul><li>Giới thiệu sản phẩm OCOP '
             'của HTX tới người tiêu dùng cả nước;</li><li>Giúp HTX tiếp cận thương mại điện tử với chi phí thấp.</li></ul>')
    for handle, title, body in [("gioi-thieu", "Giới thiệu Sàn TMĐT sản phẩm HTX", intro),
                                ("lien-he", "Liên hệ", f'<p>{esc(FOOTER[3])}</p><form action="javascript:void(0)">'
                                 '<input name="contact[name]" /><textarea name="contact[body]"></textarea></form>'),
                                ("chinh-sach-doi-tra", "Chính sách đổi trả", "<p>Sàn hỗ trợ đổi trả trong 3 ngày nếu sản "
                                 "phẩm bị hư hỏng khi vận chuyển.</p>"),
                                ("chinh-sach-bao-mat", "Chính sách bảo mật", "<p>Thông tin của khách hàng chỉ dùng để "
                                 "giao hàng và chăm sóc khách hàng.</p>")]:
        page(f"/pages/{handle}", layout(f"{title} - {NAME}", crumb((title, None)) + '<div class="layout-pageDetail"><div '
                                        f'class="container"><h1 class="title-page">{esc(title)}</h1><div class="rte">{body}'
                                        '</div></div></div>', template="page"))
        site.non_articles.append(f"/pages/{handle}")
    site.trap("/pages/gioi-thieu: h1, paragraphs, a heading and a list, no date, no author: a Haravan page, not an "
              "article; policies and contact likewise", "/pages/gioi-thieu")
    page("/cart", layout(f"Giỏ hàng - {NAME}", '<div class="container"><h1>Giỏ hàng của bạn</h1><p>Giỏ hàng của bạn đang '
                         'trống.</p></div>', template="cart"))
    page("/account/login", layout(f"Đăng nhập - {NAME}", '<div class="container"><h1>Đăng nhập</h1><form action="javascript:'
                                  'void(0)"><input name="customer[email]" /><input type="password" name="customer[password]" />'
                                  '</form></div>', template="customers/login"))
    page("/account/register", layout(f"Đăng ký - {NAME}", '<div class="container"><h1>Đăng ký</h1></div>',
                                     template="customers/register"))
    hits = [a for a in arts if "OCOP" in a.body]
    page("/search", layout(f"Tìm kiếm - {NAME}", '<div class="container"><h1>Tìm kiếm</h1><ul>' + "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in hits) + "</ul></div>", template="search"))
    site.never_fetched += ["/cart", "/account/login", "/account/register", "/search"]
    site.trap("robots.txt (Haravan's) disallows /cart, /account, /checkout and /search: never fetched", "/search")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin\nDisallow: /cart\nDisallow: /orders\nDisallow: /checkout\n"
                "Disallow: /account\nDisallow: /search\n")
    return site
