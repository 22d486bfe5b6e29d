#!/usr/bin/env bash
# Reference solution: ask Victor (cancel Prairie Coffee, renew the rest), file the five notice tickets.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_victor
notices --cancel "Prairie Coffee Service"
