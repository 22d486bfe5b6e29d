"""Shared helper (python3): everyone's PTO balance row with their chat username, as JSON.

Usage: python3 balances.py  ->  [{"username", "name", "first", "days", "row": {...}}, ...]   (days: "7.5", "9")
"""

import csv
import io
import json
import os

import requests

FILES = "http://tallgrass.test:3923"
AUTH = (os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"])


def table(path: str) -> list[dict[str, str]]:
    response = requests.get(f"{FILES}/{path}", auth=AUTH, timeout=30)
    response.raise_for_status()
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))


usernames = {r["employee_id"]: r["username"] for r in table("HR/Employee_Directory.csv")}
print(json.dumps([{"username": usernames[r["employee_id"]], "name": r["full_name"],
                   "first": r["full_name"].split()[0], "days": f"{float(r['remaining_after_upcoming']):g}", "row": r}
                  for r in table("HR/PTO_Balances_2026-11.csv")]))
