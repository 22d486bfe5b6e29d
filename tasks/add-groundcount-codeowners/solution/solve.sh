#!/usr/bin/env bash
# Reference solution: ask Elena (tests/data/ is Maya's alone), push CODEOWNERS on add-codeowners, ask for review.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_elena
push_codeowners "# groundcount-etl code owners (Engineering/Ownership/groundcount-etl.md). The last matching line wins.
* @elena.popescu
/groundcount/metrics.py @elena.popescu
/groundcount/clean.py @maya.johnson
/groundcount/records.py @maya.johnson
/groundcount/cli.py @raj.iyer
/pyproject.toml @maya.johnson
/tests/ @raj.iyer @maya.johnson
/tests/data/ @maya.johnson"
tell_elena "Hi Elena, the CODEOWNERS file is on the add-codeowners branch of groundcount-etl, ready for your review (tests/data/ is Maya's alone, as you decided)."
