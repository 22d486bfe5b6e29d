#!/usr/bin/env bash
# A near miss: asks Maya and adds the 13 codes and her short forms, but not the provinces' names, so "Manitoba"
# rows are still dropped.
source "$(dirname "$0")/lib.sh"
ask_maya "Hi Maya, I'm taking over the Canadian provinces ticket. Which spellings do the Canadian customers type into the region field?"
clone_branch
python3 "$HERE/patch.py" . "$SHORT"
git checkout -q -- tests
python3 - "$SHORT" <<'PY'
import re
import sys
from pathlib import Path
clean = Path("groundcount/clean.py")
text = clean.read_text()
start = text.index("CA_PROVINCES = {")
end = text.index("}\n", start) + 2
codes = sorted(set(re.findall(r'"([A-Z]{2})"', text[start:end])))
clean.write_text(text[:start] + "CA_PROVINCES = {c.lower(): c for c in " + repr(codes) + "}\n" + text[end:])
tests = Path("tests/test_clean.py")
t = tests.read_text().replace('    assert normalise_region("ON") is None  # Canadian provinces are not supported yet\n',
                              '    assert normalise_region("ON") == "ON"\n')
short = dict(item.split("=") for item in sys.argv[1].split(","))
t += "\n\ndef test_canadian_codes_and_short_forms() -> None:\n"
t += "".join(f'    assert normalise_region("{c.lower()}") == "{c}"\n' for c in codes)
t += "".join(f'    assert normalise_region("{k}") == "{v}"\n' for k, v in short.items())
tests.write_text(t)
PY
python3 -m pytest -q
commit_and_push "Accept Canadian province codes and short forms"
comment "Pushed to branch feature/canadian-regions: Canadian codes and the customers' short forms ($SHORT) are accepted; tests green."
