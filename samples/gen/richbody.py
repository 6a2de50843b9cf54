"""Body markup with a few more block kinds, for the held-out sites that need them (thanhhoa, gialai,
quangninh, hatinh). Everything of `core.parse_body` still holds; in addition:

    | a | b | c |                   -> a data table row (consecutive rows form one table, the first is
                                       its header); one line each, cells between " | "
    + item                          -> <ol><li> (consecutive items form one list); one line each
    > sentence                      -> a pull quote repeating a sentence of the text: NOT a line of the
                                       text (the design prints it twice)

A family renders the blocks itself; `RichArticle` gives the text lines the ground truth needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .core import _IMG, Article, inline_html, inline_text, table_row


@dataclass
class RichBlock:
    kind: str  # p | h | ul | ol | img | table | quote
    text: str = ""
    items: list[str] = field(default_factory=list)
    src: str = ""
    rows: list[list[str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        if self.kind in ("ul", "ol"):
            return [inline_text(i) for i in self.items]
        if self.kind == "table":
            return [table_row([inline_text(c) for c in row]) for row in self.rows]
        if self.kind == "quote":
            return []
        return [inline_text(self.text)] if self.text else []


def parse_rich(markup: str) -> list[RichBlock]:
    blocks: list[RichBlock] = []
    for raw in markup.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("## "):
            blocks.append(RichBlock("h", line[3:].strip()))
        elif line.startswith(("* ", "+ ")):
            kind = "ul" if line[0] == "*" else "ol"
            if blocks and blocks[-1].kind == kind:
                blocks[-1].items.append(line[2:].strip())
            else:
                blocks.append(RichBlock(kind, items=[line[2:].strip()]))
        elif line.startswith("| ") and line.endswith(" |"):
            cells = [c.strip() for c in line[2:-2].split(" | ")]
            if blocks and blocks[-1].kind == "table":
                blocks[-1].rows.append(cells)
            else:
                blocks.append(RichBlock("table", rows=[cells]))
        elif line.startswith("> "):
            blocks.append(RichBlock("quote", line[2:].strip()))
        elif m := _IMG.match(line):
            blocks.append(RichBlock("img", m.group(2).strip(), src=m.group(1).strip()))
        else:
            blocks.append(RichBlock("p", line))
    return blocks


@dataclass
class RichArticle(Article):
    @property
    def blocks(self) -> list[RichBlock]:  # type: ignore[override]
        return parse_rich(self.body)


def table_html(block: RichBlock, css: str = "table", border: bool = True) -> str:
    """A data table: header row in <th>, one <td> per cell, whitespace between the cells."""
    head, *rows = block.rows
    b = ' border="1" cellpadding="4" cellspacing="0"' if border else ""
    out = [f'<table class="{css}"{b}>', "<thead><tr>" + "\n".join(f"<th>{inline_html(c)}</th>" for c in head)
           + "</tr></thead>", "<tbody>"]
    for row in rows:
        out.append("<tr>" + "\n".join(f"<td>{inline_html(c)}</td>" for c in row) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)
