"""Site `giaidap-htxbentre` (registry family `generic`): "Giải đáp HTX - Liên minh HTX tỉnh Bến Tre", the alliance's
support portal on **Freshdesk** (the classic customer portal, portal language Vietnamese, helpdesk time zone
"(GMT+07:00) Hanoi") whose **knowledge base** ("Giải pháp") carries notices, guides and news for cooperatives. The copy
is of 20 November 2024. Written as a held-out test: no family module, no selectors.

What is an article here: a solution article `/support/solutions/articles/<id>-<slug>` (the slug is Rails'
`parameterize` of the title: Vietnamese letters transliterated, "đ" -> "d"); the bare `/support/solutions/articles/<id>`
answers 301 to it (an alias).

URL shapes: `/` answers 302 to `/support/home` (the search box and the knowledge base: each category's folders with
their five newest articles and "Xem tất cả N"); `/support/solutions` (the same tree); categories
`/support/solutions/<category id>`; folders `/support/solutions/folders/<folder id>` (every article of the folder,
"Bài viết trong thư mục này", the item count: the oldest news is only there); attachments
`/helpdesk/attachments/<id>` (the files under an article and its inline images). Portal chrome: the banner with the
portal's name in `<h1>` (the only h1 on every page), "Đăng nhập", the tabs "Trang chủ" / "Giải pháp", the search
("Chúng tôi có thể giúp gì cho bạn?", "Nhập từ khóa để tìm kiếm"), "Gửi yêu cầu", the footer "Phần mềm Help Desk bởi
Freshdesk". robots.txt disallows the login, the tickets and the search. No sitemap, no feed.

Why it is hard: the title is `h2.heading` (with the print link "In" inside it); the page's `<h1>` is the portal's name
and `<title>` is "<title> : Giải đáp HTX - …". The only date is the line under the title "Sửa đổi lần cuối vào: Thứ Hai,
4 Tháng 11, 2024 lúc 9:20 SA": Freshdesk's modified time (these articles were never edited after publishing, but no
reader can tell: the truth has no publication date, but a notice's document date in its text), day of the
week, the month as "Tháng 11", a 12-hour clock with "SA"/"CH" (Vietnamese AM/PM): "12:40 SA" is 00:40, "12:15 CH" is
12:15, "3:05 CH" is 15:05. Under the body: "Câu trả lời này có hữu ích không? Có Không", a hidden feedback form
("Rất tiếc chúng tôi không thể giúp gì được…"), and beside it "Bài viết liên quan". No author on the page: the
author is the closing byline. og tags carry no date, there is no JSON-LD.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf, weekday
from .richbody import RichArticle

SITE = "giaidap-htxbentre"
PORTAL = "Giải đáp HTX - Liên minh HTX tỉnh Bến Tre"
CATS = {"tb": (73000098211, "Thông báo - Văn bản"), "tin": (73000098230, "Tin hoạt động HTX")}
FOLDERS = {"thongbao": (73000154401, "Thông báo", "tb", "Thông báo của Liên minh HTX tỉnh gửi các HTX"),
           "huongdan": (73000154402, "Hướng dẫn thủ tục", "tb", "Hướng dẫn hồ sơ, thủ tục cho HTX"),
           "tintuc": (73000154420, "Tin tức", "tin", "Tin hoạt động của các HTX trong tỉnh")}
FEEDBACK = "Rất tiếc chúng tôi không thể giúp gì được. Hãy giúp chúng tôi cải thiện bài viết này bằng phản hồi của bạn."
CHROME = [PORTAL, "Đăng nhập", "Trang chủ", "Giải pháp", "Chúng tôi có thể giúp gì cho bạn?", "Nhập từ khóa để tìm kiếm",
          "Gửi yêu cầu", "Câu trả lời này có hữu ích không?", FEEDBACK, "Bài viết liên quan", "Phần mềm Help Desk",
          "Sửa đổi lần cuối vào:", "Cơ sở kiến thức"]


def parameterize(title: str) -> str:
    s = title.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def fd_time(d: datetime) -> str:
    h = d.hour % 12 or 12
    ampm = "SA" if d.hour < 12 else "CH"
    return f"{weekday(d)}, {d.day} Tháng {d.month}, {d.year} lúc {h}:{d:%M} {ampm}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        # the page shows only Freshdesk's modified time: a change's, which no reader can tell from the
        # publication (the project's rule: a line labelled as a change never dates the publication)
        return dict(date=d, published=None, published_source=None, evidence=[])

    return [
        A(path="", title="Thông báo số 15/TB-LMHTX về việc tham gia Hội chợ Dừa Bến Tre năm 2024",
          body="""
