"""The extraction pipeline: a blank English pipeline (or an installed model) plus our rules."""
from __future__ import annotations

import spacy
from spacy.language import Language

import diplograph.extract.components  # noqa: F401  (registers the factories)

RULE_COMPONENTS = ("diplograph_gazetteer", "diplograph_name_patterns", "diplograph_acronyms",
                   "diplograph_mention_resolver")
# Our documents are long web pages; spaCy's default cap is for parser memory, which we do not run.
MAX_LENGTH = 60_000_000


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
    if not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
        # spaCy's sentencizer rule, read from our token table (same sentence starts)
        nlp.add_pipe("diplograph_sentencizer", name="sentencizer")
    nlp.add_pipe("diplograph_line_breaks")
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp
