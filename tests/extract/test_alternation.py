"""The first-letter dispatch finds exactly what the plain alternation regex finds."""
import random
import re

import pytest

from diplograph.extract.alternation import Alternation, first_characters, two_character_prefixes
from diplograph.extract.relations import _trigger_regex, load_triggers

PREFIX, SUFFIX = r"(?<![\w-])", r"(?![\w-])"


def plain_trigger_regex() -> re.Pattern:
    parts = [f"(?P<t{i}>{t.pattern})" for i, t in enumerate(load_triggers())]
    return re.compile(r"%s(?:%s)%s" % (PREFIX, "|".join(parts), SUFFIX), re.IGNORECASE)


def found(regex, text, start, end):
    return [(m.span(), m.lastgroup, m.group(0)) for m in regex.finditer(text, start, end)]


@pytest.mark.parametrize("pattern, first", [
    ("(?:was |were )?held in", set("wh")),
    ("co-?host(?:ed|s)", {"c"}),
    ("[a-c]x|y", set("abcy")),
    ("(?:the )?", None),           # may be empty: any position
    (r"\w+ed", None),              # a category: unknown
])
def test_first_characters(pattern, first):
    assert first_characters(pattern, re.IGNORECASE) == first


def test_triggers_dispatch_on_their_first_two_characters():
    scan = _trigger_regex()
    assert scan.letters, "the trigger lexicon should be dispatchable"
    assert len(scan.by_pair["ho"].pattern) < len(scan.regex.pattern) / 5     # fewer alternatives per pair
    # "hu", "mo": no trigger begins so; only those whose first two characters cannot be told are tried
    assert "hu" not in scan.by_pair and "mo" not in scan.by_pair
    assert scan.unknown_pair["h"].pattern.count("(?P<") == 1


@pytest.mark.parametrize("pattern, pairs", [
    ("(?:was |were )?held in", {"wa", "we", "he"}),
    ("co-?host(?:ed|s)", {"co"}),
    ("[a-b]x|yz", {"ax", "bx", "yz"}),
    ("(?:a|an) ", {"a ", "an"}),
    ("(?<=, )(?:a|an)(?= )", None),   # a match may end after one letter
    (r"\w+ed", None),                 # a category: unknown
    ("(?:[a-z]+ )?member", None),     # too many pairs: unknown
])
def test_two_character_prefixes(pattern, pairs):
    assert two_character_prefixes(pattern, re.IGNORECASE) == pairs


def test_same_matches_as_the_plain_regex_on_random_text():
    plain, scan = plain_trigger_regex(), _trigger_regex()
    words = [t.pattern.replace("?", "").replace("(", "").replace(")", "").replace(":", "").split("|")[0]
             for t in load_triggers()]
    words += ["Hosted", "HELD IN", "co-hosted", "ſigned", "\u212a", "ı", "İ", "the", "and", "China", "-", "'s",
              "“", "held-in", "by", "with", "between", "part", "in", "joined", "2015", "é"]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice([" ", "", "-", "\n", ", ", "  "]) for _ in range(rng.randint(1, 30)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert found(scan, text, start, end) == found(plain, text, start, end), (text, start, end)


def test_falls_back_to_the_full_regex_when_a_first_character_is_unknown():
    scan = Alternation([r"(?P<a>\w+ed)", "(?P<b>by)"], prefix=PREFIX, suffix=SUFFIX, flags=re.IGNORECASE)
    assert not scan.letters
    assert found(scan, "hosted by Japan", 0, 15) == [((0, 6), "a", "hosted"), ((7, 9), "b", "by")]
