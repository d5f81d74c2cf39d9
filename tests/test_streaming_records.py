"""The streamed build's shortcuts give what the records' own methods give."""
import json

from diplograph.model import Entity
from diplograph.streaming import _entity_row


def test_entity_row_is_to_dict_with_the_same_key_order():
    entity = Entity(key="asean", label="ASEAN", cls="Organisation", aliases=["Association of Southeast Asian Nations"],
                    documents=["a.txt", "b.txt"], mention_count=3, identifiers={"wikidata": "Q7768"},
                    source="gazetteer")
    assert json.dumps(_entity_row(entity), ensure_ascii=False) == json.dumps(entity.to_dict(), ensure_ascii=False)
    assert list(_entity_row(Entity(key="x", label="X", cls="Place"))) == list(Entity(key="x", label="X", cls="Place").to_dict())


def test_append_files_keeps_order_and_buffered_writes(tmp_path):
    from diplograph.streaming import _append_files

    parts = []
    for i in range(5):
        path = tmp_path / f"part{i}.nq"
        path.write_bytes(f"line {i}\n".encode() * (i * 1000))     # the first one empty
        parts.append(path)
    with (tmp_path / "all.nq").open("wb") as target:
        target.write(b"head\n")                 # buffered before the kernel copies
        _append_files(target, parts[:3])
        target.write(b"middle\n")
        _append_files(target, parts[3:])
    expected = b"head\n" + b"".join(p.read_bytes() for p in parts[:3]) + b"middle\n" + b"".join(p.read_bytes() for p in parts[3:])
    assert (tmp_path / "all.nq").read_bytes() == expected
