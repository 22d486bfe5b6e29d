#!/usr/bin/env bash
# Partial: opens the parent ticket and the five items that need no answer from Priya; never asks her, so the
# buddy and the place-of-work items are missing.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
from datetime import timedelta

import onboard as o

filer = o.Filer()
parent = filer.create(o.PARENT, "jordan.ellis", o.START + timedelta(days=30))
for subject, who, due in o.plan(remote=False, buddy_name=None)[:5]:
    filer.create(subject, who, due, parent=parent)
PY
