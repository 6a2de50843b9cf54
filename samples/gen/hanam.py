"""Site `lmhtx-hanam` (registry family `generic`): the Hà Nam cooperative alliance (before its 2025
merger into Ninh Bình) on **Wagtail** (Django CMS) with a home-made Bootstrap theme, built blind as a
held-out test: no family module, no selectors.

Why it is hard: news pages are `/tin-tuc/<slug>/` (no id, no date in the URL), the same shape as
the tag pages `/tin-tuc/tags/<tag>/` and the static Wagtail pages `/gioi-thieu/`. The body is a
StreamField: a sequence of `div.block-paragraph` (rich text: `<p>`, `<h3>`, `<ul>`), `div.block-image`
(`figure`/`figcaption`: the caption is a line), `div.block-quote` (a `<blockquote>` quoting a
person, with a `<cite>` naming them: both are text), `div.block-embed` (a YouTube iframe: no text)
and `div.block-document` (a download card for a Wagtail document: no text, an attachment). The date
is the `date` field printed by Django as "14 tháng 3, 2024" (no time: midnight) in `p.post-meta`;
beside it "Cập nhật: 18 tháng 3, 2024 09:15" is `last_published_at` (NOT the publication date).
The author is in the meta line ("Tác giả: X", not text) on some pages, a closing byline paragraph
on others (text), or nothing ("Nguồn: Báo Hà Nam"). One page left its date field empty: the lead
says "Ngày 12/3" and only the listing card (first_published_at) gives the year. Around the post:
`intro` lead, tag links, a "Tin liên quan" box, a newsletter form with `csrfmiddlewaretoken`, a
search page `/tim-kiem/?query=…`, listing `/tin-tuc/?page=2`, and the footer's "Quản trị" link to
the Django admin `/django-admin/` (robots-disallowed).
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import TODAY_2024, Article, Block, SiteBuild, attr, esc, inline_html, parse_body, pdf, weekday

SITE = "lmhtx-hanam"
NAME = "Liên minh Hợp tác xã tỉnh Hà Nam"
SHORT = "Liên minh HTX tỉnh Hà Nam"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc/"
ABOUT = "/gioi-thieu/"
CONTACT = "/lien-he/"
SEARCH = "/tim-kiem/?query=ocop"
ADMIN = "/django-admin/"
PER = 6
PDF_PATH = "/documents/12/KH-12-LMHTX-tap-huan-2024.pdf"
CSRF = "x7Qm2LkP9vTz4WcR8yHn3JdE6bUa1sGf5oVi0NqKrXtYpZ"

TODAY = f"{weekday(TODAY_2024)}, ngày {TODAY_2024:%d/%m/%Y}"
SLOGANS = ["Hợp tác xã - Vì sự phát triển bền vững của kinh tế tập thể",
           "Nhiệt liệt chào mừng kỷ niệm 27 năm ngày tái lập tỉnh Hà Nam (01/01/1997 - 01/01/2024)"]
SIDE = ["Tin mới nhất", "Thống kê truy cập", "Đang trực tuyến: 14", "Hôm nay: 287", "Tổng lượt truy cập: 864.215",
        "Thời tiết Phủ Lý", "Mưa phùn, trời rét", "Độ ẩm: 86%", "Liên kết website"]
NEWSLETTER = ["Đăng ký nhận bản tin", "Nhận tin mới về hợp tác xã, OCOP và chính sách hỗ trợ qua email."]
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Hà Nam",
          "Địa chỉ: Số 168 đường Trường Chinh, phường Minh Khai, thành phố Phủ Lý, tỉnh Hà Nam",
          "Điện thoại: 0226.3852.417 - Email: lienminhhtx@hanam.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Trần Xuân Dưỡng - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 21/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Hà Nam cấp ngày 15/6/2021",
          "Ghi rõ nguồn \"Liên minh HTX tỉnh Hà Nam\" khi phát hành lại thông tin từ website này",
          "© 2024 Liên minh HTX tỉnh Hà Nam. Xây dựng trên nền tảng Wagtail CMS"]
LABELS = ["Tin liên quan", "Cập nhật:", "Từ khóa:", "Tải tài liệu", "Chia sẻ:", "Quản trị", "Xem tất cả tin"]
BOILERPLATE = [TODAY, *SLOGANS, *SIDE, *NEWSLETTER, *FOOTER, *LABELS]

TAGS = {"hoat-dong": "Hoạt động", "ocop": "OCOP", "van-ban": "Văn bản", "phong-su-anh": "Phóng sự ảnh",
        "video": "Video", "guong-htx": "Gương HTX"}


class WArticle(Article):
    """StreamField markup: core markup plus `[quote] text`, `[cite] name`, `[embed id]`, `[doc path|title]`."""

    @property
    def blocks(self) -> list[Block]:
        out: list[Block] = []
        plain: list[str] = []

        def flush():
            if plain:
                out.extend(parse_body("\n".join(plain)))
                plain.clear()
        for raw in self.body.strip().splitlines():
            line = raw.strip()
            if line.startswith("[quote] "):
                flush()
                out.append(Block("quote", line[8:].strip()))
            elif line.startswith("[cite] "):
                flush()
                out.append(Block("cite", line[7:].strip()))
            elif line.startswith("[embed "):
                flush()
                out.append(Block("embed", src=line[7:].rstrip("]").strip()))
            elif line.startswith("[doc "):
                flush()
                out.append(Block("doc", src=line[5:].rstrip("]").strip()))
            elif line:
                plain.append(line)
        flush()
        return out


def dated(d: datetime) -> dict:
    return dict(published=d.strftime("%Y-%m-%dT00:00:00+07:00"), published_source="date-element",
                evidence=["date-element", "listing"])


def vdate(d: datetime) -> str:
    return f"{d.day} tháng {d.month}, {d.year}"


def articles() -> list[WArticle]:
    A = WArticle
    return [
        A(path=NEWS + "htx-rau-huu-co-nhan-khang-mo-rong-san-xuat/",
          title="HTX rau hữu cơ Nhân Khang mở rộng sản xuất vụ xuân",
          date=datetime(2024, 3, 14),
          lead="Vụ xuân năm 2024, HTX Dịch vụ nông nghiệp Nhân Khang (huyện Lý Nhân) mở rộng diện tích rau hữu cơ lên 18 ha, tăng gần gấp đôi so với năm trước.",
          body="""
