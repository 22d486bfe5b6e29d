"""Another correct way: multi-line comments counted (CSV 13, slot 7), a markdown wiki table with the action
column first and issue links (/issues/N), features described in a user-story form."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import triage

n = triage.counts()
ids = triage.issue_ids()
spanish = triage.create_feature(
    "Spanish language for the board and the technician app",
    "As a dispatcher whose team speaks Spanish, I want FieldDay in Spanish so that my technicians understand "
    f"their jobs.\n\nSurvey 2026: {n['spanish']} respondents asked for it.", "High")
ledger = triage.create_feature(
    "LedgerLite accounting integration",
    "As an office manager I want completed jobs to flow into LedgerLite so that I stop re-typing them.\n\n"
    f"Survey 2026: {n['ledgerlite']} respondents asked for it.", "Normal")
for theme in ("csv", "keyboard", "postal", "slot"):
    triage.comment(ids[theme], f"Customer survey 2026: {n[theme]} respondents mentioned this.")
rows = [
    ("new feature /issues/%d" % spanish, "Spanish version", n["spanish"]),
    ("new feature /issues/%d" % ledger, "LedgerLite integration", n["ledgerlite"]),
    ("comment on /issues/%d" % ids["csv"], "CSV export is empty", n["csv"]),
    ("comment on /issues/%d" % ids["keyboard"], "Keyboard users struggle", n["keyboard"]),
    ("comment on /issues/%d" % ids["postal"], "Canadian postal codes", n["postal"]),
    ("comment on /issues/%d" % ids["slot"], "Slot picker misses the last hour", n["slot"]),
    ("already fixed: /issues/%d is closed" % ids["crash"], "App crashed offline", n["crash"]),
    ("not FieldDay work, kept out of the tracker", "Too expensive (pricing)", n["pricing"]),
    ("not FieldDay work, kept out of the tracker", "Onboarding took too long", n["onboarding"]),
    ("praise, nothing to do", "Support answered quickly", n["support"]),
]
triage.save_wiki("# Customer survey 2026\n\n| action | theme | respondents |\n|---|---|---|\n"
                 + "\n".join(f"| {a} | {t} | {c} |" for a, t, c in rows) + "\n")
