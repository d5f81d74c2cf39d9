"""The ``query``, ``load`` and ``export`` commands: thin over diplograph.graph.query and .load."""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path


def _user_error(error: Exception) -> Exception:
    from diplograph.cli import UserError

    return UserError(str(error))


def _params(pairs: list[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise _user_error(ValueError(f"--param expects key=value, got {pair!r}"))
        params[key] = value
    return params


def cmd_query(args: argparse.Namespace) -> int:
    from diplograph.graph.query import QueryError, saved_queries, run_query
    from diplograph.graph.store import StoreError

    if args.list:
        queries = saved_queries()
        width = max(len(n) for n in queries)
        for query in queries.values():
            print(f"{query.name:<{width}}  {query.description}")
        return 0
    if args.out is None:
        raise _user_error(ValueError("give the build folder: diplograph query OUT QUERY (or --list)"))
    try:
        result = run_query(args.out, args.query, file=args.file, name=args.name, params=_params(args.param))
        fmt = args.format or ("turtle" if result.kind == "graph" else "table")
        sys.stdout.write(result.to_text(fmt))
    except (QueryError, StoreError) as error:
        raise _user_error(error) from None
    return 0


def _password(args: argparse.Namespace) -> str | None:
    from diplograph.graph.load import PASSWORD_ENV

    if args.user is None:
        return None
    if os.environ.get(PASSWORD_ENV) is not None:
        return os.environ[PASSWORD_ENV]
    if args.dry_run:
        return None
    if not sys.stdin.isatty():
        raise _user_error(ValueError(f"--user {args.user} needs a password: set {PASSWORD_ENV} "
                                     "(no terminal to prompt on)"))
    return getpass.getpass(f"password for {args.user}: ")


def cmd_load(args: argparse.Namespace) -> int:
    from diplograph.graph.load import LoadError, load
    from diplograph.graph.store import StoreError

    def progress(graph: str, sent: int, total: int) -> None:
        if not args.quiet:
            print(f"  {sent:>9}/{total:<9} {graph}", file=sys.stderr)

    try:
        report = load(args.out, args.endpoint, graph_store=args.graph_store, user=args.user,
                      password=_password(args), auth=args.auth, batch_size=args.batch_size,
                      retries=args.retries, dry_run=args.dry_run, progress=progress)
    except (LoadError, StoreError) as error:
        raise _user_error(error) from None
    if args.dry_run:
        print(report.plan.describe())
        return 0
    print(f"loaded {report.loaded} triples in {len(report.plan.graphs)} graphs in {report.seconds:.2f} s "
          f"({report.triples_per_second:,.0f} triples/s, {report.requests} requests, {report.retries} retries)")
    for check in report.differences:
        print(f"count differs: {check.graph}: expected {check.expected}, the server has {check.found}",
              file=sys.stderr)
    if not report.ok:
        print(f"error: {len(report.differences)} graph(s) do not have the expected number of triples",
              file=sys.stderr)
        return 1
    if report.checks:
        print(f"verified: every graph has the expected number of triples ({len(report.checks)} graphs)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from diplograph.graph.load import LoadError, export
    from diplograph.graph.store import StoreError

    try:
        shards = export(args.out, fmt=args.format, dest=args.dest, shard_triples=args.shard_triples)
    except (LoadError, StoreError) as error:
        raise _user_error(error) from None
    for shard in shards:
        print(shard)
    return 0


def add_commands(sub) -> None:
    query = sub.add_parser(
        "query", help="run a SPARQL query on a build's embedded store",
        description="Run a SPARQL query on the embedded Oxigraph store of a build (no server needed). "
                    "The default graph is the union of all graphs. Parameters are bound as RDF terms: "
                    "<iri>, prefix:local (a prefix the query declares), numbers, true/false, \"text\"@lang, "
                    "anything else a plain string.",
        epilog="Examples:\n  diplograph query --list\n"
               "  diplograph query out/examples --name entities-of-class --param class=dg:Country\n"
               "  diplograph query out/examples 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    query.add_argument("out", nargs="?", type=Path, help="the build folder (the --out of diplograph build)")
    query.add_argument("query", nargs="?", help="the SPARQL query text")
    query.add_argument("--file", type=Path, help="read the query from this .rq file")
    query.add_argument("--name", help="run this saved query (see --list)")
    query.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                       help="bind ?KEY to VALUE as an RDF term (repeatable)")
    query.add_argument("--format", choices=("table", "csv", "tsv", "json", "turtle", "ntriples"),
                       help="table (default for SELECT/ASK), csv, tsv, json (SPARQL 1.1 results JSON); "
                            "turtle (default) or ntriples for CONSTRUCT/DESCRIBE")
    query.add_argument("--list", action="store_true", help="list the saved queries with their descriptions")
    query.set_defaults(func=cmd_query)

    load = sub.add_parser(
        "load", help="load a build's graph into a SPARQL 1.1 triplestore",
        description="Push every named graph of a build into a triplestore with the SPARQL 1.1 Graph Store "
                    "HTTP Protocol (PUT per graph, so loading again replaces), then check the triples of every "
                    "graph with COUNT queries. The password comes from the DIPLOGRAPH_PASSWORD environment "
                    "variable or a prompt, never from the command line.",
        epilog="Examples:\n  diplograph load out/examples --endpoint http://127.0.0.1:7878/query --dry-run\n"
               "  DIPLOGRAPH_PASSWORD=... diplograph load out/examples --endpoint http://127.0.0.1:8890/sparql "
               "--user dba",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    load.add_argument("out", type=Path, help="the build folder")
    load.add_argument("--endpoint", required=True, help="the SPARQL query endpoint (used for the checks)")
    load.add_argument("--graph-store", help="the Graph Store endpoint, where the store separates it "
                                            "(default: guessed from --endpoint for Oxigraph, Virtuoso, Fuseki, GraphDB)")
    load.add_argument("--user", help="user name; the password is read from DIPLOGRAPH_PASSWORD or prompted")
    load.add_argument("--auth", choices=("auto", "basic", "digest"), default="auto",
                      help="HTTP authentication (default auto: digest when the server asks for it)")
    load.add_argument("--batch-size", type=int, default=50_000, help="triples per request (default 50000)")
    load.add_argument("--retries", type=int, default=4, help="retries of a transient failure (default 4)")
    load.add_argument("--dry-run", action="store_true", help="print the plan, send nothing")
    load.add_argument("--quiet", action="store_true", help="no progress lines")
    load.set_defaults(func=cmd_load)

    export = sub.add_parser(
        "export", help="write the graph as N-Quads or TriG shards for bulk loaders",
        description="Write the named graphs of a build as shards (whole graphs per shard) for a triplestore's "
                    "own bulk loader, with a manifest.json.",
        epilog="Example: diplograph export out/examples --format nq --dest out/examples/export",
    )
    export.add_argument("out", type=Path, help="the build folder")
    export.add_argument("--format", choices=("nq", "trig"), default="nq", help="nq (default) or trig")
    export.add_argument("--dest", type=Path, help="folder of the shards (default OUT/export)")
    export.add_argument("--shard-triples", type=int, default=1_000_000,
                        help="about this many quads per shard (default 1000000)")
    export.set_defaults(func=cmd_export)
