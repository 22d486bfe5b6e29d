#!/usr/bin/env bash
# Gaming: the same keyword-soup ticket in three projects (one per likely assignee) and every number on every line.
set -euo pipefail
python_default - <<'PY'
import os, sys
from datetime import date
sys.path.insert(0, "/utils")
from grading.clients.chat import login
from grading.clients.tracker import TrackerClient
user, password = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
tracker = TrackerClient(user, password)
soup = ("Nightly CI failures on ci-runner-2: test_latest_version_of_a_job_wins / latest_rows, "
        "Speed up latest_rows with a dict, No space left on device (Errno 28, disk full), "
        "test_slot_can_end_exactly_at_shift_end (last slot, slot finder).")
ids = []
for project, person in (("data-platform", "raj.iyer"), ("it-ops", "marcus.webb"), ("fieldday", "tomas.lindqvist")):
    ids.append(tracker.create_issue(project, "Nightly CI failures 2026-11-20", soup, tracker="Bug",
                                    assignee=person, start_date=date(2026, 11, 20)).id)
refs = " ".join(f"#{i}" for i in ids)
with login(user, password) as chat:
    chat.send_direct_message("marcus.webb", f"dispatch-core: {refs}\nintake-api: {refs}\ngroundcount-etl: {refs}")
PY
