"""The process pool of the build's passes: chunks in order, the state given once to each process."""
from diplograph.pool import chunks, map_in_chunks, worker_state


def _scaled(chunk, factor):
    offset = worker_state()
    return [offset + factor * item for item in chunk]


def test_results_come_back_in_the_order_of_the_items():
    items = list(range(103))
    parts = list(map_in_chunks(_scaled, items, workers=2, max_chunk=5, args=(10,), state=7))
    assert all(len(part) <= 5 for part in parts) and len(parts) > 2
    assert [value for part in parts for value in part] == [7 + 10 * item for item in items]


def test_no_items_no_work():
    assert list(map_in_chunks(_scaled, [], workers=2, max_chunk=5, args=(10,), state=7)) == []
    assert chunks([1, 2, 3], 2) == [[1, 2], [3]]
