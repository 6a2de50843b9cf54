"""Site `lmhtx-sonla-moi` (registry family `generic`): the Sơn La alliance's relaunched portal of 2025 (the province
was not merged) on Statamic (Laravel, Antlers templates, a Peak-like Tailwind starter kit), written as a held-out
test: no family module, no selectors.

Why it is hard: an entry `/tin-tuc/<slug>` is an `<article class="entry">` with `h1.entry-title` and an entry
meta line "14.03.2026 · Phòng Tuyên truyền" (dots, no time; after the dot either an office, which is no author,
or the writer's name, which is). The text is a Bard field rendered as a run of blocks: `div.prose` text blocks
interleaved with "sets" `div.set-image` (a `<figure>` with a Glide URL `/img/asset/<base64>?w=800&fit=crop` and
a `<figcaption>`), `div.set-quote` (a blockquote and its `<cite>`), `div.set-table` (a data table) and
`div.set-file` (a document download card: "Tải tệp đính kèm", file name, size: an attachment, not text). Under
the Bard field the entry's taxonomy terms link to `/tin-tuc/tags/<term>` and a "Bài viết cùng chuyên mục" grid
of cards repeats titles, dates and excerpts. One entry (blueprint "Thông tin nhanh") shows no date at all: only
"Ngày 12/3" in the text and "12.03.2026" on its card in the collection listing. The listing is `/tin-tuc`
with `?page=2`; tag pages, the "Giới thiệu" page (same Bard sets, no meta), contact, search are not articles.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime

from .core import Article, SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf

SITE = "lmhtx-sonla-moi"
NAME = "Liên minh Hợp tác xã tỉnh Sơn La"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
SEARCH = "/tim-kiem?q=ocop"
PDF_PATH = "/assets/van-ban/qd-18-qd-lmhtx-khen-thuong-2025.pdf"
TAGS = {"ocop": "OCOP", "hoat-dong-lien-minh": "Hoạt động Liên minh", "van-ban": "Văn bản",
        "htx-nong-nghiep": "HTX nông nghiệp"}

FOOTER = ["LIÊN MINH HỢP TÁC XÃ TỈNH SƠN LA",
          "Trụ sở: Số 12 đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La",
          "Điện thoại: 0212.3852.418 - Email: lienminhhtx@sonla.gov.vn",
          "Người chịu trách nhiệm: Bà Lò Thị Thúy - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 06/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La cấp ngày 12/8/2025",
          "Bản quyền © 2025 Liên minh HTX tỉnh Sơn La"]
LABELS = ["Tải tệp đính kèm", "Bài viết cùng chuyên mục", "Từ khóa:", "Xem tất cả",
          "Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn.", "Đồng ý", "Bỏ qua đến nội dung",
          "Đoàn kết - Hợp tác - Phát triển bền vững", "Tin mới nhất", "Trang trước", "Trang sau"]
BOILERPLATE = [*FOOTER, *LABELS[:3], *LABELS[4:8]]

# markup prefixes of this module (stripped from the text): a Bard quote set and its citation
Q, C = "Q| ", "C| "


def at(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/tin-tuc/hoi-nghi-tong-ket-kinh-te-tap-the-nam-2025",
          title="Hội nghị tổng kết công tác kinh tế tập thể năm 2025",
          date=datetime(2026, 3, 14),
          body="""
Liên minh HTX tỉnh Sơn La tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ phát triển kinh tế tập thể năm 2026.
Năm 2025, toàn tỉnh có 1.012 HTX với hơn 27.000 thành viên; 64 HTX được hỗ trợ xây dựng nhãn hiệu và truy xuất nguồn gốc sản phẩm.
[img hn-tong-ket.png] Đại biểu dự hội nghị tổng kết công tác kinh tế tập thể năm 2025
Q| Chúng ta phải đưa HTX trở thành hạt nhân của chuỗi liên kết nông sản chủ lực của tỉnh.
C| Bà Lò Thị Thúy, Chủ tịch Liên minh HTX tỉnh
Hội nghị đã khen thưởng 12 tập thể và 18 cá nhân có thành tích xuất sắc trong phong trào phát triển kinh tế tập thể.
Bài, ảnh: Cầm Thị Hoa
""",
          author="Cầm Thị Hoa", **at(datetime(2026, 3, 14)), opts={"meta": "Phòng Tuyên truyền", "tags": ["hoat-dong-lien-minh"]},
          notes=["entry meta '14.03.2026 · Phòng Tuyên truyền' (an office, not the author); Bard: text, set-image "
                 "(figcaption), set-quote (blockquote + cite: two lines), text; byline 'Bài, ảnh: Cầm Thị Hoa' last "
                 "in the text: part of it, the author"]),
        A(path="/tin-tuc/quyet-dinh-khen-thuong-htx-tieu-bieu-nam-2025",
          title="Quyết định khen thưởng các HTX tiêu biểu năm 2025",
          date=datetime(2026, 3, 5),
          body="""
