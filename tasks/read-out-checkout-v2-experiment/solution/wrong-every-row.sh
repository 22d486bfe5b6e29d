#!/usr/bin/env bash
# Wrong: never asks Elena and counts every row, testers and 0-session users included: a "significant" 46% lift.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
readout --keep testers,zero --message "$(message "Hi Hannah, checkout v2: control {control}, treatment {treatment}, lift {lift}, p = {p}. The lift is statistically significant at 95%, so it's safe to ship.")"
