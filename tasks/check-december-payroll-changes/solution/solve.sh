#!/usr/bin/env bash
# Reference: ask Priya about Marcus's bonus (approved); Ben 4,208.33 (no approved change), Lucia missing 446.15
# (2 working days), Sofia 3,833.33 (her raise starts 2027-01-01); the rows and a DM to Grace.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import ask, bonuses, differences, expected, tell_grace, write_check
assert bonuses() == ["Marcus Webb"], bonuses()
reply = ask("priya.natarajan", "Hi Priya, the December 15 payroll draft has a one-off bonus of $1,500 for Marcus "
                               "Webb. Did you approve it for this payroll?")
print("Priya:", reply)
approved = {"Marcus Webb"} if "approved" in reply.lower() and "not approved" not in reply.lower() else set()
correct, draft = expected(approved_bonus=approved)
problems = {"Ben Kowalski": "annual salary 110,100 in the draft; no approved change, last run 101,000",
            "Lucia Romero": "new hire from 2026-12-14 missing; 2 working days x 58,000 / 260",
            "Sofia Alvarez": "raise to 96,000 applied early; it is effective 2027-01-01, still 92,000"}
rows = []
for name, had, should in differences(correct, draft):
    rows.append([name, problems.get(name, "gross pay differs"), "" if had is None else f"{had:.2f}", f"{should:.2f}"])
write_check(rows)
tell_grace("Hi Grace, I checked the December 15 payroll draft against the November 30 run and HR's approved "
           "changes. Corrections:\n" + "\n".join(
               f"- {name}: gross pay should be ${should:,.2f}" + ("" if had is None else f" (draft: ${had:,.2f})")
               + f" ({problems.get(name, '')})" for name, had, should in differences(correct, draft))
           + "\nAisha's promotion, Raj's unpaid leave and Marcus's bonus (Priya confirmed it) are right. "
             "Details in HR/Payroll/Payroll_Check_2026-12-15.csv.")
PY
