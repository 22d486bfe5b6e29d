#!/usr/bin/env bash
# Another correct memo: a summary table first, then one section per question with the working; US numeric
# dates, availability as a fraction, "Credit owed: none", and the fee section also gives the date by which
# Plainsview must announce an increase (120 days' notice, 9/2/2027), which is not a notice-deadline candidate.
set -euo pipefail
cat > /tmp/memo.md <<'MD'
# Plainsview Hosting MSA PVH-2026-0117 — renewal review (Nov 2026)

| Question | Answer | Clause |
|---|---|---|
| Last day for our non-renewal notice | 10/2/2027 | §2.1, §2.2 |
| Maximum monthly fee, first renewal year | $19,136 | §3.1, §3.3 |
| Cost of termination for convenience (initial term) | $110,400 | §6.2 |
| October 2026 SLA credit | none owed | §4.1, §4.2 |

## Notice of non-renewal
Initial term: 1/1/2026 to 12/31/2027 (§2.1). Renewal is automatic for 12 months unless notice of non-renewal is
given at least 90 days before the end of the term (§2.2). 12/31/2027 minus 90 days = 10/2/2027 (a Saturday).

## Renewal fee
Base fee $18,400/month (§3.1); the increase on renewal is capped at 4% and needs 120 days' written notice from
Plainsview (§3.3), i.e. they would have to announce it by 9/2/2027. Cap: 18,400 + 736 = $19,136/month.

## Exit cost
§6.2: termination for convenience during the initial term costs 6 months' fees = 6 × 18,400 = $110,400.

## SLA, October 2026
Downtime: 42 min (postmortem of 10/28/2026). Minutes in October: 44,640. Availability: 1 − 42/44,640 = 0.99906,
which is not below the 99.9% guarantee (§4.1); credits start below 99.9% (§4.2).
Credit owed: none.
MD
cat > /tmp/dm.txt <<'TXT'
Victor, two answers on Plainsview. Notice deadline: 10/2/2027 (90 days before 12/31/2027, §2.2). SLA: no credit for October, availability was 0.99906, not below the 99.9% guarantee. Details in Finance/Vendors/Plainsview_Contract_Review_2026-11.md.
TXT
bash "$(dirname "$0")/deliver.sh" /tmp/memo.md /tmp/dm.txt
