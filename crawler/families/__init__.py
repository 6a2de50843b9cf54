"""CMS families: one module each, holding the URL shapes and selectors of that family."""

from collections.abc import Iterable, Mapping

from .base import Family, Rules, compile_rules
from .nukeviet import NukeViet
from .others import AspNet, Dnn, Joomla, Liferay
from .portal import Portal
from .sharepoint import SharePoint
from .vca import Vca
from .wordpress import WordPress

FAMILIES: dict[str, type[Family]] = {
    f.name: f for f in (Family, Vca, Portal, WordPress, NukeViet, SharePoint, Joomla, Liferay, Dnn, AspNet)
}
FAMILY_NAMES = tuple(FAMILIES)


def rules_for(family: str, overrides: Mapping[str, Iterable[str]] | None = None) -> Rules:
    return compile_rules(FAMILIES[family], overrides)


__all__ = ["FAMILIES", "FAMILY_NAMES", "Family", "Rules", "rules_for"]


def rules_for_site(site) -> Rules:
    """The family's rules with the registry entry's selectors and URL patterns in front."""
    overrides = {k: v for k, v in site.selectors.items()}
    overrides["article_patterns"] = site.article_patterns
    overrides["listing_patterns"] = site.listing_patterns
    overrides["deny_patterns"] = site.deny_patterns
    return rules_for(site.family, overrides)


__all__.append("rules_for_site")
