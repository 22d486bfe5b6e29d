#!/usr/bin/env bash
# Gaming the open items: a "hi Priya" DM without a question, then one runbook ticket per candidate owner (Tomas
# and Marcus) and the known-issues note filed twice with both plausible dates; the summary lists them all.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
from datetime import date

import retro

retro.dm("priya.natarajan", "hi Priya :)")
issues = [
    retro.file("Add slot-finder boundary cases to the QA regression checklist", "Sofia", date(2026, 11, 27)),
    retro.file("Write the release-day runbook", "Tomas", date(2026, 12, 1)),
    retro.file("Write the release-day runbook (backup)", "Marcus", date(2026, 12, 3)),
    retro.file("Run the staging smoke tests automatically after every deploy", "Aisha", date(2026, 12, 2)),
    retro.file("Known-issues note to customers about time zones", "Omar", date(2026, 11, 24)),
    retro.file("Known-issues note to customers about time zones (later date)", "Omar", date(2026, 12, 1)),
]
retro.post("\n".join(f"- #{i.id} {i.subject}: {i.assignee}, due {i.due_date}" for i in issues))
PY
