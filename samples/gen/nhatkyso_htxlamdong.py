"""Site `nhatkyso-htxlamdong` (registry family `generic`): "Liên minh HTX tỉnh Lâm Đồng", the alliance's news blog built
with **Octopress 2** (Jekyll 2, the classic theme left as installed: `titlecase: true`, `date_format: "ordinal"`,
`paginate: 5`, `timezone: Asia/Ho_Chi_Minh`, the GitHub, Twitter and Disqus asides switched on) and pushed to a static
host; the copy is of 3 June 2024. Written as a held-out test: no family module, no selectors.

What is an article here: a post `/blog/<yyyy>/<mm>/<dd>/<slug>/`. Pages made with `rake new_page` (`/gioi-thieu/`,
`/lien-he/`) carry a title, a date, "Posted by" and the share bar too, but are the site's pages; the index, the archive
and the category pages are listings.

URL shapes: posts `/blog/2024/05/22/<slug>/` (the slug is stringex `to_url` of the title: Vietnamese transliterated,
"&" spelled "and"); the post's URL without its final slash answers 301 to it (the static host); the index `/` and its
pages `/blog/page/2/` (5 posts a page: the four oldest only there, in the archive and the feed); the archive
`/blog/archives/` (the menu links `/blog/archives` without a slash: 301); categories `/blog/categories/<to_url>/`
(`HTX & OCOP` -> `htx-and-ocop`); the Atom feed `/atom.xml` (raw titles, `<updated>` +07:00, whole posts); the sitemap
`/sitemap.xml` (octopress sitemap_generator, lastmod); robots.txt (`Disallow:` nothing, the sitemap named).

Why it is hard: the theme **title-cases** every title (the titlecase plugin: each word whose first letter is an ASCII
a–z is capitalised, words starting with "đ", "ứ", "ở" are not, words whose ASCII letters spell a "small word" — "và",
"về" reduce to "v" — are lower-cased): the `<h1 class="entry-title">`, the `<title>`, the archive and the Recent Posts
aside print "HTX Rau Công Nghệ Cao ở Đơn Dương…", while the feed, the description and the previous/next links keep the
title as written; the title a reader records is the h1. Many `<h1>`: the site's name in the banner, the post's, the
asides' ("Recent Posts", "GitHub Repos", "Latest Tweets") and "Comments". The date is `<time datetime="2024-05-22T08:30:00
+07:00" pubdate data-updated="true">May 22<span>nd</span>, 2024</time>` (English ordinal, no time shown); a post with
`updated:` adds an EMPTY `<time class="updated" datetime=…>` in the footer instead of the date (the later day is only
there). "Posted by <span class="fn">…</span>" names the site's author (the office) unless the post sets `author:` (then
a person, the author when the text has no byline). The index prints whole posts (those with `<!-- more -->` cut, "Read
on →"): listings that look like articles. Under the post: the share bar ("Tweet", Facebook like), previous/next links,
the Disqus thread (a `<noscript>` "Please enable JavaScript to view the comments powered by Disqus.").
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich, table_html

SITE = "nhatkyso-htxlamdong"
TITLE = "Liên minh HTX tỉnh Lâm Đồng"
SUBTITLE = "Nhật ký hoạt động kinh tế tập thể trên cao nguyên Lâm Viên"
AUTHOR = "Văn phòng Liên minh HTX tỉnh Lâm Đồng"
PER = 5
NOW = datetime(2024, 6, 3, 10, 0)
MORE = "<!-- more -->"
HTML = "text/html; charset=utf-8"
SMALL = "a an and as at but by en for if in of on or the to v v. via vs vs.".split()
FURN = [SUBTITLE, "Recent Posts", "GitHub Repos", "Latest Tweets", "Status updating", "on GitHub", "Follow @lmhtxlamdong",
        "Please enable JavaScript to view the", "comments powered by Disqus.", "Posted by", "Tweet", "Powered by",
        "Octopress", f"Copyright © 2024 - {TITLE}", "Liên kết website", "Cổng thông tin Liên minh HTX Việt Nam"]


def smart_cap(w: str) -> str:
    """Octopress's String#smart_capitalize: upcase the first ASCII a-z letter after quotes/brackets, unless the rest has
    a capital or a dot inside a word."""
    m = re.match(r"""^['"(\[]*([a-z])""", w)
    if m:
        i = m.start(1)
        x = w[i:]
        if not (re.search(r"[A-Z]", x) or re.search(r"\.\w+", x, re.ASCII)):
            w = w[:i] + w[i].upper() + w[i + 1:]
    return w


def titlecase(s: str) -> str:
    """Octopress's titlecase filter (Ruby: \\W is ASCII, so 'và' reduces to 'v', a small word)."""
    words = s.split(" ")
    out = [w.lower() if re.sub(r"\W", "", w, flags=re.ASCII).lower() in SMALL else smart_cap(w) for w in words]
    out[0], out[-1] = smart_cap(out[0]), smart_cap(out[-1])
    res = " ".join(out)
    assert not re.search(r"(:|\.|!|\?)\s?(\W*(" + "|".join(map(re.escape, SMALL)) + r")\W*)\s", res, re.ASCII), res
    return res


def to_url(s: str) -> str:
    """stringex String#to_url: transliterate, '&' -> 'and', words joined by '-'."""
    s = s.replace("&", " and ").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def ordinal(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}<span>th</span>"
    return f"{n}<span>{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }</span>"


def xmlschema(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


class Post(RichArticle):
    @property
    def blocks(self):
        return parse_rich(self.body.replace(MORE, ""))


def posts() -> list[dict]:
    return [
        dict(when=datetime(2024, 5, 22, 8, 30), cats=["Tin hoạt động"], author="K'Điệp", fm_author=None,
             title="HTX rau công nghệ cao ở Đơn Dương mở rộng liên kết tiêu thụ",
             body="""
HTX Nông nghiệp công nghệ cao Lạc Xuân (huyện Đơn Dương) vừa ký hợp đồng cung ứng 15 tấn rau mỗi tuần cho hệ thống siêu thị ở TP Hồ Chí Minh.
[img lac-xuan-1.png] Thành viên HTX thu hoạch xà lách trong nhà kính
HTX hiện có 68 thành viên, sản xuất 42 ha rau trong nhà kính theo tiêu chuẩn VietGAP.
[img lac-xuan-2.png] Rau được sơ chế, đóng gói tại xưởng của HTX trước khi xuất bán
Giám đốc HTX cho biết năm 2024 HTX sẽ đầu tư thêm hệ thống tưới nhỏ giọt tự động cho toàn bộ diện tích.
""", byline="Bài, ảnh: K'Điệp",
             notes=["titlecase: h1 and <title> 'HTX Rau Công Nghệ Cao ở Đơn Dương Mở Rộng Liên Kết Tiêu Thụ' (words "
                    "starting with an ASCII letter capitalised, 'ở' and 'Đơn' left): the truth title is that h1; the "
                    "feed and the previous/next links keep the written case; photos with centred <em> captions; 'Bài, "
                    "ảnh: K'Điệp' -> author; 'Posted by Văn phòng…' is the site's author, an office"]),
        dict(when=datetime(2024, 5, 15, 14, 0), cats=["Văn bản"], author=None, fm_author=None, doc="15/TB-LMHTX",
             title="Thông báo số 15/TB-LMHTX về việc tham gia Hội chợ nông sản Đà Lạt năm 2024",
             attachments=[("/downloads/tb-15-tb-lmhtx-2024.pdf", "Thông báo số 15/TB-LMHTX (bản PDF)")],
             body="""
LIÊN MINH HTX TỈNH LÂM ĐỒNG
Số: 15/TB-LMHTX
Lâm Đồng, ngày 13 tháng 5 năm 2024
Liên minh HTX tỉnh thông báo đến các HTX về việc tham gia gian hàng tại Hội chợ nông sản Đà Lạt năm 2024, tổ chức từ ngày 20 đến ngày 25/6/2024 tại Quảng trường Lâm Viên.
Mỗi HTX được hỗ trợ 01 gian hàng tiêu chuẩn; ưu tiên các HTX có sản phẩm OCOP từ 3 sao trở lên.
Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX tỉnh trước ngày 05/6/2024.
CHỦ TỊCH
Nguyễn Văn Lộc
""", byline=None,
             notes=["notice 'Số: 15/TB-LMHTX' dated 13/5 in its text, posted 15/5 (the <time> and the URL); the signer "
                    "is text, author null; the link 'Thông báo số 15/TB-LMHTX (bản PDF)' to /downloads/… is an "
                    "attachment"]),
        dict(when=datetime(2024, 5, 6, 9, 15), cats=["Số liệu"], author="Phạm Minh Đức", fm_author="Phạm Minh Đức",
             title="Tình hình phát triển HTX 4 tháng đầu năm 2024",
             body="""
Theo báo cáo của Liên minh HTX tỉnh, đến hết tháng 4/2024 toàn tỉnh Lâm Đồng có 512 HTX và 2 liên hiệp HTX.
| Địa bàn | Số HTX | Thành viên | Thành lập mới |
| TP Đà Lạt | 84 | 2.310 | 5 |
| Huyện Đơn Dương | 61 | 1.870 | 3 |
| Huyện Di Linh | 57 | 2.050 | 4 |
| Huyện Lâm Hà | 49 | 1.420 | 2 |
Doanh thu bình quân của một HTX nông nghiệp đạt 3,6 tỷ đồng/năm.
""", byline=None,
             notes=["a data table; no byline in the text: the post sets `author: Phạm Minh Đức`, so the footer's 'Posted "
                    "by <span class=fn>Phạm Minh Đức</span>' names a person: the author"]),
        dict(when=datetime(2024, 4, 25, 16, 45), cats=["HTX & OCOP"], author=None, fm_author=None,
             updated=datetime(2024, 4, 29, 9, 0),
             title="HTX cà phê Cầu Đất đưa sản phẩm đặc sản vào thị trường Nhật Bản",
             body="""
HTX Nông nghiệp Cầu Đất (TP Đà Lạt) vừa xuất khẩu lô cà phê Arabica rang xay đầu tiên gồm 2 tấn sang Nhật Bản.
<!-- more -->
Để đáp ứng yêu cầu của đối tác, HTX đã chuẩn hóa quy trình thu hái chín, sơ chế ướt và truy xuất nguồn gốc đến từng vườn.
Năm 2024, HTX đặt mục tiêu xuất khẩu 20 tấn cà phê nhân và cà phê rang xay.
""", byline="Theo Báo Lâm Đồng",
             notes=["category 'HTX & OCOP' -> /blog/categories/htx-and-ocop/ (stringex); the post sets `updated:`: the "
                    "footer prints an EMPTY <time class='updated' datetime='2024-04-29T09:00:00+07:00'> instead of the "
                    "date: published stays the header's 2024-04-25 16:45; '<!-- more -->': the index cuts it ('Read on "
                    "→'); 'Theo Báo Lâm Đồng' -> no author"]),
        dict(when=datetime(2024, 4, 12, 10, 0), cats=["Tin hoạt động"], author="Lê Văn Nam", fm_author=None,
             title="Sáu giải pháp nâng cao hiệu quả HTX nông nghiệp",
             body="""
Hội nghị chuyên đề do Liên minh HTX tỉnh tổ chức ngày 10/4 đã thống nhất sáu giải pháp nâng cao hiệu quả hoạt động của HTX nông nghiệp.
## Về tổ chức sản xuất
* Quy hoạch vùng nguyên liệu tập trung, gắn với chế biến;
* Ứng dụng công nghệ cao và chuyển đổi số trong quản lý;
* Liên kết với doanh nghiệp theo chuỗi giá trị.
## Về nguồn lực
* Đào tạo đội ngũ giám đốc, kế toán HTX;
* Tiếp cận vốn vay từ Quỹ hỗ trợ phát triển HTX;
* Thu hút lao động trẻ về làm việc tại HTX.
""", byline="ThS. Lê Văn Nam - Ban Kiểm tra Liên minh HTX tỉnh",
             notes=["two <h2> headings and lists; 'ThS. Lê Văn Nam - Ban Kiểm tra Liên minh HTX tỉnh' -> Lê Văn Nam; "
                    "'Sáu Giải Pháp…': only 'Sáu' keeps its case ('S' is no a-z)"]),
        dict(when=datetime(2024, 3, 28, 7, 30), cats=["Ảnh"], author="Hoàng Yến", fm_author=None,
             title="Ảnh: Mùa hoa cà phê ở các HTX huyện Di Linh",
             body="""
Tháng Ba, hoa cà phê nở trắng trên những đồi cà phê của các HTX ở huyện Di Linh.
[img hoa-ca-phe-1.png] Đồi cà phê của HTX Cà phê Di Linh vào mùa hoa
[img hoa-ca-phe-2.png] Thành viên HTX tưới nước cho cà phê sau khi hoa nở
[img hoa-ca-phe-3.png] Du khách chụp ảnh bên vườn cà phê của HTX
""", byline="Ảnh: Hoàng Yến",
             notes=["photo story: one line per caption; 'Ảnh: Hoàng Yến' -> author; only on /blog/page/2/ (and the "
                    "archive, the category, the feed)"]),
        dict(when=datetime(2024, 3, 12, 20, 10), cats=["Tin hoạt động"], author="Minh Châu", fm_author=None,
             title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 3",
             body="""
Chiều 12/3, Ban Chấp hành Liên minh HTX tỉnh Lâm Đồng khóa VII tổ chức Hội nghị lần thứ 3 để đánh giá kết quả công tác quý I.
<!-- more -->
Quý I/2024, Liên minh HTX tỉnh tư vấn thành lập mới 8 HTX, tổ chức 4 lớp tập huấn cho 260 học viên.
Hội nghị đã thông qua kế hoạch tổ chức Hội chợ nông sản Đà Lạt và chương trình xúc tiến thương mại năm 2024.
""", byline="Minh Châu",
             notes=["posted at 20:10 the same evening; '<!-- more -->' cuts it on the index pages; 'Minh Châu' -> author"]),
        dict(when=datetime(2024, 2, 26, 9, 0), cats=["HTX & OCOP"], author="Trần Hạnh", fm_author=None,
             title="HTX dâu tây Xuân Thọ phát triển du lịch trải nghiệm",
             body="""
HTX Dâu tây Xuân Thọ (TP Đà Lạt) đón trung bình 300 lượt khách mỗi ngày đến tham quan, tự hái dâu tại vườn.
Ngoài dâu tươi, HTX chế biến mứt dâu, rượu vang dâu đạt chuẩn OCOP 3 sao.
""", byline="Trần Hạnh",
             notes=["'Trần Hạnh' -> author; only on the index's second page"]),
        dict(when=datetime(2024, 1, 18, 8, 0), cats=["Tin hoạt động"], author="Minh Châu", fm_author=None,
             title="Liên minh HTX tỉnh Lâm Đồng tổng kết công tác năm 2023",
             body="""
Ngày 17/1, Liên minh HTX tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.
<!-- more -->
## Kết quả năm 2023
Năm 2023, toàn tỉnh thành lập mới 41 HTX; doanh thu bình quân của HTX tăng 11% so với năm 2022.
## Nhiệm vụ năm 2024
Liên minh HTX tỉnh tập trung hướng dẫn các HTX tổ chức lại theo Luật Hợp tác xã năm 2023.
""", byline="Minh Châu",
             notes=["the oldest post: /blog/page/2/, the archive and the feed; headings; 'Minh Châu' -> author"]),
    ]


def md_html(markup: str) -> str:
    out = []
    for b in parse_rich(markup.replace(MORE, "\n@@MORE@@\n")):
        if b.kind == "p" and b.text == "@@MORE@@":
            out.append(MORE)
        elif b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h2 id="{to_url(b.text)}">{esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p><img class="center" src="/images/posts/{b.src}" title="{attr(b.text)}" alt="{attr(b.text)}"></p>')
            if b.text:
                out.append(f'<p style="text-align:center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            out.append(table_html(b, css="", border=False).replace(' class=""', ""))
    return "\n\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lam-dong", TITLE + " (Octopress)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/atom.xml" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    B = "{{base}}"
    ps = sorted(posts(), key=lambda p: p["when"], reverse=True)
    for p in ps:
        p["slug"] = to_url(p["title"])
        p["url"] = f"/blog/{p['when']:%Y/%m/%d}/{p['slug']}/"
        p["tc"] = titlecase(p["title"])
        html = md_html(p["body"])
        if p.get("byline"):
            html += f'\n\n<p style="text-align:right;"><strong>{esc(p["byline"])}</strong></p>'
        for path, text in p.get("attachments", []):
            html += f'\n\n<p><a href="{path}">{esc(text)}</a></p>'
        p["html"] = html
    cats = sorted({c for p in ps for c in p["cats"]})

    def cat_links(p: dict) -> str:
        return ", ".join(f"<a class='category' href='/blog/categories/{to_url(c)}/'>{esc(c)}</a>" for c in p["cats"])

    def date_fmt(d: datetime) -> str:
        return f"{d:%b} {ordinal(d.day)}, {d.year}"

    def time_el(d: datetime) -> str:
        return f'<time datetime="{xmlschema(d)}" pubdate data-updated="true">{date_fmt(d)}</time>'

    def sidebar() -> str:
        recent = "\n".join(f'      <li class="post">\n        <a href="{x["url"]}">{esc(x["tc"])}</a>\n      </li>' for x in ps[:5])
        return f"""<aside class="sidebar">

    <section>
  <h1>Recent Posts</h1>
  <ul id="recent_posts">
{recent}
  </ul>
</section>

<section>
  <h1>GitHub Repos</h1>
  <ul id="gh_repos">
    <li class="loading">Status updating&#8230;</li>
  </ul>

  <a href="{{{{base:offsite}}}}/github/lmhtxlamdong">@lmhtxlamdong</a> on GitHub

  <script type="text/javascript">
    $(document).ready(function(){{
        if (!window.jXHR){{
            var jxhr = document.createElement('script');
            jxhr.type = 'text/javascript';
            jxhr.src = '/javascripts/libs/jXHR.js';
            var s = document.getElementsByTagName('script')[0];
            s.parentNode.insertBefore(jxhr, s);
        }}

        github.showRepos({{
            user: 'lmhtxlamdong',
            count: 0,
            skip_forks: true,
            target: '#gh_repos'
        }});
    }});
  </script>
  <script src="/javascripts/github.js" type="text/javascript"> </script>
</section>

<section>
  <h1>Latest Tweets</h1>
  <ul id="tweets">
    <li class="loading">Status updating&#8230;</li>
  </ul>
  <script type="text/javascript">
    $.domReady(function(){{
      getTwitterFeed("lmhtxlamdong", 4, false);
    }});
  </script>
  <script src="/javascripts/twitter.js" type="text/javascript"> </script>

    <a href="{{{{base:offsite}}}}/twitter/lmhtxlamdong" class="twitter-follow-button" data-show-count="false">Follow @lmhtxlamdong</a>

</section>

<section>
  <h1>Liên kết website</h1>
  <ul>
    <li><a href="{{{{base:offsite}}}}/lmhtx-vn/">Cổng thông tin Liên minh HTX Việt Nam</a></li>
    <li><a href="/gioi-thieu/">Giới thiệu</a></li>
  </ul>
</section>


</aside>"""

    def layout(title: str, inner: str, *, desc: str, canonical: str, keywords: str = "", sidebar_on: bool = True) -> str:
        kw = f'\n  <meta name="keywords" content="{attr(keywords)}">' if keywords else ""
        return f"""<!DOCTYPE html>
<!--[if IEMobile 7 ]><html class="no-js iem7"><![endif]-->
<!--[if lt IE 9]><html class="no-js lte-ie8"><![endif]-->
<!--[if (gt IE 8)|(gt IEMobile 7)|!(IEMobile)|!(IE)]><!--><html class="no-js" lang="en"><!--<![endif]-->
<head>
  <meta charset="utf-8">
  <title>{esc(title)}</title>
  <meta name="author" content="{AUTHOR}">


  <meta name="description" content="{attr(desc)}">{kw}

  <!-- http://t.co/dKP3o1e -->
  <meta name="HandheldFriendly" content="True">
  <meta name="MobileOptimized" content="320">
  <meta name="viewport" content="width=device-width, initial-scale=1">


  <link rel="canonical" href="{B}{canonical}">
  <link href="/favicon.png" rel="icon">
  <link href="/stylesheets/screen.css" media="screen, projection" rel="stylesheet" type="text/css">
  <link href="/atom.xml" rel="alternate" title="{TITLE}" type="application/atom+xml">
  <script src="/javascripts/modernizr-2.0.js"></script>
  <script src="/javascripts/libs/jquery.min.js"></script>
  <script src="/javascripts/octopress.js" type="text/javascript"></script>
  <!--Fonts from Google"s Web font directory at http://google.com/webfonts -->
<link href="/stylesheets/fonts.css" rel="stylesheet" type="text/css">

</head>

<body   {'' if sidebar_on else 'class="no-sidebar"'}>
  <header role="banner"><hgroup>
  <h1><a href="/">{TITLE}</a></h1>

    <h2>{SUBTITLE}</h2>

</hgroup>

</header>
  <nav role="navigation"><ul class="subscription" data-subscription="rss">
  <li><a href="/atom.xml" rel="subscribe-rss" title="subscribe via RSS">RSS</a></li>

</ul>

<form action="{{{{base:offsite}}}}/search" method="get">
  <fieldset role="search">
    <input type="hidden" name="sitesearch" value="lienminhhtx-lamdong.vn">
    <input class="search" type="text" name="q" results="0" placeholder="Search"/>
  </fieldset>
</form>

<ul class="main-navigation">
  <li><a href="/">Blog</a></li>
  <li><a href="/blog/archives">Archives</a></li>
  <li><a href="/gioi-thieu/">Giới thiệu</a></li>
  <li><a href="/lien-he/">Liên hệ</a></li>
</ul>

</nav>
  <div id="main">
    <div id="content">
      {inner}
{sidebar() if sidebar_on else ""}
    </div>
  </div>
  <footer role="contentinfo"><p>
  Copyright &copy; 2024 - {TITLE} -
  <span class="credit">Powered by <a href="{{{{base:offsite}}}}/octopress/">Octopress</a></span>
</p>

</footer>


<script type="text/javascript">
      var disqus_shortname = 'lmhtxlamdong';


        // var disqus_developer = 1;
        var disqus_identifier = '{B}{canonical}';
        var disqus_url = '{B}{canonical}';
        var disqus_script = 'embed.js';

    (function () {{
      var dsq = document.createElement('script'); dsq.type = 'text/javascript'; dsq.async = true;
      dsq.src = '//' + disqus_shortname + '.disqus.com/' + disqus_script;
      (document.getElementsByTagName('head')[0] || document.getElementsByTagName('body')[0]).appendChild(dsq);
    }}());
</script>



  <script type="text/javascript">
    (function(){{
      var twitterWidgets = document.createElement('script');
      twitterWidgets.type = 'text/javascript';
      twitterWidgets.async = true;
      twitterWidgets.src = '//platform.twitter.com/widgets.js';
      document.getElementsByTagName('head')[0].appendChild(twitterWidgets);
    }})();
  </script>

</body>
</html>
"""

    def desc_of(html: str) -> str:
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.replace(MORE, ""))).strip()
        return text if len(text) <= 150 else text[:147] + "..."

    def sharing(url: str) -> str:
        return f"""<div class="sharing">

  <a href="{{{{base:offsite}}}}/twitter/share" class="twitter-share-button" data-url="{B}{url}" data-via="lmhtxlamdong" data-counturl="{B}{url}" >Tweet</a>



    <div class="fb-like" data-send="true" data-width="450" data-show-faces="false"></div>

</div>"""

    # -- posts
    for i, p in enumerate(ps):
        newer = ps[i - 1] if i > 0 else None
        older = ps[i + 1] if i + 1 < len(ps) else None
        who = p["fm_author"] or AUTHOR
        foot_time = (f'<time class="updated" datetime="{xmlschema(p["updated"])}"></time>' if p.get("updated")
                     else time_el(p["when"]))
        nav = ""
        if older:
            nav += (f'\n        <a class="basic-alignment left" href="{older["url"]}" title="Previous Post: '
                    f'{attr(older["title"])}">&laquo; {esc(older["title"])}</a>')
        if newer:
            nav += (f'\n        <a class="basic-alignment right" href="{newer["url"]}" title="Next Post: '
                    f'{attr(newer["title"])}">{esc(newer["title"])} &raquo;</a>')
        inner = f"""<div>
<article class="hentry" role="article">

  <header>

      <h1 class="entry-title">{esc(p["tc"])}</h1>


      <p class="meta">












{time_el(p["when"])}

         | <a href="#disqus_thread"
             data-disqus-identifier="{B}{p["url"]}">Comments</a>

      </p>

  </header>


<div class="entry-content">{p["html"]}
</div>


  <footer>
    <p class="meta">



<span class="byline author vcard">Posted by <span class="fn">{esc(who)}</span></span>

      {foot_time}


<span class="categories">

    {cat_links(p)}

</span>


    </p>

      {sharing(p["url"])}

    <p class="meta">
      {nav}
    </p>
  </footer>
</article>

  <section>
    <h1>Comments</h1>
    <div id="disqus_thread" aria-live="polite"><noscript>Please enable JavaScript to view the <a href="{{{{base:offsite}}}}/disqus/?ref_noscript">comments powered by Disqus.</a></noscript>
</div>
  </section>

</div>
"""
        page = layout(f"{p['tc']} - {TITLE}", inner, desc=desc_of(p["html"]), canonical=p["url"],
                      keywords=", ".join(p["cats"]))
        site.page(p["url"], page)
        site.redirect(p["url"].rstrip("/"), p["url"], 301)
        for b in parse_rich(p["body"]):
            if b.kind == "img":
                site.binary(f"/images/posts/{b.src}", image_for(b.src))
        for path, _ in p.get("attachments", []):
            site.binary(path, pdf(p["title"], ["LIEN MINH HTX TINH LAM DONG", "THONG BAO SO 15/TB-LMHTX"]))
        a = Post(path=p["url"], title=p["tc"], date=p["when"], body=p["body"], byline=p.get("byline"),
                 author=p["author"], published=iso(p["when"]), published_source="date-element",
                 evidence=["date-element", "url", "listing"], doc_number=p.get("doc"), notes=p["notes"],
                 aliases=[p["url"].rstrip("/")])
        a.attachments = [{"path": path, "text": text} for path, text in p.get("attachments", [])]
        site.add_article(a)
    site.trap("a post's URL without its final slash answers 301 to the directory URL (the static host): an alias",
              ps[0]["url"].rstrip("/"))

    # -- index pages
    def index_article(p: dict) -> str:
        cut = MORE in p["html"]
        body = p["html"].split(MORE)[0] if cut else p["html"]
        foot = (f'\n    <footer>\n      <a rel="full-article" href="{p["url"]}">Read on &rarr;</a>\n    </footer>' if cut else "")
        return f"""    <article>

  <header>

      <h1 class="entry-title"><a href="{p["url"]}">{esc(p["tc"])}</a></h1>


      <p class="meta">
        {time_el(p["when"])}
         | <a href="{p["url"]}#disqus_thread"
             data-disqus-identifier="{B}{p["url"]}">Comments</a>
      </p>

  </header>


  <div class="entry-content">{body}</div>
  {foot}
    </article>
"""

    chunks = [ps[i:i + PER] for i in range(0, len(ps), PER)]
    for n, chunk in enumerate(chunks):
        path = "/" if n == 0 else f"/blog/page/{n + 1}/"
        older = f"/blog/page/{n + 2}/" if n + 1 < len(chunks) else None
        newer = None if n == 0 else ("/" if n == 1 else f"/blog/page/{n}/")
        pag = '<div class="pagination">\n'
        if older:
            pag += f'      <a class="prev" href="{older}">&larr; Older</a>\n'
        pag += '    <a href="/blog/archives">Blog Archives</a>\n'
        if newer:
            pag += f'    <a class="next" href="{newer}">Newer &rarr;</a>\n'
        pag += "  </div>"
        inner = f'<div class="blog-index">\n{"".join(index_article(p) for p in chunk)}\n  {pag}\n</div>'
        site.page(path, layout(TITLE, inner, desc=SUBTITLE, canonical=path))
        site.non_articles.append(path)
    site.trap("the index / and /blog/page/2/ (5 posts a page): each post whole in h1.entry-title + <time> + "
              "div.entry-content (those with '<!-- more -->' cut, 'Read on →'): listings that look like articles; the "
              "four oldest posts only on page 2, the archive and the feed", "/blog/page/2/")

    # -- archive and categories
    def archive_list(items: list[dict]) -> str:
        out, year = [], None
        for p in items:
            if p["when"].year != year:
                year = p["when"].year
                out.append(f"<h2>{year}</h2>")
            out.append(f"""<article>


<h1><a href="{p["url"]}">{esc(p["tc"])}</a></h1>
<time datetime="{xmlschema(p["when"])}" pubdate><span class='month'>{p["when"]:%b}</span> <span class='day'>{p["when"]:%d}</span> <span class='year'>{p["when"]:%Y}</span></time>

<footer>
  <span class="categories">posted in {cat_links(p)}</span>
</footer>


</article>""")
        return "\n".join(out)

    def page_article(title: str, body: str) -> str:
        return (f'<div>\n<article role="article">\n  \n  <header>\n    <h1 class="entry-title">{esc(title)}</h1>\n    \n  '
                f'</header>\n  \n  {body}\n</article>\n\n</div>')

    site.page("/blog/archives/", layout(f"Blog Archive - {TITLE}", page_article(
        "Blog Archive", f'<div id="blog-archives">\n{archive_list(ps)}\n</div>'), desc=SUBTITLE, canonical="/blog/archives/",
        sidebar_on=False))
    site.redirect("/blog/archives", "/blog/archives/", 301)
    site.non_articles.append("/blog/archives/")
    for c in cats:
        items = [p for p in ps if c in p["cats"]]
        path = f"/blog/categories/{to_url(c)}/"
        site.page(path, layout(f"Category: {c} - {TITLE}", page_article(
            f"Category: {c}", f'<div id="blog-archives" class="category">\n{archive_list(items)}\n</div>'),
            desc=SUBTITLE, canonical=path, sidebar_on=False))
        site.non_articles.append(path)
    site.trap("the archive /blog/archives/ (the menu's /blog/archives answers 301) and the category pages "
              "/blog/categories/<to_url>/ ('HTX & OCOP' -> htx-and-ocop): titles (title-cased) with <time> month/day/year "
              "spans and 'posted in' categories", "/blog/categories/htx-and-ocop/")

    # -- pages made with rake new_page (they carry a date)
    for slug, title, when, paras in [
        ("gioi-thieu", "Giới thiệu", datetime(2023, 12, 5, 9, 0),
         ["Liên minh Hợp tác xã tỉnh Lâm Đồng là tổ chức chính trị - xã hội, đại diện cho các HTX, liên hiệp HTX và tổ "
          "hợp tác trên địa bàn tỉnh.", "Trang này đăng tin hoạt động, văn bản và mô hình HTX tiêu biểu của tỉnh."]),
        ("lien-he", "Liên hệ", datetime(2023, 12, 5, 9, 30),
         ["Văn phòng Liên minh HTX tỉnh Lâm Đồng: Số 36 Trần Phú, Phường 4, TP Đà Lạt.", "Điện thoại: 0263 3822 417."]),
    ]:
        body = (f'<div class="entry-content">' + "".join(f"<p>{esc(x)}</p>" for x in paras) + "</div>\n  <footer>\n    "
                f'<p class="meta">\n      {time_el(when)}\n    </p>\n    {sharing(f"/{slug}/")}\n  </footer>')
        inner = (f'<div>\n<article role="article">\n  \n  <header>\n    <h1 class="entry-title">{esc(titlecase(title))}</h1>\n'
                 f'    <p class="meta">{time_el(when)}</p>\n  </header>\n  \n  {body}\n</article>\n\n</div>')
        site.page(f"/{slug}/", layout(f"{titlecase(title)} - {TITLE}", inner, desc=paras[0][:150], canonical=f"/{slug}/"))
        site.non_articles.append(f"/{slug}/")
    site.trap("pages made with `rake new_page` (/gioi-thieu/, /lien-he/): h1.entry-title, a <time pubdate> (their "
              "front matter's date), the share bar: the site's pages, not articles (no /blog/yyyy/mm/dd/ URL)",
              "/gioi-thieu/")

    # -- feed, sitemap, robots
    entries = "".join(f"""
  <entry>
    <title type="html"><![CDATA[{p["title"]}]]></title>
    <link href="{B}{p["url"]}"/>
    <updated>{xmlschema(p["when"])}</updated>
    <id>{B}{p["url"]}</id>
    <content type="html"><![CDATA[{p["html"]}]]></content>
  </entry>
  """ for p in ps)
    site.page("/atom.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">

  <title><![CDATA[{TITLE}]]></title>
  <link href="{B}/atom.xml" rel="self"/>
  <link href="{B}/"/>
  <updated>{xmlschema(NOW)}</updated>
  <id>{B}/</id>
  <author>
    <name><![CDATA[{AUTHOR}]]></name>

  </author>
  <generator uri="http://octopress.org/">Octopress</generator>
{entries}
</feed>
""", content_type="application/atom+xml; charset=utf-8")
    urls = "".join(f"  <url>\n    <loc>{B}{p['url']}</loc>\n    <lastmod>{xmlschema(p.get('updated') or p['when'])}</lastmod>\n  </url>\n"
                   for p in ps)
    site.page("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
              f"  <url>\n    <loc>{B}/</loc>\n    <lastmod>{xmlschema(NOW)}</lastmod>\n  </url>\n{urls}"
              f"  <url>\n    <loc>{B}/gioi-thieu/</loc>\n    <lastmod>{xmlschema(NOW)}</lastmod>\n  </url>\n</urlset>\n",
              content_type="application/xml; charset=utf-8")
    site.trap("Atom /atom.xml: every post whole, the titles as written (not title-cased), <updated> = the post's date "
              "(+07:00); /sitemap.xml (lastmod = the updated date when set); robots.txt names the sitemap", "/atom.xml")
    site.static("/robots.txt", "User-agent: *\nDisallow: \n\nSitemap: {{base}}/sitemap.xml\n")
    site.binary("/favicon.png", image_for("favicon"))
    for s in ("/javascripts/libs/jXHR.js",):
        site.static(s, "/* jXHR */\n")
    return site
