#!/usr/bin/env bash
# Shared: ask Felix about the badge hand-out and print his reply (used by the solutions that ask).
set -euo pipefail
python_default -m grading.clients.chat ask felix.wagner \
  "Hi Felix, I'm writing Nina's announcement about the lobby badge readers. When and where do people get their new badge, and what should they do with the old one?"
