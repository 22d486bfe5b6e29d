#!/usr/bin/env bash
# Near miss: asks Grace, but measures overtime over the two-week period (80 h): Hollis gets 0 instead of 10.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import CHECK, ask_grace, corrections, files, overtime, payroll, report, tell_grace, timesheet
ask_grace("Hi Grace, do PTO and sick hours count toward the overtime threshold?")
entered = payroll()
ot = overtime(timesheet(), {"work", "pto"}, per_week=False)
files.upload(CHECK, report(entered, ot)[0])
tell_grace(corrections(entered, ot))
PY
