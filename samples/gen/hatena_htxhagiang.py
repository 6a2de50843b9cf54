"""Site `hatena-htxhagiang` (registry family `generic`): "Nhật ký Liên minh HTX Hà Giang", the blog the Hà Giang
cooperative alliance's office keeps on **Hatena Blog** (はてなブログ, a Pro plan with its own subdomain, the theme
"Smooth" left as it is, the time zone of the blog set to "(GMT+07:00) Asia/Ho_Chi_Minh", the editor in Markdown
mode; the copy is of 5 December 2024). Written as a held-out test: no family module, no selectors.

What is an article here: an entry (`<article class="entry">`) of the blog, on its permalink page. The blog's system
strings stay Japanese (Hatena translates nothing the reader sees: "コメントを書く", "次のページ", "関連記事",
"読者になる", "Powered by Hatena Blog"); the sidebar modules' titles are the owner's (Vietnamese).

URL shapes: an entry `/entry/<yyyy>/<mm>/<dd>/<hhmmss>` (the default "date" URL, in the blog's time zone) or
`/entry/<custom-slug>` (the "カスタムURL" field, set on two entries); the top page `/` shows the 5 newest entries in
full (cut at `<!-- more -->` by a "続きを読む" link) and pages by `?page=<unix epoch>` (the UTC epoch of the last entry
shown, "次のページ"); `/archive` (記事一覧), `/archive/<yyyy>/<mm>` and `/archive/<yyyy>/<mm>/<dd>` (the header date
links there, `rel="nofollow"`), `/archive/category/<name>` (the name percent-encoded, spaces as %20); `/about`; the
Atom feed `/feed` (7 entries, `rel="next"` `?page=<epoch>`), the RSS `/rss`; the sitemap index `/sitemap.xml` with
`/sitemap_periodical.xml?year=&month=` files (robots.txt names it).

Why it is hard: the entry header date `<time datetime="2024-11-19T23:30:00Z">` is UTC (an entry posted at 06:30 in
Hà Nội is the day before in UTC) while its visible spans, the footer time "2024-11-20 06:30" and the URL are the
blog's time; the JSON-LD `datePublished` carries the blog's offset (+07:00). The `<title>` is "<entry> - <blog>";
the `<h1>` holds a link (`a.entry-title-link`). The footer's "id:htxhagiang" is the office's account, never the
author: the author is the closing byline of the text when it names a person. Photos are Hatena Fotolife figures
(`figure.figure-image-fotolife` with the caption in `<figcaption>` and again in the figure's `title` attribute).
Comments (`div.comment-box`) with the owner's answer sit under the entry; the related-entries module, the
previous/next pager and the sidebar modules carry other entries' titles. The top page repeats whole entries.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso
from .richbody import RichArticle, parse_rich

SITE = "hatena-htxhagiang"
BLOG = "Nhật ký Liên minh HTX Hà Giang"
DESC = "Tin hoạt động của Liên minh Hợp tác xã tỉnh Hà Giang - cập nhật hằng tuần"
USER = "htxhagiang"
HOST = "htxhagiang.hatenablog.com"
NOW = datetime(2024, 12, 5, 10, 0)
FOOT1 = "Liên minh Hợp tác xã tỉnh Hà Giang - Tổ 10, phường Minh Khai, TP Hà Giang"
FOOT2 = "Điện thoại: 0219.3866.124 - Thư điện tử: lmhtx@hagiang.gov.vn"
PER_PAGE = 5
FURN = [BLOG, DESC, FOOT1, FOOT2, "コメントを書く", "Powered by Hatena Blog", "ブログを報告する", "読者になる",
        "関連記事", "Chuyên mục của blog", "Lưu trữ theo tháng", "Bài mới đăng", "Tìm trong blog",
        f"id:{USER}", "Giới thiệu blog"]
CATS = ["Thông báo", "Tin hoạt động", "Mô hình HTX", "Văn bản - Hướng dẫn"]


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def zstamp(d: datetime) -> str:
    return f"{utc(d):%Y-%m-%dT%H:%M:%S}Z"


def epoch(d: datetime) -> int:
    return int((utc(d) - datetime(1970, 1, 1)).total_seconds())


def cat_path(c: str) -> str:
    return "/archive/category/" + quote(c, safe="")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, cats: list[str], slug: str | None = None, **opts) -> dict:
        path = f"/entry/{slug}" if slug else f"/entry/{d:%Y/%m/%d/%H%M%S}"
        ev = ["metadata", "date-element"] + ([] if slug else ["url"]) + ["listing"]
        return dict(path=path, date=d, published=iso(d), published_source="metadata", evidence=ev,
                    opts={"cats": cats, **opts})

    return [
        A(title="Thông báo số 38/TB-LMHTX về việc tham gia Hội chợ sản phẩm OCOP tỉnh Hà Giang năm 2024",
          body="""
