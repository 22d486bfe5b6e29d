"""Grades the 11-23 sprint draft: 4.13 contents in the tracker, estimate requests, chat summary, wiki notes.

Capacity is computed from the seeded estimates (44.8 h carried over + the added tickets' seeded estimates), so
changing estimates or % done does not make room; "nothing else changed" reads the journals (every field the
examinee changed). In the summary and the notes, each ticket named is attributed to the part of the text it is
listed under (added / carried over / left out), and the added part must be exactly the seven. Private helpers
here (not in grading.answers): ``_attributed`` and ``_hours``.
"""

import re

from grading import Checkpoint, Result, admin, grader, llm_judge
from grading.answers import amounts_in, sentences
from grading.clients.chat import login
from grading.clients.tracker import Issue, TrackerClient, TrackerError

EXAMINEE = "kai.morgan"
CAPACITY, CARRIED_HOURS = 90.0, 44.8
# backlog tickets that fit (greedy by priority, due date, number; 44.8 h carried over + 44 h new = 88.8 h):
# subject -> (seeded estimate, how a summary names it)
PLANNED = {
    "Technician app: photo upload fails on slow connections": (8, r"photo"),
    "Job card shows the old customer phone number after an edit": (3, r"phone"),
    "Intake API: rate-limit requests per API key": (12, r"rate[- ]?limit"),
    "Greenway Plumbing: monthly schedule export to CSV is empty": (5, r"greenway|monthly (?:schedule )?export"),
    "Customer notification email: add the technician's first name": (2, r"first name|notification e-?mail"),
    "Weekly technician hours export (CSV)": (10, r"hours export|technician hours"),
    "Slot picker: show the travel buffer in the tooltip": (4, r"tooltip"),
}
NO_ROOM = {"Dispatcher board: bulk-reassign selected jobs": (16, r"bulk[- ]?reassign"),
           "Upgrade the web app to React 18.3": (6, r"\breact\b"),
           "Dark mode for the dispatcher board": (20, r"dark mode"),
           "Dispatcher board: remember the zoom level per user": (3, r"zoom")}
NO_ESTIMATE = {"Postmortem actions: 2026-10-28 database failover": (0, r"postmortem|failover"),
               "Audit log of schedule changes": (0, r"audit log")}
MUST_HAVE = list(PLANNED)[:4]  # the Urgent and High ones and the overdue Greenway ticket
ALREADY_IN = {"Slot finder never offers the last slot of a shift": (3, r"slot finder|last slot"),
              "Partner webhooks for job status changes": (14.4, r"partner webhook|webhooks for job"),
              "Retry failed webhook deliveries with exponential backoff": (8, r"retr(?:y|ies)|backoff"),
              "Dispatcher board: keyboard focus lost after drag-and-drop": (3, r"keyboard focus|drag"),
              "WCAG 2.1 AA: colour contrast of job status badges": (4, r"contrast|badge|wcag"),
              "Move CI runners to the new build machines": (6.4, r"\bci\b|runner"),
              "FieldDay 4.13 release checklist": (6, r"checklist"),
              "Travel buffer not applied before the first appointment of the day":
                  (0, r"travel buffer not applied|first appointment")}
NAMED = {**PLANNED, **NO_ROOM, **NO_ESTIMATE, **ALREADY_IN}
# hour figures a correct summary may give: totals, capacity, what is left, estimates and remaining hours
ALLOWED_HOURS = {88.8, 44.0, 44.8, 90.0, 45.2, 1.2, 0.0} | {float(h) for h, _ in NAMED.values()}
ASKS_ESTIMATE = re.compile(r"estimat|how many hours|how long|sizing|size (?:it|this)|effort", re.IGNORECASE)

LEFT = (r"not added|not planned|not included|didn'?t fit|did not fit|doesn'?t fit|does not fit|didn'?t make it"
        r"|did not make it|no room|lack of room|left out|leaving out|no estimate|without (?:an )?estimates?"
        r"|needs? (?:an )?estimates?|waiting (?:on|for)|excluded|deferred|dropped|skipped|postponed|too big"
        r"|next sprint|not in 4\.13")
CARRIED = r"carried|carry[- ]?over|already (?:in|open)|stays?\b|existing|in progress"
ADDED = (r"added|adding|\badd\b|put into|into 4\.13|to 4\.13|in 4\.13|committed|\bcommit\b|planned|pulled in"
         r"|taking in|new in 4\.13|scheduled")
TOPIC = re.compile(rf"(?P<left>{LEFT})|(?P<carried>{CARRIED})|(?P<added>{ADDED})", re.IGNORECASE)


def _issues() -> dict[str, Issue]:
    return {i.subject: i for i in TrackerClient(*admin()).issues("fieldday", status="all")}


def _journal_changes(tracker: TrackerClient, issue_id: int) -> list[str]:
    """Names of the fields the examinee changed on an issue (Redmine journal details)."""
    data = tracker._get(f"/issues/{issue_id}.json", include="journals")["issue"]  # details: not in the client
    return [d.get("name", "") for j in data.get("journals", []) if j.get("user", {}).get("id") is not None
            and tracker.username_of(j["user"]["id"]) == EXAMINEE for d in j.get("details", [])]


