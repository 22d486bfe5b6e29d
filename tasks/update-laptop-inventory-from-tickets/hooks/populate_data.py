"""Task state: the laptop inventory and this month's laptop tickets in it-ops (five closed, one open), by Felix."""

import sys
from datetime import date

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient
from grading.credentials import admin

# the inventory as it stood before these tickets (the company's file; the evaluator compares against this copy)
with open("/utils/task/data/laptop_inventory.csv", "rb") as fh:
    FilesClient(*admin()).upload("Admin/IT/laptop_inventory.csv", fh.read())
FELIX = TrackerClient(*admin(), act_as="felix.wagner")

# (subject, description, start date, status, closing comment) in the order they were filed
TICKETS = [
    ("Loaner laptop for Lena Fischer during repair",
     "Lena's TG-LT-0196 goes to the repair shop (keyboard). She gets the loaner TG-LT-0150 meanwhile.",
     date(2026, 11, 3), "Closed",
     "2026-11-09: repair done, TG-LT-0196 is back with Lena and the loaner TG-LT-0150 is back on the shelf."),
    ("Lost laptop TG-LT-0197 (Raj Iyer)",
     "Raj reported his laptop TG-LT-0197 lost at Denver airport on 2026-11-10. Wipe remotely, file the police "
     "report, decide on a replacement.",
     date(2026, 11, 10), "Closed",
     "2026-11-12: TG-LT-0197 wiped remotely, police report filed, written off with the insurer. Raj has the "
     "spare TG-LT-0150 until his own refresh laptop arrives in January."),
    ("Hand out refresh laptop TG-LT-0232 to Priya Natarajan",
     "Hand over TG-LT-0232 (refresh 2026) and collect TG-LT-0188 for wiping.",
     date(2026, 11, 16), "Closed",
     "2026-11-18: handed over to Priya. TG-LT-0188 collected, waiting for the wipe before it goes to the "
     "refurbisher."),
    ("Hand out refresh laptop TG-LT-0235 to Ben Kowalski",
     "Hand over TG-LT-0235 (refresh 2026) and collect TG-LT-0191 for wiping.",
     date(2026, 11, 16), "Closed",
     "2026-11-19: handed over to Ben. TG-LT-0191 collected, waiting for the wipe."),
    ("Hand out refresh laptop TG-LT-0236 to Chloe Tran (courier)",
     "Chloe is remote: send TG-LT-0236 by courier; she returns TG-LT-0198 by courier.",
     date(2026, 11, 16), "Closed",
     "2026-11-18: courier delivered TG-LT-0236 to Chloe. She ships TG-LT-0198 back once her data is moved; "
     "expected around 2026-11-25, until then she keeps it."),
    ("Hand out refresh laptop TG-LT-0233 to Tomas Lindqvist",
     "Hand over TG-LT-0233 (refresh 2026) and collect TG-LT-0184 for wiping. Scheduled for 2026-11-24.",
     date(2026, 11, 16), "New", None),
]
for subject, description, start, status, closing in TICKETS:
    issue = FELIX.create_issue("it-ops", subject, description, tracker="Support", assignee="felix.wagner",
                               start_date=start, version="Laptop refresh 2026" if "refresh" in subject else None)
    if closing:
        FELIX.update_issue(issue.id, status=status, done_ratio=100, comment=closing)
print(f"populate_data: {len(TICKETS)} laptop tickets in it-ops")
