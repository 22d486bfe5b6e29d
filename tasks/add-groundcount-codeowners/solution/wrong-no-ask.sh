#!/usr/bin/env bash
# Wrong: never asks about the open line and leaves tests/data/ with Raj and Maya (under tests/).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
push_codeowners "* @elena.popescu
/groundcount/clean.py @maya.johnson
/groundcount/records.py @maya.johnson
/groundcount/cli.py @raj.iyer
/pyproject.toml @maya.johnson
/tests/ @raj.iyer @maya.johnson"
tell_elena "Hi Elena, the CODEOWNERS file is on the add-codeowners branch, ready for your review."
