"""The extraction pipeline: a blank English pipeline (or an installed model) plus our rules."""
from __future__ import annotations

import spacy
from spacy.language import Language

import diplograph.extract.components  # noqa: F401  (registers the factories)
from diplograph.extract.prepared import compiled_regexes

RULE_COMPONENTS = ("diplograph_gazetteer", "diplograph_name_patterns", "diplograph_acronyms",
                   "diplograph_mention_resolver")
# Our documents are long web pages; spaCy's default cap is for parser memory, which we do not run.
MAX_LENGTH = 60_000_000
# "U.S.-China", "U.S.-ROK": spaCy splits a hyphen between letters only, so a pair whose first
# part is an abbreviation stayed one token and neither country was found.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def make_nlp(model: str | None = None) -> Language:
    """``spacy.blank("en")`` with our rules; ``model`` adds an installed pipeline's NER candidates.

    >>> nlp = make_nlp()
    >>> [(e.text, e.label_) for e in nlp("China and ASEAN signed the DOC.").ents][:2]
    [('China', 'Country'), ('ASEAN', 'Organisation')]
    """
    if model:
        try:
            nlp = spacy.load(model, exclude=["lemmatizer"])
        except OSError as error:
            raise ValueError(f"cannot load the spaCy pipeline {model!r}: is it installed? ({error})") from None
    else:
        nlp = spacy.blank("en")
    nlp.max_length = MAX_LENGTH
    _split_hyphen_after_abbreviations(nlp)
    if not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
        # spaCy's sentencizer rule, read from our token table (same sentence starts)
        nlp.add_pipe("diplograph_sentencizer", name="sentencizer")
    nlp.add_pipe("diplograph_line_breaks")
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def _split_hyphen_after_abbreviations(nlp: Language) -> None:
    """Add :data:`ABBREVIATION_HYPHEN` to the tokenizer's infixes (a loaded model's own included)."""
    current = getattr(nlp.tokenizer.infix_finditer, "__self__", None)
    pattern = ABBREVIATION_HYPHEN if current is None else f"{current.pattern}|{ABBREVIATION_HYPHEN}"
    # (spaCy's infixes are a long regex: compiled once and kept, see prepared.py)
    nlp.tokenizer.infix_finditer = compiled_regexes("tokenizer-infixes", [pattern])[0].finditer
