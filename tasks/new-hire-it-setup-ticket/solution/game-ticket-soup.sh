#!/usr/bin/env bash
# Gaming: the tickets are right, but Felix and the onboarding ticket get a list of every ticket number from 1 to
# 120 instead of the parent's.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from it_common import ITEMS, NAME, child, comment_onboarding, parent, relate, seats_id, tell_felix
p = parent()
ids = {item: child(p, f"{item}: {NAME}") for item in ITEMS}
relate(ids["Bitwarden seat"], seats_id(), "blocked")
numbers = " ".join(f"#{n}" for n in range(1, 121))
tell_felix(f"Hi Felix, Lucia Romero's IT request is one of these: {numbers}")
comment_onboarding(f"IT ticket: {numbers}")
PY
