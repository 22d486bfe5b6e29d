#!/usr/bin/env bash
# Another correct draft: tickets named by subject only (no numbers), the summary as one paragraph with
# "Put into 4.13" / "left out", hours written "88.8 of 90 focus hours", estimate requests worded without the word
# "estimate", and the notes page in textile with a table.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import plan

committed, planned, no_room, no_estimate, used = plan.plan()
plan.set_versions(planned)
plan.comment(no_estimate, "How many hours do you think this needs? It can't go into the 11-23 sprint without that.")
new = sum(i.estimated_hours for i in planned)
names = "; ".join(i.subject for i in planned)
plan.post(f"Sprint draft for Monday: put into 4.13 — {names} — {new:g} h of new work on top of "
          f"{used - new:.1f} h carried over, so {used:.1f} of 90 focus hours. "
          f"Left out for lack of room: {'; '.join(i.subject for i in no_room)}. "
          f"Waiting on sizing: {'; '.join(i.subject for i in no_estimate)}.")
rows = "\n".join(f"|{i.subject}|{i.priority}|{i.estimated_hours:g} h|" for i in planned)
plan.wiki(f"""h1. Sprint planning, Monday 2026-11-23 (sprint 11-23 to 12-04), draft

h2. Sprint goal

Close out 4.13 before the code freeze on 12-03.

h2. Capacity

90 focus hours; {used:.1f} h planned ({used - new:.1f} h carried over, {new:g} h new).

h2. Committed (new in 4.13)

|_.Ticket|_.Priority|_.Estimate|
{rows}

h2. Not planned

* Did not fit: {", ".join(i.subject for i in no_room)}
* Waiting on sizing: {", ".join(i.subject for i in no_estimate)}
""")
PY
