"""What every CMS family shares, and how a family's rules are compiled for one site.

A family is a class of plain data: URL shapes (regexes over path+query) and CSS
selectors. `Rules` is the compiled form used at run time, built once per site from
the family's defaults with the site's registry overrides in front.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from lxml.etree import XPath
from parsel.csstranslator import GenericTranslator

_CSS = GenericTranslator()

# Furniture found on every family of portal: pruned before text extraction.
COMMON_REMOVE = (
    "script", "style", "noscript", "iframe", "form", "button", "select", "textarea", "marquee",
    "header", "nav", "footer", "aside",
    "#header", "#footer", "#menu", ".header", ".footer", ".menu", ".navbar", ".breadcrumb",
    ".breadcrumbs", "[class*=Breadcrumb]", ".sidebar", "#sidebar",
    "[class*=banner]", "[id*=banner]", "[class*=slogan]", "[class*=marquee]",
    "[class*=weather]", "[class*=thoitiet]", "[class*=counter]", "[class*=thongke]",
    "[class*=visit]", "[class*=poll]", "[class*=khaosat]", "[class*=rating]", "[class*=vote]",
    "[class*=share]", "[class*=social]", "[class*=related]", "[class*=lienquan]",
    "[class*=lien-quan]", "[class*=tinkhac]", "[class*=tin-khac]", "[class*=other-news]",
    "[class*=comment]", "[id*=comment]", "[class*=CommentsSection]",  # (camel case: ILIAS' "ilCommentsSection")
    "[id*=related]", "[class*=sidebar]", "[class*=access]", "[class*=tool]", "[class*=print]",
    "[class*=tags]", "[class*=pagination]", "[class*=paging]", ".hidden", "[style*='display:none']",
    "[class*=newsletter]", "[class*=subscribe]",  # "Đăng ký nhận bản tin" and its e-mail box
    "[class*=signature]",  # a forum poster's signature under each post (phpBB's, XenForo's, vBulletin's)
    ".sig-content", ".sig",  # ... abbreviated (PunBB's "sig-content")
    "[class*=reaction]",  # a post's reactions and their counts (Invision's "ipsReact_reactions", XenForo's "reactionsBar")
    "[class*=paywall]",  # a paid post's sales pitch where its text stops ("Bài viết này dành cho người đăng ký trả phí")
    "[class*=cookie]", "[id*=cookie]", "[class*=consent]",  # a cookie banner ("Chúng tôi sử dụng cookie…")
    # a call to action ("Bạn muốn thành lập HTX? Đăng ký tư vấn"): HubSpot's hs-cta-wrapper, Divi's et_pb_cta
    ".cta", ".cta-box", "[class*=-cta]", "[class*=_cta]", "[class*=cta-wrapper]",
    # shown to screen readers only: Plone's "Thao tác trên tài liệu", Bootstrap's and WordPress's; BBC's
    ".hiddenStructure", ".sr-only", ".visually-hidden", ".visuallyhidden", ".screen-reader-text", ".element-invisible",
    ".off-screen", ".offscreen",
    "[style*='display: none']",
    # hidden until a script shows it (a "Bạn cần đăng nhập để trả lời" notice): the HTML attribute and
    # the helpers that only hide (vBulletin's h-hide); not Bootstrap's d-none, which breakpoints undo
    "[hidden]", ".hide", ".h-hide", ".is-hidden", ".u-hidden",
    # a menu of actions behind its button ("Thao tác" ▾ In, Chia sẻ: Tiki's, any Bootstrap theme's)
    ".dropdown-menu", ".dropdown-toggle",
)

# URLs that are never pages to fetch: search, accounts, feeds of comments, binaries.
COMMON_DENY = (
    r"(?i)/(search|tim-kiem|timkiem)\b",
    r"(?i)[?&](s|q|k|keywords?|tukhoa|searchword|search|query|searchtext|txtsearch)=[^&]", r"(?i)[?&]option=com_search\b",
    r"(?i)/(wp-admin|wp-login|administrator|dang-nhap|dang-ky|login|logout|register|users?)/",
    r"(?i)[?&]replytocom=", r"(?i)/(comments/)?feed/?$", r"(?i)/print/", r"(?i)[?&](print|in)=",
    r"(?i)[?&]tmpl=component\b",  # Joomla's bare views: print, the e-mail form
    r"(?i)\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|jpe?g|png|gif|webp|svg|mp3|mp4|avi|flv|wmv|exe|apk)(\?|$)",
    r"(?i)^mailto:|^tel:|^javascript:",
)

# Pages that may look like articles by URL but are not: galleries, contact, about, site map.
# (Not a query's key naming the album a photo is viewed in: Coppermine's "displayimage.php?album=5&pid=41",
# a photo's page whose description may be a report.)
COMMON_NOT_ARTICLE = (
    r"(?i)(thu-vien-anh|thu-vien-video|album(?!=)|gallery(?!=)|hinh-anh|video-clip|/videos?/|lien-he|contact|"
    r"gioi-thieu|introduction|so-do-(trang|website)|sitemap|/tag/|/tags/|/category/|/chuyen-muc/)",
    # a writer's page: their profile and posts (Ghost's, WordPress's, HubSpot's author archives)
    r"(?i)/(author|authors|tac-gia)/[^/?#]+/?$",
)
COMMON_PAGINATION = (r"(?i)(/page/\d+|page-\d+\.html?$|[?&]page=\d+)",)

# Titles of a portal's static pages (about, contact, organisation, site map): not news.
STATIC_TITLE = re.compile(
    r"(?i)^(giới\s+thiệu(\s+(chung|về))?(\s+(về\s+)?(liên\s+minh|lmhtx|quỹ|trung\s+tâm|bản\s+tin)\b[^.!?]{0,60})?|liên\s+hệ|thông\s+tin\s+liên\s+hệ|sơ\s+đồ(\s+(trang|website|cổng))?"
    r"|lịch\s+sử(\s+hình\s+thành)?|chức\s+năng,?\s+nhiệm\s+vụ|cơ\s+cấu\s+tổ\s+chức|ban\s+lãnh\s+đạo"
    r"|(kết\s+quả\s+)?tìm\s+kiếm|contact(\s+us)?|about(\s+us)?|site\s*map|search(\s+results?)?"
    # the front page under another address (CMSimple_XH's start page at "/?login")
    r"|trang\s+(chủ|nhất)|home(\s*page)?"
    # a post's comments on a page of their own, under the post (Pixelfed's "/p/<user>/<id>/c")
    r"|(tất\s+cả\s+)?bình\s+luận|(all\s+)?comments)\s*[.:!]?$"
)
# A forum's own topics, dated posts however they are reached and never news: its welcome, a
# category's description (Discourse's "Về danh mục Tin tức"), its rules ("Nội quy chuyên mục Tin tức
# – Sự kiện", pinned on a board)
FORUM_OWN_TITLE = re.compile(
    r"(?i)^(chào\s+mừng\s+(bạn\s+)?đến\s+với\s+(diễn\s+đàn|cộng\s+đồng)\b[^.!?]{0,60}|welcome\s+to\s+[^.!?]{1,60}"
    r"|về\s+(danh\s+mục|chuyên\s+mục)\s+[^.!?]{1,60}|about\s+the\s+[^.!?]{1,60}\s+category"
    r"|nội\s+quy(\s+(của\s+)?(diễn\s+đàn|chuyên\s+mục|box|cộng\s+đồng|nhóm|đăng\s+bài|tham\s+gia)\b[^.!?]{0,60})?"
    r"|(forum|board|posting)\s+rules)\s*[.:!]?$"
)

# A title naming its page an official notice ("Thông báo về việc hỗ trợ HTX …", "Kế hoạch số 12 …",
# "Giấy mời dự Hội nghị …"): the alliance's news, however short, dated or not (a shop's or forum's
# topic page posts one without a date). Four words at least after the genre, or "số"/"về".
NOTICE_TITLE = re.compile(r"(?i)^(thông\s+báo|thông\s+cáo|quyết\s+định|kế\s+hoạch|công\s+văn|giấy\s+mời|thư\s+mời)"
                          r"(\s+(số|về)\b|(\s+[^\s.!?]+){4,})")

# A title asking as a reader asks ("Xin hỏi thủ tục chuyển đổi …", "Cho em hỏi …", "Nhờ mọi
# người tư vấn …"): a member's question in a forum or a Q&A box, no news of the alliance (its
# own Q&A articles are titled "Hỏi đáp về …", "Giải đáp …").
QUESTION_TITLE = re.compile(r"(?i)^(xin\s+hỏi|cho\s+(em|tôi|mình|cháu|hỏi)\b|(em|tôi|mình)\s+(muốn\s+)?(xin\s+)?hỏi"
                            r"|nhờ\s+(mọi\s+người|các\s+anh\s+chị|anh\s+chị|tư\s+vấn|giúp)|hỏi\s+(về\s+)?(thủ\s+tục|cách)\b)")

# A page naming itself another page's (or the site's) history: a wiki's or a knowledge base's list of revisions
# (BookStack's "Sửa đổi trang <X>", MediaWiki's "Lịch sử sửa đổi của “X”", DokuWiki's "Các phiên bản cũ").
HISTORY_TITLE = re.compile(r"(?i)^(?:(?:sửa\s+đổi|lịch\s+sử(?:\s+sửa\s+đổi)?|các\s+phiên\s+bản(?:\s+cũ)?)\s+(?:của\s+)?trang\b"
                           r"|lịch\s+sử\s+sửa\s+đổi\b|các\s+phiên\s+bản\s+cũ\b|(?:revisions?|revision\s+history)\s+(?:of|for)\s|page\s+history\b"
                           # ...or the whole site's: MediaWiki's Special:RecentChanges
                           r"|(?:thay\s+đổi\s+gần\s+đây|recent\s+changes)\s*$)")

# A reply's subject: "Re: <the thread's title>" (a mail list archive's message answering another,
# a forum post's own page), "TL:", "Trả lời:". The news is the message it answers.
REPLY_TITLE = re.compile(r"(?i)^(?:re|tl|trả\s+lời)\s*:\s*")

# A <title> naming the page a course ("Khóa học: Kế toán HTX", Moodle's "Course: %s"): a training
# site's course, no news, whatever its heading says.
COURSE_TITLE = re.compile(r"(?i)^\s*(khóa\s+học|course)\s*:\s*\S")

# Titles of the pages that gather posts by month, category or tag ("Lưu trữ: Tháng Ba 2024",
# "Lưu trữ tháng một 2026", "Các bài viết của Tháng 3 2026", Confluence's "Bài viết blog tháng 2 năm
# 2026", "Chuyên mục: Văn bản", a blog's
# "Archives"), or a tag's name as a hashtag ("#ngày hội htx": Tumblr's, Odoo's): a listing, even
# when it shows whole posts (a tag of one post shows it whole).
LISTING_TITLE = re.compile(r"(?i)^(?:#[^\W\d_]|(lưu\s+trữ|chuyên\s+mục|danh\s+mục|thẻ|nhãn|từ\s+khóa|archives?|category|tag|label)\s*:\s*\S"
                           r"|(?:lưu\s+trữ|archives?)\s*(?:[-–—]\s*)?(?:tháng|month)\s"
                           # a date archive's heading: K2's "Các bài viết của Tháng 3 2026"
                           r"|(?:các\s+)?(?:bài\s+viết|tin(?:\s+tức)?)(?:\s+blog)?\s+(?:(?:của|trong)\s+)?(?:tháng|ngày)\s+\d"
                           # a year's folder, its whole title ("Tin tức năm 2025": Neos' news by year)
                           r"|(?:các\s+)?(?:bài\s+viết|tin(?:\s+tức)?)\s+(?:(?:của|trong)\s+)?năm\s+\d{4}\s*$"
                           # a month's archive titled by the month alone ("Tháng 5 2024", "Tháng 5/2024")
                           r"|tháng\s+\d{1,2}(?:\s*[/,-]\s*|\s+(?:năm\s+)?)\d{4}\s*$)")


_MEMO_SIZE = 50_000  # class strings remembered, a few sites' worth


class _CommonFurniture:
    """COMMON_REMOVE as one pass over the tree: tags, exact ids and classes, and substrings of
    class, id and style. The same selectors as one XPath union cost 20 ms on a large page,
    more than trafilatura's whole extraction."""

    def __init__(self, selectors: Iterable[str]):
        self.tags, self.ids, self.classes, self.attrs = set(), set(), set(), set()
        sub: dict[str, list[str]] = {"class": [], "id": [], "style": []}
        for sel in selectors:
            if m := re.fullmatch(r"\[(class|id|style)\*=['\"]?([^'\"\]]+)['\"]?\]", sel):
                sub[m.group(1)].append(re.escape(m.group(2).replace(" ", "")))
            elif sel.startswith("#"):
                self.ids.add(sel[1:])
            elif sel.startswith("."):
                self.classes.add(sel[1:])
            elif re.fullmatch(r"[a-z]+", sel):
                self.tags.add(sel)
            elif m := re.fullmatch(r"\[([a-z-]+)\]", sel):
                self.attrs.add(m.group(1))
            else:
                raise ValueError(f"COMMON_REMOVE: unsupported selector {sel!r}")
        self.sub = {k: re.compile("|".join(v)) if v else None for k, v in sub.items()}
        self._class_memo: dict[str, bool] = {}

    def __call__(self, tree) -> list:
        out = []
        tags, hit = self.tags, self.hit
        if len(self._class_memo) > _MEMO_SIZE:
            self._class_memo.clear()
        for el in tree.iter():
            tag = el.tag
            if not isinstance(tag, str):
                continue
            if tag in tags:
                out.append(_signup_box(el) if tag == "form" and _X_EMAIL_INPUT(el) else el)
            elif el.attrib and (found := hit(el)) is not None:
                out.append(found)
        return out

    def hit(self, el):
        """What of `el` is common furniture by its attributes: itself, its list item (a tag's
        link), or None."""
        attrib = el.attrib
        cls, ident = attrib.get("class"), attrib.get("id")
        if el.tag == "a" and (opened := _comments_opened(el)) is not None:
            return opened
        if ident and (ident in self.ids or ((sub_id := self.sub["id"]) and sub_id.search(ident))):
            return el
        if self.attrs and not self.attrs.isdisjoint(attrib):  # (any() over a generator: 0.17 ms a page)
            return el
        if cls:
            # a page (and a site) repeats its class strings: each is judged once
            hit = self._class_memo.get(cls)
            if hit is None:
                words = cls.split()
                if "print" in cls and "d-none" not in words:  # (rare: the check costs nothing elsewhere)
                    words = [w for w in words if not _PRINT_SHOWN.match(w)]
                sub_class = self.sub["class"]
                hit = self._class_memo[cls] = bool((sub_class and sub_class.search(" ".join(words)))
                                                   or not self.classes.isdisjoint(words))
            if hit:
                return el
        if (style := attrib.get("style")) and (sub_style := self.sub["style"]) and sub_style.search(style.replace(" ", "")):
            return el
        if (prop := attrib.get("itemprop")) and "comment" in prop.split():
            return el  # a reply in microdata (Discourse's posts after the first, a blog's comments)
        if (role := attrib.get("data-role") or attrib.get("component") or attrib.get("data-component")) \
                and "ignature" in role:
            # a poster's signature named by its role, not its class (Invision's data-role
            # "memberSignature", NodeBB's component "post/signature")
            return el
        if el.tag == "a" and (rel := attrib.get("rel")) and "tag" in rel.split() and (item := el.getparent()) is not None \
                and item.tag == "li" and len(item) == 1 and not (item.text or "").strip():
            return item  # a list of tags (rel=tag: Confluence's labels), no text
        return None


