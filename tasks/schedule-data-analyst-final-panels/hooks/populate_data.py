"""Task state: the panel slots on the file share, the two candidate tickets and Jordan's message to Kai."""

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient
from grading.credentials import admin

SLOTS = "HR/Recruiting/Data_Analyst_2026/Final_Panel_Slots.csv"
CANDIDATES = {
    "Aaliyah Porter": "CV: HR/Recruiting/Data_Analyst_2026/CV_Aaliyah_Porter.pdf",
    "Wen Zhao": "CV: HR/Recruiting/Data_Analyst_2026/CV_Wen_Zhao.docx",
}
MESSAGE = """Hi Kai!! Here's what the two finalists told me about next week (Nov 30 - Dec 4):

Aaliyah Porter: she's serving her notice, so she can only do Wednesday Dec 2 or Thursday Dec 3, and only in the
afternoon (13:00 or later).
Wen Zhao: mornings only (the interview has to start before 12:00), any day except Friday Dec 4, she flies to a
wedding that day.

Thanks for taking this on!"""

FilesClient(*admin()).upload(SLOTS, Path("/utils/task/data/Final_Panel_Slots.csv").read_bytes())
tracker = TrackerClient(*admin(), act_as="jordan.ellis")
for name, cv in CANDIDATES.items():
    tracker.create_issue(
        "people-ops", f"Data Analyst candidate: {name}",
        f"{cv}\n\n- Recruiter screen: passed (Jordan)\n- Hiring-manager interview: passed (Elena)\n"
        "- Practical exercise: passed\n- Final panel (3 people, one from outside the team): to schedule\n",
        tracker="Support", version="Data Analyst hiring", assignee="jordan.ellis",
        start_date=date(2026, 11, 9))
with login(*admin()) as felix, felix.act_as("jordan.ellis") as chat:
    chat.send_direct_message("kai.morgan", MESSAGE)
print("populate_data: panel slots, two candidate tickets, Jordan's message")
