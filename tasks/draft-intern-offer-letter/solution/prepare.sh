#!/usr/bin/env bash
# Shared helper: download the template, the finalists and the 2026 holidays into /tmp/offer, ask Elena for her
# pick and the terms, and read her reply into /tmp/offer/elena.json.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
FILES="http://tallgrass.test:3923"
AUTH="$WORKFLOOR_USERNAME:$WORKFLOOR_PASSWORD"
WORK=/tmp/offer
mkdir -p "$WORK"
curl -fsS -u "$AUTH" "$FILES/Templates/Offer_Letter_Internship_Template.docx" -o "$WORK/template.docx"
curl -fsS -u "$AUTH" "$FILES/HR/Recruiting/Data_Intern_Spring_2027/finalists.csv" -o "$WORK/finalists.csv"
python_default -m grading.clients.chat ask elena.popescu \
    "Hi Elena, I'm drafting the internship offer letter for Jordan. Which finalist did you pick, and what are the agreed terms (hourly pay, hours per week, start and end date)?" \
    > "$WORK/elena.txt"
python_default "$HERE/read_reply.py" "$WORK/finalists.csv" < "$WORK/elena.txt" > "$WORK/elena.json"
cat "$WORK/elena.json"
