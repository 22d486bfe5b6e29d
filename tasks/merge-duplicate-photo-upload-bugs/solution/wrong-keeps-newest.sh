#!/usr/bin/env bash
# Wrong: asks Chloe but keeps the newest report (the spinner one) and closes the first report as its duplicate.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_chloe
bugs merge spinner large android
tell_omar "Hi Omar, I kept #{spinner} open and closed #{large} and #{android} as its duplicates. #{offline} and #{rotated} are different bugs and stay open."
