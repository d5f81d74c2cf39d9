"""The viewer in a real headless Chromium: offline, drawn, searchable, clickable, and safe."""
from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import pytest

from diplograph.graph.analytics import compute_metrics, project
from diplograph.graph.viewer import write_html
from diplograph.model import Entity, Mention, Relation

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "tests" / "artifacts"      # screenshots land here (ignored by git)

PAYLOAD_DOC = (
    "<b>Briefing</b><img src=x onerror=alert(2)>\n\n"
    "France and Germany signed the accord <script>alert(1)</script> in Paris on Monday.\n\n"
    "Germany <img src=x onerror=\"window.dgPwned=1\"> and France agreed <img src=x onerror=alert(1)> again.\n"
)


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _cooccurring_pairs(mentions: list[dict]) -> set[frozenset]:
    sentences = defaultdict(set)
    for m in mentions:
        sentences[(m["doc_id"], m["sentence_start"])].add(m["entity"])
    return {frozenset(pair) for keys in sentences.values() for pair in combinations(sorted(keys), 2)}


def _expected_pairs(out) -> set[frozenset]:
    """Edges the viewer must draw: same-sentence pairs, stated relations, event participation,
    and co-participation in one event or mechanism; worked out here from the JSONL outputs."""
    classes = {e["key"]: e["class"] for e in _rows(out / "entities.jsonl")}
    pairs = _cooccurring_pairs(_rows(out / "mentions.jsonl"))
    members = defaultdict(set)
    relations = _rows(out / "relations.jsonl") if (out / "relations.jsonl").exists() else []
    events = _rows(out / "events.jsonl") if (out / "events.jsonl").exists() else []
    for r in relations:
        s, o = r["subject"], r["object"]
        if s in classes and o in classes and s != o:
            pairs.add(frozenset((s, o)))
            for gathering, other in ((o, s), (s, o)):
                if classes[gathering] in ("Event", "Mechanism"):
                    members[gathering].add(other)
    for e in events:
        for p in e["participants"]:
            k = p.get("entity")
            if k in classes and e["key"] in classes and k != e["key"]:
                members[e["key"]].add(k)
                pairs.add(frozenset((e["key"], k)))
    for keys in members.values():
        pairs |= {frozenset(pair) for pair in combinations(sorted(keys), 2)}
    return pairs


def _click_node(page, key: str) -> None:
    box = page.locator("#dg-network").bounding_box()
    point = page.evaluate("""key => {
        const id = dgData.nodes.find(n => n.key === key).id;
        return dgNetwork.canvasToDOM(dgNetwork.getPosition(id));
    }""", key)
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def test_examples_graph_is_drawn_offline_with_every_node_and_edge(examples_build, offline_page):
    entities = _rows(examples_build / "entities.jsonl")
    pairs = _expected_pairs(examples_build)
    viewer = offline_page(examples_build / "graph.html")
    page = viewer.open()
    drawn = page.evaluate("[dgNodes.length, dgEdges.length, dgNetwork.body.nodeIndices.length,"
                          " dgNetwork.body.edgeIndices.length]")
    assert drawn == [len(entities), len(pairs), len(entities), len(pairs)]
    drawn_pairs = page.evaluate("dgEdges.get().map(e => [dgData.nodes[e.from].key, dgData.nodes[e.to].key])")
    assert {frozenset(p) for p in drawn_pairs} == pairs
    assert viewer.requests == []
    assert viewer.errors == []
    # physics stopped after stabilisation: nothing moves any more
    before = page.evaluate("JSON.stringify(dgNetwork.getPositions())")
    page.wait_for_timeout(300)
    assert page.evaluate("JSON.stringify(dgNetwork.getPositions())") == before
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "viewer-examples.png"))
    assert (ARTIFACTS / "viewer-examples.png").stat().st_size > 10_000


def test_search_selects_and_focuses_the_entity(examples_build, offline_page):
    entities = _rows(examples_build / "entities.jsonl")
    target = next(e for e in entities if "ASEAN" in e["aliases"] or e["label"] == "ASEAN")
    page = offline_page(examples_build / "graph.html").open()
    page.fill("#dg-search", "asean")
    page.press("#dg-search", "Enter")
    page.wait_for_selector(f"body[data-focused='{target['key']}']", state="attached", timeout=5000)
    selected = page.evaluate("dgNetwork.getSelectedNodes().map(id => dgData.nodes[id].key)")
    assert selected == [target["key"]]
    distance = page.evaluate("""key => {
        const id = dgData.nodes.find(n => n.key === key).id;
        const p = dgNetwork.getPosition(id), v = dgNetwork.getViewPosition();
        return Math.hypot(p.x - v.x, p.y - v.y);
    }""", target["key"])
    assert distance < 1.0
    assert page.locator("#dg-panel h2").text_content() == target["label"]
    page.fill("#dg-search", "no such entity at all")
    page.press("#dg-search", "Enter")
    assert page.locator("#dg-search-status").text_content() == "not found"


