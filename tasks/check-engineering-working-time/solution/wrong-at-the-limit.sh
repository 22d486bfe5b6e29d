#!/usr/bin/env bash
# Near miss: asks Priya, but counts exactly 10 hours a day and exactly 48 hours a week as breaches (the policy says
# they are within the limits), so Ben and Marcus are reported and reminded.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import check

reply = check.ask_priya("Hi Priya, for the week-46 working-time check: did you approve Chloe's and Marcus's "
                        "weekend work (11-14/11-15) beforehand?")
found = check.breaches(check.approved_people(reply, ["Chloe", "Marcus"]), strict=False)
check.write_report("employee,date,rule\n" + "".join(f"{e},{d},{rule}\n" for e, d, rule, _ in found))
msgs = {}
for e, d, rule, h in found:
    msgs.setdefault(check.username(e), f"Hi {e.split()[0]}, the week-46 timesheet check: {rule}, {d}, {h:g} hours. "
                    "Please keep within the working-time policy.")
check.remind(msgs)
PY
