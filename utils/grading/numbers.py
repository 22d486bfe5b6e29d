"""Amounts written in free text, read tolerantly of format, and the "one answer per question" rule.

Format accepted (en-US only): ``$1,234.50``, ``USD 1,234``, ``1,234 USD``, ``626.150``, ``-30``, ``-$30``,
``−30`` (unicode minus), ``(30.00)`` / ``($30)`` (accounting negative: only with a decimal point, a thousands
separator or a currency sign, so a bare ``(3)`` stays 3), ``16.3%``, ``16.3 %``, ``16.3 percent``, ``2 pp``.
Not amounts: the parts of dates (``2026-11-03``, ``11/03/2026``, ``Nov 3, 2026``, ``November 2026``), clock
times (``18:30``, ``6 pm``), versions and addresses (``1.2.3``), URLs, numbered-list markers at the start of a
line (``1. ``), ambiguous comma groups (``12,34``) and numbers glued to letters or inside hyphenated words
(``wk46``, ``3rd``, ``0.5k``, ``ticket-51``, ``30-day``). ``#51`` and ``ticket 51`` are numbers: callers decide.
Number words ("three") are not read. All functions are pure and never raise on odd input.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

DEFAULT_TOLERANCE = 0.005

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
_NOT_AMOUNTS = re.compile("|".join([
    r"\b\d{4}-\d{1,2}(?:-\d{1,2})?(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?\b",  # ISO date or year-month
    r"\b\d{1,4}/\d{1,2}/\d{1,4}\b",  # 11/03/2026
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?",  # Nov 3, 2026
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}}\b)?",  # 3 November 2026
    rf"\b{_MONTH}\s+\d{{4}}\b",  # November 2026
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?",  # 18:30, 6:30 pm
    r"\b\d{1,2}\s*[ap]\.?m\b\.?",  # 6 pm
    r"\b\d+(?:\.\d+){2,}\b",  # 1.2.3, 10.0.0.1
    r"\b[a-z][a-z0-9+.-]*://\S+",  # URLs
    r"^[ \t>]*\d{1,3}[.)](?=\s)",  # numbered-list marker
]), re.IGNORECASE | re.MULTILINE)
_HYPHENATED = re.compile(r"(?<![^\W_])[^\W_]+(?:-[^\W_]+)+")
_CURRENCY_CODES = r"(?:USD|EUR|GBP|CAD)"
_AMOUNT = re.compile(
    r"(?<![\w.])(?<!\d,)"
    r"(?P<sign1>[-−–+])?"
    rf"(?P<cur>(?:US\$|C\$|[$€£]|{_CURRENCY_CODES})\s?)?"
    r"(?P<sign2>[-−–])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?!\d|,\d|\.\d)(?![^\W_])"
    r"(?:(?P<pct>\s?%|\s?(?:percent|per\s?cent|pct|pp|percentage\s+points?)(?![^\W_]))"
    rf"|(?P<code>\s?(?:[$€£]|(?:{_CURRENCY_CODES}|dollars?|bucks)(?![^\W_]))))?",
    re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    """A number found in text: its value (negative for ``-30`` and ``(30.00)``; ``16.3`` for ``16.3%``),
    whether it was written as a percent, its text as written and its span ``text[start:end]``."""

    value: float
    percent: bool
    text: str
    start: int
    end: int

    @property
    def money(self) -> bool:
        """Written with a currency sign or code (``$30``, ``30 USD``, ``30 dollars``)."""
        return re.search(rf"[$€£]|{_CURRENCY_CODES}|dollar|buck", self.text, re.IGNORECASE) is not None


def _masked_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _NOT_AMOUNTS.finditer(text)]
    spans += [m.span() for m in _HYPHENATED.finditer(text) if re.search(r"[^\W\d_]", m.group(0))]
    return spans


def amounts_in(text: str) -> list[Amount]:
    """Every amount written in ``text``, in reading order (see the module docstring for the formats)."""
    masked = _masked_spans(text)
    found: list[Amount] = []
    for match in _AMOUNT.finditer(text):
        n_start, n_end = match.span("num")
        if any(s < n_end and n_start < e for s, e in masked):
            continue
        value = float(match.group("num").replace(",", ""))
        start, end = match.span()
        negative = match.group("sign1") in ("-", "−", "–") or match.group("sign2") is not None
        percent = match.group("pct") is not None
        accounting = (not negative and not percent and text[start - 1:start] == "(" and text[end:end + 1] == ")"
                      and (match.group("cur") is not None or match.group("code") is not None
                           or "." in match.group("num") or "," in match.group("num")))
        if accounting:
            start, end, negative = start - 1, end + 1, True
        found.append(Amount(-value if negative else value, percent, text[start:end], start, end))
    return found


def same_amount(found: float, expected: float, *, tolerance: float = DEFAULT_TOLERANCE) -> bool:
    """``found`` equals ``expected`` within an absolute ``tolerance`` (default: half a cent)."""
    return abs(found - expected) <= tolerance + 1e-9


def parse_amount(text: str) -> float | None:
    """The single amount in a short string (a field or a cell); None when it holds none or several different
    ones (``"$30.00 (30)"`` is 30.0; ``"30 or 31.50"`` is None)."""
    values = [a.value for a in amounts_in(text)]
    if not values or any(abs(v - values[0]) > 1e-9 for v in values):
        return None
    return values[0]


def same_share(found: Amount, expected_percent: float, *, tolerance_pp: float = 0.05) -> bool:
    """A share matches ``expected_percent`` within ``tolerance_pp`` percentage points: written as a percent
    (``16.3%``: its value) or as a bare number read either as a fraction (``0.163``) or as percent points
    without the sign (``16.3``)."""
    if found.percent:
        return abs(found.value - expected_percent) <= tolerance_pp + 1e-9
    return any(abs(v - expected_percent) <= tolerance_pp + 1e-9 for v in (found.value * 100, found.value))


def _candidates(text: str, among: Callable[[Amount], bool] | None) -> list[Amount]:
    return [a for a in amounts_in(text) if among is None or among(a)]


def count_distinct_amounts(text: str, among: Callable[[Amount], bool] | None = None,
                           *, tolerance: float = DEFAULT_TOLERANCE) -> int:
    """How many different amounts (those ``among`` selects, or all) ``text`` offers, equal ones within
    ``tolerance`` counted once."""
    distinct: list[float] = []
    for amount in _candidates(text, among):
        if not any(same_amount(amount.value, d, tolerance=tolerance) for d in distinct):
            distinct.append(amount.value)
    return len(distinct)


def one_answer(text: str, expected: float, *, tolerance: float = DEFAULT_TOLERANCE,
               among: Callable[[Amount], bool] | None = None) -> bool:
    """``text`` answers ONE question with ``expected``: every candidate amount in it (all, or those ``among``
    selects) equals ``expected`` within ``tolerance`` and there is at least one. A second distinct candidate
    fails: a hedge ("626.15 (or 657.65 if ...)"), a list of guesses, but also any other figure, so pass the
    answer's own labelled line or field (see ``labelled_value``), not a whole report: a running balance
    ("703.65 → 657.65 → 626.15") is the caller's to cut down to its final figure."""
    candidates = _candidates(text, among)
    return bool(candidates) and all(same_amount(a.value, expected, tolerance=tolerance) for a in candidates)
