"""Site `xaraya-htxdaknong` (registry family `generic`): "Liên minh HTX tỉnh Đắk Nông", the alliance's old portal on
**Xaraya 1.2** (PHP; the `articles` module with publication types News and Documents, the `categories`, `comments`,
`hitcount`, `roles` and `search` modules, short URLs on with the module alias `news`, a Vietnamese locale pack and
the theme's Classic layout) as of 20 November 2024, 10:00, before Đắk Nông merged into Lâm Đồng. Written as a
held-out test: no family module, no selectors.

What is an article here: an item of the News publication type (ptid=1). URL shapes: the short URL
`/index.php/news/<aid>` (what every list, block and "Đọc tiếp..." link uses; there is no `<link rel="canonical">`);
the same item answers 200 at the long address `/index.php?module=articles&func=display&ptid=1&aid=<aid>` (what the
RSS theme links) and as the print view `/index.php/news/<aid>?theme=print` ("Phiên bản in"): both aliases. Lists:
`/index.php/news` with the pager `?startnum=6` (5 a page, Xaraya counts items from 1: the oldest news only on the
second page), category views `/index.php/news/c<cid>/`, the front page `/` (4 items marked for the front page). The
about page is a Documents item (ptid=2) at `/index.php/documents/<aid>`: same template, no date line, not news.
Profiles `/index.php/roles/<uid>`. RSS is the `rss` theme of the list: `/index.php/news?theme=rss`, pubDate in
GMT. No sitemap, no og/JSON-LD; robots.txt disallows search and the login.

Why it is hard: `<title>` reads "Liên minh HTX tỉnh Đắk Nông :: Tin tức :: <title>", the `<h1>` is the site's name,
the title an `<h2>` in `div.xar-mod-body`. The date line "Đăng bởi bientap lúc Thứ Hai, 04 Tháng 11 2024 @ 09:20:00
ICT" names the CMS account (never the author) and prints the time with a zone abbreviation after a "@". The
summary field (`div.xar-articles-summary`, bold) is the sapo: first line of the text; the body follows in
`div.xar-articles-body`; the closing right-aligned paragraph is part of the text and the author (not "Nguồn: …", not
an office, not a document's signer). The hit counter "(Đã xem: N lần)", the "Phiên bản in" link, the category
links, the "Bài trước | Bài sau" navigation, the comments with their replies (own dates), the side blocks (Danh
mục, Đang trực tuyến, Đăng nhập) and the footer are not text. A news item posted at 00:40 ICT reads the previous
day in the RSS (GMT).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import VN_WEEKDAYS, SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich, table_html

SITE = "xaraya-htxdaknong"
NAME = "Liên minh HTX tỉnh Đắk Nông"
SLOGAN = "Đoàn kết - Hợp tác - Phát triển bền vững"
NOW = datetime(2024, 11, 20, 10, 0)
PER_PAGE = 5
CATS = {3: ("Tin hoạt động", "tin-hoat-dong"), 4: ("Thông báo - Văn bản", "thong-bao"), 5: ("Kinh tế hợp tác", "ktht")}
USERS = {2: "Admin", 5: "bientap", 7: "vanphong_lmhtx"}
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Đắk Nông",
          "Địa chỉ: Số 02 đường Lê Duẩn, phường Nghĩa Tân, thành phố Gia Nghĩa, tỉnh Đắk Nông",
          "Điện thoại: 0261 3544 226 - Fax: 0261 3544 227",
          "Ghi rõ nguồn \"Liên minh HTX tỉnh Đắk Nông\" khi phát hành lại thông tin từ website này.",
          "Powered by Xaraya"]
CHROME = [SLOGAN, *FOOTER, "Danh mục", "Đang trực tuyến", "Hiện có 4 khách và 0 thành viên trực tuyến.",
          "Thành viên mới nhất:", "Đăng nhập", "Tên đăng nhập", "Mật khẩu", "Ghi nhớ", "Phiên bản in",
          "Bài trước", "Bài sau", "Bình luận", "Gửi bình luận", "Tìm kiếm", "Liên kết"]


def xdate(d: datetime) -> str:
    return f"{VN_WEEKDAYS[d.weekday()]}, {d:%d} Tháng {d.month} {d:%Y} @ {d:%H:%M:%S} ICT"


def specs() -> list[dict]:
    return [
        dict(aid=148, cat=3, when=datetime(2024, 11, 18, 15, 30), user=5, hits=96, front=True,
             title="Hội nghị sơ kết 5 năm thực hiện Chỉ thị 12 về kinh tế tập thể tỉnh Đắk Nông",
             summary="Chiều 18/11, Tỉnh ủy Đắk Nông tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 12-CT/TU về "
                     "tăng cường sự lãnh đạo của Đảng đối với kinh tế tập thể.",
             body="""
