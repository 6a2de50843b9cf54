"""Site `quyhtx-cantho` (registry family `generic`): the Quỹ hỗ trợ phát triển hợp tác xã of Cần Thơ city
(after the 1 July 2025 merger it also serves the former Sóc Trăng and Hậu Giang provinces), a Kirby CMS
site (flat-file PHP, Starterkit-like templates); written as a held-out test: no family module, no selectors.

Why it is hard: notes live at `/tin-tuc/<slug>` and Kirby's parameters use a colon in the path:
`/tin-tuc/tag:ocop` (a tag filter) and `/tin-tuc/page:2` (the pager) sit under the same prefix as the
notes. A note is `article.note` with `header.note-header` (`h1` and `time.note-date`, a day without a
time: "14 tháng 3, 2026") and its Kirby blocks: `div.block-type-text` (several paragraphs in one
block), `h2.block-type-heading`, `figure.block-type-image` with `figcaption`, `div.block-type-list`,
`figure.block-type-gallery` (a grid of photos under one caption), `blockquote.block-type-quote`.
Under each note a `footer.note-footer` holds the tags, sometimes the author ("Người viết: …"), and
for migrated notes a "Cập nhật lần cuối" line; the prev/next links carry the neighbours' titles. One
note's template shows no date (the field is empty): only its text says "Ngày 5/2" and the listing
card gives the year. The `/album/...` photo section (Starterkit's photography) uses figures with
captions but is not news; a site-wide `nav.social` and a footer with the fund's address and rates.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, image_for, inline_html, pdf, weekday

SITE = "quyhtx-cantho"
NAME = "Quỹ hỗ trợ phát triển hợp tác xã thành phố Cần Thơ"
SHORT = "Quỹ HTX Cần Thơ"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
TAG = "/tin-tuc/tag:ocop"
ALBUM = "/album"
ALBUMS = ["/album/hoi-cho-ocop-2025", "/album/htx-vay-von-quy"]
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
SEARCH = "/search?q=vay+v%E1%BB%91n"
PER = 5
PDF_PATH = "/media/pages/tin-tuc/ke-hoach-cho-vay-von-nam-2026/4f2a9c71e0-1737614400/kh-12-qhtx-2026.pdf"

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026.day} tháng {TODAY_2026.month} năm {TODAY_2026.year}"
SLOGANS = ["Quỹ hỗ trợ phát triển HTX - Người bạn đồng hành của kinh tế tập thể"]
SOCIAL = ["Facebook", "YouTube", "Zalo OA"]
FOOTER = ["Trực thuộc Liên minh Hợp tác xã thành phố Cần Thơ",
          "Địa chỉ: 59 Trần Hưng Đạo, phường Ninh Kiều, thành phố Cần Thơ",
          "Chi nhánh Sóc Trăng: 21 Trần Hưng Đạo, phường Phú Lợi, thành phố Cần Thơ",
          "Chi nhánh Hậu Giang: 12 Trần Hưng Đạo, phường Vị Thanh, thành phố Cần Thơ",
          "Điện thoại: 0292 3821 536",
          "Lãi suất cho vay hiện hành: 5,4%/năm (ngắn hạn), 6,0%/năm (trung, dài hạn)",
          "Giờ làm việc: sáng 7:00 - 11:00, chiều 13:00 - 17:00 từ thứ Hai đến thứ Sáu",
          "Lượt truy cập: 58.304",
          "© 2026 Quỹ hỗ trợ phát triển HTX thành phố Cần Thơ · Vận hành bởi Kirby"]
NOTE = ["Bài trước", "Bài tiếp theo", "Thẻ:", "Người viết:", "Cập nhật lần cuối:", "Tải tệp đính kèm"]
BOILERPLATE = [TODAY, *SLOGANS, *SOCIAL, *FOOTER, *NOTE]


def vn(d: datetime) -> str:
    return f"{d.day} tháng {d.month}, {d.year}"


def media(key: str) -> str:
    h = hashlib.sha1(key.encode()).hexdigest()
    return f"/media/pages/tin-tuc/{h[:10]}-{int(h[10:18], 16) % 10**10}/{h[20:28]}-1200x.jpg"


def shown(d: datetime) -> dict:
    return dict(published=d.strftime("%Y-%m-%dT00:00:00+07:00"), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=NEWS + "/quy-ky-hop-dong-cho-vay-5-htx-khu-vuc-soc-trang",
          title="Quỹ ký hợp đồng cho vay 5 HTX khu vực Sóc Trăng",
          date=datetime(2026, 3, 14),
          body="""
