"""The Python API on the bundled example corpus."""
from rdflib import Dataset, Graph

from shared_data import EXAMPLES


def test_build_examples(tmp_path):
    from diplograph import build

    result = build([EXAMPLES], tmp_path)
    assert result.ok and len(result.documents) == 6
    classes = {e.cls for e in result.entities}
    assert {"Country", "Organisation", "Mechanism", "Event"} <= classes
    keys = {e.key for e in result.entities}
    assert {"VNM", "KOR", "USA", "LAO", "PRK"} <= keys
    graph = Graph().parse(tmp_path / "graph.ttl")
    assert len(graph) > 100
    dataset = Dataset()
    dataset.parse(tmp_path / "graph.nq", format="nquads")
    assert len(list(dataset.graphs())) >= 7      # one per document, the entities, and the default


def test_statistical_ner_adds_candidates():
    """A pipeline with entities set ahead of our rules (as a trained NER would) feeds the resolver."""
    import spacy
    import diplograph.extract.components  # noqa: F401

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "Harbour Watch"}])
    nlp.add_pipe("sentencizer")
    for name in ("diplograph_gazetteer", "diplograph_name_patterns", "diplograph_acronyms", "diplograph_mention_resolver"):
        nlp.add_pipe(name)
    ents = [(e.text, e.label_) for e in nlp("Harbour Watch praised Japan.").ents]
    assert ents == [("Harbour Watch", "Organisation"), ("Japan", "Country")]


def test_record_dicts_are_those_of_dataclasses_asdict():
    from dataclasses import asdict

    from diplograph.model import Entity, Event, Mention, Relation
    entity = Entity("asean", "ASEAN", "Organisation", ["Association of Southeast Asian Nations"], ["a.txt"], 3,
                    {"wikidata": "Q7768"}, "gazetteer")
    event = Event("arf-2016", "a.txt", "a", "ARF meeting", "Meeting", participants=[{"entity": "asean", "role": "host"}])
    for record in (Mention("a.txt", "a", 0, 5, "ASEAN", "Organisation", "asean", "ASEAN met.", 0, "gazetteer"),
                   Relation("a.txt", "a", "asean", "hosts", "arf-2016", "ASEAN met.", 0, 10, "rule"), event):
        assert list(record.to_dict().items()) == list(asdict(record).items())
    expected = asdict(entity)
    expected["class"] = expected.pop("cls")
    assert list(entity.to_dict().items()) == list(expected.items())
    row = event.to_dict()
    row["participants"][0]["role"] = "changed"          # a copy: the record keeps its own
    assert event.participants[0]["role"] == "host"


def test_input_size_is_counted_until_it_exceeds_the_limit(monkeypatch):
    """rdf="auto" streams above STREAM_ABOVE_BYTES of input: the files' sizes are read only until
    they add up to more (a folder of 1,000 files is not stat'ed through)."""
    import os
    from types import SimpleNamespace

    import diplograph.pipeline as pipeline

    sized = []

    class File:
        def __init__(self, name):
            self.name = name

        def stat(self):
            sized.append(self.name)
            if self.name == "gone":
                raise FileNotFoundError(self.name)
            return os.stat_result((0, 0, 0, 0, 0, 0, 100, 0, 0, 0))

    files = [SimpleNamespace(path=File(name)) for name in ("a", "gone", "b", "c", "d", "e")]
    monkeypatch.setattr(pipeline, "discover", lambda inputs: (files, []))
    assert pipeline._input_exceeds(["corpus"], 250) and sized == ["a", "gone", "b", "c"]    # 300 > 250
    assert not pipeline._input_exceeds(["corpus"], 500) and pipeline._input_exceeds(["corpus"], 499)
