"""Site `bantin-haiphong` (registry family `generic`): "Bản tin HTX Hải Phòng", the newsletter of the Hải Phòng city
cooperative alliance on **Substack** (a `<name>.substack.com` publication in a Vietnamese locale); written as a
held-out test: no family module, no selectors.

Why it is hard: Substack is a React app rendered on the server: every post `/p/<slug>` is the same soup of `pencraft
pc-…` utility classes, with the title in `h1.post-title`, the subtitle in `h3.subtitle` (the lead: the first line of the
text), the byline (avatar `<img>`, the author's name linking to substack.com/@handle, the date "14 thg 3, 2026" shown
in capitals by CSS), the like / comment / restack / share buttons ("Thích", "Bình luận", "Restack", "Chia sẻ") above and
below the text, and `window._preloads = JSON.parse("…")` and JSON-LD NewsArticle whose dates are in **UTC**
(`2026-02-27T23:00:00+00:00` is 28/02/2026 06:00 in Hải Phòng). The text `div.available-content div.body.markup` holds
subscribe widgets ("Đăng ký") and "Chia sẻ" buttons (whose links `/p/<slug>?utm_source=substack&…&action=share` are
aliases of the post), captioned images (`figure` / `figcaption.image-caption`), Substack footnotes (anchors "1" glued to
the word, notes in `div.footnote` at the end: lines of the text), file embeds (`/api/v1/file/<uuid>.pdf`, the file's
name in `div.file-embed-details-h1`, a "Tải xuống" button). A paid post shows only its first part and the paywall. After
the post: the subscribe footer, the comment preview ("Thảo luận về bài viết này"), "Bài viết khác" cards with dates.
Lists: `/archive?sort=new` and `?sort=top`, sections `/s/<section>`, the home page; current-year dates there are
"14 thg 3" (no year). `/p/<slug>/comments`, `/about`, `/subscribe` are no articles; `/sign-in` is disallowed by
robots.txt; an old slug answers 301 to the post's new one.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from .core import Article, SiteBuild, attr, esc, inline_html, inline_text, iso, pdf

SITE = "bantin-haiphong"
NAME = "Bản tin HTX Hải Phòng"
HTML = "text/html; charset=utf-8"
TODAY = datetime(2026, 3, 20)
SECTIONS = {"tin-hoat-dong": "Tin hoạt động", "phong-van": "Phỏng vấn", "van-ban": "Văn bản - Thông báo"}
AUTHORS = {"trang": ("Phạm Thu Trang", "phamthutrang"), "nam": ("Vũ Hải Nam", "vuhainam"),
           "duc": ("Minh Đức", "minhduchp"), "nhung": ("Nguyễn Hồng Nhung", "hongnhung")}
PDF = "/api/v1/file/7b2f0c4e-91d3-4a6b-8e15-3f0d2c9a6b71.pdf"
OLD_SLUG = "/p/htx-ngao-tien-lang"
SHARE_Q = "?utm_source=substack&utm_medium=email&utm_content=share&action=share"

WIDGET = ["Cảm ơn bạn đã đọc Bản tin HTX Hải Phòng! Đăng ký miễn phí để nhận bài viết mới qua email.",
          "Nhập email của bạn...", "Đăng ký"]
UFI = ["Thích", "Bình luận", "Restack", "Chia sẻ"]
PAYWALL = ["Bài viết này dành cho người đăng ký trả phí", "Đăng ký để đọc toàn bộ bài viết và kho lưu trữ của Bản tin.",
           "Đã là người đăng ký trả phí?", "Đăng nhập"]
AFTER = ["Bản tin HTX Hải Phòng là ấn phẩm miễn phí của Liên minh HTX thành phố Hải Phòng. Hãy đăng ký để nhận bài mới và ủng hộ công việc của chúng tôi.",
         "Thảo luận về bài viết này", "Xem toàn bộ bình luận", "Bài viết khác", "Sẵn sàng đọc thêm?"]
FOOTER = ["© 2026 Liên minh HTX thành phố Hải Phòng", "Quyền riêng tư", "Điều khoản", "Thông báo thu thập",
          "Bắt đầu viết", "Tải ứng dụng", "Substack là ngôi nhà của văn hóa tuyệt vời"]
FILE = ["Tải xuống", "Tệp PDF"]
BOILERPLATE = [WIDGET[0], WIDGET[2], *UFI[2:], *PAYWALL[:3], *AFTER, *FOOTER, *FILE, "Lưu trữ", "Giới thiệu"]


def meta(d: datetime, listing: bool) -> dict:
    ev = ["metadata", "date-element"] + (["listing"] if listing else [])
    return dict(published=iso(d), published_source="metadata", evidence=ev)


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/p/htx-rau-an-lao-dua-san-pham-vao-he-thong-sieu-thi",
          title="HTX rau an toàn An Lão đưa sản phẩm vào hệ thống siêu thị",
          date=datetime(2026, 3, 14, 8, 30),
          lead="Sau ba năm sản xuất theo chuẩn VietGAP, rau của HTX Nông nghiệp An Tiến đã có mặt tại 14 siêu thị trong thành phố.",
          body="""
