"""Prints the first sheet of an xlsx as CSV (examinee's python3 has openpyxl). Usage: python3 read_sheet.py FILE"""

import csv
import sys

import openpyxl

writer = csv.writer(sys.stdout)
for row in openpyxl.load_workbook(sys.argv[1]).worksheets[0].iter_rows(values_only=True):
    writer.writerow(["" if v is None else str(v)[:10] if hasattr(v, "isoformat") else v for v in row])
