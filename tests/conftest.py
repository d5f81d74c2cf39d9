"""Cheap shared objects: the rule pipeline on spacy.blank("en"), paths to shared data."""
from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

# tests/ on the path, so every test module can import shared_data (conftest modules clash by name)
sys.path.insert(0, str(Path(__file__).resolve().parent))

from shared_data import CORPUS, EXAMPLES, GOLD, REPO, SCORER, SHARED, needs_shared  # noqa: E402,F401


@pytest.fixture(scope="session")
def nlp():
    from diplograph.extract.nlp import make_nlp
    return make_nlp()


@pytest.fixture(scope="session")
def mentions_of(nlp):
    """Text -> [(text, label)] of the outermost and nested mentions."""
    from diplograph.extract.components import MENTIONS

    def run(text: str) -> list[tuple[str, str]]:
        doc = nlp(text)
        return [(s.text, s.label_) for s in doc.spans[MENTIONS]]
    return run


@pytest.fixture(scope="session")
def dev_build(tmp_path_factory):
    """One build of ../shared/corpus for every test that scores it."""
    needs_shared()
    from diplograph import build
    out = tmp_path_factory.mktemp("dev")
    return build([CORPUS], out)


@pytest.fixture(scope="session")
def example_build(tmp_path_factory):
    """The bundled examples built once per session (a BuildResult); tests only read it."""
    from diplograph.pipeline import build

    return build([EXAMPLES], tmp_path_factory.mktemp("examples-build") / "out")


@pytest.fixture(scope="session")
def examples_build(example_build) -> Path:
    """The output folder of :func:`example_build`, with the embedded store."""
    return example_build.out


@pytest.fixture(scope="session")
def relations_store() -> ox.Store:
    """An in-memory store of tests/graph/data/relations.trig (relations and events by hand)."""
    store = ox.Store()
    store.load(path=str(REPO / "tests" / "graph" / "data" / "relations.trig"), format=ox.RdfFormat.TRIG)
    return store
