#!/usr/bin/env bash
# Another correct way: the hours computed by hand (minutes), a question per weekend worker, the file with other
# rule wording, US dates and the weekly breach as a date range, reminders in other words.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import csv
import io
from collections import defaultdict
from datetime import date

import check

def minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)

rows = check.entries()
worked = [(r["employee"], date.fromisoformat(r["date"]),
           (minutes(r["end"]) - minutes(r["start"]) - int(r["break_min"] or 0)) / 60) for r in rows]
weekend = sorted({e for e, d, _ in worked if d.weekday() >= 5})
reply = "\n".join(check.ask_priya(f"Priya, quick question for the timesheet check: was {name}'s weekend work in week "
                                  "46 approved by you before the day?") for name in weekend)
approved = check.approved_people(reply, [n.split()[0] for n in weekend])
out, notes, totals = [], {}, defaultdict(float)
for employee, day, h in worked:
    totals[employee] += h
    first = employee.split()[0]
    if h > 10:
        out.append((employee, day.strftime("%m/%d/%Y"), "Daily maximum of 10 h exceeded"))
        notes[employee] = (f"Hello {first}: in your week-46 timesheet, {day:%A, %B} {day.day} comes to {h:.1f} h of "
                           "working time. The policy caps a day at 10 hours; please plan around that.")
    if day.weekday() >= 5 and first not in approved:
        out.append((employee, day.strftime("%m/%d/%Y"), "Weekend work not pre-approved"))
        notes[employee] = (f"Hello {first}: your timesheet has work on {day:%A, %B} {day.day}, and it wasn't "
                           "approved by your manager in advance. Next time please ask Priya before working on a "
                           "weekend.")
for employee, total in totals.items():
    if total > 48:
        out.append((employee, "11/09/2026 - 11/15/2026", "Weekly maximum of 48 h exceeded"))
        notes[employee] = (f"Hello {employee.split()[0]}: your week-46 timesheet totals {total:.1f} h, above what "
                           "the policy allows in one week. Please keep the week under that.")
buffer = io.StringIO()
writer = csv.writer(buffer)
writer.writerow(["Employee", "Date", "Rule"])
writer.writerows(out)
check.write_report(buffer.getvalue())
check.remind({check.username(name): text for name, text in notes.items()})
PY
