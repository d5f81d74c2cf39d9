"""Score a build against gold annotations with the development set's own scorer.

A development set is a folder (``shared`` beside the repository, in this project) with
``corpus/`` (the documents), ``eval/seeds-gold.jsonl`` (the gold mentions and relations,
see ``eval/GUIDELINES.md``) and ``eval/score.py`` (the scorer). The scorer stays the
set's own program: it is run, never copied.

    >>> from diplograph.evaluate import find_dev_set, score, score_rows
    >>> dev = find_dev_set("../shared")                           # doctest: +SKIP
    >>> result = diplograph.build([dev.corpus], out="out/dev")     # doctest: +SKIP
    >>> score_rows(score(result.out, dev))                         # doctest: +SKIP
"""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

SCORED_CLASSES = ("all", "Country", "Organisation", "Mechanism", "Event")


class DevSetMissing(Exception):
    """No usable development set at the given place; the message says what is missing."""


@dataclass(frozen=True)
class DevSet:
    corpus: Path
    gold: Path
    scorer: Path


def find_dev_set(shared: str | Path) -> DevSet:
    """The development set in ``shared``; :class:`DevSetMissing` names the first missing part."""
    shared = Path(shared)
    dev = DevSet(shared / "corpus", shared / "eval" / "seeds-gold.jsonl", shared / "eval" / "score.py")
    if not dev.corpus.is_dir():
        raise DevSetMissing(f"no development corpus at {dev.corpus.resolve()}")
    for part in (dev.gold, dev.scorer):
        if not part.is_file():
            raise DevSetMissing(f"no {part.name} at {part.resolve()}")
    return dev


def score(out: str | Path, dev: DevSet, *, relations: bool = True) -> dict:
    """The scorer's JSON report for the build in ``out`` (mentions, resolution and, with
    ``relations``, the relations of ``relations.jsonl`` when the build wrote it)."""
    out = Path(out)
    command = [sys.executable, str(dev.scorer), "--gold", str(dev.gold), "--mentions", str(out / "mentions.jsonl"),
               "--json"]
    if relations and (out / "relations.jsonl").is_file():
        command += ["--relations", str(out / "relations.jsonl")]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{dev.scorer} exited with {done.returncode}: {done.stderr.strip()[-800:]}")
    return json.loads(done.stdout)


def score_rows(report: dict) -> list[dict]:
    """One row per scored part (mentions of all classes and of each class, resolution,
    relations): ``part``, ``precision``, ``recall``, ``f1`` and the counts the scorer gives."""
    rows = []
    for cls in SCORED_CLASSES:
        if cls in report.get("mentions", {}):
            rows.append({"part": f"mentions {cls}", **report["mentions"][cls]})
    if "resolution" in report:
        rows.append({"part": "resolution", **report["resolution"]})
    for kind, values in (report.get("relations") or {}).items():
        if isinstance(values, dict) and "f1" in values:
            rows.append({"part": f"relations {kind}", **values})
    return rows
