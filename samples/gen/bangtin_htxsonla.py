"""Site `bangtin-htxsonla` (registry family `generic`): "Bảng tin Liên minh HTX tỉnh Sơn La", a **HedgeDoc 1.9** server
(the CodiMD successor; Docker image, the container's clock in UTC) where the Sơn La cooperative alliance's office
writes its notices and news as collaborative Markdown notes and shares their **published** view; a hub note lists them,
an archive note the older ones. The copy is of 12 June 2024. Written as a held-out test: no family module, no
selectors.

What is an article here: a published note `/s/<shortid>` (other than the hub and the archive note). Its title is the
note's first `# ` heading (what the reader sees as the big heading).

URL shapes: the published view `/s/<shortid>` (shortid: 9–10 characters of `[A-Za-z0-9_-]`); `/<noteId>/publish`
(noteId: 22 characters of base64url) answers 302 to it (an alias; the hub links one note so, as copied from the
editor's "Publish" menu); the landing page `/` ("HedgeDoc", "Sign In", "Explore all features") and `/features`. No
site map, no feed, no robots.txt (404). The hub note is the start; its links are Markdown (see below).

Why it is hard: HedgeDoc's published view (`pretty.ejs`) sends the note's **raw Markdown**, HTML-escaped, in
`<div id="doc" class="container markdown-body" lang="vi-VN">` and renders it in the browser (`<body style="display:none;">`
until then): the server HTML has no `<h1>`, no `<p>`, no `<a>` in the text: `# ` and `## ` lines, `- ` and `1. ` list
lines, `![](/uploads/upload_….png)` images followed by `*caption*` lines, `[TOC]`, `:::info` … `:::` boxes; the hub's
links are `[title](http://…/s/…)` text. The front matter (`---\\ntitle: …\\ntags: …\\n---`) is stripped by the server
but sets `<title>`/og:title: one note's YAML title ("TB 22/2024 - Tập huấn") differs from its heading. Dates are only in
`<span class="ui-lastchange" data-createtime="Thu May 09 2024 23:30:00 GMT+0000 (Coordinated Universal Time)"
data-updatetime="…">` (JavaScript's Date#toString in the server's zone, UTC; the browser turns them into "CHANGED 3
DAYS AGO"): the note's creation is its publication, a note created at 06:30 in Sơn La reads 23:30 the day before; a
note edited weeks later has a later `data-updatetime` (not the date). The infobar prints "N views" and the accounts'
avatars with `title` (the last editor, "owned this note"): accounts, not authors; the author is the text's byline.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, iso
from .richbody import RichArticle, parse_rich

SITE = "bangtin-htxsonla"
HTML = "text/html; charset=utf-8"
NOW = datetime(2024, 6, 12, 10, 0)
SHORT_ALPHA = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-"
ACCOUNTS = {"office": ("LMHTX Sơn La", "/uploads/avatar-office.png"), "dong": ("Cầm Văn Đông", "/uploads/avatar-dong.png")}
FURN = ["views", "owned this note"]


def h(s: str, n: int = 40) -> str:
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def shortid(salt: str) -> str:
    x = int(h("short" + salt), 16)
    n = 9 + x % 2
    out = ""
    for _ in range(n):
        x, r = divmod(x, 64)
        out += SHORT_ALPHA[r]
    return out


def note_id(salt: str) -> str:
    x = int(h("note" + salt, 64), 16)
    out = ""
    for _ in range(22):
        x, r = divmod(x, 64)
        out += SHORT_ALPHA[r]
    return out


def js_date(d: datetime) -> str:
    """JavaScript Date#toString on a server in UTC, for a Vietnam time d."""
    u = d - timedelta(hours=7)
    return f"{u:%a %b %d %Y %H:%M:%S} GMT+0000 (Coordinated Universal Time)"


