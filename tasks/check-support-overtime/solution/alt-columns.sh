#!/usr/bin/env bash
# Another correct way: columns reordered and renamed, "6.0 h" cells, total in USD on a bold label, prose DM.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import CHECK, ask_grace, files, overtime, payroll, tell_grace, timesheet
ask_grace("Hi Grace! Quick payroll question: for overtime, do PTO and sick days count toward the 40 hours a week?")
entered = payroll()
ot = overtime(timesheet(), {"work", "pto"})
rows = "\n".join(f"| {r['employee_id']} | {r['employee']} | {ot.get(r['employee'], 0):.1f} h | "
                 f"{float(r['overtime_hours_entered']):.1f} h |" for r in entered)
files.upload(CHECK, f"""# Support overtime, pay period Nov 9-22, 2026

| ID | Name | OT hours (correct, per timesheet) | OT hours (as entered) |
|:---|:-----|---:|---:|
{rows}

**Total overtime pay:** USD 1002
""")
tell_grace("Hi Grace, three fixes for the payroll input please. Luis Ortega should have 6 overtime hours instead of 0 "
           "(his PTO day counts toward the 40). Megan Holt has no overtime: her sick day does not count, so not 8. "
           "Hollis Grant worked 50 hours in the second week, so 10 overtime hours, not 0.")
PY
