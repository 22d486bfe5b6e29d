#!/usr/bin/env bash
# Near miss: due dates on the start date (2026-12-14) instead of the last working day before it.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from datetime import date
from it_common import ITEMS, NAME, START, child, comment_onboarding, parent, relate, seats_id, tell_felix
p = parent(due=START)
ids = {item: child(p, f"{item}: {NAME}", due=START) for item in ITEMS}
relate(ids["Bitwarden seat"], seats_id(), "blocked")
tell_felix(f"Hi Felix, Lucia Romero's IT request is in: #{p}, due {START}.")
comment_onboarding(f"IT ticket: #{p}")
PY
