"""Generate ``namespace.py`` (the closed ``DG`` namespace) from ``diplograph.ttl``.

    python -m diplograph.ontology.generate          # rewrite namespace.py
    python -m diplograph.ontology.generate --check  # exit 1 if it is out of date

The Turtle file is the source of truth; a test checks that the committed
Python file is what this script writes.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

ONTOLOGY_DIR = Path(__file__).parent
ONTOLOGY_FILE = ONTOLOGY_DIR / "diplograph.ttl"
NAMESPACE_FILE = ONTOLOGY_DIR / "namespace.py"
NS = "https://w3id.org/diplograph/ontology#"
DEFAULT_BASE = "https://w3id.org/diplograph/id/"
KINDS = ((OWL.Class, "Classes"), (OWL.ObjectProperty, "Object properties"),
         (OWL.DatatypeProperty, "Datatype properties"), (OWL.AnnotationProperty, "Annotation properties"))

HEADER = '''"""Python names for the diplograph vocabulary (closed: a typo is an error, not a new IRI).

GENERATED from diplograph.ttl by ``python -m diplograph.ontology.generate``; do not edit.
"""
from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class DG(DefinedNamespace):
    """The diplograph ontology, {count} terms."""

    _NS = Namespace("{ns}")
    _fail = True
'''

FOOTER = '''

DEFAULT_BASE = "{base}"
"""Base IRI of minted resources (entities, documents, mentions) unless ``--base`` says otherwise."""
'''


def terms(graph: Graph) -> list[tuple[str, str, str]]:
    """(kind heading, local name, label) of every term of the ontology, in file-independent order."""
    out = []
    for kind, heading in KINDS:
        for subject in sorted(set(graph.subjects(RDF.type, kind))):
            if isinstance(subject, URIRef) and str(subject).startswith(NS):
                label = graph.value(subject, RDFS.label)
                out.append((heading, str(subject)[len(NS):], str(label or "")))
    return out


def render(graph: Graph) -> str:
    found = terms(graph)
    lines = [HEADER.format(count=len(found), ns=NS)]
    current = None
    for heading, name, label in found:
        if heading != current:
            lines.append(f"\n    # {heading}\n")
            current = heading
        lines.append(f"    {name}: URIRef  # {label}\n")
    lines.append(FOOTER.format(base=DEFAULT_BASE))
    return "".join(lines)


def generate(ontology: Path = ONTOLOGY_FILE) -> str:
    return render(Graph().parse(ontology, format="turtle"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m diplograph.ontology.generate",
        description="Write namespace.py from diplograph.ttl.",
        epilog="Example: python -m diplograph.ontology.generate --check",
    )
    parser.add_argument("--check", action="store_true", help="only check that namespace.py is up to date")
    args = parser.parse_args(argv)
    text = generate()
    if args.check:
        if NAMESPACE_FILE.read_text(encoding="utf-8") != text:
            print(f"{NAMESPACE_FILE} is out of date: run python -m diplograph.ontology.generate", file=sys.stderr)
            return 1
        return 0
    NAMESPACE_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {NAMESPACE_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
