#!/usr/bin/env bash
# Alt: every CSV field quoted with CRLF line ends, columns in another order; the figures as a markdown table with
# the share as a fraction (0.162) and the median as "120 minutes (2 hours)".
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from common import ask, clean, csv_text, cut_off, tell, upload
reply = ask("maya.johnson", "Maya, quick one: how is a long job defined for the duration model (which threshold)?")
over, inclusive = cut_off(reply)
rows, f = clean(long_over=over, inclusive=inclusive)
upload(csv_text(rows, ["job_id", "on_site_min", "travel_mi", "trade", "technician", "completed_on"], crlf=True))
share = f["long"] / f["clean"]
tell("elena.popescu", f"""Elena, here are the figures for the cleaned validation sample:

| Figure | Value |
|---|---|
| Raw rows | {f['raw']} |
| Duplicates removed | {f['duplicates']} |
| Impossible jobs left out | {f['impossible']} |
| Jobs in the clean file | {f['clean']} |
| Median on site | {f['median']:g} minutes (2 hours) |
| Long jobs (over {over} min on site) | {f['long']} |
| Long-job share | {share:.3f} |""")
PY
