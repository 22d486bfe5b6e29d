#!/usr/bin/env bash
# Another correct hand-over: one question per ticket, comments that never say "reassigned" ("Marcus is out until
# 12-04 …, so this is yours now"), and the assignee and comment set with a raw REST call.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import handover as h

for issue in h.overdue(h.marcus_tickets()):
    topic = "CI runner migration" if "runner" in issue.subject.lower() else "postmortem actions (failover)"
    reply = h.ask(f"Marcus, quick one before your leave: who is best placed to pick up the {topic}, #{issue.id}?")
    new = h.owner_from(reply, issue)
    h.tracker._request("PUT", f"/issues/{issue.id}.json", body={"issue": {
        "assigned_to_id": h.tracker.user_id(new),
        "notes": "Marcus is out from 11-23 until 12-04 (family leave) and this one is past due, so it's yours now; "
                 "he picked you for it. Ping him today if anything is unclear."}})
    print(f"#{issue.id} -> {new}")
PY
