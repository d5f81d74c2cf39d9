"""The streamed build's byte copies keep what they copy."""


def test_append_files_keeps_order_and_buffered_writes(tmp_path):
    from diplograph.streaming import _append_files

    parts = []
    for i in range(5):
        path = tmp_path / f"part{i}.nq"
        path.write_bytes(f"line {i}\n".encode() * (i * 1000))     # the first one empty
        parts.append(path)
    with (tmp_path / "all.nq").open("wb") as target:
        target.write(b"head\n")                 # buffered before the kernel copies
        _append_files(target, parts[:3])
        target.write(b"middle\n")
        _append_files(target, parts[3:])
    expected = b"head\n" + b"".join(p.read_bytes() for p in parts[:3]) + b"middle\n" + b"".join(p.read_bytes() for p in parts[3:])
    assert (tmp_path / "all.nq").read_bytes() == expected


def test_the_network_is_freed_before_the_entity_graph_is_made(tmp_path, monkeypatch):
    """A networkx graph refers to itself (its cached views): without a collection it would stay
    through the store's load, the build's largest use of memory."""
    import gc
    import weakref

    from diplograph import streaming
    from diplograph.pipeline import build
    from shared_data import EXAMPLES

    networks, alive = [], []

    from diplograph.graph.contributions import NetworkMerge

    def graph_of_merge(*args, **kwargs):
        graph = merged_by(*args, **kwargs)
        networks.append(weakref.ref(graph))
        return graph

    def entity_lines(*args, **kwargs):
        alive.append(any(ref() is not None for ref in networks))
        return lines_of(*args, **kwargs)

    merged_by, lines_of = NetworkMerge.graph, streaming.entity_lines
    monkeypatch.setattr(streaming, "HELPER_PROCESS", False)     # (with one, the network is the helper's)
    monkeypatch.setattr(NetworkMerge, "graph", graph_of_merge)
    monkeypatch.setattr(streaming, "entity_lines", entity_lines)
    gc.disable()        # no collection but the build's own
    try:
        build([EXAMPLES], tmp_path / "out", validate=False, rdf="stream")
    finally:
        gc.enable()
    assert networks and alive == [False]
