#!/usr/bin/env bash
# A near miss: the right code and tests, but the docs' only example is a Vancouver code the API rejects.
source "$(dirname "$0")/lib.sh"
ask_aisha "Hi Aisha! Omar asked me to add Canadian postal codes to intake-api. What are the exact validation rules?"
clone_branch feature/canadian-postcodes
python3 "$HERE/apply.py" .
sed -i 's/(`R3C 4T3`; any case/(e.g. `V6B 1A1`; any case/' docs/api.md
grep -q 'V6B 1A1' docs/api.md
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Accept Canadian postal codes from the provinces we serve (#$ISSUE)"
ticket "Pushed to branch feature/canadian-postcodes for Aisha's review." assign
