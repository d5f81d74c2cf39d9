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


def test_records_keep_their_orders_whether_or_not_files_come_in_path_order(tmp_path):
    """The streamed build writes the mentions in path order and the other records in the order the
    files were found, as the in-memory build does: read once when the two orders are one (a folder),
    twice when they are not (folders given in another order)."""
    import json

    from diplograph.pipeline import build
    from shared_data import EXAMPLES

    names = ("documents.jsonl", "mentions.jsonl", "relations.jsonl", "events.jsonl")
    for inputs in ([EXAMPLES], [EXAMPLES / "whitepaper", EXAMPLES / "news", EXAMPLES / "press"]):
        streamed = build(inputs, tmp_path / "streamed", validate=False, rdf="stream", cache=False).out
        in_memory = build(inputs, tmp_path / "memory", validate=False, rdf="memory", cache=False).out
        for name in names:
            assert (streamed / name).read_bytes() == (in_memory / name).read_bytes(), (inputs, name)
        paths = [json.loads(line)["path"] for line in (streamed / "documents.jsonl").open(encoding="utf-8")]
        mention_paths = [json.loads(line)["doc"] for line in (streamed / "mentions.jsonl").open(encoding="utf-8")]
        assert mention_paths == sorted(mention_paths) and len(set(mention_paths)) > 2
        assert (paths == sorted(paths)) == (len(inputs) == 1)


def test_a_rebuild_reads_the_sizes_of_only_the_fragments_it_wrote(tmp_path, monkeypatch):
    """Each fragment's sizes are read from the cache once and kept in the manifest: a rebuild after
    one change opens no size file of the fragments it keeps (1,000 files at 1M words)."""
    import shutil

    from diplograph.fragments import FragmentCache
    from diplograph.pipeline import build
    from shared_data import EXAMPLES

    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    build([corpus], tmp_path / "out", validate=False, rdf="stream")
    read, get = [], FragmentCache.get
    monkeypatch.setattr(FragmentCache, "get", lambda self, signature: read.append(signature) or get(self, signature))
    changed = next(corpus.rglob("*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8") + "\nJapan and Viet Nam held the Mekong Water Dialogue.\n",
                       encoding="utf-8")
    again = build([corpus], tmp_path / "out", validate=False, rdf="stream")
    assert again.stats["written_documents"] >= 1 and len(read) == again.stats["written_documents"]
    clean = build([corpus], tmp_path / "clean", validate=False, rdf="stream", cache=False)
    for name in ("mentions.jsonl", "relations.jsonl", "events.jsonl", "graph.nq"):
        assert (tmp_path / "out" / name).read_bytes() == (clean.out / name).read_bytes(), name
