"""Reads the statement PDF and the ledger workbook (examinee's python3: pypdf, openpyxl) and prints JSON:
{"statement": {"closing": x, "lines": [[date, ref, amount], ...]}, "ledger": [[date, type, ref, amount, status]]}.
Credits on the statement are negative. Usage: python3 read_docs.py STATEMENT.pdf LEDGER.xlsx"""

import json
import re
import sys

import openpyxl
import pypdf

text = "\n".join(page.extract_text() for page in pypdf.PdfReader(sys.argv[1]).pages)
money = r"\d{1,3}(?:,\d{3})*\.\d{2}"
closing = float(re.search(rf"Balance due:\s*\$?({money})", text).group(1).replace(",", ""))
lines = []
for chunk in re.split(r"(?=\b2026-\d\d-\d\d (?:INV|CM|PMT)\b)", text)[1:]:
    head = re.match(r"(2026-\d\d-\d\d) (INV \d+|CM \d+|PMT)", chunk)
    amounts = [float(a.replace(",", "")) for a in re.findall(money, chunk.split("\nBalance due")[0])]
    amount = amounts[0] if head.group(2).startswith("INV") else -amounts[0]
    lines.append([head.group(1), head.group(2), amount])

sheet = openpyxl.load_workbook(sys.argv[2]).worksheets[0]
rows = list(sheet.iter_rows(values_only=True))
header = [str(h) for h in rows[0]]
ledger = [[str(r[header.index("date")])[:10], r[header.index("type")], r[header.index("reference")],
           float(r[header.index("amount")]), r[header.index("status")]] for r in rows[1:] if r[0]]
print(json.dumps({"statement": {"closing": closing, "lines": lines}, "ledger": ledger}))
