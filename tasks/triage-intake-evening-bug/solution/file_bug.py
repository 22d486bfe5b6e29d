"""Shared helper of the partial/alt/wrong/game solutions (run with python_default): files the bug(s) as the
examinee and tells Omar. Usage:
  file_bug.py --subject S --description FILE [--assignee USER ...] [--project P] [--tracker T]
              [--message TEMPLATE] [--to product|omar]
One issue per --assignee (same subject and description). TEMPLATE's {id} is the first issue's number, {ids} all
of them as "#a, #b"; no --message: nobody is told.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, "/utils")
from grading.clients.chat import login
from grading.clients.tracker import TrackerClient


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subject", required=True)
    parser.add_argument("--description", required=True, type=Path)
    parser.add_argument("--assignee", action="append", default=[])
    parser.add_argument("--project", default="fieldday")
    parser.add_argument("--tracker", default="Bug")
    parser.add_argument("--priority", default="High")
    parser.add_argument("--message")
    parser.add_argument("--to", default="product", choices=["product", "omar"])
    args = parser.parse_args()
    login_ = (os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"])
    tracker = TrackerClient(*login_)
    ids = []
    for assignee in args.assignee or [None]:
        issue = tracker.create_issue(args.project, args.subject, args.description.read_text(), tracker=args.tracker,
                                     priority=args.priority, assignee=assignee)
        ids.append(issue.id)
        print(f"created #{issue.id} assigned to {assignee}")
    if args.message:
        text = args.message.format(id=ids[0], ids=", ".join(f"#{i}" for i in ids))
        with login(*login_) as chat:
            if args.to == "product":
                chat.send_message("product", text)
            else:
                chat.send_direct_message("omar.haddad", text)
        print("told Omar:", text)


if __name__ == "__main__":
    main()
