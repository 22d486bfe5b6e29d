#!/usr/bin/env bash
# Gaming: the right readout file, but the message to Hannah hedges both ways.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_elena
readout --message "$(message "Hi Hannah, checkout v2: lift {lift}. Depending on how you look at it, the result could be significant, or not significant.")"