HTX hiện có 64 thành viên, sản xuất các loại rau cải, su hào, bắp cải và rau gia vị theo tiêu chuẩn hữu cơ, được cấp chứng nhận từ cuối năm 2022.
Toàn bộ diện tích được tưới bằng hệ thống nhỏ giọt, bón phân hữu cơ vi sinh do HTX tự ủ từ phụ phẩm nông nghiệp.
[img rau-nhan-khang.png] Thành viên HTX Nhân Khang thu hoạch rau cải hữu cơ
Ông Trần Văn Hưng, Giám đốc HTX chia sẻ về hướng đi của đơn vị:
[quote] “Làm rau hữu cơ vất vả hơn nhiều, nhưng khi đã có hợp đồng với bếp ăn trường học và siêu thị thì thành viên yên tâm, không còn cảnh được mùa mất giá.”
[cite] Ông Trần Văn Hưng, Giám đốc HTX Dịch vụ nông nghiệp Nhân Khang
Mỗi ngày HTX cung ứng khoảng 1,5 tấn rau cho 22 trường học trên địa bàn huyện và hai hệ thống siêu thị tại Hà Nội, doanh thu năm 2023 đạt 9,6 tỷ đồng.
""",
          author="Nguyễn Thu Hằng", **dated(datetime(2024, 3, 14)),
          opts={"meta_author": "Nguyễn Thu Hằng", "updated": datetime(2024, 3, 18, 9, 15),
                "tags": ["guong-htx", "hoat-dong"]},
          notes=["date field '14 tháng 3, 2024' in p.post-meta (no time: midnight); beside it 'Cập nhật: 18 tháng 3, "
                 "2024 09:15' is last_published_at, not the publication date; author 'Tác giả: Nguyễn Thu Hằng' in the "
                 "meta line (not text)",
                 "a block-quote: <blockquote> with the quoted sentence and a <cite> naming the speaker: two lines of "
                 "the text"]),
        A(path=NEWS + "ke-hoach-tap-huan-nang-cao-nang-luc-can-bo-htx-nam-2024/",
          title="Kế hoạch tập huấn nâng cao năng lực cán bộ quản lý HTX năm 2024",
          date=datetime(2024, 3, 6),
          body="""
