#!/usr/bin/env bash
# Another correct way: the subtasks in another order and with shorter subjects, the blocker recorded from the
# seat ticket's side ("blocks"), and the ticket referred to as "ticket N" / "issue N" instead of "#N".
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from it_common import NAME, child, comment_onboarding, parent, relate, seats_id, tell_felix
p = parent()
ids = {}
for item in ["VPN profile", "Door badge", "Standard laptop (16 GB)", "Bitwarden seat", "E-mail address",
             "Accounts"]:
    ids[item] = child(p, f"{item}: {NAME}")
relate(seats_id(), ids["Bitwarden seat"], "blocks")
tell_felix(f"Hi Felix! Lucia Romero's IT request is filed as ticket {p}, with one subtask per checklist item; the "
           "Bitwarden one waits for the seat purchase. Everything is due Friday 2026-12-11.")
comment_onboarding(f"IT request filed: issue {p} in IT Operations.")
print("parent", p)
PY
