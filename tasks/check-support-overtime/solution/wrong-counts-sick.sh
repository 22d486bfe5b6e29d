#!/usr/bin/env bash
# Near miss: counts every paid hour (sick leave too) without asking: Megan keeps 8 h, total pay 1,248.00.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import CHECK, corrections, files, overtime, payroll, report, tell_grace, timesheet
entered = payroll()
ot = overtime(timesheet(), {"work", "pto", "sick"})
files.upload(CHECK, report(entered, ot)[0])
tell_grace(corrections(entered, ot))
PY