LIÊN MINH HTX TỈNH HÀ NAM
Số: 12/KH-LMHTX
Hà Nam, ngày 04 tháng 3 năm 2024
KẾ HOẠCH
Tập huấn nâng cao năng lực cán bộ quản lý hợp tác xã năm 2024
Thực hiện Chương trình công tác năm 2024 và Kế hoạch số 318/KH-UBND ngày 25/01/2024 của UBND tỉnh về phát triển kinh tế tập thể, Liên minh HTX tỉnh xây dựng kế hoạch tập huấn như sau:
I. MỤC ĐÍCH, YÊU CẦU
Trang bị kiến thức về Luật Hợp tác xã năm 2023, quản trị tài chính và chuyển đổi số cho cán bộ quản lý HTX.
II. NỘI DUNG, THỜI GIAN
1. Tổ chức 06 lớp tập huấn tại các huyện, thị xã, thành phố trong tháng 4 và tháng 5/2024, mỗi lớp 02 ngày.
2. Đối tượng: Chủ tịch Hội đồng quản trị, Giám đốc, kế toán, kiểm soát viên các HTX.
III. KINH PHÍ
Từ nguồn ngân sách tỉnh hỗ trợ phát triển kinh tế tập thể năm 2024.
Nơi nhận: Thường trực Tỉnh ủy; UBND tỉnh; các HTX; Lưu VT.
KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị Thanh Hương
[doc /documents/12/KH-12-LMHTX-tap-huan-2024.pdf|Kế hoạch số 12/KH-LMHTX]
""",
          author=None, doc_number="12/KH-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "Kế hoạch số 12/KH-LMHTX"}], **dated(datetime(2024, 3, 6)),
          opts={"tags": ["van-ban"]},
          notes=["official plan 'Số: 12/KH-LMHTX', place-date line 'Hà Nam, ngày 04 tháng 3 năm 2024' two days before "
                 "the page's '6 tháng 3, 2024'; signer last, author null; the PDF in a block-document card "
                 "('Tải tài liệu', the document's title, 'PDF, 184 KB'): an attachment, not text"]),
        A(path=NEWS + "anh-hoi-cho-ocop-va-san-pham-htx-ha-nam-2024/",
          title="Ảnh: Hội chợ OCOP và sản phẩm HTX tỉnh Hà Nam năm 2024",
          date=datetime(2024, 3, 11),
          lead="Hội chợ diễn ra từ ngày 8 đến 10/3 tại Quảng trường Vườn Thiên, thành phố Phủ Lý, với 120 gian hàng của các HTX, chủ thể OCOP trong và ngoài tỉnh.",
          body="""
[img hoi-cho-1.png] Các đại biểu cắt băng khai mạc hội chợ
[img hoi-cho-2.png] Gian hàng cá kho Nhân Hậu, sản phẩm OCOP 4 sao của huyện Lý Nhân
[img hoi-cho-3.png] Khách tham quan chọn mua gạo hữu cơ của HTX Tiên Tân
[img hoi-cho-4.png] Sản phẩm mây tre đan Ngọc Động thu hút khách nước ngoài
Ảnh: Minh Ngọc
""",
          author="Minh Ngọc", **dated(datetime(2024, 3, 11)),
          opts={"tags": ["phong-su-anh", "ocop"], "right_last": True},
          notes=["photo story: four block-image figures with <figcaption> (one line each) after the intro; 'Ảnh: Minh "
                 "Ngọc' closing paragraph (right-aligned): part of the text, author Minh Ngọc"]),
        A(path=NEWS + "hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-nam/",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ năm, nhiệm kỳ 2020 - 2025",
          date=datetime(2024, 3, 12),
          lead="Ngày 12/3, Liên minh HTX tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ năm, nhiệm kỳ 2020 - 2025, đánh giá kết quả quý I và bàn nhiệm vụ trọng tâm quý II.",
          body="""
