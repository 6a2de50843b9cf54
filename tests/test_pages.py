"""Every sample page through `extract()` on its own, against its ground truth
(samples/<site>/expected.json), the way fundus tests its publishers: no crawl, one page
in (an article split over pages: its parts), one verdict out, a field-level diff on failure (title, published, author, canonical URL,
document number, attachments, text lines; is_article for the pages that are not articles).

The page is served by the sample server (its routes, encodings and live addresses are the
crawl's) and extracted with the site's registry entry (family, selectors, name, province) and
the site's template learned from its own stored pages, as the spider has them once it has read
a few pages of the site (without it, `lmhtx-haiduong`'s footer is read as article text: the
crawl holds such pages back until the profile is ready). There is no listing date, so only what
the page decides is compared: an article dated only by a listing (`published_source: listing`)
must get no date from its page, never a wrong one. Where the page's address holds another day
than the page (a CMS's creation day: Sitefinity's /2024/02/28/<slug> of an item published
01/03), the page alone cannot decide, and the listing's date is given as the crawl has it. Aliases (which other address is the same
article) are known from redirects and other pages: whole crawls check them, and the listings."""

import json
import urllib.request
from datetime import datetime, timedelta
from urllib.parse import quote

import pytest

from crawler.dates import url_date
from crawler.extract import extract
from crawler.families import rules_for_site
from crawler.multipage import extract_part, read_parts
from crawler.parsing import decode_html, parse_html
from crawler.profile import SiteProfile
from crawler.registry import load_sites
from crawler.urls import canonical_url, url_key
from samples.score import expected_sites
from samples.server import SampleSites

EXPECTED = expected_sites()
# After every sample article, as a crawl would be (the day after the newest one).
FETCHED_AT = max(datetime.fromisoformat(art["published"]) for exp in EXPECTED.values()
                 for art in exp["articles"] if art.get("published")).replace(hour=9, minute=0) + timedelta(days=1)

