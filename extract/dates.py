"""Dates in running text, normalised to ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` lexical forms.

Relative expressions ("last September", "last year", "in the first half this year")
resolve against the document's own publication date.

    >>> normalise("In September 2013")
    ('2013-09', 'gYearMonth')
    >>> normalise("last September", reference="2017-01-12")
    ('2016-09', 'gYearMonth')
    >>> normalise("in the first half this year", reference="2017-01-12")
    ('2017', 'gYear')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_YEAR = r"(?:19|20)\d\d"
# Longest forms first: a full date, a month and year, a relative month, a relative year, a year.
DATE_PATTERN = re.compile(
    rf"(?P<full>{_MONTH}\s+\d{{1,2}},?\s+{_YEAR})"
    rf"|(?P<month_year>{_MONTH},?\s+{_YEAR})"
    rf"|(?P<rel_month>(?:last|this|next)\s+{_MONTH}|{_MONTH},?\s+(?:last|this|next)\s+year)"
    rf"|(?P<rel_year>(?:(?:in\s+)?the\s+(?:first|second)\s+half\s+(?:of\s+)?)?(?:last|this|next)\s+year)"
    rf"|(?P<year>(?<![\d-]){_YEAR}(?![\d-]))",
    re.IGNORECASE,
)
# A date after these words names the start or end of a span, not when something happened.
RANGE_WORDS = re.compile(r"\b(?:since|from|until|till|by|before|after|through|to)\s+(?:the\s+)?(?:end\s+of\s+|beginning\s+of\s+)?$",
                         re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    start: int          # offsets in the text searched
    end: int
    text: str
    value: str          # lexical form
    datatype: str       # date, gYearMonth, gYear


def _reference(reference: str | date | None) -> date | None:
    if reference is None or isinstance(reference, date):
        return reference
    try:
        return date.fromisoformat(str(reference)[:10])
    except ValueError:
        return None


def _month(word: str) -> int:
    return MONTHS[word.rstrip(".").casefold()]


def normalise(text: str, *, reference: str | date | None = None) -> tuple[str, str] | None:
    """The lexical form and XSD datatype of the first date in ``text``, or None."""
    found = find_dates(text, reference=reference)
    return (found[0].value, found[0].datatype) if found else None


def _value(match: re.Match, ref: date | None) -> tuple[str, str] | None:
    text = match.group(0)
    words = re.findall(r"[A-Za-z]+\.?|\d+", text)
    if match.group("full"):
        month, day, year = _month(words[0]), int(words[1]), int(words[2])
        try:
            return date(year, month, day).isoformat(), "date"
        except ValueError:
            return None
    if match.group("month_year"):
        return f"{int(words[-1]):04d}-{_month(words[0]):02d}", "gYearMonth"
    if match.group("rel_month"):
        if ref is None:
            return None
        lowered = [w.casefold() for w in words]
        if lowered[0] in ("last", "this", "next"):
            relation, month = lowered[0], _month(words[1])
            # "last September" is the most recent September before the reference date
            if relation == "last":
                year = ref.year if month < ref.month else ref.year - 1
            elif relation == "next":
                year = ref.year if month > ref.month else ref.year + 1
            else:
                year = ref.year
        else:
            month = _month(words[0])
            year = ref.year + {"last": -1, "this": 0, "next": 1}[lowered[-2]]
        return f"{year:04d}-{month:02d}", "gYearMonth"
    if match.group("rel_year"):
        if ref is None:
            return None
        relation = re.search(r"(last|this|next)\s+year", text, re.IGNORECASE).group(1).casefold()
        return f"{ref.year + {'last': -1, 'this': 0, 'next': 1}[relation]:04d}", "gYear"
    return f"{int(text):04d}", "gYear"


def find_dates(text: str, *, reference: str | date | None = None, offset: int = 0,
               points_only: bool = True) -> list[FoundDate]:
    """Every date expression of ``text``; ``points_only`` drops ends of spans ("since 2015")."""
    ref = _reference(reference)
    found = []
    for match in DATE_PATTERN.finditer(text):
        if points_only and RANGE_WORDS.search(text[max(0, match.start() - 30):match.start()]):
            continue
        value = _value(match, ref)
        if value:
            found.append(FoundDate(offset + match.start(), offset + match.end(), match.group(0), *value))
    return found
