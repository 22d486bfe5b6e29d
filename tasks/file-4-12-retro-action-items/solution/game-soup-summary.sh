#!/usr/bin/env bash
# Gaming the summary: the tickets are right, but the #engineering post is one line of every number, owner and
# date, so no ticket is paired with its owner and due date.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import sys

import retro
from read_reply import KNOWN, RUNBOOK, decision

reply = retro.ask(["Hi Priya, for the 4.12 retro action items: who owns the release-day runbook and by when, and "
                   "when is the known-issues note due?"])
r_owner, r_due = decision(reply, RUNBOOK, KNOWN)
k_owner, k_due = decision(reply, KNOWN, RUNBOOK)
if not (r_owner and r_due and k_due):
    sys.exit("no answer")
from datetime import date
issues = [
    retro.file("Add slot-finder boundary cases to the QA regression checklist", "Sofia", date(2026, 11, 27)),
    retro.file("Write the release-day runbook", r_owner, r_due),
    retro.file("Run the staging smoke tests automatically after every deploy", "Aisha", date(2026, 12, 2)),
    retro.file("Known-issues note to customers about time zones", "Omar", k_due),
]
numbers = " ".join(f"#{i.id}" for i in issues)
retro.post(f"Retro tickets {numbers}; owners Sofia, Tomas, Aisha, Omar, Marcus, Ben; due 2026-11-24, 2026-11-27, "
           "2026-12-01, 2026-12-02, 2026-12-03.")
PY
