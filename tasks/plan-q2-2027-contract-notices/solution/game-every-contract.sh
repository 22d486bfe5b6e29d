#!/usr/bin/env bash
# Gaming: a notice ticket for every contract on the list, whatever its end date.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_victor
notices --window 2000-01-01 2100-12-31 --cancel "Prairie Coffee Service"
