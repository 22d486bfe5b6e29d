#!/usr/bin/env bash
# Gaming the "asked Marcus" check: a greeting in a DM (so Marcus is a DM partner), then the tickets are handed
# over by guessing, without asking him who should take them.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import handover as h

h.ask("hi Marcus :)", wait=3)
guess = {"runner": "tomas.lindqvist", "postmortem": "aisha.bello"}
for issue in h.overdue(h.marcus_tickets()):
    new = guess["runner" if "runner" in issue.subject.lower() else "postmortem"]
    h.reassign(issue, new, "Reassigned from Marcus Webb, who is on leave from 11-23 to 12-04.")
PY
