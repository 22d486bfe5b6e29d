"""Near miss: never looks at the existing issues and files a new Feature for every product theme of 5 or more
respondents (duplicates of four open issues and a re-file of the fixed crash); no comments."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import triage

n = triage.counts()
subjects = {"spanish": "Spanish version of FieldDay", "ledgerlite": "LedgerLite accounting integration",
            "csv": "CSV export is empty", "keyboard": "Keyboard users struggle after drag and drop",
            "postal": "Canadian postal codes", "slot": "Slot picker misses the last hour",
            "crash": "Mobile app crashes offline"}
new = {theme: triage.create_feature(subject, f"{n[theme]} respondents mentioned this in the 2026 customer survey.",
                                    "High" if n[theme] >= 10 else "Normal")
       for theme, subject in subjects.items()}
triage.save_wiki("# Customer survey 2026\n\n" + "\n".join(
    f"- {subjects[t]}: {n[t]} respondents, new feature #{i}" for t, i in new.items())
    + f"\n- Pricing: {n['pricing']} respondents, kept out of the tracker"
    + f"\n- Onboarding: {n['onboarding']} respondents, kept out of the tracker\n")
