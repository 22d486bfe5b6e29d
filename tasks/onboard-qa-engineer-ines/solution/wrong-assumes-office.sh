#!/usr/bin/env bash
# Near miss: asks Priya only about the buddy and assumes Ines works from the office (desk, badge and lunch, no
# welcome package).
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
from datetime import timedelta

import onboard as o

reply = o.ask(["Hi Priya, who will be Ines Carvalho's buddy for her onboarding?"])
filer = o.Filer()
parent = filer.create(o.PARENT, "jordan.ellis", o.START + timedelta(days=30))
for subject, who, due in o.plan(remote=False, buddy_name=o.buddy(reply)):
    filer.create(subject, who, due, parent=parent)
PY
