"""The viewer page as a file: self-contained, escaped; the CLI and the pictures."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from diplograph.cli import main
from diplograph.graph.analytics import compute_metrics, project
from diplograph.graph.viewer import embed_json, render_html, vis_assets
from diplograph.model import Entity, Mention


def test_embed_json_escapes_what_could_end_the_script_block():
    value = {"s": "</script><!-- & \u2028\u2029 <img src=x>"}
    text = embed_json(value)
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert json.loads(text) == value


def _graph():
    evil = "</script><script>alert(1)</script>"
    entities = [Entity("A", "Alpha", "Country", documents=["d.txt"]), Entity("B", "Beta", "Organisation")]
    mentions = [Mention("d.txt", "d", 0, 1, "Alpha", "Country", k, f"Alpha and Beta {evil}", 0, "t") for k in "AB"]
    graph = project(entities, mentions)
    compute_metrics(graph)
    return graph


def test_page_is_self_contained_and_keeps_document_text_in_the_json_block():
    html = render_html(_graph(), documents={"d.txt": "A <b>title</b>"})
    outside_vis = html.replace(vis_assets()[0], "")
    assert outside_vis.count("<script") == 3          # the data block, vis-network, the viewer
    assert not re.search(r"<(link|iframe|img|object)\b", html, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html, re.I)
    assert "Content-Security-Policy" in html and "connect-src 'none'" in html
    assert "alert(1)" not in html.replace("\\u003cscript\\u003ealert(1)", "")
    block = re.search(r'<script type="application/json" id="dg-data">(.*?)</script>', html, re.S).group(1)
    data = json.loads(block)
    assert data["meta"]["nodes"] == 2 and data["meta"]["edges"] == 1
    assert data["docs"] == {"d.txt": "A <b>title</b>"}
    assert all("title" not in node for node in data["nodes"])     # never the vis HTML popup


def test_empty_graph_renders():
    assert "dg-data" in render_html(nx.Graph())


@pytest.fixture
def built(examples_build):
    return examples_build


def test_build_writes_metrics_and_viewer(built):
    assert (built / "graph.html").stat().st_size > 400_000      # vis-network is inside
    header = (built / "metrics.csv").read_text().splitlines()[0]
    assert header == "key,label,class,degree,weighted_degree,betweenness,pagerank,community"
    assert "dg:pageRank" in (built / "graph.ttl").read_text()


def test_view_writes_pictures_and_filtered_pages_only_where_asked(built, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["view", str(built), "--ego", "ASEAN", "--depth", "1", "--png", "ego.png"]) == 0
    assert (tmp_path / "ego.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert main(["view", str(built), "--svg", "all.svg"]) == 0
    assert ET.parse(tmp_path / "all.svg").getroot().tag.endswith("svg")
    assert main(["view", str(built), "--class", "Country", "--min-degree", "2", "--html", "countries.html"]) == 0
    data = json.loads(re.search(r'id="dg-data">(.*?)</script>', (tmp_path / "countries.html").read_text(), re.S).group(1))
    assert data["nodes"] and {n["cls"] for n in data["nodes"]} == {"Country"}
    assert min(n["degree"] for n in data["nodes"]) >= 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.svg", "countries.html", "ego.png"]   # no lib/


def test_view_reports_unknown_entities_and_missing_builds(built, tmp_path, capsys):
    assert main(["view", str(built), "--ego", "Atlantis"]) == 2
    assert "no entity" in capsys.readouterr().err
    assert main(["view", str(tmp_path)]) == 2
    assert "diplograph build" in capsys.readouterr().err


def test_view_has_help_with_an_example(capsys):
    with pytest.raises(SystemExit):
        main(["view", "--help"])
    assert "Example: diplograph view" in capsys.readouterr().out


def test_page_data_written_in_pieces_is_the_embedded_json():
    from diplograph.graph.viewer import embedded_json_parts, viewer_data

    data = viewer_data(_graph(), documents={"d.txt": "A <b>title</b> \u2028"})
    assert "".join(embedded_json_parts(data)) == embed_json(data)
    assert json.loads("".join(embedded_json_parts({"nodes": [], "edges": [{"a": "</script>"}], "x": 1}))) == \
        {"nodes": [], "edges": [{"a": "</script>"}], "x": 1}