Sau 5 năm, toàn tỉnh có 258 HTX đang hoạt động, tăng 96 HTX so với năm 2019; tổng số thành viên đạt hơn 12.400 người.
[img soket-ct12.png] Quang cảnh hội nghị sơ kết.
## Những kết quả nổi bật
* Doanh thu bình quân của HTX đạt 3,2 tỷ đồng/năm;
* 41 HTX ứng dụng công nghệ cao trong sản xuất cà phê, hồ tiêu, sầu riêng;
* 27 sản phẩm của HTX đạt chứng nhận OCOP 3 sao trở lên.
Hội nghị đề ra mục tiêu đến năm 2030 toàn tỉnh có 350 HTX hoạt động hiệu quả.
[right]Hoàng Minh Đức
""",
             comments=[("Khách", "HTX Đức Xuyên", "Mong tỉnh tiếp tục hỗ trợ HTX cà phê.", 200, None),
                       ("bientap", "Trả lời: HTX Đức Xuyên", "Cảm ơn bạn đã quan tâm theo dõi.", 420, 0)],
             notes=["date line 'Đăng bởi bientap lúc Thứ Hai, 18 Tháng 11 2024 @ 15:30:00 ICT': weekday, 'Tháng 11', "
                    "time after '@' with the zone 'ICT'; 'bientap' is the account; the summary div is the first line; "
                    "a comment and a reply under it (own dates) are not text; author from the closing line"]),
        dict(aid=146, cat=4, when=datetime(2024, 11, 12, 8, 5), user=7, hits=188, front=True,
             title="Thông báo tuyển sinh lớp bồi dưỡng kiến thức quản lý HTX năm 2024",
             summary=None, doc="37/TB-LMHTX", file=("TB-37-LMHTX.pdf", "Tải về: TB-37-LMHTX.pdf"),
             body="""
LIÊN MINH HỢP TÁC XÃ TỈNH ĐẮK NÔNG
Số: 37/TB-LMHTX
Đắk Nông, ngày 11 tháng 11 năm 2024
Liên minh HTX tỉnh thông báo tuyển sinh lớp bồi dưỡng kiến thức quản lý HTX năm 2024 như sau:
+ Đối tượng: Chủ tịch Hội đồng quản trị, Giám đốc, Kế toán trưởng HTX;
+ Thời gian học: 5 ngày, từ ngày 02/12/2024;
+ Hạn đăng ký: trước ngày 25/11/2024.
Học viên được miễn học phí và hỗ trợ tài liệu học tập.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
[right]Nguyễn Văn Thành
""",
             comments=[],
             notes=["a notice 'Số: 37/TB-LMHTX' with an ordered list and a signer (text, no author); no summary: the "
                    "text starts with the letterhead; the attachment link 'Tải về: TB-37-LMHTX.pdf' is the file's name"]),
        dict(aid=143, cat=3, when=datetime(2024, 11, 5, 0, 40), user=5, hits=154, front=True,
             title="HTX Nông nghiệp Thuận An đưa sầu riêng vào chuỗi xuất khẩu chính ngạch",
             summary="HTX Nông nghiệp Thuận An (huyện Đắk Mil) vừa ký hợp đồng bao tiêu 600 tấn sầu riêng với một "
                     "doanh nghiệp xuất khẩu.",
             body="""
