"""spaCy components: each is a registered factory whose ``__call__`` is match then annotate.

Candidates from every rule go to ``doc.spans["dg_candidates"]`` (label = class,
``kb_id`` = curated key when known, ``id_`` = the rule); the resolver picks the
mentions into ``doc.spans["dg_mentions"]`` (nested ones included) and ``doc.ents``
(the outermost ones). Unlabelled runs and acronyms that the corpus-wide pass may
still name go to ``doc.spans["dg_latent"]``.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.attrs import LOWER, SENT_START
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from diplograph.extract.acronyms import acronym_tokens, find_definitions
from diplograph.extract.gazetteer import Gazetteer, default_gazetteer, read_pattern_file
from diplograph.extract.names import NameFinder, countries_in_place_names, default_rules
from diplograph.extract.prepared import prepared
from diplograph.extract.tokens import table

CANDIDATES = "dg_candidates"
MENTIONS = "dg_mentions"
LATENT = "dg_latent"
# Rules in order of trust, for candidates of the same length.
RULE_PRIORITY = {"gazetteer": 0, "acronym:definition": 1, "pattern:compound": 2, "pattern:briefing": 2,
                 "pattern:occurrence": 2,
                 "pattern:head": 3, "pattern:nested": 3, "pattern:domain": 3, "pattern:speaker": 3, "pattern:region": 3,
                 "pattern:place-of-summit": 3,
                 "pattern:person": 4, "ner": 5}
# Nested mentions are kept when the inner name is one of its own (UN in UN Security Council).
# (and the place a summit is named after: "Vilnius" in "the Vilnius summit", where it met)
NESTED_RULES = {"gazetteer", "acronym:definition", "pattern:nested", "pattern:head", "pattern:place-of-summit"}
NER_LABELS = {"ORG": "Organisation", "EVENT": "Event", "LAW": "Mechanism", "PERSON": "Person",
              "GPE": "Place", "LOC": "Place", "FAC": "Place"}

# a territory's gazetteer key is its ISO 3166 alpha-3 code (a city has none)
TERRITORY_KEY = re.compile(r"[A-Z]{3}$")
MEMBER_WINDOW = 10     # tokens after a territory in which "member" makes it a party
LIST_SEPARATOR = re.compile(r"\s*(?:,|;|,?\s+and)\s+(?:the\s+)?")
PREPOSITIONS_AND_THE = {"of", "on", "for", "in", "against", "along", "among", "to", "at", "the", "between", "concerning"}

if not Doc.has_extension("dg_acronym_definitions"):
    Doc.set_extension("dg_acronym_definitions", default=None)


def _add(doc: Doc, key: str, spans: list[Span]) -> None:
    group = list(doc.spans[key]) if key in doc.spans else []
    doc.spans[key] = group + spans


# -- sentence boundaries at sentence-final punctuation -----------------------------

class Sentences(Sentencizer):
    """spaCy's sentencizer, its rule read from the token table instead of Token objects."""

    def predict(self, docs):
        guesses = []
        for doc in docs:
            t = table(doc)
            n = len(t)
            doc_guesses = [False] * n
            if n:
                punct_chars, is_punct = self.punct_chars, t.is_punct
                start = 0
                seen_period = False
                doc_guesses[0] = True
                for i, text in enumerate(t.texts):
                    in_punct_chars = text in punct_chars
                    if seen_period and not is_punct[i] and not in_punct_chars:
                        doc_guesses[start] = True
                        start = i
                        seen_period = False
                    elif in_punct_chars:
                        seen_period = True
                if start < n:
                    doc_guesses[start] = True
            guesses.append(doc_guesses)
        return guesses


@Language.factory("diplograph_sentencizer", assigns=["token.is_sent_start"],
                  default_config={"punct_chars": None, "overwrite": False,
                                  "scorer": {"@scorers": "spacy.senter_scorer.v1"}})
def make_sentences(nlp: Language, name: str, punct_chars, overwrite: bool, scorer) -> Sentences:
    return Sentences(name, punct_chars=punct_chars, overwrite=overwrite, scorer=scorer)


