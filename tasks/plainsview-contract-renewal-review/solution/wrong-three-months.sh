#!/usr/bin/env bash
# Near miss: reads "90 days" as three calendar months and gives September 30, 2027 as the last day for the
# non-renewal notice (in the memo and the DM). Everything else is right.
set -euo pipefail
cat > /tmp/memo.md <<'MD'
# Plainsview Hosting contract review (PVH-2026-0117)

1. **Non-renewal notice deadline: September 30, 2027.** The initial term ends on December 31, 2027 (clause 2.1);
   notice must be given at least 90 days, i.e. three months, before the end of the term (clause 2.2).
2. **Renewal fee cap: $19,136.00 per month**: $18,400.00 (clause 3.1) plus at most 4% (clause 3.3).
3. **Termination for convenience: $110,400.00**, six months' fees (clause 6.2).
4. **SLA credit for October 2026: none.** 42 minutes of downtime out of 44,640: availability 99.906%, not below
   the 99.9% guarantee (clause 4.1), so no credit is owed (clause 4.2).
MD
cat > /tmp/dm.txt <<'TXT'
Victor, Plainsview: the non-renewal notice must be given by September 30, 2027. No SLA credit is owed for October (availability 99.906%, above the 99.9% guarantee).
TXT
bash "$(dirname "$0")/deliver.sh" /tmp/memo.md /tmp/dm.txt
