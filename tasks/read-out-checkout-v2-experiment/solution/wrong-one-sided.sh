#!/usr/bin/env bash
# Wrong: the right users and rates, but a one-sided p-value (0.098).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_elena
readout --one-sided --message "$(message "Hi Hannah, checkout v2: control {control}, treatment {treatment}, lift {lift}; p = {p} (one-sided), not significant at 95%.")"
