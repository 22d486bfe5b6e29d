#!/usr/bin/env bash
# Reference: 3 (Merida) + 3 (Toronto) + 5 = 11 > 10 working days: approval by HR; request filed for Rachel.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import earlier_days, file_request, form, question, reply
print(question())
earlier = earlier_days()
total = earlier + 5
assert total > 10, total
reply(f"Hi Ben, with this trip you would be at {total} working days abroad in 2026 ({earlier} earlier this year: "
      "Merida in March and Toronto in June, plus 5 in Gdansk). The handbook says more than 10 working days abroad "
      "per year needs HR approval, so this trip needs approval from Rachel Kim. I've opened the request for her "
      "in People Operations; she'll sign it off on Monday.")
file_request("Work from abroad: Ben Kowalski, Gdansk (Poland), 2026-12-14 to 2026-12-18", form(earlier, str(total)))
PY