NOTES = [
    dict(key="tb22", when=datetime(2024, 5, 10, 6, 30), updated=datetime(2024, 5, 10, 6, 52), editor="office", views=318,
         yaml_title="TB 22/2024 - Tập huấn", tags=["thongbao"], author=None, doc="22/TB-LMHTX",
         title="Thông báo số 22/TB-LMHTX về lớp tập huấn kế toán HTX năm 2024",
         body="""
LIÊN MINH HTX TỈNH SƠN LA
Số: 22/TB-LMHTX
Sơn La, ngày 08 tháng 5 năm 2024
Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho kế toán các HTX trên địa bàn tỉnh.
## Thời gian, địa điểm
* Thời gian: 03 ngày, từ ngày 27/5 đến ngày 29/5/2024;
* Địa điểm: Hội trường Liên minh HTX tỉnh, số 8 đường Tô Hiệu, TP Sơn La.
## Đăng ký
!info Hạn đăng ký: trước ngày 20/5/2024, qua số điện thoại 0212 3852 416.
Mỗi HTX cử 01 kế toán tham dự; học viên được hỗ trợ tài liệu và tiền ăn.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lường Văn Chung
""",
         notes=["notice 'Số: 22/TB-LMHTX' dated 08/5 in its text; created 06:30 on 10 May in Sơn La: data-createtime='Thu "
                "May 09 2024 23:30:00 GMT+0000 (Coordinated Universal Time)' (the UTC day before): published "
                "2024-05-10T06:30+07:00; the front matter's title 'TB 22/2024 - Tập huấn' is the <title>/og:title, the "
                "heading '# Thông báo số 22/…' the title; a ':::info' box (its line is text, the markers are not); the "
                "signer is text, author null"]),
    dict(key="xoai", when=datetime(2024, 6, 3, 9, 0), updated=datetime(2024, 6, 3, 9, 41), editor="dong", views=542,
         tags=["anh", "htx"], author="Lò Thị Hoa",
         title="Ảnh: HTX xoài Yên Châu vào vụ thu hoạch",
         body="""
Đầu tháng Sáu, các HTX trồng xoài ở huyện Yên Châu bước vào vụ thu hoạch xoài tròn và xoài Đài Loan.
[img xoai-1.png] Thành viên HTX Nông nghiệp Chiềng Hặc thu hái xoài tròn Yên Châu
[img xoai-2.png] Xoài được phân loại, dán tem truy xuất nguồn gốc tại nhà sơ chế của HTX
[img xoai-3.png] Thương lái thu mua xoài ngay tại vườn
**Bài, ảnh: Lò Thị Hoa**
""",
         notes=["photo story: each '![](/uploads/upload_….png)' line is followed by a '*caption*' line (one text line); "
                "'**Bài, ảnh: Lò Thị Hoa**' -> author; the infobar's avatar title 'Cầm Văn Đông' is the account that last "
                "edited it, not the author"]),
    dict(key="taxua", when=datetime(2024, 5, 28, 16, 20), updated=datetime(2024, 5, 28, 16, 31), editor="office", views=207,
         tags=["htx"], author=None,
         title="HTX chè Shan tuyết Tà Xùa nâng cao giá trị sản phẩm",
         body="""
HTX Chè Shan tuyết Tà Xùa (huyện Bắc Yên) hiện có 45 thành viên, quản lý 120 ha chè Shan tuyết cổ thụ.
HTX đầu tư dây chuyền sao sấy, đóng gói hiện đại; sản phẩm chè Shan tuyết Tà Xùa đạt chuẩn OCOP 4 sao.
Mỗi năm HTX tiêu thụ khoảng 30 tấn chè thành phẩm, doanh thu đạt 6 tỷ đồng.
!em Theo Báo Sơn La
""",
         notes=["a reprint closed by '*Theo Báo Sơn La*' (an italic line): no author"]),
    dict(key="quy", when=datetime(2024, 5, 20, 10, 0), updated=datetime(2024, 6, 5, 15, 12), editor="dong", views=889,
         tags=["huongdan", "vonvay"], author="Quàng Văn Tuấn", toc=True,
         title="Hướng dẫn hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX tỉnh Sơn La",
         body="""
Quỹ hỗ trợ phát triển HTX tỉnh Sơn La cho các HTX vay vốn với lãi suất ưu đãi 5%/năm, thời hạn tối đa 5 năm.
## Đối tượng được vay
* HTX, liên hiệp HTX đang hoạt động trên địa bàn tỉnh;
* Có phương án sản xuất kinh doanh khả thi;
* Không có nợ quá hạn tại các tổ chức tín dụng.
## Hồ sơ vay vốn
+ Giấy đề nghị vay vốn theo mẫu của Quỹ;
+ Phương án sản xuất kinh doanh và kế hoạch trả nợ;
+ Báo cáo tài chính năm gần nhất;
+ Biên bản họp Hội đồng quản trị về việc vay vốn.
Quàng Văn Tuấn - Quỹ hỗ trợ phát triển HTX tỉnh
""",
         notes=["'[TOC]' (the browser builds a table of contents; the marker is no text); a '-' list and a numbered "
                "list; created 20/5, edited 5/6: data-updatetime 'Wed Jun 05 2024 08:12:00 GMT+0000' is the last change, "
                "not the publication (published = data-createtime, 2024-05-20T10:00+07:00); 'Quàng Văn Tuấn - Quỹ hỗ trợ "
                "phát triển HTX tỉnh' -> Quàng Văn Tuấn; the hub links it as /<noteId>/publish (302): an alias"]),
    dict(key="kh", when=datetime(2024, 4, 26, 14, 10), updated=datetime(2024, 4, 26, 14, 55), editor="office", views=264,
         tags=["kehoach"], author=None, doc="19/KH-LMHTX", toc=True,
         title="Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Quốc tế HTX năm 2024",
         body="""
LIÊN MINH HTX TỈNH SƠN LA
Số: 19/KH-LMHTX
Sơn La, ngày 25 tháng 4 năm 2024
## I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng về vai trò của kinh tế tập thể, HTX nhân Ngày Quốc tế HTX 6/7/2024.
## II. NỘI DUNG HOẠT ĐỘNG
+ Tổ chức trưng bày sản phẩm OCOP của các HTX tại Quảng trường Tây Bắc;
+ Tọa đàm chuyên đề về phát triển HTX nông nghiệp gắn với chuyển đổi số;
+ Biểu dương 20 HTX tiêu biểu năm 2023.
## III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh HTX tỉnh chủ trì, phối hợp với các ban chuyên môn triển khai kế hoạch này.
CHỦ TỊCH
Bạc Cầm Hùng
""",
         notes=["plan 'Số: 19/KH-LMHTX' dated 25/4, created 26/4 14:10; '[TOC]' and capital-letter '## ' headings; the "
                "signer is text, author null"]),
    dict(key="quy1", when=datetime(2024, 4, 8, 15, 0), updated=datetime(2024, 4, 8, 15, 20), editor="dong", views=176,
         tags=["htx"], author="Cầm Thị Thu",
         title="Kinh tế tập thể tỉnh Sơn La quý I năm 2024",
         body="""
Quý I/2024, kinh tế tập thể tỉnh Sơn La tiếp tục phát triển ổn định.
* Thành lập mới 17 HTX, nâng tổng số lên 1.026 HTX;
* 12 sản phẩm của HTX được công nhận OCOP 3 sao;
* Doanh thu bình quân của HTX đạt 1,9 tỷ đồng/năm.
Liên minh HTX tỉnh đã tổ chức 5 lớp tập huấn cho 310 cán bộ, thành viên HTX.
Cầm Thị Thu
""",
         notes=["a '-' list of figures; the bare name 'Cầm Thị Thu' closes the text (author)"]),
    dict(key="tk23", when=datetime(2024, 1, 12, 8, 30), updated=datetime(2024, 1, 12, 9, 5), editor="office", views=431,
         tags=["htx"], author="Hà Minh Đức", archive=True,
         title="Liên minh HTX tỉnh Sơn La tổng kết công tác năm 2023",
         body="""
Ngày 11/1, Liên minh HTX tỉnh Sơn La tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
## Kết quả năm 2023
Năm 2023, toàn tỉnh thành lập mới 86 HTX; 58 sản phẩm của HTX đạt chuẩn OCOP.
## Nhiệm vụ năm 2024
Liên minh HTX tỉnh tập trung tuyên truyền, hướng dẫn Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024.
Hà Minh Đức
""",
         notes=["listed only by the archive note 'Lưu trữ bảng tin 2023 - 01/2024' (the hub links the archive); "
                "'Hà Minh Đức' -> author"]),
    dict(key="tet", when=datetime(2024, 1, 30, 6, 45), updated=datetime(2024, 1, 30, 7, 0), editor="office", views=95,
         tags=["thongbao"], author=None, doc="03/TB-LMHTX", archive=True,
         title="Thông báo số 03/TB-LMHTX về lịch nghỉ Tết Nguyên đán Giáp Thìn 2024",
         body="""
LIÊN MINH HTX TỈNH SƠN LA
Số: 03/TB-LMHTX
Sơn La, ngày 29 tháng 01 năm 2024
Cán bộ, nhân viên Liên minh HTX tỉnh nghỉ Tết Nguyên đán Giáp Thìn từ ngày 08/02/2024 đến hết ngày 14/02/2024.
Trong thời gian nghỉ Tết, Văn phòng bố trí cán bộ trực theo lịch phân công.
CHÁNH VĂN PHÒNG
Vì Thị Hạnh
""",
         notes=["created 06:45 on 30 January in Sơn La: data-createtime 'Mon Jan 29 2024 23:45:00 GMT+0000' (the UTC day "
                "before, which is also the notice's signing day 29/01): published 2024-01-30T06:45+07:00; only in the "
                "archive note; the signer is text, author null"]),
]


