"""Read the records of a finished build back from its output folder (JSONL files)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from pathlib import Path

from diplograph.model import Entity, Event, Mention, Relation


@dataclass
class BuildRecords:
    """What the analytics and the viewer need from ``OUT``; ``documents`` maps path -> title."""

    documents: dict[str, str] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def _rows(path: Path):
    if not path.exists():
        return
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None


def _make(cls, row: dict):
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in row.items() if k in names})


def load_records(out: str | Path) -> BuildRecords:
    """Records of the build in ``out``; relations.jsonl and events.jsonl are optional."""
    out = Path(out)
    if not (out / "entities.jsonl").exists():
        raise ValueError(f"{out} has no entities.jsonl: run 'diplograph build INPUTS --out {out}' first")
    records = BuildRecords()
    for row in _rows(out / "documents.jsonl"):
        records.documents[row["path"]] = row.get("title") or row["path"]
    for row in _rows(out / "entities.jsonl"):
        row = dict(row)
        row["cls"] = row.pop("class", row.get("cls", ""))
        records.entities.append(_make(Entity, row))
    records.mentions = [_make(Mention, row) for row in _rows(out / "mentions.jsonl")]
    records.relations = [_make(Relation, row) for row in _rows(out / "relations.jsonl")]
    records.events = [_make(Event, row) for row in _rows(out / "events.jsonl")]
    return records