# -- sentence boundaries at line breaks ------------------------------------------

class LineBreaks:
    """Headings, datelines and speaker lines end where their line ends."""

    def __init__(self, *, short_line: int):
        self.short_line = short_line

    def __call__(self, doc: Doc) -> Doc:
        t = table(doc)
        text, texts, idx, is_space = t.text, t.texts, t.idx, t.is_space
        starts = []
        for i in range(1, len(texts)):
            previous = texts[i - 1]
            if not is_space[i - 1] or "\n" not in previous or is_space[i]:
                continue
            line_start = text.rfind("\n", 0, idx[i - 1]) + 1
            line = text[line_start:idx[i - 1]].strip()
            if previous.count("\n") > 1 or len(line) < self.short_line or line[-1:] in ".!?:;\"”":
                starts.append(i)
        if starts:
            # one array write: setting token.is_sent_start rescans the whole document each time
            column = doc.to_array([SENT_START])
            column[starts] = 1
            doc.from_array([SENT_START], column)
        return doc


@Language.factory("diplograph_line_breaks", assigns=["token.is_sent_start"], default_config={"short_line": 60})
def make_line_breaks(nlp: Language, name: str, short_line: int) -> LineBreaks:
    return LineBreaks(short_line=short_line)


def _sentence_text(span: Span) -> str:
    """The text of a span's sentence, by walking to its bounds (``span.sent`` rescans the document)."""
    doc = span.doc
    start = span.start
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = span.end
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return doc[start:end].text


# -- gazetteer ------------------------------------------------------------------

