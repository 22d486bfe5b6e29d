"""Shared helper (python3): the placeholder values from Elena's reply and the finalists, printed as JSON.

Usage: python3 values.py [ACCEPT_BY_ISO]   (default: five business days after the letter date, skipping
weekends and the Thanksgiving closure on Nov 26-27)
"""

import csv
import json
import sys
from datetime import date, timedelta

with open("/tmp/offer/elena.json") as fh:
    terms = json.load(fh)
with open("/tmp/offer/finalists.csv", newline="") as fh:
    chosen = next(f for f in csv.DictReader(fh) if f["name"] == terms["name"])
letter_date = date(2026, 11, 20)
if len(sys.argv) > 1:
    accept_by = date.fromisoformat(sys.argv[1])
else:
    accept_by, counted = letter_date, 0
    while counted < 5:
        accept_by += timedelta(days=1)
        if accept_by.weekday() < 5 and accept_by not in (date(2026, 11, 26), date(2026, 11, 27)):
            counted += 1


def long(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


print(json.dumps({
    "LETTER_DATE": long(letter_date), "CANDIDATE_NAME": chosen["name"], "CANDIDATE_ADDRESS": chosen["address"],
    "CANDIDATE_FIRST_NAME": chosen["name"].split()[0], "POSITION": "Data Analytics Intern",
    "SUPERVISOR": "Elena Popescu, Lead Data Scientist", "START_DATE": long(date.fromisoformat(terms["start"])),
    "END_DATE": long(date.fromisoformat(terms["end"])), "HOURS_PER_WEEK": terms["hours"],
    "HOURLY_RATE": f"${terms['rate']}", "ACCEPT_BY": long(accept_by),
    "_FILE": "Offer_Letter_" + chosen["name"].replace(" ", "_") + ".docx",
}))
