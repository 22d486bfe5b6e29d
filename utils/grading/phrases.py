"""Phrases, words and names in free text: per sentence, whole words, aware of negation.

Matching rules shared by every function here: case-insensitive; curly quotes read as straight ones; markdown
emphasis (``*``, `````) ignored; a phrase matches whole words only (``owed`` is not in ``owedx``, ``Theo`` is
not in ``Theodore``; ``_`` counts as a separator). ``says``/``is_about``/``mentions_all`` treat whitespace and
hyphens between a phrase's words flexibly ("follow-up" ~ "follow up" ~ "followup"); ``has_word`` allows any
whitespace between a name's words.

Negation (``is_negated``, ``says``): an occurrence of a phrase is negated when its clause has a negator
before it, when the next word is a negative object ("owed nothing", "moving forward with no one"), or when the
phrase is a label answered by a bare negative ("Credit owed: none", "| Owed | No |").
- Negators: not, no, never, none, nor, neither, without, cannot, nobody, nothing, no longer, any ``n't`` word
  (also without the apostrophe: dont, isnt). Negators inside the phrase itself do not count
  (``says(t, "not moving forward")``).
- Not negators: "no later than", "no more/less than", "not only", "not just", "no doubt", "no problem",
  "whether or not"; lexical refusals such as "declined to", "refused to", "unable to" (list them as phrases of
  their own when they matter).
- The clause runs from the last boundary before the phrase: ``,`` ``;`` ``:`` (not inside numbers or times),
  ``—``, ``–``, a spaced hyphen, parentheses, "but", "however", "although", "though", "whereas". Other
  negators after the phrase do not negate it ("a credit is owed, not payable automatically" says "credit is
  owed"). "and"/"or" do not end a clause: "not A and B" reads B as negated too.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TRANSLATE = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "‐": "-", "‑": "-",
                            "*": None, "`": None})
_ABBREVIATIONS = {"e.g", "i.e", "vs", "etc", "dr", "mr", "mrs", "ms", "st", "approx", "incl", "cf", "fig", "jr",
                  "sr", "inc", "ltd", "co", "a.m", "p.m", "u.s", "dept", "ext", "est", "min", "max", "viz", "al"}
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*\s+")
_LINE_MARKER = re.compile(r"^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+•]\s+(?:\[[ xX]\]\s+)?|\d{1,3}[.)]\s+)?")
_NEGATOR = re.compile(
    r"(?<![^\W_])(?:not|no|never|none|nor|neither|without|cannot|nobody|nothing|no\s+longer|\w+n't"
    r"|(?:do|does|did|is|are|was|were|ca|wo|has|have|had|should|would|could|must|need)nt)(?![^\W_])",
    re.IGNORECASE)
_NOT_NEGATORS = re.compile(
    r"(?<![^\W_])(?:no\s+(?:later|earlier|sooner|more|less|fewer)\s+than|not\s+only|not\s+just|no\s+doubt"
    r"|no\s+problem|not\s+a\s+problem|no\s+worries|whether\s+or\s+not)(?![^\W_])", re.IGNORECASE)
_CLAUSE_BOUNDARY = re.compile(
    r"(?<!\d)[,:](?!\d)|[,:](?=\s)|;|—|–|\s-\s|[()]|(?<![^\W_])(?:but|however|although|though|whereas)(?![^\W_])",
    re.IGNORECASE)
_NEGATIVE_OBJECT = re.compile(r"^\s+(?:nothing|none|no|nobody|no\s+one)(?![^\W_])", re.IGNORECASE)
_ANSWERED_NO = re.compile(
    r"^\s*(?:[:=|?—–]\s*)+(?:no|none|nope|never|nothing|nil|false|n/?a|not\s+applicable|not\s+owed|✗|❌)"
    r"(?![^\W_])\s*(?:[.!,;|—–(]|\s-\s|$)", re.IGNORECASE)


def _clean(text: str) -> str:
    return text.translate(_TRANSLATE)


@lru_cache(maxsize=512)
def phrase_pattern(phrase: str, flexible: bool = True) -> re.Pattern[str]:
    """The regex finding ``phrase`` as whole words in cleaned text (see the module docstring)."""
    words = [w for w in re.split(r"[\s\-_]+" if flexible else r"\s+", _clean(phrase).strip()) if w]
    joiner = r"[\s\-]*" if flexible else r"\s+"
    body = joiner.join(re.escape(w) for w in words) or r"(?!)"
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])", re.IGNORECASE)


def _is_split_point(line: str, end_of_mark: int, mark_start: int) -> bool:
    token = line[:mark_start].rsplit(None, 1)[-1].lstrip("([\"'").lower() if line[:mark_start].strip() else ""
    if line[mark_start] != ".":
        return True
    if token in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
        return False
    following = line[end_of_mark:end_of_mark + 1]
    if token == "no" and following.isdigit():
        return False
    return not (len(token) == 1 and token.isalpha() and following.isupper())


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences: every line is apart (markdown bullets, headings, table rows), and a line is
    cut after ``.``/``!``/``?`` followed by whitespace, except after abbreviations ("e.g.", "vs.", "etc.") and
    initials; decimals ("3.5", "$1.5") never cut. Bullet, numbering, heading and quote markers are removed."""
    result: list[str] = []
    for raw in text.splitlines():
        line = _clean(_LINE_MARKER.sub("", raw, count=1)).strip()
        start = 0
        for mark in _SENTENCE_END.finditer(line):
            if _is_split_point(line, mark.end(), mark.start()):
                result.append(line[start:mark.end()].strip())
                start = mark.end()
        result.append(line[start:].strip())
    return [s for s in result if s]


