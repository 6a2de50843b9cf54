"""Site `tintuc-htxquangnam` (registry family `generic`): "Tin tức Liên minh HTX tỉnh Quảng Nam" on **Drupal 10.2 with
the Olivero theme** (the site language Vietnamese with the interface translation imported; Pathauto, Metatag with its
defaults only, Media with the CKEditor 5 embed, Layout Builder for the article's full display, Comment, AddToAny;
no Redirect module, no site map; the copy is of 20 May 2025, before the province joined Đà Nẵng). Written as a
held-out test: no family module, no selectors.

URL shapes: an article `/node/N` and its Pathauto alias `[node:field_chuyen_muc:entity:name]/[node:title]`
(transliterated: `/hoat-dong/htx-nong-nghiep-…`; the oldest article has no category, so its alias sits at the
root); `/node/N` answers the same page (no Redirect module: the head's `rel="shortlink"` and a reader's comment link
it: aliases) and so does a comment's permalink `/comment/N` (Drupal renders the commented node: an alias); the views
listing `/tin-tuc` (6 teasers a page, the full pager: `?page=1`, and `?page=0` for page 1 on page 2), the front page
`/` (the frontpage view: promoted teasers, the mini pager), taxonomy pages `/chuyen-muc/<term>` and `/the/<tag>`
(the taxonomy_term view) with their shortlinks `/taxonomy/term/N` and feeds `/taxonomy/term/N/feed`; the RSS
`/rss.xml` (promoted articles only); basic pages `/gioi-thieu`, `/lien-he`; files `/sites/default/files/…`. Drupal's
stock robots.txt disallows `/search/` (the footer's "Tìm kiếm" `/search/node`), `/user/login`, `/user/register`,
`/comment/reply/` and `/node/add/`.

Why it is hard: Olivero prints the page title block `h1.title.page-title > span.field--name-title` above the node;
the node's header has only the submitted line "Bởi <account>, <time datetime="2025-03-09T17:20:00Z">10 Tháng 3,
2025</time>" (olivero_medium 'j F, Y' with the translated month, no time of day; the `datetime` attribute is UTC,
so the post of 00:20 on 10 March carries 9 March in its attribute, and the RSS `gmdate('r')` "+0000" too). The full
display is a Layout Builder two-column section: the hero image, the body (CKEditor 5: `<p>`, `<h2>`, `<ol>`,
`figure.table`, embedded media as `figure.caption-drupal-media` with `<figcaption>`), the "Tệp đính kèm" file field,
the "Chia sẻ" AddToAny block and the tags in the first region; "Tin liên quan" (a views block: titles and dates) in
the second; the comment section after it (other readers' words, their times in the default medium format "T2,
03/10/2025 - 08:15", month first). The account is "admin" or the editors' "bientap" (no author) or a staff member's
own name (the author when no byline closes the text); a closing byline wins; "Theo Báo Quảng Nam" is a reprint. The
oldest article is unpromoted and uncategorised: only `/tin-tuc?page=1` lists it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "tintuc-htxquangnam"
NAME = "Liên minh HTX tỉnh Quảng Nam"
SLOGAN = "Đồng hành cùng hợp tác xã, tổ hợp tác"
HTML = "text/html; charset=utf-8"
PER = 6
NOW = datetime(2025, 5, 20, 10, 0)
TERMS = {1: ("Hoạt động", "chuyen-muc/hoat-dong", "hoat-dong"), 2: ("Thông báo", "chuyen-muc/thong-bao", "thong-bao"),
         3: ("Kiến thức", "chuyen-muc/kien-thuc", "kien-thuc"), 5: ("OCOP", "the/ocop", None),
         6: ("Thủy sản", "the/thuy-san", None)}
ADDRESS = "Số 02 Trần Phú, TP Tam Kỳ, tỉnh Quảng Nam - Điện thoại: 0235.3852.418"
VISITS = "Lượt truy cập: 186.402"
FURN = ["Chuyển đến nội dung chính", SLOGAN, "Điều hướng chính", "Đăng nhập", "Tin liên quan", "Tệp đính kèm", "Chia sẻ",
        "Bình luận", "Đăng nhập hoặc đăng ký để gửi ý kiến", ADDRESS, VISITS, "Vận hành bởi Drupal",
        "Liên minh Hợp tác xã tỉnh Quảng Nam - Cơ quan chủ quản"]


def slugify(text: str) -> str:
    """Pathauto with Drupal's transliteration: ASCII, punctuation removed, hyphens, max 100."""
    t = text.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:100].rstrip("-")


def olivero_date(d: datetime) -> str:
    return f"{d.day} Tháng {d.month}, {d:%Y}"


def zulu(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}Z"


