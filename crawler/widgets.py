"""A portal's side widgets, known by their heading: the weather, the visit statistics, a poll,
online support. A site's profile learns them as template once it has met a few pages; this
finds them on any page, the first one of a new portal too.

Their lines are taken out of the extracted text, not their elements out of the page before
extraction: which block trafilatura picks as the text, and whether a page reads as a list of
articles, must not depend on a sidebar's widgets being there or not.
"""

from __future__ import annotations

import re

from .blocks import shown_lines

# The widget's heading, alone in its element ("THỐNG KÊ TRUY CẬP", "Thăm dò ý kiến:", "Thời tiết Đồng Nai").
WIDGET_HEADING = re.compile(
    r"(?i)^(?:thời\s+tiết(?:\s+[^\d:.!?]{2,25})?|(?:thống\s+kê\s+)?(?:số\s+)?(?:lượt\s+)?truy\s+cập|thống\s+kê\s+(?:lượt\s+)?người\s+xem"
    r"|bình\s+chọn|thăm\s+dò(?:\s+ý\s+kiến)?|khảo\s+sát\s+ý\s+kiến|hỗ\s+trợ\s+trực\s+tuyến"
    r"|weather|poll|visitors?)\s*:?$")
HEADING_CHARS = 40
WIDGET_CHARS = 400  # a widget's whole block: its heading and a few short items


def _blocks(doc, title_el) -> list:
    """The blocks a widget's heading opens: the box holding the heading and its items, or,
    where widgets stand as siblings in one column, the heading and what follows it up to the
    next heading like it. Never a block holding the title, nor one with more than a widget's text."""
    found = []
    for el in doc.iter():
        text = el.text
        if not text or len(el) or len(text) > HEADING_CHARS or not WIDGET_HEADING.match(text.strip()):
            continue
        top = el
        while (parent := top.getparent()) is not None and len(parent) == 1 and not (parent.text or "").strip():
            top = parent  # the heading's wrappers: <div class="title"><span>Thời tiết</span></div>
        parent = top.getparent()
        if parent is None:
            continue
        if parent[0] is top and parent.tag not in ("body", "html"):
            block = [parent]
        else:
            block = [top]
            for sib in top.itersiblings():
                if sib.tag == top.tag and sib.get("class") == top.get("class"):
                    break
                block.append(sib)
        if sum(len(b.text_content()) for b in block) > WIDGET_CHARS:
            continue
        if title_el is not None and any(b is title_el or b in title_el.iterancestors() for b in block):
            continue
        found.extend(block)
    return found


def widget_lines(doc, title_el=None) -> frozenset[str]:
    """The lines the page shows in its widgets."""
    return frozenset(line for block in _blocks(doc, title_el) for line in shown_lines(block))
