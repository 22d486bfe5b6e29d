#!/usr/bin/env bash
# Near miss: the hand-over is right, but the comments do not say why the ticket moved.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import handover as h

tickets = h.overdue(h.marcus_tickets())
reply = h.ask("hey Marcus, who should take over your overdue tickets: "
              + " and ".join(f"'{i.subject}'" for i in tickets) + "?")
for issue in tickets:
    h.reassign(issue, h.owner_from(reply, issue), "Reassigned per Marcus's suggestion.")
PY
