"""Bad files: a generated corpus of broken inputs beside good ones. Each bad file gets one line
naming it and the reason; the good ones are built; the exit code and the summary count the failures."""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from diplograph.extract.reader import ReadError, Source, read_document
from generated import RDF_FILES, quads_of, rdflib_parse

GOOD = "China and ASEAN signed the Treaty on X (TOX) in Hanoi on 4 May 2016 after talks with Japan.\n"
SCRIPT_PAGE = (
    "<html><head><title>Talks end</title><script>alert('head')</script></head><body>"
    "<nav><a href='/'>Home</a></nav><article><h1>Talks end</h1>"
    "<p>China and ASEAN signed the Treaty on X (TOX) in Hanoi after long talks between the two sides.</p>"
    "<script>document.write('<b>Pwned</b>')</script><style>p{color:red}</style>"
    "<p onclick=\"alert('attr')\">Japan &lt;script&gt;alert('text')&lt;/script&gt; joined the ASEAN Regional "
    "Forum meeting in Manila, officials said on Friday.</p><iframe src=\"javascript:alert('frame')\"></iframe>"
    "<img src=x onerror=\"alert('img')\"></article></body></html>")
LATIN = "Communiqué: la France et la Côte d'Ivoire ont signé à Genève l'accord sur la sécurité maritime."
JAPANESE = "日本と中国は東京で会談し、ASEANとの協力について話し合った。両国は海洋安全保障の対話を続けることで合意した。"


DROP_DAC = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]


def unprivileged_prefix(probe: Path) -> tuple[list[str] | None, str | None]:
    """How to run the build so that a chmod 000 file is really unreadable: nothing to add for an
    ordinary user; as root (CI), drop the capabilities that let root read anything (setpriv from
    util-linux). Returns (prefix, None) or (None, why it cannot be done here)."""
    if os.geteuid() != 0:
        return [], None
    if not shutil.which("setpriv"):
        return None, "running as root and setpriv (util-linux) is absent, so a chmod 000 file stays readable"
    probe.write_text("secret")
    probe.chmod(0)
    done = subprocess.run([*DROP_DAC, sys.executable, "-c", f"open({str(probe)!r}).read()"],
                          capture_output=True, text=True)
    probe.unlink()
    if "PermissionError" not in done.stderr:
        return None, f"running as root and dropping CAP_DAC_OVERRIDE did not deny the read: {done.stderr.strip()[-200:]}"
    return DROP_DAC, None


def make_corpus(root: Path, *, unreadable: bool) -> dict[str, str | None]:
    """Write the corpus; returns file name -> expected reason (None: read, with a note if any)."""
    corpus = root / "corpus"
    corpus.mkdir()
    expected: dict[str, str | None] = {}

    def put(name: str, data: bytes, reason: str | None) -> Path:
        path = corpus / name
        path.write_bytes(data)
        expected[name] = reason
        return path

    put("good.txt", GOOD.encode(), None)
    put("script-laden.html", SCRIPT_PAGE.encode(), None)
    put("latin-1.txt", LATIN.encode("latin-1"), None)
    put("cp1252.txt", ("\u201cQuoted\u201d \u2013 " + LATIN).encode("cp1252"), None)
    put("shift-jis.txt", (JAPANESE * 3).encode("shift_jis"), None)
    put("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(random.Random(1).randrange(256) for _ in range(4000)),
        "binary content")
    put("control-bytes.md", bytes(random.Random(2).randrange(1, 32) for _ in range(3000)), "binary content|undecodable bytes")
    put("undecodable.txt", bytes(range(1, 256)) * 40, "undecodable bytes|binary content")
    put("empty.txt", b"", "empty file")
    put("blank.md", b"   \n\n\t \n", "empty file")
    put("deep.html", ("<html><body>" + "<div>" * 10_000 + f"<p>{GOOD}</p>" + "</div>" * 10_000 + "</body></html>").encode(),
        "no main text found in the HTML page: elements nested 10003 levels deep, above the HTML parser's limit of 255")
    put("only-scripts.html", b"<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>",
        "no main text found in the HTML page")
    # 50 MiB of real sentences: above the default limit of 20 MB
    line = GOOD.encode()
    with (corpus / "huge.txt").open("wb") as f:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    expected["huge.txt"] = "too large: 50.0 MB, above the limit of 20.0 MB (raise it with --max-doc-mb)"
    os.symlink(corpus / "gone.txt", corpus / "broken-link.txt")
    expected["broken-link.txt"] = "broken symbolic link"
    if unreadable:
        path = put("unreadable.txt", GOOD.encode(), "permission denied: cannot open the file for reading")
        path.chmod(0)
    return expected


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    prefix, skip_permission = unprivileged_prefix(root / "probe.txt")
    expected = make_corpus(root, unreadable=prefix is not None)
    out = root / "out"
    command = [*(prefix or []), sys.executable, "-m", "diplograph.cli", "build", str(root / "corpus"),
               "--out", str(out), "--quiet", "--exports", "all"]
    done = subprocess.run(command, capture_output=True, text=True)
    yield {"root": root, "out": out, "expected": expected, "done": done, "skip_permission": skip_permission}
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755)


