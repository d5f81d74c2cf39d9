"""Incremental rebuilds, worker processes and the Dask engine give the output of a clean build."""
import shutil
import subprocess
import sys

import pytest

from generated import store_quads
from shared_data import EXAMPLES

import diplograph.streaming
from diplograph import build

COMPARED = ("documents.jsonl", "mentions.jsonl", "entities.jsonl", "relations.jsonl", "relations-modal.jsonl",
            "events.jsonl", "graph.nq")


def same_outputs(a, b):
    for name in COMPARED:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, folder)
    return folder


@pytest.mark.parametrize("rdf", ["memory", "stream", "stream-patched"])
def test_rebuild_after_changes_equals_a_clean_build(corpus, tmp_path, rdf, monkeypatch):
    if rdf == "stream-patched":     # the store patched graph by graph even though half the graphs changed
        monkeypatch.setattr(diplograph.streaming, "REPLACE_GRAPHS_UP_TO", 1.0)
        rdf = "stream"
    out = tmp_path / "incremental"
    first = build([corpus], out, validate=False, rdf=rdf)
    assert first.stats["extracted"] == 6 and first.stats["cached"] == 0
    # change one document, add one, delete one
    changed = corpus / "press" / "2016-mfa-briefing.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nJapan and Viet Nam held the Mekong Water Dialogue.\n",
                       encoding="utf-8")
    (corpus / "news" / "added.txt").write_text("ASEAN Regional Forum (ARF) met in Manila. The ARF praised Indonesia.\n",
                                               encoding="utf-8")
    (corpus / "transcripts" / "2019-defence-forum.txt").unlink()
    again = build([corpus], out, validate=False, rdf=rdf)
    assert again.stats["cached"] == 4 and again.stats["extracted"] == 2
    if rdf == "stream":
        patched = diplograph.streaming.REPLACE_GRAPHS_UP_TO == 1.0
        assert ("quads removed" in again.stats["store_update"]) == patched
    entries = [p for p in (out / "cache").glob("*/*.pkl") if p.name != "manifest.pkl"]
    assert len(entries) == 6      # the deleted document's entry is gone
    clean = build([corpus], tmp_path / "clean", validate=False, cache=False, rdf=rdf)
    same_outputs(out, clean.out)
    assert store_quads(out / "store") == store_quads(clean.out / "store")
    assert "Mekong Water Dialogue" in (out / "mentions.jsonl").read_text(encoding="utf-8")
    assert "2019-defence-forum" not in (out / "graph.nq").read_text(encoding="utf-8")


def test_streamed_rebuild_reuses_unchanged_documents(corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out, validate=False, rdf="stream")
    again = build([corpus], out, validate=False, rdf="stream")      # nothing changed: nothing redone
    assert again.stats["extracted"] == 0 and again.stats["resolved_documents"] == 0
    assert again.stats["written_documents"] == 0
    changed = corpus / "news" / "2015-cyber-dialogue.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe Philippines joined the exercise.\n", encoding="utf-8")
    third = build([corpus], out, validate=False, rdf="stream")
    assert third.stats["extracted"] == 1 and third.stats["written_documents"] >= 1
    assert "quads removed" in third.stats["store_update"]     # the entity graph patched, not reloaded
    assert third.stats["written_documents"] < 6     # the others' fragments are reused
    clean = build([corpus], tmp_path / "clean", validate=False, cache=False, rdf="stream")
    same_outputs(out, clean.out)
    assert store_quads(out / "store") == store_quads(clean.out / "store")


def counted_compactions(monkeypatch) -> list[int]:
    """The quads of each store compacted from now on (the real compaction, counted: which files
    RocksDB rewrites is its own affair)."""
    from diplograph.store_compaction import CompactedCopy

    compacted_stores = []
    real = CompactedCopy.compact

    def compact(store):
        compacted_stores.append(len(store))
        real(store)
    monkeypatch.setattr(CompactedCopy, "compact", staticmethod(compact))
    return compacted_stores


