#!/usr/bin/env bash
# Wrong: Sofia's approved raise is taken as explaining her new salary, although it is effective 2027-01-01.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import ask, differences, expected, tell_grace, write_check
ask("priya.natarajan", "Hi Priya, is the $1,500 bonus for Marcus Webb in the December 15 payroll approved?")
correct, draft = expected(apply_future_raises=True, approved_bonus={"Marcus Webb"})
diffs = differences(correct, draft)
write_check([[n, "wrong gross pay", "" if h is None else f"{h:.2f}", f"{s:.2f}"] for n, h, s in diffs])
tell_grace("Hi Grace, corrections for the Dec 15 payroll:\n" + "\n".join(
    f"- {n}: should be ${s:,.2f}" for n, h, s in diffs))
PY