def markdown(n: dict) -> str:
    """The note's Markdown as HedgeDoc stores it (front matter stripped)."""
    out = [f"# {n['title']}", ""]
    if n.get("toc"):
        out += ["[TOC]", ""]
    k = 0
    for b in parse_rich(n["body"]):
        if b.kind == "p" and b.text.startswith("!info "):
            out += [":::info", b.text[6:], ":::", ""]
        elif b.kind == "p" and b.text.startswith("!em "):
            out += [f"*{b.text[4:]}*", ""]
        elif b.kind == "p":
            out += [b.text, ""]
        elif b.kind == "h":
            out += [f"## {b.text}", ""]
        elif b.kind == "ul":
            out += [f"- {x}" for x in b.items] + [""]
        elif b.kind == "ol":
            out += [f"{i}. {x}" for i, x in enumerate(b.items, 1)] + [""]
        elif b.kind == "img":
            k += 1
            out += [f"![]({{{{base}}}}/uploads/upload_{h(b.src, 32)}.png)", f"*{b.text}*" if b.text else "", ""]
    return "\n".join(out).rstrip() + "\n"


def text_body(n: dict) -> str:
    return "\n".join(line[6:] if line.startswith("!info ") else line[4:] if line.startswith("!em ") else line
                     for line in n["body"].strip().splitlines())


