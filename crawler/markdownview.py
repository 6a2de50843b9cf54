"""A page whose article is Markdown source that the reader's browser renders (HedgeDoc's, CodiMD's
and HackMD's published notes send the note's text, escaped, in `div#doc.markdown-body` and render
it with a script): rendered here as the browser would, so its links are followed and its headings,
lists and paragraphs read as any page's. markdown-it-py renders it (CommonMark and tables, raw HTML
off: crawled text is untrusted)."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from markdown_it import MarkdownIt

_MD = MarkdownIt("commonmark", {"html": False}).enable("table")
# an element the page marks as Markdown's, holding text only: the source, not yet rendered
_X_SOURCES = etree.XPath("//body//*[contains(concat(' ', normalize-space(@class), ' '), ' markdown-body ')][not(*)]")
# what says the text is Markdown: headings, list items, inline links
_MARKERS = re.compile(r"(?m)^(?:#{1,6} \S|[-*+] \S|\d+[.)] \S)|\]\([^)\s]+\)")
MIN_MARKERS = 1  # (the box says Markdown already: one heading or link confirms it)
# the dialect's own lines, which plain CommonMark would print: a box's fences (":::info" … ":::") and
# the table of contents' placeholder ("[TOC]")
_DIALECT_LINES = re.compile(r"(?im)^(?::::[\w-]*|\[toc\])[ \t]*(?:\n|\Z)")


def render_markdown_sources(doc) -> None:
    """Render in place each Markdown source the page holds (`_X_SOURCES`) that reads as Markdown."""
    for el in _X_SOURCES(doc):
        source = el.text or ""
        if len(_MARKERS.findall(source)) < MIN_MARKERS:
            continue
        fragments = lxml.html.fragments_fromstring(_MD.render(_DIALECT_LINES.sub("", source)) or "<p></p>")
        el.text = None
        for part in fragments:
            if isinstance(part, str):
                el.text = (el.text or "") + part
            else:
                el.append(part)
