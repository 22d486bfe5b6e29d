#!/usr/bin/env bash
# Near miss: counts only the Toronto trip Ben mentioned (3 + 5 = 8): tells him no approval is needed.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import earlier_days, reply
total = earlier_days(only_city="Toronto") + 5
reply(f"Hi Ben, with Toronto you'd be at {total} working days abroad in 2026, under the 10-day limit, so you "
      "don't need approval from HR for this one. Enjoy Gdansk!")
PY