def medium(d: datetime) -> str:
    """Drupal's default 'medium' format 'D, m/d/Y - H:i' (month first) with the translated weekday."""
    return f"{['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'][d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def itok(path: str) -> str:
    return hashlib.sha256(path.encode()).hexdigest()[:8]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo số 08/TB-LMHTX về việc tổ chức tập huấn xây dựng sản phẩm OCOP năm 2025",
          body="""
LIÊN MINH HTX TỈNH QUẢNG NAM
Số: 08/TB-LMHTX
Quảng Nam, ngày 09 tháng 5 năm 2025
THÔNG BÁO
Về việc tổ chức tập huấn xây dựng sản phẩm OCOP năm 2025
Liên minh HTX tỉnh tổ chức lớp tập huấn xây dựng và nâng hạng sản phẩm OCOP cho các HTX vào ngày 28/5/2025 tại Hội trường Liên minh HTX tỉnh.
Mỗi HTX có sản phẩm OCOP hoặc đang xây dựng hồ sơ OCOP cử 01 cán bộ tham dự.
Các HTX đăng ký danh sách về Văn phòng Liên minh HTX tỉnh trước ngày 23/5/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Minh Thu
""", author=None, doc_number="08/TB-LMHTX",
          attachments=[{"path": "/sites/default/files/2025-05/TB-08-LMHTX-2025.pdf", "text": "TB-08-LMHTX-2025.pdf"}],
          opts={"by": "admin", "cat": 2, "tags": [5], "promote": True, "nid": 0},
          notes=["notice 'Số: 08/TB-LMHTX' dated 09/5 in its text; 'Bởi admin, 12 Tháng 5, 2025' with <time "
                 "datetime='2025-05-12T02:00:00Z'> (09:00 in Vietnam): published 2025-05-12 09:00; 'admin' is no author; the "
                 "signer is text; the 'Tệp đính kèm' file field (outside the body, '(182.3 KB)') is the attachment"],
          **at(datetime(2025, 5, 12, 9, 0))),
        A(path="", title="Ảnh: Làng rau Trà Quế vào vụ rau xuân hè",
          body="""
Những ngày cuối tháng 4, các thành viên HTX Nông nghiệp Cẩm Hà (TP Hội An) tất bật thu hoạch rau thơm ở làng rau Trà Quế.
[img tra-que-1.jpg] Thành viên HTX thu hoạch rau húng trên những luống rau bón rong biển
[img tra-que-2.jpg] Rau được bó, xếp vào sọt để giao cho các nhà hàng ở Hội An
[img tra-que-3.jpg] Du khách trải nghiệm làm nông dân tại làng rau Trà Quế
Mỗi ngày làng rau cung ứng khoảng 4 tấn rau thơm cho thị trường Hội An và Đà Nẵng.
""", byline="Bài và ảnh: Phan Văn Vinh", author="Phan Văn Vinh",
          opts={"by": "bientap", "cat": 1, "tags": [], "promote": True, "hero": "tra-que-hero.jpg"},
          notes=["photo story: three embedded media, each figure.caption-drupal-media with its <figcaption> (one line each); "
                 "the hero image field above the body has no caption (no line); 'Bởi bientap' (the editors' account), "
                 "'Bài và ảnh: Phan Văn Vinh' closes it -> author"],
          **at(datetime(2025, 4, 24, 15, 10))),
        A(path="", title="Kết quả hoạt động kinh tế tập thể tỉnh Quảng Nam quý I năm 2025",
          body="""
Quý I năm 2025, các HTX trên địa bàn tỉnh duy trì hoạt động ổn định, doanh thu tăng so với cùng kỳ năm trước.
| Lĩnh vực | Số HTX | Doanh thu quý I (tỷ đồng) | So cùng kỳ (%) |
| Nông nghiệp | 298 | 142,6 | 106,3 |
| Thủy sản | 21 | 18,4 | 111,5 |
| Tiểu thủ công nghiệp | 37 | 25,9 | 103,8 |
| Thương mại, dịch vụ | 64 | 77,2 | 108,1 |
Số HTX thành lập mới trong quý I là 12 HTX, tập trung ở các huyện Điện Bàn, Duy Xuyên và Thăng Bình.
""", author="Nguyễn Thị Hạnh",
          opts={"by": "Nguyễn Thị Hạnh", "cat": 1, "tags": [], "promote": True},
          notes=["a CKEditor 5 figure.table (thead th): one line per row; 'Bởi Nguyễn Thị Hạnh' (a staff member's own "
                 "account), no byline in the text: she is the author"],
          **at(datetime(2025, 4, 10, 10, 0))),
        A(path="", title="Quy trình HTX đăng ký đánh giá, phân hạng sản phẩm OCOP",
          body="""
Sản phẩm OCOP của HTX được đánh giá, phân hạng theo Quyết định số 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ.
## Các bước đăng ký
+ HTX nộp phiếu đăng ký sản phẩm cho UBND cấp huyện;
+ Hoàn thiện hồ sơ sản phẩm theo hướng dẫn của Văn phòng Điều phối nông thôn mới;
+ Hội đồng cấp huyện đánh giá, chấm điểm sản phẩm;
+ Sản phẩm đạt từ 70 điểm trở lên được đề nghị Hội đồng cấp tỉnh đánh giá.
## Lưu ý
HTX cần chuẩn bị đầy đủ tiêu chuẩn cơ sở, phiếu kiểm nghiệm và hình ảnh bao bì trước khi nộp hồ sơ.
""", byline="Lê Văn Quý - Văn phòng Điều phối nông thôn mới tỉnh", author="Lê Văn Quý",
          opts={"by": "admin", "cat": 3, "tags": [5], "promote": True},
          notes=["two <h2> headings and an ordered list (<ol>); 'Bởi admin' but 'Lê Văn Quý - Văn phòng Điều phối nông thôn "
                 "mới tỉnh' closes the text -> Lê Văn Quý"],
          **at(datetime(2025, 3, 27, 8, 30))),
        A(path="", title="HTX Nông nghiệp Tam Thăng nuôi tôm ứng dụng công nghệ cao",
          body="""
HTX Nông nghiệp Tam Thăng (TP Tam Kỳ) đang vận hành 8 ha ao nuôi tôm thẻ chân trắng trong nhà màng theo quy trình hai giai đoạn.
Năng suất bình quân đạt 25 tấn/ha mỗi vụ, cao gấp ba lần cách nuôi truyền thống.
HTX liên kết với một doanh nghiệp chế biến ở Núi Thành để bao tiêu toàn bộ sản lượng tôm của thành viên.
""", byline="Theo Báo Quảng Nam", author=None,
          opts={"by": "bientap", "cat": 1, "tags": [6], "promote": True},
          notes=["'Bởi bientap' and 'Theo Báo Quảng Nam' closing the text: a reprint, no author"],
          **at(datetime(2025, 3, 18, 14, 45))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Điện Quang",
          body="""
Chiều 9/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ nông nghiệp Điện Quang (thị xã Điện Bàn).
HTX hiện cung ứng dịch vụ làm đất, thủy lợi và tiêu thụ lúa giống cho hơn 1.300 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng phương án liên kết sản xuất lúa giống với doanh nghiệp.
""", author="Trần Quốc Bảo",
          opts={"by": "Trần Quốc Bảo", "cat": 1, "tags": [], "promote": True,
                "comments": [("Nguyễn Văn Tín", "Mô hình liên kết lúa giống", "HTX chúng tôi ở Duy Xuyên cũng muốn học hỏi mô "
                              "hình này, mong Liên minh giới thiệu.", timedelta(hours=7, minutes=55)),
                             ("Lê Thị Hoa", "Tham khảo thêm", "Mọi người xem thêm bài {{link}} nhé.",
                              timedelta(days=1, hours=3))]},
          notes=["posted at 00:20 on 10 March about the afternoon before: 'Bởi Trần Quốc Bảo, 10 Tháng 3, 2025' with <time "
                 "datetime='2025-03-09T17:20:00Z'> (UTC: the day before); the RSS 'Sun, 09 Mar 2025 17:20:00 +0000'; a "
                 "staff member's account, no byline: author Trần Quốc Bảo; two anonymous comments (times 'T2, 03/10/2025 - "
                 "08:15', month first) are not text; their permalinks /comment/N render this page (aliases)"],
          **at(datetime(2025, 3, 10, 0, 20))),
        A(path="", title="HTX Mây tre đan Cẩm Thanh giữ nghề truyền thống",
          body="""
HTX Mây tre đan Cẩm Thanh (TP Hội An) hiện có 46 thành viên, chủ yếu là lao động lớn tuổi gắn bó với nghề đan tre, dừa nước.
Sản phẩm của HTX gồm giỏ, hộp, đèn lồng tre được bán cho du khách và xuất khẩu sang Nhật Bản.
HTX đang phối hợp với các công ty du lịch đưa khách đến trải nghiệm làm sản phẩm mây tre đan.
""", byline="Nguyễn Thị Thu Hiền", author="Nguyễn Thị Thu Hiền",
          opts={"by": "admin", "cat": 1, "tags": [], "promote": True},
          notes=["'Bởi admin'; the bare name 'Nguyễn Thị Thu Hiền' closes the text: the author; a reader's comment under the "
                 "Điện Quang article links it as /node/N (the same page: an alias)"],
          **at(datetime(2025, 2, 20, 16, 0))),
        A(path="", title="Liên minh HTX tỉnh Quảng Nam tổng kết công tác năm 2024",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Quảng Nam tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.jpg] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 41 HTX, tổ chức 14 lớp tập huấn cho 760 lượt cán bộ HTX.