Ngày 13/3, tại Chi nhánh Sóc Trăng, Quỹ hỗ trợ phát triển HTX thành phố ký hợp đồng cho vay với 5 HTX, tổng số tiền 9,8 tỷ đồng.
Các HTX được vay vốn gồm HTX Nông nghiệp Mỹ Xuyên, HTX Lúa tôm Thạnh Phú, HTX Hành tím Vĩnh Châu, HTX Dịch vụ thủy sản Trần Đề và HTX Bánh pía Phú Tâm.
[img ky-ket] Đại diện Quỹ và các HTX ký hợp đồng tín dụng
Đây là đợt cho vay lớn nhất tại khu vực Sóc Trăng cũ kể từ khi hợp nhất.
Bài, ảnh: Thạch Sô Phia
""",
          author="Thạch Sô Phia", **shown(datetime(2026, 3, 14)), opts={"tags": ["cho vay"]},
          notes=["the day of the signing (13/3) is the first date of the text; the note's time.note-date is "
                 "'14 tháng 3, 2026'; closing 'Bài, ảnh: Thạch Sô Phia' (text, author)"]),
        A(path=NEWS + "/htx-khoai-lang-hau-giang-ra-mat-san-pham-moi",
          title="HTX Khoai lang Long Mỹ ra mắt sản phẩm khoai lang sấy",
          date=datetime(2026, 2, 5),
          body="""
Ngày 5/2, HTX Khoai lang Long Mỹ ra mắt sản phẩm khoai lang sấy dẻo đóng gói, được sản xuất trên dây chuyền đầu tư bằng vốn vay 1,8 tỷ đồng của Quỹ.
HTX dự kiến hoàn thiện hồ sơ đề nghị công nhận sản phẩm OCOP 3 sao trong năm nay.
Mỗi tháng, xưởng sấy tiêu thụ khoảng 60 tấn khoai lang tươi của thành viên, giá thu mua cao hơn thương lái 500 đồng/kg.
""",
          author=None, published="2026-02-05T00:00:00+07:00", published_source="listing", evidence=["listing"],
          opts={"nodate": True, "tags": ["ocop"]},
          notes=["the template prints no date (empty field): only the text says 'Ngày 5/2' (no year); the /tin-tuc "
                 "card and the tag:ocop list show '5 tháng 2, 2026': midnight; no author"]),
        A(path=NEWS + "/ke-hoach-cho-vay-von-nam-2026",
          title="Kế hoạch cho vay vốn năm 2026 của Quỹ hỗ trợ phát triển hợp tác xã",
          date=datetime(2026, 1, 23),
          body="""
LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ CẦN THƠ
QUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ
Số: 12/KH-QHTX
Cần Thơ, ngày 20 tháng 01 năm 2026
KẾ HOẠCH
Cho vay vốn năm 2026
Thực hiện Nghị quyết số 07/NQ-HĐQL ngày 29/12/2025 của Hội đồng quản lý Quỹ, Quỹ hỗ trợ phát triển hợp tác xã xây dựng kế hoạch cho vay vốn năm 2026 như sau:
I. MỤC TIÊU
Tổng mức cho vay năm 2026 đạt 75 tỷ đồng, ưu tiên dự án của HTX tại khu vực Sóc Trăng và Hậu Giang cũ.
II. NỘI DUNG
1. Cho vay đầu tư mở rộng sản xuất, chế biến, bảo quản nông sản.
2. Cho vay bổ sung vốn lưu động theo mùa vụ.
Nơi nhận: Hội đồng quản lý Quỹ; Các chi nhánh; Lưu VT.
GIÁM ĐỐC
Nguyễn Văn Tâm
""",
          author=None, doc_number="12/KH-QHTX", **shown(datetime(2026, 1, 23)),
          attachments=[{"path": PDF_PATH, "text": "kh-12-qhtx-2026.pdf"}], opts={"tags": ["văn bản"]},
          notes=["official plan 'Số: 12/KH-QHTX' dated 'Cần Thơ, ngày 20 tháng 01 năm 2026', citing a resolution "
                 "of 29/12/2025; the note's date is '23 tháng 1, 2026'; signer last (text, author null); the PDF in a "
                 "Kirby file block after the text"]),
        A(path=NEWS + "/anh-hoi-cho-ocop-cac-htx-vay-von-quy",
          title="Ảnh: Gian hàng của các HTX vay vốn Quỹ tại Hội chợ OCOP Cần Thơ 2025",
          date=datetime(2025, 12, 15),
          body="""
Các HTX vay vốn Quỹ mang hơn 120 sản phẩm đến Hội chợ OCOP thành phố Cần Thơ năm 2025, diễn ra từ ngày 8 đến 12/12/2025 tại Công viên sông Hậu.
[img gallery:hc1|hc2|hc3] Gian hàng gạo ST25, hành tím Vĩnh Châu và khóm Cầu Đúc của các HTX
[img hc4] Du khách chọn mua bánh pía tại gian hàng HTX Bánh pía Phú Tâm
[img hc5] Đoàn công tác Liên minh HTX thành phố thăm gian hàng của HTX Khóm Hỏa Tiến
""",
          author="Lâm Ngọc Hân", **shown(datetime(2025, 12, 15)),
          opts={"tags": ["ocop", "ảnh"], "writer": "Lâm Ngọc Hân"},
          notes=["photo story: one sentence, a gallery block (three photos under one caption: one line) and two "
                 "image blocks with figcaptions; the fair's dates 8-12/12/2025 in the text, the note's date "
                 "15/12/2025; author only in the note footer 'Người viết: Lâm Ngọc Hân' (not text)"]),
        A(path=NEWS + "/hoi-nghi-tong-ket-quy-nam-2025",
          title="Hội nghị tổng kết hoạt động Quỹ hỗ trợ phát triển HTX năm 2025",
          date=datetime(2026, 1, 9),
          body="""
Sáng 8/1, Quỹ hỗ trợ phát triển HTX thành phố tổ chức hội nghị tổng kết năm 2025, năm đầu Quỹ hoạt động trên địa bàn thành phố Cần Thơ mới.
Trong năm, Quỹ đã giải ngân 68,2 tỷ đồng cho 51 dự án; tiếp nhận 47 hợp đồng còn dư nợ từ Quỹ tỉnh Sóc Trăng và Quỹ tỉnh Hậu Giang trước đây.
## Một số kết quả nổi bật
* Tỷ lệ nợ quá hạn giữ ở mức 0,3%;
* 100% hồ sơ được thẩm định trong 20 ngày làm việc;
* 12 HTX vay vốn có sản phẩm đạt OCOP từ 3 sao trở lên.
> Năm 2026, Quỹ sẽ mở thêm điểm tiếp nhận hồ sơ tại các xã vùng sâu để HTX không phải đi xa.
""",
          byline="Minh Trí", author="Minh Trí", **shown(datetime(2026, 1, 9)), opts={"tags": ["hoạt động"]},
          notes=["a Kirby quote block (blockquote.block-type-quote) and a list block: one line each; closing byline "
                 "'Minh Trí' in its own text block (text, author)"]),
        A(path=NEWS + "/htx-lua-tom-thanh-phu-mo-rong-vung-nuoi",
          title="HTX Lúa tôm Thạnh Phú mở rộng vùng nuôi nhờ vốn vay ưu đãi",
          date=datetime(2025, 10, 21),
          body="""
