"""A Doc's token attributes as plain Python lists, read once and shared by every rule.

Creating spaCy ``Token`` and ``Span`` objects (``doc[i]``, ``for t in doc``, ``doc.sents``)
costs far more than the rules that look at them. :func:`table` reads a Doc's columns with
one ``doc.to_array`` call and slices the token texts out of ``doc.text``; the rules then
index lists. The table of the last Doc seen is kept (one slot, no Doc is modified), so the
components of one Doc and its record share it.

    >>> import spacy
    >>> t = table(spacy.blank("en")("The ASEAN Regional Forum met."))
    >>> t.texts[1], t.lowers[1], t.is_alpha[1], t.idx[1]
    ('ASEAN', 'asean', True, 4)
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, IS_ALPHA, IS_DIGIT, IS_LOWER, IS_PUNCT, IS_SPACE, LIKE_NUM, SENT_START, SPACY
from spacy.tokens import Doc

COLUMNS = [IDX, SPACY, IS_ALPHA, IS_DIGIT, IS_LOWER, IS_PUNCT, IS_SPACE, LIKE_NUM]


@dataclass
class TokenTable:
    """Token ``i`` of a Doc: ``texts[i]`` is ``doc[i].text``, ``ws[i]`` is ``bool(doc[i].whitespace_)``,
    ``is_alpha[i]`` is ``doc[i].is_alpha`` and so on; ``sent_start[i]`` is ``doc[i].is_sent_start is True``;
    ``sentences`` are the token bounds of ``doc.sents``."""

    text: str
    texts: list[str]
    lowers: list[str]
    idx: list[int]
    ws: list[bool]
    is_alpha: list[bool]
    is_digit: list[bool]
    is_lower: list[bool]
    is_punct: list[bool]
    is_space: list[bool]
    like_num: list[bool]
    sent_start: list[bool]
    sentences: list[tuple[int, int]]
    sentence_start: list[int]     # token i's sentence starts here
    sentence_end: list[int]       # token i's sentence ends (exclusive) here

    def __len__(self) -> int:
        return len(self.texts)

    def end_char(self, i: int) -> int:
        """``doc[i].idx + len(doc[i])``: where token ``i`` ends."""
        return self.idx[i] + len(self.texts[i])

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``."""
        if end <= start:
            return ""
        return self.text[self.idx[start]:self.idx[end - 1] + len(self.texts[end - 1])]


_LAST: tuple[Doc, int, object, TokenTable] | None = None


def _build(doc: Doc, sent_column) -> TokenTable:
    n = len(doc)
    text = doc.text
    if n:
        columns = doc.to_array(COLUMNS).T.tolist()
    else:
        columns = [[] for _ in COLUMNS]
    idx, spacy_, alpha, digit, lower, punct, space, num = columns
    texts = []
    for i in range(n - 1):
        texts.append(text[idx[i]:idx[i + 1] - spacy_[i]])
    if n:
        texts.append(text[idx[-1]:len(text) - spacy_[-1]])
    table = TokenTable(
        text=text, texts=texts, lowers=[t.lower() for t in texts], idx=idx, ws=[bool(s) for s in spacy_],
        is_alpha=[bool(v) for v in alpha], is_digit=[bool(v) for v in digit], is_lower=[bool(v) for v in lower],
        is_punct=[bool(v) for v in punct], is_space=[bool(v) for v in space], like_num=[bool(v) for v in num],
        sent_start=[], sentences=[], sentence_start=[], sentence_end=[])
    _set_sentences(table, sent_column)
    return table


def _sent_column(doc: Doc):
    return doc.to_array([SENT_START])


def _set_sentences(table: TokenTable, column) -> None:
    n = len(column)
    sent_start = [v == 1 for v in column.tolist()]
    sentences = []
    start = 0
    for i in range(1, n):
        if sent_start[i]:
            sentences.append((start, i))
            start = i
    if start != n:
        sentences.append((start, n))
    sentence_start = [0] * n
    sentence_end = [n] * n
    for s, e in sentences:
        sentence_start[s:e] = [s] * (e - s)
        sentence_end[s:e] = [e] * (e - s)
    table.sent_start = sent_start
    table.sentences = sentences
    table.sentence_start = sentence_start
    table.sentence_end = sentence_end


def table(doc: Doc) -> TokenTable:
    """The token table of ``doc``, built on first use and kept while the same Doc is asked for
    (its sentence starts are checked again on every call: a component may have set them)."""
    global _LAST
    column = _sent_column(doc)
    if _LAST is not None and _LAST[0] is doc and _LAST[1] == len(doc):
        cached = _LAST[3]
        if not (column == _LAST[2]).all():
            _set_sentences(cached, column)
            _LAST = (doc, len(doc), column, cached)
        return cached
    built = _build(doc, column)
    _LAST = (doc, len(doc), column, built)
    return built
