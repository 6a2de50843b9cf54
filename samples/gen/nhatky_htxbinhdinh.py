"""Site `nhatky-htxbinhdinh` (registry family `generic`): "Nhật ký Liên minh HTX tỉnh Bình Định", the alliance's
community journal on **Dreamwidth** (the LiveJournal code base: S2 journal styles on `core2`, the layout's default
theme, the community `lmhtx_binhdinh` served at its own host, public entries, "Number of entries on Recent page" set
to 5; the copy is of 23 November 2024, before Bình Định merged with Gia Lai). Written as a held-out test: no family
module, no selectors.

What is an article here: an entry of the community (posted by the office's account `vanphong_lmhtxbd` or a staff
member's `thuhuong_bd`). Comments and their replies under it are readers' words, never the article.

URL shapes: an entry `/<ditemid>.html` (ditemid = jitemid * 256 + anum: 4-digit numbers with gaps); an entry given a
slug lives at `/<yyyy>/<mm>/<dd>/<slug>.html` (its `rel=canonical` and every link), its `/<ditemid>.html` answering the
same page (an alias: old links, the RSS `guid`); a comment thread `?thread=<talkid>#cmt<talkid>` (the same entry with
one sub-thread: an alias, the comments' "Link"/"Thread"/"Parent" links) and the reply page `?mode=reply` (the entry
with the comment form, no comments: an alias); the Recent page `/` (5 entries, full text up to a cut) and
`/?skip=5` ("Previous 5"); day pages `/<yyyy>/<mm>/<dd>/` ("Previous Day"/"Next Day"), month pages
`/<yyyy>/<mm>/`, year pages `/<yyyy>/` (the entry header's date parts link them); tags `/tag/` and `/tag/<tag>` (the
Recent view filtered); `/profile` (the site scheme, Tropo); feeds `/data/rss`, `/data/atom`; `/rss` answers 301 to
`/data/rss`, `/2024/11/18` (no slash) 302 to the slash form. robots.txt is the journal's: `User-Agent: *` and nothing.

Why it is hard: the page's `<h1 id="title">` is the journal's name on every page; the entry's subject is
`h3.entry-title` and, on the entry page, also `h2#pagetitle`; `<title>` is "lmhtx_binhdinh | <subject>". The date is
`span.datetime`: "Nov. 18th, 2024 02:20 pm" (English ordinal, 12-hour clock, linked parts) — the poster's own clock
(Vietnam time) with no zone; `article:published_time` carries the same wall time without a zone
("2024-11-18T14:20:00"); the feeds give the instant in GMT. Comments print "Date: 2024-11-04 06:10 pm (UTC)" — UTC,
so the notice posted at 00:40 on 5 November gets a comment dated the day before. The poster is an account
(`span.ljuser`), never the author: the author is the typed closing line when a person. Entries written with
auto-format on have no `<p>`: paragraphs are runs split by `<br /><br />`. "Current Mood:"/"Current Location:" lines
under the text (`div.metadata`) are furniture. On the Recent page a long entry stops at its cut
("( Xem toàn văn )" -> `/<id>.html#cutid1`); only the entry page has the whole text. The two oldest entries are only
on `/?skip=5` (and their day/month pages and the feeds).
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso
from .richbody import RichArticle, table_html

SITE = "nhatky-htxbinhdinh"
COMM = "lmhtx_binhdinh"
JTITLE = "Nhật ký Liên minh HTX tỉnh Bình Định"
JSUB = "Tin hoạt động kinh tế tập thể, hợp tác xã tỉnh Bình Định"
WWW = "{{base:offsite}}/dreamwidth"
PER = 5
UTC = timedelta(hours=7)
GENERATED = "Page generated Nov. 23rd, 2024 03:12 am GMT"
STYLE_CREDIT = "Style: Practicality for Ciel by timeasmymeasure"
FURN = [GENERATED, "Powered by Dreamwidth Studios", "Style Credit", STYLE_CREDIT, "Expand Cut Tags", "No cut tags",
        "Current Mood:", "Current Location:", "Top of page",
        "Cộng đồng thông tin của Liên minh Hợp tác xã tỉnh Bình Định: tin hoạt động, văn bản, thông báo.",
        "Số 107 Lê Hồng Phong, TP Quy Nhơn, tỉnh Bình Định"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
TAGS = {"tin hoạt động": "tin-hoat-dong", "văn bản": "van-ban", "ocop": "ocop", "số liệu": "so-lieu",
        "ảnh": "anh"}


def tag_url(t: str) -> str:
    return "/tag/" + quote(t.replace(" ", "+"), safe="+")


def dayord(d: int) -> str:
    suffix = "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suffix}"


def t12(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"


def med(d: datetime, link: bool = False) -> str:
    if not link:
        return f"{MON[d.month - 1]}. {dayord(d.day)}, {d.year}"
    return (f'<a href="/{d:%Y/%m}/">{MON[d.month - 1]}.</a> <a href="/{d:%Y/%m/%d}/">{dayord(d.day)}</a>, '
            f'<a href="/{d:%Y}/">{d.year}</a>')


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, *, ditemid: int, poster: str, tags: list[str], slug: str | None = None, fmt: str = "p",
           mood: str | None = None, location: str | None = None, cut: int | None = None) -> dict:
        ev = ["metadata", "date-element", "listing"] + (["url"] if slug else [])
        return dict(date=d, published=iso(d), published_source="metadata", evidence=ev,
                    opts={"ditemid": ditemid, "poster": poster, "tags": tags, "slug": slug, "fmt": fmt,
                          "mood": mood, "location": location, "cut": cut})

    return [
        A(path="", title="Tập huấn chuyển đổi số cho cán bộ quản lý HTX năm 2024",
          body="""
