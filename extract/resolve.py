"""The corpus-wide pass: every mention resolves to one entity with a canonical key.

Keys are ISO 3166-1 alpha-3 codes for countries, the curated ``id`` for gazetteer
names, the long form's key for acronyms, and ``name_key`` of the text for names found
by patterns. Acronym definitions and learned long forms apply across the corpus.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from diplograph.extract.gazetteer import Gazetteer
from diplograph.extract.keys import SPELLINGS, country_body_key, name_key, split_country_body_key
from diplograph.extract.names import default_rules
from diplograph.extract.records import AcronymDefinition, DocumentExtraction, FoundMention
from diplograph.model import CORE_CLASSES, EXTRA_CLASSES, DocumentRecord, Entity, Mention

CLASS_ORDER = CORE_CLASSES + EXTRA_CLASSES     # tie-break of an entity's class, first wins
PREPOSITIONS = {"of", "on", "for", "in", "against", "along", "among", "to", "at"}
# "Exercise Talisman Sabre 2023": the series' words (past the kind) and the year
DATED_EDITION = re.compile(r"(?:(?:Exercise|Operation)\s+)?(.+?)\s+((?:19|20)\d\d)")
# "Dharma Guardian 2018" (latent) and "Dharma Guardian 24" (an event of the document): two editions of one series
DATED_LATENT = re.compile(r"(.+?)[\s-](?:19|20)\d\d")
EDITION_NUMBER = re.compile(r"^(?:Exercise\s+)?(.+?)(?:[\s-](?:\d{1,4}|[IVX]+))?$")
ACRONYM_EDITION = re.compile(r"([A-Z][A-Z0-9]{2,})-(\d{2}|\d{4})$")     # "JIMEX-24", "CARAT-2023"


def _initials(name: str) -> str:
    """The initials of a name's capitalised words: "Colombo Security Conclave" -> "CSC",
    "Lancang-Mekong Cooperation" -> "LMC" (connectors such as "of" and "the" have none)."""
    return "".join(word[0] for word in re.findall(r"[A-Za-z][\w'’]*", name) if word[0].isupper())


def _names_by_initials(rows: list) -> dict[str, set[tuple[str, str]]]:
    """A document's names of several words by the initials that spell them, for the acronyms no
    document defines ("the CSC" after "the Colombo Security Conclave")."""
    names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for m, key, label, _ in rows:
        if label in CORE_CLASSES and " " in m.text.strip():
            names[_initials(m.text)].add((key, label))
            dated = DATED_EDITION.fullmatch(m.text.strip()) if label == "Event" else None
            if dated:       # "TS23" for "(Exercise) Talisman Sabre 2023"
                names[_initials(dated.group(1)) + dated.group(2)[2:]].add((key, label))
    return names


@dataclass
class AcronymTable:
    """What each acronym stands for: curated, defined in the corpus, defined in a document."""

    curated: dict[str, str]
    corpus: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    local: dict[str, dict[str, tuple[str, str]]] = field(default_factory=lambda: defaultdict(dict))
    local_long: dict[str, dict[str, tuple[str, str]]] = field(default_factory=lambda: defaultdict(dict))

    learned: dict[str, tuple[str, str]] = field(default_factory=dict)   # name_key(long form) -> (key, label)

    def lookup(self, short: str, doc_id: str) -> tuple[str, str] | None:
        if short in self.local.get(doc_id, {}):
            return self.local[doc_id][short]
        if short in self.corpus:
            return self.corpus[short].most_common(1)[0][0]
        return None


def _one_countrys_spelling(pattern: str) -> bool:
    """A body every government has, listed under one country's spelling: "Department of Defense"
    is the American one, but "Department of Defence" (folded to the same key) is another country's."""
    words = pattern.split()
    return len(words) > 1 and words[0] in default_rules().government_heads and pattern.count(" of ") <= 1 \
        and any(word.casefold() in SPELLINGS for word in words)     # not "Ministry of Defense of Japan"