# the empty anchor a comments section opens with, its only name (uCoz's `<a name="comments"></a>`
# before "Total comments: 2" and tables of "comEnt" posts)
_COMMENTS_ANCHOR = re.compile(r"(?i)^(?:comments?|binh-?luan)$")


def _comments_opened(a):
    """The element that an empty anchor named for comments opens (its first content), or None."""
    name = a.get("name") or a.get("id")
    if not name or not _COMMENTS_ANCHOR.match(name) or len(a) or (a.text or "").strip():
        return None
    parent = a.getparent()
    if parent is None or parent.tag in ("body", "html") or parent[0] is not a or (parent.text or "").strip():
        return None
    return parent


def common_furniture(el) -> bool:
    """Whether an element is furniture on any site, by its tag or attributes (COMMON_REMOVE)."""
    return isinstance(el.tag, str) and (el.tag in _COMMON_FURNITURE.tags
                                        or (bool(el.attrib) and _COMMON_FURNITURE.hit(el) is el))


# A CSS framework's word that an element shows on paper too (Bootstrap's "d-print-block" on
# Moodle's whole page, "visible-print", Tailwind's "print:block"): no print link or button. (One
# hidden on paper, "d-print-none", is the screen's furniture; one shown on paper only, "d-none
# d-print-block", a print view's citation.)
_PRINT_SHOWN = re.compile(r"(?i)^(?:d-print-(?!none$)[\w-]+|visible-print[\w-]*|print:(?!hidden$)[\w-]+)$")
_X_EMAIL_INPUT = XPath(".//input[@type='email' or contains(translate(@name, 'EMAIL', 'email'), 'email')]")
SIGNUP_CHARS = 300


