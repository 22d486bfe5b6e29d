#!/usr/bin/env bash
# Partial: adds the per-person column but never answers the question.
set -euo pipefail
python3 - <<'PY'
import csv
path = "/workspace/lunch_receipts.csv"
with open(path, newline="") as fh:
    rows = list(csv.DictReader(fh))
for row in rows:
    row["per_person"] = f"{float(row['amount_eur']) / int(row['attendees']):.2f}"
with open(path, "w", newline="") as fh:
    writer = csv.DictWriter(fh, fieldnames=[*rows[0].keys()])
    writer.writeheader()
    writer.writerows(rows)
PY
