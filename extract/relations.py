"""Relations between mentions, sentence by sentence, from a curated trigger lexicon.

The rules read the resolved mentions of a Doc (``doc.ents``) and the words between
them; no parser is needed. A trigger (``data/relation_triggers.jsonl``) has a kind
that says where its subject and objects are:

``verb``          subject to the left, a list of objects to the right ("China hosted A, B and C")
``with``          as ``verb``, the trigger ends in "with" ("cooperation with Australia and Malaysia")
``group``         among a coordinated subject ("China, Afghanistan and Pakistan have established")
``between``       among a coordinated group after it ("cooperation between China and ASEAN")
``passive_in``    event to the left, place to the right ("the Meeting held in Suzhou")
``passive_by``    event to the left, hosts to the right ("the Conference hosted by Japan")
``event_by``      event to the left, participants to the right ("the Joint Operation by China, Laos ...")
``other_members`` "China and other SCO member states"

A trigger may list the classes its objects may have (``objects``) when they are fewer than its
predicate's: "announced" starts a mechanism, not another's meeting.

Subjects: a coordinated group just before the trigger; else the subject of the previous
trigger of the sentence ("China hosted A, co-hosted with Malaysia B, and participated in C");
else the subject that opens the sentence; else the subject carried by the paragraph
("It has ...", "We have ...", "the Chinese government"). Records carry character offsets;
the corpus pass (``extract/facts.py``) maps them to entity keys.

Modality: a sentence ending in "?" is a question; "not", "never" ... before the trigger
negate it; "will", "hopes to", "expected to", "would", "should" ... make it hypothetical,
except "will continue to", which presupposes that the relation holds already. A plain "will"
or "shall" before a gathering's host, place or participants ("Laos will host the Summit in Vientiane",
"will be held in", "Japan will take part in Talisman Sabre 2025") states a plan fixed for a date
ahead: scheduled, a fact as the asserted ones are.
"""
from __future__ import annotations

from bisect import bisect_left

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import takewhile
from pathlib import Path

from spacy.tokens import Doc, Span

from diplograph.extract.alternation import Alternation
from diplograph.extract.components import LATENT
from diplograph.extract.dates import _MONTH, find_dates
from diplograph.extract.names import (CALENDAR_WORDS, GROUP_NUMBERS, PLACE_PARTICLES, SPEECH_VERBS, capital_countries, default_rules,
                                      named_with_its_year, place_names)
from diplograph.extract.records import FoundEvent, FoundRelation, MentionRef
from diplograph.extract.tokens import table

DATA_DIR = Path(__file__).parent / "data"
TRIGGERS_FILE = DATA_DIR / "relation_triggers.jsonl"
EVENT_CLASSES_FILE = DATA_DIR / "event_classes.jsonl"

PREDICATES = ("hosted", "coHosted", "participatedIn", "signed", "initiated", "memberOf",
              "establishedWith", "partnerOf", "supports", "heldIn")
KINDS = ("verb", "with", "group", "between", "passive_in", "passive_by", "event_by", "other_members", "members_after")
AGENTS = {"Country", "Organisation"}
OBJECTS = {
    # one hosts gatherings, not bodies: "hosted ... with the ROK Navy" names a co-host, not an object
    "hosted": {"Event", "Mechanism"},
    "coHosted": {"Event", "Mechanism"},
    "participatedIn": {"Event", "Mechanism", "Organisation"},
    "signed": {"Mechanism"},
    "initiated": {"Mechanism", "Organisation", "Event"},
    "memberOf": {"Organisation", "Mechanism"},
    "establishedWith": {"Country", "Organisation"},
    "partnerOf": {"Country", "Organisation"},
    "supports": {"Country", "Organisation", "Mechanism", "Event"},
    "heldIn": {"Place", "Country"},
}
PASSIVE_OBJECTS = {"signed": {"Mechanism"}, "initiated": {"Mechanism", "Organisation", "Event"},
                   "supports": {"Organisation", "Mechanism", "Event"}}     # ("which is backed by Algeria")
MAX_GAP_WORDS = 6
MAX_OBJECT_GAP_WORDS = 8
# "X said the bloc supports", "X noted that this body backs": the reported clause has a subject of its own,
# a body (not "the kingdom", "the government": the speaker's country)
REPORTED_SUBJECT = re.compile(r"\b(?:said|says|say|stated|states|added|adds|noted|notes|stressed|stresses|announced|"
                              r"announces|declared|declares)\s+(?:that\s+)?(?:the|this)\s+(?:[a-z-]+\s+)?"
                              r"(?:bloc|alliance|grouping|group|organi[sz]ation|union|body|coalition|forum)\b")
LED_AFTER = re.compile(r"-(?:led|based|backed|sponsored|brokered|centred|centered)\b")
# "supports the ASEAN-led mechanisms, including the ...", "organizations such as": the examples of a
# kind named in the plural are the objects
EXAMPLES_AFTER_KIND = re.compile(r"\s*(?:(?:the|its|their|other)\s+)?(?:[\w-]+\s+){0,3}[a-z]+s,?\s+"
                                 r"(?:including|such\s+as|namely|like)\s+(?:the\s+)?")
# "launched at the Summit", "founded under the Helsinki Final Act": where, when or within what, no
# object ("work with them under the framework of the G77", "takes part in mechanisms under the ARF":
# the framework's owner still is one)
CIRCUMSTANCE = re.compile(r"(?:\b(?:at|during|amid|in\s+(?:violation|breach|defiance|contravention)\s+of)|^\s*under)"
                          r"\s+(?:(?:the|its|their|this)\s+)?$")
AS_CLAUSE = re.compile(r"\bas\s+$")        # "began drills today as Malaysia hosted": the name opens a clause
SUBORDINATE = re.compile(r"\b(?:when|where|while|whereas|because|after|before|since|until|although|though|unless)\b")
PASSIVE_AND = re.compile(r"(?:\s+in\s+\d{4})?(?:\s+for\s+the\s+(?:first|second|third|\w+th)\s+time)?"     # "hosted by A for the first time and"
                         r"\s*,?\s+and\s+(?:(?:was|were|later|then|also)\s+)?")
# after "held in <place>": its country, a date, then the same event's next passive ("..., Tonga, from 26 to
# 30 August 2025 and was chaired by", "held in Beijing in October 2016, attended by"; "held in Astana on July
# 3-4, was hosted by": a day with no year; "held in Zhanjiang, Guangdong Province, in November, with the
# participation of": a month alone)
_WHEN = r"\s+(?:on|from|in|between)\s+(?:[\w ,–-]{0,30}?\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+[A-Z][a-z]+" \
        r"|(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
PLACE_DATE_THEN = re.compile(r"(?:,\s*(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})?"
                             rf"(?:,?(?:{_WHEN})?\s*,?\s+and\s+(?:(?:was|were)\s+)?"
                             rf"|,?(?:{_WHEN})?\s*,\s*)")
# "attended by over 500 representatives from 64 countries, including defence ministers from A, B and C"
INCLUDING_PEOPLE_FROM = re.compile(r",\s*including\s+(?:[a-z-]+\s+){0,4}(?:from|of)\s+(?:the\s+)?")
# ", which the defense chiefs of A and B signed": the parties of a relative clause, then its verb
RELATIVE_SIGNED = re.compile(r",?\s*(?:which|that)\s+(?P<who>(?:the\s+)?[^,;.()]{0,40}?(?-i:[A-Z])[^;.()]{0,120}?)\s+"
                             r"(?:(?:have|has|had|jointly|formally)\s+)?(?P<verb>signed|concluded|ratified)\b")
# ", the customs union ", ", an industry body ": a name's unnamed apposition, before a participle said of the name
APPOSITION_THEN_PASSIVE = re.compile(r"\)?\s*,\s*(?:the|an?)\s+(?:[a-z][\w-]*\s+){1,4}(?:(?:was|were|is|are)\s+)?")
# "made up of troops from A and B", "composed of contingents from", "(ASEAN-ERAT), with members from": who sends
# the force's troops, the team's members
TROOPS_FROM = re.compile(r"\s+(?:(?:military|police|army|naval)\s+)?(?:troops|forces|soldiers|contingents|personnel|units|"
                         r"battalions|members|teams|experts|officers)\s+(?:drawn\s+)?from\s+(?:the\s+)?")
# "supported by 56 governments, including A and B": a number of parties, then some of them named
# ("signed and ratified by 13 countries: A, B and C")
COUNTED_INCLUDING = re.compile(r"\s+(?:(?:more\s+than|over|some|about|nearly|almost)\s+)?"
                               r"(?:\d+|" + "|".join(word.lower() for word in GROUP_NUMBERS) + r"|[a-z]+ty(?:-[a-z]+)?)"
                               r"\s+[a-z-]+(?:\s+[a-z-]+)?(?:\s*,\s*including|\s*:)\s+(?:the\s+)?")
# "announced its withdrawal from the INF Treaty": what is left, not what is done
LEAVING = re.compile(r"\b(?:withdrawal|withdrawing|exit|suspension|termination|collapse|violations?|breach(?:es)?)\s+"
                     r"(?:from|of)\s+(?:the\s+)?$")
# "concluded the 12th round of negotiations on a new Agreement": a round ends, the agreement is not made
NEGOTIATED = re.compile(r"\b(?:rounds?|sessions?)\s+of\s+(?:negotiations?|talks|consultations|discussions?)\s+"
                        r"(?:on|over|for|about|toward|towards)\s+(?:an?\s+|the\s+)?(?:new\s+|possible\s+|future\s+)?$")
SECOND_VERB = re.compile(r"\band\s+(?:also\s+|then\s+)?[a-z]+ed\b")
ANY = "?"        # a mention whose class the corpus pass decides (an acronym use)


def _is(m: "M", classes: set[str]) -> bool:
    return m.label == ANY or m.label in classes
# Words that open another clause or phrase: a mention before them is not the subject.
CLAUSE_WORDS = {"that", "which", "who", "whom", "whose", "when", "where", "while", "if", "because", "of", "in",
                "on", "at", "by", "from", "as", "than", "for", "into", "about", "under", "between", "among"}
# "the four leaders", "the five countries": as many parties as a list that opened a sentence before
NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
NUMBER_OF_THEM = re.compile(rf"(?i)\b({'|'.join(NUMBER_WORDS)})\b")
# "The two sides have ...", "The ministers launched ...": more parties than the paragraph's subject
# (a plural without a number in lower case only: "the United States" is one party)
_HOW_MANY = "|".join(["two", *NUMBER_WORDS])
SEVERAL_PARTIES = re.compile(rf"\b(?:(?i:the\s+(?:{_HOW_MANY})|both|all\s+(?:the\s+)?(?:{_HOW_MANY}))\s+"
                             r"(?:\w+\s+)?(?i:sides|countries|nations|states|parties|militaries|armies|navies|"
                             r"governments|leaders|ministers|forces|members|juntas|regimes|heads|delegations|ministries)"
                             r"|[Tt]he\s+(?:[a-z]+\s+)?(?:[Ss]ides|[Cc]ountries|[Pp]arties|[Ll]eaders|[Mm]inisters|[Mm]embers|"
                             r"[Dd]elegations|[Dd]elegates|[Pp]articipants|[Aa]llies)"
                             # "African countries welcomed" opening the clause: parties no name gives
                             r"|(?<![\w ])(?:[A-Z][a-z]+\s+){1,2}(?:countries|nations|states|leaders|governments)"
                             # "All three are members of": the parties counted, no noun
                             rf"|(?i:all)\s+(?:{_HOW_MANY})(?=\s+(?:are|were|have|had|also|will|agreed|signed|joined)\b|\s*$))\b")
# "contingents have come from A, B and C", "Finland and Sweden also sent troops.": parties of the gathering
# the report is about, named with what they brought and not with the gathering
FORCE_NOUN = r"(?:contingents|troops|forces|delegations|personnel|units|ships|warships|vessels|sailors|soldiers|teams|aircraft)"
CAME_FROM = re.compile(rf"\b{FORCE_NOUN}\s+(?:(?:have|had|has|also|already)\s+)*(?:come|came|arrived)\s+from\s+(?:the\s+)?")
BESIDES_OPENING = re.compile(r"\s*(?:Besides|Apart\s+from|Alongside|In\s+addition\s+to)\s+(?:the\s+)?")
SENT_FORCES = re.compile(rf"\b(?:sent|sends|send|dispatched|deployed|contributed)\s+(?:(?:a|an|some|their|its|[\d,]+|small|large|"
                         rf"naval|army|air|military|special)\s+){{0,3}}{FORCE_NOUN}(?=\s*[.;]|\s*,\s*(?:too|as\s+well)\b|\s+(?:too|as\s+well)\b)")
# "The VIII Summit ... concluded on Friday in this capital", "at the 46th ASEAN Summit here": where the
# dateline says the report was filed
HERE = re.compile(r"\b(?:here|in\s+this\s+(?:[a-z]+\s+){0,2}(?:capital|city|town))\b(?![-'’])")
HERE_GAP = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s*,[^,;()]{1,80},)?\s+"
                      r"(?:(?:was|is|were|are|has|have|had|been|being|also|officially|formally)\s+)*"
                      r"(?:(?:held|opened|opens|concluded|closed|closes|took\s+place|kicked\s+off|began|begins|ended|ends|"
                      r"wrapped\s+up|convened|met|got\s+under\s+way|under\s+way|underway|started|starts|hosted)\s+)?"
                      r"(?:on\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2})?,?\s+)?")
# "Kingstown, Mar 1 (Prensa Latina)", "SEOUL, Sept. 10 (Yonhap) --", "Addis Ababa, Ethiopia, 25 October 2024 –"
DATELINE_PLACE = re.compile(r"(?m)^[ \t]*(?P<city>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2}),\s+"
                            r"(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]+\b|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+\d)")
# "ZHANJIANG, Guangdong - ", "BEIJING, April 14 (Xinhua) -- ", "VILNIUS, July 12 (AP) — "
DATELINE = re.compile(r"\s*[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z\d][\w.'’-]*){0,2}){0,2}\s*"
                      r"(?:\([^()]{1,40}\)\s*)?(?:-{1,2}|—|–)\s+")
ESTABLISHED = re.compile(r"(?:established|set up|created|formed)", re.IGNORECASE)
WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
REPORTING_VERBS = {"said", "says", "say", "saying", "told", "tells", "wrote", "writes"}
# "..., the Ministry said", "..., the Joint Chiefs of Staff (JCS) said"
SPEAKER_AFTER = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:%s)\b" % "|".join(sorted(SPEECH_VERBS)))
# "X, which the US launched", "the ... Treaty (CTBT), which the United States signed"
# "..., to which China acceded", 'the "suspension for suspension" proposal, which China put forward'
OBJECT_RELATIVE = re.compile(r"[\"”’]?(?:\s+(?:proposals?|initiative|approach|formula|roadmap|concept|"
                             r"(?:[a-z-]+\s+){0,2}(?:exercise|drill|summit|meeting|talks|forum|dialogue)))?"     # "Malabar naval exercise, which"
                             r"(?:\s*\([^()]{1,20}\))?"     # an acronym no rule named: "(iCET), which"
                             # an apposition naming no one: "(AE CATA), the first bloc-to-bloc agreement, which"
                             r"(?:\)?\s*,\s*(?:the|a|an)\s+[^,;:()\"“”]{1,80}?(?=\s*,))?"
                             r"\)?(?:\s*,?\s*(?:(?:to\s+)?which|that)\s+"
                             # no relative pronoun after the kind: "Global Gateway, the strategy the EU launched"
                             r"|\s*,\s*(?:the|an?)\s+(?:[\w-]+\s+){0,3}(?:strategy|vision|initiative|plan|framework|agreement|"
                             r"treaty|pact|partnership|policy|proposal|concept|mechanism|programme|program)\s+)(?:the\s+)?")
# "which they signed": the pronoun opening a relative clause, before its verb
CLAUSE_PRONOUN = re.compile(r"\b(?:they|it|we)\s+(?:(?:also|jointly|have|has|had|later|then|first)\s+)?$")
# a verb's next name after a preposition is where or when, not what: "which the EU and Japan signed in Tokyo"
PREPOSITION_FIRST = re.compile(r"\s+(?:in|at|on|during|from)\s")
# "Resolution 2118", "UN Security Council Resolution 2375": a decision a body adopts, no text its members sign
RESOLUTION_NAME = re.compile(r"\b[Rr]esolutions?\b")
# "brings together 27 participants, comprising", "brings together seven countries around the Bay of
# Bengal: A, B": a count of the members listed next
# ("brings together the nine NATO members on the alliance's eastern flank: A, B and C")
COUNTED_GROUP = re.compile(r"\s+(?:the\s+)?(?:some\s+|more\s+than\s+)?[\w-]+\s+(?:[A-Z][\w-]*\s+)?(?:participants|members|countries|states|nations|"
                           r"parties)(?:\s+(?:around|in|of|from|across|along|on|bordering)\s+[^,;:.()]{1,40}?)?"
                           r"(?:\s*,?\s*(?:comprising|including|namely|that\s+is|i\.e\.,?)\s+|\s*:\s*)(?:the\s+)?")
# what "the format" may call back when the paragraph names one body only, whatever its name
GENERIC_BODY_WORDS = frozenset({"format", "group", "grouping", "bloc", "alliance", "coalition", "organisation", "organization",
                                "mechanism", "platform", "initiative", "partnership", "framework", "arrangement"})
# "the 3SI Presidency", "the ASEAN chairmanship": the office of a body's chair, after its name
OFFICE_AFTER = re.compile(r"\s+(?:[Pp]residency|[Cc]hairmanship|[Cc]hair(?:ship)?)\b")
# "The initiative was proposed by", "since the format was launched by": a name called back by what it is,
# right before a passive
CALLED_BACK_NAME = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?(initiative|format|fund|group|grouping|mechanism|forum|bloc|"
                              r"alliance|partnership|dialogue|framework|coalition|organi[sz]ation|platform|process|"
                              r"corridor|arrangement|programme|program|agreement|treaty|pact|accord|declaration|"
                              r"memorandum|charter|convention|protocol)\s+$")
# "the EU member states located between the Baltic, Adriatic and Black seas: ": a body's members,
# described, then listed after a colon
BODY_MEMBERS_THEN_LIST = re.compile(r"\s+member\s+(?:states|countries|nations)\b[^;:.()\"“”]{0,80}:\s*(?:the\s+)?")
# what a gathering "brought together" described, then listed after "including", "namely" or a colon
GATHERED_LIST = re.compile(r"[^;:.()\"“”]{1,160}?(?:,\s*(?:including|namely|such\s+as)|:)\s+(?:the\s+)?")
# "the 10 ASEAN member states - ": a group's description before its list
GROUP_DESCRIPTION = re.compile(r"(?:the\s+)?[^,;:()–—]{1,60}?(?:\s*[–—:]|\s+-|,\s*namely)\s*(?:the\s+)?")
# " - as well as ", ", and ": another group or list after one
MORE_GROUPS = re.compile(r"\s*(?:[–—]|\s-)?\s*,?\s*(?:as\s+well\s+as|and|plus|together\s+with|along\s+with)\s+(?:the\s+)?")
# "with Russia, Tajikistan and Uzbekistan": the gap between two names of one list
LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?")
# "the G7 Foreign Ministers' Meeting in Capri last month, which Italy hosted": where and when, then "which"
OBJECT_RELATIVE_AFTER_PLACE = re.compile(
    r"\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?:\s+(?:(?:last|this|next)\s+(?:week|month|year)|in\s+\d{4}|on\s+[A-Z][a-z]+day))?\s*,\s*(?:which|that)\s+(?:the\s+)?")
# "in", after the event's kind when the text adds it ("the Steadfast Defender 2025 exercise in Poland")
IN_PLACE = re.compile(r"(?:\s*\([^()]{1,30}\))?[\"”’]?(?:\s+(?:[a-z][\w-]*\s+){0,2}?(?:exercises?|drills?|training|summit|meeting|talks|"
                      r"conference|forum|dialogue|games|operation|session|ceremony))?"
                      r"(?:,?\s+on\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?,?)?"
                      r"\s+(?:in|off(?:\s+the\s+coast\s+of)?)\s+")  # "... on 19 November 2024 in", "Joint Sea-2019 off Qingdao"
IN_AFTER_AGENTS = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+(?:in|at|off)\s+")     # "co-hosted by China and Malaysia in Guangxi", "by the RAAF (RAAF) in Darwin", "by the Indian Navy at Visakhapatnam", "by Australia off Sydney"
# a place's name, up to three capitalised words: "Vilnius", "the Philippines", "Chon Buri"
_PLACE_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_RELATIVE_TIME = r"(?:\s+(?:later|earlier)?\s*(?:this|next|last)\s+(?:year|month|week))?"       # "later this year"
# "in Vilnius,", "in Suva, Fiji,"
PLACE_COUNTRY_AFTER = re.compile(rf",\s*{_PLACE_NAME}(?=\s*,)")
PLACE_ASIDE = re.compile(rf"\s+in\s+{_PLACE_NAME}(?:,\s*{_PLACE_NAME})?{_RELATIVE_TIME}(?=\s*,)")     # "in India later this year,"
# "in Bangkok on Dec 19 last year,", "on 12 May,", "from 10 to 12 December 2023,": where and when a
# gathering met, set between its name and a participle ("..., attended by A and B") (_WHEN above is
# the date after "held in <place>", read more loosely)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_GATHERING_DATE = (rf"\s+(?:on|from|between|in|during)\s+(?:(?:early|late|mid)[- ])?(?:{_DAY}\s+(?:(?:-|–|to|and)\s+{_DAY}\s+)?)?"
                   rf"{_MONTH}(?:\s+{_DAY}(?:\s*(?:-|–|to|and)\s*{_DAY})?)?(?:,?\s+\d{{4}})?"
                   r"|\s+in\s+(?:19|20)\d\d")
WHERE_WHEN_ASIDE = re.compile(rf"(?:\s+in\s+{_PLACE_NAME}(?:,\s*{_PLACE_NAME}(?=\s*,))?)?(?:{_GATHERING_DATE})?"
                              rf"{_RELATIVE_TIME}(?=\s*,)")
DATE_ASIDE = re.compile(rf"(?:{_GATHERING_DATE})(?=\s*,)")      # " in July 2022,"
# what follows "held in" up to the comma that closes the aside, when no known place is named:
# "May 2018,", "Chebarkul, Russia,"
HELD_ASIDE = re.compile(rf"[^,;:()\"“”]{{1,60}}?(?:,\s*{_PLACE_NAME}(?=\s*,))?(?=\s*,)")
# "the 10 ASEAN members with Australia", "the ASEAN members with eight partners: Australia": the
# body's own members, then the others it groups
MEMBERS_WITH_OTHERS = re.compile(r"\s+(?:the|its|all)\s+(?:[\w-]+\s+){0,2}(?:members|member\s+states)\s+(?:with|and|plus)"
                                 r"(?:\s+(?:its|their|the)?\s*(?:[\w-]+\s+){0,2}(?:partners|others|countries)\s*[:,]?)?(?=\s)")
# "The East Asia Summit, launched in 2005, groups": an aside on its founding before the verb
FOUNDING_ASIDE = re.compile(r"\)?\s*,\s*(?:launched|founded|established|created|set\s+up|formed)\s+[^,;:()]{1,40},\s*")
# "acceded to the Treaty", "signed the Agreement.": a text named before, called back by its kind
DEFINITE_DOCUMENT = re.compile(r"\s*[\"”]?\s*the\s+((?i:treaty|agreement|convention|accord|protocol|charter|declaration|memorandum|pact|deal))\b"
                               r"(?!\s+(?:of|between|among|with|to|for|in)\b|\s+on\s+(?:the\s|[a-z]))(?!\s*[\"“'‘(]?[A-Z])")
# "are full members of the organization, while": a body named before, called back as what it is
# ("joined the initiative this year": a mechanism one joins, called back the same way)
BODY_WORDS = r"(organi[sz]ation|bloc|grouping|alliance|union|initiative|coalition|group|partnership|regime|community)"
DEFINITE_BODY = re.compile(r"\s+the\s+" + BODY_WORDS +
                           r"(?=\s*[,.;:)]|\s+(?:while|and|but|since|in|from|as|at|on|this|last|earlier|later)\b)")
# "France, Germany and the United Kingdom, known as the E3,": the group the countries before make up
KNOWN_AS_GROUP = re.compile(r",\s*(?:(?:collectively|together|jointly)\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?")
GROUPS_ADVERBS = re.compile(r"(?:itself|now|currently|also|still|today)(?:\s+(?:itself|now|currently|also|still|today))*")
# "The initiative now counts 50 members after A, B and C joined this year": the body the sentence opens with
OPENING_BODY = re.compile(r"\s*The\s+(?:[\w-]+\s+){0,2}?" + BODY_WORDS + r"\b")
# the names "the deal" calls back ("welcomed the deal": the Ankara Declaration, the Beijing Agreement)
AGREEMENT_WORDS = frozenset({"agreement", "accord", "deal", "declaration", "memorandum", "pact", "treaty"})
# "..., with South Africa joining in 2010": a party that came later, not one of those named before it
JOINING_LATER = re.compile(r"\s+(?:(?:later|then|also)\s+)?(?:joining|joined|added|admitted|becoming)\b")
# "hosted by China in Xi'an in May 2023, Kazakhstan ...": where (and when) it met, then a comma ending the aside
WHERE_THEN_COMMA = re.compile(r"\s+in\s+[^,;.()]{1,60},\s*")
# "signed in Beijing the Beijing Declaration": where, before the object
CITY_BEFORE_OBJECT = re.compile(r"\s+in\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?=\s+the\s)")
# "Mohammed bin Salman said ", "Tokayev told reporters that ": a speaker (no country or body) before what is reported
SPEAKER_LEAD = re.compile(r"\s*(?:(?:[A-Z][\w'’.-]*|bin|al|de|da|van|von|der|la|el)\s+){1,5}(?:said|says|stated|noted|added|stressed|reiterated|"
                          r"told\s+(?:reporters|journalists|the\s+\w+))(?:\s+that)?\s+(?:the\s+)?")
# "A and B, among others, have acceded": an aside between a subject and its verb
AMONG_OTHERS = re.compile(r"^\s*,\s*(?:among|amongst)\s+others\s*,")
# "ASEAN's Dialogue Partners, namely", "China's strategic partners Russia and": the partners named next
POSSESSED_PARTNERS = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?i:partners)\s*(?:,?\s*(?:namely|including|such\s+as)\s*|:\s*|\s)(?:the\s+)?")
# "joined BRICS as full members alongside Brazil": the fellow members after the body joined
JOINED_ALONGSIDE = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s+as\s+(?:[\w-]+\s+){0,3}members?)?"
                              # (the kind after a name: "took part in the Coral Shield exercise, along with")
                              r"(?:\s+(?:naval\s+|joint\s+|military\s+)?(?:exercises?|drills?|summit|meeting|talks|conference))?\s*,?\s+"
                              r"(?:alongside|along\s+with|together\s+with)\s+(?:the\s+)?")
PLACE_BEFORE_BY = re.compile(r"\sin\s(?=[A-Z])")      # "organised in Suva by": a passive's place
# "the IISS, a British think tank": an apposition, not the next item of a list
# (its words may come first: "launched EUNAVFOR ASPIDES, a new European Union (EU) ... operation")
INDEFINITE_APPOSITION = re.compile(r"\)?\s*,\s*an?\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}")
# "the ten ASEAN member states": a body used as a modifier of its members
MEMBERS_NOUN_AFTER = re.compile(r"\s+(?:member\s+states|member\s+countries|members|countries|nations)\b")
# "the ... Summit in Cairo in July, which": where and when a gathering met, then a relative word
WHERE_WHEN_BEFORE_RELATIVE = re.compile(r"\)?(?:\s+(?:in|at|on|during)\s+[^,;:()]{1,40}?)+\s*,\s*")
# ", conducted in waters around Guam in February 2024, ": a participle's aside after an event's name
PARTICIPLE_ASIDE = re.compile(r"\)?\s*,\s*(?:conducted|held|staged|hosted|organi[sz]ed|launched|led)\s[^;:()]{0,90}?,\s*")
# what may stand between the host and "hosted" its guests: "China (PRC), as this year's chair, has hosted"
HOST_BEFORE_VERB = re.compile(r"\)?(?:\s*,\s*[^,;]{1,60},)?\s+(?:(?:has|have|had|also|then|jointly|again|successfully|will|would)\s+)*")
# "hosted for the leaders of", "hosted ... for foreign ministers from": the guests named next
HOSTED_FOR = re.compile(r"\bhost(?:ed|s|ing)?\s+(?:[^,;.]{0,60}?\s)?for\s+(?:the\s+)?(?:[a-z]+\s+)?(?:leaders?|heads?\s+of\s+"
                        r"(?:state|government)|(?:foreign|defen[cs]e)\s+ministers?|ministers?|delegations?|representatives?|"
                        r"delegates|officials)\s+(?:of|from)\s+(?:the\s+)?")
# "Egypt and Iran became members", "Finland became a member in 2023", "Malaysia and Thailand became BRICS partner
# countries": a membership or partnership whose body is named there or before
BECAME_ROLE = re.compile(r"\b(?:became|become|becomes|becoming)\s+(?:an?\s+)?(?:full\s+|new\s+|permanent\s+|official\s+)?"
                         r"(?:(?P<named>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+)?"
                         r"(?P<role>member\s+(?:states?|countr(?:y|ies)|nations?)|members?|partner\s+(?:countr(?:y|ies)|states?|nations?)|partners?)"
                         r"\b(?!['’]s\b)(?!\s+(?:of|to|with|for)\b)(?!\s+in\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|"
                         r"August|September|October|November|December)\b)[A-Z])")     # ("a member in April", not "in the UN")
# "became partner countries on Jan. 1, alongside Belarus": the others of the same step
ALONGSIDE_AFTER_DATE = re.compile(r"(?:\s+(?:on|in|from)\s+[\w.]+(?:\s+\d{1,4})?)?\s*,?\s+(?:alongside|along with|together with)\s+"
                                  r"(?:the\s+)?")
# "The group expanded in 2010 when South Africa joined": joined, without saying what (the body of the sentence)
JOINED_NOTHING = re.compile(r"\b(?:joined|rejoined)(?=\s*[,.;]|\s+(?:in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|last\s+year|this\s+year)\b)")
GROWING_BODY = re.compile(r"\b(?:the\s+(?:group|grouping|bloc|alliance|organi[sz]ation)|expand(?:ed|s)?|enlarge(?:d|ment)|"
                          r"membership)\b", re.IGNORECASE)
# "China hosted the leaders of Kazakhstan and Uzbekistan at the first China-Central Asia Summit": the guests
# (then "at" the gathering, GUESTS_AT)
# (and "joined the leaders of Australia, India and Japan at the Quad Leaders' Summit": those met there took part)
HOSTED_GUESTS = re.compile(r"\b(?P<verb>hosted|hosts|hosting|host|welcomed|welcomes|received|receives|joined|joins|"
                           r"met(?:\s+with)?|meets(?:\s+with)?)\s+(?:the\s+)?"
                           r"(?:[a-z]+\s+)?(?:leaders?|heads?\s+of\s+(?:state|government)|(?:foreign|defen[cs]e)\s+ministers?|"
                           r"ministers?|presidents?|delegations?|representatives?|counterparts?)\s+(?:of|from)\s+(?:the\s+)?")
GUESTS_AT = re.compile(r"\s+(?:at|for|during)\s+(?:the\s+|an?\s+|this\s+year['’]s\s+)?(?:[a-z-]+\s+){0,2}$")
# "the Nordic-Baltic Eight (NB8) – Denmark, Estonia and Finland –": a body's members between dashes
MEMBERS_IN_DASHES = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:[–—]|--)\s+(?:the\s+)?")
# "the U.S. delegation to the Shangri-La Dialogue", "China's delegation at the talks": who is sent takes part
DELEGATION_TO = re.compile(r"(?:'s|’s)?\s+(?:[a-z][\w-]*\s+){0,2}(?:delegations?|contingents?)\s+(?:to|at)\s+(?:the\s+)?")
# a text named for its parties: "Memorandum of Understanding between the Philippine Coast Guard and the Viet Nam
# Coast Guard on ...", "Agreement between Japan and Australia concerning ..." (up to what it is on)
TEXT_BETWEEN = re.compile(r"\b(?:Agreement|Memorandum\s+of\s+(?:Understanding|Agreement)|MOU|MoU|Treaty|Convention|Protocol|"
                          r"Accord|Arrangement|Exchange\s+of\s+Notes|Letter\s+of\s+Intent)"
                          # ("Memorandum of Understanding on Rice Trade Cooperation between ...")
                          r"(?:\s+(?:on|for|concerning|regarding)(?:\s+(?:[A-Z][\w'’-]*|and|of|the|in|on|for)){1,10}?)?"
                          r"\s+between\s+(?:the\s+)?")
# a text named for its parties' countries ("the Japan-Australia Reciprocal Access Agreement") and said to be
# signed, after its name ("..., signed in January 2022") or before it ("signed the India-Australia ...")
PAIR_NAMED_TEXT = re.compile(r"\s(?:[A-Z][\w'’-]*\s+){0,4}(?:Agreement|Treaty|Accord|Arrangement|Pact|Protocol|"
                             r"Memorandum\s+of\s+Understanding)\b")
SIGNED_AFTER_NAME = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?signed\b"
                               r"(?!\s+(?:by|between|with)\b)")
SIGNED_BEFORE_NAME = re.compile(r"\bsign(?:ed|s|ing)?\s+(?:the|a|an|their|its)\s+$")
TEXT_TOPIC = re.compile(r"\s+(?:on|for|concerning|regarding|relating\s+to|in\s+the\s+(?:field|area)s?\s+of)\s+")
# a place and, after a comma, its country: "Chiang Mai, Thailand", "Manila, the Philippines"
_PLACE_AND_COUNTRY = r"(?P<place>[A-Z][^,;:.()]{0,40}?)(?:\s*,\s*(?:the\s+)?[A-Z][\w'’ -]{1,30}?)?"
# "will travel to Chiang Mai, Thailand from August 15 to 16 for the Ninth ... Meeting": where it meets
TRAVELLED_FOR = re.compile(r"\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|go(?:es|ing)?|went)"
                           r"\s+to\s+" + _PLACE_AND_COUNTRY +
                           r"(?:\s+(?:from|on|between|in|this|next)\s+[^,;:.()]{1,40}?)?\s*,?\s+for\s+(?:the\s+)?"
                           r"(?:[a-z-]+\s+){0,2}$")
# "A and B met in Manila, the Philippines, on the occasion of the 20th ASEAN-China Summit": the
# gathering that brought them, and (after "in") where it met
MET_FOR = re.compile(r"\b(?:met|gathered|convened|assembled)\s+(?:in\s+" + _PLACE_AND_COUNTRY +
                     # "met in Seoul on 27 May 2024 for", "on May 27, 2024"
                     r"(?:\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?)?\s*,?\s+)?"
                     # ("met by video link for", "met virtually for", "met online on Tuesday for")
                     r"(?:(?:by\s+video(?:\s+link|\s*conference)?|virtually|online|remotely)\s+)?"
                     r"(?:on\s+[A-Z][a-z]+day\s+)?"
                     # ("for the fourth in-person Quad Leaders' Summit": an edition's lowercase words)
                     r"(?:for|on the occasion of|at|during|on the (?:sidelines|margins) of)\s+(?:the\s+)?"
                     r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                     r"annual|inaugural|in-person|virtual)\s+){0,2}$")
# "the PLA Navy sent ships to the International Fleet Review": who sends its people or ships takes part
SENT_TO = re.compile(r"\)?\s+(?:also\s+)?(?:sent|sends|send|dispatched|dispatches|will send)\s+(?:a |an |its |their |the )?"
                     r"(?:[\w-]+\s+){0,3}?(?:ships?|vessels?|warships?|frigates?|destroyers?|aircraft|troops|soldiers|"
                     r"teams?|observers?|delegations?|officers|personnel|units?|contingents?)\s+to\s+(?:the\s+)?"
                     # "sent troops to the joint counter-terrorism military exercise \"Peace Mission-2016\""
                     r"(?:(?:[a-z][\w-]*\s+){0,4}(?:exercises?|drills?|operation)\s+)?[\"“]?")
# "China sent the China International Search and Rescue Team to ARF DiREx 2013": the named team
SENT_NAMED = re.compile(r"(?:sent|sends|send|dispatched|dispatches|will send)\s+(?:the\s+|its\s+|a\s+)?$")
MET_WITH_AT = re.compile(r"\b(?P<verb>met(?:\s+with)?)\s+(?P<others>[^;:.()]{1,80}?)\s+"
                         r"(?:at|during|on the (?:sidelines|margins) of)\s+(?:the\s+)?$")
TAKING_PART = re.compile(r"\s+(?:taking part|participating|attending|joining in|in attendance|represented|"
                         r"as (?:observers?|participants?|guests?))\b")
APPOSED_SERIES = re.compile(r"\s*,\s*(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}")     # ", the annual "
BARE_HOSTING = re.compile(r"(?:hosted|organi[sz]ed|convened|staged|conducted)(?=\s)")
NAMELY_LIST = re.compile(r"(?i:members|partners|countries|states)[\"”]?\s*(?:,\s*(?:namely|i\.e\.|including)\s+|:\s*)(?:the\s+)?")
KIND_SYNONYMS = {"drill": {"drill", "exercise"}, "drills": {"drills", "drill", "exercise", "exercises"},
                 "exercise": {"exercise", "drill"}, "exercises": {"exercises", "exercise", "drills", "drill"},
                 "phase": {"exercise", "exercises", "drill", "drills"},     # "took part in this phase": of the exercise
                 # "the gathering was attended by": a meeting of any kind but an exercise
                 "gathering": {"gathering", "summit", "meeting", "conference", "forum", "dialogue", "talks", "session"},
                 "manoeuvres": {"manoeuvres", "exercise", "exercises", "drill", "drills"},
                 "maneuvers": {"maneuvers", "exercise", "exercises", "drill", "drills"},
                 "war games": {"exercise", "exercises", "drill", "drills", "games"}}
