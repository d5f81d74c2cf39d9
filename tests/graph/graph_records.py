"""Small hand-made records and one build of the bundled examples, shared by the graph tests (imported as fixtures)."""
from __future__ import annotations


import pytest

from diplograph.model import DocumentRecord, Entity, Event, Mention, Relation

TEXT = "Japan and Viet Nam held the Second Coastal Rescue Exercise in Da Nang. Was it hosted by ASEAN?"
FIRST = TEXT.index(" Was") + 0          # end of the first sentence (exclusive)
SECOND = TEXT.index("Was")


def _mention(text, label, key, start=None, rule="gazetteer"):
    start = TEXT.index(text) if start is None else start
    sentence_start = 0 if start < FIRST else SECOND
    sentence = TEXT[:FIRST] if start < FIRST else TEXT[SECOND:]
    return Mention("doc.txt", "doc", start, start + len(text), text, label, key, sentence, sentence_start, rule)


@pytest.fixture
def records():
    document = DocumentRecord("doc", "doc.txt", "A drill", "2019-05-02", TEXT, "0" * 64)
    entities = [
        Entity("JPN", "Japan", "Country", mention_count=1, identifiers={"alpha_2": "JP"}, source="gazetteer"),
        Entity("VNM", "Viet Nam", "Country", ["Vietnam"], mention_count=1, source="gazetteer"),
        Entity("second-coastal-rescue-exercise", "Second Coastal Rescue Exercise", "Event", mention_count=1),
        Entity("da-nang", "Da Nang", "Place", mention_count=1),
        Entity("asean", "ASEAN", "Organisation", mention_count=1, identifiers={"wikidata": "Q7768"},
               source="gazetteer"),
    ]
    mentions = [
        _mention("Japan", "Country", "JPN"),
        _mention("Viet Nam", "Country", "VNM"),
        _mention("Second Coastal Rescue Exercise", "Event", "second-coastal-rescue-exercise", rule="pattern:head"),
        _mention("Da Nang", "Place", "da-nang", rule="pattern:place"),
        _mention("ASEAN", "Organisation", "asean"),
    ]
    relations = [
        Relation("doc.txt", "doc", "JPN", "participated_in", "second-coastal-rescue-exercise", TEXT[:FIRST], 0,
                 FIRST, "rel:held"),
        Relation("doc.txt", "doc", "second-coastal-rescue-exercise", "heldIn", "da-nang", TEXT[:FIRST], 0,
                 FIRST, "rel:in"),
        Relation("doc.txt", "doc", "asean", "hosted", "second-coastal-rescue-exercise", TEXT[SECOND:], SECOND,
                 len(TEXT), "rel:hosted-by", modality="question"),
    ]
    events = [Event("second-coastal-rescue-exercise", "doc.txt", "doc", "Second Coastal Rescue Exercise",
                    "Exercise", date="2019-05", date_text="May 2019", place="da-nang", ordinal=2,
                    series="coastal-rescue-exercise",
                    participants=[{"entity": "JPN", "role": "host"}, {"entity": "VNM", "role": "participant"}],
                    sentence=TEXT[:FIRST], start=0, end=FIRST)]
    return document, entities, mentions, relations, events


@pytest.fixture
def dataset(records):
    from diplograph.graph.rdf import build_dataset
    document, entities, mentions, relations, events = records
    return build_dataset([document], entities, mentions, relations=relations, events=events,
                         base="https://example.org/kg/")

