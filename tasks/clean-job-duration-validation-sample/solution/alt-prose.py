"""Alt: the examinee's python3 with requests for the file share (its own parsers, miles with two decimals), a
prose DM; chat through python_default."""
import csv
import io
import os
import re
import statistics
import subprocess

import requests

FILES = "http://tallgrass.test:3923"
http = requests.Session()
http.auth = (os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"])
http.trust_env = False

SEND = """
import os, sys
from grading.clients.chat import login
with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    chat.send_direct_message(sys.argv[1], sys.argv[2])
"""


def minutes(text: str) -> int:
    t = text.strip().lower().replace(" ", "")
    if ":" in t:
        h, m = t.split(":")
        return int(h) * 60 + int(m)
    if m := re.fullmatch(r"(-?\d+)h(\d+)min", t):
        return int(m[1]) * 60 + int(m[2])
    if t.endswith("h"):
        return round(float(t[:-1]) * 60)
    return int(t.removesuffix("min"))


def miles(text: str) -> float:
    number, unit = text.split()
    return float(number) * (0.621371 if unit == "km" else 1.0)


reply = subprocess.run(["python_default", "-m", "grading.clients.chat", "ask", "maya.johnson",
                        "Hi Maya! What's the definition of a long job for the duration model's feature?"],
                       check=True, capture_output=True, text=True).stdout
print("Maya:", reply)
assert "180" in reply and "NOT long" in reply

raw = list(csv.DictReader(io.StringIO(http.get(f"{FILES}/Data/ml/job_duration/october_validation_raw.csv").text)))
by_id: dict = {}
for row in raw:
    by_id.setdefault(row["job_id"], row)
clean, impossible = [], 0
for row in by_id.values():
    m, mi = minutes(row["on_site"]), miles(row["travel"])
    if m <= 0 or m > 720 or mi < 0:
        impossible += 1
        continue
    trade = {"hvac": "HVAC"}.get(row["trade"].strip().lower(), row["trade"].strip().title())
    clean.append([row["job_id"], row["completed_on"], trade, row["technician"], str(m), f"{mi:.2f}"])
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["job_id", "completed_on", "trade", "technician", "on_site_min", "travel_mi"])
w.writerows(clean)
r = http.put(f"{FILES}/Data/ml/job_duration/october_validation_clean.csv", data=out.getvalue().encode())
assert r.status_code < 300, r.text
durations = [int(c[4]) for c in clean]
long_jobs = sum(d > 180 for d in durations)
text = (f"Hi Elena! The raw export had {len(raw)} rows. I removed {len(raw) - len(by_id)} duplicate rows and left "
        f"out {impossible} impossible jobs, so the clean file has {len(clean)} jobs. The median time on site is "
        f"{statistics.median(durations):g} minutes. {long_jobs} jobs are long (over 180 minutes on site, as Maya "
        f"defined it), which is {100 * long_jobs / len(clean):.1f} percent of the clean jobs.")
subprocess.run(["python_default", "-c", SEND, "elena.popescu", text], check=True)
print(text)
