"""Site `tintuc-htxlangson` (registry family `generic`): "Tin tức Liên minh HTX tỉnh Lạng Sơn" on **DataLife Engine
(DLE) 15.0** (the Russian CMS; a Vietnamese language pack; a template the local web company derived from `Default`;
SEF URLs on, type 2 "category/id-alt", with "301 to the right URL" on; the time zone setting Asia/Ho_Chi_Minh; the
copy is of 12 June 2025 at 10:15). Written as a held-out test: no family module, no selectors.

URL shapes: a story `/<category>/<id>-<alt-name>.html` (the alt name typed by the editor, or DLE's `totranslit()` of
the title, which drops every Vietnamese letter with a mark: `thng-bo-s-11tb-lmhtx-…`); `/index.php?newsid=N` answers
a 301 to it (a reader's comment links one so: an alias); its print page `/<category>/print:page,1,<id>-<alt>.html`
(robots `noindex`: an alias); the main list `/` = `/index.php` with `/page/2/` (6 a page), the category lists
`/<category>/` with `/<category>/page/2/` ("Tin hoạt động" set to 4 a page), the tag lists `/tags/<tag>/`
(rawurlencoded Vietnamese), the static page `/gioi-thieu.html`, the RSS `/rss.xml` (the admin set it to 6 items), a
site map `/sitemap.xml` generated once at the launch (10 January 2025: the categories and the static page only), user
pages `/user/<login>/` and the `do=` forms (register, lostpassword, feedback, search), all disallowed by DLE's stock
robots.txt (`/user/`, `/*do=…`).

Why it is hard: DLE prints dates through `langdate()`: "Hôm nay, 08:05" and "Hôm qua, 17:45" for the two newest
(no date on the page: the JSON-LD's `datePublished` is the only full date), "05-06-2025, 14:20" for the rest, the
same on the comments (their own dates). The author field is the login: "admin" and "BBT" are accounts (the JSON-LD
still calls them `"@type":"Person"`), a staff login "Hoàng Thu Hà" is a person; a closing byline wins; a reprint
("Theo Báo Lạng Sơn") has none. The story's `<h1>` sits in `article.fullstory` above the meta line (author, date,
views, category), the text in `div.text` (TinyMCE `<p>`, DLE's `<!--TBegin-->` thumbnails with the caption in the
next centred `<em>` paragraph, `<h3>`, lists, a bordered table, the `[attachment]` line "TB-….pdf [186,4 Kb] (số lượt
tải: 37)"), then tags "Từ khóa:", the rating, "Tin liên quan" (other stories sharing a tag) and the comments. A story posted at 00:25 on 15 May is
dated 15 May (+07:00 in the JSON-LD and the RSS). The oldest story is only on `/page/2/` and `/tin-hoat-dong/page/2/`.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from urllib.parse import quote, quote_plus

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "tintuc-htxlangson"
NAME = "Liên minh HTX tỉnh Lạng Sơn"
ORG = "Liên minh Hợp tác xã tỉnh Lạng Sơn"
NOW = datetime(2025, 6, 12, 10, 15)
PER = 6
CATS = {"tin-hoat-dong": (1, "Tin hoạt động", 4), "thong-bao": (2, "Thông báo", PER),
        "kinh-te-tap-the": (3, "Kinh tế tập thể - OCOP", PER)}
TPL = "/templates/LMHTX"
ADDRESS = "Địa chỉ: Số 2 đường Hùng Vương, phường Chi Lăng, TP Lạng Sơn"
PHONE = "Điện thoại: 0205.3812.534 - Email: lmhtx@langson.gov.vn"
COPY = "© 2025 Liên minh Hợp tác xã tỉnh Lạng Sơn"
POLLQ = "Bạn biết đến trang tin của Liên minh HTX tỉnh qua kênh nào?"
POLLO = ("Qua mạng xã hội", "Qua công cụ tìm kiếm", "Qua cán bộ Liên minh HTX", "Kênh khác")
FURN = [ADDRESS, PHONE, COPY, POLLQ, *POLLO, "Powered by DataLife Engine", "Tin xem nhiều", "Từ khóa:", "Tin liên quan",
        "Thêm bình luận", "Mã bảo vệ", "Đăng nhập", "Quên mật khẩu?", "Đăng ký", "Bình chọn", "Gửi bình luận",
        "số lượt tải", "Tìm kiếm nâng cao"]


def totranslit(title: str) -> str:
    """DLE's totranslit(): spaces to hyphens, every character outside [a-z0-9_-.] dropped (its table is Cyrillic)."""
    t = title.lower().replace(" ", "-")
    t = re.sub(r"[^a-z0-9_\-.]+", "", t)
    return re.sub(r"-{2,}", "-", t).strip("-")[:70].strip("-")


def langdate(d: datetime) -> str:
    if d.date() == NOW.date():
        return f"Hôm nay, {d:%H:%M}"
    if d.date() == (NOW - timedelta(days=1)).date():
        return f"Hôm qua, {d:%H:%M}"
    return f"{d:%d-%m-%Y, %H:%M}"


