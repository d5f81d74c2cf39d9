"""Plain records passed between the stages: extract produces them, graph consumes them.

Nothing here imports spaCy or rdflib, so both sides can depend on this module.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache

@lru_cache(maxsize=None)
def _field_names(cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _as_dict(record) -> dict:
    """The record's fields in order, as ``dataclasses.asdict`` gives them for these flat records,
    without its recursive deep copy (a third of the time of writing a million mentions)."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


# The four classes the annotation guidelines score, and the extra ones we extract.
CORE_CLASSES = ("Country", "Organisation", "Mechanism", "Event")
EXTRA_CLASSES = ("Place", "Person")


@dataclass(frozen=True)
class DocumentRecord:
    """One input document after reading and cleaning.

    ``text`` is the cleaned text; every offset in the other records refers to it.
    """

    id: str
    path: str
    title: str
    date: str | None
    text: str
    content_hash: str
    encoding: str | None = None
    media_type: str = "text/plain"

    def to_dict(self, *, with_text: bool = False) -> dict:
        data = _as_dict(self)
        if not with_text:
            data.pop("text")
        return data


@dataclass
class Mention:
    """A span of a document that names an entity."""

    doc: str            # the document's path, as given (the scorer compares its file name)
    doc_id: str
    start: int          # character offsets into DocumentRecord.text
    end: int
    text: str
    label: str          # Country, Organisation, Mechanism, Event, Place, Person
    entity: str         # canonical key of the resolved entity
    sentence: str
    sentence_start: int
    rule: str           # which rule found it: gazetteer, pattern:head, acronym:definition, ...
    nested: bool = False

    def to_dict(self) -> dict:
        return _as_dict(self)


@dataclass
class Entity:
    """A real-world thing, with every surface form that named it in the corpus."""

    key: str
    label: str          # preferred name
    cls: str            # class (majority over its mentions, curated class first)
    aliases: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    mention_count: int = 0
    identifiers: dict[str, str] = field(default_factory=dict)   # alpha_2, alpha_3, wikidata
    source: str = "pattern"     # gazetteer, acronym or pattern

    def to_dict(self) -> dict:
        data = _as_dict(self)
        data.update(aliases=list(self.aliases), documents=list(self.documents), identifiers=dict(self.identifiers))
        data["class"] = data.pop("cls")
        return data


# what a sentence states as so: done, or fixed for a date ahead ("Laos will host the Summit in
# Vientiane"); the other modalities (question, negated, hypothetical) are kept apart from the facts
FACT_MODALITIES = frozenset({"asserted", "scheduled"})


@dataclass
class Relation:
    """A statement between two entities, with the sentence that supports it."""

    doc: str
    doc_id: str
    subject: str
    predicate: str
    object: str
    sentence: str
    start: int          # offsets of the supporting sentence in the document
    end: int
    rule: str
    modality: str = "asserted"   # asserted, scheduled, question, negated, hypothetical

    def to_dict(self) -> dict:
        return _as_dict(self)


@dataclass
class Event:
    """An occurrence: a meeting, exercise, summit, operation, incident."""

    key: str            # entity key of the event
    doc: str
    doc_id: str
    label: str
    event_class: str    # Meeting, Conference, Summit, Exercise, Operation, Course, Incident, ...
    category: str | None = None     # PLOVER-aligned concept
    date: str | None = None         # 2013-09-01 / 2013-09 / 2013
    date_text: str | None = None
    place: str | None = None        # entity key of the place or country
    place_text: str | None = None
    ordinal: int | None = None
    series: str | None = None
    participants: list[dict] = field(default_factory=list)   # {"entity", "role"}
    part_of: str | None = None
    sentence: str = ""
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict:
        data = _as_dict(self)
        data["participants"] = [dict(participant) for participant in self.participants]
        return data


@dataclass(frozen=True)
class FileProblem:
    """A file the build could not use, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
