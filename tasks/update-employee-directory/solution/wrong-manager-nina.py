"""Near miss: files Theo under Nina Petrova (she runs the Admin team) instead of Felix Wagner, in the directory
and in the org chart; everything else right, ticket closed."""
import sys

sys.path.insert(0, "/tmp/workfloor-solution")
from common import ORG_CHART, close_ticket, directory, download, updated_rows, upload, write_directory

fields, rows = directory()
write_directory(fields, updated_rows(rows, manager="Nina Petrova"))
out = []
for line in download(ORG_CHART).splitlines():
    out.append(line.replace("Sofia Alvarez, QA Engineer", "Sofia Alvarez, QA Lead"))
    if line.strip().startswith("- Kai Morgan"):
        out.append(line.replace("Kai Morgan, Operations Associate (since 2026-11-16)",
                                "Theo Nakamura, IT Support Technician (from 2026-12-07)"))
upload(ORG_CHART, "\n".join(out) + "\n")
close_ticket("Closed", "Added Theo Nakamura (Admin) and changed Sofia Alvarez's title to QA Lead, in the directory "
                       "and the org chart.")
