"""Setup: more FieldDay 4.13 tickets and the #product thread that decides which move to 5.0.

- tracker (fieldday, version 4.13): three not-started features (bulk reschedule, dark mode, SMS reminders), one
  feature in progress (cancelled-booking webhook) and one new bug (due-date sort), next to the seeded 4.13
  tickets (not-started features: webhook retries, WCAG badge contrast, the release checklist).
- chat (#product): Priya says 4.13 is over capacity; Omar asks to keep SMS reminders; Hannah decides: every
  4.13 feature not started yet (status New) moves to 5.0, SMS reminders too; bugs, work in progress and the
  release checklist stay; the WCAG badge ticket stays only if a December customer commitment needs it, which
  Lena knows; Kai is to move the tickets, check with Lena and post the new scope in #product.
"""

from __future__ import annotations

import sys

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.tracker import TrackerClient
from grading.credentials import admin

ISSUES = [  # author, subject, tracker, priority, status, assignee, estimate
    ("lena.fischer", "Dispatcher board: bulk-reschedule selected jobs", "Feature", "Normal", "New", "ben.kowalski", 12),
    ("chloe.tran", "Technician app: dark mode", "Feature", "Low", "New", "chloe.tran", 10),
    ("omar.haddad", "Customer notifications: SMS reminder 24 hours before the appointment", "Feature", "High", "New",
     "aisha.bello", 14),
    ("omar.haddad", "Intake API: webhook for cancelled bookings", "Feature", "Normal", "In Progress", "tomas.lindqvist",
     8),
    ("sofia.alvarez", "Job list: sorting by due date ignores the customer's time zone", "Bug", "Normal", "New",
     "ben.kowalski", 3),
]
THREAD = [
    ("priya.natarajan", "4.13 is over capacity: about 96 hours of open work left and roughly 60 hours of the team "
                        "before the freeze. We need to cut scope today."),
    ("omar.haddad", "Can we at least keep the SMS reminders in 4.13? Sales mentioned them to two prospects."),
    ("hannah.brooks", "Decision for 4.13 (agreed with Priya): every Feature in 4.13 that hasn't started yet (status "
                      "New) moves to 5.0, and that includes the SMS reminders, Omar, sorry, sales knows. Bugs stay, "
                      "anything already in progress stays, and so does the 4.13 release checklist itself. One "
                      "possible exception: the WCAG badge contrast ticket, if a customer commitment in December "
                      "needs it. Lena knows, I don't."),
    ("hannah.brooks", "Kai, could you move the tickets on the tracker, check the WCAG one with Lena, and then post the "
                      "new 4.13 scope here (what moved to 5.0 and what stays, with ticket numbers)? Thanks!"),
]


def main() -> None:
    for author, subject, tracker, priority, status, assignee, hours in ISSUES:
        client = TrackerClient(*admin(), act_as=author)
        issue = client.create_issue("fieldday", subject, "Planned for 4.13.", tracker=tracker, priority=priority,
                                    assignee=assignee, estimated_hours=hours, version="4.13")
        if status != "New":
            moved = TrackerClient(*admin()).update_issue(issue.id, status=status)
            if moved.status != status:
                raise RuntimeError(f"#{issue.id} is {moved.status!r}, not {status!r}")
    with login(*admin()) as felix:
        for who, text in THREAD:
            with felix.act_as(who) as chat:
                chat.send_message("product", text)
    print(f"populate_data: {len(ISSUES)} FieldDay 4.13 tickets added; the #product scope decision posted")


main()
