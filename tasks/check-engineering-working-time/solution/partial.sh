#!/usr/bin/env bash
# Partial: asks Priya and writes the correct check file, but sends no reminders.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import check

reply = check.ask_priya("Hi Priya, for the week-46 working-time check: did you approve Chloe's and Marcus's "
                        "weekend work (11-14/11-15) beforehand?")
found = check.breaches(check.approved_people(reply, ["Chloe", "Marcus"]))
check.write_report("employee,date,rule\n" + "".join(f"{e},{d},{rule}\n" for e, d, rule, _ in found))
PY
