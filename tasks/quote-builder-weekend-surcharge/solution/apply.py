"""Adds the weekend surcharge to a quote-builder checkout, with tests.

Usage: python3 apply.py REPO [--base labour-callout|whole] [--float] [--layout inline|module]
  --base      which lines the percentage is taken of (Hannah's rule: labour-callout)
  --float     compute the surcharge in binary floats (a near miss: 28.725 becomes 28.72)
  --layout    inline: in pricing.build_quote, tests in tests/test_weekend.py;
              module: a new quotes/surcharge.py, tests in tests/test_surcharge.py
"""

from __future__ import annotations

import argparse
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    if old not in text:
        raise SystemExit(f"{path}: {old!r} not found")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def expected(base: str, labour: str, callout: str, materials: str, pct: str, floats: bool) -> tuple[str, str]:
    """The surcharge and the total this implementation gives (what its own tests assert)."""
    parts = [Decimal(labour), Decimal(callout)] + ([Decimal(materials)] if base == "whole" else [])
    if floats:
        surcharge = Decimal(str(round(float(sum(parts, Decimal("0"))) * float(pct), 2)))
    else:
        surcharge = (sum(parts, Decimal("0")) * Decimal(pct)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    total = Decimal(labour) + Decimal(callout) + Decimal(materials) + surcharge
    return str(surcharge), str(total)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("repo", type=Path)
    parser.add_argument("--base", choices=["labour-callout", "whole"], default="labour-callout")
    parser.add_argument("--float", action="store_true")
    parser.add_argument("--layout", choices=["inline", "module"], default="inline")
    args = parser.parse_args()
    pkg = args.repo / "quotes"

    replace(pkg / "model.py", '    materials_markup: Decimal = Decimal("0")\n',
            '    materials_markup: Decimal = Decimal("0")\n    weekend_surcharge: Decimal = Decimal("0")\n')
    replace(pkg / "model.py", "(a fraction: 0.15 = 15 %).", "(a fraction: 0.15 = 15 %), surcharge on Saturday and "
            "Sunday visits (a fraction too).")
    if args.layout == "inline":
        replace(pkg / "ratecard.py", '        materials_markup=_decimal(data.get("materials_markup", "0"), '
                '"materials_markup"),\n',
                '        materials_markup=_decimal(data.get("materials_markup", "0"), "materials_markup"),\n'
                '        weekend_surcharge=_decimal(data.get("weekend_surcharge", "0"), "weekend_surcharge"),\n')
    else:
        replace(pkg / "ratecard.py", "    return RateCard(\n", "    return RateCard(\n"
                "        weekend_surcharge=_optional(data, \"weekend_surcharge\"),\n")
        replace(pkg / "ratecard.py", "def parse_rate_card(", "def _optional(data: dict[str, object], key: str) -> "
                "Decimal:\n    \"\"\"An optional amount: 0 when the key is missing.\"\"\"\n    return _decimal(data[key], key) "
                "if key in data else Decimal(\"0\")\n\n\ndef parse_rate_card(")
    labels = '("Labour", "Call-out fee")' if args.base == "labour-callout" else '("Labour", "Call-out fee", "Materials")'
    if args.float:
        compute = ("Decimal(str(round(float(sum(base, Decimal(\"0\"))) * float(card.weekend_surcharge), 2)))")
    else:
        compute = "round_cents(sum(base, Decimal(\"0\")) * card.weekend_surcharge)"
    if args.layout == "inline":
        replace(pkg / "pricing.py", "class UnknownTrade", f"SURCHARGED = {labels}  # lines the weekend surcharge "
                "is taken of\nSATURDAY = 5\n\n\nclass UnknownTrade")
        replace(pkg / "pricing.py", "    return Quote(tuple(lines))\n",
                "    if card.weekend_surcharge > 0 and job.visit_day.weekday() >= SATURDAY:\n"
                "        base = [line.amount for line in lines if line.label in SURCHARGED]\n"
                f"        lines.append(QuoteLine(\"Weekend surcharge\", {compute}))\n"
                "    return Quote(tuple(lines))\n")
        replace(pkg / "pricing.py", '"""Labour, then the call-out fee (when the card has one), then materials (when '
                'there are any)."""', '"""Labour, then the call-out fee (when the card has one), then materials '
                '(when there are any),\n    then the weekend surcharge on Saturday and Sunday visits."""')
    else:
        (pkg / "surcharge.py").write_text(
            '"""The weekend surcharge: a percentage of some of the quote\'s lines on Saturday and Sunday visits."""\n\n'
            "from __future__ import annotations\n\nfrom decimal import Decimal\n\n"
            "from quotes.model import Job, QuoteLine, RateCard\nfrom quotes.money import round_cents\n\n"
            f"SURCHARGED = {labels}\n\n\n"
            "def is_weekend(job: Job) -> bool:\n    return job.visit_day.isoweekday() in (6, 7)\n\n\n"
            "def weekend_surcharge(job: Job, card: RateCard, lines: list[QuoteLine]) -> QuoteLine | None:\n"
            "    \"\"\"The surcharge line for ``lines`` (None on weekdays or without a surcharge).\"\"\"\n"
            "    if not is_weekend(job) or card.weekend_surcharge <= 0:\n        return None\n"
            "    base = [line.amount for line in lines if line.label in SURCHARGED]\n"
            f"    return QuoteLine(\"Weekend surcharge\", {compute})\n", encoding="utf-8")
        replace(pkg / "pricing.py", "from quotes.money import round_cents\n",
                "from quotes.money import round_cents\nfrom quotes.surcharge import weekend_surcharge\n")
        replace(pkg / "pricing.py", "    return Quote(tuple(lines))\n",
                "    extra = weekend_surcharge(job, card, lines)\n    if extra is not None:\n"
                "        lines.append(extra)\n    return Quote(tuple(lines))\n")

    big, big_total = expected(args.base, "237.50", "49.00", "138.00", "0.25", args.float)
    half, half_total = expected(args.base, "142.50", "49.00", "11.50", "0.15", args.float)
    name = "test_weekend.py" if args.layout == "inline" else "test_surcharge.py"
    (args.repo / "tests" / name).write_text(f'''import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from quotes import Job, RateCard, build_quote, load_rate_card
from quotes.ratecard import BadRateCard

SATURDAY, SUNDAY, TUESDAY = date(2026, 11, 21), date(2026, 11, 22), date(2026, 11, 24)


def card(surcharge: str, callout: str = "49.00") -> RateCard:
    return RateCard(hourly_rate={{"hvac": Decimal("95.00")}}, callout_fee=Decimal(callout),
                    materials_markup=Decimal("0.15"), weekend_surcharge=Decimal(surcharge))


@pytest.mark.parametrize("day", [SATURDAY, SUNDAY])
def test_weekend_line_is_last(day: date) -> None:
    quote = build_quote(Job("hvac", day, Decimal("2.5"), Decimal("120.00")), card("0.25"))
    assert [line.label for line in quote.lines][-1] == "Weekend surcharge"
    assert quote.line("Weekend surcharge").amount == Decimal("{big}")
    assert quote.total == Decimal("{big_total}")


def test_surcharge_rounded_half_up() -> None:
    quote = build_quote(Job("hvac", SUNDAY, Decimal("1.5"), Decimal("10.00")), card("0.15"))
    assert quote.line("Weekend surcharge").amount == Decimal("{half}")
    assert quote.total == Decimal("{half_total}")


def test_no_surcharge_on_weekdays() -> None:
    quote = build_quote(Job("hvac", TUESDAY, Decimal("2.5"), Decimal("120.00")), card("0.25"))
    assert quote.line("Weekend surcharge") is None


def test_no_surcharge_when_zero() -> None:
    quote = build_quote(Job("hvac", SATURDAY, Decimal("2.5")), card("0"))
    assert quote.line("Weekend surcharge") is None


def test_rate_card_key(tmp_path: Path) -> None:
    path = tmp_path / "card.json"
    path.write_text(json.dumps({{"hourly_rate": {{"hvac": "95"}}, "weekend_surcharge": "0.25"}}))
    assert load_rate_card(path).weekend_surcharge == Decimal("0.25")
    path.write_text(json.dumps({{"hourly_rate": {{"hvac": "95"}}}}))
    assert load_rate_card(path).weekend_surcharge == Decimal("0")
    path.write_text(json.dumps({{"hourly_rate": {{"hvac": "95"}}, "weekend_surcharge": -1}}))
    with pytest.raises(BadRateCard):
        load_rate_card(path)
''', encoding="utf-8")


if __name__ == "__main__":
    main()
