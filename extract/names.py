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
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from diplograph.extract.dates import MONTHS as MONTH_NUMBERS
from diplograph.extract.keys import country_body_key, name_key
from diplograph.extract.tokens import TokenTable, table

DATA_DIR = Path(__file__).parent / "data"
ORDINAL_NUMBER = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(st|nd|rd|th)$", re.IGNORECASE)     # "32nd", "1,456th"
YEAR = re.compile(r"^(19|20)\d\d$")
HISTORIC_YEAR = re.compile(r"^1[0-8]\d\d$")     # "the 1746 Callao tsunami", "the 1883 Krakatoa eruption"
# words after a two-digit edition number that end the name ("Saber Strike 24 in Poland", "... 24 began")
EDITION_FOLLOWERS = frozenset({"and", "or", "in", "on", "at", "with", "from", "to", "was", "were", "is", "are", "will",
                               "has", "had", "began", "begins", "ended", "ends", "concluded", "opened", "involved"})
HYPHEN_YEAR = re.compile(r"(?<=[A-Za-z])-(?:19|20)\d\d$")     # "Sea-2024"
STATEMENT_HEADS = frozenset({"Statement", "Declaration", "Communiqué", "Communique"})
CHAIRS = frozenset({"Chairman", "Chair", "Chairperson", "Chairwoman"})
EXERCISE_DETERMINERS = frozenset({"the", "their", "its", "this", "our"})
NAMING_VERBS = frozenset({"dubbed", "codenamed", "code-named", "named", "called"})
SPEECH_VERBS = frozenset({"said", "says", "told", "tells", "reported", "reports", "added", "adds", "stated", "noted",
                          "announced", "confirmed", "wrote"})
DATED_DETERMINERS = frozenset({"the", "their", "its", "this", "that", "our", "last", "next"})
RESOLUTION_NUMBER = re.compile(r"^(?:\d{3,4}|\d{2}/\d{1,3})$")     # 1540, 2729; the General Assembly's 68/262
NUMBER = re.compile(r"^\d[\d.,]*$")
# after a body's head word, the region it serves: "Joint Task Force North"
COMPASS_POINTS = frozenset({"North", "South", "East", "West"})
# prepositions after a verb in -ing that opens a sentence, besides the names' own ('Working with the ...')
GERUND_PREPOSITIONS = frozenset({"with", "alongside", "through", "from", "into", "by", "under", "across"})
ROMAN_OR_CODE = re.compile(r"^([IVX]+|[A-Z]{1,3}\d+[A-Z0-9]*|\d+)$")
# a country's adjective the lists lack ("Peruvian", "Burmese", "Thai"): no plain exercise name
DEMONYM_ENDING = re.compile(r"(?:an|ese|ish|i|ic|ch)$")
EDITION = re.compile(r"^[A-Z][A-Za-z]*-(?:\d+|[IVX]+)$")     # "Mission-2018": spaCy keeps it one token
COPYRIGHT_SIGNS = frozenset({"©", "copyright", "(c)"})
ROMAN_EDITION = re.compile(r"^(?!I$)[IVXLC]+$")     # "UNITAS LXVI" (not "I", a pronoun)
EDITION_WORDS = frozenset({"edition", "iteration", "instalment", "installment", "round", "session"})
DOMAIN = re.compile(r"^(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|int|edu|info|news|cn|jp|kr|ru|in|uk|de|fr|au|sg|my|ph|vn|id|th|hk|tw|eu|un)$", re.IGNORECASE)
MONTHS = frozenset(MONTH_NUMBERS)      # "january", "jan", "sept", ...
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
POLITY_NOUNS = frozenset({"countries", "states", "nations", "leaders", "governments", "peoples", "economies", "nationals"})
THEME_WORDS = frozenset({"theme", "themed", "slogan", "motto"})
THEME_TEXT = re.compile("|".join(sorted(THEME_WORDS)), re.IGNORECASE)     # the cheap test before the token pass
HONORIFICS = frozenset({"hon", "rt", "h.e", "excellency"})      # "Hon. Siaosi Sovaleni", "H.E. Dr. ..."
PLACE_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "la", "al", "el", "es"})     # "Rio de Janeiro", "Dar es Salaam"
# a body's organs, named after it or "of" it: "OAS General Assembly", "General Assembly of the OAS"
ORGAN_HEADS = frozenset({"Assembly", "Council", "Commission", "Secretariat", "Committee", "Parliament", "Court", "Board"})
# what was done to a named thing or made of it, opening a title: "Signing of the ...", "Transcript of ..." is not its name
TITLE_OPENERS = frozenset({"signing", "conclusion", "ratification", "adoption", "launch", "renewal", "extension",
                           "transcript", "readout", "text", "summary", "outcome", "highlights"})
CALENDAR_WORDS = MONTHS | WEEKDAYS     # "on Friday", "in May": a time, not a name
# verbs whose object is followed by "of" and what it is told or accused of
TOLD_OF_VERBS = frozenset({
    "notify", "notifies", "notified", "notifying", "inform", "informs", "informed", "informing",
    "apprise", "apprises", "apprised", "remind", "reminds", "reminded", "reminding", "warn", "warns", "warned",
    "warning", "accuse", "accuses", "accused", "accusing", "assure", "assures", "assured", "assuring",
    "convince", "convinces", "convinced", "advise", "advises", "advised", "advising"})
QUOTES = {'"', "'", "“", "”", "‘", "’", "``", "''"}
# "the Bucharest Nine (B9)": a group named by how many it has, its acronym the letter and the number
GROUP_NUMBERS = {"Two": 2, "Three": 3, "Four": 4, "Five": 5, "Six": 6, "Seven": 7, "Eight": 8, "Nine": 9, "Ten": 10,
                 "Eleven": 11, "Twelve": 12}
COUNTED_ACRONYM = re.compile(r"([A-Z]{1,2})(\d{1,2})")
SPACED_PAIR_DASHES = ("–",)     # an en dash, spaced: "Central Asia – Germany summit" (an em dash sets off an aside)
OPEN_QUOTES = {'"', "'", "“", "‘", "``"}
CLOSE_QUOTES = {'"', "'", "”", "’", "''"}


def _quoted_proposals(t: TokenTable) -> list[Candidate]:
    """A proposal named by a quoted phrase in lower case: 'the "suspension for suspension"
    proposal', 'the "dual-track approach"'; or a quoted name before the kind of mechanism it is:
    'the "Shanghai Five" mechanism', 'the "BRICS Plus" approach'."""
    X, L = t.texts, t.lowers
    out = []
    for i in (i for i, text in enumerate(X) if text in OPEN_QUOTES):
        close = next((j for j in range(i + 2, min(i + 9, len(X))) if X[j] in CLOSE_QUOTES), None)
        if close is None or i == 0 or not (L[i - 1] in ("the", "its", "their") or X[i - 1] in ("'s", "’s")):
            continue
        inner = range(i + 1, close)
        kind_after = close + 1 < len(X) and L[close + 1] in QUOTED_NAME_KINDS
        if kind_after and X[i + 1][:1].isupper() and all(t.is_alpha[k] or t.like_num[k] or X[k] in ("-", "+")
                                                         or X[k] in SPACED_PAIR_DASHES for k in inner):
            out.append(Candidate(i + 1, close, "Mechanism", "pattern:quoted-mechanism"))
            continue
        if close - i < 3 or not all(X[k] == L[k] and (t.is_alpha[k] or X[k] == "-") for k in inner):
            continue
        if L[close - 1] in PROPOSAL_KINDS or close + 1 < len(X) and L[close + 1] in PROPOSAL_KINDS:
            out.append(Candidate(i + 1, close, "Mechanism", "pattern:proposal"))
    return out


def _dated_statement(t: TokenTable, start: int, stop: int, limit: int) -> tuple[int, int]:
    """A statement named by its date: "the September 19 Joint Statement", "the Joint Statement of
    September 19, 2005" (the day tells one joint statement from the many)."""
    X, L = t.texts, t.lowers
    if start >= 2 and L[start - 2] in MONTHS and X[start - 1].isdigit() and len(X[start - 1]) <= 2:
        return start - 2, stop
    if stop + 2 < limit and L[stop] == "of" and L[stop + 1] in MONTHS and X[stop + 2].isdigit() and len(X[stop + 2]) <= 2:
        year = stop + 3 + (stop + 3 < limit and X[stop + 3] == ",")
        return start, year + 1 if year < limit and YEAR.match(X[year]) else stop + 3
    return start, stop


def _dated_title_end(t: TokenTable, end: int) -> int:
    """The end of a press conference's title with its full date: "Foreign Ministry Spokesperson Geng
    Shuang's Regular Press Conference on September 4, 2017" (or "on 4 September 2017")."""
    X, L = t.texts, t.lowers
    if end + 4 > len(X) or X[end - 1] not in ("Conference", "Briefing") or L[end] != "on" \
            or end >= 2 and X[end - 1] == "Conference" and X[end - 2] not in ("Press", "News"):
        return end
    if L[end + 1] in MONTHS and X[end + 2].isdigit():
        year = end + 3 + (X[end + 3] == ",")
    elif X[end + 1].isdigit() and L[end + 2] in MONTHS:
        year = end + 3
    else:
        return end
    return year + 1 if year < len(X) and YEAR.match(X[year]) else end


def _period_end(t: TokenTable, end: int) -> int:
    """The end of a plan's or a strategy's name with the period it covers: "the SCO Anti-Drug
    Strategy for 2018-2023", "the Program of Cooperation ... for 2019-2021", "... until 2035"."""
    X, L = t.texts, t.lowers
    if end + 1 >= len(X) or L[end] not in ("for", "until") or not YEAR.match(X[end + 1]):
        return end
    if end + 3 < len(X) and X[end + 2] in ("-", "–") and YEAR.match(X[end + 3]):
        return end + 4
    return end + 2 if L[end] == "until" else end


# "... in Fiji was signed": a verb after the name, not the noun a country qualifies ("... on the DPRK nuclear issue")
AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would", "shall", "should", "can",
                         "could", "may", "might", "must", "remains", "remained"})
INSTRUMENT_HEADS = frozenset({"Agreement", "Accord", "Accords", "Treaty", "Convention", "Declaration", "Protocol",
                              "Charter", "Code", "Arrangement", "Memorandum", "Framework", "Plan", "Roadmap"})
PLURAL_NOUN = re.compile(r"[A-Z][a-z]{2,}[^s]s")
GROUP_OF_PEOPLE = re.compile(r"of (?:Governmental |Government |Eminent |Independent )?(?:Experts|Friends)\b")
EDITION_SUFFIX = re.compile(r"-(?:\d{2}|\d{4})$")     # "MALABAR-23", "Vostok-2018"
STORM_WORDS = frozenset({"Typhoon", "Cyclone", "Hurricane", "Storm"})
NOT_STORMS = frozenset({"Shadow"})      # "Storm Shadow": a cruise missile, no storm
STORM_WORDS = frozenset({"Typhoon", "Cyclone", "Hurricane", "Storm"})
# the regions named as two joined by "and the", as bodies name them ("Economic Commission for Latin America and the
# Caribbean", "Economic and Social Commission for Asia and the Pacific")
JOINED_REGIONS = frozenset({("America", "Caribbean"), ("Asia", "Pacific")})
# "the ninth trilateral summit", "the fifth joint naval patrol": the lower-case heads of a numbered edition,
# the words that say whose series it is, and the words that say it is no edition ("the third consecutive summit")
LOWERCASE_GATHERING_HEADS = frozenset({"summit", "meeting", "patrol", "conference", "dialogue"})
UNNUMBERED_ORDINALS = frozenset({"first", "inaugural", "annual"})     # any first time: "the first joint exercise"
SERIES_WORDS = frozenset({"trilateral", "bilateral", "quadrilateral", "joint", "stand-alone", "ministerial"})
UNNUMBERED_WORDS = frozenset({"consecutive", "such", "straight", "successive", "time", "of", "and", "in", "at", "to",
                              "since", "with", "for", "on", "the"})
STORM_QUALIFIERS = frozenset({"Tropical", "Super", "Severe", "Very", "Extremely", "Cyclonic", "Major"})
HORIZON_WORDS = frozenset({"Vision", "Agenda", "Strategy", "Plan", "Horizon", "Programme", "Program"})   # "Vision-2030"


# "was hosted", "were held": the passive of what gatherings undergo
GATHERING_PARTICIPLES = frozenset({"held", "hosted", "co-hosted", "staged", "conducted", "organised", "organized"})
# a body or a gathering named in full before "to" ("the Indian Navy to the ...", "a team to ARF DiREx 2013");
# not "Mission to", "Parties to", "Protocol to", "Convention to Combat": their "to" goes on with the name
HEADS_BEFORE_TO = frozenset({"Navy", "Army", "Council", "Team", "Teams", "Summit", "Force", "Forces", "Guard",
                             "Ministry", "Department", "Agency", "Corps", "Police", "Command"})
# a statement's head: what it is "on" stays a text ("Joint Statement on the ... Ministers' Meeting"; but
# "Treaty on ... Review Conference" is a meeting of the treaty's parties)
DOCUMENT_HEADS = frozenset({"Statement", "Declaration", "Communique", "Communiqué", "Memorandum", "Resolution",
                            "Report"})


def _year_in_brackets(X: list[str], end: int) -> int:
    """The end of a resolution's name with the year the United Nations write after its number:
    "resolution 1718 (2006)" (where "Resolution 2719 (2023)" is written so, the year is an aside)."""
    return end + 3 if end + 2 < len(X) and X[end] == "(" and YEAR.match(X[end + 1]) and X[end + 2] == ")" else end


def named_with_its_year(text: str) -> bool:
    """Whether one token is a name joined to its year, as exercises are ("Vostok-2022", "Search-2025"),
    not a plan's horizon ("Vision-2030") or a date ("Apr-2024")."""
    if not text[:1].isupper() or not HYPHEN_YEAR.search(text):
        return False
    name = HYPHEN_YEAR.sub("", text)
    return name not in HORIZON_WORDS and name.lower() not in MONTHS


CODE_WORD = re.compile(r"^[A-Z]{4,}$")     # an unlisted word in capitals: "AUSMIN", "CHOGM"
PROPOSAL_KINDS = frozenset({"proposal", "proposals", "initiative", "approach", "formula", "roadmap", "concept"})
# words a name joins by "and" into one phrase, though the first is a body's head ("Command and Control Centre")
JOINED_WORDS = frozenset({("Command", "Control"), ("Command", "Staff"), ("Research", "Development")})
# "the Action for Peacekeeping (A4P) initiative": lowercase kinds after a name that make it a mechanism
PLAN_KINDS_AFTER_NAME = frozenset({"initiative", "project", "programme", "program", "framework", "plan", "strategy"})
CITY_PROCESS_KINDS = frozenset({"process", "format"})   # "the Luanda process", "the Normandy format"
MECHANISM_KINDS = frozenset({"mechanism", "framework", "format", "grouping", "dialogue", "process", "platform"})
QUOTED_NAME_KINDS = PROPOSAL_KINDS | MECHANISM_KINDS     # 'the "Shanghai Five" mechanism': a quoted name's kind after it
SITTINGS = frozenset({"session", "meeting", "summit", "plenary", "conference", "round"})     # "the 72nd session of ..."
TRAINING_SITES = frozenset({"ground", "grounds", "base", "bases", "range", "ranges", "area", "areas", "centre",
                            "center", "camp", "camps", "facility", "facilities", "site", "sites", "field", "school"})
# what "patrol" or "training" may qualify ("maritime patrol aircraft", "training ship"): a craft, no exercise
CRAFTS = frozenset({"aircraft", "plane", "planes", "jet", "jets", "helicopter", "helicopters", "vessel", "vessels",
                    "ship", "ships", "boat", "boats", "craft", "cutter", "cutters", "drone", "drones"})


@dataclass(frozen=True)
class HeadRule:
    label: str
    ordinal_label: str | None = None
    dated_label: str | None = None      # the label when a year follows the head: "Peace Mission 2016"


def _entries(path: Path, keys: tuple[str, ...]) -> list[dict]:
    """The objects of a JSON Lines lexicon, each holding ``keys`` (else a ``path:line`` error)."""
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            entry = json.loads(line)
            if any(key not in entry for key in keys):
                raise ValueError(f"{path}:{number}: expected {' and '.join(repr(k) for k in keys)}, got {sorted(entry)}")
            entries.append(entry)
    return entries


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
    exercise_words: frozenset[str]
    horizon_heads: frozenset[str]      # "Vision 2030", "Agenda 2063": the year is a horizon, not an edition
    dated_heads: frozenset[str]     # "Cybersecurity Act 2018", "National Security Strategy 2022": the year it was made
                                       # (Vision, Agenda, Blueprint name a plan only with it)
    event_prefixes: frozenset[str]     # "Exercise BALTOPS 2023", "Operation Sahayog": the head comes first
    event_prefix_modifiers: frozenset[str]     # "Super Typhoon Koinu", "Severe Tropical Cyclone Winston"
    modified_event_prefixes: frozenset[str]    # "Tropical Storm Ana": a prefix after a strength word only
    government_heads: frozenset[str]   # every country has one: "Vietnam's Ministry of National Defence"
    process_heads: frozenset[str]      # "Resolution 2729" is a text, "the Resolution of the Conflict" a process
    kind_words: dict[str, str]         # "the ... (SAGAR) initiative": the lowercase word after a name gives its class
                                       # ("" for "the ... (THAAD) system": a thing of no class)
    role_words: frozenset[str]
    people_groups: frozenset[str]      # "Ministers of the Accra Initiative": people of a body, not a name
    office_holders: frozenset[str]     # "Chairman of the Mediation and Security Council": nor is one of them
    region_qualifiers: frozenset[str]  # "Latin America", "Northern Ireland": a region, not the country
    posted_heads: frozenset[str]       # "Embassy in Beijing": the city is part of the post's name
    gathering_verbs: frozenset[tuple[str, ...]]     # "co-hosted", "took part in": what one does at an event
    occurrence_words: frozenset[str]
    country_adjectives: dict[str, str]      # "Chinese" -> CHN: a country's adjective names nothing alone
    region_adjectives: frozenset[str]       # "Pacific", "Allied": nor does a region's
    role_ends: frozenset[str]       # their last words, a cheap first test

    @classmethod
    def from_files(cls, heads_file: Path = DATA_DIR / "name_heads.jsonl",
                   words_file: Path = DATA_DIR / "name_words.json",
                   adjectives_file: Path = DATA_DIR / "country_adjectives.jsonl") -> "NameRules":
        heads = {entry["head"]: HeadRule(entry["label"], entry.get("ordinal_label"), entry.get("dated_label"))
                 for entry in _entries(heads_file, ("head", "label"))}
        words = json.loads(words_file.read_text(encoding="utf-8"))
        adjectives = {entry["adjective"]: entry["alpha_3"] for entry in _entries(adjectives_file, ("adjective", "alpha_3"))}
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
            exercise_words=frozenset(words["exercise_words"]),
            event_prefixes=frozenset(words["event_prefixes"]),
            event_prefix_modifiers=frozenset(words["event_prefix_modifiers"]),
            modified_event_prefixes=frozenset(words["modified_event_prefixes"]),
            government_heads=frozenset(words["government_heads"]),
            process_heads=frozenset(words["process_heads"]),
            kind_words=dict(words["kind_words"]),
            horizon_heads=frozenset(words["horizon_heads"]),
            dated_heads=frozenset(words["dated_heads"]),
            role_words=frozenset(words["role_words"]),
            people_groups=frozenset(words["people_groups"]),
            office_holders=frozenset(words["office_holders"]),
            region_qualifiers=frozenset(words["region_qualifiers"]),
            occurrence_words=frozenset(words["occurrence_words"]),
            posted_heads=frozenset(words["posted_heads"]),
            gathering_verbs=frozenset(tuple(verb.split()) for verb in words["gathering_verbs"]),
            country_adjectives=adjectives,
            region_adjectives=frozenset(words["region_adjectives"]),
            role_ends=frozenset(role.split()[-1] for role in words["role_words"]),
        )


