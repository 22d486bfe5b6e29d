"""Partial: counts respondents, files the two features and comments on two of the four existing issues, then
stops: no comment on the slot and postal-code issues, no wiki page."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import triage

n = triage.counts()
ids = triage.issue_ids()
triage.create_feature("Spanish version of FieldDay",
                      f"Dispatchers and technicians ask for FieldDay in Spanish. {n['spanish']} respondents "
                      "mentioned this in the 2026 customer survey.", "High")
triage.create_feature("LedgerLite accounting integration",
                      f"Customers re-type jobs into LedgerLite. {n['ledgerlite']} respondents mentioned this in the "
                      "2026 customer survey.", "Normal")
for theme in ("csv", "keyboard"):
    triage.comment(ids[theme], f"Customer survey 2026: {n[theme]} respondents mentioned this.")
