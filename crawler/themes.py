"""A crawl's site profiles over the nights: loaded from the archive, fed the crawl's pages, a
new theme noticed (pages stop fitting the learned template) and learned again, saved back; and
which pages wait for their site's profile before they are judged. The template itself is
`profile.SiteProfile`."""

from __future__ import annotations

from collections.abc import Iterable

from .blocks import segment
from .profile import SiteProfile

THEME_MISFITS = 3  # pages in a row that do not fit a ready profile before it is learned again
# A page of fewer blocks is no theme's page (a popup such as Joomla's e-mail form, a truncated
# answer): it neither fits nor counts against the profile.
THEME_MIN_BLOCKS = 20
# A stub waits too: until the furniture is known, a short post's date line cannot be told
# from the banner that prints today in the same form, nor its lines from the sidebar's.
WAIT_KINDS = frozenset(("article", "listing", "stub"))


def waits_for_profile(kind: str, profile: SiteProfile) -> bool:
    """Whether a page extraction called `kind` is to be extracted again once its site's profile
    is ready: until the furniture is known, a sidebar of links can make an article look like
    a list, and furniture can stay in its text. The crawl and `sites add` both ask this."""
    return kind in WAIT_KINDS and not profile.ready


def waits_for_clock(profile: SiteProfile) -> bool:
    """Whether an article is to be extracted again once its site's pages have shown how it writes
    its clocks (`SiteProfile.clock`), while they lean the other way: the first articles of a server
    printing UTC's digits would keep them, a wrong hour and at night a wrong day. Every article
    of the site waits, dated by its clock or not: one address of an article (a print view dated
    by its day) must not go out before another it is an alias of."""
    return not profile.clock_settled


class SiteProfiles:
    """The profiles of a crawl's sites: loaded from the archive, fed the crawl's pages, checked
    for a new theme, saved back. `store` has `load_profile(site)` and `save_profile(profile)`
    (the archive; passed in, so that this module needs nothing above it); None keeps them in memory."""

    def __init__(self, store, *, min_fit: float):
        self.store = store
        self.min_fit = min_fit
        self.profiles: dict[str, SiteProfile] = {}
        self.misfits: dict[str, int] = {}

    def load(self, sites: Iterable[str]) -> None:
        for site in sites:
            if (profile := self.store.load_profile(site)) is not None:
                self.profiles[site] = profile

    def get(self, site: str) -> SiteProfile | None:
        return self.profiles.get(site)

    def page(self, site: str, doc, *, learn: bool = True, seen: bool = False) -> tuple[SiteProfile, bool]:
        """(the site's profile, having learned this page; whether the theme just changed). A
        page that no longer fits a ready profile, three in a row (twins aside), means a new theme: the
        profile starts again (a bare page, a popup, says nothing of the theme). Once ready, a profile learns only what `learn` allows: the crawl
        feeds it article pages, since listings re-read every night would outnumber them. A page
        `seen` already under another address (a mobile twin, a print view naming its canonical)
        teaches nothing: counted twice, its article's own lines would look like the template."""
        profile = self.profiles.get(site)
        changed = False
        if profile is None:
            profile = self.profiles[site] = SiteProfile(site)
        elif profile.ready and not seen and len(segment(doc)) >= THEME_MIN_BLOCKS and profile.fit(doc) < self.min_fit:
            # (a page seen under another address, a mobile twin's other template, is no new theme)
            self.misfits[site] = self.misfits.get(site, 0) + 1
            if self.misfits[site] >= THEME_MISFITS:
                profile = self.profiles[site] = SiteProfile(site)
                self.misfits[site], changed = 0, True
        else:
            self.misfits[site] = 0
        if (learn or not profile.ready) and not seen:
            was_ready = profile.ready
            profile.add(doc)
            if profile.ready and not was_ready and self.store is not None:
                # kept at once: a run killed now leaves the next one what these pages taught
                # (it skips the articles the killed run archived, and would learn from the
                # listings alone, where each post shown whole on several pages looks like template)
                self.store.save_profile(profile)
        return profile, changed

    def save(self) -> None:
        """Ready profiles. A new theme's only once ready: three odd pages at the end of a crawl
        (a site's archive or label pages) are no theme, and the stored template the night's
        articles were read with stays the one `reextract` reads them again with."""
        for profile in self.profiles.values():
            if profile.ready:
                self.store.save_profile(profile)
