import csv
import json
import re

import pycountry
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

from diplograph.ontology import ONTOLOGY_DIR
from diplograph.ontology.generate import NAMESPACE_FILE, NS, generate
from diplograph.ontology.identifiers import COUNTRIES_FILE, country_identifiers
from diplograph.ontology.namespace import DG

ONTOLOGY = Graph().parse(ONTOLOGY_DIR / "diplograph.ttl")
ONTOLOGY_IRI = URIRef(NS.rstrip("#"))
TERMS = sorted({s for s in ONTOLOGY.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)})


def test_header_has_version_license_and_dates():
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ONTOLOGY
    for prop in (OWL.versionIRI, OWL.versionInfo, DCTERMS.license, DCTERMS.modified):
        assert ONTOLOGY.value(ONTOLOGY_IRI, prop) is not None, prop


@pytest.mark.parametrize("term", TERMS, ids=lambda t: t.split("#")[1])
def test_every_term_has_label_comment_and_is_defined_by(term):
    assert ONTOLOGY.value(term, RDFS.label), "no rdfs:label"
    assert ONTOLOGY.value(term, RDFS.comment), "no rdfs:comment"
    assert ONTOLOGY.value(term, RDFS.isDefinedBy) == ONTOLOGY_IRI


def test_classes_and_properties_the_issue_asks_for():
    classes = {str(t)[len(NS):] for t in ONTOLOGY.subjects(RDF.type, OWL.Class)}
    assert {"Country", "Organisation", "Mechanism", "Treaty", "Agreement", "Dialogue", "Forum", "Initiative",
            "Framework", "Event", "Meeting", "Conference", "Summit", "Exercise", "Operation", "Course",
            "Incident", "Place", "Person", "Document", "Mention"} <= classes
    properties = {str(t)[len(NS):] for kind in (OWL.ObjectProperty, OWL.DatatypeProperty)
                  for t in ONTOLOGY.subjects(RDF.type, kind)}
    assert {"hosted", "coHosted", "participatedIn", "signed", "initiated", "memberOf", "establishedWith",
            "partnerOf", "supports", "heldIn", "date", "place", "ordinal", "series", "role", "partOf",
            "mentionedIn", "mentionCount", "sourcePath", "alpha2", "alpha3", "rule"} <= properties


def test_every_class_and_property_is_aligned_or_placed_in_the_hierarchy():
    for term in TERMS:
        if (term, RDF.type, OWL.Class) in ONTOLOGY:
            assert ONTOLOGY.value(term, RDFS.subClassOf) is not None, term


def test_namespace_is_generated_from_the_turtle_file():
    assert NAMESPACE_FILE.read_text(encoding="utf-8") == generate(), \
        "namespace.py is out of date: run python -m diplograph.ontology.generate"
    assert {str(getattr(DG, str(t)[len(NS):])) for t in TERMS} == {str(t) for t in TERMS}


def test_namespace_is_closed():
    with pytest.raises(AttributeError):
        DG.Contry  # noqa: B018  (a typo must fail, not mint a new IRI)


def test_shapes_have_one_node_shape_per_class():
    from rdflib.namespace import SH
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl")
    targets = set(shapes.objects(None, SH.targetClass))
    dg_classes = {t for t in ONTOLOGY.subjects(RDF.type, OWL.Class)}
    assert dg_classes <= targets
    for cls in dg_classes:
        name = str(cls)[len(NS):]
        assert (DG._NS[name + "Shape"], SH.targetClass, cls) in shapes


def test_jsonld_context_declares_the_prefixes():
    context = json.loads((ONTOLOGY_DIR / "context.jsonld").read_text())["@context"]
    assert context["dg"] == NS
    assert {"skos", "prov", "nif", "schema", "dcterms", "xsd"} <= set(context)


# Identifiers

def test_country_table_covers_pycountry_with_matching_codes():
    rows = list(csv.DictReader(COUNTRIES_FILE.open(encoding="utf-8")))
    assert [r["alpha_3"] for r in rows] == sorted(c.alpha_3 for c in pycountry.countries)
    for row in rows:
        country = pycountry.countries.get(alpha_3=row["alpha_3"])
        assert country.alpha_2 == row["alpha_2"], row


def test_country_table_wikidata_ids_are_well_formed_and_unique():
    rows = list(csv.DictReader(COUNTRIES_FILE.open(encoding="utf-8")))
    ids = [r["wikidata"] for r in rows if r["wikidata"]]
    assert all(re.fullmatch(r"Q[1-9][0-9]*", q) for q in ids)
    assert len(ids) == len(set(ids))
    assert len({r["alpha_2"] for r in rows}) == len(rows)
    assert len(ids) >= 240     # a few are left out where no item was confirmed
    table = country_identifiers()
    assert table["CHN"]["wikidata"] == "Q148" and table["USA"]["wikidata"] == "Q30"


def test_curated_gazetteer_wikidata_ids_are_well_formed_and_name_one_entity():
    from diplograph.extract.gazetteer import DEFAULT_PATTERN_FILES, read_pattern_file
    owners: dict[str, set[str]] = {}
    for path in DEFAULT_PATTERN_FILES:
        for entry in read_pattern_file(path):
            if entry.get("wikidata"):
                assert re.fullmatch(r"Q[1-9][0-9]*", entry["wikidata"]), entry
                owners.setdefault(entry["wikidata"], set()).add(entry["id"])
    assert {q: keys for q, keys in owners.items() if len(keys) > 1} == {}