HTX hiện có 86 thành viên với 210 ha sầu riêng, trong đó 120 ha đã được cấp mã số vùng trồng.
Theo hợp đồng, doanh nghiệp thu mua với giá cao hơn thị trường 3-5% và hỗ trợ HTX kỹ thuật thu hoạch, sơ chế.
[right]Theo Báo Đắk Nông
""",
             comments=[("Khách", "Lê Thị Hằng", "Tin vui cho bà con Đắk Mil.", 600, None)],
             notes=["posted at 00:40 ICT on 5 November: the RSS pubDate 'Mon, 04 Nov 2024 17:40:00 GMT' is the day "
                    "before; a reprint closing 'Theo Báo Đắk Nông': no author"]),
        dict(aid=139, cat=5, when=datetime(2024, 10, 28, 10, 15), user=5, hits=231, front=True,
             title="Kinh tế tập thể Đắk Nông 9 tháng đầu năm 2024 qua các con số",
             summary="Khu vực kinh tế tập thể tỉnh tiếp tục tăng trưởng khá trong 9 tháng đầu năm 2024.",
             body="""
| Chỉ tiêu | 9 tháng 2023 | 9 tháng 2024 |
| HTX đang hoạt động | 241 | 258 |
| Tổ hợp tác | 512 | 547 |
| Doanh thu bình quân HTX (tỷ đồng) | 2,9 | 3,2 |
Trong 9 tháng, toàn tỉnh thành lập mới 19 HTX, giải thể 2 HTX ngừng hoạt động.
[right]Phòng Tuyên truyền - Tổng hợp
""",
             comments=[],
             notes=["a data table (one line per row); the closing line names an office: part of the text, no author"]),
        dict(aid=136, cat=3, when=datetime(2024, 10, 15, 14, 0), user=2, hits=302, front=False,
             title="Ảnh: Ngày hội hợp tác xã Đắk Nông năm 2024",
             summary="Ngày hội HTX tỉnh Đắk Nông năm 2024 diễn ra từ ngày 11 đến 13/10 tại thành phố Gia Nghĩa.",
             body="""
[img ngayhoi-1.png] Gian hàng cà phê, hạt điều của các HTX thu hút đông khách.
[img ngayhoi-2.png] Lãnh đạo tỉnh thăm gian hàng HTX Dịch vụ Nông nghiệp Quảng Sơn.
[img ngayhoi-3.png] Hội thi nấu ăn từ nông sản của các HTX thành viên.
[right]Ảnh: Trần Quốc Việt
""",
             comments=[],
             notes=["photo story: the summary then three captioned photos; 'Ảnh: Trần Quốc Việt' closes the text: author "
                    "Trần Quốc Việt; the account is 'Admin'; not on the front page"]),
        dict(aid=131, cat=5, when=datetime(2024, 9, 30, 9, 45), user=5, hits=277, front=False,
             title="Đắk Glong: HTX dược liệu Quảng Khê liên kết trồng sâm dây dưới tán rừng",
             summary=None,
             body="""
HTX Dược liệu Quảng Khê (huyện Đắk Glong) đang liên kết với 45 hộ đồng bào M'nông trồng sâm dây dưới tán rừng.
Mô hình giúp mỗi hộ có thêm thu nhập 40-60 triệu đồng/năm, đồng thời góp phần bảo vệ rừng.
- HTX cung cấp giống, hướng dẫn kỹ thuật và bao tiêu sản phẩm;
- Các hộ thành viên chăm sóc, bảo vệ rừng theo hợp đồng khoán.
[right]Y Khoa Niê
""",
             comments=[],
             notes=["no summary: the first paragraph opens the text; '- ' paragraphs keep their dash; author from the "
                    "closing line"]),
        dict(aid=127, cat=3, when=datetime(2024, 9, 17, 16, 20), user=5, hits=198, front=False,
             title="Tập huấn ứng dụng thương mại điện tử cho HTX nông nghiệp",
             summary="Ngày 16-17/9, Liên minh HTX tỉnh tổ chức tập huấn ứng dụng thương mại điện tử cho 70 cán bộ HTX.",
             body="""
Học viên được hướng dẫn mở gian hàng trên các sàn thương mại điện tử, livestream bán hàng và quản lý đơn hàng.
Sau tập huấn, 23 HTX đã đăng ký đưa sản phẩm lên sàn Postmart và Voso.
[right]Hoàng Minh Đức
""",
             comments=[],
             notes=["only on the second list page /index.php/news?startnum=6 (not on the front page, not in the RSS)"]),
        dict(aid=118, cat=3, when=datetime(2024, 8, 22, 7, 50), user=5, hits=421, front=False,
             title="Liên minh HTX tỉnh làm việc với các HTX huyện Cư Jút",
             summary="Sáng 21/8, đoàn công tác Liên minh HTX tỉnh làm việc với các HTX trên địa bàn huyện Cư Jút.",
             body="""
