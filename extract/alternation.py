"""``finditer`` of a big alternation regex, dispatched on the first two characters of each match.

``re`` tries every alternative of ``(?:A|B|C|...)`` at every word start. :class:`Alternation`
compiles, for each pair of ASCII characters that begins a word, the regex with only the
alternatives that can begin with that pair (the others cannot match there; most words begin no
alternative at all, and no regex is run there), keeps their order and group names, and runs the
full regex where the first two characters are not both ASCII, so :meth:`Alternation.finditer`
yields the same matches as
``re.compile(prefix + "(?:" + "|".join(alternatives) + ")" + suffix, flags).finditer``.
An alternative whose first two characters cannot be told (a class such as ``\\w``, a one-letter
word, more than :data:`MAX_PREFIXES` pairs) is tried wherever its first letter can begin.

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


def _characters_in(items) -> set[str] | None:
    """The characters a ``[...]`` class (parsed) matches, or ``None`` if it is negated, holds a
    category such as ``\\w`` or a wide range."""
    chars: set[str] = set()
    for item, value in items:
        if item is sre_constants.LITERAL:
            chars.add(chr(value))
        elif item is sre_constants.RANGE and value[1] - value[0] < 256:
            chars.update(chr(x) for x in range(value[0], value[1] + 1))
        else:
            return None
    return chars


def _first_of(op, av) -> tuple[set[str] | None, bool]:
    c = sre_constants
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        chars = _characters_in(av)
        return (ANY, False) if chars is None else (chars, False)
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


MAX_PREFIXES = 64       # more two-character beginnings than this: unknown (any), run at every word
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)


def _prefixes(items: list, length: int, depth: int = 0) -> set[str] | None:
    """The strings of ``length`` characters a match of ``items`` (parsed regex) can begin with,
    or ``None`` if unknown: any character may be among them, the match may be shorter, or there
    are too many."""
    if length == 0:
        return {""}
    if not items or depth > 40:
        return None
    c = sre_constants
    (op, av), rest = items[0], items[1:]
    if op is c.SUBPATTERN:
        return _prefixes(list(av[3]) + rest, length, depth + 1)
    if op is c.ATOMIC_GROUP:
        return _prefixes(list(av) + rest, length, depth + 1)
    if op is c.BRANCH:
        return _union(_prefixes(list(branch) + rest, length, depth + 1) for branch in av[1])
    if op in _REPEATS:
        low, high, sub = av
        ways = [] if low else [rest]        # none of it, or one and the rest of the repeat
        if high != 0:
            again = (op, (max(low - 1, 0), high if high is sre_constants.MAXREPEAT else high - 1, sub))
            ways.append(list(sub) + [again] + rest)
        return _union(_prefixes(way, length, depth + 1) for way in ways)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _prefixes(rest, length, depth + 1)       # zero width: what follows begins the match
    if op is c.LITERAL:
        heads = {chr(av)}
    elif op is c.IN:
        heads = _characters_in(av)
        if heads is None:
            return None
    else:
        return None
    tails = _prefixes(rest, length - 1, depth + 1)
    if tails is None or len(heads) * len(tails) > MAX_PREFIXES:
        return None
    return {head + tail for head in heads for tail in tails}


def _union(sets) -> set[str] | None:
    found: set[str] = set()
    for each in sets:
        if each is None or len(found) + len(each) > MAX_PREFIXES:
            return None
        found |= each
    return found


def two_character_prefixes(pattern: str, flags: int = 0) -> set[str] | None:
    """The two ASCII characters a match of ``pattern`` can begin with (lowercase under
    ``re.IGNORECASE``), or ``None`` if unknown (see :func:`_prefixes`; a non-ASCII one counts
    as unknown: case folding may match it to an ASCII one)."""
    try:
        found = _prefixes(list(sre_parser.parse(pattern, flags)), 2)
    except (re.error, TypeError, ValueError, AttributeError, RecursionError):
        return None
    if found is None or not all(prefix.isascii() for prefix in found):
        return None
    return {prefix.lower() for prefix in found} if flags & re.IGNORECASE else found


def first_characters(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters a match of ``pattern`` can begin with, or ``None`` if any (or none) may."""
    try:
        chars, nullable = _first_of_sequence(sre_parser.parse(pattern, flags))
    except (re.error, TypeError, ValueError, AttributeError):
        return ANY
    return ANY if nullable else chars


