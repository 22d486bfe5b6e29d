#!/usr/bin/env bash
# Reference solution: ask Chloe, record the Android and spinner reports as duplicates of the first report and
# close them, leave the offline crash and the rotated thumbnails alone, tell Omar.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_chloe
bugs merge large android spinner
tell_omar "Hi Omar, photo bugs cleaned up for Monday's triage:
- Kept #{large} (photo upload times out for large images) open as the main ticket.
- #{android} and #{spinner} are duplicates of #{large} (the 10 MB upload limit, per Chloe): related and closed.
- #{offline} (crash when attaching offline) and #{rotated} (rotated photos on the board) are different bugs, so I left them open."
