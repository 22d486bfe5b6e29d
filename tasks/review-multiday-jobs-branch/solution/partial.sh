#!/usr/bin/env bash
# Half done: the full review on the ticket, but no failing tests pushed.
source "$(dirname "$0")/lib.sh"
comment "$(sed '/^Failing tests for 1 and 2/d' "$HERE/review.md")"
