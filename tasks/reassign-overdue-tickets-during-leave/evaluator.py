"""Grades the hand-over of Marcus Webb's overdue FieldDay tickets (tracker end state + chat)."""

import re

from grading import Checkpoint, Result, admin, grader, llm_judge
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
REASON = re.compile(r"leave|away|\bout\b|\boff\b|absen|pto|vacation|holiday|family|12-04|back on", re.IGNORECASE)


def _tracker() -> TrackerClient:
    return TrackerClient(*admin())


def _issue(tracker: TrackerClient, subject: str):
    issue = tracker.find_issue("fieldday", subject)
    if issue is None:
        raise AssertionError(f"no FieldDay ticket {subject!r}")
    return issue


@grader
def asked_marcus() -> bool:
    with login(*admin()) as chat:
        return "marcus.webb" in chat.contacted_people(username=EXAMINEE)


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
    if not all(comments.values()):
        return False
    content = "\n\n".join(f"Comment on '{subject}':\n{text}" for subject, text in comments.items())
    return llm_judge(
        content,
        "Each of the two comments tells the reader that the ticket was handed over (reassigned) because "
        "Marcus Webb is away / on leave, so the new owner understands why it moved.",
        fallback=lambda _: all(REASON.search(text) for text in comments.values()),
    )


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