LIÊN MINH HTX TỈNH HÀ GIANG
Số: 38/TB-LMHTX
Hà Giang, ngày 27 tháng 11 năm 2024
Thực hiện Kế hoạch xúc tiến thương mại năm 2024, Liên minh HTX tỉnh thông báo tới các HTX có sản phẩm OCOP về việc tham gia Hội chợ sản phẩm OCOP tỉnh Hà Giang năm 2024.
* Thời gian: từ ngày 12/12 đến ngày 16/12/2024;
* Địa điểm: Quảng trường 26/3, TP Hà Giang;
* Mỗi HTX được hỗ trợ 01 gian hàng tiêu chuẩn miễn phí.
Các HTX đăng ký tham gia gửi về Văn phòng Liên minh HTX tỉnh trước ngày 05/12/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lù Văn Páo
""", author=None, doc_number="38/TB-LMHTX",
          notes=["notice 'Số: 38/TB-LMHTX' dated 27/11 in its text, posted 28/11 15:40 (<time datetime='2024-11-28T08:40"
                 ":00Z'>, footer '2024-11-28 15:40', URL /entry/2024/11/28/154000, JSON-LD +07:00); the signer is text, "
                 "no author; the footer's 'id:htxhagiang' is the office's account"],
          **at(datetime(2024, 11, 28, 15, 40), ["Thông báo"])),
        A(title="Ảnh: HTX Chè Shan tuyết Lũng Phìn vào vụ chè đông",
          body="""
Những ngày cuối tháng 11, thành viên HTX Chè Shan tuyết Lũng Phìn (huyện Đồng Văn) thu hái lứa chè đông trên các sườn núi đá.
[img lung-phin-1.png] Thành viên HTX thu hái chè Shan tuyết cổ thụ ở độ cao 1.400 m
[img lung-phin-2.png] Chè búp tươi được đưa về xưởng chế biến của HTX ngay trong ngày
[img lung-phin-3.png] Sản phẩm chè Shan tuyết của HTX đạt chuẩn OCOP 4 sao
Vụ chè đông năm nay HTX dự kiến thu mua khoảng 18 tấn chè búp tươi của thành viên.
Bài, ảnh: Lò Thị Mai
""", author="Lò Thị Mai",
          notes=["posted at 06:30 on 20 November: the header <time datetime='2024-11-19T23:30:00Z'> (UTC) is the day "
                 "before, its visible spans '2024-11-20', the footer '2024-11-20 06:30' and the URL /entry/2024/11/20/"
                 "063000 are the blog's time; published 2024-11-20 06:30; three Fotolife figures, their <figcaption> "
                 "lines of the text (the caption again in the figure's title attribute); 'Bài, ảnh: Lò Thị Mai' -> author"],
          **at(datetime(2024, 11, 20, 6, 30), ["Tin hoạt động", "Mô hình HTX"])),
        A(title="Kết quả phát triển HTX tỉnh Hà Giang 10 tháng năm 2024",
          body="""
