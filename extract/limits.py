"""Bounds on what one build accepts, each with a clear message when exceeded (see docs/limits.md).

Inputs are untrusted: without bounds, one scraped page or one generated pattern file could
take all the memory of the machine. Each limit is checked where the data arrives, before the
work that would grow with it.
"""
from __future__ import annotations

import warnings

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024     # per input file (--max-doc-mb); extract.reader.DEFAULT_MAX_BYTES
MAX_PATTERNS_PER_FILE = 500_000           # lines of one gazetteer pattern file
MAX_PATTERN_CHARS = 1_000                 # characters of one pattern (a name, not a paragraph)
MAX_MENTIONS_PER_DOCUMENT = 250_000       # mentions kept per document; the rest are dropped with a warning


class LimitWarning(UserWarning):
    """A document went over a bound and was cut; the message says which and how."""


def cap_mentions(mentions: list, path: str, *, limit: int | None = None) -> list:
    """The first ``limit`` (default :data:`MAX_MENTIONS_PER_DOCUMENT`) mentions of a document;
    warns once when there were more."""
    limit = MAX_MENTIONS_PER_DOCUMENT if limit is None else limit
    if len(mentions) <= limit:
        return mentions
    warnings.warn(f"{path}: {len(mentions)} mentions, above the limit of {limit} per document; "
                  f"kept the first {limit} (split the document, or see docs/limits.md)", LimitWarning, stacklevel=2)
    return mentions[:limit]
