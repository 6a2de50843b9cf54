"""Screen order of a page builder's absolutely placed elements.

Landing-page builders (LadiPage, Wix's classic editor) place every element by a CSS rule of its
own id, `#ID{top:…;left:…}`, so the order of the elements in the page need not be the order on
screen: a byline added last but drawn below the text, a paragraph inserted later and moved up.
The text is read in screen order: the siblings that such rules place are sorted by their place,
in their own slots.

Hand-written: no CSS library on the path resolves a selector's box, and the builders write one
rule per element id, which is all this reads. Only the head's style sheets are read, where the
builders write them: walking the whole page for <style> cost 0.14 ms a page.
"""
from __future__ import annotations

import re

from lxml.etree import XPath

_ID_RULE = re.compile(r"#([A-Za-z][\w-]*)\s*\{([^{}]*)\}")
_TOP = re.compile(r"(?<![\w-])top\s*:\s*(-?\d+(?:\.\d+)?)px")
_LEFT = re.compile(r"(?<![\w-])left\s*:\s*(-?\d+(?:\.\d+)?)px")
_WITH_ID = XPath("//*[@id]")


def positions(doc) -> dict[str, tuple[float, float]]:
    """(top, left) of each element id that a `#id{…}` rule of the head's style sheets places;
    the first rule wins (a builder writes its desktop layout, then its media queries)."""
    out: dict[str, tuple[float, float]] = {}
    head = doc.find("head")
    if head is None:
        return out
    for style in head.iter("style"):
        css = style.text or ""
        if "top" not in css:
            continue
        for m in _ID_RULE.finditer(css):
            if m.group(1) not in out and (top := _TOP.search(m.group(2))) is not None:
                left = _LEFT.search(m.group(2))
                out[m.group(1)] = (float(top.group(1)), float(left.group(1)) if left else 0.0)
    return out


def in_screen_order(tree, by_id: dict[str, tuple[float, float]]) -> None:
    """Reorders, in place, the placed siblings under each parent by (top, left); siblings without
    a place keep their slots. `by_id`: the page's `positions`."""
    if not by_id:
        return
    parents = {id(p): p for el in _WITH_ID(tree) if el.get("id") in by_id and (p := el.getparent()) is not None}
    for parent in parents.values():
        children = [c for c in parent if isinstance(c.tag, str)]
        placed = [(i, by_id[c.get("id")]) for i, c in enumerate(children) if c.get("id") in by_id]
        order = sorted(placed, key=lambda ip: (ip[1], ip[0]))
        if len(placed) < 2 or order == placed:
            continue
        # each placed element's slot is marked, then takes the next element in screen order
        marks = []
        for i, _ in placed:
            mark = children[i].makeelement("lmhtx-slot", {})
            children[i].addprevious(mark)
            marks.append(mark)
        for mark, (i, _) in zip(marks, order):
            mark.addnext(children[i])
            parent.remove(mark)
