"""Shared by the solutions (python_default): count the approved leave, write the new balances, comment and close.

    python_default leave.py [--calendar-days] [--include-waiting] [--style plain|alt] [--no-tickets] [--close-all]

Runs as the examinee: reads the balances and holidays from the file server and the "Leave request: ..." tickets
from People Operations.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
from datetime import date, timedelta

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calendar-days", action="store_true")
    parser.add_argument("--include-waiting", action="store_true")
    parser.add_argument("--style", choices=["plain", "alt"], default="plain")
    parser.add_argument("--no-tickets", action="store_true")
    parser.add_argument("--close-all", action="store_true")
    args = parser.parse_args()
    files, tracker = FilesClient(USER, PASSWORD), TrackerClient(USER, PASSWORD)
    balances = list(csv.DictReader(io.StringIO(files.download_text("HR/Leave/PTO_Balances_2026-11-01.csv"))))
    holidays = {date.fromisoformat(r["date"]) for r in
                csv.DictReader(io.StringIO(files.download_text("HR/Leave/Company_Holidays_2026.csv")))}
    left = {r["name"]: float(r["balance_days"]) for r in balances}
    counted = ("Resolved", "New") if args.include_waiting else ("Resolved",)
    requests = sorted((i for i in tracker.issues("people-ops", status="all") if i.subject.startswith("Leave request:")),
                      key=lambda i: i.start_date or date.min)
    notes = []
    for issue in requests:
        if issue.status not in counted:
            continue
        day, days = issue.start_date, 0
        while day <= issue.due_date:
            days += args.calendar_days or (day.weekday() < 5 and day not in holidays)
            day += timedelta(days=1)
        name = issue.subject.split(": ", 1)[1].split(",")[0]
        left[name] -= days
        notes.append((issue, days, left[name]))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if args.style == "plain":
        writer.writerow(["username", "name", "balance_days"])
        writer.writerows([r["username"], r["name"], f"{left[r['name']]:.1f}"] for r in balances)
    else:
        writer.writerow(["Employee", "PTO balance (days) on 2026-12-31"])
        writer.writerows([r["name"], f"{left[r['name']]:g}"] for r in reversed(balances))
    files.upload("HR/Leave/PTO_Balances_2026-12-31.csv", out.getvalue())
    print(out.getvalue())
    if args.no_tickets:
        return
    for issue, days, remaining in notes:
        text = (f"Recorded: {days} days deducted from the PTO balance." if args.style == "plain" else
                f"Counted {days} business days (weekends and company holidays left out); {remaining:g} days remain.")
        tracker.update_issue(issue.id, status="Closed", comment=text)
        print("closed", issue.id, days)
    if args.close_all:
        for issue in requests:
            if not issue.is_closed and issue.status != "Resolved":
                tracker.update_issue(issue.id, status="Closed", comment="Processed.")


if __name__ == "__main__":
    main()
