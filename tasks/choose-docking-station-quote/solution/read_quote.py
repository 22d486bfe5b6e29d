"""Prints a quote's text: a PDF's pages or an xlsx's rows (the examinee's python3). Usage: read_quote.py FILE"""

import sys

import openpyxl
import pypdf

path = sys.argv[1]
if path.endswith(".pdf"):
    print("\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages))
else:
    for row in openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True):
        print(" | ".join("" if v is None else str(v) for v in row))
