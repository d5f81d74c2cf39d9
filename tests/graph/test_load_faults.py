"""Triplestore faults against a real Oxigraph server: the server goes away mid-load (SIGKILL),
the load says which graphs are incomplete, and loading again converges to exactly the local
graph. A sentinel password never shows in messages, logs, tracebacks or command output."""
from __future__ import annotations

import base64
import logging
import os
import subprocess
import sys
import threading
import traceback

import pyoxigraph as ox
import pytest
import requests

from diplograph.graph.load import LoadInterrupted, load, plan_load
from diplograph.graph.store import open_store

import servers

pytestmark = pytest.mark.server

SENTINEL = "S3ntinel-pa55word-7d1e"
USER = "loader"
BATCH = 150
# interrupt after this fraction of the batches: the first, a middle and the last graph
POINTS = [0.0, 0.5, 0.97]


def secret_forms() -> list[str]:
    return [SENTINEL, base64.b64encode(f"{USER}:{SENTINEL}".encode()).decode(), SENTINEL[4:16]]


def assert_no_secret(text: str) -> None:
    for form in secret_forms():
        assert form not in text, "the password leaked"


def server_quads(base: str) -> list[ox.Quad]:
    response = requests.get(f"{base}/store", headers={"Accept": "application/n-quads"}, timeout=60)
    response.raise_for_status()
    return list(ox.parse(response.content, format=ox.RdfFormat.N_QUADS))


@pytest.fixture
def oxigraph(tmp_path):
    try:
        servers._oxigraph_binary()
    except servers.Unavailable as reason:
        pytest.skip(str(reason))
    process = servers.OxigraphProcess(tmp_path / "db")
    process.start()
    yield process
    process.stop()


@pytest.mark.parametrize("point", POINTS)
def test_server_killed_mid_load_then_reload_converges(oxigraph, examples_build, point, caplog):
    caplog.set_level(logging.DEBUG)
    local = open_store(examples_build)
    local_quads = frozenset(str(q) for q in local)
    plan = plan_load(local, oxigraph.server.endpoint, graph_store=oxigraph.server.graph_store, batch_size=BATCH)
    total_batches = sum(g.batches for g in plan.graphs)
    kill_after = max(1, int(total_batches * point))
    sent = {"batches": 0}

    def progress(graph, done, total):
        sent["batches"] += 1
        if sent["batches"] == kill_after:
            oxigraph.kill()                       # the server goes away between two requests

    with pytest.raises(LoadInterrupted) as caught:
        load(local, oxigraph.server.endpoint, graph_store=oxigraph.server.graph_store, user=USER, password=SENTINEL,
             auth="basic", batch_size=BATCH, retries=1, backoff=0.05, timeout=10, progress=progress)
    error = caught.value
    graphs = [g.graph for g in plan.graphs]
    assert error.complete + error.incomplete + error.not_sent == graphs
    assert len(error.incomplete) == 1 and error.incomplete[0] in str(error)
    assert "load interrupted" in str(error) and "cannot reach" in str(error)
    text = "".join(traceback.format_exception(error)) + repr(error) + caplog.text
    assert_no_secret(text)

    # the server comes back with what it had stored: the complete graphs are whole
    oxigraph.start()
    expected = {g.graph: g.triples for g in plan.graphs}
    on_server = server_quads(oxigraph.base)
    for graph in error.complete:
        assert sum(1 for q in on_server if q.graph_name.value == graph) == expected[graph], graph
    assert frozenset(map(str, on_server)) != local_quads

    report = load(local, oxigraph.server.endpoint, graph_store=oxigraph.server.graph_store, user=USER,
                  password=SENTINEL, auth="basic", batch_size=BATCH)
    assert report.ok, report.differences
    assert frozenset(map(str, server_quads(oxigraph.base))) == local_quads        # exactly the local graph, nothing more
    assert_no_secret(caplog.text)
    print(f"\ninterrupted after {kill_after}/{total_batches} batches: {len(error.complete)} complete, "
          f"1 incomplete, {len(error.not_sent)} not sent; reload converged to {len(local_quads)} quads")


def test_cli_load_interrupted_by_a_dying_server_keeps_the_password_secret(oxigraph, examples_build):
    env = dict(os.environ, DIPLOGRAPH_PASSWORD=SENTINEL)
    command = [sys.executable, "-m", "diplograph.cli", "load", str(examples_build), "--endpoint", oxigraph.server.endpoint,
               "--graph-store", oxigraph.server.graph_store, "--user", USER, "--auth", "basic",
               "--batch-size", "20", "--retries", "1"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # kill the server once the load has sent a few graphs (its progress lines), mid-stream
    lines = []
    for line in process.stderr:
        lines.append(line)
        if len(lines) == 40:
            threading.Thread(target=oxigraph.kill).start()
            break
    stdout, rest = process.communicate(timeout=120)
    output = stdout + "".join(lines) + rest
    assert process.returncode == 2, output[-2000:]
    assert "error: load interrupted: cannot reach" in output and "incomplete" in output
    assert "Traceback" not in output
    assert_no_secret(output)


def test_unreachable_server_message_has_no_password(examples_build):
    port = servers.free_port()
    env = dict(os.environ, DIPLOGRAPH_PASSWORD=SENTINEL)
    done = subprocess.run([sys.executable, "-m", "diplograph.cli", "load", str(examples_build),
                           "--endpoint", f"http://127.0.0.1:{port}/query", "--user", USER, "--retries", "0"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "cannot reach" in done.stderr
    assert_no_secret(done.stdout + done.stderr)
