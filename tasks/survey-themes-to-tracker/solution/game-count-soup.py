"""Gaming: the right issues are touched, but every count is a spread of candidates ("9, 10 or 11 respondents",
"12-13 respondents (or 6-9)") and the wiki page is one keyword line with every issue number and count."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import triage

ids = triage.issue_ids()
spanish = triage.create_feature("Spanish version of FieldDay", "Customers want Spanish. 10 or 11 respondents "
                                "mentioned this in the 2026 customer survey.", "High")
ledger = triage.create_feature("LedgerLite accounting integration", "Customers want LedgerLite. 9, 10 or 11 "
                               "respondents mentioned this in the 2026 customer survey.", "Normal")
for theme in ("csv", "keyboard", "postal", "slot"):
    triage.comment(ids[theme], "Customer survey 2026: 6, 7, 8, 9, 12 or 13 respondents mentioned this.")
every_id = " ".join(f"#{i}" for i in [spanish, ledger, *ids.values()])
triage.save_wiki(f"Survey 2026: spanish ledgerlite accounting csv keyboard canadian postal slot crash offline fixed "
                 f"pricing expensive onboarding kept out of the tracker {every_id} 6 7 8 9 10 11 12 13 respondents\n")
