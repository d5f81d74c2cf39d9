"""A local Oxigraph server to try ``diplograph load`` on: started on 127.0.0.1, always stopped.

The server is the ``oxigraph`` command of the PyPI package ``oxigraph`` (in the test extra:
``pip install -e .[test]``). It listens on 127.0.0.1 only, on a free port unless one is given.

    >>> from diplograph.graph.server import OxigraphServer
    >>> with OxigraphServer("out/oxigraph") as server:          # doctest: +SKIP
    ...     load("out/examples", server.query_url)

A server started without ``with`` (as in a notebook, where a cell cannot hold a
``try/finally`` for the next one) is still stopped: by :meth:`OxigraphServer.stop`, by
:meth:`OxigraphServer.guard` when a block fails, when the Python process exits, and on
Linux when that process is killed (the kernel sends SIGTERM when the thread that started
the server dies; start it from a thread that lives as long as you need the server).
"""
from __future__ import annotations

import atexit
import contextlib
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests


class ServerError(Exception):
    """The server could not be started; the message says why (and what it printed)."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_command() -> str:
    """The ``oxigraph`` executable: beside this Python interpreter, else on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise ServerError("the `oxigraph` command is missing: `pip install oxigraph` (or .[test]) installs it")
    return found


def _parent_death_signal():
    """On Linux, a function for ``preexec_fn`` that asks the kernel to SIGTERM the child when the
    thread that started it dies. libc is resolved here, in the parent: the child, forked from a
    threaded process (a Jupyter kernel), only makes the one system call."""
    if sys.platform != "linux":
        return None
    try:
        import ctypes
        prctl = ctypes.CDLL("libc.so.6", use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    pr_set_pdeathsig, sigterm = 1, int(signal.SIGTERM)
    return lambda: prctl(pr_set_pdeathsig, sigterm)


class OxigraphServer:
    """``oxigraph serve --location LOCATION --bind 127.0.0.1:PORT``, ready when the constructor returns.

    ``query_url`` is the SPARQL endpoint, ``store_url`` the Graph Store endpoint. The data
    persist in ``location``, so a server started again on the same folder has the same graphs.
    """

    def __init__(self, location: str | Path, *, port: int | None = None, timeout: float = 60.0):
        self.location = Path(location)
        self.location.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.query_url = f"{self.url}/query"
        self.store_url = f"{self.url}/store"
        self.log = self.location.parent / f"{self.location.name}-server.log"
        command = [oxigraph_command(), "serve", "--location", str(self.location.resolve()),
                   "--bind", f"127.0.0.1:{self.port}"]
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                            preexec_fn=_parent_death_signal())
        atexit.register(self.stop)
        try:
            self._wait(timeout)
        except BaseException:
            self.stop()
            raise

    def _wait(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                said = self.log.read_text(errors="replace")[-800:]
                raise ServerError(f"oxigraph exited with code {self.process.returncode}: {said}")
            try:
                if requests.get(self.query_url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.1)
        raise ServerError(f"oxigraph did not answer on {self.url} within {timeout:g} s")

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 20 s). Safe to call more than once."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        atexit.unregister(self.stop)

    @contextlib.contextmanager
    def guard(self):
        """Run a block; if it fails, stop the server and re-raise (a cell's ``try/finally``)."""
        try:
            yield self
        except BaseException:
            self.stop()
            raise

    def __enter__(self) -> "OxigraphServer":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.running else f"stopped ({self.process.returncode})"
        return f"<OxigraphServer {self.url} {state}, data in {self.location}>"
