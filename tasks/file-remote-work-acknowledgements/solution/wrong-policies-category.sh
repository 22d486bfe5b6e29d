#!/usr/bin/env bash
# Near miss: the right four forms and comment, but filed under Policies (next to the policy itself) instead of
# Policy acknowledgements.
set -euo pipefail
here="$(dirname "$0")"
for name in "Tomas Lindqvist" "Chloe Tran" "Grace Liu" "Marcus Webb"; do
  python3 "$here/documents.py" new "Remote Work Policy acknowledgement - $name" "Policies" "Ack_${name// /_}.pdf"
done
note=$(mktemp)
echo "Still to sign: Lena Fischer (unsigned form) and Raj Iyer (old version 2 form)." > "$note"
python3 "$here/documents.py" comment "$note"
