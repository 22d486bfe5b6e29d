#!/usr/bin/env bash
# Partial: asks Elena and fills the readout right; never tells Hannah.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_elena
readout
