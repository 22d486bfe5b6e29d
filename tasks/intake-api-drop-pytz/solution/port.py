"""Replace pytz with zoneinfo in an intake-api checkout. Usage: port.py REPO MODE

MODE zoneinfo: the reference port (requirements.txt kept, empty of pytz)
MODE delete:   the port, requirements.txt deleted and its install lines removed (alt)
MODE fixed:    fixed UTC offsets instead of time zones (near miss: no daylight saving time)
MODE fallback: zoneinfo, but still "try: import pytz" first (near miss)
"""

import re
import sys
from pathlib import Path

repo, mode = Path(sys.argv[1]), sys.argv[2]
local = repo / "intake_api" / "localtime.py"
code = local.read_text()
code = code.replace("from datetime import date, datetime\n\nimport pytz\n",
                    "from datetime import date, datetime, timedelta, timezone, tzinfo\nfrom zoneinfo import ZoneInfo\n")
if mode == "fixed":
    code = code.replace('CENTRAL = pytz.timezone("America/Chicago")', "CENTRAL = timezone(timedelta(hours=-6))")
    code = code.replace('MOUNTAIN = pytz.timezone("America/Denver")', "MOUNTAIN = timezone(timedelta(hours=-7))")
else:
    code = code.replace('pytz.timezone("America/Chicago")', 'ZoneInfo("America/Chicago")')
    code = code.replace('pytz.timezone("America/Denver")', 'ZoneInfo("America/Denver")')
code = code.replace("def zone_for(postcode: str) -> pytz.BaseTzInfo:", "def zone_for(postcode: str) -> tzinfo:")
code = code.replace("return zone_for(postcode).normalize(now.astimezone(zone_for(postcode))).date()",
                    "return now.astimezone(zone_for(postcode)).date()")
code = code.replace("return zone_for(postcode).localize(datetime(day.year, day.month, day.day, hour, minute))",
                    "return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone_for(postcode))")
if mode == "fallback":
    code = code.replace("from zoneinfo import ZoneInfo\n", "try:  # older images\n    import pytz  # noqa: F401\nexcept ImportError:\n    pytz = None\nfrom zoneinfo import ZoneInfo\n")
assert "pytz.timezone" not in code and ".localize(" not in code
local.write_text(code)

requirements = repo / "requirements.txt"
if mode == "delete":
    requirements.unlink()
    for name in ("Dockerfile", "Makefile"):
        path = repo / name
        text = path.read_text()
        text = text.replace("COPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n", "")
        text = text.replace("-r requirements.txt ", "")
        path.write_text(text)
else:
    requirements.write_text("# runtime dependencies: none (time zones come from the standard library's zoneinfo)\n")
pyproject = repo / "pyproject.toml"
text = pyproject.read_text()
text = re.sub(r'^dependencies = \["pytz[^\]]*\]\n', "dependencies = []\n" if mode == "delete" else "", text,
              flags=re.MULTILINE)
pyproject.write_text(text)
print(f"ported ({mode})")
