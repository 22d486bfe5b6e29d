#!/usr/bin/env bash
# Partial: never asks Victor; files the five tickets with the right due dates but unassigned and with no decision.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
notices --no-owner --no-decision
