"""What one document's extraction hands to the corpus-wide pass: plain, picklable data."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from diplograph.extract.components import LATENT, MENTIONS


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


@dataclass
class DocumentExtraction:
    doc_id: str
    path: str
    mentions: list[FoundMention] = field(default_factory=list)
    latent: list[FoundMention] = field(default_factory=list)
    definitions: list[AcronymDefinition] = field(default_factory=list)


def _found(span: Span, nested: bool) -> FoundMention:
    sent = span.sent
    return FoundMention(span.start_char, span.end_char, span.text, span.label_, span.kb_id_ or None,
                        span.id_, nested, sent.start_char, sent.end_char)


def extraction_of(doc: Doc, doc_id: str, path: str) -> DocumentExtraction:
    outer = {(e.start, e.end) for e in doc.ents}
    mentions = [_found(s, (s.start, s.end) not in outer) for s in doc.spans.get(MENTIONS, [])]
    latent = [_found(s, False) for s in doc.spans.get(LATENT, [])]
    keys = {(s.start, s.end): s.kb_id_ or None for s in doc.spans.get(MENTIONS, [])}
    definitions = [
        AcronymDefinition(doc[ss:se].text, doc[ls:le].text, label, keys.get((ls, le)))
        for ss, se, ls, le, label in (doc._.dg_acronym_definitions or [])
    ]
    return DocumentExtraction(doc_id, path, mentions, latent, definitions)
