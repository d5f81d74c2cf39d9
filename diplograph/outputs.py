"""Write outputs atomically: each file by a temporary name and a rename, a whole build by a staged commit.

A single file goes to a temporary file beside the target, is flushed to disk, then renamed
into place (:func:`write_text_atomic`). That keeps every file whole, but a build writes some
fifteen files and a folder: killed between two of them, it would leave old and new files
side by side. So a build writes its whole output set into ``OUT/.staging-<id>/<name>/``
(:func:`staged`), then commits it:

1. every staged file is complete and flushed;
2. the journal ``OUT/.commit.json`` (written atomically) lists what moves where;
3. each staged entry is renamed over its target (a folder such as ``store/`` replaces the
   old one through a rename aside, then the old one is deleted);
4. the journal and the staging folder are removed.

Until step 2 the previous output is untouched; after it, the commit is decided and
:func:`recover` (run at the start of the next build, or by hand) rolls it forward. A staging
folder without a journal is an interrupted build and is deleted.

    >>> with staged(Path("out/examples")) as stage:      # doctest: +SKIP
    ...     write_text_atomic(stage / "graph.ttl", text)
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Iterable, Iterator

JOURNAL = ".commit.json"
STAGING_PREFIX = ".staging-"
TRASH_PREFIX = ".old-"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def start_writeback(fd: int) -> None:
    """Have the kernel start writing the open file ``fd``'s new pages to disk, without waiting
    (Linux starts it on ``posix_fadvise(DONTNEED)``, which drops only pages already on disk): its
    ``fsync`` before the commit then finds little left, and the store's syncs meanwhile do not
    queue behind it (a one-document rebuild of 1,000 copies 288 MB into graph.nq; opening its
    store had waited 0.1 s). Nothing where the call is missing or refused."""
    _advise(fd, "POSIX_FADV_DONTNEED")


def read_ahead(paths: Iterable[Path]) -> None:
    """Have the kernel read the files ``paths`` into its cache, in this order, without waiting
    for the data (Linux reads ahead on ``posix_fadvise(WILLNEED)``): a rebuild's reads of the last
    build's files then find them in memory even when they had left it since. A file gone, or a
    system without the call: nothing."""
    if not hasattr(os, "posix_fadvise"):
        return
    for path in paths:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            _advise(fd, "POSIX_FADV_WILLNEED")
        finally:
            os.close(fd)


def _advise(fd: int, advice: str) -> None:
    """``posix_fadvise`` with the ``os`` constant named ``advice`` over the whole open file ``fd``;
    nothing where the call is missing or refused."""
    if hasattr(os, "posix_fadvise"):
        try:
            os.posix_fadvise(fd, 0, 0, getattr(os, advice))
        except OSError:
            pass


def write_text_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (a string, or strings one after the other) to ``path`` through a flushed
    temporary file and a rename: whole or not at all.

    The file gets the usual permissions (0666 less the umask), not mkstemp's private 0600."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for part in [text] if isinstance(text, str) else text:
                f.write(part)
            f.flush()
            os.fchmod(f.fileno(), 0o666 & ~_umask())
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """A cache file whole or not at all: a temporary file beside it, then a rename. Not flushed to
    disk (a cache entry lost in a crash is made again), so much cheaper than :func:`write_text_atomic`."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def jsonl_text(rows: Iterable[dict]) -> str:
    """JSON Lines: one object a line, non-ASCII kept as is."""
    return "".join(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n" for row in rows)


def write_jsonl_atomic(path: Path, rows: Iterable[dict]) -> None:
    write_text_atomic(path, jsonl_text(rows))


def _move_into_place(source: Path, target: Path, trash: Path) -> None:
    """Rename ``source`` over ``target``; a folder target is renamed into ``trash`` first."""
    if target.is_dir() and not target.is_symlink():
        trash.mkdir(exist_ok=True)
        target.rename(trash / f"{target.name}-{uuid.uuid4().hex[:8]}")
    os.replace(source, target)


def _roll_forward(out: Path, journal: dict) -> None:
    stage = out / journal["stage"]
    trash = out / journal["trash"]
    for name in journal["entries"]:
        source = stage / name
        if source.exists() or source.is_symlink():
            _move_into_place(source, out / name, trash)
    _fsync_dir(out)
    (out / JOURNAL).unlink(missing_ok=True)
    shutil.rmtree(trash, ignore_errors=True)
    shutil.rmtree(stage.parent if stage.parent != out else stage, ignore_errors=True)


def recover(out: str | Path) -> str | None:
    """Finish or discard what an interrupted build left in ``out``.

    Returns ``"rolled forward"`` when a decided commit was completed, ``"discarded"`` when
    only an unfinished staging folder was removed, else ``None``."""
    out = Path(out)
    if not out.is_dir():
        return None
    done = None
    journal_path = out / JOURNAL
    if journal_path.exists():
        try:
            journal = json.loads(journal_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            journal = None      # cannot happen with an atomic journal; be safe: drop it
        if journal:
            _roll_forward(out, journal)
            done = "rolled forward"
        journal_path.unlink(missing_ok=True)
    for leftover in out.iterdir():
        if leftover.name.startswith((STAGING_PREFIX, TRASH_PREFIX)) and leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
            done = done or "discarded"
    return done


def commit(stage: Path, out: Path) -> list[str]:
    """Move everything in ``stage`` into ``out`` (steps 2-4 above); returns the names moved."""
    entries = sorted(p.name for p in stage.iterdir())
    _fsync_dir(stage)
    run = stage.parent.name[len(STAGING_PREFIX):] if stage.parent.name.startswith(STAGING_PREFIX) else uuid.uuid4().hex
    journal = {"stage": stage.relative_to(out).as_posix(), "trash": f"{TRASH_PREFIX}{run}", "entries": entries}
    write_text_atomic(out / JOURNAL, json.dumps(journal, indent=1) + "\n")
    _fsync_dir(out)
    _roll_forward(out, journal)
    return entries


@contextlib.contextmanager
def staged(out: str | Path) -> Iterator[Path]:
    """A folder to write a whole build into; on success it replaces the matching entries of ``out``.

    The folder is ``OUT/.staging-<id>/<name of OUT>`` so that anything naming itself after the
    output folder (the viewer's title) sees the real name. On an exception the staging folder
    is deleted and ``out`` is left as it was. Leftovers of an interrupted earlier build are
    recovered first (:func:`recover`)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    recover(out)
    stage = out / f"{STAGING_PREFIX}{uuid.uuid4().hex[:12]}" / (out.resolve().name or "out")
    stage.mkdir(parents=True)
    try:
        yield stage
    except BaseException:
        shutil.rmtree(stage.parent, ignore_errors=True)
        raise
    commit(stage, out)
