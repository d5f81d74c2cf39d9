"""diplograph query: saved queries, parameters bound as terms, formats, errors."""
from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from diplograph.cli import main
from diplograph.graph.query import QueryError, parse_term, run_query, saved_queries

HOSTILE = ['"} ; DROP ALL ; #', "China <script>alert(1)</script>", "China\" } UNION { ?s ?p ?o", "x> } #"]
REQUIRED = {"entities-of-class", "country-partners", "country-mechanisms", "events-by-year",
            "co-participation", "relation-evidence"}


def labels(result, column):
    return [row[column] for row in result.records()]


def test_saved_queries_have_descriptions_and_parse():
    queries = saved_queries()
    assert REQUIRED <= set(queries)
    for query in queries.values():
        assert query.text.startswith("# description: ") and query.description
        run_query(ox.Store(), query.text)        # parses and runs on an empty store


def test_list_shows_every_saved_query(capsys):
    assert main(["query", "--list"]) == 0
    shown = capsys.readouterr().out
    for query in saved_queries().values():
        assert f"{query.name}  " in shown and query.description in shown


# Saved queries whose data is on main, on the real build of the examples.

def test_entities_of_class_on_the_build(examples_build):
    entities = [e for e in map(json.loads, (examples_build / "entities.jsonl").open())]
    countries = {e["label"] for e in entities if e["class"] == "Country"}
    result = run_query(examples_build, name="entities-of-class", params={"class": "dg:Country"})
    assert set(labels(result, "label")) == countries
    by_label = {e["label"]: len(e["documents"]) for e in entities if e["class"] == "Country"}
    for row in result.records():
        assert int(row["documents"]) == by_label[row["label"]]


def test_entity_documents_and_documents_on_the_build(examples_build):
    entities = {e["label"]: e for e in map(json.loads, (examples_build / "entities.jsonl").open())}
    name, entity = max(entities.items(), key=lambda item: len(item[1]["documents"]))
    result = run_query(examples_build, name="entity-documents", params={"name": name})
    assert len(result) == len(entity["documents"]) > 0
    documents = run_query(examples_build, name="documents")
    assert len(documents) == sum(1 for _ in (examples_build / "documents.jsonl").open())


# Saved queries over relations and events, on the hand-made graph.

def test_country_partners(relations_store):
    result = run_query(relations_store, name="country-partners", params={"name": "China"})
    assert sorted(labels(result, "partnerLabel")) == ["India", "Russia"]
    assert labels(run_query(relations_store, name="country-partners", params={"name": "Japan"}),
                  "partnerLabel") == ["India"]


def test_country_mechanisms(relations_store):
    result = run_query(relations_store, name="country-mechanisms", params={"name": "China"})
    assert {(r["role"], r["mechanismLabel"]) for r in result.records()} == {
        ("initiated", "Belt and Road Forum"), ("joined", "ASEAN Regional Forum")}


def test_events_by_year(relations_store):
    everything = run_query(relations_store, name="events-by-year")
    assert labels(everything, "eventLabel") == ["Belt and Road Forum 2017", "Joint drill 2017", "Moscow talks"]
    result = run_query(relations_store, name="events-by-year", params={"year": "2017"})
    rows = {r["eventLabel"]: r for r in result.records()}
    assert set(rows) == {"Belt and Road Forum 2017", "Joint drill 2017"}
    assert rows["Belt and Road Forum 2017"]["placeLabel"] == "Beijing"
    assert rows["Joint drill 2017"]["placeLabel"] == "Goa"
    assert set(rows["Belt and Road Forum 2017"]["participants"].split("; ")) == {"China", "Russia", "India"}


def test_co_participation_network(relations_store):
    result = run_query(relations_store, name="co-participation")
    edges = {frozenset((r["sourceLabel"], r["targetLabel"])): int(r["events"]) for r in result.records()}
    assert edges[frozenset(("China", "Russia"))] == 2
    assert edges[frozenset(("China", "India"))] == 2
    assert edges[frozenset(("India", "Russia"))] == 2
    assert len(edges) == 3


def test_relation_evidence(relations_store):
    result = run_query(relations_store, name="relation-evidence",
                       params={"subject": "China", "predicate": "dg:hosted"})
    assert [r["sentence"] for r in result.records()] == [
        "China hosted the Belt and Road Forum in Beijing in May 2017."]
    assert result.records()[0]["document"].endswith("/document/d1")


def test_entities_of_class_with_mention_counts(relations_store):
    result = run_query(relations_store, name="entities-of-class", params={"class": "dg:Country"})
    assert [(r["label"], r["mentions"]) for r in result.records()] == [("China", "7"), ("Russia", "4"), ("India", "2")]


