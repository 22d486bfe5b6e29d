"""Shared by the solutions (python_default): put a file on the file server, or send Victor a chat message.

    python_default deliver.py upload LOCAL REMOTE
    python_default deliver.py dm USERNAME MESSAGE_FILE
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.files import FilesClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]


def main() -> None:
    action, first, second = sys.argv[1:4]
    if action == "upload":
        FilesClient(USER, PASSWORD).upload(second, Path(first).read_bytes())
        print(f"uploaded {second}")
    else:
        with login(USER, PASSWORD) as chat:
            chat.send_direct_message(first, Path(second).read_text(encoding="utf-8"))
        print(f"sent to {first}")


if __name__ == "__main__":
    main()
