#!/usr/bin/env bash
# Partial: the tracker work is done (versions set, estimates asked for), but no summary is posted and no notes
# page is written.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import plan

_, planned, _, no_estimate, used = plan.plan()
plan.set_versions(planned)
plan.comment(no_estimate, "Could you add an estimate? Without one this can't be planned for the 11-23 sprint.")
print(f"planned {len(planned)} tickets, {used:.1f} h")
PY
