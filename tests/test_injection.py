"""Injection: hostile strings in document text stay data in Turtle, N-Triples, N-Quads, TriG,
JSON-LD, SPARQL and HTML, and nothing in the package hands text to a shell."""
from __future__ import annotations

import ast
import json
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDFS

from diplograph.graph.export import EXPORTS, serialize
from diplograph.graph.query import run_query
from diplograph.pipeline import build
from shared_data import REPO

HOSTILE = [
    '"', '"""', "'''", '\\', '\\"', '\\u0022', '\\n', 'a"b\'c', '"; DROP ALL; #', '" } ; INSERT DATA { <a> <b> <c> } #',
    '" .\n<https://evil.example/s> <https://evil.example/p> "x" .\n', '@prefix evil: <https://evil.example/> .',
    "</script><script>alert(1)</script>", "<img src=x onerror=alert(1)>", "]]>", "{\"@id\": \"evil\"}", "@context",
    "$(rm -rf ~)", "`id`", "${IFS}", "%00", "\u0000", "\u0001\u001f", "\u007f", "\u2028\u2029", "\r\n", "\ufffd",
    "\u202eevil", "🇨🇳🤝", "الصين", "x" * 10000,
]
ORACLE = {"rdflib": {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld"},
          "pyoxigraph": {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                         "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                         "jsonld": getattr(ox.RdfFormat, "JSON_LD", None)}}


def hostile_dataset() -> Dataset:
    dataset = Dataset()
    graph = dataset.graph(URIRef("https://example.org/kg/document/d1"))
    for i, text in enumerate(HOSTILE):
        subject = URIRef(f"https://example.org/kg/entity/e{i}")
        graph.add((subject, RDFS.label, Literal(text)))
        graph.add((subject, RDFS.comment, Literal(text, lang="en")))
    return dataset


@pytest.mark.parametrize("kind", list(EXPORTS))
def test_hostile_literals_round_trip_through_every_export(kind):
    text = serialize(hostile_dataset(), kind)
    assert "https://evil.example/s" not in {str(s) for s in rdflib.Graph().parse(data=text, format="turtle")
                                              .subjects()} if kind in ("turtle", "ntriples") else True
    # rdflib reads back exactly the strings
    parsed = Dataset()
    parsed.parse(data=text, format=ORACLE["rdflib"][kind])
    labels = {str(o) for _, p, o, _ in parsed.quads((None, RDFS.label, None, None))}
    assert labels == set(HOSTILE)
    assert len({s for s, _, _, _ in parsed.quads((None, None, None, None))}) == len(HOSTILE)
    # and so does pyoxigraph
    fmt = ORACLE["pyoxigraph"][kind]
    if fmt is None:
        pytest.skip("this pyoxigraph has no JSON-LD parser")
    quads = list(ox.parse(text.encode("utf-8"), format=fmt))
    assert {q.object.value for q in quads if q.predicate.value == str(RDFS.label)} == set(HOSTILE)
    assert {q.subject.value for q in quads} == {f"https://example.org/kg/entity/e{i}" for i in range(len(HOSTILE))}


def test_hostile_document_text_stays_text_in_sparql_and_html():
    body = " ".join(h for h in HOSTILE if h not in ("\u0000", "\u0001\u001f", "\u007f", "x" * 10000))
    text = f"China and ASEAN signed the Treaty on X (TOX) in Hanoi. {body} Japan joined the ASEAN Regional Forum.\n"
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "hostile.txt"
        source.write_text(text, encoding="utf-8")
        out = Path(tmp) / "out"
        result = build([source], out)
        assert not result.problems and result.validation.conforms
        store = ox.Store()
        store.load((out / "graph.nq").read_bytes(), format=ox.RdfFormat.N_QUADS)
        before = len(store)
        # the stored sentences are literals equal to the text; querying by one as a parameter is a term
        sentence = max((m.sentence for m in result.mentions), key=lambda s: sum(s.count(c) for c in '"<>\\{}'))
        assert '"' in sentence and "<" in sentence, sentence
        rows = run_query(store, "SELECT ?s ?text WHERE { ?s ?p ?text }", params={"text": sentence}).rows
        assert rows, "the hostile sentence is a literal of the graph"
        assert len(store) == before
        assert not list(store.quads_for_pattern(ox.NamedNode("https://evil.example/s"), None, None))
        page = (out / "graph.html").read_text(encoding="utf-8")
        assert "<script>alert(1)" not in page and "<img src=x onerror" not in page


# Modules that start a program of ours with a fixed argument list (never a shell, never document text):
# the development-set scorer, the local Oxigraph server for notebooks, `sort -u` over shard files, and
# the build's helper (this Python with a fixed -c line; the page's data and the validation sample go over a
# pipe, as pickles).
PROCESS_MODULES = {"evaluate.py", "server.py", "stream.py", "helper_process.py"}


def test_no_shell_anywhere_in_the_package():
    """Document text cannot reach a shell: no shell anywhere; processes only in the listed modules."""
    offenders = []
    for folder in ("diplograph", "extract", "graph", "ontology"):
        for path in (REPO / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
                    if any(n.split(".")[0] in ("subprocess", "pty", "commands") for n in names) \
                            and path.name not in PROCESS_MODULES:
                        offenders.append(f"{path.name}:{node.lineno} imports a process module")
                if isinstance(node, ast.Attribute) and node.attr in ("system", "popen", "execv", "execvp", "spawnl"):
                    offenders.append(f"{path.name}:{node.lineno} calls os.{node.attr}")
                if isinstance(node, ast.keyword) and node.arg == "shell":
                    offenders.append(f"{path.name}:{node.lineno} passes shell=")
    assert offenders == []


def test_jsonld_context_cannot_be_overridden_by_text():
    text = serialize(hostile_dataset(), "jsonld")
    data = json.loads(text)
    assert isinstance(data["@context"], dict) and "evil" not in json.dumps(data["@context"])
