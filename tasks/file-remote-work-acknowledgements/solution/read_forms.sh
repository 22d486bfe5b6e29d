#!/usr/bin/env bash
# Shared by the solutions: print the text of every acknowledgement form on the share (pypdf), as a reader would.
set -euo pipefail
python3 - <<'PY'
import io, os, re, requests
from pypdf import PdfReader
base = f"http://{os.environ.get('SERVER_HOSTNAME', 'tallgrass.test')}:3923"
auth = (os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"])
folder = "HR/Policies/Remote_Work_v3/Acknowledgements"
listing = requests.get(f"{base}/{folder}/?ls", auth=auth, timeout=30).json()
for entry in listing.get("files", []):
    name = entry["href"]
    data = requests.get(f"{base}/{folder}/{name}", auth=auth, timeout=30).content
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    print(f"=== {name}\n{text}\n")
PY