LIÊN MINH HTX TỈNH SƠN LA
Số: 18/QĐ-LMHTX
Sơn La, ngày 04 tháng 3 năm 2026
QUYẾT ĐỊNH Về việc khen thưởng các hợp tác xã tiêu biểu năm 2025
Căn cứ Điều lệ Liên minh Hợp tác xã Việt Nam; xét đề nghị của Ban Thi đua - Khen thưởng Liên minh HTX tỉnh,
Điều 1. Tặng Giấy khen của Liên minh HTX tỉnh cho 12 hợp tác xã đã có thành tích xuất sắc trong sản xuất, kinh doanh năm 2025.
Điều 2. Mỗi tập thể được khen thưởng kèm theo tiền thưởng theo quy định hiện hành.
Điều 3. Chánh Văn phòng, các ban chuyên môn và các HTX có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
CHỦ TỊCH Lò Thị Thúy
""",
          author=None, doc_number="18/QĐ-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "qd-18-qd-lmhtx-khen-thuong-2025.pdf"}],
          **at(datetime(2026, 3, 5)), opts={"meta": "Văn phòng", "tags": ["van-ban"], "doc": True},
          notes=["official decision 'Số: 18/QĐ-LMHTX' dated 04/3 in its text, posted '05.03.2026 · Văn phòng' (the "
                 "meta wins; the office is no author: null; the signer 'CHỦ TỊCH Lò Thị Thúy' is text, not author); "
                 "the PDF is a Bard set-file card ('Tải tệp đính kèm', file name, 312 KB): an attachment, not text"]),
        A(path="/tin-tuc/anh-mua-man-hau-o-htx-na-ka",
          title="Ảnh: Mùa mận hậu ở HTX Nà Ka",
          date=datetime(2025, 5, 28),
          lead="Những ngày cuối tháng 5, thành viên HTX Nông nghiệp Nà Ka bước vào vụ thu hoạch mận hậu.",
          body="""
