#!/usr/bin/env bash
# Alternative: the decisions in prose ("we do not renew this one; send the cancellation notice"), dates in words.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_victor
notices --style alt --cancel "Prairie Coffee Service"
