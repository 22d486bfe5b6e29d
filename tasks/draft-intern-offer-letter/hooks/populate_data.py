"""Puts the internship finalists and the offer letter template on the file share (Jordan Ellis's files)."""

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/utils")
from grading.clients.files import FilesClient
from grading.credentials import admin

DATA = Path("/utils/task/data")

files = FilesClient(*admin())
files.upload("HR/Recruiting/Data_Intern_Spring_2027/finalists.csv", (DATA / "finalists.csv").read_bytes())
with tempfile.TemporaryDirectory() as tmp:
    template = Path(tmp) / "template.docx"
    subprocess.run(["python3", str(DATA / "make_template.py"), str(template)], check=True)
    files.upload("Templates/Offer_Letter_Internship_Template.docx", template.read_bytes())
print("populate_data: finalists and offer letter template uploaded")
