#!/usr/bin/env bash
# Shared helper: upload a local file as HR/Recruiting/Data_Analyst_2026/screening.csv (WebDAV PUT).
set -euo pipefail
curl -fsS -u "$WORKFLOOR_USERNAME:$WORKFLOOR_PASSWORD" -T "$1" \
    "http://tallgrass.test:3923/HR/Recruiting/Data_Analyst_2026/screening.csv" -o /dev/null
