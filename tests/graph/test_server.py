"""The local Oxigraph server of graph/server.py: starts on 127.0.0.1, keeps its data, is always stopped."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from diplograph.graph.server import OxigraphServer, ServerError

pytestmark = pytest.mark.server


def count(server: OxigraphServer) -> int:
    response = requests.post(server.query_url, data={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
                             headers={"Accept": "application/sparql-results+json"}, timeout=30)
    response.raise_for_status()
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = Path(f"/proc/{pid}/stat")
    return not (state.exists() and state.read_text().split()[2] == "Z")


def test_serves_on_loopback_keeps_its_data_and_stops(tmp_path, examples_build):
    from diplograph.graph.load import load

    with OxigraphServer(tmp_path / "db") as server:
        assert server.url.startswith("http://127.0.0.1:") and server.running
        report = load(examples_build, server.query_url)
        assert report.ok and report.loaded > 0
        loaded = count(server)
        assert loaded == report.loaded
    assert not server.running
    with pytest.raises(requests.ConnectionError):
        requests.get(server.query_url, params={"query": "ASK {}"}, timeout=2)
    with OxigraphServer(tmp_path / "db") as again:          # the same folder: the same graphs
        assert count(again) == loaded


def test_guard_stops_the_server_when_a_block_fails(tmp_path):
    server = OxigraphServer(tmp_path / "db")
    with pytest.raises(ZeroDivisionError):
        with server.guard():
            1 / 0
    assert not server.running
    server.stop()                                            # twice is fine
    assert "stopped" in repr(server)


def test_a_port_in_use_is_a_clear_error(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(ServerError, match="oxigraph exited"):
            OxigraphServer(tmp_path / "db", port=taken.getsockname()[1], timeout=30)


def test_a_missing_command_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ServerError, match="the `oxigraph` command is missing"):
        OxigraphServer(tmp_path / "db")


@pytest.mark.skipif(sys.platform != "linux", reason="the parent-death signal is Linux's prctl")
def test_the_server_dies_with_a_killed_parent(tmp_path):
    """A notebook kernel killed outright (no atexit) must not leave its server running."""
    script = ("from diplograph.graph.server import OxigraphServer\n"
              f"s = OxigraphServer({str(tmp_path / 'db')!r})\n"
              "print(s.process.pid, flush=True)\n"
              "import time; time.sleep(600)\n")
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        pid = int(parent.stdout.readline())
        assert alive(pid)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=20)
        deadline = time.monotonic() + 20
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not alive(pid), "the Oxigraph server outlived the process that started it"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
