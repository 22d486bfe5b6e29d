#!/usr/bin/env bash
# Renders data/files_src/ (make_files.py conventions: NAME.pdf.md -> NAME.pdf, NAME.xlsx/ -> NAME.xlsx) into
# data/rendered/; the outputs are committed. Needs a python3 with openpyxl, python-docx and fpdf2
# (PYTHON=/path/to/python3 to choose one).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rm -rf "$here/rendered"
"${PYTHON:-python3}" "$here/../../../servers/company/make_files.py" "$here" "$here/rendered"