Từ ngày 14 đến 16/11, Liên minh HTX tỉnh Bình Định tổ chức lớp tập huấn "Chuyển đổi số trong quản lý và tiêu thụ sản phẩm của HTX" cho 60 học viên là giám đốc, kế toán các HTX.
[img taphuan-1.png] Quang cảnh lớp tập huấn tại Hội trường Liên minh HTX tỉnh
Học viên được hướng dẫn sử dụng phần mềm kế toán điện tử, hóa đơn điện tử và cách mở gian hàng trên sàn thương mại điện tử.
[img taphuan-2.png] Học viên thực hành đăng sản phẩm lên sàn thương mại điện tử
Kết thúc khóa học, 100% học viên được cấp giấy chứng nhận hoàn thành.
""", byline="Bài, ảnh: Lê Thu Hương", author="Lê Thu Hương",
          notes=["the newest entry has a slug: canonical /2024/11/18/tap-huan-chuyen-doi-so-htx.html; its "
                 "/4352.html answers the same page (an alias); posted by the account thuhuong_bd (not the author): "
                 "'Bài, ảnh: Lê Thu Hương' -> Lê Thu Hương; photos with an <i> caption under each"],
          **at(datetime(2024, 11, 18, 14, 20), ditemid=4352, poster="thuhuong_bd", tags=["tin hoạt động", "ảnh"],
               slug="tap-huan-chuyen-doi-so-htx", mood="accomplished", location="Quy Nhơn, Bình Định")),
        A(path="", title="Thông báo số 18/TB-LMHTX về việc đăng ký tham gia Hội chợ sản phẩm OCOP năm 2024",
          body="""
LIÊN MINH HTX TỈNH BÌNH ĐỊNH
Số: 18/TB-LMHTX
Bình Định, ngày 04 tháng 11 năm 2024
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ sản phẩm OCOP và hàng nông sản năm 2024
Liên minh HTX tỉnh phối hợp với Sở Công Thương tổ chức Hội chợ sản phẩm OCOP và hàng nông sản từ ngày 12/12 đến ngày 16/12/2024 tại Quảng trường Nguyễn Tất Thành, TP Quy Nhơn.
Các HTX có nhu cầu tham gia gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 25/11/2024.
Liên minh HTX tỉnh hỗ trợ 100% chi phí gian hàng cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Khánh
""", author=None, doc_number="18/TB-LMHTX",
          notes=["a notice posted at 00:40 on 5 November by the office account (auto-format: lines split by <br />, "
                 "no <p>); the signer is text, no author; the first comment says 'Date: 2024-11-04 06:10 pm (UTC)' "
                 "(UTC: the day before the entry's date); published 2024-11-05 00:40"],
          **at(datetime(2024, 11, 5, 0, 40), ditemid=4097, poster="vanphong_lmhtxbd", tags=["văn bản", "ocop"],
               fmt="br")),
        A(path="", title="Kết quả phát triển HTX 9 tháng đầu năm 2024",
          body="""
Trong 9 tháng đầu năm 2024, toàn tỉnh thành lập mới 21 HTX, nâng tổng số HTX đang hoạt động lên 318 HTX.
| Lĩnh vực | Số HTX | Thành viên | Thành lập mới 2024 |
| Nông nghiệp | 241 | 98.560 | 15 |
| Tiểu thủ công nghiệp | 26 | 1.340 | 2 |
| Thương mại, dịch vụ | 33 | 2.115 | 3 |
| Vận tải | 18 | 870 | 1 |
Doanh thu bình quân của HTX nông nghiệp đạt 3,4 tỷ đồng/năm, tăng 8% so với cùng kỳ.
""", byline="Phòng Tổng hợp - Liên minh HTX tỉnh", author=None,
          notes=["a data table (one line per row); closed by an office: text, no author"],
          **at(datetime(2024, 10, 28, 16, 5), ditemid=3849, poster="vanphong_lmhtxbd", tags=["số liệu"])),
        A(path="", title="Hướng dẫn HTX xây dựng và nâng hạng sản phẩm OCOP",
          body="""
Chương trình OCOP là cơ hội để các HTX nâng cao giá trị sản phẩm và mở rộng thị trường.
## Hồ sơ đánh giá sản phẩm
* Phiếu đăng ký sản phẩm tham gia đánh giá, phân hạng;
* Phương án sản xuất kinh doanh của HTX;
* Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm;
* Kết quả kiểm nghiệm chất lượng sản phẩm còn hiệu lực.
## Những điểm cần lưu ý
Sản phẩm phải có câu chuyện gắn với địa phương, bao bì có nhãn đầy đủ và truy xuất được nguồn gốc.
Các HTX liên hệ Liên minh HTX tỉnh để được hỗ trợ thiết kế bao bì và xây dựng câu chuyện sản phẩm.
""", byline="Trần Minh Đức", author="Trần Minh Đức",
          notes=["a cut after the first paragraph: the Recent page shows only it and '( Xem toàn văn )'; the entry "
                 "page has the whole text (two <h3>, a list); the bare name 'Trần Minh Đức' closes it -> author"],
          **at(datetime(2024, 10, 15, 9, 30), ditemid=3590, poster="thuhuong_bd", tags=["ocop"], cut=1,
               mood="busy")),
        A(path="", title="HTX Nông nghiệp Nhơn Phong liên kết sản xuất lúa giống",
          body="""
