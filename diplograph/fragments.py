"""Each document's outputs as the build keeps them between builds: a *fragment*.

A fragment is cached under a signature of everything it depends on (see
:mod:`diplograph.streaming`) as four files: its JSONL records (``.jsonl``), its named graph's
N-Quads (``.nq``), their sizes (``.pkl``, a :class:`Fragment`) and its share of the entity
network (``.net``, a :class:`~diplograph.graph.contributions.DocumentNetwork`). The network is
a file of its own so that the build's helper process, which merges the networks
(:mod:`diplograph.graph.network_job`), reads it without the records, and the build, which
concatenates the records, reads the sizes without it.
"""
from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path

from diplograph.outputs import write_bytes_atomic

RECORD_KINDS = ("mentions", "relations", "relations_modal", "events")
SUFFIXES = ("pkl", "net", "jsonl", "nq")


@dataclass
class Fragment:
    """One document's outputs, ready to be concatenated: its JSONL lines of each of
    :data:`RECORD_KINDS`, one after the other, in a ``.jsonl`` file beside it (``sizes``: their
    lengths in bytes), so that the output files are byte copies; its N-Quads in a ``.nq`` file.
    ``network`` is its share of the entity network when made (kept in the ``.net`` file)."""

    sizes: tuple[int, ...]
    quads: int
    network: object = None


class FragmentCache:
    """``fragments/<signature>.pkl`` (a :class:`Fragment`, without its network), ``.net`` (the
    network), ``.jsonl`` (its records) and ``.nq`` (its named graph)."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def has(self, signature: str) -> bool:
        return all((self.folder / f"{signature}.{suffix}").exists() for suffix in SUFFIXES)

    def nquads(self, signature: str) -> Path:
        return self.folder / f"{signature}.nq"

    def network_path(self, signature: str) -> Path:
        return self.folder / f"{signature}.net"

    def get(self, signature: str) -> Fragment:
        """The fragment's sizes (its ``network`` is None: see :meth:`network`)."""
        with (self.folder / f"{signature}.pkl").open("rb") as f:
            return pickle.load(f)

    def network(self, signature: str):
        """The fragment's share of the entity network."""
        with self.network_path(signature).open("rb") as f:
            return pickle.load(f)

    def records_path(self, signature: str) -> Path:
        return self.folder / f"{signature}.jsonl"

    def records(self, signature: str, size: int = -1) -> bytes:
        """The fragment's JSONL records (the first ``size`` bytes of them)."""
        with self.records_path(signature).open("rb") as f:
            return f.read(size)

    def put(self, signature: str, fragment: Fragment, records: bytes, lines: list[str]) -> None:
        write_bytes_atomic(self.folder / f"{signature}.nq", "".join(lines).encode("utf-8"))
        write_bytes_atomic(self.folder / f"{signature}.jsonl", records)
        write_bytes_atomic(self.network_path(signature), pickle.dumps(fragment.network, protocol=pickle.HIGHEST_PROTOCOL))
        sizes = Fragment(fragment.sizes, fragment.quads)
        write_bytes_atomic(self.folder / f"{signature}.pkl", pickle.dumps(sizes, protocol=pickle.HIGHEST_PROTOCOL))

    def prune(self, keep: set[str]) -> None:
        for path in self.folder.iterdir():
            if path.name.split(".")[0] not in keep:
                path.unlink(missing_ok=True)

