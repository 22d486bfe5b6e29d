"""Reads the PO workbook, the receiving log and the invoice PDFs of a local folder (examinee's python3: pypdf,
openpyxl) and prints JSON {"pos": [...], "received": [...], "invoices": [...]}.
Usage: python3 read_docs.py FOLDER"""

import csv
import json
import re
import sys
from pathlib import Path

import openpyxl
import pypdf

folder = Path(sys.argv[1])
sheet = openpyxl.load_workbook(folder / "Purchase_Orders_2026-11.xlsx").worksheets[0]
rows = list(sheet.iter_rows(values_only=True))
header = [str(h) for h in rows[0]]
pos = [dict(zip(header, (v if isinstance(v, (int, float)) else str(v) for v in r), strict=True))
       for r in rows[1:] if r[0]]
received = list(csv.DictReader((folder / "Receiving_Log_2026-11.csv").open()))
money = r"(?:USD\s*)?\$?([\d,]+\.\d\d)"
invoices = []
for pdf in sorted((folder / "Invoices").glob("*.pdf")):
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    order = re.search(r"Your order:\s*(.+?)\s+-\s+Terms", text).group(1)
    digits = re.findall(r"\d+", order)
    lines = [{"item": m[1].strip(), "qty": int(m[2]), "price": float(m[3].replace(",", "")),
              "amount": float(m[4].replace(",", ""))}
             for m in re.finditer(rf"^(.+?)\s(\d+)\s*{money}\s+{money}$", text, re.MULTILINE)]
    invoices.append({"number": re.search(r"Invoice\s+([A-Z]+-\d+)", text).group(1),
                     "po": f"PO-{digits[0]}-{digits[1]}", "po_as_written": order, "lines": lines,
                     "subtotal": float(re.search(rf"Subtotal\s+{money}", text).group(1).replace(",", "")),
                     "tax": float(re.search(rf"Sales tax [\d.]+%\s+{money}", text).group(1).replace(",", "")),
                     "total": float(re.search(rf"Total due\s+{money}", text).group(1).replace(",", ""))})
print(json.dumps({"pos": pos, "received": received, "invoices": invoices}))
