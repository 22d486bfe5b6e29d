"""Shared helper (python_default): send direct messages and update the PTO ticket as the examinee.

Usage: python_default send.py PLAN.json   PLAN: {"dms": [[username, text], ...],
                                                  "ticket": {"status": "Resolved", "comment": "..."} | null}
"""

import json
import os
import sys

sys.path.insert(0, "/utils")
from grading.clients.chat import login
from grading.clients.tracker import TrackerClient

with open(sys.argv[1]) as fh:
    plan = json.load(fh)
user, password = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
with login(user, password) as chat:
    for to, text in plan.get("dms", []):
        chat.send_direct_message(to, text)
        print("sent to", to)
if plan.get("ticket"):
    tracker = TrackerClient(user, password)
    issue = tracker.find_issue("people-ops", "Reminder: PTO carry-over limit before year end")
    tracker.update_issue(issue.id, status=plan["ticket"]["status"], comment=plan["ticket"]["comment"])
    print("ticket", issue.id, plan["ticket"]["status"])