HTX Nông nghiệp An Tiến (huyện An Lão cũ) hiện có 42 ha rau an toàn với 210 hộ thành viên, cung cấp mỗi ngày khoảng 6 tấn rau các loại.
Từ tháng 3/2026, HTX ký hợp đồng cung ứng thường xuyên với một chuỗi siêu thị, giá bán ổn định cao hơn giá chợ từ 10 đến 15%.
[img rau-an-tien.png] Thành viên HTX Nông nghiệp An Tiến thu hoạch rau cải theo đơn hàng của siêu thị
## Mỗi lô rau đều có mã truy xuất
Ông Vũ Văn Khải, Giám đốc HTX, cho biết toàn bộ rau được dán tem truy xuất nguồn gốc; người mua quét mã sẽ biết ngày gieo, ngày thu hoạch và hộ sản xuất.
HTX đang mở rộng thêm 8 ha nhà lưới để chủ động nguồn rau trong mùa mưa bão. Đọc thêm về mô hình [[HTX nuôi ngao Tiên Lãng đạt chứng nhận ASC|/p/htx-ngao-tien-lang]] của Bản tin.
""",
          author="Phạm Thu Trang", **meta(datetime(2026, 3, 14, 8, 30), False),
          opts={"sec": "tin-hoat-dong", "by": "trang", "likes": 24, "comments": 5, "widget_after": 2, "share": True},
          notes=["post /p/<slug>: h1.post-title, h3.subtitle (the lead, first line), the byline (avatar, name, '14 thg 3, "
                 "2026'), JSON-LD datePublished '2026-03-14T01:30:00+00:00' (UTC: 08:30 in Hải Phòng); a subscribe widget "
                 "('Đăng ký') between the paragraphs and a 'Chia sẻ' button at the end, inside the body: no text",
                 "the 'Chia sẻ' button links the post itself with ?utm_source=substack&…&action=share: an alias; "
                 "the last paragraph links an old slug that answers 301 to another post"]),
        A(path="/p/phong-su-anh-mua-thu-hoach-hanh-tay-kien-thuy",
          title="Phóng sự ảnh: Mùa thu hoạch hành tây ở HTX Kiến Thụy",
          date=datetime(2026, 3, 5, 16, 0),
          lead="Những ngày đầu tháng 3, cánh đồng hành tây của HTX Dịch vụ nông nghiệp Đại Hợp vào vụ thu hoạch.",
          body="""
[img hanh-tay-1.png] Thành viên HTX nhổ hành tây từ sáng sớm, năng suất năm nay đạt 38 tấn/ha
[img hanh-tay-2.png] Hành được phơi ngay trên ruộng hai ngày trước khi cắt lá, phân loại
[img hanh-tay-3.png] Thương lái và doanh nghiệp xuất khẩu đến tận ruộng thu mua theo hợp đồng với HTX
[img hanh-tay-4.png] Vụ hành tây năm nay mang lại cho mỗi hộ thành viên lãi bình quân 60 triệu đồng/ha
""",
          author="Vũ Hải Nam", **meta(datetime(2026, 3, 5, 16, 0), False),
          opts={"sec": "tin-hoat-dong", "by": "nam", "likes": 41, "comments": 3},
          notes=["photo story: subtitle and four captioned images (figcaption.image-caption), the captions are the text"]),
        A(path="/p/thong-bao-so-12-tb-lmhtx-ho-tro-htx-tham-gia-hoi-cho",
          title="Thông báo số 12/TB-LMHTX về hỗ trợ HTX tham gia hội chợ năm 2026",
          date=datetime(2026, 2, 28, 6, 0),
          lead="Liên minh HTX thành phố thông báo tiếp nhận đăng ký của các HTX tham gia hội chợ, triển lãm năm 2026.",
          body="""
LIÊN MINH HTX THÀNH PHỐ HẢI PHÒNG
Số: 12/TB-LMHTX
Hải Phòng, ngày 27 tháng 02 năm 2026
THÔNG BÁO
Về việc hỗ trợ HTX tham gia hội chợ, triển lãm năm 2026
Thực hiện Kế hoạch xúc tiến thương mại năm 2026, Liên minh HTX thành phố hỗ trợ 100% chi phí gian hàng cho HTX tham gia các hội chợ do Liên minh tổ chức hoặc phối hợp tổ chức.
HTX có nhu cầu gửi phiếu đăng ký về Văn phòng Liên minh HTX thành phố trước ngày 20/3/2026.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đỗ Văn Kiên
""",
          author="Phạm Thu Trang", doc_number="12/TB-LMHTX", **meta(datetime(2026, 2, 28, 6, 0), False),
          opts={"sec": "van-ban", "by": "trang", "likes": 9, "comments": 0},
          notes=["announcement 'Số: 12/TB-LMHTX' dated 'Hải Phòng, ngày 27 tháng 02 năm 2026' (the day before), signer last "
                 "(text); posted 28/02/2026 06:00: JSON-LD says '2026-02-27T23:00:00+00:00' (UTC, the previous day), the "
                 "byline '28 thg 2, 2026'; the poster's byline is the author"]),
        A(path="/p/chu-tich-lien-minh-htx-hai-phong-htx-phai-lien-ket-de-lon",
          title="Chủ tịch Liên minh HTX Hải Phòng: HTX phải liên kết để lớn",
          date=datetime(2026, 2, 10, 9, 0),
          lead="Sau hợp nhất, Hải Phòng có hơn 1.300 HTX. Bản tin trò chuyện với ông Đỗ Văn Kiên, Chủ tịch Liên minh HTX thành phố.",
          body="""
