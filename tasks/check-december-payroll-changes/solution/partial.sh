#!/usr/bin/env bash
# Partial: the check file is right, Grace is never told.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import differences, expected, write_check
correct, draft = expected(approved_bonus={"Marcus Webb"})
write_check([[n, "wrong gross pay", "" if h is None else f"{h:.2f}", f"{s:.2f}"] for n, h, s in differences(correct, draft)])
PY