def _signup_box(form):
    """The block of a sign-up form (an e-mail box: a newsletter's, a page builder's sign-up
    section), its heading and line of promises with it: its largest ancestor, three levels at
    most, whose text is short."""
    box = form
    for parent in itertools.islice(form.iterancestors(), 3):
        if parent.tag in ("body", "html") or parent.getparent() is None or len(
                " ".join(parent.text_content().split())) > SIGNUP_CHARS:
            break
        box = parent
    return box


class _Furniture:
    """The family's and site's furniture selectors (one XPath) and the common ones (one pass)."""

    def __init__(self, selectors: tuple[str, ...]):
        self.xpath = XPath(css_to_xpath(selectors)) if selectors else None

    def __call__(self, tree) -> list:
        found = _COMMON_FURNITURE(tree)
        if self.xpath is not None:
            extra = [el for el in self.xpath(tree)]
            if extra:
                seen = set(found)
                order = {el: i for i, el in enumerate(tree.iter())}
                found = sorted(seen | set(extra), key=lambda el: order.get(el, 0))
        return found


_FILE_TYPES = r"(pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar)"  # a document's types, the group 1 of each pattern below


class _FileAddress:
    """A file's address: its name's extension last, or before the file's id (Liferay's Documents
    and Media: "/documents/20125/31005/KH-15-LMHTX-2026.pdf/6f1c2a3e-…?t=…"), or its name in the
    query's download header (WebCenter's BlobServer: "…filename%3DKH-15.pdf&…"). `search` as a
    regex's, the file's type its group 1. (Two patterns: one alternation cost three times as much
    on every link of a page.)"""

    _END = re.compile(rf"(?i)\.{_FILE_TYPES}(?:/[0-9a-f]{{8}}(?:-[0-9a-f]{{4}}){{3}}-[0-9a-f]{{12}})?(?:[?#]|$)")
    _HEADER = re.compile(rf"(?i)filename(?:=|%3D)[^&#]*\.{_FILE_TYPES}(?:[&#]|$)")

    # a link's text that is a file's name ("KH-21-LMHTX.pdf"): the file, whatever script serves it
    # (phpBB's "download/file.php?id=145", DotNetNuke's "LinkClick.aspx?fileticket=…")
    _NAMED = re.compile(rf"(?i)[^\s/\\<>]{{1,100}}?(?:\s[^\s/\\<>]{{1,40}}){{0,5}}\.{_FILE_TYPES}")

    def search(self, href: str):
        header = "ilename" in href or "ileName" in href or "ILENAME" in href
        return self._END.search(href) or (self._HEADER.search(href) if header else None)

    def of_link(self, a):
        """`search` of a link's address, else of its text when that is a file's name and its
        address a relative one, no page's (no ".html"). The type is group 1 either way."""
        href = a.get("href") or ""
        if found := self.search(href):
            return found
        if not href or href.startswith(("#", "javascript:", "mailto:", "http:", "https:", "//")) \
                or (_PAGE_ADDRESS.search(href) and not _DOWNLOAD_ADDRESS.search(href)):
            return None  # (another host's viewer, a cloud drive's "…/view", is no file of the site)
        return self.named((a.text or "").strip() if len(a) == 0 else " ".join(a.text_content().split()))

    # ... or names the file's type in brackets after what it is ("Tải thông báo số 07/TB-LMHTX (PDF)":
    # Tiki's download script)
    _TYPED = re.compile(rf"(?i).{{4,150}}?\s*[(\[]\s*{_FILE_TYPES}(?:\s*[,-][^()\[\]]{{0,20}})?\s*[)\]]")

    def named(self, text: str):
        """Whether a link's text is a file's name, or a document's with its type in brackets; the type is group 1."""
        if not 4 < len(text) <= 160:
            return None
        return self._NAMED.fullmatch(text) or self._TYPED.fullmatch(text)