class GazetteerMatcher:
    """Curated names (countries from ISO 3166, organisations, mechanisms, events).

    A name matches where the lowercase forms of its tokens follow one another, as a spaCy
    ``PhraseMatcher`` on ``LOWER`` finds them (every match, the shorter of two at one start
    first), then :meth:`accepts` checks the case. The matcher is our own: a trie over the words'
    string hashes, so that the names, tokenized once and kept (:mod:`~diplograph.extract.prepared`),
    need no spaCy lexeme to be made for each of their words when a pipeline starts."""

    def __init__(self, nlp: Language, name: str = "diplograph_gazetteer", *, pattern_files=None):
        self.nlp = nlp
        self.name = name
        self.gazetteer = default_gazetteer() if pattern_files is None else Gazetteer.from_files(pattern_files)
        self._compile()

    def _compile(self) -> None:
        by_surface: dict[str, list] = {}
        for entry in self.gazetteer.patterns:
            by_surface.setdefault(entry.pattern, []).append(entry)
        surfaces = sorted(by_surface)
        countries = {entry.pattern for entry in self.gazetteer.patterns if entry.label == "Country"}
        tokenizer = (spacy.__version__, self.nlp.lang, self.nlp.meta.get("name"), self.nlp.meta.get("version"),
                     getattr(getattr(self.nlp.tokenizer.infix_finditer, "__self__", None), "pattern", None))
        tokenized = prepared("gazetteer", (surfaces, sorted(countries), tokenizer),
                             lambda: [self._tokenized(surface, by_surface[surface], countries) for surface in surfaces])
        self.entries = [by_surface[surface] for surface in surfaces]
        self.possessor_tokens: list[int] = []
        # word hash -> (the words that may follow, the names that end here): a trie of the names
        self.trie: dict[int, tuple[dict, list[int]]] = {}
        strings = self.nlp.vocab.strings
        for index, (lowers, possessor) in enumerate(tokenized):
            self.possessor_tokens.append(possessor)
            level, node = self.trie, None
            for word in lowers:
                node = level.setdefault(strings.add(word), ({}, []))
                level = node[0]
            if node is not None:
                node[1].append(index)

    def _tokenized(self, surface: str, entries: list, countries: set[str]) -> tuple[tuple[str, ...], int]:
        """A name's words in lowercase, and how many of them name its possessor: "China's Foreign
        Ministry" is named after its country's possessive, a name of its own (the entry keeps the
        ministry apart from other countries'); "Russia's invasion of Ukraine" is one name."""
        # make_doc only: building pattern docs through the whole pipeline is slow (spaCy #4119)
        pattern = self.nlp.make_doc(surface)
        possessive = next((t.i for t in pattern if t.text in ("'s", "’s")), None)
        if possessive and pattern[:possessive].text in countries and all(e.label == "Organisation" for e in entries):
            return tuple(t.lower_ for t in pattern), possessive + 1
        return tuple(t.lower_ for t in pattern), 0

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """``(name index, start, end)`` of every match, by start, then end, then name."""
        words = doc.to_array(LOWER).tolist() if len(doc) else []
        n, trie, found = len(words), self.trie, []
        for start, word in enumerate(words):
            node = trie.get(word)
            end = start + 1
            while node is not None:
                following, ending = node
                for index in ending:
                    found.append((index, start, end))
                node = following.get(words[end]) if end < n and following else None
                end += 1
        return found

    @staticmethod
    def accepts(span: Span, entry) -> bool:
        """Case rules: acronyms exactly; names as written, Title Case or in an ALL-CAPS line."""
        text = span.text
        if entry.acronym:
            if text != entry.pattern:
                return False
            doc = span.doc
            if span.end + 1 < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_ \
                    and doc[span.end + 1].lower_ == "level":
                return False    # "the seventh NSA-level meeting": a rank (security advisers), not the agency
            if entry.ambiguous:
                sent_letters = [c for c in _sentence_text(span) if c.isalpha()]
                if sent_letters and sum(c.isupper() for c in sent_letters) > 0.6 * len(sent_letters):
                    return False
            return True
        if entry.ambiguous and span.start > 0:
            before = span.doc[span.start - 1]
            if before.text[:1].isupper() and before.is_alpha and before.lower_ != "the":
                return False    # the end of a longer name: "Dharma Guardian", "Thailand National Security Council"
        if text == entry.pattern:
            return True
        words = [t for t in span if t.is_alpha]
        if not words or not words[0].text[:1].isupper():
            return False
        if text.isupper() and len(text) > 3:
            return True          # headline in capitals
        # "State Council information Office": first and last words capitalised
        return words[-1].text[:1].isupper() and len(words) > 1

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for index, start, end in self.matches(doc):
            span = doc[start:end]
            named = start + self.possessor_tokens[index]
            for entry in self.entries[index]:
                if self.accepts(span, entry):
                    spans.append(Span(doc, named, end, label=entry.label, kb_id=entry.id, span_id="gazetteer"))
        _add(doc, CANDIDATES, spans)
        return doc

    def to_disk(self, path, *, exclude=tuple()):
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        with (path / "patterns.jsonl").open("w", encoding="utf-8") as f:
            for line in self.gazetteer.to_entries():
                f.write(json.dumps(line, ensure_ascii=False) + "\n")

    def from_disk(self, path, *, exclude=tuple()):
        self.gazetteer = Gazetteer(read_pattern_file(Path(ensure_path(path)) / "patterns.jsonl"))
        self._compile()
        return self


@Language.factory("diplograph_gazetteer", assigns=["doc.spans"], default_config={"pattern_files": None})
def make_gazetteer(nlp: Language, name: str, pattern_files: list[str] | None) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, name, pattern_files=pattern_files)


# -- capitalised names with a head word ------------------------------------------

class NamePatterns:
    """Names no list holds: "Fourth ARF Disaster Relief Exercise", "Treaty on ..."."""

    def __init__(self, nlp: Language, name: str = "diplograph_name_patterns"):
        self.name = name
        self.finder = NameFinder()

    def __call__(self, doc: Doc) -> Doc:
        known = list(doc.spans[CANDIDATES]) if CANDIDATES in doc.spans else []
        found, latent = self.finder.find(doc, known)
        _add(doc, CANDIDATES, [Span(doc, c.start, c.end, label=c.label, kb_id=c.key or "", span_id=c.rule) for c in found])
        _add(doc, LATENT, [Span(doc, c.start, c.end, label=c.label, span_id=c.rule) for c in latent])
        return doc


