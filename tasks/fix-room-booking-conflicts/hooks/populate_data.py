"""Task state: next week's room calendar export (four double bookings) on the file share."""

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.credentials import admin

NAME = "Room_Bookings_2026-W49.csv"
FilesClient(*admin()).upload(f"Admin/Office/{NAME}", (Path("/utils/task/data") / NAME).read_bytes())
print(f"populate_data: Admin/Office/{NAME} uploaded")
