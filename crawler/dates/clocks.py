"""The clocks a page shows, for its site's profile to learn how the site writes them
(`base.Clock`, `profile.SiteProfile.clock`): the hours of its dated clocks printed without a zone
and of its stamps labelled UTC. News is posted in office hours; a site whose clocks fall there only
when read the other way (its bare digits as UTC's, its UTC label as the local clock) writes them
that way. One page's clocks say nothing of it (a post at 23:40 is news too): only many do.

Hand-written: no library guesses a server's zone from the hours it prints."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lxml import etree

from .base import Clock
from .text import find_dates

# A stamp labelled UTC, with its clock ("2024-05-11T23:40:00+00:00", "…Z")
_UTC_LABELLED = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$")
_ZONE_AFTER = re.compile(r"(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)\b")
# A stamp without its zone, with its clock, in an attribute ("<span datetime="2025-03-11 17:35:00">March 11,
# 2025</span>", Plume's: the day shown, the clock only there)
BARE_STAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$")
_X_STAMPS = etree.XPath("//@datetime | //meta/@content | //*[@itemprop]/@content")
RECENT_DAYS = 2  # a clock this near the fetch is today's banner's or a counter's, no post's


# The zone a host prints its clocks in, by the language of its pages' chrome: a Korean or Japanese
# blog host's server keeps Seoul's or Tokyo's time (Naver's "2024. 11. 29. 1:40", Seesaa's "01:15"),
# a Chinese one Beijing's; unless the page names its blog's zone (Hatena's data-tz).
_HOST_ZONES = {"ko": timedelta(hours=9), "ja": timedelta(hours=9), "zh": timedelta(hours=8)}


def host_clock(doc, clock: Clock | None) -> Clock | None:
    """`clock`, or the site's plain clock, with the zone of the host's language (`_HOST_ZONES`) for
    clocks printed without one; `clock` itself when the site's pages showed how it writes them."""
    root = doc.getroottree().getroot() if hasattr(doc, "getroottree") else doc
    if root is None or root.tag != "html" or (clock is not None and clock != Clock()):
        return clock
    if (named := (root.get("data-tz") or "").strip()):
        try:
            zone = ZoneInfo(named).utcoffset(datetime.now())
        except (ValueError, KeyError, ZoneInfoNotFoundError):
            return clock
        return clock if zone is None or zone == timedelta(hours=7) else Clock(bare_zone=zone)
    # XHTML's xml:lang: lxml's HTML parser keeps the prefixed name, its XML parser the namespaced one
    lang = (root.get("lang") or root.get("xml:lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
            or "").strip().lower()
    zone = _HOST_ZONES.get(lang.split("-")[0])
    return Clock(bare_zone=zone) if zone is not None else clock


def clocks_shown(doc, texts: Iterable[str], today: date) -> set[tuple[str, str, int]]:
    """(kind, the stamp, its hour as printed) of the page's first clock of each kind shown with
    its date: "bare" for a date line's clock among `texts` (the page's short blocks, in order), else
    "attribute" for an attribute's stamp without a zone, "utc" for a stamp labelled UTC (an
    attribute's, then a text's). The first is the page's post's or the
    listing's newest, not a reply's or a comment's (a forum's replies come at every hour). Midnight
    is a day's stamp, no clock; a date near `today` is the banner's."""
    first: dict[str, tuple[str, str, int]] = {}
    bare_attribute = None
    for value in _X_STAMPS(doc):
        if "utc" not in first and (s := _UTC_LABELLED.match(str(value).strip())) is not None:
            y, mo, d, h, mi = (int(g) for g in s.groups())
            if not _local_midnight(h, mi) and (h, mi) != (0, 0) and not _recent(y, mo, d, today):
                first["utc"] = ("utc", f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}", h)
        elif bare_attribute is None and (s := BARE_STAMP.match(str(value).strip())) is not None:
            y, mo, d, h, mi = (int(g) for g in s.groups())
            if (h, mi) != (0, 0) and not _recent(y, mo, d, today):
                bare_attribute = ("attribute", f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}", h)
    for text in texts:
        if "bare" in first and "utc" in first:
            break
        for m in find_dates(text):
            if m.year is None or m.hour is None or m.cited or m.event or (m.hour, m.minute) == (0, 0):
                continue
            # (an ISO stamp printed as text, "2024-01-12T08:30:31Z", says its zone)
            kind = "utc" if _ZONE_AFTER.match(text, m.end) else "bare"
            if kind in first or _recent(m.year, m.month, m.day, today) or (kind == "utc" and _local_midnight(m.hour, m.minute or 0)):
                continue
            first[kind] = (kind, f"{m.year:04d}-{m.month:02d}-{m.day:02d} {m.hour:02d}:{m.minute or 0:02d}", m.hour)
    if "bare" not in first and bare_attribute is not None:
        # (no text shows its clock: an attribute's is the page's, a kind of its own: HubSpot's keep
        # UTC's digits there beside the local clock shown)
        first["attribute"] = bare_attribute
    return set(first.values())


def _local_midnight(hour: int, minute: int) -> bool:
    """A UTC clock that is midnight in Vietnam: a day's stamp (Astro's "…T17:00:00Z"), no clock."""
    return (hour, minute) == (17, 0)


def _recent(y: int, m: int, d: int, today: date) -> bool:
    try:
        return abs((datetime(y, m, d).date() - today).days) <= RECENT_DAYS
    except ValueError:
        return True  # no day: nothing to learn