# Parameters are RDF terms, never query text.

@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_parameter_is_only_a_literal(relations_store, value):
    before = len(relations_store)
    result = run_query(relations_store, name="country-partners", params={"name": value})
    assert len(result) == 0
    assert len(relations_store) == before
    echo = run_query(relations_store, "SELECT ?v WHERE {}", params={"v": value})
    assert echo.rows == [(ox.Literal(value),)]


def test_iri_shaped_hostile_parameter_is_rejected(relations_store):
    before = len(relations_store)
    with pytest.raises(QueryError, match="not a valid IRI"):
        run_query(relations_store, name="country-partners", params={"name": "<script>alert(1)</script>"})
    assert len(relations_store) == before


def test_hostile_parameter_through_the_cli(examples_build, capsys):
    code = main(["query", str(examples_build), "SELECT ?v WHERE {}", "--param", 'v="} ; DROP ALL ; #',
                 "--format", "json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["results"]["bindings"] == [{"v": {"type": "literal", "value": '"} ; DROP ALL ; #'}}]
    assert len(run_query(examples_build, "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")) > 0


def test_parse_term_forms():
    prefixes = {"dg": "https://w3id.org/diplograph/ontology#"}
    assert parse_term("dg:Country", prefixes) == ox.NamedNode("https://w3id.org/diplograph/ontology#Country")
    assert parse_term("<http://example.org/x>") == ox.NamedNode("http://example.org/x")
    assert parse_term("2017").datatype.value.endswith("#integer")
    assert parse_term('"Chine"@fr') == ox.Literal("Chine", language="fr")
    assert parse_term("zz:Country", prefixes) == ox.Literal("zz:Country")
    with pytest.raises(QueryError, match="not a valid IRI"):
        parse_term("<not an iri>")


# Formats and errors.

def test_formats(examples_build, capsys):
    query = "SELECT ?title ?date WHERE { ?d a <https://w3id.org/diplograph/ontology#Document> ; " \
            "<http://purl.org/dc/terms/title> ?title . OPTIONAL { ?d <http://purl.org/dc/terms/date> ?date } } ORDER BY ?title"
    expected = labels(run_query(examples_build, query), "title")
    main(["query", str(examples_build), query, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["title"] for r in rows] == expected
    main(["query", str(examples_build), query, "--format", "tsv"])
    assert capsys.readouterr().out.splitlines()[0] == "?title\t?date"
    main(["query", str(examples_build), query, "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert data["head"]["vars"] == ["title", "date"]
    assert [b["title"]["value"] for b in data["results"]["bindings"]] == expected
    main(["query", str(examples_build), query])
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["title", "date"] and table[-1] == f"({len(expected)} rows)"


def test_construct_gives_turtle(examples_build, capsys):
    query = ("PREFIX dg: <https://w3id.org/diplograph/ontology#> "
             "CONSTRUCT { ?d a dg:Document } WHERE { ?d a dg:Document }")
    assert main(["query", str(examples_build), query]) == 0
    text = capsys.readouterr().out
    graph = list(ox.parse(text, format=ox.RdfFormat.TURTLE))
    assert len(graph) == len(run_query(examples_build, name="documents"))
    assert "@prefix dg:" in text


def test_syntax_error_has_the_position(examples_build, capsys):
    assert main(["query", str(examples_build), "SELECT ?s WHERE {\n  ?s ?p \n}"]) == 2
    err = capsys.readouterr().err
    assert "line 3, column" in err and "^" in err and "Traceback" not in err


def test_unknown_name_and_parameter(examples_build, capsys):
    assert main(["query", str(examples_build), "--name", "partners"]) == 2
    assert "did you mean country-partners" in capsys.readouterr().err
    assert main(["query", str(examples_build), "--name", "documents", "--param", "nope=1"]) == 2
    assert "no parameter 'nope'" in capsys.readouterr().err
    assert main(["query", str(examples_build), "--name", "documents", "--param", "nope"]) == 2
    assert "key=value" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["build", "extract", "query", "load", "export"])
def test_every_command_has_help_with_an_example(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert "Example" in capsys.readouterr().out


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_saved_query_answers_on_a_real_build(examples_build, name):
    """The saved queries and the RDF the build writes must not drift apart."""
    result = run_query(examples_build, name=name)
    assert len(list(result.records())) > 0, name


def test_relation_evidence_on_a_real_build(examples_build):
    result = run_query(examples_build, name="relation-evidence", params={"subject": "China", "predicate": "dg:hosted"})
    rows = list(result.records())
    assert rows and all(r["subject"] == "China" for r in rows)
    assert any("Six-Party Talks" in r["sentence"] for r in rows)
