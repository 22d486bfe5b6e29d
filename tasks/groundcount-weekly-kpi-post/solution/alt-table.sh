#!/usr/bin/env bash
# Another correct way (audit finding): "wk46 vs wk45" week labels, a markdown table with a change column
# (+5.1 pp, +1), the definition as a footnote.
set -euo pipefail
source "$(dirname "$0")/common.sh"
fetch_weeks
ask_elena "Elena, quick question: what's the exact rule for the slow-booking share in the KPI post?"
s46=$(figure share46); s45=$(figure share45)
pp=$(python3 -c "print(f'{$s46 - $s45:+.1f}')")
post <<MSG
**Groundcount KPIs, wk46 vs wk45**

| KPI | wk46 | wk45 | change |
|---|---|---|---|
| Total jobs | $(figure jobs46) | $(figure jobs45) | +$(figure change)% |
| Groups published | $(figure groups46) | $(figure groups45) | +$(( $(figure groups46) - $(figure groups45) )) |
| Slow-booking share* | ${s46}% | ${s45}% | ${pp} pp |

*share of jobs in groups whose median lead time is 3.0 days or more; landscaping left out of both sides
MSG
