"""Tracker REST as the examinee (python3 + requests). Usage:
  ticket.py create SUBJECT DESCRIPTION_FILE [--assignee USER]   -> prints the new issue's id
  ticket.py note ID TEXT
"""
import os
import sys
from pathlib import Path

import requests

BASE = "http://tallgrass.test:3000"
AUTH = (os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"])


def get(path: str, **params: object) -> dict:
    response = requests.get(BASE + path, params=params, auth=AUTH, timeout=30)
    response.raise_for_status()
    return response.json()


def user_id(username: str) -> int:
    """The id of a FieldDay member, by login (the member list gives names; the user record gives the login)."""
    for membership in get("/projects/fieldday/memberships.json", limit=100)["memberships"]:
        user = membership.get("user")
        if user and get(f"/users/{user['id']}.json")["user"].get("login") == username:
            return int(user["id"])
    raise SystemExit(f"no FieldDay member {username}")


def main() -> None:
    if sys.argv[1] == "create":
        subject, description = sys.argv[2], Path(sys.argv[3]).read_text()
        options = dict(zip(sys.argv[4::2], sys.argv[5::2]))
        bug = next(t["id"] for t in get("/trackers.json")["trackers"] if t["name"] == "Bug")
        issue: dict = {"project_id": "fieldday", "tracker_id": bug, "subject": subject, "description": description}
        if "--assignee" in options:
            issue["assigned_to_id"] = user_id(options["--assignee"])
        response = requests.post(f"{BASE}/issues.json", json={"issue": issue}, auth=AUTH, timeout=30)
        response.raise_for_status()
        number = response.json()["issue"]["id"]
        print(number)
    else:
        response = requests.put(f"{BASE}/issues/{sys.argv[2]}.json", json={"issue": {"notes": sys.argv[3]}},
                                auth=AUTH, timeout=30)
        response.raise_for_status()


if __name__ == "__main__":
    main()