def views(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        rel = d.date() >= (NOW - timedelta(days=1)).date()
        return dict(date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata"] if rel else ["metadata", "date-element"])

    return [
        A(path="", title="Thông báo số 11/TB-LMHTX về việc tổ chức Hội chợ sản phẩm OCOP và nông sản tỉnh Lạng Sơn năm 2025",
          body="""
LIÊN MINH HTX TỈNH LẠNG SƠN
Số: 11/TB-LMHTX
Lạng Sơn, ngày 09 tháng 6 năm 2025
THÔNG BÁO
Về việc tổ chức Hội chợ sản phẩm OCOP và nông sản tỉnh Lạng Sơn năm 2025
Thực hiện Kế hoạch số 45/KH-UBND ngày 20/02/2025 của UBND tỉnh, Liên minh HTX tỉnh phối hợp tổ chức Hội chợ sản phẩm OCOP và nông sản tỉnh Lạng Sơn năm 2025.
Thời gian: từ ngày 10/7 đến ngày 14/7/2025, tại Quảng trường 17-10, TP Lạng Sơn.
Liên minh HTX tỉnh hỗ trợ 40 gian hàng cho các HTX có sản phẩm OCOP; các HTX đăng ký theo mẫu đính kèm trước ngày 25/6/2025.
CHỦ TỊCH
Hoàng Văn Minh
""", author=None, doc_number="11/TB-LMHTX",
          attachments=[{"path": "/index.php?do=download&id=37", "text": "TB-11-LMHTX-2025.pdf"}],
          opts={"cat": "thong-bao", "login": "admin", "alt": None, "views": 312, "tags": ["OCOP", "hội chợ"],
                "rating": (4, 2), "comments": [], "modified": datetime(2025, 6, 11, 18, 2)},
          notes=["notice 'Số: 11/TB-LMHTX' dated 09/6 in its text, posted 'Hôm qua, 17:45' (langdate: no date on the page; "
                 "the JSON-LD datePublished 2025-06-11T17:45:00+07:00 is the only full date); login 'admin' (the JSON-LD's "
                 "Person 'admin'): no author; the signer is text; the '[attachment]' line 'TB-11-LMHTX-2025.pdf [186,4 Kb] "
                 "(số lượt tải: 37)' -> /index.php?do=download&id=37, not text; the alt name is DLE's totranslit() of "
                 "the title ('thng-bo-s-11tb-lmhtx-…')"],
          **at(datetime(2025, 6, 11, 17, 45))),
        A(path="", title="Ảnh: HTX Na Chi Lăng vào vụ thu hoạch na sớm",
          body="""
Những ngày đầu tháng 6, thành viên HTX Na Chi Lăng (huyện Chi Lăng) bắt đầu thu hoạch lứa na sớm của vụ năm 2025.
[img na-chilang-1.png] Thành viên HTX thu hoạch na trên sườn núi đá
[img na-chilang-2.png] Na được phân loại, đóng hộp tại nhà sơ chế của HTX
[img na-chilang-3.png] Thương lái đến tận vườn thu mua na cho HTX
Năm nay HTX dự kiến tiêu thụ khoảng 800 tấn na, trong đó 30% bán qua sàn thương mại điện tử.
Bài, ảnh: Hoàng Văn Sơn
""", author="Hoàng Văn Sơn",
          opts={"cat": "kinh-te-tap-the", "login": "admin", "alt": "htx-na-chi-lang-vao-vu-thu-hoach-na-som", "views": 97,
                "tags": ["na Chi Lăng", "OCOP"], "rating": (0, 0), "comments": []},
          notes=["photo story posted 'Hôm nay, 08:05' (JSON-LD 2025-06-12T08:05:00+07:00); three thumbnails "
                 "(<!--TBegin--> highslide links to /uploads/posts/…), each caption in the next centred <em> paragraph "
                 "(one line each); login 'admin', 'Bài, ảnh: Hoàng Văn Sơn' closes the text -> author"],
          **at(datetime(2025, 6, 12, 8, 5))),
        A(path="", title="Kết quả thực hiện Chương trình OCOP tỉnh Lạng Sơn 5 tháng đầu năm 2025",
          body="""
5 tháng đầu năm 2025, toàn tỉnh có thêm 27 sản phẩm được công nhận đạt chuẩn OCOP, trong đó HTX là chủ thể của 16 sản phẩm.
| Huyện, thành phố | Sản phẩm 3 sao | Sản phẩm 4 sao | Chủ thể là HTX |
| Chi Lăng | 5 | 1 | 4 |
| Văn Quan | 4 | 2 | 3 |
| Tràng Định | 3 | 1 | 3 |
| Bắc Sơn | 6 | 0 | 4 |
| Các địa phương khác | 4 | 1 | 2 |
Lũy kế đến nay, toàn tỉnh có 243 sản phẩm OCOP, trong đó 11 sản phẩm đạt 4 sao.
""", author="Hoàng Thu Hà",
          opts={"cat": "kinh-te-tap-the", "login": "Hoàng Thu Hà", "alt": "ket-qua-thuc-hien-chuong-trinh-ocop-5-thang-dau-nam-2025",
                "views": 1234, "tags": ["OCOP", "số liệu"], "rating": (5, 3), "comments": []},
          notes=["a bordered table (thead th, tbody td): one line per row; the login 'Hoàng Thu Hà' is a staff member's "
                 "name and no byline closes the text: she is the author; '05-06-2025, 14:20' (d-m-Y, H:i)"],
          **at(datetime(2025, 6, 5, 14, 20))),
        A(path="", title="Những điểm mới của Luật Hợp tác xã năm 2023 mà HTX cần lưu ý",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024 với nhiều quy định mới mà các HTX cần nắm vững.
## Một số điểm mới đáng chú ý
* Thành viên liên kết không góp vốn được tham gia sử dụng sản phẩm, dịch vụ của HTX;
* HTX được lựa chọn mô hình tổ chức quản lý đầy đủ hoặc rút gọn;
* Quy định rõ tài sản không chia và tỷ lệ trích lập các quỹ;
* Nhà nước hỗ trợ HTX về đào tạo, ứng dụng khoa học công nghệ và tiếp cận vốn.
Liên minh HTX tỉnh sẽ tiếp tục tổ chức các lớp tuyên truyền Luật cho cán bộ HTX ở các huyện.
Lương Thị Huyền - Ban Tuyên truyền
""", author="Lương Thị Huyền",
          opts={"cat": "tin-hoat-dong", "login": "Hoàng Thu Hà", "alt": "nhung-diem-moi-cua-luat-hop-tac-xa-nam-2023",
                "views": 845, "tags": ["Luật Hợp tác xã"], "rating": (0, 0), "comments": []},
          notes=["an <h3> and a bulleted list; login 'Hoàng Thu Hà' but 'Lương Thị Huyền - Ban Tuyên truyền' closes the "
                 "text -> Lương Thị Huyền"],
          **at(datetime(2025, 5, 28, 9, 0))),
        A(path="", title="HTX Hồi Văn Quan mở rộng vùng nguyên liệu đạt chuẩn hữu cơ",
          body="""
HTX Hồi Văn Quan vừa được cấp chứng nhận hữu cơ cho 150 ha rừng hồi của các hộ thành viên.
Sản phẩm hoa hồi khô và tinh dầu hồi của HTX đã xuất khẩu sang thị trường châu Âu với giá cao hơn 15% so với trước.
HTX đặt mục tiêu nâng diện tích hồi hữu cơ lên 300 ha vào năm 2027.
Theo Báo Lạng Sơn
""", author=None,
          opts={"cat": "tin-hoat-dong", "login": "BBT", "alt": "htx-hoi-van-quan-mo-rong-vung-nguyen-lieu-huu-co", "views": 530,
                "tags": ["hồi"], "rating": (0, 0), "comments": []},
          notes=["'Theo Báo Lạng Sơn' closes the text: a reprint, no author (login 'BBT', the editorial board's account)"],
          **at(datetime(2025, 5, 20, 10, 30))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Mẫu Sơn",
          body="""
Chiều 14/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Mẫu Sơn (huyện Lộc Bình).
HTX hiện có 48 thành viên, sản xuất chè Shan tuyết, đào và rau ôn đới trên diện tích 35 ha.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng nhãn hiệu và kết nối tiêu thụ sản phẩm với các điểm du lịch Mẫu Sơn.
""", author=None,
          opts={"cat": "tin-hoat-dong", "login": "BBT", "alt": "lmhtx-lam-viec-voi-htx-nong-nghiep-mau-son", "views": 402,
                "tags": [], "rating": (0, 0), "comments": []},
          notes=["posted at 00:25 on 15 May about 'Chiều 14/5' (an event day): '15-05-2025, 00:25', JSON-LD "
                 "2025-05-15T00:25:00+07:00, RSS 'Thu, 15 May 2025 00:25:00 +0700' (in UTC the 14th); login 'BBT', no "
                 "byline: author null"],
          **at(datetime(2025, 5, 15, 0, 25))),
        A(path="", title="HTX Thạch đen Tràng Định đầu tư dây chuyền đóng gói tự động",
          body="""
HTX Thạch đen Tràng Định vừa đưa vào vận hành dây chuyền đóng gói tự động công suất 2 tấn sản phẩm/ngày.
Dây chuyền giúp HTX giảm một nửa nhân công đóng gói, sản phẩm đồng đều, đáp ứng yêu cầu của các siêu thị.
Tổng vốn đầu tư gần 1,5 tỷ đồng, trong đó HTX được Quỹ hỗ trợ phát triển HTX tỉnh cho vay 500 triệu đồng.
Nông Thị Hạnh
""", author="Nông Thị Hạnh",
          opts={"cat": "tin-hoat-dong", "login": "admin", "alt": "htx-thach-den-trang-dinh-dau-tu-day-chuyen-dong-goi",
                "views": 688, "tags": ["thạch đen", "OCOP"], "rating": (4, 1),
                "comments": [("Lý Văn Tùng", "Sản phẩm thạch đen Tràng Định rất ngon, chúc HTX phát triển.",
                              datetime(2025, 5, 7, 8, 12), None),
                             ("Hà Thị Mai", "Số liệu OCOP của tỉnh mọi người xem tại đây: ", datetime(2025, 6, 11, 20, 3),
                              "table")]},
          notes=["two reader comments ('Lý Văn Tùng' '07-05-2025, 08:12', 'Hà Thị Mai' 'Hôm qua, 20:03'): not text, their "
                 "dates not the story's; the second links the OCOP table story as /index.php?newsid=N (a 301 to its URL: "
                 "an alias); login 'admin', the bare name 'Nông Thị Hạnh' closes the text -> author"],
          **at(datetime(2025, 5, 6, 15, 10))),
        A(path="", title="Liên minh HTX tỉnh Lạng Sơn tổng kết công tác năm 2024",
          body="""
Ngày 14/1, Liên minh HTX tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tongket-2024.png] Quang cảnh hội nghị tổng kết công tác năm 2024
Năm 2024, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 41 HTX, tư vấn cho 60 HTX xây dựng phương án sản xuất kinh doanh.
Tin, ảnh: Vi Văn Toản
""", author="Vi Văn Toản",
          opts={"cat": "tin-hoat-dong", "login": "admin", "alt": "lien-minh-htx-tinh-tong-ket-cong-tac-nam-2024", "views": 921,
                "tags": [], "rating": (0, 0), "comments": []},
          notes=["the oldest story: only on /page/2/ and /tin-hoat-dong/page/2/ (the category shows 4 a page); not in the "
                 "RSS (6 items), the stale site map, 'Tin xem nhiều', a tag list or any 'Tin liên quan'; 'Tin, ảnh: Vi "
                 "Văn Toản' -> author"],
          **at(datetime(2025, 1, 15, 9, 0))),
    ]


def upload(a: RichArticle, src: str, thumb: bool = False) -> str:
    stamp = int((a.date - datetime(1970, 1, 1) - timedelta(hours=7)).total_seconds())
    return f"/uploads/posts/{a.date:%Y-%m}/" + ("thumbs/" if thumb else "") + f"{stamp}_{src}"


def body_html(a: RichArticle) -> str:
    out = []
    blocks = a.blocks
    for b in blocks:
        if b.kind == "p":
            closing = b is blocks[-1] and len(b.text) < 60
            if closing:
                out.append(f'<p style="text-align:right;"><strong>{inline_html(b.text)}</strong></p>')
            else:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table style="width:100%;border-collapse:collapse;" border="1"><thead><tr>'
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody></table>")
        elif b.kind == "img":
            full, th = upload(a, b.src), upload(a, b.src, True)
            out.append(f'<p style="text-align:center;"><!--TBegin:{full}|--><a href="{full}" class="highslide" '
                       f'target="_blank"><img src="{th}" style="max-width:100%;" alt=""></a><!--TEnd--></p>')
            if b.text:
                out.append(f'<p style="text-align:center;"><em>{esc(b.text)}</em></p>')
        if a.attachments and b.kind == "p" and b.text.startswith("Liên minh HTX tỉnh hỗ trợ 40"):
            for x in a.attachments:
                out.append(f'<p><span class="attachment"><a href="{x["path"].replace("&", "&amp;")}">{esc(x["text"])}</a> [186,4 Kb] (số lượt '
                           "tải: 37)</span></p>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lang-son", f"{NAME} (DataLife Engine 15)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/rss.xml" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    nid = 60
    for a in reversed(arts):
        nid += 4
        a.opts["id"] = nid
        a.opts["alt"] = a.opts["alt"] or totranslit(a.title)
        a.path = f"/{a.opts['cat']}/{nid}-{a.opts['alt']}.html"
    oldest = arts[-1]
    visible = [a for a in arts if a is not oldest]
    table = next(a for a in arts if any(b.kind == "table" for b in a.blocks))

    def user_url(login: str) -> str:
        return f"/user/{quote_plus(login)}/"

    def author_link(login: str) -> str:
        u = user_url(login)
        return (f'<a onclick="ShowProfile(\'{attr(quote_plus(login))}\', \'{{{{base}}}}{u}\', \'0\'); return false;" '
                f'href="{{{{base}}}}{u}">{esc(login)}</a>')

    def cat_link(a: RichArticle) -> str:
        c = a.opts["cat"]
        return f'<a href="{{{{base}}}}/{c}/">{esc(CATS[c][1])}</a>'

    def rating(a: RichArticle) -> str:
        avg, n = a.opts["rating"]
        lis = "".join(f'<li><a href="#" title="{t}" class="r{k}-unit" onclick="doRate(\'{k}\', \'{a.opts["id"]}\'); '
                      f'return false;">{k}</a></li>' for k, t in enumerate(["Tệ", "Kém", "Trung bình", "Tốt", "Tuyệt vời"], 1))
        return (f'<div class="rate"><div id="ratig-layer-{a.opts["id"]}"><div class="rating"><ul class="unit-rating">'
                f'<li class="current-rating" style="width:{avg * 20}%;">{avg * 20}</li>{lis}</ul></div></div>'
                f'<span class="grey">Số phiếu: <span id="vote-num-id-{a.opts["id"]}">{n}</span></span></div>')

    def meta(a: RichArticle) -> str:
        n = len(a.opts["comments"])
        return (f'<div class="meta ignore-select"><ul class="right"><li class="grey" title="Lượt xem: {views(a.opts["views"])}">'
                f'<svg class="icon icon-views"><use xlink:href="#icon-views"></use></svg>{views(a.opts["views"])}</li>'
                f'<li title="Bình luận: {n}"><a href="{{{{base}}}}{a.path}#comment"><svg class="icon icon-coms"><use '
                f'xlink:href="#icon-coms"></use></svg>{n}</a></li></ul><ul class="left"><li class="story_author">'
                f'<svg class="icon icon-author"><use xlink:href="#icon-author"></use></svg>{author_link(a.opts["login"])}</li>'
                f'<li class="grey story_date"><svg class="icon icon-date"><use xlink:href="#icon-date"></use></svg>'
                f"{langdate(a.date)}</li></ul></div>")

    def short(a: RichArticle) -> str:
        img = a.first_image()
        th = (f'<!--TBegin:{upload(a, img)}|--><a href="{upload(a, img)}" class="highslide"><img src="{upload(a, img, True)}" '
              f'style="max-width:100%;" alt=""></a><!--TEnd--><br>') if img else ""
        lead = next(b.text for b in a.blocks if b.kind == "p")
        return (f'<article class="box story shortstory"><div class="box_in"><h2 class="title"><a href="{{{{base}}}}{a.path}">'
                f'{esc(a.title)}</a></h2><div class="text">{th}{esc(inline_text(lead))}</div><div class="story_tools '
                f'ignore-select"><div class="category"><svg class="icon icon-cat"><use xlink:href="#icon-cat"></use></svg>'
                f'{cat_link(a)}</div><a class="btn" href="{{{{base}}}}{a.path}"><b>Xem thêm</b></a></div></div>{meta(a)}'
                "</article>")

    def pager(base: str, n: int, pages: int) -> str:
        if pages < 2:
            return ""

        def href(k: int) -> str:
            return f"{{{{base}}}}{base}" if k == 0 else f"{{{{base}}}}{base}page/{k + 1}/"
        prev = f'<a href="{href(n - 1)}"><span class="pprev">Trước</span></a>' if n else '<span class="pprev">Trước</span>'
        nxt = (f'<a href="{href(n + 1)}"><span class="pnext">Sau</span></a>' if n < pages - 1 else
               '<span class="pnext">Sau</span>')
        nums = " ".join(f"<span>{k + 1}</span>" if k == n else f'<a href="{href(k)}">{k + 1}</a>' for k in range(pages))
        return f'<div class="pagi-nav clearfix">{prev}<span class="navigation">{nums}</span>{nxt}</div>'

    top = sorted(visible, key=lambda a: -a.opts["views"])[:5]
    tags_all = sorted({t for a in visible for t in a.opts["tags"]})

    def tag_url(t: str) -> str:
        return f"/tags/{quote(t)}/"

    def layout(title: str, content: str, *, head: str = "", speedbar: list | None = None, desc: str = "") -> str:
        menu = "".join(f'<li><a href="{{{{base}}}}{h}">{esc(n)}</a></li>'
                       for n, h in [("Trang chủ", "/"), *[(v[1], f"/{k}/") for k, v in CATS.items()],
                                    ("Giới thiệu", "/gioi-thieu.html"), ("Liên hệ", "/index.php?do=feedback")])
        sb = ""
        if speedbar:
            sb = ('<div class="speedbar"><span itemscope itemtype="https://schema.org/BreadcrumbList"><span itemprop="itemList'
                  'Element" itemscope itemtype="https://schema.org/ListItem"><meta itemprop="position" content="1"><a '
                  f'href="{{{{base}}}}/" itemprop="item"><span itemprop="name">{esc(NAME)}</span></a></span>'
                  + "".join(f' » <span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><meta '
                            f'itemprop="position" content="{i}"><a href="{{{{base}}}}{h}" itemprop="item"><span '
                            f'itemprop="name">{esc(n)}</span></a></span>' if h else f" » {esc(n)}"
                            for i, (n, h) in enumerate(speedbar, 2)) + "</span></div>")
        tops = "".join(f'<li><a href="{{{{base}}}}{a.path}">{esc(a.title)}</a></li>' for a in top)
        cloud = ", ".join(f'<a href="{{{{base}}}}{tag_url(t)}" class="clouds_xsmall">{esc(t)}</a>' for t in tags_all)
        radios = "".join(f'<div class="vote"><input id="vote_check{i}" name="vote_check" type="radio" value="{i}"><label '
                         f'for="vote_check{i}">{esc(o)}</label></div>' for i, o in enumerate(POLLO))
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
	<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="description" content="{attr(desc or 'Tin tức hoạt động của Liên minh Hợp tác xã tỉnh Lạng Sơn')}">
<meta name="keywords" content="Liên minh HTX, hợp tác xã, Lạng Sơn, OCOP">
<meta name="generator" content="DataLife Engine (https://dle-news.ru)">
<link rel="search" type="application/opensearchdescription+xml" title="{attr(NAME)}" href="{{{{base}}}}/index.php?do=opensearch">
<link rel="alternate" type="application/rss+xml" title="{attr(NAME)}" href="{{{{base}}}}/rss.xml">{head}
<link rel="preconnect" href="{{{{base}}}}/" fetchpriority="high">
<script src="/engine/classes/min/index.php?g=general3&amp;v=5a2b1"></script>
<script src="/engine/classes/min/index.php?f=engine/classes/js/dle_js.js&amp;v=5a2b1" defer></script>
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<link rel="shortcut icon" href="{TPL}/images/favicon.ico">
	<link href="{TPL}/css/engine.css" type="text/css" rel="stylesheet">
	<link href="{TPL}/css/styles.css" type="text/css" rel="stylesheet">
</head>
<body>
<div class="page">
	<header class="header"><div class="wrp">
		<a class="logotype" href="{{{{base}}}}/" title="{attr(NAME)}"><img src="{TPL}/images/logo.png" alt="{attr(NAME)}"><span class="title_hide">{esc(NAME)}</span></a>
		<div class="h_date" id="h_date"><script>document.getElementById('h_date').textContent = new Date().toLocaleDateString('vi-VN', {{weekday:'long', day:'2-digit', month:'2-digit', year:'numeric'}});</script></div>
		<div class="loginpane"><a href="#" class="h_btn login" onclick="return false;">Đăng nhập</a>
		<form method="post" class="login_form"><input type="text" name="login_name" placeholder="Tên đăng nhập"><input type="password" name="login_password" placeholder="Mật khẩu"><button type="submit">Đăng nhập</button><input name="login" type="hidden" value="submit">
		<a href="{{{{base}}}}/index.php?do=register">Đăng ký</a> | <a href="{{{{base}}}}/index.php?do=lostpassword">Quên mật khẩu?</a></form></div>
		<nav class="topmenu"><ul>{menu}</ul></nav>
		<form id="q_search" method="post"><input id="story" name="story" placeholder="Tìm kiếm..." type="search"><button type="submit">Tìm</button><input type="hidden" name="do" value="search"><input type="hidden" name="subaction" value="search"> <a href="{{{{base}}}}/index.php?do=search&amp;mode=advanced">Tìm kiếm nâng cao</a></form>
	</div></header>
	<div class="wrp cols">
		<main class="cont" id="dle-content">{sb}{content}</main>
		<aside class="side">
			<div class="block"><h4 class="block_title">Tin xem nhiều</h4><ul class="lines">{tops}</ul></div>
			<div class="block"><h4 class="block_title">Thăm dò ý kiến</h4><div class="vote_block"><p class="vote_title">{esc(POLLQ)}</p><form method="post" name="vote">{radios}<button type="submit" class="btn">Bình chọn</button> <button type="button" class="btn" onclick="ShowAllVotes(); return false;">Kết quả</button></form></div></div>
			<div class="block"><h4 class="block_title">Từ khóa</h4><div class="tag_list">{cloud}</div></div>
			<div class="block"><h4 class="block_title">Liên kết</h4><ul class="lines"><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/langson/" target="_blank">Cổng TTĐT tỉnh Lạng Sơn</a></li></ul></div>
		</aside>
	</div>
	<footer class="footer"><div class="wrp">
		<p class="copyright">{esc(COPY)}<br>{esc(ADDRESS)}<br>{esc(PHONE)}</p>
		<a class="dle_copy" href="{{{{base:offsite}}}}/dle/" target="_blank">Powered by DataLife Engine © 2004-2025</a>
	</div></footer>
</div>
</body>
</html>
"""

    def jsonld(a: RichArticle) -> str:
        c = a.opts["cat"]
        mod = a.opts.get("modified") or a.date
        img = a.first_image()
        data = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@context": "https://schema.org/",
             "publisher": {"@type": "Organization", "name": NAME, "logo": {"@type": "ImageObject",
                                                                          "url": f"{{{{base}}}}{TPL}/images/logo.png"}},
             "name": a.title, "headline": a.title,
             "mainEntityOfPage": {"@type": "WebPage", "@id": f"{{{{base}}}}{a.path}"},
             "datePublished": a.date.strftime("%Y-%m-%dT%H:%M:%S+07:00"),
             "dateModified": mod.strftime("%Y-%m-%dT%H:%M:%S+07:00"),
             "author": {"@type": "Person", "name": a.opts["login"], "url": f"{{{{base}}}}{user_url(a.opts['login'])}"},
             **({"image": [f"{{{{base}}}}{upload(a, img)}"]} if img else {}),
             "description": inline_text(next(b.text for b in a.blocks if b.kind == "p"))},
            {"@type": "BreadcrumbList", "@context": "https://schema.org/", "itemListElement": [
                {"@type": "ListItem", "position": 1, "item": {"@id": "{{base}}/", "name": NAME}},
                {"@type": "ListItem", "position": 2, "item": {"@id": f"{{{{base}}}}/{c}/", "name": CATS[c][1]}},
                {"@type": "ListItem", "position": 3, "item": {"@id": f"{{{{base}}}}{a.path}", "name": a.title}}]}]}
        return ('\n<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False, separators=(",", ":"))
                .replace("/", "\\/") + "</script>")

    comment_id = 140
    for a in arts:
        c = a.opts["cat"]
        i = a.opts["id"]
        tags = ""
        if a.opts["tags"]:
            tags = ('<div class="story_tags ignore-select"><span>Từ khóa: </span>'
                    + ", ".join(f'<span><a href="{{{{base}}}}{tag_url(t)}">{esc(t)}</a></span>' for t in a.opts["tags"])
                    + "</div>")
        rel = [x for x in visible if x is not a and set(x.opts["tags"]) & set(a.opts["tags"])][:4]
        related = ""
        if rel:
            related = ('<div class="block related ignore-select"><div class="block_title"><h4>Tin liên quan</h4></div>'
                       '<ul class="lines">' + "".join(f'<li><a href="{{{{base}}}}{x.path}">{esc(x.title)}</a></li>'
                                                      for x in rel) + "</ul></div>")
        coms = ""
        for who, text, when, link in a.opts["comments"]:
            comment_id += 1
            extra = ""
            if link == "table":
                target = f"/index.php?newsid={table.opts['id']}"
                extra = (f'<a href="{{{{base}}}}{target}" target="_blank" rel="external noopener noreferrer">'
                         f"{{{{base}}}}{target}</a>")
                table.aliases.append(target)
            coms += (f'<li id="comments-tree-item-{comment_id}" class="comments-tree-item"><div id="comment-id-{comment_id}">'
                     f'<div class="comment"><div class="com_info"><div class="avatar"><span class="cover" style="background-'
                     f'image: url({TPL}/dleimages/noavatar.png);">{esc(who)}</span></div><div class="com_user"><b class='
                     f'"name">{esc(who)}</b><br><span class="grey date">{langdate(when)}</span></div></div><div '
                     f'class="com_content"><div id="comm-id-{comment_id}">{esc(text)}{extra}</div></div></div></div></li>')
            site.extra_boilerplate.append(text.strip())
        comments = (f'<div class="comments ignore-select" id="comment"><div class="block_title"><h4>Bình luận ({len(a.opts["comments"])})'
                    f'</h4></div><div id="dle-comments-list"><ol class="comments-tree-list">{coms}</ol></div>'
                    '<form method="post" name="dle-comments-form" id="dle-comments-form"><div class="box_in addcomment">'
                    '<h4 class="title">Thêm bình luận</h4><ul class="ui-form"><li class="form-group"><input placeholder="Tên" '
                    'type="text" name="name" id="name" class="wide" required></li><li class="form-group"><input '
                    'placeholder="E-Mail" type="email" name="mail" id="mail" class="wide"></li><li class="form-group"><textarea '
                    'name="comments" id="comments" rows="5"></textarea></li><li class="form-group">Mã bảo vệ: <img src="'
                    f'/engine/modules/antibot/antibot.png" alt=""><input type="text" name="sec_code"></li></ul><button '
                    f'class="btn" type="submit" name="submit">Gửi bình luận</button></div><input type="hidden" '
                    f'name="post_id" id="post_id" value="{i}"></form></div>')
        print_path = f"/{c}/print:page,1,{i}-{a.opts['alt']}.html"
        full = (f'<article class="box story fullstory"><div class="box_in"><h1 class="title h1">{esc(a.title)}</h1>'
                f'<div class="story_top ignore-select">{meta(a)}<div class="category">{cat_link(a)}</div>'
                f'<a href="{{{{base}}}}{print_path}" rel="nofollow" class="print" title="In bài">In bài</a></div>'
                f'<div class="text">{body_html(a)}</div>{tags}<div class="story_tools ignore-select">{rating(a)}</div>'
                f"</div></article>{related}{comments}")
        desc = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        img = a.first_image()
        head = (f'\n<link rel="canonical" href="{{{{base}}}}{a.path}">\n<meta property="twitter:title" content="{attr(a.title)}">'
                f'\n<meta property="twitter:card" content="summary">\n<meta property="og:type" content="article">'
                f'\n<meta property="og:site_name" content="{attr(NAME)}">\n<meta property="og:title" content="{attr(a.title)}">'
                f'\n<meta property="og:url" content="{{{{base}}}}{a.path}">'
                + (f'\n<meta property="og:image" content="{{{{base}}}}{upload(a, img)}">' if img else "")
                + f'\n<meta property="og:description" content="{attr(desc)}">' + jsonld(a))
        page = layout(f"{a.title} » {NAME}", full, head=head, speedbar=[(CATS[c][1], f"/{c}/"), (a.title, None)], desc=desc)
        site.page(a.path, page)
        # print page
        site.page(print_path, f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(a.title)} » {esc(NAME)} » In bài</title>
