"""Acronym definitions, Schwartz-Hearst style: "Long Form (ACR)" and "ACR (Long Form)".

A definition found anywhere in the corpus applies to every use of the acronym in
every document (the corpus-wide pass in ``resolve.py``), so an acronym used before
its definition, or in a document that never defines it, still resolves.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from diplograph.extract.names import COUNTED_ACRONYM, GROUP_NUMBERS    # "B9" of "the Bucharest Nine"
from diplograph.extract.names import ORDINAL_NUMBER as ORDINAL     # "46th", "1,456th"
from diplograph.extract.names import YEAR
from diplograph.extract.tokens import table

LETTERS_AND_NUMBER = re.compile(r"^([A-Z]{2,6})(\d{1,3})$")       # "COP30"
HYPHENATED_EDITION = re.compile(r"([A-Z]{2,6})\d{0,4}-\d{1,4}")      # "EC-108", "PP24-2"
# "5PC": the Five-Point Consensus; "SAADMEx", "DiREx": an exercise's "Ex" at the end
ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z0-9][A-Za-z0-9&]*(?:[A-Z0-9]|Ex)s?$")
# How far back a long form may reach, in tokens: long treaty names are long.
MAX_LONG_FORM_TOKENS = 30
LONG_FORM_WORDS = re.compile(r"[A-Za-z0-9]")
EDITION = re.compile(r"^(?:[IVXLC]+|\d{1,4})$")       # "(ATCM XLVI)", "(COP 28)"
QUOTES = {'"', "“", "”", "'", "’"}
CONNECTORS = {"of", "on", "for", "in", "against", "along", "among", "to", "at", "and", "the", "plus", "de", "-", "&", "'s", "’s"}


def looks_like_acronym(text: str) -> bool:
    return 2 <= len(text) <= 10 and bool(ACRONYM.match(text)) and not text.endswith("'s")


@dataclass(frozen=True)
class Definition:
    short_start: int     # token offsets
    short_end: int
    long_start: int
    long_end: int


def schwartz_hearst_start(short: str, long: str) -> int | None:
    """Offset in ``long`` where the long form of ``short`` begins, or None if it does not fit.

    Every letter of the acronym must appear in order, the first one at the start of a word.
    """
    short = short.lower().rstrip("s") if short.endswith("s") and short[:-1].isupper() else short.lower()
    long = long.lower()
    # a function word gives its initial at most: "China and the Community of Latin American and
    # Caribbean States (CELAC)" takes no "e" from "the"
    inside_connector = set()
    for word in re.finditer(r"[^\W_]+", long):
        if word.group() in CONNECTORS:
            inside_connector.update(range(word.start() + 1, word.end()))
    s = len(short) - 1
    l = len(long) - 1
    while s >= 0:
        char = short[s]
        if not char.isalnum():
            s -= 1
            continue
        while l >= 0 and (long[l] != char or (s == 0 and l > 0 and long[l - 1].isalnum()) or l in inside_connector):
            l -= 1
        if l < 0:
            return None
        s -= 1
        l -= 1
    word_start = l + 1
    while word_start > 0 and long[word_start - 1].isalnum():
        word_start -= 1
    return word_start


def _window_before(doc: Doc, end: int) -> int:
    """Start of the run of name-like tokens that ends at ``end``."""
    start = end
    while start > 0 and end - start < MAX_LONG_FORM_TOKENS:
        token = doc[start - 1]
        if token.is_space:
            break
        after_hyphen = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
        if (token.text[:1].isupper() or token.like_num or token.lower_ in CONNECTORS
                or token.text in QUOTES or after_hyphen):
            start -= 1
            if token.is_sent_start:
                break
            continue
        break
    return start


def initials_start(short: str, words: list[str]) -> int | None:
    """Index in ``words`` where a long form whose word initials spell ``short`` begins: "Code of
    Conduct (COC)", where Schwartz-Hearst's letters in order stop at "Conduct" ("C-o-nduCt").
    A connector whose initial is not the next letter is skipped; any other word must fit."""
    letters = [c for c in short.lower() if c.isalnum()]
    k = len(words)
    while letters and k > 0:
        k -= 1
        initial = words[k][:1].lower()
        if initial == letters[-1]:
            letters.pop()
        elif words[k].lower() not in CONNECTORS:
            return None
    return k if not letters else None


def _fit(doc: Doc, short: Token, start: int, end: int) -> int | None:
    """Token where the long form in ``doc[start:end]`` begins, or None: by word initials first, by
    Schwartz-Hearst's letters in order else."""
    if end <= start:
        return None
    by_initials = initials_start(short.text, [t.text for t in doc[start:end]])
    if by_initials is not None and doc[start + by_initials].text[:1].isupper() \
            and _long_form_ok(doc[start + by_initials], short, end):
        return start + by_initials
    span = doc[start:end]
    offset = schwartz_hearst_start(short.text, span.text)
    if offset is None:
        return None
    char = span.start_char + offset
    for token in span:
        if token.idx <= char < token.idx + len(token.text):
            return token.i if _long_form_ok(token, short, end) else None
    return None


