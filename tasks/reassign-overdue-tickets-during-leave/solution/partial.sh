#!/usr/bin/env bash
# Partial: asks Marcus and reassigns the CI runner ticket with a comment, but stops there: the postmortem
# actions ticket (overdue too) stays with Marcus.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import handover as h

ci = next(i for i in h.overdue(h.marcus_tickets()) if "runner" in i.subject.lower())
reply = h.ask(f"hey Marcus, who should take over '{ci.subject}' (#{ci.id}) while you're out? It's overdue.")
h.reassign(ci, h.owner_from(reply, ci), "Moved over from Marcus, who is on leave until 12-04; he suggested you.")
PY