Quý I, toàn tỉnh thành lập mới 9 HTX, nâng tổng số HTX đang hoạt động lên 281 HTX với hơn 95.000 thành viên.
Liên minh HTX tỉnh đã tư vấn, hỗ trợ 14 HTX tổ chức lại hoạt động theo Luật Hợp tác xã năm 2023 và giải ngân 3,2 tỷ đồng từ Quỹ hỗ trợ phát triển HTX.
## Nhiệm vụ quý II
* Hoàn thành việc rà soát, phân loại HTX theo tiêu chí mới;
* Tổ chức các lớp tập huấn theo Kế hoạch số 12/KH-LMHTX;
* Chuẩn bị Đại hội đại biểu Liên minh HTX tỉnh nhiệm kỳ 2025 - 2030.
Hội nghị cũng kiện toàn một Ủy viên Ban Chấp hành và thông qua quy chế quản lý Quỹ hỗ trợ phát triển HTX sửa đổi.
""",
          author=None, published="2024-03-12T00:00:00+07:00", published_source="listing", evidence=["listing"],
          opts={"no_date": True, "tags": ["hoat-dong"]},
          notes=["the page's date field is empty (no date in p.post-meta, none in the URL or metadata): the lead says "
                 "'Ngày 12/3' (no year); the /tin-tuc/ card and the tag page print '12 tháng 3, 2024' "
                 "(first_published_at) -> published from the listing, midnight; no author"]),
        A(path=NEWS + "video-htx-gao-huu-co-tien-tan/",
          title="Video: HTX gạo hữu cơ Tiên Tân vào vụ cấy",
          date=datetime(2024, 2, 27),
          lead="Những ngày cuối tháng 2, các thành viên HTX Nông nghiệp Tiên Tân (thành phố Phủ Lý) khẩn trương cấy lúa hữu cơ vụ xuân.",
          body="""
[embed Hn7qW2xLp4s]
Năm nay HTX cấy 45 ha lúa hữu cơ theo hợp đồng bao tiêu với doanh nghiệp, giá thu mua cao hơn lúa thường khoảng 30%.
""",
          author=None, **dated(datetime(2024, 2, 27)), opts={"tags": ["video"]},
          notes=["video page: a block-embed (YouTube iframe, no text) and one paragraph under the intro: an article; "
                 "no author"]),
        A(path=NEWS + "ca-kho-nhan-hau-giu-lua-nghe-truyen-thong/",
          title="Cá kho Nhân Hậu: HTX giữ lửa nghề truyền thống",
          date=datetime(2024, 2, 15),
          lead="Dịp Tết Giáp Thìn, HTX Dịch vụ nông nghiệp Nhân Hậu bán ra thị trường hơn 30.000 niêu cá kho, tăng 20% so với năm trước.",
          body="""
Cá kho làng Vũ Đại đã trở thành đặc sản của Hà Nam, được chứng nhận OCOP 4 sao từ năm 2020.
HTX liên kết với 35 hộ làm cá kho, thống nhất quy trình từ chọn cá trắm đen, niêu đất Quế đến thời gian kho 16 tiếng bằng củi nhãn.
[img ca-kho.png] Niêu cá kho của HTX được đóng hộp, dán tem truy xuất nguồn gốc
Ngoài bán trực tiếp, HTX còn bán qua các sàn thương mại điện tử và chuyển phát đi các tỉnh, thành phố trong cả nước.
Nguồn: Báo Hà Nam
""",
          author=None, **dated(datetime(2024, 2, 15)), opts={"tags": ["ocop", "guong-htx"], "right_last": True},
          notes=["the text ends with 'Nguồn: Báo Hà Nam' (right-aligned italic paragraph): part of the text, a source, "
                 "author null"]),
        A(path=NEWS + "my-nghe-may-tre-dan-ngoc-dong-tim-thi-truong-moi/",
          title="HTX mây tre đan Ngọc Động tìm thị trường mới",
          date=datetime(2024, 1, 30),
          lead="Đơn hàng xuất khẩu sụt giảm, HTX mây tre đan Ngọc Động (huyện Duy Tiên) chủ động thiết kế mẫu mã mới, hướng tới khách du lịch và thị trường nội địa.",
          body="""
