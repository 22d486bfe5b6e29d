"""Grades dispatch-core-release-notes from the FieldDay wiki page written by the examinee.

Commits on main after the tag v0.2.0 (the hook creates it on "Add slot finder with skill and window
matching"): the greedy batch scheduler, Makefile/CI, travel buffers between zones (15/30 minutes) and the
regression test for the slot finder bug, which is the known issue to report (tracker ticket). Not on main: the
feature/multi-day-jobs branch.

The page is read in blocks (a paragraph, list item or table row, wrapped lines joined, with the headings above
it). Private helpers here (not in grading.answers): ``_blocks``, ``_minutes`` (minute values written in a block),
``_ticket_refs`` (ticket numbers written in a text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from grading import Checkpoint, Result, admin, grader, llm_judge
from grading.clients.tracker import TrackerClient, WikiPage

EXAMINEE = "kai.morgan"
PROJECT = "fieldday"
TITLE = "Dispatch_Core_Release_Notes_0-4-0"
BUG_SUBJECT = "Slot finder never offers the last slot of a shift"
# tickets a release note of dispatch-core may also mention (the multi-day feature, the rejected travel-buffer bug)
RELATED = re.compile(r"slot|multi-day|travel buffer|dispatch|scheduler", re.IGNORECASE)

PREDICATE_KNOWN_ISSUE = (
    "The release notes list, as a known (still open) issue, that the slot finder does not offer the last possible "
    "slot (a slot that would end exactly at the end of the shift or of a free gap), and reference tracker issue "
    "#{id} as its one ticket, without hedging."
)
PREDICATE_SCOPE = (
    "The release notes do not present as new in this release anything that already shipped in v0.2.0 or "
    "earlier (the slot finder itself: find_slots with skill and preferred-window matching; per-technician "
    "availability; the interval and model code), nor the multi-day jobs work, which is only on an unmerged "
    "branch. Mentioning the slot finder only in connection with the new travel buffers or the known issue is "
    "fine, and so is saying that something is not new or not included."
)
OLD_FEATURES = re.compile(
    r"per[- ]technician availability|skill and (preferred[- ])?window matching|extract(ed)? interval"
    r"|add(ed)? (a |the )?slot finder|new slot finder|interval (arithmetic|and model)",
    re.IGNORECASE,
)
NOT_NEW = re.compile(r"already|in v?0\.[12]\.0|since v?0\.[12]\.0|before|earlier|unchanged|existing|previous"
                     r"|not new|shipped in", re.IGNORECASE)
NOT_RELEASED = re.compile(r"\bnot\b|branch|\bwip\b|work in progress|upcoming|planned|future|next release|\b5\.0\b"
                          r"|later", re.IGNORECASE)
SYMPTOM = re.compile(r"last (possible |offered )?slot|shift end|end of (the |a )?(shift|gap)|ends? exactly"
                     r"|finish(?:es)? exactly|exactly (?:fills|at the end)", re.IGNORECASE)
FIXED = re.compile(r"\b(?:is|was|are|were|has been|have been|got|now)\s+(?:now\s+)?(?:fixed|resolved)\b"
                   r"|\bfixed\s+in\s+(?:this|v?0\.[34])|\bnow\s+(?:offer|offered|found|returns?|includes?)\b"
                   r"|\boffered again\b|\bno longer\b", re.IGNORECASE)
CONDITIONAL = re.compile(r"\b(?:until|once|when|after|before|if|unless)\b[^.;]*$", re.IGNORECASE)
HEDGE = re.compile(r"\b(?:may|might|possibly|perhaps|either|or one of|one of these|depending)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Block:
    headings: str
    body: str


def _blocks(text: str) -> list[Block]:
    """Paragraphs, list items and table rows (markdown or textile), wrapped lines joined, each with the headings
    above it; markdown emphasis and backticks removed."""
    text = text.replace("**", "").replace("`", "")
    blocks: list[Block] = []
    headings: list[tuple[int, str]] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            blocks.append(Block(" / ".join(h for _, h in headings), " ".join(current)))
            current.clear()

    for line in text.splitlines():
        stripped = line.strip()
        heading = re.match(r"^(#{1,6})\s+(.*)$|^h([1-6])\.\s+(.*)$", stripped)
        if heading:
            flush()
            level = len(heading.group(1)) if heading.group(1) else int(heading.group(3))
            title = heading.group(2) if heading.group(1) else heading.group(4)
            headings = [(lv, h) for lv, h in headings if lv < level] + [(level, title)]
        elif not stripped or re.fullmatch(r"\|?[\s:|-]+\|?", stripped):
            flush()
        elif stripped.startswith("|") or re.match(r"^(?:[-*+•]+|\d{1,2}[.)])\s", stripped):
            flush()
            current.append(stripped)
            if stripped.startswith("|"):
                flush()
        else:
            current.append(stripped)
    flush()
    return blocks


def _minutes(text: str) -> set[int]:
    """Minute values written in ``text``: "15 minutes", "a 15-minute buffer", "15/30 min", "15 or 30 minutes"."""
    found: set[int] = set()
    for m in re.finditer(r"(?<![\d:.])(\d+)((?:\s*(?:/|,|or|and|to|–)\s*\d+)*)\s*-?\s*min(?:ute)?s?\b", text,
                         re.IGNORECASE):
        found |= {int(n) for n in re.findall(r"\d+", m.group(1) + m.group(2))}
    return found


def _ticket_refs(text: str) -> set[int]:
    """Ticket numbers: ``#12``, ``issues/12``, ``ticket 12``, ``issue #12``, ``bug 12``."""
    pattern = re.compile(r"(?:(?<![\w&])#|issues/|\b(?:issue|ticket|bug)\s*(?:#|no\.?\s*)?)(\d{1,6})\b",
                         re.IGNORECASE)
    return {int(n) for n in pattern.findall(text)}


