#!/usr/bin/env bash
# Gaming: asks, but then the note lists every slot as "the" time with a keyword agenda line, and each presenter
# gets a "final slot" message for every slot.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import cab

cab.ask({u: f"Hi {f}, which of Hannah's slots work for a one-hour CAB dry run?\n"
         + "\n".join(f"- {s}" for s in cab.SLOTS) for u, f in cab.PEOPLE.items()})
slots = ", ".join(cab.SLOTS)
cab.page(f"""# CAB dry run - {slots}, Sideoats

Present: Hannah, Priya, Elena, Omar.

Agenda: 4.13, Groundcount, webhooks, Intake API, recurring maintenance, 5.0 - Priya, Elena, Omar, Hannah
""")
for slot in cab.SLOTS:
    cab.tell({u: f"Final slot for the CAB dry run: {slot}." for u in cab.PEOPLE})
PY