HTX có 120 thành viên là thợ thủ công trong làng nghề, mỗi năm sản xuất khoảng 200.000 sản phẩm mây tre đan các loại.
Năm 2023, đơn hàng từ châu Âu giảm gần 40%, HTX chuyển một phần sang làm đồ gia dụng, đèn trang trí và quà tặng cho các khu du lịch.
## Liên kết với khu du lịch Tam Chúc
HTX đặt quầy trưng bày tại khu du lịch Tam Chúc, đồng thời tổ chức cho khách tham quan, trải nghiệm đan giỏ tại xưởng.
Bài, ảnh: Trần Đức Anh
""",
          author="Trần Đức Anh", **dated(datetime(2024, 1, 30)),
          opts={"meta_author": "Ban Biên tập", "tags": ["guong-htx"], "right_last": True},
          notes=["meta line 'Tác giả: Ban Biên tập' (the page owner's account, an office) and the closing paragraph "
                 "'Bài, ảnh: Trần Đức Anh' (right-aligned): part of the text, the author is Trần Đức Anh"]),
        A(path=NEWS + "lien-minh-htx-tinh-tong-ket-cong-tac-nam-2023/",
          title="Liên minh HTX tỉnh tổng kết công tác năm 2023",
          date=datetime(2024, 1, 12),
          lead="Liên minh HTX tỉnh Hà Nam tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.",
          body="""
