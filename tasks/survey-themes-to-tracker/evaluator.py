"""Grades the survey-to-tracker triage from the FieldDay tracker project: new features, comments, wiki.

A respondent count is read from the sentences that talk about respondents (respondents, customers, mentioned,
...), leaving out issue numbers (#12, issue 12), versions (5.0), years and "of 140": every count given for one
theme must be the same accepted value (one answer per question; "9, 10 or 11 respondents" fails). The wiki page
is read one statement at a time (a line, a table row, a sentence); each count in a statement goes to the nearest
theme word in it, and a theme's action (its issue number, "already fixed", "kept out of the tracker") must stand
in a statement about that theme: a keyword line naming every theme and number credits none.
"""

from __future__ import annotations

import re

from grading import Checkpoint, Result, admin, grader, llm_judge
from grading.answers import amounts_in, says, sentences
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE = "kai.morgan"
PROJECT = "fieldday"
WIKI_PAGE = "Customer_Survey_2026"

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
# wiki: theme -> (words, accepted counts, action: "new:<theme>", "existing:<subject>", "fixed" or "out")
WIKI_THEMES: dict[str, tuple[tuple[str, ...], set[int], str]] = {
    "spanish": (("spanish",), {10}, "new:spanish"),
    "ledgerlite": (("ledgerlite", "ledger lite", "accounting"), {9}, "new:ledgerlite"),
    "csv": (("csv",), {12, 13}, "existing:Greenway Plumbing: monthly schedule export to CSV is empty"),
    "keyboard": (("keyboard",), {9}, "existing:Dispatcher board: keyboard focus lost after drag-and-drop"),
    "postal": (("canadian", "postal", "postcodes", "postcode"), {8}, "existing:Intake API: accept Canadian postal codes"),
    "slot": (("slot", "slots", "last hour"), {6, 7}, "existing:Slot finder never offers the last slot of a shift"),
    "crash": (("crash", "crashes", "crashed", "offline"), {12}, "fixed"),
    "pricing": (("expensive", "pricing", "price", "prices"), {9}, "out"),
    "onboarding": (("onboarding",), {7}, "out"),
}
COUNT_WORDS = ("respondent", "respondents", "customer", "customers", "response", "responses", "people", "users",
               "mentioned", "mention", "mentions", "asked", "survey")
OUT_OF_TRACKER = ("kept out", "keep out", "not filed", "no issue", "no ticket", "out of scope", "not product",
                  "not fieldday", "not a fieldday", "outside", "not tracked", "no tracker", "not in the tracker",
                  "out of the tracker", "leadership", "customer success", "sales", "no action", "not work")
_NOT_A_COUNT = re.compile(r"(?:#|\bissues?\s*#?\s*|/issues/|\btickets?\s*#?\s*|\b(?:out\s+)?of\s+(?:the\s+|all\s+)?"
                          r"|/\s*|\bversion\s+)$", re.IGNORECASE)
_FILE = re.compile(r"\S+\.(?:csv|xlsx|md|png|txt|json)\b", re.IGNORECASE)


def counts_in(text: str) -> list[tuple[int, int]]:
    """(position, value) of the whole numbers in ``text`` that can be counts: not an issue number, a version,
    a year, a percent or a denominator ("of 140")."""
    found = []
    for amount in amounts_in(text):
        before = text[max(0, amount.start - 12):amount.start]
        if (amount.percent or "." in amount.text or amount.value < 0 or 2000 <= amount.value <= 2100
                or _NOT_A_COUNT.search(before)):
            continue
        found.append((amount.start, int(amount.value)))
    return found


def stated_counts(text: str) -> list[int]:
    """The counts given in the sentences of ``text`` that talk about respondents."""
    return [value for s in sentences(text) if says(s, *COUNT_WORDS) for _, value in counts_in(s)]


def one_count(values: list[int], accepted: set[int]) -> bool:
    return len(set(values)) == 1 and values[0] in accepted


# ---- the tracker ----

_cache: dict[str, object] = {}


def _tracker() -> TrackerClient:
    if "tracker" not in _cache:
        _cache["tracker"] = TrackerClient(*admin())
    tracker = _cache["tracker"]
    assert isinstance(tracker, TrackerClient)
    return tracker


def _all_issues() -> list[Issue]:
    """Every FieldDay issue with its comments (cached)."""
    if "all" not in _cache:
        _cache["all"] = _tracker().issues(PROJECT, status="all", with_comments=True)
    issues = _cache["all"]
    assert isinstance(issues, list)
    return issues


def _new_issues() -> list[Issue]:
    """Issues kai.morgan created in FieldDay (any status)."""
    return [i for i in _all_issues() if i.author == EXAMINEE]


def _matching(theme: str) -> list[Issue]:
    pattern = NEW_FEATURES[theme][0]
    return [i for i in _new_issues() if pattern.search(f"{i.subject}\n{i.description}")]


def _feature_ok(theme: str) -> bool:
    _, priority, count = NEW_FEATURES[theme]
    return any(i.tracker == "Feature" and i.version == "5.0" and i.priority == priority
               and one_count(stated_counts(i.description), {count}) for i in _matching(theme))


