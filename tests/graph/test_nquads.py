"""graph/nquads.py writes, by string formatting, the very lines the rdflib path writes."""
from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from diplograph.graph import nquads, stream
from diplograph.graph.analytics import NodeMetrics, add_metrics_to_dataset, compute_metrics, project
from diplograph.graph.rdf import build_dataset, sorted_lines
from diplograph.model import Entity
from nasty_records import BASE, EVENT_DATES, NASTY, ODD_DATES, adversarial_records


@pytest.fixture(autouse=True)
def _quiet_rdflib(caplog):
    # rdflib logs a traceback for every ill-typed date it is given; both paths see the same values
    caplog.set_level(logging.CRITICAL, logger="rdflib")


def old_document_lines(record, mentions=(), relations=(), events=(), base=BASE):
    return stream.document_lines(record, mentions, relations, events, base=base)


def old_entity_lines(entities, base=BASE):
    return sorted_lines(build_dataset([], entities, [], base=base).serialize(format="nquads"))


def assert_same(old: list[str], new: list[str]) -> None:
    assert all(line.endswith("\n") for line in new)
    if old != new:
        only_old, only_new = sorted(set(old) - set(new)), sorted(set(new) - set(old))
        pytest.fail(f"lines differ: only rdflib {only_old[:3]!r}, only nquads {only_new[:3]!r}")


def assert_build_matches(result, base):
    groups = stream.by_document(result.mentions, result.relations, result.events)
    assert result.documents
    for record in result.documents:
        ms, rs, es = groups.get(record.id, ((), (), ()))
        assert_same(old_document_lines(record, ms, rs, es, base), nquads.document_lines(record, ms, rs, es, base=base))
    assert_same(old_entity_lines(result.entities, base), nquads.entity_lines(result.entities, base=base))


def test_examples_byte_identical(example_build):
    assert example_build.mentions and example_build.relations and example_build.events
    for base in ("https://w3id.org/diplograph/id/", BASE):
        assert_build_matches(example_build, base)


def test_development_corpus_byte_identical(dev_build):
    assert_build_matches(dev_build, "https://w3id.org/diplograph/id/")


def test_metrics_lines_match_add_metrics_to_dataset(example_build):
    metrics = compute_metrics(project(example_build.entities, example_build.mentions, example_build.relations,
                                      example_build.events))
    metrics["odd"] = NodeMetrics("odd \"key\"\n", "x", "Country", 0, 0.0, 1e-9, 1 / 3, 7)
    metrics["big"] = NodeMetrics("big", "x", "Country", 12345, 1.0, 0.999999999, 1.0, 0)
    dataset = Dataset()
    add_metrics_to_dataset(dataset, metrics, base=BASE)
    old = sorted_lines(dataset.serialize(format="nquads"))
    assert len(old) == 4 * len(metrics)
    assert_same(old, nquads.metrics_lines(metrics, base=BASE))



@pytest.mark.parametrize("text", NASTY)
def test_adversarial_literals_byte_identical(text):
    record, mentions, relations, events, entities = adversarial_records(text)
    assert_same(old_document_lines(record, mentions, relations, events),
                nquads.document_lines(record, mentions, relations, events, base=BASE))
    assert_same(old_entity_lines(entities), nquads.entity_lines(entities, base=BASE))


def test_adversarial_lines_are_not_trivially_equal():
    """The comparison can fail: a literal escaped the other way is a different line."""
    record, mentions, relations, events, _ = adversarial_records('say "no"\n')
    lines = nquads.document_lines(record, mentions, relations, events, base=BASE)
    assert any('say \\"no\\"\\n' in line for line in lines)
    assert nquads.literal("a\tb\u2028c") == '"a\tb\u2028c"'          # written as they are, like rdflib
    assert nquads.literal("lone \ud800") == '"lone ?"'
    assert lines != old_document_lines(record, mentions[:1], relations, events)


@pytest.mark.parametrize("date", ODD_DATES + [None, ""])
@pytest.mark.parametrize("event_date", EVENT_DATES)
def test_odd_dates_byte_identical(date, event_date):
    record, mentions, relations, events, _ = adversarial_records("x", date=date, event_date=event_date)
    assert_same(old_document_lines(record, mentions, relations, events),
                nquads.document_lines(record, mentions, relations, events, base=BASE))


def test_bad_wikidata_id_warns_like_rdflib_path():
    entities = [Entity("X", "X", "Country", identifiers={"wikidata": "not-a-qid"})]
    with pytest.warns(UserWarning, match="no Wikidata link"):
        old = old_entity_lines(entities)
    with pytest.warns(UserWarning, match="no Wikidata link"):
        new = nquads.entity_lines(entities, base=BASE)
    assert_same(old, new)


def test_unknown_relation_predicate_is_refused_like_rdflib_path():
    record, mentions, relations, events, _ = adversarial_records("x")
    relations[0].predicate = "befriended"
    with pytest.raises(ValueError, match="unknown relation predicate 'befriended'"):
        nquads.document_lines(record, mentions, relations, events, base=BASE)


def test_build_chunks_cover_the_whole_dataset(example_build):
    chunks = list(nquads.build_chunks(example_build.documents, example_build.mentions, example_build.relations,
                                      example_build.events, example_build.entities, base=BASE))
    assert len(chunks) == len(example_build.documents) + 1
    for graph, lines in chunks:
        assert all(line.endswith(f" {graph} .\n") for line in lines)
    whole = build_dataset(example_build.documents, example_build.entities, example_build.mentions, base=BASE,
                          relations=example_build.relations, events=example_build.events)
    assert sorted({line for _, lines in chunks for line in lines}) == sorted_lines(whole.serialize(format="nquads"))


text_strategy = st.text(st.characters(codec=None, exclude_categories=()), max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=text_strategy, date=st.one_of(st.none(), st.text(max_size=12), st.dates().map(str)))
def test_any_text_byte_identical(text, date):
    record, mentions, relations, events, entities = adversarial_records(text, date=date, event_date=date)
    assert_same(old_document_lines(record, mentions, relations, events),
                nquads.document_lines(record, mentions, relations, events, base=BASE))
    assert_same(old_entity_lines(entities), nquads.entity_lines(entities, base=BASE))