def _long_form_ok(first: Token, short: Token, end: int) -> bool:
    """A long form from ``first`` to ``end``: it opens with a word of the acronym's first letter
    and has two words at least, longer than the acronym."""
    doc = first.doc
    if first.lower_ in CONNECTORS or not first.text[:1].isalnum():
        return False
    if first.text[:1].lower() != short.text[:1].lower():
        return False
    words = [t for t in doc[first.i:end] if LONG_FORM_WORDS.search(t.text) and t.lower_ not in CONNECTORS]
    return len(words) >= 2 and len(doc[first.i:end].text) > len(short.text)


def _trim_end(doc: Doc, start: int, end: int) -> int:
    while end > start and (doc[end - 1].text in ('"', "“", "”", "'", "’") or doc[end - 1].lower_ in CONNECTORS):
        end -= 1
    return end


def _initials(doc: Doc, start: int, end: int) -> set[str]:
    return {t.text[0].lower() for t in doc[start:end] if t.text[:1].isalnum() and t.lower_ not in CONNECTORS}


def _known_long_form(doc: Doc, short: Token, end: int, candidates) -> int | None:
    """A name already found that ends here and holds the acronym's letters: "Treaty on the
    Non-Proliferation of Nuclear Weapons (NPT)" although the letters are not in order. The
    shortest such name: "Fifth Summit of the Conference on Interaction and Confidence Building
    Measures in Asia (CICA)" defines the Conference, not its summit."""
    letters = {c.lower() for c in short.text if c.isalpha()}
    best = None
    for span in candidates:
        # (a function word may give its initial: the "O" of "ECOWAS" is the "of" of its name)
        if span.end == end and span.end - span.start >= 2 \
                and letters <= {t.text[0].lower() for t in doc[span.start:span.end] if t.text[:1].isalnum()}:
            if best is None or span.start > best:
                best = span.start
    return best


def _translated_long_form(doc: Doc, short: Token, end: int, candidates) -> int | None:
    """A labelled name that ends here and holds all the acronym's letters but one among its
    initials, in any order: the acronym of its name in another language, "National Liberation Army
    (ELN)", "Revolutionary Armed Forces of Colombia (FARC)". Not a listed name in the brackets
    ("... Centre (UK)")."""
    letters = [c.lower() for c in short.text if c.isalpha()]
    if len(letters) < 3 or any(span.start == short.i and span.label_ != "NAME" for span in candidates):
        return None
    best = None
    for span in candidates:
        if span.end == end and span.end - span.start >= 2 and span.label_ in ("Organisation", "Mechanism", "Event"):
            initials = _initials(doc, span.start, span.end)
            if sum(1 for c in letters if c in initials) >= len(letters) - 1 and doc[span.start].text[:1].isupper():
                best = span.start if best is None else min(best, span.start)
    return best