def test_a_build_compacts_the_store_it_bulk_loaded_in_many_batches(corpus, tmp_path, monkeypatch):
    compacted_stores = counted_compactions(monkeypatch)
    monkeypatch.setattr(diplograph.streaming, "SETTLED_LOAD_BATCHES", 1)     # this corpus: one batch a graph kind
    out = tmp_path / "out"
    built = build([corpus], out, validate=False, rdf="stream")
    graphs, compacted, batches = diplograph.streaming.read_store_state(out)
    assert len(graphs) == 7 and compacted and batches == 2     # six documents, then the entity graph
    assert compacted_stores == [len(store_quads(out / "store"))] and built.stats["store_update"] == "all, then compacted"
    changed = corpus / "news" / "2015-cyber-dialogue.txt"
    for added in ("The Philippines", "Japan"):
        changed.write_text(changed.read_text(encoding="utf-8") + f"\n{added} joined the exercise.\n", encoding="utf-8")
        again = build([corpus], out, validate=False, rdf="stream")
        assert "1 loaded" in again.stats["store_update"] and "compacted" not in again.stats["store_update"]
        assert diplograph.streaming.read_store_state(out).compacted
    assert len(compacted_stores) == 1       # a compacted store is not compacted again
    clean = build([corpus], tmp_path / "clean", validate=False, cache=False, rdf="stream")
    same_outputs(out, clean.out)
    assert store_quads(out / "store") == store_quads(clean.out / "store")


def test_first_rebuild_compacts_a_store_an_older_build_left_unsettled(corpus, tmp_path, monkeypatch):
    """A store bulk-loaded in many batches and not compacted (by a build before the build compacted
    it, or whose compaction failed): the first rebuild compacts a copy of it before the update."""
    compacted_stores = counted_compactions(monkeypatch)
    out = tmp_path / "out"
    build([corpus], out, validate=False, rdf="stream")     # few batches: settled, not compacted
    graphs, compacted, batches = diplograph.streaming.read_store_state(out)
    assert len(graphs) == 7 and not compacted and batches == 2 and not compacted_stores
    monkeypatch.setattr(diplograph.streaming, "SETTLED_LOAD_BATCHES", 1)     # now too many
    loaded = store_quads(out / "store")
    changed = corpus / "news" / "2015-cyber-dialogue.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe Philippines joined the exercise.\n", encoding="utf-8")
    again = build([corpus], out, validate=False, rdf="stream")
    assert again.stats["store_update"].endswith("the store compacted first")
    assert compacted_stores == [len(loaded)]        # the copy of the bulk-loaded store, whole
    assert diplograph.streaming.read_store_state(out).compacted
    changed.write_text(changed.read_text(encoding="utf-8") + "\nJapan joined the exercise.\n", encoding="utf-8")
    third = build([corpus], out, validate=False, rdf="stream")
    assert "compacted" not in third.stats["store_update"] and diplograph.streaming.read_store_state(out).compacted
    assert len(compacted_stores) == 1       # a compacted store is not compacted again
    clean = build([corpus], tmp_path / "clean", validate=False, cache=False, rdf="stream")
    same_outputs(out, clean.out)
    assert store_quads(out / "store") == store_quads(clean.out / "store")


@pytest.mark.parametrize("lines_per_load", [100_000, 20])
def test_a_store_bulk_loaded_in_few_batches_is_updated_without_compaction(corpus, tmp_path, monkeypatch,
                                                                          lines_per_load):
    from diplograph.graph import store

    compacted_stores = counted_compactions(monkeypatch)
    monkeypatch.setattr(store, "LOAD_LINES", lines_per_load)
    out = tmp_path / "out"
    build([corpus], out, validate=False, rdf="stream")
    state = diplograph.streaming.read_store_state(out)
    few = lines_per_load == 100_000
    assert state.load_batches == 2 if few else state.load_batches > diplograph.streaming.SETTLED_LOAD_BATCHES
    assert state.settled and state.compacted != few     # many: compacted by the build
    assert len(compacted_stores) == (0 if few else 1)
    changed = corpus / "news" / "2015-cyber-dialogue.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe Philippines joined the exercise.\n", encoding="utf-8")
    again = build([corpus], out, validate=False, rdf="stream")
    assert "compacted" not in again.stats["store_update"]
    assert len(compacted_stores) == (0 if few else 1)
    assert diplograph.streaming.read_store_state(out).settled
    clean = build([corpus], tmp_path / "clean", validate=False, cache=False, rdf="stream")
    assert store_quads(out / "store") == store_quads(clean.out / "store")


