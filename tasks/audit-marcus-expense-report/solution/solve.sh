#!/usr/bin/env bash
# Reference solution: read the report (openpyxl) and the receipts (pypdf), apply the policy, ask Marcus about
# the taxi, write Expense_Check.md over WebDAV and send the total to Victor.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
FILES="http://tallgrass.test:3923"
AUTH="$WORKFLOOR_USERNAME:$WORKFLOOR_PASSWORD"
DIR="Finance/Expenses/2026-11/Marcus_Webb"
WORK=/tmp/expenses
mkdir -p "$WORK/receipts"
curl -fsS -u "$AUTH" "$FILES/$DIR/Expense_Report_Marcus_Webb_2026-11.xlsx" -o "$WORK/report.xlsx"
for f in $(curl -fsS -u "$AUTH" "$FILES/$DIR/receipts/?ls" | jq -r '.files[].href'); do
    curl -fsS -u "$AUTH" "$FILES/$DIR/receipts/$f" -o "$WORK/receipts/$f"
done
ls "$WORK/receipts"

python_default -m grading.clients.chat ask marcus.webb \
    "Hi Marcus, I'm checking your expense report for the Lincoln trip. There's no receipt for the Capitol Cab taxi (\$31.50). Have you already used your two missing-receipt declarations this year?" \
    > "$WORK/marcus.txt"
cat "$WORK/marcus.txt"
python_default "$HERE/read_reply.py" < "$WORK/marcus.txt" > "$WORK/marcus.json"
cat "$WORK/marcus.json"

python3 - "$WORK" <<'PY'
import json
import re
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pypdf

work = Path(sys.argv[1])
sheet = openpyxl.load_workbook(work / "report.xlsx", data_only=True)["Report"]
rows = list(sheet.iter_rows(values_only=True))
header = next(i for i, r in enumerate(rows) if r[0] == "Date")
lines = []
for r in rows[header + 1:]:
    if not isinstance(r[0], datetime):
        break
    lines.append({"date": r[0].date(), "category": r[1], "description": r[2], "vendor": r[3],
                  "amount": round(float(r[4]), 2), "receipt": r[5]})
claimed = next(round(float(r[4]), 2) for r in rows if r[0] == "Total claimed")
assert abs(sum(x["amount"] for x in lines) - claimed) < 0.005, "lines do not add up to the claimed total"

declarations_used_up = json.loads((work / "marcus.json").read_text())["declarations_used_up"]

adjustments = []  # (line, claimed, removed, reason)
meals_by_day: dict = {}
for x in lines:
    label = f"{x['date']} {x['category']}, {x['vendor']} ({x['description']})"
    if x["category"] == "Mileage":
        miles = int(re.search(r"(\d+) miles", x["description"]).group(1))
        assert round(miles * 0.70, 2) == x["amount"]
        continue
    receipt = work / "receipts" / str(x["receipt"])
    if not receipt.is_file():
        if x["amount"] >= 25 and declarations_used_up:
            adjustments.append((label, x["amount"], x["amount"],
                                f"no receipt (required from $25.00) and Marcus has already used both missing-receipt "
                                f"declarations allowed per year, so the taxi ${x['amount']:.2f} cannot be reimbursed"))
        continue
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(receipt).pages)
    flat = " ".join(text.split())
    totals = re.findall(r"Total[^\d-]*(\d+\.\d\d)", flat)
    receipt_total = float(totals[-1])
    allowed = x["amount"]
    if receipt_total < x["amount"]:
        removed = round(x["amount"] - receipt_total, 2)
        adjustments.append((label, x["amount"], removed,
                            f"claimed ${x['amount']:.2f} but the folio/receipt total is ${receipt_total:.2f} "
                            f"(2 nights x $189.00 + $17.40 lodging tax each): over-claimed by ${removed:.2f}"))
        allowed = receipt_total
    alcohol = [float(a) for a in re.findall(r"(?:beer|wine|cocktail|ale)\)?\s*(\d+\.\d\d)", flat, re.I)]
    if alcohol:
        removed = round(sum(alcohol), 2)
        adjustments.append((label, x["amount"], removed,
                            f"receipt includes 2 draft beers for ${removed:.2f}; alcohol is never reimbursable"))
        allowed -= removed
    if x["category"] == "Meals":
        meals_by_day[x["date"]] = meals_by_day.get(x["date"], 0) + allowed
over_per_diem = {d: v for d, v in meals_by_day.items() if v > 65.00}
assert not over_per_diem, over_per_diem

total = round(claimed - sum(a[2] for a in adjustments), 2)
out = [
    "# Expense check: Marcus Webb, Lincoln trip 2026-11-09 to 2026-11-11",
    "",
    f"- Claimed: ${claimed:.2f}",
    f"- **Reimbursable total: ${total:.2f}**",
    "",
    "## Adjustments",
    "",
    "| line | claimed | removed | reason |",
    "|---|---|---|---|",
]
out += [f"| {label} | ${amount:.2f} | ${removed:.2f} | {reason} |" for label, amount, removed, reason in adjustments]
out += [
    "",
    "## Checked without changes",
    "",
    "- Mileage 76 miles x $0.70 = $53.20; parking 3 days x $19.00 = $57.00; other meals match their receipts.",
    "- Meals per day after the adjustment stay within the $65 per diem "
    + ", ".join(f"({d}: ${v:.2f})" for d, v in sorted(meals_by_day.items())) + ".",
    "- The flight (Skyline Air, $348.60) was booked through the company travel account and is correctly not claimed.",
]
(work / "Expense_Check.md").write_text("\n".join(out) + "\n")
(work / "total.txt").write_text(f"{total:.2f}")
print("\n".join(out))
PY

curl -fsS -u "$AUTH" -T "$WORK/Expense_Check.md" "$FILES/$DIR/Expense_Check.md" -o /dev/null

TOTAL="$(cat "$WORK/total.txt")" python_default - <<'PY'
import os
import sys

sys.path.insert(0, "/utils")
from grading.clients.chat import login

with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    chat.send_direct_message("victor.mendes", (
        f"Good morning Victor, I checked Marcus Webb's Lincoln expense report: reimbursable total ${os.environ['TOTAL']} "
        f"(claimed $703.65; removed hotel over-claim $30.00, 2 beers $16.00, taxi without receipt $31.50 since Marcus "
        f"has used both missing-receipt declarations). Details: Finance/Expenses/2026-11/Marcus_Webb/Expense_Check.md"))
print("told Victor")
PY