[img man-1.png] Thành viên HTX Nà Ka thu hái mận hậu từ sáng sớm
[img man-2.png] Mận được phân loại ngay tại vườn trước khi đóng thùng
[img man-3.png] Xe của các doanh nghiệp đến thu mua mận tại HTX
[img man-4.png] Sản phẩm mận hậu Nà Ka đạt chứng nhận OCOP 4 sao
""",
          author="Lò Văn Thắng", **at(datetime(2025, 5, 28)), opts={"meta": "Lò Văn Thắng", "tags": ["ocop", "htx-nong-nghiep"]},
          notes=["photo story: a lead text block then four set-image blocks (Glide URLs, one line per figcaption); "
                 "the meta '28.05.2025 · Lò Văn Thắng' names the photographer: the author (not text)"]),
        A(path="/tin-tuc/ra-mat-htx-du-lich-cong-dong-ban-ang",
          title="Ra mắt HTX Du lịch cộng đồng bản Áng",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại bản Áng (xã Đông Sang), Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Du lịch cộng đồng bản Áng.
HTX có 21 thành viên là đồng bào Thái, cung cấp dịch vụ lưu trú nhà sàn, ẩm thực truyền thống và trải nghiệm hái chè cho du khách.
[img ban-ang.png] Thành viên HTX đón đoàn khách đầu tiên tại bản Áng
Liên minh HTX tỉnh sẽ hỗ trợ HTX đào tạo kỹ năng làm du lịch và quảng bá trên các nền tảng số.
""",
          author="Quàng Văn Minh", published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing",
          evidence=["listing"], opts={"meta": "Quàng Văn Minh", "nodate": True, "tags": ["hoat-dong-lien-minh"]},
          notes=["'Thông tin nhanh' blueprint: the meta line shows only the writer 'Quàng Văn Minh' (the author), no "
                 "date; 'Ngày 12/3' (no year) in the text, '12.03.2026' on its card in /tin-tuc -> midnight"]),
        A(path="/tin-tuc/son-la-co-them-36-san-pham-ocop",
          title="Sơn La có thêm 36 sản phẩm OCOP",
          date=datetime(2026, 1, 22),
          body="""
UBND tỉnh vừa công nhận 36 sản phẩm OCOP đợt 2 năm 2025, trong đó 21 sản phẩm do HTX làm chủ thể.
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Cà phê Arabica rang xay | HTX Cà phê Chiềng Ban | 4 sao |
| 2 | Chè Shan tuyết Tà Xùa | HTX Chè Tà Xùa | 4 sao |
| 3 | Xoài tròn sấy dẻo | HTX Nông sản Yên Châu | 3 sao |
| 4 | Mận hậu sấy | HTX Nông nghiệp Nà Ka | 3 sao |
Đến nay, toàn tỉnh có 214 sản phẩm OCOP, trong đó 9 sản phẩm đạt 4 sao tiềm năng 5 sao.
Nguồn: Báo Sơn La
""",
          author=None, **at(datetime(2026, 1, 22)), opts={"meta": "Phòng Tuyên truyền", "tags": ["ocop"]},
          notes=["Bard set-table (one line per row, cells between ' | ') between two text blocks; 'Nguồn: Báo Sơn La' "
                 "last: part of the text, a source; the meta names an office: author null"]),
        A(path="/tin-tuc/htx-ca-phe-chieng-ban-xuat-khau-lo-hang-dau-tien",
          title="HTX Cà phê Chiềng Ban xuất khẩu lô hàng đầu tiên",
          date=datetime(2025, 11, 8),
          body="""
HTX Cà phê Chiềng Ban vừa xuất khẩu 19 tấn cà phê nhân Arabica sang Hà Lan, lô hàng xuất khẩu trực tiếp đầu tiên của HTX.
Để đạt tiêu chuẩn xuất khẩu, 126 hộ thành viên áp dụng quy trình thu hái quả chín, sơ chế ướt và phơi trên giàn.
Giá bán cao hơn tiêu thụ trong nước khoảng 15%, HTX dự kiến xuất thêm 2 lô trong vụ thu hoạch này.
""",
          author=None, **at(datetime(2025, 11, 8)), opts={"meta": "Phòng Tuyên truyền", "tags": ["htx-nong-nghiep"]},
          notes=["one text block, no byline; the meta's 'Phòng Tuyên truyền' is an office: author null"]),
        A(path="/tin-tuc/htx-che-ta-xua-giu-hon-cay-che-co-thu",
          title="HTX Chè Tà Xùa giữ hồn cây chè cổ thụ",
          date=datetime(2025, 8, 20),
          body="""
Trên độ cao hơn 1.500 m, HTX Chè Tà Xùa quản lý gần 300 cây chè Shan tuyết cổ thụ cùng 40 ha chè Shan tuyết trồng mới.
## Chế biến theo cách của người Mông
HTX giữ cách sao chè thủ công bằng chảo gang, đồng thời đầu tư máy vò và phòng sấy đạt chuẩn an toàn thực phẩm.
Q| Mỗi búp chè cổ thụ là tài sản của cả bản, chúng tôi chỉ hái đúng lứa để cây khỏe.
C| Anh Mùa A Sử, Giám đốc HTX
[img che-ta-xua.png] Thành viên HTX hái chè Shan tuyết cổ thụ
Thu Trang
""",
          author="Thu Trang", **at(datetime(2025, 8, 20)), opts={"meta": "Phòng Tuyên truyền", "tags": ["ocop"]},
          notes=["a heading inside the text block, a set-quote before the set-image; closing 'Thu Trang' (a bare name "
                 "in the last text block): part of the text, the author although the meta names an office"]),
        A(path="/tin-tuc/htx-nong-nghiep-chieng-hac-lien-ket-trong-ca-chua",
          title="HTX Nông nghiệp Chiềng Hặc liên kết trồng cà chua trái vụ",
          date=datetime(2024, 6, 15),
          body="""
HTX Nông nghiệp Chiềng Hặc (huyện Yên Châu) liên kết với 52 hộ trồng 30 ha cà chua trái vụ trong nhà lưới.
Doanh nghiệp bao tiêu sản phẩm với giá sàn 9.000 đồng/kg, giúp người trồng yên tâm sản xuất.
[img ca-chua.png] Cà chua trái vụ của HTX vào mùa thu hoạch
Vụ cà chua năm nay cho thu nhập bình quân 250 triệu đồng/ha, cao gấp 4 lần trồng ngô.
""",
          author="Lường Thị Ánh", **at(datetime(2024, 6, 15)), opts={"meta": "Lường Thị Ánh", "tags": ["htx-nong-nghiep"]},
          notes=["migrated 2024 entry (old district names); meta '15.06.2024 · Lường Thị Ánh': the author, not text; "
                 "only on /tin-tuc?page=2"]),
        A(path="/tin-tuc/xoai-yen-chau-vao-sieu-thi",
          title="Xoài tròn Yên Châu của HTX vào chuỗi siêu thị",
          date=datetime(2023, 11, 2),
          body="""
HTX Nông sản Yên Châu ký hợp đồng cung ứng 200 tấn xoài tròn mỗi vụ cho một chuỗi siêu thị tại Hà Nội.
Xoài tròn Yên Châu đã được cấp chỉ dẫn địa lý; HTX hướng dẫn thành viên bao trái, ghi nhật ký canh tác theo VietGAP.
Quang Hưng
""",
          author="Quang Hưng", **at(datetime(2023, 11, 2)), opts={"meta": "Phòng Tuyên truyền", "tags": ["ocop"]},
          notes=["migrated 2023 entry, '02.11.2023'; closing 'Quang Hưng': part of the text, the author; only on "
                 "/tin-tuc?page=2"]),
    ]


