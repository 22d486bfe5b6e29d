#!/usr/bin/env bash
# Partial: never asks Grace and follows the legal minimum (only hours worked count): Luis wrong, total wrong.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import CHECK, files, overtime, payroll, report, timesheet
text, _ = report(payroll(), overtime(timesheet(), {"work"}))
files.upload(CHECK, text)
PY