def build() -> SiteBuild:
    site = SiteBuild(SITE, "son-la", "Bảng tin Liên minh HTX tỉnh Sơn La (HedgeDoc)", "generic", None,
                     start_urls=["{{base:%s}}/s/%s" % (SITE, shortid("hub"))])
    site.extra_boilerplate += FURN
    B = "{{base}}"

    def pretty(title: str, desc: str, md: str, *, create: datetime | None, update: datetime | None, editor: str | None,
               owner: str | None, views: int) -> str:
        if editor:
            name, photo = ACCOUNTS[editor]
            last = (f'<span class="ui-lastchangeuser">&thinsp;<i class="ui-user-icon small" style="background-image: '
                    f'url({B}{photo});" data-toggle="tooltip" data-placement="right" title="{attr(name)}"></i></span>')
        else:
            last = ('<span class="ui-no-lastchangeuser">&thinsp;<i class="fa fa-clock-o fa-fw" style="width: 18px;">'
                    '</i></span>')
        own = ""
        if owner and owner != editor:
            oname, ophoto = ACCOUNTS[owner]
            own = f"""
            <span class="ui-owner">
                &thinsp;<i class="ui-user-icon small" style="background-image: url({B}{ophoto});" data-toggle="tooltip" data-placement="right" title="{attr(oname)}"></i>
                &nbsp;<span class="text-uppercase">owned this note</span>
            </span>
            """
        return f"""<!DOCTYPE html>
<html>

<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
    <meta name="apple-mobile-web-app-capable" content="yes">
    <meta name="apple-mobile-web-app-status-bar-style" content="black">
    <meta name="mobile-web-app-capable" content="yes">


    <meta name="description" content="{attr(desc)}">



    <meta property="og:title" content="{attr(title)}">



    <meta property="og:type" content="website">

    <meta property="og:image" content="{B}/icons/android-chrome-512x512.png">
    <meta property="og:image:alt" content="HedgeDoc logo">
    <meta property="og:image:type" content="image/png">

    <base href="{B}/">
    <title>{esc(title)}</title>
    <link rel="apple-touch-icon" sizes="180x180" href="{B}/icons/apple-touch-icon.png">
<link rel="icon" type="image/png" sizes="32x32" href="{B}/icons/favicon-32x32.png">
<link rel="icon" type="image/png" sizes="16x16" href="{B}/icons/favicon-16x16.png">
<link rel="manifest" href="{B}/icons/site.webmanifest">
<link rel="shortcut icon" href="{B}/icons/favicon.ico">
<meta name="apple-mobile-web-app-title" content="HedgeDoc - Collaborative markdown notes">
<meta name="application-name" content="HedgeDoc - Collaborative markdown notes">
<meta name="msapplication-TileColor" content="#b51f08">
<meta name="theme-color" content="#b51f08">


    <link rel="stylesheet" href='{B}/build/emojify.js/dist/css/basic/emojify.min.css'>
    <link href="{B}/build/font-pack.7f8ad7b6ec95ff6949ef.css" rel="stylesheet"><link href="{B}/build/pretty-styles-pack.9cd53fdbe4b55450ea52.css" rel="stylesheet"><link href="{B}/build/pretty-styles.b12df11e62a64cd84713.css" rel="stylesheet"><link href="{B}/build/pretty.a7a24105e8c52b832ac0.css" rel="stylesheet">

</head>

<body style="display:none;">
    <div class="ui-infobar container-fluid unselectable hidden-print">
        <small>
            <span>

                  {last}

                &nbsp;<span class="text-uppercase ui-status-lastchange"></span>
                <span class="ui-lastchange text-uppercase" data-createtime="{js_date(create) if create else ''}" data-updatetime="{js_date(update) if update else ''}"></span>
            </span>
            <span class="pull-right">{views} views <a href="#" class="ui-edit" title="Edit this note"><i class="fa fa-fw fa-pencil"></i></a></span>
            <br>
            {own}
        </small>
    </div>
    <div id="doc" class="container markdown-body" lang="vi-VN">{esc(md)}</div>
    <div class="ui-toc dropup unselectable hidden-print" style="display:none;">
        <div class="pull-right dropdown">
            <a id="tocLabel" class="ui-toc-label btn btn-default" data-toggle="dropdown" href="#" role="button" aria-haspopup="true" aria-expanded="false" title="Table of content">
                <i class="fa fa-bars"></i>
            </a>
            <ul id="ui-toc" class="ui-toc-dropdown dropdown-menu" aria-labelledby="tocLabel">
            </ul>
        </div>
    </div>
    <div id="ui-toc-affix" class="ui-affix-toc ui-toc-dropdown unselectable hidden-print" data-spy="affix" style="display:none;"></div>

</body>

</html>
<script src="{B}/js/mathjax-config-extra.js"></script>

<script src="{B}/build/MathJax/MathJax.js" defer></script>
<script src="{B}/build/MathJax/config/TeX-AMS-MML_HTMLorMML.js" defer></script>
<script src="{B}/build/MathJax/config/Safe.js" defer></script>
<script src="{B}/config"></script><script src="{B}/build/common.9a80e4667cfe74cd3793.js" defer="defer"></script><script src="{B}/build/pretty-pack.8678126729e8932ef579.js" defer="defer"></script>



"""

    def description(md: str) -> str:
        return md[:100].replace("\r\n", " ").replace("\n", " ")

    # -- notes
    for n in NOTES:
        n["short"] = shortid(n["key"])
        n["id"] = note_id(n["key"])
        n["path"] = f"/s/{n['short']}"
        md = markdown(n)
        title = n.get("yaml_title") or n["title"]
        page = pretty(title, description(md), md, create=n["when"], update=n["updated"], editor=n["editor"], owner="office",
                      views=n["views"])
        site.page(n["path"], page, content_type=HTML)
        site.redirect(f"/{n['id']}/publish", n["path"], 302)
        for b in parse_rich(n["body"]):
            if b.kind == "img":
                site.binary(f"/uploads/upload_{h(b.src, 32)}.png", image_for(b.src))
        a = RichArticle(path=n["path"], title=n["title"], date=n["when"], body=text_body(n), author=n["author"],
                        published=iso(n["when"]), published_source="metadata", evidence=["metadata"],
                        doc_number=n.get("doc"), notes=n["notes"], aliases=[f"/{n['id']}/publish"])
        site.add_article(a)
    site.trap("every note's /<noteId>/publish answers 302 to its /s/<shortid> published view: an alias",
              f"/{NOTES[3]['id']}/publish")

    # -- hub and archive notes
    def link(n: dict, publish: bool = False) -> str:
        url = f"{B}/{n['id']}/publish" if publish else f"{B}{n['path']}"
        return f"- [{n['title']}]({url}) ({n['when']:%d/%m/%Y})"

    current = [n for n in NOTES if not n.get("archive")]
    older = [n for n in NOTES if n.get("archive")]
    arch_short, hub_short = shortid("archive"), shortid("hub")
    arch_md = ("# Lưu trữ bảng tin 2023 - 01/2024\n\n" + "\n".join(link(n) for n in sorted(older, key=lambda x: x["when"], reverse=True))
               + f"\n\n[Quay lại bảng tin]({B}/s/{hub_short})\n")
    hub_md = ("# Bảng tin Liên minh HTX tỉnh Sơn La\n\n:::success\nTrang ghi chú công khai của Văn phòng Liên minh Hợp tác xã "
              "tỉnh Sơn La. Mọi ý kiến xin gửi về lmhtxsonla@gmail.com.\n:::\n\n## Tin mới\n\n"
              + "\n".join(link(n, publish=n["key"] == "quy") for n in current)
              + f"\n\n## Lưu trữ\n\n- [Lưu trữ bảng tin 2023 - 01/2024]({B}/s/{arch_short})\n")
    site.page(f"/s/{hub_short}", pretty("Bảng tin Liên minh HTX tỉnh Sơn La", description(hub_md), hub_md,
                                        create=datetime(2023, 11, 2, 9, 0), update=NOW - timedelta(days=9), editor="office",
                                        owner="office", views=2316), content_type=HTML)
    site.page(f"/s/{arch_short}", pretty("Lưu trữ bảng tin 2023 - 01/2024", description(arch_md), arch_md,
                                         create=datetime(2024, 3, 1, 8, 0), update=datetime(2024, 3, 1, 8, 10),
                                         editor="office", owner="office", views=143), content_type=HTML)
    site.non_articles += [f"/s/{hub_short}", f"/s/{arch_short}"]
    site.trap("the hub note (the start URL) and the archive note are published notes too (same markup, a date, views): "
              "indexes, not articles; their links are Markdown text '[title](http://…/s/…)', not <a> elements; one "
              "link is a /<noteId>/publish URL; the two oldest notes are listed only by the archive note",
              f"/s/{arch_short}")

    # -- the landing page and /features
    site.page("/", f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="Best way to write and share your knowledge in markdown.">
    <title>HedgeDoc - Ideas grow better together</title>
    <link rel="icon" type="image/png" sizes="32x32" href="{B}/icons/favicon-32x32.png">
    <link href="{B}/build/index-styles-pack.53b1d0f9c2fe1bd1c2f0.css" rel="stylesheet">
</head>
<body>
    <div class="site-wrapper first">
        <div class="site-wrapper-inner">
            <div class="cover-container">
                <div class="masthead clearfix">
                    <div class="inner">
                        <h3 class="masthead-brand"></h3>
                        <nav>
                            <ul class="nav masthead-nav">
                                <li class="ui-home active"><a href="#">Intro</a></li>
                                <li class="ui-history"><a href="#">History</a></li>
                            </ul>
                        </nav>
                    </div>
                </div>
                <div id="home" class="section">
                    <div class="inner cover">
                        <h1 class="cover-heading"><img class="hedgedoc-logo" src="{B}/banner/banner_h_bw.svg" alt="HedgeDoc logo"></h1>
                        <p class="lead">Ideas grow better together</p>
                        <a type="button" class="btn btn-lg btn-success ui-signin" data-toggle="modal" data-target=".signin-modal">Sign In</a>
                        <div class="lead row"><a href="{B}/features">Explore all features</a></div>
                    </div>
                </div>
                <div class="mastfoot">
                    <div class="inner">
                        <p>Powered by <a href="{{{{base:offsite}}}}/hedgedoc/">HedgeDoc</a> | <a href="{B}/s/privacy">Privacy</a> | <a href="{B}/s/terms-of-use">Terms of Use</a></p>
                    </div>
                </div>
            </div>
        </div>
    </div>
</body>
</html>
""")
    feat_md = "Features\n===\n\nIntroduction\n===\n<i class=\"fa fa-file-text\"></i> **HedgeDoc** is a real-time, multi-platform collaborative markdown note editor.\n"
    site.page("/features", pretty("Features", description(feat_md), feat_md, create=datetime(2023, 11, 1, 8, 0),
                                  update=None, editor=None, owner=None, views=57), content_type=HTML)
    for slug, t in (("privacy", "Privacy"), ("terms-of-use", "Terms of Use")):
        md = f"# {t}\n\nMáy chủ HedgeDoc của Liên minh HTX tỉnh Sơn La.\n"
        site.page(f"/s/{slug}", pretty(t, description(md), md, create=datetime(2023, 11, 1, 8, 0), update=None,
                                       editor=None, owner=None, views=12), content_type=HTML)
    site.non_articles += ["/", "/features", "/s/privacy", "/s/terms-of-use"]
    site.trap("the landing page / ('Ideas grow better together', 'Sign In', 'Explore all features') and the instance's "
              "notes /features, /s/privacy, /s/terms-of-use: not articles; no robots.txt, no sitemap, no feed",
              "/features")

    for ref in ("/js/mathjax-config-extra.js", "/config"):
        site.static(ref, "/* hedgedoc */\n")
    site.static("/build/MathJax/MathJax.js", "/* mathjax */\n")
    site.static("/banner/banner_h_bw.svg", '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n')
    site.static("/icons/site.webmanifest", '{"name":"HedgeDoc"}\n')
    for icon in ("favicon.ico", "apple-touch-icon.png", "favicon-32x32.png", "favicon-16x16.png"):
        site.binary(f"/icons/{icon}", image_for(icon))
    for name in ("office", "dong"):
        site.binary(f"/uploads/avatar-{name}.png", image_for(name))
    return site
