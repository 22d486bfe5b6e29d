"""Shared by the solutions (python_default): read the three files, answer the questions under given choices,
ask Omar, post the comment with the CSV attached."""

import csv
import io
import os
import re
import sys

import requests

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.files import FilesClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
TRACKER = "http://tallgrass.test:3000"
SUBJECT = "Q1 2027 renewals: usage review and at-risk accounts"
files = FilesClient(USER, PASSWORD)
http = requests.Session()
http.auth = (USER, PASSWORD)
http.trust_env = False


def read(path: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(files.download_text(path))))


def load() -> tuple[dict, dict, dict]:
    """(accounts by id, September usage by id, October usage by id); ids upper-cased."""
    accounts = {r["account_id"].strip().upper(): r for r in read("Data/customers/fieldday_accounts.csv")}
    sep = {r["account_id"].strip().upper(): {"active": int(r["active_dispatchers"]), "jobs": int(r["jobs_booked"])}
           for r in read("Data/usage/usage_2026-09.csv")}
    oct_ = {r["account"].strip().upper(): {"active": int(r["dispatchers_active"]), "jobs": int(r["jobs_booked"])}
            for r in read("Data/usage/usage_2026-10.csv")}
    return accounts, sep, oct_


def analyse(*, internal: bool = False, mean_of_ratios: bool = False, util_below: float = 40.0,
            util_inclusive: bool = False, drop_at_least: float = 30.0, drop_inclusive: bool = True) -> dict:
    accounts, sep, oct_ = load()
    ids = set(accounts) | ((set(sep) | set(oct_)) if internal else set())
    zero = {"active": 0, "jobs": 0}
    per_plan = {}
    for plan in ("Starter", "Pro", "Enterprise"):
        members = [a for a in accounts.values() if a["plan"] == plan]
        ratios = [oct_.get(a["account_id"], zero)["active"] / int(a["licensed_seats"]) for a in members]
        if mean_of_ratios:
            per_plan[plan] = 100 * sum(ratios) / len(ratios)
        else:
            per_plan[plan] = 100 * sum(oct_.get(a["account_id"], zero)["active"] for a in members) / sum(
                int(a["licensed_seats"]) for a in members)
    jobs_sep = sum(sep.get(i, zero)["jobs"] for i in ids)
    jobs_oct = sum(oct_.get(i, zero)["jobs"] for i in ids)
    drop_id = max(ids, key=lambda i: sep.get(i, zero)["jobs"] - oct_.get(i, zero)["jobs"])
    renewals = []
    for a in accounts.values():
        if not "2027-01-01" <= a["renewal_date"] <= "2027-03-31":
            continue
        usage = oct_.get(a["account_id"])
        util = 100 * (usage or zero)["active"] / int(a["licensed_seats"])
        change = 100 * ((usage or zero)["jobs"] - sep[a["account_id"]]["jobs"]) / sep[a["account_id"]]["jobs"]
        low = util <= util_below if util_inclusive else util < util_below
        fell = -change >= drop_at_least - 1e-9 if drop_inclusive else -change > drop_at_least + 1e-9
        renewals.append({"id": a["account_id"], "company": a["company"], "plan": a["plan"], "util": util,
                         "change": change, "risk": usage is None or low or fell})
    return {"plans": per_plan, "jobs_sep": jobs_sep, "jobs_oct": jobs_oct,
            "change": 100 * (jobs_oct - jobs_sep) / jobs_sep, "drop_id": drop_id,
            "drop_name": accounts.get(drop_id, {}).get("company", "internal tenant"),
            "drop": sep.get(drop_id, zero)["jobs"] - oct_.get(drop_id, zero)["jobs"], "renewals": renewals}


def table(result: dict, *, all_at_risk: bool = False) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["account_id", "company", "plan", "oct_seat_utilisation_pct", "jobs_change_pct", "at_risk"])
    for r in sorted(result["renewals"], key=lambda r: r["id"]):
        w.writerow([r["id"], r["company"], r["plan"], f"{r['util']:.1f}", f"{r['change']:.1f}",
                    "yes" if r["risk"] or all_at_risk else "no"])
    return out.getvalue()


def ask_omar(text: str) -> str:
    with login(USER, PASSWORD) as chat:
        return chat.ask("omar.haddad", text, timeout=120)


def rule(reply: str) -> dict:
    """The thresholds in Omar's reply: utilisation below X%, jobs down Y% or more."""
    util = re.search(r"below\s+(\d+(?:\.\d+)?)\s*%", reply)
    drop = re.search(r"(\d+(?:\.\d+)?)\s*%\s+or\s+more", reply)
    assert util and drop, reply
    return {"util_below": float(util[1]), "drop_at_least": float(drop[1]), "util_inclusive": False,
            "drop_inclusive": True}


def issue_id() -> int:
    issues = http.get(f"{TRACKER}/issues.json", params={"project_id": "data-platform", "status_id": "*",
                                                          "limit": 100}).json()["issues"]
    return next(i["id"] for i in issues if i["subject"] == SUBJECT)


def post(comment: str, csv_text: str | None = None, filename: str = "q1_2027_renewals.csv") -> None:
    body: dict = {"notes": comment}
    if csv_text is not None:
        up = http.post(f"{TRACKER}/uploads.json", params={"filename": filename}, data=csv_text.encode(),
                       headers={"Content-Type": "application/octet-stream"})
        up.raise_for_status()
        body["uploads"] = [{"token": up.json()["upload"]["token"], "filename": filename, "content_type": "text/csv"}]
    r = http.put(f"{TRACKER}/issues/{issue_id()}.json", json={"issue": body})
    assert r.status_code < 300, (r.status_code, r.text)


def comment(result: dict) -> str:
    p = result["plans"]
    risky = [r["id"] for r in sorted(result["renewals"], key=lambda r: r["id"]) if r["risk"]]
    return (f"Answers from the CRM list and the two usage exports (customers only: TG-DEMO and TG-QA left out).\n\n"
            f"1. October seat utilisation: Starter {p['Starter']:.1f}%, Pro {p['Pro']:.1f}%, "
            f"Enterprise {p['Enterprise']:.1f}%.\n"
            f"2. Jobs booked by customers: {result['jobs_sep']:,} in September and {result['jobs_oct']:,} in "
            f"October, a change of {result['change']:.1f}%.\n"
            f"3. {result['drop_id']} {result['drop_name']}: {result['drop']:,} fewer jobs booked in October.\n"
            f"4. At risk (Customer Success rule from Omar): {', '.join(risky)}.\n\n"
            f"The attached CSV has one row per Q1 2027 renewal.")
