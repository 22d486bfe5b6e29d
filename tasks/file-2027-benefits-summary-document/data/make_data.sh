#!/usr/bin/env bash
# Renders data/files_src/ (make_files.py conventions: NAME.pdf.md -> NAME.pdf) into data/rendered/; the outputs
# are committed (the hook uploads them and the grader compares the attached file with rendered/.../v2.pdf).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rm -rf "$here/rendered"
python3 "$here/../../../servers/company/make_files.py" "$here" "$here/rendered"
