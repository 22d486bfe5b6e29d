#!/usr/bin/env bash
# Near miss (audit finding): the right definition, but the two weeks' slow-booking shares swapped.
set -euo pipefail
source "$(dirname "$0")/common.sh"
fetch_weeks
ask_elena "Hi Elena, how is the slow-booking share defined? I'm doing Raj's weekly Groundcount post."
post <<MSG
Groundcount weekly KPIs, 2026-W46 (vs W45)
- Total jobs: $(figure jobs46) (W45: $(figure jobs45), +$(figure change)%)
- Published groups: $(figure groups46) (W45: $(figure groups45))
- Slow-booking share: $(figure share45)% (W45: $(figure share46)%) = share of jobs in groups with a median lead time of 3+ days, landscaping excluded
MSG
