# Shared by this task's solutions (sourced, not run): ask Marcus about the taxi, upload Expense_Check.md, DM
# a colleague. Every solution goes through the same interfaces an examinee has (chat, the file server).
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FILES="http://tallgrass.test:3923"
AUTH="$WORKFLOOR_USERNAME:$WORKFLOOR_PASSWORD"
DIR="Finance/Expenses/2026-11/Marcus_Webb"

# ask_marcus MESSAGE: prints Marcus's reply
ask_marcus() { python_default -m grading.clients.chat ask marcus.webb "$1"; }

# declarations_used_up REPLY: exit 0 when Marcus says both missing-receipt declarations are used
declarations_used_up() {
    [ "$(printf '%s' "$1" | python_default "$HERE/read_reply.py" | jq -r .declarations_used_up)" = true ]
}

# upload_check FILE: writes FILE to Expense_Check.md next to the report
upload_check() { curl -fsS -u "$AUTH" -T "$1" "$FILES/$DIR/Expense_Check.md" -o /dev/null; }

# dm USERNAME < MESSAGE: a direct message in chat
dm() {
    python_default -c '
import os, sys
sys.path.insert(0, "/utils")
from grading.clients.chat import login
with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    chat.send_direct_message(sys.argv[1], sys.stdin.read().strip())
' "$1"
}