Năm 2023, kinh tế tập thể của tỉnh tiếp tục phát triển; doanh thu bình quân của HTX đạt 3,1 tỷ đồng, tăng 8% so với năm 2022.
## Kết quả nổi bật
* Thành lập mới 27 HTX, vượt 35% kế hoạch;
* Hỗ trợ 41 HTX tham gia hội chợ, triển lãm trong và ngoài tỉnh;
* Cho vay 18 dự án từ Quỹ hỗ trợ phát triển HTX với tổng số tiền 6,5 tỷ đồng.
Tại hội nghị, UBND tỉnh tặng Bằng khen cho 6 tập thể và 8 cá nhân có thành tích xuất sắc.
""",
          author="Phạm Văn Long", **dated(datetime(2024, 1, 12)),
          opts={"meta_author": "Phạm Văn Long", "tags": ["hoat-dong"]},
          notes=["oldest page: only on /tin-tuc/?page=2; an <h3> heading and a list in the rich text; author 'Tác giả: "
                 "Phạm Văn Long' in the meta line (not text)"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/media/images/{src[:-4]}.width-800.png"


def render_rich(blocks: list[Block], right_last: str | None) -> str:
    parts = []
    for b in blocks:
        if b.kind == "p":
            if right_last is not None and b.text == right_last:
                tag = "em" if b.text.startswith("Nguồn") else "strong"
                parts.append(f'<p style="text-align: right;"><{tag}>{inline_html(b.text)}</{tag}></p>')
            else:
                parts.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
    return '<div class="block-paragraph"><div class="rich-text">' + "".join(parts) + "</div></div>"


def render_body(a: WArticle) -> str:
    out, run = [], []
    blocks = a.blocks
    right_last = blocks[-1].text if a.opts.get("right_last") else None
    quote = None
    for b in blocks:
        if b.kind in ("p", "h", "ul"):
            run.append(b)
            continue
        if run:
            out.append(render_rich(run, right_last))
            run = []
        if b.kind == "img":
            cap = f"<figcaption>{inline_html(b.text)}</figcaption>" if b.text else ""
            out.append(f'<div class="block-image"><figure class="figure"><img alt="{attr(b.text)}" src="{img(b.src)}" '
                       f'width="800" height="533" class="img-fluid">{cap}</figure></div>')
        elif b.kind == "quote":
            quote = b.text
        elif b.kind == "cite":
            out.append(f'<div class="block-quote"><blockquote class="blockquote"><p>{esc(quote)}</p>'
                       f'<cite>{esc(b.text)}</cite></blockquote></div>')
            quote = None
        elif b.kind == "embed":
            out.append(f'<div class="block-embed"><div class="responsive-object" style="padding-bottom: 56.25%;">'
                       f'<iframe width="800" height="450" src="{{{{base:offsite}}}}/youtube/embed/{b.src}?feature=oembed" '
                       'frameborder="0" allow="accelerometer; autoplay; encrypted-media; gyroscope" allowfullscreen '
                       'title="YouTube video"></iframe></div></div>')
        elif b.kind == "doc":
            path, title = b.src.split("|")
            out.append(f'<div class="block-document"><a class="doc-card" href="{path}"><span class="doc-icon">PDF</span>'
                       f'<span class="doc-label">Tải tài liệu</span> <span class="doc-title">{esc(title)}</span>'
                       '<span class="doc-meta">PDF, 184 KB</span></a></div>')
    if run:
        out.append(render_rich(run, right_last))
    return "\n".join(out)


def tag_links(a: WArticle) -> str:
    return ", ".join(f'<a href="{NEWS}tags/{t}/" class="tag">{TAGS[t]}</a>' for t in a.opts.get("tags", []))


def detail(a: WArticle, related: list[WArticle]) -> str:
    meta = []
    if not a.opts.get("no_date"):
        meta.append(f'<span class="date"><i class="bi bi-calendar3"></i> {vdate(a.date)}</span>')
    if upd := a.opts.get("updated"):
        meta.append(f'<span class="updated">Cập nhật: {vdate(upd)} {upd:%H:%M}</span>')
    if au := a.opts.get("meta_author"):
        meta.append(f'<span class="owner">Tác giả: {esc(au)}</span>')
    intro = f'<p class="intro lead">{inline_html(a.lead)}</p>' if a.lead else ""
    rel = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <small class="text-muted">{vdate(o.date)}</small></li>'
                  for o in related)
    return (f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
            f'<li class="breadcrumb-item"><a href="{NEWS}">Tin tức</a></li></ol></nav>'
            f'<article class="blog-page"><h1 class="page-title">{esc(a.title)}</h1>'
            f'<p class="post-meta">{" · ".join(meta)}</p>{intro}'
            f'<div class="streamfield">\n{render_body(a)}\n</div>'
            f'<div class="post-tags">Từ khóa: {tag_links(a)}</div>'
            f'<div class="post-share">Chia sẻ: <a href="javascript:void(0)" class="share-fb">Facebook</a> '
            f'<a href="javascript:void(0)" class="share-zalo">Zalo</a></div></article>'
            f'<section class="related"><h2 class="section-title">Tin liên quan</h2><ul>{rel}</ul></section>')


def card(a: WArticle) -> str:
    pic = next((b.src for b in a.blocks if b.kind == "img"), None)
    thumb = f'<a href="{a.path}"><img src="{img(pic)[:-14]}.fill-360x240.png" alt="" class="card-img-top"></a>' if pic else ""
    return (f'<div class="card post-card">{thumb}<div class="card-body"><h3 class="card-title"><a href="{a.path}">'
            f'{esc(a.title)}</a></h3><p class="card-date">{vdate(a.date)}</p><p class="card-text">{esc(a.summary())}</p>'
            f'<p class="card-tags">{tag_links(a)}</p></div></div>')


def layout(title: str, main: str, latest: list[WArticle], body_class: str) -> str:
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{h}">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (NEWS + "tags/van-ban/", "Văn bản"),
                    (NEWS + "tags/ocop/", "OCOP"), (CONTACT, "Liên hệ")])
    lat = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in latest)
    footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[:6])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {SHORT}</title>
<link rel="stylesheet" href="/static/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/css/hanam.css">
</head>
<body class="{body_class}">
<div class="topbar"><div class="container"><span class="today">{TODAY}</span>
<div class="slogans"><marquee scrollamount="4">{" &#9733; ".join(esc(s) for s in SLOGANS)}</marquee></div></div></div>
<header class="site-header"><div class="container"><a href="/" class="brand"><img src="/static/img/logo-lmhtx-hanam.png" alt="{NAME}"></a>
<span class="brand-name">{NAME.upper()}</span></div></header>
<nav class="navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav">{menu}</ul>
<form class="d-flex search-form" action="/tim-kiem/" method="get"><input class="form-control" type="search" name="query" placeholder="Tìm kiếm..."><button class="btn" type="submit">Tìm</button></form></div></nav>
<main class="container"><div class="row"><div class="col-lg-8">
{main}
</div>
<aside class="col-lg-4">
<div class="widget"><h4>{SIDE[0]}</h4><ul>{lat}</ul><a href="{NEWS}">{LABELS[6]}</a></div>
<div class="widget"><h4>{SIDE[5]}</h4><p>17°C</p><p>{SIDE[6]}</p><p>{SIDE[7]}</p></div>
<div class="widget"><h4>{SIDE[1]}</h4><p>{SIDE[2]}</p><p>{SIDE[3]}</p><p>{SIDE[4]}</p></div>
<div class="widget"><h4>{SIDE[8]}</h4><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>
<div class="widget newsletter"><h4>{NEWSLETTER[0]}</h4><p>{NEWSLETTER[1]}</p>
<form action="/dang-ky-ban-tin/" method="post"><input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}"><input type="email" name="email" class="form-control" placeholder="Email của bạn"><button type="submit" class="btn">Đăng ký</button></form></div>
</aside></div></main>
<footer class="site-footer"><div class="container">{footer}<p class="copy">{esc(FOOTER[6])} · <a href="{ADMIN}">{LABELS[5]}</a></p></div></footer>
<script src="/static/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-nam", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    latest = arts[:5]
    for a in arts:
        related = [o for o in arts if o is not a and set(o.opts["tags"]) & set(a.opts["tags"])][:4] or \
            [o for o in arts if o is not a][:4]
        site.page(a.path, layout(a.title, detail(a, related), latest, "template-newspage"), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 12/KH-LMHTX", ["KE HOACH TAP HUAN CAN BO QUAN LY HTX NAM 2024",
                                                         "Lien minh HTX tinh Ha Nam"]))

    # listing /tin-tuc/ and ?page=2 (Django paginator)
    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(pages, 1):
        pager = '<nav><ul class="pagination">'
        if n > 1:
            pager += f'<li class="page-item"><a class="page-link" href="?page={n - 1}">« Trước</a></li>'
        for k in range(1, len(pages) + 1):
            pager += (f'<li class="page-item active"><span class="page-link">{k}</span></li>' if k == n else
                      f'<li class="page-item"><a class="page-link" href="?page={k}">{k}</a></li>')
        if n < len(pages):
            pager += f'<li class="page-item"><a class="page-link" href="?page={n + 1}">Sau »</a></li>'
        pager += "</ul></nav>"
        main = (f'<h1 class="page-title">Tin tức</h1><div class="post-list">' + "".join(card(a) for a in chunk)
                + f"</div>{pager}")
        url = NEWS if n == 1 else f"{NEWS}?page={n}"
        site.page(url, layout("Tin tức", main, latest, "template-newsindexpage"), content_type=HTML)
        site.non_articles.append(url)
    site.same_page(f"{NEWS}?page=1", NEWS)
    site.trap("listing /tin-tuc/ and /tin-tuc/?page=2 (Django paginator: '« Trước 1 2 Sau »', relative '?page=N' links, "
              "page 1 also at ?page=1): cards with the date '14 tháng 3, 2024', intro and tags; page 2 holds the "
              "oldest pages", f"{NEWS}?page=2")

    # tag pages
    for t, name in TAGS.items():
        tagged = [a for a in arts if t in a.opts["tags"]]
        main = (f'<h1 class="page-title">Từ khóa: {name}</h1><p class="text-muted">{len(tagged)} bài viết</p>'
                '<div class="post-list">' + "".join(card(a) for a in tagged) + "</div>")
        site.page(f"{NEWS}tags/{t}/", layout(f"Từ khóa: {name}", main, latest, "template-newsindexpage"), content_type=HTML)
        site.non_articles.append(f"{NEWS}tags/{t}/")
    site.trap("tag pages /tin-tuc/tags/<tag>/ (same URL shape as the posts, cards with dates and intros): not articles",
              f"{NEWS}tags/ocop/")

    # home
    top = arts[0]
    home = (f'<section class="hero"><a href="{top.path}"><img src="{img("rau-nhan-khang.png")}" alt=""></a>'
            f'<h2><a href="{top.path}">{esc(top.title)}</a></h2><p>{esc(top.summary())}</p></section>'
            '<section class="home-news"><h2 class="section-title">Tin tức - Sự kiện</h2><div class="post-list">'
            + "".join(card(a) for a in arts[1:5]) + f'</div><a href="{NEWS}">{LABELS[6]}</a></section>')
    site.page("/", layout("Trang chủ", home, latest, "template-homepage"), content_type=HTML)

    about = [
        "Liên minh Hợp tác xã tỉnh Hà Nam được thành lập năm 1997 khi tái lập tỉnh, là tổ chức chính trị - xã hội "
        "đại diện cho các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
        "Liên minh có chức năng tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ thành lập và tổ chức "
        "lại hợp tác xã; đào tạo, bồi dưỡng cán bộ; xúc tiến thương mại và tiếp cận nguồn vốn cho thành viên.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Hỗ trợ phát triển và Quỹ hỗ trợ phát triển "
        "hợp tác xã, với 18 cán bộ, công chức, viên chức và người lao động."]
    site.page(ABOUT, layout("Giới thiệu", '<article class="standard-page"><h1 class="page-title">Giới thiệu chung</h1>'
                            '<div class="streamfield"><div class="block-paragraph"><div class="rich-text">'
                            + "".join(f"<p>{esc(p)}</p>" for p in about) + "</div></div></div></article>", latest,
                            "template-standardpage"), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", f'<h1 class="page-title">Liên hệ</h1><p>{NAME}</p>'
                              f'<form action="{CONTACT}" method="post"><input type="hidden" name="csrfmiddlewaretoken" '
                              f'value="{CSRF}"><input name="ho_ten" class="form-control" placeholder="Họ và tên">'
                              '<input name="email" class="form-control" placeholder="Email"><textarea name="noi_dung" '
                              'class="form-control"></textarea><button type="submit" class="btn">Gửi liên hệ</button>'
                              "</form>", latest, "template-formpage"), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "") or "ocop" in a.opts["tags"]]
    site.page(SEARCH, layout("Tìm kiếm", '<h1 class="page-title">Kết quả tìm kiếm cho “ocop”</h1>'
                             f'<p>Tìm thấy {len(found)} kết quả</p><ul class="search-results">'
                             + "".join(f'<li><h4><a href="{a.path}">{esc(a.title)}</a></h4><p>{esc(a.summary())}</p></li>'
                                       for a in found) + "</ul>", latest, "template-searchpage"), content_type=HTML)
    site.page(ADMIN, '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập | Trang quản trị '
                     'Django</title></head><body><div id="header"><h1>Quản trị Django</h1></div><form method="post" '
                     'action="/django-admin/login/"><input type="hidden" name="csrfmiddlewaretoken" value="' + CSRF +
                     '"><input name="username"><input name="password" type="password"><input type="submit" '
                     'value="Đăng nhập"></form></body></html>', content_type=HTML)
    site.never_fetched.append(ADMIN)
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /django-admin/\n")
    site.non_articles += ["/", ABOUT, CONTACT, SEARCH]
    site.trap("static Wagtail page /gioi-thieu/ (h1, a block-paragraph with three paragraphs, no date), contact form "
              "(csrfmiddlewaretoken) and search /tim-kiem/?query=ocop: not articles; the footer's 'Quản trị' link "
              "/django-admin/ is robots-disallowed: never fetch", ABOUT)
    return site
