"""Atomic outputs: a build killed (SIGKILL) at random points leaves the previous complete output,
and the next build equals a clean one. Plus the commit journal's recovery, step by step."""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diplograph.outputs import JOURNAL, commit, recover, staged, write_bytes_atomic, write_text_atomic
from generated import fingerprint, write_generated_docs
from shared_data import EXAMPLES

KILL_POINTS = 8
SEED = 20240508


def build_command(inputs: list[Path], out: Path) -> list[str]:
    return [sys.executable, "-m", "diplograph.cli", "build", *map(str, inputs), "--out", str(out), "--quiet"]


def staging_started(out: Path) -> bool:
    return out.is_dir() and any(p.name.startswith(".staging-") for p in out.iterdir())


def run_build(inputs: list[Path], out: Path) -> tuple[float, float]:
    """Run a build to its end; returns (seconds in all, seconds from the first staged file to the end)."""
    started = time.monotonic()
    process = subprocess.Popen(build_command(inputs, out), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    staged_at = None
    while process.poll() is None:
        if staged_at is None and staging_started(out):
            staged_at = time.monotonic()
        time.sleep(0.005)
    _, stderr = process.communicate()
    assert process.returncode == 0, stderr[-2000:]
    ended = time.monotonic()
    return ended - started, ended - (staged_at or ended)


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """Inputs A (the examples) and B (the examples plus 12 generated items), each built cleanly
    into a folder named ``out`` (the viewer's title is the folder's name)."""
    root = tmp_path_factory.mktemp("kill")
    generated = root / "generated"
    write_generated_docs(generated, 12, sentences=12)
    inputs_a, inputs_b = [EXAMPLES], [EXAMPLES, generated]
    ref_a, ref_b = root / "a" / "out", root / "b" / "out"
    run_build(inputs_a, ref_a)
    seconds_b, writing_b = run_build(inputs_b, ref_b)
    return {"root": root, "inputs_b": inputs_b, "ref_a": ref_a, "ref_b": ref_b, "seconds_b": seconds_b,
            "writing_b": writing_b,
            "a": fingerprint(ref_a), "b": fingerprint(ref_b)}


def test_the_two_builds_differ_in_every_output(builds):
    a, b = builds["a"], builds["b"]
    assert a.keys() == b.keys()
    assert {"documents.jsonl", "graph.nq", "graph.jsonld", "store", "graph.html"} <= a.keys()
    same = [name for name in a if a[name] == b[name]]
    assert same == [], f"these outputs do not tell build A from build B: {same}"


def test_sigkill_at_random_points_leaves_a_whole_output(builds, tmp_path):
    rng = random.Random(SEED)
    out = tmp_path / "out"
    # half the kill points anywhere from process start to the end of a clean build, half while the
    # outputs are being written (after the staging folder appears): the moments that matter
    anywhere = [("from start", rng.uniform(0.2, builds["seconds_b"] * 1.1)) for _ in range(KILL_POINTS // 2)]
    writing = [("while writing", rng.uniform(0.0, builds["writing_b"] * 1.1))
               for _ in range(KILL_POINTS - KILL_POINTS // 2)]
    outcomes = []
    for phase, delay in anywhere + writing:
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(builds["ref_a"], out, symlinks=True)          # the previous complete output
        process = subprocess.Popen(build_command(builds["inputs_b"], out),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if phase == "while writing":
            while process.poll() is None and not staging_started(out):
                time.sleep(0.002)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        decided = (out / JOURNAL).exists()
        if decided:                     # killed inside the commit: the next build's first step
            assert recover(out) == "rolled forward"
        state = fingerprint(out)        # parses every file, reads the store
        if state == builds["a"]:
            outcome = "previous"
        elif state == builds["b"]:
            outcome = "new (rolled forward)" if decided else "new"
        else:
            mixed = {n: ("A" if state.get(n) == builds["a"].get(n) else "B" if state.get(n) == builds["b"].get(n)
                         else "neither") for n in set(state) | set(builds["a"])}
            pytest.fail(f"killed after {delay:.2f} s: the output is neither build: {mixed}")
        outcomes.append((phase, round(delay, 2), process.returncode, outcome))
    print(f"\n{KILL_POINTS} kill points (seed {SEED}, clean build {builds['seconds_b']:.1f} s, writing "
          f"{builds['writing_b']:.1f} s): {outcomes}")
    assert len(outcomes) == KILL_POINTS
    assert {o for *_, o in outcomes} <= {"previous", "new", "new (rolled forward)"}

    # the next build (from whatever the last kill left) succeeds and equals a clean build
    run_build(builds["inputs_b"], out)
    assert fingerprint(out) == builds["b"]
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


def test_killed_during_staging_the_next_build_discards_the_stage(tmp_path):
    out = tmp_path / "out"
    write_text_atomic(out / "graph.nq", "old\n")
    stage = out / ".staging-abc" / "out"
    stage.mkdir(parents=True)
    (stage / "graph.nq").write_text("half-writ")
    assert recover(out) == "discarded"
    assert (out / "graph.nq").read_text() == "old\n" and sorted(p.name for p in out.iterdir()) == ["graph.nq"]


def test_a_decided_commit_rolls_forward_from_any_step(tmp_path):
    """Replay a commit cut after each of its renames: recovery always ends in the new set."""
    def prepare(root: Path) -> tuple[Path, Path]:
        out = root / "out"
        for name in ("a.jsonl", "b.jsonl"):
            write_text_atomic(out / name, f"old {name}\n")
        (out / "store").mkdir()
        (out / "store" / "data").write_text("old store")
        stage = out / ".staging-run1" / "out"
        stage.mkdir(parents=True)
        for name in ("a.jsonl", "b.jsonl"):
            (stage / name).write_text(f"new {name}\n")
        (stage / "store").mkdir()
        (stage / "store" / "data").write_text("new store")
        return out, stage

    entries = ["a.jsonl", "b.jsonl", "store"]
    for cut in range(len(entries) + 1):
        out, stage = prepare(tmp_path / f"cut{cut}")
        journal = {"stage": ".staging-run1/out", "trash": ".old-run1", "entries": entries}
        write_text_atomic(out / JOURNAL, json.dumps(journal))
        for name in entries[:cut]:                       # the renames done before the kill
            if (out / name).is_dir():
                (out / name).rename(out / f"moved-{name}")
                shutil.rmtree(out / f"moved-{name}")
            os.replace(stage / name, out / name)
        assert recover(out) == "rolled forward"
        assert (out / "a.jsonl").read_text() == "new a.jsonl\n"
        assert (out / "b.jsonl").read_text() == "new b.jsonl\n"
        assert (out / "store" / "data").read_text() == "new store"
        assert sorted(p.name for p in out.iterdir()) == ["a.jsonl", "b.jsonl", "store"]


def test_a_failing_build_leaves_the_previous_output(tmp_path):
    out = tmp_path / "out"
    with staged(out) as stage:
        write_text_atomic(stage / "graph.nq", "first\n")
    with pytest.raises(RuntimeError):
        with staged(out) as stage:
            write_text_atomic(stage / "graph.nq", "second\n")
            raise RuntimeError("the build failed half-way")
    assert (out / "graph.nq").read_text() == "first\n"
    assert sorted(p.name for p in out.iterdir()) == ["graph.nq"]


def test_outputs_keep_ordinary_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "x.ttl", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "x.ttl").stat().st_mode & 0o777 == 0o644


def test_commit_returns_what_it_moved(tmp_path):
    out = tmp_path / "out"
    stage = out / ".staging-x" / "out"
    stage.mkdir(parents=True)
    (stage / "graph.nq").write_text("n\n")
    assert commit(stage, out) == ["graph.nq"]
    assert not (out / ".staging-x").exists() and not (out / JOURNAL).exists()


def test_a_cache_file_that_cannot_be_renamed_into_place_leaves_no_temporary_file(tmp_path):
    """write_bytes_atomic (the caches' writer): a failed write keeps what was there and leaves
    nothing half-written beside it."""
    cached = tmp_path / "entry.pkl"
    write_bytes_atomic(cached, b"first")
    write_bytes_atomic(cached, b"second")
    assert cached.read_bytes() == b"second"
    blocked = tmp_path / "blocked"
    (blocked / "inside").mkdir(parents=True)        # a non-empty folder: the rename over it fails
    with pytest.raises(OSError):
        write_bytes_atomic(blocked, b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked", "entry.pkl"]


def test_starting_the_writeback_keeps_the_file_whole_and_never_fails(tmp_path, monkeypatch):
    from diplograph.outputs import start_writeback

    path = tmp_path / "graph.nq"
    data = b"<a> <b> <c> <g> .\n" * 100_000
    with path.open("wb") as f:
        f.write(data)
        f.flush()
        start_writeback(f.fileno())         # the pages on their way to disk, not dropped
        f.write(b"<d> <e> <f> <g> .\n")
    assert path.read_bytes() == data + b"<d> <e> <f> <g> .\n"
    closed = os.open(path, os.O_RDONLY)
    os.close(closed)
    start_writeback(closed)                 # refused (a closed file): nothing happens
    monkeypatch.delattr(os, "posix_fadvise")
    start_writeback(0)                      # a system without the call: nothing happens


def test_reading_ahead_leaves_the_files_alone_and_skips_what_is_gone(tmp_path, monkeypatch):
    from diplograph.outputs import read_ahead

    kept = tmp_path / "a.nq"
    kept.write_bytes(b"<a> <b> <c> <g> .\n" * 10_000)
    read_ahead([tmp_path / "gone.nq", kept, tmp_path])      # a file replaced meanwhile, a folder: passed over
    assert kept.read_bytes() == b"<a> <b> <c> <g> .\n" * 10_000
    monkeypatch.delattr(os, "posix_fadvise")
    read_ahead([kept])                      # a system without the call: nothing happens