Đến hết tháng 10/2024, toàn tỉnh có 628 HTX đang hoạt động, tăng 31 HTX so với cuối năm 2023.
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| Nông, lâm nghiệp | 512 | 9.840 | 1.120 |
| Tiểu thủ công nghiệp | 38 | 620 | 1.950 |
| Thương mại, dịch vụ, du lịch | 54 | 870 | 2.430 |
| Vận tải | 24 | 410 | 3.160 |
Liên minh HTX tỉnh phấn đấu đến hết năm 2024 thành lập mới 45 HTX.
Văn phòng Liên minh HTX tỉnh
""", author=None,
          notes=["a Markdown table (<table> with <thead>), one line per row; a custom URL /entry/ket-qua-phat-trien-htx-10-"
                 "thang-2024 (no date in it); closed by 'Văn phòng Liên minh HTX tỉnh' (an office: text, no author)"],
          **at(datetime(2024, 11, 12, 9, 15), ["Tin hoạt động"], slug="ket-qua-phat-trien-htx-10-thang-2024")),
        A(title="Những điểm mới của Luật Hợp tác xã năm 2023 mà HTX cần nắm",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024, có nhiều điểm mới về thành viên, vốn góp và tổ chức quản lý.
Bài viết tóm tắt những nội dung các HTX trên địa bàn tỉnh thường hỏi Liên minh HTX tỉnh.
## Về thành viên
* HTX được kết nạp thành viên liên kết không góp vốn;
* Thành viên chính thức phải sử dụng sản phẩm, dịch vụ của HTX;
* Vốn góp tối đa của một thành viên không quá 30% vốn điều lệ.
## Về tổ chức quản lý
* HTX được chọn mô hình tổ chức quản lý rút gọn hoặc đầy đủ;
* HTX có dưới 50 thành viên có thể không thành lập Ban kiểm soát.
Nguyễn Đức Thắng - Ban Kiểm tra Liên minh HTX tỉnh
""", author="Nguyễn Đức Thắng",
          notes=["Markdown headings (<h3 id=…>) and lists; the top page shows it cut at <!-- more --> after the second "
                 "paragraph, with a '続きを読む' link to the permalink; 'Nguyễn Đức Thắng - Ban Kiểm tra …' -> author"],
          **at(datetime(2024, 11, 5, 14, 0), ["Văn bản - Hướng dẫn"], more=2)),
        A(title="HTX Mật ong bạc hà Mèo Vạc mở rộng đàn ong lên 2.000 tổ",
          body="""
HTX Mật ong bạc hà Mèo Vạc hiện có 46 thành viên, nuôi gần 2.000 tổ ong nội trên cao nguyên đá.
Mật ong bạc hà của HTX đã có chỉ dẫn địa lý và được bán tại các siêu thị lớn ở Hà Nội.
HTX đang liên kết với các hộ trồng hoa tam giác mạch để mở rộng vùng nguyên liệu cho đàn ong.
Theo Báo Hà Giang
""", author=None,
          notes=["a reprint closed by 'Theo Báo Hà Giang': no author"],
          **at(datetime(2024, 10, 29, 10, 20), ["Mô hình HTX"])),
        A(title="Liên minh HTX tỉnh tập huấn kỹ năng bán hàng trực tuyến cho HTX vùng cao",
          body="""
Từ ngày 16 đến 18/10, Liên minh HTX tỉnh tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến cho 60 học viên là cán bộ HTX các huyện Yên Minh, Quản Bạ, Đồng Văn và Mèo Vạc.
Học viên được hướng dẫn chụp ảnh sản phẩm, viết bài giới thiệu và mở gian hàng trên sàn thương mại điện tử.
Kết thúc lớp học, 22 HTX đã mở được gian hàng trực tuyến đầu tiên.
Tin: Vàng Thị Dung
""", author="Vàng Thị Dung",
          notes=["two comments of readers (Hatena ids) and the owner's answer in div.comment-box under the entry: not "
                 "text; 'Tin: Vàng Thị Dung' -> author"],
          **at(datetime(2024, 10, 18, 16, 45), ["Tin hoạt động"], comments=[("giangseo_htx", "HTX chúng tôi ở Yên Minh cũng muốn tham gia lớp sau, xin hỏi khi nào mở lớp?",
                              datetime(2024, 10, 18, 20, 12)),
                             (USER, "Liên minh HTX tỉnh dự kiến mở lớp tiếp theo vào tháng 3/2025, sẽ thông báo trên blog.",
                              datetime(2024, 10, 19, 8, 3)),
                             ("thaomeovac", "Lớp học rất bổ ích, cảm ơn thầy cô!", datetime(2024, 10, 19, 21, 47))])),
        A(title="Hội nghị sơ kết mô hình HTX kiểu mới huyện Quản Bạ",
          body="""
Sáng 4/10, Liên minh HTX tỉnh phối hợp với UBND huyện Quản Bạ tổ chức hội nghị sơ kết 3 năm phát triển mô hình HTX kiểu mới.
[img quan-ba.png] Quang cảnh hội nghị sơ kết tại huyện Quản Bạ
Giai đoạn 2021 - 2024, huyện Quản Bạ thành lập mới 27 HTX, nâng tổng số lên 74 HTX với hơn 1.300 thành viên.
Hội nghị đã khen thưởng 8 HTX tiêu biểu trong sản xuất, kinh doanh.
Hoàng Văn Sơn
""", author="Hoàng Văn Sơn",
          notes=["a custom URL /entry/hoi-nghi-so-ket-htx-kieu-moi-quan-ba; the bare name 'Hoàng Văn Sơn' closes it -> "
                 "author; the event is 'Sáng 4/10', posted 7/10"],
          **at(datetime(2024, 10, 7, 8, 0), ["Tin hoạt động"], slug="hoi-nghi-so-ket-htx-kieu-moi-quan-ba")),
        A(title="HTX Dệt thổ cẩm Lùng Tám giữ nghề dệt lanh truyền thống",
          body="""
HTX Dệt thổ cẩm Lùng Tám (huyện Quản Bạ) hiện có 52 thành viên là phụ nữ dân tộc Mông.
Sản phẩm khăn, túi, váy từ vải lanh của HTX được khách du lịch trong và ngoài nước ưa chuộng.
Mỗi năm HTX đón hơn 3.000 lượt khách đến tham quan, trải nghiệm nghề dệt.
Bài: Sùng Thị Dợ
""", author="Sùng Thị Dợ",
          notes=["the oldest entries are not on the top page: only on /?page=<epoch> ('次のページ', the UTC epoch of the "
                 "fifth entry), the month archive and the feed's next page /feed?page=<epoch>; 'Bài: Sùng Thị Dợ' -> author"],
          **at(datetime(2024, 9, 23, 11, 30), ["Mô hình HTX"])),
        A(title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Tùng Vài",
          body="""
Chiều 9/9, đoàn công tác Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Tùng Vài (huyện Quản Bạ) về phương án sản xuất cam sành.
HTX hiện có 35 ha cam sành, dự kiến thu hoạch khoảng 300 tấn trong vụ năm nay.
Liên minh HTX tỉnh sẽ hỗ trợ HTX kết nối tiêu thụ với các siêu thị tại Hà Nội.
""", author=None,
          notes=["posted 10/09 at 00:20 about the afternoon before ('Chiều 9/9'): in UTC the 9th (2024-09-09T17:20:00Z); "
                 "no byline: no author; only on the top page's second page, the archives and the feed's next page"],
          **at(datetime(2024, 9, 10, 0, 20), ["Tin hoạt động"])),
    ]


def h(text: str, n: int = 8) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def fotolife(a: RichArticle, src: str) -> str:
    stamp = a.date.strftime("%Y%m%d")
    return f"/images/fotolife/h/{USER}/{stamp}/{stamp}{h(src, 6)}.png"


