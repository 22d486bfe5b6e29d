#!/usr/bin/env bash
# Near miss: never asks Priya. Files every action item straight from the notes table, taking the first name for
# the runbook and the 4.13 code freeze (12-03) as its due date, and leaving the known-issues note without a
# date ("TBD"); posts the summary.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
from datetime import date

import retro

tickets = [
    ("Add slot-finder boundary cases to the QA regression checklist", "Sofia", date(2026, 11, 27)),
    ("Write the release-day runbook", "Tomas", date(2026, 12, 3)),
    ("Run the staging smoke tests automatically after every deploy", "Aisha", date(2026, 12, 2)),
    ("Known-issues note to customers about technician app time zones", "Omar", None),
]
lines = []
for subject, owner, due in tickets:
    issue = retro.file(subject, owner, due)
    lines.append(f"- #{issue.id} {subject}: {owner}, due {due.isoformat() if due else 'TBD'}")
retro.post("Retro action items:\n" + "\n".join(lines))
PY
