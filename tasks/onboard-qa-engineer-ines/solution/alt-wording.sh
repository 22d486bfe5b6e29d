#!/usr/bin/env bash
# Another correct way: two separate questions, subtasks created first with the grading client and attached to the
# parent afterwards, other subject wording.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import sys
from datetime import date, timedelta

import onboard as o

reply = o.ask(["Priya, who should be Ines Carvalho's onboarding buddy?",
               "And where will Ines work: from the office in Lincoln, hybrid, or remote?"])
name = o.buddy(reply)
if not name or not o.is_remote(reply):
    sys.exit(f"unexpected answer: {name} {o.is_remote(reply)}")
filer = o.Filer()
parent = filer.create(o.PARENT, "jordan.ellis", date(2027, 2, 10))
subtasks = [
    ("Contract + I-9 + payroll forms", "jordan.ellis", date(2027, 1, 11)),
    ("IT request (accounts & laptop) in IT Operations", "jordan.ellis", date(2026, 12, 28)),
    ("Git/CI/tracker access for Ines", "priya.natarajan", date(2027, 1, 11)),
    ("Benefits enrollment", "jordan.ellis", date(2027, 2, 10)),
    ("30-day check-in with Priya", "priya.natarajan", date(2027, 2, 10)),
    (f"Onboarding buddy: {name}", "priya.natarajan", date(2027, 1, 11)),
    ("Ship the welcome package to Kansas City", "nina.petrova", date(2027, 1, 4)),
]
for subject, who, due in subtasks:
    issue = filer.tracker.create_issue("people-ops", subject, tracker="Support", assignee=who,
                                       start_date=date(2026, 11, 20), due_date=due)
    filer.tracker._request("PUT", f"/issues/{issue.id}.json", body={"issue": {"parent_issue_id": parent}})
    print("attached", issue.id, subject)
PY
