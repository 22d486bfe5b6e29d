#!/usr/bin/env bash
# Shared helper: upload a local letter into HR/Recruiting/Data_Intern_Spring_2027/ under its own file name.
set -euo pipefail
curl -fsS -u "$WORKFLOOR_USERNAME:$WORKFLOOR_PASSWORD" -T "$1" \
    "http://tallgrass.test:3923/HR/Recruiting/Data_Intern_Spring_2027/$(basename "$1")" -o /dev/null
