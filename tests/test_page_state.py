"""A script framework's page state (the JSON a page was rendered from), where it names the page's own
title beside a zoned instant, tells which day a day shown in UTC is ("11 thg 3, 2025" for a post of
00:35 on 12 March in Vietnam: read at that instant); readers see no more than the day, so on the day
shown it adds no time."""

import json
from datetime import datetime

import lxml.html

from crawler.dates import TZ, find_published
from crawler.metadata import page_state_objects

FETCHED = datetime(2025, 6, 1, 9, 0, tzinfo=TZ)
URL = "https://htx.example.vn/blog/f/lam-viec-voi-htx-tan-long"
TITLE = "Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Tân Long"
BODY = "".join(f"<p>Đoạn {n}: Chiều 11/3, đoàn công tác của Liên minh HTX tỉnh làm việc với HTX Tân Long.</p>" for n in range(4))


def _page(state: str) -> str:
    return (f"<html><head><title>Tin tức</title></head><body><h1>{TITLE}</h1><p>11 thg 3, 2025</p>{BODY}"
            f"<script>Core.utils.renderBootstrap({state});</script></body></html>")


def _published(html: str):
    return find_published(lxml.html.fromstring(html), URL, fetched_at=FETCHED).published


def _state(title: str, **fields) -> str:
    return json.dumps({"elId": "bs-6", "props": {"post": {"title": title, **fields}, "sectionTitle": "Tin tức"}})


def test_the_states_instant_for_the_pages_title_dates_it():
    assert _published(_page(_state(TITLE, date="2025-03-11T17:35:00.000Z"))) == datetime(2025, 3, 12, 0, 35, tzinfo=TZ)


def test_another_posts_state_says_nothing_of_this_page():
    assert _published(_page(_state("HTX Tân Long ra mắt sản phẩm OCOP", date="2025-02-01T02:00:00.000Z"))) \
        == datetime(2025, 3, 11, tzinfo=TZ)


def test_a_stamp_without_its_zone_is_no_instant():
    assert _published(_page(_state(TITLE, date="2025-03-11 17:35:00"))) == datetime(2025, 3, 11, tzinfo=TZ)


def test_a_change_is_no_creation():
    assert _published(_page(_state(TITLE, updatedAt="2025-03-11T17:35:00.000Z"))) == datetime(2025, 3, 11, tzinfo=TZ)


def test_state_objects_are_found_in_json_scripts_and_escaped_titles():
    escaped = json.dumps({"props": {"pageProps": {"article": {"title": TITLE, "publishedAt": "2025-03-11T17:35:00Z"}}}})
    assert "\\u" in escaped  # (the title written with \u escapes, as JSON encoders do by default)
    doc = lxml.html.fromstring(f'<html><body><h1>{TITLE}</h1><script id="__NEXT_DATA__" type="application/json">'
                               f"{escaped}</script></body></html>")
    assert page_state_objects(doc, TITLE) == [{"title": TITLE, "publishedAt": "2025-03-11T17:35:00Z"}]


def test_a_states_instant_on_the_day_shown_gives_its_time():
    # (Strikingly's "publishedAt" 02:20Z under "Tháng 3 14, 2026": the page's metadata, as JSON-LD's
    # would be, gives the time of the day shown; since stop 55)
    html = _page(_state(TITLE, publishedAt="2025-03-11T02:20:00.000Z"))
    assert _published(html) == datetime(2025, 3, 11, 9, 20, tzinfo=TZ)
