"""Site `lmhtx-angiang` (registry family `generic`): a WordPress news theme of the JNews kind
(`jeg_` class names) in the place of https://lmhtx.angiang.gov.vn, built blind as a held-out test: no
family module, no selectors.

Posts and pages share one URL shape, `/<slug>/` at the root (no date, no id), so the URL tells an
article from the introduction page nothing. The theme prints the post's day only beside a clock
icon ("Thứ Hai, 07/10/2024", no time, no `article:published_time`), in the very form of the top
bar's today banner; listings show relative ages ("2 tuần trước") instead of dates. The meta line
at the top names the CMS account ("Đăng bởi: admin"), the real byline closes the text. Inside the
content column, after the text, come the tags and a "Bài viết liên quan" block; one post carries
an inline "Tin liên quan" box between its paragraphs. Comments are closed on every post.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-angiang"
NAME = "Liên minh Hợp tác xã tỉnh An Giang"
SHORT = "Liên minh HTX tỉnh An Giang"
HTML = "text/html; charset=UTF-8"
CAT = "/category/tin-hoat-dong/"
DOCS = "/category/van-ban/"
TAG = "/tag/ocop/"
SEARCH = "/?s=htx"
AUTHOR = "/author/admin/"
ABOUT = "/gioi-thieu/"
CONTACT = "/lien-he/"
GALLERY = "/thu-vien-anh/"
STUB = "/anh-mua-thu-hoach-thot-not-tri-ton/"
PDF_PATH = "/wp-content/uploads/2024/04/KH-14-LMHTX-chuyen-doi-so.pdf"

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Nhiệt liệt chào mừng kỷ niệm 79 năm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2025)",
           "Kinh tế tập thể vững mạnh - Nông thôn An Giang phát triển"]
FOOTER = ["Trang thông tin điện tử Liên minh Hợp tác xã tỉnh An Giang",
          "Giấy phép số 12/GP-STTTT do Sở Thông tin và Truyền thông tỉnh An Giang cấp ngày 09/9/2021",
          "Chịu trách nhiệm nội dung: Ông Huỳnh Văn Sang - Phó Chủ tịch Thường trực Liên minh HTX tỉnh",
          "Địa chỉ: 08 Nguyễn Văn Cưng, phường Mỹ Long, TP Long Xuyên, tỉnh An Giang",
          "Điện thoại: 0296.3852.417 - Email: lmhtx@angiang.gov.vn",
          "Ghi rõ nguồn \"Liên minh HTX tỉnh An Giang\" khi phát hành lại thông tin từ website này.",
          "© Bản quyền thuộc Liên minh Hợp tác xã tỉnh An Giang. Thiết kế bởi VNPT An Giang."]
WIDGETS = ("Tin tiêu điểm", "Thời tiết Long Xuyên", "Có mưa rào rải rác", "Độ ẩm: 82%", "Thống kê truy cập",
           "Đang truy cập: 9", "Hôm nay: 311", "Tổng lượt truy cập: 1.204.775", "Liên kết website")
POLL_Q = "Bạn đánh giá thế nào về trang thông tin của Liên minh HTX tỉnh?"
POLL_A = ("Rất hữu ích", "Hữu ích", "Cần cải thiện thêm")
LABELS = ("Đăng bởi:", "Bài viết liên quan", "Bình luận đã bị đóng.", "Tin liên quan", "Thẻ:",
          "Chia sẻ Facebook", "Chia sẻ Zalo", "In trang", "Bài trước", "Bài tiếp theo", "Tải tệp đính kèm:")
BOILERPLATE = [TODAY, *SLOGANS, "Tăng tương phản", "Giảm tương phản", *FOOTER, *WIDGETS, POLL_Q, *POLL_A,
               "Bình chọn", "Xem kết quả", *LABELS]


def dated(d: datetime) -> dict:
    """The only date: the day beside the clock icon (no time), so midnight."""
    return dict(published=iso(d, with_time=False), published_source="date-element", evidence=["date-element"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/dai-hoi-thanh-vien-htx-nong-nghiep-vinh-hanh-nhiem-ky-2023-2028/",
          title="Đại hội thành viên HTX nông nghiệp Vĩnh Hanh nhiệm kỳ 2023 - 2028",
          date=datetime(2023, 6, 19, 9, 0),
          body="""
