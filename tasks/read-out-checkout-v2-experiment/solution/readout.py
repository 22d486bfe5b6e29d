"""Shared by the solutions (python_default): compute the checkout v2 readout, upload it, message Hannah.

    python_default readout.py [--keep testers,zero] [--one-sided] [--style plain|alt] [--message FILE]

Reads the export from the file server as the examinee, leaves out tallgrass.test testers and users with 0
checkout sessions (unless --keep names them), computes both conversion rates, the relative lift and the pooled
two-proportion z-test, fills the template and uploads the readout. With --message, FILE's ``{control}``,
``{treatment}``, ``{lift}`` and ``{p}`` placeholders are filled and the text is sent to Hannah.
"""

from __future__ import annotations

import argparse
import csv
import io
import math
import os
import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.files import FilesClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
FOLDER = "Data/Experiments"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", default="")
    parser.add_argument("--one-sided", action="store_true")
    parser.add_argument("--style", choices=["plain", "alt"], default="plain")
    parser.add_argument("--message")
    args = parser.parse_args()
    keep = set(filter(None, args.keep.split(",")))
    files = FilesClient(USER, PASSWORD)
    rows = list(csv.DictReader(io.StringIO(files.download_text(f"{FOLDER}/checkout_v2_experiment_2026-11.csv"))))
    counted = [r for r in rows if ("testers" in keep or r["email_domain"] != "tallgrass.test")
               and ("zero" in keep or int(r["checkout_sessions"]) > 0)]
    n = {v: sum(r["variant"] == v for r in counted) for v in ("control", "treatment")}
    c = {v: sum(int(r["converted"]) for r in counted if r["variant"] == v) for v in n}
    rate = {v: c[v] / n[v] for v in n}
    lift = (rate["treatment"] - rate["control"]) / rate["control"]
    pooled = sum(c.values()) / sum(n.values())
    z = (rate["treatment"] - rate["control"]) / math.sqrt(pooled * (1 - pooled) * (1 / n["control"] + 1 / n["treatment"]))
    p = math.erfc(abs(z) / math.sqrt(2)) / (2 if args.one_sided else 1)
    significant = p < 0.05
    if args.style == "plain":
        values = [f"{100 * rate['control']:.2f}%", f"{100 * rate['treatment']:.2f}%", f"{100 * lift:.1f}%",
                  f"{p:.3f}", "yes" if significant else "no"]
    else:  # fractions, more digits, words
        values = [f"{rate['control']:.4f}", f"{rate['treatment']:.4f}", f"{lift:.4f}", f"{p:.4f}",
                  "Significant" if significant else "Not significant"]
    template = list(csv.reader(io.StringIO(files.download_text(f"{FOLDER}/Checkout_v2_Readout_Template.csv"))))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(template[0])
    for row, value in zip(template[1:], values, strict=True):
        writer.writerow([row[0], value])
    files.upload(f"{FOLDER}/Checkout_v2_Readout.csv", out.getvalue())
    print(out.getvalue())
    if args.message:
        text = Path(args.message).read_text(encoding="utf-8").format(
            control=f"{100 * rate['control']:.1f}%", treatment=f"{100 * rate['treatment']:.1f}%",
            lift=f"{100 * lift:.0f}%", p=f"{p:.2f}")
        with login(USER, PASSWORD) as chat:
            chat.send_direct_message("hannah.brooks", text)
        print(text)


if __name__ == "__main__":
    main()
