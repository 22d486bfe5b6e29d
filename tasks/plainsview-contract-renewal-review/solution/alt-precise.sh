#!/usr/bin/env bash
# Another correct memo (audit finding: "99.9059%" and "we are not owed an SLA credit" failed): prose in other
# words, dates written out, amounts without cents or as USD, availability to four decimals; the DM goes through
# the Matrix client-server API with curl instead of the grading client.
set -euo pipefail
cat > /tmp/memo.md <<'MD'
Plainsview Hosting contract review — prepared for Victor Mendes

Question 1 — deciding not to renew
The agreement started on January 1, 2026 and its initial term ends on December 31, 2027 (section 2.1). Under
section 2.2 our written notice of non-renewal must reach Plainsview at least 90 days before the end of the term.
Counting back 90 days from December 31, 2027, the last day is Saturday, October 2, 2027.

Question 2 — renewal pricing
Section 3.3 lets Plainsview raise the monthly fee by at most 4% on renewal. Today's fee is USD 18,400 per month
(section 3.1), so the most they can charge in 2028 is 18,400 x 1.04 = USD 19,136 per month.

Question 3 — leaving early
Terminating for convenience during the initial term costs six months' fees (section 6.2): 6 x $18,400 = $110,400.

Question 4 — October 2026 SLA
The failover on October 28 made the service unavailable for 42 minutes. October has 31 x 24 x 60 = 44,640
minutes, so availability was (44,640 - 42) / 44,640 = 99.9059%. Section 4.1 guarantees 99.9% and the credit
table in section 4.2 only starts below that, so we are not owed an SLA credit for October.
MD
cat > /tmp/dm.txt <<'TXT'
Hi Victor — Plainsview: our non-renewal notice has to be given by 2 October 2027 (90 days before the initial term ends on 31 December 2027). On the SLA: October availability was 99.9059%, above the 99.9% guarantee, so we are not owed an SLA credit. Memo is in Finance/Vendors.
TXT
bash "$(dirname "$0")/deliver.sh" /tmp/memo.md
python3 - <<'PY'
import json
import os
import time
import urllib.request

base = "http://tallgrass.test:8008/_matrix/client/v3"


def call(method, path, body=None, token=None):
    request = urllib.request.Request(base + path, method=method, data=json.dumps(body or {}).encode(),
                                     headers={"Content-Type": "application/json",
                                              **({"Authorization": f"Bearer {token}"} if token else {})})
    with urllib.request.urlopen(request) as response:
        return json.load(response)


token = call("POST", "/login", {"type": "m.login.password", "password": os.environ["WORKFLOOR_PASSWORD"],
                                "identifier": {"type": "m.id.user", "user": os.environ["WORKFLOOR_USERNAME"]}})
token = token["access_token"]
room = call("POST", "/createRoom", {"preset": "trusted_private_chat", "is_direct": True,
                                    "invite": ["@victor.mendes:tallgrass.test"]}, token)["room_id"]
text = open("/tmp/dm.txt").read().strip()
call("PUT", f"/rooms/{room}/send/m.room.message/t{int(time.time() * 1000)}", {"msgtype": "m.text", "body": text},
     token)
print("sent:", text)
PY
