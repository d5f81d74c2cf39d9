"""Named SPARQL queries shipped in ``graph/queries/*.rq``; the first line says what each returns."""
from __future__ import annotations

from pathlib import Path

QUERY_DIR = Path(__file__).parent / "queries"


def query_text(name: str) -> str:
    """The text of ``queries/<name>.rq``; an unknown name is an error listing the known ones."""
    path = QUERY_DIR / f"{name}.rq"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in QUERY_DIR.glob("*.rq")))
        raise ValueError(f"unknown query {name!r}: expected one of {known}")
    return path.read_text(encoding="utf-8")


def description(name: str) -> str:
    first = query_text(name).splitlines()[0]
    return first.removeprefix("# description:").strip()
