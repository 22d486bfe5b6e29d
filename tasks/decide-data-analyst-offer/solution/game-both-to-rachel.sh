#!/usr/bin/env bash
# Gaming: the right scores, but both tickets are assigned to Rachel and neither is closed, so whichever is
# "the offer" looks recorded.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_jordan
panel score
panel decide "Wen Zhao" "Aaliyah Porter" --both-to-rachel
