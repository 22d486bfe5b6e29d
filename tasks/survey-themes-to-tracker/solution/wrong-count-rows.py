"""Near miss: counts rows instead of respondents (duplicates and resubmissions included): Spanish 11, LedgerLite
10 (so filed High), CSV 14, slot 8; everything else done as asked."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import triage

n = triage.counts(by="row")
ids = triage.issue_ids()
new = {}
for theme, subject in (("spanish", "Spanish version of FieldDay"), ("ledgerlite", "LedgerLite accounting integration")):
    new[theme] = triage.create_feature(subject, f"Customers ask for this. {n[theme]} respondents mentioned this "
                                                "in the 2026 customer survey.",
                                       "High" if n[theme] >= 10 else "Normal")
for theme in ("csv", "keyboard", "postal", "slot"):
    triage.comment(ids[theme], f"Customer survey 2026: {n[theme]} respondents mentioned this.")
triage.save_wiki("\n".join([
    "# Customer survey 2026", "",
    f"- Spanish version: {n['spanish']} respondents, new feature #{new['spanish']}",
    f"- LedgerLite integration: {n['ledgerlite']} respondents, new feature #{new['ledgerlite']}",
    *(f"- {t} ({n[t]} respondents): comment on #{ids[t]}" for t in ("csv", "keyboard", "postal", "slot")),
    f"- Offline crash: {n['crash']} respondents, already fixed (#{ids['crash']})",
    f"- Pricing: {n['pricing']} respondents, kept out of the tracker",
    f"- Onboarding: {n['onboarding']} respondents, kept out of the tracker",
]))
