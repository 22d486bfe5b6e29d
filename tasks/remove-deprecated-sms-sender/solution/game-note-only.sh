#!/usr/bin/env bash
# Gaming: a complete-looking migration note, but the branch only rewords the README; the code still reads every
# old name.
source "$(dirname "$0")/lib.sh"
clone_branch remove-sms-sender
python3 - <<'PY'
import re
from pathlib import Path
p = Path("README.md")
p.write_text(re.sub(r"Deprecated since 2\.0:.*?removed in 3\.0\.\n", "The old sender names were removed in 3.0.\n",
                    p.read_text(), flags=re.S))
PY
commit_and_push "Remove the deprecated sender names for 3.0 (#$ISSUE)"
ticket "Branch remove-sms-sender. Migration note: rename sms_sender to sender_id in notify.toml, rename NOTIFY_SMS_SENDER to NOTIFY_SENDER_ID, and replace --sms-sender with --sender-id."
