#!/usr/bin/env bash
# Partial: the contract questions are answered (with their clauses) but the SLA question is left open pending
# Engineering's figures, and Victor is never messaged.
set -euo pipefail
cat > /tmp/memo.md <<'MD'
# Plainsview Hosting (PVH-2026-0117): contract review, draft

1. **Non-renewal notice deadline: 2027-10-02.** The initial term runs until 2027-12-31 (clause 2.1) and notice
   of non-renewal must be given at least 90 days before the end of the term (clause 2.2).
2. **Highest monthly fee in the first renewal year: $19,136.00**, the current $18,400.00 (clause 3.1) plus the
   maximum 4% increase allowed on renewal (clause 3.3).
3. **Termination for convenience during the initial term: $110,400.00**, six months' fees (clause 6.2).
4. **SLA credit for October 2026:** still open, I am waiting for Engineering's availability figures.
MD
bash "$(dirname "$0")/deliver.sh" /tmp/memo.md
