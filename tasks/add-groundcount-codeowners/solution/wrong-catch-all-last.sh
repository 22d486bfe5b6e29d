#!/usr/bin/env bash
# Wrong: the default line written last, so it wins for every file and Elena owns everything.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_elena
push_codeowners "/groundcount/clean.py @maya.johnson
/groundcount/records.py @maya.johnson
/groundcount/cli.py @raj.iyer
/pyproject.toml @maya.johnson
/tests/ @raj.iyer @maya.johnson
/tests/data/ @maya.johnson
* @elena.popescu"
tell_elena "Hi Elena, the CODEOWNERS file is on the add-codeowners branch, ready for your review."