# a page's address, unless a download script's ("file.php?id=", "LinkClick.aspx?fileticket=")
_PAGE_ADDRESS = re.compile(r"(?i)\.(?:s?html?|php\d?|aspx?|jsp)(?:[?#]|$)")
_DOWNLOAD_ADDRESS = re.compile(r"(?i)download|file|attach|ticket|blob")


ATTACHMENT = _FileAddress()


class Family:
    """The generic family: no selectors, broad URL shapes. Subclasses override data only."""

    name = "generic"
    article_urls: tuple[str, ...] = (
        r"-\d{3,}\.html?$", r"/\d{4}/\d{1,2}/\d{1,2}/[^/]+", r"(?i)[?&](itemid|newsid|articleid|id)=\d+",
        r"(?i)/(tin-tuc|bai-viet|chi-?tiet[\w-]*|tintuc|news|[\w-]*detail[\w-]*)/.+[-/]\d+(\.html?)?$",
    )
    listing_urls: tuple[str, ...] = ()
    deny_urls: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()  # the sapo, when the CMS puts it outside the body container
    date: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    listing_links: tuple[str, ...] = ()
    pagination: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()


_COMMON_FURNITURE = _CommonFurniture(COMMON_REMOVE)


def css_to_xpath(selectors: Iterable[str]) -> str:
    return " | ".join(_CSS.css_to_xpath(s) for s in selectors)