""", byline="Tin, ảnh: Huỳnh Văn Sơn", author="Huỳnh Văn Sơn",
          opts={"by": "bientap", "cat": None, "tags": [], "promote": False},
          notes=["the oldest article: unpromoted and uncategorised (its Pathauto alias, with an empty category token, sits "
                 "at the root); only /tin-tuc?page=1 lists it (not the front page, /rss.xml, a taxonomy page nor 'Tin "
                 "liên quan'); 'Tin, ảnh: Huỳnh Văn Sơn' -> author"],
          **at(datetime(2024, 12, 27, 15, 0))),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-nam", f"Tin tức {NAME} (Drupal 10, Olivero)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/rss.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    nid = 9
    for a in reversed(arts):
        nid += 1
        a.opts["nid"] = nid
        cat = a.opts["cat"]
        a.path = f"/{TERMS[cat][2]}/{slugify(a.title)}" if cat else f"/{slugify(a.title)}"
    commented = next(a for a in arts if a.opts.get("comments"))
    camthanh = next(a for a in arts if "Cẩm Thanh" in a.title)
    cid = 20
    for a in arts:
        a.opts["cids"] = []
        for _ in a.opts.get("comments", []):
            cid += 1
            a.opts["cids"].append(cid)

    def node_url(a: RichArticle) -> str:
        return f"/node/{a.opts['nid']}"

    def img_url(a: RichArticle, src: str, style: str) -> str:
        return f"/sites/default/files/styles/{style}/public/{a.date:%Y-%m}/{src}"

    def time_el(a: RichArticle) -> str:
        return f'<time datetime="{zulu(a.date)}">{olivero_date(a.date)}</time>'

    def submitted(a: RichArticle) -> str:
        return (f'<div class="node__meta">\n      <span>\n        Bởi <span class="field field--name-uid field--type-entity-reference '
                f'field--label-hidden"><span>{esc(a.opts["by"])}</span></span>, {time_el(a)}\n      </span>\n    </div>')

    def body_html(a: RichArticle) -> str:
        out = []
        for b in a.blocks:
            if b.kind == "p":
                text = inline_html(b.text)
                out.append(f"<p>{text}</p>")
            elif b.kind == "h":
                out.append(f"<h2>{esc(b.text)}</h2>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
            elif b.kind == "table":
                head, *rows = b.rows
                out.append('<figure class="table"><table><thead><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                           + "</tr></thead><tbody>" + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>"
                                                             for r in rows) + "</tbody></table></figure>")
            elif b.kind == "img":
                src = img_url(a, b.src, "large")
                out.append(f'<figure role="group" class="caption caption-drupal-media align-center">\n<div>\n  <div class="media '
                           f'media--type-image media--view-mode-default">\n  <div class="field field--name-field-media-image '
                           f'field--type-image field--label-hidden field__item">  <img loading="lazy" src="{src}?itok='
                           f'{itok(src)}" width="480" height="320" alt="{attr(b.text)}" class="image-style-large" />\n</div>\n'
                           f"  </div>\n</div>\n<figcaption>{esc(b.text)}</figcaption>\n</figure>")
        if a.byline:
            out.append(f'<p class="text-align-right"><strong>{esc(a.byline)}</strong></p>')
        return "\n".join(out)

    def teaser(a: RichArticle) -> str:
        first = next(b.text for b in a.blocks if b.kind == "p")
        n = len(a.opts.get("comments", []))
        com = (f'<li class="comment-comments"><a href="{a.path}#comments" title="Chuyển đến bình luận đầu tiên." '
               f'hreflang="vi">{n} bình luận</a></li>' if n else "")
        hero = ""
        if a.opts.get("hero"):
            src = img_url(a, a.opts["hero"], "olivero_medium")
            hero = (f'<div class="field field--name-field-image field--type-image field--label-hidden field__item">  <a '
                    f'href="{a.path}"><img loading="lazy" src="{src}?itok={itok(src)}" width="1000" height="667" alt="" '
                    f'class="image-style-olivero-medium" /></a>\n</div>\n')
        promoted = " node--promoted" if a.opts["promote"] else ""
        return (f'<article data-history-node-id="{a.opts["nid"]}" class="node node--type-article{promoted} node--view-mode-'
                f'teaser">\n  <header class="">\n    <h2 class="node__title"><a href="{a.path}" rel="bookmark"><span class="field '
                f'field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></a></h2>\n    {submitted(a)}'
                f'\n  </header>\n  <div class="node__content">\n{hero}<div class="text-content clearfix field field--name-body '
                f'field--type-text-with-summary field--label-hidden field__item"><p>{esc(inline_text(first))}</p></div>\n'
                f'<ul class="links inline"><li class="node-readmore"><a href="{a.path}" rel="tag" title="{attr(a.title)}" '
                f'hreflang="vi">Đọc thêm<span class="visually-hidden"> về {esc(a.title)}</span></a></li>{com}</ul>\n  </div>\n'
                f"</article>")

    menu_items = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), ("Hoạt động", "/chuyen-muc/hoat-dong"),
                  ("Thông báo", "/chuyen-muc/thong-bao"), ("Kiến thức", "/chuyen-muc/kien-thuc"), ("Giới thiệu", "/gioi-thieu"),
                  ("Liên hệ", "/lien-he")]

    def layout(title: str, content: str, *, body_class: str, canonical: str, shortlink: str | None = None,
               head: str = "", h1: bool = True) -> str:
        menu = "".join(
            f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">\n'
            f'<a href="{href}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" '
            f'data-drupal-link-system-path="{href.strip("/") or "<front>"}"><span class="primary-nav__menu-link-inner '
            f'primary-nav__menu-link-inner--level-1">{esc(n)}</span></a>\n</li>' for n, href in menu_items)
        short = f'<link rel="shortlink" href="{{{{base}}}}{shortlink}" />\n' if shortlink else ""
        title_block = (f'<div id="block-olivero-page-title" class="block block-core block-page-title-block">\n  \n<h1 '
                       f'class="title page-title">{title if "<span" in title else esc(title)}</h1>\n</div>\n' if h1 else "")
        page_title = re.sub(r"<[^>]+>", "", title)
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
  <head>
    <meta charset="utf-8" />
{head}<link rel="canonical" href="{{{{base}}}}{canonical}" />
{short}<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/core/themes/olivero/favicon.ico" type="image/vnd.microsoft.icon" />

    <title>{esc(page_title)} | {esc(NAME)}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q3mJk0lWvB2nQz8.css?delta=0&amp;language=vi&amp;theme=olivero&amp;include=eJxtjEEK" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentLanguage":"vi"}}}}</script>
<script src="/sites/default/files/js/js_8lT2Qv0Kc4d.js?scope=header&amp;delta=0&amp;language=vi&amp;theme=olivero"></script>
  </head>
  <body class="{body_class}">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Chuyển đến nội dung chính
    </a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div id="page-wrapper" class="page-wrapper">
  <div id="page">
          <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
        <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
          <div class="site-header__initial">
            <button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false">
              <span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span>
            </button>
          </div>
          <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
            <div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block">
  <div class="site-branding__inner">
    <a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo-lmhtx-quangnam.png" alt="Trang chủ" fetchpriority="high" /></a>
    <div class="site-branding__text">
      <div class="site-branding__name"><a href="/" title="Trang chủ" rel="home">{esc(NAME)}</a></div>
      <div class="site-branding__slogan">{esc(SLOGAN)}</div>
    </div>
  </div>
</div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons">
  <button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button>
</div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav  id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
  <h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Điều hướng chính</h2>
  <ul  class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
{menu}
  </ul>
</nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
  <div class="content">
    <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
  <div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
      <label for="edit-keys" class="form-item__label visually-hidden">Tìm kiếm</label>
        <input title="Nhập các từ khóa bạn muốn tìm." placeholder="Tìm kiếm theo từ khóa hoặc cụm từ." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" />
  </div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm kiếm"><span class="icon--search"></span><span class="visually-hidden">Tìm kiếm</span></button></div>
</form>
  </div>
</div>
<div class="region region--secondary-menu">
<nav  id="block-olivero-account-menu" class="block block-menu navigation menu--account secondary-nav" aria-labelledby="block-olivero-account-menu-menu" role="navigation">
  <span class="visually-hidden" id="block-olivero-account-menu-menu">User account menu</span>
  <ul class="menu secondary-nav__menu secondary-nav__menu--level-1">
    <li class="secondary-nav__menu-item secondary-nav__menu-item--link secondary-nav__menu-item--level-1"><a href="/user/login" class="secondary-nav__menu-link secondary-nav__menu-link--link secondary-nav__menu-link--level-1" data-drupal-link-system-path="user/login">Đăng nhập</a></li>
  </ul>
</nav>
</div>
</div>
            </div>
          </div>
        </div>
      </header>
    <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main">
        <div class="main-content">
          <a id="main-content" tabindex="-1"></a>
          <div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <div class="breadcrumb__content">
      <ol class="breadcrumb__list">
          <li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Trang chủ</a></li>
      </ol>
    </div>
  </nav>
</div>
          </div>
          <div class="main-content__container container">
            <div class="region region--content-above grid-full layout--pass--content-medium">
{title_block}            </div>
            <section class="section">
              <div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
{content}
</div>
              </div>
            </section>
          </div>
        </div>
      </div>
    </div>
    <footer class="site-footer">
      <div class="site-footer__inner container">
        <div class="region region--footer-top grid-full">
          <div class="region--footer_top__inner">
<div id="block-olivero-thongtinlienminh" class="block block-block-content">
  <h2 class="block__title">Liên minh Hợp tác xã tỉnh Quảng Nam - Cơ quan chủ quản</h2>
  <div class="block__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{esc(ADDRESS)}</p><p>{VISITS}</p></div></div>
</div>
<nav id="block-olivero-footer" class="block block-menu navigation menu--footer" role="navigation"><ul class="menu"><li class="menu__item"><a href="/search/node" data-drupal-link-system-path="search/node">Tìm kiếm</a></li><li class="menu__item"><a href="/lien-he">Liên hệ</a></li><li class="menu__item"><a href="/rss.xml">RSS</a></li></ul></nav>
          </div>
        </div>
        <div class="region region--footer-bottom grid-full">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
  <span>Vận hành bởi <a href="{{{{base:offsite}}}}/drupal/">Drupal</a></span>
</div>
        </div>
      </div>
    </footer>
    <div class="overlay" data-drupal-selector="overlay"></div>
  </div>
</div>
    </div>
    <script src="/sites/default/files/js/js_8lT2Qv0Kc4d_footer.js?scope=footer&amp;delta=0&amp;language=vi&amp;theme=olivero"></script>
  </body>
</html>
"""

    def related(a: RichArticle) -> str:
        same = [x for x in arts if x is not a and x.opts["cat"] and x.opts["cat"] == a.opts["cat"]][:4]
        if not same:
            return ""
        rows = "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a '
                       f'href="{x.path}" hreflang="vi">{esc(x.title)}</a></span></div><div class="views-field '
                       f'views-field-created"><span class="field-content"><time datetime="{zulu(x.date)}" class="datetime">'
                       f"{x.date:%d/%m/%Y}</time></span></div></div>" for x in same)
        return (f'<div class="views-element-container block block-views block-views-blocktin-lien-quan-block-1">\n  <h2 '
                f'class="block__title">Tin liên quan</h2>\n      <div><div class="view view-tin-lien-quan view-id-tin_lien_quan '
                f'view-display-id-block_1"><div class="view-content">{rows}</div></div></div>\n</div>')

    def comments_html(a: RichArticle) -> str:
        items = []
        for cid, (who, subject, text, delta) in zip(a.opts["cids"], a.opts.get("comments", [])):
            shown = esc(text).replace("{{link}}", f'<a href="{node_url(camthanh)}">{esc(camthanh.title)}</a>')
            items.append(
                f'<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous">\n  <span '
                f'class="hidden" data-comment-timestamp="{int((a.date + delta - datetime(1970, 1, 1, 7)).total_seconds())}">'
                f'</span>\n  <div class="comment__picture-wrapper"><div class="comment__picture"><img src="/core/themes/olivero/'
                f'images/comment-avatar.png" alt="" /></div></div>\n  <div class="comment__text-wrapper">\n    <footer '
                f'class="comment__meta">\n      <p class="comment__author"><span>{esc(who)} (chưa xác thực)</span></p>\n      '
                f'<p class="comment__time">{medium(a.date + delta)}</p>\n    </footer>\n    <div class="comment__content">\n'
                f'      <h3><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark" hreflang="vi">{esc(subject)}'
                f'</a></h3>\n      <div class="clearfix text-content field field--name-comment-body field--type-text-long '
                f'field--label-hidden field__item"><p>{shown}</p></div>\n    </div>\n  </div>\n</article>')
        dest = quote(f"/comment/reply/node/{a.opts['nid']}/comment_node_article#comment-form", safe="/")
        login = (f'<div class="comment-forbidden"><a href="/user/login?destination={dest}">Đăng nhập</a> hoặc <a '
                 f'href="/user/register?destination={dest}">đăng ký</a> để gửi ý kiến</div>')
        site.never_fetched.extend(x for x in [f"/user/login?destination={dest}", f"/user/register?destination={dest}"]
                                  if x not in site.never_fetched)
        return (f'<section data-drupal-selector="comments" class="comments">\n  <h2 class="comments__title">Bình luận'
                f'</h2>\n{"".join(items)}\n{login}\n</section>')

    for a in arts:
        nidn = a.opts["nid"]
        cat = a.opts["cat"]
        tags = ([cat] if cat else []) + a.opts["tags"]
        hero = ""
        if a.opts.get("hero"):
            src = img_url(a, a.opts["hero"], "wide")
            hero = (f'<div class="block block-layout-builder block-field-blocknodearticlefield-image">\n<div class="field '
                    f'field--name-field-image field--type-image field--label-hidden field__item">  <img loading="lazy" src="'
                    f'{src}?itok={itok(src)}" width="1200" height="800" alt="Làng rau Trà Quế" class="image-style-wide" />\n'
                    "</div>\n</div>\n")
            site.binary(src, image_for(a.opts["hero"]))
            site.binary(img_url(a, a.opts["hero"], "olivero_medium"), image_for(a.opts["hero"]))
        files = ""
        for x in a.attachments:
            files = (f'<div class="block block-layout-builder block-field-blocknodearticlefield-tep-dinh-kem">\n<div class="'
                     f'field field--name-field-tep-dinh-kem field--type-file field--label-above"><div class="field__label">'
                     f'Tệp đính kèm</div><div class="field__items"><div class="field__item"><span class="file file--mime-'
                     f'application-pdf file--application-pdf"><a href="{x["path"]}" type="application/pdf">{esc(x["text"])}'
                     f'</a></span> <span class="file__size">(182.3 KB)</span></div></div></div>\n</div>\n')
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH QUANG NAM", "THONG BAO SO 08/TB-LMHTX"]))
        share = (f'<div class="block block-addtoany block-addtoany-block">\n  <h2 class="block__title">Chia sẻ</h2>\n  <span '
                 f'class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{{{{base}}}}{a.path}" data-a2a-title="'
                 f'{attr(a.title)}"><a class="a2a_dd addtoany_share" href="{{{{base:offsite}}}}/addtoany/share" aria-label="'
                 f'Share"></a><a class="a2a_button_facebook"></a><a class="a2a_button_zalo"></a></span>\n</div>\n')
        tag_html = ""
        if tags:
            tag_html = ('<div class="block block-layout-builder block-field-blocknodearticlefield-tags">\n<div class="field '
                        'field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__'
                        'label">Chuyên mục, thẻ</h3><ul class="links field__items">'
                        + "".join(f'<li><a href="/{TERMS[t][1]}" hreflang="vi">{esc(TERMS[t][0])}</a></li>' for t in tags)
                        + "</ul></div>\n</div>\n")
        comments = comments_html(a) if a.opts.get("comments") else ""
        promoted = " node--promoted" if a.opts["promote"] else ""
        node = (f'<article data-history-node-id="{nidn}" class="node node--type-article{promoted} node--view-mode-full">\n'
                f'  <header class="">\n    {submitted(a)}\n  </header>\n  <div class="node__content">\n'
                f'  <div class="layout layout--twocol-section layout--twocol-section--67-33">\n    <div  class="layout__region '
                f'layout__region--first">\n{hero}<div class="block block-layout-builder block-field-blocknodearticlebody">\n'
                f'<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden '
                f'field__item">{body_html(a)}</div>\n</div>\n{files}{share}{tag_html}    </div>\n    <div  class="layout__region '
                f'layout__region--second">\n{related(a)}\n    </div>\n  </div>\n  <div class="layout layout--onecol"><div  class'
                f'="layout__region layout__region--content">\n{comments}\n  </div></div>\n  </div>\n</article>')
        first = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        head = (f'<meta name="description" content="{attr(first[:160])}" />\n'
                f'<meta property="og:site_name" content="{attr(NAME)}" />\n'
                f'<meta property="og:url" content="{{{{base}}}}{a.path}" />\n'
                f'<meta property="og:title" content="{attr(a.title)}" />\n')
        title = f'<span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span>'
        page = layout(title, node, body_class="path-node page-node-type-article", canonical=a.path, shortlink=node_url(a),
                      head=head)
        site.page(a.path, page, content_type=HTML)
        site.same_page(node_url(a), a.path)
        a.aliases.append(node_url(a))
        for c in a.opts["cids"]:
            site.same_page(f"/comment/{c}", a.path)
            a.aliases.append(f"/comment/{c}")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(img_url(a, b.src, "large"), image_for(b.src))
        site.add_article(a)
    site.extra_boilerplate += [c[2].replace("{{link}}", camthanh.title) for c in commented.opts["comments"]]
    site.trap("every article answers /node/N (the head's rel=shortlink; no Redirect module, same page with the canonical "
              "to the alias): an alias", node_url(arts[1]))

    # -- views: /tin-tuc (full pager), the front page (mini pager), taxonomy pages ------------------------
    def view(name: str, rows: list[RichArticle], pager: str, header: str = "") -> str:
        return (f'<div class="views-element-container"><div class="view view-{name} view-id-{name.replace("-", "_")} '
                f'view-display-id-page_1">\n{header}<div class="view-content">\n'
                + "".join(f'<div class="views-row">{teaser(a)}</div>\n' for a in rows) + f"</div>\n{pager}</div></div>")

    def full_pager(k: int, pages: int) -> str:
        if pages < 2:
            return ""
        out = []
        if k > 0:
            out += ['<li class="pager__item pager__item--control pager__item--first"><a href="?page=0" title="Đến trang đầu">'
                    '<span class="visually-hidden">Trang đầu</span>«</a></li>',
                    f'<li class="pager__item pager__item--control pager__item--previous"><a href="?page={k - 1}" title="Đến '
                    f'trang trước" rel="prev"><span class="visually-hidden">Trang trước</span>‹</a></li>']
        for j in range(pages):
            out.append(f'<li class="pager__item pager__item--active"><span class="visually-hidden">Trang hiện tại</span>{j + 1}'
                       f"</li>" if j == k else f'<li class="pager__item"><a href="?page={j}" title="Đến trang {j + 1}"><span '
                                               f'class="visually-hidden">Trang </span>{j + 1}</a></li>')
        if k < pages - 1:
            out += [f'<li class="pager__item pager__item--control pager__item--next"><a href="?page={k + 1}" title="Đến trang '
                    f'kế tiếp" rel="next"><span class="visually-hidden">Trang kế tiếp</span>›</a></li>',
                    f'<li class="pager__item pager__item--control pager__item--last"><a href="?page={pages - 1}" title="Đến '
                    f'trang cuối"><span class="visually-hidden">Trang cuối</span>»</a></li>']
        return ('<nav class="pager" role="navigation" aria-labelledby="pagination-heading">\n  <h4 id="pagination-heading" '
                f'class="visually-hidden">Phân trang</h4>\n  <ul class="pager__items js-pager__items">{"".join(out)}</ul>\n</nav>')

    pages = (len(arts) + PER - 1) // PER
    for k in range(pages):
        path = "/tin-tuc" if k == 0 else f"/tin-tuc?page={k}"
        site.page(path, layout("Tin tức", view("tin-tuc", arts[k * PER:(k + 1) * PER], full_pager(k, pages)),
                               body_class="path-tin-tuc", canonical=path), content_type=HTML)
        site.non_articles.append(path)
    site.same_page("/tin-tuc?page=0", "/tin-tuc")
    site.non_articles.append("/tin-tuc?page=0")
    site.trap("views listing /tin-tuc (6 teasers a page: 'Bởi …, <time>', the summary, 'Đọc thêm'; the full pager): "
              "?page=1 alone holds the oldest article; its 'Trang đầu' link is ?page=0 (page 1 again)", "/tin-tuc?page=1")
    promoted = [a for a in arts if a.opts["promote"]]
    mini = ('<nav class="pager" role="navigation" aria-labelledby="pagination-heading--2">\n  <h4 id="pagination-heading--2" '
            'class="visually-hidden">Phân trang</h4>\n  <ul class="pager__items js-pager__items"><li class="pager__item '
            'pager__item--current">Trang 1</li></ul>\n</nav>')
    feed_icon = ('<div class="feed-icons"><a href="/rss.xml" class="feed-icon">Đăng ký theo dõi <span>'
                 f'{esc(NAME)}</span></a></div>')
    site.page("/", layout(NAME, view("frontpage", promoted[:10], mini) + feed_icon, body_class="path-frontpage",
                          canonical="/", head='<link rel="alternate" type="application/rss+xml" title="" '
                          'href="{{base}}/rss.xml" />\n', h1=False), content_type=HTML)
    site.same_page("/node", "/")
    site.non_articles.append("/")
    site.trap("front page / (the frontpage view: promoted teasers, the mini pager 'Trang 1', the feed icon); /rss.xml "
              "gives pubDate by gmdate('r'): '+0000'", "/")
    for tid, (tname, alias, _) in TERMS.items():
        items = [a for a in arts if a.opts["cat"] == tid or tid in a.opts["tags"]]
        head = (f'<link rel="alternate" type="application/rss+xml" title="{attr(tname)}" href="{{{{base}}}}/taxonomy/term/'
                f'{tid}/feed" />\n')
        content = view("taxonomy-term", items, mini if items else "",
                       header='<div class="view-header"><div class="taxonomy-term vocabulary-chuyen-muc"></div></div>\n')
        site.page(f"/{alias}", layout(tname, content, body_class="path-taxonomy", canonical=f"/{alias}",
                                      shortlink=f"/taxonomy/term/{tid}", head=head), content_type=HTML)
        site.same_page(f"/taxonomy/term/{tid}", f"/{alias}")
        site.non_articles += [f"/{alias}", f"/taxonomy/term/{tid}"]
        site.page(f"/taxonomy/term/{tid}/feed", rss(tname, f"/{alias}", items[:10]),
                  content_type="application/rss+xml; charset=utf-8")
    site.trap("taxonomy pages /chuyen-muc/<term> and /the/<tag> (the taxonomy_term view; shortlink /taxonomy/term/N, "
              "feed /taxonomy/term/N/feed): listings", "/chuyen-muc/hoat-dong")
    site.page("/rss.xml", rss(NAME, "/", promoted[:10]), content_type="application/rss+xml; charset=utf-8")

    # -- basic pages, search, user ---------------------------------------------------------------------
    for n, (path, title, text) in enumerate([
            ("/gioi-thieu", "Giới thiệu", "Liên minh Hợp tác xã tỉnh Quảng Nam là tổ chức chính trị - xã hội, đại diện và "
             "hỗ trợ các HTX, tổ hợp tác trên địa bàn tỉnh."),
            ("/lien-he", "Liên hệ", "Mọi thông tin xin liên hệ Văn phòng Liên minh HTX tỉnh.")], 1):
        node = (f'<article data-history-node-id="{n}" class="node node--type-page node--view-mode-full">\n  <header class="">'
                f'</header>\n  <div class="node__content">\n<div class="text-content clearfix field field--name-body '
                f'field--type-text-with-summary field--label-hidden field__item"><p>{esc(text)}</p></div>\n  </div>\n</article>')
        site.page(path, layout(f'<span class="field field--name-title field--type-string field--label-hidden">{title}</span>',
                               node, body_class="path-node page-node-type-page", canonical=path, shortlink=f"/node/{n}"),
                  content_type=HTML)
        site.same_page(f"/node/{n}", path)
        site.non_articles += [path, f"/node/{n}"]
    site.trap("basic pages /gioi-thieu, /lien-he (node/1, node/2: the same node template, no submitted line): not "
              "articles", "/gioi-thieu")
    for path, title in [("/user/login", "Đăng nhập"), ("/search/node", "Tìm kiếm"), ("/user/register", "Tạo tài khoản mới")]:
        site.page(path, layout(title, f'<form method="post" action="{path}"><input type="text" name="name" /><input '
                                      f'type="submit" value="{title}" /></form>', body_class="path-user", canonical=path),
                  content_type=HTML)
        site.never_fetched.append(path)
    site.static("/robots.txt", """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google.
User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.css?
Allow: /core/*.js$
Allow: /core/*.js?
Allow: /core/*.gif
Allow: /core/*.jpg
Allow: /core/*.jpeg
Allow: /core/*.png
Allow: /core/*.svg
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.md
Disallow: /composer/Metapackage/README.txt
Disallow: /composer/Plugin/ProjectMessage/README.md
Disallow: /composer/Plugin/Scaffold/README.md
Disallow: /composer/Plugin/VendorHardening/README.txt
Disallow: /composer/Template/README.txt
Disallow: /modules/README.txt
Disallow: /sites/README.txt
Disallow: /themes/README.txt
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
Disallow: /media/oembed
Disallow: /*/media/oembed
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/filter/tips
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/password
Disallow: /index.php/user/register
Disallow: /index.php/user/login
Disallow: /index.php/user/logout
Disallow: /index.php/media/oembed
Disallow: /index.php/*/media/oembed
""")
    site.trap("Drupal's stock robots.txt disallows /search/ (the footer's 'Tìm kiếm' /search/node), /user/login (the "
              "account menu) and /user/register (the comment section's 'Đăng nhập hoặc đăng ký' links with ?destination=): "
              "never fetched", "/search/node")
    site.binary("/core/themes/olivero/favicon.ico", b"\x00\x00\x01\x00")
    return site


def rss(title: str, link: str, items: list[RichArticle]) -> str:
    its = "".join(
        f"<item>\n  <title>{esc(a.title)}</title>\n  <link>{{{{base}}}}{a.path}</link>\n  <description>"
        f"{esc(inline_text(next(b.text for b in a.blocks if b.kind == 'p')))}</description>\n  <pubDate>"
        f"{a.date - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} +0000</pubDate>\n  <dc:creator>{esc(a.opts['by'])}</dc:creator>\n"
        f"  <guid isPermaLink=\"false\">{a.opts['nid']} at {{{{base}}}}</guid>\n</item>\n" for a in items)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{{{{base}}}}{link}" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n  <channel>\n    '
            f"<title>{esc(title)}</title>\n    <link>{{{{base}}}}{link}</link>\n    <description></description>\n    "
            f"<language>vi</language>\n    \n{its}  </channel>\n</rss>\n")
