"""Cheap shared objects: a build of the bundled examples, a small hand-made relations store."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"


@pytest.fixture(scope="session")
def examples_build(tmp_path_factory) -> Path:
    """The bundled examples built once, with the embedded store (read-only for tests)."""
    from diplograph.pipeline import build

    out = tmp_path_factory.mktemp("examples-build")
    build([ROOT / "examples"], out)
    return out


@pytest.fixture(scope="session")
def relations_store() -> ox.Store:
    """An in-memory store of tests/graph/data/relations.trig (relations and events by hand)."""
    store = ox.Store()
    store.load(path=str(ROOT / "tests" / "graph" / "data" / "relations.trig"), format=ox.RdfFormat.TRIG)
    return store
