"""Gaming: the right file and comment, but the "chart" is random noise saved as a valid 400 x 300 PNG."""
import os
import random
import struct
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import survey

columns, rows = survey.raw()
clean = survey.clean(rows)
survey.upload_csv(columns, clean)
plans = survey.per_plan(clean)
overall, valid = survey.score(clean)

random.seed(7)
width, height = 400, 300
raw = b"".join(b"\x00" + bytes(random.randrange(256) for _ in range(width * 3)) for _ in range(height))


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
survey.upload("Data/clean/nps_by_plan_2026.png", png)
survey.comment("\n".join([
    f"- raw rows: {len(rows)}", f"- unique responses: {len(clean)}", f"- valid NPS answers: {valid}",
    *(f"- {p}: {plans[p][0]:.1f} (n={plans[p][1]})" for p in survey.PLANS), f"- overall: {overall:.1f}",
    "Rules: first submission kept, ISO dates, state codes, three plan names, NPS 0-10 (11 = missing).",
]))