HTX Lúa tôm Thạnh Phú (xã Mỹ Xuyên) được Quỹ cho vay 1,5 tỷ đồng để cải tạo 40 ha ruộng theo mô hình luân canh lúa - tôm.
Sau một vụ, năng suất tôm càng xanh đạt 450 kg/ha, lúa ST25 đạt 5,2 tấn/ha, lợi nhuận của thành viên tăng gần 30%.
Nguồn: Báo Cần Thơ
""",
          author=None, **shown(datetime(2025, 10, 21)), opts={"tags": ["cho vay"]},
          notes=["closing line 'Nguồn: Báo Cần Thơ' is a source: author null"]),
        A(path=NEWS + "/hop-nhat-quy-ho-tro-phat-trien-htx-ba-dia-phuong",
          title="Hợp nhất Quỹ hỗ trợ phát triển HTX của ba địa phương",
          date=datetime(2025, 7, 4),
          body="""
Từ ngày 1/7/2025, Quỹ hỗ trợ phát triển HTX thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang được hợp nhất thành Quỹ hỗ trợ phát triển HTX thành phố Cần Thơ.
Quỹ sau hợp nhất có tổng nguồn vốn 142 tỷ đồng, duy trì hai chi nhánh tại phường Phú Lợi và phường Vị Thanh.
Các hợp đồng tín dụng đã ký tiếp tục được thực hiện, HTX không phải làm lại thủ tục.
""",
          author="Phạm Hoàng Nam", **shown(datetime(2025, 7, 4)),
          opts={"tags": ["hoạt động"], "writer": "Phạm Hoàng Nam"},
          notes=["the merger's date 1/7/2025 opens the text; the note's date is 4/7/2025; author only in the note "
                 "footer ('Người viết: Phạm Hoàng Nam')"]),
        A(path=NEWS + "/quy-soc-trang-cho-vay-htx-hanh-tim-vinh-chau",
          title="Quỹ hỗ trợ phát triển HTX tỉnh Sóc Trăng cho vay HTX Hành tím Vĩnh Châu",
          date=datetime(2024, 4, 18),
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh Sóc Trăng vừa giải ngân 1,2 tỷ đồng cho HTX Hành tím Vĩnh Châu xây dựng kho bảo quản 500 tấn.
Kho mới giúp HTX trữ hành tím sau thu hoạch từ 3 đến 4 tháng, chờ giá tốt mới bán.
Sản phẩm hành tím Vĩnh Châu của HTX đã đạt OCOP 4 sao năm 2022.
Kim Ngân
""",
          author="Kim Ngân", **shown(datetime(2024, 4, 18)),
          opts={"tags": ["ocop"], "updated": datetime(2025, 7, 2)},
          notes=["migrated 2024 note of the former Sóc Trăng fund: note date '18 tháng 4, 2024'; the footer's "
                 "'Cập nhật lần cuối: 2 tháng 7, 2025' is the migration; closing byline 'Kim Ngân' (text, author)"]),
    ]


def prepared() -> list[Article]:
    out = articles()
    for a in out:
        a.opts["raw"] = a.body
        a.body = re.sub(r"^> ", "", a.body, flags=re.M)
    return out


