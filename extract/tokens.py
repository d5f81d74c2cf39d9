"""A Doc's token attributes as plain Python lists, read once and shared by every rule.

Creating spaCy ``Token`` and ``Span`` objects (``doc[i]``, ``for t in doc``, ``doc.sents``)
costs far more than the rules that look at them (``doc.text`` itself walks every token).
:func:`table` reads a Doc's columns with one ``doc.to_array`` call and each distinct word's
lexeme attributes once per process; the rules then index lists. The table of the last Doc seen is kept (one slot, no Doc is modified), so the
components of one Doc and its record share it.

    >>> import spacy
    >>> t = table(spacy.blank("en")("The ASEAN Regional Forum met."))
    >>> t.texts[1], t.lowers[1], t.is_alpha[1], t.idx[1]
    ('ASEAN', 'asean', True, 4)
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy

from spacy.attrs import IDX, ORTH, SENT_START, SPACY
from spacy.tokens import Doc

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
# orth id -> (text, lower, is_alpha, is_digit, is_lower, is_punct, is_space, like_num) of the
# lexemes met so far, for one vocab at a time: all of these are lexeme attributes.
_LEXICON: tuple[object, dict[int, tuple]] | None = None
MAX_LEXICON = 1_000_000


def _lexicon(vocab) -> dict[int, tuple]:
    global _LEXICON
    if _LEXICON is None or _LEXICON[0] is not vocab or len(_LEXICON[1]) > MAX_LEXICON:
        _LEXICON = (vocab, {})
    return _LEXICON[1]


def _lexeme_row(vocab, orth: int) -> tuple:
    lex = vocab[orth]
    return (lex.orth_, lex.lower_, lex.is_alpha, lex.is_digit, lex.is_lower, lex.is_punct, lex.is_space,
            lex.like_num)


def _build(doc: Doc, sent_column) -> TokenTable:
    n = len(doc)
    if n:
        orths, idx, spaces = doc.to_array([ORTH, IDX, SPACY]).T.tolist()
    else:
        orths, idx, spaces = [], [], []
    lexicon = _lexicon(doc.vocab)
    rows = []
    for orth in orths:
        row = lexicon.get(orth)
        if row is None:
            row = lexicon[orth] = _lexeme_row(doc.vocab, orth)
        rows.append(row)
    columns = [list(column) for column in zip(*rows)] if rows else [[] for _ in range(8)]
    texts, lowers, alpha, digit, lower, punct, space, num = columns
    ws = [bool(s) for s in spaces]
    text = "".join([t + " " if w else t for t, w in zip(texts, ws)])
    # "Australia–United States Alliance": an en dash inside a compound is read as its hyphen (the
    # text, and so every mention's, keeps the dash written)
    for k in [k for k, t in enumerate(texts) if t == "–"]:
        if 0 < k < n - 1 and not ws[k - 1] and not ws[k] and texts[k - 1][-1:].isalnum() and texts[k + 1][:1].isalnum():
            texts[k] = lowers[k] = "-"
    table = TokenTable(
        text=text, texts=texts, lowers=lowers, idx=idx, ws=ws, is_alpha=alpha, is_digit=digit, is_lower=lower,
        is_punct=punct, is_space=space, like_num=num,
        sent_start=[], sentences=[], sentence_start=[], sentence_end=[])
    _set_sentences(table, sent_column)
    return table


def _sent_column(doc: Doc):
    return doc.to_array([SENT_START])


def _set_sentences(table: TokenTable, column) -> None:
    """The sentences of ``doc.sents``: a sentence starts at token 0 and wherever ``sent_start`` is 1."""
    n = len(column)
    flags = column == 1
    table.sent_start = flags.tolist()
    if not n:
        table.sentences, table.sentence_start, table.sentence_end = [], [], []
        return
    flags[0] = True
    starts = numpy.flatnonzero(flags)
    ends = numpy.append(starts[1:], n)
    which = numpy.cumsum(flags) - 1
    table.sentences = list(zip(starts.tolist(), ends.tolist()))
    table.sentence_start = starts[which].tolist()
    table.sentence_end = ends[which].tolist()


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
