"""Edits an intake-api checkout (cwd) for the solutions. Usage: apply.py MODE
  full        bound parameter for trade, sort allow-list (400 on anything else), tests/test_list_security.py
  trade-only  bound parameter for trade only, tests for trade only
  alt         trade allow-list (400 for an unknown trade), ORDER BY from a dict of fixed clauses, tests appended to
              tests/test_list_filters.py
  tests-only  only tests/test_list_security.py (they fail on the vulnerable code)
"""
import sys
from pathlib import Path

MODE = sys.argv[1]
store, app = Path("intake_api/store.py"), Path("intake_api/app.py")

TRADE_VULN = """            query += f" AND json_extract(payload, '$.trade') = '{trade.strip().lower()}'"\n"""
TRADE_BOUND = """            query += " AND json_extract(payload, '$.trade') = ?"\n            params += (trade.strip().lower(),)\n"""
SORT_VULN = """        column = SORTS.get(sort.lstrip("-"), sort.lstrip("-"))\n"""
SORT_SAFE = """        column = SORTS.get(sort.removeprefix("-"))\n        if column is None:  # never SQL from the request\n            raise ValueError(f"unknown sort {sort!r}")\n"""
APP_VULN = """                sort = query.get("sort", ["created"])[0]\n"""
APP_SAFE = """                sort = query.get("sort", ["created"])[0]\n                if sort.removeprefix("-") not in SORTS:\n                    return "400 Bad Request", {"errors": {"sort": "one of " + ", ".join(SORTS) + " (- for descending)"}}\n"""

SECURITY_TESTS = '''from urllib.parse import quote

from conftest import KEY_A, KEY_B

BASE = {"customer_name": "Dana Whitaker", "phone": "402-555-0187", "postcode": "68510",
        "preferred_date": "2026-11-30"}


def seed(client) -> tuple[set[int], set[int]]:
    own = {client.request("POST", "/v1/jobs", {**BASE, "trade": t}, {"X-Api-Key": KEY_A})[1]["id"]
           for t in ("hvac", "plumbing")}
    other = {client.request("POST", "/v1/jobs", {**BASE, "trade": "hvac", "customer_name": "Other"},
                            {"X-Api-Key": KEY_B})[1]["id"]}
    return own, other


def listing(client, query: str) -> tuple[int, object]:
    return client.request("GET", "/v1/jobs?" + query, headers={"X-Api-Key": KEY_A})


def test_trade_cannot_widen_the_query(client) -> None:
    own, other = seed(client)
    for attack in ("x' OR '1'='1", "hvac' OR 1=1 --", "' OR customer_id='cust-prairiesky' --"):
        status, body = listing(client, "trade=" + quote(attack))
        assert status in (200, 400)
        if status == 200:
            assert {job["id"] for job in body["jobs"]} <= own


def test_sort_expression_is_refused(client) -> None:
    seed(client)
    for who in ("cust-prairiesky", "cust-nobody"):
        blind = f"(CASE WHEN (SELECT count(*) FROM job_requests WHERE customer_id='{who}')>0 THEN id ELSE -id END)"
        status, body = listing(client, "sort=" + quote(blind))
        assert status == 400
        assert set(body["errors"]) == {"sort"}


def test_documented_sorts_still_work(client) -> None:
    own, _ = seed(client)
    for sort in ("created", "-created", "preferred_date", "-preferred_date"):
        status, body = listing(client, "sort=" + sort)
        assert status == 200
        assert {job["id"] for job in body["jobs"]} == own
'''

TRADE_TESTS = SECURITY_TESTS[:SECURITY_TESTS.index("def test_sort_expression_is_refused")].rstrip() + "\n"

ALT_STORE_SORT = """        order = ORDER_BY.get(sort)
        if order is None:
            raise ValueError(f"unknown sort {sort!r}")
        query += " ORDER BY " + order
        return [_as_dict(r) for r in self._db.execute(query, params)]
"""
ALT_TESTS = '''

def test_quote_in_trade_is_refused(client) -> None:
    submit(client, KEY_B, "hvac", "2026-11-26")
    status, body = client.request("GET", "/v1/jobs?trade=x%27%20OR%20%271%27%3D%271", headers={"X-Api-Key": KEY_A})
    assert (status, set(body.get("errors", {}))) == (400, {"trade"})


def test_sort_must_be_documented(client) -> None:
    submit(client, KEY_B, "hvac", "2026-11-26")
    for sort in ("id", "payload", "(SELECT 1)", "created;DROP TABLE job_requests"):
        status, body = client.request("GET", "/v1/jobs?sort=" + sort.replace(" ", "%20"), headers={"X-Api-Key": KEY_A})
        assert (status, set(body.get("errors", {}))) == (400, {"sort"})
'''


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, (path, old)
    path.write_text(text.replace(old, new))


if MODE in ("full", "trade-only"):
    replace(store, TRADE_VULN, TRADE_BOUND)
if MODE == "full":
    replace(store, SORT_VULN, SORT_SAFE)
    replace(app, APP_VULN, APP_SAFE)
    replace(app, "from .store import JobStore\n", "from .store import SORTS, JobStore\n")
if MODE in ("full", "tests-only"):
    Path("tests/test_list_security.py").write_text(SECURITY_TESTS)
if MODE == "trade-only":
    Path("tests/test_list_security.py").write_text(TRADE_TESTS)
if MODE == "alt":
    replace(store, TRADE_VULN, TRADE_BOUND)
    text = store.read_text()
    start = text.index('        direction = "DESC"')
    end = text.index("        return [_as_dict(r) for r in self._db.execute(query, params)]\n")
    end += len("        return [_as_dict(r) for r in self._db.execute(query, params)]\n")
    text = text[:start] + ALT_STORE_SORT + text[end:]
    text = text.replace("# Sort keys of GET /v1/jobs", "# ORDER BY clause of each documented sort (fixed text, never from the request)\n"
                        "ORDER_BY = {\"created\": \"id ASC\", \"-created\": \"id DESC\",\n"
                        "            \"preferred_date\": \"json_extract(payload, '$.preferred_date') ASC, id ASC\",\n"
                        "            \"-preferred_date\": \"json_extract(payload, '$.preferred_date') DESC, id DESC\"}\n"
                        "# Sort keys of GET /v1/jobs")
    store.write_text(text)
    replace(app, APP_VULN, APP_VULN + """                errors = {}
                if trade is not None and trade.strip().lower() not in TRADES:
                    errors["trade"] = "one of " + ", ".join(TRADES)
                if sort not in ORDER_BY:
                    errors["sort"] = "one of " + ", ".join(ORDER_BY)
                if errors:
                    return "400 Bad Request", {"errors": errors}
""")
    replace(app, "from .store import JobStore\n", "from .store import ORDER_BY, JobStore\n")
    replace(app, "from .validation import ValidationError, validate_job_request\n",
            "from .validation import TRADES, ValidationError, validate_job_request\n")
    tests = Path("tests/test_list_filters.py")
    tests.write_text(tests.read_text() + ALT_TESTS)
