"""Deterministic IRIs minted from canonical keys under one base.

Every key is UTF-8 encoded and every byte outside ``A-Z a-z 0-9 - _ ~`` is
percent-encoded, ``%`` and ``.`` included. The encoding is injective (distinct
keys give distinct IRIs: the key can be decoded back), and the result contains
no character that Turtle, N-Triples or any IRI parser must escape, so any
string is a safe key.
"""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote, unquote_to_bytes

from rdflib import URIRef

from diplograph.ontology.namespace import DEFAULT_BASE

_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*$")


@lru_cache(maxsize=1 << 12)     # a document's id and its entities' keys recur in every IRI it mints
def encode_key(key: str) -> str:
    """The IRI path segment of ``key``: reversible, never empty-equal to another key."""
    # surrogatepass: even a lone surrogate (not valid text) gets a distinct, well-formed segment.
    return quote(key.encode("utf-8", "surrogatepass"), safe="").replace(".", "%2E")


def decode_key(segment: str) -> str:
    """The inverse of :func:`encode_key`."""
    return unquote_to_bytes(segment).decode("utf-8", "surrogatepass")


def check_base(base: str) -> str:
    """``base`` ending in ``/`` or ``#``; a ValueError says what is wrong with anything else."""
    if not isinstance(base, str) or not _ABSOLUTE_IRI.match(base):
        raise ValueError(f"expected an absolute IRI as base, like {DEFAULT_BASE!r}, got {base!r}")
    return base if base.endswith(("/", "#")) else base + "/"


class Minter:
    """IRIs of the resources of one build, all under ``base``.

    >>> Minter("https://example.org/kg/").entity("ASEAN Regional Forum")
    rdflib.term.URIRef('https://example.org/kg/entity/ASEAN%20Regional%20Forum')
    """

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = check_base(base)

    def _iri(self, kind: str, *parts: str | int) -> URIRef:
        return URIRef(self.base + kind + "/" + "/".join(encode_key(str(p)) for p in parts))

    def entity(self, key: str) -> URIRef:
        return self._iri("entity", key)

    def document(self, doc_id: str) -> URIRef:
        """The document, and the named graph of everything it says."""
        return self._iri("document", doc_id)

    def entities_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/entities")

    def sentence(self, doc_id: str, start: int, end: int) -> URIRef:
        return self._iri("sentence", doc_id, f"{int(start)}-{int(end)}")

    def mention(self, doc_id: str, start: int, end: int) -> URIRef:
        return self._iri("mention", doc_id, f"{int(start)}-{int(end)}")

    def relation(self, doc_id: str, start: int, end: int, subject: str, predicate: str, obj: str,
                 modality: str) -> URIRef:
        return self._iri("statement", doc_id, f"{int(start)}-{int(end)}", subject, predicate, obj, modality)

    def event_statement(self, doc_id: str, key: str) -> URIRef:
        return self._iri("event-statement", doc_id, key)

    def participation(self, doc_id: str, key: str, participant: str, role: str) -> URIRef:
        return self._iri("participation", doc_id, key, participant, role)
