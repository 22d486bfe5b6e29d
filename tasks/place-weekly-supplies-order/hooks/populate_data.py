"""Task state: the vendor's Q4 price list and this week's supply requests on the file share (by Nina)."""

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.credentials import admin

DATA = Path("/utils/task/data")
files = FilesClient(*admin())
for name in ("Plains_Office_Supply_Price_List_2026-Q4.csv", "Supply_Requests_2026-11-25.csv"):
    files.upload(f"Admin/Office/{name}", (DATA / name).read_bytes())
print("populate_data: price list and supply requests uploaded to Admin/Office/")
