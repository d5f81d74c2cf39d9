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
