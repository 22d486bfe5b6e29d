#!/usr/bin/env bash
# Wrong: never asks Jordan and counts Raj's cut-short form for Wen (overall 2.92, a Strong no hire), so the offer
# goes to Aaliyah and Wen is rejected.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
panel score --count-all
panel decide "Aaliyah Porter" "Wen Zhao"
