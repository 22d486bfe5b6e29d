#!/usr/bin/env bash
# Alternative: other title wording and order, each document created first and its form added from its page;
# the comment as a bold-label list with first names only.
set -euo pipefail
here="$(dirname "$0")"
for name in "Marcus Webb" "Grace Liu" "Tomas Lindqvist" "Chloe Tran"; do
  python3 "$here/documents.py" attach-later "$name: Remote work policy v3 acknowledgement" "Policy acknowledgements" \
    "Ack_${name// /_}.pdf"
done
note=$(mktemp)
cat > "$note" <<'TXT'
**Filed (4 of 6):** Marcus, Grace, Tomas, Chloe

**Not filed yet:**
- Lena — form not signed, no date
- Raj — signed the version 2 form instead of version 3
TXT
python3 "$here/documents.py" comment "$note"