def _numbered_edition(doc: Doc, candidates, i: int) -> Definition | None:
    """"the 30th Conference of the Parties to the ... (COP30)": an acronym that ends in the number
    of the edition, after an event named with that ordinal, names the edition."""
    X = table(doc).texts
    edition = LETTERS_AND_NUMBER.match(X[i + 1]) if i + 2 < len(X) and X[i + 2] == ")" else None
    if edition is None:
        return None
    end = _trim_end(doc, 0, i)
    letters, number = edition.group(1).lower(), int(edition.group(2))
    for span in candidates:
        if span.end == end and span.label_ == "Event" and ORDINAL.match(X[span.start]) \
                and int(re.sub(r"\D", "", X[span.start])) == number \
                and sum(c in _initials(doc, span.start + 1, span.end) for c in letters) >= len(letters) - 1:
            # (the "O" of "COP" is the "of" of "Conference of the Parties")
            return Definition(i + 1, i + 2, span.start, end)
    return None


def _dated_edition(doc: Doc, candidates, i: int) -> Definition | None:
    """"the fourth ASEAN Regional Forum Disaster Relief Exercise (ARF DiREx 2015)": a short name that
    opens with an acronym and ends in a year, in brackets after an event's name, names that edition."""
    X = table(doc).texts
    close = next((j for j in range(i + 2, min(len(X), i + 6)) if X[j] == ")"), None)
    if close is None or close - i < 3 or not looks_like_acronym(X[i + 1]) or not YEAR.match(X[close - 1]) \
            or not all(X[k][:1].isupper() and X[k].isalnum() for k in range(i + 1, close - 1)):
        return None
    end = _trim_end(doc, 0, i)
    first = max((span.start for span in candidates if span.end == end and span.label_ == "Event"), default=None)
    return Definition(i + 1, close, first, end) if first is not None else None


def _hyphenated_edition(doc: Doc, candidates, i: int) -> Definition | None:
    """"the 108th session of the Executive Council (EC-108)", "Pacific Partnership 2024-2 (PP24-2)":
    capitals and a hyphenated number, in brackets after an event's name whose initials they spell,
    name that event (the tokenizer may cut "PP24-2" at its hyphen)."""
    X = table(doc).texts
    close = next((j for j in range(i + 2, min(len(X), i + 5)) if X[j] == ")"), None)
    if close is None or any(doc[k].whitespace_ for k in range(i + 1, close - 1)):
        return None
    edition = HYPHENATED_EDITION.fullmatch("".join(X[i + 1:close]))
    if edition is None:
        return None
    end = _trim_end(doc, 0, i)
    letters = edition.group(1).lower()
    for span in candidates:
        if span.end == end and span.label_ == "Event" \
                and sum(c in _initials(doc, span.start, span.end) for c in letters) == len(letters):
            return Definition(i + 1, close, span.start, end)
    return None


def _counted_group(doc: Doc, i: int) -> Definition | None:
    """"the Bucharest Nine (B9)", "the Visegrad Four (V4)": the initial of the name, then the number
    its last word spells."""
    X = table(doc).texts
    short = COUNTED_ACRONYM.fullmatch(X[i + 1])
    if short is None or X[i + 2] != ")" or i < 2 or GROUP_NUMBERS.get(X[i - 1]) != int(short.group(2)):
        return None
    letters = short.group(1)
    first = i - 1 - len(letters)
    if first < 0 or "".join(X[k][:1] for k in range(first, i - 1)) != letters \
            or not all(X[k][:1].isupper() and X[k][1:].islower() for k in range(first, i - 1)):
        return None
    return Definition(i + 1, i + 2, first, i)


