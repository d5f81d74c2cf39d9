"""Title and publication date of a document, from its own text."""
from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")], 1)
    for name in names
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
DATE_PATTERNS = [
    re.compile(rf"(?i)\b{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b"),          # January 19, 2017
    re.compile(rf"(?i)\b(?P<day>\d{{1,2}})\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b"),           # 19 January 2017
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),                    # 2017-01-19
]
# How far into a document a publication date is looked for: datelines sit at the top.
DATELINE_WINDOW = 1500


def find_dates(text: str) -> list[tuple[int, date]]:
    """Every full date in ``text`` with its offset, in order of appearance."""
    found = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            month = match.group("month")
            month = int(month) if month.isdigit() else MONTHS[month.lower()]
            try:
                found.append((match.start(), date(int(match.group("year")), month, int(match.group("day")))))
            except ValueError:
                continue
    return sorted(found)


def publication_date(text: str) -> str | None:
    """The first full date near the top of the document, as ISO 8601, or None."""
    dates = find_dates(text[:DATELINE_WINDOW])
    return dates[0][1].isoformat() if dates else None


def title_of(text: str, fallback: str) -> str:
    """The first line of real text: a short line that is not a date or a number."""
    for line in text.splitlines():
        line = line.strip(" \t#*")
        if 3 <= len(line) <= 200 and re.search(r"[A-Za-z]{3}", line) and not find_dates(line[:40]):
            return line
    return fallback
