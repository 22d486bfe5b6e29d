"""Reference solution (run by solve.sh): find Marcus's overdue open FieldDay tickets, ask him in chat who
should take each, reassign them with a comment, leave the rest alone."""

import os
import sys
import time
from datetime import date

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.tracker import TrackerClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
TODAY = date(2026, 11, 20)

tracker = TrackerClient(USER, PASSWORD)
mine = tracker.issues("fieldday", status="open", assignee="marcus.webb")
overdue = [i for i in mine if i.due_date and i.due_date < TODAY]
print("overdue:", [(i.id, i.subject) for i in overdue])

# people of the project by first name (as the examinee would see them in the tracker)
members = tracker._get("/projects/fieldday/memberships.json", limit=100)["memberships"]
by_first = {m["user"]["name"].split()[0].lower(): m["user"]["id"] for m in members if "user" in m}

question = ("Hi Marcus, Priya asked me to hand over your overdue tickets while you're out. Who should take "
            + " and who should take ".join(f"'{i.subject}' (#{i.id})" for i in overdue) + "?")
with login(USER, PASSWORD) as chat:
    sent_at = time.time()
    chat.send_direct_message("marcus.webb", question)
    reply = ""
    deadline = time.time() + 90
    while time.time() < deadline and not reply:
        time.sleep(2)
        answers = [m for m in chat.direct_messages("marcus.webb")
                   if m.sender == "marcus.webb" and m.timestamp.timestamp() >= sent_at - 5]
        reply = "\n".join(m.body for m in answers)
print("Marcus:", reply)
if not reply:
    sys.exit("no answer from Marcus")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from read_reply import owner  # noqa: E402

for issue in overdue:
    key = "runner" if "runner" in issue.subject.lower() else "postmortem"
    first = owner(reply, key, set(by_first), exclude={"marcus", USER.split(".")[0]})
    if first is None:
        sys.exit(f"could not read the new owner of #{issue.id} from Marcus's answer")
    user_id = by_first[first]
    tracker._request("PUT", f"/issues/{issue.id}.json", body={"issue": {
        "assigned_to_id": user_id,
        "notes": (f"Reassigned from Marcus Webb, who is on leave from 11-23 to 12-04 and suggested you take "
                  f"this over (ticket is past its due date of {issue.due_date}). - Kai for Priya"),
    }})
    print(f"#{issue.id} -> {first}")
