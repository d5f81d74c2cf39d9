"""Real SPARQL servers for the integration tests and the benchmark, on 127.0.0.1 only.

``oxigraph_server`` runs the Oxigraph server from the PyPI package ``oxigraph``;
``virtuoso_server`` runs Virtuoso Open Source from Debian's ``virtuoso-opensource``,
installing it with apt when ``virtuoso-t`` is absent (CI starts on a fresh machine).
Both are context managers that stop the server on exit.
"""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import requests

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
VIRTUOSO_DB = "/var/lib/virtuoso-opensource-7/db/"


class Unavailable(Exception):
    """The server cannot be installed or started here; the reason says why."""


@dataclass
class Server:
    name: str
    endpoint: str
    graph_store: str
    user: str | None = None
    password: str | None = None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, process: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise Unavailable(f"server exited with {process.returncode}: {log.read_text(errors='replace')[-800:]}")
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise Unavailable(f"server did not answer {url} within {seconds} s")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _oxigraph_binary() -> str:
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise Unavailable("the `oxigraph` command is missing: pip install -e .[test] installs it (PyPI package oxigraph)")
    return found


@contextlib.contextmanager
def oxigraph_server():
    with tempfile.TemporaryDirectory(prefix="dg-oxigraph-") as tmp:
        port = free_port()
        log = Path(tmp) / "server.log"
        with log.open("wb") as out:
            process = subprocess.Popen([_oxigraph_binary(), "serve", "--location", str(Path(tmp) / "db"),
                                        "--bind", f"127.0.0.1:{port}"], stdout=out, stderr=subprocess.STDOUT)
        try:
            base = f"http://127.0.0.1:{port}"
            _wait(f"{base}/query?query=ASK%7B%7D", process, log)
            yield Server("oxigraph", f"{base}/query", f"{base}/store")
        finally:
            _stop(process)


def ensure_virtuoso() -> str:
    """Path of ``virtuoso-t``, installing Debian's package first when it is absent."""
    found = shutil.which("virtuoso-t")
    if found and VIRTUOSO_INI.exists():
        return found
    if not shutil.which("apt-get"):
        raise Unavailable("virtuoso-t is absent and there is no apt-get to install virtuoso-opensource")
    if os.geteuid() != 0:
        raise Unavailable("virtuoso-t is absent and installing virtuoso-opensource with apt-get needs root")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "virtuoso-opensource"]):
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            raise Unavailable(f"`{' '.join(command)}` failed: {done.stderr.strip()[-500:]}")
    found = shutil.which("virtuoso-t")
    if not found or not VIRTUOSO_INI.exists():
        raise Unavailable("virtuoso-opensource installed but virtuoso-t or its ini is missing")
    return found


def virtuoso_ini(tmp: Path, sql_port: int, http_port: int) -> Path:
    text = VIRTUOSO_INI.read_text()
    text = text.replace(VIRTUOSO_DB, f"{tmp}/")
    text = re.sub(r"(?m)^ServerPort(\s*)=\s*1111\s*$", rf"ServerPort\1= 127.0.0.1:{sql_port}", text)
    text = re.sub(r"(?m)^ServerPort(\s*)=\s*8890\s*$", rf"ServerPort\1= 127.0.0.1:{http_port}", text)
    ini = tmp / "virtuoso.ini"
    ini.write_text(text)
    return ini


@contextlib.contextmanager
def virtuoso_server():
    binary = ensure_virtuoso()
    with tempfile.TemporaryDirectory(prefix="dg-virtuoso-") as name:
        tmp = Path(name)
        http_port = free_port()
        ini = virtuoso_ini(tmp, free_port(), http_port)
        log = tmp / "console.log"
        with log.open("wb") as out:
            process = subprocess.Popen([binary, "+configfile", str(ini), "+foreground"], cwd=tmp,
                                       stdout=out, stderr=subprocess.STDOUT)
        try:
            base = f"http://127.0.0.1:{http_port}"
            _wait(f"{base}/sparql?query=ASK%7B%7D", process, log, seconds=120)
            yield Server("virtuoso", f"{base}/sparql", f"{base}/sparql-graph-crud-auth", "dba", "dba")
        finally:
            _stop(process)


class OxigraphProcess:
    """An Oxigraph server on a fixed folder and port that a test can kill and start again
    (the server going away mid-load, then coming back with what it had written)."""

    def __init__(self, location: Path):
        self.location = Path(location)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.server = Server("oxigraph", f"{self.base}/query", f"{self.base}/store")
        self.process: subprocess.Popen | None = None

    def start(self) -> Server:
        log = self.location.with_suffix(".log")
        with log.open("ab") as out:
            self.process = subprocess.Popen([_oxigraph_binary(), "serve", "--location", str(self.location),
                                             "--bind", f"127.0.0.1:{self.port}"], stdout=out, stderr=subprocess.STDOUT)
        _wait(f"{self.base}/query?query=ASK%7B%7D", self.process, log)
        return self.server

    def kill(self) -> None:
        """SIGKILL: the server goes away at once, as a crash or a lost host would."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def stop(self) -> None:
        if self.process:
            _stop(self.process)
