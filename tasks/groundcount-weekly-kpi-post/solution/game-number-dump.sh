#!/usr/bin/env bash
# Gaming (audit finding): "hi Elena :)" as the DM, and a post listing every number 0-1000 and 0.0-100.0.
set -euo pipefail
source "$(dirname "$0")/common.sh"
echo "hi Elena :)" | dm elena.popescu
{
    echo "Groundcount KPIs W46 vs W45: jobs, groups, slow-booking share %"
    seq -s ' ' 0 1000
    seq -s ' ' -f '%.1f%%' 0 0.1 100
} | post