class Resolver:
    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        # curated names by their key form, so "Declaration on Conduct of ..." finds its entry
        self.curated_by_key: dict[str, str] = {}
        # "Senate", "House of Representatives": the American body only where the document names the US
        self.bodies_of_country = {entry.pattern: entry.country for entry in gazetteer.patterns if entry.country}
        for entry in gazetteer.patterns:
            if not entry.acronym and not _one_countrys_spelling(entry.pattern):
                self.curated_by_key.setdefault(name_key(entry.pattern), entry.id)

    def _curated_class(self, key: str) -> str | None:
        known = self.gazetteer.entities.get(key)
        return known.label if known else None

    def _long_form_key(self, short: str, long: str, known_key: str | None) -> str:
        if known_key:
            return known_key
        key = name_key(long)
        if key in self.curated_by_key:
            return self.curated_by_key[key]
        curated = self.gazetteer.acronyms.get(short)
        if curated:
            # "Code of Conduct (COC)": the words fit inside a curated name of the acronym
            words = set(key.split("-"))
            for surface in self.gazetteer.entities[curated].surfaces:
                if words <= set(name_key(surface).split("-")):
                    return curated
        return key

    def _key_of(self, m: FoundMention, doc_id: str, table: AcronymTable) -> tuple[str, str, str]:
        """Key, label and source of one mention."""
        local = table.local.get(doc_id, {})
        if m.text in local and (m.rule in ("gazetteer", "acronym:definition") or " " in m.text):
            # ("ARF DiREx 2015" named again by the patterns: the edition its definition named)
            key, label = local[m.text]
            return key, label, "acronym"
        if m.rule == "acronym:definition" and m.text in table.local_long.get(doc_id, {}):
            key, label = table.local_long[doc_id][m.text]
            return key, label, ("gazetteer" if key in self.gazetteer.entities else "acronym")
        if m.key:
            return m.key, m.label, ("gazetteer" if m.key in self.gazetteer.entities else "pattern")
        key = name_key(m.text)
        if key in self.curated_by_key:
            curated = self.curated_by_key[key]
            return curated, self._curated_class(curated) or m.label, "gazetteer"
        if m.label == "Place" and m.text.startswith("The "):
            key = f"the-{key}"      # "The Hague": the article is part of the city's name
        return key, m.label, "pattern"

    def corpus_table(self, definitions: Iterable[tuple[str, list[AcronymDefinition]]]) -> AcronymTable:
        """The corpus-wide state of resolution from each document's (doc_id, acronym definitions):
        the acronym table and the long forms learned from it. Streams: definitions are small."""
        table = AcronymTable(dict(self.gazetteer.acronyms))
        longs = []
        for doc_id, found in definitions:
            for d in found:
                key = self._long_form_key(d.short, d.long, d.key)
                label = self._curated_class(key) or d.label
                table.corpus[d.short][(key, label)] += 1
                table.local[doc_id].setdefault(d.short, (key, label))
                table.local_long[doc_id].setdefault(d.long, (key, label))
                longs.append((d.long, d.short))
        for long, short in longs:   # long forms defined anywhere name the same thing everywhere
            table.learned.setdefault(name_key(long), table.corpus[short].most_common(1)[0][0])
        return table

    def acronym_table(self, extractions: list[DocumentExtraction]) -> AcronymTable:
        return self.corpus_table((e.doc_id, e.definitions) for e in extractions)

    def document_rows(self, extraction: DocumentExtraction, table: AcronymTable,
                      asked: dict | None = None) -> list[Row]:
        """One document's mentions with their keys; corpus-wide knowledge comes from ``table`` only.
        ``asked`` (if given) receives what this document asked the corpus-wide table and the answer,
        so that a rebuild can tell whether a changed table changes this document."""
        doc_id = extraction.doc_id
        rows: list[Row] = []
        taken = set()
        by_initials = None      # built on the first acronym no document defines
        named_here = None       # the names this document labels elsewhere, built on the first latent name
        series_here = None      # the series of the events this document labels, built on the first dated latent name
        for m in extraction.mentions:
            key, label, source = self._key_of(m, doc_id, table)
            rows.append((m, key, label, source))
            taken.update(range(m.start, m.end))
        for m in extraction.latent:
            if m.start in taken:
                continue
            if m.label == "ACRONYM":
                found = table.lookup(m.text, doc_id)
                if asked is not None and m.text not in table.local.get(doc_id, {}):
                    asked[("acronym", m.text)] = found
            else:
                found = table.learned.get(name_key(m.text))
                if asked is not None:
                    asked[("long form", name_key(m.text))] = found
                if not found:       # "conducted Joint Sea-2019 off Qingdao ... the Joint Sea-2019 exercise"
                    if named_here is None:
                        named_here = {name_key(named.text): (key, label) for named, key, label, _ in rows
                                      if label in CORE_CLASSES and label != "Country"}
                    found = named_here.get(name_key(m.text))
                dated = DATED_LATENT.fullmatch(m.text) if not found else None
                if dated:       # "- Dharma Guardian 2018: held at ..." where "Dharma Guardian 24" is an event here
                    if series_here is None:
                        series_here = {name_key(EDITION_NUMBER.match(named.text).group(1))
                                       for named, _, label, _ in rows if label == "Event"}
                    if name_key(dated.group(1)) in series_here:
                        found = (name_key(m.text), "Event")
            if not found and m.label == "ACRONYM" and len(m.text) >= 3 and m.text.isupper():
                # the one name of this document whose initials spell it; none when two names do
                if by_initials is None:
                    by_initials = _names_by_initials(rows)
                fits = by_initials.get(m.text, ())
                found = next(iter(fits)) if len(fits) == 1 else None
            edition = ACRONYM_EDITION.match(m.text) if not found else None
            if edition:
                # "JIMEX-23": an edition of the exercise the acronym stands for is an event of its own
                series = table.lookup(edition.group(1), doc_id)
                if asked is not None and edition.group(1) not in table.local.get(doc_id, {}):
                    asked[("acronym", edition.group(1))] = series      # the table's answer: a rebuild asks again
                curated = table.curated.get(edition.group(1)) or self.curated_by_key.get(name_key(edition.group(1)))
                if series is None and curated:
                    series = (curated, self._curated_class(curated))
                if series and series[1] == "Event":
                    found = (name_key(m.text), "Event")
            if found:
                key, label = found
                rows.append((FoundMention(m.start, m.end, m.text, label, key, "acronym:use", False,
                                          m.sentence_start, m.sentence_end), key, label, "acronym"))
                taken.update(range(m.start, m.end))     # an acronym is latent both as itself and as a name
        rows = self._merge_short_forms(_with_country_bodies(self._unqualified_bodies(rows)))
        return self._drop_nested_aliases(rows)

    def resolve(self, documents: list[DocumentRecord], extractions: list[DocumentExtraction]) -> tuple[list[Mention], list[Entity]]:
        by_id = {d.id: d for d in documents}
        table = self.acronym_table(extractions)
        tally = EntityTally()
        rows_by_doc = []
        for extraction in extractions:
            record = by_id[extraction.doc_id]
            rows = self.document_rows(extraction, table)
            tally.add(record.path, rows)
            rows_by_doc.append((record, rows))
        entities = self.entities(tally)
        mentions = []
        for record, rows in sorted(rows_by_doc, key=lambda item: (item[0].path, item[0].id)):
            mentions.extend(document_mentions(record, rows, entities))
        return mentions, sorted(entities.values(), key=lambda e: e.key)

    def _unqualified_bodies(self, rows: list[Row]) -> list[Row]:
        """A body listed as one country's under a name every country's may bear ("House of
        Representatives") is another's, unnamed, in a document that never names that country."""
        if not self.bodies_of_country:
            return rows
        named = {key for _, key, _, _ in rows}
        out = []
        for m, key, label, source in rows:
            country = self.bodies_of_country.get(m.text) if source == "gazetteer" else None
            out.append((m, name_key(m.text), label, "pattern") if country and country not in named else (m, key, label, source))
        return out

    @staticmethod
    def _drop_nested_aliases(rows):
        """"Belt and Road" inside '"Belt and Road" Initiative' is the same entity, not a second mention."""
        outer = sorted((m.start, m.end, key) for m, key, _, _ in rows if not m.nested)
        starts = [s for s, _, _ in outer]
        kept = []
        for row in rows:
            m, key = row[0], row[1]
            if m.nested:
                # outer mentions do not overlap: only the last one starting at or before m can hold it
                i = bisect_right(starts, m.start) - 1
                if i >= 0 and outer[i][1] >= m.end and outer[i][2] == key:
                    continue
            kept.append(row)
        return kept

    @staticmethod
    def _merge_short_forms(rows):
        """Within one document, "Foreign Ministers Meeting" is the "China-ASEAN Foreign Ministers Meeting"
        and "Code of Conduct" the "Code of Conduct in the South China Sea"."""
        names: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
        for m, key, label, _ in rows:
            names[(key, label)].add(tuple(w for w in re.findall(r"[a-z0-9]+", m.text.casefold()) if w != "the"))
        mapping = {}
        for m, key, label, source in rows:
            if source != "pattern" or key in mapping or split_country_body_key(key):
                continue
            words = tuple(w for w in re.findall(r"[a-z0-9]+", m.text.casefold()) if w != "the")
            if len(words) < 2:
                continue
            longer = set()
            for (other, other_label), forms in names.items():
                if other == key or other_label != label:
                    continue
                for ow in forms:
                    if len(ow) <= len(words):
                        continue        # (one name may be two countries' bodies: two keys, same words)
                    suffix = ow[-len(words):] == words and ow[-len(words) - 1] not in PREPOSITIONS
                    prefix = ow[:len(words)] == words and ow[len(words)] in PREPOSITIONS
                    if suffix or prefix:
                        longer.add(other)
            if len(longer) == 1:
                mapping[key] = longer.pop()
        if not mapping:
            return rows
        return [(m, mapping.get(key, key), label, source) for m, key, label, source in rows]

    def entities(self, tally: "EntityTally") -> dict[str, Entity]:
        """Entities from the mentions tallied over the corpus: class, preferred name, aliases, documents."""
        labels, surfaces, docs, sources, counts = tally.labels, tally.surfaces, tally.docs, tally.sources, tally.counts
        entities = {}
        for key in labels:
            known = self.gazetteer.entities.get(key)
            if known:
                cls, name = known.label, known.name
                if cls == "Place" and labels[key].get("Country", 0) >= max(labels[key].get("Place", 0), 1):
                    cls = "Country"     # a territory named as a party as often as a place or more ("French Polynesia")
            else:
                cls = max(labels[key].items(), key=lambda kv: (kv[1], -CLASS_ORDER.index(kv[0]) if kv[0] in CLASS_ORDER else -99))[0]
                # a name without an acronym in brackets inside ("... Cooperation (LMC) ... Meeting") labels it
                name = max(surfaces[key].items(),
                           key=lambda kv: (len(kv[0].split()) > 1, "(" not in kv[0], kv[1], len(kv[0]), kv[0]))[0]
                name = re.sub(r"^(the|The)\s+", "", name)
                body = split_country_body_key(key)
                country = self.gazetteer.entities.get(body[1]) if body else None
                if country and country_body_key(name, country.key) == key:
                    name = f"{name} ({country.name})"       # one country's ministry among others of that name
            identifiers = dict(known.identifiers) if known else {}
            if cls in ("Country", "Place") and re.fullmatch(r"[A-Z]{3}", key):
                identifiers["alpha_3"] = key
            entities[key] = Entity(
                key=key, label=name, cls=cls,
                aliases=sorted(s for s in surfaces[key] if s != name),
                documents=sorted(docs[key]), mention_count=counts[key],
                identifiers=identifiers, source=sources.get(key, "pattern"),
            )
        return entities


