#!/usr/bin/env bash
# Partial: asks Jordan and writes the right scores file; records no decision on the tickets.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_jordan
panel score
