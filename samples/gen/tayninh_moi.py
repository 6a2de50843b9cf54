"""Site `lmhtx-tayninh-moi` (registry family `generic`): the portal of the merged Tây Ninh alliance (Long An joined
it on 1 July 2025) built with the Framer site builder, written as a held-out test: no family module, no selectors.

Why it is hard: Framer publishes React server-rendered markup with no semantic class names at all: every element is a
`div.framer-<hash>` (hashed per layer and per breakpoint variant), text layers are
`div[data-framer-component-type=RichTextContainer]` holding `p.framer-text` / `h1.framer-text`, and layers carry the
designer's names only when the designer named them (`data-framer-name="Title"`, `"Content"`, `"Card"`, most layers are
unnamed). The header (title, date, author card) is rendered twice, once per breakpoint (`div.ssr-variant.hidden-…`,
the desktop and the phone layouts), and so are the navigation and the footer. The CMS page `/tin-tuc/<slug>` shows its
date as a plain unnamed text layer in Framer's Vietnamese locale ("14 thg 3, 2026", no time); the author is a text
layer in a card beside an avatar photo (a person, the office "Ban Biên tập", the account "Quản trị viên", or no card).
The lead is a bold "Summary" text layer above the Content rich text. A `script#__framer__handoverData` JSON blob
holds the CMS item again, with the date field as Framer stores it ("2026-03-14T00:00:00.000Z": midnight UTC, i.e.
07:00 in Vietnam, which is not a time the page shows) and the related items. After the text a "Tin khác" collection
list of cards repeats the date layer's markup. Links are relative Framer style (`./tin-tuc/x` from the root,
`../tin-tuc/x` from a CMS page). The listing `/tin-tuc` loads more with a "Xem thêm" link to `/tin-tuc?page=2`. Events
are another CMS collection whose page template has no date layer.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from .core import TODAY_2026, Article, SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf, weekday

SITE = "lmhtx-tayninh-moi"
NAME = "Liên minh Hợp tác xã tỉnh Tây Ninh"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
EVENTS = "/su-kien"
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
GALLERY = "/thu-vien-anh"
PDF_PATH = "/framerusercontent/assets/KH-12-LMHTX-hoi-cho-ocop-2026.pdf"

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Tây Ninh - Long An: chung sức phát triển kinh tế tập thể",
           "Hợp tác xã kiểu mới - động lực phát triển nông nghiệp, nông thôn"]
FOOTER = ["Trụ sở chính: Số 61 Nguyễn Huệ, phường Long An, tỉnh Tây Ninh",
          "Cơ sở 2: Số 12 Trần Hưng Đạo, phường Tân Ninh, tỉnh Tây Ninh",
          "Điện thoại: 0272.3826.147 · Email: lmhtx@tayninh.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Trần Văn Lợi - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 21/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Ninh cấp ngày 19/9/2025",
          "© 2025 Liên minh HTX tỉnh Tây Ninh. Mọi quyền được bảo lưu."]
LABELS = ["Tin khác", "Chia sẻ bài viết", "Đăng ký nhận bản tin", "Nhận tin mới về HTX và sản phẩm OCOP mỗi tuần",
          "Lượt truy cập: 1.204.377", "Đang trực tuyến: 23", "Made in Framer", "Quay lại tin tức", "phút đọc"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *LABELS]


def vn(d: datetime) -> str:
    return f"{d.day} thg {d.month}, {d.year}"


def dated(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=NEWS + "/hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-hai",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ hai, nhiệm kỳ 2025 - 2030",
          date=datetime(2026, 3, 14),
          lead="**Ngày 13/3, tại phường Long An, Liên minh HTX tỉnh Tây Ninh tổ chức Hội nghị Ban Chấp hành lần thứ hai, "
               "đánh giá kết quả quý I và triển khai nhiệm vụ trọng tâm năm 2026.**",
          body="""
