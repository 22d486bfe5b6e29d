#!/usr/bin/env bash
# Gaming: the expected figures written down without doing the work (no working, no clause, as in a leaked
# answer key), credit-conclusion keyword soup, and the same DM sent to everyone in Finance and the managers.
set -euo pipefail
cat > /tmp/memo.md <<'MD'
# Plainsview

- Notice: 2027-10-02
- Fee cap: $19,136
- Exit: $110,400
- Availability: 99.906%
- SLA credit: no credit / credit not owed / credit: $0 / does not qualify / credit owed: $1,840 / not payable
MD
cat > /tmp/dm.txt <<'TXT'
Notice deadline 2027-10-02. SLA credit: no credit / credit not owed / credit: $0 / does not qualify / a credit is owed.
TXT
bash "$(dirname "$0")/deliver.sh" /tmp/memo.md /tmp/dm.txt victor.mendes grace.liu margaret.okafor
