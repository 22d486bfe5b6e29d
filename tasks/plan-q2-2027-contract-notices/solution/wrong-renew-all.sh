#!/usr/bin/env bash
# Wrong: never asks Victor and marks every contract for renewal.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
notices
