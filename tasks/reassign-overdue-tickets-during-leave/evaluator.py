"""Grades the hand-over of Marcus Webb's overdue FieldDay tickets (tracker end state + chat).

Asking Marcus counts when a direct message about the tickets reached him before the first change to them (the
task says to ask before moving anything); a comment explains the hand-over when one of its sentences says both
that the ticket moved and that Marcus is away (not a list of absence words).
"""


from grading import Checkpoint, Result, admin, grader, llm_judge
from grading.answers import is_about, sentence_with
from grading.clients.chat import login
from grading.clients.tracker import TrackerClient

EXAMINEE = "kai.morgan"
CI = "Move CI runners to the new build machines"
POSTMORTEM = "Postmortem actions: 2026-10-28 database failover"
K8S = "Upgrade the production Kubernetes cluster to 1.31"
NEW_OWNER = {CI: "tomas.lindqvist", POSTMORTEM: "aisha.bello"}
# every other FieldDay ticket keeps the assignee it had before the task
UNCHANGED = {
    "Slot finder never offers the last slot of a shift": None,
    "Support multi-day jobs in slot finder": "tomas.lindqvist",
    "Partner webhooks for job status changes": "aisha.bello",
    "Retry failed webhook deliveries with exponential backoff": "aisha.bello",
    "Dispatcher board: keyboard focus lost after drag-and-drop": "ben.kowalski",
    "WCAG 2.1 AA: colour contrast of job status badges": "ben.kowalski",
    "Technician app shows appointment times in the device time zone": "chloe.tran",
    "Offline sync crashes when a job has no street address": "chloe.tran",
    "Greenway Plumbing: monthly schedule export to CSV is empty": None,
    "Recurring maintenance visits": None,
    "FieldDay 4.13 release checklist": "sofia.alvarez",
    "Travel buffer not applied before the first appointment of the day": "tomas.lindqvist",
    "Vietnamese translation of the technician app": "chloe.tran",
    "Intake API rejects phone numbers with a leading +1": "aisha.bello",
    "Intake API: accept Canadian postal codes": None,
    K8S: "marcus.webb",
    "Rotate the staging database credentials": "marcus.webb",
}
ABSENT = ("leave", "away", "out", "off", "absent", "absence", "PTO", "vacation", "holiday", "family", "12-04",
          "back on", "back in", "not around", "unavailable", "until", "while he")
MOVED = ("reassign", "reassigned", "reassigning", "moved", "moving", "move", "handed", "hand over", "hand-over",
         "handing", "take over", "takes over", "taking over", "taken over", "pick up", "picks up", "yours now",
         "over to you", "passing", "passed", "assigned", "assigning", "new owner", "transferred", "covering", "cover")
TOPIC = ("ticket", "tickets", "runner", "runners", "CI", "postmortem", "post-mortem", "failover", "take over",
         "hand over", "reassign", "overdue", "who should", "owner", "pick up", "kubernetes", "cover")


def _tracker() -> TrackerClient:
    return TrackerClient(*admin())


def _issue(tracker: TrackerClient, subject: str):
    issue = tracker.find_issue("fieldday", subject)
    if issue is None:
        raise AssertionError(f"no FieldDay ticket {subject!r}")
    return issue


def _first_change() -> float | None:
    """When the examinee first changed (or commented on) one of the two overdue tickets, as a UNIX time."""
    tracker = _tracker()
    times = [c.at.timestamp() for s in NEW_OWNER for c in _issue(tracker, s).comments if c.author == EXAMINEE]
    return min(times) if times else None


@grader
def asked_marcus() -> bool:
    """A DM to Marcus about the tickets, sent before the first change to them."""
    with login(*admin()) as chat:
        asked = [m.timestamp.timestamp() for m in chat.direct_messages("marcus.webb", username=EXAMINEE)
                 if m.sender == EXAMINEE and is_about(m.body, *TOPIC)]
    first_change = _first_change()
    return bool(asked) and (first_change is None or min(asked) < first_change)


@grader
def reassigned_correctly() -> int:
    tracker = _tracker()
    return sum(_issue(tracker, subject).assignee == owner for subject, owner in NEW_OWNER.items())


def _kai_comments() -> dict[str, str]:
    tracker = _tracker()
    return {subject: "\n".join(c.text for c in _issue(tracker, subject).comments
                               if c.author == EXAMINEE and c.text.strip())
            for subject in NEW_OWNER}


@grader
def reasons_commented() -> bool:
    comments = _kai_comments()
    if not all(comments.values()) or not all(_explains(text) for text in comments.values()):
        return False  # checked whether or not a judge is configured
    content = "\n\n".join(f"Comment on '{subject}':\n{text}" for subject, text in comments.items())
    return llm_judge(
        content,
        "Each of the two comments tells the reader that the ticket was handed over (reassigned) because "
        "Marcus Webb is away / on leave, so the new owner understands why it moved.",
        fallback=lambda _: all(_explains(text) for text in comments.values()),
    )


def _explains(comment: str) -> bool:
    """One sentence says the ticket moved and why: Marcus is away (keyword lists do not count)."""
    return sentence_with(comment, MOVED, ABSENT) is not None or sentence_with(comment, ("Marcus",), ABSENT) is not None


@grader
def nothing_else_moved() -> bool:
    tracker = _tracker()
    if not any(_issue(tracker, s).assignee == o for s, o in NEW_OWNER.items()):
        return False  # only meaningful once something was handed over
    current = {i.subject: i.assignee for i in tracker.issues("fieldday", status="all")}
    k8s = _issue(tracker, K8S)
    return not k8s.is_closed and all(current.get(subject, "?") == owner for subject, owner in UNCHANGED.items())


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(asked_marcus())),
        Checkpoint(2, int(reassigned_correctly())),
        Checkpoint(1, int(reasons_commented())),
        Checkpoint(1, int(nothing_else_moved())),
    ])