def test_rebuild_copies_the_store_itself_when_its_compaction_fails(corpus, tmp_path, monkeypatch):
    from diplograph.store_compaction import CompactedCopy

    def fail(store):        # the copy made, then its compaction fails
        raise OSError("disk full")
    monkeypatch.setattr(CompactedCopy, "compact", staticmethod(fail))
    monkeypatch.setattr(diplograph.streaming, "SETTLED_LOAD_BATCHES", 1)
    out = tmp_path / "out"
    built = build([corpus], out, validate=False, rdf="stream")
    assert built.stats["store_update"] == "all"         # the build's own compaction failed too: it goes on
    assert not diplograph.streaming.read_store_state(out).settled
    (corpus / "news" / "added.txt").write_text("The SCO met in Astana.\n", encoding="utf-8")
    again = build([corpus], out, validate=False, rdf="stream")
    assert "1 loaded" in again.stats["store_update"] and "compacted" not in again.stats["store_update"]
    assert not diplograph.streaming.read_store_state(out).settled       # compacted by the next rebuild, then
    clean = build([corpus], tmp_path / "clean", validate=False, cache=False, rdf="stream")
    assert store_quads(out / "store") == store_quads(clean.out / "store")


def test_store_record_of_an_older_build_reads_as_not_settled(tmp_path):
    record = tmp_path / diplograph.streaming.STORE_GRAPHS
    record.write_text('{"https://example.org/g": "abc"}', encoding="utf-8")
    assert diplograph.streaming.read_store_state(tmp_path) == ({"https://example.org/g": "abc"}, False, None)
    record.write_text('{"graphs": {"https://example.org/g": "abc"}, "compacted": false}', encoding="utf-8")
    assert not diplograph.streaming.read_store_state(tmp_path).settled      # its bulk loads not recorded
    record.write_text("[1, 2]", encoding="utf-8")
    assert diplograph.streaming.read_store_state(tmp_path) == (None, False, None)


def test_streamed_rebuild_after_an_in_memory_build_loads_the_store_anew(corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out, validate=False, rdf="stream")
    (corpus / "news" / "added.txt").write_text("The SCO met in Astana.\n", encoding="utf-8")
    build([corpus], out, validate=False, rdf="memory")      # rewrites the store its own way
    (corpus / "news" / "added.txt").unlink()
    again = build([corpus], out, validate=False, rdf="stream")
    clean = build([corpus], tmp_path / "clean", validate=False, cache=False, rdf="stream")
    same_outputs(out, clean.out)
    assert store_quads(out / "store") == store_quads(clean.out / "store")


def test_streamed_graph_equals_the_in_memory_graph(tmp_path):
    memory = build([EXAMPLES], tmp_path / "memory", rdf="memory")
    streamed = build([EXAMPLES], tmp_path / "stream", rdf="stream", exports="all")
    same_outputs(memory.out, streamed.out)
    assert streamed.validation.conforms and streamed.stats["validated_documents"] == 6
    import pyoxigraph as ox
    from rdflib import Graph
    store = ox.Store.read_only(str(streamed.out / "store"))
    assert len(store) == streamed.stats["quads"]
    turtle = Graph().parse(streamed.out / "graph.ttl")
    ntriples = Graph().parse(streamed.out / "graph.nt", format="nt")
    assert len(turtle) == len(ntriples) == len(Graph().parse(memory.out / "graph.nt", format="nt"))


