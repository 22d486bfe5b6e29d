"""Another correct way: python (csv with every field quoted, CRLF line ends, as Excel writes it), the ticket
comment and the DM name the subscribers by company name only (no ids), "USD 300" in the DM."""
import csv
import io
import os
import subprocess

import requests

AUTH = (os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"])
FILES = "http://tallgrass.test:3923"
TRACKER = "http://tallgrass.test:3000"


def table(path: str) -> list[dict[str, str]]:
    response = requests.get(f"{FILES}/{path}", auth=AUTH, timeout=30)
    response.raise_for_status()
    return list(csv.DictReader(io.StringIO(response.text)))


subscribers = [r for r in table("Data/groundcount_subscribers.csv") if r["status"] == "active"]
invoiced = {r["subscriber_id"] for r in table("Finance/Groundcount_Invoices_2026-10.csv")}
missing = [r for r in subscribers if r["subscriber_id"] not in invoiced]
out = io.StringIO()
writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
writer.writerow(["subscriber_id", "customer", "plan", "amount_usd", "billing_email"])
for r in missing:
    writer.writerow([r["subscriber_id"], r["company"], r["plan"], f"{float(r['monthly_fee_usd']):.2f}",
                     r["billing_email"]])
requests.put(f"{FILES}/Finance/Groundcount_Catchup_2026-10.csv", data=out.getvalue().encode(), auth=AUTH,
             timeout=30).raise_for_status()

names = " and ".join(r["company"] for r in missing)
total = sum(float(r["monthly_fee_usd"]) for r in missing)
issues = requests.get(f"{TRACKER}/issues.json", params={"project_id": "data-platform", "status_id": "*",
                                                       "limit": 100}, auth=AUTH, timeout=30).json()["issues"]
issue = next(i["id"] for i in issues if i["subject"] == "Reconcile Groundcount subscribers with Finance invoices")
statuses = requests.get(f"{TRACKER}/issue_statuses.json", auth=AUTH, timeout=30).json()["issue_statuses"]
resolved = next(s["id"] for s in statuses if s["name"] == "Resolved")
note = (f"Compared the CRM export with the October invoices by subscriber id. {names} have no October invoice; "
        "the catch-up lines are in Finance/Groundcount_Catchup_2026-10.csv. Prairie Sky HVAC only looks missing "
        "by name: it was invoiced as Prairie Sky Heating & Air.")
requests.put(f"{TRACKER}/issues/{issue}.json", json={"issue": {"status_id": resolved, "notes": note}}, auth=AUTH,
             timeout=30).raise_for_status()
subprocess.run(["python_default", "-c", """
import os, sys
sys.path.insert(0, "/utils")
from grading.clients.chat import login
with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    chat.send_direct_message("samuel.osei", sys.stdin.read())
"""], input=f"Hi Samuel, {names} need catch-up invoices for October, USD {total:.0f} altogether. The import file "
            "is ready in Finance.", text=True, check=True)
