import json
import re
import subprocess
import sys

import pytest

from diplograph.cli import main, parser

COMMANDS = sorted(parser()._subparsers._group_actions[0].choices)


def run(*args):
    return subprocess.run([sys.executable, "-m", "diplograph.cli", *args], capture_output=True, text=True)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert re.search(rf"Examples?:.*diplograph {command}\b", capsys.readouterr().out, re.S)


def test_build_writes_outputs_and_reports_bad_files(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Japan and the ROK hosted the Second Coastal Rescue Exercise.\n", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(b"\x00\xff\x00\x10" * 100)
    (corpus / "empty.md").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", str(corpus), str(tmp_path / "missing.html"), "--out", str(out), "--quiet")
    assert result.returncode == 1
    assert f"{corpus / 'binary.txt'}: binary content" in result.stderr
    assert f"{corpus / 'empty.md'}: empty file" in result.stderr
    assert "missing.html: no such file or folder" in result.stderr
    assert "3 file(s) failed" in result.stderr
    assert "Traceback" not in result.stderr
    mentions = [json.loads(line) for line in (out / "mentions.jsonl").read_text().splitlines()]
    assert {m["text"] for m in mentions} >= {"Japan", "ROK", "Second Coastal Rescue Exercise"}
    for name in ("entities.jsonl", "documents.jsonl", "graph.ttl", "graph.nq"):
        assert (out / name).stat().st_size > 0


def test_clean_build_exits_zero(tmp_path):
    (tmp_path / "a.txt").write_text("Viet Nam joined ASEAN in 1995.\n", encoding="utf-8")
    result = run("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0, result.stderr


def test_extract_prints_mentions(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The Lao PDR signed the Treaty on River Navigation Safety.\n", encoding="utf-8")
    result = run("extract", str(path))
    assert result.returncode == 0
    assert "Country" in result.stdout and "[LAO]" in result.stdout
    assert "Treaty on River Navigation Safety" in result.stdout


def test_unknown_model_is_a_clear_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Japan.\n", encoding="utf-8")
    result = run("extract", str(path), "--model", "xx_no_such_model")
    assert result.returncode == 2
    assert "cannot load the spaCy pipeline 'xx_no_such_model'" in result.stderr and "Traceback" not in result.stderr