LIÊN MINH HTX TỈNH BẾN TRE
Số: 15/TB-LMHTX
Bến Tre, ngày 04 tháng 11 năm 2024
THÔNG BÁO
Về việc tham gia Hội chợ Dừa Bến Tre năm 2024
Nhằm hỗ trợ các HTX quảng bá, tiêu thụ sản phẩm, Liên minh HTX tỉnh thông báo tổ chức khu gian hàng HTX tại Hội chợ Dừa Bến Tre năm 2024, diễn ra từ ngày 05/12 đến ngày 11/12/2024 tại Quảng trường Đồng Khởi, thành phố Bến Tre.
Liên minh HTX tỉnh hỗ trợ 100% chi phí thuê gian hàng cho 20 HTX đăng ký sớm nhất; hồ sơ đăng ký gửi về Văn phòng trước ngày 25/11/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Đức
""", author=None, doc_number="15/TB-LMHTX",
          attachments=[{"path": "/helpdesk/attachments/73012840155", "text": "Mau-dang-ky-gian-hang-HTX-2024.pdf"}],
          opts={"id": 73000612845, "folder": "thongbao"},
          notes=["a notice 'Số: 15/TB-LMHTX' dated 04/11/2024 in its text (its document date: published 2024-11-04, no "
                 "time), 'Sửa đổi lần cuối vào: Thứ Hai, 4 Tháng 11, 2024 lúc 9:20 SA' a change's; the attachment list under the body (file-type badge 'pdf', '( 96 KB )'): "
                 "an attachment, not text; the signer is text, no author"],
          **{**at(datetime(2024, 11, 4, 9, 20)), "published": "2024-11-04T00:00:00+07:00", "published_source": "document",
             "evidence": ["document"]}),
        A(path="", title="HTX Hoa kiểng Cái Mơn chuẩn bị nguồn hàng phục vụ Tết",
          body="""
Những ngày này, các thành viên HTX Hoa kiểng Cái Mơn (huyện Chợ Lách) đang tất bật chăm sóc hơn 150.000 chậu hoa, cây kiểng phục vụ thị trường Tết Ất Tỵ 2025.
Năm nay HTX đưa vào thị trường nhiều giống hoa mới như cúc mâm xôi mini, dạ yến thảo rủ và mai vàng ghép.
HTX đã ký hợp đồng cung ứng cho các vựa hoa tại Thành phố Hồ Chí Minh và các tỉnh miền Đông Nam Bộ.
""", byline="Lê Minh Tâm", author="Lê Minh Tâm",
          opts={"id": 73000612901, "folder": "tintuc"},
          notes=["the newest news; '… lúc 8:35 SA'; byline -> author"],
          **at(datetime(2024, 11, 12, 8, 35))),
        A(path="", title="HTX Dừa Thạnh Phú xuất khẩu lô thạch dừa đầu tiên sang Nhật Bản",
          body="""
