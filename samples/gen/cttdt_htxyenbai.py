"""Site `cttdt-htxyenbai` (registry family `generic`): "Cổng thông tin điện tử Liên minh HTX tỉnh Yên Bái" on **Joomla
4.4** (the stock **Cassiopeia** template with a colour and a banner module; the vi-VN language pack; Smart Search;
com_tags; URL rewriting switched on in 2024; the copy is of 20 June 2025, before the province merged into Lào Cai).
Written as a held-out test: no family module, no selectors.

URL shapes (the J4 modern router, "Remove IDs from URLs" off): an article `/tin-tuc/<id>-<alias>` or
`/thong-bao/<id>-<alias>` (the menu item's path, then `<id>-<alias>`); the same page with the old `/index.php/` prefix
(the site ran without URL rewriting until 2024 and editors still paste such links into bodies: Joomla answers them
without a redirect), with the id alone (`/tin-tuc/43`: the legacy segment rule reads the number) and by its non-SEF
address `/index.php?option=com_content&view=article&id=N&catid=C&Itemid=I`; category blogs `/tin-tuc` (1 leading + 4
intro items, the pager `?start=5`), `/thong-bao`; their feeds `?format=feed&type=rss` and `?format=feed&type=atom`
(the `<link rel="alternate">` of the blog pages); tags `/component/tags/tag/<alias>`; Smart Search
`/component/finder/search?q=…&Itemid=101`; the single-article menu item `/gioi-thieu`, the contact `/lien-he`, the
login `/component/users/login?Itemid=101` (Joomla's stock robots.txt disallows `/components/`, the code folder, not
`/component/`: the login form is fetched); the home `/` (the featured view). No sitemap (core Joomla has none).

Why it is hard: Cassiopeia prints the title as `<h1 itemprop="headline">` inside `div.page-header`, then the
"Chi tiết" info block `dl.article-info` (`dt.article-info-term` "Chi tiết", `dd.createdby` "Viết bởi: X" with
`span.icon-user`, `dd.category-name`, `dd.published` `<time datetime="2025-05-15T00:20:00+07:00"
itemprop="datePublished">Ngày đăng: 15 Tháng 5 2025</time>`, `dd.modified` "Cập nhật lần cuối: …" and `dd.hits`
"Lượt xem: 214"), the tags (`ul.tags`), and the text in `div[itemprop=articleBody].com-content-article__body`
(TinyMCE 6: `<p>`, `<h3>`, lists, `figure.image > figcaption`, tables with `thead th`; images still carrying J4's
`#joomlaImage://local-images/…` adapter fragment). Joomla 4 dropped the print and e-mail icons of Joomla 3 (no
`com_mailto`; the print view `?tmpl=component&print=1` still exists but nothing links it), and item navigation is
switched off in the options, so articles have no prev/next links. The author is "Viết bởi": a person's account, the
office's `created_by_alias` "Văn phòng Liên minh HTX" or the webmaster "Super User" (no author); a closing byline
overrides it. The Atom feed writes dates in UTC (`toISO8601()` of a UTC date), the RSS in the site's zone: the post of
00:20 on 15 May is "2025-05-14T17:20:00+00:00" in the Atom feed. The oldest article is only on `/tin-tuc?start=5`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "cttdt-htxyenbai"
NAME = "Liên minh HTX tỉnh Yên Bái"
SITENAME = "Cổng thông tin điện tử Liên minh HTX tỉnh Yên Bái"
NOW = datetime(2025, 6, 20, 9, 0)
TODAY = "Thứ Sáu, 20/06/2025"
SLOGAN = "Nhiệt liệt chào mừng Đại hội Đảng bộ các cấp nhiệm kỳ 2025 - 2030"
ADDRESS = "Địa chỉ: Số 566 đường Điện Biên, phường Đồng Tâm, TP Yên Bái, tỉnh Yên Bái"
PHONE = "Điện thoại: 0216.3852.216 - Email: lmhtx@yenbai.gov.vn"
COPY = "© 2025 Liên minh Hợp tác xã tỉnh Yên Bái. Ghi rõ nguồn khi phát hành lại thông tin từ website này."
RESP = "Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh Yên Bái"
CATS = {"tin-tuc": (8, 102, "Tin tức"), "thong-bao": (9, 103, "Thông báo")}
MONTHS = ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8", "Tháng 9",
          "Tháng 10", "Tháng 11", "Tháng 12"]
TAGS = {"ocop": (2, "OCOP"), "che": (3, "Chè"), "nong-lam-nghiep": (4, "Nông lâm nghiệp"), "so-lieu": (5, "Số liệu")}
FURN = [TODAY, SLOGAN, ADDRESS, PHONE, COPY, RESP, "Bạn đang ở:", "Chi tiết", "Viết bởi:", "Chuyên mục:", "Ngày đăng:",
        "Cập nhật lần cuối:", "Lượt xem:", "Bài viết mới", "Thống kê truy cập", "Hôm nay: 87", "Tổng số: 412.305",
        "Liên kết website"]


CUR = ' aria-current="page"'


def lc3(d: datetime) -> str:
    """DATE_FORMAT_LC3 'd F Y' of the vi-VN pack."""
    return f"{d:%d} {MONTHS[d.month - 1]} {d.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    out = [
        A(path="", title="Thông báo số 12/TB-LMHTX về việc tổ chức Hội chợ sản phẩm HTX, OCOP tỉnh Yên Bái năm 2025",
          body="""
