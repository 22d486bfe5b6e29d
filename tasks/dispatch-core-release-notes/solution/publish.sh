#!/usr/bin/env bash
# Shared helper of the partial/alt/wrong/game solutions: `publish.sh FILE` writes FILE to the FieldDay wiki page
# Dispatch_Core_Release_Notes_0-4-0 (tracker REST), with #ISSUE_ID replaced by the slot finder bug's number and
# ALL_IDS by every FieldDay ticket number.
set -euo pipefail
U="$WORKFLOOR_USERNAME"; P="$WORKFLOOR_PASSWORD"; TRACKER="http://tallgrass.test:3000"
api() { curl -sS --fail-with-body -u "$U:$P" -H 'Content-Type: application/json' "$@"; }
ISSUES=$(api "$TRACKER/issues.json?project_id=fieldday&status_id=*&limit=100")
ISSUE=$(jq -r '.issues[] | select(.subject == "Slot finder never offers the last slot of a shift") | .id' <<<"$ISSUES")
ALL=$(jq -r '[.issues[].id | "#\(.)"] | join(" ")' <<<"$ISSUES")
sed -e "s/#ISSUE_ID/#$ISSUE/g" -e "s/ISSUE_ID/$ISSUE/g" -e "s/ALL_IDS/$ALL/g" "$1" > /tmp/notes.published.md
jq -n --rawfile text /tmp/notes.published.md '{wiki_page: {text: $text, comments: "Release notes since v0.2.0"}}' \
  | api -X PUT "$TRACKER/projects/fieldday/wiki/Dispatch_Core_Release_Notes_0-4-0.json" -d @- > /dev/null
cat /tmp/notes.published.md
