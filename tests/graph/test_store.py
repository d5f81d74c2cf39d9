"""The embedded store written by build: same quads as graph.nq, replaced whole on rebuild."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from diplograph.graph.store import StoreError, graph_counts, open_store, store_path, write_store
from diplograph.pipeline import build

ROOT_EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_store_holds_the_quads_of_graph_nq(examples_build):
    store = open_store(examples_build)
    from_file = set(ox.parse(path=str(examples_build / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    assert set(store) == from_file
    counts = graph_counts(store)
    documents = sum(1 for _ in (examples_build / "documents.jsonl").open())
    assert len(counts) == documents + 1                     # one graph per document + the entity graph
    assert any(g.endswith("graph/entities") for g in counts)


def test_rebuild_replaces_the_store(tmp_path):
    out = tmp_path / "out"
    build([ROOT_EXAMPLES / "news"], out)
    first = graph_counts(open_store(out))
    build([ROOT_EXAMPLES / "press"], out)
    second = graph_counts(open_store(out))
    assert set(first) & set(second) == {g for g in first if g.endswith("graph/entities")}
    assert sum(second.values()) == sum(1 for line in (out / "graph.nq").open() if line.strip())
    assert not (tmp_path / "out" / "store.tmp").exists() and not (tmp_path / "out" / "store.old").exists()


def test_failed_write_keeps_the_previous_store(tmp_path):
    write_store(tmp_path, b"<http://e/s> <http://e/p> <http://e/o> <http://e/g> .\n")
    with pytest.raises(SyntaxError):
        write_store(tmp_path, b"<http://e/s> <http://e/p> this is not n-quads\n")
    assert len(open_store(tmp_path)) == 1
    assert not store_path(tmp_path).with_name("store.tmp").exists()


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="diplograph build"):
        open_store(tmp_path)


ENTITIES_GRAPH = "<https://example.org/graph/entities>"


def _line(subject: str, value: str) -> bytes:
    return f'<https://example.org/{subject}> <https://example.org/p> "{value}" {ENTITIES_GRAPH} .\n'.encode()


def test_replace_lines_touches_only_the_changed_quads(tmp_path):
    from diplograph.graph.store import replace_lines

    old = b"".join(_line(f"e{i}", f"v{i}") for i in range(50))
    new = b"".join(_line(f"e{i}", f"v{i}") for i in range(2, 50)) + _line("e0", "changed") + _line("e99", "new")
    store = ox.Store(str(tmp_path / "store"))
    store.bulk_load(old, format=ox.RdfFormat.N_QUADS)
    other = ox.Quad(ox.NamedNode("https://example.org/e1"), ox.NamedNode("https://example.org/p"),
                    ox.Literal("v1"), ox.NamedNode("https://example.org/graph/doc"))
    store.add(other)        # the same triple in another graph stays
    assert replace_lines(store, old, new) == (2, 2)
    assert set(store.quads_for_pattern(None, None, None, ox.NamedNode("https://example.org/graph/entities"))) \
        == set(ox.parse(new, format=ox.RdfFormat.N_QUADS))
    assert other in store
    assert replace_lines(store, new, new) == (0, 0)


def test_replace_lines_declines_blank_nodes(tmp_path):
    from diplograph.graph.store import replace_lines

    old = _line("e0", "v0")
    new = old + f'_:b0 <https://example.org/p> "x" {ENTITIES_GRAPH} .\n'.encode()
    store = ox.Store(str(tmp_path / "store"))
    store.bulk_load(old, format=ox.RdfFormat.N_QUADS)
    assert replace_lines(store, old, new) is None
    assert len(store) == 1


def test_bulk_load_lines_loads_every_line_in_batches_of_the_size_asked(tmp_path):
    from diplograph.graph.store import bulk_load_lines

    store = ox.Store(str(tmp_path / "store"))
    batches = []

    class CountingStore:        # the real store, each batch it is given counted
        def bulk_load(self, data, **options):
            batches.append(data.count(b"\n"))
            store.bulk_load(data, **options)

    path = tmp_path / "lines.nq"
    path.write_bytes(b"".join(_line(f"e{i}", f"v{i}") for i in range(50)))
    with path.open("rb") as lines:
        assert bulk_load_lines(CountingStore(), lines, lines_per_load=7) == 50
    assert batches == [7] * 7 + [1]
    assert len(store) == 50
