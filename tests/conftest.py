"""Cheap shared objects: the rule pipeline on spacy.blank("en"), paths to shared data."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "eval" / "seeds-gold.jsonl"
SCORER = SHARED / "eval" / "score.py"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def nlp():
    from diplograph.extract.nlp import make_nlp
    return make_nlp()


@pytest.fixture(scope="session")
def mentions_of(nlp):
    """Text -> [(text, label)] of the outermost and nested mentions."""
    from diplograph.extract.components import MENTIONS

    def run(text: str) -> list[tuple[str, str]]:
        doc = nlp(text)
        return [(s.text, s.label_) for s in doc.spans[MENTIONS]]
    return run


def needs_shared():
    if not CORPUS.is_dir() or not GOLD.is_file():
        pytest.skip(f"the development corpus and gold annotations are not at {SHARED} (../shared beside the repo)")


@pytest.fixture(scope="session")
def dev_build(tmp_path_factory):
    """One build of ../shared/corpus for every test that scores it."""
    needs_shared()
    from diplograph import build
    out = tmp_path_factory.mktemp("dev")
    return build([CORPUS], out)
