"""The development corpus, scored by ../shared/eval/score.py against the gold annotations."""
import json
import subprocess
import sys

from shared_data import GOLD, SCORER, needs_shared

MENTION_F1_FLOOR = 0.90
CLASS_F1_FLOOR = 0.80
RESOLUTION_F1_FLOOR = 0.95


def score(out, *extra):
    needs_shared()
    command = [sys.executable, str(SCORER), "--gold", str(GOLD), "--mentions", str(out / "mentions.jsonl"), "--json", *extra]
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def test_mention_and_resolution_floors(dev_build):
    report = score(dev_build.out)
    mentions = report["mentions"]
    assert mentions["all"]["f1"] >= MENTION_F1_FLOOR, report["missed"]
    for cls in ("Country", "Organisation", "Mechanism", "Event"):
        assert mentions[cls]["f1"] >= CLASS_F1_FLOOR, (cls, mentions[cls])
    assert report["resolution"]["f1"] >= RESOLUTION_F1_FLOOR, report["resolution"]


def test_boilerplate_is_not_extracted(dev_build):
    sentences = " ".join(m.sentence for m in dev_build.mentions)
    for furniture in ("Adjust font size", "Follow China.org.cn on Twitter", "Racist, abusive", "Comment(s)"):
        assert furniture not in sentences


def test_every_document_has_a_date_and_title(dev_build):
    assert len(dev_build.documents) == 5
    for document in dev_build.documents:
        assert document.title and document.date and document.date.startswith("2017-01")
