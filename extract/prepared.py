"""What the rules make of their data when a pipeline starts, kept on disk between processes.

A pipeline that extracts one changed document spends most of its time starting: tokenizing the
gazetteer's 3,300 names (and making a spaCy lexeme for each new word in them, 30 µs apiece) and
compiling the relation triggers' regexes (0.2 s). Both depend only on the rule files, the code,
spaCy and Python. A build names a folder (:func:`keep_in`, under its cache, which the rules'
version keys); each prepared thing is then a pickle there, under a key of everything it was
made from, read back by the next process instead of being made again. Without a folder (a
pipeline made in a notebook or a test) everything is made as before; a missing, stale or
unreadable file is made again and replaced. What is read back is what would have been made.

    >>> with kept_in("out/cache/prepared"):                                   # doctest: +SKIP
    ...     nlp = make_nlp()        # the second process to run this reads the gazetteer's words back
    >>> prepared("example", ("some", "inputs"), lambda: 42)     # kept nowhere: made
    42
"""
from __future__ import annotations

import hashlib
import pickle
import re
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from diplograph.outputs import write_bytes_atomic

T = TypeVar("T")
_FOLDER: Path | None = None


def keep_in(folder: str | Path | None) -> None:
    """Keep what is prepared from now on, in this process, in ``folder`` (``None``: nowhere)."""
    global _FOLDER
    _FOLDER = Path(folder) if folder is not None else None


@contextmanager
def kept_in(folder: str | Path | None) -> Iterator[None]:
    """:func:`keep_in` ``folder`` for a while, then where it was kept before."""
    before = _FOLDER
    keep_in(folder)
    try:
        yield
    finally:
        keep_in(before)


def prepared(name: str, inputs, make: Callable[[], T]) -> T:
    """``make()``, or what it returned in an earlier process for the same ``name`` and ``inputs``
    (anything whose ``repr`` says what ``make`` depends on)."""
    if _FOLDER is None:
        return make()
    key = hashlib.sha256(repr((name, inputs, sys.version)).encode("utf-8")).hexdigest()[:24]
    path = _FOLDER / f"{name}-{key}.pkl"
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        pass
    value = make()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # whole or not at all: another worker may be reading it
        write_bytes_atomic(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass        # a cache: the next process makes it again
    return value


# --- compiled regexes ------------------------------------------------------------------------

def compiled_regexes(name: str, patterns: list[str], flags: int = 0) -> list[re.Pattern]:
    """``[re.compile(p, flags) for p in patterns]``, the compiled programs kept (see the module's text).

    ``re`` compiles in Python (its parser and code generator), then hands the program, a list of
    integers, to the C engine (``_sre.compile``); the program is what is kept. A Python whose
    ``re`` works otherwise gets ``re.compile``: the same patterns, compiled."""
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:
        return [re.compile(p, flags) for p in patterns]
    programs = prepared(f"regex-{name}", (patterns, flags, _sre.MAGIC),
                        lambda: [_program(_parser, _compiler, p, flags) for p in patterns])
    try:
        return [_sre.compile(p, *program) for p, program in zip(patterns, programs)]
    except (TypeError, ValueError, RuntimeError):
        return [re.compile(p, flags) for p in patterns]


def _program(parser, compiler, pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands ``_sre.compile`` besides the pattern."""
    parsed = parser.parse(pattern, flags)
    code = [int(op) for op in compiler._code(parsed, flags)]     # (its opcodes are int subclasses that do not pickle)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for group, index in groupindex.items():
        indexgroup[index] = group
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
