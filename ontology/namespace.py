"""Python names for the diplograph vocabulary (closed: a typo is an error, not a new IRI)."""
from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class DG(DefinedNamespace):
    _NS = Namespace("https://w3id.org/diplograph/ontology#")
    _fail = True

    Country: URIRef
    Organisation: URIRef
    Mechanism: URIRef
    Event: URIRef
    Place: URIRef
    Person: URIRef
    Document: URIRef
    mentionedIn: URIRef
    mentionCount: URIRef
    sourcePath: URIRef
    # network analytics (graph/analytics.py)
    degree: URIRef
    pageRank: URIRef
    betweenness: URIRef
    community: URIRef


DEFAULT_BASE = "https://w3id.org/diplograph/id/"
