"""Studies: every selected task × examinees × trials, run in parallel, resumable, locally or on Ray.

The study folder format (``study.json``, ``results.json``/``results.csv``, ``runs/<run-id>/``) is the
contract with ``harness report``/``view``/``submit``; its models are in ``models``.
"""
