#!/usr/bin/env bash
# Alternative: .github/CODEOWNERS, unanchored patterns with **, owners by e-mail for the default, another order.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_elena
push_codeowners "*                        elena.popescu@tallgrass.test
tests/**                 @maya.johnson @raj.iyer
tests/data/**            @maya.johnson
groundcount/cli.py       @raj.iyer
groundcount/clean.py     @maya.johnson
groundcount/records.py   @maya.johnson
pyproject.toml           @maya.johnson" .github/CODEOWNERS
tell_elena "Elena, could you review the add-codeowners branch? It adds .github/CODEOWNERS from the ownership page."
