"""Generated test inputs and output checks shared by the robustness tests (nothing copied from a corpus)."""
from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pyoxigraph as ox

ACTORS = ["China", "ASEAN", "Japan", "Viet Nam", "the Philippines", "Indonesia", "India", "the ROK",
          "the United Nations", "the ASEAN Regional Forum", "Malaysia", "Thailand", "Australia"]
THINGS = ["the Treaty on Maritime Safety (TOMS)", "the Treaty on X (TOX)", "the Joint Working Group on Cyber Security",
          "the Second Coastal Rescue Exercise", "the Defence Ministers' Meeting", "the Mekong Water Dialogue"]
PLACES = ["Hanoi", "Jakarta", "Manila", "Bangkok", "Singapore", "Kuala Lumpur"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def sentence(rng: random.Random) -> str:
    a, b = rng.sample(ACTORS, 2)
    return rng.choice([
        f"{a} and {b} signed {rng.choice(THINGS)} in {rng.choice(PLACES)} on {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1995, 2020)}.",
        f"{a} hosted {rng.choice(THINGS)}, attended by {b}.",
        f"Officials of {a} met {b} at {rng.choice(THINGS)} to discuss cooperation.",
        f"{a} joined {rng.choice(THINGS)} after talks with {b} in {rng.choice(PLACES)}.",
        f"{a} did not sign {rng.choice(THINGS)} with {b}.",
    ])


def write_generated_docs(folder: Path, count: int, *, seed: int = 8, sentences: int = 40) -> list[Path]:
    """``count`` plain-text news items made of template sentences about real names."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        title = f"Generated item {i}: {rng.choice(ACTORS)} and {rng.choice(ACTORS)}"
        body = "\n\n".join(" ".join(sentence(rng) for _ in range(4)) for _ in range(sentences // 4))
        path = folder / f"generated-{i:03d}.txt"
        path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


RDF_FILES = {"graph.ttl": ox.RdfFormat.TURTLE, "graph.nt": ox.RdfFormat.N_TRIPLES, "graph.nq": ox.RdfFormat.N_QUADS,
             "graph.trig": ox.RdfFormat.TRIG, "graph.jsonld": getattr(ox.RdfFormat, "JSON_LD", None)}
RDFLIB_FORMATS = {"graph.ttl": "turtle", "graph.nt": "nt", "graph.nq": "nquads", "graph.trig": "trig",
                  "graph.jsonld": "json-ld"}


def quads_of(path: Path) -> frozenset:
    """The statements of an RDF output, parsed by pyoxigraph (rdflib for JSON-LD on pyoxigraph < 0.5)."""
    fmt = RDF_FILES[path.name]
    if fmt is None:
        import rdflib
        graph = rdflib.Dataset()
        graph.parse(path, format="json-ld")
        return frozenset(graph.serialize(format="nquads").splitlines())
    return frozenset(str(q) for q in ox.parse(path=str(path), format=fmt))


def rdflib_parse(path: Path) -> int:
    """Parse an RDF output with rdflib; returns the number of statements."""
    import rdflib
    dataset = rdflib.Dataset()
    dataset.parse(path, format=RDFLIB_FORMATS[path.name])
    return sum(len(g) for g in dataset.graphs())


def store_quads(store_dir: Path) -> frozenset:
    store = ox.Store.read_only(str(store_dir))
    try:
        return frozenset(str(q) for q in store)
    finally:
        del store


def fingerprint(out: Path) -> dict[str, object]:
    """What an output folder holds, comparable across builds: hashes of the deterministic files,
    statement sets of the RDF files whose order varies, quads of the store. Dot entries are
    the commit machinery's and are left out. Every file is parsed on the way."""
    found: dict[str, object] = {}
    for path in sorted(out.iterdir()):
        if path.name.startswith(".") or path.name == "cache":
            continue        # the commit machinery's, and the extraction cache: not outputs
        if path.is_dir():
            assert path.name == "store", f"unexpected folder {path}"
            found[path.name] = store_quads(path)
        elif path.name in ("graph.trig", "graph.jsonld", "graph.ttl"):
            found[path.name] = quads_of(path)
        else:
            data = path.read_bytes()
            if path.suffix == ".jsonl":
                for line in data.decode("utf-8").splitlines():
                    json.loads(line)
            elif path.name in RDF_FILES:
                quads_of(path)
            found[path.name] = hashlib.sha256(data).hexdigest()
    return found