# Held-out pages (sets built blind) whose failures are not fixed yet: each reason is the class
# of the failure, in the closing note. Strict: a page that passes must leave this list.
# (Where a reason names "an office's byline (disputed)", that part is history: since stop 55 an office
# signing a text is no author in every truth and in the crawl; the page stays open for its other part.)
OPEN = {
    # sets 55a-55d (stop 55)
    "automad-htxquangnam": "Automad: page alone, the post's section link ('Tin tức', 'Thông báo') under the text read "
                           "as a line of it",
    "bsky-htxbaclieu": "Bluesky (the page as a browser renders it): other accounts' replies under the thread read as "
                       "text, the link card's title and site as lines, the first post's title not the thread's first "
                       "line; the profile feed and a thread's later posts read as articles (microblogs: open)",
    "calameo-htxninhthuan": "Calaméo: the download button 'Tải xuống' (a label without the file's name, whose address "
                            "redirects to the PDF) not taken as the attachment",
    "crownpeak-htxhochiminh": "Crownpeak: a file link's size note ('PDF, 212 KB') cut from its text, which the truth keeps",
    "instantcms-htxbaclieu": "InstantCMS: a notice's letterhead line ('LIÊN MINH HTX TỈNH BẠC LIÊU') lost; a "
                             "cooperative's account taken as the author",
    "q2a-htxgialai": "Question2Answer: the question lost, the best answer read alone (the text is both, question "
                     "first); the answer's signer not taken as the author",
    "vocal-htxhaiphong": "Vocal: the 'About the Creator' box (the account's description) read as text; the closing "
                         "byline 'Bài: X' not taken as the author",
    "gila-htxninhbinh": "Gila CMS: a notice's PDF link closing the text ('Thông báo số 45/TB-LMHTX (PDF)', which the truth counts as text too) read as the attachment only; an office's byline (disputed)",
    "koken-htxlamdong": "Koken: photo captions dropped (the essay's figcaption beside the file title 'DSC_3980'), or read with the file title and the EXIF line ('Chụp ngày …'); a closing byline under them missed",
    "n2cms-htxnghean": "N2 CMS: an office's byline taken as the author (disputed, as the office authors are)",
    "pbworks-htxkontum": "PBworks: an invitation's 'Thời gian: 08 giờ 00, ngày 20/8/2024;' list item dropped as a date line",
    "readymag-htxquangtri": "Readymag: text widgets placed by style (top: N px), read in the page's order, not the eye's; a project dated only in its script's ServerData is no article",
    "svbtle-htxtuyenquang": "Svbtle: an office's byline taken as the author (disputed, as the office authors are)",
    "wikka-htxninhbinh": "WikkaWiki: page alone, undated but by the news index (the footer's last edit dates nothing): no article signal; lines between <br> read as one paragraph, the category's link as text",
    "xaraya-htxdaknong": "Xaraya: an office's byline taken as the author (disputed, as the office authors are)",
    "anchor-htxbentre": "Anchor CMS: an office's byline (disputed)",
    "cotonti-htxhaugiang": "Cotonti: page alone, the comment count's box (div.combox, '0', '1') over the lead read as text (the crawl's profile drops it)",
    "dasblog-htxhanoi": "dasBlog: an office's byline taken as the author (disputed, as the office authors are)",
    "exponent-htxdanang": "Exponent CMS: an office's byline (disputed)",
    "hive-htxdongthap": "Hive: a blockchain's UTC times printed without a zone (an en-US tooltip, a meta's bare ISO stamp) read as Vietnam's (the truth converts them)",
    "jamroom-htxdaklak": "Jamroom: page alone, a profile's description beside the post read as text; an office's byline (disputed)",
    "telligent-htxhochiminh": "Telligent: an office's byline taken as the author (disputed, as the office authors are)",
    "thutin-htxthaibinh": "listmonk: an office's byline (disputed); a closing byline under a reader's reply quoted in the e-mail missed",
    "wikidot-htxlaichau": "Wikidot: a reader's comment under the post read as text",
    "lmhtx-hochiminh-moi": "Strikingly: page alone (since stop 52), a post that hides its date dated by its script state's publishedAt (its day right, with a time), where the truth takes its listing card's day",
    "ameba-htxphutho": "Ameba: page alone, an office's byline taken as the author (disputed, as the office authors are); the entry's 'PR' ad label read as text",
    "blackboard-htxbariavungtau": "Blackboard Learn: an office's byline (disputed); an announcement's 'Đăng vào: …' line read as text",
    "chamilo-htxcamau": "Chamilo: page alone, an announcement's moment only in its relative age's tooltip, the clock before the day ('09:20 Thứ Hai, 4 tháng 11, 2024'): no date or the day alone (the crawl's listing dates them)",
    "naver-htxbinhduong": "Naver Blog: page alone, posts whose date is not read (the crawl's listing dates them); a link-preview card (se-oglink) read as text; a short post a stub",
    "nhatkyso-htxlamdong": "Octopress: a closing byline whose name has an apostrophe (K'Điệp) not read as the author",
    "openedx-htxbinhduong": "Open edX: page alone, a unit dated only by its Course Updates heading (a listing date, which the crawl reads); a 'Tải về: …pdf' line of the text dropped",
    "pligg-htxbinhduong": "Pligg: page alone, a story showing relative ages only ('7 ngày 16 giờ trước'), dated by no metadata: no article signal (the crawl dates those its RSS lists)",
    "seesaa-htxbariavungtau": "Seesaa: an office's byline (disputed); the post's 'posted by … | Comment(0) | TrackBack(0)' footer and Japanese reader buttons read as text",
    "trangviet-htxtravinh": "WriteFreely: page alone, an untitled post (its first line its title) read as a stub or a page",
    "nhatky-htxbinhdinh": "Dreamwidth: page alone, the entry's 'X posting in Y' header line read as text (run into the first line where it has no <p>); an office's byline taken as the author (disputed, as the office authors are)",
    "butky-htxquangnam": "Plume 0.7: page alone, a post's opening line lost; an office's byline taken as the author (disputed)",
    "sotay-htxkiengiang": "Blot: page alone, a notice dated by its own place-and-date line, a day before the post's 'May 16, 2025' link after the text (the crawl's listing dates it right); the date-and-tag line after the text; a closing <em> byline not read as the author; a data table's header row lost",
    "congtichhop-htxdaknong": "uPortal: 'Displaying until …' (the item's end of display) read as text; an attachment only in a script's JSON not listed; an office's byline (disputed)",
    "congvu-htxbinhdinh": "Contensis: a 'Xem thêm: …' line of the text dropped as a related link; two texts' lines in another order; an office's byline (disputed)",
    "gianhang-htxkiengiang": "Haravan: an office's byline taken as the author (disputed, as the office authors are)",
    "impresscms-htxhatinh": "ImpressCMS: an office's byline taken as the author (disputed, as the office authors are)",
    "keystone-htxsoctrang": "KeystoneJS: an office's byline taken as the author (disputed, as the office authors are)",
    "lienminh-htxdongthap": "Ucraft: a post's category line ('Hoạt động') read as text; an office's byline (disputed)",
    "luutru-htxhaiduong": "Nuxeo: page alone, a note's data table lost; a file's size line ('KH-09-LMHTX-2024.pdf 84 kB') read as text; an office's byline (disputed)",
    "nextcloud-htxbackan": "Nextcloud Collectives: page alone, the note's typed 'Ngày đăng: …' line and a PDF's name line dropped from the text; an office's byline (disputed)",
    "trangweb-htxvinhphuc": "Yola: an office's byline taken as the author (disputed, as the office authors are)",
    "trang-htxtayninh": "SITE123: an office's byline taken as the author (disputed, as the office authors are)",
    "tailieu-htxhanam": "Alfresco Share: page alone, two posts' text otherwise than the crawl reads them",
    "lists-htxtiengiang": "Sympa: a message's sender as its author where no byline names one (the builder: the sender, a person)",
    "htx-dongnai": "Carrd: page alone, three posts' text and a notice's number otherwise than the crawl reads them (every section on every page), an author; the hand-made page 2 of news and the 'Thông báo' section page read as articles",
    "blog-htxangiang": "GoDaddy Websites + Marketing: a post's time of day only in a script's props, which no reader sees (the builder's truth takes it); two authors",
    "nhom-htxvinhlong": "Google Groups: a message's sender lines ('X', 'X đã gửi tới Y') read as text where the conversation holds it alone; a byline not read as its author",
    "gnusocial-htxyenbai": "GNU social: the title is the template's 'Trạng thái của X vào <moment>', the post's first line dropped as the stream's teaser; other accounts' repeated notices and the conversation pages read as articles",
    "social-htxquangngai": "Mastodon 4.2: a status page is a script shell, its text only in og:description, a post a thread of several statuses: none read",
    "akkoma-htxbacninh": "Akkoma's static front end: a post's subject shown as its summary over a collapsed <details>, the server's name as every page's <title>, no heading: no title; the profile page reads as a post",
    "xahoi-htxdienbien": "Hubzilla: the paperclip menu's attachment not listed, the hashtag links and a wall-to-wall post's head ('X qua Y') kept in the text; the channel's stream reads as its first post",
    "trang-htxsoctrang": "Perch: a typed 'Xem thêm bài …' line dropped as a theme's box, the category line kept once",
    "site-htxbentre": "Pluck: a category page showing its one post whole reads as that post; an office closing the text (disputed)",
    "mangxh-htxcaobang": "diaspora*: the office's post credited to a member in its text is not read; the profile stream and a tag's stream show a post whole (its other address, by guid, no listed alias)",
    "congdong-htxphuyen": "JomSocial: a discussion's poster (a member's full name) is not taken as its author; the members' profiles (their activity streams) read as articles",
    "bantin-htxhaugiang": "Drupal 6: a report's table read otherwise page alone (the crawl reads it)",
    "diendan-htxkiengiang": "FluxBB: a poster named by a person's name (a guest's, a member's) is not taken as the author; a topic dated only 'Hôm qua 21:40' (its feed alone gives the day) has no date; the member list and the sticky rules topic read as articles",
    "goctin-htxbinhthuan": "BlogEngine.NET: a file's link text with its size ('… .pdf (156,23 kb)') is listed without the size; a typed 'Xem thêm: <title>' line is dropped as a theme's inline box (disputed, as Habari's)",
    "hoatdong-htxhaiduong": "PostNuke: stories of a few short paragraphs read alone as stubs or as no article (no date line the page reads without its list), a submitted story's wrapper kept",
    "sotay-htxphuyen": "Roller: a posting line's account read alone is not taken as the author where a closing byline is missing",
    "thudientu-htxnamdinh": "Pipermail: the archive's row of index links over each message ('Messages sorted by: "
                            "[ date ] [ thread ] …') stays in its text, its messages a minority of the site's pages; "
                            "a message signed by its sender alone loses its author with the signature: left open",
    "thuvien-htxtravinh": "Piwigo: the photo's 'Tác giả' field is taken over the story's closing byline (disputed: the field names the photo's author); a notice's scan reads otherwise page alone",
    "trangtin-htxninhthuan": "Refinery: the blog's 'Source: <a>Báo Ninh Thuận</a>' field stays in a reprint's text",
    "congdong-htxlongan": "BuddyPress: a group's page (its activity stream holding one post whole) reads as that post",
    "tintuc-htxtuyenquang": "GetSimple News Manager: a post's 'Ngày đăng' line and the theme's footer ('Published on "
                            "<time>', the news page's save date) disagree: no date alone (the crawl's list dates it), so "
                            "some posts have no article signal (a post of one sentence is a brief only when dated)",
    "wiki-htxcaobang": "Tiki: the article's lead (its 'heading'), also its teaser on the lists, is template to the profile",
    "congthongtin-htxnamdinh": "PHP-Fusion: the poster in the info row under the text (a full name's account) is no "
                               "author, nor a bare name closing runs of text between <br>s",
    "wiki-htxninhthuan": "XWiki: a post's attachments viewer (its canonical the post) reads as the post",
    "tinhoatdong-htxninhthuan": "Mezzanine: a file's link behind its label closing a plan ('Xem toàn văn: …') is text "
                                "as the older samples have it; the builder left it out",
    "congtin-htxbentre": "phpwcms: an article's page shows no date, its list alone does ('12. May 2025'): alone, no "
                         "article signal (the crawl dates it by its list)",
    "sotay-htxhatinh": "Material for MkDocs: a post's time, its zone-less front matter's, is labelled UTC (22:30+00:00, "
                       "05:30 the next day here) under a page showing the day alone: the time is read from nowhere "
                       "(the builder takes 22:30 for local time; the crawl's date has the day right, no time)",
    "nhatky-htxlangson": "Halo: the 'moments' timeline (short dated notes, each headed by its permalink) reads as an article",
    "diendan-htxbinhduong": "MyBB: with the site's template learned from every page, a post's head is template and "
                            "one thread alone has no date",
    "tintuc-htxhoabinh": "SPIP: a caption's photo credit is a line of the text (the older samples' convention; the "
                         "builder counts it none)",
    "blog-htxsoctrang": "Hexo NexT: with the template learned from every page, the closing byline is template (authors "
                        "lost), as reextract reads them",
    "kienthuc-htxbinhthuan": "BookStack: a chapter's export and an old revision read as articles; a file linked "
                             "by BookStack's /attachments/<id> is not read as an attachment",
    "shop-ocopdaklak": "OpenCart: a category's name above a photo story's captions is read as its text",
    "blog-htxninhthuan": "Tumblr: a link to a file on another site of the same loopback host is read as an attachment; a "
                         "photo post's caption above its title is dropped when its text is long enough alone",
    "chuyenmuc-kthtx-baobacninh": "newspaper column: the paper's other sections' articles (same template, linked from "
                                  "every page's boxes) are read as articles: nothing on a page says which column it is "
                                  "in but its breadcrumb; an e-magazine's credits line stays in the text",
    "diendan-htxbacgiang": "phpBB: the board's sticky rules topic reads as an article",
    "space-htxhungyen": "Confluence: a page-properties table is dropped; a post whose only date is its "
                        "'Được tạo bởi …, lần sửa cuối vào …' line has no date on its own page (the crawl dates it "
                        "by the month's list)",
    "wiki-htxvietnam": "MediaWiki: one news page's infobox date is not read",
    "lmhtx-langson": "Domino: the file is linked only in the section the page shows collapsed (its expanded "
                     "address, another address of the page, links it)",
    "lmhtx-gialai-moi": "AEM: an office ('Ban Biên tập') alone in an author component after the text: the builder "
                        "counts it no text, as the project counts a closing office byline text (Yên Bái)",
    "lmhtx-quangngai-moi": "Duda: month-first '2/6/2026' beside a day-first banner: one page alone cannot tell "
                           "(the crawl reads them right by the listing's '6 thg 2, 2026')",
    "tthtx-quangninh": "SPIP: the post-scriptum's credit ('Bài, ảnh: Hoàng Nga' in div.ps after the text's "
                       "container) is the author but not read as a line of the text",
    "bantin-dongthap": "Pimcore: a download brick's link text keeps its type, not its size ('(PDF, 212 KB)' -> '(PDF)': the "
                       "project's attachments drop sizes; the builder kept it)",
    "bantin-vinhlong": "K2: an extra field's value after the text ('Nguồn: Báo Vĩnh Long') stays in the text",
    "bantin-thanhhoa": "Mailchimp: an issue's dateline in the masthead above the title ('Số 03/2026 | Thanh Hóa, ngày "
                       "16 tháng 3 năm 2026', another table than the title's) is not read (the crawl dates the issues "
                       "by the archive's list); the announcement's PDF on Mailchimp's file host is read as its "
                       "attachment (the builder counts no file of another host)",
    "cong-nghean": "WebCenter: 'Nguồn: Báo Nghệ An' in its own element after the text stays in the text (the builder "
                   "counts it neither text nor author), as K2's",
    "bantin-haiphong": "Substack: with the site's template learned, a photo story's captions and a list post's items "
                       "give way to the publisher's description in JSON-LD; a notice's poster beside an office's "
                       "signature is not read as its author",
    "congdong-htxquangtri": "Discourse: an upload's line in the post ('KH-08-LMHTX.pdf (215,3 KB)') is read as the "
                            "file's row, no text, and the plan's number in it goes unread",
    "diendan-htxnamdinh": "XenForo: a file under /attachments/<name>.<id>/ is not read as an attachment",
    "sonnmt-hatinh": "Jahia: a notice with no date on its page is an article by its list's date only (the crawl reads "
                     "it; the page alone cannot)",
    "cong-camau": "WebCenter: an item whose template shows no date is an article by its list's date only (the crawl "
                  "reads it; the page alone cannot)",
    "tthtx-tayninh": "an office closing the text is the author as the older samples have it; the builder took it for none",
    "lienminh-htxbackan": "Mura: a plan's page alone",
    "tthtx-thainguyen": "Zoho Sites: a post's posting line and tags in its text, bylines missed",
    "wiki-lmhtxlangson": "DokuWiki: old revisions read as articles alone; a byline in a wrap box missed",
    "congdong-htxsonla": "NodeBB: one post's closing byline before a reply's quote is missed",
    "trangtin-htxkiengiang": "LadiPage: a notice's own 'Ngày đăng … 14:00' line is not read (its list's day is) and a "
                             "list item in its paragraph element is lost; a representative office closing the text is "
                             "the author as the older samples have it (the builder counts none); one byline missed",
    "blog-htxquangnam": "Eleventy: a photo post's tags in its metadata list ('Hình ảnh,', 'OCOP') read as text with "
                        "the page alone (the crawl drops them)",
    "lienminh-htxhanam": "TYPO3 news: a file in the 'Tệp đính kèm' box (class news-related) is not read as an attachment",
    "tin-htxvinhphuc": "Concrete CMS: an office in the 'Tác giả' attribute is the author as the older samples have it",
    "trangtin-htxphuyen": "FlatPress: an office closing the text is the author as the older samples have it; the builder "
                          "took it for none",
    "baiviet-htxcamau": "Quarto: a table's header row is template to the profile learned from every page (the crawl keeps it)",
    "bantin-htxbinhduong": "Next.js + Prismic: the line under the title (date · section · office) stays in a notice's text",
    "blog-htxquangbinh": "Nibbleblog: a form's download line closing a notice stays in the text",
    "nhatky-htxtravinh": "Micro.blog: a post's closing byline is missed by its page alone (the crawl reads it)",
    "thaoluan-htxthaibinh": "Vanilla: a discussion's opening poster is not its author (the crawl misses it too)",
    "tailieu-htxbackan": "VuePress: a plan's section headings and a photo story's tag line are read otherwise; an "
                         "evening post's front matter time (21:30, labelled UTC) is read as typed, the builder takes the day",
    "trangchu-htxangiang": "ImpressPages: a post's page shows no date, its lists alone do: alone, no article signal "
                           "(the crawl dates it by its list)",
    "tailieu-htxdaklak": "Sphinx + ABlog: a post's card in the sidebar before the title dates it, but the oldest "
                         "post's card links no category nor tag (alone, no date: the crawl dates it by its list), a "
                         "data table's post's author is only the card's (no author), an update note's heading is dropped",
    "tin-htxhanam": "EmpireCMS: the info bar's 'Tác giả' field is taken over the text's closing 'Tin, ảnh: X' (the "
                    "builder takes X; the crawl takes the field too)",
    "album-htxthaibinh": "Zenphoto + Zenpage: a short post whose photo's caption is its image page's link title reads as a "
                         "list of links; an office's closing signature ('Phòng Tuyên truyền - …') is taken as the author "
                         "(disputed, as the office authors are)",
    "nhatky-htxvinhphuc": "LiveJournal: a poll's and a contents entry's pages read as articles; a day archive alone reads as "
                          "its one entry (the crawl waits for the entry's permalink and drops it); an office closing a "
                          "text is taken as its author (disputed)",
    "noibo-htxhoabinh": "HumHub: a data table's post's author is its poster's account only (no author read); page alone (since stop 52), a photo post's title taken from the space's description heading above the stream, where its <title> names only the site (the crawl reads it right)",
    "nhipsong-htxtiengiang": "Habari: a 'Xem thêm: <a>title</a>' line the writer typed in the post is dropped as a "
                             "theme's inline box (the Huế theme's is furniture: disputed)",
    "cong-htxquangtri": "Ametys: 'Tác giả: Phòng Kế hoạch - Tổng hợp', an office, is taken as the author (the builder "
                        "counts none: disputed, as the older samples' offices are)",
    "ghichep-htxphutho": "Mataroa: a notice's PDF on the portal's host (Mataroa hosts no file) is listed as its attachment "
                         "(the builder lists none, as for the Mailchimp sample: disputed)",
    "tinnhanh-htxbacninh": "PHP-Nuke: a member's submitted story keeps its wrapper ('ngocmai84 viết \"<i>…</i>\"') and its "
                           "closing byline is missed",
    "thongtin-htxcaobang": "Geeklog: the contributor's account is taken over the text's closing photo credit 'Ảnh: X' (the "
                           "builder takes X; disputed)",
    # sets 45a-45d (built blind, stop 45)
    "anh-htxhagiang": "Coppermine: the photo's 'Tác giả' field naming an office is its author where nothing else "
                      "names one (as SharePoint's; the builder says none: disputed); its meta albums ('Ảnh mới tải "
                      "lên') and a category's page 2 read as articles",
    "bantin-htxbaclieu": "Zikula News: the related box's heading ('Bài viết khác trong chuyên mục …') stays in the "
                         "text page alone; a closing byline missed, an office's name taken as the author",
    "congtin-htxbacgiang": "Joomla 1.5: a multipage article (the pagebreak plugin's '?start=N' parts) read as its first "
                           "part page alone; a notice's section names ('Văn bản', 'Thông báo') kept; a blog layout's "
                           "page 2 holding one post whole reads as that post",
    "diendan-htxhue": "YAF.NET: the poster's account is taken as the author over a closing byline ('Bài, ảnh: …'); "
                      "the sticky rules topic reads as an article",
    "diendan-htxsoctrang": "Snitz: the poster's column (name, 'Forum Admin', posts) and the signature stay in the text, "
                           "the poster's account is taken over a closing byline; the rules topic and a member's "
                           "question read as articles",
    "mangxa-htxbinhdinh": "Dolphin 7: a member's blog post: the info box's poster and a closing byline read the other "
                          "way round from the builder's; a post's day printed as UTC's (14/03 for 00:20 on 15/03: "
                          "only its feed, read after the page, gives Vietnam's)",
    "nhatky-htxquangbinh": "Posthaven: the account's name is taken as the author over the closing byline",
    "tin-htxbackan": "Camaleon: the custom fields' box after the text ('Tác giả', 'Nguồn tin' as label and value "
                     "in divs) stays in the text; a source's name ('Báo Bắc Kạn') taken as the author",
    "tintuc-htxquangnam": "Drupal 10 Olivero: a closing byline missed where the byline names the account",
    "trang-htxbariavungtau": "Typemill: a typed 'Xem thêm: <title>' line is dropped as a theme's inline box "
                             "(disputed, as Habari's)",
    "trang-htxhochiminh": "Squiz Matrix: typed 'Xem thêm: …' and 'Cùng chủ đề: …' lines are dropped as a theme's "
                          "inline box (disputed, as Habari's)",
    "wiki-htxdaknong": "MoinMoin: a page's old revision ('?action=recall&rev=1') and its diff view read as the page",
    # sets 46a-46d (built blind, stop 46)
    "blog-htxlaichau": "EasyBlog: the blogger's box ('Giới thiệu tác giả') stays in the text and names the author over the closing byline",
    "congdong-htxkontum": "Lemmy: a staff member's display name on the post is not taken as the author",
    "diendan-htxphuyen": "PunBB: member pages, the member list and sticky topics read as articles; posters' ranks and the board's footer stay on pages read alone; a topic dated only 'Hôm qua 16:50:03' (its feed alone gives the day)",
    "mangxa-htxlongan": "Friendica: a file behind '/attach/27' (no .pdf in the address) is no attachment; an office's signature taken as the author",
    "portal-htxthainguyen": "Vignette: the source line 'Nguồn: …' kept (the builder reads it as a field, disputed); an office's byline taken as the author",
    "shop-htxbinhphuoc": "Smartstore: a blog post's stamp read at UTC's clock page alone; a typed 'Xem thêm: <title>' line dropped (disputed); an office named as author",
    "thaoluan-htxdienbien": "Phorum: a message read by its permalink ('read.php?4,120,120') and another forum's message read as articles; signatures after '-- ', the edit note and the posting box stay",
    "thudientu-htxninhthuan": "HyperKitty: a message's UTC day and time shown (the sender's own only in a tooltip); the thread box's labels stay; the sender taken over the signature's writer",
    "thuvien-htxtiengiang": "Omeka Classic: an item dated only by its Dublin Core 'Ngày' field (a heading over a value) has no article signal; its field labels stay",
    "trangweb-htxhoabinh": "WebsiteBaker: the news module's posted line ('Đăng bởi admin (admin) ngày … Tin tức >> …') and 'Thêm bình luận' stay in the text",
    "video-htxtravinh": "PeerTube: a clip of one line reads as an article; the video's attributes ('Giấy phép', 'Ngôn ngữ', 'Thời lượng') and the SPA's 'browser not supported' notice stay",
    "wiki-htxyenbai": "Foswiki: the topic's actions, revision line and data form stay after the text; old revisions read as articles; the form's day over the first revision's time",
    'baiviet-htxthaibinh': "Telegraph: a notice's PDF on the alliance's portal (another host) is listed as its attachment (the builder: a link in a sentence, none)",
    'blog-htxhatinh': "Medium: a notice's PDF on the alliance's portal (another host) is listed as its attachment (disputed); the author card over a closing byline",
    'congtt-htxbacninh': "Oracle Portal: the custom 'Tác giả:' row after the text, a person's name, not taken as the author page alone",
    'diendan-htxdanang': "bbPress: a notice's topic with two short replies read as the whole page (its replies, the column headers, the login box)",
    'diendan-htxlamdong': "WoltLab: a post's permalink ('?postID=') read as an article",
    'hoidap-htxcantho': "JForum: a post's closing name and the poster's signature (after its rule) disputed as the author page alone; a thread of one post keeps its signature",
    'kho-htxthanhhoa': "DSpace: the bitstream's download link with its size is listed otherwise than the builder lists it; the collection's heading ('Thuộc bộ sưu tập') stays",
    'mangxa-htxvinhlong': "Misskey: a notice behind its content warning ('Tải thêm'), its title the warning, has no title",
    'sotay-htxnamdinh': "TiddlyWiki: the tiddler's tag pills and subtitle lines stay in some texts page alone",
    'trangtt-htxquangninh': "RedDot: an office's closing byline taken as the author (the builder: none)",
    # sets 51a-51d (built blind, stop 51): pages alone, a profile learned from every page
    "docs-htxbinhphuoc": "Sphinx on Read the Docs: the writer in a field list ('Tác giả') and the closing '- Ảnh: X' credit not read as the author, the credit's dashes kept as text",
    "gitea-htxquangngai": "Gitea: a release's source archives ('Mã nguồn (ZIP)') listed as its attachments, and its PDF named by its size ('118 KiB')",
    "groupsio-htxthainguyen": "Groups.io: a photo story's short first message read as a stub page alone; a staff member posting without a byline not taken as the author",
    "hatena-htxhagiang": "Hatena Blog: an office's byline taken as the author (disputed, as the office authors are)",
    "jive-htxquangninh": "Jive: a document's 'Xuất PDF' tool read as its first line page alone",
    "livedoor-htxnamdinh": "Livedoor Blog: an office's byline taken as the author (disputed, as the office authors are)",
    "note-htxhue": "note.com: the creator's profile box and the Japanese tip and magazine boxes read as text; an office's byline (disputed)",
    "sakai-htxhanam": "Sakai: the message's 'Từ' row and its attachment's line (name, size, time) read as text",
    "tistory-htxquangbinh": "Tistory: the ad unit's labels ('728x90', '반응형') read as text; a closing byline not read as the author",
    "velog-htxhaiduong": "Velog: the exact time only in the Apollo state (the page shows a Korean day or age); the series box's count read as text",
}
OPEN_PAGES = {
    # sets 55a-55d (stop 55)
    ('automad-htxquangnam', '/thong-bao/thong-bao-so-21-tb-lmhtx-dai-hoi-thi-dua'),
    ('automad-htxquangnam', '/tin-tuc/so-lieu-kinh-te-tap-the-10-thang-2024'),
    ('automad-htxquangnam', '/tin-tuc/tap-huan-ke-toan-htx-nam-2024'),
    ('automad-htxquangnam', '/tin-tuc/htx-dich-vu-nong-nghiep-dien-quang-san-xuat-lua-huu-co'),
    ('automad-htxquangnam', '/tin-tuc/lien-minh-htx-tinh-so-ket-9-thang-2024'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3lb6scdbwizta'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3laqcrp762jsq'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3l7z5b4fzvwf6'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3l7bkmbixbaig'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3l64ucjo4i7vy'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3l54ulsigyi2e'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3l3wdvhobxpwe'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3l2tricihe4ko'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3kywot6fk5i3n'),
    ('calameo-htxninhthuan', '/read/0068124373da04296ff53'),
    ('calameo-htxninhthuan', '/read/006812437f9fb266712e7'),
    ('calameo-htxninhthuan', '/read/0068124376cbcfc674601'),
    ('calameo-htxninhthuan', '/read/006812437c3f163a11e37'),
    ('crownpeak-htxhochiminh', '/tin-tuc/2024/thong-bao-tuyen-sinh-lop-boi-duong-giam-doc-htx-2024.html'),
    ('crownpeak-htxhochiminh', '/tin-tuc/2024/ket-qua-phat-trien-kinh-te-tap-the-9-thang-2024.html'),
    ('instantcms-htxbaclieu', '/news/thong-bao-so-35-tb-lmhtx-ve-hoi-cho-ocop-bac-lieu-2024.html'),
    ('instantcms-htxbaclieu', '/posts/gioi-thieu-san-pham-muoi-tom-dong-hai.html'),
    ('q2a-htxgialai', '/531/h%E1%BB%93-s%C6%A1-vay-v%E1%BB%91n-qu%E1%BB%B9-h%E1%BB%97-tr%E1%BB%A3-ph%C3%A1t-tri%E1%BB%83n-htx-t%E1%BB%89nh-g%E1%BB%93m-nh%E1%BB%AFng-g%C3%AC'),
    ('q2a-htxgialai', '/526/th%C3%A0nh-vi%C3%AAn-ra-kh%E1%BB%8Fi-htx-c%C3%B3-%C4%91%C6%B0%E1%BB%A3c-tr%E1%BA%A3-l%E1%BA%A1i-v%E1%BB%91n-g%C3%B3p-kh%C3%B4ng'),
    ('q2a-htxgialai', '/519/htx-n%C3%B4ng-nghi%E1%BB%87p-%C4%91%C6%B0%E1%BB%A3c-h%C6%B0%E1%BB%9Fng-thu%E1%BA%BF-su%E1%BA%A5t-nh%E1%BA%ADp-doanh-nghi%E1%BB%87p-nhi%C3%AAu'),
    ('q2a-htxgialai', '/512/htx-c%C3%B3-%C4%91%C6%B0%E1%BB%A3c-chia-l%C3%A3i-theo-v%E1%BB%91n-g%C3%B3p-v%C6%B0%E1%BB%A3t-qu%C3%A1-20-l%E1%BB%A3i-nhu%E1%BA%ADn-kh%C3%B4ng'),
    ('q2a-htxgialai', '/498/th%E1%BB%A7-t%E1%BB%A5c-%C4%91%C4%83ng-k%C3%BD-l%E1%BA%A1i-htx-theo-lu%E1%BA%ADt-h%E1%BB%A3p-t%C3%A1c-x%C3%A3-n%C4%83m-2023'),
    ('q2a-htxgialai', '/463/%C4%91%E1%BA%A1i-h%E1%BB%99i-th%C3%A0nh-vi%C3%AAn-th%C6%B0%E1%BB%9Dng-ni%C3%AAn-c%C3%B3-b%E1%BA%AFt-bu%E1%BB%99c-ch%E1%BB%A9c-tr%E1%BB%B1c-ti%E1%BA%BFp-kh%C3%B4ng'),
    ('q2a-htxgialai', '/451/h%E1%BB%99-kinh-doanh-c%C3%B3-%C4%91%C6%B0%E1%BB%A3c-tham-gia-l%C3%A0m-th%C3%A0nh-vi%C3%AAn-htx-kh%C3%B4ng'),
    ('vocal-htxhaiphong', '/journal/lien-minh-htx-thanh-pho-hai-phong-tong-ket-hoat-dong-9-thang-nam-2025'),
    ('vocal-htxhaiphong', '/journal/dem-hoi-chu-nhiem-htx-tieu-bieu-ket-noi-giao-thuong-nam-2025'),
    ('vocal-htxhaiphong', '/journal/thong-bao-so-18-tb-lmhtx-ve-viec-dang-ky-tham-gia-hoi-cho-ocop-hai-phong-2025'),
    ('vocal-htxhaiphong', '/earth/mua-thu-hoach-rau-mau-o-htx-nong-nghiep-dong-tien-qx7k2m'),
    ('vocal-htxhaiphong', '/01/htx-dich-vu-nong-nghiep-an-lao-ung-dung-nhat-ky-dien-tu'),
    ('vocal-htxhaiphong', '/humans/nghe-lam-nuoc-mam-cat-hai-giu-huong-vi-bien'),
    ('vocal-htxhaiphong', '/trader/quy-ho-tro-phat-trien-htx-hai-phong-giai-ngan-6-thang-dau-nam-2024'),
    ('vocal-htxhaiphong', '/journal/htx-van-tai-thong-nhat-mo-tuyen-xe-buyt-ket-noi-kien-thuy'),
    ('vocal-htxhaiphong', '/journal/lien-minh-htx-thanh-pho-tong-ket-cong-tac-nam-2023'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3lb6se4cb4pvu'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3lb6sfvzjgewf'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3lb73jejoswbj'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3laqctiv6hqh4'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3laqcvbimrtxx'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3laqlyqqhhbww'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3l7z5cve3hgex'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3l7z5eol6ybtc'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3l7bko2niv6aq'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3l64uecxwliy6'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3l655jl6vsosn'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3l3wdxadckcuq'),
    ('bsky-htxbaclieu', '/profile/lmhtxbaclieu.bsky.social/post/3kywouxnr7fko'),
    # sets 54a-54d (stop 54)
    ('gila-htxninhbinh', '/blog/55/thong-bao-moi-du-hoi-cho-htx-vung-dong-bang-song-hong'),
    ('koken-htxlamdong', '/essays/2024/11/mua-ca-phe-tren-cao-nguyen-cau-dat/'),
    ('koken-htxlamdong', '/essays/2024/10/htx-hoa-da-lat-chuan-bi-vu-tet/'),
    ('koken-htxlamdong', '/essays/2024/10/lien-minh-htx-lam-dong-so-ket-9-thang/'),
    ('koken-htxlamdong', '/essays/2024/09/ocop-lam-dong-tai-hoi-cho-ha-noi/'),
    ('koken-htxlamdong', '/essays/2024/09/htx-dau-tay-xuan-tho-vao-mua/'),
    ('koken-htxlamdong', '/essays/2024/08/rau-vietgap-don-duong/'),
    ('koken-htxlamdong', '/essays/2024/08/htx-che-bao-loc-xuat-khau-lo-dau-tien/'),
    ('readymag-htxquangtri', '/lmhtxquangtri/4907715/'),
    ('readymag-htxquangtri', '/lmhtxquangtri/4889032/'),
    ('readymag-htxquangtri', '/lmhtxquangtri/4826654/'),
    ('readymag-htxquangtri', '/lmhtxquangtri/4812301/'),
    ('wikka-htxninhbinh', '/ThongBao2024So31'),
    ('wikka-htxninhbinh', '/TinTuc2024AnhHtxCoiKimSon'),
    ('wikka-htxninhbinh', '/TinTuc2024SoLieu9Thang'),
    ('wikka-htxninhbinh', '/TinTuc2024GaoHuongKimSon'),
    ('wikka-htxninhbinh', '/TinTuc2024LuatHtx2023'),
    # sets 53a-53d (stop 53)
    ('cotonti-htxhaugiang', '/tin-tuc/hoi-nghi-tong-ket-phong-trao-thi-dua-khoi-htx-2024'),
    ('cotonti-htxhaugiang', '/thong-bao/thong-bao-21-tb-lmhtx-ve-viec-dang-ky-vay-von-quy-ho-tro'),
    ('cotonti-htxhaugiang', '/tin-tuc/htx-khom-hoa-tien-mo-rong-vung-nguyen-lieu'),
    ('cotonti-htxhaugiang', '/tin-tuc/ket-qua-phat-trien-kinh-te-tap-the-9-thang-2024'),
    ('cotonti-htxhaugiang', '/tin-tuc/anh-hoi-cho-san-pham-ocop-hau-giang-2024'),
    ('cotonti-htxhaugiang', '/thong-bao/ke-hoach-to-chuc-lop-boi-duong-can-bo-quan-ly-htx'),
    ('cotonti-htxhaugiang', '/tin-tuc/tap-huan-chuyen-doi-so-cho-htx-nong-nghiep'),
    ('cotonti-htxhaugiang', '/tin-tuc/htx-ca-thac-lac-hau-giang-dat-ocop-4-sao'),
    ('cotonti-htxhaugiang', '/tin-tuc/lien-minh-htx-tinh-tong-ket-cong-tac-nam-2023'),
    ('hive-htxdongthap', '/hive-175290/@htxdongthap/htx-thanh-long-tan-thuan-xuat-lo-hang-di-han-quoc'),
    ('hive-htxdongthap', '/hive-175290/@htxdongthap/thong-bao-so-09-tb-lmhtx-ve-lop-tap-huan-ke-toan-htx'),
    ('hive-htxdongthap', '/hive-175290/@htxdongthap/ket-qua-phat-trien-htx-nam-2024-tinh-dong-thap'),
    ('hive-htxdongthap', '/hive-175290/@htxdongthap/htx-dich-vu-nong-nghiep-tan-binh-ra-mat-gao-thom'),
    ('hive-htxdongthap', '/hive-175290/@htxdongthap/anh-mua-sen-o-htx-sen-thap-muoi'),
    ('hive-htxdongthap', '/hive-175290/@htxdongthap/luat-htx-2023-nhung-diem-moi-can-biet'),
    ('hive-htxdongthap', '/hive-175290/@htxdongthap/tap-huan-ban-hang-tren-san-tmdt-cho-htx'),
    ('hive-htxdongthap', '/htx/@htxdongthap/lien-minh-htx-dong-thap-tong-ket-nam-2023'),
    ('jamroom-htxdaklak', '/htx-caphe-ea-tu/blog/47/htx-ea-tu-khai-mac-mua-thu-hoach-ca-phe-2024-2025'),
    ('jamroom-htxdaklak', '/htx-caphe-ea-tu/blog/41/htx-ea-tu-ra-mat-san-pham-ca-phe-rang-xay-dat-ocop-4-sao'),
    ('thutin-htxthaibinh', '/archive/htx-my-loc-tieu-thu-rau'),
    ('wikidot-htxlaichau', '/news:nhung-diem-moi-cua-luat-htx-2023'),
    # sets 52a-52d (stop 52)
    ("noibo-htxhoabinh", "/s/tin-hoat-dong/post/post/view?id=136"),
    ("noibo-htxhoabinh", "/s/tin-hoat-dong/post/post/view?id=128"),
    ("noibo-htxhoabinh", "/s/tin-hoat-dong/post/post/view?id=126"),
    ("noibo-htxhoabinh", "/s/tin-hoat-dong/post/post/view?id=124"),
    ("noibo-htxhoabinh", "/s/tin-hoat-dong/post/post/view?id=122"),
    ('ameba-htxphutho', '/htx-phutho/entry-12854879502.html'),
    ('blackboard-htxbariavungtau', '/webapps/blackboard/execute/announcement?method=view&course_id=_52_1&announcement_id=_1781_1'),
    ('chamilo-htxcamau', '/main/announcements/announcements.php?action=view&id=9&cidReq=LMHTXCM&id_session=0&gidReq=0&gradebook=0&origin='),
    ('chamilo-htxcamau', '/main/announcements/announcements.php?action=view&id=8&cidReq=LMHTXCM&id_session=0&gidReq=0&gradebook=0&origin='),
    ('chamilo-htxcamau', '/main/announcements/announcements.php?action=view&id=7&cidReq=LMHTXCM&id_session=0&gidReq=0&gradebook=0&origin='),
    ('chamilo-htxcamau', '/main/announcements/announcements.php?action=view&id=6&cidReq=LMHTXCM&id_session=0&gidReq=0&gradebook=0&origin='),
    ('chamilo-htxcamau', '/main/announcements/announcements.php?action=view&id=5&cidReq=LMHTXCM&id_session=0&gidReq=0&gradebook=0&origin='),
    ('chamilo-htxcamau', '/main/announcements/announcements.php?action=view&id=4&cidReq=LMHTXCM&id_session=0&gidReq=0&gradebook=0&origin='),
    ('chamilo-htxcamau', '/main/announcements/announcements.php?action=view&id=3&cidReq=LMHTXCM&id_session=0&gidReq=0&gradebook=0&origin='),
    ('chamilo-htxcamau', '/main/announcements/announcements.php?action=view&id=2&cidReq=LMHTXCM&id_session=0&gidReq=0&gradebook=0&origin='),
    ('chamilo-htxcamau', '/main/announcements/announcements.php?action=view&id=1&cidReq=LMHTXCM&id_session=0&gidReq=0&gradebook=0&origin='),
    ('naver-htxbinhduong', '/PostView.naver?blogId=htxbinhduong&logNo=223677104518'),
    ('naver-htxbinhduong', '/PostView.naver?blogId=htxbinhduong&logNo=223664380962'),
    ('naver-htxbinhduong', '/PostView.naver?blogId=htxbinhduong&logNo=223657022841'),
    ('naver-htxbinhduong', '/PostView.naver?blogId=htxbinhduong&logNo=223649551307'),
    ('naver-htxbinhduong', '/PostView.naver?blogId=htxbinhduong&logNo=223625478893'),
    ('nhatkyso-htxlamdong', '/blog/2024/05/22/htx-rau-cong-nghe-cao-o-don-duong-mo-rong-lien-ket-tieu-thu/'),
    ('openedx-htxbinhduong', '/courses/course-v1:LMHTXBD+BANTIN+2024/courseware/9e323c10dd3daa105bd347d6ca937b85/1d8c30b1285a68603d7787487c900f22/'),
    ('openedx-htxbinhduong', '/courses/course-v1:LMHTXBD+BANTIN+2024/courseware/9e323c10dd3daa105bd347d6ca937b85/4c397ff9f852ea55e736cfa69c9c9b44/'),
    ('openedx-htxbinhduong', '/courses/course-v1:LMHTXBD+BANTIN+2024/courseware/d304feada5490f312c0d2c6407a6885b/f0c2c6720756f9a2dee84c7eb0b388ee/'),
    ('openedx-htxbinhduong', '/courses/course-v1:LMHTXBD+BANTIN+2024/courseware/a77ba5fd7f16930a494e6ad0d340af8a/71ed97d18eef1f425d007f2130b2bd88/'),
    ('openedx-htxbinhduong', '/courses/course-v1:LMHTXBD+BANTIN+2024/courseware/2b602afd93b86ae1856436f192542d06/6839976b4a2b70226d46514bf566fb8e/'),
    ('openedx-htxbinhduong', '/courses/course-v1:LMHTXBD+BANTIN+2023/courseware/8e2eb96de2cfce4434c038893ad22d95/8de097919f67eb079f0fb9ec7343cb5d/'),
    ('pligg-htxbinhduong', '/tin-hop-tac-xa/htx-phu-an-dua-san-pham-buoi-len-san-thuong-mai-dien-tu/'),
    ('pligg-htxbinhduong', '/ocop/hat-dieu-rang-muoi-cua-htx-tan-thanh-dat-ocop-4-sao/'),
    ('pligg-htxbinhduong', '/tin-hop-tac-xa/mo-hinh-htx-kieu-moi-o-phu-giao/'),
    ('pligg-htxbinhduong', '/ocop/hoi-cho-ocop-binh-duong-2024-thu-hut-45-htx/'),
    ('seesaa-htxbariavungtau', '/article/509455021.html'),
    ('trangviet-htxtravinh', '/htx-nong-nghiep-tan-hiep-thu-hoach-120-ha-lua-chat-luong-cao'),
    ('trangviet-htxtravinh', '/doi-thoai-thao-go-kho-khan-ve-von-vay-cho-htx'),
    # sets 51a-51d (stop 51)
    ("docs-htxbinhphuoc", "/vi/latest/tin-tuc/dai-hoi-thanh-vien-htx-dong-xoai.html"),
    ("docs-htxbinhphuoc", "/vi/latest/tin-tuc/hoi-nghi-xuc-tien-tieu-thu-hat-dieu.html"),
    ("docs-htxbinhphuoc", "/vi/latest/tin-tuc/htx-ho-tieu-loc-ninh.html"),
    ("docs-htxbinhphuoc", "/vi/latest/tin-tuc/htx-dieu-binh-phuoc-xuat-khau.html"),
    ("docs-htxbinhphuoc", "/vi/latest/tin-tuc/2023/tong-ket-10-nam-luat-htx-2012.html"),
    ("docs-htxbinhphuoc", "/vi/latest/tin-tuc/2023/ra-mat-htx-nong-nghiep-cong-nghe-cao-hon-quan.html"),
    ("gitea-htxquangngai", "/lmhtx-quangngai/thong-bao/releases/tag/tin-2024-05-14"),
    ("gitea-htxquangngai", "/lmhtx-quangngai/thong-bao/releases/tag/tb-16-2024"),
    ("gitea-htxquangngai", "/lmhtx-quangngai/thong-bao/releases/tag/tin-2024-04-29"),
    ("gitea-htxquangngai", "/lmhtx-quangngai/thong-bao/releases/tag/tin-2024-04-18"),
    ("gitea-htxquangngai", "/lmhtx-quangngai/thong-bao/releases/tag/tin-2024-04-05"),
    ("gitea-htxquangngai", "/lmhtx-quangngai/thong-bao/releases/tag/kh-09-2024"),
    ("gitea-htxquangngai", "/lmhtx-quangngai/thong-bao/releases/tag/tin-2024-03-08"),
    ("gitea-htxquangngai", "/lmhtx-quangngai/thong-bao/releases/tag/tin-2024-02-26"),
    ("gitea-htxquangngai", "/lmhtx-quangngai/thong-bao/releases/tag/tin-2024-01-30"),
    ("groupsio-htxthainguyen", "/g/lmhtx-thainguyen/topic/anh_htx_che_tan_cuong/104923563"),
    ("groupsio-htxthainguyen", "/g/lmhtx-thainguyen/topic/huong_dan_ho_so_de/105681200"),
    ("jive-htxquangninh", "/docs/DOC-1043"),
    ("note-htxhue", "/htxhue/n/nca58ed32a211"),
    ("note-htxhue", "/htxhue/n/n0bb3bb20a360"),
    ("sakai-htxhanam", "/access/announcement/msg/lmhtx-hanam/main/47db1e51-90a4-440f-aeaa-63288887c1d3"),
    ("tistory-htxquangbinh", "/21"),
    ("tistory-htxquangbinh", "/20"),
    ("tistory-htxquangbinh", "/18"),
    ("tistory-htxquangbinh", "/17"),
    ("tistory-htxquangbinh", "/15"),
    ("tistory-htxquangbinh", "/14"),
    ("tistory-htxquangbinh", "/12"),
    ("tistory-htxquangbinh", "/11"),
    ("velog-htxhaiduong", "/@htxhaiduong/H%E1%BA%A3i-D%C6%B0%C6%A1ng-c%C3%B3-th%C3%AAm-14-s%E1%BA%A3n-ph%E1%BA%A9m-OCOP-c%E1%BB%A7a-HTX-%C4%91%E1%BA%A1t-4-sao"),
    ("velog-htxhaiduong", "/@htxhaiduong/Kinh-t%E1%BA%BF-t%E1%BA%ADp-th%E1%BB%83-t%E1%BB%89nh-H%E1%BA%A3i-D%C6%B0%C6%A1ng-10-th%C3%A1ng-n%C4%83m-2024"),
    ("velog-htxhaiduong", "/@htxhaiduong/%E1%BA%A2nh-HTX-N%C3%B4ng-nghi%E1%BB%87p-Thanh-H%C3%A0-xu%E1%BA%A5t-kh%E1%BA%A9u-l%C3%B4-v%E1%BA%A3i-s%E1%BA%A5y-sang-Nh%E1%BA%ADt-B%E1%BA%A3n"),
    ("velog-htxhaiduong", "/@htxhaiduong/Lu%E1%BA%ADt-H%E1%BB%A3p-t%C3%A1c-x%C3%A3-2023-ph%E1%BA%A7n-2-t%E1%BB%95-ch%E1%BB%A9c-qu%E1%BA%A3n-l%C3%BD-HTX"),
    ("velog-htxhaiduong", "/@htxhaiduong/Lu%E1%BA%ADt-H%E1%BB%A3p-t%C3%A1c-x%C3%A3-2023-ph%E1%BA%A7n-1-nh%E1%BB%AFng-%C4%91i%E1%BB%83m-m%E1%BB%9Bi-v%E1%BB%81-th%C3%A0nh-vi%C3%AAn"),
    ("velog-htxhaiduong", "/@htxhaiduong/Th%C3%B4ng-b%C3%A1o-s%E1%BB%91-87TB-LMHTX-v%E1%BB%81-H%E1%BB%99i-thi-HTX-chuy%E1%BB%83n-%C4%91%E1%BB%95i-s%E1%BB%91-n%C4%83m-2024"),
    ("velog-htxhaiduong", "/@htxhaiduong/HTX-D%E1%BB%8Bch-v%E1%BB%A5-n%C3%B4ng-nghi%E1%BB%87p-Gia-Xuy%C3%AAn-ph%C3%A1t-tri%E1%BB%83n-v%C3%B9ng-rau-an-to%C3%A0n"),
    ("velog-htxhaiduong", "/@htxhaiduong/Li%C3%AAn-minh-HTX-t%E1%BB%89nh-H%E1%BA%A3i-D%C6%B0%C6%A1ng-t%E1%BA%ADp-hu%E1%BA%A5n-k%E1%BB%B9-n%C4%83ng-b%C3%A1n-h%C3%A0ng-tr%E1%BB%B1c-tuy%E1%BA%BFn"),
    # sets 50a-50d (stop 50)
    ('butky-htxquangnam', '/~/tintuc/Kinh%20t%E1%BA%BF%20t%E1%BA%ADp%20th%E1%BB%83%20t%E1%BB%89nh%20Qu%E1%BA%A3ng%20Nam%20n%C4%83m%202024%20qua%20c%C3%A1c%20con%20s%E1%BB%91/'),
    ('congtichhop-htxdaknong', '/uPortal/p/announcements.ctf3/max/render.uP?pP_action=displayFullAnnouncement&pP_announcementId=118'),
    ('congtichhop-htxdaknong', '/uPortal/p/announcements.ctf3/max/render.uP?pP_action=displayFullAnnouncement&pP_announcementId=116'),
    ('congtichhop-htxdaknong', '/uPortal/p/announcements.ctf3/max/render.uP?pP_action=displayFullAnnouncement&pP_announcementId=113'),
    ('congtichhop-htxdaknong', '/uPortal/p/announcements.ctf3/max/render.uP?pP_action=displayFullAnnouncement&pP_announcementId=111'),
    ('congtichhop-htxdaknong', '/uPortal/p/announcements.ctf3/max/render.uP?pP_action=displayFullAnnouncement&pP_announcementId=109'),
    ('congtichhop-htxdaknong', '/uPortal/p/announcements.ctf3/max/render.uP?pP_action=displayFullAnnouncement&pP_announcementId=106'),
    ('congtichhop-htxdaknong', '/uPortal/p/announcements.ctf3/max/render.uP?pP_action=displayFullAnnouncement&pP_announcementId=104'),
    ('congtichhop-htxdaknong', '/uPortal/p/announcements.ctf3/max/render.uP?pP_action=displayFullAnnouncementHistory&pP_announcementId=99'),
    ('congtichhop-htxdaknong', '/uPortal/p/announcements.ctf3/max/render.uP?pP_action=displayFullAnnouncementHistory&pP_announcementId=97'),
    ('congvu-htxbinhdinh', '/tin-tuc/2024/hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-8'),
    ('congvu-htxbinhdinh', '/tin-tuc/2024/htx-nong-nghiep-cat-hiep-lien-ket-san-xuat-lua-giong'),
    ('congvu-htxbinhdinh', '/tin-tuc/2024/nhieu-htx-tham-gia-hoi-cho-ocop-quy-nhon-2024'),
    ('lienminh-htxdongthap', '/blog/htx-dich-vu-nong-nghiep-phu-thanh-b-nhan-chung-nhan-ocop-4-sao'),
    ('luutru-htxhaiduong', '/nuxeo/nxpath/default/default-domain/sections/tin-tuc/htx-dich-vu-nong-nghiep@view_documents'),
    ('luutru-htxhaiduong', '/nuxeo/nxpath/default/default-domain/sections/thong-bao/ke-hoach-tuyen-truyen-ky@view_documents'),
    ('nextcloud-htxbackan', '/apps/collectives/p/pK8wZr3NqT5xLmYd/B%E1%BA%A3n%20tin%20LMHTX%20B%E1%BA%AFc%20K%E1%BA%A1n/Tin%20ho%E1%BA%A1t%20%C4%91%E1%BB%99ng/K%E1%BA%BFt%20qu%E1%BA%A3%20ph%C3%A1t%20tri%E1%BB%83n%20kinh%20t%E1%BA%BF%20t%E1%BA%ADp%20th%E1%BB%83%2010%20th%C3%A1ng%20n%C4%83m%202024'),
    ('nextcloud-htxbackan', '/apps/collectives/p/pK8wZr3NqT5xLmYd/B%E1%BA%A3n%20tin%20LMHTX%20B%E1%BA%AFc%20K%E1%BA%A1n/Th%C3%B4ng%20b%C3%A1o/Th%C3%B4ng%20b%C3%A1o%20v%E1%BB%81%20H%E1%BB%99i%20ch%E1%BB%A3%20s%E1%BA%A3n%20ph%E1%BA%A9m%20HTX%20t%E1%BB%89nh%20B%E1%BA%AFc%20K%E1%BA%A1n%20n%C4%83m%202024'),
    ('nhatky-htxbinhdinh', '/2024/11/18/tap-huan-chuyen-doi-so-htx.html'),
    ('nhatky-htxbinhdinh', '/4097.html'),
    ('nhatky-htxbinhdinh', '/3590.html'),
    ('nhatky-htxbinhdinh', '/3335.html'),
    ('nhatky-htxbinhdinh', '/3079.html'),
    ('nhatky-htxbinhdinh', '/2569.html'),
    ('sotay-htxkiengiang', '/thong-bao-06-tb-lmhtx'),
    ('sotay-htxkiengiang', '/2025/04/22/so-lieu-kinh-te-tap-the-tinh-kien-giang-quy-i-nam-2025'),
    ('sotay-htxkiengiang', '/2025/04/03/huong-dan-htx-nuoi-tom-theo-mo-hinh-tom-lua'),
    ('sotay-htxkiengiang', '/2025/03/07/lien-minh-htx-tinh-tap-huan-ke-toan-cho-htx'),
    ('sotay-htxkiengiang', '/2025/02/12/htx-nong-nghiep-thanh-loc-lien-ket-tieu-thu-lua-chat-luong-cao'),
    ('sotay-htxkiengiang', '/2024/12/30/tong-ket-cong-tac-nam-2024-cua-lien-minh-htx-tinh-kien-giang'),
    ('htx-dongnai', '/thong-bao'),
    # sets 49a-49d (built blind, stop 49): pages alone, a profile learned from every page
    ("akkoma-htxbacninh", "/notice/AuXRaE6669p7djKsDv"),
    ("akkoma-htxbacninh", "/notice/Au97mFBPRMa0cVXInq"),
    ("akkoma-htxbacninh", "/notice/Atnw52pFHWdNVOSp5t"),
    ("akkoma-htxbacninh", "/notice/AtKl4OllUdEMJKjIKx"),
    ("akkoma-htxbacninh", "/notice/Ashql5ounIXnSdfBva"),
    ("akkoma-htxbacninh", "/notice/AriaSfWkCfHs1klNRW"),
    ("akkoma-htxbacninh", "/notice/ArEorOfW8NoUCOTRC8"),
    ("akkoma-htxbacninh", "/notice/Aq3fOSl1qWPmrslO5K"),
    ("blog-htxangiang", "/blog/f/thong-bao-so-06tb-lmhtx-ve-viec-dang-ky-tham-gia-chuong-trinh-ho-tro-htx-ung-dung-cong-nghe-cao-nam-2025"),
    ("blog-htxangiang", "/blog/f/anh-htx-duong-thot-not-tri-ton-vao-vu-nau-duong"),
    ("blog-htxangiang", "/blog/f/tinh-hinh-hoat-dong-cua-htx-nong-nghiep-an-giang-quy-i-nam-2025"),
    ("blog-htxangiang", "/blog/f/lien-minh-htx-tinh-an-giang-tong-ket-cong-tac-nam-2024"),
    ("gnusocial-htxyenbai", "/notice/1346"),
    ("gnusocial-htxyenbai", "/notice/1327"),
    ("gnusocial-htxyenbai", "/notice/1312"),
    ("gnusocial-htxyenbai", "/notice/1293"),
    ("gnusocial-htxyenbai", "/notice/1280"),
    ("gnusocial-htxyenbai", "/notice/1273"),
    ("gnusocial-htxyenbai", "/notice/1255"),
    ("gnusocial-htxyenbai", "/notice/1198"),
    ("htx-dongnai", "/thong-bao-05-tb-lmhtx-tap-huan-chuyen-doi-so-cho-htx-nam-2025"),
    ("htx-dongnai", "/htx-nong-nghiep-xuan-bac-lien-ket-tieu-thu-bap"),
    ("htx-dongnai", "/doan-cong-tac-khao-sat-mo-hinh-nuoi-heo-tuan-hoan"),
    ("htx-dongnai", "/htx-binh-loc-phat-trien-vuon-chom-chom-vietgap"),
    ("lists-htxtiengiang", "/sympa/arc/thongbao/2024-05/msg00000.html"),
    ("nhom-htxvinhlong", "/g/lmhtx-vinhlong/c/subLXQg964z"),
    ("nhom-htxvinhlong", "/g/lmhtx-vinhlong/c/KtnBtbEj4uu"),
    ("nhom-htxvinhlong", "/g/lmhtx-vinhlong/c/x0buW-R4lx6"),
    ("nhom-htxvinhlong", "/g/lmhtx-vinhlong/c/FgVkcmHgsYE"),
    ("nhom-htxvinhlong", "/g/lmhtx-vinhlong/c/LQB5lOt2HzF"),
    ("nhom-htxvinhlong", "/g/lmhtx-vinhlong/c/aVNLQQIdT5m"),
    ("nhom-htxvinhlong", "/g/lmhtx-vinhlong/c/vHHfpZqNHxi"),
    ("nhom-htxvinhlong", "/g/lmhtx-vinhlong/c/Id-MeDpHoSE"),
    ("social-htxquangngai", "/@htxquangngai/113659910553621857"),
    ("social-htxquangngai", "/@htxquangngai/113599433932853345"),
    ("social-htxquangngai", "/@htxquangngai/113552680550415451"),
    ("social-htxquangngai", "/@htxquangngai/113508404428861216"),
    ("social-htxquangngai", "/@htxquangngai/113445018009636268"),
    ("social-htxquangngai", "/@htxquangngai/113397517516801863"),
    ("social-htxquangngai", "/@htxquangngai/113310498816053642"),
    ("social-htxquangngai", "/@htxquangngai/113190056755236598"),
    ("social-htxquangngai", "/@htxquangngai/112993055539239009"),
    ("tailieu-htxhanam", "/share/page/site/lmhtx/blog-postview?postId=blog-1716859800000-3798"),
    ("tailieu-htxhanam", "/share/page/site/lmhtx/blog-postview?postId=blog-1715793600000-1933"),
    ("akkoma-htxbacninh", "/@htxbacninh"),
    ("gnusocial-htxyenbai", "/conversation/481"),
    ("gnusocial-htxyenbai", "/conversation/483"),
    ("gnusocial-htxyenbai", "/conversation/486"),
    ("gnusocial-htxyenbai", "/conversation/488"),
    ("gnusocial-htxyenbai", "/conversation/491"),
    ("gnusocial-htxyenbai", "/conversation/492"),
    ("gnusocial-htxyenbai", "/conversation/493"),
    ("gnusocial-htxyenbai", "/conversation/495"),
    ("gnusocial-htxyenbai", "/conversation/497"),
    ("gnusocial-htxyenbai", "/conversation/503"),
    ("gnusocial-htxyenbai", "/conversation/508"),
    ("gnusocial-htxyenbai", "/conversation/513"),
    ("gnusocial-htxyenbai", "/conversation/519"),
    ("gnusocial-htxyenbai", "/conversation/524"),
    ("gnusocial-htxyenbai", "/notice/1187"),
    ("gnusocial-htxyenbai", "/notice/1195"),
    ("gnusocial-htxyenbai", "/notice/1207"),
    ("gnusocial-htxyenbai", "/notice/1215"),
    ("gnusocial-htxyenbai", "/notice/1221"),
    ("gnusocial-htxyenbai", "/notice/1228"),
    ("gnusocial-htxyenbai", "/notice/1236"),
    ("gnusocial-htxyenbai", "/notice/1242"),
    ("gnusocial-htxyenbai", "/notice/1252"),
    ("gnusocial-htxyenbai", "/notice/1267"),
    ("gnusocial-htxyenbai", "/notice/1288"),
    ("gnusocial-htxyenbai", "/notice/1306"),
    ("gnusocial-htxyenbai", "/notice/1322"),
    ("gnusocial-htxyenbai", "/notice/1341"),
    # sets 48a-48d (built blind, stop 48): pages alone, a profile learned from every page
    ("congdong-htxphuyen", "/cong-dong/groups/2-lien-minh-htx-tinh-phu-yen/discussions/20-tinh-hinh-phat-trien-htx-tinh-phu-yen-nam-2024"),
    ("mangxh-htxcaobang", "/posts/48294"),
    ("trang-htxsoctrang", "/blog/2024-05-27-so-lieu-phat-trien-htx-nong-nghiep-nam-2023"),
    ("trang-htxsoctrang", "/blog/2024-03-28-trien-khai-nhiem-vu-quy-ii-nam-2024"),
    ("xahoi-htxdienbien", "/item/7742d2ba-4274-0586-6d58-7efc829587ae"),
    ("xahoi-htxdienbien", "/item/a08e5bef-3bfa-219f-9ae1-9ab223a0a4bc"),
    ("xahoi-htxdienbien", "/item/5580929f-94dd-9ac8-781e-b0ebaa556fac"),
    ("congdong-htxphuyen", "/cong-dong/profile/63-nguyen-thi-mai-huong"),
    ("mangxh-htxcaobang", "/people/18c63e534aca0cea9029c70d6e629a8b"),
    ("mangxh-htxcaobang", "/people/18c63e534aca0cea9029c70d6e629a8b?max_time=1739503200"),
    ("mangxh-htxcaobang", "/tags/htx"),
    ("site-htxbentre", "/?file=thong-bao"),
    ("xahoi-htxdienbien", "/channel/htxdienbien"),
    ("xahoi-htxdienbien", "/channel/htxdienbien?page=3"),
    # sets 44a-44d (built blind, stop 44): pages alone, a profile learned from every page
    ("bantin-htxhaugiang", "/tin-tuc/ket-qua-hoat-dong-cua-cac-htx-nong-nghiep-tinh-hau-giang-nam-2012"),
    ("diendan-htxkiengiang", "/viewtopic.php?id=12"),
    ("diendan-htxkiengiang", "/viewtopic.php?id=17"),
    ("diendan-htxkiengiang", "/viewtopic.php?id=21"),
    ("goctin-htxbinhthuan", "/post/2024/05/13/Thong-bao-so-06TB-LMHTX-ve-viec-%C4%91ang-ky-tham-gia-Hoi-cho-nong-san-Binh-Thuan-nam-2024.aspx"),
    ("goctin-htxbinhthuan", "/post/2024/05/06/Anh-HTX-Thanh-long-Ham-Minh-vao-vu-thu-hoach-trai-vu.aspx"),
    ("hoatdong-htxhaiduong", "/modules.php?op=modload&name=News&file=article&sid=164&mode=thread&order=0&thold=0"),
    ("hoatdong-htxhaiduong", "/modules.php?op=modload&name=News&file=article&sid=155&mode=thread&order=0&thold=0"),
    ("hoatdong-htxhaiduong", "/modules.php?op=modload&name=News&file=article&sid=149&mode=thread&order=0&thold=0"),
    ("hoatdong-htxhaiduong", "/modules.php?op=modload&name=News&file=article&sid=146&mode=thread&order=0&thold=0"),
    ("sotay-htxphuyen", "/roller/lienminh/entry/t%C3%ACnh_h%C3%ACnh_ph%C3%A1t_tri%E1%BB%83n_htx"),
    ("thudientu-htxnamdinh", "/pipermail/bantin/2023-December/000000.html"),
    ("thudientu-htxnamdinh", "/pipermail/bantin/2024-February/000001.html"),
    ("thudientu-htxnamdinh", "/pipermail/bantin/2024-March/000002.html"),
    ("thudientu-htxnamdinh", "/pipermail/bantin/2024-April/000003.html"),
    ("thudientu-htxnamdinh", "/pipermail/bantin/2024-May/000004.html"),
    ("thudientu-htxnamdinh", "/pipermail/bantin/2024-May/000005.html"),
    ("thudientu-htxnamdinh", "/pipermail/bantin/2024-May/000007.html"),
    ("thudientu-htxnamdinh", "/pipermail/bantin/2024-June/000008.html"),
    ("thuvien-htxtravinh", "/picture.php?/122"),
    ("trangtin-htxninhthuan", "/blog/posts/htx-muoi-tri-hai-nang-cao-thu-nhap-cho-diem-dan"),
    ("congdong-htxlongan", "/groups/htx-thanh-long-chau-thanh/"),
    # sets 43a-43d (built blind, stop 43): pages alone, a profile learned from every page
    ("ghichep-htxphutho", "/blog/thong-bao-so-05tb-lmhtx-ve-viec-mo-lop-tap-huan-ke-toan-htx-nam-2025/"),
    ("tinnhanh-htxbacninh", "/modules.php?name=News&file=article&sid=130"),
    ("nhipsong-htxtiengiang", "/t%C3%ACnh-h%C3%ACnh-ph%C3%A1t-tri%E1%BB%83n-htx-t%E1%BB%89nh-ti%E1%BB%81n-giang-5-th%C3%A1ng-"
                              "%C4%91%E1%BA%A7u-n%C4%83m-2024"),
    # sets 38a and 38b (built blind, stop 42): pages alone, a profile learned from every page
    ("noibo-htxhoabinh", "/s/van-ban/post/post/view?id=132"),
    ("thongtin-htxcaobang", "/article.php/20250610085741026"),
    ("nhatky-htxvinhphuc", "/969.html"),
    ("nhatky-htxvinhphuc", "/969.html?mode=reply"),
    ("nhatky-htxvinhphuc", "/369.html"),
    ("nhatky-htxvinhphuc", "/369.html?mode=reply"),
    ("nhatky-htxvinhphuc", "/2023/09/01/"),
    # sets 37a and 37b (built blind, stop 41): pages alone, a profile learned from every page
    ("tailieu-htxdaklak", "/tin-tuc/2025/thong-bao-05-tb-lmhtx.html"),
    ("tailieu-htxdaklak", "/tin-tuc/2025/so-lieu-htx-nong-nghiep-2024.html"),
    ("tailieu-htxdaklak", "/tin-tuc/2024/tong-ket-cong-tac-nam-2024.html"),
    # set 35a (built blind, stop 38; in the suite since stop 40): pages alone, a profile learned from every page
    ("tailieu-htxbackan", "/posts/ke-hoach-12-kh-lmhtx-tuan-le-san-pham-htx-2025.html"),
    ("tailieu-htxbackan", "/posts/htx-che-bang-phuc-ra-mat-san-pham-che-shan-tuyet.html"),
    ("trangchu-htxangiang", "/vi/kinh-te-tap-the-tinh-an-giang-nam-2025-so-htx-tang-12-"),
    ("trangchu-htxangiang", "/vi/anh-htx-thot-not-hoang-gia-vao-mua-nau-duong"),
    ("trangchu-htxangiang", "/vi/nam-viec-htx-can-chuan-bi-khi-vay-von-quy-ho-tro-phat-trien-htx"),
    ("trangchu-htxangiang", "/vi/htx-long-dien-b-dua-gao-len-san-tmdt"),
    ("trangchu-htxangiang", "/vi/tap-huan-ky-nang-ban-hang-truc-tuyen-cho-htx-vung-bay-nui"),
    # sets 34 and 35b (built blind, stop 35): pages alone, read with a profile learned from every page of the site
    ("baiviet-htxcamau", "/posts/kinh-te-tap-the-tinh-ca-mau-nam-2025-qua-cac-con-so/index.html"),
    ("bantin-htxbinhduong", "/bai-viet/thong-bao-so-12-tb-lmhtx-dang-ky-tham-gia-hoi-cho-san-pham-htx-ocop-2025"),
    ("blog-htxquangbinh", "/post/thong-bao-09-tb-lmhtx-hoi-cho-ocop-2025/"),
    ("nhatky-htxtravinh", "/2025/05/08/so-lieu-htx-nong-nghiep-tinh-tra-vinh-nam-2024.html"),
    ("thaoluan-htxthaibinh", "/discussion/55/k%E1%BA%BFt-qu%E1%BA%A3-phat-tri%E1%BB%83n-kinh-t%E1%BA%BF-t%E1%BA%ADp-th"
                             "%E1%BB%83-t%E1%BB%89nh-thai-binh-nam-2024"),
    # set 32 (built blind, stop 37): Mezzanine's "Xem toàn văn: <file's link>" closing a plan, out of the text by
    # its builder, kept by the older samples' ("Tải về: Kế hoạch số 09/KH-LMHTX (PDF)"): the crawl keeps it
    ("tinhoatdong-htxninhthuan", "/blog/2025/06/10/k%E1%BA%BF-ho%E1%BA%A1ch-h%E1%BB%97-tr%E1%BB%A3-htx-ti%C3%AAu-th"
                                 "%E1%BB%A5-nho-t%C3%A1o-v%E1%BB%A5-h%C3%A8-thu-n%C4%83m-2025/"),
    # set 31 (built blind, stop 36): pages alone, read with a profile learned from every page of the site
    ("congthongtin-htxnamdinh", "/infusions/news/news.php?readmore=50"),
    ("wiki-htxninhthuan", "/xwiki/bin/view/Blog/%E1%BA%A2nh%20M%C3%B9a%20thu%20ho%E1%BA%A1ch%20nho%20c%E1%BB%A7a%20HTX%20"
                          "N%C3%B4ng%20nghi%E1%BB%87p%20Th%C3%A1i%20An?viewer=attachments"),
    # set 30 (built blind, stop 36): pages alone, read with a profile learned from every page of the site
    *(("congtin-htxbentre", f"/index.php?{slug}") for slug in (
        "phong-su-anh-htx-dua-thanh-phu-vao-mua-thu-hoach", "ben-tre-kinh-te-tap-the-tang-truong-kha-trong-nam-2024",
        "tap-huan-nang-cao-nang-luc-quan-tri-cho-can-bo-htx")),
    ("sotay-htxhatinh", "/blog/2026/02/12/gap-mat-htx-tieu-bieu-tet-binh-ngo-2026/"),
    # set 29 (built blind, stop 35): pages alone, read with a profile learned from every page of the site
    *(("tintuc-htxtuyenquang", f"/tin-tuc/post/{slug}") for slug in (
        "lien-minh-htx-tinh-so-ket-quy-i-nam-2026", "ke-hoach-so-18-kh-lmhtx-boi-duong-can-bo-quan-ly-htx-2026",
        "htx-cam-sanh-ham-yen-lien-ket-tieu-thu-2000-tan-qua", "anh-che-shan-tuyet-ha-giang-vao-vu-xuan",
        "so-lieu-htx-nong-nghiep-toan-tinh-sau-hop-nhat", "bon-viec-htx-can-lam-khi-to-chuc-lai-theo-luat-htx-2023",
        "htx-duoc-lieu-chiem-hoa-mo-rong-vung-trong-ba-kich", "hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-3")),
    ("wiki-htxcaobang", "/article44-Lien-minh-HTX-tinh-Cao-Bang-trien-khai-nhiem-vu-nam-2026"),
    ("nhatky-htxlangson", "/moments"),
    # set 28 (built blind, stop 34): pages alone, read with a profile learned from every page of the site
    ("blog-htxquangnam", "/blog/anh-cho-phien-ocop-hoi-an-ngay-dau-xuan/"),
    # set 27 (built blind, stop 33): pages alone, read with a profile learned from every page of the site
    ("congdong-htxsonla", "/topic/198/h%C6%B0%E1%BB%9Bng-d%E1%BA%ABn-htx-%C4%91%C4%83ng-k%C3%BD-m%C3%A3-s%E1%BB%91-v%C3%B9ng-tr%E1%BB%93ng-xo%C3%A0i-xu%E1%BA%A5t-kh%E1%BA%A9u"),
    ("lienminh-htxhanam", "/tin-tuc/chi-tiet/quyet-dinh-ve-viec-chuyen-giao-quy-ho-tro-phat-trien-htx-tinh-ha-nam"),
    ("trangtin-htxkiengiang", "/tin-tuc/thong-bao-so-06-tb-vpdd-ve-hoi-nghi-tap-huan-luat-htx-nam-2023"),
    ("trangtin-htxkiengiang", "/tin-tuc/hinh-anh-hoi-cho-nong-san-htx-chao-xuan-binh-ngo"),
    # set 25 (built blind, stop 31): pages alone, read with a profile learned from every page of the site
    ("blog-htxsoctrang", "/2026/03/12/tong-ket-hoat-dong-htx-khu-vuc-soc-trang-nam-2025/"),
    ("blog-htxsoctrang", "/2026/02/06/htx-hanh-tim-vinh-chau-xuat-lo-hang-dau-nam-sang-singapore/"),
    ("blog-htxsoctrang", "/2026/01/20/ke-hoach-03-kh-lmhtx-hoi-thi-san-pham-htx-tieu-bieu-2026/"),
    ("blog-htxsoctrang", "/2025/12/28/san-pham-ocop-cua-htx-khu-vuc-soc-trang-nam-2025/"),
    ("blog-htxsoctrang", "/2025/11/08/anh-gian-hang-htx-tai-le-hoi-oc-om-boc-2025/"),
    ("blog-htxsoctrang", "/2025/10/14/htx-tom-lua-my-xuyen-chuyen-sang-quy-trinh-huu-co/"),
    ("blog-htxsoctrang", "/2025/09/04/tap-huan-chuyen-doi-so-cho-giam-doc-htx/"),
    ("blog-htxsoctrang", "/2025/08/19/htx-nong-nghiep-hoa-tu-lien-ket-tieu-thu-gao-st25/"),
    ("diendan-htxbinhduong", "/Thread-Kinh-te-tap-the-tinh-nam-2025-qua-cac-con-so"),
    ("tintuc-htxhoabinh", "/article142.html"),
    ("tintuc-htxhoabinh", "/article131.html"),
    ("tintuc-htxhoabinh", "/article124.html"),
    # set 24 (built blind, stop 30): what a page alone cannot tell, or reads wrong
    ('kienthuc-htxbinhthuan', '/books/van-ban-huong-dan/page/ke-hoach-so-09-kh-lmhtx-tap-huan-chuyen-doi-so-cho-htx-nam-2025'),
    ('kienthuc-htxbinhthuan', '/books/van-ban-huong-dan/page/ke-hoach-so-09-kh-lmhtx-tap-huan-chuyen-doi-so-cho-htx-nam-2025/revisions/114'),
    ('kienthuc-htxbinhthuan', '/books/tin-tuc-hoat-dong/chapter/nam-2025/export/html'),
    ('kienthuc-htxbinhthuan', '/books/van-ban-huong-dan/chapter/ke-hoach-thong-bao/export/html'),
    ('shop-ocopdaklak', '/vi-vn/tin-tuc/anh-mua-thu-hoach-sau-rieng-o-krong-pac'),
    # set 23 (built blind, this stop): what a page alone cannot tell (no profile, no listing date)
    ('lienminh-htxbackan', '/tin-tuc/ke-hoach-so-21-kh-lmhtx-ho-tro-htx-tham-gia-ocop-2025/'),
    ('tthtx-thainguyen', '/blogs/post/Ket-qua-tu-van-ho-tro-HTX-nam-2025'),
    ('tthtx-thainguyen', '/blogs/post/HTX-Che-La-Bang-don-doan-khach-Nhat-Ban'),
    ('tthtx-thainguyen', '/blogs/post/HTX-Thai-Nguyen-va-Bac-Kan-sau-hop-nhat-tinh'),
    ('wiki-lmhtxlangson', '/tin_tuc/htx_dien_hinh/htx_hoi_that_khe'),
    ('wiki-lmhtxlangson', '/tin_tuc/hoat_dong/tong_ket_cong_tac_2025?rev=1773281700'),
    ('wiki-lmhtxlangson', '/tin_tuc/van_ban/ke_hoach_12_kh_lmhtx_2026?rev=1771983000'),
    ('wiki-lmhtxlangson', '/tin_tuc/hoat_dong/ky_ket_hop_tac_agribank_lang_son?rev=1764925800'),
    # set 22 (built blind, this stop)
    ("cong-camau", "/webcenter/portal/camau/pages_r/l/chi-tiet-tin?dDocName=CMU0314470"),
    # set 21 (built blind, stop 27)
    ("blog-htxninhthuan", "/post/747811520938041344/ke-hoach-so-12-kh-bll-to-chuc-ngay-hoi-htx-ninh-thuan-nam-2026"),
    ("blog-htxninhthuan", "/post/746512044125814784/htx-toi-phuoc-dinh-ra-mat-san-pham-toi-den"),
    ("chuyenmuc-kthtx-baobacninh", "/emagazine/htx-gom-phu-lang-giu-lua-nghe-tram-nam-185877.htm"),
    *(("space-htxhungyen", p) for p in (
        "/display/LMHTX/2026/03/10/K%E1%BA%BF+ho%E1%BA%A1ch+s%E1%BB%91+15%2FKH-LMHTX+t%E1%BB%95+ch%E1%BB%A9c+H%E1%BB%99i+ch%E1%BB%A3"
        "+s%E1%BA%A3n+ph%E1%BA%A9m+HTX+t%E1%BB%89nh+H%C6%B0ng+Y%C3%AAn+n%C4%83m+2026",
        "/pages/viewpage.action?pageId=65274150")),
    ("wiki-htxvietnam", "/wiki/Tin_t%E1%BB%A9c:L%E1%BB%8Bch_t%E1%BA%ADp_hu%E1%BA%A5n_c%C3%A1n_b%E1%BB%99_HTX_qu%C3%BD_I_n%C4%83m_2026"),
    *(("chuyenmuc-kthtx-baobacninh", f"/{slug}.bbn") for slug in (
        "bac-ninh-don-hon-2-trieu-luot-khach-dip-le-hoi-xuan-186410", "clb-bong-chuyen-bac-ninh-gianh-ve-du-giai-vo-dich-quoc-gia-186455",
        "khoi-cong-cau-vuot-nut-giao-quoc-lo-18-186490", "gia-lua-xuan-tang-nhe-nong-dan-phan-khoi-186503",
        "phat-hien-co-so-san-xuat-banh-keo-khong-ro-nguon-goc-186377")),
    ("lmhtx-langson", "/lmhtx/web.nsf/0/F4C385FD4289A382CF507343F1D11FFF?OpenDocument"),
    ("lmhtx-gialai-moi", "/vi/tin-tuc/htx-dua-tam-quan-lien-ket-xuat-khau-thach-dua.html"),
    ("lmhtx-quangngai-moi", "/tin-tuc/htx-que-tra-bong-vao-vu-xuat-hang-tet"),
    ("lmhtx-quangngai-moi", "/tin-tuc/quang-ngai-co-them-16-san-pham-ocop-cua-htx"),
    ("lmhtx-quangngai-moi", "/tin-tuc/anh-htx-sam-ngoc-linh-vao-vu-thu-hoach"),
    ("lmhtx-quangngai-moi", "/tin-tuc/lien-minh-htx-tinh-quang-ngai-moi-di-vao-hoat-dong"),
    ("tthtx-quangninh", "/HTX-nuoi-trong-thuy-san-Tien-Yen-mo-rong-vung-nuoi"),
    ("bantin-dongthap", "/vi/tin-tuc/quyet-dinh-thanh-lap-ban-bien-tap-ban-tin-kinh-te-hop-tac~n371"),
    ("bantin-vinhlong", "/index.php/tin-tuc/item/119-htx-rau-an-toan-tieu-can-lien-ket-voi-sieu-thi"),
    *(("bantin-thanhhoa", f"/?u=5e2b9c41d7a8f03e6c1b24d9a&id={c}") for c in (
        "3f9a1c7e20", "b27e04d9c1", "d81f6a2b03", "6a4d2e8b15", "e93b7c1d26", "5b08f1a3e7", "8f2a6b0d49", "a7c3e15f60")),
    ("cong-nghean", "/cs/Satellite?c=Article_C&cid=1400000134810&pagename=NgheAn%2FArticle_C%2FLayout"),
    ("bantin-haiphong", "/p/phong-su-anh-mua-thu-hoach-hanh-tay-kien-thuy"),
    ("bantin-haiphong", "/p/thong-bao-so-12-tb-lmhtx-ho-tro-htx-tham-gia-hoi-cho"),
    ("bantin-haiphong", "/p/muoi-viec-htx-can-lam-khi-chuyen-doi-theo-luat-moi"),
    ("congdong-htxquangtri", "/t/ke-hoach-ho-tro-htx-tham-gia-san-thuong-mai-dien-tu-nam-2026/391"),
    ("diendan-htxnamdinh", "/threads/thong-bao-so-15-tb-lmhtx-ve-viec-dang-ky-tham-gia-hoi-cho-nong-san-htx-nam-2026.124/"),
    ("sonnmt-hatinh", "/cms/render/live/vi/sites/sonnmt/home/thong-bao/lich-tiep-nhan-ho-so-thanh-lap-htx.html"),
    # sets 45a-45d (built blind, stop 45): pages alone, a profile learned from every page
    ("bantin-htxbaclieu", "/news/41/HTX-Nong-nghiep-Vinh-Hung-ky-ket-tieu-thu-lua-ST25-vu-he-thu"),
    ("bantin-htxbaclieu", "/news/38/Anh-Diem-dan-HTX-Muoi-Long-Dien-vao-vu-thu-hoach"),
    ("bantin-htxbaclieu", "/news/29/HTX-Tom-Lua-Phuoc-Long-nang-gia-tri-san-pham"),
    ("bantin-htxbaclieu", "/news/26/Lien-minh-HTX-tinh-ho-tro-HTX-Dich-vu-Nong-nghiep-Hoa-Binh-vay-von"),
    ("congtin-htxbacgiang", "/thong-bao/49-thong-bao-12-tb-lmhtx-nam-2011.html"),
    ("congtin-htxbacgiang", "/kien-thuc-mo-hinh/46-huong-dan-phuong-an-sxkd-2012.html"),
    ("diendan-htxhue", "/posts/t127-Lien-minh-HTX-tinh-tap-huan-ban-hang-truc-tuyen-cho-HTX"),
    ("diendan-htxsoctrang", "/topic.asp?TOPIC_ID=1302"),
    ("diendan-htxsoctrang", "/topic.asp?TOPIC_ID=1303"),
    ("diendan-htxsoctrang", "/topic.asp?TOPIC_ID=1304"),
    ("diendan-htxsoctrang", "/topic.asp?TOPIC_ID=1306"),
    ("diendan-htxsoctrang", "/topic.asp?TOPIC_ID=1307"),
    ("diendan-htxsoctrang", "/topic.asp?TOPIC_ID=1308"),
    ("diendan-htxsoctrang", "/topic.asp?TOPIC_ID=1310"),
    ("diendan-htxsoctrang", "/topic.asp?TOPIC_ID=1311"),
    ("mangxa-htxbinhdinh", "/m/news/view/Liên-minh-HTX-tỉnh-làm-việc-với-HTX-Dịch-vụ-nông-nghiệp-Cát-Hiệp"),
    ("mangxa-htxbinhdinh", "/blogs/entry/ket-qua-hoat-dong-htx-nong-nghiep-2024"),
    ("mangxa-htxbinhdinh", "/blogs/entry/htx-nhon-hau-dua-may-cay-vao-san-xuat"),
    ("tin-htxbackan", "/tin-tuc/nhung-dieu-htx-can-biet-ve-luat-hop-tac-xa-nam-2023.html"),
    ("tin-htxbackan", "/tin-tuc/htx-che-bang-phuc-mo-rong-vung-che-dat-chuan-vietgap.html"),
    ("tintuc-htxquangnam", "/hoat-dong/ket-qua-hoat-dong-kinh-te-tap-the-tinh-quang-nam-quy-i-nam-2025"),
    ("tintuc-htxquangnam", "/hoat-dong/lien-minh-htx-tinh-lam-viec-voi-htx-dich-vu-nong-nghiep-dien-quang"),
    ("trang-htxbariavungtau", "/tin-tuc/lien-minh-htx-tinh-lam-viec-voi-htx-dich-vu-nong-nghiep-bau-lam"),
    ("trang-htxhochiminh", "/tin-tuc/2024/tinh-hinh-phat-trien-htx-9-thang-2024"),
    ("trang-htxhochiminh", "/tin-tuc/2024/lam-viec-voi-htx-thanh-nien-can-gio"),
    ("anh-htxhagiang", "/thumbnails.php?album=lastup&page=1"),
    ("anh-htxhagiang", "/thumbnails.php?album=lastup&page=2"),
    ("anh-htxhagiang", "/thumbnails.php?album=lastup"),
    ("anh-htxhagiang", "/index.php?cat=2&page=2"),
    ("congtin-htxbacgiang", "/tin-hoat-dong.html?start=5"),
    ("diendan-htxsoctrang", "/topic.asp?TOPIC_ID=1309"),
    ("wiki-htxdaknong", "/TinTuc/2024/ThongBao08TBLMHTX?action=recall&rev=1"),
    ("wiki-htxdaknong", "/TinTuc/2024/ThongBao08TBLMHTX?action=diff&rev1=1&rev2=2"),
    ("wiki-htxdaknong", "/TinTuc/2024/AnToanThucPhamHTX?action=recall&rev=1"),
    ("wiki-htxdaknong", "/TinTuc/2024/AnToanThucPhamHTX?action=diff&rev1=1&rev2=2"),
    # sets 46a-46d (built blind, stop 46): pages alone, a profile learned from every page
    ("blog-htxlaichau", "/blog/entry/htx-thao-qua-sin-ho-mo-rong-lien-ket-tieu-thu-san-pham"),
    ("congdong-htxkontum", "/post/139"),
    ("diendan-htxphuyen", "/userlist.php"),
    ("diendan-htxphuyen", "/viewtopic.php?id=22"),
    ("diendan-htxphuyen", "/viewtopic.php?id=26"),
    ("diendan-htxphuyen", "/viewtopic.php?id=27"),
    ("diendan-htxphuyen", "/viewtopic.php?id=31"),
    ("mangxa-htxlongan", "/display/68e097ae-60f4-b823-7026-2b67f5ef7323"),
    ("portal-htxthainguyen", "/portal/site/htxthainguyen/menuitem.8fe36b02cd9f7d3eda768423d0fccd32/?vgnextoid=b2ee9021fad78fa1VgnVCM1000002a0a0a0aRCRD&vgnextchannel=28e3067dcef56c45VgnVCM1000002a0a0a0aRCRD&vgnextfmt=default"),
    ("portal-htxthainguyen", "/portal/site/htxthainguyen/menuitem.de31b9fb02967c36d127a18cb6947193/?vgnextoid=25f514f6a168dde0VgnVCM1000002a0a0a0aRCRD&vgnextchannel=cae3f329082b1e3cVgnVCM1000002a0a0a0aRCRD&vgnextfmt=default"),
    ("portal-htxthainguyen", "/portal/site/htxthainguyen/menuitem.de31b9fb02967c36d127a18cb6947193/?vgnextoid=4bebf07f04f890c7VgnVCM1000002a0a0a0aRCRD&vgnextchannel=439e67e6fa86ee42VgnVCM1000002a0a0a0aRCRD&vgnextfmt=default"),
    ("portal-htxthainguyen", "/portal/site/htxthainguyen/menuitem.de31b9fb02967c36d127a18cb6947193/?vgnextoid=584d1e6c4eb41730VgnVCM1000002a0a0a0aRCRD&vgnextchannel=439e67e6fa86ee42VgnVCM1000002a0a0a0aRCRD&vgnextfmt=default"),
    ("portal-htxthainguyen", "/portal/site/htxthainguyen/menuitem.de31b9fb02967c36d127a18cb6947193/?vgnextoid=64a0ba49b51ffecaVgnVCM1000002a0a0a0aRCRD&vgnextchannel=cae3f329082b1e3cVgnVCM1000002a0a0a0aRCRD&vgnextfmt=default"),
    ("portal-htxthainguyen", "/portal/site/htxthainguyen/menuitem.de31b9fb02967c36d127a18cb6947193/?vgnextoid=d222ebce09a5d233VgnVCM1000002a0a0a0aRCRD&vgnextchannel=cae3f329082b1e3cVgnVCM1000002a0a0a0aRCRD&vgnextfmt=default"),
    ("portal-htxthainguyen", "/portal/site/htxthainguyen/menuitem.de31b9fb02967c36d127a18cb6947193/?vgnextoid=d9cdb19003c4f86bVgnVCM1000002a0a0a0aRCRD&vgnextchannel=07aea7d576350c22VgnVCM1000002a0a0a0aRCRD&vgnextfmt=default"),
    ("portal-htxthainguyen", "/portal/site/htxthainguyen/menuitem.de31b9fb02967c36d127a18cb6947193/?vgnextoid=e4d61549ec1c8d3bVgnVCM1000002a0a0a0aRCRD&vgnextchannel=439e67e6fa86ee42VgnVCM1000002a0a0a0aRCRD&vgnextfmt=default"),
    ("shop-htxbinhphuoc", "/blog/gian-hang-htx-dieu-bu-gia-map-tren-cho-san-pham-htx"),
    ("shop-htxbinhphuoc", "/blog/ho-tieu-loc-ninh-vuon-ra-thi-truong-quoc-te"),
    ("shop-htxbinhphuoc", "/blog/kinh-nghiem-bao-quan-hat-dieu-sau-thu-hoach"),
    ("thaoluan-htxdienbien", "/read.php?1,130"),
    ("thaoluan-htxdienbien", "/read.php?4,122"),
    ("thaoluan-htxdienbien", "/read.php?4,123"),
    ("thaoluan-htxdienbien", "/read.php?4,127"),
    ("thudientu-htxninhthuan", "/hyperkitty/list/bantin@lists.htxninhthuan.vn/thread/6KBTTZ74LQQLV4AP6UOCX2X3T3YOFWAP/"),
    ("thudientu-htxninhthuan", "/hyperkitty/list/bantin@lists.htxninhthuan.vn/thread/AWSTNKUH3OT7K4KP3MCMQSP5RBQHBATC/"),
    ("thudientu-htxninhthuan", "/hyperkitty/list/bantin@lists.htxninhthuan.vn/thread/CNGQUXTRYZPHFDYCF6CA7FZUW4U5OSHG/"),
    ("thudientu-htxninhthuan", "/hyperkitty/list/bantin@lists.htxninhthuan.vn/thread/FDS3734YHZHFJFM2ZT2O2Z67LKG7W6WR/"),
    ("thudientu-htxninhthuan", "/hyperkitty/list/bantin@lists.htxninhthuan.vn/thread/FMT2FUPY33DH32KIK7UKRO3OFNEJ2OJM/"),
    ("thudientu-htxninhthuan", "/hyperkitty/list/bantin@lists.htxninhthuan.vn/thread/IV6Y7Y2XNJ2POPD66T56XBAODHAHXIDD/"),
    ("thudientu-htxninhthuan", "/hyperkitty/list/bantin@lists.htxninhthuan.vn/thread/JGQKOGY3GJD76N4MZZ3RSIYSSHDAD2KU/"),
    ("thudientu-htxninhthuan", "/hyperkitty/list/bantin@lists.htxninhthuan.vn/thread/NDMQJLQTBULJENURD6KGFMYAKIGCZI5I/"),
    ("thuvien-htxtiengiang", "/items/show/13"),
    ("thuvien-htxtiengiang", "/items/show/15"),
    ("thuvien-htxtiengiang", "/items/show/16"),
    ("thuvien-htxtiengiang", "/items/show/17"),
    ("thuvien-htxtiengiang", "/items/show/18"),
    ("thuvien-htxtiengiang", "/items/show/19"),
    ("thuvien-htxtiengiang", "/items/show/23"),
    ("trangweb-htxhoabinh", "/pages/posts/htx-buoi-do-tan-lac-mo-rong-vung-trong-theo-tieu-chuan-vietgap-44.php"),
    ("trangweb-htxhoabinh", "/pages/posts/htx-mat-ong-mai-chau-nang-cao-chat-luong-san-pham-42.php"),
    ("trangweb-htxhoabinh", "/pages/posts/lien-minh-htx-tinh-hoa-binh-tong-ket-cong-tac-nam-2024-41.php"),
    ("trangweb-htxhoabinh", "/pages/posts/lien-minh-htx-tinh-lam-viec-voi-htx-dich-vu-nong-nghiep-luong-son-43.php"),
    ("trangweb-htxhoabinh", "/pages/posts/nhung-luu-y-khi-htx-xay-dung-phuong-an-san-xuat-kinh-doanh-45.php"),
    ("trangweb-htxhoabinh", "/pages/posts/thong-bao-so-15tb-lmhtx-ve-viec-to-chuc-tap-huan-chuyen-doi-so-cho-htx-nam-2025-48.php"),
    ("video-htxtravinh", "/w/351vcpm8poQLGUf9VjVd7g"),
    ("video-htxtravinh", "/w/AeN7jmnuwRiLXWk6Yt4tEW"),
    ("video-htxtravinh", "/w/C6jNusCxdvK4fXoFeHT9Bt"),
    ("video-htxtravinh", "/w/FjBFpYjuKEFUkQ4w3mGuFx"),
    ("video-htxtravinh", "/w/LVPhSVPcuQXevJjCNr7a9J"),
    ("video-htxtravinh", "/w/LfYQD3yqm1Z4c4FsxQLW3c"),
    ("video-htxtravinh", "/w/SeCZAzxMraLT9s4aKZAG5"),
    ("video-htxtravinh", "/w/XPV8sGsAfMbC5DYCk1Am3g"),
    ("wiki-htxyenbai", "/TinTuc/AnhHoiChoNongSan2024"),
    ("wiki-htxyenbai", "/TinTuc/HopMatHtx2024"),
    ("wiki-htxyenbai", "/TinTuc/HtxChePhinhHoMoRongVungNguyenLieu"),
    ("wiki-htxyenbai", "/TinTuc/KyThuatChamSocQueHuuCo"),
    ("wiki-htxyenbai", "/TinTuc/SoLieuHtxQuy1Nam2024"),
    ("wiki-htxyenbai", "/TinTuc/ThongBao12TbLmhtx2024"),
    ("wiki-htxyenbai", "/TinTuc/TongKetCongTacNam2023"),
    ("wiki-htxyenbai", "/TinTuc/VanYenThanhLapMoiBonHtx"),
    ("wiki-htxyenbai", "/bin/view/TinTuc/AnhHoiChoNongSan2024?rev=1"),
    ("wiki-htxyenbai", "/bin/view/TinTuc/HopMatHtx2024?rev=1"),
    ("wiki-htxyenbai", "/bin/view/TinTuc/HopMatHtx2024?rev=2"),
    ("wiki-htxyenbai", "/bin/view/TinTuc/KyThuatChamSocQueHuuCo?rev=1"),
    # sets 47a-47d (built blind, stop 47): pages alone, a profile learned from every page
    ('baiviet-htxthaibinh', '/K%E1%BA%BFt-qu%E1%BA%A3-ph%C3%A1t-tri%E1%BB%83n-kinh-t%E1%BA%BF-t%E1%BA%ADp-th%E1%BB%83-t%E1%BB%89nh-Th%C3%A1i-B%C3%ACnh-n%C4%83m-2024-04-21'),
    ('baiviet-htxthaibinh', '/Th%C3%B4ng-b%C3%A1o-s%E1%BB%91-06-TB-LMHTX-v%E1%BB%81-vi%E1%BB%87c-%C4%91%C4%83ng-k%C3%BD-tham-gia-H%E1%BB%99i-ch%E1%BB%A3-OCOP-t%E1%BB%89nh-Th%C3%A1i-B%C3%ACnh-n%C4%83m-2025-05-05-2'),
    ('blog-htxhatinh', '/%E1%BA%A3nh-htx-b%C6%B0%E1%BB%9Fi-ph%C3%BAc-tr%E1%BA%A1ch-ch%C4%83m-s%C3%B3c-v%C6%B0%E1%BB%9Dn-b%C6%B0%E1%BB%9Fi-m%C3%B9a-m%C6%B0a-a37ea37bcec5'),
    ('blog-htxhatinh', '/htx-n%C3%B4ng-nghi%E1%BB%87p-s%C6%A1n-b%E1%BA%B1ng-l%C3%A0m-gi%C3%A0u-t%E1%BB%AB-c%C3%A2y-ch%C3%A8-xanh-8873d32a8cfa'),
    ('blog-htxhatinh', '/li%C3%AAn-minh-htx-t%E1%BB%89nh-h%C3%A0-t%C4%A9nh-t%E1%BB%95ng-k%E1%BA%BFt-c%C3%B4ng-t%C3%A1c-n%C4%83m-2024-48b94a67fe31'),
    ('blog-htxhatinh', '/li%C3%AAn-minh-htx-t%E1%BB%89nh-l%C3%A0m-vi%E1%BB%87c-v%E1%BB%9Bi-htx-d%E1%BB%8Bch-v%E1%BB%A5-t%E1%BB%95ng-h%E1%BB%A3p-c%E1%BA%A9m-b%C3%ACnh-70917f056752'),
    ('blog-htxhatinh', '/nh%E1%BB%AFng-l%C6%B0u-%C3%BD-khi-htx-s%E1%BA%A3n-xu%E1%BA%A5t-l%C3%BAa-h%C3%A8-thu-n%C4%83m-2025-b4e40706102e'),
    ('blog-htxhatinh', '/th%C3%B4ng-b%C3%A1o-s%E1%BB%91-08-tb-lmhtx-v%E1%BB%81-vi%E1%BB%87c-t%E1%BB%95-ch%E1%BB%A9c-h%E1%BB%99i-ngh%E1%BB%8B-x%C3%BAc-ti%E1%BA%BFn-ti%C3%AAu-th%E1%BB%A5-s%E1%BA%A3n-ph%E1%BA%A9m-htx-n%C4%83m-2025-9430b5598049'),
    ('congtt-htxbacninh', '/portal/page/portal/htxbacninh/tin_tuc/chi_tiet?p_itemid=23410&p_cateid=7'),
    ('diendan-htxdanang', '/forums/topic/thong-bao-so-15-tb-lmhtx-ve-viec-dang-ky-tham-gia-phien-cho-san-pham-ocop-da-nang-nam-2025/'),
    ('diendan-htxlamdong', '/forum/thread/141-htx-hoa-v%E1%BA%A1n-th%C3%A0nh-gi%E1%BB%9Bi-thi%E1%BB%87u-hoa-c%C3%BAc-hoa-h%E1%BB%93ng-c%E1%BA%AFt-c%C3%A0nh/'),
    ('hoidap-htxcantho', '/moderation/showActivityLog.page'),
    ('hoidap-htxcantho', '/posts/list/1282.page'),
    ('hoidap-htxcantho', '/posts/list/1283.page'),
    ('hoidap-htxcantho', '/posts/list/1284.page'),
    ('hoidap-htxcantho', '/posts/list/1291.page'),
    ('kho-htxthanhhoa', '/items/34f40a84-0bea-4508-ab7d-4d18a8af9f1d'),
    ('kho-htxthanhhoa', '/items/417a06e6-160c-4047-ab87-b241b233aa32'),
    ('kho-htxthanhhoa', '/items/7152c9db-b4c3-4ce8-ad96-37b10bd14014'),
    ('kho-htxthanhhoa', '/items/90ccb33d-236b-403d-a4d4-407c60108a06'),
    ('kho-htxthanhhoa', '/items/91dd6c60-26fb-4b95-a804-92a161ddcfbe'),
    ('kho-htxthanhhoa', '/items/bcdcb83c-2d28-4e74-a8a6-28f8ae7b4dd2'),
    ('kho-htxthanhhoa', '/items/c1b1a761-df47-458f-a98f-353a19774ca4'),
    ('kho-htxthanhhoa', '/items/eeae1f97-84d9-4d7a-a533-506d7cdeb45e'),
    ('mangxa-htxvinhlong', '/notes/9tcjo6tck3vl0002'),
    ('mangxa-htxvinhlong', '/notes/9tdmlxs0k3vl0001'),
    ('sotay-htxnamdinh', '/static/HTX%2520H%25E1%25BA%25A3i%2520H%25E1%25BA%25ADu%2520v%25C3%25A0o%2520m%25C3%25B9a%2520g%25E1%25BA%25B7t%2520l%25C3%25BAa%2520t%25C3%25A1m%2520xoan.html'),
    ('sotay-htxnamdinh', '/static/HTX%2520Mu%25E1%25BB%2591i%2520B%25E1%25BA%25A1ch%2520Long%2520gi%25E1%25BB%25AF%2520ngh%25E1%25BB%2581%2520l%25C3%25A0m%2520mu%25E1%25BB%2591i%2520truy%25E1%25BB%2581n%2520th%25E1%25BB%2591ng.html'),
    ('sotay-htxnamdinh', '/static/HTX%2520Rau%2520an%2520to%25C3%25A0n%2520M%25E1%25BB%25B9%2520Th%25C3%25A0nh%2520m%25E1%25BB%259F%2520r%25E1%25BB%2599ng%2520di%25E1%25BB%2587n%2520t%25C3%25ADch%2520s%25E1%25BA%25A3n%2520xu%25E1%25BA%25A5t.html'),
    ('sotay-htxnamdinh', '/static/K%25E1%25BA%25BFt%2520qu%25E1%25BA%25A3%2520ph%25C3%25A1t%2520tri%25E1%25BB%2583n%2520kinh%2520t%25E1%25BA%25BF%2520t%25E1%25BA%25ADp%2520th%25E1%25BB%2583%2520t%25E1%25BB%2589nh%2520Nam%2520%25C4%2590%25E1%25BB%258Bnh%2520n%25C4%2583m%25202024.html'),
    ('sotay-htxnamdinh', '/static/Li%25C3%25AAn%2520minh%2520HTX%2520t%25E1%25BB%2589nh%2520Nam%2520%25C4%2590%25E1%25BB%258Bnh%2520t%25E1%25BB%2595ng%2520k%25E1%25BA%25BFt%2520c%25C3%25B4ng%2520t%25C3%25A1c%2520n%25C4%2583m%25202024.html'),
    ('sotay-htxnamdinh', '/static/Li%25C3%25AAn%2520minh%2520HTX%2520t%25E1%25BB%2589nh%2520l%25C3%25A0m%2520vi%25E1%25BB%2587c%2520v%25E1%25BB%259Bi%2520HTX%2520N%25C3%25B4ng%2520nghi%25E1%25BB%2587p%2520Ngh%25C4%25A9a%2520L%25C3%25A2m.html'),
    ('sotay-htxnamdinh', '/static/Nh%25E1%25BB%25AFng%2520l%25C6%25B0u%2520%25C3%25BD%2520khi%2520HTX%2520ch%25C4%2583m%2520s%25C3%25B3c%2520l%25C3%25BAa%2520xu%25C3%25A2n%2520giai%2520%25C4%2591o%25E1%25BA%25A1n%2520tr%25E1%25BB%2597%2520b%25C3%25B4ng.html'),
    ('sotay-htxnamdinh', '/static/Th%25C3%25B4ng%2520b%25C3%25A1o%2520s%25E1%25BB%2591%252007%252FTB-LMHTX%2520v%25E1%25BB%2581%2520vi%25E1%25BB%2587c%2520t%25E1%25BA%25ADp%2520hu%25E1%25BA%25A5n%2520k%25E1%25BA%25BF%2520to%25C3%25A1n%2520HTX%2520n%25C4%2583m%25202025.html'),
}


ARTICLES = [pytest.param(site, art, id=f"{site}{art['path']}", marks=[
                pytest.mark.xfail(strict=True, reason=OPEN[site])] if (site, art["path"]) in OPEN_PAGES else [])
            for site, exp in EXPECTED.items() for art in exp["articles"]]
NON_ARTICLES = [pytest.param(site, path, id=f"{site}{path}", marks=[
                    pytest.mark.xfail(strict=True, reason=OPEN[site])] if (site, path) in OPEN_PAGES else [])
                for site, exp in EXPECTED.items() for path in exp.get("non_articles", [])]


@pytest.fixture(scope="module")
def portals(tmp_path_factory):
    """The sample portals served on loopback, and their registry entries by site id."""
    with SampleSites() as sites:
        registry = sites.write_registry(tmp_path_factory.mktemp("pages") / "sites.yaml")
        yield sites, {s.id: s for s in load_sites(registry)}


def fetch(portals, site_id: str, path: str) -> str:
    """The page's text as the crawl decodes it (registry encoding, else the declared charset)."""
    sites, entries = portals
    # (an address as its page links it, Vietnamese letters unencoded: sent as a browser sends it)
    url = sites.base(site_id) + quote(path, safe="/?&=%:+,;@!$'()*~")
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.url == url, f"{path} redirects to {response.url}: not a stored page"
        return decode_html(response.read(), response.headers.get("Content-Type"), entries[site_id].encoding)


@pytest.fixture(scope="module")
def profiles(portals):
    """Each site's template learned from its article and non-article pages, as a crawl has it
    once it has read a few pages of the site."""
    out = {}
    for site_id, exp in EXPECTED.items():
        paths = [a["path"] for a in exp["articles"]] + list(exp.get("non_articles", []))
        out[site_id] = SiteProfile.learn(site_id, [parse_html(fetch(portals, site_id, p)) for p in paths])
    return out


def listing_date(expected: dict) -> str | None:
    """The listing's date for an article whose address holds another day than its page (see
    the module docstring); None for the others."""
    day = url_date(expected["path"])
    if day is None or "listing" not in expected["published_evidence"] or "url" in expected["published_evidence"]:
        return None
    return datetime.fromisoformat(expected["published"]).strftime("%d/%m/%Y")


def run(portals, profiles, site_id: str, path: str, listed: str | None = None):
    """The page's extraction; an article split over pages with its later parts joined, as
    the crawl reads them (crawler.multipage)."""
    sites, entries = portals
    site = entries[site_id]

    def one(path: str):
        return extract(fetch(portals, site_id, path), sites.base(site_id) + path, rules=rules_for_site(site),
                       site=site.id, site_name=site.name, province=site.province, listing_date=listed,
                       province_today=site.province_today, fetched_at=FETCHED_AT, profile=profiles[site_id])

    def part(url: str):
        return extract_part(fetch(portals, site_id, url.removeprefix(sites.base(site_id))), url,
                            rules=rules_for_site(site), site=site.id, site_name=site.name,
                            fetched_at=FETCHED_AT, profile=profiles[site_id]), url

    result = one(path)
    if result.is_article:
        result.item = read_parts(result.item, result.doc, sites.base(site_id) + path, part)
    return sites, result


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("site_id, expected", ARTICLES)
def test_article_page(portals, profiles, site_id, expected):
    sites, result = run(portals, profiles, site_id, expected["path"], listing_date(expected))
    assert result.is_article, f"not an article: {result.kind} ({result.reason})"
    item = result.item
    base = sites.base(site_id)
    want = {"title": expected["title"], "author": expected["author"],
            "published": None if expected["published_source"] == "listing" else expected["published"],
            "canonical_url": canonical_url(base + expected["path"]), "doc_number": expected["doc_number"],
            "attachments": [{"url": canonical_url(base + a["path"]), "text": a["text"]} for a in expected["attachments"]]}
    got = {k: item[k] for k in want}
    got["attachments"] = [{"url": a["url"], "text": a["text"]} for a in item["attachments"]]
    diff = {k: {"expected": want[k], "got": got[k]} for k in want if got[k] != want[k]}
    want_lines, got_lines = _lines(expected["body"]), _lines(item["text"])
    if want_lines != got_lines:
        diff["text"] = {"missing": [x for x in want_lines if x not in got_lines],
                        "extra": [x for x in got_lines if x not in want_lines]}
        if not diff["text"]["missing"] and not diff["text"]["extra"]:
            diff["text"] = "same lines in another order"
    assert not diff, json.dumps(diff, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("site_id, path", NON_ARTICLES)
def test_non_article_page(portals, profiles, site_id, path):
    sites, entries = portals
    if not entries[site_id].covers(sites.base(site_id) + path):
        # another body's news on a shared host: the crawl keeps to the site's sections (test_links)
        pytest.skip("out of the site's sections: never read as its page")
    _, result = run(portals, profiles, site_id, path)
    if result.is_article and result.linked_post:
        # a page showing another page's post under its linked title: the crawl waits for that page
        # and keeps no item of this one when it is an article (spiders.portals._article_of)
        base = sites.base(site_id)
        articles = {url_key(base + p) for a in EXPECTED[site_id]["articles"] for p in [a["path"], *a.get("aliases", [])]}
        assert url_key(result.linked_post) in articles, f"taken for an article: {result.item['title']!r}"
        return
    assert not result.is_article, f"taken for an article: {result.item['title']!r}"


TWINS = [pytest.param(site, a, b, id=f"{site}{a}") for site, exp in EXPECTED.items() for a, b in exp.get("twins", [])]


@pytest.mark.parametrize("site_id, path, twin", TWINS)
def test_encoding_twins_read_the_same(portals, profiles, site_id, path, twin):
    """The same article served in two encodings (NFC and NFD UTF-8, windows-1258) gives one text."""
    (_, a), (_, b) = run(portals, profiles, site_id, path), run(portals, profiles, site_id, twin)
    assert a.is_article and b.is_article
    assert (a.item["title"], a.item["text"]) == (b.item["title"], b.item["text"])
