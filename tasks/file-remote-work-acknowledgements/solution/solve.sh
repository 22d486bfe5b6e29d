#!/usr/bin/env bash
# Reference: read the six forms, file the four complete version 3 ones as "Remote Work Policy acknowledgement -
# NAME" in Policy acknowledgements (web form), and comment who still has to sign (Lena: unsigned; Raj: v2 form).
set -euo pipefail
here="$(dirname "$0")"
bash "$here/read_forms.sh"
for name in "Tomas Lindqvist" "Chloe Tran" "Grace Liu" "Marcus Webb"; do
  python3 "$here/documents.py" new "Remote Work Policy acknowledgement - $name" "Policy acknowledgements" \
    "Ack_${name// /_}.pdf"
done
note=$(mktemp)
cat > "$note" <<'TXT'
Filed the signed version 3 acknowledgements of Tomas Lindqvist, Chloe Tran, Grace Liu and Marcus Webb in the documents (Policy acknowledgements).

Still to sign: Lena Fischer (her form has no signature or date) and Raj Iyer (he signed the old version 2 form).
TXT
python3 "$here/documents.py" comment "$note"
