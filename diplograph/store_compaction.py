"""The last build's store, copied into a new build's stage and compacted while that build extracts.

A clean build bulk-loads its store: Oxigraph ingests each batch of lines as new files at
RocksDB's first level and leaves merging them, the compaction, to later. When the batches are
many (a corpus of more than about 600k words: above
:data:`~diplograph.streaming.SETTLED_LOAD_BATCHES`), the first write to that store pays for it:
a rebuild's one changed graph waited 1.5-2.1 s in ``flush`` on a store of 55 batches (three
runs), against 0.02 s on the same store once compacted. So the build that loads such a store
compacts it (:meth:`CompactedCopy.compact`) before it commits it; and a build that will update
such a store left uncompacted (by an older build, or one whose compaction failed) starts by
copying it (Oxigraph's backup: hard links) into its stage and compacting the copy
(``Store.optimize``, about 2 s there). RocksDB compacts in its own threads, outside the GIL, so
the copy is ready while the documents are extracted and resolved.

A compacted store is not compacted again: after a small update, compacting rewrites every
file of the store (2.7 s), and forty small updates in a row did not slow its writes down.

    >>> copy = CompactedCopy(Path("out/store"), Path("out/.staging-1/out/store"))  # doctest: +SKIP
    >>> copy.result()           # waits; True when the compacted copy is in place   # doctest: +SKIP
    True
"""
from __future__ import annotations

import shutil
import threading
from pathlib import Path


class CompactedCopy:
    """``source`` (a store) backed up to ``target`` and compacted there, in a background thread."""

    def __init__(self, source: Path, target: Path):
        self.source, self.target = source, target
        self.error: Exception | None = None
        self._thread = threading.Thread(target=self._copy_and_compact, name="store-compaction", daemon=True)
        self._thread.start()

    def _copy_and_compact(self) -> None:
        import pyoxigraph as ox

        try:
            source = ox.Store(str(self.source))
            source.backup(str(self.target))
            del source      # closed before the copy is opened
            copy = ox.Store(str(self.target))
            self.compact(copy)
            del copy        # closed: the build opens it again
        except Exception as error:      # the build falls back to copying the store itself
            self.error = error.with_traceback(None)     # its frames (and the stores they hold) let go
        if self.error is not None:
            shutil.rmtree(self.target, ignore_errors=True)

    @staticmethod
    def compact(store) -> None:
        store.optimize()

    def result(self) -> bool:
        """Wait for the copy; ``True`` when the compacted copy is at ``target``, else (the copy
        failed) nothing is there."""
        self._thread.join()
        return self.error is None

    def discard(self) -> None:
        """Wait for the copy and delete it (a build that loads its store anew)."""
        self._thread.join()
        shutil.rmtree(self.target, ignore_errors=True)
