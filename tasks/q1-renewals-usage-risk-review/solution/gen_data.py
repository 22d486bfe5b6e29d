"""Author's generator (not a solution): writes the CRM list and the two usage exports into data/ and prints the
answer key. Deterministic (seeded). Run: python3 solution/gen_data.py"""

import csv
import random
from pathlib import Path

rng = random.Random(2027)
DATA = Path(__file__).resolve().parent.parent / "data"
NAMES = ["Bluestem Heating & Cooling", "Platte Valley Plumbing", "Sandhills Electric", "Prairie Wind HVAC",
         "Cornhusker Lawn Pros", "Salt Creek Mechanical", "Flatwater Plumbing Co", "Pioneer Air Systems",
         "Red Cedar Landscaping", "Big Blue Electric", "Loess Hills Heating", "Niobrara Pipe & Drain",
         "Capitol Comfort Air", "Wahoo Electric Service", "Elkhorn Irrigation", "Republican River HVAC",
         "Bison Ridge Plumbing", "Golden Plains Electric", "Oak Creek Lawn & Tree", "Missouri Bend Mechanical",
         "Sunflower Air Care", "High Plains Drain Pros", "Harvest Moon Electric", "Twin Rivers Heating",
         "Meadowlark Landscapes", "Ogallala Plumbing", "Wildcat Electric", "Frontier Climate Control",
         "Keystone Lawn Care", "Homestead Plumbing & Heat", "Rail Yard Electric", "Chimney Rock HVAC",
         "Sod House Landscaping", "Big Sky Pipe Works", "Prairie Fire Electric", "Lone Tree Heating & Air"]
CSMS = ["Dana Whitlock", "Luis Ortega", "Mia Sorensen"]
SEATS = {"Starter": [3, 4, 5], "Pro": [8, 10, 12, 15], "Enterprise": [20, 25, 30, 40]}

# (renewal date, plan, seats, oct active, sep jobs, oct jobs) for the planted Q1 renewals; None = no October row
PLANTED = {
    1003: ("2027-01-15", "Pro", 12, 3, 410, 402),      # A: 25% -> at risk
    1007: ("2027-02-01", "Pro", 10, 4, 380, 371),      # B: exactly 40% -> not at risk
    1011: ("2027-02-28", "Enterprise", 25, 18, 1200, 840),  # C: jobs -30.0% exactly -> at risk
    1015: ("2027-03-31", "Starter", 5, 4, 160, 104),   # D: jobs -35% -> at risk
    1019: ("2027-01-31", "Starter", 4, None, 58, None),  # E: no October usage -> at risk
    1022: ("2027-03-01", "Enterprise", 40, 15, 2210, 2150),  # F: 37.5% -> at risk
    1026: ("2027-01-04", "Pro", 15, 11, 620, 655),     # fine
    1029: ("2027-03-15", "Pro", 8, 6, 300, 231),       # -23% fine
    1031: ("2027-02-15", "Enterprise", 30, 24, 1500, 1380),  # fine
    1034: ("2027-01-20", "Starter", 3, 2, 96, 90),     # 66.7% fine
    1005: ("2027-04-01", "Pro", 10, 2, 350, 200),      # not Q1 (April 1), would be at risk
    1013: ("2026-12-31", "Starter", 5, 1, 120, 60),    # not Q1 (Dec 31), would be at risk
    1024: ("2026-12-15", "Starter", 4, None, 40, None),  # no October usage, not Q1
}
OTHER_DATES = ["2027-04-20", "2027-05-01", "2027-05-18", "2027-06-30", "2027-07-01", "2027-08-12", "2027-09-01",
               "2027-09-30", "2027-10-15", "2027-11-01", "2027-11-30", "2026-12-01"]

