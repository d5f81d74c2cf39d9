"""What one document's extraction hands to the corpus-wide pass: plain, picklable data."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from diplograph.extract.components import LATENT, MENTIONS
from diplograph.extract.limits import cap_mentions
from diplograph.extract.tokens import table


@dataclass(frozen=True)
class FoundMention:
    start: int          # character offsets
    end: int
    text: str
    label: str
    key: str | None     # curated key, if a gazetteer rule found it
    rule: str
    nested: bool
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True)
class AcronymDefinition:
    short: str
    long: str
    label: str
    key: str | None     # curated key of the long form, if known


@dataclass(frozen=True)
class MentionRef:
    """A mention by its character offsets; ``key`` names the entity when no mention is there
    ("the Chinese government" -> CHN). The corpus pass maps offsets to entity keys."""

    start: int
    end: int
    key: str | None = None


@dataclass(frozen=True)
class FoundRelation:
    """A relation between the mention at ``subject`` and the mention at ``object``."""

    subject: MentionRef
    predicate: str
    object: MentionRef
    sentence_start: int
    sentence_end: int
    rule: str
    modality: str = "asserted"      # asserted, scheduled, question, negated, hypothetical


@dataclass(frozen=True)
class FoundEvent:
    """An event mention with what its sentence says about it; participants come from relations."""

    mention: MentionRef
    text: str
    event_class: str
    category: str | None
    date: str | None
    date_text: str | None
    ordinal: int | None
    series: str | None
    part_of: MentionRef | None
    sentence_start: int
    sentence_end: int


@dataclass
class DocumentExtraction:
    doc_id: str
    path: str
    mentions: list[FoundMention] = field(default_factory=list)
    latent: list[FoundMention] = field(default_factory=list)
    definitions: list[AcronymDefinition] = field(default_factory=list)
    relations: list[FoundRelation] = field(default_factory=list)
    events: list[FoundEvent] = field(default_factory=list)


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character bounds of each token's sentence, computed once: ``span.sent`` rescans the whole
    document on every call, which makes long documents quadratic."""
    t = table(doc)
    bounds: list[tuple[int, int]] = [(0, len(t.text))] * len(t)
    for start, end in t.sentences:
        bounds[start:end] = [(t.idx[start], t.end_char(end - 1))] * (end - start)
    return bounds


def _found(span: Span, nested: bool, bounds: list[tuple[int, int]], text: str) -> FoundMention:
    start, end = bounds[span.start]
    start_char, end_char = span.start_char, span.end_char
    # the span's text is this slice of the document's text (``span.text`` walks its Token objects)
    return FoundMention(start_char, end_char, text[start_char:end_char], span.label_, span.kb_id_ or None,
                        span.id_, nested, start, end)


def extraction_of(doc: Doc, doc_id: str, path: str, *, date: str | None = None) -> DocumentExtraction:
    outer = {(e.start, e.end) for e in doc.ents}
    bounds = sentence_bounds(doc)
    text = table(doc).text
    mentions = [_found(s, (s.start, s.end) not in outer, bounds, text) for s in doc.spans.get(MENTIONS, [])]
    latent = [_found(s, False, bounds, text) for s in doc.spans.get(LATENT, [])]
    keys = {(s.start, s.end): s.kb_id_ or None for s in doc.spans.get(MENTIONS, [])}
    definitions = [
        AcronymDefinition(doc[ss:se].text, doc[ls:le].text, label, keys.get((ls, le)))
        for ss, se, ls, le, label in (doc._.dg_acronym_definitions or [])
    ]
    from diplograph.extract.relations import find_facts

    facts = find_facts(doc, date=date)
    # a place the relation rules named where a rule had already found a name ("in Kochi", "in
    # Ukraine"): that mention is the place; a second one at the same span would share its IRI
    taken = {(m.start, m.end) for m in mentions}
    mentions.extend(_found(s, False, bounds, text) for s in facts.places if (s.start_char, s.end_char) not in taken)
    mentions = cap_mentions(mentions, path)
    return DocumentExtraction(doc_id, path, mentions, latent, definitions, facts.relations, facts.events)