def blocks_html(a: Article) -> str:
    out: list[str] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append('<div class="block block-type-text">' + "".join(f"<p>{inline_html(p)}</p>" for p in para) + "</div>")
            para.clear()

    lines = [x.strip() for x in a.opts["raw"].strip().splitlines() if x.strip()]
    if a.byline:
        lines.append("\0" + a.byline)
    for line in lines:
        if line.startswith("\0"):
            flush()
            out.append(f'<div class="block block-type-text"><p><strong>{esc(line[1:])}</strong></p></div>')
        elif line.startswith("## "):
            flush()
            out.append(f'<h2 class="block block-type-heading">{esc(line[3:])}</h2>')
        elif line.startswith("* "):
            flush()
            if out and out[-1].startswith('<div class="block block-type-list">'):
                out[-1] = out[-1].replace("</ul></div>", f"<li>{esc(line[2:])}</li></ul></div>")
            else:
                out.append(f'<div class="block block-type-list"><ul><li>{esc(line[2:])}</li></ul></div>')
        elif line.startswith("> "):
            flush()
            out.append(f'<blockquote class="block block-type-quote"><p>{esc(line[2:])}</p></blockquote>')
        elif line.startswith("[img "):
            flush()
            ref, cap = line[5:].split("]", 1)
            cap = cap.strip()
            if ref.startswith("gallery:"):
                lis = "".join(f'<li><img src="{media(a.path + r)}" alt=""></li>' for r in ref[8:].split("|"))
                out.append(f'<figure class="block block-type-gallery"><ul data-gutter="small">{lis}</ul>'
                           f'<figcaption>{esc(cap)}</figcaption></figure>')
            else:
                out.append(f'<figure class="block block-type-image"><img src="{media(a.path + ref)}" alt="{attr(cap)}">'
                           f'<figcaption>{esc(cap)}</figcaption></figure>')
        else:
            para.append(line)
    flush()
    return "\n".join(out)


def excerpt(a: Article, tag: str = "h2") -> str:
    date = f'<time class="note-excerpt-date" datetime="{a.date:%Y-%m-%d}">{vn(a.date)}</time>'
    img = a.first_image()
    fig = f'<figure class="img" style="--w:16;--h:9"><img src="{media(a.path + "cover")}" alt=""></figure>' if img else ""
    return (f'<li class="column" style="--columns: 4"><article class="note-excerpt"><a href="{a.path}">'
            f'<header>{fig}<{tag} class="note-excerpt-title">{esc(a.title)}</{tag}>{date}</header>'
            f'<p class="note-excerpt-text">{esc(a.summary())}</p></a></article></li>')


def layout(title: str, main: str) -> str:
    nav = [(ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (ALBUM, "Album ảnh"), (CONTACT, "Liên hệ")]
    menu = "".join(f'<a href="{u}">{t}</a>' for u, t in nav)
    social = ('<nav class="social">'
              f'<a href="{{{{base:offsite}}}}/chinh-phu/" aria-label="Facebook">{SOCIAL[0]}</a>'
              f'<a href="{{{{base:offsite}}}}/lmhtx-vn/" aria-label="YouTube">{SOCIAL[1]}</a>'
              f'<a href="{{{{base:offsite}}}}/bo-khdt/" aria-label="Zalo">{SOCIAL[2]}</a></nav>')
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:5])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>{esc(title)} | {SHORT}</title>
  <link href="/assets/css/index.css" rel="stylesheet">
  <link href="/assets/css/templates/note.css" rel="stylesheet">
</head>
<body>
  <div class="topbar"><span class="today">{TODAY}</span><span class="slogan">{SLOGANS[0]}</span></div>
  <header class="header">
    <a class="logo" href="/"><img src="/assets/logo-quy.png" alt="">{NAME}</a>
    <nav class="menu">{menu}</nav>
    {social}
  </header>
  <main class="main">
{main}
  </main>
  <footer class="footer">
    <div class="grid">
      <div class="column" style="--columns: 6"><h2>{NAME}</h2><p>{FOOTER[0]}</p>{foot}</div>
      <div class="column" style="--columns: 3"><h2>Thông tin</h2><p>{FOOTER[5]}</p><p>{FOOTER[6]}</p></div>
      <div class="column" style="--columns: 3"><h2>Kết nối</h2>{social}<p>{FOOTER[7]}</p></div>
    </div>
    <p class="copyright">{FOOTER[8]}</p>
  </footer>
  <script src="/assets/js/index.js"></script>
