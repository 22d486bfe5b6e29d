#!/usr/bin/env bash
# Another correct way: one question per open item, tickets created through the raw REST API (assigned_to_id from
# the project's memberships, the notes' wording as descriptions), the summary as a table with full names and
# dates written as "Tue Dec 1".
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import sys
from datetime import date

import retro
from read_reply import KNOWN, RUNBOOK, decision

from grading.clients.tracker import TrackerClient

retro.notes()
reply = retro.ask(["Priya, quick one from Wednesday's retro: who should own the release-day runbook, and what's "
                   "its due date?",
                   "And for Omar's known-issues note to customers (technician app time zones): by when does it "
                   "have to go out?"])
r_owner, r_due = decision(reply, RUNBOOK, KNOWN)
k_owner, k_due = decision(reply, KNOWN, RUNBOOK)
if not (r_owner and r_due and k_due):
    sys.exit("could not read Priya's answers")
tracker = TrackerClient(retro.USER, retro.PASSWORD)
members = tracker._get("/projects/fieldday/memberships.json", limit=100)["memberships"]
ids = {m["user"]["name"].split()[0]: (m["user"]["id"], m["user"]["name"]) for m in members if "user" in m}
rows = []
for subject, first, due, why in [
    ("QA regression checklist: slot-finder boundary cases", "Sofia", date(2026, 11, 27),
     "Last slot of a shift, and a slot ending exactly at a gap."),
    ("Runbook for release day", r_owner, r_due, "Deploy order, rollback steps, who is on call."),
    ("Automate smoke tests on staging after each deploy", "Aisha", date(2026, 12, 2),
     "Today they only run by hand."),
    ("Known-issues note to customers (technician app time zones, 4.12)", k_owner or "Omar", k_due,
     "Support needs it before Thanksgiving."),
]:
    user_id, full = ids[first]
    created = tracker._request("POST", "/issues.json", body={"issue": {
        "project_id": "fieldday", "subject": subject, "description": why, "assigned_to_id": user_id,
        "start_date": "2026-11-20", "due_date": due.isoformat()}})
    number = created["issue"]["id"]
    rows.append(f"| #{number} | {subject} | {full} | {due.strftime('%a %b')} {due.day} |")
    print("created", number)
retro.post("4.12 retro follow-ups, now tracked in FieldDay:\n\n| ticket | action | owner | due |\n|---|---|---|---|\n"
           + "\n".join(rows))
PY