Đoàn đã khảo sát mô hình trồng bắp lai, nuôi cá lồng trên hồ Ea Súp của các HTX.
Lãnh đạo Liên minh HTX tỉnh đề nghị các HTX chủ động xây dựng phương án vay vốn Quỹ hỗ trợ phát triển HTX.
[right]Nguồn: Văn phòng Liên minh HTX tỉnh
""",
             comments=[],
             notes=["the oldest news: only on /index.php/news?startnum=6; closes with 'Nguồn: …' (text, no author)"]),
    ]


def text_html(s: dict) -> str:
    out = []
    for b in parse_rich(s["body"]):
        if b.kind == "p":
            if b.text.startswith("[right]"):
                out.append(f'<p style="text-align: right;"><strong>{inline_html(b.text[7:])}</strong></p>')
            else:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p align="center"><img src="/var/uploads/images/{b.src}" alt="" width="500" border="0" />'
                       + (f'<br /><em>{esc(b.text)}</em>' if b.text else "") + "</p>")
        elif b.kind == "table":
            out.append(table_html(b, "xar-fullwidth"))
    return "\n".join(out)


def body_markup(s: dict) -> str:
    return s["body"].replace("[right]", "")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dak-nong", f"{NAME} (Xaraya)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}/index.php/news" % SITE],
                     feeds=["{{base:%s}}/index.php/news?theme=rss" % SITE])
    site.extra_boilerplate += CHROME
    items = specs()
    for s in items:
        s["path"] = f"/index.php/news/{s['aid']}"
        s["long"] = f"/index.php?module=articles&func=display&ptid=1&aid={s['aid']}"

    def layout(head: str, content: str, extra_head: str = "") -> str:
        title = f"{esc(NAME)} :: {esc(head)}" if head else f"{esc(NAME)} :: {esc(SLOGAN)}"
        cats = "".join(f'<li><a href="/index.php/news/c{cid}/">{esc(n)}</a> ({sum(1 for x in items if x["cat"] == cid)})</li>'
                       for cid, (n, _) in CATS.items())
        return f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Xaraya :: 1.2.3" />
<meta name="Keywords" content="liên minh hợp tác xã, đắk nông, kinh tế tập thể" />
<meta name="Description" content="{attr(NAME)} - {attr(SLOGAN)}" />
<title>{title}</title>
<link rel="stylesheet" type="text/css" href="/themes/Classic/style/style.css" media="all" />
<link rel="alternate" type="application/rss+xml" title="{attr(NAME)} RSS" href="/index.php/news?theme=rss" />
{extra_head}<script type="text/javascript" src="/modules/base/xartemplates/includes/xarcore.js"></script>
</head>
<body>
<div id="xc-outer">
<div id="xc-header">
<h1><a href="/" title="{attr(NAME)}">{esc(NAME)}</a></h1>
<p class="xc-slogan">{esc(SLOGAN)}</p>
</div>
<div id="xc-navbar"><ul>
<li><a href="/">Trang chủ</a></li>
<li><a href="/index.php/news">Tin tức</a></li>
<li><a href="/index.php/news/c4/">Thông báo</a></li>
<li><a href="/index.php/documents/2">Giới thiệu</a></li>
</ul></div>
<div id="xc-container">
<div id="xc-leftcolumn">
<div class="xar-block-head"><span class="xar-block-title">Danh mục</span></div>
<div class="xar-block-body"><ul class="xar-categories">{cats}</ul></div>
<div class="xar-block-head"><span class="xar-block-title">Đăng nhập</span></div>
<div class="xar-block-body"><form action="/index.php?module=roles&amp;func=login" method="post">
<label>Tên đăng nhập</label> <input type="text" name="uname" /><br />
<label>Mật khẩu</label> <input type="password" name="pass" /><br />
<input type="checkbox" name="rememberme" /> Ghi nhớ <input type="submit" value="Đăng nhập" /></form></div>
<div class="xar-block-head"><span class="xar-block-title">Liên kết</span></div>
<div class="xar-block-body"><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>
<li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>
</div>
<div id="xc-content">
{content}
</div>
<div id="xc-rightcolumn">
<div class="xar-block-head"><span class="xar-block-title">Tìm kiếm</span></div>
<div class="xar-block-body"><form action="/index.php?module=search&amp;func=main" method="post"><input type="text" name="q" size="12" /></form></div>
<div class="xar-block-head"><span class="xar-block-title">Đang trực tuyến</span></div>
<div class="xar-block-body"><p>Hiện có 4 khách và 0 thành viên trực tuyến.</p>
<p>Thành viên mới nhất: <a href="/index.php/roles/7">vanphong_lmhtx</a></p></div>
</div>
</div>
<div id="xc-footer">
{"".join(f"<p>{esc(x)}</p>" for x in FOOTER[:-1])}
<p class="xar-sub"><a href="{{{{base:offsite}}}}/xaraya/">{esc(FOOTER[-1])}</a></p>
</div>
</div>
</body>
</html>
"""

    def comments_html(s: dict) -> str:
        if not s["comments"]:
            return ('<div class="xar-comments"><h3>Bình luận</h3><p class="xar-sub">Chưa có bình luận nào.</p>'
                    '<p><a href="/index.php?module=comments&amp;func=reply&amp;objectid=%d">Gửi bình luận</a></p></div>'
                    % s["aid"])
        rows = []
        for k, (who, subj, text, minutes, parent) in enumerate(s["comments"]):
            depth = ' style="margin-left: 30px;"' if parent is not None else ""
            rows.append(f'<div class="xar-comment"{depth}><a name="{s["aid"]}0{k}"></a>'
                        f'<div class="xar-comment-title"><strong>{esc(subj)}</strong></div>'
                        f'<div class="xar-sub">Gửi bởi: {esc(who)} lúc {xdate(s["when"] + timedelta(minutes=minutes))}</div>'
                        f'<div class="xar-comment-text">{esc(text)}</div></div>')
        return ('<div class="xar-comments"><h3>Bình luận</h3>' + "\n".join(rows)
                + f'<p><a href="/index.php?module=comments&amp;func=reply&amp;objectid={s["aid"]}">Gửi bình luận</a></p></div>')

    order = sorted(items, key=lambda x: x["when"], reverse=True)
    for i, s in enumerate(order):
        cname, _ = CATS[s["cat"]]
        prev_s = order[i + 1] if i + 1 < len(order) else None
        next_s = order[i - 1] if i > 0 else None
        nav = " | ".join(x for x in [
            f'<a href="{prev_s["path"]}">&lt; Bài trước</a>' if prev_s else "",
            f'<a href="{next_s["path"]}">Bài sau &gt;</a>' if next_s else ""] if x)
        summary = (f'<div class="xar-articles-summary"><strong>{esc(s["summary"])}</strong></div>\n'
                   if s["summary"] else "")
        attach = ""
        if s.get("file"):
            fname, label = s["file"]
            attach = (f'<div class="xar-articles-notes"><p>Tải về: <a href="/var/uploads/files/{fname}">{esc(fname)}</a>'
                      ' (118 KB)</p></div>')
            site.binary(f"/var/uploads/files/{fname}", pdf(s["title"], ["LIEN MINH HOP TAC XA TINH DAK NONG",
                                                                        "THONG BAO SO 37/TB-LMHTX"]))
        user = USERS[s["user"]]
        content = f"""<div class="xar-mod-head"><span class="xar-mod-title">Tin tức</span></div>
<div class="xar-mod-body">
<div class="xar-norm-outline">
<h2>{esc(s['title'])}</h2>
<p class="xar-sub">Đăng bởi <a href="/index.php/roles/{s['user']}">{esc(user)}</a> lúc {xdate(s['when'])} (Đã xem: {s['hits']} lần)</p>
<p class="xar-sub">Chuyên mục: <a href="/index.php/news/c{s['cat']}/">{esc(cname)}</a></p>
{summary}<div class="xar-articles-body">
{text_html(s)}
</div>
{attach}
<p class="xar-align-right"><a href="{s['path']}?theme=print" rel="nofollow"><img src="/themes/Classic/images/print.png" alt="" /> Phiên bản in</a></p>
<p class="xar-align-center">{nav}</p>
</div>
{comments_html(s)}
</div>"""
        site.page(s["path"], layout(f"Tin tức :: {s['title']}", content), content_type="text/html; charset=utf-8")
        site.same_page(s["long"], s["path"])
        print_page = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(NAME)} :: Tin tức :: {esc(s['title'])}</title></head>
