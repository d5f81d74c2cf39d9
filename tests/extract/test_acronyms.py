from diplograph.extract.acronyms import schwartz_hearst_start


def test_schwartz_hearst():
    long = "the Asian Coast Guard Forum"
    assert long[schwartz_hearst_start("ACGF", long):] == "Asian Coast Guard Forum"
    assert schwartz_hearst_start("XYZ", long) is None


def test_a_long_form_spelled_by_word_initials_with_its_connectors(nlp, tmp_path):
    # letters in order alone stop at "Conduct" (C-o-nduCt): the initials name the whole
    doc = nlp("Both sides seek a Code of Practice (COP) and a Forum on Andean Rivers (FOAR).")
    defs = [(doc[a:b].text, doc[c:d].text) for a, b, c, d, _ in doc._.dg_acronym_definitions]
    assert ("COP", "Code of Practice") in defs and ("FOAR", "Forum on Andean Rivers") in defs
    from diplograph import build

    path = tmp_path / "doc.txt"
    path.write_text("They aim at an early Code of Conduct (COC). The COC talks go on.\n", encoding="utf-8")
    keys = {m.text: m.entity for m in build([path]).mentions}
    assert keys["Code of Conduct"] == keys["COC"]       # one entity, as the definition says


def test_definition_inside_the_parentheses_after_a_comma(nlp):
    doc = nlp("They signed the Agreement between Fiji and Samoa on Reciprocal Visits "
              "(Reciprocal Visits Agreement, RVA). The RVA enters into force in May.")
    defs = [(doc[a:b].text, doc[c:d].text) for a, b, c, d, _ in doc._.dg_acronym_definitions]
    assert defs == [("RVA", "Reciprocal Visits Agreement")]
    assert nlp("They met (Fiji, PNG) in Suva.")._.dg_acronym_definitions == []     # a list, no definition


def test_definition_both_orders(nlp):
    doc = nlp("The Pacific Coast Guard Forum (PCGF) met. Later the MRSC (Maritime Rescue Sub-Centre) opened.")
    defs = [(doc[a:b].text, doc[c:d].text) for a, b, c, d, _ in doc._.dg_acronym_definitions]
    assert ("PCGF", "Pacific Coast Guard Forum") in defs
    assert ("MRSC", "Maritime Rescue Sub-Centre") in defs


def test_definition_letters_out_of_order(nlp):
    doc = nlp("All parties respect the Treaty on the Non-Proliferation of Nuclear Weapons (NPT).")
    defs = [(doc[a:b].text, doc[c:d].text, label) for a, b, c, d, label in doc._.dg_acronym_definitions]
    assert defs == [("NPT", "Treaty on the Non-Proliferation of Nuclear Weapons", "Mechanism")]


def test_definition_names_the_shortest_name_that_holds_the_letters(nlp):
    doc = nlp("Leaders met at the Second Summit of the Pacific Ocean Fisheries Council (POFC) in Suva.")
    defs = [(doc[a:b].text, doc[c:d].text, label) for a, b, c, d, label in doc._.dg_acronym_definitions]
    assert defs == [("POFC", "Pacific Ocean Fisheries Council", "Organisation")]


