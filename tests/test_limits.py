"""Limits: each bound is enforced with a clear message (docs/limits.md lists them)."""
from __future__ import annotations

import json
import warnings

import pytest

from diplograph.extract import limits
from diplograph.extract.gazetteer import PatternError, read_pattern_file
from diplograph.extract.reader import DEFAULT_MAX_BYTES
from diplograph.pipeline import build
from shared_data import REPO


def test_documented_limits_match_the_code():
    text = (REPO / "docs" / "limits.md").read_text(encoding="utf-8")
    assert limits.MAX_DOCUMENT_BYTES == DEFAULT_MAX_BYTES
    for value in (limits.MAX_PATTERNS_PER_FILE, limits.MAX_PATTERN_CHARS, limits.MAX_MENTIONS_PER_DOCUMENT):
        assert f"{value:,}" in text, value
    assert "20 MB" in text


def test_pattern_file_over_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_PATTERNS_PER_FILE", 3)
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"label": "Country", "pattern": f"Land {i}", "id": f"L{i}"}) + "\n"
                            for i in range(4)), encoding="utf-8")
    with pytest.raises(PatternError, match=r"many.jsonl: more than 3 patterns, the limit per file"):
        read_pattern_file(path)
    path.write_text(json.dumps({"label": "Country", "pattern": "x" * 1001, "id": "X"}) + "\n", encoding="utf-8")
    with pytest.raises(PatternError, match=r"many.jsonl:1: expected a pattern of at most 1000 characters, got 1001"):
        read_pattern_file(path)


def test_mentions_per_document_are_capped_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_MENTIONS_PER_DOCUMENT", 5)
    path = tmp_path / "many.txt"
    path.write_text("China met ASEAN in Hanoi. " * 10 + "\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = build([path], tmp_path / "out")
    messages = [str(w.message) for w in caught if issubclass(w.category, limits.LimitWarning)]
    assert len(messages) == 1 and messages[0].startswith(f"{path}: ") and "above the limit of 5 per document" in messages[0]
    assert len(result.mentions) <= 5 and result.validation.conforms
