"""Author's generator (not a solution): writes data/october_validation_raw.csv and prints the answer key.

Deterministic (seeded). Run: python3 solution/gen_data.py > /tmp/key.txt
"""

import csv
import random
import statistics
from pathlib import Path

rng = random.Random(20261020)
HERE = Path(__file__).resolve().parent.parent
TRADES = {"HVAC": ["HVAC", "hvac", "Hvac ", "HVAC"], "Plumbing": ["Plumbing", "plumbing", " Plumbing"],
          "Electrical": ["Electrical", "electrical", "ELECTRICAL"], "Landscaping": ["Landscaping", "landscaping"]}
TECHS = ["T-104", "T-117", "T-122", "T-131", "T-138", "T-145", "T-152", "T-160"]
KM = 1.609344


def fmt_minutes(m: int, style: int) -> str:
    h, r = divmod(m, 60)
    if style == 0:
        return f"{m} min"
    if style == 1:
        return f"{h} h {r} min" if h else f"{m} min"
    if style == 2 and m % 15 == 0:
        return f"{m / 60:g} h"
    if style == 3:
        return f"{h}:{r:02d}"
    return str(m)


def fmt_distance(mi: float, style: int) -> tuple[str, float]:
    if style == 0:
        return f"{mi:.1f} mi", round(mi, 1)
    if style == 1:
        return f"{mi:.1f} miles", round(mi, 1)
    km = round(mi * KM, 1)
    return f"{km:.1f} km", round(km / KM, 1)


jobs = []
n = 72
minutes = [rng.choice([45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100, 105, 110, 120, 125, 135, 140, 150, 155,
                       165, 170]) for _ in range(n)]
# plant: three jobs of exactly 180 min, eleven over 180
long_idx = rng.sample(range(n), 14)
for k, i in enumerate(long_idx):
    minutes[i] = 180 if k < 3 else rng.choice([195, 200, 210, 225, 240, 255, 270, 300, 330, 360])
for i in range(n):
    day = 1 + (i * 30) // n
    trade = rng.choice(list(TRADES))
    mi = round(rng.uniform(2.0, 38.0), 1)
    jobs.append({"job_id": f"FD-26-{40310 + i * 7}", "completed_on": f"2026-10-{day:02d}", "trade": trade,
                 "technician": rng.choice(TECHS), "minutes": minutes[i], "mi": mi,
                 "dur_style": rng.randrange(5), "dist_style": rng.choice([0, 0, 1, 2, 2])})
# impossible: 0 min, negative, 14 h, negative distance
bad = rng.sample([i for i in range(n) if i not in long_idx], 4)
jobs[bad[0]]["raw_dur"] = "0 min"
jobs[bad[1]]["raw_dur"] = "-40 min"
jobs[bad[2]]["raw_dur"] = "14 h"
jobs[bad[3]]["raw_dist"] = "-6.2 mi"

rows = []
for j in jobs:
    dur = j.get("raw_dur") or fmt_minutes(j["minutes"], j["dur_style"])
    dist, mi = fmt_distance(j["mi"], j["dist_style"])
    dist = j.get("raw_dist") or dist
    j["clean_mi"] = mi
    j["raw_row"] = [j["job_id"], j["completed_on"], rng.choice(TRADES[j["trade"]]), j["technician"], dur, dist]
    rows.append(j["raw_row"])
# duplicates: 5 exact copies, 3 re-exports in another unit format
good = [i for i in range(n) if i not in bad]
dup_exact = rng.sample(good, 5)
dup_other = rng.sample([i for i in good if i not in dup_exact], 3)
inserts = []
for i in dup_exact:
    inserts.append(list(jobs[i]["raw_row"]))
for i in dup_other:
    j = jobs[i]
    other = (j["dur_style"] + 1) % 2  # "N min" <-> "H h M min"
    inserts.append([j["job_id"], j["completed_on"], j["trade"], j["technician"], fmt_minutes(j["minutes"], other),
                    j["raw_row"][5]])
for r in inserts:
    pos = rows.index(next(x for x in rows if x[0] == r[0])) + rng.randrange(2, 12)
    rows.insert(min(pos, len(rows)), r)

out = HERE / "data" / "october_validation_raw.csv"
with out.open("w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["job_id", "completed_on", "trade", "technician", "on_site", "travel"])
    w.writerows(rows)

clean = [j for i, j in enumerate(jobs) if i not in bad]
med = statistics.median(j["minutes"] for j in clean)
long_jobs = sum(j["minutes"] > 180 for j in clean)
print("raw", len(rows), "dups", len(rows) - n, "bad", len(bad), "clean", len(clean))
print("median", med, "long", long_jobs, round(100 * long_jobs / len(clean), 1),
      ">=180", sum(j["minutes"] >= 180 for j in clean))
print("impossible", [jobs[i]["job_id"] for i in bad])
print("".join(f"{j['job_id'][6:]}|{j['trade'][0]}|{j['minutes']}|{j['clean_mi']};" for j in clean))
sorted_m = sorted(j["minutes"] for j in clean)
print("middle", sorted_m[len(sorted_m)//2 - 1], sorted_m[len(sorted_m)//2])
print("with bad median", statistics.median([j['minutes'] for j in clean] + [0, -40, 840, jobs[bad[3]]['minutes']]))