Ngày 17/6, HTX Nông nghiệp Vĩnh Hanh (huyện Châu Thành) tổ chức Đại hội thành viên nhiệm kỳ 2023 - 2028 với sự tham dự của 132 thành viên.
Nhiệm kỳ qua, HTX cung ứng lúa giống, bơm tưới và thu hoạch bằng máy cho hơn 900 ha; lợi nhuận năm 2022 đạt 1,3 tỷ đồng, chia lãi cho thành viên 12% vốn góp.
[img dai-hoi-vinh-hanh.png] Ban quản trị HTX nhiệm kỳ 2023 - 2028 ra mắt đại hội
Đại hội bầu Hội đồng quản trị 5 thành viên; ông Lê Văn Chín tiếp tục được bầu làm Chủ tịch HĐQT kiêm Giám đốc.
""",
          byline="Hữu Phước", author="Hữu Phước", **dated(datetime(2023, 6, 19))),
        A(path="/htx-duong-thot-not-tri-ton-dat-ocop-4-sao/",
          title="Đường thốt nốt của HTX Tri Tôn đạt chuẩn OCOP 4 sao",
          date=datetime(2023, 12, 4, 8, 0),
          body="""
Sản phẩm đường thốt nốt nguyên chất của HTX Thốt nốt Tri Tôn vừa được UBND tỉnh công nhận đạt chuẩn OCOP 4 sao.
HTX hiện có 46 thành viên là đồng bào Khmer, khai thác nhựa từ hơn 1.800 cây thốt nốt ở các xã Lương Phi, Lê Trì và Ô Lâm.
[img thot-not-tri-ton.png] Thành viên HTX nấu nhựa thốt nốt thành đường theo cách truyền thống
Sau khi đạt OCOP, sản phẩm có mặt ở 12 cửa hàng đặc sản tại TP Long Xuyên, Châu Đốc và TP Hồ Chí Minh.
""",
          byline="Bài và ảnh: Minh Quân", author="Minh Quân", **dated(datetime(2023, 12, 4)),
          notes=["byline 'Bài và ảnh: Minh Quân' closes the text (author: Minh Quân); the meta line at the top says "
                 "'Đăng bởi: admin', a CMS account"]),
        A(path="/ke-hoach-tap-huan-chuyen-doi-so-cho-htx-nam-2024/",
          title="Kế hoạch tập huấn chuyển đổi số cho HTX năm 2024",
          date=datetime(2024, 4, 2, 8, 0),
          body="""