accounts = []
for i, name in enumerate(NAMES):
    aid = 1001 + i
    if aid in PLANTED:
        renewal, plan, seats, oct_active, sep_jobs, oct_jobs = PLANTED[aid]
        sep_active = seats if oct_active is None else min(seats, oct_active + rng.choice([0, 1, 1, 2]))
    else:
        plan = rng.choice(["Starter", "Pro", "Pro", "Enterprise"])
        seats = rng.choice(SEATS[plan])
        renewal = rng.choice(OTHER_DATES)
        oct_active = max(1, round(seats * rng.uniform(0.45, 0.95)))
        sep_active = min(seats, oct_active + rng.choice([-1, 0, 0, 1]))
        sep_jobs = round(seats * rng.uniform(30, 45))
        oct_jobs = round(sep_jobs * rng.uniform(0.8, 1.15))
    accounts.append({"id": f"FD-A-{aid}", "company": name, "plan": plan, "seats": seats, "renewal": renewal,
                     "csm": CSMS[i % 3], "sep_active": max(sep_active, 1), "oct_active": oct_active,
                     "sep_jobs": sep_jobs, "oct_jobs": oct_jobs})
INTERNAL = [{"id": "TG-DEMO", "sep_active": 6, "oct_active": 2, "sep_jobs": 1900, "oct_jobs": 250},
            {"id": "TG-QA", "sep_active": 4, "oct_active": 4, "sep_jobs": 610, "oct_jobs": 700}]

with (DATA / "fieldday_accounts.csv").open("w", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["account_id", "company", "plan", "licensed_seats", "renewal_date", "csm"])
    for a in accounts:
        w.writerow([a["id"], a["company"], a["plan"], a["seats"], a["renewal"], a["csm"]])

sep_rows = [(a["id"], a["sep_active"], a["sep_jobs"], a["sep_active"] * rng.randint(18, 30))
            for a in accounts + INTERNAL]
rng.shuffle(sep_rows)
with (DATA / "usage_2026-09.csv").open("w", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["account_id", "month", "active_dispatchers", "jobs_booked", "app_logins"])
    for r in sep_rows:
        w.writerow([r[0], "2026-09", r[1], r[2], r[3]])
oct_rows = [(a["id"].lower(), a["oct_active"], a["oct_jobs"], a["oct_active"] * rng.randint(18, 30))
            for a in accounts + INTERNAL if a["oct_active"] is not None]
rng.shuffle(oct_rows)
with (DATA / "usage_2026-10.csv").open("w", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["month", "account", "jobs_booked", "dispatchers_active", "logins"])
    for r in oct_rows:
        w.writerow(["2026-10", r[0], r[2], r[1], r[3]])

# answer key
for plan in ("Starter", "Pro", "Enterprise"):
    acc = [a for a in accounts if a["plan"] == plan]
    act = sum(a["oct_active"] or 0 for a in acc)
    seats = sum(a["seats"] for a in acc)
    mean = sum((a["oct_active"] or 0) / a["seats"] for a in acc) / len(acc)
    print(plan, len(acc), act, seats, round(100 * act / seats, 2), "mean-of-ratios", round(100 * mean, 2))
sep = sum(a["sep_jobs"] for a in accounts)
oct_ = sum(a["oct_jobs"] or 0 for a in accounts)
print("jobs sep", sep, "oct", oct_, "change", round(100 * (oct_ - sep) / sep, 2))
print("with internal", sep + 2510, oct_ + 950)
drops = sorted(((a["sep_jobs"] - (a["oct_jobs"] or 0)), a["id"], a["company"]) for a in accounts)
print("largest drops", drops[-4:])
q1 = [a for a in accounts if "2027-01-01" <= a["renewal"] <= "2027-03-31"]
print("Q1", [a["id"] for a in q1])
for a in q1:
    util = (a["oct_active"] or 0) / a["seats"]
    change = ((a["oct_jobs"] or 0) - a["sep_jobs"]) / a["sep_jobs"]
    risk = util < 0.40 or change <= -0.30
    print(a["id"], a["plan"], a["seats"], a["oct_active"], round(100 * util, 1), round(100 * change, 1), risk)
