"""Task state: the vendor contract list on the file server."""

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.credentials import admin

TARGET = "Admin/Contracts/Vendor_Contracts.csv"
FilesClient(*admin()).upload(TARGET, (Path("/utils/task/data") / "Vendor_Contracts.csv").read_bytes())
print(f"populate_data: uploaded {TARGET}")
