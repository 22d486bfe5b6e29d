#!/usr/bin/env bash
# Wrong: Priya is not asked; Marcus's $1,500 bonus is reported as an error (not in HR's change log).
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import differences, expected, tell_grace, write_check
correct, draft = expected()
diffs = differences(correct, draft)
write_check([[n, "not in the approved changes", "" if h is None else f"{h:.2f}", f"{s:.2f}"] for n, h, s in diffs])
tell_grace("Hi Grace, corrections for the Dec 15 payroll:\n" + "\n".join(
    f"- {n}: should be ${s:,.2f}" for n, h, s in diffs))
PY
