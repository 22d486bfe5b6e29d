"""Task state: the working-time policy and the engineering team's week-46 timesheets on the file server."""

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.credentials import admin

DATA = Path("/utils/task/data")
UPLOADS = {"Working_Time_Policy.md": "HR/Policies/Working_Time_Policy.md",
           "Engineering_Timesheets_2026-W46.csv": "HR/Timesheets/Engineering_Timesheets_2026-W46.csv"}
files = FilesClient(*admin())
for source, target in UPLOADS.items():
    files.upload(target, (DATA / source).read_bytes())
print(f"populate_data: {len(UPLOADS)} files uploaded")
