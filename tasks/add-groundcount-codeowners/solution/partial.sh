#!/usr/bin/env bash
# Partial: asks Elena and pushes the right file, but never asks her to review it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_elena
push_codeowners "* @elena.popescu
/groundcount/clean.py @maya.johnson
/groundcount/records.py @maya.johnson
/groundcount/cli.py @raj.iyer
/pyproject.toml @maya.johnson
/tests/ @raj.iyer @maya.johnson
/tests/data/ @maya.johnson"