@cache
def _tracker() -> TrackerClient:
    return TrackerClient(*admin())


@cache
def _page() -> WikiPage | None:
    for info in _tracker().wiki_pages(PROJECT):
        if info.title.lower() == TITLE.lower():
            return _tracker().wiki_page(PROJECT, info.title)
    return None


@cache
def _bug_id() -> int:
    issue = _tracker().find_issue(PROJECT, BUG_SUBJECT)
    if issue is None:
        raise LookupError("slot finder ticket not found")
    return issue.id


@cache
def _related_ids() -> frozenset[int]:
    return frozenset(i.id for i in _tracker().issues(PROJECT, status="all") if RELATED.search(i.subject))


def _text() -> str:
    page = _page()
    return page.text if page is not None and page.author == EXAMINEE else ""


def _covers_new_features(text: str) -> bool:
    """A block describes the batch scheduler (names it and the jobs it places); a block about the travel buffers
    gives exactly 15 and 30 minutes, and no block about them offers other buffer minutes beside 15 or 30."""
    blocks = _blocks(text)
    scheduler = any(re.search(r"\bbatch\b|\bscheduler\b|\bschedule\s*\(", b.body, re.IGNORECASE)
                    and re.search(r"\bjobs?\b", b.body, re.IGNORECASE) for b in blocks)
    travel = [_minutes(b.body) for b in blocks if re.search(r"travel|buffer", b.body, re.IGNORECASE)]
    touching = [m for m in travel if m & {15, 30}]
    return scheduler and {15, 30} in touching and all(m == {15, 30} for m in touching)


def fallback_known_issue(text: str) -> bool:
    """A statement block (not under a "Fixes" heading) states the symptom and references the ticket, not as fixed
    and not hedged; the page references no ticket unrelated to dispatch-core."""
    bug = _bug_id()
    if not _ticket_refs(text) <= {bug} | _related_ids():
        return False
    for block in _blocks(text):
        if not (SYMPTOM.search(block.body) and bug in _ticket_refs(block.body)):
            continue
        fixed = any(not CONDITIONAL.search(block.body[:m.start()]) for m in FIXED.finditer(block.body))
        under_fixes = re.search(r"\bfix(?:es|ed)?\b|resolved", block.headings, re.IGNORECASE)
        if not fixed and not under_fixes and not HEDGE.search(block.body) and _ticket_refs(block.body) == {bug}:
            return True
    return False


def fallback_scope(text: str) -> bool:
    """No block presents a v0.2.0 feature as new (an old feature's phrase without "already", "in 0.2.0",
    "unchanged", …) or the multi-day branch as released (without "not", "branch", "WIP", "planned", …)."""
    for block in _blocks(text):
        whole = f"{block.headings} {block.body}"
        if OLD_FEATURES.search(block.body) and not NOT_NEW.search(whole):
            return False
        if re.search(r"multi[\s-]?day", block.body, re.IGNORECASE) and not NOT_RELEASED.search(whole):
            return False
    return True


@grader
def page_written() -> bool:
    """The page exists in the FieldDay wiki and was last saved by the examinee."""
    return bool(_text().strip())


@grader
def new_features_covered() -> bool:
    """The batch scheduler and the travel buffers (15 / 30 minutes) are described."""
    return _covers_new_features(_text())


@grader
def known_issue_listed() -> bool:
    text = _text()
    if not text or not fallback_known_issue(text):
        return False  # the one ticket, not fixed, not hedged: checked whether or not a judge is configured
    return llm_judge(text, PREDICATE_KNOWN_ISSUE.format(id=_bug_id()), fallback=fallback_known_issue)


@grader
def nothing_from_before_the_tag() -> bool:
    text = _text()
    return _covers_new_features(text) and llm_judge(text, PREDICATE_SCOPE, fallback=fallback_scope)


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(page_written())),
        Checkpoint(1, int(new_features_covered())),
        Checkpoint(1, int(known_issue_listed())),
        Checkpoint(1, int(nothing_from_before_the_tag())),
    ])
