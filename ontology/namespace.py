"""Python names for the diplograph vocabulary (closed: a typo is an error, not a new IRI).

GENERATED from diplograph.ttl by ``python -m diplograph.ontology.generate``; do not edit.
"""
from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class DG(DefinedNamespace):
    """The diplograph ontology, 63 terms."""

    _NS = Namespace("https://w3id.org/diplograph/ontology#")
    _fail = True

    # Classes
    Agreement: URIRef  # Agreement
    Conference: URIRef  # Conference
    Country: URIRef  # Country
    Course: URIRef  # Course
    Dialogue: URIRef  # Dialogue
    Document: URIRef  # Document
    Event: URIRef  # Event
    EventStatement: URIRef  # Event statement
    Exercise: URIRef  # Exercise
    Forum: URIRef  # Forum
    Framework: URIRef  # Framework
    Incident: URIRef  # Incident
    Initiative: URIRef  # Initiative
    Mechanism: URIRef  # Mechanism
    Meeting: URIRef  # Meeting
    Mention: URIRef  # Mention
    Operation: URIRef  # Operation
    Organisation: URIRef  # Organisation
    Participation: URIRef  # Participation
    Person: URIRef  # Person
    Place: URIRef  # Place
    RelationStatement: URIRef  # Relation statement
    Sentence: URIRef  # Sentence
    Summit: URIRef  # Summit
    Treaty: URIRef  # Treaty

    # Object properties
    about: URIRef  # about
    coHosted: URIRef  # co-hosted
    establishedWith: URIRef  # established with
    eventClass: URIRef  # event class
    heldIn: URIRef  # held in
    hosted: URIRef  # hosted
    inDocument: URIRef  # in document
    initiated: URIRef  # initiated
    memberOf: URIRef  # member of
    mentionedIn: URIRef  # mentioned in
    partOf: URIRef  # part of
    participant: URIRef  # participant
    participatedIn: URIRef  # participated in
    participation: URIRef  # participation
    partnerOf: URIRef  # partner of
    place: URIRef  # place
    refersTo: URIRef  # refers to
    signed: URIRef  # signed
    supports: URIRef  # supports

    # Datatype properties
    alpha2: URIRef  # ISO 3166-1 alpha-2 code
    alpha3: URIRef  # ISO 3166-1 alpha-3 code
    betweenness: URIRef  # betweenness
    category: URIRef  # category
    community: URIRef  # community
    contentHash: URIRef  # content hash
    date: URIRef  # date
    dateText: URIRef  # date text
    degree: URIRef  # degree
    mentionCount: URIRef  # mention count
    modality: URIRef  # modality
    nested: URIRef  # nested
    ordinal: URIRef  # ordinal
    origin: URIRef  # origin
    pageRank: URIRef  # PageRank
    role: URIRef  # role
    rule: URIRef  # rule
    series: URIRef  # series
    sourcePath: URIRef  # source path


DEFAULT_BASE = "https://w3id.org/diplograph/id/"
"""Base IRI of minted resources (entities, documents, mentions) unless ``--base`` says otherwise."""
