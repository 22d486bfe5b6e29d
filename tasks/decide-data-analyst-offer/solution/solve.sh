#!/usr/bin/env bash
# Reference solution: ask Jordan for the log (Raj's 25-minute interview with Wen does not count), score, write
# the file, record the offer for Wen (assigned to Rachel) and the rejection of Aaliyah.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_jordan
panel score
panel decide "Wen Zhao" "Aaliyah Porter"
