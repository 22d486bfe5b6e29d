"""Answer-matching helpers for task evaluators, with the defaults issue 15's audits asked for.

One import for evaluators: ``from grading.answers import one_answer, labelled_value, says, ...``. The rules
they implement (one answer per question, values from their labelled line, exactly-one, messages about their
topic, number tolerance, negation-aware phrases, whole-word names and branches) are in docs/grading-rules.md.
"""

from .fields import MAX_LABEL_WORDS, exactly_one, labelled_value, labelled_values, same_branch, table_cell
from .judged import no_offline_credit
from .numbers import (
    DEFAULT_TOLERANCE,
    Amount,
    amounts_in,
    count_distinct_amounts,
    one_answer,
    parse_amount,
    same_amount,
    same_share,
)
from .phrases import has_word, is_about, is_negated, keyword_soup, mentions_all, says, sentence_with, sentences

__all__ = [
    "DEFAULT_TOLERANCE",
    "MAX_LABEL_WORDS",
    "Amount",
    "amounts_in",
    "count_distinct_amounts",
    "exactly_one",
    "has_word",
    "is_about",
    "is_negated",
    "keyword_soup",
    "labelled_value",
    "labelled_values",
    "mentions_all",
    "no_offline_credit",
    "one_answer",
    "parse_amount",
    "same_amount",
    "same_branch",
    "same_share",
    "says",
    "sentence_with",
    "sentences",
    "table_cell",
]
