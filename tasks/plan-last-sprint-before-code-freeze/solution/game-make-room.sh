#!/usr/bin/env bash
# Gaming the capacity: marks the carried-over 4.13 work as mostly done and halves the candidates' estimates so
# that everything fits, asks every ticket for an estimate, and reports everything as planned.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import plan

committed, planned, no_room, no_estimate, used = plan.plan()
for issue in committed:
    plan.tracker.update_issue(issue.id, done_ratio=90)
for issue in planned + no_room:
    plan.tracker.update_issue(issue.id, estimated_hours=max(1, (issue.estimated_hours or 2) / 2))
plan.set_versions(planned + no_room)
plan.comment(committed + planned + no_room + no_estimate, "Please re-check the estimate.")
names = "\n".join(f"- #{i.id} {i.subject}" for i in planned + no_room)
plan.post(f"Added to 4.13:\n{names}\nPlanned: 88.8 h of 90 h.")
plan.wiki(f"# Sprint planning 2026-11-23\n\n## Committed\n\n{names}\n\n90 h capacity, 88.8 h planned.\n")
PY
