#!/usr/bin/env bash
# Near miss: records the relation the wrong way round (the Bitwarden subtask BLOCKS the seat purchase).
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from it_common import ITEMS, NAME, child, comment_onboarding, parent, relate, seats_id, tell_felix
p = parent()
ids = {item: child(p, f"{item}: {NAME}") for item in ITEMS}
relate(ids["Bitwarden seat"], seats_id(), "blocks")
tell_felix(f"Hi Felix, Lucia Romero's IT request is in: #{p}.")
comment_onboarding(f"IT ticket: #{p}")
PY
