"""Task state: HR's work-from-abroad log and request form on the file share, and Ben's question to Kai in chat."""

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.credentials import admin

DATA = Path("/utils/task/data")
QUESTION = (
    "Hi Kai! Rachel said you're covering HR questions today. I'd like to work from my parents' place in "
    "Gdansk, Poland, from Monday Dec 14 to Friday Dec 18 (5 working days), flying back on the 19th. I'd keep "
    "our core hours (that's 17:00-22:00 there, fine by me). Do I need approval for that? I was in Toronto for "
    "a few days in June, if that matters."
)

files = FilesClient(*admin())
files.upload("HR/Remote_Work/Work_From_Abroad_Log_2026.csv", (DATA / "Work_From_Abroad_Log_2026.csv").read_bytes())
files.upload("Templates/Work_From_Abroad_Request.md", (DATA / "Work_From_Abroad_Request.md").read_bytes())
with login(*admin()) as felix, felix.act_as("ben.kowalski") as chat:
    chat.send_direct_message("kai.morgan", QUESTION)
print("populate_data: abroad log and request form uploaded, Ben's question sent to Kai")
