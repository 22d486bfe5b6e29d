#!/usr/bin/env bash
# Renders data/files_src/ (make_files.py conventions) into data/rendered/; the outputs are committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rm -rf "$here/rendered"
python3 "$here/../../../servers/company/make_files.py" "$here" "$here/rendered"
