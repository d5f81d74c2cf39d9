"""Every command the README shows runs, in the order shown, and succeeds.

What is run:

* each line of a ```sh block (``\\`` continues a line), with ``bash -c``: ``.venv/bin/`` becomes
  the folder of this interpreter, which is also first on PATH (so ``python3`` is this Python);
  ``JUPYTER_DATA_DIR`` points into the temporary folder, so registering the kernel touches no
  real Jupyter set-up;
* each ```python block, with this interpreter;
* each ```sparql block, with ``run_query`` on the README's build of the examples, which must
  answer at least one row.

Where: a temporary folder laid out like a checkout, ``TMP/repo`` holding links to the
repository's files (never its ``out/`` or ``.venv/``), so every output lands under ``TMP``;
``TMP/shared`` links to ``../shared`` beside the repository when that exists, and the
commands that use ``../shared`` are skipped with the reason when it does not.

Not run:

* ``make demo`` and ``make test``: ``make test`` is what runs this file (CI runs it in a
  fresh clone), and ``make demo`` is ``make install`` (already done, or this file could not
  import diplograph) plus ``diplograph build examples --out out/examples``, the first command
  of the Build section, which is run;
* ```console blocks: servers the README shows for Virtuoso, Fuseki and GraphDB, and the
  command that starts Oxigraph. For the latter the test starts a real Oxigraph server on a
  free port (``diplograph.graph.server.OxigraphServer``) and the ``127.0.0.1:7878`` of the
  README's sh commands is replaced by its address.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from shared_data import REPO, SHARED

README = REPO / "README.md"
BIN = Path(sys.executable).parent
NOT_RUN = {"make demo": "runs `make install` and the README's first build command, both covered",
           "make test": "`make test` is what runs this test"}
OXIGRAPH_ADDRESS = "127.0.0.1:7878"
KEEP_OUT = {".git", ".venv", "out", "notebooks"}
TIMEOUT = 600

_FENCE = re.compile(r"^```([\w-]*)[ \t]*\n(.*?)^```[ \t]*$", re.S | re.M)


def blocks(text: str) -> list[tuple[str, str]]:
    """(language, body) of every fenced block, in document order."""
    return [(m.group(1), m.group(2)) for m in _FENCE.finditer(text)]


def sh_commands(body: str) -> list[str]:
    commands, pending = [], ""
    for line in body.splitlines():
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        line = (pending + line).strip()
        pending = ""
        if line and not line.startswith("#"):
            commands.append(line)
    return commands


def steps() -> list[tuple[str, str]]:
    found = []
    for language, body in blocks(README.read_text(encoding="utf-8")):
        if language == "sh":
            found += [("sh", command) for command in sh_commands(body)]
        elif language in ("python", "sparql"):
            found.append((language, body))
    return found


STEPS = steps()


def step_id(step: tuple[str, str]) -> str:
    kind, text = step
    first = " ".join(text.split())
    return f"{kind}: {first[:70]}"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("readme")
    repo = root / "repo"
    repo.mkdir()
    for entry in REPO.iterdir():
        if entry.name not in KEEP_OUT:
            (repo / entry.name).symlink_to(entry)
    if SHARED.is_dir():
        (root / "shared").symlink_to(SHARED.resolve())
    return repo


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    from diplograph.graph.server import OxigraphServer

    server = OxigraphServer(tmp_path_factory.mktemp("readme-oxigraph") / "db")
    yield server
    server.stop()


def test_the_readme_shows_the_two_set_up_commands_and_runs_the_rest():
    commands = [text for kind, text in STEPS if kind == "sh"]
    assert [c.split("#")[0].strip() for c in commands[:2]] == ["make demo", "make test"]
    run = [c for c in commands if c.split("#")[0].strip() not in NOT_RUN]
    for needed in (" build ", " query ", " view ", " load ", " export ", " validate ", "score.py"):
        assert any(needed in c for c in run), f"no README command with {needed.strip()!r}"
    assert any(OXIGRAPH_ADDRESS in c for c in run), "the Oxigraph load command is gone"


def test_the_configuration_section_names_every_build_option():
    section = README.read_text(encoding="utf-8").split("## Configuration", 1)[1].split("\n## ", 1)[0]
    shown = subprocess.run([str(BIN / "diplograph"), "build", "--help"], capture_output=True, text=True, check=True)
    options = sorted(set(re.findall(r"(?<![\w-])--[a-z][\w-]*", shown.stdout)) - {"--help"})
    assert "--out" in options and "--base" in options
    missing = [o for o in options if f"`{o}" not in section]
    assert not missing, f"README Configuration does not document {missing}"


@pytest.mark.parametrize("step", STEPS, ids=[step_id(s) for s in STEPS])
def test_readme_step(step, workspace, request):
    kind, text = step
    if kind == "sh" and text.split("#")[0].strip() in NOT_RUN:
        pytest.skip(NOT_RUN[text.split("#")[0].strip()])
    if "../shared" in text and not SHARED.is_dir():
        pytest.skip(f"the development set is not at {SHARED} (../shared beside the repository)")
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    env.pop("DIPLOGRAPH_PASSWORD", None)
    env["JUPYTER_DATA_DIR"] = str(workspace.parent / "jupyter")   # `ipykernel install --user` lands here
    if kind == "sparql":
        from diplograph.graph.query import run_query

        result = run_query(workspace / "out" / "examples", text)
        assert len(result) > 0, "the README's SPARQL query answers nothing on the examples"
        return
    if kind == "python":
        command = [sys.executable, "-c", text]
    else:
        line = text.replace(".venv/bin/", f"{BIN}/")
        if OXIGRAPH_ADDRESS in line:
            server = request.getfixturevalue("oxigraph")
            line = line.replace(OXIGRAPH_ADDRESS, f"127.0.0.1:{server.port}")
        command = ["bash", "-c", line]
    done = subprocess.run(command, cwd=workspace, env=env, capture_output=True, text=True, timeout=TIMEOUT,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, (f"README command failed with exit {done.returncode}:\n{text}\n"
                                  f"--- stdout\n{done.stdout[-3000:]}\n--- stderr\n{done.stderr[-3000:]}")
