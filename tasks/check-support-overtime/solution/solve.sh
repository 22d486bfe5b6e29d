#!/usr/bin/env bash
# Reference: ask Grace (PTO counts toward 40, sick leave does not, per workweek); Luis 6, Megan 0, Hollis 10;
# total overtime pay $1,002.00; corrections to Grace.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import CHECK, ask_grace, corrections, files, overtime, payroll, report, tell_grace, timesheet
rule = ask_grace("Hi Grace, for the support team's overtime check (payroll 11-30): do PTO hours and sick leave "
                 "hours count toward the 40-hour weekly overtime threshold?")
print(rule)
low = rule.lower()
counted = {"work"}
if "pto hours count" in low or "pto counts" in low or "pto does count" in low:
    counted.add("pto")
entered = payroll()
ot = overtime(timesheet(), counted)
text, total = report(entered, ot)
print(text)
files.upload(CHECK, text)
tell_grace(corrections(entered, ot))
PY
