"""Task state: a groomed FieldDay backlog (tickets without a target version) and an estimate on Greenway."""

import sys
from datetime import date

sys.path.insert(0, "/utils")

from grading.clients.tracker import TrackerClient
from grading.credentials import admin

HANNAH = TrackerClient(*admin(), act_as="hannah.brooks")
SOFIA = TrackerClient(*admin(), act_as="sofia.alvarez")

# (who files it, subject, tracker, priority, estimate, due, assignee, description) in ticket-number order
BACKLOG = [
    (SOFIA, "Technician app: photo upload fails on slow connections", "Bug", "Urgent", 8, date(2026, 11, 27),
     "chloe.tran", "1. Throttle the phone to 3G.\n2. Attach two photos to a job and complete it.\n\n"
     "Expected: photos upload in the background. Actual: upload times out after 30 s and the photos are lost.\n"
     "Reported by 4 customers this week. Build 4.12.0."),
    (SOFIA, "Job card shows the old customer phone number after an edit", "Bug", "High", 3, date(2026, 11, 30),
     "ben.kowalski", "1. Edit a customer's phone number.\n2. Open one of their job cards on the board.\n\n"
     "Expected: the new number. Actual: the old number until the page is reloaded."),
    (HANNAH, "Intake API: rate-limit requests per API key", "Feature", "High", 12, date(2026, 12, 4),
     "aisha.bello", "The user problem: one partner's retry loop sent 40,000 requests in an hour on 11-12.\n"
     "Limit each API key to 600 requests per minute; answer 429 with Retry-After."),
    (HANNAH, "Customer notification email: add the technician's first name", "Feature", "Normal", 2,
     date(2026, 12, 2), None, "Customers ask \"who is coming?\". Add the technician's first name to the "
     "appointment confirmation email."),
    (HANNAH, "Weekly technician hours export (CSV)", "Feature", "Normal", 10, date(2026, 12, 15), None,
     "Payroll teams want scheduled hours per technician per ISO week as CSV (Reports > Exports)."),
    (HANNAH, "Dispatcher board: bulk-reassign selected jobs", "Feature", "Normal", 16, None, None,
     "The user problem: when a technician calls in sick, dispatchers move 8-10 jobs one by one. "
     "Select several job cards and move them to another technician in one step."),
    (HANNAH, "Upgrade the web app to React 18.3", "Feature", "Normal", 6, None, "ben.kowalski",
     "Keeps us on a supported version; needed for the new drag-and-drop library."),
    (HANNAH, "Audit log of schedule changes", "Feature", "Normal", None, None, None,
     "Enterprise customers want to see who moved which appointment and when (last 90 days)."),
    (HANNAH, "Slot picker: show the travel buffer in the tooltip", "Feature", "Low", 4, None, None,
     "Dispatchers don't understand why 15:00 is not offered. Show \"includes 30 min travel from zone north\"."),
    (HANNAH, "Dark mode for the dispatcher board", "Feature", "Low", 20, None, None,
     "Requested by night-shift dispatchers at two HVAC customers."),
    (HANNAH, "Dispatcher board: remember the zoom level per user", "Feature", "Low", 3, None, None,
     "The board resets to 100% zoom on every login."),
]

FILED = date(2026, 11, 20)  # the company's clock: groomed the Friday before the sprint (never the real today)
for client, subject, kind, priority, hours, due, assignee, text in BACKLOG:
    client.create_issue("fieldday", subject, text, tracker=kind, priority=priority, estimated_hours=hours,
                        start_date=FILED, due_date=due, assignee=assignee)

greenway = HANNAH.find_issue("fieldday", "Greenway Plumbing: monthly schedule export to CSV is empty")
assert greenway is not None
HANNAH.update_issue(greenway.id, estimated_hours=5,
                    comment="Ben had a quick look: the export query skips the October partition. Roughly 5 h.")
print(f"populate_data: {len(BACKLOG)} backlog tickets created, Greenway estimated")
