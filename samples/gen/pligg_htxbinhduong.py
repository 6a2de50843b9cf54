"""Site `pligg-htxbinhduong` (registry family `generic`): "Tin HTX Bình Dương", a social news board on **Pligg CMS
1.2** (the default `wistie` template, Vietnamese language file, URL method 2, votes with "Bình chọn" / "Chôn") where the
Bình Dương cooperative alliance's staff and the members' cooperatives submit the alliance's news: each story is a
short summary that links to its original source (the alliance's portal, Báo Bình Dương). The copy is of 20 March 2024,
10:00 (server time zone Asia/Ho_Chi_Minh), before Bình Dương merged into TP Hồ Chí Minh. Written as a held-out test: no
family module, no selectors.

What is an article here: a story, published (enough votes) or still upcoming. URL shapes (method 2): the story
`/<category>/<title-url>/` (its canonical, what every listing links), the same page at Pligg's method-1 addresses
`/story.php?title=<title-url>` and `/story.php?id=<n>` (200, no redirect: aliases); published stories `/` and
`/?page=2` (5 a page, newest first; the oldest published story is only on page 2), upcoming stories `/upcoming/`,
categories `/<category>/`, tags `/tag/<tag>/`, profiles `/user/<name>/`, `/topusers/`, `/about/`; the RSS
`/rss.php` (the five newest published stories) and `/rss.php?status=upcoming`; robots.txt disallows login, register,
submit and search. No sitemap, no og/JSON-LD: `meta.tpl` prints description, keywords and generator only.

Why it is hard: the story title is the `<h2>` in `div.title` and it links OFF the site (to the original source);
`<title>` is "<title> | Tin HTX Bình Dương"; there is no `<h1>`. The text is the submitted summary
`span.news-body-text`: lines separated by `<br />` (Pligg strips paragraphs and images; "- " lines stay). There is NO
date on a story page: the subtext reads "gửi bởi lmhtx_bd 1 ngày 22 giờ trước (lmhtxbinhduong.vn)", relative to the
copy's time, which no page prints; the RSS gives the absolute time (pubDate in GMT: a story at 00:20 on 18 March is
"Sun, 17 Mar 2024 17:20:00 GMT"): the truth takes the RSS's day in Vietnam time, at midnight (no page shows a time). The oldest story is not in the RSS: only its text dates it ("Thủ Dầu Một, ngày 15
tháng 01 năm 2024", a notice). The submitter is an account, never the author: a byline line in the summary names the
author when there is one. Vote box, "Ai đã bình chọn", threaded comments, "Tin liên quan", tag and category links
and the sidebar (about box, login box, categories, tag cloud) are not text.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, iso

SITE = "pligg-htxbinhduong"
NAME = "Tin HTX Bình Dương"
NOW = datetime(2024, 3, 20, 10, 0)
PER_PAGE = 5
CATS = {"tin-hop-tac-xa": "Tin hợp tác xã", "thong-bao": "Thông báo", "ocop": "OCOP - Sản phẩm"}
ABOUT = "Tin HTX Bình Dương là nơi các HTX, tổ hợp tác chia sẻ tin tức về kinh tế tập thể tỉnh Bình Dương."
CHROME = [ABOUT, "Tin nổi bật", "Tin mới gửi", "Gửi tin mới", "Bình chọn", "Chôn", "Ai đã bình chọn", "Tin liên quan",
          "Mây từ khóa", "Chuyên mục", "Bạn cần đăng nhập để bình luận.", "Cổng tin do Liên minh HTX tỉnh Bình Dương quản lý",
          "Powered by Pligg CMS", "Đăng nhập", "Đăng ký"]


class Story:
    def __init__(self, sid: int, cat: str, slug: str, title: str, lines: list[str], submitter: str, when: datetime,
                 votes: int, source: str, tags: list[str], status: str = "published", author: str | None = None,
                 doc_number: str | None = None, published: str | None = None, source_kind: str = "listing",
                 comments: list[tuple] = (), notes: list[str] = ()):
        self.sid, self.cat, self.slug, self.title, self.lines = sid, cat, slug, title, lines
        self.submitter, self.when, self.votes, self.source, self.tags = submitter, when, votes, source, tags
        self.status, self.author, self.doc_number = status, author, doc_number
        # no page prints a time: the RSS's day (Vietnam time), midnight
        self.published = published or iso(when, with_time=False)
        self.source_kind = source_kind
        self.comments = list(comments)
        self.notes = list(notes)

    @property
    def path(self) -> str:
        return f"/{self.cat}/{self.slug}/"


def stories() -> list[Story]:
    S = Story
    return [
        S(231, "tin-hop-tac-xa", "htx-phu-an-dua-san-pham-buoi-len-san-thuong-mai-dien-tu",
          "HTX Phú An đưa sản phẩm bưởi lên sàn thương mại điện tử",
          ["HTX Nông nghiệp Phú An (TP Bến Cát) vừa mở gian hàng bưởi da xanh trên hai sàn thương mại điện tử lớn.",
           "Mỗi tháng HTX bán qua mạng khoảng 6 tấn bưởi, chiếm 30% sản lượng tiêu thụ.",
           "HTX được Liên minh HTX tỉnh hỗ trợ chụp ảnh sản phẩm và đào tạo kỹ năng bán hàng trực tuyến."],
          "htx_phuan", datetime(2024, 3, 20, 7, 35), 3, "baobinhduong.vn/htx-phu-an-san-tmdt", ["thương mại điện tử"],
          status="upcoming",
          comments=[("nguyenthao", "Bưởi Phú An ngon, mình đặt thử rồi.", 40, [])],
          notes=["an UPCOMING story (3 votes, not yet published): only on /upcoming/ and its RSS; submitted by the "
                 "cooperative's account htx_phuan, no byline: author null; 'gửi bởi htx_phuan 2 giờ 25 phút trước'"]),
        S(230, "ocop", "hat-dieu-rang-muoi-cua-htx-tan-thanh-dat-ocop-4-sao",
          "Hạt điều rang muối của HTX Tân Thành đạt OCOP 4 sao",
          ["Sản phẩm hạt điều rang muối của HTX Nông nghiệp Tân Thành (huyện Bắc Tân Uyên) vừa được công nhận đạt OCOP 4 sao.",
           "HTX có 36 thành viên, vùng nguyên liệu điều 120 ha, công suất chế biến 300 tấn hạt mỗi năm.",
           "Lê Ngọc Hân"],
          "lmhtx_bd", datetime(2024, 3, 19, 16, 10), 6, "lmhtxbinhduong.vn/tin-tuc/tan-thanh-ocop", ["ocop", "hạt điều"],
          status="upcoming", author="Lê Ngọc Hân",
          notes=["upcoming story closed by the bare name 'Lê Ngọc Hân' -> author (the account lmhtx_bd is the office)"]),
        S(228, "tin-hop-tac-xa", "lien-minh-htx-tinh-to-chuc-hoi-nghi-ban-chap-hanh-lan-thu-5",
          "Liên minh HTX tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 5",
          ["Sáng 18/3, Liên minh HTX tỉnh Bình Dương tổ chức Hội nghị Ban Chấp hành lần thứ 5, khóa VI.",
           "Hội nghị đánh giá kết quả quý I và triển khai nhiệm vụ quý II năm 2024.",
           "Quý I, toàn tỉnh thành lập mới 11 HTX, nâng tổng số lên 198 HTX đang hoạt động.",
           "Bài, ảnh: Phạm Quốc Việt"],
          "lmhtx_bd", datetime(2024, 3, 18, 11, 45), 21, "lmhtxbinhduong.vn/tin-tuc/hoi-nghi-bch-lan-5",
          ["liên minh htx", "hội nghị"], author="Phạm Quốc Việt",
          comments=[("htx_phuan", "Chúc mừng hội nghị thành công tốt đẹp.", 90,
                     [("lmhtx_bd", "Cảm ơn HTX Phú An đã quan tâm theo dõi.", 150)]),
                    ("tranvanbinh", "Mong Liên minh tổ chức thêm lớp tập huấn cho HTX mới thành lập.", 300, [])],
          notes=["'Bài, ảnh: Phạm Quốc Việt' closes the summary -> author; two comments, one with a threaded reply "
                 "(div.child-comment): not text"]),
        S(226, "tin-hop-tac-xa", "htx-dich-vu-van-tai-binh-duong-mo-them-tuyen-xe-buyt",
          "HTX Dịch vụ vận tải Bình Dương mở thêm tuyến xe buýt đến khu công nghiệp",
          ["Từ ngày 18/3, HTX Dịch vụ vận tải Bình Dương đưa vào khai thác tuyến xe buýt Thủ Dầu Một - KCN Bàu Bàng.",
           "Tuyến có 12 xe, tần suất 20 phút/chuyến, phục vụ công nhân các khu công nghiệp phía Bắc tỉnh.",
           "Giá vé 10.000 đồng/lượt, học sinh và công nhân được giảm 30%."],
          "tranvanbinh", datetime(2024, 3, 18, 0, 20), 17, "baobinhduong.vn/htx-van-tai-tuyen-moi", ["vận tải"],
          author=None,
          notes=["submitted at 00:20 on 18 March: the RSS pubDate 'Sun, 17 Mar 2024 17:20:00 GMT' is the day before; "
                 "the page says only '2 ngày 9 giờ trước'; submitter tranvanbinh (a member), no byline: "
                 "author null"]),
        S(224, "tin-hop-tac-xa", "mo-hinh-htx-kieu-moi-o-phu-giao",
          "Mô hình HTX kiểu mới ở Phú Giáo: liên kết từ sản xuất đến tiêu thụ",
          ["Những năm gần đây, nhiều HTX ở huyện Phú Giáo chuyển đổi sang mô hình liên kết chuỗi giá trị.",
           "Các hình thức liên kết phổ biến:",
           "- Liên kết cung ứng vật tư, phân bón đầu vào;",
           "- Liên kết bao tiêu sản phẩm với doanh nghiệp;",
           "- Liên kết xây dựng nhãn hiệu tập thể.",
           "Theo Báo Bình Dương"],
          "lmhtx_bd", datetime(2024, 3, 15, 14, 30), 28, "baobinhduong.vn/mo-hinh-htx-kieu-moi-phu-giao",
          ["chuỗi giá trị", "phú giáo"], author=None,
          notes=["a reprint summary ('Theo Báo Bình Dương'): no author; '- ' lines kept as lines"]),
        S(221, "ocop", "hoi-cho-ocop-binh-duong-2024-thu-hut-45-htx",
          "Hội chợ OCOP Bình Dương 2024 thu hút 45 HTX tham gia",
          ["Hội chợ OCOP tỉnh Bình Dương năm 2024 khai mạc sáng 12/3 tại Trung tâm Hội nghị và Triển lãm tỉnh.",
           "45 HTX mang đến hội chợ hơn 200 sản phẩm OCOP từ 3 sao trở lên.",
           "Trần Thị Mỹ Dung"],
          "lmhtx_bd", datetime(2024, 3, 12, 17, 5), 34, "lmhtxbinhduong.vn/tin-tuc/hoi-cho-ocop-2024", ["ocop", "hội chợ"],
          author="Trần Thị Mỹ Dung",
          comments=[("nguyenthao", "Hội chợ năm nay đông vui, nhiều sản phẩm mới.", 600, [])],
          notes=["'Trần Thị Mỹ Dung' closes the summary -> author"]),
        S(219, "thong-bao", "thong-bao-ve-viec-dang-ky-vay-von-quy-ho-tro-phat-trien-htx-dot-1-2024",
          "Thông báo đăng ký vay vốn Quỹ hỗ trợ phát triển HTX đợt 1 năm 2024",
          ["Số: 05/TB-LMHTX",
           "Liên minh HTX tỉnh Bình Dương thông báo tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 1 năm 2024.",
           "Thời gian nhận hồ sơ: từ ngày 01/3 đến hết ngày 31/3/2024.",
           "Mức cho vay tối đa 1 tỷ đồng/dự án, lãi suất 0,5%/tháng.",
           "Thủ Dầu Một, ngày 26 tháng 02 năm 2024",
           "KT. CHỦ TỊCH",
           "PHÓ CHỦ TỊCH",
           "Nguyễn Văn Lợi"],
          "lmhtx_bd", datetime(2024, 2, 26, 8, 50), 40, "lmhtxbinhduong.vn/thong-bao/05-tb-lmhtx", ["quỹ hỗ trợ"],
          author=None, doc_number="05/TB-LMHTX", source_kind="document",
          notes=["notice 'Số: 05/TB-LMHTX' signed 'Thủ Dầu Một, ngày 26 tháng 02 năm 2024' (the signer is text, no "
                 "author), in the RSS (5 newest published) at 08:50 the same day: document and listing agree -> 26 "
                 "February 2024, midnight (no page prints the time)"]),
        S(212, "thong-bao", "thong-bao-lich-tap-huan-luat-hop-tac-xa-nam-2023",
          "Thông báo lịch tập huấn Luật Hợp tác xã năm 2023 cho cán bộ HTX",
          ["Số: 02/TB-LMHTX",
           "Liên minh HTX tỉnh tổ chức 4 lớp tập huấn Luật Hợp tác xã năm 2023 cho cán bộ quản lý HTX trong tháng 02/2024.",
           "- Lớp 1: ngày 20/02/2024 tại TP Thủ Dầu Một;",
           "- Lớp 2: ngày 22/02/2024 tại TP Bến Cát;",
           "- Lớp 3: ngày 27/02/2024 tại huyện Dầu Tiếng;",
           "- Lớp 4: ngày 29/02/2024 tại huyện Phú Giáo.",
           "Thủ Dầu Một, ngày 15 tháng 01 năm 2024",
           "CHỦ TỊCH",
           "Huỳnh Thị Minh Thu"],
          "lmhtx_bd", datetime(2024, 1, 15, 15, 20), 25, "lmhtxbinhduong.vn/thong-bao/02-tb-lmhtx", ["tập huấn", "luật htx"],
          author=None, doc_number="02/TB-LMHTX", published="2024-01-15T00:00:00+07:00", source_kind="document",
          notes=["the oldest published story: only on /?page=2, not in the RSS (five newest): nothing but its text dates "
                 "it ('Thủ Dầu Một, ngày 15 tháng 01 năm 2024') -> 15 January 2024, midnight; the page says '64 ngày "
                 "18 giờ trước'"]),
    ]


def ago(d: datetime) -> str:
    delta = NOW - d
    days, rest = delta.days, delta.seconds
    hours, minutes = rest // 3600, rest % 3600 // 60
    if days:
        return f"{days} ngày {hours} giờ" if hours else f"{days} ngày"
    return f"{hours} giờ {minutes} phút" if hours else f"{minutes} phút"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-duong", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/rss.php" % SITE])
    site.extra_boilerplate += CHROME
    all_stories = sorted(stories(), key=lambda s: s.when, reverse=True)
    published = [s for s in all_stories if s.status == "published"]
    upcoming = [s for s in all_stories if s.status == "upcoming"]
    rss_published = published[:5]
    rss_all = rss_published + upcoming
    users = sorted({s.submitter for s in all_stories} | {c[0] for s in all_stories for c in s.comments}
                   | {r[0] for s in all_stories for c in s.comments for r in c[3]})
    tags = sorted({t for s in all_stories for t in s.tags})

    def tag_url(t: str) -> str:
        import unicodedata

        from .core import nfc
        plain = "".join(c for c in unicodedata.normalize("NFD", nfc(t)) if unicodedata.category(c) != "Mn")
        return "/tag/" + plain.replace("đ", "d").replace("Đ", "D").replace(" ", "-") + "/"

    def layout(title: str, content: str, desc: str = "", extra_head: str = "") -> str:
        cats = "".join(f'<li><a href="/{c}/">{esc(n)}</a></li>' for c, n in CATS.items())
        cloud = " ".join(f'<a href="{tag_url(t)}" style="font-size: {12 + 2 * (len(t) % 4)}px">{esc(t)}</a>' for t in tags)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<!-- meta.tpl -->
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="description" content="{attr(desc or ABOUT)}" />
<meta name="keywords" content="hợp tác xã, Bình Dương, kinh tế tập thể" />
<meta name="Language" content="vi" />
<meta name="Robots" content="All" />
<meta name="generator" content="Pligg" />
<!--/meta.tpl -->
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" href="/templates/wistie/css/style.css" media="screen" />
<link rel="alternate" type="application/rss+xml" title="{attr(NAME)}" href="/rss.php" />
<script type="text/javascript" src="/js/jquery/jquery.pack.js"></script>
<script type="text/javascript" src="/templates/wistie/js/xmlhttp.php.js"></script>
{extra_head}
</head>
<body dir="ltr">
<div id="wrap">
<div id="header">
<div id="logo"><a href="/"><img src="/templates/wistie/images/logo-htxbd.png" alt="{attr(NAME)}" /></a></div>
<ul id="headlinks"><li><a href="/login.php">Đăng nhập</a></li><li><a href="/register.php">Đăng ký</a></li></ul>
<ul id="nav"><li><a href="/">Tin nổi bật</a></li><li><a href="/upcoming/">Tin mới gửi</a></li><li><a href="/submit.php">Gửi tin mới</a></li><li><a href="/about/">Giới thiệu</a></li></ul>
<form action="/search.php" method="get" id="thisform-search"><input type="text" name="search" class="searchfield" /><input type="submit" value="Tìm" class="searchbutton" /></form>
</div>
<div id="content-wrap">
<div id="contentbox">
{content}
</div>
<div id="sidebar">
<div class="headline"><div class="sectiontitle">Giới thiệu</div></div><div class="boxcontent"><p>{esc(ABOUT)}</p></div>
<div class="headline"><div class="sectiontitle">Chuyên mục</div></div><div class="boxcontent"><ul id="nav-secondary">{cats}</ul></div>
<div class="headline"><div class="sectiontitle">Mây từ khóa</div></div><div class="boxcontent">{cloud}</div>
</div>
</div>
<div id="footer"><span class="subtext">Cổng tin do Liên minh HTX tỉnh Bình Dương quản lý | <a href="/rss.php">RSS</a> | <a href="/topusers/">Thành viên tích cực</a> | <a href="{{{{base:offsite}}}}/pligg/">Powered by Pligg CMS</a></span></div>
</div>
</body>
</html>"""

    def summary(s: Story, idx: int, wide: bool) -> str:
        box = "votebox-published" if s.status == "published" else "votebox-upcoming"
        rel = "" if s.status == "published" else ' rel="nofollow"'
        ncom = len(s.comments) + sum(len(c[3]) for c in s.comments)
        comments_link = (f'<a href="{s.path}#discuss" class="comments">Thảo luận</a>' if not ncom else
                         f'<a href="{s.path}#comments" class="comments2">{ncom} Bình luận</a>')
        body = "<br />\n".join(esc(line) for line in s.lines) if wide else esc(s.lines[0])
        tag_links = " ".join(f'<a href="{tag_url(t)}">{esc(t)}</a>' for t in s.tags)
        domain = s.source.split("/")[0]
        return (f'<div class="{"stories-wide" if wide else "stories"}" id="xnews-{idx}">'
                f'<div class="headline"><div class="{box}"><div class="vote"><span class="votenumber" id="xvotes-{idx}">'
                f'{s.votes}</span><div id="xvote-{idx}" class="votebutton"><a href="javascript:vote({s.sid})">Bình chọn</a>'
                f'</div></div></div>'
                f'<div class="title" id="title-{idx}"><h2><a href="{{{{base:offsite}}}}/{s.source}" target="_blank"{rel}>'
                f'{esc(s.title)}</a></h2>'
                f'<span class="subtext">gửi bởi <a href="/user/{s.submitter}/">{s.submitter}</a> {ago(s.when)} trước '
                f'(<a href="{{{{base:offsite}}}}/{s.source}" target="_blank"{rel}>{domain}</a>)</span></div></div>'
                f'<div class="storycontent"><span class="news-body-text"><span id="ls_contents-{idx}">{body}'
                f'<br style="clear:both;" /></span></span></div>'
                f'<div class="storyfooter"><div class="floatleft subtext">'
                + ("" if wide else f'<a href="{s.path}">Đọc thêm</a> | ')
                + f'<span id="ls_comments_url-{idx}">{comments_link}</span> | <span id="xreport-{idx}">'
                f'<a href="javascript:report({s.sid})">Chôn</a></span></div>'
                f'<div class="floatright subtext"><a href="/{s.cat}/">{esc(CATS[s.cat])}</a> | {tag_links}</div></div></div>')

    # story pages
    for s in all_stories:
        voters = "".join(f'<li><a href="/user/{u}/">{u}</a></li>' for u in users[: min(len(users), 2 + s.votes % 4)])
        def comment(c, child=False, s=s):
            who, text, minutes, replies = c[0], c[1], c[2], c[3] if len(c) > 3 else []
            when = s.when + timedelta(minutes=minutes)
            html = (f'<div class="{"child-comment" if child else "comment-wrap"}"><div class="comment-body">{esc(text)}</div>'
                    f'<div class="comment-info">gửi bởi <a href="/user/{who}/">{who}</a> {ago(when)} trước | '
                    f'<a href="javascript:void(0)">Trả lời</a></div>')
            for r in replies:
                html += comment((r[0], r[1], r[2], []), True)
            return html + "</div>"
        comments = "".join(comment(c) for c in s.comments)
        for c in s.comments:
            site.extra_boilerplate.append(c[1])
            site.extra_boilerplate += [r[1] for r in c[3]]
        related = [o for o in all_stories if o is not s and (o.cat == s.cat or set(o.tags) & set(s.tags))][:3]
        related_html = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a></li>' for o in related)
        content = (summary(s, 0, True)
                   + f'<div id="who_voted"><h2>Ai đã bình chọn</h2><div class="whovotedwrapper"><ol>{voters}</ol></div></div>'
                   + (f'<div id="related"><h2>Tin liên quan</h2><ul>{related_html}</ul></div>' if related_html else "")
                   + f'<a name="comments"></a><div id="comments"><h2>Bình luận</h2>{comments}</div>'
                   f'<a name="discuss"></a><div id="comment-form"><p>Bạn cần đăng nhập để bình luận. '
                   f'<a href="/login.php">Đăng nhập</a></p></div>')
        site.page(s.path, layout(f"{s.title} | {NAME}", content, desc=s.lines[0]))
        for alias in (f"/story.php?title={s.slug}", f"/story.php?id={s.sid}"):
            site.same_page(alias, s.path)
    site.trap("every story also answers at /story.php?title=<title-url> and /story.php?id=<n> (Pligg's method-1 "
              "addresses, served with 200, no canonical link): aliases", all_stories[0].path)

    for s in all_stories:
        from .richbody import RichArticle
        body = "\n".join(s.lines)
        evidence = [s.source_kind] + (["listing"] if s.source_kind == "document" and s in rss_all else [])
        a = RichArticle(path=s.path, title=s.title, date=s.when, body=body, author=s.author,
                        published=s.published, published_source=s.source_kind, evidence=evidence,
                        aliases=[f"/story.php?title={s.slug}", f"/story.php?id={s.sid}"], doc_number=s.doc_number,
                        notes=s.notes)
        # "- " and "## "-free plain lines: the summary's lines are the text as submitted
        site.add_article(a)

    # listings
    def listing(path: str, title: str, chosen: list[Story], pager: str = "", head: str = "") -> None:
        body = "".join(summary(s, i, False) for i, s in enumerate(chosen))
        site.page(path, layout(title, f'<div id="stories">{body}</div>{pager}', extra_head=head))
        site.non_articles.append(path)

    pages = [published[i:i + PER_PAGE] for i in range(0, len(published), PER_PAGE)]
    for n, chunk in enumerate(pages, 1):
        links = " ".join(f'<span class="current">{k}</span>' if k == n else
                         f'<a href="{"/" if k == 1 else f"/?page={k}"}">{k}</a>' for k in range(1, len(pages) + 1))
        pager = f'<div class="pagination"><p>{links}' + (
            f' <a href="/?page={n + 1}">Tiếp &#187;</a>' if n < len(pages) else "") + "</p></div>"
        listing("/" if n == 1 else f"/?page={n}", NAME if n == 1 else f"{NAME} | Trang {n}", chunk, pager)
    site.same_page("/index.php", "/")
    site.non_articles.append("/index.php")
    listing("/upcoming/", f"Tin mới gửi | {NAME}", upcoming)
    for c, n in CATS.items():
        listing(f"/{c}/", f"{n} | {NAME}", [s for s in all_stories if s.cat == c])
    for t in tags:
        listing(tag_url(t), f"Từ khóa: {t} | {NAME}", [s for s in all_stories if t in s.tags])
    for u in users:
        mine = [s for s in all_stories if s.submitter == u]
        site.page(f"/user/{u}/", layout(f"{u} | {NAME}", f'<h2>Hồ sơ thành viên: {u}</h2><p>Số tin đã gửi: {len(mine)}</p>'
                  + "".join(f'<p><a href="{s.path}">{esc(s.title)}</a></p>' for s in mine)))
        site.non_articles.append(f"/user/{u}/")
    site.page("/topusers/", layout(f"Thành viên tích cực | {NAME}", "<h2>Thành viên tích cực</h2><ol>"
              + "".join(f'<li><a href="/user/{u}/">{u}</a></li>' for u in users) + "</ol>"))
    site.page("/about/", layout(f"Giới thiệu | {NAME}", f"<h2>Giới thiệu</h2><p>{esc(ABOUT)}</p><p>Mọi thành viên có thể "
                                "gửi tin; tin được 15 lượt bình chọn sẽ lên trang Tin nổi bật.</p>"))
    site.non_articles += ["/topusers/", "/about/"]
    site.trap("listings: / and /?page=2 (published, 5 a page), /upcoming/, categories, tags, profiles: the summaries' "
              "first lines only, 'Đọc thêm' links; no articles", "/?page=2")
    for p in ("/login.php", "/register.php", "/submit.php", "/search.php"):
        site.page(p, layout(f"Đăng nhập | {NAME}", '<form action="/login.php" method="post"><input name="username" />'
                                                   '<input type="password" name="password" /></form>'))
        site.never_fetched.append(p)
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /login.php\nDisallow: /register.php\n"
                "Disallow: /submit.php\nDisallow: /search.php\nDisallow: /user.php\n")

    def gmt(d: datetime) -> str:
        return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT"

    def rss(chosen: list[Story], self_path: str, title: str) -> str:
        items = "".join(
            f"<item><title>{esc(s.title)}</title><link>{{{{base}}}}{s.path}</link><comments>{{{{base}}}}{s.path}</comments>"
            f"<pubDate>{gmt(s.when)}</pubDate><dc:creator>{s.submitter}</dc:creator><category>{esc(CATS[s.cat])}</category>"
            f"<guid>{{{{base}}}}{s.path}</guid><description><![CDATA[{esc(s.lines[0])}]]></description>"
            f"<pligg:votes>{s.votes}</pligg:votes></item>" for s in chosen)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:pligg="http://www.pligg.com/rss/"><channel>'
                f"<title>{esc(title)}</title><link>{{{{base}}}}{self_path}</link><description>{esc(ABOUT)}</description>"
                f"<language>vi</language>{items}</channel></rss>\n")

    site.page("/rss.php", rss(rss_published, "/", NAME), content_type="application/rss+xml; charset=UTF-8")
    site.page("/rss.php?status=upcoming", rss(upcoming, "/upcoming/", f"Tin mới gửi | {NAME}"),
              content_type="application/rss+xml; charset=UTF-8")
    site.trap("no date on any page (relative ages 'N ngày M giờ trước' from the copy's time, 20 March 2024 10:00, which "
              "no page prints): the RSS /rss.php (five newest published) and /rss.php?status=upcoming give the time, "
              "pubDate in GMT; the oldest story is in neither", "/rss.php")
    from .core import image_for
    site.binary("/templates/wistie/images/logo-htxbd.png", image_for("pligg-logo"))
    return site
