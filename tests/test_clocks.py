"""How a site writes its clocks, learned from its pages' hours (`dates.clocks`, `SiteProfile.clock`),
and publication dates read with it (`find_published(clock=…)`, `page_links(clock=…)`)."""

from datetime import date, datetime

import lxml.html

from crawler.dates import TZ, Clock, find_published
from crawler.dates.clocks import clocks_shown
from crawler.profile import SiteProfile
from crawler.themes import waits_for_clock

TODAY = date(2026, 1, 10)
FETCHED = datetime(2026, 1, 10, 9, 0, tzinfo=TZ)
BODY = ("<p>Liên minh Hợp tác xã tỉnh đã làm việc với Hợp tác xã Dịch vụ nông nghiệp An Thạnh về kế hoạch sản xuất "
        "vụ hè thu, liên kết tiêu thụ dừa và bưởi cho thành viên.</p>"
        "<p>Hợp tác xã hiện cung ứng vật tư, cây giống và tiêu thụ nông sản cho hơn 300 hộ thành viên trong xã.</p>")


def doc(html: str):
    return lxml.html.fromstring(html)


def test_a_page_shows_its_first_dated_clock_of_each_kind():
    page = doc('<html><head><meta property="article:published_time" content="2025-08-04T17:00:00Z"></head>'
               '<body><p>Thứ Bảy, 10/01/2026 08:55</p>'  # today's banner: no post's
               '<p>Ngày 12/5/2024</p>'  # a day without its clock
               '<p>08-05-2024 lúc 23:20 trong Tin hoạt động</p>'  # the post's
               '<p>09-05-2024 lúc 13:42</p>'  # a reader's reaction, at any hour: not counted
               '<time datetime="2024-05-11T23:40:00+00:00">11 Tháng 5 2024</time></body></html>')
    texts = [p.text_content() for p in page.iter("p")]
    # (the metadata's "…T17:00:00Z" is Vietnam's midnight: a day's stamp, no clock)
    assert clocks_shown(page, texts, TODAY) == {("bare", "2024-05-08 23:20", 23), ("utc", "2024-05-11 23:40", 23)}
    # an ISO stamp printed as text says its zone
    printed = doc("<html><body><p>2024-01-12T08:30:31Z</p></body></html>")
    assert clocks_shown(printed, ["2024-01-12T08:30:31Z"], TODAY) == {("utc", "2024-01-12 08:30", 8)}


TOPICS = ["dừa", "bưởi", "lúa", "tôm", "cà phê", "chè", "mía", "điều", "thanh long", "sầu riêng"]


def _site(lines: list[str], stamps: list[str] = ()) -> SiteProfile:
    """A profile learned from one page per post, each with its date line (and stamp)."""
    profile = SiteProfile("x")
    for topic, line, stamp in zip(TOPICS, lines, list(stamps) or [None] * len(lines)):
        time_el = f'<time datetime="{stamp}"></time>' if stamp else ""
        profile.add(doc(f"<html><body><h1>Hợp tác xã trồng {topic} mở rộng vùng nguyên liệu</h1><p>{line}</p>{time_el}"
                        f"<p>Thành viên hợp tác xã trồng {topic} được hỗ trợ giống và kỹ thuật.</p></body></html>"))
    return profile


# Posts of the working day, 07:00-17:00 in Vietnam (one near midnight among them)
VN_TIMES = [(9, 15), (15, 30), (10, 0), (8, 40), (14, 20), (23, 40), (16, 10), (9, 0)]


def test_a_site_printing_utcs_digits_bare_is_told_by_their_hours():
    # Pluck's PHP in UTC: each post's info line 7 hours behind Vietnam's clock
    utc = [((h - 7) % 24, m) for h, m in VN_TIMES]
    assert _site([f"{10 + n:02d}-05-2024 lúc {h}:{m:02d}" for n, (h, m) in enumerate(utc)]).clock == Clock(bare_utc=True)
    # the same posts printed in Vietnam's clock: as usual
    assert _site([f"{10 + n:02d}-05-2024 lúc {h}:{m:02d}" for n, (h, m) in enumerate(VN_TIMES)]).clock == Clock()
    # one hour for every post is a schedule's, no zone; few posts say nothing
    assert _site([f"{10 + n:02d}-05-2024 lúc 2:00" for n in range(8)]).clock == Clock()
    assert _site([f"{10 + n:02d}-05-2024 lúc {h}:{m:02d}" for n, (h, m) in enumerate(utc[:4])]).clock == Clock()


def test_a_forums_replies_at_night_say_nothing_of_its_clock():
    # each thread's post in office hours, its replies at night: the post's clock is the page's first
    lines = [f"{10 + n:02d}-05-2024 lúc {h}:{m:02d}</p><p>Trả lời: {11 + n:02d}-05-2024 lúc {n % 5}:{m:02d}"
             for n, (h, m) in enumerate(VN_TIMES)]
    assert _site(lines).clock == Clock()


def test_a_site_labelling_its_local_clock_utc_is_told_by_their_hours():
    # Perch's PERCH_TZ left at 'UTC': the typed Vietnamese clock labelled "+00:00"
    stamps = [f"2024-05-{10 + n:02d}T{h:02d}:{m:02d}:00+00:00" for n, (h, m) in enumerate(VN_TIMES)]
    lines = [f"{10 + n} Tháng 5 2024" for n in range(len(stamps))]
    assert _site(lines, stamps).clock == Clock(utc_local=True)
    # true UTC instants of the same posts: as usual
    true = [f"2024-05-{10 + n:02d}T{(h - 7) % 24:02d}:{m:02d}:00Z" for n, (h, m) in enumerate(VN_TIMES)]
    assert _site(lines, true).clock == Clock()


