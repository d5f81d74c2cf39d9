"""Remove web-page furniture (menus, share links, comment forms, tickers) from plain text.

Furniture is masked with spaces rather than cut out, so character offsets into the
cleaned text are offsets into the file as read: a mention can be found in the source.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

RULES_FILE = Path(__file__).parent / "data" / "boilerplate.jsonl"


@dataclass(frozen=True)
class BoilerplateRule:
    scope: str          # "line": the whole stripped line; "fragment": anywhere in a line
    pattern: re.Pattern
    why: str
    block: bool = False     # a heading ("Related stories:"): the list of headlines under it goes too


@lru_cache(maxsize=None)
def load_rules(path: Path = RULES_FILE) -> tuple[BoilerplateRule, ...]:
    rules = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        entry = json.loads(line)
        if entry.get("scope") not in ("line", "fragment"):
            raise ValueError(f"{path}:{number}: expected scope 'line' or 'fragment', got {entry.get('scope')!r}")
        try:
            compiled = re.compile(entry["pattern"])
        except re.error as error:
            raise ValueError(f"{path}:{number}: invalid regular expression {entry['pattern']!r}: {error}") from error
        if entry.get("block") and entry["scope"] != "line":
            raise ValueError(f"{path}:{number}: only a line rule can open a block")
        rules.append(BoilerplateRule(entry["scope"], compiled, entry.get("why", ""), bool(entry.get("block"))))
    return tuple(rules)


def _mask(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def any_of(patterns: list[re.Pattern]) -> re.Pattern | None:
    """One pattern that matches (or searches) wherever one of ``patterns`` does: each becomes a
    group of the alternation, its leading global flags ``(?i)`` made local ``(?i:...)``. None when
    they cannot be joined (a back-reference by number, flags that cannot be local)."""
    if not patterns:
        return None
    parts = []
    for pattern in patterns:
        source = pattern.pattern
        if re.search(r"\\[1-9]|\(\?P=", source):
            return None
        flags = re.match(r"\(\?([imsx]+)\)", source)
        parts.append(f"(?{flags.group(1)}:{source[flags.end():]})" if flags else f"(?:{source})")
    try:
        return re.compile("|".join(parts))
    except re.error:
        return None


@lru_cache(maxsize=None)
def _compiled(rules: tuple[BoilerplateRule, ...]) -> tuple[list, list, re.Pattern | None, re.Pattern | None]:
    line_rules = [r.pattern for r in rules if r.scope == "line"]
    fragment_rules = [r.pattern for r in rules if r.scope == "fragment"]
    return line_rules, fragment_rules, any_of(line_rules), any_of(fragment_rules)


# A line under a block heading is a headline of the list when it is short and no sentence ends it.
HEADLINE_MAX_CHARS = 120
SENTENCE_END = re.compile(r"[.!?][\"”’')]*$")


def _headline(stripped: str) -> bool:
    return len(stripped) <= HEADLINE_MAX_CHARS and not SENTENCE_END.search(stripped)


# A site's menu written out one item per line: eight or more short lines in a row ("News", "Middle East",
# "US & Canada", "Climate Crisis", ...). No article lists its names so, with nothing between them.
MENU_RUN_MIN_LINES = 8
MENU_ITEM_MAX_CHARS = 30
MENU_ITEM_MAX_WORDS = 4


def _menu_lines(lines: list[str]) -> set[int]:
    """Indices of the lines that belong to a run of menu items."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(lines + [""]):
        stripped = line.strip()
        if stripped and len(stripped) <= MENU_ITEM_MAX_CHARS and len(stripped.split()) <= MENU_ITEM_MAX_WORDS \
                and not re.search(r"[.!?:;,]$", stripped):
            run.append(i)
            continue
        if len(run) >= MENU_RUN_MIN_LINES:
            found.update(run)
        run = []
    return found


def clean_text(text: str, rules: tuple[BoilerplateRule, ...] | None = None) -> str:
    """Return ``text`` with furniture replaced by spaces; same length, same line breaks."""
    rules = load_rules() if rules is None else rules
    line_rules, fragment_rules, any_line, any_fragment = _compiled(rules)
    block_rules = [r.pattern for r in rules if r.block]

    def furniture(stripped: str) -> bool:
        if any_line is not None:
            return any_line.match(stripped) is not None
        return any(p.match(stripped) for p in line_rules)

    out = []
    in_block = False        # under "Related stories:", "Most viewed": headlines until the prose goes on
    lines = text.splitlines(keepends=True)
    menu = _menu_lines([line.rstrip("\r\n") for line in lines])
    for number, line in enumerate(lines):
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        stripped = body.strip()
        if number in menu:
            out.append(_mask(body) + ending)
            continue
        if in_block and stripped:
            if _headline(stripped):
                out.append(_mask(body) + ending)
                continue
            in_block = False
        if stripped and furniture(stripped):
            in_block = in_block or any(p.match(stripped) for p in block_rules)
            out.append(_mask(body) + ending)
            continue
        # where no fragment rule finds anything, none would after another's masking either
        if any_fragment is None or any_fragment.search(body):
            for pattern in fragment_rules:
                body = pattern.sub(lambda m: _mask(m.group(0)), body)
            if body.strip() and furniture(body.strip()):
                body = _mask(body)
        out.append(body + ending)
    return "".join(out)
