"""What the garbage collector is told during a build: long-lived objects frozen, nothing after."""
import gc
import weakref

from diplograph import build
from diplograph.heap import build_heap, settle
from diplograph.pool import map_in_chunks
from tests.shared_data import EXAMPLES


def test_settle_freezes_only_during_a_build():
    assert gc.get_freeze_count() == 0
    settle()
    assert gc.get_freeze_count() == 0       # outside a build: the caller's heap is left alone
    kept = [[] for _ in range(1000)]
    with build_heap():
        assert gc.get_freeze_count() >= len(kept)
        with build_heap():      # nested builds: unfrozen when the outer one ends
            settle()
        assert gc.get_freeze_count() >= len(kept)
    assert gc.get_freeze_count() == 0


def test_a_frozen_cycle_is_collected_after_the_build():
    class Node:
        pass

    with build_heap():
        node = Node()
        node.self = node        # a cycle: only the collector frees it
        gone = weakref.ref(node)
        settle()
        del node
        gc.collect()
        assert gone() is not None       # frozen: left alone while the build runs
    gc.collect()
    assert gone() is None


def _freeze_count(chunk):
    return [gc.get_freeze_count() for _ in chunk]


def test_pool_processes_hold_their_start_frozen():
    counts = [n for part in map_in_chunks(_freeze_count, [1, 2], workers=2, max_chunk=1) for n in part]
    assert all(n > 0 for n in counts)


def test_a_build_leaves_nothing_frozen(tmp_path):
    result = build([EXAMPLES], tmp_path / "out", rdf="stream")
    assert result.stats["written_documents"] > 0
    assert gc.get_freeze_count() == 0
