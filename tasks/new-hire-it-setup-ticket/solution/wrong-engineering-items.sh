#!/usr/bin/env bash
# Near miss: treats the new hire as technical staff: adds a git account and the engineering laptop instead of the
# standard one.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from it_common import NAME, child, comment_onboarding, parent, relate, seats_id, tell_felix
p = parent()
ids = {}
for item in ["Accounts (chat, tracker, file server)", "Git account", "Email address", "Bitwarden seat",
             "Laptop, engineering profile (14-inch, 32 GB)", "Door badge", "VPN profile"]:
    ids[item] = child(p, f"{item}: {NAME}")
relate(ids["Bitwarden seat"], seats_id(), "blocked")
tell_felix(f"Hi Felix, Lucia Romero's IT request is in: #{p}.")
comment_onboarding(f"IT ticket: #{p}")
PY
