"""Shared by the solutions (python_default): find the photo bugs, relate and close duplicates, tell Omar.

    python_default bugs.py merge KEEP DUP... [--from-kept]
    python_default bugs.py tell MESSAGE_FILE

``merge`` records each DUP (a key of NAMES) as a duplicate of KEEP through the REST API (from the duplicate's side, or from the
kept one's with --from-kept: "duplicated") and closes it with a note naming the kept ticket. In MESSAGE_FILE,
``{Name}`` placeholders become ticket numbers (see NAMES). Runs as the examinee.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import requests

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.tracker import TrackerClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
BASE = f"http://{os.environ.get('SERVER_HOSTNAME', 'tallgrass.test')}:3000"
NAMES = {"large": "Technician app: photo upload times out for large images",
         "android": "Android: large job photos fail to upload",
         "offline": "App crashes when attaching a photo while offline",
         "spinner": "Upload spinner never stops when attaching big pictures",
         "rotated": "Job photos show rotated 90 degrees on the dispatcher board"}


def number(tracker: TrackerClient, key: str) -> int:
    issue = tracker.find_issue("fieldday", NAMES[key])
    assert issue is not None, key
    return issue.id


def relate(source: int, target: int, kind: str) -> None:
    answer = requests.post(f"{BASE}/issues/{source}/relations.json", auth=(USER, PASSWORD), timeout=30,
                           json={"relation": {"issue_to_id": target, "relation_type": kind}})
    print("relation", source, kind, target, answer.status_code, answer.text[:200])
    answer.raise_for_status()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=["merge", "tell"])
    parser.add_argument("args", nargs="+")
    parser.add_argument("--from-kept", action="store_true")
    args = parser.parse_args()
    tracker = TrackerClient(USER, PASSWORD)
    if args.action == "merge":
        keep = number(tracker, args.args[0])
        for key in args.args[1:]:
            dup = number(tracker, key)
            relate(keep, dup, "duplicated") if args.from_kept else relate(dup, keep, "duplicates")
            tracker.update_issue(dup, status="Closed", comment=f"Duplicate of #{keep}: same bug (photos over "
                                 f"10 MB fail to upload). Closing this one; please follow #{keep}.")
            print("closed", dup)
    else:
        text = Path(args.args[0]).read_text(encoding="utf-8")
        for key in NAMES:
            text = text.replace("{" + key + "}", str(number(tracker, key)))
        with login(USER, PASSWORD) as chat:
            chat.send_direct_message("omar.haddad", text)
        print(text)


if __name__ == "__main__":
    main()