HTX Nông nghiệp Dừa Thạnh Phú (huyện Thạnh Phú) vừa xuất khẩu lô hàng 20 tấn thạch dừa đầu tiên sang thị trường Nhật Bản.
[img thach-dua-thanh-phu-1.png] Công nhân HTX đóng gói thạch dừa xuất khẩu
[img thach-dua-thanh-phu-2.png] Vườn dừa hữu cơ của các thành viên HTX
HTX hiện có 215 thành viên với 420 ha dừa được chứng nhận hữu cơ theo tiêu chuẩn châu Âu và Nhật Bản.
""", byline="Bài, ảnh: Lê Minh Tâm", author="Lê Minh Tâm",
          opts={"id": 73000612790, "folder": "tintuc"},
          notes=["'… lúc 12:40 SA' is 00:40 (published just after midnight, 2024-11-01 00:40); photo story: the captions "
                 "are centred italic paragraphs under the inline images; 'Bài, ảnh: Lê Minh Tâm' -> author"],
          **at(datetime(2024, 11, 1, 0, 40))),
        A(path="", title="Hướng dẫn hồ sơ đề nghị hỗ trợ xây dựng kho lạnh cho HTX",
          body="""
Theo Kế hoạch hỗ trợ phát triển kinh tế tập thể năm 2024, các HTX nông nghiệp được hỗ trợ tối đa 50% chi phí xây dựng kho lạnh bảo quản nông sản.
## Hồ sơ đề nghị hỗ trợ
+ Đơn đề nghị hỗ trợ theo mẫu;
+ Phương án đầu tư kho lạnh, dự toán kinh phí;
+ Biên bản họp thành viên thống nhất đầu tư.
## Nơi nộp hồ sơ
Hồ sơ nộp tại Phòng Tư vấn - Hỗ trợ, Liên minh HTX tỉnh, số 126 Nguyễn Thị Định, phường Phú Tân, thành phố Bến Tre.
""", author=None,
          opts={"id": 73000612701, "folder": "huongdan"},
          notes=["two <h3> headings and an ordered list; no byline: author null; '… lúc 12:15 CH' is 12:15"],
          **at(datetime(2024, 10, 24, 12, 15))),
        A(path="", title="HTX Bưởi da xanh Mỏ Cày Bắc ký kết bao tiêu sản phẩm",
          body="""
HTX Nông nghiệp Bưởi da xanh Mỏ Cày Bắc vừa ký kết hợp đồng bao tiêu 600 tấn bưởi da xanh mỗi năm với một doanh nghiệp xuất khẩu.
| Loại bưởi | Trọng lượng trái | Giá thu mua (đồng/kg) |
| Loại 1 | từ 1,2 kg | 32.000 |
| Loại 2 | 0,9 - 1,2 kg | 25.000 |
| Loại 3 | dưới 0,9 kg | 18.000 |
Hợp đồng giúp thành viên HTX yên tâm sản xuất theo tiêu chuẩn VietGAP.
""", byline="Theo Báo Đồng Khởi", author=None,
          opts={"id": 73000612655, "folder": "tintuc"},
          notes=["a data table (one line per row); 'Theo Báo Đồng Khởi': a reprint, no author; '… lúc 3:05 CH' = 15:05"],
          **at(datetime(2024, 10, 17, 15, 5))),
        A(path="", title="Liên minh HTX tỉnh tập huấn kỹ năng bán hàng trực tuyến cho HTX",
          body="""
Ngày 9/10, Liên minh HTX tỉnh tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến cho 60 cán bộ, thành viên HTX.
Học viên được hướng dẫn xây dựng gian hàng trên sàn thương mại điện tử, chụp ảnh sản phẩm và livestream bán hàng.
* Tạo gian hàng trên các sàn thương mại điện tử;
* Chụp ảnh, viết mô tả sản phẩm;
* Livestream giới thiệu sản phẩm OCOP.
""", byline="Trần Thị Kim Ngân", author="Trần Thị Kim Ngân",
          opts={"id": 73000612540, "folder": "tintuc"},
          notes=["a three-item list; the bare name 'Trần Thị Kim Ngân' closes it -> author"],
          **at(datetime(2024, 10, 9, 16, 30))),
        A(path="", title="Thông báo số 12/TB-LMHTX về lịch tiếp nhận hồ sơ vay vốn quý IV/2024",
          body="""