def test_clicking_a_node_shows_its_evidence(examples_build, offline_page):
    mentions = _rows(examples_build / "mentions.jsonl")
    metrics = _rows_csv(examples_build / "metrics.csv")
    top = metrics[0]["key"]          # highest PageRank: the biggest node, easy to hit
    page = offline_page(examples_build / "graph.html").open()
    _click_node(page, top)
    page.wait_for_selector(f"#dg-panel[data-node='{top}']", timeout=5000)
    shown = page.locator("#dg-panel .dg-sentence").all_text_contents()
    sentences = {m["sentence"] for m in mentions if m["entity"] == top}
    assert shown and set(shown) <= sentences
    assert page.locator("#dg-panel h2").text_content() == metrics[0]["label"]


def test_filters_hide_classes_and_low_degree_nodes(examples_build, offline_page):
    entities = _rows(examples_build / "entities.jsonl")
    metrics = _rows_csv(examples_build / "metrics.csv")
    countries = sum(e["class"] == "Country" for e in entities)
    page = offline_page(examples_build / "graph.html").open()
    page.uncheck("#dg-legend input[data-cls='Country']")
    assert page.evaluate("dgNetwork.body.nodeIndices.length") == len(entities) - countries
    page.check("#dg-legend input[data-cls='Country']")
    page.fill("#dg-min-degree", "5")
    page.dispatch_event("#dg-min-degree", "change")
    assert page.evaluate("dgNetwork.body.nodeIndices.length") == sum(int(m["degree"]) >= 5 for m in metrics)
    shown = page.evaluate("dgNetwork.body.edgeIndices.length")
    page.uncheck("#dg-relations input[data-type='co-occurrence']")
    assert 0 < page.evaluate("dgNetwork.body.edgeIndices.length") < shown     # relations stay drawn
    for box in page.locator("#dg-relations input").all():
        box.uncheck()
    assert page.evaluate("dgNetwork.body.edgeIndices.length") == 0


def _rows_csv(path: Path) -> list[dict]:
    import csv
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_markup_in_documents_shows_as_text_and_never_runs(tmp_path, offline_page, bypass_csp):
    from diplograph.pipeline import build

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "payload.txt").write_text(PAYLOAD_DOC, encoding="utf-8")
    out = tmp_path / "out"
    result = build([tmp_path / "in"], out)
    assert {e.key for e in result.entities} >= {"FRA", "DEU"}
    viewer = offline_page(out / "graph.html", bypass_csp=bypass_csp)
    page = viewer.open()
    _click_node(page, "FRA")
    page.wait_for_selector("#dg-panel[data-node='FRA']", timeout=5000)
    panel = page.locator("#dg-panel").text_content()
    assert "<script>alert(1)</script>" in panel
    assert '<img src=x onerror="window.dgPwned=1">' in panel
    assert "<b>Briefing</b><img src=x onerror=alert(2)>" in panel     # the document title
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.dgPwned") == "undefined"
    assert page.locator("#dg-panel img, #dg-panel script, #dg-panel b").count() == 0
    assert viewer.dialogs == []
    assert viewer.requests == []      # an <img src=x> that became an element would have asked for x


def test_markup_in_labels_and_relation_names_shows_as_text(tmp_path, offline_page):
    evil = "<img src=x onerror=alert(3)>"
    entities = [Entity("A", evil, "Organisation", aliases=["<script>alert(4)</script>"]),
                Entity("B", "Beta", "Country")]
    relations = [Relation("d.txt", "d", "A", "<i>memberOf</i>", "B", f"{evil} joined Beta.", 0, 10, "test")]
    graph = project(entities, [], relations)
    compute_metrics(graph)
    path = write_html(graph, tmp_path / "graph.html", title="<script>alert(5)</script>")
    viewer = offline_page(path, bypass_csp=True)
    page = viewer.open()
    assert page.title().startswith("<script>alert(5)</script>")
    assert page.locator("#dg-relations").text_content().startswith("<i>memberOf</i>")
    page.evaluate("dgShowNode(0)")
    assert page.locator("#dg-panel h2").text_content() == evil
    assert "<script>alert(4)</script>" in page.locator("#dg-panel").text_content()
    assert page.locator("#dg-panel img, #dg-relations i").count() == 0
    assert viewer.dialogs == [] and viewer.requests == []
    assert page.evaluate("dgEdges.get(0).label") == "<i>memberOf</i>"
