#!/usr/bin/env bash
# Near miss: only asks Omar, so Wen gets Wed 12-02 09:30, when Raj runs the Groundcount release.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import aaliyah_can, ask_panel, comment, pick, slots, tell_jordan, wen_can, when
rows = slots()
can = ask_panel(rows, ("omar.haddad",))
aaliyah = pick(rows, can, aaliyah_can, set())
wen = pick(rows, can, wen_can, {aaliyah["slot"]})
for name, row in (("Aaliyah Porter", aaliyah), ("Wen Zhao", wen)):
    comment(name, f"Final panel: {when(row)}, room Sideoats. Panel: Elena Popescu, Raj Iyer, Omar Haddad.")
tell_jordan(f"Hi Jordan!\n- Aaliyah Porter: {when(aaliyah)}\n- Wen Zhao: {when(wen)}")
PY
