#!/usr/bin/env bash
# Shared by the solutions: print Priya's DM to Kai and today's #engineering messages (accepts the DM invite).
set -euo pipefail
python_default - <<'PY'
import os, sys
sys.path.insert(0, "/utils")
from grading.clients.chat import login
with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    chat.accept_invites()
    for m in chat.direct_messages("priya.natarajan"):
        print(f"DM {m.sender}: {m.body}")
    for m in chat.channel_messages("engineering")[-6:]:
        print(f"#engineering {m.sender}: {m.body}")
PY
