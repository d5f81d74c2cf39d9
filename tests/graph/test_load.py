"""diplograph load and export: against real servers (Oxigraph, Virtuoso) and a flaky stub for retries."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox
import pytest
import requests

from diplograph.cli import main
from diplograph.graph.load import LoadError, default_graph_store, export, load, plan_load
from diplograph.graph.query import run_query
from diplograph.graph.store import graph_counts, open_store
from diplograph.ontology.namespace import DEFAULT_BASE

import servers


def sparql_select(server, query: str) -> list[dict]:
    response = requests.post(server.endpoint, data={"query": query},
                             headers={"Accept": "application/sparql-results+json"}, timeout=60)
    response.raise_for_status()
    return [{k: v["value"] for k, v in row.items()} for row in response.json()["results"]["bindings"]]


def remote_graph_counts(server, graphs) -> dict[str, int]:
    values = " ".join(str(ox.NamedNode(g)) for g in graphs)
    rows = sparql_select(server, f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} "
                                 f"GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g")
    return {row["g"]: int(row["n"]) for row in rows}


class StoreServerContract:
    """Run against every real server: subclasses say how to start one."""

    start = None                # a context manager factory from tests/servers.py
    needs_auth = True

    @pytest.fixture(scope="class")
    def server(self):
        try:
            manager = type(self).start()
            server = manager.__enter__()
        except servers.Unavailable as reason:
            pytest.skip(f"cannot run this server here: {reason}")
        try:
            yield server
        finally:
            manager.__exit__(None, None, None)

    def _load(self, source, server, **kwargs):
        return load(source, server.endpoint, graph_store=server.graph_store, user=server.user,
                    password=server.password, **kwargs)

    def test_load_then_counts_match_the_embedded_store(self, server, examples_build):
        report = self._load(examples_build, server)
        expected = graph_counts(open_store(examples_build))
        assert report.ok, report.differences
        assert {c.graph: c.found for c in report.checks} == expected
        assert remote_graph_counts(server, expected) == expected
        assert report.loaded == sum(expected.values())

    def test_query_over_http_matches_the_embedded_store(self, server, examples_build):
        self._load(examples_build, server)
        query = ("SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a ?class } "
                 f"FILTER(STRSTARTS(STR(?g), {json.dumps(DEFAULT_BASE)})) }} GROUP BY ?class ORDER BY ?class")
        embedded = {r["class"]: r["n"] for r in run_query(examples_build, query).records()}
        remote = {r["class"]: r["n"] for r in sparql_select(server, query)}
        assert remote == embedded and len(remote) >= 3

    def test_reload_is_idempotent(self, server, examples_build):
        self._load(examples_build, server)
        graphs = graph_counts(open_store(examples_build))
        once = remote_graph_counts(server, graphs)
        report = self._load(examples_build, server, batch_size=100)    # several POSTs per big graph too
        assert report.ok
        assert remote_graph_counts(server, graphs) == once == graphs

    def test_reload_replaces_a_changed_graph(self, server, examples_build):
        self._load(examples_build, server)
        smaller = ox.Store()
        quads = list(open_store(examples_build))
        entities = next(g for g in graph_counts(open_store(examples_build)) if g.endswith("graph/entities"))
        kept = [q for q in quads if q.graph_name.value != entities][:-3] + \
               [q for q in quads if q.graph_name.value == entities][:10]
        smaller.extend(kept)
        report = self._load(smaller, server)
        assert report.ok
        assert remote_graph_counts(server, [entities])[entities] == 10

    def test_wrong_password_is_rejected_clearly(self, server, examples_build):
        if not self.needs_auth:
            pytest.skip(f"{server.name} accepts anonymous writes (bound to 127.0.0.1 only)")
        secret = "not-the-password-42"
        with pytest.raises(LoadError) as error:
            load(examples_build, server.endpoint, graph_store=server.graph_store, user=server.user,
                 password=secret, retries=0)
        message = str(error.value)
        assert "refused the credentials" in message and "401" in message and server.user in message
        assert secret not in message and secret not in repr(error.value.__context__ or "")

    def test_cli_load_reads_the_password_from_the_environment(self, server, examples_build):
        secret = server.password or "unused-secret"
        command = [sys.executable, "-m", "diplograph.cli", "load", str(examples_build),
                   "--endpoint", server.endpoint, "--graph-store", server.graph_store, "--quiet"]
        if server.user:
            command += ["--user", server.user]
        done = subprocess.run(command, env=dict(os.environ, DIPLOGRAPH_PASSWORD=secret),
                              capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
        assert done.returncode == 0, done.stderr
        assert "verified" in done.stdout
        assert secret not in done.stdout + done.stderr


class TestOxigraphServer(StoreServerContract):
    start = staticmethod(servers.oxigraph_server)
    needs_auth = False


class TestVirtuoso(StoreServerContract):
    start = staticmethod(servers.virtuoso_server)


# Without a server.

def test_dry_run_prints_the_plan_and_sends_nothing(examples_build, capsys):
    assert main(["load", str(examples_build), "--endpoint", "http://127.0.0.1:9/sparql", "--user", "dba",
                 "--dry-run", "--batch-size", "100"]) == 0
    out = capsys.readouterr().out
    counts = graph_counts(open_store(examples_build))
    assert "http://127.0.0.1:9/sparql-graph-crud-auth" in out
    assert out.count("  PUT ") == len(counts)
    assert f"{sum(counts.values())} triples" in out


def test_unreachable_server_is_a_clear_message(examples_build, capsys):
    port = servers.free_port()
    code = main(["load", str(examples_build), "--endpoint", f"http://127.0.0.1:{port}/query",
                 "--retries", "1", "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and "cannot reach" in err and "gave up after 2 attempts" in err and "Traceback" not in err


def test_credentials_in_the_url_are_refused(examples_build):
    with pytest.raises(LoadError) as error:
        plan_load(examples_build, "http://dba:s3cret@127.0.0.1:8890/sparql")
    assert "s3cret" not in str(error.value)


def test_no_password_option_on_the_command_line(capsys):
    with pytest.raises(SystemExit):
        main(["load", "--help"])
    assert "--password" not in capsys.readouterr().out


@pytest.mark.parametrize("endpoint, expected", [
    ("http://h:7878/query", "http://h:7878/store"),
    ("http://h:8890/sparql", "http://h:8890/sparql-graph-crud-auth"),
    ("http://h:3030/ds/sparql", "http://h:3030/ds/data"),
    ("http://h:3030/ds/query", "http://h:3030/ds/data"),
    ("http://h:7200/repositories/kg", "http://h:7200/repositories/kg/rdf-graphs/service"),
])
def test_default_graph_store(endpoint, expected):
    assert default_graph_store(endpoint) == expected


class _Flaky(BaseHTTPRequestHandler):
    failures = 2
    calls: list[tuple[str, int]] = []

    def do_PUT(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        status = 503 if type(self).failures > 0 else 201
        type(self).failures -= 1
        type(self).calls.append(("PUT", status))
        self.send_response(status)
        self.end_headers()
        self.wfile.write(b"busy" if status == 503 else b"")

    do_POST = do_PUT

    def log_message(self, *args):
        pass


def test_transient_failures_are_retried_with_backoff(examples_build):
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Flaky)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{httpd.server_port}"
        report = load(examples_build, f"{base}/query", backoff=0.01, verify=False)
    finally:
        httpd.shutdown()
    assert report.retries == 2
    assert [s for _, s in _Flaky.calls[:3]] == [503, 503, 201]
    assert report.loaded == sum(graph_counts(open_store(examples_build)).values())


class _BrokenOff(BaseHTTPRequestHandler):
    """Breaks off its first answer in the middle of a chunk, then answers as a store does."""
    protocol_version = "HTTP/1.1"
    broken = 1
    calls = 0

    def do_PUT(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        type(self).calls += 1
        if type(self).broken > 0:
            type(self).broken -= 1
            self.send_response(201)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.wfile.write(b"10\r\nonly part")     # a chunk of 16 bytes announced, 9 sent
            self.wfile.flush()
            self.close_connection = True
            return
        self.send_response(201)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_PUT

    def log_message(self, *args):
        pass


def test_an_answer_broken_off_is_sent_again(examples_build):
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _BrokenOff)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        report = load(examples_build, f"http://127.0.0.1:{httpd.server_port}/query", backoff=0.01, verify=False)
    finally:
        httpd.shutdown()
    assert report.retries == 1
    assert report.loaded == sum(graph_counts(open_store(examples_build)).values())


def test_server_error_text_is_reported(examples_build):
    _Flaky.failures = 100
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Flaky)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        with pytest.raises(LoadError, match=r"503 .*busy.*gave up after 2 attempts"):
            load(examples_build, f"http://127.0.0.1:{httpd.server_port}/query", retries=1, backoff=0.01)
    finally:
        httpd.shutdown()


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_export_shards_round_trip(examples_build, tmp_path, fmt):
    shards = export(examples_build, fmt=fmt, dest=tmp_path, shard_triples=100)
    assert len(shards) > 1
    back = ox.Store()
    for shard in shards:
        back.load(path=str(shard), format=ox.RdfFormat.N_QUADS if fmt == "nq" else ox.RdfFormat.TRIG)
    assert set(back) == set(open_store(examples_build))
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["shards"] == [s.name for s in shards]
