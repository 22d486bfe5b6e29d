"""Task state: three vendors' docking-station quotes on the file share and Felix's requirements in a DM to Kai."""

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.credentials import admin

RENDERED = Path("/utils/task/data/rendered")
REQUIREMENTS = """Hi Kai! Nina says you're taking care of the docking stations for the laptop refresh. Here's what they have to do:

- one per new engineering laptop, so 8 docks
- USB-C, and they must power the laptop: at least 90 W power delivery (the new 14-inch models draw 90 W; a 65 W dock drains the battery under load)
- drive two 4K monitors at 60 Hz
- be here by Friday 2026-12-11 (hand-out starts Monday 12-14)

The three quotes are in Admin/IT/Quotes/ on the file server. Warranty and brand don't matter to me. Thanks!"""

files = FilesClient(*admin())
uploaded = sorted(p for p in RENDERED.rglob("*") if p.is_file())
for path in uploaded:
    files.upload(str(path.relative_to(RENDERED)), path.read_bytes())
with login(*admin()) as felix:  # the administrator is Felix Wagner
    felix.send_direct_message("kai.morgan", REQUIREMENTS)
print(f"populate_data: {len(uploaded)} quotes uploaded to Admin/IT/Quotes/, Felix's requirements sent to Kai")
