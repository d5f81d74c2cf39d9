"""The token table (the rules' fast path) agrees with spaCy's own Token attributes."""
import pytest
import spacy

from diplograph.extract.nlp import make_nlp
from diplograph.extract.tokens import table

TRICKY = [
    "",
    "One.",
    "  leading spaces\n\n\ntrailing  \n",
    "Café Zürich — the “Blue Ocean” Initiative's 2nd round, U.S.-China talks (ARF) ended.\r\nNext line",
    "Ministry of Foreign Affairs\nSpokesperson Hua Chunying: Q: CRI: What's next?\n\nA: We'll see… 'quoted' ‘single’",
    "Non-Proliferation\u00a0Treaty\tand\u2028the Shangri-La Dialogue; ten 10 1,000.5 3rd IV MH370 www.fmprc.gov.cn",
    "ÉTATS-UNIS ﬁnance 𝐁𝐨𝐥𝐝 emoji 🇨🇳 China-Afghanistan-Pakistan-Tajikistan coordination mechanism",
]


@pytest.mark.parametrize("text", TRICKY)
@pytest.mark.parametrize("pipeline", ["sentencizer", "diplograph"])
def test_table_agrees_with_tokens(text, pipeline):
    if pipeline == "sentencizer":
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    else:
        nlp = make_nlp()
    doc = nlp(text)
    t = table(doc)
    assert t.text == doc.text
    assert t.texts == [tok.text for tok in doc]
    assert t.lowers == [tok.lower_ for tok in doc]
    assert t.idx == [tok.idx for tok in doc]
    assert t.ws == [bool(tok.whitespace_) for tok in doc]
    for name in ("is_alpha", "is_digit", "is_lower", "is_punct", "is_space", "like_num"):
        assert getattr(t, name) == [getattr(tok, name) for tok in doc], name
    assert t.sent_start == [tok.is_sent_start is True for tok in doc]
    assert t.sentences == [(s.start, s.end) for s in doc.sents]
    assert t.sentence_start == [tok.sent.start for tok in doc]
    assert t.sentence_end == [tok.sent.end for tok in doc]
    assert [t.end_char(i) for i in range(len(t))] == [tok.idx + len(tok) for tok in doc]
    for s in doc.sents:
        assert t.span_text(s.start, s.end) == s.text


def test_table_follows_new_sentence_starts():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("A heading\nThe first sentence goes on. A second one")
    before = list(table(doc).sentences)
    assert before == [(s.start, s.end) for s in doc.sents]
    assert not doc[3].is_sent_start
    doc[3].is_sent_start = True          # a component sets a start after the table was read
    after = table(doc).sentences
    assert after != before
    assert after == [(s.start, s.end) for s in doc.sents]


def test_table_is_per_doc():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    first, second = nlp("Alpha beta."), nlp("Gamma delta epsilon.")
    assert table(first).texts == ["Alpha", "beta", "."]
    assert table(second).texts == ["Gamma", "delta", "epsilon", "."]
    assert table(first).texts == ["Alpha", "beta", "."]


@pytest.mark.parametrize("text", TRICKY + ["Dr. Smith arrived... Then?! (Yes.) “Quoted.” Next 。 Line ！ End"])
def test_our_sentencizer_sets_the_same_starts_as_spacys(text):
    ours = make_nlp().get_pipe("sentencizer")
    spacys = spacy.blank("en")
    spacys.add_pipe("sentencizer")
    doc = ours(spacys.make_doc(text))
    assert [t.is_sent_start for t in doc] == [t.is_sent_start for t in spacys(text)]
