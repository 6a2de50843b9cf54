"""A mail message shown as its plain text in <pre> (a list archive's message page: Pipermail's,
MHonArc's, Hypermail's): its paragraphs, as the sender wrote them.

A mail client wraps each paragraph at a fixed width (RFC 3676: 72 to 78 characters) and parts
paragraphs with a blank line; a browser shows the <pre> as sent. Read line by line, every
paragraph is cut mid-sentence. Here each paragraph of hard-wrapped prose becomes one <p>, and
what follows the mail's own ends is dropped: the signature after its "-- " delimiter (RFC 3676
§4.3) and the parts a list server scrubbed ("-------------- next part --------------", the
attachment's name, type, size and address). Hand-written: no library reads mail text out of HTML.
"""

from __future__ import annotations

import re

import lxml.html

_SIGNATURE = re.compile(r"^-- ?$")
# Mailman's separator before each part it took out of the message (an attachment, an HTML copy)
_SCRUBBED = re.compile(r"^-{8,} next part -{8,}$", re.I)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•+>]|\d{1,2}[.)]|[a-zđ][.)])\s")
_WRAP_MIN = 60  # a mail client's width: the longest lines of wrapped prose reach it
_WRAP_MAX = 80
_FULL_LINE = 0.7  # a line that reaches this share of the width did not end its paragraph
_PROSE_SHARE = 0.6  # letters and spaces in prose, as opposed to code or a table of figures


def _prose(text: str) -> bool:
    body = re.sub(r"\s", "", text)
    return bool(body) and sum(c.isalpha() for c in body) >= _PROSE_SHARE * len(body)


def _blocks(lines: list[str], width: int) -> list[str | list[list[str]]]:
    """Lines joined into paragraphs (a line that fills the width continues on the next one), and
    runs of tab-separated lines as tables' rows of cells (a table pasted from a spreadsheet)."""
    out: list[str | list[list[str]]] = []
    current: list[str] = []
    rows: list[list[str]] = []

    def close():
        if current:
            out.append(" ".join(current))
            current.clear()
        if rows:
            out.append(list(rows))
            rows.clear()

    for line in lines:
        if not line.strip():
            close()
            continue
        if "\t" in line.strip():
            if current:
                close()
            rows.append([cell.strip() for cell in line.strip().split("\t") if cell.strip()])
            continue
        if rows or (current and (len(current[-1]) < _FULL_LINE * width or _LIST_ITEM.match(line))):
            close()
        current.append(line.strip())
    close()
    return out


def _message_lines(text: str) -> list[str] | None:
    """The message's own lines (before its signature and scrubbed parts), when `text` is
    hard-wrapped prose; else None."""
    lines = text.replace("\r\n", "\n").split("\n")
    for i, line in enumerate(lines):
        if _SIGNATURE.match(line) or _SCRUBBED.match(line.strip()):
            lines = lines[:i]
            break
    width = max((len(line.rstrip()) for line in lines), default=0)
    if not _WRAP_MIN <= width <= _WRAP_MAX or not _prose("".join(lines)):
        return None
    # wrapped: some paragraph runs on over a line that fills the width
    if not any(len(a.rstrip()) >= _FULL_LINE * width and b.strip() and not _LIST_ITEM.match(b)
               for a, b in zip(lines, lines[1:])):
        return None
    return lines


def unwrap_mail_text(tree) -> None:
    """Each <pre> of hard-wrapped prose becomes a <div> of paragraphs, one <p> each (and tables
    for its tab-separated rows), without
    the mail's signature and scrubbed parts. Links inside (an address the archive linked) are
    text then: the message's words are what is kept."""
    for pre in list(tree.iter("pre")):
        lines = _message_lines(pre.text_content())
        if lines is None:
            continue
        width = max(len(line.rstrip()) for line in lines)
        box = lxml.html.Element("div")
        for block in _blocks(lines, width):
            if isinstance(block, str):
                p = lxml.html.Element("p")
                p.text = block
                box.append(p)
                continue
            table = lxml.html.Element("table")
            for cells in block:
                tr = lxml.html.Element("tr")
                for cell in cells:
                    td = lxml.html.Element("td")
                    td.text = cell
                    tr.append(td)
                table.append(tr)
            box.append(table)
        box.tail = pre.tail
        pre.getparent().replace(pre, box)
