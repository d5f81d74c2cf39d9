"""The written evaluation set (eval/written), scored by ../shared/eval/score.py against its gold annotations."""
import json
import subprocess
import sys

import pytest

from shared_data import REPO, SCORER

WRITTEN = REPO / "eval" / "written"
MENTION_F1_FLOOR = 0.900    # 0.904 on the 564 and 560 documents, 0.903 on the 556 and 552 documents, 0.901 on the 548 and 544 documents, 0.902 on the first 512 and 480, 0.903 on the first 448, 416 and 384
# 0.501 on the 564 documents (0.497 when they joined); 0.498 on the 560, 556 and 552 documents; 0.497 on the 548 and 544 documents (0.494 when they joined); 0.502 on the first 512 (0.498 before the rules that h129-h136 led
# to); 0.506 on the first 480 (0.505 before the rules that h121-h128 led to); 0.510 on the
# first 448 (0.507 before the rules that h113-h120 led to); 0.521 on the
# first 416; 0.526 on the first 384 (0.522 before the rules that h97-h104 led to), 0.528 on
# the first 352 (0.525 before the rules that h89-h96 led to), 0.533 on
# the first 320, 0.537 on the first 288, 0.549 on the first 256, 0.567 on the first 224 and 0.588 on the first 192
# (each batch of 32, written to be unseen, scores lower than the set: the set's mean falls, not the rules)
RELATION_F1_FLOOR = 0.49


@pytest.fixture(scope="module")
def written_build(tmp_path_factory):
    if not SCORER.is_file():
        pytest.skip(f"the scorer is not at {SCORER} (../shared beside the repo)")
    from diplograph import build

    return build([WRITTEN / "docs"], tmp_path_factory.mktemp("written") / "out")


def test_every_written_document_has_its_gold():
    gold = [json.loads(line)["doc"] for line in (WRITTEN / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(gold) == sorted(p.name for p in (WRITTEN / "docs").glob("*.txt"))


def test_mention_and_relation_floors(written_build):
    out = written_build.out
    command = [sys.executable, str(SCORER), "--gold", str(WRITTEN / "gold.jsonl"), "--mentions",
               str(out / "mentions.jsonl"), "--relations", str(out / "relations.jsonl"), "--json"]
    report = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    assert report["mentions"]["all"]["f1"] >= MENTION_F1_FLOOR, report["missed"][:20]
    assert report["relations"]["typed"]["f1"] >= RELATION_F1_FLOOR, report["relations"]