def test_a_site_keeping_utcs_digits_in_its_attributes_is_told_by_their_hours():
    # Plume: the day shown ("March 11, 2025"), the clock only in the attribute, UTC's digits without a zone
    days = [f"May {10 + n}, 2024" for n in range(len(VN_TIMES))]
    utc = [f"2024-05-{10 + n:02d} {(h - 7) % 24:02d}:{m:02d}:00" for n, (h, m) in enumerate(VN_TIMES)]
    assert _site(days, utc).clock == Clock(attribute_utc=True)
    # Vietnam's digits there: as usual; and a text's clock beside a UTC attribute (HubSpot's "8:30 SA" over
    # "… 01:30:00") is the text's, which tells nothing of the attributes
    local = [f"2024-05-{10 + n:02d} {h:02d}:{m:02d}:00" for n, (h, m) in enumerate(VN_TIMES)]
    assert _site(days, local).clock == Clock()
    shown = [f"{10 + n:02d}-05-2024 lúc {h}:{m:02d}" for n, (h, m) in enumerate(VN_TIMES)]
    assert _site(shown, utc).clock == Clock()


def test_the_clock_is_kept_with_the_profile():
    utc = [((h - 7) % 24, m) for h, m in VN_TIMES]
    profile = _site([f"{10 + n:02d}-05-2024 lúc {h}:{m:02d}" for n, (h, m) in enumerate(utc)])
    assert SiteProfile.from_json(profile.to_json()).clock == Clock(bare_utc=True)


def test_a_date_line_is_read_with_the_sites_clock():
    html = (f"<html><body><h1>Liên minh HTX tỉnh làm việc với HTX An Thạnh</h1>"
            f"<p>08-05-2024 lúc 23:20 trong Tin hoạt động</p>{BODY}</body></html>")
    url = "https://x.vn/?file=tin-tuc&module=blog&page=viewpost&post=an-thanh"
    assert find_published(doc(html), url, fetched_at=FETCHED).published == datetime(2024, 5, 8, 23, 20, tzinfo=TZ)
    assert find_published(doc(html), url, fetched_at=FETCHED, clock=Clock(bare_utc=True)).published \
        == datetime(2024, 5, 9, 6, 20, tzinfo=TZ)
    # a day without its clock is that day whatever the clock
    day = html.replace("08-05-2024 lúc 23:20", "Ngày 08/05/2024")
    assert find_published(doc(day), url, fetched_at=FETCHED, clock=Clock(bare_utc=True)).published \
        == datetime(2024, 5, 8, 0, 0, tzinfo=TZ)


def test_a_utc_label_is_dropped_on_a_site_that_labels_its_local_clock_so():
    html = ('<html><body><h1>Liên minh HTX làm việc với HTX Mỹ Phước</h1>'
            '<p><time class="dt-published" datetime="2024-05-11T23:40:00+00:00">11 Tháng 5 2024</time></p>'
            f"{BODY}</body></html>")
    url = "https://x.vn/blog/2024-05-11-lam-viec-voi-htx-my-phuoc"
    assert find_published(doc(html), url, fetched_at=FETCHED, clock=Clock(utc_local=True)).published \
        == datetime(2024, 5, 11, 23, 40, tzinfo=TZ)
    # (read as usual, the instant is the 12th in Vietnam: the address's day says otherwise, and no date is given)
    assert find_published(doc(html), url, fetched_at=FETCHED).published != datetime(2024, 5, 11, 23, 40, tzinfo=TZ)


def test_a_listings_date_is_read_with_the_sites_clock():
    # (a listing's date is kept as printed, and read with the page it dates)
    html = f"<html><body><h1>Liên minh HTX tỉnh làm việc với HTX An Thạnh</h1>{BODY}</body></html>"
    url = "https://x.vn/?file=tin-tuc&module=blog&page=viewpost&post=an-thanh"
    assert find_published(doc(html), url, fetched_at=FETCHED, listing_date="08-05-2024 lúc 23:20",
                          clock=Clock(bare_utc=True)).published == datetime(2024, 5, 9, 6, 20, tzinfo=TZ)


def test_articles_wait_for_the_clock_only_while_the_site_leans_the_other_way():
    # no clock shown yet, or only office hours as printed: nothing to wait for
    assert not waits_for_clock(SiteProfile("x"))
    office = _site([f"{10 + n:02d}-05-2024 lúc {h}:{m:02d}" for n, (h, m) in enumerate(VN_TIMES)])
    assert office.clock_settled and not waits_for_clock(office)
    # two posts at night as printed (UTC's office hours): wait, the day may be the next one
    utc = [((h - 7) % 24, m) for h, m in VN_TIMES]
    leaning = _site([f"{10 + n:02d}-05-2024 lúc {h}:{m:02d}" for n, (h, m) in enumerate(utc[:2])])
    assert not leaning.clock_settled and waits_for_clock(leaning)
    settled = _site([f"{10 + n:02d}-05-2024 lúc {h}:{m:02d}" for n, (h, m) in enumerate(utc)])
    assert settled.clock_settled and settled.clock == Clock(bare_utc=True)
