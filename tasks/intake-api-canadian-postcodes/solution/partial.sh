#!/usr/bin/env bash
# Half done: never asks Aisha, so any Canadian postal code of any province is accepted (normalised, with tests
# and docs); pushed on a branch, but the ticket is not touched.
source "$(dirname "$0")/lib.sh"
clone_branch feature/canadian-postcodes
python3 "$HERE/apply.py" .
sed -i 's/_CA_POSTCODE = re.compile(r"^(\[KLMNPRS\]/_CA_POSTCODE = re.compile(r"^([ABCEGHJ-NPRSTV-Z]/' intake_api/validation.py
grep -q 'r"^(\[ABCEGHJ-NPRSTV-Z\]' intake_api/validation.py
python3 - <<'PY'
from pathlib import Path
path = Path("tests/test_postcodes.py")
text = path.read_text()
start = text.index('@pytest.mark.parametrize("raw", ["V6B 1A1"')
end = text.index("@pytest.mark.parametrize", start + 10)
path.write_text(text[:start] + text[end:])
PY
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Accept Canadian postal codes"