Liên minh HTX tỉnh ban hành Kế hoạch số 14/KH-LMHTX về tập huấn chuyển đổi số cho cán bộ quản lý HTX năm 2024.
Theo kế hoạch, 4 lớp tập huấn được tổ chức tại TP Long Xuyên, TP Châu Đốc, thị xã Tân Châu và huyện Thoại Sơn cho khoảng 200 học viên.
## Nội dung tập huấn
* Sử dụng chữ ký số và hóa đơn điện tử;
* Mở gian hàng trên sàn thương mại điện tử và bán hàng qua mạng xã hội;
* Quản lý thành viên, sổ sách kế toán bằng phần mềm.
Các HTX đăng ký danh sách học viên với Văn phòng Liên minh HTX tỉnh trước ngày 20/4/2024.
""",
          byline="Văn phòng Liên minh HTX tỉnh", author=None,
          attachments=[{"path": PDF_PATH, "text": "KH-14-LMHTX-chuyen-doi-so.pdf"}], **dated(datetime(2024, 4, 2)),
          notes=["plan announced as news; its PDF linked after the body under 'Tải tệp đính kèm:'; byline an office: "
                 "an office is no writer: author null"]),
        A(path="/thong-bao-ket-qua-binh-chon-san-pham-htx-tieu-bieu-nam-2024/",
          title="Thông báo kết quả bình chọn sản phẩm HTX tiêu biểu năm 2024",
          date=datetime(2024, 8, 13, 8, 0),
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH AN GIANG
Số: 31/TB-LMHTX
An Giang, ngày 12 tháng 8 năm 2024
THÔNG BÁO
Kết quả bình chọn sản phẩm HTX tiêu biểu năm 2024
Căn cứ Kế hoạch số 09/KH-LMHTX ngày 15/3/2024 của Liên minh HTX tỉnh, Hội đồng bình chọn đã chấm điểm 38 sản phẩm do 27 HTX đăng ký.
1. Có 15 sản phẩm đạt danh hiệu sản phẩm HTX tiêu biểu năm 2024, trong đó nhóm thực phẩm 9 sản phẩm, nhóm thủ công mỹ nghệ 4 sản phẩm, nhóm dịch vụ du lịch 2 sản phẩm.
2. Lễ trao chứng nhận tổ chức vào sáng 30/8/2024 tại Hội trường Liên minh HTX tỉnh.
Nơi nhận: Các HTX có sản phẩm đăng ký; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Huỳnh Văn Sang
""",
          author=None, doc_number="31/TB-LMHTX", **dated(datetime(2024, 8, 13)),
          notes=["official notice: 'Số: 31/TB-LMHTX', place-date line 'An Giang, ngày 12 tháng 8 năm 2024' the day before "
                 "the posting day 'Thứ Ba, 13/08/2024' (the publication date); signer last, author null"]),
        A(path="/lien-minh-htx-tinh-so-ket-9-thang-nam-2024/",
          title="Liên minh HTX tỉnh sơ kết 9 tháng năm 2024",
          date=datetime(2024, 10, 7, 9, 0),
          body="""
Sáng 04/10, Liên minh HTX tỉnh An Giang tổ chức hội nghị sơ kết công tác 9 tháng, triển khai nhiệm vụ quý IV năm 2024.
9 tháng qua, toàn tỉnh thành lập mới 23 HTX và 41 tổ hợp tác, nâng tổng số lên 318 HTX với gần 29.000 thành viên.
[img so-ket-9-thang-ag.png] Quang cảnh hội nghị sơ kết 9 tháng
Doanh thu bình quân của HTX đạt 3,1 tỷ đồng/năm; thu nhập bình quân của lao động thường xuyên trong HTX khoảng 6 triệu đồng/tháng.
## Nhiệm vụ quý IV
* Hoàn thành chuyển đổi các HTX theo Luật HTX năm 2023;
* Giải ngân hết nguồn vốn Quỹ hỗ trợ phát triển HTX năm 2024;
* Tổ chức phiên chợ sản phẩm HTX dịp cuối năm.
Phát biểu kết luận, ông Huỳnh Văn Sang đề nghị các phòng chuyên môn bám sát cơ sở, kịp thời tháo gỡ khó khăn cho HTX.
""",
          byline="Ngọc Hân", author="Ngọc Hân", **dated(datetime(2024, 10, 7)),
          extra={"inline_box": True},
          notes=["an inline 'Tin liên quan' box with links to two other posts sits between the body's paragraphs: not "
                 "part of the text (the text goes on after it)",
                 "the post's day 'Thứ Hai, 07/10/2024' by a clock icon (no time, no published_time meta) has the very "
                 "form of the top bar's today banner 'Thứ Hai, 23/11/2026'; listings show relative ages"]),
        A(path="/htx-du-lich-cong-dong-con-en-don-khach-mua-nuoc-noi/",
          title="HTX du lịch cộng đồng Cồn Én đón khách mùa nước nổi",
          date=datetime(2024, 9, 16, 8, 0),
          body="""
Mùa nước nổi năm nay, HTX Du lịch cộng đồng Cồn Én (huyện Chợ Mới) đón trung bình 150 lượt khách mỗi ngày cuối tuần.
Du khách được đi xuồng ba lá tham quan vườn xoài, giăng lưới bắt cá linh và thưởng thức bông điên điển xào tép do thành viên HTX chế biến.
[img con-en-nuoc-noi.png] Du khách đi xuồng ba lá trên rạch Cồn Én
HTX đang hoàn thiện hồ sơ đề nghị công nhận điểm du lịch cộng đồng cấp tỉnh.
""",
          author=None, **dated(datetime(2024, 9, 16)),
          notes=["no byline: author null (the top line still says 'Đăng bởi: admin')"]),
        A(path="/htx-thuy-san-an-phu-nuoi-ca-ro-dong-theo-vietgap/",
          title="HTX thủy sản An Phú nuôi cá rô đồng theo VietGAP",
          date=datetime(2024, 10, 22, 8, 0),
          body="""
HTX Thủy sản Phú Hữu (huyện An Phú) chuyển 18 ha ruộng một vụ sang nuôi cá rô đồng theo tiêu chuẩn VietGAP.
Mỗi vụ nuôi kéo dài 4 tháng, năng suất bình quân 25 tấn/ha; cá được một doanh nghiệp ở TP Long Xuyên thu mua toàn bộ.
[img ca-ro-an-phu.png] Thành viên HTX thu hoạch cá rô đồng
Nguồn: Báo An Giang
""",
          author=None, **dated(datetime(2024, 10, 22)),
          notes=["last line 'Nguồn: Báo An Giang' is a source, not an author"]),
        A(path="/htx-nong-nghiep-tan-long-lien-ket-san-xuat-lua-nep/",
          title="HTX nông nghiệp Tân Long liên kết sản xuất lúa nếp",
          date=datetime(2024, 11, 4, 8, 0),
          body="""
HTX Nông nghiệp Tân Long (huyện Phú Tân) ký hợp đồng liên kết sản xuất 600 ha lúa nếp vụ đông xuân 2024 - 2025 với hai doanh nghiệp chế biến.
Doanh nghiệp cung ứng giống xác nhận và phân bón trả chậm; HTX tổ chức gieo sạ đồng loạt, hướng dẫn thành viên ghi nhật ký đồng ruộng.
[img nep-tan-long.png] Cánh đồng lúa nếp liên kết của HTX Tân Long
Giá thu mua được chốt cao hơn giá thị trường 300 đồng/kg tại thời điểm thu hoạch.
Năm nay HTX còn đầu tư thêm hai máy sấy lúa công suất 30 tấn/mẻ để giảm thất thoát sau thu hoạch.
""",
          byline="Thanh Tùng", author="Thanh Tùng", **dated(datetime(2024, 11, 4))),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/wp-content/uploads/2024/{src}"


