"""What a pipeline prepares at start-up, kept on disk: read back, it works as made."""
import re

import pytest

from diplograph.extract import prepared as prep
from diplograph.extract.prepared import compiled_regexes, kept_in, prepared

PATTERNS = [r"(?<![\w-])(?:(?P<t0>held (?:in|at))|(?P<t1>co-?host(?:ed|s)))(?![\w-])", r"[^\x00-\x7f]|\d{4}"]
TEXT = "It was held in Bali, co-hosted by Japan — and Cohosts met in 2017, 2018."


def matches(regexes):
    return [[(m.span(), m.lastgroup, m.group(0)) for m in regex.finditer(TEXT)] for regex in regexes]


def test_regexes_read_back_find_what_re_compile_finds(tmp_path, monkeypatch):
    expected = [re.compile(p, re.IGNORECASE) for p in PATTERNS]
    with kept_in(tmp_path):
        made = compiled_regexes("test", PATTERNS, re.IGNORECASE)
        assert len(list(tmp_path.glob("regex-test-*.pkl"))) == 1
        # the next process reads the programs back: nothing is parsed or compiled by re
        monkeypatch.setattr(prep, "_program", lambda *args: pytest.fail("compiled again"))
        read_back = compiled_regexes("test", PATTERNS, re.IGNORECASE)
    assert matches(made) == matches(read_back) == matches(expected)
    assert matches(expected)[0] == [((7, 14), "t0", "held in"), ((21, 30), "t1", "co-hosted"), ((46, 53), "t1", "Cohosts")]
    for mine, theirs in zip(read_back, expected):
        assert (mine.pattern, mine.flags, mine.groups, mine.groupindex) == \
            (theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex)


def test_other_inputs_are_kept_apart(tmp_path):
    with kept_in(tmp_path):
        compiled_regexes("test", PATTERNS, re.IGNORECASE)
        plain = compiled_regexes("test", PATTERNS)      # other flags: another file, not the first one's programs
    assert len(list(tmp_path.glob("regex-test-*.pkl"))) == 2
    assert matches(plain) == matches([re.compile(p) for p in PATTERNS])


def test_without_a_folder_everything_is_made_and_nothing_kept(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    calls = []
    assert prepared("thing", (1,), lambda: calls.append(1) or "made") == "made"
    assert prepared("thing", (1,), lambda: calls.append(1) or "made") == "made"
    assert calls == [1, 1] and list(tmp_path.iterdir()) == []


def test_a_damaged_file_is_made_again_and_replaced(tmp_path):
    with kept_in(tmp_path):
        prepared("thing", (1,), lambda: {"a": 1})
        (path,) = tmp_path.glob("thing-*.pkl")
        path.write_bytes(b"not a pickle")
        assert prepared("thing", (1,), lambda: {"a": 2}) == {"a": 2}
        assert prepared("thing", (1,), lambda: pytest.fail("made again")) == {"a": 2}


def test_kept_in_restores_the_folder_before(tmp_path):
    with kept_in(tmp_path / "outer"):
        with kept_in(None):
            prepared("thing", (1,), lambda: 1)
        prepared("thing", (2,), lambda: 2)
    prepared("thing", (3,), lambda: 3)
    assert [p.name.split("-")[0] for p in (tmp_path / "outer").iterdir()] == ["thing"]


def test_a_pipeline_started_from_kept_words_finds_the_same_names(tmp_path):
    from diplograph.extract.nlp import make_nlp

    text = ("China's Foreign Ministry said the ASEAN Regional Forum and the Belt and Road initiative were "
            "discussed with Al-Qaeda in the Islamic Maghreb in mind; the U.S.-ROK drills went on.")
    with kept_in(tmp_path):
        first = make_nlp()
        assert len(list(tmp_path.glob("gazetteer-*.pkl"))) == 1
        second = make_nlp()     # reads the gazetteer's words and the tokenizer's infixes back
    for nlp in (first, second):
        assert [(s.text, s.label_, s.kb_id_) for s in nlp(text).spans["dg_mentions"]] == \
            [(s.text, s.label_, s.kb_id_) for s in make_nlp()(text).spans["dg_mentions"]]
    assert [t.text for t in second("U.S.-ROK")] == ["U.S.", "-", "ROK"]


def test_a_build_keeps_what_its_pipeline_prepared_in_its_cache(tmp_path, monkeypatch):
    import diplograph.extraction as extraction
    from diplograph import build
    from diplograph.extract.relations import _trigger_regex
    from diplograph.extraction import CACHE_DIR, PREPARED, rules_version

    # as in a fresh process: no pipeline yet (an earlier test's build made this process's)
    monkeypatch.setattr(extraction, "_NLP", None)
    _trigger_regex.cache_clear()

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Japan and Viet Nam held the Mekong Water Dialogue in Hanoi.\n",
                                           encoding="utf-8")
    build([tmp_path / "in"], tmp_path / "out")
    kept = {p.name.split("-")[0] for p in (tmp_path / "out" / CACHE_DIR / rules_version() / PREPARED).iterdir()}
    assert kept == {"gazetteer", "regex"}
    assert prep._FOLDER is None     # the build's folder is not kept in once it is done


def test_the_pipelines_tokenizer_is_spacys_with_the_abbreviation_hyphen(tmp_path, monkeypatch):
    """Made with the hyphen rule from the start (its exceptions loaded once), from kept regexes in a
    later process: the same expressions, exceptions and tokens as spaCy's English tokenizer with
    the rule added afterwards."""
    import spacy
    from spacy import util

    from diplograph.extract.nlp import ABBREVIATION_HYPHEN, make_nlp

    spacys = spacy.blank("en")
    defaults = spacys.Defaults
    expected = (util.compile_prefix_regex(defaults.prefixes).pattern, util.compile_suffix_regex(defaults.suffixes).pattern,
                f"{util.compile_infix_regex(defaults.infixes).pattern}|{ABBREVIATION_HYPHEN}")
    spacys.tokenizer.infix_finditer = re.compile(expected[2]).finditer
    text = "The U.S.-ROK drills (2017-18) weren't cancelled, Dr. Smith said; e-mail info@mofa.go.jp."
    with kept_in(tmp_path):
        made = make_nlp()
        monkeypatch.setattr(prep, "_program", lambda *args: pytest.fail("compiled again"))
        compile_ = re.compile
        monkeypatch.setattr(re, "compile", lambda pattern, *args: pytest.fail("a tokenizer expression compiled again")
                            if pattern in expected else compile_(pattern, *args))
        kept = make_nlp()
    monkeypatch.undo()
    for tokenizer in (made.tokenizer, kept.tokenizer):
        assert (tokenizer.prefix_search.__self__.pattern, tokenizer.suffix_search.__self__.pattern,
                tokenizer.infix_finditer.__self__.pattern) == expected
        assert tokenizer.rules == spacys.tokenizer.rules
        assert [t.text for t in tokenizer(text)] == [t.text for t in spacys.tokenizer(text)]
    assert [t.text for t in kept("U.S.-ROK")] == ["U.S.", "-", "ROK"]
