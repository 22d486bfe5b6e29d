#!/usr/bin/env bash
# Gaming: lists every slot the candidate could take on their ticket and every option to Jordan.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import aaliyah_can, comment, slots, tell_jordan, wen_can, when
rows = slots()
for name, ok in (("Aaliyah Porter", aaliyah_can), ("Wen Zhao", wen_can)):
    options = [r for r in rows if ok(r)]
    comment(name, "Final panel (room Sideoats; Elena, Raj, Omar), one of:\n" + "\n".join(f"- {when(r)}" for r in options))
tell_jordan("Options:\n" + "\n".join(f"- Aaliyah Porter: {when(r)}" for r in rows if aaliyah_can(r))
            + "\n" + "\n".join(f"- Wen Zhao: {when(r)}" for r in rows if wen_can(r)))
PY
