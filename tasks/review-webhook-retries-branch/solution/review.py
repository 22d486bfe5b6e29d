"""Review steps shared by the solutions (run with python_default as the examinee).

Usage: python_default review.py MODE  (solve | partial | alt | wrong-decoy | wrong-unassigned | game-soup)
Clones the branch, demonstrates each defect by running the branch's code with a fake partner (python3), files
the tickets and the summary comment.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.tracker import TrackerClient

MODE = sys.argv[1]
USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
tracker = TrackerClient(USER, PASSWORD)
retry = tracker.find_issue("fieldday", "Retry failed webhook deliveries with exponential backoff")
assert retry is not None

work = Path(tempfile.mkdtemp()) / "intake-api"
subprocess.run(["git", "clone", "-q", "--branch", "feature/webhook-retries",
                f"http://{USER}:{PASSWORD}@tallgrass.test:8929/intake-api.git", str(work)], check=True)
PROBE = r"""
import json
from datetime import datetime, timedelta, timezone
from intake_api.webhooks import Delivery, WebhookDispatcher
start = datetime(2026, 11, 19, 14, 0, tzinfo=timezone.utc)
class Clock:
    now = start
    def __call__(self):
        return self.now
def run(answers):
    clock = Clock()
    def send(url, body, headers):
        answer = answers.pop(0)
        if answer == "timeout":
            raise TimeoutError
        return answer
    dispatcher, delivery, delays = WebhookDispatcher(send, clock), Delivery("ev", "https://partner.test/hook"), []
    while answers:
        dispatcher.deliver(delivery, b"{}", "s")
        if delivery.next_attempt_at is None:
            break
        delays.append((delivery.next_attempt_at - clock.now) // timedelta(minutes=1))
        clock.now = delivery.next_attempt_at
    return {"state": delivery.state, "attempts": len(delivery.attempts), "delays": delays}
print(json.dumps({"404": run([404, 404, 404, 404, 404, 404]), "5xx": run([500] * 6), "timeout": run(["timeout", 200])}))
"""
found = json.loads(subprocess.run(["python3", "-c", PROBE], cwd=work, check=True, capture_output=True,
                                  text=True).stdout)
print(found)
assert found["404"]["delays"] == [1, 5, 30] and found["5xx"]["delays"] == [1, 5, 30]
assert found["timeout"] == {"state": "failed", "attempts": 1, "delays": []}

WHERE = "`intake_api/webhooks.py`, `WebhookDispatcher.deliver()` on `feature/webhook-retries`"
if MODE == "alt":
    tickets = [
        ("deliver() schedules a retry after a 404 Not Found",
         f"Where: {WHERE}, the branch after the 2xx check.\n\n1. A partner answers 404 to a delivery.\n"
         "2. deliver() schedules the next attempt 1 minute later, then after 5 and 30 minutes.\n\n"
         "What should happen: client errors are final per the spec, so the delivery should fail after the first "
         "404 with no next attempt. Only 5xx answers are retried."),
        ("Only three retries (1, 5, 30 min): the fourth retry is never made",
         f"Where: {WHERE}: `retries_done >= len(RETRY_DELAYS) - 1`.\n\n1. The partner answers 500 every time.\n"
         "2. Retries happen after 1, 5 and 30 minutes, then the delivery is marked failed.\n\n"
         "What should happen: a fourth retry 120 minutes later, then give up. The branch's test "
         "test_retry_schedule_then_give_up asserts the short schedule, so it needs fixing too."),
        ("TimeoutError marks the delivery failed without any retry",
         f"Where: {WHERE}, the `except TimeoutError` branch calls `_give_up()`.\n\n1. The partner does not answer "
         "in time (send raises TimeoutError).\n2. The delivery is failed after that single attempt and the URL is "
         "marked failing.\n\nWhat should happen: retried after 1, 5, 30 and 120 minutes, like a 503."),
    ]
else:
    tickets = [
        ("Webhook retries: 4xx answers are retried like 5xx",
         f"**Where:** {WHERE}: every non-2xx status goes to the retry schedule.\n\n**Example:** the partner "
         "answers 404. Actual: next attempt after 1 minute, then 5 and 30 minutes, then failed. Expected (spec): "
         "4xx answers are final, the delivery fails at once without any retry."),
        ("Webhook retries: the delivery gives up before the 120-minute retry",
         f"**Where:** {WHERE}: `if retries_done >= len(RETRY_DELAYS) - 1` gives up one retry early.\n\n"
         "**Example:** the partner answers 500 five times. Actual: retries after 1, 5 and 30 minutes, then "
         "failed (4 attempts). Expected (spec): a fourth retry after 120 minutes, 5 attempts in all. The branch's "
         "test_retry_schedule_then_give_up encodes the short schedule."),
        ("Webhook retries: a timeout is not retried, the delivery fails at once",
         f"**Where:** {WHERE}: the `except TimeoutError` branch calls `_give_up()`.\n\n**Example:** the partner "
         "does not answer in time once. Actual: state failed after 1 attempt, URL marked failing. Expected "
         "(spec): a timeout is retried after 1, 5, 30 and 120 minutes like a 5xx answer."),
    ]
if MODE == "partial":
    tickets = [tickets[0], tickets[2]]
if MODE == "wrong-decoy":
    tickets.append(("Webhook retries: backoff is not exponential",
                    f"**Where:** {WHERE}: RETRY_DELAYS is 1, 5, 30, 120 minutes. **Example:** the delays grow by "
                    "5x, 6x, 4x instead of doubling. Expected: exponential backoff (1, 2, 4, 8 minutes) as the "
                    "ticket title says."))
if MODE == "game-soup":
    soup = ("Webhook retries: 4xx retried, no 120-minute retry, timeout not retried",
            f"Where: {WHERE}. 4xx answers (404) are retried; the 120-minute retry is missing (gives up after 30 "
            "minutes); a timeout fails at once. Also backoff is not exponential.")
    tickets = [soup, soup, soup]

ids = []
for subject, description in tickets:
    issue = tracker.create_issue("fieldday", subject, description, tracker="Bug", priority="High",
                                 assignee=None if MODE == "wrong-unassigned" else "aisha.bello",
                                 version="4.13", start_date=date(2026, 11, 20), due_date=date(2026, 12, 4))
    ids.append(issue.id)
print("filed", ids)
if MODE == "partial":
    sys.exit(0)
if MODE == "alt":
    lines = "\n".join(f"- http://tallgrass.test:3000/issues/{i}" for i in ids)
    tracker.add_comment(retry.id, f"First review of feature/webhook-retries done, three bugs filed for Aisha:\n{lines}")
else:
    tracker.add_comment(retry.id, "Review of feature/webhook-retries: " + ", ".join(f"#{i}" for i in ids)
                        + ". The retry delays themselves (1, 5, 30, 120 minutes) match the spec.")