Số: 12/TB-LMHTX
Quỹ hỗ trợ phát triển HTX tỉnh Bến Tre tiếp nhận hồ sơ vay vốn quý IV/2024 từ ngày 01/10 đến ngày 31/10/2024.
Hồ sơ nộp trực tiếp tại Văn phòng Quỹ hoặc gửi qua đường bưu điện.
GIÁM ĐỐC QUỸ
Phạm Thanh Hải
""", author=None, doc_number="12/TB-LMHTX",
          opts={"id": 73000612488, "folder": "thongbao"},
          notes=["'Số: 12/TB-LMHTX' heads the body; the signer is text; '… lúc 8:00 SA'"],
          **at(datetime(2024, 9, 27, 8, 0))),
        A(path="", title="HTX Cá tra Phú Thuận đạt chứng nhận ASC",
          body="""
HTX Thủy sản Phú Thuận (huyện Bình Đại) vừa được cấp chứng nhận nuôi trồng thủy sản có trách nhiệm ASC cho 35 ha ao nuôi cá tra.
Chứng nhận giúp sản phẩm cá tra của HTX đủ điều kiện cung ứng cho các nhà máy chế biến xuất khẩu sang châu Âu.
""", byline="Huỳnh Văn Phúc", author="Huỳnh Văn Phúc",
          opts={"id": 73000612411, "folder": "tintuc"},
          **at(datetime(2024, 9, 12, 10, 45))),
        A(path="", title="HTX Chăn nuôi bò Ba Tri mở rộng quy mô đàn",
          body="""
HTX Chăn nuôi bò Ba Tri hiện có 86 thành viên với tổng đàn 1.200 con bò thịt, tăng 300 con so với năm 2023.
HTX liên kết với doanh nghiệp cung ứng thức ăn và bao tiêu bò thịt, giúp thành viên giảm rủi ro về giá.
""", byline="Huỳnh Văn Phúc", author="Huỳnh Văn Phúc",
          opts={"id": 73000612330, "folder": "tintuc"},
          notes=["the folder 'Tin tức' has 6 articles but home and category pages show its five newest ('Xem tất cả "
                 "6'); this, the oldest, is only on the folder page /support/solutions/folders/73000154420"],
          **at(datetime(2024, 8, 22, 14, 10))),
    ]


def body_html(a: RichArticle, img_ids: dict[str, int]) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p dir="ltr">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f'<h3 dir="ltr">{inline_html(b.text)}</h3>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f'<li dir="ltr">{inline_html(i)}</li>' for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p dir="ltr"><img src="/helpdesk/attachments/{img_ids[b.src]}" class="fr-fic fr-dib" '
                       f'data-attachment="[object Object]" data-id="{img_ids[b.src]}" style="width: 100%;"></p>')
            if b.text:
                out.append(f'<p dir="ltr" style="text-align: center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            rows = "".join("<tr>" + "\n".join(f'<td style="width: 33.3%;">{inline_html(c)}</td>' for c in r) + "</tr>"
                           for r in b.rows)
            out.append(f'<table style="width: 100%;"><tbody>{rows}</tbody></table>')
    if a.byline:
        out.append(f'<p dir="ltr" style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ben-tre", PORTAL, "generic", None, start_urls=["{{base:%s}}/support/home" % SITE])
    site.extra_boilerplate += CHROME
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/support/solutions/articles/{a.opts['id']}-{parameterize(a.title)}"
    by_folder: dict[str, list[RichArticle]] = {}
    for a in arts:
        by_folder.setdefault(a.opts["folder"], []).append(a)
    img_ids: dict[str, int] = {}
    n = 73012840200
    for a in arts:
        for b in a.blocks:
            if b.kind == "img":
                n += 17
                img_ids[b.src] = n
                site.binary(f"/helpdesk/attachments/{n}", image_for(b.src))

    def layout(title: str, canonical: str, desc: str, main: str, tab: str = "solutions") -> str:
        return f"""<!DOCTYPE html>
