"""The development corpus: relation scores and dated events (skipped where ../shared is absent)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from diplograph import build

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def dev(tmp_path_factory):
    if not (SHARED / "corpus").is_dir() or not (SHARED / "eval" / "score.py").is_file():
        pytest.skip(f"the development corpus and scorer are not at {SHARED}")
    out = tmp_path_factory.mktemp("dev")
    return build([SHARED / "corpus"], out=out)


def test_relation_scores_on_the_development_corpus(dev):
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    report = score.score(str(SHARED / "eval" / "seeds-gold.jsonl"), str(dev.outputs["mentions"]),
                         str(dev.outputs["relations"]))
    assert report["relations"]["typed"]["f1"] >= 0.70, report["relations"]
    assert report["relations"]["pairs"]["f1"] >= 0.80, report["relations"]


def _event(dev, words: str):
    found = [e for e in dev.events if words in e.label]
    assert found, f"no event named like {words!r}"
    return found[0]


def test_the_sixth_senior_officials_meeting(dev):
    event = _event(dev, "6th Senior Officials Meeting")
    assert (event.date, event.place, event.place_text) == ("2013-09", "suzhou", "Suzhou")
    assert (event.event_class, event.category, event.ordinal) == ("Meeting", "CONSULT", 6)


def test_dated_events_of_the_white_paper(dev):
    dialogue = _event(dev, "Ministerial Meeting on Law Enforcement and Security Cooperation along")
    assert dialogue.date == "2015-10"
    assert {"entity": "CHN", "role": "host"} in dialogue.participants
    exercise = _event(dev, "Fourth ARF Disaster Relief Exercise")
    assert (exercise.ordinal, exercise.event_class) == (4, "Exercise")
    assert {p["entity"] for p in exercise.participants if p["role"] == "co-host"} == {"CHN", "MYS"}


def test_questions_are_kept_apart(dev):
    facts = [r for r in dev.relations if r.modality == "asserted"]
    assert all(not r.sentence.rstrip().endswith("?") for r in facts)
    written = dev.outputs["relations"].read_text(encoding="utf-8")
    assert '"modality": "asserted"' in written and '"modality": "hypothetical"' not in written
