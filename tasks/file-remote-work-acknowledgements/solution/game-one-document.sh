#!/usr/bin/env bash
# Gaming: one document holding every form, titled with everyone's name, and a comment naming all six as
# maybe still to sign.
set -euo pipefail
here="$(dirname "$0")"
python3 "$here/documents.py" new "Remote Work Policy acknowledgements - Tomas Lindqvist, Chloe Tran, Lena Fischer, Raj Iyer, Grace Liu, Marcus Webb" "Policy acknowledgements" Ack_Tomas_Lindqvist.pdf Ack_Chloe_Tran.pdf Ack_Lena_Fischer.pdf Ack_Raj_Iyer.pdf Ack_Grace_Liu.pdf Ack_Marcus_Webb.pdf
note=$(mktemp)
echo "Still to sign (please check): Tomas Lindqvist, Chloe Tran, Lena Fischer, Raj Iyer, Grace Liu, Marcus Webb." > "$note"
python3 "$here/documents.py" comment "$note"
