"""Task state: the scoring rules and the six panel feedback forms on the file server, the two candidate tickets."""

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient
from grading.credentials import admin

DATA = Path("/utils/task/data")
FEEDBACK = "HR/Recruiting/Data_Analyst_2026/Final_Panel_Feedback"
PANELS = {
    "Aaliyah Porter": ("HR/Recruiting/Data_Analyst_2026/CV_Aaliyah_Porter.pdf", "Wednesday 2026-12-02, 14:00"),
    "Wen Zhao": ("HR/Recruiting/Data_Analyst_2026/CV_Wen_Zhao.docx", "Tuesday 2026-12-01, 10:00"),
}

files = FilesClient(*admin())
files.upload("HR/Recruiting/Final_Panel_Scoring.md", (DATA / "Final_Panel_Scoring.md").read_bytes())
for form in sorted((DATA / "feedback").iterdir()):
    files.upload(f"{FEEDBACK}/{form.name}", form.read_bytes())
tracker = TrackerClient(*admin(), act_as="jordan.ellis")
for name, (cv, panel) in PANELS.items():
    tracker.create_issue(
        "people-ops", f"Data Analyst candidate: {name}",
        f"CV: {cv}\n\n- Recruiter screen: passed (Jordan)\n- Hiring-manager interview: passed (Elena)\n"
        f"- Practical exercise: passed\n- Final panel: {panel}, Sideoats room, with Elena Popescu, Raj Iyer and "
        f"Omar Haddad (feedback: {FEEDBACK}/)\n- Decision: to do\n",
        tracker="Support", version="Data Analyst hiring", assignee="jordan.ellis", start_date=date(2026, 11, 9))
print("populate_data: scoring rules, six feedback forms, two candidate tickets")