Sau hợp nhất, toàn tỉnh có 1.012 HTX và 2 liên hiệp HTX với hơn 96.000 thành viên; riêng quý I/2026 thành lập mới 17 HTX, chủ yếu ở các xã khu vực Long An cũ.
[img hoi-nghi-bch.png] Quang cảnh hội nghị tại trụ sở Liên minh HTX tỉnh
## Nhiệm vụ trọng tâm quý II
* Hoàn thành hợp nhất cơ sở dữ liệu HTX của hai tỉnh trước ngày 30/6;
* Tổ chức Hội chợ sản phẩm HTX, OCOP tỉnh Tây Ninh năm 2026;
* Giải ngân 30 tỷ đồng vốn Quỹ hỗ trợ phát triển HTX cho các dự án sản xuất nông nghiệp.
Hội nghị đã bầu bổ sung hai Ủy viên Ban Chấp hành là đại diện HTX Nông nghiệp Thạnh Lợi và HTX Dịch vụ nông nghiệp Hòa Thành.
""",
          author="Nguyễn Thanh Tâm", **dated(datetime(2026, 3, 14)), opts={"card": ("Nguyễn Thanh Tâm", "Phóng viên")},
          notes=["date a plain unnamed text layer '14 thg 3, 2026' (no time): midnight, though the handover JSON has "
                 "'2026-03-14T00:00:00.000Z' (07:00 in Vietnam); author a text layer in the 'Card' beside an avatar: "
                 "'Nguyễn Thanh Tâm' (not text); the bold Summary layer is the lead: first line; the header (title, "
                 "date, card) is rendered twice as two ssr-variant breakpoints"]),
        A(path=NEWS + "/ke-hoach-to-chuc-hoi-cho-san-pham-htx-ocop-nam-2026",
          title="Kế hoạch tổ chức Hội chợ sản phẩm HTX, OCOP tỉnh Tây Ninh năm 2026",
          date=datetime(2026, 3, 10),
          body="""
LIÊN MINH HTX TỈNH TÂY NINH
Số: 12/KH-LMHTX
Tây Ninh, ngày 09 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức Hội chợ sản phẩm HTX, OCOP tỉnh Tây Ninh năm 2026
## I. Mục đích, yêu cầu
Quảng bá, kết nối tiêu thụ sản phẩm của HTX, tổ hợp tác và chủ thể OCOP trong tỉnh, nhất là sản phẩm của các HTX khu vực Long An cũ sau hợp nhất.
## II. Thời gian, địa điểm
Từ ngày 22 đến ngày 26/4/2026 tại Quảng trường Long An, phường Long An; quy mô 160 gian hàng.
## III. Tổ chức thực hiện
Các HTX đăng ký tham gia gửi phiếu về Văn phòng Liên minh HTX tỉnh trước ngày 31/3/2026; HTX được miễn phí gian hàng tiêu chuẩn.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Lê Thị Mỹ Hạnh
""",
          author=None, doc_number="12/KH-LMHTX", **dated(datetime(2026, 3, 10)),
          attachments=[{"path": PDF_PATH, "text": "Tải kế hoạch số 12/KH-LMHTX (PDF)"}],
          opts={"card": ("Văn phòng Liên minh HTX tỉnh", "Đơn vị đăng"), "pdf": True},
          notes=["official plan 'Số: 12/KH-LMHTX' in the Content rich text: place-date line 'Tây Ninh, ngày 09 tháng 3 "
                 "năm 2026' the day before the date layer '10 thg 3, 2026' (the publication); signer last; the card "
                 "names the office 'Văn phòng Liên minh HTX tỉnh': author null; the PDF behind a Framer button layer "
                 "after the text: an attachment, not text"]),
        A(path=NEWS + "/anh-mua-thu-hoach-thanh-long-chau-thanh",
          title="Ảnh: Mùa thu hoạch thanh long ở HTX Châu Thành",
          date=datetime(2026, 2, 24),
          lead="**Những ngày cuối tháng 2, thành viên HTX Thanh long Châu Thành tất bật thu hoạch thanh long ruột đỏ trái vụ "
               "để giao cho các doanh nghiệp xuất khẩu.**",
          body="""
