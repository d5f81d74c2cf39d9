import pyoxigraph
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal
from rdflib.namespace import RDFS

from diplograph.ontology.iri import Minter, check_base, decode_key, encode_key

BASE = "https://example.org/kg/"


def test_iris_are_deterministic_and_readable():
    mint = Minter(BASE)
    assert mint.entity("asean") == Minter(BASE).entity("asean")
    assert str(mint.entity("CHN")) == BASE + "entity/CHN"
    assert str(mint.entity("a b/c")) == BASE + "entity/a%20b%2Fc"


@pytest.mark.parametrize("pair", [("%", "%25"), ("a/b", "a%2Fb"), (".", "%2E"), ("", " ")])
def test_distinct_keys_that_naive_encodings_confuse_stay_distinct(pair):
    first, second = pair
    assert Minter(BASE).entity(first) != Minter(BASE).entity(second)


def test_base_must_be_an_absolute_iri():
    assert check_base("https://example.org/kg") == "https://example.org/kg/"
    for bad in ("not an iri", "example.org/kg", "https://exa mple.org/", ""):
        with pytest.raises(ValueError, match="absolute IRI"):
            Minter(bad)


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text())
def test_encoding_is_injective(a, b):
    assert decode_key(encode_key(a)) == a
    if a != b:
        assert encode_key(a) != encode_key(b)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec=None), min_size=0, max_size=40))
def test_any_key_round_trips_through_turtle_and_ntriples(key):
    node = Minter(BASE).entity(key)
    graph = Graph()
    graph.add((node, RDFS.label, Literal("x")))
    for fmt, ox in (("turtle", pyoxigraph.RdfFormat.TURTLE), ("nt", pyoxigraph.RdfFormat.N_TRIPLES)):
        text = graph.serialize(format=fmt)
        back = Graph().parse(data=text, format=fmt)
        assert set(back.subjects()) == {node}
        triples = list(pyoxigraph.parse(text.encode("utf-8"), format=ox))
        assert [t.subject.value for t in triples] == [str(node)]


def test_even_a_lone_surrogate_gives_a_valid_distinct_iri():
    key = "\ud800x"
    node = Minter(BASE).entity(key)
    assert decode_key(encode_key(key)) == key
    assert pyoxigraph.NamedNode(str(node)).value == str(node)
