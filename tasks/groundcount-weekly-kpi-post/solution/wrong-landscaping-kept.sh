#!/usr/bin/env bash
# Near miss: asks Elena but does not apply her exclusion (landscaping kept): 14.8% / 11.8%.
set -euo pipefail
source "$(dirname "$0")/common.sh"
fetch_weeks
ask_elena "Hi Elena, how is the slow-booking share defined? I'm doing Raj's weekly Groundcount post."
post <<MSG
Groundcount weekly KPIs, 2026-W46 (vs W45)
- Total jobs: $(figure jobs46) (W45: $(figure jobs45), +$(figure change)%)
- Published groups: $(figure groups46) (W45: $(figure groups45))
- Slow-booking share: $(figure share46 --keep landscaping)% (W45: $(figure share45 --keep landscaping)%) = share of jobs in groups with a median lead time of 3+ days
MSG
