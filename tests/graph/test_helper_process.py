"""The helper process: the metrics and viewer page it makes are those made here, its jobs' results come back, errors are raised, no second run of the caller."""
from __future__ import annotations

import operator
import pickle
import subprocess
import sys

import pytest

from diplograph.graph.analytics import compute_metrics, project, synthetic_records
from diplograph.graph.contributions import contributions_from_records, project_contributions
from diplograph.graph.network import write_network_files
from diplograph.graph.network_job import measure_network, write_measured_page
from diplograph.graph.helper_process import HelperProcess, HelperProcessError, validate_files


@pytest.fixture(scope="module")
def synthetic():
    entities, mentions = synthetic_records(120)
    graph = project(entities, mentions)
    compute_metrics(graph)
    return entities, graph


@pytest.fixture(scope="module")
def contributions(tmp_path_factory):
    """The synthetic corpus's entities and its documents' network contributions, each in a file."""
    entities, mentions = synthetic_records(120)
    folder = tmp_path_factory.mktemp("net")
    doc_ids = sorted({m.doc_id for m in mentions})
    files = []
    for part in contributions_from_records(doc_ids, mentions):
        path = folder / f"{part.doc_id}.net"
        path.write_bytes(pickle.dumps(part))
        files.append(str(path))
    return entities, files


@pytest.mark.parametrize("settle_graph", [False, True])     # (a build's helper settles it)
def test_the_helper_measures_and_draws_the_network_this_process_writes(contributions, tmp_path, settle_graph):
    entities, files = contributions
    graph = project_contributions(entities, (pickle.loads(open(f, "rb").read()) for f in files))
    here, metrics_here = write_network_files(entities, graph, tmp_path / "here", max_nodes=40, title="t")
    viewer = tmp_path / "helped.html"
    with HelperProcess() as helper:
        measured = helper.run(measure_network, entities, files, str(viewer), what="the metrics",
                              settle_graph=settle_graph)
        page = helper.run(write_measured_page, str(viewer), documents={}, title="t", max_nodes=40, what=str(viewer))
        helper.wait_for(measured)       # the metrics come back while the page is still drawn there
        assert measured.result() == metrics_here
        assert [job.what for job in helper._pending] in ([str(viewer)], [])
        helper.wait()
    assert page.result() == viewer
    assert viewer.read_bytes() == here["viewer"].read_bytes()
    assert b"showing 40 of 120 entities" in viewer.read_bytes()


def test_a_helper_that_ends_before_the_page_stops_the_build(contributions, tmp_path):
    from diplograph.graph.viewer import ViewerError

    entities, files = contributions
    viewer = tmp_path / "graph.html"
    with HelperProcess() as helper:
        measured = helper.run(measure_network, entities, files, str(viewer), what="the metrics")
        helper.wait_for(measured)
        helper._helper.kill()       # the network measured there is gone with it
        helper._helper.wait()
        # the page cannot be drawn here, where no network was measured: the build stops
        with pytest.raises((HelperProcessError, ViewerError), match="ended"):
            helper.run(write_measured_page, str(viewer), documents={}, title="t", what=str(viewer))
            helper.wait()
    assert not viewer.exists()


def test_a_page_is_drawn_only_where_its_network_was_measured(contributions, tmp_path):
    from diplograph.graph.viewer import ViewerError

    entities, files = contributions
    with pytest.raises(ViewerError, match="no network was measured"):
        write_measured_page(str(tmp_path / "graph.html"), documents={}, title="t")
    measure_network(entities, files, str(tmp_path / "graph.html"))
    assert not (tmp_path / "graph.html").exists()
    write_measured_page(str(tmp_path / "graph.html"), documents={}, title="t")
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


