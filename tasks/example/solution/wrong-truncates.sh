#!/usr/bin/env bash
# Near miss: cuts the per-person cost to cents instead of rounding (the answer is still right).
set -euo pipefail
python3 - <<'PY'
import csv, math
path = "/workspace/lunch_receipts.csv"
with open(path, newline="") as fh:
    rows = list(csv.DictReader(fh))
for row in rows:
    row["per_person"] = f"{math.floor(float(row['amount_eur']) / int(row['attendees']) * 100) / 100:.2f}"
with open(path, "w", newline="") as fh:
    writer = csv.DictWriter(fh, fieldnames=[*rows[0].keys()])
    writer.writeheader()
    writer.writerows(rows)
with open("/workspace/answer.txt", "w") as fh:
    fh.write("2026-08-14\n")
PY
