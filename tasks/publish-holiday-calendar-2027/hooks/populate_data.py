"""Task state: the approved 2027 holiday decision on the file share (uploaded by Rachel)."""

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.credentials import admin

memo = (Path("/utils/task/data") / "Holidays_2027_Decision.md").read_bytes()
FilesClient(*admin()).upload("HR/Holidays_2027_Decision.md", memo)
print("populate_data: HR/Holidays_2027_Decision.md uploaded")