LIÊN MINH HTX TỈNH YÊN BÁI
Số: 12/TB-LMHTX
Yên Bái, ngày 06 tháng 6 năm 2025
THÔNG BÁO
Về việc tổ chức Hội chợ sản phẩm HTX, OCOP tỉnh Yên Bái năm 2025
Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm HTX, OCOP năm 2025 từ ngày 10/7 đến ngày 14/7/2025 tại Quảng trường 19/8, TP Yên Bái.
Mỗi HTX có sản phẩm OCOP từ 3 sao trở lên được hỗ trợ 01 gian hàng tiêu chuẩn miễn phí.
Các HTX đăng ký tham gia theo mẫu gửi kèm, gửi về Văn phòng Liên minh HTX tỉnh trước ngày 25/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Thái
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": "/images/van-ban/2025/TB-12-LMHTX-hoi-cho-OCOP.pdf", "text": "TB-12-LMHTX-hoi-cho-OCOP.pdf"}],
          opts={"cat": "thong-bao", "by": "Super User", "tags": ["ocop"], "hits": 214, "featured": True,
                "modified": datetime(2025, 6, 12, 14, 5)},
          notes=["notice 'Số: 12/TB-LMHTX' dated 06/6 in its text, published 10/06/2025 08:30 (<time datetime="
                 "'2025-06-10T08:30:00+07:00' itemprop='datePublished'>, 'Cập nhật lần cuối' two days later is not it); "
                 "'Viết bởi: Super User' (the webmaster's account): no author; the signer is text; the PDF under /images/"
                 "van-ban/ linked in its own paragraph is an attachment, not text"],
          **at(datetime(2025, 6, 10, 8, 30))),
        A(path="", title="Ảnh: HTX Chè Suối Giàng vào vụ chè xuân",
          body="""
Đầu tháng 6, các thành viên HTX Chè Suối Giàng (huyện Văn Chấn) thu hái lứa chè Shan tuyết đầu vụ.
[img che-suoi-giang-1.jpg] Thành viên HTX thu hái chè Shan tuyết cổ thụ trên đỉnh Suối Giàng
[img che-suoi-giang-2.jpg] Chè búp tươi được làm héo tại xưởng chế biến của HTX
[img che-suoi-giang-3.jpg] Sản phẩm chè Shan tuyết Suối Giàng đạt OCOP 4 sao
Vụ xuân năm nay HTX dự kiến thu mua 45 tấn chè búp tươi của 86 hộ thành viên.
""", byline="Bài và ảnh: Lò Văn Sáng", author="Lò Văn Sáng",
          opts={"cat": "tin-tuc", "by": "Trần Thu Hà", "tags": ["che", "ocop"], "hits": 356, "featured": True},
          notes=["photo story: TinyMCE figure.image with figcaption (one line each; the img src keeps J4's "
                 "'#joomlaImage://local-images/…' fragment); 'Viết bởi: Trần Thu Hà' (the editor) but 'Bài và ảnh: Lò Văn "
                 "Sáng' closes it -> Lò Văn Sáng"],
          **at(datetime(2025, 6, 3, 15, 45))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Yên Bái 5 tháng đầu năm 2025",
          body="""
5 tháng đầu năm 2025, toàn tỉnh thành lập mới 27 HTX, nâng tổng số HTX đang hoạt động lên 842 HTX.
| Chỉ tiêu | Đơn vị | 5 tháng 2025 | Cùng kỳ 2024 |
| HTX thành lập mới | HTX | 27 | 22 |
| HTX giải thể | HTX | 6 | 9 |
| Thành viên HTX | người | 21.480 | 20.115 |
| Doanh thu bình quân một HTX | triệu đồng | 1.320 | 1.185 |
Các HTX nông, lâm nghiệp tiếp tục chiếm tỷ trọng lớn, tập trung ở Văn Yên, Trấn Yên và Văn Chấn.
""", author="Nguyễn Minh Tuấn",
          opts={"cat": "tin-tuc", "by": "Nguyễn Minh Tuấn", "tags": ["so-lieu"], "hits": 178},
          notes=["a TinyMCE table with a header row (thead > th scope=col): one line per row; 'Viết bởi: Nguyễn Minh Tuấn' "
                 "(a staff member), no byline in the text: he is the author; the list article links it by its id alone "
                 "(/tin-tuc/<id>) and the photo story by its non-SEF address: aliases"],
          **at(datetime(2025, 5, 27, 10, 15))),
        A(path="", title="Hướng dẫn HTX chuẩn bị hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2025",
          body="""
Năm 2025, tỉnh Yên Bái tiếp tục tổ chức đánh giá, phân hạng sản phẩm OCOP hai đợt vào tháng 7 và tháng 11.
### Hồ sơ HTX cần chuẩn bị
* Phiếu đăng ký sản phẩm tham gia Chương trình OCOP;
* Phương án sản xuất, kinh doanh sản phẩm;
* Bản sao giấy chứng nhận đăng ký HTX;
* Tài liệu chứng minh nguồn gốc nguyên liệu và câu chuyện sản phẩm.
Số liệu về các HTX trong tỉnh xem tại [[bài kết quả 5 tháng đầu năm|{{idonly}}]].
""", byline="Phạm Thị Lan - Phòng Tư vấn, hỗ trợ", author="Phạm Thị Lan",
          opts={"cat": "tin-tuc", "by": "Super User", "tags": ["ocop"], "hits": 402},
          notes=["an h3 heading and a bulleted list; 'Viết bởi: Super User' but 'Phạm Thị Lan - Phòng Tư vấn, hỗ trợ' "
                 "closes the text -> Phạm Thị Lan; it links the table article as /tin-tuc/<id> (the id alone: the same "
                 "page, an alias)"],
          **at(datetime(2025, 5, 20, 9, 0))),
        A(path="", title="HTX Quế hồi Văn Yên xuất khẩu lô quế hữu cơ đầu tiên sang châu Âu",
          body="""
HTX Quế hồi Văn Yên vừa xuất khẩu 18 tấn vỏ quế hữu cơ sang Hà Lan, lô hàng hữu cơ đầu tiên của HTX.
Vùng nguyên liệu 320 ha của 140 hộ thành viên đã được cấp chứng nhận hữu cơ theo tiêu chuẩn châu Âu.
Giá bán quế hữu cơ cao hơn quế thường khoảng 20%, giúp thành viên yên tâm gắn bó với HTX.
""", byline="Theo Báo Yên Bái", author=None,
          opts={"cat": "tin-tuc", "by": "Trần Thu Hà", "tags": ["nong-lam-nghiep"], "hits": 289},
          notes=["'Viết bởi: Trần Thu Hà' (the editor who posted it) but 'Theo Báo Yên Bái' closes the text: a reprint, no "
                 "author; the body links the photo story by the old /index.php/tin-tuc/<id>-<alias> address (an alias)"],
          **at(datetime(2025, 5, 16, 14, 20))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông lâm nghiệp Mù Cang Chải",
          body="""
Chiều 14/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông lâm nghiệp Mù Cang Chải.
HTX hiện có 32 thành viên, trồng và chế biến 150 ha sơn tra, liên kết tiêu thụ với hơn 400 hộ đồng bào Mông.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng hồ sơ vay vốn đầu tư dây chuyền sấy sơn tra.
""", author=None,
          opts={"cat": "tin-tuc", "by": "Văn phòng Liên minh HTX", "alias_author": True, "tags": ["nong-lam-nghiep"],
                "hits": 131},
          notes=["published at 00:20 on 15 May about the afternoon before (<time datetime='2025-05-15T00:20:00+07:00'>); "
                 "the Atom feed writes '2025-05-14T17:20:00+00:00' (UTC: the day before), the RSS 'Thu, 15 May 2025 "
                 "00:20:00 +0700'; 'Viết bởi: Văn phòng Liên minh HTX' (created_by_alias: the office): author null"],
          **at(datetime(2025, 5, 15, 0, 20))),
        A(path="", title="HTX Nông nghiệp Hưng Khánh mở rộng vùng trồng bưởi Đại Minh",
          body="""
HTX Nông nghiệp Hưng Khánh (huyện Trấn Yên) đã mở rộng vùng trồng bưởi Đại Minh lên 48 ha.
HTX áp dụng quy trình VietGAP, ghi nhật ký sản xuất và dán tem truy xuất nguồn gốc cho từng quả bưởi.
Sản phẩm bưởi của HTX được tiêu thụ ổn định tại các siêu thị ở Hà Nội với giá 35.000 đồng/quả.
""", byline="Đỗ Thu Trang", author="Đỗ Thu Trang",
          opts={"cat": "tin-tuc", "by": "Super User", "tags": [], "hits": 97},
          notes=["'Viết bởi: Super User'; the bare name 'Đỗ Thu Trang' closes the text: the author; on page 1 of "
                 "/tin-tuc only (not featured, no tag)"],
          **at(datetime(2025, 4, 24, 16, 30))),
        A(path="", title="Liên minh HTX tỉnh Yên Bái tổng kết công tác năm 2024",
          body="""
Ngày 27/12, Liên minh HTX tỉnh Yên Bái tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.jpg] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 54 HTX, tổ chức 10 lớp tập huấn cho 700 lượt cán bộ HTX.
""", byline="Tin, ảnh: Hà Văn Long", author="Hà Văn Long",
          opts={"cat": "tin-tuc", "by": "Trần Thu Hà", "tags": [], "hits": 512},
          notes=["the oldest article: only on page 2 of the category blog (/tin-tuc?start=5): not featured, no tag, not in "
                 "'Bài viết mới' nor the feeds (5 items), and item navigation is off; 'Viết bởi: Trần Thu Hà' but 'Tin, "
                 "ảnh: Hà Văn Long' closes the text -> Hà Văn Long"],
          **at(datetime(2024, 12, 28, 10, 0))),
    ]
    return out