# "represented at the meeting" where no Meeting is named: a summit, a conference, talks are meetings too
BROADER_KINDS = {"meeting": KIND_SYNONYMS["gathering"]}
# ("The international conference was co-organized by": the Dialogue named before, when no conference is; not
# "the Conference in Support of Ukraine", a name of its own)
LOWERCASE_BROADER_KINDS = {"conference": KIND_SYNONYMS["gathering"]}
for _kind in ("summit", "meeting", "conference", "forum", "dialogue", "workshop", "seminar"):
    KIND_SYNONYMS[_kind + "s"] = {_kind, _kind + "s"}       # "the meetings" call back "the ... Meeting"
# the lower-case words after a name that describe it ("Cope India 2023 joint air exercise"), past a closing quote
# (or in its apposition: "African Lion 2024, the largest annual exercise run by AFRICOM")
KIND_DESCRIBED = re.compile(r"(?<=[\w\"”’'])[\"”’']?(?:,\s+(?:the|an?)(?=\s))?(?:\s+[a-z][a-z-]*){1,5}")
# ("UNITAS LXVI, the 66th edition of the world's longest-running multinational maritime exercise")
EDITION_DESCRIBED = re.compile(r",\s+the\s+\w+\s+(?:edition|iteration)\s+of\s+(?:the\s+|an?\s+)?[^,;.()]{1,80}")
SUBJECT_PRONOUNS = frozenset({"we", "they", "he", "she", "i", "you"})     # ", and we believe the ...": a clause
# (after a speaker's label: "Official Spokesperson, Shri Ranjan Sethi: As a founding member of")
AS_MEMBER_OF = re.compile(r"\s*(?:[A-Z][\w .'’-]{0,30}(?:,[\w .'’-]{1,30})?:\s*)?As\s+(?:(?:a|an|the)\s+)?(?:(?P<founding>founding)\s+)?"
                          r"(?:(?:full|permanent|key)\s+)?(?:member(?:\s+state|\s+country)?|members(?:\s+states|\s+countries)?)"
                          r"\s+of\s+(?:the\s+)?")     # ("As members of the Quad alongside A and B, C and D ...")
# "As members of the Quad alongside Australia and Japan, India and ...": fellow members after the body
ALONGSIDE = re.compile(r"\s+(?:alongside|along with|together with)\s+(?:the\s+)?")
# what may follow the body before the sentence's subject: its acronym, a relative clause, the comma
AFTER_OPENING_BODY = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                                r"(?:\s*,\s*(?:which|that|whose)\s[^,;]{1,120})?\s*,\s*")     # "... on Disarmament in Geneva,"
AS_MEMBER_OF_BEFORE = re.compile(r"\bAs\s+(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}members?(?:\s+states?|\s+countr(?:y|ies))?\s+of\s+(?:the\s+)?$")
INSIDE_RELATIVE = re.compile(r",\s*(?:which|who|whose)\s[^,;]*$")
# "As a member of ASEAN and this year's rotating chair of the organization, the Philippines": a second role
AFTER_OPENING_ROLE = re.compile(r"\s+and\s+[^,;.]{1,80},\s*")
VENUE_AFTER_THE = re.compile(r"(\s*the\s+)(?=(?:[A-Z][\w'’-]*\s+){1,4}(?:Hotel|Centre|Center|Hall|Palace|House|"
                             r"Headquarters|Building|Complex|Stadium|Auditorium)\b)")
WITH_BEFORE = re.compile(r",?\s+with\s+(?:the\s+)?")
WITH_TAKING_PART = re.compile(r"\s+(?:also\s+)?(?:taking part|participating|joining in|joining)\b")
# "the SADC Mission ... began to deploy, with troops from Malawi, South Africa and Tanzania": the forces' countries
# take part in the mission (a body named a mission, force or operation, one sends troops to)
MISSION_NAME = re.compile(r"\b(?:Mission|Force|Operation)\b")
WITH_FORCES_FROM = re.compile(r",\s+with\s+(?:(?:some|over|more than|about|around|nearly)\s+)?(?:[\d,]+\s+)?"
                              r"(?:troops|personnel|forces|contingents|units|teams|soldiers|sailors|police officers)\s+"
                              r"from\s+(?:the\s+)?")
NEXT_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\s+(?:the\s+)?$")
JOINED_IN = re.compile(r"\s+in\s+(?:(?:a|an|the|their|its)\s+)?(?:[a-z][\w-]*\s+){0,2}")    # "joined A in a joint"
JOINED = re.compile(r"(?:re-?)?join(?:ed|s|ing)?", re.IGNORECASE)     # "joined" with no "in" after it
# "the alliance will", "the bloc has also": a lower-case noun phrase right before the verb is its subject
DEFINITE_SUBJECT = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z][\w-]*\s+){0,2}"
                              r"(?!(?:and|or|but|of|with|in|on|at|to|for|by|from|as)\b)[a-z][\w-]*"
                              r"(?:\s+(?:will|would|shall|also|has|have|had|is|are|was|were|to|then|jointly|"
                              r"again|later|already|set|due|expected|plans?|agreed|decided))*\s*$")
# bare verb forms a single country or body does not take ("Japan hosts", not "Japan host")
BARE_VERB_FORMS = {"support", "host", "hold", "sign", "convene", "back", "endorse", "participate", "conclude",
                   "adopt", "conduct", "organise", "organize", "attend", "join", "engage", "propose", "launch"}
SEVERAL_OR_AUXILIARY_BEFORE = re.compile(r"(?:,|\band|&|\b(?i:do|does|did|will|would|can|could|should|shall|may|"
                                         r"might|must|let|help|helps|helped|make|makes|made|see|saw))\s*(?:the\s+)?$")
# "took part, including", "participated as observers.": a participation whose event is not named here
NO_OBJECT_AFTER = re.compile(r"\s*(?:,\s*including\b|:|as\s+(?:(?:full|active|official)\s+)?(?:observers?|participants?)\b"
                             r"|(?:this|last)\s+year\b|for\s+the\s+first\s+time\b(?!\s+(?:in|at|on)\b)|as\s+well\b|too\b|[.;]"
                             r"|,\s*and\s+(?:an?|the)\s"      # "took part, and a delegation from Afghanistan attended"
                             r"|,\s*(?:while|whereas|but|although|though)\b"     # "... attended, while the US sent"
                             r"|,\s*(?:alongside|along\s+with|together\s+with)\s+(?:representatives|delegations|delegates|"
                             r"officials|envoys)\s+(?:of|from)\b)")      # "A and B took part, alongside representatives of C"
# (their own parties: "took part, alongside representatives of the United Nations and the EU")
ALONGSIDE_ENVOYS = re.compile(r"\s*,\s*(?:alongside|along\s+with|together\s+with)\s+(?:representatives|delegations|"
                              r"delegates|officials|envoys)\s+(?:of|from)\s+(?:the\s+)?")
# ("took part: A, B and C", "attended as observers, including A", "are taking part for the first time: A")
INCLUDING_AFTER = re.compile(r"\s*(?:as\s+(?:observers?|participants?|guests?)\s*)?"
                             r"(?:(?:for\s+the\s+first\s+time|this\s+year|again|as\s+well)\s*)?(?:,\s*including|:)\s+(?:the\s+)?")
# "The following countries signed the Protocol today: A, B and C", "Twenty-two states signed it: A and B":
# a subject that only counts or announces its parties, listed after a colon at the end of the sentence
# ("The following Member States took part in the session: A, B")
COUNTED_SUBJECT = re.compile(r"\s*(?:(?i:the\s+following|these|all)|[A-Z][a-z]+(?:-[a-z]+)?|\d+)\s+(?:[a-z-]+\s+|Member\s+){0,2}?"
                             r"(?:countries|states|States|nations|governments|members|parties|signatories|delegations)"
                             r"\s+(?:(?:have|has|had|also|today|now|so\s+far|already)\s+)*")
COLON_LIST = re.compile(r"[^:;]*:\s*(?:the\s+)?")
# "On the situation in the east of the DRC, ": the topic a sentence opens with, up to its comma
FRONTED_TOPIC = re.compile(r"\s*(?:On|Regarding|Concerning|As for|As to|With regard to|Turning to)\s[^,;:]{1,100},")
# what follows a series' name in an edition's: " 2024", "-2018", " LXVI"
SERIES_EDITION = re.compile(r"(?:\s+|-)(?:(?:19|20)\d\d|[IVXLC]{2,}|[IVX])")
# " met in the city of Semipalatinsk to " before "sign": the parties stand before the meeting
MET_SOMEWHERE_TO = re.compile(r"\s+(?:met|meets?|gather(?:s|ed)?|conven(?:e|es|ed)|assembled)\s+(?:(?:in|at|on)\s+[^,;:.()]{1,60}?\s+)?to\s+$")
MEMBER_STATES = re.compile(r"\b(?:[Mm]ember\s+(?:[Ss]tates|[Cc]ountries)|members)\b")
# "A, B and C were among the countries represented", "D was also among the participants"
AMONG_PARTICIPANTS = re.compile(r"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+the\s+(?:(?:\d+|[a-z-]+)\s+)?"
                                r"(?:(?:participants|attendees)|(?:countries|states|nations|delegations|leaders|"
                                r"organi[sz]ations)\s+(?:represented|present|attending|taking\s+part|participating|"
                                r"in\s+attendance))(?=\s*[.,;])")
# "adopted a resolution on the TPNW" (but "conclude negotiations on the RCEP" concludes the RCEP)
TOPIC_OF_TEXT = re.compile(r"\b(?!negotiations\b|talks\b)[a-z]+\s+(?:on|about|concerning|regarding)\s+(?:the\s+)?$")
COLLECTIVE_WE = re.compile(r"\bWe,\s+the\s+(?:[A-Z][\w-]*\s+){0,3}(?:Leaders|Heads|Ministers|Members|Parties|"
                           r"Governments|Representatives|Participants)\b")
# a joint text speaks for all its parties: "Joint Statement from the Leaders of the Quad", "G7
# Hiroshima Leaders' Communiqué" (looked for in the document's title, its first line)
COLLECTIVE_TITLE = re.compile(r"\bJoint\s+(?:Statement|Declaration|Communiqu[eé])|\bCommuniqu[eé]\b|\bLeaders'?\s+Declaration\b")
LED_BY_NAME = re.compile(r"-led\s+")
BACKED_BY_NAME = re.compile(r"-(?:backed|supported|sponsored|funded)\s+")     # "the Rwanda-backed M23": who backs it
# "Fiji was among the first States to ratify", "China was the first country to accede to": said of it, and done
# "Among the delegations were ministers and senior officials from A, B and C": inverted, the parties after
AMONG_OPENING = re.compile(r"\s*Among\s+the\s+(?:[\w-]+\s+){0,2}?(?:participants|attendees|delegations|delegates|guests)"
                           r"(?:\s+(?:present|represented|attending|taking\s+part))?\s+(?:were|was|are|is)\s+(?:the\s+)?")
AMONG_THE_FIRST_TO = re.compile(r"\s+(?:was|were|is|are|became|has\s+been|have\s+been|had\s+been)\s+(?:(?:among|one\s+of)\s+)?"
                                r"the\s+(?:very\s+)?(?:first|earliest|last|few|only)\s+(?:[\w-]+\s+){0,3}to\s+$")
# "We call on all States that have not yet done so to sign and ratify", "requested the Mechanism to
# continue its cooperation with": those asked act, not the speaker
ASKED_TO_ACT = re.compile(r"\b(?:call(?:s|ed|ing)?\s+(?:up)?on|urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|"
                          r"invit(?:e|es|ed|ing)|ask(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to|request(?:s|ed|ing)?|"
                          r"exhort(?:s|ed|ing)?)\s+(?!to\b)\S.*\bto\s+(?-i:[a-z]+\s+){0,3}$", re.IGNORECASE)
# "X said in a statement that it \"strongly": the pronoun is the speaker's
SAID_THAT_PRONOUN = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+(?:said|says|stated|states|announced|added|noted|confirmed)\b"
                               r"[^.;:\"“”]{0,40}?\bthat\s+(?:it|they)\s+(?:would\s+|will\s+)?[\"“]?(?:[a-z]+ly\s+)?")
# "Pakistan's permanent representative Munir Akram said his country firmly supports": the country is the subject
ENVOY_SAID_HIS_COUNTRY = re.compile(r"['’]s\s+(?:[\w.-]+\s+){1,6}?(?:said|says|stated|noted|added|stressed)\b[^.;:\"“”]{0,40}?"
                                    r"\b(?:his|her|their)\s+country\s+(?:would\s+|will\s+)?(?:[a-z]+ly\s+)?")
PROPOSAL_FOR = re.compile(r"\b(?:proposals?|plans?|bids?|ideas?|requests?|calls?)\s+(?:for|by|from)\s+(?:the\s+)?$")
# "Exercise Lagoon 2024 between", "'Dosti' among": the trigger "exercise-between" right after a name (its year
# or its closing quote), not after the kind of gathering ("an annual exercise between A and B")
NAME_BEFORE_BETWEEN = re.compile(r"[\d'\"’”]\s$")
KIND_BEFORE_NAME = re.compile(r"\b(?:exercises?|drills?|summit|meeting|forum|talks|dialogue|operation|patrol)\s+$")
# "the Quad, of which A and B are members", "the Process, in which A is an active participant"
# (past the kind word after the name: "the Partners in the Blue Pacific (PBP) initiative, of which")
# (or past an apposition that says what the body is: "IGAD, the eight-member East African bloc to which both")
OF_WHICH = re.compile(r"\s*(?:\([^()]{1,20}\))?(?:\s+[a-z-]+){0,2}?\s*,\s*"
                      r"(?:the\s+(?:[\w-]+\s+){0,4}?(?:bloc|grouping|group|alliance|organi[sz]ation|body|forum|union|"
                      r"community|partnership|format|mechanism)\s+)?(?:of|in|to)\s+which\s+(?:(?:the|both|all)\s+)?")
ROLE_AFTER_PARTIES = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been|became|become)\s+"
                                # "is a non-permanent member", "are all founding members"
                                r"(?:(?:all|both|also|now|the|an?|its|active|founding|full|key|permanent|non-permanent|elected)\s+)*"
                                r"(?P<role>members?|participants?|parties|party|signatory|signatories)\b")
# "to which both Ethiopia and Somalia belong": members
BELONG_AFTER_PARTIES = re.compile(r"\s+(?:(?:all|both|also|now)\s+)?belong(?:s|ed)?\b")
ROLE_PREDICATES = {"member": "memberOf", "participant": "participatedIn", "party": "signed", "signatory": "signed"}
IT_AFTER = re.compile(r"\s+it\b(?!['’])")
CALLED_BACK_BODY = re.compile(r"\b[Tt]he\s+(?:organi[sz]ation|bloc|grouping|body|forum|alliance|group|conference|"
                              r"mechanism|union|community|association)['’]s\s+$")
# "the Minsk Declaration", "the Nakhchivan Agreement": a text, which has no members
TEXT_HEADS = AGREEMENT_WORDS - {"deal"} | {"convention", "charter", "protocol", "statement", "communique", "resolution"}


def _names_a_text(m) -> bool:
    return m.label == "Mechanism" and m.text.rsplit(None, 1)[-1].casefold() in TEXT_HEADS


# "across four host nations: Morocco, Tunisia", "the host countries, Ghana and Côte d'Ivoire": the hosts listed
HOST_NATIONS_LISTED = re.compile(r"\b(?:(?:two|three|four|five|six|\d)\s+)?(?:co-?)?host\s+(?:nations|countries|states)"
                                 r"\s*(?::|,|–|—)\s*(?:namely\s+)?(?:the\s+)?")
# "the Vilnius summit", "the Pretoria peace talks": what follows a place a summit is named after
SUMMIT_AFTER_PLACE = re.compile(r"\s+(?:peace\s+)?(?:[Ss]ummit|[Tt]alks)$")
# "They are joined by Austria, Belgium": a sentence adding to the participants of the one before
THEY_JOINED_BY = re.compile(r"\s*They\s+(?:are|were|will\s+be)\s+(?:also\s+)?joined\s+by\s+(?:the\s+)?")
# "It now has 45 members": a sentence opening with the body's pronoun
BODY_PRONOUN_OPENING = re.compile(r"\s*It\s+(?:(?:now|currently|also|today|still)\s+)?")
# "since the grouping – originally made up of": a body called back right before its members
GROUPING_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+)?(?:organi[sz]ation|bloc|grouping|alliance|group|union|association|"
                             r"partnership|coalition)\s*(?:,|–|—|--)?\s*(?:(?:which|that)\s+(?:is|was|are|were)\s+)?"
                             r"(?:(?:originally|initially|first|now|currently|then|also|once)\s+)?$")
AT_BEFORE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$")
REPRESENTED_BY = re.compile(r"(?<=\S)\s+(?:was|were|is|are)\s+(?:also\s+)?represented\s+by\b")
# (past the name's acronym: "the Five Power Defence Arrangements (FPDA) – Australia, ...")
SET_OFF_OPENING = re.compile(r"(?:\s+(?:partners|members|member\s+states|allies)(?=\s*(?:–|—|--)))?"     # ("the AUKUS partners --")
                             r"(?:\s*\([^()]{1,12}\)(?=\s*(?:–|—|--)))?\s*(–|—|--|\()\s*(?:the\s+)?")
SET_OFF_CLOSING = re.compile(r"\s*(?:–|—|--)")
# "Turkey and Hungary, the only two NATO members yet to", "Japan, a fellow G7 member,": an aside before
# the body ...
APPOSED_MEMBERS_BEFORE = re.compile(r",\s*(?:both\s+|all\s+)?(?:the\s+|an?\s+)?"
                                    r"(?:(?:only|other|fellow|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+){0,3}$")
# "launched in 2017 by its five founding members, A, B and C": the members, then their names
OWN_MEMBERS_LISTED = re.compile(r"\s*(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:founding\s+)?(?:members|member\s+states)\s*[,:]\s*"
                                r"(?:namely\s+)?(?:the\s+)?")
# "became NATO's 31st member", "is the SCO's newest member": the member's word after the body's possessive ...
POSSESSED_MEMBER_AFTER = re.compile(r"['’]s\s+(?:(?:\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd)|newest|latest|youngest|full)\s+)?member\b"
                                    r"(?!\s+(?:states|countries|nations))")
# ... after the verb that says it is one
BE_BEFORE_BODY = re.compile(r"\b(?:became|becomes|become|is|was|are|remains|has\s+been|as)\s+(?:now\s+|officially\s+)?(?:the\s+)?$")
RELATIVE_BEFORE_VERB = re.compile(r",\s*(?:which|who)\s+$")
# "at the initiative of Brazil", "on the joint initiative of A and B": who started it
INITIATIVE_OF = re.compile(r"\b(?:at|on|upon)\s+the\s+(?:joint\s+)?initiative\s+of\s+(?:the\s+)?")
# "A, B and C - fellow members of the", "A and B, both members of the": an aside before the body it names
MEMBERS_OF_ASIDE = re.compile(r"(?:,|\s(?:-|–|—|--))\s*(?:both\s+|all\s+)?(?:fellow\s+|founding\s+)?members\s+of\s+(?:the\s+)?$")
# ... and the members' word after it, ending the aside ("Palau, the Reef Council members and Kiribati": a list)
APPOSED_MEMBERS_AFTER = re.compile(r"\s+(?:member\s+(?:states?|countries|country|nations?)|members?)\b(?!\s*,?\s*(?:and|or)\s)")
BRACKET_CLOSING = re.compile(r"\s*\)")
PRONOUN_OPENING = re.compile(r"\s*(?:We|They|It|Our|Their|Its)\b")
PRONOUNS = re.compile(r"\b(?:it|we|they|its|our)\b", re.IGNORECASE)
# ("Russia's withdrawal of its ratification of the CTBT", "withdrew from the exercise")
NEGATION = re.compile(r"\b(?:not|never|no longer|neither|nor|without|none of|refused? to|refuses to|refusing to|failed to|fails to|failing to|"
                      r"withdr(?:ew|aw|awn|awing|awal|aws))\b|n't\b", re.IGNORECASE)
# ("May" with a capital is the month: "China on 5 May signed")
HYPOTHETICAL = re.compile(
    r"\b(?:will|would|should|could|might|(?-i:may|MAY)|shall|must|hopes?|hoped|hoping|expects?|expected|plans?|planned|"
    r"intends?|intended|aims? to|wants? to|wish(?:es)? to|willing|ready|seeks? to|look(?:s|ed|ing)? forward|"
    r"unless|going to|needs? to|needed to|is to|are to|proposes? to|calls? for|called for|urges?)\b|'ll\b|\bif\b",
    re.IGNORECASE)
PLAIN_FUTURE = re.compile(r"(?i:will|shall)|'ll")
# who hosts a gathering and where it meets are fixed before it meets: "Laos will host the Summit in Vientiane";
# "will support", "will provide NZ$8 million to": a pledge is stated as fixed too; "Japan will take part in
# Talisman Sabre 2025": who comes to a dated gathering is fixed before it meets (not "will join NATO")
SCHEDULED_PREDICATES = frozenset({"hosted", "coHosted", "heldIn", "supports"})
SCHEDULED_AT_EVENTS = frozenset({"participatedIn"})
# "an SCO development bank", "the ASEAN secretariat", "an ASEAN task force": a body named after another
BODY_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:bank|fund|centre|center|secretariat|office|agency|facility|institute|"
                             r"university|council|committee|commission|body|network|hub|task\s+force|force|team|unit)\b")
# "in waters off Zhanjiang": the waters lie off the place named after them
# "the city of Kazan", "the coastal town of Queenscliff", "the northern Thai city of Chiang Rai"
PLACE_KIND_OF = re.compile(r"\s*the\s+(?:(?:[a-z-]+|[A-Z][a-z]+)\s+){0,3}?(?:city|town|port|capital|village|island|"
                           r"province|region|prefecture|state|county|district)\s+of\s+(?=[A-Z])")
WATERS_OFF = re.compile(r"\s*(?:the\s+)?(?:waters|sea|seas|coast|airspace)\s+(?:off|near|around)\s+(?:the\s+coast\s+of\s+)?")
# "struck the Philippines", "tore through northern Mozambique": the words before a place
PLACE_LEAD = re.compile(r"\s*(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|"
                        r"south-?eastern|south-?western)\s+)?")
# an event one lives through rather than takes part in ("the Cold War")
WAR_OR_CRISIS = re.compile(r"\b(?:Wars?|Crisis|Revolution|Pandemic|Genocide|Famine)\b")
# "the Initiative, which Australia, Japan and ...": the relative pronoun opens a list of parties
RELATIVE_OPENS_LIST = re.compile(r",\s*(?:which|that)\s+(?:the\s+)?$")
# what a gathering or a force "brings together" or is "composed of" took part in it
GATHERING_OF_PARTIES = re.compile(r"together|composed of|made up of|consist", re.IGNORECASE)
# "..., whose members are": a relative clause of the name before
RELATIVE_WORD = re.compile(r"(?:whose|which|that)\b", re.IGNORECASE)
# "Kuwait, which joined CICA": the clause's subject is the name before the comma
RELATIVE_WHICH = re.compile(r"\s*,\s*(?:which|who)\s+(?:(?:has|have|had|also|then|later|recently|formally|officially|both|all|each|jointly)\s+)*")
BOTH_AFTER_WHICH = re.compile(r"\b(?:both|all|each|jointly)\s")
# "the Treaty signed in Tashkent": what follows a reduced passive
PARTICIPLE_AFTER = re.compile(r"\s+(?:in|at|on|by|during|last|this|under)\b")
# "... and the Protocol is open": a listed name that a new clause's verb follows
CLAUSE_VERB_AFTER = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would|remains?)\b")
# "under the VFA and the EDCA": an "and" with no comma goes on with the phrase before
AND_ONLY = re.compile(r"\s+and\s+(?:the\s+)?")
# "in the Malabar series, which": a capitalised word the relative clause follows closely
UNKNOWN_NAME_BEFORE_RELATIVE = re.compile(r"\sthe\s+[A-Z]\w*(?:\s+[A-Z]\w*)*(?:\s+[a-z]+)?\s*,?\s*$")
# "the two sides", "both countries": a pair
TWO_OF_THEM = re.compile(r"(?i)\b(?:two|both)\b")
# "Foreign ministers": a capitalised word before a common noun
LOWERCASE_NEXT = re.compile(r" [a-z]")
# "Foreign ministers of": the people of the countries that open the sentence
PEOPLE_OF_LEAD = re.compile(r"\s*(?:The\s+|the\s+)?(?:[A-Z][a-z]+\s+)?(?:ministers|leaders|heads of state(?: and government)?|"
                            r"officials|representatives|delegations|delegates|envoys|diplomats|"
                            r"chiefs(?: of (?:general |defen[cs]e )?staff| of defen[cs]e forces)?|commanders|"
                            r"defen[cs]e chiefs|army chiefs|navy chiefs|military chiefs)\s+(?:from|of)\s+(?:the\s+)?")
# "It was held in": the gathering the last sentence opened with
IT_OPENING = re.compile(r"\s*It\s")
# "The 2025 Reef Summit was": what may stand before a gathering that opens a sentence
ARTICLE_OR_YEAR = re.compile(r"\s*(?:(?:The|the)\s+)?(?:\d{4}\s+)?")
# "looked forward to India hosting the Summit", "our commitment to Timor-Leste's full membership in ASEAN":
# what is hoped for of the party named next, not what it did
PROSPECT_BEFORE = re.compile(r"\b(?:look(?:s|ed|ing)?\s+forward\s+to|commitment\s+to|committed\s+to|support\s+for|"
                            r"bids?\s+for|applications?\s+for|path\s+to|road\s+to|roadmap\s+for|prospects?\s+of)"
                            r"\s+(?:the\s+)?$", re.IGNORECASE)
# "will continue to support": the relation holds already.
CONTINUED = re.compile(r"\b(?:continues?|continued|continuing|keeps?|remains?)\b", re.IGNORECASE)
# "Prime Minister Anthony Albanese of Australia, Prime Minister Narendra Modi of India, and President Joseph
# R. Biden of the United States met": each country's leader, named by title, stands for the next item
LEADER_OF_LINK = re.compile(r"\s*,?\s*(?:and\s+)?(?:the\s+)?(?:H\.E\.\s+)?(?:First\s+)?(?:Vice\s+|Deputy\s+)?"
                            r"(?:Presidents?|Prime\s+Ministers?|Premiers?|Chancellors?|Kings?|Queens?|Emirs?|Sultans?|Crown\s+Prince|"
                            r"(?:[A-Z][a-z]+\s+){0,2}Ministers?|Secretary\s+of\s+State)"
                            r"(?:\s+(?-i:[A-Z])[\w.'’-]*){0,4}\s+of\s+(?:the\s+)?")
KINDS_OF_NATIONS_LINK = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as|along\s+with|plus)\s+(?:[a-z-]+\s+)?(?:nations|countries|states)\s+"
                                   r"(?:(?:such\s+as|including|like)\s+)?(?:the\s+)?")
# "Participating nations included NATO allies A, B and C": the body whose allies they are, before the list
BODY_ROLE_BEFORE_LIST = re.compile(r"\s+(?P<role>allies|members|member\s+states|member\s+countries|partners)\s+(?:the\s+)?")
# (", as well as prime ministers and foreign ministers from Barbados, ...": two kinds of envoy)
ENVOY_NOUN = r"(?:[a-z][\w-]*\s+)?(?:delegations|representatives|leaders|officials|ministers|envoys)"
ENVOYS_FROM_LINK = re.compile(rf"\s*,?\s*(?:and|as\s+well\s+as|along\s+with|together\s+with)\s+{ENVOY_NOUN}(?:\s+and\s+{ENVOY_NOUN})?\s+(?:from|of)\s+(?:the\s+)?")
MEMBERS_INCLUDING_LINK = re.compile(r"\s+(?:leaders|heads\s+of\s+state|members|member\s+states|delegations)\s*,?\s+"
                                    r"(?:including|such\s+as|among\s+them)\s+(?:the\s+)?")
# "..., as did Pakistan", "..., as does the EU": a subject of the same verb, said again
AS_DID_TOO = re.compile(r"\bas\s+(?:did|does|do|has|have|had|is|are|was|were|will|would)\s+(?:the\s+)?$")
LIST_LINK = re.compile(r"^[\s,;]*(?:(?:and|or|&|as well as|plus|together with|along with|with)\s+)?(?:[Tt]he\s+)?"
                       r"(?:(?:[a-z][\w-]*|Member|States|Countries|\"|“|”|H\.E\.|Hon\.?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s*){0,3}$")
# ("and H.E. Mr. ...", "ASEAN Member States and China"; "France, The Gambia, Germany": a name's own article)
# a disaster's name holds one of these: "Tropical Cyclone Chido", "the 2015 Nepal earthquake"
DISASTER_WORD = re.compile(r"\b(?:cyclone|typhoon|hurricane|storm|earthquake|quake|tsunami|floods?|flooding|eruption|"
                           r"landslides?|mudslides?|wildfires?|bushfires?|drought)\b", re.IGNORECASE)
FUNCTION_WORDS = frozenset({"on", "of", "for", "in", "under", "along", "at", "against", "with", "off", "the", "a", "an",
                            "and", "or", "to", "its", "their"})
# "in April", "on 12 May 2016", "in 2015": when the item before met
DATE_AFTER_ITEM = re.compile(
    r"\s+(?:in|on)\s+(?:(?:early|late|mid)[- ])?(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4})\b")
MODIFIER_LINK = re.compile(r"^\s*(?:'s\s+)?(?:of|under|in|within|at|on|for)\s+(?:the\s+)?$")
CLOSING_MARK = re.compile(r"^\s*[)\"”’]")     # the bracket or quote that closes the name before a gap
ALIAS_AFTER = re.compile(r"\s*\([^()]{1,40}\)")
THEME = re.compile(r"\s*(?:with|under)\s+the\s+(?:theme|title|slogan|motto)\s+[\"“][^\"”]*[\"”]", re.IGNORECASE)
# between two events of a list, where (and when) the first met: " in Labuan Bajo in May and the "
PLACED_THEN_NEXT = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
                              r"(?:\s+(?:in|on)\s+(?:[A-Z][a-z]+\.?|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?|"
                              r"\s+in\s+\d{4})?\s*,?\s+and\s+(?:the\s+)?")
UNNAMED_MEETING_WITH = re.compile(r"\b(?:meetings?|talks|consultations?|sessions?|calls?|exchanges?)\s+with\s+(?:the\s+)?$")
# 'Under the theme "ASEAN Matters: Epicentrum of Growth", Indonesia hosted': a name inside the theme
INSIDE_THEME = re.compile(r"(?i)\b(?:theme|title|slogan|motto)\s+[\"“][^\"”]*$")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
            "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20}
ORDINAL_PREFIX = re.compile(r"^(?:the\s+)?(?:(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)|(%s))\s+" % "|".join(ORDINALS), re.IGNORECASE)
# "the (new) members of BRICS: Egypt, ...": the body right after "members of", the members after a colon
MEMBERS_OF = re.compile(r"\b(?:member|members|member states|member countries|founding members)\s+of\s+(?:the\s+)?$",
                        re.IGNORECASE)
# "the ADMM-Plus countries, namely A, B", "all ARF participants: A, B": the members' word after the body
# ("ASEAN's 10 members are A, B", "the 27 ARF members, including A", "the six LMC members - A, B -")
MEMBERS_AFTER_BODY = re.compile(r"\)?(?:['’]s(?:\s+(?:\d+|[a-z]+))?)?\s+(?i:member\s+|participating\s+)?"
                                r"(?i:countries|states|nations|members|participants)"
                                r"(?=\s*(?::|,\s*(?:namely|that is|i\.e\.|including|such as)\b)|\s+(?:are|were|include|included)\s"
                                r"|\s+(?:--|[-–—])\s)")
# "the GCC member states Saudi Arabia, the United Arab Emirates and Bahrain": the list right after
MEMBER_STATES_THEN_LIST = re.compile(r"\)?\s+(?i:member\s+(?:states|countries|nations))\s+(?:the\s+)?(?=(?-i:[A-Z]))")
# "The MSP partners are A, B": a partnership's partners are its members (a body's partners are not); an
# acronym the sentence cannot class yet is taken for the partnership it abbreviates
PARTNERS_OF_MECHANISM = re.compile(r"\)?\s+partners(?=\s*:|\s+(?:are|were|include|included)\s)")
# (after the body's acronym in brackets: "the Member States of ASEAN (ASEAN), namely")
MEMBERS_LISTED = re.compile(r"(?:\s*\([^()]{1,12}\))?\s*(?::|,\s*(?:namely|that is|i\.e\.,?|including|such as)|\s+(?:are|were|include|included)"
                            r"|\s+(?:--|[-–—])(?!\s*(?:(?:along|together)\s+)?with\b))\s*(?:the\s+)?")
# (not "fellow members of the Five Eyes - along with Japan": the aside ends, others are named with them)
NAMELY_AFTER = re.compile(r"\s*,\s*(?:namely|that is|i\.e\.),?\s+(?:the\s+)?")
NAMELY = re.compile(r"[^,;:.()\"“”]{0,100},\s*namely\s+(?:the\s+)?")
# a state's armed service: one joins it in an activity, one is not its member
ARMED_SERVICE = re.compile(r"\b(?:Navy|Army|Air Force|Coast Guard|Marine Corps|Armed Forces|Self-Defen[cs]e Forces?)$")
MEMBERS_OF_BODY = re.compile(r"^\s*(?i:member\s+(?:states|countries|nations))\b")      # right after the body's name
# a sentence's opening before its subject: "The", a quote
SENTENCE_OPENING = re.compile(r"[\s\"“'‘]*(?:The\s+)?")
# "Co-hosted by A and B (AB), the ...": what follows the agents of a passive that opens the sentence
# (past a second passive: "Hosted by Russia and directed by the Central Military District, the drill")
AFTER_OPENING_PASSIVE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s*)?"
                                   r"(?:\s+and\s+(?:[a-z]+ed|led|run)\s+by\s+[^,;:()]{1,80}?)?,\s*(?:the\s+)?")
DATED_NAME = re.compile(r"[\s-](?:19|20)\d\d$")      # "Coral Trident 2021", "Joint Sea-2019"
CALLED_BACK_GATHERING = re.compile(r"(?:[\w-]+\s+){0,2}?((?i:summit|meeting|conference|exercise|drills?|forum|talks|gathering|"
                                   r"dialogue|event|retreat|consultations|workshop|seminar|symposium))\b")
UNNAMED_APPOSITION = re.compile(r",\s*(?:the|its|their|both|all|(?P<role>as|in\s+(?:its|their)\s+capacity\s+as)"
                                # "A and B, NATO's partners in the Indo-Pacific, attended": a body's what
                                r"|(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3}['’]s)\s+[^,;:.()\"“”]{1,80},"
                                r"(?P<rest>\s[^,;:.()]*)$")
# "UN DESA, a partner of the Group of Friends": an aside after a name says whose partner it is
APPOSED_PARTNER_OF = re.compile(r"\)?\s*,\s*(?:an?|the|its|their)\s+(?:[a-z-]+\s+){0,2}partner\s+(?:of|to)\s+(?:the\s+)?")
# "China, Moscow's close partner, stayed away": the possessor, then its partner word, closing the aside
APPOSED_POSSESSOR = re.compile(r"\)?\s*,\s*(?:the\s+)?")
APPOSED_PARTNER_AFTER_POSSESSOR = re.compile(r"['’]s\s+(?:(?:closest|close|key|main|strategic|long-standing|longtime|"
                                             r"oldest|new|newest|major|important|trusted|reliable)\s+){0,2}"
                                             r"(?:dialogue\s+)?partner\s*(?:,|—|–|--|\.|$)")
# the comma or dash that opens an aside on a body's partners, right before the body: "A and B, NATO's partners"
POSSESSED_APPOSITION_OPENING = re.compile(r"(?:,|\s(?:-|–|—|--))\s*(?:the\s+)?$")
# ... and the rest of the aside to its closing comma or dash: " in the Indo-Pacific, "
APPOSITION_CLOSING = re.compile(r"[^,;:.()\"“”–—]{0,60}?(?:,|\s(?:-|–|—|--))\s")
# "A and B - NATO's partners in the Indo-Pacific - attended": the same aside set off by dashes
DASHED_APPOSITION = re.compile(r"\s+(?:-|–|—|--)\s+[^,;:.()\"“”–—]{1,80}?\s+(?:-|–|—|--)(?P<rest>\s[^,;:.()]*)$")
# ", along with about 500 pieces of armament and equipment, including armored vehicles, " (naming nothing)
ALONG_WITH_ASIDE = re.compile(r"\s*,\s*(?:along|together)\s+with\s+[^;:()\"“”]{1,160},(?P<rest>\s[^,;:.()]*)")
# an aside between commas that ends in a preposition: its mention is that preposition's object
APPOSITION_BEFORE = re.compile(r",[^,]*\b(?:of|in|to|from|with|than|by|for|including)\s+(?:the\s+)?$")
# "Indonesia, which chairs ASEAN this year, will host": the subject stands before the relative clause
RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\s(?:[^,;:.?!]|(?<=\d)[,.](?=\d))*,")     # ("a 1,400-kilometer border")
REPRESENTATIVES_OF = re.compile(
    # "the leaders of", "the Foreign Ministers of", "the Heads of State of"
    r"\s*(?:the\s+|an?\s+)?(?:[\d,]+\s+)?"
    # "ships, submarines and aircraft of": craft listed before the last
    # ("the navies and marine corps of": services listed so too)
    r"(?:(?:ships|submarines|aircraft|vessels|warships|helicopters|troops|personnel|units|navies|armies|"
    r"air\s+forces|forces|marines|marine\s+corps|coast\s+guards)(?:\s*,\s*|\s+and\s+)){0,3}"
    r"(?:[a-z]+\s+|[A-Z][a-z]+\s+(?=[A-Z])){0,3}(?i:leaders?|heads?(?:\s+of\s+(?:state|government)(?:\s*(?:and|or|/)\s*(?:state|government))?)?|"
    r"ministers?|premiers?|chancellors?|secretar(?:y|ies)|kings?|emirs?|sultans?|chair(?:s|man|men|woman|persons?)?|"
    # ("the chiefs of defense staff of A, B and C")
    r"chiefs?\s+of\s+(?:the\s+)?(?:defen[cs]e\s+|general\s+)?staffs?|"
    r"representatives?|governments?|delegations?|delegates|envoys?|presidents?|chiefs?|officials?|"
    # "the exercise involves eight vessels from China, ..."
    r"vessels|ships|warships|aircraft|troops|personnel|teams|units|soldiers|sailors|navies|armies|forces|militaries|contingents?|"
    r"marines|marine\s+corps|coast\s+guards|"
    # "established by the member states of ASEAN": the body acting through its members
    r"participants|observers|member\s+(?:states|countries))"
    # "the Heads of State/Government or their representatives of"
    r"(?:\s+(?:and|or)\s+(?:their\s+)?(?:representatives|delegates|delegations))?"
    r"\s+(?:of|from)\s+(?:the\s+)?"
    # "delegates from 21 Arab countries, including Egypt, ...": the named ones among them
    r"(?:(?:more\s+than\s+|over\s+|some\s+)?[\w-]+\s+(?:[A-Z][\w-]*\s+){0,2}(?:countries|states|nations|members)\s*,?\s*"
    r"(?:including|such\s+as|among\s+them)\s+(?:the\s+)?"
    # "representatives of all ARF participants: Australia, ...", "of all seven Member States of BIMSTEC:
    # A, B": the body's members, listed
    r"|(?:all\s+(?:the\s+)?)?(?:[a-z\d]+\s+)?(?:[A-Z][\w-]*\s+){0,3}(?i:participants|members|member\s+states|countries)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?\s*:\s*(?:the\s+)?"
    # "signed ... by the eight member states of the Arctic Council: Canada, Denmark, ...": the body's members, listed
    r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(?:\s*\([^()]{1,12}\))?\s*:\s*(?:the\s+)?)?"
    # "signed ... by twelve countries including Argentina": the same, with no people named
    r"|\s*(?:more\s+than\s+|over\s+|some\s+)?(?:\d+|[a-z]+)\s+(?:[A-Z][\w-]*\s+){0,2}(?:countries|states|nations)\s*,?\s*"
    r"(?:including|such\s+as|among\s+them)\s+(?:the\s+)?")
