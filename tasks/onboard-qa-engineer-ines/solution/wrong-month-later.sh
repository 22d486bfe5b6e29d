#!/usr/bin/env bash
# Near miss: everything asked and filed, but "30 days after the start" is taken as one month later (2027-02-11)
# for the parent, the benefits enrollment and the check-in.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
from datetime import date

import onboard as o

reply = o.ask(["Hi Priya, for Ines Carvalho's onboarding ticket: office, hybrid or remote, and who is her buddy?"])
filer = o.Filer()
parent = filer.create(o.PARENT, "jordan.ellis", date(2027, 2, 11))
for subject, who, due in o.plan(o.is_remote(reply), o.buddy(reply)):
    filer.create(subject, who, date(2027, 2, 11) if due == date(2027, 2, 10) else due, parent=parent)
PY
