"""Shared by the solutions (python_default): read the panel forms, score them, write the file, update tickets.

    python_default panel.py score OUT.csv [--count-all] [--style plain|alt]
    python_default panel.py decide OFFER REJECT [--style plain|alt] [--both-to-rachel]

``score`` reads every feedback form from the file server as the examinee (leaving out Raj Iyer's form for Wen
Zhao unless --count-all), averages per competency and overall as Final_Panel_Scoring.md says, uploads the CSV
and prints the scores as JSON. ``decide`` comments on both candidate tickets (scores from /tmp/scores.json),
assigns the offer's ticket to Rachel and closes the other.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys

sys.path.insert(0, "/utils")

from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
FOLDER = "HR/Recruiting/Data_Analyst_2026/Final_Panel_Feedback"
SCORES = "HR/Recruiting/Data_Analyst_2026/Final_Panel_Scores.csv"
COMPETENCIES = ["SQL", "Statistics", "Communication", "Product sense"]
NOT_COUNTED = {("Wen Zhao", "Raj Iyer")}  # Jordan's log: 25 minutes, cut short by the fire drill


def forms() -> list[dict[str, object]]:
    files = FilesClient(USER, PASSWORD)
    found = []
    for entry in files.list(FOLDER):
        text = files.download_text(entry.path)
        field = lambda label: re.search(rf"{label}:\s*(.+)", text).group(1).strip()  # noqa: E731
        scores = {c: int(re.search(rf"\|\s*{c}\s*\|\s*(\d)\s*\|", text).group(1)) for c in COMPETENCIES}
        found.append({"candidate": field("Candidate"), "panelist": field("Panelist"),
                      "recommendation": field("Recommendation"), "scores": scores})
    return found


def score(out: str, count_all: bool, style: str) -> None:
    by_candidate: dict[str, list[dict[str, object]]] = {}
    for form in forms():
        if count_all or (form["candidate"], form["panelist"]) not in NOT_COUNTED:
            by_candidate.setdefault(str(form["candidate"]), []).append(form)
    result = {}
    for name, counted in sorted(by_candidate.items()):
        averages = {c: sum(f["scores"][c] for f in counted) / len(counted) for c in COMPETENCIES}  # type: ignore[index]
        result[name] = {**averages, "overall": sum(averages.values()) / 4,
                        "strong_no": any(f["recommendation"] == "Strong no hire" for f in counted)}
    if style == "plain":
        lines = ["candidate,sql,statistics,communication,product_sense,overall"]
        lines += [f"{n},{r['SQL']:.2f},{r['Statistics']:.2f},{r['Communication']:.2f},{r['Product sense']:.2f},"
                  f"{r['overall']:.2f}" for n, r in result.items()]
    else:  # the competency scores rounded first, then averaged; other column order and names
        lines = ["Overall,Candidate name,Product Sense,SQL,Communication,Statistics"]
        for n, r in result.items():
            rounded = {c: round(r[c], 2) for c in COMPETENCIES}
            lines.append(f"{sum(rounded.values()) / 4:.2f},{n.split()[1]} {n.split()[0]},{rounded['Product sense']},"
                         f"{rounded['SQL']},{rounded['Communication']},{rounded['Statistics']}")
    FilesClient(USER, PASSWORD).upload(out, "\n".join(lines) + "\n")
    with open("/tmp/scores.json", "w", encoding="utf-8") as handle:
        json.dump(result, handle)
    print("\n".join(lines))


def decide(offer: str, reject: str, style: str, both_to_rachel: bool) -> None:
    result = json.load(open("/tmp/scores.json", encoding="utf-8"))
    tracker = TrackerClient(USER, PASSWORD)
    for name in (offer, reject):
        r = result[name]
        details = ", ".join(f"{c} {r[c]:.2f}" for c in COMPETENCIES)
        if style == "plain":
            text = (f"Final panel scored (Final_Panel_Scoring.md).\nOverall score: {r['overall']:.2f}\n"
                    f"Competencies: {details}\nDecision: {'offer' if name == offer else 'rejected'}")
        else:
            text = (f"Scores from the final panel: {details}.\n"
                    f"{'Her' if name else ''} overall comes to {r['overall']:.2f} out of 4, "
                    f"{'the highest, so she gets the offer.' if name == offer else 'so no offer this time.'}")
        issue = tracker.find_issue("people-ops", f"Data Analyst candidate: {name}")
        if name == offer or both_to_rachel:
            tracker.update_issue(issue.id, assignee="rachel.kim", comment=text)
        else:
            tracker.update_issue(issue.id, status="Closed", comment=text)
        print("updated", name)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=["score", "decide"])
    parser.add_argument("args", nargs="*")
    parser.add_argument("--count-all", action="store_true")
    parser.add_argument("--both-to-rachel", action="store_true")
    parser.add_argument("--style", choices=["plain", "alt"], default="plain")
    args = parser.parse_args()
    if args.action == "score":
        score(SCORES, args.count_all, args.style)
    else:
        decide(args.args[0], args.args[1], args.style, args.both_to_rachel)


if __name__ == "__main__":
    main()
