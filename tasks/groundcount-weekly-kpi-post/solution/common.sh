# Shared by this task's solutions (sourced, not run): fetch the two weekly files, ask Elena, compute, post.
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK=$(mktemp -d)

fetch_weeks() {
    for w in 45 46; do
        curl -sf -u "${WORKFLOOR_USERNAME}:${WORKFLOOR_PASSWORD}" -o "$WORK/W$w.csv" \
            "http://tallgrass.test:3923/Data/reports/groundcount_2026-W$w.csv"
    done
}

# ask USERNAME MESSAGE: prints the reply
ask() { python_default -m grading.clients.chat ask "$1" "$2"; }

# ask_elena MESSAGE: keeps her definition in $WORK/definition.txt
ask_elena() { ask elena.popescu "$1" > "$WORK/definition.txt"; cat "$WORK/definition.txt"; }

# figure NAME [--keep TRADE]: one figure of figures.py's JSON
figure() { local name="$1"; shift; python_default "$HERE/figures.py" "$WORK" "$@" | jq -r ".$name"; }

# post < TEXT: one message in #data
post() {
    PYTHONPATH=/utils python_default -c '
import os, sys
from grading.clients.chat import login
with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    chat.send_message("data", sys.stdin.read().strip())
'
}

# dm USERNAME < TEXT
dm() {
    PYTHONPATH=/utils python_default -c '
import os, sys
from grading.clients.chat import login
with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    chat.send_direct_message(sys.argv[1], sys.stdin.read().strip())
' "$1"
}
