#!/usr/bin/env bash
# Another correct page: a table of changes, "15-minute"/"30 min" spellings, the known issue as "ticket N" with
# the symptom in other words, and explicit notes on what is NOT new (0.2.0's slot finder, the multi-day branch).
set -euo pipefail
cat > /tmp/notes.md <<'MD'
h1. dispatch-core: what changed between v0.2.0 and 0.4.0

| Change | Since | What callers see |
|---|---|---|
| Greedy batch scheduler, `schedule(jobs, technicians, appointments, day)` | 0.3.0 | new API: books a batch of jobs for a day (urgent first, earliest slot, least-loaded technician) and reports the jobs that did not fit |
| Travel time between zones | 0.4.0 | existing appointments are padded with a 15-minute buffer within the same zone and 30 min across zones, so `find_slots()` offers fewer slots next to them |
| Makefile + CI | 0.3.x | build tooling only |

h2. Known issues

* Ticket ISSUE_ID: a job that would finish exactly when the technician's shift ends (or exactly fills a gap) is
  not offered; e.g. 08:00-16:00 with a 60-minute job tops out at 14:45. Not fixed yet; Sofia's regression test
  fails on main.

h2. Not new in this release

* The slot finder with skill and window matching and per-technician availability already shipped in 0.2.0 and
  are unchanged apart from the buffers.
* Multi-day jobs exist only on the feature/multi-day-jobs branch (work in progress), not on main.
MD
bash "$(dirname "$0")/publish.sh" /tmp/notes.md
