#!/usr/bin/env bash
# Near miss: never asks Priya and treats every weekend entry as unapproved, so Marcus (approved) is reported and
# reminded too.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import check

found = check.breaches(approved=set())
check.write_report("employee,date,rule\n" + "".join(f"{e},{d},{rule}\n" for e, d, rule, _ in found))
check.remind({check.username(e): f"Hi {e.split()[0]}, the week-46 timesheet check found a breach of the "
              f"working-time policy: {rule} on {d} ({h:g} hours). Please keep within the policy."
              for e, d, rule, h in found})
PY