# the comma or "and" before the next representative of a list (past the last one's acronym)
NEXT_IN_LIST = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
# "Secretary-General and " of "the Special Representative of the Secretary-General and Head of"
SECOND_OFFICE = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+and\s+")
# "...; and H.E. Hakan Fidan, Minister of Foreign Affairs of": the next envoy in a list set off by semicolons
ENVOY_PART = re.compile(r"\s*;\s*(?:and\s+)?")
ENVOY_PART_END = re.compile(r"\s*(?:;|\.|$)")
# "held in May 2023", "held in Early June": a time, not a place
TIME_WORDS = CALENDAR_WORDS | {"spring", "summer", "autumn", "winter", "early", "late", "mid"}
# "support for Fiji joining", "the prospect of Fiji hosting": a preposition, then who does it
PREPOSITION_THEN_AGENT = re.compile(r"\b(?:for|to|of|about)\s+(?:the\s+)?$")
GERUND_AGENT = re.compile(r"\s+(?:in|for|on)\s+")
# "Cobra Gold began in 1982 as a bilateral exercise between A and B": the event is named before
BEGAN_AS = re.compile(r"\s+(?:began|started|was launched|was founded)\s+(?:in\s+\d{4}\s+)?as\s+(?=an?\s)")
# "joined the SCO as a dialogue partner", "as an observer": no member
JOINED_AS = re.compile(r"(?:\s+\([^()]{1,20}\))?\s+as\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                       r"(?:(?P<partner>partners?)|observers?|guests?)\b", re.IGNORECASE)
# "..., and all of them are members of": a subject other than the sentence's
OTHERS_AS_SUBJECT = re.compile(r"\b(?:all|both|each|some|most|many|none|several|two|three|four|five|six) of them\b|"
                               r"\b(?:these|those) (?:countries|states|nations|members|parties|sides)\b", re.IGNORECASE)
# past tenses without "-ed" that end an object list: "launched Operation Maitri and sent NDRF teams"
IRREGULAR_PAST = frozenset({"sent", "held", "made", "took", "gave", "met", "began", "brought", "built", "spent", "won",
                            "lost", "told", "saw", "went", "came", "became", "left", "kept", "sought", "sold", "bought",
                            "drew", "wrote", "chose", "struck", "stood", "flew"})
# "the Six-Party Talks on the North Korea nuclear issue,": a name inside is a word of the modifier
MODIFIER_PHRASE = re.compile(r"\s+(?:on|of|for|in|under|along|at|against)\s+[^,;.()]{1,60}?(?=,)")
# "supports the efforts of ASEAN countries to establish a ... Zone": the aim is what is supported
EFFORTS_OF = re.compile(r"\befforts\s+of\s+(?:the\s+)?$")
EFFORTS_TO = re.compile(r"\s+(?P<group>(?:member\s+)?(?:countries|states|nations)\s+)?to\s+(?:[a-z]+\s+){0,2}?"
                        r"(?:establish|build|create|set\s+up|form|achieve|realize|realise|implement|conclude)\s+"
                        r"(?:(?:an?|the)\s+)?")
# a grouping one joins as a member, though named as a mechanism: "the Minerals Security Partnership"
MEMBERSHIP_HEAD = re.compile(r"\b(?:Partnership|Coalition|Alliance|Group|Conclave|Club|Union|Community)$")
FOUNDED = re.compile(r"(?:(?:was|were|is|are|been)\s+)?(?:co-)?founded\b")
# the rule suffix of "joined" a name whose class the corpus pass settles: a member of a body, a
# participant in the rest (extract/facts.py)
JOINED_UNSURE = ":joined"
# "is a contracting party to", "are already parties to", "is a signatory to": the words of membership of a text
PARTY_TO = re.compile(r"[\w\s-]{0,40}?\b(?:part(?:y|ies)|signator(?:y|ies))\s+(?:of|to)\b")
# one joins a treaty as a party: "joined the Chemical Weapons Convention" signs it
TREATY_HEAD = re.compile(r"\b(?:Treaty|Convention|Protocol|Pact|Accord|Charter|Covenant)\b")
# "A and B are members of the SCO, as are C and D": the same relation, said again of others
AS_ARE_TOO = re.compile(r",\s+as\s+(?:are|is|were|was|did|do|does|have|has)\s+(?:the\s+)?")
REPEATED_PREDICATES = ("memberOf", "signed", "participatedIn", "supports")
# "the ... Center, which China initiated and which Cambodia and Laos have joined": the body before "which"
WHICH_JOINED = re.compile(r"\bwhich\s+")
JOINED_AFTER_PARTIES = re.compile(r"\s+(?:have|has|had)\s+(?:also\s+|since\s+)?joined\b")
BODY_BEFORE_WHICH = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,\s*(?:which\s[^,;]{1,80}?\s+and\s+)?")
# "welcomed Sweden as NATO's 32nd member": the body owns the word
AS_MEMBER_AFTER = re.compile(r"\s*,?\s+as\s+(?:(?:a|an|the|its)\s+)?(?P<possessor>[^\W\d][\w.-]*(?:\s+[A-Z][\w-]*){0,4})['’]s\s+"
                             r"(?:[\w-]+\s+){0,2}?members?\b")
# "The Comoros attended as chair of the African Union, India as this year's president of the Group of 20":
# a body is chaired by one of its members (the party right before "as", or before the verb it attended with)
AS_CHAIR_OF = re.compile(r"\s*,?\s+(?:(?:attended|participated|took\s+part|joined|was\s+represented|spoke)\s+)?as\s+(?:the\s+)?"
                         r"(?:(?:current|incoming|outgoing|rotating|this\s+year['’]s|[12]\d{3})\s+)?"
                         r"(?:chair|chairman|chairperson|chair\s+country|president)\s+of\s+(?:the\s+)?")
# "Exercise Balikatan 2024, the annual exercise of the AFP and the United States armed forces", "Warrior-VIII,
# a joint counterterrorism exercise with the Pakistan Army": an event described as a gathering of parties
GATHERING_OF_APPOSED = re.compile(r"(?:\s*\([^()]{1,20}\))?[\"”’']?\s*,\s*(?:the|a|an|their|its)\s+(?:[a-z][\w-]*\s+){0,5}?"
                                  r"(?:exercises?|drills?|summit|meeting|talks|war\s*games|manoeuvres|maneuvers|patrols?)"
                                  r"\s+(?:of|among|between|with|involving)\s+")
# before a sentence's subject: "The", or a dateline and "The" ("Vientiane (VNA) – The 31st ...")
OPENING_BEFORE_SUBJECT = re.compile(r"\s*(?:[A-Z][\w .,'’]{0,40}(?:\s*\([A-Za-z]{2,12}\))?\s*[–—-]+\s*)?(?:The\s+)?")
# "attended as chair of the African Union": a role after the verb, then the body it is a role of
AS_ROLE_OF = re.compile(r"\s+as\s+(?:an?\s+|the\s+)?[^,;.()]{0,40}?\s+of\s+(?:the\s+)?")
# "The Philippines has a Visiting Forces Agreement (VFA) with the United States, ..., and a SOVFA with Australia"
HAS_AGREEMENT = re.compile(r"\s+(?:has|have|had|also\s+has)\s+(?:(?:a|an)\s+)?$")
AND_AGREEMENT = re.compile(r",?\s+and\s+(?:a|an)\s+$")
AGREEMENT_WITH = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+with\s+(?:the\s+)?")
AGREEMENT_HEAD = re.compile(r"\b(?:Agreement|Treaty|Pact|Accord|Arrangement|Memorandum of Understanding)\b|\b[A-Z]*(?:A|MOU|MoU)$")
# "support for ASEAN centrality and for the ASEAN Outlook on the Indo-Pacific": the next item after "and for"
AND_FOR_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s*,?\s*and\s+(?:also\s+)?for\s+(?:the\s+)?")
# "the successful hosting by Viet Nam of the 25th APEC Economic Leaders' Meeting", "the hosting of the
# Summit by Laos": who hosted what, said as a noun
HOSTING_BY = re.compile(r"\b(?:co-)?hosting\s+by\s+(?:the\s+)?")
HOSTING_OF = re.compile(r"\b(?:co-)?hosting\s+of\s+(?:the\s+)?")
OF_AFTER_HOSTS = re.compile(r"\s+of\s+(?:the\s+)?")
BY_AFTER_EVENT = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+by\s+(?:the\s+)?")
# "the support of the United States for the Philippines"
SUPPORT_OF = re.compile(r"\bsupport\s+of\s+(?:the\s+)?")
SUPPORT_FOR = re.compile(r"\s+for\s+(?:the\s+)?")
# "China welcomed Japan and hosted": a second verb whose subject is the sentence's, not Japan
VERB_AFTER_AND = re.compile(r"\)?(?:\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?\d{4}"
                            r"|\s+(?:in|on)\s+(?:January|February|March|April|May|June|July|August|September|October|"
                            r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
                            r"\s*,?\s*and\s+(?:(?:also|then|later|jointly|has|have|had|did|does|do|will|would|shall|can|could|to)\s+)?(?:not\s+|never\s+)?")
# "SCO framework,", "the Kremlin's press service,": the phrase's last words
COMMA_AFTER_PHRASE = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}\s*,")
# "..., the 50th anniversary of": a lowercase phrase after a comma whose "of" names what follows
OF_PHRASE_BEFORE = re.compile(r"(?:^|,)\s*the\s+(?:[a-z0-9-]+\s+){1,4}of\s+(?:the\s+)?$")
# "On Yemen, the GCC leaders ...", "As for Myanmar, ASEAN ...": the topic a sentence opens with, no party of it
FRONTED_TOPIC_BEFORE = re.compile(r"(?:^|\n|[.!?:]\s+)(?:On|Regarding|Concerning|As for|As to|With regard to|Turning to)\s+(?:the\s+)?$")
PREPOSITION_BEFORE = re.compile(r"\b(?i:beyond|besides|apart from|like|unlike|except|outside|without|within|under|through|via|"
                                r"according to)\s+(?:the\s+)?$")
# "extended the mandate of the Mission (UNMISS) until 30 April, adopting": a participle of the sentence's subject
PARTICIPLE_CLAUSE = re.compile(r"\)?(?:\s+[^\s,;:()]+){0,6}\s*,\s*")
# "closed the Semipalatinsk nuclear test site and acceded to": the name qualifies an object, then a new verb
# "Germany is Moldova's largest donor and co-founded": a possessor in the first clause, then the next verb
POSSESSED_THEN_VERB = re.compile(r"(?:'s|’s)(?:\s+(?!and\b|or\b)[a-z][\w-]*){1,4}\s*,?\s*and\s+(?:(?:also|then|later|jointly)\s+)?")
# ("assume the ASEAN Chairmanship in 2025 and will host": an office is written with a capital)
QUALIFIED_OBJECT_THEN_VERB = re.compile(r"(?:\s+(?!and\b|or\b)(?:[a-z][\w-]*|Chair(?:manship)?|Presidency)){1,4}"
                                        + VERB_AFTER_AND.pattern)
NEW_CLAUSE = re.compile(r"\b(?:that|which|who|whose|when|where|while|because|if|said|says|but)\b|[;:]")
# "took part in ASEAN meetings": a body qualifying gatherings it does not name
UNNAMED_GATHERINGS_AFTER = re.compile(r"(?:-(?:led|hosted|organi[sz]ed))?\s+(?:[a-z-]+\s+)?(?:meetings?|summits?|"
                                      r"conferences?|exercises?|drills?|activities|events|talks|forums?|sessions?)\b")
# "will represent India at the meeting": an envoy acting for the country named next
REPRESENTS = re.compile(r"\brepresent(?:s|ed|ing)?\s+(?:the\s+)?")
REPRESENTED_AT = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?")
# "welcomed the accession of A and B to the TAC": parties; done only after "welcomed", "following", ...
ACCESSION_OF = re.compile(r"\b[Aa]ccessions?\s+of\s+(?:the\s+)?")
ACCESSION_DONE = re.compile(r"(?i)\b(?:welcomed?|welcomes|welcoming|completed?|completes|approved|celebrated|marked|"
                            r"congratulated|following|after|since|upon|with)\b(?:\s+\w+){0,2}\s+(?:the\s+)?$")
# "the support for the AOIP expressed by external partners, including": who voiced it, named next
SUPPORT_FOR_NAME = re.compile(r"\b[Ss]upport\s+for\s+(?:the\s+)?")
EXPRESSED_BY = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:expressed|voiced|given|extended|shown|offered|reaffirmed)\s+by\s+"
                          r"(?:(?:the\s+)?(?:[a-z]+\s+){0,2}(?:partners|countries|members|states|parties)\s*,?\s*"
                          r"(?:including|such\s+as|namely)\s+)?(?:the\s+)?")
# a lowercase noun right after a name that qualifies it: the noun, not the name, is the verb's object
QUALIFIED_NOUN_AFTER = re.compile(r"\)?\s+(?:charter|statute|secretariat|officials|delegates|delegation|delegations|"
                                  r"member\s+states|member\s+countries|participation|personnel|troops|experts)\b")
# "the (continued) participation of A and B in the EAS"
PARTICIPATION_OF = re.compile(r"\b[Pp]articipation\s+of\s+(?:the\s+)?")
PARTICIPATION_IN = re.compile(r"\s+in\s+(?:the\s+)?")
ACCESSION_TO = re.compile(r"\s+(?:in\s+\d{4}\s+)?(?:to|into)\s+(?:the\s+)?")
# "formed the AES, after signing the Charter": a gerund after a time word has the clause's subject
ADJUNCT_GERUND = re.compile(r"(?:^|[\s,])(?:after|before|while|upon|since)\s+$")
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)\s+")
NOMINAL_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?$")      # "the signing of", "the formal ratification of"
SIGNED_BY_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\))?,?\s+by\s+")
# who welcomes or witnesses a signing is not said to sign
LOOKED_ON_BEFORE = re.compile(r"\b(?:welcom|hail|witness|applaud|prais|celebrat|congratulat|not|commend|attend|urg|await|"
                              r"encourag|call(?:s|ed|ing)? for|push(?:es|ed|ing)? for|seek|sought|block|delay|host|organi[sz]|facilitat|"
                              r"oversaw|overse|observ|announc|mark)(?:e|es|ed|ing|s)?\s+"
                              r"(?:the|its|their)\s+(?:[a-z]+\s+)?$")
# "hosted the summit", "The exercise, co-chaired by": a gathering named before, by its word (not
# "the meeting of foreign ministers", another meeting; not "the Summit Secretariat")
GATHERING_PREDICATES = ("hosted", "coHosted", "participatedIn")
IN_PERSON_PREDICATES = ("signed", "partnerOf", "establishedWith")    # acts done where the parties meet
# "At the Summit, ..." opening a sentence; the comma that closes the gathering's phrase (past its
# acronym and where and when: "At the 5th Summit (RS5) in Suva on 3 May, ...")
FRONTED_AT = re.compile(r"\s*(?:At|During|On the (?:sidelines|margins) of)\s+(?:the\s+)?")
FRONTED_COMMA = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+(?:in|on)\s+[\w ]{1,30}?)?\s*,\s*(?:(?:donors|participants|delegates|"
                           r"leaders|members)\s+(?:including|such\s+as)\s+)?(?:the\s+)?")
AT_GATHERING = re.compile(r"\b(?:at|during|on the (?:sidelines|margins) of)\s+(?:the\s+)?(?:[a-z]+\s+)?$")  # "at the first"
GATHERING_CLASSES = ("Summit", "Conference", "Meeting", "Exercise", "PressConference")   # events that meet somewhere
# a mechanism that is a series of meetings: one hosts it ("the Shangri-La Dialogue, organised by the IISS",
# "the Six-Party Talks, hosted by China"), as one does not host a "Cooperation" or a "Treaty"
ALL_OF_THEM = re.compile(r"\s*,\s*(?:all|both|each)\s+(?:(?:was|were|of\s+them)\s+)?")
WHERE_AFTER = re.compile(r"\s*,\s*where\s")
# a relative clause in commas right before a passive: ", which involved A, B and C, were hosted by"
# (searched up to the passive; or a participle's aside: "Malabar 2024, conducted under the aegis of ..., witnessed")
RELATIVE_BEFORE_PASSIVE = re.compile(r",\s+(?:(?:which|that)\s+[^;:()]{3,200}?|(?:held|led|run|[a-z]+ed)\s+[^;:(),]{3,200}?),\s*$")
# "Xi'an Declaration of the China-Central Asia Summit": a document of the gathering, not the gathering
DOCUMENT_OF = re.compile(r"(?:[\w'’-]+\s+){0,3}(?:Declaration|Statement|Communiqu[eé]|Treaty|Agreement|Convention|"
                         r"Charter|Plan|Resolution|Report|Outcome|Document|Vision|Principles|Guidelines|Code)\s+(?:of|on|for)\b")
FORUM_NAME = re.compile(r"\b(?:Dialogue|Forum|Talks|Consultations|Conference|Symposium|Roundtable|Summit|Meeting)"
                        r"(?:\s+(?:for|on)\s+[A-Z][\w\s,'’-]*)?$")     # "Belt and Road Forum for International Cooperation"
# "the week-long exercise", "that exercise", "this phase" (of an exercise)
# (plurals too: "taking part in the drills"; "this year's edition" is the one the report is about)
_GATHERING_KIND = (r"((?i:summits?|meetings?|(?:(?<=the\s)|(?<=this\s)|(?<=that\s))sessions?|conferences?|exercises?|drills?|forums?|talks|dialogues?|gathering|retreat|"
                   r"consultations|workshops?|seminars?|symposium|phase|edition|manoeuvres|maneuvers|war\s+games))\b")
# ("The Session brought together": a session called back right after "the", not "the opening session" of a summit)
# what may stand between "the" and a gathering's kind: "the week-long ", "this year's "
_CALLED_BACK_WORD = r"(?:[a-z]+(?:-[a-z]+)?\s+|year['’]s\s+)?"
_CALLED_BACK_LEAD = r"(?:the|th(?:is|at))\s+" + _CALLED_BACK_WORD     # "the week-long ", "this ", "that "
_GATHERING = _CALLED_BACK_LEAD + _GATHERING_KIND
DEFINITE_GATHERING = re.compile(r"\s*" + _GATHERING + r"(?!\s+(?:of|between|among|with|on)\b)(?!\s+[\"“'‘]?[A-Z])")
# "Delegations of the regime and the opposition attended the meeting, along with Jordan and Iraq as observers":
# a gathering called back, then the parties named with the unnamed subject
ALONG_WITH_AT_GATHERING = re.compile(r"\b(?:attended|took\s+part\s+in|participated\s+in|joined)\s+"
                                     r"(?P<phrase>(?:the|this)\s+(?:[a-z-]+\s+)?" + _GATHERING_KIND + r")"
                                     r"\s*,\s*(?:along|together)\s+with\s+(?:the\s+)?")
# "co-hosted the exercise with China": the partner after it, not a meeting with someone
CO_HOSTED_GATHERING = re.compile(r"\s*" + _GATHERING + r"(?!\s+(?:of|between|among|on)\b)(?!\s+[\"“'‘]?[A-Z])")
EDITION_IN_PHRASE = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|previous|"
                               r"upcoming|following|\d+(?:st|nd|rd|th))\s", re.IGNORECASE)
OTHER_EDITION = frozenset({"next", "previous", "upcoming", "following"})
# "participating countries are", "taking part alongside the United States are": no gathering named there
# "this year", "in 2024": when a gathering's parties took part, said after the word for them
_WHEN_PHRASE = r"(?:(?:this|last|next)\s+year|in\s+(?:19|20)\d\d)"
PARTY_NOUN = re.compile(r"\s+(?:countries|nations|states|navies|armies|air\s+forces|forces|militaries|delegations|"
                        r"members|partners|governments|contingents|teams|economies)"
                        rf"(?:\s+{_WHEN_PHRASE})?")     # "Participating nations this year are"
BESIDE_PARTY = re.compile(r"\s+(?:alongside|besides|beside|together\s+with|in\s+addition\s+to)\s+((?:the\s+)?(?-i:[A-Z]).{0,60})")
WHEN_ONLY = re.compile(rf"\s*{_WHEN_PHRASE}")
# "taking part are A and B", "taking part in the drill were": the parties after "be"
# ("Among the delegations present in Victoria Falls were those of A, B and C")
PARTIES_AFTER_BE = re.compile(r"(?P<what>[^,;:.()]{0,80}?)\s+(?P<be>are|were|will\s+be|include|included)\s+(?:those\s+of\s+)?(?:the\s+)?")
MEMBERS_NOUN = re.compile(r"\s+(?:participants|members|member\s+states|member\s+countries)\s+")
# "The exercise, co-chaired by"
DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]h(?:is|at))\s+" + _CALLED_BACK_WORD + _GATHERING_KIND)
# "took part in this phase with Rafale fighters": an exercise taken part in with what was sent (not a meeting with someone)
EXERCISE_WITH = re.compile(r"\s*" + _CALLED_BACK_LEAD + r"((?i:exercise|drill|phase))\b"
                           r"(?!\s+(?:of|between|among|on)\b)(?=\s+with\s+(?:[\d,]+\s+|[a-z]|(?:[A-Z][\w-]*\s+){1,3}"
                           r"(?:fighters?|jets?|aircraft|ships?|warships?|frigates?|destroyers?|helicopters?|tanks?|"
                           r"troops|personnel|units?|teams?)\b))")
# the verbs of "hosted" that say an event took place, not who hosted it: "held the talks with Japan"
HELD_VERB = re.compile(r"(?:held|holds?|holding|conduct(?:ed|s|ing)?|stag(?:ed|es|ing|e))\b", re.IGNORECASE)
# (the list reader links a partner by "with", "together with", "along with" or "jointly with" only)
JOINTLY_WITH = re.compile(r"\b(?:together|jointly)\s+with\b")
EVENT_HEAD_END = re.compile(r"\s(?:of|on|for|in|along|to|among|between|against|at)\s")


@lru_cache(maxsize=1)
def passive_gap() -> re.Pattern:
    """What may stand between an event's name and a passive trigger ("held in", "hosted by"): a short
    aside in brackets ('Meeting ("2+2") was held in'), its closing quote, a comma, the kind of
    exercise with up to two modifiers ('the "Joint Sea-2019" exercise was held in', 'Komodo 2023
    multilateral naval exercise hosted by', "Exercise Malabar, the four-nation drill involving"; the
    name rules' exercise words) or of mechanism ('the "Shanghai Five" mechanism created by', "the Shangri-La
    Dialogue, the annual security forum organised by"), an unnamed apposition
    ("the Accra Initiative, a security mechanism of coastal states launched by"; "the summit, the
    first in four years, was hosted by"), what it was ("IFR 2026 was the second fleet review hosted by"), a relative
    pronoun, auxiliaries ("would be")."""
    kinds = "|".join(sorted(map(re.escape, default_rules().exercise_words)))
    return re.compile(
        r"(?:\s*\([^()]{1,30}\))?"
        # 'The three-day forum, themed "Building a New Type of Security Partnership", is co-hosted by'
        r"(?:\s*,\s*(?:themed|titled|entitled)\s+[\"“][^\"“”]{1,200}[\"”]\s*,?)?" + r"[\"”'’]?\s*[,:]?\s*"   # ("- X 2019: held at")
        rf"(?:(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+){{0,2}}(?:and\s+[a-z-]+\s+)?(?:{kinds}|mechanism|framework|format|grouping|process|"
        r"forum|summit|conference|dialogue|meeting|symposium|platform)\s*,?\s+)?"
        r"(?:an?\s+(?:[a-z-]+\s+){1,7})?(?:the\s+(?:[a-z-]+\s+){0,8}[a-z-]+\s*,\s*)?(?:(?:which|that)\s+)?"
        # "IFR 2026 was the second fleet review hosted by": what it was, then the passive
        r"(?:(?:is|was)\s+the\s+(?:[a-z-]+\s+){1,4})?"
        r"(?:(?:was|were|is|are|will|would|shall|should|could|can|may|might|must|to|has|have|had|be|been|being|"
        r"also|first|later|then|now|successfully|jointly)\s+){0,4}")


@lru_cache(maxsize=1)
def gathering_kind() -> re.Pattern:
    """The kind of exercise after its name, with up to two modifiers ("joint counter-terrorism exercise")."""
    kinds = "|".join(sorted(map(re.escape, default_rules().exercise_words)))
    return re.compile(rf"[\"”'’]?\s+(?:[a-z-]+\s+){{0,2}}(?:{kinds})\b")


def gathering_called_back(text: str, start: int, pos: int) -> re.Match | None:
    """"The exercise, co-chaired by", "The summit brought together": the gathering called back by its
    kind between ``start`` and ``pos``, with only what ``passive_gap`` allows after it."""
    return next((d for d in DEFINITE_BEFORE.finditer(text, start, pos) if passive_gap().fullmatch(text, d.end(), pos)), None)


class LexiconError(ValueError):
    """A line of a lexicon file that is not what the rules expect."""


@dataclass(frozen=True)
class Trigger:
    id: str
    predicate: str
    kind: str
    pattern: str
    objects: frozenset[str] = frozenset()   # the classes its object may have, when fewer than its predicate's


@dataclass(frozen=True)
class M:
    """A mention inside the rules: offsets, class, and the fixed key of a pseudo-mention."""

    start: int
    end: int
    label: str
    text: str
    key: str | None = None
    pseudo: bool = False

    def ref(self) -> MentionRef:
        return MentionRef(self.start, self.end, self.key if self.pseudo else None)


@dataclass
class Facts:
    relations: list[FoundRelation] = field(default_factory=list)
    events: list[FoundEvent] = field(default_factory=list)
    places: list[Span] = field(default_factory=list)


def _jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise LexiconError(f"{path}:{n}: expected a JSON object but got: {line[:80]!r} ({error})") from None
    return rows


@lru_cache(maxsize=None)
def load_triggers(path: Path = TRIGGERS_FILE) -> tuple[Trigger, ...]:
    triggers = []
    for row in _jsonl(path):
        trigger = Trigger(row.get("id", ""), row.get("predicate", ""), row.get("kind", ""), row.get("pattern", ""),
                          frozenset(row.get("objects", ())))
        if trigger.predicate not in PREDICATES or trigger.kind not in KINDS or not trigger.pattern \
                or not trigger.objects <= OBJECTS.get(trigger.predicate, set()):
            raise LexiconError(f"{path}: expected a predicate in {PREDICATES}, a kind in {KINDS}, a pattern and "
                               f"objects among the predicate's classes, but got: {row}")
        triggers.append(trigger)
    return tuple(triggers)


@lru_cache(maxsize=None)
def _trigger_regex(path: Path = TRIGGERS_FILE) -> Alternation:
    """Every trigger as one alternation; ``finditer`` tries at each word only the triggers that
    can begin with its first letter (same matches as the plain regex, a fraction of the work)."""
    parts = [f"(?P<t{i}>{t.pattern})" for i, t in enumerate(load_triggers(path))]
    return Alternation(parts, prefix=r"(?<![\w-])", suffix=r"(?![\w-])", flags=re.IGNORECASE)


def country_adjectives() -> dict[str, str]:
    return default_rules().country_adjectives      # read once, with the name rules that also need them


# "the Chinese government": every such phrase holds one of these words, as written
PSEUDO_HEADS = ("government", "side", "leadership", "authorities", "state", "people", "military", "armed forces",
                "navy", "army", "delegation", "governments", "sides", "militaries", "navies", "armies", "delegations",
                "police", "coast guard", "coast guards", "air force", "air forces", "troops")


# "Chinese (Vice) Foreign Minister" right before a person's name: the country's adjective and the office
OFFICE = (r"(?:(?:Vice|Deputy|Prime|Foreign|Defen[cs]e|State|Senior|Special|Permanent|Executive|Assistant|National|"
          r"Security|Home|Interior|Trade|Finance|Commerce|Public|Chief|First|Crown)\s+){0,3}"
          r"(?:Minister|President|Premier|Ambassador|Envoy|Representative|Councilor|Councillor|Spokesperson|Spokesman|"
          r"Spokeswoman|Secretary|Chancellor|King|Queen|Prince|Emir|Sultan|Admiral|General|Advisor|Adviser)")
# "Chinese President Xi Jinping", "Fijian Prime Minister and Foreign Minister Frank Bainimarama"
TITLED_BY_COUNTRY = re.compile(rf"(?P<adjective>[A-Z][a-z]+)\s+{OFFICE}(?:\s+and\s+{OFFICE})?\s+$")
# "President of Kazakhstan Kassym-Jomart Tokayev": the office, then the country it is of
OFFICE_OF = re.compile(rf"\b{OFFICE}(?:\s+and\s+{OFFICE})?\s+of\s+(?:the\s+)?$")
# "Prime Minister Anthony Albanese of Australia", "President Joseph R. Biden of the United States",
# "President Luiz Inácio Lula da Silva of Brazil": the office, the holder's name, then the country
NAME_PARTICLE = r"(?:da|de|do|dos|das|di|du|del|della|van|von|der|den|ter|bin|binti|bint|ibn|al|el|la|le|y)"
OFFICE_NAME_OF = re.compile(rf"\b{OFFICE}\s+(?:(?:[A-Z][\w'’.-]*|{NAME_PARTICLE})\s+){{0,5}}[A-Z][\w'’-]+,?\s+of\s+(?:the\s+)?$")
# "H.E. Mr. Gilberto Teodoro Jr., Secretary of National Defense of the Republic of the Philippines": the holder,
# the office and its portfolio, then the country
HOLDER_THEN_OFFICE_OF = re.compile(
    rf"(?:(?:H\.E\.|Hon\.?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)*(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]+,\s+{OFFICE}"
    rf"(?:\s+(?:for|of)\s+(?:[A-Z][\w-]*\s+(?:and\s+|&\s+)?){{0,4}}[A-Z][\w-]*)?\s+of\s+(?:the\s+)?$")
# "China's Foreign Minister Wang Yi", "Japan's Defence Minister": the country's office after its possessive
POSSESSED_OFFICE = re.compile(rf"['’]s\s+{OFFICE}(?:\s+and\s+{OFFICE})?\b(?![-'’])")
PERSON_NAME = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]+(?=[\s,;.]|$)")
# up to four capitalised words, a lowercase particle between two of them: "Dar es Salaam", "Rio de Janeiro"
HEADLINE_PREPOSITIONS = frozenset({"With", "In", "At", "On", "For", "From", "To", "As", "After", "Amid"})
PLACE_WORDS = re.compile(r"\s*([A-Z][\w'-]+(?:\s+(?:(?:%s)\s+)?[A-Z][\w'-]+){0,3})" % "|".join(sorted(PLACE_PARTICLES)))
# a person's name and a comma before an office in apposition: "Wang Yi, China's Foreign Minister, ..."
APPOSED_HOLDER = re.compile(r"(?:(?<=^)|(?<=[\s(]))(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+,\s+$")
NAME_PARTICLES = re.compile(r"(?:\s+(?:bin|ibn|al|el|van|von|de|da|di)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})+")


@lru_cache(maxsize=None)
def _adjective_regex() -> re.Pattern:
    """'the Chinese government'; 'the Chinese and Malaysian armed forces' (group ``pairs``: the
    adjectives before the last, each a country of its own)."""
    names = _adjective_alternation()
    return re.compile(r"(?=[A-Zt])\b(?:the\s+)?(?P<pairs>(?:(?:%s)(?:\s*,\s*|\s*,?\s+and\s+))*)(%s)\s+(?:%s)\b"
                      % (names, names, "|".join(PSEUDO_HEADS)))


MAX_NAME_CHARS = 250       # no name in a text runs longer


@lru_cache(maxsize=None)
def _capital_first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in capital_countries())


@lru_cache(maxsize=None)
def _capital_regex() -> re.Pattern:
    """A capital acting for its country: not where something is ("in Beijing", "Moscow-based"), not
    a word of a longer name ("Washington Post", "Beijing Declaration"), not a dateline ("Beijing, May 5")."""
    names = "|".join(sorted(map(re.escape, capital_countries()), key=len, reverse=True))
    months = "|".join(w.capitalize() for w in CALENDAR_WORDS if len(w) > 2)
    return re.compile(rf"(?<!\bin )(?<!\bat )(?<!\bto )(?<!\bfrom )(?<!\bnear )(?<!\bof )(?<![\w-])"
                      rf"({names})(?![\w-])(?!\s+[A-Z0-9])(?!,?\s+(?:{months})\b)(?!,\s+[A-Z][\w.]*,)")


@lru_cache(maxsize=None)
def _pseudo_head_regex() -> re.Pattern:
    return re.compile(r"\b(?:%s)\b" % "|".join(PSEUDO_HEADS))


@lru_cache(maxsize=None)
def _one_adjective() -> re.Pattern:
    return re.compile(r"\b(%s)\b" % _adjective_alternation())


def _adjective_alternation() -> str:
    """The country adjectives as a regex alternation, longest first ("South Korean" before "Korean")."""
    return "|".join(re.escape(n) for n in sorted(country_adjectives(), key=len, reverse=True))


@lru_cache(maxsize=None)
def event_classes() -> tuple[tuple[str, str, str | None], ...]:
    return tuple((row["head"], row["class"], row.get("category")) for row in _jsonl(EVENT_CLASSES_FILE))


# ---------------------------------------------------------------- the words between mentions

def _words(gap: str) -> list[str]:
    return re.findall(r"[\w'’-]+", gap)


DATED_GAP_REST = re.compile(r"(?:\s*\b(?:also|jointly|formally|officially|successfully|again|then|finally|first|"
                            r"has|have|had|was|were|is|are|will|would)\b)*\s*")


@lru_cache(maxsize=None)
def _date_phrase() -> re.Pattern:
    """"on Friday", "in May 2024", "on 5 May", "on May 5, 2024": when, between a subject and its verb."""
    names = "|".join(sorted((w.capitalize() for w in CALENDAR_WORDS if len(w) > 2), key=len, reverse=True))
    return re.compile(rf"\b(?:on|in|since|early|late)\s+(?:\d{{1,2}}\s+)?(?:{names})\b\.?(?:\s+\d{{1,2}}\b)?(?:,?\s+\d{{4}}\b)?")


def _subject_gap(gap: str) -> bool:
    """Only a few plain words (auxiliaries, adverbs) between a subject and its verb."""
    gap = AMONG_OTHERS.sub(" ", gap, count=1)       # "A and B, among others, have acceded"
    if re.search(r"[;:()\[\]?!.]", gap):
        return False
    possessed = _words(gap[2:]) if gap.startswith(("'s ", "’s ")) else []
    if possessed and not any(w in PSEUDO_HEADS for w in possessed):
        # "North Korea's missile launches": a possessor; but "the Quad's support for" (the trigger
        # is its noun) and "Russia's navy joined" are said of it
        return False
    stripped = MEMBERS_OF_BODY.sub("", gap, count=1).strip(" ,")     # "the EU and ASEAN Member States signed"
    if "," in stripped:
        return False
    undated = _date_phrase().sub(" ", stripped)      # "China on Friday signed", "China on 5 May 2024 formally signed"
    if undated != stripped:     # but not "(ECOWAS) in January 2024 and formed": its object, then a new verb
        return DATED_GAP_REST.fullmatch(undated) is not None
    words = _words(stripped)
    if len(words) > MAX_GAP_WORDS or any(w[0].isupper() for w in words):
        return False
    if REPORTED_SUBJECT.search(stripped):
        return False        # "the European Council said the bloc fully supports": the bloc supports
    return not any(w.casefold() in CLAUSE_WORDS for w in words)


def _city_then_object(text: str, pos: int, start: int) -> bool:
    """Whether ``text[pos:start]`` is a city the act took place in, then "the": "signed in Beijing the
    Beijing Declaration" (the name after it is the verb's object)."""
    where = CITY_BEFORE_OBJECT.match(text, pos, start)
    return where is not None and where.group(1) in place_names() and re.fullmatch(r"\s+the\s+", text[where.end():start]) is not None


