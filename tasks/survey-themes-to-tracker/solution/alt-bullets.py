"""Another correct way: counts that read only a comment's first line (CSV 12, slot 6: accepted), descriptions
"mentioned by 10 of the 140 respondents", comments worded differently, a wiki page of bullets grouped by action
with "issue N" references and several themes named in one bullet."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import triage

n = triage.counts(whole_comment=False)
ids = triage.issue_ids()
spanish = triage.create_feature(
    "FieldDay in Spanish",
    "Problem: crews whose dispatchers and technicians work in Spanish cannot use FieldDay comfortably.\n\n"
    f"Mentioned by {n['spanish']} of the 140 respondents of the 2026 customer survey.", "High")
ledger = triage.create_feature(
    "Hand completed jobs over to LedgerLite",
    "Problem: office staff type every completed job again into LedgerLite, their accounting tool.\n\n"
    f"Mentioned by {n['ledgerlite']} of the 140 respondents of the 2026 customer survey.", "Normal")
for theme in ("csv", "keyboard", "postal", "slot"):
    triage.comment(ids[theme], f"Customer survey 2026: {n[theme]} respondents mentioned this.\n"
                               "(Counted per respondent, first submission.)")
triage.save_wiki(f"""h1. Customer survey 2026

140 unique respondents. Threshold for tracker work: 5 respondents.

h2. New features (target 5.0)

* Spanish version: {n['spanish']} respondents, filed as issue {spanish} (priority High)
* LedgerLite integration: {n['ledgerlite']} respondents, filed as issue {ledger} (priority Normal)

h2. Added to existing open issues

* Empty CSV exports: {n['csv']} respondents, comment on issue {ids['csv']}
* Keyboard users after drag-and-drop: {n['keyboard']} respondents, comment on issue {ids['keyboard']}
* Canadian postal codes: {n['postal']} respondents, comment on issue {ids['postal']}
* Slot picker misses the last hour: {n['slot']} respondents, comment on issue {ids['slot']}

h2. Already fixed

* The mobile app crashing offline: {n['crash']} respondents; fixed in 4.12 (issue {ids['crash']} is closed), not re-filed

h2. Not product work (kept out of the tracker)

* Pricing ({n['pricing']} respondents said it is too expensive) and onboarding ({n['onboarding']} respondents) go to Customer Success and leadership.
* Praise: support answered quickly ({n['support']}), the board is faster ({n['board']}).
""")
