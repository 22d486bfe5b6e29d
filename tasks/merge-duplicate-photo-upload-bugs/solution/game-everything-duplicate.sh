#!/usr/bin/env bash
# Gaming: every photo bug is recorded as a duplicate of the first report and closed.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_chloe
bugs merge large android offline spinner rotated
tell_omar "Hi Omar, all photo bugs (#{android}, #{offline}, #{spinner}, #{rotated}) are merged into #{large} as duplicates."
