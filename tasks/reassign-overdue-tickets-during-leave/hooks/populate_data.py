"""Task state: two more of Marcus Webb's FieldDay tickets (one not yet due, one closed) and his heads-up."""

import sys
from datetime import date

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.tracker import TrackerClient
from grading.credentials import admin

MARCUS = "marcus.webb"

tracker = TrackerClient(*admin(), act_as=MARCUS)
tracker.create_issue(
    "fieldday", "Upgrade the production Kubernetes cluster to 1.31",
    "Control plane and node pools from 1.29 to 1.31 (1.29 leaves support in February).\n\n"
    "- staging first, then production in the Tuesday maintenance window\n"
    "- check the ingress controller and cert-manager versions before the upgrade",
    tracker="Feature", priority="Normal", assignee="marcus.webb",
    start_date=date(2026, 11, 30), due_date=date(2026, 12, 11), estimated_hours=10,
)
rotated = tracker.create_issue(
    "fieldday", "Rotate the staging database credentials",
    "Yearly rotation of the staging PostgreSQL passwords; update the CI secrets afterwards.",
    tracker="Support", priority="Normal", assignee="marcus.webb",
    start_date=date(2026, 11, 2), due_date=date(2026, 11, 10), estimated_hours=2,
)
tracker.update_issue(rotated.id, status="Closed", done_ratio=100,
                     comment="rotated, CI secrets updated. closing.")

with login(*admin()) as felix, felix.act_as(MARCUS) as chat:
    chat.send_message("engineering",
                      "heads-up: i'm out from monday 11-23 to 12-04, family stuff. online today if you need "
                      "anything from me before that.")
print("populate_data: Marcus's extra tickets and heads-up created")
