# Shared by the solutions (sourced): read Maya's DM, find the culprit by behaviour, answer in the DM.
set -euo pipefail
U="$WORKFLOOR_USERNAME"
P="$WORKFLOOR_PASSWORD"

# read_question: print Maya's DM conversation (accepts her invite).
read_question() {
    python_default - <<'PY'
import os, sys
sys.path.insert(0, "/utils")
from grading.clients.chat import login
with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    for m in chat.direct_messages("maya.johnson"):
        print(f"{m.sender}: {m.body}")
PY
}

# clone_repo: groundcount-etl in $WORK/repo, cwd there.
clone_repo() {
    WORK=$(mktemp -d)
    git clone -q "http://$U:$P@tallgrass.test:8929/groundcount-etl.git" "$WORK/repo"
    cd "$WORK/repo"
}

# find_culprit: the commit where normalise_region("MB") stopped returning "MB"; sets FULL SHORT WHO WHEN SUBJECT.
find_culprit() {
    local prev="" now sha
    CULPRIT=""
    for sha in $(git rev-list --reverse HEAD -- groundcount/clean.py); do
        git checkout -q "$sha"
        now=$(python3 -c 'from groundcount.clean import normalise_region as n; print(n("MB"))')
        if [ "$prev" = "MB" ] && [ "$now" = "None" ]; then CULPRIT="$sha"; fi
        prev="$now"
    done
    git checkout -q main
    [ -n "$CULPRIT" ]
    FULL="$CULPRIT"
    SHORT=$(git log -1 --format=%h "$CULPRIT")
    WHO=$(git log -1 --format=%an "$CULPRIT")
    WHEN=$(git log -1 --format=%ad --date=short "$CULPRIT")
    SUBJECT=$(git log -1 --format=%s "$CULPRIT")
}

# send MESSAGE...: each argument as its own DM to Maya, then wait briefly for her reply.
send() {
    python_default - "$@" <<'PY'
import os, sys
sys.path.insert(0, "/utils")
from grading.clients.chat import login
with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    token = chat.sync_token()
    for text in sys.argv[1:]:
        chat.send_direct_message("maya.johnson", text)
    messages, _ = chat.wait_for_messages(token, timeout=30)
    for m in messages:
        print(f"{m.sender}: {m.body}")
PY
}
