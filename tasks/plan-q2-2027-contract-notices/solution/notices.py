"""Shared by the solutions (python_default): read the contract list, file the notice tickets.

    python_default notices.py [--window START END] [--end-on-anniversary] [--cancel VENDOR ...] [--style plain|alt]
                              [--no-owner] [--no-decision]

Reads ``Admin/Contracts/Vendor_Contracts.csv`` as the examinee; for each contract whose current term ends in
the window (default 2027-04-01..2027-06-30) files "Contract notice: <vendor>" in it-ops, due on the notice
deadline (term end minus notice days; the term ends the day before its anniversary unless
--end-on-anniversary), assigned to the owner, with renew or cancel (the vendors given to --cancel) in the
description.
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


def add_months(day: date, months: int) -> date:
    years, month = divmod(day.month - 1 + months, 12)
    return date(day.year + years, month + 1, day.day)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--window", nargs=2, default=["2027-04-01", "2027-06-30"])
    parser.add_argument("--end-on-anniversary", action="store_true")
    parser.add_argument("--cancel", nargs="*", default=[])
    parser.add_argument("--style", choices=["plain", "alt"], default="plain")
    parser.add_argument("--no-owner", action="store_true")
    parser.add_argument("--no-decision", action="store_true")
    args = parser.parse_args()
    first, last = (date.fromisoformat(d) for d in args.window)
    text = FilesClient(USER, PASSWORD).download_text("Admin/Contracts/Vendor_Contracts.csv")
    tracker = TrackerClient(USER, PASSWORD)
    for row in csv.DictReader(io.StringIO(text)):
        end = add_months(date.fromisoformat(row["current_term_start"]), int(row["term_months"]))
        end -= timedelta(days=0 if args.end_on_anniversary else 1)
        if not first <= end <= last:
            continue
        deadline = end - timedelta(days=int(row["notice_days"]))
        cancel = row["vendor"] in args.cancel
        if args.style == "plain":
            decision = "" if args.no_decision else f"Decision (Victor): {'cancel' if cancel else 'renew'}.\n"
            description = (f"{decision}Service: {row['service']}\nCurrent term ends: {end}\n"
                           f"Notice period: {row['notice_days']} days, so notice is due by {deadline}.")
        else:
            decision = ("Victor's call: we do not renew this one; send the cancellation notice." if cancel else
                        "Victor's call: renewal, let it run on for another term.")
            description = (f"{row['service']}. The term runs until {end:%B %d, %Y}; with {row['notice_days']} "
                           f"days' notice the last day to act is {deadline:%B %d, %Y}.\n\n{decision}")
        issue = tracker.create_issue("it-ops", f"Contract notice: {row['vendor']}", description, tracker="Support",
                                     assignee=None if args.no_owner else row["owner"], due_date=deadline)
        print("filed", issue.id, issue.subject, deadline, issue.assignee)


if __name__ == "__main__":
    main()
