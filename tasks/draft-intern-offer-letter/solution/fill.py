"""Shared helper (python3): fill the template's placeholders and save the letter.

Usage: python3 fill.py VALUES.json OUT.docx   (VALUES: placeholder name -> text)
"""

import json
import sys

import docx

with open(sys.argv[1]) as fh:
    values = json.load(fh)
document = docx.Document("/tmp/offer/template.docx")
paragraphs = list(document.paragraphs)
for table in document.tables:
    for row in table.rows:
        for cell in row.cells:
            paragraphs.extend(cell.paragraphs)
for paragraph in paragraphs:
    for run in paragraph.runs:
        for key, value in values.items():
            run.text = run.text.replace("{{" + key + "}}", value)
document.save(sys.argv[2])
print("saved", sys.argv[2])
