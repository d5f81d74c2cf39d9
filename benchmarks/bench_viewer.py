"""Viewer benchmark: 500, 5,000 and 20,000 nodes of a synthetic corpus with community structure.

For each size: time to build the projection and its metrics, time to write graph.html
(layout included), file size, and in headless Chromium (Debian's /usr/bin/chromium) the
time from navigation until the network is drawn and stable, then the time a search takes
to select and focus a node and a class filter to redraw. Not part of the test suite.

    .venv/bin/python benchmarks/bench_viewer.py            # writes benchmarks/results-viewer.json
"""
from __future__ import annotations

import json
import platform
import sys
import tempfile
import time
from pathlib import Path

from diplograph.graph.analytics import compute_metrics, project, synthetic_records
from diplograph.graph.viewer import write_html

SIZES = (500, 5_000, 20_000)
ARGS = ["--headless", "--no-sandbox", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-gpu"]
TARGET_SECONDS_20K = 15.0


def measure(n: int, folder: Path, browser) -> dict:
    entities, mentions = synthetic_records(n)
    t = time.perf_counter()
    graph = project(entities, mentions)
    compute_metrics(graph)
    analytics_s = time.perf_counter() - t
    path = folder / f"graph-{n}.html"
    t = time.perf_counter()
    write_html(graph, path, title=f"synthetic {n}", max_nodes=None)   # the whole graph: this measures big pages
    write_s = time.perf_counter() - t
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    requests = []
    page.route("**/*", lambda r: r.continue_() if r.request.url == path.as_uri()
               else (requests.append(r.request.url), r.abort()))
    t = time.perf_counter()
    page.goto(path.as_uri(), timeout=600_000)
    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=600_000)
    ready_s = time.perf_counter() - t
    drawn = page.evaluate("[dgNetwork.body.nodeIndices.length, dgNetwork.body.edgeIndices.length]")
    t = time.perf_counter()
    key = page.evaluate("dgFocus('Entity 7')")
    page.wait_for_selector(f"body[data-focused='{key}']", state="attached", timeout=60_000)
    search_s = time.perf_counter() - t
    t = time.perf_counter()
    page.uncheck("#dg-legend input[data-cls='Country']")
    page.evaluate("new Promise(r => { dgNetwork.once('afterDrawing', r); dgNetwork.redraw(); })")
    filter_s = time.perf_counter() - t
    page.screenshot(path=str(folder / f"graph-{n}.png"))
    context.close()
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "drawn": drawn,
            "analytics_s": round(analytics_s, 2), "write_html_s": round(write_s, 2),
            "html_bytes": path.stat().st_size, "browser_ready_s": round(ready_s, 2),
            "search_focus_s": round(search_s, 2), "class_filter_s": round(filter_s, 2),
            "requests_outside_file": len(requests)}


def main() -> int:
    from playwright.sync_api import sync_playwright

    results = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for n in SIZES:
            row = measure(n, Path(tmp), browser)
            results.append(row)
            print(json.dumps(row), file=sys.stderr)
        browser.close()
    largest = results[-1]
    report = {"python": platform.python_version(), "machine": platform.machine(),
              "target": f"{SIZES[-1]} nodes drawn and interactive within {TARGET_SECONDS_20K} s",
              "target_met": largest["browser_ready_s"] + largest["search_focus_s"] <= TARGET_SECONDS_20K,
              "ratios": {"ready_20k_over_500": round(largest["browser_ready_s"] / results[0]["browser_ready_s"], 1),
                         "write_20k_over_500": round(largest["write_html_s"] / max(results[0]["write_html_s"], 1e-3), 1)},
              "results": results}
    out = Path(__file__).with_name("results-viewer.json")
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
