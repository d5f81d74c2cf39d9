"""Curated names as data: JSONL pattern files, one per class.

Each line is ``{"label": CLASS, "pattern": SURFACE, "id": KEY}``; the line that
carries ``"name"`` gives the preferred name of ``KEY`` (and may carry identifiers
such as ``"wikidata"`` and ``"alpha_2"``). ``"acronym": true`` marks an acronym,
matched with its exact case; ``"ambiguous": true`` an acronym that is also a word.
``"country": CODE`` marks a name every country's body may bear ("Senate"), listed as that
country's: a document that never names the country means its own.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_PATTERN_FILES = tuple(
    DATA_DIR / name for name in ("countries.jsonl", "organisations.jsonl", "mechanisms.jsonl", "events.jsonl")
)
IDENTIFIER_FIELDS = ("alpha_2", "wikidata")


class PatternError(ValueError):
    """A pattern file line that is not a valid pattern."""


@dataclass(frozen=True)
class PatternEntry:
    label: str
    pattern: str
    id: str
    acronym: bool = False
    ambiguous: bool = False
    country: str | None = None      # the country whose body an unqualified name is taken for


@dataclass
class KnownEntity:
    key: str
    label: str
    name: str
    identifiers: dict[str, str] = field(default_factory=dict)
    surfaces: list[str] = field(default_factory=list)


def parse_pattern_line(line: str, where: str) -> dict:
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as error:
        raise PatternError(f"{where}: expected a JSON object, got {line[:80]!r} ({error.msg})") from None
    if not isinstance(entry, dict):
        raise PatternError(f"{where}: expected a JSON object, got {type(entry).__name__}")
    for key in ("label", "pattern", "id"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise PatternError(f"{where}: expected a non-empty string {key!r}, got {entry.get(key)!r}")
    return entry


def read_pattern_file(path: Path) -> list[dict]:
    """The patterns of one JSONL file, read line by line within the bounds of extract/limits.py."""
    from diplograph.extract.limits import MAX_PATTERN_CHARS, MAX_PATTERNS_PER_FILE

    if not path.exists():
        return []
    entries = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            if len(entries) >= MAX_PATTERNS_PER_FILE:
                raise PatternError(f"{path}: more than {MAX_PATTERNS_PER_FILE} patterns, the limit per file "
                                   f"(docs/limits.md); split it into several files")
            entry = parse_pattern_line(line, f"{path}:{number}")
            if len(entry["pattern"]) > MAX_PATTERN_CHARS:
                raise PatternError(f"{path}:{number}: expected a pattern of at most {MAX_PATTERN_CHARS} characters, "
                                   f"got {len(entry['pattern'])}")
            entries.append(entry)
    return entries


class Gazetteer:
    """The curated names and their entities, loaded once and shared by the components."""

    def __init__(self, entries: list[dict]):
        self.patterns: list[PatternEntry] = []
        self.entities: dict[str, KnownEntity] = {}
        seen = set()
        for entry in entries:
            key = entry["id"]
            known = self.entities.get(key)
            if known is None:
                known = self.entities[key] = KnownEntity(key, entry["label"], entry.get("name") or entry["pattern"])
            if entry.get("name"):
                known.name = entry["name"]
                known.label = entry["label"]
                known.identifiers.update({f: str(entry[f]) for f in IDENTIFIER_FIELDS if entry.get(f)})
            known.surfaces.append(entry["pattern"])
            if (entry["pattern"], key) in seen:
                continue
            seen.add((entry["pattern"], key))
            self.patterns.append(PatternEntry(
                entry["label"], entry["pattern"], key,
                bool(entry.get("acronym")), bool(entry.get("ambiguous")), entry.get("country"),
            ))
        self.acronyms: dict[str, str] = {p.pattern: p.id for p in self.patterns if p.acronym}

    @classmethod
    def from_files(cls, paths=DEFAULT_PATTERN_FILES) -> "Gazetteer":
        entries = []
        for path in paths:
            entries.extend(read_pattern_file(Path(path)))
        return cls(entries)

    def to_entries(self) -> list[dict]:
        named = set()
        out = []
        for p in self.patterns:
            line = {"label": p.label, "pattern": p.pattern, "id": p.id}
            if p.id not in named:
                named.add(p.id)
                known = self.entities[p.id]
                line["name"] = known.name
                line.update(known.identifiers)
            if p.acronym:
                line["acronym"] = True
            if p.ambiguous:
                line["ambiguous"] = True
            if p.country:
                line["country"] = p.country
            out.append(line)
        return out


_DEFAULT: Gazetteer | None = None


def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Gazetteer.from_files()
    return _DEFAULT