def _object_gap(gap: str) -> bool:
    """A determiner and a few words between a trigger and its first object: "the efforts of",
    "the Russian" ("joined the Russian Vostok-2018 exercise"). Not where or within what the act
    took place: "launched at the Summit", "held talks during the Forum", "founded under the Act"."""
    if re.search(r"[;:()\[\]?!.,]", gap) or CIRCUMSTANCE.search(gap):
        return False
    if re.search(r"\b(?:between|among|amongst)\s+(?:the\s+)?$", gap):
        return False        # "took part in consultations between ASEAN and ...": a party to them, not the object
    if re.search(r"\b(?:alongside|outside|beyond)\b", gap):
        # "took part in the sea phase alongside Indian Navy units": a partner, not the object;
        # "conduct training outside the FPDA framework": not within it
        return False
    if SUBORDINATE.search(gap) or SECOND_VERB.search(gap) or LEAVING.search(gap) or NEGOTIATED.search(gap) \
            or AS_CLAUSE.search(gap):
        return False        # "a grouping formed in 1996 when China ... signed", "adopted a resolution and
        # requested the Mechanism to": a clause of its own; "concluded a round of negotiations on a
        # new Agreement": the round is concluded, not the agreement
    words = _words(gap)
    return len(words) <= MAX_OBJECT_GAP_WORDS and not any(
        w[0].isupper() and w != "The" and w not in country_adjectives() for w in words)


def _object_gap_or_kind(gap: str) -> bool:
    """:func:`_object_gap`, or the kind of exercise the name after a comma gives ("launched their
    first trilateral exercise, Freedom Edge")."""
    kind = _exercise_apposition().fullmatch(gap)
    return _object_gap(kind.group(1) if kind else gap) or EXAMPLES_AFTER_KIND.fullmatch(gap) is not None


@lru_cache(maxsize=1)
def _exercise_apposition() -> re.Pattern:
    kinds = "|".join(sorted(map(re.escape, default_rules().exercise_words)))
    return re.compile(rf"(\s.*\b(?:{kinds})),\s*(?:the\s+)?")


def _linked(text: str, a: M, b: M) -> str | None:
    """How mention ``b`` follows ``a`` in a list: "list", "with", "modifier", "alias" or None."""
    gap = text[a.end:b.start]
    if re.fullmatch(r"\s*\(\s*", gap):
        return "alias"
    gap = THEME.sub("", CLOSING_MARK.sub("", gap))
    kind = None
    if b.start - a.end < 160 and " " in gap:
        # "Cooperation-2024 joint counter-terrorism exercise with Egypt": the kind of exercise after its name
        kind = _kind_of_exercise().match(gap)
        gap = gap[kind.end():] if kind else gap
    # "the Six-Party Talks on the North Korea nuclear issue, the Xiangshan Forum": skip the modifier, and
    # after the kind of exercise its partners: '"Joint Sea-2016" joint maritime exercise with the Russian
    # Navy off Qingdao, the ...'
    modifier = re.match(r"^\s+(?:on|of|for|in|under|along|at|against%s)\s+[^,;.()]{1,%d}?(?=,)"
                        % (("|with|off", 90) if kind else ("", 60)), gap)
    # (a phrase of names and a few words: "in June 2024 includes a mutual defense clause" is a clause)
    if modifier and (kind or sum(1 for w in re.findall(r"\b[a-z][\w-]*", modifier.group())
                                 if w not in FUNCTION_WORDS) <= 3):
        gap = gap[modifier.end():]
        if re.fullmatch(r"\s+in\s+(?:[A-Z][\w'’.-]*\s*)+", modifier.group()) and re.fullmatch(r"\s*,\s*", gap):
            return None     # "hosted by the United States in Wilmington, Delaware": the place's state, no item
    dated = DATE_AFTER_ITEM.match(gap)
    if dated and a.label == b.label != "Country" and re.fullmatch(r"\s*,?\s*(?:and|as well as)\s+(?:the\s+)?", gap[dated.end():]):
        return "list"       # "the 30th ASEAN Summit in April and the 31st ASEAN Summit in November"
    if re.fullmatch(r"(?:\s+(?:treaty|agreement|pact|accord|deal|memorandum))?"     # "the Falepili Union treaty with"
                    r"\s*(?:,\s*)?(?:together |along |jointly )?with\s+(?:the\s+)?", gap):
        return "with"
    if re.fullmatch(r"\s*,?\s*and" + EXAMPLES_AFTER_KIND.pattern, gap):
        return "list"       # "the African Union and sub-regional organizations such as ECOWAS"
    if MODIFIER_LINK.fullmatch(gap):
        return "modifier"
    if LEADER_OF_LINK.fullmatch(gap) and b.label == "Country" and a.label in ("Country", "Organisation"):
        return "list"
    if KINDS_OF_NATIONS_LINK.fullmatch(gap) and b.label == "Country" and a.label == "Country":
        return "list"       # "NATO allies A and B, as well as partner nations C and D"
    if ENVOYS_FROM_LINK.fullmatch(gap) and (b.label == "Country" or b.label == "Organisation" and a.label in AGENTS):
        # "A and B, as well as senior delegations from the UAE and Oman", "..., along with representatives of the EU"
        return "list"
    if MEMBERS_INCLUDING_LINK.fullmatch(gap) and b.label == "Country" and a.label == "Organisation":
        return "list"       # "brought together GCC leaders including Qatar's Emir": the body, then its members named
    if not re.search(r",|\band\b|\bor\b|&|\bas well as\b|\bplus\b", gap):
        return None
    if AND_FOR_AFTER.fullmatch(gap):
        # "support for the 2050 Strategy and for the FFA", "for ASEAN centrality and for the AOIP": the
        # preposition said again
        return "list"
    if not LIST_LINK.fullmatch(gap) or re.search(r"\b(?:which|who|whose|where|when)\b", gap):
        return None     # ", which chairs the", ", where the": a relative clause, not the next item
    if re.search(r"\b(?:in|at|on|to|from|by|for|into|near|since|against|over)\s+(?:the\s+)?$", gap):
        return None     # ", met again in Kazakhstan": a preposition's object, not the next item
    if re.search(r"\bto\s+[a-z]+\s+(?:the\s+)?$", gap):
        return None     # "at the initiative of Brazil, to keep the South Atlantic": an infinitive's object
    if re.search(r"\bof\s+(?:the\s+)?$", gap) and text.startswith(("'s", "’s"), b.end):
        return None     # "co-hosted by A and B in Helsinki, and the launch of NATO's Baltic Sentry": whose it is, no item
    if re.search(r"\bof\s+(?:the\s+)?$", gap) and not re.search(r"\b(?:and|or|as well as|plus)\b|&", gap):
        return None     # "Indonesia, the chair of ASEAN,": an apposition ("..., and the work of the OPCW" is an item)
    if any(w.endswith("ed") and w not in ("related", "based", "led") or w in REPORTING_VERBS or w in IRREGULAR_PAST
           or w in SUBJECT_PRONOUNS for w in _words(gap)):
        return None     # "the UN, Fu Cong, said China supports", "and sent NDRF teams": a verb, not a list
    if AS_DID_TOO.search(gap):
        return None     # "support for the Agreement, as did Pakistan": another subject (rule as-are-too)
    return "list"


@lru_cache(maxsize=1)
def kind_of_body() -> re.Pattern:
    """Between an exercise's name and the body it belongs to: "Peace Mission 2018 counter-terrorism
    exercise of the Shanghai Cooperation Organization was held in"."""
    kinds = "|".join(sorted(map(re.escape, default_rules().exercise_words)))
    return re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{kinds})\s+of\s+(?:the\s+)?")


@lru_cache(maxsize=1)
def _kind_of_exercise() -> re.Pattern:
    kinds = "|".join(sorted(map(re.escape, default_rules().exercise_words)))
    return re.compile(rf"^\s*(?:[a-z][\w-]*\s+){{0,3}}(?:{kinds})\b(?=\s*(?:,|and\b|with\b|together\b|along\b))")


def _opens_with_body(text: str, start: int, pos: int) -> bool:
    """Whether the sentence at ``start`` is, up to ``pos``, a body called back by what it is: "The
    six-member bloc"."""
    opening = OPENING_BODY.match(text, start)
    return opening is not None and not text[opening.end():pos].strip()


def _in_brackets(text: str, m: "M") -> bool:
    """Whether ``m`` stands alone in brackets, as an acronym after its long form: "... Center (ADRC)"."""
    return text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")"


# a short form in brackets right before a passive: " (16th ARF ISM on CTTC)" of "... (16th ARF ISM on CTTC) was held in"
SHORT_FORM_BEFORE = re.compile(r"\s*\([^()]{1,40}\)(?P<rest>[^()]*)$")


def _mention_of(span: Span, text: str) -> M:
    """A labelled span (outer or nested) as the rules' mention; ``text`` is the document's text."""
    return M(span.start_char, span.end_char, span.label_, text[span.start_char:span.end_char], span.kb_id_ or None)


def _acronym_brackets(text: str, m: "M") -> tuple[int, int] | None:
    """Where the brackets around ``m`` open and end, when they hold ``m`` alone ("(18th ADMM)") or one
    word with it in ("(ADRC)", "(JWG-DOC)"); else None."""
    if _in_brackets(text, m):
        return m.start - 1, m.end + 1
    opening = text.rfind("(", max(0, m.start - 15), m.start + 1)
    closing = text.find(")", m.end, m.end + 15)
    if opening < 0 or closing < 0 or re.search(r"[\s()]", text[opening + 1:closing]):
        return None
    return opening, closing + 1


def _standing_for(country: M) -> M:
    """A country's mention standing for the country wherever the text means it without naming it."""
    return M(country.start, country.end, "Country", country.text, country.key, pseudo=True)


def _document_pair(ranked: list[list[M]]) -> list[M]:
    """The two countries a bilateral document is about ("India-Viet Nam Joint Statement ... The two
    sides agreed"): the two named most often (``ranked``: each country's mentions, the most named
    first), when each is named at least twice and a third country is named less than half as often
    as the second; none otherwise."""
    first, second, third = (ranked + [[], [], []])[:3]
    if len(second) < 2 or 2 * len(third) >= len(second):
        return []
    return [_standing_for(first[0]), _standing_for(second[0])]


def _passive_predicate(trigger: Trigger, agents: list[M]) -> str:
    """"hosted by A and B": two hosts co-host."""
    return "coHosted" if trigger.predicate == "hosted" and len(agents) > 1 else trigger.predicate


def _listed_only(text: str, items: list[M]) -> list[M]:
    """``items`` up to the first that is no next item of a plain list (a comma, "and", "the" between):
    a group read on past a clause ("A, B and C, fights D") ends before it."""
    return items[:next((k for k in range(1, len(items)) if not LIST_GAP.fullmatch(text, items[k - 1].end, items[k].start)),
                       len(items))]


def _group_left(text: str, mentions: list[M], pos: int, lower: int, classes: set[str], *,
                gap_ok=_subject_gap) -> list[M]:
    """The coordinated mentions that end just before ``pos``: "China, Afghanistan and Pakistan"."""
    before = [m for m in mentions if lower <= m.start and m.end <= pos]
    if not before:
        return []
    last = before[-1]
    container = next((m for m in reversed(before[:-1]) if m.start <= last.start and last.end < m.end), None)
    if container is not None and VERB_AFTER_AND.fullmatch(text, container.end, pos):
        return []       # "abides by the one-China principle and supports": the name nested in the object is none
    gap = text[last.end:pos]
    if VERB_AFTER_AND.fullmatch(gap) or last.label == ANY and QUALIFIED_OBJECT_THEN_VERB.fullmatch(gap):
        return []       # "China welcomed Japan and hosted": a second verb of the subject before, not Japan's
    if _in_brackets(text, last):
        gap = gap[1:]       # "the Asian Disaster Reduction Center (ADRC) supported": the acronym closes the name
    if last.label == "Country" and len(before) > 1 and before[-2].label == "Organisation" and gap_ok(gap):
        body_of = re.fullmatch(r"(\)?)\s+of\s+(?:the\s+)?", text[before[-2].end:last.start])
        if body_of:     # "the Royal Air Force (RAF) of the United Kingdom participated": the force, not its country
            return _group_left(text, mentions, before[-2].end + len(body_of.group(1)), lower, classes, gap_ok=gap_ok)
    along = ALONG_WITH_ASIDE.fullmatch(gap)
    if along:       # "personnel from A and B, along with 500 pieces of equipment, took part": no party in it
        gap = along.group("rest")
    aside = UNNAMED_APPOSITION.search(text, max(lower, pos - 160), pos) if "," in gap or last.label == ANY else None
    if aside is None and re.match(r"\s+(?:-|–|—|--)\s", gap):
        aside = DASHED_APPOSITION.search(text, max(lower, pos - 160), pos)
    if aside and gap_ok(aside.group("rest")) and (aside.group("role") or  # "Laos, as ASEAN chair, hosted"
                                                 not [m for m in before if m.start >= aside.start() and m.label != ANY
                                                      and _is(m, classes) and not text.startswith(("'s", "’s"), m.end)]):
        # "A and B, the alliance's two Indo-Pacific partners, attended": an aside naming no party
        return _group_left(text, mentions, aside.start(), lower, classes, gap_ok=gap_ok)
    if not _is(last, classes) or not gap_ok(gap):
        return []
    group = [last]
    for m in reversed(before[:-1]):
        if INSIDE_THEME.search(text, max(0, m.start - 80), m.start):
            break
        link = _linked(text, m, group[0])
        if link == "alias" and _is(m, classes):
            if PREPOSITION_BEFORE.search(text, max(0, m.start - 16), m.start) and len(group) > 1:
                group = group[1:]       # "Within the Shanghai Cooperation Organization (SCO), China": no party
                break
            group[0] = m        # the long form before its acronym
            continue
        gap = text[m.end:group[0].start]
        if PREPOSITION_BEFORE.search(text, max(0, m.start - 16), m.start) \
                or FRONTED_TOPIC_BEFORE.search(text, max(0, m.start - 20), m.start) \
                or AS_MEMBER_OF_BEFORE.search(text, max(0, m.start - 50), m.start) \
                or "," in text[m.end:group[0].start] and INSIDE_RELATIVE.search(text, max(lower, m.start - 120), m.start) \
                and not (link == "list" and RELATIVE_OPENS_LIST.search(text, max(lower, m.start - 20), m.start)):
            # (but "the Initiative, which A, B and C launched": the list is the clause's subject)
            # "Beyond ASEAN, Singapore participates", "On Yemen, the GCC leaders reaffirmed", "As a member of the
            # Council, Fiji supports",
            # "the GCTF, which was launched in New York in 2011, China has": the phrase before is no party
            break
        if link == "list" and len(group) == 1 and OF_PHRASE_BEFORE.search(text, max(lower, m.start - 60), m.start) \
                and re.fullmatch(r"\s*,\s*(?:the\s+)?", text[m.end:group[0].start]):
            # (not "In 2006, the foreign ministers of A, B and C signed": the list goes on)
            break       # "In 2017, the 50th anniversary of ASEAN, the Philippines hosted": an aside on the date
        if _is(m, classes) and (link in ("list", "with") or re.fullmatch(r"\s*,\s*(?:together|along) with\s+", gap)):
            if link == "list" and _words(gap) and not re.search(r"\band\b|\bor\b|,|\bwith\b", gap):
                break
            group.insert(0, m)
        else:
            break
    if text[last.end:pos].strip() == ",":
        # "Finland and Sweden, members of the EU but not of NATO, joined": the subject stands before the aside
        aside = APPOSITION_BEFORE.search(text, lower, group[0].start)
        if aside and not re.search(r"\bincluding\s+(?:the\s+)?$", aside.group()):
            return _group_left(text, mentions, aside.start(), lower, classes, gap_ok=gap_ok) or group
        # ("Twenty-nine countries, including Japan, took part": the parties named are those included)
    return group


def _before_next_clause(text: str, items: list[tuple[M, str]], upper: int) -> list[tuple[M, str]]:
    """``items`` without the parties that open the next clause: "conducted Exercise Varuna, and
    the Royal Australian Navy hosted ...", "joined NATO, and Sweden joined ..." (the next verb at
    ``upper``)."""
    if not items or not _is(items[-1][0], AGENTS) or not _subject_gap(text[items[-1][0].end:upper]):
        return items
    for k in range(len(items) - 1, 0, -1):
        if not _is(items[k][0], AGENTS):
            break
        if NEXT_CLAUSE.search(text, items[k - 1][0].end, items[k][0].start):
            return items[:k]
    return items


def _exercise_partners(text: str, exercise: M, m: M) -> bool:
    """Whether ``m`` is named in the phrase after an exercise's kind that says with whom or where it
    was held ('"Peace Mission-2016" joint counter-terrorism exercise with the armed forces of SCO
    member states in Kyrgyzstan')."""
    gap = CLOSING_MARK.sub("", text[exercise.end:m.start])
    kind = _kind_of_exercise().match(gap) if len(gap) < 160 else None
    return kind is not None and re.fullmatch(r"\s+(?:with|in|off)\s+[^,;.()]*", gap[kind.end():]) is not None


def _list_right(text: str, mentions: list[M], pos: int, upper: int, *,
                first_gap=_object_gap_or_kind) -> list[tuple[M, str]]:
    """The list of mentions after ``pos``: each with how it joins the list ("first", "list", "with"),
    countries named by an office among them ("hosted by Prime Minister Kishida of Japan")."""
    after = [m for m in mentions if m.start >= pos and m.end <= upper]
    lead = None     # the words before the first modifier skipped
    while after and (led := LED_AFTER.match(text, after[0].end)):
        # "supports the ASEAN-led mechanisms, including": who leads them is no object; "membership in the
        # Bahrain-based Combined Maritime Forces": the gap to the object is read without the modifier
        if lead is None:
            lead = text[pos:after[0].start].rstrip()
        after, pos = after[1:], led.end()
    if not after:
        return []
    gap = text[pos:after[0].start] if lead is None else lead + text[pos:after[0].start]
    if len(after) > 1 and (after[1].label == "Mechanism" or after[0].label == "Country" and after[1].label == "Organisation") \
            and re.fullmatch(r"['’]s\s+", text[after[0].end:after[1].start]):
        after = after[1:]       # "support for China's Belt and Road Initiative", "for Tonga's National Emergency
        # Management Office": what it owns is the object
    link = "with" if re.fullmatch(r"\s*(?:together |along |jointly )?with\s+(?:the\s+)?", gap) else "first"
    if link == "first" and not first_gap(gap):
        return []
    items = [(after[0], link)]
    anchor, modifying = after[0], False
    for m in after[1:]:
        inside = MODIFIER_PHRASE.match(text, anchor.end) if not DATE_AFTER_ITEM.match(text, anchor.end) else None
        if inside and m.end < inside.end() and re.fullmatch(r"\s+[a-z][\w\s-]*", text[m.end:inside.end()]):
            continue        # "the Six-Party Talks on the North Korea nuclear issue, the ...": a word of the modifier
        if INDEFINITE_APPOSITION.fullmatch(text, anchor.end, m.start):
            break       # "the IISS, a British think tank": what the item is, not another item
        link = _linked(text, anchor, m)
        if link is None and items[-1][1] == "with" and re.fullmatch(r"\s*(?:the\s+)?", text[anchor.end:m.start]):
            link = "list"       # "co-hosted with Malaysia the Fourth ... Exercise"
        if link is None and m.label == ANY:
            continue            # an unknown name inside the gap ("with the theme "Security for Prosperity"")
        if link is None and anchor.label == "Event" and _exercise_partners(text, anchor, m):
            continue            # the exercise's partners or place: the next item comes after the comma
        if link is None and anchor.label == m.label == "Event" and PLACED_THEN_NEXT.fullmatch(text, anchor.end, m.start):
            link = "list"       # "the 42nd ASEAN Summit in Labuan Bajo in May and the 43rd ASEAN Summit"
        if link is None:
            break
        if link == "alias":
            anchor = m
            continue
        if link == "modifier" or link == "list" and modifying and AND_ONLY.fullmatch(text, anchor.end, m.start):
            anchor = m      # "of the North Pacific Coast Guard Agencies Forum": belongs to the item before
            modifying = True    # (so does its "and": "troops under the VFA and the EDCA"; a comma goes back to the list)
            continue
        items.append((m, link))
        anchor, modifying = m, False
    if len(items) > 1 and items[-1][1] == "list" and SPEAKER_AFTER.match(text, items[-1][0].end) \
            and re.fullmatch(r"[^,]*,\s*(?:the\s+)?", text[items[-2][0].end:items[-1][0].start]) \
            and " and " not in text[items[-2][0].end:items[-1][0].start]:
        items.pop()     # "... Vietnam and the Philippines, the Ministry of National Defense said": the source
    return items


# "pledged humanitarian funding to support", "agreed to back": a commitment, then the support
PLEDGED_TO = re.compile(r"\b(?:pledged?|pledges|agreed?|agrees|vowed?|vows|promised?|promises|resolved|undertook|"
                        r"undertakes?|decided|ready|determined|continued?|continues)\s+(?:[a-z]+\s+){0,3}to\s*$")
SUPPORT_WORD = re.compile(r"(?i)(?:support|back|endorse)")


def _modality(sentence: str, window: str, trigger: str = "") -> str:
    """Question, negated, hypothetical, scheduled or asserted, from the sentence and the words before the trigger."""
    if sentence.rstrip().rstrip("\"'”’)").endswith("?"):
        return "question"
    if NEGATION.search(window):
        return "negated"
    if CONTINUED.search(window):
        return "asserted"
    if HYPOTHETICAL.search(window):
        # "will host", "will be held in": a plan stated as fixed (for a gathering's host and place, see _rel)
        plain = all(PLAIN_FUTURE.fullmatch(m.group()) for m in HYPOTHETICAL.finditer(window))
        return "scheduled" if plain else "hypothetical"
    # "to take an active part in ...": an aim, not a report (but "committed to working with" is)
    if re.search(r"\bto\s*$", window) and not re.match(r"\w+ing\b", trigger):
        if MET_SOMEWHERE_TO.search(window):
            return "asserted"       # "met in Semipalatinsk to sign": the meeting was held for it, and reported
        if SUPPORT_WORD.match(trigger) and PLEDGED_TO.search(window):
            return "asserted"       # "pledged to support", "agreed to back": the stance is stated
        return "hypothetical"
    return "asserted"


# ---------------------------------------------------------------- one document

