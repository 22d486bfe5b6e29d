#!/usr/bin/env bash
# Reference solution: compute the breaches (weekend approvals from Priya), write the check file, remind each
# person who broke a rule in a private message about their own entry.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import check

weekend = sorted({r["employee"] for r in check.entries()
                  if check.date.fromisoformat(r["date"]).weekday() >= 5})
reply = check.ask_priya("Hi Priya, I'm doing the week-46 working-time check for Rachel. The timesheets show weekend "
                        f"work by {' and '.join(weekend)} on 11-14/11-15. Did you approve that weekend work "
                        "beforehand?")
approved = check.approved_people(reply, [n.split()[0] for n in weekend])
found = check.breaches(approved)
check.write_report("employee,date,rule\n" + "".join(f"{e},{d},{rule}\n" for e, d, rule, _ in found))
messages = {}
for employee, day, rule, h in found:
    first = employee.split()[0]
    if rule.startswith("weekly"):
        text = (f"Hi {first}, a note from the weekly working-time check: your timesheet for week 46 adds up to "
                f"{h:g} hours, over the weekly limit of 48 hours. Please keep your week within 48 hours.")
    elif rule.startswith("daily"):
        text = (f"Hi {first}, a note from the weekly working-time check: your timesheet shows {h:g} hours on "
                f"{day}, over the daily limit of 10 hours. Please keep your days within the limit.")
    else:
        text = (f"Hi {first}, a note from the weekly working-time check: your timesheet shows weekend work on "
                f"Saturday {day} that was not approved beforehand. Please get Priya's approval first next time.")
    messages[check.username(employee)] = text
check.remind(messages)
PY
