"""The notebooks run, top to bottom, in a real Jupyter kernel; and they are stored without outputs.

Each notebook is read from ``notebooks/``, executed by nbclient in a fresh ``python3``
kernel (the ipykernel of this interpreter) with ``notebooks/`` as its working directory,
as Jupyter runs it; the executed copy, with its outputs, is written under the test's
temporary folder and the committed file is never modified. A cell error fails the test
with the cell's traceback. The notebooks write their builds to ``notebooks/out/``
(ignored by git).
"""
from __future__ import annotations

import ast
import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from shared_data import REPO, SHARED

NOTEBOOKS = REPO / "notebooks"
EXPECTED = ["01_build_graph.ipynb", "02_sparql.ipynb", "03_analyse_and_view.ipynb", "04_triplestore.ipynb"]
CELL_TIMEOUT = 600


def committed_notebooks() -> list[Path]:
    return sorted(NOTEBOOKS.glob("*.ipynb"))


def test_the_four_notebooks_are_there():
    assert [p.name for p in committed_notebooks()] == EXPECTED


def execute(name: str, tmp_path: Path) -> nbformat.NotebookNode:
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = NotebookClient(notebook, timeout=CELL_TIMEOUT, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    try:
        client.execute()
    except CellExecutionError as error:
        pytest.fail(f"{name}: a cell failed\n{error}", pytrace=False)
    finally:
        nbformat.write(notebook, tmp_path / name)     # the executed copy, for a look after a failure
    return notebook


def text_of(notebook: nbformat.NotebookNode) -> str:
    """Everything the notebook printed or displayed as text (stdout, results, HTML)."""
    parts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            data = output.get("data", {})
            parts.append(data.get("text/plain", ""))
            parts.append(data.get("text/html", ""))
    return "\n".join(parts)


def image_outputs(notebook: nbformat.NotebookNode) -> list[str]:
    return [o["data"]["image/png"] for c in notebook.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]


def test_01_build_graph(tmp_path):
    notebook = execute("01_build_graph.ipynb", tmp_path)
    text = text_of(notebook)
    assert "6 documents" in text and "conforms" in text
    assert "CHN" in text                                   # the entities table
    if (SHARED / "eval" / "score.py").is_file():
        assert "mentions Country" in text and "resolution" in text
    else:
        assert "skipped the score" in text


def test_02_sparql(tmp_path):
    text = text_of(execute("02_sparql.ipynb", tmp_path))
    assert "entities-of-class" in text                     # the saved queries
    assert "Six-Party Talks" in text                       # the evidence for China hosted ...
    assert "China hosted all six rounds" in text


def test_03_analyse_and_view(tmp_path):
    notebook = execute("03_analyse_and_view.ipynb", tmp_path)
    text = text_of(notebook)
    out = NOTEBOOKS / "out" / "network"
    assert (out / "countries.html").stat().st_size > 10_000
    assert "<iframe" in text and "countries.html" in text
    assert (out / "asean.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert image_outputs(notebook), "the picture is not shown inline"
    assert "pagerank" in text and "community" in text


def _processes_with(fragment: str) -> list[str]:
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if fragment in command:
            found.append(f"{proc.name}: {command}")
    return found


@pytest.mark.server
def test_04_triplestore_and_the_server_is_stopped(tmp_path):
    location = str((NOTEBOOKS / "out" / "triplestore" / "oxigraph").resolve())
    text = text_of(execute("04_triplestore.ipynb", tmp_path))
    assert "every graph as expected: True" in text
    assert "ontology#Country" in text                     # the answer over HTTP
    assert "stopped" in text
    if Path("/proc/self/cmdline").exists():
        assert not _processes_with(f"--location {location}"), "the notebook left its Oxigraph server running"


@pytest.mark.parametrize("path", committed_notebooks(), ids=lambda p: p.name)
def test_notebook_is_stored_without_outputs(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    for number, cell in enumerate(data["cells"]):
        if cell["cell_type"] != "code":
            continue
        assert cell.get("outputs") == [], f"{path.name} cell {number} has outputs: clear them before committing"
        assert cell.get("execution_count") is None, f"{path.name} cell {number} has an execution count"


@pytest.mark.parametrize("path", committed_notebooks(), ids=lambda p: p.name)
def test_notebook_imports_diplograph_and_display_libraries_only(path):
    allowed = {"diplograph", "pandas", "IPython", "requests", "pathlib"}
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                names = []
            for name in names:
                assert name.split(".")[0] in allowed, f"{path.name} imports {name}"
            assert not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)), \
                f"{path.name} defines {node.name} of its own: put it in the library"
