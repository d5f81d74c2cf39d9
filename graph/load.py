"""Load the graph of a build into any SPARQL 1.1 triplestore, repeatably.

Graph Store HTTP Protocol: one ``PUT ?graph=IRI`` per named graph (so a re-load
replaces the graph instead of duplicating it), then ``POST`` for the further batches
of a big graph. Transient failures (connection errors, 429, 502-504) are retried with
exponential backoff. After the load, one ``COUNT`` query per group of graphs checks
the triples of every graph (never by fetching a graph: Virtuoso silently truncates
results at 10,000 rows).

    >>> from diplograph.graph.load import load
    >>> report = load("out/examples", "http://127.0.0.1:7878/query",
    ...               graph_store="http://127.0.0.1:7878/store")      # doctest: +SKIP
    >>> report.ok                                                     # doctest: +SKIP
    True

The password is only ever an argument or ``DIPLOGRAPH_PASSWORD``; it is never put in a
URL, a message, a log line or an exception.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
import requests
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from diplograph.graph.store import graph_counts, open_store

PASSWORD_ENV = "DIPLOGRAPH_PASSWORD"
DEFAULT_BATCH = 50_000
TRANSIENT = {429, 502, 503, 504}
COUNT_GROUP = 200
CONTENT_TYPE = "text/turtle"        # N-Triples is Turtle; every store accepts text/turtle


class LoadError(Exception):
    """The load could not be done; the message says why (never with the password)."""


class LoadInterrupted(LoadError):
    """The load stopped part-way (the server went away, refused a batch, ...).

    ``complete`` graphs were sent whole; ``incomplete`` is the graph being sent when it stopped
    (the server may hold part of it); ``not_sent`` were not started (the server holds whatever it
    had before). Loading again replaces every graph (PUT), so it converges to the local graph."""

    def __init__(self, reason: str, *, complete: list[str], incomplete: list[str], not_sent: list[str]):
        self.reason, self.complete, self.incomplete, self.not_sent = reason, complete, incomplete, not_sent
        total = len(complete) + len(incomplete) + len(not_sent)
        shown = ", ".join(incomplete + not_sent[:3]) + (f" and {len(not_sent) - 3} more" if len(not_sent) > 3 else "")
        super().__init__(f"load interrupted: {reason}. {len(complete)} of {total} graphs loaded; "
                         f"{len(incomplete)} incomplete, {len(not_sent)} not sent: {shown}. "
                         f"Run the load again: each graph is replaced, so a second load gives exactly the local graphs")


@dataclass
class GraphPlan:
    graph: str
    triples: int
    batches: int


@dataclass
class LoadPlan:
    endpoint: str
    graph_store: str
    batch_size: int
    graphs: list[GraphPlan] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(g.triples for g in self.graphs)

    def describe(self) -> str:
        lines = [f"endpoint     {self.endpoint}", f"graph store  {self.graph_store}",
                 f"{len(self.graphs)} graphs, {self.triples} triples, batches of at most {self.batch_size} triples:"]
        for g in self.graphs:
            extra = f", then {g.batches - 1} POST" if g.batches > 1 else ""
            lines.append(f"  PUT {g.graph}  ({g.triples} triples{extra})")
        lines.append("then verify the triples of every graph with COUNT queries on the endpoint")
        return "\n".join(lines)


@dataclass
class GraphCheck:
    graph: str
    expected: int
    found: int

    @property
    def ok(self) -> bool:
        return self.expected == self.found


@dataclass
class LoadReport:
    plan: LoadPlan
    loaded: int = 0
    requests: int = 0
    retries: int = 0
    seconds: float = 0.0
    checks: list[GraphCheck] = field(default_factory=list)
    dry_run: bool = False

    @property
    def differences(self) -> list[GraphCheck]:
        return [c for c in self.checks if not c.ok]

    @property
    def ok(self) -> bool:
        return not self.differences

    @property
    def triples_per_second(self) -> float:
        return self.loaded / self.seconds if self.seconds else 0.0


def default_graph_store(endpoint: str) -> str:
    """The Graph Store endpoint of the well-known stores, guessed from the query endpoint.

    Oxigraph ``/query`` -> ``/store``; Virtuoso ``/sparql`` -> ``/sparql-graph-crud-auth``;
    Fuseki ``/DATASET/sparql`` or ``/DATASET/query`` -> ``/DATASET/data``; GraphDB and RDF4J
    ``/repositories/REPO`` -> ``/repositories/REPO/rdf-graphs/service``; otherwise the endpoint.
    """
    parts = urlsplit(endpoint)
    path = parts.path.rstrip("/")
    segments = path.split("/")
    if path == "/sparql":
        path = "/sparql-graph-crud-auth"
    elif path == "/query":
        path = "/store"
    elif len(segments) >= 3 and segments[-1] in ("sparql", "query"):
        path = "/".join(segments[:-1]) + "/data"
    elif len(segments) >= 3 and segments[-2] == "repositories":
        path = path + "/rdf-graphs/service"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _check_url(url: str, what: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise LoadError(f"the {what} must be an http(s) URL, got {url!r}")
    if parts.username or parts.password:
        raise LoadError(f"do not put credentials in the {what} URL: use --user and {PASSWORD_ENV}")


def plan_load(out: str | Path | ox.Store, endpoint: str, *, graph_store: str | None = None,
              batch_size: int = DEFAULT_BATCH) -> LoadPlan:
    """What :func:`load` would send: graphs, triple counts, batches. Sends nothing."""
    _check_url(endpoint, "endpoint")
    graph_store = graph_store or default_graph_store(endpoint)
    _check_url(graph_store, "graph store")
    if batch_size < 1:
        raise LoadError("the batch size must be at least 1")
    store = out if isinstance(out, ox.Store) else open_store(out)
    counts = graph_counts(store)
    plan = LoadPlan(endpoint, graph_store, batch_size)
    for graph in sorted(counts):
        plan.graphs.append(GraphPlan(graph, counts[graph], max(1, -(-counts[graph] // batch_size))))
    return plan


def _batches(store: ox.Store, graph: str, size: int):
    triples = [q.triple for q in store.quads_for_pattern(None, None, None, ox.NamedNode(graph))]
    for start in range(0, max(len(triples), 1), size):
        chunk = triples[start:start + size]
        yield len(chunk), ox.serialize(chunk, format=ox.RdfFormat.N_TRIPLES) or b""


class _Client:
    """HTTP with retries and clear errors; the credentials stay inside the auth object."""

    def __init__(self, *, user: str | None, password: str | None, auth: str, retries: int,
                 backoff: float, timeout: float, session: requests.Session | None, report: LoadReport):
        self.session = session or requests.Session()
        self.user = user
        self._password = password
        self.auth_kind = auth
        self.retries = retries
        self.backoff = backoff
        self.timeout = timeout
        self.report = report
        self._auth: AuthBase | None = None

    def authenticate(self, probe_url: str, graph: str) -> None:
        if self.user is None:
            return
        kind = self.auth_kind
        if kind == "auto":
            response = self._send("GET", probe_url, params={"graph": graph}, headers={"Accept": CONTENT_TYPE},
                                  stream=True)
            challenge = response.headers.get("WWW-Authenticate", "")
            response.close()
            kind = "digest" if challenge.lower().startswith("digest") else "basic"
        self._auth = (HTTPDigestAuth if kind == "digest" else HTTPBasicAuth)(self.user, self._password or "")

    def _send(self, method: str, url: str, **kwargs) -> requests.Response:
        attempt = 0
        while True:
            try:
                response = self.session.request(method, url, auth=self._auth, timeout=self.timeout, **kwargs)
            except requests.ConnectionError:
                failure, response = f"cannot reach {_origin(url)}: connection refused or host unreachable", None
            except requests.Timeout:
                failure, response = f"{_origin(url)} did not answer within {self.timeout:g} s", None
            except requests.exceptions.ChunkedEncodingError:
                # the answer broke off (Virtuoso did so once on a PUT in CI): sent again, as after a
                # dropped connection (a PUT replaces its graph, a POSTed batch adds the same triples)
                failure, response = f"{_origin(url)} broke off its answer", None
            except requests.RequestException as error:
                raise LoadError(f"HTTP request to {_origin(url)} failed: {type(error).__name__}") from None
            else:
                if response.status_code not in TRANSIENT:
                    self.report.requests += 1
                    return response
                failure = f"{_origin(url)} answered {response.status_code} {response.reason}: {_server_text(response)}"
            if attempt >= self.retries:
                raise LoadError(f"{failure} (gave up after {attempt + 1} attempts)")
            delay = self.backoff * (2 ** attempt)
            if response is not None and response.headers.get("Retry-After", "").isdigit():
                delay = max(delay, float(response.headers["Retry-After"]))
            time.sleep(delay)
            attempt += 1
            self.report.retries += 1

    def request(self, method: str, url: str, what: str, **kwargs) -> requests.Response:
        response = self._send(method, url, **kwargs)
        if response.status_code in (401, 403):
            who = f"user {self.user!r}" if self.user else "anonymous requests"
            hint = "check --user and the password" if self.user else f"give --user and set {PASSWORD_ENV}"
            verb = "refused the credentials of" if response.status_code == 401 else "does not allow"
            raise LoadError(f"{what}: {_origin(url)} {verb} {who} (HTTP {response.status_code}); {hint}")
        if response.status_code >= 400:
            raise LoadError(f"{what}: {_origin(url)} answered {response.status_code} {response.reason}: "
                            f"{_server_text(response)}")
        return response


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def _server_text(response: requests.Response) -> str:
    text = " ".join((response.text or "").split())
    return (text[:500] + "…") if len(text) > 500 else (text or "(no text)")


def remote_counts(client: _Client, endpoint: str, graphs: list[str]) -> dict[str, int]:
    """Triples per graph on the server, by ``COUNT`` (a handful of rows, never truncated)."""
    found: dict[str, int] = {}
    for start in range(0, len(graphs), COUNT_GROUP):
        group = graphs[start:start + COUNT_GROUP]
        values = " ".join(str(ox.NamedNode(g)) for g in group)   # validated IRIs, serialised as terms
        query = f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"
        response = client.request("POST", endpoint, "count query", data={"query": query},
                                  headers={"Accept": "application/sparql-results+json"})
        try:
            bindings = response.json()["results"]["bindings"]
        except (ValueError, KeyError):
            raise LoadError(f"count query: {_origin(endpoint)} did not answer SPARQL JSON results: "
                            f"{_server_text(response)}") from None
        for row in bindings:
            found[row["g"]["value"]] = int(row["n"]["value"])
    return {g: found.get(g, 0) for g in graphs}


def load(out: str | Path | ox.Store, endpoint: str, *, graph_store: str | None = None, user: str | None = None,
         password: str | None = None, auth: str = "auto", batch_size: int = DEFAULT_BATCH, retries: int = 4,
         backoff: float = 0.5, timeout: float = 300.0, dry_run: bool = False, verify: bool = True,
         session: requests.Session | None = None,
         progress: Callable[[str, int, int], None] | None = None) -> LoadReport:
    """Push the build under ``out`` (or an open Store) into the SPARQL 1.1 store at ``endpoint``.

    ``graph_store`` defaults to :func:`default_graph_store`. ``auth`` is ``auto`` (digest when
    the server challenges with Digest, as Virtuoso does, else basic), ``basic`` or ``digest``.
    Each graph is replaced (PUT), so loading twice gives the same store. Not transactional
    across graphs: a failure leaves the graphs already sent in place; load again.
    ``progress(graph, sent, total)`` is called after each batch. Returns a :class:`LoadReport`
    whose ``differences`` lists graphs whose server count is not the expected one.
    """
    if auth not in ("auto", "basic", "digest"):
        raise LoadError(f"unknown auth {auth!r}: expected auto, basic or digest")
    store = out if isinstance(out, ox.Store) else open_store(out)
    plan = plan_load(store, endpoint, graph_store=graph_store, batch_size=batch_size)
    report = LoadReport(plan, dry_run=dry_run)
    if dry_run or not plan.graphs:
        return report
    client = _Client(user=user, password=password, auth=auth, retries=retries, backoff=backoff,
                     timeout=timeout, session=session, report=report)
    started = time.perf_counter()
    client.authenticate(plan.graph_store, plan.graphs[0].graph)
    for number, graph_plan in enumerate(plan.graphs):
        sent = 0
        try:
            for index, (count, body) in enumerate(_batches(store, graph_plan.graph, batch_size)):
                method = "PUT" if index == 0 else "POST"
                client.request(method, plan.graph_store, f"{method} of graph {graph_plan.graph}",
                               params={"graph": graph_plan.graph}, data=body,
                               headers={"Content-Type": CONTENT_TYPE})
                sent += count
                report.loaded += count
                if progress:
                    progress(graph_plan.graph, sent, graph_plan.triples)
        except LoadError as error:
            graphs = [g.graph for g in plan.graphs]
            raise LoadInterrupted(str(error), complete=graphs[:number], incomplete=[graph_plan.graph],
                                  not_sent=graphs[number + 1:]) from None
    report.seconds = time.perf_counter() - started
    if verify:
        found = remote_counts(client, plan.endpoint, [g.graph for g in plan.graphs])
        report.checks = [GraphCheck(g.graph, g.triples, found[g.graph]) for g in plan.graphs]
    return report


def export(out: str | Path, *, fmt: str = "nq", dest: str | Path | None = None,
           shard_triples: int = 1_000_000) -> list[Path]:
    """Write the store as N-Quads or TriG shards for a store's own bulk loader.

    Shards hold whole graphs (a graph bigger than ``shard_triples`` gets a shard of its own),
    are named ``part-00001.nq`` ... under ``dest`` (default ``OUT/export``), and each is
    written atomically. Returns the shard paths.
    """
    from diplograph.outputs import write_text_atomic

    formats = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
    if fmt not in formats:
        raise LoadError(f"unknown export format {fmt!r}: expected nq or trig")
    store = open_store(out)
    dest = Path(dest) if dest else Path(out) / "export"
    dest.mkdir(parents=True, exist_ok=True)
    for old in dest.glob("part-*.*"):
        old.unlink()
    shards: list[Path] = []
    pending: list[ox.Quad] = []

    def flush() -> None:
        if pending:
            path = dest / f"part-{len(shards) + 1:05d}.{fmt}"
            write_text_atomic(path, (ox.serialize(pending, format=formats[fmt]) or b"").decode("utf-8"))
            shards.append(path)
            pending.clear()

    counts = graph_counts(store)
    for graph in sorted(counts):
        if pending and len(pending) + counts[graph] > shard_triples:
            flush()
        pending.extend(store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
    flush()
    (dest / "manifest.json").write_text(json.dumps(
        {"format": fmt, "graphs": len(counts), "quads": sum(counts.values()),
         "shards": [p.name for p in shards]}, indent=2) + "\n")
    return shards