def _xpath(selectors: tuple[str, ...]) -> XPath | None:
    return XPath(css_to_xpath(selectors)) if selectors else None


def _patterns(patterns: Iterable[str]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in patterns)


@dataclass(frozen=True)
class Rules:
    family: str
    article_urls: tuple[re.Pattern, ...]
    listing_urls: tuple[re.Pattern, ...]
    deny_urls: tuple[re.Pattern, ...]
    not_article_urls: tuple[re.Pattern, ...]
    static_urls: tuple[re.Pattern, ...]  # about, contact, galleries: pages of the site, not news
    title_css: tuple[str, ...]
    date_css: tuple[str, ...]
    body_css: tuple[str, ...]
    title: XPath | None
    lead: XPath | None
    body: XPath | None
    author: XPath | None
    listing_links: XPath | None
    pagination: XPath | None
    remove: _Furniture  # family, site and common furniture: remove(tree) -> elements in document order
    # url_kind by path: a portal's menus and sidebars repeat the same links on every page
    _kinds: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def is_denied(self, path_query: str) -> bool:
        return any(p.search(path_query) for p in self.deny_urls)

    def url_kind(self, path_query: str) -> str:
        """"article", "listing", "other" or "denied", judged from the URL alone."""
        kind = self._kinds.get(path_query)
        if kind is None:
            if len(self._kinds) > 50_000:
                self._kinds.clear()
            kind = self._kinds[path_query] = self._url_kind(path_query)
        return kind

    def _url_kind(self, path_query: str) -> str:
        if self.is_denied(path_query):
            return "denied"
        if any(p.search(path_query) for p in self.listing_urls):
            return "listing"
        if any(p.search(path_query) for p in self.not_article_urls):
            return "other"
        if any(p.search(path_query) for p in self.article_urls):
            return "article"
        return "other"