class _Reader:
    """The rules over one Doc, keeping the subject a paragraph carries from sentence to sentence."""

    def __init__(self, doc: Doc, date: str | None):
        self.doc = doc
        self.table = table(doc)
        self.text = self.table.text
        # where a capital's name may start (most documents name none of them)
        words = _capital_first_words().intersection(self.table.texts)
        self.capital_starts = [at for at, word in zip(self.table.idx, self.table.texts) if word in words] \
            if words else []
        self.date = date
        self.facts = Facts()
        outer = sorted(doc.ents, key=lambda s: s.start_char)
        text = self.text        # a span's text is this slice; ``span.text`` walks its Token objects
        self.mentions = [_mention_of(s, text) for s in outer]
        # acronym uses and learned long forms get their class in the corpus pass: any class here
        covered = bytearray(len(self.text) + 1)     # characters inside a mention: linear on long documents
        for m in self.mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        for span in doc.spans.get(LATENT, []):
            if covered.find(1, span.start_char, span.end_char) < 0:
                self.mentions.append(M(span.start_char, span.end_char, ANY, text[span.start_char:span.end_char]))
                covered[span.start_char:span.end_char] = b"\x01" * (span.end_char - span.start_char)
        self.mentions.sort(key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        # "Beryl" after "Hurricane Beryl": a disaster's name without its kind is the disaster still
        self.disaster_names = {m.text.split(None, 1)[1] for m in self.mentions
                               if m.label == "Event" and _befalls(m) and " " in m.text}
        outer_keys = {(e.start, e.end) for e in outer}
        self.nested = [s for s in doc.spans.get("dg_mentions", []) if (s.start, s.end) not in outer_keys]
        # the places nested in a name, by where they end ("Vilnius" of "the Vilnius summit")
        self.nested_places = {s.end_char: s for s in self.nested if s.label_ == "Place"}
        self.paragraph_subject: list[M] = []
        self._passive_chain: tuple[int, M, int] | None = None     # (sentence start, event, end of its agents)
        self.opening_event: M | None = None     # the gathering the last sentence opened with, for "It was held in"
        self.paragraph_pair: list[M] = []     # the last two countries a sentence of the paragraph opened with
        # the last list of N (3 or more) countries a sentence of the document opened with, by N
        self.opening_lists: dict[int, list[M]] = {}
        self.country_lists: dict[int, list[M]] = {}     # the last list of N countries named anywhere, by N
        self.officials: dict[str, str] = {}     # a person named with a country's office -> that country, for the document
        countries = self._countries_by_count()
        self.dominant = self._dominant_country(countries)
        self.document_pair = _document_pair(countries)     # "the two sides" no paragraph names
        self.regex = _trigger_regex()
        self.triggers = load_triggers()
        self.between_rules = {t.id for t in self.triggers if t.kind == "between"}
        self.hosting_trigger = next(t for t in self.triggers if t.id == "hosted")
        self.initiating_trigger = next(t for t in self.triggers if t.id == "initiated")

    def _countries_by_count(self) -> list[list[M]]:
        """The document's countries, each as the list of its mentions, the most named first."""
        counts: dict[str, list[M]] = {}
        for m in self.mentions:
            if m.label == "Country" and m.key:
                counts.setdefault(m.key, []).append(m)
        return sorted(counts.values(), key=len, reverse=True)

    def _dominant_country(self, ranked: list[list[M]]) -> M | None:
        title = self.text.lstrip()[:300].split("\n", 1)[0]
        if not ranked or COLLECTIVE_WE.search(self.text) or COLLECTIVE_TITLE.search(title):
            return None     # "We, the Leaders of the BRICS countries, ...": "we" is no one country
        best = ranked[0]
        if len(best) < 2 or len(ranked) > 1 and len(ranked[1]) == len(best):
            return None     # no country stands out: "we" may be anyone's
        return _standing_for(best[0])

    def _note_country_lists(self, mentions: list[M]) -> None:
        """Keep the lists of three countries or more a sentence names, for "the three countries" later."""
        run: list[M] = []
        for m in mentions + [None]:
            if m is not None and m.label == "Country" and not m.pseudo \
                    and (not run or _linked(self.text, run[-1], m) == "list") and m.text not in {r.text for r in run}:
                run.append(m)
                continue
            if len(run) >= 3:
                self.country_lists[len(run)] = run
            run = [m] if m is not None and m.label == "Country" and not m.pseudo else []

    def _subject_before_relative_clause(self, mentions: list[M], lower: int, pos: int, start: int) -> list[M]:
        """The subject of a verb at ``pos`` that a relative clause separates from it: "Indonesia,
        which chairs ASEAN this year, will host" (only auxiliaries and adverbs after the clause).
        The clause may hold the verb before (``lower``; the sentence starts at ``start``): "Ethiopia,
        which hosts the AU's headquarters in Addis Ababa, is also a member of"."""
        text = self.text
        comma = text.rfind(",", lower, pos)
        if comma < 0 or not _subject_gap(text[comma + 1:pos]):
            return []
        aside = None
        for match in RELATIVE_ASIDE.finditer(text, start, comma + 1):
            if match.end() == comma + 1:
                aside = match
        return _group_left(text, mentions, aside.start(), start if aside.start() < lower else lower,
                           AGENTS) if aside else []

    def _pseudo(self, start: int, end: int) -> list[M]:
        """'the Chinese government' as a Country mention with a fixed key."""
        found = []
        sentence = self.text[start:end]
        if not any(head in sentence for head in PSEUDO_HEADS) or not _pseudo_head_regex().search(sentence):
            return found        # the regex cannot match: skip its scan
        for match in _adjective_regex().finditer(self.text, start, end):
            for first in _one_adjective().finditer(self.text, match.start("pairs"), match.end("pairs")):
                found.append(M(first.start(), first.end(), "Country", first.group(0),
                               country_adjectives()[first.group(1)], pseudo=True))
            last = match.start(2) if match.group("pairs") else match.start()
            found.append(M(last, match.end(), "Country", self.text[last:match.end()],
                           country_adjectives()[match.group(2)], pseudo=True))
        return found

    def _agent_right_before(self, mentions: list[M], pos: int) -> bool:
        """Whether a country or a body ends right before ``pos`` (the subject of a verb there)."""
        before = next((m for m in reversed(mentions) if m.end <= pos), None)
        return before is not None and _is(before, AGENTS) and not self.text[before.end:pos].strip()

    def _capitals(self, start: int, end: int) -> list[M]:
        """"Pyongyang and Moscow signed the Treaty", "Washington supports": a capital outside a name
        and not where something happens acts for its country (a fixed key)."""
        found = []
        starts = self.capital_starts
        for at in starts[bisect_left(starts, start):bisect_left(starts, end)]:
            match = _capital_regex().match(self.text, at, end)
            if match is None:
                continue
            # a labelled name around it ("Beijing Declaration" written "the Beijing Declaration"):
            # the mentions that start before it, nearest first, as far back as a name is long
            last = bisect_left(self.mention_starts, match.end())
            inside = any(m.start <= match.start() and match.end() <= m.end and m.label not in ("Place", ANY)
                         for m in takewhile(lambda m: m.start > match.start() - MAX_NAME_CHARS,
                                            reversed(self.mentions[:last])))
            if not inside:
                found.append(M(match.start(), match.end(), "Country", match.group(1),
                               capital_countries()[match.group(1)], pseudo=True))
        return found

    def _titled_people(self, start: int, end: int) -> list[M]:
        """"Chinese President Xi Jinping", "the Indian Foreign Minister S. Jaishankar": who holds a
        country's office acts for it, so the phrase is that country (a fixed key)."""
        found = []
        first, last = bisect_left(self.mention_starts, start), bisect_left(self.mention_starts, end)
        for person in self.mentions[first:last]:
            if person.label != "Person":
                continue
            office = TITLED_BY_COUNTRY.search(self.text, max(start, person.start - 80), person.start)
            if office and office.group("adjective") in country_adjectives():
                opening = office.start("adjective")
                particles = NAME_PARTICLES.match(self.text, person.end, end)     # "Mohammed bin Salman"
                closing = particles.end() if particles else person.end
                key = country_adjectives()[office.group("adjective")]
                found.append(M(opening, closing, "Country", self.text[opening:closing], key, pseudo=True))
                self.officials.setdefault(person.text, key)
        found.extend(self._officials_named_again(start, end, found))
        for country in self.mentions[first:last]:
            if country.label != "Country" or not country.key or country.start < start:
                continue
            possessed = POSSESSED_OFFICE.match(self.text, country.end, end)
            if possessed:
                holder = PERSON_NAME.match(self.text, possessed.end(), end)
                particles = NAME_PARTICLES.match(self.text, holder.end(), end) if holder else None
                # ("Qatar's Emir Sheikh Tamim bin Hamad Al-Thani": the name past its particles)
                opening, closing = country.start, particles.end() if particles else holder.end() if holder else possessed.end()
                named_before = APPOSED_HOLDER.search(self.text, max(start, opening - 60), opening)
                if named_before and self.text.startswith(",", closing):
                    opening = named_before.start()      # "Wang Yi, China's Foreign Minister, attended"
                found.append(M(opening, closing, "Country", self.text[opening:closing], country.key, pseudo=True))
                if holder:
                    self.officials.setdefault(holder.group().strip(), country.key)
                continue
            if not self.text.endswith(("of ", "of the "), max(start, country.start - 7), country.start):
                continue        # most countries: no office "of" them to look for
            office = OFFICE_OF.search(self.text, max(start, country.start - 80), country.start)
            holder = PERSON_NAME.match(self.text, country.end, end) if office else None
            if holder:
                found.append(M(office.start(), holder.end(), "Country", self.text[office.start():holder.end()],
                               country.key, pseudo=True))
                continue
            office = OFFICE_NAME_OF.search(self.text, max(start, country.start - 80), country.start) \
                or HOLDER_THEN_OFFICE_OF.search(self.text, max(start, country.start - 120), country.start)
            if office:
                found.append(M(office.start(), country.end, "Country", self.text[office.start():country.end],
                               country.key, pseudo=True))
        return found

    def _officials_named_again(self, start: int, end: int, found: list[M]) -> list[M]:
        """"Chinese Foreign Minister Wang Yi ... The meeting was co-chaired by Wang Yi": a person the
        document named with a country's office acts for it when named again without it."""
        again = []
        for name, key in self.officials.items():
            at = self.text.find(name, start, end)
            while at >= 0:
                stop = at + len(name)
                if (at == 0 or not self.text[at - 1].isalnum()) and (stop >= len(self.text) or not self.text[stop].isalnum()) \
                        and not any(p.start < stop and at < p.end for p in found):
                    again.append(M(at, stop, "Country", name, key, pseudo=True))
                at = self.text.find(name, stop, end)
        return again

    def run(self) -> Facts:
        previous_end = 0
        t = self.table
        for first, last in t.sentences:
            start_char, end_char = t.idx[first], t.end_char(last - 1)
            if "\n" in self.text[previous_end:start_char] or previous_end == 0 \
                    or not self.text[start_char:end_char].strip():     # a blank line the sentencizer keeps
                self.paragraph_subject = []
                self.opening_event = None
                self.paragraph_pair = []
            previous_end = end_char
            self.sentence(start_char, end_char)
            self.opening_event = self._opening_event(start_char, end_char)
        return self.facts

    def _lived_through(self, m: M) -> bool:
        """A war, a crisis or a disaster, named in full or by the name the text gave it ("Beryl")."""
        return _befalls(m) or m.text in self.disaster_names

    def _opening_event(self, start: int, end: int) -> M | None:
        """The gathering a sentence opens with ("The 2025 Reef Summit was ..."), or the one carried
        by its "It" ("It was held in ... . It was chaired by ...")."""
        if self.text[start:start + 1] in ("I", " ", "\n") and IT_OPENING.match(self.text, start):
            return self.opening_event
        index = bisect_left(self.mention_starts, start)
        first = self.mentions[index] if index < len(self.mentions) else None
        if first is not None and first.end <= end and first.label == "Event" and not first.pseudo and _meets(first) \
                and not self._lived_through(first) and ARTICLE_OR_YEAR.fullmatch(self.text, start, first.start):
            # (not "Hurricane Beryl struck ...": one lives through a disaster, nobody attends it)
            return first
        return None

    # ------------------------------------------------------------ sentences

    def sentence(self, start: int, end: int) -> None:
        text = self.text
        sentence = text[start:end]
        pseudo = self._pseudo(start, end) + self._titled_people(start, end) + self._capitals(start, end)
        first, last = bisect_left(self.mention_starts, start), bisect_left(self.mention_starts, end)
        # a name a pseudo mention covers ("Xi Jinping" of "Chinese President Xi Jinping", the place
        # "Moscow" a capital acting for Russia) is no party of its own
        mentions = sorted([m for m in self.mentions[first:last] if start <= m.start and m.end <= end
                           and not ((m.label in (ANY, "Person", "Place") or m.label == "Country" and m.key is not None)
                                    and any(p.start < m.end and m.start < p.end and (m.label != "Country" or p.key == m.key)
                                            for p in pseudo))]
                          + pseudo, key=lambda m: m.start)
        if not mentions:
            return      # no subject, object or event here: nothing to find, the paragraph's subject stays
        # a capitalised verb opening the sentence ("Organised by the IISS, ...") is no name
        spans = [(m.start, m.end) for m in mentions if not m.pseudo
                 and not (m.label == ANY and m.start == start and " " not in m.text)]
        found = []
        for match in self.regex.finditer(text, start, end):
            index = int(match.lastgroup[1:])
            trigger = self.triggers[index]
            # a passive may say where and when before "by" ("signed at the White House on ... by"): only
            # its verb must stand outside names
            reach = match.start() + len(match.group().split(" ", 1)[0]) if trigger.kind == "passive_by" else match.end()
            if any(s < reach and match.start() < e for s, e in spans):
                continue        # a word inside a name ("Cooperation" in "Lancang-Mekong Cooperation")
            if trigger.kind == "verb" and self._noun_modifier(mentions, match.start(), match.group().casefold()):
                continue        # "Ukraine support package": a name before a bare verb form is no subject
            if trigger.kind == "verb" and self._participle_of_name(mentions, match.start(), match.end()):
                continue        # "the Collective Security Treaty signed in Tashkent": a passive participle
            verb = BARE_HOSTING.match(text, match.start()) if trigger.kind == "passive_in" else None
            if verb and self._agent_right_before(mentions, match.start()):
                # "the Summit, which Australia hosted in Brisbane": the active verb, then where
                found.append((match.start(), verb.end(), self.hosting_trigger))
                continue
            found.append((match.start(), match.end(), trigger))
        opener = self._opening_subject(mentions, start)
        if len(opener) == 2 and all(m.label == "Country" for m in opener) and opener[0].text != opener[1].text:
            self.paragraph_pair = opener    # "the two sides" of the sentences that follow
        elif len(opener) >= 3 and all(m.label == "Country" for m in opener) and len({m.text for m in opener}) == len(opener):
            self.opening_lists[len(opener)] = opener    # "the four leaders" of any later sentence
        self._note_country_lists(mentions)
        prev_subject: list[M] = []
        prev_end = start
        prev_modality = "asserted"
        emitted: list[FoundRelation] = []
        for i, (t_start, t_end, trigger) in enumerate(found):
            upper = found[i + 1][0] if i + 1 < len(found) else end
            kind = trigger.kind
            rule = trigger.id
            if rule == "member-of" and text.startswith("As ", t_start):
                continue        # "As a member of ASEAN, the Philippines ...": the sentence's subject (_opening_membership)
            if kind in ("passive_in", "passive_by", "event_by"):
                self._passive(mentions, trigger, t_start, t_end, upper, start, end, emitted)
                continue
            if kind == "members_after":
                # "the CSTO, a Moscow-led bloc whose members include A, B and C, held ...": the body is
                # the nearest name before, past the unknown words of an aside, and the subject of what follows
                before = [m for m in mentions if prev_end <= m.start and m.end <= t_start and not m.pseudo]
                # (past a party named in the aside: "CICA, initiated by Kazakhstan in 1992, now has ...")
                owner = next((m for m in reversed(before) if m.label != ANY and _is(m, OBJECTS["memberOf"])),
                             before[-1] if before else None)
                if owner is not None and MEMBERS_NOUN_AFTER.match(text, owner.end) and re.match(r"(?i:its|their)\s", text[t_start:t_end]):
                    # "In addition to the ten ASEAN member states, its members are": the body called
                    # back, the last sentence's subject ("The ADMM-Plus ... is hosted by ASEAN.") first
                    owner = self._previous_subject_body(start) or self._last_body(start, start)
                last = next((m for m in reversed(mentions) if m.end <= t_start and not m.pseudo), None)
                brought_to = None
                if GATHERING_OF_PARTIES.search(text, t_start, t_end):
                    # "Pacific Vanguard 2024, conducted in waters around Guam, brought together": past the aside
                    brought_to = next((m for m in reversed(mentions) if m.end <= t_start and not m.pseudo
                                       and (m.label == "Event" or _dated_latent(m))
                                       and PARTICIPLE_ASIDE.fullmatch(text, m.end, t_start)), None)
                    if brought_to is None and RELATIVE_WORD.match(text, t_start):
                        # "the Sudan Neighbouring Countries Summit in Cairo in July, which brought together"
                        brought_to = next((m for m in reversed(mentions) if m.end <= t_start and not m.pseudo
                                           and m.label == "Event" and m.start >= start
                                           and WHERE_WHEN_BEFORE_RELATIVE.fullmatch(text, m.end, t_start)), None)
                    if brought_to is None and last is not None and last.label == "Event" \
                            and re.fullmatch(r"\)?\s*,?\s*", text[last.end:t_start]):
                        brought_to = last
                    definite = gathering_called_back(text, start, t_start) if brought_to is None else None
                    if definite:        # "The summit brought together": the summit named before
                        brought_to = self._antecedent_event(definite.group(1), definite.start(), definite.group(0))
                        if definite.group(1).casefold() in ("meeting", "gathering") and not text[start:definite.start()].strip():
                            # "The 31st ARF took place ..., as part of the 57th AMM. The meeting brought together":
                            # a sentence that opens with "The meeting" is about the last sentence's subject
                            brought_to = self._previous_subject_event(start) or brought_to
                if brought_to is not None:
                    # "the Quad Foreign Ministers' Meeting, which brought together the foreign ministers of A
                    # and B", "the MNJTF, composed of contingents from A and B": who took part in it
                    parties = self._group_right(mentions, t_end, upper, AGENTS, representatives=True)
                    listed = GATHERED_LIST.match(text, t_end, upper) if not parties else None
                    if listed:
                        # "brought together leaders from countries bordering Sudan, including Chad and Libya",
                        # "representatives of all 27 ARF participants, namely the 10 ASEAN member states – A,
                        # B – together with C and D"
                        parties = self._listed_groups(mentions, listed.end(), upper)
                    modality = _modality(sentence, text[t_start:t_end])
                    for party in parties:
                        emitted.append(self._rel(party, "participatedIn", brought_to, start, end, f"{rule}:gathering", modality))
                    if parties:
                        prev_subject, prev_end, prev_modality = [brought_to], parties[-1].end, modality
                    continue
                if owner is not None and RELATIVE_WORD.match(text, t_start) \
                        and UNKNOWN_NAME_BEFORE_RELATIVE.search(text, owner.end, t_start):
                    # "the US Navy exercise in the Malabar series, which also includes A": the clause is of
                    # a name no rule knows, right before it (not "the Quad ..., the partnership that")
                    continue
                if owner is None and RELATIVE_WORD.match(text, t_start):
                    # "... a founding member of the CSC, whose members are ...": the last verb's object
                    # (past an unnamed apposition: "the Stockholm Initiative, a group of 16 states that includes")
                    if last is not None and _is(last, OBJECTS["memberOf"]) \
                            and re.fullmatch(r"\)?\s*,\s*(?:an?\s+[^,;:()\"“”]{1,60}?\s+)?", text[last.end:t_start]):
                        owner = last
                if rule == "grouping-of" and (owner is None or not re.fullmatch(r"\)?\s+", text[owner.end:t_start])):
                    continue        # "the Quad grouping of A, B": the name right before it (not "a new grouping of")
                if GROUPING_BEFORE.search(text, max(start, t_start - 60), t_start):
                    owner = self._last_body(t_start, start) or owner    # "since the grouping – originally made up of"
                if owner is None and not before and last is not None and _is(last, OBJECTS["memberOf"]) \
                        and text.startswith("the ", t_start) and re.fullmatch(r"\)?\s*,\s*", text[last.end:t_start]):
                    owner = last        # "our commitment to AUKUS, the trilateral security partnership between A, B"
                if owner is None and prev_subject and re.fullmatch(r"\s*(?:(?:in|on|at)\s+[^,;:.()]{1,40}?\s*)?(?:,\s*)?(?:and\s+)?"
                                                                   r"|\s*(?:–|—|--)\s*",    # past a set-off aside's end
                                                                   text[prev_end:t_start]):
                    # "SCO leaders adopt the Declaration, admit Belarus": the verbs share it; so do an aside's
                    # participle and the main verb ("The Forum, founded in 1971, has 18 members, including")
                    owner = prev_subject[0]
                if owner is None and not before and BODY_PRONOUN_OPENING.fullmatch(text, start, t_start) \
                        and "member" in text[t_start:t_end]:
                    # "The Bali Process was set up in 2002 ... It now has 45 members, including": the body
                    # the last sentence opened with
                    owner = self._previous_subject_body(start, members=True) or self._called_back_before(start) \
                        or self._last_body(t_start, start)
                opening = OPENING_BODY.match(text, start) if owner is None or owner.label not in ("Organisation", "Mechanism", ANY) else None
                if opening and not [m for m in before if m.start < t_start and _is(m, OBJECTS["memberOf"]) and m.label != ANY]:
                    # "The group was launched in 2015 on the initiative of A and B, and brings together": the body
                    # the sentence opens with, called back by what it is
                    owner = self._antecedent_body(opening.group(1), opening.start(1), start)
                if owner is None and (CALLED_BACK_BODY.search(text, max(start, t_start - 30), t_start)
                                      or re.match(r"(?i:its|their)\s", text[t_start:t_end])):
                    # "The forum today has 25 members. Its members include A": the body the sentence before
                    # calls back by the head of its name; else the last one named ("Kuwait joined CICA. Its members")
                    owner = self._called_back_before(start) or self._last_body(t_start, start)
                if owner is None or not _is(owner, OBJECTS["memberOf"]) \
                        or owner.start >= start and re.search(r"[.;:]", text[owner.end:t_start]):
                    continue
                if text.startswith("bringing", t_start) and owner is not last:
                    continue        # "The Summit was held in Riyadh (CGTN), bringing together": the gathering's guests
                if text[t_start:t_end].casefold() == "groups" and text[owner.end:t_start].strip(" )") \
                        and not FOUNDING_ASIDE.fullmatch(text, owner.end, t_start) \
                        and not GROUPS_ADVERBS.fullmatch(text[owner.end:t_start].strip(" )")) \
                        and not _opens_with_body(text, start, t_start):
                    continue        # "ASEAN groups A, B", "... (BIMSTEC) groups A", "The LCBC itself groups", "The
                    # six-member bloc groups A" (the body called back), not "fought militant groups Hamas and ..."
                troops = TROOPS_FROM.match(text, t_end, upper)
                bracket = text.rfind("(", start, t_start) if troops and text[:t_start].rstrip(" ,").endswith(")") else -1
                named = next((m for m in reversed(before) if m.end <= bracket and not text[m.end:bracket].strip()
                              and _is(m, OBJECTS["memberOf"])), None) if bracket >= 0 else None
                if named is not None:
                    owner = named       # "An ASEAN Emergency Response ... Team (ASEAN-ERAT), with members from": the
                    # name before its short form in brackets (whatever the names inside it)
                if troops and text.startswith("-", owner.end):
                    continue        # "a seven-member ASEAN-ERAT team comprising members from": not ASEAN's
                if troops:
                    # "the EACRF, made up of troops from Kenya, Uganda and Burundi": those who send troops to a
                    # force or a mission take part in it (they are no members of it)
                    modality = _modality(sentence, text[t_start:t_end])
                    # (not past a verb: "..., Chad and Niger, fights Boko Haram")
                    parties = _listed_only(text, self._group_right(mentions, troops.end(), upper, AGENTS))
                    for party in parties:
                        emitted.append(self._rel(party, "participatedIn", owner, start, end, f"{rule}:troops", modality))
                    if parties:
                        prev_subject, prev_end, prev_modality = [owner], parties[-1].end, modality
                    continue
                # "groups the ASEAN members with eight partners: A, B and C": the partners named are members
                with_others = MEMBERS_WITH_OTHERS.match(text, t_end, upper)
                members = self._group_right(mentions, with_others.end() if with_others else t_end, upper, AGENTS)
                # "brings together 27 participants, comprising the ten ASEAN member states - A, B - as well as
                # C" (past the "comprising" that is a trigger of its own)
                modality = _modality(sentence, text[t_start:t_end])
                members_of_body = members[0] if members and members[0].label == "Organisation" else None
                listed_after = BODY_MEMBERS_THEN_LIST.match(text, members_of_body.end, end) if members_of_body else None
                if listed_after and members_of_body is not owner:
                    # "brings together the EU member states located between the Baltic, Adriatic and Black
                    # seas: A, B and C": those listed are the members (of the EU too), not the EU
                    members = self._listed_groups(mentions, listed_after.end(), end)
                    for member in members:
                        emitted.append(self._rel(member, "memberOf", members_of_body, start, end, f"{rule}:body", modality))
                counted = COUNTED_GROUP.match(text, t_end, end) if not members else None
                if counted:
                    members = self._listed_groups(mentions, counted.end(), end)
                    # ("the nine NATO members on the alliance's eastern flank: A, B": NATO's members too)
                    counted_of = next((m for m in mentions if counted.start() <= m.start and m.end <= counted.end()
                                       and m.label == "Organisation" and re.match(r"\s+members\b", text[m.end:])), None)
                    if counted_of is not None and counted_of is not owner:
                        for member in members:
                            emitted.append(self._rel(member, "memberOf", counted_of, start, end, f"{rule}:counted", modality))
                # "brings together ASEAN's ten members and eight dialogue partners, namely A, B and C":
                # a body's members are members, not the body; the parties named after "namely" are
                members = [m for m in members if not text.startswith(("'s", "’s"), m.end)
                           and not MEMBERS_OF.search(text, max(start, m.start - 30), m.start)]     # "the 10 members of ASEAN"
                namely = NAMELY_LIST.search(text, t_end, end)     # (past "partners", a trigger of its own)
                if namely:
                    members += [m for m in self._group_right(mentions, namely.end(), end, AGENTS) if m not in members]
                for member in members:
                    if JOINED_AS.match(text, member.end):
                        continue        # "..., with Seychelles as an observer": not a member
                    emitted.append(self._rel(member, "memberOf", owner, start, end, rule, modality))
                if members:
                    prev_subject, prev_end, prev_modality = [owner], members[-1].end, modality
                continue
            if trigger.id == "participated" and self._participants_after_be(mentions, t_start, t_end, start, end, emitted):
                continue
            if trigger.id == "participated" and NO_OBJECT_AFTER.match(text, t_end, end) \
                    and self._took_part_unnamed(mentions, t_start, t_end, upper, prev_end, start, end, emitted):
                continue
            if kind == "between":
                group = self._group_right(mentions, t_end, upper, AGENTS)
                window = text[max(start, t_start - 40):t_start]
                modality = _modality(sentence, window)
                for other in group[1:]:
                    emitted.append(self._rel(group[0], trigger.predicate, other, start, end, f"{rule}", modality))
                continue
            if trigger.predicate == "signed" and text.startswith(" of", t_end) \
                    and NOMINAL_BEFORE.search(text, max(start, t_start - 40), t_start):
                # "welcomed the signing of the Accord by A and B": who signed is named after "by", and
                # who welcomes or witnesses it is not said to sign
                signer_end = self._nominal_signing(mentions, t_start, t_end, upper, start, end, rule, emitted)
                if signer_end is not None:
                    prev_end = max(prev_end, signer_end)
                    continue
            adjunct = text[t_start:t_end].endswith("ing") and ADJUNCT_GERUND.search(text, max(start, t_start - 12), t_start)
            if adjunct:     # its subject is the sentence's, or the verb's before it, never the name just before
                subject, how = (opener, "sentence") if opener and opener[-1].end <= t_start else (prev_subject, "shared")
                if not subject:
                    continue
            else:
                subject, how = self._among_the_first(mentions, prev_end, t_start), "among"
                envoy = next((m for m in reversed(mentions) if prev_end <= m.start and m.end <= t_start
                              and m.label == "Country" and ENVOY_SAID_HIS_COUNTRY.fullmatch(text, m.end, t_start)), None)
                if not subject and envoy is not None:
                    subject, how = [envoy], "speaker"       # (not the envoy's name, a name of no class yet)
                if not subject:
                    met = MET_SOMEWHERE_TO.search(text, prev_end, t_start)
                    # "A, B and C met in the city of Semipalatinsk to sign": who met, not where
                    subject = self._subject_before_relative_clause(mentions, prev_end, t_start, start) \
                        or (_group_left(text, mentions, met.start(), prev_end, AGENTS) if met else []) \
                        or _group_left(text, mentions, t_start, prev_end, AGENTS)
                    how = "left"
                    fronted = FRONTED_TOPIC.match(text, start, t_start) if subject else None
                    if fronted:     # "On the situation in the east of the DRC, Angola reaffirmed": not the DRC
                        subject = [m for m in subject if m.start >= fronted.end()]
                        if not subject:
                            continue
                if subject and opener and opener[-1].end <= subject[0].start and text[t_start:t_end].endswith("ing") \
                        and PARTICIPLE_CLAUSE.fullmatch(text, subject[-1].end, t_start):
                    subject, how = opener, "sentence"   # "The Council thanked Japan, hosting": the Council hosts
                if subject and ASKED_TO_ACT.search(text, subject[-1].end, t_start):
                    continue        # "the Chairperson ..., urged member states to ratify": they would act
            if not subject:
                nearest = next((m for m in reversed(mentions) if m.end <= t_start), None)
                if nearest is not None and _is(nearest, AGENTS) and (
                        POSSESSIVE.fullmatch(text, nearest.end, t_start)
                        or text[t_start:t_end].endswith("ing") and GERUND_AGENT.fullmatch(text, nearest.end, t_start)):
                    # "the Philippines' hosting of the Summit", "supports Singapore in hosting the Exercise":
                    # another verb's object is the one who hosts
                    subject = [nearest]
                elif nearest is not None and _is(nearest, AGENTS) and text[t_start:t_end].endswith("ing") \
                        and text[nearest.end:t_start] == " " and PREPOSITION_THEN_AGENT.search(text, max(start, nearest.start - 20), nearest.start):
                    subject, how = [nearest], "left"    # "support for Fiji joining the Council": Fiji would join
                elif nearest is not None and _is(nearest, AGENTS) and RELATIVE_WHICH.fullmatch(text, nearest.end, t_start):
                    # "welcomed Kuwait, which joined CICA": the name the clause is of; "Australia and the
                    # United States, which both signed the NPT": the names
                    # "Singapore and Australia, which signed ...": a group opening the sentence, all of it
                    group = _group_left(text, mentions, nearest.end, start, AGENTS)
                    whole = len(group) > 1 and (BOTH_AFTER_WHICH.search(text, nearest.end, t_start)
                                                or SENTENCE_OPENING.fullmatch(text, start, group[0].start))
                    subject = group if whole else [nearest]
            window_start = subject[-1].end if subject else prev_end
            aside = text[window_start:t_start]
            if subject and aside.lstrip().startswith(",") and aside.count(",") >= 2:
                window_start += aside.rindex(",") + 1      # "X, ... but not of NATO, joined": the aside's "not" is its own
            if kind == "group":
                body = subject[-1] if subject and text.startswith(("'s ", "’s "), subject[-1].end) else None
                opening = POSSESSED_APPOSITION_OPENING.search(text, prev_end, body.start) if body else None
                closing = APPOSITION_CLOSING.match(text, t_end, upper) if opening else None
                apposed = _group_left(text, mentions, opening.start(), prev_end, AGENTS) if closing else []
                if apposed:
                    # "Japan and South Korea, NATO's partners in the Indo-Pacific, attended": whose partners
                    # they are, and the subject of the verb after the aside
                    modality = _modality(sentence, text[t_start:closing.end()])
                    for party in apposed:
                        emitted.append(self._rel(party, trigger.predicate, body, start, end, f"{rule}:apposed", modality))
                    prev_subject, prev_end, prev_modality = apposed, closing.end(), "asserted"
                    continue
                if len(subject) >= 2:
                    modality = _modality(sentence, text[window_start:t_start])
                    for other in subject[1:]:
                        emitted.append(self._rel(subject[0], trigger.predicate, other, start, end, f"{rule}:group", modality))
                    prev_subject, prev_end, prev_modality = subject, t_end, modality
                    continue
                if rule != "established-group" or not subject:
                    continue
                # "China has set up the Global Development Promotion Center": one party sets up what follows
                trigger, kind, rule = self.initiating_trigger, "verb", self.initiating_trigger.id
            if all(m.label == ANY for m in subject) and COUNTED_SUBJECT.fullmatch(text, start, t_start) \
                    and (listed := self._listed_after_colon(mentions, t_end, upper)):
                # (not the number word opening it: "Twenty-two states ... signed")
                subject, how = listed, "listed"
            if not subject:
                asked_from = min(prev_end, opener[-1].end) if opener and opener[-1].end <= t_start else prev_end
                if ASKED_TO_ACT.search(text, asked_from, t_start):
                    continue        # "requested the Mechanism to continue its cooperation with": its act
                between = [m for m in mentions if prev_end <= m.start and m.end <= t_start and _is(m, AGENTS)]
                direct = [m for m in mentions if prev_end <= m.start and m.end <= t_start]
                if direct and not _is(direct[-1], AGENTS) and _subject_gap(text[direct[-1].end:t_start]) \
                        and not re.search(r",|\band\b", text[direct[-1].end:t_start]) \
                        and not (prev_subject and not between):
                    continue        # "the Meeting ... officially launched": an event is the subject
                if prev_subject and not between and OTHERS_AS_SUBJECT.search(text, prev_end, t_start):
                    continue        # "signed agreements with all five countries, and all of them are members of"
                pair_named = SEVERAL_PARTIES.search(text, prev_end, t_start) if not between else None
                if pair_named and TWO_OF_THEM.search(pair_named.group()) and opener and len(opener) == 2 \
                        and all(m.label == "Country" for m in opener):
                    # "Japan and the United States are allies under the Treaty ..., which the two countries
                    # signed in 1960": the pair that opens this sentence, in a clause of its own
                    subject, how = opener, "carried"
                elif prev_subject and not between:
                    subject, how = prev_subject, "shared"
                elif opener and opener[-1].end <= t_start and (
                        not [m for m in between if m.start > opener[-1].end]
                        or (VERB_AFTER_AND.fullmatch(text, between[-1].end, t_start)
                            # (a name qualifying a noun: "take over the ASEAN chairmanship in 2025 and host")
                            or QUALIFIED_OBJECT_THEN_VERB.fullmatch(text, between[-1].end, t_start)
                            or POSSESSED_THEN_VERB.fullmatch(text, between[-1].end, t_start)
                            or text[t_start:t_end].endswith("ing")
                            and PARTICIPLE_CLAUSE.fullmatch(text, between[-1].end, t_start)) and not NEW_CLAUSE.search(
                            text, opener[-1].end, t_start)):
                    # "China took over the chair from Turkey in 2014 and hosted": the names between are objects
                    subject, how = opener, "sentence"
                elif speaker := next((m for m in reversed(between) if SAID_THAT_PRONOUN.fullmatch(text, m.end, t_start)), None):
                    subject, how = [speaker], "speaker"     # "the Ministry said that it strongly supports"
                else:
                    carried = self._carried(text[prev_end:t_start])
                    if carried:
                        subject, how = carried, "carried"
                        pronouns = list(PRONOUNS.finditer(text, prev_end, t_start))
                        if pronouns:    # "..., and we support": the modality is said from the last "we" on
                            window_start = pronouns[-1].start()
            if not subject:
                continue
            window = text[window_start:t_start] if how != "shared" else text[prev_end:t_start]
            modality = _modality(sentence, window, text[t_start:t_end])
            if modality == "asserted" and how == "left" and PROSPECT_BEFORE.search(text, start, subject[0].start):
                modality = "hypothetical"       # "looked forward to India hosting the Summit"
            if how == "shared" and prev_modality != "asserted" and modality == "asserted":
                modality = prev_modality
            if how == "sentence":
                modality = _modality(sentence, text[opener[-1].end:t_start], text[t_start:t_end])
            if how == "among":
                modality = "negated" if NEGATION.search(window) else "asserted"
            if kind == "other_members":
                objects = _list_right(text, mentions, t_end, upper, first_gap=lambda g: not g.strip(" the"))
                if objects and re.match(r"\s*member", text[objects[0][0].end:]):
                    for s in subject:
                        emitted.append(self._rel(s, "memberOf", objects[0][0], start, end, f"{rule}:{how}", modality))
                prev_subject, prev_end, prev_modality = subject, t_end, modality
                continue
            gathering = (CO_HOSTED_GATHERING if trigger.predicate == "coHosted" else DEFINITE_GATHERING).match(
                text, t_end, upper) if trigger.predicate in GATHERING_PREDICATES else None
            if gathering is None and trigger.predicate == "participatedIn":
                gathering = EXERCISE_WITH.match(text, t_end, upper)
            document = DEFINITE_DOCUMENT.match(text, t_end, upper) if trigger.predicate in ("signed", "supports") else None
            # "acceded to the Treaty" names the treaty of the paragraph; "backing the deal" (said in the
            # paragraphs of reactions after it) the one named last anywhere before
            called_back = self._antecedent_document(document.group(1), t_start,
                                                    anywhere=trigger.predicate == "supports") \
                if document and not any(m.start < document.end() and document.start(1) < m.end and m.label != ANY
                                        for m in mentions) else None
            body_word = DEFINITE_BODY.match(text, t_end, upper) \
                if trigger.predicate == "memberOf" or text.startswith(("join", "rejoin"), t_start) else None
            if body_word:       # "A and B are full members of the organization": the body named before
                called_back = self._antecedent_body(body_word.group(1), t_start, start)
            if gathering:       # "hosted the summit at the LITEXPO centre": the summit named before is the object
                antecedent = self._antecedent_event(gathering.group(1), t_end, gathering.group(0))
                items = [(antecedent, "first")] if antecedent else []
                partners = _list_right(text, mentions, gathering.end(), upper)
                if items and partners and partners[0][1] == "with":
                    items += partners       # "co-hosted the exercise with China"
            elif called_back:       # "noted that A and B have acceded to the Treaty": the treaty named before
                items = [(called_back, "first")]
            else:
                items = _list_right(text, mentions, t_end, upper)
                while len(items) > 1 and items[-1][1] == "list" and CLAUSE_VERB_AFTER.match(text, items[-1][0].end):
                    last = items.pop()      # "signed the Treaty and the Protocol to it is open for signature": a new clause
                    while len(items) > 1 and items[-1][1] == "list" and AND_ONLY.fullmatch(text, items[-1][0].end, last[0].start):
                        last = items.pop()  # "support to Ukraine, and Australia and New Zealand have": its subject, both
                if i + 1 < len(found):
                    items = _before_next_clause(text, items, upper)
                if trigger.predicate == "signed" and items and TOPIC_OF_TEXT.search(text, t_end, items[0][0].start):
                    items = []      # "adopted a resolution on the TPNW": the text signed is about it, not it
                if trigger.predicate == "signed" and items and text.startswith("adopt", t_start) \
                        and RESOLUTION_NAME.search(items[0][0].text):
                    items = []      # "the Security Council adopted resolution 2118": a body's own decision, no signature
                if trigger.predicate == "supports" and items and _is(items[0][0], AGENTS) \
                        and PROPOSAL_FOR.search(text, t_end, items[0][0].start):
                    items = []      # "supports a proposal for the AHA Centre to expand": the proposal, not the body
                aim = EFFORTS_TO.match(text, items[-1][0].end, upper) \
                    if trigger.predicate == "supports" and items and EFFORTS_OF.search(text, t_end, items[0][0].start) else None
                if aim:     # "supports the efforts of ASEAN countries to establish a ... Zone": the aim is supported
                    goal = next((m for m in mentions if m.start == aim.end() and not m.pseudo), None)
                    if goal is not None and goal.label in ("Mechanism", "Event"):
                        items = [(goal, "first")]
                    elif aim.group("group"):
                        items = []      # "the efforts of ASEAN countries to ...": no party is named
            consumed = items        # what the verb's objects span, taken or not
            # "sign Colombo Security Conclave charter", "hosted CSC officials", "work with the OIC member
            # states": the name qualifies the noun after it, which is what the verb is about
            items = [(m, link) for m, link in items if not QUALIFIED_NOUN_AFTER.match(text, m.end)]
            if trigger.predicate in GATHERING_PREDICATES:
                # "took part in ASEAN meetings": the body qualifies gatherings it does not name
                items = [(m, link) for m, link in items
                         if m.label in ("Event", "Mechanism") or not UNNAMED_GATHERINGS_AFTER.match(text, m.end)]
                if items and UNNAMED_MEETING_WITH.search(text, t_end, items[0][0].start):
                    items = []      # "take part in a meeting with the NATO Allies": its parties, no gathering
                if items and AS_ROLE_OF.fullmatch(text, t_end, items[0][0].start):
                    items = []      # "attended as chair of the African Union": the body is chaired, not attended
            where = None
            if trigger is self.hosting_trigger and items and re.fullmatch(r"\s+in\s+(?:the\s+)?", text[t_end:items[0][0].start]):
                # "which Australia hosted in Brisbane": where, not what (that is the name before "which");
                # "Japan hosted in Tokyo the Quad Foreign Ministers' Meeting": where, then what
                where = items[0][0]
                what = next((m for m in mentions if m.start > where.end and not m.pseudo), None)
                items = [(what, "first")] if what is not None and what.label == "Event" \
                    and re.fullmatch(r"\s+(?:the\s+)?", text[where.end:what.start]) else []
            elif len(items) == 1 and PREPOSITION_FIRST.match(text, t_end, items[0][0].start):
                # "signed in Beijing the Beijing Declaration": where, then what
                what = next((m for m in mentions if m.start > items[0][0].end and not m.pseudo), None)
                if what is not None and what.end <= upper and _is(what, OBJECTS[trigger.predicate]) \
                        and _city_then_object(text, t_end, what.start):
                    items = [(what, "first")]
            with_first = bool(items) and items[0][1] == "with"
            # ("the FRANZ Arrangement, a pact the three countries signed in 1992": the parties counted)
            clause_subject = (SEVERAL_PARTIES.search(text, prev_end, t_start) or CLAUSE_PRONOUN.search(text, prev_end, t_start)) \
                if how in ("carried", "sentence") else None
            where_first = bool(items) and PREPOSITION_FIRST.match(text, t_end, items[0][0].start) \
                and not _city_then_object(text, t_end, items[0][0].start)
            if (how == "left" or clause_subject) and (not [m for m, _ in items if _is(m, OBJECTS[trigger.predicate])]
                                               or where_first or with_first):
                # "which the EU and Japan signed in Tokyo": what "which" stands for is the object, not the place;
                # "which Japan signed with Australia": and the partner named after "with" ("with" it stays)
                relative = self._relative_object(mentions, clause_subject.start() if clause_subject else subject[0].start,
                                                 trigger.predicate)
                if relative and with_first:     # (the list after "with" ends where more than a comma comes)
                    relative.append(items[0])
                    for (before, _), item in zip(items, items[1:]):
                        if item[1] != "list" or not LIST_GAP.fullmatch(text, before.end, item[0].start):
                            break
                        relative.append(item)
                items = relative or items
            if where is not None and items and items[0][0].label == "Event":
                place = self._place_after(mentions, where.start, upper) if where.label == ANY else where
                for item, _ in items if place is not None else ():
                    if item.label == "Event":
                        emitted.append(self._rel(item, "heldIn", place, start, end, f"{rule}:{how}:place", modality))
            pronoun = IT_AFTER.match(text, t_end, upper) if subject else None
            if pronoun and (not items or PREPOSITION_FIRST.match(text, pronoun.end(), items[0][0].start)):
                # "As for the Indus Waters Treaty, Pakistan and India signed it in 1960": what "it" stands
                # for, not where ("hosted it in Suva")
                referent = next((m for m in reversed(mentions) if start <= m.start and m.end <= subject[0].start
                                 and not m.pseudo and m.label in ("Mechanism", "Event")), None)
                items = [(referent, "first")] if referent is not None and referent.label in OBJECTS[trigger.predicate] else []
            joined = JOINED.fullmatch(text, t_start, t_end) is not None
            if joined and items:
                items = self._joined_in(mentions, items, upper, start, end, f"{rule}:{how}", modality, emitted)
            self._verb(trigger, subject, items, start, end, f"{rule}:{how}", modality, emitted, joined=joined,
                       verb_at=t_start)
            if how == "listed" and trigger.predicate == "participatedIn" and len(items) == 1 and _meets(items[0][0]) \
                    and MEMBER_STATES.search(text, start, t_start):
                # "The following Member States took part in the session: A, B" of a body's Conference:
                # they are that body's members
                body = self._body_in_name(items[0][0])
                for party in subject if body is not None else ():
                    emitted.append(self._rel(party, "memberOf", body, start, end, f"{rule}:{how}:members", modality))
            if trigger.predicate == "participatedIn" and len(items) == 1 and _meets(items[0][0]):
                # "officials of 11 countries attended the meeting, namely A, B and C": who attended
                namely = NAMELY_AFTER.match(text, gathering.end() if gathering else items[0][0].end, end)
                for party in self._group_right(mentions, namely.end(), end, AGENTS) if namely else ():
                    emitted.append(self._rel(party, "participatedIn", items[0][0], start, end, f"{rule}:namely", modality))
            if trigger.predicate == "initiated" and how == "left" and len(subject) >= 2 \
                    and ESTABLISHED.fullmatch(text, t_start, t_end) and all(_is(m, AGENTS) for m in subject):
                # "China and the Philippines established the BCM": they set it up with each other
                for other in subject[1:]:
                    emitted.append(self._rel(subject[0], "establishedWith", other, start, end, f"{rule}:together", modality))
            if trigger.predicate in GATHERING_PREDICATES:
                # "did not take part in the exercise in Belarus": it met there all the same
                place_modality = "asserted" if trigger.predicate == "participatedIn" and modality == "negated" else modality
                self._gathering_places(mentions, items, upper, start, end, rule, place_modality, emitted)
            prev_subject, prev_modality = subject, modality
            prev_end = max([t_end] + [m.end for m, _ in items + consumed])
            bracket = ALIAS_AFTER.match(text, prev_end, upper) if items else None
            if bracket:
                prev_end = bracket.end()    # "joined the ... Organization (Interpol) and supports": no subject
        self._named_places(mentions, [t_start for t_start, _, _ in found], start, end, emitted)
        self._accessions(mentions, start, end, emitted)
        self._participations(mentions, start, end, emitted)
        self._support_expressed_by(mentions, start, end, emitted)
        self._representing(mentions, start, end, emitted)
        self._led_events(mentions, start, end, emitted)
        self._acts_at_gatherings(mentions, start, end, emitted)
        self._with_participants(mentions, start, end, emitted)
        self._opening_membership(mentions, start, end, emitted)
        self._as_members(mentions, start, end, emitted)
        self._apposed_gathering_parties(mentions, start, end, emitted)
        self._agreements_with(mentions, start, end, emitted)
        self._support_of_for(mentions, start, end, emitted)
        self._joined_in_relative(mentions, start, end, emitted)
        self._as_are_too(mentions, start, end, emitted)
        self._nominal_hosting(mentions, start, end, emitted)
        self._fronted_gathering(mentions, start, end, emitted)
        self._delegations(mentions, start, end, emitted)
        self._met_for(mentions, start, end, emitted)
        self._travelled_for(mentions, start, end, emitted)
        self._parties_named_in_texts(mentions, start, end, emitted)
        self._countries_named_in_texts(mentions, start, end, emitted)
        self._members_named(mentions, start, end, emitted)
        self._of_which_members(mentions, start, end, emitted)
        self._on_the_initiative_of(mentions, start, end, emitted)
        self._parties_set_off(mentions, start, end, emitted)
        self._apposed_members(mentions, start, end, emitted)
        self._apposed_partners(mentions, start, end, emitted)
        self._possessed_partners(mentions, start, end, emitted)
        self._hosted_guests(mentions, start, end, emitted)
        self._became_members(mentions, start, end, emitted)
        self._possessive_members(mentions, start, end, emitted)
        self._hosted_for(mentions, start, end, emitted)
        self._host_nations_listed(mentions, start, end, emitted)
        self._joined_by_them(mentions, start, end, emitted)
        self._among_the_participants(mentions, start, end, emitted)
        self._named_after_its_place(mentions, start, end, emitted)
        self._signed_in_relative(mentions, start, end, emitted)
        self._held_here(mentions, start, end, emitted)
        self._forces_sent(mentions, start, end, emitted)
        self._known_as_group(mentions, start, end, emitted)
        self._along_with_at_gathering(mentions, start, end, emitted)
        self.facts.relations.extend(emitted)
        # (not the first of a group "between" or "among" whom something is, nor those "along with" an unnamed
        # subject: none of them is the sentence's subject)
        asserted = [r for r in emitted if r.modality == "asserted" and r.predicate != "heldIn"
                    and r.rule not in self.between_rules and r.rule != "along-with-at"]
        first = asserted[0].subject if asserted else None
        if first is not None and not (PRONOUN_OPENING.match(text, start) and first.start > start + 3):
            # "We welcome Egypt ... as members of BRICS": Egypt is no "we" of the next sentence
            self.paragraph_subject = [m for m in mentions if (m.start, m.end) == (first.start, first.end)][:1] or self.paragraph_subject
        elif first is None and opener:
            self.paragraph_subject = opener[:1]
        self._events(mentions, start, end, emitted)

    def _opening_subject(self, mentions: list[M], start: int) -> list[M]:
        """The Country or Organisation that opens the sentence, after at most a short adverbial."""
        # "ZHANJIANG, Guangdong - China and ...": a dateline is no part of the sentence
        dateline = DATELINE.match(self.text, start)
        if dateline:
            start = dateline.end()
        # (not a capitalised word before a common noun: "Foreign ministers of A and B", "Arab leaders")
        agents = [m for m in mentions if _is(m, AGENTS) and m.start >= start
                  and not (m.label == ANY and LOWERCASE_NEXT.match(self.text, m.end) and m.text not in country_adjectives())]
        if not agents:
            return []
        first = agents[0]
        lead = self.text[start:first.start]
        lead = re.sub(r"^\s*(?:In|Since|From|On|By|During)\s+[^,]*?(?:\d{4}|year|month)\s*,?\s*", "", lead)
        phrase = COMMA_AFTER_PHRASE.match(self.text, first.end)
        if phrase and (OF_PHRASE_BEFORE.search(lead) or PREPOSITION_BEFORE.search(lead)) and not PEOPLE_OF_LEAD.fullmatch(lead):
            # "In 2017, the 50th anniversary of ASEAN, the Philippines hosted", "Beyond the SCO
            # framework, the chiefs of ... launched": the opening phrase names no subject
            return self._opening_subject(mentions, phrase.end())
        if not PEOPLE_OF_LEAD.fullmatch(lead) and not SPEAKER_LEAD.fullmatch(lead) and (
                # "Foreign ministers of A, B and C met and launched"; "Mohammed bin Salman said Saudi Arabia
                # firmly abides by ... and supports": the reported clause's subject opens it
                len(_words(lead)) > 3 or [m for m in mentions if start <= m.start < first.start and not m.pseudo]):
            return []
        group = [first]
        for m in agents[1:]:
            if _linked(self.text, group[-1], m) == "list":
                group.append(m)
            else:
                break
        return group

    def _relative_object(self, mentions: list[M], subject_start: int, predicate: str) -> list[tuple[M, str]]:
        """"the Jeddah Process, which the United States and Saudi Arabia launched": the object is the
        name before "which", when the subject opens the relative clause."""
        before = [m for m in mentions if m.end <= subject_start and not m.pseudo]
        if before and _is(before[-1], AGENTS) and POSSESSIVE.fullmatch(self.text, before[-1].end, subject_start):
            # "the Dialogue, which China's Ministry of Public Security hosted": the clause opens at the possessor
            subject_start, before = before[-1].start, before[:-1]
        if len(before) >= 2 and before[-2].label == "Event" and _is(before[-2], OBJECTS[predicate]) \
                and APPOSED_SERIES.fullmatch(self.text, before[-2].end, before[-1].start) \
                and OBJECT_RELATIVE.fullmatch(self.text, before[-1].end, subject_start):
            return [(before[-2], "first")]      # "AUSMIN 2023, the annual ... Consultations, which Australia hosted"
        if before and _is(before[-1], OBJECTS[predicate]) and OBJECT_RELATIVE.fullmatch(self.text, before[-1].end, subject_start):
            # "the 19th ADMM and the 12th ADMM-Plus, which Malaysia will host": each of the list before
            listed = _group_left(self.text, mentions, before[-1].end, 0, {before[-1].label}, gap_ok=lambda gap: gap == "")
            return [(m, "first" if k == 0 else "list") for k, m in enumerate(listed if before[-1] in listed else [before[-1]])]
        if before and _meets(before[-1]) and _is(before[-1], OBJECTS[predicate]) \
                and OBJECT_RELATIVE_AFTER_PLACE.fullmatch(self.text, before[-1].end, subject_start):
            return [(before[-1], "first")]      # "the Meeting in Capri last month, which Italy hosted"
        return []

    def _place_of(self, mentions, event: M, upper: int) -> M | None:
        """The place named by "in" right after ``event`` (before ``upper``)."""
        place_at = IN_PLACE.match(self.text, event.end, upper)
        return self._place_after(mentions, place_at.end(), upper) if place_at else None

    def _gathering_places(self, mentions, items, upper, start, end, rule, modality, emitted) -> None:
        """"China held the Summit in Seoul", "took part in the Exercise in Darwin": where the event met."""
        for m, _ in items:
            place = self._place_of(mentions, m, upper) if m.label == "Event" else None
            if place:
                emitted.append(self._rel(m, "heldIn", place, start, end, f"{rule}:place", modality))

    def _acts_at_gatherings(self, mentions, start, end, emitted) -> None:
        """"A and B signed a memorandum on the margins of the 37th AU Summit", "the GCC signed a
        partnership with the EU at the first EU-GCC Summit": who signs or partners at a gathering
        takes part in it."""
        acts = [r for r in emitted if r.predicate in IN_PERSON_PREDICATES and r.modality == "asserted"]
        if not acts:
            return
        by_span = {(m.start, m.end): m for m in mentions if not m.pseudo}
        gatherings = [m for m in mentions if m.label == "Event" and not m.pseudo
                      and classify_event(m.text)[0] in GATHERING_CLASSES]
        events = [m for m in gatherings if AT_GATHERING.search(self.text[max(start, m.start - 40):m.start])]
        # "hosted the BRICS Xiamen Summit, where the leaders of A and B adopted ...": told after it, at it
        where = [m for m in gatherings if WHERE_AFTER.match(self.text, m.end)]
        done = _taking_part(emitted)
        for event in events + where:
            for act in acts:
                told_at = event in where and min(act.subject.start, act.object.start) > event.end
                if max(act.subject.end, act.object.end) > event.start and not told_at:
                    continue        # the act is told after the gathering: not necessarily at it
                for ref in (act.subject, act.object):
                    party = by_span.get((ref.start, ref.end))
                    if party is not None and party.label in AGENTS and (party.start, event.start) not in done:
                        done.add((party.start, event.start))
                        emitted.append(self._rel(party, "participatedIn", event, start, end, f"{act.rule}:at", "asserted"))

    def _fronted_gathering(self, mentions, start, end, emitted) -> None:
        """"At the International Conference on ..., which Nepal hosted in Kathmandu, donors including
        India and China pledged ...": the parties who act in the clause a gathering opens take part in it."""
        text = self.text
        opening = FRONTED_AT.match(text, start, end)
        if opening is None:
            return
        event = next((m for m in mentions if m.start == opening.end() and not m.pseudo), None)
        if event is None or event.label != "Event" or classify_event(event.text)[0] not in GATHERING_CLASSES:
            return
        after = RELATIVE_ASIDE.match(text, event.end, end)
        aside = PARTICIPLE_ASIDE.match(text, event.end, end) if after is None else None
        # (past an aside: "At the first China-Central Asia Summit, hosted by China in Xi'an in May 2023, ...")
        closing = after.end() - 1 if after else text.rindex(",", event.end, aside.end()) if aside else event.end
        comma = FRONTED_COMMA.match(text, closing, end)
        if comma is None:
            return
        parties = self._group_right(mentions, comma.end(), end, AGENTS, representatives=True)
        if not parties or not self._verb_after(parties[-1].end):
            return      # "At the Summit, the US-China talks ...": no party acts
        done = _taking_part(emitted)
        modality = _modality(text[start:end], text[parties[-1].end:parties[-1].end + 30])
        for party in parties:
            if (party.start, event.start) not in done:
                emitted.append(self._rel(party, "participatedIn", event, start, end, "fronted-at", modality))

    def _opening_membership(self, mentions, start, end, emitted) -> None:
        """"As a founding member of the GCTF, which was launched in 2011, China has ...": the
        sentence's subject is a member of the body its opening names (a founder, when founding)."""
        text = self.text
        opening = AS_MEMBER_OF.match(text, start, end)
        if opening is None:
            return
        body = next((m for m in mentions if m.start == opening.end() and not m.pseudo), None)
        if body is None or body.label not in ("Organisation", "Mechanism"):
            return
        fellows, after_body = [], body.end
        alongside = ALONGSIDE.match(text, body.end, end)
        if alongside:
            comma_at = text.find(",", alongside.end(), end)     # the fellows end where the subject's clause starts
            fellows = self._group_right(mentions, alongside.end(), comma_at, AGENTS) if comma_at > 0 else []
            after_body = fellows[-1].end if fellows else after_body
        comma = AFTER_OPENING_BODY.match(text, after_body, end) or AFTER_OPENING_ROLE.match(text, after_body, end)
        subject = self._group_right(mentions, comma.end(), end, AGENTS) + fellows if comma else []
        modality = _modality(text[start:end], text[start:body.end])
        for party in subject:
            emitted.append(self._rel(party, "memberOf", body, start, end, "as-member-of", modality))
            if opening.group("founding"):
                emitted.append(self._rel(party, "initiated", body, start, end, "as-founding-member-of", modality))

    def _as_members(self, mentions, start, end, emitted) -> None:
        """"welcomed Sweden as NATO's 32nd member": the party named before "as" is a member of the body
        that owns the word (the "member-of" trigger reads "China, as a permanent member of the Council");
        "The Comoros attended as chair of the African Union, the Cook Islands as chair of the Pacific
        Islands Forum": each party is a member of the body it chairs."""
        text = self.text
        if text.find(" as ", start, end) < 0:
            return
        for k, party in enumerate(mentions):
            if party.pseudo or not _is(party, AGENTS) or party.label == ANY:
                continue
            later = mentions[k + 1:]
            member = AS_MEMBER_AFTER.match(text, party.end, end)
            if member:
                body = next((m for m in later if (m.start, m.end) == member.span("possessor")), None)
                self._member_in_role(party, member, body, start, end, "as-member", emitted)
            chair = AS_CHAIR_OF.match(text, party.end, end)
            if chair:
                body = next((m for m in later if m.start == chair.end()), None)
                self._member_in_role(party, chair, body, start, end, "chair-of", emitted)

    def _member_in_role(self, party: M, phrase: re.Match, body: M | None, start, end, rule: str, emitted) -> None:
        """``party`` a member of ``body``, the body or mechanism its role (``phrase``) names."""
        if body is None or body.pseudo or body.label not in ("Organisation", "Mechanism"):
            return
        modality = _modality(self.text[start:end], self.text[max(start, party.start - 40):phrase.end()])
        emitted.append(self._rel(party, "memberOf", body, start, end, rule, modality))

    def _apposed_gathering_parties(self, mentions, start, end, emitted) -> None:
        """"Exercise Balikatan 2024, the annual exercise of the AFP and the US armed forces, ...": the
        parties an apposition says the event is of took part in it."""
        text = self.text
        if text.find(",", start, end) < 0:
            return
        done = _taking_part(emitted)
        for event in mentions:
            if event.pseudo or event.label != "Event":
                continue
            apposed = GATHERING_OF_APPOSED.match(text, event.end, end)
            if apposed is None:
                continue
            modality = _modality(text[start:end], text[max(start, event.start - 40):event.start])
            # ("of the leaders of A and B", but "of the Armed Forces of the Philippines" is a name)
            parties = self._group_right(mentions, apposed.end(), end, AGENTS) \
                or self._group_right(mentions, apposed.end(), end, AGENTS, representatives=True)
            for party in parties:
                if (party.start, event.start) not in done:
                    emitted.append(self._rel(party, "participatedIn", event, start, end, "apposed-gathering", modality))

    def _agreements_with(self, mentions, start, end, emitted) -> None:
        """"The Philippines has a Visiting Forces Agreement (VFA) with the United States, ..., and a
        Status of Visiting Forces Agreement with Australia": both sides of each agreement are parties."""
        text = self.text
        if text.find(" has ", start, end) < 0 and text.find(" have ", start, end) < 0 and text.find(" had ", start, end) < 0:
            return      # most sentences: no slice of the text made
        holder = None
        for k, mech in enumerate(mentions):
            if mech.pseudo or mech.label != "Mechanism" or not AGREEMENT_HEAD.search(mech.text):
                continue
            with_ = AGREEMENT_WITH.match(text, mech.end, end)
            partner = next((m for m in mentions[k + 1:] if with_ and m.start == with_.end()), None)
            if partner is None or partner.pseudo or not _is(partner, AGENTS) or partner.label == ANY:
                continue
            before = text[max(start, mech.start - 30):mech.start]
            has = HAS_AGREEMENT.search(before)
            if has:
                at = mech.start - len(before) + has.start()
                holder = next((m for m in reversed(mentions[:k]) if m.end == at), None)
            elif not (holder and AND_AGREEMENT.search(before)):
                continue
            if holder is None or holder.pseudo or not _is(holder, AGENTS) or holder.label == ANY:
                continue
            modality = _modality(text[start:end], text[max(start, holder.start - 40):mech.start])
            for party in (holder, partner):
                emitted.append(self._rel(party, "signed", mech, start, end, "has-agreement-with", modality))

    def _joined_in_relative(self, mentions, start, end, emitted) -> None:
        """"the ... Center, which China initiated and which Cambodia, Laos and Myanmar have joined":
        the parties of the relative clause are members of the body before it."""
        text = self.text
        if text.find("joined", start, end) < 0:
            return
        for which in WHICH_JOINED.finditer(text, start, end):
            parties = self._group_right(mentions, which.end(), end, AGENTS)
            joined = JOINED_AFTER_PARTIES.match(text, parties[-1].end, end) if parties else None
            if joined is None:
                continue
            body = next((m for m in reversed(mentions) if m.end <= which.start() and not m.pseudo
                         and m.label in ("Organisation", "Mechanism")
                         and BODY_BEFORE_WHICH.fullmatch(text, m.end, which.start())), None)
            if body is None:
                continue
            predicate = "signed" if body.label == "Mechanism" and TREATY_HEAD.search(body.text) else "memberOf"
            modality = _modality(text[start:end], text[which.start():joined.end()])
            for party in parties:
                emitted.append(self._rel(party, predicate, body, start, end, "which-joined", modality))

    def _as_are_too(self, mentions, start, end, emitted) -> None:
        """"Kazakhstan and Kyrgyzstan are members of the SCO, as are China, Russia and India": the
        relation stated before the comma holds for the parties after "as are" too."""
        text = self.text
        if text.find(" as ", start, end) < 0:
            return
        for phrase in AS_ARE_TOO.finditer(text, start, end):
            stated = [r for r in emitted if r.sentence_start == start and r.predicate in REPEATED_PREDICATES
                      and r.subject.end <= phrase.start() and r.object.end <= phrase.start()]
            if not stated:
                continue
            last = max(stated, key=lambda r: max(r.subject.end, r.object.end))
            obj = next((m for m in mentions if m.start == last.object.start and m.end == last.object.end), None)
            parties = self._group_right(mentions, phrase.end(), end, AGENTS)
            if obj is None or parties and JOINED_AS.match(text, parties[-1].end):
                continue
            for party in parties:
                emitted.append(self._rel(party, last.predicate, obj, start, end, "as-are-too", last.modality))

    def _nominal_hosting(self, mentions, start, end, emitted) -> None:
        """"We welcomed the successful hosting by Viet Nam of the 25th APEC Economic Leaders' Meeting",
        "the hosting of the Summit by Laos": the host of the gathering, said as a noun."""
        text = self.text
        if text.find("hosting ", start, end) < 0:
            return
        pairs = []
        for phrase in HOSTING_BY.finditer(text, start, end):
            hosts = self._group_right(mentions, phrase.end(), end, AGENTS)
            of = OF_AFTER_HOSTS.match(text, hosts[-1].end, end) if hosts else None
            event = next((m for m in mentions if of and m.start == of.end() and not m.pseudo), None)
            pairs.append((phrase, hosts, event))
        for phrase in HOSTING_OF.finditer(text, start, end):
            event = next((m for m in mentions if m.start == phrase.end() and not m.pseudo), None)
            by = BY_AFTER_EVENT.match(text, event.end, end) if event else None
            pairs.append((phrase, self._group_right(mentions, by.end(), end, AGENTS) if by else [], event))
        for phrase, hosts, event in pairs:
            if event is None or not (event.label == "Event" or _meets(event)):
                continue
            predicate = "coHosted" if text.startswith("co-", phrase.start()) or len(hosts) > 1 else "hosted"
            modality = _modality(text[start:end], text[max(start, phrase.start() - 40):phrase.end()])
            for host in hosts:
                emitted.append(self._rel(host, predicate, event, start, end, "hosting-by", modality))

    def _support_of_for(self, mentions, start, end, emitted) -> None:
        """"reaffirmed the support of the United States for the Philippines": one supports the other."""
        text = self.text
        if text.find("support of", start, end) < 0:
            return
        for phrase, supporters, supported in self._parties_then_target(mentions, SUPPORT_OF, SUPPORT_FOR, start, end):
            if supported.label not in ("Country", "Organisation", "Mechanism"):
                continue
            modality = _modality(text[start:end], text[max(start, phrase.start() - 40):phrase.end()])
            for supporter in supporters:
                emitted.append(self._rel(supporter, "supports", supported, start, end, "support-of-for", modality))

    def _with_participants(self, mentions, start, end, emitted) -> None:
        """"Exercise Pitch Black 2022, hosted by the RAAF, brought together 17 nations, with Germany,
        Japan and the ROK participating for the first time", "the SADC Mission ... began to deploy, with
        troops from Malawi and Tanzania": those "with" take part in the event named before."""
        text = self.text
        if " with " not in text[start:end]:
            return
        done = _taking_part(emitted)
        for match in WITH_BEFORE.finditer(text, start, end):
            parties = self._group_right(mentions, match.end(), end, AGENTS)
            forces = WITH_FORCES_FROM.match(text, match.start(), end)
            if forces:      # (the forces' countries, whatever follows them)
                parties = self._group_right(mentions, forces.end(), end, AGENTS)
            elif not parties or not WITH_TAKING_PART.match(text, parties[-1].end, end):
                continue
            event = next((m for m in reversed(mentions) if m.end <= match.start() and not m.pseudo
                          and (m.label == "Event" or _meets(m) or forces and MISSION_NAME.search(m.text))
                          and not self._lived_through(m)), None)
            if event is None or not parties:
                continue
            modality = _modality(text[start:end], text[match.start():parties[-1].end + 40])
            for party in parties:
                if (party.start, event.start) not in done:
                    emitted.append(self._rel(party, "participatedIn", event, start, end, "with-participating", modality))

    def _joined_in(self, mentions, items, upper, start, end, rule, modality, emitted) -> list[tuple[M, str]]:
        """"Japan joined the Philippines and the United States in a maritime activity": those joined
        take part too, and the activity is what the subject joined (the new items)."""
        if not all(m.label in AGENTS for m, _ in items):
            return items
        following = [m for m in mentions if m.start >= items[-1][0].end and m.end <= upper and not m.pseudo]
        if not following or not _attended(following[0]) \
                or not JOINED_IN.fullmatch(self.text, items[-1][0].end, following[0].start):
            return items
        for party, _ in items:
            emitted.append(self._rel(party, "participatedIn", following[0], start, end, rule + ":joined-in", modality))
        return [(following[0], "first")]

    def _delegations(self, mentions, start, end, emitted) -> None:
        """"the U.S. delegation to the Shangri-La Dialogue", "a Chinese delegation to the Conference"."""
        done = _taking_part(emitted)
        # names inside names ("PLA" of "PLA Navy") stand between no party and its gathering
        outer = [m for m in mentions if not any(o.start <= m.start and m.end <= o.end
                                                 and o.end - o.start > m.end - m.start for o in mentions)]
        for party, gathering in zip(outer, outer[1:]):
            if party.label not in AGENTS or not _attended(gathering) \
                    or (party.start, gathering.start) in done:
                continue
            sent = DELEGATION_TO.fullmatch(self.text, party.end, gathering.start) \
                or SENT_TO.fullmatch(self.text, party.end, gathering.start) or party.pseudo and \
                party.text.endswith(("delegation", "delegations")) and \
                re.fullmatch(r"\s+(?:to|at)\s+(?:the\s+)?", self.text[party.end:gathering.start])
            senders = [party]
            if not sent and re.fullmatch(r"\s+to\s+(?:the\s+)?", self.text[party.end:gathering.start]):
                verb = SENT_NAMED.search(self.text, max(start, party.start - 30), party.start)
                sender = next((m for m in reversed(outer) if m.end <= verb.start()), None) if verb else None
                if verb and sender is not None and sender.label in AGENTS and not self.text[sender.end:verb.start()].strip():
                    sent, senders = verb, [party, sender]
            if sent and sent.re is SENT_TO:
                # "Timor-Leste, Papua New Guinea and Fiji sent observers to": every sender of the list
                senders = _group_left(self.text, mentions, party.end, start, AGENTS) or senders
            if sent:
                # "Landau will lead the U.S. delegation to ...", "... delegation to the Forum will be": the verbs
                # around the phrase say whether it has gone
                after = re.match(r"[^,;:.]{0,30}", self.text[gathering.end:end]).group(0)
                modality = _modality(self.text[start:end], self.text[max(start, party.start - 40):party.start] + " " + after)
                for sender in senders:
                    emitted.append(self._rel(sender, "participatedIn", gathering, start, end, "delegation:to", modality))

    def _met_for(self, mentions, start, end, emitted) -> None:
        """"Leaders of ASEAN and China met in Manila for the 20th ASEAN-China Summit": who met there
        takes part in the gathering, which met in the place named."""
        done = _taking_part(emitted)
        placed = {(r.subject.start, r.subject.end) for r in emitted if r.predicate == "heldIn"}
        for event in mentions:
            if event.pseudo or not _meets(event):
                continue
            lower = max(start, event.start - 160)
            met = MET_FOR.search(self.text[lower:event.start])
            others: list[M] = []
            if met is None:
                # "Chinese President Xi Jinping met Indian Prime Minister Narendra Modi at the SCO summit"
                met = MET_WITH_AT.search(self.text[lower:event.start])
                if met is None:
                    continue
                span_start, span_end = lower + met.start("others"), lower + met.end("others")
                others = [m for m in mentions if span_start <= m.start and m.end <= span_end and _is(m, AGENTS)]
                # the others must be all there is: "Japan and the ROK", not "the press of Japan"
                rest = self.text[span_start:span_end]
                for m in reversed(others):
                    rest = rest[:m.start - span_start] + rest[m.end - span_start:]
                if not others or not re.fullmatch(r"(?:\s|,|\band\b|\bthe\b)*", rest):
                    continue
            verb = lower + met.start()
            parties = _group_left(self.text, mentions, verb, start, AGENTS)
            parties += others if parties else []
            modality = _modality(self.text[start:end], self.text[parties[-1].end if parties else start:event.start])
            for party in parties:
                if (party.start, event.start) not in done:
                    emitted.append(self._rel(party, "participatedIn", event, start, end, "met-for", modality))
            if parties and met.groupdict().get("place") and event.label == "Event" \
                    and (event.start, event.end) not in placed:
                place = self._place_after(mentions, lower + met.start("place"), lower + met.end("place"))
                if place:
                    emitted.append(self._rel(event, "heldIn", place, start, end, "met-for:place", modality))

    def _parties_named_in_texts(self, mentions, start, end, emitted) -> None:
        """"Memorandum of Understanding between the Department of Foreign Affairs of the Republic of the
        Philippines and the Ministry of Foreign Affairs of Viet Nam on ...": the parties its name gives
        (the outermost names between "between" and what it is on) are its signatories."""
        text = self.text
        for m in mentions:
            if m.pseudo or m.label != "Mechanism":
                continue
            between = TEXT_BETWEEN.search(text, m.start, m.end)
            if between is None:
                continue
            topic = TEXT_TOPIC.search(text, between.end(), m.end)
            upper = topic.start() if topic else m.end
            inner = [s for s in self.nested if between.end() <= s.start_char and s.end_char <= upper
                     and s.label_ in ("Country", "Organisation")]
            parties = [s for s in inner if not any(o is not s and o.start_char <= s.start_char and s.end_char <= o.end_char
                                                   for o in inner)]
            # all there is between "between" and the topic: "A and B" (each with its own "of ..." inside)
            if len(parties) != 2 or not re.fullmatch(r"\s*", text[between.end():parties[0].start_char]) \
                    or not re.fullmatch(r"\s+and\s+(?:the\s+)?", text[parties[0].end_char:parties[1].start_char]) \
                    or not re.fullmatch(r"\s*", text[parties[1].end_char:upper]):
                continue
            for s in parties:
                emitted.append(self._rel(_mention_of(s, text), "signed", m, start, end, "text-between", "asserted"))

    def _countries_named_in_texts(self, mentions, start, end, emitted) -> None:
        """"the Japan-Australia Reciprocal Access Agreement, signed in January 2022", "signed the
        India-Australia Mutual Logistics Support Arrangement": the countries that open a signed
        text's name, joined by hyphens, signed it."""
        text = self.text
        for m in mentions:
            if m.pseudo or m.label != "Mechanism" or "-" not in m.text:
                continue
            after = SIGNED_AFTER_NAME.match(text, m.end, end)
            before = after is None and SIGNED_BEFORE_NAME.search(text, max(start, m.start - 20), m.start)
            if not (after or before):
                continue
            countries = sorted((s for s in self.nested if m.start <= s.start_char and s.end_char <= m.end
                                and s.label_ == "Country"), key=lambda s: s.start_char)
            parties, pos = [], m.start
            for s in countries:
                if s.start_char != pos:
                    break
                parties.append(s)
                pos = s.end_char + 1
                if text[s.end_char:pos] != "-":
                    break
            if len(parties) < 2 or text[parties[-1].end_char:parties[-1].end_char + 1] == "-" \
                    or not PAIR_NAMED_TEXT.match(text, parties[-1].end_char, m.end):
                continue
            window = text[m.end:after.end()] if after else text[max(start, before.start() - 40):before.start()]
            modality = _modality(text[start:end], window)
            for s in parties:
                emitted.append(self._rel(_mention_of(s, text), "signed", m, start, end, "text-named-for", modality))

    def _travelled_for(self, mentions, start, end, emitted) -> None:
        """"Wang Yi will travel to Chiang Mai, Thailand ... for the Ninth LMC Foreign Ministers'
        Meeting": the gathering meets where its guests travel to for it."""
        placed = {(r.subject.start, r.subject.end) for r in emitted if r.predicate == "heldIn"}
        for event in mentions:
            if event.pseudo or event.label != "Event" or (event.start, event.end) in placed:
                continue
            travel = TRAVELLED_FOR.search(self.text, max(start, event.start - 160), event.start)
            place = travel and _meets(event) and self._place_after(mentions, travel.start("place"), travel.end("place"))
            if place:
                modality = _modality(self.text[start:end], self.text[start:travel.start()])
                emitted.append(self._rel(event, "heldIn", place, start, end, "travelled-for", modality))

    def _of_which_members(self, mentions, start, end, emitted) -> None:
        """"the Quad, of which India, Australia, Japan and the United States are members", "the Doha
        Process, in which Pakistan is an active participant": the parties of a relative clause after a
        name, by the role it gives them."""
        text = self.text
        for m in mentions:
            if m.pseudo or m.label in ("Country", "Person", "Place"):
                continue
            which = OF_WHICH.match(text, m.end, end)
            if which is None:
                continue
            parties = self._group_right(mentions, which.end(), end, AGENTS)
            role = ROLE_AFTER_PARTIES.match(text, parties[-1].end, end) if parties else None
            belong = BELONG_AFTER_PARTIES.match(text, parties[-1].end, end) if parties and role is None else None
            if role is None and belong is None:
                continue
            predicate = ROLE_PREDICATES[role.group("role").casefold().rstrip("s").replace("ie", "y")] if role else "memberOf"
            role = role or belong
            modality = _modality(text[start:end], text[which.start():role.start()])
            for party in parties:
                emitted.append(self._rel(party, predicate, m, start, end, "of-which", modality))

    def _possessive_members(self, mentions, start, end, emitted) -> None:
        """"Finland, which became NATO's 31st member last April", "Sweden is now the alliance's newest
        member" (with the body named): the subject is a member of the body whose member it is said to be."""
        text = self.text
        if "member" not in text[start:end]:
            return      # most sentences: no regex run
        for body in mentions:
            if body.pseudo or body.label not in ("Organisation", "Mechanism") \
                    or not POSSESSED_MEMBER_AFTER.match(text, body.end, end):
                continue
            verb = BE_BEFORE_BODY.search(text, max(start, body.start - 40), body.start)
            if verb is None:
                continue
            relative = RELATIVE_BEFORE_VERB.search(text, max(start, verb.start() - 12), verb.start())
            parties = _group_left(text, mentions, relative.start() if relative else verb.start(), start, {"Country"})
            modality = _modality(text[start:end], text[verb.start():body.start])
            for party in parties:
                emitted.append(self._rel(party, "memberOf", body, start, end, "possessive-member", modality))

    def _became_members(self, mentions, start, end, emitted) -> None:
        """"Egypt, Ethiopia, Iran and the UAE became members", "Malaysia and Thailand became BRICS partner
        countries on Jan. 1, alongside Belarus and Bolivia", "The group expanded in 2010 when South
        Africa joined": the body is named in the phrase, else it is the last one named (this paragraph
        or the one before)."""
        text = self.text
        stated = {(r.subject.start, r.predicate) for r in emitted}
        found = [(m, "partnerOf" if m.group("role").startswith("partner") else "memberOf", m.group("named"))
                 for m in BECAME_ROLE.finditer(text, start, end)]
        joined = list(JOINED_NOTHING.finditer(text, start, end))
        if joined and GROWING_BODY.search(text, start, end):
            found += [(m, "memberOf", None) for m in joined]
        for match, predicate, named in found:
            parties = _group_left(text, mentions, match.start(), start, AGENTS)
            if named:
                body = next((m for m in mentions if m.start == match.start("named") and m.end <= match.end("named")
                             and _is(m, OBJECTS["memberOf"])), None)
            else:
                # "The OTS was founded in 2009 under the Nakhchivan Agreement ... Uzbekistan became a full
                # member in 2019": the body the last sentence opened with, else the one named last
                body = self._previous_subject_body(start, members=True) or self._last_body(match.start(), start)
            if body is None or not parties or not _is(body, OBJECTS[predicate]):
                continue
            alongside = ALONGSIDE_AFTER_DATE.match(text, match.end(), end)
            if alongside:       # ", alongside Belarus, Bolivia and Cuba": the same for them
                parties += self._group_right(mentions, alongside.end(), end, AGENTS)
            modality = _modality(text[start:end], text[start:match.start()])
            for party in parties:
                if party is not body and (party.start, predicate) not in stated:
                    emitted.append(self._rel(party, predicate, body, start, end, "became-" + predicate, modality))

    def _hosted_guests(self, mentions, start, end, emitted) -> None:
        """"China hosted the leaders of Kazakhstan and Uzbekistan at the first China-Central Asia
        Summit": the guests take part in it, and the host (when named) hosts it; so do those one
        "joined" or "met" there."""
        text = self.text
        done = _taking_part(emitted)
        for guests in HOSTED_GUESTS.finditer(text, start, end):
            parties = self._group_right(mentions, guests.end(), end, AGENTS)
            if not parties:
                continue
            parties_end = parties[-1].end
            dashed = MEMBERS_IN_DASHES.match(text, parties_end, end) if parties[-1].label in ("Organisation", "Mechanism") else None
            listed = self._group_right(mentions, dashed.end(), end, AGENTS) if dashed else []
            closing = SET_OFF_CLOSING.match(text, listed[-1].end) if listed else None
            if closing:
                # "joined his counterparts from the Nordic-Baltic Eight (NB8) – Denmark, Estonia and Finland –
                # for": the members named between dashes are the guests
                parties, parties_end = listed, closing.end()
            event = next((m for m in mentions if m.start >= parties_end and not m.pseudo), None)
            if event is None or not _attended(event) or not GUESTS_AT.fullmatch(text, parties_end, event.start):
                continue
            modality = _modality(text[start:end], text[start:guests.end()])
            for party in parties:
                if (party.start, event.start) not in done:
                    emitted.append(self._rel(party, "participatedIn", event, start, end,
                                             "met-at" if guests.group("verb")[0] in "jm" else "hosted-guests", modality))
            if guests.group("verb").startswith("host"):
                # (not a name no rule knows, a person's: "the Afghan people, as Minister S. Jaishankar hosted")
                host = [m for m in _group_left(text, mentions, guests.start(), start, AGENTS)
                        if m.label != ANY or m.text.isupper()]
                if host and not HOST_BEFORE_VERB.fullmatch(text, host[-1].end, guests.start()):
                    host = []       # "... in Afghanistan and agreed ..., as Minister S. Jaishankar hosted": no host named
                    # as the verb's subject
                hosted = {(r.subject.start, r.object.start) for r in emitted if r.predicate == "hosted"}
                for m in host:
                    if (m.start, event.start) not in hosted:
                        emitted.append(self._rel(m, "hosted", event, start, end, "hosted-guests:host", modality))

    def _host_nations_listed(self, mentions, start, end, emitted) -> None:
        """"African Lion 2024 ... brought together 8,100 troops across four host nations: Morocco,
        Tunisia, Ghana and Senegal": the countries listed as a gathering's host nations host it (one)
        or co-host it (several). The gathering is the last named before in the sentence."""
        text = self.text
        if text.find("host ", start, end) < 0:
            return      # most sentences: no regex run
        for listed in HOST_NATIONS_LISTED.finditer(text, start, end):
            hosts = self._group_right(mentions, listed.end(), end, {"Country"})
            event = next((m for m in reversed(mentions) if m.end <= listed.start() and not m.pseudo
                          and (m.label == "Event" or _meets(m)) and not self._lived_through(m)), None)
            if not hosts or event is None or any(m.label != "Country" for m in hosts):
                continue
            predicate = "coHosted" if len(hosts) > 1 else "hosted"
            stated = {(r.subject.start, r.object.start) for r in emitted if r.predicate == predicate}
            modality = _modality(text[start:end], text[start:listed.start()])
            for host in hosts:
                if (host.start, event.start) not in stated:
                    emitted.append(self._rel(host, predicate, event, start, end, "host-nations", modality))

    def _named_after_its_place(self, mentions, start, end, emitted) -> None:
        """"the Vilnius summit", "NATO's Riga summit", "the Pretoria peace talks": a summit or talks
        named after the place they met in (the place a name of its own inside the event's) were held
        there."""
        if not self.nested_places:
            return
        placed = {r.subject.start for r in emitted if r.predicate == "heldIn"}
        for event in mentions:
            if event.label != "Event" or event.pseudo or event.start in placed:
                continue
            tail = SUMMIT_AFTER_PLACE.search(event.text)
            place = self.nested_places.get(event.start + tail.start()) if tail else None
            if place is not None and place.start_char >= event.start:
                emitted.append(self._rel(event, "heldIn", _mention_of(place, self.text), start, end,
                                         "named-after-place", "asserted"))

    def _along_with_at_gathering(self, mentions, start, end, emitted) -> None:
        """"Delegations of the regime and the opposition attended the meeting, along with Jordan, Lebanon
        and Iraq as observers and the UN": no party named before the verb, so those "along with" it take
        part in the gathering called back."""
        text = self.text
        if text.find(" with ", start, end) < 0:
            return
        done = _taking_part(emitted)
        for along in ALONG_WITH_AT_GATHERING.finditer(text, start, end):
            if _group_left(text, mentions, along.start(), start, AGENTS):
                continue        # ("Fiji attended the meeting, along with Tonga": the verb's own rule)
            parties = self._group_right(mentions, along.end(), end, AGENTS)
            event = self._antecedent_event(along.group(2), along.start("phrase"), along.group("phrase")) if parties else None
            if event is None:
                continue
            modality = _modality(text[start:end], text[start:along.start("phrase")])
            for party in parties:
                if (party.start, event.start) not in done:
                    emitted.append(self._rel(party, "participatedIn", event, start, end, "along-with-at", modality))

    def _known_as_group(self, mentions, start, end, emitted) -> None:
        """"France, Germany and the United Kingdom, known as the E3, said": the countries listed are
        members of the group named after "known as"."""
        text = self.text
        if text.find("known", start, end) < 0 and text.find("referred", start, end) < 0:
            return      # most sentences: no regex run
        for known in KNOWN_AS_GROUP.finditer(text, start, end):
            group = next((m for m in mentions if m.start == known.end() and not m.pseudo), None)
            if group is None or not (group.label in ("Organisation", "Mechanism") or group.label == ANY and group.text.isupper()):
                continue
            parties = _group_left(text, mentions, known.start(), start, {"Country"})
            if len(parties) < 2:
                continue        # ("Japan, known as ...": a name of its own, not a group's)
            for party in parties:
                emitted.append(self._rel(party, "memberOf", group, start, end, "known-as-group", "asserted"))

    def _forces_sent(self, mentions, start, end, emitted) -> None:
        """"Besides Norway, contingents have come from A, B and C", "Finland and Sweden also sent
        troops.": no gathering named, so they take part in the last one named in this paragraph or
        the one before."""
        text = self.text
        if not any(word in text[start:end] for word in (" come from", " came from", " arrived from", "sent ", "dispatched ",
                                                        "deployed ", "contributed ")):
            return      # most sentences: no regex run
        done = _taking_part(emitted)
        found = []
        for came in CAME_FROM.finditer(text, start, end):
            parties = self._group_right(mentions, came.end(), end, AGENTS)
            besides = BESIDES_OPENING.match(text, start, came.start())
            if besides and parties:     # "Besides Norway and the United States, contingents have come from": they too
                parties = self._group_right(mentions, besides.end(), came.start(), AGENTS) + parties
            found.append((parties, came.start()))
        found += [(_group_left(text, mentions, sent.start(), start, AGENTS), sent.start()) for sent in SENT_FORCES.finditer(text, start, end)]
        for parties, at in found:
            event = self._last_gathering(at, start) if parties else None
            if event is None:
                continue
            modality = _modality(text[start:end], text[max(start, at - 40):at])
            for party in parties:
                if (party.start, event.start) not in done:
                    emitted.append(self._rel(party, "participatedIn", event, start, end, "forces-sent", modality))

    def _held_here(self, mentions, start, end, emitted) -> None:
        """"The VIII Summit ... concluded on Friday in this capital", "signed ... at the 46th ASEAN
        Summit here": the gathering met where the report's dateline was filed ("Kingstown, Mar 1")."""
        text = self.text
        if text.find("here", start, end) < 0 and text.find("this", start, end) < 0:
            return      # most sentences: no regex run
        for here in HERE.finditer(text, start, end):
            before = [m for m in mentions if m.end <= here.start() and not m.pseudo]
            # (the whole name, not one nested in it: "the VIII Summit of the Reef Community")
            gathering = min((m for m in before if m.end == before[-1].end), key=lambda m: m.start) if before else None
            if gathering is None or not (gathering.label == "Event" or _meets(gathering)) \
                    or not HERE_GAP.fullmatch(text, gathering.end, here.start()) \
                    or any(r.subject.start == gathering.start and r.predicate == "heldIn" for r in emitted):
                continue
            place = self._dateline_place(here.start())
            if place is not None:
                emitted.append(self._rel(gathering, "heldIn", place, start, end, "held-here", "asserted"))

    def _dateline_place(self, pos: int) -> M | None:
        """The place of the last dateline before ``pos``, as a mention of it."""
        dateline = None
        for dateline in DATELINE_PLACE.finditer(self.text, 0, pos):
            pass
        if dateline is None:
            return None
        index = bisect_left(self.mention_starts, dateline.start("city"))
        place = self.mentions[index] if index < len(self.mentions) else None
        if place is None or place.start != dateline.start("city") or place.label not in ("Place", "Country", ANY):
            return None
        if place.label != ANY:
            return place
        if place.text.title() not in place_names():
            return None     # (a name the places list does not hold: "Home, 12 May" is no city)
        # the dateline's city has no class of its own there: a place, as the places list says
        if any(span.start_char == place.start for span in self.facts.places):
            return M(place.start, place.end, "Place", place.text)       # (made for an earlier sentence)
        span = self.doc.char_span(place.start, place.end, label="Place", span_id="relations:place", alignment_mode="strict")
        if span is None:
            return None
        self.facts.places.append(span)
        return M(span.start_char, span.end_char, "Place", span.text)

    def _signed_in_relative(self, mentions, start, end, emitted) -> None:
        """"the Trilateral Security Cooperation Framework (TSCF), which the defense chiefs of South Korea,
        the United States and Japan signed in Tokyo": the parties named in the relative clause signed
        the text named right before it."""
        text = self.text
        if text.find("signed", start, end) < 0:
            return      # most sentences: no regex run
        stated = {(r.subject.start, r.object.start) for r in emitted if r.predicate == "signed"}
        for clause in RELATIVE_SIGNED.finditer(text, start, end):
            before = [m for m in mentions if m.end <= clause.start() and not m.pseudo]
            if len(before) > 1 and _in_brackets(text, before[-1]):
                before.pop()        # "the Framework (TSCF), which": its acronym in brackets
            document = before[-1] if before else None
            if document is None or not _is(document, {"Mechanism"}) or document.label == ANY \
                    or not re.fullmatch(r"(?:\s*\([^()]{1,20}\))?\s*", text[document.end:clause.start()]):
                continue
            parties = [m for m in self._group_right(mentions, clause.start("who"), clause.start("verb"), AGENTS,
                                                    representatives=True) if m.end <= clause.start("verb")]
            if not parties or not re.fullmatch(r"\s*", text[parties[-1].end:clause.start("verb")]):
                continue
            modality = _modality(text[start:end], text[clause.start():clause.end()])
            for party in parties:
                if (party.start, document.start) not in stated:
                    emitted.append(self._rel(party, "signed", document, start, end, "signed-relative", modality))

    def _among_the_participants(self, mentions, start, end, emitted) -> None:
        """"The United States, France and Georgia were among the countries represented", "Estonia was
        also among the participants": they take part in the gathering named last in this paragraph or
        the one before; else in the one the report is about, the first it names (not the last one
        named, which may be an older one told as history)."""
        text = self.text
        if text.find("mong the ", start, end) < 0:
            return      # most sentences: no regex run
        done = _taking_part(emitted)
        found = [(among, _group_left(text, mentions, among.start(), start, AGENTS))
                 for among in AMONG_PARTICIPANTS.finditer(text, start, end)]
        opening = AMONG_OPENING.match(text, start, end)
        if opening:
            found.append((opening, self._group_right(mentions, opening.end(), end, AGENTS, representatives=True)))
        for among, parties in found:
            event = (self._last_gathering(among.start(), start) or next(
                (m for m in self.mentions
                 if (m.label == "Event" or _meets(m)) and not m.pseudo and not self._lived_through(m)), None)) \
                if parties else None
            if event is None:
                continue
            modality = _modality(text[start:end], text[start:among.end()])
            for party in parties:
                if (party.start, event.start) not in done:
                    emitted.append(self._rel(party, "participatedIn", event, start, end, "among-participants", modality))

    def _joined_by_them(self, mentions, start, end, emitted) -> None:
        """"African participants this year include A and B. They are joined by C and D.": those who
        join the last sentence's participants take part in the same gathering."""
        joined = THEY_JOINED_BY.match(self.text, start, end)
        if joined is None or emitted:
            return
        before = [r for r in self.facts.relations if r.predicate == "participatedIn" and r.modality == "asserted"]
        if not before or self.text[before[-1].sentence_end:start].strip():
            return      # (the sentence before states no participation)
        gathering = before[-1].object
        event = next((m for m in self.mentions if (m.start, m.end) == (gathering.start, gathering.end)), None)
        if event is None:
            return
        for party in self._group_right(mentions, joined.end(), end, AGENTS):
            emitted.append(self._rel(party, "participatedIn", event, start, end, "joined-by", "asserted"))

    def _hosted_for(self, mentions, start, end, emitted) -> None:
        """"the Camp David Summit, which the United States hosted for the leaders of Japan and the ROK":
        those a gathering is hosted for take part in it."""
        hosted = {(r.object.start, r.object.end): r for r in emitted if r.predicate == "hosted"}
        if len(hosted) != 1:
            return
        (relation,) = hosted.values()
        guests = HOSTED_FOR.search(self.text, start, end)
        if guests is None:
            return
        # (the hosted gathering may be named in a sentence before: "hosted the summit for")
        event = next((m for m in self.mentions if (m.start, m.end) == (relation.object.start, relation.object.end)), None)
        if event is None:
            return
        done = _taking_part(emitted)
        for party in self._group_right(mentions, guests.end(), end, AGENTS):
            if (party.start, event.start) not in done and (party.start, party.end) != (relation.subject.start, relation.subject.end):
                emitted.append(self._rel(party, "participatedIn", event, start, end, "hosted-for", relation.modality))

    def _listed_groups(self, mentions, pos: int, end: int) -> list[M]:
        """The parties of "the ten ASEAN member states - A, B and C - as well as D and E": each group's
        list after its description (a dash, a colon or "namely"), and the lists joined to it."""
        parties: list[M] = []
        while pos < end:
            described = GROUP_DESCRIPTION.match(self.text, pos, end)
            group = self._group_right(mentions, described.end() if described else pos, end, AGENTS)
            if not group:
                break
            parties += group
            more = MORE_GROUPS.match(self.text, group[-1].end, end)
            if more is None:
                break
            pos = more.end()
        return parties

    def _possessed_partners(self, mentions, start, end, emitted) -> None:
        """"ASEAN's Dialogue Partners, namely Australia, Canada and China": each is a partner of the
        body or country that owns the list."""
        text = self.text
        if "partners" not in text[start:end].casefold():
            return
        for owner in mentions:
            if owner.pseudo or owner.end >= end or not _is(owner, AGENTS):
                continue
            listed = POSSESSED_PARTNERS.match(text, owner.end, end)
            if listed is None:
                continue
            modality = _modality(text[start:end], text[max(start, owner.start - 40):listed.end()])
            for party in self._group_right(mentions, listed.end(), end, AGENTS):
                if party.text != owner.text:
                    emitted.append(self._rel(party, "partnerOf", owner, start, end, "possessed-partners", modality))

    def _apposed_partners(self, mentions, start, end, emitted) -> None:
        """"UN DESA, a partner of the Group of Friends since its launch, ...", "China, Moscow's close
        partner, stayed away": an aside after a name says whose partner it is."""
        text = self.text
        if "partner" not in text[start:end]:
            return      # most sentences: no slice of the text made
        for k, party in enumerate(mentions):
            if not _is(party, AGENTS) or party.label == ANY or k + 1 >= len(mentions):
                continue
            after = mentions[k + 1]
            if after.start <= party.end or not _is(after, AGENTS):
                continue
            partner_of = APPOSED_PARTNER_OF.fullmatch(text, party.end, after.start)
            possessed = APPOSED_POSSESSOR.fullmatch(text, party.end, after.start) \
                and APPOSED_PARTNER_AFTER_POSSESSOR.match(text, after.end, end)
            if partner_of or possessed:
                if party.key and party.key == after.key:
                    continue
                modality = _modality(text[start:end], "")       # the aside says what it is, whatever the verb
                emitted.append(self._rel(party, "partnerOf", after, start, end, "apposed-partner", modality))

    def _apposed_members(self, mentions, start, end, emitted) -> None:
        """"Turkey and Hungary, the only two NATO members yet to ratify it", "Japan, a fellow G7 member,":
        an aside after countries says which body they are members of."""
        text = self.text
        if "member" not in text[start:end]:
            return      # most sentences: no slice of the text made
        for body in mentions:
            if body.pseudo or body.label not in ("Organisation", "Mechanism"):
                continue
            if APPOSED_MEMBERS_AFTER.match(text, body.end, end):
                aside = APPOSED_MEMBERS_BEFORE.search(text, max(start, body.start - 40), body.start)
            else:       # "the United States, the United Kingdom and Canada - fellow members of the Five Eyes -"
                aside = MEMBERS_OF_ASIDE.search(text, max(start, body.start - 40), body.start)
            parties = _group_left(text, mentions, aside.start(), start, {"Country"}) if aside else []
            if parties and all(p.label == "Country" for p in parties):
                modality = _modality(text[start:end], "")       # the aside says what they are, whatever the verb
                for party in parties:
                    emitted.append(self._rel(party, "memberOf", body, start, end, "apposed-members", modality))

    def _on_the_initiative_of(self, mentions, start, end, emitted) -> None:
        """"ZOPACAS was established in 1986 by resolution 41/11, at the initiative of Brazil", "The group
        was launched in 2015 on the initiative of A and B": who took the initiative initiated what the
        sentence opens with (named, or called back by what it is)."""
        text = self.text
        if text.find("initiative of", start, end) < 0:
            return      # most sentences: no regex run
        done = {(r.subject.start, r.object.start) for r in emitted if r.predicate == "initiated"}
        for phrase in INITIATIVE_OF.finditer(text, start, end):
            parties = [m for m in self._group_right(mentions, phrase.end(), end, AGENTS)
                       if m.label in AGENTS or m.label == ANY and m.text.isupper()]
            first = next((m for m in mentions if m.start >= start and not m.pseudo), None)
            opening = OPENING_BODY.match(text, start)
            if first is not None and first.end <= phrase.start() and re.fullmatch(r"\s*(?:The\s+)?", text[start:first.start]) \
                    and (first.label in ("Organisation", "Mechanism", "Event") or first.label == ANY and first.text.isupper()):
                target = first
            elif opening:
                target = self._antecedent_body(opening.group(1), opening.start(1), start)
            else:
                continue
            if target is None or not parties or any(p is target or p.key and p.key == target.key for p in parties):
                continue
            modality = _modality(text[start:end], text[start:phrase.end()])
            for party in parties:
                if (party.start, target.start) not in done:
                    emitted.append(self._rel(party, "initiated", target, start, end, "initiative-of", modality))

    def _parties_set_off(self, mentions, start, end, emitted) -> None:
        """"the Quadrilateral Security Dialogue – Australia, India, Japan and the United States – in",
        "Exercise Malabar (India, Japan and the US)": the countries set off by dashes or brackets right
        after a name are a body's members, a gathering's participants."""
        text = self.text
        for m in mentions:
            if m.pseudo or m.label not in ("Organisation", "Mechanism", "Event"):
                continue
            opening = SET_OFF_OPENING.match(text, m.end, end)
            if opening is None:
                continue
            parties = self._group_right(mentions, opening.end(), end, {"Country"})
            closing = (SET_OFF_CLOSING if opening.group(1) != "(" else BRACKET_CLOSING).match(
                text, parties[-1].end, end) if len(parties) >= 2 else None
            if closing is None or any(p.label != "Country" for p in parties):
                continue
            predicate = "participatedIn" if m.label == "Event" else "memberOf"
            modality = _modality(text[start:end], "")       # the aside says who they are, whatever the verb
            for party in parties:
                emitted.append(self._rel(party, predicate, m, start, end, "set-off", modality))

    def _members_named(self, mentions, start, end, emitted) -> None:
        """"the new members of BRICS: Egypt, Ethiopia and Iran", "the members of the Quad, namely A and B":
        the parties listed after the body are its members."""
        done = {(r.subject.start, r.object.start) for r in emitted if r.predicate == "memberOf"}
        for body in mentions:
            if body.pseudo or not _is(body, OBJECTS["memberOf"]):
                continue
            # "the ADMM-Plus countries, namely A, B and C": the members' word after the body
            members_word = MEMBERS_AFTER_BODY.match(self.text, body.end, end) \
                or (PARTNERS_OF_MECHANISM.match(self.text, body.end, end)
                    if body.label == ANY or body.label == "Mechanism" and MEMBERSHIP_HEAD.search(body.text) else None)
            direct = MEMBER_STATES_THEN_LIST.match(self.text, body.end, end) if members_word is None else None
            if direct is not None and next((m.label for m in mentions if m.start == direct.end()), None) != "Country":
                direct = None       # (a country first: not "the EU member states Ministers ...")
            if members_word is None and direct is None and (
                    "ember" not in self.text[max(start, body.start - 40):body.start]
                    or not MEMBERS_OF.search(self.text, max(start, body.start - 40), body.start)):
                continue
            listed = MEMBERS_LISTED.match(self.text, members_word.end() if members_word else body.end, end) \
                if members_word is not None or direct is None else direct
            if not listed:
                continue
            members = self._group_right(mentions, listed.end(), end, AGENTS)
            if not members and re.match(r"\s+(?:are|were|include|included)\b", self.text[body.end:listed.end()]):
                # "Members of the ADMM-Plus are the 10 ASEAN member states, namely A and B, and eight of
                # ASEAN's dialogue partners, namely C and D": each group's named members
                for namely in re.finditer(r",\s*namely\s+(?:the\s+)?", self.text[listed.end():end]):
                    members += [m for m in self._group_right(mentions, listed.end() + namely.end(), end, AGENTS)
                                if not self.text.startswith(("'s", "’s"), m.end)]
            modality = _modality(self.text[start:end], self.text[max(start, body.start - 60):body.start])
            for member in members:
                if (member.start, body.start) not in done:
                    emitted.append(self._rel(member, "memberOf", body, start, end, "members:listed", modality))

    def _took_part_unnamed(self, mentions, t_start, t_end, upper, lower, start, end, emitted) -> bool:
        """"Aircraft from 20 nations took part, including A, B and C.", "D and E participated as
        observers.": no object named, so the event is the last one named in this paragraph or the
        one before; the parties stand before the verb or after "including"."""
        text = self.text
        including = INCLUDING_AFTER.match(text, t_end, upper)
        parties = self._group_right(mentions, including.end(), upper, AGENTS) if including \
            else _group_left(text, mentions, t_start, lower, AGENTS)
        if not parties:
            return False
        alongside = ALONGSIDE_ENVOYS.match(text, t_end, upper)
        if alongside:
            parties = parties + self._group_right(mentions, alongside.end(), upper, AGENTS)
        opening = OPENING_BODY.match(text, start) if text.startswith("join", t_start) else None
        body = self._antecedent_body(opening.group(1), opening.start(1), start) if opening else None
        if body is not None:
            modality = _modality(text[start:end], text[max(start, t_start - 40):t_end])
            # a member of a body, or of a mechanism the sentence counts members of; else as "joined" a name says
            member = body.label == "Organisation" or MEMBERSHIP_HEAD.search(body.text) \
                or re.search(r"\bmembers?\b", text[start:t_start])
            for party in parties:
                emitted.append(self._rel(party, "memberOf" if member else "participatedIn", body, start, end,
                                         "joined:unnamed" if member else "joined:unnamed" + JOINED_UNSURE, modality))
            return True
        event = self._last_gathering(t_start, start)
        if self.opening_event is not None and (event is None or event.start < start):
            # "The Interaction-2023 exercise took place ..., together with the Search-2023 and Echelon-2023
            # drills. Servicemen from A and B took part.": the gathering the sentence before was about
            event = self.opening_event
        if event is None:
            return False
        # (the whole subject before the verb: "None of the nine nuclear-armed states - A, B and C - attended")
        modality = _modality(text[start:end], text[max(start, t_start - 40) if including else lower:t_end])
        for party in parties:
            emitted.append(self._rel(party, "participatedIn", event, start, end, "participated:unnamed", modality))
        return True

    def _last_gathering(self, pos: int, start: int, *, anywhere: bool = False) -> M | None:
        """The gathering a sentence that names none means: the last one named before ``pos`` in this
        paragraph or the one before (``anywhere`` before), or the one a definite description since
        calls back ("hosted the summit. Ghana also attended.")."""
        text = self.text
        paragraph = 0 if anywhere else self._paragraph_before(start)
        index = bisect_left(self.mention_starts, pos)
        # (not a war, a crisis or a disaster: troops take part in the exercise, not in "the Cold War" named since)
        event = next((m for m in reversed(self.mentions[:index]) if (m.label == "Event" or _meets(m)) and not m.pseudo
                      and m.end <= pos and not self._lived_through(m)), None)
        if event is None or event.start < paragraph:
            # "The international conference was co-organized by ... Delegations from A and B took part":
            # the gathering named further back that a description in these paragraphs calls back
            called = list(DEFINITE_BEFORE.finditer(text, paragraph, pos))
            if called and event is not None:
                return self._antecedent_event(called[-1].group(1), called[-1].start(), called[-1].group(0))
            return None
        later = list(DEFINITE_BEFORE.finditer(text, event.end, pos))
        if later:
            return self._antecedent_event(later[-1].group(1), later[-1].start(), later[-1].group(0))
        return self._edition_of_series(event, index)

    def _edition_of_series(self, m: M, index: int) -> M:
        """"African Lion 2024 ... the largest edition of African Lion. Taking part are A and B": the
        edition named before, when the gathering named last is its series."""
        if m.label != "Event":
            return m
        editions = [other for other in self.mentions[:index] if other.label == "Event" and other.start < m.start
                    and other.text.startswith(m.text) and SERIES_EDITION.fullmatch(other.text, len(m.text))]
        return editions[-1] if editions else m

    def _previous_subject_body(self, start: int, *, members: bool = False) -> M | None:
        """The body that opens the sentence before the one at ``start`` (in the same paragraph); with
        ``members``, one that can have members (not a text: "The Agreement was signed ...")."""
        text = self.text
        paragraph = text.rfind("\n", 0, start) + 1
        previous = self._sentence_before(start)
        if previous is None:
            return None
        previous = max(previous, paragraph)
        index = bisect_left(self.mention_starts, previous)
        first = next((m for m in self.mentions[index:] if not m.pseudo and m.start < start), None)
        # (an acronym the document defines is resolved later: "The OTS was founded")
        if first is None or first.label not in ("Organisation", "Mechanism") \
                and not (first.label == ANY and first.text.isupper()) \
                or not re.fullmatch(r"\s*(?:The\s+)?", text[previous:first.start]) or members and _names_a_text(first):
            return None
        return first

    def _called_back_name(self, called: re.Match, objects: set[str], start: int) -> M | None:
        """The name "the initiative" (``called``, its word in group 1) calls back: a text through
        :meth:`_antecedent_document`; else the last name of ``objects`` in this paragraph or the one
        before whose name holds the word, or the body the sentence before opens with when this
        sentence opens with the words ("The Fund was discussed. The fund was set up by")."""
        word = called.group(1).casefold()
        if word in TEXT_HEADS:
            return self._antecedent_document(word, called.start()) if "Mechanism" in objects else None
        paragraph = self._paragraph_before(start)
        index = bisect_left(self.mention_starts, called.start())
        named = [m for m in reversed(self.mentions[:index]) if m.start >= paragraph and not m.pseudo and m.label in objects]
        stem = word.replace("organis", "organiz")
        match = next((m for m in named if stem in m.text.casefold().replace("organis", "organiz")), None)
        if match is None and not self.text[start:called.start()].strip():
            match = self._previous_subject_body(start)
        bodies = [m for m in named if m.label in ("Organisation", "Mechanism")]
        if match is None and word in GENERIC_BODY_WORDS and bodies and len({m.key for m in bodies}) == 1:
            match = bodies[0]       # "since the format was launched by": the one body the paragraph names
        return match

    def _sentence_before(self, start: int) -> int | None:
        """Where the sentence before the one at ``start`` begins, as the pipeline split it (None at the
        text's start)."""
        t = self.table
        last_token = bisect_left(t.idx, start) - 1
        return t.idx[t.sentence_start[last_token]] if last_token >= 0 else None

    def _called_back_before(self, start: int) -> M | None:
        """The body the sentence before the one at ``start`` opens with by the head of its name ("The
        symposium today has 25 members": the Indian Ocean Naval Symposium, the last name of the text
        with that head; not the "Conclave of Chiefs of the ... Symposium")."""
        previous = self._sentence_before(start)
        if previous is None:
            return None
        opening = re.match(r"\s*The\s+([a-z]{4,})\b", self.text[previous:start])
        if opening is None:
            return None
        word = opening.group(1)     # (the head of a name given anywhere before)
        index = bisect_left(self.mention_starts, previous)
        return next((m for m in reversed(self.mentions[:index]) if not m.pseudo
                     and m.label in ("Organisation", "Mechanism") and re.search(rf"\b{word}$", m.text, re.IGNORECASE)
                     and not _names_a_text(m)), None)

    def _previous_subject_event(self, start: int) -> M | None:
        """The gathering that opens the sentence before the one at ``start`` (past "The" and a
        dateline: "Vientiane (VNA) – The 31st ASEAN Regional Forum took place")."""
        t = self.table
        last_token = bisect_left(t.idx, start) - 1
        while last_token >= 0 and not self.text[t.idx[last_token]:start].strip():
            last_token -= 1     # past the blank lines before this sentence (a paragraph's break)
        if last_token < 0:
            return None
        opening = OPENING_BEFORE_SUBJECT.match(self.text, t.idx[t.sentence_start[last_token]], start)
        first = next((m for m in self.mentions[bisect_left(self.mention_starts, opening.end()):]
                      if not m.pseudo and m.start == opening.end()), None)
        return first if first is not None and first.label == "Event" and _meets(first) else None

    def _paragraph_before(self, start: int) -> int:
        """Where the paragraph before the one holding ``start`` begins (0 in the first two)."""
        paragraph = self.text.rfind("\n", 0, start)
        return self.text.rfind("\n", 0, max(paragraph - 1, 0)) + 1 if paragraph > 0 else 0

    def _body_in_name(self, gathering: M) -> M | None:
        """The body a gathering's name holds ("... Conference of Heads of State and Government of the
        Economic Community of Central African States (ECCAS)": the Community), when it holds one."""
        inside = next((s for s in self.nested if gathering.start <= s.start_char and s.end_char <= gathering.end
                       and s.label_ == "Organisation"), None)
        return _mention_of(inside, self.text) if inside is not None else None

    def _last_body(self, pos: int, start: int) -> M | None:
        """The body or mechanism one may be a member of, named last before ``pos`` in this paragraph or
        the one before: what "its members" and "the organization's membership" call back."""
        paragraph = self._paragraph_before(start)
        index = bisect_left(self.mention_starts, pos)
        body = next((m for m in reversed(self.mentions[:index]) if m.end <= pos and not m.pseudo
                     and m.label in ("Organisation", "Mechanism")), None)
        return body if body is not None and body.start >= paragraph else None

    def _participants_after_be(self, mentions, t_start, t_end, start, end, emitted) -> bool:
        """"Also taking part are A and B", "Taking part in the drill were C and D": the parties come
        after "are"; the gathering is named after "in", called back ("the drill"), or the last one
        named. "the ARF participants taking part are E, F": they are members of the ARF, too."""
        text = self.text
        if text[t_start:t_end].casefold() == "present in":
            t_end -= 3      # "the delegations present in Victoria Falls were": where they were present
        be = PARTIES_AFTER_BE.match(text, t_end, end)
        if be is None or not (TAKING_PART.match(" " + text[t_start:t_end].casefold())
                              or text[t_start:t_end].casefold() in ("participants", "attendees", "delegations", "present")):     # "this year's participants are"
            return False
        parties = self._group_right(mentions, be.end(), end, AGENTS, representatives=True)
        body_of_role = None
        role = BODY_ROLE_BEFORE_LIST.match(text, parties[0].end) if parties and parties[0].label in ("Organisation", "Mechanism") \
            and len(parties) == 1 else None
        if role:        # "NATO allies Albania, Bulgaria and Croatia": the allies take part, as members of NATO
            body_of_role = parties[0] if role.group("role") != "partners" else None
            parties = self._group_right(mentions, role.end(), end, AGENTS)
        if not parties:
            return False
        what = be.group("what")
        beside = BESIDE_PARTY.fullmatch(what)
        if beside:      # "Taking part alongside the United States are A and B": it takes part too
            parties = [m for m in mentions if t_end + beside.start(1) <= m.start and m.end <= be.start("be")
                       and m.label in AGENTS and not m.pseudo] + parties
        if PARTY_NOUN.fullmatch(what) or beside:
            # "Among the participating countries are", "Participating nations include": in the gathering
            # the report is about
            event = self._last_gathering(t_start, start, anywhere=True)
        elif what.strip() and not WHEN_ONLY.fullmatch(what):      # (not "participants this year include")
            named = [m for m in mentions if t_end <= m.start and m.end <= be.start("be") and not m.pseudo]
            where = re.match(r"\s+(?:at|in)\s+", what)     # "Attendees at the summit", "Attendees at Blenheim"
            called = DEFINITE_GATHERING.match(text, t_end + (where.end() if where else 0), be.start("be"))
            if named and _meets(named[-1]):
                event = named[-1]
            elif called and not named:
                event = self._antecedent_event(called.group(1), t_start, called.group(0))
            elif where and not [m for m in named if m.label not in ("Place", ANY)] \
                    and re.fullmatch(r"(?:the\s+)?[A-Z][\w'’ -]{0,40}", what[where.end():]):
                event = self._last_gathering(t_start, start, anywhere=True)     # where it met: the gathering is the last
            else:
                return False
        else:       # (what takes part is in a gathering: the one the report is about, however far back)
            event = self._last_gathering(t_start, start, anywhere=True)
            if event is not None and not DATED_NAME.search(event.text):
                # "Khaan Quest began in 2003 ... This year's participants are": the edition named
                # before, not the series its history was told of
                event = next((m for m in reversed(self.mentions) if m.end <= t_start and m.label == "Event"
                              and m.text.startswith(event.text + " ") and DATED_NAME.search(m.text)), event)
        if event is None:
            return False
        modality = _modality(text[start:end], text[max(start, t_start - 40):t_end])
        for party in parties:
            emitted.append(self._rel(party, "participatedIn", event, start, end, "participated:after-be", modality))
        if body_of_role is not None:
            # the allies are those listed before another kind of nation ("..., as well as partner nations D and E")
            cut = next((k for k in range(1, len(parties))
                        if KINDS_OF_NATIONS_LINK.fullmatch(text, parties[k - 1].end, parties[k].start)), len(parties))
            for party in parties[:cut]:
                emitted.append(self._rel(party, "memberOf", body_of_role, start, end, "participated:after-be:allies", modality))
        body = next((m for m in reversed(mentions) if m.end <= t_start and not m.pseudo), None)
        if body is not None and _is(body, OBJECTS["memberOf"]) and MEMBERS_NOUN.fullmatch(text, body.end, t_start):
            for party in parties:
                emitted.append(self._rel(party, "memberOf", body, start, end, "participated:after-be:members", modality))
        return True

    def _named_places(self, mentions, trigger_starts: list[int], start, end, emitted) -> None:
        """"the 37th African Union Summit in Addis Ababa", "Exercise Pitch Black in Darwin":
        a gathering named with where it met, whatever the sentence says of it."""
        placed = {(r.subject.start, r.subject.end) for r in emitted if r.predicate == "heldIn"}
        for m in mentions:
            # (or a dated name the corpus pass will label: "conducted Joint Sea-2019 off Qingdao")
            if m.pseudo or (m.start, m.end) in placed or not (_dated_latent(m) or m.label == "Event" and _meets(m)):
                continue
            place = self._place_of(mentions, m, next((t for t in trigger_starts if t >= m.end), end))
            if place:
                # where it met holds whatever the sentence asks or denies of the event
                emitted.append(self._rel(m, "heldIn", place, start, end, "event:place", "asserted"))
                country = self._country_of_city(mentions, place)
                if country is not None:     # "in Kochi, India": in India too
                    emitted.append(self._rel(m, "heldIn", country, start, end, "event:place:country", "asserted"))

    def _country_of_city(self, mentions, place: M) -> M | None:
        """The country named right after a city, in commas: "India" of "Kochi, India,"."""
        if place.label != "Place":
            return None
        country = next((m for m in mentions if m.start > place.end and not m.pseudo), None)
        if country is not None and country.label == "Country" and re.fullmatch(r",\s*", self.text[place.end:country.start]) \
                and re.match(r"\s*(?:[,.;:)]|$|\s(?:in|on|from|last|this|next|to|for)\b)", self.text[country.end:country.end + 6]):
            return country
        return None

    def _kind_described(self, m: M) -> set[str]:
        """The lower-case words right after an event's name that say what it is: "exercise" and
        "drill" of '"Peace Mission-2021" joint counter-terrorism military exercise'."""
        described = KIND_DESCRIBED.match(self.text, m.end) or EDITION_DESCRIBED.match(self.text, m.end)
        return set(described.group(0).casefold().split()) if described else set()

    def _antecedent_event(self, word: str, pos: int, phrase: str = "") -> M | None:
        """"Lithuania hosted the summit": the last event named before ``pos`` whose name holds
        ``word`` ("Vilnius Summit"). "The second summit", "the next meeting" (``phrase``) call
        back only an event of that number, and no other edition."""
        edition = EDITION_IN_PHRASE.search(phrase)
        number = edition.group(1).casefold() if edition else None
        if number in OTHER_EDITION:
            return None

        def of_that_number(m: M) -> bool:      # "the second summit" is not "the first ... Summit"
            return number is None or number in m.text.casefold().split()

        broader = LOWERCASE_BROADER_KINDS.get(word) if word.islower() else None
        word = re.sub(r"\s+", " ", word.casefold())
        words = KIND_SYNONYMS.get(word, {word})       # "the drill" calls back "... Maritime Exercise 2018"
        broader = broader or BROADER_KINDS.get(word)
        index = bisect_left(self.mention_starts, pos)
        if word == "edition":       # "this year's edition": of whatever kind, the gathering named last
            return next((m for m in reversed(self.mentions[:index]) if m.end <= pos and not m.pseudo
                         and (m.label == "Event" or _meets(m)) and not self._lived_through(m) and of_that_number(m)), None)
        for kinds in (words, broader):
            for m in reversed(self.mentions[:index]) if kinds else ():
                # (or a forum series: "the Belt and Road Forum for International Cooperation ... took part in the Forum")
                if (m.label == "Event" or _meets(m)) and m.end <= pos and (kinds & set(re.split(r"[\s-]+", m.text.casefold()))
                                                                      or word == "summit" and "heads of state" in m.text.casefold()):
                    # (a meeting of heads of state is a summit: "the 18th Meeting of the SCO Council of Heads of State")
                    if not of_that_number(m):
                        return None
                    return m if number else self._latest_edition(m, index, pos)
        # "co-hosted Cobra Gold 2019 ... participated in the exercise": a name without its kind
        # word, when it is the last event of the paragraph and nothing says it is of another kind
        # (or a dated name no rule has labelled yet, "Coral Trident 2021")
        paragraph = self.text.rfind("\n", 0, pos) + 1
        last = next((m for m in reversed(self.mentions[:index]) if m.end <= pos and (
            m.label == "Event" or _dated_latent(m))), None)
        if last is not None and last.start >= paragraph and classify_event(last.text)[0] == "Event" and of_that_number(last):
            return last
        if word == "meeting" and "Meeting" in phrase and number is None:
            # "The Meeting was attended by": in a chairman's statement, the numbered gathering it is of
            return next((m for m in self.mentions if m.label == "Event" and m.end <= pos and ORDINAL_PREFIX.match(m.text)), None)
        # '"Peace Mission-2021" joint counter-terrorism military exercise ... took part in the exercise':
        # the last event the text has described with the word (a name saying nothing, or another kind)
        return next((m for m in reversed(self.mentions[:index]) if m.label == "Event" and m.end <= pos
                     and words & self._kind_described(m) and of_that_number(m)), None)

    def _latest_edition(self, m: M, index: int, pos: int) -> M:
        """"the third ... Meeting was held ... The first ... was held in 2021, and the Second ... in
        2022. Ministers attended the meeting": an older edition told as history in a sentence before
        is not the one the report is about; the latest edition of the series named before is."""
        number, series = edition(m.text)
        t = self.table
        token = bisect_left(t.idx, pos) - 1
        if number is None or token < 0 or m.start >= t.idx[t.sentence_start[token]]:
            return m        # ("which hosted the 52nd ... Meeting, chaired the Forum": the one just named)
        series = series.casefold()
        latest = m
        for other in self.mentions[:index]:
            other_number, other_series = edition(other.text)
            if other.label == "Event" and other_number is not None and other_number > number \
                    and other_series.casefold() == series:
                latest, number = other, other_number
        return latest

    def _antecedent_body(self, word: str, pos: int, start: int) -> M | None:
        """"members of the organization": the body named last in this sentence; else the last one
        of this paragraph or the one before whose name holds ``word`` ("the Collective Security Treaty
        Organization"); else the last one named there. Not a text ("the Minsk Declaration")."""
        paragraph = self._paragraph_before(start)
        word = word.casefold().replace("organis", "organiz")
        bodies = [m for m in reversed(self.mentions[:bisect_left(self.mention_starts, pos)])
                  if m.start >= paragraph and m.end <= pos and not m.pseudo and _is(m, OBJECTS["memberOf"])
                  and (m.label != ANY or m.text.isupper()) and not _names_a_text(m)]
        if not bodies:
            return None
        if bodies[0].start >= start:
            return bodies[0]
        return next((m for m in bodies if word in m.text.casefold().replace("organis", "organiz")), bodies[0])

    def _antecedent_document(self, word: str, pos: int, *, anywhere: bool = False) -> M | None:
        """"acceded to the Treaty": the last mechanism of the paragraph before ``pos`` whose name
        holds ``word`` ("Treaty of Amity and Cooperation in Southeast Asia"); else the one such
        mechanism the paragraph before names ("The following countries signed the Protocol today:
        ..." after the paragraph that named it); "the deal" is any agreement's. With ``anywhere``,
        the one such mechanism the text names before. None when there are several to choose from
        ("the agreement" after two older ones told as history is a third, unnamed)."""
        word = word.casefold()
        words = AGREEMENT_WORDS if word == "deal" else {word}
        paragraph = self.text.rfind("\n", 0, pos) + 1
        before = 0 if anywhere else self._paragraph_before(pos)
        index = bisect_left(self.mention_starts, pos)
        earlier: dict[str, M] = {}
        for m in reversed(self.mentions[:index]):
            if m.start < before:
                break
            if m.label == "Mechanism" and not m.pseudo and m.end <= pos \
                    and not words.isdisjoint(re.split(r"[\s-]+", m.text.casefold())):
                if m.start >= paragraph:
                    return m
                earlier.setdefault(m.text.casefold(), m)
        return next(iter(earlier.values())) if len(earlier) == 1 else None

    def _participle_of_name(self, mentions: list[M], t_start: int, t_end: int) -> bool:
        """Whether the past participle at ``t_start`` follows the mechanism or event it is said of, as
        a reduced passive ("the Treaty signed in Tashkent in 1992", "the Forum launched at ...")."""
        if not self.text[t_start:t_end].endswith("ed") or not PARTICIPLE_AFTER.match(self.text, t_end):
            return False
        index = bisect_left(self.mention_starts, t_start) - 1
        before = self.mentions[index] if index >= 0 else None
        return before is not None and before.label in ("Mechanism", "Event") and not before.pseudo \
            and self.text[before.end:t_start] == " "

    def _noun_modifier(self, mentions: list[M], t_start: int, word: str) -> bool:
        """Whether the trigger ``word`` at ``t_start`` is a bare verb form right after a single name
        ("Ukraine support package", "Japan host city"): one country or body takes "supports",
        "hosts"; the base form after it is a noun, the name its modifier."""
        if word not in BARE_VERB_FORMS:
            return False
        before = [m for m in mentions if m.end <= t_start and not m.pseudo]
        if not before or self.text[before[-1].end:t_start] != " " or before[-1].label not in ("Country", "Organisation"):
            return False
        # "China and Russia support", "Japan, Korea hold": several names take the bare form; so does
        # one after an auxiliary ("Does China support", "will Japan host")
        return not SEVERAL_OR_AUXILIARY_BEFORE.search(self.text[max(0, before[-1].start - 12):before[-1].start])

    def _among_the_first(self, mentions: list[M], lower: int, pos: int) -> list[M]:
        """"Fiji and Tonga were among the first States to ratify", "China was the first country to
        accede to": the names before the phrase."""
        if self.text.find("among the", lower, pos) < 0 and self.text.find("one of the", lower, pos) < 0 \
                and self.text.find("the first", lower, pos) < 0 and self.text.find("the only", lower, pos) < 0:
            return []       # most triggers: no phrase, no pass over the mentions
        for m in reversed(mentions):
            if m.end <= pos and m.start >= lower and _is(m, AGENTS) and m.label != ANY \
                    and AMONG_THE_FIRST_TO.fullmatch(self.text, m.end, pos):
                return _group_left(self.text, mentions, m.end, lower, AGENTS) or [m]
        return []

    def _carried(self, before: str) -> list[M]:
        """The paragraph's subject for "It has ...", "We have ...", or a clause without a subject."""
        several = SEVERAL_PARTIES.search(before)
        if several and TWO_OF_THEM.search(several.group()) and (self.paragraph_pair or self.document_pair):
            # "China and Russia ... The two heads of state signed": the pair; else the document's
            return self.paragraph_pair or self.document_pair
        number = NUMBER_OF_THEM.search(several.group()) if several else None
        count = NUMBER_WORDS[number.group(1).lower()] if number else None
        # (else the last list of as many countries named anywhere: "warships from A, B and C ..., the
        # exercise staged by the three countries")
        listed = self.opening_lists.get(count) or self.country_lists.get(count) if number else None
        if listed:
            return listed       # "The leaders of A, B, C and D agreed ... The four leaders reaffirmed": that list
        if several:
            return []       # "The two militaries have held ...": more than the paragraph's subject
        if DEFINITE_SUBJECT.search(before):
            return []       # "... and next spring the alliance will hold": a subject of its own, unnamed
        if self.paragraph_subject:
            return self.paragraph_subject
        if PRONOUNS.search(before) and self.dominant:
            return [self.dominant]
        return []

    def _listed_after_colon(self, mentions, pos, upper) -> list[M]:
        """The parties listed after the colon that follows ``pos``, when the list ends the sentence
        ("signed the Protocol today: A, B and C.")."""
        colon = COLON_LIST.match(self.text, pos, upper)
        if colon is None:
            return []
        listed = self._group_right(mentions, colon.end(), upper, AGENTS)
        if not listed or self.text[listed[-1].end:upper].strip(" .;\n\"”'’)"):
            return []
        return listed

    def _group_right(self, mentions, pos, upper, classes, *, representatives: bool = False) -> list[M]:
        """The coordinated mentions right after ``pos``; with ``representatives``, also after
        "the leaders of", "the foreign ministers of" ("signed by the leaders of the DPRK and the ROK")."""
        def first_gap(gap: str) -> bool:
            # (or a country's adjective: "organized by the Russian Ministry of Defense")
            rest = gap.strip(" the")
            return not rest or rest in country_adjectives()
        phrase = (REPRESENTATIVES_OF.match(self.text, pos, upper) or OWN_MEMBERS_LISTED.match(self.text, pos, upper)) \
            if representatives else None
        if phrase:
            pos = phrase.end()      # past "delegates from 21 South American countries, including"
        items = _list_right(self.text, mentions, pos, upper, first_gap=first_gap)
        if phrase:
            items = items + self._more_representatives(mentions, items, upper, first_gap)
        if representatives:
            # "the Defence Ministers of ASEAN Member States and the Plus countries, namely A, B and C"
            namely = NAMELY.match(self.text, items[-1][0].end if items else pos, upper)
            if namely:
                items = items + _list_right(self.text, mentions, namely.end(), upper, first_gap=first_gap)
            if items and items[-1][0].label == "Country":
                items = items + self._envoys_listed(mentions, items[-1][0].end, upper)
        return [m for m, _ in items if _is(m, classes)]

    def _more_representatives(self, mentions, items: list, upper: int, first_gap) -> list:
        """"attended by the Chairperson of the AU Commission, the Special Representative of the
        Secretary-General and Head of UNOCA, the President of the CEMAC Commission and a
        representative of the European Union": the bodies of the next representatives listed."""
        text, more = self.text, []
        while items:
            after = NEXT_IN_LIST.match(text, items[-1][0].end, upper)
            phrase = REPRESENTATIVES_OF.match(text, after.end(), upper) if after else None
            if phrase is None or phrase.end() == after.end():
                break
            items = _list_right(text, mentions, phrase.end(), upper, first_gap=first_gap)
            if not items:
                # "the Special Representative of the Secretary-General and Head of": the last office
                second = SECOND_OFFICE.match(text, phrase.end(), upper)
                phrase = REPRESENTATIVES_OF.match(text, second.end(), upper) if second else None
                if phrase is None or phrase.end() == second.end():
                    break
                items = _list_right(text, mentions, phrase.end(), upper, first_gap=first_gap)
            more += items
        return more

    def _envoys_listed(self, mentions, pos: int, upper: int) -> list:
        """"attended by H.E. A, Minister of Foreign Affairs of Armenia; H.E. B, Minister ... of
        Azerbaijan; and H.E. C, ... of Iran": after the first envoy (who stands for a country), each
        next one, in the parts semicolons set off."""
        text, found = self.text, []
        while (part := ENVOY_PART.match(text, pos, upper)) is not None:
            envoy = next((m for m in mentions if m.start == part.end() and m.label == "Country"), None)
            if envoy is None or not ENVOY_PART_END.match(text, envoy.end, upper):
                break       # (the envoy ends the part: "... of the Russian Federation;")
            found.append((envoy, None))
            pos = envoy.end
        return found

    def _representing(self, mentions, start, end, emitted) -> None:
        """"Minister Jaishankar will represent India at the 23rd meeting of ...": the country takes
        part in the gathering its envoy attends for it."""
        text = self.text
        if text.find("represent", start, end) < 0:
            return      # most sentences: no slice of the text made
        done = _taking_part(emitted)
        for verb in REPRESENTS.finditer(text, start, end):
            country = next((m for m in mentions if m.start == verb.end() and m.label == "Country"), None)
            at = REPRESENTED_AT.match(text, country.end, end) if country else None
            gathering = next((m for m in mentions if at and m.start == at.end() and not m.pseudo), None)
            if gathering is None or not (gathering.label == "Event" or _meets(gathering)) \
                    or (country.start, gathering.start) in done:
                continue
            modality = _modality(text[start:end], text[start:verb.end()])
            emitted.append(self._rel(country, "participatedIn", gathering, start, end, "represents-at", modality))
        # "Kyrgyzstan and Tajikistan were represented by their presidents": at the gathering of the report
        for passive in REPRESENTED_BY.finditer(text, start, end):
            parties = [m for m in _group_left(text, mentions, passive.start(), start, AGENTS) if m.label == "Country"]
            # (at the gathering named after the envoy: "represented by its Minister of Defence at the Dialogue")
            named = next((m for m in mentions if m.start > passive.end() and not m.pseudo and self._gathering(m)
                          and AT_BEFORE.search(text, max(passive.end(), m.start - 8), m.start)), None)
            gathering = (named or self._last_gathering(passive.start(), start)) if parties else None
            if gathering is None:
                continue
            modality = _modality(text[start:end], text[parties[-1].end:passive.end()])
            for country in parties:
                if (country.start, gathering.start) not in done:
                    emitted.append(self._rel(country, "participatedIn", gathering, start, end, "represented-by", modality))

    def _parties_then_target(self, mentions, phrase_regex: re.Pattern, joint: re.Pattern, start: int, end: int):
        """For each noun phrase "<noun> of A and B <joint> X" in the sentence ("the accession of A to
        the TAC", "the participation of A in the EAS", "the support of A for B"): (the phrase's match,
        the parties A and B, the name X)."""
        for phrase in phrase_regex.finditer(self.text, start, end):
            parties = self._group_right(mentions, phrase.end(), end, AGENTS)
            joined = joint.match(self.text, parties[-1].end, end) if parties else None
            target = next((m for m in mentions if joined and m.start == joined.end() and not m.pseudo), None)
            if target is not None:
                yield phrase, parties, target

    def _accessions(self, mentions, start, end, emitted) -> None:
        """"welcomed the accession of Panama and Saudi Arabia to the TAC": they become parties to it."""
        text = self.text
        if text.find("ccession", start, end) < 0:
            return      # most sentences: no slice of the text made
        for phrase, parties, target in self._parties_then_target(mentions, ACCESSION_OF, ACCESSION_TO, start, end):
            if target.label not in ("Mechanism", "Organisation"):
                continue
            predicate = "signed" if target.label == "Mechanism" else "memberOf"
            modality = _modality(text[start:end], text[start:phrase.start()])
            if modality == "asserted" and not ACCESSION_DONE.search(text, max(start, phrase.start() - 40), phrase.start()):
                modality = "hypothetical"       # "discussed the accession of": not yet a party
            for party in parties:
                emitted.append(self._rel(party, predicate, target, start, end, "accession", modality))

    def _participations(self, mentions, start, end, emitted) -> None:
        """"welcomed the continued participation of Australia, China and India in the EAS": they take
        part in it (the gathering or the process named after "in")."""
        text = self.text
        if text.find("articipation of", start, end) < 0:
            return      # most sentences: no slice of the text made
        done = _taking_part(emitted)
        for phrase, parties, target in self._parties_then_target(mentions, PARTICIPATION_OF, PARTICIPATION_IN, start, end):
            if not _is(target, OBJECTS["participatedIn"]) or target.label == ANY:
                continue
            modality = _modality(text[start:end], text[start:phrase.start()])
            for party in parties:
                if (party.start, target.start) not in done:
                    emitted.append(self._rel(party, "participatedIn", target, start, end, "participation-of", modality))

    def _support_expressed_by(self, mentions, start, end, emitted) -> None:
        """"welcomed the support for the AOIP expressed by external partners, including Australia, China
        and India": the parties named after "by" support what is named after "for"."""
        text = self.text
        if text.find("upport for", start, end) < 0:
            return      # most sentences: no slice of the text made
        for phrase in SUPPORT_FOR_NAME.finditer(text, start, end):
            target = next((m for m in mentions if m.start == phrase.end() and not m.pseudo), None)
            by = EXPRESSED_BY.match(text, target.end, end) if target is not None else None
            if by is None or not _is(target, OBJECTS["supports"]) or target.label == ANY:
                continue
            modality = _modality(text[start:end], text[start:phrase.start()])
            for party in self._group_right(mentions, by.end(), end, AGENTS):
                emitted.append(self._rel(party, "supports", target, start, end, "support-expressed-by", modality))

    def _led_events(self, mentions, start, end, emitted) -> None:
        """"the U.S.-led Operation Prosperity Guardian": who leads a named event takes part in it
        ("ASEAN-led mechanisms" names none); "the Rwanda-backed M23", "the Iran-backed Houthis": who backs a
        named body supports it."""
        text = self.text
        if BACKED_BY_NAME.search(text, start, end):
            for backer, backed in zip(mentions, mentions[1:]):
                if _is(backer, AGENTS) and backer.label != ANY and not backer.pseudo and not backed.pseudo \
                        and backed.label in ("Organisation", "Mechanism") and BACKED_BY_NAME.fullmatch(text, backer.end, backed.start):
                    emitted.append(self._rel(backer, "supports", backed, start, end, "backed-compound", "asserted"))
        if text.find("-led ", start, end) < 0:
            return
        for leader, event in zip(mentions, mentions[1:]):
            if _is(leader, AGENTS) and leader.label != ANY and not leader.pseudo and event.label == "Event" \
                    and LED_BY_NAME.fullmatch(text, leader.end, event.start):
                # said as a fact of the event whatever the clause does: "Tonga might join the Fiji-led ..."
                emitted.append(self._rel(leader, "participatedIn", event, start, end, "led-compound", "asserted"))

    def _rel(self, subject: M, predicate: str, obj: M, start: int, end: int, rule: str, modality: str) -> FoundRelation:
        if modality == "scheduled" and predicate not in SCHEDULED_PREDICATES \
                and not (predicate in SCHEDULED_AT_EVENTS and obj.label == "Event"):
            modality = "hypothetical"       # "will sign", "will join": an intention, not yet a fact
        return FoundRelation(subject.ref(), predicate, obj.ref(), start, end, rule, modality)

    def _verb(self, trigger, subject, items, start, end, rule, modality, emitted, *, joined: bool = False,
              verb_at: int = -1) -> None:
        """The relations of a verb trigger at ``verb_at`` (its word tells "chaired", "concluded" and
        "held" apart from the rest of their trigger) between ``subject`` and the ``items`` after it."""
        predicate = trigger.predicate
        chaired = verb_at >= 0 and self.text.startswith("chair", verb_at)
        concluded = verb_at >= 0 and self.text.startswith("conclud", verb_at)
        held = verb_at >= 0 and HELD_VERB.match(self.text, verb_at) is not None
        events = [k for k, (m, _) in enumerate(items) if m.label == "Event"]
        if predicate in ("hosted", "coHosted") and trigger.kind != "with" and len(events) > 1 \
                and any(link == "with" for _, link in items[events[0]:events[-1]]):
            # "held A with Egypt and B with the UAE": each event with the partners named after it
            for k, following in zip(events, events[1:] + [len(items)]):
                self._verb(trigger, subject, [(items[k][0], "first")] + items[k + 1:following], start, end, rule,
                           modality, emitted, joined=joined, verb_at=verb_at)
            return
        classes = trigger.objects or OBJECTS[predicate]
        if concluded and predicate == "signed":
            classes = classes | {"Event"}       # "A and B concluded the Malindo Jaya exercise": they took part
        # "with A and B": both are partners (the list goes on after "with")
        after_with = next((k for k, (_, link) in enumerate(items) if link == "with"), len(items))
        partners = [m for m, _ in items[after_with:] if m.label != "Event"]
        objects = [m for k, (m, _) in enumerate(items) if _is(m, classes) and not (k >= after_with and m.label != "Event")]
        if trigger.kind == "with":
            objects = [m for m, _ in items if _is(m, classes)]
            partners = []
        if partners and (TAKING_PART.match(self.text, partners[-1].end) or chaired and predicate == "hosted"):
            # ("chaired the APT Foreign Ministers' Meeting with China, Japan and the ROK": the meeting's guests)
            # "hosted Exercise Pitch Black, with the Indonesian Air Force taking part": guests, not co-hosts
            for obj in objects:
                if obj.label == "Event":
                    for partner in partners:
                        emitted.append(self._rel(partner, "participatedIn", obj, start, end, rule + ":with-part", modality))
            partners = []
        if predicate == "hosted" and partners and held and not (
                0 < after_with < len(items) and JOINTLY_WITH.search(self.text, items[after_with - 1][0].end, items[after_with][0].start)):
            # "the Ministers held the Plus Three Consultation with China, Japan and the ROK", "conducted the
            # exercise with Malaysia": those it was held with took part, as did who held it ("co-hosted
            # ... with", "held ... together with" make co-hosts)
            predicate, subject, partners = "participatedIn", subject + partners, []
            rule += ":held-with"
        elif predicate in ("hosted", "coHosted") and partners:
            predicate = "coHosted"
            rule += ":with"
        elif predicate == "hosted" and len(subject) > 1:
            predicate = "participatedIn"        # "China and the US held the Dialogue": both took part
            rule += ":joint"
        elif predicate == "coHosted" and len(subject) > 1:
            pass
        for obj in objects:
            if obj.label in AGENTS and predicate in ("hosted", "coHosted", "participatedIn") and obj.label != "Organisation":
                continue
            if predicate in ("hosted", "coHosted") and OFFICE_AFTER.match(self.text, obj.end):
                continue        # "held the rotating 3SI Presidency": the office of the chair, not a gathering
            if predicate == "initiated" and obj.label == "Organisation" and BODY_NOUN_AFTER.match(self.text, obj.end):
                continue        # "set up an SCO development bank": a new body the name qualifies
            # "Finland joined NATO": one joins a body as a member, an exercise or a talks as a participant
            stated, suffix = ("memberOf", ":member") if joined and obj.label == "Organisation" else (predicate, "")
            if stated == "memberOf" and obj.label == "Mechanism" and verb_at >= 0 and PARTY_TO.match(self.text, verb_at):
                stated, suffix = "signed", ":party"     # "China is a contracting party to the Agreement": it signed it
            if joined and obj.label == "Mechanism" and TREATY_HEAD.search(obj.text):
                stated, suffix = "signed", ":treaty"    # "China joined the Chemical Weapons Convention in 1997": a party
            elif joined and obj.label == "Mechanism" and MEMBERSHIP_HEAD.search(obj.text):
                stated, suffix = "memberOf", ":member"  # "India joined the Minerals Security Partnership": a member
            elif joined and obj.label in ("Mechanism", ANY) and not JOINED_AS.match(self.text, obj.end):
                # "China joined the NSG": a member if the corpus pass finds the NSG a body, not a mechanism
                suffix = JOINED_UNSURE
            if stated == "memberOf":
                if ARMED_SERVICE.search(obj.text):
                    continue        # "A and B joined the Indian Navy": in an exercise, not as members of it
                status = JOINED_AS.match(self.text, obj.end)
                if status:      # "joined the SCO as a dialogue partner", "... as an observer": not a member
                    if not status.group("partner"):
                        continue
                    stated, suffix = "partnerOf", ":partner"
            if obj.label == "Event" and (predicate == "signed" or predicate == "initiated" and len(subject) > 1):
                # "A and B launched the Balikatan exercise", "... concluded the exercise": who start or end an
                # occurrence together take part in it ("India launched Operation Maitri": it started it)
                stated, suffix = "participatedIn", ":event"
            # "co-hosted with B", "initiated the LMC together with Thailand", "signed the Treaty with
            # Russia": the partners did it too
            fellows = []
            if stated == "memberOf" and (joined or trigger.predicate == "memberOf") \
                    or stated == "participatedIn" and trigger.predicate == "participatedIn":
                # "joined BRICS as full members alongside Brazil and Russia", "is one of the 18 members of the
                # PIF, alongside Australia and New Zealand", "joined the SCO together
                # with India": those alongside are members too; "took part in the exercise, along with
                # Tonga": so are those alongside a participant
                along = JOINED_ALONGSIDE.match(self.text, obj.end, end)
                fellows = self._group_right(self.mentions, along.end(), end, AGENTS) if along else []
            for s in subject + (partners if predicate in ("coHosted", "initiated", "signed") else []) + fellows:
                if (s.start, s.end) != (obj.start, obj.end) and not (s.key and s.key == obj.key):
                    emitted.append(self._rel(s, stated, obj, start, end, rule + suffix, modality))
                if stated == "hosted" and obj.label == "Event" and s.pseudo and s.text in capital_countries() \
                        and not re.match(r"\s+in\s+(?:the\s+)?[A-Z]", self.text[obj.end:end]):
                    # "Beijing hosted the Forum": the capital acts for its country, and the forum met there
                    # (unless it says where: "Jakarta hosted the Asian-African Conference in Bandung")
                    city = self.doc.char_span(s.start, s.end, label="Place", span_id="relations:place")
                    if city is not None:
                        if city not in self.facts.places:
                            self.facts.places.append(city)
                        emitted.append(self._rel(obj, "heldIn", M(s.start, s.end, "Place", s.text), start, end,
                                                 rule + ":capital", modality))

    def _passive(self, mentions, trigger, t_start, t_end, upper, start, end, emitted) -> None:
        text = self.text
        sentence = text[start:end]
        if trigger.kind == "passive_by" and not text[start:t_start].strip().strip("\"“'‘"):
            self._opening_passive(mentions, trigger, t_start, t_end, upper, start, end, emitted)
            return
        # "The Meeting was attended by": the capitalised word is no name of its own but the gathering named before
        before = [m for m in mentions if m.end <= t_start and not m.pseudo
                  and not (m.label == ANY and DEFINITE_BEFORE.fullmatch(text, max(start, m.start - 4), m.end))]
        gap_start = before[-1].end if before else t_start
        brackets = _acronym_brackets(text, before[-1]) if len(before) >= 2 else None
        if brackets is not None:
            # "the Fifth Summit of the Conference ... in Asia (CICA), which is hosted by", "the 45th
            # Meeting of the Joint Working Group ... (JWG-DOC) was held in": an acronym in brackets
            # names a part of the name before it
            before, gap_start = [m for m in before if m.end <= brackets[0]], brackets[1]     # ("JWG-" too)
        else:
            short = SHORT_FORM_BEFORE.search(text, start, t_start)
            named = [m for m in before if m.end <= short.start()] if short else []
            if named and named[-1].end == short.start() and named[-1].label == "Event" \
                    and passive_gap().fullmatch(short.group("rest")):
                # "the Sixteenth ARF Inter-Sessional Meeting on ... (16th ARF ISM on CTTC) was held in": its short form
                before, gap_start = named, short.start("rest")
        # one signs an agreement; one launches an agreement, a body or an event; one hosts, holds or joins an event
        objects = PASSIVE_OBJECTS.get(trigger.predicate, {"Event"})
        definite = None
        if objects == {"Event"}:    # "The exercise, co-chaired by A and B": the exercise named before
            # (from the sentence's start: a quoted theme between holds names of no party)
            definite = gathering_called_back(text, start, t_start)
        # "The initiative was proposed by Türkiye", "since the format was launched by A and B": the
        # name called back by what it is
        called = CALLED_BACK_NAME.search(text, max(start, t_start - 60), t_start) \
            if trigger.kind == "passive_by" and objects != {"Event"} else None
        called_back = self._called_back_name(called, objects, start) \
            if called and (not before or before[-1].end <= called.start()) else None
        events: list[M] = []
        chain = self._passive_chain
        if called_back is not None:
            event, gap = called_back, ""
        elif chain and chain[0] == start and (passive_gap().fullmatch(text, chain[2], t_start)
                                            or PASSIVE_AND.fullmatch(text, chain[2], t_start)
                                            or PLACE_DATE_THEN.fullmatch(text, chain[2], t_start)):
            # "The Forum, co-hosted by A and B, was attended by C", "launched in 2004 by A and B and
            # joined by C": the event of the passive before
            event, gap = chain[1], text[chain[2]:t_start]
        elif definite and not any(m.end >= definite.end() and self._gathering(m) for m in before):
            # (not "the 27th Ordinary Session of the Conference, which will be held in": the name it ends)
            event, gap = self._antecedent_event(definite.group(1), definite.start(), definite.group(0)), text[definite.end():t_start]
            if event is None:
                return
        else:
            if len(before) >= 2 and before[-1].label in ("Place", "Country", ANY) and self._gathering(before[-2]) \
                    and (IN_PLACE.fullmatch(text, before[-2].end, before[-1].start)
                         or _ends_at(PLACE_ASIDE.match(text, before[-2].end), before[-1].end)):
                before = before[:-1]        # "the Shangri-La Dialogue in Singapore, organised by", "... in Suva, Fiji,"
                gap_start = before[-1].end
            elif len(before) >= 2 and self._gathering(before[-2]) and re.fullmatch(r"\s+[\"“]", text[before[-2].end:before[-1].start]) \
                    and text.startswith(('"', "”"), before[-1].end):
                # 'The Ninth International Conference on ... Security "Ulaanbaatar Dialogue" opened in': the
                # gathering, then the quoted name of its series
                gap_start = before[-1].end + 1
                before = before[:-1]
            elif len(before) >= 2 and before[-1].label in ("Organisation", "Country") and before[-2].label == "Event" \
                    and kind_of_body().fullmatch(text, before[-2].end, before[-1].start):
                gap_start = before[-1].end      # "the Peace Mission 2018 exercise of the SCO was held in"
                before = before[:-1]
            if not before and self.opening_event is not None and IT_OPENING.match(text, start) \
                    and passive_gap().fullmatch(text, text.index("It", start) + 2, t_start):
                before, gap_start = [self.opening_event], t_start      # "It was held in Tianjin": the summit
            relative = RELATIVE_BEFORE_PASSIVE.search(text, start, t_start) if before and "," in text[before[-1].end:t_start] else None
            aside_end = None
            if relative and relative.end() == t_start:
                # "The Six-Party Talks, which involved A, B and C, were hosted by China": the name before the aside
                named = [m for m in before if m.end <= relative.start()]
                if named and passive_gap().fullmatch(text, named[-1].end, relative.start()):
                    before, gap_start, aside_end = named, named[-1].end, relative.start()
            if not before or not (before[-1].label in objects
                                  # (an acronym the corpus pass labels: "The JEF was launched by Britain")
                                  or before[-1].label == ANY and objects != {"Event"} and before[-1].text.isupper()
                                  or trigger.kind in ("passive_by", "event_by") and self._gathering(before[-1])
                                  # ("- Dharma Guardian 2019: held at Vairengte": an edition the corpus pass labels)
                                  or trigger.kind == "passive_in" and _dated_latent(before[-1])):
                return
            event = before[-1]
            gap = text[gap_start:aside_end or t_start]

            began_as = BEGAN_AS.match(gap) if trigger.id == "exercise-between" else None
            if began_as:        # "Cobra Gold began in 1982 as a bilateral exercise between A and B"
                gap = gap[began_as.end():]
            if ALL_OF_THEM.fullmatch(gap) and (trigger.kind == "passive_in" and event.label == "Event"
                                               or trigger.kind == "passive_by" and event.label in objects):
                # "the 31st ASEAN Summit, the 24th ARF and the 12th EAS, all held in Manila", "the GDI,
                # the GSI and the GCI, all proposed by China": each of them
                events = _group_left(text, mentions, event.end, start, {event.label}) or [event]
                gap = ""
            elif APPOSITION_THEN_PASSIVE.fullmatch(gap) and trigger.kind == "passive_by" and event.label != ANY:
                gap = ""        # "Mercosur, the customs union formed by A and B": what the name is, then who formed it
            elif not passive_gap().fullmatch(gap):
                where = None
                if self._gathering(event):      # "the Peace Mission-2014 exercise in Zhurihe, with troops from"
                    kind = gathering_kind().match(gap)
                    where = WHERE_WHEN_ASIDE.match(gap, kind.end() if kind else 0)
                    where = where if where and where.end() > (kind.end() if kind else 0) else None
                elif trigger.kind == "passive_by":      # "the Black Sea Grain Initiative in July 2022, which was signed by"
                    where = DATE_ASIDE.match(gap)
                if where is None or not passive_gap().fullmatch(gap, where.end()):
                    return
                gap = gap[where.end():]     # "the NATO Summit in Vilnius, hosted by Lithuania"
        modality = _modality(sentence, gap + text[t_start:t_end])
        events = events or [event]
        if len(events) == 1 and text.startswith("were ", t_start):
            # "The Charter ... and the MoU ... were signed by": every name of the plural subject
            group = _group_left(text, mentions, event.end, start, objects)
            events = group if len(group) > 1 and group[-1] is event else events
        if trigger.kind == "passive_in":
            if trigger.id == "disaster-struck" and not DISASTER_WORD.search(event.text):
                return      # "the summit hit Manila" says nothing of where it met
            place = self._place_after(mentions, t_end, upper)
            # "struck the Philippines and Taiwan", "held in Fiji and Tonga": every place of the list
            places = [place] if place else []
            if place in mentions:
                listed = self._group_right(mentions, place.start, upper, {"Place", "Country"})
                places = listed if listed[:1] == places else places
                # "held in Chebarkul, Russia": in the city, and so in its country
                # "devastated the Philippines in November 2013, China dispatched": a verb after a place opens a clause
                # "in the Sea of Japan, China's Ministry ... announced": nor a possessor
                places = places[:next((k for k, p in enumerate(places) if k and (
                    self._verb_after(p.end) or text.startswith(("'s", "’s"), p.end))), len(places))]
            for place in places:
                for each in events:
                    emitted.append(self._rel(each, "heldIn", place, start, end, trigger.id, modality))
            if places:      # "held in Nuku'alofa ... and was chaired by": the same event
                # (past the country of the last place: "held ... in Manila, the Philippines, and was chaired by")
                country = PLACE_COUNTRY_AFTER.match(text, places[-1].end)
                self._passive_chain = (start, event, country.end() if country else places[-1].end)
            else:       # "Balikatan 2018, held in May 2018, was joined by": where or when only, in commas
                aside = HELD_ASIDE.match(text, t_end, upper)
                if aside and text.startswith(",", t_start - 2 if text[t_start - 1] == " " else t_start - 1):
                    self._passive_chain = (start, event, aside.end())
            return
        agents = self._group_right(mentions, t_end, upper, AGENTS,
                                   representatives=trigger.kind in ("passive_by", "event_by"))
        cut = next((i for i in range(1, len(agents)) if WHERE_THEN_COMMA.fullmatch(text, agents[i - 1].end, agents[i].start)),
                   None)
        if cut is not None:
            # "At the first Reef Summit, hosted by Fiji in Suva in May 2023, Tonga and Samoa signed":
            # the aside ends at the comma after where and when; the names after it open the clause
            agents = agents[:cut]
        later = next((i for i in range(1, len(agents)) if JOINING_LATER.match(text, agents[i].end)
                      and re.search(r"\bwith\s+(?:the\s+)?$", text[agents[i - 1].end:agents[i].start])), None)
        if later is not None:
            agents = agents[:later]     # "formed by A, B and C in 2009, with South Africa joining in 2010"
        including = INCLUDING_PEOPLE_FROM.search(text, t_end, upper) \
            if not agents and trigger.predicate == "participatedIn" else None
        if including:       # "attended by over 500 representatives ..., including defence ministers from A and B"
            agents = self._group_right(mentions, including.end(), upper, AGENTS)
        counted = COUNTED_INCLUDING.match(text, t_end, upper) if not agents and trigger.kind == "passive_by" else None
        if counted:     # "supported by 56 governments, including A and B": those named of the number
            agents = self._group_right(mentions, counted.end(), upper, AGENTS)
        elif trigger.predicate == "supports":
            # "endorsed by Leaders in Funafuti, Tuvalu": who backs it is named right after "by"
            agents = [a for a in agents if a.label != ANY]
            if agents and not re.fullmatch(r"\s*(?:the\s+)?", text[t_end:agents[0].start]):
                agents = []
            agents = _listed_only(text, agents)     # ("backed by France, leading Chad and Mauritania to leave")
        if trigger.id == "exercise-between" and NAME_BEFORE_BETWEEN.search(text, max(start, t_start - 2), t_start) \
                and gap.strip(" '\"’”"):
            return      # "Exercise Lagoon 2024 between", "'Dosti' among": only right after the name, else "the kind between"
        if trigger.kind == "event_by" and (gap.strip() == "" or trigger.id in ("involving", "exercise-between", "conducted-by")):
            for agent in agents:
                for each in events:
                    emitted.append(self._rel(agent, "participatedIn", each, start, end, trigger.id, modality))
        elif trigger.kind == "passive_by":
            predicate = _passive_predicate(trigger, agents)
            # "The SCO was founded in Shanghai in 2001 by Russia, China, ...": its founders are members
            founded = predicate == "initiated" and FOUNDED.match(text, t_start) is not None
            for agent in agents:
                for each in events:
                    emitted.append(self._rel(agent, predicate, each, start, end, trigger.id, modality))
                    if founded and agent.label == "Country" and (each.label == "Organisation" or MEMBERSHIP_HEAD.search(each.text)):
                        emitted.append(self._rel(agent, "memberOf", each, start, end, f"{trigger.id}:founder", modality))
            if agents and event.label == "Event":
                # "... was co-hosted by China and Malaysia in Guangxi in 2015": where it met (or said
                # before "by": "was organised in Suva by")
                place_at = IN_AFTER_AGENTS.match(text, agents[-1].end, upper) or PLACE_BEFORE_BY.search(text, t_start, t_end)
                place = self._place_after(mentions, place_at.end(), upper) if place_at else None
                if place:
                    emitted.append(self._rel(event, "heldIn", place, start, end, f"{trigger.id}:place", modality))
        if agents:      # (past the last agent's acronym: "initiated by the African Union (AU) and hosted by")
            bracket = ALIAS_AFTER.match(text, agents[-1].end, upper)
            self._passive_chain = (start, event, bracket.end() if bracket else agents[-1].end)

    def _nominal_signing(self, mentions, t_start, t_end, upper, start, end, rule, emitted) -> int | None:
        """"the signing of the Accord by A and B": A and B signed it. Returns where the phrase ends
        when it settles who signed (the agents after "by", or no one when the sentence's subject
        only welcomed or witnessed the signing), else None (the verb's subject signed)."""
        text = self.text
        items = [m for m, _ in _list_right(text, mentions, t_end, upper) if m.label == "Mechanism"]
        if not items:
            return None
        by = SIGNED_BY_AFTER.match(text, items[-1].end, end)
        # (past the "by" trigger of its own, which ends the verb's reach)
        agents = self._group_right(mentions, by.end(), end, AGENTS, representatives=True) if by else []
        modality = _modality(text[start:end], text[t_start:t_end])
        for agent in agents:
            for mechanism in items:
                emitted.append(self._rel(agent, "signed", mechanism, start, end, f"{rule}:by", modality))
        if agents:
            return agents[-1].end
        return items[-1].end if LOOKED_ON_BEFORE.search(text, max(start, t_start - 40), t_start) else None

    def _gathering(self, m: M) -> bool:
        """:func:`_meets`, or an event or an acronym (whose class the corpus pass decides) named after
        the kind of gathering it is ("the bilateral army exercise VINBAX in India") or an event followed by it."""
        if _dated_latent(m) and not m.pseudo:
            return True     # "Malabar 2023 was hosted by": a dated name the corpus pass will label
        return _meets(m) or m.label in (ANY, "Event") and (
            KIND_BEFORE_NAME.search(self.text, max(0, m.start - 30), m.start) is not None
            or m.label == "Event" and gathering_kind().match(self.text, m.end) is not None)     # "Peace Mission-2014 joint exercise"

    def _verb_after(self, pos: int) -> bool:
        """Whether a past-tense verb follows ``pos`` ("China dispatched", "Tonga sent")."""
        word = WORD_AFTER.match(self.text, pos)
        return word is not None and (word.group(1).endswith("ed") or word.group(1) in IRREGULAR_PAST
                                     or word.group(1) in REPORTING_VERBS)

    def _opening_passive(self, mentions, trigger, t_start, t_end, upper, start, end, emitted) -> None:
        """"Co-hosted by A and B, the three-day forum ...", "Organised by A, the 5th B Forum ...": the
        sentence opens with the passive; the event is named, or called back to, after its agents."""
        text = self.text
        agents = self._group_right(mentions, t_end, upper, AGENTS, representatives=True)
        event = None
        # the agents end where the gathering comes: "Organised by the IISS, the Dialogue is": the
        # list's "the Dialogue" is the event called back to, not another organiser
        for count, agent in enumerate(agents, 1):
            after = AFTER_OPENING_PASSIVE.match(text, agent.end, end)
            if not after:
                continue
            named = next((m for m in mentions if m.start == after.end() and not m.pseudo), None)
            if named is not None and named in agents[count:count + 1] and named.label != ANY and not self._gathering(named):
                continue        # "by China, Cambodia and Viet Nam, the LMC": the list goes on
            if named is not None and (named.label == "Event" or self._gathering(named)
                                      or trigger.predicate in PASSIVE_OBJECTS and _is(named, PASSIVE_OBJECTS[trigger.predicate])):
                # "Hosted by the Ministry, VIDE 2024 is held": any event named there; "Launched in 2016 by
                # A and B, the LMC is": what the verb makes
                event = named
            else:
                called = CALLED_BACK_GATHERING.match(text, after.end(), end)
                event = self._antecedent_event(called.group(1), start, called.group(0)) if called else None
            agents = agents[:count]
            break
        if event is None:
            return
        predicate = _passive_predicate(trigger, agents)
        modality = _modality(text[start:end], text[t_start:t_end])
        for agent in agents:
            emitted.append(self._rel(agent, predicate, event, start, end, f"{trigger.id}:opening", modality))

    def _place_after(self, mentions, pos, upper) -> M | None:
        waters = WATERS_OFF.match(self.text, pos, upper) or PLACE_KIND_OF.match(self.text, pos, upper)
        if waters:
            pos = waters.end()      # "in waters off Zhanjiang", "in the coastal town of Queenscliff": the place named
        following = [m for m in mentions if m.start >= pos and not m.pseudo]
        if following and PLACE_LEAD.fullmatch(self.text, pos, following[0].start) \
                and following[0].label in ("Place", "Country"):
            return following[0]
        venue = VENUE_AFTER_THE.match(self.text, pos, upper)
        if venue:
            pos += venue.end(1) - pos       # "held at the Shangri-La Hotel": a venue (not "the Philippine capital")
        rest = self.text[pos:upper]
        match = PLACE_WORDS.match(rest)
        if not match:
            return None
        name = match.group(1)
        if name.split()[0].casefold() in TIME_WORDS:
            return None         # "held in May 2023", "held in Geneva on Monday": a time, not a place
        if name in country_adjectives() and re.match(r"\s+[a-z]", rest[match.end(1):]):
            return None         # "held in Australian waters": the country's adjective, not a place of its name
        # the longest known place the capitalised words open with: "Geneva" of "Geneva Monday"
        words = list(re.finditer(r"\S+", name))
        # a headline's capitalised verb or preposition ends it: "Kicks Off In Kedah With 23 Nations"
        breaker = next((k for k in range(1, len(words)) if words[k].group() in default_rules().breakers
                        or words[k].group() in HEADLINE_PREPOSITIONS), None)
        if breaker is not None:
            name, words = name[:words[breaker - 1].end()], words[:breaker]
        known = next((n for n in range(len(words), 0, -1)
                      if " ".join(w.group() for w in words[:n]) in place_names()), None)
        if known:
            name = name[:words[known - 1].end()]
        if rest.startswith(", D.C.", match.start(1) + len(name)):
            name += ", D.C."        # "held in Washington, D.C. in December"
        s = pos + match.start(1)
        span = self.doc.char_span(s, s + len(name), label="Place", span_id="relations:place", alignment_mode="strict")
        if span is None or any(m.start < span.end_char and span.start_char < m.end for m in mentions
                               if not m.pseudo and m.label != ANY):
            return None
        self.facts.places.append(span)
        place = M(span.start_char, span.end_char, "Place", span.text)
        index = bisect_left(self.mention_starts, place.start)
        self.mentions.insert(index, place)
        self.mention_starts.insert(index, place.start)
        return place

    # ------------------------------------------------------------ events

    def _events(self, mentions: list[M], start: int, end: int, emitted: list[FoundRelation]) -> None:
        events = [m for m in mentions if m.label == "Event" and not m.pseudo]
        if not events:
            return
        dates = find_dates(self.text[start:end], reference=self.date, offset=start)
        for event in events:
            # a date inside the name ("Cooperation for Law Enforcement 2015") dates the event too
            inside = [d for d in dates if event.start <= d.start and d.end <= event.end]
            outside = [d for d in dates if not (event.start <= d.start and d.end <= event.end)]
            chosen = (outside or inside or [None])[0]
            event_class, category = classify_event(event.text)
            ordinal, series = edition(event.text)
            part_of = self._part_of(event)
            self.facts.events.append(FoundEvent(
                mention=event.ref(), text=event.text, event_class=event_class, category=category,
                date=chosen.value if chosen else None,
                date_text=chosen.text if chosen else None, ordinal=ordinal, series=series, part_of=part_of,
                sentence_start=start, sentence_end=end,
            ))

    def _part_of(self, event: M) -> MentionRef | None:
        for span in self.nested:
            if event.start <= span.start_char and span.end_char <= event.end and span.label_ in ("Organisation", "Mechanism"):
                return MentionRef(span.start_char, span.end_char)
        following = self.mentions[bisect_left(self.mention_starts, event.end):]
        if following and following[0].label in ("Organisation", "Mechanism") \
                and MODIFIER_LINK.fullmatch(self.text[event.end:following[0].start]):
            return following[0].ref()
        return None


def _ends_at(match: re.Match | None, pos: int) -> bool:
    return match is not None and match.end() == pos


def _befalls(m: M) -> bool:
    """An event one lives through rather than takes part in: a war, a crisis, a disaster."""
    return WAR_OR_CRISIS.search(m.text) is not None or classify_event(m.text)[0] == "Incident"


def _meets(m: M) -> bool:
    """A gathering: a summit, meeting, exercise ... or a forum series, which one hosts or sends a
    delegation to as well (where it met is said of events only: ``heldIn``'s domain is an event)."""
    if m.label == "Event":
        return classify_event(m.text)[0] in GATHERING_CLASSES
    return m.label == "Mechanism" and FORUM_NAME.search(m.text) is not None and not DOCUMENT_OF.match(m.text)


def _dated_latent(m: M) -> bool:
    """A name no rule has labelled that ends in a year ("Coral Trident 2021", "Joint Sea-2019"): an
    edition, made an event by the corpus pass when the document labels it elsewhere."""
    return m.label == ANY and DATED_NAME.search(m.text) is not None


def _attended(m: M) -> bool:
    """What one takes part in with others: any event, or a forum series."""
    return m.label == "Event" or _meets(m)


def _taking_part(emitted: list[FoundRelation]) -> set[tuple[int, int]]:
    """(party start, event start) of the participations already stated in a sentence."""
    return {(r.subject.start, r.object.start) for r in emitted if r.predicate == "participatedIn"}


CONFERENCE_OF_PARTIES = re.compile(r"cop[ -]?\d{1,2}")


@lru_cache(maxsize=8192)     # asked of each event mention by several rules of its sentence
def classify_event(name: str) -> tuple[str, str | None]:
    """Event class and PLOVER-aligned category from the head word of the name.

    >>> classify_event("Fourth ARF Disaster Relief Exercise")
    ('Exercise', 'COOPERATE')
    """
    lowered = name.casefold()
    if CONFERENCE_OF_PARTIES.fullmatch(lowered):
        return "Conference", "CONSULT"      # "COP28": a Conference of the Parties named by its number
    head_part = EVENT_HEAD_END.split(lowered, 1)[0]
    for part in (head_part, lowered):
        best = None
        for head, cls, category in event_classes():
            for match in re.finditer(r"\b%s\b" % re.escape(head), part):
                if best is None or match.start() > best[0] or (match.start() == best[0] and len(head) > best[3]):
                    best = (match.start(), cls, category, len(head))
        if best:
            if best[1] == "Operation" and named_with_its_year(name.split()[-1]):
                return "Exercise", "COOPERATE"      # "Peace Mission-2021": the drill's name joined to its year
            return best[1], best[2]
    if named_with_its_year(name.split()[-1] if name.split() else ""):
        return "Exercise", "COOPERATE"     # "Joint Sea-2019", "Vostok-2022": an exercise's name joined to its year
    return "Event", None


def edition(name: str) -> tuple[int | None, str | None]:
    """"Fourth ARF Disaster Relief Exercise" is edition 4 of "ARF Disaster Relief Exercise"."""
    match = ORDINAL_PREFIX.match(name)
    if not match:
        return None, None
    number = int(match.group(1).replace(",", "")) if match.group(1) else ORDINALS[match.group(2).casefold()]
    return number, name[match.end():].strip()


def find_facts(doc: Doc, *, date: str | None = None) -> Facts:
    """Relations, events and the places they name, for one Doc with resolved mentions."""
    return _Reader(doc, date).run()
