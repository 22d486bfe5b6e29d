"""Values read from their labelled line, field or cell; exactly-one rules; branch names.

A label matches a line's label part (the text before the separator, or a table cell) when that part holds the
label as whole words (case-insensitive, flexible whitespace and hyphens), is at most ``MAX_LABEL_WORDS`` words
long (so prose that happens to contain a colon is not a label) once markdown decoration is removed (bullets,
numbering, headings, ``**bold**``, backticks, a trailing colon).

Layouts read (first match in reading order wins):
- ``Label: value``, ``Label — value``, ``Label – value``, ``Label - value``, ``Label = value``, with any
  markdown decoration: ``**Label:** value``, ``- Label: value``, ``### Label: value``;
- a markdown table row ``| Label | value |`` (the cell after the first cell that matches);
- blocks: a line that is only the label (``Hotel``, ``Hotel (Haymarket Plaza)``, or a heading, bold line or
  ``Label:`` line containing it) followed by the value on the next non-empty line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from .phrases import phrase_pattern

T = TypeVar("T")
MAX_LABEL_WORDS = 6

_DECORATION = re.compile(r"^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+•]\s+|\d{1,3}[.)]\s+)?")
_SEPARATOR = re.compile(r"(?<!\d):(?!//)|:(?=\s)|\s*—\s*|\s+[–-]\s+|\s*=\s*")
_TABLE_RULE = re.compile(r"^\|?[\s:|-]+\|?$")


def _strip(text: str) -> str:
    return text.replace("**", "").replace("__", "").strip().strip("*`_").strip()


def _label_part(text: str) -> str:
    return _strip(_DECORATION.sub("", text, count=1)).rstrip(":").strip()


def _matches(part: str, labels: tuple[str, ...]) -> bool:
    words = part.split()
    return 0 < len(words) <= MAX_LABEL_WORDS and any(phrase_pattern(lb, True).search(part) for lb in labels)


def _bare_label(line: str, labels: tuple[str, ...]) -> bool:
    """A line that is only a label: the label itself (an aside in parentheses allowed), or a heading, a bold
    line or a line ending with a colon that contains it."""
    part = _label_part(line)
    core = re.sub(r"\s*\([^)]*\)\s*$", "", part).strip()
    if any(phrase_pattern(lb, True).fullmatch(core) for lb in labels):
        return True
    decorated = (re.match(r"^\s*#{1,6}\s", line) is not None or line.strip().rstrip(":").endswith("**")
                 or line.strip().endswith(":"))
    return decorated and _matches(part, labels)


def _row_value(line: str, labels: tuple[str, ...]) -> str | None:
    cells = [_strip(c) for c in line.strip().strip("|").split("|")]
    for i, cell in enumerate(cells[:-1]):
        if _matches(cell, labels):
            return cells[i + 1] or None
    return None


def labelled_values(text: str, *labels: str) -> list[str]:
    """Every value given for one of ``labels`` in ``text``, in reading order (layouts in the module docstring)."""
    lines = text.splitlines()
    values: list[str] = []
    for index, line in enumerate(lines):
        if not line.strip() or _TABLE_RULE.match(line.strip()):
            continue
        if line.lstrip().startswith("|"):
            value = _row_value(line, labels)
            if value:
                values.append(value)
            continue
        separator = _SEPARATOR.search(_strip(_DECORATION.sub("", line, count=1)))
        body = _strip(_DECORATION.sub("", line, count=1))
        if separator and separator.start() > 0 and _matches(_label_part(body[:separator.start()]), labels):
            value = _strip(body[separator.end():])
            if value:
                values.append(value)
                continue
        if _bare_label(line, labels):
            following = next((x for x in lines[index + 1:] if x.strip()), None)
            if following is not None:
                value = _strip(_DECORATION.sub("", following, count=1))
                if value:
                    values.append(value)
    return values


def table_cell(text: str, row_label: str, column_label: str) -> str | None:
    """The cell of a markdown table in the first row whose label cell matches ``row_label``, in the column whose
    header matches ``column_label`` (headers: the row just above the ``|---|`` rule); None when absent or empty."""
    lines = [line.strip() for line in text.splitlines()]
    header: list[str] | None = None
    for index, line in enumerate(lines):
        if not line.startswith("|"):
            header = None
            continue
        cells = [_strip(c) for c in line.strip("|").split("|")]
        if _TABLE_RULE.match(line):
            continue
        if index + 1 < len(lines) and _TABLE_RULE.match(lines[index + 1]) and lines[index + 1].startswith("|"):
            header = cells
            continue
        if header is None or not any(_matches(c, (row_label,)) for c in cells):
            continue
        column = next((i for i, h in enumerate(header) if _matches(h, (column_label,))), None)
        if column is not None and column < len(cells) and cells[column]:
            return cells[column]
    return None


def labelled_value(text: str, *labels: str) -> str | None:
    """The value given for one of ``labels`` (the first in reading order), or None when no line gives one.
    Use ``labelled_values`` with ``exactly_one``/``one_answer`` when a second, different value must fail."""
    values = labelled_values(text, *labels)
    return values[0] if values else None


def same_branch(name: str, expected: str) -> bool:
    """``name`` is the branch ``expected``: equal after removing surrounding whitespace and a ``refs/heads/``,
    ``refs/remotes/origin/``, ``remotes/origin/`` or ``origin/`` prefix; never a substring match
    (``fix/slot`` is neither ``fix/slot-finder`` nor ``my-fix/slot``)."""
    def norm(branch: str) -> str:
        branch = branch.strip()
        for prefix in ("refs/heads/", "refs/remotes/origin/", "remotes/origin/", "origin/"):
            if branch.startswith(prefix):
                return branch[len(prefix):]
        return branch
    return bool(norm(expected)) and norm(name) == norm(expected)


def exactly_one(items: Iterable[T], predicate: Callable[[T], bool]) -> T | None:
    """The one item satisfying ``predicate``; None when none or several do (duplicates fail)."""
    found = [item for item in items if predicate(item)]
    return found[0] if len(found) == 1 else None