# "U.S.-led", "Qatar-brokered": a name before these says who is behind the next name
LED_WORDS = {"led", "backed", "brokered", "sponsored", "funded", "based", "hosted", "organised", "organized",
             "initiated", "proposed", "mediated", "run", "owned", "built", "made", "born", "bound"}

# lower-case words after a name no list holds that say its class whatever its head says
KIND_AFTER_NAME = {"treaty": "Mechanism", "pact": "Mechanism", "accord": "Mechanism", "agreement": "Mechanism",
                   "magazine": "Organisation", "newspaper": "Organisation", "journal": "Organisation"}


@lru_cache(maxsize=None)
def default_rules() -> NameRules:
    return NameRules.from_files()


def _is_format(t: TokenTable, k: int) -> bool:
    """Whether tokens ``k`` to ``k + 2`` are a format such as "2+2", "3+3" (no spaces between)."""
    X, ws = t.texts, t.ws
    return X[k].isdigit() and X[k + 1] == "+" and X[k + 2].isdigit() and not ws[k] and not ws[k + 1]


@lru_cache(maxsize=None)
def place_names() -> dict[str, str]:
    """Places events meet in -> ISO 3166 code of their country: the regions and cities of
    ``data/places.jsonl`` and every capital and city of a million people (``data/cities.jsonl``,
    from GeoNames by ``tools/make_cities.py``)."""
    names: dict[str, str] = {}
    for file in ("places.jsonl", "cities.jsonl"):
        for row in _entries(DATA_DIR / file, ("pattern",)):
            names.setdefault(row["pattern"], row.get("country", ""))
    return names


@lru_cache(maxsize=None)
def countries_in_place_names() -> dict[str, tuple[tuple[str, str], ...]]:
    """A country's name inside a longer place name of :func:`place_names` -> the text before it
    and after it there: "Spain" in "Port of Spain", "Mexico" in "Mexico City", "Benin" in "Benin
    City" (in Nigeria) name a city, not the country. (A place whose whole name is a country's, such
    as "Vatican City", is that country.)"""
    countries = {row["pattern"] for row in _entries(DATA_DIR / "countries.jsonl", ("pattern", "label"))
                 if row["label"] == "Country"}
    found: dict[str, set[tuple[str, str]]] = {}
    for place in place_names():
        words = place.split()
        if len(words) < 2 or place in countries:
            continue
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                name = " ".join(words[i:j])
                if name in countries and name != place:
                    before, after = " ".join(words[:i]), " ".join(words[j:])
                    found.setdefault(name, set()).add((before + " " if before else "", " " + after if after else ""))
    return {name: tuple(sorted(pairs)) for name, pairs in found.items()}


@lru_cache(maxsize=None)
def capital_countries() -> dict[str, str]:
    """Capitals -> ISO 3166 code of their country (``data/cities.jsonl``): "Pyongyang and Moscow
    signed" speak for their countries."""
    return {row["pattern"]: row["country"] for row in _entries(DATA_DIR / "cities.jsonl", ("pattern",))
            if row.get("capital") and row.get("country")}


# prepositions a quoted title joins too: '"Arrangement on Return of Displaced Persons from Rakhine State"'
QUOTED_TITLE_WORDS = frozenset({"from", "with", "by", "under", "into", "within", "through", "towards", "toward"})

# "the Summit on Peace in Ukraine": a gathering's subject that holds a country or a region
PLACE_TOPIC_WORDS = frozenset({"peace", "stability", "cooperation", "co-operation", "reconstruction", "recovery",
                               "reconciliation"})

# "the Korean Peninsula nuclear issue", "the South China Sea dispute": the place names an issue, not a venue
PLACE_ISSUE_WORDS = frozenset({"nuclear", "issue", "issues", "question", "dispute", "disputes", "situation", "crisis",
                               "conflict", "denuclearization", "denuclearisation", "tensions", "problem"})


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and any(ch.isalpha() for ch in text)


def _after_articles(lowers: list[str], i: int, end: int) -> int:
    """The first token from ``i`` (before ``end``) that is not "the", "a" or "an"."""
    while i < end and lowers[i] in ("the", "a", "an"):
        i += 1
    return i


@dataclass(frozen=True)
class Candidate:
    start: int      # token offsets
    end: int
    label: str
    rule: str
    key: str | None = None