def test_each_bad_file_gets_one_line_naming_it_and_the_reason(bad_build):
    stderr = bad_build["done"].stderr
    corpus = bad_build["root"] / "corpus"
    failing = {name: reason for name, reason in bad_build["expected"].items() if reason}
    error_lines = [line for line in stderr.splitlines() if line.startswith("error: ")]
    assert len(error_lines) == len(failing), stderr
    for name, reason in failing.items():
        lines = [line for line in error_lines if line.startswith(f"error: {corpus / name}: ")]
        assert len(lines) == 1, (name, stderr)
        assert reason in lines[0] or re.search(reason, lines[0]), (name, lines[0])
    assert "Traceback" not in stderr
    print(f"\n{len(failing)} bad files, each reported once:\n" + "\n".join(error_lines))


def test_permission_denied_is_reported(bad_build):
    if "unreadable.txt" not in bad_build["expected"]:
        pytest.skip(bad_build["skip_permission"])
    assert f"{bad_build['root'] / 'corpus' / 'unreadable.txt'}: permission denied" in bad_build["done"].stderr


def test_exit_code_and_summary_count_the_failures(bad_build):
    done, expected = bad_build["done"], bad_build["expected"]
    failing = [reason for reason in expected.values() if reason]
    assert done.returncode == 1
    summary = [line for line in done.stderr.splitlines() if "file(s) failed" in line]
    assert summary == [summary[0]] and summary[0].startswith(f"{len(failing)} file(s) failed: "), done.stderr
    counts = {reason: int(n) for n, reason in re.findall(r"(\d+) ([^;]+)", summary[0].split(": ", 1)[1])}
    assert sum(counts.values()) == len(failing)
    assert counts["empty file"] == 2 and counts["too large"] == 1 and counts["broken symbolic link"] == 1


def test_the_rest_of_the_batch_is_built(bad_build):
    out, expected = bad_build["out"], bad_build["expected"]
    documents = [json.loads(line) for line in (out / "documents.jsonl").read_text().splitlines()]
    read = sorted(Path(d["path"]).name for d in documents)
    assert read == sorted(name for name, reason in expected.items() if reason is None)
    for name in RDF_FILES:
        assert quads_of(out / name) and rdflib_parse(out / name) > 0
    assert "graph conforms" in bad_build["done"].stderr or "violation" not in bad_build["done"].stderr


def test_the_assumed_encoding_is_named(bad_build):
    stderr = bad_build["done"].stderr
    corpus = bad_build["root"] / "corpus"
    documents = {Path(d["path"]).name: d for d in
                 map(json.loads, (bad_build["out"] / "documents.jsonl").read_text().splitlines())}
    for name in ("latin-1.txt", "cp1252.txt", "shift-jis.txt"):
        encoding = documents[name]["encoding"]
        assert encoding not in ("utf-8", "ascii")
        assert f"note: {corpus / name}: read as {encoding}" in stderr
    assert documents["shift-jis.txt"]["encoding"] in ("shift_jis", "cp932")
    assert documents["good.txt"]["encoding"] == "utf-8" and f"{corpus / 'good.txt'}: read as" not in stderr


def test_script_laden_html_runs_nothing(bad_build):
    out = bad_build["out"]
    documents = {Path(d["path"]).name: d for d in
                 map(json.loads, (out / "documents.jsonl").read_text().splitlines())}
    assert documents["script-laden.html"]["title"] == "Talks end"
    mentions = (out / "mentions.jsonl").read_text()
    for payload in ("alert('head')", "document.write", "Pwned", "color:red", "onclick", "javascript:", "onerror"):
        assert payload not in mentions
    # the page's *text* mentions a script tag (escaped in the page): it is text, and stays text in the viewer
    html = (out / "graph.html").read_text()
    assert "<script>alert(" not in html and "alert('text')</script>" not in html


def test_just_under_the_limit_is_built(tmp_path):
    """A document just under --max-doc-mb is read and built; one just over is refused.
    (The limit is scaled down to 0.25 MB so the test stays quick; docs/limits.md has the 20 MB figures.)"""
    rng = random.Random(3)
    words = "the delegates discussed the harbour and the weather at length before lunch".split()
    text, limit = [], int(0.25 * 1024 * 1024)
    size = 0
    while True:
        piece = " ".join(rng.choice(words) for _ in range(15)).capitalize() + "."
        piece += " China met ASEAN in Hanoi.\n" if rng.random() < 0.05 else "\n"
        if size + len(piece) > limit - 1:
            break
        text.append(piece)
        size += len(piece)
    under = tmp_path / "under.txt"
    under.write_text("".join(text), encoding="utf-8")
    over = tmp_path / "over.txt"
    over.write_text("".join(text) + "x" * (limit - size + 100), encoding="utf-8")
    assert under.stat().st_size < limit < over.stat().st_size
    done = subprocess.run([sys.executable, "-m", "diplograph.cli", "build", str(under), str(over), "--out",
                           str(tmp_path / "out"), "--quiet", "--max-doc-mb", "0.25"], capture_output=True, text=True)
    assert done.returncode == 1
    assert f"{over}: too large: 0.3 MB, above the limit of 0.2 MB" in done.stderr
    documents = (tmp_path / "out" / "documents.jsonl").read_text().splitlines()
    assert [Path(json.loads(d)["path"]).name for d in documents] == ["under.txt"]
    assert sum(1 for line in (tmp_path / "out" / "mentions.jsonl").open()) > 100


@pytest.mark.parametrize("name, data, reason", [
    ("a.txt", b"\xff\xfe\x00\x00" * 10, "binary content"),
    ("a.html", b"<html>" + b"<b>" * 300 + b"</html>", "no main text found"),
])
def test_reader_reasons(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError, match=reason):
        read_document(Source(path, name))
