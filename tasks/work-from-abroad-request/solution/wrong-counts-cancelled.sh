#!/usr/bin/env bash
# Near miss: counts the cancelled Montreal trip too (9 + 5 = 14): right answer, wrong total on the form.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import earlier_days, file_request, form, reply
earlier = earlier_days(include_cancelled=True)
reply(f"Hi Ben, you'd be at {earlier + 5} working days abroad this year, so this needs HR approval from Rachel. "
      "I've filed the request.")
file_request("Work from abroad: Ben Kowalski, Gdansk (Poland), 2026-12-14 to 2026-12-18", form(earlier, str(earlier + 5)))
PY
