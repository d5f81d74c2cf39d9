"""The extraction pipeline: a blank English pipeline (or an installed model) plus our rules."""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

import diplograph.extract.components  # noqa: F401  (registers the factories)
from diplograph.extract.prepared import compiled_regexes

RULE_COMPONENTS = ("diplograph_gazetteer", "diplograph_name_patterns", "diplograph_acronyms",
                   "diplograph_mention_resolver")
# Our documents are long web pages; spaCy's default cap is for parser memory, which we do not run.
MAX_LENGTH = 60_000_000
# "U.S.-China", "U.S.-ROK": spaCy splits a hyphen between letters only, so a pair whose first
# part is an abbreviation stayed one token and neither country was found.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"
TOKENIZER = "diplograph_tokenizer.v1"


@spacy.registry.tokenizers(TOKENIZER)
def create_tokenizer():
    """spaCy's default tokenizer (``spacy.Tokenizer.v1``) with :data:`ABBREVIATION_HYPHEN` among
    its infixes from the start: adding it afterwards loads its 1,300 exceptions a second time
    (0.05 s of a process's start). Its three regexes are compiled once and kept (prepared.py)."""

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        # the expressions of spacy.util.compile_prefix_regex, _suffix_ and _infix_ (a test compares them)
        prefixes, suffixes, infixes = compiled_regexes("tokenizer", [
            "|".join("^" + piece for piece in defaults.prefixes if piece.strip()),
            "|".join(piece + "$" for piece in defaults.suffixes if piece.strip()),
            "|".join([piece for piece in defaults.infixes if piece.strip()] + [ABBREVIATION_HYPHEN])])
        return Tokenizer(nlp.vocab, rules=defaults.tokenizer_exceptions, prefix_search=prefixes.search,
                         suffix_search=suffixes.search, infix_finditer=infixes.finditer,
                         token_match=defaults.token_match, url_match=defaults.url_match)

    return tokenizer_factory


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
        _split_hyphen_after_abbreviations(nlp)
    else:
        nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    nlp.max_length = MAX_LENGTH
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
