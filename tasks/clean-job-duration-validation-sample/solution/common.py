"""Shared by the solutions (run with python_default): fetch the raw sample, clean it, ask Maya, tell Elena."""

import csv
import io
import os
import re
import statistics
import sys

sys.path.insert(0, "/utils")

from grading.clients.chat import login  # noqa: E402
from grading.clients.files import FilesClient  # noqa: E402

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
RAW = "Data/ml/job_duration/october_validation_raw.csv"
CLEAN = "Data/ml/job_duration/october_validation_clean.csv"
KM_PER_MILE = 1.609344
TRADES = {"hvac": "HVAC", "plumbing": "Plumbing", "electrical": "Electrical", "landscaping": "Landscaping"}
files = FilesClient(USER, PASSWORD)


def minutes(text: str) -> int:
    """'95', '95 min', '1 h 35 min', '1.5 h', '1:35', '-40 min' -> minutes."""
    t = text.strip().lower()
    if m := re.fullmatch(r"(-?\d+):(\d{2})", t):
        return int(m[1]) * 60 + int(m[2])
    if m := re.fullmatch(r"(-?\d+)\s*h\s*(\d+)\s*min", t):
        return int(m[1]) * 60 + int(m[2])
    if m := re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*h", t):
        return round(float(m[1]) * 60)
    if m := re.fullmatch(r"(-?\d+)(?:\s*min)?", t):
        return int(m[1])
    raise ValueError(f"unknown duration {text!r}")


def miles(text: str, km_as_miles: bool = False) -> float:
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*(mi|miles|km)", text.strip().lower())
    if not m:
        raise ValueError(f"unknown distance {text!r}")
    value = float(m[1])
    return value if m[2] != "km" or km_as_miles else value / KM_PER_MILE


def clean(*, dedupe: str = "id", drop_impossible: bool = True, km_as_miles: bool = False,
          long_over: int = 180, inclusive: bool = False) -> tuple[list[dict], dict]:
    """(clean rows, figures) under the given choices (the right ones by default)."""
    raw = list(csv.DictReader(io.StringIO(files.download_text(RAW))))
    seen: set = set()
    unique = []
    for row in raw:
        key = row["job_id"].strip() if dedupe == "id" else tuple(row.values())
        if key in seen:
            continue
        seen.add(key)
        unique.append(row)
    rows, impossible = [], 0
    for row in unique:
        on_site = minutes(row["on_site"])
        distance = miles(row["travel"], km_as_miles)
        if drop_impossible and (on_site <= 0 or on_site > 12 * 60 or distance < 0):
            impossible += 1
            continue
        rows.append({"job_id": row["job_id"].strip(), "completed_on": row["completed_on"].strip(),
                     "trade": TRADES[row["trade"].strip().lower()], "technician": row["technician"].strip(),
                     "on_site_min": on_site, "travel_mi": f"{distance:.1f}"})
    durations = [r["on_site_min"] for r in rows]
    long_jobs = sum(d >= long_over if inclusive else d > long_over for d in durations)
    figures = {"raw": len(raw), "duplicates": len(raw) - len(unique), "impossible": impossible, "clean": len(rows),
               "median": statistics.median(durations), "long": long_jobs,
               "share": round(100 * long_jobs / len(rows), 1)}
    return rows, figures


def csv_text(rows: list[dict], columns: list[str] | None = None, crlf: bool = False) -> str:
    out = io.StringIO()
    fields = columns or ["job_id", "completed_on", "trade", "technician", "on_site_min", "travel_mi"]
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\r\n" if crlf else "\n",
                            quoting=csv.QUOTE_ALL if crlf else csv.QUOTE_MINIMAL)
    writer.writeheader()
    writer.writerows({k: r[k] for k in fields} for r in rows)
    return out.getvalue()


def upload(text: str) -> None:
    files.upload(CLEAN, text)


def ask(person: str, text: str) -> str:
    with login(USER, PASSWORD) as chat:
        return chat.ask(person, text, timeout=120)


def tell(person: str, text: str) -> None:
    with login(USER, PASSWORD) as chat:
        chat.send_direct_message(person, text)


def cut_off(reply: str) -> tuple[int, bool]:
    """(minutes, inclusive) read from Maya's reply: the number of minutes (or hours) and whether exactly it counts."""
    m = re.search(r"(\d+)\s*(?:minutes|min)\b", reply) or re.search(r"(\d+)\s*(?:hours|h)\b", reply)
    assert m, reply
    value = int(m[1]) * (60 if "h" in m[0] and "min" not in m[0] else 1)
    inclusive = re.search(r"at least|or more|and above", reply, re.IGNORECASE) is not None
    return value, inclusive


def report(f: dict) -> str:
    return (f"Hi Elena, the October validation sample is clean: {CLEAN}\n"
            f"- Rows in the raw file: {f['raw']}\n"
            f"- Duplicate rows removed: {f['duplicates']}\n"
            f"- Jobs left out as impossible: {f['impossible']}\n"
            f"- Jobs in the clean file: {f['clean']}\n"
            f"- Median time on site: {f['median']:g} min\n"
            f"- Long jobs (more than 180 min on site, Maya's definition): {f['long']}, "
            f"i.e. {f['share']:.1f}% of the clean jobs")
