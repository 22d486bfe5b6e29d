"""Task state: Hannah's notes of the FieldDay 4.12 retrospective on the file server."""

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.credentials import admin

NOTES = "2026-11-18_FieldDay_4-12_Retro.md"
FilesClient(*admin()).upload(f"Documents/Meeting_Notes/{NOTES}", (Path("/utils/task/data") / NOTES).read_bytes())
print("populate_data: retro notes uploaded")
