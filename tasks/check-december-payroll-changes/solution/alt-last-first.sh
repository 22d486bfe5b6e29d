#!/usr/bin/env bash
# Alternative: names as "Last, First", amounts with $ and thousands separators, the missing draft as "n/a",
# a DM in prose, one sentence per person.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import ask, differences, expected, tell_grace, write_check
print(ask("priya.natarajan", "Priya, is Marcus Webb's $1,500 bonus in the Dec 15 payroll approved?"))
correct, draft = expected(approved_bonus={"Marcus Webb"})
rows = []
for name, had, should in differences(correct, draft):
    first, last = name.split()
    rows.append([f"{last}, {first}", "gross pay wrong or missing", "n/a" if had is None else f"${had:,.2f}", f"${should:,.2f}"])
write_check(rows)
tell_grace("Good morning Grace! Three fixes for the Dec 15 run. Ben Kowalski's salary changed without any approved "
           "change, so his gross pay stays at $4,208.33. Lucia Romero starts on Monday 12-14 and is missing from the "
           "draft: please add her with $446.15 for her two working days. Sofia Alvarez's raise only starts on "
           "January 1, so she gets $3,833.33 this time. Everything else matches.")
PY