HTX Nông nghiệp Nhơn Phong (thị xã An Nhơn) vừa ký hợp đồng liên kết sản xuất 120 ha lúa giống với một công ty giống cây trồng.
Theo hợp đồng, doanh nghiệp cung ứng giống siêu nguyên chủng và bao tiêu toàn bộ sản phẩm với giá cao hơn lúa thịt 15%.
HTX chịu trách nhiệm tổ chức sản xuất, kiểm tra đồng ruộng theo quy trình.
""", byline="Theo Báo Bình Định", author=None,
          notes=["'Theo Báo Bình Định' closes the text: a reprint, no author; auto-format (<br /> paragraphs)"],
          **at(datetime(2024, 10, 2, 10, 45), ditemid=3335, poster="vanphong_lmhtxbd", tags=["tin hoạt động"],
               fmt="br")),
        A(path="", title="Ảnh: Mùa thu hoạch dừa ở HTX Tam Quan",
          body="""
Những ngày cuối tháng 9, thành viên HTX Dừa Tam Quan (thị xã Hoài Nhơn) bước vào vụ thu hoạch dừa xiêm xanh.
[img dua-1.png] Thành viên HTX thu hoạch dừa xiêm xanh tại phường Tam Quan Bắc
[img dua-2.png] Dừa được phân loại, đóng gói tại nhà sơ chế của HTX
[img dua-3.png] Sản phẩm thạch dừa của HTX đạt chứng nhận OCOP 3 sao
""", byline="Ảnh: Nguyễn Văn Phúc", author="Nguyễn Văn Phúc",
          notes=["photo story; three comments, one a reply thread (the '?thread=' links: aliases of the entry)"],
          **at(datetime(2024, 9, 20, 8, 15), ditemid=3079, poster="thuhuong_bd", tags=["ảnh", "ocop"],
               mood="cheerful")),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Muối Đề Gi",
          body="""
Ngày 5/9, đoàn công tác Liên minh HTX tỉnh do Chủ tịch Liên minh HTX tỉnh dẫn đầu đã làm việc với HTX Muối Đề Gi (huyện Phù Cát).
HTX hiện có 145 thành viên với 38 ha ruộng muối, sản lượng bình quân 4.500 tấn/năm.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng nhãn hiệu tập thể và tiếp cận vốn vay từ Quỹ hỗ trợ phát triển HTX.
""", byline="Võ Thị Ngọc Lan", author="Võ Thị Ngọc Lan",
          notes=["only on /?skip=5 (and its day/month pages, the feeds); the bare name closes it -> author"],
          **at(datetime(2024, 9, 6, 15, 0), ditemid=2824, poster="vanphong_lmhtxbd", tags=["tin hoạt động"])),
        A(path="", title="Hội nghị sơ kết 6 tháng đầu năm 2024 khu vực kinh tế tập thể",
          body="""