class NameFinder:
    """Finds capitalised names and classifies them by their head word.

    The rules read the Doc's token table (:mod:`diplograph.extract.tokens`): lists of token
    texts and flags, not spaCy ``Token`` objects."""

    def __init__(self, rules: NameRules | None = None):
        self.rules = rules or default_rules()
        self._name_words: list[bool] = []
        self._known_at: dict[int, list[Span]] = {}
        self._known_before: dict[int, list[Span]] = {}
        self._name_word_of: dict[str, bool] = {}       # memo of _name_word by token text
        # "the ninth trilateral summit": a lower-case ordinal (not a "first") after "the" or a possessive
        ordinals = "|".join(sorted(set(self.rules.ordinal_words) - UNNUMBERED_ORDINALS))
        self._lowercase_ordinal_after_the = re.compile(rf"(?:\b[Tt]he|['’]s)\s+({ordinals}|\d+(?:st|nd|rd|th))\s")

    # -- spans --------------------------------------------------------------

    def _name_word(self, text: str) -> bool:
        if not _capitalised(text) and not ORDINAL_NUMBER.match(text) or "$" in text:
            return False    # (a currency: "A$400 million", "US$", "NZ$3")
        return text not in self.rules.breakers

    def _ordinal(self, t: TokenTable, i: int) -> bool:
        return bool(ORDINAL_NUMBER.match(t.texts[i])) or t.lowers[i] in self.rules.ordinal_words

    def _extend(self, t: TokenTable, start: int, limit: int, known_ends: dict[int, int]) -> int:
        """End (exclusive) of the name run that starts at ``start``."""
        rules = self.rules
        X, L, ws, nw, sent_start = t.texts, t.lowers, t.ws, self._name_words, t.sent_start
        end = start + 1
        k = start + 1
        if X[start] in OPEN_QUOTES:
            end = start      # a quote alone is not a name
        # a quoted title takes more words between its own: '"Arrangement on Return of ... from Rakhine State"'
        quoted = X[start] in OPEN_QUOTES or start > 0 and X[start - 1] in OPEN_QUOTES
        while k < limit:
            text = X[k]
            if t.is_space[k] or sent_start[k]:
                break
            if k in known_ends and known_ends[k] > k:       # a curated name inside: take it whole
                k = end = max(known_ends[k], k + 1)
                continue
            if text == "-" and not ws[k - 1] and k + 1 < limit and not ws[k] and X[k + 1] in LED_WORDS:
                break       # "the U.S.-led Operation Prosperity Guardian": who leads it is not its name
            if text == "-" and not ws[k - 1] and k + 1 < limit and not ws[k] \
                    and (t.is_alpha[k + 1] or t.is_digit[k + 1] or nw[k + 1]):     # "Japan-U.S."
                k += 2
                end = k
                continue
            if text in SPACED_PAIR_DASHES and ws[k - 1] and ws[k] and self._pair_across_dash(t, start, k, limit):
                k += 1      # "the first Central Asia – Germany summit": the pair's dash, spaced
                continue
            if text == "/" and not ws[k - 1] and not ws[k] and k + 1 < limit and nw[k - 1] and nw[k + 1]:
                k += 2      # "Northern/Interaction-2024", "Ministers of Foreign Affairs/International Relations"
                end = k
                continue
            if text in ("'s", "’s", "'", "’") and not ws[k - 1] and X[k - 1][:1].isalpha():
                k += 1
                # a possessive or closing quote joins only when the name goes on after it
                if k < limit and (nw[k] or L[k] in rules.connectors):
                    continue
                break
            if text in CLOSE_QUOTES and not ws[k - 1] and k + 1 < limit and nw[k + 1]:
                k += 1
                continue
            if text in OPEN_QUOTES and ws[k - 1] and k + 1 < limit and nw[k + 1]:
                if X[k - 1] in rules.heads:
                    break       # '... Anti-Terrorism Exercise "Sharp Knife-2016"': its code name, a name of its own
                closing = next((c for c in range(k + 2, limit) if X[c] in CLOSE_QUOTES), None)
                if closing is not None and not (closing + 1 < limit and nw[closing + 1]) \
                        and any(X[j] in rules.heads for j in range(start, k)):
                    break       # '... Conference on Northeast Asian Security "Ulaanbaatar Dialogue"': a name, then its alias
                k += 1
                continue
            if nw[k]:
                if text == "The" and len(X[k - 1]) > 2 and X[k - 1].endswith("."):
                    # "... Marcos Jr. The Agreement sets out", "in Washington, D.C. The European Union":
                    # a sentence the splitter missed after an abbreviation
                    break
                k += 1
                end = k
                continue
            if self._period(t, k, limit):
                end = k + 3      # "Work Programme 2016-2020"
                break
            if k - 1 > start and self._format_at(t, k, limit):
                k += 3          # "the Third Meeting of the 3+3 South Caucasus ... Platform": a format in the name
                continue
            if NUMBER.match(text) and k + 1 < limit:
                if YEAR.match(text) and not t.is_alpha[k + 1]:
                    end = k + 1      # "Cooperation for Law Enforcement 2015"
                    break
                if nw[k + 1]:
                    k += 1
                    continue
                if YEAR.match(text):
                    end = k + 1
                    break
                break
            if YEAR.match(text):
                end = k + 1
                break
            if (L[k] in rules.connectors or quoted and L[k] in QUOTED_TITLE_WORDS) and text == L[k]:
                if text == "the" and k - 1 == start and (not L[k - 1].endswith("ing") or X[k - 1].isupper()):
                    # "Requests the AU Commission", "RECALLING the Agreement": a verb opening a paragraph
                    # is no name's first word (but "Conference on Implementing the NPT", "Declaration
                    # ... to Protect the Civilians")
                    break
                if text == "to" and X[k - 1] in HEADS_BEFORE_TO:
                    break       # "gifted by the Indian Navy to the Viet Nam People's Navy": a name, then whom to
                if text == "the" and L[k - 1] not in rules.connectors \
                        and (not L[k - 1].endswith("ing") or X[k - 1] in place_names()) \
                        and (k < 2 or L[k - 2] != "to"):
                    # "signed with Kim Jong Un the Treaty on ...", "signed in Beijing the Beijing Declaration":
                    # "the" opens another name
                    break
                # function words join only between two name words
                j = k
                while j < limit and j - k < 3 and (L[j] in rules.connectors or quoted and L[j] in QUOTED_TITLE_WORDS
                                                   or X[j] in ("a", "an") and L[j - 1] in ("on", "for", "of")
                                                   and any(X[h] in rules.heads for h in range(start, k))) and X[j] == L[j]:
                    # ("Summit on a Mine-Free World", "Treaty on a Nuclear-Weapon-Free Zone", "Conference on the
                    # Establishment of a Middle East Zone ...", "Principles of an India-Middle East-Europe
                    # Economic Corridor": after a head)
                    j += 1
                # ("Joint Declaration of the 2024 Reef Summit": the edition's year, as an ordinal would be)
                dated = j + 1 < limit and L[j - 1] == "the" and L[k] == "of" and (YEAR.match(X[j]) and nw[j + 1]
                                                                          or self._format_at(t, j, limit))
                if j < limit and X[j] in rules.event_prefixes and L[k] in ("for", "in", "at", "during", "after", "before") \
                        and (" ".join(X[start:k]) in place_names()
                             or any(sp.end == k and sp.label_ in ("Country", "Place") for sp in self._known_at.get(start, ()))):
                    # "converged on Tonga for Exercise Pitch Black", "met in Darwin for Exercise ...": a place, then
                    # a name of its own (not "the Regional Centre for Operation Planning")
                    break
                if j < limit and (nw[j] or X[j] in OPEN_QUOTES or dated) and not sent_start[j] \
                        and not (L[k] == "at" and (self._ordinal(t, j) or X[j] != "Sea" and any(
                            X[h] in rules.heads for h in range(start, k)))) \
                        and not (L[k] in ("in", "on") and L[j] in MONTHS):
                    # ("the CSC at the 8th ... meeting", "the Treaty ... in Central Asia at Semipalatinsk": where,
                    # but "Code for Unplanned Encounters at Sea"; "the Sea of Japan in July 2023": when)
                    k = j
                    continue
                break
            break
        return end

    def _pair_across_dash(self, t: TokenTable, start: int, dash: int, limit: int) -> bool:
        """"Central Asia – Germany summit", "the Third China – Central Asia Summit", "the 'Central Asia
        – Germany' format": two parties, one a country, across a spaced dash, then what they hold
        together. Not a dateline ("MANILA – The Navy"), a list ("The Quad – Australia, India, Japan")
        or a speaker ("Qatar – Vladimir Putin")."""
        X, nw, heads = t.texts, self._name_words, self.rules.heads

        def gathering(j: int) -> bool:
            rule = heads.get(X[j])
            return t.lowers[j] in self.rules.ordinal_lowercase_heads or t.lowers[j] == "format" \
                or rule is not None and rule.label in ("Event", "Mechanism")

        after = dash + 1
        while after < limit and nw[after] and after - dash <= 3 and not gathering(after):
            after += 1
        first = start + 1 if self._ordinal(t, start) else start      # "the Third China – ..."
        if after == dash + 1 or after >= limit or dash - first > 3 or not all(nw[k] for k in range(start, dash)):
            return False
        if any(X[k].isupper() and len(X[k]) > 3 for k in range(start, after)):
            return False        # "SINGAPORE – ...": a dateline's capitals
        is_country = {(s.start, s.end) for s in self._known_at.get(first, []) + self._known_at.get(dash + 1, [])
                      if s.label_ == "Country"}
        if (first, dash) not in is_country and (dash + 1, after) not in is_country:
            return False
        head = after + 1 if X[after] in CLOSE_QUOTES else after
        return head < limit and gathering(head)

    @staticmethod
    def _phase(t: TokenTable, i: int, limit: int) -> bool:
        """Whether the year at token ``i`` has a phase after it: "Pacific Partnership 2024-2"."""
        X = t.texts
        return i + 2 < limit and X[i + 1] == "-" and not t.ws[i] and not t.ws[i + 1] \
            and len(X[i + 2]) == 1 and X[i + 2].isdigit()

    @staticmethod
    def _period(t: TokenTable, i: int, limit: int) -> bool:
        """Whether a span of years ("2016-2020") starts at token ``i``."""
        X = t.texts
        return i + 2 < limit and X[i + 1] == "-" and not t.ws[i] and not t.ws[i + 1] \
            and YEAR.match(X[i]) is not None and YEAR.match(X[i + 2]) is not None

    def _is_preposition(self, t: TokenTable, i: int, first: int) -> bool:
        """Prepositions join names in lower case, or capitalised in title-case names ("Against")."""
        lower = t.lowers[i]
        if lower not in self.rules.prepositions or i == first:
            return False
        text = t.texts[i]
        return text == lower or text == lower.capitalize() and lower not in ("in", "on", "at", "to")

    def _trim(self, t: TokenTable, start: int, end: int, known: dict[tuple[int, int], Span]) -> tuple[int, int]:
        rules = self.rules
        X, L = t.texts, t.lowers
        first = start
        while start < end:
            lower = L[start].rstrip(".")
            # "First" opens a sentence ("First, China ..."), but "the First ... Summit" is an ordinal of the name
            ordinal_after_the = lower in rules.ordinal_words and start > 0 and L[start - 1] in ("the", "its", "their")
            hyphened = start + 2 < end and X[start + 1] == "-" and not t.ws[start] and not t.ws[start + 1]
            if (lower in rules.leading_drop and not ordinal_after_the and not hyphened      # "On-Site Inspection Agency"
                    and not (X[start] != lower and (start in self._known_at     # "New Zealand Defence Force"
                                                    or " ".join(X[start:start + 2]) in place_names()     # "New York"
                                                    or X[start] == "New" and start > 0 and L[start - 1] == "the"))
                    # ("the New Agenda Coalition")
                    or (lower in STOP_WORDS and not t.like_num[start] and lower not in rules.ordinal_words and not hyphened
                        and not (X[start].isupper() and len(X[start]) > 1 and start in self._known_at))     # "US Southern Command"
                    or t.is_punct[start] and X[start] not in OPEN_QUOTES
                    or X[start] in OPEN_QUOTES and start + 1 < end and L[start + 1] == "the"):
                start += 1      # (a quote that opens a sentence: '"The Permanent Council's consensus ...')
            elif lower in MONTHS and (start + 1 >= end or NUMBER.match(X[start + 1]) or L[start + 1] in ("and", "or", "to")):
                start += 1
            elif lower in CALENDAR_WORDS and start + 1 < end and t.is_lower[start + 1]:
                start += 1      # "on Thursday in Abuja": a day, then where
            elif lower in CALENDAR_WORDS and lower not in MONTHS and start + 1 < end and start > 0 \
                    and L[start - 1] in ("on", "last", "next", "this"):
                start += 1      # "opened on Friday Exercise Alon 2025": the day, then the name
            elif lower in TITLE_OPENERS and start + 2 < end and L[start + 1] == "of":
                start += 2      # "Signing of the Japan-Philippines Reciprocal Access Agreement": what was done to it
            elif NUMBER.match(X[start]):
                start += 1
            elif name_start := self._opening_gerund(t, start, end):
                start = _after_articles(L, name_start, end)
            else:
                break
        start = self._after_people_of(t, start, end)
        if start + 3 < end and t.sentence_start[start] == start and L[start + 1] == "of" and L[start + 2] == "the" \
                and PLURAL_NOUN.fullmatch(X[start]) and X[start] not in rules.heads and start not in self._known_at:
            start += 3      # "Ships of the Royal Canadian Navy took part": capitalised where the sentence opens
        # "China's State Council ..." -> the possessor is a name of its own, though its first word
        # is one dropped above ("New Zealand's National Cyber Security Centre")
        for k in range(start + 1, min(end, start + 8)):
            if X[k] in ("'s", "’s") and any((j, k) in known for j in range(first, start + 1)):
                start = k + 1
                break
        # "the hosting by Viet Nam of the 25th APEC ... Meeting": a country then "of" opens no name
        country_end = max((sp.end for sp in self._known_at.get(start, ()) if sp.label_ == "Country"), default=None)
        if country_end is not None and country_end + 1 < end and L[country_end] == "of":
            start = _after_articles(L, country_end + 1, end)
        end = self._cut(t, start, end, known)
        # "Secretary-General of the League of Arab States Ahmed Aboul Gheit": a listed name after an
        # office holder's title, then the holder's name
        listed = max((sp.end for sp in self._known_at.get(start, ()) if sp.end - sp.start >= 2), default=end) \
            if self._after_office(t, start) else end
        if 2 <= end - listed <= 3 and all(t.is_alpha[j] and X[j][:1].isupper() and X[j] not in rules.heads
                                          and L[j] not in rules.connectors for j in range(listed, end)):
            end = listed
        while end > start and (L[end - 1] in rules.connectors or X[end - 1] in QUOTES
                               or X[end - 1] in ("-", "'s", "’s")
                               # "the New Zealand Defence Force and Australian partners": an adjective ends it
                               or end - 2 > start and X[end - 1] in rules.country_adjectives and L[end - 2] in ("and", "or")
                               or end - 1 > start and L[end - 2] == "the" and self._ordinal(t, end - 1)):
            end -= 1    # (an ordinal ends no name: "Communiqué of the 32nd | meeting of ...")
        if start < end and X[start] in OPEN_QUOTES:
            # keep a leading quote only when its closing quote is inside the name
            if not any(X[j] in CLOSE_QUOTES for j in range(start + 1, end)):
                start += 1
        return start, end

    def _opening_gerund(self, t: TokenTable, start: int, end: int) -> int:
        """Where the name starts after a verb in -ing and its preposition that open the sentence
        (or a quote at its start): '"Working with the Royal Danish Navy ...' (0: none)."""
        X, L = t.texts, t.lowers
        verb = start + 1 if X[start] in OPEN_QUOTES else start
        if verb + 2 < end and X[verb].endswith("ing") and X[verb][:1].isupper() and X[verb + 1] == L[verb + 1] \
                and (L[verb + 1] in self.rules.prepositions or L[verb + 1] in GERUND_PREPOSITIONS) \
                and (t.sentence_start[verb] == verb or verb > start):        # (a quote opens a sentence)
            return verb + 2
        return 0

    def _after_office(self, t: TokenTable, start: int) -> bool:
        """Whether "<office holder> of [the]" comes right before token ``start``."""
        k = start - 1 if start > 0 and t.lowers[start - 1] == "the" else start
        return k >= 2 and t.lowers[k - 1] == "of" and t.texts[k - 2] in self.rules.office_holders

    def _after_people_of(self, t: TokenTable, start: int, end: int) -> int:
        """Where the name starts after "[Foreign] Ministers of the", "Heads of State of the", "Chairman of
        the": the people of a body, or one holding its office, are no part of its name. Only before
        "the", so that "Heads of Asian Coast Guard Agencies Meeting" keeps its words; one office
        holder "of" a field is a title, no name ("Head of Trade Policy": ``end``)."""
        X, L = t.texts, t.lowers
        groups, holders = self.rules.people_groups, self.rules.office_holders
        k = start
        while k < min(end, start + 4) and X[k] not in groups and X[k] not in holders \
                and (X[k][:1].isupper() or X[k] == "-" and k > start):
            k += 1      # "Foreign", "Senior Defence", "Deputy Secretary-"
        if k >= end or X[k] not in groups and X[k] not in holders:
            return start
        single = X[k] not in groups
        k += 1
        while k + 1 < end and X[k] == "-" and X[k + 1][:1].isupper():
            k += 2      # "Secretary-General"
        if k + 3 < end and X[k] == "-" and L[k + 1] == "in" and X[k + 2] == "-" and L[k + 3] == "office":
            k += 4      # "Chairperson-in-Office"
        if k + 2 < end and L[k] == "of" and L[k + 1] in ("state", "government"):
            k += 2      # "Heads of State of the ..."
            if k + 2 < end and L[k] == "and" and L[k + 1] in ("state", "government"):
                k += 2
            if k + 1 < end and L[k] == "of" and L[k + 1] != "the":
                return k + 1    # "Heads of State and Government of Fiji": the names after "of"
        if k + 2 < end and L[k] == "of" and L[k + 1] == "the":
            if single and k + 3 < end and L[k + 3] == "for" and X[k + 2] in self.rules.heads:
                return end      # "High Representative of the Union for Foreign Affairs ...": a title, no name
            return k + 2
        if single and k + 1 < end and L[k] == "of" and self._head_label(t, k + 1, end, fallback=False)[0] != "Event":
            return end
        return start

    def _cut(self, t: TokenTable, start: int, end: int, known: dict[tuple[int, int], Span]) -> int:
        """Where a name stops before a phrase that only modifies it.

        "Six-Party Talks on the DPRK nuclear issue", "... Meeting in July 2016",
        "... for Information Security to the UN General Assembly",
        "Code for Unplanned Encounters at Sea at the Western Pacific Naval Symposium".
        """
        rules = self.rules
        X, L = t.texts, t.lowers
        n = len(X)
        if 0 < start and end < n and X[start - 1] in OPEN_QUOTES and X[end] in CLOSE_QUOTES \
                and not any(X[j] in CLOSE_QUOTES for j in range(start, end)):
            return end      # a quoted title keeps its words: '"Arrangement on Return of ... from Rakhine State"'
        known_at = self._known_at
        for k in range(start + 1, end):
            if not self._is_preposition(t, k, start) or k in self._known_inside:
                continue        # ("... of the Conference on Interaction and Confidence Building Measures in Asia")
            lower = L[k]
            tail = _after_articles(L, k + 1, end)
            if tail >= end:
                return k
            # a date: "in July 2016", "in 2015", "on Monday in Suva"
            phrase_end = next((j for j in range(tail + 1, end) if L[j] in rules.location_prepositions), end)
            if all(L[j] in CALENDAR_WORDS or NUMBER.match(X[j]) or L[j] in ("and", "of")
                   for j in range(tail, phrase_end) if not t.is_punct[j]):
                return k
            spans_here = known_at.get(tail, [])
            whole = [sp for sp in spans_here if sp.end == end]
            # a lowercase word or a possessive goes on after the name: "... on China's military power"
            lower_word_after = end < n and (t.is_lower[end] and t.is_alpha[end] and L[end] not in rules.connectors
                                            and L[end] not in AUXILIARIES or X[end] in ("'s", "’s"))
            # a country used as a modifier: "... on the North Korea nuclear issue", a place before the
            # issue it names: "Talks on the Korean Peninsula nuclear issue" (never after
            # "of": "Red Cross Society of China has ...", "Bank of Japan held ...")
            if lower != "of" and lower_word_after and (
                    any(sp.label_ == "Country" for sp in whole)
                    or (L[end] in PLACE_ISSUE_WORDS or end + 1 < n and t.is_lower[end + 1] and L[end + 1] in PLACE_ISSUE_WORDS)
                    and self._head_label(t, tail, end, fallback=False)[0] == "Place"):
                return k
            if lower == "of" and end < n and X[end] in ("'s", "’s") and whole and self._told_before(t, start) \
                    and ((start, k) in known or self._head_label(t, start, k, fallback=False)[0] is not None):
                return k    # "notify the Security Council of Iran's non-performance": what it is told
            if lower == "to" and (any(sp.label_ in ("Organisation", "Country", "Place") for sp in whole)
                                  or tail == k + 1 == end - 1 and self._head_label(t, tail, end, fallback=False)[0] is None):
                return k    # "... Assessment Team to Cebu": where it goes is not its name
            if lower == "in" and any(sp.label_ == "Country" for sp in self._known_before.get(k, ())) \
                    and any(sp.label_ == "Country" for sp in spans_here) \
                    and not any(X[j] in rules.posted_heads for j in range(start, k)):
                return k    # "the Self-Defense Forces of Japan in the Philippines" (but "Embassy of Japan in China")
            if lower == "among" and any(sp.start == start and sp.end == k for sp in self._known_before.get(k, ())):
                return k    # "the Treaty of Amity and Cooperation in Southeast Asia among ASEAN's dialogue partners"
            if lower == "beyond" and (L[k + 1] == "the" or self._known_before.get(k)):
                return k    # "China beyond the South China Sea"; a name holds "Areas beyond National Jurisdiction"
            if lower == "between" and self._head_label(t, start, k)[0] == "Event":
                return k    # "the Singapore Summit between the United States and the DPRK": its parties
            if lower in ("in", "at") and lower_word_after and end - tail <= 2 \
                    and self._head_label(t, tail, end, fallback=False)[0] is None:
                label, _ = self._head_label(t, start, k)
                if label in ("Event", "Mechanism"):
                    return k    # "... Dialogue on Cybercrime in Malaysian capital": a place phrase
            if lower in rules.location_prepositions:
                # the place ends where the next phrase starts: "... Summit in Bangkok in June 2019"
                place_end = next((j for j in range(tail + 1, end) if self._is_preposition(t, j, start)), end)
                if L[k + 1] == "the":
                    label, _ = self._head_label(t, tail, end)
                    if label in ("Event", "Organisation") and tail > k + 1:
                        return k
                    if lower == "at" and (label is not None or any(sp.end in (end, place_end) for sp in spans_here)) and (
                            self._head_label(t, start, k)[0] is not None or k - start == 1 and X[start] in rules.heads):
                        return k    # "the Global Security Initiative at the Boao Forum": where it was said
                    # "Second Thomas Shoal in the South China Sea": a place in a larger one
                    # (an event's name may hold one: "... Meeting on the Declaration ... in the South China Sea")
                    if label == "Place" and lower == "in" and (self._head_label(t, start, k)[0] == "Place" or any(
                            sp.end == k and sp.label_ == "Country" for sp in known_at.get(start, []))):
                        return k    # (or a country: "exercise with Iran in the Gulf of Oman")
                    # "... Review Conference of the CWC in The Hague", "the Permanent Court of Arbitration
                    # in The Hague": a place whose name holds "The"
                    if " ".join(X[k + 1:place_end]) in place_names() and lower == "in" \
                            and self._head_label(t, start, k)[0] in ("Event", "Organisation"):
                        return k
                elif any(sp.label_ in ("Country", "Place") and sp.end in (end, place_end) for sp in spans_here) or (
                        lower in ("in", "at") and (place_end - tail <= 2 or self._city_of_country(t, tail, place_end))
                        and all(_capitalised(X[j]) for j in range(tail, place_end))
                        and self._head_label(t, tail, place_end, fallback=False)[0] is None) or (
                        lower in ("in", "at") and 2 <= place_end - tail <= 4 and t.span_text(tail, place_end) in place_names()):
                    # "in Rio de Janeiro", "in Nay Pyi Taw", "in Panama City" (whose head word names a place)
                    # "... Meeting on Maritime Security in Manila", "Shangri-La Dialogue in Singapore":
                    # a place after an event or a forum says where it met, it is not its name
                    label, head = self._head_label(t, start, k)
                    if label is None and k - start == 1 and X[start] in rules.heads:
                        return k    # "the Secretariat in Beijing": a bare head word, then where it sits
                    if lower == "at" and not (label == "Organisation" and head == k - 1):
                        continue    # "at" only after a body's head: "the Royal Navy at HMNB Clyde"
                    if label == "Mechanism" and X[head] in INSTRUMENT_HEADS and lower == "in" \
                            and any(L[j] in ("for", "on") for j in range(head + 1, k)) \
                            and any(sp.label_ in ("Country", "Organisation") and sp.end == place_end for sp in spans_here):
                        continue    # "the Agreement for Peace and Reconciliation in Mali": where its subject is
                                    # (but "... Cooperation in Moscow": the city it was signed in)
                    if label == "Event" and lower == "in" and (L[k - 1] in PLACE_TOPIC_WORDS or L[k - 1] == "operation"
                                                               and L[k - 2] == "-") \
                            and any(L[j] == "on" for j in range(head + 1, k - 1)) \
                            and (any(sp.label_ == "Country" and sp.end == place_end for sp in spans_here)
                                 or not place_names().get(" ".join(X[tail:place_end]))):
                        continue    # "the Summit on Peace in Ukraine", "... on Security and Co-operation in
                                    # Europe": the country or region of its subject (no city), not where it met
                    # (not a field of work: "the MoU on Cooperation in Broadcasting", but "in Beijing")
                    field = place_end - tail == 1 and X[tail].endswith("ing") and X[tail] not in place_names()
                    if label in ("Event", "Place") or (label == "Mechanism" and not field and (
                            place_end - tail == 1 or place_names().get(" ".join(X[tail:place_end])))):
                        return k    # (a city of a country: "the Shiprider Agreement in Port Moresby")
                    # "the Lowy Institute in Sydney", "the Centre for Humanitarian Dialogue in Geneva": where
                    # a body sits (the cities list, or a short name right after its head) is not its name,
                    # unless the body is a post a country keeps there ("Embassy in Beijing")
                    if label == "Organisation" and lower in ("in", "at") and X[head] not in rules.posted_heads and (
                            head == k - 1 or " ".join(X[tail:place_end]) in place_names()):
                        return k
        return end

    @staticmethod
    def _told_before(t: TokenTable, start: int) -> bool:
        """Whether a verb that takes "of" after its object ("notify", "inform", "accuse") comes
        right before the name at ``start`` (or its article)."""
        k = start - 1
        if k >= 0 and t.lowers[k] in ("the", "a", "an"):
            k -= 1
        return k >= 0 and t.lowers[k] in TOLD_OF_VERBS

    def _place_cut_off(self, t: TokenTable, stop: int, end: int, known_spans) -> list[Candidate]:
        """The place a name was cut before: "Iran in the Gulf of Oman" names Iran, then the Gulf; the
        gathering after "at the": "... Initiative at the Boao Forum"."""
        if stop >= end or t.lowers[stop] not in self.rules.location_prepositions and t.lowers[stop] != "beyond":
            return []
        rest = _after_articles(t.lowers, stop + 1, end)
        if rest >= end or (rest, end) in known_spans:
            return []
        label, _ = self._head_label(t, rest, end, fallback=False)
        if label == "Place":
            return [Candidate(rest, end, "Place", "pattern:head")]
        if t.lowers[stop] == "at" and rest > stop + 1:
            # where a thing was said: "the Reef Initiative at the Lagoon Forum for Oceania in April"
            end = self._cut(t, rest, end, known_spans)
            label, _ = self._head_label(t, rest, end, fallback=False)
            if label in ("Event", "Mechanism") and (rest, end) not in known_spans:     # (not a venue: "... Center")
                return [Candidate(rest, end, label, "pattern:head")]
        return []

    def _known_name_before(self, t: TokenTable, k: int, i: int) -> bool:
        """Whether ``k:i`` (after an article) is one curated name and no longer one goes on past ``i``:
        "The Diplomat and Asia Times" are two outlets, "Trinidad and Tobago" one country."""
        first = k + 1 if t.lowers[k] == "the" and k + 1 < i else k
        spans = self._known_at.get(first, ())
        return any(sp.end == i for sp in spans) and not any(sp.end > i for sp in spans)

    @staticmethod
    def _numbered_run(t: TokenTable, start: int, end: int) -> bool:
        """Whether ``t[start:end]`` is capitalised words ending in a year or a number: "Warrior-VIII",
        "Nomadic Elephant 2024" (an exercise's edition, named without a head)."""
        X = t.texts
        return end - start >= 2 and X[start][:1].isupper() and (
            YEAR.match(X[end - 1]) is not None or ROMAN_OR_CODE.match(X[end - 1]) is not None) \
            and all(X[k][:1].isupper() or X[k] in ("-", "/") or t.like_num[k] for k in range(start, end))

    def _two_bodies(self, t: TokenTable, k: int, i: int, end: int) -> bool:
        """Whether "and" at ``i`` joins two bodies' names: the first word said again ("Ministry of
        Foreign Affairs and Ministry of Defense"), or two names of two words or more, each ending
        in a body's head ("Armed Police Force and Nepal Police"; not "Coast Guard and Navy")."""
        X, heads = t.texts, self.rules.heads
        if X[i + 1] in heads and any(X[j] == X[i + 1] and "of" in X[j + 1:i] for j in range(k, i)):
            return True
        if (X[i - 1], X[i + 1]) in JOINED_WORDS:
            return False        # "Changi Command and Control Centre": one body
        first, last = heads.get(X[i - 1]), heads.get(X[end - 1])
        return first is not None and last is not None and first.label == last.label == "Organisation" \
            and i - k >= 2 and end - i - 1 >= 2 and all(t.is_alpha[j] and _capitalised(X[j]) for j in range(i + 1, end))

    def _split(self, t: TokenTable, start: int, end: int, known_ends: set[int]) -> list[tuple[int, int]]:
        """Split coordinated names: "the A Meeting and the Third B Exercise", "Malaysia the Fourth ..."."""
        X, L = t.texts, t.lowers
        parts = []
        k = start
        between = False     # "... between Japan and the United States": one name
        for i in range(start + 1, end - 1):
            lower = L[i]
            if lower == "between" and X[i] == lower and i > k:
                between = True
            elif lower in ("and", "or") and X[i] == lower and between:
                between = False
            elif lower in ("and", "or") and X[i] == lower and not (i + 2 < end and (X[i - 1], X[i + 2]) in JOINED_REGIONS
                                                                 and L[i + 1] == "the"):
                # ("... in Latin America and the Caribbean", "Commission for Asia and the Pacific": one region)
                if L[i + 1] in ("the", "a", "an") or self._ordinal(t, i + 1) or self._possessor_at(t, i + 1) \
                        or X[i + 1] in self.rules.prepositions and X[i + 1] not in L[k:i] \
                        or any(X[j] in self.rules.person_titles for j in range(i + 1, min(i + 4, end))) \
                        or i + 1 in self._known_at and self._known_name_before(t, k, i) \
                        or self._known_name_before(t, k, i) and YEAR.search(X[end - 1]) \
                        and any(sp.label_ == "Country" for sp in self._known_at.get(k, ())) \
                        or self._event_prefix_at(t, i + 1, end) is not None and (      # "... and Cyclone Idai"
                            self._event_prefix_at(t, k, i) is not None or any(sp.end == i for sp in self._known_at.get(k, ()))) \
                        or (
                        X[i - 1] in self.rules.heads
                        and sum(1 for j in range(i + 1, end) if t.is_alpha[j] and L[j] not in self.rules.connectors) >= 3
                        and self._head_label(t, i + 1, end)[0] is not None) \
                        or X[i - 1] in self.rules.heads and X[end - 1] == X[i - 1] and end - i >= 3 \
                        or self._two_bodies(t, k, i, end) \
                        or named_with_its_year(X[i - 1]) and any(named_with_its_year(X[j]) for j in range(i + 1, end)):
                    # "Royal Navy and US Navy": one head twice, two names; "with Cambodia and Hand-in-Hand
                    # 2018": a country, then a dated name; "Search-2025 and Echelon-2025": two editions
                    parts.append((k, i))
                    k = i + 1
            elif lower in ("in", "for") and X[i] == lower and i > k \
                    and any(sp.end == i and sp.label_ in ("Country", "Organisation")
                            for j in range(k, i) for sp in self._known_at.get(j, ())) \
                    and (self._head_label(t, _after_articles(L, i + 1, end), end, fallback=False)[0] is not None
                         or self._numbered_run(t, _after_articles(L, i + 1, end), end)):
                # "the participation of Tonga in the Reef Summit": a country, then where it takes part;
                # "arrived in Pakistan for Warrior-VIII", "joined the People's Armed Police in the Warrior-VI
                # exercise": a country or a body, then what it came for
                parts.append((k, i))
                k = i + 1
            elif lower == "to" and X[i] == lower and i > k and k > 0 and (
                    L[k - 1] == "from" or k > 1 and L[k - 1] == "the" and L[k - 2] == "from"):
                # "from the Quad Vaccine Partnership to the IPMDA": a range of two names
                parts.append((k, i))
                k = i + 1
            elif lower == "to" and X[i] == lower and i > k \
                    and self._head_label(t, _after_articles(L, i + 1, end), end, fallback=False)[0] == "Event" \
                    and self._head_label(t, k, i, fallback=False)[0] == "Organisation":
                # "sent the ... Rescue Team to the Reef Summit": a body, then the gathering it went to
                parts.append((k, i))
                k = i + 1
            elif X[i] in ("'s", "’s") and i > k and i not in self._known_inside \
                    and self._head_label(t, k, i, fallback=False)[0] == "Organisation" \
                    and (self._head_label(t, i + 1, end, fallback=False)[0] == "Organisation"
                         or self._head_label(t, k, i, fallback=False)[1] == i - 1     # not "Ministry of Women's Affairs"
                         and self._head_label(t, i + 1, end, fallback=False)[0] is None):
                # "the Department of Commerce's Bureau of Industry and Security": a body of a body;
                # "the Royal Navy's HMS Anson": a body's ship (or its officer, or its meeting)
                parts.append((k, i))
                k = i + 1
            elif lower == "the" and X[i] == "the" and i in known_ends and i > k:
                parts.append((k, i))
                k = i
            elif lower in ("at", "in", "during") and X[i] == lower and i > k \
                    and any(X[j] in self.rules.person_titles for j in range(k, i)) \
                    and self._head_label(t, _after_articles(L, i + 1, end), end,
                                         fallback=False)[0] in ("Event", "Mechanism"):
                # "Prime Minister Fiame Naomi at the Ninth Pacific Water Summit": a person, then where she was
                parts.append((k, i))
                k = i + 1
            elif lower == "of" and X[i] == lower and i == k + 1 and named_with_its_year(X[k]):
                # "Interaction-2024 of the CSTO Collective Forces": an exercise, then the force that holds it
                parts.append((k, i))
                k = i + 1
        parts.append((k, end))
        return parts

    def _country_body_key(self, t: TokenTable, start: int, end: int, label: str | None, head: int | None) -> str | None:
        """The key of a country's own body named after its possessor: "Vietnam's Ministry of National
        Defence" is ``ministry-of-national-defence-of-vnm``, not the ministry of every country."""
        X = t.texts
        if label != "Organisation" or head is None or X[head] not in self.rules.government_heads:
            return None
        if start >= 2 and X[start - 1] in ("'s", "’s"):
            before = self._known_before.get(start - 1, ())
            country = next((span.kb_id_ for span in before if span.label_ == "Country" and span.kb_id_), None)
            return country_body_key(t.span_text(start, end), country) if country else None
        # "Ministry of National Defence of Cambodia": the same key
        owner, of = self._owner_after_of(t, end, head, "Country")
        return country_body_key(t.span_text(start, of), owner.kb_id_) if owner is not None else None

    def _owner_after_of(self, t: TokenTable, end: int, head: int, label: str) -> tuple[Span | None, int]:
        """The listed ``label`` name that ends a name at ``end`` after "of [the]", past its head
        ("... of the Organization of American States"), and where that "of" stands."""
        owner = next((span for span in self._known_before.get(end, ()) if span.label_ == label and span.kb_id_
                      and span.start > head), None)
        of = owner.start - 1 if owner is not None else -1
        if of > head and t.lowers[of] == "the":
            of -= 1
        return (owner, of) if of > head and t.lowers[of] == "of" else (None, -1)

    def _org_body_key(self, t: TokenTable, start: int, end: int, label: str | None, head: int | None) -> str | None:
        """One key for a listed body's own organ, named either way: "OAS General Assembly" and
        "General Assembly of the Organization of American States" are
        ``organization-of-american-states-general-assembly``."""
        X = t.texts
        if label != "Organisation" or head is None or X[head] not in ORGAN_HEADS:
            return None
        owner = next((span for span in self._known_at.get(start, ()) if span.label_ == "Organisation"
                      and span.kb_id_ and span.end <= head), None)
        if owner is not None and owner.end < end and not any(self._is_preposition(t, j, start)
                                                             for j in range(owner.end, head)):
            return f"{owner.kb_id_}-{name_key(t.span_text(owner.end, end))}"
        owner, of = self._owner_after_of(t, end, head, "Organisation")
        return f"{owner.kb_id_}-{name_key(t.span_text(start, of))}" if owner is not None else None

    def _possessor_at(self, t: TokenTable, i: int) -> bool:
        """Whether a listed country, body or place with a possessive starts at token ``i``: "... and
        Cambodia's Ministry of National Defence" starts a name of its own."""
        X = t.texts
        if i + 1 < len(X) and X[i + 1] in ("'s", "’s") and X[i] in place_names():
            return True     # "... and Beijing's military buildup": a capital speaks for its country
        return any(span.label_ in ("Country", "Organisation") and span.end < len(t) and X[span.end] in ("'s", "’s")
                   for span in self._known_at.get(i, ()))

    # -- classes ------------------------------------------------------------

    def head_label(self, doc: Doc, start: int, end: int, *, fallback: bool = True) -> tuple[str | None, int | None]:
        """Class of the name ``doc[start:end]`` by its head, and the head's index."""
        return self._head_label(table(doc), start, end, fallback=fallback)

    def _role_start(self, X, start: int, end: int) -> int | None:
        """Where the role ``X[start:end]`` ends in begins ("Member States" of "ASEAN Member States", the
        members of a body named on its own: no name of their own), or None."""
        if X[end - 1] not in self.rules.role_ends:
            return None
        return next((k for k in range(start, end) if " ".join(X[k:end]).replace(" - ", "-") in self.rules.role_words), None)

    def _head_label(self, t: TokenTable, start: int, end: int, *, fallback: bool = True) -> tuple[str | None, int | None]:
        rules = self.rules
        X, L = t.texts, t.lowers
        if end - start < 1:
            return None, None
        zone_end = self._next_preposition(t, start + 1, end, start)
        if self._role_start(X, start, zone_end) == start:
            return None, None       # "a State Party to the Treaty on ...": a role, the treaty is the name
        label, head_index = self._head_at(t, start, zone_end)
        if label == "Organisation" and zone_end < end and L[zone_end] == "of":
            # "the Council of Europe Convention on Cybercrime": a body's instrument, named after the body
            body_end = max((sp.end for sp in self._known_at.get(start, ()) if sp.label_ == "Organisation"), default=0)
            if zone_end < body_end < end and rules.heads.get(X[body_end]) is not None:
                instrument = self._head_at(t, body_end, self._next_preposition(t, body_end + 1, end, start))
                if instrument[0] == "Mechanism":
                    label, head_index = instrument
        if label == "Place" and zone_end + 2 < end and L[zone_end] == "of":
            # "Gulf of Guinea Commission": a body named after the place, its head last
            after_of = self._head_at(t, zone_end + 1, end)
            if after_of[0] in ("Organisation", "Mechanism", "Event") and after_of[1] == end - 1:
                label, head_index = after_of
        dash = next((j for j in range(start + 2, zone_end - 1) if X[j] in ("-", "–") and t.ws[j - 1] and t.ws[j]),
                    None) if label == "Place" else None
        if dash is not None:
            before_dash = self._head_at(t, start, dash)
            if before_dash[0] in ("Organisation", "Mechanism"):
                label, head_index = before_dash     # "Information Fusion Centre - Indian Ocean Region": the centre, for the region
        if label in ("Mechanism", "Organisation") and zone_end < end and X[end - 1] == L[end - 1] \
                and L[end - 1] in rules.ordinal_lowercase_heads and self._ordinal(t, start):
            # "the 22nd IORA Council of Ministers meeting": a numbered meeting of the body, named after it
            last_label, last_head = self._head_at(t, start, end)
            if last_label == "Event":
                return last_label, last_head
        if label in ("Mechanism", "Organisation") and zone_end < end and L[zone_end] != "of":
            last_label, last_head = self._head_at(t, start, end)
            if last_label == "Event" and last_head > zone_end and X[head_index] not in DOCUMENT_HEADS \
                    and not any(L[j] == "of" and L[j + 1] == "the" for j in range(zone_end, last_head)):
                # "Boao Forum for Asia Annual Conference 2025": a meeting of the forum, named after it (not
                # "Experts' Working Group on Mine Action of the ASEAN Defence Ministers' Meeting": the group's)
                label, head_index = last_label, last_head
        if label is None and fallback and zone_end < end and (L[zone_end] == "of" and not (
                zone_end + 2 < end and L[zone_end + 1] == "the" and self._ordinal(t, zone_end + 2))
                # "ASEAN Trade in Goods Agreement" (but "Fiji in Pacific Islands Forum": a name, then another)
                or L[zone_end] == "in" and X[zone_end] == "in" and not self._known_before.get(zone_end)):
            # "Asia-Pacific Heads of Maritime Administrations Conference", "Rim of the Pacific Exercise":
            # the head comes last ("Bishkek for the SCO Summit" is no name; "Chairman's Statement of the
            # 33rd ASEAN Summit" is no summit: "the 33rd" opens a name of its own; nor are "Leaders of
            # the North Atlantic Treaty Organization" a body: the listed name after "of" is the name)
            label, head_index = self._head_at(t, start, end)
            if label == "Place" or (head_index is not None and X[head_index] in rules.weak_heads) \
                    or self._known_tail(t, zone_end + 1, end):
                label, head_index = None, None
        if label is None and YEAR.match(X[end - 1]) and (end - start >= 4 or end - start == 3 and start > 0
                                                         and L[start - 1] == "for") and not any(
                L[j] in MONTHS for j in range(start, end)) and not self._period(t, end - 3, end):
            label, head_index = "Event", end - 1      # "Cooperation for Law Enforcement 2015", not "... 2016-2020"
            if any(span.label_ == "Mechanism" for span in self._known_before.get(end - 1, ())):
                label = "Mechanism"     # "UN Sustainable Development Goals 2030": a listed framework and its horizon
        if label is None and end - start == 2 and YEAR.match(X[end - 1]) and CODE_WORD.match(X[start]) \
                and start not in self._known_at:
            label, head_index = "Event", end - 1      # "AUSMIN 2023", "RIMPAC 2024": a code word and its year
        if label is None and end - start == 1 and named_with_its_year(X[start]) and start not in self._known_at:
            return "Event", start       # "Vostok-2022", "Search-2025": an exercise's name joined to its year
        if label is None and 2 <= end - start <= 5 and named_with_its_year(X[end - 1]) \
                and all(X[k][:1].isupper() or X[k] in ("-", "/") for k in range(start, end)) \
                and X[start] not in self.rules.country_adjectives:
            # "Joint Sea-2019", "Golden Dragon-2019", "Northern/Interaction-2023" (not "the Russian Steppe-2021
            # exercise": the host's adjective, then the name)
            return "Event", end - 1
        if label is None:
            return None, None
        if sum(1 for j in range(start, end) if X[j][:1].isalnum()) < 2:
            return None, None    # a bare head word ("the Summit") is not a name; "G20 Summit" is one
        return label, head_index

    def _known_tail(self, t: TokenTable, tail: int, end: int) -> bool:
        """Whether a listed name (or one with an article before it) runs from ``tail`` to ``end``."""
        return any(span.end == end for span in self._known_at.get(_after_articles(t.lowers, tail, end), ()))

    def _next_preposition(self, t: TokenTable, lo: int, end: int, start: int) -> int:
        """The first preposition of the name that starts at ``start`` from ``lo`` on, or ``end``."""
        return next((j for j in range(lo, end) if self._is_preposition(t, j, start)), end)

    def _head_at(self, t: TokenTable, start: int, zone_end: int) -> tuple[str | None, int | None]:
        rules = self.rules
        X = t.texts
        head_index = zone_end - 1
        if head_index - 3 >= start and self._period(t, head_index - 2, zone_end):
            head_index -= 3     # "ASEAN Cooperation Framework 2016-2020"
        while head_index > start and (ROMAN_OR_CODE.match(X[head_index]) or X[head_index] in QUOTES):
            head_index -= 1     # "World War II", "Flight MH370"
        head = X[head_index]
        if head_index > start:
            two = f"{X[head_index - 1]} {head}"
            if two in rules.two_word_heads:
                return rules.two_word_heads[two], head_index
        if head in COMPASS_POINTS and head_index - 1 > start and X[head_index - 1] in rules.heads:
            head_index -= 1     # "Joint Interagency Task Force South": the force for the south
            head = X[head_index]
        rule = rules.heads.get(head)
        if head == "Government" and head_index > start and (t.lowers[head_index - 1] == "of" or t.lowers[head_index - 1]
                                                            in ("and", "/") and X[head_index - 2] == "State"):
            return None, None       # "Heads of State and Government", "Heads of Government": people, no body
        if head == "Group" and GROUP_OF_PEOPLE.match(" ".join(X[head_index + 1:head_index + 4])):
            return "Mechanism", head_index      # "Group of Governmental Experts", "Group of Friends for Peace"
        if head in rules.process_heads and head_index + 1 < len(X) and t.lowers[head_index + 1] == "of":
            return None, None       # "the Resolution of the Conflict in South Sudan"
        year_after = head_index + 1 < zone_end and YEAR.match(X[head_index + 1]) is not None
        if rule is None and head in rules.horizon_heads and year_after:
            return "Mechanism", head_index      # "ASEAN Community Vision 2025", "Agenda 2063" (not "Security Vision for ...")
        if rule is None and t.lowers[head_index] in rules.ordinal_lowercase_heads and self._ordinal(t, start):
            rule = rules.heads.get(head.capitalize())     # "Ninth NPT review conference"
        if rule is None:
            return None, None
        if rule.label == "Place" and head_index + 1 < len(X) and t.lowers[head_index + 1] in POLITY_NOUNS:
            return None, None       # "Pacific Island countries", "Gulf states": the place qualifies the nouns
        ordinal = self._ordinal(t, start)
        if rule.label is None and "and" in t.lowers[start:head_index]:
            return None, None       # "the 43rd ASEAN Summit and Related Summits": the numbered one is the name
        if rule.label == "Mechanism" and year_after and head not in rules.horizon_heads and head not in rules.dated_heads \
                and not self._period(t, head_index + 1, zone_end):
            return "Event", head_index      # "Pacific Partnership 2015": an edition, not the series
        if rule.dated_label and year_after and not self._period(t, head_index + 1, zone_end):
            return rule.dated_label, head_index
        return (rule.ordinal_label if ordinal and rule.ordinal_label else rule.label), head_index

    # -- rules --------------------------------------------------------------

    def find(self, doc: Doc, known: list[Span]) -> tuple[list[Candidate], list[Candidate]]:
        """Labelled candidates and unlabelled capitalised runs (resolved against the corpus later)."""
        t = table(doc)
        X = t.texts
        known_spans = {(s.start, s.end): s for s in known}
        self._known_at = {}      # curated names by first token, for _cut
        self._known_before = {}     # and by the token after them
        self._known_inside = set()      # tokens inside a curated name, past its first: no name is cut there
        for span in known:
            self._known_at.setdefault(span.start, []).append(span)
            self._known_before.setdefault(span.end, []).append(span)
            self._known_inside.update(range(span.start + 1, span.end))
        known_ends: dict[int, int] = {}
        for span in known:
            known_ends[span.start] = max(known_ends.get(span.start, 0), span.end)
        memo = self._name_word_of
        if len(memo) > 1_000_000:
            memo.clear()
        for text in set(X).difference(memo):
            memo[text] = self._name_word(text)
        self._name_words = nw = [memo[text] for text in X]
        found: list[Candidate] = []
        latent: list[Candidate] = []
        country_ends = {s.end for s in known if s.label_ in ("Country", "Organisation")}
        n = len(X)
        sentence_end = t.sentence_end
        i = 0
        for first in [j for j in range(n) if nw[j] or (X[j] in OPEN_QUOTES and j + 1 < n and nw[j + 1])]:
            if first < i:
                continue        # inside the run found last
            i = first
            limit = sentence_end[i]
            if t.sentence_start[i] == i and X[i] in self.rules.heads and i + 2 < limit \
                    and t.lowers[i + 1] in ("between", "among", "with") and i not in self._known_at:
                i += 1
                continue        # "Talks between ASEAN and China began": a kind of thing, then its parties
            end = self._extend(t, i, limit, known_ends)
            if end <= i:
                i += 1
                continue
            end = self._ordinal_lowercase_tail(t, i, end, limit)
            for part_start, part_end in self._split(t, i, end, country_ends):
                start, stop = self._trim(t, part_start, part_end, known_spans)
                if stop <= start:
                    continue
                role = self._role_start(X, start, stop) if stop - start > 2 else None
                if role is not None and role > start and all(X[k][:1].isupper() for k in range(start, role)):
                    # "Coral Union Member States": the body is the name (not in "... among China and
                    # ASEAN Member States", a name of its own)
                    stop = role
                if start > part_start and stop == end:      # "on Thursday for the 33rd Arab League summit"
                    stop = self._ordinal_lowercase_tail(t, start, stop, limit)
                found.extend(self._place_cut_off(t, stop, part_end, known_spans))
                if X[stop - 1] in self.rules.process_heads and stop < limit and RESOLUTION_NUMBER.match(X[stop]):
                    stop += 1       # "Security Council Resolution 1325", "Resolution 2231": the number is the name
                label, head = self._head_label(t, start, stop)
                if label is None and stop - start >= 2 and X[stop - 1] in GROUP_NUMBERS and stop + 2 < limit \
                        and X[stop] == "(" and COUNTED_ACRONYM.fullmatch(X[stop + 1]) and X[stop + 2] == ")":
                    # "the Bucharest Nine (B9)", "the Visegrad Four (V4)": a group named by its number of members
                    label, head = "Mechanism", stop - 1
                holder = self._holder_of_body(t, start, stop, head) if label == "Organisation" else None
                if holder is not None:
                    # "Thomas Lefeuvre of the Norwegian Refugee Council", "Admiral Mario Rossi of the
                    # Italian Navy": the person, then the body
                    found.append(Candidate(holder[0], holder[1], "Person", "pattern:person"))
                    start = _after_articles(t.lowers, holder[1] + 1, stop)
                    label, head = self._head_label(t, start, stop)
                if label == "Organisation" and stop - start > 3 and X[start + 1] == "-" \
                        and (start, start + 1) in known_spans and known_spans[(start, start + 1)].label_ == "Country" \
                        and (start + 2, stop) in known_spans and known_spans[(start + 2, stop)].label_ == "Organisation":
                    continue        # "China-Gulf Cooperation Council": a country and a body, named already
                dated = label == "Event" and head == stop - 1 and YEAR.match(X[stop - 1])   # by its year alone
                exercise = self._exercise_name(t, start, stop, limit, plain=label is None and start not in self._known_at) \
                    if (label in (None, "Organisation", "Mechanism", "Place") or dated) and (start, stop) not in known_spans \
                    else None
                if exercise is None and (label in (None, "Place") or label == "Organisation" and (
                        head == stop - 1 or head == stop - 2 and YEAR.match(X[stop - 1]))):
                    # "Exercise Plata Guard": not a guard; "Exercise Pacific Reef": not a reef
                    exercise = self._prefixed_event(t, start, stop)
                named = self._named_after_exercise_word(t, start, stop) \
                    if exercise is None and label is None else None
                if named is not None:
                    exercise = named
                elif exercise is None and label is None and (self._dated_after_gathering_verb(t, start, stop)
                                                             or self._dated_beside_gathering(t, start, stop)
                                                             or self._named_before_exercise(t, start, stop)):
                    exercise = (start, stop)
                if exercise:
                    if exercise[1] + 1 < stop and t.lowers[exercise[1]] in ("between", "among"):
                        # "Exercise Maitree between the Indian Army and the Royal Thai Army": the parties
                        # after the name, names of their own
                        found.extend(self._parties_between(t, _after_articles(t.lowers, exercise[1] + 1, stop), stop,
                                                           "pattern:head"))
                    (start, stop), label, head = exercise, "Event", exercise[1] - 1
                if label == "Mechanism" and X[head] == "Statement" and X[start] in CHAIRS and start + 1 < stop \
                        and X[start + 1] in ("'s", "’s"):
                    continue    # "the Chairman's Statement of the 31st ARF": the meeting's record, named after it
                if label == "Mechanism" and X[head] in STATEMENT_HEADS:
                    stop = self._party_list(t, stop, limit)
                    start, stop = _dated_statement(t, start, stop, limit)
                if label == "Organisation" and YEAR.match(X[stop - 1]) \
                        and any(t.lowers[j] in self.rules.exercise_words for j in range(stop, min(stop + 8, limit))):
                    label = "Event"     # "the Peace Mission 2016 joint counter-terrorism exercise": an edition
                if stop < limit and len(X[stop]) == 2 and X[stop].isdigit() and stop - start >= (1 if label == "Event" else 2) \
                        and label in ("Event", None) and (stop + 1 >= limit or t.is_punct[stop + 1]
                                                          or t.lowers[stop + 1] in EDITION_FOLLOWERS) \
                        and (label == "Event" or any(t.lowers[j] in self.rules.exercise_words
                                                     for j in range(t.sentence_start[start], limit))):
                    # "Steadfast Defender 24", "Nordic Response 24 in Norway" (among exercises): the
                    # edition by its year's last two digits
                    stop += 1
                    label, head = "Event", stop - 1
                    if stop + 1 < limit and X[stop] == "-" and not t.ws[stop - 1] and not t.ws[stop] \
                            and len(X[stop + 1]) == 1 and X[stop + 1].isdigit():
                        stop += 2       # "Red Flag-Alaska 24-1": the year's first of its editions
                if label == "Organisation" and stop < limit and X[stop - 1] == "Force" and stop - start >= 2 \
                        and X[stop - 2] == "Task" and X[stop].isdigit() and len(X[stop]) <= 3:
                    stop += 1       # "Combined Task Force 151", "Task Force 73": a numbered task force
                bare_head = label is None and stop - start == 1 and X[start] in self.rules.heads \
                    and self.rules.heads[X[start]].label == "Event"
                if (label == "Event" or bare_head) and start >= 4 and X[start - 1] == ")" and X[start - 3] == "(":
                    # "the Lancang-Mekong Cooperation (LMC) Foreign Ministers' Meeting", "the China-Gulf
                    # Cooperation Council (GCC) Summit": the series and its acronym open the meeting's name
                    series = next((sp for sp in self._known_before.get(start - 3, ())
                                   if sp.label_ in ("Mechanism", "Organisation")), None)
                    if series is not None and _capitalised(X[start - 2]):
                        if bare_head:
                            label, head = "Event", start
                        start = series.start
                        while start >= 2 and X[start - 1] == "-" and not t.ws[start - 2] and not t.ws[start - 1] \
                                and X[start - 2][:1].isupper():
                            start -= 2      # "China-" before the series: a meeting of China with it
                        if start > 0 and (ORDINAL_NUMBER.match(X[start - 1]) or t.lowers[start - 1] in self.rules.ordinal_words):
                            start -= 1      # "the 24th (Ninth) ASEAN Plus Three (APT) Foreign Ministers' Meeting"
                if label == "Mechanism" and stop - start >= 3 and t.lowers[start + 1] == "of" and stop + 1 < limit \
                        and X[stop] == "," and known_spans.get((start + 2, stop)) is not None \
                        and known_spans[(start + 2, stop)].label_ == "Country" \
                        and any(sp.label_ == "Country" for sp in self._known_at.get(stop + 1, ())):
                    continue    # "the Troika of Indonesia, Lao PDR and Malaysia": the countries, named as a group
                if label in ("Mechanism", "Organisation") and stop < limit and X[stop] == ",":
                    stop = self._listed_tail(t, start, stop, limit)
                    end = max(end, stop)
                if label in ("Mechanism", "Organisation") and start > 1 and YEAR.match(X[start - 1]) \
                        and t.lowers[start - 2] in DATED_DETERMINERS \
                        and (t.lowers[head] in self.rules.ordinal_lowercase_heads or t.lowers[head] == "consultations"):
                    label = "Event"     # "the 2023 Ministerial Forum", "the 2023 Australia-US Ministerial Consultations": a year's meeting
                if label == "Event" and start > 0 and YEAR.match(X[start - 1]) and (
                        t.sentence_start[start - 1] == start - 1 or start > 1 and (
                            t.lowers[start - 2] in DATED_DETERMINERS or X[start - 2] in ("'s", "’s"))):
                    start -= 1      # "the 2025 Reef Summit": its year names the edition, as an ordinal does
                if label == "Event" and start >= 2 and X[start - 1] == "and" and self._ordinal(t, start) \
                        and self._ordinal(t, start - 2) and not X[start - 2][:1].islower():
                    start -= 2      # "the 44th and 45th ASEAN Summits": two editions held together, one name
                if label:
                    opened = self._format_before(t, start)
                    if opened != start:     # "the Fifth India-U.S. 2+2 Ministerial Dialogue": an edition's ordinal
                        start = opened
                        label, head = self._head_label(t, start, stop)[0] or label, head
                if label and start > 0 and t.is_lower[start - 1] and t.lowers[start - 1] in self.rules.ordinal_words \
                        and t.lowers[head] in self.rules.ordinal_lowercase_heads:
                    # "the first China-Central Asia Summit", "the third ... Forum": an edition, as "13th ..." is
                    start -= 1
                    label, head = self._head_label(t, start, stop)
                if label in ("Organisation", "Mechanism") and stop < limit and X[stop] in KIND_AFTER_NAME:
                    # "the Falepili Union treaty", "Foreign Policy magazine": the word after says what it is
                    label = KIND_AFTER_NAME[X[stop]]
                if (label is None or label == "Place" and stop - start >= 3) and stop - start >= 2 \
                        and start not in self._known_at and t.span_text(start, stop) not in place_names() \
                        and not any(X[j] in self.rules.region_adjectives or X[j] in self.rules.country_adjectives
                                    or X[j] in ("Asia", "Pacific", "Europe", "Africa", "'s", "’s") for j in range(start, stop)) \
                        and sum(1 for j in range(start, stop) if t.is_alpha[j] and len(X[j]) > 1) >= 2 \
                        and self._plan_after(t, stop, limit):
                    # "the Action for Peacekeeping (A4P) initiative", "the Critical Maritime Routes Indian
                    # Ocean (CRIMARIO) project": a name of no class of its own, then the kind of plan it is
                    label, head = "Mechanism", stop - 1
                after = stop + 1 if stop < limit and X[stop] == "(" else stop
                after += after < limit and t.lowers[after] == "annual"
                if label and after + 1 < limit and t.lowers[after] == "white" and t.lowers[after + 1] == "paper":
                    # "the Defense of Japan 2016 white paper", "Defense of Japan 2024 (Annual White Paper)":
                    # a document, none of our classes
                    label = None
                owner_key = None
                possessive = next((k for k in range(start + 1, stop - 1) if X[k] in ("'s", "’s")), None) \
                    if label == "Organisation" and "Ministry" in X[start + 1:stop] else None
                if possessive is not None and not any(word in X[start:possessive] for word in ("of", "and")):
                    # "Seoul's Defense Ministry", "the North's Foreign Ministry": whose ministry it is is no part
                    # of its name (a country's is keyed to it)
                    owner = next((sp for sp in self._known_at.get(start, ()) if sp.label_ == "Country"
                                  and sp.end == possessive), None)
                    owner_key = country_body_key(t.span_text(possessive + 1, stop), owner.kb_id_) if owner is not None else None
                    start = possessive + 1
                    label, head = self._head_label(t, start, stop)
                elif label == "Organisation" and stop - start > 2 and X[start] in self.rules.country_adjectives \
                        and "Ministry" in X[start + 1:stop]:
                    # "the Chinese Foreign Ministry": the country's adjective qualifies its ministry's name
                    # (and is part of it, as annotators write it)
                    owner_key = country_body_key(t.span_text(start + 1, stop), self.rules.country_adjectives[X[start]])
                if label == "Event" and YEAR.match(X[stop - 1]) and self._phase(t, stop - 1, limit):
                    stop += 2       # "Pacific Partnership 2024-2": the year's second phase, an event of its own
                if label:
                    found.append(Candidate(start, stop, label, "pattern:head",
                                           key=owner_key or self._country_body_key(t, start, stop, label, head)
                                           or self._org_body_key(t, start, stop, label, head)))
                    found.extend(self._nested_tails(t, start, stop, "pattern:nested",
                                                    outer_head=head, outer_label=label))
                    found.extend(self._nested_prefixes(t, start, stop))
                elif (start, stop) not in known_spans:
                    if not all(ORDINAL_NUMBER.match(X[k]) or t.like_num[k] or t.lowers[k] in CALENDAR_WORDS
                               for k in range(start, stop)) and self._role_start(X, start, stop) is None:
                        # "the 31st member of", "on Monday", "Thirty years ago": a bare number or day names nothing
                        latent.append(Candidate(start, stop, "NAME", "pattern:latent"))
                    # "Vice Minister of the Ministry of Foreign Affairs": the name is the tail
                    found.extend(self._nested_tails(t, start, stop, "pattern:head"))
                    person = self._person(t, start, stop)
                    if person:
                        found.append(person)
            i = max(end, i + 1)
        found.extend(self._placed_organisations(t, known))
        found.extend(self._compound_mechanisms(t, known))
        found.extend(self._city_processes(t))
        found.extend(self._briefings(t, known))
        found.extend(self._occurrences(t, known))
        found.extend(self._numbered_resolutions(t))
        found.extend(self._dated_editions(t, known))
        found.extend(self._dated_lowercase_meetings(t, known))
        found.extend(self._place_summits(t, known))
        found.extend(self._named_after_kind(t, known))
        found.extend(self._quoted_after_kind(t, known))
        found.extend(self._ordinal_editions(t, known))
        found.extend(self._lowercase_numbered_gatherings(t))
        found.extend(self._domains_and_speakers(t, known_spans))
        found.extend(self._datelines(t, known_spans))
        found.extend(self._cities_of_countries(t))
        found.extend(self._regions(t, known))
        themes = self._theme_openings(t)
        if themes:      # "under the theme \"Implementing the ASEAN Outlook ...\"": a motto, no name
            found = [c for c in found if c.start not in themes]
            latent = [c for c in latent if c.start not in themes]
        found = [replace(c, end=_dated_title_end(t, c.end)) if c.label == "Event"
                 else replace(c, end=_period_end(t, c.end)) if c.label == "Mechanism" else c for c in found]
        found.extend(self._prefixed_named_again(t, found))
        found.extend(_quoted_proposals(t))
        found.extend(self._numbered_sessions(t, [(s.start, s.end, s.label_) for s in known]
                                             + [(c.start, c.end, c.label) for c in found]))
        # "Copyright © BIRN 2023": the publisher and the year of its rights, no edition of an event
        found = [c for c in found if not (c.label == "Event" and c.start > 0 and t.lowers[c.start - 1] in COPYRIGHT_SIGNS)]
        return self._series_of_editions(t, found, latent)

    @staticmethod
    def _theme_openings(t: TokenTable) -> set[int]:
        """The first words of quoted themes and mottos: 'the theme "Educate an African ..."'."""
        if not THEME_TEXT.search(t.text):
            return set()        # most documents: no pass over their tokens
        X, L = t.texts, t.lowers
        out = set()
        for i in range(len(X) - 2):
            if L[i] in THEME_WORDS:
                j = i + 1 + (X[i + 1] in (":", "of"))
                if j + 1 < len(X) and X[j] in OPEN_QUOTES:
                    out.add(j + 1)
        return out

    def _regions(self, t: TokenTable, known: list[Span]) -> list[Candidate]:
        """"Latin America", "Northern Ireland", "Inner Mongolia": a listed country after a qualifier
        of region is a place, part of a continent or of a country, not the country. The countries
        whose own name starts so ("South Korea", "North Macedonia") are listed whole."""
        X = t.texts
        countries = [s for s in known if s.label_ == "Country"]
        covered = {k for s in countries for k in range(s.start, s.end)}
        return [Candidate(s.start - 1, s.end, "Place", "pattern:region") for s in countries
                if s.start > 0 and X[s.start - 1] in self.rules.region_qualifiers and s.start - 1 not in covered
                and t.ws[s.start - 1]]

    @staticmethod
    def _series_of_editions(t: TokenTable, found: list[Candidate],
                            latent: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
        """"the Joint Sea exercise" where "Joint Sea-2024" is named: a name whose head says place is
        the series of an edition the document names, an event. So are that series' name alone and
        its other editions among the names of no class ("launched UNITAS in 1960", "UNITAS LXV"
        where "UNITAS LXVI" is named an edition)."""
        X = t.texts
        series = set()
        for c in found:
            if c.label != "Event" or c.end - c.start < 2:
                continue
            if YEAR.match(X[c.end - 1]) or ROMAN_EDITION.match(X[c.end - 1]):  # "Joint Sea 2024", "UNITAS LXVI"
                series.add(tuple(X[c.start:c.end - 2 if X[c.end - 2] == "-" else c.end - 1]))
            elif HYPHEN_YEAR.search(X[c.end - 1]):      # "Joint Sea-2024" (one token)
                series.add(tuple(X[c.start:c.end - 1]) + (HYPHEN_YEAR.sub("", X[c.end - 1]),))
        series.discard(())
        if not series:
            return found, latent

        def edition_of_series(c: Candidate) -> bool:
            words = tuple(X[c.start:c.end])
            # (an edition by its year has rules of its own: "Defence of Fiji 2016 white paper" is a text)
            return words in series or len(words) >= 2 and words[:-1] in series and ROMAN_EDITION.match(words[-1])

        found = [replace(c, label="Event") if c.label == "Place" and tuple(X[c.start:c.end]) in series else c
                 for c in found]
        editions = [c for c in latent if edition_of_series(c)]
        if editions:
            found = found + [replace(c, label="Event", rule="pattern:head") for c in editions]
            latent = [c for c in latent if not edition_of_series(c)]
        return found, latent

    def _exercise_name(self, t: TokenTable, start: int, end: int, limit: int, *, plain: bool) -> tuple[int, int] | None:
        """The name of an exercise, when the run ``start:end`` ends in one followed by an exercise
        word: a quoted name ('the China-Russia "Joint Sea-2019" exercise', '"Warrior-VII" joint
        counter-terrorism drill', 'the "Joint Sea" and "Peace Mission" exercises'), a name ending in
        a year or a number ("Peace Mission 2018 exercise", "Peace Mission-2018 counter-terrorism
        exercise") or, with ``plain`` (the run has no class of its own), a short name after "the"
        ("the Kakadu exercise"). A country's adjective is not part of it ("the Russian Vostok-2018
        exercise"), and names none alone: "the Russian naval exercise" names nothing."""
        X, L = t.texts, t.lowers
        rules = self.rules
        name = None
        closed = end < limit and X[end] in CLOSE_QUOTES
        if closed:
            opening = [q for q in range(max(start - 1, 0), end - 1) if X[q] in OPEN_QUOTES]
            if opening:
                name = (opening[-1] + 1, end)
        if name is None and (end - start >= 2 and (YEAR.match(X[end - 1]) or ROMAN_OR_CODE.match(X[end - 1]))
                             or EDITION.match(X[end - 1])):
            name = (start, end)
        modifiers = 5       # "joint counter-terrorism drill": a few lowercase words between

        def plain_name(first: int) -> bool:
            # "the (annual) Kakadu exercise", "their largest joint Cobra exercise", "the Rim of the Pacific
            # exercise", "the three-day Freedom Edge exercise"
            after_the = any(first - k >= 0 and L[first - k] in EXERCISE_DETERMINERS
                            and all(X[j] == L[j] and t.is_alpha[j] or X[j] == "-" and 0 < j - first + k < k - 1
                                    for j in range(first - k + 1, first))
                            for k in (1, 2, 3, 4, 5))
            inner = range(first + 1, end - 1)
            return after_the and (end - first <= 3 or end - first <= 5 and all(
                L[j] in ("of", "the") for j in inner if X[j] == L[j])) and X[end - 1] not in rules.heads \
                and not (end - first == 1 and DEMONYM_ENDING.search(X[first])) and all(
                t.is_alpha[j] and X[j] not in rules.country_adjectives
                and (X[j] not in rules.region_adjectives or j > first and L[j - 1] == "the")   # "of the Pacific"
                and (L[j] not in STOP_WORDS or j in inner and L[j] in ("of", "the")) for j in range(first, end))

        if name is None and plain and plain_name(start):
            name, modifiers = (start, end), 3       # "the Kakadu multilateral naval exercise"
        if name is None:
            # "invited Australia to the Malabar naval exercise": the run's last words after "<preposition> the"
            first = next((j + 1 for j in range(end - 2, start, -1)
                          if L[j] == "the" and L[j - 1] in rules.prepositions), None)
            if first is not None and first not in self._known_at and plain_name(first):
                name, modifiers = (first, end), 3
        if name is None:
            return None
        while not closed and name[1] - name[0] > 1 and X[name[0]] in rules.country_adjectives:
            # "Russian Vostok-2018", "Sino-Mongolian Grassland Shield 2019": the pair's second adjective too
            name = (name[0] + 3, name[1]) if X[name[0] + 1] == "-" and name[1] - name[0] > 3 else (name[0] + 1, name[1])
        if not closed and X[name[0]] in rules.country_adjectives:
            return None
        j = end + 1 if closed else end
        while modifiers > 0 and j < limit:
            if X[j] in OPEN_QUOTES and j > end:       # another quoted name: '"Joint Sea" and "Peace Mission" exercises'
                close = next((q for q in range(j + 1, min(j + 8, limit)) if X[q] in CLOSE_QUOTES), None)
                if close is None:
                    return None
                j = close + 1
                continue
            if j == name[1] and not closed and NUMBER.match(X[j]) and len(X[j]) <= 4:
                name = (name[0], j + 1)         # "the Keen Sword 23 exercise": the edition is part of the name
                j += 1
                continue
            if X[j] != L[j]:
                return None
            if L[j] in rules.exercise_words:
                # "the Chebarkul training ground", "the Zhurihe training base": a place to train at; "a
                # P-1 maritime patrol aircraft": a craft's model
                return None if j + 1 < limit and (L[j + 1] in TRAINING_SITES or L[j + 1] in CRAFTS) else name
            if L[j] == "series" and j + 1 < limit and L[j + 1] == "of":
                # 'the "Peace Mission" series of joint counter-terrorism exercises', "the Shaheen series of
                # air force joint training": the series' own words are no modifiers
                j, modifiers = j + 2, max(modifiers, 4)
                continue
            if L[j] == "series" and j == name[1] and not closed:
                return name     # "the Falcon Strike series with Thailand": a series of exercises named alone
            if not (t.is_alpha[j] or X[j] in ("-", ",")):
                return None
            j += 1
            modifiers -= 1
        return None

    def _prefixed_event(self, t: TokenTable, start: int, end: int) -> tuple[int, int] | None:
        """"Exercise BALTOPS 2023", "Operation Sahayog": an event word first, the name after it, up
        to a preposition ("Exercise AUSINDEX in the Bay of Bengal" is "Exercise AUSINDEX"). A storm's
        strength may come first ("Super Typhoon Koinu")."""
        head = self._event_prefix_at(t, start, end)
        if head is None:
            return None
        stop = next((j for j in range(head + 1, end) if self._is_preposition(t, j, start)), end)
        return (start, stop) if stop - head >= 2 else None

    def _event_prefix_at(self, t: TokenTable, start: int, end: int) -> int | None:
        """The index of the event word that opens the run at ``start`` ("Exercise", "Super Typhoon",
        "Tropical Storm"), else ``None``."""
        rules = self.rules
        head = start
        while head < end - 1 and t.texts[head] in rules.event_prefix_modifiers:
            head += 1
        word = t.texts[head]
        if word == "Storm" and head == start and head + 1 < end and t.texts[head + 1] in NOT_STORMS:
            return None     # "Storm Shadow missiles"
        if word in STORM_WORDS and head + 1 < end and any(c.isdigit() for c in t.texts[head + 1]):
            return None     # "brought Typhoon FGR4s": an aircraft's model; storms have names, not numbers
        if word in rules.event_prefixes or head > start and word in rules.modified_event_prefixes:
            return head
        return None

    def _named_after_exercise_word(self, t: TokenTable, start: int, end: int) -> tuple[int, int] | None:
        """"the exercise Steadfast Defender 2024", "the joint exercise Cobra Gold": a short name
        right after a lowercase exercise word, which no rule or list gives a class of its own; its
        start and end (before a lowercase word: "the exercise Dosti-16 in Male"; inside the quotes
        that open the run: "the Coast Guard exercise 'Dosti' among"). Not a country's adjective, a
        month or a weekday ("the drills Chinese ships held", "the exercise Friday")."""
        rules, X, L = self.rules, t.texts, t.lowers
        if X[start] in OPEN_QUOTES:
            close = next((j for j in range(start + 1, end) if X[j] in CLOSE_QUOTES), None)
            if close is None or close == start + 1:
                return None
            start, end = start + 1, close
        kind = start - 1
        if kind > 0 and X[kind] in OPEN_QUOTES:
            kind -= 1       # 'the fighter jet exercise "Veer Guardian 2023"'
        end = next((j for j in range(start + 1, end) if t.is_alpha[j] and X[j] == L[j]), end)
        if kind < 0 or L[kind] not in rules.exercise_words or X[kind] != L[kind] \
                or start in self._known_at or end - start > 4:
            return None
        words = X[start:end]
        # ("Northern/Interaction-2024": a region's adjective opens a code name joined by a slash)
        named = words[0] not in rules.country_adjectives \
            and (words[0] not in rules.region_adjectives or len(words) > 1 and words[1] == "/") \
            and L[start] not in CALENDAR_WORDS \
            and all(t.is_alpha[j] or NUMBER.match(X[j]) or EDITION.match(X[j]) or X[j] in ("-", "/")
                    for j in range(start, end))
        return (start, end) if named else None

    def _named_before_exercise(self, t: TokenTable, start: int, end: int) -> bool:
        """"opened Orruda 2024, the first bilateral naval exercise between", "MILEX-18, the first
        BIMSTEC joint military exercise", "UNITAS LXVI, the 66th edition of the ... exercise": a
        short code name of no class, with its edition (a year, Roman numerals or a number joined by
        a hyphen), set before an apposition that says it is an exercise, or an edition of one."""
        rules, X, L = self.rules, t.texts, t.lowers
        if end - start > 3 or end + 2 >= len(X) or X[end] != "," or L[end + 1] not in ("the", "a", "an"):
            return False
        if not ((YEAR.match(X[end - 1]) or ROMAN_EDITION.match(X[end - 1])) and end - start >= 2
                or EDITION.match(X[end - 1])):
            return False
        if not all(t.is_alpha[j] and X[j] != L[j] and X[j] not in rules.country_adjectives
                   and L[j] not in CALENDAR_WORDS for j in range(start, end - 1)):
            return False
        if end + 4 < len(X) and (ORDINAL_NUMBER.match(X[end + 2]) or L[end + 2] in rules.ordinal_words) \
                and L[end + 3] in EDITION_WORDS and L[end + 4] == "of":
            return True     # "the 66th edition of": an edition of a series of events, whatever it is
        limit = min(t.sentence_end[start], end + 9)
        for j in range(end + 2, limit):
            if L[j] in rules.exercise_words:
                return X[j] == L[j] and L[j] not in ("operation", "patrol", "training") \
                    and not (j + 1 < len(L) and (L[j + 1] in TRAINING_SITES or L[j + 1] in CRAFTS))
            if not (t.is_alpha[j] or X[j] == "-") or L[j] in ("of", "and", "or", "with", "which", "that"):
                return False
        return False

    def _dated_after_gathering_verb(self, t: TokenTable, start: int, end: int) -> bool:
        """"co-hosted Coral Trident 2021", "took part in the Pitch Black 2022", "Malabar 2023 was hosted
        by": a name of no class ending in a year, what one hosts, holds or joins, is an edition of an event."""
        X, L = t.texts, t.lowers
        if end - start < 2 or not YEAR.match(X[end - 1]):
            return False
        if any(span.label_ == "Country" or span.end >= end - 1 for span in self._known_at.get(start, ())):
            return False        # "hosted ASEAN 2017" (a body's year), but "ARF DiREx 2015": the body's exercise
        if not all(t.is_alpha[j] and X[j] != L[j] and X[j] not in self.rules.country_adjectives
                   and L[j] not in CALENDAR_WORDS for j in range(start, end - 1)):
            return False
        before = start - (start > 0 and L[start - 1] == "the")
        if end + 1 < len(L) and L[end] in ("was", "were") and L[end + 1] in GATHERING_PARTICIPLES:
            return True     # "Malabar 2023 was hosted by Australia": what is hosted or held
        return any(before >= len(verb) and tuple(L[before - len(verb):before]) == verb
                   for verb in self.rules.gathering_verbs)

    def _dated_beside_gathering(self, t: TokenTable, start: int, end: int) -> bool:
        """"The first exercise, ARF DiREx 2009, was staged", "the Fourth ARF Disaster Relief Exercise
        (ARF DiREx 2015)": a short name of no class ending in a year, set in commas after an exercise
        word or an edition, or in brackets after a gathering's name, is that gathering's edition."""
        X, L = t.texts, t.lowers
        if not 2 <= end - start <= 5 or start < 2 or end >= len(X) or not YEAR.match(X[end - 1]):
            return False
        if not all(t.is_alpha[j] and X[j] != L[j] and L[j] not in CALENDAR_WORDS for j in range(start, end - 1)):
            return False
        if X[start - 1] == "," and X[end] == ",":
            return L[start - 2] in self.rules.exercise_words or L[start - 2] in ("edition", "editions")
        head = self.rules.heads.get(X[start - 2])
        return X[start - 1] == "(" and X[end] == ")" and head is not None and head.label == "Event"

    def _party_list(self, t: TokenTable, stop: int, limit: int) -> int:
        """The end of a statement's name that ends in the first of several parties: "Joint Statement
        of the Foreign Ministers of Japan, the Republic of Korea and the People's Republic of China",
        "Joint Declaration of Laos, Cambodia and Vietnam on Water Security"."""
        X, L, nw = t.texts, t.lowers, self._name_words

        def party_at(j: int) -> int | None:       # the end of the country or body named at j (after "the")
            j += L[j] == "the" if j < limit else 0
            spans = [s for s in self._known_at.get(j, ()) if s.label_ in ("Country", "Organisation")]
            return max(s.end for s in spans) if spans else None

        if not any(s.end == stop and s.label_ in ("Country", "Organisation") for s in self._known_before.get(stop, ())):
            return stop
        j, listed = stop, 0
        while j < limit and X[j] == ",":
            following = party_at(j + 1)
            if following is None:
                break
            j, listed = following, listed + 1
        if not listed:
            return stop     # "of China and Russia" is one run already; "of China, and Japan ..." a new clause
        if j < limit and X[j] == ",":
            j += 1          # the serial comma
        last = party_at(j + 1) if j < limit and L[j] == "and" else None
        if last is None:
            return stop
        if last < limit and L[last] in ("on", "for"):       # the statement's subject after the parties
            k = last + 1 + (last + 1 < limit and L[last + 1] == "the")
            while k < limit and (nw[k] or L[k] in self.rules.connectors and k + 1 < limit and nw[k + 1]):
                k += 1
            if k > last + 1 and nw[k - 1]:
                last = k
        return last

    def _dated_editions(self, t: TokenTable, known: list[Span]) -> list[Candidate]:
        """"RIMPAC 2024", "Cobra Gold 2025": a listed series of events and a year name an edition
        ("Pacific Partnership 2024-2": with the year's phase)."""
        X = t.texts
        return [Candidate(span.start, span.end + (3 if self._phase(t, span.end, len(X)) else 1), "Event", "pattern:head")
                for span in known if span.label_ == "Event" and span.end < len(X) and YEAR.match(X[span.end])
                and t.sentence_end[span.start] > span.end]

    def _dated_lowercase_meetings(self, t: TokenTable, known: list[Span]) -> list[Candidate]:
        """"the 2018 SCO summit", "the 2017 BRICS summit": a year, a body or series and a lowercase
        event word name a dated occurrence, as "Ninth NPT review conference" does."""
        X, L = t.texts, t.lowers
        out = []
        for span in known:
            year, word = span.start - 1, span.end
            if span.label_ not in ("Organisation", "Mechanism") or year < 0 or word >= len(X) \
                    or t.sentence_end[span.start] <= word:
                continue
            # after "the" or a possessive ("In 2016 ASEAN summit leaders met": the year is when); or an
            # ordinal after "the": "the first ADMM-Plus meeting", "the 45th GCC summit"
            if year > 0 and (YEAR.match(X[year]) or self._ordinal(t, year) and X[year - 1] == "the") \
                    and (L[year - 1] in DATED_DETERMINERS or X[year - 1] in ("'s", "’s")) \
                    and X[word] == L[word] and L[word] in self.rules.ordinal_lowercase_heads:
                out.append(Candidate(year, word + 1, "Event", "pattern:head"))
            elif X[word] == "summit" and L[year] == "the":
                # "the BRICS summit", "the CSTO summit in Minsk": a body's summit is one of its own, named by
                # it (not "the ASEAN meeting", any of many)
                out.append(Candidate(span.start, word + 1, "Event", "pattern:head"))
        return out

    def _place_summits(self, t: TokenTable, known: list[Span]) -> list[Candidate]:
        """"the Vilnius summit", "the Camp David summit", "the 2024 Washington summit", "the Pretoria
        peace talks": a summit or talks named
        by where it met (a listed place or a name of no class), after "the" or a possessive. Not
        by a country or a body ("the US-China summit", "the ASEAN summit": see
        :meth:`_dated_lowercase_meetings`), nor by an adjective or a month."""
        X, L, nw = t.texts, t.lowers, self._name_words
        rules = self.rules
        summits = [word for word, text in enumerate(X) if text in ("summit", "talks") and word >= 2]
        if not summits:
            return []
        taken = {k for span in known if span.label_ != "Place" for k in range(span.start, span.end)}
        # "the G20 New Delhi summit", "NATO's Vilnius summit": the series may come before the place
        series_ending = {span.end: span.start for span in known if span.label_ in ("Organisation", "Mechanism")}
        out = []
        for word in summits:
            # "the Pretoria (peace) talks": talks named by where they met are one round of them
            first = word - 1 if X[word] == "talks" and L[word - 1] == "peace" else word
            head = first
            while first > 0 and head - first < 3 and first - 1 not in taken and t.sentence_start[first - 1] < first - 1 \
                    and (nw[first - 1] or first >= 2 and L[first - 1] in PLACE_PARTICLES and nw[first] and nw[first - 2]):
                first -= 1      # "Rio de Janeiro"
            if first == head or any(not X[k][:1].isupper() and L[k] not in PLACE_PARTICLES or L[k] in CALENDAR_WORDS
                                    or X[k] in rules.country_adjectives
                                    or X[k] in rules.region_adjectives for k in range(first, head)):
                continue
            if first - 1 in taken and first not in series_ending:
                continue        # "the US-China summit": a pair of parties, no place
            if X[word] == "talks" and not place_names().get(" ".join(X[first:head])):
                continue        # "the Gaza talks" are about Gaza: only a listed city says where talks met
            start = series_ending.get(first, first)
            start = start - 1 if start > 0 and YEAR.match(X[start - 1]) else start
            # after "the" or a possessive; or a dated title opening its line ("2023 G20 New Delhi summit")
            if start > 0 and (L[start - 1] in DATED_DETERMINERS or X[start - 1] in ("'s", "’s")) \
                    or YEAR.match(X[start]) and t.sentence_start[start] == start:
                out.append(Candidate(start, word + 1, "Event", "pattern:head"))
                if place_names().get(" ".join(X[first:head])):
                    out.append(Candidate(first, head, "Place", "pattern:place-of-summit"))
        return out

    def _named_after_kind(self, t: TokenTable, known: list[Span]) -> list[Candidate]:
        """An exercise named after its kind: "their first trilateral exercise, Freedom Edge.", "a
        naval drill dubbed Joint Sword-2024A", "the exercise, codenamed Vostok-2018, ...". After a
        bare comma the name must close the clause and no one may speak ("the drill, Xinhua said")."""
        X, L, nw = t.texts, t.lowers, self._name_words
        rules = self.rules
        kinds = [word for word, text in enumerate(X[:-2]) if text in rules.exercise_words]
        if not kinds:
            return []
        taken = {k for span in known for k in range(span.start, span.end)}
        places = place_names()
        out = []
        for word in kinds:
            limit = t.sentence_end[word]
            first = word + 1
            comma = X[first] == ","
            if comma and first + 1 < limit and L[first + 1] in NAMING_VERBS:
                first, comma = first + 1, False
            if comma or L[first] in NAMING_VERBS:
                first += 1
            else:
                continue
            quoted = first < limit and X[first] in OPEN_QUOTES
            first += quoted
            end = first
            while end < limit and end - first < 4 and (nw[end] or end > first and (
                    X[end] == "-" and end + 1 < limit and not t.ws[end - 1]
                    or YEAR.match(X[end]) or EDITION.match(X[end]))):
                end += 1
            if end == first or any(k in taken or X[k] in rules.country_adjectives or X[k] in rules.person_titles
                                   or L[k] in CALENDAR_WORDS or L[k] in STOP_WORDS for k in range(first, end)) \
                    or " ".join(X[first:end]) in places:
                continue
            after = end + 1 if quoted and end < limit and X[end] in CLOSE_QUOTES else end
            if comma and not (after >= limit or X[after] in (".", ";", "!", "?")
                              or X[after] == "," and not (after + 1 < limit and L[after + 1] in SPEECH_VERBS)):
                continue
            out.append(Candidate(first, end, "Event", "pattern:head"))
        return out

    def _format_at(self, t: TokenTable, k: int, limit: int) -> bool:
        """Whether a "3+3" format opens at token ``k``, a name word after it."""
        return k + 3 < limit and _is_format(t, k) and self._name_words[k + 3]

    def _format_before(self, t: TokenTable, start: int) -> int:
        """Where a name starts that a "2+2" format opens: "the 2+2 Ministerial Dialogue", "the Third
        India-Japan 2+2 Foreign and Defence Ministerial Meeting", 'the Japan-Philippines "2+2" ...'."""
        X, ws, nw = t.texts, t.ws, self._name_words
        k = start
        quoted = k >= 1 and X[k - 1] in CLOSE_QUOTES
        k -= quoted
        if not (k >= 3 and _is_format(t, k - 3)):
            return start
        k -= 3
        if quoted:
            if k < 1 or X[k - 1] not in OPEN_QUOTES:
                return start
            k -= 1
        # the parties and the edition before the format: "Third India-Japan"
        while k > 0 and not t.sent_start[k] and (nw[k - 1] or X[k - 1] == "-" and not ws[k - 1] and k >= 2
                                                  and not ws[k - 2] and nw[k - 2]):
            k -= 1
        return k + 1 if t.lowers[k] == "the" and k + 1 < start else k     # ("The Fiji-Tonga 2+2 ..." opening a sentence)

    def _quoted_after_kind(self, t: TokenTable, known: list[Span]) -> list[Candidate]:
        """Quoted names listed after a plural kind of exercise: 'bilateral exercises including
        "JIMEX", "Dharma Guardian" and "Veer Guardian"', 'the drills "Sea Breeze" and "Agile Spirit"'."""
        X, L, nw = t.texts, t.lowers, self._name_words
        kinds = [word for word, text in enumerate(X[:-2]) if text in ("exercises", "drills")]
        if not kinds:
            return []
        taken = {(span.start, span.end) for span in known}
        out = []
        for word in kinds:
            limit = t.sentence_end[word]
            k = word + 1
            if L[k] in ("including", "like", "namely", ":"):
                k += 1
            elif L[k] == "such" and k + 1 < limit and L[k + 1] == "as":
                k += 2
            while k < limit and X[k] in OPEN_QUOTES:
                first = end = k + 1
                while end < limit and end - first < 5 and (nw[end] or end > first and (
                        X[end] == "-" or YEAR.match(X[end]) or EDITION.match(X[end]))):
                    end += 1
                if end == first or end >= limit or X[end] not in CLOSE_QUOTES:
                    break
                if (first, end) not in taken:
                    out.append(Candidate(first, end, "Event", "pattern:head"))
                k = end + 1
                if k < limit and X[k] == ",":
                    k += 1
                if k < limit and L[k] in ("and", "or"):
                    k += 1
        return out

    def _ordinal_editions(self, t: TokenTable, known: list[Span]) -> list[Candidate]:
        """"the 11th ASEAN Defence Ministers' Meeting-Plus", "the 12th ADMM-Plus": a numbered
        edition of a listed series (a mechanism) is a meeting."""
        X = t.texts
        out = []
        for span in known:
            j = span.start - 1
            if span.label_ != "Mechanism" or j < 0 or t.sent_start[span.start]:
                continue
            if span.end < len(X) and (self._name_words[span.end] or X[span.end] in ("'s", "’s")):
                continue        # "the 13th ARF Inter-Sessional Meeting": the series names a longer event
            # "12th", "Eleventh"; a lower-case "first" only before the heads find() allows it for
            if self._ordinal(t, j) and not X[j][:1].islower():
                out.append(Candidate(j, span.end, "Event", "pattern:head"))
        return out

    def _lowercase_numbered_gatherings(self, t: TokenTable) -> list[Candidate]:
        """"the ninth trilateral summit", "the fifth joint naval patrol", "the eighth NSA-level meeting":
        a numbered edition named in lower case, when a word says whose series it is (trilateral, joint,
        a level, a capitalised party). Not "the second meeting", "the third consecutive summit", nor a
        "first", which news writes of any first time ("the first joint exercise")."""
        X, L = t.texts, t.lowers
        out = []
        # (the regex finds the few candidates in C; the loop below reads only their tokens)
        for found in self._lowercase_ordinal_after_the.finditer(t.text):
            j = bisect_left(t.idx, found.start(1))
            if j >= len(X) or t.idx[j] != found.start(1) or j == 0 or L[j - 1] not in ("the", "'s", "’s"):
                continue
            k, marked = j + 1, False
            while k < len(X) and k - j <= 8 and not t.sent_start[k] and L[k] not in LOWERCASE_GATHERING_HEADS:
                paired = X[k] in SPACED_PAIR_DASHES and X[k - 1][:1].isupper() and k + 1 < len(X) \
                    and X[k + 1][:1].isupper()      # "the second Central Asia – Germany summit"
                if L[k] in UNNUMBERED_WORDS or not (t.is_alpha[k] or "-" in X[k] or X[k] in ("'", "’") or paired):
                    break
                marked = marked or L[k] in SERIES_WORDS or L[k].endswith("-level") or X[k][:1].isupper()
                k += 1
            if k < len(X) and k > j + 1 and marked and L[k] in LOWERCASE_GATHERING_HEADS and X[k] == L[k]:
                out.append(Candidate(j, self._body_of_gathering(t, k + 1), "Event", "pattern:head"))
        return out

    def _body_of_gathering(self, t: TokenTable, end: int) -> int:
        """The end of "the sixth NSA-level meeting of the CSC": the body whose meeting it is belongs to
        the name (not a country: "the fifth joint patrol of China and Laos" names two parties)."""
        X, L = t.texts, t.lowers
        k = end + 1 + (end + 1 < len(L) and L[end + 1] == "the")
        if end >= len(L) or L[end] != "of" or k >= len(X) or t.sent_start[k] or not X[k][:1].isupper() \
                or any(span.label_ == "Country" for span in self._known_at.get(k, ())):
            return end
        stop = k
        while stop < len(X) and not t.sent_start[stop] and (X[stop][:1].isupper() and t.is_alpha[stop] or X[stop].isupper()
                                                            or X[stop] == "-" and not t.ws[stop - 1]):
            stop += 1
        return end if stop < len(L) and L[stop] == "and" else stop

    def _prefixed_named_again(self, t: TokenTable, found: list[Candidate]) -> list[Candidate]:
        """"Exercise MALABAR-23 ... MALABAR-23 had provided ... MALABAR was initiated in 1992": an event
        the document named with its prefix word, named again without it (and its series, the name
        without the edition's number); a storm named again without its kind ("Typhoon Rai ... Rai"), a
        news agency without its kind ("MONTSAME News Agency ... Speaking to MONTSAME")."""
        X, L = t.texts, t.lowers
        names: set[tuple[str, ...]] = set()
        agencies: set[tuple[str, ...]] = set()
        for c in found:
            if c.label == "Organisation" and c.end - c.start >= 3 and L[c.end - 2:c.end] == ["news", "agency"]:
                # "MONTSAME News Agency ... /MONTSAME/", "Kazinform International News Agency ... KAZINFORM"
                short = c.end - 2 - (L[c.end - 3] in ("international", "national"))
                if short > c.start and not (short - c.start == 1 and X[c.start] in self.rules.country_adjectives):
                    agencies.add(tuple(L[c.start:short]))      # (not "Malaysian" of "Malaysian National News Agency")
                continue
            storm = next((j for j in range(c.start, c.end - 1) if X[j] in STORM_WORDS), None) \
                if c.label == "Event" and c.end - c.start >= 2 else None
            if storm is not None and all(X[j] in STORM_QUALIFIERS for j in range(c.start, storm)) \
                    and all(X[j][:1].isupper() for j in range(storm + 1, c.end)):
                names.add(tuple(X[storm + 1:c.end]))       # "Tropical Cyclone Mocha ... Mocha formed over"
                continue
            if c.label == "Event" and c.end - c.start >= 2 and X[c.start] in ("Exercise", "Operation"):
                name = tuple(X[c.start + 1:c.end])
                names.add(name)
                if len(name) == 1 and EDITION_SUFFIX.search(name[0]):
                    names.add((EDITION_SUFFIX.sub("", name[0]),))
                elif len(name) >= 2 and YEAR.match(name[-1]):
                    names.add(name[:-1])        # "Exercise Pitch Black 2022 ... hosted Pitch Black since 1981"
        if not names and not agencies:
            return []
        taken = [(c.start, c.end) for c in found]
        out = []
        for words, name, label in [(X, n, "Event") for n in names] + [(L, n, "Organisation") for n in agencies]:
            size = len(name)
            for i in (i for i, text in enumerate(words) if text == name[0]):
                if tuple(words[i:i + size]) == name and not any(s < i + size and i < e for s, e in taken) \
                        and X[i][:1].isupper():
                    end = i + size
                    if label == "Event" and end + 1 < len(X) and X[end] == "-" and not t.ws[end - 1] and not t.ws[end] \
                            and X[end + 1][:1].isupper() and not any(s < end + 2 and end < e for s, e in taken):
                        end += 2        # "Operation NANOOK ... NANOOK-TATIGIIT, a whole-of-government exercise": a part of it
                    elif end < len(X) and self._name_words[end]:
                        continue
                    out.append(Candidate(i, end, label, "pattern:named-again"))
        return out

    def _numbered_sessions(self, t: TokenTable, bodies: list[tuple[int, int, str]]) -> list[Candidate]:
        """"the 72nd session of the UN General Assembly", "the 103rd session of the OPCW Executive
        Council": a numbered sitting of a named body, written in lower case, is an event."""
        X, L = t.texts, t.lowers
        out, seen = [], set()
        for start, end, label in bodies:
            if label not in ("Organisation", "Mechanism") or (start, end) in seen:
                continue
            seen.add((start, end))
            of = start - 1 - (start > 0 and L[start - 1] == "the")
            if of < 2 or L[of] != "of" or L[of - 1] not in SITTINGS or X[of - 1] != L[of - 1]:
                continue
            # ("the first meeting of the Council" in lower case is a description; "the sixth meeting of
            # the Moscow Format Consultations" counts the sittings)
            if (ORDINAL_NUMBER.match(X[of - 2]) or L[of - 2] in self.rules.ordinal_words and (
                    # ("the first round of the Six-Party Talks": talks are held in rounds, the first one too)
                    X[of - 2][:1].isupper() or L[of - 1] == "round" or L[of - 2] not in ("first", "inaugural", "annual"))) \
                    and not t.sent_start[of - 2]:
                out.append(Candidate(of - 2, end, "Event", "pattern:session"))
        return out

    def _numbered_resolutions(self, t: TokenTable) -> list[Candidate]:
        """"resolution 2729 (2024)", "under resolution 1540": the United Nations write their
        resolutions' names in lower case (the capitalised "Resolution 2231" is a name of its own)."""
        X = t.texts
        return [Candidate(j, _year_in_brackets(X, j + 2), "Mechanism", "pattern:head") for j in range(len(X) - 1)
                if X[j] == "resolution" and RESOLUTION_NUMBER.match(X[j + 1])]

    def _occurrences(self, t: TokenTable, known: list[Span]) -> list[Candidate]:
        """Disasters and attacks named by where they struck: "the Central Sulawesi earthquake and
        tsunami", "the Douma chemical attack", "the 2015 Nepal earthquake" (with its year). The
        name must follow "the" (and a year): "Russian air strikes", "China earthquake relief"
        name nothing."""
        X, L, nw = t.texts, t.lowers, self._name_words
        words = self.rules.occurrence_words
        bodies = {(s.start, s.end) for s in known if s.label_ == "Organisation"}
        countries = {(s.start, s.end) for s in known if s.label_ == "Country"}
        n = len(X)
        out = []
        for i in [i for i, lower in enumerate(L) if lower in words and X[i] == lower]:
            end = i
            while end > 0 and end > i - 2 and X[end - 1] == L[end - 1] and t.is_alpha[end - 1] \
                    and L[end - 1] not in self.rules.connectors and L[end - 1] not in STOP_WORDS:
                end -= 1        # "chemical", "terrorist" (not "from": "the Red Sea from attacks")
            start = end
            while start > 0 and not t.sent_start[start] and (nw[start - 1] or (
                    X[start - 1] == "-" and start - 2 >= 0 and nw[start - 2] and not t.ws[start - 2])):
                start -= 1
            if start < end - 1 and L[start] == "the":
                start += 1      # "The Douma chemical attack ...": the sentence's capitalised article
            dated = self._date_before(t, end)
            if dated is not None and dated > 0 and L[dated - 1] in ("the", "a") and start >= dated:
                # "the March 28 earthquake", "the 6 February earthquakes", "a February 2021 coup": by its date
                out.append(Candidate(dated, i + 1, "Event", "pattern:occurrence"))
                continue
            if start == end or (start, end) in bodies or X[start] in OPEN_QUOTES \
                    or (start, end) not in countries and all(     # "Myanmar" is a name and an adjective
                        X[j] in self.rules.country_adjectives or X[j] == "-" for j in range(start, end)):
                continue
            before = start - 1
            if before >= 0 and (YEAR.match(X[before]) or HISTORIC_YEAR.match(X[before])):
                before -= 1     # ("the 1746 Callao tsunami")
            if before < 0 or L[before] != "the":
                continue
            start = before + 1      # "the 2022 Cianjur earthquake": the year, when written, names it too
            stop = i + 1
            if stop + 1 < n and L[stop] == "and" and L[stop + 1] in words and X[stop + 1] == L[stop + 1] \
                    and not (stop + 2 < n and t.is_alpha[stop + 2] and t.is_lower[stop + 2] and L[stop + 2] not in STOP_WORDS):
                stop += 2       # "earthquake and tsunami" (not "earthquake and tsunami warnings")
            out.append(Candidate(start, stop, "Event", "pattern:occurrence"))
        return out

    @staticmethod
    def _date_before(t: TokenTable, end: int) -> int | None:
        """Where a day and month ("March 28", "6 February") or a month and year ("February 2021") that
        end at ``end`` start."""
        X, L = t.texts, t.lowers
        if end < 2:
            return None
        day = X[end - 1].isdigit() and len(X[end - 1]) <= 2
        if L[end - 2] in MONTHS and (day or YEAR.match(X[end - 1])) or L[end - 1] in MONTHS and X[end - 2].isdigit() \
                and len(X[end - 2]) <= 2:
            return end - 2
        return None

    def _ordinal_lowercase_tail(self, t: TokenTable, start: int, end: int, limit: int) -> int:
        """"Ninth NPT review conference": an ordinal name ending in a lowercase event word."""
        if not self._ordinal(t, start) or end - start < 2:
            return end
        X, L = t.texts, t.lowers
        for j in range(end, min(end + 2, limit)):
            if L[j] in self.rules.ordinal_lowercase_heads and X[j] == L[j]:
                return j + 1
            if not t.is_alpha[j] or X[j] != L[j]:
                break
        return end

    def _nested_tails(self, t: TokenTable, start: int, end: int, rule: str, outer_head: int | None = None,
                      outer_label: str | None = None) -> list[Candidate]:
        """Names inside a name: "... Outcomes of the World Summit on the Information Society"."""
        X, L = t.texts, t.lowers
        out = []
        for k in range(start + 1, end - 1):
            if not self._is_preposition(t, k, start):
                continue
            if outer_label == "Organisation" and L[k] == "for":
                continue        # "Institute for Strategic Dialogue": a field of work, not a name
            tail = _after_articles(L, k + 1, end)
            if tail >= end or not (_capitalised(X[tail]) or self._ordinal(t, tail)
                                   or YEAR.match(X[tail]) and tail + 1 < end and L[tail - 1] == "the"):
                continue        # ("... of the 2024 Reef Summit": an edition by its year)
            if X[k - 1] == "House":
                continue        # "House of Commons Foreign Affairs Committee": a chamber's name, not "... of" a body
            if tail == k + 1 and L[tail].endswith("ing") and len(L[tail]) > 5 and not self._known_at.get(tail):
                continue        # "Joint Statement on Deepening the ... Partnership": a topic, not a name
            if L[k] in ("between", "among"):
                # "Memorandum ... between the RATS SCO Executive Committee and the Anti-Terrorism Center
                # of the CIS Member States": the parties, each a name of its own
                out.extend(self._parties_between(t, tail, end, rule))
                break       # (a preposition inside a party's name opens no tail across the others)
            label, head = self._head_label(t, tail, end, fallback=False)
            # a tail that ends on the outer name's own head is a piece of it, not a name
            if label and label != "Place" and head != outer_head and X[head] not in self.rules.weak_heads:
                stop = end
                if label == "Event" and outer_head is not None and X[outer_head] in STATEMENT_HEADS:
                    stop = self._statement_topic(t, head, end)
                out.append(Candidate(tail, stop, label, rule, key=self._org_body_key(t, tail, stop, label, head)))
                if rule == "pattern:head":
                    break       # the outermost tail is the name; inner ones nest in it later
        return out

    def _parties_between(self, t: TokenTable, tail: int, end: int, rule: str) -> list[Candidate]:
        """The headed names "A and the B" lists after "between" ("... on Reciprocal Access" after the last
        party ends it where a preposition opens the topic)."""
        X, L = t.texts, t.lowers
        joints = [j for j in range(tail + 1, end - 1) if L[j] == "and"]
        out = []
        for first, stop in zip([tail] + [j + 1 for j in joints], joints + [end]):
            first = _after_articles(L, first, stop)
            topic = next((j for j in range(first + 1, stop) if L[j] in ("on", "concerning")), stop)
            label, head = self._head_label(t, first, topic, fallback=False)
            if label and label != "Place" and X[head] not in self.rules.weak_heads:
                out.append(Candidate(first, topic, label, rule, key=self._org_body_key(t, first, topic, label, head)))
        return out

    @staticmethod
    def _statement_topic(t: TokenTable, head: int, end: int) -> int:
        """Where the topic of a statement starts after the meeting it names: "Joint Statement of the
        20th ASEAN-China Summit | on Further Deepening the Cooperation ...": "on" and a gerund."""
        L = t.lowers
        for k in range(head + 1, end - 1):
            if L[k] == "on":
                word = k + 2 if L[k + 1] == "further" and k + 2 < end else k + 1
                if L[word].endswith("ing") and len(L[word]) > 5:
                    return k
        return end

    def _nested_prefixes(self, t: TokenTable, start: int, end: int) -> list[Candidate]:
        """"Malaysian Airlines Flight MH370", "State Council Information Office": a body named first."""
        X, nw = t.texts, self._name_words
        first = start       # the body of "37th African Union Summit" is the African Union
        while first < end - 2 and (self._ordinal(t, first) or YEAR.match(X[first])):
            first += 1
        out = []
        for h in range(first + 1, end - 1):
            if X[h] in self.rules.prefix_heads and nw[h + 1] and t.ws[h]:
                label, _ = self._head_at(t, first, h + 1)
                if label and not any(self._is_preposition(t, j, first) for j in range(first, h)):
                    out.append(Candidate(first, h + 1, label, "pattern:nested"))
        return out

    def _listed_tail(self, t: TokenTable, start: int, stop: int, limit: int) -> int:
        """"Treaty of Friendship, Cooperation and Mutual Assistance": a name whose last words are a
        list goes on past its commas, to the list's "and" (items of plain words only: not a country,
        a place, a body's head or a title: "the Ministry of Defence, Army and Navy chiefs")."""
        X, L, nw, heads = t.texts, t.lowers, self._name_words, self.rules.heads
        if not any(L[j] in ("of", "on", "for") for j in range(start + 1, stop)):
            return stop
        places = place_names()
        k = stop
        while k + 1 < limit and X[k] in (",", "and"):
            last = X[k] == "and"
            item = k + 1
            e = item
            while e < limit and e - item < 5 and nw[e] and not (X[e] in heads and heads[X[e]].label not in (
                    "Mechanism", "Place" if e > item else "Mechanism")) \
                    and X[e] not in self.rules.person_titles and (e > item or e not in self._known_at):
                # ("Peaceful and Prosperous Indo-Pacific Region": a word joined by a hyphen, a place's head after it)
                e += 2 if e + 2 < limit and X[e + 1] == "-" and not t.ws[e] and not t.ws[e + 1] and nw[e + 2] else 1
            if e == item or " ".join(X[item:e]) in places or e < limit and (nw[e] or X[e] in ("'s", "’s")):
                return stop
            if last:
                if e + 1 < limit and L[e] in ("of", "on") and nw[e + 1]:
                    e += 1      # "... Stockpiling and Use of Chemical Weapons"
                    while e < limit and nw[e]:
                        e += 1
                return e
            if e < limit and X[e] == "," and e + 1 < limit and L[e + 1] == "and":
                e += 1      # "Development, Production, Stockpiling, and Use"
            k = e
        return stop

    @staticmethod
    def _plan_after(t: TokenTable, stop: int, limit: int) -> bool:
        """Whether a lowercase kind of plan comes at ``stop``, past the name's acronym in brackets."""
        X = t.texts
        if stop + 2 < limit and X[stop] == "(" and X[stop + 2] == ")":
            stop += 3
        return stop < limit and X[stop] in PLAN_KINDS_AFTER_NAME

    def _holder_of_body(self, t: TokenTable, start: int, stop: int, head: int) -> tuple[int, int] | None:
        """``(start, end)`` of a person named before "of" (at ``end``) and the body whose head comes after it:
        two or three capitalised words that are no head, no curated name and no country's adjective,
        after a title or alone ("Admiral Mario Rossi of the Navy", "Thomas Lefeuvre of the Council";
        not "Bank of Japan", "Friends of the Earth": one word before "of")."""
        X = t.texts
        of = next((k for k in range(start + 1, stop) if X[k] == "of"), None)
        if of is None or head <= of:
            return None
        first = start + 1 if X[start] in self.rules.person_titles else start
        words = range(first, of)
        if not 2 <= len(words) <= 3 or first in self._known_at or any(
                not (t.is_alpha[j] and _capitalised(X[j])) or X[j] in self.rules.heads or X[j] in self.rules.person_titles
                or X[j] in self.rules.country_adjectives or t.lowers[j] in CALENDAR_WORDS for j in words):
            return None
        return first, of

    def _person(self, t: TokenTable, start: int, end: int) -> Candidate | None:
        """"Vice Foreign Minister Liu Zhenmin" -> Liu Zhenmin; speaker lines "Liu Zhenmin:"."""
        X = t.texts
        titles = [j for j in range(start, end) if X[j] in self.rules.person_titles]
        before = start - 2 if start > 1 and X[start - 1] == "." else start - 1      # "Hon." is two tokens
        if not titles and before >= 0 and (X[before] in self.rules.person_titles
                                           or t.lowers[before].rstrip(".") in HONORIFICS):
            titles = [start - 1]        # "H.E. Ms. Kamikawa Yoko": the title was trimmed off the run
            if any(X[j] in self.rules.office_holders or X[j] in self.rules.person_titles for j in range(start, end)):
                return None     # "Mr. Speaker", "Mr. President": an office, not a name
        if titles:
            first = titles[-1] + 1
            if 1 <= end - first <= 3 and all(_capitalised(X[j]) and t.is_alpha[j] for j in range(first, end)):
                return Candidate(first, end, "Person", "pattern:person")
        return None

    def _placed_organisations(self, t: TokenTable, known: list[Span]) -> list[Candidate]:
        """"Hong Kong Wen Wei Po", "Japan Self-Defense Forces": a place naming whose body it is."""
        places = {s.end: s for s in known if s.label_ in ("Country", "Place")}
        first_sentence = t.sentence_start, t.sentence_end     # Span.sent: the sentence of the first token
        out = []
        for span in known:
            if span.label_ == "Organisation" and span.end - span.start >= 2 and span.start in places:
                place = places[span.start]
                same_sentence = all(bounds[place.start] == bounds[span.start] for bounds in first_sentence)
                if same_sentence and t.ws[place.end - 1]:
                    out.append(Candidate(place.start, span.end, "Organisation", "pattern:compound"))
        return out

    def _compound_mechanisms(self, t: TokenTable, known: list[Span]) -> list[Candidate]:
        """"China-Afghanistan-Pakistan-Tajikistan coordination mechanism"."""
        X, L, ws = t.texts, t.lowers, t.ws
        n = len(X)
        by_start = {s.start: s for s in known if s.label_ in ("Country", "Organisation")}
        out = []
        for span in known:
            if span.start in by_start and by_start[span.start] is not span:
                continue
            start, end, parts = span.start, span.end, 1
            while end + 1 < n and X[end] == "-" and not ws[end - 1] and end + 1 in by_start and not ws[end]:
                end = by_start[end + 1].end
                parts += 1
            if parts < 2 or (start > 0 and X[start - 1] == "-" and not ws[start - 1]):
                continue
            last = None      # the furthest head: "joint patrol mechanism" is a mechanism
            for j in range(end, min(end + 3, n)):
                if X[j] != L[j] or not t.is_alpha[j]:
                    break
                if L[j] in self.rules.compound_heads:
                    last = j
            if last is not None:
                out.append(Candidate(start, last + 1, self.rules.compound_heads[L[last]], "pattern:compound"))
        return out

    def _city_processes(self, t: TokenTable) -> list[Candidate]:
        """"the Luanda process", "the Luanda-Nairobi process", "the Normandy format": a diplomatic
        process named after the place (or places, joined by hyphens) where it began, its kind in
        lower case after."""
        X, ws = t.texts, t.ws
        places = place_names()

        def place_before(end: int) -> int | None:       # the start of a place name ending at ``end``
            return next((start for start in range(end - 1, max(end - 4, -1), -1)
                         if X[start][:1].isupper() and t.span_text(start, end) in places),
                        None)
        out = []
        for j, word in enumerate(X):
            if word not in CITY_PROCESS_KINDS or j == 0:
                continue
            start = place_before(j)
            while start is not None and start >= 2 and X[start - 1] == "-" and not ws[start - 2] and not ws[start - 1]:
                first = place_before(start - 1)
                if first is None:
                    break
                start = first
            if start is not None and (start == 0 or X[start - 1] != "-"):
                out.append(Candidate(start, j + 1, "Mechanism", "pattern:process"))
        return out

    def _briefings(self, t: TokenTable, known: list[Span]) -> list[Candidate]:
        """"SCIO briefing on '...'", "the press conference on China's Policies on ..."."""
        ends = {s.end: s for s in known if s.label_ == "Organisation"}
        out = []
        X, lowers, nw = t.texts, t.lowers, self._name_words
        n = len(X)
        firsts = {head[0] for head in self.rules.briefing_heads if head}
        for i in range(n):
            if lowers[i] not in firsts:
                continue
            for head in self.rules.briefing_heads:
                j = i + len(head)
                if j >= n or lowers[i:j] != list(head) or lowers[j] != "on":
                    continue
                k = j + 1
                quoted = k < n and X[k] in OPEN_QUOTES
                if quoted:
                    k += 1
                if k >= n or not nw[k] or lowers[k] in CALENDAR_WORDS:
                    continue        # "a press briefing on Friday" is on a day, not on a subject
                end = self._extend(t, k, min(n, t.sentence_end[k]), {})
                if quoted and end < n and X[end] in CLOSE_QUOTES:
                    end += 1
                while end > k and lowers[end - 1] in self.rules.connectors:
                    end -= 1
                start = ends[i].start if i in ends else (i - 1 if i > 0 and X[i - 1].isupper() and t.is_alpha[i - 1] else i)
                out.append(Candidate(start, end, "Event", "pattern:briefing"))
        return out

    @staticmethod
    def _title_case_line(t: TokenTable, i: int) -> bool:
        """Whether the sentence of token ``i`` is a headline in title case: under a third of its
        words in lower case."""
        words = [j for j in range(t.sentence_start[i], t.sentence_end[i]) if t.is_alpha[j]]
        return 3 * sum(1 for j in words if t.is_lower[j]) < len(words)

    def _city_of_country(self, t: TokenTable, start: int, end: int) -> bool:
        """Whether ``t[start:end]`` (up to four words) is followed by a comma and a country: "in Sharm
        El Sheikh, Egypt", a city no list holds, placed by the country after it."""
        return end - start <= 4 and end + 1 < len(t.texts) and t.texts[end] == "," \
            and any(sp.label_ == "Country" for sp in self._known_at.get(end + 1, ()))

    def _cities_of_countries(self, t: TokenTable) -> list[Candidate]:
        """"at COP27 in Sharm El Sheikh, Egypt": capitalised words after "in" or "at", then a comma and
        a country, name a place the places list does not hold (a particle may join them: "Dar es Salaam")."""
        X, L = t.texts, t.lowers
        out = []
        for k in range(len(X) - 3):
            if L[k] not in ("in", "at") or X[k] != L[k] or not _capitalised(X[k + 1]):
                continue
            end = k + 1
            while end < len(X) and end - k <= 4 and (_capitalised(X[end]) or L[end] in PLACE_PARTICLES and end > k + 1
                                                     or X[end] == "-" and not t.ws[end - 1] and not t.ws[end]):
                end += 1        # ("Sharm el-Sheikh")
            if end - k > 1 and self._city_of_country(t, k + 1, end) and not self._known_at.get(k + 1) \
                    and t.span_text(k + 1, end) not in place_names() \
                    and self._head_label(t, k + 1, end, fallback=False)[0] is None \
                    and not self._title_case_line(t, k):        # ("Members Voting in Favour, United States ...")
                out.append(Candidate(k + 1, end, "Place", "pattern:city"))
        return out

    @staticmethod
    def _datelines(t: TokenTable, known: dict[tuple[int, int], Span]) -> list[Candidate]:
        """A news wire's dateline: "KUWAIT CITY, Dec 1 (KUNA) —" names a city (in capitals, which
        the places list holds in title case: not the country "KUWAIT") and, in brackets before the
        dash, the agency that filed the story."""
        X, is_space = t.texts, t.is_space
        n = len(X)
        out = []
        for start, _ in t.sentences:
            while start < n and is_space[start]:
                start += 1
            k = start
            while k < n and k - start < 4 and X[k].isupper() and t.is_alpha[k] and len(X[k]) > 1:
                k += 1
            if k == start or k >= n or X[k] != ",":
                continue
            if " ".join(X[start:k]).title() in place_names():
                out.append(Candidate(start, k, "Place", "pattern:dateline"))
            # the date, then the agency: "(KUNA) —", "(Reuters) -"
            j = k + 1
            while j < n and j - k <= 6 and (t.lowers[j] in MONTHS or NUMBER.match(X[j]) or X[j] in (",", ".")):
                j += 1
            if j == k + 1 or j + 3 >= n or X[j] != "(" or X[j + 2] != ")" or X[j + 3] not in ("—", "–", "-", "--"):
                continue
            agency = X[j + 1]
            if agency[:1].isupper() and agency.replace("-", "").isalpha() and (j + 1, j + 2) not in known:
                out.append(Candidate(j + 1, j + 2, "Organisation", "pattern:dateline"))
        return out

    def _domains_and_speakers(self, t: TokenTable, known: dict[tuple[int, int], Span]) -> list[Candidate]:
        X = t.texts
        out = []
        for i, text in enumerate(X):
            # every domain holds a dot: the regex runs only on tokens that can match
            if "." in text and DOMAIN.match(text) and "/" not in text:
                out.append(Candidate(i, i + 1, "Organisation", "pattern:domain"))
        # transcript speaker lines: "CRI:" names the news organisation asking the question
        is_space = t.is_space
        for start, end in t.sentences:
            words = [j for j in range(start, end) if not is_space[j]]
            if len(words) == 2 and X[words[1]] == ":" and (words[0], words[0] + 1) not in known:
                text = X[words[0]]
                if text.isupper() and text.isalpha() and 2 <= len(text) <= 6:
                    out.append(Candidate(words[0], words[0] + 1, "Organisation", "pattern:speaker"))
        return out
