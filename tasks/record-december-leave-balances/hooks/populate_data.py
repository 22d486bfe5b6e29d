"""Task state: the PTO balances and the holiday list on the file server; seven leave requests in People Operations
(filed by the administrator: the engineers are not members of the project, and only an administrator may file a
request straight into Rejected)."""

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient
from grading.credentials import admin

DATA = Path("/utils/task/data")
REQUESTS = [  # (name, first day, last day, status, note)
    ("Aisha Bello", date(2026, 11, 23), date(2026, 11, 27), "Resolved", "Thanksgiving week with family in Omaha."),
    ("Tomas Lindqvist", date(2026, 11, 30), date(2026, 11, 30), "Resolved", "Moving apartments."),
    ("Ben Kowalski", date(2026, 12, 3), date(2026, 12, 8), "Resolved", "Long weekend in Denver."),
    ("Sofia Alvarez", date(2026, 12, 10), date(2026, 12, 11), "New", "Sister's wedding."),
    ("Marcus Webb", date(2026, 12, 14), date(2026, 12, 18), "Rejected", "Declined by Priya: on-call week."),
    ("Chloe Tran", date(2026, 12, 21), date(2026, 12, 31), "Resolved", "Holidays in Vancouver."),
    ("Aisha Bello", date(2026, 12, 28), date(2026, 12, 30), "Resolved", "Between the holidays."),
]

files = FilesClient(*admin())
for name in ("PTO_Balances_2026-11-01.csv", "Company_Holidays_2026.csv"):
    files.upload(f"HR/Leave/{name}", (DATA / name).read_bytes())
tracker = TrackerClient(*admin())
for name, first, last, status, note in REQUESTS:
    span = first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"
    issue = tracker.create_issue("people-ops", f"Leave request: {name}, {span}",
                                 f"{name} requests paid time off from {first.isoformat()} to {last.isoformat()} "
                                 f"(both days included).\n\n{note}", tracker="Support", start_date=first, due_date=last)
    if status != issue.status:  # Redmine files every issue as New; the decision is a later change
        issue = tracker.update_issue(issue.id, status=status)
    if issue.status != status:
        raise SystemExit(f"populate_data: {issue.subject} is {issue.status}, not {status}")
print(f"populate_data: balances, holidays, {len(REQUESTS)} leave requests")
