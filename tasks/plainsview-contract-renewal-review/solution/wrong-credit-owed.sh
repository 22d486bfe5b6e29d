#!/usr/bin/env bash
# Near miss (audit finding: "a $1,840 credit is owed … not payable automatically" passed as "no credit"):
# counts the outage until Plainsview confirmed the fault at 15:30 (88 minutes), so availability 99.803% and a
# 10% credit. The contract answers are right.
set -euo pipefail
cat > /tmp/memo.md <<'MD'
# Plainsview Hosting contract review (PVH-2026-0117)

1. **Non-renewal notice deadline: 2027-10-02.** Initial term ends 2027-12-31 (clause 2.1); notice at least
   90 days before the end of the term (clause 2.2).
2. **Renewal fee cap: $19,136.00 per month**: $18,400.00 (clause 3.1) plus at most 4% (clause 3.3).
3. **Termination for convenience: $110,400.00**, six months' fees (clause 6.2).
4. **SLA credit for October 2026: a $1,840 credit is owed.** The outage ran from 14:02 until Plainsview
   confirmed the storage fault at 15:30, 88 minutes out of 44,640, so availability was 99.803%, below the 99.9%
   guarantee (clause 4.1): the first tier is 10% of the monthly fee (clause 4.2).
   The $1,840 credit is owed, not payable automatically: we must claim it in writing by 2026-11-30 (clause 4.3).
MD
cat > /tmp/dm.txt <<'TXT'
Victor, Plainsview: the non-renewal notice is due by 2027-10-02. October SLA: availability was 99.803%, below 99.9%, so a $1,840 credit is owed, not payable automatically: we have to claim it in writing by 2026-11-30.
TXT
bash "$(dirname "$0")/deliver.sh" /tmp/memo.md /tmp/dm.txt