def glide(src: str, w: int = 800) -> str:
    enc = base64.urlsafe_b64encode(f"assets/tin-tuc/{src}".encode()).decode().rstrip("=")
    sig = hashlib.md5(src.encode()).hexdigest()[:16]
    return f"/img/asset/{enc}?w={w}&amp;fit=crop&amp;s={sig}"


def split_sets(a: Article) -> list[tuple[str, list]]:
    """The Bard value: ('text', blocks) runs and ('image'|'quote'|'table', …) sets."""
    out: list[tuple[str, list]] = []
    raw = [line.strip() for line in a.body.strip().splitlines() if line.strip()]
    text: list[str] = []

    def flush() -> None:
        if text:
            out.append(("text", list(text)))
            text.clear()
    i = 0
    while i < len(raw):
        line = raw[i]
        if line.startswith(Q):
            flush()
            cite = raw[i + 1][len(C):] if i + 1 < len(raw) and raw[i + 1].startswith(C) else ""
            out.append(("quote", [line[len(Q):], cite]))
            i += 2 if cite else 1
            continue
        if line.startswith("[img "):
            flush()
            out.append(("image", [line]))
        elif line.startswith("| "):
            if out and out[-1][0] == "table" and not text:
                out[-1][1].append(line)
            else:
                flush()
                out.append(("table", [line]))
        else:
            text.append(line)
        i += 1
    flush()
    return out


def prose(lines: list[str], doc: bool = False) -> str:
    from .core import parse_body
    html = []
    for b in parse_body("\n".join(lines)):
        if b.kind == "h":
            html.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind == "ul":
            html.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif doc and (b.text.startswith(("LIÊN MINH", "Số:", "QUYẾT ĐỊNH")) or b.text.endswith("năm 2026")):
            html.append(f'<p style="text-align: center"><strong>{inline_html(b.text)}</strong></p>')
        elif doc and b.text.startswith("CHỦ TỊCH"):
            html.append(f'<p style="text-align: right"><strong>{inline_html(b.text)}</strong></p>')
        else:
            html.append(f"<p>{inline_html(b.text)}</p>")
    return '<div class="prose prose-lg max-w-none">\n' + "\n".join(html) + "\n</div>"


