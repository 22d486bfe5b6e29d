"""Every python example in docs/grading-rules.md runs and its assertions hold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import grading.answers

DOC = Path(__file__).resolve().parent.parent / "docs" / "grading-rules.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(), re.DOTALL)


def test_the_doc_has_an_example_per_rule() -> None:
    assert len(BLOCKS) >= 8


@pytest.mark.parametrize("block", BLOCKS, ids=[f"example{i + 1}" for i in range(len(BLOCKS))])
def test_example_holds(block: str) -> None:
    exec(compile(block, str(DOC), "exec"), dict(vars(grading.answers)))