def test_acronym_used_before_and_after_definition_and_in_other_documents(tmp_path):
    from diplograph import build

    (tmp_path / "a.txt").write_text(
        "The PMSN will meet soon.\n\nFounded in 2014, the Pacific Maritime Safety Network (PMSN) links coast guards.\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text("Fiji joined the PMSN last year.\n", encoding="utf-8")
    result = build([tmp_path])
    pmsn = [m for m in result.mentions if m.text in ("PMSN", "Pacific Maritime Safety Network")]
    assert len(pmsn) == 4
    assert len({m.entity for m in pmsn}) == 1
    assert {m.doc.rsplit("/", 1)[-1] for m in pmsn} == {"a.txt", "b.txt"}
    entity = next(e for e in result.entities if e.key == pmsn[0].entity)
    assert entity.label == "Pacific Maritime Safety Network"
    assert entity.cls == "Organisation"


def test_unknown_capitals_are_not_mentions(tmp_path):
    from diplograph import build

    (tmp_path / "a.txt").write_text("WARNING: the XQZT was late.\n", encoding="utf-8")
    assert [m.text for m in build([tmp_path]).mentions] == []


def test_a_defined_weapon_or_system_is_no_mention(tmp_path):
    from diplograph import build

    path = tmp_path / "doc.txt"
    path.write_text("Peru opposes the Andean Long Range Defense (ALRD) system. The ALRD worries Chile. Chile "
                    "backs the Andean Water Initiative (AWI) programme.\n", encoding="utf-8")
    texts = {m.text: m.label for m in build([path]).mentions}
    assert "ALRD" not in texts and "Andean Long Range Defense" not in texts
    assert texts["AWI"] == texts["Andean Water Initiative"] == "Mechanism"


def test_a_function_word_lends_no_letter_but_its_initial(nlp):
    # C-E-L-A-C in order would take the "e" of "the" and start the long form at "Cook Islands"
    doc = nlp("Ten years ago, Cook Islands and the Community of Lagoon Atolls and Coral States (CELAC) met.")
    defs = [(doc[a:b].text, doc[c:d].text) for a, b, c, d, _ in doc._.dg_acronym_definitions]
    assert not [d for d in defs if d[1].startswith("Cook")]


def test_an_acronym_from_another_language_defines_the_whole_name_before_it(nlp, tmp_path):
    from diplograph import build

    path = tmp_path / "doc.txt"
    # its letters in order fit from "Institute" on only (I-N-G-D: "Institute ... MaNaGing ... Disasters")
    path.write_text("Fiji, through the National Institute for Managing Reef Disasters (INGD), leads the response. "
                    "INGD teams reached Suva.\n", encoding="utf-8")
    keys = {m.text: m.entity for m in build([path]).mentions}
    assert keys["INGD"] == keys["National Institute for Managing Reef Disasters"]


def test_an_acronym_with_the_editions_number_names_the_series(nlp):
    doc = nlp("The 46th Reef Treaty Consultative Meeting (RTCM XLVI) and the Committee for Lagoon Protection "
              "(CLP 26) ended.")
    defs = [(doc[a:b].text, doc[c:d].text) for a, b, c, d, _ in doc._.dg_acronym_definitions]
    assert defs == [("RTCM", "Reef Treaty Consultative Meeting"), ("CLP", "Committee for Lagoon Protection")]


def test_an_acronym_of_the_name_in_another_language_holds_its_initials_in_any_order(nlp):
    doc = nlp("Colombia and the National Liberation Army (ELN) agreed, and the National Reef Centre (UK) met.")
    defs = [(doc[a:b].text, doc[c:d].text) for a, b, c, d, _ in doc._.dg_acronym_definitions]
    assert defs == [("ELN", "National Liberation Army")]       # "UK" is a country of its own


def test_an_exercise_acronym_ending_in_ex_is_defined_and_used(nlp, tmp_path):
    doc = nlp("The Coral Sea Annual Disaster Management Exercise (CSADMEx) opened in Suva.")
    defs = [(doc[a:b].text, doc[c:d].text) for a, b, c, d, _ in doc._.dg_acronym_definitions]
    assert ("CSADMEx", "Coral Sea Annual Disaster Management Exercise") in defs
    from diplograph import build

    path = tmp_path / "doc.txt"
    path.write_text("The Reef Disaster Relief Exercise (ReDiREx) opened. Rescue teams from Tonga and Samoa "
                    "are taking part in ReDiREx.\n", encoding="utf-8")
    result = build([path])
    keys = {m.text: m.entity for m in result.mentions}
    assert keys["ReDiREx"] == keys["Reef Disaster Relief Exercise"]
    assert {(r.subject, r.object) for r in result.relations if r.predicate == "participatedIn"} \
        >= {("TON", keys["ReDiREx"]), ("WSM", keys["ReDiREx"])}


def test_a_hyphenated_edition_in_brackets_names_the_event_before_it(nlp, tmp_path):
    doc = nlp("Coral Partnership 2031-2 (CP31-2) ended, after the 77th session of the Reef Council (RC-77) "
              "and the Lagoon Summit (XY-4).")
    defs = [(doc[a:b].text, doc[c:d].text) for a, b, c, d, _ in doc._.dg_acronym_definitions]
    assert ("CP31-2", "Coral Partnership 2031-2") in defs
    assert ("RC-77", "77th session of the Reef Council") in defs
    assert not any(short == "XY-4" for short, _ in defs)        # letters the name's initials do not spell
    from diplograph import build

    path = tmp_path / "doc.txt"
    path.write_text("Coral Partnership 2031-2 (CP31-2) opened in May. Teams from Tonga and Samoa took part in "
                    "CP31-2.\n", encoding="utf-8")
    result = build([path])
    keys = {m.text: m.entity for m in result.mentions}
    assert keys["CP31-2"] == keys["Coral Partnership 2031-2"]
    assert {(r.subject, r.object) for r in result.relations if r.predicate == "participatedIn"} \
        >= {("TON", keys["CP31-2"]), ("WSM", keys["CP31-2"])}


def test_a_dated_short_name_named_again_is_the_edition_it_was_defined_for(tmp_path):
    from diplograph import build

    path = tmp_path / "doc.txt"
    path.write_text("The fifth Reef Forum Disaster Relief Exercise (RF DiREx 2031) opened in Suva. Tonga took part "
                    "in RF DiREx 2031.\n", encoding="utf-8")
    result = build([path])
    assert {m.entity for m in result.mentions if m.text.startswith("RF DiREx")} \
        == {next(m.entity for m in result.mentions if m.text.startswith("fifth Reef Forum"))}


def test_an_acronym_of_two_words_in_brackets(nlp):
    doc = nlp("Officials of the Coral Department of Reef Affairs (CD RA) met. Fiji joined the Reef Senior "
              "Officials' Meeting (RS OM) as the Coral Fund (CF) did.")
    defs = [(doc[a:b].text, doc[c:d].text) for a, b, c, d, _ in doc._.dg_acronym_definitions]
    assert ("CD RA", "Coral Department of Reef Affairs") in defs
    assert ("RS OM", "Reef Senior Officials' Meeting") in defs and ("CF", "Coral Fund") in defs
    # an edition's number after an acronym is no second word of it
    doc = nlp("They met at the Coral Reef Conference (CRC 28).")
    assert not [d for d in doc._.dg_acronym_definitions if d[1] - d[0] == 2]


def test_a_group_named_by_its_number_and_its_initial_and_number(nlp, tmp_path):
    doc = nlp("Leaders met at a summit of the Lagoon Seven (L7) in Suva. The Coral Four (C5) did not, nor 4 "
              "Nine (A9).")
    defs = [(doc[a:b].text, doc[c:d].text) for a, b, c, d, _ in doc._.dg_acronym_definitions]
    assert defs == [("L7", "Lagoon Seven")]     # the letters and the number must both fit
    from diplograph import build

    path = tmp_path / "doc.txt"
    path.write_text("Leaders met at a summit of the Lagoon Seven (L7) in Suva. Fiji is a member of the L7.\n",
                    encoding="utf-8")
    found = {(m.text, m.label, m.entity) for m in build([path]).mentions}
    keys = {text: (label, key) for text, label, key in found}
    assert keys["Lagoon Seven"] == keys["L7"] and keys["L7"][0] == "Mechanism"
