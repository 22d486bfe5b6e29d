#!/usr/bin/env bash
# Partial: the reference ticket (Sofia @-mentioned), but Kai never answers Sofia in chat.
source "$(dirname "$0")/lib.sh"
read_report
clone_repo
find_culprit
file_reference
