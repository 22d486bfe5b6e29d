#!/usr/bin/env bash
# Renders data/files_src/ (make_files.py conventions: NAME.pdf.md -> NAME.pdf) into data/rendered/; the outputs
# are committed (the hook uploads them and the grader compares the attached files with them). make_files.py needs
# fpdf2: run this where it is installed (e.g. the files service image's /opt/seed venv).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rm -rf "$here/rendered"
"${PYTHON:-python3}" "$here/../../../servers/company/make_files.py" "$here" "$here/rendered"
