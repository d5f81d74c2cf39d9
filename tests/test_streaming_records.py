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
