"""Task state: October's actuals per department on the file server (the budget is the company's own file)."""

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.credentials import admin

DATA = Path("/utils/task/data")
SOURCE, TARGET = "2026-10_Actuals_by_Department.csv", "Finance/Actuals/2026-10_Actuals_by_Department.csv"
FilesClient(*admin()).upload(TARGET, (DATA / SOURCE).read_bytes())
print(f"populate_data: uploaded {TARGET}")