**Hỏi: Thưa ông, điểm mạnh của khu vực HTX thành phố sau hợp nhất là gì?**
Ông Đỗ Văn Kiên: Chúng ta có cả HTX nông nghiệp đồng bằng, HTX thủy sản ven biển và HTX dịch vụ đô thị. Đây là điều kiện để các HTX liên kết thành chuỗi từ sản xuất đến tiêu thụ.
**Hỏi: Liên minh sẽ làm gì để thúc đẩy liên kết?**
Ông Đỗ Văn Kiên: Năm 2026, Liên minh hỗ trợ thành lập 5 liên hiệp HTX theo ngành hàng, ưu tiên vốn vay của Quỹ hỗ trợ phát triển HTX cho các dự án liên kết.
**Hỏi: Xin cảm ơn ông!**
""",
          author="Minh Đức", **meta(datetime(2026, 2, 10, 9, 0), False),
          opts={"sec": "phong-van", "by": "duc", "likes": 57, "comments": 12, "widget_after": 2, "share": True},
          notes=["interview: bold 'Hỏi: …?' paragraphs and 'Ông Đỗ Văn Kiên: …' answers; the author is the Substack byline "
                 "(Minh Đức), not the interviewee"]),
        A(path="/p/cam-nang-quan-tri-tai-chinh-htx-phan-1",
          title="Cẩm nang quản trị tài chính HTX (phần 1): Lập kế hoạch dòng tiền",
          date=datetime(2026, 1, 20, 10, 0),
          lead="Chuỗi bài dành cho người đăng ký trả phí: những việc cần làm để HTX không thiếu vốn lưu động trong mùa vụ.",
          body="""
Nhiều HTX có doanh thu tốt nhưng vẫn thiếu tiền trả thành viên đúng hạn. Nguyên nhân thường là không lập kế hoạch dòng tiền theo tháng.
Kế hoạch dòng tiền cho biết tháng nào HTX cần chi nhiều, tháng nào có tiền về, từ đó chủ động vay hoặc giãn các khoản chi.
""",
          author="Nguyễn Hồng Nhung", **meta(datetime(2026, 1, 20, 10, 0), False),
          opts={"sec": "tin-hoat-dong", "by": "nhung", "likes": 18, "comments": 2, "paid": True},
          notes=["paid post: the page shows the subtitle and the first two paragraphs, then the paywall ('Bài viết này dành "
                 "cho người đăng ký trả phí', 'Đăng ký', 'Đăng nhập'); the text is the free part; JSON-LD "
                 "isAccessibleForFree false"]),
        A(path="/p/muoi-viec-htx-can-lam-khi-chuyen-doi-theo-luat-moi",
          title="Mười việc HTX cần làm khi tổ chức lại theo Luật Hợp tác xã năm 2023",
          date=datetime(2026, 1, 8, 8, 0),
          lead="Các HTX thành lập trước ngày 01/7/2024 cần rà soát điều lệ và tổ chức lại hoạt động theo quy định mới.",
          body="""
