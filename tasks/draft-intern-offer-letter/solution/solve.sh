#!/usr/bin/env bash
# Reference solution: ask Elena for her pick and the terms, fill the template (python-docx), upload the
# letter over WebDAV, tell Jordan.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
FILES="http://tallgrass.test:3923"
AUTH="$WORKFLOOR_USERNAME:$WORKFLOOR_PASSWORD"
DIR="HR/Recruiting/Data_Intern_Spring_2027"
WORK=/tmp/offer
mkdir -p "$WORK"
curl -fsS -u "$AUTH" "$FILES/Templates/Offer_Letter_Internship_Template.docx" -o "$WORK/template.docx"
curl -fsS -u "$AUTH" "$FILES/$DIR/finalists.csv" -o "$WORK/finalists.csv"
curl -fsS -u "$AUTH" "$FILES/HR/Holiday_Calendar_2026.csv" -o "$WORK/holidays.csv"

python_default -m grading.clients.chat ask elena.popescu \
    "Hi Elena, I'm drafting the offer letter for the spring data analytics internship for Jordan. Which finalist did you pick, and what are the agreed terms (hourly pay, hours per week, start and end date)?" \
    > "$WORK/elena.txt"
cat "$WORK/elena.txt"
python_default "$HERE/read_reply.py" "$WORK/finalists.csv" < "$WORK/elena.txt" > "$WORK/elena.json"
cat "$WORK/elena.json"

python3 - "$WORK" <<'PY'
import csv
import json
import sys
from datetime import date, timedelta
from pathlib import Path

import docx

work = Path(sys.argv[1])
terms = json.loads((work / "elena.json").read_text())
finalists = list(csv.DictReader(open(work / "finalists.csv")))
chosen = next(f for f in finalists if f["name"] == terms["name"])
rate, hours = terms["rate"], terms["hours"]
start, end = date.fromisoformat(terms["start"]), date.fromisoformat(terms["end"])
letter_date = date(2026, 11, 20)

# five business days after the letter date, skipping weekends and days the office is closed
closed = {row["date"] for row in csv.DictReader(open(work / "holidays.csv")) if row["office_closed"] == "yes"}
accept_by, counted = letter_date, 0
while counted < 5:
    accept_by += timedelta(days=1)
    if accept_by.weekday() < 5 and accept_by.isoformat() not in closed:
        counted += 1


def long(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


values = {
    "LETTER_DATE": long(letter_date), "CANDIDATE_NAME": chosen["name"], "CANDIDATE_ADDRESS": chosen["address"],
    "CANDIDATE_FIRST_NAME": chosen["name"].split()[0], "POSITION": "Data Analytics Intern",
    "SUPERVISOR": "Elena Popescu, Lead Data Scientist", "START_DATE": long(start), "END_DATE": long(end),
    "HOURS_PER_WEEK": hours, "HOURLY_RATE": f"${rate}", "ACCEPT_BY": long(accept_by),
}
document = docx.Document(work / "template.docx")
paragraphs = list(document.paragraphs)
for table in document.tables:
    for row in table.rows:
        for cell in row.cells:
            paragraphs.extend(cell.paragraphs)
for paragraph in paragraphs:
    for run in paragraph.runs:
        for key, value in values.items():
            run.text = run.text.replace("{{" + key + "}}", value)
first, last = chosen["name"].split()
out = work / f"Offer_Letter_{first}_{last}.docx"
document.save(out)
(work / "letter_name.txt").write_text(out.name)
print(values)
PY

NAME="$(cat "$WORK/letter_name.txt")"
curl -fsS -u "$AUTH" -T "$WORK/$NAME" "$FILES/$DIR/$NAME" -o /dev/null

LETTER="$DIR/$NAME" python_default - <<'PY'
import os
import sys

sys.path.insert(0, "/utils")
from grading.clients.chat import login

with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    chat.send_direct_message("jordan.ellis", f"Hi Jordan, the internship offer letter is ready for Daniel's "
                                             f"approval: {os.environ['LETTER']}")
print("told Jordan")
PY
