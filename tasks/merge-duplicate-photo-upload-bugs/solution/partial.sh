#!/usr/bin/env bash
# Partial: asks Chloe and merges only the Android report; the spinner report stays open and Omar is not told.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_chloe
bugs merge large android
