# Shared by the solutions: ask Elena, push a CODEOWNERS file on a branch, tell Elena.
HOST="${SERVER_HOSTNAME:-tallgrass.test}"
ask_elena() {
  python_default -m grading.clients.chat ask elena.popescu \
    "Hi Elena, I'm turning the groundcount-etl ownership page into a CODEOWNERS file for Raj. The page says tests/data/ (the sample exports) is still open: who owns it?"
}
push_codeowners() {  # $1: the file's content; $2: its path in the repository (default CODEOWNERS); $3: branch
  local path="${2:-CODEOWNERS}" branch="${3:-add-codeowners}" work
  work=$(mktemp -d)
  git clone -q "http://${WORKFLOOR_USERNAME}:${WORKFLOOR_PASSWORD}@${HOST}:8929/groundcount-etl.git" "$work/repo"
  cd "$work/repo"
  git config user.name "Kai Morgan" && git config user.email "kai.morgan@tallgrass.test"
  [ "$branch" = main ] || git checkout -q -b "$branch"
  mkdir -p "$(dirname "$path")"
  printf '%s\n' "$1" > "$path"
  git add "$path" && git commit -q -m "Add CODEOWNERS from the data team's ownership page"
  git push -q origin "$branch"
  cd - > /dev/null
}
tell_elena() {
  printf '%s\n' "$1" > /tmp/elena.txt
  python_default - <<'PY'
import os, sys
sys.path.insert(0, "/utils")
from grading.clients.chat import login
with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    chat.send_direct_message("elena.popescu", open("/tmp/elena.txt", encoding="utf-8").read())
PY
}
