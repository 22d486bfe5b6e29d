#!/usr/bin/env bash
# Alternative: competency scores rounded before the overall (3.09 for Aaliyah), other column names and order,
# "last first" names, the decision in prose ("overall comes to 3.50 out of 4").
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_jordan
panel score --style alt
panel decide "Wen Zhao" "Aaliyah Porter" --style alt
