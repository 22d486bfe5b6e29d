#!/usr/bin/env bash
# Shared helper of the partial/alt/wrong/game solutions: `deliver.sh MEMO_FILE [DM_FILE [USER ...]]` uploads the
# memo to Finance/Vendors/Plainsview_Contract_Review_2026-11.md (WebDAV PUT) and sends DM_FILE's text as a direct
# message to each USER (default victor.mendes).
set -euo pipefail
FILES="http://tallgrass.test:3923"
curl -fsS -u "$WORKFLOOR_USERNAME:$WORKFLOOR_PASSWORD" -T "$1" \
  "$FILES/Finance/Vendors/Plainsview_Contract_Review_2026-11.md" -o /dev/null
[ $# -ge 2 ] || exit 0
dm="$2"; shift 2
[ $# -ge 1 ] || set -- victor.mendes
MESSAGE="$(cat "$dm")" python_default - "$@" <<'PY'
import os
import sys

sys.path.insert(0, "/utils")
from grading.clients.chat import login

with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    for user in sys.argv[1:]:
        chat.send_direct_message(user, os.environ["MESSAGE"])
        print("sent to", user)
PY
