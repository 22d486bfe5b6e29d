#!/usr/bin/env bash
# Wrong: never asks Chloe and also merges the offline crash, which only looks alike.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bugs merge large android offline spinner
tell_omar "Hi Omar, I merged #{android}, #{offline} and #{spinner} into #{large} (all photo upload failures); they are closed as duplicates."