class Alternation:
    """``prefix (?:alternative|...) suffix`` under ``flags``, scanned with a dispatch on the first
    letter and the character after it.

    ``prefix`` must be zero-width (a lookbehind such as ``(?<![\\w-])``): it also picks the
    positions worth trying."""

    def __init__(self, alternatives: list[str], *, prefix: str = "", suffix: str = "", flags: int = 0):
        self._full = (f"{prefix}(?:{'|'.join(alternatives)}){suffix}", flags)
        firsts = [first_characters(a, flags) for a in alternatives]
        self.letters: frozenset[str] = frozenset()
        self.by_pair: dict[str, re.Pattern | None] = {}
        self.unknown_pair: dict[str, re.Pattern | None] = {}
        self.fold = bool(flags & re.IGNORECASE)
        if any(first is ANY for first in firsts):
            return      # cannot tell: every position runs the full regex
        ascii_letters = frozenset(string.ascii_letters)
        starts = set().union(*firsts)
        letters = "".join(re.escape(ch) for ch in sorted(starts) if ch in ascii_letters)
        others = "".join(re.escape(ch) for ch in sorted(starts) if ch not in ascii_letters and ord(ch) < 128)
        # where a match can begin: a first letter of some alternative, another ASCII first character,
        # or any non-ASCII character (case folding may map it to a letter: those run the full regex)
        ascii_firsts = f"[{letters}{others}]|" if letters or others else ""
        candidates = f"{prefix}(?:{ascii_firsts}[^\\x00-\\x7f])"
        # where the first two characters are ASCII: only the alternatives that can begin with both
        # (most words begin no alternative: no regex is run there), else those whose two first
        # characters cannot be told; None when no alternative is left
        pairs = [two_character_prefixes(a, flags) for a in alternatives]
        keys = sorted({key for known in pairs if known for key in known if key[0] in ascii_letters})
        def begins(first: set[str], letter: str) -> bool:
            # whether the regex engine itself matches one of an alternative's first characters with this letter
            return any(re.fullmatch(re.escape(ch), letter, flags) for ch in first)

        def source(keep: list[str]) -> str | None:
            return f"{prefix}(?:{'|'.join(keep)}){suffix}" if keep else None

        by_pair = {key: source([a for a, first, known in zip(alternatives, firsts, pairs)
                                if (key in known if known is not None else begins(first, key[0]))])
                   for key in keys}
        unknown = {letter: source([a for a, first, known in zip(alternatives, firsts, pairs)
                                   if known is None and begins(first, letter)])
                   for letter in string.ascii_letters}
        # compiled once per distinct regex, or read back from an earlier process (prepared.py)
        distinct = list(dict.fromkeys(source for source in [candidates, *by_pair.values(), *unknown.values()]
                                      if source is not None))
        regexes = dict(zip(distinct, compiled_regexes("alternation", distinct, flags)))
        regexes[None] = None
        self.letters = ascii_letters
        self.candidates = regexes[candidates]
        self.by_pair.update((key, regexes[source]) for key, source in by_pair.items())
        self.unknown_pair.update((letter, regexes[source]) for letter, source in unknown.items())

    @cached_property
    def regex(self) -> re.Pattern:
        """The whole alternation, compiled when first needed: only a word whose first or second
        character is not ASCII (or whose second is past the end), or alternatives whose first
        characters cannot be told, need it."""
        return re.compile(*self._full)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else endpos
        if not self.letters:
            yield from self.regex.finditer(text, pos, endpos)
            return
        letters, by_pair, unknown_pair, fold = self.letters, self.by_pair, self.unknown_pair, self.fold
        after = pos
        for candidate in self.candidates.finditer(text, pos, endpos):
            at = candidate.start()
            if at < after:
                continue
            first = text[at]
            if first in letters and at + 2 <= endpos and text[at + 1].isascii():
                key = text[at:at + 2]
                scan = by_pair.get(key.lower() if fold else key, unknown_pair[first])
                if scan is None:
                    continue        # no alternative begins with these two characters
            else:       # another first character, a non-ASCII second one or none: every alternative
                scan = self.regex
            match = scan.match(text, at, endpos)
            if match is not None:
                yield match
                after = match.end() if match.end() > at else at + 1