<html lang="vi" data-date-format="non_us">
<head>
<meta charset="utf-8" />
<title>{esc(title)} : {esc(PORTAL)}</title>
<meta name="description" content="{attr(desc)}" />
<meta name="author" content="" />
<meta property="og:title" content="{attr(title)}" />
<meta property="og:url" content="{{{{base}}}}{canonical}" />
<meta property="og:description" content="{attr(desc)}" />
<meta property="og:image" content="{{{{base}}}}/helpdesk/attachments/73012800001" />
<meta property="og:site_name" content="{attr(PORTAL)}" />
<meta property="og:type" content="article" />
<meta name="twitter:title" content="{attr(title)}" />
<meta name="twitter:url" content="{{{{base}}}}{canonical}" />
<meta name="twitter:description" content="{attr(desc)}" />
<meta name="twitter:card" content="summary" />
<link rel="canonical" href="{{{{base}}}}{canonical}" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=5.0, user-scalable=yes" />
<link rel="stylesheet" href="/assets/cdn/portal/styles/theme.css?FD005" media="all" />
<script src="/assets/cdn/portal/scripts/portal.js?FD005"></script>
</head>
<body>
<div class="page">
<header class="banner">
  <div class="banner-wrapper page">
    <div class="banner-title">
      <a href="/support/home" class="portal-logo"><span class="portal-img"><i></i><img src="/helpdesk/attachments/73012800001" alt="Logo" onerror="default_image_error(this)" data-type="logo" /></span></a>
      <h1 class="ellipsis heading">{esc(PORTAL)}</h1>
    </div>
    <nav class="banner-nav">
      <div class="welcome">Chào mừng <b></b></div> <b><a href="/support/login"><b>Đăng nhập</b></a></b>
    </nav>
  </div>
</header>
<nav class="page-tabs">
  <div class="page no-padding no-header-tabs">
    <a data-toggle-dom="#header-tabs" href="#" data-animated="true" class="mobile-icon-nav-menu show-in-mobile"></a>
    <div class="nav-link" id="header-tabs">
      <a href="/support/home" class="{"active" if tab == "home" else ""}">Trang chủ</a>
      <a href="/support/solutions" class="{"active" if tab == "solutions" else ""}">Giải pháp</a>
    </div>
  </div>
</nav>
<section class="help-center rounded-6">
  <div class="page no-padding">
    <div class="hc-search">
      <div class="hc-search-c">
        <h2 class="heading hide-in-mobile">Chúng tôi có thể giúp gì cho bạn?</h2>
        <form class="hc-search-form print--remove" autocomplete="off" action="/support/search/solutions" id="hc-search-form" data-csrf-ignore="true">
          <div class="hc-search-input">
            <label for="support-search-input" class="hide">Nhập từ khóa để tìm kiếm</label>
            <input placeholder="Nhập từ khóa để tìm kiếm" type="text" name="term" class="special" value="" rel="page-search" data-max-matches="10" id="support-search-input">
          </div>
          <div class="hc-search-button"><button class="btn btn-primary" aria-label="Tìm kiếm" type="submit" autocomplete="off"><span class="hide-in-mobile">Tìm kiếm</span></button></div>
        </form>
      </div>
    </div>
    <div class="hc-nav nav-with-contact">
      <nav><div><a href="/support/tickets/new" class="mobile-icon-nav-newticket new-ticket ellipsis" title="Gửi yêu cầu"><span> Gửi yêu cầu </span></a></div></nav>
    </div>
  </div>
</section>
<div class="c-wrapper">
{main}
</div>
<footer class="footer rounded-6">
  <nav class="footer-links page no-padding">
    <a href="/support/home">Trang chủ</a>
    <a href="/support/solutions">Giải pháp</a>
  </nav>
