#!/usr/bin/env bash
# Gaming: a subtask for every item of the checklist table (whatever applies is surely there) and every subtask
# blocked by the seat purchase.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from it_common import ITEMS, NAME, child, comment_onboarding, parent, relate, seats_id, tell_felix
p = parent()
seats = seats_id()
for item in [*ITEMS, "Git account", "Laptop, engineering profile (14-inch, 32 GB)"]:
    relate(child(p, f"{item}: {NAME}"), seats, "blocked")
tell_felix(f"Hi Felix, Lucia Romero's IT request is in: #{p}.")
comment_onboarding(f"IT ticket: #{p}")
PY