def bard(a: Article) -> str:
    out = []
    sets = split_sets(a)
    if a.lead:
        out.append(f'<div class="prose prose-lg max-w-none"><p class="lead">{inline_html(a.lead)}</p></div>')
    for kind, val in sets:
        if kind == "text":
            out.append(prose(val, a.opts.get("doc", False)))
        elif kind == "image":
            from .core import _IMG
            m = _IMG.match(val[0])
            src, cap = m.group(1), m.group(2)
            out.append(f'<div class="set-image my-8"><figure><img src="{glide(src)}" alt="{attr(cap)}" '
                       f'loading="lazy" width="800" height="533">'
                       + (f'<figcaption class="text-sm italic text-neutral-600">{esc(cap)}</figcaption>' if cap else "")
                       + "</figure></div>")
        elif kind == "quote":
            out.append(f'<div class="set-quote my-8"><blockquote class="border-l-4 pl-4"><p>{esc(val[0])}</p>'
                       + (f"<cite>{esc(val[1])}</cite>" if val[1] else "") + "</blockquote></div>")
        elif kind == "table":
            rows = [[c.strip() for c in r.strip("|").split("|")] for r in val]
            head, *rest = rows
            out.append('<div class="set-table my-8 overflow-x-auto"><table class="table-auto w-full">\n<thead><tr>'
                       + "".join(f"<th>{esc(c)}</th>\n" for c in head) + "</tr></thead>\n<tbody>"
                       + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>\n" for c in r) + "</tr>\n" for r in rest)
                       + "</tbody></table></div>")
    if a.attachments:
        x = a.attachments[0]
        out.append(f'<div class="set-file my-8"><a href="{x["path"]}" class="flex items-center" download>'
                   f'<svg class="w-6 h-6" aria-hidden="true"></svg><span class="font-bold">{LABELS[0]}</span>'
                   f'<span class="filename">{esc(x["text"])}</span><span class="filesize">312 KB</span></a></div>')
    if a.byline:
        out.append(f'<div class="prose prose-lg max-w-none"><p>{esc(a.byline)}</p></div>')
    return "\n".join(out)


def clean(a: Article) -> None:
    """The module's Q|/C| prefixes are markup: the text keeps their words."""
    a.body = "\n".join(line.strip()[3:] if line.strip().startswith((Q, C)) else line
                       for line in a.body.splitlines())


def meta(a: Article, listing: bool = False) -> str:
    date = f'<time datetime="{a.date:%Y-%m-%d}">{a.date:%d.%m.%Y}</time>'
    if listing:
        return f'<p class="text-sm text-neutral-500">{date}</p>'
    who = f'<span class="entry-author">{esc(a.opts["meta"])}</span>'
    return f'<p class="entry-meta text-sm text-neutral-500">' + (who if a.opts.get("nodate") else f"{date} · {who}") + "</p>"


def card(a: Article) -> str:
    pic = a.first_image()
    return (f'<article class="card flex flex-col">'
            + (f'<a href="{a.path}"><img src="{glide(pic, 400)}" alt="" loading="lazy"></a>' if pic else "")
            + f'<h3 class="font-bold"><a href="{a.path}">{esc(a.title)}</a></h3>{meta(a, True)}'
            f'<p class="text-sm">{esc(" ".join(inline_text(a.summary()).split()[:24]))}…</p></article>')


