#!/usr/bin/env bash
# Shared by the solutions: `chat.sh read` prints today's #product thread; `chat.sh ask USER TEXT` asks a colleague
# and prints the reply; `chat.sh post FILE` posts FILE's text to #product.
set -euo pipefail
python_default - "$@" <<'PY'
import os, sys
sys.path.insert(0, "/utils")
from grading.clients.chat import login
with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    if sys.argv[1] == "read":
        for m in chat.channel_messages("product")[-5:]:
            print(f"{m.sender}: {m.body}")
    elif sys.argv[1] == "ask":
        print(chat.ask(sys.argv[2], sys.argv[3]))
    else:
        chat.send_message("product", open(sys.argv[2], encoding="utf-8").read())
        print("posted in #product")
PY