</footer>
<div class="copyright"><a href="{{{{base:offsite}}}}/freshdesk/help-desk-software/" target="_blank" rel="nofollow">Phần mềm Help Desk</a> bởi Freshdesk</div>
</div>
</body>
</html>
"""

    for a in arts:
        o = a.opts
        fid, fname, ck, _ = FOLDERS[o["folder"]]
        cid, cname = CATS[ck]
        att = ""
        for x in a.attachments:
            att += (f'<li class="attachment file"><div class="attach_content"><div class="attachment-type"><span '
                    f'class="file-type">pdf</span></div><div class="attach_content"><a href="{x["path"]}" class="filename" '
                    f'target="_blank">{esc(x["text"])}</a><div>( 96 KB )</div></div></div></li>')
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BEN TRE", "MAU DANG KY GIAN HANG HTX 2024"]))
        if att:
            att = f'<div class="cs-g-c attachments"><ul class="attachment_list">{att}</ul></div>'
        rel = [r for r in by_folder[o["folder"]] if r is not a and r is not arts[-1]][:4]
        rel_items = "".join(f'<li><div class="ellipsis"><a href="{r.path}" class="c-link">{esc(r.title)}</a></div></li>'
                            for r in rel)
        main = f"""<section class="main content rounded-6 min-height-on-desktop fc-article-show" id="article-show-{o['id']}">
  <div class="breadcrumb">
    <a href="/support/solutions"> Cơ sở kiến thức </a>
    <a href="/support/solutions/{cid}">{esc(cname)}</a>
    <a href="/support/solutions/folders/{fid}">{esc(fname)}</a>
  </div>
  <b class="page-stamp page-stamp-article"><b class="icon-page-article"></b></b>
  <h2 class="heading">{esc(a.title)}
    <a href="javascript:print();" class="solution-print--icon print--remove" title="In bài viết này" arial-role="link"><span class="icon-print"></span><span class="text-print">In</span></a>
  </h2>
  <p>Sửa đổi lần cuối vào: {fd_time(a.date)}</p>
  <article class="article-body" id="article-body" rel="image-enlarge">
{body_html(a, img_ids)}
  </article>
  {att}
  <div id="article-vote" class="article-vote" data-user-id="" data-article-id="{o['id']}" data-language="vi">
    <p class="article-vote" id="voting-container">Câu trả lời này có hữu ích không?
      <span data-href="/support/solutions/articles/{o['id']}/thumbs_up" class="vote-up a-link" id="article_thumbs_up" data-remote="true" data-method="put" data-update="#voting-container" data-user-id="">Có</span>
      <span class="vote-down-container"><span data-href="/support/solutions/articles/{o['id']}/thumbs_down" class="vote-down a-link" id="article_thumbs_down" data-remote="true" data-method="put" data-update="#vote-feedback-form">Không</span></span>
    </p>
    <p class="help-text solution-feedback hide" id="vote-feedback-form">{esc(FEEDBACK)}</p>
  </div>
</section>
<section class="sidebar content rounded-6 fc-related-articles" id="related_articles">
  <div class="cs-s">
    <h3 class="list-lead">Bài viết liên quan</h3>
    <ul class="article-list">{rel_items}</ul>
  </div>