<meta name="robots" content="noindex,nofollow">
<link href="{TPL}/css/print.css" type="text/css" rel="stylesheet">
</head>
<body>
<div class="print_wrp">
<h1>{esc(a.title)}</h1>
<div class="print_info">{langdate(a.date)}, {esc(a.opts['login'])} | {esc(CATS[c][1])}</div>
<div class="print_text">{body_html(a)}</div>
<hr>
<p class="print_link">Nguồn: <a href="{{{{base}}}}{a.path}">{{{{base}}}}{a.path}</a></p>
<a href="javascript:window.print()">In trang này</a>
</div>
</body>
</html>
""")
        a.aliases.append(print_path)
        site.redirect(f"/index.php?newsid={i}", a.path)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(upload(a, b.src), image_for(b.src))
                site.binary(upload(a, b.src, True), image_for("th" + b.src))
        for x in a.attachments:
            site.files["_routes/dle-download-37.pdf"] = pdf(a.title, ["LIEN MINH HTX TINH LANG SON",
                                                                      "THONG BAO SO 11/TB-LMHTX"])
            site.routes.append({"path": x["path"], "file": "_routes/dle-download-37.pdf",
                                "content_type": "application/pdf"})
        site.add_article(a)
    site.trap("every story's 'In bài' (/<category>/print:page,1,<id>-<alt>.html: robots noindex, the title, the langdate "
              "and the login, the text): an alias; /index.php?newsid=N answers a 301 to the story",
              f"/{arts[0].opts['cat']}/print:page,1,{arts[0].opts['id']}-{arts[0].opts['alt']}.html")

    # -- lists -----------------------------------------------------------------------------------
    def lists(base: str, title: str, items: list[RichArticle], per: int, speedbar: list | None) -> None:
        pages = max(1, (len(items) + per - 1) // per)
        for n in range(pages):
            chunk = items[n * per:(n + 1) * per]
            content = "".join(short(a) for a in chunk) + pager(base, n, pages)
            path = base if n == 0 else f"{base}page/{n + 1}/"
            t = title if n == 0 else f"{title} » Trang {n + 1}"
            site.page(path, layout(t, content, speedbar=speedbar))
            site.non_articles.append(path)

    lists("/", NAME, arts, PER, None)
    site.same_page("/index.php", "/")
    for c, (_, cname, per) in CATS.items():
        lists(f"/{c}/", f"{cname} » {NAME}", [a for a in arts if a.opts["cat"] == c], per, [(cname, None)])
    site.trap("the main list (/ = /index.php, 6 short stories a page: thumbnail, first paragraph, 'Xem thêm', the meta "
              "line) and its /page/2/; 'Tin hoạt động' shows 4 a page: /tin-hoat-dong/page/2/ holds the oldest",
              "/tin-hoat-dong/page/2/")
    for t in tags_all:
        items = [a for a in visible if t in a.opts["tags"]]
        path = tag_url(t)
        site.page(path, layout(f"{t} » {NAME}", f'<div class="box"><h1 class="title">Từ khóa: {esc(t)}</h1></div>'
                               + "".join(short(a) for a in items), speedbar=[(f"Từ khóa: {t}", None)]))
        site.non_articles.append(path)
    site.trap("tag lists /tags/<rawurlencoded tag>/ ('Từ khóa:' under the story, the cloud): lists",
              tag_url("OCOP"))
    site.page("/gioi-thieu.html", layout(f"Giới thiệu » {NAME}", '<article class="box story static"><div class="box_in">'
                                         '<h1 class="title h1">Giới thiệu Liên minh HTX tỉnh Lạng Sơn</h1><div class="text">'
                                         '<p>Liên minh Hợp tác xã tỉnh Lạng Sơn là tổ chức kinh tế - xã hội đại diện, bảo vệ '
                                         'quyền và lợi ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác '
                                         'trên địa bàn tỉnh.</p></div></div></article>', speedbar=[("Giới thiệu", None)]))
    site.non_articles.append("/gioi-thieu.html")
    site.trap("the static page /gioi-thieu.html (no date, no author): not an article", "/gioi-thieu.html")

    # -- robots-disallowed pages -------------------------------------------------------------------
    for login in sorted({a.opts["login"] for a in arts}):
        path = user_url(login)
        site.page(path, layout(f"Thông tin người dùng {login} » {NAME}", f'<div class="box userinfo"><h1 class="title">'
                               f'Người dùng: {esc(login)}</h1><p>Nhóm: Biên tập viên</p><p><a href="{{{{base}}}}{path}'
                               'news/">Xem tất cả tin của người dùng</a></p></div>'))
        site.page(f"{path}news/", layout(f"Tin của {login} » {NAME}", "".join(short(a) for a in arts
                                                                            if a.opts["login"] == login)))
        site.never_fetched += [path, f"{path}news/"]
    for path, t in [("/index.php?do=register", "Đăng ký"), ("/index.php?do=lostpassword", "Khôi phục mật khẩu"),
                    ("/index.php?do=feedback", "Liên hệ"), ("/index.php?do=search&mode=advanced", "Tìm kiếm nâng cao")]:
        site.page(path, layout(f"{t} » {NAME}", f'<div class="box"><h1 class="title">{t}</h1><form method="post"><input '
                               'type="text" name="x"><button type="submit">Gửi</button></form></div>'))
        site.never_fetched.append(path)
    site.trap("DLE's stock robots.txt disallows /user/ (every story's author link, /user/<login>/news/) and /*do=register, "
              "lostpassword, feedback, search: never fetched", "/user/admin/")
    site.static("/robots.txt", "User-agent: *\nDisallow: /engine/go.php\nDisallow: /engine/download.php\nDisallow: /user/\n"
                "Disallow: /newposts/\nDisallow: /favorites/\nDisallow: /statistics.html\nDisallow: /*subaction=userinfo\n"
                "Disallow: /*subaction=newposts\nDisallow: /*do=lastcomments\nDisallow: /*do=feedback\n"
                "Disallow: /*do=register\nDisallow: /*do=lostpassword\nDisallow: /*do=addnews\nDisallow: /*do=stats\n"
                "Disallow: /*do=pm\nDisallow: /*do=search\n\nHost: {{base}}\nSitemap: {{base}}/sitemap.xml\n")

    # -- RSS, site map, opensearch -------------------------------------------------------------------
    def rfc(d: datetime) -> str:
        return f"{d:%a, %d %b %Y %H:%M:%S} +0700"
    items = "".join(
        f"<item>\n<title>{esc(a.title)}</title>\n<guid isPermaLink=\"true\">{{{{base}}}}{a.path}</guid>\n"
        f"<link>{{{{base}}}}{a.path}</link>\n<dc:creator>{esc(a.opts['login'])}</dc:creator>\n<pubDate>{rfc(a.date)}</pubDate>\n"
        f"<category>{esc(CATS[a.opts['cat']][1])}</category>\n<description><![CDATA["
        f"{inline_text(next(b.text for b in a.blocks if b.kind == 'p'))}]]></description>\n</item>\n" for a in arts[:6])
    site.page("/rss.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{esc(NAME)}</title>
<link>{{{{base}}}}/</link>
<language>vi</language>
<description>Tin tức hoạt động của Liên minh Hợp tác xã tỉnh Lạng Sơn</description>
<generator>DataLife Engine</generator>
{items}</channel></rss>
""", content_type="application/rss+xml; charset=utf-8")
    site.trap("/rss.xml: the 6 newest (the admin's setting), pubDate '+0700', dc:creator the login", "/rss.xml")
    urls = "".join(f"<url><loc>{{{{base}}}}{p}</loc><lastmod>2025-01-10</lastmod><priority>{pr}</priority></url>"
                   for p, pr in [("/", "1.0"), *[(f"/{c}/", "0.7") for c in CATS], ("/gioi-thieu.html", "0.5")])
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              f'sitemap/0.9">{urls}</urlset>\n', content_type="application/xml; charset=utf-8")
    site.trap("/sitemap.xml was generated once at the launch (10/01/2025): the home, the categories and the static page, "
              "no story", "/sitemap.xml")
    site.page("/index.php?do=opensearch", f'<?xml version="1.0" encoding="utf-8"?>\n<OpenSearchDescription xmlns="http://'
              f'a9.com/-/spec/opensearch/1.1/"><ShortName>{esc(NAME)}</ShortName><Url type="text/html" template="{{{{base}}}}'
              '/index.php?do=search&amp;subaction=search&amp;story={searchTerms}"/></OpenSearchDescription>\n',
              content_type="application/opensearchdescription+xml; charset=utf-8")
    site.static("/engine/classes/min/index.php", "/* DLE minified: jquery3, jqueryui, dle_js */\n")
    site.binary(f"{TPL}/images/favicon.ico", b"\x00\x00\x01\x00")
    site.binary("/engine/modules/antibot/antibot.png", image_for("antibot"))
    return site
