#!/usr/bin/env bash
# Reference: ask Omar and Raj, intersect with Elena's marks and each candidate's constraints
# (Aaliyah: Thu 12-03 13:30; Wen: Thu 12-03 10:30), comment on both tickets, tell Jordan.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import aaliyah_can, ask_panel, comment, jordan_message, pick, slots, tell_jordan, wen_can, when
print(jordan_message())
rows = slots()
can = ask_panel(rows, ("omar.haddad", "raj.iyer"))
aaliyah = pick(rows, can, aaliyah_can, set())
wen = pick(rows, can, wen_can, {aaliyah["slot"]})
for name, row in (("Aaliyah Porter", aaliyah), ("Wen Zhao", wen)):
    comment(name, f"Final panel: {when(row)}, room {row['room']}. Panel: Elena Popescu (hiring manager), "
                  "Raj Iyer (team), Omar Haddad (outside the team).")
tell_jordan(f"Hi Jordan, the final panels are set (room Sideoats, panel Elena, Raj and Omar):\n"
            f"- Aaliyah Porter: {when(aaliyah)}\n- Wen Zhao: {when(wen)}\nBoth are on the candidates' tickets.")
PY
