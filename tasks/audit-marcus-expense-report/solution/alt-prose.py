"""Another correct way: prose paragraphs, no labels or table, round amounts without cents ($30, $16), python
(requests) instead of curl, the total in a sentence, '626.15 USD' in the DM."""
import json
import os
import subprocess
import sys

import requests

HERE = os.path.dirname(os.path.abspath(__file__))
AUTH = (os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"])
URL = "http://tallgrass.test:3923/Finance/Expenses/2026-11/Marcus_Webb/Expense_Check.md"


def chat(*args: str, stdin: str | None = None) -> str:
    return subprocess.run(["python_default", *args], input=stdin, text=True, capture_output=True,
                          check=True).stdout


reply = chat("-m", "grading.clients.chat", "ask", "marcus.webb",
             "Hello Marcus, I'm going through your Lincoln trip expenses. The Capitol Cab fare has no receipt; "
             "can we use a missing-receipt declaration, or have you used both this year?")
if not json.loads(chat(os.path.join(HERE, "read_reply.py"), stdin=reply))["declarations_used_up"]:
    sys.exit("Marcus did not say his declarations are used up: " + reply)

TEXT = """\
Marcus Webb's report for the Lincoln trip (9 to 11 November) claims $703.65. After checking every line against its
receipt and the expense policy, I recommend reimbursing $626.15.

The Haymarket Plaza Hotel was claimed at $442.80, but the folio shows $412.80 (two nights at the $189 corporate
rate plus $17.40 lodging tax each night), so I took $30 off the lodging line.

At Prairie Fire Grill on 10 November the $58.60 dinner receipt includes two draft beers for $16. Alcohol is never
reimbursable, so that dinner is reduced by $16 to $42.60.

The Capitol Cab taxi ($31.50) has no receipt. Marcus told me he has already used both of his missing-receipt
declarations this year (March and August), so the taxi cannot be accepted and the full $31.50 comes off.

Everything else matches: mileage (76 miles at $0.70 is $53.20), parking ($57 for 3 days) and the other meals, which
stay under the $65 daily per diem.
"""
requests.put(URL, data=TEXT.encode(), auth=AUTH, timeout=30).raise_for_status()
chat("-c", """
import os, sys
sys.path.insert(0, "/utils")
from grading.clients.chat import login
with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    chat.send_direct_message("victor.mendes", sys.stdin.read())
""", stdin="Victor, the reimbursable total for Marcus Webb's Lincoln trip is 626.15 USD. Details are in "
           "Expense_Check.md in his expenses folder.")
