"""Task state: the data team's ownership page on the file server (the repository is the company's seed)."""

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.credentials import admin

TARGET = "Engineering/Ownership/groundcount-etl.md"
FilesClient(*admin()).upload(TARGET, (Path("/utils/task/data") / "groundcount-etl.md").read_bytes())
print(f"populate_data: uploaded {TARGET}")
