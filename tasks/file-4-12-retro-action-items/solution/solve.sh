#!/usr/bin/env bash
# Reference solution: read the notes, ask Priya about the two open items, file the four action items, post the
# summary in #engineering.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import sys
from datetime import date

import retro
from read_reply import KNOWN, RUNBOOK, decision

assert "Action items" in retro.notes()
reply = retro.ask(["Hi Priya, I'm putting the 4.12 retro action items into the tracker. Two were left open for "
                   "you: who owns the release-day runbook (Tomas or Marcus) and by when, and when is the due date "
                   "of Omar's known-issues note to customers?"])
runbook_owner, runbook_due = decision(reply, RUNBOOK, KNOWN)
known_owner, known_due = decision(reply, KNOWN, RUNBOOK)
if not (runbook_owner and runbook_due and known_due):
    sys.exit(f"could not read Priya's decisions: {runbook_owner} {runbook_due} {known_owner} {known_due}")
tickets = [
    ("Add slot-finder boundary cases to the QA regression checklist", "Sofia", date(2026, 11, 27)),
    ("Write the release-day runbook (deploy order, rollback, on call)", runbook_owner, runbook_due),
    ("Run the staging smoke tests automatically after every deploy", "Aisha", date(2026, 12, 2)),
    ("Send customers a known-issues note on the technician app time zones", known_owner or "Omar", known_due),
]
lines = ["Action items from the 4.12 retro are in the tracker:"]
for subject, owner, due in tickets:
    issue = retro.file(subject, owner, due)
    lines.append(f"- #{issue.id} {subject}: {owner}, due {due.isoformat()}")
retro.post("\n".join(lines))
PY