def ago(d: datetime) -> str:
    """What the theme prints in listings instead of a date."""
    days = (TODAY_2026 - d).days
    if days >= 365:
        return f"{days // 365} năm trước"
    if days >= 30:
        return f"{days // 30} tháng trước"
    return f"{days // 7} tuần trước"


def render_body(a: Article, box: str = "") -> str:
    parts = []
    blocks = a.blocks
    for i, b in enumerate(blocks):
        if b.kind == "p":
            parts.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<div class="wp-caption aligncenter" style="width: 610px"><img class="size-full" '
                         f'src="{img(b.src)}" alt="{attr(b.text)}" width="600" height="400">'
                         f'<p class="wp-caption-text">{inline_html(b.text)}</p></div>')
        if box and i == 2:
            parts.append(box)
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong><em>{esc(a.byline)}</em></strong></p>')
    return "\n".join(parts)


def layout(title: str, main: str, items: list[Article], body_class: str, path: str | None = None,
           short: str | None = None) -> str:
    menu = "".join(f'<li class="menu-item"><a href="{h}">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (CAT, "Tin hoạt động"), (DOCS, "Văn bản"),
                    (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    hot = "".join(f'<div class="jeg_post"><h3 class="jeg_post_title"><a href="{a.path}">{esc(a.title)}</a></h3>'
                  f'<div class="jeg_meta_date"><i class="fa fa-clock-o"></i> {ago(a.date)}</div></div>' for a in items[:4])
    poll = "".join(f'<li><label><input type="radio" name="wp-poll" value="{i}"> {esc(o)}</label></li>'
                   for i, o in enumerate(POLL_A, 1))
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {SHORT}</title>
{head_links(path, short)}<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="jnews-frontend-css" href="/wp-content/themes/jnews/assets/dist/frontend.min.css" type="text/css" media="all">
</head>
<body class="{body_class} jnews jsc_normal">
<div class="jeg_viewport">
<div class="jeg_header normal">
<div class="jeg_topbar"><div class="jeg_top_date">{TODAY}</div>
<div class="jeg_top_access"><a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A</a> <a href="javascript:void(0)">A+</a> | <a href="javascript:void(0)">Tăng tương phản</a> <a href="javascript:void(0)">Giảm tương phản</a></div></div>
<div class="jeg_midbar"><div class="jeg_logo"><a href="/"><img src="/wp-content/uploads/2021/09/logo-lmhtx-ag.png" alt="{NAME}"></a></div>
<div class="jeg_marquee">{"".join(f"<span>{esc(s)}</span>" for s in SLOGANS)}</div></div>
<div class="jeg_bottombar"><ul class="jeg_menu jeg_main_menu">{menu}</ul>
<form class="jeg_search_form" action="/" method="get"><input name="s" type="text" placeholder="Tìm kiếm..."></form></div>
</div>
<div class="jeg_main"><div class="jeg_container"><div class="row">
<div class="jeg_main_content col-md-8">
{main}
</div>
<div class="jeg_sidebar col-md-4">
<div class="widget widget_jnews_module_block"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Tin tiêu điểm</span></h3></div>{hot}</div>
<div class="widget widget_weather"><h3 class="jeg_block_title"><span>Thời tiết Long Xuyên</span></h3><div class="w-temp">30°C</div><div>Có mưa rào rải rác</div><div>Độ ẩm: 82%</div></div>
<div class="widget widget_polls"><h3 class="jeg_block_title"><span>Khảo sát ý kiến</span></h3><p>{esc(POLL_Q)}</p><ul>{poll}</ul><button type="button">Bình chọn</button> <a href="javascript:void(0)">Xem kết quả</a></div>
<div class="widget widget_counter"><h3 class="jeg_block_title"><span>Thống kê truy cập</span></h3><ul><li>Đang truy cập: 9</li><li>Hôm nay: 311</li><li>Tổng lượt truy cập: 1.204.775</li></ul></div>
<div class="widget widget_links"><h3 class="jeg_block_title"><span>Liên kết website</span></h3><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>
</div>
</div></div></div>
<div class="jeg_footer"><div class="jeg_footer_content">{foot}</div></div>
</div>
<script type="text/javascript" src="/wp-content/themes/jnews/assets/js/main.js"></script>
</body>
</html>
"""


def head_links(path: str | None, short: str | None) -> str:
    """WordPress core prints the permalink as canonical and the ?p= shortlink on posts and pages."""
    out = f'<link rel="canonical" href="{{{{base}}}}{path}">\n' if path else ""
    return out + (f"<link rel='shortlink' href='{{{{base}}}}{short}'>\n" if short else "")


def related_box(others: list[Article]) -> str:
    lis = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a></li>' for o in others[:2])
    return (f'<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post">'
            f'<div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Tin liên quan</span></h3></div>'
            f'<ul>{lis}</ul></div></div>')


def detail(a: Article, items: list[Article], *, post: bool = True) -> str:
    others = [o for o in items if o is not a]
    box = related_box(others[2:]) if a.extra.get("inline_box") else ""
    att = (f'<p class="attachment-link">Tải tệp đính kèm: <a href="{a.attachments[0]["path"]}">'
           f'{esc(a.attachments[0]["text"])}</a></p>' if a.attachments else "")
    related = "".join(f'<div class="jeg_post"><h3 class="jeg_post_title"><a href="{o.path}">{esc(o.title)}</a></h3>'
                      f'<div class="jeg_meta_date"><i class="fa fa-clock-o"></i> {ago(o.date)}</div></div>'
                      for o in others[:3])
    idx = items.index(a)
    prev_next = "".join(
        f'<div class="jeg_prevnext_post"><a href="{o.path}" class="post {cls}"><span>{lab}</span>'
        f'<h3 class="post-title">{esc(o.title)}</h3></a></div>'
        for o, cls, lab in [(items[idx + 1] if idx + 1 < len(items) else None, "prev-post", "Bài trước"),
                            (items[idx - 1] if idx > 0 else None, "next-post", "Bài tiếp theo")] if o)
    return f"""<div class="jeg_breadcrumbs"><a href="/">Trang chủ</a> <i class="fa fa-angle-right"></i> <a href="{CAT}">Tin hoạt động</a></div>
<div class="entry-header">
<h1 class="jeg_post_title">{esc(a.title)}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta">
<div class="jeg_meta_author">Đăng bởi: <a href="{AUTHOR}">admin</a></div>
<div class="jeg_meta_date"><i class="fa fa-clock-o"></i> {weekday(a.date)}, {a.date:%d/%m/%Y}</div>
</div></div>
</div>
<div class="jeg_share_top_container"><a href="javascript:void(0)" class="jeg_btn-facebook">Chia sẻ Facebook</a> <a href="javascript:void(0)" class="jeg_btn-zalo">Chia sẻ Zalo</a> <a href="javascript:window.print()">In trang</a></div>
<div class="entry-content no-share">
<div class="content-inner">
{render_body(a, box)}
{att}<div class="jeg_post_tags"><span>Thẻ:</span> <a href="{TAG}" rel="tag">OCOP</a></div>
<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Bài viết liên quan</span></h3></div>{related}</div></div>
</div>
</div>
<div class="jeg_prevnext_post_wrapper">{prev_next}</div>
<div class="jnews_comment_container"><div id="comments" class="comments-area"><p class="no-comments">Bình luận đã bị đóng.</p></div></div>"""


def listing_item(a: Article) -> str:
    pic = a.first_image()
    thumb = f'<div class="jeg_thumb"><a href="{a.path}"><img src="{img(pic)}" alt="{attr(a.title)}"></a></div>' if pic else ""
    return (f'<article class="jeg_post format-standard">{thumb}<div class="jeg_postblock_content">'
            f'<h3 class="jeg_post_title"><a href="{a.path}">{esc(a.title)}</a></h3>'
            f'<div class="jeg_post_meta"><div class="jeg_meta_date"><i class="fa fa-clock-o"></i> {ago(a.date)}</div></div>'
            f'<div class="jeg_post_excerpt"><p>{esc(a.summary())}</p><a href="{a.path}" class="jeg_readmore">Xem thêm</a></div>'
            "</div></article>")


def archive(heading: str, chunk: list[Article], nav: str = "") -> str:
    return (f'<div class="jeg_archive_header"><h1 class="jeg_archive_title">{esc(heading)}</h1></div>'
            f'<div class="jeg_posts jeg_load_more_flag">{"".join(listing_item(a) for a in chunk)}</div>{nav}')


ABOUT_TEXT = [
    "Liên minh Hợp tác xã tỉnh An Giang là tổ chức chính trị - xã hội và kinh tế, đại diện cho các hợp tác xã, "
    "liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh, được thành lập năm 1997 trên cơ sở Liên minh các HTX "
    "công nghiệp, tiểu thủ công nghiệp tỉnh.",
    "Liên minh có chức năng đại diện, bảo vệ quyền và lợi ích hợp pháp của thành viên; tuyên truyền, vận động phát "
    "triển kinh tế tập thể; tư vấn, hỗ trợ thành lập mới, đào tạo, bồi dưỡng nguồn nhân lực, xúc tiến thương mại và "
    "tiếp cận vốn cho các hợp tác xã.",
    "Bộ máy của Liên minh gồm Ban Thường vụ, Văn phòng, Ban Kiểm tra, phòng Tuyên truyền - Phong trào thi đua, "
    "phòng Tư vấn - Hỗ trợ và Quỹ hỗ trợ phát triển hợp tác xã tỉnh, với tổng số 24 cán bộ, người lao động.",
    "Trong những năm qua, Liên minh đã phối hợp với các sở, ngành, địa phương xây dựng nhiều mô hình hợp tác xã kiểu "
    "mới gắn với chuỗi giá trị lúa gạo, thủy sản, rau màu và du lịch cộng đồng, góp phần thực hiện Chương trình "
    "mục tiêu quốc gia xây dựng nông thôn mới của tỉnh.",
]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "an-giang", NAME, "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    for n, a in enumerate(sorted(items, key=lambda x: x.date)):
        short = f"/?p={1184 + 23 * n}"
        a.aliases.append(short)
        site.redirect(short, a.path)
        site.add_article(a)
        site.page(a.path, layout(a.title, detail(a, items), items, "post-template-default single single-post",
                                 a.path, short), content_type=HTML)
    site.binary(PDF_PATH, pdf("Kế hoạch số 14/KH-LMHTX", ["KE HOACH TAP HUAN CHUYEN DOI SO CHO HTX NAM 2024",
                                                          "Lien minh HTX tinh An Giang"]))

    news = [a for a in items if not a.doc_number]
    pages = [news[i:i + 4] for i in range(0, len(news), 4)]
    page_path = lambda n: CAT if n == 1 else f"{CAT}page/{n}/"  # noqa: E731
    for n, chunk in enumerate(pages, 1):
        links = " ".join(f'<span class="page_number active">{i}</span>' if i == n else
                         f'<a class="page_number" href="{page_path(i)}">{i}</a>' for i in range(1, len(pages) + 1))
        nxt = f' <a class="page_nav next" href="{page_path(n + 1)}">Tiếp ›</a>' if n < len(pages) else ""
        prv = f'<a class="page_nav prev" href="{page_path(n - 1)}">‹ Trước</a> ' if n > 1 else ""
        nav = f'<div class="jeg_navigation jeg_pagination jeg_pagenav_1"><div class="navigation_inner">{prv}{links}{nxt}</div></div>'
        site.page(page_path(n), layout("Tin hoạt động", archive("Tin hoạt động", chunk, nav), items, "archive category"),
                  content_type=HTML)
    site.trap("category pages /category/<slug>/page/N/ show relative ages ('1 năm trước'), no dates; page 2 holds "
              "the oldest posts", page_path(2))
    docs = [a for a in items if a.doc_number or a.attachments]
    site.page(DOCS, layout("Văn bản", archive("Văn bản", docs), items, "archive category"), content_type=HTML)

    home = ('<div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Tin mới</span></h3></div>'
            + "".join(listing_item(a) for a in items[:5]))
    site.page("/", layout("Trang chủ", home, items, "home blog"), content_type=HTML)
    site.page(TAG, layout("OCOP", archive("Thẻ: OCOP", items), items, "archive tag"), content_type=HTML)
    site.page(AUTHOR, layout("admin", archive("Tác giả: admin", items[:6]), items, "archive author"), content_type=HTML)
    site.page(SEARCH, layout("Kết quả tìm kiếm cho “htx”", archive("Kết quả tìm kiếm: htx", items[:5]), items,
                             "search search-results"), content_type=HTML)

    page_head = '<div class="entry-header"><h1 class="jeg_post_title">{}</h1></div>'
    about = page_head.format("Giới thiệu") + '<div class="entry-content"><div class="content-inner">' + "".join(
        f"<p>{esc(p)}</p>" for p in ABOUT_TEXT) + "</div></div>"
    site.page(ABOUT, layout("Giới thiệu", about, items, "page-template-default page", ABOUT, "/?page_id=2"), content_type=HTML)
    contact = page_head.format("Liên hệ") + ('<div class="entry-content"><div class="content-inner">'
                                             f"<p>{NAME}</p><p>08 Nguyễn Văn Cưng, TP Long Xuyên</p>"
                                             '<form class="wpcf7-form" action="javascript:void(0)"><p>Họ tên <input name="your-name"></p>'
                                             '<p>Nội dung <textarea name="your-message"></textarea></p><input type="button" value="Gửi"></form>'
                                             "</div></div>")
    site.page(CONTACT, layout("Liên hệ", contact, items, "page-template-default page", CONTACT, "/?page_id=9"), content_type=HTML)
    album = "".join(f'<figure class="gallery-item"><a href="{a.path}"><img src="{img(a.first_image())}" alt=""></a>'
                    f'<figcaption class="wp-caption-text gallery-caption">{esc(a.title)}</figcaption></figure>'
                    for a in items if a.first_image())
    site.page(GALLERY, layout("Thư viện ảnh", page_head.format("Thư viện ảnh") +
                              f'<div class="entry-content"><div class="gallery">{album}</div></div>', items,
                              "page-template-default page", GALLERY, "/?page_id=11"), content_type=HTML)
    stub_date = datetime(2024, 2, 26)
    stub = (f'<div class="entry-header"><h1 class="jeg_post_title">Ảnh: Mùa thu hoạch thốt nốt ở Tri Tôn</h1>'
            f'<div class="jeg_meta_container"><div class="jeg_post_meta"><div class="jeg_meta_author">Đăng bởi: '
            f'<a href="{AUTHOR}">admin</a></div><div class="jeg_meta_date"><i class="fa fa-clock-o"></i> '
            f'{weekday(stub_date)}, {stub_date:%d/%m/%Y}</div></div></div></div>'
            '<div class="entry-content no-share"><div class="content-inner">'
            f'<div class="wp-caption aligncenter" style="width: 610px"><img src="{img("thu-hoach-thot-not.png")}" alt="" width="600">'
            '<p class="wp-caption-text">Người dân leo cây lấy nhựa thốt nốt</p></div></div></div>'
            '<div class="jnews_comment_container"><p class="no-comments">Bình luận đã bị đóng.</p></div>')
    site.page(STUB, layout("Ảnh: Mùa thu hoạch thốt nốt ở Tri Tôn", stub, items, "single single-post", STUB,
                             "/?p=1402"), content_type=HTML)
    for short, target in (("/?page_id=2", ABOUT), ("/?page_id=9", CONTACT), ("/?page_id=11", GALLERY), ("/?p=1402", STUB)):
        site.redirect(short, target)
    site.non_articles += ["/", ABOUT, CONTACT, GALLERY, TAG, AUTHOR, SEARCH, STUB, page_path(2), DOCS]
    site.trap("every page, post or not, is /<slug>/ at the root; the introduction /gioi-thieu/ (h1, long prose, no date), "
              "the contact page and the gallery are WordPress pages in the same shape: not articles", ABOUT)
    site.trap("caption-only post in the post shape (h1, 'Đăng bởi: admin', day line, one photo + caption): not an article",
              STUB)
    site.trap("tag archive, author archive /author/admin/ (the CMS account the meta line links) and search /?s=htx: "
              "not articles", AUTHOR)
    site.trap("every post and page names its permalink as rel=canonical and a shortlink /?p=<id> (/?page_id=<id> for pages) in "
              "<head>, which answers 301 to the permalink: an alias", "/?p=1322")
    site.static("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n")
    return site
