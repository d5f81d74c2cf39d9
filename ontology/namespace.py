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

    # --- relations and events (feat/relations): one block, for easy merges ---
    hosted: URIRef
    coHosted: URIRef
    participatedIn: URIRef
    signed: URIRef
    initiated: URIRef
    memberOf: URIRef
    establishedWith: URIRef
    partnerOf: URIRef
    supports: URIRef
    heldIn: URIRef
    Statement: URIRef           # a relation as stated by one sentence (asserted or not)
    modality: URIRef            # asserted, question, negated, hypothetical
    asserted: URIRef            # true when the statement is a fact of the document
    evidence: URIRef            # the sentence
    rule: URIRef
    startOffset: URIRef
    endOffset: URIRef
    statedIn: URIRef
    Meeting: URIRef
    Conference: URIRef
    Summit: URIRef
    Exercise: URIRef
    Operation: URIRef
    Course: URIRef
    Incident: URIRef
    PressConference: URIRef
    Signing: URIRef
    EventSeries: URIRef
    eventClass: URIRef
    category: URIRef
    date: URIRef
    dateText: URIRef
    place: URIRef
    placeText: URIRef
    ordinal: URIRef
    series: URIRef
    partOf: URIRef
    participation: URIRef
    Participation: URIRef
    agent: URIRef
    role: URIRef
    Host: URIRef
    CoHost: URIRef
    Participant: URIRef
    # --- end relations and events ---


class DGC(DefinedNamespace):
    """Event categories: a SKOS concept scheme aligned with PLOVER event types (``categories.ttl``)."""

    _NS = Namespace("https://w3id.org/diplograph/category/")
    _fail = True

    scheme: URIRef
    CONSULT: URIRef
    AGREE: URIRef
    COOPERATE: URIRef
    AID: URIRef
    SUPPORT: URIRef
    ASSAULT: URIRef


DEFAULT_BASE = "https://w3id.org/diplograph/id/"
