"""Documents in, knowledge graph out: read, extract, resolve, write.

    >>> from diplograph import build
    >>> result = build(["examples"], out="out/examples")
    >>> len(result.entities) > 0
    True
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from diplograph.extract.facts import resolve_facts, split_by_modality
from diplograph.extract.gazetteer import default_gazetteer
from diplograph.extract.nlp import make_nlp
from diplograph.extract.reader import DEFAULT_MAX_BYTES, ReadError, discover, read_document
from diplograph.extract.records import DocumentExtraction, extraction_of
from diplograph.extract.resolve import Resolver
from diplograph.model import DocumentRecord, Entity, Event, FileProblem, Mention, Relation
from diplograph.outputs import write_jsonl_atomic, write_text_atomic
from diplograph.ontology.namespace import DEFAULT_BASE

BATCH_SIZE = 32


@dataclass
class BuildResult:
    """Everything a build produced; ``problems`` lists the files it could not use."""

    out: Path | None
    documents: list[DocumentRecord] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    validation: object | None = None    # diplograph.graph.validate.Report when the build validated

    @property
    def ok(self) -> bool:
        return not self.problems


def read_all(inputs: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES,
             on_problem: Callable[[FileProblem], None] | None = None) -> tuple[list[DocumentRecord], list[FileProblem]]:
    sources, problems = discover(list(inputs))
    for problem in problems:
        if on_problem:
            on_problem(problem)
    documents = []
    for source in sources:
        try:
            documents.append(read_document(source, max_bytes=max_bytes))
        except ReadError as error:
            problem = FileProblem(str(source.path), str(error))
            problems.append(problem)
            if on_problem:
                on_problem(problem)
    return documents, problems


def extract_all(documents: list[DocumentRecord], *, model: str | None = None,
                progress: bool = False) -> list[DocumentExtraction]:
    nlp = make_nlp(model)
    texts = ((d.text, d) for d in documents)
    docs = nlp.pipe(texts, as_tuples=True, batch_size=BATCH_SIZE)
    if progress:
        from tqdm import tqdm
        docs = tqdm(docs, total=len(documents), desc="extracting", unit="doc", file=sys.stderr)
    return [extraction_of(doc, record.id, record.path, date=record.date) for doc, record in docs]


def build(inputs: Iterable[str | Path], out: str | Path | None = None, *, model: str | None = None,
          base: str = DEFAULT_BASE, max_bytes: int = DEFAULT_MAX_BYTES, progress: bool = False,
          on_problem: Callable[[FileProblem], None] | None = None, validate: bool = True) -> BuildResult:
    """Build the knowledge graph of the documents under ``inputs``; write it under ``out`` if given.

    With ``validate`` (the default) the written graph is checked against the SHACL shapes and
    the report is in ``result.validation``."""
    from diplograph.ontology.iri import check_base

    check_base(base)
    documents, problems = read_all(inputs, max_bytes=max_bytes, on_problem=on_problem)
    extractions = extract_all(documents, model=model, progress=progress)
    mentions, entities = Resolver(default_gazetteer()).resolve(documents, extractions)
    relations, events = resolve_facts(documents, extractions, mentions, entities)
    result = BuildResult(out=Path(out) if out else None, documents=documents, mentions=mentions,
                         entities=entities, relations=relations, events=events, problems=problems)
    if out is not None:
        from diplograph.outputs import staged   # all files or none: see diplograph/outputs.py
        with staged(result.out) as stage:
            final, result.out = result.out, stage
            write_outputs(result, base=base, validate=validate)
        result.out, result.outputs = final, {k: final / p.relative_to(stage) for k, p in result.outputs.items()}
    return result


def write_outputs(result: BuildResult, *, base: str = DEFAULT_BASE, validate: bool = False) -> None:
    from diplograph.graph.export import write_exports
    from diplograph.graph.rdf import build_dataset

    out = result.out
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "documents": out / "documents.jsonl",
        "mentions": out / "mentions.jsonl",
        "entities": out / "entities.jsonl",
        "relations": out / "relations.jsonl",
        "relations_modal": out / "relations-modal.jsonl",
        "events": out / "events.jsonl",
        "store": out / "store",
    }
    write_jsonl_atomic(paths["documents"], (d.to_dict() for d in result.documents))
    write_jsonl_atomic(paths["mentions"], (m.to_dict() for m in result.mentions))
    write_jsonl_atomic(paths["entities"], (e.to_dict() for e in result.entities))
    facts, modal = split_by_modality(result.relations)
    write_jsonl_atomic(paths["relations"], (r.to_dict() for r in facts))
    write_jsonl_atomic(paths["relations_modal"], (r.to_dict() for r in modal))
    write_jsonl_atomic(paths["events"], (e.to_dict() for e in result.events))
    dataset = build_dataset(result.documents, result.entities, result.mentions, base=base,
                            relations=result.relations, events=result.events)
    from diplograph.graph.network import write_network_outputs
    paths.update(write_network_outputs(result, dataset, base=base))   # metrics.csv, graph.html
    paths.update(write_exports(dataset, out))
    if validate:
        from diplograph.graph.validate import validate_dataset
        result.validation = validate_dataset(dataset)
    from diplograph.graph.store import write_store
    write_store(out, paths["nquads"])
    result.outputs = paths