@grader
def spanish_feature() -> bool:
    return _feature_ok("spanish")


@grader
def ledgerlite_feature() -> bool:
    return _feature_ok("ledgerlite")


def _seeded(subject: str) -> Issue:
    found = [i for i in _all_issues() if i.subject == subject and i.author != EXAMINEE]
    if not found:
        raise ValueError(f"seeded issue missing: {subject}")
    return found[0]


def _kai_comments(issue: Issue) -> str:
    return "\n".join(c.text for c in issue.comments if c.author == EXAMINEE and c.text.strip())


@grader
def existing_commented() -> int:
    """Number of the four existing open issues whose comments by kai.morgan give one right count."""
    return sum(1 for subject, counts in EXISTING.items()
               if one_count(stated_counts(_kai_comments(_seeded(subject))), counts))


@grader
def no_noise() -> bool:
    """Exactly the two new features were filed (no duplicates, nothing for praise/pricing/onboarding/the fixed
    crash), no comment by kai.morgan on any other existing issue but the fixed crash, and the crash is still
    closed."""
    spanish, ledgerlite = _matching("spanish"), _matching("ledgerlite")
    if len(spanish) != 1 or len(ledgerlite) != 1 or len(_new_issues()) != 2:
        return False
    allowed = {_seeded(s).id for s in [*EXISTING, FIXED]} | {i.id for i in _new_issues()}
    if any(_kai_comments(i) for i in _all_issues() if i.id not in allowed):
        return False
    return _seeded(FIXED).is_closed


# ---- the wiki page ----

def _statements(text: str) -> list[str]:
    return [_FILE.sub(" ", s) for s in sentences(text)]


def _theme_words(statement: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), theme) for theme, (words, _, _) in WIKI_THEMES.items() for w in words
            for m in re.finditer(rf"(?<![^\W_]){re.escape(w)}(?![^\W_])", statement, re.IGNORECASE)]


def _refers_to(statement: str, issue_id: int) -> bool:
    return re.search(rf"(?:#|\bissues?\s*#?\s*|/issues/){issue_id}(?!\d)", statement, re.IGNORECASE) is not None


def _action_done(statement: str, action: str, ids: dict[str, list[int]]) -> bool:
    if action == "fixed":
        return says(statement, "fixed", "closed", "resolved", "already fixed", "hotfix")
    if action == "out":
        return says(statement, *OUT_OF_TRACKER) or says(statement, "filed", "tracked", "issue", "ticket", "created",
                                                          negated=True)
    return any(_refers_to(statement, i) for i in ids[action])


def wiki_ok(text: str, ids: dict[str, list[int]]) -> bool:
    """Offline stand-in for the judge, never looser: every theme has one accepted count (each count going to the
    nearest theme word of its statement) and a statement about it that shows its action."""
    counts: dict[str, list[int]] = {theme: [] for theme in WIKI_THEMES}
    acted: set[str] = set()
    for statement in _statements(text):
        words = _theme_words(statement)
        if not words:
            continue
        for position, value in counts_in(statement):
            nearest = min(words, key=lambda w: min(abs(w[0] - position), abs(position - w[1])))
            counts[nearest[2]].append(value)
        for theme in {w[2] for w in words}:
            if _action_done(statement, WIKI_THEMES[theme][2], ids):
                acted.add(theme)
    return all(one_count(counts[theme], accepted) and theme in acted
               for theme, (_, accepted, _) in WIKI_THEMES.items())


@grader
def wiki_summary() -> bool:
    page = _tracker().wiki_page(PROJECT, WIKI_PAGE)
    ids = {f"existing:{s}": [_seeded(s).id] for s in EXISTING}
    ids |= {f"new:{theme}": [i.id for i in _matching(theme)] for theme in NEW_FEATURES}
    new_ids = sorted(i for theme in NEW_FEATURES for i in ids[f"new:{theme}"])
    if len(new_ids) < 2:
        return False
    predicate = (
        "This wiki page summarises customer survey feedback by theme with respondent counts, and for each "
        f"theme says what was done: new tracker issues (issue numbers {new_ids}) for a Spanish "
        "version and a LedgerLite accounting integration; comments on the existing issues "
        f"{sorted(_seeded(s).id for s in EXISTING)} for empty CSV exports, keyboard accessibility after "
        "drag-and-drop, Canadian postal codes and the slot picker's missing last hour; the offline crash "
        "noted as already fixed; and pricing and onboarding feedback listed with counts but kept out of "
        "the tracker. Each theme has one respondent count, not several candidates."
    )
    return llm_judge(page.text, predicate, fallback=lambda text: wiki_ok(text, ids))


def grade_checkpoints(trajectory: object = "") -> Result:
    commented = int(existing_commented())  # a failed grader gives False = 0
    return Result([
        Checkpoint(2, int(spanish_feature()) + int(ledgerlite_feature())),
        Checkpoint(2, 2 if commented == 4 else 1 if commented >= 2 else 0),
        Checkpoint(1, int(no_noise())),
        Checkpoint(1, int(wiki_summary())),
    ])
