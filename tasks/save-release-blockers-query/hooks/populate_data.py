"""Setup: FieldDay bugs and features that tell a right 4.13-blockers query from a near miss.

The seeded FieldDay data already has two open High bugs in 4.13 (the slot finder, the dispatcher focus bug), a
rejected Low bug in 4.13 and an open High feature in 4.13. Added here, in this order (so that neither id order
is priority order): an Immediate open bug in 4.13 (a blocker), a closed High bug in 4.13, a Normal open bug in
4.13, a High open bug in 5.0, an Urgent open feature in 4.13, and a High open bug in 4.13 (a blocker).
"""

from __future__ import annotations

import sys

sys.path.insert(0, "/utils")

from grading.clients.tracker import TrackerClient
from grading.credentials import admin

ISSUES = [  # author, subject, tracker, priority, version, final status
    ("sofia.alvarez", "Dispatcher board freezes when a technician has more than 40 jobs", "Bug", "Immediate", "4.13",
     None),
    ("ben.kowalski", "Job notes lose their line breaks after saving", "Bug", "High", "4.13", "Closed"),
    ("chloe.tran", "Technician app: map pin slightly off for rural addresses", "Bug", "Normal", "4.13", None),
    ("tomas.lindqvist", "Multi-day jobs: second day missing from the technician agenda", "Bug", "High", "5.0", None),
    ("hannah.brooks", "Partner webhooks: sign payloads with a per-partner secret", "Feature", "Urgent", "4.13", None),
    ("sofia.alvarez", "Technician app: photo upload fails on slow connections", "Bug", "High", "4.13", None),
]


def main() -> None:
    for author, subject, tracker, priority, version, status in ISSUES:
        client = TrackerClient(*admin(), act_as=author)
        issue = client.create_issue("fieldday", subject, f"Found while testing {version}.", tracker=tracker,
                                    priority=priority, version=version)
        if status:
            closed = TrackerClient(*admin()).update_issue(issue.id, status=status, comment="Fixed and verified.")
            if closed.status != status:
                raise RuntimeError(f"#{issue.id} is {closed.status!r}, not {status!r}")
    print(f"populate_data: {len(ISSUES)} FieldDay issues added")


main()
