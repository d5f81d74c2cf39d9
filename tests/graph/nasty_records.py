"""Records whose strings and dates are built to break an RDF writer: quotes, backslashes, line breaks,
tabs, U+2028, emoji, lone surrogates, empty strings, odd dates."""
from __future__ import annotations

from diplograph.model import DocumentRecord, Entity, Event, Mention, Relation

BASE = "https://example.org/kg/"
NASTY = ['say "no"', "back\\slash", "line\nfeed", "carriage\rreturn", "tab\there", "sep\u2028line",
         "next\x85line", "emoji 😀🇫🇷", "", " ", "nul\x00bell\x07", "del\x7f", "\\n literally", '"', "\\",
         "lone \ud800 surrogate", "ünïcødé Ελλάδα 中国", "trailing backslash\\", "<iri-like> _:b0 .",
         "\"quoted\"@en", "x\"^^<http://e/x>"]
ODD_DATES = ["2013-09-01", "2013-9-1", "20130901", "2013", "2013-09", "2013-02-30", "2012-02-29", "0000-01-01",
             "0001-01-01", "-0044-03-15", "2013-09-01Z", "2013-09-01+02:00", "2013-09-01T10:00", "+2013-09-01",
             "२०१३-०९-०१", "2013-09-01\n", "not a date", "9999-12-31", "2013-W01-1"]
EVENT_DATES = ["2013", "0000", "2013-13", "2013-00", "२०१३", "२०१३-०९", "1999-02-29", "2013-09-01", "2013-9",
               "201", "20130", None, ""]


def adversarial_records(text: str, date: str | None = "2013-09-01", event_date: str | None = "2013-09"):
    doc = "doc " + text
    record = DocumentRecord(id=doc, path="/p/" + text, title=text, date=date, text="T" * 50 + text,
                            content_hash=text, media_type="text/" + text)
    sentence = "The " + text + " met France."
    mentions = [
        Mention(doc, doc, 4, 4 + len(text), text, "Organisation", "key " + text, sentence, 10, "rule " + text),
        Mention(doc, doc, 9 + len(text), 15 + len(text), "France", "Country", "FRA", sentence, 10, "gazetteer",
                nested=True),
        Mention(doc, doc, 0, 3, "The", "Country", "FRA", text or "x", 0, text),   # same place, other sentence
    ]
    relations = [
        Relation(doc, doc, "key " + text, "partnerOf", "FRA", sentence, 10, 10 + len(sentence), text, "asserted"),
        Relation(doc, doc, "FRA", "co-hosted", "key " + text, sentence, 10, 10 + len(sentence), "r", text),
    ]
    events = [Event("event " + text, doc, doc, text, text or "Meeting", category=text or None, date=event_date,
                    date_text=text or None, place="FRA", ordinal=3, series=text or None,
                    participants=[{"entity": "FRA", "role": "host"}, {"entity": "key " + text, "role": text},
                                  {"entity": "key " + text}],
                    part_of="series " + text, sentence=sentence, start=10, end=10 + len(sentence))]
    entities = [Entity("key " + text, text, "Mechanism", aliases=[text, text + "!", "alias\n" + text],
                       documents=[doc], mention_count=2, source=text),
                Entity("FRA", "France", "Country", aliases=["France"], mention_count=1, source="gazetteer"),
                Entity("odd class " + text, text, "NoSuchClass", identifiers={"wikidata": "Q148",
                                                                               "alpha_2": text, "alpha_3": text})]
    return record, mentions, relations, events, entities
