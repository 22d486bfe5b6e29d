"""Grades the 11-23 sprint draft: 4.13 contents in the tracker, estimate requests, chat summary, wiki notes."""

import re

from grading import Checkpoint, Result, admin, grader, llm_judge
from grading.clients.chat import login
from grading.clients.tracker import Issue, TrackerClient, TrackerError

EXAMINEE = "kai.morgan"
CAPACITY = 90.0
# backlog tickets that fit (greedy by priority, due date, number; 44.8 h carried over + 44 h new = 88.8 h)
PLANNED = {
    "Technician app: photo upload fails on slow connections": r"photo upload",
    "Job card shows the old customer phone number after an edit": r"phone number",
    "Intake API: rate-limit requests per API key": r"rate[- ]limit",
    "Greenway Plumbing: monthly schedule export to CSV is empty": r"greenway",
    "Customer notification email: add the technician's first name": r"first name|notification e-?mail",
    "Weekly technician hours export (CSV)": r"hours export|technician hours",
    "Slot picker: show the travel buffer in the tooltip": r"tooltip",
}
NO_ROOM = ["Dispatcher board: bulk-reassign selected jobs", "Upgrade the web app to React 18.3",
           "Dark mode for the dispatcher board", "Dispatcher board: remember the zoom level per user"]
NO_ESTIMATE = ["Postmortem actions: 2026-10-28 database failover", "Audit log of schedule changes"]
MUST_HAVE = list(PLANNED)[:4]  # the Urgent and High ones and the overdue Greenway ticket
ALREADY_IN = ["Slot finder never offers the last slot of a shift", "Partner webhooks for job status changes",
              "Retry failed webhook deliveries with exponential backoff",
              "Dispatcher board: keyboard focus lost after drag-and-drop",
              "WCAG 2.1 AA: colour contrast of job status badges", "Move CI runners to the new build machines",
              "FieldDay 4.13 release checklist", "Travel buffer not applied before the first appointment of the day"]


def _issues() -> dict[str, Issue]:
    return {i.subject: i for i in TrackerClient(*admin()).issues("fieldday", status="all")}


def _remaining(issue: Issue) -> float:
    return (issue.estimated_hours or 0) * (100 - issue.done_ratio) / 100


def _mentions(text: str, issues: dict[str, Issue], subject: str) -> bool:
    pattern = rf"#{issues[subject].id}\b|{PLANNED.get(subject, re.escape(subject))}"
    return re.search(pattern, text, re.IGNORECASE) is not None


@grader
def sprint_contents() -> int:
    issues = _issues()
    backlog = set(PLANNED) | set(NO_ROOM) | set(NO_ESTIMATE)
    added = {s for s in backlog if issues[s].version == "4.13"}
    if added == set(PLANNED):
        return 2
    in_sprint = [i for i in issues.values() if i.version == "4.13" and not i.is_closed]
    within = sum(_remaining(i) for i in in_sprint) <= CAPACITY + 1e-6
    return int(within and set(MUST_HAVE) <= added)


@grader
def nothing_else_changed() -> bool:
    issues = _issues()
    if not any(issues[s].version == "4.13" for s in PLANNED):
        return False  # only meaningful once the sprint was planned
    kept = all(issues[s].version == "4.13" for s in ALREADY_IN)
    untouched = all(issues[s].version is None for s in NO_ROOM + NO_ESTIMATE)
    return kept and untouched


@grader
def estimates_requested() -> bool:
    issues = _issues()
    tracker = TrackerClient(*admin())
    for subject in NO_ESTIMATE:
        comments = tracker.issue(issues[subject].id).comments
        if not any(c.author == EXAMINEE and re.search(r"estimat", c.text, re.IGNORECASE) for c in comments):
            return False
    return True


def _hours_stated(text: str) -> bool:
    return re.search(r"88[.,]8|(?<![\d.])44(?![\d.]|\.\d)\s*(h\b|hours|hrs)", text, re.IGNORECASE) is not None


@grader
def summary_posted() -> bool:
    issues = _issues()
    with login(*admin()) as chat:
        posts = [m.body for m in chat.channel_messages("sprint-planning") if m.sender == EXAMINEE]
    text = "\n".join(posts)
    return bool(posts) and all(_mentions(text, issues, s) for s in PLANNED) and _hours_stated(text)


@grader
def notes_page_written() -> bool:
    issues = _issues()
    try:
        text = TrackerClient(*admin()).wiki_page("fieldday", "Sprint_Planning_2026-11-23").text
    except TrackerError:
        return False

    def fallback(content: str) -> bool:
        return (all(_mentions(content, issues, s) for s in PLANNED) and "90" in content
                and re.search(r"sprint", content, re.IGNORECASE) is not None)

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