@Language.factory("diplograph_name_patterns", assigns=["doc.spans"])
def make_name_patterns(nlp: Language, name: str) -> NamePatterns:
    return NamePatterns(nlp, name)


# -- acronyms ---------------------------------------------------------------------

class Acronyms:
    """Acronym definitions in both orders, and every acronym-like token for the corpus pass."""

    def __init__(self, nlp: Language, name: str = "diplograph_acronyms", *, default_label: str):
        self.name = name
        self.default_label = default_label
        self.finder = NameFinder()

    def _label_of(self, doc: Doc, start: int, end: int, candidates: list[Span], after: int) -> tuple[str, str]:
        for span in candidates:
            if span.start == start and span.end == end:
                return span.label_, span.kb_id_
        label, _ = self.finder.head_label(doc, start, end)
        if label is None and doc[end - 1].text in ("Cooperation", "Initiative"):
            label = "Mechanism"
        last_two = f"{doc[end - 2].text} {doc[end - 1].text}" if end - start >= 2 else ""
        if label is None and last_two in self.finder.rules.two_word_heads and self.finder.rules.two_word_heads[last_two] is None:
            label = ""      # a head that names nothing of ours: "High Mobility Artillery Rocket Systems (HIMARS)"
        if label is None:
            label = self._kind_after(doc, after)
        return (self.default_label if label is None else label), ""

    def _kind_after(self, doc: Doc, after: int) -> str | None:
        """The class the lowercase word after a definition gives it: "the Security and Growth for
        All in the Region (SAGAR) initiative" is a mechanism, "the Rim of the Pacific (RIMPAC)
        exercise" an event; "" for a thing of no class ("the Terminal High Altitude Area Defense
        (THAAD) system")."""
        if after < len(doc) and doc[after].text == ")":
            after += 1
        word = doc[after].text if after < len(doc) else ""
        return self.finder.rules.kind_words.get(word) if word.islower() else None

    def __call__(self, doc: Doc) -> Doc:
        candidates = list(doc.spans[CANDIDATES]) if CANDIDATES in doc.spans else []
        spans, definitions = [], []
        for d in find_definitions(doc, candidates):
            label, key = self._label_of(doc, d.long_start, d.long_end, candidates, max(d.long_end, d.short_end))
            if not label:
                continue        # a weapon, a system: no name of ours, here or where the acronym is used
            definitions.append((d.short_start, d.short_end, d.long_start, d.long_end, label))
            spans.append(Span(doc, d.long_start, d.long_end, label=label, kb_id=key, span_id="acronym:definition"))
            spans.append(Span(doc, d.short_start, d.short_end, label=label, span_id="acronym:definition"))
        doc._.dg_acronym_definitions = definitions
        covered = {i for s in candidates + spans for i in range(s.start, s.end)}
        latent = [Span(doc, i, i + 1, label="ACRONYM", span_id="acronym:use")
                  for i in acronym_tokens(doc) if i not in covered]
        _add(doc, CANDIDATES, spans)
        _add(doc, LATENT, latent)
        return doc


@Language.factory("diplograph_acronyms", assigns=["doc.spans", "doc._.dg_acronym_definitions"],
                  default_config={"default_label": "Organisation"})
def make_acronyms(nlp: Language, name: str, default_label: str) -> Acronyms:
    return Acronyms(nlp, name, default_label=default_label)


# -- overlap resolution ---------------------------------------------------------------

