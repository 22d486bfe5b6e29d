#!/usr/bin/env bash
# Partial: asks the three, finds the common slot and confirms it to them, but never writes the meeting note.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import cab

answers = cab.ask({u: f"Hi {f}, which of Hannah's slots work for a one-hour CAB dry run?\n"
                   + "\n".join(f"- {s}" for s in cab.SLOTS) for u, f in cab.PEOPLE.items()})
common = set(cab.SLOTS)
for answer in answers.values():
    common &= cab.available(answer)
slot = common.pop()
cab.tell({u: f"Thanks {f}! The CAB dry run is {slot} (60 min), Sideoats." for u, f in cab.PEOPLE.items()})
PY