[img thanh-long-1.png] Vườn thanh long thắp đèn xử lý ra hoa trái vụ của thành viên HTX
[img thanh-long-2.png] Thành viên HTX cắt trái thanh long đạt chuẩn xuất khẩu
[img thanh-long-3.png] Thanh long được phân loại, dán tem truy xuất nguồn gốc tại nhà sơ chế của HTX
[img thanh-long-4.png] Xe của doanh nghiệp nhận hàng tại HTX để đưa về kho lạnh
""",
          author="Hoàng Minh", **dated(datetime(2026, 2, 24)), opts={"card": ("Hoàng Minh", "Ảnh")},
          notes=["photo story: the bold Summary lead then four images in the Content rich text, each followed by a "
                 "centred italic caption paragraph (one line each); card 'Hoàng Minh'"]),
        A(path=EVENTS + "/ra-mat-htx-du-lich-cong-dong-nui-ba-den",
          title="Ra mắt HTX Du lịch cộng đồng dưới chân núi Bà Đen",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại phường Bình Minh, Liên minh HTX tỉnh phối hợp với UBND phường tổ chức lễ ra mắt HTX Du lịch cộng đồng Núi Bà.
HTX có 29 thành viên là các hộ làm vườn, làm bánh tráng phơi sương và dịch vụ lưu trú quanh chân núi Bà Đen, đón khách tham quan, trải nghiệm.
[img htx-nui-ba.png] Thành viên HTX giới thiệu bánh tráng phơi sương với du khách
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng thương hiệu, đào tạo kỹ năng phục vụ khách và kết nối với các công ty lữ hành.
""",
          byline="Bài, ảnh: Thu Thảo", author="Thu Thảo",
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          opts={"event": True},
          notes=["event page of the 'Sự kiện' CMS collection: its template has no date layer and its handover JSON no "
                 "date; 'Ngày 12/3' (no year) in the text and '12 thg 3, 2026' on the /su-kien list: midnight; byline "
                 "'Bài, ảnh: Thu Thảo' last in the Content: part of the text, the author"]),
        A(path=NEWS + "/tay-ninh-co-them-21-san-pham-ocop-cua-htx",
          title="Tây Ninh có thêm 21 sản phẩm OCOP của HTX",
          date=datetime(2026, 1, 5),
          body="""
UBND tỉnh vừa công nhận 21 sản phẩm OCOP năm 2025 của các HTX, trong đó 12 sản phẩm thuộc các xã khu vực Long An cũ.
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Muối tôm Tây Ninh | HTX Muối tôm Gò Dầu | 4 sao |
| 2 | Gạo thơm Đức Huệ | HTX Nông nghiệp Mỹ Quý | 4 sao |
| 3 | Bánh tráng phơi sương | HTX Trảng Bàng | 3 sao |
| 4 | Chanh không hạt sấy dẻo | HTX Nông nghiệp Bến Lức | 3 sao |
Liên minh HTX tỉnh sẽ hỗ trợ các chủ thể tham gia Hội chợ sản phẩm HTX, OCOP tỉnh năm 2026.
""",
          byline="Minh Khoa", author="Minh Khoa", **dated(datetime(2026, 1, 5)),
          opts={"card": ("Ban Biên tập", "Liên minh HTX tỉnh")},
          notes=["a table in the Content rich text (one line per row, cells between ' | '); the card names 'Ban Biên "
                 "tập' (the office); the closing byline 'Minh Khoa' (last paragraph, right-aligned): part of the text, "
                 "the author"]),
        A(path=NEWS + "/htx-nong-nghiep-thanh-loi-lien-ket-san-xuat-lua-chat-luong-cao",
          title="HTX Nông nghiệp Thạnh Lợi liên kết sản xuất lúa chất lượng cao",
          date=datetime(2025, 11, 20),
          lead="**HTX Nông nghiệp Thạnh Lợi (xã Thạnh Lợi) ký hợp đồng bao tiêu 1.200 ha lúa chất lượng cao vụ Đông Xuân "
               "2025 - 2026 với hai doanh nghiệp xuất khẩu gạo.**",
          body="""
Theo hợp đồng, doanh nghiệp cung ứng giống, phân bón trả chậm và thu mua lúa tươi tại ruộng với giá cao hơn thị trường 300 đồng/kg.
HTX tổ chức cho thành viên gieo sạ đồng loạt, giảm lượng giống và phân bón theo quy trình canh tác giảm phát thải.
[img lua-thanh-loi.png] Cán bộ HTX hướng dẫn thành viên ghi nhật ký đồng ruộng
Năm 2025, lợi nhuận bình quân của thành viên HTX tăng khoảng 15% so với sản xuất riêng lẻ.
""",
          author=None, **dated(datetime(2025, 11, 20)), opts={"reading": 3},
          notes=["no author card and no byline: author null; a '3 phút đọc' text layer beside the date layer"]),
        A(path=NEWS + "/lien-minh-htx-tinh-tay-ninh-moi-chinh-thuc-di-vao-hoat-dong",
          title="Liên minh HTX tỉnh Tây Ninh (mới) chính thức đi vào hoạt động",
          date=datetime(2025, 7, 2),
          lead="**Từ ngày 01/7/2025, Liên minh HTX tỉnh Tây Ninh được hợp nhất từ Liên minh HTX tỉnh Tây Ninh và "
               "Liên minh HTX tỉnh Long An chính thức đi vào hoạt động.**",
          body="""
Trụ sở chính của Liên minh đặt tại phường Long An; cơ sở 2 tại phường Tân Ninh tiếp tục tiếp nhận hồ sơ của các HTX khu vực Tây Ninh cũ.
Trước mắt, Liên minh tập trung ổn định tổ chức bộ máy, rà soát danh sách HTX thành viên và bảo đảm hoạt động cho vay của Quỹ hỗ trợ phát triển HTX không bị gián đoạn.
""",
          author="Nguyễn Thanh Tâm", **dated(datetime(2025, 7, 2)), opts={"card": ("Nguyễn Thanh Tâm", "Phóng viên")},
          notes=["oldest post-merger post: only on /tin-tuc?page=2 (the 'Xem thêm' link of the list)"]),
        A(path=NEWS + "/htx-thanh-long-chau-thanh-dat-chung-nhan-globalgap",
          title="HTX thanh long Châu Thành đạt chứng nhận GlobalGAP",
          date=datetime(2024, 9, 18),
          body="""
HTX Thanh long Châu Thành (huyện Châu Thành) vừa được cấp chứng nhận GlobalGAP cho 85 ha thanh long ruột đỏ của 42 hộ thành viên.
Nhờ chứng nhận này, HTX ký được hợp đồng xuất khẩu thanh long sang thị trường châu Âu với giá cao hơn bán cho thương lái khoảng 30%.
[img globalgap.png] Thành viên HTX chăm sóc vườn thanh long đạt chuẩn GlobalGAP
Nguồn: Báo Long An
""",
          author=None, **dated(datetime(2024, 9, 18)), opts={"card": ("Quản trị viên", "Tài khoản")},
          notes=["a 2024 post migrated from the former Long An portal (date layer '18 thg 9, 2024'); 'Nguồn: Báo Long "
                 "An' last: part of the text, a source; the card names the account 'Quản trị viên': author null; only "
                 "on /tin-tuc?page=2"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def hid(key: str, n: int = 7) -> str:
    digest = int(hashlib.md5(key.encode()).hexdigest(), 16)
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while len(out) < n:
        digest, r = divmod(digest, 36)
        out += chars[r]
    return out


def fx(key: str) -> str:
    return f"framer-{hid(key)}"


def img(src: str) -> str:
    return f"/framerusercontent/images/{src}"


def rtc(inner: str, key: str, name: str | None = None, style: str = "") -> str:
    """A Framer text layer: a RichTextContainer div holding framer-text elements."""
    nm = f' data-framer-name="{name}"' if name else ""
    return (f'<div class="{fx(key)}"{nm} data-framer-component-type="RichTextContainer" '
            f'style="outline:none;display:flex;flex-direction:column;justify-content:flex-start;flex-shrink:0;'
            f'transform:none{style}">{inner}</div>')


def txt(text: str, tag: str = "p", style: str = "") -> str:
    st = f' style="{style}"' if style else ""
    return f'<{tag} class="framer-text"{st}>{text}</{tag}>'


def box(inner: str, key: str, name: str | None = None) -> str:
    nm = f' data-framer-name="{name}"' if name else ""
    return f'<div class="{fx(key)}"{nm}>{inner}</div>'


def variants(make) -> str:
    """Framer SSR renders a layer once per breakpoint when its variants differ: desktop, phone."""
    return (f'<div class="ssr-variant hidden-1p2v1nl">{make("d")}</div>'
            f'<div class="ssr-variant hidden-72rtr7 hidden-1k6f2x1">{make("m")}</div>')


def rel(depth: int, path: str) -> str:
    """Framer's relative links: './x' from a top-level page, '../x' from a CMS page."""
    return ("./" if depth == 0 else "../" * depth) + path.lstrip("/")


def content_html(a: Article) -> str:
    out: list[str] = []
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            head, *rest = rows
            out.append('<table class="framer-text"><thead><tr>' + " ".join(f'<th class="framer-text">{esc(c)}</th>'
                                                                           for c in head) + "</tr></thead> <tbody>"
                       + "".join("<tr>" + " ".join(f'<td class="framer-text">{esc(c)}</td>' for c in r) + "</tr>"
                                 for r in rest) + "</tbody></table>")
            rows.clear()

    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            rows.append([c.strip() for c in b.text.strip("|").split("|")])
            continue
        flush()
        if b.kind == "p":
            out.append(txt(inline_html(b.text).replace("<strong>", '<strong class="framer-text">')))
        elif b.kind == "h":
            out.append(txt(inline_html(b.text), "h2"))
        elif b.kind == "ul":
            out.append('<ul class="framer-text">' + "".join(
                f'<li class="framer-text" data-preset-tag="p">{txt(inline_html(i))}</li>' for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<img alt="{attr(b.text)}" class="framer-image framer-text" data-framer-asset="{b.src}" '
                       f'src="{img(b.src)}" width="1200" height="800" style="aspect-ratio:1200 / 800">')
            if b.text:
                out.append(txt(f'<em class="framer-text">{esc(b.text)}</em>', style="--framer-text-alignment:center"))
    flush()
    if a.byline:
        out.append(txt(f'<strong class="framer-text">{esc(a.byline)}</strong>', style="--framer-text-alignment:right"))
    return "".join(out)


def nav(depth: int) -> str:
    items = [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (EVENTS, "Sự kiện"),
             (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")]

    def make(v: str) -> str:
        links = "".join(f'<a class="{fx("nav" + h + v)} framer-1kq2l0" data-framer-name="Link" '
                        f'href="{rel(depth, h) if h != "/" else ("./" if depth == 0 else "../" * depth)}">'
                        + rtc(txt(t), "navt" + h + v) + "</a>" for h, t in items)
        top = box(rtc(txt(TODAY), "today" + v) + rtc(txt(esc(SLOGANS[0])), "slogan" + v), "topbar" + v, "Top bar")
        logo = (f'<a class="{fx("logo" + v)}" data-framer-name="Logo" href="{"./" if depth == 0 else "../" * depth}">'
                f'<div class="{fx("logoimg" + v)}"><img src="{img("logo-lmhtx-tayninh.png")}" alt="" '
                f'decoding="async"></div>' + rtc(txt(f"<strong class=\"framer-text\">{NAME.upper()}</strong>"),
                                                 "logot" + v) + "</a>")
        return box(top + box(logo + box(links, "links" + v), "navrow" + v), "nav" + v, "Navigation")
    return f'<nav class="{fx("navwrap")}">{variants(make)}</nav>'


def footer(depth: int) -> str:
    def make(v: str) -> str:
        left = rtc("".join(txt(esc(x)) for x in [NAME, *FOOTER[:3]]), "f1" + v)
        right = rtc("".join(txt(esc(x)) for x in FOOTER[3:5]), "f2" + v)
        sub = box(rtc(txt(f'<strong class="framer-text">{LABELS[2]}</strong>') + txt(LABELS[3]), "sub" + v)
                  + f'<form class="{fx("form" + v)}" action="javascript:void(0)"><input type="email" name="email" '
                    f'placeholder="Email"><button type="submit">Đăng ký</button></form>', "subbox" + v, "Newsletter")
        counter = rtc(txt(LABELS[4]) + txt(LABELS[5]), "cnt" + v)
        return box(box(left + right + sub, "frow" + v) + counter + rtc(txt(esc(FOOTER[5])), "copy" + v)
                   + rtc(txt(esc(SLOGANS[1])), "slogan2" + v), "footer" + v, "Footer")
    return (f'<footer class="{fx("footwrap")}">{variants(make)}</footer>'
            f'<div id="__framer-badge-container"><a class="__framer-badge" href="{{{{base:offsite}}}}/" '
            f'target="_blank">{LABELS[6]}</a></div>')


def layout(title: str, content: str, *, depth: int, route: str, canonical: str, desc: str = "",
           handover: dict | None = None, head: str = "") -> str:
    data = json.dumps(handover or {}, ensure_ascii=False).replace("</", "<\\/")
    hydrate = attr(json.dumps({"routeId": route, "localeId": "default", "breakpoints": [
        {"hash": "72rtr7", "mediaQuery": "(min-width: 1200px)"},
        {"hash": "1k6f2x1", "mediaQuery": "(max-width: 809px)"}]}))
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<meta name="generator" content="Framer 8c3e2a1">
<title>{esc(title)}</title>
<meta name="description" content="{attr(desc or NAME)}">
<meta name="framer-search-index" content="/framerusercontent/sites/4TnQ0x/searchIndex-7b1d.json">
<link rel="icon" href="/framerusercontent/images/favicon.png">
<meta property="og:type" content="website">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(desc or NAME)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{{{{base}}}}{canonical}">{head}
<style data-framer-css-ssr-minified="" data-framer-components="framer-lib-cursors-host framer-{hid(route)}">
html,body,#main{{margin:0;padding:0;box-sizing:border-box}}.framer-text{{font-family:"Be Vietnam Pro",sans-serif}}
@media (min-width: 1200px){{.hidden-72rtr7{{display:none!important}}}}
@media (max-width: 809px){{.hidden-1k6f2x1,.hidden-1p2v1nl{{display:none!important}}}}
</style>
</head>
<body>
<script>try{{if(localStorage.get("__framer_force_showing_editorbar_since")){{const n=document.createElement("link");n.rel="modulepreload";document.head.appendChild(n)}}}}catch(e){{}}</script>
<div id="main" data-framer-hydrate-v2="{hydrate}" data-framer-ssr-released-at="2026-03-02T09:11:48.120Z" data-framer-page-optimized-at="2026-03-14T08:02:10.553Z" data-framer-generated-page="">
<div class="framer-{hid(route)} framer-72rtr7" style="min-height:100vh;width:auto">
{nav(depth)}
<main class="{fx("main" + route)}" data-framer-name="Main">
{content}
</main>
{footer(depth)}
</div>
<div id="template-overlay"></div>
</div>
<script type="framer/handover" id="__framer__handoverData">{data}</script>
<script type="module" async src="/framerusercontent/sites/4TnQ0x/script_main.Bq2Lm3.mjs"></script>
</body>
</html>
"""


def card(a: Article, depth: int, key: str) -> str:
    first = a.first_image()
    return (f'<a class="{fx("card" + key)} framer-v-1x9k3p" data-framer-name="News card" href="{rel(depth, a.path)}">'
            + (f'<div class="{fx("cardimg" + key)}"><img src="{img(first)}" alt="" decoding="async"></div>'
               if first else "")
            + rtc(txt(f'<strong class="framer-text">{esc(a.title)}</strong>', "h3"), "ct" + key)
            + rtc(txt(vn(a.date)), "cd" + key)
            + rtc(txt(esc(" ".join(inline_text(a.summary()).split()[:24])) + "…"), "cx" + key) + "</a>")


def handover_of(a: Article, others: list[Article]) -> dict:
    def item(x: Article, full: bool) -> dict:
        d = {"id": hid("id" + x.path, 9), "Title": x.title, "Slug": x.path.rsplit("/", 1)[1]}
        if not x.opts.get("event"):
            d["Date"] = (x.date - timedelta(hours=0)).strftime("%Y-%m-%dT00:00:00.000Z")
        if full:
            d["Summary"] = inline_text(x.lead) if x.lead else ""
            d["Content"] = content_html(x)
            if x.opts.get("card"):
                d["Author"] = x.opts["card"][0]
        return d
    return {"1": {"collection": "tin-tuc" if not a.opts.get("event") else "su-kien", "item": item(a, True)},
            "2": {"related": [item(o, False) for o in others]}}


def article_page(a: Article, others: list[Article]) -> str:
    depth = 1

    def header(v: str) -> str:
        meta = [rtc(txt(vn(a.date)), "date" + a.path + v)] if not a.opts.get("event") else []
        if a.opts.get("reading"):
            meta.append(rtc(txt(f'{a.opts["reading"]} {LABELS[8]}'), "read" + a.path + v))
        cardbox = ""
        if a.opts.get("card"):
            who, role = a.opts["card"]
            cardbox = box(f'<div class="{fx("avatar" + a.path + v)}" data-framer-name="Avatar"><img src="'
                          f'{img("avatar-" + hid(who, 5) + ".png")}" alt="" decoding="async"></div>'
                          + box(rtc(txt(esc(who)), "who" + a.path + v) + rtc(txt(esc(role)), "role" + a.path + v),
                                "whobox" + a.path + v), "card" + a.path + v, "Card")
        title = rtc(txt(esc(a.title), "h1"), "title" + a.path + v, "Title")
        parts = [title, box("".join(meta), "meta" + a.path + v), cardbox] if v == "d" else \
            [box("".join(meta), "meta" + a.path + v), title, cardbox]
        return box("".join(parts), "head" + a.path + v, "Header")

    body = ""
    if a.lead:
        body += rtc(txt(inline_html(a.lead).replace("<strong>", '<strong class="framer-text">')), "lead" + a.path,
                    "Summary")
    body += rtc(content_html(a), "content" + a.path, "Content", ";--framer-paragraph-spacing:16px")
    if a.opts.get("pdf"):
        x = a.attachments[0]
        body += (f'<a class="{fx("btn" + a.path)} framer-v-9sd2k1" data-framer-name="Button" href="{x["path"]}" '
                 f'target="_blank" rel="noopener">' + rtc(txt(esc(x["text"])), "btnt" + a.path) + "</a>")
    back = NEWS if not a.opts.get("event") else EVENTS
    share = box(rtc(txt(LABELS[1]), "share" + a.path) + f'<a class="{fx("fb" + a.path)}" href="javascript:void(0)" '
                f'aria-label="Facebook"></a><a class="{fx("zl" + a.path)}" href="javascript:void(0)" aria-label="Zalo"></a>',
                "sharebox" + a.path)
    more = box(rtc(txt(LABELS[0], "h2"), "more" + a.path)
               + box("".join(card(o, depth, a.path + o.path) for o in others), "morelist" + a.path, "Collection List"),
               "moresec" + a.path, "Related")
    content = (f'<section class="{fx("hero" + a.path)}" data-framer-name="Hero">{variants(header)}</section>'
               f'<section class="{fx("body" + a.path)}" data-framer-name="Body">{body}{share}'
               f'<a class="{fx("back" + a.path)}" href="{rel(depth, back)}">' + rtc(txt(f"← {LABELS[7]}"), "backt" + a.path)
               + f'</a></section>{more}')
    return layout(f"{a.title} | Liên minh HTX tỉnh Tây Ninh", content, depth=depth, route=hid("r" + a.path, 5),
                  canonical=a.path, desc=inline_text(a.summary()), handover=handover_of(a, others))


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tay-ninh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    posts = [a for a in arts if not a.opts.get("event")]
    events = [a for a in arts if a.opts.get("event")]

    for a in arts:
        pool = posts if not a.opts.get("event") else posts
        others = [o for o in pool if o is not a][:3]
        site.page(a.path, article_page(a, others), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 12/KH-LMHTX", ["KE HOACH TO CHUC HOI CHO SAN PHAM HTX, OCOP 2026",
                                                         "Lien minh HTX tinh Tay Ninh"]))
    site.trap("every text is a Framer RichTextContainer layer (p.framer-text) in hashed div.framer-<hash> boxes, the "
              "nav, the page header and the footer rendered twice (ssr-variant per breakpoint); after the text a "
              "'Tin khác' collection list whose cards repeat the date layer's markup ('14 thg 3, 2026'); a "
              "script#__framer__handoverData JSON with the CMS item (Date '…T00:00:00.000Z', Content HTML)", posts[0].path)

    per = 5
    chunks = [posts[i:i + per] for i in range(0, len(posts), per)]
    for n, chunk in enumerate(chunks, 1):
        url = NEWS if n == 1 else f"{NEWS}?page={n}"
        shown = [a for c in chunks[:n] for a in c]  # Framer's load-more page shows the first items again
        more = (f'<a class="{fx("loadmore" + str(n))}" data-framer-name="Load More" href="./tin-tuc?page={n + 1}">'
                + rtc(txt("Xem thêm"), "lm" + str(n)) + "</a>") if n < len(chunks) else ""
        content = (f'<section class="{fx("lhead")}" data-framer-name="Page Title">' + rtc(txt("Tin tức", "h1"), "lh")
                   + "</section>" + box("".join(card(a, 0, f"l{n}" + a.path) for a in shown), f"list{n}",
                                        "Collection List") + more)
        site.page(url, layout("Tin tức | Liên minh HTX tỉnh Tây Ninh", content, depth=0, route="tintuc",
                              canonical=url), content_type=HTML)
        site.non_articles.append(url)
    site.trap("listing /tin-tuc: a collection list of cards (image, title, '14 thg 3, 2026', excerpt) with a 'Xem thêm' "
              "load-more link to /tin-tuc?page=2, which shows the first five again plus the two oldest: listings",
              NEWS + "?page=2")

    ev = "".join(card(a, 0, "ev" + a.path) for a in events)
    site.page(EVENTS, layout("Sự kiện | Liên minh HTX tỉnh Tây Ninh",
                             rtc(txt("Sự kiện", "h1"), "evh") + box(ev, "evlist", "Collection List"),
                             depth=0, route="sukien", canonical=EVENTS), content_type=HTML)

    home = (f'<section class="{fx("homehero")}" data-framer-name="Hero">'
            + rtc(txt(f"<strong class=\"framer-text\">{NAME}</strong>", "h1") + txt("Cổng thông tin điện tử"), "hh")
            + "</section>"
            + f'<section class="{fx("homenews")}" data-framer-name="News">' + rtc(txt("Tin mới", "h2"), "hn")
            + box("".join(card(a, 0, "h" + a.path) for a in posts[:4]), "hlist", "Collection List")
            + f'<a class="{fx("hall")}" href="./tin-tuc">' + rtc(txt("Xem tất cả tin"), "hall") + "</a></section>"
            + f'<section class="{fx("homeev")}" data-framer-name="Events">' + rtc(txt("Sự kiện", "h2"), "he")
            + box(ev, "helist", "Collection List") + "</section>"
            + f'<section class="{fx("homestats")}" data-framer-name="Stats">'
            + "".join(rtc(txt(f"<strong class=\"framer-text\">{n}</strong>") + txt(t), "st" + t)
                      for n, t in [("1.012", "Hợp tác xã"), ("96.000+", "Thành viên"), ("148", "Sản phẩm OCOP")])
            + "</section>")
    site.page("/", layout(NAME, home, depth=0, route="home", canonical="/"), content_type=HTML)

    about = ["Liên minh Hợp tác xã tỉnh Tây Ninh được hợp nhất từ Liên minh Hợp tác xã tỉnh Tây Ninh và Liên minh "
             "Hợp tác xã tỉnh Long An theo chủ trương sắp xếp đơn vị hành chính, hoạt động từ ngày 01 tháng 7 năm 2025.",
             "Liên minh là tổ chức đại diện, bảo vệ quyền và lợi ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã "
             "và tổ hợp tác; tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, đào tạo, hỗ trợ tiếp cận vốn, "
             "thị trường và chuyển đổi số cho thành viên.",
             "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Phong trào, Ban Hỗ trợ phát triển và Quỹ "
             "hỗ trợ phát triển hợp tác xã tỉnh, làm việc tại trụ sở chính ở phường Long An và cơ sở 2 ở phường Tân Ninh."]
    site.page(ABOUT, layout("Giới thiệu | Liên minh HTX tỉnh Tây Ninh",
                            rtc(txt("Giới thiệu", "h1"), "abh", "Title")
                            + rtc("".join(txt(esc(p)) for p in about), "abc", "Content"),
                            depth=0, route="gioithieu", canonical=ABOUT), content_type=HTML)
    site.trap("the introduction /gioi-thieu uses the same 'Title' and 'Content' RichTextContainer layers as a CMS page "
              "(three long paragraphs, no date, no card): not an article; nor the contact form /lien-he, the gallery "
              "/thu-vien-anh (images with captions), /su-kien (a collection list) and the home", ABOUT)
    site.page(CONTACT, layout("Liên hệ | Liên minh HTX tỉnh Tây Ninh",
                              rtc(txt("Liên hệ", "h1"), "cth") + rtc(txt(esc(FOOTER[0])) + txt(esc(FOOTER[2])), "ctc")
                              + f'<form class="{fx("ctform")}" action="javascript:void(0)"><input name="Họ tên">'
                                f'<input name="Email"><textarea name="Nội dung"></textarea><button type="submit">Gửi'
                                f'</button></form>', depth=0, route="lienhe", canonical=CONTACT), content_type=HTML)
    gal = "".join(f'<div class="{fx("g" + b.src)}"><img src="{img(b.src)}" alt="" decoding="async">'
                  + rtc(txt(esc(b.text)), "gt" + b.src) + "</div>"
                  for a in arts for b in a.blocks if b.kind == "img" and b.text)
    site.page(GALLERY, layout("Thư viện ảnh | Liên minh HTX tỉnh Tây Ninh", rtc(txt("Thư viện ảnh", "h1"), "gh")
                              + box(gal, "gal", "Gallery"), depth=0, route="thuvien", canonical=GALLERY),
              content_type=HTML)
    site.non_articles += ["/", EVENTS, ABOUT, CONTACT, GALLERY]
    site.binary("/framerusercontent/images/favicon.png", image_for("favicon.png"))
    site.static("/framerusercontent/sites/4TnQ0x/script_main.Bq2Lm3.mjs", "/* framer runtime */\n")
    site.static("/robots.txt", "User-agent: *\nAllow: /\nSitemap: {{base}}/sitemap.xml\n")
    urls = ["/", NEWS, EVENTS, ABOUT, CONTACT, GALLERY] + [a.path for a in arts]
    site.static("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                + "".join(f"<url><loc>{{{{base}}}}{u}</loc></url>\n" for u in urls) + "</urlset>\n")
    return site
