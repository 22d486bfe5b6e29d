"""The grading library's package imports its parts on first use: init.sh (which needs only the endpoints and
the image layout) starts in a fraction of the time, and evaluators still write ``from grading import ...``."""

from __future__ import annotations

import subprocess
import sys


def _python(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_the_endpoints_come_without_pydantic_or_the_llm_client():
    loaded = _python("import sys, grading.endpoints, grading.image_layout; "
                     "print(sorted(m for m in ('pydantic', 'grading.llm', 'grading.scoring') if m in sys.modules))")
    assert loaded == "[]"


def test_the_public_names_still_import_from_the_package():
    assert _python("from grading import Checkpoint, Result, grader, llm_judge, admin; print(Checkpoint(2, 1).result)") \
        == "1"
    assert _python("import grading; print(sorted(n for n in grading.__all__ if not hasattr(grading, n)))") == "[]"
    missing = subprocess.run([sys.executable, "-c", "from grading import no_such_name"], capture_output=True, text=True)
    assert missing.returncode == 1 and "cannot import name 'no_such_name'" in missing.stderr
