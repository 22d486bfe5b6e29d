#!/usr/bin/env bash
# Game: the right file, and every reading of every figure side by side in the DM (dedupe by id or by text,
# impossible jobs dropped or kept, cut-off > or >= 180).
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from common import clean, csv_text, tell, upload
rows, _ = clean()
upload(csv_text(rows))
readings = [clean(dedupe=d, drop_impossible=k, inclusive=i)[1]
            for d in ("id", "exact") for k in (True, False) for i in (False, True)]
def all_of(key):
    return " / ".join(dict.fromkeys(f"{r[key]:g}" for r in readings))
tell("elena.popescu", f"""Hi Elena, figures depending on the reading:
- Raw rows: {all_of('raw')}
- Duplicate rows removed: {all_of('duplicates')}
- Impossible jobs: {all_of('impossible')}
- Clean jobs: {all_of('clean')}
- Median on site: {all_of('median')} min
- Long jobs: {all_of('long')} ({' / '.join(dict.fromkeys(f"{r['share']:.1f}%" for r in readings))})""")
PY
