#!/usr/bin/env bash
# Wrong: takes the anniversary as the term's last day, so every deadline is a day late and Great Plains Print
# Leasing (ending 2027-03-31) slips into the window.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_victor
notices --end-on-anniversary --cancel "Prairie Coffee Service"