Luật Hợp tác xã[[1|#footnote-1]] năm 2023 có hiệu lực từ ngày 01/7/2024. Dưới đây là những việc HTX cần làm:
* Rà soát, sửa đổi điều lệ cho phù hợp với Luật;
* Phân loại thành viên chính thức và thành viên liên kết góp vốn;
* Xác định lại vốn góp tối thiểu, tối đa của thành viên;
* Lập sổ đăng ký thành viên và sổ theo dõi giao dịch nội bộ;
* Xây dựng quy chế phân phối thu nhập theo mức độ sử dụng dịch vụ;
* Lập quỹ đầu tư phát triển và quỹ dự phòng tài chính theo tỷ lệ quy định;
* Tổ chức đại hội thành viên thông qua điều lệ mới;
* Làm thủ tục thay đổi nội dung đăng ký HTX;
* Công khai báo cáo tài chính cho thành viên;
* Gửi báo cáo tình hình hoạt động hằng năm[[2|#footnote-2]] đến cơ quan đăng ký.
Luật Hợp tác xã số 17/2023/QH15, được Quốc hội thông qua ngày 20/6/2023.
Hạn gửi báo cáo là trước ngày 30/4 của năm sau.
""",
          author="Phạm Thu Trang", **meta(datetime(2026, 1, 8, 8, 0), False),
          opts={"sec": "van-ban", "by": "trang", "likes": 66, "comments": 8, "footnotes": 2},
          notes=["a list of ten items and Substack footnotes: the anchors '1', '2' are glued to the word in the text "
                 "('…năm 20231'), the notes (div.footnote, footnote-content) end the text"]),
        A(path="/p/ke-hoach-to-chuc-hoi-cho-htx-hai-phong-2026",
          title="Kế hoạch tổ chức Hội chợ sản phẩm HTX Hải Phòng năm 2026",
          date=datetime(2025, 12, 18, 14, 0),
          lead="Hội chợ sản phẩm HTX Hải Phòng năm 2026 dự kiến diễn ra trong tháng 4 tại Công viên Tam Bạc với 250 gian hàng.",
          body="""
Liên minh HTX thành phố vừa ban hành Kế hoạch số 05/KH-LMHTX tổ chức Hội chợ sản phẩm HTX năm 2026, nhằm quảng bá sản phẩm OCOP và kết nối tiêu thụ cho HTX.
Hội chợ dành 60% số gian hàng cho HTX của thành phố, còn lại mời HTX các tỉnh đồng bằng sông Hồng và duyên hải. Toàn văn Kế hoạch đính kèm dưới đây.
""",
          author="Vũ Hải Nam", attachments=[{"path": PDF, "text": "Ke-hoach-05-KH-LMHTX-hoi-cho-2026.pdf"}],
          **meta(datetime(2025, 12, 18, 14, 0), True),
          opts={"sec": "van-ban", "by": "nam", "likes": 7, "comments": 1, "file": "Ke-hoach-05-KH-LMHTX-hoi-cho-2026.pdf"},
          notes=["plan announced as a post with a Substack file embed: the PDF at /api/v1/file/<uuid>.pdf behind a "
                 "'Tải xuống' button, its name in div.file-embed-details-h1 (the attachment's text)"]),
        A(path="/p/htx-nuoi-ngao-tien-lang-dat-chung-nhan-asc",
          title="HTX nuôi ngao Tiên Lãng đạt chứng nhận ASC",
          date=datetime(2025, 11, 25, 15, 30),
          lead="HTX Thủy sản Đông Hưng là HTX nuôi ngao thứ hai của thành phố đạt chứng nhận nuôi trồng thủy sản có trách nhiệm ASC.",
          body="""
Với 120 ha bãi nuôi ven biển, HTX Thủy sản Đông Hưng mỗi năm thu hoạch khoảng 2.500 tấn ngao, phần lớn xuất khẩu sang châu Âu.
Chứng nhận ASC giúp giá ngao của HTX cao hơn 12% so với ngao thông thường và mở ra cơ hội vào các thị trường khó tính.
[img ngao-dong-hung.png] Thành viên HTX Thủy sản Đông Hưng thu hoạch ngao trên bãi triều
""",
          author="Minh Đức", **meta(datetime(2025, 11, 25, 15, 30), True),
          aliases=[OLD_SLUG],
          opts={"sec": "tin-hoat-dong", "by": "duc", "likes": 33, "comments": 4},
          notes=["the post's slug was changed after publication: the old /p/htx-ngao-tien-lang (linked from a newer post) "
                 "answers 301 to it: an alias; 2025 posts show the year in the lists ('25 thg 11, 2025')"]),
        A(path="/p/hai-phong-thanh-lap-moi-20-htx-trong-10-thang",
          title="Hải Phòng thành lập mới 20 HTX trong 10 tháng",
          date=datetime(2025, 10, 30, 11, 15),
          lead="Mười tháng năm 2025, thành phố có thêm 20 HTX thành lập mới, chủ yếu trong lĩnh vực nông nghiệp công nghệ cao và dịch vụ.",
          body="""
Các HTX mới thành lập có bình quân 12 thành viên, vốn điều lệ từ 500 triệu đến 3 tỷ đồng. Nhiều HTX do thanh niên khởi nghiệp làm giám đốc.
Liên minh HTX thành phố đã tư vấn miễn phí hồ sơ thành lập và đào tạo kế toán cho các HTX này.
""",
          author="Phạm Thu Trang", **meta(datetime(2025, 10, 30, 11, 15), True),
          opts={"sec": "tin-hoat-dong", "by": "trang", "likes": 15, "comments": 0, "widget_after": 1},
          notes=["short post with a subscribe widget after its first paragraph"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def long_date(d: datetime) -> str:
    return f"{d.day} thg {d.month}, {d.year}"


def short_date(d: datetime) -> str:
    return f"{d.day} thg {d.month}" if d.year == TODAY.year else long_date(d)


def cdn(name: str, w: int = 1456) -> str:
    stem = name.rsplit(".", 1)[0]
    return f"{{{{base:offsite}}}}/substackcdn/image/fetch/w_{w},c_limit,f_auto,q_auto:good/{stem}.png"


def avatar(key: str) -> str:
    return f"{{{{base:offsite}}}}/substackcdn/image/fetch/w_72,h_72,c_fill/avatar-{AUTHORS[key][1]}.png"


def profile(key: str) -> str:
    return f"{{{{base:offsite}}}}/substack/@{AUTHORS[key][1]}"


def widget() -> str:
    return ('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;/subscribe?&quot;,'
            f'&quot;text&quot;:&quot;{WIDGET[2]}&quot;,&quot;language&quot;:&quot;vi&quot;}}" data-component-name="SubscribeWidgetToDOM">'
            '<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">'
            f'{esc(WIDGET[0])}</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" '
            f'name="email" placeholder="{WIDGET[1]}" tabindex="-1"><input type="submit" class="button primary" value="{WIDGET[2]}">'
            f'<div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>')


def share_button(a: Article) -> str:
    href = a.path + SHARE_Q
    return (f'<p class="button-wrapper" data-attrs="{{&quot;url&quot;:&quot;{attr(href)}&quot;,&quot;text&quot;:&quot;'
            f'{UFI[3]}&quot;,&quot;action&quot;:null,&quot;class&quot;:null}}" data-component-name="ButtonCreateButton">'
            f'<a class="button primary" href="{attr(href)}"><span>{UFI[3]}</span></a></p>')


def figure(src: str, caption: str) -> str:
    cap = f'<figcaption class="image-caption">{esc(caption)}</figcaption>' if caption else ""
    return ('<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" '
            f'href="{cdn(src, 1456)}" data-component-name="Image2ToDOM"><div class="image2-inset"><picture>'
            f'<source type="image/webp" srcset="{cdn(src, 424)} 424w, {cdn(src, 848)} 848w, {cdn(src, 1456)} 1456w" '
            'sizes="100vw"><img src="' + cdn(src, 1456) + '" width="1456" height="970" data-attrs="{&quot;type&quot;:'
            '&quot;image/png&quot;,&quot;belowTheFold&quot;:false}" class="sizing-normal" alt="" title="" loading="lazy">'
            '</picture><div class="image-link-expand"><div class="pencraft pc-display-flex pc-gap-8 pc-reset">'
            '<button tabindex="0" type="button" class="pencraft pc-reset pencraft icon-container restack-image">'
            '<svg role="img" width="20" height="20"><g><title></title></g></svg></button></div></div></div></a>'
            f'{cap}</figure></div>')


def fn_anchor(html: str) -> str:
    for k in (1, 2, 3):
        html = html.replace(f'<a href="#footnote-{k}">{k}</a>',
                            f'<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-{k}" '
                            f'href="#footnote-{k}" target="_self">{k}</a>')
    return html


def body_markup(a: Article) -> str:
    blocks = a.blocks
    nfn = a.opts.get("footnotes", 0)
    notes = blocks[len(blocks) - nfn:] if nfn else []
    blocks = blocks[:len(blocks) - nfn] if nfn else blocks
    out = []
    paras = 0
    for b in blocks:
        if b.kind == "p":
            if a.doc_number and (b.text.isupper() or b.text.startswith("Số:")):
                out.append(f'<p style="text-align:center;"><strong>{esc(b.text)}</strong></p>')
            else:
                out.append(f"<p>{fn_anchor(inline_html(b.text))}</p>")
            paras += 1
            if paras == a.opts.get("widget_after"):
                out.append(widget())
        elif b.kind == "h":
            out.append(f'<h2 class="header-anchor-post">{inline_html(b.text)}</h2>')
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li><p>{fn_anchor(inline_html(i))}</p></li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(figure(b.src, b.text))
    if a.opts.get("file"):
        out.append('<div class="file-embed-wrapper" data-component-name="FileToDOM"><div class="file-embed-container-reader">'
                   '<div class="file-embed-container-top"><img class="file-embed-thumbnail-default" '
                   'src="{{base:offsite}}/substackcdn/file-embed-pdf.png" alt=""><div class="file-embed-details">'
                   f'<div class="file-embed-details-h1">{esc(a.opts["file"])}</div><div class="file-embed-details-h2">'
                   f'245KB ∙ {FILE[1]}</div></div><a class="file-embed-button wide" href="{PDF}"><span '
                   f'class="file-embed-button-text">{FILE[0]}</span></a></div></div></div>')
    if a.opts.get("share"):
        out.append(share_button(a))
    if notes:
        out.append('<div class="footnotes">' + "".join(
            f'<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-{k}" href="#footnote-anchor-{k}" '
            f'class="footnote-number" contenteditable="false" target="_self">{k}</a><div class="footnote-content"><p>'
            f'{esc(b.text)}</p></div></div>' for k, b in enumerate(notes, 1)) + "</div>")
    return "".join(out)


def ufi(a: Article, large: bool = True) -> str:
    cls = "post-ufi style-large-on-tablet" if large else "post-ufi"
    return (f'<div class="{cls}"><div class="like-button-container post-ufi-button style-button">'
            f'<button tabindex="0" type="button" aria-label="{UFI[0]} ({a.opts["likes"]})" class="pencraft pc-reset pencraft '
            f'post-ufi-button state-disabled has-label with-border"><svg role="img" width="20" height="20" class="icon"><g>'
            f'<title></title></g></svg><div class="label">{a.opts["likes"]}</div></button></div>'
            f'<a role="button" href="{a.path}/comments" aria-label="{UFI[1]} ({a.opts["comments"]})" class="post-ufi-button '
            f'style-button post-ufi-comment-button has-label with-border"><svg role="img" width="20" height="20"><g>'
            f'<title></title></g></svg><div class="label">{a.opts["comments"]}</div></a>'
            f'<a role="button" class="post-ufi-button style-button has-label with-border" aria-label="{UFI[2]}"><svg '
            f'role="img" width="20" height="20"><g><title></title></g></svg><div class="label">{UFI[2]}</div></a>'
            f'<div class="post-ufi-button style-button no-icon has-label with-border"><div class="label">{UFI[3]}</div>'
            '</div></div>')


def byline(a: Article) -> str:
    key = a.opts["by"]
    name = AUTHORS[key][0]
    return ('<div class="pencraft pc-display-flex pc-flexDirection-column pc-gap-16 pc-reset"><div class="pencraft '
            'pc-display-flex pc-gap-12 pc-alignItems-center pc-reset byline-wrapper"><div class="pencraft pc-display-flex '
            'pc-reset"><div class="profile-hover-card-target profileHoverCardTarget-PBxvGm"><a href="' + profile(key) + '" '
            f'aria-label="Xem hồ sơ của {attr(name)}" class="pencraft pc-reset"><div class="pencraft pc-display-flex '
            'pc-width-36 pc-height-36 pc-justifyContent-center pc-alignItems-center pc-position-relative pc-reset '
            f'pc-borderRadius-full overflow-hidden-WdpwT6"><picture><img src="{avatar(key)}" width="36" height="36" '
            f'alt="{attr(name)}" class="img-OACg1c image-nBNbRY pencraft pc-reset"></picture></div></a></div></div>'
            '<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset"><div class="pencraft pc-reset '
            'color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC '
            'transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA"><span data-state="closed"><a href="' + profile(key) + '" '
            f'class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ">{esc(name)}</a></span></div>'
            '<div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset '
            'color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC '
            f'transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">{long_date(a.date)}</div></div></div></div></div>')


def preview(a: Article, with_byline: bool = True) -> str:
    pic = a.first_image()
    return ('<div class="pencraft pc-display-flex pc-gap-16 pc-reset container-H2dyKk"><div class="pencraft pc-display-flex '
            'pc-flexDirection-column pc-reset flex-grow-rzmknG"><div class="pencraft pc-reset">'
            f'<a href="{a.path}" data-testid="post-preview-title" class="pencraft pc-reset color-pub-primary-text-NyXPlw '
            f'font-pub-headings-FE5byy clamp-y7pNm8 reset-IxiVJZ">{esc(a.title)}</a></div>'
            f'<div class="pencraft pc-reset"><a href="{a.path}" class="pencraft pc-reset color-primary-zABazT '
            f'clamp-y7pNm8 reset-IxiVJZ description-fZ6Nfr">{esc(inline_text(a.lead or ""))}</a></div>'
            '<div class="pencraft pc-display-flex pc-gap-8 pc-alignItems-center pc-reset">'
            f'<time datetime="{utc(a.date):%Y-%m-%dT%H:%M:%S.000Z}" class="date-rtYe1v">{short_date(a.date)}</time>'
            + (f' <span class="pencraft pc-reset">•</span> <a href="{profile(a.opts["by"])}">{esc(AUTHORS[a.opts["by"]][0])}</a>'
               if with_byline else "")
            + (' <span class="paid-badge">🔒</span>' if a.opts.get("paid") else "")
            + f'</div></div>' + (f'<a href="{a.path}"><img src="{cdn(pic, 320)}" width="112" height="112" alt=""></a>'
                                 if pic else "") + "</div>")


def layout(title: str, main: str, *, head: str = "", preloads: dict | None = None) -> str:
    pre = preloads or {}
    pre = {"isEU": False, "language": "vi", "base_url": "{{base}}",
           "pub": {"id": 2718281, "name": NAME, "subdomain": "bantinhtxhaiphong", "language": "vi",
                   "author_name": AUTHORS["trang"][0]}, **pre}
    blob = json.dumps(json.dumps(pre, ensure_ascii=False), ensure_ascii=False)
    foot = (f'<div class="footer-wrap publication-footer"><div class="footer themed-background"><div class="container">'
            f'<div class="footer-terms"><span class="copyright">{FOOTER[0]}</span> <span class="terms">'
            f'<a href="{{{{base:offsite}}}}/substack/privacy">{FOOTER[1]}</a> ∙ <a href="{{{{base:offsite}}}}/substack/tos">'
            f'{FOOTER[2]}</a> ∙ <a href="{{{{base:offsite}}}}/substack/ccpa">{FOOTER[3]}</a></span></div>'
            f'<div class="footer-buttons"><a href="{{{{base:offsite}}}}/substack/signup" class="footer-substack-cta">'
            f'{FOOTER[4]}</a> <a href="{{{{base:offsite}}}}/substack/app" class="footer-substack-cta">{FOOTER[5]}</a></div>'
            f'<div class="footer-slogan-blurb"><a href="{{{{base:offsite}}}}/substack/">{FOOTER[6]}</a></div>'
            '</div></div></div>')
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<link rel="preconnect" href="{{{{base:offsite}}}}/substackcdn/">
<title data-rh="true">{esc(title)}</title>
<meta data-rh="true" name="theme-color" content="#ffffff">{head}
<link rel="stylesheet" type="text/css" href="/static/css/main.css">
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu-content"><div class="topbar-content"><div class="pencraft pc-display-flex pc-justifyContent-space-between pc-alignItems-center pc-reset navbar-buttons">
<a href="/" class="pencraft pc-reset navbar-title-link"><img src="{{{{base:offsite}}}}/substackcdn/image/fetch/w_80,h_80/logo-bantinhtxhaiphong.png" alt="{attr(NAME)}" width="40" height="40"> <span class="navbar-title">{esc(NAME)}</span></a>
<div class="pencraft pc-display-flex pc-gap-8 pc-reset"><a href="/subscribe?utm_source=menu&amp;simple=true" class="pencraft pc-reset button primary">{WIDGET[2]}</a> <a href="/sign-in?redirect=%2F" class="pencraft pc-reset button secondary">{PAYWALL[3]}</a></div></div>
<div class="pencraft pc-display-flex pc-reset nav-menu"><a href="/" class="nav-link">Trang chủ</a> <a href="/archive?sort=new" class="nav-link">Lưu trữ</a> {"".join(f'<a href="/s/{k}" class="nav-link">{v}</a> ' for k, v in SECTIONS.items())}<a href="/about" class="nav-link">Giới thiệu</a></div></div></div>
<div class="container">
{main}
</div>
{foot}
</div></div>
<script>window._preloads = JSON.parse({blob})</script>
<script src="{{{{base:offsite}}}}/substackcdn/bundle/static/js/main.js" charset="utf-8"></script>
</body>
</html>
"""


def post_page(a: Article, arts: list[Article]) -> str:
    key = a.opts["by"]
    name = AUTHORS[key][0]
    lead = f'<h3 dir="auto" class="subtitle subtitle-HEEcLo">{esc(a.lead)}</h3>' if a.lead else ""
    body = body_markup(a)
    paywall = ""
    if a.opts.get("paid"):
        body += '<div class="paywall-jump" data-component-name="PaywallToDOM"></div>'
        paywall = (f'<div class="paywall" data-testid="paywall"><div class="paywall-content"><h2 class="paywall-title">'
                   f'{PAYWALL[0]}</h2><p class="paywall-body">{PAYWALL[1]}</p><div class="paywall-cta"><a href="/subscribe?'
                   f'simple=true&amp;next={attr(a.path)}&amp;utm_source=paywall&amp;utm_medium=web" class="button primary">'
                   f'{WIDGET[2]}</a></div><div class="paywall-login">{PAYWALL[2]} <a href="/sign-in?redirect=%2Fp%2F'
                   f'{a.path.split("/")[-1]}">{PAYWALL[3]}</a></div></div></div>')
    others = [x for x in arts if x is not a][:3]
    more = "".join(preview(x) for x in others)
    main = f"""<div class="single-post-container"><div class="container"><div class="single-post"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">
<article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">{esc(a.title)}</h1>{lead}
{byline(a)}
{ufi(a)}
</div>
<div class="available-content"><div dir="auto" class="body markup">{body}</div></div>
{paywall}
<div class="visibility-check"></div>
<div class="post-footer use-separators">{ufi(a, large=False)}</div>
</article></div></div></div>
<div class="subscribe-footer"><div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">{esc(AFTER[0])}</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="{WIDGET[1]}"><input type="submit" class="button primary" value="{WIDGET[2]}"></form></div></div></div>
<div id="discussion" class="comments-section"><h4 class="comments-heading">{AFTER[1]}</h4><div class="comments-page"><p class="comments-count">{a.opts["comments"]} {UFI[1].lower()}</p><a href="{a.path}/comments" class="button secondary">{AFTER[2]}</a></div></div>
<div class="post-page-more"><h3>{AFTER[3]}</h3><p class="more-lead">{AFTER[4]}</p><div class="portable-archive-list">{more}</div></div>
</div>"""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": "{{base}}" + a.path,
          "mainEntityOfPage": "{{base}}" + a.path, "headline": a.title, "description": inline_text(a.lead or ""),
          "image": [{"@type": "ImageObject", "url": cdn(a.first_image() or "og-default.png", 1200)}],
          "datePublished": f"{utc(a.date):%Y-%m-%dT%H:%M:%S}+00:00", "dateModified": f"{utc(a.date):%Y-%m-%dT%H:%M:%S}+00:00",
          "isAccessibleForFree": not a.opts.get("paid"),
          "author": [{"@type": "Person", "name": name, "url": profile(key)}],
          "publisher": {"@type": "Organization", "name": NAME, "url": "{{base}}", "description": AFTER[0]}}
    head = (f'\n<meta data-rh="true" property="og:type" content="article">'
            f'\n<meta data-rh="true" property="og:title" content="{attr(a.title)}">'
            f'\n<meta data-rh="true" name="twitter:title" content="{attr(a.title)}">'
            f'\n<meta data-rh="true" name="description" content="{attr(inline_text(a.lead or ""))}">'
            f'\n<meta data-rh="true" property="og:description" content="{attr(inline_text(a.lead or ""))}">'
            f'\n<meta data-rh="true" property="og:image" content="{cdn(a.first_image() or "og-default.png", 1200)}">'
            f'\n<meta data-rh="true" name="twitter:card" content="summary_large_image">'
            f'\n<meta data-rh="true" name="author" content="{attr(name)}">'
            f'\n<link data-rh="true" rel="canonical" href="{{{{base}}}}{a.path}">'
            f'\n<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    pre = {"post": {"id": a.opts["pid"], "title": a.title, "subtitle": inline_text(a.lead or ""),
                    "slug": a.path.split("/")[-1], "post_date": f"{utc(a.date):%Y-%m-%dT%H:%M:%S}.000Z",
                    "audience": "only_paid" if a.opts.get("paid") else "everyone", "type": "newsletter",
                    "canonical_url": "{{base}}" + a.path, "section_slug": a.opts["sec"],
                    "section_name": SECTIONS[a.opts["sec"]], "reactions": {"❤": a.opts["likes"]},
                    "comment_count": a.opts["comments"], "restacks": 2,
                    "publishedBylines": [{"name": name, "handle": AUTHORS[key][1], "photo_url": avatar(key)}]}}
    return layout(f"{a.title} - by {name} - {NAME}", main, head=head, preloads=pre)


def comments_page(a: Article) -> str:
    people = [("Nguyễn Văn Hải", "Bài viết rất bổ ích, HTX chúng tôi sẽ tham khảo."),
              ("Trần Thị Mai", "Mong Bản tin có thêm bài về HTX ở huyện đảo."),
              ("Lê Quang Vinh", "Cảm ơn Liên minh đã chia sẻ thông tin kịp thời.")]
    n = min(a.opts["comments"], 3)
    items = "".join(f'<div class="comment"><div class="comment-meta"><a href="{{{{base:offsite}}}}/substack/@reader{i}" '
                    f'class="commenter-name">{esc(p)}</a> <span class="comment-date">{short_date(a.date + timedelta(days=1))}'
                    f'</span></div><div class="comment-body"><p>{esc(t)}</p></div></div>'
                    for i, (p, t) in enumerate(people[:n], 1)) or '<p class="no-comments">Chưa có bình luận nào.</p>'
    main = (f'<div class="comments-page-container"><div class="post-header-small"><a href="{a.path}" class="post-title-link">'
            f'<h1 class="post-title">{esc(a.title)}</h1></a></div><div class="comments-section"><h4 class="comments-heading">'
            f'{UFI[1]}</h4><div class="comment-input"><textarea placeholder="Viết bình luận..."></textarea></div>'
            f'{items}</div></div>')
    return layout(f"Bình luận - {a.title}", main, head=f'\n<meta name="robots" content="noindex">')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hai-phong", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for k, a in enumerate(arts):
        a.opts["pid"] = 150_000_000 + 731 * (len(arts) - k)

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    for a in arts:
        page(a.path, post_page(a, arts))
        if a.opts.get("share"):
            a.aliases.append(a.path + SHARE_Q)
        site.add_article(a)
        page(a.path + "/comments", comments_page(a))
        site.non_articles.append(a.path + "/comments")
    site.redirect(OLD_SLUG, "/p/htx-nuoi-ngao-tien-lang-dat-chung-nhan-asc", 301)
    site.binary(PDF, pdf("Kế hoạch số 05/KH-LMHTX", ["KE HOACH TO CHUC HOI CHO SAN PHAM HTX HAI PHONG NAM 2026",
                                                           "So: 05/KH-LMHTX"]))

    def lst(path: str, heading: str, items: list[Article], extra: str = "") -> None:
        main = (f'<div class="archive-page"><h1 class="archive-title">{esc(heading)}</h1>{extra}'
                f'<div class="portable-archive-list">{"".join(preview(x) for x in items)}</div></div>')
        page(path, layout(f"{heading} - {NAME}", main))
        site.non_articles.append(path)

    tabs = ('<div class="archive-tabs"><a href="/archive?sort=new" class="tab">Mới nhất</a> <a href="/archive?sort=top" '
            'class="tab">Hàng đầu</a></div><form class="archive-search" action="/archive"><input type="search" '
            'name="search" placeholder="Tìm kiếm..."><input type="hidden" name="sort" value="search"></form>')
    lst("/archive?sort=new", "Lưu trữ", arts, tabs)
    lst("/archive?sort=top", "Lưu trữ", sorted(arts, key=lambda x: -x.opts["likes"]), tabs)
    for slug, name in SECTIONS.items():
        lst(f"/s/{slug}", name, [x for x in arts if x.opts["sec"] == slug])
    hero = arts[0]
    home = (f'<div class="homepage"><div class="homepage-hero"><h2 class="publication-name">{esc(NAME)}</h2>'
            f'<p class="publication-tagline">Tin tức, gương điển hình và chính sách dành cho HTX thành phố Hải Phòng</p>'
            f'<a href="/subscribe?utm_source=homepage" class="button primary">{WIDGET[2]}</a></div>'
            f'<div class="home-posts"><h3>Mới nhất</h3>{"".join(preview(x) for x in arts[:5])}'
            f'<a href="/archive?sort=new" class="button secondary">Xem tất cả</a></div>'
            f'<div class="home-featured">{preview(hero, False)}</div></div>')
    page("/", layout(NAME, home))
    about = ('<div class="about-page"><h1 class="about-title">Giới thiệu Bản tin HTX Hải Phòng</h1><div class="body markup">'
             '<p>Bản tin HTX Hải Phòng do Liên minh HTX thành phố Hải Phòng thực hiện, gửi tới bạn đọc tin tức về hoạt động '
             'của các HTX, chính sách mới và những gương HTX điển hình của thành phố.</p><p>Bản tin phát hành miễn phí hai '
             'lần mỗi tháng. Một số chuyên đề chuyên sâu dành cho người đăng ký trả phí.</p></div>'
             f'<a href="/subscribe?utm_source=about" class="button primary">{WIDGET[2]}</a></div>')
    page("/about", layout(f"Giới thiệu - {NAME}", about))
    page("/subscribe", layout(f"{WIDGET[2]} - {NAME}", '<div class="subscribe-page"><h1>Đăng ký Bản tin HTX Hải Phòng</h1>'
                              '<div class="plans"><div class="plan">Miễn phí</div><div class="plan">Hằng tháng: 50.000 đ</div>'
                              '<div class="plan">Hằng năm: 500.000 đ</div></div></div>'))
    page("/sign-in", layout(f"{PAYWALL[3]} - {NAME}", '<div class="sign-in-page"><h1>Đăng nhập</h1><form><input '
                            'type="email" name="email"></form></div>'))
    site.non_articles += ["/", "/about", "/subscribe"]
    site.never_fetched.append("/sign-in?redirect=%2F")
    urls = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{a.date:%Y-%m-%d}</lastmod><changefreq>monthly"
                   "</changefreq></url>" for a in arts)
    site.static("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
                f'sitemap/0.9"><url><loc>{{{{base}}}}/</loc></url>{urls}</urlset>\n')
    site.static("/robots.txt", "User-agent: *\nDisallow: /action/\nDisallow: /publish\nDisallow: /sign-in\n"
                               "Disallow: /channel-frame\nDisallow: /session-attribution-frame\nDisallow: /embed\n"
                               "Sitemap: {{base}}/sitemap.xml\n")
    site.trap("lists: /archive?sort=new and ?sort=top, sections /s/<slug>, the home page: previews with '14 thg 3' (no "
              "year in the current year) or '25 thg 11, 2025'; /p/<slug>/comments repeats the title as <h1>: not an "
              "article", "/archive?sort=top")
    site.trap("robots.txt disallows /sign-in; the top bar 'Đăng nhập' and the paywall link it: never fetch",
              "/sign-in?redirect=%2F")
    return site
