#!/usr/bin/env bash
# Another correct way: the older week first ("W45 → W46"), every KPI as an arrow from last week to this week,
# one line each, the share as a fraction-free "16.3 %" with a space.
set -euo pipefail
source "$(dirname "$0")/common.sh"
fetch_weeks
ask_elena "hey Elena! Raj says you defined the slow-booking share. How do I compute it?"
post <<MSG
Groundcount, 2026-W45 → 2026-W46
Jobs: $(figure jobs45) → $(figure jobs46) (+$(figure change) %)
Groups published: $(figure groups45) → $(figure groups46)
Slow-booking share: $(figure share45) % → $(figure share46) %
(slow-booking = jobs in groups with median lead ≥ 3 days, landscaping excluded)
MSG
