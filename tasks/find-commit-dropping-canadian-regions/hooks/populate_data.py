"""Setup: Maya sends Kai her question as a direct message. Speaks as Maya through the administrator's login."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.credentials import admin

QUESTION = (
    "Hi Kai! Nina said you could help me with a bit of git archaeology 🙂 Winnipeg Comfort Air swears their "
    "jobs were in the Groundcount CSVs in September (their exports have region \"MB\") and then vanished from "
    "early October. I always thought groundcount-etl never accepted Canadian regions, and the provinces ticket "
    "says the same. Could you find the commit in groundcount-etl that changed this? I need the commit id, who "
    "made it and when, and what exactly changed in the behaviour. Just reply here, I'm heads-down on the "
    "provinces work."
)


def main() -> None:
    with login(*admin()) as felix, felix.act_as("maya.johnson") as chat:
        chat.send_direct_message("kai.morgan", QUESTION)
    Path(__file__).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
