#!/usr/bin/env bash
# Near miss: looks at all of Marcus's tickets, closed ones included, so the closed (done) "Rotate the staging
# database credentials" ticket, whose due date has passed, is handed over too (to Tomas, who does CI secrets).
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import handover as h

tickets = h.overdue(h.marcus_tickets(status="all"))
reply = h.ask("hey Marcus, Priya asked me to hand over your overdue tickets while you're away. Who should take "
              + " and who ".join(f"'{i.subject}'" for i in tickets) + "?")
note = "Reassigned from Marcus Webb, who is on leave from 11-23 to 12-04 and suggested you."
for issue in tickets:
    if "runner" in issue.subject.lower() or "postmortem" in issue.subject.lower():
        h.reassign(issue, h.owner_from(reply, issue), note)
    else:
        h.reassign(issue, "tomas.lindqvist", note)
PY