def _merge(override: Iterable[str] | None, default: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(override or ()) + tuple(default)


@lru_cache(maxsize=256)
def _compile(family: type[Family], overrides: tuple[tuple[str, tuple[str, ...]], ...]) -> Rules:
    o: Mapping[str, tuple[str, ...]] = dict(overrides)
    remove = _merge(o.get("remove"), family.remove)
    title = _merge(o.get("title"), family.title)
    date = _merge(o.get("date"), family.date)
    body = _merge(o.get("body"), family.body)
    return Rules(
        family=family.name,
        article_urls=_patterns(_merge(o.get("article_patterns"), family.article_urls)),
        listing_urls=_patterns(_merge(o.get("listing_patterns"), family.listing_urls)),
        deny_urls=_patterns(_merge(o.get("deny_patterns"), family.deny_urls + COMMON_DENY)),
        not_article_urls=_patterns(COMMON_NOT_ARTICLE + COMMON_PAGINATION),
        static_urls=_patterns(COMMON_NOT_ARTICLE),
        title_css=title,
        date_css=date,
        body_css=body,
        title=_xpath(title),
        lead=_xpath(_merge(o.get("lead"), family.lead)),
        body=_xpath(body),
        author=_xpath(_merge(o.get("author"), family.author)),
        listing_links=_xpath(_merge(o.get("listing_links"), family.listing_links)),
        pagination=_xpath(_merge(o.get("pagination"), family.pagination)),
        remove=_Furniture(remove),
    )


def compile_rules(family: type[Family], overrides: Mapping[str, Iterable[str]] | None = None) -> Rules:
    frozen = tuple(sorted((k, tuple(v)) for k, v in (overrides or {}).items()))
    return _compile(family, frozen)  # type: ignore[arg-type]  # a class is hashable
