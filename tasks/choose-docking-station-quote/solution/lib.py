"""Shared by the solutions (python_default): read the quotes, file a purchase request, message Felix."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient

HERE = Path(__file__).resolve().parent
USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
QUOTES = "Admin/IT/Quotes"


def quote_texts() -> dict[str, str]:
    """File name -> its text (PDF text or xlsx rows), read with the examinee's python3 (pypdf, openpyxl)."""
    files = FilesClient(USER, PASSWORD)
    texts = {}
    for entry in files.list(QUOTES):
        with tempfile.NamedTemporaryFile(suffix=Path(entry.name).suffix) as tmp:
            tmp.write(files.download(entry.path))
            tmp.flush()
            texts[entry.name] = subprocess.run(["python3", str(HERE / "read_quote.py"), tmp.name], check=True,
                                               capture_output=True, text=True).stdout
    return texts


def check_quotes() -> None:
    """The facts the choice rests on, as the quotes state them."""
    texts = " ".join(quote_texts().values()).replace("\n", " ")
    for fact in ("minimum order quantity 10", "65 W pass-through", "100 W power delivery", "Delivery and handling"):
        assert fact in texts, f"quote fact not found: {fact}"


def file_request(subject: str, description: str) -> int:
    issue = TrackerClient(USER, PASSWORD).create_issue("it-ops", subject, description, tracker="Support",
                                                       assignee="nina.petrova")
    print(f"filed #{issue.id}: {subject}")
    return issue.id


def tell_felix(text: str) -> None:
    with login(USER, PASSWORD) as chat:
        chat.send_direct_message("felix.wagner", text)
