#!/usr/bin/env bash
# Another correct way: pandas, statuses in other words ("written off", "returned - to wipe"), upper-case
# column order kept, count written as a word.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
import subprocess
from lib import PATH, comment_refresh, files
script = r'''
import io, sys, pandas as pd
df = pd.read_csv(io.StringIO(sys.stdin.read()), dtype=str).fillna("")
def put(tag, **kw):
    for k, v in kw.items():
        df.loc[df.asset_tag == tag, k] = v
put("TG-LT-0232", assigned_to="priya.natarajan", department="Engineering", status="in use", notes="refresh")
put("TG-LT-0235", assigned_to="ben.kowalski", department="Engineering", status="in use", notes="refresh")
put("TG-LT-0236", assigned_to="chloe.tran", department="Engineering", status="in use", notes="refresh, courier")
put("TG-LT-0188", assigned_to="", status="returned - to wipe")
put("TG-LT-0191", assigned_to="", status="returned - to wipe")
put("TG-LT-0197", assigned_to="", status="written off", notes="lost 2026-11-10")
put("TG-LT-0150", assigned_to="raj.iyer", department="Data", status="in use", notes="loaner until January")
sys.stdout.write(df.to_csv(index=False))
'''
out = subprocess.run(["python3", "-c", script], input=files.download_text(PATH), capture_output=True, text=True,
                     check=True).stdout
files.upload(PATH, out)
comment_refresh("Status of the hand-out: three laptops are out with their new owners (Priya, Ben and Chloe). "
                "The other five are still with IT.")
PY