<body onload="window.print()">
<h2>{esc(s['title'])}</h2>
<p>Đăng bởi {esc(user)} lúc {xdate(s['when'])}</p>
{summary}{text_html(s)}
<hr /><p>Bài viết từ {esc(NAME)}</p>
<p>URL: {{{{base}}}}{s['path']}</p>
</body></html>
"""
        site.page(f"{s['path']}?theme=print", print_page)
        for b in parse_rich(s["body"]):
            if b.kind == "img":
                site.binary(f"/var/uploads/images/{b.src}", image_for(b.src))
        byline = [b.text for b in parse_rich(s["body"]) if b.kind == "p"][-1]
        author = None
        if byline.startswith("[right]"):
            who = byline[7:]
            if who.startswith("Ảnh: "):
                author = who[5:]
            elif not who.startswith(("Theo ", "Nguồn", "Phòng", "Nguyễn Văn Thành")):
                author = who
        art = RichArticle(path=s["path"], title=s["title"], date=s["when"], body=body_markup(s), lead=s["summary"],
                          author=author, published=iso(s["when"]), published_source="date-element",
                          evidence=["date-element"], doc_number=s.get("doc"), notes=s["notes"])
        art.aliases += [s["long"], f"{s['path']}?theme=print"]
        if s.get("file"):
            art.attachments = [{"path": f"/var/uploads/files/{s['file'][0]}", "text": s["file"][0]}]
        site.add_article(art)
        site.extra_boilerplate += [c[2] for c in s["comments"]] + [c[1] for c in s["comments"]]
    site.trap("the long address /index.php?module=articles&func=display&ptid=1&aid=<aid> (the RSS links it) and the "
              "print view ?theme=print answer 200 with the same item: aliases of the short URL /index.php/news/<aid>",
              order[0]["long"])
    site.trap("<title> 'Liên minh HTX tỉnh Đắk Nông :: Tin tức :: <title>'; the <h1> is the site's name, the title an "
              "<h2> in div.xar-mod-body", order[0]["path"])

    def summary_row(s: dict) -> str:
        first = s["summary"] or next(b.lines()[0] for b in parse_rich(body_markup(s)) if b.kind == "p")
        size = len(text_html(s).encode("utf-8"))
        ncom = len(s["comments"])
        com = (f'<a href="{s["path"]}#comments">Có {ncom} bình luận</a>' if ncom else "Chưa có bình luận")
        return (f'<div class="xar-norm-outline xar-articles-item">\n<h3><a href="{s["path"]}">{esc(s["title"])}</a></h3>\n'
                f'<p class="xar-sub">Đăng bởi {esc(USERS[s["user"]])} lúc {xdate(s["when"])}</p>\n'
                f'<p>{esc(first)}</p>\n<p class="xar-sub"><a href="{s["path"]}">Đọc tiếp... ({size} byte)</a> | {com} | '
                f'<a href="/index.php/news/c{s["cat"]}/">{esc(CATS[s["cat"]][0])}</a></p>\n</div>')

    def pager(base: str, k: int, n: int) -> str:
        if n < 2:
            return ""
        parts = []
        for j in range(1, n + 1):
            href = base if j == 1 else f"{base}?startnum={(j - 1) * PER_PAGE + 1}"
            parts.append(f"<strong>{j}</strong>" if j == k else f'<a href="{href}">{j}</a>')
        if k < n:
            parts.append(f'<a href="{base}?startnum={k * PER_PAGE + 1}">&gt;&gt;</a>')
        return '<div class="xar-pager">Trang: ' + " ".join(parts) + "</div>"

    def list_pages(base: str, head: str, members: list[dict]) -> None:
        chunks = [members[i:i + PER_PAGE] for i in range(0, len(members), PER_PAGE)] or [[]]
        for k, chunk in enumerate(chunks, 1):
            content = (f'<div class="xar-mod-head"><span class="xar-mod-title">{esc(head)}</span></div>\n'
                       f'<div class="xar-mod-body">\n' + "\n".join(summary_row(s) for s in chunk)
                       + f"\n{pager(base, k, len(chunks))}\n</div>")
            path = base if k == 1 else f"{base}?startnum={(k - 1) * PER_PAGE + 1}"
            site.page(path, layout(head, content), content_type="text/html; charset=utf-8")
            site.non_articles.append(path)

    list_pages("/index.php/news", "Tin tức", order)
    for cid, (cname, _) in CATS.items():
        list_pages(f"/index.php/news/c{cid}/", f"Tin tức :: {cname}", [s for s in order if s["cat"] == cid])
    site.trap("the list /index.php/news shows 5 summaries; the pager 'Trang: 1 2 >>' links ?startnum=6 (items counted "
              "from 1), which alone holds the two oldest news", "/index.php/news?startnum=6")

    front = [s for s in order if s["front"]]
    home = ('<div class="xar-mod-head"><span class="xar-mod-title">Tin mới</span></div>\n<div class="xar-mod-body">\n'
            + "\n".join(summary_row(s) for s in front) + '\n<p><a href="/index.php/news">Xem tất cả tin</a></p>\n</div>')
    site.page("/", layout("", home), content_type="text/html; charset=utf-8")
    site.non_articles.append("/")

    about = ('<div class="xar-mod-head"><span class="xar-mod-title">Tài liệu</span></div>\n<div class="xar-mod-body">\n'
             '<h2>Giới thiệu Liên minh Hợp tác xã tỉnh Đắk Nông</h2>\n<div class="xar-articles-body">\n'
             '<p>Liên minh HTX tỉnh Đắk Nông được thành lập năm 2004, là tổ chức kinh tế - xã hội đại diện cho các HTX, '
             'liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.</p>\n<p>Liên minh có chức năng tuyên truyền, tư vấn, hỗ trợ '
             'thành lập và phát triển HTX.</p>\n</div>\n</div>')
    site.page("/index.php/documents/2", layout("Tài liệu :: Giới thiệu", about), content_type="text/html; charset=utf-8")
    site.non_articles.append("/index.php/documents/2")
    site.trap("the about page is a Documents item /index.php/documents/2: the articles template without a date line, "
              "not news", "/index.php/documents/2")
    for uid, uname in USERS.items():
        prof = (f'<div class="xar-mod-head"><span class="xar-mod-title">Thành viên</span></div>\n<div class="xar-mod-body">'
                f'<h2>{esc(uname)}</h2><p>Ngày đăng ký: 15/03/2012</p>'
                f'<p><a href="/index.php/news">Bài viết của thành viên</a></p></div>')
        site.page(f"/index.php/roles/{uid}", layout(f"Thành viên :: {uname}", prof), content_type="text/html; charset=utf-8")
        site.non_articles.append(f"/index.php/roles/{uid}")

    for p in ("/index.php?module=search&func=main", "/index.php?module=roles&func=login"):
        site.page(p, layout("Tìm kiếm", "<p>Tìm kiếm</p>"))
        site.never_fetched.append(p)
    for s in items:
        p = f"/index.php?module=comments&func=reply&objectid={s['aid']}"
        site.page(p, layout("Bình luận", '<form method="post"><textarea name="text"></textarea></form>'))
        site.never_fetched.append(p)

    def rfc(d: datetime) -> str:
        return (d - timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S GMT")

    rss_items = "".join(f"""<item>
<title>{esc(s['title'])}</title>
<link>{{{{base}}}}{esc(s['long'])}</link>
<description>{esc(s['summary'] or s['title'])}</description>
<category>{esc(CATS[s['cat']][0])}</category>
<pubDate>{rfc(s['when'])}</pubDate>
</item>
""" for s in order[:6])
    site.page("/index.php/news?theme=rss", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title>{esc(NAME)} :: Tin tức</title>
<link>{{{{base}}}}/index.php/news</link>
<description>{esc(SLOGAN)}</description>
<language>vi</language>
<generator>Xaraya :: 1.2.3</generator>
{rss_items}</channel>
</rss>
""", content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS is the list in the rss theme (/index.php/news?theme=rss): the 6 newest, links in the long form, "
              "pubDate in GMT", "/index.php/news?theme=rss")
    site.static("/robots.txt", "User-agent: *\nDisallow: /index.php?module=search\nDisallow: /index.php?module=roles&func=login\n"
                "Disallow: /index.php?module=comments\nDisallow: /var/cache/\n")
    return site
