"""Synthetic corpora for the build benchmark: sentences of a seed corpus, shuffled, with names permuted.

The seed is ``../shared/corpus`` beside the repository (the development corpus) or, where
that is absent, the bundled ``examples/``. Each generated document draws about
``words_per_doc`` words of sentences at random from the seed and swaps capitalised
words for other capitalised words of the seed (a fixed random permutation per
document), so names recur across documents the way a news archive's do, but not
verbatim. Deterministic for a given seed number. Nothing is copied into the repository:
corpora are written under a temporary folder.

    python benchmarks/corpus.py OUT_DIR 100000
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
EXAMPLES = REPO / "examples"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
NAME_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")


def seed_folder() -> Path:
    return SHARED_CORPUS if SHARED_CORPUS.is_dir() else EXAMPLES


def seed_sentences(folder: Path | None = None) -> list[str]:
    """Sentences of the seed corpus, read through our own reader (HTML is cleaned)."""
    from diplograph.extract.reader import discover, read_document

    sources, _ = discover([folder or seed_folder()])
    sentences = []
    for source in sources:
        text = read_document(source).text
        for paragraph in text.split("\n"):
            sentences.extend(s.strip() for s in SENTENCE_END.split(paragraph) if len(s.split()) >= 4)
    return sentences


def generate(out: Path, words: int, *, words_per_doc: int = 1000, seed: int = 7) -> list[Path]:
    """Write about ``words`` words as ``words // words_per_doc`` documents under ``out``."""
    rng = random.Random(seed)
    sentences = seed_sentences()
    names = sorted({w for s in sentences for w in NAME_WORD.findall(s)})
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(max(1, words // words_per_doc)):
        # a few names trade places in each document: "Japan" becomes "Viet" here, stays elsewhere
        swapped = rng.sample(names, k=min(len(names), 24))
        permutation = dict(zip(swapped, swapped[1:] + swapped[:1]))
        body, count = [], 0
        while count < words_per_doc:
            sentence = rng.choice(sentences)
            sentence = NAME_WORD.sub(lambda m: permutation.get(m.group(0), m.group(0)), sentence)
            body.append(sentence)
            count += len(sentence.split())
        paragraphs = [" ".join(body[i:i + 5]) for i in range(0, len(body), 5)]
        path = out / f"doc-{n:05d}.txt"
        path.write_text(f"Synthetic document {n}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    target, size = Path(sys.argv[1]), int(sys.argv[2])
    written = generate(target, size)
    print(f"{len(written)} documents, {sum(len(p.read_text().split()) for p in written)} words in {target}")