Ngày 22/8, Liên minh HTX tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.
Trong 6 tháng, Liên minh HTX tỉnh đã tư vấn thành lập mới 12 HTX, tổ chức 5 lớp bồi dưỡng cho 310 lượt cán bộ HTX.
Hội nghị thống nhất các giải pháp hỗ trợ HTX tiếp cận vốn, chuyển đổi số và liên kết tiêu thụ sản phẩm.
""", author=None,
          notes=["the oldest entry, only on /?skip=5; no byline: author null (the poster vanphong_lmhtxbd is an "
                 "account)"],
          **at(datetime(2024, 8, 23, 11, 10), ditemid=2569, poster="vanphong_lmhtxbd", tags=["tin hoạt động"],
               fmt="br")),
    ]


# (author account, UTC time, text, parent index or None)
COMMENTS = {
    4097: [("htxtamquan", datetime(2024, 11, 4, 18, 10), "HTX chúng tôi đã gửi phiếu đăng ký qua email, nhờ Văn phòng "
            "kiểm tra giúp.", None),
           ("vanphong_lmhtxbd", datetime(2024, 11, 5, 1, 25), "Văn phòng đã nhận được phiếu của HTX, cảm ơn HTX.", 0)],
    3079: [("ngoclan_qn", datetime(2024, 9, 20, 3, 2), "Dừa Tam Quan năm nay được mùa quá!", None),
           ("anonymous", datetime(2024, 9, 20, 5, 40), "Cho hỏi HTX có bán thạch dừa qua mạng không ạ?", None),
           ("thuhuong_bd", datetime(2024, 9, 20, 6, 15), "HTX có gian hàng trên sàn thương mại điện tử của tỉnh ạ.", 1)],
}


def h(text: str, n: int = 8) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def ljuser(name: str) -> str:
    if name == "anonymous":
        return "(Anonymous)"
    kind = "community" if name == COMM else "personal"
    icon = "community" if kind == "community" else "userinfo"
    return (f'<span lj:user="{name}" style="white-space: nowrap;" class="ljuser"><a href="{WWW}/profile?user={name}">'
            f'<img src="{WWW}/img/silk/identity/{icon}.png" alt="[{kind} profile] " width="17" height="17" '
            f'style="vertical-align: text-bottom; border: 0; padding-right: 1px;" /></a><a href="{WWW}/users/{name}/">'
            f'<b>{name}</b></a></span>')


def body_html(a: RichArticle, until_cut: bool, href: str) -> str:
    out: list[str] = []
    br = a.opts["fmt"] == "br"
    n_p = 0
    for b in a.blocks:
        if b.kind == "p":
            out.append(inline_html(b.text) if br else f"<p>{inline_html(b.text)}</p>")
            n_p += 1
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            out.append(table_html(b, "", True).replace(' class=""', ""))
        elif b.kind == "img":
            img = f'<img src="/file/2000x2000/{h(b.src, 6)}.png" alt="" width="640" height="427" />'
            out.append(f'<div style="text-align:center">{img}<br /><i>{esc(b.text)}</i></div>' if b.text
                       else f'<div style="text-align:center">{img}</div>')
        if a.opts["cut"] and n_p == a.opts["cut"] and b.kind == "p":
            if until_cut:
                out.append('<span class="cuttag_container"><span style="display: none;" id="span-cuttag___1" '
                           'class="cuttag"></span><b>(&nbsp;<a href="' + href + '#cutid1">Xem toàn văn</a>&nbsp;)</b>'
                           '<div style="display: none;" id="div-cuttag___1" aria-live="assertive"></div></span>')
                break
            out.append('<a name="cutid1"></a>')
    if a.byline and not (until_cut and a.opts["cut"]):
        out.append(f"<b>{esc(a.byline)}</b>" if br else f'<p style="text-align: right;"><b>{esc(a.byline)}</b></p>')
    return ("<br /><br />" if br else "\n").join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-dinh", f"{JTITLE} (Dreamwidth)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/data/rss" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        o = a.opts
        a.path = f"/{a.date:%Y/%m/%d}/{o['slug']}.html" if o["slug"] else f"/{o['ditemid']}.html"
    by_day: dict[str, list[RichArticle]] = {}
    for a in sorted(arts, key=lambda a: a.date):
        by_day.setdefault(f"{a.date:%Y/%m/%d}", []).append(a)
    days = sorted(by_day)
    comment_texts: list[str] = []
    stylesheet = "/res/5150713/stylesheet?1731234567"

    def head(title: str, extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="en">
<head profile="http://www.w3.org/2006/03/hcard http://purl.org/uF/hAtom/0.1/ http://gmpg.org/xfn/11">
<meta name="viewport" content="width=device-width, initial-scale=1.0"/><meta http-equiv="X-UA-Compatible" content="IE=edge" />
{extra}<link rel="alternate" type="application/rss+xml" title="RSS: all entries" href="{{{{base}}}}/data/rss" />
<link rel="alternate" type="application/atom+xml" title="Atom: all entries" href="{{{{base}}}}/data/atom" />
<link rel="service.feed" type="application/atom+xml" title="Atom: all entries" href="{{{{base}}}}/data/atom" />
<link rel="openid2.provider" href="{WWW}/openid/server" />
<meta property="og:site_name" content="Dreamwidth Studios"/>
<meta property="og:image" content="{WWW}/img/social-share-default.png"/>
<link rel="stylesheet" type="text/css" href="{WWW}/stc/css/core/base.css?v=1731000000" />
<link rel="stylesheet" href="{stylesheet}" type="text/css" />
<title>{esc(COMM)} | {esc(title)}</title>
</head>"""

    def modules(summary: list[RichArticle] | None) -> str:
        tags = "".join(f'<li><a rel="tag" href="{tag_url(t)}">{esc(t)}</a></li>' for t in sorted(TAGS))
        ps = ""
        if summary:
            ps = ('<div class="module-pagesummary module"><h2 class="module-header">Page Summary</h2>'
                  '<div class="module-content"><ul class="module-list">' + "".join(
                      f'<li class="module-list-item"><a href="{a.path}">{esc(a.title)}</a> - '
                      f'<span class="separator">(</span>{len(COMMENTS.get(a.opts["ditemid"], []))} comments'
                      '<span class="separator">)</span></li>' for a in summary) + "</ul></div></div>")
        return f"""<div id="secondary"><div class="inner">
<div class="module-wrapper"><div class="module-section-one"><div class="inner">
<div class="module-userprofile module"><h2 class="module-header">Profile</h2><div class="module-content">
<div class="userpic"><img src="{WWW}/userpic/7734512/3019880" width="100" height="100" alt="{attr(COMM)}" /></div>
<p><span class="journal-name">{esc(JTITLE)}</span></p><p class="journal-website-name">Cộng đồng thông tin của Liên minh Hợp tác xã tỉnh Bình Định: tin hoạt động, văn bản, thông báo.</p>
<p>Số 107 Lê Hồng Phong, TP Quy Nhơn, tỉnh Bình Định</p>
<ul class="userlite-interaction-links icon-links"><li><a href="/profile">Profile</a></li><li><a href="{WWW}/circle/{COMM}/edit">Add to circle</a></li></ul></div></div>
<div class="module-navlinks module"><h2 class="module-header">Navigation</h2><ul class="module-list">
<li class="module-list-item"><a href="/">Recent Entries</a></li><li class="module-list-item"><a href="/2024/">Archive</a></li><li class="module-list-item"><a href="/tag/">Tags</a></li><li class="module-list-item"><a href="/profile">Profile</a></li></ul></div>
{ps}
<div class="module-tags_cloud module"><h2 class="module-header"><a href="/tag/">Tags</a></h2><div class="module-content"><ul class="module-list">{tags}</ul></div></div>
<div class="module-syndicate module"><h2 class="module-header">Syndicate</h2><div class="module-content"><ul><li><a href="/data/rss">RSS</a></li><li><a href="/data/atom">Atom</a></li></ul></div></div>
<div class="module-cuttagcontrols module"><h2 class="module-header">Expand Cut Tags</h2><div class="module-content">No cut tags</div></div>
<div class="module-credit module"><h2 class="module-header">Style Credit</h2><div class="module-content"><ul class="module-list"><li class="module-list-item">{esc(STYLE_CREDIT)}</li></ul></div></div>
<div class="module-powered module"><div class="module-content"><span id="load-time">{GENERATED}</span><br /><span id="site-branding">Powered by <a href="{WWW}/">Dreamwidth Studios</a></span></div></div>
</div></div></div>
</div></div>"""

    def page(view: str, pagetitle: str, body: str, summary: list[RichArticle] | None = None) -> str:
        return f"""<body class="page-{view} two-columns column-left any-column multiple-columns two-columns-left logged-out not-subscribed has-access no-navstrip">
<div id="canvas"><div class="inner">
<div id="header"><div class="inner">
<h1 id="title"><span><a href='/'>{esc(JTITLE)}</a></span></h1><h2 id="subtitle"><span>{esc(JSUB)}</span></h2><h2 id="pagetitle"><span>{esc(pagetitle)}</span></h2>
</div><!-- end header>inner --></div><!-- end header -->
<div id="content"><div class="inner">
<div id="primary"><div class="inner">
{body}
</div></div><!-- end primary and primary>inner -->
{modules(summary)}
<div id="invisible-separator" style="float: left; width: 1px;"></div>
<div id="tertiary"><div class="inner"><div class="module-wrapper"><div class="module-section-two"><div class="inner"></div></div></div></div></div>
<div id="content-footer"></div>
</div><!-- end content>inner --></div> <!-- end content -->
</div> <!-- end canvas>inner -->
<div id="footer"><div class="inner"><div class="page-top"><a href="#">Top of page</a></div></div></div>
</div> <!-- end canvas -->
<script type="text/javascript" src="{WWW}/js/jquery/jquery-1.8.3.js?v=1731000000"></script>
</body>
</html>"""

    def entry(a: RichArticle, view: str, alt: str) -> str:
        o = a.opts
        full = view in ("entry", "reply")
        href = a.path
        meta = ""
        items = []
        if o["mood"]:
            items.append(f'<li id="metadata-mood"><span class="metadata-label metadata-label-mood">Current Mood:</span>'
                         f' <img src="{WWW}/img/mood/public/{o["mood"]}.gif" width="15" height="15" alt="{o["mood"]}" '
                         f'title="{o["mood"]}" /> <span class="metadata-item metadata-item-mood">{o["mood"]}</span></li>')
        if o["location"]:
            items.append(f'<li id="metadata-location"><span class="metadata-label metadata-label-location">Current '
                         f'Location:</span> <span class="metadata-item metadata-item-location">{esc(o["location"])}'
                         '</span></li>')
        if items:
            meta = '<div class="metadata bottom-metadata">\n<ul>\n' + "\n".join(items) + "\n</ul>\n</div>\n"
        tags = ", ".join(f'<a rel="tag" href="{tag_url(t)}">{esc(t)}</a>' for t in o["tags"])
        n_com = len(COMMENTS.get(o["ditemid"], []))
        readlink = (f'<li class="entry-readlink first-item"><a href="{href}#comments">'
                    + ("1 comment" if n_com == 1 else f"{n_com} comments") + "</a></li>") if n_com else ""
        if full:
            links = (f'<ul class="entry-management-links icon-links"><li class="link prev"><a href="{WWW}/go?journal='
                     f'{COMM}&amp;itemid={o["ditemid"]}&amp;dir=prev"><img src="{WWW}/img/silk/entry/previous.png" '
                     f'alt="Previous Entry" title="Previous Entry" /></a></li><li class="link memories"><a href="{WWW}'
                     f'/tools/memadd?journal={COMM}&amp;itemid={o["ditemid"]}"><img src="{WWW}/img/silk/entry/memories_add.png" '
                     f'alt="Add to Memories" title="Add to Memories" /></a></li><li class="link watch_comments"><a href="'
                     f'{WWW}/manage/tracking/entry?journal={COMM}&amp;itemid={o["ditemid"]}" title="Track This">'
                     f'<img src="{WWW}/img/silk/entry/track.png" alt="Track This" /></a></li><li class="link next">'
                     f'<a href="{WWW}/go?journal={COMM}&amp;itemid={o["ditemid"]}&amp;dir=next"><img src="{WWW}/img/silk/'
                     f'entry/next.png" alt="Next Entry" title="Next Entry" /></a></li></ul>'
                     '<hr class="above-entry-interaction-links" />'
                     f'<ul class="entry-interaction-links text-links">{readlink}<li class="entry-permalink"><a href="{href}">Link</a></li>'
                     f'<li class="entry-replylink"><a href="{href}?mode=reply">Reply</a></li></ul>'
                     '<hr class="below-reply-container" />')
        else:
            links = (f'<ul class="entry-interaction-links text-links">{readlink}<li class="entry-permalink"><a href="{href}">Link</a>'
                     f'</li><li class="entry-replylink"><a href="{href}?mode=reply">Reply</a></li></ul>')
        poster = ljuser(o["poster"])
        return f"""<div class="entry-wrapper {alt} security-public restrictions-none journal-type-C poster-{o["poster"]} journal-{COMM} has-userpic has-subject" id="entry-wrapper-{o["ditemid"]}">
<div class="separator separator-before"><div class="inner"></div></div>
<div class="entry" id="entry-{o["ditemid"]}">
<div class="inner">
<div class="header">
<div class="inner">
<h3 class="entry-title"><a href="{href}">{esc(a.title)}</a></h3><span class="datetime"><span class="date">{med(a.date, True)}</span> <span class="time">{t12(a.date)}</span></span>
</div>
</div>
<div>
<div class="contents">
<div class="inner">
<div class="userpic"><a href="{WWW}/allpics?user={o["poster"]}"><img src="{WWW}/userpic/{int(h(o["poster"], 6), 16) % 9000000}/1" width="100" height="100" alt="[personal profile] {o["poster"]}" /></a></div><span class="poster entry-poster empty-userpic">{poster} posting in {ljuser(COMM)}</span><div class="entry-content">{body_html(a, not full, href)}</div>{meta}
</div>
</div>
</div>
<div class="footer">
<div class="inner">
<div class="tag"><span class="tag-text">Tags:</span><ul>{tags}</ul></div>{links}
</div>
</div>
</div>
</div>
<div class="separator separator-after"><div class="inner"></div></div>
</div>
"""

    def comments(a: RichArticle, only: int | None = None) -> str:
        coms = COMMENTS.get(a.opts["ditemid"], [])
        base_id = a.opts["ditemid"] * 7 + 11
        out = []

        def tid(i: int) -> int:
            return base_id + i * 256

        def render(i: int, depth: int) -> None:
            who, when, text, parent = coms[i]
            t = tid(i)
            kids = [j for j, c in enumerate(coms) if c[3] == i]
            title = "" if depth == 1 else f"Re: {a.title}"
            links = [f'<li class="link commentpermalink"><a href="{a.path}?thread={t}#cmt{t}">Link</a></li>']
            if parent is not None:
                links.append(f'<li class="link commentparent"><a href="{a.path}?thread={tid(parent)}#cmt{tid(parent)}">'
                             'Parent</a></li>')
            if kids:
                links.append(f'<li class="link commentthread"><a href="{a.path}?thread={t}#cmt{t}">Thread</a></li>')
            links.append(f'<li class="link commentreply"><a href="{a.path}?mode=reply">Reply</a></li>')
            poster = ljuser(who) if who != "anonymous" else '<span class="anonymous">(Anonymous)</span>'
            out.append(f"""<div data-comment-depth='{depth}' style='--comment-depth: {depth}; --comment-indent-limit-mobile: 4' class='comment-thread comment-depth-indent-desktop comment-depth-indent-mobile comment-depth-{"odd" if depth % 2 else "even"} comment-depth-mod5-{depth % 5} comment-depth-{depth}'>
<div id='cmt{t}' class='dwexpcomment' style=''>
<div class="comment-wrapper comment-wrapper-{"odd" if depth % 2 else "even"} visible poster-{who} full has-userpic {"has-subject" if title else "no-subject"}">
<div class="separator separator-before"><div class="inner"></div></div>
<div class="comment" id="comment-cmt{t}">
<div class="inner">
<div class="header"><div class="inner"><h4 class="comment-title">{esc(title)}</h4><span class="datetime"><span class="comment-date-text">Date: </span> <span title="{when:%Y-%m-%d} {t12(when)} (UTC)">{when:%Y-%m-%d} {t12(when)} (UTC)</span></span></div></div>
<div class="contents"><div class="inner"><span class="poster comment-poster"><span class="comment-from-text">From: </span>{poster}</span><div class="comment-content">{esc(text)}</div></div></div>
<div class="footer"><div class="inner"><ul class="comment-interaction-links text-links">{"".join(links)}</ul></div></div>
</div></div>
<div class="separator separator-after"><div class="inner"></div></div>
</div>
</div>""")
            comment_texts.append(text)
            for j in kids:
                render(j, depth + 1)
            out.append("</div>")

        roots = [only] if only is not None else [i for i, c in enumerate(coms) if c[3] is None]
        for i in roots:
            render(i, 1)
        return ("<div id='comments'><div class='inner'>"
                + (f"<div class='comment-pages toppages'>{len(coms)} comments</div>" if coms else "")
                + "".join(out) + "</div></div>")

    # entry pages, thread pages, reply pages
    for a in arts:
        o = a.opts
        canon = f"{{{{base}}}}{a.path}"
        og_desc = " ".join(a.text_lines())[:300]
        extra_head = (f'<meta property="og:title" content="{attr(a.title)}"/>\n<meta property="og:type" content="article"/>\n'
                      f'<meta property="og:url" content="{canon}"/>\n<meta property="og:site_name" content="Dreamwidth '
                      f'Studios"/>\n<meta property="og:description" content="{attr(og_desc)}"/>\n'
                      f'<meta property="article:published_time" content="{a.date:%Y-%m-%dT%H:%M:%S}"/>\n'
                      f'<meta property="article:author" content="{WWW}/profile?user={o["poster"]}"/>\n'
                      + "".join(f'<meta property="article:tag" content="{attr(t)}"/>\n' for t in o["tags"])
                      + '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
                      f'<link rel="prev" href="{WWW}/go?journal={COMM}&amp;itemid={o["ditemid"]}&amp;dir=prev" />\n'
                      f'<link rel="next" href="{WWW}/go?journal={COMM}&amp;itemid={o["ditemid"]}&amp;dir=next" />\n')
        html = (head(a.title, extra_head + f'<link rel="canonical" href="{canon}" />\n')
                + page("entry", a.title, entry(a, "entry", "entry-wrapper-odd") + comments(a)))
        site.page(a.path, html)
        if o["slug"]:
            site.same_page(f"/{o['ditemid']}.html", a.path)
            a.aliases.append(f"/{o['ditemid']}.html")
        reply_form = ('<div id="postform"><form method="post" action="' + WWW + '/talkpost_do" id="postform">'
                      '<p>Reply to this entry</p><p>From: <label><input type="radio" name="usertype" value="anonymous" '
                      'checked="checked" /> Anonymous</label></p><textarea name="body" rows="10" cols="75"></textarea>'
                      '<input type="submit" value="Post Comment" /></form></div>')
        rp = (head(f"{a.title} (Reply)", extra_head + f'<link rel="canonical" href="{canon}" />\n')
              + page("reply", f"{a.title} (Reply)", entry(a, "reply", "entry-wrapper-odd") + reply_form))
        site.page(f"{a.path}?mode=reply", rp)
        a.aliases.append(f"{a.path}?mode=reply")
        coms = COMMENTS.get(o["ditemid"], [])
        base_id = o["ditemid"] * 7 + 11
        for i, c in enumerate(coms):
            t = base_id + i * 256
            tp = (head(a.title, extra_head + f'<link rel="canonical" href="{canon}?thread={t}#cmt{t}" />\n')
                  + page("entry", a.title, entry(a, "entry", "entry-wrapper-odd") + comments(a, i)))
            site.page(f"{a.path}?thread={t}", tp)
            a.aliases.append(f"{a.path}?thread={t}")
        site.add_article(a)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/file/2000x2000/{h(b.src, 6)}.png", image_for(b.src))
    site.extra_boilerplate += comment_texts
    site.trap("every comment's 'Link'/'Thread'/'Parent' is '<entry>?thread=<talkid>#cmt<talkid>': the whole entry "
              "with one sub-thread (rel=canonical carries the ?thread=): an alias; 'Reply' is '?mode=reply' (the "
              "entry and the comment form): an alias", f"{arts[1].path}?thread={arts[1].opts['ditemid'] * 7 + 11}")
    site.trap("a slug entry answers at /<yyyy>/<mm>/<dd>/<slug>.html (canonical) and at /<ditemid>.html (same page)",
              "/4352.html")

    # Recent pages
    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, items in enumerate(pages):
        nav = []
        if n + 1 < len(pages):
            nav.append(f'<li class="page-back"><a href="/?skip={(n + 1) * PER}">Previous {PER}</a></li>\n')
        if n > 0:
            if nav:
                nav.append('<li class="page-separator"> | </li>')
            prev = "/" if n == 1 else f"/?skip={(n - 1) * PER}"
            nav.append(f'<li class="page-forward"><a href="{prev}">Next {PER}</a></li>\n')
        navhtml = f'<div class="navigation topnav"><div class="inner"><ul>{"".join(nav)}</ul></div></div>'
        body = (f'<div id="entries"><div class="inner">{navhtml}<div class="entries">'
                + "".join(entry(a, "recent", "entry-wrapper-odd" if i % 2 == 0 else "entry-wrapper-even")
                          for i, a in enumerate(items))
                + f'</div>{navhtml.replace("topnav", "bottomnav")}</div></div>')
        path = "/" if n == 0 else f"/?skip={n * PER}"
        site.page(path, head("Recent Entries") + page("recent", "Recent Entries", body, items))
        site.non_articles.append(path)
    site.trap("the Recent page holds 5 entries in full (a cut entry up to '( Xem toàn văn )'); 'Previous 5' = "
              "/?skip=5 holds the three oldest", "/?skip=5")

    # day pages, month pages, year pages
    for i, d in enumerate(days):
        dt = datetime.strptime(d, "%Y/%m/%d")
        nav = []
        if i > 0:
            nav.append(f'<li class="page-back"><a href="/{days[i - 1]}/">Previous Day</a></li>\n')
        if i + 1 < len(days):
            if nav:
                nav.append('<li class="page-separator"> | </li>')
            nav.append(f'<li class="page-forward"><a href="/{days[i + 1]}/">Next Day</a></li>\n')
        navhtml = f'<div class="navigation topnav "><div class="inner"><ul>{"".join(nav)}</ul></div></div>'
        body = (f'<div id="archive-day"><div class="inner"><div id="entries"><div class="inner">{navhtml}'
                f"<div class=\"day\"><div class=\"inner\"><h3 class='day-date'>{med(dt)}</h3>"
                + "".join(entry(a, "day", "entry-wrapper-odd") for a in by_day[d])
                + f'</div></div>{navhtml.replace("topnav", "bottomnav")}</div></div></div></div>')
        site.page(f"/{d}/", head(med(dt)) + page("day", med(dt), body))
        site.non_articles.append(f"/{d}/")
    site.redirect(f"/{days[-1]}", f"/{days[-1]}/", 302)
    site.trap("day pages /<yyyy>/<mm>/<dd>/ ('Previous Day'/'Next Day') repeat the day's entries (cut ones up to the "
              "cut): lists; /2024/11/18 without the slash answers 302", f"/{days[-1]}/")
    months = sorted({d[:7] for d in days})
    for m in months:
        y, mo = int(m[:4]), int(m[5:7])
        items = [a for a in sorted(arts, key=lambda a: a.date) if f"{a.date:%Y/%m}" == m]
        body = (f'<div id="archive-month"><div class="inner"><h3>{MONTH_LONG[mo - 1]} {y}</h3><dl>'
                + "".join(f'<dt><a href="/{a.date:%Y/%m/%d}/">{MONTH_LONG[mo - 1]} {dayord(a.date.day)}, {y}</a></dt>'
                          f'<dd class="entry-title">{t12(a.date)}: <a href="{a.path}">{esc(a.title)}</a></dd>'
                          for a in items) + "</dl></div></div>")
        site.page(f"/{m}/", head(f"{MONTH_LONG[mo - 1]} {y}") + page("month", f"{MONTH_LONG[mo - 1]} {y}", body))
        site.non_articles.append(f"/{m}/")
    cal = "".join(f'<li><a href="/{m}/">{MONTH_LONG[int(m[5:7]) - 1]}</a></li>' for m in months)
    site.page("/2024/", head("2024") + page("archive", "2024", f'<div id="archive-year"><div class="inner"><h3>2024</h3>'
                                                          f'<ul>{cal}</ul></div></div>'))
    site.non_articles.append("/2024/")

    # tags
    tag_list = "".join(f'<li><a rel="tag" href="{tag_url(t)}">{esc(t)}</a> - {sum(t in a.opts["tags"] for a in arts)} '
                       'uses</li>' for t in sorted(TAGS))
    site.page("/tag/", head("Tags") + page("tags", "Tags", f'<div class="tags-container"><ul class="ljtaglist">'
                                                          f'{tag_list}</ul></div>'))
    site.non_articles.append("/tag/")
    for t in TAGS:
        items = [a for a in arts if t in a.opts["tags"]]
        body = ('<div id="entries"><div class="inner"><div class="entries">'
                + "".join(entry(a, "recent", "entry-wrapper-odd") for a in items) + "</div></div></div>")
        site.page(tag_url(t), head(f"Entries tagged with {t}") + page("recent", f"Entries tagged with {t}", body))
        site.non_articles.append(tag_url(t))
    site.trap("tags /tag/<tag> ('+' for spaces, UTF-8 percent-encoded): the Recent view filtered: lists",
              tag_url("tin hoạt động"))

    # profile (site scheme)
    prof = f"""<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8" /><title>Community Profile: {COMM}</title>
<link rel="stylesheet" href="{WWW}/stc/css/skins/tropo/tropo-red.css" /></head>
<body class="tropo-red"><div id="canvas"><div id="page"><div id="masthead"><span id="logo"><a href="{WWW}/"><img src="{WWW}/img/tropo-red/dw_logo.png" alt="Dreamwidth Studios" /></a></span></div>
<div id="content" role="main"><h1>Community Profile: {COMM}</h1>
<div class="profile"><div class="username"><span class="label">Name:</span> {esc(JTITLE)}</div>
<div class="basics"><div><span class="label">Created on</span> 2021-03-08 09:12:44</div><div><span class="label">Number of entries</span> {len(arts)}</div></div>
<div class="section"><h2>Members</h2><p>{ljuser("vanphong_lmhtxbd")}, {ljuser("thuhuong_bd")}, {ljuser("htxtamquan")}, {ljuser("ngoclan_qn")}</p></div>
<div class="section"><h2>Bio</h2><p>Cộng đồng thông tin của Liên minh Hợp tác xã tỉnh Bình Định: tin hoạt động, văn bản, thông báo.</p></div>
<p><a href="/">Recent Entries</a></p></div></div>
<div id="footer"><ul><li><a href="{WWW}/legal/privacy">Privacy Policy</a></li><li><a href="{WWW}/legal/tos">Terms of Service</a></li></ul><p>Copyright &copy; 2009-2024 Dreamwidth Studios, LLC. All rights reserved.</p></div>
</div></div></body></html>"""
    site.page("/profile", prof)
    site.non_articles.append("/profile")
    site.trap("/profile is in the site scheme (Tropo), not the journal style: a profile, not an article", "/profile")

    # feeds
    def rfc822(d: datetime) -> str:
        u = d - UTC
        return u.strftime("%a, %d %b %Y %H:%M:%S GMT")
    items = "".join(f"<item>\n  <guid isPermaLink='true'>{{{{base}}}}/{a.opts['ditemid']}.html</guid>\n"
                    f"  <pubDate>{rfc822(a.date)}</pubDate>\n  <title>{esc(a.title)}</title>\n"
                    f"  <link>{{{{base}}}}{a.path}</link>\n  <description>{esc(body_html(a, False, a.path))}</description>\n"
                    f"  <comments>{{{{base}}}}{a.path}</comments>\n"
                    + "".join(f"  <category>{esc(t)}</category>\n" for t in a.opts["tags"])
                    + f"  <lj:security>public</lj:security>\n  <lj:poster>{a.opts['poster']}</lj:poster>\n</item>\n"
                    for a in arts)
    rss = (f"<?xml version='1.0' encoding='utf-8' ?>\n<rss version='2.0' xmlns:lj='http://www.livejournal.org/rss/lj/1.0/' "
           f"xmlns:atom10='http://www.w3.org/2005/Atom'>\n<channel>\n  <title>{esc(JTITLE)}</title>\n"
           f"  <link>{{{{base}}}}/</link>\n  <description>{esc(JTITLE)} - Dreamwidth Studios</description>\n"
           f"  <lastBuildDate>{rfc822(arts[0].date)}</lastBuildDate>\n  <generator>LiveJournal / Dreamwidth Studios</generator>\n"
           f"  <lj:journal>{COMM}</lj:journal>\n  <lj:journaltype>community</lj:journaltype>\n{items}</channel>\n</rss>\n")
    site.page("/data/rss", rss, content_type="text/xml; charset=utf-8")
    entries = "".join(f"<entry>\n  <id>urn:lj:dreamwidth.org:atom1:{COMM}:{a.opts['ditemid']}</id>\n"
                      f"  <link rel='alternate' type='text/html' href='{{{{base}}}}{a.path}' />\n"
                      f"  <title>{esc(a.title)}</title>\n  <published>{(a.date - UTC):%Y-%m-%dT%H:%M:%SZ}</published>\n"
                      f"  <updated>{(a.date - UTC + timedelta(minutes=3)):%Y-%m-%dT%H:%M:%SZ}</updated>\n"
                      f"  <author><name>{a.opts['poster']}</name></author>\n"
                      f"  <content type='html'>{esc(body_html(a, False, a.path))}</content>\n</entry>\n" for a in arts)
    atom = (f"<?xml version='1.0' encoding='utf-8' ?>\n<feed xmlns='http://www.w3.org/2005/Atom'>\n"
            f"  <id>urn:lj:dreamwidth.org:atom1:{COMM}</id>\n  <title>{esc(JTITLE)}</title>\n"
            f"  <link rel='alternate' type='text/html' href='{{{{base}}}}/' />\n"
            f"  <updated>{(arts[0].date - UTC):%Y-%m-%dT%H:%M:%SZ}</updated>\n{entries}</feed>\n")
    site.page("/data/atom", atom, content_type="application/atom+xml; charset=utf-8")
    site.redirect("/rss", "/data/rss", 301)
    site.trap("feeds /data/rss (pubDate in GMT: the instant) and /data/atom (published ...Z); the RSS guid is the "
              "/<ditemid>.html form; /rss answers 301 to /data/rss", "/data/rss")
    site.page(stylesheet, "#canvas{max-width:60em;margin:0 auto}.entry-title{font-size:1.4em}\n",
              content_type="text/css; charset=utf-8")
    site.static("/robots.txt", "User-Agent: *\n")
    return site
