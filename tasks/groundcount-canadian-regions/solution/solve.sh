#!/usr/bin/env bash
# Reference solution: read the ticket, ask Maya for the spellings, implement + test on a branch, push,
# comment on the ticket. Only the examinee's interfaces: tracker REST, chat (Matrix), git over HTTP.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
USER_PASS="${WORKFLOOR_USERNAME}:${WORKFLOOR_PASSWORD}"
TRACKER="http://tallgrass.test:3000"
SUBJECT="Normalise Canadian provinces in region codes"

# 1. the ticket
ID=$(curl -sf -u "$USER_PASS" "$TRACKER/issues.json?project_id=data-platform&status_id=*&limit=100" \
     | jq -r --arg s "$SUBJECT" '.issues[] | select(.subject == $s) | .id')
curl -sf -u "$USER_PASS" "$TRACKER/issues/$ID.json" | jq -r .issue.description

# 2. ask Maya for the spellings; use the short forms from her answer ("Man." for Manitoba, however written)
for attempt in 1 2 3; do  # the chat server can time out on a loaded machine
  REPLY=$(python_default -m grading.clients.chat ask maya.johnson \
    "Hi Maya, Elena asked me to take over the Canadian provinces ticket in groundcount-etl. Which spellings do our Canadian customers type into the region field?") && break
  sleep 5
done
echo "Maya: $REPLY"
SHORT=$(python_default "$HERE/read_reply.py" <<<"$REPLY")
echo "short forms: $SHORT"

# 3. branch, change, tests, push
WORK=$(mktemp -d)
git clone -q "http://${WORKFLOOR_USERNAME}:${WORKFLOOR_PASSWORD}@tallgrass.test:8929/groundcount-etl.git" "$WORK/repo"
cd "$WORK/repo"
git config user.name "Kai Morgan"
git config user.email "kai.morgan@tallgrass.test"
git checkout -q -b feature/canadian-regions
python3 "$HERE/patch.py" . "$SHORT"
python3 -m pytest -q
git add -A
git commit -q -m "Normalise Canadian provinces and territories in region codes

Codes and English names of all 13 provinces and territories, plus the short forms
our Canadian customers type (${SHORT//,/, }). Tests updated: Ontario is kept now."
git push -q origin feature/canadian-regions
git log --oneline -2

# 4. tell the ticket
curl -sf -u "$USER_PASS" -X PUT -H 'Content-Type: application/json' "$TRACKER/issues/$ID.json" \
  -d "$(jq -n --arg n "Pushed to branch feature/canadian-regions for review (@maya.johnson): all 13 provinces/territories by code and name plus the customers' short forms ($SHORT); tests green." '{issue: {notes: $n}}')"
echo done
