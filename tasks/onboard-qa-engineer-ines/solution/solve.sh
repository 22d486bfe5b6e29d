#!/usr/bin/env bash
# Reference solution: read the policy, ask Priya about place of work and buddy, open the parent ticket and one
# subtask per item that applies.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import sys
from datetime import timedelta

import onboard as o

assert "Welcome package" in o.policy()
reply = o.ask(["Hi Priya, I'm opening Ines Carvalho's onboarding ticket. Two things the policy needs from you: "
               "will she work from the Lincoln office, hybrid or fully remote, and who will be her buddy?"])
name = o.buddy(reply)
if not name:
    sys.exit("no buddy in Priya's answer")
filer = o.Filer()
parent = filer.create(o.PARENT, "jordan.ellis", o.START + timedelta(days=30),
                      description="Onboarding of Ines Carvalho, QA Engineer, reporting to Priya Natarajan. "
                                  "Subtasks per HR/Onboarding/Onboarding_Policy.md.")
for subject, who, due in o.plan(o.is_remote(reply), name):
    filer.create(subject, who, due, parent=parent)
PY
