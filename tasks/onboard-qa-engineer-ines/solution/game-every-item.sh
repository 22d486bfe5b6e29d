#!/usr/bin/env bash
# Gaming the answers: "hi Priya" without a question, then every item of the policy as a subtask (office and remote,
# finance too) and a buddy subtask naming two candidates.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
from datetime import date, timedelta

import onboard as o

o.ask(["hi Priya :)"], wait=5)
filer = o.Filer()
parent = filer.create(o.PARENT, "jordan.ellis", o.START + timedelta(days=30))
items = o.plan(remote=True, buddy_name="Sofia Alvarez / Tomas Lindqvist") + [
    ("Desk, badge and welcome lunch", "nina.petrova", date(2027, 1, 8)),
    ("Finance systems: accounting system and bank portal", "priya.natarajan", o.START)]
for subject, who, due in items:
    filer.create(subject, who, due, parent=parent)
PY
