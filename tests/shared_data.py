"""Where the shared development data lives: ``../shared`` beside the repository."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "eval" / "seeds-gold.jsonl"
SCORER = SHARED / "eval" / "score.py"
EXAMPLES = REPO / "examples"


def needs_shared():
    if not CORPUS.is_dir() or not GOLD.is_file():
        pytest.skip(f"the development corpus and gold annotations are not at {SHARED} (../shared beside the repo)")