</body>
</html>
"""


def detail(a: Article, prev: Article | None, nxt: Article | None) -> str:
    o = a.opts
    date = "" if o.get("nodate") else f'<time class="note-date" datetime="{a.date:%Y-%m-%d}">{vn(a.date)}</time>'
    tags = "".join(f'<li><a href="{TAG if t == "ocop" else NEWS}">{esc(t)}</a></li>' for t in o["tags"])
    foot = [f'<span>Thẻ:</span><ul class="note-tags">{tags}</ul>']
    if o.get("writer"):
        foot.append(f'<p class="note-author">Người viết: {esc(o["writer"])}</p>')
    if o.get("updated"):
        foot.append(f'<p class="note-modified">Cập nhật lần cuối: {vn(o["updated"])}</p>')
    files = "".join(f'<div class="block block-type-file"><a href="{x["path"]}" download>Tải tệp đính kèm: {esc(x["text"])}</a></div>'
                    for x in a.attachments)
    pn = '<nav class="prevnext">'
    if prev:
        pn += f'<a class="prev" href="{prev.path}"><span>Bài trước</span> {esc(prev.title)}</a>'
    if nxt:
        pn += f'<a class="next" href="{nxt.path}"><span>Bài tiếp theo</span> {esc(nxt.title)}</a>'
    pn += "</nav>"
    return (f'<article class="note">\n<header class="note-header h1">\n<h1 class="note-title">{esc(a.title)}</h1>\n{date}\n</header>\n'
            f'<div class="note text">\n{blocks_html(a)}\n{files}\n</div>\n<footer class="note-footer">{"".join(foot)}</footer>\n'
            f'{pn}\n</article>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "can-tho", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(prepared(), key=lambda a: a.date, reverse=True)
    for i, a in enumerate(arts):
        prev = arts[i + 1] if i + 1 < len(arts) else None
        nxt = arts[i - 1] if i > 0 else None
        site.page(a.path, layout(a.title, detail(a, prev, nxt)), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 12/KH-QHTX", ["KE HOACH CHO VAY VON NAM 2026",
                                                        "Quy ho tro phat trien HTX thanh pho Can Tho", "So: 12/KH-QHTX"]))
    chunks = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(chunks, 1):
        here = NEWS if n == 1 else f"{NEWS}/page:{n}"
        pag = '<nav class="pagination flex flex-center">'
        pag += (f'<a href="{NEWS if n == 2 else f"{NEWS}/page:{n - 1}"}">&larr;</a>' if n > 1 else "<span>&larr;</span>")
        pag += (f'<a href="{NEWS}/page:{n + 1}">&rarr;</a>' if n < len(chunks) else "<span>&rarr;</span>") + "</nav>"
        main = (f'<header class="h1"><h1>Tin tức</h1></header><ul class="notes grid">'
                f'{"".join(excerpt(a) for a in chunk)}</ul>{pag}')
        site.page(here, layout("Tin tức", main), content_type=HTML)
        site.non_articles.append(here)
    tagged = [a for a in arts if "ocop" in a.opts["tags"]]
    site.page(TAG, layout("Tin tức", f'<header class="h1"><h1>Tin tức</h1><p>Thẻ: ocop</p></header><ul class="notes grid">'
                                    f'{"".join(excerpt(a) for a in tagged)}</ul>'), content_type=HTML)
    site.page(SEARCH, layout("Tìm kiếm", '<h1>Tìm kiếm</h1><form><input type="search" name="q" value="vay vốn">'
                             '<input type="submit" value="Tìm"></form><ul class="search-results">'
                             + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in arts[:4]) + "</ul>"),
              content_type=HTML)
    # /album: Starterkit photography
    albums = [("Hội chợ OCOP thành phố Cần Thơ năm 2025", ["Khai mạc hội chợ", "Gian hàng gạo ST25 của các HTX",
                                                         "Khách tham quan gian hàng khóm Cầu Đúc"]),
              ("HTX vay vốn Quỹ", ["Nhà màng trồng dưa lưới HTX Tân Phú Thạnh", "Xưởng chế biến bánh pía Phú Tâm"])]
    cards = ""
    for path, (t, caps) in zip(ALBUMS, albums):
        figs = "".join(f'<li><a href="{path}"><figure><img src="{media(path + c)}" alt=""><figcaption>{esc(c)}</figcaption>'
                       f'</figure></a></li>' for c in caps)
        main = (f'<article class="album"><header class="h1"><h1>{esc(t)}</h1></header>'
                f'<div class="album-text text"><p>{len(caps)} ảnh</p></div><ul class="album-gallery">{figs}</ul></article>')
        site.page(path, layout(t, main), content_type=HTML)
        cards += (f'<li><a href="{path}"><figure><img src="{media(path + "cover")}" alt=""><figcaption>{esc(t)}</figcaption>'
                  f'</figure></a></li>')
    site.page(ALBUM, layout("Album ảnh", f'<header class="h1"><h1>Album ảnh</h1></header><ul class="albums">{cards}</ul>'),
              content_type=HTML)
    home = (f'<header class="h1"><h1>Quỹ hỗ trợ phát triển hợp tác xã</h1></header>'
            f'<div class="text"><p>Cho vay ưu đãi các dự án sản xuất, kinh doanh của hợp tác xã trên địa bàn thành phố Cần Thơ.</p></div>'
            f'<h2 class="h2">Tin mới</h2><ul class="notes grid">{"".join(excerpt(a, "h3") for a in arts[:4])}</ul>'
            f'<p><a href="{NEWS}">Tất cả tin tức</a> · <a href="{ALBUM}">Album ảnh</a></p>')
    site.page("/", layout("Trang chủ", home), content_type=HTML)
    about = ('<article class="note"><header class="note-header h1"><h1 class="note-title">Giới thiệu</h1></header>'
             '<div class="note text"><div class="block block-type-text"><p>Quỹ hỗ trợ phát triển hợp tác xã thành phố Cần '
             'Thơ được thành lập để hỗ trợ vốn cho hợp tác xã, liên hiệp hợp tác xã đầu tư phát triển sản xuất, kinh '
             'doanh.</p><p>Từ ngày 1/7/2025, Quỹ hợp nhất với Quỹ hỗ trợ phát triển hợp tác xã tỉnh Sóc Trăng và tỉnh Hậu '
             'Giang, có hai chi nhánh.</p></div><h2 class="block block-type-heading">Chức năng, nhiệm vụ</h2>'
             '<div class="block block-type-list"><ul><li>Cho vay đầu tư, cho vay vốn lưu động;</li><li>Bảo lãnh tín dụng '
             'cho hợp tác xã;</li><li>Tư vấn lập phương án sản xuất kinh doanh.</li></ul></div></div></article>')
    contact = (f'<header class="h1"><h1>Liên hệ</h1></header><div class="text"><p>{FOOTER[1]}</p><p>{FOOTER[4]}</p></div>'
               '<form method="post" action="/lien-he"><input name="name"><textarea name="text"></textarea>'
               '<input type="submit" value="Gửi"></form>')
    site.page(ABOUT, layout("Giới thiệu", about), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", contact), content_type=HTML)
    site.non_articles += [TAG, SEARCH, ALBUM, *ALBUMS, "/", ABOUT, CONTACT]
    for page in list(site.html_pages.values()):
        for ref in re.findall(r'src="(/media/[^"]+\.jpg)"', page):
            site.binary(ref, image_for(ref))
    site.static("/robots.txt", "User-agent: *\nDisallow: /panel\nDisallow: /kirby\n")
    site.trap("Kirby parameters in the path under the notes' prefix: /tin-tuc/page:2 (pager, arrows only) and "
              "/tin-tuc/tag:ocop (tag filter): not articles", NEWS + "/page:2")
    site.trap("prev/next links under each note carry the neighbours' titles ('Bài trước', 'Bài tiếp theo'); "
              "site-wide nav.social in the header and footer", arts[0].path)
    site.trap("photo section /album and its albums (article.album, h1, figures with captions, no date), the "
              "introduction in the note template without a date, contact and search: not articles", ALBUMS[0])
    return site
