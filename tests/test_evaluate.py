"""diplograph.evaluate: the development set found or clearly missing, and scored by its own scorer."""
from __future__ import annotations

import pytest

from diplograph.evaluate import DevSetMissing, find_dev_set, score, score_rows
from shared_data import SHARED, needs_shared


def test_a_missing_dev_set_names_what_is_missing(tmp_path):
    with pytest.raises(DevSetMissing, match="no development corpus"):
        find_dev_set(tmp_path)
    (tmp_path / "corpus").mkdir()
    with pytest.raises(DevSetMissing, match="seeds-gold.jsonl"):
        find_dev_set(tmp_path)
    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "seeds-gold.jsonl").write_text("")
    with pytest.raises(DevSetMissing, match="score.py"):
        find_dev_set(tmp_path)


def test_a_failing_scorer_is_an_error_with_its_message(tmp_path):
    for part in ("corpus", "eval"):
        (tmp_path / part).mkdir()
    (tmp_path / "eval" / "seeds-gold.jsonl").write_text("")
    (tmp_path / "eval" / "score.py").write_text("import sys\nsys.exit('gold file is empty')\n")
    with pytest.raises(RuntimeError, match="gold file is empty"):
        score(tmp_path, find_dev_set(tmp_path))


def test_the_dev_build_scored_by_the_shared_scorer(dev_build):
    needs_shared()
    report = score(dev_build.out, find_dev_set(SHARED))
    rows = {row["part"]: row for row in score_rows(report)}
    assert {"mentions all", "mentions Country", "mentions Organisation", "mentions Mechanism", "mentions Event",
            "resolution", "relations typed"} <= set(rows)
    assert rows["mentions all"]["f1"] == report["mentions"]["all"]["f1"] > 0.5
    assert all(0.0 <= row["f1"] <= 1.0 for row in rows.values())
    without = score(dev_build.out, find_dev_set(SHARED), relations=False)
    assert not without.get("relations")