def _mentions(text: str, issues: dict[str, Issue], subject: str) -> list[int]:
    """Positions where ``text`` names the ticket (``#id`` or its keyword)."""
    pattern = rf"#{issues[subject].id}\b|{NAMED[subject][1]}"
    return [m.start() for m in re.finditer(pattern, text, re.IGNORECASE)]


def _attributed(text: str, issues: dict[str, Issue]) -> dict[str, set[str]]:
    """{"added"|"carried"|"left": subjects named there}: a ticket belongs to the nearest topic phrase before it in
    its sentence, else the first one after it in its sentence, else the last one of the text before."""
    result: dict[str, set[str]] = {"added": set(), "carried": set(), "left": set()}
    last: str | None = None
    for sentence in sentences(text):
        topics = [(m.start(), m.lastgroup or "") for m in TOPIC.finditer(sentence)]
        for subject in NAMED:
            for position in _mentions(sentence, issues, subject):
                before = [t for p, t in topics if p < position]
                after = [t for p, t in topics if p > position]
                topic = before[-1] if before else after[0] if after else last
                if topic:
                    result[topic].add(subject)
        if topics:
            last = topics[-1][1]
    return result


def _hours(text: str) -> list[float]:
    """Hour figures: amounts followed by h / hrs / hours / focus hours, or by "of 90"."""
    return [a.value for a in amounts_in(text)
            if re.match(r"\s*(?:h\b|hrs?\b|hours?\b|focus hours|of 90\b)", text[a.end:], re.IGNORECASE)]


def _report_ok(text: str, issues: dict[str, Issue]) -> bool:
    """Exactly the seven listed as added, none of them as left out; 88.8 h planned (or 44 h added) and no hour
    figure that a correct plan would not give (a hedge or a wrong total)."""
    parts = _attributed(text, issues)
    hours = _hours(text)
    stated = re.search(r"88[.,]8", text) is not None or any(abs(h - 44) < 1e-6 for h in hours)
    return (parts["added"] == set(PLANNED) and not parts["left"] & set(PLANNED) and stated
            and all(any(abs(h - a) < 0.05 for a in ALLOWED_HOURS) for h in hours))


@grader
def sprint_contents() -> int:
    issues = _issues()
    backlog = set(PLANNED) | set(NO_ROOM) | set(NO_ESTIMATE)
    added = {s for s in backlog if issues[s].version == "4.13"}
    kept = all(issues[s].version == "4.13" for s in ALREADY_IN)
    if added == set(PLANNED):
        return 2
    planned_hours = CARRIED_HOURS + sum(NAMED[s][0] for s in added)  # seeded estimates: no room is made
    return int(kept and planned_hours <= CAPACITY + 1e-6 and set(MUST_HAVE) <= added)


@grader
def nothing_else_changed() -> bool:
    issues = _issues()
    if not any(issues[s].version == "4.13" for s in PLANNED):
        return False  # only meaningful once the sprint was planned
    kept = all(issues[s].version == "4.13" for s in ALREADY_IN)
    untouched = all(issues[s].version is None for s in [*NO_ROOM, *NO_ESTIMATE])
    tracker = TrackerClient(*admin())
    for subject, issue in issues.items():
        changed = set(_journal_changes(tracker, issue.id))
        if changed - {"fixed_version_id"} or (changed and subject not in PLANNED):
            return False  # another field, or a version outside the seven
    return kept and untouched


@grader
def estimates_requested() -> bool:
    """Kai asked for an estimate on exactly the two tickets without one (not on every ticket)."""
    tracker = TrackerClient(*admin())
    asked = {i.subject for i in tracker.issues("fieldday", status="all", with_comments=True)
             if any(c.author == EXAMINEE and ASKS_ESTIMATE.search(c.text) for c in i.comments)}
    return asked == set(NO_ESTIMATE)


@grader
def summary_posted() -> bool:
    issues = _issues()
    with login(*admin()) as chat:
        posts = [m.body for m in chat.channel_messages("sprint-planning") if m.sender == EXAMINEE]
    return bool(posts) and _report_ok("\n".join(posts), issues)


@grader
def notes_page_written() -> bool:
    issues = _issues()
    try:
        page = TrackerClient(*admin()).wiki_page("fieldday", "Sprint_Planning_2026-11-23")
    except TrackerError:
        return False
    text = page.text

    def fallback(content: str) -> bool:
        headings = re.findall(r"(?m)^\s*(?:#{1,6}\s|h[1-6]\.\s)", content)
        return (len(headings) >= 2 and _report_ok(content, issues) and re.search(r"sprint", content, re.I) is not None
                and re.search(r"(?<![\d.])90(?![\d.])", content) is not None)

    if not fallback(text):
        return False  # the one list of added tickets and the hours: checked whether or not a judge is configured
    return llm_judge(
        text,
        "These are draft sprint planning notes for the FieldDay sprint 2026-11-23 to 2026-12-04 in the style of "
        "a planning page: they list the tickets committed/added to 4.13 (photo upload bug, phone number bug, "
        "Intake API rate limit, Greenway export, technician first name in the email, weekly hours export, "
        "travel buffer tooltip), the capacity of 90 hours and the hours planned, and what was left out.",
        fallback=fallback,
    )


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(2, int(sprint_contents())),
        Checkpoint(1, int(nothing_else_changed())),
        Checkpoint(1, int(estimates_requested())),
        Checkpoint(1, int(summary_posted())),
        Checkpoint(1, int(notes_page_written())),
    ])