def layout(title: str, main: str) -> str:
    menu = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), (NEWS, "Tin tức"), ("/tin-tuc/tags/van-ban", "Văn bản"),
            ("/tin-tuc/tags/ocop", "Sản phẩm OCOP"), ("/lien-he", "Liên hệ")]
    nav = "".join(f'<li><a href="{h}" class="px-3 py-2">{t}</a></li>' for h, t in menu)
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:5])
    return f"""<!doctype html>
<html lang="vi" class="antialiased">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {NAME}</title>
<meta name="generator" content="Statamic">
<link rel="stylesheet" href="/build/assets/site-4f2c91ab.css">
<script defer src="/build/assets/site-9d1e03c7.js"></script>
</head>
<body class="flex flex-col min-h-screen bg-white" x-data="{{ mobileNav: false }}">
<a href="#content" class="sr-only focus:not-sr-only">{LABELS[6]}</a>
<div class="bg-red-700 text-white text-sm text-center py-1">{LABELS[7]}</div>
<header class="fluid-container py-4 flex items-center justify-between">
<a href="/" class="flex items-center"><img src="/assets/logo-lmhtx-sonla.png" alt="{attr(NAME)}" width="64"><span class="font-bold ml-2">{NAME}</span></a>
<button type="button" @click="mobileNav = !mobileNav" aria-label="Menu">☰</button>
<nav class="hidden md:block"><ul class="flex">{nav}</ul></nav>
<form action="/tim-kiem" method="get"><input type="search" name="q" placeholder="Tìm kiếm"></form>
</header>
<main id="content" class="flex-grow fluid-container">
{main}
</main>
<footer class="bg-neutral-900 text-neutral-200 py-8"><div class="fluid-container"><p class="font-bold">{FOOTER[0]}</p>{foot}
<ul class="flex"><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>
<li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul>
<p class="text-xs">{esc(FOOTER[5])}</p></div></footer>
<div class="cookie-banner fixed bottom-0" x-data="{{ show: true }}" x-show="show"><p>{LABELS[4]}</p><button @click="show = false">{LABELS[5]}</button></div>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "son-la", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    raw = articles()
    arts = sorted(raw, key=lambda a: a.date, reverse=True)
    pages = {}
    for a in arts:
        body = bard(a)
        clean(a)
        same = [o for o in arts if o is not a and set(o.opts["tags"]) & set(a.opts["tags"])][:3] or \
            [o for o in arts if o is not a][:3]
        tags = " ".join(f'<a href="/tin-tuc/tags/{t}" class="tag">#{TAGS[t]}</a>' for t in a.opts["tags"])
        main = (f'<article class="entry max-w-3xl mx-auto py-8">\n<header><h1 class="entry-title text-4xl font-bold">'
                f'{esc(a.title)}</h1>\n{meta(a)}</header>\n<div class="entry-content">\n{body}\n</div>\n'
                f'<footer class="entry-terms"><span>{LABELS[2]}</span> {tags}</footer>\n</article>\n'
                f'<section class="related py-8"><h2 class="text-2xl">{LABELS[1]}</h2><div class="grid md:grid-cols-3 gap-6">'
                + "".join(card(o) for o in same) + "</div></section>")
        pages[a.path] = main
    for a in arts:
        site.page(a.path, layout(a.title, pages[a.path]), content_type=HTML)
        site.add_article(a)
        for b in a.blocks:
            if b.kind == "img":
                for w in (800, 400):
                    site.binary(glide(b.src, w).split("?")[0], image_for(b.src))
    site.binary(PDF_PATH, pdf("Quyết định số 18/QĐ-LMHTX", ["QUYET DINH KHEN THUONG CAC HTX TIEU BIEU NAM 2025",
                                                           "Lien minh HTX tinh Son La"]))
    site.trap("Statamic entry: h1.entry-title, meta '14.03.2026 · <office or writer>', a Bard field of div.prose "
              "blocks and div.set-image / set-quote / set-table / set-file sets (Glide URLs /img/asset/<base64>?w=800), "
              "taxonomy terms and a 'Bài viết cùng chuyên mục' card grid under it", arts[0].path)

    per = 6
    chunks = [arts[i:i + per] for i in range(0, len(arts), per)]
    for n, chunk in enumerate(chunks, 1):
        url = NEWS if n == 1 else f"{NEWS}?page={n}"
        links = ""
        if n > 1:
            links += f'<a href="{NEWS if n == 2 else f"{NEWS}?page={n - 1}"}" rel="prev">{LABELS[9]}</a>'
        links += "".join(f'<span aria-current="page">{k}</span>' if k == n else
                         f'<a href="{NEWS if k == 1 else f"{NEWS}?page={k}"}">{k}</a>' for k in range(1, len(chunks) + 1))
        if n < len(chunks):
            links += f'<a href="{NEWS}?page={n + 1}" rel="next">{LABELS[10]}</a>'
        main = (f'<h1 class="text-4xl font-bold py-8">Tin tức</h1><div class="grid md:grid-cols-3 gap-6">'
                + "".join(card(a) for a in chunk) + f'</div><nav class="pagination flex gap-2 py-8">{links}</nav>')
        site.page(url, layout("Tin tức", main), content_type=HTML)
        site.non_articles.append(url)
    site.trap("collection listing /tin-tuc, /tin-tuc?page=2 (cards: title, '12.03.2026', excerpt): the only date of "
              "the 'Thông tin nhanh' entry; the two oldest entries only on page 2", f"{NEWS}?page=2")
    for t, name in TAGS.items():
        items = [a for a in arts if t in a.opts["tags"]]
        site.page(f"/tin-tuc/tags/{t}", layout(name, f'<h1 class="text-4xl font-bold py-8">Từ khóa: {esc(name)}</h1>'
                                               '<div class="grid md:grid-cols-3 gap-6">' + "".join(card(a) for a in items)
                                               + "</div>"), content_type=HTML)
        site.non_articles.append(f"/tin-tuc/tags/{t}")
    site.trap("taxonomy term pages /tin-tuc/tags/<term> (card grids): not articles", "/tin-tuc/tags/ocop")
    home = (f'<section class="py-8"><h2 class="text-2xl font-bold">{LABELS[8]}</h2><div class="grid md:grid-cols-3 gap-6">'
            + "".join(card(a) for a in arts[:6]) + f'</div><a href="{NEWS}">{LABELS[3]}</a></section>')
    site.page("/", layout("Trang chủ", home), content_type=HTML)
    about = ["Liên minh Hợp tác xã tỉnh Sơn La là tổ chức chính trị - xã hội, đại diện và bảo vệ quyền, lợi ích hợp pháp "
             "của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
             "Liên minh tư vấn thành lập, đào tạo, hỗ trợ tiếp cận vốn và thị trường cho hợp tác xã, đặc biệt là các hợp "
             "tác xã nông nghiệp vùng cao sản xuất cà phê, chè, cây ăn quả và du lịch cộng đồng.",
             "Năm 2025, Liên minh đưa vào vận hành cổng thông tin điện tử mới, cung cấp tin tức, văn bản và thông tin "
             "sản phẩm của các hợp tác xã tới bạn đọc trong và ngoài tỉnh."]
    site.page("/gioi-thieu", layout("Giới thiệu", '<article class="page max-w-3xl mx-auto py-8"><h1 class="text-4xl '
                                    'font-bold">Giới thiệu</h1><div class="entry-content">'
                                    + prose(about) + f'<div class="set-image my-8"><figure><img src="{glide("tru-so.png")}"'
                                    ' alt=""><figcaption>Trụ sở Liên minh HTX tỉnh Sơn La</figcaption></figure></div>'
                                    + "</div></article>"), content_type=HTML)
    site.binary(glide("tru-so.png").split("?")[0], image_for("tru-so.png"))
    site.page("/lien-he", layout("Liên hệ", '<h1 class="text-4xl font-bold py-8">Liên hệ</h1>'
                                 f'<p>{esc(FOOTER[1])}</p><form method="POST" action="/!/forms/lien-he">'
                                 '<input type="hidden" name="_token" value="x7Tq"><input name="ho_ten"><input name="email">'
                                 '<textarea name="noi_dung"></textarea><button type="submit">Gửi</button></form>'),
              content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in a.title]
    site.page(SEARCH, layout("Tìm kiếm", '<h1 class="text-4xl font-bold py-8">Kết quả tìm kiếm cho “ocop”</h1>'
                             '<div class="grid md:grid-cols-3 gap-6">' + "".join(card(a) for a in found) + "</div>"),
              content_type=HTML)
    site.trap("'Giới thiệu' page: the same Bard blocks (prose + set-image with figcaption) in an <article> with an h1, "
              "no meta, no date: not an article; nor /lien-he, /tim-kiem?q=ocop", "/gioi-thieu")
    site.non_articles += ["/", "/gioi-thieu", "/lien-he", SEARCH]
    site.static("/robots.txt", "User-agent: *\nDisallow: /cp\nDisallow: /!/\n")
    return site
