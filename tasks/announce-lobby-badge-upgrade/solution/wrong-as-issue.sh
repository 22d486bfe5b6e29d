#!/usr/bin/env bash
# Wrong place: the right announcement filed as an IT Operations issue (the REST API allows that) instead of the forum.
set -euo pipefail
bash "$(dirname "$0")/ask_felix.sh"
exec python_default - <<'PY'
import os, sys
sys.path.insert(0, "/utils")
from grading.clients.tracker import TrackerClient
TrackerClient(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]).create_issue(
    "it-ops", "Lobby badge readers replaced on December 12-13",
    "The building replaces the lobby badge readers from Saturday 2026-12-12, 07:00 to Sunday 2026-12-13, 18:00. "
    "During the work the lobby entrance is open only from 08:00 to 16:00 on both days, with a guard.\n\n"
    "Felix hands out the new badges on Friday 2026-12-11 from 09:00 to 12:00 at the admin desk. Bring your old "
    "badge and swap it for the new one.", tracker="Support")
PY
