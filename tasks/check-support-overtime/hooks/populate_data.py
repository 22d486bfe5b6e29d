"""Task state: the support team's timesheets and the payroll input with the overtime the lead entered."""

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.credentials import admin

DATA = Path("/utils/task/data")
UPLOADS = {
    "rendered/Timesheets_Support_2026-11-09_to_2026-11-22.xlsx":
        "Finance/Payroll/Timesheets_Support_2026-11-09_to_2026-11-22.xlsx",
    "Payroll_Input_Support_2026-11-30.csv": "Finance/Payroll/Payroll_Input_Support_2026-11-30.csv",
}
files = FilesClient(*admin())
for source, target in UPLOADS.items():
    files.upload(target, (DATA / source).read_bytes())
print(f"populate_data: {len(UPLOADS)} files uploaded to Finance/Payroll/")
