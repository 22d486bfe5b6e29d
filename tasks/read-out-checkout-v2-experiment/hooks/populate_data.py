"""Task state: the checkout v2 experiment export and the readout template on the file server."""

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.credentials import admin

DATA = Path("/utils/task/data")
FOLDER = "Data/Experiments"
files = FilesClient(*admin())
for name in ("checkout_v2_experiment_2026-11.csv", "Checkout_v2_Readout_Template.csv"):
    files.upload(f"{FOLDER}/{name}", (DATA / name).read_bytes())
print("populate_data: experiment export and readout template uploaded")
