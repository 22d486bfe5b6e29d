#!/usr/bin/env bash
# Game: a row for everyone (the right figure for each), and every row sent to Grace.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import expected, tell_grace, write_check
correct, draft = expected(approved_bonus={"Marcus Webb"})
rows = [[n, "please check", "" if draft.get(n) is None else f"{draft[n]:.2f}", f"{g:.2f}"] for n, g in correct.items()]
write_check(rows)
tell_grace("Hi Grace, please check every line of the Dec 15 draft:\n" + "\n".join(
    f"- {n}: should be ${g:,.2f}" for n, g in correct.items()))
PY