Row = tuple[FoundMention, str, str, str]     # mention, entity key, class label, source


def _with_country_bodies(rows: list[Row]) -> list[Row]:
    """Within one document, "the Ministry of National Defence" after "Vietnam's Ministry of National
    Defence" is Vietnam's, when the document names that body of one country only."""
    owners: dict[str, set[str]] = defaultdict(set)
    for _, key, _, _ in rows:
        body = split_country_body_key(key)
        if body:
            owners[body[0]].add(key)
    if not owners:
        return rows
    return [(m, next(iter(owners[key])), label, source)
            if source == "pattern" and len(owners.get(key, ())) == 1 else (m, key, label, source)
            for m, key, label, source in rows]


@dataclass
class EntityTally:
    """What the corpus says of each entity key, added one document at a time: class votes,
    surface forms, documents, mention count and the most trusted source. Documents can be
    added as a whole (:meth:`add`) or as a tally of their own merged in (:meth:`merge`)."""

    labels: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    surfaces: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    docs: dict[str, set] = field(default_factory=lambda: defaultdict(set))
    sources: dict[str, str] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)

    def add(self, path: str, rows: Iterable[Row]) -> "EntityTally":
        for m, key, label, source in rows:
            self.labels[key][label] += 1
            self.surfaces[key][m.text] += 1
            self.docs[key].add(path)
            self.counts[key] += 1
            self._source(key, source)
        return self

    def _source(self, key: str, source: str) -> None:
        if self.sources.get(key) != "gazetteer":
            self.sources[key] = source if self.sources.get(key) in (None, "pattern") else self.sources[key]

    def merge(self, other: "EntityTally") -> None:
        """Add another tally (one document's) as if its rows had been added here."""
        labels, surfaces, docs, counts = self.labels, self.surfaces, self.docs, self.counts
        for key, votes in other.labels.items():     # Counter.update, without its per-call checks
            mine = labels[key]
            for label, n in votes.items():
                mine[label] += n
            mine = surfaces[key]
            for surface, n in other.surfaces[key].items():
                mine[surface] += n
            docs[key].update(other.docs[key])
            counts[key] += other.counts[key]
        for key, source in other.sources.items():
            self._source(key, source)

    def plain(self) -> "EntityTally":
        """The same tally in plain dicts and sets (no default factories, no Counters): picklable,
        smaller, and quick to pickle (a Counter pickles and unpickles through Python code). It can
        be merged into a tally but not added to."""
        return EntityTally({k: dict(v) for k, v in self.labels.items()},
                           {k: dict(v) for k, v in self.surfaces.items()},
                           {k: set(v) for k, v in self.docs.items()}, dict(self.sources), dict(self.counts))


def document_mentions(record: DocumentRecord, rows: Iterable[Row], entities: dict[str, Entity]) -> list[Mention]:
    """The resolved mentions of one document, in offset order (longest first at a shared start)."""
    mentions = []
    for m, key, _, _ in sorted(rows, key=lambda r: (r[0].start, -r[0].end)):
        sentence = record.text[m.sentence_start:m.sentence_end]
        mentions.append(Mention(
            doc=record.path, doc_id=record.id, start=m.start, end=m.end, text=m.text,
            label=entities[key].cls, entity=key, sentence=" ".join(sentence.split()),
            sentence_start=m.sentence_start, rule=m.rule, nested=m.nested,
        ))
    return mentions
