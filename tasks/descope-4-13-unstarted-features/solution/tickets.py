"""Shared by the solutions: FieldDay's 4.13 tickets, moving tickets to 5.0, and asking and posting in chat.

    python3 tickets.py list                       # the 4.13 tickets (number, tracker, status, subject)
    python3 tickets.py move SUBJECT...            # set the target version of these tickets to 5.0 (REST)
    python3 tickets.py text FILE                  # FILE with {SUBJECT START} placeholders -> ticket numbers

Uses the examinee's login on the tracker's REST API.
"""

from __future__ import annotations

import os
import re
import sys

import requests

BASE = f"http://{os.environ.get('SERVER_HOSTNAME', 'tallgrass.test')}:3000"
AUTH = (os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"])


def fieldday() -> list[dict]:
    got = requests.get(f"{BASE}/issues.json", auth=AUTH, timeout=30,
                       params={"project_id": "fieldday", "status_id": "*", "limit": 100})
    got.raise_for_status()
    return got.json()["issues"]


def number(start: str) -> int:
    found = [i["id"] for i in fieldday() if i["subject"].startswith(start)]
    if len(found) != 1:
        sys.exit(f"no single ticket starts with {start!r}")
    return int(found[0])


def version_id(name: str) -> int:
    versions = requests.get(f"{BASE}/projects/fieldday/versions.json", auth=AUTH, timeout=30).json()["versions"]
    return next(int(v["id"]) for v in versions if v["name"] == name)


def main() -> None:
    if sys.argv[1] == "list":
        for i in fieldday():
            if i.get("fixed_version", {}).get("name") == "4.13":
                print(f"#{i['id']} {i['tracker']['name']} {i['status']['name']}: {i['subject']}")
    elif sys.argv[1] == "move":
        target = version_id("5.0")
        for start in sys.argv[2:]:
            put = requests.put(f"{BASE}/issues/{number(start)}.json", auth=AUTH, timeout=30,
                               json={"issue": {"fixed_version_id": target}})
            if put.status_code not in (200, 204):
                sys.exit(f"moving {start!r} answered HTTP {put.status_code}")
            print(f"moved to 5.0: {start}")
    else:
        text = open(sys.argv[2], encoding="utf-8").read()
        print(re.sub(r"\{([^{}]+)\}", lambda m: str(number(m.group(1))), text))


main()
