"""The helper process: the viewer page it writes is the page written here, its jobs' results come back, errors are raised, no second run of the caller."""
from __future__ import annotations

import operator
import subprocess
import sys

import pytest

from diplograph.graph.analytics import compute_metrics, project, synthetic_records
from diplograph.graph.network import write_network_files
from diplograph.graph.helper_process import HelperProcess, HelperProcessError


@pytest.fixture(scope="module")
def synthetic():
    entities, mentions = synthetic_records(120)
    graph = project(entities, mentions)
    compute_metrics(graph)
    return entities, graph


def test_the_helper_writes_the_page_this_process_writes(synthetic, tmp_path):
    entities, graph = synthetic
    here, _ = write_network_files(entities, graph, tmp_path / "here", max_nodes=40, title="t")
    with HelperProcess() as helper:
        helped, _ = write_network_files(entities, graph, tmp_path / "helped", max_nodes=40, title="t", helper=helper)
        # begun (the layout) and ended (the scores) by the helper, not written here
        assert [job.what for job in helper._pending] == [str(helped["viewer"])] * 2
        assert not helped["viewer"].exists()
        helper.wait()
    assert helped["viewer"].read_bytes() == here["viewer"].read_bytes()
    assert b"showing 40 of 120 entities" in here["viewer"].read_bytes()


def test_a_helper_that_ends_between_layout_and_scores_leaves_the_page_to_this_process(synthetic, tmp_path, monkeypatch):
    import diplograph.graph.network as network

    entities, graph = synthetic
    here, _ = write_network_files(entities, graph, tmp_path / "here", max_nodes=40, title="t")
    real = network.compute_metrics
    with HelperProcess() as helper:
        def metrics_after_the_helper_ended(*args, **options):
            helper.wait()               # the layout is done there ...
            helper._helper.kill()       # ... and the helper is gone before the scores
            helper._helper.wait()
            return real(*args, **options)

        monkeypatch.setattr(network, "compute_metrics", metrics_after_the_helper_ended)
        helped, _ = write_network_files(entities, graph, tmp_path / "helped", max_nodes=40, title="t", helper=helper)
        helper.wait()
    assert helped["viewer"].read_bytes() == here["viewer"].read_bytes()


def test_a_page_is_ended_only_where_it_was_begun(synthetic, tmp_path):
    from diplograph.graph.viewer import ViewerError, begin_page, end_page

    with pytest.raises(ViewerError, match="no page was begun"):
        end_page(tmp_path / "graph.html", {})
    begin_page(synthetic[1], tmp_path / "graph.html", max_nodes=None)
    assert not (tmp_path / "graph.html").exists()
    end_page(tmp_path / "graph.html", {})
    assert b"<!DOCTYPE html>" in (tmp_path / "graph.html").read_bytes()


def test_an_error_in_the_helper_is_raised_here(synthetic, tmp_path):
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    with HelperProcess() as helper:
        helper.write_html(synthetic[1], tmp_path / "file" / "graph.html")
        with pytest.raises(OSError):
            helper.wait()


def test_a_dead_helper_leaves_the_page_to_this_process(synthetic, tmp_path):
    with HelperProcess() as helper:
        helper._helper.kill()
        helper._helper.wait()
        helper.write_html(synthetic[1], tmp_path / "a.html", max_nodes=None)
        assert (tmp_path / "a.html").exists()       # written here, at once
        helper.write_html(synthetic[1], tmp_path / "b.html", max_nodes=None)
        helper.wait()
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_a_helper_that_dies_with_a_page_stops_the_build(tmp_path):
    import signal

    import networkx as nx

    graph = nx.Graph()
    graph.add_edge("a", "b")
    with HelperProcess() as helper:
        helper._helper.send_signal(signal.SIGSTOP)       # the job fits in the pipe; it is never read
        helper.write_html(graph, tmp_path / "graph.html")
        helper._helper.kill()
        with pytest.raises(HelperProcessError, match=r"ended \(exit code -9\) before finishing .*graph.html"):
            helper.wait()
    assert not (tmp_path / "graph.html").exists()


def test_a_script_without_a_main_guard_builds_once(tmp_path):
    # multiprocessing's spawn would run this script again in its child: the build twice, at once
    from shared_data import EXAMPLES

    script = tmp_path / "script.py"
    script.write_text(
        "from diplograph import build\n"
        "print('building')\n"
        f"result = build([{str(EXAMPLES)!r}], {str(tmp_path / 'out')!r}, rdf='stream', validate=False)\n"
        "print(result.stats['viewer_page'])\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True, timeout=300)
    assert done.stdout.splitlines() == ["building", "helper process"]
    assert (tmp_path / "out" / "graph.html").stat().st_size > 100_000


def test_a_helper_that_died_with_a_page_is_reported_when_the_next_page_finds_it_dead(tmp_path):
    import signal

    import networkx as nx

    graph = nx.Graph()
    graph.add_edge("a", "b")
    with HelperProcess() as helper:
        helper._helper.send_signal(signal.SIGSTOP)       # the first job fits in the pipe; it is never read
        helper.write_html(graph, tmp_path / "first.html")
        helper._helper.kill()
        helper._helper.wait()
        with pytest.raises(HelperProcessError, match="first.html"):
            helper.write_html(graph, tmp_path / "second.html")      # not written here, the first page forgotten


def test_a_job_s_result_comes_back_from_the_helper():
    import os

    with HelperProcess() as helper:
        pid = helper.run(os.getpid, what="its process id")
        product = helper.run(operator.mul, 6, 7, what="the product")
        with pytest.raises(RuntimeError, match="the product is not done"):
            product.result()
        helper.wait()
    assert product.result() == 42
    assert pid.result() != os.getpid()      # done there, not here


def test_a_job_is_done_here_when_there_is_no_helper():
    with HelperProcess() as helper:
        helper.close()
        assert helper.run(operator.mul, 6, 7, what="the product").result() == 42
