"""``finditer`` of a big alternation regex, dispatched on the first character of each match.

``re`` tries every alternative of ``(?:A|B|C|...)`` at every word start. :class:`Alternation`
compiles, for each ASCII letter, the regex with only the alternatives that can begin with that
letter (the others cannot match there), keeps their order and group names, and runs the full
regex at any other character, so :meth:`Alternation.finditer` yields the same matches as
``re.compile(prefix + "(?:" + "|".join(alternatives) + ")" + suffix, flags).finditer``.

    >>> scan = Alternation(["(?P<a>held in)", "(?P<b>hosted)"], prefix=r"(?<!\\w)", flags=re.I)
    >>> [(m.group(0), m.lastgroup) for m in scan.finditer("It was Hosted and held in Bali")]
    [('Hosted', 'b'), ('held in', 'a')]
"""
from __future__ import annotations

import re
import string
from functools import cached_property
from re import _constants as sre_constants
from re import _parser as sre_parser

from diplograph.extract.prepared import compiled_regexes

ANY = None      # "any character may come first"


def _first_of_sequence(items) -> tuple[set[str] | None, bool]:
    """The characters a match of ``items`` can begin with (``ANY`` if unknown), and whether it can be empty."""
    chars: set[str] = set()
    for op, av in items:
        first, nullable = _first_of(op, av)
        if first is ANY:
            return ANY, False
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


def _first_of(op, av) -> tuple[set[str] | None, bool]:
    c = sre_constants
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        chars = set()
        for item, value in av:
            if item is c.LITERAL:
                chars.add(chr(value))
            elif item is c.RANGE and value[1] - value[0] < 256:
                chars.update(chr(x) for x in range(value[0], value[1] + 1))
            else:
                return ANY, False
        return chars, False
    if op is c.SUBPATTERN:
        return _first_of_sequence(av[3])
    if op is c.BRANCH:
        chars, nullable = set(), False
        for branch in av[1]:
            first, empty = _first_of_sequence(branch)
            if first is ANY:
                return ANY, False
            chars |= first
            nullable = nullable or empty
        return chars, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        first, empty = _first_of_sequence(av[2])
        if first is ANY:
            return ANY, False
        return first, empty or av[0] == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True      # zero width: the next item consumes the first character
    return ANY, False


def first_characters(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters a match of ``pattern`` can begin with, or ``None`` if any (or none) may."""
    try:
        chars, nullable = _first_of_sequence(sre_parser.parse(pattern, flags))
    except (re.error, TypeError, ValueError, AttributeError):
        return ANY
    return ANY if nullable else chars


class Alternation:
    """``prefix (?:alternative|...) suffix`` under ``flags``, scanned with a first-letter dispatch.

    ``prefix`` must be zero-width (a lookbehind such as ``(?<![\\w-])``): it also picks the
    positions worth trying."""

    def __init__(self, alternatives: list[str], *, prefix: str = "", suffix: str = "", flags: int = 0):
        self._full = (f"{prefix}(?:{'|'.join(alternatives)}){suffix}", flags)
        firsts = [first_characters(a, flags) for a in alternatives]
        self.by_letter: dict[str, re.Pattern] = {}
        if any(first is ANY for first in firsts):
            return      # cannot tell: every position runs the full regex
        starts = set()
        sources = {}
        for letter in string.ascii_letters:
            # the alternatives whose first character the regex engine itself matches with this letter
            keep = [a for a, first in zip(alternatives, firsts)
                    if any(re.fullmatch(re.escape(ch), letter, flags) for ch in first)]
            sources[letter] = f"{prefix}(?:{'|'.join(keep) or '(?!)'}){suffix}"
        for first in firsts:
            starts |= first
        letters = "".join(re.escape(ch) for ch in sorted(starts) if ch in sources)
        others = "".join(re.escape(ch) for ch in sorted(starts) if ch not in sources and ord(ch) < 128)
        # where a match can begin: a first letter of some alternative, another ASCII first character,
        # or any non-ASCII character (case folding may map it to a letter: those run the full regex)
        ascii_firsts = f"[{letters}{others}]|" if letters or others else ""
        candidates = f"{prefix}(?:{ascii_firsts}[^\\x00-\\x7f])"
        # compiled once per distinct regex (under IGNORECASE "h" and "H" have the same), or read
        # back from an earlier process (prepared.py)
        distinct = list(dict.fromkeys([*sources.values(), candidates]))
        regexes = dict(zip(distinct, compiled_regexes("alternation", distinct, flags)))
        self.by_letter = {letter: regexes[source] for letter, source in sources.items()}
        self.candidates = regexes[candidates]

    @cached_property
    def regex(self) -> re.Pattern:
        """The whole alternation, compiled when first needed: only a non-ASCII first character, or
        alternatives whose first characters cannot be told, need it (half of the compiling)."""
        return re.compile(*self._full)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else endpos
        if not self.by_letter:
            yield from self.regex.finditer(text, pos, endpos)
            return
        by_letter = self.by_letter
        after = pos
        for candidate in self.candidates.finditer(text, pos, endpos):
            at = candidate.start()
            if at < after:
                continue
            scan = by_letter.get(text[at])
            match = (scan or self.regex).match(text, at, endpos)
            if match is not None:
                yield match
                after = match.end() if match.end() > at else at + 1
