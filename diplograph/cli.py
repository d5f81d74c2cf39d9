"""The ``diplograph`` command: thin over the library; each command calls one function."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from diplograph.ontology.namespace import DEFAULT_BASE


class UserError(Exception):
    """A problem the user can fix; printed as one line, no traceback."""


def _print_problem(problem) -> None:
    print(f"error: {problem}", file=sys.stderr)


def cmd_build(args: argparse.Namespace) -> int:
    from diplograph.pipeline import build

    result = build(args.inputs, args.out, model=args.model, base=args.base,
                   max_bytes=int(args.max_doc_mb * 1024 * 1024), progress=not args.quiet,
                   on_problem=_print_problem, validate=not args.no_validate,
                   workers=args.workers, cache=not args.no_cache, rdf=args.rdf, exports=args.exports, engine=args.engine,
                   scheduler=args.scheduler)
    for document in result.documents:
        if document.encoding and document.encoding.replace("_", "-") not in ("utf-8", "ascii"):
            print(f"note: {document.path}: read as {document.encoding} (not UTF-8; detected by charset-normalizer)",
                  file=sys.stderr)
    print(f"{len(result.documents)} documents, {len(result.mentions)} mentions, "
          f"{len(result.entities)} entities", file=sys.stderr)
    for name, path in result.outputs.items():
        print(f"  {name:<10} {path}")
    if result.problems:
        reasons = {}
        for problem in result.problems:
            reasons[problem.reason.split(":")[0].split(" (")[0]] = reasons.get(problem.reason.split(":")[0].split(" (")[0], 0) + 1
        summary = "; ".join(f"{n} {reason}" for reason, n in sorted(reasons.items()))
        print(f"{len(result.problems)} file(s) failed: {summary}", file=sys.stderr)
        return 1
    if result.validation is not None:
        if not result.validation.conforms:
            print(result.validation.text(), file=sys.stderr)
            return 1
        print("graph conforms to ontology/shapes.ttl", file=sys.stderr)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from diplograph.graph.validate import validate_dir

    report = validate_dir(args.folder)
    print(report.text())
    return 0 if report.conforms else 1


def cmd_extract(args: argparse.Namespace) -> int:
    from diplograph.pipeline import build

    result = build([args.file], None, model=args.model, on_problem=_print_problem)
    if result.problems:
        return 1
    for m in result.mentions:
        marker = "  " if m.nested else ""
        print(f"{m.start:>7}-{m.end:<7} {m.label:<13} {marker}{m.text}  [{m.entity}] ({m.rule})")
    return 0


def cmd_view(args: argparse.Namespace) -> int:
    from diplograph.graph.network import view

    if args.png and args.svg:
        raise UserError("give --png or --svg, not both")
    path = view(args.out, classes=args.cls, min_degree=args.min_degree, ego=args.ego, depth=args.depth,
                html=args.html, picture=args.png or args.svg)
    print(path)
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="diplograph",
        description="Build knowledge graphs of countries, organisations, mechanisms and events "
                    "from diplomacy and security texts.",
        epilog="Example: diplograph build examples --out out/examples",
    )
    sub = top.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    build = sub.add_parser(
        "build", help="build the knowledge graph of files and folders",
        description="Read .txt, .md and .html files (folders recursively), extract mentions, "
                    "resolve entities and write JSONL and RDF outputs under --out.",
        epilog="Example: diplograph build examples ../more/news.html --out out/examples --workers 2",
    )
    build.add_argument("inputs", nargs="+", help="files or folders to read")
    build.add_argument("--out", required=True, type=Path, help="output folder")
    build.add_argument("--model", help="an installed spaCy pipeline whose NER adds candidates (optional)")
    build.add_argument("--base", default=DEFAULT_BASE, help=f"base IRI of minted resources (default {DEFAULT_BASE})")
    build.add_argument("--max-doc-mb", type=float, default=20.0, help="skip documents larger than this (default 20)")
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    build.add_argument("--no-validate", action="store_true",
                       help="skip the SHACL check of the written graph (by default a non-conforming graph exits 1)")
    build.add_argument("--workers", type=int, default=1, metavar="N",
                       help="extract documents in N processes (default 1)")
    build.add_argument("--no-cache", action="store_true",
                       help="extract every document again instead of reusing OUT/cache")
    build.add_argument("--rdf", choices=("auto", "memory", "stream"), default="auto",
                       help="write the graph in one rdflib dataset or one document at a time (default auto)")
    build.add_argument("--exports", default="auto", metavar="LIST",
                       help="serialisations besides graph.nq: all, none, or some of ttl,nt,trig,jsonld "
                            "(default auto: all for an in-memory build, none for a streamed one)")
    build.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="run the per-document work locally or on a Dask cluster (needs diplograph[dask])")
    build.add_argument("--scheduler", metavar="ADDRESS",
                       help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local cluster)")
    build.set_defaults(func=cmd_build)

    validate = sub.add_parser(
        "validate", help="check a built graph against the SHACL shapes",
        description="Validate the graph a build wrote (graph.nq) against ontology/shapes.ttl with pySHACL; "
                    "print one block per violation and exit 1 if there is any.",
        epilog="Example: diplograph validate out/examples",
    )
    validate.add_argument("folder", type=Path, help="the --out folder of a build")
    validate.set_defaults(func=cmd_validate)

    extract = sub.add_parser(
        "extract", help="print the mentions of one file",
        description="Print the mentions found in one file, one a line: offsets, class, text, entity, rule.",
        epilog="Example: diplograph extract examples/news/2015-cyber-dialogue.txt",
    )
    extract.add_argument("file", help="a .txt, .md or .html file")
    extract.add_argument("--model", help="an installed spaCy pipeline whose NER adds candidates (optional)")
    extract.set_defaults(func=cmd_extract)

    view = sub.add_parser(
        "view", help="write the interactive graph viewer, or a static picture, of a build",
        description="Write OUT/graph.html (one offline file: vis-network inlined, no network request) "
                    "for the build in OUT, or with --png/--svg a static picture. Filters choose a sub-graph; "
                    "the metrics shown are those of the whole graph.",
        epilog="Example: diplograph view out/examples --ego ASEAN --depth 2 --png asean.png",
    )
    view.add_argument("out", type=Path, help="the output folder of 'diplograph build'")
    view.add_argument("--class", dest="cls", action="append", metavar="CLASS",
                      help="keep only entities of this class (repeatable): Country, Organisation, Mechanism, ...")
    view.add_argument("--min-degree", type=int, default=0, metavar="N", help="keep only entities with N links or more")
    view.add_argument("--ego", metavar="ENTITY", help="keep only the neighbourhood of this entity (key, name or alias)")
    view.add_argument("--depth", type=int, default=1, metavar="K", help="neighbourhood radius for --ego (default 1)")
    view.add_argument("--html", type=Path, metavar="FILE", help="where to write the viewer (default OUT/graph.html)")
    view.add_argument("--png", type=Path, metavar="FILE", help="write a PNG picture instead of the viewer")
    view.add_argument("--svg", type=Path, metavar="FILE", help="write an SVG picture instead of the viewer")
    view.set_defaults(func=cmd_view)

    from diplograph.cli_store import add_commands
    add_commands(sub)
    return top


def _one_line_warning(message, category, filename, lineno, file=None, line=None) -> None:
    print(f"warning: {message}", file=file or sys.stderr)


def main(argv: list[str] | None = None) -> int:
    import warnings

    warnings.showwarning = _one_line_warning       # a limit warning is one line naming the file, no source line
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except UserError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    # `python -m diplograph.cli`: run the package's module, so that cli_store raises the same
    # UserError class that main() catches (not a copy defined in __main__)
    from diplograph.cli import main as package_main
    sys.exit(package_main())
