"""Shared by this task's non-reference solutions (imported, not run): the ticket, the raw export, cleaning with
a choice of mistakes, uploads and the comment. Same interfaces as an examinee: tracker REST, file share HTTP."""

from __future__ import annotations

import csv
import io
import os
import re
from datetime import datetime

import requests

HOST = "tallgrass.test"
TRACKER = f"http://{HOST}:3000"
FILES = f"http://{HOST}:3923"
TICKET = "Clean the 2026 customer survey dataset"
PLANS = ["Starter", "Pro", "Enterprise"]

http = requests.Session()
http.auth = (os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"])
http.trust_env = False

DATE_FORMATS = ("%b %d, %Y", "%Y-%m-%d %H:%M", "%m/%d/%Y", "%d.%m.%Y")
STATES = {"nebraska": "NE", "nebr": "NE", "iowa": "IA", "kansas": "KS", "kan": "KS", "colorado": "CO",
          "colo": "CO", "missouri": "MO", "south dakota": "SD", "minnesota": "MN", "texas": "TX"}
PLAN_NAMES = {"starter": "Starter", "basic (starter)": "Starter", "pro": "Pro", "professional": "Pro",
              "ent.": "Enterprise", "enterprise": "Enterprise"}


def ticket_id() -> int:
    issues = http.get(f"{TRACKER}/issues.json", params={"project_id": "data-platform", "status_id": "*",
                                                          "limit": 100}).json()["issues"]
    return next(i["id"] for i in issues if i["subject"] == TICKET)


def raw() -> tuple[list[str], list[dict[str, str]]]:
    text = http.get(f"{FILES}/Data/raw/customer_survey_2026.csv").content.decode("utf-8")
    reader = csv.DictReader(io.StringIO(text))
    return list(reader.fieldnames or []), list(reader)


def iso(text: str, with_time: bool = False) -> str:
    for fmt in DATE_FORMATS:
        try:
            moment = datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
        return moment.isoformat(timespec="seconds") if with_time else moment.date().isoformat()
    raise ValueError(text)


def clean(rows: list[dict[str, str]], *, keep: str = "first", cap_11: bool = False,
          with_time: bool = False) -> list[dict[str, str]]:
    """One row per response_id (the first or the last submission), values normalised."""
    chosen: dict[str, dict[str, str]] = {}
    for row in rows:
        if keep == "last" or row["response_id"] not in chosen:
            chosen[row["response_id"]] = row

    def nps(text: str) -> str:
        text = text.strip()
        if not re.fullmatch(r"\d+", text):
            return ""
        return str(min(int(text), 10)) if cap_11 else (text if int(text) <= 10 else "")

    def state(text: str) -> str:
        cleaned = text.strip().rstrip(".").strip()
        return cleaned.upper() if len(cleaned) == 2 else STATES[cleaned.lower()]

    return [{**row, "submitted_at": iso(row["submitted_at"], with_time), "company": row["company"].strip(),
             "state": state(row["state"]), "plan": PLAN_NAMES[row["plan"].strip().lower()], "nps": nps(row["nps"])}
            for row in chosen.values()]


def score(rows: list[dict[str, str]]) -> tuple[float, int]:
    valid = [int(r["nps"]) for r in rows if r["nps"] != ""]
    return round(100 * (sum(v >= 9 for v in valid) - sum(v <= 6 for v in valid)) / len(valid), 1), len(valid)


def per_plan(rows: list[dict[str, str]]) -> dict[str, tuple[float, int]]:
    return {plan: score([r for r in rows if r["plan"] == plan]) for plan in PLANS}


def upload(path: str, data: bytes) -> None:
    http.put(f"{FILES}/{path}", data=data).raise_for_status()


def upload_csv(columns: list[str], rows: list[dict[str, str]], line_end: str = "\n") -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator=line_end)
    writer.writeheader()
    writer.writerows(rows)
    upload("Data/clean/customer_survey_2026_clean.csv", out.getvalue().encode())


def comment(text: str) -> None:
    http.put(f"{TRACKER}/issues/{ticket_id()}.json", json={"issue": {"notes": text}}).raise_for_status()
