#!/usr/bin/env bash
# Another correct way: the form as a markdown table, US-style dates, other wording in chat.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import earlier_days, file_request, reply
earlier = earlier_days()
reply("Hey Ben! Short answer: yes. The trip requires HR approval, because you'd go over the 10 working days abroad "
      "allowed per year without it (6 days so far + 5 = 11). Rachel Kim (Head of People) approves it; I filed "
      "the form for her.")
file_request("Ben Kowalski - work from abroad request (Gdansk, Dec 14-18)", f"""Request filed for Rachel Kim.

| Field | Value |
|---|---|
| Employee | Ben Kowalski |
| Manager | Priya Natarajan |
| Destination | Gdansk, Poland |
| First working day abroad | Dec 14, 2026 |
| Last working day abroad | Dec 18, 2026 |
| Working days on this trip | 5 |
| Working days abroad earlier in 2026 | {earlier} (Merida 3, Toronto 3; Montreal cancelled) |
| **Total working days abroad in 2026** | **{earlier + 5}** |
| Reachable during core hours | Yes |
""")
PY
