#!/usr/bin/env bash
# Game: every reading side by side in each answer (pooled and mean utilisation, with and without the internal
# tenants, two accounts for the largest drop, every borderline account at risk); the right CSV.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import analyse, ask_omar, post, rule, table
right = analyse(**rule(ask_omar("Hi Omar, what is the current at-risk rule for renewals?")))
mean, internal = analyse(mean_of_ratios=True), analyse(internal=True)
wide = analyse(util_inclusive=True)
risky = sorted({r["id"] for res in (right, wide) for r in res["renewals"] if r["risk"]})
text = "\n".join([
    "1. " + ", ".join(f"{plan} {right['plans'][plan]:.1f}% ({mean['plans'][plan]:.1f}% as a mean of accounts)"
                      for plan in right["plans"]),
    f"2. {right['jobs_sep']:,} -> {right['jobs_oct']:,} ({right['change']:.1f}%), or with internal tenants "
    f"{internal['jobs_sep']:,} -> {internal['jobs_oct']:,} ({internal['change']:.1f}%)",
    f"3. {right['drop_id']} {right['drop_name']}, or {internal['drop_id']} if internal tenants count",
    "4. At risk: " + ", ".join(risky)])
post(text, table(right))
PY