def body_html(a: RichArticle, upto: int | None = None) -> str:
    out = []
    blocks = parse_rich(a.body)
    for i, b in enumerate(blocks):
        if upto is not None and i >= upto:
            break
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h3 id="{attr(b.text.replace(" ", "-"))}">{esc(b.text)}</h3>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th> {esc(c)} </th>" for c in head)
                       + "\n</tr>\n</thead>\n<tbody>\n"
                       + "".join("<tr>\n" + "\n".join(f"<td> {esc(c)} </td>" for c in r) + "\n</tr>\n" for r in rows)
                       + "</tbody>\n</table>")
        elif b.kind == "img":
            cap = esc(b.text)
            out.append(f'<figure class="figure-image figure-image-fotolife" title="{attr(b.text)}"><p><span itemscope '
                       f'itemtype="http://schema.org/Photograph"><img src="{fotolife(a, b.src)}" width="1200" height="800" '
                       f'loading="lazy" title="" class="hatena-fotolife" itemprop="image"></span></p>'
                       + (f"<figcaption>{cap}</figcaption>" if b.text else "") + "</figure>")
    return "\n".join(out)


HTML = "text/html; charset=utf-8"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-giang", f"{BLOG} (Hatena Blog)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/feed" % SITE])
    site.extra_boilerplate += FURN
    add_page = site.page

    def page(path: str, content: str, **kw) -> None:
        add_page(path, content, **(kw or {"content_type": HTML}))
    site.page = page  # type: ignore[method-assign]
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    by_month: dict[str, list[RichArticle]] = {}
    for a in arts:
        by_month.setdefault(f"{a.date:%Y/%m}", []).append(a)
    by_day: dict[str, list[RichArticle]] = {}
    for a in arts:
        by_day.setdefault(f"{a.date:%Y/%m/%d}", []).append(a)

    def header_date(a: RichArticle) -> str:
        d = a.date
        return (f'<div class="date entry-date first"><a href="/archive/{d:%Y/%m/%d}" rel="nofollow">'
                f'<time data-relative datetime="{zstamp(d)}" title="{zstamp(d)}"><span class="date-year">{d:%Y}</span>'
                f'<span class="hyphen">-</span><span class="date-month">{d:%m}</span><span class="hyphen">-</span>'
                f'<span class="date-day">{d:%d}</span></time></a></div>')

    def cats_html(a: RichArticle) -> str:
        return ('<div class="entry-categories categories">' + "".join(
            f'<a href="{cat_path(c)}" class="entry-category-link category-{quote(c.replace(" ", "-"), safe="")}">'
            f"{esc(c)}</a>" for c in a.opts["cats"]) + "</div>")

    def entry_html(a: RichArticle, permalink: bool) -> str:
        more = a.opts.get("more")
        if permalink or not more:
            content = body_html(a)
            read_more = ""
        else:
            content = body_html(a, more)
            read_more = f'<p class="entry-see-more"><a href="{a.path}#more" class="entry-see-more">続きを読む</a></p>'
        title_tag = "h1" if permalink else "h1"
        comments = ""
        if permalink:
            items = "".join(
                f'<li class="entry-comment js-entry-comment"><div class="comment-user-name userlink"><a href="{{{{base:offsite}}}}'
                f'/hatena/{u}/" class="comment-user-id">id:{u}</a></div><div class="comment-content"><p>{esc(t)}</p></div>'
                f'<div class="comment-metadata"><a href="#{h(t, 16)}"><time data-relative datetime="{zstamp(w)}" '
                f'title="{zstamp(w)}">{w:%Y-%m-%d %H:%M}</time></a></div></li>' for u, t, w in a.opts.get("comments", []))
            comments = (('<ul class="comment js-comment">' + items + "</ul>") if items else "") + \
                '<a class="leave-comment-title js-leave-comment-title" href="javascript:void(0)">コメントを書く</a>'
            comments = f'<div class="comment-box js-comment-box">{comments}</div>'
        footer = f"""<footer class="entry-footer">
  <div class="entry-tags-wrapper"><div class="entry-tags"></div></div>
  <p class="entry-footer-section track-inview-by-gtm" data-gtm-item-label-name="Entry Footer">
    <span class="author vcard"><span class="fn" data-load-nickname="1" data-user-name="{USER}"><a href="{{{{base:offsite}}}}/hatena/{USER}/" class="author">id:{USER}</a></span></span>
    <span class="entry-footer-time"><a href="{a.path}"><time data-relative datetime="{zstamp(a.date)}" title="{zstamp(a.date)}" class="updated">{a.date:%Y-%m-%d %H:%M}</time></a></span>
  </p>
  <div class="hatena-star-container" data-hatena-star-container data-hatena-star-url="{{{{base}}}}{a.path}" data-hatena-star-title="{attr(a.title)}" data-hatena-star-variant="profile-icon" data-hatena-star-profile-url-template="https://blog.hatena.ne.jp/{{username}}/"></div>
  <div class="social-buttons">
    <div class="social-button-item"><a href="{{{{base:offsite}}}}/b-hatena/entry/{h(a.path)}" class="hatena-bookmark-button" data-hatena-bookmark-layout="vertical-normal" data-hatena-bookmark-lang="ja" title="この記事をはてなブックマークに追加"><img src="/images/entry-button/button-only.png" alt="この記事をはてなブックマークに追加" width="20" height="20" style="border: none;"></a></div>
    <div class="social-button-item"><div class="fb-share-button" data-layout="box_count" data-href="{{{{base}}}}{a.path}"></div></div>
  </div>
  {comments}
</footer>""" if permalink else f"""<footer class="entry-footer">
  <p class="entry-footer-section"><span class="author vcard"><span class="fn" data-user-name="{USER}"><a href="{{{{base:offsite}}}}/hatena/{USER}/" class="author">id:{USER}</a></span></span>
  <span class="entry-footer-time"><a href="{a.path}"><time data-relative datetime="{zstamp(a.date)}" title="{zstamp(a.date)}" class="updated">{a.date:%Y-%m-%d %H:%M}</time></a></span></p>
</footer>"""
        return f"""<article class="entry hentry test-hentry js-entry-article date-first autopagerize_page_element chars-400 words-100 mode-markdown entry-odd" id="entry-{h(a.path, 16)}" data-keyword-campaign="" data-uuid="{int(h(a.path, 12), 16)}" data-publication-type="entry">
<div class="entry-inner">
<header class="entry-header">
{header_date(a)}
<{title_tag} class="entry-title"><a href="{a.path}" class="entry-title-link bookmark">{esc(a.title)}</a></{title_tag}>
{cats_html(a)}
</header>
<div class="entry-content hatenablog-entry">
{content}
{read_more}
</div>
{footer}
</div>
</article>"""

    def related(a: RichArticle) -> str:
        others = [x for x in arts if x is not a and set(x.opts["cats"]) & set(a.opts["cats"])][:3]
        if not others:
            return ""
        lis = "".join(f'<li class="urllist-item related-entries-item"><div class="urllist-item-inner related-entries-item-inner">'
                      f'<div class="urllist-date-link related-entries-date-link"><a href="/archive/{x.date:%Y/%m/%d}" '
                      f'rel="nofollow"><time datetime="{zstamp(x.date)}" title="{x.date:%Y年%m月%d日}">{x.date:%Y-%m-%d}</time></a></div>'
                      f'<a href="{x.path}" class="urllist-title-link related-entries-title-link urllist-title related-entries-title">'
                      f"{esc(x.title)}</a></div></li>" for x in others)
        return (f'<div class="customized-footer"><div class="hatena-module hatena-module-related-entries"><div class="hatena-module-title">'
                f'関連記事</div><div class="hatena-module-body"><ul class="related-entries hatena-urllist urllist-with-thumbnails">{lis}'
                "</ul></div></div></div>")

    def sidebar() -> str:
        recent = "".join(f'<li class="urllist-item recent-entries-item"><div class="urllist-item-inner recent-entries-item-inner">'
                         f'<a href="{a.path}" class="urllist-title-link recent-entries-title-link urllist-title recent-entries-title">'
                         f"{esc(a.title)}</a></div></li>" for a in arts[:5])
        cats = "".join(f'<li><a href="{cat_path(c)}" class="category-{quote(c.replace(" ", "-"), safe="")}">{esc(c)} '
                       f"({sum(1 for a in arts if c in a.opts['cats'])})</a></li>" for c in CATS)
        months = "".join(f'<li class="archive-module-month"><a href="/archive/{m}">{m.replace("/", " / ")} '
                         f"({len(v)})</a></li>" for m, v in by_month.items())
        return f"""<aside id="box2" class="sidebar">
<div id="box2-inner">
<div class="hatena-module hatena-module-profile"><div class="hatena-module-title">Giới thiệu blog</div>
<div class="hatena-module-body"><a href="/about" class="profile-icon-link"><img src="/images/profile/{USER}.png" alt="id:{USER}" class="profile-icon"></a>
<span class="id"><a href="/about" class="hatena-id-link"><span data-load-nickname="1" data-user-name="{USER}">id:{USER}</span></a></span>
<div class="profile-description"><p>{esc(DESC)}</p></div>
<div class="hatena-follow-button-box btn-subscribe js-hatena-follow-button-box"><a href="javascript:void(0)" class="hatena-follow-button js-hatena-follow-button"><span class="subscribe-text">読者になる</span></a></div>
</div></div>
<div class="hatena-module hatena-module-search-box"><div class="hatena-module-title">Tìm trong blog</div><div class="hatena-module-body">
<form class="search-form" role="search" action="/search" method="get"><input type="text" name="q" class="search-module-input" value="" placeholder="記事を検索" required><input type="submit" value="" class="search-module-button"></form></div></div>
<div class="hatena-module hatena-module-recent-entries"><div class="hatena-module-title"><a href="/archive">Bài mới đăng</a></div>
<div class="hatena-module-body"><ul class="recent-entries hatena-urllist">{recent}</ul></div></div>
<div class="hatena-module hatena-module-category"><div class="hatena-module-title">Chuyên mục của blog</div><div class="hatena-module-body"><ul class="hatena-urllist">{cats}</ul></div></div>
<div class="hatena-module hatena-module-archive" data-archive-type="default" data-archive-url="/archive"><div class="hatena-module-title"><a href="/archive">Lưu trữ theo tháng</a></div>
<div class="hatena-module-body"><ul class="hatena-urllist archive-module-year"><li class="archive-module-year archive-module-year-hidden" data-year="2024"><div class="archive-module-button"><span class="archive-module-hide-button">▼</span><span class="archive-module-show-button">▶</span></div><a href="/archive/2024" class="archive-module-year-title archive-module-year-2024">2024</a><ul class="archive-module-months">{months}</ul></li></ul></div></div>
</div>
</aside>"""

    def layout(title: str, head: str, inner: str, page_type: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="ja" data-admin-domain="//blog.hatena.ne.jp" data-author="{USER}" data-avail-langs="ja en" data-blog="{HOST}" data-blog-host="{HOST}" data-blog-name="{attr(BLOG)}" data-blog-owner="{USER}" data-blog-uri="{{{{base}}}}/" data-device="pc" data-page="{page_type}" data-plus-available="1" data-tz="Asia/Ho_Chi_Minh" itemscope itemtype="http://schema.org/Blog">
<head prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb# article: http://ogp.me/ns/article#">
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
{head}
<link rel="alternate" type="application/atom+xml" title="Atom" href="{{{{base}}}}/feed"/>
<link rel="alternate" type="application/rss+xml" title="RSS2.0" href="{{{{base}}}}/rss"/>
<link rel="author" href="{{{{base:offsite}}}}/hatena/{USER}/">
<link rel="stylesheet" type="text/css" href="/css/blog.css"/>
<link rel="stylesheet" type="text/css" href="/theme/css/smooth.css"/>
<script src="/js/lib/jquery-3.7.1.min.js"></script>
</head>
<body class="page-{page_type} enable-top-editarea enable-bottom-editarea category-none globalheader-ng-enabled">
<div id="globalheader-container" data-brand="hatenablog"><iframe id="globalheader" height="37" frameborder="0" allowTransparency="true" src="/-/globalheader?blog={HOST}"></iframe></div>
<div id="container"><div id="container-inner">
<header id="blog-title" data-brand="hatenablog"><div id="blog-title-inner"><div id="blog-title-content">
<h1 id="title"><a href="/">{esc(BLOG)}</a></h1>
<h2 id="blog-description">{esc(DESC)}</h2>
</div></div></header>
<div id="content" class="hfeed"><div id="content-inner">
<div id="wrapper"><div id="main"><div id="main-inner">
{inner}
</div></div></div>
{sidebar()}
</div></div>
<footer id="footer" data-brand="hatenablog"><div id="footer-inner">
<div id="bottom-editarea"><p>{esc(FOOT1)}</p><p>{esc(FOOT2)}</p></div>
<address class="footer-address"><a href="/"><img src="/images/profile/{USER}.png" width="16" height="16" alt="{attr(BLOG)}"/><span class="footer-address-name">{esc(BLOG)}</span></a></address>
<p class="services">Powered by <a href="{{{{base:offsite}}}}/hatenablog/">Hatena Blog</a> | <a href="{{{{base:offsite}}}}/hatenablog/report?blog={HOST}" class="report-abuse-link test-report-abuse-link" target="_blank">ブログを報告する</a></p>
</div></footer>
</div></div>
<script src="/js/blog.js" crossorigin="anonymous"></script>
</body>
</html>
"""

    # permalinks
    for i, a in enumerate(arts):
        newer = arts[i - 1] if i > 0 else None
        older = arts[i + 1] if i + 1 < len(arts) else None
        desc = inline_text(next(b.text for b in parse_rich(a.body) if b.kind == "p"))[:100]
        img = next((b.src for b in parse_rich(a.body) if b.kind == "img"), None)
        og_img = f"{{{{base}}}}{fotolife(a, img)}" if img else "{{base}}/images/ogp/default.png"
        ld = ('{"@context":"http://schema.org","@type":"BlogPosting","mainEntityOfPage":{"@type":"WebPage","@id":"{{base}}'
              + a.path + '"},"headline":' + _js(a.title) + ',"description":' + _js(desc) + ',"datePublished":"'
              + iso(a.date) + '","dateModified":"' + iso(a.date + timedelta(minutes=12)) + '","author":{"@type":"Person",'
              '"name":"' + USER + '","url":"{{base:offsite}}/hatena/' + USER + '/"},"publisher":{"@type":"Organization",'
              '"name":' + _js(BLOG) + '},"image":["' + og_img + '"]}')
        head = f"""<meta name="description" content="{attr(desc)}">
<link rel="canonical" href="{{{{base}}}}{a.path}"/>
<meta property="og:title" content="{attr(a.title)} - {attr(BLOG)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{{{{base}}}}{a.path}" />
<meta property="og:description" content="{attr(desc)}" />
<meta property="og:image" content="{og_img}" />
<meta property="og:site_name" content="{attr(BLOG)}" />
<meta property="article:published_time" content="{epoch(a.date)}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="{attr(a.title)} - {attr(BLOG)}" />
<meta name="twitter:app:name:iphone" content="はてなブログアプリ" />
<script type="application/ld+json">{ld}</script>"""
        pager = '<div class="pager pager-permalink permalink">'
        if newer:
            pager += (f'<span class="pager-prev"><a href="{newer.path}" rel="prev"><span class="pager-arrow">&laquo; </span>'
                      f"{esc(newer.title)}</a></span>")
        if older:
            pager += (f'<span class="pager-next"><a href="{older.path}" rel="next">{esc(older.title)}'
                      '<span class="pager-arrow"> &raquo;</span></a></span>')
        pager += "</div>"
        inner = entry_html(a, True).replace("</footer>", related(a) + "</footer>", 1) + pager
        site.page(a.path, layout(f"{a.title} - {BLOG}", head, inner, "entry"))
        site.add_article(a)
        for _, t, _ in a.opts.get("comments", []):
            site.extra_boilerplate.append(t)
    site.trap("the article:published_time meta is a bare Unix epoch (Hatena prints it so); the header <time datetime> "
              "and the footer <time> are UTC ('…Z'), their visible text the blog's time (+07:00)", arts[0].path)
    site.trap("<title> and og:title are '<entry> - Nhật ký Liên minh HTX Hà Giang'; the <h1 class=entry-title> holds a "
              "link; the blog's name is <h1 id=title> above it", arts[0].path)
    site.trap("the pager under an entry, the '関連記事' module in the entry footer and the sidebar ('Bài mới đăng') "
              "print other entries' titles", arts[3].path)

    # the top page and its ?page=<epoch> pages
    chunks = [arts[i:i + PER_PAGE] for i in range(0, len(arts), PER_PAGE)]
    index_head = (f'<link rel="canonical" href="{{{{base}}}}/"/>\n<meta property="og:title" content="{attr(BLOG)}" />\n'
                  f'<meta property="og:type" content="blog" />\n<meta property="og:description" content="{attr(DESC)}" />')
    prev_path = None
    for k, chunk in enumerate(chunks):
        path = "/" if k == 0 else f"/?page={epoch(chunks[k - 1][-1].date)}"
        nav = '<div class="pager autopagerize_insert_before">'
        if k > 0:
            nav += f'<span class="pager-prev"><a href="{prev_path}" rel="prev">前のページ</a></span>'
        if k + 1 < len(chunks):
            nav += f'<span class="pager-next"><a href="/?page={epoch(chunk[-1].date)}" rel="next">次のページ</a></span>'
        nav += "</div>"
        inner = "\n".join(entry_html(a, False) for a in chunk) + nav
        site.page(path, layout(BLOG, index_head, inner, "index"))
        site.non_articles.append(path)
        prev_path = path
    site.trap("the top page shows the 5 newest entries in full (one cut at <!-- more --> by '続きを読む'); '次のページ' "
              "is /?page=<Unix epoch of the last entry shown> (UTC)", f"/?page={epoch(chunks[0][-1].date)}")

    # archives
    def archive_page(heading: str, items: list[RichArticle]) -> str:
        secs = "".join(f"""<section class="archive-entry test-archive-entry autopagerize_page_element" data-uuid="{int(h(a.path, 12), 16)}">
<div class="archive-entry-header"><div class="date archive-date"><a href="/archive/{a.date:%Y/%m/%d}" rel="nofollow"><time datetime="{a.date:%Y-%m-%d}" title="{a.date:%Y-%m-%d}"><span class="date-year">{a.date:%Y}</span><span class="hyphen">-</span><span class="date-month">{a.date:%m}</span><span class="hyphen">-</span><span class="date-day">{a.date:%d}</span></time></a></div>
<h1 class="entry-title"><a class="entry-title-link" href="{a.path}">{esc(a.title)}</a></h1></div>
<div class="categories">{"".join(f'<a href="{cat_path(c)}" class="archive-category-link category-{quote(c.replace(" ", "-"), safe="")}">{esc(c)}</a>' for c in a.opts["cats"])}</div>
<div class="archive-entry-body"><p class="entry-description">{esc(a.summary()[:120])}</p></div>
</section>""" for a in items)
        return f'<h2 class="archive-heading">{esc(heading)}</h2><div class="archive-entries">{secs}</div>'

    pages = {"/archive": ("記事一覧", arts)}
    for m, v in by_month.items():
        pages[f"/archive/{m}"] = (f"{m.replace('/', '-')}から1ヶ月間の記事一覧", v)
    pages["/archive/2024"] = ("2024-01-01から1年間の記事一覧", arts)
    for d, v in by_day.items():
        pages[f"/archive/{d}"] = (f"{d.replace('/', '-')}の記事一覧", v)
    for c in CATS:
        pages[cat_path(c)] = (f"カテゴリー：{c}", [a for a in arts if c in a.opts["cats"]])
    for path, (heading, items) in pages.items():
        site.page(path, layout(f"{heading} - {BLOG}", f'<link rel="canonical" href="{{{{base}}}}{path}"/>',
                               archive_page(heading, items), "archive"))
        site.non_articles.append(path)
    site.trap("archives: /archive (記事一覧), /archive/<yyyy>/<mm>, /archive/<yyyy>/<mm>/<dd> (the header date's "
              "rel=nofollow link) and /archive/category/<percent-encoded name> ('Văn%20b%E1%BA%A3n%20-%20H…'): "
              "listings with summaries, not articles", cat_path("Văn bản - Hướng dẫn"))

    about = (f'<article class="entry"><div class="entry-inner"><header class="entry-header"><h1 class="entry-title">'
             f'このブログについて</h1></header><div class="entry-content"><p>{esc(DESC)}</p><dl><dt>プロフィール</dt><dd>'
             f'<span>id:{USER}</span></dd><dt>ブログ投稿数</dt><dd>{len(arts)} 記事</dd><dt>ブログ投稿日数</dt>'
             f"<dd>{len(by_day)} 日</dd><dt>読者</dt><dd>27 人</dd></dl></div></div></article>")
    site.page("/about", layout(f"このブログについて - {BLOG}", '<link rel="canonical" href="{{base}}/about"/>', about, "about"))
    site.non_articles.append("/about")

    # feeds
    fchunks = [arts[i:i + 7] for i in range(0, len(arts), 7)]
    for k, chunk in enumerate(fchunks):
        path = "/feed" if k == 0 else f"/feed?page={epoch(fchunks[k - 1][-1].date)}"
        nxt = (f'<link rel="next" href="{{{{base}}}}/feed?page={epoch(chunk[-1].date)}" />' if k + 1 < len(fchunks) else "")
        entries = "".join(f"""<entry>
<title>{esc(a.title)}</title>
<link href="{{{{base}}}}{a.path}"/>
<id>hatenablog://entry/{int(h(a.path, 15), 16)}</id>
<published>{iso(a.date)}</published>
<updated>{iso(a.date + timedelta(minutes=12))}</updated>
<summary type="html">{esc(a.summary())}</summary>
<content type="html">{esc(body_html(a))}</content>
{"".join(f'<category term="{attr(c)}" label="{attr(c)}" />' for c in a.opts["cats"])}
<author><name>{USER}</name></author>
</entry>
""" for a in chunk)
        site.page(path, f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">
<title>{esc(BLOG)}</title>
<link href="{{{{base}}}}/"/>
{nxt}
<updated>{iso(chunk[0].date + timedelta(minutes=12))}</updated>
<author><name>{USER}</name></author>
<generator uri="https://blog.hatena.ne.jp/" version="0a1b2c3d4e5f60718293a4b5c6d7e8f9">Hatena::Blog</generator>
<id>hatenablog://blog/{int(h(HOST, 15), 16)}</id>
{entries}</feed>
""", content_type="application/atom+xml; charset=utf-8")
    site.trap("the Atom feed /feed: 7 entries, <published> with the blog's +07:00 offset, rel=next /feed?page=<epoch> "
              "for the older ones", "/feed")
    items = "".join(f"""<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description>{esc(a.summary())}</description>
<pubDate>{a.date:%a, %d %b %Y %H:%M:%S} +0700</pubDate><guid isPermaLink="false">hatenablog://entry/{int(h(a.path, 15), 16)}</guid></item>
""" for a in arts[:7])
    site.page("/rss", f"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>{esc(BLOG)}</title><link>{{{{base}}}}/</link><description>{esc(DESC)}</description>
<lastBuildDate>{arts[0].date:%a, %d %b %Y %H:%M:%S} +0700</lastBuildDate><docs>http://blogs.law.harvard.edu/tech/rss</docs>
<generator>Hatena::Blog</generator>
{items}</channel></rss>
""", content_type="application/rss+xml; charset=utf-8")

    # sitemaps
    smaps = "".join(f"<sitemap><loc>{{{{base}}}}/sitemap_periodical.xml?year={m[:4]}&amp;month={int(m[5:])}</loc>"
                    f"<lastmod>{iso(v[0].date + timedelta(minutes=12))}</lastmod></sitemap>" for m, v in by_month.items())
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/'
              f'schemas/sitemap/0.9"><sitemap><loc>{{{{base}}}}/sitemap_common.xml</loc><lastmod>{iso(arts[0].date)}'
              f"</lastmod></sitemap>{smaps}</sitemapindex>\n", content_type="application/xml; charset=utf-8")
    site.page("/sitemap_common.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
              'schemas/sitemap/0.9"><url><loc>{{base}}/</loc></url><url><loc>{{base}}/about</loc></url></urlset>\n',
              content_type="application/xml; charset=utf-8")
    for m, v in by_month.items():
        urls = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{iso(a.date + timedelta(minutes=12))}</lastmod></url>"
                       for a in v)
        site.page(f"/sitemap_periodical.xml?year={m[:4]}&month={int(m[5:])}", '<?xml version="1.0" encoding="UTF-8"?>\n'
                  f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n',
                  content_type="application/xml; charset=utf-8")
    site.sitemaps.append("{{base:%s}}/sitemap.xml" % SITE)
    site.static("/robots.txt", "User-agent: *\nDisallow: /api/\n\nSitemap: {{base}}/sitemap.xml\n")
    site.static("/-/globalheader", "<!DOCTYPE html><html><body></body></html>\n")
    return site


def _js(s: str) -> str:
    import json
    return json.dumps(s, ensure_ascii=False)