def test_a_large_answer_and_a_large_next_job_do_not_wait_for_each_other():
    # the network's metrics (a large answer) come back while the build writes the page's job: were
    # jobs read only once the last is done, each side would wait for the other to read its pipe
    import threading

    with HelperProcess() as helper:
        large = helper.run(bytes, 4_000_000, what="a large answer")
        given = threading.Event()

        def give_a_large_job():
            helper.run(len, b"x" * 4_000_000, what="a large job")
            given.set()

        threading.Thread(target=give_a_large_job, daemon=True).start()
        assert given.wait(60), "the job was not read while the answer waited"
        helper.wait()
    assert large.result() == bytes(4_000_000)


def test_the_next_job_goes_on_while_a_large_answer_waits_to_be_read(tmp_path):
    # the build reads the metrics (a large answer) only when it needs them: meanwhile the helper
    # draws the page (the next job) rather than waiting for the pipe to empty
    import time
    from pathlib import Path

    done = tmp_path / "next job done"
    with HelperProcess() as helper:
        large = helper.run(bytes, 4_000_000, what="a large answer")      # far beyond a pipe's buffer
        helper.run(Path.write_text, done, "yes", what="the next job")
        deadline = time.monotonic() + 60
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert done.exists(), "the next job waited for the large answer to be read"
        helper.wait()
    assert large.result() == bytes(4_000_000)


def test_runs_merged_ahead_are_joined_into_the_same_network(contributions, tmp_path):
    """A rebuild's helper merges runs of the last build's documents while the changed ones are
    extracted; runs that turn out to be the build's are joined, the others merged again."""
    from diplograph.graph.network_job import premerge_networks

    entities, files = contributions
    stale = tmp_path / "stale.net"          # a document whose contribution changed after all
    stale.write_bytes(open(files[0], "rb").read())
    runs = [files[:20], files[21:30] + [str(stale)] + files[31:40], [str(tmp_path / "gone.net")] + files[40:]]
    with HelperProcess() as helper:
        plain = helper.run(measure_network, entities, files, str(tmp_path / "plain.html"), what="the metrics")
        ahead = helper.run(premerge_networks, runs, what="the runs")
        joined = helper.run(measure_network, entities, files, str(tmp_path / "joined.html"), what="the metrics")
        for name in ("plain", "joined"):
            helper.run(write_measured_page, str(tmp_path / f"{name}.html"), documents={}, title="t", what=name)
        helper.wait()
    assert ahead.result() == 2       # the run with a file gone is left out
    assert joined.result() == plain.result()
    assert (tmp_path / "joined.html").read_bytes() == (tmp_path / "plain.html").read_bytes()


def _framed(payload: bytes) -> bytes:
    from diplograph.graph.helper_process import _LENGTH_BYTES
    return len(payload).to_bytes(_LENGTH_BYTES, "little") + payload


def test_the_helper_drains_its_jobs_without_importing_what_they_name():
    """Its reader takes each job's bytes as they come; a job naming a module not imported yet (or
    not at all) does not stop it, so a large job never waits in the pipe for the helper's imports."""
    import io
    import queue

    from diplograph.graph.helper_process import _read_jobs

    job = pickle.dumps((len, ("abc",), {}))
    missing = job.replace(b"builtins", b"nomodule")      # unpickling it would import 'nomodule'
    jobs: queue.SimpleQueue = queue.SimpleQueue()
    _read_jobs(io.BytesIO(_framed(missing) + _framed(job)), jobs)
    assert jobs.get() == missing and jobs.get() == job and jobs.get() is None
    with pytest.raises(ModuleNotFoundError):
        pickle.loads(missing)


def test_a_job_cut_short_in_the_pipe_is_an_error_for_the_helper():
    import io
    import queue

    from diplograph.graph.helper_process import _read_jobs

    jobs: queue.SimpleQueue = queue.SimpleQueue()
    _read_jobs(io.BytesIO(_framed(pickle.dumps((len, ("abc",), {})))[:-3]), jobs)
    assert isinstance(jobs.get(), EOFError)
