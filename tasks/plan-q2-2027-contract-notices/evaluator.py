"""Grades the Q2 2027 contract notice tickets: asking Victor, which contracts got a ticket, due dates, owners,
and the renew-or-cancel decisions.

Answer key (hook's contract list; a term ends the day before its anniversary; deadline = last day - notice days;
Victor: cancel Prairie Coffee, renew the rest):

| vendor | term ends | deadline | owner | decision |
|---|---|---|---|---|
| Haymarket Cleaning Co. | 2027-04-30 | 2027-03-01 | nina.petrova | renew |
| Prairie Coffee Service | 2027-06-14 | 2027-03-16 | nina.petrova | cancel |
| Lincoln Secure Shred | 2027-06-30 | 2027-05-31 | grace.liu | renew |
| Bluestem Office Plants | 2027-06-30 | 2027-05-16 | nina.petrova | renew |
| Capitol Access Systems | 2027-04-14 | 2027-01-14 | felix.wagner | renew |

Out of the window: Sandhill Parking (2026-12-31), Great Plains Print Leasing (2027-03-31, the day before it),
Cornhusker Waste (2027-09-30).
"""

import re
from datetime import date

from grading import Checkpoint, Result, admin, grader
from grading.answers import is_about, says
from grading.clients.chat import login
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE, VICTOR = "kai.morgan", "victor.mendes"
PROJECT = "it-ops"
IN_WINDOW = {  # vendor key: (deadline, owner, cancel)
    "Haymarket": (date(2027, 3, 1), "nina.petrova", False),
    "Prairie Coffee": (date(2027, 3, 16), "nina.petrova", True),
    "Lincoln Secure Shred": (date(2027, 5, 31), "grace.liu", False),
    "Bluestem": (date(2027, 5, 16), "nina.petrova", False),
    "Capitol Access": (date(2027, 1, 14), "felix.wagner", False),
}
VENDORS = {  # how each vendor is recognised in a ticket
    "Haymarket": r"haymarket", "Prairie Coffee": r"prairie coffee", "Lincoln Secure Shred": r"secure shred|shred",
    "Bluestem": r"bluestem", "Capitol Access": r"capitol", "Sandhill": r"sandhill",
    "Great Plains Print": r"great plains", "Cornhusker": r"cornhusker",
}
RENEW = ("renew", "renewal", "renewing", "renewed", "extend")
CANCEL = ("cancel", "cancellation", "cancelling", "canceling", "cancelled", "canceled", "terminate",
          "termination", "end the contract", "give notice to end")
ASK_TOPIC = ("renew", "renewal", "cancel", "contract", "contracts", "decision", "decide", "vendor", "vendors",
             "notice")


def vendors_in(text: str) -> list[str]:
    return [v for v, pattern in VENDORS.items() if re.search(rf"\b(?:{pattern})\b", text, re.IGNORECASE)]


def _tickets() -> dict[str, list[Issue]]:
    """Vendor -> Kai's it-ops tickets naming it in the subject (else the description); a ticket naming two
    vendors is listed under "?"."""
    found: dict[str, list[Issue]] = {}
    for issue in TrackerClient(*admin()).issues(PROJECT, status="all"):
        if issue.author != EXAMINEE:
            continue
        named = vendors_in(issue.subject) or vendors_in(issue.description)
        found.setdefault(named[0] if len(named) == 1 else "?", []).append(issue)
    return found


def _one_each() -> dict[str, Issue] | None:
    found = _tickets()
    if sorted(found) != sorted(IN_WINDOW) or any(len(v) != 1 for v in found.values()):
        return None
    return {vendor: issues[0] for vendor, issues in found.items()}


@grader
def asked_victor() -> bool:
    """A DM to Victor about renewing or cancelling the contracts (a greeting alone does not count)."""
    with login(*admin()) as chat:
        return any(m.sender == EXAMINEE and is_about(m.body, *ASK_TOPIC)
                   for m in chat.direct_messages(VICTOR, username=EXAMINEE))


@grader
def right_contracts() -> bool:
    """Exactly one ticket by Kai per contract ending in the window, none for another contract."""
    return _one_each() is not None


@grader
def right_deadlines() -> bool:
    tickets = _one_each()
    return tickets is not None and all(tickets[v].due_date == IN_WINDOW[v][0] for v in IN_WINDOW)


@grader
def right_owners() -> bool:
    tickets = _one_each()
    return tickets is not None and all(tickets[v].assignee == IN_WINDOW[v][1] for v in IN_WINDOW)


def _decision(issue: Issue) -> str | None:
    text = f"{issue.subject}\n{issue.description}"
    renew, cancel = says(text, *RENEW), says(text, *CANCEL)
    return "cancel" if cancel and not renew else "renew" if renew and not cancel else None


@grader
def right_decisions() -> bool:
    """Prairie Coffee's ticket says cancel and not renew; each other says renew and not cancel (negations
    aside: "do not renew" is no renewal)."""
    tickets = _one_each()
    return tickets is not None and all(_decision(tickets[v]) == ("cancel" if IN_WINDOW[v][2] else "renew")
                                       for v in IN_WINDOW)


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(asked_victor())),
        Checkpoint(1, int(right_contracts())),
        Checkpoint(1, int(right_deadlines())),
        Checkpoint(1, int(right_owners())),
        Checkpoint(1, int(right_decisions())),
    ])
