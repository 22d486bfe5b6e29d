"""Edit a checkout of intake-api: null notes mean no notes; regression tests. Usage: apply.py REPO [MODE]

MODE "fix" (default) is the right fix; "falsy" treats every falsy value (0, false, [], {}) as no notes;
"tests-only" writes the tests and leaves the code alone.
"""

import sys
from pathlib import Path

repo = Path(sys.argv[1])
mode = sys.argv[2] if len(sys.argv) > 2 else "fix"

validation = repo / "intake_api" / "validation.py"
code = validation.read_text()
old = '    notes = data.get("notes", "")\n'
assert old in code, "unexpected validation.py"
new = {
    "fix": '    notes = data.get("notes")\n    if notes is None:  # null means "no notes", like leaving the field out\n'
           '        notes = ""\n',
    "falsy": '    notes = data.get("notes") or ""\n',
    "tests-only": old,
}[mode]
validation.write_text(code.replace(old, new))

not_text = '[42, True, ["side gate"]]' if mode == "falsy" else '[42, 0, 0.0, True, False, [], ["side gate"], {}]'
tests = repo / "tests" / "test_validation.py"
tests.write_text(tests.read_text() + f"""

NOT_TEXT = {not_text}
""" + '''

def test_null_notes_mean_no_notes() -> None:
    clean = validate_job_request(good(notes=None), TODAY)
    assert "notes" not in clean
    assert clean == validate_job_request({k: v for k, v in good().items() if k != "notes"}, TODAY)


def test_null_notes_do_not_hide_other_errors() -> None:
    assert errors_of(good(notes=None, phone="555")) == {"phone": "expected a 10-digit US phone number"}


@pytest.mark.parametrize("notes", NOT_TEXT)
def test_notes_that_are_not_text_are_rejected(notes: object) -> None:
    assert set(errors_of(good(notes=notes))) == {"notes"}
''')

api_test = repo / "tests" / "test_api.py"
api_test.write_text(api_test.read_text() + '''

def test_request_with_null_notes_is_created(client) -> None:
    body = {"customer_name": "Prairie Sky HVAC", "phone": "306-555-0148", "postcode": "68516",
            "trade": "hvac", "preferred_date": "2026-11-30", "notes": None}
    status, job = client.request("POST", "/v1/jobs", body, headers={"X-Api-Key": KEY_A})
    assert status == 201
    assert "notes" not in job
''')
print("applied", mode)