def build() -> SiteBuild:
    site = SiteBuild(SITE, "yen-bai", f"{SITENAME} (Joomla 4.4)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/tin-tuc?format=feed&type=rss" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    aid = 36
    for a in reversed(arts):
        a.opts.setdefault("modified", a.date)
        aid += 1
        a.opts["id"] = aid
        a.opts["alias"] = alias_of(a.title)
        a.path = f"/{a.opts['cat']}/{aid}-{a.opts['alias']}"
    table = next(a for a in arts if any(b.kind == "table" for b in a.blocks))
    photo = next(a for a in arts if a.title.startswith("Ảnh:"))
    lister = next(a for a in arts if any(b.kind == "ul" for b in a.blocks))
    reprint = next(a for a in arts if a.byline and a.byline.startswith("Theo Báo"))
    idonly = f"/tin-tuc/{table.opts['id']}"
    nonsef = (f"/index.php?option=com_content&view=article&id={table.opts['id']}&catid={CATS['tin-tuc'][0]}"
              f"&Itemid={CATS['tin-tuc'][1]}")
    oldurl = f"/index.php{photo.path}"
    # the photo story links the table article by its non-SEF address; the reprint the photo story by the old URL
    photo.body = photo.body.rstrip() + f"\nSố liệu phát triển HTX của tỉnh xem tại [[đây|{nonsef}]].\n"
    reprint.body = reprint.body.rstrip() + (f"\nCùng với quế, chè Shan tuyết cũng là sản phẩm chủ lực của các HTX trong tỉnh "
                                            f"([[xem ảnh HTX Chè Suối Giàng vào vụ|{oldurl}]]).\n")
    lister.body = lister.body.replace("{{idonly}}", idonly)
    latest = arts[:5]

    def meta_dl(a: RichArticle, link_cat: bool = True) -> str:
        cat = a.opts["cat"]
        catname = CATS[cat][2]
        by = (f'\t\t\t\t\t<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">\n'
              f'    <span class="icon-user icon-fw" aria-hidden="true"></span>\n'
              f'                    Viết bởi: <span itemprop="name">{esc(a.opts["by"])}</span>    </dd>\n')
        catdd = (f'\t\t\t\t\t<dd class="category-name">\n    <span class="icon-folder-open icon-fw" aria-hidden="true"></span>\n'
                 f'                        Chuyên mục: <a href="/{cat}" itemprop="genre">{catname}</a>    </dd>\n')
        pub = (f'\t\t\t\t\t<dd class="published">\n    <span class="icon-calendar icon-fw" aria-hidden="true"></span>\n'
               f'    <time datetime="{a.date:%Y-%m-%dT%H:%M:%S}+07:00" itemprop="datePublished">\n'
               f'        Ngày đăng: {lc3(a.date)}    </time>\n</dd>\n')
        mod = a.opts["modified"]
        modd = (f'\t\t\t\t\t<dd class="modified">\n    <span class="icon-calendar icon-fw" aria-hidden="true"></span>\n'
                f'    <time datetime="{mod:%Y-%m-%dT%H:%M:%S}+07:00" itemprop="dateModified">\n'
                f'        Cập nhật lần cuối: {lc3(mod)}    </time>\n</dd>\n')
        hits = (f'\t\t\t\t\t<dd class="hits">\n    <span class="icon-eye icon-fw" aria-hidden="true"></span>\n'
                f'    <meta itemprop="interactionCount" content="UserPageVisits:{a.opts["hits"]}">\n'
                f'    Lượt xem: {a.opts["hits"]}    </dd>\n')
        return ('<dl class="article-info text-muted">\n\n            <dt class="article-info-term">\n'
                '                                    Chi tiết                            </dt>\n\n'
                + by + catdd + pub + modd + hits + "            </dl>\n")

    def tags_ul(a: RichArticle) -> str:
        if not a.opts["tags"]:
            return ""
        lis = "".join(f'\n                    <li class="list-inline-item tag-{TAGS[t][0]} tag-list{i}" itemprop="keywords">\n'
                      f'                <a href="/component/tags/tag/{t}" class="btn btn-sm btn-info">\n'
                      f'                    {TAGS[t][1]}                </a>\n            </li>'
                      for i, t in enumerate(a.opts["tags"]))
        return f'\n                                <ul class="tags list-inline">{lis}\n        </ul>\n'

    def body_html(a: RichArticle) -> str:
        out = []
        for b in a.blocks:
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
            elif b.kind == "table":
                head, *rows = b.rows
                out.append('<table style="border-collapse: collapse; width: 100%;" border="1">\n<thead>\n<tr>\n'
                           + "\n".join(f'<th scope="col">{esc(c)}</th>' for c in head) + "\n</tr>\n</thead>\n<tbody>\n"
                           + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                           + "\n</tbody>\n</table>")
            elif b.kind == "img":
                y, m = a.date.year, a.date.month
                src = f"/images/{y}/{m:02d}/{b.src}"
                out.append(f'<figure class="image"><img src="{src}#joomlaImage://local-images/{y}/{m:02d}/{b.src}?width=800'
                           f'&amp;height=533" alt="{attr(b.text)}" width="800" height="533" loading="lazy" data-path="'
                           f'local-images:/{y}/{m:02d}/{b.src}">'
                           + (f"\n<figcaption>{esc(b.text)}</figcaption>" if b.text else "") + "</figure>")
        for x in a.attachments:
            out.append(f'<p><a href="{x["path"]}" target="_blank" rel="noopener">{esc(x["text"])}</a></p>')
        if a.byline:
            out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
        return "\n".join(out)

    def crumbs(items: list[tuple[str, str | None]]) -> str:
        lis = []
        for i, (name, href) in enumerate([("Trang chủ", "/"), *items], 1):
            if href:
                lis.append(f'                            <li itemprop="itemListElement" itemscope itemtype="https://schema.org/'
                           f'ListItem" class="mod-breadcrumbs__item breadcrumb-item">\n                <a itemprop="item" '
                           f'href="{href}" class="pathway"><span itemprop="name">{esc(name)}</span></a>\n'
                           f'                <meta itemprop="position" content="{i}">\n            </li>')
            else:
                lis.append(f'                            <li aria-current="page" itemprop="itemListElement" itemscope '
                           f'itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item active">'
                           f'<span itemprop="name">{esc(name)}</span>                <meta itemprop="position" '
                           f'content="{i}">\n            </li>')
        return ('<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">\n    <ol itemscope itemtype="https://schema'
                '.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">\n                    <li class="mod-'
                'breadcrumbs__here float-start">\n                Bạn đang ở: &#160;\n            </li>\n\n'
                + "\n".join(lis) + "\n                </ol>\n    </nav>\n")

    def layout(title: str, main: str, *, view: str, itemid: int, crumb: str, desc: str = "", feed: str | None = None,
               author: str | None = None, canonical: str | None = None, sidebar: bool = True) -> str:
        menu = "".join(
            f'<li class="nav-item item-{i}{" default" if i == 101 else ""}{" current active" if i == itemid else ""}">'
            f'<a href="{href}"{CUR if i == itemid else ""}>{n}</a></li>'
            for i, n, href in [(101, "Trang chủ", "/"), (104, "Giới thiệu", "/gioi-thieu"), (102, "Tin tức", "/tin-tuc"),
                               (103, "Thông báo", "/thong-bao"), (105, "Liên hệ", "/lien-he")])
        feeds = (f'\n\t<link href="{feed}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="'
                 f'{attr(title)}">\n\t<link href="{feed}?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" '
                 f'title="{attr(title)}">') if feed else ""
        meta_author = f'\n\t<meta name="author" content="{attr(author)}">' if author else ""
        canon = f'\n\t<link href="{{{{base}}}}{canonical}" rel="canonical">' if canonical else ""
        side = ""
        if sidebar:
            lis = "".join(f'\n    <li itemscope itemtype="https://schema.org/Article">\n        <a href="{x.path}" itemprop="url">\n'
                          f'            <span itemprop="name">\n                {esc(x.title)}            </span>\n'
                          f'        </a>\n    </li>' for x in latest)
            side = f"""
        <div class="grid-child container-sidebar-right">
        <div class="sidebar-right card ">
            <h3 class="card-header ">Bài viết mới</h3>        <div class="card-body">
                <ul class="mod-articleslatest latestnews mod-list">{lis}
</ul>
    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Thống kê truy cập</h3>        <div class="card-body">
                <div id="mod-custom113" class="mod-custom custom">
    <p>Đang truy cập: 9</p>
<p>Hôm nay: 87</p>
<p>Tổng số: 412.305</p></div>
    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Liên kết website</h3>        <div class="card-body">
                <ul class="mod-menu mod-list nav ">
<li class="nav-item item-121"><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank" rel="noopener noreferrer">Cổng TTĐT Chính phủ</a></li><li class="nav-item item-122"><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank" rel="noopener noreferrer">Liên minh HTX Việt Nam</a></li></ul>
    </div>
</div>
        </div>"""
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">

<head>
    <meta charset="utf-8">{meta_author}
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="{attr(desc or 'Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Yên Bái')}">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{esc(title)} - {esc(SITENAME)}</title>{canon}{feeds}
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/templates/site/cassiopeia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
	<link href="/media/system/css/joomla-fontawesome.min.css?8e3b9d" rel="lazy-stylesheet" /><noscript><link href="/media/system/css/joomla-fontawesome.min.css?8e3b9d" rel="stylesheet" /></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?8e3b9d" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?8e3b9d" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/user.css?8e3b9d" rel="stylesheet" />
	<style>:root {{
		--hue: 214;
		--template-bg-light: #f0f4fb;
		--template-text-dark: #495057;
		--template-text-light: #ffffff;
		--template-link-color: #1a6b3c;
		--template-special-color: #0e4d2a;
	}}</style>
	<script src="/media/mod_menu/js/menu-es5.min.js?8e3b9d" nomodule defer></script>
	<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Lỗi","MESSAGE":"Thông báo","NOTICE":"Lưu ý","WARNING":"Cảnh báo","JCLOSE":"Đóng","JOK":"OK","JOPEN":"Mở"}},"system.paths":{{"root":"","rootFull":"{{{{base}}}}/","base":"","baseFull":"{{{{base}}}}/"}},"csrf.token":"5b1c0f3a9e8d7c6b5a4f3e2d1c0b9a87"}}</script>
	<script src="/media/system/js/core.min.js?37ffe4"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?8e3b9d" defer></script>
	<script src="/media/system/js/messages-es5.min.js?c29829" nomodule defer></script>
	<script src="/media/system/js/messages.min.js?7f7aa2" type="module"></script>

</head>

<body class="site com_content wrapper-static view-{view} no-layout no-task itemid-{itemid} has-sidebar-right">
    <header class="header container-header full-width">

                    <div class="container-topbar">
            <div id="mod-custom110" class="mod-custom custom">
    <p><span class="ngay-hom-nay">{TODAY}</span> | <marquee scrollamount="3">{SLOGAN}</marquee></p></div>
            </div>


                    <div class="grid-child">
                <div class="navbar-brand">
                    <a class="brand-logo" href="/">
                        <img loading="eager" decoding="async" src="/images/logo-lmhtx-yenbai.png" alt="{attr(SITENAME)}" width="600" height="90">                    </a>
                                            <div class="site-description">{esc(SITENAME)}</div>
                                    </div>
            </div>

                    <div class="grid-child container-nav">

<nav class="navbar navbar-expand-md" aria-label="Main Menu">
    <button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Bật/tắt điều hướng">
        <span class="icon-menu" aria-hidden="true"></span>
    </button>
    <div class="collapse navbar-collapse" id="navbar1">
        <ul class="mod-menu mod-list nav ">
{menu}</ul>
    </div>
</nav>

                                                    <div class="container-search">

<form class="mod-finder js-finder-searchform form-search" action="/component/finder/search?Itemid=101" method="get" role="search">
    <label for="mod-finder-searchword109" class="visually-hidden finder">Tìm kiếm</label><div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword109" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm ..."><button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> Tìm kiếm</button></div>
            <input type="hidden" name="Itemid" value="101"></form>

                    </div>
                            </div>
            </header>

    <div class="site-grid">





        <div class="grid-child container-component">
            {crumb}

            <div id="system-message-container" aria-live="polite"></div>

            <main>
            {main}
            </main>

        </div>
{side}


            </div>

            <footer class="container-footer footer full-width">
            <div class="grid-child">
                <div id="mod-custom111" class="mod-custom custom">
    <p><strong>{esc(SITENAME)}</strong></p>
<p>{esc(RESP)}</p>
<p>{esc(ADDRESS)}</p>
<p>{esc(PHONE)}</p>
<p>{esc(COPY)}</p>
<p><a href="/component/users/login?Itemid=101">Đăng nhập</a></p></div>

            </div>
        </footer>

            <a href="#top" id="back-top" class="back-to-top-link" aria-label="Lên đầu trang">
            <span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
        </a>


</body>

</html>
"""

    def html_route(path: str, page: str) -> None:
        site.page(path, page, content_type="text/html; charset=utf-8")

    # -- articles ------------------------------------------------------------------------------
    for a in arts:
        cat = a.opts["cat"]
        catid, itemid, catname = CATS[cat]
        main = (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">\n'
                f'    <meta itemprop="inLanguage" content="vi-VN">\n    \n    \n        \n        <div class="page-header">\n'
                f'        <h1 itemprop="headline">\n            {esc(a.title)}        </h1>\n                            '
                f'</div>\n        \n        \n            {meta_dl(a)}\n    \n    \n        {tags_ul(a)}\n'
                f'                                    <div itemprop="articleBody" class="com-content-article__body">\n'
                f'        {body_html(a)}    </div>\n\n        \n                                        </div>\n')
        desc = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        page = layout(a.title, main, view="article", itemid=itemid, desc=desc[:160],
                      author=None if a.opts.get("alias_author") else a.opts["by"],
                      crumb=crumbs([(catname, f"/{cat}"), (a.title, None)]))
        site.page(a.path, page)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/images/{a.date.year}/{a.date.month:02d}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH YEN BAI", "THONG BAO SO 12/TB-LMHTX"]))
        site.add_article(a)
    site.same_page(idonly, table.path)
    site.same_page(nonsef, table.path)
    table.aliases += [idonly, nonsef]
    site.same_page(oldurl, photo.path)
    photo.aliases.append(oldurl)
    site.trap("the old /index.php/<menu>/<id>-<alias> addresses (URL rewriting came in 2024; editors still paste them), "
              "the id alone /tin-tuc/<id> and the non-SEF index.php?option=com_content&view=article&id=… all answer the "
              "same page without a redirect: aliases", oldurl)

    # -- category blogs -------------------------------------------------------------------------
    def blog_item(a: RichArticle, leading: bool) -> str:
        intro = esc(inline_text(next(b.text for b in a.blocks if b.kind == "p")))
        cls = "com-content-category-blog__item blog-item"
        return (f'<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">\n'
                f'        <div class="item-content">\n        \n        <div class="page-header">\n'
                f'                    <h2 itemprop="name">\n                                    <a href="{a.path}" itemprop="url">\n'
                f'                        {esc(a.title)}                    </a>\n                            </h2>\n'
                f'        \n                                        </div>\n\n        \n            {meta_dl(a)}\n'
                f'        {tags_ul(a)}\n        \n    <p>{intro}</p>\n    \n        \n<p class="readmore">\n'
                f'            <a class="btn btn-secondary" href="{a.path}" aria-label="Đọc thêm: {attr(a.title)}">\n'
                f'            <span class="icon-chevron-right" aria-hidden="true"></span>            Đọc thêm: '
                f'{esc(a.title)}        </a>\n    </p>\n\n\n\n        </div>\n    </div>\n')

    per = 5
    for cat, (catid, itemid, catname) in CATS.items():
        items = [a for a in arts if a.opts["cat"] == cat]
        pages = [items[i:i + per] for i in range(0, len(items), per)]
        for n, chunk in enumerate(pages):
            path = f"/{cat}" if n == 0 else f"/{cat}?start={n * per}"
            lead, rest = chunk[0], chunk[1:]
            body = (f'<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">\n'
                    f'            <div class="page-header">\n            <h1> {catname} </h1>\n        </div>\n    \n'
                    f'        \n    \n    \n    \n            <div class="com-content-category-blog__items blog-items items-leading ">\n'
                    + blog_item(lead, True) + "            </div>\n")
            if rest:
                body += ('            <div class="com-content-category-blog__items blog-items columns-2 ">\n'
                         + "".join(blog_item(x, False) for x in rest) + "            </div>\n")
            pager = ""
            if len(pages) > 1:
                def href(k: int, cat: str = cat) -> str:
                    return f"/{cat}" if k == 0 else f"/{cat}?start={k * per}"
                lis = []
                if n == 0:
                    lis += ['<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-'
                            'double-left" aria-hidden="true"></span></span></li>',
                            '<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-'
                            'left" aria-hidden="true"></span></span></li>']
                else:
                    lis += [f'<li class="page-item"><a aria-label="Đến trang đầu" href="{href(0)}" class="page-link"><span '
                            f'class="icon-angle-double-left" aria-hidden="true"></span></a></li>',
                            f'<li class="page-item"><a aria-label="Đến trang trước" href="{href(n - 1)}" class="page-link">'
                            f'<span class="icon-angle-left" aria-hidden="true"></span></a></li>']
                for k in range(len(pages)):
                    lis.append(f'<li class="active page-item"><a aria-current="true" aria-label="Trang {k + 1}" href="#" '
                               f'class="page-link">{k + 1}</a></li>' if k == n else
                               f'<li class="page-item"><a aria-label="Đến trang {k + 1}" href="{href(k)}" class="page-link">'
                               f'{k + 1}</a></li>')
                if n == len(pages) - 1:
                    lis += ['<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-'
                            'right" aria-hidden="true"></span></span></li>',
                            '<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-'
                            'double-right" aria-hidden="true"></span></span></li>']
                else:
                    lis += [f'<li class="page-item"><a aria-label="Đến trang tiếp theo" href="{href(n + 1)}" class="page-link">'
                            f'<span class="icon-angle-right" aria-hidden="true"></span></a></li>',
                            f'<li class="page-item"><a aria-label="Đến trang cuối" href="{href(len(pages) - 1)}" '
                            f'class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>']
                pager = (f'\n                <div class="com-content-category-blog__navigation w-100">\n'
                         f'                            <p class="com-content-category-blog__counter counter float-end pt-3 pe-2">\n'
                         f'                    Trang {n + 1} của {len(pages)}                </p>\n'
                         f'                        <div class="com-content-category-blog__pagination">\n'
                         f'                <nav class="pagination__wrapper" aria-label="Phân trang">\n    <ul class="pagination '
                         f'ms-0 mb-4">\n' + "\n".join(lis) + "\n    </ul>\n</nav>\n            </div>\n        </div>\n")
            body += pager + "    </div>\n"
            html_route(path, layout(catname, body, view="category", itemid=itemid, feed=f"/{cat}",
                                    crumb=crumbs([(catname, None)])))
            site.non_articles.append(path)
        # feeds
        feed_items = items[:5]

        def rss_item(a: RichArticle) -> str:
            return (f"\t\t<item>\n\t\t\t<title>{esc(a.title)}</title>\n\t\t\t<link>{{{{base}}}}{a.path}</link>\n"
                    f"\t\t\t<guid isPermaLink=\"true\">{{{{base}}}}{a.path}</guid>\n\t\t\t<description><![CDATA[<p>"
                    f"{esc(inline_text(next(b.text for b in a.blocks if b.kind == 'p')))}</p>]]></description>\n"
                    f"\t\t\t<category>{CATS[a.opts['cat']][2]}</category>\n"
                    f"\t\t\t<pubDate>{a.date:%a, %d %b %Y %H:%M:%S} +0700</pubDate>\n\t\t</item>\n")
        site.page(f"/{cat}?format=feed&type=rss",
                  f'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n'
                  f'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n\t\t<title>{catname} - '
                  f'{esc(SITENAME)}</title>\n\t\t<description><![CDATA[]]></description>\n\t\t<link>{{{{base}}}}/{cat}</link>\n'
                  f'\t\t<lastBuildDate>Fri, 20 Jun 2025 09:00:00 +0700</lastBuildDate>\n\t\t<generator>Joomla! - Open Source '
                  f'Content Management</generator>\n\t\t<atom:link rel="self" type="application/rss+xml" href="{{{{base}}}}/'
                  f'{cat}?format=feed&amp;type=rss"/>\n\t\t<language>vi-vn</language>\n'
                  + "".join(rss_item(a) for a in feed_items) + "\t</channel>\n</rss>\n",
                  content_type="application/rss+xml; charset=utf-8")

        def atom_entry(a: RichArticle) -> str:
            u = a.date - timedelta(hours=7)
            return (f'\t<entry>\n\t\t<title>{esc(a.title)}</title>\n\t\t<link rel="alternate" type="text/html" href="'
                    f'{{{{base}}}}{a.path}"/>\n\t\t<published>{u:%Y-%m-%dT%H:%M:%S}+00:00</published>\n\t\t<updated>'
                    f'{u:%Y-%m-%dT%H:%M:%S}+00:00</updated>\n\t\t<id>{{{{base}}}}{a.path}</id>\n\t\t<author>\n\t\t\t<name>'
                    f'{esc(a.opts["by"])}</name>\n\t\t</author>\n\t\t<summary type="html"><![CDATA[<p>'
                    f"{esc(inline_text(next(b.text for b in a.blocks if b.kind == 'p')))}</p>]]></summary>\n"
                    f'\t\t<category term="{CATS[a.opts["cat"]][2]}" />\n\t</entry>\n')
        site.page(f"/{cat}?format=feed&type=atom",
                  f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"  xml:lang="vi-vn">\n'
                  f'\t<title type="text">{catname} - {esc(SITENAME)}</title>\n\t<subtitle type="text"></subtitle>\n'
                  f'\t<link rel="alternate" type="text/html" href="{{{{base}}}}/{cat}"/>\n\t<id>{{{{base}}}}/{cat}</id>\n'
                  f'\t<updated>2025-06-20T02:00:00+00:00</updated>\n\t<generator uri="https://www.joomla.org">Joomla! - '
                  f'Open Source Content Management</generator>\n\t<link rel="self" type="application/atom+xml" href="'
                  f'{{{{base}}}}/{cat}?format=feed&amp;type=atom"/>\n' + "".join(atom_entry(a) for a in feed_items) + "</feed>\n",
                  content_type="application/atom+xml; charset=utf-8")
    site.trap("category blog /tin-tuc (1 leading + 4 intro items, each with the 'Chi tiết' block and 'Đọc thêm: <title>'; "
              "'Trang 1 của 2'): its ?start=5 holds the two oldest", "/tin-tuc?start=5")
    site.trap("feeds ?format=feed&type=rss (pubDate '+0700') and ?format=feed&type=atom (published/updated in UTC "
              "'+00:00') of each category blog, named by its <link rel='alternate'>; 5 items, the intro paragraph only",
              "/tin-tuc?format=feed&type=atom")

    # -- tags ----------------------------------------------------------------------------------------
    for t, (tid, tname) in TAGS.items():
        items = [a for a in arts if t in a.opts["tags"]]
        path = f"/component/tags/tag/{t}"
        lis = "".join(f'\n                    <li class="list-group-item list-group-item-action">\n'
                      f'                                                    <h3>\n                        <a href="{a.path}">\n'
                      f'                            {esc(a.title)}                        </a>\n                    </h3>\n'
                      f'                                                                                        </li>'
                      for a in items)
        main = (f'<div class="com-tags-tag tag-category">\n\n                <h1>\n            {tname}        </h1>\n    \n    \n'
                f'        \n                    \n    <div class="com-tags__items">\n    <form action="{path}" method="post" '
                f'name="adminForm" id="adminForm">\n                    <ul class="com-tags-tag__category category '
                f'list-group">{lis}\n            </ul>\n    \n    </form>\n</div>\n    </div>\n')
        html_route(path, layout(tname, main, view="tag", itemid=101, crumb=crumbs([(tname, None)])))
        site.non_articles.append(path)
    site.trap("com_tags pages /component/tags/tag/<alias> (the tag buttons under the info block): lists of titles",
              "/component/tags/tag/ocop")

    # -- smart search ----------------------------------------------------------------------------------
    q = "OCOP"
    found = [a for a in arts if q in a.title or q in a.body]
    path = f"/component/finder/search?q={q}&Itemid=101"
    res = "".join(
        f'\n        <li class="result__item">\n        <p class="result__title">\n                                '
        f'<a href="{a.path}" class="result__title-link" >\n                                <span class="result__title-text">'
        f'{esc(a.title)}</span>\n                                                    <span class="result__title-url">'
        f'{{{{base}}}}{a.path}</span>\n                        </a>\n                    </p>\n                <p class="result__'
        f'description">\n                                        <time class="result__date" datetime="{a.date:%Y-%m-%dT%H:%M:%S}'
        f'+07:00">\n                    {lc3(a.date)}                </time>\n                                        '
        f'{esc(inline_text(next(b.text for b in a.blocks if b.kind == "p"))[:120])}...                    </p>\n    '
        f'                <ul class="result__taxonomy">\n                    <li class="result__taxonomy-item result__taxonomy--'
        f'Type">\n                <span>Loại:</span> Bài viết            </li>\n        </ul>\n    </li>' for a in found)
    main = (f'<div class="com-finder finder">\n            <h1>\n                            Tìm kiếm                    </h1>\n'
            f'                <div id="search-form" class="com-finder__form">\n            <form action="/component/finder/'
            f'search?Itemid=101" method="get" class="js-finder-searchform">\n    <fieldset class="com-finder__search word mb-3">'
            f'\n        <legend class="com-finder__search-legend visually-hidden">\n            Tìm kiếm        </legend>\n'
            f'        <div class="form-inline">\n            <label for="q" class="me-2">\n                Tìm kiếm cụm từ:'
            f'            </label>\n            <div class="input-group">\n                <input type="text" name="q" id="q" '
            f'class="js-finder-search-query form-control" value="{q}">\n                <button type="submit" class="btn '
            f'btn-primary">\n                    <span class="icon-search icon-white" aria-hidden="true"></span>\n         '
            f'           Tìm kiếm                </button>\n            </div>\n        </div>\n    </fieldset>\n</form>\n'
            f'        </div>\n                <div id="search-results" class="com-finder__results">\n            <div id="search-'
            f'result-empty" class="com-finder__explained">\n<p role="alert">Tổng cộng có <span class="badge bg-info">'
            f'{len(found)}</span> kết quả cho <mark class="badge bg-info">{q}</mark>.</p></div>\n<ol id="search-result-list" '
            f'class="js-highlight com-finder__results-list" start="1">{res}\n</ol>\n<div class="com-finder__navigation search-'
            f'pagination">\n            <div class="com-finder__counter search-pages-counter">\n            Kết quả 1 - '
            f'{len(found)} trong {len(found)}        </div>\n    </div>\n        </div>\n    </div>\n')
    site.page(path, layout("Tìm kiếm", main, view="search", itemid=101, crumb=crumbs([("Tìm kiếm", None)])))
    site.non_articles.append(path)
    site.page("/component/finder/search?Itemid=101", layout("Tìm kiếm", main.split('<div id="search-results"')[0] + "</div>\n",
                                                            view="search", itemid=101, crumb=crumbs([("Tìm kiếm", None)])))
    site.non_articles.append("/component/finder/search?Itemid=101")
    site.trap("Smart Search: the header form's action /component/finder/search?Itemid=101 and a result page "
              "?q=OCOP (title, URL, <time class='result__date'>, snippet): no articles", path)

    # -- home: featured view ---------------------------------------------------------------------------
    featured = [a for a in arts if a.opts.get("featured")]
    home = ('<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">\n    \n            <div class="blog-items '
            'items-leading ">\n' + "".join(blog_item(a, True) for a in featured) + "            </div>\n    \n    \n"
            '        <div class="items-more">\n    <ol class="com-content-blog__links">\n'
            + "".join(f'            <li class="com-content-blog__link">\n                <a href="{a.path}">\n'
                      f'                    {esc(a.title)}</a>\n        </li>\n' for a in arts[2:5])
            + "    </ol>\n</div>\n    \n    </div>\n")
    site.page("/", layout("Trang chủ", home, view="featured", itemid=101, crumb=crumbs([]), feed="/"))
    site.page("/?format=feed&type=rss", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>"
              f"Trang chủ - {esc(SITENAME)}</title><link>{{{{base}}}}/</link>"
              + "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><pubDate>"
                        f"{a.date:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>" for a in featured) + "</channel></rss>\n",
              content_type="application/rss+xml; charset=utf-8")
    site.page("/?format=feed&type=atom", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/"
              f"Atom\"><title>Trang chủ - {esc(SITENAME)}</title>"
              + "".join(f"<entry><title>{esc(a.title)}</title><link rel=\"alternate\" href=\"{{{{base}}}}{a.path}\"/><published>"
                        f"{a.date - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}+00:00</published></entry>" for a in featured)
              + "</feed>\n", content_type="application/atom+xml; charset=utf-8")
    site.same_page("/index.php", "/")
    site.non_articles.append("/")
    site.trap("home / (= /index.php): the featured view (the notice and the photo story with their info blocks and "
              "'Đọc thêm'), 'items-more' links, the topbar's date 'Thứ Sáu, 20/06/2025'", "/")

    # -- pages ---------------------------------------------------------------------------------------------
    intro = ('<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">\n    <meta itemprop='
             '"inLanguage" content="vi-VN">\n        <div class="page-header">\n        <h1 itemprop="headline">\n            '
             'Giới thiệu Liên minh HTX tỉnh Yên Bái        </h1>\n                            </div>\n        <div itemprop="'
             'articleBody" class="com-content-article__body">\n        <p>Liên minh Hợp tác xã tỉnh Yên Bái là tổ chức kinh tế - '
             'xã hội, đại diện và bảo vệ quyền lợi hợp pháp của các HTX, liên hiệp HTX, tổ hợp tác trên địa bàn tỉnh.</p>\n'
             '<p>Liên minh HTX tỉnh có 4 phòng, ban chuyên môn và Trung tâm Tư vấn, hỗ trợ HTX trực thuộc.</p>    </div>\n'
             '    </div>\n')
    site.page("/gioi-thieu", layout("Giới thiệu", intro, view="article", itemid=104,
                                    crumb=crumbs([("Giới thiệu", None)])))
    contact = ('<div class="com-contact contact" itemscope itemtype="https://schema.org/Person">\n            <h1>\n          '
               '      Liên hệ            </h1>\n                <div class="page-header">\n            <h2>\n                '
               '<span class="contact-name" itemprop="name">Văn phòng Liên minh HTX tỉnh Yên Bái</span>\n            </h2>\n  '
               '      </div>\n    <dl class="com-contact__address contact-address dl-horizontal" itemprop="address" '
               'itemscope itemtype="https://schema.org/PostalAddress">\n            <dd>\n                <span class="contact-'
               'street" itemprop="streetAddress">\n                    Số 566 đường Điện Biên, TP Yên Bái                '
               '</span>\n            </dd>\n    </dl>\n<form id="contact-form" action="/lien-he" method="post" class="form-'
               'validate form-horizontal well"><fieldset><legend>Gửi email</legend><input type="text" name="jform[contact_'
               'name]" id="jform_contact_name"><textarea name="jform[contact_message]" id="jform_contact_message"></textarea>'
               '<button class="btn btn-primary validate" type="submit">Gửi email</button></fieldset></form>\n</div>\n')
    site.page("/lien-he", layout("Liên hệ", contact, view="contact", itemid=105, crumb=crumbs([("Liên hệ", None)])))
    login = ('<div class="com-users-login login">\n            <div class="page-header">\n            <h1>\n                '
             'Đăng nhập            </h1>\n        </div>\n    <form action="/component/users/login?task=user.login&amp;Itemid='
             '101" method="post" id="com-users-login__form" class="com-users-login__form form-validate form-horizontal well">'
             '\n<fieldset><div class="control-group"><label id="username-lbl" for="username">Tên đăng nhập</label><input '
             'type="text" name="username" id="username"></div><div class="control-group"><label id="password-lbl" for="'
             'password">Mật khẩu</label><input type="password" name="password" id="password"></div><button type="submit" '
             'class="btn btn-primary">Đăng nhập</button></fieldset></form>\n    <div class="com-users-login__options list-group">'
             '\n        <a class="com-users-login__reset list-group-item" href="/component/users/reset?Itemid=101">Quên mật '
             'khẩu?</a>\n        <a class="com-users-login__remind list-group-item" href="/component/users/remind?Itemid=101">'
             'Quên tên đăng nhập?</a>\n    </div>\n</div>\n')
    site.page("/component/users/login?Itemid=101", layout("Đăng nhập", login, view="login", itemid=101,
                                                         crumb=crumbs([("Đăng nhập", None)]), sidebar=False))
    for p, t in [("/component/users/reset?Itemid=101", "Quên mật khẩu"), ("/component/users/remind?Itemid=101",
                                                                          "Quên tên đăng nhập")]:
        site.page(p, layout(t, f'<div class="com-users-reset reset"><h1>{t}</h1><form method="post" action="{p.split("?")[0]}'
                               f'"><input type="email" name="jform[email]"><button type="submit" class="btn btn-primary">Gửi'
                               f'</button></form></div>', view="reset", itemid=101, crumb=crumbs([(t, None)]), sidebar=False))
        site.non_articles.append(p)
    site.non_articles += ["/gioi-thieu", "/lien-he", "/component/users/login?Itemid=101"]
    site.trap("/gioi-thieu is a single-article menu item (com_content, no info block): a page, not news; /lien-he "
              "(com_contact) and the footer's login /component/users/login?Itemid=101 — Joomla's stock robots.txt "
              "disallows /components/ (the code folder), not /component/: fetched, not articles", "/gioi-thieu")
    site.static("/robots.txt", "# If the Joomla site is installed within a folder\n# eg www.example.com/joomla/ then the "
                "robots.txt file\n# MUST be moved to the site root\n# eg www.example.com/robots.txt\n# AND the joomla "
                "folder name MUST be prefixed to all of the\n# paths.\n# eg the Disallow rule for the /administrator/ "
                "folder MUST\n# be changed to read\n# Disallow: /joomla/administrator/\n#\n# For more information about "
                "the robots.txt standard, see:\n# https://www.robotstxt.org/orig.html\n\nUser-agent: *\nDisallow: "
                "/administrator/\nDisallow: /api/\nDisallow: /bin/\nDisallow: /cache/\nDisallow: /cli/\nDisallow: "
                "/components/\nDisallow: /includes/\nDisallow: /installation/\nDisallow: /language/\nDisallow: /layouts/\n"
                "Disallow: /libraries/\nDisallow: /logs/\nDisallow: /modules/\nDisallow: /plugins/\nDisallow: /tmp/\n")
    site.binary("/images/logo-lmhtx-yenbai.png", image_for("logo-yenbai"))
    site.binary("/media/templates/site/cassiopeia/images/favicon.ico", b"\x00\x00\x01\x00")
    site.static("/media/templates/site/cassiopeia/images/joomla-favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
    site.static("/media/system/css/joomla-fontawesome.min.css", "body{}\n")
    return site


def alias_of(title: str) -> str:
    import re
    import unicodedata
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")
