#!/usr/bin/env bash
# Another correct way: pandas, times written as 9:30:00, rows sorted by room, other wording.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
import io, os, subprocess
from lib import PATH, ask, files, new_times, tell

src = files.download_text(PATH)
script = r'''
import io, sys, pandas as pd
df = pd.read_csv(io.StringIO(sys.stdin.read()), dtype=str)
moves = {"B04": ("Bluestem", None), "B07": ("Switchgrass", None), "B16": ("Switchgrass", None),
         "B09": ("Switchgrass", (sys.argv[1], sys.argv[2]))}
for bid, (room, new_time) in moves.items():
    df.loc[df.booking_id == bid, "room"] = room
    if new_time:
        df.loc[df.booking_id == bid, ["start", "end"]] = list(new_time)
for col in ("start", "end"):
    df[col] = df[col].map(lambda t: (str(int(t.split(":")[0])) + ":" + t.split(":")[1] + ":00"))
df = df.sort_values(["room", "date", "start"])
sys.stdout.write(df.to_csv(index=False))
'''
reply = ask("lena.fischer", "hi Lena, the Wed 12-02 15:00 debrief in Switchgrass overlaps Omar's partner call "
                            "(booked earlier, until 15:30) and every other room is full or too small then. What should I book?")
start, end = new_times(reply, 60)
out = subprocess.run(["python3", "-c", script, start, end], input=src, capture_output=True, text=True, check=True)
files.upload(PATH, out.stdout)
tell("elena.popescu", "Hi Elena, your Groundcount Q4 trends prep on Monday 11-30 (11:00-12:00) had to move: it's in Bluestem now.")
tell("grace.liu", "Hi Grace, the audit prep on Tue 12-01 09:30 is now in Switchgrass (Sideoats was double-booked).")
tell("raj.iyer", "Hi Raj, Friday's survey analysis review (11:30) moved from Sideoats to Switchgrass.")
tell("lena.fischer", f"Done: the usability interview debrief is booked in Switchgrass on Wed 12-02, {start} to {end}.")
PY
