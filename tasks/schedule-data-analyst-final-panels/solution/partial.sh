#!/usr/bin/env bash
# Partial: asks the panel and books Aaliyah's ticket (slot only); Wen's ticket and Jordan are left for later.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import aaliyah_can, ask_panel, comment, pick, slots, when
rows = slots()
can = ask_panel(rows, ("omar.haddad", "raj.iyer"))
comment("Aaliyah Porter", f"Final panel: {when(pick(rows, can, aaliyah_can, set()))}.")
PY
