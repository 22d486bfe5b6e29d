#!/usr/bin/env bash
# Wrong: the right file, pushed straight to main instead of a branch.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_elena
push_codeowners "* @elena.popescu
/groundcount/clean.py @maya.johnson
/groundcount/records.py @maya.johnson
/groundcount/cli.py @raj.iyer
/pyproject.toml @maya.johnson
/tests/ @raj.iyer @maya.johnson
/tests/data/ @maya.johnson" CODEOWNERS main
tell_elena "Hi Elena, CODEOWNERS is on main now, please review."
