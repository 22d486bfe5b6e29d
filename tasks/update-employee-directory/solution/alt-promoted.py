"""Another correct way: every field quoted with CRLF line ends; in the org chart Felix becomes a bold manager
with Theo under him (start date noted), Sofia reads "QA Lead (promoted from QA Engineer)", the date line is
refreshed; the ticket is Resolved with a comment."""
import csv
import sys

sys.path.insert(0, "/tmp/workfloor-solution")
from common import ORG_CHART, close_ticket, directory, download, updated_rows, upload, write_directory

fields, rows = directory()
write_directory(fields, updated_rows(rows), quoting=csv.QUOTE_ALL, lineterminator="\r\n")

out = []
for line in download(ORG_CHART).splitlines():
    if line.startswith("As of"):
        line = "As of 2026-12-07. Source of truth: HR/Employee_Directory.csv."
    line = line.replace("Sofia Alvarez, QA Engineer", "Sofia Alvarez, QA Lead (promoted from QA Engineer)")
    if line.strip().startswith("- Felix Wagner"):
        indent = line[: len(line) - len(line.lstrip())]
        out.append(f"{indent}- **Felix Wagner**, IT Administrator")
        out.append(f"{indent}  - Theo Nakamura, IT Support Technician (starts 2026-12-07)")
        continue
    out.append(line)
upload(ORG_CHART, "\n".join(out) + "\n")
close_ticket("Resolved", "Both changes are in: Theo Nakamura added to HR/Employee_Directory.csv as TG-0024 and to the "
                         "org chart under Felix Wagner; Sofia Alvarez's title is now QA Lead in both.")
print("\n".join(out))