</section>"""
        site.page(a.path, layout(a.title, a.path, a.summary(), main))
        site.add_article(a)
        alias = f"/support/solutions/articles/{o['id']}"
        site.redirect(alias, a.path, 301)
        a.aliases.append(alias)
    site.trap("the article's title is h2.heading (the print link 'In' inside it); the only <h1> is the portal's name; "
              "<title> '<title> : Giải đáp HTX - …'; 'Sửa đổi lần cuối vào: Thứ Hai, 4 Tháng 11, 2024 lúc 9:20 SA' is "
              "the one date (12-hour clock, SA/CH); the vote box and its hidden feedback form, 'Bài viết liên quan'",
              arts[0].path)

    # -- folders, categories, home -----------------------------------------------------------------
    def folder_block(key: str, limit: int | None) -> str:
        fid, fname, ck, desc = FOLDERS[key]
        lst = by_folder.get(key, [])
        shown = lst if limit is None else lst[:limit]
        items = "".join(f'<li><div class="ellipsis"><a href="{a.path}" class="c-link" title="{attr(a.title)}">{esc(a.title)}'
                        "</a></div></li>" for a in shown)
        more = (f'<a href="/support/solutions/folders/{fid}" class="see-more">Xem tất cả {len(lst)}</a>'
                if limit is not None and len(lst) > limit else "")
        return (f'<section class="cs-g-c"><div class="list-lead"><a href="/support/solutions/folders/{fid}">{esc(fname)}'
                f' <span class="item-count">({len(lst)})</span></a></div><ul class="cs-g article-list">{items}</ul>{more}</section>')

    for key, (fid, fname, ck, desc) in FOLDERS.items():
        cid, cname = CATS[ck]
        lst = by_folder.get(key, [])
        items = "".join(f'<li><div class="ellipsis"><a href="{a.path}" class="c-link" title="{attr(a.title)}">{esc(a.title)}'
                        "</a></div></li>" for a in lst)
        main = (f'<section class="content rounded-6 min-height-on-desktop" id="folder-show-{fid}"><div class="breadcrumb">'
                f'<a href="/support/solutions"> Cơ sở kiến thức </a><a href="/support/solutions/{cid}">{esc(cname)}</a></div>'
                f'<h2 class="heading">{esc(fname)} <span class="item-count">{len(lst)}</span></h2><p class="info-text">'
                f'{esc(desc)}</p><ul class="c-list">{items}</ul></section>')
        path = f"/support/solutions/folders/{fid}"
        site.page(path, layout(fname, path, desc, main))
        site.non_articles.append(path)
    for ck, (cid, cname) in CATS.items():
        blocks = "".join(folder_block(k, 5) for k, v in FOLDERS.items() if v[2] == ck)
        main = (f'<section class="content rounded-6 min-height-on-desktop" id="category-show-{cid}"><div class="breadcrumb">'
                f'<a href="/support/solutions"> Cơ sở kiến thức </a></div><h2 class="heading">{esc(cname)}</h2>'
                f'<div class="cs-g article-list">{blocks}</div></section>')
        path = f"/support/solutions/{cid}"
        site.page(path, layout(cname, path, cname, main))
        site.non_articles.append(path)
    tree = "".join(f'<section class="content rounded-6 fc-category"><h3 class="heading"><a href="/support/solutions/{cid}">'
                   f'{esc(cname)}</a></h3><div class="cs-g article-list">'
                   + "".join(folder_block(k, 5) for k, v in FOLDERS.items() if v[2] == ck) + "</div></section>"
                   for ck, (cid, cname) in CATS.items())
    site.page("/support/solutions", layout("Giải pháp", "/support/solutions", "Cơ sở kiến thức",
                                           f'<div class="fc-solution-home"><h2 class="heading">Cơ sở kiến thức</h2>{tree}</div>'),
              content_type="text/html; charset=utf-8")
    site.page("/support/home", layout("Trang chủ hỗ trợ", "/support/home", PORTAL,
                                      f'<div class="fc-solution-home"><h2 class="heading">Cơ sở kiến thức</h2>{tree}</div>',
                                      tab="home"))
    site.non_articles += ["/support/solutions", "/support/home"]
    site.redirect("/", "/support/home", 302)
    site.redirect("/support", "/support/home", 302)
    site.trap("home, /support/solutions and the category pages show each folder's five newest articles and 'Xem tất "
              "cả N'; the folder page lists them all: the oldest news is only there", "/support/solutions/folders/73000154420")
    for path, title in [("/support/login", "Đăng nhập"), ("/support/tickets/new", "Gửi yêu cầu")]:
        site.page(path, layout(title, path, title, f'<section class="content rounded-6"><h2 class="heading">{title}</h2>'
                                                    f'<form method="post" action="{path}"><input name="email"></form></section>'))
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /support/login\nDisallow: /support/tickets\n"
                "Disallow: /support/search\nDisallow: /helpdesk/\nAllow: /helpdesk/attachments/\n")
    site.binary("/helpdesk/attachments/73012800001", image_for("fd-logo"))
    return site
