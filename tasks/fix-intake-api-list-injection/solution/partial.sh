#!/usr/bin/env bash
# Partial: the reference fix and tests pushed on the security branch; no advisory, no note on the ticket.
source "$(dirname "$0")/lib.sh"
read_brief
clone_branch security/jobs-list-sql-injection
python3 "$HERE/apply.py" full
commit_and_push "Bind trade and allow-list sort in GET /v1/jobs"
