"""Closed namespaces for the external vocabularies rdflib does not ship, and Wikidata IRIs.

rdflib already provides PROV, ORG, SKOS, DCTERMS, OWL, SDO (schema.org) and SH.
"""
from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class NIF(DefinedNamespace):
    """NIF 2.0 Core: the terms diplograph uses for mentions and sentences."""

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True

    Context: URIRef
    Phrase: URIRef
    Sentence: URIRef
    String: URIRef
    anchorOf: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    isString: URIRef
    referenceContext: URIRef
    sentence: URIRef


class ITSRDF(DefinedNamespace):
    """Internationalization Tag Set: entity linking of a NIF string."""

    _NS = Namespace("http://www.w3.org/2005/11/its/rdf#")
    _fail = True

    taIdentRef: URIRef


WIKIDATA = Namespace("http://www.wikidata.org/entity/")
WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")


def wikidata_iri(qid: str) -> URIRef:
    """``Q148`` -> ``http://www.wikidata.org/entity/Q148``; anything else is an error."""
    if not WIKIDATA_ID.match(qid or ""):
        raise ValueError(f"expected a Wikidata item id like 'Q148', got {qid!r}")
    return WIKIDATA[qid]
