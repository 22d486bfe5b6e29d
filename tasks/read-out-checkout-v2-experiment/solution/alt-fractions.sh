#!/usr/bin/env bash
# Alternative: rates and lift as fractions with four digits, "Not significant" in words; Hannah's message calls it
# inconclusive in other words.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_elena
readout --style alt --message "$(message "Hannah: treatment {treatment} vs control {control} ({lift} relative). With p = {p} that's inconclusive; we can't call it a real win yet, so I'd keep it running before shipping.")"