@pytest.mark.parametrize("rdf", ["memory", "stream"])
def test_two_workers_give_the_output_of_one(tmp_path, rdf):
    one = build([EXAMPLES], tmp_path / "one", validate=False, cache=False, rdf=rdf)
    two = build([EXAMPLES], tmp_path / "two", validate=False, cache=False, workers=2, rdf=rdf)
    same_outputs(one.out, two.out)
    assert store_quads(one.out / "store") == store_quads(two.out / "store")


def test_dask_local_cluster_gives_the_output_of_a_local_build(tmp_path):
    pytest.importorskip("dask.distributed")
    local = build([EXAMPLES], tmp_path / "local", validate=False, rdf="stream")
    dask = build([EXAMPLES], tmp_path / "dask", validate=False, engine="dask")
    same_outputs(local.out, dask.out)
    assert dask.stats["written_documents"] == 6
    import pyoxigraph as ox
    assert len(ox.Store.read_only(str(dask.out / "store"))) == dask.stats["quads"]


def test_streamed_build_writes_the_exports_asked_for(tmp_path):
    plain = build([EXAMPLES], tmp_path / "plain", rdf="stream", validate=False)
    assert (plain.out / "graph.nq").exists() and not (plain.out / "graph.ttl").exists()
    assert "turtle" not in plain.outputs
    some = build([EXAMPLES], tmp_path / "some", rdf="stream", validate=False, exports="ttl,jsonld")
    assert (some.out / "graph.ttl").exists() and (some.out / "graph.jsonld").exists()
    assert not (some.out / "graph.trig").exists() and not (some.out / "graph.nt").exists()
    memory = build([EXAMPLES], tmp_path / "memory", rdf="memory", validate=False, exports="none")
    assert not (memory.out / "graph.ttl").exists() and (memory.out / "graph.nq").exists()
    with pytest.raises(ValueError, match="unknown export xml"):
        build([EXAMPLES], tmp_path / "bad", exports="ttl,xml")


def test_streamed_exports_keep_a_literal_holding_a_line_separator(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "talks\u2028notes.txt").write_text("China and Japan met in Tokyo.\n", encoding="utf-8")
    result = build([folder], tmp_path / "out", rdf="stream", exports="all", validate=False)
    from rdflib import Graph
    turtle = Graph().parse(result.out / "graph.ttl")
    assert any("\u2028" in str(o) for o in turtle.objects())


def test_rebuild_of_touched_but_unchanged_files_builds_no_pipeline(corpus, tmp_path, monkeypatch):
    import diplograph.extraction

    out = tmp_path / "out"
    build([corpus], out, validate=False, rdf="stream")
    monkeypatch.setattr(diplograph.extraction, "_NLP", None)       # as in a new process
    for path in corpus.rglob("*.txt"):      # new modification times, the same text
        path.write_bytes(path.read_bytes())
    again = build([corpus], out, validate=False, rdf="stream")
    assert again.stats["extracted"] == 0 and again.stats["cached"] == 6
    assert diplograph.extraction._NLP is None       # read and hashed, taken from the cache
    assert again.stats["resolved_documents"] == 0 and again.stats["written_documents"] == 0   # nor resolved again


