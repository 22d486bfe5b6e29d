"""Price estimates for FieldDay bookings."""

from quotes.model import Job, Quote, QuoteLine, RateCard
from quotes.pricing import build_quote
from quotes.ratecard import load_rate_card
from quotes.render import render_text

__all__ = ["Job", "Quote", "QuoteLine", "RateCard", "build_quote", "load_rate_card", "render_text"]