def _negated_at(sentence: str, start: int, end: int) -> bool:
    before = sentence[:start]
    boundaries = list(_CLAUSE_BOUNDARY.finditer(before))
    clause = before[boundaries[-1].end():] if boundaries else before
    clause = _NOT_NEGATORS.sub(" ", clause)
    after = _NOT_NEGATORS.sub(" ", sentence[end:])
    return (_NEGATOR.search(clause) is not None or _ANSWERED_NO.match(after) is not None
            or _NEGATIVE_OBJECT.match(after) is not None)


def _occurrences(sentence: str, phrase: str) -> list[bool]:
    """For each occurrence of ``phrase`` in ``sentence``: is it negated?"""
    sentence = _clean(sentence)
    return [_negated_at(sentence, m.start(), m.end()) for m in phrase_pattern(phrase, True).finditer(sentence)]


def is_negated(sentence: str, phrase: str) -> bool:
    """``phrase`` occurs in ``sentence`` and (some occurrence of it) is negated there (module docstring rules)."""
    return any(_occurrences(sentence, phrase))


def says(text: str, *phrases: str, negated: bool = False) -> bool:
    """Some sentence of ``text`` contains one of ``phrases`` NOT negated there (with ``negated=True``: negated
    there). Pass generous synonyms: ``says(msg, "moving forward with", "invite you", "next round")``."""
    return any(flag == negated for s in sentences(text) for p in phrases for flag in _occurrences(s, p))


def has_word(text: str, word: str) -> bool:
    """``word`` (a name, possibly of several words) appears as whole words, case-insensitive, any whitespace
    between its words: "Theo" is not found in "Theodore", "Sofia Alvarez" is found in "Sofia\\nAlvarez"."""
    return phrase_pattern(word, False).search(_clean(text)) is not None


def _mentions(text: str, term: str) -> bool:
    return phrase_pattern(term, True).search(_clean(text)) is not None


def mentions_all(text: str, *terms: str) -> bool:
    """Every one of ``terms`` appears in ``text`` (whole words, flexible hyphens; negation not considered)."""
    return all(_mentions(text, t) for t in terms)


def is_about(text: str, *topic_terms: str, minimum: int = 1) -> bool:
    """``text`` mentions at least ``minimum`` different ``topic_terms`` (whole words, flexible hyphens): a
    message checkpoint requires its message to be about the checkpoint's topic, not just sent."""
    return sum(1 for t in dict.fromkeys(topic_terms) if _mentions(text, t)) >= minimum


_TERM_SEPARATORS = re.compile(r"\s*(?:[/|;·•]|,\s|\s(?:vs\.?|and|or|&|\+)\s)\s*", re.IGNORECASE)


def keyword_soup(sentence: str) -> bool:
    """``sentence`` is a list of short terms rather than a statement: at least 4 fragments between ``/`` ``,``
    ``;`` ``|`` "vs" "and" "or", averaging at most 3 words ("weekend / days off / calendar vs working days")."""
    fragments = [f for f in _TERM_SEPARATORS.split(_clean(sentence)) if f.strip()]
    return len(fragments) >= 4 and sum(len(f.split()) for f in fragments) / len(fragments) <= 3


def sentence_with(text: str, *groups: str | tuple[str, ...], soup_ok: bool = False) -> str | None:
    """The first sentence of ``text`` that says (not negated) a phrase of every group (a phrase, or a tuple of
    synonyms) and is not ``keyword_soup`` (unless ``soup_ok``); None when no sentence does. For "the report
    explains X": ``sentence_with(doc, ("taxi", "cab"), ("no receipt", "missing receipt"))``."""
    for sentence in sentences(text):
        if not soup_ok and keyword_soup(sentence):
            continue
        if all(says(sentence, *((g,) if isinstance(g, str) else g)) for g in groups):
            return sentence
    return None