def test_a_build_leaves_slow_imports_alone(tmp_path):
    # each of these costs 40-110 ms of import, paid by every build and most of a small rebuild:
    # scipy (the metrics use numpy), pyvis (the viewer only borrows its files), rdflib's Turtle
    # parser (oxigraph reads the shapes)
    import subprocess
    import sys

    code = (f"import sys; from diplograph import build; r = build([{str(EXAMPLES)!r}], {str(tmp_path / 'out')!r});"
            "assert r.validation.conforms;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scipy', 'pyvis', 'IPython')"
            " or m == 'rdflib.plugins.parsers.notation3'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "out" / "graph.html").stat().st_size > 100_000       # the page still inlines vis-network


def test_a_streamed_build_validates_in_its_helper(tmp_path):
    # the validation's sample is SHACL-checked by the helper process while the network is made
    # here: this process never imports pySHACL
    code = (f"import sys; from diplograph import build; r = build([{str(EXAMPLES)!r}], {str(tmp_path / 'out')!r},"
            " rdf='stream'); print(r.validation.conforms, r.stats['validated_documents'], 'pyshacl' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    assert done.stdout.strip().splitlines()[-1] == "True 6 False"


def test_a_rebuild_that_patches_the_store_validates_what_it_wrote_itself(corpus, tmp_path, monkeypatch):
    # the helper's chain (the network, its page) is a small rebuild's longest: this process takes
    # the validation, while it would wait for the network's metrics anyway
    out = tmp_path / "out"
    first = build([corpus], out, rdf="stream")      # (validated by the helper: test above)
    assert first.validation.conforms and first.stats["validated_documents"] == 6
    changed = corpus / "news" / "2015-cyber-dialogue.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe Philippines joined the exercise.\n", encoding="utf-8")
    validated_here = []
    validate_files = diplograph.streaming.validate_files
    monkeypatch.setattr(diplograph.streaming, "validate_files",
                        lambda text, paths: validated_here.append(len(paths)) or validate_files(text, paths))
    again = build([corpus], out, rdf="stream")
    assert "quads removed" in again.stats["store_update"]       # the store patched
    assert validated_here == [again.stats["validated_documents"]] and validated_here[0] >= 1
    assert again.validation.conforms and again.validation.triples > 0


def test_a_streamed_build_leaves_the_network_to_its_helper(tmp_path):
    # the helper merges and measures the network: this process never imports networkx (0.12 s, a
    # tenth of a one-document rebuild of 1,000), yet writes the same metrics
    code = (f"import sys; from diplograph import build; r = build([{str(EXAMPLES)!r}], {str(tmp_path / 'out')!r},"
            " rdf='stream'); print(sorted(m for m in sys.modules if m.split('.')[0] in ('networkx', 'igraph')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    assert done.stdout.strip().splitlines()[-1] == "[]"
    rows = (tmp_path / "out" / "metrics.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("key,label,class,degree") and len(rows) > 20


def test_a_page_written_by_the_helper_process_is_the_page_written_here(tmp_path, monkeypatch):
    monkeypatch.setattr(diplograph.streaming, "HELPER_PROCESS", False)
    here = build([EXAMPLES], tmp_path / "here" / "out", validate=False, rdf="stream")     # the page's title
    monkeypatch.setattr(diplograph.streaming, "HELPER_PROCESS", True)
    helped = build([EXAMPLES], tmp_path / "helped" / "out", validate=False, rdf="stream")
    assert (here.stats["viewer_page"], helped.stats["viewer_page"]) == ("this process", "helper process")
    same_outputs(here.out, helped.out)
    for name in ("graph.html", "metrics.csv"):
        assert (here.out / name).read_bytes() == (helped.out / name).read_bytes(), name


def test_a_rebuild_reads_back_the_layout_of_the_same_graph_and_draws_the_clean_page(corpus, tmp_path, monkeypatch):
    from diplograph.graph import analytics

    monkeypatch.setattr(diplograph.streaming, "HELPER_PROCESS", False)     # the page drawn here, where it is watched
    build([corpus], tmp_path / "incremental" / "out", validate=False, rdf="stream")
    changed = corpus / "press" / "2016-mfa-briefing.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")    # re-extracted, same graph
    laid_out = []
    layout = analytics.layout
    monkeypatch.setattr(analytics, "layout", lambda graph, **options: laid_out.append(1) or layout(graph, **options))
    again = build([corpus], tmp_path / "incremental" / "out", validate=False, rdf="stream")
    assert again.stats["extracted"] == 1 and laid_out == []
    clean = build([corpus], tmp_path / "clean" / "out", validate=False, cache=False, rdf="stream")
    assert laid_out == [1]
    assert (again.out / "graph.html").read_bytes() == (clean.out / "graph.html").read_bytes()
