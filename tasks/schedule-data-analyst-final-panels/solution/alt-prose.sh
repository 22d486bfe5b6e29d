#!/usr/bin/env bash
# Another correct way: 12-hour times and month names in prose comments, a table for Jordan, Raj asked first.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import ask_panel, comment, slots, tell_jordan
rows = slots()
can = ask_panel(rows, ("raj.iyer", "omar.haddad"))
assert "Thu 12-03 13:30" in can["raj.iyer"] and "Thu 12-03 10:30" in can["omar.haddad"], can
comment("Aaliyah Porter", "Final panel booked for Thursday, December 3rd at 1:30 pm in Sideoats, with Elena "
                          "Popescu, Raj Iyer and Omar Haddad.")
comment("Wen Zhao", "Booked the final panel on Dec 3 at 10:30 am (Sideoats). Panelists: Elena, Raj, Omar.")
tell_jordan("Done! Both panels are on Thursday:\n\n| Candidate | Final panel |\n|---|---|\n"
            "| Aaliyah Porter | Thu Dec 3, 1:30 pm (60 min) |\n| Wen Zhao | Thu Dec 3, 10:30 am (60 min) |\n")
PY
