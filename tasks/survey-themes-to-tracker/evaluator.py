"""Grades the survey-to-tracker triage from the FieldDay tracker project: new features, comments, wiki."""

from __future__ import annotations

import re
from collections.abc import Callable

from grading import Checkpoint, Result, admin, grader, llm_judge
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE = "kai.morgan"
PROJECT = "fieldday"
WIKI_PAGE = "Customer_Survey_2026"
NUMBER = re.compile(r"\d+")

# existing open issues -> accepted respondent counts (unique response IDs, first submission);
# CSV export 12 + the multi-line comment = 13, slot picker 6 + the multi-line comment = 7
EXISTING = {
    "Greenway Plumbing: monthly schedule export to CSV is empty": {12, 13},
    "Dispatcher board: keyboard focus lost after drag-and-drop": {9},
    "Intake API: accept Canadian postal codes": {8},
    "Slot finder never offers the last slot of a shift": {6, 7},
}
FIXED = "Offline sync crashes when a job has no street address"
NEW_FEATURES = {  # theme pattern -> (priority, respondents)
    "spanish": (re.compile(r"spanish", re.I), "High", 10),
    "ledgerlite": (re.compile(r"ledger\s*lite|accounting", re.I), "Normal", 9),
}

_cache: dict[str, object] = {}


def _tracker() -> TrackerClient:
    if "tracker" not in _cache:
        _cache["tracker"] = TrackerClient(*admin())
    tracker = _cache["tracker"]
    assert isinstance(tracker, TrackerClient)
    return tracker


def _new_issues() -> list[Issue]:
    """Issues kai.morgan created in FieldDay (any status)."""
    if "new" not in _cache:
        _cache["new"] = [i for i in _tracker().issues(PROJECT, status="all") if i.author == EXAMINEE]
    issues = _cache["new"]
    assert isinstance(issues, list)
    return issues


def _numbers(text: str) -> set[int]:
    return {int(n) for n in NUMBER.findall(text.replace("2026", " "))}


def _matching(theme: str) -> list[Issue]:
    pattern = NEW_FEATURES[theme][0]
    return [i for i in _new_issues() if pattern.search(f"{i.subject}\n{i.description}")]


def _feature_ok(theme: str) -> bool:
    _, priority, count = NEW_FEATURES[theme]
    return any(i.tracker == "Feature" and i.version == "5.0" and i.priority == priority
               and count in _numbers(i.description) for i in _matching(theme))


@grader
def spanish_feature() -> bool:
    return _feature_ok("spanish")


@grader
def ledgerlite_feature() -> bool:
    return _feature_ok("ledgerlite")


def _existing_ids() -> dict[str, int]:
    found = {}
    for subject in [*EXISTING, FIXED]:
        issue = _tracker().find_issue(PROJECT, subject)
        if issue is None:
            raise ValueError(f"seeded issue missing: {subject}")
        found[subject] = issue.id
    return found


@grader
def existing_commented() -> int:
    """Number of the four existing open issues with a comment by kai.morgan giving the right count."""
    ids = _existing_ids()
    good = 0
    for subject, counts in EXISTING.items():
        comments = [c.text for c in _tracker().issue(ids[subject]).comments if c.author == EXAMINEE]
        if any(_numbers(text) & counts for text in comments):
            good += 1
    return good


@grader
def no_noise() -> bool:
    """Exactly the two new features were filed (no duplicates, nothing for praise/pricing/onboarding/
    the fixed crash), and the fixed crash issue is still closed."""
    spanish, ledgerlite = _matching("spanish"), _matching("ledgerlite")
    if len(spanish) != 1 or len(ledgerlite) != 1 or len(_new_issues()) != 2:
        return False
    return _tracker().issue(_existing_ids()[FIXED]).is_closed


def _wiki_fallback(ids: list[int]) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        lowered = text.lower()
        refs = all(re.search(rf"(#|issue\s*#?\s*|issues/){i}\b", lowered) for i in ids)
        topics = all(re.search(p, lowered) for p in (r"pric|expensive", r"onboarding", r"crash|offline",
                                                      r"spanish", r"ledger\s*lite|accounting"))
        return refs and topics and {10, 9} <= _numbers(text)
    return check


@grader
def wiki_summary() -> bool:
    page = _tracker().wiki_page(PROJECT, WIKI_PAGE)
    existing = _existing_ids()
    new_ids = [i.id for theme in NEW_FEATURES for i in _matching(theme)]
    ids = [existing[s] for s in EXISTING] + new_ids
    if len(new_ids) < 2:
        return False
    predicate = (
        "This wiki page summarises customer survey feedback by theme with respondent counts, and for each "
        f"theme says what was done: new tracker issues (issue numbers {sorted(new_ids)}) for a Spanish "
        "version and a LedgerLite accounting integration; comments on the existing issues "
        f"{sorted(existing[s] for s in EXISTING)} for empty CSV exports, keyboard accessibility after "
        "drag-and-drop, Canadian postal codes and the slot picker's missing last hour; the offline crash "
        "noted as already fixed; and pricing and onboarding feedback listed with counts but kept out of "
        "the tracker."
    )
    check = _wiki_fallback(ids)
    return llm_judge(page.text, predicate, fallback=check)


def grade_checkpoints(trajectory: object = "") -> Result:
    commented = int(existing_commented())  # a failed grader gives False = 0
    return Result([
        Checkpoint(2, int(spanish_feature()) + int(ledgerlite_feature())),
        Checkpoint(2, 2 if commented == 4 else 1 if commented >= 2 else 0),
        Checkpoint(1, int(no_noise())),
        Checkpoint(1, int(wiki_summary())),
    ])
