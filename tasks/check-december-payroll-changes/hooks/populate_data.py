"""Task state: the last payroll export, the draft of the December 15 run (Finance/Payroll/) and HR's log of
approved pay changes (HR/Payroll/)."""

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.credentials import admin

DATA = Path("/utils/task/data")
UPLOADS = {
    "Payroll_Export_2026-11-30.csv": "Finance/Payroll/Payroll_Export_2026-11-30.csv",
    "Payroll_Export_2026-12-15_DRAFT.csv": "Finance/Payroll/Payroll_Export_2026-12-15_DRAFT.csv",
    "Approved_Changes_2026-12.csv": "HR/Payroll/Approved_Changes_2026-12.csv",
}
files = FilesClient(*admin())
for source, target in UPLOADS.items():
    files.upload(target, (DATA / source).read_bytes())
print(f"populate_data: {len(UPLOADS)} payroll files uploaded")
