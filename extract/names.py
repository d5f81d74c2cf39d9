"""Rules for names no gazetteer lists: capitalised spans with a head word.

"Fourth ARF Disaster Relief Exercise", "Treaty on the Non-Proliferation of Nuclear
Weapons", "China-Afghanistan-Pakistan-Tajikistan coordination mechanism": a name is
a run of capitalised words that may hold function words (of, on, the, and, ...),
hyphens, possessives and quoted parts; the word before its first preposition is
its head, and the head says the class. Word lists live in ``data/``.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

DATA_DIR = Path(__file__).parent / "data"
ORDINAL_NUMBER = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
YEAR = re.compile(r"^(19|20)\d\d$")
NUMBER = re.compile(r"^\d[\d.,]*$")
ROMAN_OR_CODE = re.compile(r"^([IVX]+|[A-Z]{1,3}\d+[A-Z0-9]*|\d+)$")
DOMAIN = re.compile(r"^(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|int|edu|info|news|cn|jp|kr|ru|in|uk|de|fr|au|sg|my|ph|vn|id|th|hk|tw|eu|un)$", re.IGNORECASE)
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
QUOTES = {'"', "'", "“", "”", "‘", "’", "``", "''"}
OPEN_QUOTES = {'"', "'", "“", "‘", "``"}
CLOSE_QUOTES = {'"', "'", "”", "’", "''"}


@dataclass(frozen=True)
class HeadRule:
    label: str
    ordinal_label: str | None = None


@dataclass(frozen=True)
class NameRules:
    heads: dict[str, HeadRule]
    two_word_heads: dict[str, str]
    connectors: frozenset[str]
    prepositions: frozenset[str]
    ordinal_words: frozenset[str]
    leading_drop: frozenset[str]
    breakers: frozenset[str]
    person_titles: frozenset[str]
    compound_heads: dict[str, str]
    ordinal_lowercase_heads: frozenset[str]
    briefing_heads: tuple[tuple[str, ...], ...]
    weak_heads: frozenset[str]
    prefix_heads: frozenset[str]
    location_prepositions: frozenset[str]

    @classmethod
    def from_files(cls, heads_file: Path = DATA_DIR / "name_heads.jsonl",
                   words_file: Path = DATA_DIR / "name_words.json") -> "NameRules":
        heads = {}
        for number, line in enumerate(heads_file.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                entry = json.loads(line)
                if "head" not in entry or "label" not in entry:
                    raise ValueError(f"{heads_file}:{number}: expected 'head' and 'label', got {sorted(entry)}")
                heads[entry["head"]] = HeadRule(entry["label"], entry.get("ordinal_label"))
        words = json.loads(words_file.read_text(encoding="utf-8"))
        return cls(
            heads=heads,
            two_word_heads=dict(words["two_word_heads"]),
            connectors=frozenset(words["connectors"]),
            prepositions=frozenset(words["prepositions"]),
            ordinal_words=frozenset(words["ordinal_words"]),
            leading_drop=frozenset(words["leading_drop"]),
            breakers=frozenset(words["breakers"]),
            person_titles=frozenset(words["person_titles"]),
            compound_heads=dict(words["compound_mechanism_heads"]),
            ordinal_lowercase_heads=frozenset(words["ordinal_lowercase_heads"]),
            briefing_heads=tuple(tuple(h.split()) for h in words["briefing_heads"]),
            weak_heads=frozenset(words["weak_heads"]),
            prefix_heads=frozenset(words["prefix_heads"]),
            location_prepositions=frozenset(words["location_prepositions"]),
        )


@lru_cache(maxsize=None)
def default_rules() -> NameRules:
    return NameRules.from_files()


def is_ordinal(token: Token, rules: NameRules) -> bool:
    return bool(ORDINAL_NUMBER.match(token.text)) or token.lower_ in rules.ordinal_words


def is_capitalised(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and any(ch.isalpha() for ch in text)


def attached(left: Token, right: Token) -> bool:
    """True when no whitespace separates two neighbouring tokens."""
    return left.i + 1 == right.i and not left.whitespace_


@dataclass(frozen=True)
class Candidate:
    start: int      # token offsets
    end: int
    label: str
    rule: str
    key: str | None = None


class NameFinder:
    """Finds capitalised names and classifies them by their head word."""

    def __init__(self, rules: NameRules | None = None):
        self.rules = rules or default_rules()

    # -- spans --------------------------------------------------------------

    def _name_word(self, token: Token) -> bool:
        if not is_capitalised(token) and not ORDINAL_NUMBER.match(token.text):
            return False
        return token.text not in self.rules.breakers

    def _extend(self, doc: Doc, start: int, limit: int, known_ends: dict[int, int]) -> int:
        """End (exclusive) of the name run that starts at ``start``."""
        rules = self.rules
        end = start + 1
        k = start + 1
        if doc[start].text in OPEN_QUOTES:
            end = start      # a quote alone is not a name
        while k < limit:
            token = doc[k]
            previous = doc[k - 1]
            if token.is_space or token.is_sent_start:
                break
            if k in known_ends and known_ends[k] > k:       # a curated name inside: take it whole
                k = end = max(known_ends[k], k + 1)
                continue
            if token.text == "-" and attached(previous, token) and k + 1 < limit and attached(token, doc[k + 1]) \
                    and (doc[k + 1].is_alpha or doc[k + 1].is_digit):
                k += 2
                end = k
                continue
            if token.text in ("'s", "’s", "'", "’") and attached(previous, token) and previous.text[:1].isalpha():
                k += 1
                # a possessive or closing quote joins only when the name goes on after it
                if k < limit and (self._name_word(doc[k]) or doc[k].lower_ in rules.connectors):
                    continue
                break
            if token.text in CLOSE_QUOTES and attached(previous, token) and k + 1 < limit and self._name_word(doc[k + 1]):
                k += 1
                continue
            if token.text in OPEN_QUOTES and not attached(previous, token) and k + 1 < limit and self._name_word(doc[k + 1]):
                k += 1
                continue
            if self._name_word(token):
                k += 1
                end = k
                continue
            if NUMBER.match(token.text) and k + 1 < limit:
                if YEAR.match(token.text) and not doc[k + 1].is_alpha:
                    end = k + 1      # "Cooperation for Law Enforcement 2015"
                    break
                if self._name_word(doc[k + 1]):
                    k += 1
                    continue
                if YEAR.match(token.text):
                    end = k + 1
                    break
                break
            if YEAR.match(token.text):
                end = k + 1
                break
            if token.lower_ in rules.connectors and token.text == token.lower_:
                # function words join only between two name words
                j = k
                while j < limit and j - k < 3 and doc[j].lower_ in rules.connectors and doc[j].text == doc[j].lower_:
                    j += 1
                if j < limit and (self._name_word(doc[j]) or doc[j].text in OPEN_QUOTES) and not doc[j].is_sent_start:
                    k = j
                    continue
                break
            break
        return end

    def _is_preposition(self, token: Token, first: int) -> bool:
        """Prepositions join names in lower case, or capitalised in title-case names ("Against")."""
        lower = token.lower_
        if lower not in self.rules.prepositions or token.i == first:
            return False
        return token.text == lower or token.text == lower.capitalize() and lower not in ("in", "on", "at", "to")

    def _trim(self, doc: Doc, start: int, end: int, known: dict[tuple[int, int], Span]) -> tuple[int, int]:
        rules = self.rules
        while start < end:
            token = doc[start]
            lower = token.lower_.rstrip(".")
            if (lower in rules.leading_drop or (lower in STOP_WORDS and not token.like_num and lower not in rules.ordinal_words)
                    or token.is_punct and token.text not in OPEN_QUOTES):
                start += 1
            elif lower in MONTHS and (start + 1 >= end or NUMBER.match(doc[start + 1].text) or doc[start + 1].lower_ in ("and", "or", "to")):
                start += 1
            elif NUMBER.match(token.text):
                start += 1
            else:
                break
        # "China's State Council ..." -> the possessor is a name of its own
        for k in range(start + 1, min(end, start + 8)):
            if doc[k].text in ("'s", "’s") and (start, k) in known:
                start = k + 1
                break
        end = self._cut(doc, start, end, known)
        while end > start and (doc[end - 1].lower_ in rules.connectors or doc[end - 1].text in QUOTES
                               or doc[end - 1].text in ("-", "'s", "’s")):
            end -= 1
        if start < end and doc[start].text in OPEN_QUOTES:
            # keep a leading quote only when its closing quote is inside the name
            if not any(t.text in CLOSE_QUOTES for t in doc[start + 1:end]):
                start += 1
        return start, end

    def _cut(self, doc: Doc, start: int, end: int, known: dict[tuple[int, int], Span]) -> int:
        """Where a name stops before a phrase that only modifies it.

        "Six-Party Talks on the DPRK nuclear issue", "... Meeting in July 2016",
        "... for Information Security to the UN General Assembly",
        "Code for Unplanned Encounters at Sea at the Western Pacific Naval Symposium".
        """
        rules = self.rules
        known_at = self._known_at
        for k in range(start + 1, end):
            token = doc[k]
            if not self._is_preposition(token, start):
                continue
            tail = k + 1
            while tail < end and doc[tail].lower_ in ("the", "a", "an"):
                tail += 1
            if tail >= end:
                return k
            words = [t for t in doc[tail:end] if not t.is_punct]
            # a date: "in July 2016", "in 2015"
            if all(t.lower_ in MONTHS or t.lower_ in WEEKDAYS or NUMBER.match(t.text) or t.lower_ in ("and", "of")
                   for t in words):
                return k
            spans_here = known_at.get(tail, [])
            whole = [sp for sp in spans_here if sp.end == end]
            # a country used as a modifier: "... on the North Korea nuclear issue"
            if any(sp.label_ == "Country" for sp in whole) and end < len(doc) and doc[end].is_lower and doc[end].is_alpha \
                    and doc[end].lower_ not in rules.connectors:
                return k
            if token.lower_ == "to" and any(sp.label_ in ("Organisation", "Country") for sp in whole):
                return k
            if token.lower_ in ("in", "at") and end < len(doc) and doc[end].is_lower and doc[end].is_alpha \
                    and doc[end].lower_ not in rules.connectors and end - tail <= 2 \
                    and self.head_label(doc, tail, end, fallback=False)[0] is None:
                label, _ = self.head_label(doc, start, k)
                if label in ("Event", "Mechanism"):
                    return k    # "... Dialogue on Cybercrime in Malaysian capital": a place phrase
            if token.lower_ in rules.location_prepositions:
                if doc[k + 1].lower_ == "the":
                    label, _ = self.head_label(doc, tail, end)
                    if label in ("Event", "Organisation") and tail > k + 1:
                        return k
                elif any(sp.label_ in ("Country", "Place") for sp in whole) or (
                        token.lower_ == "in" and end - tail <= 2 and all(is_capitalised(t) for t in doc[tail:end])
                        and self.head_label(doc, tail, end, fallback=False)[0] is None):
                    # "... Meeting on Maritime Security in Manila", "Shangri-La Dialogue in Singapore":
                    # a place after an event or a forum says where it met, it is not its name
                    label, _ = self.head_label(doc, start, k)
                    if label == "Event" or (label == "Mechanism" and end - tail == 1):
                        return k
        return end

    def _split(self, doc: Doc, start: int, end: int, known_ends: set[int]) -> list[tuple[int, int]]:
        """Split coordinated names: "the A Meeting and the Third B Exercise", "Malaysia the Fourth ..."."""
        parts = []
        k = start
        for i in range(start + 1, end - 1):
            token = doc[i]
            nxt = doc[i + 1]
            if token.lower_ in ("and", "or") and token.text == token.lower_:
                right_words = [t for t in doc[i + 1:end] if t.is_alpha and t.lower_ not in self.rules.connectors]
                if nxt.lower_ in ("the", "a", "an") or is_ordinal(nxt, self.rules) or (
                        doc[i - 1].text in self.rules.heads and len(right_words) >= 3
                        and self.head_label(doc, i + 1, end)[0] is not None):
                    parts.append((k, i))
                    k = i + 1
            elif token.lower_ == "the" and token.text == "the" and i in known_ends and i > k:
                parts.append((k, i))
                k = i
        parts.append((k, end))
        return parts

    # -- classes ------------------------------------------------------------

    def head_label(self, doc: Doc, start: int, end: int, *, fallback: bool = True) -> tuple[str | None, int | None]:
        """Class of the name ``doc[start:end]`` by its head, and the head's index."""
        rules = self.rules
        if end - start < 1:
            return None, None
        zone_end = end
        for token in doc[start + 1:end]:
            if self._is_preposition(token, start):
                zone_end = token.i
                break
        label, head_index = self._head_at(doc, start, zone_end)
        if label is None and fallback and zone_end < end:
            # "Asia-Pacific Heads of Maritime Administrations Conference": the head comes last
            label, head_index = self._head_at(doc, start, end)
            if label == "Place" or (head_index is not None and doc[head_index].text in rules.weak_heads):
                label, head_index = None, None
        if label is None and YEAR.match(doc[end - 1].text) and end - start >= 4 and not any(
                t.lower_ in MONTHS for t in doc[start:end]):
            label, head_index = "Event", end - 1      # "Cooperation for Law Enforcement 2015"
        if label is None:
            return None, None
        if sum(1 for t in doc[start:end] if t.is_alpha or NUMBER.match(t.text)) < 2:
            return None, None    # a bare head word ("the Summit") is not a name
        return label, head_index

    def _head_at(self, doc: Doc, start: int, zone_end: int) -> tuple[str | None, int | None]:
        rules = self.rules
        head_index = zone_end - 1
        while head_index > start and (ROMAN_OR_CODE.match(doc[head_index].text) or doc[head_index].text in QUOTES):
            head_index -= 1     # "World War II", "Flight MH370"
        head = doc[head_index]
        if head_index > start:
            two = f"{doc[head_index - 1].text} {head.text}"
            if two in rules.two_word_heads:
                return rules.two_word_heads[two], head_index
        rule = rules.heads.get(head.text)
        if rule is None and head.lower_ in rules.ordinal_lowercase_heads and is_ordinal(doc[start], rules):
            rule = rules.heads.get(head.text.capitalize())     # "Ninth NPT review conference"
        if rule is None:
            return None, None
        ordinal = is_ordinal(doc[start], rules)
        if rule.label == "Mechanism" and head_index + 1 < zone_end and YEAR.match(doc[head_index + 1].text):
            return "Event", head_index      # "Pacific Partnership 2015": an edition, not the series
        return (rule.ordinal_label if ordinal and rule.ordinal_label else rule.label), head_index

    # -- rules --------------------------------------------------------------

    def find(self, doc: Doc, known: list[Span]) -> tuple[list[Candidate], list[Candidate]]:
        """Labelled candidates and unlabelled capitalised runs (resolved against the corpus later)."""
        known_spans = {(s.start, s.end): s for s in known}
        self._known_at: dict[int, list[Span]] = {}      # curated names by first token, for _cut
        for span in known:
            self._known_at.setdefault(span.start, []).append(span)
        known_ends: dict[int, int] = {}
        for span in known:
            known_ends[span.start] = max(known_ends.get(span.start, 0), span.end)
        found: list[Candidate] = []
        latent: list[Candidate] = []
        country_ends = {s.end for s in known if s.label_ in ("Country", "Organisation")}
        n = len(doc)
        sentence_end = {}
        for sent in doc.sents:
            for t in sent:
                sentence_end[t.i] = sent.end
        i = 0
        while i < n:
            token = doc[i]
            starts = self._name_word(token) or (token.text in OPEN_QUOTES and i + 1 < n and self._name_word(doc[i + 1]))
            if not starts:
                i += 1
                continue
            limit = sentence_end.get(i, n)
            end = self._extend(doc, i, limit, known_ends)
            if end <= i:
                i += 1
                continue
            end = self._ordinal_lowercase_tail(doc, i, end, limit)
            for part_start, part_end in self._split(doc, i, end, country_ends):
                start, stop = self._trim(doc, part_start, part_end, known_spans)
                if stop <= start:
                    continue
                label, head = self.head_label(doc, start, stop)
                if label:
                    found.append(Candidate(start, stop, label, "pattern:head"))
                    found.extend(self._nested_tails(doc, start, stop, "pattern:nested", outer_head=head,
                                                    outer_label=label))
                    found.extend(self._nested_prefixes(doc, start, stop))
                elif (start, stop) not in known_spans:
                    latent.append(Candidate(start, stop, "NAME", "pattern:latent"))
                    # "Vice Minister of the Ministry of Foreign Affairs": the name is the tail
                    found.extend(self._nested_tails(doc, start, stop, "pattern:head"))
                    person = self._person(doc, start, stop)
                    if person:
                        found.append(person)
            i = max(end, i + 1)
        found.extend(self._placed_organisations(doc, known))
        found.extend(self._compound_mechanisms(doc, known))
        found.extend(self._briefings(doc, known))
        found.extend(self._domains_and_speakers(doc, known_spans))
        return found, latent

    def _ordinal_lowercase_tail(self, doc: Doc, start: int, end: int, limit: int) -> int:
        """"Ninth NPT review conference": an ordinal name ending in a lowercase event word."""
        if not is_ordinal(doc[start], self.rules) or end - start < 2:
            return end
        for j in range(end, min(end + 2, limit)):
            if doc[j].lower_ in self.rules.ordinal_lowercase_heads and doc[j].text == doc[j].lower_:
                return j + 1
            if not doc[j].is_alpha or doc[j].text != doc[j].lower_:
                break
        return end

    def _nested_tails(self, doc: Doc, start: int, end: int, rule: str, outer_head: int | None = None,
                      outer_label: str | None = None) -> list[Candidate]:
        """Names inside a name: "... Outcomes of the World Summit on the Information Society"."""
        out = []
        for k in range(start + 1, end - 1):
            if not self._is_preposition(doc[k], start):
                continue
            if outer_label == "Organisation" and doc[k].lower_ == "for":
                continue        # "Institute for Strategic Dialogue": a field of work, not a name
            tail = k + 1
            while tail < end and doc[tail].lower_ in ("the", "a", "an"):
                tail += 1
            if tail >= end or not is_capitalised(doc[tail]):
                continue
            label, head = self.head_label(doc, tail, end, fallback=False)
            # a tail that ends on the outer name's own head is a piece of it, not a name
            if label and label != "Place" and head != outer_head and doc[head].text not in self.rules.weak_heads:
                out.append(Candidate(tail, end, label, rule))
                if rule == "pattern:head":
                    break       # the outermost tail is the name; inner ones nest in it later
        return out

    def _nested_prefixes(self, doc: Doc, start: int, end: int) -> list[Candidate]:
        """"Malaysian Airlines Flight MH370", "State Council Information Office": a body named first."""
        out = []
        for h in range(start + 1, end - 1):
            token = doc[h]
            if token.text in self.rules.prefix_heads and self._name_word(doc[h + 1]) and attached(token, doc[h + 1]) is False:
                label, _ = self._head_at(doc, start, h + 1)
                if label and not any(self._is_preposition(t, start) for t in doc[start:h]):
                    out.append(Candidate(start, h + 1, label, "pattern:nested"))
        return out

    def _person(self, doc: Doc, start: int, end: int) -> Candidate | None:
        """"Vice Foreign Minister Liu Zhenmin" -> Liu Zhenmin; speaker lines "Liu Zhenmin:"."""
        words = doc[start:end]
        titles = [t.i for t in words if t.text in self.rules.person_titles]
        if titles:
            first = titles[-1] + 1
            if 1 <= end - first <= 3 and all(is_capitalised(t) and t.is_alpha for t in doc[first:end]):
                return Candidate(first, end, "Person", "pattern:person")
        return None

    def _placed_organisations(self, doc: Doc, known: list[Span]) -> list[Candidate]:
        """"Hong Kong Wen Wei Po", "Japan Self-Defense Forces": a place naming whose body it is."""
        places = {s.end: s for s in known if s.label_ in ("Country", "Place")}
        out = []
        for span in known:
            if span.label_ == "Organisation" and len(span) >= 2 and span.start in places:
                place = places[span.start]
                if place.sent == span.sent and doc[place.end - 1].whitespace_ == " ":
                    out.append(Candidate(place.start, span.end, "Organisation", "pattern:compound"))
        return out

    def _compound_mechanisms(self, doc: Doc, known: list[Span]) -> list[Candidate]:
        """"China-Afghanistan-Pakistan-Tajikistan coordination mechanism"."""
        by_start = {s.start: s for s in known if s.label_ in ("Country", "Organisation")}
        out = []
        for span in known:
            if span.start in by_start and by_start[span.start] is not span:
                continue
            start, end, parts = span.start, span.end, 1
            while end + 1 < len(doc) and doc[end].text == "-" and attached(doc[end - 1], doc[end]) \
                    and end + 1 in by_start and attached(doc[end], doc[end + 1]):
                end = by_start[end + 1].end
                parts += 1
            if parts < 2 or (start > 0 and doc[start - 1].text == "-" and attached(doc[start - 1], doc[start])):
                continue
            last = None      # the furthest head: "joint patrol mechanism" is a mechanism
            for j in range(end, min(end + 3, len(doc))):
                word = doc[j]
                if word.text != word.lower_ or not word.is_alpha:
                    break
                if word.lower_ in self.rules.compound_heads:
                    last = j
            if last is not None:
                out.append(Candidate(start, last + 1, self.rules.compound_heads[doc[last].lower_], "pattern:compound"))
        return out

    def _briefings(self, doc: Doc, known: list[Span]) -> list[Candidate]:
        """"SCIO briefing on '...'", "the press conference on China's Policies on ..."."""
        ends = {s.end: s for s in known if s.label_ == "Organisation"}
        out = []
        n = len(doc)
        lowers = [t.lower_ for t in doc]    # one pass over the tokens, not one slice per token and head
        firsts = {head[0] for head in self.rules.briefing_heads if head}
        for i in range(n):
            if lowers[i] not in firsts:
                continue
            for head in self.rules.briefing_heads:
                j = i + len(head)
                if j >= n or lowers[i:j] != list(head) or lowers[j] != "on":
                    continue
                k = j + 1
                quoted = k < n and doc[k].text in OPEN_QUOTES
                if quoted:
                    k += 1
                if k >= n or not self._name_word(doc[k]):
                    continue
                end = self._extend(doc, k, min(n, doc[k].sent.end), {})
                if quoted and end < n and doc[end].text in CLOSE_QUOTES:
                    end += 1
                while end > k and doc[end - 1].lower_ in self.rules.connectors:
                    end -= 1
                start = ends[i].start if i in ends else (i - 1 if i > 0 and doc[i - 1].text.isupper() and doc[i - 1].is_alpha else i)
                out.append(Candidate(start, end, "Event", "pattern:briefing"))
        return out

    def _domains_and_speakers(self, doc: Doc, known: dict[tuple[int, int], Span]) -> list[Candidate]:
        out = []
        for token in doc:
            if DOMAIN.match(token.text) and "/" not in token.text:
                out.append(Candidate(token.i, token.i + 1, "Organisation", "pattern:domain"))
        # transcript speaker lines: "CRI:" names the news organisation asking the question
        for sent in doc.sents:
            words = [t for t in sent if not t.is_space]
            if len(words) == 2 and words[1].text == ":" and (words[0].i, words[0].i + 1) not in known:
                text = words[0].text
                if text.isupper() and text.isalpha() and 2 <= len(text) <= 6:
                    out.append(Candidate(words[0].i, words[0].i + 1, "Organisation", "pattern:speaker"))
        return out
