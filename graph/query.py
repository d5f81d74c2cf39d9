"""SPARQL over the embedded store: saved queries, parameters bound as RDF terms, result formats.

    >>> from diplograph.graph.query import run_query
    >>> result = run_query("out/examples", name="entities-of-class",
    ...                    params={"class": "dg:Country"})          # doctest: +SKIP
    >>> print(result.to_text("table"))                              # doctest: +SKIP

Parameters never touch the query text: each ``key=value`` becomes an RDF term
(:func:`parse_term`) substituted for the projected variable ``?key`` by the engine
(pyoxigraph ``substitutions=``, SPARQL SEP-0007), so a value like ``"} ; DROP ALL ; #``
is only ever a string literal.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Mapping

import pyoxigraph as ox

from diplograph.graph.store import open_store
from diplograph.ontology.namespace import DEFAULT_BASE

FORMATS = ("table", "csv", "tsv", "json", "turtle", "ntriples")
_RESULT_FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                   "json": ox.QueryResultsFormat.JSON}
_GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES}
_PREFIX = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^<>\s]*)>", re.IGNORECASE)
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?\d*\.\d+")
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^<([^<>"{}|^`\\\s]+)>)?', re.S)
_PNAME = re.compile(r"([A-Za-z][\w.-]*)?:([\w.-]*)")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_CELL_WIDTH = 70


class QueryError(Exception):
    """A query that cannot run: unknown name, bad parameter, syntax error (with its position)."""


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    text: str


def saved_queries() -> dict[str, SavedQuery]:
    """The library of saved queries in ``graph/queries/*.rq``, by name."""
    found = {}
    for entry in sorted(resources.files("diplograph.graph").joinpath("queries").iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        description = first.split(":", 1)[1].strip() if first.startswith("# description:") else ""
        found[entry.name[:-3]] = SavedQuery(entry.name[:-3], description, text)
    return found


def saved_query(name: str) -> SavedQuery:
    queries = saved_queries()
    if name not in queries:
        close = [n for n in queries if name.lower() in n or n in name.lower()]
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        raise QueryError(f"no saved query named {name!r}{hint}; `diplograph query --list` shows them")
    return queries[name]


def prefixes_of(query: str) -> dict[str, str]:
    return {(m.group(1) or ""): m.group(2) for m in _PREFIX.finditer(query)}


def parse_term(value: str, prefixes: Mapping[str, str] | None = None) -> ox.NamedNode | ox.Literal:
    """One parameter value as an RDF term.

    ``<iri>`` and ``prefix:local`` (a prefix the query declares) are IRIs; integers,
    decimals and ``true``/``false`` are typed literals; ``"text"``, ``"text"@en`` and
    ``"text"^^<datatype>`` are literals as written; anything else is a plain string.
    """
    prefixes = prefixes or {}
    if value.startswith("<") and value.endswith(">"):
        try:
            return ox.NamedNode(value[1:-1])
        except ValueError as error:
            raise QueryError(f"parameter value {value!r} is not a valid IRI: {error}") from None
    if _INTEGER.fullmatch(value):
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + "integer"))
    if _DECIMAL.fullmatch(value):
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + "decimal"))
    if value in ("true", "false"):
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + "boolean"))
    quoted = _QUOTED.fullmatch(value)
    if quoted:
        text = re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "r": "\r"}.get(m.group(1), m.group(1)),
                      quoted.group(1))
        if quoted.group(2):
            return ox.Literal(text, language=quoted.group(2))
        if quoted.group(3):
            return ox.Literal(text, datatype=ox.NamedNode(quoted.group(3)))
        return ox.Literal(text)
    pname = _PNAME.fullmatch(value)
    if pname and (pname.group(1) or "") in prefixes:
        return ox.NamedNode(prefixes[pname.group(1) or ""] + pname.group(2))
    return ox.Literal(value)


@dataclass
class QueryResult:
    """Rows of a SELECT, the answer of an ASK, or the triples of a CONSTRUCT/DESCRIBE."""

    kind: str                               # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)     # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    prefixes: dict[str, str] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.triples) if self.kind == "graph" else len(self.rows)

    def records(self) -> list[dict[str, str | None]]:
        """Rows as dicts of plain strings (IRIs and literal values)."""
        return [{v: (t.value if t is not None else None) for v, t in zip(self.variables, row)} for row in self.rows]

    def to_text(self, fmt: str = "table") -> str:
        if fmt not in FORMATS:
            raise QueryError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
        if self.kind == "graph":
            graph_format = _GRAPH_FORMATS.get(fmt, ox.RdfFormat.TURTLE)
            data = ox.serialize(self.triples, format=graph_format,
                                **({"prefixes": self.prefixes} if graph_format == ox.RdfFormat.TURTLE else {}))
            return (data or b"").decode("utf-8")
        if fmt in _RESULT_FORMATS:
            return self._serialize(_RESULT_FORMATS[fmt])
        if fmt in _GRAPH_FORMATS:
            raise QueryError(f"--format {fmt} is for CONSTRUCT and DESCRIBE queries")
        if self.kind == "ask":
            return ("true" if self.boolean else "false") + "\n"
        return self._table()

    def _serialize(self, fmt: ox.QueryResultsFormat) -> str:
        if self.kind == "ask":
            solutions = ox.parse_query_results(
                '{"head":{},"boolean":' + ("true" if self.boolean else "false") + "}",
                format=ox.QueryResultsFormat.JSON)
            if fmt != ox.QueryResultsFormat.JSON:
                return ("true" if self.boolean else "false") + "\n"
            return solutions.serialize(format=fmt).decode("utf-8")
        return _serialize_rows(self.variables, self.rows, fmt)

    def _cell(self, term) -> str:
        if term is None:
            return ""
        if isinstance(term, ox.NamedNode):
            table_prefixes = {"entity": DEFAULT_BASE + "entity/", "document": DEFAULT_BASE + "document/",
                              "graph": DEFAULT_BASE + "graph/", **self.prefixes}
            for prefix, namespace in table_prefixes.items():
                if namespace and term.value.startswith(namespace) and len(term.value) > len(namespace):
                    return f"{prefix}:{term.value[len(namespace):]}"
            return term.value
        text = " ".join(term.value.split())
        return text if len(text) <= _CELL_WIDTH else text[:_CELL_WIDTH - 1] + "…"

    def _table(self) -> str:
        header = list(self.variables)
        cells = [[self._cell(t) for t in row] for row in self.rows]
        widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
        line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()
        out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in cells]
        out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
        return "\n".join(out) + "\n"


def _serialize_rows(variables: list[str], rows: list[tuple], fmt: ox.QueryResultsFormat) -> str:
    """Write materialised rows through pyoxigraph's own SPARQL results writers."""
    import json

    bindings = []
    for row in rows:
        binding = {}
        for name, term in zip(variables, row):
            if term is None:
                continue
            if isinstance(term, ox.NamedNode):
                binding[name] = {"type": "uri", "value": term.value}
            elif isinstance(term, ox.BlankNode):
                binding[name] = {"type": "bnode", "value": term.value}
            else:
                entry = {"type": "literal", "value": term.value}
                if term.language:
                    entry["xml:lang"] = term.language
                elif term.datatype.value != _XSD + "string":
                    entry["datatype"] = term.datatype.value
                binding[name] = entry
        bindings.append(binding)
    document = json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False)
    if fmt == ox.QueryResultsFormat.JSON:
        return document + "\n"
    parsed = ox.parse_query_results(document, format=ox.QueryResultsFormat.JSON)
    return parsed.serialize(format=fmt).decode("utf-8")


def resolve_query(query: str | None = None, *, file: str | Path | None = None, name: str | None = None) -> str:
    """The query text from exactly one of: inline text, a .rq file, a saved query name."""
    given = [x for x in (query, file, name) if x is not None]
    if len(given) != 1:
        raise QueryError("give exactly one of: a query, --file FILE, --name NAME")
    if file is not None:
        try:
            return Path(file).read_text(encoding="utf-8")
        except OSError as error:
            raise QueryError(f"cannot read the query file {file}: {error.strerror}") from None
    if name is not None:
        return saved_query(name).text
    return query


def execute(store: ox.Store, text: str, params: Mapping[str, str] | None = None) -> QueryResult:
    """Run ``text`` on ``store`` (default graph = union of all graphs) with ``params`` bound as terms."""
    prefixes = prefixes_of(text)
    substitutions = {}
    for key, value in (params or {}).items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise QueryError(f"parameter name {key!r} is not a SPARQL variable name")
        substitutions[ox.Variable(key)] = parse_term(value, prefixes) if isinstance(value, str) else value
    try:
        answer = store.query(text, use_default_graph_as_union=True, substitutions=substitutions or None)
    except SyntaxError as error:
        raise QueryError(f"SPARQL syntax {_with_position(str(error), text)}") from None
    except RuntimeError as error:
        message = str(error)
        missing = re.search(r"variable \?(\w+) in its SELECT projection", message)
        if missing:
            raise QueryError(f"this query has no parameter {missing.group(1)!r}: a parameter must be a variable "
                             f"the query SELECTs (it selects {_projection(text)})") from None
        raise QueryError(f"query failed: {message}") from None
    except OSError as error:
        raise QueryError(f"query failed: {error}") from None
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer), prefixes=prefixes)
    if isinstance(answer, ox.QueryTriples):
        return QueryResult("graph", triples=list(answer), prefixes=prefixes)
    variables = [v.value for v in answer.variables]
    rows = [tuple(solution[v] for v in variables) for solution in answer]
    return QueryResult("select", variables=variables, rows=rows, prefixes=prefixes)


def run_query(out: str | Path | ox.Store, query: str | None = None, *, file: str | Path | None = None,
              name: str | None = None, params: Mapping[str, str] | None = None) -> QueryResult:
    """Run a SPARQL query on the embedded store of the build folder ``out`` (or an open Store).

    Give the query inline, as a ``file``, or by the ``name`` of a saved query. ``params``
    maps projected variable names to values parsed by :func:`parse_term`. Read-only.
    """
    text = resolve_query(query, file=file, name=name)
    store = out if isinstance(out, ox.Store) else open_store(out)
    return execute(store, text, params)


def _projection(text: str) -> str:
    head = re.search(r"SELECT\s+(.*?)\s*(?:FROM|WHERE|\{)", text, re.S | re.I)
    if not head:
        return "nothing"
    clause = re.sub(r"\((?:[^()]|\([^()]*\))*?\s+AS\s+\?(\w+)\s*\)", r"?\1", head.group(1), flags=re.I | re.S)
    names = list(dict.fromkeys(re.findall(r"\?(\w+)", clause)))
    return ", ".join(names) or "nothing"


def _with_position(message: str, text: str) -> str:
    """Add the offending line and a caret to pyoxigraph's 'error at L:C: ...' message."""
    found = re.search(r"at (\d+):(\d+)", message)
    if not found:
        return message
    line_no, column = int(found.group(1)), int(found.group(2))
    lines = text.splitlines()
    if not 1 <= line_no <= len(lines):
        return message
    line = lines[line_no - 1]
    caret = " " * max(column - 1, 0) + "^"
    message = message.replace(found.group(0), f"at line {line_no}, column {column}", 1)
    return f"{message}\n  {line}\n  {caret}"
