"""Property tests: arbitrary text through the whole pipeline (a real build on a temporary folder).

Whatever the text (control characters, U+FFFD, very long tokens, right-to-left scripts, emoji,
quotes, angle brackets, backslashes, mixed with real names), the build raises nothing, every
RDF output parses in rdflib and in pyoxigraph, and the graph conforms to the SHACL shapes.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplograph.ontology.iri import Minter
from diplograph.pipeline import build
from generated import RDF_FILES, quads_of, rdflib_parse

BUILD_EXAMPLES = 40
NAMES = ["China", "ASEAN", "Japan", "Viet Nam", "the Treaty on X (TOX)", "TOX", "the ASEAN Regional Forum",
         "the Second Coastal Rescue Exercise", "Hanoi", "the United Nations (UN)", "UN", "Lao PDR"]
HOSTILE = ['"', "'", '"""', "'''", "\\", "\\\\\"", "<", ">", "</script><script>alert(1)</script>", "&amp;", "]]>",
           '" } ; DROP ALL ; #', "'; DROP TABLE t; --", "$(rm -rf ~)", "`id`", "${HOME}", "\\u0022", "\\n",
           "<https://evil.example/x>", "_:b0", "@prefix x: <y> .", '" .\n<a> <b> "c', "{{x}}", "%2E%2E/", "\ufffd",
           "\u202e", "\u200f", "\ufeff", "\u0000", "\u0007", "\u001b[31m", "\x7f", "\u2028", "\u2029", "\r"]
SCRIPTS = ["الصين ورابطة آسيان", "שלום עולם", "中国与东盟", "Россия и Китай", "🇨🇳🤝🇻🇳", "👩🏽‍💻", "e\u0301", "ﬁ"]

fragments = st.one_of(
    st.sampled_from(NAMES),
    st.sampled_from(NAMES),
    st.sampled_from(HOSTILE),
    st.sampled_from(SCRIPTS),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),      # no lone surrogates: not writable as UTF-8
    st.text(st.characters(max_codepoint=0x1F), max_size=3),                 # control characters
    st.builds(lambda c, n: c * n, st.sampled_from("Aa9\\<\"é中🙂"), st.integers(500, 6000)),   # very long tokens
)
texts = st.lists(fragments, min_size=1, max_size=25).map(lambda parts: " ".join(parts))


def check_build(texts: list[str], suffixes: list[str]) -> tuple[int, list[str]]:
    """Build the texts as files; returns the number of documents read and the reasons of the refused."""
    with tempfile.TemporaryDirectory(prefix="dg-prop-") as tmp:
        corpus = Path(tmp) / "in"
        corpus.mkdir()
        for i, (text, suffix) in enumerate(zip(texts, suffixes)):
            (corpus / f"doc{i}{suffix}").write_text(text, encoding="utf-8", errors="strict")
        out = Path(tmp) / "out"
        result = build([corpus], out)            # raises nothing: problems are data
        assert result.validation is not None and result.validation.conforms, result.validation.text()
        for name in RDF_FILES:
            path = out / name
            assert len(quads_of(path)) == rdflib_parse(path) or name in ("graph.ttl", "graph.nt"), name
        nquads = (out / "graph.nq").read_bytes()
        store = ox.Store()
        store.load(nquads, format=ox.RdfFormat.N_QUADS)
        assert len(store) == len(quads_of(out / "graph.nq"))
        for mention in result.mentions:         # offsets index the cleaned text
            document = next(d for d in result.documents if d.id == mention.doc_id)
            assert document.text[mention.start:mention.end] == mention.text
        return len(result.documents), [p.reason.split(":")[0] for p in result.problems]


def test_any_text_builds_to_valid_conforming_rdf():
    outcomes: list[tuple[int, list[str]]] = []

    @settings(max_examples=BUILD_EXAMPLES, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.lists(st.tuples(texts, st.sampled_from([".txt", ".md", ".html"])), min_size=1, max_size=3))
    def run(docs):
        outcomes.append(check_build([t for t, _ in docs], [s for _, s in docs]))

    run()
    read = sum(n for n, _ in outcomes)
    refused = [reason for _, reasons in outcomes for reason in reasons]
    print(f"\n{len(outcomes)} generated inputs built ({read + len(refused)} files): {read} documents read, "
          f"{len(refused)} refused ({', '.join(f'{refused.count(r)} {r}' for r in sorted(set(refused)))})")
    assert len(outcomes) >= BUILD_EXAMPLES
    assert read >= (read + len(refused)) // 3      # many files are text, not refused as binary or empty


def test_hostile_text_round_trips_through_the_graph_unchanged():
    """A fixed text with every hostile fragment: the sentence literals of the graph hold it exactly."""
    text = "China and ASEAN signed the Treaty on X (TOX) in Hanoi. " + " ".join(
        h for h in HOSTILE if h not in ("\u0000", "\u0007", "\u001b[31m", "\x7f", "\r")) + " Japan joined ASEAN.\n"
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "a.txt").write_text(text, encoding="utf-8")
        result = build([Path(tmp) / "a.txt"], Path(tmp) / "out")
        assert result.validation.conforms and not result.problems
        literals = {q.object.value for q in ox.parse(path=str(Path(tmp) / "out" / "graph.nq"),
                                                      format=ox.RdfFormat.N_QUADS) if isinstance(q.object, ox.Literal)}
        sentences = {m.sentence for m in result.mentions}
        assert sentences and sentences <= literals | {s.strip() for s in literals}, sentences - literals


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=30), min_size=1, max_size=20, unique=True))
def test_iris_from_any_strings_are_valid_and_distinct(keys):
    mint = Minter("https://example.org/kg/")
    iris = [str(mint.entity(k)) for k in keys]       # lone surrogates included: st.text draws them
    assert len(set(iris)) == len(keys)
    for iri in iris:
        ox.NamedNode(iri)                            # raises on an invalid IRI
        assert not set(iri) & set(' <>"{}|\\^`\n')
