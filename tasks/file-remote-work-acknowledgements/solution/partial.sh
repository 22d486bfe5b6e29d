#!/usr/bin/env bash
# Partial: the four complete forms filed right, but no comment on who still has to sign.
set -euo pipefail
here="$(dirname "$0")"
for name in "Tomas Lindqvist" "Chloe Tran" "Grace Liu" "Marcus Webb"; do
  python3 "$here/documents.py" new "Remote Work Policy acknowledgement - $name" "Policy acknowledgements" \
    "Ack_${name// /_}.pdf"
done