def find_definitions(doc: Doc, candidates=()) -> list[Definition]:
    found = []
    t = table(doc)
    X = t.texts
    n = len(X)
    for i in [i for i, text in enumerate(X) if text == "("]:
        if i + 2 >= n:
            continue
        counted = _counted_group(doc, i)
        if counted is not None:
            found.append(counted)
            continue
        numbered = _numbered_edition(doc, candidates, i) or _dated_edition(doc, candidates, i) \
            or _hyphenated_edition(doc, candidates, i)
        if numbered is not None:
            found.append(numbered)
            continue
        # Long Form (ACR), or with the edition's number: "46th Antarctic Treaty Consultative Meeting
        # (ATCM XLVI)" defines the series' acronym
        if looks_like_acronym(X[i + 1]) and (X[i + 2] == ")" or i + 3 < n and X[i + 3] == ")" and EDITION.match(X[i + 2])):
            inner = doc[i + 1]
            end = _trim_end(doc, 0, i)
            first = _known_long_form(doc, inner, end, candidates)
            if first is None:
                first = _fit(doc, inner, _window_before(doc, end), end)
                # the letters found after the first words of a name that ends here: the name is the
                # long form, its acronym from another language ("National Institute for Disaster Risk
                # Management and Reduction (INGD)", from the Portuguese); not a meeting "of" the body
                first = min((span.start for span in candidates if span.end == end and first is not None
                             and span.start < first and all(doc[k].text[:1].isupper() and doc[k].lower_ not in CONNECTORS
                                                            for k in range(span.start, first))), default=first)
            if first is None:
                first = _translated_long_form(doc, inner, end, candidates)
            if first is not None and end - first > 2 and ORDINAL.match(X[first]) \
                    and _long_form_ok(doc[first + 1], inner, end):
                first += 1      # "46th Antarctic Treaty Consultative Meeting (ATCM)": the acronym names the series
            if first is not None:
                found.append(Definition(inner.i, inner.i + 1, first, end))
                continue
        # an acronym of two words, "UN Department of Economic and Social Affairs (UN DESA)", or of two joined
        # by a hyphen, "ASEAN Emergency Response and Assessment Team (ASEAN-ERAT)", "(JWG-DOC)"
        width = 2 if i + 3 < n and X[i + 3] == ")" and looks_like_acronym(X[i + 1]) and looks_like_acronym(X[i + 2]) \
            and not EDITION.match(X[i + 2]) else \
            3 if i + 4 < n and X[i + 4] == ")" and X[i + 2] == "-" and not doc[i + 1].whitespace_ \
            and not doc[i + 2].whitespace_ and looks_like_acronym(X[i + 1]) and looks_like_acronym(X[i + 3]) else 0
        if width:
            end = _trim_end(doc, 0, i)
            first = _fit(doc, doc[i + 1:i + 1 + width], _window_before(doc, end), end)
            if first is not None:
                found.append(Definition(i + 1, i + 1 + width, first, end))
                continue
        close = next((j for j in range(i + 1, min(n, i + MAX_LONG_FORM_TOKENS)) if X[j] == ")"), None)
        if close is None:
            continue
        # (Long Form, ACR): "the Agreement ... (Reciprocal Access Agreement, RAA)"
        if close - i >= 4 and X[close - 2] in (",", ";") and looks_like_acronym(X[close - 1]):
            end = _trim_end(doc, i + 1, close - 2)
            if _fit(doc, doc[close - 1], i + 1, end) == i + 1:
                found.append(Definition(close - 1, close, i + 1, end))
                continue
        # ACR (Long Form)
        if i > 0 and looks_like_acronym(X[i - 1]):
            end = _trim_end(doc, i + 1, close)
            first = _fit(doc, doc[i - 1], i + 1, end)
            if first == i + 1 or (first is not None and X[i + 1] in ('"', "“")):
                found.append(Definition(i - 1, i, first, end))
    return found


def acronym_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens that look like an acronym; the corpus pass decides which are names."""
    texts = table(doc).texts
    # two capitals at least: most tokens fail this cheap test before the regex runs
    return [i for i, text in enumerate(texts) if len(text) >= 2 and (
        text[1:].lower() != text[1:] and looks_like_acronym(text) and not text.endswith("s")
        or text[-1].isdigit() and text[0].isupper() and COUNTED_ACRONYM.fullmatch(text))]     # ("B9")
