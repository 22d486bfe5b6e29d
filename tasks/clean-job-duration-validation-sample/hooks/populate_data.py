"""Task state: the raw October validation sample of the job-duration model on the file share."""

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.credentials import admin

RAW = Path("/utils/task/data/october_validation_raw.csv")
FilesClient(*admin()).upload("Data/ml/job_duration/october_validation_raw.csv", RAW.read_bytes())
print("populate_data: raw validation sample uploaded")