class MentionResolver:
    """Pick mentions among overlapping candidates, deterministically.

    Longest first, then the more trusted rule, then the earlier span. A candidate
    inside a picked one is kept as a nested mention when it names a thing of its
    own; a candidate crossing a picked one is dropped.
    """

    def __init__(self, nlp: Language, name: str = "diplograph_mention_resolver"):
        self.name = name

    @staticmethod
    def _names_its_own(span: Span, container: Span, candidate_starts: set[int]) -> bool:
        """Is a name inside a name a thing of its own ("UN" in "UN Security Council"), or a piece
        of the same name ("Security Council" in "UN Security Council", "Congress" in "18th National
        Congress of ...", "Belt and Road" in "Belt and Road Initiative")?"""
        doc = span.doc
        if span.kb_id_ and span.kb_id_ == container.kb_id_:
            return False
        if container.label_ == "Place" and span.label_ == "Country":
            return False        # "Sea of Japan", "Gulf of Oman": a sea names no country's act
        if span.label_ == "Country" and span.start > container.start \
                and doc[span.start - 1].text in default_rules().region_qualifiers:
            return False        # "... in Latin America and the Caribbean": a region, not the United States
        if span.label_ == "Country" and container.start < span.start and span.end < container.end \
                and doc[span.start - 1].lower_ == "for" and doc[span.end].is_title and doc[span.end].is_alpha:
            return False        # "Relief and Works Agency for Palestine Refugees": the country qualifies a noun
        before = doc[span.start - 1] if span.start > container.start else None
        if span.end == container.end and before is not None and before.lower_ not in PREPOSITIONS_AND_THE \
                and before.lower_ not in ("a", "an"):     # ("Framework of a Code of Conduct ...": a name of its own)
            return False
        if span.start == container.start and span.end < container.end and doc[span.end].text in PREPOSITIONS_AND_THE:
            return False        # "Group of Governmental Experts" in "... Experts on Cyber Security"
        if span.start == container.start and span.label_ == container.label_ and any(
                t.text in PREPOSITIONS_AND_THE and t.lower_ != "the" for t in doc[span.start + 1:span.end]):
            return False        # the same name cut short at a comma: "Shanghai Convention on Combating Terrorism"
        if span.end < container.end and not doc[span.end - 1].whitespace_ and doc[span.end].text == "-" \
                and span.end + 1 < container.end and span.end + 1 not in candidate_starts:
            return False        # "France" in "Agence France-Presse" (but "China" in "China-ASEAN Summit")
        first_preposition = next((t.i for t in doc[container.start + 1:container.end]
                                  if t.text in PREPOSITIONS_AND_THE and t.lower_ != "the"), None)
        if span.label_ == container.label_ == "Event" and first_preposition is None:
            return False        # the series in its edition: "Talisman Sabre" in "Exercise Talisman Sabre 2023"
        return span.end != first_preposition

    @staticmethod
    def _country_in_a_city(span: Span, text: str, in_cities: dict) -> bool:
        """"Spain" in "Port of Spain", "Mexico" in "Mexico City": the city, not the country
        (``text``: the document's; ``in_cities``: :func:`~diplograph.extract.names.countries_in_place_names`)."""
        if span.label_ != "Country":
            return False
        return any(text[max(span.start_char - len(before), 0):span.start_char] == before
                   and text[span.end_char:span.end_char + len(after)] == after
                   for before, after in in_cities.get(span.text, ()))

    @staticmethod
    def _country_in_country(span: Span, kept: list[Span]) -> bool:
        """"Republic of China" inside "People's Republic of China" names no country of its own."""
        return span.label_ == "Country" and any(
            k.label_ == "Country" and k.start <= span.start and span.end <= k.end for k in kept)

    @staticmethod
    def _territories_listed_as_parties(doc: Doc, outer: list[Span]) -> list[Span]:
        """"the members of the Forum: Australia, ..., Fiji, French Polynesia, Kiribati, ...": a
        territory (an ISO 3166 code, no sovereign state) listed with two or more countries or
        territories, or called a member (:meth:`_member_named`), is named as a party, as the annotation
        guidelines count Taiwan; alone it is a place."""
        territories = [k for k, s in enumerate(outer) if s.label_ == "Place" and TERRITORY_KEY.match(s.kb_id_)]
        if not territories:
            return outer
        text = doc.text
        # listed[i]: outer[i] and outer[i + 1] stand in one list
        listed = [LIST_SEPARATOR.fullmatch(text, a.end_char, b.start_char) is not None for a, b in zip(outer, outer[1:])]

        def party_like(span: Span) -> bool:
            return span.label_ == "Country" or span.label_ == "Place" and TERRITORY_KEY.match(span.kb_id_) is not None

        for k in territories:
            others = 0      # the countries and territories listed with it
            for step in (-1, 1):
                j = k
                while 0 <= j + step < len(outer) and listed[min(j, j + step)] and party_like(outer[j + step]):
                    j += step
                    others += 1
            if others >= 2 or MentionResolver._member_named(doc, outer[k]):
                s = outer[k]
                outer[k] = Span(doc, s.start, s.end, label="Country", kb_id=s.kb_id_, span_id=s.id_)
        return outer

    @staticmethod
    def _member_named(doc: Doc, span: Span) -> bool:
        """"Tokelau, an Associate Member, ...", "Curaçao was admitted as the sixth Associate Member
        of CARICOM": a territory called a member shortly after, in its sentence, is a party."""
        for token in doc[span.end:span.end + MEMBER_WINDOW]:
            if token.is_sent_start:
                return False
            if token.lower_ in ("member", "members"):
                return True
        return False

    def __call__(self, doc: Doc) -> Doc:
        candidates = list(doc.spans[CANDIDATES]) if CANDIDATES in doc.spans else []
        for ent in doc.ents:     # a statistical NER ahead of us adds its own candidates
            if ent.label_ in NER_LABELS:
                candidates.append(Span(doc, ent.start, ent.end, label=NER_LABELS[ent.label_], span_id="ner"))
        in_cities = countries_in_place_names()
        if any(c.label_ == "Country" and c.text in in_cities for c in candidates):
            text = doc.text     # (made from the tokens at each call: once here)
            candidates = [c for c in candidates if not self._country_in_a_city(c, text, in_cities)]
        candidate_starts = {c.start for c in candidates}
        order = sorted(candidates, key=lambda s: (-(s.end_char - s.start_char), RULE_PRIORITY.get(s.id_, 9), s.start, s.label_))
        outer: list[Span] = []          # kept sorted by start; outer spans never overlap
        starts: list[int] = []
        nested: list[Span] = []
        nested_in: dict[int, list[Span]] = {}   # container start -> the nested spans inside it
        taken: set[tuple[int, int]] = set()
        for span in order:
            if (span.start, span.end) in taken:
                continue
            container = None
            crossing = False
            # only the outer span starting at or before this one can contain it; the ones after it
            # that start before its end cross it (bisect keeps this linear-logarithmic on long documents)
            j = max(bisect_right(starts, span.start) - 1, 0)
            while j < len(outer) and outer[j].start < span.end:
                picked = outer[j]
                if picked.start <= span.start and span.end <= picked.end:
                    container = picked
                    break
                if span.start < picked.end and picked.start < span.end:
                    crossing = True
                    break
                j += 1
            if crossing:
                continue
            if container is None:
                index = bisect_left(starts, span.start)
                starts.insert(index, span.start)
                outer.insert(index, span)
                taken.add((span.start, span.end))
                continue
            siblings = nested_in.setdefault(container.start, [])
            # inside a nested name too, it must be a name of its own there: "Congress" of "National
            # People's Congress" in "National People's Congress Standing Committee"
            holders = [container] + [n for n in siblings if n.start <= span.start and span.end <= n.end]
            if span.id_ in NESTED_RULES and all(self._names_its_own(span, h, candidate_starts) for h in holders) \
                    and not self._country_in_country(span, [container, *siblings]) and not any(
                    n.start < span.end and span.start < n.end and not (n.start <= span.start and span.end <= n.end)
                    for n in siblings):
                nested.append(span)
                siblings.append(span)
                taken.add((span.start, span.end))
        outer.sort(key=lambda s: s.start)
        outer = self._territories_listed_as_parties(doc, outer)
        doc.spans[MENTIONS] = sorted(outer + nested, key=lambda s: (s.start, -s.end))
        doc.ents = [Span(doc, s.start, s.end, label=s.label_, kb_id=s.kb_id_) for s in outer]
        return doc


@Language.factory("diplograph_mention_resolver", assigns=["doc.ents", "doc.spans"])
def make_mention_resolver(nlp: Language, name: str) -> MentionResolver:
    return MentionResolver(nlp, name)
